// Issue 12: the PII rule's cheap per-character helpers must answer exactly as the slower code they
// replaced (kept here as the reference). Random strings mix ASCII, accented letters, digits,
// punctuation and astral/lone surrogates so every branch is reached.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIpv4 } from "../../../src/data/ip-address.js";
import { digitShape } from "../../../src/rules/pii/column-tally.js";
import { readIpv4Lenient } from "../../../src/rules/pii/detectors/ip-address.js";
import { codePointLength, firstCodePoint, isLetter, isLetterAt } from "../../../src/rules/pii/synthetic-markers.js";

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
});
