import { isWalkableJsonSize, jsonStrings, type JsonString } from "../../data/json-strings.js";
import type { RowEvent } from "../rule.js";
import type { ColumnRole } from "./column-roles.js";

/** Whether a cell of this column is a JSON document to walk: json/jsonb by type, or a text value that starts like one. */
export function mayBeJson(role: ColumnRole, value: string): boolean {
  // Bounded work and memory per cell: larger documents (4 MiB, or 16,384 leaves) are read as text.
  if (role.jsonTyped) return isWalkableJsonSize(value);
  if (!role.jsonText) return false;
  let i = 0;
  while (i < value.length && (value.charCodeAt(i) === 0x20 || value.charCodeAt(i) === 0x0a || value.charCodeAt(i) === 0x09 || value.charCodeAt(i) === 0x0d)) i++;
  const first = value.charCodeAt(i);
  return (first === 0x7b || first === 0x5b) && isWalkableJsonSize(value);
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
