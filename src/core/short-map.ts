/** Entries past which lookups go through a Map instead of a scan (a wide table's columns: no quadratic lookups). */
const SCAN_LIMIT = 16;

/**
 * A map by string key made for the few entries most tables' columns are (issue 10, item 11): the
 * entries in one array of exactly their length, key then value, searched in order. A `Map` of a
 * small table's 3 columns kept ~50 bytes more, for each of a dump's 100k tables. Past `SCAN_LIMIT`
 * entries they move to a Map, so a table of 100k columns is looked up in constant time.
 */
export class ShortMap<V> {
  private entries: (string | V)[] = [];
  private map: Map<string, V> | undefined;

  get(key: string): V | undefined {
    if (this.map !== undefined) return this.map.get(key);
    const entries = this.entries;
    for (let k = 0; k < entries.length; k += 2) if (entries[k] === key) return entries[k + 1] as V;
    return undefined;
  }

  has(key: string): boolean {
    if (this.map !== undefined) return this.map.has(key);
    const entries = this.entries;
    for (let k = 0; k < entries.length; k += 2) if (entries[k] === key) return true;
    return false;
  }

  set(key: string, value: V): void {
    if (this.map !== undefined) {
      this.map.set(key, value);
      return;
    }
    const entries = this.entries;
    for (let k = 0; k < entries.length; k += 2)
      if (entries[k] === key) {
        entries[k + 1] = value;
        return;
      }
    if (entries.length < 2 * SCAN_LIMIT) {
      // A new array of exactly its length: a pushed-to array keeps room for 17 entries.
      const longer = new Array<string | V>(entries.length + 2);
      for (let k = 0; k < entries.length; k++) longer[k] = entries[k]!;
      longer[entries.length] = key;
      longer[entries.length + 1] = value;
      this.entries = longer;
      return;
    }
    this.map = new Map();
    for (let k = 0; k < entries.length; k += 2) this.map.set(entries[k] as string, entries[k + 1] as V);
    this.map.set(key, value);
    this.entries = [];
  }
}
