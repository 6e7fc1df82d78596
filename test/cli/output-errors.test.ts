import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm test` builds dist/ first (tsup), so these run the real binary as users do.
const CLI = "dist/cli.js";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-output-"));
const clean = join(dir, "clean.sql");
writeFileSync(clean, "CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\n1\n2\n\\.\n");
// A report of several MB, far larger than a pipe's buffer, so writing it must meet the closed pipe.
const big = join(dir, "big.sql");
writeFileSync(big, `CREATE TABLE public.t (a text);\nCOPY public.t (a) FROM stdin;\n${"x\ty\n".repeat(5000)}\\.\n`);

/** One line on stderr naming the failure, no stack trace, exit 2. */
function expectOneClearLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |internal error|node:events/);
}

describe.runIf(existsSync(CLI))("a report that cannot be written is exit 2 with one clear line", () => {
  it("EPIPE: the reader closes the pipe (`| head`), even for a dump with findings (never 1) or a clean one (never 0)", async () => {
    for (const args of [["check", big, "--format", "json"], ["check", clean, "--format", "json"]]) {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy(); // the reading end is closed before the report is written
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code, stderr).toBe(2);
      expectOneClearLine(stderr, /^dumpguard: cannot write the report to standard output: .*\(EPIPE\)$/);
    }
  });

  it.runIf(existsSync("/dev/full"))("ENOSPC: stdout is /dev/full", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [CLI, "check", clean], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(r.status).toBe(2);
      expectOneClearLine(r.stderr, /^dumpguard: cannot write the report to standard output: no space left on the device \(ENOSPC\)$/);
      const version = spawnSync(process.execPath, [CLI, "--version"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(version.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it("--output to a directory, or into a directory that does not exist, for check and catalog", () => {
    for (const [command, output, why] of [
      ["check", dir, "EISDIR"],
      ["catalog", dir, "EISDIR"],
      ["check", join(dir, "missing", "report.json"), "ENOENT"],
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, command, clean, "--output", output], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(2);
      expectOneClearLine(r.stderr, new RegExp(`^dumpguard: cannot write the report to .*\\(${why}\\)$`));
    }
  });

  it("a writable --output still works and exits by the findings", () => {
    const out = join(dir, "report.json");
    const r = spawnSync(process.execPath, [CLI, "check", clean, "--format", "json", "--output", out], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
