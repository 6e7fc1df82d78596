import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyze, analyzeWithCatalog, ConfigError } from "../../src/analyze.js";
import { defineRule, type RowEvent, type StatementInfo } from "../../src/rules/rule.js";
import { formatJson } from "../../src/report/format-json.js";
import { Report } from "../../src/report/schema.js";

const DUMP = [
  "-- Dumped from database version 15.18",
  "SET client_encoding = 'UTF8';",
  "CREATE TABLE public.people (id integer NOT NULL, name text, note text);",
  "CREATE TABLE public.tags (id bigint, label character varying(20));",
  "COPY public.people (id, name, note) FROM stdin;",
  "1\tAda\ttab\\there",
  "2\t\\N\tline\\nbreak",
  "\\.",
  "INSERT INTO public.tags VALUES (1, 'a''b'), (2, NULL);",
  "INSERT INTO public.tags (id, label) VALUES (3, E'x\\ty');",
  "",
].join("\n");

/** A rule that records what the engine hands it, so the tests can see the plumbing. */
function recorder() {
  const seen = { rows: [] as RowEvent[], statements: [] as StatementInfo[], ended: 0 };
  const rule = defineRule({
    id: "recorder",
    description: "records events",
    defaultSeverity: "warning",
    options: z.object({ flag: z.string().default("none") }).strict(),
    check(context) {
      context.onRow((row) => seen.rows.push(row));
      context.onStatement((s) => seen.statements.push(s));
      context.onEnd(() => {
        seen.ended++;
        context.report({ message: `option flag is ${context.options.flag}; ${context.catalog.tables().length} tables` });
      });
    },
  });
  return { rule, seen };
}

describe("the engine wires lexer, rows, catalog and rules", () => {
  it("delivers every COPY and INSERT row, decoded, with column names, canonical types and locations", async () => {
    const { rule, seen } = recorder();
    const report = await analyze(DUMP, { ruleSet: [rule] });
    expect(seen.rows.map((r) => [r.table, r.source, r.rowIndex, ...r.values])).toEqual([
      ["people", "copy", 0, "1", "Ada", "tab\there"],
      ["people", "copy", 1, "2", null, "line\nbreak"],
      ["tags", "insert", 0, "1", "a'b"],
      ["tags", "insert", 1, "2", null],
      ["tags", "insert", 2, "3", "x\ty"],
    ]);
    expect(seen.rows[0]!.columns).toEqual(["id", "name", "note"]);
    expect(seen.rows[0]!.types).toEqual(["integer", "text", "text"]);
    expect(seen.rows[2]!.types).toEqual(["bigint", "character varying(20)"]);
    // "1\tAda..." is line 6 of the dump.
    expect(seen.rows[0]!.range.start.line).toBe(6);
    expect(seen.rows[2]!.range.start.line).toBe(9);
    expect(report.summary.rows).toBe(5);
    expect(report.summary.tables).toBe(2);
    expect(report.input.header.serverVersion).toBe("15.18");
    expect(seen.ended).toBe(1);
  });

  it("records where each table's data starts: the COPY statement, or the first INSERT", async () => {
    const { catalog } = await analyzeWithCatalog(DUMP);
    expect(catalog.table({ schema: "public", name: "people" })?.dataRange?.start.line).toBe(5);
    expect(catalog.table({ schema: "public", name: "tags" })?.dataRange?.start.line).toBe(9);
    expect(catalog.table({ schema: "public", name: "people" })?.rowsFromCopy).toBe(2);
    expect(catalog.table({ schema: "public", name: "tags" })?.rowsFromInsert).toBe(3);
  });

  it("passes statement kinds to rules", async () => {
    const { rule, seen } = recorder();
    await analyze(DUMP, { ruleSet: [rule] });
    expect(seen.statements.map((s) => s.statementKind)).toEqual(["SET", "CREATE TABLE", "CREATE TABLE", "COPY", "INSERT", "INSERT"]);
  });

  it("applies severity overrides, options and `off`", async () => {
    const { rule } = recorder();
    const report = await analyze(DUMP, { ruleSet: [rule], rules: { recorder: { severity: "error", options: { flag: "on" } } } });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.severity).toBe("error");
    expect(report.findings[0]!.message).toBe("option flag is on; 2 tables");
    const off = await analyze(DUMP, { ruleSet: [recorder().rule], rules: { recorder: "off" } });
    expect(off.findings).toHaveLength(0);
  });

  it("rejects unknown rule ids and invalid options with a ConfigError", async () => {
    await expect(analyze(DUMP, { rules: { "no-such-rule": "error" } })).rejects.toBeInstanceOf(ConfigError);
    await expect(analyze(DUMP, { ruleSet: [recorder().rule], rules: { recorder: { options: { flag: 3 } } } })).rejects.toBeInstanceOf(ConfigError);
  });

  it("a crashing rule becomes a diagnostic and the other rules still run", async () => {
    const crashing = defineRule({
      id: "crashing",
      description: "throws on every row",
      defaultSeverity: "error",
      options: z.object({}),
      check(context) {
        context.onRow(() => {
          throw new Error("boom");
        });
      },
    });
    const { rule } = recorder();
    const report = await analyze(DUMP, { ruleSet: [crashing, rule] });
    expect(report.diagnostics.filter((d) => d.code === "rule-crashed")).toHaveLength(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["recorder"]);
  });

  it("gives the same report for a string, bytes, a Readable, an async iterable and gzip", async () => {
    const bytes = new TextEncoder().encode(DUMP);
    const reports = [
      await analyze(DUMP),
      await analyze(bytes),
      await analyze(Readable.from([Buffer.from(bytes)])),
      await analyze((async function* () {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      })()),
    ];
    const json = reports.map((r) => formatJson(r));
    expect(new Set(json).size).toBe(1);
    const gz = await analyze(gzipSync(bytes));
    expect(gz.summary).toEqual(reports[0]!.summary);
    expect(gz.input.format).toBe("gzip+plain");
  });

  it("is deterministic byte for byte and keeps timings out unless asked", async () => {
    const a = formatJson(await analyze(DUMP));
    const b = formatJson(await analyze(DUMP));
    expect(a).toBe(b);
    expect(a).not.toContain("timings");
    const timed = await analyze(DUMP, { timings: true });
    expect(timed.timings?.totalMs).toBeGreaterThanOrEqual(0);
    expect(Report.safeParse(timed).success).toBe(true);
  });

  it("suppresses baseline entries and counts what each entry suppressed", async () => {
    const { rule } = recorder();
    const first = await analyze(DUMP, { ruleSet: [rule] });
    const fp = first.findings[0]!.fingerprint;
    const report = await analyze(DUMP, { ruleSet: [recorder().rule], baseline: { version: 1, entries: [{ fingerprint: fp, reason: "accepted" }] } });
    expect(report.findings).toHaveLength(0);
    expect(report.summary.suppressed).toBe(1);
    expect(report.suppressions[0]!.count).toBe(1);
  });
});
