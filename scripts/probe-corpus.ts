/**
 * The application probes (corpus/probes, sources corpus/sources/probe-APP-{clean,dirty}.sql) and how they are
 * scored, shared by scripts/precision-recall.ts and test/corpus/probes.test.ts so the table and the test judge
 * the same way.
 *
 * Unlike the realistic corpus (scripts/realistic-corpus.ts), the probes are not held to zero: they record what
 * the rules get wrong today on six real applications' layouts, so a change that makes it worse fails and one
 * that makes it better says so. A probe is scored at the column a reader would look at:
 * - clean: every error and warning of the three safety rules is a false alarm;
 * - dirty: an expected (rule, table.column[, JSON path]) is missed when no error or warning of that rule names
 *   that column (and path); an error or warning on a column the list does not name for its rule is "unlisted".
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../src/report/schema.js";
import { analyzeFile, CORPUS, objectKey, SAFETY_RULES } from "./realistic-corpus.js";

export const PROBE_APPS = ["keycloak", "mastodon", "wordpress", "odoo", "nextcloud", "gitlab", "grafana", "discourse", "mattermost", "gitea"] as const;
export type ProbeApp = (typeof PROBE_APPS)[number];

/** The dumps of each probe: pg_dump 15's COPY form and pg_dump 18's INSERT form (PGlite). */
export const PROBE_DUMPS = [
  { leg: "pg15 plain", dir: "dumps", file: "plain.sql" },
  { leg: "pg18 inserts", dir: "dumps-pg18", file: "inserts.sql" },
] as const;

export interface ProbeExpectation {
  rule: (typeof SAFETY_RULES)[number];
  /** `table.column` (public schema). */
  column: string;
  jsonPath?: string;
}

export interface ProbeScore {
  /** Errors and warnings on the clean dump: `severity rule schema.table.column[ $.path]`, sorted. */
  falseAlarms: string[];
  /** Expectations no error or warning met: `rule table.column[ $.path]`. */
  missed: string[];
  /** Errors and warnings on the dirty dump at a column the list does not name for their rule, sorted. */
  unlisted: string[];
}

export function probeExpectations(app: ProbeApp): ProbeExpectation[] {
  return (JSON.parse(readFileSync(join(CORPUS, "probes", "expected.json"), "utf8")) as Record<string, ProbeExpectation[]>)[app] ?? [];
}

export function probeDump(app: ProbeApp, variant: "clean" | "dirty", dump: (typeof PROBE_DUMPS)[number]): string {
  return join(CORPUS, dump.dir, `probe-${app}-${variant}`, dump.file);
}

export function probeDumpsExist(): boolean {
  return PROBE_APPS.every((app) => PROBE_DUMPS.every((d) => existsSync(probeDump(app, "clean", d)) && existsSync(probeDump(app, "dirty", d))));
}

const loud = (f: Finding) => f.severity !== "info" && (SAFETY_RULES as readonly string[]).includes(f.ruleId);
const describe = (f: Finding) => `${f.severity} ${f.ruleId} ${objectKey(f)}`;
const columnOf = (f: Finding) => (f.object?.kind === "column" ? `${f.object.table}.${f.object.column}`.toLowerCase() : undefined);

export async function scoreProbe(app: ProbeApp, dump: (typeof PROBE_DUMPS)[number]): Promise<ProbeScore> {
  const clean = (await analyzeFile(probeDump(app, "clean", dump))).findings.filter(loud);
  const dirty = (await analyzeFile(probeDump(app, "dirty", dump))).findings.filter(loud);
  const expected = probeExpectations(app);
  const missed = expected
    .filter((e) => !dirty.some((f) => f.ruleId === e.rule && columnOf(f) === e.column.toLowerCase() && (e.jsonPath === undefined || (f.object?.kind === "column" && f.object.jsonPath === e.jsonPath))))
    .map((e) => `${e.rule} ${e.column}${e.jsonPath ? ` ${e.jsonPath}` : ""}`);
  const unlisted = dirty.filter((f) => !expected.some((e) => e.rule === f.ruleId && e.column.toLowerCase() === columnOf(f)));
  return { falseAlarms: clean.map(describe).sort(), missed, unlisted: unlisted.map(describe).sort() };
}
