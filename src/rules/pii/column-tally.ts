import { detachedString } from "../../core/detached-string.js";
import type { Range } from "../../report/location.js";
import type { Evidence } from "../../report/schema.js";
import { evidenceWithMask } from "../../report/redact.js";
import type { NameMatch } from "./column-names.js";
import { DistinctCounter, type DistinctCounterPlain } from "./hyperloglog.js";
import { FoundMatch, type DetectorId } from "./pii-match.js";
import type { CellMatch } from "./scan-cell.js";

/** A real-looking value kept for the report: masked evidence and where it was, never the value. */
export interface RealSample {
  evidence: Evidence;
  range: Range;
  row: number;
  jsonPath?: string;
  /** The value's shape with digit runs as `#` (`user#@gmail.com`), to recognise a numbered sequence. */
  shape?: string;
}

export interface DetectorTally {
  /** The detector it counts (so a column tally finds its most recent one by comparing this, not by a Map lookup). */
  readonly detector: DetectorId;
  real: number;
  synthetic: number;
  /** Up to 4 real-looking occurrences: the finding's location and 3 related ones. */
  samples: RealSample[];
  /** Up to 4 further occurrences of shapes not among `samples`, so a location survives when `settle` drops a sequence's samples. */
  reserve: RealSample[];
  /** Real-looking values per digit-run shape, for the numbered-sequence check (bounded); a SHAPELESS detector's stay the shared empty NO_SHAPES. */
  shapes: Map<string, number>;
  /**
   * The keys of `shapes` by shapeStringHash: a counted shape is found from a value's digitShapeHash and
   * compared with the value in place (isShapeOf), so a value's shape string is built only when it is new.
   */
  shapesByHash: Map<number, string[]>;
  /** Real-looking birth dates on the 1st of a month: all of them means the column was generalized to the month. */
  firstOfMonth: number;
  /** Synthetic values found under a JSON key named for them: evidence of sanitization like a named column's. */
  keyedSynthetic: number;
  /** The detector is SHAPELESS: its values' shapes are not counted. */
  shapeless: boolean;
  /** A sample or reserve entry without a shape is kept: no further value without a shape gets a reserve slot (isNewShape is false for it from then on). */
  unshapedKept: boolean;
  /** The one value every real-looking match so far has been (detached), `null` once two differ, undefined before the first. */
  only: string | null | undefined;
  /** Rows with a real-looking match, counted while `only` holds (a row's repeats count once). */
  onlyRows: number;
  /** The row of the last real-looking match, for `onlyRows`. */
  lastRow: number;
}

const NO_DETECTORS: ReadonlyMap<DetectorId, DetectorTally> = new Map();
/**
 * Shapes of a SHAPELESS detector's tally, and of a settled tally as it crosses threads: none, one empty map shared by all
 * (never written: shapes are counted only for a detector that is not shapeless, and only `settle` reads them). A dump of
 * many small tables has a tally per column: two maps of its own each were ~0.4 KB a phone, IP or birth-date column.
 */
const NO_SHAPES: Map<string, number> = new Map();
const NO_SHAPE_HASHES: Map<number, string[]> = new Map();

/** A ColumnTally's state, as it crosses threads (`toPlain`). */
export interface ColumnTallyPlain {
  rowsScanned: number;
  nonNull: number;
  cellsWithMatch: number;
  detectors: ReadonlyMap<DetectorId, DetectorTally> | undefined;
  distinct: DistinctCounterPlain;
  /** `settle` ran: the receiving thread must not run it again (it moves counts). */
  settled: boolean;
}
const MAX_SAMPLES = 4;
const MAX_SHAPES = 256;
/** Detectors whose values are mostly digits: their shapes say nothing about a seeded sequence. */
const SHAPELESS: ReadonlySet<DetectorId> = new Set(["phone", "payment-card", "iban", "us-ssn", "uk-nino", "fr-nir", "ip-address", "birth-date"]);

/**
 * Running counts for one column: rows, non-null values, cells with a match, per-detector real and
 * synthetic counts, a distinct-value sketch. Bounded memory whatever the row count.
 */
export class ColumnTally {
  rowsScanned = 0;
  nonNull = 0;
  cellsWithMatch = 0;
  /** Per detector; one shared empty map until the column's first match (issue 10: most columns of 100k small tables never match). */
  detectors: ReadonlyMap<DetectorId, DetectorTally> = NO_DETECTORS;
  readonly distinct = new DistinctCounter();
  /**
   * The detector tally the column's last match went to, asked first (a column's matches are mostly of one
   * detector): one field, where a module-wide last tally missed at every column of a row (issue 12).
   */
  private recent: DetectorTally | undefined;
  private settled = false;

  constructor(
    readonly schema: string,
    readonly table: string,
    readonly column: string,
    readonly name: NameMatch | undefined,
  ) {}

  /** `hashed`: the value's distinct-count hash is in `hashScratch` already (`knownCellHash`): not hashed again. */
  addCell(value: string | null, matches: readonly CellMatch[], range: Range, row: number, hashed = false): void {
    this.rowsScanned++;
    if (value === null) return;
    this.nonNull++;
    this.distinct.add(value, hashed);
    this.addMatches(matches, range, row);
  }

  /**
   * The tally as plain data for another thread (`--jobs 2`: the worker tallies its share of the columns,
   * the calling thread reports them): counts, detector tallies (plain objects, maps and arrays) and the
   * distinct counter. Settled (settle is the column's own business, so the worker settles its columns), what
   * only `settle` reads is left behind: the shapes, their hashes and the reserve (a dump of 100k small tables
   * hands over 100k tallies).
   */
  toPlain(): ColumnTallyPlain {
    let detectors: ReadonlyMap<DetectorId, DetectorTally> | undefined = this.detectors === NO_DETECTORS ? undefined : this.detectors;
    if (detectors !== undefined && this.settled) {
      const lean = new Map<DetectorId, DetectorTally>();
      for (const [id, t] of detectors) lean.set(id, { ...t, reserve: [], shapes: NO_SHAPES, shapesByHash: NO_SHAPE_HASHES });
      detectors = lean;
    }
    return { rowsScanned: this.rowsScanned, nonNull: this.nonNull, cellsWithMatch: this.cellsWithMatch, detectors, distinct: this.distinct.toPlain(), settled: this.settled };
  }

  /** The tally `toPlain` gave, for the column `name`d as the receiving thread planned it (the same plan on every thread). */
  static fromPlain(schema: string, table: string, column: string, name: NameMatch | undefined, plain: ColumnTallyPlain): ColumnTally {
    const tally = new ColumnTally(schema, table, column, name);
    tally.rowsScanned = plain.rowsScanned;
    tally.nonNull = plain.nonNull;
    tally.cellsWithMatch = plain.cellsWithMatch;
    if (plain.detectors !== undefined) tally.detectors = plain.detectors;
    (tally as { distinct: DistinctCounter }).distinct = DistinctCounter.fromPlain(plain.distinct);
    tally.settled = plain.settled;
    return tally;
  }

  /** `addCell` of a non-null value known by its hash words (`hashWords`), as a worker thread sends them (parallel, issue 12). */
  addHashedCell(h1: number, h2: number, matches: readonly CellMatch[], range: Range, row: number): void {
    this.rowsScanned++;
    this.nonNull++;
    this.distinct.addHashWords(h1, h2);
    this.addMatches(matches, range, row);
  }

  /**
   * `addCell` of a non-null value already counted by this column's distinct counter (the column's value
   * memo remembered it: judged, so folded, before): counting it again could not change the count (a set,
   * or a sketch's maxima), so it is not hashed again (issue 12).
   */
  addRepeatedCell(matches: readonly CellMatch[], range: Range, row: number): void {
    this.rowsScanned++;
    this.nonNull++;
    this.addMatches(matches, range, row);
  }

  private addMatches(matches: readonly CellMatch[], range: Range, row: number): void {
    if (matches.length > 0) this.cellsWithMatch++;
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      // The detector's tally: the column's most recent one is asked first.
      let t = this.recent;
      if (t === undefined || t.detector !== m.detector) {
        t = this.detectors.get(m.detector);
        if (!t) {
          const shapeless = SHAPELESS.has(m.detector);
          t = { detector: m.detector, real: 0, synthetic: 0, samples: [], reserve: [], shapes: shapeless ? NO_SHAPES : new Map(), shapesByHash: shapeless ? NO_SHAPE_HASHES : new Map(), firstOfMonth: 0, keyedSynthetic: 0, shapeless, unshapedKept: false, only: undefined, onlyRows: 0, lastRow: -1 };
          (this.detectors === NO_DETECTORS ? (this.detectors = new Map()) : (this.detectors as Map<DetectorId, DetectorTally>)).set(m.detector, t);
        }
        this.recent = t;
      }
      if (m.syntheticReason) {
        t.synthetic++;
        if (m.viaKey) t.keyedSynthetic++;
        continue;
      }
      t.real++;
      // One value in every real-looking match: compared until two differ, then never again.
      const only = t.only;
      if (only !== null) {
        if (only === undefined) t.only = detachedString(m.value);
        else if (only !== m.value) t.only = null;
        if (row !== t.lastRow) {
          t.onlyRows++;
          t.lastRow = row;
        }
      }
      if (m.detector === "birth-date" && isFirstOfMonth(m.value)) t.firstOfMonth++;
      // A shape string is built only when it is new and counted, or sampled: a counted shape is found by
      // its hash and compared with the value in place; once 256 shapes are counted, a value whose shape is
      // none of theirs cannot add to any and is passed over unbuilt.
      let shape: string | undefined;
      let shapeRead = t.shapeless;
      if (!shapeRead) {
        // The shape read for this match before (null: none): a repeat of the value, for which the column's memo
        // gave the same match objects, is not read again (issue 12).
        const known = m.shape;
        if (known !== undefined) {
          if (known !== null) shape = known;
          shapeRead = true;
        } else {
          const hash = digitShapeHash(m.value);
          if (hash === NO_SHAPE) shapeRead = true;
          else if (hash === NOT_ASCII) {
            shape = digitShape(m.value);
            shapeRead = true;
          } else {
            const same = t.shapesByHash.get(hash);
            if (same !== undefined) {
              for (let j = 0; j < same.length; j++) {
                if (isShapeOf(same[j]!, m.value)) {
                  shape = same[j]!;
                  shapeRead = true;
                  break;
                }
              }
            }
            if (!shapeRead && t.shapes.size < MAX_SHAPES) {
              shape = digitShape(m.value);
              shapeRead = true;
            }
          }
          if (shapeRead) m.shape = shape ?? null;
        }
        if (shape !== undefined && (t.shapes.has(shape) || t.shapes.size < MAX_SHAPES)) {
          const count = t.shapes.get(shape);
          if (count === undefined) {
            const hash = shapeStringHash(shape);
            const same = t.shapesByHash.get(hash);
            if (same === undefined) t.shapesByHash.set(hash, [shape]);
            else same.push(shape);
          }
          t.shapes.set(shape, (count ?? 0) + 1);
        }
      }
      const full = t.samples.length >= MAX_SAMPLES;
      // One reserve slot per shape (values without digits share one): the reserve only matters when a shape is dropped.
      // (Asked only while a slot is free: once samples and reserve are full, a match costs no search.)
      if (!full || t.reserve.length < MAX_SAMPLES) {
        if (!shapeRead) m.shape = (shape = digitShape(m.value)) ?? null;
        if (full && ((shape === undefined && t.unshapedKept) || !isNewShape(t, shape))) continue;
        if (shape === undefined) t.unshapedKept = true;
        const sample: RealSample = {
          evidence: evidenceWithMask(m.detector, m.value, m.masked),
          range,
          row,
          ...(m.jsonPath !== undefined ? { jsonPath: m.jsonPath } : {}),
          ...(shape !== undefined ? { shape } : {}),
        };
        (full ? t.reserve : t.samples).push(sample);
      }
    }
  }

  /**
   * Column-level recognition of sanitized data (issue point 3), applied once the column is complete:
   * one value repeated in every row, and a numbered sequence (`user1@…`, `user2@…`, `Customer 7`)
   * covering at least half of a detector's real-looking values, are synthetic.
   */
  settle(): void {
    if (this.settled) return;
    this.settled = true;
    const distinct = this.distinct.estimate();
    for (const t of this.detectors.values()) {
      if (t.real === 0) continue;
      // One repeated value: the whole column's, or (in free text and JSON, whose cells differ) every real-looking match's, three
      // times or more in two rows or more: a sanitizer's fixed stand-in (`$.phone` of every revision's copy of a form) or the
      // organisation's own number in every article's footer, not a person's.
      if ((distinct === 1 && this.nonNull >= 3 && !this.distinct.approximate) || (typeof t.only === "string" && t.real >= 3 && t.onlyRows >= 2)) {
        moveToSynthetic(t, t.real); // one repeated value
        t.samples.length = 0;
        t.reserve.length = 0;
        t.unshapedKept = false;
        continue;
      }
      // One birthday in 30 falls on the 1st; ten or more all on the 1st is a generalization, not chance ((1/30)^10).
      if (t.real >= 10 && t.firstOfMonth === t.real) {
        moveToSynthetic(t, t.real); // generalized to the month
        t.samples.length = 0;
        t.reserve.length = 0;
        t.unshapedKept = false;
        continue;
      }
      for (const [shape, count] of t.shapes) {
        if (count >= 3 && count * 2 >= t.real) {
          moveToSynthetic(t, count); // a numbered sequence
          t.samples = [...t.samples, ...t.reserve].filter((s) => s.shape !== shape).sort((a, b) => a.row - b.row).slice(0, MAX_SAMPLES);
          t.reserve = [];
          t.unshapedKept = t.samples.some((s) => s.shape === undefined);
        }
      }
    }
  }

  /** Count a detector's real-looking values as synthetic for a column-external reason (a pseudonymized table); returns how many moved. */
  trustAsSynthetic(detector: DetectorId): { moved: number; first?: RealSample } {
    const t = this.detectors.get(detector);
    if (!t || t.real === 0) return { moved: 0 };
    const moved = t.real;
    const first = t.samples[0];
    moveToSynthetic(t, moved);
    t.samples.length = 0;
    t.reserve.length = 0;
    t.unshapedKept = false;
    return { moved, ...(first ? { first } : {}) };
  }

  get realLooking(): number {
    let n = 0;
    for (const t of this.detectors.values()) n += t.real;
    return n;
  }

  get synthetic(): number {
    let n = 0;
    for (const t of this.detectors.values()) n += t.synthetic;
    return n;
  }
}

function isNewShape(t: DetectorTally, shape: string | undefined): boolean {
  for (const s of t.samples) if (s.shape === shape) return false;
  for (const s of t.reserve) if (s.shape === shape) return false;
  return true;
}

function moveToSynthetic(t: DetectorTally, count: number): void {
  t.real -= count;
  t.synthetic += count;
}

/** `user17@gmail.com` -> `user#@gmail.com`; undefined when the value has no digits (no sequence to see). */
export function digitShape(value: string): string | undefined {
  // Most values of names, cities and streets have no digit: no shape, and no string built per character.
  let firstDigit = 0;
  while (firstDigit < value.length && !(value.charCodeAt(firstDigit) >= 0x30 && value.charCodeAt(firstDigit) <= 0x39)) firstDigit++;
  if (firstDigit === value.length) return undefined;
  // The text between digit runs is copied a run at a time, not a character at a time.
  let out = "";
  let letters = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (run < i) out += value.slice(run, i);
      if (run < i || i === 0) out += "#";
      run = i + 1;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  if (run < value.length) out += value.slice(run);
  // A shape needs words around the number (`user#@`, `Customer #`); bare numbers (postcodes, CVVs) share the shape `#` by nature.
  return letters >= 2 ? out.toLowerCase() : undefined;
}

/** digitShapeHash: digitShape(value) is undefined. */
export const NO_SHAPE = -1;
/** digitShapeHash: the value has a non-ASCII character, whose lower case is not read character by character here. */
export const NOT_ASCII = -2;

/**
 * A 30-bit hash of a shape string (what digitShapeHash computes for the value the shape comes from): 30
 * bits so that it is a small integer to V8, not a heap number made for every Map lookup.
 */
export function shapeStringHash(shape: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) h = Math.imul(h ^ shape.charCodeAt(i), 16777619);
  return h >>> 2;
}

/**
 * shapeStringHash(digitShape(value)) without building the shape (NO_SHAPE when there is none), for an
 * ASCII value; NOT_ASCII otherwise. Lets the tally find a value's counted shape without building it
 * (equal shapes have equal hashes), and pass over a value whose shape is none of them.
 */
export function digitShapeHash(value: string): number {
  let h = 0x811c9dc5;
  let letters = 0;
  let digits = false;
  let inRun = false;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 0x80) return NOT_ASCII;
    if (c >= 0x30 && c <= 0x39) {
      if (!inRun) h = Math.imul(h ^ 0x23, 16777619);
      inRun = true;
      digits = true;
      continue;
    }
    inRun = false;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c >= 0x61 && c <= 0x7a) letters++;
    h = Math.imul(h ^ c, 16777619);
  }
  return digits && letters >= 2 ? h >>> 2 : NO_SHAPE;
}

/**
 * Whether digitShape(value) === shape, for an ASCII value whose digitShapeHash is not NO_SHAPE,
 * read in place: digit runs against `#`, other characters lower-cased, as digitShape builds it.
 */
export function isShapeOf(shape: string, value: string): boolean {
  let j = 0;
  let inRun = false;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (!inRun && shape.charCodeAt(j++) !== 0x23) return false;
      inRun = true;
      continue;
    }
    inRun = false;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (shape.charCodeAt(j++) !== c) return false;
  }
  return j === shape.length;
}

/** `1984-07-01`, `1984-07-01 00:00:00`, `01/07/1984`, `01.07.1984`. */
function isFirstOfMonth(date: string): boolean {
  // Characters compared in place (past the end, charCodeAt is NaN: no match), not a two-character substring per birth date.
  const at = date.charCodeAt(4) === 0x2d ? 8 : 0;
  return date.charCodeAt(at) === 0x30 && date.charCodeAt(at + 1) === 0x31;
}

/**
 * Type feedback for the paths a column takes only at its first matches (issue 12). V8 gives a function its feedback
 * vector only after it has run a while (about eight times its bytecode), so a table's first cells, where each column
 * meets its first detector, shapes and samples, ran unrecorded: `addMatches`, `digitShapeHash`, `isShapeOf` and the
 * distinct count's long-value hash were compiled without those paths, thrown away at the second table ("Insufficient
 * type feedback") and compiled again. Taken here when the module loads, on throwaway tallies, twice (the first pass
 * runs ahead of the vector): values of three detectors, with capitals and digits, repeats, a non-ASCII one, a long one,
 * a synthetic one, some found in JSON, and nulls. About 1 ms at start; nothing keeps the tallies.
 */
for (let pass = 0; pass < 2; pass++) {
  const warm = new ColumnTally("", "", "", undefined);
  const at = { offset: 0, line: 1, column: 1 };
  const range: Range = { start: at, end: at };
  const values = ["Ann.Lee7@Example.org", "+44 20 7946 0018", "bo.2@example.net", "Zoë 3@example.org", "1984-07-01", "Customer.Number.0042@example.com"];
  const detectors: DetectorId[] = ["email", "phone", "email", "email", "birth-date", "email"];
  for (let k = 0; k < 18; k++) {
    const i = k % values.length;
    const value = values[i]!;
    const match = new FoundMatch(detectors[i]!, value, 0, value.length, "***", k % 7 === 6 ? "warm" : undefined);
    if (k % 5 === 4) match.jsonPath = "$.contact";
    if (k % 9 === 8) warm.addCell(null, [], range, k);
    else warm.addCell(value, [match], range, k);
  }
}
