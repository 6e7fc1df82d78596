// CPU profile of one analysis: runs it under `node --cpu-prof` in a child process and prints the
// functions and source files with the most self time.
//
//   node --import tsx scripts/profile.ts DUMP [--only RULE,RULE] [--top N]
//   node --import tsx scripts/profile.ts --cli check DUMP ...   the built CLI (dist/cli.js), start-up included
//
// The raw profile stays in a directory of its own under .bench/profiles/ (open it in Chrome DevTools or speedscope).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);

if (args[0] === "--child") {
  const { analyze } = await import("../src/analyze.js");
  const only = args[2] ? args[2].split(",") : undefined;
  // jobs 1: a file of 8 MiB or more would otherwise go to worker threads, and this thread's profile would miss the rules.
  const report = await analyze({ path: args[1]! }, { jobs: 1, ...(only ? { onlyRules: only } : {}) });
  process.stdout.write(`${report.summary.rows} rows, ${report.findings.length} findings\n`);
} else {
  const cli = args[0] === "--cli" ? args.slice(1) : undefined;
  // --top is this script's own: not passed on to the CLI (which would stop at once with a usage error).
  if (cli?.includes("--top")) cli.splice(cli.indexOf("--top"), 2);
  const dump = cli ? cli.find((a) => !a.startsWith("-") && a !== "check") : args[0];
  if (!dump) throw new Error("usage: scripts/profile.ts DUMP [--only RULE,RULE] [--top N] | --cli check DUMP ...");
  const only = (args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined) ?? "";
  const top = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 30;
  // A directory of this run's own: .bench/profiles may be shared (a symlink to main's), and the first
  // new profile there could be another process's.
  mkdirSync(`${root}.bench/profiles`, { recursive: true });
  const dir = mkdtempSync(`${root}.bench/profiles/cpu-`);
  const t0 = Date.now();
  const childArgs = cli ? [`${root}dist/cli.js`, ...cli] : ["--import", "tsx", fileURLToPath(import.meta.url), "--child", dump, only];
  try {
    execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...childArgs], { stdio: cli ? "ignore" : "inherit" });
  } catch (error) {
    // `check` exits 1 when it finds something; the profile is written all the same. Any other status
    // (2: a usage error or unreadable input) means the profile is of a run that did not check the dump.
    const status = (error as { status?: number }).status;
    if (status !== 1) throw new Error(`the profiled run exited with status ${status}: its profile is not of a check`);
  }
  const seconds = (Date.now() - t0) / 1000;
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
  const profile = JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const short = url.replace(/^file:\/\//, "").replace(root, "").replace(/^.*node_modules\//, "node_modules/");
    const fn = `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const f = short || functionName;
    byFile.set(f, (byFile.get(f) ?? 0) + us);
  }
  const show = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  const mb = statSync(dump).size / 1048576;
  console.log(`\n${dump}: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s wall (${(mb / seconds).toFixed(1)} MB/s, start-up included); profile ${dir}/${file}`);
  show("self time by function", byFunction);
  show("self time by file", byFile);
}
