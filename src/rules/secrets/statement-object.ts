import { tokenizeSql } from "../../lexer/tokens.js";
import type { ObjectRef } from "../../report/schema.js";

/** Object kinds as the report names them, by statement kind. */
const KIND_NAMES: Record<string, string> = {
  "CREATE SERVER": "server",
  "ALTER SERVER": "server",
  "CREATE USER MAPPING": "user mapping",
  "ALTER USER MAPPING": "user mapping",
  "CREATE SUBSCRIPTION": "subscription",
  "ALTER SUBSCRIPTION": "subscription",
  "CREATE ROLE": "role",
  "ALTER ROLE": "role",
  "CREATE USER": "role",
  "ALTER USER": "role",
  "CREATE FUNCTION": "function",
  "CREATE PROCEDURE": "procedure",
  "CREATE VIEW": "view",
  "CREATE MATERIALIZED VIEW": "materialized view",
  "CREATE TABLE": "table",
  "ALTER TABLE": "table",
  "CREATE TRIGGER": "trigger",
  SET: "setting",
  SELECT: "setting",
};

const SKIP_WORDS = new Set(["or", "replace", "if", "not", "exists", "only", "with"]);

/**
 * The object a DDL statement defines or changes, as far as its first tokens tell:
 * `CREATE USER MAPPING FOR app SERVER remote` -> { kind: "user mapping", name: "app@remote" };
 * `ALTER TABLE ONLY public.t ALTER COLUMN c SET DEFAULT …` -> { kind: "column", schema, table, column };
 * `COMMENT ON COLUMN public.t.c IS …` -> { kind: "comment", name: "public.t.c" }.
 */
export function statementObject(text: string, kind: string): ObjectRef {
  const tokens = tokenizeSql(text.length > 4096 ? text.slice(0, 4096) : text).filter((t) => t.type !== "comment");
  const words = kind.split(" ").length;
  // Skip the kind's words (and OR REPLACE, IF NOT EXISTS, ONLY, modifiers) to the first name.
  let i = 0;
  let seen = 0;
  while (i < tokens.length && seen < words) {
    const t = tokens[i]!;
    if (t.type === "word" && kind.split(" ").includes(t.value.toUpperCase())) seen++;
    i++;
  }
  while (i < tokens.length && tokens[i]!.type === "word" && SKIP_WORDS.has(tokens[i]!.value)) i++;
  const qualified = (): string[] => {
    const parts: string[] = [];
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.type !== "word" && t.type !== "quoted-identifier") break;
      parts.push(t.value);
      i++;
      if (tokens[i]?.raw !== ".") break;
      i++;
    }
    return parts;
  };
  const objectKind = KIND_NAMES[kind] ?? (kind.startsWith("COMMENT ON") ? "comment" : kind.toLowerCase() || "statement");
  if (kind === "CREATE USER MAPPING" || kind === "ALTER USER MAPPING") {
    if (tokens[i]?.value === "for") i++;
    const user = qualified().join(".");
    if (tokens[i]?.value === "server") i++;
    const server = qualified().join(".");
    return { kind: objectKind, name: `${user}@${server}` };
  }
  if (kind === "SELECT" || kind === "DO") return { kind: objectKind };
  if (kind.startsWith("COMMENT ON")) {
    // COMMENT ON <type words> name IS …: the name is the last qualified name before IS.
    const is = tokens.findIndex((t) => t.type === "word" && t.value === "is");
    const nameTokens = tokens.slice(0, is === -1 ? tokens.length : is);
    let j = nameTokens.length;
    while (j > 0 && (nameTokens[j - 1]!.type === "word" || nameTokens[j - 1]!.type === "quoted-identifier" || nameTokens[j - 1]!.raw === ".")) j--;
    const name = nameTokens
      .slice(j)
      .filter((t) => t.raw !== ".")
      .map((t) => t.value)
      .slice(-3);
    return { kind: "comment", name: name.join(".") };
  }
  const name = qualified();
  if (name.length === 0) return { kind: objectKind };
  const schema = name.length > 1 ? name[0] : undefined;
  const object = name[name.length - 1]!;
  if (kind === "ALTER TABLE" || kind === "CREATE TABLE") {
    const ref: ObjectRef = { kind: "table", ...(schema ? { schema } : {}), table: object };
    if (kind === "ALTER TABLE") {
      const col = tokens.findIndex((t, k) => k >= i && t.type === "word" && t.value === "column");
      const colName = tokens[col + 1];
      if (col !== -1 && colName && (colName.type === "word" || colName.type === "quoted-identifier")) return { ...ref, kind: "column", column: colName.value };
    }
    return ref;
  }
  return { kind: objectKind, ...(schema ? { schema } : {}), name: object };
}
