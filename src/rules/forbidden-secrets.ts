import { z } from "zod";
import { cellParts } from "../data/cell-parts.js";
import { rangeIn, type LocatedText } from "../lexer/position.js";
import { describeStatementKind } from "../lexer/statement-kind.js";
import type { Range } from "../report/location.js";
import type { Evidence, ObjectRef } from "../report/schema.js";
import { maskedEvidence } from "../report/redact.js";
import { defineRule, onRowSplit, type RowEvent, type StatementInfo } from "./rule.js";
import { recordsDecoder, recordsEncoder } from "../core/pack-records.js";
import { ColumnFindings, columnSiteKey, type ColumnFinding, type ColumnHit } from "./secrets/column-findings.js";
import { valueContext, type Detector, type ValueContext } from "./secrets/detector.js";
import { allDetectors } from "./secrets/detectors/index.js";
import { detectorFailures, findSecrets, HASH_DETECTORS, mayFindSecrets, mayHoldSecretOrName, runsByPlace, secretHintsIn, type SecretHit } from "./secrets/find-secrets.js";
import { gcpServiceAccountKey } from "./secrets/detectors/google.js";
import { secretNameStrength } from "./secrets/secret-name.js";
import { identifierWords } from "../data/identifier-words.js";
import { canHoldSecret, namedValueVerdict, withoutAuthScheme, type NamedValueVerdict } from "./secrets/named-value.js";
import { columnListCache } from "./judgement/column-list-cache.js";
import { isPlaceholder } from "./secrets/placeholder.js";
import { isBase64Text, shannonEntropy } from "./secrets/scan.js";
import { cellJson, mayBeJson, startsLikeJson } from "./judgement/cell-json.js";
import { isSessionTable, sessionSecretColumn, tableRoles, type ColumnRole } from "./judgement/column-roles.js";
import { statementObject } from "./secrets/statement-object.js";
import { statementStrings } from "./secrets/statement-strings.js";
import { TableMemos, type ValueMemo } from "./judgement/value-memo.js";
import { fastPaths } from "./judgement/fast-paths.js";
import { detachedString } from "../core/detached-string.js";
import { ScratchList } from "./judgement/scratch-list.js";
import { cellHints, HINT_SECRET_FORMAT, HINT_SECRET_NAME } from "./judgement/cell-hints.js";
import { keyedScalar } from "./judgement/keyed-scalar.js";
import { PAIR_NAME_KEYS, PAIR_VALUE_KEYS, pairNameLeaf, siblingLeaf } from "./judgement/json-pair.js";
import { hostRoleOfName } from "./hosts/host-words.js";
import { isDotenvFile } from "./secrets/detectors/dotenv.js";
import { emptyList } from "./judgement/empty-list.js";

/** The request headers whose value is a credential: `Authorization`, `Proxy-Authorization`. */
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i;
/** Evidence ids of the context checks, which are not format detectors. */
const CONTEXT_CHECKS = {
  "secret-named-column": {
    description: "value in a column whose name says credential",
    help: "replace the values with NULL or a fixed placeholder before hand-off, or list the placeholder under the rule's `placeholders` option",
  },
  "secret-named-json-key": {
    description: "value under a JSON key whose name says credential",
    help: "replace the values with a fixed placeholder before hand-off, or list the placeholder under the rule's `placeholders` option",
  },
  "secret-named-option": {
    description: "option or setting whose name says credential",
    help: "remove the value at the source before dumping (ALTER USER MAPPING … OPTIONS (DROP password), ALTER ROLE … RESET name, ALTER SERVER … OPTIONS (DROP …)) or replace it with a placeholder, and rotate the credential",
  },
  "high-entropy-secret": {
    description: "random-looking value under a name that hints at a credential",
    help: "if this is a credential, rotate it and replace the values with a placeholder before hand-off; if not, add a baseline entry for the column",
  },
  "secret-named-key": {
    description: "value whose name in the same row (key/value table) says credential",
    help: "replace the value with a placeholder before hand-off (UPDATE … SET value = 'REDACTED' WHERE key = …) and rotate the credential",
  },
  "secret-named-json-pair": {
    description: "value of a name/value pair in JSON whose name says credential ([{\"name\": \"API_KEY\", \"value\": …}])",
    help: "replace the value with a placeholder before hand-off (environment lists, request headers and parameters keep a credential by its pair's name) and rotate the credential",
  },
  "session-token": {
    description: "live session identifier (a session table's random id or token)",
    help: "truncate the session table before hand-off (sessions are not needed for a rehearsal), or replace the ids with sequential placeholders",
  },
  "salted-password-hash": {
    description: "password hash kept beside its salt ({\"value\": …, \"salt\": …}, as Keycloak's credential.secret_data holds it)",
    help: "password hashes can be cracked offline: replace them with one fixed hash and salt of a known throwaway password before hand-off",
  },
  "json-private-key": {
    description: "private key in JSON: the private part `d` of a JSON Web Key or of a serialized EC key, beside its key type or curve",
    help: "treat the key as compromised: replace it wherever it signs or decrypts (a server makes a new one when the row is gone), and remove it from the data before hand-off",
  },
  "password-salt": {
    description: "password salt: not a credential alone, but it belongs with the hashes beside it",
    help: "replace the salts together with the hashes (one fixed hash and salt of a throwaway password) before hand-off",
  },
} as const;
type ContextCheckId = keyof typeof CONTEXT_CHECKS;

/** A Google app password as Google shows it: four groups of four lower-case letters, one space apart. */
const GOOGLE_APP_PASSWORD = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/;

/** Statements whose values arrive as rows (checked there) or carry no strings worth scanning. */
const SKIPPED_KINDS = new Set(["INSERT", "COPY"]);

const MAX_STATEMENT_EVIDENCE = 10;

/** Column lists whose plans are remembered by content (`--inserts` dumps). */
const MAX_PLANS = 4096;

/** Positions of JSON keys remembered per column (`ColumnPlan.quietKeys`); keys further on are judged each time. */
const MAX_QUIET_KEYS = 32;

/** A column list's plans, and the indexes of the columns whose type can hold a credential (`canHold`). */
type PlanList = ColumnPlan[] & { readable: readonly number[] };

/** What the rule needs to know about a column, once per column list. */
interface ColumnPlan {
  column: string;
  type: string | undefined;
  /** The context of a whole cell of this column. */
  context: ValueContext;
  /** The same, reused for each JSON leaf or array element (its jsonPath/jsonKey set per part): no object per part. Detectors keep no context. */
  partContext: ValueContext;
  /** json/jsonb, arrays, hstore, bytea: values are taken apart with cellParts. */
  structured: boolean;
  isJson: boolean;
  isBytea: boolean;
  /** The type can carry a credential string (not a number, time, boolean …). */
  canHold: boolean;
  /** Token formats can occur in the values (not for uuid, whose text form is fixed). */
  scanFormats: boolean;
  /** The name the column gives its values: the column's, or undefined where it names a stored object (`objectKeyColumn`). */
  valueName: string | undefined;
  /** The column name is secret-ish, so every non-placeholder value counts (or random ones, for weak names). */
  named: boolean;
  /** `columnSiteKey` per detector id, made on the first hit. */
  siteKeys?: Map<string, string>;
  /** What the plain-text shortcut may assume of this column (`plainColumn`), once known. */
  plain?: PlainColumn;
  /** The hits of each distinct value (`judgeCell` is a function of the value within its column), made on first use. */
  memo?: ValueMemo<readonly CellHit[]> | undefined;
  /** `runsByPlace` of `context`, once known: a function of the column's place, asked for every JSON cell and plain cell. */
  placeRuns?: boolean;
  /**
   * JSON keys found not to matter here (`jsonKeysMayMatter`), by their position among the keys of
   * the cell that last needed them: JSON cells of a column repeat their keys in the same order, so a
   * key is compared where it is written instead of cut out and judged again.
   */
  quietKeys?: string[];
}

/** Words of a table of stored objects (Rails' active_storage_blobs, uploads, attachments). */
const STORED_OBJECT_WORDS: ReadonlySet<string> = new Set(["blob", "blobs", "attachment", "attachments", "file", "files", "upload", "uploads", "asset", "assets", "image", "images", "document", "documents", "media"]);

/**
 * A column named just `key` in a table of stored objects holds the object's key (its name in the bucket: Rails'
 * active_storage_blobs.key is 28 random characters), not a credential: its values are not judged by the name.
 * Not when the table's own name is secret-ish (`api_key_files`).
 */
function objectKeyColumn(table: string, column: string): boolean {
  const words = identifierWords(column);
  return words.length === 1 && words[0] === "key" && identifierWords(table).some((w) => STORED_OBJECT_WORDS.has(w)) && secretNameStrength(table) === undefined;
}

/** Words of a table of second factors (`user_second_factors`, `two_factor_credentials`, `totp_devices`, `mfa_secrets`). */
const FACTOR_TABLE_WORDS: ReadonlySet<string> = new Set(["totp", "otp", "mfa", "tfa", "2fa"]);
/** Column names that say nothing of their value (`data`, `value`): in a table of second factors, the factor's secret. */
const FACTOR_VALUE_COLUMNS: ReadonlySet<string> = new Set(["data", "value"]);

/**
 * A table of second factors keeps each factor's secret under a name that says nothing (Discourse's
 * `user_second_factors.data`: the TOTP seed in base32, in clear): the name its values are judged by is the table's,
 * an OTP secret's (`otp_secret`, a strong name). Placeholders and the documented seeds stay stand-ins.
 */
function secondFactorValueName(table: string, column: string): string | undefined {
  if (!FACTOR_VALUE_COLUMNS.has(column.toLowerCase())) return undefined;
  const words = identifierWords(table);
  const factor = words.some((w) => FACTOR_TABLE_WORDS.has(w)) || (words.some((w) => w === "factor" || w === "factors") && words.some((w) => w === "second" || w === "two" || w === "multi"));
  return factor ? SECOND_FACTOR_NAME : undefined;
}
const SECOND_FACTOR_NAME = "otp_secret";

/**
 * What a second factor's secret is reported as: its own words (the column's name says nothing; its table says second
 * factor), under the same identity as any secret-named column's, so baselines and fingerprints keep matching.
 */
const SECOND_FACTOR_DETECTOR: HitDetector = {
  id: "secret-named-column",
  description: "a second factor's secret (the value column of a table of second factors, as an otp_secret column holds a TOTP seed)",
  help: "replace the seeds with NULL, a fixed placeholder or the documented example seed before hand-off (a copy holding them lets anyone make the users' one-time codes), or list the placeholder under the rule's `placeholders` option",
};

function columnPlan(schema: string, table: string, column: string, type: string | undefined): ColumnPlan {
  const t = type?.toLowerCase() ?? "";
  const valueName = objectKeyColumn(table, column) ? undefined : (secondFactorValueName(table, column) ?? column);
  const isJson = t === "json" || t === "jsonb";
  const isBytea = t === "bytea";
  const context = valueContext("row", { schema, table, column, columnType: type || undefined });
  return {
    column,
    type,
    context,
    partContext: valueContext("row", context),
    structured: isJson || isBytea || t.endsWith("[]") || t.endsWith("hstore"),
    isJson,
    isBytea,
    canHold: canHoldSecret(type),
    scanFormats: canHoldSecret(type) && t !== "uuid",
    valueName,
    named: valueName !== undefined && secretNameStrength(valueName) !== undefined,
    // Written later, but present from the start: every plan keeps one shape, so reading them per
    // cell stays a monomorphic load (fields added one by one made shapes enough for megamorphic ones).
    siteKeys: undefined,
    plain: undefined,
    memo: undefined,
    placeRuns: undefined,
    quietKeys: undefined,
  };
}

/** What a hit reports as its evidence id and message: a format detector or a context check. */
interface HitDetector {
  id: string;
  description: string;
  help?: string | undefined;
}

/** One hit in one cell, before it is folded into its column's finding. A plain cell's hits are findSecrets' own (no copy per hit). */
interface CellHit {
  detector: HitDetector;
  /** The secret text: for masking and fingerprinting only. */
  secret: string;
  jsonPath?: string | undefined;
  severity?: "info";
}

const NO_CELL_HITS = emptyList<CellHit>();

/** The context of a whole statement's text (read only). */
const STATEMENT_CONTEXT = valueContext("statement");

/** Hits a column's memo remembers from a long line, their strings copied off the cell they were cut from (ValueMemo.remember). */
function detachCellHits(hits: readonly CellHit[]): void {
  for (const hit of hits) {
    hit.secret = detachedString(hit.secret);
    if (hit.jsonPath !== undefined) hit.jsonPath = detachedString(hit.jsonPath);
  }
}
const NO_SECRET_HITS = emptyList<SecretHit>();

/**
 * A cell's hits as its column's memo keeps them (ValueMemo.remember's `own`): objects of their own, not the hits
 * findSecrets made (issue 12). Kept as they were, most of the hit literals V8 sampled outlived a scavenge, and V8
 * pretenured that literal: every hit of every row was then made in the old generation, where each dead hit's secret,
 * a slice of its COPY line, kept the line alive through two scavenges (every line of a table with a token or hash
 * column was promoted).
 */
function ownCellHits(hits: readonly CellHit[]): readonly CellHit[] {
  if (hits.length === 0) return hits;
  const kept = hits.slice();
  for (let k = 0; k < kept.length; k++) {
    const h = hits[k]!;
    kept[k] = { detector: h.detector, secret: h.secret, jsonPath: h.jsonPath, severity: h.severity };
  }
  return kept;
}

const CONTEXT_DETECTORS = Object.fromEntries(Object.entries(CONTEXT_CHECKS).map(([id, check]) => [id, { id, ...check }])) as Record<ContextCheckId, HitDetector>;

/**
 * Whether a column's cells that are not JSON go straight to the token formats (no salt, session,
 * name or structure to judge): "no" when they do not; else "nothing" when no format is scanned in
 * them (uuid), "by-place" when a detector runs there without a keyword, "by-keyword" otherwise.
 */
type PlainColumn = "no" | "nothing" | "by-place" | "by-keyword";

function plainColumn(p: ColumnPlan, role: ColumnRole, detectors: readonly Detector[]): PlainColumn {
  if (p.structured || p.isJson || p.named || role.salt || role.sessionToken) return "no";
  if (!p.scanFormats) return "nothing";
  return runsByPlace(p.context, detectors) ? "by-place" : "by-keyword";
}

export const forbiddenSecretsOptions = z
  .object({
    /** Further placeholder values (compared case-insensitively) that mean "sanitized", e.g. a sanitizer's marker. */
    placeholders: z.array(z.string()).default([]),
    /** Detector ids to switch off, e.g. ["jwt"]. */
    disabledDetectors: z.array(z.string()).default([]),
    /** Report values under secret-ish column/key/option names (issue 5 point 2). */
    nameContext: z.boolean().default(true),
  })
  .strict();

/** A hit inside a located text; `start`/`end` index that text. Ranges are computed only for the hits reported (positionIn is linear in the index). */
interface StatementHit {
  detector: string;
  description: string;
  help: string | undefined;
  secret: string;
  start: number;
  end: number;
}

const MAX_RELATED = 3;

/** A hit in one row, as judged (any thread); the row adds its table and place when it is folded. */
type RowHit = Omit<ColumnHit, "schema" | "table" | "range" | "rowIndex">;
/** A cell of the row a detector failed on (threw): counted where rows are folded, in row order. */
interface UnjudgedCell {
  unjudgedColumn: string;
}

function contextCheckId(verdict: NamedValueVerdict, where: "column" | "json-key" | "option" | "key"): ContextCheckId {
  return verdict === "high-entropy" ? "high-entropy-secret" : `secret-named-${where}`;
}

/**
 * Gitea's sealed values (modules/secret: AES-CFB under SECRET_KEY, which lives in app.ini, over the base64 of the plaintext;
 * hex, after `v2:` in its newest releases): a 16-byte IV, then a multiple of 4 bytes. Its `two_factor.secret` holds each
 * TOTP secret so.
 */
function isGiteaSealed(value: string): boolean {
  const from = value.startsWith("v2:") ? 3 : 0;
  const bytes = (value.length - from) / 2;
  // At least the base64 of a 16-character secret (24 bytes) after the IV: a hex TOTP seed of 20 bytes is not taken for one.
  return Number.isInteger(bytes) && bytes >= 40 && (bytes - 16) % 4 === 0 && /^[0-9a-f]+$/.test(from === 0 ? value : value.slice(from));
}

/**
 * Applications that keep a token as a one-way digest of it under the token's own name, as a `*_hash` column would: not the
 * token, and no way back to it. By table and column, with the digest's length in hex digits:
 * - Laravel Sanctum: `personal_access_tokens.token`, the SHA-256 of a random token (64);
 * - Nextcloud: `oc_authtoken.token` (any table prefix), the SHA-512 of an app password or session token and the
 *   instance's secret (128);
 * - Grafana: `user_auth_token.auth_token` and `prev_auth_token`, the SHA-256 of a login token and the instance's secret
 *   key (64); `api_key.key`, the hex PBKDF2 of a service-account token's secret (100).
 * - Discourse: `user_auth_tokens.auth_token` and `prev_auth_token`, and the `auth_token` its log `user_auth_token_logs`
 *   keeps, the SHA-1 of a login token and the instance's secret_key_base in base64 (UserAuthToken.hash_token: 28
 *   characters, the last `=`).
 * - Gitea: `two_factor.secret`, not a digest but a TOTP secret sealed with SECRET_KEY (isGiteaSealed), which the dump
 *   does not hold: ciphertext a sanitizer leaves, as `encrypted_*` columns are read.
 */
function isStoredTokenDigest(p: ColumnPlan, value: string): boolean {
  if (p.column === "secret" && p.context.table === "two_factor") return isGiteaSealed(value);
  const column = p.column;
  const table = p.context.table ?? "";
  let length = 0;
  if (column === "token") length = table === "personal_access_tokens" ? 64 : table === "authtoken" || table.endsWith("_authtoken") ? 128 : 0;
  else if (column === "auth_token" || column === "prev_auth_token") {
    if (table === "user_auth_token") length = 64;
    else if (table === "user_auth_tokens" || (table === "user_auth_token_logs" && column === "auth_token")) return isBase64Sha1(value);
  } else if (column === "key") length = table === "api_key" ? 100 : 0;
  return length !== 0 && value.length === length && /^[0-9a-f]+$/.test(value);
}

/** The base64 of 20 bytes (a SHA-1): 27 characters of the alphabet, then one `=`. */
function isBase64Sha1(value: string): boolean {
  return value.length === 28 && /^[A-Za-z0-9+/]{27}=$/.test(value);
}

/**
 * Where an application keeps secrets sealed with its own key (Grafana's `data_source.secure_json_data`, an alert
 * receiver's `secureSettings`): base64 there is ciphertext, which the dump holds without the key.
 */
const SEALED_STORE = /secure_?(?:json_?data|settings)/i;
const MIN_SEALED_LENGTH = 16;
/** The column asked last and its answer: a JSON column's leaves ask for their one column, cell after cell. */
let lastSealedColumn = "";
let lastSealedAnswer = false;
function sealedColumn(column: string): boolean {
  if (column !== lastSealedColumn) {
    lastSealedColumn = column;
    lastSealedAnswer = SEALED_STORE.test(column);
  }
  return lastSealedAnswer;
}

/** Whether a key/value row's key says what its value is (a credential, a host or a URL): then the key names the value, not the value column. */
function keyNamesItsValue(row: RowEvent, role: ColumnRole): boolean {
  if (role.keyColumn === undefined) return false;
  const key = row.values[role.keyColumn];
  return typeof key === "string" && key !== "" && (secretNameStrength(key) !== undefined || hostRoleOfName(key) !== undefined);
}

/** Minimum length and entropy of a session id that is live rather than a sequential stand-in (`00000000-…-000000000001`). */
const MIN_SESSION_LENGTH = 16;
const MIN_SESSION_ENTROPY = 3;

function looksLikeLiveSessionId(value: string): boolean {
  const v = value.trim();
  return v.length >= MIN_SESSION_LENGTH && !/\s/.test(v) && !isPlaceholder(v) && shannonEntropy(v) >= MIN_SESSION_ENTROPY;
}

/** A column named for a session's id (`session_id`, `sessionId`) outside a session table, found for its name alone. */
function isSessionIdReference(f: ColumnFinding): boolean {
  return f.detector === "secret-named-column" && f.jsonPath === undefined && identifierWords(f.column).join("") === "sessionid" && !isSessionTable(f.table);
}

/**
 * The first session table of the catalog keyed by an id beside its token (`sessionSecretColumn`), as `schema.table.token`:
 * then a `session_id` elsewhere names one of its rows by that id.
 */
function sessionTableKeyedById(tables: readonly { schema: string; name: string; columns: readonly { name: string }[] }[]): string | undefined {
  for (const t of tables) {
    const secret = sessionSecretColumn(t.name, t.columns.map((c) => c.name));
    if (secret !== undefined) return `${t.schema}.${t.name}.${secret}`;
  }
  return undefined;
}

/** Copies a fixed hash must count: one user's hash kept in two rows (a copy of its account) is still that user's. */
const MIN_FIXED_HASH_COPIES = 3;

/**
 * A column whose every password hash is one and the same (three copies or more, in more than one row): the one fixed
 * hash of a throwaway password that this rule's help asks for. The formats are salted, so two users' hashes are
 * never equal by chance.
 */
function isFixedHash(f: ColumnFinding): boolean {
  return repeatsOneValue(f) && (HASH_DETECTORS.has(f.detector) || f.detector === "salted-password-hash");
}

/** One value in every row of a column finding: three copies or more, in more than one row (a fixed hash's mark). */
function repeatsOneValue(f: ColumnFinding): boolean {
  return f.oneValue && f.count >= MIN_FIXED_HASH_COPIES && f.related.length >= 2;
}

/** Hash formats of a password that a digest of a generated key also comes in (not PostgreSQL's own role verifiers). */
const KEY_DIGEST_DETECTORS: ReadonlySet<string> = new Set(["bcrypt-hash", "argon2-hash", "scrypt-hash", "pbkdf2-hash", "crypt-hash", "phpass-hash"]);
/** Words of a column or table named for generated keys or tokens: `res_users_apikeys.key`, `api_tokens.digest`. */
const GENERATED_KEY_WORDS: ReadonlySet<string> = new Set(["apikey", "apikeys", "token", "tokens"]);
/** `api` beside `key`/`keys` says the same, split (`api_keys`, `user_api_key`). */
const KEY_WORDS: ReadonlySet<string> = new Set(["key", "keys"]);
/** A person's secret in the name: a password or PIN hash stays one, whatever the table. */
const CHOSEN_SECRET_WORDS: ReadonlySet<string> = new Set(["password", "passwords", "passwd", "pass", "pwd", "passphrase", "pin", "credential", "credentials"]);

/**
 * A password-hash format in a column named for generated API keys or tokens (Odoo's `res_users_apikeys.key`: the PBKDF2
 * of a key Odoo generated, 160 random bits): the digest of a random key, not of a password a person chose. It cannot be
 * cracked offline and the key is not in the dump, so it is info, as a fixed hash is. The column's or its table's name
 * must say API key or token (`apikey`, `api` + `key`, `token`) and the column's must not say password or PIN.
 */
function isGeneratedKeyDigest(f: ColumnFinding): boolean {
  if (!KEY_DIGEST_DETECTORS.has(f.detector)) return false;
  const column = identifierWords(f.column);
  if (column.some((w) => CHOSEN_SECRET_WORDS.has(w))) return false;
  const names = (words: string[]) => words.some((w) => GENERATED_KEY_WORDS.has(w)) || (words.includes("api") && words.some((w) => KEY_WORDS.has(w)));
  return names(column) || names(identifierWords(f.table)) || isClientSecretColumn(column);
}

/**
 * An OAuth client's secret (Gitea's `oauth2_application.client_secret`: bcrypt of a `gto_…` secret it generated, 32 random
 * bytes): a generated secret's digest too, judged with the API keys' (isGeneratedKeyDigest), in words of its own.
 */
function isClientSecretColumn(column: readonly string[]): boolean {
  return column.join("").endsWith("clientsecret");
}

/** The shortest digest read as a password hash beside a salt column (16 bytes in hex, 24 in base64). */
const MIN_SALTED_DIGEST_LENGTH = 32;
const PASSWORD_COLUMN = /pass|pwd/i;

/**
 * A password column beside a salt column whose every value is one and the same digest (three copies or more, in more than
 * one row): Grafana's `user.password`, the hex PBKDF2 of a password with `user.salt`, written once for every user by a
 * sanitizer. The fixed hash this rule's help asks for, as for the `$`-formats; users' own stay errors.
 */
function isFixedDigestBesideSalt(f: ColumnFinding, salted: ReadonlySet<string>): boolean {
  return (
    f.detector === "secret-named-column" && f.jsonPath === undefined && repeatsOneValue(f) &&
    (f.evidence[0]?.length ?? 0) >= MIN_SALTED_DIGEST_LENGTH && PASSWORD_COLUMN.test(f.column) && salted.has(`${f.schema}\0${f.table}`)
  );
}

/** The salt's key beside a hash in a credential object (`{"value": …, "salt": …}`). */
const SALT_KEYS: ReadonlySet<string> = new Set(["salt"]);
/** The shortest base64 read as a hash beside its salt (16 bytes); Keycloak's PBKDF2 writes 64 (88 characters). */
const MIN_SALTED_HASH_LENGTH = 22;

/**
 * Keycloak keeps a password as `{"value": <base64 PBKDF2 or Argon2 hash>, "salt": <base64>, …}` in credential.secret_data,
 * its algorithm and iterations in credential_data: a salted hash, read as one (so one fixed hash in every row is the
 * sanitizer's, as for the `$`-formats). An OTP seed beside no salt (`{"value": "JBSW…"}`) stays a named credential.
 */
function isHashBesideSalt(leaves: NonNullable<ReturnType<typeof cellJson>>, l: number, jsonPath: string): boolean {
  const value = leaves[l]!.value;
  if (value.length < MIN_SALTED_HASH_LENGTH || !isBase64Text(value)) return false;
  const salt = siblingLeaf(leaves, l, jsonPath, SALT_KEYS);
  return salt !== undefined && salt.value !== "";
}

/** Keys that say an object is a key: a JWK's `kty` and `crv` (RFC 7517/7518), a serialized EC key's curve (Mattermost's `ecdsa_key`). */
const KEY_TYPE_KEYS: ReadonlySet<string> = new Set(["kty", "crv", "curve", "Curve"]);
/** A private scalar or exponent: decimal digits (Go's big.Int in JSON) or base64url (a JWK), at least 40 of them (P-256's `d` is 77 digits or 43 characters). */
const PRIVATE_KEY_PART = /^(?:[0-9]{40,}|[A-Za-z0-9_-]{40,}={0,2})$/;

/**
 * A JWK's private part (`{"kty": "EC", "crv": "P-256", "x", "y", "d"}`, an RSA JWK's `d`) or a serialized EC key's
 * (`{"ecdsa_key": {"curve": "P-256", "x", "y", "d"}}`, Mattermost's signing key): `d` beside a key type or curve in the
 * same object. A public JWK has no `d`; a `d` elsewhere (a path's data, a day) has no key type beside it.
 */
function isJsonPrivateKeyPart(leaves: NonNullable<ReturnType<typeof cellJson>>, l: number, jsonPath: string): boolean {
  const value = leaves[l]!.value;
  if (!PRIVATE_KEY_PART.test(value) || isPlaceholder(value)) return false;
  // The key type or curve among the object's other members (a JWK has up to ten: kty, crv, use, kid, alg, x, y, d; n, e, p, q, dp, dq, qi for RSA).
  const parent = jsonPath.slice(0, jsonPath.length - 2);
  for (let m = Math.max(0, l - KEY_MEMBERS_REACH); m < Math.min(leaves.length, l + KEY_MEMBERS_REACH + 1); m++) {
    const other = leaves[m]!;
    if (m !== l && !other.isKey && other.key !== undefined && KEY_TYPE_KEYS.has(other.key) && other.path === `${parent}.${other.key}`) return true;
  }
  return false;
}
/** Leaves looked at either side of `d` for its key type (keys are leaves too: two a member). */
const KEY_MEMBERS_REACH = 32;

export const forbiddenSecrets = defineRule({
  id: "forbidden-secrets",
  description: "Credentials (tokens, keys, passwords, password hashes) must not survive into a hand-off dump.",
  defaultSeverity: "error",
  options: forbiddenSecretsOptions,
  check(context) {
    const options = context.options;
    const disabled = new Set(options.disabledDetectors);
    const detectors: readonly Detector[] = allDetectors.filter((d) => !disabled.has(d.id));
    // The shared cell hints know the keywords of every detector: exact for this rule while none is switched off.
    const hintsApply = detectors.length === allDetectors.length;
    const checkNames = (id: ContextCheckId) => options.nameContext && !disabled.has(id);
    const columns = new ColumnFindings();

    /** Hits in one located text (statement, comment line, meta line), folded into one finding. */
    const reportLocated = (located: LocatedText, hits: StatementHit[], object: ObjectRef, what: string) => {
      if (hits.length === 0) return;
      const evidence: Evidence[] = [];
      for (const hit of hits) {
        if (evidence.length >= MAX_STATEMENT_EVIDENCE) break;
        const e = maskedEvidence(hit.detector, hit.secret);
        if (!evidence.some((x) => x.fingerprint === e.fingerprint)) evidence.push(e);
      }
      const kinds = [...new Set(hits.map((h) => h.description))];
      const first = hits[0]!;
      const rangeOf = (h: StatementHit): Range => rangeIn(located, h.start, h.end);
      context.report({
        message: `${what} holds ${hits.length === 1 ? "a credential" : `${hits.length} credentials`}: ${kinds.join("; ")}`,
        ...(first.help ? { help: first.help } : {}),
        range: rangeOf(first),
        object,
        evidence,
        count: hits.length,
        ...(hits.length > 1 ? { related: hits.slice(1, 1 + MAX_RELATED).map((h) => ({ message: h.description, range: rangeOf(h) })) } : {}),
        // Not the offset: a baseline entry must survive a re-dump that shifts the statement.
        identity: what,
      });
    };

    /** Scan a verbatim text (comment, meta line) where value indexes are text indexes. */
    const scanVerbatim = (located: LocatedText, from: number, clause: ValueContext["clause"]): StatementHit[] =>
      findSecrets(located.text.slice(from), valueContext(clause), detectors).map((h) => ({
        detector: h.detector.id,
        description: h.detector.description,
        help: h.detector.help,
        secret: h.secret,
        start: from + h.start,
        end: from + h.end,
      }));

    /** Values a detector failed on (threw): cells counted where rows are folded (row order), texts as they are read. Said in one diagnostic. */
    let unjudged: { count: number; first: { where: string; range: Range } } | undefined;
    const noteUnjudged = (where: string, range: Range) => {
      if (unjudged) unjudged.count++;
      else unjudged = { count: 1, first: { where, range } };
    };
    /** Runs a text's scan, and notes the text when a detector failed on it. */
    const judgedText = <T>(located: LocatedText, where: string, scan: () => T): T => {
      const failuresBefore = detectorFailures.count;
      const result = scan();
      if (detectorFailures.count !== failuresBefore) noteUnjudged(where, located.range);
      return result;
    };

    // The lexer reports an unclosed quote, dollar body or comment just before the statement it swallowed into.
    let cutOffStatement = false;
    context.onInputProblem((problem) => {
      if (problem.code.startsWith("unterminated-")) cutOffStatement = true;
    });

    context.onStatement((statement: StatementInfo) => {
      if (SKIPPED_KINDS.has(statement.statementKind)) return;
      judgedText(statement, "a statement (at this diagnostic's range)", () => judgeStatement(statement));
    });

    const judgeStatement = (statement: StatementInfo) => {
      const hits: StatementHit[] = [];
      for (const s of statementStrings(statement.text, statement.statementKind)) {
        const found = findSecrets(s.value, s.context, detectors);
        for (const h of found) {
          // Verbatim bodies (dollar quotes, comments) point at the secret; decoded literals at the whole literal.
          const [start, end] = s.rawOffset !== undefined ? [s.start + s.rawOffset + h.start, s.start + s.rawOffset + h.end] : [s.start, s.end];
          hits.push({ detector: h.detector.id, description: h.detector.description, help: h.detector.help, secret: h.secret, start, end });
        }
        if (found.length === 0 && s.context.optionName && s.context.clause !== "comment") {
          const verdict = namedValueVerdict(s.value, s.context.optionName, options.placeholders);
          const id = verdict && contextCheckId(verdict, "option");
          if (id && checkNames(id)) {
            hits.push({ detector: id, description: `${CONTEXT_CHECKS[id].description} (${s.context.optionName})`, help: CONTEXT_CHECKS[id].help, secret: s.value, start: s.start, end: s.end });
          }
        }
      }
      // Malformed input (issue 10 item 4): a statement of no known kind or one cut off by the end of the
      // input (an unclosed quote swallows the rest) can hold a secret outside any well-formed literal.
      if (cutOffStatement || describeStatementKind(statement.statementKind) === "unrecognized" || !statement.text.trimEnd().endsWith(";")) {
        cutOffStatement = false;
        for (const h of findSecrets(statement.text, STATEMENT_CONTEXT, detectors)) {
          if (!hits.some((k) => h.start < k.end && k.start < h.end)) hits.push({ detector: h.detector.id, description: h.detector.description, help: h.detector.help, secret: h.secret, start: h.start, end: h.end });
        }
        hits.sort((a, b) => a.start - b.start);
      }
      const kind = statement.statementKind ? describeStatementKind(statement.statementKind) : "statement";
      // An unrecognized statement's "object name" would be whatever words it starts with.
      reportLocated(statement, hits, kind === "unrecognized" ? { kind: "statement" } : statementObject(statement.text, statement.statementKind), `${kind} statement`);
    };

    context.onComment((comment) => {
      reportLocated(comment, judgedText(comment, "a comment line", () => scanVerbatim(comment, 0, "comment")), { kind: "comment" }, "comment line");
    });

    context.onMeta((meta) => {
      reportLocated(meta, judgedText(meta, `a \\${meta.command} line`, () => scanVerbatim(meta, 0, "connect")), { kind: "meta-command", name: meta.command }, `\\${meta.command} line`);
    });

    /**
     * Per-column facts computed once per COPY/INSERT column list, not per cell; a list seen before in a
     * new array (an INSERT header read again, a block of rows sent to a worker) gets the same plan list,
     * so memos are kept per table.
     */
    const planFor = columnListCache(
      (schema, table, columns, types): PlanList => {
        const list = columns.map((column, c) => columnPlan(schema, table, column, types[c]));
        // Known before the first row (issue 12): worked out at a column's first cell, its call had no type feedback at the
        // second table and threw away the row loop's compiled code.
        const roles = tableRoles(schema, table, columns, types).columns;
        for (let c = 0; c < list.length; c++) if (roles[c] !== undefined) list[c]!.plain = plainColumn(list[c]!, roles[c]!, detectors);
        return Object.assign(list, { readable: list.flatMap((p, c) => (p.canHold ? [c] : [])) });
      },
      MAX_PLANS,
    );

    const siteKeyOf = (plan: ColumnPlan, detector: string): string => {
      const keys = (plan.siteKeys ??= new Map());
      let key = keys.get(detector);
      if (key === undefined) keys.set(detector, (key = columnSiteKey(detector, plan.context.schema!, plan.context.table!, plan.column)));
      return key;
    };

    /** The hits of the row being judged (threads share rows: judged anywhere, folded into `columns` in row order); the row's map returns a copy. */
    const rowHits = new ScratchList<RowHit | UnjudgedCell>();
    const addRowHit = (_row: RowEvent, plan: ColumnPlan, detector: HitDetector, secret: string, jsonPath: string | undefined, severity?: "info") => {
      const hit: RowHit = {
        siteKey: siteKeyOf(plan, detector.id),
        detector: detector.id,
        description: detector.description,
        help: detector.help,
        column: plan.column,
        jsonPath,
        severity,
        secret,
      };
      rowHits.push(hit);
    };

    /** The first `n` hits of a cell, into the row's. An indexed loop: `for … of` over the common empty answer made an iterator per cell. */
    const addRowHits = (row: RowEvent, p: ColumnPlan, hits: readonly CellHit[], n: number) => {
      for (let k = 0; k < n; k++) {
        const h = hits[k]!;
        addRowHit(row, p, h.detector, h.secret, h.jsonPath, h.severity);
      }
    };

    const checkName = (sink: ScratchList<CellHit>, plan: ColumnPlan, text: string, key: string | undefined, jsonPath: string | undefined, besideSalt = false) => {
      // A JSON leaf is named by its key, unless the key says nothing (`value`) and the column says credential:
      // Keycloak keeps each password hash and OTP seed as {"value": …} in credential.secret_data.
      const byKey = key !== undefined && !(key === "value" && plan.named);
      const verdict = namedValueVerdict(text, byKey ? key : plan.valueName, options.placeholders);
      const id = verdict && (besideSalt && !byKey ? "salted-password-hash" : contextCheckId(verdict, byKey ? "json-key" : "column"));
      if (id && checkNames(id)) {
        // A second factor's value column is named by its table (secondFactorValueName): said so in its own words.
        const secondFactor = id === "secret-named-column" && plan.valueName === SECOND_FACTOR_NAME && plan.column !== SECOND_FACTOR_NAME;
        sink.push({ detector: secondFactor ? SECOND_FACTOR_DETECTOR : CONTEXT_DETECTORS[id], secret: text, jsonPath });
      }
    };

    /**
     * Key/value tables: the row's name column is the value's name (`setting('smtp-password', …)`); a single token
     * only, since such tables also hold prose, or a Google app password as Google shows it (`abcd efgh ijkl mnop`,
     * what an SMTP setting for smtp.gmail.com holds).
     */
    const checkRowKey = (row: RowEvent, plan: ColumnPlan, role: ColumnRole, text: string) => {
      const name = role.keyColumn === undefined ? undefined : row.values[role.keyColumn];
      if (!name || (/\s/.test(text.trim()) && !GOOGLE_APP_PASSWORD.test(text.trim()))) return;
      const verdict = namedValueVerdict(text, name, options.placeholders);
      if (verdict === "secret-named" && checkNames("secret-named-key")) addRowHit(row, plan, CONTEXT_DETECTORS["secret-named-key"], text, undefined);
      else if (verdict === "high-entropy" && checkNames("high-entropy-secret")) addRowHit(row, plan, CONTEXT_DETECTORS["high-entropy-secret"], text, undefined);
    };

    /** JSON leaves (json/jsonb, or JSON in a text column): token formats everywhere, names from their keys. */
    const checkJsonLeaves = (sink: ScratchList<CellHit>, p: ColumnPlan, value: string, leaves: NonNullable<ReturnType<typeof cellJson>>, rowKey?: string) => {
      const serviceAccount = value.indexOf('"client_email"') !== -1 && value.indexOf("service_account") !== -1;
      for (let l = 0; l < leaves.length; l++) {
        const leaf = leaves[l]!;
        const jsonPath = leaf.path;
        const valueContext = p.partContext;
        valueContext.jsonPath = jsonPath;
        valueContext.jsonKey = leaf.key;
        const hits = findSecrets(leaf.value, valueContext, detectors);
        for (let k = 0; k < hits.length; k++) {
          const h = hits[k]!;
          // A private key under `private_key` of a service-account JSON is that key file.
          const asServiceAccount = serviceAccount && leaf.key === "private_key" && h.detector.id === "pem-private-key";
          sink.push({ detector: asServiceAccount ? gcpServiceAccountKey : h.detector, secret: h.secret, jsonPath });
        }
        if (hits.length === 0 && !leaf.isKey) {
          const before = sink.length;
          // A leaf under no key (a key/value table's value that is a JSON array of strings) is named by the row's key.
          if ((leaf.key === "d" || leaf.key === "D") && !disabled.has("json-private-key") && isJsonPrivateKeyPart(leaves, l, jsonPath)) {
            sink.push({ detector: CONTEXT_DETECTORS["json-private-key"], secret: leaf.value, jsonPath });
            continue;
          }
          if (leaf.value.length >= MIN_SEALED_LENGTH && (sealedColumn(p.column) || (jsonPath.indexOf("ecure") !== -1 && SEALED_STORE.test(jsonPath))) && isBase64Text(leaf.value)) continue;
          checkName(sink, p, leaf.value, leaf.key ?? rowKey, jsonPath, leaf.key === "value" && p.named && isHashBesideSalt(leaves, l, jsonPath));
          if (sink.length === before && leaf.key !== undefined && PAIR_VALUE_KEYS.has(leaf.key)) checkPairValue(sink, leaves, l, jsonPath);
        }
      }
    };

    /**
     * A name/value pair's value (`[{"name": "DB_PASSWORD", "value": …}]`: container environments, request headers and
     * parameters in webhook, flow and API-client settings): named by the pair's name leaf, its sibling in the same
     * object, looked for among the few leaves around it. An `Authorization` header's value is judged without its scheme.
     */
    const checkPairValue = (sink: ScratchList<CellHit>, leaves: NonNullable<ReturnType<typeof cellJson>>, l: number, jsonPath: string) => {
      const other = pairNameLeaf(leaves, l, jsonPath);
      if (other === undefined) return;
      const value = withoutAuthScheme(leaves[l]!.value);
      // An `Authorization` header's value is a credential whatever its scheme (the name alone says no credential word).
      const verdict = namedValueVerdict(value, AUTHORIZATION_HEADER.test(other.value) ? "authorization token" : other.value, options.placeholders);
      if (verdict !== undefined && checkNames("secret-named-json-pair")) sink.push({ detector: CONTEXT_DETECTORS["secret-named-json-pair"], secret: value, jsonPath });
    };

    /**
     * False when no leaf of this JSON text can give a hit though a name word occurs in it: with no
     * detector keyword anywhere, a leaf gives a hit only through its key (a secret-ish name, or a
     * detector that runs by place, such as an AWS secret key name). Without a backslash the keys
     * are written verbatim, so they are read straight from the text. The column's own place must
     * not make a detector run either (the text would then also be scanned whole if not JSON).
     */
    const jsonKeysMayMatter = (p: ColumnPlan, value: string): boolean => {
      if (value.includes("\\") || (p.placeRuns ??= runsByPlace(p.context, detectors))) return true;
      const leaf = p.partContext;
      leaf.jsonPath = "$";
      // Whether a key matters is a function of the key in this column's place: a key equal to the one
      // found quiet at the same position before is quiet (no slice, no name or place lookups).
      const quiet = (p.quietKeys ??= []);
      let k = 0;
      for (let open = value.indexOf('"'); open !== -1; ) {
        const close = value.indexOf('"', open + 1);
        if (close === -1) return true;
        let after = close + 1;
        while (value.charCodeAt(after) === 0x20 || value.charCodeAt(after) === 0x0a || value.charCodeAt(after) === 0x09 || value.charCodeAt(after) === 0x0d) after++;
        if (value.charCodeAt(after) === 0x3a) {
          const known = quiet[k];
          if (known === undefined || known.length !== close - open - 1 || !value.startsWith(known, open + 1)) {
            const key = value.slice(open + 1, close);
            leaf.jsonKey = key;
            // A pair's name key (`name`, `header`) may name its sibling value by what it holds.
            // A private key's `d` (isJsonPrivateKeyPart) is named by no secret word.
            if (secretNameStrength(key) !== undefined || PAIR_NAME_KEYS.has(key) || key === "d" || key === "D" || runsByPlace(leaf, detectors)) return true;
            // Kept detached: a slice would pin the row's whole input chunk.
            if (k < MAX_QUIET_KEYS) quiet[k] = detachedString(key);
          }
          k++;
        }
        open = value.indexOf('"', close + 1);
      }
      return false;
    };

    /**
     * What one non-empty cell holds, into `sink` in the order the hits are reported. A function of
     * the value within its column (the row is only used for the JSON parse every rule shares), so
     * its result can be remembered per distinct value. Returns true when the value was read as
     * plain text and no token format matched: then a key/value table's value is judged by its key.
     * `hints`: the cell's shared hints (`cellHints`), when the shortcuts may use them.
     */
    const judgeCell = (row: RowEvent, c: number, p: ColumnPlan, role: ColumnRole, value: string, sink: ScratchList<CellHit>, hints: number | undefined): boolean => {
      if (role.salt && !p.structured) {
        // A salt alone is not a credential: said once per column at info, next to the hashes it belongs to.
        if (!isPlaceholder(value, options.placeholders) && checkNames("password-salt")) sink.push({ detector: CONTEXT_DETECTORS["password-salt"], secret: value, jsonPath: undefined, severity: "info" });
        return false;
      }
      if (role.sessionToken && looksLikeLiveSessionId(value) && checkNames("session-token")) {
        const hits = p.scanFormats ? findSecrets(value, p.context, detectors, hints) : [];
        if (hits.length === 0) {
          sink.push({ detector: CONTEXT_DETECTORS["session-token"], secret: value, jsonPath: undefined });
          return false;
        }
      }
      // JSON documents, typed or in a text column, are parsed once per row for every rule.
      if (p.isJson || (role.jsonText && mayBeJson(role, value))) {
        const rowKey = role.keyColumn === undefined ? undefined : (row.values[role.keyColumn] ?? undefined);
        let couldMatter = p.named || rowKey !== undefined;
        if (!couldMatter) {
          const found = hints === undefined ? secretHintsIn(value, detectors) : hints & HINT_SECRET_FORMAT ? "formats" : hints & HINT_SECRET_NAME ? "names" : "none";
          // Only name words (`"session": …`): the leaves matter only if a key is itself a secret-ish name.
          couldMatter = found === "formats" || (found === "names" && (!fastPaths.enabled || role.keyColumn !== undefined || jsonKeysMayMatter(p, value)));
        }
        const leaves = couldMatter ? cellJson(row, c, role) : undefined;
        if (leaves) {
          checkJsonLeaves(sink, p, value, leaves, rowKey);
          return false;
        }
        if (p.isJson) return false;
      }
      if (!p.structured) {
        // The hints (when asked) say which keywords occur, so the value is not scanned for them again.
        const hits = p.scanFormats ? findSecrets(value, p.context, detectors, hints, (p.placeRuns ??= runsByPlace(p.context, detectors))) : NO_SECRET_HITS;
        // findSecrets' hits are the cell's hits as they are (made for this call, never changed): no object per hit.
        for (let k = 0; k < hits.length; k++) sink.push(hits[k]!);
        // The name column of a key/value table holds identifiers (`setup-token`), never credentials. A session
        // table's id/token column is judged as a session id above: one that is not live (short or not random:
        // `session-12`) is the sequential placeholder the session check's help asks for, whatever the column's name.
        // A key/value table's value is named by its row's key when that key says what the value is (a CI's
        // `secrets(secret_name, secret_value)`: `deploy_host`, `db_url`), not by the value column's own name.
        // A `.env` file in a secret-named column was judged line by line (dotenv-secret), not as one value.
        if (hits.length === 0 && p.named && !role.keyName && !role.sessionToken && !keyNamesItsValue(row, role) && !isDotenvFile(value) && !isStoredTokenDigest(p, value)) checkName(sink, p, value, undefined, undefined);
        return hits.length === 0;
      }
      // Arrays, hstore, bytea: take the cell apart only when something in it could matter.
      if (!p.isBytea && !p.named && !mayHoldSecretOrName(value, detectors)) return false;
      for (const part of cellParts(value, p.type)) {
        const jsonPath = part.path.startsWith("$") ? part.path : undefined;
        const valueContext = p.partContext;
        valueContext.jsonPath = jsonPath || undefined;
        valueContext.jsonKey = part.key;
        const hits = findSecrets(part.text, valueContext, detectors);
        for (let k = 0; k < hits.length; k++) sink.push({ detector: hits[k]!.detector, secret: hits[k]!.secret, jsonPath });
        if (hits.length === 0 && !part.isKey) checkName(sink, p, part.text, part.key, jsonPath);
      }
      return false;
    };

    /** Hits of the cell being judged; copied only to be remembered. */
    const sink = new ScratchList<CellHit>();
    // Each column's memo of distinct values is kept while its column list is read, then dropped
    // (TableMemos): kept to the end of the dump, thousands of tables' memos added up unbounded.
    const memos = new TableMemos<readonly CellHit[]>();

    const judgeRow = (row: RowEvent) => {
      const plan = planFor(row.schema, row.table, row.columns, row.types);
      const roles = tableRoles(row.schema, row.table, row.columns, row.types).columns;
      // Only the columns whose type can carry a credential string are read at all.
      const readable = plan.readable;
      for (let r = 0; r < readable.length; r++) {
        const c = readable[r]!;
        const value = row.values[c];
        const p = plan[c]!;
        const role = roles[c];
        if (value === null || value === undefined || value === "" || role === undefined) continue;
        // A detector that throws is counted (find-secrets.ts): a change across this cell's judgement means it was not fully judged.
        const failuresBefore = detectorFailures.count;
        if (role.keyColumn !== undefined || !fastPaths.enabled) {
          // A key/value table's value also depends on its row's key: judged every time (and every cell is, when a test compares the shortcuts below with the full judgement).
          sink.clear();
          // A value stored serialized (a JSON string, a one-line YAML document) is judged as the text it stands for.
          const scalar = role.keyColumn !== undefined ? keyedScalar(value) : undefined;
          if (scalar !== undefined) {
            if (scalar !== "") {
              const hits = p.scanFormats ? findSecrets(scalar, p.context, detectors) : NO_SECRET_HITS;
              for (let k = 0; k < hits.length; k++) addRowHit(row, p, hits[k]!.detector, hits[k]!.secret, undefined);
              if (hits.length === 0) checkRowKey(row, p, role, scalar);
            }
            if (detectorFailures.count !== failuresBefore) rowHits.push({ unjudgedColumn: p.column });
            continue;
          }
          const plainWithoutFormat = judgeCell(row, c, p, role, value, sink, undefined);
          addRowHits(row, p, sink.items, sink.length);
          if (plainWithoutFormat) checkRowKey(row, p, role, value);
          if (detectorFailures.count !== failuresBefore) rowHits.push({ unjudgedColumn: p.column });
          continue;
        }
        // Plain text under an ordinary name: only token formats can match, and most values hold no
        // detector keyword at all. A value seen before in the column is answered by the memo (a
        // status or a user agent is not read again); otherwise the cell's hints say whether a
        // keyword occurs, from the one pass every rule shares.
        const plain = (p.plain ??= plainColumn(p, role, detectors));
        const jsonLike = role.jsonText && startsLikeJson(value);
        const asPlain = plain !== "no" && !jsonLike;
        if (asPlain && plain === "nothing") continue;
        const memo = memos.of(p, plan);
        let hits = memo.recall(value);
        if (hits === undefined) {
          // Asked where this rule reads them: plain text, and JSON whose column name says nothing.
          const hints = hintsApply && (asPlain || ((p.isJson || jsonLike) && !p.named)) ? cellHints(row, c, value) : undefined;
          if (asPlain && plain === "by-keyword" && (hints === undefined ? !mayFindSecrets(value, false, detectors) : (hints & HINT_SECRET_FORMAT) === 0)) hits = NO_CELL_HITS;
          else {
            sink.clear();
            judgeCell(row, c, p, role, value, sink, hints);
            // Copied only to be remembered (a column of unique values stops remembering after a probe); else read from the scratch list below.
            hits = sink.length === 0 ? NO_CELL_HITS : memo.active ? sink.copy() : undefined;
          }
          // A value a detector failed on is not remembered: each of its cells is judged (and counted) again, on whichever thread, so the count is the same for any --jobs.
          if (detectorFailures.count === failuresBefore) {
            if (hits !== undefined) memo.remember(value, hits, row, detachCellHits, ownCellHits);
          } else rowHits.push({ unjudgedColumn: p.column });
        }
        // Not remembered (the memo has stopped): read from the scratch list. One call for both (issue 12): a call
        // first reached when a column's memo stopped had no type feedback, and threw away this loop's compiled code.
        const scratch = sink.items;
        const scratchLength = sink.length;
        addRowHits(row, p, hits === undefined ? scratch : hits, hits === undefined ? scratchLength : hits.length);
      }
    };

    // Small, additive (parallel, issue 12): the row's judgement is the map, folding its hits the reduce.
    onRowSplit<(RowHit | UnjudgedCell)[] | undefined, typeof context.options>(context, {
      // A block's plans and roles are found here, once per block, so that the row loop only ever meets the list it
      // asked last (issue 12): the lookup of another list, first reached at the second table, had no type feedback
      // and threw away the loop's compiled code.
      shape: (shape) => {
        planFor(shape.schema, shape.table, shape.columns, shape.types);
        tableRoles(shape.schema, shape.table, shape.columns, shape.types);
      },
      map: (row): (RowHit | UnjudgedCell)[] | undefined => {
        rowHits.clear();
        judgeRow(row);
        // An array of its exact size: pushed one by one, a row's list reserved room for 17. Copied for every row, with a hit
        // or not (issue 12): the copy first reached at the first row with a hit had no type feedback and threw away this
        // loop's compiled code.
        const copied = rowHits.copy();
        return rowHits.length === 0 ? undefined : copied;
      },
      // The row's table and place are the row's own: they are added here, not sent with every hit.
      reduce: (row, hits) => {
        if (!hits) return;
        for (let k = 0; k < hits.length; k++) {
          const h = hits[k]!;
          if ("unjudgedColumn" in h) noteUnjudged(`${row.schema}.${row.table}.${h.unjudgedColumn}, row ${row.rowIndex + 1}`, row.range);
          else columns.addAt(h, row.schema, row.table, row.range, row.rowIndex);
        }
      },
      encoder: recordsEncoder,
      decoder: (packed) => recordsDecoder<RowHit | UnjudgedCell>(packed),
    });

    context.onEnd(() => {
      if (unjudged) {
        // Where, never what: no value and no error text (which could quote it) in the message.
        const { count, first } = unjudged;
        context.diagnose({
          code: "secrets-not-judged",
          severity: "warning",
          message: `${count} value(s) could not be fully judged for secrets (a detector failed on them; the first: ${first.where}); they were counted as holding no match of that detector, so a secret in them may be missed`,
          range: first.range,
        });
      }
      const all = columns.all();
      // Tables with a salt column (its info finding): a password column's one digest beside it is a fixed hash too.
      const salted = new Set(all.flatMap((f) => (f.detector === "password-salt" ? [`${f.schema}\0${f.table}`] : [])));
      let keyedSessions: string | undefined | null = null;
      for (const f of all) {
        const where = `column ${f.schema}.${f.table}.${f.column}${f.jsonPath ? ` (JSON ${f.jsonPath})` : ""}`;
        const fixedHash = isFixedHash(f) || (salted.size > 0 && isFixedDigestBesideSalt(f, salted));
        const keyDigest = !fixedHash && isGeneratedKeyDigest(f);
        let sessionKey: string | undefined;
        if (!fixedHash && !keyDigest && isSessionIdReference(f)) {
          if (keyedSessions === null) keyedSessions = sessionTableKeyedById(context.catalog?.tables() ?? []);
          sessionKey = keyedSessions;
        }
        const matching = `${where} holds ${f.count === 1 ? "1 value" : `${f.count} values`} matching: ${f.description}`;
        const quiet = fixedHash || keyDigest || sessionKey !== undefined;
        context.report({
          message: fixedHash
            ? `${where} holds ${f.count} copies of one ${f.description}: one fixed hash in every row, as this rule asks a sanitizer to write it (a salted hash is never made twice); make sure its password is a throwaway one`
            : keyDigest
              ? isClientSecretColumn(identifierWords(f.column))
                ? `${matching}, under an OAuth client secret's name: the digest of a secret the server generated, which cannot be cracked offline as a chosen password can`
                : `${matching}, under a name for generated API keys or tokens: the digest of a random key, which cannot be cracked offline as a chosen password can`
              : sessionKey !== undefined
                ? `${where} holds ${f.count === 1 ? "1 session id" : `${f.count} session ids`}: this database keys its sessions by an id and keeps their secret apart (${sessionKey}), so a session's id names the session but does not open it`
                : matching,
          ...(quiet ? { severity: "info" as const } : f.severity ? { severity: f.severity } : {}),
          ...(f.help && !quiet ? { help: f.help } : {}),
          range: f.range,
          object: { kind: "column", schema: f.schema, table: f.table, column: f.column, ...(f.jsonPath ? { jsonPath: f.jsonPath } : {}) },
          evidence: f.evidence,
          count: f.count,
          related: f.related,
          identity: f.detector,
        });
      }
    });
  },
});
