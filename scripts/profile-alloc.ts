// Allocation profile of one analysis: what allocates how many bytes, garbage included (V8's sampling
// heap profiler with the objects later collected by minor and major GCs), by function, by source
// file, and by stage (the data path: input, lexer, data, engine; the rules; the rest). GC time
// follows what is allocated, so this is where to look when the CPU profile shows the collector.
//
//   node --import tsx scripts/profile-alloc.ts DUMP [--only RULE,RULE] [--top N] [--interval BYTES] [--promoted]
//
// --promoted: only what outlived the young generation (objects a scavenge collected are left out): what was
// promoted to the old generation and died there or is still live at the end. That is what the full
// collections pay for and what the old generation grows by between them (peak RSS).
//
// The analysis runs twice in this process (--jobs 1): the first warms the code up, the second is
// sampled. A built-in's allocations (push, slice, replace …) are charged to the function calling it.
// The raw profile is written to .bench/profiles/ (open it in Chrome DevTools' Memory tab).
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--")) throw new Error("usage: scripts/profile-alloc.ts DUMP [--only RULE,RULE] [--top N] [--interval BYTES]");
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = flag("--only")?.split(",");
const top = Number(flag("--top") ?? 30);
const interval = Number(flag("--interval") ?? 8192);
const promoted = args.includes("--promoted");
const options = { jobs: 1, ...(only ? { onlyRules: only } : {}) };

await analyze({ path: dump }, options);
const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: interval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !promoted });
const report = await analyze({ path: dump }, options);
const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: SamplingNode } };
session.disconnect();

const dir = `${root}.bench/profiles`;
mkdirSync(dir, { recursive: true });
const out = `${dir}/alloc-${Date.now()}-${process.pid}.heapprofile`;
writeFileSync(out, JSON.stringify(profile));

const short = (url: string) => url.replace(/^file:\/\//, "").replace(root, "").replace(/^.*node_modules\//, "node_modules/");
/** Stages of the pipeline by source file: what every rule pays before it looks at a cell, the rules, the rest. */
const DATA_PATH = /^src\/(input\/|lexer\/|core\/|analyze\.ts$|data\/(copy|insert|statement-names)\.ts$)/;
const stageOf = (file: string): string => {
  if (DATA_PATH.test(file)) return "data path (input, lexer, COPY/INSERT decoding, engine)";
  // JSON walking, IP and array parsing live in src/data but run for the rules, cell by cell.
  if (file.startsWith("src/data/")) return "cell helpers in src/data (called by rules)";
  if (file.startsWith("src/rules/")) return "rules";
  if (file.startsWith("src/catalog/")) return "catalog";
  if (file.startsWith("src/report/")) return "report";
  return file === "" ? "(V8 / runtime)" : "other";
};
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const byStage = new Map<string, number>();
let total = 0;
const walk = (node: SamplingNode, caller: { name: string; file: string } | undefined) => {
  const file = short(node.callFrame.url);
  // Under tsx every frame reports line 0: then the file alone.
  const name = `${node.callFrame.functionName || "(anonymous)"} ${file}${node.callFrame.lineNumber > 0 ? `:${node.callFrame.lineNumber + 1}` : ""}`;
  // A built-in has no file: its bytes go to the JavaScript function that called it.
  const charged = file === "" && caller ? { name: `${node.callFrame.functionName || "(anonymous)"} <- ${caller.name}`, file: caller.file } : { name, file };
  if (node.selfSize > 0) {
    total += node.selfSize;
    byFunction.set(charged.name, (byFunction.get(charged.name) ?? 0) + node.selfSize);
    byFile.set(charged.file || "(V8 / runtime)", (byFile.get(charged.file || "(V8 / runtime)") ?? 0) + node.selfSize);
    const stage = stageOf(charged.file);
    byStage.set(stage, (byStage.get(stage) ?? 0) + node.selfSize);
  }
  for (const child of node.children) walk(child, file === "" && caller ? caller : { name, file });
};
walk(profile.head, undefined);

const mb = statSync(dump).size / 1048576;
console.log(`${dump}: ${mb.toFixed(1)} MB, ${report.summary.rows} rows; ${(total / 1048576).toFixed(0)} MB ${promoted ? "outlived the young generation" : "allocated"} (sampled every ${interval} bytes) = ${(total / mb / 1048576).toFixed(1)} bytes per input byte, ${report.summary.rows ? (total / report.summary.rows).toFixed(0) : "-"} bytes per row; profile ${out}`);
const show = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, bytes] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${(bytes / 1048576).toFixed(1).padStart(7)} MB  ${k}`);
};
show("allocated by stage", byStage, 10);
show("allocated by function", byFunction, top);
show("allocated by file", byFile, top);
