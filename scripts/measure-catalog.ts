/**
 * Measure the catalog build (not a test): `npx tsx scripts/measure-catalog.ts [dump.sql ...]`.
 * Without arguments: the catalog fixture dump, and a synthetic schema of 200 copies of it
 * (each copy renamed into its own schema) to see how the build scales with DDL volume.
 * Prints statements per kind (parser / recognizer / skipped / unrecognized) and build time.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { catalogFromEvents } from "../src/catalog/from-events.js";
import { lexString } from "../src/lexer/lexer.js";

const fixture = fileURLToPath(new URL("../test/catalog/fixtures/catalog-kitchen.schema-only.sql", import.meta.url));

async function measure(label: string, text: string, useParser = true) {
  const events = lexString(text);
  const statements = events.filter((e) => e.kind === "statement").length;
  const runs = 3;
  let best = Infinity;
  let result!: ReturnType<typeof catalogFromEvents>;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = catalogFromEvents(events, { useParser });
    best = Math.min(best, performance.now() - t0);
  }
  const totals = Object.values(result.parseCounts).reduce((a, c) => ({ parser: a.parser + c.parser, recognizer: a.recognizer + c.recognizer, skipped: a.skipped + c.skipped, unrecognized: a.unrecognized + c.unrecognized }), { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0 });
  console.log(`\n${label}: ${(text.length / 1e6).toFixed(2)} MB, ${statements} statements, ${result.catalog.tables().length} tables; catalog build best of ${runs}: ${best.toFixed(1)} ms (parser ${useParser ? "on" : "off"})`);
  console.log(`  totals: ${JSON.stringify(totals)}`);
  if (useParser) for (const [kind, c] of Object.entries(result.parseCounts)) console.log(`  ${kind.padEnd(26)} parser ${String(c.parser).padStart(5)}  recognizer ${String(c.recognizer).padStart(5)}  skipped ${String(c.skipped).padStart(6)}  unrecognized ${c.unrecognized}`);
}

const paths = process.argv.slice(2);
if (paths.length > 0) {
  for (const path of paths) {
    await measure(path, readFileSync(path, "utf8"));
    await measure(path, readFileSync(path, "utf8"), false);
  }
} else {
  const text = readFileSync(fixture, "utf8");
  await measure("fixture catalog-kitchen.schema-only", text);
  // Synthetic volume: the same DDL in 200 schemas (app -> app_N, public -> s_N).
  const copies = Array.from({ length: 200 }, (_, n) => text.replaceAll("public.", `s_${n}.`).replaceAll("app.", `app_${n}.`).replaceAll("CREATE SCHEMA app;", `CREATE SCHEMA app_${n};`)).join("\n");
  await measure("synthetic 200 x fixture schema", copies);
  await measure("synthetic 200 x fixture schema", copies, false);
}
