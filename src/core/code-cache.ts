import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** A CommonJS bundle compiled, from V8's code cache when V8 took it, not yet run. */
export interface CompiledBundle {
  /** "accepted" or "rejected" by V8; "missing": no cache file (or none offered). */
  readonly cache: "accepted" | "rejected" | "missing";
  /** V8's code for what has been compiled so far: after a run, also every function the run compiled lazily. */
  createCachedData(): Buffer;
  /** Run the bundle as Node runs a CommonJS file: its own module, `require` resolving from its folder. */
  run(parent: Module | undefined): void;
}

/**
 * Compile the CommonJS file `bundle` with the code cache `cacheFile` (when `useCache`). Used by the CLI's
 * launcher (src/cli/launch.ts) and the worker threads' (src/parallel/worker-launch.ts): Node 20 has no compile
 * cache for files it loads itself (module.enableCompileCache is Node >= 22.1), a vm.Script takes V8's cached
 * code. V8 checks the cache against its own version, flags and the source; a cache it rejects or a missing
 * one only means compiling as Node would.
 */
export function compileBundle(bundle: string, cacheFile: string, useCache: boolean): CompiledBundle {
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      /* no cache: compile */
    }
  }
  const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  return {
    cache: cachedData ? (script.cachedDataRejected ? "rejected" : "accepted") : "missing",
    createCachedData: () => script.createCachedData(),
    run: (parent) => {
      const bundleModule = new Module(bundle, parent);
      bundleModule.filename = bundle;
      const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
      wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
    },
  };
}
