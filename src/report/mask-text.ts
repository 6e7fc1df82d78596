/**
 * Output-side masking (issue 10 items 1, 2, 4): every string dumpguard prints that may carry text
 * from the dump (catalog bodies and definitions, finding messages, diagnostics, evidence) goes
 * through `maskSensitiveText`, which runs the same secret detectors as forbidden-secrets, the
 * free-text personal-data scanners of unsanitized-pii and an IP address scan, and replaces each
 * hit with the masked form those rules use in evidence. Text without a hit comes back unchanged,
 * so clean output keeps its bytes.
 */
import { stableJsonChunks } from "./format-json.js";
import { classifyIp, maskIp, parseIp } from "../rules/pii/detectors/ip-address.js";
import { nirInCell } from "../rules/pii/detectors/fr-nir.js";
import { ninoInCell } from "../rules/pii/detectors/uk-nino.js";
import { ssnInCell } from "../rules/pii/detectors/us-ssn.js";
import type { PiiMatch } from "../rules/pii/pii-match.js";
import { scanFreeText } from "../rules/pii/scan-cell.js";
import { allDetectors } from "../rules/secrets/detectors/index.js";
import { valueContext } from "../rules/secrets/detector.js";
import { findAssignedSecrets } from "../rules/secrets/detectors/text-assignment.js";
import { findSecrets } from "../rules/secrets/find-secrets.js";
import { namedValueVerdict } from "../rules/secrets/named-value.js";
import { isPlaceholder } from "../rules/secrets/placeholder.js";
import type { Catalog } from "../catalog/catalog.js";
import { catalogJson } from "../catalog/catalog-json.js";
import { maskedForm } from "./redact.js";
import type { Diagnostic, Finding } from "./schema.js";
import { appendAll } from "../core/append-all.js";

/** The stand-ins detector descriptions print (`scheme://user:pass@host`), on top of the secrets rule's placeholders. */
const SCHEMATIC_PASSWORDS = ["pass"];

interface Span {
  start: number;
  end: number;
  replacement: string;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isAlnum = (c: number) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Loopback and unspecified addresses name no one and nothing outside the machine; documentation ranges are what a sanitizer writes. */
function keepsIpInClear(text: string): boolean {
  const ip = parseIp(text);
  if (!ip) return true;
  if (classifyIp(ip) === "documentation") return true;
  const b = ip.bytes;
  if (ip.version === 4) return b[0] === 127 || b.every((x) => x === 0);
  const allZeroBut = (last: number) => b.slice(0, 15).every((x) => x === 0) && b[15] === last;
  return allZeroBut(0) || allZeroBut(1);
}

/**
 * IPv4 and IPv6 addresses anywhere in a text, with an optional `/len` suffix. One pass: a
 * candidate is a maximal run of hex digits, `.`, `:` (and `%zone`) not glued to a letter, so the
 * cost is linear in the text length.
 */
export function findIpAddresses(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isHexDigit(c) || c === 0x3a) || (i > 0 && (isAlnum(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2e || text.charCodeAt(i - 1) === 0x5f))) {
      i++;
      continue;
    }
    let j = i;
    let dots = 0;
    let colons = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x2e) dots++;
      else if (d === 0x3a) colons++;
      else if (!isHexDigit(d)) break;
      j++;
    }
    // Glued to a word (`v1.2.3.4beta`, `a1:b2:c3_x`): not an address.
    if (j < n && (isAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) {
      i = j + 1;
      continue;
    }
    if (dots >= 3 || colons >= 2) {
      let end = j;
      // A sentence's full stop or a `host:port` separator after the address is not part of it.
      while (end > i && text.charCodeAt(end - 1) === 0x2e) end--;
      if (end - 1 > i && text.charCodeAt(end - 1) === 0x3a && text.charCodeAt(end - 2) !== 0x3a) end--;
      let candidate = text.slice(i, end);
      if (!parseIp(candidate) && dots >= 3) {
        // `10.1.2.3:5432`: an IPv4 address with a port.
        const colon = candidate.indexOf(":");
        if (colon > 0) candidate = candidate.slice(0, colon);
      }
      const ip = parseIp(candidate);
      if (ip) {
        let stop = i + candidate.length;
        // `/24` after the address: the prefix length travels with it.
        if (text.charCodeAt(stop) === 0x2f) {
          let k = stop + 1;
          while (k < n && k < stop + 4 && isDigit(text.charCodeAt(k))) k++;
          if (k > stop + 1) stop = k;
        }
        if (!keepsIpInClear(candidate)) out.push({ start: i, end: stop, replacement: maskIp(ip) });
      }
    }
    i = j + 1;
  }
  return out;
}

const WORD_BREAK = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x3b, 0x28, 0x29, 0x27, 0x22, 0x3d, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x3a, 0x60, 0x7c]);

/** National identifiers written as one word (`123-45-6789`, `AB123456C`, `185057800608436`). */
function findIdentifierWords(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && WORD_BREAK.has(text.charCodeAt(i))) i++;
    let j = i;
    let digits = 0;
    while (j < n && !WORD_BREAK.has(text.charCodeAt(j))) {
      if (isDigit(text.charCodeAt(j))) digits++;
      j++;
    }
    // Every one of these identifiers has at least six digits and at most 21 characters.
    if (digits >= 6 && j - i <= 21) {
      let word = text.slice(i, j);
      while (word.endsWith(".")) word = word.slice(0, -1);
      const hit = ssnInCell(word) ?? ninoInCell(word) ?? nirInCell(word);
      if (hit && !hit.syntheticReason) out.push({ ...hit, start: i + hit.start, end: i + hit.end });
    }
    i = j;
  }
  return out;
}

/** Every sensitive span of a text, non-overlapping, in order; secrets win over personal data over addresses. */
function sensitiveSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const hit of findSecrets(text, valueContext("statement"), allDetectors)) {
    // Already masked (`…(4 chars)`) or a schematic stand-in of a detector's description (`user:pass@host`, `password=…`).
    if (hit.secret.startsWith("…") || isPlaceholder(hit.secret, SCHEMATIC_PASSWORDS)) continue;
    spans.push({ start: hit.start, end: hit.end, replacement: maskedForm(hit.secret) });
  }
  // `"db_password": "…"`, `api_key := '…'`: forbidden-secrets looks for these in comments and bodies, and any output string may be one.
  for (const m of findAssignedSecrets(text)) spans.push({ start: m.start, end: m.end, replacement: maskedForm(text.slice(m.start, m.end)) });
  for (const m of [...scanFreeText(text), ...findIdentifierWords(text)]) if (!m.syntheticReason) spans.push({ start: m.start, end: m.end, replacement: m.masked });
  appendAll(spans, findIpAddresses(text));
  const kept: Span[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with every secret, personal value and non-loopback IP address masked; the same string when there is none. */
export function maskSensitiveText(text: string): string {
  if (text.length === 0) return text;
  const spans = sensitiveSpans(text);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * A JSON-like value with every string masked (`maskSensitiveText`), and every string under a key
 * that names a credential (`password`, `api_key`, ... in an options map) masked whole unless it is
 * a placeholder. Keys are masked too (a JSON key can be a token). Numbers and booleans pass.
 */
export function maskStrings<T>(value: T, options: MaskStringsOptions = { withText: true }): T {
  return maskValue(value, undefined, options) as T;
}

export interface MaskStringsOptions {
  /** Keep long and multi-line strings (masked); otherwise they are replaced by their length. */
  withText: boolean;
}

/** Longer strings, and any with a line break, are text (bodies, view definitions, long comments), not names or short definitions. */
const MAX_INLINE_STRING = 200;

function maskValue(value: unknown, key: string | undefined, options: MaskStringsOptions): unknown {
  if (typeof value === "string") {
    if (key !== undefined && namedValueVerdict(value, key) !== undefined) return maskedForm(value);
    if (!options.withText && (value.length > MAX_INLINE_STRING || value.includes("\n"))) return `…(${Array.from(value).length} chars of text; --with-text shows it masked)`;
    return maskSensitiveText(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskValue(v, undefined, options));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[maskSensitiveText(k)] = maskValue(v, k, options);
    return out;
  }
  return value;
}

/** A finding with every text it shows masked: message, help, expected/found, related messages, object names, masked evidence. */
export function maskFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: maskSensitiveText(finding.message),
    ...(finding.help !== undefined ? { help: maskSensitiveText(finding.help) } : {}),
    ...(finding.object !== undefined ? { object: maskStrings(finding.object) } : {}),
    ...(finding.evidence !== undefined ? { evidence: finding.evidence.map((e) => ({ ...e, masked: maskSensitiveText(e.masked) })) } : {}),
    ...(finding.related !== undefined ? { related: finding.related.map((r) => ({ ...r, message: maskSensitiveText(r.message) })) } : {}),
    ...(finding.expected !== undefined ? { expected: maskSensitiveText(finding.expected) } : {}),
    ...(finding.found !== undefined ? { found: maskSensitiveText(finding.found) } : {}),
  };
}

export function maskDiagnostic(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, message: maskSensitiveText(diagnostic.message) };
}

/**
 * The catalog as `dumpguard catalog` prints it (issue 10 item 1): `catalogJson` (passwords masked)
 * with every string through the same detectors and masking as `check`. Text — strings over 200
 * characters or with a line break: routine bodies, view definitions, long comments, and whatever a
 * malformed statement swallowed — is replaced by its length unless `withText` (CLI `--with-text`):
 * a detector cannot recognise every secret (a random token, a local phone number), and the
 * object's `range` says where the text is. The in-memory catalog keeps the dump's text, for rules
 * and for the differential tests against live PostgreSQL.
 */
export function maskedCatalogJson(catalog: Catalog, options: MaskStringsOptions = { withText: false }): unknown {
  return maskStrings(catalogJson(catalog), options);
}

/** `stableJson(maskedCatalogJson(catalog))` in pieces, each list element masked when written (bounded memory). */
export function maskedCatalogJsonChunks(catalog: Catalog, options: MaskStringsOptions = { withText: false }): Iterable<string> {
  return stableJsonChunks(catalogJson(catalog) as Record<string, unknown>, (value, key) => maskValue(value, key, options));
}
