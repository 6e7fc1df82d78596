// The one `dumpguard check` both instruction scripts run under valgrind (scripts/instructions.ts counts it whole,
// scripts/instructions-profile.ts by function): node under V8's `--predictable` GC schedule and a fixed semi-space, so
// that two builds are measured on the same terms, then `check DUMP --jobs 1 --format json --no-progress --output
// REPORT`, in this process (DUMPGUARD_RESPAWN=off: a large --jobs 1 check would respawn, and valgrind count the parent).
import { join, resolve } from "node:path";

/** The node command line after valgrind's own options: node, its V8 flags, the CLI of `dir`, and the check. */
export function checkCommand(dir: string, dump: string, report: string, checkArgs: readonly string[], v8Flags: readonly string[] = []): string[] {
  return [
    process.execPath,
    "--predictable",
    "--predictable-gc-schedule",
    "--max-semi-space-size=32",
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

/** The environment of the checked process. */
export const checkEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DUMPGUARD_RESPAWN: "off" });
