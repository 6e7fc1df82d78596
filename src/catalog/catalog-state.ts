import { ByTable } from "../core/by-table.js";
import { intern } from "../core/intern.js";
import { tokenizeSql } from "../lexer/tokens.js";
import type { Range } from "../report/location.js";
import type { Diagnostic } from "../report/schema.js";
import type { CatalogData, Column, Constraint, Table } from "./model.js";

/** Statement kinds as counted for the parser/recognizer figures. */
export interface ParseCounts {
  /** Statements pgsql-ast-parser parsed and the catalog took from its AST. */
  parser: number;
  /** Statements a targeted recognizer read (the parser rejected or misread them). */
  recognizer: number;
  /** Statements that carry nothing for the catalog (data, session settings) and were not parsed. */
  skipped: number;
  /** Statements neither could read: each also has a warning diagnostic. */
  unrecognized: number;
}

export const objectKey = (kind: string, schema: string | undefined, name: string) => `${kind}\u0000${schema ?? ""}\u0000${name}`;
const key = (schema: string, name: string) => `${schema}\u0000${name}`;
export const qualifiedKey = key;

export function emptyCatalogData(): CatalogData {
  return {
    header: {},
    schemas: [],
    tables: [],
    indexes: [],
    sequences: [],
    views: [],
    routines: [],
    triggers: [],
    policies: [],
    types: [],
    extensions: [],
    comments: [],
    grants: [],
    owners: [],
    servers: [],
    userMappings: [],
    publications: [],
    subscriptions: [],
    roles: [],
    connects: [],
    objects: [],
    largeObjects: [],
    securityLabels: [],
  };
}

/** The parents of every table that has none: one frozen list, not one empty array a table (32 bytes each of 100k tables); a parent added later makes a new list. */
const NO_PARENTS: Table["inherits"] = Object.freeze([]) as unknown as Table["inherits"];

/** A table as its CREATE statement (or its first row) introduces it: no columns, constraints or rows yet. */
export function emptyTable(head: Pick<Table, "schema" | "name" | "kind" | "unlogged" | "inherits">, rest: Pick<Table, "range" | "declared"> = {}): Table {
  // Written out, not spread: V8 gave every table built by `{ ...head, …, ...rest }` a map (hidden class) of its own, ~450 bytes a table.
  const table: Table = { schema: intern(head.schema), name: head.name, kind: head.kind, unlogged: head.unlogged, inherits: head.inherits.length === 0 ? NO_PARENTS : head.inherits, columns: [], constraints: [], rowCount: 0, rowsFromCopy: 0, rowsFromInsert: 0 };
  if ("range" in rest) table.range = rest.range;
  if ("declared" in rest) table.declared = rest.declared;
  return table;
}

/**
 * Entries of a catalog list by key, so that a dump with thousands of sequences, views or large
 * objects is read in linear time (a `find` per statement was quadratic). Lists only grow, or have
 * an entry replaced through `replace`: what was appended since the last lookup is indexed then.
 */
export class ListIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private indexed = 0;
  constructor(
    private readonly list: T[],
    private readonly keyOf: (item: T) => string,
  ) {}

  /** Every entry with this key, in list order. */
  all(k: string): readonly T[] {
    for (; this.indexed < this.list.length; this.indexed++) {
      const item = this.list[this.indexed]!;
      const itemKey = this.keyOf(item);
      const same = this.byKey.get(itemKey);
      if (same) same.push(item);
      else this.byKey.set(itemKey, [item]);
    }
    return this.byKey.get(k) ?? [];
  }

  get(k: string): T | undefined {
    return this.all(k)[0];
  }

  /** Put `next` where `previous` is, in the list and in the index. */
  replace(previous: T, next: T): void {
    const at = this.list.indexOf(previous);
    if (at >= 0) this.list[at] = next;
    const same = this.all(this.keyOf(previous));
    const k = same.indexOf(previous);
    if (k >= 0) (same as T[])[k] = next;
  }
}

/**
 * The mutable catalog while statements stream by. Tables are indexed by (schema, name) so that
 * ALTER TABLE, COPY and INSERT find theirs in constant time.
 */
export class CatalogState {
  readonly data: CatalogData = emptyCatalogData();
  readonly diagnostics: Diagnostic[] = [];
  /** By schema, then name: no `${schema}\0${name}` key string kept per table (~70 bytes each of 100k tables, issue 10 item 11). */
  private readonly tableIndex = new ByTable<Table>();
  readonly sequences = new ListIndex(this.data.sequences, (s) => key(s.schema, s.name));
  readonly types = new ListIndex(this.data.types, (t) => key(t.schema, t.name));
  readonly views = new ListIndex(this.data.views, (v) => key(v.schema, v.name));
  /** Objects by kind, schema ("" when none) and name. */
  readonly objects = new ListIndex(this.data.objects, (o) => objectKey(o.kind, o.schema, o.name));
  readonly largeObjects = new ListIndex(this.data.largeObjects, (o) => o.oid);
  readonly indexes = new ListIndex(this.data.indexes, (i) => key(i.schema, i.name));
  readonly roles = new ListIndex(this.data.roles, (r) => r.name);

  sequence(schema: string, name: string) {
    return this.sequences.get(key(schema, name));
  }
  /** The large object between `lo_open` and `lo_close`: where `lowrite` bytes go. */
  openLargeObject: string | undefined;
  /** The bytes of the `lowrite` just read (bytea text), for the rules; cleared before each statement. */
  lastLargeObjectWrite: { oid: string; data: string } | undefined;
  /** The last `\connect` target: set in pg_dumpall output and pg_dump --create. */
  database: string | undefined;

  table(schema: string, name: string): Table | undefined {
    return this.tableIndex.get(schema, name);
  }

  /** Add a table; a second CREATE of the same name replaces the columns but keeps rows already counted. */
  putTable(table: Table): Table {
    if (this.database !== undefined) table.database = this.database;
    const existing = this.table(table.schema, table.name);
    if (existing && existing.database !== table.database)
      this.note("catalog-merge", "warning", `table ${table.schema}.${table.name} is created in database ${existing.database ?? "(none)"} and again in ${table.database ?? "(none)"}; the catalog keeps one entry, with the later columns and the rows of both`, table.range);
    if (existing) {
      const { rowCount, rowsFromCopy, rowsFromInsert, dataRange } = existing;
      Object.assign(existing, table, { rowCount, rowsFromCopy, rowsFromInsert }, dataRange ? { dataRange } : {});
      return existing;
    }
    this.data.tables.push(table);
    this.tableIndex.set(table.schema, table.name, table);
    return table;
  }

  /** The table rows belong to; a table seen only in data (data-only dump) gets an entry with no columns. */
  tableForRows(schema: string, name: string): Table {
    return (
      this.table(schema, name) ??
      this.putTable(emptyTable({ schema, name, kind: "table", unlogged: false, inherits: [] }, { declared: false }))
    );
  }

  note(code: string, severity: Diagnostic["severity"], message: string, range: Range | undefined): void {
    this.diagnostics.push({ code, severity, message, ...(range ? { range } : {}) });
  }

  /** Notes gathered per (code, kind, message): one diagnostic each, with a count and the first location. */
  private readonly byKind = new Map<string, { code: string; severity: Diagnostic["severity"]; kind: string; message: string; count: number; range: Range | undefined }>();

  /** A note that would repeat for every statement of a kind: kept once, counted, emitted by `flushNotesByKind`. */
  noteByKind(code: string, severity: Diagnostic["severity"], kind: string, message: string, range: Range | undefined): void {
    const k = `${code}\u0000${kind}\u0000${message}`;
    const seen = this.byKind.get(k);
    if (seen) seen.count++;
    else this.byKind.set(k, { code, severity, kind, message, count: 1, range });
  }

  flushNotesByKind(): void {
    for (const n of this.byKind.values()) {
      const where = n.range ? ` (first at line ${n.range.start.line})` : "";
      this.note(n.code, n.severity, `${n.count} ${n.kind} statement${n.count === 1 ? "" : "s"} ${n.message}${where}`, n.range);
    }
    this.byKind.clear();
  }
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/**
 * Columns a CHECK expression uses, in table order (PostgreSQL's `conkey` for a check constraint):
 * names that are table columns, not a cast target (`::numeric`), a qualified part or a function name.
 */
export function checkColumns(table: Table, definition: string): string[] {
  const tokens = tokenizeSql(definition, { comments: false });
  const used = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.type !== "word" && t.type !== "quoted-identifier") return;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (before && ((before.type === "operator" && before.value === "::") || (before.type === "punct" && before.value === "."))) return;
    if (after && after.type === "punct" && (after.value === "(" || after.value === ".")) return;
    used.add(t.value);
  });
  return table.columns.filter((c) => used.has(c.name)).map((c) => c.name);
}

/** Add a constraint and apply what it implies: a primary key makes its columns NOT NULL (PostgreSQL sets attnotnull). */
export function addConstraint(table: Table, constraint: Constraint): void {
  if (constraint.kind === "check") constraint.columns = checkColumns(table, constraint.definition);
  if (constraint.name === "") {
    // Unnamed CHECK: <table>_<column>_check when it uses exactly one column, else <table>_check; a digit is appended until unique.
    const base = [table.name, ...(constraint.columns.length === 1 ? constraint.columns : []), "check"].join("_");
    let candidate = base;
    for (let n = 1; table.constraints.some((c) => c.name === candidate); n++) candidate = `${base}${n}`;
    constraint.name = candidate;
  }
  const same = table.constraints.findIndex((c) => c.name === constraint.name);
  if (same >= 0) table.constraints[same] = constraint;
  // A first constraint gets an array of its own size: push onto [] reserves 17 slots (~130 bytes) a table.
  else if (table.constraints.length === 0) table.constraints = [constraint];
  else table.constraints.push(constraint);
  if (constraint.kind === "primary key") {
    for (const name of constraint.columns) {
      const column = findColumn(table, name);
      if (column) column.nullable = false;
    }
  }
}
