// phone-plans reads plainly written numbers the way libphonenumber does, with its patterns compiled
// once (issue 12). These tests hold it to the library on random and corpus numbers: any difference in
// calling code, national number, validity, possibility or number type fails.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { parsePhoneNumberFromString, getCountries, getCountryCallingCode, type CountryCode } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { FALLBACK, metadataClassAlone, parseWrittenNumber } from "../../../../src/rules/pii/detectors/phone-plans.js";
import { parseValid, parseValidWithLibrary } from "../../../../src/rules/pii/detectors/phone.js";

const require = createRequire(import.meta.url);
const examples = require("libphonenumber-js/examples.mobile.json") as Record<string, string>;
const countries = getCountries();
const NATIONAL = ["US", "GB", "FR", "DE", "ES"] as const;

/** The library's answer in the fields the rule reads, or "throws". */
function library(text: string, region?: CountryCode) {
  try {
    const p = parsePhoneNumberFromString(text, region);
    if (!p) return undefined;
    // The port names the first type that matched: getType's FIXED_LINE_OR_MOBILE is its FIXED_LINE.
    const type = p.getType();
    return { countryCallingCode: p.countryCallingCode, nationalNumber: p.nationalNumber, number: p.number, valid: p.isValid(), possible: p.isPossible(), type: type === "FIXED_LINE_OR_MOBILE" ? "FIXED_LINE" : type };
  } catch {
    return "throws";
  }
}

let decided = 0;
let asked = 0;
/** Same answer as the library, unless the port asks the library. */
function agrees(text: string, region?: CountryCode): void {
  asked++;
  const fast = parseWrittenNumber(text, region);
  if (fast === FALLBACK) return;
  decided++;
  // The port builds no E.164 string: the library's is `+` calling code national number, which its parts must spell.
  const answer = fast && { countryCallingCode: fast.countryCallingCode, nationalNumber: fast.nationalNumber, number: `+${fast.countryCallingCode}${fast.nationalNumber}`, valid: fast.valid, possible: fast.possible, type: fast.numberType };
  expect({ text, region, answer }).toEqual({ text, region, answer: library(text, region) });
}

const separators = fc.constantFrom("", "", " ", "-", ".", " ", "/", ") ", " (");
/** Digits written with random separators between them, as people write them. */
function written(digits: string, seps: string[]): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) out += digits[i] + (i < digits.length - 1 ? (seps[i % seps.length] ?? "") : "");
  return out;
}
const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: min, maxLength: max });

describe("phone-plans reads a number as libphonenumber does", () => {
  it("every country's example number, in + form and national form, written variously", () => {
    for (const country of countries) {
      const example = examples[country];
      if (!example) continue;
      const cc = getCountryCallingCode(country);
      agrees(`+${cc}${example}`);
      agrees(`+${cc} ${example}`);
      agrees(`+${cc} 0${example}`); // a national prefix written after the calling code
      agrees(`(+${cc}) ${example.slice(0, 3)}-${example.slice(3)}`);
      agrees(example, country);
      agrees(`0${example}`, country);
      agrees(`1${example}`, country);
      for (const region of NATIONAL) agrees(example, region);
    }
  });

  it("example numbers with their last digits changed, digits added or dropped (valid, invalid, wrong lengths)", () => {
    const withExamples = countries.filter((c) => examples[c]);
    fc.assert(
      fc.property(
        fc.constantFrom(...withExamples),
        digitString(0, 4),
        fc.integer({ min: -2, max: 2 }),
        fc.array(separators, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (country, tail, grow, seps, plus) => {
          const example = examples[country]!;
          const keep = Math.max(1, example.length - tail.length);
          let national = example.slice(0, keep) + tail;
          if (grow > 0) national += tail.slice(0, grow) || "5";
          if (grow < 0) national = national.slice(0, Math.max(2, national.length + grow));
          const cc = getCountryCallingCode(country);
          if (plus) agrees(`+${cc} ${written(national, seps)}`);
          else {
            agrees(written(national, seps), country);
            agrees(written(`0${national}`, seps), country);
            for (const region of NATIONAL) agrees(written(national, seps), region);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("numbers of a calling code several countries share, their leading digits changed (which country reads them decides validity and type)", () => {
    // +1, +44, +7, +39, +47, +61, +262, +290, +358, +590, +599 ...: the countries after the main one are read by their
    // leading digits (Antigua's 268, Jersey's 1534) or their types; changed leading digits reach each country's boundaries.
    const byCode = new Map<string, string[]>();
    for (const country of countries) {
      const cc = getCountryCallingCode(country);
      byCode.set(cc, [...(byCode.get(cc) ?? []), country]);
    }
    const shared = countries.filter((c) => byCode.get(getCountryCallingCode(c))!.length > 1 && examples[c]);
    expect(shared.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.constantFrom(...shared), digitString(0, 4), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1, max: 1 }), fc.boolean(), (country, head, cut, grow, trunk) => {
        const example = examples[country]!;
        let national = head + example.slice(Math.min(cut, example.length - 1));
        if (grow > 0) national += "7";
        if (grow < 0) national = national.slice(0, -1);
        const cc = getCountryCallingCode(country);
        agrees(`+${cc} ${national}`);
        agrees(`+${cc}${national}`);
        agrees(trunk ? `0${national}` : national, country);
        agrees(`0${national}`, "GB");
        agrees(national, "US");
      }),
      { numRuns: 6000 },
    );
  });

  it("every one- to three-digit prefix after +: known calling codes as the library knows them", () => {
    for (let length = 1; length <= 3; length++) {
      for (let n = 0; n < 10 ** length; n++) {
        const code = String(n).padStart(length, "0");
        agrees(`+${code} 2345 6789`);
        agrees(`+${code}`);
      }
    }
  });

  it("random digits after any calling code, and random national numbers in any region", () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), digitString(1, 16), fc.array(separators, { minLength: 1, maxLength: 3 }), (country, digits, seps) => {
        agrees(`+${getCountryCallingCode(country)} ${written(digits, seps)}`);
        agrees(`+${written(digits, seps)}`);
        agrees(written(digits, seps), country);
      }),
      { numRuns: 4000 },
    );
  });

  it("phone-like runs from every corpus dump, in + and national readings", () => {
    const dir = new URL("../../../../corpus/dumps/", import.meta.url);
    const runs = new Set<string>();
    for (const name of readdirSync(dir)) {
      for (const file of readdirSync(new URL(`${name}/`, dir))) {
        if (!file.endsWith(".sql")) continue;
        const text = readFileSync(new URL(`${name}/${file}`, dir), "utf8");
        for (const m of text.matchAll(/[+(]?[0-9][0-9 ()\-./]{5,30}[0-9]/g)) runs.add(m[0]);
      }
    }
    expect(runs.size).toBeGreaterThan(500);
    for (const run of runs) {
      agrees(run);
      for (const region of NATIONAL) agrees(run, region);
      const viaPlans = parseValid(run);
      const viaLibrary = parseValidWithLibrary(run);
      const fields = (p: typeof viaPlans) => p && { cc: p.countryCallingCode, national: p.nationalNumber };
      expect({ run, answer: fields(viaPlans) }).toEqual({ run, answer: fields(viaLibrary) });
      if (viaLibrary) expect((viaLibrary as { number?: string }).number).toBe(`+${viaLibrary.countryCallingCode}${viaLibrary.nationalNumber}`);
    }
  });

  it("decides most plain inputs itself (the fast path is not a disguised fallback)", () => {
    expect(asked).toBeGreaterThan(10_000);
    expect(decided / asked).toBeGreaterThan(0.8);
  });

  it("asks the library for what it does not follow", () => {
    expect(parseWrittenNumber("+1 212 555 0123 ext. 4")).toBe(FALLBACK);
    expect(parseWrittenNumber("+８１ 3 1234 5678")).toBe(FALLBACK);
    expect(parseWrittenNumber("+800 1234 5678")).toBe(FALLBACK); // non-geographic
    expect(parseWrittenNumber("0044 20 7946 0000", "GB")).toBe(FALLBACK); // international prefix
    expect(parseWrittenNumber("1 212 555 0123", "US")).toBe(FALLBACK); // calling code without +
    expect(parseWrittenNumber("12+34567", "US")).toBe(FALLBACK);
    // A `+` after a digit, or a second `+`, is not a plain number in either reading.
    expect(parseWrittenNumber("12+34567")).toBe(FALLBACK);
    expect(parseWrittenNumber("+33 6+12 34 56 78")).toBe(FALLBACK);
    expect(parseWrittenNumber("++33 6 12 34 56 78")).toBe(FALLBACK);
    expect(parseWrittenNumber("(+33) 6 12 34 56 78")).not.toBe(FALLBACK);
  });
});

describe("the library's metadata class", () => {
  it("is found alone (build/metadata.js, without the rest of the library) and is the class libphonenumber-js/core exports", () => {
    // The CommonJS entry point, as the rule's lazy require loads it (an ES module import would give the es6 copy of the class).
    const core = require("libphonenumber-js/core") as { Metadata: unknown };
    expect(metadataClassAlone()).toBe(core.Metadata);
  });
});
