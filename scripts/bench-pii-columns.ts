// CPU cost of the unsanitized-pii rule alone, without the read/lex/decode pipeline, and per column:
// the dump's COPY rows are decoded first, then fed to the rule (as the engine would), then each
// column's cells are scanned on their own. For issue 12 work on the rule's per-cell path.
//
//   node --import tsx scripts/bench-pii-columns.ts .bench/realistic-20.sql [--repeat N] [--rule-only]
//   (--rule-only: skip the per-column part, e.g. to profile the rule with node --cpu-prof)
//
// Column types come from the dump's CREATE TABLE statements (a plain reading, enough for pg_dump output).
import { readDumpTables } from "./dump-tables.js";
import { tableRoles } from "../src/rules/judgement/column-roles.js";
import { planColumnScan, scanCell } from "../src/rules/pii/scan-cell.js";
import type { FindingInput, RowEvent, RowSplit, RuleContext } from "../src/rules/rule.js";
import { unsanitizedPii } from "../src/rules/unsanitized-pii.js";

const args = process.argv.slice(2);
const dump = args[0];
if (!dump) throw new Error("usage: scripts/bench-pii-columns.ts DUMP [--repeat N]");
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 1;
const tables = readDumpTables(dump);
const cells = tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function runRule(): { ms: number; findings: number } {
  const rowListeners: ((row: RowEvent) => void)[] = [];
  const splits: RowSplit<unknown>[] = [];
  const endListeners: (() => void)[] = [];
  const findings: FindingInput[] = [];
  const ctx = {
    options: unsanitizedPii.options.parse({}),
    catalog: undefined,
    onStatement: () => {}, onMeta: () => {}, onComment: () => {}, onInputProblem: () => {},
    onRow: (l: (row: RowEvent) => void) => rowListeners.push(l),
    // As the engine on one thread: shape at the first row of a block, then map and reduce per row.
    onRowSplit: (split: RowSplit<unknown>) => splits.push(split),
    onEnd: (l: () => void) => endListeners.push(l),
    report: (f: FindingInput) => findings.push(f),
    diagnose: () => {}, reportColumnVerdict: () => {}, reportSampling: () => {},
  } as unknown as RuleContext<never>;
  const t0 = cpu();
  unsanitizedPii.check(ctx);
  let line = 0;
  for (const t of tables) {
    for (const split of splits) split.shape?.({ schema: t.schema, table: t.table, columns: t.columns, types: t.types });
    t.rows.forEach((values, rowIndex) => {
      line++;
      const range = { start: { offset: line * 100, line, column: 1 }, end: { offset: line * 100 + 50, line, column: 51 } };
      const row: RowEvent = { schema: t.schema, table: t.table, columns: t.columns, types: t.types, values, rowIndex, source: "copy", range };
      for (const l of rowListeners) l(row);
      for (const split of splits) split.reduce(row, split.map(row));
    });
  }
  for (const l of endListeners) l();
  return { ms: cpu() - t0, findings: findings.length };
}

console.log(`${dump}: ${tables.length} tables, ${cells} cells`);
for (let r = 0; r < repeat; r++) {
  const { ms, findings } = runRule();
  console.log(`rule over decoded rows: ${ms.toFixed(0)} ms CPU (${((ms * 1e6) / cells).toFixed(0)} ns/cell), ${findings} findings`);
}
if (!args.includes("--rule-only")) scanColumns();

function scanColumns(): void {
  const birth = { referenceYear: 2026, maxAge: 120 };
  const perColumn: [string, number, string][] = [];
  for (const t of tables) {
    const roles = tableRoles(t.schema, t.table, t.columns, t.types).columns;
    t.columns.forEach((column, i) => {
      const role = roles[i];
      const plan = planColumnScan(column, t.types[i], true, { address: role?.address, personName: role?.personName, phoneNumber: role?.phoneNumber });
      const t0 = cpu();
      for (const row of t.rows) {
        const v = row[i];
        if (v !== null && v !== undefined) scanCell(v, plan, birth);
      }
      perColumn.push([`${t.table}.${column}`, cpu() - t0, plan.mode === "named" ? `named ${plan.name.category.id}` : plan.mode]);
    });
  }
  console.log("scanCell alone per column (no memo, no tally):");
  for (const [name, ms, mode] of perColumn.sort((a, b) => b[1] - a[1])) if (ms >= 1) console.log(`${ms.toFixed(0).padStart(6)} ms  ${name} (${mode})`);
}
