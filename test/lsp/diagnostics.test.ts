import { describe, expect, it } from "vitest";
import { MAX_DIAGNOSTICS, reportToDiagnostics } from "../../src/lsp/diagnostics.js";
import { looksLikePgDump } from "../../src/lsp/sniff.js";
import type { Finding, Report } from "../../src/report/schema.js";

function finding(i: number, severity: Finding["severity"]): Finding {
  const at = { offset: i * 10, line: i + 1, column: 1 };
  return { ruleId: "live-host-pointers", severity, message: `finding ${i}`, location: { kind: "dump", range: { start: at, end: { ...at, column: 5 } } }, fingerprint: i.toString(16).padStart(16, "0") };
}

function reportWith(findings: Finding[]): Report {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: "dumpguard", version: "0" },
    input: { sha256: "0".repeat(64), bytes: 0, decodedBytes: 0, format: "plain", header: {} },
    rules: [],
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: 0, statements: 0, rows: 0, tables: 0 },
    findings,
    diagnostics: [],
    suppressions: [],
  };
}

describe("diagnostics past the editor's 1,000 per file", () => {
  it("keeps every finding when there are fewer than 1,000", () => {
    const findings = Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => finding(i, "warning"));
    expect(reportToDiagnostics(reportWith(findings), "file:///d.sql")).toHaveLength(MAX_DIAGNOSTICS);
  });

  it("past it: errors first, then warnings, in file order, and one diagnostic saying how many were left out", () => {
    // 1,500 findings: warnings on even lines, errors on odd ones.
    const findings = Array.from({ length: 1500 }, (_, i) => finding(i, i % 2 ? "error" : "warning"));
    const diagnostics = reportToDiagnostics(reportWith(findings), "file:///d.sql");
    expect(diagnostics.length).toBeLessThan(1000);
    expect(diagnostics[0]!.code).toBe("too-many-findings");
    expect(diagnostics[0]!.message).toContain(`${1500 - (MAX_DIAGNOSTICS - 1)} more finding(s) not shown (0 of them errors)`);
    const shown = diagnostics.slice(1);
    expect(shown.filter((d) => d.severity === 1)).toHaveLength(750);
    expect(shown.filter((d) => d.severity === 2)).toHaveLength(MAX_DIAGNOSTICS - 1 - 750);
    const lines = shown.map((d) => d.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe("which files are pg_dump output (the header decides, not the extension)", () => {
  it.each([
    ["pg_dump header", "--\n-- PostgreSQL database dump\n--\n\n\\restrict abc\n"],
    ["pg_dumpall header", "--\n-- PostgreSQL database cluster dump\n--\n"],
    ["--no-comments preamble", "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n"],
  ])("%s is", (_, text) => expect(looksLikePgDump(text)).toBe(true));
  it.each([
    ["a query file", "SELECT 1;\n"],
    ["a migration", "CREATE TABLE t (id int);\nSET statement_timeout = 0;\n"],
    ["the header phrase far down a file", `${"-- x\n".repeat(10000)}-- PostgreSQL database dump\n`],
  ])("%s is not", (_, text) => expect(looksLikePgDump(text)).toBe(false));
});

describe("codeDescription links", () => {
  it("every rule links to its own README section, which exists", async () => {
    const { readFileSync } = await import("node:fs");
    const { allRules } = await import("../../src/rules/index.js");
    const { headingAnchor, ruleDocLink } = await import("../../src/lsp/diagnostics.js");
    const anchors = new Set([...readFileSync("README.md", "utf8").matchAll(/^#+ (.+)$/gm)].map((m) => headingAnchor(m[1]!)));
    for (const rule of allRules) {
      const anchor = ruleDocLink(rule.id)!.split("#")[1]!;
      expect(anchors.has(anchor), rule.id).toBe(true);
      expect(anchor.startsWith(rule.id), rule.id).toBe(true);
    }
  });
});
