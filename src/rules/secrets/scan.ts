/**
 * Character classes and bounded forward scans shared by the detectors. Every detector finds its
 * candidates with `indexOf` on a fixed prefix and then walks forward at most a format's maximum
 * length, so a value is scanned in time proportional to its length whatever it contains.
 */
import { scannedUnits } from "./keyword-scan.js";

export type CharTest = (code: number) => boolean;

export const isDigit: CharTest = (c) => c >= 0x30 && c <= 0x39;
export const isUpper: CharTest = (c) => c >= 0x41 && c <= 0x5a;
export const isLower: CharTest = (c) => c >= 0x61 && c <= 0x7a;
export const isAlnum: CharTest = (c) => isDigit(c) || isUpper(c) || isLower(c);
export const isLowerHex: CharTest = (c) => isDigit(c) || (c >= 0x61 && c <= 0x66);
export const isHex: CharTest = (c) => isLowerHex(c) || (c >= 0x41 && c <= 0x46);
/** RFC 4648 base32 alphabet (A-Z, 2-7), the alphabet of AWS key ids. */
export const isBase32Upper: CharTest = (c) => isUpper(c) || (c >= 0x32 && c <= 0x37);
/** RFC 4648 section 4 alphabet without padding. */
export const isBase64: CharTest = (c) => isAlnum(c) || c === 0x2b || c === 0x2f;
/** RFC 4648 section 5 (URL- and filename-safe) alphabet without padding. */
export const isBase64Url: CharTest = (c) => isAlnum(c) || c === 0x2d || c === 0x5f;
/** crypt(3) "hash64" alphabet: `./0-9A-Za-z`. */
export const isCryptBase64: CharTest = (c) => isAlnum(c) || c === 0x2e || c === 0x2f;

const asciiTables = new WeakMap<CharTest, Uint8Array>();

/**
 * The answers of `test` for the 128 ASCII codes, computed once per test: the scans below are
 * shared by every detector with its own test, so calling the test per character cannot be
 * inlined (issue 12: bcrypt's 53-character run was a call per character). Tests are pure.
 */
function asciiTable(test: CharTest): Uint8Array {
  // The test asked for last, first: a detector asks with the same test run after run (bcrypt's 53 characters
  // in every password hash), and the weak map's lookup was a hash of the function per call.
  if (test === lastTest) return lastTable!;
  let table = asciiTables.get(test);
  if (!table) {
    table = new Uint8Array(128);
    for (let c = 0; c < 128; c++) table[c] = test(c) ? 1 : 0;
    asciiTables.set(test, table);
  }
  lastTest = test;
  lastTable = table;
  return table;
}

let lastTest: CharTest | undefined;
let lastTable: Uint8Array | undefined;

/**
 * Number of characters from `start` that pass `test`, counting at most `limit + 1` so the caller can tell "too long".
 * Read from the keyword scanner's copy of the text when it holds this one (`scannedUnits`: the value a detector runs
 * on, just scanned for its keywords): the same numbers as `charCodeAt`.
 */
export function runLength(text: string, start: number, test: CharTest, limit: number): number {
  const table = asciiTable(test);
  let i = start;
  const stop = Math.min(text.length, start + limit + 1);
  const units = scannedUnits(text);
  if (units !== undefined) {
    for (; i < stop; i++) {
      const c = units[i]!;
      if (c < 128 ? table[c] === 0 : !test(c)) break;
    }
    return i - start;
  }
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? table[c] === 0 : !test(c)) break;
  }
  return i - start;
}

/** True when the character before `index` cannot continue a token (start of text or not alphanumeric). */
export function startsToken(text: string, index: number): boolean {
  return index === 0 || !isAlnum(text.charCodeAt(index - 1));
}

/** True when the character at `index` cannot continue a token. */
export function endsToken(text: string, index: number, body: CharTest = isAlnum): boolean {
  return index >= text.length || !body(text.charCodeAt(index));
}

/** True when every character of `text[start, end)` passes `test`. */
export function allChars(text: string, start: number, end: number, test: CharTest): boolean {
  const table = asciiTable(test);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? table[c] === 0 : !test(c)) return false;
  }
  return true;
}

/** Whether `v` is standard base64: one or more of `A-Za-z0-9+/`, then at most two `=`. */
export function isBase64Text(v: string): boolean {
  let end = v.length;
  while (end > 0 && v.charCodeAt(end - 1) === 0x3d) end--;
  return end > 0 && v.length - end <= 2 && allChars(v, 0, end, isBase64);
}

/** The text standard base64 `v` encodes when every decoded byte is printable ASCII (a stand-in, `user:password`), else undefined. */
export function printableBase64Text(v: string): string | undefined {
  if (!isBase64Text(v)) return undefined;
  const text = Buffer.from(v, "base64").toString("latin1");
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return undefined;
  }
  return text;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
