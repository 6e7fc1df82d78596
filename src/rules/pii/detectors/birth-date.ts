import { FoundMatch, type PiiMatch } from "../pii-match.js";

/** Dates sanitizers and seed scripts put in a birth-date column. */
const PLACEHOLDER_DATES = new Set(["1900-01-01", "1901-01-01", "1970-01-01", "1980-01-01", "2000-01-01", "0001-01-01", "1111-11-11", "9999-12-31", "1899-12-31"]);

export interface BirthDateOptions {
  /** Year the ages are measured against; a fixed option, never the clock, so results are reproducible. */
  referenceYear: number;
  /** Oldest plausible age in years. */
  maxAge: number;
}

/**
 * A date of birth in a whole cell of a birth-like column: ISO `YYYY-MM-DD` (PostgreSQL's date
 * output with DateStyle ISO, optionally followed by a time), or `DD/MM/YYYY` / `DD.MM.YYYY` in text
 * columns; a real calendar date giving an age between 0 and `maxAge`. Jan 1 of any year counts as
 * generalized to the year (a common sanitization), fixed placeholder dates as synthetic.
 */
export function birthDateInCell(cell: string, options: BirthDateOptions): PiiMatch | undefined {
  const trimmed = cell.trim();
  // The date as one number, YYYYMMDD: no date object, substrings or ISO string per cell.
  const date = readDate(trimmed);
  if (date < 0) return undefined;
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  const age = options.referenceYear - year;
  let reason: string | undefined;
  if (PLACEHOLDER_DAYS.has(date)) reason = "placeholder date";
  else if (age < 0 || age > options.maxAge) return undefined;
  else if (month === 1 && day === 1) reason = "generalized to the year";
  const start = trimmed.length === cell.length ? 0 : cell.indexOf(trimmed);
  return new FoundMatch("birth-date", trimmed, start, start + trimmed.length, yearMask(year), reason || undefined);
}

/** PLACEHOLDER_DATES as YYYYMMDD numbers (a year is read from four digits, so each date has one number). */
const PLACEHOLDER_DAYS: ReadonlySet<number> = new Set([...PLACEHOLDER_DATES].map((iso) => Number(iso.replace(/-/g, ""))));

/** `197•-••-••`: the first three characters of the year, made once per year. */
const YEAR_MASKS = new Map<number, string>();
function yearMask(year: number): string {
  let mask = YEAR_MASKS.get(year);
  if (mask === undefined) YEAR_MASKS.set(year, (mask = `${String(year).slice(0, 3)}•-••-••`));
  return mask;
}

/** A written date (as birthDateInCell reads it) as the number YYYYMMDD, or -1. */
function readDate(text: string): number {
  let year: number;
  let month: number;
  let day: number;
  if (text.length >= 10 && text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d && digitsAt(text, 0, 4) && digitsAt(text, 5, 2) && digitsAt(text, 8, 2)) {
    if (text.length > 10 && text[10] !== " " && text[10] !== "T") return -1;
    year = numberAt(text, 0, 4);
    month = numberAt(text, 5, 2);
    day = numberAt(text, 8, 2);
  } else if (text.length === 10 && (text[2] === "/" || text[2] === ".") && text[5] === text[2] && digitsAt(text, 0, 2) && digitsAt(text, 3, 2) && digitsAt(text, 6, 4)) {
    day = numberAt(text, 0, 2);
    month = numberAt(text, 3, 2);
    year = numberAt(text, 6, 4);
  } else return -1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/** Number(text.slice(start, start + count)) of ASCII digits. */
function numberAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + (text.charCodeAt(i) - 0x30);
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitsAt(text: string, start: number, count: number): boolean {
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}
