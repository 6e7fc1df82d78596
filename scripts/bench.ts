// npm run bench: the issue 12 targets on real pg_dump output (scripts/make-bench-dump.sh, under
// .bench/, never committed), each printed with its ratio to the read floor measured in the same run.
// Absolute MB/s depend on the machine and on its load; the ratios to the floor are what compare runs.
//
//   npm run bench                              realistic dump of DUMPGUARD_BENCH_MB (default 300) MB
//   npm run bench -- --mb 500 --flat 500,2000  also peak RSS at --jobs 2 (library and CLI) and with `sample` on each size
//   npm run bench -- --only pipeline,startup   a subset of: pipeline (default --jobs and --jobs 1) rules-j1 rules-default (all rules at --jobs = the cores)
//                                              inserts (the same rows as pg_dump --inserts: rules off and all rules, CPU against COPY's)
//                                              warmup (the fixed CPU of an all-rules run: a 20 MB dump against this one)
//                                              young-gen (all rules --jobs 1 again with node --max-semi-space-size=32: what a
//                                              larger young generation gives; the main thread's is fixed when node starts;
//                                              what the CLI runs for a file of 64 MiB or more, src/cli/respawn.ts)
//                                              restore (psql restoring the same dump into a throwaway PostgreSQL cluster,
//                                              scripts/restore-bench.sh: the speed the 50 MB/s target stands for;
//                                              skipped with a note when no PostgreSQL server binaries are installed)
//                                              split statements startup memory hostile lsp (the floor always runs)
//   npm run bench -- --with-secrets            then scripts/bench-secrets.ts on the same dump
//
// Each measurement runs in its own child process on the built package (dist/, rebuilt first), so its
// peak RSS is its own. Statement throughput runs on a schema-only dump of 2,000 tables with their
// constraints, indexes, functions, triggers, views, grants and comments.
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = pathToFileURL(`${root}dist/index.js`).href;

interface Measure {
  mode: string;
  seconds: number;
  cpuSeconds: number;
  /** CPU of the main thread alone (Linux), without helper and worker threads. */
  mainCpuSeconds?: number;
  /** The report's `timings`, when the mode asks for them (how rows were shared between threads). */
  timings?: Record<string, number>;
  /** CPU seconds of the busiest thread other than the main one (Linux; sampled every 50 ms, so up to 50 ms short): a rule-group worker. */
  workerCpuSeconds?: number;
  /** shared-jN: CPU seconds of the N - 1 busiest threads started during the analysis (the rule-group workers), busiest first. */
  workerCpus?: number[];
  peakRssMb: number;
  bytes: number;
  rows: number;
  statements: number;
}

/** CPU seconds of each thread of this process but the main one, as last seen (Linux /proc; empty elsewhere). */
function otherThreadsCpu(into: Map<string, number>): void {
  try {
    for (const tid of readdirSync("/proc/self/task")) {
      if (tid === String(process.pid)) continue;
      try {
        const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
        into.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // a thread that ended between the listing and the read
      }
    }
  } catch {
    // not Linux
  }
}

/** CPU seconds of this process's main thread (Linux /proc; undefined elsewhere). */
function mainThreadCpu(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** One measurement, in this (child) process. */
async function child(mode: string, file: string, arg: string | undefined): Promise<Measure> {
  // Loading the package is start-up, measured on its own: throughput starts once it is loaded.
  const { analyze } = (await import(dist)) as typeof import("../src/index.js");
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpu();
  let rows = 0;
  let statements = 0;
  let timings: Record<string, number> | undefined;
  let workerCpuSeconds: number | undefined;
  let workerCpus: number[] | undefined;
  /** shared-jN: N jobs, per-thread CPU polled (shared-j2 is the 1 -> 2 split). */
  const sharedJobs = /^shared-j(\d+)$/.exec(mode) ? Number(mode.slice("shared-j".length)) : undefined;
  if (mode === "floor") {
    for await (const _chunk of createReadStream(file, { highWaterMark: 1 << 20 })) void _chunk;
  } else {
    const options: Parameters<typeof analyze>[1] =
      mode === "pipeline"
        ? { onlyRules: ["input-integrity"] }
        : mode === "pipeline-j1"
          ? { onlyRules: ["input-integrity"], jobs: 1 }
          : mode === "rules-j1" || mode === "statements"
            ? { jobs: 1 }
            : mode === "rules-default"
              ? { jobs: availableParallelism() }
              : sharedJobs !== undefined
                ? { jobs: sharedJobs, timings: true }
                : mode === "rows-j2"
                  ? ({ jobs: 2, timings: true, splitByRule: false } as Parameters<typeof analyze>[1])
                : mode === "serial-j2"
                  ? ({ jobs: 2, timings: true, shareNothingHere: true } as Parameters<typeof analyze>[1])
                : mode === "rss-j2"
                  ? { jobs: 2 }
                  : {};
    // The threads' CPU, polled while they run (a worker's task is gone once it ends).
    const before = new Map<string, number>();
    otherThreadsCpu(before);
    const seen = new Map<string, number>();
    const poll = sharedJobs !== undefined ? setInterval(() => otherThreadsCpu(seen), 50) : undefined;
    const report = await analyze({ path: file }, options);
    if (poll) {
      clearInterval(poll);
      otherThreadsCpu(seen);
      workerCpuSeconds = Math.max(0, ...[...seen].map(([tid, cpu]) => cpu - (before.get(tid) ?? 0)));
      // The workers are threads the analysis started (V8's helper threads were there before it).
      workerCpus = [...seen].filter(([tid]) => !before.has(tid)).map(([, cpu]) => cpu).sort((a, b) => b - a).slice(0, sharedJobs! - 1);
    }
    rows = report.summary.rows;
    statements = report.summary.statements;
    timings = report.timings;
  }
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadCpu();
  const mainCpuSeconds = main0 !== undefined && main1 !== undefined ? main1 - main0 : undefined;
  return { mode, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...(mainCpuSeconds !== undefined ? { mainCpuSeconds } : {}), ...(timings ? { timings } : {}), ...(workerCpuSeconds !== undefined ? { workerCpuSeconds } : {}), ...(workerCpus !== undefined ? { workerCpus } : {}), peakRssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(file).size, rows, statements };
}

/** `nodeFlags`: V8 flags of the child (heap sizes, which a process cannot change once started); `env`: variables added to the child's. */
function measure(mode: string, file: string, arg?: string, nodeFlags: string[] = [], env: Record<string, string> = {}): Measure {
  const out = execFileSync(process.execPath, [...nodeFlags, "--import", "tsx", fileURLToPath(import.meta.url), "--child", mode, file, ...(arg ? [arg] : [])], { encoding: "utf8", maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  return JSON.parse(out) as Measure;
}

/** `analyze(file, options)` of the built package in a plain node process (scripts/rss-child.mjs): its peak RSS is the library's and node's only. */
function rssPlain(file: string, options: Record<string, unknown>): Measure {
  const out = execFileSync(process.execPath, [`${root}scripts/rss-child.mjs`, `${root}dist/index.js`, file, JSON.stringify(options)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as Measure;
}

/** `dumpguard check file ...args` as a user runs it (JSON report to /dev/null), its peak RSS said by scripts/peak-rss.cjs as it exits. */
function rssCli(file: string, args: string[]): Measure {
  const t0 = performance.now();
  const c0 = childrenCpu();
  const r = spawnSync(process.execPath, ["-r", `${root}scripts/peak-rss.cjs`, `${root}dist/cli.js`, "check", file, ...args, "--format", "json", "--no-progress", "--output", "/dev/null"], { encoding: "utf8", maxBuffer: 1 << 20 });
  const c1 = childrenCpu();
  const peak = /^peak-rss-mb (\S+)$/m.exec(r.stderr ?? "")?.[1];
  if (peak === undefined) throw new Error(`dumpguard check ${file}: no peak RSS (exit ${r.status}): ${r.stderr}`);
  return { mode: "rss-cli", seconds: (performance.now() - t0) / 1000, cpuSeconds: c0 !== undefined && c1 !== undefined ? c1 - c0 : Number.NaN, peakRssMb: Number(peak), bytes: statSync(file).size, rows: 0, statements: 0 };
}

/** psql restoring `file` into a throwaway cluster (scripts/restore-bench.sh): its seconds, or why it was not measured. */
function restore(file: string): { seconds: number; server: string } | { skipped: string } {
  const r = spawnSync("bash", [`${root}scripts/restore-bench.sh`, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  const seconds = /^restore-seconds (\S+)$/m.exec(r.stdout ?? "")?.[1];
  if (r.status !== 0 || seconds === undefined) return { skipped: (r.stderr || `exit ${r.status}`).trim().split("\n").pop()! };
  return { seconds: Number(seconds), server: /^server (\S+)$/m.exec(r.stdout)?.[1] ?? "?" };
}

function makeDump(kind: "data" | "inserts" | "schema", size: number): string {
  const out = execFileSync("bash", [`${root}scripts/make-bench-dump.sh`, kind, String(size)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return out.trim().split("\n").pop()!;
}

async function warm(file: string) {
  for await (const _chunk of createReadStream(file, { highWaterMark: 1 << 20 })) void _chunk;
}

/** CPU seconds of this process's waited-for children (Linux /proc: cutime + cstime); undefined elsewhere. */
function childrenCpu(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Wall time of `node dist/cli.js check SMALL` and of `node -e 0`, sorted, and each run's CPU (user +
 * system, 10 ms ticks, Linux): on a loaded machine CPU shows what start-up costs when wall does not.
 */
function startup(runs: number): { check: number[]; node: number[]; checkCpu: number[]; nodeCpu: number[] } {
  const small = `${root}corpus/dumps/app/schema-only.sql`;
  const time = (args: string[], cpu: number[]) => {
    const c0 = childrenCpu();
    const t = performance.now();
    spawnSync(process.execPath, args, { stdio: "ignore" });
    const wall = performance.now() - t;
    const c1 = childrenCpu();
    if (c0 !== undefined && c1 !== undefined) cpu.push((c1 - c0) * 1000);
    return wall;
  };
  const check: number[] = [];
  const node: number[] = [];
  const checkCpu: number[] = [];
  const nodeCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(["-e", "0"], nodeCpu));
    check.push(time([`${root}dist/cli.js`, "check", small, "--no-progress"], checkCpu));
  }
  const sort = (xs: number[]) => xs.sort((x, y) => x - y);
  return { check: sort(check), node: sort(node), checkCpu: sort(checkCpu), nodeCpu: sort(nodeCpu) };
}

/** The young-gen part's semi-space, MB (V8's default here is 16): 32, 64 and 128 gave the same CPU on realistic-100. */
const YOUNG_SEMI_SPACE_MB = 32;

const mbps = (m: Measure) => m.bytes / 1048576 / m.seconds;
const row = (label: string, value: string, ratio: string, target: string, met: boolean | undefined) =>
  console.log(`${label.padEnd(34)} ${value.padStart(14)} ${ratio.padStart(12)}   ${target.padEnd(22)} ${met === undefined ? "" : met ? "met" : "NOT met"}`);

async function mainBench() {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") {
    process.stdout.write(JSON.stringify(await child(argv[1]!, argv[2]!, argv[3])));
    return;
  }
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const sizeMb = Number(flag("--mb") ?? process.env.DUMPGUARD_BENCH_MB ?? 300);
  const only = flag("--only")?.split(",");
  const wants = (m: string) => !only || only.includes(m);
  const flat = flag("--flat")?.split(",").map(Number);

  console.log("building dist/ …");
  execFileSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "inherit" });
  const dump = makeDump("data", sizeMb);
  await warm(dump);
  const cores = availableParallelism();
  console.log(`input: ${dump} (${(statSync(dump).size / 1048576).toFixed(0)} MB, real pg_dump output); ${cores} cores; figures from a machine that may be shared: compare the ratios\n`);
  row("measure", "value", "÷ floor", "target", undefined);

  const results: Record<string, unknown> = {};
  const floor = measure("floor", dump);
  results.floor = floor;
  const floorMbps = mbps(floor);
  row("read floor (Node stream)", `${floorMbps.toFixed(0)} MB/s`, "1", "", undefined);
  const ratio = (m: Measure) => (mbps(m) / floorMbps).toFixed(4);

  if (wants("pipeline")) {
    // Read, sniff, sha256, UTF-8 check, lex, COPY decode; every rule off. At the default --jobs the
    // sha256 runs on a helper thread; --jobs 1 keeps everything on one thread. The floor of
    // 2930 MB/s makes 300 MB/s a ratio of about 0.10: the ratio is what compares on a loaded machine.
    const m = measure("pipeline", dump);
    const j1p = measure("pipeline-j1", dump);
    results.pipeline = m;
    results.pipelineJobs1 = j1p;
    const perMainCpu = (x: Measure) => (x.mainCpuSeconds ? `; ${(x.bytes / 1048576 / x.mainCpuSeconds).toFixed(0)} MB per main-thread CPU s` : "");
    const ratioMet = (x: Measure) => (mbps(x) / floorMbps >= 300 / 2930 ? "(ratio met)" : "(ratio not met)");
    row("pipeline (rules off)", `${mbps(m).toFixed(1)} MB/s`, ratio(m), `>= 300 MB/s ${ratioMet(m)}`, mbps(m) >= 300);
    row("  CPU (all threads / main thread)", `${m.cpuSeconds.toFixed(2)} / ${m.mainCpuSeconds?.toFixed(2) ?? "?"} s`, "", perMainCpu(m).slice(2), undefined);
    row("pipeline, --jobs 1 (one thread)", `${mbps(j1p).toFixed(1)} MB/s`, ratio(j1p), `>= 300 MB/s ${ratioMet(j1p)}`, mbps(j1p) >= 300);
    row("  CPU (all threads / main thread)", `${j1p.cpuSeconds.toFixed(2)} / ${j1p.mainCpuSeconds?.toFixed(2) ?? "?"} s`, "", perMainCpu(j1p).slice(2), undefined);
  }
  let j1: Measure | undefined;
  if (wants("rules-j1")) {
    j1 = measure("rules-j1", dump);
    results.rulesJobs1 = j1;
    row("all rules, --jobs 1", `${mbps(j1).toFixed(1)} MB/s`, ratio(j1), ">= 50 MB/s", mbps(j1) >= 50);
    row("  peak RSS", `${j1.peakRssMb.toFixed(0)} MB`, "", "", undefined);
    // On a shared machine wall time follows the load; the CPU the run took does not.
    if (j1.mainCpuSeconds) row("  main-thread CPU", `${j1.mainCpuSeconds.toFixed(2)} s`, "", `${(j1.bytes / 1048576 / j1.mainCpuSeconds).toFixed(1)} MB per CPU s`, undefined);
  }
  if (wants("young-gen")) {
    // GC is ~10 % of an all-rules run, and what it costs follows what survives the young generation: with V8's
    // default semi-space (16 MB here) tens of MB a 100 MB dump are promoted and collected again by full
    // collections. The same run with a larger young generation (a node flag: the main thread's heap is
    // fixed when node starts), to weigh it: CPU of the main thread and of all threads against the default's. This is
    // what `dumpguard check` runs for a file of 64 MiB or more at --jobs 1 (src/cli/respawn.ts): the CLI's figure.
    const base = (j1 ??= measure("rules-j1", dump));
    const young = measure("rules-j1", dump, undefined, [`--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`]);
    results.youngGen = { semiSpaceMb: YOUNG_SEMI_SPACE_MB, base, young };
    const cpuOf = (x: Measure) => x.mainCpuSeconds ?? x.cpuSeconds;
    row(`all rules, --jobs 1, semi-space ${YOUNG_SEMI_SPACE_MB} MB (CLI)`, `${mbps(young).toFixed(1)} MB/s`, ratio(young), `>= 50 MB/s (default: ${mbps(base).toFixed(1)})`, mbps(young) >= 50);
    row("  CPU main / all threads", `${cpuOf(young).toFixed(2)} / ${young.cpuSeconds.toFixed(2)} s`, `${(cpuOf(young) / cpuOf(base)).toFixed(2)} / ${(young.cpuSeconds / base.cpuSeconds).toFixed(2)}x`, `(default: ${cpuOf(base).toFixed(2)} / ${base.cpuSeconds.toFixed(2)} s)`, undefined);
    row("  peak RSS", `${young.peakRssMb.toFixed(0)} MB`, "", `(default: ${base.peakRssMb.toFixed(0)} MB)`, undefined);
  }
  if (wants("restore")) {
    // The 50 MB/s is "about psql's restore speed": the restore of this very dump, and dumpguard's ratio to it.
    const r = restore(dump);
    if ("skipped" in r) {
      results.restore = r;
      console.log(`psql restore not measured: ${r.skipped}`);
    } else {
      const restoreMbps = statSync(dump).size / 1048576 / r.seconds;
      results.restore = { ...r, mbps: restoreMbps };
      row(`psql restore (PostgreSQL ${r.server})`, `${restoreMbps.toFixed(1)} MB/s`, (restoreMbps / floorMbps).toFixed(4), "(what 50 MB/s stands for)", undefined);
      const checked = (j1 ??= measure("rules-j1", dump));
      const vsRestore = mbps(checked) / restoreMbps;
      row("  all rules --jobs 1 ÷ restore", `${vsRestore.toFixed(2)}x`, ratio(checked), "(1x: as fast as the restore)", undefined);
    }
  }
  if (wants("rules-default")) {
    const m = measure("rules-default", dump);
    results.rulesDefault = m;
    row(`all rules, --jobs ${cores} (the cores; default 2 for a file)`, `${mbps(m).toFixed(1)} MB/s`, ratio(m), ">= 90 MB/s", mbps(m) >= 90);
    row("  peak RSS", `${m.peakRssMb.toFixed(0)} MB`, "", "", undefined);
  }
  if (wants("inserts")) {
    // The same rows written by pg_dump --inserts (one INSERT statement a row, ~20 % more bytes): an
    // INSERT row should cost about what the same row costs as COPY. Compared on the main thread's
    // CPU for the same rows (--jobs 1), next to the ratio to the floor like every other line.
    const inserts = makeDump("inserts", sizeMb);
    await warm(inserts);
    const copyPipeline = (results.pipelineJobs1 as Measure | undefined) ?? measure("pipeline-j1", dump);
    const copyRules = (j1 ??= measure("rules-j1", dump));
    const p = measure("pipeline-j1", inserts);
    const r = measure("rules-j1", inserts);
    results.inserts = { file: inserts, pipeline: p, rules: r, copyPipeline, copyRules };
    const cpuOf = (x: Measure) => x.mainCpuSeconds ?? x.cpuSeconds;
    const vsCopy = (x: Measure, copy: Measure) => cpuOf(x) / cpuOf(copy);
    console.log(`  (INSERT dump: ${inserts}, ${(statSync(inserts).size / 1048576).toFixed(0)} MB, the same ${p.rows} rows as pg_dump --inserts)`);
    row("pipeline, INSERT dump, --jobs 1", `${mbps(p).toFixed(1)} MB/s`, ratio(p), "(rows cost as COPY's)", undefined);
    row("  main-thread CPU: INSERT / COPY", `${cpuOf(p).toFixed(2)} / ${cpuOf(copyPipeline).toFixed(2)} s`, `${vsCopy(p, copyPipeline).toFixed(2)}x COPY`, "", undefined);
    row("all rules, INSERT dump, --jobs 1", `${mbps(r).toFixed(1)} MB/s`, ratio(r), ">= 50 MB/s", mbps(r) >= 50);
    row("  main-thread CPU: INSERT / COPY", `${cpuOf(r).toFixed(2)} / ${cpuOf(copyRules).toFixed(2)} s`, `${vsCopy(r, copyRules).toFixed(2)}x COPY`, "<= 1.25x COPY (same rows)", vsCopy(r, copyRules) <= 1.25);
  }
  if (wants("warmup")) {
    // What a run pays whatever its size (module loading excluded: the child loads the package before
    // its clock starts): JIT warm-up (TurboFan compiles on helper threads, and the code runs slower until
    // it has), first garbage collections of a young heap, per-table plans. The line through a small and
    // the large all-rules run (--jobs 1) gives CPU per MB and the fixed part, for the main thread and all threads.
    const smallMb = 20;
    const big = (j1 ??= measure("rules-j1", dump));
    const smallFile = makeDump("data", smallMb);
    if (smallFile !== dump) {
      await warm(smallFile);
      const small = measure("rules-j1", smallFile);
      results.warmup = { small, big };
      const mb = (x: Measure) => x.bytes / 1048576;
      const fit = (cpu: (x: Measure) => number) => {
        const perMb = (cpu(big) - cpu(small)) / (mb(big) - mb(small));
        return { perMb, fixed: cpu(small) - perMb * mb(small) };
      };
      const main = fit((x) => x.mainCpuSeconds ?? x.cpuSeconds);
      const all = fit((x) => x.cpuSeconds);
      row(`all rules, --jobs 1, ${mb(small).toFixed(0)} MB dump`, `${mbps(small).toFixed(1)} MB/s`, ratio(small), `(${mb(big).toFixed(0)} MB: ${mbps(big).toFixed(1)} MB/s)`, undefined);
      row("  fixed CPU: main thread / all", `${main.fixed.toFixed(2)} / ${all.fixed.toFixed(2)} s`, "", `${((100 * main.fixed) / (small.mainCpuSeconds ?? small.cpuSeconds)).toFixed(0)} % / ${((100 * all.fixed) / small.cpuSeconds).toFixed(0)} % of the ${mb(small).toFixed(0)} MB run`, undefined);
      row("  CPU per MB: main thread / all", `${(1000 * main.perMb).toFixed(1)} / ${(1000 * all.perMb).toFixed(1)} ms`, "", "", undefined);
    }
  }
  if (wants("split")) {
    // --jobs 2 on a file splits the rules (src/parallel/rule-split.ts): the calling thread runs one group, a worker
    // reads the file itself and runs the other (unsanitized-pii), and their outputs merge at the end; unsanitized-pii's
    // columns are split between both threads (the calling thread tallies a share of them beside its own group, the
    // worker hands its tallies over at its end). Nothing crosses per row, so on idle cores the wall is about the busier
    // thread's CPU, against --jobs 1's main-thread CPU (M1: its V8 helper threads already run on the other core).
    // `whole`: the same with unsanitized-pii whole on the worker (stop 14's split, DUMPGUARD_COLUMN_SHARE=off).
    // --jobs 3 and 4: unsanitized-pii's columns dealt over all N threads (a worker per job after the first, each reading
    // the file): the CPU of each thread, whose busiest bounds the speed-up on N idle cores (M1 / busiest); this machine
    // has 2 cores, so these runs measure balance, not wall.
    const all = (j1 ??= measure("rules-j1", dump));
    const shared = measure("shared-j2", dump);
    const whole = measure("shared-j2", dump, undefined, [], { DUMPGUARD_COLUMN_SHARE: "off" });
    const W = all.cpuSeconds;
    const M1 = all.mainCpuSeconds ?? W;
    const here = shared.mainCpuSeconds ?? NaN;
    const there = shared.workerCpuSeconds ?? NaN;
    const idle = M1 / Math.max(here, there);
    const wholeHere = whole.mainCpuSeconds ?? NaN;
    const wholeThere = whole.workerCpuSeconds ?? NaN;
    // Rows shared between threads (stdin, text, streams: inputs a worker cannot read again), for comparison on the same dump.
    const rows = measure("rows-j2", dump);
    const more = [3, 4].map((jobs) => ({ jobs, m: measure(`shared-j${jobs}`, dump) }));
    results.split = { all, shared, whole, rows, more, W, M1, here, there, wholeHere, wholeThere, expectedOnIdleCores: idle, expectedWholeOnIdleCores: M1 / Math.max(wholeHere, wholeThere), ceilingManyCores: M1 / (more.at(-1)!.m.mainCpuSeconds ?? NaN) };
    const columns = shared.timings?.columnsTalliedHere !== undefined ? `PII columns tallied ${shared.timings.columnsTalliedHere} here / ${shared.timings.columnsTalliedThere} there` : "PII columns not split";
    row("--jobs 2 measured 1 -> 2 speed-up (by rule)", `${(all.seconds / shared.seconds).toFixed(2)}x wall`, "", `(same run, shared machine; PII whole on the worker: ${(all.seconds / whole.seconds).toFixed(2)}x)`, undefined);
    row("  CPU: jobs 1 (main thread) / jobs 2 total", `${W.toFixed(1)} (${M1.toFixed(1)}) / ${shared.cpuSeconds.toFixed(1)} s`, "", `(PII whole on the worker: ${whole.cpuSeconds.toFixed(1)} s)`, undefined);
    row("  jobs 2: calling thread / rule-group worker / others", `${here.toFixed(1)} / ${there.toFixed(1)} / ${(shared.cpuSeconds - here - there).toFixed(1)} s CPU`, "", `(${columns}; others: V8 helpers)`, undefined);
    row("  the same, PII whole on the worker (stop 14)", `${wholeHere.toFixed(1)} / ${wholeThere.toFixed(1)} / ${(whole.cpuSeconds - wholeHere - wholeThere).toFixed(1)} s CPU`, "", "(DUMPGUARD_COLUMN_SHARE=off)", undefined);
    row("  expected 1 -> 2 on idle cores (M1 / busier thread)", `${idle.toFixed(2)}x`, "", `(PII whole on the worker: ${(M1 / Math.max(wholeHere, wholeThere)).toFixed(2)}x)`, undefined);
    for (const { jobs, m } of more) {
      const mainHere = m.mainCpuSeconds ?? NaN;
      const workers = m.workerCpus ?? [];
      const busiest = Math.max(mainHere, ...workers);
      const parts = Array.from({ length: jobs }, (_, part) => m.timings?.[`columnsTalliedPart${part}`] ?? "?").join("/");
      row(`  jobs ${jobs}: calling thread / workers / others`, `${mainHere.toFixed(1)} / ${workers.map((w) => w.toFixed(1)).join(", ")} / ${(m.cpuSeconds - mainHere - workers.reduce((a, b) => a + b, 0)).toFixed(1)} s CPU`, "", `(PII columns by part ${parts}; CPU ${m.cpuSeconds.toFixed(1)} s, RSS ${m.peakRssMb.toFixed(0)} MB)`, undefined);
      // On N idle cores the wall is at least the busiest thread and at least all the CPU (V8's helper threads too) over N cores.
      row(`  expected 1 -> ${jobs} on ${jobs} idle cores (M1 / max(busiest, CPU / ${jobs}))`, `${(M1 / Math.max(busiest, m.cpuSeconds / jobs)).toFixed(2)}x`, "", `(M1 / busiest: ${(M1 / busiest).toFixed(2)}x; the calling thread alone: ${(M1 / mainHere).toFixed(2)}x)`, undefined);
    }
    row("  row sharing instead (stdin, streams): 1 -> 2", `${(all.seconds / rows.seconds).toFixed(2)}x wall`, "", `(CPU ${rows.cpuSeconds.toFixed(1)} s)`, undefined);
  }

  if (wants("statements")) {
    const schema = makeDump("schema", 2000);
    await warm(schema);
    const m = measure("statements", schema);
    results.statements = m;
    row("statements/s (schema-only, 2000 tables)", `${(m.statements / m.seconds).toFixed(0)}/s`, ratio(m), ">= 20000/s", m.statements / m.seconds >= 20000);
    row("  statements, MB/s", `${m.statements}, ${mbps(m).toFixed(1)} MB/s`, "", "", undefined);
    if (m.mainCpuSeconds) row("  per main-thread CPU second", `${(m.statements / m.mainCpuSeconds).toFixed(0)}/s`, "", `(${m.mainCpuSeconds.toFixed(2)} s CPU)`, undefined);
  }
  if (wants("startup")) {
    const s = startup(15);
    results.startup = s;
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
    row("start-up: check small dump (best)", `${s.check[0]!.toFixed(0)} ms`, "", "<= 200 ms", s.check[0]! <= 200);
    row("  median / node -e 0 median", `${median(s.check).toFixed(0)} ms`, `${(median(s.check) / median(s.node)).toFixed(2)}x node`, "", undefined);
    if (s.checkCpu.length) row("  CPU median (user+sys), node -e 0", `${median(s.checkCpu).toFixed(0)} ms`, `${median(s.nodeCpu).toFixed(0)} ms node`, "", undefined);
  }
  if (wants("memory")) {
    const sizes = flat ?? [sizeMb];
    // Flat: each size's peak RSS as a multiple of the first size's (1.00 = flat); the speed of each run with its ratio to the floor.
    // The library and the CLI each in a plain node process (rssPlain, rssCli): a child under `--import tsx`, as the
    // other rows run, also holds tsx's loader thread (scripts/rss-child.mjs); that figure is printed too, as stop 15 measured it.
    let first: { j2: number; cli: number; sample: number } | undefined;
    for (const size of sizes) {
      const file = size === sizeMb ? dump : makeDump("data", size);
      await warm(file);
      const j2 = rssPlain(file, { jobs: 2 });
      const cli = rssCli(file, ["--jobs", "2"]);
      const underTsx = measure("rss-j2", file);
      const sample = rssPlain(file, { jobs: 1, rules: { "unsanitized-pii": { options: { sample: { firstRows: 10000, reservoir: 10000 } } } } });
      results[`memory${size}`] = { j2, cli, underTsx, sample };
      first ??= { j2: j2.peakRssMb, cli: cli.peakRssMb, sample: sample.peakRssMb };
      const most = Math.max(j2.peakRssMb, cli.peakRssMb);
      row(`peak RSS --jobs 2, ${size} MB: library / CLI`, `${j2.peakRssMb.toFixed(0)} / ${cli.peakRssMb.toFixed(0)} MB`, `${(j2.peakRssMb / first.j2).toFixed(2)}x / ${(cli.peakRssMb / first.cli).toFixed(2)}x ${sizes[0]} MB`, "<= 300 MB, flat", most <= 300);
      row(`  the library under tsx (stop 15's measure)`, `${underTsx.peakRssMb.toFixed(0)} MB`, "", "", undefined);
      row(`peak RSS sample, ${size} MB`, `${sample.peakRssMb.toFixed(0)} MB`, `${(sample.peakRssMb / first.sample).toFixed(2)}x ${sizes[0]} MB`, "flat", undefined);
      row("  MB/s --jobs 2 / sample (÷ floor)", `${mbps(j2).toFixed(1)} / ${mbps(sample).toFixed(1)}`, `${ratio(j2)} / ${ratio(sample)}`, "", undefined);
    }
  }
  writeFileSync(`${root}.bench/results.json`, JSON.stringify(results, null, 2));
  console.log(`\nraw figures: .bench/results.json`);
  if (wants("hostile")) {
    // The hostile-input suite of issue 10 (scripts/bench-hostile.ts, also `npm run bench:hostile`):
    // exits non-zero when a case is superlinear or exhausts a 256 MB heap, and then so does the bench.
    console.log("\n--- hostile-input suite ---");
    if (spawnSync(process.execPath, ["--import", "tsx", `${root}scripts/bench-hostile.ts`], { stdio: "inherit" }).status !== 0) process.exitCode = 1;
  }
  if (argv.includes("--with-secrets") && existsSync(`${root}scripts/bench-secrets.ts`)) {
    console.log("\n--- forbidden-secrets bench ---");
    execFileSync(process.execPath, ["--import", "tsx", `${root}scripts/bench-secrets.ts`, dump], { stdio: "inherit" });
  }
  if (wants("lsp") && existsSync(`${root}scripts/bench-lsp.ts`)) {
    console.log("\n--- language server bench (dumpguard lsp through an LSP client) ---");
    execFileSync(process.execPath, ["--import", "tsx", `${root}scripts/bench-lsp.ts`], { stdio: "inherit" });
  }
}

await mainBench();
