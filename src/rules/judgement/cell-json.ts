import { isJsonSpace, isWalkableJsonSize, jsonStrings, type JsonString } from "../../data/json-strings.js";
import type { RowEvent } from "../rule.js";
import type { ColumnRole } from "./column-roles.js";
import { codeUnitAtOrNaN } from "./text-units.js";

/** Whether a cell of this column is a JSON document to walk: json/jsonb by type, or a text value that starts like one. */
export function mayBeJson(role: ColumnRole, value: string): boolean {
  // Bounded work and memory per cell: larger documents (4 MiB, or 16,384 leaves) are read as text.
  // One call of the size test for both kinds (issue 12): a call first reached at the first JSON text, after this was
  // compiled for typed JSON only (or the other way round), had no type feedback and threw the compiled code away.
  if (!role.jsonTyped && !(role.jsonText && startsLikeJson(value))) return false;
  return isWalkableJsonSize(value);
}

/**
 * First character after JSON white space is `{` or `[`: the only text values `mayBeJson` accepts (the cheap half of
 * its test, also asked alone by forbidden-secrets). Cells of every representation reach this (text-units.ts); past
 * the end the read is NaN.
 */
export function startsLikeJson(value: string): boolean {
  let i = 0;
  let first = codeUnitAtOrNaN(value, 0);
  while (isJsonSpace(first)) first = codeUnitAtOrNaN(value, ++i);
  return first === 0x7b || first === 0x5b;
}

const parsed = new WeakMap<RowEvent, (JsonString[] | null | undefined)[]>();

/**
 * The JSON leaves of one cell, parsed once per row whichever rule asks first (every rule receives
 * the same row object): undefined when the cell is not a JSON document.
 */
export function cellJson(row: RowEvent, index: number, role: ColumnRole): JsonString[] | undefined {
  const value = row.values[index];
  if (value === null || value === undefined || !mayBeJson(role, value)) return undefined;
  let cells = parsed.get(row);
  if (!cells) parsed.set(row, (cells = []));
  const known = cells[index];
  if (known !== undefined) return known ?? undefined;
  const strings = jsonStrings(value);
  cells[index] = strings ?? null;
  return strings;
}
