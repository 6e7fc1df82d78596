/**
 * Offline IP address parsing, shared by host classification (live-host rules) and the PII
 * detector, each of which keeps its own idea of what an address means. Hand-written so that
 * every form a dump may hold is handled the same way everywhere: IPv4 dotted quad, IPv6 with `::`
 * compression (RFC 4291 section 2.2), an embedded IPv4 tail, a zone id (`fe80::1%eth0`,
 * RFC 6874) and URI brackets (`[::1]`, RFC 3986 section 3.2.2). Linear in the input length.
 */

export type IpAddress =
  | { version: 4; bytes: readonly number[] }
  | { version: 6; bytes: readonly number[] };

const MAX_IP_TEXT = 64;

export interface Ipv4Options {
  /**
   * Accept `010.1.1.1` as decimal 10.1.1.1 (default false). Host positions reject it, as node:net
   * does (inet_aton would read octal); a data cell is read leniently so a padded address is still found.
   */
  leadingZeros?: boolean;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function hexValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** Strict dotted quad: four decimal parts of 1-3 digits, each at most 255, no leading zero
 * (inet_aton would read `010` as octal; node:net and PostgreSQL's inet input reject it). */
export function parseIpv4(text: string, options?: Ipv4Options): number[] | null {
  if (text.length === 0 || text.length > 15) return null;
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || (part.length > 1 && part[0] === "0" && options?.leadingZeros !== true)) return null;
    for (const c of part) if (!isDigit(c)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const groups: number[] = [];
  for (const group of text.split(":")) {
    if (group.length === 0 || group.length > 4) return null;
    let value = 0;
    for (const c of group) {
      const h = hexValue(c);
      if (h < 0) return null;
      value = value * 16 + h;
    }
    groups.push(value);
  }
  return groups;
}

/** IPv6 text form (RFC 4291 section 2.2) to 16 bytes, or null; `options` apply to an embedded IPv4 tail. */
export function parseIpv6(text: string, options?: Ipv4Options): number[] | null {
  if (text.length < 2 || text.length > 45) return null;
  let body = text;
  // An embedded IPv4 tail counts as two 16-bit groups.
  let tail: number[] = [];
  const lastColon = body.lastIndexOf(":");
  if (lastColon < 0) return null;
  const last = body.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = parseIpv4(last, options);
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    body = body.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::"; "64:ff9b::1.2.3.4" leaves "64:ff9b::"; "1:2:3:4:5:6:1.2.3.4" leaves "1:2:3:4:5:6:".
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1);
  }
  const doubleColon = body.indexOf("::");
  let groups: number[];
  if (doubleColon >= 0) {
    if (body.indexOf("::", doubleColon + 1) >= 0) return null;
    const head = parseGroups(body.slice(0, doubleColon));
    const rest = parseGroups(body.slice(doubleColon + 2));
    if (!head || !rest) return null;
    const missing = 8 - head.length - rest.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
  } else {
    const all = parseGroups(body);
    if (!all) return null;
    groups = [...all, ...tail];
    if (groups.length !== 8) return null;
  }
  if (groups.length !== 8) return null;
  const bytes: number[] = [];
  for (const g of groups) bytes.push(g >> 8, g & 0xff);
  return bytes;
}

/**
 * Parse an IP address as it may appear in a host position: optional `[...]` brackets, an
 * optional zone id after `%` (or `%25` in a URI), and an optional CIDR suffix is NOT accepted
 * here (see parseCidr). Returns null when the text is not an IP address.
 */
export function parseIpAddress(raw: string): IpAddress | null {
  if (raw.length === 0 || raw.length > MAX_IP_TEXT) return null;
  let text = raw;
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  const v4 = parseIpv4(text);
  if (v4) return { version: 4, bytes: v4 };
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  const v6 = parseIpv6(text);
  if (v6) return { version: 6, bytes: v6 };
  return null;
}

export interface Cidr {
  version: 4 | 6;
  bytes: readonly number[];
  prefix: number;
}

/** `10.0.0.0/8`, `fc00::/7`, or a single address (full-length prefix). Null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf("/");
  const address = parseIpAddress(slash >= 0 ? text.slice(0, slash) : text);
  if (!address) return null;
  const full = address.version === 4 ? 32 : 128;
  if (slash < 0) return { version: address.version, bytes: address.bytes, prefix: full };
  const prefixText = text.slice(slash + 1);
  if (prefixText.length === 0 || prefixText.length > 3) return null;
  for (const c of prefixText) if (!isDigit(c)) return null;
  const prefix = Number(prefixText);
  if (prefix > full) return null;
  return { version: address.version, bytes: address.bytes, prefix };
}

/** Whether the address lies inside the range (same IP version only). */
export function cidrContains(range: Cidr, address: IpAddress): boolean {
  if (range.version !== address.version) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((range.bytes[i] ?? 0) & mask) !== ((address.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** The IPv4 address carried inside an IPv6 one: IPv4-mapped `::ffff:a.b.c.d` (RFC 4291 2.5.5.2)
 * and the NAT64 well-known prefix `64:ff9b::/96` (RFC 6052), which route to that IPv4 host. */
export function embeddedIpv4(address: IpAddress): IpAddress | null {
  if (address.version !== 6) return null;
  const b = address.bytes;
  const zeros = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (b[i] !== 0) return false;
    return true;
  };
  const mapped = zeros(0, 10) && b[10] === 0xff && b[11] === 0xff;
  const nat64 = b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12);
  if (mapped || nat64) return { version: 4, bytes: b.slice(12, 16) };
  return null;
}

/** Canonical text form, for display and de-duplication (RFC 5952 compression for IPv6). */
export function formatIp(address: IpAddress): string {
  const b = address.bytes;
  if (address.version === 4) return b.join(".");
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
