/**
 * Issue 12: forbidden-secrets' shortcuts give the answers of the slow path they replace.
 * - KeywordScanner = `indexOf` per case-sensitive keyword and a `/…|…/i` regular expression per
 *   case-insensitive group (what the rule used before);
 * - findSecrets = every detector run under the old gate (keyword present, or keywordless);
 * - isPlaceholder / isPlaceholderHash = their former allocation-heavy definitions;
 * - mayFindSecrets false => findSecrets finds nothing;
 * - findSecrets given the value's cell hints = findSecrets scanning the value itself.
 * Random values are built from keyword pieces, real-shaped tokens and awkward characters (case
 * folding traps like `İ`, `ſ`, the Kelvin sign), plus every COPY value of the corpus dumps.
 */
import { corpusCopyValues } from "../../corpus/copy-values.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Detector, DetectorMatch, ValueContext } from "../../../src/rules/secrets/detector.js";
import { allDetectors } from "../../../src/rules/secrets/detectors/index.js";
import { findSecrets, mayFindSecrets, mayHoldKnownSecret, mayHoldSecretOrName, runsByPlace, type SecretHit } from "../../../src/rules/secrets/find-secrets.js";
import { HINT_SECRET_FORMAT, HINT_SECRET_FORMAT_BESIDES_URI, textHints } from "../../../src/rules/judgement/cell-hints.js";
import { KeywordScanner, type KeywordGroup } from "../../../src/rules/secrets/keyword-scan.js";
import { DEFAULT_PLACEHOLDERS, isPlaceholder, isPlaceholderHash, isPlaceholderLastField, saysItIsNotReal } from "../../../src/rules/secrets/placeholder.js";
import { mayNameSecret, SECRET_NAME_HINTS } from "../../../src/rules/secrets/secret-name.js";
import { T } from "./fake-tokens.js";
import * as scan from "../../../src/rules/secrets/scan.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The former gate of one group: `indexOf` per keyword, or one case-insensitive alternation. */
const referenceRegExps = new Map<KeywordGroup | string, RegExp>();
function referenceFound(group: KeywordGroup, text: string): boolean {
  if (group.keywords.length === 0) return false;
  if (group.caseInsensitive) {
    const key = group.keywords.join("\0");
    let re = referenceRegExps.get(key);
    if (!re) referenceRegExps.set(key, (re = new RegExp(group.keywords.map(escape).join("|"), "i")));
    return re.test(text);
  }
  return group.keywords.some((k) => text.indexOf(k) !== -1);
}

const detectorGroups: KeywordGroup[] = [...allDetectors.map((d) => ({ keywords: d.keywords, caseInsensitive: d.caseInsensitiveKeywords === true })), { keywords: SECRET_NAME_HINTS, caseInsensitive: true }];
const allKeywords = [...new Set(detectorGroups.flatMap((g) => g.keywords))];

const awkward = ["İ", "ı", "ſ", "\u212a", "Å", "é", "•", "\u00a0", "\ufeff", "😀", "\t", "\n", " ", "$", ":", "/", "=", "_", "-", ".", '"', "\\", "{", "}", "[", "]", "*", "x", "X"];
const letters = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
/** A keyword with some letters upper-cased, or cut short by one character. */
const keywordPiece = fc.tuple(fc.constantFrom(...allKeywords), fc.nat(), fc.boolean()).map(([k, bits, cut]) => {
  let out = "";
  for (let i = 0; i < k.length; i++) out += (bits >> i) & 1 ? k[i]!.toUpperCase() : k[i]!.toLowerCase();
  return cut && out.length > 2 ? out.slice(0, -1) : out;
});
const tokens = Object.values(T).map((make) => (make as () => string)());
const piece = fc.oneof(keywordPiece, fc.constantFrom(...awkward), fc.constantFrom(...letters), fc.constantFrom(...tokens), fc.constantFrom(...DEFAULT_PLACEHOLDERS));
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

const corpus = corpusCopyValues();

describe("KeywordScanner finds exactly what indexOf and /…/i find", () => {
  const scanner = new KeywordScanner(detectorGroups);
  const check = (value: string) => {
    scanner.scan(value);
    const wrong = detectorGroups.flatMap((group, g) => ((scanner.found[g] === 1) !== referenceFound(group, value) ? [g] : []));
    expect(wrong, `groups scanned wrongly in ${JSON.stringify(value)}`).toEqual([]);
    expect(scanner.test(value)).toBe(detectorGroups.some((g) => referenceFound(g, value)));
  };

  it("on random text of keyword pieces and awkward characters", () => {
    fc.assert(fc.property(text, check), { numRuns: 3000 });
  });

  it(`on every COPY value of the corpus (${corpus.length} values)`, () => {
    expect(corpus.length).toBeGreaterThan(1000);
    for (const value of corpus) check(value);
  });

  it("on its own small groups, keywords overlapping and sharing starts", () => {
    const groups: KeywordGroup[] = [
      { keywords: ["ab", "abc", "abcd"], caseInsensitive: false },
      { keywords: ["AbC", "bcd"], caseInsensitive: true },
      { keywords: ["a$", "$a", "::"], caseInsensitive: false },
      { keywords: ["ab"], caseInsensitive: true },
    ];
    const small = new KeywordScanner(groups);
    const unit = fc.constantFrom("a", "A", "b", "B", "c", "C", "d", "D", "$", ":", "İ", "x");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }).map((u) => u.join("")), (value) => {
        small.scan(value);
        for (let g = 0; g < groups.length; g++) expect(small.found[g] === 1).toBe(referenceFound(groups[g]!, value));
      }),
      { numRuns: 3000 },
    );
    // The check above can fail: a scanner that ignored case folding would miss this.
    small.scan("xxABCD");
    expect([...small.found]).toEqual([0, 1, 0, 1]);
  });

  it("a character beyond ASCII is never read as the ASCII character of its low bits (the pair table's index)", () => {
    // Each keyword with its first or second character swapped for one beyond ASCII that shares
    // its low seven bits (`é` is 0xe9, `i` 0x69), and the same keyword behind it as a control.
    for (const keyword of allKeywords) {
      for (const at of [0, 1]) {
        for (const high of [0x80, 0x100, 0x2000]) {
          const swapped = keyword.slice(0, at) + String.fromCharCode(high | keyword.charCodeAt(at)) + keyword.slice(at + 1);
          check(swapped);
          check(`${swapped} ${keyword}`);
        }
      }
    }
  });

  it("refuses keywords it cannot index", () => {
    expect(() => new KeywordScanner([{ keywords: ["a"], caseInsensitive: false }])).toThrow();
    expect(() => new KeywordScanner([{ keywords: ["éa"], caseInsensitive: false }])).toThrow();
  });

  it("mayHoldKnownSecret and mayHoldSecretOrName keep their regex meaning", () => {
    const sensitive = allDetectors.filter((d) => !d.caseInsensitiveKeywords).flatMap((d) => d.keywords);
    const insensitive = new RegExp(allDetectors.filter((d) => d.caseInsensitiveKeywords).flatMap((d) => d.keywords).map(escape).join("|"), "i");
    const known = (v: string) => sensitive.some((k) => v.includes(k)) || insensitive.test(v);
    fc.assert(
      fc.property(text, (value) => {
        expect(mayHoldKnownSecret(value, allDetectors)).toBe(known(value));
        expect(mayHoldSecretOrName(value, allDetectors)).toBe(known(value) || mayNameSecret(value));
      }),
      { numRuns: 2000 },
    );
  });
});

/** findSecrets as it was: every detector whose keyword occurs runs, and every detector without keywords (or with a place) always runs. */
function referenceFindSecrets(value: string, context: ValueContext, detectors: readonly Detector[]) {
  const hits: { start: number; end: number; id: string; secret: string }[] = [];
  detectors.forEach((d, order) => {
    const runs = d.keywords.length === 0 || d.runsWhere !== undefined || referenceFound({ keywords: d.keywords, caseInsensitive: d.caseInsensitiveKeywords === true }, value);
    if (!runs) return;
    let matches: DetectorMatch[] = [];
    try {
      matches = d.find(value, context);
    } catch {
      matches = [];
    }
    for (const m of matches) {
      if (m.end <= m.start) continue;
      const secret = value.slice(m.start, m.end);
      if (["bcrypt-hash", "argon2-hash", "scrypt-hash", "pbkdf2-hash", "crypt-hash", "phpass-hash", "scram-sha-256-verifier", "md5-role-password"].includes(d.id) && referenceIsPlaceholderHash(secret)) continue;
      hits.push({ start: m.start, end: m.end, id: d.id, secret, order } as never);
    }
  });
  const withOrder = hits as unknown as { start: number; end: number; id: string; secret: string; order: number }[];
  withOrder.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  let furthest = -1;
  return withOrder.filter((h) => (h.end <= furthest ? false : ((furthest = h.end), true))).map(({ start, end, id, secret }) => ({ start, end, id, secret }));
}

const contexts: ValueContext[] = [
  { clause: "row", schema: "public", table: "notes", column: "body", columnType: "text" },
  { clause: "row", schema: "public", table: "users", column: "aws_secret_access_key" },
  { clause: "row", schema: "public", table: "directus_users", column: "token" },
  { clause: "row", schema: "public", table: "directus_users", column: "token", jsonPath: "$.a", jsonKey: "a" },
  { clause: "row", schema: "public", table: "cfg", column: "doc", jsonPath: "$.aws.secret_access_key", jsonKey: "aws_secret_access_key" },
  { clause: "row", schema: "public", table: "users", column: "password" },
  { clause: "comment" },
  { clause: "routine-body" },
  { clause: "role-password" },
  { clause: "statement" },
];

describe("findSecrets gives the hits of the former gate", () => {
  const longText = fc.array(fc.oneof(piece, fc.constantFrom(T.awsSecret(), T.awsKeyId() + " " + T.awsSecret(), "md5" + "0123456789abcdef0123456789abcdef")), { maxLength: 8 }).map((p) => p.join(" "));
  const withoutJwt = allDetectors.filter((d) => d.id !== "jwt");
  const plain = (hits: readonly SecretHit[]) => hits.map((h) => ({ start: h.start, end: h.end, id: h.detector.id, secret: h.secret }));
  const check = (value: string, context: ValueContext) => {
    const got = plain(findSecrets(value, context, allDetectors));
    const reference = referenceFindSecrets(value, context, allDetectors);
    expect(got).toEqual(reference);
    if (!mayFindSecrets(value, runsByPlace(context, allDetectors), allDetectors)) expect(got).toEqual([]);
    // Given the value's cell hints, it reads the keywords from them where they tell (none, or `://` alone): same hits.
    const hints = textHints(value);
    expect(plain(findSecrets(value, context, allDetectors, hints))).toEqual(reference);
    expect(plain(findSecrets(value, context, withoutJwt, hints))).toEqual(referenceFindSecrets(value, context, withoutJwt));
  };

  it("on random values in every kind of place", () => {
    fc.assert(fc.property(longText, fc.constantFrom(...contexts), check), { numRuns: 2000 });
  });

  it("on every COPY value of the corpus, as a row cell and as a comment", () => {
    for (const value of corpus) {
      check(value, contexts[0]!);
      check(value, contexts[6]!);
    }
  });

  it("reads keywords from the hints only for detectors the hints know, and only where they tell", () => {
    const url = "see https://app:Zq8-live-pw@db.example.com/x";
    const hints = textHints(url);
    expect(hints & HINT_SECRET_FORMAT).not.toBe(0);
    expect(hints & HINT_SECRET_FORMAT_BESIDES_URI).toBe(0);
    expect(plain(findSecrets(url, contexts[0]!, allDetectors, hints)).map((h) => h.id)).toEqual(["url-basic-auth"]);
    // A detector of its own (not one of allDetectors): the hints do not know its keyword, so the value is scanned.
    const own: Detector = { id: "own", description: "own", keywords: ["see"], find: (v) => (v.startsWith("see") ? [{ start: 0, end: 3 }] : []) };
    expect(plain(findSecrets(url, contexts[0]!, [own, ...allDetectors], hints)).map((h) => h.id)).toEqual(["own", "url-basic-auth"]);
    // Hints of another text are not the value's: with none of its keywords said, nothing runs (the caller must pass the value's own).
    expect(findSecrets(url, contexts[0]!, allDetectors, textHints("plain words"))).toEqual([]);
  });

  it("the comparison can fail: a detector found only under its place is found", () => {
    const secret = T.awsSecret();
    expect(findSecrets(secret, contexts[1]!, allDetectors).map((h) => h.detector.id)).toEqual(["aws-secret-access-key"]);
    expect(findSecrets(secret, contexts[0]!, allDetectors)).toEqual([]);
    expect(runsByPlace(contexts[1]!, allDetectors)).toBe(true);
    expect(runsByPlace(contexts[0]!, allDetectors)).toBe(false);
  });
});

/** isPlaceholder and isPlaceholderHash as they were before their allocation-free paths. */
function referenceIsPlaceholder(value: string, extra: readonly string[] = []): boolean {
  // AWS's documented example credentials (…EXAMPLE, …EXAMPLEKEY) and the TOTP guides' seeds (57f3395).
  const end = value.trimEnd();
  if (end.length > 12 && (end.endsWith("EXAMPLE") || end.endsWith("EXAMPLEKEY") || end === "JBSWY3DPEHPK3PXP" || end === "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")) return true;
  // A value that says it is not real (a named check of its own, tested in context.test.ts).
  if (saysItIsNotReal(value)) return true;
  // An issuer prefix kept before a sanitizer's marker or a run of one mask character (`sk_test_REDACTED`, `ghp_xxxx`),
  // or of eight zeros or more (`cs_` + 40 zeros, cb57b73).
  const kept = /^[A-Za-z0-9_.-]{1,12}[_.-]([^_.-]{3,})$/.exec(value.trim());
  if (kept && (["redacted", "removed", "sanitized", "scrubbed", "masked", "filtered", "hidden", "obfuscated"].includes(kept[1]!.toLowerCase()) || /^(\*+|x+|X+|#+|•+|0{8,})$/.test(kept[1]!))) return true;
  // A default placeholder framed by mask characters (`***REMOVED***`, `__REDACTED__`).
  const framed = /^[*#_-]+(.+?)[*#_-]+$/.exec(value.trim());
  if (framed && DEFAULT_PLACEHOLDERS.includes(framed[1]!.toLowerCase())) return true;
  // Stand-ins by shape (ASCII trim and case): a placeholder word written over and over, one character between
  // dashes, words ending in `do not use`, a `{id}` before a stand-in.
  const a = value.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, "");
  const lower = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (a.length >= 3) {
    const encoded = /^\{[A-Za-z0-9_-]{1,16}\}([\s\S]+)$/.exec(a);
    if (encoded && referenceIsPlaceholder(encoded[1]!, extra)) return true;
    const words4 = DEFAULT_PLACEHOLDERS.filter((p) => p.length >= 4 && /^[a-z]+$/.test(p));
    if (words4.some((w) => a.length >= 2 * w.length && w.repeat(Math.ceil(a.length / w.length)).slice(0, a.length) === lower)) return true;
    if (a[0] !== "-" && a.includes("-") && !a.endsWith("-") && a.split("").every((ch) => ch === "-" || ch === a[0])) return true;
    const words = lower.split(/[-_. \t\n\v\f\r]+/).filter(Boolean);
    if (/^[A-Za-z_. \t\n\v\f\r-]*$/.test(a) && words.slice(-3).join(" ") === "do not use") return true;
    // A private key's header kept before a sanitizer's marker or a run of one mask character (stop 22): 8+ characters of a known header.
    const run = /(\*{3,}|x{3,}|X{3,}|#{3,}|•{3,})$/.exec(a);
    const marker = ["redacted", "removed", "sanitized", "scrubbed", "masked", "filtered", "hidden", "obfuscated"].find((w) => lower.length > w.length && lower.endsWith(w));
    const kept = run ? a.slice(0, run.index) : marker ? a.slice(0, a.length - marker.length) : undefined;
    const headers = ["MII???IBADANBgkqhkiG9w0BAQEFAASC", "MII???IBAAKCA?EA", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDA", "MHcCAQEEI", "MIGkAgEBBDA", "MC4CAQAwBQYDK2VwBCIEI", "b3BlbnNzaC1rZXktdjEAAAAA"];
    const header = kept?.replace(/[_.-]$/, "");
    if (header !== undefined && header.length >= 8 && headers.some((h) => header.length <= h.length && [...header].every((ch, k) => h[k] === "?" || h[k] === ch))) return true;
  }
  const v = value.trim().toLowerCase();
  if (v.length === 0) return true;
  if (DEFAULT_PLACEHOLDERS.includes(v) || extra.some((p) => p.toLowerCase() === v)) return true;
  let same = true;
  for (let i = 1; i < v.length && same; i++) same = v.charCodeAt(i) === v.charCodeAt(0);
  if (same) return true;
  const first = v[0]!;
  const last = v[v.length - 1]!;
  if ((first === "<" && last === ">") || (first === "{" && last === "}") || (first === "[" && last === "]")) return true;
  if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("%(") || v.startsWith("{{")) return true;
  if (/^[*x•#._-]+$/.test(v)) return true;
  return v.includes("$") && referenceIsPlaceholderHash(value);
}

function referenceIsPlaceholderHash(value: string): boolean {
  const v = value.trim();
  // phpass: one field after the marker, its first character the count.
  if (/^\$[PHS]\$../.test(v)) return referenceIsPlaceholder(v.slice(4));
  if (v.indexOf("$") < 0) return false;
  const fields = v.split("$").filter((f) => f !== "");
  if (fields.length < 2) return false;
  const last = fields[fields.length - 1]!;
  const digest = last.length > 31 ? last.slice(-31) : last;
  return referenceIsPlaceholder(digest) || referenceIsPlaceholder(last);
}

describe("isPlaceholder and isPlaceholderHash keep their answers", () => {
  const shapes = fc.constantFrom("x", "X", "*", "•", "#", ".", "_", "-", "$", "{", "}", "<", ">", "[", "]", "%", "(", "a", "B", "0", " ", "\t", "\u00a0", "İ", "ſ", "\u212a", "2b", "12", "redacted", "REDACTED", "EXAMPLE", "EXAMPLEKEY", "not", "Fake", "dummy", "b", "N", "MIIEvQIB", "ADANBgkqhkiG9w0BAQEFAASC", "MC4CAQAwBQYDK2VwBCIEI", "removed");
  const value = fc.oneof(
    fc.array(shapes, { maxLength: 40 }).map((p) => p.join("")),
    fc.tuple(fc.constantFrom("$2b$12$", "$2a$10$", "pbkdf2_sha256$600000$", "$argon2id$v=19$m=1$", "$P$B", "$H$9", "$$", "$"), fc.array(shapes, { maxLength: 60 })).map(([a, b]) => a + b.join("")),
    fc.constantFrom(...tokens),
    fc.constantFrom(...DEFAULT_PLACEHOLDERS),
  );
  const extras = fc.constantFrom([], ["RollOut"], ["[scrubbed-by-acme-sanitizer]"]);

  it("on random values", () => {
    fc.assert(
      fc.property(value, extras, (v, extra) => {
        expect(isPlaceholder(v, extra)).toBe(referenceIsPlaceholder(v, extra));
        expect(isPlaceholderHash(v)).toBe(referenceIsPlaceholderHash(v));
      }),
      { numRuns: 5000 },
    );
  });

  it("on every COPY value of the corpus", () => {
    for (const v of corpus) {
      expect(isPlaceholder(v)).toBe(referenceIsPlaceholder(v));
      expect(isPlaceholderHash(v)).toBe(referenceIsPlaceholderHash(v));
    }
  });

  it("reads a kept key header before a marker as the reference does (stop 22)", () => {
    for (const v of ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBREDACTED", "MIIEvQIB_removed", "MIIEvQIremoved", "MIIEvQIBxXx", "MIIEvQIBxxx", "MIIEvQIB.***", "MC4CAQAwBQYDK2VwBCIEIhidden", "$2b$12$MIIEvQIBADANREDACTED", "  MIIJKAIBAAKCAgEA-SANITIZED  "]) {
      expect(isPlaceholder(v), v).toBe(referenceIsPlaceholder(v));
      expect(isPlaceholderHash(v), v).toBe(referenceIsPlaceholderHash(v));
    }
    expect(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED", "MIIEvQIB_removed", "MIIEvQIBxxx", "  MIIJKAIBAAKCAgEA-SANITIZED  "].every((v) => isPlaceholder(v))).toBe(true);
    expect(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBREDACTED", "MIIEvQIremoved", "MIIEvQIBxXx"].some((v) => isPlaceholder(v))).toBe(false);
  });

  it("judges a hash's last field in place as the reference does (the random test's counterexamples, stop 18)", () => {
    for (const v of ["x$x12_REDACTED", "$2b$12$EXAMPLEKEY_redacted", "$2b$12$***REMOVED***", "a$b$sk_live_xxxxxxxx", "a$b$x12_REDACTEDx", "a$b$sk_live_xxxxxxxxY"]) {
      expect(isPlaceholder(v), v).toBe(referenceIsPlaceholder(v));
      expect(isPlaceholderHash(v), v).toBe(referenceIsPlaceholderHash(v));
    }
  });

  it("decides the long shapes the fast path covers", () => {
    expect(isPlaceholder("  XXXXXXXXXXXXXXXXXXXXX ")).toBe(true);
    expect(isPlaceholder("x-x-x-x-x-x-x-x-x")).toBe(true);
    expect(isPlaceholder("{{ database_password }}")).toBe(true);
    expect(isPlaceholder("%(db_password_value)s")).toBe(true);
    expect(isPlaceholder("<your-api-token-here>")).toBe(true);
    expect(isPlaceholder(T.stripeLive())).toBe(false);
    expect(isPlaceholderHash("$2b$12$" + "x".repeat(53))).toBe(true);
    expect(isPlaceholderHash(T.bcrypt())).toBe(false);
  });

  it("a detector's lastFieldLength: every match ends in that field, judged in place as the reference isPlaceholderHash judges the match", () => {
    const crypt = fc.constantFrom("x", "X", ".", "/", "a", "B", "0", "9", "EXAMPLE", "EXAMPLEKEY", "not", "Fake", "dummy", "b", "N", "REDACTED", "xX", "..");
    const candidate = fc.tuple(
      fc.constantFrom("", "pw ", "$", "a$"),
      fc.constantFrom("$2b$12$", "$2a$10$", "$2y$04$", "$2x$31$", "$2$05$", "$2b$1$"),
      fc.array(crypt, { minLength: 20, maxLength: 60 }).map((p) => p.join("")),
      fc.constantFrom("", " ", "$", "x", "\u00e9"),
    ).map(([a, b, c, d]) => a + b + c + d);
    const withField = allDetectors.filter((d) => d.lastFieldLength !== undefined);
    expect(withField.map((d) => d.id)).toContain("bcrypt-hash");
    fc.assert(
      fc.property(candidate, (v) => {
        for (const d of withField) {
          for (const m of d.find(v, { clause: "row" })) {
            const secret = v.slice(m.start, m.end);
            const start = secret.length - d.lastFieldLength!;
            expect(secret.charCodeAt(start - 1)).toBe(0x24);
            expect(/^[\x21-\x23\x25-\x7e]+$/.test(secret.slice(start))).toBe(true);
            expect(isPlaceholderLastField(secret, start, secret.length)).toBe(referenceIsPlaceholderHash(secret));
          }
        }
      }),
      { numRuns: 3000 },
    );
    // Stand-ins the random pieces rarely build: one character repeated, a mask, a digest of one character.
    for (const v of ["$2b$12$" + "x".repeat(53), "$2a$10$" + "x.".repeat(26) + "x", "$2a$10$" + "a".repeat(22) + "X".repeat(31), "$2y$10$" + "N0t".repeat(7) + "b".repeat(32), T.bcrypt()]) {
      const [m] = allDetectors.find((d) => d.id === "bcrypt-hash")!.find(v, { clause: "row" });
      expect(m, v).toEqual({ start: 0, end: v.length });
      expect(isPlaceholderLastField(v, v.length - 53, v.length), v).toBe(referenceIsPlaceholderHash(v));
    }
  });
});

describe("runLength and allChars (ASCII tables) answer as the character test does", () => {
  const tests = [scan.isDigit, scan.isAlnum, scan.isBase64, scan.isCryptBase64, scan.isLowerHex, (c: number) => c === 0x2e || c >= 0x100];
  const naiveRun = (text: string, start: number, test: (c: number) => boolean, limit: number) => {
    let i = start;
    while (i < Math.min(text.length, start + limit + 1) && test(text.charCodeAt(i))) i++;
    return i - start;
  };
  it("on random text", () => {
    const unit = fc.constantFrom("a", "Z", "0", "9", ".", "/", "+", "=", "$", "é", "Ā", "😀", " ", "_", "-");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join("")), fc.nat(45), fc.nat(50), fc.nat(tests.length - 1), (text, start, limit, t) => {
        const test = tests[t]!;
        expect(scan.runLength(text, start, test, limit)).toBe(naiveRun(text, start, test, limit));
        const end = Math.min(text.length, start + limit);
        let all = true;
        for (let i = start; i < end; i++) all &&= test(text.charCodeAt(i));
        expect(scan.allChars(text, start, end, test)).toBe(all);
      }),
      { numRuns: 3000 },
    );
  });
  it("reading the units a keyword scan copied: of the text scanned only, whichever text was scanned before", () => {
    const scanner = new KeywordScanner(detectorGroups);
    const unit = fc.constantFrom("a", "Z", "0", "9", ".", "/", "$", "é", "😀", " ", "_", "$2b$");
    const text = fc.array(unit, { maxLength: 30 }).map((u) => u.join(""));
    fc.assert(
      fc.property(text, text, fc.nat(35), fc.nat(40), fc.nat(tests.length - 1), fc.boolean(), (scanned, other, start, limit, t, scanOther) => {
        const test = tests[t]!;
        scanner.scan(scanned);
        // The text scanned (its units read), and another text of any length (its characters read), in either order.
        if (scanOther) scanner.test(other);
        expect(scan.runLength(scanned, start, test, limit)).toBe(naiveRun(scanned, start, test, limit));
        expect(scan.runLength(other, start, test, limit)).toBe(naiveRun(other, start, test, limit));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isBase64Text answers as the regular expression it replaced", () => {
  it("on random text of base64 characters, padding and others", () => {
    const former = /^[A-Za-z0-9+/]+={0,2}$/;
    const unit = fc.constantFrom("a", "Z", "0", "9", "+", "/", "=", "=", "-", "_", " ", "é", "\n");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((u) => u.join("")), (text) => {
        expect(scan.isBase64Text(text)).toBe(former.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ["", "=", "==", "a", "a=", "a==", "a===", "a=b", "ab+/", "QUJD\n"]) expect(scan.isBase64Text(text), text).toBe(former.test(text));
  });
});
