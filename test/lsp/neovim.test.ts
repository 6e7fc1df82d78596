import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Report } from "../../src/report/schema.js";
import { CLI } from "./client.js";

// Neovim's built-in LSP client (a real editor no one here wrote) against `dumpguard lsp`.
// CI installs Debian's `neovim` package (.ci/run); elsewhere the test is skipped, saying why.
const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const nvimMissing = nvim.status !== 0 ? "nvim is not installed (apt-get install -y neovim; .ci/run does it)" : undefined;
const cliMissing = existsSync(CLI) ? undefined : "dist/cli.js is not built (npm test builds it)";
const skipReason = nvimMissing ?? cliMissing;
if (skipReason) console.warn(`skipping the Neovim test: ${skipReason}`);

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
  data: { fingerprint: string; count?: number };
  related: number;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

describe.skipIf(skipReason !== undefined)("Neovim's built-in LSP client", () => {
  it("opens a dump, receives diagnostics, and vim.diagnostic.get() equals dumpguard check --format json", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-nvim-"));
    const dump = join(dir, "handoff.sql");
    copyFileSync("corpus/dumps/hosts/plain.sql", dump);
    const out = join(dir, "diagnostics.json");
    const run = spawnSync("nvim", ["--headless", "--clean", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${join(process.cwd(), "test/lsp/fixtures/nvim-diagnostics.lua")}`], {
      encoding: "utf8",
      timeout: 90_000,
      env: { ...process.env, DUMPGUARD_DUMP: dump, DUMPGUARD_OUT: out, DUMPGUARD_NODE: process.execPath, DUMPGUARD_CLI: CLI, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
    });
    expect(existsSync(out), `nvim wrote nothing; stderr: ${run.stderr}`).toBe(true);
    const result = JSON.parse(readFileSync(out, "utf8")) as { done: boolean; diagnostics: NvimDiagnostic[] };
    expect(result.done).toBe(true);

    const cli = spawnSync(process.execPath, [CLI, "check", dump, "--format", "json"], { encoding: "utf8" });
    const report = Report.parse(JSON.parse(cli.stdout));
    // Neovim counts columns in bytes of the line; the report in UTF-16 units: convert from the file itself.
    const lines = readFileSync(dump, "utf8").split("\n");
    const byteCol = (line: number, column: number) => Buffer.byteLength((lines[line - 1] ?? "").slice(0, column - 1));
    const expected = report.findings.map((f) => {
      const r = f.location.kind === "dump" ? f.location.range : undefined;
      return {
        lnum: r ? r.start.line - 1 : 0,
        col: r ? byteCol(r.start.line, r.start.column) : 0,
        end_lnum: r ? r.end.line - 1 : 0,
        end_col: r ? byteCol(r.end.line, r.end.column) : 0,
        severity: SEVERITY[f.severity],
        message: f.message,
        source: "dumpguard",
        code: f.ruleId,
        data: { fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.count !== undefined ? { count: f.count } : {}) },
        related: f.related?.length ?? 0,
      };
    });
    const byPlace = (a: { lnum: number; col: number; data: { fingerprint: string } }, b: { lnum: number; col: number; data: { fingerprint: string } }) =>
      a.lnum - b.lnum || a.col - b.col || (a.data.fingerprint < b.data.fingerprint ? -1 : 1);
    expect(report.findings.length).toBeGreaterThan(5);
    expect([...result.diagnostics].sort(byPlace)).toEqual(expected.sort(byPlace));
  }, 120_000);
});
