import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shouldRespawn, YOUNG_GENERATION_FLAG } from "../../src/cli/respawn.js";

// `check` of a large file at --jobs 1 runs in a child node with a larger young generation
// (src/cli/respawn.ts). It may change how fast the check runs, never what it says or how it exits.
const CLI = "dist/cli.js";
const DUMP = "corpus/dumps/pii-real/plain.sql";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-respawn-"));
const small = join(dir, "small.sql");
writeFileSync(small, "CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\n1\n\\.\n");
// A check of seconds, so a signal reaches the child while it runs.
const slow = join(dir, "slow.sql");
const rows: string[] = [];
for (let i = 0; i < 300_000; i++) rows.push(`${i}\tperson${i}@mail${i % 97}.example.org\t+44 20 7946 ${String(i % 10000).padStart(4, "0")}`);
writeFileSync(slow, `CREATE TABLE public.t (id integer, email text, phone text);\nCOPY public.t (id, email, phone) FROM stdin;\n${rows.join("\n")}\n\\.\n`);
// DUMPGUARD_RESPAWN_MIN_BYTES lowers the 64 MiB threshold so a corpus dump is "large".
const LARGE = { DUMPGUARD_RESPAWN_MIN_BYTES: "1000" };

const run = (env: Record<string, string>, args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });

describe("shouldRespawn", () => {
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...LARGE, ...extra });
  it("respawns a check of a regular file past the threshold at --jobs 1", () => {
    expect(shouldRespawn(DUMP, 1, env(), [])).toBe(true);
  });
  it("does not for a file under the threshold (the default is 64 MiB)", () => {
    expect(shouldRespawn(small, 1, env(), [])).toBe(false);
    expect(shouldRespawn(DUMP, 1, {}, [])).toBe(false);
  });
  it("does not for stdin, a directory, a missing file or --jobs 2", () => {
    expect(shouldRespawn("-", 1, env(), [])).toBe(false);
    expect(shouldRespawn(dir, 1, env(), [])).toBe(false);
    expect(shouldRespawn(join(dir, "missing.sql"), 1, env(), [])).toBe(false);
    expect(shouldRespawn(DUMP, 2, env(), [])).toBe(false);
  });
  it("leaves a semi-space the user chose, and DUMPGUARD_RESPAWN=off", () => {
    expect(shouldRespawn(DUMP, 1, env(), ["--max-semi-space-size=8"])).toBe(false);
    expect(shouldRespawn(DUMP, 1, env({ NODE_OPTIONS: "--max-semi-space-size=64" }), [])).toBe(false);
    expect(shouldRespawn(DUMP, 1, env({ DUMPGUARD_RESPAWN: "off" }), [])).toBe(false);
  });
});

describe.runIf(existsSync(CLI))("dumpguard check in a child node", () => {
  it("gives the same report, stderr and exit code as a check in the same node, in every format", () => {
    for (const format of ["json", "text", "sarif"]) {
      const args = ["check", DUMP, "--format", format, "--no-progress"];
      const child = run({ ...LARGE, DUMPGUARD_RESPAWN: "report" }, args);
      const here = run({ ...LARGE, DUMPGUARD_RESPAWN: "off" }, args);
      expect(child.stderr).toMatch(/^dumpguard: checking in a child node \(pid \d+\) with --max-semi-space-size=32\n/);
      expect(child.stdout.length).toBeGreaterThan(1000);
      expect(child.stdout).toBe(here.stdout);
      expect(child.stderr.replace(/^dumpguard: checking in a child node.*\n/, "")).toBe(here.stderr);
      expect(child.status).toBe(1);
      expect(child.status).toBe(here.status);
    }
  });

  it("runs the child under the flag (it takes the code cache compiled under that flag, the parent the other; V8 accepts both)", () => {
    const r = run({ ...LARGE, DUMPGUARD_RESPAWN: "report", DUMPGUARD_CODE_CACHE: "report" }, ["check", DUMP, "--format", "json", "--no-progress"]);
    expect(r.stderr.split("\n").filter((l) => l.includes("code cache") || l.includes("child node"))).toEqual([
      "dumpguard: code cache accepted (cli-bundle.cjs.v8cache)",
      expect.stringContaining(`with ${YOUNG_GENERATION_FLAG}`),
      "dumpguard: code cache accepted (cli-bundle.cjs.young.v8cache)",
    ]);
  });

  it("at an explicit --jobs 1, starts the child before loading the CLI (src/cli/launch.ts): the same report, stderr and exit code", () => {
    const args = ["check", DUMP, "--jobs", "1", "--format", "json", "--no-progress"];
    const child = run({ ...LARGE, DUMPGUARD_RESPAWN: "report", DUMPGUARD_CODE_CACHE: "report" }, args);
    // No code cache line from this process: it never compiled the CLI bundle, only the child did.
    expect(child.stderr.split("\n").filter((l) => l.includes("code cache") || l.includes("child node"))).toEqual([
      expect.stringContaining(`with ${YOUNG_GENERATION_FLAG}`),
      "dumpguard: code cache accepted (cli-bundle.cjs.young.v8cache)",
    ]);
    const here = run({ ...LARGE, DUMPGUARD_RESPAWN: "off" }, args);
    expect(child.stdout.length).toBeGreaterThan(1000);
    expect(child.stdout).toBe(here.stdout);
    expect(child.status).toBe(here.status);
    // A usage error at --jobs 1 is the bundle's to say, as before.
    const usage = run(LARGE, ["check", DUMP, "--jobs", "1", "--format", "yaml"]);
    expect(usage.stderr).toContain("--format");
    expect(usage.status).toBe(run({ ...LARGE, DUMPGUARD_RESPAWN: "off" }, ["check", DUMP, "--jobs", "1", "--format", "yaml"]).status);
  });

  it("does not respawn under the threshold, for stdin, or at --jobs 2", () => {
    for (const [env, args, input] of [
      [{}, ["check", DUMP, "--no-progress"], ""],
      [LARGE, ["check", "-", "--no-progress"], "SELECT 1;\n"],
      [LARGE, ["check", DUMP, "--jobs", "2", "--no-progress"], ""],
      // The default on two or more cores for a file of 8 MB or more: split by rule, not respawned.
      ...(availableParallelism() >= 2 ? ([[LARGE, ["check", slow, "--no-progress"], ""]] as const) : []),
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, env: { ...process.env, ...env, DUMPGUARD_RESPAWN: "report" } });
      expect(r.stderr).not.toContain("child node");
      expect(r.status === 0 || r.status === 1).toBe(true);
    }
  });

  it("passes a SIGTERM on to the child and ends by it", async () => {
    // --jobs 1: without it a file of 8 MB or more on two cores is split by rule, not respawned.
    const parent = spawn(process.execPath, [CLI, "check", slow, "--jobs", "1", "--no-progress"], { env: { ...process.env, ...LARGE, DUMPGUARD_RESPAWN: "report" } });
    let stderr = "";
    const childPid = await new Promise<number>((resolve, reject) => {
      parent.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /child node \(pid (\d+)\)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      parent.once("exit", () => reject(new Error(`ended before the child started: ${stderr}`)));
    });
    parent.kill("SIGTERM");
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => parent.once("exit", (c, s) => resolve([c, s])));
    expect(code).toBeNull();
    expect(signal).toBe("SIGTERM");
    // The child is gone too (the parent ends only after the child's exit).
    expect(() => process.kill(childPid, 0)).toThrow(/ESRCH/);
  });
});
