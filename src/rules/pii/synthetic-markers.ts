/**
 * Markers of sanitized stand-ins shared by the detectors: masked values (`****1234`, `xxx`),
 * fixed placeholders (`n/a`, `REDACTED`) and hashes or tokens written where a value used to be.
 * Each check is a single linear pass over the value.
 */

/** Placeholder words a sanitizer or a seed script writes instead of a value (compared lower-cased, trimmed). */
const PLACEHOLDERS = new Set([
  "n/a", "na", "n.a.", "none", "null", "nil", "unknown", "inconnu", "unbekannt", "desconocido", "test", "testing", "example",
  "sample", "demo", "dummy", "fake", "placeholder", "redacted", "[redacted]", "<redacted>", "anonymized", "anonymised",
  "anonymous", "anonyme", "anonym", "anonimo", "anónimo", "deleted", "removed", "hidden", "masked", "private", "secret",
  "-", "--", "?", "??", "tbd", "todo", "changeme", "lorem ipsum", "xxx", "foo", "bar", "baz", "foo bar", "nobody", "noone",
  "no name", "noname", "not set", "not available", "not provided", "withheld", "confidential", "*",
]);

/** The longest placeholder: a longer value is none (lower-casing never shortens a string), without lower-casing it. */
const MAX_PLACEHOLDER_LENGTH = Math.max(...[...PLACEHOLDERS].map((p) => p.length));

/** True for a fixed placeholder such as `n/a`, `REDACTED`, `unknown`. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= MAX_PLACEHOLDER_LENGTH && PLACEHOLDERS.has(trimmed.toLowerCase());
}

/**
 * Three characters in a row of those a mask run is made of: every run isMaskedValue accepts has them.
 * Asked first, so that the run loop below reads only the rare value that has them: a regular expression
 * reads the characters in compiled code, where the loop pays per character of a string cut from a row
 * (every street address and e-mail local part passes through here; issue 12).
 */
const MASK_RUN_CANDIDATE = /[*xX#\u2022\u2588]{3}/;

/** True when part of the value was blanked out: a run of 3+ `*`, `x`/`X`, `#` or `•`, as in `****1234`, `xxx-xx-1234`, `j***@...`. */
export function isMaskedValue(value: string): boolean {
  if (!MASK_RUN_CANDIDATE.test(value)) return false;
  // Character codes, not one-character strings.
  let run = 0;
  let runCode = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const normalized = code === 0x58 ? 0x78 : code; // X -> x
    // * x # • █
    if (!(normalized === 0x2a || normalized === 0x78 || normalized === 0x23 || normalized === 0x2022 || normalized === 0x2588)) {
      run = 0;
      runCode = -1;
      continue;
    }
    run = normalized === runCode ? run + 1 : 1;
    runCode = normalized;
    if (run >= 3) {
      // `xxx` inside a word (`maxxx`, `Exxon`) is a spelling, not a mask: require a non-letter or edge around an x run.
      if (normalized !== 0x78) return true;
      const before = i - run >= 0 ? value[i - run]! : "";
      const after = value[i + 1] ?? "";
      if (!isLetter(before) && !isLetter(after)) return true;
    }
  }
  return false;
}

/**
 * True for a hash or opaque token standing where a value used to be: hex of 16+ digits, a UUID,
 * a crypt-style hash (`$2b$...`), an algorithm-prefixed digest (`sha256:...`), or a 20+ character
 * base64/base64url run mixing digits and letters, optionally after a short `word_` prefix (`anon_3f2a9c...`).
 */
export function isHashOrToken(value: string): boolean {
  const v = value.trim();
  if (v.startsWith("$") && v.length >= 20 && v.indexOf("$", 1) > 0) return true;
  const colon = v.indexOf(":");
  const body0 = colon > 0 && colon <= 10 && isAlnumRun(v.slice(0, colon)) ? v.slice(colon + 1) : v;
  let body = body0;
  const underscore = body.indexOf("_");
  if (underscore > 0 && underscore <= 12 && isLetterRun(body.slice(0, underscore))) body = body.slice(underscore + 1);
  if (isUuid(body)) return true;
  if (body.length >= 16 && isHexRun(body)) return true;
  if (body.length >= 20) {
    // Random base64/base62 changes character class (lower, upper, digit) at ~60 % of positions;
    // a run-together name with a year (`friederikeiglesias97`, `JeanPierreMartin1984`) rarely reaches a third.
    let changes = 0;
    let previous = -1;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      let cls: number;
      if (c >= 0x30 && c <= 0x39) cls = 0;
      else if (c >= 0x41 && c <= 0x5a) cls = 1;
      else if (c >= 0x61 && c <= 0x7a) cls = 2;
      else if (c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d || c === 0x5f) cls = 3;
      else return false;
      if (previous >= 0 && cls !== previous) changes++;
      previous = cls;
    }
    return changes * 3 >= body.length;
  }
  return false;
}

/** Any of the sanitization markers above; returns the reason, or undefined for an ordinary value. */
export function sanitizationMarker(value: string): string | undefined {
  if (isPlaceholderValue(value)) return "placeholder";
  if (isMaskedValue(value)) return "masked";
  if (isHashOrToken(value)) return "hash or token";
  return undefined;
}

/** True when every digit is the same or the digits run up or down by one (`1111111`, `123456789`, `98765`). */
export function isTrivialDigitSequence(digits: string): boolean {
  if (digits.length < 4) return false;
  let same = true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (d !== 0) same = false;
    if (d !== 1 && d !== -9) up = false;
    if (d !== -1 && d !== 9) down = false;
    // Most numbers are none of the three by their second or third digit.
    if (!same && !up && !down) return false;
  }
  return same || up || down;
}

/** A letter of a script without case (CJK, kana, Hangul, Arabic, Hebrew, Thai, Devanagari ...): `山田 太郎` and `محمد علي` are names too. */
const CASELESS_LETTER = /\p{L}/u;

export function isLetter(c: string): boolean {
  return c !== "" && (c.toLowerCase() !== c.toUpperCase() || CASELESS_LETTER.test(c));
}

/** isLetter(value[i]) without a case conversion for ASCII (the common case: one string pair per character otherwise). */
export function isLetterAt(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return isLetter(value[i]!);
}

/** A high surrogate: only a value with one can have fewer code points than code units (asked before the loop, as above). */
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Array.from(value).length (code points; a lone surrogate counts as one) without building the array. */
export function codePointLength(value: string): number {
  if (!HIGH_SURROGATE.test(value)) return value.length;
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Array.from(value)[0] ?? "" (the first code point) without building the array. */
export function firstCodePoint(value: string): string {
  if (value.length === 0) return "";
  const c = value.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff && value.length > 1) {
    const d = value.charCodeAt(1);
    if (d >= 0xdc00 && d <= 0xdfff) return value.slice(0, 2);
  }
  return value[0]!;
}

function isAlnumRun(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    const digit = s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;
    if (!digit && !(c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

function isLetterRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!(c >= 0x61 && c <= 0x7a)) return false;
  }
  return s.length > 0;
}

function isHexRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x66))) return false;
  }
  return s.length > 0;
}

function isUuid(s: string): boolean {
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const dash = i === 8 || i === 13 || i === 18 || i === 23;
    if (dash ? s[i] !== "-" : !isHexRun(s[i]!)) return false;
  }
  return true;
}

/**
 * Type feedback for every path of isHashOrToken when the module loads (issue 12). A column meets its first UUID, hex
 * digest or base64 token rows after the function was compiled without those paths (V8 records feedback only after a
 * function has run a while), so it and the detectors it is inlined into (person names) were thrown away there
 * ("Insufficient type feedback") and compiled again. Three passes: the first runs ahead of the feedback vector.
 */
{
  const shapes = [
    "$2b$10$N9qo8uLOickgx2ZMRZoMye",
    "sha256:9f86d081884c7d659a2feaa0c55ad015",
    "anon_3f2a9c0b1d2e3f4a5b6c7d8e",
    "123e4567-e89b-12d3-a456-426614174000",
    "123e4567-e89b-12d3-a456-42661417400z",
    "aB3dE5fG7hJ9kL1mN3pQ5rS7",
    "JeanPierreMartin1984abc",
    "Jean-Pierre Martin 1984",
    " Müller ",
  ];
  for (let pass = 0; pass < 3; pass++) for (let k = 0; k < shapes.length * 4; k++) isHashOrToken(shapes[k % shapes.length]!);
}
