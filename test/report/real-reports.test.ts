import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft4 from "ajv-draft-04";
import type Ajv from "ajv";
import addFormats from "ajv-formats";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { formatJson, formatJsonChunks } from "../../src/report/format-json.js";
import { formatSarif, formatSarifChunks } from "../../src/report/format-sarif.js";
import { formatText, formatTextChunks } from "../../src/report/format-text.js";

// Reports on real corpus dumps with many findings of every rule (not just a hand-made sample)
// must be valid SARIF 2.1.0 and valid against the published report JSON Schema.
const require = createRequire(import.meta.url);
const sarifAjv = new AjvDraft4({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(sarifAjv as unknown as Ajv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")));
const reportAjv = new Ajv2020({ strict: false });
addFormats(reportAjv);
const validateReport = reportAjv.compile(JSON.parse(readFileSync("schemas/report.schema.json", "utf8")));

const cases = [
  { path: "corpus/dumps/secrets/dumpall.sql", rule: "forbidden-secrets" },
  { path: "corpus/dumps/hosts/plain.sql", rule: "live-host-pointers" },
  { path: "corpus/dumps/pii-real/plain.sql", rule: "unsanitized-pii" },
  { path: "corpus/dumps/birth-surface-missing-column/plain.sql", rule: "required-shape" },
];

describe("reports on real dumps are valid SARIF 2.1.0 and valid report JSON", () => {
  for (const c of cases) {
    it(c.path, async () => {
      const report = await analyze({ path: c.path }, { spec: "schemas/birth-surface.spec.json" });
      expect(report.findings.some((f) => f.ruleId === c.rule)).toBe(true);
      const sarif = JSON.parse(formatSarif(report));
      validateSarif(sarif);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(sarif.runs[0].results.length).toBe(report.findings.length);
      validateReport(JSON.parse(formatJson(report)));
      expect(validateReport.errors ?? []).toEqual([]);
      // What the CLI writes: the same bytes in pieces, none holding more than one finding.
      const pieces = [...formatJsonChunks(report)];
      expect(pieces.join("")).toBe(formatJson(report));
      expect(pieces.length).toBeGreaterThan(report.findings.length);
      const sarifPieces = [...formatSarifChunks(report)];
      expect(sarifPieces.join("")).toBe(formatSarif(report));
      expect(sarifPieces.length).toBeGreaterThan(report.findings.length);
      // Text: one piece per finding (its lines, each ending in a line break), with its message, plus headings and the summary.
      const textPieces = [...formatTextChunks(report)];
      expect(textPieces.join("")).toBe(formatText(report));
      expect(textPieces.length).toBeGreaterThan(report.findings.length);
      expect(textPieces.every((piece) => piece.endsWith("\n"))).toBe(true);
      const bySeverity = ["error", "warning", "info"].flatMap((severity) => report.findings.filter((f) => f.severity === severity));
      const findingPieces = textPieces.filter((piece) => piece.startsWith("  "));
      expect(findingPieces.length).toBe(bySeverity.length);
      for (const [i, f] of bySeverity.entries()) expect(findingPieces[i]!.split("\n")[1]).toBe(`    ${f.message}`);
    });
  }
});
