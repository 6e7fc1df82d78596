/**
 * A text's UTF-16 code units in a typed array, for the per-character keyword passes (cell-hints.ts,
 * secrets/keyword-scan.ts) and the JSON walk (data/json-strings.ts): they read `units[i]` instead of `text.charCodeAt(i)` (issue 12), the
 * same numbers. `charCodeAt` on a cell string (a slice of its COPY line, of either width) cost
 * ~5 ns a character in those passes, most of their time, and varied from run to run; one
 * `Buffer#ucs2Write` call (a copy in C++) and a typed-array loop cost about half, on one-byte and
 * two-byte strings alike (measured over every hinted cell of realistic-20). Short texts are
 * written by the call too: copying those under 16 characters by a loop measured ~130 M
 * instructions more on realistic-20 (the loop's reads of strings of many representations are
 * calls too), and a loop up to 32 characters ~250 M more. A loop copies only where there is no
 * Buffer, or where it would write another byte order than the Uint16Array reads.
 */

/**
 * `text.charCodeAt(i)`, for a loop over cell strings. A cell string arrives in many
 * representations (a slice of its line of either width, flat, internalized, a JSON leaf): V8's
 * feedback for `text.charCodeAt` at one site then goes megamorphic, and each call looks the
 * method up again (~5-7 ns a character). Written as `String.prototype.charCodeAt.call`, the
 * optimizing compiler knows the method (String.prototype's is a constant) and reads the unit
 * inline whatever the representation (~1.5 ns, measured on a mix of six representations). The
 * method held in a module constant instead was not known in the bundle: perf still showed the
 * builtin called from the rules' row loops. Only for `0 <= i < text.length`: the compiled read
 * checks the index, and one read past the end would make every caller of this function fall back
 * to a call of the builtin (V8 then stops speculating at its call site).
 */
export function codeUnitAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

/**
 * `codeUnitAt` for a read that may lie past the end (NaN there, as `charCodeAt` gives): a function
 * of its own, so such a read costs only its own callers the fast path. Bounding the loops that
 * use it by `text.length` instead measured slower: `length` is a megamorphic load at those sites too.
 */
export function codeUnitAtOrNaN(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

/** Units kept between texts: a longer text gets an array of its own, dropped at the next read. */
const MAX_KEPT_UNITS = 64 * 1024;

/** Node's Buffer method (undocumented, like the lexer's `utf8Slice`): writes the code units little-endian, as they are (lone surrogates included). */
interface Ucs2Bytes {
  ucs2Write(text: string, offset: number, length: number): number;
}

/** Whether `Buffer#ucs2Write` exists and writes what a Uint16Array on the same memory reads (a little-endian machine). */
const canWrite = typeof Buffer === "function" && typeof (Buffer.prototype as Partial<Ucs2Bytes>).ucs2Write === "function" && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Whether this machine is little-endian: `TextUnits.words` then holds unit 2k in word k's low half, unit 2k + 1 in its high half. */
export const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * A text's code units inside a larger array: `length` of them from `start`, then a 0. A TextUnits is one (from 0); a cell
 * read in its COPY line's units is another (judgement/cell-hints.ts' `knownCellUnits`).
 */
export interface UnitsView {
  readonly units: Uint16Array;
  readonly start: number;
  readonly length: number;
}

export class TextUnits implements UnitsView {
  /** The code units of the text last read (`read` says how many), then a 0. Always an even number of them (see `words`). */
  units = new Uint16Array(1024);
  /**
   * The same memory as 32-bit words, two units a word (in the order LITTLE_ENDIAN says): a pass over every unit
   * (judgement/cell-hints.ts) reads two a load, each load with one bounds check.
   */
  words = new Uint32Array(this.units.buffer);
  /** The same memory as a Buffer, when `canWrite`. */
  private bytes: Ucs2Bytes | undefined = canWrite ? (Buffer.from(this.units.buffer) as unknown as Ucs2Bytes) : undefined;
  /** The length of the text last read (what `read` returned): for a reader handed the units without the text (judgement/cell-hints.ts' `knownCellUnits`). */
  length = 0;
  /** Where the text starts in `units` (UnitsView): always 0 here. */
  readonly start = 0;

  /** Puts the code units of `text` into `units`, followed by a 0; returns `text.length`. */
  read(text: string): number {
    const n = text.length;
    if (this.units.length > MAX_KEPT_UNITS + 2) this.ensure(1024);
    if (this.units.length <= n) this.ensure(n <= MAX_KEPT_UNITS ? MAX_KEPT_UNITS + 2 : n + 1);
    const units = this.units;
    if (this.bytes !== undefined) this.bytes.ucs2Write(text, 0, 2 * n);
    else for (let i = 0; i < n; i++) units[i] = codeUnitAt(text, i);
    units[n] = 0;
    this.length = n;
    return n;
  }

  /** Drops the units of a text longer than are kept between texts (`read` would at the next text): for a holder that may not read again soon. */
  release(): void {
    if (this.units.length > MAX_KEPT_UNITS + 2) this.ensure(1024);
  }

  /** Room for `size` units, rounded up to an even number (whole words). */
  private ensure(size: number): void {
    this.units = new Uint16Array(size + (size & 1));
    this.words = new Uint32Array(this.units.buffer);
    if (canWrite) this.bytes = Buffer.from(this.units.buffer) as unknown as Ucs2Bytes;
  }
}
