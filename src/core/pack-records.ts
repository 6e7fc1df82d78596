/** A field value a packed record may hold. */
type Primitive = string | number | boolean;

/** Rows of flat records as numbers (one Int32Array when sent) and one list of distinct keys and values. */
export interface PackedRecords {
  ints: Int32Array;
  values: Primitive[];
}

/**
 * Rows' results, each undefined or a list of flat records (fields of strings, numbers, booleans;
 * undefined fields are dropped), packed to cross threads: per row its record count (-1: none),
 * per record its field count and (key, value) indexes into one list of distinct keys and values.
 * A block of hits repeats the same detector names, descriptions and help texts on many rows:
 * sending each once, and no object per record, costs a fraction of cloning the objects.
 */
export function recordsEncoder(): { add(records: readonly object[] | undefined): void; finish(): PackedRecords } {
  const ints: number[] = [];
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
        for (const [key, value] of Object.entries(record)) {
          if (value === undefined) continue;
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw new TypeError(`recordsEncoder: field ${key} is not a string, number or boolean`);
          ints.push(indexOf(key), indexOf(value));
          ints[countAt]!++;
        }
      }
    },
    finish: () => ({ ints: Int32Array.from(ints), values }),
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
