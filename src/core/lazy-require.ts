import { createRequire } from "node:module";

// The CommonJS build has `__filename`, the ES module build `import.meta.url`; both resolve from dist/.
// (Not `typeof require`: the bundler replaces `require` in an ES module with a stub that throws.)
const requireFromHere: NodeJS.Require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);

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
