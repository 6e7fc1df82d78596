import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CatalogBuilder } from "../../src/catalog/build.js";
import { lexString } from "../../src/lexer/lexer.js";
import { statementKind } from "../../src/lexer/statement-kind.js";

// Issue 13: nothing pg_dump writes is silently passed over. Every statement of every corpus dump
// (both pg_dump majors) is claimed by pgsql-ast-parser or a recognizer, or is one of the few forms
// that carry nothing for the catalog and are read elsewhere (session settings, transaction
// control, INSERT rows that the data layer decodes, REFRESH of a materialized view's data).
const CARRIES_NOTHING = /^(SET [a-z_]+ (=|TO) |SELECT pg_catalog\.set_config\('search_path'|BEGIN;|COMMIT;|INSERT INTO |REFRESH MATERIALIZED VIEW )/;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dumps: string[] = [];
for (const dir of ["corpus/dumps", "corpus/dumps-pg18"])
  if (existsSync(ROOT + dir)) for (const db of readdirSync(ROOT + dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) for (const f of readdirSync(`${ROOT}${dir}/${db}`).sort()) if (f.endsWith(".sql")) dumps.push(`${dir}/${db}/${f}`);
for (const f of readdirSync(`${ROOT}test/catalog/fixtures`).sort()) if (/^catalog-kitchen\..+\.sql$/.test(f)) dumps.push(`test/catalog/fixtures/${f}`);

type Outcome = "parser" | "recognizer" | "skipped" | "unrecognized";

/** Feed each statement to a builder and see which counter it moved. */
function outcomes(path: string): { kind: string; outcome: Outcome; text: string; line: number }[] {
  const builder = new CatalogBuilder();
  const out: { kind: string; outcome: Outcome; text: string; line: number }[] = [];
  const total = () => {
    const t = { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0 };
    for (const c of Object.values(builder.parseCounts())) for (const k of Object.keys(t) as Outcome[]) t[k] += c[k];
    return t;
  };
  for (const event of lexString(readFileSync(ROOT + path, "utf8"))) {
    if (event.kind !== "statement") continue;
    const before = total();
    const kind = statementKind(event.text);
    builder.statement({ ...event, statementKind: kind });
    const after = total();
    const outcome = (Object.keys(after) as Outcome[]).find((k) => after[k] > before[k]) ?? "unrecognized";
    out.push({ kind, outcome, text: event.text.slice(0, 80), line: event.range.start.line });
  }
  return out;
}

describe("every statement of every corpus dump is claimed by the parser or a recognizer", () => {
  it("the corpus has dumps of both majors to enumerate", () => {
    expect(dumps.some((d) => d.startsWith("corpus/dumps/"))).toBe(true);
  });

  for (const path of dumps) {
    it(path, () => {
      const all = outcomes(path);
      expect(all.length).toBeGreaterThan(0);
      const unclaimed = all.filter((s) => s.outcome === "unrecognized" || (s.outcome === "skipped" && !CARRIES_NOTHING.test(s.text))).map((s) => `${s.kind} at line ${s.line}: ${s.outcome}: ${s.text}`);
      expect(unclaimed).toEqual([]);
    });
  }
});
