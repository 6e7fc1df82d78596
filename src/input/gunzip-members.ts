import type * as Zlib from "node:zlib";
import { lazyRequire } from "../core/lazy-require.js";

/** node:zlib loads on first use: only gzip input needs it (start-up, issue 12: ~5-8 ms). */
const zlibModule = lazyRequire<typeof Zlib>("node:zlib");

/**
 * gzip decoding member by member (RFC 1952), as `gzip -d` does it: every complete member is decoded
 * in full and checked against its CRC-32 and length; what follows the last member is either
 * another member, zero padding (accepted, as gzip does), or trailing bytes that are not gzip,
 * reported with their offset once everything before them has been handed on.
 *
 * Node's Gunzip handles multiple members but, meeting trailing garbage, fails the whole write
 * that held the end of the last member, and that write's text was lost (70,882 of 86,114 bytes of
 * a real dump checked). Here the deflate data of each member goes through InflateRaw, whose
 * `bytesWritten` tells exactly where the member's data ends.
 */

export interface GzipProblem {
  /** Compressed byte offset the problem is at. */
  offset: number;
  message: string;
}

export interface GunzipOptions {
  /** Compressed bytes fed to the inflater at a time: a corrupt spot loses at most this much input's text. */
  piece: number;
  /** Output chunk size of the inflater. */
  chunkSize: number;
  /**
   * Read trailing non-gzip bytes to the end to count them (a file of known size), or stop at them
   * (a stream that may never end). Called with the number of bytes so far; false stops reading.
   */
  keepReading: () => boolean;
  /** Reading stopped before the end of the input (trailing bytes not read). */
  onStop: () => void;
}

/** Bytes from an async source, with a way to give back what was read too far. */
class ByteReader {
  private readonly pending: Uint8Array[] = [];
  /** Bytes handed out so far (minus those given back): the offset of the next byte. */
  position = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Up to `max` next bytes, or undefined at the end. */
  async next(max: number): Promise<Uint8Array | undefined> {
    let chunk = this.pending.shift();
    while (chunk === undefined || chunk.length === 0) {
      if (this.ended) return undefined;
      const r = await this.source.next();
      if (r.done) {
        this.ended = true;
        return undefined;
      }
      chunk = r.value;
    }
    if (chunk.length > max) {
      this.pending.unshift(chunk.subarray(max));
      chunk = chunk.subarray(0, max);
    }
    this.position += chunk.length;
    return chunk;
  }

  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pending.unshift(bytes);
    this.position -= bytes.length;
  }

  /** Exactly `n` bytes, or undefined when the input ends first (what was there is consumed). */
  async exact(n: number): Promise<Uint8Array | undefined> {
    const parts: Uint8Array[] = [];
    let have = 0;
    while (have < n) {
      const chunk = await this.next(n - have);
      if (chunk === undefined) return undefined;
      parts.push(chunk);
      have += chunk.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, n);
  }

  /** Skip past the next zero byte (FNAME, FCOMMENT); false when the input ends first. */
  async skipZeroTerminated(): Promise<boolean> {
    for (;;) {
      const chunk = await this.next(4096);
      if (chunk === undefined) return false;
      const zero = chunk.indexOf(0);
      if (zero >= 0) {
        this.unread(chunk.subarray(zero + 1));
        return true;
      }
    }
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the one gzip uses); zlib's native one where Node has it (20.15+). Chosen on first use, with zlib. */
let crc32Of: ((data: Uint8Array, value: number) => number) | undefined;
function crc32(data: Uint8Array, value: number): number {
  crc32Of ??=
    typeof (zlibModule() as { crc32?: unknown }).crc32 === "function"
      ? (zlibModule() as unknown as { crc32: (d: Uint8Array, v: number) => number }).crc32
      : (bytes, start) => {
          let c = ~start;
          for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
          return ~c >>> 0;
        };
  return crc32Of(data, value);
}

type MemberEnd = { kind: "member" } | { kind: "problem"; problem: GzipProblem };

/**
 * The decompressed bytes of `raw`, which starts with the gzip magic. Problems (corrupt data, a
 * cut, a bad checksum, trailing bytes) are pushed to `problems`; the output stops at the first one,
 * keeping everything decoded before it.
 */
export async function* gunzipMembers(raw: AsyncIterable<Uint8Array>, problems: GzipProblem[], options: GunzipOptions): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(raw[Symbol.asyncIterator]());
  for (let member = 0; ; member++) {
    const start = reader.position;
    const header = await readHeader(reader);
    if (header !== undefined) {
      problems.push(member === 0 ? { offset: start, message: header } : { offset: start, message: `${header} (member ${member + 1}, after ${member} complete one(s))` });
      return;
    }
    const end = yield* inflateMember(reader, options);
    if (end.kind === "problem") {
      problems.push(end.problem);
      return;
    }
    // What follows a complete member: the end, another member, zero padding, or trailing bytes.
    const at = reader.position;
    const next = await reader.next(2);
    if (next === undefined) return;
    const more = next.length < 2 ? await reader.next(1) : undefined;
    const two = more ? Buffer.concat([next, more]) : next;
    if (two.length === 2 && two[0] === 0x1f && two[1] === 0x8b) {
      reader.unread(two);
      continue;
    }
    // Trailing bytes: count them when the input is known to end, and tell zero padding apart.
    let count = two.length;
    let allZero = two.every((b) => b === 0);
    let stopped = false;
    for (;;) {
      if (!options.keepReading()) {
        stopped = true;
        break;
      }
      const chunk = await reader.next(1 << 20);
      if (chunk === undefined) break;
      count += chunk.length;
      if (allZero) allZero = chunk.every((b) => b === 0);
    }
    if (stopped) options.onStop();
    if (allZero && !stopped) return; // padding, as gzip -d accepts it
    problems.push({
      offset: at,
      message: `${stopped ? "bytes" : `${count} byte(s)`} that are not gzip follow the end of the compressed data at compressed byte ${at}; like gzip -d, every complete gzip member before them was decoded and checked, and they are ignored`,
    });
    return;
  }
}

/** The RFC 1952 member header; a problem message when it is not one. */
async function readHeader(reader: ByteReader): Promise<string | undefined> {
  const at = reader.position;
  const cut = `the gzip data ends early near compressed byte ${at}, inside a member header (truncated file?)`;
  const h = await reader.exact(10);
  if (h === undefined) return cut;
  if (h[0] !== 0x1f || h[1] !== 0x8b) return `the gzip data is corrupt near compressed byte ${at} (no gzip member starts there)`;
  if (h[2] !== 8) return `the gzip data is corrupt near compressed byte ${at} (unknown compression method ${h[2]})`;
  const flags = h[3]!;
  if (flags & 0xe0) return `the gzip data is corrupt near compressed byte ${at} (reserved header flags set)`;
  if (flags & 0x04) {
    const xlen = await reader.exact(2);
    if (xlen === undefined || (await reader.exact(xlen[0]! | (xlen[1]! << 8))) === undefined) return cut;
  }
  if (flags & 0x08 && !(await reader.skipZeroTerminated())) return cut;
  if (flags & 0x10 && !(await reader.skipZeroTerminated())) return cut;
  if (flags & 0x02 && (await reader.exact(2)) === undefined) return cut;
  return undefined;
}

/** Inflate one member's deflate data and check its trailer; yields the text as it is decoded. */
async function* inflateMember(reader: ByteReader, options: GunzipOptions): AsyncGenerator<Uint8Array, MemberEnd> {
  const inflate = zlibModule().createInflateRaw({ chunkSize: options.chunkSize });
  const output: Buffer[] = [];
  let failure: Error | undefined;
  inflate.on("data", (chunk: Buffer) => output.push(chunk));
  inflate.on("error", (err) => (failure ??= err));
  let fed = 0;
  let crc = 0;
  let size = 0;
  try {
    for (;;) {
      const piece = await reader.next(options.piece);
      if (piece === undefined) return { kind: "problem", problem: { offset: reader.position, message: `the gzip data ends early near compressed byte ${reader.position} (truncated file?); only the text decoded before the cut is checked` } };
      fed += piece.length;
      // The write callback runs once the inflater has pushed all the output of this piece.
      // A failing write may never call back (the stream is destroyed instead): 'error'/'close' end the wait too.
      await new Promise<void>((resolve) => {
        const done = () => {
          inflate.off("error", done);
          inflate.off("close", done);
          resolve();
        };
        inflate.on("error", done);
        inflate.on("close", done);
        inflate.write(piece, done);
      });
      for (const chunk of output) {
        crc = crc32(chunk, crc);
        size = (size + chunk.length) >>> 0;
        yield chunk;
      }
      output.length = 0;
      if (failure !== undefined) {
        const at = reader.position - piece.length;
        const detail = failure.message ? ` (${failure.message})` : "";
        return { kind: "problem", problem: { offset: at, message: `the gzip data is corrupt near compressed byte ${at}${detail}; only the text decoded before it is checked` } };
      }
      // InflateRaw stops consuming at the end of the deflate data: the rest of this piece follows it.
      const unconsumed = fed - inflate.bytesWritten;
      if (unconsumed > 0) {
        reader.unread(piece.subarray(piece.length - unconsumed));
        break;
      }
    }
  } finally {
    inflate.destroy();
  }
  const at = reader.position;
  const trailer = await reader.exact(8);
  if (trailer === undefined) return { kind: "problem", problem: { offset: at, message: `the gzip data ends early near compressed byte ${at}, inside a member trailer (truncated file?); the text before it was checked` } };
  const expectedCrc = (trailer[0]! | (trailer[1]! << 8) | (trailer[2]! << 16) | (trailer[3]! << 24)) >>> 0;
  const expectedSize = (trailer[4]! | (trailer[5]! << 8) | (trailer[6]! << 16) | (trailer[7]! << 24)) >>> 0;
  if (expectedCrc !== crc >>> 0 || expectedSize !== size)
    return {
      kind: "problem",
      problem: { offset: at, message: `the gzip checksum (CRC-32) or length does not match near compressed byte ${at}: the decompressed text is damaged somewhere before this point; findings may be incomplete or wrong` },
    };
  return { kind: "member" };
}
