import type { SqlToken } from "../../lexer/tokens.js";
import { TokenWindow } from "../../lexer/token-window.js";
import { valueContext, type ValueClause, type ValueContext } from "./detector.js";

/** A string-bearing piece of a statement (a literal, a dollar body, a comment) with where it sits. */
export interface StatementString {
  value: string;
  /** UTF-16 span of the token in the statement text. */
  start: number;
  end: number;
  /** Offset of `value[0]` inside the token's raw text when value is verbatim raw (dollar bodies, comments); undefined when decoded. */
  rawOffset?: number;
  context: ValueContext;
}

/** Which clause a statement's string literals belong to, by statement kind. */
function clauseOf(kind: string): ValueClause {
  switch (kind) {
    case "CREATE SERVER":
    case "ALTER SERVER":
    case "CREATE FOREIGN DATA WRAPPER":
    case "ALTER FOREIGN DATA WRAPPER":
    case "CREATE FOREIGN TABLE":
    case "ALTER FOREIGN TABLE":
      return "server-option";
    case "CREATE USER MAPPING":
    case "ALTER USER MAPPING":
      return "user-mapping-option";
    case "CREATE SUBSCRIPTION":
    case "ALTER SUBSCRIPTION":
      return "subscription-connection";
    case "CREATE FUNCTION":
    case "CREATE PROCEDURE":
    case "CREATE AGGREGATE":
    case "CREATE TRIGGER":
    case "DO":
      return "routine-body";
    case "CREATE VIEW":
    case "CREATE MATERIALIZED VIEW":
    case "CREATE RULE":
      return "view-definition";
    case "SET":
    case "SELECT":
      return "set";
    default:
      if (kind.startsWith("COMMENT ON")) return "comment";
      return "statement";
  }
}

/** Tokens kept for looking back from a string (setParameterBefore goes back 11); the statement's token array is never held. */
const LOOK_BEHIND = 16;

/** The parameter name when the string at `i` is the value of `SET name {TO|=} 'value'`. */
function setParameterBefore(tokens: TokenWindow, i: number): string | undefined {
  const assign = tokens.at(i - 1);
  if (!assign || !((assign.type === "word" && assign.value === "to") || assign.raw === "=")) return undefined;
  let k = i - 2;
  const parts: string[] = [];
  while (k >= 0 && k > i - 12 && (isName(tokens.at(k)) || tokens.at(k)!.raw === ".")) {
    if (tokens.at(k)!.type === "word" && tokens.at(k)!.value === "set") break;
    parts.unshift(tokens.at(k)!.value);
    k--;
  }
  const set = tokens.at(k);
  return set?.type === "word" && set.value === "set" && parts.length > 0 ? parts.join("") : undefined;
}

/** Whether one of the `count` tokens before `i` is the word DEFAULT. */
function defaultWithin(tokens: TokenWindow, i: number, count: number): boolean {
  for (let k = Math.max(0, i - count); k < i; k++) if (tokens.at(k)?.type === "word" && tokens.at(k)!.value === "default") return true;
  return false;
}

const isName = (t: SqlToken | undefined) => t !== undefined && (t.type === "word" || t.type === "quoted-identifier");

/**
 * Every string literal, dollar-quoted body and comment of a DDL statement, each with the clause
 * it belongs to and, where the statement names it, the option or parameter it sets:
 * `OPTIONS (password 'x')` -> optionName `password`; `SET app.token = 'x'` -> `app.token`;
 * `set_config('app.token', 'x', false)` -> `app.token`; `PASSWORD 'x'` of a role -> `password`;
 * `DEFAULT 'x'` -> clause `default`.
 */
export function statementStrings(text: string, kind: string): StatementString[] {
  const tokens = new TokenWindow(text, LOOK_BEHIND);
  const base = clauseOf(kind);
  const out: StatementString[] = [];
  const isRole = kind === "CREATE ROLE" || kind === "ALTER ROLE" || kind === "CREATE USER" || kind === "ALTER USER" || kind === "CREATE GROUP";
  let setName: string | undefined;
  if (kind === "SET") {
    // SET [SESSION|LOCAL] name {=|TO} value
    let k = 1;
    const head = new TokenWindow(text, LOOK_BEHIND);
    while (head.at(k) && head.at(k)!.type === "word" && (head.at(k)!.value === "session" || head.at(k)!.value === "local")) k++;
    const parts: string[] = [];
    while (head.at(k) && (isName(head.at(k)) || head.at(k)!.raw === ".")) parts.push(head.at(k++)!.value);
    setName = parts.join("") || undefined;
  }
  for (let i = 0; tokens.at(i) !== undefined; i++) {
    const t = tokens.at(i)!;
    if (t.type === "comment") {
      // `--` and `/*` are both two characters; the rest is verbatim.
      out.push({ value: t.raw.slice(2), start: t.start, end: t.end, rawOffset: 2, context: valueContext("comment") });
      continue;
    }
    if (t.type !== "string") continue;
    const prev = tokens.at(i - 1);
    const context = valueContext(base);
    const setParameter = setParameterBefore(tokens, i);
    if (setParameter !== undefined && kind !== "SET") {
      // `ALTER ROLE r SET app.token TO 'x'`, `ALTER DATABASE d SET …`, a function's `SET p = 'x'` clause.
      context.clause = "set";
      context.optionName = setParameter;
    } else if (isRole) {
      if (prev?.type === "word" && prev.value === "password") {
        context.clause = "role-password";
        context.optionName = "password";
      } else context.clause = "statement";
    } else if (base === "server-option" || base === "user-mapping-option") {
      if (isName(prev)) context.optionName = prev!.value;
    } else if (base === "subscription-connection") {
      if (!(prev?.type === "word" && prev.value === "connection")) context.clause = "statement";
    } else if (kind === "SET") {
      if (setName) context.optionName = setName;
    } else if (kind === "SELECT") {
      // pg_catalog.set_config('name', 'value', is_local): the value is the second argument.
      const fn = tokens.at(i - 4);
      if (fn?.type === "word" && fn.value === "set_config" && tokens.at(i - 2)?.type === "string") context.optionName = tokens.at(i - 2)!.value;
      else if (!(tokens.at(i - 2)?.type === "word" && tokens.at(i - 2)!.value === "set_config")) context.clause = "statement";
    } else if (prev?.type === "word" && prev.value === "default") {
      context.clause = "default";
    } else if (base === "statement" && (kind === "CREATE TABLE" || kind === "ALTER TABLE") && defaultWithin(tokens, i, 6)) {
      context.clause = "default";
    }
    out.push({ value: t.value, start: t.start, end: t.end, ...(t.prefix === "$" ? { rawOffset: t.raw.indexOf("$", 1) + 1 } : {}), context });
  }
  return out;
}
