import { FoundMatch, type PiiMatch } from "../pii-match.js";

/** Issuer identification ranges and lengths (ISO/IEC 7812 IIN ranges as the card networks publish them). */
interface Issuer {
  name: string;
  /** [low, high] on the first `digits` digits. */
  ranges: readonly (readonly [number, number])[];
  digits: number;
  lengths: readonly number[];
}
const ISSUERS: readonly Issuer[] = [
  { name: "amex", digits: 2, ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: "visa", digits: 1, ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: "mastercard", digits: 2, ranges: [[51, 55]], lengths: [16] },
  { name: "mastercard", digits: 4, ranges: [[2221, 2720]], lengths: [16] },
  { name: "discover", digits: 4, ranges: [[6011, 6011]], lengths: [16, 17, 18, 19] },
  { name: "discover", digits: 3, ranges: [[644, 649]], lengths: [16, 17, 18, 19] },
  { name: "discover", digits: 2, ranges: [[65, 65]], lengths: [16, 17, 18, 19] },
  { name: "diners", digits: 3, ranges: [[300, 305]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: "diners", digits: 2, ranges: [[36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: "jcb", digits: 4, ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  { name: "unionpay", digits: 2, ranges: [[62, 62]], lengths: [16, 17, 18, 19] },
  { name: "maestro", digits: 4, ranges: [[5018, 5018], [5020, 5020], [5038, 5038], [5893, 5893], [6304, 6304], [6759, 6759], [6761, 6763]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/**
 * Numbers the networks and payment processors publish for testing (Stripe, Adyen, Braintree,
 * PayPal, Worldpay documentation); a dump full of these was seeded or sanitized.
 */
const PUBLISHED_TEST_NUMBERS = new Set([
  "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222", "4000000000000002",
  "4000000000009995", "4000000000000077", "4000002500003155", "4000000000003220", "4000000000000069", "4000000000000119",
  "4000000000000127", "4000000000000341", "4000000000000101", "4000000760000002", "4000001240000000", "4000000000000010",
  "4000000000000028", "4000000000000036", "4000000000000044", "4000000000000259", "4000000000000093", "4000000000000003",
  "4917610000000000", "4035501000000008", "4001919257537193", "4007702835532454", "4444333322221111", "4988438843884305",
  "4012000033330026", "4217651111111119", "4500600000000061", "4462030000000000", "4917300800000000", "4484070000000000",
  "4263982640269299", "4000020000000000", "4000000000000000",
  "5555555555554444", "5200828282828210", "5105105105105100", "5454545454545454", "5500000000000004", "5555341244441115",
  "5577000055770004", "5019717010103742", "5425233430109903", "5200000000001096", "5431111111111111", "5100000010001004",
  "2223003122003222", "2223000048400011", "2222400070000005", "2222420000001113", "2221000000000009",
  "378282246310005", "371449635398431", "378734493671000", "340000000000009", "370000000000002", "3700000000000002",
  "6011111111111117", "6011000990139424", "6011000400000000", "6011000000000004", "6011601160116611", "6445644564456445",
  "3056930009020004", "36227206271667", "30569309025904", "38520000023237", "30000000000004", "36006666333344",
  "3566002020360505", "3530111333300000", "3566111111111113", "3088000000000009", "3569990010095841",
  "6200000000000005", "6200000000000047", "6205500000000000004", "6243030000000001", "6250946000000016",
  "6331101999990016", "6304000000000000", "6759649826438453", "6799990100000000019", "5018000000000009",
]);

/** Luhn (ISO/IEC 7812-1 annex B) over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The network a digit string belongs to by prefix and length, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    const prefix = Number(digits.slice(0, issuer.digits));
    if (issuer.ranges.some(([lo, hi]) => prefix >= lo && prefix <= hi)) return issuer.name;
  }
  return undefined;
}

/** Why a valid card number is a stand-in (published test number, low-entropy digits), or undefined. */
export function syntheticCardReason(digits: string): string | undefined {
  if (PUBLISHED_TEST_NUMBERS.has(digits)) return "published test card number";
  let longestRun = 1;
  let run = 1;
  const seen = new Set<string>();
  for (let i = 0; i < digits.length; i++) {
    seen.add(digits[i]!);
    run = i > 0 && digits[i] === digits[i - 1] ? run + 1 : 1;
    if (run > longestRun) longestRun = run;
  }
  if (seen.size <= 3 || longestRun >= 8) return "low-entropy test pattern";
  return undefined;
}

/** `•••• •••• •••• 4242`: the last four digits, which receipts print anyway (PCI DSS 3.4 allows up to first 6 + last 4). */
export function maskCard(digits: string): string {
  return `${"•".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** A card number if the digits pass issuer prefix, length and Luhn. */
export function validateCardDigits(digits: string, text: string, start: number): PiiMatch | undefined {
  if (digits.length < 12 || digits.length > 19) return undefined;
  if (!cardIssuer(digits) || !luhnValid(digits)) return undefined;
  const reason = syntheticCardReason(digits);
  return new FoundMatch("payment-card", text, start, start + text.length, maskCard(digits), reason || undefined);
}

/** A whole cell read as a card number: digits with optional single spaces or hyphens. */
export function cardInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length > 40) return undefined;
  let digits = "";
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += trimmed[i];
    else if (c !== 0x20 && c !== 0x2d) return undefined;
  }
  return validateCardDigits(digits, trimmed, cell.indexOf(trimmed));
}

/** Words that announce a card number nearby, in the dictionary's languages. */
const CARD_CONTEXT = ["card", "carte", "karte", "tarjeta", "visa", "mastercard", "master card", "amex", "american express", "discover", "credit", "crédit", "debit", "débit", "cc", "pan", "cb", "kreditkarte", "tarj"];
const CONTEXT_WINDOW = 40;

/** True when one of the card words ends within `CONTEXT_WINDOW` characters before `start`. */
function hasCardContext(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase();
  for (const word of CARD_CONTEXT) {
    let at = window.indexOf(word);
    while (at >= 0) {
      const before = at > 0 ? window.charCodeAt(at - 1) : 0x20;
      const after = at + word.length < window.length ? window.charCodeAt(at + word.length) : 0x20;
      const letter = (c: number) => (c >= 0x61 && c <= 0x7a) || c > 0x7f;
      // `card` also matches `cards`, `cardholder`; the word must not be the tail of another (`discard`).
      if (!letter(before) && (word.length > 3 || !letter(after))) return true;
      at = window.indexOf(word, at + 1);
    }
  }
  return false;
}

/** Printed in the issuer's groups: 4-4-4-4 (and 4-4-4-4-3 for 19 digits), Amex 4-6-5, Diners 4-6-4. */
function printedInGroups(text: string): boolean {
  const groups: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) run++;
    else {
      groups.push(run);
      run = 0;
    }
  }
  groups.push(run);
  const shape = groups.join("-");
  return shape === "4-4-4-4" || shape === "4-4-4-4-3" || shape === "4-6-5" || shape === "4-6-4" || shape === "4-4-4-1" || shape === "4-4-4-3";
}

/**
 * Card numbers in free text: maximal runs of digits joined by single spaces or hyphens, 12 to 19
 * digits, not glued to letters or further digits; each run is validated once, so the scan is linear.
 * Luhn passes one random number in ten, so in free text a number must also be printed in the
 * issuer's groups (`4532 0151 1283 0366`) or follow a card word (`visa 4532015112830366`): an
 * order id that happens to start with 4 and pass Luhn is not a card.
 */
export function findCards(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let runLength = 0;
    let end = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        runLength++;
        i++;
        end = i;
      } else if ((c === 0x20 || c === 0x2d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
        i++;
      } else break;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const after = end < n ? text.charCodeAt(end) : 0x20;
    if (runLength >= 12 && runLength <= 19 && !isGlue(before) && !isGlue(after)) {
      const printed = text.slice(start, end);
      if (printedInGroups(printed) || hasCardContext(text, start)) {
        // The digits are gathered only here, for a run that may be a card (hex and ids are full of short runs).
        let digits = "";
        for (let k = 0; k < printed.length; k++) if (isDigit(printed.charCodeAt(k))) digits += printed[k];
        const match = validateCardDigits(digits, printed, start);
        if (match) out.push(match);
      }
    }
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isGlue = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2f;
