import type { Catalog, TableName } from "./catalog.js";
import type { CatalogData, Column, Constraint, Table } from "./model.js";
import { TokenCursor } from "./token-cursor.js";

/**
 * Resolve a table name as PostgreSQL would: `users` is `public.users`, `Users` folds to `users`,
 * `"Users"` keeps its case, `app."Odd Name"` is schema `app`. An object name is taken as stored.
 */
export function resolveTableName(name: TableName): { schema: string; name: string } | undefined {
  if (typeof name !== "string") return { schema: name.schema ?? "public", name: name.name };
  const cursor = new TokenCursor(name);
  const parts = cursor.qualifiedName();
  if (!parts || !cursor.done || parts.qualifiers.length > 1) return undefined;
  return { schema: parts.schema ?? "public", name: parts.name };
}

/** A column name as written by a rule or spec: exact stored name first, then with identifier rules (`"Email"`, `EMAIL`). */
function findColumnByName(table: Table, name: string): Column | undefined {
  const exact = table.columns.find((c) => c.name === name);
  if (exact) return exact;
  const cursor = new TokenCursor(name);
  const folded = cursor.name();
  if (folded === undefined || !cursor.done) return undefined;
  return table.columns.find((c) => c.name === folded);
}

const key = (schema: string, name: string) => `${schema}\u0000${name}`;

/**
 * The query API over catalog data. A live view (while the dump streams) is given the builder's own
 * table index, so it sees tables as they are declared; a built catalog is given the same index
 * (`frozen`: a second index of 100k tables' keys was ~15 MB at the end of a dump, issue 10 item 11),
 * or indexes once when given none. Foreign keys by referenced table are indexed on first use when
 * the catalog is frozen.
 */
export function catalogView(data: CatalogData, liveLookup?: (schema: string, name: string) => Table | undefined, frozen = liveLookup === undefined): Catalog {
  let index: Map<string, Table> | undefined;
  const lookup =
    liveLookup ??
    ((schema: string, name: string): Table | undefined => {
      index ??= new Map(data.tables.map((t) => [key(t.schema, t.name), t]));
      return index.get(key(schema, name));
    });
  let referencing: Map<string, { table: Table; constraint: Constraint }[]> | undefined;
  const referencesIndex = () => {
    if (referencing && frozen) return referencing;
    const built = new Map<string, { table: Table; constraint: Constraint }[]>();
    for (const t of data.tables)
      for (const constraint of t.constraints)
        if (constraint.kind === "foreign key" && constraint.references) {
          const k = key(constraint.references.schema, constraint.references.table);
          const list = built.get(k) ?? [];
          list.push({ table: t, constraint });
          built.set(k, list);
        }
    if (frozen) for (const list of built.values()) Object.freeze(list);
    referencing = built;
    return built;
  };
  const table = (name: TableName): Table | undefined => {
    const resolved = resolveTableName(name);
    return resolved ? lookup(resolved.schema, resolved.name) : undefined;
  };
  const primaryKey = (name: TableName): Constraint | undefined => table(name)?.constraints.find((c) => c.kind === "primary key");
  return {
    data,
    table,
    tables: () => data.tables,
    column: (name, column) => {
      const found = table(name);
      return found ? findColumnByName(found, column) : undefined;
    },
    columnType: (name, column) => {
      const found = table(name);
      return found ? findColumnByName(found, column)?.type : undefined;
    },
    primaryKey,
    referencesTo: (name) => {
      const target = table(name);
      return target ? (referencesIndex().get(key(target.schema, target.name)) ?? []) : [];
    },
  };
}
