import { isIdentPart, readSqlToken, type SqlToken } from "../lexer/tokens.js";
import { readColumnList, readTableName } from "./statement-names.js";
import { appendAll } from "../core/append-all.js";

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

/** What an INSERT says before its rows: the table, the column list, and where the rows come from. */
export interface InsertHeader {
  schema: string;
  table: string;
  /** Column list as written (`--column-inserts`), or null (all columns in table order). */
  columns: string[] | null;
  /** `values`: a VALUES list starting at `rowsFrom`; `default-values`: one row of defaults; `query`: rows from a query. */
  body: "values" | "default-values" | "query";
  /** Index just after the VALUES keyword (body `values`), else the end of the header. */
  rowsFrom: number;
}

/**
 * The header of an INSERT (everything before its rows), read from its tokens; undefined when the
 * text is not an INSERT. The header is a function of `text.slice(0, rowsFrom)` alone, so a caller
 * may reuse it for any statement that starts with that same text followed by a non-word character.
 */
export function readInsertHeader(text: string): InsertHeader | undefined {
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
  const header: InsertHeader = { schema: name.schema, table: name.table, columns: null, body: "query", rowsFrom: text.length };
  if (isWord(tokens[i], "as")) i += 2;
  const columnList = readColumnList(tokens, i);
  if (columnList !== undefined) {
    header.columns = columnList.columns;
    i = columnList.next;
  }
  if (isWord(tokens[i], "overriding")) i += 3; // OVERRIDING { SYSTEM | USER } VALUE
  if (isWord(tokens[i], "default") && isWord(tokens[i + 1], "values")) header.body = "default-values";
  else if (isWord(tokens[i], "values")) {
    header.body = "values";
    header.rowsFrom = tokens[i]!.end;
  }
  return header;
}

/** Where a statement's rows come from, in problem messages. */
export const insertWhere = (schema: string, table: string): string => `INSERT into ${schema}.${table}`;

/**
 * Decode an INSERT as pg_dump writes it with `--inserts`, `--column-inserts` and
 * `--rows-per-insert` (`INSERT INTO public.t (a, b) VALUES (1, 'x'), (2, NULL);`, optionally
 * `OVERRIDING SYSTEM VALUE`, `ON CONFLICT DO NOTHING`). Each value becomes the text PostgreSQL
 * would print for it, so rules see the same thing whether the dump used COPY or INSERT:
 * literal contents with the cast dropped, `true`/`false` as `t`/`f`, `B'101'` as `101`, and
 * `DEFAULT` (what pg_dump writes for a generated column) as null, keeping the value's position.
 * A value that is not a literal (a function call…) is passed on as its raw text, with a problem.
 * Undefined when the text is not an INSERT. Never throws. Rows are decoded as they are iterated.
 * `recognizer: false` decodes every row from its tokens (the reference the recognizer is tested against).
 */
export function readInsertStatement(text: string, options: { recognizer?: boolean } = {}): InsertStatement | undefined {
  const header = readInsertHeader(text);
  if (header === undefined) return undefined;
  const result: InsertStatement = { schema: header.schema, table: header.table, columns: header.columns, problems: [], rows: [] };
  const where = insertWhere(result.schema, result.table);
  if (header.body === "default-values") {
    result.rows = [{ values: [], problems: [] }];
    return result;
  }
  if (header.body === "query") {
    result.problems.push(`${where} takes its rows from a query, not a VALUES list; its rows are not checked`);
    return result;
  }
  const recognizer = options.recognizer !== false;
  result.rows = {
    [Symbol.iterator]: function* () {
      if (!recognizer) {
        yield* insertRows(text, header.rowsFrom, where, 0, false);
        return;
      }
      const reader = new InsertRowReader(text, header.rowsFrom, where);
      for (let values = reader.next(); values !== undefined; values = reader.next()) yield { values, problems: [...reader.problems] };
    },
  };
  return result;
}

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/**
 * The rows of a VALUES list, one at a time, without a token or an object per value: a row in the
 * form pg_dump writes (`(1, -2.5e+3, 'it''s', NULL, DEFAULT, true, B'101')`, rows separated by
 * `,`, any whitespace between) is read character by character. At the first row in any other
 * form (casts, expressions, E'' strings, comments, anything unterminated) the rest of the list
 * is read from its tokens, exactly as `readInsertStatement(text, { recognizer: false })` reads it:
 * both give the same values and problems for every input (test/data/insert-recognizer.property.test.ts).
 */
export class InsertRowReader {
  /** What could not be read as a literal in the row last returned; never contains a value. */
  problems: readonly string[] = NO_PROBLEMS;
  /** Rows read by the recognizer so far (the others came from tokens): for tests and profiles. */
  recognizedRows = 0;
  /** Index of the `(` of the next row to recognize; -1 when the list is done. */
  private at: number;
  private rowNumber = 0;
  private tokens: Generator<InsertRow> | undefined;

  /** `fields`: how many values a row is expected to hold (the columns), when known: each row's array is made at that size. */
  constructor(
    private readonly text: string,
    rowsFrom: number,
    private readonly where: string,
    private readonly fields = 0,
  ) {
    const i = skipSpaces(text, rowsFrom);
    if (text.charCodeAt(i) === 0x28) this.at = i;
    else {
      this.at = -1;
      this.tokens = insertRows(text, rowsFrom, where, 0, false);
    }
  }

  /** The next row's values, or undefined after the last row. */
  next(): (string | null)[] | undefined {
    if (this.tokens !== undefined) {
      const step = this.tokens.next();
      if (step.done) return undefined;
      this.problems = step.value.problems;
      return step.value.values;
    }
    if (this.at < 0) return undefined;
    const text = this.text;
    const values: (string | null)[] = this.fields > 0 ? new Array<string | null>(this.fields) : [];
    const end = recognizeRow(text, this.at, values);
    if (end < 0) {
      // Not pg_dump's plain form: this row and the rest from their tokens.
      this.tokens = insertRows(text, this.at, this.where, this.rowNumber, false);
      this.at = -1;
      return this.next();
    }
    this.rowNumber++;
    this.recognizedRows++;
    this.problems = NO_PROBLEMS;
    // After the row: `,` and the next row's `(`, or the end of the list.
    let i = skipSpaces(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i = skipSpaces(text, i + 1);
      const d = text.charCodeAt(i);
      if (d === 0x28) this.at = i;
      else if (startsComment(text, i)) {
        this.tokens = insertRows(text, i, this.where, this.rowNumber, false);
        this.at = -1;
      } else this.at = -1;
    } else if (startsComment(text, i)) {
      this.tokens = insertRows(text, i, this.where, this.rowNumber, true);
      this.at = -1;
    } else this.at = -1;
    return values;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

const startsComment = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return (c === 0x2d && d === 0x2d) || (c === 0x2f && d === 0x2a);
};

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when `word` is at `i` and no identifier character follows it. */
function wordAt(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i) && !isIdentPart(text.charCodeAt(i + word.length));
}

/**
 * One row in pg_dump's plain form at `open` (its `(`): puts its values in `values` (from index 0,
 * the array cut to them) and returns the index just after its `)`, or -1 when anything in it is
 * not a plain literal (then `values` is garbage).
 */
function recognizeRow(text: string, open: number, values: (string | null)[]): number {
  const n = text.length;
  let k = 0; // values filled: `values` may come made at the expected size, so it is filled by index and cut at the end
  let i = skipSpaces(text, open + 1);
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || (c === 0x42 && text.charCodeAt(i + 1) === 0x27)) {
      // 'text' with '' for a quote (standard_conforming_strings: a backslash is itself), or B'0101'.
      const from = c === 0x27 ? i + 1 : i + 2;
      let j = from;
      for (;;) {
        const q = text.indexOf("'", j);
        if (q < 0) return -1;
        if (text.charCodeAt(q + 1) === 0x27) {
          j = q + 2;
          continue;
        }
        const body = text.slice(from, q);
        values[k++] = j === from ? body : body.split("''").join("'");
        i = q + 1;
        break;
      }
    } else if (isDigitCode(c) || (c === 0x2d && isDigitCode(text.charCodeAt(i + 1)))) {
      // 12, -3, 4.5, 1e+20, -1.5e-07: the digits as written.
      let j = c === 0x2d ? i + 1 : i;
      while (isDigitCode(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x2e) {
        j++;
        if (!isDigitCode(text.charCodeAt(j))) return -1;
        while (isDigitCode(text.charCodeAt(j))) j++;
      }
      if ((text.charCodeAt(j) | 0x20) === 0x65) {
        j++;
        if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
        if (!isDigitCode(text.charCodeAt(j))) return -1;
        while (isDigitCode(text.charCodeAt(j))) j++;
      }
      values[k++] = text.slice(i, j);
      i = j;
    } else if (c === 0x4e && wordAt(text, i, "NULL")) {
      values[k++] = null;
      i += 4;
    } else if (c === 0x44 && wordAt(text, i, "DEFAULT")) {
      values[k++] = null;
      i += 7;
    } else if (c === 0x74 && wordAt(text, i, "true")) {
      values[k++] = "t";
      i += 4;
    } else if (c === 0x66 && wordAt(text, i, "false")) {
      values[k++] = "f";
      i += 5;
    } else return -1;
    i = skipSpaces(text, i);
    if (i >= n) return -1;
    const after = text.charCodeAt(i);
    if (after === 0x29) {
      if (k < values.length) values.length = k;
      return i + 1;
    }
    if (after !== 0x2c) return -1;
    i = skipSpaces(text, i + 1);
  }
}

/** `readInsertStatement` with every row decoded up front: for small statements and tests. */
export function parseInsertStatement(text: string): InsertRows | undefined {
  const statement = readInsertStatement(text);
  if (statement === undefined) return undefined;
  const result: InsertRows = { schema: statement.schema, table: statement.table, columns: statement.columns, rows: [], problems: [...statement.problems] };
  for (const row of statement.rows) {
    result.rows.push(row.values);
    appendAll(result.problems, row.problems);
  }
  return result;
}

/**
 * The rows of a VALUES list from index `from` of `text`, one token at a time, numbered after
 * `rowsBefore`. `afterRow`: `from` is just past a row's `)`, so a `,` comes before the next row.
 */
function* insertRows(text: string, from: number, where: string, rowsBefore: number, afterRow: boolean): Generator<InsertRow> {
  let t = readSqlToken(text, from, false);
  if (afterRow) {
    if (!isPunct(t, ",")) return;
    t = readSqlToken(text, t!.end, false);
  }
  let rowNumber = rowsBefore;
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
