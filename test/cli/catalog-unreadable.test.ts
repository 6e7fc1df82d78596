import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 10, item 15: `catalog` on something that is not a readable dump exited 0 with an empty
// catalog, which passes for the dump's. It is exit 2, with check's reason on stderr and nothing on
// stdout, as for a missing file. (Custom, directory and tar archives are read natively since:
// test/cli/archive.test.ts, where a damaged archive is exit 2 too.)
const CLI = "dist/cli.js";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-catalog-"));
const plainDirectory = join(dir, "not-an-archive");
mkdirSync(plainDirectory);
const binary = join(dir, "random.bin");
writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));

describe.runIf(existsSync(CLI))("catalog of an input that is not a readable dump", () => {
  it.each([
    ["a directory that is not an archive", plainDirectory, /is a directory, not a dump file/],
    ["a missing file", join(dir, "missing.sql"), /does not exist/],
    ["a binary file", binary, /binary file, not a plain SQL dump/],
  ])("%s: exit 2, the reason on stderr, no catalog on stdout", (_, path, reason) => {
    const r = spawnSync(process.execPath, [CLI, "catalog", path], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toMatch(/^dumpguard: cannot read /m);
  });
});
