import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { codePointLength, isLetterAt, isTrivialDigitSequence, sanitizationMarker } from "../synthetic-markers.js";

/** Booleans and empty-ish values that carry nothing about a person (at most 5 characters: longer values skip the lower-casing). */
export const NOT_A_VALUE: ReadonlySet<string> = new Set(["t", "f", "true", "false", "0", "0.0", "{}", "[]", "\"\""]);

/**
 * Any value in a column whose name is the only evidence (street, city, postcode, gender, passport,
 * card security code ...): there is no checksum to validate, so every non-empty value counts, unless
 * it carries a sanitization marker (placeholder, mask, hash or token, trivial digits). The masked
 * form reveals nothing but the length.
 */
export function personalValueInCell(cell: string, categoryId?: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length === 0 || (trimmed.length <= 5 && NOT_A_VALUE.has(trimmed.toLowerCase()))) return undefined;
  if (categoryId === "street-address" && !looksLikeStreetAddress(trimmed)) return undefined;
  if (categoryId !== undefined && !hasValueEvidence(categoryId, trimmed)) return undefined;
  const start = trimmed.length === cell.length ? 0 : cell.indexOf(trimmed);
  const reason = sanitizationMarker(trimmed) ?? (trimmed.length >= 4 && (isDigitsOnly(trimmed) ? isTrivialDigitSequence(trimmed) : categoryId !== undefined && IDENTITY_CATEGORIES.has(categoryId) && isTrivialDigitSequence(digitsOf(trimmed))) ? "trivial digits" : undefined);
  return new FoundMatch("personal-value", trimmed, start, start + trimmed.length, lengthMask(codePointLength(trimmed)), reason || undefined);
}

/**
 * Identity and account numbers, whose letters and separators say nothing of whether they are real: `000-00-0000`,
 * `00000000X000` or the KVNR example `A123456789` are stand-ins by their digits alone.
 */
const IDENTITY_CATEGORIES: ReadonlySet<string> = new Set(["national-id", "account-number", "us-ssn", "uk-nino", "fr-nir"]);

/** The ASCII digits of `value`, in order. */
function digitsOf(value: string): string {
  let digits = "";
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += value[i];
  }
  return digits;
}

/** What a health column says when there is nothing to say: no one's health data. */
const NO_HEALTH_DATA: ReadonlySet<string> = new Set(["none", "no", "nein", "keine", "keiner", "aucune", "aucun", "non", "ninguna", "ninguno", "nada", "n/a", "na", "-", "--", "nil", "null", "unknown", "nkda", "nka", "k.a.", "ka"]);

/** `…(N chars)`, made once for lengths up to 256 (every value of a name-only column is masked so). */
const LENGTH_MASKS: readonly string[] = Array.from({ length: 257 }, (_, n) => `…(${n} chars)`);
const lengthMask = (length: number): string => LENGTH_MASKS[length] ?? `…(${length} chars)`;

/** /^\d+$/.test(value) without a regular expression call per cell. */
function isDigitsOnly(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return value.length > 0;
}

/**
 * A postal address has words: at least one space and a letter (`12 rue des Lilas`, `Hauptstraße 5`).
 * A column called `address` or `addr` in a table of servers holds `10.0.0.5`, `db1.internal:5432`
 * or a URL instead, which are not personal.
 */
export function looksLikeStreetAddress(value: string): boolean {
  if (value.includes("://")) return false;
  let space = false;
  let letter = false;
  for (let i = 0; i < value.length && !(space && letter); i++) {
    if (value.charCodeAt(i) === 0x20) space = true;
    else if (!letter && isLetterAt(value, i)) letter = true;
  }
  return space && letter;
}

/**
 * Issue 11 item 4: a name alone never makes an error; the value must look like the thing. An
 * identity or tax number has at least 6 letters and digits with at least 2 digits (`tax_id` holding
 * `1`, `2` is a foreign key); a bank account number at least 6 digits; a card security code is 3 or 4
 * digits. Other name-only categories (cities, genders, ...) have no shape to check.
 */
export function hasValueEvidence(categoryId: string, value: string): boolean {
  if (categoryId === "health") return value.length > 6 || !NO_HEALTH_DATA.has(value.toLowerCase());
  // Other categories (cities, genders, ...) have no shape to check: their values are not read here.
  if (categoryId !== "national-id" && categoryId !== "account-number" && categoryId !== "card-security-code" && categoryId !== "us-ssn" && categoryId !== "uk-nino" && categoryId !== "fr-nir") return true;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (isLetterAt(value, i)) letters++;
  }
  switch (categoryId) {
    case "national-id":
    case "us-ssn":
    case "uk-nino":
    case "fr-nir":
      return digits >= 2 && digits + letters >= 6;
    case "account-number":
      return digits >= 6;
    case "card-security-code":
      return (digits === 3 || digits === 4) && letters === 0 && value.length <= 4;
    default:
      return true;
  }
}
