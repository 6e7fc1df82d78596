import { FoundMatch, type PiiMatch } from "../pii-match.js";

/**
 * Numbers the SSA voided after they were printed in advertising (078-05-1120 from a 1938 wallet
 * insert, 219-09-9999 from a 1940 pamphlet) and the usual form fillers.
 */
const KNOWN_FAKE = new Set(["078051120", "219099999", "123456789", "111111111", "222222222", "333333333", "444444444", "555555555", "777777777", "888888888"]);

/**
 * A US Social Security number in a whole cell: `AAA-GG-SSSS`, `AAA GG SSSS` or nine digits, with
 * the SSA's structural rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
 */
export function ssnInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  let digits = "";
  let shape = "";
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      digits += trimmed[i];
      shape += "9";
    } else if (c === 0x2d || c === 0x20) shape += "-";
    else return undefined;
  }
  if (shape !== "999-99-9999" && shape !== "999999999") return undefined;
  if (!validSsnDigits(digits)) return undefined;
  const reason = KNOWN_FAKE.has(digits) ? "advertising or filler number" : undefined;
  const start = cell.indexOf(trimmed);
  return new FoundMatch("us-ssn", trimmed, start, start + trimmed.length, `•••-••-••${digits.slice(-2)}`, reason || undefined);
}

export function validSsnDigits(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === "000" || area === "666" || area[0] === "9") return false;
  if (digits.slice(3, 5) === "00") return false;
  if (digits.slice(5) === "0000") return false;
  return true;
}
