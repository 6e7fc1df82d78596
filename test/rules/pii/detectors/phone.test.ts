import { describe, expect, it } from "vitest";
import { findPhones, phoneInCell } from "../../../../src/rules/pii/detectors/phone.js";

describe("phoneInCell (a column named for phones)", () => {
  it.each(["+33 6 48 27 19 53", "06 48 27 19 53", "+49 30 28473910", "+44 20 8194 3726", "(212) 481-2390", "212-481-2390", "+34 612 483 927", "0033648271953"])(
    "%s is a real-looking phone number",
    (cell) => {
      const m = phoneInCell(cell);
      expect(m?.detector).toBe("phone");
      expect(m?.syntheticReason).toBeUndefined();
    },
  );

  it.each([
    ["(212) 555-0123", "fictional 555-01xx number"],
    ["+1 202 555 0199", "fictional 555-01xx number"],
    ["+44 20 7946 0958", "fictional number range"],
    ["07700 900123", "fictional number range"],
    ["+33 6 39 98 12 34", "fictional number range"],
  ])("%s is a fictional number (%s)", (cell, reason) => {
    expect(phoneInCell(cell)?.syntheticReason).toBe(reason);
  });

  // A made-up subscriber behind a real prefix: the last seven or more digits run up, down or stay the same.
  it.each(["+49 170 1234567", "+49 30 123456789", "06 12 34 56 78", "+33 6 12 34 56 78", "+44 20 8123 4567", "+34 612 345 678", "+49 151 23456789", "+33 6 98 76 54 32", "+49 89 10000000", "(212) 765-4321"])(
    "%s is a stand-in (trivial subscriber digits)",
    (cell) => {
      expect(phoneInCell(cell)?.syntheticReason).toBe("trivial digits");
      expect(findPhones(`call ${cell} today`)[0]?.syntheticReason).toBe("trivial digits");
    },
  );

  // Six trailing digits in a run are left real: about 3 real numbers in 100,000 end so, and realistic-20 holds one.
  it.each(["+49 30 908123456", "+49 151 28473391", "+49 151 23456780"])("%s stays real-looking", (cell) => {
    expect(phoneInCell(cell)?.syntheticReason).toBeUndefined();
  });

  // DIN 5008 writes an organisation's switchboard with a lone `0` as its last group; its extensions stay real-looking.
  it.each(["+49 30 2093 0", "030 2093-0", "+49 (0)89 / 12 34 56-0"])("%s is a switchboard, no person's line", (cell) => {
    expect(phoneInCell(cell)?.syntheticReason).toBe("switchboard number");
    expect(findPhones(`Zentrale: ${cell}, Fax -99`)[0]?.syntheticReason).toBe("switchboard number");
  });
  it.each(["030 2093-4471", "+49 151 28473390", "06 48 27 19 50"])("%s (a direct line, or a 0 inside the last group) stays real-looking", (cell) => {
    expect(phoneInCell(cell)?.syntheticReason).toBeUndefined();
  });

  // An organisation's service lines (libphonenumber's number type): freephone, premium-rate, shared-cost.
  it.each([
    ["0800 330 2211", "toll-free service number"],
    ["+44 800 048 7550", "toll-free service number"],
    ["+1 (888) 267-4902", "toll-free service number"],
    ["1-877-394-2210", "toll-free service number"],
    ["0 800 94 12 03", "toll-free service number"],
    ["+34 900 482 937", "toll-free service number"],
    ["+800 4829 3716", "toll-free service number"], // international freephone (+800): read by the library itself
    ["0800 330 2211 ext 12", "toll-free service number"], // an extension: read by the library itself
    ["0900 1 484 937", "premium-rate service number"],
    ["+44 906 302 0112", "premium-rate service number"],
    ["+33 8 92 68 01 22", "premium-rate service number"],
    ["+49 180 6 10 20 30", "shared-cost service number"],
    ["+34 902 123 456", "shared-cost service number"],
    // Without `+`, a number that is a service line in one region and a person's in another, written in the service
    // region's own grouping (pii probe 4): Britain's 4-3-4, France's 0 8XX or pairs, Germany's 0180 6 (DIN 5008).
    ["0808 196 8352", "toll-free service number"],
    ["0906 302 0112", "premium-rate service number"],
    ["0845 302 1407", "premium-rate service number"],
    ["0 805 47 33 89", "toll-free service number"],
    ["08 10 47 33 89", "shared-cost service number"],
    ["0 892 68 01 22", "premium-rate service number"],
    ["0180 6 372819", "shared-cost service number"],
    ["0180 5 102030", "shared-cost service number"],
  ])("%s is a service line, no person's (%s)", (cell, reason) => {
    expect(phoneInCell(cell)?.syntheticReason).toBe(reason);
    expect(findPhones(`Hotline: ${cell} (Mo-Fr)`)[0]?.syntheticReason).toBe(reason);
  });
  // A person's landline, mobile, VoIP or personal number stays real-looking.
  // Without `+` the country is a guess: a number that is a service line in one region and a person's in another stays real
  // unless written in the service region's own grouping (above) (`030 2093-4471`: a British `03` number, a Berlin landline;
  // `01806 10 20 30`: German shared-cost, a British landline, in neither's grouping; `09063 020112`, `08926 80122`:
  // British or French service numbers written as the German landlines they also are); a UAN stays real too (`+44 345 ...`
  // is an organisation's, but the Dutch `087` numbers are also people's).
  it.each(["+49 30 5557 8820", "0228 4333112", "+44 7412 483921", "+33 9 70 12 84 56", "0700 12 84 93 71", "+1 212 481 2390", "030 2093-4471", "01806 10 20 30", "01805 102030", "03 88 41 27 93", "09063 020112", "0345 600 3321", "08926 80122", "+44 345 600 3321", "+31 87 842 9173"])("%s (not a service number) stays real-looking", (cell) => {
    expect(phoneInCell(cell)?.syntheticReason).toBeUndefined();
  });

  it.each(["", "n/a", "12345", "+33 6 12", "phone: call me", "2024-01-15", "t", "+999 123 456 789"])("%s is not a phone number", (cell) => {
    expect(phoneInCell(cell)).toBeUndefined();
  });

  it("masks all but the calling code and the last two digits", () => {
    const m = phoneInCell("+33 6 12 34 56 78")!;
    expect(m.masked).toBe("+33 •••••••78");
    expect(m.masked).not.toContain("12 34");
  });
});

describe("findPhones (free text, strong shapes only)", () => {
  it("finds an international number in a sentence", () => {
    const text = "Rappeler au +33 6 12 34 56 78 demain";
    const [m] = findPhones(text);
    expect(m && text.slice(m.start, m.end)).toBe("+33 6 12 34 56 78");
  });

  it("finds a national number written with separators", () => {
    expect(findPhones("call (212) 481-2390 today")).toHaveLength(1);
    expect(findPhones("tel 06.12.34.56.78")).toHaveLength(1);
  });

  it("finds the number after other digits in the same run", () => {
    expect(findPhones("Room 12 +33 6 12 34 56 78").map((m) => m.value)).toEqual(["+33 6 12 34 56 78"]);
  });

  it.each([
    "order 2024-01-15 shipped",
    "version 10.2.45.1",
    "id 550e8400-e29b-41d4-a716-446655440000",
    "amount 0612345678EUR",
    "invoice 4815162342",
    "ts 15/01/2024 12:30",
    "counter 1234 5678",
    "x".repeat(10) + "1".repeat(40),
  ])("%s holds no phone number", (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it("never throws on long digit and punctuation runs", () => {
    expect(() => findPhones("+1 (".repeat(20_000) + "5".repeat(20_000))).not.toThrow();
  });
});
