/**
 * A small SQL tokenizer for the statements whose values dumpguard decodes (COPY headers and
 * INSERTs). It follows PostgreSQL's lexical rules (docs: "Lexical Structure") closely enough to
 * get literal values exactly right: quoted identifiers with `""`, `'…'` with `''`, E'…' escapes,
 * U&'…' / U&"…" with UESCAPE, B'…' / X'…' bit strings, dollar quotes, comments. It assumes
 * `standard_conforming_strings = on`, which pg_dump sets at the top of every dump.
 * Linear time, never throws: an unterminated token runs to the end and is flagged.
 */
export type SqlTokenType = "word" | "ident" | "string" | "number" | "op" | "punct";

export interface SqlToken {
  type: SqlTokenType;
  /** words: ASCII lower-cased; ident: undoubled name; string: decoded content; others: raw text. */
  value: string;
  start: number;
  end: number;
  /** For strings: "" (plain), "e", "u&", "b", "x", "n", "$". For idents: "" or "u&". Otherwise "". */
  prefix: string;
  /** True when the token ran to the end of the text without its closing quote. */
  unterminated: boolean;
}

// ASCII character classes as bit flags, so the hot loops do one table lookup per character.
const SPACE = 1;
const DIGIT = 2;
const IDENT_START = 4;
const IDENT_PART = 8;
const OP = 16;
const CLASSES = new Uint8Array(128);
for (const c of " \t\n\r\f\v") CLASSES[c.charCodeAt(0)]! |= SPACE;
for (let c = 0x30; c <= 0x39; c++) CLASSES[c]! |= DIGIT | IDENT_PART;
for (let c = 0x41; c <= 0x5a; c++) CLASSES[c]! |= IDENT_START | IDENT_PART, CLASSES[c + 32]! |= IDENT_START | IDENT_PART;
CLASSES[0x5f]! |= IDENT_START | IDENT_PART;
CLASSES[0x24]! |= IDENT_PART;
for (const c of "+-*/<>=~!@#%^&|`?") CLASSES[c.charCodeAt(0)]! |= OP;

const isSpace = (c: number) => c < 0x80 && (CLASSES[c]! & SPACE) !== 0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isIdentStart = (c: number) => (c >= 0x80 ? true : (CLASSES[c]! & IDENT_START) !== 0);
const isIdentPart = (c: number) => (c >= 0x80 ? true : (CLASSES[c]! & IDENT_PART) !== 0);
const isOpChar = (c: number) => c < 0x80 && (CLASSES[c]! & OP) !== 0;

/** ASCII-only case folding, as PostgreSQL folds unquoted identifiers in a UTF-8 database. */
export function foldIdentifier(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length && !upper; i++) {
    const c = word.charCodeAt(i);
    upper = c >= 0x41 && c <= 0x5a;
  }
  if (!upper) return word;
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : word[i];
  }
  return out;
}

export function scanSqlTokens(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // -- comment to end of line
    if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    // /* nested block comment */
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2a) (depth++, (i += 2));
        else if (text.charCodeAt(i) === 0x2a && text.charCodeAt(i + 1) === 0x2f) (depth--, (i += 2));
        else i++;
      }
      continue;
    }
    const start = i;
    const next = text.charCodeAt(i + 1);
    // Prefixed strings: E'…', B'…', X'…', N'…', U&'…', U&"…"
    if ((c | 0x20) === 0x65 && next === 0x27) {
      const s = scanQuoted(text, i + 1, 0x27, true);
      tokens.push(stringToken(decodeEscapeString(s.body), start, s.end, "e", s.unterminated));
      i = s.end;
      continue;
    }
    if (((c | 0x20) === 0x62 || (c | 0x20) === 0x78 || (c | 0x20) === 0x6e) && next === 0x27) {
      const s = scanQuoted(text, i + 1, 0x27, false);
      tokens.push(stringToken(undouble(s.body, "'"), start, s.end, String.fromCharCode(c | 0x20), s.unterminated));
      i = s.end;
      continue;
    }
    if ((c | 0x20) === 0x75 && next === 0x26 && (text.charCodeAt(i + 2) === 0x27 || text.charCodeAt(i + 2) === 0x22)) {
      const quote = text.charCodeAt(i + 2);
      const s = scanQuoted(text, i + 2, quote, false);
      let body = undouble(s.body, String.fromCharCode(quote));
      let end = s.end;
      // Optional UESCAPE 'c' after the literal.
      let escape = "\\";
      const m = matchUescape(text, end);
      if (m) {
        escape = m.escape;
        end = m.end;
      }
      body = decodeUnicodeEscapes(body, escape);
      tokens.push(quote === 0x27 ? stringToken(body, start, end, "u&", s.unterminated) : identToken(body, start, end, "u&", s.unterminated));
      i = end;
      continue;
    }
    if (c === 0x27) {
      const s = scanQuoted(text, i, 0x27, false);
      tokens.push(stringToken(undouble(s.body, "'"), start, s.end, "", s.unterminated));
      i = s.end;
      continue;
    }
    if (c === 0x22) {
      const s = scanQuoted(text, i, 0x22, false);
      tokens.push(identToken(undouble(s.body, '"'), start, s.end, "", s.unterminated));
      i = s.end;
      continue;
    }
    if (c === 0x24) {
      // $tag$ … $tag$ (tag: identifier without $, possibly empty); otherwise $1 parameter or stray $.
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x24) j++;
      const tagOk = text.charCodeAt(j) === 0x24 && (j === i + 1 || !isDigit(text.charCodeAt(i + 1)));
      if (tagOk) {
        const tag = text.slice(i, j + 1);
        const close = text.indexOf(tag, j + 1);
        const end = close === -1 ? n : close + tag.length;
        const body = text.slice(j + 1, close === -1 ? n : close);
        tokens.push(stringToken(body, start, end, "$", close === -1));
        i = end;
        continue;
      }
      i = j > i + 1 ? j : i + 1;
      tokens.push(plainToken("op", text.slice(start, i), start, i));
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      tokens.push(plainToken("word", foldIdentifier(text.slice(i, j)), start, j));
      i = j;
      continue;
    }
    if (isDigit(c) || (c === 0x2e && isDigit(next))) {
      let j = i;
      while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
      if (text.charCodeAt(j) === 0x2e && text.charCodeAt(j + 1) !== 0x2e) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      if ((text.charCodeAt(j) | 0x20) === 0x65) {
        let k = j + 1;
        if (text.charCodeAt(k) === 0x2b || text.charCodeAt(k) === 0x2d) k++;
        if (isDigit(text.charCodeAt(k))) {
          while (k < n && isDigit(text.charCodeAt(k))) k++;
          j = k;
        }
      }
      // 0x1F, 0o17, 0b101 (PostgreSQL 16+) and any trailing letters stay part of the number.
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      tokens.push(plainToken("number", text.slice(i, j), start, j));
      i = j;
      continue;
    }
    if (c === 0x3a && next === 0x3a) {
      tokens.push(plainToken("op", "::", start, i + 2));
      i += 2;
      continue;
    }
    if (isOpChar(c)) {
      let j = i + 1;
      // Stop before a comment start inside an operator run.
      while (j < n && isOpChar(text.charCodeAt(j)) && !(text.charCodeAt(j) === 0x2d && text.charCodeAt(j + 1) === 0x2d) && !(text.charCodeAt(j) === 0x2f && text.charCodeAt(j + 1) === 0x2a)) j++;
      tokens.push(plainToken("op", text.slice(i, j), start, j));
      i = j;
      continue;
    }
    tokens.push(plainToken("punct", text[i]!, start, i + 1));
    i++;
  }
  return tokens;
}

function plainToken(type: SqlTokenType, value: string, start: number, end: number): SqlToken {
  return { type, value, start, end, prefix: "", unterminated: false };
}

function stringToken(value: string, start: number, end: number, prefix: string, unterminated: boolean): SqlToken {
  return { type: "string", value, start, end, prefix, unterminated };
}

function identToken(value: string, start: number, end: number, prefix: string, unterminated: boolean): SqlToken {
  return { type: "ident", value, start, end, prefix, unterminated };
}

const undouble = (body: string, quote: string) => (body.includes(quote) ? body.split(quote + quote).join(quote) : body);

/** Scan a quoted token opening at `open`; the body is returned raw (doubled quotes still doubled). */
function scanQuoted(text: string, open: number, quote: number, backslashEscapes: boolean): { body: string; end: number; unterminated: boolean } {
  const n = text.length;
  let j = open + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (backslashEscapes && c === 0x5c) {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (text.charCodeAt(j + 1) === quote) {
        j += 2;
        continue;
      }
      return { body: text.slice(open + 1, j), end: j + 1, unterminated: false };
    }
    j++;
  }
  return { body: text.slice(open + 1, Math.min(n, j)), end: n, unterminated: true };
}

function matchUescape(text: string, from: number): { escape: string; end: number } | undefined {
  let j = from;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (text.slice(j, j + 7).toLowerCase() !== "uescape") return undefined;
  j += 7;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 0x27 || text.charCodeAt(j + 2) !== 0x27) return undefined;
  return { escape: text[j + 1]!, end: j + 3 };
}

const isHex = (c: number) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/** U&'…' body: `\XXXX`, `\+XXXXXX`, `\\` (with the chosen escape character); surrogate pairs combine. */
export function decodeUnicodeEscapes(body: string, escape: string): string {
  if (!body.includes(escape)) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch !== escape) {
      out += ch;
      i++;
      continue;
    }
    if (body[i + 1] === escape) {
      out += escape;
      i += 2;
      continue;
    }
    const plus = body[i + 1] === "+";
    const digits = plus ? 6 : 4;
    const from = i + (plus ? 2 : 1);
    const hex = body.slice(from, from + digits);
    if (hex.length === digits && [...hex].every((h) => isHex(h.charCodeAt(0)))) {
      out += codePointText(parseInt(hex, 16));
      i = from + digits;
    } else {
      out += ch;
      i++;
    }
  }
  // Two escaped surrogate halves in a row already form one UTF-16 pair in a JS string.
  return out;
}

function codePointText(cp: number): string {
  if (cp > 0x10ffff) return "\ufffd";
  return String.fromCodePoint(cp);
}

/**
 * E'…' body (PostgreSQL docs, "String Constants With C-Style Escapes"): \b \f \n \r \t, \ooo octal
 * and \xhh hex bytes (consecutive bytes form one UTF-8 sequence), \uXXXX, \UXXXXXXXX, '' and
 * backslash + any other character = that character.
 */
export function decodeEscapeString(body: string): string {
  if (!body.includes("\\")) return undouble(body, "'");
  const out = new TextBuilder();
  const n = body.length;
  let i = 0;
  while (i < n) {
    const ch = body[i]!;
    if (ch === "'" && body[i + 1] === "'") {
      out.text("'");
      i += 2;
      continue;
    }
    if (ch !== "\\" || i + 1 >= n) {
      out.text(ch);
      i++;
      continue;
    }
    const e = body[i + 1]!;
    i += 2;
    switch (e) {
      case "b":
        out.text("\b");
        break;
      case "f":
        out.text("\f");
        break;
      case "n":
        out.text("\n");
        break;
      case "r":
        out.text("\r");
        break;
      case "t":
        out.text("\t");
        break;
      case "x": {
        let v = 0;
        let k = 0;
        while (k < 2 && i < n && isHex(body.charCodeAt(i))) (v = v * 16 + parseInt(body[i]!, 16), i++, k++);
        if (k === 0) out.text("x");
        else out.byte(v);
        break;
      }
      case "u":
      case "U": {
        const digits = e === "u" ? 4 : 8;
        const hex = body.slice(i, i + digits);
        if (hex.length === digits && [...hex].every((h) => isHex(h.charCodeAt(0)))) {
          out.text(codePointText(parseInt(hex, 16)));
          i += digits;
        } else out.text(e);
        break;
      }
      default:
        if (e >= "0" && e <= "7") {
          let v = e.charCodeAt(0) - 48;
          let k = 1;
          while (k < 3 && i < n && body[i]! >= "0" && body[i]! <= "7") (v = v * 8 + body.charCodeAt(i) - 48, i++, k++);
          out.byte(v & 0xff);
        } else out.text(e);
    }
  }
  return out.done();
}

/** Collects text where some parts arrive as raw bytes that must be decoded together as UTF-8. */
export class TextBuilder {
  private parts = "";
  private bytes: number[] = [];
  private static readonly decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

  text(s: string): void {
    if (this.bytes.length) this.flush();
    this.parts += s;
  }

  byte(b: number): void {
    this.bytes.push(b);
  }

  done(): string {
    if (this.bytes.length) this.flush();
    return this.parts;
  }

  private flush(): void {
    this.parts += TextBuilder.decoder.decode(Uint8Array.from(this.bytes));
    this.bytes = [];
  }
}
