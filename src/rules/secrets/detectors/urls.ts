import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { isAlnum } from "../scan.js";
import { fastPaths } from "../../judgement/fast-paths.js";

/** URI schemes of database and message-broker connection strings (libpq "Connection URIs", JDBC, MongoDB, Redis, AMQP). */
const DATABASE_SCHEMES = new Set([
  "postgres",
  "postgresql",
  "jdbc:postgresql",
  "mysql",
  "jdbc:mysql",
  "mariadb",
  "mysqlx",
  "mongodb",
  "mongodb+srv",
  "redis",
  "rediss",
  "amqp",
  "amqps",
  "mssql",
  "sqlserver",
  "oracle",
  "cockroachdb",
  "clickhouse",
]);

export interface UrlCredential {
  scheme: string;
  /** Span of the whole URL authority-and-before part (scheme start to host end). */
  start: number;
  end: number;
  /** Span of the password itself. */
  passwordStart: number;
  passwordEnd: number;
}

const MAX_SCHEME = 32;
const MAX_AUTHORITY = 1024;

const isSchemeChar = (c: number) => isAlnum(c) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x3a;
/** Characters that end an authority (RFC 3986 section 3.2) or a URL written inside text. */
const endsAuthority = (c: number) =>
  c === 0x2f || c === 0x3f || c === 0x23 || c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x5c;

const endsQueryPair = (c: number) => c === 0x26 || c === 0x23 || c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x5c;

/**
 * `scheme://user:password@host…` (RFC 3986 userinfo): every URL whose userinfo carries a
 * non-placeholder password, plus libpq/JDBC-style `?password=` query parameters on database URLs.
 */
export function findUrlCredentials(value: string): readonly UrlCredential[] {
  // Two detectors (database URIs, other URLs) ask for the same value one after the other.
  if (value === lastValue) return lastCredentials;
  lastCredentials = urlCredentials(value);
  lastValue = value;
  return lastCredentials;
}

let lastValue: string | undefined;
let lastCredentials: readonly UrlCredential[] = [];

/** No credential, shared: most URLs carry none (callers only read the list). */
const NO_CREDENTIALS = Object.freeze([]) as readonly UrlCredential[];

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** First letters of `DATABASE_SCHEMES`, lower case: a scheme starting otherwise (`https`) is not one, without cutting it out. */
const DATABASE_SCHEME_FIRSTS = new Set([...DATABASE_SCHEMES].map((scheme) => scheme.charCodeAt(0)));

function urlCredentials(value: string): readonly UrlCredential[] {
  let out: UrlCredential[] | undefined;
  let from = 0;
  for (;;) {
    const sep = value.indexOf("://", from);
    if (sep === -1) break;
    from = sep + 3;
    let s = sep;
    while (s > 0 && sep - s < MAX_SCHEME && isSchemeChar(value.charCodeAt(s - 1))) s--;
    // A scheme starts with a letter.
    while (s < sep && !isAsciiLetter(value.charCodeAt(s))) s++;
    if (s === sep) continue;
    // No `@` after it (no userinfo), not a database scheme (no query password) and no later URI: nothing
    // more can be found, so the authority is not read (a stored web link: `https://host/path`).
    if (fastPaths.enabled && !DATABASE_SCHEME_FIRSTS.has(value.charCodeAt(s) | 0x20) && value.indexOf("@", sep + 3) === -1 && value.indexOf("://", sep + 3) === -1) break;
    // The scheme is cut out (lower case) only when a credential is found or a database scheme is possible.
    // One forward pass over the authority: the first `:` and the last `@` (a password may hold `@` unescaped).
    let e = sep + 3;
    let colon = -1;
    let at = -1;
    const stop = Math.min(value.length, e + MAX_AUTHORITY);
    for (; e < stop; e++) {
      const c = value.charCodeAt(e);
      if (endsAuthority(c)) break;
      if (c === 0x3a && colon === -1) colon = e;
      else if (c === 0x40) at = e;
    }
    if (at !== -1) {
      if (colon !== -1 && colon < at) {
        const password = value.slice(colon + 1, at);
        if (password.length > 0 && !isPlaceholder(decodePercent(password)) && !isLocalDefault(value, sep + 3, colon, at, e)) {
          (out ??= []).push({ scheme: value.slice(s, sep).toLowerCase(), start: s, end: e, passwordStart: colon + 1, passwordEnd: at });
        }
      }
    }
    // Database URIs: the path (database name) runs to the query, whose `password=` counts.
    if (DATABASE_SCHEME_FIRSTS.has(value.charCodeAt(s) | 0x20) && DATABASE_SCHEMES.has(value.slice(s, sep).toLowerCase())) {
      let q = e;
      const pathStop = Math.min(value.length, e + MAX_AUTHORITY);
      while (q < pathStop && (value.charCodeAt(q) === 0x2f || !endsAuthority(value.charCodeAt(q)))) q++;
      if (value.charCodeAt(q) === 0x3f) {
        const query = findQueryPassword(value, q + 1);
        if (query) (out ??= []).push({ scheme: value.slice(s, sep).toLowerCase(), start: s, end: query.end, passwordStart: query.start, passwordEnd: query.end });
      }
    }
    from = Math.max(from, e);
  }
  return out ?? NO_CREDENTIALS;
}

/**
 * A development default: the password is the user name and the host is this machine (`postgres://app:app@localhost:5432/app`,
 * `redis://default:default@127.0.0.1`), as compose files and seed settings write it. It opens nothing beyond the machine
 * the dump is restored on, so it is not a production credential. The same pair on any other host still counts.
 */
function isLocalDefault(value: string, userStart: number, colon: number, at: number, end: number): boolean {
  if (colon - userStart !== at - colon - 1 || !value.startsWith(value.slice(userStart, colon), colon + 1)) return false;
  let hostEnd = at + 1;
  if (value.charCodeAt(hostEnd) === 0x5b /* [ */) hostEnd = value.indexOf("]", hostEnd) + 1;
  while (hostEnd > at && hostEnd < end && value.charCodeAt(hostEnd) !== 0x3a && value.charCodeAt(hostEnd) !== 0x2f) hostEnd++;
  const host = value.slice(at + 1, hostEnd > at ? hostEnd : end).toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "[::1]";
}

function findQueryPassword(value: string, start: number): { start: number; end: number } | undefined {
  let i = start;
  const stop = Math.min(value.length, start + MAX_AUTHORITY);
  while (i < stop) {
    let end = i;
    while (end < stop && !endsQueryPair(value.charCodeAt(end))) end++;
    const pair = value.slice(i, end);
    const eq = pair.indexOf("=");
    if (eq > 0 && /^(password|pass|pwd|sslpassword)$/i.test(pair.slice(0, eq))) {
      const secret = pair.slice(eq + 1);
      if (secret && !isPlaceholder(decodePercent(secret))) return { start: i + eq + 1, end };
    }
    if (value[end] !== "&") break;
    i = end + 1;
  }
  return undefined;
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The password spans of a value's URL credentials, of database schemes or of the others. */
function passwordSpans(value: string, database: boolean): DetectorMatch[] {
  const credentials = findUrlCredentials(value);
  let out: DetectorMatch[] | undefined;
  for (let k = 0; k < credentials.length; k++) {
    const c = credentials[k]!;
    if (DATABASE_SCHEMES.has(c.scheme) === database) (out ??= []).push({ start: c.passwordStart, end: c.passwordEnd });
  }
  return out ?? NO_DETECTOR_MATCHES;
}

export const databaseUriPassword: Detector = {
  id: "database-uri-password",
  description: "Database or broker connection URI with a password (postgresql://user:pass@host, ?password=)",
  keywords: ["://"],
  help: "change the database user's password and replace the URI's password with a placeholder before hand-off",
  find: (value) => passwordSpans(value, true),
};

export const urlBasicAuth: Detector = {
  id: "url-basic-auth",
  description: "URL with a user name and password in its userinfo (scheme://user:pass@host)",
  keywords: ["://"],
  help: "change the password and remove the userinfo from the URL before hand-off",
  find: (value) => passwordSpans(value, false),
};

