// The V8 flag of the child node that checks a large file (src/cli/respawn.ts), in a module of its own:
// src/cli/launch.ts reads it too, before the CLI bundle is loaded, to take the code cache compiled
// under it (V8 rejects a cache made under other flags).

/** Semi-spaces of 32 MB (V8's default on 64-bit machines is 16); 64 and 128 measured no better. */
export const YOUNG_GENERATION_FLAG = "--max-semi-space-size=32";

/** The CLI bundle's code cache for a node started with `execArgv` (`bundle` is its path). */
export function codeCacheFile(bundle: string, execArgv: readonly string[]): string {
  return execArgv.length === 1 && execArgv[0] === YOUNG_GENERATION_FLAG ? `${bundle}.young.v8cache` : `${bundle}.v8cache`;
}
