/**
 * An empty list for a "nothing found" answer, with the map of the lists of objects given in its place
 * (PACKED_ELEMENTS; issue 12). `Object.freeze([])` has a map of its own: code compiled while only the
 * empty answer had been seen read the answer's `length` for that map alone, and the first answer with
 * items threw the compiled code away ("wrong map"). Not frozen: typed readonly, never pushed to.
 */
export function emptyList<T>(): readonly T[] {
  const list: T[] = [undefined as T];
  list.length = 0;
  return list;
}
