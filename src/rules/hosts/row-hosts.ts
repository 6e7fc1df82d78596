import { identifierWords } from "../../data/identifier-words.js";
import { jsonAddressRole } from "../judgement/column-roles.js";
import { isWalkableJsonSize, jsonStrings, type JsonString } from "../../data/json-strings.js";
import { parseArrayLiteral } from "../../data/pg-array.js";
import { extractEzConnectHost, extractHostPortList, extractHostsFromHostValue, extractHostsFromText, mayBeConnectionString, mayBeHostPortList, proseHostWords, type HostMention } from "./extract-hosts.js";
import { hostRoleOfName, type HostNameRole } from "./host-words.js";
import { PAIR_VALUE_KEYS, pairNameLeaf } from "../judgement/json-pair.js";

/** A host found in one cell. `role` says how the value was read ("host" makes a single word a host). */
export interface CellHost {
  mention: HostMention;
  /** How the host was found: a URI/libpq string anywhere, or the whole value in a host-named column / key / inet column. */
  role: HostNameRole | "address" | undefined;
  /** Key path inside a json/jsonb value, array indexes folded to `[*]`, e.g. `$.replicas[*].host`. */
  jsonPath?: string;
  /**
   * Found in prose rather than in a config-like place (issue 11 item 5): a web link (http, https,
   * ftp, ws) outside a host/URL-named column or key, or a host name written in running text.
   * Database and broker URIs and libpq strings are never prose.
   */
  prose?: true;
}

/** What the caller already knows about the cell (the shared column judgement, the parsed JSON). */
export interface CellHostOptions {
  /** The JSON leaves of the cell when it is a JSON document (json/jsonb or JSON text). */
  leaves?: readonly JsonString[];
  /** A role from the row's name column of a key/value table (`setting('smtp-host', …)`). */
  keyRole?: HostNameRole;
  /** Also look for host names in running text (issue 11 item 9). */
  proseWords?: boolean;
  /** The cell's table and column, for JSON leaves keyed by an address (`jsonAddressRole`): a visitor's is not a pointer. */
  table?: string;
}

const WEB_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "ftp", "ftps", "ws", "wss"]);

/** URIs and libpq strings of a value without a host role, each marked prose when it is a web link; plus host names in running text. */
function textHosts(text: string, proseWords: boolean): { mention: HostMention; prose: boolean }[] {
  const out = extractHostsFromText(text).map((mention) => ({ mention, prose: mention.kind === "uri" && mention.scheme !== undefined && WEB_SCHEMES.has(mention.scheme) }));
  // A whole value of `host:port[,host:port]` (no scheme, no white space) is a connection target, not prose.
  if (out.length === 0 && mayBeHostPortList(text)) return extractHostPortList(text).map((mention) => ({ mention, prose: false }));
  // Oracle's `host:port/SERVICE` likewise (the text came here for its dot).
  if (out.length === 0 && !hasSpace(text) && text.includes(":")) {
    const ez = extractEzConnectHost(text);
    if (ez.length > 0) return ez.map((mention) => ({ mention, prose: false }));
  }
  if (proseWords && hasSpace(text)) {
    const words = proseHostWords(text);
    if (!sortedByStart(out.map((o) => o.mention)) || !sortedByStart(words)) {
      for (const word of words) {
        const host = word.host.toLowerCase();
        if (!out.some((o) => o.mention.host.toLowerCase() === host || (o.mention.start <= word.start && word.start < Math.max(o.mention.end, o.mention.start + 1)))) out.push({ mention: word, prose: true });
      }
      return out;
    }
    // The same test in one pass (a `some` over every earlier mention per word was quadratic: a 3 MB
    // text of 64k host names took minutes): hosts seen in a set; a word is inside an earlier mention
    // when the furthest end of the mentions starting at or before it lies beyond its start.
    const seen = new Set(out.map((o) => o.mention.host.toLowerCase()));
    const extracted = out.length;
    let next = 0;
    let coveredTo = -Infinity;
    for (const word of words) {
      for (; next < extracted && out[next]!.mention.start <= word.start; next++) coveredTo = Math.max(coveredTo, out[next]!.mention.end, out[next]!.mention.start + 1);
      const host = word.host.toLowerCase();
      if (seen.has(host) || word.start < coveredTo) continue;
      out.push({ mention: word, prose: true });
      seen.add(host);
      coveredTo = Math.max(coveredTo, word.end, word.start + 1);
    }
  }
  return out;
}

const sortedByStart = (mentions: readonly { start: number }[]) => mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);

/**
 * `textHosts`' test for running text: space, line feed or tab, by one builtin call (a loop read a stored link, with no
 * space, to its end at ~2 ns a character of its slice). The pre-checks of cell-precheck.ts ask the same.
 */
export function hasSpace(text: string): boolean {
  return SPACE.test(text);
}

const SPACE = /[ \n\t]/;

/** Types whose text form cannot hold a host name (numbers, times, booleans, binary). */
const hostlessTypes: ReadonlySet<string> = new Set([
  "smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean", "date", "uuid", "bytea", "money",
  "time without time zone", "time with time zone", "timestamp without time zone", "timestamp with time zone", "interval",
  "oid", "tsvector", "tsquery", "bit", "bit varying", "macaddr", "macaddr8", "point", "box", "line", "lseg", "circle", "polygon", "path",
]);

function baseType(type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const paren = type.indexOf("(");
  const bare = paren >= 0 ? type.slice(0, paren).trimEnd() + type.slice(type.indexOf(")", paren) + 1) : type;
  return bare;
}

/** `10.1.2.3/32` or `10.0.0.0/8` -> the address part: PostgreSQL prints inet with a prefix when it is not full length. */
function inetAddress(value: string): HostMention[] {
  const slash = value.indexOf("/");
  const host = (slash >= 0 ? value.slice(0, slash) : value).trim();
  if (host === "") return [];
  const start = value.indexOf(host);
  return [{ host, start, end: start + host.length, kind: "bare", display: value.trim() }];
}

/**
 * A JSON path with what varies from row to row folded to `[*]`, so that one finding stands for the key in every
 * row: an array index (`$.nodes[2].host`), and a member whose key is an id rather than a name: digits
 * (`$.by_id["1042"]`), a UUID (`$.webhooks["3f2a…"].url`) or 16+ hex digits with a digit among them (a Mongo
 * ObjectId, a hash). Without it a map keyed by ids gave one finding per row: 500 rows of
 * `{"webhooks": {"<uuid>": {"url": …}}}` gave 500 warnings, each "holds 1 value".
 * Paths are as json-strings.ts writes them: `.key` for a plain key, `["key"]` (a JSON string) otherwise, `[n]`.
 */
function pathPattern(path: string): string {
  let out = "";
  let i = 0;
  while (i < path.length) {
    const c = path.charCodeAt(i);
    if (c === 0x2e /* . */) {
      let j = i + 1;
      while (j < path.length && path.charCodeAt(j) !== 0x2e && path.charCodeAt(j) !== 0x5b) j++;
      out += isIdKey(path, i + 1, j) ? "[*]" : path.slice(i, j);
      i = j;
    } else if (c === 0x5b /* [ */ && path.charCodeAt(i + 1) === 0x22 /* " */) {
      // A JSON string: its end is the first quote not escaped.
      let j = i + 2;
      while (j < path.length && path.charCodeAt(j) !== 0x22) j += path.charCodeAt(j) === 0x5c ? 2 : 1;
      const end = path.charCodeAt(j + 1) === 0x5d ? j + 2 : path.length;
      out += end === j + 2 && isIdKey(path, i + 2, j) ? "[*]" : path.slice(i, end);
      i = end;
    } else if (c === 0x5b) {
      const close = path.indexOf("]", i);
      const end = close < 0 ? path.length : close + 1;
      out += close > i + 1 && isDigits(path, i + 1, close) ? "[*]" : path.slice(i, end);
      i = end;
    } else {
      // `$`, and the `…` of an elided path.
      out += path[i];
      i++;
    }
  }
  return out;
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return to > from;
}

/** Whether text[from, to) is an id: digits, a UUID, or 16+ hex digits with at least one digit. */
function isIdKey(text: string, from: number, to: number): boolean {
  if (isDigits(text, from, to)) return true;
  const n = to - from;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const dash = k - from === 8 || k - from === 13 || k - from === 18 || k - from === 23;
    if (n === 36 && dash) {
      if (c !== 0x2d) return false;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (!((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)) return false;
  }
  return n === 36 || (n >= 16 && digits > 0);
}

/** Whether text could contain any host we look for in prose (cheap prefilter before scanning). */
function mayHoldHost(value: string): boolean {
  return value.includes("://") || value.includes("host");
}

/**
 * Hosts in one cell of a row, by what the column is: `inet`/`cidr` values are addresses; a
 * column named like a host or URL (issue 6) is read as a host value; json/jsonb is walked by
 * key with the same naming rules; anything else only yields URIs and libpq strings.
 */
export function cellHosts(column: string, type: string | undefined, value: string, options: CellHostOptions = NO_OPTIONS): CellHost[] {
  // A column's type is the same string row after row: its element type is worked out once (baseType cuts `varchar(255)` apart).
  if (type !== lastType) {
    const base = baseType(type);
    lastIsArray = base !== undefined && base.endsWith("[]");
    lastElement = lastIsArray ? base!.slice(0, -2) : base;
    lastType = type;
  }
  const isArray = lastIsArray;
  const element = lastElement;
  if (element !== undefined && hostlessTypes.has(element)) return [];
  const isAddress = element === "inet" || element === "cidr";
  // The addresses a request may come from (`api_keys.allowed_ips`, `trusted_proxies`): an inbound allowlist, not a host called.
  if (isAddress && allowlistColumn(column)) return [];
  const proseWords = options.proseWords === true;
  if (!isAddress) {
    // json/jsonb by type; in a data-only dump (no CREATE TABLE, so no types) or a text column, a
    // value that is a JSON object or array is walked the same way.
    const first = value.charCodeAt(0);
    const jsonTyped = element === "json" || element === "jsonb";
    const jsonShaped = !isArray && (element === undefined || element === "text") && (first === 123 || first === 91);
    const walkable = (jsonTyped || jsonShaped) && isWalkableJsonSize(value);
    const strings = options.leaves ?? (walkable ? jsonStrings(value) : undefined);
    // A json value too large to walk (4 MiB, or 16,384 leaves) is still scanned as text below (the engine says it was not walked).
    if (jsonTyped && !strings && walkable) return [];
    if (strings) {
      const found: CellHost[] = [];
      for (let i = 0; i < strings.length; i++) {
        const s = strings[i]!;
        if (s.isKey) continue;
        // A leaf under no key (a key/value table's value that is a JSON array: `webhook_urls` = `["https://…"]`) takes the row key's
        // role, or else its column's (Gitea's `oauth2_application.redirect_uris` = `["https://…"]`, a JSON list in a text column).
        let role = s.key !== undefined ? hostRoleOfName(s.key) : (options.keyRole ?? hostRoleOfName(column));
        // A name/value pair's value (`[{"key": "PGHOST", "value": …}]` in a CI job's variables, `{"name": "DB_HOST", …}` in a
        // container environment) is named by its pair's name, as forbidden-secrets names it.
        if (role === undefined && s.key !== undefined && PAIR_VALUE_KEYS.has(s.key)) {
          const name = pairNameLeaf(strings, i, s.path);
          if (name !== undefined) role = hostRoleOfName(name.value);
        }
        // A visitor's address under `ip` (a revision's copy of a submitted form) is personal data (unsanitized-pii), as in a column.
        if (role && s.key !== undefined && options.table !== undefined && jsonAddressRole(options.table, column, s.path, s.key) === "client") continue;
        if (role) {
          // A map's tile template is a public resource every visitor's browser loads, as prose links are.
          const tiles = isTileTemplate(s.value);
          // A JSON string does not map back to one span of the cell text without re-reading escapes: locate at the row.
          for (const mention of extractHostsFromHostValue(s.value)) found.push({ mention: { ...mention, start: 0, end: 0 }, role, jsonPath: pathPattern(s.path), ...(tiles ? { prose: true as const } : {}) });
          continue;
        }
        if (!mayHoldHost(s.value) && !(proseWords && s.value.includes(".")) && !mayBeHostPortList(s.value) && !mayBeConnectionString(s.value)) continue;
        for (const { mention, prose } of textHosts(s.value, proseWords)) {
          found.push({ mention: { ...mention, start: 0, end: 0 }, role: undefined, jsonPath: pathPattern(s.path), ...(prose ? { prose: true as const } : {}) });
        }
      }
      return found;
    }
  }
  const role = isAddress ? "address" : (hostRoleOfName(column) ?? options.keyRole);
  // A scalar's hosts in a list of their exact size (pushed one by one into `found`, a list reserved 17 slots).
  if (!isArray) return scalarHosts(value, role, proseWords);
  const items = parseArrayLiteral(value);
  if (!items) return scalarHosts(value, role, proseWords);
  // Array elements are located at the whole value: a decoded element does not map back to one span.
  const found: CellHost[] = [];
  for (const item of items) {
    if (item === null) continue;
    for (const hit of scalarHosts(item, role, proseWords)) found.push({ ...hit, mention: { ...hit.mention, start: 0, end: value.length } });
  }
  return found;
}

/** Words of a column of addresses allowed in (Discourse's `api_keys.allowed_ips`, `ip_whitelist`, `trusted_proxies`). */
const ALLOWLIST_WORDS: ReadonlySet<string> = new Set(["allowed", "allow", "allowlist", "allowlisted", "whitelist", "whitelisted", "permitted", "trusted"]);
let lastAllowColumn = "";
let lastAllowAnswer = false;
/** Whether an inet/cidr column's name says it lists addresses allowed in (remembered for the last column asked). */
function allowlistColumn(column: string): boolean {
  if (column !== lastAllowColumn) {
    lastAllowColumn = column;
    lastAllowAnswer = identifierWords(column).some((w) => ALLOWLIST_WORDS.has(w));
  }
  return lastAllowAnswer;
}

/**
 * A web map's tile URL template (`https://tile.openstreetmap.org/{z}/{x}/{y}.png`, `https://{s}.tile.example.org/{z}/{x}/{y}`):
 * the public tile server every visitor's browser loads, as a web link in prose is, not a system the application talks to
 * (Directus keeps OpenStreetMap's in every project's `directus_settings.basemaps`).
 */
function isTileTemplate(text: string): boolean {
  const z = text.indexOf("{z}");
  return z >= 0 && text.indexOf("{x}", z) >= 0 && text.indexOf("{y}", z) >= 0;
}

/** Hosts of one scalar value (or array element) by the role its column gives it, in a new list of its exact size (each step's list is a new one, mapped). */
function scalarHosts(text: string, role: HostNameRole | "address" | undefined, proseWords: boolean): CellHost[] {
  if (role === "address") return inetAddress(text).map((mention): CellHost => ({ mention, role }));
  if (role) {
    const mentions = extractHostsFromHostValue(text);
    // Asked once per value with a mention (as cellHosts asks per JSON leaf), not per mention.
    const tiles = mentions.length > 0 && isTileTemplate(text);
    return mentions.map((mention): CellHost => (tiles ? { mention, role, prose: true } : { mention, role }));
  }
  if (!mayHoldHost(text) && !(proseWords && text.includes(".")) && !mayBeHostPortList(text) && !mayBeConnectionString(text)) return [];
  return textHosts(text, proseWords).map(({ mention, prose }): CellHost => (prose ? { mention, role: undefined, prose: true } : { mention, role: undefined }));
}

/** `cellHosts`' options when none are given, shared. */
const NO_OPTIONS: CellHostOptions = Object.freeze({});
/** The type `cellHosts` was asked with last (null before the first call), and its element type. */
let lastType: string | undefined | null = null;
let lastIsArray = false;
let lastElement: string | undefined;

