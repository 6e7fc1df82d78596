/**
 * Distinct-value estimate with bounded memory: exact (a set of 53-bit hashes) up to
 * `exactLimit` values, then a HyperLogLog sketch (Flajolet et al. 2007, with the linear-counting
 * small-range correction of Heule et al. 2013) of 2^precision one-byte registers. At the
 * default precision 12 the standard error is 1.04 / sqrt(4096) ≈ 1.6 %, in 4 KiB per column.
 * Values are only hashed; the counter never keeps a value.
 *
 * A 53-bit hash is kept as its two words (h1, and h2's low 21 bits) in an open-addressing table of
 * an Int32Array, not as a double in a Set: every cell of a scanned column is counted, and a Set of
 * doubles boxed each one (a heap number per cell, issue 12), as did passing the unsigned words from
 * call to call; the words are read from `scratch` instead.
 */
import { TextUnits } from "../../core/text-units.js";
import { hashScratch as scratch, mixHashScratch as mixScratch } from "../../core/unit-hash.js";

/** `exactLow` of an empty slot (a kept h2 has 21 bits). */
const EMPTY = -1;
/** Slots of the first table (pairs of words); it doubles while more than half full. */
const FIRST_SLOTS = 4;

/**
 * 2 ** -r for every value a register (one byte) can hold. `estimate` sums one per register (4096 at the
 * default precision) and runs twice per sketched column (settle, report): computing `**` there was ~1 % of
 * the rule's CPU on realistic-20. Each entry is the double `2 ** -r` gives, so the sum is the same.
 */
const NEGATIVE_POWERS_OF_TWO: readonly number[] = Array.from({ length: 256 }, (_, r) => 2 ** -r);

/** A DistinctCounter's state, as it crosses threads. */
export interface DistinctCounterPlain {
  precision: number;
  exactLimit: number;
  firstHigh: number;
  firstLow: number;
  table: Int32Array | undefined;
  size: number;
  sketch: boolean;
  registers: Uint8Array | undefined;
}

export class DistinctCounter {
  /** The exact hashes while counting exactly: the first alone (`firstLow` EMPTY when none), a table from the second distinct one
   * on (issue 10: a set per column of 100k one-row tables was ~200 bytes each). */
  private firstHigh = 0;
  private firstLow = EMPTY;
  /** Open addressing, linear probing: slot s holds h1 | 0 at 2s and h2 & 0x1fffff at 2s + 1 (EMPTY: free); undefined until a second distinct value. */
  private table: Int32Array | undefined;
  private size = 0;
  private sketch = false;
  private registers: Uint8Array | undefined;
  private readonly m: number;

  constructor(
    private readonly precision = 12,
    private readonly exactLimit = 1024,
  ) {
    this.m = 1 << precision;
  }

  /**
   * `hashed`: the value's hash words are in core/unit-hash.ts' `hashScratch` already (judgement/cell-hints.ts'
   * `knownCellHash`, folded as the hint pass read the cell): the same count, without reading the value again.
   */
  add(value: string, hashed = false): void {
    if (!hashed) hashToScratch(value);
    this.addScratch();
  }

  /** `add` of a value known by its two hash words (`hashWords`), as another thread sends them: the same count. */
  addHashWords(h1: number, h2: number): void {
    scratch[0] = h1;
    scratch[1] = h2;
    this.addScratch();
  }

  /** Counts the hash in `scratch` (read there, not passed: unsigned words passed between functions are boxed). */
  private addScratch(): void {
    const high = scratch[0]! | 0;
    const low = scratch[1]! & 0x1fffff;
    if (this.sketch) {
      this.addToSketch(high, low);
      return;
    }
    if (this.table === undefined) this.addBeforeTable(high, low);
    else if (this.insert(high, low) && this.size > this.exactLimit) this.switchToSketch();
  }

  /**
   * `addScratch` while no table is made: the first distinct hash is kept alone, the second makes the table. A method apart:
   * `addScratch` runs for every counted cell and is inlined into the row loops, where bytecode counts against their inlining budget.
   */
  private addBeforeTable(high: number, low: number): void {
    if ((this.firstLow === EMPTY || (high === this.firstHigh && low === this.firstLow)) && this.exactLimit >= 1) {
      this.firstHigh = high;
      this.firstLow = low;
      return;
    }
    this.table = new Int32Array(2 * FIRST_SLOTS).fill(EMPTY);
    if (this.firstLow !== EMPTY) this.insert(this.firstHigh, this.firstLow);
    if (this.insert(high, low) && this.size > this.exactLimit) this.switchToSketch();
  }

  /** Adds a hash to the table; false when it was there. */
  private insert(high: number, low: number): boolean {
    let table = this.table!;
    let mask = (table.length >> 1) - 1;
    let s = high & mask;
    for (;;) {
      const at = table[2 * s + 1]!;
      if (at === EMPTY) break;
      if (at === low && table[2 * s] === high) return false;
      s = (s + 1) & mask;
    }
    if (2 * (this.size + 1) > mask + 1) {
      table = this.grow();
      mask = (table.length >> 1) - 1;
      s = high & mask;
      while (table[2 * s + 1] !== EMPTY) s = (s + 1) & mask;
    }
    table[2 * s] = high;
    table[2 * s + 1] = low;
    this.size++;
    return true;
  }

  private grow(): Int32Array {
    const old = this.table!;
    const table = new Int32Array(2 * old.length).fill(EMPTY);
    const mask = (table.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === EMPTY) continue;
      let s = old[k]! & mask;
      while (table[2 * s + 1] !== EMPTY) s = (s + 1) & mask;
      table[2 * s] = old[k]!;
      table[2 * s + 1] = old[k + 1]!;
    }
    return (this.table = table);
  }

  /** Exact while the number of distinct values is at most `exactLimit`, an estimate after. */
  estimate(): number {
    if (!this.sketch) return this.table !== undefined ? this.size : this.firstLow === EMPTY ? 0 : 1;
    const registers = this.registers!;
    let sum = 0;
    let zeros = 0;
    for (let j = 0; j < this.m; j++) {
      const r = registers[j]!;
      sum += NEGATIVE_POWERS_OF_TWO[r]!;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / this.m);
    const raw = (alpha * this.m * this.m) / sum;
    if (raw <= 2.5 * this.m && zeros > 0) return Math.round(this.m * Math.log(this.m / zeros));
    return Math.round(raw);
  }

  /** True once the count is an estimate. */
  get approximate(): boolean {
    return this.sketch;
  }

  /** The counter as plain data for another thread (`--jobs 2`, column share): `fromPlain` makes the same counter of it. */
  toPlain(): DistinctCounterPlain {
    return { precision: this.precision, exactLimit: this.exactLimit, firstHigh: this.firstHigh, firstLow: this.firstLow, table: this.table, size: this.size, sketch: this.sketch, registers: this.registers };
  }

  static fromPlain(plain: DistinctCounterPlain): DistinctCounter {
    const counter = new DistinctCounter(plain.precision, plain.exactLimit);
    counter.firstHigh = plain.firstHigh;
    counter.firstLow = plain.firstLow;
    counter.table = plain.table;
    counter.size = plain.size;
    counter.sketch = plain.sketch;
    counter.registers = plain.registers;
    return counter;
  }

  private switchToSketch(): void {
    this.sketch = true;
    this.registers = new Uint8Array(this.m);
    // (Called right after an insert: the table holds every distinct hash so far.)
    const table = this.table!;
    this.table = undefined;
    for (let k = 0; k < table.length; k += 2) if (table[k + 1] !== EMPTY) this.addToSketch(table[k]!, table[k + 1]!);
  }

  /** The register index comes from h1's top bits; the rank from h1's low 11 bits and h2's low 21 bits, exactly the bits
   * the exact table keeps, so a value counts the same whether it arrived before or after the switch. */
  private addToSketch(high: number, low: number): void {
    const index = high >>> (32 - this.precision);
    const rankSource = (((high & 0x7ff) << 21) | low) >>> 0;
    const rank = Math.min(Math.clz32(rankSource) + 1, 32 - this.precision + 1);
    const registers = this.registers!;
    if (rank > registers[index]!) registers[index] = rank;
  }
}

/**
 * Two independent 32-bit hashes of a string (cyrb53's mixing, MurmurHash3 finalizers): deterministic, no crypto needed for
 * counting. The fold is core/unit-hash.ts' (its constants written out: see there).
 */
export function hash64(value: string): [number, number] {
  hashToScratch(value);
  return [scratch[0]!, scratch[1]!];
}

/** The two hash words `DistinctCounter.add` counts a value by, in a shared array the next call overwrites (no array per cell). */
export function hashWords(value: string): Uint32Array {
  hashToScratch(value);
  return scratch;
}

// hash64's two words are written to `scratch` (core/unit-hash.ts' `hashScratch`) instead of a new array: the distinct counter hashes every cell.
/**
 * A value at least this long is hashed from its code units copied into a typed array (one `Buffer#ucs2Write` call,
 * core/text-units.ts); a shorter one by `charCodeAt`. On a cell string (a slice of its line, of either width) each
 * `charCodeAt` read costs ~45 instructions, the copy ~1,000 a call and ~6 a character (cachegrind, every cell of
 * realistic-20): the copy pays from about 20 characters on.
 */
const COPIED_FROM = 24;
/** The value being hashed, as code units (see COPIED_FROM). */
const hashUnits = new TextUnits();

function hashToScratch(value: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const n = value.length;
  let i = 0;
  // Four characters a turn, the same chain of multiplications: every counted cell is hashed, and the loaded
  // characters' checks then overlap the multiplications (1.9 against 3.5 ns a character on realistic-20's cells).
  if (n < COPIED_FROM) {
    for (; i + 3 < n; i += 4) {
      const a = value.charCodeAt(i);
      const b = value.charCodeAt(i + 1);
      const c = value.charCodeAt(i + 2);
      const d = value.charCodeAt(i + 3);
      h1 = Math.imul(Math.imul(Math.imul(Math.imul(h1 ^ a, 2654435761) ^ b, 2654435761) ^ c, 2654435761) ^ d, 2654435761);
      h2 = Math.imul(Math.imul(Math.imul(Math.imul(h2 ^ a, 1597334677) ^ b, 1597334677) ^ c, 1597334677) ^ d, 1597334677);
    }
    for (; i < n; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    scratch[0] = h1;
    scratch[1] = h2;
    mixScratch();
  } else {
    // Read first: a longer text than the last gets a new array.
    const length = hashUnits.read(value);
    hashUnitsToScratch(hashUnits.units, 0, length);
    hashUnits.release();
  }
}

/**
 * `hashToScratch` of the text whose `n` code units `units` holds from `start`: the same words (judgement/cell-hints.ts'
 * `knownCellHash` folds a cell where its line's units hold it).
 */
export function hashUnitsToScratch(units: Uint16Array, start: number, n: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let i = start;
  n = (start + n) | 0;
  for (; i + 3 < n; i += 4) {
    const a = units[i]!;
    const b = units[i + 1]!;
    const c = units[i + 2]!;
    const d = units[i + 3]!;
    h1 = Math.imul(Math.imul(Math.imul(Math.imul(h1 ^ a, 2654435761) ^ b, 2654435761) ^ c, 2654435761) ^ d, 2654435761);
    h2 = Math.imul(Math.imul(Math.imul(Math.imul(h2 ^ a, 1597334677) ^ b, 1597334677) ^ c, 1597334677) ^ d, 1597334677);
  }
  for (; i < n; i++) {
    const c = units[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  scratch[0] = h1;
  scratch[1] = h2;
  mixScratch();
}

/**
 * One counter taken past its switch to a sketch when the module loads (issue 12). A field first written again there
 * (`sketch` false to true, `registers` undefined to an array, `table` back to undefined) is made general in place by V8,
 * at the first column with more than `exactLimit` distinct values, in the middle of the rows: every function compiled
 * to read a counter (the row loops' inlined addCell) was thrown away then ("code dependencies"). Done here, before
 * anything is compiled, with enough values (precision 4, a limit of 32) that the switch is taken where a column takes
 * it, and the calls on the way have type feedback: the row loops are not compiled without that path either.
 */
const warmCounter = new DistinctCounter(4, 32);
for (let k = 0; k < 64; k++) warmCounter.addHashWords(k, k);
