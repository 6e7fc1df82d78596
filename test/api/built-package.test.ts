import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";

// `npm test` builds dist/ first. Dependencies loaded on first use (src/core/lazy-require.ts) must load
// in both built formats and in the CLI: a rule swallows a detector's failure per cell, so a broken
// load would show only as missing findings. Each build must report exactly what the sources report.
const DUMP = "corpus/dumps/pii-real/plain.sql";
const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });

describe("built package", () => {
  it("the ES module build, the CommonJS build and the CLI report what the sources report", async () => {
    const expected = formatJson(await analyze({ path: DUMP }));
    const esm = run(["--input-type=module", "-e", `import { analyze } from "./dist/index.js"; import { formatJson } from "./dist/index.js"; process.stdout.write(formatJson(await analyze({ path: ${JSON.stringify(DUMP)} })));`]);
    const cjs = run(["-e", `const { analyze, formatJson } = require("./dist/index.cjs"); analyze({ path: ${JSON.stringify(DUMP)} }).then((r) => process.stdout.write(formatJson(r)));`]);
    const cli = run(["dist/cli.js", "check", DUMP, "--format", "json"]);
    expect(JSON.parse(expected).findings.length).toBeGreaterThan(20);
    expect(esm.stdout).toBe(expected);
    expect(cjs.stdout).toBe(expected);
    expect(cli.stdout.trim()).toBe(expected.trim());
  }, 60_000);

  it("--jobs 2 by rule: both builds start their worker (dist/worker-launch.cjs, which runs dist/worker.cjs) and report what the sources report", async () => {
    // A worker that cannot start is covered by running its rules on the calling thread, which hides a broken bundle
    // behind the same report: the timings say whether the worker ran them.
    const expected = formatJson(await analyze({ path: DUMP }));
    const options = `{ jobs: 2, timings: true, splitSmallInputs: true }`;
    const print = `(r) => { const { timings, ...rest } = r; process.stdout.write(JSON.stringify({ threads: timings.threads, rerun: timings.ruleGroupRerunHere }) + "\\n" + formatJson(rest)); }`;
    const esm = run(["--input-type=module", "-e", `import { analyze, formatJson } from "./dist/index.js"; (${print})(await analyze({ path: ${JSON.stringify(DUMP)} }, ${options}));`]);
    const cjs = run(["-e", `const { analyze, formatJson } = require("./dist/index.cjs"); analyze({ path: ${JSON.stringify(DUMP)} }, ${options}).then(${print});`]);
    for (const built of [esm, cjs]) {
      const [first, ...rest] = built.stdout.split("\n");
      expect(JSON.parse(first!)).toEqual({ threads: 2, rerun: 0 });
      expect(rest.join("\n")).toBe(expected);
    }
  }, 60_000);
  it("--jobs 2 under V8 flags on node's command line (node --max-old-space-size=... dumpguard): the workers still start", async () => {
    // Node refuses V8 and process-wide flags given to a worker explicitly (ERR_WORKER_INVALID_EXEC_ARGV); before
    // newWorker, each of these runs checked on one thread only: the rule group re-run here, the row blocks never shared.
    const expected = formatJson(await analyze({ path: DUMP }));
    const options = `{ jobs: 2, timings: true, splitSmallInputs: true }`;
    const print = `(r) => { const { timings, ...rest } = r; process.stdout.write(JSON.stringify({ threads: timings.threads, rerun: timings.ruleGroupRerunHere }) + "\\n" + formatJson(rest)); }`;
    const text = `(r) => { const { timings, ...rest } = r; process.stdout.write(JSON.stringify({ threads: timings.threads, elsewhere: timings.rowBlocksElsewhere > 0 }) + "\\n" + formatJson(rest)); }`;
    const runs = [
      // explicit flags (--input-type taken out, the rest refused by Node, then left out)
      run(["--max-old-space-size=512", "--stack-size=900", "--input-type=module", "-e", `import { analyze, formatJson } from "./dist/index.js"; (${print})(await analyze({ path: ${JSON.stringify(DUMP)} }, ${options}));`]),
      // inherited flags
      run(["--max-old-space-size=512", "--expose-gc", "-e", `const { analyze, formatJson } = require("./dist/index.cjs"); analyze({ path: ${JSON.stringify(DUMP)} }, ${options}).then(${print});`]),
    ];
    for (const built of runs) {
      expect(built.stderr).toBe("");
      const [first, ...rest] = built.stdout.split("\n");
      expect(JSON.parse(first!)).toEqual({ threads: 2, rerun: 0 });
      expect(rest.join("\n")).toBe(expected);
    }
    // Row blocks shared with worker threads (the model for inputs read once; here forced on a file), under an explicit V8 flag.
    const shared = run(["--max-old-space-size=512", "--input-type=module", "-e", `import { analyze, formatJson } from "./dist/index.js"; (${text})(await analyze({ path: ${JSON.stringify(DUMP)} }, { jobs: 2, timings: true, splitByRule: false, shareSmallInputs: true, blockRows: 4, patienceMs: 120000 }));`]);
    expect(shared.stderr).toBe("");
    const [first, ...rest] = shared.stdout.split("\n");
    expect(JSON.parse(first!)).toEqual({ threads: 2, elsewhere: true });
    expect(rest.join("\n")).toBe(expected);
  }, 60_000);
});
