import { lazyRequire } from "../../core/lazy-require.js";
import { cidrContains, embeddedIpv4, formatIp, parseCidr, parseIpAddress, type Cidr, type IpAddress } from "../../data/ip-address.js";
import { hostMatchesPattern, normalizeHostName, parseHostPattern, type HostPattern } from "./host-policy.js";
import { detachedString } from "../../core/detached-string.js";

const tldts = lazyRequire<typeof import("tldts")>("tldts");

/**
 * - safe: cannot reach anything real (loopback, reserved names, documentation ranges);
 * - internal: points into a private network;
 * - public: a name under a Public Suffix List suffix, or a globally routed address;
 * - denied / allowed: matched the user's deny- or allow-list (deny wins);
 * - unlisted: a dotted name whose last label is neither on the Public Suffix List nor an
 *   internal suffix (`report.pdf`, `db.prod`); the caller decides by context (inside a
 *   connection string it resolves through a search domain, in a column it is likely a file name);
 * - invalid: not a host name or address at all.
 */
export type HostClass = "safe" | "internal" | "public" | "denied" | "allowed" | "unlisted" | "invalid";

export interface HostClassification {
  class: HostClass;
  /** Why, in words fit for a finding message; never includes anything but the host itself. */
  reason: string;
  /** The host normalized: lower case, no trailing dot, no brackets, IPv6 in RFC 5952 form. */
  host: string;
}

export interface HostClassifierOptions {
  /** Hosts or patterns the receiving team declares safe (see HostPattern). */
  allow?: readonly string[];
  /** Known production names and ranges: always a finding. */
  deny?: readonly string[];
  /** Suffixes of private DNS zones; replaces the default list when given. */
  internalSuffixes?: readonly string[];
  /** "host": the text is known to name a host (a `host=` keyword, a URI authority, a host column),
   * so a single-label name is a host on the local search domain. "text": prose, where it is not. */
  context?: "host" | "text";
}

/** RFC 6762 (.local), RFC 8375 (.home.arpa), ICANN's 2024 reservation of .internal, and common private zones. */
export const defaultInternalSuffixes: readonly string[] = ["internal", "corp", "lan", "local", "intranet", "home.arpa", "private", "localdomain",
  // Consul's DNS (`vault.service.consul`) and Kubernetes' short service names (`orders.default.svc`).
  "consul", "svc"];

/** RFC 2606 and RFC 6761 special-use names that never resolve to a real host. */
const reservedSafeSuffixes: readonly string[] = ["test", "example", "invalid", "localhost"];
const reservedSafeDomains: readonly string[] = ["example.com", "example.net", "example.org"];

/** Hosts whose URLs are names, not endpoints: XML and JSON namespace and schema identifiers that
 * routine bodies (xpath namespaces) and JSON documents (`$schema`) carry; nothing connects to them. */
/**
 * Single-label names that stand for "a host goes here" in templates and documentation, not a machine:
 * `postgres://user:password@host/db`, `https://your-host/api`. Not `server` or `db`, which compose files use as
 * service names.
 */
const placeholderHosts: ReadonlySet<string> = new Set(["host", "hostname", "host-name", "host_name", "yourhost", "your-host", "your_host", "myhost", "my-host", "yourserver", "your-server", "your_server", "servername", "yourdomain", "your-domain", "your_domain"]);

const namespaceHosts: readonly string[] = ["www.w3.org", "json-schema.org", "schemas.xmlsoap.org", "purl.org", "xmlns.com", "schemas.openxmlformats.org", "schemas.microsoft.com", "ns.adobe.com", "www.opengis.net"];

interface RangeClass {
  range: Cidr;
  class: "safe" | "internal";
  reason: string;
}

function ranges(list: readonly [string, "safe" | "internal", string][]): RangeClass[] {
  return list.map(([text, cls, reason]) => {
    const range = parseCidr(text);
    if (!range) throw new Error(`bad built-in range ${text}`);
    return { range, class: cls, reason };
  });
}

const specialRanges: readonly RangeClass[] = ranges([
  ["127.0.0.0/8", "safe", "loopback address (RFC 1122)"],
  ["0.0.0.0/8", "safe", "\"this network\" address, not a reachable host (RFC 1122)"],
  ["192.0.2.0/24", "safe", "documentation range TEST-NET-1 (RFC 5737)"],
  ["198.51.100.0/24", "safe", "documentation range TEST-NET-2 (RFC 5737)"],
  ["203.0.113.0/24", "safe", "documentation range TEST-NET-3 (RFC 5737)"],
  ["224.0.0.0/4", "safe", "multicast range, not a host (RFC 5771)"],
  ["240.0.0.0/4", "safe", "reserved range, not routed (RFC 1112)"],
  ["10.0.0.0/8", "internal", "private address (RFC 1918)"],
  ["172.16.0.0/12", "internal", "private address (RFC 1918)"],
  ["192.168.0.0/16", "internal", "private address (RFC 1918)"],
  ["100.64.0.0/10", "internal", "carrier-grade NAT shared address (RFC 6598)"],
  ["169.254.0.0/16", "internal", "link-local address (RFC 3927)"],
  ["198.18.0.0/15", "internal", "benchmarking range, private by use (RFC 2544)"],
  ["::1/128", "safe", "loopback address (RFC 4291)"],
  ["::/128", "safe", "unspecified address (RFC 4291)"],
  ["2001:db8::/32", "safe", "documentation range (RFC 3849)"],
  ["ff00::/8", "safe", "multicast range, not a host (RFC 4291)"],
  ["fe80::/10", "internal", "link-local address (RFC 4291)"],
  ["fc00::/7", "internal", "unique local address (RFC 4193)"],
]);

function classifyAddress(address: IpAddress): { class: "safe" | "internal" | "public"; reason: string } {
  const inner = embeddedIpv4(address);
  if (inner) return classifyAddress(inner);
  for (const special of specialRanges) {
    if (cidrContains(special.range, address)) return { class: special.class, reason: special.reason };
  }
  return { class: "public", reason: `public IPv${address.version} address` };
}

const MAX_HOST_LENGTH = 253;

/** RFC 1123 host name syntax, relaxed to allow `_` (seen in SRV-style and cloud names) and
 * non-ASCII letters (IDNs as written by people). Labels 1-63 characters. */
function isHostName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_HOST_LENGTH) return false;
  let labelLength = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLength === 0) return false;
      labelLength = 0;
      continue;
    }
    labelLength++;
    if (labelLength > 63) return false;
    const ok =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 /* - */ || c === 95 /* _ */ || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff);
    if (!ok) return false;
  }
  if (labelLength === 0) return false;
  // A name of digits and dots only is a malformed address or a version number, not a name.
  let allDigits = true;
  for (let i = 0; i < name.length && allDigits; i++) {
    const c = name.charCodeAt(i);
    if (c !== 46 && (c < 48 || c > 57)) allDigits = false;
  }
  return !allDigits;
}

/** A suffix with its dotted form made once: `underSuffix` made `.${suffix}` anew for every suffix of every host classified. */
interface Suffix {
  suffix: string;
  dotted: string;
}

const suffixes = (list: readonly string[]): readonly Suffix[] => list.map((suffix) => ({ suffix, dotted: `.${suffix}` }));

function underSuffix(host: string, s: Suffix): boolean {
  return host === s.suffix || host.endsWith(s.dotted);
}

const reservedSafe = suffixes(reservedSafeSuffixes);
const reservedDomains = suffixes(reservedSafeDomains);

/** A compiled classifier: patterns are parsed once, then each call is linear in the host length. */
export function createHostClassifier(options: HostClassifierOptions = {}): (host: string) => HostClassification {
  const compile = (list: readonly string[] | undefined) =>
    (list ?? []).map(parseHostPattern).filter((p): p is HostPattern => p !== null);
  const allow = compile(options.allow);
  const deny = compile(options.deny);
  const internalSuffixes = suffixes((options.internalSuffixes ?? defaultInternalSuffixes).map((s) => normalizeHostName(s.replace(/^[*.]+/, ""))));
  const context = options.context ?? "host";

  // Dumps repeat the same hosts row after row: remember answers (bounded; cleared when full), while they repeat.
  let remembered: Map<string, HostClassification> | undefined = new Map<string, HostClassification>();
  // Lookups in `remembered` and how many found their host, since it was (re)started; calls while it is off.
  let lookups = 0;
  let hits = 0;
  let callsOff = 0;
  // The host asked last, first: a column names the same host row after row (`track.carrier.example`),
  // and comparing with it is cheaper than the map's hash of a host cut from a row.
  let lastRaw: string | undefined;
  let lastResult: HostClassification | undefined;
  const classify = (raw: string): HostClassification => {
    if (raw === lastRaw) return lastResult!;
    let result: HostClassification | undefined;
    if (remembered !== undefined) {
      result = remembered.get(raw);
      lookups++;
      if (result !== undefined) hits++;
      // Hosts that do not come back (a website column: one host per customer) are not remembered: each was hashed
      // twice and kept, up to 50,000 of them, for lookups that all failed (issue 12: on realistic-20 none of 6,090
      // succeeded). The answer is the same either way (classifyUncached is a function of the host).
      else if (lookups >= REMEMBER_PROBE && hits < lookups * REMEMBER_MIN_HIT_RATE) remembered = undefined;
    } else if (++callsOff >= REMEMBER_RETRY) {
      // Hosts may repeat again later in the dump (another table): remembering is tried anew now and then.
      remembered = new Map<string, HostClassification>();
      lookups = hits = callsOff = 0;
    }
    // Remembered on a copy: a host cut from a row would keep its whole line alive for as long as the cache holds it.
    const key = detachedString(raw);
    if (result === undefined) {
      result = classifyUncached(key);
      if (remembered !== undefined) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        remembered.set(key, result);
      }
    }
    lastRaw = key;
    lastResult = result;
    return result;
  };
  const classifyUncached = (raw: string): HostClassification => {
    let text = raw.trim();
    if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
    const address = parseIpAddress(text);
    const host = address ? formatIp(address) : normalizeHostName(text);
    if (!address && !isHostName(host)) return { class: "invalid", reason: "not a host name or address", host };

    if (deny.some((p) => hostMatchesPattern(p, host))) return { class: "denied", reason: "on the deny-list of production hosts", host };
    if (allow.some((p) => hostMatchesPattern(p, host))) return { class: "allowed", reason: "on the allow-list", host };

    if (address) return { ...classifyAddress(address), host };

    if (host === "localhost" || reservedSafe.some((s) => underSuffix(host, s))) {
      return { class: "safe", reason: "special-use name that never resolves to a real host (RFC 2606, RFC 6761)", host };
    }
    if (reservedDomains.some((d) => underSuffix(host, d))) {
      return { class: "safe", reason: "reserved example domain (RFC 2606)", host };
    }
    if (namespaceHosts.includes(host)) return { class: "safe", reason: "XML/JSON namespace identifier, not an endpoint", host };
    const internal = internalSuffixes.find((s) => underSuffix(host, s));
    if (internal !== undefined) {
      // `kafka.example.internal`, `db.example.local`: the sanitizer's example name under a private suffix, as a reader sees it.
      if (host.endsWith(`.example.${internal.suffix}`) || host === `example.${internal.suffix}`) return { class: "safe", reason: "example name under a private-use suffix, not a machine", host };
      return { class: "internal", reason: `name under the internal suffix .${internal.suffix}`, host };
    }
    if (host === "pool.ntp.org" || host.endsWith(".pool.ntp.org")) return { class: "safe", reason: "the public NTP pool, a volunteer time service nobody's own host", host };
    if (!host.includes(".")) {
      if (placeholderHosts.has(host)) return { class: "safe", reason: "placeholder name in a template or documentation, not a machine", host };
      return context === "host"
        ? { class: "internal", reason: "single-label name, resolved through the local search domain", host }
        : { class: "invalid", reason: "a single word in prose is not a host", host };
    }
    const parsed = tldts().parse(host, { allowPrivateDomains: true });
    // tldts falls back to the last label when no Public Suffix List rule matches; only a real
    // rule (ICANN or private section) makes the name public.
    if (parsed.publicSuffix && (parsed.isIcann || parsed.isPrivate)) {
      return { class: "public", reason: `name under the public suffix .${parsed.publicSuffix}`, host };
    }
    return { class: "unlisted", reason: "last label is not a public suffix", host };
  };
  return classify;
}

const MAX_REMEMBERED = 50_000;
/** After this many lookups, remembering stops while fewer than REMEMBER_MIN_HIT_RATE of them found their host (as ValueMemo does per column). */
const REMEMBER_PROBE = 1024;
const REMEMBER_MIN_HIT_RATE = 0.2;
/** Calls after which a classifier that stopped remembering tries again. */
const REMEMBER_RETRY = 65_536;

/** Classify one host with the given options. For many hosts, build one classifier with createHostClassifier. */
export function classifyHost(host: string, options: HostClassifierOptions = {}): HostClassification {
  return createHostClassifier(options)(host);
}
