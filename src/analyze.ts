import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";
import { detachedString } from "./core/detached-string.js";
import { openInput, type InputSource } from "./input/open-input.js";
import { inspectInputPath } from "./input/path-facts.js";
import { SqlLexer } from "./lexer/lexer.js";
import { describeStatementKind, statementKind } from "./lexer/statement-kind.js";
import type { CommentEvent, LexEvent, MetaCommandEvent } from "./lexer/events.js";
import { decodeCopyLine, parseCopyStatement, type CopyTarget } from "./data/copy.js";
import { InsertRowReader, insertWhere, readInsertHeader, readInsertStatement } from "./data/insert.js";
import { isUnwalkedJson, JSON_WALK_LIMIT, MAX_JSON_LEAVES } from "./data/json-strings.js";
import { CatalogBuilder } from "./catalog/build.js";
import type { Catalog } from "./catalog/catalog.js";
import type { Table } from "./catalog/model.js";
import { isIdentPart } from "./lexer/tokens.js";
import { allRules } from "./rules/index.js";
import type { ColumnShare, FindingInput, InputProblemEvent, Rule, RowEvent, RowShape, RowSplit, RuleContext, StatementInfo } from "./rules/rule.js";
import type { ColumnVerdict, Diagnostic, Finding, Report, Severity } from "./report/schema.js";
import type { Range } from "./report/location.js";
import { fingerprint, keyedFingerprint, outputEvidence, resolveFingerprintKey } from "./report/redact.js";
import { maskDiagnostic, maskFinding, maskSensitiveText, maskStrings } from "./report/mask-text.js";
import { applyBaseline, ConfigError, loadBaseline, type Baseline } from "./report/baseline.js";
import { loadSpec } from "./report/spec.js";
import { VERSION } from "./version.js";
import { configForInput, withConfig } from "./config/merge.js";
import type { LoadedConfig } from "./config/load.js";
import { archiveFacts, archiveListing } from "./input/archive/archive-input.js";
import stableStringify from "fast-json-stable-stringify";
import { MAX_MAPPERS, MIN_PARALLEL_BYTES, startMappers } from "./parallel/run.js";
import { RowBlocks, unpackRange, type ShareStats } from "./parallel/row-blocks.js";
import { FoldedCopyRow } from "./parallel/folded-row.js";
import { heapGuard } from "./core/heap-guard.js";
import { DEFAULT_BLOCK_ROWS, isMapFailure, type BlockCodec, type BlockDecoder, type BlockRequest, type MapFailure, type MapperPool } from "./parallel/row-share.js";
import { intern } from "./core/intern.js";
import { columnLayout, columnShareFor, defaultJobs, ruleGroups, startRuleGroup, type RuleGroupThread, type RuleOutputs } from "./parallel/rule-split.js";
import { rowDataBytes } from "./parallel/row-data.js";
import { appendAll } from "./core/append-all.js";

export type RuleSetting = "off" | Severity | { severity?: Severity | "off"; options?: unknown };

export interface AnalyzeOptions {
  /** Per-rule severity override, `off`, and options. */
  rules?: Record<string, RuleSetting>;
  /** Run only these rule ids. */
  onlyRules?: string[];
  /** The rule set to run instead of the shipped registry (tests, plugins). */
  ruleSet?: readonly Rule[];
  /** Spec file path or spec object for the required-shape rule. */
  spec?: string | object;
  /** Baseline (allow-list) file path or object. */
  baseline?: string | object;
  /** Name to show for the input (defaults to the path for `{ path }` inputs). */
  file?: string;
  /** Include wall-clock timings under `timings` (off by default so output is byte-identical run to run). */
  timings?: boolean;
  /**
   * Key for finding and evidence fingerprints (HMAC-SHA256), at least 16 bytes; defaults to the
   * `DUMPGUARD_FINGERPRINT_KEY` environment variable. Keep it outside the report (a project secret):
   * with it, fingerprints are stable for baselines and cannot be reversed by someone holding only the
   * report. Without it, guessable values (personal data, hosts, passwords) get no value fingerprint.
   */
  fingerprintKey?: string | Uint8Array;
  /**
   * Threads (default: 2 for a `{ path }` regular file of 8 MB or more on a machine of two or more cores,
   * else 1; with two or more cores the sha256 of a large file goes to a light helper thread unless `jobs`
   * is 1 or the rules are split: then the calling thread, which has the lighter group, hashes it). With `jobs` >= 2 a `{ path }` input with at least 8 MB of rows (rowDataBytes) is
   * split by rule (src/parallel/rule-split.ts): a worker thread reads the file itself and runs one group
   * of the rules whole, this thread runs the other and merges their outputs; unsanitized-pii's columns are
   * dealt over all `jobs` threads (one more worker per job, each reading the file). Other inputs share rows:
   * this thread reads and lexes the input and sends blocks of COPY lines to `jobs - 1` worker threads
   * (within tables too), judges a block itself while they are busy, and folds every row's results in
   * input order, so the report is the one a single thread writes, byte for byte. Any input of at least
   * 8 MB (of rows, for a file; or of unknown size) is shared once a block's worth of COPY lines came, with the shipped rules.
   */
  jobs?: number;
  /** Called as bytes are read, for progress display. */
  onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  /** Stops reading at the next chunk when aborted; `analyze` then rejects with the signal's reason (editors cancel stale checks). */
  signal?: AbortSignal;
  /**
   * Opt-in `dumpguard.config.json`: `true` finds it as the CLI does (DUMPGUARD_CONFIG, else walking up from the
   * dump's directory), a string names the file, a `LoadedConfig` is one already read. The other options win over it.
   */
  config?: true | string | LoadedConfig;
}

export interface RuleRun {
  rule: Rule;
  severity: Severity | undefined;
  statement: ((s: StatementInfo) => void)[];
  row: ((r: RowEvent) => void)[];
  /** Per-row work split into map and reduce (`RowSplit`), which threads share. */
  split: RowSplit<unknown>[];
  meta: ((m: MetaCommandEvent) => void)[];
  comment: ((c: CommentEvent) => void)[];
  problem: ((p: InputProblemEvent) => void)[];
  end: (() => void)[];
}

const SETTING_SEVERITIES = new Set(["off", "error", "warning", "info"]);

/**
 * The `rules` and `onlyRules` options as a caller wrote them, checked before anything is merged
 * into them: `rules: 5`, a setting that is neither a severity nor `{ severity, options }`, and
 * any unknown id (`__proto__` included, which a plain assignment would swallow) are ConfigErrors.
 */
function checkRuleOptions(options: AnalyzeOptions): void {
  const registry = options.ruleSet ?? allRules;
  const known = new Set(registry.map((r) => r.id));
  const unknown = (id: string) => new ConfigError(`unknown rule "${id}" (known: ${[...known].join(", ")})`);
  const { rules, onlyRules } = options as { rules?: unknown; onlyRules?: unknown };
  if (rules !== undefined) {
    if (rules === null || typeof rules !== "object" || Array.isArray(rules)) throw new ConfigError(`rules must be an object of rule id -> "off" | "error" | "warning" | "info" | { severity, options }, not ${describeValue(rules)}`);
    for (const id of Object.getOwnPropertyNames(rules)) {
      if (!known.has(id)) throw unknown(id);
      const setting = (rules as Record<string, unknown>)[id];
      const severity = typeof setting === "object" && setting !== null && !Array.isArray(setting) ? (setting as { severity?: unknown }).severity : setting;
      if (typeof setting === "object" && setting !== null && !Array.isArray(setting) && severity === undefined) continue;
      if (typeof severity !== "string" || !SETTING_SEVERITIES.has(severity)) throw new ConfigError(`rules["${id}"] must be "off", "error", "warning", "info" or { severity, options }, not ${describeValue(setting)}`);
    }
  }
  if (onlyRules !== undefined) {
    if (!Array.isArray(onlyRules) || onlyRules.some((id) => typeof id !== "string")) throw new ConfigError(`onlyRules must be an array of rule ids, not ${describeValue(onlyRules)}`);
    for (const id of onlyRules as string[]) if (!known.has(id)) throw unknown(id);
  }
}

/** A short description of a wrong option value that never repeats a long or secret string. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length <= 20 && /^[\w-]*$/.test(value) ? `"${value}"` : "a string";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : `a ${typeof value}`;
}

function resolveRules(options: AnalyzeOptions): RuleRun[] {
  const registry = options.ruleSet ?? allRules;
  const known = new Set(registry.map((r) => r.id));
  for (const id of [...Object.keys(options.rules ?? {}), ...(options.onlyRules ?? [])]) {
    if (!known.has(id)) throw new ConfigError(`unknown rule "${id}" (known: ${[...known].join(", ")})`);
  }
  const runs: RuleRun[] = [];
  for (const rule of registry) {
    if (options.onlyRules && !options.onlyRules.includes(rule.id)) continue;
    const setting = options.rules?.[rule.id];
    const severity = typeof setting === "string" ? setting : setting?.severity;
    if (severity === "off") continue;
    runs.push({ rule, severity, statement: [], row: [], split: [], meta: [], comment: [], problem: [], end: [] });
  }
  return runs;
}

function ruleOptions(rule: Rule, setting: RuleSetting | undefined): unknown {
  const raw = typeof setting === "object" ? (setting.options ?? {}) : {};
  const parsed = rule.options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid options for rule ${rule.id} at $.${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

const SORT_KIND = { input: 0, dump: 1, spec: 2 } as const;

/** Large object bytes reach the rules as rows of this shape (the catalog table that stores them). */
const LARGE_OBJECT_COLUMNS = ["loid", "data"] as const;
const LARGE_OBJECT_TYPES = ["oid", "bytea"] as const;
const LARGE_OBJECT_SHAPE: RowShape = { schema: "pg_catalog", table: "pg_largeobject", columns: LARGE_OBJECT_COLUMNS, types: LARGE_OBJECT_TYPES };

export function compareFindings(a: Finding, b: Finding): number {
  const ka = SORT_KIND[a.location.kind];
  const kb = SORT_KIND[b.location.kind];
  if (ka !== kb) return ka - kb;
  if (a.location.kind === "dump" && b.location.kind === "dump" && a.location.range.start.offset !== b.location.range.start.offset)
    return a.location.range.start.offset - b.location.range.start.offset;
  if (a.location.kind === "spec" && b.location.kind === "spec" && a.location.jsonPath !== b.location.jsonPath)
    return a.location.jsonPath < b.location.jsonPath ? -1 : 1;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

/**
 * Where a COPY block's rows go while it streams. A class, not an object literal: V8 makes a literal's boilerplate at
 * its second run (the dump's second COPY), and that makes every field of the literal's map holding an object general
 * in place, throwing away the row loop compiled for the first COPY (foldLine, "code dependencies"; issue 12).
 */
class CopyState {
  rowIndex = 0;
  /** Rows not yet added to the catalog's count (added once per block, not once per line). */
  uncounted = 0;
  /** Its lines go to `RowBlocks` (threads share its rows). */
  shared = false;
  /** What the block's rows share, for `RowSplit.shape`. */
  readonly shape: RowShape;

  constructor(
    readonly target: CopyTarget,
    readonly columns: string[],
    readonly types: (string | undefined)[],
    /** The COPY statement: a table's data starts here (`Table.dataRange`). */
    readonly statementRange: Range,
  ) {
    this.shape = { schema: target.schema, table: target.table, columns, types };
  }
}

/** Test and bench knobs, read from the options object without being public options. */
interface SharingKnobs {
  /** Share whatever the input size (tests). */
  shareSmallInputs?: boolean;
  /** Rows per block (tests use a few to cross many block boundaries in a small dump). */
  blockRows?: number;
  /** The worker threads (tests: a scripted pool in this thread). */
  mapperPool?: (count: number, options: AnalyzeOptions) => MapperPool;
  /** How long a worker may judge no row while the calling thread waits for its block, before that block is judged here, ms. */
  patienceMs?: number;
  /** The bench: this thread only lexes and folds, workers judge every block (its CPU time is then the serial part). */
  shareNothingHere?: boolean;
  /** false: never split the rules between threads (rows are shared as for inputs a worker cannot read; measurements, tests). */
  splitByRule?: boolean;
  /** Split the rules between threads whatever the input size (tests). */
  splitSmallInputs?: boolean;
  /** A rule-group thread's own run (src/parallel/rule-split.ts): only these rules run, and their outputs are handed back. */
  ruleGroup?: readonly string[];
  /** With `ruleGroup`: hashes nothing (the calling thread digests the input). */
  noHash?: boolean;
  /**
   * false: no thread for the other rule group, which then runs here after this thread's (tests: as when no thread can be had).
   * "here": the other group runs in this thread after this thread's read, its outputs cloned as a worker's are (tests: a worker per
   * corpus dump would take minutes), as if on a thread: a column share is split as with a worker.
   */
  ruleGroupThread?: boolean | "here";
  /** Tests: the other rule group's thread throws before it reads (its rules must then run here). */
  ruleGroupFault?: boolean;
  /** With `ruleGroup`: these of its rules tally only this worker's part of the columns and hand it off (`ColumnShare` part `columnPart` of `columnParts`). */
  columnShared?: readonly string[];
  /** With `columnShared`: this thread's part (1 or more; default 1), and each part's share of the work (`ColumnShare.shares`, as many as parts). */
  columnPart?: number;
  columnShares?: readonly number[];
  /** Tests: a column-shared rule fails on the calling thread (0: it cannot start) or on worker part N (N >= 1: at its hand-off); all parts are then dropped. */
  columnShareFault?: number;
  /** Tests: a worker thread exits after its first piece of input (a thread that dies mid-way): true, the other group's (part 1); N, part N's. */
  ruleGroupExit?: boolean | number;
}

/**
 * How a block's results travel: per split, encoded by the split when it knows a cheaper form than
 * many small objects (a failed map travels beside them).
 */
function blockCodec(splits: readonly RowSplit<unknown>[]): BlockCodec {
  return {
    encoder: () => {
      const encoders = splits.map((split) => split.encoder?.());
      const raw: unknown[][] = splits.map(() => []);
      const failures: [number, number, MapFailure][] = [];
      // Rows whose field count is not their COPY's column count (row, count): the row-width problem, said where the row is folded.
      const widths: number[] = [];
      // Cells whose JSON is too large to walk by key (row, column): the json-not-walked diagnostic, without the calling thread decoding the line again.
      const unwalked: number[] = [];
      let row = 0;
      return {
        add: (results, judged) => {
          const { values } = judged;
          if (values.length !== judged.columns.length && judged.columns.length > 0) widths.push(row, values.length);
          for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (value != null && value.length > 2 * MAX_JSON_LEAVES && isUnwalkedJson(value, judged.types[i])) unwalked.push(row, i);
          }
          for (let k = 0; k < results.length; k++) {
            const result = results[k];
            const encoder = encoders[k];
            if (!encoder) raw[k]!.push(result);
            else if (isMapFailure(result)) {
              failures.push([k, row, result]);
              encoder.add(undefined, judged);
            } else encoder.add(result, judged);
          }
          row++;
        },
        finish: () => ({ packed: encoders.map((e, k) => (e ? e.finish() : raw[k])), failures, widths, unwalked }),
      };
    },
    decoder: (payload) => {
      const { packed, failures, widths, unwalked } = payload as { packed: unknown[]; failures: [number, number, MapFailure][]; widths: number[]; unwalked: number[] };
      const decoders = splits.map((split, k) => (split.decoder ? split.decoder(packed[k]) : undefined));
      let row = 0;
      let f = 0;
      let w = 0;
      let u = 0;
      let fields = -1;
      let unwalkedHere: number[] | undefined;
      return {
        get fields() {
          return fields;
        },
        get unwalked() {
          return unwalkedHere;
        },
        next() {
          const results = new Array<unknown>(decoders.length);
          for (let k = 0; k < decoders.length; k++) {
            const d = decoders[k];
            results[k] = d ? d.next() : (packed[k] as unknown[])[row];
          }
          while (f < failures.length && failures[f]![1] === row) {
            results[failures[f]![0]] = failures[f]![2];
            f++;
          }
          if (w < widths.length && widths[w] === row) {
            fields = widths[w + 1]!;
            w += 2;
          } else fields = -1;
          unwalkedHere = undefined;
          for (; u < unwalked.length && unwalked[u] === row; u += 2) (unwalkedHere ??= []).push(unwalked[u + 1]!);
          row++;
          return results;
        },
      };
    },
  };
}

/** One COPY line as the rules see it, its values decoded at its table's column count: one literal for every COPY row wherever it is judged. */
function copyRow(shape: RowShape, target: Pick<CopyTarget, "delimiter" | "nullString">, line: string, rowIndex: number, range: Range, values: readonly (string | null)[] = decodeCopyLine(line, target, shape.columns.length)): RowEvent {
  return { schema: shape.schema, table: shape.table, columns: shape.columns, types: shape.types, values, rowIndex, source: "copy", range };
}

/** Every split's `map` of one row, in split order, for a fold later (on this thread or the calling one). */
function mapRow(splits: readonly RowSplit<unknown>[], row: RowEvent): unknown[] {
  const results = new Array<unknown>(splits.length);
  for (let k = 0; k < splits.length; k++) results[k] = mapSafely(splits[k]!, row);
  return results;
}

/** A failed `map` as its result: the row's `reduce` then fails the rule the way a single thread's row listener would. */
function mapSafely(split: RowSplit<unknown>, row: RowEvent): unknown {
  try {
    return split.map(row);
  } catch (err) {
    return { mapFailed: (err as Error)?.name ?? "error" } satisfies MapFailure;
  }
}

/**
 * A worker thread's judge (src/parallel/worker.ts): the shipped rules set up with `options` as the
 * calling thread sets them up, without input or catalog; `judge` decodes a block's COPY lines and
 * runs every split's `map` on each row, in the order and with the encoding the calling thread folds.
 */
export function rowMapper(options: AnalyzeOptions): { judge(request: BlockRequest, rowJudged?: () => void): unknown } {
  // A rule group's mappers (--jobs 3 or more on a file) judge its rules only, as the group's thread folds them.
  const group = (options as SharingKnobs).ruleGroup;
  const runs = resolveRules(options).filter((run) => group === undefined || group.includes(run.rule.id));
  const catalog = new CatalogBuilder().view();
  const spec = options.spec !== undefined ? loadSpec(options.spec) : undefined;
  const nothing = () => {};
  runs.forEach((run) => {
    const context: RuleContext<unknown> = {
      options: ruleOptions(run.rule, options.rules?.[run.rule.id]),
      catalog,
      ...(spec?.ok ? { spec: { value: spec.spec, path: spec.path } } : {}),
      ...(options.file ? { file: options.file } : {}),
      onStatement: nothing,
      onRow: nothing,
      onRowSplit: (s) => run.split.push(s),
      onMeta: nothing,
      onComment: nothing,
      onInputProblem: nothing,
      onEnd: nothing,
      report: nothing,
      diagnose: nothing,
      reportColumnVerdict: nothing,
      reportSampling: nothing,
    };
    try {
      run.rule.check(context as RuleContext<never>);
    } catch {
      // As on the calling thread: the rule's splits registered so far stay, in the same order.
    }
  });
  const splits = runs.flatMap((run) => run.split);
  const codec = blockCodec(splits);
  let shapeKey = -1;
  let shape: RowShape | undefined;
  return {
    judge(request, rowJudged) {
      if (request.shapeKey !== shapeKey) {
        if (!request.shape) throw new Error("a block of an unknown COPY");
        shapeKey = request.shapeKey;
        shape = request.shape;
        for (const split of splits) {
          try {
            split.shape?.(shape);
          } catch {
            // Said on the calling thread, which runs the same shape.
          }
        }
      }
      const encoder = codec.encoder();
      const { lines, ranges } = request;
      for (let i = 0; i < lines.length; i++) {
        const row = copyRow(shape!, request.target, lines[i]!, request.firstRowIndex + i, unpackRange(ranges, i));
        encoder.add(mapRow(splits, row), row);
        rowJudged?.();
      }
      return encoder.finish();
    },
  };
}

/**
 * Analyze a plain-format pg_dump: stream it through the lexer, build the catalog, run the rules
 * over statements and every row, and return the report. Problems of the input (wrong format,
 * invalid UTF-8, truncation, malformed rows) become findings; only invalid options or an
 * unreadable spec/baseline argument throw (`ConfigError`).
 */
export async function analyze(input: InputSource, options: AnalyzeOptions = {}): Promise<Report> {
  return (await analyzeWithCatalog(input, options)).report;
}

/** `analyze`, also returning the finished catalog (for `dumpguard catalog` and tooling). */
/** What the engine actually ran with, after the config file, defaults and option schemas: what a receipt hashes. */
export interface EffectiveSettings {
  /** Rules that ran, in order, with the severity override ("default" when none) and the parsed options (defaults filled in). */
  rules: { id: string; severity: Severity | "default"; options: unknown }[];
  /** The validated baseline, when one was given, and its path when it came from a file. */
  baseline?: { path?: string; value: Baseline };
}

/** `readable` is false when the input could not be read whole (missing, binary, a damaged archive): its catalog is then not the dump's. */
export async function analyzeWithCatalog(input: InputSource, given: AnalyzeOptions = {}): Promise<{ report: Report; catalog: Catalog; settings: EffectiveSettings; readable: boolean }> {
  return analyzeRun(input, given);
}

/**
 * A rule-group thread's work (src/parallel/rule-split.ts): the rules `ids` run over the file at `path` with
 * `options` (the calling thread's, as it runs them), and their outputs come back for the calling thread's report.
 */
export async function ruleGroupOutputs(path: string, options: AnalyzeOptions, ids: readonly string[], onProgress?: (bytesRead: number) => void): Promise<RuleOutputs> {
  if ((options as SharingKnobs).ruleGroupFault) throw new Error("a rule group's thread failed (test)");
  if ((options as SharingKnobs).ruleGroupExit && !isMainThread) {
    const given = onProgress;
    onProgress = (bytes) => {
      given?.(bytes);
      process.exit(1);
    };
  }
  // `jobs` (3 or more on the calling thread): this group's rows are shared with `jobs - 1` threads of its own.
  const run = await analyzeRun({ path }, { ...options, jobs: options.jobs ?? 1, ...(onProgress ? { onProgress } : {}), ruleGroup: ids, noHash: true } as AnalyzeOptions);
  return run.ruleOutputs!;
}

type RunResult = { report: Report; catalog: Catalog; settings: EffectiveSettings; readable: boolean; ruleOutputs?: RuleOutputs };
async function analyzeRun(input: InputSource, given: AnalyzeOptions): Promise<RunResult> {
  const t0 = performance.now();
  const inputPath = typeof input === "object" && input !== null && "path" in input && typeof input.path === "string" ? input.path : undefined;
  const loadedConfig = given.config === undefined ? undefined : typeof given.config === "object" ? given.config : configForInput(given.config, inputPath);
  checkRuleOptions(given);
  const options = withConfig(given, loadedConfig);
  const knobs = options as AnalyzeOptions & SharingKnobs;
  /** Every rule of the run (the report lists them); `runs` below are those that run on this thread. */
  const allRuns = resolveRules(options);
  const keyResult = resolveFingerprintKey(options.fingerprintKey);
  if (keyResult.error) throw new ConfigError(keyResult.error);
  const fingerprintKey = keyResult.key;
  const baseline: Baseline | undefined = options.baseline !== undefined ? loadBaseline(options.baseline) : undefined;
  const specResult = options.spec !== undefined ? loadSpec(options.spec) : undefined;
  const spec = specResult?.ok ? { value: specResult.spec, path: specResult.path } : undefined;

  // Invalid rule options throw ConfigError here, before any input is read or thread started.
  const settings: EffectiveSettings = {
    rules: allRuns.map((run) => ({ id: run.rule.id, severity: run.severity ?? "default", options: ruleOptions(run.rule, options.rules?.[run.rule.id]) })),
    ...(baseline ? { baseline: { ...(typeof options.baseline === "string" ? { path: options.baseline } : {}), value: baseline } } : {}),
  };

  const rawFindings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const fromRules = new Set<Diagnostic>();
  const verdicts: ColumnVerdict[] = [];
  const sampling: { schema: string; table: string; rowsSeen: number; rowsSampled: number }[] = [];
  const builder = new CatalogBuilder();
  const liveCatalog: Catalog = builder.view();
  let catalog: Catalog = liveCatalog;

  // Where the file lies is looked at before its bytes are read (path-guard judges it).
  const pathFacts = allRuns.length ? await inspectInputPath(input) : undefined;
  // No `jobs` given: a regular file with 8 MB or more of rows is split by rule on two or more cores (defaultJobs, rowDataBytes:
  // a schema-heavy file is not); rows are shared only when asked.
  let rowBytes: { of: number; rows: number } | undefined;
  const splittable = (totalBytes: number | undefined) => {
    if (totalBytes === undefined || inputPath === undefined) return totalBytes;
    if (rowBytes?.of !== totalBytes) rowBytes = { of: totalBytes, rows: rowDataBytes(inputPath, totalBytes) };
    return rowBytes.rows;
  };
  const jobsFor = (totalBytes: number | undefined) =>
    Math.min(Math.max(1, Math.floor(options.jobs ?? (inputPath !== undefined && !knobs.ruleGroup ? defaultJobs(splittable(totalBytes)) : 1))), MAX_MAPPERS + 1);
  /**
   * The rule groups of an input of `totalBytes` (undefined: not a regular file) when it is checked by two, the
   * second on a worker thread that reads the file itself; undefined when it is not split.
   */
  const ruleSplitFor = (totalBytes: number | undefined): string[][] | undefined => {
    const jobs = jobsFor(totalBytes);
    if (
      knobs.ruleGroup !== undefined ||
      jobs < 2 ||
      inputPath === undefined ||
      options.ruleSet ||
      knobs.splitByRule === false ||
      knobs.mapperPool ||
      knobs.shareNothingHere ||
      // A regular file only (its size is known): a FIFO or /dev/stdin named by path cannot be read twice.
      totalBytes === undefined ||
      // Rows, not size, as for the default (rowDataBytes): every thread repeats the read and the catalog, so a schema-heavy
      // file (100k small tables: 35 MB, 3.5 MB of rows) cost more at --jobs 2 than at 1 (CLI, load ~9: 21.3 s CPU and 688 MB
      // against 13.6 s and 377 MB) and more again at 3 (29.3 s, 952 MB), the same report.
      (!knobs.splitSmallInputs && splittable(totalBytes)! < MIN_PARALLEL_BYTES)
    )
      return undefined;
    const groups = ruleGroups(
      allRuns.map((run) => run.rule.id),
      jobs,
    );
    return groups.length >= 2 ? groups : undefined;
  };
  // Threads allowed: the calling thread's sha256 goes to a helper thread, unless the rules are split: then this
  // thread, which has the lighter group, hashes inline and the worker keeps its core (realistic-100 at the default on
  // the idle machine, two batches of 4 interleaved pairs: mean wall 2.76 and 2.86 s against 2.87 and 2.90 s, peak
  // RSS ~12 MB lower without the hash thread's ring; realistic-500, 2 pairs: 9.93/10.25 s against 10.42/10.37 s).
  const opened = await openInput(input, knobs.noHash ? { noHash: true } : { hashThread: (size) => (options.jobs ?? availableParallelism()) >= 2 && ruleSplitFor(size) === undefined });
  const fileName = options.file ?? opened.name;
  const jobs = jobsFor(opened.totalBytes);

  // --jobs by rule (src/parallel/rule-split.ts): a file a worker can read itself is read by every group's thread.
  /** The workers: part 1 runs the other group; with a column share over more than 2 threads, parts 2 .. jobs-1 run only the shared rules' parts. */
  let groupThreads: RuleGroupThread[] | undefined;
  let groupElsewhere: readonly string[] | undefined;
  let optionsThere: AnalyzeOptions = {};
  let runs = allRuns;
  /** Rules whose columns are dealt over the threads (`ColumnShare`): a worker's part on a rule-group thread, else part 0; and each part's share. */
  let columnShared: ReadonlySet<string> = new Set(knobs.ruleGroup !== undefined ? (knobs.columnShared ?? []) : []);
  let columnShares: readonly number[] = knobs.ruleGroup !== undefined ? (knobs.columnShares ?? []) : [];
  const groups = ruleSplitFor(opened.totalBytes);
  if (knobs.ruleGroup !== undefined) runs = allRuns.filter((run) => knobs.ruleGroup!.includes(run.rule.id));
  else if (inputPath !== undefined && groups !== undefined) {
    // Only what the rules need crosses (the baseline, config, progress and signal apply here, once); the key as resolved here.
    const { baseline: _b, config: _c, onProgress: _p, ruleSet: _r, jobs: _j, signal: _s, timings: _t, fingerprintKey: _k, ...rest } = options;
    const { mapperPool: _mp, shareNothingHere: _sn, splitByRule: _sr, splitSmallInputs: _sm, ruleGroupThread: _rt, ...groupOptions } = rest as typeof rest & SharingKnobs;
    // The other group's rules that can split their columns (unsanitized-pii unless sampled) are dealt over all `jobs` threads
    // (columnShareFor, columnLayout): part 0 here beside this thread's whole rules, part 1 on a worker beside the rest of the other
    // group's rules (from SECRETS_APART_FROM_JOBS on, forbidden-secrets moves there too), parts 2 .. jobs-1 on workers of their own.
    // Without such a rule, with 3 or more jobs the other group's thread shares its rows with the jobs left (two groups at most, see ruleGroups).
    const ids = allRuns.map((run) => run.rule.id);
    const sharing = columnShareFor(groups[1]!, allRuns.map((run, i) => ({ rule: run.rule, options: settings.rules[i]!.options })));
    const layout = sharing.length > 0 ? columnLayout(ids, groups, sharing, jobs) : undefined;
    const { ruleGroupExit: exitKnob, ...common } = groupOptions as typeof groupOptions & SharingKnobs;
    optionsThere = { ...common, ...(layout === undefined && jobs >= 3 ? { jobs: jobs - 1 } : {}), ...(fileName !== undefined ? { file: fileName } : {}), ...(fingerprintKey ? { fingerprintKey } : {}) };
    /** Part `part`'s thread: its options (the exit knob only for the part it names; the share's layout) and rules (in rule order). */
    const partOptions = (part: number): AnalyzeOptions => ({
      ...optionsThere,
      ...(layout ? { columnShared: sharing, columnPart: part, columnShares: layout.shares } : {}),
      ...((exitKnob === true ? 1 : exitKnob) === part ? { ruleGroupExit: true } : {}),
    });
    const partIds = (part: number): string[] => (layout ? ids.filter((id) => layout.whole[part]!.includes(id) || sharing.includes(id)) : groups[1]!);
    const startPart = (part: number): RuleGroupThread | undefined =>
      knobs.ruleGroupThread === false ? undefined : knobs.ruleGroupThread === "here" ? groupInThisThread(inputPath, partOptions(part), partIds(part)) : startRuleGroup(inputPath, partOptions(part), partIds(part));
    const started: RuleGroupThread[] = [];
    for (let part = 1; part < (layout ? jobs : 2); part++) {
      const thread = startPart(part);
      if (thread === undefined) break;
      started.push(thread);
    }
    // Without a thread for every part, the other group's rules run here whole afterwards: no part of them runs here now.
    let hereIds = groups[0]!;
    if (started.length === (layout ? jobs : 2) - 1) {
      groupThreads = started;
      if (layout) {
        columnShared = new Set(sharing);
        columnShares = layout.shares;
        hereIds = layout.whole[0]!;
      }
    } else for (const thread of started) thread.stop();
    groupElsewhere = ids.filter((id) => !hereIds.includes(id));
    const here = new Set([...hereIds, ...columnShared]);
    runs = allRuns.filter((run) => here.has(run.rule.id));
  }

  const report = (run: RuleRun, f: FindingInput) => {
    const severity = run.severity ?? f.severity ?? run.rule.defaultSeverity;
    const location: Finding["location"] = f.specLocation
      ? { kind: "spec", ...f.specLocation }
      : f.range
        ? { kind: "dump", ...(fileName ? { file: fileName } : {}), range: f.range }
        : { kind: "input", ...(fileName ? { file: fileName } : {}) };
    const valueDigests = (f.evidence ?? []).map((e) => e.fingerprint ?? "").sort().join(",");
    const identity = f.identity ?? (valueDigests ? "" : f.message);
    const evidence = f.evidence?.map((e) => outputEvidence(e, fingerprintKey));
    // Unkeyed, the finding fingerprint covers only what the report shows (masked) and random values' digests, so it reveals nothing more.
    const findingFingerprint = fingerprintKey
      ? keyedFingerprint(fingerprintKey, run.rule.id, stableStringify(f.object ?? {}), identity, valueDigests)
      : fingerprint(run.rule.id, stableStringify(maskStrings(f.object ?? {})), maskSensitiveText(identity), (evidence ?? []).map((e) => e.fingerprint ?? `${e.detector}:${e.masked}`).sort().join(","));
    rawFindings.push(maskFinding({
      ruleId: run.rule.id,
      severity,
      message: f.message,
      ...(f.help !== undefined ? { help: f.help } : {}),
      location,
      ...(f.object !== undefined ? { object: f.object } : {}),
      ...(evidence !== undefined ? { evidence } : {}),
      ...(f.count !== undefined ? { count: f.count } : {}),
      ...(f.related !== undefined ? { related: f.related.slice(0, 3) } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.found !== undefined ? { found: f.found } : {}),
      fingerprint: findingFingerprint,
    }));
  };

  // A rule that throws is a bug in dumpguard, not in the dump: note it and keep the others running.
  const crashed = new Map<string, Diagnostic>();
  const crash = (run: RuleRun, err: unknown) => {
    if (crashed.has(run.rule.id)) return;
    const diagnostic: Diagnostic = { code: "rule-crashed", severity: "warning", message: `rule ${run.rule.id} failed (${(err as Error)?.name ?? "error"}); its results are incomplete` };
    crashed.set(run.rule.id, diagnostic);
    fromRules.add(diagnostic);
    diagnostics.push(diagnostic);
  };
  /**
   * What a column-shared rule's parts handed off (a worker's part: its state, to send; part 0: the workers' states, received in part order),
   * and the columns tallied by each part (`--timings`).
   */
  const handedOff = new Map<string, unknown>();
  const handedOver = new Map<string, readonly unknown[]>();
  const tallied: number[] = [];
  const columnPart = knobs.ruleGroup !== undefined ? (knobs.columnPart ?? 1) : 0;
  const columnShare = (run: RuleRun): ColumnShare => ({
    part: columnPart,
    parts: columnShares.length,
    shares: columnShares,
    handOff: (state) => {
      if (knobs.columnShareFault === columnPart) throw new Error("a column share's hand-off failed (test)");
      handedOff.set(run.rule.id, state);
    },
    handedOver: () => handedOver.get(run.rule.id) ?? [],
    tallied: (byPart) => byPart.forEach((count, part) => void (tallied[part] = (tallied[part] ?? 0) + count)),
  });
  const safely = <T>(run: RuleRun, listeners: ((x: T) => void)[], value: T) => {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (err) {
        crash(run, err);
      }
    }
  };
  // A split row listener fails like a plain one: a map that threw (on whichever thread) skips the row's reduce.
  const reduceSafely = (run: RuleRun, split: RowSplit<unknown>, row: RowEvent, result: unknown) => {
    if (isMapFailure(result)) return crash(run, { name: result.mapFailed });
    try {
      split.reduce(row, result);
    } catch (err) {
      crash(run, err);
    }
  };

  /**
   * A row judged and folded here, as `mapSafely` then `reduceSafely` would (a map that throws fails
   * the rule by its error's name and skips the reduce), without a failure object to make and test.
   */
  const mapAndReduce = (run: RuleRun, split: RowSplit<unknown>, row: RowEvent) => {
    let result: unknown;
    try {
      result = split.map(row);
    } catch (err) {
      return crash(run, { name: (err as Error)?.name ?? "error" });
    }
    try {
      split.reduce(row, result);
    } catch (err) {
      crash(run, err);
    }
  };

  for (const run of runs) {
    const parsedOptions = settings.rules[allRuns.indexOf(run)]!.options;
    const context: RuleContext<unknown> = {
      options: parsedOptions,
      get catalog() {
        return catalog;
      },
      ...(spec ? { spec } : {}),
      ...(fileName ? { file: fileName } : {}),
      ...(pathFacts ? { inputPath: pathFacts } : {}),
      onStatement: (l) => run.statement.push(l),
      onRow: (l) => run.row.push(l),
      onRowSplit: (s) => run.split.push(s),
      onMeta: (l) => run.meta.push(l),
      onComment: (l) => run.comment.push(l),
      onInputProblem: (l) => run.problem.push(l),
      onEnd: (l) => run.end.push(l),
      report: (f) => report(run, f),
      diagnose: (d) => {
        fromRules.add(d);
        diagnostics.push(d);
      },
      reportColumnVerdict: (v) => verdicts.push(v),
      reportSampling: (s) => sampling.push(s),
      ...(columnShared.has(run.rule.id) ? { columnShare: columnShare(run) } : {}),
    };
    if (knobs.columnShareFault === 0 && knobs.ruleGroup === undefined && columnShared.has(run.rule.id))
      Object.defineProperty(context, "columnShare", {
        get: () => {
          throw new Error("a column share failed here (test)");
        },
      });
    try {
      run.rule.check(context as RuleContext<never>);
    } catch (err) {
      const crash: Diagnostic = { code: "rule-crashed", severity: "warning", message: `rule ${run.rule.id} failed to start (${(err as Error)?.name ?? "error"})` };
      crashed.set(run.rule.id, crash);
      fromRules.add(crash);
      diagnostics.push(crash);
    }
  }

  const problem = (p: InputProblemEvent) => {
    for (const run of runs) safely(run, run.problem, p);
  };

  // Per-row work that threads may share (src/parallel/row-share.ts): workers are started at the first full block of COPY lines.
  const splits = runs.flatMap((run) => run.split.map((split) => ({ run, split })));
  const blockRows = knobs.blockRows ?? DEFAULT_BLOCK_ROWS;
  const mightShare = jobs >= 2 && options.jobs !== undefined && groupElsewhere === undefined && splits.length > 0 && !options.ruleSet && (knobs.shareSmallInputs || opened.totalBytes === undefined || splittable(opened.totalBytes)! >= MIN_PARALLEL_BYTES);

  let statements = 0;
  let rows = 0;
  /** The lexer feeding onEvent (set when reading starts). */
  let lexer: SqlLexer | undefined;
  let largeObjectRows = 0;
  let copy: CopyState | undefined;
  let lastRange: Range | undefined;
  /** Set when a COPY block, INSERT statement or large-object write begins: its first row calls `RowSplit.shape`. */
  let shapePending = false;

  /** Before a row is decoded: the split rules see its shape (first row of a block or statement). */
  const rowBegins = (shape: RowShape): void => {
    if (shapePending) {
      shapePending = false;
      for (const { run, split } of splits) if (split.shape) safely(run, [split.shape], shape);
    }
  };

  // JSON values too large to walk by key, per column: said once in a diagnostic, never lost silently.
  const unwalkedJson = new Map<string, { count: number; row: number; range: Range }>();
  const noteUnwalked = (row: RowEvent, i: number) => {
    const column = `${row.schema}.${row.table}.${row.columns[i] ?? `#${i + 1}`}`;
    const seen = unwalkedJson.get(column);
    if (seen) seen.count++;
    else unwalkedJson.set(column, { count: 1, row: row.rowIndex, range: row.range });
  };
  /**
   * `longest`: an upper bound on the values' lengths when known (a COPY line's), to skip looking for long JSON;
   * `unwalked`: the columns of long JSON when another thread looked (the values are then not read here).
   */
  const emitRow = (row: RowEvent, longest = Infinity, given?: readonly unknown[], unwalked?: readonly number[]) => {
    rows++;
    // Shorter values are over neither limit: JSON_WALK_LIMIT, nor MAX_JSON_LEAVES (a leaf takes two characters at least).
    if (unwalked !== undefined) for (const i of unwalked) noteUnwalked(row, i);
    else if (longest > 2 * MAX_JSON_LEAVES)
      for (let i = 0; i < row.values.length; i++) {
        const value = row.values[i];
        if (value != null && value.length > 2 * MAX_JSON_LEAVES && isUnwalkedJson(value, row.types[i])) noteUnwalked(row, i);
      }
    // The row's results when its block was judged before its fold (another thread, or this one ahead); else judged here.
    let k = 0;
    for (const run of runs) {
      if (run.row.length) safely(run, run.row, row);
      for (const split of run.split) {
        if (given) reduceSafely(run, split, row, given[k]);
        else mapAndReduce(run, split, row);
        k++;
      }
    }
  };

  const tableColumns = (schema: string, table: string): string[] => liveCatalog.table({ schema, name: table })?.columns.map((c) => c.name) ?? [];
  // One table lookup and one name -> type map per statement: a per-column catalog lookup scanned
  // the column list for every column, quadratic in a wide table's COPY (200k columns: minutes).
  const typesOf = (schema: string, table: string, columns: string[]): (string | undefined)[] => {
    const declared = liveCatalog.table({ schema, name: table })?.columns;
    if (!declared) return columns.map(() => undefined);
    const byName = new Map<string, string>();
    for (const c of declared) if (!byName.has(c.name)) byName.set(c.name, c.type);
    // A name that is not stored as written (`EMAIL` for `email`) takes the catalog's own folding rules.
    return columns.map((c) => byName.get(c) ?? liveCatalog.columnType({ schema, name: table }, c));
  };

  const onStatement = (event: Extract<LexEvent, { kind: "statement" }>) => {
    statements++;
    const kind = statementKind(event.text);
    const info: StatementInfo = event.truncated ? { ...event, statementKind: kind } : { kind: "statement", text: event.text, range: event.range, statementKind: kind };
    if (info.statementKind !== "INSERT") forgetInsertPlans();
    try {
      builder.statement(info);
    } catch {
      diagnostics.push({ code: "catalog-error", severity: "warning", message: `the catalog could not take this ${describeStatementKind(info.statementKind)} statement`, range: event.range });
    }
    for (const run of runs) if (run.statement.length) safely(run, run.statement, info);
    // Large object bytes (pg_dump's data section: lo_open, lowrite, lo_close) go through the rules like a bytea cell.
    const written = info.statementKind === "SELECT" ? builder.largeObjectWrite() : undefined;
    if (written) {
      shapePending = true;
      const rowIndex = largeObjectRows++;
      rowBegins(LARGE_OBJECT_SHAPE);
      emitRow({ ...LARGE_OBJECT_SHAPE, values: [written.oid, written.data], rowIndex, source: "large-object", range: event.range });
      return;
    }
    if (info.statementKind === "COPY") {
      const target = parseCopyStatement(event.text);
      if (target) {
        // The COPY's names are the catalog's strings where equal (src/core/intern.ts): rules keep them per table.
        const columns = target.columns?.map(intern) ?? tableColumns(target.schema, target.table);
        const types = typesOf(target.schema, target.table, columns);
        copy = new CopyState(target, columns, types, event.range);
        shapePending = true;
        if (target.format !== "text") problem({ code: "copy-format", message: `COPY ${target.format} format is not decoded; rows of ${target.schema}.${target.table} are not checked`, range: event.range, object: { kind: "table", schema: target.schema, table: target.table } });
      } else {
        problem({ code: "copy-unparsed", message: "a COPY statement could not be read; its data lines are skipped", range: event.range });
      }
    } else if (info.statementKind === "INSERT") onInsert(event);
  };

  /**
   * What every INSERT into one table with one header shares (`INSERT INTO public.t (a, b) VALUES`),
   * made once: the header is read from its tokens and the names and types from the catalog for the
   * first statement only, and the rules get one column array, one type array and one shape for the
   * whole table (their per-column plans, keyed by those arrays, are then found without a key string).
   * Kept while only INSERTs follow: any other statement (or meta command) may change the catalog.
   */
  interface InsertPlan {
    /** The statement text up to and including VALUES: another statement starting so has this header. */
    header: string;
    rowsFrom: number;
    schema: string;
    table: string;
    columns: string[];
    types: (string | undefined)[];
    shape: RowShape;
    where: string;
    object: { kind: "table"; schema: string; table: string };
    /** The catalog's table (whose `rowsFromInsert` numbers the rows), when it has one. */
    declared: Table | undefined;
    /** The split rules have seen `shape` (calling them again with it adds nothing). */
    shaped: boolean;
  }
  const insertPlans = new Map<string, InsertPlan>();
  let lastInsertPlan: InsertPlan | undefined;
  const forgetInsertPlans = () => {
    if (lastInsertPlan === undefined && insertPlans.size === 0) return;
    insertPlans.clear();
    lastInsertPlan = undefined;
  };

  const insertPlanFor = (text: string): InsertPlan | "unparsed" | undefined => {
    const last = lastInsertPlan;
    if (last !== undefined && text.startsWith(last.header) && !isIdentPart(text.charCodeAt(last.rowsFrom))) return last;
    const header = readInsertHeader(text);
    if (header === undefined) return "unparsed";
    if (header.body !== "values") return undefined;
    const key = text.slice(0, header.rowsFrom);
    const known = insertPlans.get(key);
    if (known !== undefined) return (lastInsertPlan = known);
    // Names cut from the statement would pin it (all its rows' values) for as long as a rule keeps them: a column
    // tally, a plan, a memo keeps a table's names to the end, and a table's first INSERT may be megabytes.
    const schema = detachedString(header.schema);
    const table = detachedString(header.table);
    const columns = header.columns?.map(detachedString) ?? tableColumns(schema, table);
    const types = typesOf(schema, table, columns);
    const plan: InsertPlan = {
      header: detachedString(key),
      rowsFrom: header.rowsFrom,
      schema,
      table,
      columns,
      types,
      shape: { schema, table, columns, types },
      where: insertWhere(schema, table),
      object: { kind: "table", schema, table },
      declared: liveCatalog.table({ schema, name: table }),
      shaped: false,
    };
    // A table the catalog does not declare yet is made by its first rows: its plan is not kept.
    if (plan.declared === undefined) return plan;
    if (insertPlans.size >= MAX_INSERT_PLANS) insertPlans.clear();
    insertPlans.set(plan.header, plan);
    return (lastInsertPlan = plan);
  };

  const onInsert = (event: Extract<LexEvent, { kind: "statement" }>) => {
    // Values are cut from a string of the statement's own (a copy unless the lexer decoded it alone),
    // so a value a rule keeps pins the statement, not the input chunk.
    const text = lexer?.statementTextIsOwn ? event.text : detachedString(event.text);
    const plan = insertPlanFor(text);
    if (plan === "unparsed") return problem({ code: "insert-unparsed", message: "an INSERT statement could not be read; its rows are not checked", range: event.range });
    if (plan === undefined) return insertFromTokens(text, event.range);
    const { schema, table, columns, types, shape, object } = plan;
    const already = (plan.declared ?? liveCatalog.table({ schema, name: table }))?.rowsFromInsert ?? 0;
    // Rows stream out of the statement as they are decoded: a --rows-per-insert statement never sits in memory as rows.
    const reader = new InsertRowReader(text, plan.rowsFrom, plan.where, columns.length);
    let count = 0;
    if (!plan.shaped) shapePending = true;
    for (let values = reader.next(); values !== undefined; values = reader.next()) {
      const rowIndex = already + count++;
      rowBegins(shape);
      for (const p of reader.problems) problem({ code: "insert-value", message: p, range: event.range, object });
      if (values.length !== columns.length)
        problem({ code: "row-width", message: `INSERT row has ${values.length} values for ${columns.length} columns of ${schema}.${table}`, range: event.range, object: { kind: "row", schema, table, row: rowIndex } });
      emitRow({ schema, table, columns, types, values, rowIndex, source: "insert", range: event.range });
    }
    if (count > 0 && plan.declared !== undefined) plan.shaped = true;
    try {
      builder.addRows({ schema, name: table }, count, "insert", event.range);
    } catch {
      /* counted as a catalog diagnostic below */
    }
  };

  /** An INSERT without a VALUES list (DEFAULT VALUES, a query): read whole from its tokens. */
  const insertFromTokens = (text: string, range: Range) => {
    const parsed = readInsertStatement(text);
    if (!parsed) return problem({ code: "insert-unparsed", message: "an INSERT statement could not be read; its rows are not checked", range });
    const columns = parsed.columns ?? tableColumns(parsed.schema, parsed.table);
    const types = typesOf(parsed.schema, parsed.table, columns);
    const already = liveCatalog.table({ schema: parsed.schema, name: parsed.table })?.rowsFromInsert ?? 0;
    const object = { kind: "table", schema: parsed.schema, table: parsed.table } as const;
    for (const p of parsed.problems) problem({ code: "insert-value", message: p, range, object });
    let count = 0;
    const shape: RowShape = { schema: parsed.schema, table: parsed.table, columns, types };
    shapePending = true;
    for (const { values, problems } of parsed.rows) {
      const rowIndex = already + count++;
      rowBegins(shape);
      for (const p of problems) problem({ code: "insert-value", message: p, range, object });
      if (values.length !== columns.length)
        problem({ code: "row-width", message: `INSERT row has ${values.length} values for ${columns.length} columns of ${parsed.schema}.${parsed.table}`, range, object: { kind: "row", schema: parsed.schema, table: parsed.table, row: rowIndex } });
      emitRow({ schema: parsed.schema, table: parsed.table, columns, types, values, rowIndex, source: "insert", range });
    }
    try {
      builder.addRows({ schema: parsed.schema, name: parsed.table }, count, "insert", range);
    } catch {
      /* counted as a catalog diagnostic below */
    }
  };

  /** Plain row listeners read every row's values: with none, a row a worker judged is folded without decoding its line. */
  const lazyFold = runs.every((run) => run.row.length === 0);
  /**
   * One COPY line, in input order: decoded, checked and folded (`given`: its results, when judged before; else judged now).
   * `decoded`: its values when already decoded (judged here ahead), or what a worker that judged it sent (its field count, its long JSON).
   */
  const foldLine = (line: string, range: Range, given: readonly unknown[] | undefined, decoded?: readonly (string | null)[] | BlockDecoder) => {
    const state = copy!;
    rowBegins(state.shape);
    const { target } = state;
    let row: RowEvent;
    let fields: number;
    let unwalked: readonly number[] | undefined;
    if (decoded !== undefined && !isValues(decoded) && lazyFold) {
      // Judged by a worker, whose encoders sent what the folds read: the values are decoded only if something still asks.
      row = new FoldedCopyRow(target.schema, target.table, state.columns, state.types, state.rowIndex++, range, line, target);
      fields = decoded.fields < 0 ? state.columns.length : decoded.fields;
      unwalked = decoded.unwalked ?? NO_COLUMNS;
    } else {
      // The line is a string of its own (the lexer's promise), so a value a rule keeps pins one line, not the input chunk.
      row = copyRow(state.shape, target, line, state.rowIndex++, range, decoded !== undefined && isValues(decoded) ? decoded : undefined);
      fields = row.values.length;
    }
    if (fields !== state.columns.length && state.columns.length > 0)
      problem({ code: "row-width", message: `COPY row has ${fields} fields for ${state.columns.length} columns of ${target.schema}.${target.table}`, range, object: { kind: "row", schema: target.schema, table: target.table, row: row.rowIndex } });
    state.uncounted++;
    emitRow(row, line.length, given, unwalked);
  };

  /** Rows gathered into blocks for worker threads, once a first block is full (a small dump never starts a thread). */
  let blocks: RowBlocks | undefined;
  let linesBeforeSharing = 0;
  let sharingUnavailable = false;
  const startBlocks = (): RowBlocks | undefined => {
    // Workers start once a block's worth of COPY lines came: until then, lines are folded as they come.
    if (sharingUnavailable || (++linesBeforeSharing < blockRows && !knobs.shareSmallInputs)) return undefined;
    // Only what the rules' row judgement needs crosses (the baseline, config, progress, signal and key apply here, once).
    const { baseline: _b, config: _c, onProgress: _p, ruleSet: _r, jobs: _j, signal: _s, timings: _t, fingerprintKey: _k, ...rest } = options;
    const { shareSmallInputs: _ss, blockRows: _br, mapperPool: _mp, patienceMs: _pm, shareNothingHere: _sn, ...mapperOptions } = rest as typeof rest & SharingKnobs;
    let pool: MapperPool | undefined;
    try {
      pool = knobs.mapperPool ? knobs.mapperPool(jobs - 1, mapperOptions) : startMappers(jobs - 1, mapperOptions);
    } catch {
      pool = undefined;
    }
    // No threads to be had (no worker script next to a re-bundled library, no resources): this thread judges every row, as with one job.
    if (!pool) {
      sharingUnavailable = true;
      return undefined;
    }
    const splitList = splits.map(({ split }) => split);
    const codec = blockCodec(splitList);
    return new RowBlocks(
      pool,
      {
        shapeHere: () => rowBegins(copy!.shape),
        mapLine: (line, range, rowIndex) => {
          const row = copyRow(copy!.shape, copy!.target, line, rowIndex, range);
          return { results: mapRow(splitList, row), values: row.values };
        },
        foldLine,
        codec,
      },
      blockRows,
      knobs.patienceMs,
      !knobs.shareNothingHere,
    );
  };

  const countCopyRows = () => {
    if (!copy || copy.uncounted === 0) return;
    builder.addRows({ schema: copy.target.schema, name: copy.target.table }, copy.uncounted, "copy", copy.statementRange);
    copy.uncounted = 0;
  };

  /** One COPY data line (the lexer's `onCopyLine`, or a `copy-data` event of a line cut at the line limit). */
  const copyLine = (line: string, range: Range) => {
    lastRange = range;
    if (!copy) return;
    if (mightShare) {
      blocks ??= startBlocks();
      if (blocks) {
        if (copy.shared !== true) {
          copy.shared = true;
          blocks.begin(copy.shape, copy.target, copy.rowIndex);
        }
        blocks.add(line, range);
        return;
      }
    }
    foldLine(line, range, undefined);
  };

  const onEvent = (event: LexEvent) => {
    // Rows gathered for threads are folded before anything else of the input is looked at: every listener sees input order.
    if (event.kind !== "copy-data" && blocks !== undefined && !blocks.idle) blocks.drain();
    lastRange = event.range;
    switch (event.kind) {
      case "statement":
        return onStatement(event);
      case "copy-data":
        return copyLine(event.line, event.range);
      case "copy-end":
        countCopyRows();
        copy = undefined;
        return;
      case "meta":
        forgetInsertPlans();
        builder.meta(event);
        for (const run of runs) if (run.meta.length) safely(run, run.meta, event);
        return;
      case "comment":
        builder.comment(event);
        for (const run of runs) if (run.comment.length) safely(run, run.comment, event);
        return;
      case "problem":
        return problem({ code: event.code, message: event.message, range: event.range });
    }
  };

  const tRead = performance.now();
  // A large input on the calling thread: its heap is kept near what is live (a worker has its own limit).
  const guardHeap = (opened.totalBytes ?? 0) >= LARGE_INPUT_BYTES ? heapGuard(MAIN_HEAP_MB) : undefined;
  try {
    lexer = new SqlLexer(onEvent, { onCopyLine: copyLine });
    for await (const piece of opened.pieces) {
      options.signal?.throwIfAborted();
      if (typeof piece === "string") lexer.write(piece);
      else lexer.writeUtf8(piece);
      // With rule groups on other threads, the progress is the slowest thread's.
      if (options.onProgress) options.onProgress(groupThreads ? Math.min(opened.bytesRead(), ...groupThreads.map((thread) => thread.bytesRead())) : opened.bytesRead(), opened.totalBytes);
      // Every chunk (one heap statistics call per MiB): every 8 MiB let a dump of 100k small tables grow its heap past twice its live set between looks.
      if (guardHeap) guardHeap();
    }
    lexer.end();
    blocks?.drain();
  } catch (err) {
    // A cancel is the caller's decision, not a problem of the input: no report for half a file.
    if (options.signal?.aborted) {
      blocks?.stop();
      groupThreads?.forEach((thread) => thread.stop());
      throw options.signal.reason;
    }
    // The rows read before the fault are folded, as a single thread folds them as they come.
    try {
      blocks?.drain();
    } catch {
      // Those still waiting are lost with the rest of the input.
    }
    // Never let a fault escape for a problem of the input: report where analysis stopped.
    problem({ code: "analysis-aborted", message: `analysis stopped early (${(err as Error)?.name ?? "error"}); results cover the input up to here`, ...(lastRange ? { range: lastRange } : {}) });
  } finally {
    blocks?.stop();
  }
  countCopyRows();
  const tLexed = performance.now();
  for (const p of opened.problems) {
    const position = { offset: p.offset, line: p.line ?? 1, column: p.column ?? 1 };
    problem({ code: p.code, message: p.message, ...(p.line !== undefined ? { range: { start: position, end: position } } : {}) });
  }

  try {
    catalog = builder.build();
  } catch {
    diagnostics.push({ code: "catalog-error", severity: "warning", message: "the catalog could not be completed; rules saw the catalog as streamed" });
  }
  appendAll(diagnostics, builder.diagnostics);
  for (const [column, { count, row, range }] of unwalkedJson)
    diagnostics.push({
      code: "json-not-walked",
      severity: "warning",
      message: `column ${column}: ${count} JSON value(s) longer than ${JSON_WALK_LIMIT / 1048576} MiB or with more than ${MAX_JSON_LEAVES.toLocaleString("en-US")} keys and values (the first in row ${row}) were not walked by key by every rule; keys such as password, ssn or host gave no context there, and the values were scanned as text`,
      range,
    });
  // A column-shared rule's part here ends once the other part's state is here (below).
  const endsLater = knobs.ruleGroup === undefined ? columnShared : new Set<string>();
  for (const run of runs) if (!endsLater.has(run.rule.id)) for (const l of run.end) safely(run, [l], undefined);
  // The other group's outputs (src/parallel/rule-split.ts); when its thread failed, or none could be had, its rules run here now.
  let groupRerunHere = false;
  let groupRowBlocks: number | undefined;
  if (groupElsewhere !== undefined) {
    const bytesHere = opened.provenance().bytes;
    const identityHere = opened.identity?.();
    /**
     * Whether the other group's thread read what this thread read: as many bytes, and the file identified alike
     * (device, inode, size, modification and change times) when each thread opened it and when each had read it,
     * so that a file rewritten in place at the same size, or replaced by another of that size, is not taken for
     * the one hashed here. Without identities (an archive's reads) the byte counts alone decide.
     */
    const readTheSame = (there: RuleOutputs): boolean => {
      if (there.bytes !== bytesHere) return false;
      if (identityHere === undefined || there.identity === undefined) return true;
      // A read that stopped before the end (a fault here) has no second identity: the others still must agree.
      const seen = [identityHere.opened, there.identity.opened, identityHere.read, there.identity.read].filter((id) => id !== undefined);
      return seen.every((id) => id === seen[0]);
    };
    const fromThreads = groupThreads ? await groupResult(allOf(groupThreads), options, opened.totalBytes) : undefined;
    // A column-shared rule whose part failed on any thread (a crash, no state handed off) is dropped on all and runs whole here with the rest.
    const sharedWhole = (there: readonly RuleOutputs[]): boolean => [...endsLater].every((id) => !crashed.has(id) && there.every((o) => o.handedOff?.[id] !== undefined));
    let outputs: RuleOutputs | undefined = fromThreads?.[0];
    // A thread that read other bytes read a file that changed meanwhile (still being written, rewritten): its rules run again here.
    if (fromThreads === undefined || !fromThreads.every(readTheSame) || !sharedWhole(fromThreads)) {
      groupRerunHere = true;
      // The parts here are dropped: their ends never run, and a crash of theirs is the rerun's to say.
      for (const id of endsLater) {
        const said = crashed.get(id);
        if (said) {
          diagnostics.splice(diagnostics.indexOf(said), 1);
          fromRules.delete(said);
        }
      }
      const { ruleGroupFault: _f, ruleGroupExit: _e, columnShared: _cs, columnPart: _cp, columnShares: _css, columnShareFault: _csf, ...again } = optionsThere as AnalyzeOptions & SharingKnobs;
      outputs = await ruleGroupOutputs(inputPath!, { ...again, ...(options.signal ? { signal: options.signal } : {}) }, groupElsewhere);
      if (!readTheSame(outputs))
        diagnostics.push({
          code: "input-changed",
          severity: "warning",
          message: `the file changed while it was checked (${bytesHere} bytes read for the digest and rules ${runs.filter((r) => !endsLater.has(r.rule.id)).map((r) => r.rule.id).join(", ")}, ${outputs.bytes} for rules ${groupElsewhere.join(", ")}${outputs.bytes === bytesHere ? "; the same size, but its modification or change time moved between the reads" : ""}): the report may mix two versions of it; check it again once it is complete`,
        });
    } else options.onProgress?.(opened.bytesRead(), opened.totalBytes);
    // Aborted while the other group ran (its last progress included): no report, whichever came first.
    options.signal?.throwIfAborted();
    if (!groupRerunHere) {
      for (const id of endsLater) handedOver.set(id, fromThreads!.map((o) => o.handedOff![id]));
      for (const run of runs) if (endsLater.has(run.rule.id)) for (const l of run.end) safely(run, [l], undefined);
    }
    groupRowBlocks = outputs!.rowBlocksElsewhere;
    // The parts' threads (2 and on) run only column-shared parts, which report nothing: their outputs add nothing, but nothing is dropped either.
    for (const there of groupRerunHere ? [outputs!] : fromThreads!) {
      appendAll(rawFindings, there.findings);
      appendAll(diagnostics, there.diagnostics);
      appendAll(verdicts, there.verdicts);
      appendAll(sampling, there.sampling);
    }
  }
  const tEnd = performance.now();

  if (opened.archive) locateInArchive(opened.archive, rawFindings, diagnostics);
  const { kept, suppressions } = applyBaseline(rawFindings.sort(compareFindings), baseline);
  const provenance = opened.provenance();
  const count = (s: Severity) => kept.filter((f) => f.severity === s).length;
  const result: Report = {
    tool: { name: "dumpguard", version: VERSION },
    input: {
      ...(fileName ? { path: fileName } : {}),
      ...provenance,
      format: opened.problems.some((p) => p.code === "unreadable") ? "unreadable" : opened.format,
      header: maskStrings(catalog.data.header),
      ...(opened.archive ? { archive: maskStrings(archiveFacts(opened.archive)) } : {}),
    },
    ...(loadedConfig ? { config: { file: loadedConfig.file } } : {}),
    rules: allRuns.map((r) => ({ id: r.rule.id, description: r.rule.description, severity: r.severity ?? "default" })),
    ...(specResult
      ? { spec: specResult.ok ? { ...(specResult.path ? { path: specResult.path } : {}), sha256: specResult.sha256 } : { ...(typeof options.spec === "string" ? { path: options.spec } : {}), errors: maskStrings(specResult.errors) } }
      : {}),
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: rawFindings.length - kept.length, statements, rows, tables: catalog.tables().length },
    findings: kept,
    diagnostics: diagnostics.map(maskDiagnostic).sort(compareDiagnostics),
    suppressions,
    ...(verdicts.length ? { columns: maskStrings(verdicts.sort(compareVerdicts)) } : {}),
    ...(sampling.length ? { sampling: maskStrings(sampling) } : {}),
    ...(options.timings ? { timings: { totalMs: tEnd - t0, readAndLexMs: tLexed - tRead, rulesEndMs: tEnd - tLexed, ...(blocks ? shareTimings(jobs, blocks.stats) : {}), ...(groupElsewhere ? { threads: groupRowBlocks !== undefined ? jobs : 1 + (groupThreads?.length ?? 1), ruleGroupRerunHere: groupRerunHere ? 1 : 0, ...(groupRowBlocks !== undefined ? { ruleGroupRowBlocksElsewhere: groupRowBlocks } : {}), ...(endsLater.size > 0 && !groupRerunHere ? columnTimings(tallied) : {}) } : {}) } } : {}),
  };
  // The catalog is only the dump's when the dump could be read: not a missing file, a binary, an
  // archive whose TOC or data is damaged (pg_dump archives are read natively, whole or not at all).
  const readable = !opened.problems.some((p) => UNREADABLE.has(p.code) || p.code.startsWith("not-plain-"));
  // A rule-group thread's outputs: its rules' findings (sorted, which changes no order a merge keeps), diagnostics, verdicts, sampling.
  const ruleOutputs: RuleOutputs | undefined = knobs.ruleGroup
    ? { findings: rawFindings, diagnostics: [...fromRules], verdicts, sampling, bytes: provenance.bytes, ...(handedOff.size > 0 ? { handedOff: Object.fromEntries([...handedOff].filter(([id]) => !crashed.has(id))) } : {}), ...(opened.identity ? { identity: opened.identity() } : {}), ...(blocks ? { rowBlocksElsewhere: blocks.stats.blocksElsewhere } : {}) }
    : undefined;
  return { report: result, catalog, settings, readable, ...(ruleOutputs ? { ruleOutputs } : {}) };
}

/** The columns tallied by each part of the column-shared rules (`--timings`): here (part 0), there (the workers' parts together), and by part. */
function columnTimings(byPart: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = { columnsTalliedHere: byPart[0] ?? 0, columnsTalliedThere: byPart.slice(1).reduce((n, count) => n + count, 0) };
  byPart.forEach((count, part) => void (counts[`columnsTalliedPart${part}`] = count));
  return counts;
}

/** Every part's thread as one: their outputs in part order once all ended, undefined as soon as one failed (the others are then stopped). */
function allOf(threads: readonly RuleGroupThread[]): { done: Promise<RuleOutputs[] | undefined>; bytesRead(): number; stop(): void } {
  let done: Promise<RuleOutputs[] | undefined> | undefined;
  const stop = () => threads.forEach((thread) => thread.stop());
  return {
    // Asked for once this thread's read is done (a "here" group starts then).
    get done() {
      return (done ??= new Promise<RuleOutputs[] | undefined>((resolve) => {
        const outputs: RuleOutputs[] = [];
        let left = threads.length;
        threads.forEach((thread, i) =>
          void thread.done.then((o) => {
            if (o === undefined) {
              stop();
              return resolve(undefined);
            }
            outputs[i] = o;
            if (--left === 0) resolve(outputs);
          }),
        );
      }));
    },
    // Progress is the slowest thread's.
    bytesRead: () => Math.min(...threads.map((thread) => thread.bytesRead())),
    stop,
  };
}

/** Tests (`ruleGroupThread: "here"`): the other group run in this thread once its outputs are first asked for (after this thread's read), cloned as a worker's message is. */
function groupInThisThread(path: string, options: AnalyzeOptions, ids: string[]): RuleGroupThread {
  let done: Promise<RuleOutputs | undefined> | undefined;
  return {
    ids,
    get done() {
      return (done ??= ruleGroupOutputs(path, options, ids).then(
        (outputs) => structuredClone(outputs),
        () => undefined,
      ));
    },
    bytesRead: () => 0,
    stop: () => {},
  };
}

/**
 * A rule group's outputs from its thread, once it ends; undefined when it failed. While waiting, progress
 * follows that thread's read, and an abort stops it (the caller's signal then rejects the run).
 */
async function groupResult<T>(thread: { done: Promise<T | undefined>; bytesRead(): number; stop(): void }, options: AnalyzeOptions, totalBytes: number | undefined): Promise<T | undefined> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const ticker = onProgress ? setInterval(() => onProgress(thread.bytesRead(), totalBytes), 200) : undefined;
  let onAbort: (() => void) | undefined;
  try {
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        thread.stop();
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    return await (signal ? Promise.race([thread.done, aborted]) : thread.done);
  } finally {
    if (ticker) clearInterval(ticker);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

/** How the rows were shared between threads (with `timings`): who judged how many blocks, and the calling thread's wait. */
function shareTimings(threads: number, stats: ShareStats): Record<string, number> {
  const { blocksHere, blocksElsewhere, blocksTakenOver, waitMs } = stats;
  return { threads, rowBlocksHere: blocksHere, rowBlocksElsewhere: blocksElsewhere, rowBlocksTakenOver: blocksTakenOver, rowBlockWaitMs: waitMs };
}

const NO_COLUMNS: readonly number[] = [];
const isValues = (decoded: readonly (string | null)[] | BlockDecoder): decoded is readonly (string | null)[] => Array.isArray(decoded);

/** Inputs from this size on keep the calling thread's heap near `MAIN_HEAP_MB` (src/core/heap-guard.ts). */
const LARGE_INPUT_BYTES = 8 * 1024 * 1024;
const MAIN_HEAP_MB = 64;

/** Distinct INSERT headers kept between two non-INSERT statements (a dump has one a table). */
const MAX_INSERT_PLANS = 1024;

const UNREADABLE = new Set(["unreadable", "empty", "archive-corrupt", "archive-unsupported"]);

/**
 * The TOC of a custom, directory or tar archive as `pg_restore --list` prints it, without reading
 * its data; `problem` says why there is none (not an archive, or a TOC that cannot be read).
 */
export async function archiveToc(input: InputSource): Promise<{ listing?: string; problem?: string }> {
  const opened = await openInput(input);
  if (opened.archive) return { listing: archiveListing(opened.archive) };
  for await (const _ of opened.text); // read to the end for the problems
  const problem = opened.problems[0]?.message;
  return { problem: problem ?? `${opened.name ?? "the input"} is a ${opened.format} dump, not a pg_dump archive (custom, directory or tar): only archives have a table of contents` };
}

/** Name the archive entry (and the line within it) of every position in the restore script. */
function locateInArchive(archive: NonNullable<Awaited<ReturnType<typeof openInput>>["archive"]>, findings: Finding[], diagnostics: Diagnostic[]): void {
  for (const f of findings) {
    if (f.location.kind === "dump") {
      const at = archive.locate(f.location.range.start);
      if (at) f.location.archive = at;
    }
    for (const r of f.related ?? []) {
      const at = archive.locate(r.range.start);
      if (at) r.archive = at;
    }
  }
  for (const d of diagnostics) {
    if (!d.range) continue;
    const at = archive.locate(d.range.start);
    if (at) d.archive = at;
  }
}

/** Diagnostics in report order; the last key makes the order total, so it never depends on arrival order (threads). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const byPlace = (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
  if (byPlace !== 0) return byPlace;
  const ka = stableStringify(a);
  const kb = stableStringify(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function compareVerdicts(a: ColumnVerdict, b: ColumnVerdict): number {
  return `${a.schema}.${a.table}.${a.column}`.localeCompare(`${b.schema}.${b.table}.${b.column}`);
}

export { ConfigError };
export type { InputSource };
