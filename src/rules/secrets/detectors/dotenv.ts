import type { Detector, DetectorMatch } from "../detector.js";
import { NO_DETECTOR_MATCHES } from "../detector.js";
import { namedValueVerdict } from "../named-value.js";
import { CREDENTIAL_NAME_KEYWORDS } from "../secret-name.js";

/** The fewest assignments that make a cell a `.env` file (one line is a key/value pair the column's own judgement reads). */
const MIN_ASSIGNMENTS = 2;
/** Longest name looked at. */
const MAX_NAME = 128;

const isNameStart = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

/**
 * A `.env` file kept in a text cell (an environments table, a deploy tool's per-stage config, a CI
 * project's variables): lines of `NAME=value` (optionally `export NAME=value`, quoted values), `#`
 * comments and blank lines, nothing else, at least two assignments. Each value is judged by its
 * line's name as a key/value table's value is by its key (`namedValueVerdict`: `SECRET_KEY_BASE=8f3c…`,
 * `DB_PASSWORD=…`; not `PASSWORD_MIN_LENGTH=8` — that name says nothing — nor `REDACTED`, `${VAR}`,
 * `changeme`). A value with white space is prose and not judged. One pass over the lines: linear.
 */
export function findDotenvSecrets(text: string): DetectorMatch[] {
  return scanDotenv(text, true) ?? NO_DETECTOR_MATCHES;
}

/**
 * Whether a text is a `.env` file as findDotenvSecrets reads one (lines of `NAME=value`, comments, at least two
 * assignments): its values are judged line by line, so a column whose name says credential does not judge it whole.
 */
export function isDotenvFile(text: string): boolean {
  return scanDotenv(text, false) !== undefined;
}

/** The matches of a `.env` text (`collect`; else an empty list), or undefined when the text is not one. */
function scanDotenv(text: string, collect: boolean): DetectorMatch[] | undefined {
  if (text.indexOf("\n") < 0 || text.indexOf("=") < 0) return undefined;
  let out: DetectorMatch[] | undefined;
  let assignments = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let end = lineEnd;
    if (end > lineStart && text.charCodeAt(end - 1) === 0x0d) end--;
    let i = lineStart;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const next = lineEnd + 1;
    if (i === end || text.charCodeAt(i) === 0x23 /* # */) {
      lineStart = next;
      continue;
    }
    if (text.startsWith("export", i) && isBlank(text.charCodeAt(i + 6))) {
      i += 6;
      while (i < end && isBlank(text.charCodeAt(i))) i++;
    }
    const nameStart = i;
    if (!isNameStart(text.charCodeAt(i))) return undefined;
    while (i < end && i - nameStart < MAX_NAME && isNameChar(text.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3d /* = */) return undefined;
    assignments++;
    i++;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    let valueStart = i;
    let valueEnd = end;
    while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
    const quote = text.charCodeAt(valueStart);
    if ((quote === 0x22 || quote === 0x27) && valueEnd - valueStart >= 2 && text.charCodeAt(valueEnd - 1) === quote) {
      valueStart++;
      valueEnd--;
    }
    if (collect && valueEnd > valueStart) {
      const value = text.slice(valueStart, valueEnd);
      if (!/\s/.test(value) && !value.startsWith("${") && namedValueVerdict(value, text.slice(nameStart, nameEnd)) !== undefined) (out ??= []).push({ start: valueStart, end: valueEnd });
    }
    lineStart = next;
  }
  if (assignments < MIN_ASSIGNMENTS) return undefined;
  return out ?? NO_DETECTOR_MATCHES;
}

export const dotenvSecret: Detector = {
  id: "dotenv-secret",
  description: "credential in a .env file kept in a text column (SECRET_KEY_BASE=…, DB_PASSWORD=…)",
  keywords: CREDENTIAL_NAME_KEYWORDS,
  caseInsensitiveKeywords: true,
  help: "rotate the credential and replace the value in the stored .env text with a placeholder before hand-off",
  find: (value, context) => (context.clause === "row" ? findDotenvSecrets(value) : NO_DETECTOR_MATCHES),
};
