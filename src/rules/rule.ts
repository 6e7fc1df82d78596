import type { z } from "zod";
import type { Range } from "../report/location.js";
import type { ColumnVerdict, Diagnostic, Evidence, ObjectRef, RelatedLocation, Severity } from "../report/schema.js";
import type { CommentEvent, MetaCommandEvent, StatementInfo } from "../lexer/events.js";
import type { Catalog } from "../catalog/catalog.js";
import type { ResolvedSpec } from "../report/spec.js";
import type { InputPathFacts } from "../input/path-facts.js";

/** One data row, delivered to rules one at a time; nothing keeps all rows. */
export interface RowEvent {
  schema: string;
  table: string;
  /** Column names in the order of `values`. */
  columns: readonly string[];
  /** Canonical column types from the catalog, aligned with `columns` (undefined when unknown). */
  types: readonly (string | undefined)[];
  /** Each value in PostgreSQL's text output form (COPY text representation decoded; booleans `t`/`f`); null for SQL NULL. */
  values: readonly (string | null)[];
  /** 0-based index of the row within its table's data. */
  rowIndex: number;
  /** "large-object": the bytes of a `lowrite` call, as row `{loid, data}` of `pg_catalog.pg_largeobject` (data is bytea text). */
  source: "copy" | "insert" | "large-object";
  range: Range;
}

export type { StatementInfo };

/** What the rows of one COPY, INSERT or large-object write share: their table, columns and types. */
export type RowShape = Pick<RowEvent, "schema" | "table" | "columns" | "types">;

/**
 * A rule's per-row work cut in two so that threads can share the rows of one table (issue 12):
 * `map` judges one row and must be a pure function of the row and of what `shape` set up (no state
 * that earlier rows built), so any thread can run it; `reduce` folds its result into the rule's
 * state on the calling thread, row after row in input order. The state is then the one a single
 * thread builds, whatever the thread count or block size: nothing has to merge. A result crosses
 * threads by structured clone (plain data: no functions, no class instances).
 */
export interface RowSplit<R> {
  /**
   * Per-column decisions a row's `map` relies on, made before it on every thread: called for the
   * first row of each COPY block, INSERT statement or large-object write (and, by a context without
   * threads, possibly for every row). Must only add what is missing: the first shape of a column wins.
   */
  shape?(row: RowShape): void;
  map(row: RowEvent): R;
  reduce(row: RowEvent, result: R): void;
  /**
   * Optional: a form of a block of results (rows in order) cheaper to send between threads than
   * many small objects (numbers in a typed array, strings in a list): each row's result is added as
   * it is judged, and read back one row at a time, in the same order, as `reduce` takes it.
   * `add` also gets the row judged: an encoder may send what `reduce` would otherwise read from
   * `row.values` (pii: each tallied cell's distinct-count hash), so the calling thread folds the row
   * without decoding its line. Given a decoder's result, `reduce` should not read `row.values`:
   * they are decoded on the first read (exact, but the work the workers were to save).
   */
  encoder?(): { add(result: R, row: RowEvent): void; finish(): unknown };
  decoder?(packed: unknown): { next(): R };
}

/**
 * `--jobs N` on a file (issue 12, src/parallel/rule-split.ts): a rule whose per-row work is per column
 * (`Rule.sharesColumns`) runs on all N threads, each tallying its own part of every table's columns
 * over all rows, in row order, so each column's state is the one a single thread builds. Which column
 * is whose must be a deterministic function of what every thread sees alike (a table's shapes). The
 * workers' parts (1 .. N-1) hand their state off at their end instead of reporting; the calling thread's
 * part (0) gets them back in its end listener, which the engine runs after every worker's end, and reports
 * once. Such a rule reports only in its end listeners. If any part fails (a crash, a dead worker), the
 * engine drops them all and runs the rule whole on the calling thread.
 */
export interface ColumnShare {
  /** 0: the calling thread's part (merges and reports); 1 .. parts-1: a worker's (hands off). */
  readonly part: number;
  /** How many parts the columns are dealt over (the threads: 2 or more). */
  readonly parts: number;
  /** Each part's share of the rule's work, by part (the same on every thread; summing to 1; a part of share 0 gets no column). */
  readonly shares: readonly number[];
  /** A worker's part, at its end: its state as plain data (structured clone: no functions or class instances). */
  handOff(state: unknown): void;
  /** Part 0, in its end listener: what parts 1 .. parts-1 handed off, in part order. */
  handedOver(): readonly unknown[];
  /** Part 0: how many columns each part tallied, by part (`--timings`). */
  tallied(byPart: readonly number[]): void;
}

/** A problem with the input itself, located where known. */
export interface InputProblemEvent {
  code: string;
  message: string;
  range?: Range;
  /** Set when the problem concerns one table's data. */
  object?: ObjectRef;
}

/** What a rule reports; the engine adds rule id, effective severity and fingerprint. */
export interface FindingInput {
  message: string;
  /** Defaults to the rule's default severity; overridden by the user's per-rule setting. */
  severity?: Severity;
  help?: string;
  /** A place in the dump; omit with `specLocation` for something missing that the spec requires. */
  range?: Range;
  specLocation?: { specFile: string; jsonPath: string };
  object?: ObjectRef;
  evidence?: Evidence[];
  count?: number;
  related?: RelatedLocation[];
  expected?: string;
  found?: string;
  /** Extra stable key for the finding fingerprint when object + evidence do not identify it. */
  identity?: string;
}

export interface RuleContext<Options> {
  readonly options: Options;
  /** The catalog as built so far; complete inside `onEnd` callbacks. pg_dump writes CREATE TABLE before the table's data, so a row's table is known when the row arrives. */
  readonly catalog: Catalog;
  /** The validated spec, when one was given. */
  readonly spec?: { value: ResolvedSpec; path?: string };
  /** Display name of the input (file path or "<stdin>"). */
  readonly file?: string;
  /** Where the input file lies (real path, filesystem, owners), gathered before reading; undefined for strings, bytes and in-process streams. */
  readonly inputPath?: InputPathFacts;
  onStatement(listener: (statement: StatementInfo) => void): void;
  onRow(listener: (row: RowEvent) => void): void;
  /** Per-row work split into a pure `map` and an in-order `reduce` (see `RowSplit`); register it with `onRowSplit(ctx, split)`. */
  onRowSplit?(split: RowSplit<unknown>): void;
  onMeta(listener: (meta: MetaCommandEvent) => void): void;
  onComment(listener: (comment: CommentEvent) => void): void;
  /** Problems the input layer, lexer and decoders met (wrong format, invalid UTF-8, truncation, bad rows). */
  onInputProblem(listener: (problem: InputProblemEvent) => void): void;
  /** Called once after the whole input was read and the catalog is complete. */
  onEnd(listener: () => void): void;
  report(finding: FindingInput): void;
  /** A note about the input that is not a finding. */
  diagnose(diagnostic: Diagnostic): void;
  /** Per-column PII verdicts for the report (unsanitized-pii rule). */
  reportColumnVerdict(verdict: ColumnVerdict): void;
  /** Sampling note for the report when a rule sampled a table's rows. */
  reportSampling(note: { schema: string; table: string; rowsSeen: number; rowsSampled: number }): void;
  /** Set when this run tallies only its part of the columns (see `ColumnShare`). */
  readonly columnShare?: ColumnShare;
}

export interface Rule<O extends z.ZodType = z.ZodType> {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** zod schema of the rule's options; defaults come from it (`schema.parse({})`). */
  options: O;
  check(context: RuleContext<z.output<O>>): void;
  /** Whether a run with these options can split its columns between threads (`ColumnShare`); absent: never. */
  sharesColumns?(options: z.output<O>): boolean;
}

/**
 * Register split per-row work: with the engine, its `map` may run on another thread; with a context
 * that does not know splits (a test's stand-in), it runs as a plain row listener, `shape` first.
 */
export function onRowSplit<R, O>(ctx: RuleContext<O>, split: RowSplit<R>): void {
  if (ctx.onRowSplit) return ctx.onRowSplit(split as RowSplit<unknown>);
  ctx.onRow((row) => {
    split.shape?.(row);
    split.reduce(row, split.map(row));
  });
}

/** Identity function that fixes a rule's option type from its zod schema. */
export function defineRule<O extends z.ZodType>(rule: Rule<O>): Rule<O> {
  return rule;
}
