import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { openInput } from "../../src/input/open-input.js";
import { inlineSha256, threadedSha256 } from "../../src/input/sha256-thread.js";

const dir = mkdtempSync(join(tmpdir(), "dumpguard-sha-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

// 3.5 MB: more than the helper's ring of 8 x 1 MiB slots once fed in pieces, and pieces larger than one slot.
const bytes = randomBytes(3.5 * 1024 * 1024);
const file = join(dir, "bytes.bin");
writeFileSync(file, bytes);

describe("sha256 on a helper thread", () => {
  it("gives the inline digest of every prefix asked for and of the whole, whatever the piece sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_500_000 }), { minLength: 1, maxLength: 12 }), fc.nat(11), (sizes, askAt) => {
        const threaded = threadedSha256(file)!;
        expect(threaded).toBeDefined();
        const inline = inlineSha256();
        let at = 0;
        for (const [k, size] of sizes.entries()) {
          const piece = bytes.subarray(at, Math.min(bytes.length, at + size));
          at += piece.length;
          threaded.update(piece);
          inline.update(piece);
          if (k === askAt) expect(threaded.hex()).toBe(sha(bytes.subarray(0, at)));
        }
        threaded.finish();
        expect(threaded.hex()).toBe(inline.hex());
        expect(threaded.hex()).toBe(sha(bytes.subarray(0, at)));
      }),
      { numRuns: 8 },
    );
  });

  it("falls back to hashing the file again when the helper stops answering", () => {
    const silent = `require("node:worker_threads").parentPort.on("message", () => {});`;
    const threaded = threadedSha256(file, { stallMs: 300, helperSource: silent })!;
    const part = bytes.subarray(0, 2_000_000);
    threaded.update(part);
    expect(threaded.hex()).toBe(sha(part));
    threaded.update(bytes.subarray(2_000_000));
    threaded.finish();
    expect(threaded.hex()).toBe(sha(bytes));
  });

  it("openInput gives the same provenance with the helper as without (a file above the threshold)", async () => {
    const dump = join(dir, "dump.sql");
    const row = "1\tAnné\t\\N\tsome text that fills the line\n";
    writeFileSync(dump, `COPY public.t (a, b, c, d) FROM stdin;\n${row.repeat(Math.ceil((9 * 1024 * 1024) / row.length))}\\.\n`);
    const read = async (hashThread: boolean | ((size: number) => boolean)) => {
      const opened = await openInput({ path: dump }, { hashThread });
      for await (const _ of opened.pieces);
      return opened.provenance();
    };
    const withHelper = await read(true);
    expect(withHelper).toEqual(await read(false));
    expect(withHelper.bytes).toBeGreaterThan(9 * 1024 * 1024);
    // Decided by the file's size (analyze: no helper when the rules are split between two threads); the same provenance either way.
    const sizes: number[] = [];
    const decide = (answer: boolean) => (size: number) => (sizes.push(size), answer);
    expect(await read(decide(true))).toEqual(withHelper);
    expect(await read(decide(false))).toEqual(withHelper);
    expect(sizes).toEqual([withHelper.bytes, withHelper.bytes]);
  });
});
