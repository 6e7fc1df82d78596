/**
 * A text's UTF-16 code units in a typed array, for the per-character keyword passes (cell-hints.ts,
 * secrets/keyword-scan.ts): they read `units[i]` instead of `text.charCodeAt(i)` (issue 12), the
 * same numbers. `charCodeAt` on a cell string (a slice of its COPY line, of either width) cost
 * ~5 ns a character in those passes, most of their time, and varied from run to run; one
 * `Buffer#ucs2Write` call (a copy in C++) and a typed-array loop cost about half, on one-byte and
 * two-byte strings alike (measured over every hinted cell of realistic-20). A text under 16
 * characters is copied by a loop, cheaper than the call; so is every text where there is no
 * Buffer, or where it would write another byte order than the Uint16Array reads.
 */

/** Texts from this many characters on are copied by one call. */
const WRITE_FROM = 16;
/** Units kept between texts: a longer text gets an array of its own, dropped at the next read. */
const MAX_KEPT_UNITS = 64 * 1024;

/** Node's Buffer method (undocumented, like the lexer's `utf8Slice`): writes the code units little-endian, as they are (lone surrogates included). */
interface Ucs2Bytes {
  ucs2Write(text: string, offset: number, length: number): number;
}

/** Whether `Buffer#ucs2Write` exists and writes what a Uint16Array on the same memory reads (a little-endian machine). */
const canWrite = typeof Buffer === "function" && typeof (Buffer.prototype as Partial<Ucs2Bytes>).ucs2Write === "function" && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export class TextUnits {
  /** The code units of the text last read (`read` says how many), then a 0. */
  units = new Uint16Array(1024);
  /** The same memory as a Buffer, when `canWrite`. */
  private bytes: Ucs2Bytes | undefined = canWrite ? (Buffer.from(this.units.buffer) as unknown as Ucs2Bytes) : undefined;

  /** Puts the code units of `text` into `units`, followed by a 0; returns `text.length`. */
  read(text: string): number {
    const n = text.length;
    if (this.units.length > MAX_KEPT_UNITS + 1) this.ensure(1024);
    if (this.units.length <= n) this.ensure(n <= MAX_KEPT_UNITS ? MAX_KEPT_UNITS + 1 : n + 1);
    const units = this.units;
    if (n >= WRITE_FROM && this.bytes !== undefined) this.bytes.ucs2Write(text, 0, 2 * n);
    else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    units[n] = 0;
    return n;
  }

  private ensure(size: number): void {
    this.units = new Uint16Array(size);
    if (canWrite) this.bytes = Buffer.from(this.units.buffer) as unknown as Ucs2Bytes;
  }
}
