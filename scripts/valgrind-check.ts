// The one `dumpguard check` both instruction scripts run under valgrind (scripts/instructions.ts counts it whole,
// scripts/instructions-profile.ts by function): node under V8's `--predictable` GC schedule and a fixed semi-space, so
// that two builds are measured on the same terms, then `check DUMP --jobs 1 --format json --no-progress --output
// REPORT`, in this process (DUMPGUARD_RESPAWN=off: a large --jobs 1 check would respawn, and valgrind count the parent).
//
// At --jobs 1 also `--no-allocation-site-pretenuring`: `--predictable-gc-schedule` keeps the new space at its fixed size,
// so V8 takes every scavenge as one "at maximum size" and pretenures allocation sites whose sampled objects survived (19
// sites on realistic-20), which a real --jobs 1 run (respawned with 32 MB semi-spaces, the space still growing) does
// not: 0 sites on realistic-20, 0-5 on realistic-100 (`--trace-pretenuring-statistics`). A pretenured per-row literal
// keeps its young slices, and through them whole COPY lines, alive through two scavenges (stop 22's gc lane: 56 MB
// promoted and 6 full GCs in the measure against 15 MB and 1 in a real run), so without the flag ~6 % of the count was
// that artefact, and a change that happened to stop a site being pretenured read as a win no real run sees. At
// --jobs N > 1 (CHECK-ARGS `--jobs 2`) real runs do pretenure (16 MB semi-spaces at their maximum): the flag is left out.
import { join, resolve } from "node:path";

/** The node command line after valgrind's own options: node, its V8 flags, the CLI of `dir`, and the check. */
export function checkCommand(dir: string, dump: string, report: string, checkArgs: readonly string[], v8Flags: readonly string[] = []): string[] {
  return [
    process.execPath,
    "--predictable",
    "--predictable-gc-schedule",
    "--max-semi-space-size=32",
    ...(jobsOf(checkArgs) === 1 ? ["--no-allocation-site-pretenuring"] : []),
    ...v8Flags,
    join(resolve(dir), "dist/cli.js"),
    "check",
    dump,
    "--jobs",
    "1",
    "--format",
    "json",
    "--no-progress",
    "--output",
    report,
    ...checkArgs,
  ];
}

/** The `--jobs` the check runs with: the last one given in `checkArgs` (the CLI's own rule), else 1. */
export function jobsOf(checkArgs: readonly string[]): number {
  let jobs = 1;
  for (let i = 0; i < checkArgs.length; i++) {
    const arg = checkArgs[i]!;
    if ((arg === "--jobs" || arg === "-j") && i + 1 < checkArgs.length) jobs = Number(checkArgs[++i]);
    else if (arg.startsWith("--jobs=")) jobs = Number(arg.slice("--jobs=".length));
  }
  return jobs;
}

/** The environment of the checked process. */
export const checkEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DUMPGUARD_RESPAWN: "off" });
