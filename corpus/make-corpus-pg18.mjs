#!/usr/bin/env node
// The pg_dump 18 leg of the corpus: the same SQL sources, loaded into PostgreSQL 18 running in
// WebAssembly (@electric-sql/pglite), dumped by its pg_dump (@electric-sql/pglite-tools), and the
// live catalog of the same engine read through the same corpus/truth.sql.
//
//   node corpus/make-corpus-pg18.mjs [NAME...]     write corpus/dumps-pg18/NAME/*.sql and corpus/truth-pg18/NAME.json
//   node corpus/make-corpus-pg18.mjs --check       rebuild every truth file and diff it against the committed one
//
// Needs nothing but npm packages (no server, no network): it runs wherever `npm ci` ran.
// A source "loads" when every statement runs in PGlite; sources that do not (psql-only features,
// extensions PGlite does not ship such as postgres_fdw and dblink, cluster-wide roles and
// subscriptions) are listed in corpus/dumps-pg18/SKIPPED.txt with the first error, never dumped.
// Sources whose first lines say `-- corpus: pg18-only` are for this leg only (PostgreSQL 18 syntax).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const named = args.filter((a) => !a.startsWith("--"));

// Every plain variant pglite-tools' pg_dump can write. It always adds `--inserts` (its pg_dump has no
// COPY channel back to the file), so there is no COPY variant: `plain` is what `inserts` is, and the
// other variants carry INSERTs too (their file names say so). It also strips the `\restrict` lines.
// Its custom format (-Fc) is not made: pglite-tools returns the output as text (a string run through
// a regular expression), which mangles a binary archive.
const VARIANTS = {
  inserts: [],
  "column-inserts": ["--column-inserts"],
  "schema-only": ["--schema-only"],
  "data-only-inserts": ["--data-only"],
  "quote-all-identifiers-inserts": ["--quote-all-identifiers"],
  "no-owner-no-privileges-inserts": ["--no-owner", "--no-privileges"],
};
/** A source's variant (corpus: variants=...) as this leg names it. */
const ALIAS = { plain: "inserts", "data-only": "data-only-inserts", "quote-all-identifiers": "quote-all-identifiers-inserts", "no-owner-no-privileges": "no-owner-no-privileges-inserts" };

/** The variants a source asks for (`-- corpus: variants=...`), limited to what pg_dump alone makes. */
function variantsOf(text) {
  const line = text.split("\n").slice(0, 5).find((l) => l.startsWith("-- corpus: variants="));
  const wanted = line ? line.slice("-- corpus: variants=".length).split(",").map((v) => ALIAS[v.trim()] ?? v.trim()) : Object.keys(VARIANTS);
  return [...new Set(wanted.filter((v) => v in VARIANTS))];
}

/** psql's `\ir file` inlined (the sources use it for shared parts); other meta-commands are psql's, not SQL. */
function inlineIncludes(text, dir, depth = 0) {
  return text
    .split("\n")
    .map((line) => {
      const include = /^\\ir?\s+(\S+)\s*$/.exec(line);
      if (include && depth < 8) return inlineIncludes(readFileSync(join(dir, include[1]), "utf8"), dir, depth + 1);
      return line.startsWith("\\") ? "" : line;
    })
    .join("\n");
}

/** PGlite ships contrib extensions as separate bundles: load the ones a source creates. */
async function extensionsFor(sql) {
  const wanted = new Set([...sql.matchAll(/CREATE EXTENSION (?:IF NOT EXISTS )?"?([a-z_0-9]+)/gi)].map((m) => m[1].toLowerCase()));
  const available = new Set(readdirSync(join(here, "../node_modules/@electric-sql/pglite/dist/contrib")).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3)));
  const extensions = {};
  for (const name of wanted) {
    const module = name.replaceAll("-", "_");
    if (!available.has(module)) throw new Error(`extension ${name} is not shipped with PGlite`);
    extensions[module] = (await import(`@electric-sql/pglite/contrib/${module}`))[module];
  }
  return extensions;
}

const stable = (value) => JSON.stringify(value, null, 2) + "\n";

const sourcesDir = join(here, "sources");
const all = readdirSync(sourcesDir)
  .filter((f) => f.endsWith(".sql") && !/\.(globals|include)\.sql$/.test(f) && !f.startsWith("_"))
  .map((f) => f.slice(0, -4))
  .sort();
const names = named.length > 0 ? named : all;
const truthSql = readFileSync(join(here, "truth.sql"), "utf8");
const dumpsDir = join(here, "dumps-pg18");
const truthDir = join(here, "truth-pg18");
mkdirSync(dumpsDir, { recursive: true });
mkdirSync(truthDir, { recursive: true });

const skipped = existsSync(join(dumpsDir, "SKIPPED.txt")) && named.length > 0 ? readFileSync(join(dumpsDir, "SKIPPED.txt"), "utf8").split("\n").filter((l) => l && !names.some((n) => l.startsWith(`${n}:`))) : [];
let failed = false;
const inLeg = (name) => existsSync(join(truthDir, `${name}.json`));
for (const name of names) {
  const started = Date.now();
  if (check && named.length === 0 && !inLeg(name)) {
    // A source added since the leg was last made (or one that does not load): say so, do not fail CI for it.
    console.error(`corpus-pg18: ${name}: not in the pg18 leg (no truth-pg18/${name}.json); add it with: node corpus/make-corpus-pg18.mjs ${name}`);
    continue;
  }
  const raw = readFileSync(join(sourcesDir, `${name}.sql`), "utf8");
  let pg;
  try {
    const sql = inlineIncludes(raw, sourcesDir);
    // One PGlite instance per source, as make-corpus.sh starts one cluster per source: NAME.globals.sql
    // (roles) runs first and leaks into no other source.
    const globals = existsSync(join(sourcesDir, `${name}.globals.sql`)) ? inlineIncludes(readFileSync(join(sourcesDir, `${name}.globals.sql`), "utf8"), sourcesDir) : "";
    pg = await PGlite.create({ extensions: await extensionsFor(globals + sql) });
    if (globals) await pg.exec(globals);
    await pg.exec(sql);
  } catch (err) {
    const why = String(err?.message ?? err).split("\n")[0];
    skipped.push(`${name}: does not load in PostgreSQL 18 (PGlite): ${why}`);
    if (!check) console.error(`corpus-pg18: ${name}: skipped: ${why}`);
    await pg?.close().catch(() => {});
    continue;
  }
  const result = await pg.exec(truthSql);
  const json = result.at(-1).rows[0];
  // pglite-tools' pgDump restores the session's search_path afterwards and cannot quote an empty one.
  await pg.exec("RESET search_path;");
  const truth = stable(JSON.parse(Object.values(json)[0]));
  if (check) {
    const committed = existsSync(join(truthDir, `${name}.json`)) ? readFileSync(join(truthDir, `${name}.json`), "utf8") : "";
    if (committed !== truth) {
      console.error(`corpus-pg18: ${name}: live truth differs from corpus/truth-pg18/${name}.json`);
      failed = true;
    } else console.error(`corpus-pg18: ${name}: truth matches (${Math.round((Date.now() - started) / 1000)} s)`);
  } else {
    writeFileSync(join(truthDir, `${name}.json`), truth);
    const out = join(dumpsDir, name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const variant of variantsOf(raw)) {
      // pglite-tools warns that it changed search_path whenever it compares its own object to a string.
      const warn = console.warn;
      console.warn = (...a) => (String(a[0]).includes("search_path has been changed") ? undefined : warn(...a));
      const file = await pgDump({ pg, args: VARIANTS[variant], fileName: `${variant}.sql` }).finally(() => (console.warn = warn));
      writeFileSync(join(out, `${variant}.sql`), await file.text());
    }
    console.error(`corpus-pg18: ${name}: ${readdirSync(out).join(" ")} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await pg.close();
}
if (!check) writeFileSync(join(dumpsDir, "SKIPPED.txt"), [...new Set(skipped)].sort().join("\n") + "\n");
if (check) {
  for (const file of readdirSync(truthDir)) if (!all.includes(file.replace(/\.json$/, ""))) (console.error(`corpus-pg18: truth-pg18/${file} has no source`), (failed = true));
  console.log(failed ? "corpus pg18 check FAILED: regenerate with 'node corpus/make-corpus-pg18.mjs NAME' and review the truth diff" : `corpus pg18 check passed: ${names.length} sources`);
  process.exit(failed ? 1 : 0);
}
