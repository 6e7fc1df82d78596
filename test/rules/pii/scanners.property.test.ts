import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCards } from "../../../src/rules/pii/detectors/payment-card.js";
import { findEmails } from "../../../src/rules/pii/detectors/email.js";
import { findIbans } from "../../../src/rules/pii/detectors/iban.js";
import { findPhones } from "../../../src/rules/pii/detectors/phone.js";
import { classifyColumnName } from "../../../src/rules/pii/column-names.js";
import { planColumnScan, scanCell } from "../../../src/rules/pii/scan-cell.js";

const birth = { referenceYear: 2026, maxAge: 120 };
/** Text biased towards the characters the scanners care about. */
const piiish = fc.string({ unit: fc.constantFrom(..."0123456789 +-().@/_abcXYZFRDEGB\n\t{}\"':,é".split("")), maxLength: 200 });
const anyText = fc.oneof(piiish, fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 50 }));

describe("PII scanners on arbitrary text", () => {
  const scanners = { findEmails, findPhones, findCards, findIbans };
  for (const [name, scan] of Object.entries(scanners)) {
    it(`${name} never throws, and every match is the text at its own range, masked`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          for (const m of scan(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.value);
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            if (m.value.length >= 6) expect(m.masked.includes(m.value)).toBe(false);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("scanCell never throws for any column plan", () => {
    const plans = [
      planColumnScan("email", "text", true),
      planColumnScan("profile", "jsonb", true),
      planColumnScan("body", "text", true),
      planColumnScan("phones", "text[]", true),
      planColumnScan("date_of_birth", "date", true),
      planColumnScan("passport_number", "character varying(20)", true),
    ];
    fc.assert(
      fc.property(anyText, (text) => {
        for (const plan of plans) scanCell(text, plan, birth);
      }),
      { numRuns: 200 },
    );
  });

  it("classifyColumnName never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (name) => void classifyColumnName(name)), { numRuns: 300 });
  });
});

describe("PII scanners find a value whatever text surrounds it (separated by a space)", () => {
  const filler = fc.string({ unit: fc.constantFrom(..."abc XYZ,.;!?é\n".split("")), maxLength: 40 });
  const cases: [string, (t: string) => { value: string }[], string][] = [
    ["an e-mail", findEmails, "amelie.lefevre@orange.fr"],
    ["a phone in + form", findPhones, "+33 6 71 42 93 18"],
    ["a card number", findCards, "4532 0151 1283 0366"],
    ["an IBAN", findIbans, "DE12500105170648489890"],
  ];
  for (const [what, scan, value] of cases) {
    it(`finds ${what}`, () => {
      fc.assert(
        fc.property(filler, filler, (before, after) => {
          const text = `${before} ${value} ${after}`;
          expect(scan(text).map((m) => m.value)).toContain(value);
        }),
        { numRuns: 200 },
      );
    });
  }
});
