import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { isTrivialDigitSequence } from "../synthetic-markers.js";

/** IBAN length per country, from the SWIFT IBAN Registry (ISO 13616). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
  SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Example IBANs printed in the registry, bank documentation and tutorials. */
const PUBLISHED_EXAMPLES = new Set([
  "GB82WEST12345698765432", "GB29NWBK60161331926819", "GB33BUKB20201555555555", "GB94BARC10201530093459",
  "DE89370400440532013000", "DE44500105175407324931", "DE75512108001245126199", "DE02120300000000202051",
  "FR1420041010050500013M02606", "FR7630006000011234567890189", "FR7630001007941234567890185",
  "ES9121000418450200051332", "ES7921000813610123456789", "NL91ABNA0417164300", "NL02ABNA0123456789",
  "BE68539007547034", "BE71096123456769", "IT60X0542811101000000123456", "CH9300762011623852957", "CH5604835012345678009",
  "AT611904300234573201", "LU280019400644750000", "IE29AIBK93115212345678", "PT50000201231234567890154", "NO9386011117947",
  "SE4550000000058398257466", "DK5000400440116243", "FI2112345600000785", "PL61109010140000071219812874",
]);

/** ISO 7064 MOD 97-10 over the rearranged IBAN, computed in pieces so no big integers are needed. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) remainder = (remainder * 10 + (c - 0x30)) % 97;
    else if (c >= 0x41 && c <= 0x5a) remainder = (remainder * 100 + (c - 0x41 + 10)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** True for a compact upper-case IBAN with a known country, the registry length and a valid check. */
export function isValidIban(compact: string): boolean {
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined || compact.length !== length) return false;
  const c2 = compact.charCodeAt(2);
  const c3 = compact.charCodeAt(3);
  if (!(c2 >= 0x30 && c2 <= 0x39 && c3 >= 0x30 && c3 <= 0x39)) return false;
  return ibanChecksumValid(compact);
}

export function syntheticIbanReason(compact: string): string | undefined {
  if (PUBLISHED_EXAMPLES.has(compact)) return "published example IBAN";
  const bban = compact.slice(4);
  let zeros = 0;
  for (let i = 0; i < bban.length; i++) if (bban[i] === "0") zeros++;
  if (zeros >= bban.length - 2) return "all-zero account";
  if (bban.includes("123456789") || isTrivialDigitSequence(bban.replace(/[A-Z]/g, ""))) return "sequential digits";
  return undefined;
}

/** Country code and the last two characters: `FR•• •••• … 89`. */
export function maskIban(compact: string): string {
  return `${compact.slice(0, 2)}${"•".repeat(compact.length - 4)}${compact.slice(-2)}`;
}

function toMatch(compact: string, text: string, start: number): PiiMatch {
  const reason = syntheticIbanReason(compact);
  return new FoundMatch("iban", text, start, start + text.length, maskIban(compact), reason || undefined);
}

/** A whole cell read as an IBAN, in print form (groups of four) or compact, any letter case. */
export function ibanInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length < 15 || trimmed.length > 50) return undefined;
  let compact = "";
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === " " || ch === "-") continue;
    compact += ch.toUpperCase();
  }
  return isValidIban(compact) ? toMatch(compact, trimmed, cell.indexOf(trimmed)) : undefined;
}

/**
 * IBANs in free text: at each upper-case country code with a known length followed by two check
 * digits, read exactly that many alphanumerics (single spaces allowed between groups) and
 * validate. Each position is examined once plus at most 34+8 characters, so the scan is linear.
 */
export function findIbans(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i + 15 <= n) {
    // Cheap character tests first: base64 blobs are full of upper-case pairs, rarely followed by two digits.
    const candidate =
      isUpper(text.charCodeAt(i)) && isUpper(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i > 0 && isAlnum(text.charCodeAt(i - 1)));
    const length = candidate ? IBAN_LENGTHS[text.slice(i, i + 2)] : undefined;
    if (length === undefined) {
      i++;
      continue;
    }
    let compact = "";
    let j = i;
    while (j < n && compact.length < length) {
      const c = text.charCodeAt(j);
      if (isDigit(c) || isUpper(c)) compact += text[j];
      else if (c === 0x20 && j + 1 < n && isAlnum(text.charCodeAt(j + 1)) && compact.length % 4 === 0) {
        // print form separates groups of four with one space
      } else break;
      j++;
    }
    if (compact.length === length && !(j < n && isAlnum(text.charCodeAt(j))) && isValidIban(compact)) {
      out.push(toMatch(compact, text.slice(i, j), i));
      i = j;
    } else i++;
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAlnum = (c: number) => isDigit(c) || isUpper(c) || (c >= 0x61 && c <= 0x7a);
