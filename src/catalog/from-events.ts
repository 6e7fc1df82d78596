import { parseCopyStatement } from "../data/copy.js";
import { parseInsertStatement } from "../data/insert.js";
import type { LexEvent } from "../lexer/events.js";
import type { Diagnostic } from "../report/schema.js";
import { CatalogBuilder, type CatalogBuilderOptions } from "./build.js";
import type { Catalog } from "./catalog.js";
import type { ParseCounts } from "./catalog-state.js";

/**
 * The catalog of a dump already split into lexer events: statements go to the builder, COPY data
 * lines and INSERT rows are counted per table. What the engine does while streaming, without rules.
 */
export function catalogFromEvents(events: Iterable<LexEvent>, options: CatalogBuilderOptions = {}): { catalog: Catalog; diagnostics: Diagnostic[]; parseCounts: Record<string, ParseCounts> } {
  const builder = new CatalogBuilder(options);
  let copyTarget: { schema: string; name: string } | undefined;
  for (const event of events) {
    switch (event.kind) {
      case "statement": {
        builder.statement({ ...event, statementKind: "" });
        const head = event.text.slice(0, 12).toUpperCase();
        if (head.startsWith("COPY")) {
          const target = parseCopyStatement(event.text);
          copyTarget = target ? { schema: target.schema, name: target.table } : undefined;
        } else if (head.startsWith("INSERT")) {
          const parsed = parseInsertStatement(event.text);
          if (parsed) builder.addRows({ schema: parsed.schema, name: parsed.table }, parsed.rows.length, "insert", event.range);
        }
        break;
      }
      case "copy-data":
        if (copyTarget) builder.addRows(copyTarget, 1, "copy", event.range);
        break;
      case "copy-end":
        copyTarget = undefined;
        break;
      case "meta":
        builder.meta(event);
        break;
      case "comment":
        builder.comment(event);
        break;
      default:
        break;
    }
  }
  const catalog = builder.build();
  return { catalog, diagnostics: builder.diagnostics, parseCounts: builder.parseCounts() };
}
