/**
 * Values by (schema, table) without a joined key string per table (issue 10, item 11: a
 * `${schema}\0${table}` key kept per table, flattened from a concatenation, was ~70 bytes a table
 * in each map that held one). The names kept are the caller's own strings.
 */
export class ByTable<V> {
  private readonly schemas = new Map<string, Map<string, V>>();

  get(schema: string, table: string): V | undefined {
    return this.schemas.get(schema)?.get(table);
  }

  set(schema: string, table: string, value: V): void {
    let tables = this.schemas.get(schema);
    if (tables === undefined) this.schemas.set(schema, (tables = new Map()));
    tables.set(table, value);
  }
}
