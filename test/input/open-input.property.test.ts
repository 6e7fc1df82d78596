import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { isUtf8 } from "node:buffer";
import { openInput, type OpenedInput } from "../../src/input/open-input.js";

async function readAll(opened: OpenedInput): Promise<string> {
  let text = "";
  for await (const chunk of opened.text) text += chunk;
  return text;
}

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const size of cuts) {
    if (at >= bytes.length) return;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

// Bytes biased towards what breaks UTF-8 handling: multi-byte leads, continuations, edge values.
const bytePiece = fc.oneof(
  fc.constantFrom(Buffer.from("a"), Buffer.from("\n"), Buffer.from("\u00e9"), Buffer.from("\u20ac"), Buffer.from("\u{1F600}"), Buffer.from("\ufffd")),
  fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90).map((b) => Buffer.from([b])),
);
const hostileBytes = fc.array(bytePiece, { minLength: 1, maxLength: 60 }).map((pieces) => Buffer.concat([Buffer.from("x"), ...pieces]));

describe("openInput decodes whatever the bytes and chunking", () => {
  it("gives TextDecoder's text, one problem per replacement character, and the same problems however the input is cut", async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }), async (bytes, cuts) => {
        const whole = await openInput(bytes);
        const wholeText = await readAll(whole);
        const pieces = await openInput(chunked(bytes, cuts));
        const piecesText = await readAll(pieces);
        const expected = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        expect(wholeText).toBe(expected);
        expect(piecesText).toBe(expected);
        const replacements = [...expected].filter((c) => c === "\ufffd").length;
        const genuine = bytes.toString("latin1").split("\xef\xbf\xbd").length - 1;
        expect(whole.problems.filter((p) => p.code === "invalid-utf8")).toHaveLength(replacements - genuine);
        expect(pieces.problems).toEqual(whole.problems);
        // Each reported offset starts an ill-formed sequence: decoding from there yields U+FFFD first.
        for (const p of whole.problems) expect(new TextDecoder().decode(bytes.subarray(p.offset)).startsWith("\ufffd")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same input as pieces: bytes only where well-formed and cut between whole sequences, text elsewhere", async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }), async (bytes, cuts) => {
        const opened = await openInput(chunked(bytes, cuts));
        let text = "";
        for await (const piece of opened.pieces) {
          if (typeof piece === "string") text += piece;
          else {
            expect(isUtf8(piece)).toBe(true);
            text += new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(piece);
          }
        }
        expect(text).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it("validates across a real chunk boundary (chunks of 64 KiB and more reach the validator uncoalesced)", async () => {
    const padding = Buffer.from("ab\n".repeat(21844) + "c"); // 65533 bytes, 21844 lines
    await fc.assert(
      fc.asyncProperty(hostileBytes, fc.integer({ min: 0, max: 8 }), async (hostile, into) => {
        const bytes = Buffer.concat([padding, hostile]);
        const whole = await openInput(bytes);
        const wholeText = await readAll(whole);
        const cut = await openInput(chunked(bytes, [padding.length + Math.min(into, hostile.length)]));
        expect(await readAll(cut)).toBe(wholeText);
        expect(cut.problems).toEqual(whole.problems);
        for (const p of whole.problems) {
          if (p.line === undefined) continue;
          const before = bytes.subarray(0, p.offset).toString("latin1");
          expect(p.line).toBe(before.split("\n").length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("never throws and always gives a provenance, whatever the bytes (gzip-looking ones included)", async () => {
    const gzipHeader = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]);
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([gzipHeader, b])),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([Buffer.from("PGDMP"), b])),
      fc.tuple(fc.string(), fc.nat()).map(([s, cut]) => {
        const gz = gzipSync(Buffer.from(s));
        return gz.subarray(0, cut % (gz.length + 1));
      }),
    );
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 10 }), async (bytes, cuts) => {
        const opened = await openInput(chunked(bytes, cuts));
        await readAll(opened);
        const provenance = opened.provenance();
        expect(provenance.bytes).toBe(bytes.length);
        expect(provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
        for (const p of opened.problems) expect(p.offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
