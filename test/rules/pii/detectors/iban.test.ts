import { describe, expect, it } from "vitest";
import { findIbans, ibanInCell, isValidIban } from "../../../../src/rules/pii/detectors/iban.js";

// Fabricated: invented bank/account digits, check digits computed independently (ISO 7064 MOD 97-10).
const REAL_LOOKING = ["FR3930004005200001234567889", "DE12500105170648489890", "GB02NWBK60161331926820", "ES2821000418450200051399", "NL81RABO0312345678", "BE39539007547071"];

describe("IBAN", () => {
  it.each(REAL_LOOKING)("%s is a valid, real-looking IBAN", (iban) => {
    expect(isValidIban(iban)).toBe(true);
    const m = ibanInCell(iban);
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked.startsWith(iban.slice(0, 2))).toBe(true);
    expect(m?.masked).not.toContain(iban.slice(4, 10));
  });

  it("accepts the print form in groups of four and lower case", () => {
    expect(ibanInCell("DE12 5001 0517 0648 4898 90")).toBeDefined();
    expect(ibanInCell("de12500105170648489890")).toBeDefined();
  });

  it.each([
    ["FR3930004005200001234567880", "wrong check"],
    ["DE1250010517064848989", "wrong length for DE"],
    ["XX12500105170648489890", "unknown country"],
    ["DEAB500105170648489890", "letters as check digits"],
  ])("%s is not an IBAN (%s)", (iban) => {
    expect(ibanInCell(iban)).toBeUndefined();
  });

  it.each(["GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819"])("%s is a published example", (iban) => {
    expect(ibanInCell(iban)?.syntheticReason).toBe("published example IBAN");
  });

  it("finds IBANs in free text, compact or printed", () => {
    const text = "Virement sur FR39 3000 4005 2000 0123 4567 889 ou NL81RABO0312345678.";
    expect(findIbans(text).map((m) => text.slice(m.start, m.end))).toEqual(["FR39 3000 4005 2000 0123 4567 889", "NL81RABO0312345678"]);
  });

  it("does not find an IBAN glued to other letters", () => {
    expect(findIbans("XNL81RABO0312345678")).toEqual([]);
    expect(findIbans("NL81RABO03123456789")).toEqual([]);
  });
});
