import { freshStrings, prime } from "../core/prime-feedback.js";
import { TextBuilder } from "../lexer/text-builder.js";
import { tokenizeSql } from "../lexer/tokens.js";
import { readColumnList, readTableName } from "./statement-names.js";

export interface CopyTarget {
  schema: string;
  table: string;
  /** Column list as written, or null when the statement names none (all columns in table order). */
  columns: string[] | null;
  delimiter: string;
  nullString: string;
  format: "text" | "csv" | "binary";
}

/**
 * Read the target and options of a `COPY … FROM stdin` statement as pg_dump writes it
 * (`COPY public."Odd Name" (a, "B") FROM stdin;`), plus the option forms people write by hand:
 * `WITH (FORMAT csv, DELIMITER '|', NULL '')` and the pre-9.0 `WITH DELIMITER '|' NULL AS ''`.
 * Undefined when the text is not a COPY of a table. Never throws.
 */
export function parseCopyStatement(text: string): CopyTarget | undefined {
  const tokens = tokenizeSql(text, { comments: false });
  let i = 0;
  const word = (w: string) => tokens[i]?.type === "word" && tokens[i]!.value === w;
  if (!word("copy")) return undefined;
  i++;
  let format: CopyTarget["format"] = "text";
  if (word("binary")) {
    format = "binary";
    i++;
  }
  const name = readTableName(tokens, i);
  if (name === undefined) return undefined;
  const { schema, table } = name;
  i = name.next;

  let columns: string[] | null = null;
  const columnList = readColumnList(tokens, i);
  if (columnList !== undefined) {
    columns = columnList.columns;
    i = columnList.next;
  }
  if (!word("from") && !word("to")) return undefined;
  i++;
  i++; // stdin / stdout / 'file' / program — the data source itself does not change decoding

  let delimiter: string | undefined;
  let nullString: string | undefined;
  const stringAt = (k: number) => (tokens[k]?.type === "string" ? tokens[k]!.value : undefined);
  if (word("with")) i++;
  if (tokens[i]?.type === "punct" && tokens[i]!.value === "(") {
    // Generic option list: name value, name value, …; values may themselves be parenthesised lists.
    i++;
    let depth = 1;
    let optionStart = true;
    for (; i < tokens.length && depth > 0; i++) {
      const t = tokens[i]!;
      if (t.type === "punct" && (t.value === "(" || t.value === ")")) {
        depth += t.value === "(" ? 1 : -1;
        continue;
      }
      if (depth === 1 && t.type === "punct" && t.value === ",") {
        optionStart = true;
        continue;
      }
      const isOptionName = optionStart && depth === 1;
      optionStart = false;
      if (isOptionName && t.type === "word") {
        const value = tokens[i + 1];
        if (t.value === "format" && value && (value.type === "word" || value.type === "string" || value.type === "quoted-identifier")) {
          const f = value.value.toLowerCase();
          if (f === "csv" || f === "binary" || f === "text") format = f;
        } else if (t.value === "delimiter" && value?.type === "string") delimiter = value.value;
        else if (t.value === "null" && value?.type === "string") nullString = value.value;
      }
    }
  } else {
    // Pre-9.0 syntax: [BINARY] [OIDS] [DELIMITER [AS] 'd'] [NULL [AS] 'n'] [CSV [HEADER] [QUOTE …] …]
    while (i < tokens.length) {
      if (word("binary")) format = "binary";
      else if (word("csv")) format = "csv";
      else if (word("delimiter") || word("null")) {
        const isDelimiter = word("delimiter");
        let k = i + 1;
        if (tokens[k]?.type === "word" && tokens[k]!.value === "as") k++;
        const value = stringAt(k);
        if (value !== undefined) {
          if (isDelimiter) delimiter = value;
          else nullString = value;
          i = k;
        }
      }
      i++;
    }
  }
  return {
    schema,
    table,
    columns,
    delimiter: delimiter ?? (format === "csv" ? "," : "\t"),
    nullString: nullString ?? (format === "csv" ? "" : "\\N"),
    format,
  };
}

/**
 * Where the fields of the line `decodeCopyLine` decoded last lie in that line, for a pass that reads a row's cells by
 * their code units (rules/judgement/cell-hints.ts): it copies the line's units once, not each cell's (issue 12).
 * - `values`: the array decodeCopyLine returned for that line (a row's values are never changed in place); undefined
 *   when the line was read character by character (`decodeCopyLineSlow`: no offsets).
 * - `line`: the line it split, without its carriage return.
 * - `starts[k]`, for k below `starts.length` (the fields past it have none): where field k starts in `line` when
 *   `values[k]` is exactly `line.slice(starts[k], starts[k] + values[k].length)`; -1 when it is de-escaped (a null is
 *   no string: its start says nothing).
 * Only the last line's: a reader checks `values` is its row's before it reads `starts`.
 */
export const lastCopyLine: { line: string; values: readonly (string | null)[] | undefined; starts: Int32Array } = {
  line: "",
  values: undefined,
  starts: new Int32Array(4096),
};

const SIMPLE_ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
const isOctal = (c: number) => c >= 0x30 && c <= 0x37;
const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

/**
 * Split and de-escape one data line of COPY TEXT format exactly as PostgreSQL reads it (docs:
 * COPY, "Text Format"; source: copyfromparse.c, CopyReadAttributesText): fields split on
 * unescaped delimiters; a field whose raw text equals the NULL string is null (so `\N` is null
 * but `\\N` is the text `\N`); `\b \f \n \r \t \v`; `\` + 1–3 octal digits and `\x` + 1–2 hex
 * digits are bytes, and consecutive escaped bytes decode together as UTF-8; backslash + any
 * other character is that character. Never throws. `fields`: how many fields the line is expected
 * to hold (its table's columns), when known: the array is then made at that size, not grown.
 */
export function decodeCopyLine(rawLine: string, target: Pick<CopyTarget, "delimiter" | "nullString">, fields = 0): (string | null)[] {
  const line = withoutCarriageReturn(rawLine);
  const delimiter = target.delimiter.length > 0 ? target.delimiter[0]! : "\t";
  const nullString = target.nullString;
  // Fast path: split first, then de-escape only the fields holding a backslash. Splitting first is
  // exact unless a backslash escapes a delimiter (a field then ends in an odd run of backslashes)
  // or the NULL string itself holds the delimiter; those lines take the character-by-character path.
  lastCopyLine.values = undefined;
  if (nullString.indexOf(delimiter) !== -1) return decodeCopyLineSlow(line, delimiter, nullString);
  const out: (string | null)[] = splitOn(line, delimiter, fields);
  const starts = lastCopyLine.starts;
  let backslash = line.indexOf("\\");
  const nullHasBackslash = nullString.indexOf("\\") !== -1;
  if (backslash === -1) {
    if (nullHasBackslash || (nullString.length > 0 && line.indexOf(nullString) === -1)) return sliced(line, out);
    for (let k = 0; k < out.length; k++) if (out[k] === nullString) out[k] = null;
    return sliced(line, out);
  }
  if (nullHasBackslash) {
    // pg_dump's `\N`: only a field holding a backslash can be null or need de-escaping, so visit
    // just those, found by searching the line (most fields of a row with a null are left alone).
    const delimiterCode = delimiter.charCodeAt(0);
    let k = 0;
    let start = 0; // line index of field k
    while (backslash !== -1) {
      while (backslash >= start + out[k]!.length) start += out[k++]!.length + 1;
      const field = out[k]!;
      const end = start + field.length;
      // An escaped delimiter first: the field then ends elsewhere, so it is not this field that equals the NULL string.
      if (k < out.length - 1 && endsInOddBackslashes(field)) return decodeCopyLineSlow(line, delimiter, nullString);
      out[k] = field === nullString ? null : decodeCopyField(field, 0, field.length, delimiterCode).text;
      if (k < starts.length) starts[k] = -1;
      start = end + 1;
      k++;
      backslash = line.indexOf("\\", start);
    }
    return sliced(line, out);
  }
  for (let k = 0; k < out.length; k++) {
    const field = out[k]!;
    if (k < out.length - 1 && field.indexOf("\\") !== -1 && endsInOddBackslashes(field)) return decodeCopyLineSlow(line, delimiter, nullString);
    if (field === nullString) out[k] = null;
    else if (field.indexOf("\\") !== -1) {
      out[k] = decodeCopyField(field, 0, field.length, delimiter.charCodeAt(0)).text;
      if (k < starts.length) starts[k] = -1;
    }
  }
  return sliced(line, out);
}

/** `out`, decoded from `line` by splitting it (`lastCopyLine.starts` written as it was split): said in `lastCopyLine`. */
function sliced(line: string, out: (string | null)[]): (string | null)[] {
  lastCopyLine.line = line;
  lastCopyLine.values = out;
  return out;
}

/**
 * `line.split(delimiter)` for a one-character delimiter: an indexOf loop is ~1.4x faster than V8's
 * split here. With `expected` > 0 the array is made at that size and filled by index (cut to the
 * fields found, grown past it), not grown push by push: 15 % less CPU on realistic rows, and no
 * backing store outgrown and thrown away per row (a third of the COPY path's bytes allocated). Writes where each
 * field starts into `lastCopyLine.starts`.
 */
function splitOn(line: string, delimiter: string, expected: number): string[] {
  const out: string[] = expected > 0 ? new Array<string>(expected) : [];
  const starts = lastCopyLine.starts;
  let k = 0;
  let start = 0;
  for (;;) {
    const at = line.indexOf(delimiter, start);
    if (k < starts.length) starts[k] = start;
    if (at === -1) {
      out[k++] = line.slice(start);
      if (k < out.length) out.length = k;
      return out;
    }
    out[k++] = line.slice(start, at);
    start = at + 1;
  }
}

function endsInOddBackslashes(field: string): boolean {
  let run = 0;
  for (let k = field.length - 1; k >= 0 && field.charCodeAt(k) === 0x5c; k--) run++;
  return run % 2 === 1;
}

/** The reference reading, character by character; every line decodes to what this returns. */
export function decodeCopyLineSlow(line: string, delimiter: string, nullString: string): (string | null)[] {
  const out: (string | null)[] = [];
  const delimiterCode = delimiter.charCodeAt(0);
  const n = line.length;
  let i = 0;
  for (;;) {
    const field = decodeCopyField(line, i, n, delimiterCode);
    const rawLength = field.end - i;
    if (rawLength === nullString.length && line.startsWith(nullString, i)) out.push(null);
    else out.push(field.text);
    i = field.end;
    if (i >= n) break;
    i++; // skip the delimiter
  }
  return out;
}

/** De-escape one field of `line` from `start` up to the first unescaped delimiter or `n`. */
function decodeCopyField(line: string, start: number, n: number, delimiterCode: number): { text: string; end: number } {
  let i = start;
  let builder: TextBuilder | undefined;
  let plainStart = i; // start of the run of characters copied verbatim
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === delimiterCode) break;
    if (c !== 0x5c) {
      i++;
      continue;
    }
    builder ??= new TextBuilder();
    if (i > plainStart) builder.text(line.slice(plainStart, i));
    i++;
    if (i >= n) {
      // A trailing lone backslash is dropped, as CopyReadAttributesText does.
      plainStart = i;
      break;
    }
    const e = line.charCodeAt(i);
    i++;
    if (isOctal(e)) {
      let v = e - 0x30;
      for (let k = 1; k < 3 && i < n && isOctal(line.charCodeAt(i)); k++) v = v * 8 + (line.charCodeAt(i++) - 0x30);
      builder.byte(v & 0xff);
    } else if (e === 0x78 && i < n && hexValue(line.charCodeAt(i)) >= 0) {
      let v = hexValue(line.charCodeAt(i++));
      if (i < n && hexValue(line.charCodeAt(i)) >= 0) v = v * 16 + hexValue(line.charCodeAt(i++));
      builder.byte(v);
    } else {
      const ch = String.fromCharCode(e);
      builder.text(SIMPLE_ESCAPES[ch] ?? ch);
    }
    plainStart = i;
  }
  if (!builder) return { text: line.slice(start, i), end: i };
  if (i > plainStart) builder.text(line.slice(plainStart, i));
  return { text: builder.done(), end: i };
}

/**
 * A line of a CRLF file arrives with its `\r`. PostgreSQL strips it as part of the line end (an
 * unescaped carriage return is never data: COPY rejects "literal carriage return found in data"),
 * while backslash + CR is an escaped data character and stays.
 */
function withoutCarriageReturn(line: string): string {
  if (line.charCodeAt(line.length - 1) !== 0x0d) return line;
  let backslashes = 0;
  for (let k = line.length - 2; k >= 0 && line.charCodeAt(k) === 0x5c; k--) backslashes++;
  return backslashes % 2 === 0 ? line.slice(0, -1) : line;
}

// Every row of a dump goes through decodeCopyLine; a field with an escape (`\t`, `\\`, an octal or hex byte) is
// rare in most, so V8 optimized it before the first one and compiled it again there, in each isolate (issue 12;
// core/prime-feedback.ts). These lines of a pg_dump COPY take its paths first: nulls, escapes, none. Pure but for
// lastCopyLine, which only says the last line's (its `values` is no row's here, so no reader takes it).
const PRIMING_TARGET = parseCopyStatement("COPY public.t (a, b, c) FROM stdin;");
const PRIMING_LINES = freshStrings([
  "1\tplain text\t\\N",
  "2\t\\N\ttab\\there",
  "3\tback\\\\slash\t\\N",
  "4\tline\\nbreak\\r\t\\x41\\101",
  "5\t\\303\\251t\\303\\251\tcaf\\xc3\\xa9",
  "6\tno escape at all\tnone",
]);
if (PRIMING_TARGET !== undefined) {
  const target = PRIMING_TARGET;
  prime(() => {
    for (const line of PRIMING_LINES) decodeCopyLine(line, target, 3);
  });
}
