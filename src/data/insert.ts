import { readSqlToken, type SqlToken } from "../lexer/tokens.js";
import { readColumnList, readTableName } from "./statement-names.js";

export interface InsertRows {
  schema: string;
  table: string;
  /** Column list as written (`--column-inserts`), or null (all columns in table order). */
  columns: string[] | null;
  /** Each value in the text form PostgreSQL would output for it (what COPY would carry). */
  rows: (string | null)[][];
  /** What could not be read as a literal; never contains a value. */
  problems: string[];
}

/** One row of a VALUES list, decoded. */
export interface InsertRow {
  /** Each value in the text form PostgreSQL would output for it (what COPY would carry). */
  values: (string | null)[];
  /** What could not be read as a literal in this row; never contains a value. */
  problems: string[];
}

/** An INSERT whose rows are decoded one at a time, as they are iterated. */
export interface InsertStatement {
  schema: string;
  table: string;
  /** Column list as written (`--column-inserts`), or null (all columns in table order). */
  columns: string[] | null;
  /** Problems of the statement as a whole (rows from a query); never contains a value. */
  problems: string[];
  /**
   * The rows, decoded lazily: one `--rows-per-insert` statement can hold millions of rows, and
   * holding them all (or all their tokens) costs two orders of magnitude more than the text.
   * Iterate once; memory stays bounded by the statement text plus one row.
   */
  rows: Iterable<InsertRow>;
}

const isPunct = (t: SqlToken | undefined, v: string) => t !== undefined && t.type === "punct" && t.value === v;
const isWord = (t: SqlToken | undefined, v: string) => t !== undefined && t.type === "word" && t.value === v;

/** Words that end the part of an INSERT before its rows (at parenthesis depth 0). */
const HEADER_END = new Set(["values", "select", "with", "table"]);

/**
 * Decode an INSERT as pg_dump writes it with `--inserts`, `--column-inserts` and
 * `--rows-per-insert` (`INSERT INTO public.t (a, b) VALUES (1, 'x'), (2, NULL);`, optionally
 * `OVERRIDING SYSTEM VALUE`, `ON CONFLICT DO NOTHING`). Each value becomes the text PostgreSQL
 * would print for it, so rules see the same thing whether the dump used COPY or INSERT:
 * literal contents with the cast dropped, `true`/`false` as `t`/`f`, `B'101'` as `101`, and
 * `DEFAULT` (what pg_dump writes for a generated column) as null, keeping the value's position.
 * A value that is not a literal (a function call…) is passed on as its raw text, with a problem.
 * Undefined when the text is not an INSERT. Never throws. Rows are decoded as they are iterated.
 */
export function readInsertStatement(text: string): InsertStatement | undefined {
  // The tokens before the rows only: the header is small, the VALUES list may be huge.
  const tokens: SqlToken[] = [];
  let depth = 0;
  for (let t = readSqlToken(text, 0, false); t !== undefined; t = readSqlToken(text, t.end, false)) {
    tokens.push(t);
    if (t.type === "punct" && t.value === "(") depth++;
    else if (t.type === "punct" && t.value === ")") depth--;
    else if (depth === 0 && ((t.type === "word" && HEADER_END.has(t.value)) || (t.type === "punct" && t.value === ";"))) break;
  }
  if (!isWord(tokens[0], "insert") || !isWord(tokens[1], "into")) return undefined;
  const name = readTableName(tokens, 2);
  if (name === undefined) return undefined;
  let i = name.next;
  const result: InsertStatement = { schema: name.schema, table: name.table, columns: null, problems: [], rows: [] };
  const where = `INSERT into ${result.schema}.${result.table}`;
  if (isWord(tokens[i], "as")) i += 2;
  const columnList = readColumnList(tokens, i);
  if (columnList !== undefined) {
    result.columns = columnList.columns;
    i = columnList.next;
  }
  if (isWord(tokens[i], "overriding")) i += 3; // OVERRIDING { SYSTEM | USER } VALUE
  if (isWord(tokens[i], "default") && isWord(tokens[i + 1], "values")) {
    result.rows = [{ values: [], problems: [] }];
    return result;
  }
  if (!isWord(tokens[i], "values")) {
    result.problems.push(`${where} takes its rows from a query, not a VALUES list; its rows are not checked`);
    return result;
  }
  const rowsFrom = tokens[i]!.end;
  result.rows = { [Symbol.iterator]: () => insertRows(text, rowsFrom, where) };
  return result;
}

/** `readInsertStatement` with every row decoded up front: for small statements and tests. */
export function parseInsertStatement(text: string): InsertRows | undefined {
  const statement = readInsertStatement(text);
  if (statement === undefined) return undefined;
  const result: InsertRows = { schema: statement.schema, table: statement.table, columns: statement.columns, rows: [], problems: [...statement.problems] };
  for (const row of statement.rows) {
    result.rows.push(row.values);
    result.problems.push(...row.problems);
  }
  return result;
}

/** The rows of a VALUES list starting at index `from` of `text`, one token at a time. */
function* insertRows(text: string, from: number, where: string): Generator<InsertRow> {
  let t = readSqlToken(text, from, false);
  let rowNumber = 0;
  while (isPunct(t, "(")) {
    rowNumber++;
    const row: InsertRow = { values: [], problems: [] };
    let value: SqlToken[] = [];
    let depth = 0;
    let closed = false;
    for (t = readSqlToken(text, t!.end, false); t !== undefined; t = readSqlToken(text, t.end, false)) {
      if (t.type === "punct" && (t.value === "(" || t.value === "[")) depth++;
      else if (t.type === "punct" && (t.value === ")" || t.value === "]")) {
        if (depth === 0) {
          closed = true;
          break;
        }
        depth--;
      } else if (depth === 0 && t.type === "punct" && t.value === ",") {
        row.values.push(valueOf(text, value, row.problems, where, rowNumber, row.values.length + 1));
        value = [];
        continue;
      }
      value.push(t);
    }
    if (value.length > 0 || row.values.length > 0) row.values.push(valueOf(text, value, row.problems, where, rowNumber, row.values.length + 1));
    if (!closed) row.problems.push(`${where}: row ${rowNumber} has no closing parenthesis`);
    yield row;
    if (t === undefined) return;
    t = readSqlToken(text, t.end, false);
    if (!isPunct(t, ",")) return;
    t = readSqlToken(text, t!.end, false);
  }
}

/** The text PostgreSQL would output for one VALUES item, or its raw source when it is not a literal. */
function valueOf(text: string, tokens: SqlToken[], problems: string[], where: string, row: number, column: number): string | null {
  const literal = literalValue(tokens);
  if (literal !== undefined) {
    if (tokens.some((t) => t.unterminated)) problems.push(`${where}: value ${column} of row ${row} is an unterminated literal`);
    return literal;
  }
  if (tokens.length === 0) {
    problems.push(`${where}: value ${column} of row ${row} is empty`);
    return "";
  }
  problems.push(`${where}: value ${column} of row ${row} is an expression, not a literal; its source text is checked as written`);
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

function literalValue(all: SqlToken[]): string | null | undefined {
  let tokens = all;
  // Drop casts: `'…'::jsonb`, `'{1,2}'::integer[]`, `'NaN'::double precision`.
  const cast = tokens.findIndex((t, k) => t.type === "operator" && t.value === "::" && depthBefore(tokens, k) === 0);
  if (cast !== -1) {
    // Only when everything after `::` is type names (`'1'::int + 1` is an expression, not a literal).
    if (!tokens.slice(cast).every(isTypeNameToken)) return undefined;
    tokens = tokens.slice(0, cast);
  }
  // `(literal)`
  if (tokens.length >= 3 && isPunct(tokens[0], "(") && isPunct(tokens[tokens.length - 1], ")")) return literalValue(tokens.slice(1, -1));
  if (tokens.length === 1) {
    const t = tokens[0]!;
    if (t.type === "string") return stringLiteralValue(t);
    if (t.type === "number") return numberValue(t.value, "");
    if (t.type === "word") {
      // DEFAULT: pg_dump --inserts writes it for generated columns; the dump holds no value there.
      if (t.value === "null" || t.value === "default") return null;
      if (t.value === "true") return "t";
      if (t.value === "false") return "f";
    }
    return undefined;
  }
  if (tokens.length === 2 && tokens[0]!.type === "operator" && (tokens[0]!.value === "-" || tokens[0]!.value === "+") && tokens[1]!.type === "number")
    return numberValue(tokens[1]!.value, tokens[0]!.value === "-" ? "-" : "");
  // Typed literal: `date '2024-01-01'`, `timestamp with time zone '…'`.
  const last = tokens[tokens.length - 1];
  if (last?.type === "string" && last.prefix === undefined && tokens.slice(0, -1).every((t) => t.type === "word" || t.type === "quoted-identifier" || isPunct(t, "."))) return last.value;
  return undefined;
}

/** Tokens that can make up `::type` casts: names, `double precision`, `numeric(10,2)`, `integer[]`, `pg_catalog.text`. */
function isTypeNameToken(t: SqlToken): boolean {
  if (t.type === "word" || t.type === "quoted-identifier" || t.type === "number") return true;
  if (t.type === "operator") return t.value === "::";
  return t.type === "punct" && (t.value === "(" || t.value === ")" || t.value === "," || t.value === "[" || t.value === "]" || t.value === ".");
}

function depthBefore(tokens: SqlToken[], end: number): number {
  let depth = 0;
  for (let k = 0; k < end; k++) {
    const t = tokens[k]!;
    if (t.type === "punct" && (t.value === "(" || t.value === "[")) depth++;
    else if (t.type === "punct" && (t.value === ")" || t.value === "]")) depth--;
  }
  return depth;
}

function stringLiteralValue(t: SqlToken): string {
  if (t.prefix === "B") return t.value;
  if (t.prefix === "X") {
    // X'1F' is a bit string written in hex: PostgreSQL prints it as bits.
    let bits = "";
    for (const h of t.value) {
      const v = parseInt(h, 16);
      bits += Number.isNaN(v) ? h : v.toString(2).padStart(4, "0");
    }
    return bits;
  }
  return t.value;
}

/** Numeric constants print as written, except the forms PostgreSQL normalises (`1_000`, `0x1F`, `+5`). */
function numberValue(raw: string, sign: string): string {
  let digits = raw.includes("_") ? raw.split("_").join("") : raw;
  const radix = digits.length > 2 && digits[0] === "0" ? { x: 16, o: 8, b: 2 }[digits[1]!.toLowerCase()] : undefined;
  if (radix !== undefined) {
    try {
      digits = BigInt(`0${"xob"[[16, 8, 2].indexOf(radix)]}${digits.slice(2)}`).toString();
    } catch {
      /* not a valid radix literal: keep it as written */
    }
  }
  return sign + digits;
}
