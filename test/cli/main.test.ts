import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Report } from "../../src/report/schema.js";

// `npm test` builds dist/ first (tsup), so these run the real binary as users do.
const CLI = "dist/cli.js";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-cli-"));
const clean = join(dir, "clean.sql");
const truncated = join(dir, "truncated.sql");
writeFileSync(clean, "CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\n1\n2\n\\.\n");
writeFileSync(truncated, "CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\n1\n2\n");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input: input ?? "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(existsSync(CLI))("dumpguard CLI exit codes and formats", () => {
  it("exits 0 on a clean dump and prints a summary line", () => {
    const r = run(["check", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 error(s)");
  });

  it("exits 1 when a finding reaches --fail-on, 0 with --fail-on never", () => {
    const r = run(["check", truncated]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${truncated}:`);
    expect(run(["check", truncated, "--fail-on", "never"]).code).toBe(0);
  });

  it("exits 2 on usage errors and unreadable input", () => {
    expect(run(["check"]).code).toBe(2);
    expect(run(["check", clean, "--format", "yaml"]).code).toBe(2);
    expect(run(["check", clean, "--rule", "no-such-rule=off"]).code).toBe(2);
    expect(run(["check", join(dir, "missing.sql")]).code).toBe(2);
  });

  it("--format json prints a schema-valid report; reading stdin with - gives the same counts", () => {
    const r = run(["check", clean, "--format", "json"]);
    const report = Report.parse(JSON.parse(r.stdout));
    expect(report.summary.rows).toBe(2);
    const piped = Report.parse(JSON.parse(run(["check", "-", "--format", "json"], "CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\n1\n2\n\\.\n").stdout));
    // Standard input has no path for path-guard to prove local: one info says so, the rest is the same.
    expect(piped.findings.map((f) => [f.ruleId, f.severity])).toEqual([["path-guard", "info"]]);
    expect({ ...piped.summary, infos: piped.summary.infos - 1 }).toEqual(report.summary);
  });

  it("--format sarif prints SARIF 2.1.0 with the finding's line", () => {
    const r = run(["check", truncated, "--format", "sarif"]);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it("--spec: a gap fails the gate, a broken spec is exit 2 naming the JSON path, --rule can lower a rule", () => {
    const spec = "schemas/birth-surface.spec.json";
    expect(run(["check", "corpus/dumps/birth-surface/plain.sql", "--spec", spec]).code).toBe(0);
    const gap = run(["check", "corpus/dumps/birth-surface-wrong-pk/plain.sql", "--spec", spec]);
    expect(gap.code).toBe(1);
    expect(gap.stdout).toContain("required-shape");
    expect(run(["check", "corpus/dumps/birth-surface-wrong-pk/plain.sql", "--spec", spec, "--rule", "required-shape=warning"]).code).toBe(0);
    const broken = join(dir, "broken.spec.json");
    writeFileSync(broken, JSON.stringify({ tables: [{ name: "public.t", columns: [{ name: "id", nulable: false }] }] }));
    const bad = run(["check", "corpus/dumps/birth-surface/plain.sql", "--spec", broken]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("$.tables[0].columns[0]");
  });

  it("`catalog` prints the catalog as deterministic JSON", () => {
    const a = run(["catalog", clean]);
    expect(a.code).toBe(0);
    const parsed = JSON.parse(a.stdout);
    expect(JSON.stringify(parsed)).toContain('"t"');
    expect(run(["catalog", clean]).stdout).toBe(a.stdout);
  });
});
