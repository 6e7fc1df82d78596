// Issue 12: the PII rule's cheap per-character helpers must answer exactly as the slower code they
// replaced (kept here as the reference). Random strings mix ASCII, accented letters, digits,
// punctuation and astral/lone surrogates so every branch is reached.
import fc from "fast-check";
import { cellHints, textHints } from "../../../src/rules/judgement/cell-hints.js";
import type { RowEvent } from "../../../src/rules/rule.js";
import { describe, expect, it } from "vitest";
import { parseIpv4, parseIpv6 } from "../../../src/data/ip-address.js";
import { ColumnTally, digitShape, digitShapeHash, isShapeOf, NO_SHAPE, NOT_ASCII, shapeStringHash } from "../../../src/rules/pii/column-tally.js";
import { DistinctCounter, hash64 } from "../../../src/rules/pii/hyperloglog.js";
import { FoundMatch } from "../../../src/rules/pii/pii-match.js";
import { classifyIp, ipInCell, maskIp, parseIp, readIpv4Lenient, readPlainIpv6 } from "../../../src/rules/pii/detectors/ip-address.js";
import { findEmails, firstEmail, isNonPersonalAddress, maskEmail, syntheticEmailReason, validDomain } from "../../../src/rules/pii/detectors/email.js";
import { findCards } from "../../../src/rules/pii/detectors/payment-card.js";
import { findIbans } from "../../../src/rules/pii/detectors/iban.js";
import { findPhones as findPhonesInText } from "../../../src/rules/pii/detectors/phone.js";
import { freeTextClasses, isNumberTimeOrUuid, planColumnScan, scanCell, scanFreeText, scanNamedCell } from "../../../src/rules/pii/scan-cell.js";
import { classifyColumnName } from "../../../src/rules/pii/column-names.js";
import {
  FICTION_PREFIXES,
  groups,
  inFictionRange,
  looksLikeDateOrAddress,
  maskAsWritten,
  parseValid,
  PhoneCellReading,
  phoneInCell,
  syntheticPhoneReason,
  writtenAsSwitchboard,
} from "../../../src/rules/pii/detectors/phone.js";
import { hasValueEvidence, looksLikeStreetAddress, NOT_A_VALUE, personalValueInCell } from "../../../src/rules/pii/detectors/personal-value.js";
import { writtenDigits } from "../../../src/rules/pii/detectors/phone-plans.js";
import { birthDateInCell } from "../../../src/rules/pii/detectors/birth-date.js";
import { codePointLength, firstCodePoint, isLetter, isLetterAt, isMaskedValue, isPlaceholderValue, isTrivialDigitSequence, sanitizationMarker } from "../../../src/rules/pii/synthetic-markers.js";
import metadataMax from "libphonenumber-js/metadata.max.json" with { type: "json" };

/** digitShape as it was written before issue 12 (a string built a character at a time): the reference. */
function digitShapeReference(value: string): string | undefined {
  let out = "";
  let sawDigit = false;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (!sawDigit || !(value.charCodeAt(i - 1) >= 0x30 && value.charCodeAt(i - 1) <= 0x39)) out += "#";
      sawDigit = true;
    } else {
      out += value[i];
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    }
  }
  return sawDigit && letters >= 2 ? out.toLowerCase() : undefined;
}

const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."aZ09 -.,'’éÉßİıǅ\u00a0\ud83d\ude00\ud800\udc00\udfff\ud83dÿ€".split("")),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe("PII pre-checks agree with the reference", () => {
  it("isLetterAt(value, i) === isLetter(value[i])", () => {
    fc.assert(
      fc.property(tricky, (value) => {
        for (let i = 0; i < value.length; i++) expect(isLetterAt(value, i)).toBe(isLetter(value[i]!));
      }),
      { numRuns: 3000 },
    );
    for (let c = 0; c < 0x3000; c++) expect(isLetterAt(String.fromCharCode(c), 0)).toBe(isLetter(String.fromCharCode(c)));
  });

  it("codePointLength and firstCodePoint === Array.from", () => {
    fc.assert(
      fc.property(tricky, (value) => {
        expect(codePointLength(value)).toBe(Array.from(value).length);
        expect(firstCodePoint(value)).toBe(Array.from(value)[0] ?? "");
      }),
      { numRuns: 5000 },
    );
  });
});

describe("PII fast readings agree with the shared or former code", () => {
  it("digitShape === the character-at-a-time reference", () => {
    const shapes = fc.string({ unit: fc.constantFrom(..."0123456789ab.@_- ÉZ".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(shapes, tricky), (value) => {
      expect(digitShape(value)).toBe(digitShapeReference(value));
    }), { numRuns: 5000 });
    for (const v of ["user17@gmail.com", "17user", "Customer 7", "12345", "a1b22c333", "", "x", "ab"]) expect(digitShape(v)).toBe(digitShapeReference(v));
  });

  it("readIpv4Lenient === parseIpv4(text, { leadingZeros: true })", () => {
    const quads = fc.string({ unit: fc.constantFrom(..."0123456789....: a".split("")), maxLength: 18 });
    const real = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(1000)).map((p) => p.join("."));
    fc.assert(fc.property(fc.oneof(quads, real, tricky), (text) => {
      expect(readIpv4Lenient(text)).toEqual(parseIpv4(text, { leadingZeros: true }));
    }), { numRuns: 5000 });
    for (const t of ["1.2.3.4", "010.1.1.1", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.", ".1.2.3", "1..2.3", "0001.2.3.4", "١.2.3.4"]) {
      expect(readIpv4Lenient(t)).toEqual(parseIpv4(t, { leadingZeros: true }));
    }
  });

  it("ipInCell === the former composition (parseIp, classifyIp, maskIp, a spread match)", () => {
    // classifyIp as written before (an array of groups, a slice, an array of bytes for a mapped IPv4), independent of the code it checks.
    const classifyV4 = (b: readonly number[]) => {
      const [a, c, d] = b as [number, number, number];
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
    };
    const classifyReference = (ip: { version: 4 | 6; bytes: readonly number[] }) => {
      if (ip.version === 4) return classifyV4(ip.bytes);
      const g: number[] = [];
      for (let i = 0; i < 16; i += 2) g.push((ip.bytes[i]! << 8) | ip.bytes[i + 1]!);
      if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
      if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return classifyV4([g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff]);
      const first = g[0]!;
      if ((first & 0xe000) !== 0x2000) return "non-personal";
      if (first === 0x2001 && g[1]! < 0x0200) return "non-personal";
      if (first === 0x2002) return "non-personal";
      return "public";
    };
    // A client address logged with its port (`a.b.c.d:port`, `[v6]:port`) or as an X-Forwarded-For chain (`a, b`):
    // every element an address, the first public one the match (else the first documentation one), private hops none.
    const withPortReference = (cell: string) => {
      let publicOne: object | undefined;
      let documentation: object | undefined;
      let offset = 0;
      for (const part of cell.split(",")) {
        const lead = /^ */.exec(part)![0].length;
        const element = part.replace(/^ +| +$/g, "");
        const bracketed = /^\[([^\]]*)\]:\d{1,5}$/.exec(element);
        const withPort = (element.match(/:/g) ?? []).length === 1 ? /^([^:]*):\d{1,5}$/.exec(element) : undefined;
        if (element.startsWith("[") && !bracketed) return undefined;
        if (withPort === null) return undefined;
        const address = bracketed ? bracketed[1]! : withPort ? withPort[1]! : element;
        const ip = parseIp(address);
        if (!ip) return undefined;
        const kind = classifyReference(ip);
        const start = offset + lead + (bracketed ? 1 : 0);
        offset += part.length + 1;
        if (kind === "non-personal") continue;
        const match = { detector: "ip-address", value: address, start, end: start + address.length, masked: maskIp(ip), ...(kind === "documentation" ? { syntheticReason: "documentation address range" } : {}) };
        if (kind === "documentation") documentation ??= match;
        else publicOne ??= match;
      }
      return publicOne ?? documentation;
    };
    const reference = (cell: string) => {
      const trimmed = cell.trim();
      if (trimmed.length > 50) return undefined;
      const ip = parseIp(trimmed);
      if (!ip) return trimmed.length >= 7 ? withPortReference(cell) : undefined;
      const kind = classifyReference(ip);
      expect(classifyIp(ip)).toBe(kind);
      if (kind === "non-personal") return undefined;
      const start = cell.indexOf(trimmed);
      return { detector: "ip-address", value: trimmed, start, end: start + trimmed.length, masked: maskIp(ip), ...(kind === "documentation" ? { syntheticReason: "documentation address range" } : {}) };
    };
    // Every special range of classifyIpv4 is reached: first bytes 0-255 with the second and third near the ranges' edges.
    const octet = fc.oneof(fc.nat(300), fc.constantFrom(0, 2, 10, 16, 18, 19, 31, 32, 51, 63, 64, 88, 99, 100, 113, 127, 128, 168, 169, 172, 192, 198, 203, 223, 224, 254, 255));
    const quad = fc.tuple(octet, octet, octet, octet, fc.constantFrom("", " ", "\t", "/24", "/33", "/129", "/x", ".", "0", ":0", ":443", ":54321", ":123456", ":", ", 10.0.0.1", ", 81.2.69.160:80", ",", ", hello")).map(([a, b, c, d, tail]) => `${a}.${b}.${c}.${d}${tail}`);
    const padded = fc.tuple(fc.constantFrom("", " ", "  "), quad, fc.constantFrom("", " ")).map(([l, q, r]) => `${l}${q}${r}`);
    const v6 = fc.tuple(fc.constantFrom("2001:db8", "2a02:e7dd", "fe80", "::ffff", "2002", "2001:1ff", "fc00", "", "1:2:3:4:5:6"), fc.constantFrom("::1", "::48d", ":4fa9::1", "::203.0.113.5", "::8.8.8.8", "%eth0", "::1/64", ":::1"))
      .map(([a, b]) => `${a}${b}`);
    const quadsAndNoise = fc.string({ unit: fc.constantFrom(..."0123456789....: a/%".split("")), maxLength: 20 });
    const hexGroup = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEFg".split("")), minLength: 0, maxLength: 5 });
    const randomV6 = fc.tuple(fc.array(hexGroup, { minLength: 0, maxLength: 10 }), fc.nat(10), fc.constantFrom("::", ":", ":::", "")).map(([groups, at, gap]) => {
      const joined = groups.map((g, k) => (k === at ? `${gap}${g}` : g));
      return joined.join(":") || gap;
    });
    const firsts = fc.constantFrom("2001:db8", "2001:0db8", "2001:1ff", "2001:200", "2002", "2a02", "3fff", "4000", "1fff", "0:0:0:0:0:ffff", "fe80", "ff02", "0");
    const shapedV6 = fc.tuple(firsts, fc.array(fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)), { maxLength: 7 }), fc.boolean()).map(([first, rest, gap]) => (gap ? `${first}::${rest.slice(0, 5).join(":")}` : [first, ...rest].join(":")));
    fc.assert(fc.property(fc.oneof(randomV6, shapedV6, fc.string({ unit: fc.constantFrom(..."0123456789abf:.".split("")), maxLength: 46 })), (text) => {
      const groups = new Int32Array(8);
      const bytes = parseIpv6(text, { leadingZeros: true });
      if (readPlainIpv6(text, groups)) expect(bytes).toEqual([...groups].flatMap((g) => [g >> 8, g & 0xff]));
      else if (bytes !== null) expect(/[.%/]/.test(text) || text.length > 45).toBe(true);
    }), { numRuns: 20000 });
    // IPv4-mapped addresses of each special IPv4 range, written in hex groups (classified by their IPv4 bytes).
    const mapped = fc.tuple(fc.constantFrom("c000:02", "c633:64", "cb00:71", "ac10:01", "ac1f:ff", "c0a8:01", "6440:00", "647f:00", "a9fe:01", "0808:08", "0a00:00", "7f00:00", "e000:00", "c000:00", "c058:63", "c612:00", "c613:00"), fc.integer({ min: 0, max: 255 }))
      .map(([head, last]) => `::ffff:${head}${last.toString(16).padStart(2, "0")}`);
    fc.assert(fc.property(fc.oneof(padded, v6, randomV6, shapedV6, mapped, quadsAndNoise, tricky), (cell) => {
      expect(ipInCell(cell)).toEqual(reference(cell));
    }), { numRuns: 20000 });
    for (const cell of ["203.0.113.7", "8.8.8.8", " 8.8.8.8 ", "255.255.255.255", "0.0.0.0", "010.001.002.003", "100.64.0.1", "172.16.5.4", "192.0.2.1/32", "2001:db8::1", "2a02:e7dd:4fa9::48d"]) {
      expect(ipInCell(cell)).toEqual(reference(cell));
    }
  });

  it("personalValueInCell === the former code (a regular expression for digits, masks and value evidence read per cell)", () => {
    const hasValueEvidenceReference = (categoryId: string, value: string): boolean => {
      let digits = 0;
      let letters = 0;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) digits++;
        else if (isLetterAt(value, i)) letters++;
      }
      if (categoryId === "national-id" || categoryId === "us-ssn" || categoryId === "uk-nino" || categoryId === "fr-nir") return digits >= 2 && digits + letters >= 6;
      if (categoryId === "account-number") return digits >= 6;
      if (categoryId === "card-security-code") return (digits === 3 || digits === 4) && letters === 0 && value.length <= 4;
      return true;
    };
    const reference = (cell: string, categoryId?: string) => {
      const trimmed = cell.trim();
      if (trimmed.length === 0 || (trimmed.length <= 5 && NOT_A_VALUE.has(trimmed.toLowerCase()))) return undefined;
      if (categoryId === "street-address" && !looksLikeStreetAddress(trimmed)) return undefined;
      if (categoryId !== undefined && !hasValueEvidenceReference(categoryId, trimmed)) return undefined;
      const start = cell.indexOf(trimmed);
      const masked = `…(${Array.from(trimmed).length} chars)`;
      // Identity and account numbers: trivial by their digits alone (`000-00-0000`, `A123456789`).
      const identity = categoryId === "national-id" || categoryId === "account-number" || categoryId === "us-ssn" || categoryId === "uk-nino" || categoryId === "fr-nir";
      const digits = identity ? trimmed.replace(/\D/g, "") : trimmed;
      const reason = sanitizationMarker(trimmed) ?? (trimmed.length >= 4 && (identity || /^\d+$/.test(trimmed)) && isTrivialDigitSequence(digits) ? "trivial digits" : undefined);
      return reason
        ? { detector: "personal-value", value: trimmed, start, end: start + trimmed.length, masked, syntheticReason: reason }
        : { detector: "personal-value", value: trimmed, start, end: start + trimmed.length, masked };
    };
    const categories = fc.constantFrom(undefined, "street-address", "city", "postcode", "national-id", "account-number", "card-security-code", "gender", "us-ssn", "uk-nino", "fr-nir");
    const values = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."0123456789 aZé*x#-".split("")), maxLength: 12 }),
      fc.constantFrom("1234", "1111", "98765", " 4321 ", "123", "12 rue des Lilas", "n/a", "REDACTED", "****1234", "true", " F ", "AB123456C", "0123456789"),
      fc.string({ unit: fc.constantFrom(..."0123456789abcdef".split("")), minLength: 14, maxLength: 40 }),
      fc.integer({ min: 250, max: 270 }).map((n) => "a".repeat(n)),
      tricky,
    );
    fc.assert(fc.property(values, categories, (cell, category) => {
      expect(personalValueInCell(cell, category)).toEqual(reference(cell, category));
      expect(hasValueEvidence(category ?? "city", cell)).toBe(hasValueEvidenceReference(category ?? "city", cell));
    }), { numRuns: 20000 });
  });

  it("birthDateInCell === the former code (a date object, an ISO string and substrings per cell)", () => {
    const PLACEHOLDER_DATES = new Set(["1900-01-01", "1901-01-01", "1970-01-01", "1980-01-01", "2000-01-01", "0001-01-01", "1111-11-11", "9999-12-31", "1899-12-31"]);
    const digitsAt = (text: string, start: number, count: number) => /^[0-9]+$/.test(text.slice(start, start + count)) && text.length >= start + count;
    const parseDateReference = (text: string) => {
      let year: number;
      let month: number;
      let day: number;
      if (text.length >= 10 && text[4] === "-" && text[7] === "-" && digitsAt(text, 0, 4) && digitsAt(text, 5, 2) && digitsAt(text, 8, 2)) {
        if (text.length > 10 && text[10] !== " " && text[10] !== "T") return undefined;
        year = Number(text.slice(0, 4));
        month = Number(text.slice(5, 7));
        day = Number(text.slice(8, 10));
      } else if (text.length === 10 && (text[2] === "/" || text[2] === ".") && text[5] === text[2] && digitsAt(text, 0, 2) && digitsAt(text, 3, 2) && digitsAt(text, 6, 4)) {
        day = Number(text.slice(0, 2));
        month = Number(text.slice(3, 5));
        year = Number(text.slice(6, 10));
      } else return undefined;
      const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      if (month < 1 || month > 12 || day < 1 || day > days) return undefined;
      return { year, month, day };
    };
    const options = { referenceYear: 2026, maxAge: 120 };
    const reference = (cell: string) => {
      const trimmed = cell.trim();
      const date = parseDateReference(trimmed);
      if (!date) return undefined;
      const { year, month, day } = date;
      const pad = (n: number) => String(n).padStart(2, "0");
      const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
      const age = options.referenceYear - year;
      let reason: string | undefined;
      if (PLACEHOLDER_DATES.has(iso)) reason = "placeholder date";
      else if (age < 0 || age > options.maxAge) return undefined;
      else if (month === 1 && day === 1) reason = "generalized to the year";
      const start = cell.indexOf(trimmed);
      return { detector: "birth-date", value: trimmed, start, end: start + trimmed.length, masked: `${String(year).slice(0, 3)}•-••-••`, ...(reason ? { syntheticReason: reason } : {}) };
    };
    const two = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, "0"));
    const year = fc.oneof(fc.integer({ min: 1890, max: 2030 }), fc.constantFrom(1, 999, 1111, 1899, 1900, 1901, 1970, 1980, 2000, 9999)).map((y) => String(y).padStart(4, "0"));
    const iso = fc.tuple(year, two, two, fc.constantFrom("", " 00:00:00", "T12:00:00Z", "x", "  ")).map(([y, m, d, t]) => `${y}-${m}-${d}${t}`);
    const european = fc.tuple(two, two, year, fc.constantFrom("/", ".", "-")).map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`);
    const noise = fc.string({ unit: fc.constantFrom(..."0123456789-/. T".split("")), maxLength: 14 });
    fc.assert(fc.property(fc.oneof(iso, european, noise, tricky), fc.constantFrom("", " "), (date, pad) => {
      const cell = `${pad}${date}${pad}`;
      expect(birthDateInCell(cell, options)).toEqual(reference(cell));
    }), { numRuns: 20000 });
    for (const d of ["1900-01-01", "0001-01-01", "9999-12-31", "1976-03-05", "29/02/2000", "29.02.1900", "1999-01-01", "31/04/1980"]) expect(birthDateInCell(d, options)).toEqual(reference(d));
  });
});

describe("e-mails found with the domain memo agree with the plain reading", () => {
  it("findEmails === the former loop (syntheticEmailReason, maskEmail, a spread match per address), firstEmail === its first", () => {
    const isLocal = (c: string) => /[0-9A-Za-z._%+-]/.test(c);
    const isDomain = (c: string) => /[0-9A-Za-z.-]/.test(c);
    // A message's id (`Message-ID: <…@…>`, `In-Reply-To:`, `References:`, on the header's line or a folded line after it).
    const HEADER = /^(?:message-id|in-reply-to|references|resent-message-id|content-id|original-message-id|x-message-id)[ \t]*:/i;
    const inMessageIdHeader = (text: string, bracket: number): boolean => {
      const lines = text.slice(0, bracket).split("\n");
      // The bracket's line, then the lines above it while each is folded (starts with a space or a tab): at most 32
      // lines, none over 998 characters (RFC 5322's longest).
      for (let k = lines.length - 1, read = 0; k >= 0 && read < 32; k--, read++) {
        const line = lines[k]!;
        if (line.length > 998) return false;
        if (line[0] !== " " && line[0] !== "\t") return HEADER.test(line);
      }
      return false;
    };
    const reference = (text: string) => {
      const out = [];
      let from = 0;
      for (;;) {
        const at = text.indexOf("@", from);
        if (at < 0) break;
        from = at + 1;
        let s = at;
        while (s > 0 && at - s < 64 && isLocal(text[s - 1]!)) s--;
        while (s < at && (text[s] === "." || text[s] === "-")) s++;
        let e = at + 1;
        while (e < text.length && e - at - 1 < 253 && isDomain(text[e]!)) e++;
        while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
        const local = text.slice(s, at);
        const domain = text.slice(at + 1, e);
        if (local.length === 0 || local.length > 64 || local.startsWith(".") || local.endsWith(".") || local.includes("..") || !validDomain(domain)) continue;
        const prev = s > 0 ? text[s - 1] : "";
        const userinfo = prev === "/" || (prev === ":" && !text.slice(Math.max(0, s - 7), s).toLowerCase().endsWith("mailto:"));
        if (isNonPersonalAddress(local, domain) || userinfo) continue;
        if (prev === "<" && inMessageIdHeader(text, s - 1)) continue;
        const reason = syntheticEmailReason(local, domain);
        out.push({ detector: "email", value: text.slice(s, e), start: s, end: e, masked: maskEmail(local, domain), ...(reason ? { syntheticReason: reason } : {}) });
        from = e;
      }
      return out;
    };
    const local = fc.oneof(
      fc.constantFrom("olivia.smith1", "Olivia.Smith", "user42", "customer_0042", "test", "support", "Support", "TEST.User", "Customer_0042", "j.doe+news", "3f2a9c1b4d5e6f708192a3b4c5d6e7f8", "x***", "ops+1", "a"),
      fc.string({ unit: fc.constantFrom(..."abcXYZ019._-+%".split("")), minLength: 1, maxLength: 14 }),
    );
    const domain = fc.oneof(
      fc.constantFrom("gmail.com", "GMail.com", "orange.fr", "yahoo.co.uk", "example.com", "Example.ORG", "corp", "mail.test", "x.internal", "iam.gserviceaccount.com", "web.de", "1.2.3.4", "wanadoo.co.uk", "a.b"),
      fc.string({ unit: fc.constantFrom(..."abcXY01.-".split("")), minLength: 1, maxLength: 14 }),
    );
    const glue = fc.constantFrom("", " ", ", ", "mailto:", "https://", ":", "/", "<", "\t", "Message-ID: <", "\nIn-Reply-To:\n\t<", "References: <", "\n <", "\nSubject: <", "\nmessage-id :<", "X-Message-ID:<", "\n\n<", "From: <");
    const text = fc.array(fc.tuple(glue, local, domain), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([g, l, d]) => `${g}${l}@${d}`).join(" "));
    fc.assert(fc.property(fc.oneof(text, tricky), (t) => {
      const expected = reference(t);
      expect(findEmails(t)).toEqual(expected);
      expect(firstEmail(t)).toEqual(expected[0]);
    }), { numRuns: 10000 });
    // Local parts at and past the 64-character bound, with what stands before them (`/`, `:`, `mailto:`, `<`, dots).
    for (const lead of ["", "x/", ":", "mailto:", "<", "..", "a.-", " "]) {
      for (const n of [62, 63, 64, 65, 70]) {
        for (const t of [`${lead}${"a".repeat(n)}@gmail.com`, `${lead}${"b".repeat(n - 3)}.c+d@web.de`, `${lead}${"c".repeat(n)}..@x.org`]) {
          const expected = reference(t);
          expect({ t, found: findEmails(t).map((m) => ({ ...m })) }).toEqual({ t, found: expected });
          expect(firstEmail(t)).toEqual(expected[0]);
        }
      }
    }
  });
});

describe("phone pre-checks agree with the slow path", () => {
  it("PhoneCellReading reads what groups, looksLikeDateOrAddress, writtenDigits and firstDigit read", () => {
    const phoneish = fc.string({ unit: fc.constantFrom(..."0123456789012345678901234 .-/()+xet\u00a0".split("")), maxLength: 32 });
    const shaped = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(".", ".", ".", ".", "-", "/", " ", "..", ". ", "+", ".+", "")), { minLength: 1, maxLength: 7 })
      .map((parts) => parts.map(([n, sep], i) => "7".repeat(n) + (i < parts.length - 1 ? sep : "")).join(""));
    const accepted = new Set("0123456789 ()-./+\u00a0xet".split(""));
    const reading = new PhoneCellReading();
    const check = (text: string) => {
      const read = reading.read(text);
      expect(read).toBe([...text].every((ch) => accepted.has(ch)));
      if (!read) return;
      const g = groups(text);
      expect(reading.digits).toBe(g.lengths.reduce((a, b) => a + b, 0));
      expect(reading.runs).toBe(g.lengths.length);
      expect(reading.datedOrAddress()).toBe(looksLikeDateOrAddress(g));
      const first = /[0-9]/.exec(text)?.[0];
      expect(reading.firstDigit).toBe(first === undefined ? 0 : first.charCodeAt(0));
      // writtenDigits' copy where it makes one (3 digits or more; it also hands over under 3).
      if (reading.digits >= 3) expect(reading.written).toBe(writtenDigits(text));
    };
    fc.assert(fc.property(fc.oneof(phoneish, shaped, tricky), check), { numRuns: 8000 });
    for (const t of ["2024-01-15", "15/01/2024", "15.01.2024 12:30", "192.168.1.10", "+33 6 12 34 56 78", "1.2.3.4.5", "+1.2.3.4", "7777.7.7.7", "1..2.3.4", "1.+2.3.4", "1+.2.3.4", "12.34.5678", "0180 5 372819 ext 12", "+1 212+555"]) check(t);
  });

  it("phoneInCell === the former composition (a pass for the characters, looksLikeDateOrAddress of the groups, parseValid's own writtenDigits and firstDigit)", () => {
    const reference = (cell: string) => {
      const trimmed = cell.trim();
      if (trimmed.length < 7 || trimmed.length > 32) return undefined;
      let digits = 0;
      for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) digits++;
        else if (!" ()-./+\u00a0xet".includes(trimmed[i]!)) return undefined;
      }
      if (digits < 7 || digits > 15 || looksLikeDateOrAddress(groups(trimmed))) return undefined;
      const phone = parseValid(trimmed);
      if (!phone) return undefined;
      const start = cell.indexOf(trimmed);
      const reason = syntheticPhoneReason(phone) ?? (writtenAsSwitchboard(trimmed) ? "switchboard number" : undefined);
      return { detector: "phone", value: trimmed, start, end: start + trimmed.length, masked: freshMask(phone, trimmed), syntheticReason: reason || undefined };
    };
    // maskAsWritten's answer made anew (not from the masks' cache, which phoneInCell fills first).
    const freshMask = (phone: { countryCallingCode: string; nationalNumber: string }, w: string) => {
      if (w.startsWith("+") || w.startsWith("00")) return `+${phone.countryCallingCode} ${"•".repeat(Math.max(0, phone.nationalNumber.length - 2))}${phone.nationalNumber.slice(-2)}`;
      const digits = w.replace(/[^0-9]/g, "");
      if (digits.length < 4) return "•".repeat(digits.length);
      const lead = digits[0] === "0" ? "0" : "";
      return `${lead}${"•".repeat(digits.length - lead.length - 2)}${digits.slice(-2)}`;
    };
    const digit = fc.constantFrom(..."0123456789".split(""));
    const group = fc.string({ unit: digit, minLength: 1, maxLength: 5 });
    const sep = fc.constantFrom(" ", " ", "-", ".", "/", "(", ")", ") ", "+", "\u00a0", " x", "ext", "", "..", "a", "é");
    // Numbers as people write them: a `+` and a calling code, `00`, a trunk `0` or none, then groups and separators.
    const lead = fc.constantFrom("+1 ", "+44 ", "+33 ", "+49 ", "+34 ", "+39 ", "+7 ", "+46 ", "+31 ", "+48 ", "+358 ", "+800 ", "0044 ", "00", "0", "0", "", "", " ", "+", "++", "0+");
    const written = fc.tuple(lead, fc.array(fc.tuple(group, sep), { minLength: 1, maxLength: 7 }), fc.constantFrom("", " ", "  ")).map(([l, parts, tail]) => l + parts.map(([g, s]) => g + s).join("") + tail);
    const loose = fc.string({ unit: fc.constantFrom(..."0123456789012345678901234 .-/()+xet\u00a0".split("")), maxLength: 34 });
    const known = fc.constantFrom("+46 70 741 77 24", "070-073 68 48", "+1 646-665-5302", "+31 642492962", "06 12 34 56 78", "020 7946 0123", "0180 5 372819", "030 2093-0", "+49 (0)89 / 12 34 56-0", "0044 20 7946 0123", "(212) 555-0123", "612 34 56 78", "2024-01-15 12:30", "15.01.2024");
    fc.assert(
      fc.property(fc.oneof(written, written, loose, known, tricky), (cell) => {
        const m = phoneInCell(cell);
        expect(m === undefined ? undefined : { detector: m.detector, value: m.value, start: m.start, end: m.end, masked: m.masked, syntheticReason: m.syntheticReason }).toEqual(reference(cell));
      }),
      { numRuns: 6000 },
    );
    // Numbers whose masks differ only in the last two digits, the trunk 0 or the length, asked in turn and again (the masks' cache).
    const near = ["06 12 34 56 78", "06 12 34 56 87", "06 12 34 65 78", "6 12 34 56 78", "06 12 34 56 7", "0151 98212369", "0151 98212396", "(212) 555-0123", "(212) 555-0132", "0044 20 7946 0123", "+44 20 7946 0132"];
    for (const cell of [...near, ...near.reverse(), ...near]) {
      // maskAsWritten (free text's phones) fills the same cache.
      const p = parseValid(cell);
      if (p) expect(maskAsWritten(p, cell)).toBe(freshMask(p, cell));
      const m = phoneInCell(cell);
      expect(m === undefined ? undefined : { detector: m.detector, value: m.value, start: m.start, end: m.end, masked: m.masked, syntheticReason: m.syntheticReason }).toEqual(reference(cell));
    }
  });

  it("maskAsWritten === the former code (digits copied one at a time, bullets repeated per number)", () => {
    const reference = (phone: { countryCallingCode: string; nationalNumber: string }, written: string) => {
      const w = written.trim();
      if (w.startsWith("+") || w.startsWith("00")) return `+${phone.countryCallingCode} ${"•".repeat(Math.max(0, phone.nationalNumber.length - 2))}${phone.nationalNumber.slice(-2)}`;
      let digits = "";
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x30 && w.charCodeAt(i) <= 0x39) digits += w[i];
      if (digits.length < 4) return "•".repeat(digits.length);
      const lead = digits[0] === "0" ? "0" : "";
      return `${lead}${"•".repeat(digits.length - lead.length - 2)}${digits.slice(-2)}`;
    };
    const written = fc.string({ unit: fc.constantFrom(..."0123456789 -.()/+0".split("")), maxLength: 40 });
    const national = fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 40 });
    fc.assert(fc.property(written, fc.constantFrom("1", "33", "44", "353"), national, (w, cc, nn) => {
      const phone = { countryCallingCode: cc, nationalNumber: nn };
      expect(maskAsWritten(phone, w)).toBe(reference(phone, w));
      expect(maskAsWritten(phone, ` ${w} `)).toBe(reference(phone, ` ${w} `));
    }), { numRuns: 10000 });
  });

  it("a phone mask made once is given again only to a number with the same mask (the masks' cache)", () => {
    // Numbers that differ in one thing a mask shows, asked in turn and again: the calling code (its length too:
    // `1` against `001`), the number's length, its last two digits, the trunk `0` of a national number.
    const reference = (cc: string, nn: string, written: string) => {
      const w = written.trim();
      if (w.startsWith("+") || w.startsWith("00")) return `+${cc} ${"•".repeat(Math.max(0, nn.length - 2))}${nn.slice(-2)}`;
      const digits = w.replace(/[^0-9]/g, "");
      if (digits.length < 4) return "•".repeat(digits.length);
      const lead = digits[0] === "0" ? "0" : "";
      return `${lead}${"•".repeat(digits.length - lead.length - 2)}${digits.slice(-2)}`;
    };
    const cases: [string, string, string][] = [
      ["1", "2125550123", "+1 212 555 0123"],
      ["001", "2125550123", "+001 212 555 0123"],
      ["12", "125550123", "+12 125 550 123"],
      ["1", "212555012", "+1 212 555 012"],
      ["1", "21255023", "+1 212 550 23"],
      ["1", "2125550132", "+1 212 555 0132"],
      ["1", "2125550103", "+1 212 555 0103"],
      ["33", "612345678", "06 12 34 56 78"],
      ["33", "612345678", "6 12 34 56 78"],
      ["33", "612345678", "16 12 34 56 78"],
      ["33", "612345678", "06 12 34 56 87"],
      ["33", "612345678", "06 12 34 56 7 8"],
      ["33", "612345678", "06 12 34 56 078"],
      ["33", "612345678", "123 45 78"],
      ["33", "612345678", "0123 4578"],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [cc, nn, w] of round === 1 ? [...cases].reverse() : cases) expect(maskAsWritten({ countryCallingCode: cc, nationalNumber: nn }, w)).toBe(reference(cc, nn, w));
    }
  });

  it("every fiction prefix is +44 or +33 (the premise of the quick test before the list)", () => {
    for (const prefix of FICTION_PREFIXES) expect(prefix.startsWith("+44") || prefix.startsWith("+33")).toBe(true);
  });

  it("inFictionRange(code, national) === the former test on the E.164 string, for every calling code of the metadata", () => {
    const reference = (e164: string) => (e164.startsWith("+44") || e164.startsWith("+33")) && FICTION_PREFIXES.some((prefix) => e164.startsWith(prefix));
    const codes = Object.keys((metadataMax as unknown as { country_calling_codes: Record<string, unknown> }).country_calling_codes);
    // National numbers near the prefixes (each prefix's digits, cut or continued) and random ones.
    const nearPrefix = fc.tuple(fc.constantFrom(...FICTION_PREFIXES), fc.integer({ min: 0, max: 10 }), fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 6 }))
      .map(([prefix, cut, tail]) => prefix.slice(3, Math.max(3, prefix.length - cut)) + tail);
    const national = fc.oneof(nearPrefix, fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 14 }));
    fc.assert(fc.property(fc.constantFrom(...codes), national, (code, nn) => {
      expect(inFictionRange(code, nn)).toBe(reference(`+${code}${nn}`));
    }), { numRuns: 20000 });
    for (const prefix of FICTION_PREFIXES) {
      expect(inFictionRange(prefix.slice(1, 3), `${prefix.slice(3)}123`)).toBe(true);
      // A calling code whose digits continue into the national number's (`+4` `4...`) would be no code of the metadata.
      expect(codes.some((c) => c !== prefix.slice(1, 3) && prefix.slice(1).startsWith(c))).toBe(false);
    }
  });
});

/** validDomain as written before issue 12 (split into labels): the reference. */
function validDomainReference(domain: string): boolean {
  if (domain.length < 4 || domain.length > 253) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith("-") || label.endsWith("-")) return false;
  }
  const tld = labels[labels.length - 1]!;
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) {
    const c = tld.charCodeAt(i) | 0x20;
    if (!(c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

describe("e-mail domain check agrees with the former code", () => {
  it("validDomain === the split-based reference", () => {
    const domains = fc.string({ unit: fc.constantFrom(..."ab-.1Z.".split("")), maxLength: 20 });
    const longLabel = fc.tuple(fc.integer({ min: 60, max: 66 }), fc.constantFrom("com", "c", "co1", "-x")).map(([n, tld]) => `${"a".repeat(n)}.${tld}`);
    fc.assert(
      fc.property(fc.oneof(domains, longLabel, tricky), (d) => {
        expect(validDomain(d)).toBe(validDomainReference(d));
      }),
      { numRuns: 8000 },
    );
    for (const d of ["gmail.com", "a.b", "a.bc", "-a.com", "a-.com", "a..com", ".a.com", "a.com.", "web.de", "x.co.uk", "a.c0m", `${"a".repeat(64)}.com`, `${"a".repeat(63)}.com`]) {
      expect(validDomain(d)).toBe(validDomainReference(d));
    }
  });
});

/** hash64 as written before issue 12 (returning a new array): the reference. */
function hash64Reference(value: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

describe("distinct counting hashes as before", () => {
  it("hash64 === the reference, and the counter's estimate is unchanged over a stream", () => {
    fc.assert(
      fc.property(tricky, (value) => {
        expect(hash64(value)).toEqual(hash64Reference(value));
      }),
      { numRuns: 3000 },
    );
    // Four characters a turn: every length's remainder (and the UTF-16 units beyond Latin-1) as one at a time.
    const long = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Ünïcödé 😀 \ud800 tail";
    for (let n = 0; n <= long.length; n++) expect(hash64(long.slice(0, n))).toEqual(hash64Reference(long.slice(0, n)));
    // A value of 24 characters or more is hashed from a copy of its code units (a buffer kept up to 64 Ki units): past that, and after it.
    const huge = `${long}${"ß\ud83d".repeat(40_000)}x`;
    expect(hash64(huge)).toEqual(hash64Reference(huge));
    for (const n of [23, 24, 25, 70]) expect(hash64(long.slice(0, n))).toEqual(hash64Reference(long.slice(0, n)));
    // The counter hashes through the scratch words; its estimate must match counting the reference hashes exactly (below the exact limit).
    const counter = new DistinctCounter();
    const seen = new Set<string>();
    for (let i = 0; i < 900; i++) {
      const v = `v${(i * 7919) % 600}`;
      counter.add(v);
      const [a, b] = hash64Reference(v);
      seen.add(`${a}:${b & 0x1fffff}`);
    }
    expect(counter.estimate()).toBe(seen.size);
  });
});

/** isMaskedValue as written before issue 12 (one-character strings): the reference. */
function isMaskedValueReference(value: string): boolean {
  let run = 0;
  let runChar = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const maskChar = c === "*" || c === "x" || c === "X" || c === "#" || c === "•" || c === "█";
    if (!maskChar) {
      run = 0;
      runChar = "";
      continue;
    }
    const normalized = c === "X" ? "x" : c;
    run = normalized === runChar ? run + 1 : 1;
    runChar = normalized;
    if (run >= 3) {
      if (normalized !== "x") return true;
      const before = i - run >= 0 ? value[i - run]! : "";
      const after = value[i + 1] ?? "";
      if (!isLetter(before) && !isLetter(after)) return true;
    }
  }
  return false;
}

describe("sanitization markers agree with the former code", () => {
  it("isMaskedValue === the one-character-string reference", () => {
    const masks = fc.string({ unit: fc.constantFrom(..."*xX#•█ab1-@é".split("")), maxLength: 16 });
    fc.assert(
      fc.property(fc.oneof(masks, tricky), (value) => {
        expect(isMaskedValue(value)).toBe(isMaskedValueReference(value));
      }),
      { numRuns: 8000 },
    );
    for (const v of ["****1234", "xxx-xx-1234", "j***@x.fr", "maxxx", "Exxon", "XXX", "xXx", "••••", "██ █", "##1"]) expect(isMaskedValue(v)).toBe(isMaskedValueReference(v));
  });

  it("lower-casing never shortens a string (the premise of the placeholder and not-a-value length checks)", () => {
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase().length < s.length) expect(c.toString(16)).toBe("a code point whose lower case is shorter");
    }
    for (const v of NOT_A_VALUE) expect(v.length).toBeLessThanOrEqual(5);
    for (const v of ["N/A", " REDACTED ", "Not Provided", "unknown", "x".repeat(40), "İnconnu"]) {
      expect(isPlaceholderValue(v)).toBe(["n/a", "redacted", "not provided", "unknown"].includes(v.trim().toLowerCase()));
    }
  });
});

describe("the tally's shape filter is exact", () => {
  it("digitShapeHash(value) === shapeStringHash(digitShape(value)) for ASCII values, NO_SHAPE without a shape, NOT_ASCII otherwise", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."0123456789abcXYZ .@_-#".split("")), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ascii, tricky), (value) => {
        const hash = digitShapeHash(value);
        if ([...value].some((c) => c.charCodeAt(0) >= 0x80)) expect(hash).toBe(NOT_ASCII);
        else {
          const shape = digitShape(value);
          expect(hash).toBe(shape === undefined ? NO_SHAPE : shapeStringHash(shape));
        }
      }),
      { numRuns: 8000 },
    );
  });

  it("isShapeOf(shape, value) === (digitShape(value) === shape) for ASCII values with a shape", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."0123456789abXY .@_-#".split("")), maxLength: 16 });
    fc.assert(
      fc.property(ascii, ascii, (value, other) => {
        if (digitShapeHash(value) < 0) return;
        const shape = digitShape(value)!;
        expect(isShapeOf(shape, value)).toBe(true);
        // Against another value's shape, and near misses of its own.
        const otherShape = digitShape(other);
        if (otherShape !== undefined) expect(isShapeOf(otherShape, value)).toBe(otherShape === shape);
        for (const near of [shape.slice(1), `${shape}#`, `${shape}a`, shape.replace("#", "1"), shape.replace("#", "##"), shape.toUpperCase()]) {
          expect(isShapeOf(near, value)).toBe(near === shape);
        }
      }),
      { numRuns: 8000 },
    );
    expect(isShapeOf("user#@mail.fr", "User17@MAIL.fr")).toBe(true);
    expect(isShapeOf("user#@mail.fr", "user1a@mail.fr")).toBe(false);
    expect(digitShape("ab1#")).toBe("ab##");
    expect(isShapeOf("ab##", "ab1#")).toBe(true);
  });

  it("a column's shape counts are those of counting every value's shape (first 256 shapes), past the filter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(..."abcdeXYZ".split("")), minLength: 1, maxLength: 4 }), fc.nat(400), fc.constantFrom("@mail.fr", " St", "", "É", "a1b")), { minLength: 600, maxLength: 1200 }),
        (parts) => {
          const tally = new ColumnTally("s", "t", "c", undefined);
          const expected = new Map<string, number>();
          const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
          parts.forEach(([word, n, tail], row) => {
            const value = `${word}${n}${tail}`;
            tally.addCell(value, [{ detector: "person-name", value, start: 0, end: value.length, masked: "***" }], range, row);
            const shape = digitShape(value);
            if (shape !== undefined && (expected.has(shape) || expected.size < 256)) expected.set(shape, (expected.get(shape) ?? 0) + 1);
          });
          expect(expected.size).toBe(256); // past the first 256 shapes, where the filter works
          expect(new Map(tally.detectors.get("person-name")!.shapes)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a match object fed again (a column memo's repeat, whose shape the tally kept on it) counts and samples as a fresh one", () => {
    const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
    // Few words and numbers (repeats), or many (past the first 256 shapes); digits or none; a non-ASCII tail; two detectors.
    const value = (wide: boolean) =>
      fc.tuple(fc.string({ unit: fc.constantFrom(..."abXY".split("")), minLength: 1, maxLength: wide ? 5 : 2 }), fc.option(fc.nat(wide ? 500 : 5), { nil: undefined }), fc.constantFrom("@mail.fr", " Rd", "", "É", "x1"));
    const cells = (wide: boolean) => fc.array(fc.tuple(value(wide), fc.constantFrom("email", "personal-value") as fc.Arbitrary<"email" | "personal-value">, fc.nat(9)), { minLength: 1, maxLength: wide ? 1500 : 200 });
    fc.assert(
      fc.property(fc.boolean().chain((wide) => cells(wide)), (rows) => {
        const fresh = new ColumnTally("s", "t", "c", undefined);
        const repeated = new ColumnTally("s", "t", "c", undefined);
        const memo = new Map<string, FoundMatch>();
        rows.forEach(([[word, n, tail], detector, synthetic], row) => {
          const v = `${word}${n ?? ""}${tail}`;
          // One in ten synthetic: the kept shape is read for real values only.
          const reason = synthetic === 0 ? "masked" : undefined;
          fresh.addCell(v, [new FoundMatch(detector, v, 0, v.length, "***", reason)], range, row);
          const key = `${detector} ${v} ${reason}`;
          const known = memo.get(key) ?? new FoundMatch(detector, v, 0, v.length, "***", reason);
          memo.set(key, known);
          repeated.addCell(v, [known], range, row);
        });
        const state = (tally: ColumnTally) =>
          [...tally.detectors].map(([d, t]) => ({ d, real: t.real, synthetic: t.synthetic, shapes: [...t.shapes], samples: t.samples.map((x) => [x.row, x.shape]), reserve: t.reserve.map((x) => [x.row, x.shape]) }));
        expect(state(repeated)).toEqual(state(fresh));
        fresh.settle();
        repeated.settle();
        expect(state(repeated)).toEqual(state(fresh));
      }),
      { numRuns: 300 },
    );
  });

  it("a column's kept samples and reserve are the first 4 real values, then the next real values of a shape not kept yet (one slot for no shape), across detectors", () => {
    const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
    // Values with and without digits, a few synthetic, two detectors interleaved (the column's most recent tally changes).
    const value = fc.tuple(fc.constantFrom("ann", "Bob", "cy", "Dee", "é"), fc.option(fc.nat(30), { nil: undefined }), fc.constantFrom("", "@x.fr", " rd"));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.constantFrom("person-name", "email", "phone") as fc.Arbitrary<"person-name" | "email" | "phone">, fc.boolean(), fc.nat(3)), { maxLength: 80 }), (cells) => {
        const tally = new ColumnTally("s", "t", "c", undefined);
        const expected = new Map<string, { samples: number[]; reserve: number[]; shapes: (string | undefined)[] }>();
        cells.forEach(([[word, n, tail], detector, synthetic, extra], row) => {
          const v = `${word}${n ?? ""}${tail}`;
          const matches = Array.from({ length: 1 + (extra === 3 ? 1 : 0) }, () => ({ detector, value: v, start: 0, end: v.length, masked: "***", ...(synthetic ? { syntheticReason: "masked" } : {}) }));
          tally.addCell(v, matches, range, row);
          for (let k = 0; k < matches.length && !synthetic; k++) {
            const e = expected.get(detector) ?? { samples: [], reserve: [], shapes: [] };
            expected.set(detector, e);
            // Shapeless detectors (phones) keep no shape: every value is "no shape".
            const shape = detector === "phone" ? undefined : digitShape(v);
            if (e.samples.length < 4) e.samples.push(row);
            else if (e.reserve.length < 4 && !e.shapes.includes(shape)) e.reserve.push(row);
            else continue;
            e.shapes.push(shape);
          }
        });
        for (const [detector, e] of expected) {
          const t = tally.detectors.get(detector as "person-name")!;
          expect({ detector, samples: t.samples.map((x) => x.row), reserve: t.reserve.map((x) => x.row) }).toEqual({ detector, samples: e.samples, reserve: e.reserve });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** scanFreeText as composed before its one-pass pre-check: every scanner on every text with an @ or seven digits. */
function scanFreeTextReference(text: string) {
  const out = [];
  if (text.indexOf("@") >= 0) out.push(...findEmails(text));
  let digits = 0;
  for (let i = 0; i < text.length && digits < 7; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) digits++;
  if (digits >= 7) {
    const cards = findCards(text);
    const ibans = findIbans(text);
    out.push(...cards, ...ibans);
    const taken = [...cards, ...ibans];
    for (const phone of findPhonesInText(text)) if (!taken.some((t) => phone.start < t.end && t.start < phone.end)) out.push(phone);
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("free-text scanning with its one-pass pre-check agrees with running every scanner", () => {
  it("freeTextClasses (regular expressions) === the former one-character-at-a-time pass, bit for bit", () => {
    // The former code: every character read by charCodeAt, the two before it carried along.
    const reference = (text: string): number => {
      const digit = (c: number) => c >= 0x30 && c <= 0x39;
      const upper = (c: number) => c >= 0x41 && c <= 0x5a;
      let classes = text.indexOf("@") >= 0 ? 8 : 0;
      let digits = 0;
      let cardRun = 0;
      let phoneDigits = 0;
      let previous = 0;
      let beforePrevious = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (digit(c)) {
          digits++;
          if (++cardRun >= 12) classes |= 1;
          if (++phoneDigits >= 8) classes |= 4;
          if (digit(previous) && upper(beforePrevious) && i >= 3 && upper(text.charCodeAt(i - 3))) classes |= 2;
        } else {
          if (cardRun > 0 && !((c === 0x20 || c === 0x2d) && i + 1 < text.length && digit(text.charCodeAt(i + 1)))) cardRun = 0;
          if (phoneDigits > 0 && !(c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e || c === 0x2f || c === 0x2b || c === 0xa0)) phoneDigits = 0;
        }
        beforePrevious = previous;
        previous = c;
      }
      // One word of letters, digits and `_`, not all digits: an IBAN's bit only (a phone or card glued to letters is none).
      const wordToken = text.length > 0 && /^[0-9A-Za-z_]+$/.test(text) && /[A-Za-z_]/.test(text);
      return digits >= 7 ? (wordToken ? classes & 2 : classes) : classes & 8;
    };
    // Digits and every separator either run counts, with look-alikes they must not count: other spaces
    // (U+2007, tab, newline), non-ASCII digits (Arabic-Indic, fullwidth), non-ASCII capitals, `_`, `,`.
    const near = fc.string({ unit: fc.constantFrom(..."0123456789 -.()/+\u00a0ABFRDEGBabc@x.fr".split("")), maxLength: 60 });
    const lookAlikes = fc.string({ unit: fc.constantFrom(..."0123456789 -+.\u00a0\u2007\t\n_,\u0663\uff11\u00c9\u00dcAZaz@".split("")), maxLength: 70 });
    const sparse = fc.string({ unit: fc.constantFrom(..."abcdefgh XYZ:-.9".split("")), maxLength: 80 });
    const planted = fc
      .tuple(fc.string({ unit: fc.constantFrom(..."ab cd".split("")), maxLength: 9 }), fc.constantFrom("4532 0151 1283 0366", "4532-0151-1283-036", "4532  0151 1283 0366", "FR76 3000 6000 0112", "DE89370400440532013000", "+33 6 71 42 93 18", "(0)6.71//42 93-1", "06\u00a071\u00a042\u00a093\u00a018", "06\u200771\u200742\u200793\u200718", "a@b.fr", "AB12", "\u00c9B12", "1234567", "123456", "9f86d081884c7d65"), fc.string({ unit: fc.constantFrom(..."ab 1Z".split("")), maxLength: 9 }))
      .map(([a, v, b]) => `${a}${v}${b}`);
    fc.assert(
      fc.property(fc.oneof(near, lookAlikes, sparse, planted, tricky), (text) => {
        expect(freeTextClasses(text)).toBe(reference(text));
        // Given the text's hints (their KNOWN bit set, as cellHints answers), which may skip the token test and the `@` search.
        expect(freeTextClasses(text, textHints(text) | (1 << 30))).toBe(reference(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("a word of letters, digits and `_`, not all digits, holds no phone, card or e-mail (the premise of freeTextClasses' token rule)", () => {
    const token = fc.string({ unit: fc.constantFrom(..."0123456789abcdefXYZ_".split("")), minLength: 1, maxLength: 70 }).filter((t) => /[A-Za-z_]/.test(t));
    const planted = fc
      .tuple(fc.string({ unit: fc.constantFrom(..."aZ_9".split("")), maxLength: 4 }), fc.constantFrom("4532015112830366", "0612345678", "33671429318", "0033612345678", "4111111111111111", "DE89370400440532013000", "FR7630006000011234567890189", "2125550123"), fc.string({ unit: fc.constantFrom(..."aZ_9".split("")), maxLength: 4 }))
      .map(([a, v, b]) => `${a}${v}${b}`)
      .filter((t) => /[A-Za-z_]/.test(t));
    fc.assert(
      fc.property(fc.oneof(token, planted), (text) => {
        expect(findPhonesInText(text)).toEqual([]);
        expect(findCards(text)).toEqual([]);
        expect(findEmails(text)).toEqual([]);
        expect(scanFreeText(text)).toEqual(scanFreeTextReference(text));
      }),
      { numRuns: 20000 },
    );
    // Almost tokens: a phone, card or IBAN between words, joined by nothing, `_` or another character. Joined by anything but
    // a letter, digit or `_`, the value can be found, and the token rule must not take the text.
    const nearToken = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(..."ab9Z_".split("")), minLength: 1, maxLength: 6 }),
        fc.constantFrom("", "_", ".", "-", " ", "/", ":", "+", "\u00a0", "é"),
        fc.constantFrom("06.12.34.56.78", "0612345678", "06-12-34-56-78", "+33612345678", "4532-0151-1283-0366", "4532015112830366", "DE89370400440532013000", "2125550123"),
        fc.constantFrom("", "_", ".", "-", " ", "/", ":", "é"),
        fc.string({ unit: fc.constantFrom(..."ab9Z_".split("")), maxLength: 6 }),
      )
      .map(([a, s, v, t, b]) => `${a}${s}${v}${t}${b}`);
    fc.assert(
      fc.property(nearToken, (text) => {
        expect(scanFreeText(text)).toEqual(scanFreeTextReference(text));
      }),
      { numRuns: 5000 },
    );
    expect(scanFreeText("ab.06.12.34.56.78.cd").map((m) => m.detector)).toEqual(["phone"]);
  });

  it("scanFreeText === the reference on random text, cards, IBANs, phones, hashes and tokens", () => {
    const near = fc.string({ unit: fc.constantFrom(..."0123456789 -.()/+\u00a0ABFRDEGBabc@x.fr".split("")), maxLength: 60 });
    const planted = fc
      .tuple(
        fc.constantFrom("4532 0151 1283 0366", "4532-0151-1283-0366", "4532015112830366", "FR76 3000 6000 0112 3456 7890 189", "DE89370400440532013000", "+33 6 71 42 93 18", "06 12 34 56 78", "(212) 555-0123", "a@b.fr", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        fc.string({ unit: fc.constantFrom(..."ab 1-9Z:".split("")), maxLength: 12 }),
        fc.string({ unit: fc.constantFrom(..."ab 1-9Z:".split("")), maxLength: 12 }),
      )
      .map(([v, a, b]) => `${a}${v}${b}`);
    fc.assert(
      fc.property(fc.oneof(near, planted, tricky), (text) => {
        expect(scanFreeText(text)).toEqual(scanFreeTextReference(text));
      }),
      { numRuns: 8000 },
    );
  });

  it("a free-text cell: scanCell === the former composition (an @ or seven digits, not a number, timestamp or UUID, then every scanner), with or without the cell's hints", () => {
    const plan = planColumnScan("notes", "text", true);
    expect(plan.mode).toBe("free-text");
    const birth = { referenceYear: 2026, maxAge: 120 };
    const shaped = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."0123456789-:. +TZ".split("")), maxLength: 32 }),
      fc.uuid(),
      fc.constantFrom("2007-01-29 00:58:02.996577+00", "0.42857143", "-12345678", "12345678901", " 1234567 ", "4532015112830366", "a@b.fr 12345678", "0612345678@x.fr"),
      fc.string({ unit: fc.constantFrom(..."0123456789abcdef-@ ".split("")), maxLength: 40 }),
    );
    const near = fc.string({ unit: fc.constantFrom(..."0123456789 -.()/+\u00a0ABFRDEGBabc@x.fr".split("")), maxLength: 60 });
    // Text without digits, with and without addresses (the hints then decide without a pass).
    const words = fc.oneof(
      fc.constantFrom("write to olivia.smith@gmail.com", "a@x.fr", "no digits here", "ops@acme.com and jane.doe@web.de", "@", "user@example.com"),
      // ... and with them: a phone, a card, an IBAN in prose (the hints then send the text to its pass).
      fc.constantFrom("call +33 6 12 34 56 78 today", "card 4532 0151 1283 0366 exp", "IBAN FR14 2004 1010 0505 0001 3M02 606", "tel 020 7946 0123", "mail jo@web.de or +44 7911 123456"),
      fc.string({ unit: fc.constantFrom(..."abc XY.-@fr".split("")), maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.oneof(shaped, near, words, tricky), (text) => {
        let digits = 0;
        for (const ch of text) if (ch >= "0" && ch <= "9") digits++;
        const former = !(text.includes("@") || digits >= 7) || isNumberTimeOrUuid(text) ? [] : scanFreeTextReference(text);
        expect(scanCell(text, plan, birth)).toEqual(former);
        // With the cell's shared hints (as another rule leaves them): the same matches.
        expect(scanCell(text, plan, birth, undefined, cellHints({ values: [text] } as unknown as RowEvent, 0, text))).toEqual(former);
      }),
      { numRuns: 8000 },
    );
  });
});

describe("JSON keys are read by their own category, whatever keys came before", () => {
  it("keys that share a recent-key slot (length, first and last character) alternate without taking each other's category", () => {
    const plan = planColumnScan("settings", "jsonb", true);
    const birth = { referenceYear: 2026, maxAge: 120 };
    // `phone` and `pxxxe`, `email` and `exxxl`: the same slot of scan-cell's recent keys. A national number is a phone by its key only
    // through the key (viaKey); under any other key it is found as free text.
    const cells = [`{"phone": "06 12 34 56 78"}`, `{"pxxxe": "06 12 34 56 78"}`, `{"email": "06 12 34 56 78"}`, `{"exxxl": "06 12 34 56 78"}`];
    const read = (cell: string) => scanCell(cell, plan, birth).map((m) => `${m.detector}:${m.viaKey === true}:${m.jsonPath}`);
    const expected = [["phone:true:$.phone"], ["phone:false:$.pxxxe"], ["phone:false:$.email"], ["phone:false:$.exxxl"]];
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < cells.length; k++) expect(read(cells[k]!)).toEqual(expected[k]);
      for (let k = cells.length - 1; k >= 0; k--) expect(read(cells[k]!)).toEqual(expected[k]);
    }
  });
  it("a leaf `true` or `false` under a key named for personal data reads as scanNamedCell reads it, per key category and birth options", () => {
    const plan = planColumnScan("settings", "jsonb", true);
    // A key's validators as scan-cell reads keys: the column name's category without name-only evidence (personal-value).
    const keyName = (key: string) => {
      const name = classifyColumnName(key)!;
      return { ...name, category: { ...name.category, detectors: name.category.detectors.filter((d) => d !== "personal-value") } };
    };
    const births = [{ referenceYear: 2026, maxAge: 120 }, { referenceYear: 1990, maxAge: 5 }];
    // Alternated keys, birth options and literal forms: each leaf must read as scanNamedCell reads its value under its own key.
    // (Until the toggle fix a first name's validator took the word `true` for a name; now no key category's validators do.)
    for (let round = 0; round < 3; round++) {
      for (const birth of births) {
        for (const key of ["first_name", "email", "last_name", "phone", "date_of_birth"]) {
          for (const literal of ["true", "false", '"true"', '"false"']) {
            const value = literal.replace(/"/g, "");
            const expected = scanNamedCell(value, keyName(key), birth);
            const found = scanCell(`{"${key}": ${literal}, "other": ${literal}}`, plan, birth);
            expect(found.map((m) => `${m.detector}:${m.value}:${m.syntheticReason}:${m.viaKey}:${m.jsonPath}`)).toEqual(
              expected ? [`${expected.detector}:${expected.value}:${expected.syntheticReason}:true:$.${key}`] : [],
            );
          }
        }
      }
    }
    expect(scanCell(`{"first_name": true}`, plan, births[0]!)).toHaveLength(0);
    expect(scanCell(`{"email": true}`, plan, births[0]!)).toHaveLength(0);
    expect(scanCell(`{"first_name": "Siobhan"}`, plan, births[0]!)).toHaveLength(1);
  });
});
