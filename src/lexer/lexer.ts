import type { Position, Range } from "../report/location.js";
import type { LexEvent, LexProblemCode } from "./events.js";
import { detachedString } from "../core/detached-string.js";
import { positionIn } from "./position.js";
import { isAsciiDigit as isDigit, isIdentPart, isIdentStart, isSqlSpace as isSpace, tokenizeSql } from "./tokens.js";

/*
 * The streaming lexer: splits a plain pg_dump into statements, psql meta-commands, top-level
 * comments and COPY data lines, the way psql reads a script (`src/fe_utils/psqlscan.l`,
 * `src/bin/psql/copy.c`) and with PostgreSQL's lexical rules (docs, "Lexical Structure").
 *
 * - Events are emitted synchronously, in input order, and do not depend on how the input is
 *   cut into chunks.
 * - A problem is emitted just BEFORE the event it concerns (an unterminated string comes right
 *   before the partial statement that holds it; `statement-too-large` right before the
 *   truncated statement; `unterminated-copy` right before the `copy-end {terminated: false}`).
 * - Every range is exact: byte offsets of the UTF-8 input (a leading BOM counts its 3 bytes but
 *   is not text), 1-based lines, 1-based columns in UTF-16 code units; `\r` before `\n` belongs to
 *   the line break. Positions are counted incrementally: each character is counted once.
 * - Memory is bounded: statements and lines longer than the limits keep being scanned but stop
 *   accumulating text.
 *
 * Strings follow standard_conforming_strings as the dump sets it (`SET standard_conforming_strings
 * = on` in every pg_dump output; when off, '…' takes backslash escapes). psql lexes a script line by
 * line, so the server's "string continued after a newline" rule never applies: `E'a'<newline>'b\'`
 * is an E string and then a standard one (checked against psql 15 in test/lexer/fixtures).
 * A backslash outside quotes inside a statement is a meta-command psql runs mid-query: it becomes a
 * meta event; `\g` and its kin end the statement before the backslash.
 */

/** Size limits; beyond them text is cut (and a problem reported) but scanning goes on. */
export interface LexerOptions {
  /** Longest statement text kept, in UTF-16 code units (default 64 Mi). */
  maxStatementChars?: number;
  /** Longest COPY data line, comment line or meta-command line kept (default 64 Mi). */
  maxLineChars?: number;
  /**
   * Where whole COPY data lines go instead of a `copy-data` event (a line cut at `maxLineChars` still comes as
   * an event, with `truncated`): the engine's row path, called once per line in input order with the line and
   * its range, as the event would carry them. Without it, every line is an event.
   */
  onCopyLine?: (line: string, range: Range) => void;
}

const DEFAULT_LIMIT = 64 * 1024 * 1024;
/** Longer dollar-quote tags are read as identifiers; no real dump comes near this. */
const MAX_DOLLAR_TAG = 64 * 1024;

// Modes. Between statements:
const TOP = 0;
const TOP_DASH = 1; // saw `-`: a `--` comment or the start of a statement
const TOP_SLASH = 2; // saw `/`: a `/*` comment or the start of a statement
const TOP_LINE_COMMENT = 3;
const TOP_BLOCK_COMMENT = 4;
const META = 5;
// Inside a statement (STMT <= mode < COPY_REST):
const STMT = 10;
const S_DASH = 11;
const S_SLASH = 12;
const S_LINE_COMMENT = 13;
const S_BLOCK_COMMENT = 14;
const S_STRING = 15; // '…', B'…', X'…', N'…', U&'…': only '' is special
const S_STRING_QUOTE = 16; // after a `'` in S_STRING: `''` or the end
const S_ESTRING = 17; // E'…': backslash escapes
const S_ESTRING_BACKSLASH = 18;
const S_ESTRING_QUOTE = 19;
const S_IDENT = 20;
const S_IDENT_QUOTE = 21;
const S_DOLLAR_START = 22; // after a `$` that is not inside a word
const S_DOLLAR_TAG = 23;
const S_DOLLAR_BODY = 24;
const S_UAMP = 25; // after `u&`: U&'…' / U&"…" or the word u and an operator
// A backslash outside quotes inside a statement: psql runs it as a meta-command (to the end of
// the line) in the middle of the query, except `\;` and `\:`, which put a literal `;` / `:` in it.
const S_BACKSLASH = 26;
const S_META = 27;
// After `COPY … FROM stdin;`:
const COPY_REST = 30; // the rest of the COPY statement's line
const COPY = 31;

const hasBuffer = typeof Buffer === "function" && typeof Buffer.byteLength === "function";

/** UTF-8 length; lone surrogates count 3 (the U+FFFD an encoder writes), like Buffer.byteLength. */
function byteLength(text: string): number {
  if (hasBuffer) return Buffer.byteLength(text, "utf8");
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 text of `bytes[start, end)`, which holds whole, well-formed sequences. */
type Utf8Bytes = Uint8Array & { utf8Slice?: (start: number, end: number) => string };
const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function utf8Text(bytes: Utf8Bytes, start: number, end: number): string {
  // Buffer's own slice decoder: no argument checks, and a one-byte string for an ASCII line.
  return bytes.utf8Slice ? bytes.utf8Slice(start, end) : utf8Decoder.decode(bytes.subarray(start, end));
}

/** A Buffer view of the same memory (no copy) where Buffer exists. */
function asUtf8Bytes(bytes: Uint8Array): Utf8Bytes {
  if (!hasBuffer || Buffer.isBuffer(bytes)) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Bytes of text (statements, comments) decoded and scanned as a string at a time: bounds what
 * is decoded ahead of a COPY block's first line, which the text scanner then reads (and which
 * then cannot go to the byte scanner).
 */
const TEXT_WINDOW = 64 * 1024;

/** `INSERT INTO `, and the same at a line start: where the byte scanner may take a statement. */
const INSERT_WORD = Uint8Array.from("INSERT INTO ", (c) => c.charCodeAt(0));
const INSERT_LINE = hasBuffer ? Buffer.from("\nINSERT INTO ", "latin1") : undefined;
/** ASCII bytes an INSERT in plain form may hold outside strings and quoted names (WORD: may prefix a string). */
const PLAIN = 1;
const WORD = 2;
const PLAIN_BYTE = new Uint8Array(128);
for (const c of " \t\n\r(),.-+:;") PLAIN_BYTE[c.charCodeAt(0)] = PLAIN;
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") PLAIN_BYTE[c.charCodeAt(0)] = PLAIN | WORD;

const isStatementMode = (mode: number): boolean => mode >= STMT && mode < COPY_REST;

/** Statement modes whose construct may still be open at the end of the input (its opening is remembered). */
const isOpenableMode = (mode: number): boolean =>
  mode === S_STRING ||
  mode === S_STRING_QUOTE ||
  mode === S_ESTRING ||
  mode === S_ESTRING_BACKSLASH ||
  mode === S_ESTRING_QUOTE ||
  mode === S_IDENT ||
  mode === S_IDENT_QUOTE ||
  mode === S_DOLLAR_START ||
  mode === S_DOLLAR_TAG ||
  mode === S_DOLLAR_BODY ||
  mode === S_SLASH ||
  mode === S_BLOCK_COMMENT;

/**
 * Feed decoded text with `write` (any chunking), then call `end` once; every event goes to `emit`
 * synchronously, in input order. Never throws for anything in the input.
 */
export class SqlLexer {
  private readonly emit: (event: LexEvent) => void;
  /** `LexerOptions.onCopyLine`, or a function that emits the line as a `copy-data` event. */
  private readonly copyLine: (line: string, range: Range) => void;
  private readonly maxStatement: number;
  private readonly maxLine: number;

  // The text being scanned now, and whether it is all ASCII (then bytes = characters).
  private buf = "";
  private ascii = true;
  private started = false;
  private ended = false;
  /** A high surrogate at the end of a chunk waits for its low half, so no pair is ever split. */
  private heldHighSurrogate = "";
  private prevBufEndedWithCR = false;

  // Position anchor: the position of buf index `aIdx`. Only ever moves forward.
  private aIdx = 0;
  private aOff = 0;
  private aLine = 1;
  private aCol = 1;
  /** Index of the first `\n` at or after the anchor in buf (buf.length when none), or -1: not searched yet. */
  private nextNewline = -1;

  private mode = TOP;

  // The construct being read (statement, comment, meta line, partial COPY line): its start and
  // the text of it from earlier chunks (`acc`, at most `cap` characters) plus buf[accFrom, …).
  private startPos: Position = { offset: 0, line: 1, column: 1 };
  private acc = "";
  private accFrom = 0;
  private cap = 0;
  private overflow = false;

  // Statement state (psqlscan.l): parenthesis depth and the BEGIN … END heuristic for SQL-standard
  // function bodies, which looks at the first four identifiers of the statement.
  private parenDepth = 0;
  private beginDepth = 0;
  private identifierCount = 0;
  private id0 = 0;
  private id1 = 0;
  private id2 = 0;
  private id3 = 0;
  // The word (identifier or number) being read: buf[wordStart, …) plus earlier chunks' part.
  private inWord = false;
  private wordIsNumber = false;
  private numberHasLetters = false;
  private wordStart = 0;
  private wordCarry = "";
  private wordCarryLength = 0;
  // The quote / comment / dollar quote opened last: where, for the unterminated-* problem.
  private openIdx = 0;
  private openPos: Position | null = null;
  private blockDepth = 0;
  /**
   * psql follows the server's standard_conforming_strings; a dump sets it with a SET statement
   * (pg_dump always writes `on`). When off, '…' strings take backslash escapes like E'…'.
   */
  private standardStrings = true;
  private afterStar = false;
  private afterSlash = false;
  private tagStart = 0;
  private tagCarry = "";
  private dollarDelimiter = "";
  private dollarMatched = 0;

  // A meta-command inside a statement: its own text, apart from the statement's.
  private metaStartPos: Position = { offset: 0, line: 1, column: 1 };
  private metaAcc = "";
  private metaFrom = 0;
  private metaOverflow = false;
  /** Statement characters before the backslash, for a `\g` that sends the query without it. */
  private statementLengthAtMeta = 0;
  private statementOverflowAtMeta = false;

  // COPY state.
  private copyLineOpen = false;
  private copyStartPos: Position = { offset: 0, line: 1, column: 1 };
  private restPos: Position | null = null;

  private ownText = false;

  /**
   * True while the statement event being emitted holds a text of its own (an INSERT read on the
   * bytes, decoded once): a slice of it pins that statement only, so a consumer need not copy it.
   * Otherwise a statement's text may be a slice of a larger window of the input.
   */
  get statementTextIsOwn(): boolean {
    return this.ownText;
  }

  constructor(emit: (event: LexEvent) => void, options: LexerOptions = {}) {
    this.emit = emit;
    // A line's own callback (issue 12): no event object per line, and the engine's event handler, which reads
    // events of many shapes, is not compiled for the line's shape alone (it was deoptimized at the first statement after
    // a COPY block, and compiled again).
    this.copyLine = options.onCopyLine ?? ((line, range) => emit({ kind: "copy-data", line, range }));
    this.maxStatement = limit(options.maxStatementChars);
    this.maxLine = limit(options.maxLineChars);
  }

  write(text: string): void {
    if (this.ended || typeof text !== "string" || text.length === 0) return;
    let chunk = this.heldHighSurrogate + text;
    this.heldHighSurrogate = "";
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.heldHighSurrogate = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (chunk.length > 0) this.scanChunk(chunk);
  }

  /**
   * Feed well-formed UTF-8 bytes, cut between whole sequences (what `openInput` yields for valid
   * input): the events are exactly those `write` gives for the decoded text, in any chunking and
   * mixed with `write`. COPY data lines are found on the bytes and each decoded on its own (no
   * decoding of the whole input into one UTF-16 string, no slicing of it); everything else is
   * decoded a window at a time and goes through the text scanner.
   */
  writeUtf8(input: Uint8Array): void {
    if (this.ended || input.length === 0) return;
    const bytes = asUtf8Bytes(input);
    const n = bytes.length;
    let p = 0;
    while (p < n) {
      if (this.mode === COPY && !this.copyLineOpen && this.heldHighSurrogate === "") {
        p = this.scanCopyBytes(bytes, p);
        if (p < n) {
          // The block's `\.` line (whole in these bytes: the text scanner ends the block), or a line cut by the end
          // of the bytes (the text scanner carries it, within the line limit, into the next write).
          const nl = bytes.indexOf(0x0a, p);
          const q = nl < 0 ? n : nl + 1;
          this.write(utf8Text(bytes, p, q));
          p = q;
        }
        continue;
      }
      if (this.mode === TOP && bytes[p] === 0x49 && this.heldHighSurrogate === "") {
        // An INSERT at a statement start: found on the bytes when it is in pg_dump's plain form.
        const end = this.scanInsertBytes(bytes, p);
        if (end > p) {
          p = end;
          continue;
        }
      }
      // Text: a window, or when a COPY line is open only up to its end so the next lines go to the byte scanner.
      let q = n;
      if (this.mode === COPY) {
        const nl = bytes.indexOf(0x0a, p);
        if (nl >= 0) q = nl + 1;
      } else if (n - p > TEXT_WINDOW) {
        q = p + TEXT_WINDOW;
        while (q > p && (bytes[q]! & 0xc0) === 0x80) q--; // not inside a sequence
      }
      if (this.mode !== COPY && INSERT_LINE !== undefined && Buffer.isBuffer(bytes)) {
        // The window ends where a line starts with an INSERT, so that statement can go to the byte
        // scanner (searched within the window only: a dump without INSERTs pays one pass).
        const next = bytes.subarray(p, q).indexOf(INSERT_LINE);
        if (next >= 0 && p + next + 1 < q) q = p + next + 1;
      }
      this.write(utf8Text(bytes, p, q));
      p = q;
    }
  }

  end(): void {
    if (this.ended) return;
    if (this.heldHighSurrogate) {
      const held = this.heldHighSurrogate;
      this.heldHighSurrogate = "";
      this.scanChunk(held);
    }
    this.ended = true;
    this.buf = "";
    this.nextNewline = -1;
    this.aIdx = 0;
    this.accFrom = 0;
    this.finish();
  }

  // ---- chunks ----------------------------------------------------------------------------

  private scanChunk(chunk: string): void {
    this.buf = chunk;
    this.ascii = byteLength(chunk) === chunk.length;
    this.nextNewline = -1;
    this.aIdx = 0;
    this.accFrom = 0;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) {
        // The BOM is not text, but its three bytes are part of the input's byte offsets.
        this.aIdx = 1;
        this.aOff = 3;
        i = 1;
      }
    }
    const n = chunk.length;
    while (i < n) {
      const mode = this.mode;
      if (mode === COPY) i = this.scanCopy(i);
      else if (isStatementMode(mode)) i = this.scanStatement(i);
      else i = this.scanOther(i);
    }
    this.endOfChunk();
  }

  /** Carry everything an open construct needs into the next chunk, then move the anchor to the end. */
  private endOfChunk(): void {
    const buf = this.buf;
    const n = buf.length;
    const mode = this.mode;
    const construct = mode !== TOP && mode !== COPY_REST && (mode !== COPY || this.copyLineOpen);
    if (construct) this.accumulate(n);
    if (isStatementMode(mode)) {
      if (this.inWord) {
        this.wordCarryLength += n - this.wordStart;
        this.wordCarry = this.wordCarryLength <= 10 ? this.wordCarry + buf.slice(this.wordStart, n) : "";
        this.wordStart = 0;
      }
      if (mode === S_DOLLAR_TAG) {
        this.tagCarry += buf.slice(this.tagStart, n);
        this.tagStart = 0;
      }
      if (mode === S_BACKSLASH || mode === S_META) {
        this.accumulateMeta(n);
        this.metaFrom = 0;
      }
      if (isOpenableMode(mode) && this.openPos === null) this.openPos = this.posAt(this.openIdx);
    }
    this.advance(n);
    this.prevBufEndedWithCR = buf.charCodeAt(n - 1) === 0x0d;
    this.aIdx = 0;
    this.accFrom = 0;
  }

  // ---- positions -------------------------------------------------------------------------

  /**
   * Move the anchor forward to buf index `to`, counting bytes and line breaks on the way. Columns
   * are UTF-16 code units, so they follow from indexes alone. The next `\n` found is remembered,
   * so a long line with many events is searched once, not once per event.
   */
  private advance(to: number): void {
    const buf = this.buf;
    const j = this.aIdx;
    if (to <= j) return;
    this.aOff += this.ascii ? to - j : byteLength(buf.slice(j, to));
    let nl = this.nextNewline;
    if (nl < j) {
      nl = buf.indexOf("\n", j);
      if (nl < 0) nl = buf.length;
    }
    if (nl < to) {
      let line = this.aLine;
      let lastBreak = nl;
      while (nl < to) {
        line++;
        lastBreak = nl;
        nl = buf.indexOf("\n", nl + 1);
        if (nl < 0) nl = buf.length;
      }
      this.aLine = line;
      this.aCol = to - lastBreak;
    } else this.aCol += to - j;
    this.nextNewline = nl;
    this.aIdx = to;
  }

  private posAt(index: number): Position {
    this.advance(index);
    return { offset: this.aOff, line: this.aLine, column: this.aCol };
  }

  /** The position of the `\n` at `nl` and, when a `\r` precedes it, of that `\r` (the line's end). */
  private lineEndPos(nl: number, cr: boolean): Position {
    const at = this.posAt(nl);
    return cr ? { offset: at.offset - 1, line: at.line, column: at.column - 1 } : at;
  }

  private crBefore(nl: number): boolean {
    return nl > 0 ? this.buf.charCodeAt(nl - 1) === 0x0d : this.prevBufEndedWithCR;
  }

  // ---- construct text --------------------------------------------------------------------

  private startConstruct(index: number, cap: number): void {
    this.startPos = this.posAt(index);
    this.acc = "";
    this.accFrom = index;
    this.cap = cap;
    this.overflow = false;
  }

  private accumulate(to: number): void {
    if (this.overflow || to <= this.accFrom) return;
    const room = this.cap - this.acc.length;
    if (to - this.accFrom <= room) this.acc += this.buf.slice(this.accFrom, to);
    else {
      this.acc += this.buf.slice(this.accFrom, this.accFrom + room);
      this.overflow = true;
    }
    this.accFrom = to;
  }

  /** The text of a line-like construct ending at the `\n` at `nl`, without `\r\n`, and whether it was cut. */
  private lineText(nl: number, cr: boolean): { text: string; truncated: boolean } {
    this.accumulate(nl);
    let text = this.acc;
    this.acc = "";
    if (cr && !this.overflow) text = text.slice(0, -1);
    const truncated = this.overflow || text.length > this.maxLine;
    return { text: truncated ? text.slice(0, this.maxLine) : text, truncated };
  }

  private problem(code: LexProblemCode, message: string, start: Position, end: Position): void {
    this.emit({ kind: "problem", code, message, range: { start, end } });
  }

  // ---- between statements ----------------------------------------------------------------

  private scanOther(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = start;
    switch (this.mode) {
      case TOP:
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (c === 0x2d || c === 0x2f) {
            this.startConstruct(i, this.maxLine + 1);
            this.mode = c === 0x2d ? TOP_DASH : TOP_SLASH;
            return i + 1;
          }
          if (c === 0x5c) {
            this.startConstruct(i, this.maxLine + 1);
            this.mode = META;
            return i + 1;
          }
          this.startConstruct(i, this.maxStatement);
          this.startStatement();
          return i;
        }
        return n;
      case TOP_DASH:
        if (buf.charCodeAt(i) === 0x2d) {
          this.mode = TOP_LINE_COMMENT;
          return i + 1;
        }
        this.cap = this.maxStatement;
        this.startStatement();
        return i;
      case TOP_SLASH:
        if (buf.charCodeAt(i) === 0x2a) {
          this.mode = TOP_BLOCK_COMMENT;
          this.blockDepth = 1;
          this.afterStar = this.afterSlash = false;
          return i + 1;
        }
        this.cap = this.maxStatement;
        this.startStatement();
        return i;
      case TOP_LINE_COMMENT:
      case META: {
        const nl = buf.indexOf("\n", i);
        if (nl < 0) return n;
        const cr = this.crBefore(nl);
        const { text, truncated } = this.lineText(nl, cr);
        const range = { start: this.startPos, end: this.lineEndPos(nl, cr) };
        this.emitLine(text, truncated, range);
        this.mode = TOP;
        return nl + 1;
      }
      case TOP_BLOCK_COMMENT:
        while (i < n) {
          const c = buf.charCodeAt(i++);
          if (this.blockCommentStep(c)) {
            this.accumulate(i);
            const end = this.posAt(i);
            this.emitBlockComment(end);
            this.mode = TOP;
            return i;
          }
        }
        return n;
      case COPY_REST:
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (c === 0x0a) {
            if (this.restPos) {
              const end = this.lineEndPos(i, this.crBefore(i));
              this.problem("unexpected-input", "text after `COPY … FROM stdin;` on the same line is not part of the COPY data; psql would run it after the data, dumpguard ignores it", this.restPos, end);
              this.restPos = null;
            }
            this.copyStartPos = this.posAt(i + 1);
            this.mode = COPY;
            this.copyLineOpen = false;
            return i + 1;
          }
          if (this.restPos === null && !isSpace(c)) this.restPos = this.posAt(i);
          i++;
        }
        return n;
      default:
        return n;
    }
  }

  /** One character of a (nested) block comment; true when it closed the outermost level. */
  private blockCommentStep(c: number): boolean {
    // psqlscan.l: `/*` nests, `*\/` closes; the `*` of an opener never starts a closer.
    if (this.afterStar && c === 0x2f) {
      this.afterStar = false;
      return --this.blockDepth === 0;
    }
    if (this.afterSlash && c === 0x2a) {
      this.afterSlash = false;
      this.blockDepth++;
      return false;
    }
    this.afterStar = c === 0x2a;
    this.afterSlash = c === 0x2f;
    return false;
  }

  private emitLine(text: string, truncated: boolean, range: Range): void {
    if (this.mode === META) {
      this.emitMeta(text, truncated, range);
      return;
    }
    if (truncated) this.problem("line-too-large", `comment line longer than ${this.maxLine} characters; only its start is kept`, range.start, range.end);
    this.emit(truncated ? { kind: "comment", text, range, truncated } : { kind: "comment", text, range });
  }

  private emitMeta(text: string, truncated: boolean, range: Range): void {
    if (truncated) this.problem("line-too-large", `meta-command line longer than ${this.maxLine} characters; only its start is kept`, range.start, range.end);
    const command = metaCommandName(text);
    this.emit(truncated ? { kind: "meta", text, command, range, truncated } : { kind: "meta", text, command, range });
  }

  private emitBlockComment(end: Position): void {
    const range = { start: this.startPos, end };
    const truncated = this.overflow || this.acc.length > this.maxLine;
    const text = truncated ? this.acc.slice(0, this.maxLine) : this.acc;
    this.acc = "";
    if (truncated) this.problem("line-too-large", `block comment longer than ${this.maxLine} characters; only its start is kept`, range.start, range.end);
    this.emit(truncated ? { kind: "comment", text, range, truncated } : { kind: "comment", text, range });
  }

  // ---- statements ------------------------------------------------------------------------

  private startStatement(): void {
    this.mode = STMT;
    this.parenDepth = 0;
    this.beginDepth = 0;
    this.identifierCount = 0;
    this.inWord = false;
    this.openPos = null;
  }

  private startWord(index: number, isNumber: boolean): void {
    this.inWord = true;
    this.wordIsNumber = isNumber;
    this.numberHasLetters = false;
    this.wordStart = index;
    this.wordCarry = "";
    this.wordCarryLength = 0;
  }

  private wordLength(end: number): number {
    return this.wordCarryLength + end - this.wordStart;
  }

  /** The word ends before buf index `end`: an identifier for psql's BEGIN … END heuristic. */
  private endWord(end: number): void {
    this.inWord = false;
    if (this.wordIsNumber) return;
    // Past the fourth identifier, outside CREATE FUNCTION / PROCEDURE, the word itself no longer matters;
    // nor past the first when that was not CREATE (only CREATE starts a routine header: INSERT, COPY, SELECT …).
    if ((this.identifierCount >= 4 || (this.identifierCount >= 1 && this.id0 !== 0x63)) && !this.isRoutineHeader()) {
      this.identifierCount++;
      return;
    }
    const length = this.wordLength(end);
    // toLowerCase maps no non-ASCII character onto the ASCII letters of the words compared here.
    this.countIdentifier(length <= 9 ? (this.wordCarry + this.buf.slice(this.wordStart, end)).toLowerCase() : "");
  }

  /** CREATE [OR REPLACE] FUNCTION | PROCEDURE, by the first letters psqlscan.l remembers. */
  private isRoutineHeader(): boolean {
    const F = 0x66;
    const P = 0x70;
    return this.id0 === 0x63 && (this.id1 === F || this.id1 === P || (this.id1 === 0x6f && this.id2 === 0x72 && (this.id3 === F || this.id3 === P)));
  }

  /**
   * psqlscan.l's `{identifier}` rule: remember the first letter of CREATE / OR / REPLACE /
   * FUNCTION / PROCEDURE among the first four identifiers; in CREATE [OR REPLACE]
   * FUNCTION|PROCEDURE at parenthesis depth 0, BEGIN opens a block (CASE too, inside one) and END
   * closes one, so the `;` inside `BEGIN ATOMIC … END` do not end the statement.
   */
  private countIdentifier(word: string): void {
    if (this.identifierCount === 0) this.id0 = this.id1 = this.id2 = this.id3 = 0;
    if (this.identifierCount < 4 && (word === "create" || word === "function" || word === "procedure" || word === "or" || word === "replace")) {
      const letter = word.charCodeAt(0);
      if (this.identifierCount === 0) this.id0 = letter;
      else if (this.identifierCount === 1) this.id1 = letter;
      else if (this.identifierCount === 2) this.id2 = letter;
      else this.id3 = letter;
    }
    this.identifierCount++;
    if (this.parenDepth === 0 && this.isRoutineHeader()) {
      if (word === "begin") this.beginDepth++;
      else if (word === "case") {
        if (this.beginDepth >= 1) this.beginDepth++;
      } else if (word === "end") {
        if (this.beginDepth > 0) this.beginDepth--;
      }
    }
  }

  private open(index: number, mode: number): void {
    this.mode = mode;
    this.openIdx = index;
    this.openPos = null;
  }

  private startInlineMeta(index: number): void {
    this.mode = S_BACKSLASH;
    this.metaStartPos = this.posAt(index);
    this.metaAcc = "";
    this.metaFrom = index;
    this.metaOverflow = false;
    const length = this.overflow ? this.cap + 1 : this.acc.length + index - this.accFrom;
    this.statementOverflowAtMeta = length > this.cap;
    this.statementLengthAtMeta = Math.min(this.cap, length);
  }

  private accumulateMeta(to: number): void {
    if (this.metaOverflow || to <= this.metaFrom) return;
    const room = this.maxLine + 1 - this.metaAcc.length;
    if (to - this.metaFrom <= room) this.metaAcc += this.buf.slice(this.metaFrom, to);
    else {
      this.metaAcc += this.buf.slice(this.metaFrom, this.metaFrom + room);
      this.metaOverflow = true;
    }
    this.metaFrom = to;
  }

  /**
   * A meta-command inside a statement ended (at its line break or the end of input). Commands that
   * send the query buffer (\g and its kin) end the statement just before the backslash, as psql
   * sends it; after any other command the statement goes on, its text still holding the command
   * line so that positions inside the text stay exact. Returns true when the statement ended.
   */
  private endInlineMeta(text: string, truncated: boolean, end: Position, nextLine: number): boolean {
    const range = { start: this.metaStartPos, end };
    if (!SENDING_META_COMMANDS.has(metaCommandName(text))) {
      this.emitMeta(text, truncated, range);
      this.mode = STMT;
      return false;
    }
    // psql sends the buffer as it stands, blanks before the backslash included.
    this.accumulate(this.buf.length);
    const statement = this.acc.slice(0, this.statementLengthAtMeta);
    this.acc = "";
    this.emitStatement(statement, this.statementOverflowAtMeta, { start: this.startPos, end: this.metaStartPos });
    this.emitMeta(text, truncated, range);
    this.mode = TOP;
    // `COPY … FROM stdin \g`: the data starts on the next line.
    if (this.statementSent(statement) && nextLine >= 0) {
      this.copyStartPos = this.posAt(nextLine);
      this.copyLineOpen = false;
      this.mode = COPY;
    }
    return true;
  }

  private scanStatement(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = start;
    while (i < n) {
      const c = buf.charCodeAt(i);
      switch (this.mode) {
        case STMT: {
          if (this.inWord) {
            // Identifier characters run on in a tight loop; `$` is one of them (a$b is one word).
            if (!this.wordIsNumber) {
              while (i < n && isIdentPart(buf.charCodeAt(i))) i++;
            } else {
              // Numbers: trailing letters are "junk" of the number; `$` only continues it after a letter.
              for (; i < n; i++) {
                const d = buf.charCodeAt(i);
                if (isDigit(d)) continue;
                if (!isIdentPart(d) || (d === 0x24 && !this.numberHasLetters)) break;
                this.numberHasLetters = true;
              }
            }
            if (i >= n) return n;
            const d = buf.charCodeAt(i);
            if (!this.wordIsNumber && (d === 0x27 || d === 0x26) && this.wordLength(i) === 1) {
              const letter = (i > this.wordStart ? buf.charCodeAt(i - 1) : this.wordCarry.charCodeAt(0)) | 0x20;
              if (d === 0x27 && (letter === 0x65 || letter === 0x62 || letter === 0x78 || letter === 0x6e)) {
                // E'…' (backslash escapes), B'…', X'…', N'…': not identifiers.
                this.inWord = false;
                this.open(i, letter === 0x65 || (letter === 0x6e && !this.standardStrings) ? S_ESTRING : S_STRING);
                i++;
                continue;
              }
              if (d === 0x26 && letter === 0x75) {
                this.inWord = false;
                this.mode = S_UAMP;
                i++;
                continue;
              }
            }
            this.endWord(i);
            continue;
          }
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (isIdentStart(c)) {
            this.startWord(i, false);
            i++;
            continue;
          }
          if (isDigit(c)) {
            this.startWord(i, true);
            i++;
            continue;
          }
          switch (c) {
            case 0x27:
              this.open(i, this.standardStrings ? S_STRING : S_ESTRING);
              break;
            case 0x22:
              this.open(i, S_IDENT);
              break;
            case 0x24:
              this.open(i, S_DOLLAR_START);
              break;
            case 0x2d:
              this.mode = S_DASH;
              break;
            case 0x2f:
              this.open(i, S_SLASH);
              break;
            case 0x28:
              this.parenDepth++;
              break;
            case 0x29:
              if (this.parenDepth > 0) this.parenDepth--;
              break;
            case 0x5c:
              this.startInlineMeta(i);
              break;
            case 0x3b:
              if (this.parenDepth === 0 && this.beginDepth === 0) {
                this.endStatement(i + 1);
                return i + 1;
              }
              break;
          }
          i++;
          continue;
        }
        case S_STRING: {
          const k = buf.indexOf("'", i);
          if (k < 0) return n;
          this.mode = S_STRING_QUOTE;
          i = k + 1;
          continue;
        }
        case S_STRING_QUOTE:
          if (c === 0x27) {
            this.mode = S_STRING;
            i++;
          } else this.mode = STMT;
          continue;
        case S_ESTRING:
          while (i < n) {
            const d = buf.charCodeAt(i);
            if (d === 0x5c) {
              if (i + 1 < n) i += 2;
              else {
                this.mode = S_ESTRING_BACKSLASH;
                i++;
                break;
              }
            } else if (d === 0x27) {
              this.mode = S_ESTRING_QUOTE;
              i++;
              break;
            } else i++;
          }
          continue;
        case S_ESTRING_BACKSLASH:
          this.mode = S_ESTRING;
          i++;
          continue;
        case S_ESTRING_QUOTE:
          if (c === 0x27) {
            this.mode = S_ESTRING;
            i++;
          } else this.mode = STMT;
          continue;
        case S_IDENT: {
          const k = buf.indexOf('"', i);
          if (k < 0) return n;
          this.mode = S_IDENT_QUOTE;
          i = k + 1;
          continue;
        }
        case S_IDENT_QUOTE:
          if (c === 0x22) {
            this.mode = S_IDENT;
            i++;
          } else this.mode = STMT;
          continue;
        case S_DASH:
          if (c === 0x2d) {
            this.mode = S_LINE_COMMENT;
            i++;
          } else this.mode = STMT;
          continue;
        case S_LINE_COMMENT: {
          const k = buf.indexOf("\n", i);
          if (k < 0) return n;
          this.mode = STMT;
          i = k + 1;
          continue;
        }
        case S_SLASH:
          if (c === 0x2a) {
            this.mode = S_BLOCK_COMMENT;
            this.blockDepth = 1;
            this.afterStar = this.afterSlash = false;
            i++;
          } else this.mode = STMT;
          continue;
        case S_BLOCK_COMMENT:
          i++;
          if (this.blockCommentStep(c)) this.mode = STMT;
          continue;
        case S_BACKSLASH:
          if (c === 0x3b || c === 0x3a) {
            // psqlscan.l: `\;` and `\:` force the character into the query; `\;` restarts the identifier count.
            if (c === 0x3b) this.identifierCount = 0;
            this.mode = STMT;
            i++;
          } else this.mode = S_META;
          continue;
        case S_META: {
          const k = buf.indexOf("\n", i);
          if (k < 0) return n;
          const cr = this.crBefore(k);
          this.accumulateMeta(k);
          let text = this.metaAcc;
          this.metaAcc = "";
          if (cr && !this.metaOverflow) text = text.slice(0, -1);
          const truncated = this.metaOverflow || text.length > this.maxLine;
          if (this.endInlineMeta(truncated ? text.slice(0, this.maxLine) : text, truncated, this.lineEndPos(k, cr), k + 1)) return k + 1;
          i = k + 1;
          continue;
        }
        case S_UAMP:
          if (c === 0x27) {
            this.open(i, S_STRING);
            i++;
          } else if (c === 0x22) {
            this.open(i, S_IDENT);
            i++;
          } else {
            this.countIdentifier("u");
            this.mode = STMT;
          }
          continue;
        case S_DOLLAR_START:
          // $1 is a parameter; $$ and $tag$ open a dollar quote (the tag cannot start with a digit).
          if (isDigit(c)) {
            this.mode = STMT;
            this.startWord(i, true);
            i++;
          } else if (c === 0x24) {
            this.dollarDelimiter = "$$";
            this.dollarMatched = 0;
            this.mode = S_DOLLAR_BODY;
            i++;
          } else if (isIdentStart(c)) {
            this.mode = S_DOLLAR_TAG;
            this.tagStart = i;
            this.tagCarry = "";
            i++;
          } else this.mode = STMT;
          continue;
        case S_DOLLAR_TAG:
          if (c === 0x24) {
            this.dollarDelimiter = "$" + this.tagCarry + buf.slice(this.tagStart, i) + "$";
            this.tagCarry = "";
            this.dollarMatched = 0;
            this.mode = S_DOLLAR_BODY;
            i++;
          } else if (isIdentPart(c) && this.tagCarry.length + i - this.tagStart < MAX_DOLLAR_TAG) i++;
          else {
            // Not a dollar quote (psqlscan.l's dolqfailed): `$` alone, the would-be tag an identifier.
            const tag = this.tagCarry + buf.slice(this.tagStart, i);
            this.tagCarry = "";
            this.mode = STMT;
            this.startWord(i, false);
            this.wordCarryLength = tag.length;
            this.wordCarry = tag.length <= 10 ? tag : "";
          }
          continue;
        case S_DOLLAR_BODY:
          i = this.scanDollarBody(i);
          continue;
        default:
          return n;
      }
    }
    return n;
  }

  /** Look for the closing `$tag$`; a delimiter split across chunks is matched character by character. */
  private scanDollarBody(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    const delimiter = this.dollarDelimiter;
    const length = delimiter.length;
    let i = start;
    // The tag holds no `$`, so after a mismatch the only possible restart is at a `$`.
    while (this.dollarMatched > 0 && i < n) {
      const c = buf.charCodeAt(i);
      if (c === delimiter.charCodeAt(this.dollarMatched)) {
        i++;
        if (++this.dollarMatched === length) {
          this.dollarMatched = 0;
          this.mode = STMT;
          return i;
        }
      } else if (c === 0x24) {
        this.dollarMatched = 1;
        i++;
      } else this.dollarMatched = 0;
    }
    if (i >= n) return n;
    const k = buf.indexOf(delimiter, i);
    if (k >= 0) {
      this.mode = STMT;
      return k + length;
    }
    // A prefix of the delimiter at the very end of the chunk carries over.
    for (let p = buf.indexOf("$", Math.max(i, n - length + 1)); p >= 0; p = buf.indexOf("$", p + 1)) {
      if (delimiter.startsWith(buf.slice(p))) {
        this.dollarMatched = n - p;
        break;
      }
    }
    return n;
  }

  private endStatement(end: number): void {
    this.accumulate(end);
    const text = this.acc;
    const truncated = this.overflow;
    this.acc = "";
    const range = { start: this.startPos, end: this.posAt(end) };
    this.emitStatement(text, truncated, range);
    if (this.statementSent(text)) {
      this.mode = COPY_REST;
      this.restPos = null;
    } else this.mode = TOP;
  }

  /** What a statement psql sent changes for what follows; true when it starts COPY data. */
  private statementSent(text: string): boolean {
    if ((text.charCodeAt(0) | 0x20) === 0x73) {
      const setting = standardConformingStringsSetting(text);
      if (setting !== undefined) this.standardStrings = setting;
    }
    return isCopyFromStdin(text);
  }

  private emitStatement(text: string, truncated: boolean, range: Range): void {
    if (truncated) {
      this.problem("statement-too-large", `statement longer than ${this.maxStatement} characters; only its start is kept for analysis`, range.start, range.end);
      this.emit({ kind: "statement", text, range, truncated: true });
    } else this.emit({ kind: "statement", text, range });
  }

  // ---- COPY data -------------------------------------------------------------------------

  private scanCopy(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = start;
    if (this.copyLineOpen) {
      // The rest of a line that began in an earlier chunk.
      const nl = buf.indexOf("\n", i);
      if (nl < 0) return n;
      this.copyLineOpen = false;
      const cr = this.crBefore(nl);
      // The terminator is looked for before the line limit cuts (a limit under 2 would cut `\.` itself), as the hot path below does.
      this.accumulate(nl);
      const terminator = !this.overflow && this.acc.length === (cr ? 3 : 2) && this.acc.startsWith("\\.");
      const { text, truncated } = this.lineText(nl, cr);
      const range = { start: this.startPos, end: this.lineEndPos(nl, cr) };
      this.advance(nl + 1);
      if (terminator) {
        this.emit({ kind: "copy-end", terminated: true, range });
        this.mode = TOP;
        return nl + 1;
      }
      this.emitCopyLine(text, truncated, range);
      i = nl + 1;
    }
    // Hot path: whole lines inside this chunk. The anchor sits at the start of line `i`.
    this.advance(i);
    const ascii = this.ascii;
    const maxLine = this.maxLine;
    let off = this.aOff;
    let line = this.aLine;
    const column = this.aCol;
    while (i < n) {
      const nl = buf.indexOf("\n", i);
      if (nl < 0) break;
      const end = nl > i && buf.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
      const length = end - i;
      if (length === 2 && buf.charCodeAt(i) === 0x5c && buf.charCodeAt(i + 1) === 0x2e) {
        this.emit({ kind: "copy-end", terminated: true, range: { start: { offset: off, line, column }, end: { offset: off + 2, line, column: column + 2 } } });
        this.aIdx = nl + 1;
        this.aOff = off + (nl - i) + 1;
        this.aLine = line + 1;
        this.aCol = 1;
        this.mode = TOP;
        return nl + 1;
      }
      const text = buf.slice(i, end);
      const bytes = ascii ? length : byteLength(text);
      const range = { start: { offset: off, line, column }, end: { offset: off + bytes, line, column: column + length } };
      if (length > maxLine) this.emitCopyLine(text.slice(0, maxLine), true, range);
      else this.copyLine(detachedString(text), range);
      off += bytes + (nl - end) + 1;
      line++;
      i = nl + 1;
    }
    this.aIdx = i;
    this.aOff = off;
    this.aLine = line;
    this.aCol = column;
    if (i < n) {
      // Room for `\.\r` whatever the limit, so a terminator carried into the next chunk is still seen whole.
      this.startConstruct(i, Math.max(maxLine + 1, 3));
      this.copyLineOpen = true;
    }
    return n;
  }

  /**
   * `scanCopy`'s hot path on bytes: whole lines from `start` (a line start, the anchor there),
   * each decoded on its own. Offsets are byte indexes, a line's end column its UTF-16 length.
   * Returns the index of the `\.` line's first byte (mode still COPY: writeUtf8 gives that line to the
   * text scanner), or of the first byte of a line the bytes end inside (n when none).
   */
  private scanCopyBytes(bytes: Utf8Bytes, start: number): number {
    const n = bytes.length;
    const maxLine = this.maxLine;
    let i = start;
    let off = this.aOff;
    let line = this.aLine;
    const column = this.aCol;
    // The byte before a line start is its `\n`: no `\r` of an earlier chunk belongs to these lines.
    this.prevBufEndedWithCR = false;
    while (i < n) {
      const nl = bytes.indexOf(0x0a, i);
      if (nl < 0) break;
      const first = bytes[i]!;
      const last = nl > i ? bytes[nl - 1]! : -1;
      const cr = last === 0x0d;
      const end = cr ? nl - 1 : nl;
      const length = end - i;
      // The `\.` line is left to the text scanner (writeUtf8), which ends the block. Its test reads and compares for
      // every line what it needs (the line's first and last bytes): an operation this loop reached only at a block's
      // end had no type feedback when the loop was compiled, and its code was thrown away there and compiled again.
      const two = length === 2;
      const backslash = first === 0x5c;
      const dot = (cr ? (nl >= 2 ? bytes[nl - 2]! : -1) : last) === 0x2e;
      if (two && backslash && dot) break;
      const text = utf8Text(bytes, i, end);
      const range = { start: { offset: off, line, column }, end: { offset: off + length, line, column: column + text.length } };
      if (text.length > maxLine) this.emitCopyLine(text.slice(0, maxLine), true, range);
      else this.copyLine(text, range);
      off += nl - i + 1;
      line++;
      i = nl + 1;
      // The anchor moves with every line, not once after the loop: that store ran only when the bytes ended, never
      // before this loop was compiled (on-stack), so its code was thrown away at the first chunk's end (issue 12).
      this.aOff = off;
      this.aLine = line;
    }
    return i;
  }

  /**
   * An INSERT statement starting at `bytes[start]` (in TOP mode), found on the bytes: returns the
   * index after its `;` once emitted, or `start` when it is not in the plain form this reads (then
   * the text scanner reads it). The plain form is pg_dump's: outside '…' strings (standard strings,
   * no prefix) and "…" names only ASCII words, numbers, blanks and `( ) , . - + :` before a `;` at
   * parenthesis depth 0, all within these bytes and the statement size limit. Everything the text
   * scanner would do differently (comments, backslashes, dollar quotes, E'' strings) is not in it,
   * so the event is the one the text scanner gives, and its text is a string of its own.
   */
  private scanInsertBytes(bytes: Utf8Bytes, start: number): number {
    const n = bytes.length;
    if (!this.standardStrings || start + INSERT_WORD.length >= n) return start;
    for (let k = 1; k < INSERT_WORD.length; k++) if (bytes[start + k] !== INSERT_WORD[k]) return start;
    let i = start + INSERT_WORD.length;
    let depth = 0;
    for (;;) {
      if (i >= n) return start;
      const c = bytes[i]!;
      if (c === 0x27) {
        // A string: only `''` is special. A letter, digit, `_` or `$` just before it makes it a prefixed one (E'', B'', U&'').
        const before = bytes[i - 1]!;
        if (before >= 0x80 || (PLAIN_BYTE[before]! & WORD) !== 0) return start;
        let q = bytes.indexOf(0x27, i + 1);
        while (q >= 0 && bytes[q + 1] === 0x27) q = bytes.indexOf(0x27, q + 2);
        if (q < 0 || q + 1 >= n) return start;
        i = q + 1;
        continue;
      }
      if (c === 0x22) {
        let q = bytes.indexOf(0x22, i + 1);
        while (q >= 0 && bytes[q + 1] === 0x22) q = bytes.indexOf(0x22, q + 2);
        if (q < 0 || q + 1 >= n) return start;
        for (let k = i + 1; k < q; k++) if (bytes[k]! >= 0x80) return start;
        i = q + 1;
        continue;
      }
      if (c >= 0x80) return start;
      const kind = PLAIN_BYTE[c]!;
      if (kind === 0) return start;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth > 0) depth--;
      } else if (c === 0x3b) {
        if (depth === 0) break;
      } else if (c === 0x2d && bytes[i + 1] === 0x2d) return start;
      i++;
    }
    const end = i + 1;
    const text = utf8Text(bytes, start, end);
    if (text.length > this.maxStatement) return start;
    const from: Position = { offset: this.aOff, line: this.aLine, column: this.aCol };
    let line = this.aLine;
    let lastBreak = -1;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
      line++;
      lastBreak = nl;
    }
    const column = lastBreak < 0 ? this.aCol + text.length : text.length - lastBreak;
    this.aOff += end - start;
    this.aLine = line;
    this.aCol = column;
    this.started = true;
    this.ownText = true;
    this.emitStatement(text, false, { start: from, end: { offset: this.aOff, line, column } });
    this.ownText = false;
    // The blanks after it (the line break before the next INSERT), as the text scanner skips them between statements.
    let j = end;
    let atLine = line;
    let atColumn = column;
    for (; j < n; j++) {
      const b = bytes[j]!;
      if (b === 0x0a) {
        atLine++;
        atColumn = 1;
      } else if (b === 0x20 || b === 0x09 || b === 0x0d) atColumn++;
      else break;
    }
    this.aOff += j - end;
    this.aLine = atLine;
    this.aCol = atColumn;
    this.prevBufEndedWithCR = bytes[j - 1] === 0x0d;
    return j;
  }

  /** A COPY line cut from a chunk of text: copied, so it does not pin the chunk (see CopyDataEvent). */
  private emitCopyLine(text: string, truncated: boolean, range: Range): void {
    if (truncated) {
      this.problem("line-too-large", `COPY data line longer than ${this.maxLine} characters; only its start is kept`, range.start, range.end);
      this.emit({ kind: "copy-data", line: detachedString(text), range, truncated: true });
    } else this.copyLine(detachedString(text), range);
  }

  // ---- end of input ----------------------------------------------------------------------

  private finish(): void {
    const eof = this.posAt(0);
    const mode = this.mode;
    if (mode === TOP) return;
    if (mode === TOP_LINE_COMMENT || mode === META) {
      const text = this.acc;
      const truncated = this.overflow || text.length > this.maxLine;
      this.emitLine(truncated ? text.slice(0, this.maxLine) : text, truncated, { start: this.startPos, end: eof });
    } else if (mode === TOP_BLOCK_COMMENT) {
      this.problem("unterminated-block-comment", "block comment `/*` is not closed before the end of the input", this.startPos, eof);
      this.emitBlockComment(eof);
    } else if (mode === TOP_DASH || mode === TOP_SLASH || isStatementMode(mode)) {
      this.finishStatement(eof);
    } else if (mode === COPY_REST || mode === COPY) {
      if (mode === COPY_REST) {
        if (this.restPos) this.problem("unexpected-input", "text after `COPY … FROM stdin;` on the same line is not part of the COPY data", this.restPos, eof);
        this.copyStartPos = eof;
      } else if (this.copyLineOpen) {
        const raw = this.acc;
        const range = { start: this.startPos, end: eof };
        if (!this.overflow && (raw === "\\." || raw === "\\.\r")) {
          this.emit({ kind: "copy-end", terminated: true, range: raw.length === 2 ? range : { start: this.startPos, end: { offset: eof.offset - 1, line: eof.line, column: eof.column - 1 } } });
          this.mode = TOP;
          return;
        }
        const truncated = this.overflow || raw.length > this.maxLine;
        this.emitCopyLine(truncated ? raw.slice(0, this.maxLine) : raw, truncated, range);
      }
      this.problem("unterminated-copy", "COPY data is not ended by a `\\.` line before the end of the input; the last rows may be cut off", this.copyStartPos, eof);
      this.emit({ kind: "copy-end", terminated: false, range: { start: eof, end: eof } });
    }
    this.mode = TOP;
  }

  private finishStatement(eof: Position): void {
    if (this.mode === S_BACKSLASH || this.mode === S_META) {
      const text = this.metaAcc;
      this.metaAcc = "";
      const truncated = this.metaOverflow || text.length > this.maxLine;
      if (this.endInlineMeta(truncated ? text.slice(0, this.maxLine) : text, truncated, eof, -1)) return;
    }
    const mode = this.mode;
    const unterminated: [LexProblemCode, string] | undefined =
      mode === S_STRING || mode === S_ESTRING || mode === S_ESTRING_BACKSLASH
        ? ["unterminated-string", "string constant is not closed before the end of the input"]
        : mode === S_IDENT
          ? ["unterminated-quoted-identifier", "quoted identifier is not closed before the end of the input"]
          : mode === S_DOLLAR_BODY
            ? ["unterminated-dollar-quote", `dollar-quoted string is not closed by ${quotableDollarTag(this.dollarDelimiter)} before the end of the input`]
            : mode === S_BLOCK_COMMENT
              ? ["unterminated-block-comment", "block comment `/*` is not closed before the end of the input"]
              : undefined;
    if (unterminated) this.problem(unterminated[0], unterminated[1], this.openPos ?? this.startPos, eof);
    let text = this.acc;
    this.acc = "";
    let end = eof;
    if (!unterminated && !this.overflow) {
      // A statement cut off by the end of input ends at its last non-blank character.
      let k = text.length;
      while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
      if (k < text.length) {
        text = text.slice(0, k);
        end = positionIn({ text, range: { start: this.startPos, end: eof } }, k);
      }
    }
    this.emitStatement(text, this.overflow, { start: this.startPos, end });
  }
}

/**
 * The tag of an unclosed dollar quote, fit for a message (issue 10 item 4): `$$`, `$_$`, `$body$` as
 * written; any other tag (a flipped byte can turn a salt or a token into one) only by its length.
 */
function quotableDollarTag(delimiter: string): string {
  const tag = delimiter.slice(1, -1);
  return tag.length <= 16 && /^[a-z_]*$/.test(tag) ? delimiter : `its closing tag (a ${tag.length}-character tag)`;
}

/** psql meta-commands that send the query buffer to the server (psql 15 docs, "Meta-Commands"). */
const SENDING_META_COMMANDS = new Set(["g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"]);

/** The command word of a meta-command line: after the backslash, up to a blank or the next backslash. */
function metaCommandName(line: string): string {
  let k = 1;
  while (k < line.length && !isSpace(line.charCodeAt(k)) && line.charCodeAt(k) !== 0x5c) k++;
  return line.slice(1, k);
}

function limit(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_LIMIT;
}

/** `COPY <table> [(columns)] FROM stdin …` (case-insensitive), read from tokens, not raw text. */
export function isCopyFromStdin(statement: string): boolean {
  let k = 0;
  while (k < statement.length && isSpace(statement.charCodeAt(k))) k++;
  if (k + 4 > statement.length) return false;
  // Most statements are rejected on their first character, before anything is allocated.
  const first = statement.charCodeAt(k);
  if ((first | 0x20) !== 0x63 && first !== 0x2d && first !== 0x2f) return false;
  const head = statement.slice(k, k + 4).toLowerCase();
  if (head !== "copy" && head.charCodeAt(0) !== 0x2d && head.charCodeAt(0) !== 0x2f) return false;
  const tokens = tokenizeSql(statement).filter((t) => t.type !== "comment");
  if (tokens[0]?.type !== "word" || tokens[0].value !== "copy") return false;
  let depth = 0;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === "punct" && t.raw === "(") depth++;
    else if (t.type === "punct" && t.raw === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.type === "word" && t.value === "from") {
      const next = tokens[j + 1];
      return next !== undefined && next.type === "word" && next.value === "stdin";
    }
  }
  return false;
}

/** `SET [SESSION|LOCAL] standard_conforming_strings {=|TO} on|off|true|false|…` -> the new value. */
export function standardConformingStringsSetting(statement: string): boolean | undefined {
  if (statement.length > 200) return undefined;
  const words = tokenizeSql(statement)
    .filter((t) => t.type !== "comment")
    .map((t) => (t.type === "punct" || t.type === "operator" ? t.raw : t.value.toLowerCase()));
  let k = 0;
  if (words[k++] !== "set") return undefined;
  if (words[k] === "session" || words[k] === "local") k++;
  if (words[k++] !== "standard_conforming_strings") return undefined;
  if (words[k] !== "=" && words[k] !== "to") return undefined;
  const value = words[k + 1];
  if (value === "on" || value === "true" || value === "yes" || value === "1") return true;
  if (value === "off" || value === "false" || value === "no" || value === "0") return false;
  return undefined;
}

/** All events for a whole input held in one string. */
export function lexString(text: string, options?: LexerOptions): LexEvent[] {
  const events: LexEvent[] = [];
  const lexer = new SqlLexer((event) => events.push(event), options);
  lexer.write(text);
  lexer.end();
  return events;
}
