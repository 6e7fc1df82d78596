/**
 * Measure the catalog (not a test): `npx tsx scripts/measure-catalog.ts [--quick]`.
 *
 * 1. Per statement kind, over every plain dump of the corpus, for each pg_dump major
 *    (corpus/dumps = 15, corpus/dumps-pg18 = 18): how many statements went through
 *    pgsql-ast-parser and how many through a recognizer by default (recognizers first, the
 *    parser only where none claims a statement), beside what the parser-first order would do.
 * 2. Statement throughput: a generated schema-only dump (scripts/generate-schema-dump.ts, 3,000
 *    tables with sequences, constraints, indexes, functions, grants, comments), catalog alone and
 *    the whole `analyze` with every rule on; and trivial `SELECT 1;` statements through `analyze`.
 *    Wall time and CPU time are both printed: on a shared machine CPU time is the steadier figure.
 * 3. Catalog memory: heap kept per table after building the catalog of 100,000 small tables.
 *
 * `--quick` uses a tenth of the sizes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { analyze } from "../src/analyze.js";
import { CatalogBuilder, type ParserMode } from "../src/catalog/build.js";
import type { ParseCounts } from "../src/catalog/catalog-state.js";
import { catalogFromEvents } from "../src/catalog/from-events.js";
import { lexString, SqlLexer } from "../src/lexer/lexer.js";
import { generateSchemaDump } from "./generate-schema-dump.js";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const quick = process.argv.includes("--quick");
const scale = quick ? 0.1 : 1;
const ROOT = fileURLToPath(new URL("../", import.meta.url));

function countsOver(files: string[], parser: ParserMode): Map<string, ParseCounts> {
  const total = new Map<string, ParseCounts>();
  for (const file of files) {
    const { parseCounts } = catalogFromEvents(lexString(readFileSync(file, "utf8")), { parser });
    for (const [kind, c] of Object.entries(parseCounts)) {
      const t = total.get(kind) ?? { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0 };
      t.parser += c.parser;
      t.recognizer += c.recognizer;
      t.skipped += c.skipped;
      t.unrecognized += c.unrecognized;
      total.set(kind, t);
    }
  }
  return total;
}

function perKind(major: string, dir: string): void {
  if (!existsSync(dir)) {
    console.log(`\npg_dump ${major}: ${dir} not found`);
    return;
  }
  const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().flatMap((db) => readdirSync(`${dir}/${db}`).filter((f) => f.endsWith(".sql")).map((f) => `${dir}/${db}/${f}`));
  const byDefault = countsOver(files, "fallback");
  const parserFirst = countsOver(files, "first");
  console.log(`\npg_dump ${major}: ${files.length} plain dumps in ${dir.slice(ROOT.length)}; statements per kind`);
  console.log(`  ${"kind".padEnd(28)} ${"default: parser".padStart(15)} ${"recognizer".padStart(10)} ${"skipped".padStart(8)} ${"unrecog.".padStart(8)}   ${"parser-first: parser".padStart(20)} ${"recognizer".padStart(10)}`);
  let sum = { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0, firstParser: 0, firstRecognizer: 0 };
  for (const [kind, c] of [...byDefault].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const f = parserFirst.get(kind) ?? { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0 };
    console.log(`  ${(kind || "(none)").padEnd(28)} ${String(c.parser).padStart(15)} ${String(c.recognizer).padStart(10)} ${String(c.skipped).padStart(8)} ${String(c.unrecognized).padStart(8)}   ${String(f.parser).padStart(20)} ${String(f.recognizer).padStart(10)}`);
    sum = { parser: sum.parser + c.parser, recognizer: sum.recognizer + c.recognizer, skipped: sum.skipped + c.skipped, unrecognized: sum.unrecognized + c.unrecognized, firstParser: sum.firstParser + f.parser, firstRecognizer: sum.firstRecognizer + f.recognizer };
  }
  console.log(`  ${"total".padEnd(28)} ${String(sum.parser).padStart(15)} ${String(sum.recognizer).padStart(10)} ${String(sum.skipped).padStart(8)} ${String(sum.unrecognized).padStart(8)}   ${String(sum.firstParser).padStart(20)} ${String(sum.firstRecognizer).padStart(10)}`);
}

/** Wall and CPU milliseconds of one run. */
async function timed(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en-US")}/s`;

async function throughput(): Promise<void> {
  const tables = Math.round(3000 * scale);
  const text = generateSchemaDump(tables);
  const events = lexString(text);
  const statements = events.filter((e) => e.kind === "statement").length;
  await analyze(generateSchemaDump(100)); // warm up the JIT and the lazy modules
  console.log(`\ngenerated schema-only dump: ${tables} tables, ${statements} statements, ${(text.length / 1e6).toFixed(1)} MB`);
  const catalog = await timed(() => catalogFromEvents(events));
  console.log(`  catalog alone (recognizers first):  ${rate(statements, catalog.wall)} wall, ${rate(statements, catalog.cpu)} CPU`);
  const whole = await timed(() => analyze(text));
  console.log(`  analyze, every rule on:             ${rate(statements, whole.wall)} wall, ${rate(statements, whole.cpu)} CPU`);
  const smallEvents = lexString(generateSchemaDump(Math.round(300 * scale)));
  const smallStatements = smallEvents.filter((e) => e.kind === "statement").length;
  const first = await timed(() => catalogFromEvents(smallEvents, { parser: "first" }));
  console.log(`  catalog, pgsql-ast-parser first (${smallStatements} statements): ${rate(smallStatements, first.wall)} wall, ${rate(smallStatements, first.cpu)} CPU`);

  for (const n of [100_000, 200_000, 400_000].map((x) => Math.round(x * scale))) {
    const trivial = "SELECT 1;\n".repeat(n);
    const t = await timed(() => analyze(trivial));
    console.log(`  trivial SELECT 1; x ${n} through analyze: ${rate(n, t.wall)} wall, ${rate(n, t.cpu)} CPU`);
  }
}

/** Heap kept by the finished catalog of `tables` small tables (CREATE TABLE, owner, one COPY row, primary key). */
function memory(): void {
  const tables = Math.round(100_000 * scale);
  const builder = new CatalogBuilder();
  gc();
  const before = process.memoryUsage().heapUsed;
  const lexer = new SqlLexer((e) => {
    if (e.kind === "statement") builder.statement({ ...e, statementKind: "" });
  });
  // Written in chunks as a file would be read, so no whole-input string stays alive.
  for (let i = 0; i < tables; i++)
    lexer.write(`CREATE TABLE public.t_${i} (\n    id integer NOT NULL,\n    name text,\n    created_at timestamp with time zone DEFAULT now()\n);\n\nALTER TABLE public.t_${i} OWNER TO app;\n\nALTER TABLE ONLY public.t_${i}\n    ADD CONSTRAINT t_${i}_pkey PRIMARY KEY (id);\n\n`);
  lexer.end();
  const catalog = builder.build();
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  console.log(`\ncatalog memory: ${catalog.tables().length} small tables (3 columns, a default, a primary key, an owner): ${Math.round(kept / tables)} bytes of heap per table (${(kept / 1e6).toFixed(0)} MB), RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

perKind("15", `${ROOT}corpus/dumps`);
perKind("18", `${ROOT}corpus/dumps-pg18`);
await throughput();
memory();
