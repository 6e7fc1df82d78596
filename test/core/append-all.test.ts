import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendAll } from "../../src/core/append-all.js";
import { scanFreeText } from "../../src/rules/pii/scan-cell.js";

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("appendAll: a list of any length, on any thread", () => {
  it("appends in order and returns the target", () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4, 5])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4, 5]);
    expect(appendAll([], [])).toEqual([]);
  });

  it("takes 500k items (a spread of them overflows the main thread's call stack at ~125k)", () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    const target = appendAll([-1], items);
    expect(target.length).toBe(500_001);
    expect(target[500_000]).toBe(499_999);
  });

  it("a free-text cell with 300k e-mails is judged, not lost to a RangeError (the same dump passed on a worker thread and failed on the main thread)", () => {
    const text = Array.from({ length: 300_000 }, (_, i) => `u${i}@example.com`).join(" ");
    const matches = scanFreeText(text);
    expect(matches.length).toBe(300_000);
    expect(matches.every((m, i) => i === 0 || m.start > matches[i - 1]!.start)).toBe(true);
  });

  it("src/ spreads no list into push, unshift or splice (their length may come from the input)", () => {
    const offenders: string[] = [];
    for (const file of sources("src")) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.trimStart();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) return;
          if (/\.(?:push|unshift)\(\s*\.\.\.|\.splice\([^)]*\.\.\./.test(code)) offenders.push(`${file}:${i + 1}: ${code}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
