/**
 * Issue 12: the shared per-cell pass (`textHints`, `cellHints`) sets each bit exactly when its
 * definition holds: `indexOf` for a case-sensitive keyword, a `/…|…/i` alternation for
 * case-insensitive ones (what forbidden-secrets and live-host-pointers tested before), a character
 * test for the classes. `cellHints` gives `textHints` of the cell whatever the order rows and cells
 * are asked in, and the hosts rule's pre-checks from hints answer as the string ones did.
 * Random text is built from every keyword (case-varied, cut short) and awkward characters (the
 * Kelvin sign, `İ`, `ſ`, white space, backslashes); plus every COPY value of the corpus dumps.
 */
import { corpusCopyValues } from "../../corpus/copy-values.js";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  cellHints,
  HINT_AT,
  HINT_BACKSLASH,
  HINT_DIGIT,
  HINT_DOT,
  HINT_HOST_LITERAL,
  HINT_HOST_WORD,
  HINT_COLON,
  HINT_KELVIN,
  HINT_SEMICOLON,
  HINT_NON_ASCII,
  HINT_SECRET_FORMAT,
  HINT_SECRET_FORMAT_BESIDES_URI,
  HINT_SECRET_NAME,
  HINT_SPACE,
  HINT_URI,
  knownCellHash,
  knownCellHints,
  knownCellUnits,
  textHints,
} from "../../../src/rules/judgement/cell-hints.js";
import { allDetectors } from "../../../src/rules/secrets/detectors/index.js";
import { SECRET_NAME_HINTS } from "../../../src/rules/secrets/secret-name.js";
import { HOST_NAME_HINTS } from "../../../src/rules/hosts/host-words.js";
import { jsonMayNameHost, jsonMayNameHostFromHints, scalarMayNameHost, scalarMayNameHostFromHints } from "../../../src/rules/hosts/cell-precheck.js";
import type { RowEvent } from "../../../src/rules/rule.js";
import { hashScratch } from "../../../src/core/unit-hash.js";
import { hashWords } from "../../../src/rules/pii/hyperloglog.js";
import { decodeCopyLine, lastCopyLine } from "../../../src/data/copy.js";
import { TextUnits } from "../../../src/rules/judgement/text-units.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (words: readonly string[]) => new RegExp(words.map(escape).join("|"), "i");

const sensitiveFormats = allDetectors.filter((d) => !d.caseInsensitiveKeywords).flatMap((d) => d.keywords);
const insensitiveFormats = anyOf(allDetectors.filter((d) => d.caseInsensitiveKeywords).flatMap((d) => d.keywords));
const secretNames = anyOf(SECRET_NAME_HINTS);
const hostWords = anyOf(HOST_NAME_HINTS);

/** Each bit by its definition. */
const REFERENCE: [string, number, (t: string) => boolean][] = [
  ["secret format", HINT_SECRET_FORMAT, (t) => sensitiveFormats.some((k) => t.indexOf(k) !== -1) || insensitiveFormats.test(t)],
  ["secret format besides ://", HINT_SECRET_FORMAT_BESIDES_URI, (t) => sensitiveFormats.some((k) => k !== "://" && t.indexOf(k) !== -1) || insensitiveFormats.test(t)],
  ["secret name", HINT_SECRET_NAME, (t) => secretNames.test(t)],
  ["host word", HINT_HOST_WORD, (t) => hostWords.test(t)],
  ["uri", HINT_URI, (t) => t.includes("://")],
  ["host literal", HINT_HOST_LITERAL, (t) => t.includes("host")],
  ["backslash", HINT_BACKSLASH, (t) => t.includes("\\")],
  ["space", HINT_SPACE, (t) => /[ \n\t]/.test(t)],
  ["dot", HINT_DOT, (t) => t.includes(".")],
  ["at", HINT_AT, (t) => t.includes("@")],
  ["digit", HINT_DIGIT, (t) => /[0-9]/.test(t)],
  ["non-ascii", HINT_NON_ASCII, (t) => /[^\x00-\x7f]/.test(t)],
  ["kelvin", HINT_KELVIN, (t) => t.includes("\u212a")],
  ["colon", HINT_COLON, (t) => t.includes(":")],
  ["semicolon", HINT_SEMICOLON, (t) => t.includes(";")],
];

function wrongBits(text: string, hints: number): string[] {
  return REFERENCE.flatMap(([name, bit, holds]) => (((hints & bit) !== 0) !== holds(text) ? [name] : []));
}

const keywords = [...new Set([...allDetectors.flatMap((d) => d.keywords), ...SECRET_NAME_HINTS, ...HOST_NAME_HINTS, "://", "host"])];
const awkward = ["İ", "ı", "ſ", "\u212a", "\ud800", "\udfff", "\u2100", "\u0184", "K", "k", "Å", "é", "\u00a0", "😀", "\t", "\n", "\r", " ", "\\", "@", ".", ":", "/", "$", "_", "-", "=", ";", "[", "]", '"', "{", "}", "0", "7", "x", "X"];
/** A keyword with some letters upper-cased (or a letter swapped for a look-alike), or cut short by one character. */
const keywordPiece = fc.tuple(fc.constantFrom(...keywords), fc.nat(), fc.nat(3)).map(([k, bits, how]) => {
  let out = "";
  for (let i = 0; i < k.length; i++) out += (bits >> i) & 1 ? k[i]!.toUpperCase() : k[i]!.toLowerCase();
  if (how === 1 && out.length > 2) return out.slice(0, -1);
  if (how === 2) return out.replace(/k/i, "\u212a").replace(/s/i, "ſ").replace(/i/i, "İ");
  return out;
});
const text = fc.array(fc.oneof(keywordPiece, fc.constantFrom(...awkward)), { maxLength: 12 }).map((parts) => parts.join(""));

const corpus = corpusCopyValues();

describe("textHints sets each bit exactly when its definition holds", () => {
  it("on random text of keyword pieces and awkward characters", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wrongBits(t, textHints(t)), JSON.stringify(t)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it(`on every COPY value of the corpus (${corpus.length} values)`, () => {
    expect(corpus.length).toBeGreaterThan(1000);
    for (const value of corpus) expect(wrongBits(value, textHints(value)), JSON.stringify(value)).toEqual([]);
  });

  it("at the edges: empty, one character, a keyword at the very end, case folding only in ASCII", () => {
    expect(textHints("")).toBe(0);
    expect(textHints("7")).toBe(HINT_DIGIT);
    expect(textHints("\u212a")).toBe(HINT_NON_ASCII | HINT_KELVIN);
    expect(textHints("x:// ") & HINT_URI).toBe(HINT_URI);
    expect(textHints("see HoSt") & (HINT_HOST_WORD | HINT_HOST_LITERAL)).toBe(HINT_HOST_WORD);
    expect(textHints("ghp_") & HINT_SECRET_FORMAT).toBe(HINT_SECRET_FORMAT);
    expect(textHints("GHP_") & HINT_SECRET_FORMAT).toBe(0);
    expect(textHints("PaSsWoRd") & (HINT_SECRET_FORMAT | HINT_SECRET_NAME)).toBe(HINT_SECRET_FORMAT | HINT_SECRET_NAME);
    // A non-ASCII letter never stands for an ASCII one (what a non-unicode /i does): ſ is not s, K (Kelvin) is not k.
    expect(textHints("paſſword \u212aey") & (HINT_SECRET_FORMAT | HINT_SECRET_NAME)).toBe(0);
  });

  it("a character beyond ASCII is never read as the ASCII character of its low bits (the pair tables' index)", () => {
    // Each keyword with its first or second character swapped for one beyond ASCII that shares
    // its low seven bits (`é` is 0xe9, `i` 0x69), and the same keyword behind it as a control.
    for (const keyword of keywords) {
      for (const at of [0, 1]) {
        for (const high of [0x80, 0x100, 0x2000]) {
          const swapped = keyword.slice(0, at) + String.fromCharCode(high | keyword.charCodeAt(at)) + keyword.slice(at + 1);
          for (const value of [swapped, `${swapped} ${keyword}`]) expect(wrongBits(value, textHints(value)), JSON.stringify(value)).toEqual([]);
        }
      }
    }
  });

  // The pass reads the text's code units from a typed array (text-units.ts): copied by a loop under
  // 16 characters, by one Buffer call from 16 on, into an array of its own past 64 Ki. Each way, and
  // the units a longer text left behind, must give the same bits.
  it("on both sides of each way of reading the text (short, written, past the kept array)", () => {
    const lengths = [15, 16, 17, 65_535, 65_536, 65_537, 200_000];
    const ends = ["ghp_", "host", "\u212a", "x\ud800", "é://", "pwd", "hooks.slack.co", "\u2100"];
    for (const n of lengths) {
      for (const end of ends) {
        for (const t of ["x".repeat(n - end.length) + end, end + " ".repeat(n - end.length), "é".repeat(n - end.length) + end, "\u2100".repeat(n - end.length) + end]) {
          expect(wrongBits(t, textHints(t)), `${t.length} characters ending ${JSON.stringify(t.slice(-20))}`).toEqual([]);
        }
      }
    }
    // Units left behind by a longer text are never read as part of a shorter one.
    fc.assert(
      fc.property(text, text, (long, short) => {
        textHints(long + long + long);
        expect(wrongBits(short, textHints(short)), JSON.stringify(short)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cellHints gives textHints of the cell, however rows and cells are asked for", () => {
  const row = (values: (string | null)[]): RowEvent =>
    ({ schema: "s", table: "t", columns: values.map((_, i) => `c${i}`), types: values.map(() => "text"), values, rowIndex: 0, source: "copy", range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } } }) as RowEvent;
  const KNOWN = 1 << 30;

  it("on random sequences of rows and questions, rows changed in place included", () => {
    const step = fc.record({
      values: fc.array(fc.option(text, { nil: null }), { minLength: 1, maxLength: 40 }),
      asks: fc.array(fc.nat(60), { maxLength: 30 }),
      changeInPlace: fc.option(fc.tuple(fc.nat(39), text), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        for (const s of steps) {
          const r = row(s.values);
          const ask = (c: number) => {
            const v = r.values[c];
            if (typeof v !== "string") return;
            // Before: nothing, or the answer for this very string; after: always the answer.
            expect([0, textHints(v) | KNOWN]).toContain(knownCellHints(r, c, v));
            expect(cellHints(r, c, v)).toBe(textHints(v) | KNOWN);
            expect(knownCellHints(r, c, v)).toBe(textHints(v) | KNOWN);
            // The cell's units, shared with the rules that read it after the hints (issue 12): exactly its code units, then a 0.
            const units = knownCellUnits(r, c, v)!;
            expect(units.length).toBe(v.length);
            expect(Array.from(units.units.subarray(0, v.length + 1))).toEqual([...Array.from({ length: v.length }, (_, i) => v.charCodeAt(i)), 0]);
            // Its distinct-count hash, folded as the pass read it (issue 12): the words pii's counter hashes the value to.
            expect(knownCellHash(r, c, v)).toBe(true);
            expect(Array.from(hashScratch)).toEqual(Array.from(hashWords(v)));
          };
          for (const c of s.asks) ask(c % r.values.length);
          if (s.changeInPlace) {
            const [c, v] = s.changeInPlace;
            const at = c % r.values.length;
            if (typeof r.values[at] === "string") ask(at);
            (r.values as (string | null)[])[at] = v;
            ask(at);
          }
          for (const c of s.asks) ask(c % r.values.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives a cell's units only for the row and the very value its hints were asked for", () => {
    const r = row(["alpha", "x".repeat(70_000), "gamma"]);
    expect(knownCellUnits(r, 0, "alpha")).toBeUndefined();
    cellHints(r, 0, "alpha");
    cellHints(r, 1, r.values[1]!);
    expect(knownCellUnits(r, 0, "alpha")?.length).toBe(5);
    expect(knownCellUnits(r, 0, "alphb")).toBeUndefined();
    expect(knownCellHash(r, 0, "alphb")).toBe(false);
    expect(knownCellHash(r, 2, "gamma")).toBe(false);
    expect(knownCellHash(r, 1, r.values[1]!) && Array.from(hashScratch)).toEqual(Array.from(hashWords(r.values[1]!)));
    expect(knownCellUnits(r, 2, "gamma")).toBeUndefined();
    expect(knownCellUnits(r, 1, r.values[1]!)?.length).toBe(70_000);
    // The next row: nothing is known until asked again (a long cell's array is dropped then).
    const next = row(["alpha", "short", "gamma"]);
    cellHints(next, 2, "gamma");
    expect(knownCellUnits(next, 0, "alpha")).toBeUndefined();
    expect(knownCellUnits(r, 0, "alpha")).toBeUndefined();
    cellHints(next, 1, "short");
    expect(Array.from(knownCellUnits(next, 1, "short")!.units.subarray(0, 6))).toEqual([...Array.from("short", (ch) => ch.charCodeAt(0)), 0]);
  });

  it("keeps units of their own for the first 64 columns only: a wide row's later cells get their hints, not a holder each", () => {
    const values = Array.from({ length: 4000 }, (_, i) => `v${i}@example.com`);
    const r = row(values);
    for (const c of [10, 63, 64, 80, 3999]) expect(cellHints(r, c, values[c]!)).toBe(textHints(values[c]!) | KNOWN);
    expect(knownCellUnits(r, 10, values[10]!)?.length).toBe(values[10]!.length);
    expect(knownCellUnits(r, 63, values[63]!)?.length).toBe(values[63]!.length);
    for (const c of [64, 80, 3999]) {
      expect(knownCellUnits(r, c, values[c]!)).toBeUndefined();
      expect(knownCellHints(r, c, values[c]!)).toBe(textHints(values[c]!) | KNOWN);
      // Their distinct-count hash is kept all the same (two words a cell).
      expect(knownCellHash(r, c, values[c]!) && Array.from(hashScratch)).toEqual(Array.from(hashWords(values[c]!)));
    }
  });

  it("folds the distinct-count hash pii counts, for every COPY value of the corpus and at every length and keyword position", () => {
    // Lengths 0-40 take every way out of the four-units-a-turn loop; a keyword at each position sends the pass one unit at a time there.
    const texts = [...corpus, ...Array.from({ length: 41 }, (_, n) => Array.from({ length: n + 1 }, (_, at) => ("x".repeat(at) + "ghp_" + "y".repeat(n)).slice(0, n))).flat()];
    const r = row(texts);
    texts.forEach((v, c) => {
      cellHints(r, c, v);
      expect(knownCellHash(r, c, v) && Array.from(hashScratch), JSON.stringify(v)).toEqual(Array.from(hashWords(v)));
    });
  });

  it("never answers 0, so a kept answer is told from none", () => {
    const r = row(["", "x"]);
    expect(cellHints(r, 0, "")).not.toBe(0);
    expect(cellHints(r, 1, "x")).toBe(KNOWN);
  });
});

describe("cellHints of a row decoded from a COPY line read each plain cell in the line's units (one copy a line)", () => {
  const KNOWN = 1 << 30;
  const target = { delimiter: "\t", nullString: "\\N" };
  const rowOf = (line: string): RowEvent => {
    const values = decodeCopyLine(line, target);
    return { schema: "s", table: "t", columns: values.map((_, i) => `c${i}`), types: values.map(() => "text"), values, rowIndex: 0, source: "copy", range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } } } as RowEvent;
  };
  /** Every answer about cell c: as textHints, hashWords and the value's own units give it. */
  const ask = (r: RowEvent, c: number, withUnits = true) => {
    const v = r.values[c];
    if (typeof v !== "string") return;
    const hints = textHints(v) | KNOWN;
    expect(cellHints(r, c, v), JSON.stringify(v)).toBe(hints);
    expect(knownCellHints(r, c, v)).toBe(hints);
    expect(knownCellHash(r, c, v) && Array.from(hashScratch), JSON.stringify(v)).toEqual(Array.from(hashWords(v)));
    if (!withUnits) return;
    // Its units (in its line's, or its own below 64 columns): exactly its code units, then a 0.
    const units = knownCellUnits(r, c, v);
    if (c < 64) expect(units).toBeDefined();
    if (units !== undefined) {
      expect(units.length).toBe(v.length);
      expect(Array.from(units.units.subarray(units.start, units.start + v.length + 1))).toEqual([...Array.from({ length: v.length }, (_, i) => v.charCodeAt(i)), 0]);
    }
  };
  // Raw fields: the random text's tabs split it further, its backslashes escape (`\N` is null), a `\r` may end the line.
  const rawLine = fc.tuple(fc.array(text, { minLength: 1, maxLength: 12 }), fc.boolean()).map(([fields, cr]) => fields.join("\t") + (cr ? "\r" : ""));

  it("on random lines (escapes, nulls, odd offsets, a carriage return), another line decoded between the questions included", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rawLine, fc.array(fc.nat(40), { maxLength: 20 }), fc.option(rawLine, { nil: undefined })), { minLength: 1, maxLength: 6 }), (steps) => {
        for (const [line, asks, between] of steps) {
          const r = rowOf(line);
          asks.forEach((c, k) => {
            ask(r, c % r.values.length);
            // A line decoded while this row is judged: its cells are read from their own units from then on.
            if (between !== undefined && k === 1) rowOf(between);
          });
          for (let c = 0; c < r.values.length; c++) ask(r, c);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("hashes a cell no rule hinted where its row's copied line holds it, as hashWords does; not before the line is copied, nor a de-escaped cell", () => {
    fc.assert(
      fc.property(rawLine, fc.array(fc.nat(40), { maxLength: 6 }), fc.nat(40), (line, hinted, probe) => {
        const r = rowOf(line);
        const c = probe % r.values.length;
        const v = r.values[c];
        if (typeof v !== "string") return;
        const plain = lastCopyLine.values === r.values && lastCopyLine.starts[c]! >= 0;
        // No cell of this row hinted yet: its line is not copied.
        expect(knownCellHash(r, c, v)).toBe(false);
        const others = hinted.map((k) => k % r.values.length).filter((k) => k !== c && typeof r.values[k] === "string");
        for (const k of others) cellHints(r, k, r.values[k]!);
        const read = knownCellHash(r, c, v);
        expect(read).toBe(others.length > 0 && plain);
        if (read) expect(Array.from(hashScratch)).toEqual(Array.from(hashWords(v)));
        // Its hints asked after it was hashed from the line: the same as ever (the line's units are unchanged).
        ask(r, c);
        for (const k of others) ask(r, k);
      }),
      { numRuns: 1000 },
    );
    // A line over 64 Ki units is not copied: its cells are hashed by the counter itself.
    const long = rowOf(["a@b.fr", "y".repeat(70_000), "z"].join("\t"));
    cellHints(long, 0, long.values[0]!);
    expect(knownCellHash(long, 2, "z")).toBe(false);
    expect(knownCellHash(long, 0, "a@b.fr")).toBe(true);
  });

  it("on every COPY value of the corpus at every offset parity, and at every length and keyword position", () => {
    const texts = [...corpus, ...Array.from({ length: 41 }, (_, n) => Array.from({ length: n + 1 }, (_, at) => ("x".repeat(at) + "ghp_" + "y".repeat(n)).slice(0, n))).flat()];
    // COPY text escapes of the values (so each decodes to itself), behind a first field of 0 or 1 character (each cell at both parities).
    const escaped = texts.map((v) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));
    for (const lead of ["", "a"]) {
      for (let at = 0; at < texts.length; at += 50) {
        const r = rowOf([lead, ...escaped.slice(at, at + 50)].join("\t"));
        expect(r.values.slice(1)).toEqual(texts.slice(at, at + 50));
        for (let c = 0; c < r.values.length; c++) ask(r, c, false);
      }
    }
  });

  it("copies a line once, not each cell; a wide line's cells past the recorded offsets and a long line too", () => {
    const read = vi.spyOn(TextUnits.prototype, "read");
    try {
      const r = rowOf(Array.from({ length: 10 }, (_, i) => `cell ${i} of https://example.com/${"x".repeat(i)}`).join("\t"));
      const expected = r.values.map((v) => textHints(v!) | KNOWN);
      read.mockClear();
      for (let c = 0; c < 10; c++) expect(cellHints(r, c, r.values[c]!)).toBe(expected[c]);
      // The line's copy; none for the cells' hints, nor for their units asked after.
      expect(read).toHaveBeenCalledTimes(1);
      const third = knownCellUnits(r, 3, r.values[3]!)!;
      expect(third.start).toBe(r.values.slice(0, 3).reduce((n, v) => n + v!.length + 1, 0));
      expect(read).toHaveBeenCalledTimes(1);
      for (let c = 0; c < 10; c++) ask(r, c);
      // 5,000 fields, under the 64 Ki units of a line copied whole.
      const w = rowOf(Array.from({ length: 5000 }, (_, i) => `v${i}@a.fr`).join("\t"));
      expect(w.values.join("\t").length).toBeLessThanOrEqual(64 * 1024);
      const wide = [0, 63, 64, 4095, 4096, 4999];
      const wideExpected = wide.map((c) => textHints(w.values[c]!) | KNOWN);
      read.mockClear();
      wide.forEach((c, k) => expect(cellHints(w, c, w.values[c]!)).toBe(wideExpected[k]));
      // The line, then the two cells past the offsets kept (4,096 fields), each in the shared units.
      expect(read).toHaveBeenCalledTimes(3);
      // Units for a cell past 64 columns too when it was read in its line; none past the offsets kept.
      for (const c of [64, 4095]) expect(knownCellUnits(w, c, w.values[c]!)?.length).toBe(w.values[c]!.length);
      for (const c of [4096, 4999]) expect(knownCellUnits(w, c, w.values[c]!)).toBeUndefined();
      for (const c of wide) ask(w, c);
    } finally {
      read.mockRestore();
    }
    const long = rowOf(["short", "y".repeat(200_000) + " host", "z".repeat(70_001)].join("\t"));
    for (let c = 0; c < 3; c++) ask(long, c);
  });

  it("does not copy a line over 64 Ki units: its hinted cells are read one by one, a huge cell no rule asks about never", () => {
    const read = vi.spyOn(TextUnits.prototype, "read");
    try {
      // A wide row with a huge bytea no rule hints, between and after hinted cells.
      const huge = "0f".repeat(300_000);
      const r = rowOf(["a@b.fr", huge, "https://h.example/x", huge, "x".repeat(70_000), "last"].join("\t"));
      expect(r.values[1]).toBe(huge);
      const asked = [0, 2, 4, 5];
      const expected = asked.map((c) => textHints(r.values[c]!) | KNOWN);
      read.mockClear();
      asked.forEach((c, k) => expect(cellHints(r, c, r.values[c]!)).toBe(expected[k]));
      // One read per hinted cell, each of that cell alone: never the line, never the huge cells.
      expect(read.mock.calls.map(([t]) => t)).toEqual(asked.map((c) => r.values[c]));
      for (const c of asked) ask(r, c);
      // A short line after it is copied whole again.
      const s = rowOf(["x@y.fr", "https://z.example/"].join("\t"));
      read.mockClear();
      for (let c = 0; c < 2; c++) cellHints(s, c, s.values[c]!);
      expect(read).toHaveBeenCalledTimes(1);
      for (let c = 0; c < 2; c++) ask(s, c);
    } finally {
      read.mockRestore();
    }
  });
});

describe("live-host-pointers' pre-checks from hints answer as the string ones", () => {
  const check = (t: string) => {
    const hints = textHints(t);
    for (const prose of [true, false]) {
      expect(scalarMayNameHostFromHints(hints, t, prose), JSON.stringify(t)).toBe(scalarMayNameHost(t, prose));
      expect(jsonMayNameHostFromHints(hints, t, prose), JSON.stringify(t)).toBe(jsonMayNameHost(t, prose));
    }
  };
  const hosty = fc.array(fc.oneof(keywordPiece, fc.constantFrom(...awkward, "db.acme.com", "a.b", "10.0.0.1", "x.y.z", "a..b", "{\"h\": 1}", ":6379", "]:9200", "\":80\"", ";", "Server=", "[fd12::1]")), { maxLength: 10 }).map((p) => p.join(""));

  it("on random text", () => {
    fc.assert(fc.property(hosty, check), { numRuns: 5000 });
  });

  it(`on every COPY value of the corpus (${corpus.length} values)`, () => {
    for (const value of corpus) check(value);
  });
});
