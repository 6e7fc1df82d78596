// One measurement of the bench's memory rows (scripts/bench.ts), in plain JavaScript: `analyze` of the built
// package on FILE with OPTIONS (JSON), then its Measure as JSON on stdout. The other rows run their child
// through `--import tsx`, whose loader thread (a V8 isolate of its own, and the module transforms) adds about
// 50 MB to a process's peak RSS (realistic-500, --jobs 2, the same minutes: 248 against 200 MB; the bench's rows
// 259 against 210 MB): not dumpguard's.
//
//   node scripts/rss-child.mjs dist/index.js FILE '{"jobs":2}'
import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [index, file, options] = process.argv.slice(2);
const { analyze } = await import(pathToFileURL(index).href);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const report = await analyze({ path: file }, JSON.parse(options ?? "{}"));
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode: "rss",
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: statSync(file).size,
    rows: report.summary.rows,
    statements: report.summary.statements,
  }),
);
