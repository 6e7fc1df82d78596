// Worker threads of the built package start here (dist/worker-launch.cjs, see workerScript in run.ts): it runs
// the worker bundle (dist/worker.cjs, src/parallel/worker.ts with the engine and the rules) from V8's code cache,
// as the CLI runs its bundle (src/cli/launch.ts). Why: a worker is a new isolate that compiled the bundle's 800 KB
// from source on every start, and every function its run reached again (issue 12, the worker's start-up). The
// build writes dist/worker.cjs.v8cache from a worker that checked a small dump (tsup.config.ts); V8 rejects it
// under other V8 flags or another Node, and the worker then compiles as before.
//
// DUMPGUARD_CODE_CACHE=off skips the cache and =report says on stderr whether V8 took it (as for the CLI); DUMPGUARD_WORKER_CODE_CACHE_OUT=FILE writes the
// cache when the worker hands back its work (the build does this: the calling thread ends the worker then).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { compileBundle } from "../core/code-cache.js";

const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
const bundle = join(dirname(here), "worker.cjs");
const out = process.env.DUMPGUARD_WORKER_CODE_CACHE_OUT;
const mode = process.env.DUMPGUARD_CODE_CACHE;
const compiled = compileBundle(bundle, `${bundle}.v8cache`, mode !== "off" && !out);
if (mode === "report") process.stderr.write(`dumpguard: worker code cache ${compiled.cache} (worker.cjs.v8cache)\n`);
if (out && parentPort) {
  // The worker's reply is its last act (rule-split.ts terminates it on receipt): the cache is written just before.
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (...args: Parameters<typeof post>) => {
    writeFileSync(out, compiled.createCachedData());
    post(...args);
  };
}
compiled.run(undefined);
