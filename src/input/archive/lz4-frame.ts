/**
 * Streaming LZ4 frame decoder (LZ4 Frame Format 1.6.x and LZ4 Block Format, lz4/doc): what
 * `lz4` and pg_dump's compress_lz4.c (LZ4F_compress*) write. Written here rather than taken from
 * lz4js because that package decodes a whole frame in one buffer, skips block checksums at the
 * wrong place and does no bounds checks; this one holds at most one block (≤ 4 MiB) plus the
 * 64 KiB window, checks every length and offset, and verifies the content checksum (XXH32).
 */

const FRAME_MAGIC = 0x184d2204;
/** step(): not enough input yet for the next part. */
const NEED_MORE = -1;
const WINDOW = 64 * 1024;
const BLOCK_SIZES: Record<number, number> = { 4: 64 * 1024, 5: 256 * 1024, 6: 1024 * 1024, 7: 4 * 1024 * 1024 };

export class Lz4Error extends Error {
  override name = "Lz4Error";
}

export class Lz4FrameDecoder {
  private pending: Uint8Array = new Uint8Array(0);
  /** Input not yet joined to `pending`: joined once `want` bytes are there, so a 4 MiB block fed in small pieces is copied once. */
  private queue: Uint8Array[] = [];
  private queued = 0;
  private want = 0;
  private state: "magic" | "descriptor" | "block" | "checksum" = "magic";
  private blockMax = 0;
  private blockChecksum = false;
  private contentChecksum = false;
  private history: Uint8Array = new Uint8Array(0);
  private hash = new Xxh32();
  /** Bytes of input consumed so far (for error positions). */
  consumed = 0;

  /** Decode what `chunk` completes; returns the decoded pieces in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    this.queue.push(chunk);
    this.queued += chunk.length;
    const out: Uint8Array[] = [];
    if (this.pending.length + this.queued < this.want) return out;
    this.pending = concat([this.pending, ...this.queue]);
    this.queue = [];
    this.queued = 0;
    for (;;) {
      const used = this.step(out);
      if (used < 0) break;
      this.pending = this.pending.subarray(used);
      this.consumed += used;
    }
    // Keep only what is still needed, so a caller's large buffer is not retained.
    if (this.pending.length) this.pending = this.pending.slice();
    return out;
  }

  /** The input ended: it must end between frames. */
  end(): void {
    if (this.queued) {
      this.want = 0;
      if (this.push(new Uint8Array(0)).length) throw new Lz4Error("internal: output at end of input");
    }
    if (this.pending.length > 0 || this.state !== "magic") throw new Lz4Error(`the LZ4 frame is cut short (${this.pending.length} bytes of an incomplete ${this.state === "magic" ? "frame header" : this.state})`);
  }

  private needs(bytes: number): number {
    this.want = bytes;
    return NEED_MORE;
  }

  private step(out: Uint8Array[]): number {
    const p = this.pending;
    if (this.state === "magic") {
      if (p.length < 4) return this.needs(4);
      const magic = u32(p, 0);
      if (magic >= 0x184d2a50 && magic <= 0x184d2a5f) {
        if (p.length < 8) return this.needs(8);
        const size = u32(p, 4);
        if (p.length < 8 + size) return this.needs(8 + size);
        return 8 + size;
      }
      if (magic !== FRAME_MAGIC) throw new Lz4Error(`not an LZ4 frame (magic 0x${magic.toString(16)})`);
      this.state = "descriptor";
      return 4;
    }
    if (this.state === "descriptor") {
      if (p.length < 2) return this.needs(2);
      const flg = p[0]!;
      const bd = p[1]!;
      if (flg >> 6 !== 1) throw new Lz4Error(`unsupported LZ4 frame version ${flg >> 6}`);
      if (flg & 0x02 || bd & 0x8f) throw new Lz4Error("reserved bits set in the LZ4 frame descriptor");
      const blockMax = BLOCK_SIZES[(bd >> 4) & 7];
      if (!blockMax) throw new Lz4Error(`invalid LZ4 block size code ${(bd >> 4) & 7}`);
      const length = 2 + (flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1;
      if (p.length < length) return this.needs(length);
      if (flg & 0x01) throw new Lz4Error("LZ4 frames with a dictionary id are not supported");
      this.blockMax = blockMax;
      this.blockChecksum = (flg & 0x10) !== 0;
      this.contentChecksum = (flg & 0x04) !== 0;
      this.history = new Uint8Array(0);
      this.hash = new Xxh32();
      this.state = "block";
      return length;
    }
    if (this.state === "block") {
      if (p.length < 4) return this.needs(4);
      const word = u32(p, 0);
      if (word === 0) {
        this.state = "checksum";
        return 4;
      }
      const size = word & 0x7fffffff;
      if (size > this.blockMax) throw new Lz4Error(`an LZ4 block claims ${size} bytes, more than the frame's ${this.blockMax}-byte blocks`);
      const total = 4 + size + (this.blockChecksum ? 4 : 0);
      if (p.length < total) return this.needs(total);
      const data = p.subarray(4, 4 + size);
      const decoded = word & 0x80000000 ? data.slice() : decodeBlock(data, this.history, this.blockMax);
      this.hash.update(decoded);
      this.history = tail(this.history, decoded);
      if (decoded.length) out.push(decoded);
      return total;
    }
    // checksum (optional), then the next frame
    if (this.contentChecksum) {
      if (p.length < 4) return this.needs(4);
      const expected = u32(p, 0);
      const actual = this.hash.digest();
      if (expected !== actual) throw new Lz4Error(`the LZ4 content checksum does not match (XXH32 ${actual.toString(16)}, frame says ${expected.toString(16)})`);
    }
    this.state = "magic";
    return this.contentChecksum ? 4 : 0;
  }
}

/** One LZ4 block (LZ4 Block Format): sequences of literals and matches, offsets into `history` + output. */
function decodeBlock(src: Uint8Array, history: Uint8Array, max: number): Uint8Array {
  const dst = new Uint8Array(history.length + max);
  dst.set(history);
  let d = history.length;
  let s = 0;
  const end = src.length;
  while (s < end) {
    const token = src[s++]!;
    let literals = token >> 4;
    if (literals === 15) {
      let b: number;
      do {
        if (s >= end) throw new Lz4Error("an LZ4 literal length runs past the block");
        b = src[s++]!;
        literals += b;
      } while (b === 255);
    }
    if (s + literals > end) throw new Lz4Error("LZ4 literals run past the block");
    if (d + literals > dst.length) throw new Lz4Error("an LZ4 block decodes to more than its frame's block size");
    dst.set(src.subarray(s, s + literals), d);
    s += literals;
    d += literals;
    if (s >= end) break; // the last sequence has literals only
    if (s + 2 > end) throw new Lz4Error("an LZ4 match offset runs past the block");
    const offset = src[s]! | (src[s + 1]! << 8);
    s += 2;
    if (offset === 0 || offset > d) throw new Lz4Error(`an LZ4 match points ${offset} bytes back, before the start of the data`);
    let length = token & 15;
    if (length === 15) {
      let b: number;
      do {
        if (s >= end) throw new Lz4Error("an LZ4 match length runs past the block");
        b = src[s++]!;
        length += b;
      } while (b === 255);
    }
    length += 4;
    if (d + length > dst.length) throw new Lz4Error("an LZ4 block decodes to more than its frame's block size");
    if (offset >= length) dst.copyWithin(d, d - offset, d - offset + length);
    else for (let i = 0; i < length; i++) dst[d + i] = dst[d - offset + i]!; // overlapping copy repeats the pattern
    d += length;
  }
  return dst.slice(history.length, d);
}

function tail(history: Uint8Array, decoded: Uint8Array): Uint8Array {
  if (decoded.length >= WINDOW) return decoded.slice(decoded.length - WINDOW);
  const keep = Math.min(history.length, WINDOW - decoded.length);
  const next = new Uint8Array(keep + decoded.length);
  next.set(history.subarray(history.length - keep));
  next.set(decoded, keep);
  return next;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const nonEmpty = parts.filter((p) => p.length);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Uint8Array(0);
  const out = new Uint8Array(nonEmpty.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of nonEmpty) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;
const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
const round = (acc: number, input: number) => Math.imul(rotl((acc + Math.imul(input, P2)) >>> 0, 13), P1) >>> 0;

/** Streaming XXH32 with seed 0 (xxHash spec), for the LZ4 content checksum. */
export class Xxh32 {
  private v = [(P1 + P2) >>> 0, P2, 0, (0 - P1) >>> 0];
  private buffer = new Uint8Array(16);
  private buffered = 0;
  private total = 0;

  update(data: Uint8Array): void {
    this.total += data.length;
    let i = 0;
    if (this.buffered) {
      const take = Math.min(16 - this.buffered, data.length);
      this.buffer.set(data.subarray(0, take), this.buffered);
      this.buffered += take;
      i = take;
      if (this.buffered < 16) return;
      this.stripe(this.buffer, 0);
      this.buffered = 0;
    }
    for (; i + 16 <= data.length; i += 16) this.stripe(data, i);
    if (i < data.length) {
      this.buffer.set(data.subarray(i), 0);
      this.buffered = data.length - i;
    }
  }

  private stripe(b: Uint8Array, at: number): void {
    const v = this.v;
    v[0] = round(v[0]!, u32(b, at));
    v[1] = round(v[1]!, u32(b, at + 4));
    v[2] = round(v[2]!, u32(b, at + 8));
    v[3] = round(v[3]!, u32(b, at + 12));
  }

  digest(): number {
    const v = this.v;
    let h = this.total >= 16 ? (rotl(v[0]!, 1) + rotl(v[1]!, 7) + rotl(v[2]!, 12) + rotl(v[3]!, 18)) >>> 0 : P5;
    h = (h + this.total) >>> 0;
    let i = 0;
    for (; i + 4 <= this.buffered; i += 4) h = Math.imul(rotl((h + Math.imul(u32(this.buffer, i), P3)) >>> 0, 17), P4) >>> 0;
    for (; i < this.buffered; i++) h = Math.imul(rotl((h + Math.imul(this.buffer[i]!, P5)) >>> 0, 11), P1) >>> 0;
    h ^= h >>> 15;
    h = Math.imul(h, P2) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, P3) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
  }
}
