/**
 * The realistic corpus (corpus/sources/real-*-{clean,dirty}.sql) and its expected findings
 * (corpus/sources/real-*-dirty.expected.json), shared by scripts/precision-recall.ts and
 * test/corpus/realistic.test.ts so the table and the test judge the same way.
 *
 * An expected finding names a rule, a severity, the object it is about and, optionally, the evidence
 * detector; `needle` is a string on the line the finding must point at (its first occurrence in the
 * dump) and `part` says which dump variants can hold it (DDL, row data, or data whose column types
 * come from CREATE TABLE).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Report } from "../src/report/schema.js";

export interface ExpectedFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  /** `schema.table.column` for a column (plus `$.path` after a space for JSON), else `kind name`. */
  object: string;
  detector?: string;
  needle: string;
  part: "ddl" | "data" | "typed-data";
  /** Why the reader wants this finding (documentation only). */
  why?: string;
}

export const DOMAINS = ["real-app", "real-shop", "real-crm", "real-frameworks", "real-cms"] as const;
export const CORPUS = join(import.meta.dirname, "../corpus");

/** Variants and the parts of the expected list each can hold. */
export const VARIANTS: [file: string, parts: ExpectedFinding["part"][]][] = [
  ["plain.sql", ["ddl", "data", "typed-data"]],
  ["inserts.sql", ["ddl", "data", "typed-data"]],
  ["column-inserts.sql", ["ddl", "data", "typed-data"]],
  ["quote-all-identifiers.sql", ["ddl", "data", "typed-data"]],
  ["no-owner-no-privileges.sql", ["ddl", "data", "typed-data"]],
  ["schema-only.sql", ["ddl"]],
  ["data-only.sql", ["data"]],
  ["plain.sql.gz", ["ddl", "data", "typed-data"]],
  // A Metabase app database inside a pg_dumpall cluster dump (real-app only).
  ["dumpall.sql", ["ddl", "data", "typed-data"]],
];

export const SAFETY_RULES = ["forbidden-secrets", "live-host-pointers", "unsanitized-pii"] as const;

export function expectedFor(domain: string): ExpectedFinding[] {
  const path = join(CORPUS, "sources", `${domain}-dirty.expected.json`);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, "utf8")) as { findings: ExpectedFinding[] }).findings;
}

/** The object of a finding as the expected list writes it. */
export function objectKey(f: Finding): string {
  const o = f.object;
  if (!o) return "?";
  if (o.kind === "column") return `${o.schema}.${o.table}.${o.column}${o.jsonPath ? ` ${o.jsonPath}` : ""}`;
  if (o.kind === "column default") return `column default ${o.schema}.${o.table}.${o.column}`;
  return `${o.kind ?? "?"} ${o.name ?? [o.schema, o.table].filter(Boolean).join(".")}`;
}

export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) return -1;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function findingLine(f: Finding): number {
  return f.location.kind === "dump" ? f.location.range.start.line : -1;
}

/** Whether `f` is the expected finding (rule, severity, object, detector; and line when `text` is given). */
export function matches(f: Finding, e: ExpectedFinding, text?: string): boolean {
  if (f.ruleId !== e.rule || f.severity !== e.severity || objectKey(f) !== e.object) return false;
  if (e.detector !== undefined && !(f.evidence ?? []).some((x) => x.detector === e.detector)) return false;
  return text === undefined || findingLine(f) === lineOf(text, e.needle);
}

export async function analyzeFile(path: string): Promise<Report> {
  const { analyze } = await import("../src/analyze.js");
  return analyze({ path }, { onlyRules: [...SAFETY_RULES, "input-integrity"] });
}

export function dumpText(path: string): string {
  if (path.endsWith(".gz")) return readFileSync(path.slice(0, -3), "utf8");
  return readFileSync(path, "utf8");
}
