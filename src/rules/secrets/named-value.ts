import { identifierWords } from "../../data/identifier-words.js";
import { detachedString } from "../../core/detached-string.js";
import { isPlaceholder } from "./placeholder.js";
import { allChars, isHex, printableBase64Text, shannonEntropy } from "./scan.js";
import { isAuthOnlyName, isPasswordWord, secretNameStrength } from "./secret-name.js";

/** Column types whose values cannot hold a credential string (numbers, times, booleans, network and geometric types). */
const NON_TEXT_TYPES = [
  "smallint",
  "integer",
  "bigint",
  "int",
  "numeric",
  "decimal",
  "real",
  "double precision",
  "boolean",
  "timestamp",
  "date",
  "time",
  "interval",
  "money",
  "oid",
  "inet",
  "cidr",
  "macaddr",
  "point",
  "line",
  "box",
  "circle",
  "polygon",
  "tsvector",
  "tsquery",
  "bit",
  "int4range",
  "int8range",
  "numrange",
  "tsrange",
  "tstzrange",
  "daterange",
];

/** False for types that cannot carry a credential string; true for text-like, json, bytea, uuid, arrays of those and unknown types. */
export function canHoldSecret(type: string | undefined): boolean {
  if (!type) return true;
  const t = type.toLowerCase();
  return !NON_TEXT_TYPES.some((n) => t === n || t.startsWith(`${n}(`) || t.startsWith(`${n} `) || t.startsWith(`${n}[`));
}

const MIN_WEAK_LENGTH = 16;
const MIN_WEAK_ENTROPY = 3.5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NamedValueVerdict = "secret-named" | "high-entropy";

/** Under a name that says only `auth` (`{"auth": "BAC"}`, `x_auth`), a credential is a token: 8+ characters, one word. */
const MIN_AUTH_LENGTH = 8;

/**
 * Words joined by `.`, `-`, `_` (`app.workflow.step.label`, `featured_menu_catalog`,
 * `redirect-all-requests-to-https`): an identifier or a slug, never a random token. Each part is
 * one word in one case (`menu`, `HTTPS`, `Label`), optionally with a short number (`v2`, `2024`);
 * random url-safe base64 has mixed-case parts and fails.
 */
export function isJoinedWords(value: string): boolean {
  let parts = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0x2e;
    if (c !== 0x2e && c !== 0x2d && c !== 0x5f && c !== 0x2f) continue;
    if (i === start || !isWordPart(value, start, i)) return false;
    parts++;
    start = i + 1;
  }
  return parts >= 2;
}

/** `word`, `WORD`, `Word`, `word12`, `v2`, `2024`. */
function isWordPart(text: string, from: number, to: number): boolean {
  let lower = 0;
  let upper = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (digits > 0) return false;
      lower++;
    } else if (c >= 0x41 && c <= 0x5a) {
      if (digits > 0 || lower > 0) return false;
      upper++;
    } else if (c >= 0x30 && c <= 0x39) digits++;
    else return false;
  }
  if (digits > 4) return false;
  // One case: lower, UPPER or Capitalized (one upper then lower).
  return !(upper > 1 && lower > 0);
}

/**
 * A switch's value, in any case (`true`, Python's `True`, `FALSE`, `yes`, `off`, `enabled`): under a name that says
 * password it says whether the feature is on (Odoo's `auth_signup.reset_password` = `True` was a clean dump's error).
 */
const TOGGLE_WORDS: ReadonlySet<string> = new Set(["true", "false", "yes", "no", "on", "off", "enabled", "disabled"]);
const MAX_TOGGLE = 8;

function isToggle(value: string): boolean {
  // Length first: a credential is longer than a switch word and its blanks, and is not lower-cased for nothing.
  if (value.length > MAX_TOGGLE + 4) return false;
  const v = value.trim();
  return v.length <= MAX_TOGGLE && TOGGLE_WORDS.has(v.toLowerCase());
}

const STRIPE_PUBLISHABLE = /^pk_(?:live|test)_[0-9A-Za-z]{16,}$/;
/**
 * Other keys public by design, shipped in every web page: PostHog's project key (`phc_…`; its personal keys are
 * `phx_…`) and Mapbox's public token (`pk.eyJ…`; its secret tokens are `sk.eyJ…`). Anchored classes: linear.
 */
const OTHER_PUBLIC_KEYS = /^(?:phc_[0-9A-Za-z]{30,}|pk\.eyJ[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+)$/;

/** Longest base64 text read as a stand-in (18 characters encoded): longer values are tokens, never decoded. */
const MAX_BASE64_PLACEHOLDER = 24;

/** A short base64 text whose decoded bytes are printable ASCII and a placeholder. */
function isBase64Placeholder(v: string, extra: readonly string[]): boolean {
  if (v.length < 8 || v.length > MAX_BASE64_PLACEHOLDER || v.length % 4 !== 0) return false;
  const text = printableBase64Text(v);
  return text !== undefined && isPlaceholder(text, extra);
}

/** HTTP authentication schemes written before a credential in an Authorization header's value (any case, then a space). */
const AUTH_SCHEMES: readonly string[] = ["bearer ", "basic ", "token ", "bot ", "digest ", "apikey ", "key "];

/** The length of `Bearer ` / `Basic ` / `ApiKey ` … at the start of `v` (any case), else 0. First letters first: asked for every named value. */
function authSchemeLength(v: string): number {
  const c = v.charCodeAt(0) | 0x20;
  if (c !== 0x62 /* b */ && c !== 0x74 /* t */ && c !== 0x64 /* d */ && c !== 0x61 /* a */ && c !== 0x6b /* k */) return 0;
  next: for (const s of AUTH_SCHEMES) {
    if (v.length <= s.length) continue;
    for (let i = 0; i < s.length; i++) {
      const d = v.charCodeAt(i);
      if ((d >= 0x41 && d <= 0x5a ? d | 0x20 : d) !== s.charCodeAt(i)) continue next;
    }
    let n = s.length;
    while (n < v.length && v.charCodeAt(n) === 0x20) n++;
    return n < v.length ? n : 0;
  }
  return 0;
}

/** An Authorization header's value without its scheme word (`Bearer abc` → `abc`); any other value as it is. */
export function withoutAuthScheme(value: string): string {
  const n = authSchemeLength(value);
  return n === 0 ? value : value.slice(n);
}

/** Longest value read as spelled from its name: stand-ins are short (`health-check-token-123`). */
const MAX_NAME_SPELLED = 48;

/**
 * A value spelled from its own name's words, with at most one number (`token-12` in `oauth_access_tokens.token`,
 * `secret-3` in `oauth_applications.secret`, `feed-token-7` in `users.feed_token`, `health-check-token`): what a seed
 * script or a sanitizer writes where the secret was, numbered by row. A secret never spells its own name; one word alone
 * (`admin` under `admin_password`) or a word with digits (`admin123`) may be a real weak password and is not read. Each run of
 * letters must be one of the name's words in one case (`Token`, `TOKEN`, `token`), so random text fails at its first
 * mixed-case run; only values of `[A-Za-z0-9._-]` are read. Under a generated credential's name, one word of its own may
 * stand beside the name's words when the value is numbered (`reset-token-9` under `token`: isGeneratedName).
 */
function spelledFromItsName(v: string, name: string): boolean {
  if (v.length > MAX_NAME_SPELLED) return false;
  let words: readonly string[] | undefined;
  let numbers = 0;
  let letterRuns = 0;
  let extra = 0;
  let i = 0;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (isSeparator(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 0x30 && c <= 0x39) {
      // A row's number after a separator (`token-12`), not a password's digits (`admin123`).
      if (start === 0 || !isSeparator(v.charCodeAt(start - 1))) return false;
      while (i < v.length && v.charCodeAt(i) >= 0x30 && v.charCodeAt(i) <= 0x39) i++;
      if (++numbers > 1 || i - start > 6) return false;
      continue;
    }
    let upper = 0;
    while (i < v.length) {
      const d = v.charCodeAt(i);
      if (d >= 0x41 && d <= 0x5a) upper++;
      else if (d < 0x61 || d > 0x7a) break;
      i++;
    }
    if (i === start) return false;
    const n = i - start;
    // One case: lower, UPPER or Capitalized.
    if (upper !== 0 && upper !== n && !(upper === 1 && v.charCodeAt(start) <= 0x5a)) return false;
    words ??= nameWords(name);
    const run = v.slice(start, i).toLowerCase();
    if (!words.includes(run) && !partOfRunTogetherWord(run, words)) {
      // One word of its own beside the name's, under a generated credential's name (isGeneratedName).
      // Words of a stand-in are written apart: a run ending the value or running into digits (`k3jx…`) is a token's.
      if (extra !== 0 || n > MAX_EXTRA_WORD || i >= v.length || !isSeparator(v.charCodeAt(i)) || !isGeneratedName(words)) return false;
      extra++;
    }
    letterRuns++;
  }
  // One word alone (`admin` under `admin_password`) may be a real default password: a stand-in is numbered or spelled out.
  // With a word of its own, it is numbered and spells one of the name's words too (`reset-token-9`).
  if (extra !== 0) return numbers === 1 && letterRuns > 1;
  return letterRuns > 1 || (letterRuns === 1 && numbers === 1);
}

/** Longest word of its own a generated credential's stand-in carries (`reset` in `reset-token-9`). */
const MAX_EXTRA_WORD = 12;
/** Credential words of secrets a system generates: no one picks a token, a client secret or an API key by hand. */
const GENERATED_WORDS = new Set(["token", "tokens", "secret", "secrets", "key", "apikey"]);
/** Beside the password words (secret-name.ts' isPasswordWord), `pass` and `pin`: a person may choose those too. */
const CHOSEN_NAME_WORDS = new Set(["pass", "pin"]);
/**
 * A name for a generated credential (`token`, `reset_token`, `client_secret`, `api_key`), no password's: its stand-in may
 * carry a word of its own with the row's number (Mattermost's `tokens.token` = `reset-token-9` in a sanitized dump), since a
 * generated secret is never words. Under a password's name a word and a number may be a person's weak password (`my-password-1`).
 */
function isGeneratedName(words: readonly string[]): boolean {
  let generated = false;
  for (const w of words) {
    if (isPasswordWord(w) || CHOSEN_NAME_WORDS.has(w)) return false;
    if (GENERATED_WORDS.has(w) || w.endsWith("token") || w.endsWith("secret")) generated = true;
  }
  return generated;
}

const isSeparator = (c: number) => c === 0x2d || c === 0x5f || c === 0x2e;

/** Shortest part of a run-together name read as one of its words. */
const MIN_NAME_PART = 3;

/**
 * A run that starts or ends one of the name's run-together words (`refresh` in `refreshtoken`, `client` in `clientsecret`,
 * as unquoted identifiers are written: Mattermost's `oauthaccessdata.refreshtoken`), both parts at least three letters: a
 * stand-in spells the name as its words would be (`refresh-3`), and the name has no separator to split it at.
 */
function partOfRunTogetherWord(run: string, words: readonly string[]): boolean {
  if (run.length < MIN_NAME_PART) return false;
  for (const w of words) {
    if (w.length - run.length >= MIN_NAME_PART && (w.startsWith(run) || w.endsWith(run))) return true;
  }
  return false;
}

const nameWordsCache = new Map<string, readonly string[]>();
/** A name's words, remembered (names are few; bounded). */
function nameWords(name: string): readonly string[] {
  let words = nameWordsCache.get(name);
  if (words === undefined) {
    words = identifierWords(name);
    if (nameWordsCache.size >= 10_000) nameWordsCache.clear();
    // Kept detached: a name cut from a cell would pin its whole line.
    nameWordsCache.set(detachedString(name), words);
  }
  return words;
}

/**
 * A name that says its value is stored encrypted: `encrypted_otp_secret`, `runners_registration_token_encrypted`, `*_ciphertext`,
 * and a last word `encrypt` (Gitea's LDAP `BindPasswordEncrypt`, hex AES under SECRET_KEY). Not `encrypt` before another word:
 * Mattermost's `AtRestEncryptKey` is the key itself.
 */
const ENCRYPTED_NAME = /encrypted|ciphertext|encrypt$/i;
/** Base64 (standard or url-safe, padded or not) or hex of 12+ characters: how attr_encrypted, GitLab and Mastodon store ciphertext and its IV. */
const CIPHERTEXT = /^(?:[A-Za-z0-9+/]{12,}={0,2}|[A-Za-z0-9_-]{12,}={0,2})$/;
/** Nextcloud's ICrypto output, `base64 ciphertext|32-hex IV|128-hex HMAC|version` (oc_authtoken.password, the mail app's passwords). */
const NEXTCLOUD_CIPHERTEXT = /^[A-Za-z0-9+/]{16,}={0,2}\|[0-9a-f]{32}\|[0-9a-f]{128}(?:\|[1-9])?$/;

/**
 * Ciphertext where the name says the value is stored encrypted (Rails' attr_encrypted `encrypted_x` beside `encrypted_x_iv`,
 * GitLab's `*_encrypted`), or in Nextcloud's ICrypto form under any name: without the application's key, which a dump
 * does not hold, it is no credential. A plain secret under such a name that is not base64 or hex (`Summer2024!`) stays one.
 */
function isStoredEncrypted(v: string, name: string): boolean {
  if (v.length >= 180 && v.charCodeAt(v.length - 2) === 0x7c /* | */ && NEXTCLOUD_CIPHERTEXT.test(v)) return true;
  return ENCRYPTED_NAME.test(name) && CIPHERTEXT.test(v) && !isPasswordDigest(v, name);
}

/**
 * A signature or MAC in hex under a signature's name (`X-Gitea-Signature`, `X-Hub-Signature-256` = `sha256=…`, a webhook
 * delivery's headers): computed from the body it was sent with, no key. A name that also says key or HMAC (`sig_key`,
 * `hmac`) may hold the key, and a signature that is not a hex digest (PayPal's `api_signature`, an API credential) stays weak.
 */
const HEX_SIGNATURE = /^(?:sha(?:1|256|384|512)=)?(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$/;
function isHexSignature(v: string, name: string): boolean {
  return v.length >= 40 && /sig/i.test(name) && !/key|hmac|secret/i.test(name) && HEX_SIGNATURE.test(v);
}

/** Hex of an unsalted digest's length (MD5, SHA-1, SHA-256, SHA-512) under a password name: what legacy apps kept as `encrypted_password`. */
const PASSWORD_NAME = /pass|pwd/i;
function isPasswordDigest(v: string, name: string): boolean {
  return (v.length === 32 || v.length === 40 || v.length === 64 || v.length === 128) && allChars(v, 0, v.length, isHex) && PASSWORD_NAME.test(name);
}

/**
 * Column/key context (issue 5 points 2 and 4): a value under a name that says credential is one
 * unless it is a placeholder; under a name that only hints (`auth`, `key`) it must also look
 * random: one token of at least 16 characters, at least 3.5 bits of entropy per character, not a
 * URL and not a UUID.
 */
export function namedValueVerdict(value: string, name: string | undefined, extraPlaceholders: readonly string[] = []): NamedValueVerdict | undefined {
  if (!name) return undefined;
  const strength = secretNameStrength(name);
  if (!strength) return undefined;
  if (isPlaceholder(value, extraPlaceholders) || value === "t" || value === "f" || isToggle(value)) return undefined;
  let v = value.trim();
  if (spelledFromItsName(v, name) || isStoredEncrypted(v, name)) return undefined;
  // A stand-in written in base64, as a Kubernetes Secret's data holds every value (`UkVEQUNURUQ=` is `REDACTED`).
  if (isBase64Placeholder(v, extraPlaceholders)) return undefined;
  // An Authorization header's scheme word is not the credential: `Bearer ********` is masked, `Basic <base64>` is not.
  const scheme = authSchemeLength(v);
  if (scheme > 0) {
    v = v.slice(scheme).trim();
    if (isPlaceholder(v, extraPlaceholders)) return undefined;
  }
  // A Stripe publishable key is public by design (it ships in web pages): not a credential under any name.
  // All three public kinds start with `p`: the patterns are tried only then.
  if (v.charCodeAt(0) === 0x70 /* p */ && (STRIPE_PUBLISHABLE.test(v) || OTHER_PUBLIC_KEYS.test(v))) return undefined;
  if (strength === "strong" && isAuthOnlyName(name) && (v.length < MIN_AUTH_LENGTH || /\s/.test(v))) return undefined;
  if (strength === "strong") return "secret-named";
  if (isJoinedWords(v) || isHexSignature(v, name)) return undefined;
  // Random-looking means one token: no spaces (prose), no URL, not a UUID.
  if (v.length < MIN_WEAK_LENGTH || /\s/.test(v) || v.includes("://") || UUID.test(v) || shannonEntropy(v) < MIN_WEAK_ENTROPY) return undefined;
  return "high-entropy";
}
