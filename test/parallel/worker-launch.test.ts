import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Worker threads of the built package start from dist/worker-launch.cjs, which runs dist/worker.cjs from the
// V8 code cache the build writes (src/parallel/worker-launch.ts). The cache may only change how fast a worker
// starts, never what it reports; a rejected or skipped cache is no error. `npm test` builds dist/ first.
const DUMP = "corpus/dumps/pii-real/plain.sql";
// The library at --jobs 2 with the rules split between two threads even for a small dump: the worker's count of
// threads and whether its group had to be re-run here, then the report.
const SCRIPT = `const { analyze, formatJson } = require("./dist/index.cjs");
analyze({ path: ${JSON.stringify(DUMP)} }, { jobs: 2, timings: true, splitSmallInputs: true }).then((r) => {
  const { timings, ...rest } = r;
  process.stdout.write(JSON.stringify({ threads: timings.threads, rerun: timings.ruleGroupRerunHere }) + "\\n" + formatJson(rest));
});`;
const run = (flags: string[], cache: string) =>
  spawnSync(process.execPath, [...flags, "-e", SCRIPT], { encoding: "utf8", env: { ...process.env, DUMPGUARD_CODE_CACHE: cache }, maxBuffer: 64 << 20 });

describe.runIf(existsSync("dist/worker-launch.cjs"))("the worker threads' code cache", () => {
  it("is written by the build and taken by V8 in a worker; the report is the one compiled from source", () => {
    expect(existsSync("dist/worker.cjs.v8cache")).toBe(true);
    const cached = run([], "report");
    const compiled = run([], "off");
    expect(cached.stderr).toContain("dumpguard: worker code cache accepted (worker.cjs.v8cache)");
    expect(compiled.stderr).toBe("");
    const [first, ...report] = cached.stdout.split("\n");
    expect(JSON.parse(first!)).toEqual({ threads: 2, rerun: 0 });
    expect(JSON.parse(report.join("\n")).findings.length).toBeGreaterThan(20);
    expect(cached.stdout).toBe(compiled.stdout);
  }, 60_000);

  it("is rejected under other V8 flags, and the worker compiles and reports the same", () => {
    const other = run(["--max-semi-space-size=8"], "report");
    expect(other.stderr).toContain("dumpguard: worker code cache rejected (worker.cjs.v8cache)");
    expect(other.stdout).toBe(run([], "off").stdout);
  }, 60_000);
});
