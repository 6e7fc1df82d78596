import { createRequire } from "node:module";

declare const require: NodeJS.Require | undefined;

// The CommonJS build has `require`; the ES module build makes one. Both resolve from dist/.
const requireFromHere: NodeJS.Require = typeof require === "function" ? require : createRequire(import.meta.url);

/**
 * A dependency loaded on first use instead of at start-up. pgsql-ast-parser, libphonenumber-js and
 * tldts each take tens of milliseconds to load, and a run that never meets a statement the
 * recognizers cannot read, a phone-shaped cell or a host name does not need them (issue 12:
 * `dumpguard check` on a small dump within 200 ms). Loading is synchronous, so callers stay synchronous.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(id) as T);
}
