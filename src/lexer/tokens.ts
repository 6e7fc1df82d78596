/**
 * Tokens of ONE statement's text, following PostgreSQL's "Lexical Structure" (docs, chapter 4.1)
 * and its scanner (`src/backend/parser/scan.l`) with `standard_conforming_strings = on`, which
 * pg_dump sets at the top of every dump. Linear time; never throws: an unterminated string,
 * quoted identifier, dollar body or block comment becomes a token to the end of the text with
 * `unterminated: true`.
 */
import { TextBuilder } from "./text-builder.js";

export type SqlTokenType = "word" | "quoted-identifier" | "string" | "number" | "parameter" | "operator" | "punct" | "comment";

export type SqlTokenPrefix = "E" | "U&" | "B" | "X" | "N" | "$";

export interface SqlToken {
  type: SqlTokenType;
  /** The source text of the token, exactly `text.slice(start, end)`. */
  raw: string;
  /**
   * Decoded: word -> ASCII lower-cased (PostgreSQL folds unquoted names that way in UTF-8);
   * quoted-identifier -> name with `""` undoubled (and U& escapes decoded); string -> content
   * (`''` undoubled, E'' and U&'' escapes decoded, dollar body verbatim); others -> raw.
   */
  value: string;
  /** UTF-16 index of the first character in the tokenized text. */
  start: number;
  /** UTF-16 index just after the last character (exclusive). */
  end: number;
  prefix?: SqlTokenPrefix | undefined;
  /** The closing quote / `*\/` / dollar tag never came; the token runs to the end of the text. */
  unterminated?: true | undefined;
}

export interface TokenizeOptions {
  /** Emit `comment` tokens (default true). Decoders that only want values pass false and never see them. */
  comments?: boolean;
}

// ASCII character classes as bit flags: one table lookup per character in the hot loops.
const SPACE = 1;
const IDENT_START = 2;
const IDENT_PART = 4;
const OP = 8;
const CLASSES = new Uint8Array(128);
for (const c of " \t\n\r\f\v") CLASSES[c.charCodeAt(0)]! |= SPACE;
for (let c = 0x30; c <= 0x39; c++) CLASSES[c]! |= IDENT_PART;
for (let c = 0x41; c <= 0x5a; c++) {
  CLASSES[c]! |= IDENT_START | IDENT_PART;
  CLASSES[c + 32]! |= IDENT_START | IDENT_PART;
}
CLASSES[0x5f]! |= IDENT_START | IDENT_PART;
CLASSES[0x24]! |= IDENT_PART;
for (const c of "+-*/<>=~!@#%^&|`?") CLASSES[c.charCodeAt(0)]! |= OP;

export const isSqlSpace = (c: number): boolean => c < 0x80 && (CLASSES[c]! & SPACE) !== 0;
export const isIdentStart = (c: number): boolean => (c >= 0x80 ? true : (CLASSES[c]! & IDENT_START) !== 0);
export const isIdentPart = (c: number): boolean => (c >= 0x80 ? true : (CLASSES[c]! & IDENT_PART) !== 0);
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isDigit = isAsciiDigit;
const isHex = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
const isOpChar = (c: number): boolean => c < 0x80 && (CLASSES[c]! & OP) !== 0;

/** ASCII-only lower-casing, as PostgreSQL's downcase_identifier does in a multibyte encoding. */
export function foldIdentifier(word: string): string {
  let i = 0;
  while (i < word.length && !(word.charCodeAt(i) >= 0x41 && word.charCodeAt(i) <= 0x5a)) i++;
  if (i === word.length) return word;
  // Character loop rather than a regex replace: INSERT INTO … VALUES folds three words per row.
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : word[i]!;
  }
  return out;
}

export function tokenizeSql(text: string, options?: TokenizeOptions): SqlToken[] {
  const keepComments = options?.comments !== false;
  const tokens: SqlToken[] = [];
  for (let t = readSqlToken(text, 0, keepComments); t !== undefined; t = readSqlToken(text, t.end, keepComments)) tokens.push(t);
  return tokens;
}

/**
 * The next token of `text` at or after index `from` (whitespace, and comments unless
 * `keepComments`, skipped), or undefined at the end. `tokenizeSql` in pieces: a decoder that
 * walks a megabyte statement token by token holds one token at a time, not an array of them.
 */
export function readSqlToken(text: string, from: number, keepComments: boolean): SqlToken | undefined {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSqlSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 0x2d && next === 0x2d) {
      // `--` comment: to the end of the line, the line break not included.
      let end = text.indexOf("\n", i);
      if (end === -1) end = n;
      else if (end > i && text.charCodeAt(end - 1) === 0x0d) end--;
      if (keepComments) return plain("comment", text, start, end);
      i = end;
      continue;
    }
    if (c === 0x2f && next === 0x2a) {
      const end = blockCommentEnd(text, i);
      if (keepComments) {
        const token = plain("comment", text, start, end < 0 ? n : end);
        if (end < 0) token.unterminated = true;
        return token;
      }
      i = end < 0 ? n : end;
      continue;
    }
    const lower = c | 0x20;
    if (next === 0x27 && (lower === 0x65 || lower === 0x62 || lower === 0x78 || lower === 0x6e)) {
      const escapes = lower === 0x65;
      const close = quotedEnd(text, i + 1, 0x27, escapes);
      const end = close < 0 ? n : close;
      const body = text.slice(i + 2, close < 0 ? n : close - 1);
      const prefix: SqlTokenPrefix = lower === 0x65 ? "E" : lower === 0x62 ? "B" : lower === 0x78 ? "X" : "N";
      return quoted("string", text, start, end, escapes ? decodeEscapeString(body) : undouble(body, "'"), prefix, close < 0);
    }
    if (lower === 0x75 && next === 0x26) {
      const quote = i + 2 < n ? text.charCodeAt(i + 2) : -1;
      if (quote === 0x27 || quote === 0x22) {
        const close = quotedEnd(text, i + 2, quote, false);
        let end = close < 0 ? n : close;
        const body = undouble(text.slice(i + 3, close < 0 ? n : close - 1), quote === 0x27 ? "'" : '"');
        let escape = 0x5c;
        if (close >= 0) {
          const u = uescapeAfter(text, close);
          if (u) {
            escape = u.escape;
            end = u.end;
          }
        }
        const type = quote === 0x27 ? "string" : "quoted-identifier";
        return quoted(type, text, start, end, decodeUnicodeEscapes(body, escape), "U&", close < 0);
      }
    }
    if (c === 0x27 || c === 0x22) {
      const close = quotedEnd(text, i, c, false);
      const end = close < 0 ? n : close;
      const body = undouble(text.slice(i + 1, close < 0 ? n : close - 1), c === 0x27 ? "'" : '"');
      return quoted(c === 0x27 ? "string" : "quoted-identifier", text, start, end, body, undefined, close < 0);
    }
    if (c === 0x24) {
      if (isDigit(next)) {
        let j = i + 1;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        return plain("parameter", text, start, j);
      }
      const tagEnd = dollarTagEnd(text, i);
      if (tagEnd > 0) {
        const tag = text.slice(i, tagEnd);
        const close = text.indexOf(tag, tagEnd);
        const end = close < 0 ? n : close + tag.length;
        return quoted("string", text, start, end, text.slice(tagEnd, close < 0 ? n : close), "$", close < 0);
      }
      return plain("punct", text, start, i + 1);
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      const raw = text.slice(i, j);
      return { type: "word", raw, value: foldIdentifier(raw), start, end: j, prefix: undefined, unterminated: undefined };
    }
    if (c === 0x2e && next === 0x2e) {
      // `..` is one token (scan.l's "dot_dot"), so `1..10` is 1, .., 10.
      return plain("punct", text, start, i + 2);
    }
    if (isDigit(c) || (c === 0x2e && isDigit(next))) {
      const end = numberEnd(text, i);
      return plain("number", text, start, end);
    }
    if (c === 0x3a && (next === 0x3a || next === 0x3d)) {
      return plain("operator", text, start, i + 2);
    }
    if (isOpChar(c)) {
      const end = operatorEnd(text, i);
      return plain("operator", text, start, end);
    }
    // Punctuation, and any character PostgreSQL would reject: one character each, never dropped.
    const width = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    return plain("punct", text, start, i + width);
  }
  return undefined;
}

function plain(type: SqlTokenType, text: string, start: number, end: number): SqlToken {
  const raw = text.slice(start, end);
  // Every token gets the same fields in the same order (one object shape), which keeps the decoders' loops monomorphic.
  return { type, raw, value: raw, start, end, prefix: undefined, unterminated: undefined };
}

function quoted(type: SqlTokenType, text: string, start: number, end: number, value: string, prefix: SqlTokenPrefix | undefined, unterminated: boolean): SqlToken {
  return { type, raw: text.slice(start, end), value, start, end, prefix, unterminated: unterminated ? true : undefined };
}

const undouble = (body: string, quote: string): string => (body.includes(quote) ? body.split(quote + quote).join(quote) : body);

/**
 * Index just after the closing quote of a quoted token opening at `open`, or -1 when the text
 * ends first. With `backslashEscapes` (E'') a backslash takes the next character literally.
 */
export function quotedEnd(text: string, open: number, quote: number, backslashEscapes: boolean): number {
  const n = text.length;
  const q = quote === 0x27 ? "'" : '"';
  let j = open + 1;
  while (j < n) {
    if (backslashEscapes) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) {
        j += 2;
        continue;
      }
      if (c !== quote) {
        j++;
        continue;
      }
    } else {
      const k = text.indexOf(q, j);
      if (k < 0) return -1;
      j = k;
    }
    if (j + 1 < n && text.charCodeAt(j + 1) === quote) {
      j += 2;
      continue;
    }
    return j + 1;
  }
  return -1;
}

/** Index just after the `*\/` closing a (nested) block comment opening at `open`, or -1. */
export function blockCommentEnd(text: string, open: number): number {
  const n = text.length;
  let depth = 1;
  let j = open + 2;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x2a && j + 1 < n && text.charCodeAt(j + 1) === 0x2f) {
      j += 2;
      if (--depth === 0) return j;
    } else if (c === 0x2f && j + 1 < n && text.charCodeAt(j + 1) === 0x2a) {
      depth++;
      j += 2;
    } else j++;
  }
  return -1;
}

/**
 * For a `$` at `at`: the index just after the opening tag's closing `$` when `$tag$` (or `$$`)
 * opens a dollar quote, else -1. The tag follows identifier rules without `$` (docs 4.1.2.4).
 */
export function dollarTagEnd(text: string, at: number): number {
  const n = text.length;
  let j = at + 1;
  if (j < n && isDigit(text.charCodeAt(j))) return -1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x24) return j + 1;
    if (!isIdentPart(c)) return -1;
    j++;
  }
  return -1;
}

/** Numeric constants (docs 4.1.2.6) including PostgreSQL 16 forms: 0x1F, 0o17, 0b101, 1_000. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
  // `1..10` keeps `..` apart (scan.l's "dotdot").
  if (j < n && text.charCodeAt(j) === 0x2e && !(j + 1 < n && text.charCodeAt(j + 1) === 0x2e)) {
    j++;
    while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
  }
  if (j < n && (text.charCodeAt(j) | 0x20) === 0x65) {
    let k = j + 1;
    if (k < n && (text.charCodeAt(k) === 0x2b || text.charCodeAt(k) === 0x2d)) k++;
    if (k < n && isDigit(text.charCodeAt(k))) {
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      j = k;
    }
  }
  // Hex/octal/binary bodies and any trailing identifier characters stay in the number token.
  while (j < n && isIdentPart(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x24) j++;
  return j;
}

/**
 * An operator run (docs 4.1.3): stops before `--` or `/*`; a multi-character operator may not
 * end in `+` or `-` unless it contains one of `~ ! @ # % ^ & | \` ?`.
 */
function operatorEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isOpChar(text.charCodeAt(j))) {
    const c = text.charCodeAt(j);
    const d = j + 1 < n ? text.charCodeAt(j + 1) : -1;
    if ((c === 0x2d && d === 0x2d) || (c === 0x2f && d === 0x2a)) break;
    j++;
  }
  // A run that began with `--` or `/*` cannot happen here (the caller handled comments).
  if (j - i > 1) {
    let special = false;
    for (let k = i; k < j && !special; k++) special = "~!@#%^&|`?".includes(text[k]!);
    if (!special) {
      while (j - i > 1) {
        const last = text.charCodeAt(j - 1);
        if (last !== 0x2b && last !== 0x2d) break;
        j--;
      }
    }
  }
  return j;
}

/** `UESCAPE 'c'` after a U& literal (whitespace allowed before and between). */
function uescapeAfter(text: string, from: number): { escape: number; end: number } | undefined {
  const n = text.length;
  let j = from;
  while (j < n && isSqlSpace(text.charCodeAt(j))) j++;
  if (j + 7 > n || text.slice(j, j + 7).toLowerCase() !== "uescape") return undefined;
  if (j + 7 < n && isIdentPart(text.charCodeAt(j + 7))) return undefined;
  j += 7;
  while (j < n && isSqlSpace(text.charCodeAt(j))) j++;
  if (j + 2 >= n || text.charCodeAt(j) !== 0x27 || text.charCodeAt(j + 2) !== 0x27) return undefined;
  return { escape: text.charCodeAt(j + 1), end: j + 3 };
}

function codePointText(cp: number): string {
  return cp > 0x10ffff ? "\ufffd" : String.fromCodePoint(cp);
}

function hexRun(body: string, from: number, digits: number): number {
  if (from + digits > body.length) return -1;
  let v = 0;
  for (let k = from; k < from + digits; k++) {
    const c = body.charCodeAt(k);
    if (!isHex(c)) return -1;
    v = v * 16 + parseInt(body[k]!, 16);
  }
  return v;
}

/** U&'' body (docs 4.1.2.3): `\XXXX`, `\+XXXXXX`, a doubled escape for itself. */
export function decodeUnicodeEscapes(body: string, escape: number): string {
  const esc = String.fromCharCode(escape);
  if (!body.includes(esc)) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const k = body.indexOf(esc, i);
    if (k < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, k);
    if (body.charCodeAt(k + 1) === escape) {
      out += esc;
      i = k + 2;
      continue;
    }
    const plus = body.charCodeAt(k + 1) === 0x2b;
    const from = k + (plus ? 2 : 1);
    const digits = plus ? 6 : 4;
    const cp = hexRun(body, from, digits);
    if (cp < 0) {
      // PostgreSQL rejects this literal; keep the characters so nothing is lost.
      out += esc;
      i = k + 1;
    } else {
      out += codePointText(cp);
      i = from + digits;
    }
  }
  return out;
}

/**
 * E'' body (docs 4.1.2.2): \b \f \n \r \t, \ooo octal and \xhh hex bytes (consecutive bytes
 * form one UTF-8 sequence), \uXXXX, \UXXXXXXXX, `''`, backslash + any other character = that
 * character.
 */
export function decodeEscapeString(body: string): string {
  if (!body.includes("\\")) return undouble(body, "'");
  const out = new TextBuilder();
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c === 0x27 && body.charCodeAt(i + 1) === 0x27) {
      out.text("'");
      i += 2;
      continue;
    }
    if (c !== 0x5c || i + 1 >= n) {
      out.text(body[i]!);
      i++;
      continue;
    }
    const e = body[i + 1]!;
    i += 2;
    if (e >= "0" && e <= "7") {
      let v = e.charCodeAt(0) - 48;
      for (let k = 1; k < 3 && i < n && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x37; k++) v = v * 8 + body.charCodeAt(i++) - 48;
      out.byte(v & 0xff);
      continue;
    }
    if (e === "x" && i < n && isHex(body.charCodeAt(i))) {
      let v = parseInt(body[i++]!, 16);
      if (i < n && isHex(body.charCodeAt(i))) v = v * 16 + parseInt(body[i++]!, 16);
      out.byte(v);
      continue;
    }
    if (e === "u" || e === "U") {
      const digits = e === "u" ? 4 : 8;
      const cp = hexRun(body, i, digits);
      if (cp >= 0) {
        out.text(codePointText(cp));
        i += digits;
      } else out.text(e);
      continue;
    }
    out.text(e === "b" ? "\b" : e === "f" ? "\f" : e === "n" ? "\n" : e === "r" ? "\r" : e === "t" ? "\t" : e);
  }
  return out.done();
}
