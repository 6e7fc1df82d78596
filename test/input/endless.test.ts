import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";

const CLI = "dist/cli.js";

/** A stream that never ends: `bytes()` forever, counting what was pulled. */
function endless(bytes: () => Uint8Array): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      const b = bytes();
      pulled += b.length;
      this.push(b);
    },
  });
  return { stream, pulled: () => pulled };
}

describe("endless inputs stop at the binary verdict", () => {
  // They were declared binary after 4 KiB and then read forever "so the sha256 describes the whole input".
  it("an endless stream of zeros or random bytes: a report, a verdict, and a sha256 that says it covers the bytes read", async () => {
    let seed = 7;
    const random = () => Uint8Array.from({ length: 65536 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    for (const make of [() => new Uint8Array(65536), random]) {
      const { stream, pulled } = endless(make);
      const report = await analyze(stream);
      expect(report.input.format).toBe("unknown");
      expect(report.input.readToEnd).toBe(false);
      expect(report.input.bytes).toBeLessThan(1 << 20);
      expect(pulled()).toBeLessThan(4 << 20);
      const verdict = report.findings.find((f) => f.message.includes("binary file"))!;
      expect(verdict.message).toContain(`the sha256 covers only the first ${report.input.bytes} bytes read`);
    }
  });

  it("input of known length (bytes, a regular file) is still read whole, so its sha256 covers all of it", async () => {
    const bytes = Buffer.concat([Buffer.from("PGDMP\x01\x0e\x00"), Buffer.alloc(100_000)]);
    const fromBytes = await analyze(bytes);
    expect(fromBytes.input.readToEnd).toBeUndefined();
    expect(fromBytes.input.bytes).toBe(bytes.length);
  });

  it.runIf(existsSync(CLI) && existsSync("/dev/zero") && existsSync("/dev/urandom"))("the CLI on /dev/zero and /dev/urandom exits 1 promptly with the verdict", () => {
    for (const device of ["/dev/zero", "/dev/urandom"]) {
      const r = spawnSync(process.execPath, [CLI, "check", device, "--format", "json"], { encoding: "utf8", timeout: 20_000 });
      expect(r.signal, `${device} did not stop`).toBeNull();
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).input.readToEnd).toBe(false);
    }
  });
});
