import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogFromEvents } from "../../src/catalog/from-events.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { CatalogData } from "../../src/catalog/model.js";
import { quoteIdent } from "../../src/catalog/canonical-type.js";
import { lexString } from "../../src/lexer/lexer.js";

/** One table of the live catalog, as the truth queries print it (test/catalog/fixtures/truth.sql). */
interface TruthTable {
  schema: string;
  name: string;
  kind: string;
  unlogged: boolean;
  partitionOf: { schema: string; name: string } | null;
  inherits: { schema: string; name: string }[];
  columns: { name: string; type: string; nullable: boolean; default: string | null; identity: string | null; generated: string | null }[];
  constraints: { name: string; kind: string; columns: string[]; references: { schema: string; table: string; columns: string[] } | null; definition: string }[];
  rowCount: number;
}

/** What a variant holds: everything, the schema without rows, rows only, or no table at all (globals). */
type Expect = "all" | "schema" | "rows" | "none";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

const cases: { name: string; dump: string; truth: string; expect: Expect }[] = [];
for (const file of readdirSync(FIXTURES).filter((f) => /^catalog-kitchen\..+\.sql$/.test(f))) {
  const variant = file.slice("catalog-kitchen.".length, -".sql".length);
  cases.push({ name: `fixture catalog-kitchen ${variant}`, dump: FIXTURES + file, truth: FIXTURES + "catalog-kitchen.truth.json", expect: variant === "schema-only" ? "schema" : variant === "data-only" ? "rows" : "all" });
}

// The corpus (corpus/README.md): every database's dumps against its live truth.
const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const VARIANT_EXPECT: Record<string, Expect> = {
  plain: "all",
  inserts: "all",
  "column-inserts": "all",
  "quote-all-identifiers": "all",
  "no-owner-no-privileges": "all",
  dumpall: "all",
  "schema-only": "schema",
  "data-only": "rows",
  // Roles and other cluster-wide objects only: no table to compare, every statement still accounted for.
  globals: "none",
  // The pg_dump 18 leg (corpus/make-corpus-pg18.mjs): pglite-tools always adds --inserts.
  "data-only-inserts": "rows",
  "quote-all-identifiers-inserts": "all",
  "no-owner-no-privileges-inserts": "all",
};
// Both pg_dump majors: 15 (make-corpus.sh) and 18 (make-corpus-pg18.mjs, PGlite), each against its own engine's truth.
for (const [label, dumps, truths] of [["corpus", "dumps", "truth"], ["corpus pg18", "dumps-pg18", "truth-pg18"]] as const)
  if (existsSync(`${CORPUS}${dumps}`))
    for (const db of readdirSync(`${CORPUS}${dumps}`).sort()) {
      const truth = `${CORPUS}${truths}/${db}.json`;
      if (!existsSync(truth)) continue;
      for (const file of readdirSync(`${CORPUS}${dumps}/${db}`).sort()) {
        const variant = file.replace(/\.sql$/, "");
        const expectWhat = VARIANT_EXPECT[variant];
        if (expectWhat && file.endsWith(".sql")) cases.push({ name: `${label} ${db} ${variant}`, dump: `${CORPUS}${dumps}/${db}/${file}`, truth, expect: expectWhat });
      }
    }

// Each dump is lexed and built once for all the tests that read it (the corpus is large).
const events = new Map<string, ReturnType<typeof lexString>>();
const eventsOf = (path: string) => events.get(path) ?? (events.set(path, lexString(readFileSync(path, "utf8"))), events.get(path)!);
const builds = new Map<string, ReturnType<typeof catalogFromEvents>>();
const buildOf = (path: string) => builds.get(path) ?? (builds.set(path, catalogFromEvents(eventsOf(path))), builds.get(path)!);

const nul = <T>(v: T | undefined | null) => (v === undefined ? null : v);

/** Every difference between the catalog and the truth, one readable line each. */
function differences(catalog: Catalog, truth: TruthTable[], expectWhat: Expect, dataByCopy = true): string[] {
  const diffs: string[] = [];
  if (expectWhat === "none") return catalog.tables().map((t) => `${t.schema}.${t.name}: a table in a dump that should hold none`);
  const d = (where: string, what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) diffs.push(`${where}: ${what} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  for (const t of truth) {
    const where = `${t.schema}.${t.name}`;
    const table = catalog.table({ schema: t.schema, name: t.name });
    if (expectWhat === "rows") {
      // Issue 11 item 12: a data-only dump writes a COPY for every table, empty ones too; each is in the catalog.
      // (With --inserts an empty table has no statement at all.)
      if (dataByCopy && t.kind === "table" && !table) diffs.push(`${where}: missing from the catalog of a data-only dump`);
      if (t.rowCount > 0) d(where, "rowCount", t.rowCount, table?.rowCount ?? 0);
      continue;
    }
    if (!table) {
      diffs.push(`${where}: missing from the catalog`);
      continue;
    }
    d(where, "kind", t.kind, table.kind);
    d(where, "unlogged", t.unlogged, table.unlogged);
    d(where, "partitionOf", t.partitionOf, nul(table.partitionOf));
    d(where, "inherits", t.inherits, table.inherits);
    d(where, "columns", t.columns.map((c) => c.name), table.columns.map((c) => c.name));
    for (const tc of t.columns) {
      const c = table.columns.find((x) => x.name === tc.name);
      if (!c) continue;
      const at = `${where}.${tc.name}`;
      d(at, "type", tc.type, c.type);
      d(at, "nullable", tc.nullable, c.nullable);
      d(at, "default", tc.default, nul(c.default));
      d(at, "identity", tc.identity, nul(c.identity));
      d(at, "generated", tc.generated, nul(c.generated));
    }
    const sorted = [...table.constraints].filter((c) => c.kind !== "not null").sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    d(where, "constraints", t.constraints.map((c) => c.name), sorted.map((c) => c.name));
    for (const tc of t.constraints) {
      const c = sorted.find((x) => x.name === tc.name);
      if (!c) continue;
      const at = `${where} constraint ${tc.name}`;
      d(at, "kind", tc.kind, c.kind);
      d(at, "columns", tc.columns, c.columns);
      d(at, "references", tc.references, nul(c.references));
      d(at, "definition", tc.definition, c.definition);
    }
    d(where, "rowCount", expectWhat === "schema" ? 0 : t.rowCount, table.rowCount);
  }
  if (expectWhat !== "rows") {
    const known = new Set(truth.map((t) => `${t.schema}\0${t.name}`));
    for (const table of catalog.tables()) if (!known.has(`${table.schema}\0${table.name}`)) diffs.push(`${table.schema}.${table.name}: in the catalog but not in the database`);
  }
  return diffs;
}

/** The other object lists of a corpus truth file (corpus/README.md, "Truth file format"). */
interface TruthObjects {
  schemas: string[];
  indexes: { schema: string; name: string; table: string; unique: boolean; primary: boolean }[];
  sequences: { schema: string; name: string; type: string; lastValue: number | null; ownedBy: { table: string; column: string } | null }[];
  views: { schema: string; name: string; materialized: boolean }[];
  routines: { schema: string; name: string; kind: string; language: string }[];
  triggers: { table: string; name: string }[];
  policies: { schema: string; table: string; name: string }[];
  types: { schema: string; name: string; kind: string; labels: string[] | null; baseType: string | null }[];
  extensions: string[];
  servers: { name: string; options: string[] }[];
  userMappings: { server: string; user: string; optionNames: string[] }[];
  publications: string[];
  subscriptions: string[];
  compositeTypes: { schema: string; name: string; attributes: { name: string; type: string }[] }[];
  // Present only when the database has such objects (corpus/truth.sql).
  objects?: { kind: string; schema: string | null; name: string; on: string | null }[];
  largeObjects?: { oid: string; bytes: number }[];
  rowSecurity?: { schema: string; name: string; enabled: boolean; forced: boolean }[];
  columnCollations?: { schema: string; table: string; column: string; collation: string }[];
  virtualColumns?: { schema: string; table: string; column: string }[];
}

const byText = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);
const sorted = <T>(list: T[]) => [...list].sort(byText);

/** Differences in every object list beyond tables; `withData`: sequence values are in the dump. */
function objectDifferences(catalog: Catalog, truth: TruthObjects, withData: boolean): string[] {
  const diffs: string[] = [];
  const d = (what: string, expected: unknown[], actual: unknown[]) => {
    const e = sorted(expected).map((x) => JSON.stringify(x));
    const a = sorted(actual).map((x) => JSON.stringify(x));
    const missing = e.filter((x) => !a.includes(x));
    const extra = a.filter((x) => !e.includes(x));
    for (const x of missing) diffs.push(`${what}: missing ${x}`);
    for (const x of extra) diffs.push(`${what}: unexpected ${x}`);
  };
  const data = catalog.data;
  // pg_dump never writes CREATE SCHEMA public: the schema exists in every database.
  d("schemas", truth.schemas.filter((s) => s !== "public"), data.schemas.map((s) => s.name));
  // Indexes: CREATE INDEX statements plus those behind primary key, unique and exclusion constraints.
  const constraintIndexes = data.tables.flatMap((t) =>
    t.constraints.filter((c) => c.kind === "primary key" || c.kind === "unique" || c.kind === "exclusion").map((c) => ({ schema: t.schema, name: c.name, table: t.name, unique: c.kind !== "exclusion", primary: c.kind === "primary key" })),
  );
  d("indexes", truth.indexes, [...data.indexes.map((i) => ({ schema: i.schema, name: i.name, table: i.table, unique: i.unique, primary: false })), ...constraintIndexes]);
  d(
    "sequences",
    truth.sequences.map((s) => ({ ...s, lastValue: withData ? s.lastValue : null })),
    data.sequences.map((s) => ({ schema: s.schema, name: s.name, type: s.dataType ?? null, lastValue: withData && s.isCalled && s.lastValue !== undefined ? Number(s.lastValue) : null, ownedBy: s.ownedBy ? { table: s.ownedBy.table, column: s.ownedBy.column } : null })),
  );
  d("views", truth.views, data.views.map((v) => ({ schema: v.schema, name: v.name, materialized: v.materialized })));
  d("routines", truth.routines, data.routines.map((r) => ({ schema: r.schema, name: r.name, kind: r.kind, language: r.language ?? null })));
  d("triggers", truth.triggers, data.triggers.map((t) => ({ table: t.table, name: t.name })));
  d("policies", truth.policies, data.policies.map((p) => ({ schema: p.schema, table: p.table, name: p.name })));
  d("types", truth.types, data.types.map((t) => ({ schema: t.schema, name: t.name, kind: t.kind, labels: t.kind === "enum" ? (t.values ?? []) : null, baseType: t.kind === "domain" ? (t.baseType ?? null) : null })));
  d("extensions", truth.extensions, data.extensions.map((e) => e.name));
  d("servers", truth.servers.map((s) => ({ ...s, options: sorted(s.options) })), data.servers.map((s) => ({ name: s.name, options: sorted(Object.entries(s.options).map(([k, v]) => `${k}=${v}`)) })));
  d("userMappings", truth.userMappings.map((m) => ({ ...m, optionNames: sorted(m.optionNames) })), data.userMappings.map((m) => ({ server: m.server, user: m.user, optionNames: sorted(Object.keys(m.options)) })));
  d("publications", truth.publications, data.publications.map((p) => p.name));
  d("subscriptions", truth.subscriptions, data.subscriptions.map((s) => s.name));
  d("compositeTypes", truth.compositeTypes, data.types.filter((t) => t.kind === "composite").map((t) => ({ schema: t.schema, name: t.name, attributes: t.attributes ?? [] })));
  // The truth lists objects inside a database; databases, tablespaces, languages, transforms and wrappers are not in it.
  const inTruth = new Set(["rule", "operator", "operator class", "operator family", "cast", "collation", "conversion", "text search configuration", "text search dictionary", "text search parser", "text search template", "statistics", "event trigger", "access method"]);
  d("objects", truth.objects ?? [], data.objects.filter((o) => inTruth.has(o.kind)).map((o) => ({ kind: o.kind, schema: o.schema ?? null, name: o.name, on: o.on ?? null })));
  // Without the data section (schema-only) the objects exist but hold no bytes.
  // pg_dump --schema-only leaves large objects out altogether (they are data).
  d("largeObjects", withData ? (truth.largeObjects ?? []) : [], data.largeObjects.map((o) => ({ oid: o.oid, bytes: o.bytes })));
  d("rowSecurity", truth.rowSecurity ?? [], data.tables.filter((t) => t.rowSecurity || t.forceRowSecurity).map((t) => ({ schema: t.schema, name: t.name, enabled: t.rowSecurity === true, forced: t.forceRowSecurity === true })));
  d("columnCollations", truth.columnCollations ?? [], data.tables.flatMap((t) => t.columns.filter((c) => c.collation !== undefined).map((c) => ({ schema: t.schema, table: t.name, column: c.name, collation: c.collation }))));
  d("virtualColumns", truth.virtualColumns ?? [], data.tables.flatMap((t) => t.columns.filter((c) => c.generatedStorage === "virtual").map((c) => ({ schema: t.schema, table: t.name, column: c.name }))));
  return diffs;
}

describe("catalog equals the live PostgreSQL catalog (differential)", () => {
  for (const c of cases.filter((x) => x.name.startsWith("corpus") && (x.expect === "all" || x.expect === "schema"))) {
    it(`${c.name}: schemas, indexes, sequences, views, routines, triggers, policies, types, extensions, FDW, publications, subscriptions, other objects, large objects, row security, collations match`, () => {
      const truth = JSON.parse(readFileSync(c.truth, "utf8")) as TruthObjects;
      const { catalog } = buildOf(c.dump);
      expect(objectDifferences(catalog, truth, c.expect === "all").join("\n")).toBe("");
    });
  }

  for (const c of cases) {
    it(`${c.name}: tables, columns, constraints and rows match exactly`, () => {
      const parsed = JSON.parse(readFileSync(c.truth, "utf8")) as TruthTable[] | { tables: TruthTable[] };
      const truth = Array.isArray(parsed) ? parsed : parsed.tables;
      const { catalog } = buildOf(c.dump);
      const diffs = differences(catalog, truth, c.expect, !c.dump.endsWith("-inserts.sql"));
      expect(diffs.join("\n")).toBe("");
      // The catalog has the published shape (what `dumpguard catalog` prints).
      expect(CatalogData.safeParse(catalog.data).error).toBeUndefined();
    });

    it(`${c.name}: every statement is parsed, recognized or known to carry nothing`, () => {
      const { diagnostics, parseCounts } = buildOf(c.dump);
      const unrecognized = Object.entries(parseCounts).filter(([, v]) => v.unrecognized > 0).map(([k, v]) => `${k}: ${v.unrecognized}`);
      expect(unrecognized).toEqual([]);
      expect(diagnostics.filter((d) => d.severity === "warning").map((d) => d.message)).toEqual([]);
    });
  }
  for (const c of cases.filter((x) => x.expect === "all")) {
    it(`${c.name}: pgsql-ast-parser first and the recognizers alone build the same catalog as the default`, () => {
      const byDefault = buildOf(c.dump);
      const parserFirst = catalogFromEvents(eventsOf(c.dump), { parser: "first" });
      const recognizersOnly = catalogFromEvents(eventsOf(c.dump), { parser: "off" });
      expect(Object.values(parserFirst.parseCounts).some((k) => k.parser > 0)).toBe(true);
      const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
      expect(plain(parserFirst.catalog.data)).toEqual(plain(byDefault.catalog.data));
      expect(plain(recognizersOnly.catalog.data)).toEqual(plain(byDefault.catalog.data));
    });
  }
  for (const c of cases.filter((x) => x.expect === "all" || x.expect === "schema")) {
    it(`${c.name}: every column range points at that column's definition in the input bytes`, () => {
      const bytes = readFileSync(c.dump);
      const { catalog } = buildOf(c.dump);
      const wrong: string[] = [];
      for (const table of catalog.tables())
        for (const column of table.columns) {
          const r = column.range;
          if (!r) continue;
          const text = bytes.subarray(r.start.offset, r.end.offset).toString("utf8");
          // Line and column agree with the byte offset.
          const before = bytes.subarray(0, r.start.offset).toString("utf8");
          const line = before.split("\n").length;
          const col = before.length - before.lastIndexOf("\n");
          // --quote-all-identifiers quotes every name; columns copied from a parent point at the statement.
          const startsRight = text.startsWith(quoteIdent(column.name)) || text.startsWith(`"${column.name.replaceAll('"', '""')}"`) || /^(CREATE|ALTER) /.test(text);
          if (!startsRight || line !== r.start.line || col !== r.start.column) wrong.push(`${table.schema}.${table.name}.${column.name}: ${JSON.stringify(text.slice(0, 40))} at ${r.start.line}:${r.start.column} (expected ${line}:${col})`);
        }
      expect(wrong.join("\n")).toBe("");
    });
  }
});
