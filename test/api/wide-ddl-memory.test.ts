import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalogFromSql } from "../../src/catalog/build.js";
import { MAX_STATEMENT_TOKENS, hasMoreTokensThan } from "../../src/catalog/nesting.js";

const CLI = "dist/cli.js";

/** A view of `terms` shallow `(n)` terms (4 tokens each) with a credential URL in a string at the end. */
const wideView = (terms: number) =>
  `CREATE VIEW public.v AS\n SELECT ${Array.from({ length: terms }, (_, i) => `(${i % 10})`).join("+")} + length('postgres://app:Rk7vQ2mXw9@db.prod.internal:5432/app') AS x;\n`;

// Issue 10: wide but shallow DDL. The catalog held a statement's whole token array while reading it
// (~60-100 bytes a token): a 4 MB view of 1M `(n)+` terms (4M tokens) aborted under a 256 MB heap.
// PostgreSQL has no such limit, so past MAX_STATEMENT_TOKENS the catalog counts the tokens one at a
// time, says what it did not read, and the rules (which read a statement a token at a time) still find
// what is in it.
describe("wide but shallow DDL: memory bounded, said, nothing missed by the rules", () => {
  it.runIf(existsSync(CLI))("a 4 MB view of 1M terms is checked under a 128 MB heap: the secret, the host and the catalog's diagnostic", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-wide-"));
    const file = join(dir, "wide.sql");
    writeFileSync(file, `CREATE TABLE public.t (id integer);\n${wideView(1_000_000)}`);
    const r = spawnSync(process.execPath, ["--max-old-space-size=128", CLI, "check", file, "--format", "json", "--jobs", "1"], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; diagnostics: { code: string; message: string; severity: string }[]; summary: { tables: number } };
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["forbidden-secrets", "live-host-pointers"]);
    const said = report.diagnostics.filter((d) => d.code === "unrecognized" && d.message.startsWith("CREATE VIEW statement not read into the catalog: it has more than 1,000,000 tokens"));
    expect(said.map((d) => d.severity)).toEqual(["warning"]);
    expect(report.summary.tables).toBe(1);
  });

  it("the catalog reads a statement up to the limit and says so past it", () => {
    // 4 tokens a term, plus CREATE VIEW public . v AS SELECT … + length ( '…' ) AS x
    const under = wideView(Math.floor(MAX_STATEMENT_TOKENS / 4) - 10);
    const over = wideView(Math.floor(MAX_STATEMENT_TOKENS / 4) + 10);
    expect([hasMoreTokensThan(under, MAX_STATEMENT_TOKENS), hasMoreTokensThan(over, MAX_STATEMENT_TOKENS)]).toEqual([false, true]);
    const read = buildCatalogFromSql(under);
    expect(read.catalog.data.views.map((v) => v.name)).toEqual(["v"]);
    expect(read.diagnostics.filter((d) => d.code === "unrecognized")).toEqual([]);
    const notRead = buildCatalogFromSql(over);
    expect(notRead.catalog.data.views).toEqual([]);
    expect(notRead.diagnostics.filter((d) => d.code === "unrecognized").map((d) => d.message.slice(0, 48))).toEqual(["CREATE VIEW statement not read into the catalog:"]);
    // Comments do not count; small texts are not read at all.
    expect(hasMoreTokensThan(`SELECT 1 /* ${"x ".repeat(50)} */;`, 5)).toBe(false);
    expect(hasMoreTokensThan("SELECT 1, 2, 3;", 5)).toBe(true);
  });
});
