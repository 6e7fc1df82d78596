// What V8's just-in-time compilation costs a check (issue 12, per-core CPU): how much of a cold --jobs 1 run is
// warm-up (code running interpreted or in baseline code before TurboFan's, deopts and the runs until
// re-optimization) on the checking thread, and TurboFan's own compiling on V8's helper threads (paid again by every
// worker's isolate at --jobs 2).
//
//   npx tsup --silent && node --max-semi-space-size=32 --import tsx scripts/jit-cost.ts .bench/realistic-100.sql [RUNS]
//       the built library's analyze() RUNS times (default 3) in this process at --jobs 1: the first run is cold, the
//       later ones reuse the compiled code and type feedback; per run, CPU of the main thread and of the others
//   ... scripts/jit-cost.ts DUMP --trace
//       one cold check by the built CLI under --trace-opt --trace-deopt (in a child node with 32 MB semi-spaces, as the
//       CLI checks a large file): TurboFan compiles (first ones and re-compiles after deopts, with the time V8 says
//       each took on its thread: wall time there, inflated on a loaded machine) and deopts by reason and by function
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [file, second] = process.argv.slice(2);
if (!file) throw new Error("usage: scripts/jit-cost.ts DUMP [RUNS | --trace]");

/** CPU seconds so far of this process's main thread and of all its other threads (Linux /proc/self/task). */
function threadCpu(): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
      if (tid === String(process.pid)) main += cpu;
      else others += cpu;
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  return { main, others };
}

if (second === "--trace") {
  const run = spawnSync(process.execPath, ["--max-semi-space-size=32", "--trace-opt", "--trace-deopt", `${root}dist/cli.js`, "check", file, "--jobs", "1", "--format", "json", "--no-progress", "--output", "/dev/null"], {
    encoding: "utf8",
    env: { ...process.env, DUMPGUARD_RESPAWN: "off" },
    maxBuffer: 256 << 20,
  });
  const compiles = new Map<string, { count: number; ms: number }>();
  let firstMs = 0;
  let againMs = 0;
  let again = 0;
  const deoptReasons = new Map<string, number>();
  const deoptFunctions = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const line of run.stdout.split("\n")) {
    const compiled = /^\[completed compiling \S+ <JSFunction (.*?) ?\(sfi = (\S+)\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (compiled) {
      const ms = Number(compiled[3]) + Number(compiled[4]) + Number(compiled[5]);
      const key = `${compiled[1] || "(anonymous)"} ${compiled[2]}`;
      const seen = compiles.get(key) ?? { count: 0, ms: 0 };
      if (seen.count > 0) {
        again++;
        againMs += ms;
      } else firstMs += ms;
      compiles.set(key, { count: seen.count + 1, ms: seen.ms + ms });
      continue;
    }
    const deopt = /^\[bailout \(kind: ([^,]*), reason: (.*?)\): begin\. deoptimizing \S+ <JSFunction (.*?) ?\(sfi/.exec(line);
    if (deopt) {
      bump(deoptReasons, `${deopt[1]}: ${deopt[2]}`);
      bump(deoptFunctions, deopt[3] || "(anonymous)");
    }
  }
  const top = <T>(entries: Iterable<[string, T]>, by: (v: T) => number, n: number) => [...entries].sort((a, b) => by(b[1]) - by(a[1])).slice(0, n);
  console.log(`exit ${run.status}; TurboFan: ${compiles.size} functions, ${compiles.size + again} compiles (${again} re-compiles); V8's times: first compiles ${Math.round(firstMs)} ms, re-compiles ${Math.round(againMs)} ms`);
  console.log("most compile time:");
  for (const [key, c] of top(compiles, (c) => c.ms, 15)) console.log(`  ${c.ms.toFixed(1).padStart(8)} ms ${String(c.count).padStart(3)}x ${key.split(" ")[0]}`);
  console.log(`deopts: ${[...deoptReasons.values()].reduce((a, b) => a + b, 0)}`);
  for (const [reason, n] of top(deoptReasons, (n) => n, 10)) console.log(`  ${String(n).padStart(4)} ${reason}`);
  console.log("deopts by function:");
  for (const [name, n] of top(deoptFunctions, (n) => n, 10)) console.log(`  ${String(n).padStart(4)} ${name}`);
} else {
  const { analyze } = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof import("../src/index.js");
  const runs = Number(second ?? 3);
  for (let i = 1; i <= runs; i++) {
    const before = threadCpu();
    const t0 = performance.now();
    await analyze({ path: file }, { jobs: 1 });
    const after = threadCpu();
    console.log(`run ${i}: wall ${((performance.now() - t0) / 1000).toFixed(2)} s, main thread ${(after.main - before.main).toFixed(2)} s, other threads ${(after.others - before.others).toFixed(2)} s CPU`);
  }
}
