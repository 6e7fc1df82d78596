import type { CatalogData, Column, Constraint, Table } from "./model.js";

/** A table name as a rule or spec writes it: `"Mixed Case".t`, `public.users`, `users`, or already split. */
export type TableName = string | { schema?: string; name: string };

/**
 * Read-only query API over the catalog. Rules receive this; it is complete inside
 * `onEnd` and, during streaming, holds everything declared so far.
 * (Implementation: the catalog issue; see `build.ts`.)
 */
export interface Catalog {
  readonly data: CatalogData;
  /** Look up a table by name with PostgreSQL identifier rules: unquoted parts fold to lower case,
   * double-quoted parts keep case; an unqualified name means schema `public`. */
  table(name: TableName): Table | undefined;
  tables(): readonly Table[];
  column(table: TableName, column: string): Column | undefined;
  /** Canonical type of a column, or undefined when the table or column is unknown. */
  columnType(table: TableName, column: string): string | undefined;
  primaryKey(table: TableName): Constraint | undefined;
  /** Foreign keys in other (or the same) tables that reference `table`. */
  referencesTo(table: TableName): readonly { table: Table; constraint: Constraint }[];
}
