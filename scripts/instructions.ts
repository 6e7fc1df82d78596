// Instructions (cachegrind's Ir) of one whole CLI check, for builds compared against each other on a shared, loaded
// machine (issue 12), where CPU seconds of a 1-4 s run move by 5-10 % between identical runs. Under V8's
// `--predictable --predictable-gc-schedule` (one thread, GC at fixed points) the count of one build repeats to
// about 0.001 % back to back (16,568,182,791 and 16,568,084,293 on realistic-20) and within ~0.2 % across
// invocations and rebuilds (the same tree: 15.683, 15.689 and 15.714 G), so interleave the builds (--runs) and
// trust differences of ~0.5 % and more. At --jobs 1 without allocation-site pretenuring (see valgrind-check.ts). Instructions are
// not time (cache misses, branch mispredictions, what V8's helper threads would do): quote them beside CPU pairs
// (`/usr/bin/time`), never alone. The checks' JSON reports must be byte-identical across the builds: this says so.
//
//   npx tsup --silent   (in each checkout: DIR/dist/cli.js is what runs)
//   node --import tsx scripts/instructions.ts DUMP DIR [DIR...] [--runs N] [--repeatable] [-- CHECK-ARGS...]
//   e.g. node --import tsx scripts/instructions.ts .bench/realistic-20.sql . /tmp/base --runs 2 -- --rule unsanitized-pii=off
//
// Runs are interleaved (DIR1, DIR2, ..., then again); each takes ~40-60 s on realistic-20 (valgrind runs one core).
//
// --repeatable adds V8's --no-incremental-marking. Incremental marking is paced by the platform's timers, so on a loaded
// machine it runs at different moments in identical runs, and the write barriers and marking it does moved whole-check
// counts by 1-2.6 % (stop 25: +105 M RecordWriteSaveFP and ~+200 M marking in one pair of identical builds, everything
// else within +-10 M). Without it two runs of one build agree to ~0.01 % at --jobs 1 (12.8615 / 12.8615 G on
// realistic-20), less reliably at --jobs 2. What it leaves out: the barriers a change makes while marking runs. So quote a
// --repeatable pair for small changes and a default pair beside it.
// Needs valgrind (`apt-get install valgrind`); the check runs as `check DUMP --jobs 1 --format json --no-progress`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCommand, checkEnv } from "./valgrind-check.js";

const argv = process.argv.slice(2);
const dashes = argv.indexOf("--");
const own = dashes === -1 ? argv : argv.slice(0, dashes);
const checkArgs = dashes === -1 ? [] : argv.slice(dashes + 1);
const runsAt = own.indexOf("--runs");
const runs = runsAt === -1 ? 1 : Number(own[runsAt + 1]);
if (runsAt !== -1) own.splice(runsAt, 2);
const repeatableAt = own.indexOf("--repeatable");
if (repeatableAt !== -1) own.splice(repeatableAt, 1);
const v8Flags = repeatableAt === -1 ? [] : ["--no-incremental-marking"];
const [dump, ...dirs] = own;
if (!dump || dirs.length === 0 || !(runs >= 1)) throw new Error("usage: scripts/instructions.ts DUMP DIR [DIR...] [--runs N] [--repeatable] [-- CHECK-ARGS...]");
try {
  execFileSync("valgrind", ["--version"], { stdio: "ignore" });
} catch {
  throw new Error("valgrind is not installed (apt-get install valgrind)");
}

const out = mkdtempSync(join(tmpdir(), "dumpguard-ir-"));
const counts = new Map<string, number[]>(dirs.map((d) => [d, []]));
try {
  for (let r = 0; r < runs; r++) {
    for (const [k, dir] of dirs.entries()) {
      const report = join(out, `${k}.json`);
      const run = spawnSync(
        "valgrind",
        ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", ...checkCommand(dir, dump, report, checkArgs, v8Flags)],
        { encoding: "utf8", env: checkEnv(), maxBuffer: 64 * 1024 * 1024 },
      );
      const ir = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
      if (!ir) throw new Error(`${dir}: no instruction count (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
      const n = Number(ir[1]!.replaceAll(",", ""));
      counts.get(dir)!.push(n);
      process.stdout.write(`${dir}: ${(n / 1e9).toFixed(3)} G instructions (run ${r + 1})\n`);
    }
    const first = readFileSync(join(out, "0.json"));
    for (let k = 1; k < dirs.length; k++) {
      if (!readFileSync(join(out, `${k}.json`)).equals(first)) process.stdout.write(`REPORTS DIFFER: ${dirs[k]} against ${dirs[0]}\n`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const least = (d: string) => Math.min(...counts.get(d)!);
process.stdout.write(`\n${dump}, check --jobs 1${checkArgs.map((a) => ` ${a}`).join("")}, least of ${runs}:\n`);
for (const dir of dirs) {
  const delta = dir === dirs[0] ? "" : ` (${(((least(dir) - least(dirs[0]!)) / least(dirs[0]!)) * 100).toFixed(2)} % against ${dirs[0]})`;
  process.stdout.write(`  ${dir}: ${(least(dir) / 1e9).toFixed(3)} G${delta}\n`);
}
