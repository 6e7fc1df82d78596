// CPU of unsanitized-pii per column as the rule spends it (value memo, scanCell, column tally), to weigh
// columns when --jobs 2 splits the rule's columns between two threads (issue 12, src/rules/unsanitized-pii.ts
// COLUMN_WEIGHT). The dump's COPY rows are decoded first (not timed); each column is then judged on its own.
// `--hints`: free-text cells get their shared hints as when forbidden-secrets has read them (the calling thread).
//
//   node --import tsx scripts/pii-column-cost.ts .bench/realistic-20.sql [--hints] [--repeat N]
import { readDumpTables } from "./dump-tables.js";
import { tableRoles } from "../src/rules/judgement/column-roles.js";
import { mayBeJson } from "../src/rules/judgement/cell-json.js";
import { textHints } from "../src/rules/judgement/cell-hints.js";
import { ValueMemo } from "../src/rules/judgement/value-memo.js";
import { ColumnTally } from "../src/rules/pii/column-tally.js";
import { planColumnScan, scanCell, type CellMatch } from "../src/rules/pii/scan-cell.js";

const args = process.argv.slice(2);
const dump = args[0];
if (!dump) throw new Error("usage: scripts/pii-column-cost.ts DUMP [--hints] [--repeat N]");
const withHints = args.includes("--hints");
const repeat = args.includes("--repeat") ? Number(args[args.indexOf("--repeat") + 1]) : 1;
const tables = readDumpTables(dump);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const birth = { referenceYear: 2026, maxAge: 120 };
const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };

for (let r = 0; r < repeat; r++) {
  const perColumn: [string, number, string][] = [];
  let total = 0;
  for (const t of tables) {
    const roles = tableRoles(t.schema, t.table, t.columns, t.types).columns;
    t.columns.forEach((column, i) => {
      const role = roles[i];
      const plan = planColumnScan(column, t.types[i], true, { address: role?.address, personName: role?.personName, phoneNumber: role?.phoneNumber });
      if (plan.mode === "skip") return;
      const hints = withHints && plan.mode === "free-text" ? t.rows.map((row) => (row[i] == null ? 0 : textHints(row[i]!) | (1 << 30))) : undefined;
      const memo = new ValueMemo<CellMatch[]>();
      const tally = new ColumnTally(t.schema, t.table, column, plan.mode === "named" ? plan.name : undefined);
      const t0 = cpu();
      for (let k = 0; k < t.rows.length; k++) {
        const v = t.rows[k]![i] ?? null;
        let found: readonly CellMatch[] = [];
        if (v !== null) {
          const known = memo.recall(v);
          if (known !== undefined) found = known;
          else {
            const json = role?.jsonText && !plan.array && mayBeJson(role, v) ? true : undefined;
            const f = scanCell(v, plan, birth, json, hints?.[k] ?? 0);
            memo.remember(v, f);
            found = f;
          }
        }
        tally.addCell(v, found, range, k);
      }
      const ms = cpu() - t0;
      total += ms;
      perColumn.push([`${t.table}.${column}`, ms / t.rows.length * 1e3, plan.mode === "named" ? `named ${plan.name.category.id}` : `free-text${plan.json ? " json" : ""}${role?.jsonText ? " (json text)" : ""}`]);
    });
  }
  console.log(`${dump}${withHints ? " (hints)" : ""}: ${total.toFixed(0)} ms CPU over the scanned columns; per column, µs per row:`);
  for (const [name, us, mode] of perColumn.sort((a, b) => b[1] - a[1])) console.log(`${us.toFixed(2).padStart(7)}  ${name} (${mode})`);
}
