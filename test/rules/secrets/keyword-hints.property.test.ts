/**
 * Issue 12: forbidden-secrets' keyword scan of a cell without hints (a secret-named column's) also gives the cell's
 * hints and distinct-count fold as it reads (`KeywordScanner.scanHinted`), and publishes them for the other rules
 * (`publishCellHints`). They must be exactly what the hint pass gives (`textHints`, `hashWords`), the groups found
 * exactly `scan`'s, and a published cell must give no units (`knownCellUnits`): the scan keeps none for it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellHints, HINT_CLASSES, hintKeywords, knownCellHash, knownCellHints, knownCellUnits, publishCellHints, textHints } from "../../../src/rules/judgement/cell-hints.js";
import { KeywordScanner } from "../../../src/rules/secrets/keyword-scan.js";
import { findSecrets } from "../../../src/rules/secrets/find-secrets.js";
import { allDetectors } from "../../../src/rules/secrets/detectors/index.js";
import { SECRET_NAME_HINTS } from "../../../src/rules/secrets/secret-name.js";
import { HOST_NAME_HINTS } from "../../../src/rules/hosts/host-words.js";
import { hashScratch } from "../../../src/core/unit-hash.js";
import { hashWords } from "../../../src/rules/pii/hyperloglog.js";
import type { RowEvent } from "../../../src/rules/rule.js";
import { valueContext } from "../../../src/rules/secrets/detector.js";
import { corpusCopyValues } from "../../corpus/copy-values.js";

const KNOWN = 1 << 30;
const keywords = [...new Set([...allDetectors.flatMap((d) => d.keywords), ...SECRET_NAME_HINTS, ...HOST_NAME_HINTS, "://", "host"])];
const awkward = ["İ", "ı", "ſ", "\u212a", "\ud800", "\udfff", "\u2100", "\u0184", "K", "k", "Å", "é", "\u00a0", "😀", "\t", "\n", "\r", " ", "\\", "@", ".", ":", "/", "$", "_", "-", "=", ";", "[", "]", '"', "{", "}", "0", "7", "x", "X"];
const keywordPiece = fc.tuple(fc.constantFrom(...keywords), fc.nat(), fc.nat(3)).map(([k, bits, how]) => {
  let out = "";
  for (let i = 0; i < k.length; i++) out += (bits >> i) & 1 ? k[i]!.toUpperCase() : k[i]!.toLowerCase();
  if (how === 1 && out.length > 2) return out.slice(0, -1);
  if (how === 2) return out.replace(/k/i, "\u212a").replace(/s/i, "ſ").replace(/i/i, "İ");
  return out;
});
const text = fc.array(fc.oneof(keywordPiece, fc.constantFrom(...awkward)), { maxLength: 12 }).map((parts) => parts.join(""));

/** The groups forbidden-secrets' gate scans for: each detector's keywords, then the words of secret-ish names. */
const groups = [...allDetectors.map((d) => ({ keywords: d.keywords, caseInsensitive: d.caseInsensitiveKeywords === true })), { keywords: SECRET_NAME_HINTS, caseInsensitive: true }];
const plain = new KeywordScanner(groups);
const hinted = new KeywordScanner(groups, { keywords: hintKeywords(), classes: HINT_CLASSES as Uint16Array });

const foundOf = (s: KeywordScanner) => Array.from(s.foundList.subarray(0, s.foundCount));

const row = (values: (string | null)[]): RowEvent =>
  ({ schema: "s", table: "t", columns: values.map((_, i) => `c${i}`), types: values.map(() => "text"), values, rowIndex: 0, source: "copy", range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } } }) as RowEvent;

function check(t: string): void {
  const count = hinted.scanHinted(t);
  expect(hinted.hints, JSON.stringify(t)).toBe(textHints(t));
  const fold = Array.from(hinted.fold);
  const found = foundOf(hinted);
  expect(count).toBe(found.length);
  plain.scan(t);
  expect(found, JSON.stringify(t)).toEqual(foundOf(plain));
  // Published: read back as the hint pass's own, but without units.
  const r = row(["before", t, "after"]);
  cellHints(r, 0, "before");
  publishCellHints(r, 1, t, hinted.hints, Int32Array.from(fold));
  expect(knownCellHints(r, 1, t) & ~(1 << 29)).toBe(textHints(t) | KNOWN);
  // The scan keeps no units for the cell: none are given, or the value's own (copied when asked).
  const units = knownCellUnits(r, 1, t);
  if (units !== undefined) expect(Array.from(units.units.subarray(0, t.length + 1))).toEqual([...Array.from({ length: t.length }, (_, i) => t.charCodeAt(i)), 0]);
  expect(knownCellHash(r, 1, t) && Array.from(hashScratch), JSON.stringify(t)).toEqual(Array.from(hashWords(t)));
  // Another value at that index is not answered by it; the row's other cells keep theirs.
  expect(knownCellHints(r, 1, `${t}x`)).toBe(0);
  expect(knownCellUnits(r, 0, "before")?.length).toBe(6);
  // A rule that asks for the hints afterwards gets the same bits.
  expect(cellHints(r, 1, t) & ~(1 << 29)).toBe(textHints(t) | KNOWN);
}

describe("the keyword scan's hints are the hint pass's", () => {
  it("on random text of keyword pieces and awkward characters", () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 5000 });
  });

  const corpus = corpusCopyValues();
  it(`on every COPY value of the corpus (${corpus.length} values)`, () => {
    for (const value of corpus) check(value);
  });

  it("at the edges: empty, one or two characters, long texts, a keyword at the very end", () => {
    for (const t of ["", "x", "7", "\u212a", "ho", "://", "sk_live_", "x".repeat(70_000) + "host", "é".repeat(1500) + "ghp_"]) check(t);
  });

  it("findSecrets publishing a cell's hints finds what it finds without", () => {
    const context = valueContext("row", { schema: "public", table: "customers", column: "api_token", columnType: "text" });
    fc.assert(
      fc.property(text, (t) => {
        const r = row([t]);
        const published = findSecrets(t, context, allDetectors, undefined, undefined, r, 0).map((h) => [h.detector.id, h.start, h.end]);
        expect(published).toEqual(findSecrets(t, context, allDetectors).map((h) => [h.detector.id, h.start, h.end]));
        expect(knownCellHints(r, 0, t) & ~(1 << 29)).toBe(textHints(t) | KNOWN);
      }),
      { numRuns: 2000 },
    );
  });
});
