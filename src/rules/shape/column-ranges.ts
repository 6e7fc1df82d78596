import { resolveTableName } from "../../catalog/query.js";
import type { Range } from "../../report/location.js";
import { rangeIn, type LocatedText } from "../../lexer/position.js";
import { tokenizeSql } from "../../lexer/tokens.js";

/** Words that open a table-level element in a CREATE TABLE list rather than a column definition. */
const TABLE_ELEMENT_WORDS = new Set(["constraint", "primary", "unique", "check", "foreign", "exclude", "like"]);

/**
 * Where each column is declared in a `CREATE [UNLOGGED|FOREIGN] TABLE name (...)` statement: the range
 * from the column name to the end of its definition (the `,` or `)` that ends it excluded), so a finding
 * about a column points at its own line. Undefined for any other statement. Never throws.
 */
export function createTableColumnRanges(statement: LocatedText): { schema: string; table: string; columns: Map<string, Range> } | undefined {
  const tokens = tokenizeSql(statement.text).filter((t) => t.type !== "comment");
  let i = 0;
  const word = (k: number) => (tokens[k]?.type === "word" ? tokens[k]!.value : undefined);
  if (word(i++) !== "create") return undefined;
  while (["unlogged", "foreign", "global", "local", "temporary", "temp"].includes(word(i) ?? "")) i++;
  if (word(i++) !== "table") return undefined;
  if (word(i) === "if" && word(i + 1) === "not" && word(i + 2) === "exists") i += 3;
  const nameStart = tokens[i]?.start;
  while (i < tokens.length && !(tokens[i]!.type === "punct" && tokens[i]!.value === "(")) i++;
  const open = tokens[i];
  if (nameStart === undefined || !open) return undefined;
  const name = resolveTableName(statement.text.slice(nameStart, open.start).trim());
  if (!name) return undefined;
  const columns = new Map<string, Range>();
  let depth = 1;
  let elementStart = i + 1;
  for (i = i + 1; i < tokens.length && depth > 0; i++) {
    const t = tokens[i]!;
    if (t.type !== "punct") continue;
    if (t.value === "(" || t.value === "[") depth++;
    else if (t.value === ")" || t.value === "]") depth--;
    if ((t.value === "," && depth === 1) || depth === 0) {
      const first = tokens[elementStart];
      const last = tokens[i - 1];
      if (first && last && elementStart < i && (first.type === "quoted-identifier" || (first.type === "word" && !TABLE_ELEMENT_WORDS.has(first.value))) && !columns.has(first.value))
        columns.set(first.value, rangeIn(statement, first.start, last.end));
      elementStart = i + 1;
    }
  }
  return { schema: name.schema, table: name.name, columns };
}
