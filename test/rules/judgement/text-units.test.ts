/**
 * Issue 12: the keyword passes (cell hints, the secrets keyword scanner) read a text's code units
 * from `TextUnits` instead of `charCodeAt`: they must be the very same numbers, then a 0, for texts
 * copied by the loop (short), by the Buffer call, and past the kept array (long), one read after
 * another (units a longer text left behind are never read as a shorter one's).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LITTLE_ENDIAN, TextUnits } from "../../../src/rules/judgement/text-units.js";

const awkward = ["a", "Z", "0", " ", "\\", "é", "İ", "ſ", "\u212a", "\u2100", "\ud800", "\udfff", "😀", "\u0000", "\uffff"];
const text = fc.array(fc.oneof(fc.constantFrom(...awkward), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("TextUnits holds a text's code units", () => {
  const reader = new TextUnits();
  const check = (t: string) => {
    const n = reader.read(t);
    expect(n).toBe(t.length);
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) if (reader.units[i] !== t.charCodeAt(i)) wrong.push(i);
    expect(wrong, JSON.stringify(t.slice(0, 60))).toEqual([]);
    expect(reader.units[n]).toBe(0);
    // The same memory as words, two units a word (the hint pass reads them so), the 0 after the text included.
    expect(reader.units.length % 2).toBe(0);
    expect(reader.words.buffer).toBe(reader.units.buffer);
    const low = LITTLE_ENDIAN ? 0 : 16;
    for (let i = 0; i <= n; i++) if (((reader.words[i >> 1]! >>> ((i & 1) === 0 ? low : 16 - low)) & 0xffff) !== reader.units[i]) wrong.push(i);
    expect(wrong, JSON.stringify(t.slice(0, 60))).toEqual([]);
  };

  it("on random text, each read after another", () => {
    fc.assert(fc.property(text, check), { numRuns: 3000 });
  });

  it("on both sides of each way of reading (copied under 16 characters, written, past the kept array)", () => {
    for (const n of [0, 1, 15, 16, 17, 65_535, 65_536, 65_537, 100_000]) {
      for (const unit of ["x", "é", "\u212a", "\ud800"]) {
        check(unit.repeat(n));
        check("a".repeat(Math.max(0, n - 1)) + unit);
      }
    }
  });

  it("drops a long text's array at the next read", () => {
    check("x".repeat(100_000));
    expect(reader.units.length).toBeGreaterThan(100_000);
    check("short");
    expect(reader.units.length).toBeLessThanOrEqual(64 * 1024 + 2);
  });
});
