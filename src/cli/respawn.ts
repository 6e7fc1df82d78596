// `dumpguard check` of a large file at --jobs 1 runs in a child node with a larger young generation.
//
// Why (issue 12, per-core speed): on a large dump the rules keep many objects alive for a few thousand
// rows (a block's lines and values, memo and tally entries). With V8's default 16 MB semi-space most of
// them outlive two scavenges and are promoted, then collected by full collections: on realistic-100
// (all rules, --jobs 1) 139 MB promoted, 93 scavenges and 8 full collections against 18 MB, 56 and 2
// with 32 MB semi-spaces, for 6 % less CPU on the checking thread and 13 % less in all, RSS unchanged
// (pipeline's measurement, README; `npm run bench` part `young-gen` measures it every run). The size of
// the young generation is fixed when node starts (v8.setFlagsFromString has no effect on it), so the
// CLI starts node again with the flag. Only where it pays and costs no memory:
// - `check` of a regular file of RESPAWN_MIN_BYTES or more (not stdin: a child could not read it
//   again, and not small files: the second start, ~40 ms, would cost more than the collections save;
//   the child takes a code cache the build compiled under its flag, src/cli/young-generation.ts);
// - at --jobs 1 (the CLI's, the config file's, or the default's: 1 on one core or under 8 MB, src/parallel/rule-split.ts
//   defaultJobs; a file of 8 MB or more on two cores is split by rule instead): at --jobs 2 the calling thread's larger young
//   generation costs RSS the worker needs (realistic-500: 325 against 270 MB; the target is 300);
// - unless a --max-semi-space-size is given already (the user's choice wins) or DUMPGUARD_RESPAWN=off.
// The child gets the same arguments, standard streams and environment, and its exit code (or signal)
// is the CLI's; SIGINT, SIGTERM and SIGHUP sent to this process are passed on to it. This process waits
// with ~70 MB RSS (node and the loaded CLI): the process tree's peak is ~70 MB above one process's. If the child
// cannot be started, the check runs here as before. DUMPGUARD_RESPAWN=report says on stderr which.
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { YOUNG_GENERATION_FLAG } from "./young-generation.js";

/** Files of 64 MiB or more: a check of them takes seconds, so the second start is lost in the gain. */
export const RESPAWN_MIN_BYTES = 64 * 1024 * 1024;
export { YOUNG_GENERATION_FLAG };
const OFF = "DUMPGUARD_RESPAWN";

/** Whether this `check` should run in a child node with YOUNG_GENERATION_FLAG (see the file's comment). */
export function shouldRespawn(input: string, jobs: number, env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): boolean {
  if (env[OFF] === "off" || jobs !== 1 || input === "-") return false;
  if (execArgv.some((a) => a.startsWith("--max-semi-space-size")) || /--max-semi-space-size/.test(env.NODE_OPTIONS ?? "")) return false;
  const minBytes = Number(env.DUMPGUARD_RESPAWN_MIN_BYTES ?? RESPAWN_MIN_BYTES);
  try {
    const stat = statSync(input);
    return stat.isFile() && stat.size >= minBytes;
  } catch {
    // Unreadable: said by the check itself, here.
    return false;
  }
}

/**
 * Run this CLI again in a child node with YOUNG_GENERATION_FLAG and the same arguments; resolves to its
 * exit code, or undefined when it could not be started (then check here). A child ended by a signal
 * ends this process by the same signal.
 */
export function respawn(argv: readonly string[]): Promise<number | undefined> {
  const script = process.argv[1];
  if (script === undefined) return Promise.resolve(undefined);
  const report = process.env[OFF] === "report";
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION_FLAG, script, ...argv], {
      stdio: "inherit",
      // The child must not start a third node.
      env: { ...process.env, [OFF]: "off" },
    });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const pass = (signal: NodeJS.Signals) => void child.kill(signal);
    let started = false;
    child.once("spawn", () => {
      started = true;
      // Passed on before anything is said: a signal sent on seeing the line below must find the handler (it did not, under load).
      for (const s of signals) process.on(s, pass);
      if (report) process.stderr.write(`dumpguard: checking in a child node (pid ${child.pid}) with ${YOUNG_GENERATION_FLAG}\n`);
    });
    child.once("error", () => {
      // Not started (no process slot, no memory): check here. Once started, `exit` follows any error.
      if (!started) resolve(undefined);
    });
    child.once("exit", (code, signal) => {
      for (const s of signals) process.off(s, pass);
      if (signal !== null) {
        process.kill(process.pid, signal);
        return;
      }
      resolve(code ?? 2);
    });
  });
}
