import type { SqlToken } from "../lexer/tokens.js";

/** A bare word or a quoted identifier as a name; undefined for any other token. */
export const nameOf = (t: SqlToken | undefined): string | undefined => (t && (t.type === "word" || t.type === "quoted-identifier") ? t.value : undefined);

const isPunct = (t: SqlToken | undefined, v: string) => t !== undefined && t.type === "punct" && t.value === v;

/**
 * The table named at `tokens[start]` (`t`, `s.t`, `"Odd"."Name"`), its schema `public` when unqualified
 * (pg_dump always qualifies; hand-written COPY and INSERT often do not), and the index after it.
 * Of a longer dotted name (`db.s.t`) the last two parts count. Undefined when no name starts there.
 */
export function readTableName(tokens: readonly SqlToken[], start: number): { schema: string; table: string; next: number } | undefined {
  let i = start;
  const parts: string[] = [];
  for (;;) {
    const part = nameOf(tokens[i]);
    if (part === undefined) break;
    parts.push(part);
    i++;
    if (isPunct(tokens[i], ".") && nameOf(tokens[i + 1]) !== undefined) i++;
    else break;
  }
  if (parts.length === 0) return undefined;
  return { schema: parts.length >= 2 ? parts[parts.length - 2]! : "public", table: parts[parts.length - 1]!, next: i };
}

/**
 * The parenthesised column list at `tokens[start]` (`(a, "B")`) and the index after its `)`;
 * undefined when no `(` is there (the statement names no columns).
 */
export function readColumnList(tokens: readonly SqlToken[], start: number): { columns: string[]; next: number } | undefined {
  if (!isPunct(tokens[start], "(")) return undefined;
  const columns: string[] = [];
  let i = start + 1;
  for (; i < tokens.length && !isPunct(tokens[i], ")"); i++) {
    const column = nameOf(tokens[i]);
    if (column !== undefined) columns.push(column);
  }
  return { columns, next: i + 1 };
}
