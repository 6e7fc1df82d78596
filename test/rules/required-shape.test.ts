import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { requiredShape } from "../../src/rules/required-shape.js";
import type { Finding } from "../../src/report/schema.js";

// Small dumps in pg_dump's own layout (CREATE TABLE, COPY, ALTER TABLE ... ADD CONSTRAINT).
const REGISTRY = `--
-- PostgreSQL database dump
--
SET statement_timeout = 0;

CREATE TYPE public.birth_status AS ENUM (
    'draft',
    'applied',
    'rolled_back'
);

CREATE TABLE public.birth_registry (
    object_id uuid NOT NULL,
    status public.birth_status NOT NULL,
    content_hash character(64),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    note text
);

CREATE TABLE public.approvals (
    id bigint NOT NULL,
    object_id uuid NOT NULL
);

COPY public.birth_registry (object_id, status, content_hash, created_at, note) FROM stdin;
00000000-0000-4000-8000-000000000001\tdraft\t${"a".repeat(64)}\t2025-01-02 10:00:00+00\t\\N
00000000-0000-4000-8000-000000000002\tapplied\t${"b".repeat(64)}\t2025-01-03 10:00:00+00\t\\N
00000000-0000-4000-8000-000000000003\trolled_back\t${"c".repeat(64)}\t2025-01-04 10:00:00+00\t\\N
\\.

COPY public.approvals (id, object_id) FROM stdin;
1\t00000000-0000-4000-8000-000000000001
\\.

ALTER TABLE ONLY public.birth_registry
    ADD CONSTRAINT birth_registry_pkey PRIMARY KEY (object_id);

ALTER TABLE ONLY public.approvals
    ADD CONSTRAINT approvals_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.approvals
    ADD CONSTRAINT approvals_object_id_fkey FOREIGN KEY (object_id) REFERENCES public.birth_registry(object_id);
`;

const lineOf = (sql: string, needle: string): number => {
  const index = sql.indexOf(needle);
  if (index < 0) throw new Error(`fixture lacks ${needle}`);
  return sql.slice(0, index).split("\n").length;
};

const registrySpec = {
  tables: [
    {
      name: "birth_registry",
      columns: [
        { name: "object_id", type: "uuid", nullable: false, role: { kind: "id" } },
        { name: "status", family: "enum:birth_status", role: { kind: "status", minDistinct: 3, minRowsPerValue: { draft: 1, applied: 1, rolled_back: 1 } } },
        { name: "content_hash", family: "text-like", role: { kind: "hash", form: "hex", length: 64 } },
        { name: "created_at", family: "timestamp-like", hasDefault: true, role: { kind: "timestamp", notBefore: "2020-01-01", notAfter: "2035-01-01" } },
      ],
      primaryKey: ["object_id"],
      minRows: 3,
    },
    { name: "approvals", columns: [{ name: "object_id", type: "uuid" }], foreignKeys: [{ columns: ["object_id"], references: { table: "birth_registry", columns: ["object_id"] } }] },
  ],
};

async function check(sql: string, spec: object | string | undefined): Promise<Finding[]> {
  const report = await analyze(sql, { ruleSet: [requiredShape], ...(spec !== undefined ? { spec } : {}) });
  expect(report.spec?.errors).toBeUndefined();
  return report.findings;
}
const line = (f: Finding | undefined) => (f?.location.kind === "dump" ? f.location.range.start.line : undefined);

describe("required-shape: valid", () => {
  it("reports nothing when no spec is given", async () => {
    expect(await check("CREATE TABLE public.x (a int);\n", undefined)).toEqual([]);
  });
  it("reports nothing when the dump matches the spec in every feature", async () => {
    expect(await check(REGISTRY, registrySpec)).toEqual([]);
  });
  it("accepts a widening only where the spec allows it", async () => {
    const spec = { tables: [{ name: "approvals", columns: [{ name: "id", type: "integer", allowWidening: true }] }] };
    expect(await check(REGISTRY, spec)).toEqual([]);
  });
  it("skips a conditional group whose table does not exist", async () => {
    const spec = { groups: [{ name: "issues", when: { tableExists: "system_issues" }, tables: [{ name: "system_issues", columns: [{ name: "id" }] }] }] };
    expect(await check(REGISTRY, spec)).toEqual([]);
  });
  it("skips a group whose glob matches no table", async () => {
    const spec = { groups: [{ name: "directus", when: { tableMatches: "directus_*" }, tables: [{ name: "directus_users" }] }] };
    expect(await check(REGISTRY, spec)).toEqual([]);
  });
});

describe("required-shape: invalid (structure)", () => {
  it("points a missing table at its spec entry", async () => {
    const [f, ...rest] = await check(REGISTRY, { tables: [{ name: "birth_registry" }, { name: "system_issues" }] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "required-shape", severity: "error", location: { kind: "spec", specFile: "<spec>", jsonPath: "$.tables[1]" }, object: { kind: "table", schema: "public", table: "system_issues" } });
  });
  it("points a missing column at the CREATE TABLE", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "birth_registry", columns: [{ name: "approved_by", family: "text-like" }] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ object: { kind: "column", table: "birth_registry", column: "approved_by" }, found: "no such column" });
    expect(line(findings[0])).toBe(lineOf(REGISTRY, "CREATE TABLE public.birth_registry"));
  });
  it("points a wrong type at the column's line with expected and found", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "approvals", columns: [{ name: "id", type: "integer" }] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: "integer", found: "bigint", object: { column: "id" } });
    expect(line(findings[0])).toBe(lineOf(REGISTRY, "    id bigint NOT NULL"));
  });
  it("reports a family mismatch, nullability and a missing default at the column", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "birth_registry", columns: [{ name: "note", family: "json-like", nullable: false, hasDefault: true }] }] });
    expect(findings.map((f) => f.expected).sort()).toEqual(["NOT NULL", "a default (or identity)", "a json-like type (json, jsonb)"]);
    for (const f of findings) expect(line(f)).toBe(lineOf(REGISTRY, "    note text"));
  });
  it("points a wrong primary key at the constraint", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "approvals", primaryKey: ["object_id"] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: "PRIMARY KEY (object_id)", found: "PRIMARY KEY (id)", object: { name: "approvals_pkey" } });
    // the constraint's statement: ALTER TABLE ONLY ... on the line before ADD CONSTRAINT
    expect(line(findings[0])).toBe(lineOf(REGISTRY, "    ADD CONSTRAINT approvals_pkey") - 1);
  });
  it("reports a missing unique key and a foreign key to the wrong table", async () => {
    const findings = await check(REGISTRY, {
      tables: [{ name: "approvals", uniqueKeys: [["object_id"]], foreignKeys: [{ columns: ["object_id"], references: { table: "system_issues" } }] }],
    });
    expect(findings.map((f) => f.expected)).toEqual(["UNIQUE (object_id)", "FOREIGN KEY (object_id) REFERENCES public.system_issues"]);
    expect(line(findings[1])).toBe(lineOf(REGISTRY, "    ADD CONSTRAINT approvals_object_id_fkey") - 1);
  });
  it("accepts a unique key given by the primary key, in any column order", async () => {
    expect(await check(REGISTRY, { tables: [{ name: "approvals", uniqueKeys: [["id"]] }] })).toEqual([]);
  });
  it("reports too few rows at the table's COPY", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "approvals", minRows: 2 }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: ">= 2 rows", found: "1 rows" });
    expect(line(findings[0])).toBe(lineOf(REGISTRY, "COPY public.approvals"));
  });
  it("reports extra columns and tables with the severity of the policy", async () => {
    const findings = await check(REGISTRY, { extraTables: "warn", tables: [{ name: "approvals", extraColumns: "error", columns: [{ name: "id" }] }] });
    expect(findings.map((f) => [f.severity, f.object?.table, f.object?.column ?? null])).toEqual([
      ["warning", "birth_registry", null],
      ["error", "approvals", "object_id"],
    ]);
    expect(line(findings[1])).toBe(lineOf(REGISTRY, "    object_id uuid NOT NULL\n);"));
  });
  it("does not call tables named by extraTablesAllowed extra", async () => {
    expect(await check(REGISTRY, { extraTables: "error", extraTablesAllowed: ["birth_*"], tables: [{ name: "approvals" }] })).toEqual([]);
  });
  it("reports status values the column's enum cannot hold, at the column", async () => {
    const findings = await check(REGISTRY, { tables: [{ name: "birth_registry", columns: [{ name: "status", role: { kind: "status", allowed: ["draft", "applied", "rolled_back", "archived"] } }] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: "labels including archived", found: "labels draft, applied, rolled_back" });
    expect(line(findings[0])).toBe(lineOf(REGISTRY, "    status public.birth_status"));
  });
  it("checks an active group's tables", async () => {
    const findings = await check(REGISTRY, { groups: [{ name: "g", when: { tableHasRows: "approvals" }, tables: [{ name: "approvals", columns: [{ name: "decided_at" }] }] }] });
    expect(findings.map((f) => f.object?.column)).toEqual(["decided_at"]);
  });
});

const ROWS_HEADER = REGISTRY.slice(0, REGISTRY.indexOf("COPY public.birth_registry"));
const withRows = (rows: string[]) => `${ROWS_HEADER}COPY public.birth_registry (object_id, status, content_hash, created_at, note) FROM stdin;\n${rows.join("\n")}\n\\.\n`;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("required-shape: invalid (data roles)", () => {
  it("counts duplicate and NULL ids, with the first rows as related locations", async () => {
    const sql = withRows([`${uuid(1)}\tdraft\t\\N\t\\N\t\\N`, `${uuid(1)}\tdraft\t\\N\t\\N\t\\N`, `\\N\tdraft\t\\N\t\\N\t\\N`, `${uuid(1)}\tdraft\t\\N\t\\N\t\\N`]);
    const findings = await check(sql, { tables: [{ name: "birth_registry", columns: [{ name: "object_id", role: { kind: "id" } }] }] });
    const byFound = Object.fromEntries(findings.map((f) => [f.expected, f]));
    expect(byFound["non-null ids"]).toMatchObject({ count: 1 });
    expect(byFound["unique ids"]).toMatchObject({ count: 2 });
    expect(byFound["unique ids"]!.related!.map((r: { row?: number }) => r.row)).toEqual([1, 3]);
    expect(line(byFound["unique ids"])).toBe(lineOf(sql, `${uuid(1)}\tdraft`) + 1);
  });
  it("reports one status value only, and a state with too few rows", async () => {
    const sql = withRows([`${uuid(1)}\tdraft\t\\N\t\\N\t\\N`, `${uuid(2)}\tdraft\t\\N\t\\N\t\\N`]);
    const findings = await check(sql, { tables: [{ name: "birth_registry", columns: [{ name: "status", role: { kind: "status", minDistinct: 2, minRowsPerValue: { draft: 1, applied: 1 } } }] }] });
    expect(findings.map((f) => [f.expected, f.found]).sort()).toEqual([
      ['>= 1 row(s) with "applied"', "0 row(s)"],
      [">= 2 distinct values", "1 distinct value(s)"],
    ]);
    for (const f of findings) expect(line(f)).toBe(lineOf(sql, "COPY public.birth_registry"));
  });
  it("reports status values outside the allowed set without printing them", async () => {
    const sql = withRows([`${uuid(1)}\tdraft\t\\N\t\\N\t\\N`, `${uuid(2)}\tsecret-state-xyz\t\\N\t\\N\t\\N`]);
    const findings = await check(sql, { tables: [{ name: "birth_registry", columns: [{ name: "status", role: { kind: "status", allowed: ["draft", "applied"] } }] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.count).toBe(1);
    expect(JSON.stringify(findings)).not.toContain("secret-state-xyz");
  });
  it("reports malformed hashes with masked evidence only", async () => {
    const bad = "Z".repeat(64);
    const sql = withRows([`${uuid(1)}\tdraft\t${"a".repeat(64)}\t\\N\t\\N`, `${uuid(2)}\tdraft\t${bad}\t\\N\t\\N`, `${uuid(3)}\tdraft\tabc\t\\N\t\\N`]);
    const findings = await check(sql, { tables: [{ name: "birth_registry", columns: [{ name: "content_hash", role: { kind: "hash", form: "hex", length: 64 } }] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ count: 2, expected: "64 hex digits", evidence: [{ detector: "shape-hash-form", length: 64 }] });
    expect(JSON.stringify(findings)).not.toContain(bad);
    expect(line(findings[0])).toBe(lineOf(sql, bad));
  });
  it("accepts sha256:-prefixed and base64 forms when declared", async () => {
    const sql = withRows([`${uuid(1)}\tdraft\tsha256:${"0f".repeat(32)}\t\\N\tq83vEjRWeJA=`]);
    const findings = await check(sql, {
      tables: [{ name: "birth_registry", columns: [{ name: "content_hash", role: { kind: "hash", form: "sha256-prefixed" } }, { name: "note", role: { kind: "hash", form: "base64", bytes: 8 } }] }],
    });
    expect(findings).toEqual([]);
  });
  it("reports unparsable and implausible timestamps", async () => {
    const sql = withRows([`${uuid(1)}\tdraft\t\\N\t2025-01-01 00:00:00+00\tx`, `${uuid(2)}\tdraft\t\\N\t1999-12-31 00:00:00+00\tx`, `${uuid(3)}\tdraft\t\\N\t2025-01-01 00:00:00+00\tsoon`]);
    const findings = await check(sql, {
      tables: [{ name: "birth_registry", columns: [{ name: "created_at", role: { kind: "timestamp", notBefore: "2020-01-01" } }, { name: "note", role: { kind: "timestamp" } }] }],
    });
    expect(findings.map((f) => [f.object?.column, f.count, f.found])).toEqual([
      ["note", 3, "3 unparsable, 0 outside the window"],
      ["created_at", 1, "0 unparsable, 1 outside the window"],
    ]);
  });
});

describe("required-shape: partitioned tables", () => {
  // As pg_dump writes them: the parent, each partition, ATTACH PARTITION, then rows per partition.
  const sql = `CREATE TABLE public.events (
    id integer NOT NULL,
    state text NOT NULL
)
PARTITION BY LIST (state);

CREATE TABLE public.events_open (
    id integer NOT NULL,
    state text NOT NULL
);

CREATE TABLE public.events_closed (
    id integer NOT NULL,
    state text NOT NULL
);

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_open FOR VALUES IN ('open');

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_closed FOR VALUES IN ('closed');

COPY public.events_closed (id, state) FROM stdin;
1\tclosed
2\tclosed
\\.

COPY public.events_open (id, state) FROM stdin;
2\topen
\\.
`;
  it("counts the partitions' rows for the parent's row minimum, status and id checks", async () => {
    const spec = (minRows: number) => ({ tables: [{ name: "events", minRows, columns: [{ name: "id", role: { kind: "id" } }, { name: "state", role: { kind: "status", minDistinct: 2 } }] }] });
    const findings = await check(sql, spec(3));
    // 3 rows over two partitions, 2 states; id 2 repeats across partitions
    expect(findings.map((f) => f.expected)).toEqual(["unique ids"]);
    expect(line(findings[0])).toBe(lineOf(sql, "2\topen"));
    const tooFew = await check(sql, spec(4));
    expect(tooFew.map((f) => [f.expected, f.found])).toContainEqual([">= 4 rows", "3 rows"]);
    expect(line(tooFew.find((f) => f.expected === ">= 4 rows"))).toBe(lineOf(sql, "COPY public.events_closed"));
  });
  it("treats a partitioned table with rows in its partitions as having rows", async () => {
    const spec = { groups: [{ name: "g", when: { tableHasRows: "events" }, tables: [{ name: "audit" }] }] };
    expect((await check(sql, spec)).map((f) => f.object?.table)).toEqual(["audit"]);
  });
});

describe("required-shape: bounded state", () => {
  it("stops remembering ids at maxTrackedIds and says so in a diagnostic", async () => {
    const sql = withRows([1, 2, 3, 2].map((n) => `${uuid(n)}\tdraft\t\\N\t\\N\t\\N`));
    const spec = { tables: [{ name: "birth_registry", columns: [{ name: "object_id", role: { kind: "id" } }] }] };
    const capped = await analyze(sql, { ruleSet: [requiredShape], spec, rules: { "required-shape": { options: { maxTrackedIds: 2 } } } });
    // ids 1 and 2 are remembered, 3 is not; the repeated 2 is still caught
    expect(capped.findings.map((f) => f.count)).toEqual([1]);
    expect(capped.diagnostics.map((d) => d.code)).toContain("required-shape-id-cap");
    const full = await analyze(sql, { ruleSet: [requiredShape], spec });
    expect(full.diagnostics.map((d) => d.code)).not.toContain("required-shape-id-cap");
  });
});

describe("required-shape: anchors and attestation", () => {
  const anchorSql = (rows: string[]) => `${REGISTRY}
CREATE TABLE public.snapshot_anchor (
    snapshot_id uuid NOT NULL,
    taken_at timestamp with time zone,
    content_hash text
);

COPY public.snapshot_anchor (snapshot_id, taken_at, content_hash) FROM stdin;
${rows.join("\n")}${rows.length ? "\n" : ""}\\.
`;
  const anchorSpec = { anchors: [{ table: "snapshot_anchor", id: "snapshot_id", time: "taken_at", hash: "content_hash" }] };
  it("accepts an anchor with one complete row", async () => {
    expect(await check(anchorSql([`${uuid(9)}\t\\N\tx`, `${uuid(8)}\t2025-01-01 00:00:00+00\tabc`]), anchorSpec)).toEqual([]);
  });
  it("reports an anchor whose rows all lack a part", async () => {
    const sql = anchorSql([`${uuid(9)}\t\\N\tx`]);
    const findings = await check(sql, anchorSpec);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ found: "1 row(s), 0 complete", object: { table: "snapshot_anchor" } });
    expect(line(findings[0])).toBe(lineOf(sql, "COPY public.snapshot_anchor"));
  });
  it("reports a missing anchor table once when a table entry also requires it", async () => {
    const findings = await check(REGISTRY, { ...anchorSpec, tables: [{ name: "snapshot_anchor", columns: [{ name: "snapshot_id" }] }] });
    expect(findings.map((f) => f.location)).toEqual([{ kind: "spec", specFile: "<spec>", jsonPath: "$.tables[0]" }]);
  });
  it("reports a missing anchor column once when the table entry also lists it", async () => {
    const sql = anchorSql([]).replace("    content_hash text\n);", "    digest text\n);").replace("(snapshot_id, taken_at, content_hash)", "(snapshot_id, taken_at, digest)");
    const findings = await check(sql, { ...anchorSpec, tables: [{ name: "snapshot_anchor", columns: [{ name: "content_hash" }] }] });
    expect(findings.map((f) => [f.object?.column ?? null, f.found])).toEqual([["content_hash", "no such column"]]);
  });
  it("reports an empty anchor and a missing anchor table", async () => {
    expect((await check(anchorSql([]), anchorSpec)).map((f) => f.found)).toEqual(["0 row(s), 0 complete"]);
    const missing = await check(REGISTRY, anchorSpec);
    expect(missing[0]).toMatchObject({ location: { kind: "spec", jsonPath: "$.anchors[0]" }, found: "no such table" });
  });

  const statement = "Sanitized, NON-production copy; no live pointers";
  it("finds the attestation in a leading comment, whitespace and case aside", async () => {
    const sql = `-- ${statement.toUpperCase().replace(" ", "   ")}\n${REGISTRY}`;
    expect(await check(sql, { attestation: { text: statement, in: ["leading-comment"] } })).toEqual([]);
  });
  it("does not take a comment after the first statement as leading", async () => {
    const sql = `${REGISTRY}\n-- ${statement}\n`;
    const findings = await check(sql, { attestation: { text: statement, in: ["leading-comment"] } });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ kind: "spec", specFile: "<spec>", jsonPath: "$.attestation" });
  });
  it("finds the attestation in COMMENT ON DATABASE", async () => {
    const sql = `${REGISTRY}\nCOMMENT ON DATABASE app IS '${statement}';\n`;
    expect(await check(sql, { attestation: { text: statement, in: ["database-comment"] } })).toEqual([]);
    expect(await check(REGISTRY, { attestation: { text: statement, in: ["database-comment"] } })).toHaveLength(1);
  });
  it("finds the attestation in a table's rows", async () => {
    const sql = `${REGISTRY}\nCREATE TABLE public.handoff_attestation (statement text);\nCOPY public.handoff_attestation (statement) FROM stdin;\n${statement}\n\\.\n`;
    expect(await check(sql, { attestation: { text: statement, in: [{ table: "handoff_attestation", column: "statement" }] } })).toEqual([]);
  });
  it("reads a sidecar manifest relative to the spec file, and reports one that is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-shape-"));
    writeFileSync(join(dir, "manifest.txt"), `sender: test\n${statement}\n`);
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ attestation: { text: statement, in: [{ manifest: "manifest.txt" }] } }));
    writeFileSync(join(dir, "gone.json"), JSON.stringify({ attestation: { text: statement, in: [{ manifest: "nope.txt" }] } }));
    expect(await check(REGISTRY, join(dir, "ok.json"))).toEqual([]);
    const findings = await check(REGISTRY, join(dir, "gone.json"));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.found).toContain("ENOENT");
    expect(findings[0]!.location).toMatchObject({ kind: "spec", specFile: join(dir, "gone.json"), jsonPath: "$.attestation" });
  });
});

describe("required-shape: spec errors are not findings", () => {
  it("reports a broken spec in report.spec.errors and runs no checks", async () => {
    const report = await analyze(REGISTRY, { ruleSet: [requiredShape], spec: { tables: [{ name: "x", colums: [] }] } });
    expect(report.findings).toEqual([]);
    expect(report.spec?.errors?.[0]).toMatchObject({ jsonPath: "$.tables[0]" });
  });
});
