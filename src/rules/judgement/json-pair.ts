import type { JsonString } from "../../data/json-strings.js";

/** Keys of a name/value pair's value and name (`{"name": "API_KEY", "value": …}`, `{"header": "X-Api-Key", "value": …}`, `{"key": "PGHOST", "value": …}`). */
export const PAIR_VALUE_KEYS: ReadonlySet<string> = new Set(["value", "Value", "val"]);
export const PAIR_NAME_KEYS: ReadonlySet<string> = new Set(["name", "Name", "key", "Key", "header", "Header", "param", "parameter"]);
/** Leaves looked at either side of a pair's value for its name: the object's own keys and values, and a few more. */
export const PAIR_REACH = 6;

/**
 * The name leaf of the name/value pair whose value is `leaves[l]` (its sibling under a PAIR_NAME_KEYS key in the same
 * object, among the few leaves around it), or undefined. `jsonPath` is the value leaf's path.
 */
export function pairNameLeaf(leaves: readonly JsonString[], l: number, jsonPath: string): JsonString | undefined {
  return siblingLeaf(leaves, l, jsonPath, PAIR_NAME_KEYS);
}

/** The leaf under one of `keys` in the same object as `leaves[l]` (among the few leaves around it), or undefined. `jsonPath` is `leaves[l]`'s path. */
export function siblingLeaf(leaves: readonly JsonString[], l: number, jsonPath: string, keys: ReadonlySet<string>): JsonString | undefined {
  const leaf = leaves[l]!;
  const parent = jsonPath.slice(0, jsonPath.length - leaf.key!.length - 1);
  for (let m = Math.max(0, l - PAIR_REACH); m < Math.min(leaves.length, l + PAIR_REACH + 1); m++) {
    const other = leaves[m]!;
    if (m === l || other.isKey || other.key === undefined || !keys.has(other.key) || other.path !== `${parent}.${other.key}`) continue;
    return other;
  }
  return undefined;
}
