/**
 * A list reused for one thing's results at a time (a cell's hits, a row's hits), emptied by a
 * count so it keeps its room (issue 12: no allocation per cell on the common path). An array
 * emptied with `length = 0` gives its backing store up, and the next push reserves room for 17
 * again: ~150 bytes for every cell or row with a hit. `copy` gives the items in an array of their
 * exact size, for a caller that keeps them.
 */
export class ScratchList<T> {
  /**
   * Items `0 .. length - 1` are the list's; later ones are left over from before. Made holding elements of any kind (an
   * array of one `undefined`, which is none of the list's items): an empty `[]` holds small integers until its first
   * item, and that change of kind threw away the compiled code that had read the empty list (issue 12: a rule's row
   * loop, at the first cell with a hit).
   */
  readonly items: T[] = [undefined as T];
  length = 0;

  push(item: T): void {
    this.items[this.length++] = item;
  }

  /** Empties the list. A long one (a cell of many hits) lets its items go: what is left over stays small. */
  clear(): void {
    if (this.length > MAX_KEPT) this.items.length = 0;
    this.length = 0;
  }

  copy(): T[] {
    return this.items.slice(0, this.length);
  }
}

/** Items a cleared list may keep alive until they are overwritten. */
const MAX_KEPT = 16;
