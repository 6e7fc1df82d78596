import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";

describe("analyze({ signal })", () => {
  it("stops reading when the signal aborts and rejects with its reason, instead of reporting half a file", async () => {
    const controller = new AbortController();
    let chunks = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      const block = new TextEncoder().encode("--\n-- PostgreSQL database dump\n--\n" + "SELECT 1;\n".repeat(10_000));
      for (;;) {
        chunks++;
        if (chunks === 5) controller.abort(new Error("editor closed the file"));
        yield block;
      }
    }
    await expect(analyze(endless(), { signal: controller.signal })).rejects.toThrow("editor closed the file");
    expect(chunks).toBeLessThan(10);
  });

  it("an unaborted signal changes nothing", async () => {
    const text = "CREATE TABLE public.t (id integer);\n";
    const plain = await analyze(text);
    const withSignal = await analyze(text, { signal: new AbortController().signal });
    expect(withSignal).toEqual(plain);
  });
});

describe("analyze({ signal }) with worker threads", () => {
  it("a live signal leaves the split-between-threads report unchanged (the workers' rules still see every row)", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { MIN_PARALLEL_BYTES } = await import("../../src/parallel/run.js");
    // A real dump with personal data, its customers rows repeated past the size at which rules are split between threads.
    const lines = readFileSync("corpus/dumps/pii-real/plain.sql", "utf8").split("\n");
    const start = lines.findIndex((l) => l.startsWith("COPY public.customers "));
    const end = lines.indexOf("\\.", start);
    const rows = `${lines.slice(start + 1, end).join("\n")}\n`;
    const path = join(mkdtempSync(join(tmpdir(), "dumpguard-abort-")), "big.sql");
    writeFileSync(path, `${lines.slice(0, start + 1).join("\n")}\n${rows.repeat(Math.ceil((MIN_PARALLEL_BYTES * 1.1) / rows.length))}${lines.slice(end).join("\n")}`);
    const plain = await analyze({ path }, { jobs: 2 });
    expect(plain.findings.some((f) => f.ruleId === "unsanitized-pii")).toBe(true);
    const withSignal = await analyze({ path }, { jobs: 2, signal: new AbortController().signal });
    expect(withSignal).toEqual(plain);
    const aborted = new AbortController();
    aborted.abort(new Error("closed"));
    await expect(analyze({ path }, { jobs: 2, signal: aborted.signal })).rejects.toThrow("closed");
  }, 120_000);
});
