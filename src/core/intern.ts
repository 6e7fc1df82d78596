import { detachedString } from "./detached-string.js";

/** Longest string shared: names and types, not values. */
const MAX_LENGTH = 64;
/** Strings remembered; the table starts over when full (memory stays bounded, the answer never changes). */
const MAX_ENTRIES = 16_384;
const shared = new Map<string, string>();

/**
 * One string for every equal short name (issue 10, item 11: a dump of 100k small tables held its
 * column names, types, schema and owner names once per table in the catalog and again per COPY
 * statement, ~300 bytes a table): `id`, `created_at`, `public`, `timestamp with time zone`. Only
 * memory changes: an interned string is equal to the one given. A string kept is detached from
 * the text it was cut from, so it never pins a statement.
 */
export function intern(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const known = shared.get(text);
  if (known !== undefined) return known;
  if (shared.size >= MAX_ENTRIES) shared.clear();
  const kept = detachedString(text);
  shared.set(kept, kept);
  return kept;
}

/** Text the catalog keeps: interned when short, else a copy detached from the statement it was cut from. */
export const keptText = (text: string): string => (text.length > MAX_LENGTH ? detachedString(text) : intern(text));
