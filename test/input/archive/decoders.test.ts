import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decoderFor } from "../../../src/input/archive/decompress.js";
import { Lz4FrameDecoder, Xxh32 } from "../../../src/input/archive/lz4-frame.js";

/** The decoders against frames made by Debian's own `lz4` and `zstd` tools (skipped when not installed). */
const has = (tool: string) => spawnSync(tool, ["--version"]).status === 0;
const compress = (tool: string, args: string[], input: Buffer) => {
  const r = spawnSync(tool, [...args, "-c"], { input, maxBuffer: 1 << 28 });
  expect(r.status).toBe(0);
  return r.stdout;
};

async function decode(kind: "lz4" | "zstd", frame: Uint8Array, piece = 1000): Promise<Buffer> {
  const chunks = (async function* () {
    for (let i = 0; i < frame.length; i += piece) yield frame.subarray(i, i + piece);
  })();
  const out: Uint8Array[] = [];
  for await (const c of decoderFor(kind, "gzip")(chunks)) out.push(c);
  return Buffer.concat(out);
}

// Text that compresses (long matches, overlapping copies) and random bytes that do not (stored blocks).
const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `${i}\tuser${i % 97}@example.com\t${"x".repeat(i % 40)}\n`).join(""));
const noise = randomBytes(300_000);
const runs = Buffer.alloc(200_000, 0x61);

describe.runIf(has("lz4"))("LZ4 frames from the lz4 tool", () => {
  for (const [name, args] of [
    ["defaults (linked 4 MiB blocks, content checksum)", []],
    ["independent 64 KiB blocks with block checksums", ["-B4", "-BI", "-BX"]],
    ["no content checksum, content size stored", ["--no-frame-crc", "--content-size"]],
    ["level 9", ["-9"]],
  ] as const) {
    it(name, async () => {
      for (const input of [text, noise, runs, Buffer.alloc(0)]) {
        const frame = compress("lz4", [...args, "-q"], input);
        expect((await decode("lz4", frame, 777)).equals(input)).toBe(true);
      }
    });
  }

  it("a flipped byte or a cut frame is an error, never wrong output passed as right or a hang", async () => {
    const frame = compress("lz4", ["-q"], text);
    for (let k = 0; k < 40; k++) {
      const bad = Buffer.from(frame);
      const at = 7 + ((k * 7919) % (frame.length - 7));
      bad[at]! ^= 1 + (k % 255);
      await expect(decode("lz4", bad)).rejects.toThrow();
    }
    await expect(decode("lz4", frame.subarray(0, frame.length - 3))).rejects.toThrow(/cut short/);
  });
});

describe.runIf(has("zstd"))("zstd frames from the zstd tool", () => {
  it("decodes levels 1, 3 and 12, and a cut frame is an error", async () => {
    for (const level of ["-1", "-3", "-12"]) for (const input of [text, noise, runs]) expect((await decode("zstd", compress("zstd", [level, "-q"], input))).equals(input)).toBe(true);
    const frame = compress("zstd", ["-q"], text);
    await expect(decode("zstd", frame.subarray(0, frame.length - 10))).rejects.toThrow();
  });
});

describe("XXH32", () => {
  it("matches the reference values of the xxHash specification, fed in any pieces", () => {
    const digest = (s: Buffer, piece: number) => {
      const h = new Xxh32();
      for (let i = 0; i < s.length; i += piece) h.update(s.subarray(i, i + piece));
      return h.digest();
    };
    // xxhash reference: XXH32("", 0) = 0x02CC5D05, XXH32("abc", 0) = 0x32D153FF.
    expect(digest(Buffer.from(""), 1)).toBe(0x02cc5d05);
    expect(digest(Buffer.from("abc"), 1)).toBe(0x32d153ff);
    const long = Buffer.from("Nobody inspects the spammish repetition");
    expect(digest(long, 3)).toBe(digest(long, 100));
    expect(new Lz4FrameDecoder().push(new Uint8Array(0))).toEqual([]);
  });
});
