import type { Position, Range } from "../report/location.js";

/** Anything with its source text and the range that text covers in the input (a StatementEvent). */
export interface LocatedText {
  text: string;
  range: Range;
}

/**
 * UTF-8 length of `text.slice(from, to)`. A surrogate pair counts 4 bytes (at its high half);
 * a lone surrogate counts 3, the length of the U+FFFD a UTF-8 encoder writes for it.
 */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        if (i + 1 < to) i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The position `to` characters further than `from` in `text`, starting at `from`'s position:
 * counts UTF-8 bytes and `\n` line breaks. Columns are UTF-16 code units, 1-based.
 */
export function advancePosition(start: Position, text: string, from: number, to: number): Position {
  // Only text[from, to) is read: a `lastIndexOf("\n")` from `to` ran back to the previous line
  // break, the whole statement when it is one line, which made locating each column of a wide
  // one-line CREATE TABLE quadratic.
  let line = start.line;
  let lastBreak = -1;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lastBreak = k;
    }
  }
  const column = lastBreak >= 0 ? to - lastBreak : start.column + (to - from);
  return { offset: start.offset + utf8Length(text, from, to), line, column };
}

const clampIndex = (text: string, index: number): number => Math.max(0, Math.min(Math.trunc(index) || 0, text.length));

/**
 * The absolute Position of UTF-16 index `index` of `statement.text` (clamped to the text).
 * Cost is linear in `index`; call it for findings, not per character.
 */
export function positionIn(statement: LocatedText, index: number): Position {
  return advancePosition(statement.range.start, statement.text, 0, clampIndex(statement.text, index));
}

/** The absolute Range of `statement.text.slice(start, end)` (an empty range when end <= start). */
export function rangeIn(statement: LocatedText, start: number, end: number): Range {
  const from = clampIndex(statement.text, start);
  const to = Math.max(from, clampIndex(statement.text, end));
  const startPosition = positionIn(statement, from);
  return { start: startPosition, end: advancePosition(startPosition, statement.text, from, to) };
}
