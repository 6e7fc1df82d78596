import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { buildCatalogFromSql, type CatalogBuilderOptions } from "../../src/catalog/build.js";

// Issue 13: what PostgreSQL's regression database showed the catalog getting wrong, one case each,
// in every parser mode (the default, pgsql-ast-parser first, recognizers only): all three must agree.
const MODES: CatalogBuilderOptions["parser"][] = ["fallback", "first", "off"];
const each = (sql: string) => MODES.map((parser) => ({ parser, ...buildCatalogFromSql(sql, { parser }) }));

describe("issue 13: catalog fidelity", () => {
  it("item 1: DEFAULT NULL stores no default (pg_dump writes it on partitions); SET DEFAULT NULL drops one", () => {
    for (const { catalog } of each(`CREATE TABLE public.p (a text DEFAULT 'x'::text, b integer DEFAULT NULL::integer, c integer DEFAULT (NULL));
ALTER TABLE public.p ALTER COLUMN a SET DEFAULT NULL;`)) {
      expect(catalog.table("p")!.columns.map((c) => c.default)).toEqual([undefined, undefined, undefined]);
    }
    // A child that says DEFAULT NULL does not take its parent's default.
    const { catalog } = buildCatalogFromSql(`CREATE TABLE public.parent (a text DEFAULT 'x'::text);
CREATE TABLE public.child (a text DEFAULT NULL) INHERITS (public.parent);
CREATE TABLE public.child2 () INHERITS (public.parent);`);
    expect(catalog.column("child", "a")?.default).toBeUndefined();
    expect(catalog.column("child2", "a")?.default).toBe("'x'::text");
    // Not a null constant: kept.
    expect(buildCatalogFromSql("CREATE TABLE public.q (a text DEFAULT NULLIF('a', 'b'));").catalog.column("q", "a")?.default).toBe("NULLIF('a', 'b')");
  });

  it("item 2: a shell type completed later is one base type; a shell never completed stays a shell", () => {
    for (const { catalog } of each(`CREATE TYPE public.label;
CREATE FUNCTION public.label_in(cstring) RETURNS public.label LANGUAGE internal AS $$textin$$;
CREATE TYPE public.label (INPUT = public.label_in, OUTPUT = public.label_out);
CREATE TYPE public.never_completed;`)) {
      expect(catalog.data.types.map((t) => [t.name, t.kind])).toEqual([["label", "base"], ["never_completed", "shell"]]);
    }
  });

  it("item 3: RETURNS TABLE(...) keeps the table, not the keyword, like every other routine", () => {
    for (const { catalog } of each("CREATE FUNCTION public.f(n integer) RETURNS TABLE(explain_line json) LANGUAGE sql AS $$ SELECT '{}'::json $$;")) {
      expect(catalog.data.routines[0]!.returns).toBe("TABLE(explain_line json)");
    }
  });

  it("item 4: composite attribute types keep every word", () => {
    for (const { parser, catalog } of each("CREATE TYPE public.stamp AS (c timestamp without time zone, d double precision, e character varying(20), f time with time zone);")) {
      expect([parser, catalog.data.types[0]!.attributes]).toEqual([parser, [
        { name: "c", type: "timestamp without time zone" },
        { name: "d", type: "double precision" },
        { name: "e", type: "character varying(20)" },
        { name: "f", type: "time with time zone" },
      ]]);
    }
  });

  it("item 5: a view placeholder replaced by CREATE OR REPLACE VIEW is one view, with the later definition", () => {
    for (const { catalog } of each(`CREATE VIEW public.v AS
SELECT
    NULL::integer AS key;
CREATE OR REPLACE VIEW public.v AS
 SELECT r.key
   FROM public.rows() r(key);`)) {
      expect(catalog.data.views.map((v) => [v.name, v.definition])).toEqual([["v", "SELECT r.key\n   FROM public.rows() r(key)"]]);
    }
  });

  it("item 6: a child inherits a generated column (also when it merges it) but never identity", () => {
    for (const { catalog } of each(`CREATE TABLE public.p (id integer GENERATED ALWAYS AS IDENTITY, a integer, doubled integer GENERATED ALWAYS AS ((a * 2)) STORED);
CREATE TABLE public.c () INHERITS (public.p);
CREATE TABLE public.m (doubled integer, extra text) INHERITS (public.p);`)) {
      for (const child of ["c", "m"]) {
        expect(catalog.column(child, "id")?.identity).toBeUndefined();
        expect(catalog.column(child, "doubled")?.generated).toBe("(a * 2)");
      }
      expect(catalog.column("p", "id")?.identity).toBe("always");
    }
  });

  it("item 7: collations keep their quotes (C is case-sensitive)", () => {
    for (const { catalog } of each('CREATE TABLE public.t (a text COLLATE pg_catalog."C", b text COLLATE public."Upper Case", c text COLLATE "de_DE", d text COLLATE pg_catalog.default);')) {
      expect(catalog.table("t")!.columns.map((c) => c.collation)).toEqual(['pg_catalog."C"', 'public."Upper Case"', '"de_DE"', 'pg_catalog."default"']);
    }
  });
});

describe("issue 11 items 12 and 16", () => {
  it("item 12: a data-only COPY followed directly by \\. still puts the table in the catalog", () => {
    const { catalog, diagnostics } = buildCatalogFromSql("COPY public.empty (id, name) FROM stdin;\n\\.\nCOPY public.full (id) FROM stdin;\n1\n\\.\n");
    expect(catalog.tables().map((t) => [t.name, t.rowCount, t.declared])).toEqual([["empty", 0, false], ["full", 1, false]]);
    expect(catalog.table("empty")?.range?.start.line).toBe(1);
    expect(catalog.table("empty")?.dataRange).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });

  it("item 16: old pg_dump's ALTER PROCEDURAL LANGUAGE ... OWNER TO is recognized, not a warning", () => {
    const { catalog, diagnostics, parseCounts } = buildCatalogFromSql("CREATE OR REPLACE PROCEDURAL LANGUAGE plpgsql;\nALTER PROCEDURAL LANGUAGE plpgsql OWNER TO postgres;");
    expect(diagnostics).toEqual([]);
    expect(parseCounts["ALTER LANGUAGE"]).toEqual({ parser: 0, recognizer: 1, skipped: 0, unrecognized: 0 });
    expect(catalog.data.owners).toEqual([expect.objectContaining({ objectKind: "language", target: "plpgsql", owner: "postgres" })]);
    expect(catalog.data.objects).toEqual([expect.objectContaining({ kind: "language", name: "plpgsql", owner: "postgres" })]);
  });
});

describe("issue 13 item 8: every object kind pg_dump writes has a place", () => {
  const sql = `CREATE RULE r1 AS ON INSERT TO public.t WHERE (new.id < 0) DO INSTEAD NOTHING;
CREATE OPERATOR public.=== (FUNCTION = public.eq, LEFTARG = public.label, RIGHTARG = public.label);
ALTER OPERATOR public.=== (public.label, public.label) OWNER TO alice;
CREATE OPERATOR FAMILY public.fam USING btree;
ALTER OPERATOR FAMILY public.fam USING btree ADD FUNCTION 1 (public.label, text) public.cmp(public.label,text);
CREATE OPERATOR CLASS public.ops FOR TYPE public.label USING btree FAMILY public.fam AS OPERATOR 3 public.===(public.label,public.label);
CREATE CAST (public.label AS text) WITHOUT FUNCTION AS IMPLICIT;
CREATE COLLATION public."Upper Case" (provider = icu, locale = 'und');
CREATE DEFAULT CONVERSION public.conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.cfg ADD MAPPING FOR asciiword WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.cfg IS 'search';
CREATE TEXT SEARCH DICTIONARY public.dict (TEMPLATE = pg_catalog.simple);
CREATE TEXT SEARCH PARSER public.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE public.tpl (LEXIZE = dsimple_lexize);
CREATE STATISTICS public.st (ndistinct) ON a, b FROM public.t;
CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION public.f();
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TRANSFORM FOR public.hstore LANGUAGE plperl (FROM SQL WITH FUNCTION public.f1(internal), TO SQL WITH FUNCTION public.f2(internal));
CREATE FOREIGN DATA WRAPPER w VALIDATOR public.v;
CREATE DATABASE app WITH TEMPLATE = template0;
CREATE TABLESPACE fast LOCATION '/ssd';
CREATE TABLE public.t (id integer, a integer, b integer);
ALTER TABLE ONLY public.t ENABLE ROW LEVEL SECURITY;
ALTER TABLE ONLY public.t FORCE ROW LEVEL SECURITY;
SECURITY LABEL FOR selinux ON TABLE public.t IS 'system_u:object_r:sepgsql_table_t:s0';
SELECT pg_catalog.lo_create('16401');
ALTER LARGE OBJECT 16401 OWNER TO alice;
COMMENT ON LARGE OBJECT 16401 IS 'blob';
BEGIN;
SELECT pg_catalog.lo_open('16401', 131072);
SELECT pg_catalog.lowrite(0, '\\x68656c6c6f');
SELECT pg_catalog.lo_close(0);
COMMIT;
CREATE INDEX p_idx ON ONLY public.p USING btree (a);
CREATE INDEX c_idx ON public.c USING btree (a);
ALTER INDEX public.p_idx ATTACH PARTITION public.c_idx;
`;

  it("each with kind, schema, name, owner and definition; no warning, no statement passed over", () => {
    for (const { catalog, diagnostics, parseCounts } of each(sql)) {
      expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      const passedOver = Object.entries(parseCounts).filter(([kind, c]) => c.skipped > 0 && !["BEGIN", "COMMIT"].includes(kind));
      expect(passedOver).toEqual([]);
      const o = catalog.data.objects.map((x) => [x.kind, x.schema ?? null, x.name, x.on ?? null]);
      expect(o).toEqual([
        ["rule", "public", "r1", "t"],
        ["operator", "public", "===", null],
        ["operator family", "public", "fam", "btree"],
        ["operator class", "public", "ops", "btree"],
        ["cast", null, "public.label AS text", null],
        ["collation", "public", "Upper Case", null],
        ["conversion", "public", "conv", null],
        ["text search configuration", "public", "cfg", null],
        ["text search dictionary", "public", "dict", null],
        ["text search parser", "public", "prs", null],
        ["text search template", "public", "tpl", null],
        ["statistics", "public", "st", "public.t"],
        ["event trigger", null, "et", null],
        ["access method", null, "heap2", null],
        ["transform", null, "FOR public.hstore LANGUAGE plperl", null],
        ["foreign data wrapper", null, "w", null],
        ["database", null, "app", null],
        ["tablespace", null, "fast", null],
      ]);
      const cfg = catalog.data.objects.find((x) => x.name === "cfg")!;
      expect(cfg.definition).toContain("ADD MAPPING FOR asciiword WITH simple");
      expect(cfg.comment).toBe("search");
      expect(catalog.data.objects.find((x) => x.name === "fam")!.definition).toContain("ADD FUNCTION 1");
      expect(catalog.data.objects.find((x) => x.name === "===")!.owner).toBe("alice");
      expect(catalog.data.objects.every((x) => x.range !== undefined)).toBe(true);
      expect(catalog.table("t")).toMatchObject({ rowSecurity: true, forceRowSecurity: true });
      expect(catalog.data.securityLabels).toEqual([expect.objectContaining({ provider: "selinux", objectKind: "table", target: "public.t", label: "system_u:object_r:sepgsql_table_t:s0" })]);
      expect(catalog.data.largeObjects).toEqual([expect.objectContaining({ oid: "16401", owner: "alice", comment: "blob", bytes: 5 })]);
      expect(catalog.data.indexes.find((i) => i.name === "c_idx")?.partitionOf).toEqual({ schema: "public", name: "p_idx" });
    }
  });

  it("large object bytes reach the rules like a bytea cell (a credential in a blob is reported)", async () => {
    const dump = readFileSync(fileURLToPath(new URL("../../corpus/dumps/torture/plain.sql", import.meta.url)), "utf8");
    const report = await analyze(dump);
    const hit = report.findings.find((f) => f.ruleId === "forbidden-secrets" && JSON.stringify(f).includes("pg_largeobject"));
    expect(hit).toBeDefined();
    // The same dump without the lowrite call has no such finding: the bytes are what is reported.
    const without = await analyze(dump.replace(/^SELECT pg_catalog\.lowrite\(.*$/m, ""));
    expect(without.findings.some((f) => JSON.stringify(f).includes("pg_largeobject"))).toBe(false);
  });
});

describe("issue 13 item 10: what pg_dump 18 writes that pg_dump 15 never does", () => {
  const sql = `SET transaction_timeout = 0;
CREATE TABLE public.measured (
    id integer NOT NULL,
    a integer CONSTRAINT measured_a_required NOT NULL,
    doubled integer GENERATED ALWAYS AS ((a * 2)),
    tripled integer GENERATED ALWAYS AS ((a * 3)) VIRTUAL,
    stored integer GENERATED ALWAYS AS ((a * 4)) STORED,
    d text CONSTRAINT measured_d_here NOT NULL NO INHERIT
);
CREATE TABLE public.measured_child (
)
INHERITS (public.measured);
ALTER TABLE public.measured
    ADD CONSTRAINT measured_b_later NOT NULL id NOT VALID;
ALTER TABLE public.measured
    ADD CONSTRAINT measured_amount_positive CHECK ((a > 0)) NOT ENFORCED;
CREATE TABLE public.rooms (room_id integer NOT NULL, valid_at daterange NOT NULL);
CREATE TABLE public.bookings (room_id integer, during daterange);
ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (room_id, valid_at WITHOUT OVERLAPS);
ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms(room_id, PERIOD valid_at) NOT ENFORCED;
`;
  it("virtual and stored generated columns are told apart (and a child inherits which)", () => {
    for (const { catalog, diagnostics } of each(sql)) {
      expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      for (const table of ["measured", "measured_child"])
        expect(catalog.table(table)!.columns.filter((c) => c.generated).map((c) => [c.name, c.generatedStorage])).toEqual([["doubled", "virtual"], ["tripled", "virtual"], ["stored", "stored"]]);
    }
  });

  it("named NOT NULL constraints (NOT VALID, NO INHERIT) make their columns NOT NULL", () => {
    for (const { catalog } of each(sql)) expect(catalog.table("measured")!.columns.filter((c) => !c.nullable).map((c) => c.name)).toEqual(["id", "a", "d"]);
  });

  it("NOT ENFORCED checks and foreign keys are kept, marked as not enforced; temporal keys name their columns, not PERIOD", () => {
    for (const { catalog } of each(sql)) {
      expect(catalog.table("measured")!.constraints.find((c) => c.name === "measured_amount_positive")).toMatchObject({ kind: "check", enforced: false, columns: ["a"] });
      expect(catalog.primaryKey("rooms")).toMatchObject({ columns: ["room_id", "valid_at"], definition: "PRIMARY KEY (room_id, valid_at WITHOUT OVERLAPS)" });
      expect(catalog.table("bookings")!.constraints[0]).toMatchObject({ kind: "foreign key", enforced: false, columns: ["room_id", "during"], references: { schema: "public", table: "rooms", columns: ["room_id", "valid_at"] } });
    }
  });
});
