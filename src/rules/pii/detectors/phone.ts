import type { CountryCode, PhoneNumber } from "libphonenumber-js/max";
import { lazyRequire } from "../../../core/lazy-require.js";
import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { isTrivialDigitSequence } from "../synthetic-markers.js";
import { FALLBACK, parseWrittenNumber, writtenDigits, type NumberTypeName } from "./phone-plans.js";

const libphonenumber = lazyRequire<typeof import("libphonenumber-js/max")>("libphonenumber-js/max");

/** Regions tried, in order, for a number written without `+` (the dictionary's four languages plus North America). */
const NATIONAL_REGIONS: readonly CountryCode[] = ["US", "GB", "FR", "DE", "ES"];
const MAX_CANDIDATE = 32;

/**
 * Ranges reserved for fiction and documentation, by E.164 prefix and the digits that follow:
 * NANP 555-0100..0199; Ofcom's drama numbers (020 7946 0xxx, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx,
 * 01632 960xxx, 07700 900xxx, 0808 157 0xxx, 0909 879 0xxx); ARCEP's fiction blocks (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98, 09 00 00 ... per region).
 */
export const FICTION_PREFIXES: readonly string[] = [
  "+442079460", "+441134960", "+441144960", "+441154960", "+441164960", "+441174960", "+441184960", "+441214960",
  "+441314960", "+441414960", "+441514960", "+441614960", "+44163296", "+447700900", "+448081570", "+449098790",
  "+3319900", "+3326191", "+3335301", "+3346571", "+3353649", "+3363998",
];

/**
 * What the detector reads of a parsed number (a libphonenumber `PhoneNumber`, or phone-plans' reading of
 * the same): its calling code and national number, not its E.164 string (`+` code national), which
 * phone-plans does not build for every cell.
 */
export type ParsedPhone = Pick<PhoneNumber, "countryCallingCode" | "nationalNumber"> & {
  /** libphonenumber's `getType()` when the reading knows it (phone-plans' reading; parseValid's fallback to the library asks for it). */
  numberType?: NumberTypeName | "FIXED_LINE_OR_MOBILE" | undefined;
};

/**
 * Number types no person is reached on: freephone, premium-rate and shared-cost service numbers, which an
 * organisation rents for its hotline (`0800 330 2211`, `+1 888 ...`, `+49 900 ...`, `+49 180 ...`): a shop's contact
 * page, a macro's signature, a support line's table. A person's landline, mobile, VoIP or personal (`0700`) number
 * stays real, and so does a UAN: the UK's `03` numbers are an organisation's, but the Netherlands' `084`/`087` (UAN to
 * libphonenumber too) are rented by people for a fax or a forwarding line.
 */
function serviceNumberReason(type: ParsedPhone["numberType"]): string | undefined {
  // A switch, not a keyed load from a table (issue 12: the load was megamorphic, ~144 instructions a number).
  switch (type) {
    case "TOLL_FREE":
      return "toll-free service number";
    case "PREMIUM_RATE":
      return "premium-rate service number";
    case "SHARED_COST":
      return "shared-cost service number";
    default:
      return undefined;
  }
}

/** Why a valid number is a stand-in (fiction range, trivial digits), or undefined when it looks real. */
export function syntheticPhoneReason(phone: ParsedPhone): string | undefined {
  const national = phone.nationalNumber;
  if (phone.countryCallingCode === "1" && national.length === 10 && national.slice(3, 6) === "555" && national.slice(6, 8) === "01") {
    return "fictional 555-01xx number";
  }
  if (inFictionRange(phone.countryCallingCode, national)) return "fictional number range";
  if (isTrivialDigitSequence(national) || trailingTrivialRun(national) >= TRIVIAL_SUBSCRIBER_RUN) return "trivial digits";
  return serviceNumberReason(phone.numberType);
}

/**
 * A number whose last seven or more digits run up, down or stay the same (`+49 170 1234567`, `06 12 34 56 78`,
 * `+49 30 123456789`) is a made-up subscriber behind a real area or mobile prefix: a real number's last seven
 * digits are such a run about 3 times in a million (none of the ~20,000 random numbers of realistic-20 is one),
 * and a switchboard ending `0000000` is no person's number either.
 */
const TRIVIAL_SUBSCRIBER_RUN = 7;

/** Length of the longest tail of `digits` that runs up, down or stays the same (wrapping 9→0 like isTrivialDigitSequence). */
export function trailingTrivialRun(digits: string): number {
  const n = digits.length;
  if (n < 2) return n;
  const step = (i: number) => (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
  const first = step(n - 1);
  if (first !== 0 && first !== 1 && first !== 9) return 1;
  let i = n - 2;
  while (i >= 1 && step(i) === first) i--;
  return n - i;
}

/**
 * A number written with a lone `0` as its last group (`030 2093-0`, `+49 30 2093 0`, `+49 (0)89 / 12 34 56-0`): the
 * DIN 5008 way to write an organisation's switchboard (its extensions are `-4471`), on an imprint or a contact page,
 * not a person's line.
 */
export function writtenAsSwitchboard(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 0x30) return false;
  const sep = text.charCodeAt(n - 2);
  if (sep !== 0x2d && sep !== 0x20) return false;
  const before = text.charCodeAt(n - 3);
  return before >= 0x30 && before <= 0x39;
}

/** `+33 6•• •• •• 78`-like: calling code and the last two digits only. */
export function maskPhone(phone: ParsedPhone): string {
  const code = phone.countryCallingCode;
  const national = phone.nationalNumber;
  const n = national.length;
  // The mask is a function of the calling code, the length and the last two digits: made once for each (see MASKS).
  if (n >= 2 && n < 64 && code.length >= 1 && code.length <= 3 && isDigit(national.charCodeAt(n - 2)) && isDigit(national.charCodeAt(n - 1))) {
    let c = 0;
    for (let i = 0; i < code.length; i++) {
      const d = code.charCodeAt(i);
      if (!isDigit(d)) return `+${code} ${bullets(n - 2)}${national.slice(-2)}`;
      c = c * 10 + (d - 0x30);
    }
    // Calling code with its length (no two codes share a key), the length, the last two digits.
    const key = (((code.length * 1000 + c) * 64 + n) * 100 + (national.charCodeAt(n - 2) - 0x30) * 10 + (national.charCodeAt(n - 1) - 0x30)) * 2;
    return MASKS.get(key) ?? rememberMask(key, `+${code} ${bullets(n - 2)}${national.slice(-2)}`);
  }
  return `+${code} ${bullets(n - 2)}${national.slice(-2)}`;
}

/**
 * Phone masks made, by what they show (`maskPhone`'s key, even; `maskAsWritten`'s, odd): a column of phone numbers
 * shows a few calling codes and lengths and a hundred endings, so most masks repeat, and each made anew was four
 * or five strings (issue 12: about 80 bytes of garbage per phone cell). Bounded: cleared when full.
 */
const MASKS = new Map<number, string>();
const MAX_MASKS = 8192;
function rememberMask(key: number, mask: string): string {
  if (MASKS.size >= MAX_MASKS) MASKS.clear();
  MASKS.set(key, mask);
  return mask;
}

/** "•".repeat(n) (none for n <= 0), made once for the lengths a phone number has. */
const BULLETS: readonly string[] = Array.from({ length: 33 }, (_, n) => "•".repeat(n));
const bullets = (n: number): string => (n <= 0 ? "" : (BULLETS[n] ?? "•".repeat(n)));

/**
 * What a phone cell's one pass reads before the parse (issue 12: three passes and a fourth for the first digit were
 * ~20 % of a phone cell's instructions): its digit count, the lengths of its first digit runs and whether every
 * separator between them is one `.` (what a date or a dotted quad looks like), its first digit, and its digits as
 * writtenDigits copies them. The one reader of a text's digit runs: phoneInCell's, and the property test's.
 */
export class PhoneCellReading {
  /** The digits read. */
  digits = 0;
  /** The digit runs read; the first ones' lengths are in `runLengths`. */
  runs = 0;
  readonly runLengths = new Int32Array(8);
  /** Whether every separator between two digit runs is one `.` (a `+` is none). */
  dotsOnly = true;
  /** The first digit's character code (0: none). */
  firstDigit = 0;
  /** The character codes of the last digit and of the digit before it (0: none). */
  lastDigit = 0;
  beforeLastDigit = 0;
  /**
   * writtenDigits' copy of the digits, when the text is written plainly (digits, space ( ) - . / and one `+` before any
   * digit); else undefined. (writtenDigits also answers undefined under 3 digits or over 250 characters.)
   */
  written: string | undefined = undefined;

  /**
   * Reads `text`; false (the rest unread) at a character no written number has: only digits, space ( ) - . / `+`, a
   * no-break space and the x, e, t of "ext" are read.
   */
  read(text: string): boolean {
    const n = text.length;
    const runLengths = this.runLengths;
    let digits = 0;
    let runs = 0;
    let run = 0;
    let runStart = 0;
    let dotsOnly = true;
    let sepLength = 0;
    let sepDot = true;
    let firstDigit = 0;
    let lastDigit = 0;
    let beforeLastDigit = 0;
    // writtenDigits' reading: plain while every character is a digit, space ( ) - . / or one `+` before any digit.
    let plain = true;
    let plus = false;
    let written = "";
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        if (run === 0) {
          if (runs > 0 && !(sepLength === 1 && sepDot)) dotsOnly = false;
          else if (runs === 0) firstDigit = c;
          runStart = i;
        }
        run++;
        digits++;
        beforeLastDigit = lastDigit;
        lastDigit = c;
        continue;
      }
      if (run > 0) {
        if (runs < runLengths.length) runLengths[runs] = run;
        runs++;
        run = 0;
        sepLength = 0;
        sepDot = true;
        if (plain) written += text.slice(runStart, i);
      }
      if (c === 0x2b) {
        // (A `+` is no separator between digit runs.)
        if (plus || digits > 0) plain = false;
        plus = true;
        continue;
      }
      if (c === 0x2e) {
        sepLength++;
        continue;
      }
      if (c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2f) {
        sepLength++;
        sepDot = false;
        continue;
      }
      // A no-break space, or the x, e, t of "ext": taken here, not by writtenDigits.
      if (c !== 0xa0 && c !== 0x78 && c !== 0x65 && c !== 0x74) return false;
      plain = false;
      sepLength++;
      sepDot = false;
    }
    if (run > 0) {
      if (runs < runLengths.length) runLengths[runs] = run;
      runs++;
      if (plain) written += text.slice(runStart);
    }
    this.digits = digits;
    this.runs = runs;
    this.dotsOnly = dotsOnly;
    this.firstDigit = firstDigit;
    this.lastDigit = lastDigit;
    this.beforeLastDigit = beforeLastDigit;
    this.written = plain ? written : undefined;
    return true;
  }

  /** looksLikeDateOrAddress(groups(text)) of the text read, from its digit runs. */
  datedOrAddress(): boolean {
    const g = this.runLengths;
    const count = this.runs;
    if (count === 3 && ((g[0] === 4 && g[1] === 2 && g[2] === 2) || (g[0] === 2 && g[1] === 2 && g[2] === 4))) return true;
    if (count === 5 && g[3] === 2 && g[4] === 2 && ((g[0] === 4 && g[1] === 2 && g[2] === 2) || (g[0] === 2 && g[1] === 2 && g[2] === 4))) return true;
    if (count === 6 && g[0] === 2 && g[1] === 2 && g[2] === 4 && g[3] === 2 && g[4] === 2 && g[5] === 2) return true;
    return this.dotsOnly && count === 4 && g[0]! <= 3 && g[1]! <= 3 && g[2]! <= 3 && g[3]! <= 3;
  }
}

/** phoneInCell's reading (one at a time). */
const cellReading = new PhoneCellReading();

/**
 * A whole cell read as a phone number (a column named for phones): any formatting, validated with
 * libphonenumber's full metadata; without `+` the regions above are tried in order. The cell is read once
 * (PhoneCellReading) for what the checks before the parse need.
 */
export function phoneInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  const n = trimmed.length;
  if (n < 7 || n > MAX_CANDIDATE) return undefined;
  const r = cellReading;
  if (!r.read(trimmed)) return undefined;
  if (r.digits < 7 || r.digits > 15 || r.datedOrAddress()) return undefined;
  // `00` starts an international number, read by parseValid from the `+` form it makes.
  const phone =
    trimmed.charCodeAt(0) === 0x30 && trimmed.charCodeAt(1) === 0x30 ? parseValid(trimmed) : parseValidRead(trimmed, r.written, r.firstDigit === 0x30);
  if (!phone) return undefined;
  const start = n === cell.length ? 0 : cell.indexOf(trimmed);
  const reason = syntheticPhoneReason(phone) ?? (writtenAsSwitchboard(trimmed) ? "switchboard number" : undefined);
  return new FoundMatch("phone", trimmed, start, start + n, maskAsRead(phone, trimmed, r), reason || undefined);
}

/**
 * Phone numbers in free text, only in a strong shape (issue point 5): international `+` form, or a
 * national form written with separators and the region's trunk prefix or NANP grouping. Dates,
 * version numbers, IP addresses and digit runs glued to letters are not candidates. Linear: each
 * character starts at most one candidate run.
 */
export function findPhones(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsRun = c === 0x2b || c === 0x28 || isDigit(c);
    if (!startsRun) {
      i++;
      continue;
    }
    let e = i;
    while (e < n && isRunChar(text.charCodeAt(e))) {
      e++;
      if (e - i > MAX_CANDIDATE) break;
    }
    if (e - i > MAX_CANDIDATE) {
      // Too long to be one phone number (a digit table, an id list): skip the whole run.
      while (e < n && isRunChar(text.charCodeAt(e))) e++;
      i = e;
      continue;
    }
    const match = candidateAt(text, i, e) ?? retryFromPlus(text, i, e);
    if (match) out.push(match);
    i = e;
  }
  return out;
}

/** The phone number written in text[start, runEnd) with trailing separators dropped, if it is one in a strong shape. */
function candidateAt(text: string, start: number, runEnd: number): PiiMatch | undefined {
  let end = runEnd;
  while (end > start && !isDigit(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 0x29) end--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  if (isWordChar(before) || isWordChar(after)) return undefined;
  const candidate = text.slice(start, end);
  const phone = strongShape(candidate) ? parseValid(candidate) : undefined;
  return phone ? toMatch(phone, candidate, start) : undefined;
}

/** `Room 12 +33 6 12 34 56 78`: the run began before the number; try again from its `+`. */
function retryFromPlus(text: string, start: number, runEnd: number): PiiMatch | undefined {
  // Search the run only (at most MAX_CANDIDATE characters): an unbounded indexOf("+") per run
  // read the rest of the text each time, quadratic on a megabyte of hex or digits with no `+`.
  let plus = start + 1;
  while (plus < runEnd && text.charCodeAt(plus) !== 0x2b) plus++;
  if (plus >= runEnd || text.charCodeAt(plus - 1) !== 0x20) return undefined;
  return candidateAt(text, plus, runEnd);
}

function toMatch(phone: ParsedPhone, text: string, start: number): PiiMatch {
  const reason = syntheticPhoneReason(phone) ?? (writtenAsSwitchboard(text) ? "switchboard number" : undefined);
  return new FoundMatch("phone", text, start, start + text.length, maskAsWritten(phone, text), reason || undefined);
}

/**
 * maskAsWritten(phone, text) of a trimmed text `r` has read (its digit count, first and last two digits): the text is
 * not read again (issue 12).
 */
function maskAsRead(phone: ParsedPhone, text: string, r: PhoneCellReading): string {
  const c0 = text.charCodeAt(0);
  if (c0 === 0x2b || (c0 === 0x30 && text.charCodeAt(1) === 0x30)) return maskPhone(phone);
  const count = r.digits;
  if (count < 4 || count >= 64) return maskAsWritten(phone, text);
  const lead = r.firstDigit === 0x30;
  const key = (((lead ? 64 : 0) + count) * 100 + (r.beforeLastDigit - 0x30) * 10 + (r.lastDigit - 0x30)) * 2 + 1;
  const known = MASKS.get(key);
  if (known !== undefined) return known;
  return rememberMask(key, `${lead ? "0" : ""}${bullets(count - (lead ? 1 : 0) - 2)}${String.fromCharCode(r.beforeLastDigit, r.lastDigit)}`);
}

/**
 * Issue 11 item 15: the evidence label says only what the value says. A number written with `+` or
 * `00` shows its calling code; a national number (`0946343636`) shows its trunk digit and last two
 * digits (`0••••••••36`), never a country code it does not carry (the region was only a guess).
 */
export function maskAsWritten(phone: ParsedPhone, written: string): string {
  const w = written.trim();
  if (w.startsWith("+") || w.startsWith("00")) return maskPhone(phone);
  // The digits are counted, not copied: only the first and the last two are shown.
  let count = 0;
  let first = -1;
  let last = -1;
  let beforeLast = -1;
  for (let i = 0; i < w.length; i++) {
    if (!isDigit(w.charCodeAt(i))) continue;
    if (first < 0) first = i;
    beforeLast = last;
    last = i;
    count++;
  }
  if (count < 4) return bullets(count);
  const lead = w.charCodeAt(first) === 0x30;
  if (count < 64) {
    const key = (((lead ? 64 : 0) + count) * 100 + (w.charCodeAt(beforeLast) - 0x30) * 10 + (w.charCodeAt(last) - 0x30)) * 2 + 1;
    const known = MASKS.get(key);
    if (known !== undefined) return known;
    return rememberMask(key, nationalMask(w, lead, count, beforeLast, last));
  }
  return nationalMask(w, lead, count, beforeLast, last);
}

/** maskAsWritten of a national number: its trunk `0`, bullets, and its last two digits (at `beforeLast` and `last`). */
function nationalMask(w: string, lead: boolean, count: number, beforeLast: number, last: number): string {
  const lastTwo = beforeLast === last - 1 ? w.slice(beforeLast, last + 1) : w[beforeLast]! + w[last]!;
  return `${lead ? "0" : ""}${bullets(count - (lead ? 1 : 0) - 2)}${lastTwo}`;
}

/**
 * The number written in `text`, if libphonenumber takes it as valid (or possible in a fiction range):
 * with `+`/`00` as international, otherwise as a national number of the regions above in order.
 * Each reading goes through phone-plans (the library's algorithm with its patterns compiled once)
 * and falls back to the library itself for what that port does not follow.
 */
export function parseValid(text: string): ParsedPhone | undefined {
  if (text.startsWith("00")) {
    const international = `+${text.slice(2)}`;
    try {
      return readAcceptable(international, undefined, writtenDigits(international));
    } catch {
      // As in parseValidRead.
      return undefined;
    }
  }
  return parseValidRead(text, writtenDigits(text), firstDigit(text) === "0");
}

/**
 * parseValid of a text that does not start with `00`, given writtenDigits(text) (read once for every region tried) and
 * whether its first digit is a 0 (`trunk`).
 */
function parseValidRead(text: string, digits: string | undefined, trunk: boolean): ParsedPhone | undefined {
  try {
    if (text.charCodeAt(0) === 0x2b) return readAcceptable(text, undefined, digits);
    // GB, FR and DE national numbers start with the trunk prefix 0; NANP and Spanish numbers never do.
    for (let k = 0; k < NATIONAL_REGIONS.length; k++) {
      const region = NATIONAL_REGIONS[k]!;
      if (trunk !== (region === "GB" || region === "FR" || region === "DE")) continue;
      const p = readAcceptable(text, region, digits);
      if (!p) continue;
      if (serviceNumberReason(p.numberType) !== undefined) {
        if (!serviceInEveryRegion(text, trunk, digits, k) && !writtenAsIn(text, region)) p.numberType = undefined;
      } else if (region === "GB" && GERMAN_SERVICE_PREFIX.test(text)) {
        // `0180 5 372819`: a German shared-cost number written as Germany writes it, which Britain reads as a landline.
        const de = readAcceptable(text, "DE", digits);
        if (de && serviceNumberReason(de.numberType) !== undefined && writtenAsIn(text, "DE")) return de;
      }
      return p;
    }
  } catch {
    // libphonenumber throws on some malformed input in older versions; a non-number is simply no match.
  }
  return undefined;
}

/**
 * Whether the regions after `NATIONAL_REGIONS[from]` that read a national number also take it for a service line: a
 * number written without `+` is only a guess at its country, and the first region's service number may be another's
 * person (`030 2093-4471` is a British `03` number and a Berlin landline; `01806 10 20 30` a German shared-cost
 * number and a British landline). Asked only for a service number, so other numbers are read once, as before.
 */
function serviceInEveryRegion(text: string, trunk: boolean, digits: string | undefined, from: number): boolean {
  for (let k = from + 1; k < NATIONAL_REGIONS.length; k++) {
    const region = NATIONAL_REGIONS[k]!;
    if (trunk !== (region === "GB" || region === "FR" || region === "DE")) continue;
    const other = readAcceptable(text, region, digits);
    if (other && serviceNumberReason(other.numberType) === undefined) return false;
  }
  return true;
}

/**
 * A German service prefix that Britain also reads as the start of a geographic number (0180x shared-cost, 0137x
 * mass-traffic lines against British area codes 0180x and 0137x), with the digit after it standing alone as Germany writes it.
 */
const GERMAN_SERVICE_PREFIX = /^0 ?1 ?(?:80|37) ?\d\D/;

/**
 * Whether a national number is written in `region`'s own grouping, as libphonenumber formats it there: `0808 196 8352` as
 * Britain writes its freephone numbers (Germany would write the landline it also reads as `08081 968352`), `0 805 47 33 89`
 * as France writes a numéro vert, `0180 6 372819` as Germany writes a shared-cost line. A number written in one block
 * says nothing. Asked only for a number one region takes for a service line and another for a person's: rare, so the
 * library's formatter is fine here.
 */
function writtenAsIn(text: string, region: CountryCode): boolean {
  const written = digitGroups(text);
  if (written.indexOf(",") < 0) return false;
  // France's everyday pairs (`08 10 47 33 89`) are as French as the formatter's `0 810 47 33 89`.
  if (region === "FR" && written === "2,2,2,2,2") return true;
  const p = libphonenumber().parsePhoneNumberFromString(text, region);
  return p !== undefined && digitGroups(p.formatNational()) === written;
}

/** The lengths of the runs of digits in `text`, comma-separated (`0180 5 372819` -> `4,1,6`). */
function digitGroups(text: string): string {
  const out: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) run++;
    else if (run > 0) {
      out.push(run);
      run = 0;
    }
  }
  if (run > 0) out.push(run);
  return out.join(",");
}

/** `digits`: writtenDigits(text). */
function readAcceptable(text: string, region: CountryCode | undefined, digits: string | undefined): ParsedPhone | undefined {
  const fast = parseWrittenNumber(text, region, digits);
  if (fast !== FALLBACK) return fast && (fast.valid || (fast.possible && inFictionRange(fast.countryCallingCode, fast.nationalNumber))) ? fast : undefined;
  const p = libphonenumber().parsePhoneNumberFromString(text, region);
  return p && acceptable(p) ? { countryCallingCode: p.countryCallingCode, nationalNumber: p.nationalNumber, numberType: p.getType() } : undefined;
}

/** parseValid as libphonenumber alone answers it: the reference the fast reading is tested against. */
export function parseValidWithLibrary(text: string): ParsedPhone | undefined {
  try {
    if (text.startsWith("+") || text.startsWith("00")) {
      const p = libphonenumber().parsePhoneNumberFromString(text.startsWith("00") ? `+${text.slice(2)}` : text);
      return p && acceptable(p) ? p : undefined;
    }
    const trunk = firstDigit(text) === "0";
    for (const region of NATIONAL_REGIONS) {
      if (trunk !== (region === "GB" || region === "FR" || region === "DE")) continue;
      const p = libphonenumber().parsePhoneNumberFromString(text, region);
      if (p && acceptable(p)) return p;
    }
  } catch {
    // as above
  }
  return undefined;
}

/** Valid per the metadata, or in a fiction range (which the metadata may mark as unassigned) with a possible length. */
function acceptable(p: PhoneNumber): boolean {
  if (p.isValid()) return true;
  return p.isPossible() && inFictionRange(p.countryCallingCode, p.nationalNumber);
}

/**
 * FICTION_PREFIXES by calling code, as national-number prefixes (`+442079460` -> 44: `2079460`). Calling
 * codes are prefix-free (ITU-T E.164), so `+` code national starts with `+44` exactly when the code is 44.
 */
const FICTION_BY_CODE = new Map<string, string[]>();
for (const prefix of FICTION_PREFIXES) {
  const code = prefix.slice(1, 3);
  if (code !== "44" && code !== "33") throw new Error(`fiction prefix outside +44/+33: ${prefix}`);
  let list = FICTION_BY_CODE.get(code);
  if (list === undefined) FICTION_BY_CODE.set(code, (list = []));
  list.push(prefix.slice(3));
}

/** Whether the number `+` code national starts with a fiction prefix, read from its parts (no E.164 string per number). */
export function inFictionRange(callingCode: string, national: string): boolean {
  // Every fiction prefix is British (+44) or French (+33): other numbers skip the list.
  const prefixes = callingCode.length === 2 ? FICTION_BY_CODE.get(callingCode) : undefined;
  if (prefixes === undefined) return false;
  for (let k = 0; k < prefixes.length; k++) if (national.startsWith(prefixes[k]!)) return true;
  return false;
}

/** Group lengths of the digit runs, and the separators between them. */
export function groups(text: string): { lengths: number[]; separators: string[]; plus: boolean } {
  const lengths: number[] = [];
  const separators: string[] = [];
  let run = 0;
  let sep = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (run === 0 && lengths.length > 0) separators.push(sep);
      run++;
      sep = "";
    } else {
      if (run > 0) lengths.push(run);
      run = 0;
      if (c !== 0x2b) sep += text[i];
    }
  }
  if (run > 0) lengths.push(run);
  return { lengths, separators, plus: text.startsWith("+") };
}

/** Dates (2024-01-15, 15/01/2024, 15.01.2024 12:30) and dotted quads are digit groups too, but not phone numbers. */
export function looksLikeDateOrAddress(g: { lengths: number[]; separators: string[] }): boolean {
  const shape = g.lengths.join("-");
  if (shape === "4-2-2" || shape === "2-2-4" || shape === "4-2-2-2-2" || shape === "2-2-4-2-2" || shape === "2-2-4-2-2-2") return true;
  return g.separators.every((s) => s === ".") && g.lengths.length === 4 && g.lengths.every((l) => l <= 3);
}

function strongShape(candidate: string): boolean {
  const g = groups(candidate);
  const digits = g.lengths.reduce((a, b) => a + b, 0);
  if (digits < 8 || digits > 15) return false;
  if (g.plus) return g.lengths.length >= 1;
  if (candidate.startsWith("00")) return g.lengths.length >= 2;
  if (g.lengths.length < 2) return false;
  // A decimal (`0.42857143`, the `02.996577` of a timestamp) is one dot between two digit runs.
  if (g.lengths.length === 2 && g.separators[0] === ".") return false;
  // Dates (2024-01-15, 15/01/2024, 15.01.2024) and dotted quads are not phone numbers.
  if (looksLikeDateOrAddress(g)) return false;
  const shape = g.lengths.join("-");
  const first = candidate.replace("(", "")[0];
  if (first === "0") return true; // trunk prefix of GB/FR/DE national numbers
  // NANP: (212) 555-0123, 212-555-0123, 212.555.0123, 212 555 0123
  return shape === "3-3-4" || shape === "1-3-3-4";
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
function firstDigit(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return text[i];
  return undefined;
}
/** Characters that may appear inside a written phone number: space, ( ) - . / and +. */
const isPhonePunctuation = (c: number) => c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e || c === 0x2f || c === 0x2b || c === 0xa0;
const isRunChar = (c: number) => isDigit(c) || isPhonePunctuation(c);
const isWordChar = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x40 || c > 0x7f;
