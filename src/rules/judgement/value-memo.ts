import { detachedString } from "../../core/detached-string.js";
import { fastPaths } from "./fast-paths.js";

/** The entries of every memo that has stopped: always empty (nothing is added to it). */
const STOPPED = new Map<string, unknown>();

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
  /** `STOPPED` once the probe found too few repeats (never undefined: see `recall`). */
  private entries: Map<string, R> = new Map();
  private lookups = 0;
  private hits = 0;
  /**
   * What the caller named the last `recall` by (`by`) when it found the value, else undefined. A caller that
   * also counts the values it judges (the PII rule's distinct counter: `by` is the row) can tell that its
   * cell repeats a value another cell was judged for, so counted for (issue 12: not hashed again for a
   * count it cannot change). Only the last recall: any recall after it, found or not, replaces it.
   */
  lastHitBy: unknown = undefined;

  /** The remembered result for this value, or undefined: judge it, then `remember` it. `by`: see lastHitBy. */
  recall(value: string, by?: unknown): R | undefined {
    const entries = this.entries;
    this.lastHitBy = undefined;
    if (entries === STOPPED || value.length > MAX_VALUE_LENGTH || !fastPaths.enabled) return undefined;
    const known = entries.get(value);
    this.lookups++;
    if (known !== undefined) {
      this.hits++;
      this.lastHitBy = by;
    } else {
      // Both tests read and the store made at every miss, stopped or not, and a Map stored either way (issue 12): a load
      // or store first reached when a column's memo stopped (no type feedback), or an `undefined` where a Map had always
      // been (a field of a new type), threw away the compiled row loop of each rule this is inlined into.
      const probed = this.lookups >= PROBE;
      const rare = this.hits < this.lookups * MIN_HIT_RATE;
      this.entries = probed && rare ? (STOPPED as Map<string, R>) : entries;
    }
    return known;
  }

  /**
   * Remembers `result` for `value`, when there is room and the value is short enough. `from`: the row the value was
   * cut from; where its text is long (`pinsLongText`) the memo keeps a copy of the value, and `detach` first copies
   * off the cell whatever the result holds (a match, a host's display, a JSON path), which would otherwise pin the
   * cell's whole line (up to 4096 lines a column) for as long as the memo lives. `own`: makes the copy of `result` the
   * memo keeps, only when it keeps one: a rule whose result is a list its judgement made keeps its own copy (issue 12:
   * kept as they were, those lists and their items outlived a scavenge at the judgement's literals, V8 pretenured them,
   * and each dead one in the old generation then kept its cell's young line alive through two scavenges).
   */
  remember(value: string, result: R, from?: TextPlace, detach?: (result: R) => void, own?: (result: R) => R): void {
    const entries = this.entries;
    if (entries === STOPPED || entries.size >= MAX_ENTRIES || value.length > MAX_VALUE_LENGTH) return;
    const kept = own === undefined ? result : own(result);
    if (from === undefined || !pinsLongText(from)) entries.set(value, kept);
    else {
      detach?.(kept);
      entries.set(detachedString(value), kept);
    }
  }

  /** Whether the memo still remembers values (false once the probe found too few repeats). */
  get active(): boolean {
    return this.entries !== STOPPED;
  }
}

/** Where a row's values were cut from: the row's source and its text's range (a RowEvent is one). */
interface TextPlace {
  source: string;
  range: { start: { offset: number }; end: { offset: number } };
}

/** A COPY line up to this many bytes is kept by a remembered value as it is: 4096 values of a column pin at most 4 MB. */
const SHORT_LINE = 1024;

/**
 * Whether strings cut from this row's cells would pin a long text if kept: a COPY line over `SHORT_LINE` bytes,
 * or an INSERT statement (one string for all its rows). A memo copies what it keeps only then: copying every
 * remembered value and result cost ~6 % of --jobs 2's wall on realistic-100 (600-byte lines, more garbage for
 * V8's helper threads), while a 40 KB row's remembered values had pinned 320 MB (7a69c10).
 */
export function pinsLongText(row: TextPlace): boolean {
  return row.source !== "copy" || row.range.end.offset - row.range.start.offset > SHORT_LINE;
}

/**
 * The memos of one table at a time, for a rule that keeps a memo per column (issue 10, bounded
 * memory): a memo is made when its column is first judged, and asking for one of another table
 * (`owner`: whatever the rule keeps per table) first drops those of the table before. A memo is an
 * exact cache, so a table whose rows come back later only judges its values again; without this,
 * every column of every table kept its memo (up to 4096 values) to the end of the dump: 100k small
 * tables held 300k empty memos, and a dump of many mid-sized tables of repeating values grew
 * without bound.
 */
export class TableMemos<R extends NonNullable<unknown>> {
  private owner: unknown;
  private readonly holders: { memo?: ValueMemo<R> | undefined }[] = [];

  /** The memo of `holder` (a column's plan), made now if it has none. */
  of(holder: { memo?: ValueMemo<R> | undefined }, owner: unknown): ValueMemo<R> {
    return holder.memo ?? this.made(holder, owner);
  }

  /**
   * `of` for a holder without a memo, apart from `of`: `of` is asked for every cell and inlined into the rules' row
   * loops, where its bytecode counts against the inlining budget of the loop (issue 12); this runs once per column and table.
   */
  private made(holder: { memo?: ValueMemo<R> | undefined }, owner: unknown): ValueMemo<R> {
    if (owner !== this.owner) {
      for (const h of this.holders) h.memo = undefined;
      this.holders.length = 0;
      this.owner = owner;
    }
    this.holders.push(holder);
    return (holder.memo = new ValueMemo<R>());
  }
}
