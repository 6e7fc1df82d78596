import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/report/schema.js";

/**
 * End-to-end on real pg_dump output of corpus/sources/hosts.sql and the clean dumps. The
 * expected line of each finding is found by searching the dump text for the planted value, not
 * taken from the tool's own output.
 */
const engineReady = existsSync("src/lexer/lexer.ts") && existsSync("corpus/dumps/hosts/plain.sql");
const why = "needs the lexer (src/lexer/lexer.ts) and corpus/dumps/hosts";

type Expected = {
  detector: "internal-host" | "public-host";
  severity: "error" | "warning" | "info";
  kind: string;
  /** object.name, or `table.column` for rows / defaults, or the table of a foreign table / view. */
  name?: string;
  jsonPath?: string;
  /** A string on the line the finding must point at (first occurrence in the dump). */
  needle: string;
  /** For row findings: how many values. */
  count?: number;
  /** Statement findings appear in dumps with DDL, row findings in dumps with data; "typed-data"
   * needs the column type from CREATE TABLE (inet/cidr), which a data-only dump does not have. */
  part: "ddl" | "data" | "typed-data";
};

const planted: Expected[] = [
  { part: "ddl", detector: "internal-host", severity: "error", kind: "function", name: "pull_erp_orders", needle: "host=192.168.50.10" },
  { part: "ddl", detector: "public-host", severity: "error", kind: "procedure", name: "push_warehouse", needle: "warehouse.acme-data.net" },
  { part: "ddl", detector: "public-host", severity: "error", kind: "server", name: "billing_link", needle: "'pg-primary.billing-prod.com'" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "server", name: "erp_link", needle: "'erp-db.corp'" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "server", name: "ha_link", needle: "10.40.0.11" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "server", name: "ha_link", needle: "10.40.0.12" },
  { part: "ddl", detector: "public-host", severity: "error", kind: "server", name: "legacy_link", needle: "legacy-api.acme-corp.net" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "user mapping", name: "postgres@legacy_link", needle: "'172.16.8.20'" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "foreign table", name: "legacy_items", needle: "'items.lan'" },
  { part: "ddl", detector: "public-host", severity: "error", kind: "subscription", name: "audit_sub", needle: "replica.acme-shop.com" },
  { part: "ddl", detector: "internal-host", severity: "error", kind: "subscription", name: "orders_sub", needle: "host=10.20.0.15" },
  { part: "ddl", detector: "public-host", severity: "warning", kind: "column default", name: "webhooks.callback_url", needle: "callbacks.acme-prod.com" },
  { part: "ddl", detector: "internal-host", severity: "warning", kind: "comment", needle: "mirror.internal" },
  { part: "ddl", detector: "public-host", severity: "warning", kind: "comment", needle: "gateway.acme-prod.com" },
  { part: "ddl", detector: "internal-host", severity: "warning", kind: "view", name: "webhook_links", needle: "reports.corp" },
  { part: "data", detector: "public-host", severity: "warning", kind: "column", name: "webhooks.target_url", needle: "hooks.acme-prod.com/orders", count: 4 },
  { part: "data", detector: "internal-host", severity: "warning", kind: "column", name: "webhooks.target_url", needle: "10.0.3.7:8080", count: 2 },
  { part: "data", detector: "internal-host", severity: "warning", kind: "column", name: "webhooks.note", needle: "host=db-fallback.corp", count: 1 },
  // A single word under a host name in a table of machines is that machine (lead, stop 19; elsewhere a single word is as vague as prose).
  { part: "data", detector: "internal-host", severity: "warning", kind: "column", name: "db_nodes.hostname", needle: "pg-1.internal", count: 2 },
  { part: "data", detector: "public-host", severity: "warning", kind: "column", name: "db_nodes.hostname", needle: "db.acme-prod.com", count: 1 },
  { part: "typed-data", detector: "internal-host", severity: "warning", kind: "column", name: "db_nodes.addr", needle: "pg-1.internal", count: 3 },
  { part: "typed-data", detector: "public-host", severity: "warning", kind: "column", name: "db_nodes.addr", needle: "8.8.4.4", count: 1 },
  { part: "typed-data", detector: "internal-host", severity: "warning", kind: "column", name: "db_nodes.net", needle: "pg-1.internal", count: 4 },
  { part: "data", detector: "internal-host", severity: "warning", kind: "column", name: "db_nodes.config", jsonPath: "$.replicas[*].host", needle: "pg-1.internal", count: 1 },
  { part: "data", detector: "public-host", severity: "warning", kind: "column", name: "db_nodes.config", jsonPath: "$.replicas[*].host", needle: "standby.acme-prod.com", count: 1 },
  { part: "data", detector: "public-host", severity: "warning", kind: "column", name: "db_nodes.config", jsonPath: "$.metrics.endpoint", needle: "metrics.acme-prod.com", count: 1 },
];

/** Values planted next to hosts that are secrets or tokens: they must not appear in any output. */
const plantedSecrets = ["not-a-real-password", "abc123", "T0001"];

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`needle ${needle} not in dump`);
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function nameOf(f: Finding): string | undefined {
  const o = f.object;
  if (!o) return undefined;
  if (o.kind === "column" || o.kind === "column default") return `${o.table}.${o.column}`;
  if (o.kind === "foreign table" || o.kind === "view") return o.table;
  if (o.kind === "comment") return undefined;
  return o.name;
}

async function run(path: string, options: object = {}): Promise<Report> {
  const { analyze } = await import("../../src/analyze.js");
  return analyze({ path }, { onlyRules: ["live-host-pointers"], ...options });
}

const variants: [file: string, parts: Expected["part"][]][] = [
  ["plain.sql", ["ddl", "data", "typed-data"]],
  ["inserts.sql", ["ddl", "data", "typed-data"]],
  ["column-inserts.sql", ["ddl", "data", "typed-data"]],
  ["quote-all-identifiers.sql", ["ddl", "data", "typed-data"]],
  ["schema-only.sql", ["ddl"]],
  ["data-only.sql", ["data"]],
];

describe.skipIf(!engineReady)(`live-host-pointers on corpus/dumps/hosts (${why})`, () => {
  it("finds the role setting that names a host in pg_dumpall's globals.sql", async () => {
    const path = "corpus/dumps/hosts/globals.sql";
    const report = await run(path);
    expect(report.findings.map((f) => [f.severity, f.evidence?.[0]?.detector, f.object?.kind, f.object?.name, f.location.kind === "dump" ? f.location.range.start.line : -1])).toEqual([
      ["warning", "internal-host", "role setting", "etl_reader", lineOf(readFileSync(path, "utf8"), "'wh-1.corp'")],
    ]);
  });

  for (const [file, parts] of variants) {
    it(`finds every planted host in ${file} with severity, object and line, and nothing else`, async () => {
      const path = `corpus/dumps/hosts/${file}`;
      const text = readFileSync(path, "utf8");
      const report = await run(path);
      const actual = report.findings.map((f) => ({
        detector: f.evidence?.[0]?.detector,
        severity: f.severity,
        kind: f.object?.kind,
        name: nameOf(f),
        jsonPath: f.object?.jsonPath,
        line: f.location.kind === "dump" ? f.location.range.start.line : -1,
        count: f.object?.kind === "column" ? f.count : undefined,
      }));
      const expected = planted
        .filter((p) => parts.includes(p.part))
        .map((p) => ({
          detector: p.detector,
          severity: p.severity,
          kind: p.kind,
          name: p.name,
          jsonPath: p.jsonPath,
          line: lineOf(text, p.needle),
          count: p.count,
        }));
      const key = (x: { line: number; kind?: string; name?: string; detector?: string; jsonPath?: string }) => `${x.line}|${x.kind}|${x.name}|${x.detector}|${x.jsonPath}`;
      expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    });
  }

  it("fingerprints do not depend on where a finding is: the same dump with lines shifted keeps them", async () => {
    const { analyze } = await import("../../src/analyze.js");
    const text = readFileSync("corpus/dumps/hosts/plain.sql", "utf8");
    const shifted = text.replace("--\n-- PostgreSQL database dump\n--\n", "--\n-- PostgreSQL database dump\n--\n\n\n\n");
    expect(shifted).not.toBe(text);
    const a = await analyze(text, { onlyRules: ["live-host-pointers"] });
    const b = await analyze(shifted, { onlyRules: ["live-host-pointers"] });
    expect(b.findings.map((f) => f.fingerprint).sort()).toEqual(a.findings.map((f) => f.fingerprint).sort());
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(a.findings.length);
  });

  it("never shows a planted secret in JSON, SARIF or text output", async () => {
    const report = await run("corpus/dumps/hosts/plain.sql");
    const { formatJson } = await import("../../src/report/format-json.js");
    const { formatSarif } = await import("../../src/report/format-sarif.js");
    const { formatText } = await import("../../src/report/format-text.js");
    for (const output of [formatJson(report), formatSarif(report), formatText(report)]) {
      for (const secret of plantedSecrets) expect(output).not.toContain(secret);
      // Hosts themselves are shown: they are what the reader must fix.
      expect(output).toContain("erp-db.corp");
    }
  });

  it("a deny-list turns a production domain into an error wherever it appears", async () => {
    const report = await run("corpus/dumps/hosts/plain.sql", { rules: { "live-host-pointers": { options: { deny: [".acme-prod.com"] } } } });
    const denied = report.findings.filter((f) => f.evidence?.[0]?.detector === "denied-host");
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((f) => f.severity === "error")).toBe(true);
    // The e-mail domain in webhooks.note is prose: it is a finding only because it is deny-listed.
    expect(denied.some((f) => f.object?.column === "note")).toBe(true);
    const plain = await run("corpus/dumps/hosts/plain.sql");
    expect(plain.findings.some((f) => f.object?.column === "note" && f.message.includes("acme-prod.com"))).toBe(false);
  });
});

const cleanDumps = ["hosts-clean", "app", "kitchen-sink", "birth-surface"];

describe.skipIf(!engineReady)(`live-host-pointers on the clean corpus dumps (${why})`, () => {
  for (const name of cleanDumps) {
    const dir = `corpus/dumps/${name}`;
    const files = existsSync(dir) ? ["plain.sql", "inserts.sql", "column-inserts.sql", "data-only.sql"].filter((f) => existsSync(`${dir}/${f}`)) : [];
    for (const file of files) {
      it(`reports no host in ${name}/${file}`, async () => {
        const report = await run(`${dir}/${file}`);
        expect(report.findings.map((f) => f.message)).toEqual([]);
      });
    }
  }
});
