import { intern, keptText } from "../core/intern.js";
import type { Range } from "../report/location.js";
import { canonicalType, quoteIdent } from "./canonical-type.js";
import { addConstraint, emptyTable, findColumn, qualifiedKey, type CatalogState } from "./catalog-state.js";
import type { Column, Constraint, Table } from "./model.js";
import { TokenCursor } from "./token-cursor.js";
import { appendAll } from "../core/append-all.js";

/** Words that end a column's type and start its constraints (CREATE TABLE grammar, "column_constraint"). */
const COLUMN_CLAUSE = new Set(["collate", "constraint", "not", "null", "default", "check", "unique", "primary", "references", "generated", "deferrable", "initially", "compression", "storage"]);
/** Words that end a DEFAULT expression; `not` only together with `null`. */
const DEFAULT_END = new Set(["constraint", "check", "unique", "primary", "references", "generated", "collate"]);

/** Index of the first top-level token in [from, to) that is one of `words`, else `to`. */
const indexOfWord = (c: TokenCursor, from: number, to: number, words: string[]) => {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = c.tokens[k]!;
    if (t.type === "punct") depth += t.value === "(" ? 1 : t.value === ")" ? -1 : 0;
    else if (depth === 0 && t.type === "word" && words.includes(t.value)) return k;
  }
  return to;
};

/**
 * Read one constraint body (tokens [from, to), after an optional `CONSTRAINT name`). `inlineColumn`
 * is set for a column constraint, whose columns are implied. Undefined when the body is no
 * constraint (`NOT NULL`, `NULL`, `DEFAULT` are column properties, handled by the caller).
 */
export function readConstraint(c: TokenCursor, from: number, to: number, table: { schema: string; name: string }, name: string | undefined, inlineColumn?: string): Constraint | undefined {
  const body = c.sub(from, to);
  // Kept for the dump's whole run: shared when short (`PRIMARY KEY (id)`), never a slice pinning the statement's text.
  const definitionAsWritten = keptText(c.slice(from, to));
  const located = c.rangeOf(from, to);
  let constraint = readConstraintBody(body, c, definitionAsWritten, table, name, inlineColumn);
  // The range in the literal, last as when it was added: added afterwards it took a property array per constraint (~40 bytes).
  if (constraint && located)
    constraint = constraint.references
      ? { name: constraint.name, kind: constraint.kind, columns: constraint.columns, references: constraint.references, definition: constraint.definition, range: located }
      : { name: constraint.name, kind: constraint.kind, columns: constraint.columns, definition: constraint.definition, range: located };
  // `... NOT ENFORCED` (PostgreSQL 18): the constraint is recorded but not checked.
  if (constraint && c.isWordAt(to - 2, "not") && c.isWordAt(to - 1, "enforced")) constraint.enforced = false;
  return constraint;
}

function readConstraintBody(body: TokenCursor, c: TokenCursor, definitionAsWritten: string, table: { schema: string; name: string }, name: string | undefined, inlineColumn?: string): Constraint | undefined {
  // PostgreSQL's choice for an unnamed constraint (ChooseIndexName / ChooseConstraintName): table, all key columns, suffix.
  // An unnamed CHECK is named when added, from the columns its expression uses (addConstraint).
  const defaultName = (suffix: string, columns: string[]) => name ?? [table.name, ...columns, suffix].join("_");
  if (body.words("check")) {
    const columns = inlineColumn ? [inlineColumn] : [];
    return { name: name ?? "", kind: "check", columns, definition: definitionAsWritten };
  }
  if (body.words("primary", "key")) {
    const columns = body.nameList() ?? (inlineColumn ? [inlineColumn] : []);
    // A column constraint has no column list; pg_get_constraintdef prints one.
    return { name: name ?? `${table.name}_pkey`, kind: "primary key", columns, definition: inlineColumn && !definitionAsWritten.includes("(") ? `PRIMARY KEY (${quoteIdent(inlineColumn)})` : definitionAsWritten };
  }
  if (body.words("unique")) {
    // UNIQUE NULLS [NOT] DISTINCT (PostgreSQL 15) qualifies the index, not the column list.
    if (!body.words("nulls", "not", "distinct")) body.words("nulls", "distinct");
    const columns = body.nameList() ?? (inlineColumn ? [inlineColumn] : []);
    return { name: defaultName("key", columns), kind: "unique", columns, definition: inlineColumn && !definitionAsWritten.includes("(") ? `UNIQUE (${quoteIdent(inlineColumn)})` : definitionAsWritten };
  }
  let columns: string[] = inlineColumn ? [inlineColumn] : [];
  if (body.words("foreign", "key")) columns = body.nameList() ?? [];
  if (body.words("references")) {
    const target = body.qualifiedName();
    const targetColumns = body.nameList() ?? [];
    return {
      name: defaultName("fkey", columns),
      kind: "foreign key",
      columns,
      references: { schema: target?.schema ?? c.defaultSchema, table: target?.name ?? "", columns: targetColumns },
      definition: inlineColumn ? `FOREIGN KEY (${quoteIdent(inlineColumn)}) ${definitionAsWritten}` : definitionAsWritten,
    };
  }
  if (body.words("exclude")) {
    if (body.words("using")) body.name();
    const elements = body.parens();
    const excluded: string[] = [];
    if (elements) for (const part of body.splitTopLevel(elements.from, elements.to)) {
      const t = body.tokens[part.from];
      if (t && (t.type === "word" || t.type === "quoted-identifier")) excluded.push(t.value);
    }
    return { name: defaultName("excl", excluded), kind: "exclusion", columns: excluded, definition: definitionAsWritten };
  }
  return undefined;
}

/**
 * `NULL`, `NULL::type`, `(NULL)::type`...: an expression PostgreSQL folds to a null constant, for which it
 * stores no default (docs: CREATE TABLE, DEFAULT; src/backend/catalog/heap.c, AddRelationNewConstraints).
 */
export function isNullConstant(c: TokenCursor, from: number, to: number): boolean {
  let sawNull = false;
  for (let k = from; k < to; k++) {
    const t = c.tokens[k]!;
    if (t.type === "punct" && (t.value === "(" || t.value === ")")) continue;
    if (t.type === "word" && t.value === "null" && !sawNull) {
      sawNull = true;
      continue;
    }
    if (t.type === "operator" && t.value === "::" && sawNull) {
      // The cast's type name runs to the next `::` or the end: words, dots, parentheses, brackets.
      k++;
      while (k < to && !(c.tokens[k]!.type === "operator" && c.tokens[k]!.value === "::")) k++;
      k--;
      continue;
    }
    return false;
  }
  return sawNull;
}

/** Columns whose definition said DEFAULT NULL: they have no default, and take none from a parent. */
const explicitNullDefault = new WeakSet<Column>();

/** What a column definition says: the column, its inline constraints, and an identity it declares. */
export interface ColumnDefinition {
  column: Column;
  constraints: Constraint[];
  /** Token range of the identity's sequence options `( ... )`, when the column is an identity column. */
  identityOptions?: { from: number; to: number };
}

/**
 * The sequence behind an identity column (docs: CREATE TABLE, "GENERATED ... AS IDENTITY"):
 * named by `SEQUENCE NAME` in its options, else `<table>_<column>_seq` in the table's schema; its
 * type is `AS type` from the options, else the column's type.
 */
export function addIdentitySequence(state: CatalogState, c: TokenCursor, options: { from: number; to: number } | undefined, table: { schema: string; name: string }, column: Column, range: Range): void {
  let schema = table.schema;
  let name = `${table.name}_${column.name}_seq`;
  let dataType = column.type;
  if (options) {
    const o = c.sub(options.from, options.to);
    while (!o.done) {
      if (o.words("sequence", "name")) {
        const n = o.qualifiedName();
        if (n) ({ schema = table.schema, name } = { schema: n.schema, name: n.name });
      } else if (o.words("as")) {
        const start = o.i;
        o.name();
        dataType = canonicalType(o.slice(start, o.i), o.defaultSchema);
      } else o.i++;
    }
  }
  if (state.sequence(schema, name)) return;
  state.data.sequences.push({ schema, name, dataType, ownedBy: { schema: table.schema, table: table.name, column: column.name }, range });
}

/** `name type [COLLATE c] [column constraints...]` (tokens [from, to)). */
export function readColumnDefinition(c: TokenCursor, from: number, to: number, table: { schema: string; name: string }): ColumnDefinition | undefined {
  const col = c.sub(from, to);
  const name = col.name();
  if (name === undefined) return undefined;
  const typeStart = col.i;
  while (!col.done && !(col.peek()!.type === "word" && COLUMN_CLAUSE.has(col.peek()!.value))) {
    if (col.isPunct("(") || col.isPunct("[")) col.i = col.closing(col.i) + 1;
    else col.i++;
  }
  const typeText = col.slice(typeStart, col.i);
  const type = canonicalType(typeText, col.defaultSchema);
  const columnRange = c.rangeOf(from, to);
  // The range in the literal (same key order): added afterwards it took a property array of its own per column.
  // Names and types shared between tables (src/core/intern.ts): 100k tables repeat `id` and `timestamp with time zone`.
  const column: Column = columnRange ? { name: intern(name), type: type === undefined ? type : intern(type), nullable: true, range: columnRange } : { name: intern(name), type: type === undefined ? type : intern(type), nullable: true };
  const constraints: Constraint[] = [];
  let identityOptions: { from: number; to: number } | undefined;
  while (!col.done) {
    let constraintName: string | undefined;
    if (col.words("constraint")) constraintName = col.name();
    if (col.words("collate")) {
      const collation = col.qualifiedName();
      // As PostgreSQL prints it: `pg_catalog."C"` (quote_identifier rules; `C` is case-sensitive).
      if (collation) column.collation = [...collation.qualifiers, collation.name].map(quoteIdent).join(".");
      continue;
    }
    if (col.words("not", "null")) {
      column.nullable = false;
      continue;
    }
    if (col.words("null")) continue;
    if (col.words("default")) {
      const start = col.i;
      col.i++;
      while (!col.done && !(col.peek()!.type === "word" && (DEFAULT_END.has(col.peek()!.value) || (col.isWord("not") && col.isWord("null", 1))))) {
        if (col.isPunct("(") || col.isPunct("[")) col.i = col.closing(col.i) + 1;
        else col.i++;
      }
      column.default = keptText(col.slice(start, col.i));
      if (isNullConstant(col, start, col.i)) {
        // PostgreSQL stores no default for a null constant (AddRelationNewConstraints); pg_dump writes
        // DEFAULT NULL so that a partition or child does not take its parent's default.
        delete column.default;
        explicitNullDefault.add(column);
      }
      continue;
    }
    if (col.words("generated")) {
      if (col.words("always", "as", "identity") || col.words("always", "as")) {
        if (col.tokens[col.i - 1]?.value === "identity") column.identity = "always";
        else {
          const expr = col.parens();
          if (expr) column.generated = col.slice(expr.from, expr.to);
          // Without STORED a generated column is VIRTUAL (PostgreSQL 18; before 18 STORED was required).
          column.generatedStorage = col.words("stored") ? "stored" : (col.words("virtual"), "virtual");
        }
      } else if (col.words("by", "default", "as", "identity")) column.identity = "by default";
      if (col.isPunct("(")) {
        const options = col.parens();
        if (column.identity && options) identityOptions = { from: options.from + from, to: options.to + from };
      }
      continue;
    }
    if (col.words("deferrable") || col.words("not", "deferrable") || col.words("initially", "deferred") || col.words("initially", "immediate")) continue;
    if (col.words("compression") || col.words("storage")) {
      col.name();
      continue;
    }
    // A constraint runs to the next CONSTRAINT or column-property keyword at top level.
    const start = col.i;
    col.i++;
    while (!col.done && !(col.peek()!.type === "word" && ["constraint", "not", "null", "default", "check", "unique", "primary", "references", "generated", "collate"].includes(col.peek()!.value) && !(col.isWord("not") && (col.isWord("valid", 1) || col.isWord("deferrable", 1))))) {
      if (col.isPunct("(")) col.i = col.closing(col.i) + 1;
      else col.i++;
    }
    const constraint = readConstraint(col, start, col.i, table, constraintName, name);
    if (constraint) constraints.push(constraint);
  }
  // A column that only gained a default (most defaults) as one literal, in the same key order: the default added
  // afterwards took a property array per column (~40 bytes).
  const { default: defaultText, range } = column;
  const onlyDefault = defaultText !== undefined && range !== undefined && column.collation === undefined && column.identity === undefined && column.generated === undefined && column.generatedStorage === undefined && column.comment === undefined;
  const kept: Column = onlyDefault ? { name: column.name, type: column.type, nullable: column.nullable, range, default: defaultText } : column;
  return { column: kept, constraints, ...(identityOptions ? { identityOptions } : {}) };
}

/** Read `CREATE [UNLOGGED|FOREIGN] TABLE ...` with tokens; false when the statement is not one. */
export function recognizeCreateTable(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("global") || c.words("local");
  // pg_dump never writes a temporary table; a hand-written one is read like any other.
  const unlogged = c.words("unlogged");
  if (!unlogged) c.words("temporary") || c.words("temp");
  const foreign = c.words("foreign");
  if (!c.words("table")) return false;
  c.words("if", "not", "exists");
  const qname = c.qualifiedName();
  if (!qname) return false;
  const table: Table = emptyTable(
    { schema: qname.schema ?? c.defaultSchema, name: qname.name, kind: foreign ? "foreign table" : "table", unlogged, inherits: [] },
    { range },
  );
  const pendingConstraints: Constraint[] = [];
  const identities: ColumnDefinition[] = [];
  const notNullColumns: string[] = [];
  let typedTable = false;
  if (c.words("partition", "of")) {
    const parentName = c.qualifiedName();
    if (parentName) {
      table.partitionOf = { schema: parentName.schema ?? c.defaultSchema, name: parentName.name };
      const parent = state.table(table.partitionOf.schema, table.partitionOf.name);
      // A partition has its parent's columns, with their types, NOT NULL and defaults.
      if (parent) table.columns = parent.columns.map((col) => ({ ...col, range }));
    }
  } else if (c.words("of")) {
    typedTable = true;
    // A typed table has the composite type's attributes as columns.
    const typeName = c.qualifiedName();
    const type = typeName && state.types.all(qualifiedKey(typeName.schema ?? c.defaultSchema, typeName.name)).find((t) => t.kind === "composite");
    if (type) table.columns = (type.attributes ?? []).map((a) => ({ name: a.name, type: a.type, nullable: true, range }));
    else state.note("recognizer", "warning", `CREATE TABLE ${table.schema}.${table.name} OF a type the dump has not declared: its columns are unknown`, range);
  }
  const elements = c.parens();
  if (elements) {
    let elementNumber = 0;
    for (const part of c.splitTopLevel(elements.from, elements.to)) {
      elementNumber++;
      const el = c.sub(part.from, part.to);
      let constraintName: string | undefined;
      if (el.words("constraint")) constraintName = el.name();
      if (el.isWord("check") || el.isWord("primary") || el.isWord("unique") || el.isWord("foreign") || el.isWord("exclude")) {
        const constraint = readConstraint(el, el.i, el.tokens.length, table, constraintName);
        if (constraint) pendingConstraints.push(constraint);
        continue;
      }
      if (el.words("like")) {
        copyLikeColumns(el, state, table);
        continue;
      }
      if (constraintName !== undefined || el.isWord("not")) {
        // Table-level `[CONSTRAINT name] NOT NULL column` (PostgreSQL 18); any other kind is not read.
        if (el.words("not", "null")) {
          const columnName = el.name();
          if (columnName !== undefined) notNullColumns.push(columnName);
        } else state.note("recognizer", "warning", `CREATE TABLE ${table.schema}.${table.name}: element ${elementNumber} is a constraint of a kind the catalog does not read`, range);
        continue;
      }
      if (table.partitionOf || typedTable) {
        // `PARTITION OF parent (col WITH OPTIONS NOT NULL ...)`, `OF type (...)`: options on columns the table already has.
        const options = readColumnDefinition(c, part.from, part.to, table);
        const column = options && findColumn(table, options.column.name);
        if (column && options) {
          column.nullable &&= options.column.nullable;
          if (options.column.default !== undefined) column.default = options.column.default;
          else if (explicitNullDefault.has(options.column)) delete column.default;
          appendAll(pendingConstraints, options.constraints);
        }
        continue;
      }
      const definition = readColumnDefinition(c, part.from, part.to, table);
      if (definition) {
        definition.column.range ??= range;
        table.columns.push(definition.column);
        appendAll(pendingConstraints, definition.constraints);
        if (definition.column.identity) identities.push(definition);
      } else state.note("recognizer", "warning", `CREATE TABLE ${table.schema}.${table.name}: element ${elementNumber} of the column list could not be read`, range);
    }
  }
  // Clauses after the element list, in any order pg_dump writes them.
  while (!c.done) {
    if (c.words("inherits")) {
      const list = c.parens();
      if (list) for (const part of c.splitTopLevel(list.from, list.to)) {
        const parent = c.sub(part.from, part.to).qualifiedName();
        // A new array: a table without parents shares one empty list (emptyTable).
        if (parent) table.inherits = [...table.inherits, { schema: parent.schema ?? c.defaultSchema, name: parent.name }];
      }
    } else if (c.words("partition", "by")) {
      table.kind = "partitioned table";
      const end = indexOfWord(c, c.i, c.tokens.length, ["using", "with", "tablespace"]);
      table.partitionKey = c.slice(c.i, end);
      c.i = end;
    } else if (c.isWord("for") && c.isWord("values", 1)) {
      const end = indexOfWord(c, c.i, c.tokens.length, ["partition"]);
      table.partitionBound = c.slice(c.i, end);
      c.i = end;
    } else if (c.isWord("default") && table.partitionOf) {
      table.partitionBound = "DEFAULT";
      c.i++;
    } else if (c.words("server")) {
      const server = c.name();
      if (server !== undefined) table.server = server;
    } else if (c.words("options")) {
      table.options = readOptions(c);
    } else c.i++;
  }
  if (table.inherits.length > 0) table.columns = mergeInheritedColumns(state, table);
  for (const name of notNullColumns) {
    const column = findColumn(table, name);
    if (column) column.nullable = false;
  }
  // Columns were pushed one by one (V8 reserves 17 slots for 3 columns): keep an array of their number only.
  table.columns = table.columns.slice();
  const stored = state.putTable(table);
  for (const constraint of pendingConstraints) addConstraint(stored, constraint);
  for (const identity of identities) addIdentitySequence(state, c, identity.identityOptions, stored, identity.column, range);
  return true;
}

/**
 * `LIKE source [INCLUDING | EXCLUDING option]...` (docs: CREATE TABLE, "LIKE"): the source's
 * columns with their types and NOT NULL; defaults, identity and generation expressions only when
 * included (DEFAULTS, IDENTITY, GENERATED or ALL).
 */
function copyLikeColumns(el: TokenCursor, state: CatalogState, table: Table): void {
  const sourceName = el.qualifiedName();
  const source = sourceName ? state.table(sourceName.schema ?? el.defaultSchema, sourceName.name) : undefined;
  if (!source) {
    state.note("recognizer", "warning", `CREATE TABLE ${table.schema}.${table.name} copies the columns of a table the dump has not declared`, table.range);
    return;
  }
  const included = new Set<string>();
  while (!el.done) {
    const verb = el.name();
    const option = el.name();
    if (option === undefined) break;
    if (verb === "including") included.add(option);
    else if (verb === "excluding" && option === "all") included.clear();
    else if (verb === "excluding") included.delete(option);
  }
  const has = (option: string) => included.has(option) || included.has("all");
  for (const column of source.columns) {
    // Comments are copied only with INCLUDING COMMENTS; the catalog keeps them on the source.
    const { default: defaultText, identity, generated, comment: _comment, ...rest } = column;
    table.columns.push({
      ...rest,
      ...(has("defaults") && defaultText !== undefined ? { default: defaultText } : {}),
      ...(has("identity") && identity !== undefined ? { identity } : {}),
      ...(has("generated") && generated !== undefined ? { generated } : {}),
      ...(table.range ? { range: table.range } : {}),
    });
  }
}

/**
 * Column list of a table with INHERITS (docs: CREATE TABLE, "INHERITS"): the parents' columns
 * first, in parent order, then the table's own; a column declared in both is merged (NOT NULL if
 * either says so, the local default wins).
 */
export function mergeInheritedColumns(state: CatalogState, table: Table): Column[] {
  const merged: Column[] = [];
  const local = new Map(table.columns.map((c) => [c.name, c]));
  for (const parentName of table.inherits) {
    const parent = state.table(parentName.schema, parentName.name);
    if (!parent) continue;
    for (const inherited of parent.columns) {
      const existing = merged.find((c) => c.name === inherited.name);
      if (existing) {
        existing.nullable &&= inherited.nullable;
        continue;
      }
      const own = local.get(inherited.name);
      local.delete(inherited.name);
      // Identity is not inherited; a generation expression is (docs: CREATE TABLE, INHERITS / GENERATED).
      const { identity: _identity, comment: _comment, ...fromParent } = inherited;
      if (!own) {
        merged.push({ ...fromParent, ...(table.range ? { range: table.range } : {}) });
        continue;
      }
      const takesDefault = own.default === undefined && !explicitNullDefault.has(own) && inherited.default !== undefined && own.generated === undefined;
      merged.push({
        ...own,
        nullable: own.nullable && inherited.nullable,
        ...(takesDefault ? { default: inherited.default } : {}),
        ...(own.generated === undefined && inherited.generated !== undefined ? { generated: inherited.generated, ...(inherited.generatedStorage ? { generatedStorage: inherited.generatedStorage } : {}) } : {}),
      });
    }
  }
  for (const column of table.columns) if (local.has(column.name)) merged.push(column);
  return merged;
}

/** `(key 'value', key2 'value2')` at the cursor (generic FDW options). */
export function readOptions(c: TokenCursor): Record<string, string> {
  const options: Record<string, string> = {};
  const list = c.parens();
  if (!list) return options;
  for (const part of c.splitTopLevel(list.from, list.to)) {
    const el = c.sub(part.from, part.to);
    el.words("add") || el.words("set");
    const key = el.name();
    const value = el.peek();
    if (key !== undefined) options[key] = value?.value ?? "";
  }
  return options;
}

/**
 * Read `ALTER [FOREIGN] TABLE [IF EXISTS] [ONLY] name action, ...` with tokens: constraints,
 * column defaults, NOT NULL, identity, owners, partitions. False when no table is named.
 */
export function recognizeAlterTable(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("alter")) return false;
  c.words("foreign");
  if (!c.words("table")) return false;
  c.words("if", "exists");
  c.words("only");
  const qname = c.qualifiedName();
  if (!qname) return false;
  const schema = qname.schema ?? c.defaultSchema;
  for (const part of c.splitTopLevel(c.i, c.tokens.length)) alterTableAction(c.sub(part.from, part.to), state, schema, qname.name, range);
  return true;
}

/** One action of ALTER TABLE (the cursor covers just that action). */
export function alterTableAction(a: TokenCursor, state: CatalogState, schema: string, tableName: string, range: Range): void {
  const table = state.table(schema, tableName);
  if (a.words("add")) {
    let constraintName: string | undefined;
    if (a.words("constraint")) constraintName = a.name();
    if (a.isWord("check") || a.isWord("primary") || a.isWord("unique") || a.isWord("foreign") || a.isWord("exclude")) {
      const constraint = readConstraint(a, a.i, a.tokens.length, { schema, name: tableName }, constraintName);
      if (constraint && table) {
        constraint.range = range;
        addConstraint(table, constraint);
      } else if (constraint) state.note("recognizer", "warning", `ALTER TABLE adds constraint ${constraint.name} to ${schema}.${tableName}, which the dump never created`, range);
      return;
    }
    if (a.words("not", "null")) {
      // PostgreSQL 18 catalogs NOT NULL as a constraint: ADD CONSTRAINT name NOT NULL column.
      const columnName = a.name();
      const column = table && columnName !== undefined ? findColumn(table, columnName) : undefined;
      if (column) column.nullable = false;
      return;
    }
    if (constraintName !== undefined || a.isWord("constraint")) {
      state.note("recognizer", "warning", `ALTER TABLE ${schema}.${tableName} adds a constraint of a kind the catalog does not read`, range);
      return;
    }
    a.words("column");
    a.words("if", "not", "exists");
    const definition = readColumnDefinition(a, a.i, a.tokens.length, { schema, name: tableName });
    if (definition && table) {
      definition.column.range ??= range;
      table.columns.push(definition.column);
      for (const constraint of definition.constraints) addConstraint(table, constraint);
      if (definition.column.identity) addIdentitySequence(state, a, definition.identityOptions, table, definition.column, range);
    }
    return;
  }
  if (a.words("alter")) {
    a.words("column");
    const columnName = a.name();
    const column = table && columnName !== undefined ? findColumn(table, columnName) : undefined;
    if (!column) {
      if (table) state.note("recognizer", "warning", `ALTER TABLE ${schema}.${tableName} alters column ${columnName ?? "?"}, which the dump never created`, range);
      return;
    }
    if (a.words("set", "default")) {
      if (isNullConstant(a, a.i, a.tokens.length)) delete column.default;
      else column.default = a.rest();
    }
    else if (a.words("drop", "default")) delete column.default;
    else if (a.words("set", "not", "null")) column.nullable = false;
    else if (a.words("drop", "not", "null")) column.nullable = true;
    else if (a.words("add", "generated", "always", "as", "identity") || a.words("add", "generated", "by", "default", "as", "identity")) {
      column.identity = a.tokens[a.i - 3]?.value === "always" ? "always" : "by default";
      addIdentitySequence(state, a, a.isPunct("(") ? a.parens() : undefined, { schema, name: tableName }, column, range);
    }
    else if (a.words("drop", "identity")) delete column.identity;
    else if (a.words("set", "data", "type") || a.words("type")) {
      const start = a.i;
      while (!a.done && !a.isWord("collate") && !a.isWord("using")) a.i = a.isPunct("(") ? a.closing(a.i) + 1 : a.i + 1;
      column.type = canonicalType(a.slice(start, a.i), a.defaultSchema);
    }
    return;
  }
  if (a.words("owner", "to")) {
    const name = a.name();
    if (name !== undefined) {
      // One owner string for every table, and the target joined flat (a template literal keeps its parts: ~80 bytes a table more).
      const owner = intern(name);
      if (table) table.owner = owner;
      state.data.owners.push({ objectKind: "table", target: [quoteIdent(schema), quoteIdent(tableName)].join("."), owner, range });
    }
    return;
  }
  if (a.words("attach", "partition")) {
    const childName = a.qualifiedName();
    const child = childName ? state.table(childName.schema ?? a.defaultSchema, childName.name) : undefined;
    if (child) {
      child.partitionOf = { schema, name: tableName };
      child.partitionBound = a.rest();
    }
    return;
  }
  if (a.words("inherit")) {
    const parent = a.qualifiedName();
    // A new array: a table without parents shares one empty list (emptyTable).
    if (parent && table) table.inherits = [...table.inherits, { schema: parent.schema ?? a.defaultSchema, name: parent.name }];
    return;
  }
  if (a.words("drop", "constraint")) {
    a.words("if", "exists");
    const name = a.name();
    if (table && name !== undefined) table.constraints = table.constraints.filter((k) => k.name !== name);
    return;
  }
  if (a.isWord("options") && table) {
    a.i++;
    table.options = { ...table.options, ...readOptions(a) };
    return;
  }
  if (table && a.isWord("row", 1) && a.isWord("level", 2) && a.isWord("security", 3)) {
    if (a.isWord("enable")) table.rowSecurity = true;
    else if (a.isWord("disable")) table.rowSecurity = false;
    else if (a.isWord("force")) table.forceRowSecurity = true;
    return;
  }
  if (table && a.words("no", "force", "row", "level", "security")) {
    table.forceRowSecurity = false;
    return;
  }
  // REPLICA IDENTITY, CLUSTER ON, SET (...), ENABLE TRIGGER: nothing the catalog models.
}
