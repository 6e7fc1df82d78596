/**
 * libphonenumber-js's `parsePhoneNumberFromString(text, region?)` followed by `isValid()` and
 * `isPossible()`, for a number written plainly (ASCII digits, spaces, `( ) - . /`, one leading `+`),
 * with the metadata's regular expressions compiled once per country (issue 12).
 *
 * Why: the library builds a new RegExp on every pattern test (`matchesEntirely`), reselects the
 * numbering plan through fresh objects for each helper, and for a +1 number walks every NANP
 * country twice (parse, then isValid). That was 9.5 µs per phone cell, the rule's largest cost.
 *
 * Exactness: this is the library's own algorithm (parse.js, extractNationalNumber.js,
 * getCountryByCallingCode.js, getNumberType.js, isValid.js, isPossible.js, checkNumberLength.js of
 * libphonenumber-js 1.13), read from the same metadata through the library's own `Metadata`
 * accessors. Anything this port does not follow answers `FALLBACK` and the caller asks the library:
 * other characters (letters, extensions, non-ASCII digits), a `+` not at the start, non-geographic
 * calling codes (+800 ...), a national number starting with the region's international prefix or
 * calling code. test/rules/pii/detectors/phone-plans.property.test.ts compares both on random and
 * corpus numbers.
 */
import type { MetadataJson } from "libphonenumber-js/core";
import { lazyRequire, lazyRequirePackageFile } from "../../../core/lazy-require.js";

const libphonenumberCore = lazyRequire<typeof import("libphonenumber-js/core")>("libphonenumber-js/core");
/**
 * The library's metadata class alone: the module `libphonenumber-js/core` exports it from (its `Metadata` is this
 * file's default export), without the ~70 modules of parsers and formatters the core entry point loads first,
 * which this port never calls (issue 12: ~20 ms of CPU in every process or worker thread that reads a phone
 * number, against ~3 ms). Not a path the package exports, so found beside its package.json; core's if not there.
 */
const metadataModule = lazyRequirePackageFile<{ default?: unknown }>("libphonenumber-js", "build/metadata.js");

/** The class of `build/metadata.js` loaded alone, or undefined when the package has no such file. */
export function metadataClassAlone(): unknown {
  const own = metadataModule()?.default;
  return typeof own === "function" ? own : undefined;
}

/** The library's Metadata class (the same class whichever way it was loaded). */
function libraryMetadataClass(): new (json: MetadataJson) => LibraryMetadata {
  return (metadataClassAlone() ?? libphonenumberCore().Metadata) as new (json: MetadataJson) => LibraryMetadata;
}
const maxMetadata = lazyRequire<MetadataJson>("libphonenumber-js/metadata.max.json");

/** What the rule needs of a parsed number: the library's `PhoneNumber` fields plus its `isValid()` / `isPossible()`. */
export interface WrittenPhone {
  countryCallingCode: string;
  /** (No E.164 string: `+` calling code national number, made only where one is needed.) */
  nationalNumber: string;
  valid: boolean;
  possible: boolean;
  /**
   * The number's type as libphonenumber's `getType()` names it (`FIXED_LINE_OR_MOBILE` read as `FIXED_LINE`), when
   * valid: the first type whose pattern matched while validity was decided, so reading it costs nothing more.
   */
  numberType: NumberTypeName | undefined;
}

/** The port does not follow this input: ask libphonenumber. */
export const FALLBACK = Symbol("ask libphonenumber");

/** The library's NumberingPlan accessors this port reads (its typings declare only a few). */
interface LibraryPlan {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  IDDPrefix(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface LibraryMetadata {
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: LibraryPlan;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/** getNumberType's order: FIXED_LINE, then NON_FIXED_LINE_PHONE_TYPES. */
const TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"] as const;
export type NumberTypeName = (typeof TYPES)[number];

interface CompiledType {
  name: NumberTypeName;
  pattern: RegExp;
  lengths: readonly number[] | undefined;
  /** `lengths` as bits (bit n: length n), when every length is under 32; else undefined (indexOf then). */
  lengthBits: number | undefined;
}

interface CompiledPlan {
  callingCode: string;
  /** matchesEntirely(x, nationalNumberPattern()) */
  nationalNumber: RegExp;
  possibleLengths: readonly number[] | undefined;
  hasTypes: boolean;
  types: readonly CompiledType[];
  /**
   * `^(?:(type 1)|(type 2)|…)$`, when the plan has two types or more and none holds a capturing group: its one match
   * names the first type whose pattern matches (the regular expression tries its alternatives in order), where the
   * types were tested one at a time (issue 12: ~2.7 tests a typing, ~365 instructions each).
   */
  typeUnion: RegExp | undefined;
  /** `^(?:nationalPrefixForParsing)` when the plan has one. */
  prefixForParsing: RegExp | undefined;
  /** The same pattern sticky (`y`) at 0, for a plan without a transform rule: its `lastIndex` after `test` is the match's end (no match array). */
  prefixEnd: RegExp | undefined;
  transformRule: string | undefined;
  /** `^(?:leadingDigits)`: `search(leadingDigits) === 0` is a match that starts at 0. */
  leadingDigits: RegExp | undefined;
  /** `^(?:IDDPrefix)` likewise (stripIddPrefix's `search(...) !== 0`). */
  idd: RegExp | undefined;
  /**
   * The plan's last readings (issue 12): a national number is tested against its plan's national pattern and typed two
   * or three times in a row (extractNationalNumber's shouldHaveExtractedNationalPrefix, sharedCodeCountry's hasType,
   * parseWrittenNumber's own type), with other plans read in between (a shared calling code's countries). Both are
   * pure functions of the plan and the text: kept on the plan, by the text.
   */
  testedNumber: string | undefined;
  testedNational: boolean;
  typedNumber: string | undefined;
  typedAs: NumberTypeName | undefined;
}

let metadata: LibraryMetadata | undefined;
const plans = new Map<string, CompiledPlan>();
/** planOf's last answer. */
let lastPlanCountry: string | undefined;
let lastPlan: CompiledPlan | undefined;
const countriesByCallingCode = new Map<string, readonly string[] | null>();

function libraryMetadata(): LibraryMetadata {
  return (metadata ??= new (libraryMetadataClass())(maxMetadata()));
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/** The compiled plan of a country (`US`), built on first use from the library's accessors. */
function planOf(country: string): CompiledPlan {
  // A number asks for the same plan two or three times (its calling code's main country, then its own): the last one first.
  if (country === lastPlanCountry) return lastPlan!;
  let plan = plans.get(country);
  if (plan === undefined) {
    plan = compilePlan(libraryMetadata(), country);
    plans.set(country, plan);
  }
  lastPlanCountry = country;
  lastPlan = plan;
  return plan;
}

/** The plan of `country` in `md`, its patterns compiled (planOf's making, and compileEveryPattern's). */
function compilePlan(md: LibraryMetadata, country: string): CompiledPlan {
  md.selectNumberingPlan(country);
  const p = md.numberingPlan;
  const types: CompiledType[] = [];
  const typeSources: string[] = [];
  if (p.hasTypes()) {
    for (const name of TYPES) {
      const t = p.type(name);
      // isNumberTypeEqualTo: a type without a pattern never matches.
      if (!t || !t.pattern()) continue;
      const lengths = t.possibleLengths() || undefined;
      typeSources.push(t.pattern());
      types.push({ name, pattern: entirely(t.pattern()), lengths, lengthBits: lengths?.every((n) => n >= 0 && n < 32) ? lengths.reduce((bits, n) => bits | (1 << n), 0) : undefined });
    }
  }
  const prefix = p.nationalPrefixForParsing();
  const transform = p.nationalPrefixTransformRule();
  const leading = p.leadingDigits();
  const idd = p.IDDPrefix();
  const capturing = typeSources.some((source) => /\((?!\?:)/.test(source.replace(/\\./g, "")));
  return {
    callingCode: p.callingCode(),
    nationalNumber: entirely(p.nationalNumberPattern()),
    possibleLengths: p.possibleLengths() || undefined,
    hasTypes: p.hasTypes(),
    types,
    typeUnion: types.length >= 2 && !capturing ? new RegExp(`^(?:${typeSources.map((source) => `(${source})`).join("|")})$`) : undefined,
    prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    prefixEnd: prefix && !transform ? new RegExp(`(?:${prefix})`, "y") : undefined,
    transformRule: transform || undefined,
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    idd: idd ? new RegExp(`^(?:${idd})`) : undefined,
    testedNumber: undefined,
    testedNational: false,
    typedNumber: undefined,
    typedAs: undefined,
  };
}

/**
 * Compiles every regular expression this module can compile at run time from `json` (default: the metadata it reads),
 * through the functions planOf and sharedCodeOf call: each country's plan, then each shared calling code's unions.
 * Nothing is kept. For test/api/regex-safety.test.ts, which records what is built and rechecks it (a pattern the
 * metadata holds is no literal in src/).
 */
export function compileEveryPattern(json: MetadataJson = maxMetadata()): void {
  const md = new (libraryMetadataClass())(json);
  const listed = json as unknown as { countries: Record<string, unknown>; country_calling_codes: Record<string, unknown> };
  const compiled = new Map<string, CompiledPlan>();
  const planIn = (country: string): CompiledPlan => {
    let plan = compiled.get(country);
    if (plan === undefined) compiled.set(country, (plan = compilePlan(md, country)));
    return plan;
  };
  for (const country of Object.keys(listed.countries)) planIn(country);
  for (const callingCode of Object.keys(listed.country_calling_codes)) {
    const countries = md.getCountryCodesForCallingCode(callingCode);
    if (countries !== undefined && countries.length > 1) compileSharedCode(md, countries, countries.map(planIn));
  }
}

let callingCodes: Map<number, string> | undefined;
/**
 * The calling code written by `digits`' first `length` digits if metadata.hasCallingCode accepts it
 * (from a table made once of every code the metadata lists, asked once), else undefined; read as a
 * number, not cut out of the digits (calling codes have no leading zero, so the number names one code).
 */
function callingCodeAt(digits: string, length: number): string | undefined {
  if (callingCodes === undefined) {
    const md = libraryMetadata();
    const json = maxMetadata() as unknown as { country_calling_codes: Record<string, unknown>; nonGeographic?: Record<string, unknown> };
    callingCodes = new Map();
    for (const c of [...Object.keys(json.country_calling_codes), ...Object.keys(json.nonGeographic ?? {})]) {
      if (md.hasCallingCode(c) && c.charCodeAt(0) !== 0x30) callingCodes.set(Number(c), c);
    }
  }
  if (digits.charCodeAt(0) === 0x30) return undefined;
  let n = 0;
  for (let i = 0; i < length; i++) n = n * 10 + (digits.charCodeAt(i) - 0x30);
  return callingCodes.get(n);
}

/** countriesOf's last answer. */
let lastCountriesCode: string | undefined;
let lastCountries: readonly string[] | null = null;

/** Countries sharing a calling code (main country first); null for an unknown or non-geographic code. */
function countriesOf(callingCode: string): readonly string[] | null {
  // Asked up to three times per number for its calling code: the last answer first.
  if (callingCode === lastCountriesCode) return lastCountries;
  let countries = countriesByCallingCode.get(callingCode);
  if (countries === undefined) {
    const md = libraryMetadata();
    countries = md.hasCallingCode(callingCode) ? (md.getCountryCodesForCallingCode(callingCode) ?? null) : null;
    countriesByCallingCode.set(callingCode, countries);
  }
  lastCountriesCode = callingCode;
  lastCountries = countries;
  return countries;
}

/** getNumberType(...) !== undefined */
function hasType(nationalNumber: string, plan: CompiledPlan): boolean {
  return typeOf(nationalNumber, plan) !== undefined;
}

/** getNumberType(...), with `FIXED_LINE_OR_MOBILE` read as `FIXED_LINE` (the first type that matches, in getNumberType's order). */
function typeOf(nationalNumber: string, plan: CompiledPlan): NumberTypeName | undefined {
  if (nationalNumber === plan.typedNumber) return plan.typedAs;
  const type = readType(nationalNumber, plan);
  plan.typedNumber = nationalNumber;
  plan.typedAs = type;
  return type;
}

/** matchesEntirely(nationalNumber, nationalNumberPattern()): plan.nationalNumber.test, its last answer kept on the plan. */
function nationalMatches(nationalNumber: string, plan: CompiledPlan): boolean {
  if (nationalNumber === plan.testedNumber) return plan.testedNational;
  const matches = plan.nationalNumber.test(nationalNumber);
  plan.testedNumber = nationalNumber;
  plan.testedNational = matches;
  return matches;
}

/** typeOf, read from the patterns. */
function readType(nationalNumber: string, plan: CompiledPlan): NumberTypeName | undefined {
  if (!nationalMatches(nationalNumber, plan)) return undefined;
  const types = plan.types;
  let from = 0;
  const union = plan.typeUnion;
  if (union !== undefined) {
    // The first type whose pattern matches, in one test: if its lengths take the number, no type before it can.
    const m = union.exec(nationalNumber);
    if (m === null) return undefined;
    let k = 1;
    while (m[k] === undefined) k++;
    const t = types[k - 1]!;
    if (lengthFits(t, nationalNumber.length)) return t.name;
    from = k;
  }
  for (let k = from; k < types.length; k++) {
    const t = types[k]!;
    if (lengthFits(t, nationalNumber.length) && t.pattern.test(nationalNumber)) return t.name;
  }
  return undefined;
}

/** Whether a type's possible lengths take a national number of `length` digits (all of them when it lists none). */
function lengthFits(t: CompiledType, length: number): boolean {
  return t.lengthBits !== undefined ? ((t.lengthBits >>> length) & 1) !== 0 && length < 32 : t.lengths === undefined || t.lengths.indexOf(length) >= 0;
}

type LengthCheck = "IS_POSSIBLE" | "TOO_SHORT" | "TOO_LONG" | "INVALID_LENGTH";
/** checkNumberLength(nationalNumber, undefined, plan) */
function checkLength(nationalNumber: string, plan: CompiledPlan): LengthCheck {
  const lengths = plan.possibleLengths;
  if (!lengths) return "IS_POSSIBLE";
  const length = nationalNumber.length;
  const min = lengths[0]!;
  if (min === length) return "IS_POSSIBLE";
  if (min > length) return "TOO_SHORT";
  if (lengths[lengths.length - 1]! < length) return "TOO_LONG";
  return lengths.indexOf(length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

/**
 * countryByCallingCode's last answer for a calling code shared by several countries: a national number whose trunk
 * prefix was stripped (`020 7946 0123` read in GB) asks it in extractNationalNumber and again in parseWrittenNumber,
 * and each asking reads the main country's types and the others' leading digits (issue 12). A pure function of the two.
 */
let lastSharedCode = "";
let lastSharedNumber = "";
let lastSharedCountry: string | undefined;

/** getCountryByCallingCode(callingCode, { nationalNumber }) */
function countryByCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  if (callingCode === lastSharedCode && nationalNumber === lastSharedNumber) return lastSharedCountry;
  const country = sharedCodeCountry(countries, nationalNumber);
  lastSharedCode = callingCode;
  lastSharedNumber = nationalNumber;
  lastSharedCountry = country;
  return country;
}

/**
 * How getCountryByCallingCode reads the countries of a shared calling code, in order: a country with leading digits
 * when they start the number, another when the number has one of its types (so matches its national pattern). Its
 * plans are kept with the list (no planOf per country), with two unions the regular expression engine answers in
 * one test where the countries' own patterns were tested one at a time (issue 12):
 * - `rest`: does any country after the main one match: its leading digits start the number, or its national pattern
 *   is the whole number? No: the main country's answer is all (a trunk-0 number read in GB that is Swedish or German
 *   went on through Guernsey, the Isle of Man and Jersey);
 * - a run of countries with leading digits (Antigua to the Bahamas before Canada, for +1) answers no at once when
 *   none of their leading digits starts the number.
 * A union of alternatives matches where one of them does, so the order of the answers is the countries' own.
 */
interface SharedCode {
  countries: readonly string[];
  plans: readonly CompiledPlan[];
  /** After the main country, any country that could match (undefined: fewer than two of them). */
  rest: RegExp | undefined;
  /** At a country opening a run of two or more with leading digits: the union of theirs, and where the run ends. */
  runUnion: (RegExp | undefined)[];
  runEnd: number[];
}
const sharedCodes = new Map<readonly string[], SharedCode>();
/** sharedCodeOf's last answer. */
let lastSharedCodeList: readonly string[] | undefined;
let lastSharedCodeRead: SharedCode | undefined;

/** The SharedCode of a shared calling code's countries (made once per list: countriesOf gives the same array). */
function sharedCodeOf(countries: readonly string[]): SharedCode {
  if (countries === lastSharedCodeList) return lastSharedCodeRead!;
  let shared = sharedCodes.get(countries);
  if (shared === undefined) {
    shared = compileSharedCode(libraryMetadata(), countries, countries.map(planOf));
    sharedCodes.set(countries, shared);
  }
  lastSharedCodeList = countries;
  lastSharedCodeRead = shared;
  return shared;
}

/** The SharedCode of a shared calling code's countries in `md`, given their plans (sharedCodeOf's making, and compileEveryPattern's). */
function compileSharedCode(md: LibraryMetadata, countries: readonly string[], plans: readonly CompiledPlan[]): SharedCode {
  const leading = (country: string): string | undefined => {
    md.selectNumberingPlan(country);
    return md.numberingPlan.leadingDigits() || undefined;
  };
  const national = (country: string): string => {
    md.selectNumberingPlan(country);
    return md.numberingPlan.nationalNumberPattern();
  };
  const sources = countries.map((c) => {
    const lead = leading(c);
    return lead !== undefined ? `(?:${lead})` : `(?:${national(c)})$`;
  });
  const runUnion: (RegExp | undefined)[] = countries.map(() => undefined);
  const runEnd = countries.map((_, k) => k + 1);
  for (let k = 1; k < countries.length; ) {
    let end = k;
    while (end < countries.length && plans[end]!.leadingDigits !== undefined) end++;
    if (end - k >= 2) {
      runUnion[k] = new RegExp(`^(?:${sources.slice(k, end).join("|")})`);
      runEnd[k] = end;
    }
    k = Math.max(end, k + 1);
  }
  return {
    countries,
    plans,
    rest: countries.length > 2 ? new RegExp(`^(?:${sources.slice(1).join("|")})`) : undefined,
    runUnion,
    runEnd,
  };
}

/** countryByCallingCode among the countries of a shared calling code (main country first). */
function sharedCodeCountry(countries: readonly string[], nationalNumber: string): string | undefined {
  // (An empty number: the countries one at a time, as the library reads them.)
  if (nationalNumber === "") return sharedCodeCountryInTurn(countries, nationalNumber, 0, countries.length);
  const shared = sharedCodeOf(countries);
  const plans = shared.plans;
  if (countryMatches(plans[0]!, nationalNumber)) return countries[0];
  if (shared.rest !== undefined && !shared.rest.test(nationalNumber)) return undefined;
  for (let k = 1; k < plans.length; ) {
    const union = shared.runUnion[k];
    if (union !== undefined) {
      const end = shared.runEnd[k]!;
      if (union.test(nationalNumber)) {
        const country = sharedCodeCountryInTurn(countries, nationalNumber, k, end);
        if (country !== undefined) return country;
      }
      k = end;
      continue;
    }
    if (countryMatches(plans[k]!, nationalNumber)) return countries[k];
    k++;
  }
  return undefined;
}

/** Whether getCountryByCallingCode takes a number for a country of a shared calling code: its leading digits, else a type. */
function countryMatches(plan: CompiledPlan, nationalNumber: string): boolean {
  return plan.leadingDigits ? nationalNumber !== "" && plan.leadingDigits.test(nationalNumber) : hasType(nationalNumber, plan);
}

/** sharedCodeCountry's reading of countries[from, to) one at a time. */
function sharedCodeCountryInTurn(countries: readonly string[], nationalNumber: string, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const country = countries[k]!;
    if (countryMatches(planOf(country), nationalNumber)) return country;
  }
  return undefined;
}

/** extractNationalNumber(number, undefined, metadata with `selected` chosen) */
function extractNationalNumber(number: string, selected: CompiledPlan): string {
  let national = number;
  const prefix = selected.prefixForParsing;
  const prefixEnd = selected.prefixEnd;
  if (number && prefixEnd) {
    // No transform rule: the match's end is all that is read of it.
    prefixEnd.lastIndex = 0;
    if (prefixEnd.test(number)) national = number.slice(prefixEnd.lastIndex);
  } else if (number && prefix) {
    const m = prefix.exec(number);
    if (m) {
      const groups = m.length - 1;
      const captured = groups > 0 && m[groups];
      if (selected.transformRule && captured) national = number.replace(prefix, selected.transformRule);
      else national = number.slice(m[0].length);
    }
  }
  if (national !== number) {
    // shouldHaveExtractedNationalPrefix
    if (nationalMatches(number, selected) && !nationalMatches(national, selected)) return number;
    if (selected.possibleLengths) {
      const country = countryByCallingCode(selected.callingCode, national);
      const check = checkLength(national, country ? planOf(country) : selected);
      if (check === "TOO_SHORT" || check === "INVALID_LENGTH") return number;
    }
  }
  return national;
}

const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;

/** parseWrittenNumber's digits not read by the caller (undefined is a reading: FALLBACK). */
const NOT_READ = Symbol("digits not read");

/**
 * The library's reading of `text` (a number with `+`, or a national number in `region`), or undefined
 * where the library returns none, or FALLBACK where this port does not follow the input. `read`:
 * writtenDigits(text), when the caller has read them already (a national number is read for each region tried).
 */
export function parseWrittenNumber(text: string, region?: string, read: string | undefined | typeof NOT_READ = NOT_READ): WrittenPhone | undefined | typeof FALLBACK {
  const digits = read === NOT_READ ? writtenDigits(text) : read;
  if (digits === undefined) return FALLBACK;
  // (A text writtenDigits reads holds at most its one `+`, before the digits.)
  const plus = text.indexOf("+") >= 0;
  if (plus && region !== undefined) return FALLBACK;

  let callingCode: string;
  let country: string | undefined;
  let nationalNumber: string;
  if (plus) {
    if (digits.charCodeAt(0) === 0x30) return undefined;
    let found: string | undefined;
    for (let length = 1; length <= 3 && length <= digits.length; length++) {
      const code = callingCodeAt(digits, length);
      if (code !== undefined) {
        found = code;
        break;
      }
    }
    if (found === undefined) return undefined;
    const countries = countriesOf(found);
    if (!countries) return FALLBACK; // non-geographic (+800, +882 ...)
    callingCode = found;
    const rest = digits.slice(found.length);
    if (rest === "") return undefined;
    nationalNumber = extractNationalNumber(rest, planOf(countries[0]!));
    country = countryByCallingCode(callingCode, nationalNumber);
  } else {
    if (region === undefined) return FALLBACK;
    const selected = planOf(region);
    // stripIddPrefix and a calling code written without `+`: followed by the library itself.
    if (!selected.idd || selected.idd.test(digits) || digits.startsWith(selected.callingCode)) return FALLBACK;
    callingCode = selected.callingCode;
    nationalNumber = extractNationalNumber(digits, selected);
    country = countryByCallingCode(callingCode, nationalNumber) ?? region;
  }
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return undefined;
  const countries = countriesOf(callingCode)!;
  const plan = planOf(country ?? countries[0]!);
  const numberType = plan.hasTypes ? typeOf(nationalNumber, plan) : undefined;
  const valid = plan.hasTypes ? numberType !== undefined : nationalMatches(nationalNumber, plan);
  const possible = checkLength(nationalNumber, plan) === "IS_POSSIBLE";
  return { countryCallingCode: callingCode, nationalNumber, valid, possible, numberType };
}

/**
 * The digits of a plainly written number (digits, space ( ) - . / and one `+` before any digit), or
 * undefined where the port hands over to the library (FALLBACK whatever the region): other characters,
 * under 3 digits, over 250 characters.
 */
export function writtenDigits(text: string): string | undefined {
  let plus = false;
  // The digits are copied a run at a time as the text is read (no regular expression replace per number).
  let digits = "";
  let run = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (run < 0) run = i;
      count++;
      continue;
    }
    if (run >= 0) {
      digits += text.slice(run, i);
      run = -1;
    }
    // A `+` before any digit.
    if (c === 0x2b && !plus && count === 0) {
      plus = true;
      continue;
    }
    // space ( ) - . /
    if (c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e || c === 0x2f) continue;
    return undefined;
  }
  if (run >= 0) digits += text.slice(run);
  return count < 3 || text.length > 250 ? undefined : digits;
}
