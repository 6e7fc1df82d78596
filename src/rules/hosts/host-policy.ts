import { cidrContains, parseCidr, parseIpAddress, type Cidr } from "../../data/ip-address.js";

/**
 * Allow- and deny-list patterns, as the user writes them in the rule options:
 * - `db.acme.com`: that host exactly;
 * - `*.acme.com`: any name under acme.com, not acme.com itself;
 * - `.acme.com`: acme.com and any name under it;
 * - `10.20.0.0/16`, `2001:db8:1::/48`: an address range; `10.1.2.3`: one address.
 */
export type HostPattern =
  | { kind: "exact"; name: string }
  | { kind: "suffix"; suffix: string; includeApex: boolean }
  | { kind: "range"; range: Cidr };

/** Lower-case a host name and drop one trailing root dot (`db.acme.com.` is `db.acme.com`). */
export function normalizeHostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.endsWith(".") && lower.length > 1 ? lower.slice(0, -1) : lower;
}

/** Parse one pattern; null when it is neither a name pattern nor an address range. */
export function parseHostPattern(text: string): HostPattern | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 253) return null;
  const range = parseCidr(trimmed);
  if (range) return { kind: "range", range };
  if (trimmed.includes("/")) return null;
  const name = normalizeHostName(trimmed);
  if (name.startsWith("*.")) return validName(name.slice(2)) ? { kind: "suffix", suffix: name.slice(2), includeApex: false } : null;
  if (name.startsWith(".")) return validName(name.slice(1)) ? { kind: "suffix", suffix: name.slice(1), includeApex: true } : null;
  return validName(name) ? { kind: "exact", name } : null;
}

function validName(name: string): boolean {
  if (name === "" || name.startsWith(".") || name.includes("..")) return false;
  for (const c of name) if (c === "*" || c === " " || c === "/" || c === "@" || c === ":") return false;
  return true;
}

/** Whether `host` (already normalized) or its parsed address matches the pattern. */
export function hostMatchesPattern(pattern: HostPattern, host: string): boolean {
  switch (pattern.kind) {
    case "exact":
      return host === pattern.name;
    case "suffix":
      return (pattern.includeApex && host === pattern.suffix) || host.endsWith(`.${pattern.suffix}`);
    case "range": {
      const address = parseIpAddress(host);
      return address !== null && cidrContains(pattern.range, address);
    }
  }
}

/** Patterns that do not parse, so option validation can name them. */
export function invalidHostPatterns(patterns: readonly string[]): string[] {
  return patterns.filter((p) => parseHostPattern(p) === null);
}
