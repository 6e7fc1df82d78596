import { z } from "zod";
import { defineRule } from "./rule.js";
import { RowChecks } from "./shape/row-checks.js";
import { checkStructure } from "./shape/structure.js";

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
    ctx.onStatement((statement) => rows.statement(statement.statementKind, statement.range));
    ctx.onRow((row) => rows.row(row, ctx.catalog));
    ctx.onEnd(() => {
      for (const finding of checkStructure(ctx.catalog, spec.value, spec.path, {
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
