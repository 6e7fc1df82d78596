import type { PiiMatch } from "../pii-match.js";

/** Parsed address: IPv4 as 4 bytes, IPv6 as 8 16-bit groups. */
export type IpAddress = { version: 4; bytes: number[] } | { version: 6; groups: number[] };

/** Dotted-quad IPv4 (no leading `+`, each part 0-255, at most 3 digits). */
export function parseIpv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return undefined;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return undefined;
    }
    const v = Number(part);
    if (v > 255) return undefined;
    bytes.push(v);
  }
  return bytes;
}

/** RFC 4291 section 2.2 text forms, including `::` compression and a trailing dotted quad; zone ids (`%eth0`) dropped. */
export function parseIpv6(text: string): number[] | undefined {
  const zone = text.indexOf("%");
  const t = zone >= 0 ? text.slice(0, zone) : text;
  if (t.length < 2 || t.length > 45 || !t.includes(":")) return undefined;
  const double = t.indexOf("::");
  if (double >= 0 && t.indexOf("::", double + 1) >= 0) return undefined;
  const parseSide = (side: string): number[] | undefined => {
    if (side === "") return [];
    const out: number[] = [];
    const pieces = side.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
        continue;
      }
      if (piece.length === 0 || piece.length > 4) return undefined;
      for (let j = 0; j < piece.length; j++) {
        const c = piece.charCodeAt(j) | 0x20;
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return undefined;
      }
      out.push(parseInt(piece, 16));
    }
    return out;
  };
  if (double < 0) {
    const groups = parseSide(t);
    return groups && groups.length === 8 ? groups : undefined;
  }
  const head = parseSide(t.slice(0, double));
  const tail = parseSide(t.slice(double + 2));
  if (!head || !tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** An IPv4 or IPv6 address in PostgreSQL's inet/cidr text form (an optional `/len` suffix is ignored). */
export function parseIp(text: string): IpAddress | undefined {
  const slash = text.indexOf("/");
  const bare = slash >= 0 ? text.slice(0, slash) : text;
  const prefixLength = text.slice(slash + 1);
  if (slash >= 0 && (!/^\d{1,3}$/.test(prefixLength) || Number(prefixLength) > 128)) return undefined;
  const v4 = parseIpv4(bare);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseIpv6(bare);
  return v6 ? { version: 6, groups: v6 } : undefined;
}

/**
 * Where an address points: `documentation` (RFC 5737 TEST-NETs, RFC 3849 2001:db8::/32: what a
 * sanitizer writes), `non-personal` (private, loopback, link-local, CGNAT, multicast, reserved:
 * RFC 6890 special-purpose registries) or `public` (could identify a subscriber).
 */
export function classifyIp(ip: IpAddress): "public" | "documentation" | "non-personal" {
  if (ip.version === 4) return classifyIpv4(ip.bytes);
  const g = ip.groups;
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

function classifyIpv4(b: number[]): "public" | "documentation" | "non-personal" {
  const [a, c, d] = [b[0]!, b[1]!, b[2]!];
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

/** `203.•.•.•` / `2a01:•…`: the first octet or group only. */
export function maskIp(ip: IpAddress): string {
  return ip.version === 4 ? `${ip.bytes[0]}.•.•.•` : `${ip.groups[0]!.toString(16)}:•:•:•:•:•:•:•`;
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
