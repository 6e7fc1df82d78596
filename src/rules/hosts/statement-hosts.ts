import type { SqlToken } from "../../lexer/tokens.js";
import { readSqlToken } from "../../lexer/tokens.js";
import { leadingTokens, TokenWindow } from "../../lexer/token-window.js";
import type { ObjectRef } from "../../report/schema.js";
import { extractHostsFromHostValue, extractHostsFromText, type HostMention } from "./extract-hosts.js";
import { hostRoleOfName, hostRoleOfOption, type HostNameRole } from "./host-words.js";

/**
 * Where a host sits in a statement decides how much it matters (issue 6 point 5):
 * a connection target (FDW server, user mapping, foreign table, subscription, dblink in a
 * routine) is what a restore or the first call would connect to.
 */
export type StatementHostContext = "connection-target" | "routine-body" | "comment" | "view" | "default" | "other";

export interface StatementHostMention {
  mention: HostMention;
  /** UTF-16 index range of the host in the statement text. */
  start: number;
  end: number;
  context: StatementHostContext;
  /** The role the surrounding option or column name gives the value ("host" makes a single word a host). */
  role?: HostNameRole;
  object: ObjectRef;
}

/** Literal alternatives only: linear time. */
const connectingCall = /dblink|postgres_fdw|http_get|http_post|http_put|http_patch|http_delete|http_head|net\.http_/i;

/** Statement kinds whose strings carry values rules see elsewhere (rows) or nothing host-like. */
const skippedKinds: ReadonlySet<string> = new Set(["INSERT", "COPY"]);

/**
 * A statement is read token by token, never as a whole token array (~80 bytes a token): the last
 * LOOK_BEHIND tokens are kept for nameBefore (it walks back 63), and the object a statement names
 * is read from its first HEAD_TOKENS tokens (its name, or a COMMENT ON target, comes first).
 */
const LOOK_BEHIND = 72;
const HEAD_TOKENS = 4096;

function isName(token: SqlToken | undefined): boolean {
  return token !== undefined && (token.type === "word" || token.type === "quoted-identifier");
}

/** A possibly qualified name starting at token `i`: `a`, `a.b`, `"A".b.c`. */
function qualifiedNameAt(tokens: readonly SqlToken[], i: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let k = i;
  while (isName(tokens[k])) {
    parts.push(tokens[k]!.value);
    if (tokens[k + 1]?.type === "punct" && tokens[k + 1]?.raw === ".") k += 2;
    else {
      k++;
      break;
    }
  }
  return { parts, next: k };
}

function wordIndex(tokens: readonly SqlToken[], word: string, from = 0, limit = 12): number {
  for (let k = from; k < tokens.length && k < from + limit; k++) {
    if (tokens[k]!.type === "word" && tokens[k]!.value === word) return k;
  }
  return -1;
}

/** The name after `CREATE|ALTER <kind words>`, skipping IF [NOT] EXISTS and ONLY. */
function objectNameAfter(tokens: readonly SqlToken[], kindWord: string): string[] {
  let k = wordIndex(tokens, kindWord);
  if (k < 0) return [];
  k++;
  while (tokens[k]?.type === "word" && ["if", "not", "exists", "only"].includes(tokens[k]!.value)) k++;
  return qualifiedNameAt(tokens, k).parts;
}

function schemaAndName(parts: string[]): { schema?: string; name?: string } {
  if (parts.length >= 2) return { schema: parts[parts.length - 2]!, name: parts[parts.length - 1]! };
  if (parts.length === 1) return { name: parts[0]! };
  return {};
}

function describeObject(kind: string, tokens: readonly SqlToken[]): ObjectRef {
  switch (kind) {
    case "CREATE SERVER":
    case "ALTER SERVER": {
      const { name } = schemaAndName(objectNameAfter(tokens, "server"));
      return { kind: "server", ...(name ? { name } : {}) };
    }
    case "CREATE USER MAPPING":
    case "ALTER USER MAPPING": {
      const forAt = wordIndex(tokens, "for");
      const user = forAt >= 0 ? tokens[forAt + 1]?.value : undefined;
      const serverAt = wordIndex(tokens, "server", 3, 20);
      const server = serverAt >= 0 ? tokens[serverAt + 1]?.value : undefined;
      return { kind: "user mapping", name: `${user ?? "?"}@${server ?? "?"}` };
    }
    case "CREATE FOREIGN TABLE":
    case "ALTER FOREIGN TABLE": {
      const { schema, name } = schemaAndName(objectNameAfter(tokens, "table"));
      return { kind: "foreign table", ...(schema ? { schema } : {}), ...(name ? { table: name } : {}) };
    }
    case "CREATE SUBSCRIPTION":
    case "ALTER SUBSCRIPTION": {
      const { name } = schemaAndName(objectNameAfter(tokens, "subscription"));
      return { kind: "subscription", ...(name ? { name } : {}) };
    }
    case "CREATE FUNCTION":
    case "CREATE PROCEDURE": {
      const word = kind === "CREATE FUNCTION" ? "function" : "procedure";
      const { schema, name } = schemaAndName(objectNameAfter(tokens, word));
      return { kind: word, ...(schema ? { schema } : {}), ...(name ? { name } : {}) };
    }
    case "CREATE VIEW":
    case "CREATE MATERIALIZED VIEW": {
      const { schema, name } = schemaAndName(objectNameAfter(tokens, "view"));
      return { kind: kind === "CREATE VIEW" ? "view" : "materialized view", ...(schema ? { schema } : {}), ...(name ? { table: name } : {}) };
    }
    case "CREATE TABLE":
    case "ALTER TABLE": {
      const { schema, name } = schemaAndName(objectNameAfter(tokens, "table"));
      return { kind: "table", ...(schema ? { schema } : {}), ...(name ? { table: name } : {}) };
    }
    case "ALTER ROLE":
    case "ALTER USER":
    case "ALTER DATABASE": {
      const word = kind === "ALTER DATABASE" ? "database" : kind === "ALTER ROLE" ? "role" : "user";
      const { name } = schemaAndName(objectNameAfter(tokens, word));
      return { kind: word === "database" ? "database setting" : "role setting", ...(name ? { name } : {}) };
    }
    default: {
      if (kind.startsWith("COMMENT ON")) {
        // COMMENT ON <object type words> <name> IS '...': name the commented object by its text.
        const isAt = tokens.findIndex((t) => t.type === "word" && t.value === "is");
        const target = isAt > 3 ? tokens.slice(3, isAt).map((t) => t.raw).join(" ").replace(/ \. /g, ".").replace(/ \./g, ".") : "";
        return { kind: "comment", name: `${tokens[2]?.value ?? ""} ${target}`.trim() };
      }
      return { kind: kind.toLowerCase() || "statement" };
    }
  }
}

function contextOf(kind: string, routineUsesDblink: boolean): StatementHostContext {
  switch (kind) {
    case "CREATE SERVER":
    case "ALTER SERVER":
    case "CREATE USER MAPPING":
    case "ALTER USER MAPPING":
    case "CREATE FOREIGN TABLE":
    case "ALTER FOREIGN TABLE":
    case "CREATE SUBSCRIPTION":
    case "ALTER SUBSCRIPTION":
      return "connection-target";
    case "CREATE FUNCTION":
    case "CREATE PROCEDURE":
      return routineUsesDblink ? "connection-target" : "routine-body";
    case "CREATE VIEW":
    case "CREATE MATERIALIZED VIEW":
      return "view";
    case "CREATE TABLE":
    case "ALTER TABLE":
      return "default";
    default:
      return kind.startsWith("COMMENT ON") ? "comment" : "other";
  }
}

/** Length of a string token's opening delimiter, when its raw text holds the decoded value verbatim; else -1. */
function verbatimOpening(token: SqlToken): number {
  let open = 1;
  if (token.prefix === "$") open = token.raw.indexOf("$", 1) + 1;
  else if (token.prefix === "U&") open = 3;
  else if (token.prefix !== undefined) open = 2;
  if (open <= 0) return -1;
  return token.raw.startsWith(token.value, open) ? open : -1;
}

/**
 * The option name a string value belongs to: `OPTIONS (host 'x', port '5432')` pairs a name
 * with the next string; `DEFAULT 'x'` in a column definition pairs the column name.
 */
function nameBefore(tokens: TokenWindow, i: number): { name: string; viaDefault: boolean; viaSetting?: true } | undefined {
  const prev = tokens.at(i - 1);
  if (!prev) return undefined;
  // A setting: `SET app.db_host = 'x'`, `ALTER ROLE r SET app.api_url TO 'x'` (its last name part).
  if ((prev.type === "operator" && prev.raw === "=") || (prev.type === "word" && prev.value === "to")) {
    const name = tokens.at(i - 2);
    return isName(name) ? { name: name!.value, viaDefault: false, viaSetting: true } : undefined;
  }
  if (isName(prev) && prev.value !== "default" && prev.value !== "is" && prev.value !== "connection") {
    // OPTIONS (ADD host 'x') / SET host 'x'
    return { name: prev.value, viaDefault: false };
  }
  if (prev.type === "word" && prev.value === "default") {
    // Walk back to the column name: CREATE TABLE t (name type ... DEFAULT 'x') or ALTER COLUMN name SET DEFAULT.
    let depth = 0;
    for (let k = i - 2; k >= 0 && k > i - 64; k--) {
      const t = tokens.at(k)!;
      if (t.type === "punct" && t.raw === ")") depth++;
      else if (t.type === "punct" && t.raw === "(") {
        if (depth === 0) return isName(tokens.at(k + 1)) ? { name: tokens.at(k + 1)!.value, viaDefault: true } : undefined;
        depth--;
      } else if (depth === 0 && t.type === "punct" && t.raw === ",") {
        return isName(tokens.at(k + 1)) ? { name: tokens.at(k + 1)!.value, viaDefault: true } : undefined;
      } else if (depth === 0 && t.type === "word" && t.value === "column") {
        return isName(tokens.at(k + 1)) ? { name: tokens.at(k + 1)!.value, viaDefault: true } : undefined;
      }
    }
  }
  return undefined;
}

/**
 * Every host mention in one statement's string literals and inner comments, with the context
 * that sets its severity and the object it belongs to. INSERT and COPY are skipped: their values
 * arrive as rows.
 */
export function statementHostMentions(text: string, kind: string): StatementHostMention[] {
  if (skippedKinds.has(kind)) return [];
  // Hosts live in string literals and comments only; most statements have neither.
  if (!text.includes("'") && !text.includes("$") && !text.includes("--") && !text.includes("/*")) return [];
  const tokens = new TokenWindow(text, LOOK_BEHIND);
  // A routine that calls out (dblink, postgres_fdw, the pgsql-http extension, pg_net) connects to
  // the hosts it names as soon as it runs.
  const routineUsesDblink = (kind === "CREATE FUNCTION" || kind === "CREATE PROCEDURE") && connectingCall.test(text);
  const context = contextOf(kind, routineUsesDblink);
  let object: ObjectRef | undefined;
  const found: StatementHostMention[] = [];
  for (let i = 0; tokens.at(i) !== undefined; i++) {
    const token = tokens.at(i)!;
    if (token.type !== "string" && token.type !== "comment") continue;
    let role: HostNameRole | undefined;
    let column: string | undefined;
    if (token.type === "string") {
      const owner = nameBefore(tokens, i);
      if (owner && context === "connection-target" && !owner.viaDefault && !owner.viaSetting) role = hostRoleOfOption(owner.name);
      else if (owner && (context === "connection-target" || owner.viaDefault || owner.viaSetting)) role = hostRoleOfName(owner.name);
      if (owner?.viaDefault) column = owner.name;
    }
    const mentions = role ? extractHostsFromHostValue(token.value) : extractHostsFromText(token.value);
    if (mentions.length === 0) continue;
    object ??= describeObject(kind, leadingTokens(text, HEAD_TOKENS));
    const open = token.type === "string" ? verbatimOpening(token) : 0;
    for (const mention of mentions) {
      const exact = open >= 0;
      found.push({
        mention,
        start: exact ? token.start + open + mention.start : token.start,
        end: exact ? token.start + open + mention.end : token.end,
        context: token.type === "comment" && context !== "connection-target" ? "comment" : context,
        ...(role ? { role } : {}),
        object: column ? { ...object, kind: "column default", column } : object,
      });
    }
  }
  return found;
}

/** The object a statement defines or changes, as findings name it. */
export function statementObject(text: string, kind: string): ObjectRef {
  return describeObject(kind, leadingTokens(text, HEAD_TOKENS));
}

/** String literals and comments of a statement, with the UTF-16 index of their first value character, for the deny-list scan. */
export function statementTexts(text: string, kind: string): { value: string; offset: number; exact: boolean }[] {
  const out: { value: string; offset: number; exact: boolean }[] = [];
  if (skippedKinds.has(kind)) return out;
  for (let token = readSqlToken(text, 0, true); token !== undefined; token = readSqlToken(text, token.end, true)) {
    if (token.type !== "string" && token.type !== "comment") continue;
    const open = token.type === "string" ? verbatimOpening(token) : 0;
    out.push({ value: token.value, offset: open >= 0 ? token.start + open : token.start, exact: open >= 0 });
  }
  return out;
}
