import type { PiiMatch } from "../pii-match.js";

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
  const date = parseDate(trimmed);
  if (!date) return undefined;
  const { year, month, day } = date;
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  const age = options.referenceYear - year;
  let reason: string | undefined;
  if (PLACEHOLDER_DATES.has(iso)) reason = "placeholder date";
  else if (age < 0 || age > options.maxAge) return undefined;
  else if (month === 1 && day === 1) reason = "generalized to the year";
  const start = cell.indexOf(trimmed);
  return { detector: "birth-date", value: trimmed, start, end: start + trimmed.length, masked: `${String(year).slice(0, 3)}•-••-••`, ...(reason ? { syntheticReason: reason } : {}) };
}

export function parseDate(text: string): { year: number; month: number; day: number } | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (text.length >= 10 && text[4] === "-" && text[7] === "-" && digitsAt(text, 0, 4) && digitsAt(text, 5, 2) && digitsAt(text, 8, 2)) {
    if (text.length > 10 && text[10] !== " " && text[10] !== "T") return undefined;
    year = Number(text.slice(0, 4));
    month = Number(text.slice(5, 7));
    day = Number(text.slice(8, 10));
  } else if (text.length === 10 && (text[2] === "/" || text[2] === ".") && text[5] === text[2] && digitsAt(text, 0, 2) && digitsAt(text, 3, 2) && digitsAt(text, 6, 4)) {
    day = Number(text.slice(0, 2));
    month = Number(text.slice(3, 5));
    year = Number(text.slice(6, 10));
  } else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function digitsAt(text: string, start: number, count: number): boolean {
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

const pad = (n: number) => String(n).padStart(2, "0");
