// dist/cli.js runs this (built to dist/cli-launch.cjs): it runs the CLI bundle (dist/cli-bundle.cjs,
// src/cli/main.ts with zod and the rest of dumpguard in one CommonJS file) from V8's code cache.
//
// Why (issue 12, start-up <= 200 ms): as an ES module the CLI's 1.5 MB of JavaScript is parsed and
// compiled on every start, a third of the start-up CPU, and Node 20 has no compile cache for it
// (module.enableCompileCache is Node >= 22.1). A vm.Script takes V8's cached code: the build runs the
// CLI once on a small dump and stores the code V8 compiled (dist/cli-bundle.cjs.v8cache, see
// tsup.config.ts). V8 checks the cache against its own version, flags and the source; a cache it
// rejects (another Node, other V8 flags) or a missing one only means compiling as before. The child node
// that checks a large file (src/cli/respawn.ts) runs under a V8 flag, so it has a cache of its own
// (dist/cli-bundle.cjs.young.v8cache, src/cli/young-generation.ts): with the other, it compiled the
// CLI again, ~40 ms CPU and ~80 ms wall per large check.
//
// `check FILE --jobs 1` of a large file is handed to the child node at once, before the bundle is loaded here:
// this process then only waits for the child (src/cli/respawn.ts), and loading and starting the CLI first was
// start-up the check paid for nothing (~50 ms CPU and wall before the child started). Any other command line, or
// one parseCommand refuses, goes to the bundle, which decides as before (--jobs from a config file or the default,
// every message): the child gets the same arguments, so it says and exits what this process would have.
//
// DUMPGUARD_CODE_CACHE=off skips the cache; DUMPGUARD_CODE_CACHE=report says on stderr whether V8
// took it; DUMPGUARD_CODE_CACHE_OUT=FILE writes the cache after the run (the build does this).
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compileBundle } from "../core/code-cache.js";
import { parseCommand } from "./args.js";
import { respawn, shouldRespawn } from "./respawn.js";
import { codeCacheFile } from "./young-generation.js";

function runBundle(): void {
  const bundle = join(__dirname, "cli-bundle.cjs");
  const cacheFile = codeCacheFile(bundle, process.execArgv);
  const mode = process.env.DUMPGUARD_CODE_CACHE;
  const out = process.env.DUMPGUARD_CODE_CACHE_OUT;
  const compiled = compileBundle(bundle, cacheFile, mode !== "off" && !out);
  if (mode === "report") process.stderr.write(`dumpguard: code cache ${compiled.cache} (${basename(cacheFile)})\n`);
  if (out) process.once("exit", () => writeFileSync(out, compiled.createCachedData()));
  compiled.run(module);
}

/** The child's exit code when this command line is a check of a large file at an explicit --jobs 1 (undefined from respawn: it could not start); else undefined. */
function checkedInChild(argv: string[]): Promise<number | undefined> | undefined {
  try {
    const command = parseCommand(argv);
    return command.command === "check" && command.jobs === 1 && shouldRespawn(command.input, 1) ? respawn(argv) : undefined;
  } catch {
    // A usage error: the bundle says it.
    return undefined;
  }
}

const child = checkedInChild(process.argv.slice(2));
if (child === undefined) runBundle();
// A child that could not start: the bundle checks here (its own respawn fails the same way first).
else void child.then((code) => (code === undefined ? runBundle() : void (process.exitCode = code)));
