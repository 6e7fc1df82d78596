// CPU seconds of every thread of one analysis (Linux /proc/self/task), for --jobs measurements on a
// shared machine where wall time says little: the main thread, each worker, V8's helper threads.
//
//   npx tsup --silent && node --import tsx scripts/thread-cpu.ts .bench/realistic-20.sql 2
//                                           (a file of 8 MB or more at 2 jobs is split by rule: the main thread runs one
//                                           group, the busiest "node" thread is the worker running unsanitized-pii)
//   ... .bench/realistic-100.sql 2 serial   (row sharing instead: workers judge every block, the main thread's CPU is the serial part S)
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { analyze } = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof import("../src/index.js");
const [file, jobsArg, mode] = process.argv.slice(2);
if (!file) throw new Error("usage: scripts/thread-cpu.ts DUMP [JOBS]");

const tasks = new Map<string, { comm: string; cpu: number }>();
const poll = () => {
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      tasks.set(tid, { comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), cpu: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // a thread that ended between the listing and the read
    }
  }
};
poll();
const before = new Map([...tasks].map(([tid, t]) => [tid, t.cpu]));
// Threads end with the analysis: sample while it runs so their last figure is kept.
const timer = setInterval(poll, 100);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const report = await analyze({ path: file }, { jobs: Number(jobsArg ?? 2), timings: true, ...(mode === "serial" ? { shareNothingHere: true } : {}) } as Parameters<typeof analyze>[1]);
poll();
clearInterval(timer);
const cpu = process.cpuUsage(cpu0);
const threads: Record<string, number> = {};
for (const [tid, t] of tasks) {
  const used = t.cpu - (before.get(tid) ?? 0);
  if (used >= 0.05) threads[`${tid === String(process.pid) ? "main" : t.comm}#${tid}`] = Number(used.toFixed(2));
}
console.log(JSON.stringify({ wallSeconds: Number(((performance.now() - t0) / 1000).toFixed(2)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), threads, timings: report.timings }, null, 1));
