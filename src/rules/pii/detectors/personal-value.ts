import type { PiiMatch } from "../pii-match.js";
import { isTrivialDigitSequence, sanitizationMarker } from "../synthetic-markers.js";

/** Booleans and empty-ish values that carry nothing about a person. */
const NOT_A_VALUE = new Set(["t", "f", "true", "false", "0", "0.0", "{}", "[]", "\"\""]);

/**
 * Any value in a column whose name is the only evidence (street, city, postcode, gender, passport,
 * card security code ...): there is no checksum to validate, so every non-empty value counts, unless
 * it carries a sanitization marker (placeholder, mask, hash or token, trivial digits). The masked
 * form reveals nothing but the length.
 */
export function personalValueInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length === 0 || NOT_A_VALUE.has(trimmed.toLowerCase())) return undefined;
  const start = cell.indexOf(trimmed);
  const base = { detector: "personal-value" as const, value: trimmed, start, end: start + trimmed.length, masked: `…(${Array.from(trimmed).length} chars)` };
  const marker = sanitizationMarker(trimmed);
  if (marker) return { ...base, syntheticReason: marker };
  const digitsOnly = /^\d+$/.test(trimmed);
  if (digitsOnly && trimmed.length >= 4 && isTrivialDigitSequence(trimmed)) return { ...base, syntheticReason: "trivial digits" };
  return base;
}
