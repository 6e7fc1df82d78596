import { tokenizeSql } from "../../src/lexer/tokens.js";
import type { Range } from "../../src/report/location.js";
import type { StatementInfo } from "../../src/rules/rule.js";

/** Position of a string offset (tests use ASCII, so byte offset = string offset). */
export function positionAt(text: string, offset: number): Range["start"] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) (line++, (lineStart = i + 1));
  return { offset, line, column: offset - lineStart + 1 };
}

/** Split DDL-only SQL (no COPY data) at top-level `;` for builder tests that do not need the lexer. */
export function ddlStatements(sql: string): StatementInfo[] {
  const out: StatementInfo[] = [];
  let start: number | undefined;
  for (const t of tokenizeSql(sql, { comments: false })) {
    start ??= t.start;
    if (t.type === "punct" && t.value === ";") {
      const text = sql.slice(start, t.end);
      out.push({ kind: "statement", text, range: { start: positionAt(sql, start), end: positionAt(sql, t.end) }, statementKind: "" });
      start = undefined;
    }
  }
  return out;
}
