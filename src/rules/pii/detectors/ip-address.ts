import { parseIpv6, type IpAddress } from "../../../data/ip-address.js";
import { FoundMatch, type PiiMatch } from "../pii-match.js";

/** An IPv4 or IPv6 address in PostgreSQL's inet/cidr text form (an optional `/len` suffix is ignored). */
export function parseIp(text: string): IpAddress | undefined {
  const slash = text.indexOf("/");
  const bare = slash >= 0 ? text.slice(0, slash) : text;
  const prefixLength = text.slice(slash + 1);
  if (slash >= 0 && (!/^\d{1,3}$/.test(prefixLength) || Number(prefixLength) > 128)) return undefined;
  // A cell is read leniently (`010.1.1.1`), and without URI brackets: `[::1]` in a cell is not an address value.
  const v4 = readIpv4Lenient(bare);
  if (v4) return { version: 4, bytes: v4 };
  const zone = bare.indexOf("%");
  const v6 = parseIpv6(zone >= 0 ? bare.slice(0, zone) : bare, { leadingZeros: true });
  return v6 ? { version: 6, bytes: v6 } : undefined;
}

/**
 * parseIpv4(text, { leadingZeros: true }) (src/data/ip-address.ts) in one pass, without splitting
 * the text into parts: every cell of an IP column goes through it (issue 12).
 */
export function readIpv4Lenient(text: string): number[] | null {
  const packed = readIpv4Packed(text);
  return packed < 0 ? null : [packed >>> 24, (packed >>> 16) & 0xff, (packed >>> 8) & 0xff, packed & 0xff];
}

/** readIpv4Lenient's four bytes as one unsigned 32-bit number (first byte highest), or -1: no array per cell. */
export function readIpv4Packed(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let packed = 0;
  let parts = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      if (digits === 0 || value > 255 || parts === 4) return -1;
      packed = packed * 256 + value;
      parts++;
      value = 0;
      digits = 0;
    } else if (c >= 0x30 && c <= 0x39) {
      if (++digits > 3) return -1;
      value = value * 10 + (c - 0x30);
    } else return -1;
  }
  return parts === 4 ? packed : -1;
}

/**
 * Where an address points: `documentation` (RFC 5737 TEST-NETs, RFC 3849 2001:db8::/32: what a
 * sanitizer writes), `non-personal` (private, loopback, link-local, CGNAT, multicast, reserved:
 * RFC 6890 special-purpose registries) or `public` (could identify a subscriber).
 */
export function classifyIp(ip: IpAddress): "public" | "documentation" | "non-personal" {
  if (ip.version === 4) return classifyIpv4(ip.bytes);
  return classifyIpv6Groups(ipv6Groups(ip.bytes));
}

/** classifyIp of an IPv6 address by its eight 16-bit groups. */
function classifyIpv6Groups(g: ArrayLike<number>): "public" | "documentation" | "non-personal" {
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return classifyIpv4Octets(g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8);
  }
  const first = g[0]!;
  // Global unicast is 2000::/3; everything else (::, ::1, fc00::/7, fe80::/10, ff00::/8, 64:ff9b::/96 ...) is not a subscriber address.
  if ((first & 0xe000) !== 0x2000) return "non-personal";
  if (first === 0x2001 && g[1]! < 0x0200) return "non-personal"; // 2001::/23 IETF protocol assignments (Teredo, ORCHID ...)
  if (first === 0x2002) return "non-personal"; // 6to4
  return "public";
}

function classifyIpv4(b: readonly number[]): "public" | "documentation" | "non-personal" {
  return classifyIpv4Octets(b[0]!, b[1]!, b[2]!);
}

/** classifyIpv4 of an address by its first three bytes (the fourth decides nothing). */
function classifyIpv4Octets(a: number, c: number, d: number): "public" | "documentation" | "non-personal" {
  if ((a === 192 && c === 0 && d === 2) || (a === 198 && c === 51 && d === 100) || (a === 203 && c === 0 && d === 113)) return "documentation";
  if (a === 0 || a === 10 || a === 127 || a >= 224) return "non-personal";
  if (a === 100 && c >= 64 && c <= 127) return "non-personal";
  if (a === 169 && c === 254) return "non-personal";
  if (a === 172 && c >= 16 && c <= 31) return "non-personal";
  if (a === 192 && c === 168) return "non-personal";
  if (a === 192 && c === 0 && d === 0) return "non-personal";
  if (a === 192 && c === 88 && d === 99) return "non-personal";
  if (a === 198 && (c === 18 || c === 19)) return "non-personal";
  return "public";
}

/** The eight 16-bit groups of an IPv6 address, as the classification reads it (RFC 4291 prefixes are group-aligned). */
function ipv6Groups(bytes: readonly number[]): number[] {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return groups;
}

/** `203.•.•.•` / `2a01:•…`: the first octet or group only. */
export function maskIp(ip: IpAddress): string {
  return ip.version === 4 ? `${ip.bytes[0]}.•.•.•` : `${ipv6Groups(ip.bytes)[0]!.toString(16)}:•:•:•:•:•:•:•`;
}

/** maskIp of an IPv4 address by its first byte, made once (every public address of an IP column is masked). */
const IPV4_MASKS: readonly string[] = Array.from({ length: 256 }, (_, first) => `${first}.•.•.•`);
const ipv4Mask = (first: number): string => IPV4_MASKS[first]!;

/** The groups readPlainIpv6 reads into (one array for every cell). */
const GROUPS = new Int32Array(8);

/**
 * parseIpv6 (src/data/ip-address.ts) of a plain IPv6 text, into `groups`: 1-4 hex digits per group,
 * groups joined by `:`, at most one `::` standing for one or more zero groups. False for anything
 * else, including texts parseIpv6 reads but this does not (an IPv4 tail, a zone, a prefix: those go
 * to parseIp as before), so true means parseIpv6 gives exactly these groups.
 */
export function readPlainIpv6(text: string, groups: Int32Array): boolean {
  const n = text.length;
  if (n < 2 || n > 45) return false;
  const gap = text.indexOf("::");
  if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) return false;
  if (gap < 0) return readHexGroups(text, 0, n, groups, 0) === 8;
  const head = readHexGroups(text, 0, gap, groups, 0);
  if (head < 0) return false;
  // The groups after `::` are read into their place at the end once counted (read first to the scratch's tail, then moved).
  const rest = readHexGroups(text, gap + 2, n, TAIL, 0);
  if (rest < 0 || head + rest > 7) return false;
  for (let k = head; k < 8 - rest; k++) groups[k] = 0;
  for (let k = 0; k < rest; k++) groups[8 - rest + k] = TAIL[k]!;
  return true;
}
const TAIL = new Int32Array(9);

/** Hex groups of text[start, end) joined by single colons into groups[at...]: how many, or -1 (an empty or long group, another character, more than 8). An empty range has none. */
function readHexGroups(text: string, start: number, end: number, groups: Int32Array, at: number): number {
  if (start === end) return 0;
  let count = 0;
  let value = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x3a;
    if (c === 0x3a) {
      if (digits === 0 || count === 8) return -1;
      groups[at + count++] = value;
      value = 0;
      digits = 0;
      continue;
    }
    const h = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (h < 0 || ++digits > 4) return -1;
    value = value * 16 + h;
  }
  return count;
}

/** maskIp of an IPv6 address by its first group, made once per group (bounded). */
const IPV6_MASKS = new Map<number, string>();
function ipv6Mask(first: number): string {
  let mask = IPV6_MASKS.get(first);
  if (mask === undefined) {
    mask = `${first.toString(16)}:•:•:•:•:•:•:•`;
    if (IPV6_MASKS.size < 4096) IPV6_MASKS.set(first, mask);
  }
  return mask;
}

/** A whole cell as an IP address: public addresses are matches, documentation ranges synthetic ones, the rest no match. */
export function ipInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length > 50) return undefined;
  // A plain dotted quad (most cells) is read into one number and masked from a table: no array, address object or string built.
  const v4 = readIpv4Packed(trimmed);
  let kind: "public" | "documentation" | "non-personal";
  let masked: string;
  if (v4 >= 0) {
    kind = classifyIpv4Octets(v4 >>> 24, (v4 >>> 16) & 0xff, (v4 >>> 8) & 0xff);
    if (kind === "non-personal") return undefined;
    masked = ipv4Mask(v4 >>> 24);
  } else if (readPlainIpv6(trimmed, GROUPS)) {
    // Plain IPv6 (hex groups, at most one `::`): its groups read into one scratch array, classified and masked from it.
    kind = classifyIpv6Groups(GROUPS);
    if (kind === "non-personal") return undefined;
    masked = ipv6Mask(GROUPS[0]!);
  } else {
    const ip = parseIp(trimmed);
    if (!ip) return trimmed.length >= 7 ? addressWithPortOrList(cell) : undefined;
    kind = classifyIp(ip);
    if (kind === "non-personal") return undefined;
    masked = maskIp(ip);
  }
  const start = trimmed.length === cell.length ? 0 : cell.indexOf(trimmed);
  return new FoundMatch("ip-address", trimmed, start, start + trimmed.length, masked, kind === "documentation" ? "documentation address range" : undefined);
}

/**
 * A cell that is not one address but says one the way applications log a client: with its port (`81.2.69.160:54321`,
 * `[2a02:810d::1]:443`, Go's `Request.RemoteAddr`) or as an X-Forwarded-For chain (`81.2.69.160, 10.0.0.1`). The match
 * is the first public address (else the first documentation one), at its place in the cell; private hops are none.
 * Only cells no reading above took come here, so a plain address costs nothing more.
 */
function addressWithPortOrList(cell: string): PiiMatch | undefined {
  // Every element must be an address (`81.2.69.160, hello` is not a chain).
  let publicOne: PiiMatch | undefined;
  let documentation: PiiMatch | undefined;
  for (let from = 0; ; ) {
    const comma = cell.indexOf(",", from);
    const end = comma < 0 ? cell.length : comma;
    const m = addressWithPort(cell, from, end);
    if (m === null) return undefined;
    if (m && !m.syntheticReason) publicOne ??= m;
    else if (m) documentation ??= m;
    if (comma < 0) break;
    from = comma + 1;
  }
  return publicOne ?? documentation;
}

/** cell[from, end) trimmed as an address with an optional port (`a.b.c.d:port`, `[v6]:port`): its match, undefined for a non-personal one, null for no address. */
function addressWithPort(cell: string, from: number, end: number): PiiMatch | undefined | null {
  while (from < end && cell.charCodeAt(from) === 0x20) from++;
  while (end > from && cell.charCodeAt(end - 1) === 0x20) end--;
  let start = from;
  let stop = end;
  if (cell.charCodeAt(from) === 0x5b) {
    // `[v6]:port` (a bracketed address without a port is not a value: see parseIp)
    const close = cell.indexOf("]", from);
    if (close < 0 || close >= end || !isPort(cell, close + 1, end)) return null;
    start = from + 1;
    stop = close;
  } else {
    // Exactly one colon: an IPv4 address and its port (a bare IPv6 address has several, and no port without brackets).
    const colon = cell.indexOf(":", from);
    if (colon >= 0 && colon < end) {
      const second = cell.indexOf(":", colon + 1);
      if (second < 0 || second >= end) {
        if (!isPort(cell, colon, end)) return null;
        stop = colon;
      }
    }
  }
  const ip = parseIp(cell.slice(start, stop));
  if (!ip) return null;
  const kind = classifyIp(ip);
  if (kind === "non-personal") return undefined;
  return new FoundMatch("ip-address", cell.slice(start, stop), start, stop, maskIp(ip), kind === "documentation" ? "documentation address range" : undefined);
}

/** cell[colon, end) is `:` and 1 to 5 digits. */
function isPort(cell: string, colon: number, end: number): boolean {
  if (cell.charCodeAt(colon) !== 0x3a || end - colon < 2 || end - colon > 6) return false;
  for (let i = colon + 1; i < end; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
