import { freshStrings, prime } from "../../core/prime-feedback.js";

/**
 * Values that stand in for a secret rather than being one: what sanitizers and seed scripts
 * write (`REDACTED`, `***`, `changeme`), template variables (`${DB_PASSWORD}`, `<password>`,
 * `{{ secret }}`, `%(pw)s`), and one character repeated. Compared case-insensitively, trimmed.
 */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  "redacted",
  "[redacted]",
  "<redacted>",
  "removed",
  "[removed]",
  "sanitized",
  "[sanitized]",
  "scrubbed",
  "masked",
  "[masked]",
  "[filtered]",
  "filtered",
  "hidden",
  "secret",
  "password",
  "changeme",
  "change-me",
  "change_me",
  "replaceme",
  "replace-me",
  "replace_me",
  "fixme",
  "placeholder",
  "dummy",
  "example",
  "none",
  "null",
  "n/a",
  "na",
  "todo",
  "tbd",
  "test",
  "xxx",
];

/** Length of the longest default placeholder: a longer value can only be a placeholder by its shape. */
const LONGEST_DEFAULT = Math.max(...DEFAULT_PLACEHOLDERS.map((p) => p.length));

/** No further placeholders, shared: a default `[]` made a list on every call (asked for every value under a secret name). */
const NO_EXTRA: readonly string[] = Object.freeze([]);

/**
 * AWS's documentation writes its example credentials ending in `EXAMPLE` / `EXAMPLEKEY` (`AKIAIOSFODNN7EXAMPLE`,
 * `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`), and seed files copy them: a stand-in, not a credential.
 */
function isDocumentedExample(value: string): boolean {
  const v = value.trimEnd();
  return v.length > 12 && (v.endsWith("EXAMPLE") || v.endsWith("EXAMPLEKEY") || v === TOTP_EXAMPLE || v === RFC6238_SEED);
}

/**
 * The one-time-password seeds every TOTP guide and library README writes: Google Authenticator's wiki's base32
 * `JBSWY3DPEHPK3PXP` and RFC 6238's test seed `12345678901234567890` in base32. Seed files copy them into
 * `otp_secret` (a clean Mastodon dump's error).
 */
const TOTP_EXAMPLE = "JBSWY3DPEHPK3PXP";
const RFC6238_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

export function isPlaceholder(value: string, extra: readonly string[] = NO_EXTRA): boolean {
  if (isDocumentedExample(value)) return true;
  if (extra.length === 0) {
    const shape = asciiShapeVerdict(value);
    if (shape !== undefined) return shape || saysItIsNotReal(value) || keepsOnlyItsPrefix(value) || isFramedMarker(value) || isStandInShape(value);
  }
  if (saysItIsNotReal(value) || keepsOnlyItsPrefix(value) || isFramedMarker(value) || isStandInShape(value, extra)) return true;
  const v = value.trim().toLowerCase();
  if (v.length === 0) return true;
  if (DEFAULT_PLACEHOLDERS.includes(v) || extra.some((p) => p.toLowerCase() === v)) return true;
  // One character repeated: `***`, `xxxx`, `0000`, `....`.
  let same = true;
  for (let i = 1; i < v.length && same; i++) same = v.charCodeAt(i) === v.charCodeAt(0);
  if (same) return true;
  // Template variables and angle-bracket hints.
  const first = v[0]!;
  const last = v[v.length - 1]!;
  if ((first === "<" && last === ">") || (first === "{" && last === "}") || (first === "[" && last === "]")) return true;
  if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("%(") || v.startsWith("{{")) return true;
  // Masked by an earlier sanitizer: only mask characters left (`********`, `••••`, `x-x-x`).
  if (/^[*x•#._-]+$/.test(v)) return true;
  // The hash as written, not lower-cased: phpass's `$P$`/`$H$` and AWS's `…EXAMPLE` digests are case-sensitive.
  return v.includes("$") && isPlaceholderHash(value);
}

/**
 * Stand-ins by their shape, asked after the other tests failed (each turns a value away by its first or last character):
 * - a placeholder word of four letters or more written over and over, as a sanitizer fills a fixed-length field
 *   (`REDACTEDREDACTEDREDAC`, a bcrypt hash's digest written `$2a$12$REDACTEDREDACTED…`);
 * - one character repeated between dashes: the nil UUID (`00000000-0000-0000-0000-000000000000`) as a Vault token;
 * - a value of words ending in `do not use` (`whsec_test_secret_do_not_use`): it says so;
 * - a password encoder's or a config server's `{id}` before a stand-in (Spring's `{noop}secret`, `{cipher}REDACTED`,
 *   `{bcrypt}$2a$10$xxxx…`): the id names how the rest is stored, the rest is judged.
 */
function isStandInShape(value: string, extra: readonly string[] = NO_EXTRA): boolean {
  return isStandInShapeIn(value, 0, value.length, extra);
}

/** `isStandInShape(value.slice(start, end))`, read in place. */
function isStandInShapeIn(value: string, start: number, end: number, extra: readonly string[] = NO_EXTRA): boolean {
  let from = start;
  let to = end;
  while (from < to && isAsciiSpace(value.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(value.charCodeAt(to - 1))) to--;
  if (to - from < 3) return false;
  const first = value.charCodeAt(from);
  if (first === 0x7b /* { */) {
    let close = from + 1;
    while (close < to && close - from <= MAX_ENCODER_ID && isAsciiAlnum(value.charCodeAt(close))) close++;
    if (close > from + 1 && close < to - 1 && value.charCodeAt(close) === 0x7d && isPlaceholder(value.slice(close + 1, to), extra)) return true;
  }
  if (repeatsPlaceholderWordIn(value, from, to) || dashedRunIn(value, from, to)) return true;
  if ((first === 0x4d /* M */ || first === 0x62 /* b */) && keepsOnlyAKeyHeaderIn(value, from, to)) return true;
  return (value.charCodeAt(to - 1) | 0x20) === 0x65 /* e */ && endsInDoNotUse(value, from, to);
}

/**
 * The base64 headers private-key containers start with, the same in every key of their kind (`?`: a character that
 * carries a length, which varies a little from key to key): they hold the container's structure and the algorithm's
 * id, never key material, which only starts after them.
 */
const KEY_HEADERS: readonly string[] = [
  // PKCS#8 RSA (`PRIVATE KEY`), 2048 to 4096 bits: `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…`.
  "MII???IBADANBgkqhkiG9w0BAQEFAASC",
  // PKCS#1 RSA (`RSA PRIVATE KEY`): `MIIEowIBAAKCAQEA…`, `MIIJKAIBAAKCAgEA…`.
  "MII???IBAAKCA?EA",
  // PKCS#8 EC on P-256 and P-384, SEC1 EC (`EC PRIVATE KEY`) on both.
  "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg",
  "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDA",
  "MHcCAQEEI",
  "MIGkAgEBBDA",
  // PKCS#8 Ed25519.
  "MC4CAQAwBQYDK2VwBCIEI",
  // OpenSSH's own format: `openssh-key-v1` and its zero byte.
  "b3BlbnNzaC1rZXktdjEAAAAA",
];
/** The fewest header characters kept before the marker: `MII` + a marker could be anything's. */
const MIN_KEPT_HEADER = 8;

/**
 * A private key whose header a sanitizer kept and whose body it replaced with its marker (Keycloak's
 * `component_config.privateKey` as `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC` + `REDACTED`): the kept part (8 characters or more)
 * is a prefix of a known key header (KEY_HEADERS), so it keeps nothing of the key; the rest is a sanitizer's marker
 * (`REDACTED`, `removed` … after an optional `_`, `-` or `.`) or one mask character repeated (3 or more). A stand-in,
 * as `sk_live_REDACTED` is. A kept part that runs past the header (key material) is no stand-in.
 */
function keepsOnlyAKeyHeaderIn(value: string, from: number, to: number): boolean {
  let kept = -1;
  const lastChar = value.charCodeAt(to - 1);
  if (isRunChar(lastChar)) {
    let run = to - 1;
    while (run > from && value.charCodeAt(run - 1) === lastChar) run--;
    if (to - run >= 3) kept = run;
  } else {
    for (const marker of KEPT_PREFIX_MARKERS) {
      if (to - from > marker.length && endsWithLower(value, to, marker)) {
        kept = to - marker.length;
        break;
      }
    }
  }
  if (kept < 0) return false;
  if (kept > from && isPrefixSeparator(value.charCodeAt(kept - 1))) kept--;
  const n = kept - from;
  if (n < MIN_KEPT_HEADER) return false;
  next: for (const header of KEY_HEADERS) {
    if (n > header.length) continue;
    for (let i = 0; i < n; i++) {
      const h = header.charCodeAt(i);
      if (h !== 0x3f /* ? */ && h !== value.charCodeAt(from + i)) continue next;
    }
    return true;
  }
  return false;
}

/** `value[…, to)` ends in `word` (lower-case ASCII letters), in any case. */
function endsWithLower(value: string, to: number, word: string): boolean {
  const start = to - word.length;
  for (let i = 0; i < word.length; i++) if (lowerAscii(value.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** Longest `{id}` before a stand-in (`{pbkdf2@SpringSecurity_v5_8}` is longer and not read). */
const MAX_ENCODER_ID = 16;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d;

/** The default placeholders of four letters or more (`redacted`, `removed`, `secret`, `password` …): the words a sanitizer writes over and over. */
const REPEATED_WORDS: readonly string[] = DEFAULT_PLACEHOLDERS.filter((p) => p.length >= 4 && /^[a-z]+$/.test(p));

/** Their first letters, lower case, by code unit: most values are turned away by their first letter alone. */
const REPEATED_FIRST_LETTERS = new Uint8Array(128);
for (const w of REPEATED_WORDS) REPEATED_FIRST_LETTERS[w.charCodeAt(0)] = 1;

/** `value[from, to)` is one of REPEATED_WORDS written at least twice in a row, in any case, the last time perhaps cut short. */
function repeatsPlaceholderWordIn(value: string, from: number, to: number): boolean {
  const first = lowerAscii(value.charCodeAt(from));
  if (first >= 128 || REPEATED_FIRST_LETTERS[first] !== 1 || to - from < 8) return false;
  next: for (const w of REPEATED_WORDS) {
    if (w.charCodeAt(0) !== first || to - from < 2 * w.length) continue;
    for (let i = from, k = 0; i < to; i++, k = k + 1 === w.length ? 0 : k + 1) if (lowerAscii(value.charCodeAt(i)) !== w.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

/** `value[from, to)` is one character (not `-`) repeated, with at least one `-` between its runs: `0000-0000`, the nil UUID. */
function dashedRunIn(value: string, from: number, to: number): boolean {
  const c = value.charCodeAt(from);
  if (c === 0x2d) return false;
  let dashes = 0;
  for (let i = from + 1; i < to; i++) {
    const d = value.charCodeAt(i);
    if (d === 0x2d) dashes++;
    else if (d !== c) return false;
  }
  return dashes > 0 && value.charCodeAt(to - 1) !== 0x2d;
}

const DO_NOT_USE = ["do", "not", "use"];
/** Words of ASCII letters (split at `_`, `-`, `.`, spaces) whose last three are `do not use`. */
function endsInDoNotUse(value: string, from: number, to: number): boolean {
  const words: string[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? value.charCodeAt(i) : 0x20;
    if (isAsciiLetter(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (c !== 0x2d && c !== 0x5f && c !== 0x2e && !isAsciiSpace(c)) return false;
    if (start >= 0) words.push(value.slice(start, i).toLowerCase());
    start = -1;
  }
  const n = words.length;
  return n >= 3 && DO_NOT_USE.every((w, k) => words[n - 3 + k] === w);
}

const isFrameChar = (c: number) => c === 0x2a || c === 0x23 || c === 0x5f || c === 0x2d;

/**
 * A default placeholder framed by mask characters on both sides, as repository cleaners and sanitizers write it:
 * BFG's `***REMOVED***`, `__REDACTED__`, `--removed--`, `##SECRET##`.
 */
function isFramedMarker(value: string): boolean {
  const c = value.charCodeAt(0);
  if (!isFrameChar(c) && !isAsciiSpace(c) && c < 0x80) return false;
  const v = value.trim();
  return isFramedMarkerIn(v, 0, v.length);
}

/** `isFramedMarker` of `value[start, end)`, a range with no white space at either end. */
function isFramedMarkerIn(value: string, start: number, end: number): boolean {
  // Framed on both sides, so both ends are frame characters: most values are turned away by their first.
  if (end - start < 3 || !isFrameChar(value.charCodeAt(start)) || !isFrameChar(value.charCodeAt(end - 1))) return false;
  let from = start;
  let to = end;
  while (from < to && isFrameChar(value.charCodeAt(from))) from++;
  while (to > from && isFrameChar(value.charCodeAt(to - 1))) to--;
  return from > start && to < end && to - from <= LONGEST_DEFAULT && DEFAULT_PLACEHOLDERS.includes(value.slice(from, to).toLowerCase());
}

/** Sanitizer markers that can stand where a token's random part was, after the issuer prefix it kept. */
const KEPT_PREFIX_MARKERS: ReadonlySet<string> = new Set(["redacted", "removed", "sanitized", "scrubbed", "masked", "filtered", "hidden", "obfuscated"]);
/** The longest issuer prefix kept before the marker (`sk-ant-api03`: 12). */
const MAX_KEPT_PREFIX = 12;
const isPrefixSeparator = (c: number) => c === 0x5f || c === 0x2d || c === 0x2e;

/**
 * A token whose issuer prefix a sanitizer kept and whose random part it replaced (`sk_test_REDACTED`,
 * `xoxb-REDACTED`, `SG.REDACTED`, `ghp_xxxxxxxxxxxx`, `sk_live_************`): the prefix (up to 12 letters,
 * digits, `_`, `-`, `.`) says what it was, the part after its last `_`, `-` or `.` is a sanitizer's marker or
 * one mask character repeated (3 or more). A reader sees a stand-in; the key was a clean dump's error.
 */
function keepsOnlyItsPrefix(value: string): boolean {
  const v = value.trim();
  return keepsOnlyItsPrefixIn(v, 0, v.length);
}

/** The longest value a kept prefix and a marker make (12 + a separator + `obfuscated`): a longer one must end in a run of one mask character. */
const MAX_KEPT_WITH_MARKER = MAX_KEPT_PREFIX + 1 + 10;
/** The shortest run of zeros after a kept prefix read as a mask (`key_000` may be a real, if weak, value). */
const MIN_ZERO_RUN = 8;
const isRunChar = (c: number) => c === 0x2a || (c | 0x20) === 0x78 || c === 0x23 || c === 0x2022;

/**
 * `keepsOnlyItsPrefix` of `value[start, end)`, a range with no white space at either end, in place. Its last
 * character decides first (a marker ends in `d` or `n`, a run in a mask character), so a hash digest or a
 * token is turned away in a few steps: asked for every value under a secret name and every hash's last field.
 */
function keepsOnlyItsPrefixIn(value: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  const last = value.charCodeAt(end - 1) | 0x20;
  const marker = (last === 0x64 /* d */ || last === 0x6e /* n */) && end - start <= MAX_KEPT_WITH_MARKER;
  if (!marker && !isRunChar(value.charCodeAt(end - 1)) && value.charCodeAt(end - 1) !== 0x30) return false;
  // The last separator of the value: a marker holds none.
  let sep = end - 1;
  while (sep > start && !isPrefixSeparator(value.charCodeAt(sep))) sep--;
  if (sep <= start || sep - start > MAX_KEPT_PREFIX || end - sep - 1 < 3) return false;
  for (let i = start; i < sep; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2e)) return false;
  }
  if (marker && KEPT_PREFIX_MARKERS.has(value.slice(sep + 1, end).toLowerCase())) return true;
  const first = value.charCodeAt(sep + 1);
  // A run of zeros is a mask too when long (`cs_` + 40 zeros, `sk_live_0000…`): a short one may be a real value's digits.
  if (!isRunChar(first) && !(first === 0x30 && end - sep - 1 >= MIN_ZERO_RUN)) return false;
  for (let i = sep + 2; i < end; i++) if (value.charCodeAt(i) !== first) return false;
  return true;
}

/** Words that can close a disclaimer: what the value says it is not (`password`, `api key`, `secret`). */
const DISCLAIMED_NOUNS: ReadonlySet<string> = new Set([
  "password", "passwd", "pass", "pwd", "passphrase", "secret", "token", "key", "api", "apikey", "access", "auth", "credential", "credentials",
  // What kind of credential (`example_webhook_secret`, `sample-client-secret`, `fake_db_password`).
  "webhook", "client", "signing", "private", "refresh", "session", "bot", "app", "db", "database", "smtp",
]);
/** What a disclaimer says a value is not: `not a real …`, `not a valid …`. */
const DISCLAIMED_QUALITIES: ReadonlySet<string> = new Set(["real", "valid", "actual", "live", "production", "prod"]);
/** Words that call the noun after them fake: `fake-password`, `dummy_secret`. */
const FAKE_WORDS: ReadonlySet<string> = new Set(["fake", "dummy", "bogus", "example", "sample", "placeholder", "redacted", "removed", "changeme",
  // A development setup's own values (`local-secret`, `dev_password`, `test-api-key`): words of the credential, nothing random.
  "local", "dev", "test"]);
/** Verbs that can come before `your` in a value that asks for one: `INSERT_YOUR_API_KEY`, `enter-your-token`. */
const ASKING_VERBS: ReadonlySet<string> = new Set(["insert", "enter", "put", "paste", "add"]);
/** Most words after `your`: `your_google_oauth_client_secret_here`. */
const MAX_ASKED_WORDS = 5;
const MAX_DISCLAIMER = 64;

/** The words a disclaimer can start with (`not`, `your`, a fake word, an asking verb), lower case. */
const FIRST_WORDS: readonly string[] = ["not", "your", ...FAKE_WORDS, ...ASKING_VERBS];
/** Their shortest and longest lengths (3, `not`; 11, `placeholder`): a first word of another length starts no disclaimer. */
const SHORTEST_FIRST_WORD = Math.min(...FIRST_WORDS.map((w) => w.length));
const LONGEST_FIRST_WORD = Math.max(...FIRST_WORDS.map((w) => w.length));
/** Their first letters, lower case, by code unit: `mayStartDisclaimer`'s table. */
const FIRST_LETTERS = new Uint8Array(128);
for (const w of FIRST_WORDS) FIRST_LETTERS[w.charCodeAt(0)] = 1;

/**
 * Whether `value[from, end)`, ASCII letters, is one of `FIRST_WORDS` in any case: compared in place (issue 12: asked
 * for every hash digest and token that starts with one of their first letters, so no slice or lower-cased copy).
 */
function isFirstWordOfDisclaimer(value: string, from: number, end: number): boolean {
  const n = end - from;
  if (n < SHORTEST_FIRST_WORD || n > LONGEST_FIRST_WORD) return false;
  const first = lowerAscii(value.charCodeAt(from));
  next: for (let k = 0; k < FIRST_WORDS.length; k++) {
    const w = FIRST_WORDS[k]!;
    if (w.length !== n || w.charCodeAt(0) !== first) continue;
    for (let i = 1; i < n; i++) if (lowerAscii(value.charCodeAt(from + i)) !== w.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/**
 * A value that says, in all of its words, that it is not a real credential (`not-a-real-password`,
 * `NotAValidToken`, `not_real`, `fake-api-key`): written by whoever made the dump as a stand-in, as a
 * reader sees at once. Every word must belong to the disclaimer, so a real secret that merely
 * contains such words (`not-a-real-password-9fK2q`, `Xk9#not-a-real-password`) still counts.
 * Words: runs of ASCII letters split at `-`, `_`, `.`, white space and where camel case starts a word;
 * anything else (a digit, another symbol, a character beyond ASCII) and it is no disclaimer.
 * Also a value that asks for the reader's own credential, as setup guides and seed files write
 * it (`YOUR_GOOGLE_CLIENT_SECRET`, `your-api-key-here`, `InsertYourTokenHere`): `your` (after at most
 * one asking verb), then up to five words that end in a credential noun or in `here`.
 */
export function saysItIsNotReal(value: string): boolean {
  const length = value.length;
  if (length > MAX_DISCLAIMER) return false;
  // Cheap first look: a disclaimer starts (after white space) with the first letter of one of FIRST_WORDS, either case.
  let from = 0;
  while (from < length && isAsciiSpace(value.charCodeAt(from))) from++;
  if (!mayStartDisclaimer(value.charCodeAt(from))) return false;
  // Then the first word before any list is made: asked for every hash digest.
  if (!isFirstWordOfDisclaimer(value, from, firstWordEnd(value, from, length))) return false;
  const words: string[] = [];
  let start = -1;
  for (let i = from; i <= length; i++) {
    const c = i < length ? value.charCodeAt(i) : 0x20;
    if (isAsciiLetter(c)) {
      if (start >= 0 && camelStartsWord(value, i)) {
        words.push(value.slice(start, i).toLowerCase());
        start = i;
      } else if (start < 0) start = i;
      continue;
    }
    if (c !== 0x2d && c !== 0x5f && c !== 0x2e && !isAsciiSpace(c)) return false;
    if (start >= 0) words.push(value.slice(start, i).toLowerCase());
    start = -1;
  }
  let w = 0;
  const yours = words[0] === "your" ? 1 : ASKING_VERBS.has(words[0] ?? "") && words[1] === "your" ? 2 : 0;
  if (yours > 0) {
    const asked = words.length - yours;
    if (asked < 1 || asked > MAX_ASKED_WORDS) return false;
    // `…_here` asks for whatever the words name; otherwise the last word must name a credential.
    return words[words.length - 1] === "here" ? asked >= 2 : DISCLAIMED_NOUNS.has(words[words.length - 1]!);
  }
  if (words[0] === "not") {
    w = 1;
    if (words[w] === "a" || words[w] === "an") w++;
    if (!DISCLAIMED_QUALITIES.has(words[w] ?? "")) return false;
    w++;
  } else if (FAKE_WORDS.has(words[0] ?? "")) {
    w = 1;
    // `fake` alone says nothing of what it stands for; `dummy` alone is a default placeholder anyway.
    if (w === words.length) return false;
  } else return false;
  // Then at most three words of what it is not (`password`, `api key`, `webhook signing secret`).
  const nouns = words.length - w;
  if (nouns > 3) return false;
  for (; w < words.length; w++) if (!DISCLAIMED_NOUNS.has(words[w]!)) return false;
  return true;
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** `NotAReal`: the upper-case letter at `i` (inside a run of letters) starts a word after a lower-case one, or before one after an upper-case one. */
function camelStartsWord(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  if (c < 0x41 || c > 0x5a) return false;
  const before = value.charCodeAt(i - 1);
  if (before >= 0x61 && before <= 0x7a) return true;
  const after = value.charCodeAt(i + 1);
  return before >= 0x41 && before <= 0x5a && after >= 0x61 && after <= 0x7a;
}
const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Whether `c` is the first letter of one of FIRST_WORDS (`not`, `fake`, `example`, `your`, `insert` ...), either case. */
function mayStartDisclaimer(c: number): boolean {
  const l = lowerAscii(c);
  return l < 128 && FIRST_LETTERS[l] === 1;
}

/**
 * The end of the word of ASCII letters starting at `from` in `value[from, to)`: up to the first character that is not
 * one, or the capital that starts a camel-case word (`fakeKey`, `FAKEKey`), as `camelStartsWord` reads it with the
 * range's end as the string's.
 */
function firstWordEnd(value: string, from: number, to: number): number {
  let end = from + 1;
  while (end < to) {
    const c = value.charCodeAt(end);
    if (!isAsciiLetter(c)) break;
    if (c >= 0x41 && c <= 0x5a) {
      const before = value.charCodeAt(end - 1);
      if (before >= 0x61 && before <= 0x7a) break;
      const after = end + 1 < to ? value.charCodeAt(end + 1) : NaN;
      if (before >= 0x41 && before <= 0x5a && after >= 0x61 && after <= 0x7a) break;
    }
    end++;
  }
  return end;
}
const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
/** `*`, `x`, `#`, `.`, `_`, `-` after lower-casing: what an earlier sanitizer leaves (the ASCII part of the mask class above). */
const isMaskChar = (c: number) => c === 0x2a || c === 0x78 || c === 0x23 || c === 0x2e || c === 0x5f || c === 0x2d;

/**
 * `isPlaceholder` without the lower-cased copy (issue 12: asked for every value under a secret
 * name and every hash digest), for the common case it decides exactly: an ASCII value, trimmed
 * longer than every default placeholder, without `$`. Undefined otherwise (the caller takes the
 * general path). For ASCII, trim is ASCII white space and lower-casing is A-Z only.
 */
function asciiShapeVerdict(value: string): boolean | undefined {
  return asciiShapeVerdictIn(value, 0, value.length, false);
}

/**
 * `asciiShapeVerdict(value.slice(start, end))`, read in place. `plain`: the caller has read the
 * range and knows it ASCII without `$`, so only its first characters are looked at (the loop
 * below stops as soon as the value can be neither one character repeated nor a mask).
 */
function asciiShapeVerdictIn(value: string, start: number, end: number, plain: boolean): boolean | undefined {
  let from = start;
  let to = end;
  while (from < to && isAsciiSpace(value.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(value.charCodeAt(to - 1))) to--;
  if (to - from <= LONGEST_DEFAULT) return undefined;
  const first = lowerAscii(value.charCodeAt(from));
  let same = true;
  let masks = true;
  let i = from;
  // While the value could still be one repeated character or only mask characters…
  for (; i < to && (same || masks); i++) {
    const c = value.charCodeAt(i);
    if (!plain && (c >= 0x80 || c === 0x24 /* $ */)) return undefined;
    const l = lowerAscii(c);
    if (l !== first) same = false;
    if (!isMaskChar(l)) masks = false;
  }
  // …then only whether the general path must decide.
  if (!plain) for (; i < to; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80 || c === 0x24) return undefined;
  }
  if (same || masks) return true;
  const last = value.charCodeAt(to - 1);
  if ((first === 0x3c && last === 0x3e) || (first === 0x7b && last === 0x7d) || (first === 0x5b && last === 0x5d)) return true;
  const second = value.charCodeAt(from + 1);
  // `${` and `$(` hold a `$`, which the general path decides.
  return (first === 0x25 && second === 0x28) || (first === 0x7b && second === 0x7b);
}

/** bcrypt's digest is the last 31 characters of its last field (22 salt characters come first). */
const DIGEST_CHARS = 31;

/**
 * A value shaped like a modular-crypt or Django hash whose digest is a stand-in, as seed scripts and
 * sanitizers write them: `$2a$10$xxxxxxxx…`, `$2y$10$0000…`, `pbkdf2_sha256$260000$REDACTED$REDACTED`.
 * The last `$` field (its last 31 characters when longer) must be a placeholder or one repeated character.
 */
export function isPlaceholderHash(value: string): boolean {
  const v = value.trim();
  // phpass (`$P$B` + salt and hash in one field): the field starts with its count character, so the rest must be the stand-in.
  if (v.length > 4 && v.charCodeAt(0) === 0x24 && v.charCodeAt(2) === 0x24 && (v[1] === "P" || v[1] === "H" || v[1] === "S")) return isPlaceholder(v.slice(4));
  // The last non-empty `$` field, and whether another non-empty field comes before it (two or more fields).
  let end = v.length;
  while (end > 0 && v.charCodeAt(end - 1) === 0x24) end--;
  if (end === 0) return false;
  // The last field starts after the `$` before it (`lastIndexOf("$", end - 1) + 1`, a builtin that went
  // through the runtime for every hash); the same pass notes whether the field is all ASCII.
  let start = end - 1;
  let ascii = true;
  for (; start >= 0; start--) {
    const c = v.charCodeAt(start);
    if (c === 0x24) break;
    if (c >= 0x80) ascii = false;
  }
  start++;
  if (start === 0) return false;
  let earlierField = false;
  for (let i = start - 2; i >= 0 && !earlierField; i--) earlierField = v.charCodeAt(i) !== 0x24;
  if (!earlierField) return false;
  if (!ascii) {
    const digestStart = end - start > DIGEST_CHARS ? end - DIGEST_CHARS : start;
    return isPlaceholder(v.slice(digestStart, end)) || isPlaceholder(v.slice(start, end));
  }
  return isPlaceholderLastField(v, start, end);
}

/**
 * `isPlaceholderHash(value)` for a hash whose last `$` field is `value[start, end)`, known to be ASCII
 * without `$` (a detector's shape says so: `Detector.lastFieldLength`), with `$` and a non-empty field
 * before it and nothing after: the field and its digest (its last 31 characters) are judged in place.
 */
export function isPlaceholderLastField(value: string, start: number, end: number): boolean {
  const digestStart = end - start > DIGEST_CHARS ? end - DIGEST_CHARS : start;
  return isPlainPlaceholderIn(value, digestStart, end) || isPlainPlaceholderIn(value, start, end);
}

/**
 * `isPlaceholder(value.slice(from, to))` with the default placeholders, for a range known to be
 * ASCII without `$` (a hash's last field: issue 12, asked twice for every password hash): judged
 * in place from its first and last characters where its shape decides it; else on the slice.
 */
function isPlainPlaceholderIn(value: string, from: number, to: number): boolean {
  const shape = asciiShapeVerdictIn(value, from, to, true);
  if (shape === undefined) return isPlaceholder(value.slice(from, to));
  // The range is ASCII (the shape said so), so `trimEnd` strips ASCII white space only.
  let end = to;
  while (end > from && isAsciiSpace(value.charCodeAt(end - 1))) end--;
  // By its last character first (`E`, `Y`): two builtin calls were made for each of every hash's two ranges.
  if (end - from > 12) {
    const last = value.charCodeAt(end - 1);
    if ((last === 0x45 && value.startsWith("EXAMPLE", end - 7)) || (last === 0x59 && value.startsWith("EXAMPLEKEY", end - 10))) return true;
  }
  if (shape || (mayDisclaim(value, from, to) && saysItIsNotReal(value.slice(from, to)))) return true;
  // A kept issuer prefix or a framed marker (`x12_REDACTED`, `***REMOVED***`), as `isPlaceholder` reads them.
  let start = from;
  while (start < end && isAsciiSpace(value.charCodeAt(start))) start++;
  return keepsOnlyItsPrefixIn(value, start, end) || isFramedMarkerIn(value, start, end) || isStandInShapeIn(value, start, end);
}

/** False where `saysItIsNotReal(value.slice(from, to))` is false by its first look (length, first letter, first word): no slice for most ranges. */
function mayDisclaim(value: string, from: number, to: number): boolean {
  if (to - from > MAX_DISCLAIMER) return false;
  let i = from;
  while (i < to && isAsciiSpace(value.charCodeAt(i))) i++;
  if (i === to || !mayStartDisclaimer(value.charCodeAt(i))) return false;
  // Then its first word, in place, as saysItIsNotReal reads it in the slice: a digest or token that starts with `c`,
  // `e`, `s`, `r` ... is turned away here without a slice.
  return isFirstWordOfDisclaimer(value, i, firstWordEnd(value, i, to));
}

// A hash's last field is judged for every password hash (isPlaceholderLastField): its rare paths (a digest that
// reads as a disclaimer, a prefix kept before a run of one mask character or of zeros, a marker) get their
// type feedback here, so V8 does not compile isPlainPlaceholderIn again at the first such digest (issue 12:
// three recompiles on realistic-20, see core/prime-feedback.ts). Pure: no answer or state changes.
const PRIMING_FIELDS = freshStrings([
  "$2b$12$abcdefghijklmnopqrstuvnot.a.real.password............",
  "$2b$12$abcdefghijklmnopqrstuvfake.password.hash.value.here.x",
  "$2b$12$abcdefghijklmnopqrstuvnotAValidToken",
  "$2b$12$abcdefghijklmnopqrstuvNOTARealPassword...............",
  "$2b$12$abcdefghijklmnopqrstuvsk_live_xxxxxxxxxxxxxxxxxxxxxxx",
  "$2b$12$abcdefghijklmnopqrstuvsk_live_xxxxxxxxxxxxxxxxxxxxxx0",
  "$2b$12$abcdefghijklmnopqrstuvcs_0000000000000000000000000000",
  "$2b$12$abcdefghijklmnopqrstuvcs_0000000000000000000000000001",
  "$2b$12$abcdefghijklmnopqrstuvab.000x",
  "$2b$12$abcdefghijklmnopqrstuvkey_REDACTED",
  "$2b$12$abcdefghijklmnopqrstuvkey_obfuscated",
  "$2b$12$abcdefghijklmnopqrstuv***REMOVED***",
  "$2b$12$abcdefghijklmnopqrstuvVdJd5KwIGPlJtxuJ3uYhCu3NnQQu3i",
]);
prime(() => {
  for (const v of PRIMING_FIELDS) isPlaceholderLastField(v, v.lastIndexOf("$") + 1, v.length);
});
