// Instructions by function of one whole CLI check (issue 12): callgrind counts every instruction by address, and V8's
// perf map (`--perf-basic-prof`) names the address ranges of its compiled code, so the optimized JavaScript functions
// (`JS:*name`, with what they inline), V8's builtins and the native functions get their own instruction counts. Load
// independent, like scripts/instructions.ts (whose counts it should be read beside), where `node --cpu-prof` samples time;
// it showed, for instance, ~45 instructions per character read by `charCodeAt` from a cell string (hashToScratch, cellHints).
//
//   npx tsup --silent
//   node --import tsx scripts/instructions-profile.ts DUMP [DIR] [--top N] [--callers NAME,NAME] [--callees NAME,NAME] [--raw OUT] [-- CHECK-ARGS...]
//   e.g. node --import tsx scripts/instructions-profile.ts .bench/realistic-20.sql . --callers Builtins_LoadIC,CallApiCallback
//
// DIR/dist/cli.js runs (default `.`), as `check DUMP --jobs 1 --format json --no-progress`, under V8's `--predictable` (one
// thread) and `--no-compact-code-space` (compiled code stays where the perf map says). `--callers NAME`: the call sites of the
// functions whose name contains NAME, by calling function, with the calls' count and instructions (inclusive, and per call).
// `--callees NAME`: the calls made by the functions whose name contains NAME, by called function, the same way. A called
// function is named as a calling one is (compiled code by the perf map, native code by its symbol). ~5 minutes on
// realistic-20 (callgrind is slower than cachegrind); the raw output stays in a directory printed at the end, and
// `--raw OUT` reads that directory again (other --callers/--callees, no new run).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkCommand, checkEnv } from "./valgrind-check.js";

const argv = process.argv.slice(2);
const dashes = argv.indexOf("--");
const own = dashes === -1 ? argv : argv.slice(0, dashes);
const checkArgs = dashes === -1 ? [] : argv.slice(dashes + 1);
const option = (name: string): string | undefined => {
  const at = own.indexOf(name);
  if (at === -1) return undefined;
  const value = own[at + 1];
  own.splice(at, 2);
  return value;
};
const top = Number(option("--top") ?? 60);
const callers = (option("--callers") ?? "").split(",").filter((s) => s !== "");
const callees = (option("--callees") ?? "").split(",").filter((s) => s !== "");
const raw = option("--raw");
const [dump, dir = "."] = own;
if (!dump && raw === undefined) throw new Error("usage: scripts/instructions-profile.ts DUMP [DIR] [--top N] [--callers NAME,...] [--callees NAME,...] [--raw OUT] [-- CHECK-ARGS...]");

const out = raw ?? mkdtempSync(join(tmpdir(), "dumpguard-irprof-"));
if (raw === undefined) record(dump!);

/** Runs the check under callgrind into `out`, with the perf map beside its output. */
function record(dump: string): void {
  const run = spawnSync(
    "valgrind",
    [
      "--tool=callgrind",
      "--dump-instr=yes",
      "--compress-pos=no",
      "--compress-strings=no",
      `--callgrind-out-file=${join(out, "callgrind.out")}`,
      ...checkCommand(dir, resolve(dump), join(out, "report.json"), checkArgs, ["--perf-basic-prof", "--no-compact-code-space"]),
    ],
    { cwd: out, encoding: "utf8", env: checkEnv(), maxBuffer: 64 * 1024 * 1024 },
  );
  const pid = /==(\d+)==/.exec(run.stderr)?.[1];
  const perfMap = `/tmp/perf-${pid}.map`;
  if (!pid || !existsSync(perfMap)) throw new Error(`no callgrind run or perf map (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  copyFileSync(perfMap, join(out, "perf.map"));
}

// The perf map: `start size name` in hex, one compiled code object a line.
const ranges: { start: number; end: number; name: string }[] = [];
for (const line of readFileSync(join(out, "perf.map"), "utf8").split("\n")) {
  const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
  if (m) ranges.push({ start: parseInt(m[1]!, 16), end: parseInt(m[1]!, 16) + parseInt(m[2]!, 16), name: m[3]! });
}
ranges.sort((a, b) => a.start - b.start);
const nameAt = (address: number): string | undefined => {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= address) lo = mid + 1;
    else hi = mid - 1;
  }
  // The latest code at or below the address that holds it (code made later at a freed address is listed later).
  for (let k = hi; k >= 0 && address - ranges[k]!.start < 1 << 24; k--) if (address < ranges[k]!.end) return ranges[k]!.name;
  return undefined;
};

// callgrind's format with `positions: instr line`: cost lines `ADDRESS LINE IR` under `fn=`; a `calls=` line is followed by
// the call's own line (call site address, inclusive cost), which is not the caller's self cost.
const self = new Map<string, number>();
/** By chosen name, by the function at the other end of the calls: [calls, inclusive instructions]. */
const byCaller = new Map<string, Map<string, [number, number]>>(callers.map((c) => [c, new Map()]));
const byCallee = new Map<string, Map<string, [number, number]>>(callees.map((c) => [c, new Map()]));
let fn = "";
let callee = "";
let calls = -1;
let total = 0;
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const addCalls = (map: Map<string, [number, number]>, key: string, count: number, n: number) => {
  const known = map.get(key);
  if (known === undefined) map.set(key, [count, n]);
  else {
    known[0] += count;
    known[1] += n;
  }
};
const native = (symbol: string) => `[native] ${symbol.split("(")[0]!.slice(0, 100)}`;
const where = (address: number): string => (fn === "???" || fn.startsWith("0x") ? (nameAt(address) ?? "[unknown code]") : native(fn));
/** A called function: compiled code by its entry address (callgrind names it by that address), native code by its symbol. */
const calledName = (cfn: string): string => (cfn.startsWith("0x") ? (nameAt(parseInt(cfn, 16)) ?? "[unknown code]") : native(cfn));
for (const line of readFileSync(join(out, "callgrind.out"), "utf8").split("\n")) {
  if (calls >= 0) {
    const [address, , ir] = line.split(" ");
    const n = Number(ir ?? 0);
    if (callers.length > 0 || callees.length > 0) {
      const to = calledName(callee);
      const from = where(parseInt(address!, 16));
      for (const c of callers) if (to.includes(c)) addCalls(byCaller.get(c)!, from, calls, n);
      for (const c of callees) if (from.includes(c)) addCalls(byCallee.get(c)!, to, calls, n);
    }
    calls = -1;
  } else if (line.startsWith("fn=")) fn = line.slice(3);
  else if (line.startsWith("cfn=")) callee = line.slice(4);
  else if (line.startsWith("calls=")) calls = Number(line.slice(6).split(" ")[0]);
  else if (line.startsWith("0x")) {
    const [address, , ir] = line.split(" ");
    const n = Number(ir ?? 0);
    total += n;
    add(self, where(parseInt(address!, 16)), n);
  }
}

const row = (n: number, name: string) => `${((n / total) * 100).toFixed(2).padStart(6)} %  ${(n / 1e6).toFixed(1).padStart(8)} M  ${name.slice(0, 140)}`;
const callRow = ([count, n]: [number, number], name: string) =>
  `${((n / total) * 100).toFixed(2).padStart(6)} %  ${(n / 1e6).toFixed(1).padStart(8)} M  ${String(count).padStart(9)} calls  ${Math.round(n / Math.max(count, 1)).toString().padStart(8)} a call  ${name.slice(0, 120)}`;
process.stdout.write(`${dump ?? out}, check --jobs 1${checkArgs.map((a) => ` ${a}`).join("")}: ${(total / 1e9).toFixed(3)} G instructions (callgrind; self, by function)\n`);
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${row(n, name)}\n`);
for (const [title, chosen] of [
  ["calls of *%*, by calling function (inclusive)", byCaller],
  ["calls made by *%*, by called function (inclusive)", byCallee],
] as const) {
  for (const [c, map] of chosen) {
    process.stdout.write(`\n${title.replace("%", c)}:\n`);
    for (const [name, counts] of [...map].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15)) process.stdout.write(`${callRow(counts, name)}\n`);
  }
}
process.stdout.write(`\nraw: ${out}\n`);
