/**
 * Find host mentions in text without resolving anything. Three shapes:
 * - URIs with a known scheme (`postgresql://`, `https://`, `jdbc:postgresql://`, `mongodb+srv://` ...),
 *   authority per RFC 3986 section 3.2, several comma-separated hosts as libpq and MongoDB allow;
 * - libpq keyword/value connection strings (`host=... hostaddr=...`, PostgreSQL docs 34.1.1.1:
 *   values single-quoted with `\'` and `\\` escapes, or unquoted up to white space);
 * - a bare `host[:port][/path]` when the caller knows the text names a host (a host column, an FDW
 *   `host` option).
 * Every scan is a forward pass with `indexOf` prefilters and bounded look-behind: linear time.
 */

export interface HostMention {
  /** The host as written (brackets of an IPv6 literal removed). */
  host: string;
  /** UTF-16 index range of the host inside the scanned text. */
  start: number;
  end: number;
  kind: "uri" | "conninfo" | "bare";
  /** URI scheme, lower case (`postgresql`, `jdbc:postgresql`, `https`). */
  scheme?: string;
  /**
   * What to show: the URI with userinfo, query and fragment masked, or `host=...`. Hosts are not
   * secrets. Read it with `mentionDisplay`: a URI's is made only when asked (most URIs name a safe
   * host, and their display was made for nothing).
   */
  display: string | UriDisplay;
  /** A bare value had more after the host (`nginx/1.18`, `api.acme.com/v1`): a single word then is not a host. */
  followedByPath?: true;
}

/** Where a URI's parts are in its text: what `maskedUri` needs to show it. */
export interface UriDisplay {
  text: string;
  schemeStart: number;
  authorityStart: number;
  userinfoEnd: number;
  authorityEnd: number;
  uriEnd: number;
  queryStart: number;
}

/** The mention's display text (`HostMention.display`), made now for a URI. */
export function mentionDisplay(mention: HostMention): string {
  const d = mention.display;
  return typeof d === "string" ? d : maskedUri(d.text, d.schemeStart, d.authorityStart, d.userinfoEnd, d.authorityEnd, d.uriEnd, d.queryStart);
}

/** Schemes issue 6 lists, plus close relatives; `jdbc:<anything>` is accepted too. */
const knownSchemes: ReadonlySet<string> = new Set([
  "postgres", "postgresql", "mysql", "mariadb", "redis", "rediss", "mongodb", "mongodb+srv",
  "amqp", "amqps", "kafka", "http", "https", "ftp", "ftps", "sftp", "ssh", "ldap", "ldaps",
  "ws", "wss", "smtp", "smtps", "imap", "imaps", "nats", "mqtt", "mqtts", "tcp", "grpc",
  // Syslog targets (`udp://10.60.0.5:514`), MQTT brokers as Paho writes them (`ssl://`, `tls://`), SQL Server and ClickHouse URLs.
  "udp", "ssl", "tls", "mssql", "sqlserver", "clickhouse",
]);

const MAX_SCHEME = 40;
const MAX_AUTHORITY = 2048;

function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Characters that end a URI authority in running text (not valid in a host, port or userinfo as people write them). */
function endsAuthority(c: number): boolean {
  return (
    isSpace(c) || c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 34 /* " */ || c === 39 /* ' */ ||
    c === 60 /* < */ || c === 62 /* > */ || c === 96 /* ` */ || c === 92 /* \ */ || c === 40 || c === 41 /* ( ) */ ||
    c === 59 /* ; */ || c === 123 || c === 125 /* { } */ || c === 124 /* | */ || c === 94 /* ^ */
  );
}

/** First index of `code` in text[from, to), or -1. Bounded, unlike `indexOf`, so that repeated
 * calls over overlapping spans cannot add up to quadratic time. */
function indexIn(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Split one `host[:port]` or `[v6]:port` item; returns the host's index range within `text`. */
function hostOfItem(text: string, from: number, to: number): { start: number; end: number } | null {
  if (from >= to) return null;
  if (text.charCodeAt(from) === 91 /* [ */) {
    const close = indexIn(text, 93 /* ] */, from, to);
    if (close < 0) return null;
    return { start: from + 1, end: close };
  }
  const colon = indexIn(text, 58 /* : */, from, to);
  const end = colon >= 0 ? colon : to;
  return end > from ? { start: from, end } : null;
}

function isUriTerminator(c: number): boolean {
  return isSpace(c) || c === 34 || c === 39 || c === 60 || c === 62 || c === 96;
}

function maskedUri(text: string, schemeStart: number, authorityStart: number, userinfoEnd: number, authorityEnd: number, uriEnd: number, queryStart: number): string {
  let out = text.slice(schemeStart, authorityStart);
  if (userinfoEnd >= 0) out += "***@";
  out += text.slice(userinfoEnd >= 0 ? userinfoEnd + 1 : authorityStart, authorityEnd);
  // Paths can carry tokens too (Slack and Discord webhooks), so only their presence is shown;
  // query and fragment likewise.
  let i = authorityEnd;
  if (i < uriEnd && text.charCodeAt(i) === 47 /* / */) {
    out += queryStart > i + 1 ? "/…" : "/";
    i = queryStart;
  }
  if (i < uriEnd && (text.charCodeAt(i) === 63 || text.charCodeAt(i) === 35)) out += `${text[i]}***`;
  return out;
}

/** URIs with a known scheme; for libpq URIs also the `host=`/`hostaddr=` query parameters. */
export function extractUriHosts(text: string): HostMention[] {
  let found: HostMention[] | undefined;
  let search = 0;
  let runEnd = -1;
  let queryAt = -1;
  for (;;) {
    const sep = text.indexOf("://", search);
    if (sep < 0) break;
    search = sep + 3;
    let schemeStart = sep;
    while (schemeStart > 0 && sep - schemeStart < MAX_SCHEME && isSchemeChar(text.charCodeAt(schemeStart - 1))) schemeStart--;
    let scheme = schemeAt(text, schemeStart, sep);
    // jdbc:postgresql://, jdbc:mysql:// ...
    if (schemeStart >= 5 && isJdbcPrefix(text, schemeStart - 5)) {
      schemeStart -= 5;
      scheme = `jdbc:${scheme}`;
    } else if (!knownSchemes.has(scheme)) continue;
    if (scheme === "jdbc:") continue;
    // An XML namespace (`xmlns="http://www.w3.org/2000/svg"`) is a name, never contacted.
    if (isXmlNamespaceValue(text, schemeStart)) continue;
    // A scheme glued to a longer word (`xhttps://`) is still that scheme; a scheme must not start mid-identifier though.
    const authorityStart = sep + 3;
    let authorityEnd = authorityStart;
    const limit = Math.min(text.length, authorityStart + MAX_AUTHORITY);
    // The last `@`, `,` and `:` are noted on the way: the userinfo's end, and whether a host item must be searched for a comma or a port.
    let lastAt = -1;
    let lastComma = -1;
    let lastColon = -1;
    // Several hosts after one scheme (`postgresql://a,b:5433/db`, `mongodb://a,b`) are a database or broker URI's;
    // in a web link a comma ends the authority: `https://app.acme.com,https://admin.acme.com` is two links (a CORS
    // origin list), not the hosts `app.acme.com` and `https`.
    const web = scheme === "http" || scheme === "https" || scheme === "ws" || scheme === "wss" || scheme === "ftp" || scheme === "ftps";
    for (; authorityEnd < limit; authorityEnd++) {
      const c = text.charCodeAt(authorityEnd);
      if (endsAuthority(c) || (web && c === 44)) break;
      if (c === 64 /* @ */) lastAt = authorityEnd;
      else if (c === 44 /* , */) lastComma = authorityEnd;
      else if (c === 58 /* : */) lastColon = authorityEnd;
    }
    // The end of the whole URI (for display and query parsing) is the end of the run of
    // non-terminators it sits in; one run is scanned once however many URIs it holds.
    if (authorityEnd >= runEnd) {
      runEnd = authorityEnd;
      while (runEnd < text.length && !isUriTerminator(text.charCodeAt(runEnd))) runEnd++;
    }
    const uriEnd = runEnd;
    // Where the query or fragment starts (uriEnd when none), cached the same way.
    if (queryAt < authorityEnd) {
      queryAt = authorityEnd;
      while (queryAt < uriEnd && text.charCodeAt(queryAt) !== 63 && text.charCodeAt(queryAt) !== 35) queryAt++;
    }
    search = Math.max(search, authorityEnd);
    const userinfoEnd = lastAt;
    const hostsStart = userinfoEnd >= 0 ? userinfoEnd + 1 : authorityStart;
    // One per URI, shared by its hosts; the masked text is made only if a finding shows it.
    const display: UriDisplay = { text, schemeStart, authorityStart, userinfoEnd, authorityEnd, uriEnd, queryStart: Math.min(queryAt, uriEnd) };
    let itemStart = hostsStart;
    while (itemStart <= authorityEnd) {
      let itemEnd = lastComma < itemStart ? -1 : indexIn(text, 44 /* , */, itemStart, authorityEnd);
      if (itemEnd < 0) itemEnd = authorityEnd;
      // `hostOfItem` without its object per host (one URI, one host, in most cells).
      if (itemStart < itemEnd) {
        let start = itemStart;
        let end: number;
        if (text.charCodeAt(itemStart) === 91 /* [ */) {
          start = itemStart + 1;
          end = indexIn(text, 93 /* ] */, itemStart, itemEnd);
        } else {
          const colon = lastColon < itemStart ? -1 : indexIn(text, 58 /* : */, itemStart, itemEnd);
          end = colon >= 0 ? colon : itemEnd;
          if (end <= itemStart) end = -1;
        }
        if (end >= 0) {
          const mention: HostMention = { host: text.slice(start, end), start, end, kind: "uri", scheme, display };
          // The first as a literal: a push to an empty array reserves 17 slots.
          if (found === undefined) found = [mention];
          else found.push(mention);
        }
      }
      itemStart = itemEnd + 1;
    }
    // postgresql:///db?host=db.internal (libpq: query parameters are connection keywords).
    if (scheme === "postgres" || scheme === "postgresql") {
      const q = queryAt < uriEnd && text.charCodeAt(queryAt) === 63 ? queryAt : -1;
      if (q >= 0) {
        for (const m of extractConninfoHosts(text.slice(q + 1, uriEnd), "&")) {
          (found ??= []).push({ ...m, start: m.start + q + 1, end: m.end + q + 1, kind: "uri", scheme, display });
        }
        // The query was read to the end of the run: URIs nested in it were read as its keywords.
        search = Math.max(search, uriEnd);
      }
    }
  }
  return found ?? [];
}

/** `text[from, to)` lower-cased (scheme characters are ASCII); `https` and `http` as constants, without cutting them out. */
function schemeAt(text: string, from: number, to: number): string {
  const n = to - from;
  if ((n === 4 || n === 5) && (text.charCodeAt(from) | 0x20) === 0x68 && (text.charCodeAt(from + 1) | 0x20) === 0x74 && (text.charCodeAt(from + 2) | 0x20) === 0x74 && (text.charCodeAt(from + 3) | 0x20) === 0x70) {
    if (n === 4) return "http";
    if ((text.charCodeAt(from + 4) | 0x20) === 0x73) return "https";
  }
  return text.slice(from, to).toLowerCase();
}

/** `text[at, at + 5)` lower-cased is `jdbc:`, without cutting it out (no character beyond ASCII lower-cases to one of these). */
function isJdbcPrefix(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 0x20) === 0x6a /* j */ &&
    (text.charCodeAt(at + 1) | 0x20) === 0x64 /* d */ &&
    (text.charCodeAt(at + 2) | 0x20) === 0x62 /* b */ &&
    (text.charCodeAt(at + 3) | 0x20) === 0x63 /* c */ &&
    text.charCodeAt(at + 4) === 0x3a /* : */
  );
}

/** Attribute names whose URI values identify a vocabulary rather than a server (XML namespaces, schema locations). */
const NAMESPACE_ATTRIBUTES = ["xmlns", "schemalocation", "nonamespaceschemalocation"];

/**
 * Whether the URI starting at `schemeStart` is the value of `xmlns="…"`, `xmlns:v="…"` or
 * `xsi:schemaLocation="…"`: bounded look-behind over `="` (or `='`, `=\"` in JSON text) and the attribute name.
 */
export function isXmlNamespaceValue(text: string, schemeStart: number): boolean {
  let i = schemeStart - 1;
  const stop = Math.max(0, schemeStart - 64);
  if (i >= stop && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i--;
  if (i >= stop && text.charCodeAt(i) === 92) i--;
  while (i >= stop && isSpace(text.charCodeAt(i))) i--;
  if (i < stop || text.charCodeAt(i) !== 61 /* = */) return false;
  i--;
  while (i >= stop && isSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= stop && isAttributeChar(text.charCodeAt(i))) i--;
  const name = text.slice(i + 1, end).toLowerCase();
  const local = name.slice(name.lastIndexOf(":") + 1);
  return name.startsWith("xmlns") || NAMESPACE_ATTRIBUTES.includes(local);
}

function isAttributeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 95 || c === 45;
}

const hostKeywords = ["hostaddr", "host"] as const;

/**
 * libpq `keyword = value` connection strings: every `host` and `hostaddr` value, split at commas
 * (libpq's multi-host form), Unix-socket directories (a value starting with `/` or `@`) skipped.
 * `separator` is white space for conninfo strings and `&` for URI query strings.
 */
export function extractConninfoHosts(text: string, separator: "space" | "&" = "space"): HostMention[] {
  const found: HostMention[] = [];
  let search = 0;
  for (;;) {
    const at = text.indexOf("host", search);
    if (at < 0) break;
    search = at + 4;
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    const boundary = separator === "&" ? before === -1 || before === 38 : before === -1 || isSpace(before) || before === 39 || before === 34 || before === 40 || before === 44 || before === 59;
    if (!boundary) continue;
    const keyword = text.startsWith("hostaddr", at) ? "hostaddr" : "host";
    let i = at + keyword.length;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let valueStart = i;
    let valueEnd: number;
    let value: string;
    if (separator === "space" && text.charCodeAt(i) === 39 /* ' */) {
      // Quoted value: backslash escapes the next character (libpq conninfo_parse).
      valueStart = i + 1;
      let j = valueStart;
      let decoded = "";
      let plain = true;
      while (j < text.length && text.charCodeAt(j) !== 39) {
        if (text.charCodeAt(j) === 92 && j + 1 < text.length) {
          plain = false;
          j++;
        }
        decoded += text[j];
        j++;
      }
      valueEnd = j;
      value = decoded;
      search = Math.max(search, j + 1);
      if (!plain) {
        // Escapes inside a host are unusual; report the whole value span.
        pushHosts(found, value, valueStart, valueEnd, keyword, true);
        continue;
      }
    } else {
      let j = i;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        // `;` too: a host never holds one, and Npgsql-style strings (`host=db.acme.com;port=5432`) separate with it.
        if (separator === "&" ? c === 38 || c === 35 : isSpace(c) || c === 39 || c === 34 || c === 41 || c === 59) break;
        j++;
      }
      valueEnd = j;
      value = text.slice(valueStart, valueEnd);
      search = Math.max(search, j);
    }
    pushHosts(found, value, valueStart, valueEnd, keyword, false);
  }
  return found;
}

function pushHosts(found: HostMention[], value: string, valueStart: number, valueEnd: number, keyword: (typeof hostKeywords)[number], wholeSpan: boolean): void {
  let itemStart = 0;
  while (itemStart <= value.length) {
    let itemEnd = value.indexOf(",", itemStart);
    if (itemEnd < 0) itemEnd = value.length;
    const host = value.slice(itemStart, itemEnd).trim();
    const first = host.charCodeAt(0);
    // A directory is a Unix socket (libpq: "If a host name looks like an absolute path name ...").
    if (host !== "" && first !== 47 && first !== 64) {
      const start = wholeSpan ? valueStart : valueStart + value.indexOf(host, itemStart);
      found.push({ host, start, end: wholeSpan ? valueEnd : start + host.length, kind: "conninfo", display: `${keyword}=${host}` });
    }
    itemStart = itemEnd + 1;
  }
}

/**
 * Whether `extractConnectionStringHosts` can find anything: a `;`, a `=` and a dot (it keeps dotted hosts only).
 * For the pre-checks too.
 */
export function mayBeConnectionString(text: string): boolean {
  return text.includes(";") && text.includes("=") && text.includes(".");
}

/** URIs, libpq strings and ADO.NET-style connection strings: everything that names a host in prose, comments, bodies and ordinary values. */
export function extractHostsFromText(text: string): HostMention[] {
  // The URIs' own list (a new array) is the result, not copied: most texts hold URIs or libpq strings, not both.
  const mentions = text.includes("://") ? extractUriHosts(text) : [];
  if (text.includes("host")) {
    const conninfo = extractConninfoHosts(text);
    // Loops, not push(...list): a spread of a huge list overflows the call stack.
    for (let k = 0; k < conninfo.length; k++) mentions.push(conninfo[k]!);
  }
  if (mayBeConnectionString(text)) {
    const servers = extractConnectionStringHosts(text);
    for (let k = 0; k < servers.length; k++) mentions.push(servers[k]!);
  }
  // Sorting a sorted list changes nothing (a stable sort): the common case is not sorted at all.
  return isSortedByPlace(mentions) ? mentions : mentions.sort(byPlace);
}

const byPlace = (a: HostMention, b: HostMention) => a.start - b.start || a.end - b.end;

function isSortedByPlace(mentions: readonly HostMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (byPlace(mentions[k - 1]!, mentions[k]!) > 0) return false;
  return true;
}

const MAX_BARE_HOST = 300;

/**
 * A value known to name a host (a host column, an FDW `host` option): URIs and libpq strings
 * as in prose, otherwise the whole value as `host`, `host:port`, `host/path`, `//host:port/path`
 * (Oracle EZConnect) or `[v6]:port`. A value with white space inside is prose and only its URIs
 * and libpq strings count.
 */
export function extractHostsFromHostValue(text: string): HostMention[] {
  const fromText = extractHostsFromText(text);
  if (fromText.length > 0) return fromText;
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to - from > MAX_BARE_HOST || from === to) return [];
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return [];
  if (text.startsWith("//", from)) from += 2;
  const slash = text.indexOf("/", from);
  const followedByPath = slash >= 0 && slash < to;
  if (followedByPath) to = slash;
  // libpq's multi-host form `a,b:5433`: every item is a host.
  const found: HostMention[] = [];
  let itemStart = from;
  while (itemStart <= to) {
    let itemEnd = text.indexOf(",", itemStart);
    if (itemEnd < 0 || itemEnd > to) itemEnd = to;
    // IPv6 without brackets (an inet value, `fe80::1`) keeps its colons; otherwise a colon starts the port.
    let colons = 0;
    for (let i = itemStart; i < itemEnd; i++) if (text.charCodeAt(i) === 58) colons++;
    const item = colons > 1 && text.charCodeAt(itemStart) !== 91 ? { start: itemStart, end: itemEnd } : hostOfItem(text, itemStart, itemEnd);
    if (item) {
      const host = text.slice(item.start, item.end);
      found.push({ host, start: item.start, end: item.end, kind: "bare", display: host, ...(followedByPath ? { followedByPath: true as const } : {}) });
    }
    itemStart = itemEnd + 1;
  }
  return found;
}

/**
 * Host-like words in prose, for the deny-list only (issue 6: a deny-listed name is a finding
 * wherever it appears). Words are runs of letters, digits, `.`, `-`, `_` with at least one dot,
 * plus IPv6-looking runs with `:`.
 */
export function hostLikeWords(text: string): HostMention[] {
  const found: HostMention[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    let dots = 0;
    let colons = 0;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 46) dots++;
      if (c === 58) colons++;
      i++;
    }
    let end = i;
    // `db.acme.com:5432`: one colon is a port, not IPv6.
    if (colons === 1) end = text.indexOf(":", start);
    while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 58)) end--;
    if (end > start && (dots > 0 || colons > 1) && end - start <= MAX_BARE_HOST) {
      const host = text.slice(start, end);
      found.push({ host, start, end, kind: "bare", display: host });
    }
  }
  return found;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95 || c === 58 || c >= 0x80;
}

/** A prose word that is `host:port`, perhaps with a colon after it (Go's `dial tcp 10.1.2.3:5432: …`). Anchored, no nested repetition: linear. */
const HOST_PORT_WORD = /^([^:]+):([0-9]{1,5}):?$/;

/** Last labels that are file extensions far more often than the country or generic TLDs they also are (`readme.md`, `config.py`, `index.js`). */
const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set(["md", "py", "js", "sh", "rs", "pl", "pm", "rb", "so", "zip", "mov", "cc", "ps", "ai", "gz", "tar", "bz2", "java", "tf"]);
const MIN_PROSE_LABELS = 3;
/** Words right before a dotted quad that make it a version number. Literal alternation, anchored at the end: linear. */
const VERSION_BEFORE = /(version|release|build|ver\.|v)\s?:?\s?$/i;
const REVERSE_DNS_FIRST: ReadonlySet<string> = new Set(["com", "org", "net", "io", "de", "fr", "uk", "nl", "edu", "gov", "me", "app", "dev", "co", "eu", "ch", "at", "be", "it", "es", "se", "no", "dk", "fi", "jp", "cn", "ru", "br", "in", "au", "ca", "us"]);

/**
 * Host names written in prose (issue 11 item 9: `ci-runner-3.corp.example-corp.com (10.4.4.21)
 * refused the callback`): words of at least three lower-case labels, or dotted quads. Not file
 * names (`readme.md`, `config.py`), qualified Java or SQL names (`java.util.List` has an upper-case
 * label), e-mail domains (after `@`) or parts of URIs (after `/` or `:`). The caller classifies them
 * and keeps only names under a public or internal suffix and private addresses.
 */
export function proseHostWords(text: string): HostMention[] {
  const out: HostMention[] = [];
  for (let word of hostLikeWords(text)) {
    const before = word.start > 0 ? text.charCodeAt(word.start - 1) : 32;
    if (before === 64 /* @ */ || before === 47 /* / */ || before === 58 /* : */ || before === 46 || before === 61 /* = */) continue;
    const after = word.end < text.length ? text.charCodeAt(word.end) : 32;
    if (after === 64 /* @ */ || after === 47 /* / */) continue;
    let host = word.host;
    if (host.includes(":")) {
      // `dial tcp 10.1.2.3:5432: connect: connection refused`: a host and its port, the port perhaps followed by
      // the message's colon. Not a client's socket (an ephemeral port), not anything else with a colon.
      const port = HOST_PORT_WORD.exec(host);
      if (!port || Number(port[2]) < 1 || Number(port[2]) >= FIRST_EPHEMERAL_PORT) continue;
      host = port[1]!;
      word = { ...word, host, end: word.start + host.length };
    }
    if (host.includes("_")) continue;
    const labels = host.split(".");
    if (labels.length < MIN_PROSE_LABELS || labels.some((l) => l === "")) continue;
    const quad = labels.length === 4 && labels.every((l) => l.length <= 3 && isDigits(l));
    // `App version 10.2.45.1`, `release 1.2.3.4`, `build v10.0.0.1`: a version number, not an address.
    if (quad && VERSION_BEFORE.test(text.slice(Math.max(0, word.start - 12), word.start))) continue;
    if (!quad) {
      if (host !== host.toLowerCase() || labels.every((l) => isDigits(l))) continue;
      const tld = labels[labels.length - 1]!;
      if (isDigits(tld) || FILE_EXTENSION_TLDS.has(tld)) continue;
      // Reverse-DNS identifiers (Java packages, Android app ids): `com.example.app`, `org.apache.commons`.
      if (REVERSE_DNS_FIRST.has(labels[0]!)) continue;
      // Version strings and numbered things: `v1.2.3`, `1.2.3-beta`.
      if (/^v?[0-9]/.test(labels[0]!) && labels.slice(1).some((l) => isDigits(l))) continue;
    }
    out.push(word);
  }
  return out;
}

function isDigits(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The longest value read as a `host:port` list (a Kafka bootstrap list of a dozen brokers is ~700 characters). */
const MAX_HOST_PORT_LIST = 4096;
/** Ports at and above this are the ephemeral range (Linux 32768–60999, IANA 49152–65535): an address with one is a client's socket, not a service. */
const FIRST_EPHEMERAL_PORT = 32768;

/**
 * Whether `extractHostPortList` can find anything in the text: its last character is a digit (a
 * port), and it holds a `:` and a `.` or starts with `[`. Cheap, for the pre-checks: a value of
 * this rule's shape always passes.
 */
export function mayBeHostPortList(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57)) return false;
  return text.includes(":") && (text.includes(".") || text.charCodeAt(0) === 91 /* [ */);
}

/**
 * A whole value that is `host:port` or a comma-separated list of them, with no scheme: a
 * connection target whatever its key or column is called (`redis-master.prod.svc.cluster.local:6379`,
 * a Kafka bootstrap list `b-1.…amazonaws.com:9092,b-2.…:9092`, Sentinel and memcached server
 * lists, `[fd12::10]:9200`). Every item must be a dotted name (last label not a file extension:
 * `worker.py:88`, `user.rb:45` are stack frames), an IPv4 address or a bracketed IPv6 address,
 * then `:` and a port 1–65535; nothing else, no white space. An address with an ephemeral port
 * is a client's socket (a request log's remote end): no mention. Mentions are `bare`: the caller
 * reads them as in text, so a name under no public or internal suffix and a single word count for nothing.
 */
export function extractHostPortList(text: string): HostMention[] {
  if (text.length > MAX_HOST_PORT_LIST || !mayBeHostPortList(text)) return [];
  const found: HostMention[] = [];
  let itemStart = 0;
  while (itemStart <= text.length) {
    let itemEnd = text.indexOf(",", itemStart);
    if (itemEnd < 0) itemEnd = text.length;
    const colon = text.lastIndexOf(":", itemEnd - 1);
    if (colon <= itemStart) return [];
    const port = portAt(text, colon + 1, itemEnd);
    if (port < 0) return [];
    let start = itemStart;
    let end = colon;
    const bracketed = text.charCodeAt(itemStart) === 91 /* [ */;
    if (bracketed) {
      if (text.charCodeAt(colon - 1) !== 93 /* ] */) return [];
      start = itemStart + 1;
      end = colon - 1;
      if (!isIpv6Text(text, start, end)) return [];
    } else if (!isDottedHost(text, start, end) || isFieldPath(text, start, end)) return [];
    const host = text.slice(start, end);
    const literal = bracketed || isDigits(host.replaceAll(".", ""));
    if (!(literal && port >= FIRST_EPHEMERAL_PORT)) found.push({ host, start, end, kind: "bare", display: text.slice(itemStart, itemEnd) });
    itemStart = itemEnd + 1;
  }
  return found;
}

/** Oracle's Easy Connect, a whole value: `[//]host:port/service` (`ora-prod-01.acme.com:1521/ORDERSP`). Anchored, disjoint classes: linear. */
const EZ_CONNECT = /^(?:\/\/)?([A-Za-z0-9_.-]+):([0-9]{1,5})\/[A-Za-z][A-Za-z0-9_.$#-]{0,63}$/;

/**
 * The host of a whole value written in Oracle's Easy Connect form (`host:port/SERVICE`), a connection target under
 * any key, as `extractHostPortList` reads `host:port`: the host a dotted name (not a file name or a field path) or an
 * IPv4 address, the port 1–65535. Mentions are `bare`.
 */
export function extractEzConnectHost(text: string): HostMention[] {
  if (text.length > 400 || text.indexOf(":") < 0) return [];
  const m = EZ_CONNECT.exec(text);
  if (!m) return [];
  const start = m[0].startsWith("//") ? 2 : 0;
  const end = start + m[1]!.length;
  if (portAt(text, end + 1, end + 1 + m[2]!.length) < 0 || !isDottedHost(text, start, end) || isFieldPath(text, start, end)) return [];
  return [{ host: m[1]!, start, end, kind: "bare", display: text }];
}

/**
 * Top-level domains that are also field names (`order.id:1001`, `user.name:42`, `post.date:3`): a name of two labels
 * ending in one is a field path and its value, not a host and port. Three labels or more (`api.acme.id`) still count.
 */
const FIELD_NAME_TLDS: ReadonlySet<string> = new Set(["id", "name", "date", "email", "link", "page", "data", "info", "phone", "post", "total", "zone", "live", "new", "top"]);

function isFieldPath(text: string, from: number, to: number): boolean {
  const dot = text.indexOf(".", from);
  if (dot < 0 || dot >= to) return false;
  const second = text.indexOf(".", dot + 1);
  if (second >= 0 && second < to) return false;
  return FIELD_NAME_TLDS.has(text.slice(dot + 1, to).toLowerCase());
}

/** The port written in text[from, to): 1–5 digits, 1–65535; -1 otherwise. */
function portAt(text: string, from: number, to: number): number {
  if (to <= from || to - from > 5) return -1;
  let port = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    port = port * 10 + (c - 48);
  }
  return port >= 1 && port <= 65535 ? port : -1;
}

/** Hex digits, `:` and `.` (an IPv4 tail), with two colons or more: the inside of `[…]`; `parseIpAddress` decides later. */
function isIpv6Text(text: string, from: number, to: number): boolean {
  let colons = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (!((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102) || c === 46)) return false;
  }
  return colons >= 2;
}

/**
 * Two labels or more of letters, digits, `-` and `_`, none empty; an IPv4 address, or a name whose last label
 * holds a letter and is not a file extension.
 */
function isDottedHost(text: string, from: number, to: number): boolean {
  let dots = 0;
  let labelStart = from;
  let lastHasLetter = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (i === labelStart) return false;
      if (i < to) dots++;
      labelStart = i + 1;
      continue;
    }
    const letter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (!(letter || (c >= 48 && c <= 57) || c === 45 || c === 95)) return false;
    if (i === labelStart) lastHasLetter = false;
    if (letter) lastHasLetter = true;
  }
  if (dots === 0) return false;
  if (!lastHasLetter) return dots === 3;
  const tld = text.slice(text.lastIndexOf(".", to - 1) + 1, to).toLowerCase();
  return !FILE_EXTENSION_TLDS.has(tld);
}

/**
 * Keys of ADO.NET, ODBC, Npgsql, MySQL Connector and Oracle connection strings (`;`-separated `key=value`,
 * keys ASCII case-insensitive, spaces around `=`) whose value is the server: `Server`, `Data Source` and `Host`
 * (SqlClient's rarer synonyms `Address`/`Addr` are left out: as keys of other `;` lists they hold street
 * addresses). Lower-case `host=` is libpq's and read by `extractConninfoHosts`. Literal alternation, anchored at
 * the start or a `;`: linear.
 */
const CONNECTION_STRING_SERVER = /(?:^|;)[ \t]*(server|data source|host)[ \t]*=[ \t]*/gi;
const TNS_HOST = /\([ \t]*host[ \t]*=[ \t]*([^()\s]+)[ \t]*\)/gi;

/**
 * Hosts of an ADO.NET / ODBC / Npgsql style connection string (`Server=tcp:acme-sql.database.windows.net,1433;…`,
 * `Data Source=sql-reports.corp.acme.net;…`, `Host=pg-1.acme.net,pg-2.acme.net;Port=5432`, an Oracle TNS descriptor
 * `Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora.corp.acme.net)(PORT=1521))…)`). A value's `tcp:`/`np:`
 * prefix, `\instance`, `,port` or `:port` and `/service` are not the host. Only the text holding a `;` is read, and
 * only dotted hosts are kept: a single word (`(local)`, `.\SQLEXPRESS`, `MYPC`) is a machine the reader cannot
 * tell from a file or an alias, and a path (`Data Source=C:\app\app.db`, `/var/app.sqlite`) is a file. Mentions are
 * `bare`, read as in text: a name under no public or internal suffix (`app.db`) is nothing.
 */
export function extractConnectionStringHosts(text: string): HostMention[] {
  if (!text.includes(";") || !text.includes("=")) return [];
  const found: HostMention[] = [];
  CONNECTION_STRING_SERVER.lastIndex = 0;
  for (;;) {
    const m = CONNECTION_STRING_SERVER.exec(text);
    if (m === null) break;
    // Lower-case `host=` is a libpq keyword: `extractConninfoHosts` reads it.
    if (m[1] === "host") continue;
    const valueStart = m.index + m[0].length;
    let valueEnd = text.indexOf(";", valueStart);
    if (valueEnd < 0) valueEnd = text.length;
    if (text.charCodeAt(valueStart) === 40 /* ( */) {
      // An Oracle TNS descriptor: its `(HOST=…)` parts.
      const descriptor = text.slice(valueStart, valueEnd);
      TNS_HOST.lastIndex = 0;
      for (let t = TNS_HOST.exec(descriptor); t !== null; t = TNS_HOST.exec(descriptor)) {
        const start = valueStart + t.index + t[0].indexOf(t[1]!);
        pushConnectionStringHost(found, text, start, start + t[1]!.length);
      }
      CONNECTION_STRING_SERVER.lastIndex = Math.max(CONNECTION_STRING_SERVER.lastIndex, valueEnd);
      continue;
    }
    let i = valueStart;
    // `tcp:`, `np:`, `lpc:` protocol prefixes of SqlClient.
    const colon = indexIn(text, 58 /* : */, i, Math.min(valueEnd, i + 4));
    if (colon > i && /^(tcp|np|lpc)$/i.test(text.slice(i, colon))) i = colon + 1;
    // Items split at commas: a comma followed by digits is SQL Server's port, otherwise the next host (Npgsql).
    while (i < valueEnd) {
      let end = i;
      while (end < valueEnd && !endsConnectionStringHost(text.charCodeAt(end))) end++;
      pushConnectionStringHost(found, text, i, end);
      const next = indexIn(text, 44 /* , */, end, valueEnd);
      if (next < 0) break;
      i = next + 1;
      while (i < valueEnd && text.charCodeAt(i) === 32) i++;
      let digits = i;
      while (digits < valueEnd && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      if (digits > i && (digits === valueEnd || text.charCodeAt(digits) === 32)) break;
    }
    CONNECTION_STRING_SERVER.lastIndex = Math.max(CONNECTION_STRING_SERVER.lastIndex, valueEnd);
  }
  return found;
}

/** `,` (port or next host), `\` (instance), `:` (port), `/` (service), `;`, white space and quotes end a host. */
function endsConnectionStringHost(c: number): boolean {
  return c === 44 || c === 92 || c === 58 || c === 47 || c === 59 || c === 34 || c === 39 || isSpace(c);
}

function pushConnectionStringHost(found: HostMention[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= start) return;
  const host = text.slice(start, e);
  if (!host.includes(".") || !isDottedHost(host, 0, host.length)) return;
  found.push({ host, start, end: e, kind: "bare", display: host });
}
