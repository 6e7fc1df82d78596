import { createRequire } from "node:module";
import { dirname, join } from "node:path";

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

/**
 * One file of an installed package that its `exports` do not list, found beside the package's package.json
 * and loaded on first use (a module of a library without the library's entry point, which loads all of it);
 * undefined when the file is not there (another version's layout): the caller then loads the entry point.
 */
export function lazyRequirePackageFile<T>(pkg: string, file: string): () => T | undefined {
  let loaded: { module: T | undefined } | undefined;
  return () => {
    if (loaded === undefined) {
      try {
        loaded = { module: requireFromHere(join(dirname(requireFromHere.resolve(`${pkg}/package.json`)), file)) as T };
      } catch {
        loaded = { module: undefined };
      }
    }
    return loaded.module;
  };
}
