import type { Catalog } from "../../catalog/catalog.js";
import type { Column, Constraint, Table } from "../../catalog/model.js";
import type { Range } from "../../report/location.js";
import { quoteIdent } from "../../catalog/canonical-type.js";
import type { ExtraPolicy, GroupCondition, ResolvedAnchor, ResolvedColumn, ResolvedSpec, ResolvedTable, SpecOrigin } from "../../report/spec.js";
import type { FindingInput } from "../rule.js";
import { tableMatches } from "./glob.js";
import { checkColumnType, typeDirectory, type TypeDirectory } from "./type-compat.js";
import { appendAll } from "../../core/append-all.js";

/** Qualified display name, quoted only where SQL needs it: `public.birth_registry`. */
export const qualified = (schema: string, name: string): string => `${quoteIdent(schema)}.${quoteIdent(name)}`;

/** A spec entry as a finding location. */
export const specAt = (origin: SpecOrigin, specPath: string | undefined) => ({ specFile: origin.file ?? specPath ?? "<spec>", jsonPath: origin.jsonPath });

const keyList = (columns: readonly string[]) => `(${columns.map(quoteIdent).join(", ")})`;

/** Does a group's condition hold in the (complete) catalog? */
export function groupActive(catalog: Catalog, when: GroupCondition): boolean {
  if ("tableMatches" in when) return catalog.tables().some((t) => tableMatches(when.tableMatches, t.schema, t.name));
  if ("tableExists" in when) return catalog.table(when.tableExists) !== undefined;
  const table = catalog.table(when.tableHasRows);
  return table !== undefined && rowsIncludingPartitions(catalog, table) > 0;
}

/** The tables, anchors and groups that apply to this dump: the top level plus every group whose condition holds. */
export function activeRequirements(catalog: Catalog, spec: ResolvedSpec): { tables: ResolvedTable[]; anchors: ResolvedAnchor[]; activeGroups: Set<string> } {
  const tables = [...spec.tables];
  const anchors = [...spec.anchors];
  const activeGroups = new Set<string>();
  for (const group of spec.groups) {
    if (!groupActive(catalog, group.when)) continue;
    activeGroups.add(group.name);
    appendAll(tables, group.tables);
    appendAll(anchors, group.anchors);
  }
  return { tables, anchors, activeGroups };
}

const severityOf = (policy: ExtraPolicy): "warning" | "error" => (policy === "error" ? "error" : "warning");

/** Column set of a unique index from its definition (`CREATE UNIQUE INDEX i ON t USING btree (a, b)`); undefined for
 * expression or partial indexes, which do not make the plain column set unique. */
export function uniqueIndexColumns(definition: string): string[] | undefined {
  const using = definition.indexOf(" USING ");
  const open = definition.indexOf("(", using < 0 ? 0 : using);
  const close = definition.lastIndexOf(")");
  if (open < 0 || close < open || definition.includes(" WHERE ", close)) return undefined;
  const inner = definition.slice(open + 1, close);
  if (inner.includes("(")) return undefined;
  const columns: string[] = [];
  for (const part of inner.split(",")) {
    const name = part.trim();
    if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) columns.push(name.slice(1, -1).replaceAll('""', '"'));
    else if (/^[a-z_][a-z0-9_$]*$/.test(name)) columns.push(name);
    else return undefined;
  }
  return columns;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => b[i] === x);

/** Places in the dump the rule found itself: a table's first COPY or INSERT, partitions counted under their parent. */
export interface DumpPlaces {
  data(schema: string, table: string): Range | undefined;
}

const NO_PLACES: DumpPlaces = { data: () => undefined };

interface Context {
  places: DumpPlaces;
  catalog: Catalog;
  specPath: string | undefined;
  types: TypeDirectory;
  out: FindingInput[];
}

/** `{ range }` when known, else the fallback location. */
const rangeOr = <T>(range: Range | undefined, fallback: () => T): { range: Range } | T => (range ? { range } : fallback());

/** The column's own line in its CREATE TABLE (the catalog records it), else the table's statement. */
const columnRange = (table: Table, column: Column): Range | undefined => column.range ?? table.range;

function checkColumn(ctx: Context, table: Table, want: ResolvedColumn, column: Column): void {
  const name = qualified(table.schema, table.name);
  const object = { kind: "column", schema: table.schema, table: table.name, column: column.name };
  const at = columnRange(table, column);
  const where = at ? { range: at } : { specLocation: specAt(want.origin, ctx.specPath) };
  const verdict = checkColumnType(want, column.type, ctx.types);
  if (!verdict.ok)
    ctx.out.push({
      message: `column ${name}.${quoteIdent(column.name)} has type ${column.type}; the spec requires ${verdict.expected}`,
      help: "Dump from a database whose schema matches production, or correct the spec entry if production changed.",
      ...where,
      object,
      expected: verdict.expected,
      found: column.type,
      identity: "column-type",
    });
  const role = want.role;
  const labels = role?.kind === "status" ? ctx.types.enumLabels(column.type) : undefined;
  if (role?.kind === "status" && labels) {
    // A status the enum cannot hold can never appear in the rows: say so at the type, not only as empty data.
    const wanted = [...new Set([...(role.allowed ?? []), ...Object.keys(role.minRowsPerValue ?? {})])];
    const unknown = wanted.filter((v) => !labels.includes(v));
    if (unknown.length)
      ctx.out.push({
        message: `enum ${column.type} of column ${name}.${quoteIdent(column.name)} has no label ${unknown.map((v) => JSON.stringify(v)).join(", ")}, which the spec's status values name`,
        help: "Dump a schema whose enum has production's labels, or correct the status values in the spec.",
        ...where,
        object,
        expected: `labels including ${unknown.join(", ")}`,
        found: `labels ${labels.join(", ")}`,
        identity: "status-enum-labels",
      });
  }
  if (want.nullable !== undefined && want.nullable !== column.nullable)
    ctx.out.push({
      message: `column ${name}.${quoteIdent(column.name)} is ${column.nullable ? "nullable" : "NOT NULL"}; the spec requires it to be ${want.nullable ? "nullable" : "NOT NULL"}`,
      help: "The rehearsal relies on production's null constraints; dump a schema that has them.",
      ...where,
      object,
      expected: want.nullable ? "nullable" : "NOT NULL",
      found: column.nullable ? "nullable" : "NOT NULL",
      identity: "column-nullable",
    });
  if (want.hasDefault !== undefined) {
    const has = column.default !== undefined || column.identity !== undefined;
    if (has !== want.hasDefault)
      ctx.out.push({
        message: want.hasDefault
          ? `column ${name}.${quoteIdent(column.name)} has no default; the spec requires one`
          : `column ${name}.${quoteIdent(column.name)} has a default; the spec requires none`,
        help: "Defaults decide what inserted rows look like during the rehearsal; match production's.",
        ...where,
        object,
        expected: want.hasDefault ? "a default (or identity)" : "no default",
        found: column.identity !== undefined ? `identity (generated ${column.identity})` : (column.default ?? "no default"),
        identity: "column-default",
      });
  }
}

/** Rows of a table plus, for a partitioned table, those of its partitions (pg_dump writes rows under each partition). */
export function rowsIncludingPartitions(catalog: Catalog, table: Table, depth = 0): number {
  if (table.kind !== "partitioned table" || depth > 8) return table.rowCount;
  let rows = table.rowCount;
  for (const t of catalog.tables()) if (t.partitionOf?.schema === table.schema && t.partitionOf.name === table.name) rows += rowsIncludingPartitions(catalog, t, depth + 1);
  return rows;
}

function checkTable(ctx: Context, want: ResolvedTable, table: Table, extraColumns: ExtraPolicy): void {
  const name = qualified(table.schema, table.name);
  const tableObject = { kind: "table", schema: table.schema, table: table.name };
  const tableWhere = (origin: SpecOrigin) => (table.range ? { range: table.range } : table.dataRange ? { range: table.dataRange } : { specLocation: specAt(origin, ctx.specPath) });
  if (table.declared === false) {
    ctx.out.push({
      message: `table ${name} has rows but no CREATE TABLE in the dump (data-only dump?); its columns and keys cannot be checked`,
      severity: "warning",
      help: "Hand off a dump that includes the schema (not --data-only), so the shape can be verified.",
      ...tableWhere(want.origin),
      object: tableObject,
      expected: "CREATE TABLE",
      found: "rows only",
      identity: "table-undeclared",
    });
  } else {
    for (const col of want.columns) {
      const column = table.columns.find((c) => c.name === col.name);
      if (!column) {
        ctx.out.push({
          message: `table ${name} has no column ${quoteIdent(col.name)}, which the spec requires`,
          help: "Dump from a database whose schema matches production, or drop the column from the spec (omit: true in an extending spec).",
          ...tableWhere(col.origin),
          object: { kind: "column", schema: table.schema, table: table.name, column: col.name },
          expected: `column ${quoteIdent(col.name)}${col.type ? ` ${col.type}` : col.family ? ` (${col.family})` : ""}`,
          found: "no such column",
          identity: "missing-column",
        });
        continue;
      }
      checkColumn(ctx, table, col, column);
    }
    if (want.columns.length > 0 && extraColumns !== "allow") {
      for (const column of table.columns) {
        if (want.columns.some((c) => c.name === column.name)) continue;
        ctx.out.push({
          message: `column ${name}.${quoteIdent(column.name)} is not in the spec`,
          severity: severityOf(extraColumns),
          help: "Drop the column from the hand-off copy, list it in the spec, or set extraColumns to allow.",
          ...rangeOr(columnRange(table, column), () => tableWhere(want.origin)),
          object: { kind: "column", schema: table.schema, table: table.name, column: column.name },
          expected: "only the columns the spec lists",
          found: `column ${quoteIdent(column.name)} ${column.type}`,
          identity: "extra-column",
        });
      }
    }
    checkKeys(ctx, want, table, tableWhere);
  }
  const rowCount = rowsIncludingPartitions(ctx.catalog, table);
  if (want.minRows && rowCount < want.minRows.count)
    ctx.out.push({
      message: `table ${name} holds ${rowCount} row(s); the spec requires at least ${want.minRows.count}`,
      help: "Include enough rows to show the states the rehearsal needs (before, after apply, after rollback).",
      ...rangeOr(ctx.places.data(table.schema, table.name) ?? table.dataRange, () => tableWhere(want.minRows!.origin)),
      object: tableObject,
      expected: `>= ${want.minRows.count} rows`,
      found: `${rowCount} rows`,
      identity: "min-rows",
    });
}

function checkKeys(ctx: Context, want: ResolvedTable, table: Table, tableWhere: (o: SpecOrigin) => { range: NonNullable<Table["range"]> } | { specLocation: { specFile: string; jsonPath: string } }): void {
  const name = qualified(table.schema, table.name);
  const tableObject = { kind: "table", schema: table.schema, table: table.name };
  if (want.primaryKey) {
    const wantCols = want.primaryKey.columns;
    const pk = table.constraints.find((c) => c.kind === "primary key");
    if (!pk || !sameList(pk.columns, wantCols))
      ctx.out.push({
        message: pk
          ? `table ${name} has primary key ${keyList(pk.columns)}; the spec requires ${keyList(wantCols)}`
          : `table ${name} has no primary key; the spec requires ${keyList(wantCols)}`,
        help: "The rehearsal addresses rows by this key; dump a schema with production's primary key.",
        ...(pk?.range ? { range: pk.range } : tableWhere(want.primaryKey.origin)),
        object: { ...tableObject, ...(pk ? { name: pk.name } : {}) },
        expected: `PRIMARY KEY ${keyList(wantCols)}`,
        found: pk ? `PRIMARY KEY ${keyList(pk.columns)}` : "no primary key",
        identity: "primary-key",
      });
  }
  for (const uk of want.uniqueKeys) {
    const byConstraint = table.constraints.some((c) => (c.kind === "unique" || c.kind === "primary key") && sameSet(c.columns, uk.columns));
    const byIndex = ctx.catalog.data.indexes.some((i) => i.unique && i.schema === table.schema && i.table === table.name && sameSet(uniqueIndexColumns(i.definition) ?? [], uk.columns));
    if (byConstraint || byIndex) continue;
    const existing = table.constraints.filter((c) => c.kind === "unique").map((c) => `UNIQUE ${keyList(c.columns)}`);
    ctx.out.push({
      message: `table ${name} has no unique key on ${keyList(uk.columns)}, which the spec requires`,
      help: "Dump a schema with production's unique constraints or indexes.",
      ...tableWhere(uk.origin),
      object: tableObject,
      expected: `UNIQUE ${keyList(uk.columns)}`,
      found: existing.length ? existing.join(", ") : "no unique key",
      identity: `unique:${uk.columns.join(",")}`,
    });
  }
  for (const fk of want.foreignKeys) {
    const target = qualified(fk.references.schema, fk.references.table);
    const expected = `FOREIGN KEY ${keyList(fk.columns)} REFERENCES ${target}${fk.references.columns ? ` ${keyList(fk.references.columns)}` : ""}`;
    const fks = table.constraints.filter((c): c is Constraint & { references: NonNullable<Constraint["references"]> } => c.kind === "foreign key" && c.references !== undefined);
    const match = fks.find(
      (c) =>
        sameList(c.columns, fk.columns) &&
        c.references.schema === fk.references.schema &&
        c.references.table === fk.references.table &&
        (!fk.references.columns || sameList(c.references.columns, fk.references.columns)),
    );
    if (match) continue;
    const near = fks.find((c) => sameList(c.columns, fk.columns));
    ctx.out.push({
      message: near
        ? `foreign key ${quoteIdent(near.name)} on ${name} ${keyList(near.columns)} references ${qualified(near.references.schema, near.references.table)} ${keyList(near.references.columns)}; the spec requires ${target}${fk.references.columns ? ` ${keyList(fk.references.columns)}` : ""}`
        : `table ${name} has no foreign key ${keyList(fk.columns)} to ${target}, which the spec requires`,
      help: "Dump a schema with production's foreign keys, so the rehearsal sees the same references.",
      ...(near?.range ? { range: near.range } : tableWhere(fk.origin)),
      object: { ...tableObject, ...(near ? { name: near.name } : {}) },
      expected,
      found: near ? `FOREIGN KEY ${keyList(near.columns)} REFERENCES ${qualified(near.references.schema, near.references.table)} ${keyList(near.references.columns)}` : "no such foreign key",
      identity: `foreign-key:${fk.columns.join(",")}`,
    });
  }
}

/**
 * Structural gaps between the complete catalog and the spec: missing tables and columns, types,
 * nullability, defaults, keys, row minimums, extra tables/columns, anchor tables and columns.
 * Row-content checks (roles, anchor rows, attestation) are in `row-checks.ts`.
 */
export function checkStructure(catalog: Catalog, spec: ResolvedSpec, specPath: string | undefined, places: DumpPlaces = NO_PLACES): FindingInput[] {
  const ctx: Context = { places, catalog, specPath, types: typeDirectory(catalog.data.types), out: [] };
  const { tables, anchors } = activeRequirements(catalog, spec);
  const all = catalog.tables();
  const dataOnly = all.length > 0 && all.every((t) => t.declared === false);
  for (const want of tables) {
    const table = catalog.table({ schema: want.schema, name: want.name });
    if (!table) {
      // A data-only dump names only tables with rows: an empty table is indistinguishable from a missing one.
      ctx.out.push({
        ...(dataOnly
          ? {
              message: `table ${qualified(want.schema, want.name)} has no rows in this data-only dump; whether it exists cannot be checked`,
              severity: "warning" as const,
              help: "Hand off a dump that includes the schema (not --data-only), so the shape can be verified.",
              found: "no rows, no CREATE TABLE (data-only dump)",
            }
          : {
              message: `table ${qualified(want.schema, want.name)} is missing from the dump; the spec requires it`,
              help: "Include the table in the hand-off dump (check pg_dump's -t/-n/-T/-N options), or drop it from the spec.",
              found: "no such table",
            }),
        specLocation: specAt(want.origin, specPath),
        object: { kind: "table", schema: want.schema, table: want.name },
        expected: `table ${qualified(want.schema, want.name)}`,
        identity: "missing-table",
      });
      continue;
    }
    checkTable(ctx, want, table, want.extraColumns ?? spec.extraColumns);
  }
  for (const anchor of anchors) {
    const table = catalog.table({ schema: anchor.schema, name: anchor.table });
    const name = qualified(anchor.schema, anchor.table);
    // One finding per gap: what a table entry already requires is reported there.
    const entry = tables.find((t) => t.schema === anchor.schema && t.name === anchor.table);
    if (!table && entry) continue;
    if (!table) {
      ctx.out.push({
        message: `snapshot anchor table ${name} is missing from the dump`,
        help: "The anchor proves a restore returned the earlier state; include the snapshot table and its rows.",
        specLocation: specAt(anchor.origin, specPath),
        object: { kind: "table", schema: anchor.schema, table: anchor.table },
        expected: `table ${name} with columns ${anchor.id}, ${anchor.time}, ${anchor.hash}`,
        found: "no such table",
        identity: "anchor-missing-table",
      });
      continue;
    }
    if (table.declared === false) continue;
    const missing = [anchor.id, anchor.time, anchor.hash].filter((c) => !table.columns.some((col) => col.name === c) && !entry?.columns.some((col) => col.name === c));
    if (missing.length)
      ctx.out.push({
        message: `snapshot anchor table ${name} lacks column(s) ${missing.map(quoteIdent).join(", ")}`,
        help: "The anchor needs an id, a time and a content-hash column.",
        ...(table.range ? { range: table.range } : { specLocation: specAt(anchor.origin, specPath) }),
        object: { kind: "table", schema: anchor.schema, table: anchor.table },
        expected: `columns ${anchor.id}, ${anchor.time}, ${anchor.hash}`,
        found: `missing ${missing.join(", ")}`,
        identity: "anchor-missing-column",
      });
  }
  if (spec.extraTables !== "allow") {
    const known = (schema: string, name: string) =>
      spec.tables.some((t) => t.schema === schema && t.name === name) ||
      spec.groups.some((g) => g.tables.some((t) => t.schema === schema && t.name === name) || g.anchors.some((a) => a.schema === schema && a.table === name)) ||
      spec.anchors.some((a) => a.schema === schema && a.table === name) ||
      (spec.attestation?.in.some((p) => typeof p === "object" && "table" in p && p.schema === schema && p.table === name) ?? false) ||
      spec.extraTablesAllowed.some((glob) => tableMatches(glob, schema, name));
    for (const table of catalog.tables()) {
      if (known(table.schema, table.name)) continue;
      ctx.out.push({
        message: `table ${qualified(table.schema, table.name)} is not in the spec`,
        severity: severityOf(spec.extraTables),
        help: "Leave the table out of the hand-off dump (pg_dump -T), list it in the spec or extraTablesAllowed, or set extraTables to allow.",
        ...(table.range ? { range: table.range } : table.dataRange ? { range: table.dataRange } : {}),
        object: { kind: "table", schema: table.schema, table: table.name },
        expected: "only the tables the spec lists",
        found: `table ${qualified(table.schema, table.name)}`,
        identity: "extra-table",
      });
    }
  }
  return ctx.out;
}
