import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft4 from "ajv-draft-04";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif, formatSarifChunks } from "../../src/report/format-sarif.js";
import { formatText } from "../../src/report/format-text.js";
import { Report } from "../../src/report/schema.js";
import { sampleReport } from "./fixtures.js";

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

describe("formatJson", () => {
  it("is byte-identical whatever the key order of the input object", () => {
    const a = sampleReport();
    const b = JSON.parse(JSON.stringify(a), (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
    expect(formatJson(b)).toBe(formatJson(a));
  });
  it("round-trips through the Report zod schema", () => {
    expect(Report.safeParse(JSON.parse(formatJson(sampleReport()))).success).toBe(true);
  });
  it("validates against the published report JSON Schema", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("schemas/report.schema.json", "utf8")));
    const ok = validate(JSON.parse(formatJson(sampleReport())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("formatSarif", () => {
  // The official SARIF 2.1.0 schema is written in JSON Schema draft-04, and one of its
  // patterns (`language`) is not valid under the u flag, hence unicodeRegExp: false.
  const ajv = new AjvDraft4({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv as unknown as Ajv);
  const validate = ajv.compile(sarifSchema);

  it("is valid against the official SARIF 2.1.0 schema", () => {
    const log = JSON.parse(formatSarif(sampleReport()));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it("maps severities to levels and keeps exact regions", () => {
    const log = JSON.parse(formatSarif(sampleReport()));
    const results = log.runs[0].results;
    expect(results.map((r: { level: string }) => r.level)).toEqual(["error", "error", "warning", "note"]);
    expect(results[1].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 1, endLine: 4, endColumn: 41, byteOffset: 80, byteLength: 40 });
    expect(results[2].locations[0].logicalLocations[0].fullyQualifiedName).toBe("$.tables[0]");
    expect(log.runs[0].columnKind).toBe("utf16CodeUnits");
  });
  it("in pieces (what the CLI writes), the same bytes: with findings, a finding of a rule not listed, none", () => {
    const report = sampleReport();
    expect([...formatSarifChunks(report)].join("")).toBe(formatSarif(report));
    const unlisted = { ...report, findings: [...report.findings, { ...report.findings[0]!, ruleId: "a-rule-not-listed" }] };
    expect([...formatSarifChunks(unlisted)].join("")).toBe(formatSarif(unlisted));
    expect(JSON.parse(formatSarif(unlisted)).runs[0].tool.driver.rules.some((r: { id: string }) => r.id === "a-rule-not-listed")).toBe(true);
    const none = { ...report, findings: [] };
    expect([...formatSarifChunks(none)].join("")).toBe(formatSarif(none));
  });
  it("catches an invalid log (the validation can fail)", () => {
    const log = JSON.parse(formatSarif(sampleReport()));
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });
});

describe("formatText", () => {
  const text = formatText(sampleReport());
  it("groups by severity, errors first, with file:line:col", () => {
    expect(text.indexOf("ERRORS (2)")).toBeLessThan(text.indexOf("WARNINGS (1)"));
    expect(text).toContain("d.sql:4:1  forbidden-secrets [column public.keys.token]");
    expect(text).toContain("schemas/birth-surface.spec.json $.tables[0]");
  });
  it("names functions, constraints and rows by what they are", () => {
    const base = sampleReport();
    const finding = base.findings[0]!;
    const render = (object: NonNullable<typeof finding.object>) => formatText({ ...base, findings: [{ ...finding, object }] });
    expect(render({ kind: "function", schema: "public", name: "sync_remote" })).toContain("[function public.sync_remote]");
    expect(render({ kind: "constraint", schema: "public", table: "t", name: "t_pkey" })).toContain("[constraint public.t t_pkey]");
    expect(render({ kind: "row", schema: "public", table: "t", row: 0 })).toContain("[row public.t row 1]");
  });
  it("ends with a summary line", () => {
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/^d\.sql: 2 error\(s\), 1 warning\(s\), 1 info — 3 statements, 1 tables, 2 rows/);
  });
});

describe("no format repeats a secret in clear", () => {
  const secret = "AKIAZ7XQ3R2M4N5P6Q7T";
  for (const [name, format] of [["json", formatJson], ["sarif", formatSarif], ["text", formatText]] as const) {
    it(name, () => {
      const out = format(sampleReport(secret));
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(4));
    });
  }
});
