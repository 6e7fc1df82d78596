// Reports of every corpus dump, written to a directory: run before and after a change that must not
// change any answer (a speed-up), then `diff -r BEFORE AFTER`.
//
//   node --import tsx scripts/report-snapshot.ts OUT_DIR
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { analyze } from "../src/analyze.js";
import { formatJson } from "../src/report/format-json.js";

const out = process.argv[2];
if (!out) throw new Error("usage: scripts/report-snapshot.ts OUT_DIR");
mkdirSync(out, { recursive: true });
for (const db of readdirSync("corpus/dumps").sort()) {
  for (const file of readdirSync(`corpus/dumps/${db}`).sort()) {
    if (!file.endsWith(".sql") && !file.endsWith(".sql.gz")) continue;
    const path = `corpus/dumps/${db}/${file}`;
    const report = await analyze({ path }, { spec: "schemas/birth-surface.spec.json", jobs: 1 });
    writeFileSync(`${out}/${db}--${file}.json`, formatJson(report));
  }
}
