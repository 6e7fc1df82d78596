import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { YOUNG_GENERATION_FLAG } from "../../src/cli/young-generation.js";

// dist/cli.js runs the CLI bundle from the V8 code cache the build writes (src/cli/launch.ts). The cache
// may only change how fast the CLI starts, never what it says; and a missing or rejected cache is no error.
const CLI = "dist/cli.js";
const DUMP = "corpus/dumps/pii-real/plain.sql";
const run = (env: Record<string, string>, args = ["check", DUMP, "--format", "json", "--no-progress"]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });

describe.runIf(existsSync(CLI))("the CLI's code cache", () => {
  it("is written by the build and taken by V8 (the Node that built it)", () => {
    expect(existsSync("dist/cli-bundle.cjs.v8cache")).toBe(true);
    const r = run({ DUMPGUARD_CODE_CACHE: "report" }, ["--version"]);
    expect(r.stderr).toContain("dumpguard: code cache accepted (cli-bundle.cjs.v8cache)");
  });

  it("has a second cache for the V8 flag of the child that checks a large file, taken under that flag only", () => {
    const under = (flags: string[]) =>
      spawnSync(process.execPath, [...flags, CLI, "--version"], { encoding: "utf8", env: { ...process.env, DUMPGUARD_CODE_CACHE: "report" } }).stderr;
    expect(existsSync("dist/cli-bundle.cjs.young.v8cache")).toBe(true);
    expect(under([YOUNG_GENERATION_FLAG])).toContain("dumpguard: code cache accepted (cli-bundle.cjs.young.v8cache)");
    // Another flag: the default cache is offered and V8 rejects it (no error, the CLI compiles).
    const other = under(["--max-semi-space-size=8"]);
    expect(other).toContain("dumpguard: code cache rejected (cli-bundle.cjs.v8cache)");
  });

  it("gives the same output, exit code and stderr with the cache as without it", () => {
    const cached = run({});
    const compiled = run({ DUMPGUARD_CODE_CACHE: "off" });
    expect(JSON.parse(cached.stdout).findings.length).toBeGreaterThan(10);
    expect(cached.stdout).toBe(compiled.stdout);
    expect(cached.status).toBe(compiled.status);
    expect(cached.stderr).toBe(compiled.stderr);
  });
});
