import { detachedString } from "../../core/detached-string.js";
import { identifierWords } from "../../data/identifier-words.js";

/**
 * The keyword gate of the detectors that judge a value by the name written beside it inside a text (a `.env` file
 * kept in a column, `"db_password": "…"` in a comment or routine body): pieces of the names that say credential.
 * A text holding none of them is not read by those detectors at all.
 */
export const CREDENTIAL_NAME_KEYWORDS: readonly string[] = ["pass", "pwd", "secret", "token", "key", "auth", "credential", "cookie"];

/** Name words that on their own say the value is a credential. */
const STRONG_WORDS = new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "passcode",
  "secret",
  "secrets",
  "token",
  "tokens",
  "apikey",
  "credential",
  "credentials",
  "cookie",
  "cookies",
  "totp",
  "privkey",
  // A pre-shared key: Wi-Fi WPA (`wifi_psk`), TLS-PSK and IPsec.
  "psk",
  "rolpassword",
  "bearer",
  // Issue 5 lists `auth` among the names that say credential (`auth`, `AUTH`, `x_auth`); metadata
  // words still exclude `auth_provider`, `auth_method`, `auth_type`.
  "auth",
]);

/** Two-word names (after tokenizing) that say credential: `api_key`, `accessKey`, `PRIVATE-KEY`. */
const STRONG_PAIRS = [
  "apikey",
  "accesskey",
  "privatekey",
  "secretkey",
  "signingkey",
  "encryptionkey",
  // Mattermost's `AtRestEncryptKey`: the key that encrypts data at rest, as `encryption_key` does.
  "encryptkey",
  "masterkey",
  "authkey",
  "clientsecret",
  "sessionid",
  "sessionkey",
  "otpsecret",
  "tfasecret",
  "mfasecret",
  "recoverycodes",
  "backupcodes",
];

/** Words that on their own only hint at a credential (`auth`, `key`): the value must also look random. */
const WEAK_WORDS = new Set(["key", "sig", "signature", "hmac", "jwt", "otp", "mfa", "tfa",
  // An HTTP Authorization header (`headers.authorization` in a request log): a credential after its scheme word
  // (`Bearer …`, `Basic …`, which namedValueVerdict sets aside); weak, since a card payment's `authorization` is a short approval code.
  "authorization"]);

/**
 * Words that turn a secret-ish name into metadata about the secret: `password_changed_at`,
 * `token_type`, `api_key_id`, `secret_question`, `token_expires`, `password_hint`.
 */
const METADATA_WORDS = new Set([
  "at",
  "on",
  "date",
  "time",
  "timestamp",
  "ts",
  "expires",
  "expiry",
  "expiration",
  "expired",
  "exp",
  "ttl",
  "lifetime",
  // Keycloak's realm attributes name durations so (`accessTokenLifespan`, `actionTokenGeneratedByAdminLifespan` = 43200).
  "lifespan",
  // Durations (`PASSWORD_RESET_TIMEOUT=259200` in Django's settings, `token_refresh_interval`).
  "timeout",
  "duration",
  "interval",
  "cooldown",
  "delay",
  "count",
  "counter",
  "length",
  "len",
  "size",
  "type",
  "kind",
  "required",
  "enabled",
  "disabled",
  "changed",
  "updated",
  "created",
  "modified",
  "version",
  "policy",
  "hint",
  "question",
  "id",
  "ids",
  "name",
  "names",
  "label",
  "prefix",
  "suffix",
  "last4",
  "algorithm",
  "algo",
  "alg",
  "scheme",
  "method",
  "url",
  "uri",
  "endpoint",
  "provider",
  "strength",
  "attempts",
  "failures",
  "status",
  "state",
  "is",
  "has",
  "needs",
  "must",
  "use",
  "uses",
  "format",
  "fingerprint",
  "description",
  "comment",
  "scope",
  "scopes",
  "issuer",
  "audience",
  "usage",
  "rotation",
  "rotated",
  "last",
  "public",
  "publishable",
  "pub",
  "path",
  "file",
  "field",
  "column",
  "header",
  "location",
  "ref",
  "reference",
  "env",
  "var",
  "variable",
  // Settings about cookies and passwords rather than the values: `cookie_consent`, `password_policy_level`.
  "consent",
  "banner",
  "notice",
  "preference",
  "preferences",
  "accepted",
  "domain",
  "samesite",
  "httponly",
  "flag",
  "flags",
  "mode",
  "level",
  "complexity",
  "rule",
  "rules",
  "validity",
  "verified",
  // What the secret is used for or sent on, not the secret: a CI's `secret_events` (`["push", "tag"]`).
  "events",
  // A salt is stored beside the hash and is not a credential alone (`password_salt`): the column
  // judgement reports it at info next to the hash.
  "salt",
  "salts",
]);

/**
 * Every name `secretNameStrength` can call secret-ish contains one of these (case-insensitively):
 * the single words, `key`/`secret`/`session`/`codes` for the two-word names, and `pass` (`endsInPass`). A literal
 * alternation, so the test is linear; used to skip parsing JSON cells that cannot have such a key.
 */
export const SECRET_NAME_HINTS: readonly string[] = [...STRONG_WORDS, ...WEAK_WORDS, "key", "secret", "session", "codes", "pass",
  // Not a name: a JSON Web Key's type member, so that a JWK's private `d` (forbidden-secrets' isJsonPrivateKeyPart) is looked at.
  "kty"];
const NAME_HINT = new RegExp(SECRET_NAME_HINTS.join("|"), "i");

/** A name whose only credential word is `auth` (`auth`, `x_auth`, `AUTH`): weaker evidence than `password` or `token`. */
export function isAuthOnlyName(name: string): boolean {
  // Asked for every value under a strong name: remembered per name (bounded, names are few).
  let known = authOnly.get(name);
  if (known === undefined) {
    known = authOnlyUncached(name);
    if (authOnly.size >= MAX_CACHED) authOnly.clear();
    // Kept detached: a name cut from a cell (a JSON key, a key/value table's key) would pin its whole line.
    authOnly.set(detachedString(name), known);
  }
  return known;
}

const authOnly = new Map<string, boolean>();

function authOnlyUncached(name: string): boolean {
  const words = identifierWords(name);
  return words.includes("auth") && !words.some((w) => w !== "auth" && STRONG_WORDS.has(w)) && !STRONG_PAIRS.some((p) => words.join("").includes(p));
}

export function mayNameSecret(text: string): boolean {
  return NAME_HINT.test(text);
}

/**
 * Words that make a weak name (`key`) an identifier rather than a credential: `idempotency_key`,
 * `cache_key`, `object_key`, `sort_key`, `translation_key`. They do not weaken strong names.
 */
const NOT_A_CREDENTIAL_KEY = new Set([
  "idempotency",
  "cache",
  "object",
  "storage",
  "s3",
  "partition",
  "sort",
  "foreign",
  "primary",
  "unique",
  "lookup",
  "dedup",
  "dedupe",
  "natural",
  "routing",
  "shard",
  "bucket",
  "row",
  "item",
  "group",
  "entity",
  "external",
  "tracking",
  "translation",
  "i18n",
  "message",
  "locale",
  "setting",
  "settings",
  "config",
  "option",
  "map",
  "index",
  "idx",
  "composite",
  "surrogate",
  "business",
  "search",
  "lock",
  "job",
  "queue",
  "event",
  "stream",
  "image",
  "asset",
  "media",
  "upload",
  "correlation",
  "request",
  "trace",
  "cursor",
  // An order's key names the order (WooCommerce's `_order_key` = `wc_order_…`, in every order's meta); an OAuth 1.0
  // consumer key names the client, as a client id does (WooCommerce keeps only its HMAC digest); `consumer_secret` stays strong.
  "order",
  "consumer",
  "page",
  "pagination",
  // A CAPTCHA's site key (reCAPTCHA, hCaptcha, Turnstile) is public by design: every page that shows the
  // widget carries it; its secret key is named `secret` and stays strong.
  "site",
  "captcha",
  "recaptcha",
  "hcaptcha",
]);

export type SecretNameStrength = "strong" | "weak";

/**
 * What a column, JSON key, option or query-parameter name says about its value:
 * "strong" (a credential: `password`, `api_key`, `AUTH_TOKEN`, `tfa_secret`), "weak" (a hint:
 * `auth`, `key`), or undefined (not secret-ish, or metadata about a secret: `token_expires_at`).
 */
export function secretNameStrength(name: string): SecretNameStrength | undefined {
  // Names repeat for every row: remember the answer (bounded, names are few in a dump).
  const known = cache.get(name);
  if (known !== undefined) return known === "none" ? undefined : known;
  const strength = classify(name);
  if (cache.size >= MAX_CACHED) cache.clear();
  // Kept detached: a name cut from a cell (a JSON key, a key/value table's key, a query parameter) would pin its whole line.
  cache.set(detachedString(name), strength ?? "none");
  return strength;
}

const MAX_CACHED = 10_000;
const cache = new Map<string, SecretNameStrength | "none">();

/** Digest words (`sha256` tokenizes as `sha`, `256`): `token_hash`, `api_key_digest` hold one-way digests of random secrets, not the secrets. */
const DIGEST_WORDS = new Set(["hash", "hashed", "digest", "sha", "checksum"]);
/** …but a digest of a password can be cracked offline: password names stay credentials. */
const PASSWORD_WORDS = new Set(["password", "passwd", "pwd", "passphrase", "passcode", "rolpassword"]);

/** A word that says password (`password`, `passwd`, `pwd`, `passphrase`, `passcode`, and run together: `userpassword`). */
export function isPasswordWord(w: string): boolean {
  return PASSWORD_WORDS.has(w) || w.endsWith("password");
}

/** Passes that are tickets, not passwords: `boarding_pass`, `season_pass`. */
const TICKET_PASS_WORDS = new Set(["boarding", "season", "day", "week", "month", "annual", "bus", "ski", "hall", "guest", "visitor", "event", "festival", "press", "backstage", "museum", "gym"]);

/**
 * `pass` says password only as the name's last word (`SMTP_PASS`, `db_pass`, nodemailer's `{"user", "pass"}`,
 * WordPress's `user_pass`), not after a ticket word (`boarding_pass`) nor before another (`pass_rate`, `pass_mark`).
 */
function endsInPass(words: readonly string[]): boolean {
  const n = words.length;
  return words[n - 1] === "pass" && (n === 1 || !TICKET_PASS_WORDS.has(words[n - 2]!));
}

/**
 * `at` and `on` make a name a time only as its last word (`password_changed_at`, `token_expires_on`); before the credential
 * word they say where or how it is kept (Mattermost's `SqlSettings.AtRestEncryptKey`, the key of data at rest).
 */
const TIME_SUFFIX_WORDS = new Set(["at", "on"]);
function isMetadataWord(w: string, i: number, words: readonly string[]): boolean {
  return METADATA_WORDS.has(w) && (i === words.length - 1 || !TIME_SUFFIX_WORDS.has(w));
}

/**
 * A salt that keys what a server signs (a site-wide value, kept in its settings): Mattermost's `PublicLinkSalt` (the
 * HMAC key of every public file link), WordPress's `auth_salt`, `secure_auth_salt`, `logged_in_salt`, `nonce_salt` (the
 * keys of its cookies and nonces, kept in wp_options when wp-config.php does not define them). A password's or a
 * token's salt (`password_salt`, `token_salt`, `encrypted_value_salt`) sits beside its hash and stays metadata.
 */
const KEYING_SALT_WORDS = new Set(["link", "nonce", "auth", "cookie", "logged", "csrf"]);
function isKeyingSalt(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || words[n - 1] !== "salt") return false;
  for (let i = 0; i < n - 1; i++) if (KEYING_SALT_WORDS.has(words[i]!)) return true;
  return false;
}

function classify(name: string): SecretNameStrength | undefined {
  const words = identifierWords(name);
  if (words.length === 0) return undefined;
  if (isKeyingSalt(words)) return "strong";
  if (words.some(isMetadataWord)) return undefined;
  if (words.some((w) => DIGEST_WORDS.has(w)) && !words.some(isPasswordWord)) return undefined;
  if (words.some((w) => STRONG_WORDS.has(w)) || endsInPass(words)) return "strong";
  const compact = words.join("");
  if (STRONG_PAIRS.some((p) => compact.includes(p))) return "strong";
  // Compound words written without separators: `authtoken`, `apitoken`, `dbpassword`.
  if (words.some((w) => w.endsWith("password") || w.endsWith("token") || w.endsWith("secret"))) return "strong";
  // A Web Push subscription's `key_p256dh` (words `key`, `p`, `256`, `dh`) is the browser's public ECDH key; its `key_auth` stays weak.
  if (words.some((w) => WEAK_WORDS.has(w)) && !words.some((w) => NOT_A_CREDENTIAL_KEY.has(w)) && !compact.includes("p256dh")) return "weak";
  return undefined;
}
