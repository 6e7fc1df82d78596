import { z } from "zod";
import { defineRule } from "./rule.js";
import { RowChecks } from "./shape/row-checks.js";
import { checkStructure } from "./shape/structure.js";
import { createTableColumnRanges } from "./shape/column-ranges.js";
import type { Range } from "../report/location.js";

/**
 * The dump holds what the rehearsal needs, per the spec file (issue 4): required tables, columns,
 * types (see `shape/type-compat.ts`), keys, row minimums, column roles with data checks, conditional
 * groups, snapshot anchors and the sender's attestation. Structure is checked once the catalog is
 * complete; data roles while rows stream, with bounded state.
 */
export const requiredShape = defineRule({
  id: "required-shape",
  description: "The dump must contain the tables, columns, keys and data the spec file requires.",
  defaultSeverity: "error",
  options: z
    .object({
      /** Distinct id values remembered for the uniqueness check, across all `id` columns (about 100 bytes each). */
      maxTrackedIds: z.number().int().positive().default(1_000_000),
    })
    .strict(),
  check(ctx) {
    const spec = ctx.spec;
    if (!spec) return;
    const rows = new RowChecks(spec.value, { maxTrackedIds: ctx.options.maxTrackedIds });
    ctx.onComment((comment) => rows.comment(comment.text));
    // Column lines of the tables the spec names, for findings about one column.
    const named = new Set<string>();
    for (const t of [...spec.value.tables, ...spec.value.groups.flatMap((g) => g.tables)]) named.add(`${t.schema}\0${t.name}`);
    const columnLines = new Map<string, Map<string, Range>>();
    ctx.onStatement((statement) => {
      rows.statement(statement.statementKind, statement.range);
      if (!statement.statementKind.startsWith("CREATE") || !statement.statementKind.includes("TABLE")) return;
      const declared = createTableColumnRanges(statement);
      if (declared && named.has(`${declared.schema}\0${declared.table}`)) columnLines.set(`${declared.schema}\0${declared.table}`, declared.columns);
    });
    ctx.onRow((row) => rows.row(row, ctx.catalog));
    ctx.onEnd(() => {
      for (const finding of checkStructure(ctx.catalog, spec.value, spec.path, {
        column: (schema, table, column) => columnLines.get(`${schema}\0${table}`)?.get(column),
        data: (schema, table) => rows.dataRange(schema, table),
      })) ctx.report(finding);
      for (const finding of rows.findings(ctx.catalog, spec.path)) ctx.report(finding);
      if (rows.idCapReached)
        ctx.diagnose({
          code: "required-shape-id-cap",
          severity: "info",
          message: `required-shape remembered ${ctx.options.maxTrackedIds} distinct ids; ids beyond that were not checked for uniqueness (option maxTrackedIds)`,
        });
    });
  },
});
