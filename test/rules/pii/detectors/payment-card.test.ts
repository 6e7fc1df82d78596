import { describe, expect, it } from "vitest";
import { cardInCell, cardIssuer, findCards, luhnValid } from "../../../../src/rules/pii/detectors/payment-card.js";

// Fabricated numbers: issuer prefix + arbitrary digits + Luhn check digit computed by hand (not issued cards).
const REAL_LOOKING = ["4532015112830366", "5521067348915271", "6011098765432107", "6212345678901232"];

describe("payment cards", () => {
  it("luhnValid follows ISO/IEC 7812 annex B", () => {
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("79927398710")).toBe(false);
  });

  it("cardIssuer needs both prefix and length", () => {
    expect(cardIssuer("4532015112830366")).toBe("visa");
    expect(cardIssuer("371449635398431")).toBe("amex");
    expect(cardIssuer("3714496353984311")).toBeUndefined(); // amex is 15 digits
    expect(cardIssuer("9532015112830366")).toBeUndefined();
  });

  it.each(REAL_LOOKING)("%s is a real-looking card number", (digits) => {
    const m = cardInCell(digits);
    expect(m?.detector).toBe("payment-card");
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe(`${"•".repeat(12)}${digits.slice(-4)}`);
  });

  it("accepts the printed form with spaces or hyphens", () => {
    expect(cardInCell("4532 0151 1283 0366")).toBeDefined();
    expect(cardInCell("4532-0151-1283-0366")).toBeDefined();
  });

  it.each(["4242424242424242", "4111 1111 1111 1111", "5555555555554444", "378282246310005", "371449635398431", "3530111333300000"])(
    "%s is a published test number",
    (cell) => {
      expect(cardInCell(cell)?.syntheticReason).toBe("published test card number");
    },
  );

  it.each(["4532015112830367", "1234567812345678", "453201511283", "****1234", "4532 0151 1283 036x", ""])("%s is not a card number", (cell) => {
    expect(cardInCell(cell)).toBeUndefined();
  });

  it("finds a card number in free text with its position", () => {
    const text = "paid with 4532 0151 1283 0366 yesterday";
    const [m] = findCards(text);
    expect(m && text.slice(m.start, m.end)).toBe("4532 0151 1283 0366");
  });

  it("does not take a longer digit run or a number glued to letters", () => {
    expect(findCards("ref 45320151128303661234")).toEqual([]);
    expect(findCards("tx4532015112830366")).toEqual([]);
    expect(findCards("v4532015112830366.2")).toEqual([]);
  });
});

describe("card numbers in free text need the printed groups or a card word", () => {
  it("an unspaced Luhn-valid number after 'Visa' is a card", () => {
    expect(findCards("paid by Visa 4532015112830366 today")).toHaveLength(1);
    expect(findCards("carte bancaire n° 4532015112830366")).toHaveLength(1);
  });
  it("the same digits as a bare order id are not", () => {
    expect(findCards("order 4532015112830366 shipped")).toEqual([]);
    expect(findCards("discard 4532015112830366")).toEqual([]);
  });
  it("Amex printed 4-6-5 is a card without a card word", () => {
    expect(findCards("ref 3714 496353 98431")).toHaveLength(1);
  });
});
