/** A field value a packed record may hold. */
type Primitive = string | number | boolean;

/** Rows of flat records as numbers (one Int32Array when sent) and one list of distinct keys and values. */
export interface PackedRecords {
  ints: Int32Array;
  values: Primitive[];
}

/**
 * A growing list of 32-bit integers in one typed array: a block's encoding pushes tens of thousands
 * of numbers, and a JS array grows by copies into ever larger arrays that outlive young collections.
 */
export class IntList {
  private items = new Int32Array(4096);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[this.length++] = value;
  }

  increment(index: number): void {
    this.items[index]!++;
  }

  /** Overwrite a number pushed before (a count known once what it counts is pushed). */
  set(index: number, value: number): void {
    this.items[index] = value;
  }

  /** The numbers pushed, in an array of their own. */
  finish(): Int32Array {
    return this.items.slice(0, this.length);
  }

  private grow(): void {
    const bigger = new Int32Array(this.items.length * 2);
    bigger.set(this.items);
    this.items = bigger;
  }
}

/**
 * Rows' results, each undefined or a list of flat records (fields of strings, numbers, booleans;
 * undefined fields are dropped), packed to cross threads: per row its record count (-1: none),
 * per record its field count and (key, value) indexes into one list of distinct keys and values.
 * A block of hits repeats the same detector names, descriptions and help texts on many rows:
 * sending each once, and no object per record, costs a fraction of cloning the objects.
 */
export function recordsEncoder(): { add(records: readonly object[] | undefined): void; finish(): PackedRecords } {
  const ints = new IntList();
  const values: Primitive[] = [];
  const index = new Map<Primitive, number>();
  const indexOf = (value: Primitive) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.length;
      values.push(value);
      index.set(value, i);
    }
    return i;
  };
  return {
    add(records) {
      if (!records) {
        ints.push(-1);
        return;
      }
      ints.push(records.length);
      for (const record of records) {
        const countAt = ints.length;
        ints.push(0);
        // Own fields in insertion order, as Object.entries gives them, without an array per field.
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          const value = (record as Record<string, unknown>)[key];
          if (value === undefined) continue;
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw new TypeError(`recordsEncoder: field ${key} is not a string, number or boolean`);
          ints.push(indexOf(key));
          ints.push(indexOf(value));
          ints.increment(countAt);
        }
      }
    },
    finish: () => ({ ints: ints.finish(), values }),
  };
}

/** The rows back from `recordsEncoder`, one at a time: equal records (fields in the same order), undefined where a row had none. */
export function recordsDecoder<T>(packed: unknown): { next(): T[] | undefined } {
  const { ints, values } = packed as PackedRecords;
  let p = 0;
  return {
    next() {
      const count = ints[p++]!;
      if (count < 0) return undefined;
      const records: T[] = [];
      for (let r = 0; r < count; r++) {
        const fields = ints[p++]!;
        const record: Record<string, Primitive> = {};
        for (let f = 0; f < fields; f++) {
          record[values[ints[p]!] as string] = values[ints[p + 1]!]!;
          p += 2;
        }
        records.push(record as T);
      }
      return records;
    },
  };
}
