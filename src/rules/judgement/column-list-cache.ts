import type { RowEvent } from "../rule.js";

/**
 * A value worked out once per COPY/INSERT column list, for the rules' per-row plans (issue 12). The
 * rows of one COPY share their `columns` array and come one after another, so the list asked last is
 * checked first, then a WeakMap keyed by the array; a list seen before in a new array (an INSERT header
 * read again after other statements, a block of rows sent to a worker) is found again by its content,
 * so a table gets one value (and whatever it holds, such as memos) however often its list is rebuilt.
 * The content map is bounded: past `maxByContent` entries it starts again.
 */
export function columnListCache<T>(
  make: (schema: string, table: string, columns: readonly string[], types: RowEvent["types"]) => T,
  maxByContent: number,
): (schema: string, table: string, columns: readonly string[], types: RowEvent["types"]) => T {
  interface Entry {
    schema: string;
    table: string;
    types: RowEvent["types"];
    value: T;
  }
  const byArray = new WeakMap<readonly string[], Entry>();
  const byContent = new Map<string, T>();
  let lastColumns: readonly string[] | undefined;
  let lastEntry: Entry | undefined;
  /** Another list than the last one asked (apart from the check below, which is inlined into the rules' row loops; this runs once per block). */
  const find = (schema: string, table: string, columns: readonly string[], types: RowEvent["types"]): T => {
    let entry = byArray.get(columns);
    if (entry === undefined || entry.schema !== schema || entry.table !== table || entry.types !== types) {
      const key = `${schema}\0${table}\0${columns.join("\0")}\0${types.map((t) => t ?? "").join("\0")}`;
      let value = byContent.get(key);
      if (value === undefined) {
        value = make(schema, table, columns, types);
        if (byContent.size >= maxByContent) byContent.clear();
        byContent.set(key, value);
      }
      entry = { schema, table, types, value };
      byArray.set(columns, entry);
    }
    lastColumns = columns;
    lastEntry = entry;
    return entry.value;
  };
  return (schema, table, columns, types) =>
    columns === lastColumns && lastEntry !== undefined && lastEntry.schema === schema && lastEntry.table === table && lastEntry.types === types ? lastEntry.value : find(schema, table, columns, types);
}
