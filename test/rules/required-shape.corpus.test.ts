import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { analyze } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { formatText } from "../../src/report/format-text.js";
import type { Finding } from "../../src/report/schema.js";
import { loadSpec } from "../../src/report/spec.js";

// End to end on real pg_dump output (corpus/sources/birth-surface*.sql) with the shipped spec.
// Expected lines are found by searching the dump text, never taken from dumpguard's own output.
const SPEC = "schemas/birth-surface.spec.json";
const dumpPath = (name: string, variant: string) => `corpus/dumps/${name}/${variant}`;

async function shapeFindings(name: string, variant: string): Promise<{ findings: Finding[]; text: string; outputs: string[] }> {
  const report = await analyze({ path: dumpPath(name, variant) }, { onlyRules: ["required-shape"], spec: SPEC });
  expect(report.spec?.errors).toBeUndefined();
  return { findings: report.findings, text: readFileSync(dumpPath(name, variant), "utf8"), outputs: [formatJson(report), formatSarif(report), formatText(report)] };
}

/** 1-based line of the first line of `text` for which `match` holds (after line `after`, when given). */
function lineWhere(text: string, match: (line: string, next: string) => boolean): number {
  const lines = text.split("\n");
  const index = lines.findIndex((l, i) => match(l, lines[i + 1] ?? ""));
  if (index < 0) throw new Error("dump lacks the expected line");
  return index + 1;
}
const startsWith = (prefix: string) => (l: string) => l.startsWith(prefix);
const dumpLine = (f: Finding | undefined) => (f?.location.kind === "dump" ? f.location.range.start.line : undefined);
/** Where the table's rows begin: its COPY statement (plain) or first INSERT (--inserts). */
const firstData = (text: string, table: string) => lineWhere(text, (l) => l.startsWith(`COPY ${table} `) || l.startsWith(`INSERT INTO ${table} `));
const summary = (f: Finding) => ({ ruleId: f.ruleId, object: f.object, line: dumpLine(f) });

describe("the shipped spec", () => {
  it("is valid for loadSpec and for the published JSON Schema", () => {
    expect(loadSpec(SPEC).ok).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync("schemas/spec.schema.json", "utf8")) as object);
    expect(validate(JSON.parse(readFileSync(SPEC, "utf8"))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("required-shape on the clean birth-surface sample", () => {
  for (const variant of ["plain.sql", "plain.sql.gz", "inserts.sql", "column-inserts.sql", "quote-all-identifiers.sql", "no-owner-no-privileges.sql"]) {
    it(`reports nothing on ${variant}`, async () => {
      expect((await shapeFindings("birth-surface", variant)).findings).toEqual([]);
    });
  }
  it("reports nothing with every rule on (the sample is also clean for secrets, hosts and PII)", async () => {
    const report = await analyze({ path: dumpPath("birth-surface", "plain.sql") }, { spec: SPEC });
    expect(report.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
  it("reports a data-only dump's tables as unverifiable, not as missing", async () => {
    const { findings } = await shapeFindings("birth-surface", "data-only.sql");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === "warning" && f.message.includes("data-only dump"))).toBe(true);
  });
});

describe("the sender's statement (attestation) on real dumps", () => {
  const STATEMENT = "this is a sanitized, NON-production copy; no live pointers";
  const attestationFindings = async (sql: string) =>
    (await analyze(sql, { onlyRules: ["required-shape"], spec: SPEC })).findings.filter((f) => f.object?.kind === "attestation");
  it("the shipped spec requires the procedure's words, in every place the dump itself can carry them", () => {
    const spec = JSON.parse(readFileSync(SPEC, "utf8")) as { attestation: { text: string; in: unknown[] } };
    expect(spec.attestation.text).toBe(STATEMENT);
    expect(spec.attestation.in).toEqual(["leading-comment", "database-comment", { table: "public.handoff_attestation", column: "statement" }]);
  });
  it("the clean sample carries it in handoff_attestation (as the source wrote it)", () => {
    const source = readFileSync("corpus/sources/birth-surface-base.include.sql", "utf8");
    expect(source).toContain("'This is a sanitized, NON-production copy; no live pointers.'");
    expect(readFileSync(dumpPath("birth-surface", "plain.sql"), "utf8")).toContain("This is a sanitized, NON-production copy; no live pointers.\t");
  });
  const bare = () => readFileSync(dumpPath("birth-surface-no-attestation", "plain.sql"), "utf8");
  it("a dump without it fails; the same dump passes with it in a leading comment, any case, whitespace spread over lines", async () => {
    expect(await attestationFindings(bare())).toHaveLength(1);
    const commented = `-- THIS IS A SANITIZED,   non-production\n--\tcopy;  No Live Pointers.\n${bare()}`;
    expect(await attestationFindings(commented)).toEqual([]);
  });
  it("passes with it in COMMENT ON DATABASE (what pg_dump --create writes)", async () => {
    const withComment = `${bare()}\nCOMMENT ON DATABASE "birth-surface" IS 'This is a sanitized, non-production copy; no live pointers.';\n`;
    expect(await attestationFindings(withComment)).toEqual([]);
  });
  it("does not accept a near-miss: a different statement, or the words split by other text", async () => {
    expect(await attestationFindings(`-- this is a sanitized, production copy; no live pointers\n${bare()}`)).toHaveLength(1);
    expect(await attestationFindings(`-- this is a sanitized, NON-production copy;\nSELECT 1;\n-- no live pointers\n${bare()}`)).toHaveLength(1);
  });
});

const registry = { kind: "table", schema: "public", table: "birth_registry" };
const column = (table: string, name: string) => ({ kind: "column", schema: "public", table, column: name });

for (const variant of ["plain.sql", "inserts.sql"]) {
  describe(`required-shape on the broken birth-surface variants (${variant})`, () => {
    it("missing column: applied_at, at the CREATE TABLE", async () => {
      const { findings, text } = await shapeFindings("birth-surface-missing-column", variant);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: column("birth_registry", "applied_at"), line: lineWhere(text, startsWith("CREATE TABLE public.birth_registry ")) }]);
      expect(findings[0]!.found).toBe("no such column");
    });

    it("wrong type: created_at is text, at the column's line", async () => {
      const { findings, text } = await shapeFindings("birth-surface-wrong-type", variant);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: column("birth_registry", "created_at"), line: lineWhere(text, startsWith("    created_at text")) }]);
      expect(findings[0]).toMatchObject({ found: "text" });
      expect(findings[0]!.expected).toContain("timestamp with time zone");
    });

    it("wrong primary key: at the ADD CONSTRAINT statement", async () => {
      const { findings, text } = await shapeFindings("birth-surface-wrong-pk", variant);
      const line = lineWhere(text, (l, next) => l === "ALTER TABLE ONLY public.birth_registry" && next.includes("birth_registry_pkey PRIMARY KEY"));
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: { ...registry, name: "birth_registry_pkey" }, line }]);
      expect(findings[0]).toMatchObject({ expected: "PRIMARY KEY (object_id)", found: "PRIMARY KEY (object_id, revision)" });
    });

    it("too few rows: 5 of 6, at the table's data", async () => {
      const { findings, text } = await shapeFindings("birth-surface-too-few-rows", variant);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: registry, line: firstData(text, "public.birth_registry") }]);
      expect(findings[0]).toMatchObject({ expected: ">= 6 rows", found: "5 rows" });
    });

    it("one status value: too few distinct values and two empty states", async () => {
      const { findings, text } = await shapeFindings("birth-surface-one-status", variant);
      const line = firstData(text, "public.birth_registry");
      expect(findings.map(summary)).toEqual(Array(3).fill({ ruleId: "required-shape", object: column("birth_registry", "status"), line }));
      expect(findings.map((f) => f.expected).sort()).toEqual(['>= 1 row(s) with "draft"', '>= 1 row(s) with "rolled_back"', ">= 3 distinct values"]);
    });

    it("malformed hash: one row, at that row, the value masked in every output format", async () => {
      const { findings, text, outputs } = await shapeFindings("birth-surface-bad-hash", variant);
      const sha1Like = createHash("sha256").update("x").digest("hex").slice(0, 40);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: column("birth_registry", "content_hash"), line: lineWhere(text, (l) => l.includes(sha1Like)) }]);
      expect(findings[0]).toMatchObject({ count: 1, expected: "64 hex digits" });
      expect(findings[0]!.related).toHaveLength(1);
      for (const output of outputs) expect(output).not.toContain(sha1Like);
    });

    it("empty anchor: at the snapshot table's CREATE TABLE", async () => {
      const { findings, text } = await shapeFindings("birth-surface-empty-anchor", variant);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: { kind: "table", schema: "public", table: "rehearsal_snapshots" }, line: lineWhere(text, startsWith("CREATE TABLE public.rehearsal_snapshots ")) }]);
      expect(findings[0]).toMatchObject({ found: "0 row(s), 0 complete" });
    });

    it("Directus present but directus_revisions.delta missing", async () => {
      const { findings, text } = await shapeFindings("birth-surface-directus-missing-field", variant);
      expect(findings.map(summary)).toEqual([{ ruleId: "required-shape", object: column("directus_revisions", "delta"), line: lineWhere(text, startsWith("CREATE TABLE public.directus_revisions ")) }]);
    });

    it("no attestation: one finding at the spec's $.attestation naming the places looked in", async () => {
      const { findings, text } = await shapeFindings("birth-surface-no-attestation", variant);
      expect(text.toLowerCase()).not.toContain("non-production");
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ location: { kind: "spec", specFile: SPEC, jsonPath: "$.attestation" }, object: { kind: "attestation" }, found: "not found" });
      expect(findings[0]!.message).toContain("the leading comments, or COMMENT ON DATABASE, or table public.handoff_attestation column statement");
    });

    it("no system_issues: nothing, the group is conditional", async () => {
      const { findings, text } = await shapeFindings("birth-surface-no-system-issues", variant);
      expect(text).not.toContain("system_issues");
      expect(findings).toEqual([]);
    });
  });
}

describe("a team spec that extends the shipped one", () => {
  it("drops the Directus group and a registry column, and the matching gaps are gone", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join, resolve } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-team-spec-"));
    const team = join(dir, "team.spec.json");
    writeFileSync(team, JSON.stringify({
      extends: resolve(SPEC),
      groups: [{ name: "directus", when: { tableMatches: "directus_*" }, omit: true }],
      // without the group the Directus tables would be extra tables (the shipped spec warns on those)
      extraTablesAllowed: ["directus_*"],
      tables: [{ name: "birth_registry", columns: [{ name: "applied_at", omit: true }] }],
    }));
    for (const name of ["birth-surface-directus-missing-field", "birth-surface-missing-column"]) {
      const report = await analyze({ path: dumpPath(name, "plain.sql") }, { onlyRules: ["required-shape"], spec: team });
      expect(report.spec?.errors).toBeUndefined();
      expect(report.findings).toEqual([]);
    }
    // The inherited requirements still hold: the wrong type is still found.
    const wrong = await analyze({ path: dumpPath("birth-surface-wrong-type", "plain.sql") }, { onlyRules: ["required-shape"], spec: team });
    expect(wrong.findings.map((f) => f.object?.column)).toEqual(["created_at"]);
  });
});
