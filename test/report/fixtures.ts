import type { Finding, Report } from "../../src/report/schema.js";
import { maskedEvidence } from "../../src/report/redact.js";

const range = (line: number, col: number, offset: number, len: number) => ({
  start: { offset, line, column: col },
  end: { offset: offset + len, line, column: col + len },
});

/** A small hand-built report that exercises every location kind and optional field. */
export function sampleReport(secret = "AKIAZ7XQ3R2M4N5P6Q7T"): Report {
  const findings: Finding[] = [
    { ruleId: "input-integrity", severity: "error", message: "the file ends inside COPY data", location: { kind: "dump", file: "d.sql", range: range(9, 1, 200, 3) }, fingerprint: "0123456789abcdef" },
    {
      ruleId: "forbidden-secrets",
      severity: "error",
      message: "column public.keys.token holds 2 AWS access key ids",
      help: "replace them with a fixed placeholder",
      location: { kind: "dump", file: "d.sql", range: range(4, 1, 80, 40) },
      object: { kind: "column", schema: "public", table: "keys", column: "token" },
      evidence: [maskedEvidence("aws-access-key-id", secret)],
      count: 2,
      related: [{ message: "row 1", range: range(5, 1, 121, 40), row: 1 }],
      fingerprint: "fedcba9876543210",
    },
    {
      ruleId: "required-shape",
      severity: "warning",
      message: "table public.birth_registry is missing",
      location: { kind: "spec", specFile: "schemas/birth-surface.spec.json", jsonPath: "$.tables[0]" },
      expected: "table public.birth_registry",
      found: "no such table",
      fingerprint: "00000000ffffffff",
    },
    { ruleId: "input-integrity", severity: "info", message: "the input is empty", location: { kind: "input", file: "d.sql" }, fingerprint: "1111111111111111" },
  ];
  return {
    tool: { name: "dumpguard", version: "0.1.0" },
    input: { path: "d.sql", sha256: "a".repeat(64), bytes: 300, decodedBytes: 300, format: "plain", header: { serverVersion: "15.18", pgDumpVersion: "15.18", encoding: "UTF8", producer: "pg_dump" } },
    rules: [
      { id: "input-integrity", description: "input is readable", severity: "default" },
      { id: "forbidden-secrets", description: "no credentials", severity: "default" },
      { id: "required-shape", description: "shape per spec", severity: "warning" },
    ],
    summary: { errors: 2, warnings: 1, infos: 1, suppressed: 0, statements: 3, rows: 2, tables: 1 },
    findings,
    diagnostics: [],
    suppressions: [],
  };
}
