import { jsonStrings } from "../../data/json-strings.js";
import { parseArrayLiteral } from "../../data/pg-array.js";
import { extractHostsFromHostValue, extractHostsFromText, type HostMention } from "./extract-hosts.js";
import { hostRoleOfName, type HostNameRole } from "./host-words.js";

/** A host found in one cell. `role` says how the value was read ("host" makes a single word a host). */
export interface CellHost {
  mention: HostMention;
  /** How the host was found: a URI/libpq string anywhere, or the whole value in a host-named column / key / inet column. */
  role: HostNameRole | "address" | undefined;
  /** Key path inside a json/jsonb value, array indexes folded to `[*]`, e.g. `$.replicas[*].host`. */
  jsonPath?: string;
}

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

function pathPattern(path: string): string {
  // Fold `[12]` to `[*]` so one finding stands for the key in every array element.
  let out = "";
  let i = 0;
  while (i < path.length) {
    const open = path.indexOf("[", i);
    if (open < 0) {
      out += path.slice(i);
      break;
    }
    const close = path.indexOf("]", open);
    if (close < 0) {
      out += path.slice(i);
      break;
    }
    const inside = path.slice(open + 1, close);
    out += path.slice(i, open) + (inside !== "" && /^[0-9]+$/.test(inside) ? "[*]" : `[${inside}]`);
    i = close + 1;
  }
  return out;
}

const MAX_CELL_FOR_JSON = 4 * 1024 * 1024;

/** Whether text could contain any host we look for in prose (cheap prefilter before scanning). */
function mayHoldHost(value: string): boolean {
  return value.includes("://") || value.includes("host");
}

/**
 * Hosts in one cell of a row, by what the column is: `inet`/`cidr` values are addresses; a
 * column named like a host or URL (issue 6) is read as a host value; json/jsonb is walked by
 * key with the same naming rules; anything else only yields URIs and libpq strings.
 */
export function cellHosts(column: string, type: string | undefined, value: string): CellHost[] {
  const base = baseType(type);
  const isArray = base !== undefined && base.endsWith("[]");
  const element = isArray ? base.slice(0, -2) : base;
  if (element !== undefined && hostlessTypes.has(element)) return [];
  const found: CellHost[] = [];
  const isAddress = element === "inet" || element === "cidr";
  if (!isAddress) {
    // json/jsonb by type; in a data-only dump (no CREATE TABLE, so no types) or a text column, a
    // value that is a JSON object or array is walked the same way.
    const first = value.charCodeAt(0);
    const jsonTyped = element === "json" || element === "jsonb";
    const jsonShaped = !isArray && (element === undefined || element === "text") && (first === 123 || first === 91);
    const strings = (jsonTyped || jsonShaped) && value.length <= MAX_CELL_FOR_JSON ? jsonStrings(value) : undefined;
    if (jsonTyped && !strings) return found;
    if (strings) {
      for (const s of strings) {
        if (s.isKey) continue;
        const role = s.key !== undefined ? hostRoleOfName(s.key) : undefined;
        if (!role && !mayHoldHost(s.value)) continue;
        const mentions = role ? extractHostsFromHostValue(s.value) : extractHostsFromText(s.value);
        // A JSON string does not map back to one span of the cell text without re-reading escapes: locate at the row.
        for (const mention of mentions) found.push({ mention: { ...mention, start: 0, end: 0 }, role, jsonPath: pathPattern(s.path) });
      }
      return found;
    }
  }
  const role = isAddress ? "address" : hostRoleOfName(column);
  if (!isArray) {
    readScalar(value, role, found, -1);
    return found;
  }
  const items = parseArrayLiteral(value);
  if (!items) {
    readScalar(value, role, found, -1);
    return found;
  }
  // Array elements are located at the whole value: a decoded element does not map back to one span.
  for (const item of items) if (item !== null) readScalar(item, role, found, value.length);
  return found;
}

/** Hosts of one scalar value (or array element) by the role its column gives it; `wholeLength` >= 0 locates them at the whole cell. */
function readScalar(text: string, role: HostNameRole | "address" | undefined, found: CellHost[], wholeLength: number): void {
  let mentions: HostMention[];
  if (role === "address") mentions = inetAddress(text);
  else if (role) mentions = extractHostsFromHostValue(text);
  else if (mayHoldHost(text)) mentions = extractHostsFromText(text);
  else return;
  for (const mention of mentions) found.push({ mention: wholeLength >= 0 ? { ...mention, start: 0, end: wholeLength } : mention, role });
}
