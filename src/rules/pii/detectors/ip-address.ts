import { parseIpv6, type IpAddress } from "../../../data/ip-address.js";
import type { PiiMatch } from "../pii-match.js";

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
  const n = text.length;
  if (n === 0 || n > 15) return null;
  const bytes: number[] = [];
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      if (digits === 0 || value > 255 || bytes.length === 4) return null;
      bytes.push(value);
      value = 0;
      digits = 0;
    } else if (c >= 0x30 && c <= 0x39) {
      if (++digits > 3) return null;
      value = value * 10 + (c - 0x30);
    } else return null;
  }
  return bytes.length === 4 ? bytes : null;
}

/**
 * Where an address points: `documentation` (RFC 5737 TEST-NETs, RFC 3849 2001:db8::/32: what a
 * sanitizer writes), `non-personal` (private, loopback, link-local, CGNAT, multicast, reserved:
 * RFC 6890 special-purpose registries) or `public` (could identify a subscriber).
 */
export function classifyIp(ip: IpAddress): "public" | "documentation" | "non-personal" {
  if (ip.version === 4) return classifyIpv4(ip.bytes);
  const g = ipv6Groups(ip.bytes);
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return classifyIpv4([g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff]);
  }
  const first = g[0]!;
  // Global unicast is 2000::/3; everything else (::, ::1, fc00::/7, fe80::/10, ff00::/8, 64:ff9b::/96 ...) is not a subscriber address.
  if ((first & 0xe000) !== 0x2000) return "non-personal";
  if (first === 0x2001 && g[1]! < 0x0200) return "non-personal"; // 2001::/23 IETF protocol assignments (Teredo, ORCHID ...)
  if (first === 0x2002) return "non-personal"; // 6to4
  return "public";
}

function classifyIpv4(b: readonly number[]): "public" | "documentation" | "non-personal" {
  const a = b[0]!;
  const c = b[1]!;
  const d = b[2]!;
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

/** A whole cell as an IP address: public addresses are matches, documentation ranges synthetic ones, the rest no match. */
export function ipInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length > 50) return undefined;
  const ip = parseIp(trimmed);
  if (!ip) return undefined;
  const kind = classifyIp(ip);
  if (kind === "non-personal") return undefined;
  const start = cell.indexOf(trimmed);
  return { detector: "ip-address", value: trimmed, start, end: start + trimmed.length, masked: maskIp(ip), ...(kind === "documentation" ? { syntheticReason: "documentation address range" } : {}) };
}
