import type { Range } from "../../report/location.js";
import type { Evidence } from "../../report/schema.js";
import { evidenceWithMask } from "../../report/redact.js";
import type { NameMatch } from "./column-names.js";
import { DistinctCounter } from "./hyperloglog.js";
import type { DetectorId } from "./pii-match.js";
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
  real: number;
  synthetic: number;
  syntheticReasons: Map<string, number>;
  /** Up to 4 real-looking occurrences: the finding's location and 3 related ones. */
  samples: RealSample[];
  /** Up to 4 further occurrences of shapes not among `samples`, so a location survives when `settle` drops a sequence's samples. */
  reserve: RealSample[];
  /** Real-looking values per digit-run shape, for the numbered-sequence check (bounded). */
  shapes: Map<string, number>;
  /** Real-looking birth dates on the 1st of a month: all of them means the column was generalized to the month. */
  firstOfMonth: number;
  /** Synthetic values found under a JSON key named for them: evidence of sanitization like a named column's. */
  keyedSynthetic: number;
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
  readonly detectors = new Map<DetectorId, DetectorTally>();
  readonly distinct = new DistinctCounter();
  private settled = false;

  constructor(
    readonly schema: string,
    readonly table: string,
    readonly column: string,
    readonly name: NameMatch | undefined,
  ) {}

  addCell(value: string | null, matches: readonly CellMatch[], range: Range, row: number): void {
    this.rowsScanned++;
    if (value === null) return;
    this.nonNull++;
    this.distinct.add(value);
    if (matches.length > 0) this.cellsWithMatch++;
    for (const m of matches) {
      let t = this.detectors.get(m.detector);
      if (!t) {
        t = { real: 0, synthetic: 0, syntheticReasons: new Map(), samples: [], reserve: [], shapes: new Map(), firstOfMonth: 0, keyedSynthetic: 0 };
        this.detectors.set(m.detector, t);
      }
      if (m.syntheticReason) {
        t.synthetic++;
        if (m.viaKey) t.keyedSynthetic++;
        t.syntheticReasons.set(m.syntheticReason, (t.syntheticReasons.get(m.syntheticReason) ?? 0) + 1);
        continue;
      }
      t.real++;
      if (m.detector === "birth-date" && isFirstOfMonth(m.value)) t.firstOfMonth++;
      const shape = SHAPELESS.has(m.detector) ? undefined : digitShape(m.value);
      if (shape !== undefined && (t.shapes.has(shape) || t.shapes.size < MAX_SHAPES)) t.shapes.set(shape, (t.shapes.get(shape) ?? 0) + 1);
      const full = t.samples.length >= MAX_SAMPLES;
      // One reserve slot per shape (values without digits share one): the reserve only matters when a shape is dropped.
      // (Asked only while a slot is free: once samples and reserve are full, a match costs no search.)
      if (!full || (t.reserve.length < MAX_SAMPLES && isNewShape(t, shape))) {
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
      if (distinct === 1 && this.nonNull >= 3 && !this.distinct.approximate) {
        moveToSynthetic(t, t.real, "one repeated value");
        t.samples.length = 0;
        t.reserve.length = 0;
        continue;
      }
      // One birthday in 30 falls on the 1st; ten or more all on the 1st is a generalization, not chance ((1/30)^10).
      if (t.real >= 10 && t.firstOfMonth === t.real) {
        moveToSynthetic(t, t.real, "generalized to the month");
        t.samples.length = 0;
        t.reserve.length = 0;
        continue;
      }
      for (const [shape, count] of t.shapes) {
        if (count >= 3 && count * 2 >= t.real) {
          moveToSynthetic(t, count, "numbered sequence");
          t.samples = [...t.samples, ...t.reserve].filter((s) => s.shape !== shape).sort((a, b) => a.row - b.row).slice(0, MAX_SAMPLES);
          t.reserve = [];
        }
      }
    }
  }

  /** Count a detector's real-looking values as synthetic for a column-external reason; returns how many moved. */
  trustAsSynthetic(detector: DetectorId, reason: string): { moved: number; first?: RealSample } {
    const t = this.detectors.get(detector);
    if (!t || t.real === 0) return { moved: 0 };
    const moved = t.real;
    const first = t.samples[0];
    moveToSynthetic(t, moved, reason);
    t.samples.length = 0;
    t.reserve.length = 0;
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

function moveToSynthetic(t: DetectorTally, count: number, reason: string): void {
  t.real -= count;
  t.synthetic += count;
  t.syntheticReasons.set(reason, (t.syntheticReasons.get(reason) ?? 0) + count);
}

/** `user17@gmail.com` -> `user#@gmail.com`; undefined when the value has no digits (no sequence to see). */
const DIGIT_RUNS = /[0-9]+/g;

export function digitShape(value: string): string | undefined {
  // Most values of names, cities and streets have no digit: no shape, and no string built per character.
  let firstDigit = 0;
  while (firstDigit < value.length && !(value.charCodeAt(firstDigit) >= 0x30 && value.charCodeAt(firstDigit) <= 0x39)) firstDigit++;
  if (firstDigit === value.length) return undefined;
  let letters = 0;
  for (let i = 0; i < value.length && letters < 2; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) letters++;
  }
  // A shape needs words around the number (`user#@`, `Customer #`); bare numbers (postcodes, CVVs) share the shape `#` by nature.
  // Each digit run becomes one `#`, in one native pass (no string built a piece at a time).
  return letters >= 2 ? value.replace(DIGIT_RUNS, "#").toLowerCase() : undefined;
}

/** `1984-07-01`, `1984-07-01 00:00:00`, `01/07/1984`, `01.07.1984`. */
function isFirstOfMonth(date: string): boolean {
  if (date[4] === "-") return date.slice(8, 10) === "01";
  return date.slice(0, 2) === "01";
}
