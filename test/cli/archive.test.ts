import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm test` builds dist/ first (tsup), so these run the real binary as users do.
const CLI = "dist/cli.js";
const fixtures = "test/input/fixtures";
const custom = join(fixtures, "kitchen-sink.custom.dump");
const dir = mkdtempSync(join(tmpdir(), "dumpguard-cli-archive-"));
const pgRestore = ["/usr/bin/pg_restore", ...["15", "16", "17", "18"].map((v) => `/usr/lib/postgresql/${v}/bin/pg_restore`)].find((p) => existsSync(p));

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(existsSync(CLI))("dumpguard toc / catalog / check on archives", () => {
  it.runIf(pgRestore)("`toc` prints what pg_restore --list prints, for custom, tar and directory archives", () => {
    for (const file of ["kitchen-sink.custom.dump", "kitchen-sink.tar", "kitchen-sink.dir"]) {
      const env = { ...process.env, TZ: "UTC" };
      const mine = run(["toc", join(fixtures, file)], env);
      const real = spawnSync(pgRestore!, ["-l", join(fixtures, file)], { encoding: "utf8", env });
      expect(mine.code).toBe(0);
      expect(real.status).toBe(0);
      expect(mine.stdout).toBe(real.stdout);
    }
  });

  it("`toc` on a plain dump exits 2 and says only archives have a TOC", () => {
    const r = run(["toc", "corpus/dumps/app/plain.sql"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a pg_dump archive/);
  });

  it.runIf(pgRestore)("`catalog` on a custom archive exits 0 with the catalog of pg_restore -f's script", () => {
    const restored = join(dir, "restored.sql");
    expect(spawnSync(pgRestore!, ["-f", restored, custom]).status).toBe(0);
    const fromArchive = run(["catalog", custom]);
    const fromScript = run(["catalog", restored]);
    expect(fromArchive.code).toBe(0);
    expect(fromScript.code).toBe(0);
    expect(JSON.parse(fromArchive.stdout).tables.length).toBeGreaterThan(0);
    expect(fromArchive.stdout).toBe(fromScript.stdout);
  });

  it("`catalog` on a damaged archive exits 2 with check's message (entry and byte offset), never an empty catalog", () => {
    const bytes = readFileSync(custom);
    const cut = join(dir, "cut.dump");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    const r = run(["catalog", cut]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/input-integrity/);
    expect(r.stderr).toMatch(/entry \d+; TABLE DATA .*archive byte \d+/);
    const header = join(dir, "header.dump");
    writeFileSync(header, bytes.subarray(0, 20));
    const h = run(["catalog", header]);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/table of contents cannot be read.*archive byte/);
  });

  it("`check` on a directory archive reads it and names entries in text output", () => {
    const r = run(["check", join(fixtures, "kitchen-sink.dir"), "--fail-on", "never"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(directory, sha256 [0-9a-f]{12}…\)/);
    expect(r.stdout).toMatch(/ [1-9]\d* rows/);
  });
});
