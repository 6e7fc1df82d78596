import { fastPaths } from "./fast-paths.js";

/** Longest value remembered: a long free-text cell rarely repeats and would hold memory. */
const MAX_VALUE_LENGTH = 256;
/** Distinct values remembered per column. */
const MAX_ENTRIES = 4096;
/** After this many lookups, a column whose values repeat less than `MIN_HIT_RATE` of the time stops memoizing. */
const PROBE = 1024;
const MIN_HIT_RATE = 0.2;

/**
 * The result of a pure per-value judgement in one column, computed once per distinct value
 * (issue 12: a status, country or plan column repeats a few values in millions of rows). Exact: a
 * result is reused only for the identical string in the same column, and the judgement must not
 * depend on anything else. Bounded: at most 4096 values of at most 256 characters; a column of
 * mostly unique values (ids, e-mails) stops memoizing after a probe of 1024 lookups, so it costs next to
 * nothing (a probe of 8192 filled and searched a 4096-entry map per unique column: 0.2 s CPU on 20 MB).
 * Results must not be `undefined` (that reads as "not known").
 */
export class ValueMemo<R extends NonNullable<unknown>> {
  private entries: Map<string, R> | undefined = new Map();
  private lookups = 0;
  private hits = 0;

  /** The remembered result for this value, or undefined: judge it, then `remember` it. */
  recall(value: string): R | undefined {
    const entries = this.entries;
    if (entries === undefined || value.length > MAX_VALUE_LENGTH || !fastPaths.enabled) return undefined;
    const known = entries.get(value);
    this.lookups++;
    if (known !== undefined) this.hits++;
    else if (this.lookups >= PROBE && this.hits < this.lookups * MIN_HIT_RATE) this.entries = undefined;
    return known;
  }

  remember(value: string, result: R): void {
    const entries = this.entries;
    if (entries !== undefined && entries.size < MAX_ENTRIES && value.length <= MAX_VALUE_LENGTH) entries.set(value, result);
  }

  /** Whether the memo still remembers values (false once the probe found too few repeats). */
  get active(): boolean {
    return this.entries !== undefined;
  }
}
