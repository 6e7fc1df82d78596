import type { ColumnVerdict, Diagnostic } from "../../../src/report/schema.js";
import type { ColumnShare, FindingInput, RowEvent, RowSplit, Rule, RuleContext } from "../../../src/rules/rule.js";
import type { unsanitizedPii } from "../../../src/rules/unsanitized-pii.js";

/** A minimal stand-in for the engine: collects reports, verdicts and sampling notes; rows are fed by hand. */
export function runRuleOnRows(rule: Rule, tables: { schema?: string; table: string; columns: string[]; types?: (string | undefined)[]; rows: Iterable<(string | null)[]> }[], options: unknown = {}, catalog?: unknown) {
  const rowListeners: ((row: RowEvent) => void)[] = [];
  const endListeners: (() => void)[] = [];
  const findings: FindingInput[] = [];
  const verdicts: ColumnVerdict[] = [];
  const diagnostics: Diagnostic[] = [];
  const sampling: { schema: string; table: string; rowsSeen: number; rowsSampled: number }[] = [];
  const ctx = {
    options: rule.options.parse(options),
    catalog: catalog as never,
    onStatement: () => {},
    onRow: (l: (row: RowEvent) => void) => rowListeners.push(l),
    onMeta: () => {},
    onComment: () => {},
    onInputProblem: () => {},
    onEnd: (l: () => void) => endListeners.push(l),
    report: (f: FindingInput) => findings.push(f),
    diagnose: (d: Diagnostic) => diagnostics.push(d),
    reportColumnVerdict: (v: ColumnVerdict) => verdicts.push(v),
    reportSampling: (s: (typeof sampling)[number]) => sampling.push(s),
  } as unknown as RuleContext<unknown>;
  rule.check(ctx);
  let line = 1;
  for (const t of tables) {
    let rowIndex = -1;
    for (const values of t.rows) {
      rowIndex++;
      line++;
      const range = { start: { offset: line * 100, line, column: 1 }, end: { offset: line * 100 + 50, line, column: 51 } };
      for (const l of rowListeners) {
        l({ schema: t.schema ?? "public", table: t.table, columns: t.columns, types: t.types ?? t.columns.map(() => "text"), values, rowIndex, source: "copy", range });
      }
    }
  }
  for (const l of endListeners) l();
  return { findings, verdicts, sampling, diagnostics };
}

/**
 * How the rows reach the rule: `rows` as row listeners (no split), `split` map then reduce per row on
 * this thread, `thread` every map result through the split's encoder, a structured clone (as to another
 * thread) and its decoder before the reduces.
 */
export type RowPath = "rows" | "split" | "thread";

export interface OneTable {
  schema: string;
  table: string;
  columns: string[];
  types: (string | undefined)[];
  /** Row i is on line firstLine + i, `width` characters wide. */
  firstLine: number;
  width: number;
}

/**
 * unsanitized-pii (passed in: a test may mock the modules it imports) over the rows of one table, through a
 * fake rule context that keeps what the rule reports; also each row's `map` result on the split paths.
 */
export function runRuleOnEvents(rule: typeof unsanitizedPii, table: OneTable, rows: (string | null)[][], { path = "rows", options = {}, columnShare }: { path?: RowPath; options?: object; columnShare?: ColumnShare } = {}) {
  const findings: unknown[] = [];
  const verdicts: ColumnVerdict[] = [];
  const diagnostics: Diagnostic[] = [];
  const onRow: ((row: RowEvent) => void)[] = [];
  const onEnd: (() => void)[] = [];
  let split: RowSplit<unknown> | undefined;
  const ctx = {
    options: rule.options.parse(options),
    catalog: undefined,
    onRow: (l: (row: RowEvent) => void) => onRow.push(l),
    onEnd: (l: () => void) => onEnd.push(l),
    report: (f: unknown) => findings.push(f),
    diagnose: (d: Diagnostic) => diagnostics.push(d),
    reportColumnVerdict: (v: ColumnVerdict) => verdicts.push(v),
    reportSampling: () => {},
    ...(path === "rows" ? {} : { onRowSplit: (s: RowSplit<unknown>) => void (split = s) }),
    ...(columnShare ? { columnShare } : {}),
  } as unknown as RuleContext<never>;
  rule.check(ctx);
  const { schema, table: name, columns, types, firstLine, width } = table;
  const events = rows.map((values, rowIndex): RowEvent => {
    const line = rowIndex + firstLine;
    return { schema, table: name, columns, types, values, rowIndex, source: "copy", range: { start: { offset: line * width, line, column: 1 }, end: { offset: line * width + width - 1, line, column: width } } };
  });
  const mapResults: unknown[] = [];
  if (split) {
    const s = split;
    s.shape?.(events[0]!);
    if (path === "thread") {
      const encoder = s.encoder!();
      for (const row of events) {
        const result = s.map(row);
        mapResults.push(result);
        encoder.add(result, row);
      }
      const decoder = s.decoder!(structuredClone(encoder.finish()));
      for (const row of events) s.reduce(row, decoder.next());
    } else {
      for (const row of events) {
        const result = s.map(row);
        mapResults.push(result);
        s.reduce(row, result);
      }
    }
  } else for (const row of events) for (const l of onRow) l(row);
  for (const l of onEnd) l();
  return { findings, verdicts, diagnostics, mapResults };
}
