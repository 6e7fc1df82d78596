import type { ColumnVerdict, Diagnostic } from "../../../src/report/schema.js";
import type { FindingInput, RowEvent, Rule, RuleContext } from "../../../src/rules/rule.js";

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
