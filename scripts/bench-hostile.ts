// npm run bench:hostile (also run at the end of npm run bench): the hostile-input suite of issue 10.
// Every case of scripts/hostile-cases.ts, plain and gzipped, at sizes x1, x2, x4 and x8, each run
// in its own child process under --max-old-space-size=256 (a small container) so its peak RSS is
// its own. Prints time and peak RSS per size and the time-per-unit ratio between successive sizes,
// and exits 1 when a ratio exceeds 2, when x8 costs more than twice x2 per unit (a quadratic path
// gives ~4), or when a run dies (heap exhausted). Ratios are what count: absolute times depend on
// the machine and its load. A case over the limit is measured again (up to twice, fastest run per
// size kept) before it fails, so a burst of load elsewhere does not fail the suite.
//   DUMPGUARD_HOSTILE_ONLY=a,b         run only the cases whose name contains one of these
//   DUMPGUARD_HOSTILE_SCALE=0.25       multiply every case's base size (quick look)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { HOSTILE_CASES } from "./hostile-cases.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = `${root}.bench/hostile`;
const SCALES = [1, 2, 4, 8];
const HEAP_MB = 256;
const MAX_RATIO = 2;

interface Run {
  ms: number;
  rssMb: number;
  bytes: number;
  error?: string;
}

async function child(file: string): Promise<void> {
  const { analyze } = await import("../src/analyze.js");
  const t0 = performance.now();
  // One thread: the suite measures how the work grows with the input. From 8 MiB on, a file is
  // split between worker threads (src/parallel), whose start-up is a one-time step, not growth,
  // and showed as a false superlinear jump between x2 and x4. --jobs is measured by npm run bench.
  const report = await analyze({ path: file }, { jobs: 1 });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, statements: report.summary.statements, rows: report.summary.rows }));
}

function measure(file: string): Run {
  const bytes = statSync(file).size;
  try {
    const out = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", fileURLToPath(import.meta.url), "--child", file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 15 * 60_000,
    });
    const r = JSON.parse(out) as { ms: number; rssMb: number };
    return { ms: r.ms, rssMb: r.rssMb, bytes };
  } catch (err) {
    const e = err as { status?: number | null; signal?: string | null; stderr?: string };
    const oom = (e.stderr ?? "").includes("heap out of memory");
    return { ms: NaN, rssMb: NaN, bytes, error: oom ? `heap out of memory under ${HEAP_MB} MB` : `exit ${e.status ?? e.signal}` };
  }
}

const perUnit = (runs: Run[], i: number) => runs[i]!.ms / SCALES[i]!;

async function main(): Promise<void> {
  if (process.argv[2] === "--child") return child(process.argv[3]!);
  const only = process.env.DUMPGUARD_HOSTILE_ONLY;
  const factor = Number(process.env.DUMPGUARD_HOSTILE_SCALE ?? 1);
  mkdirSync(dir, { recursive: true });
  console.log(`hostile-input suite: sizes x${SCALES.join(", x")}, each run alone under --max-old-space-size=${HEAP_MB}; fails when a time-per-unit ratio exceeds ${MAX_RATIO}\n`);
  console.log(`${"case".padEnd(46)} ${SCALES.map((s) => `x${s} ms / MB RSS`.padStart(20)).join("")}   ratios x2/x1 x4/x2 x8/x4 | x8/x2   verdict`);
  const failures: string[] = [];
  const results: unknown[] = [];
  for (const hostile of HOSTILE_CASES) {
    if (only && !only.split(",").some((part) => hostile.name.includes(part))) continue;
    for (const gzip of [false, true]) {
      const name = `${hostile.name}${gzip ? " (gz)" : ""}`;
      const files = SCALES.map((scale) => {
        const text = hostile.make(scale * hostile.benchBase * factor);
        const file = `${dir}/${hostile.name.replace(/[^a-z0-9]+/gi, "-")}-x${scale}.sql${gzip ? ".gz" : ""}`;
        writeFileSync(file, gzip ? gzipSync(Buffer.from(text)) : text);
        return file;
      });
      const runs = files.map(measure);
      const crashed = runs.find((r) => r.error);
      const ratios = () => [1, 2, 3].map((i) => perUnit(runs, i) / perUnit(runs, i - 1));
      const overall = () => perUnit(runs, 3) / perUnit(runs, 1);
      // A ratio over the limit is measured again, all four sizes, up to twice; each size keeps its
      // fastest run (load elsewhere only adds time; a superlinear path stays superlinear).
      const failing = () => ratios().some((x) => x > MAX_RATIO) || overall() > MAX_RATIO;
      for (let retry = 0; !crashed && retry < 2 && failing(); retry++) {
        for (let k = 0; k < SCALES.length; k++) {
          const again = measure(files[k]!);
          if (!again.error && again.ms < runs[k]!.ms) runs[k] = { ...again, rssMb: Math.max(again.rssMb, runs[k]!.rssMb) };
        }
      }
      for (const f of files) rmSync(f, { force: true });
      const r = crashed ? [] : ratios();
      const o = crashed ? NaN : overall();
      const verdict = crashed ? `FAIL: ${crashed.error}` : r.some((x) => x > MAX_RATIO) || o > MAX_RATIO ? "FAIL: superlinear" : "ok";
      if (verdict !== "ok") failures.push(`${name}: ${verdict}`);
      const cells = runs.map((run) => (run.error ? "crashed".padStart(20) : `${run.ms.toFixed(0)} / ${run.rssMb.toFixed(0)}`.padStart(20))).join("");
      const ratioText = crashed ? "".padEnd(27) : `${r.map((x) => x.toFixed(2).padStart(5)).join(" ")} | ${o.toFixed(2).padStart(5)}`;
      console.log(`${name.padEnd(46)} ${cells}   ${ratioText}   ${verdict}${hostile.catalog ? " (catalog)" : ""}`);
      results.push({ case: name, catalog: hostile.catalog === true, unit: hostile.unit, base: hostile.benchBase * factor, runs: runs.map((run, i) => ({ scale: SCALES[i], ...run })), ratios: r, x8overx2: o, verdict });
    }
  }
  writeFileSync(`${root}.bench/hostile-results.json`, JSON.stringify(results, null, 2));
  console.log(`\n${failures.length === 0 ? "all cases linear and within the heap" : `${failures.length} failing:\n  ${failures.join("\n  ")}`}`);
  console.log("(times and RSS depend on the machine and its load; ratios measured in the same run are what count)");
  if (failures.length > 0) process.exitCode = 1;
}

await main();
