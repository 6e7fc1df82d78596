import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * End to end on real pg_dump output (corpus/dumps, generated from corpus/sources/pii-*.sql by
 * corpus/make-corpus.sh): every planted column found, value-level recall >= 99 %, the synthetic
 * twin and the clean dumps without errors, no planted value in clear in any output format.
 * Skipped until the engine's lexer is in the tree.
 */
const ENGINE_READY = existsSync("src/lexer/lexer.ts") && existsSync("src/analyze.ts");
const REAL = "corpus/dumps/pii-real";
const SYNTHETIC = "corpus/dumps/pii-synthetic";

interface Planted {
  table: string;
  column: string;
  detector: string;
  values: string[];
}
const planted: Planted[] = JSON.parse(readFileSync("test/rules/pii/fixtures/pii-real.planted.json", "utf8")).planted;

async function run(path: string) {
  const { analyze } = await import("../../src/analyze.js");
  return analyze({ path }, { onlyRules: ["unsanitized-pii"] });
}

describe.skipIf(!ENGINE_READY)("unsanitized-pii on the corpus", () => {
  describe.each(["plain.sql", "inserts.sql", "column-inserts.sql"])("pii-real/%s", (variant) => {
    const path = `${REAL}/${variant}`;
    const lines = existsSync(path) ? readFileSync(path, "utf8").split("\n") : [];

    it("finds every planted column, at error, at a row that holds a planted value", async () => {
      const report = await run(path);
      for (const p of planted) {
        const f = report.findings.find((x) => x.object?.table === p.table && x.object?.column === p.column && x.object?.name === p.detector);
        expect(f, `${p.table}.${p.column} ${p.detector}`).toBeDefined();
        expect(f!.severity).toBe("error");
        expect(f!.object?.schema).toBe("public");
        if (f!.location.kind !== "dump") throw new Error("finding without a dump location");
        const line = lines[f!.location.range.start.line - 1] ?? "";
        expect(p.values.some((v) => line.includes(v.replaceAll("'", "''")) || line.includes(JSON.stringify(v).slice(1, -1))), `${p.table}.${p.column} line ${f!.location.range.start.line}`).toBe(true);
      }
    });

    it("value-level recall is at least 99 % per planted column and overall", async () => {
      const report = await run(path);
      let found = 0;
      let total = 0;
      for (const p of planted) {
        const f = report.findings.find((x) => x.object?.table === p.table && x.object?.column === p.column && x.object?.name === p.detector);
        const count = f?.count ?? 0;
        // Each planted value is one real-looking match; a count above the planted number would be a false positive.
        expect(count, `${p.table}.${p.column} ${p.detector}`).toBeLessThanOrEqual(p.values.length);
        expect(count / p.values.length, `${p.table}.${p.column} ${p.detector}`).toBeGreaterThanOrEqual(0.99);
        found += count;
        total += p.values.length;
      }
      expect(found / total).toBeGreaterThanOrEqual(0.99);
    });

    it("gives every planted column a real verdict", async () => {
      const report = await run(path);
      for (const p of planted) {
        const v = report.columns?.find((c) => c.table === p.table && c.column === p.column);
        expect(v?.verdict, `${p.table}.${p.column}`).toBe("real");
        expect(v!.matches[p.detector]).toBeGreaterThanOrEqual(p.values.length * 0.99);
      }
    });
  });

  it("no planted value shows in clear in the JSON, SARIF or text output", async () => {
    const { formatJson } = await import("../../src/report/format-json.js");
    const { formatSarif } = await import("../../src/report/format-sarif.js");
    const { formatText } = await import("../../src/report/format-text.js");
    const report = await run(`${REAL}/plain.sql`);
    const outputs = { json: formatJson(report), sarif: formatSarif(report), text: formatText(report) };
    // A 3-digit CVV also occurs as a line number or offset, so all-digit values shorter than 7 characters are not searched for.
    const searched = planted.flatMap((p) => p.values).filter((v) => !(/^\d+$/.test(v) && v.length < 7));
    expect(searched.length).toBeGreaterThan(1500);
    for (const [format, text] of Object.entries(outputs)) {
      for (const v of searched) {
        expect(text.includes(v), `${format} shows a planted value`).toBe(false);
        const compact = v.replaceAll(" ", "");
        if (compact.length >= 9) expect(text.includes(compact), `${format} shows a planted value without spaces`).toBe(false);
      }
    }
  });

  describe.each(["plain.sql", "inserts.sql"])("pii-synthetic/%s", (variant) => {
    it("yields zero findings and synthetic verdicts for every personal-data column", async () => {
      const report = await run(`${SYNTHETIC}/${variant}`);
      expect(report.findings.map((f) => f.message)).toEqual([]);
      const named = new Set(planted.map((p) => `${p.table}.${p.column}`));
      for (const key of named) {
        const v = report.columns?.find((c) => `${c.table}.${c.column}` === key);
        expect(v?.verdict, key).toBe("synthetic");
      }
    });
  });

  describe.each(["app", "kitchen-sink", "birth-surface"])("clean dump %s", (name) => {
    it.skipIf(!existsSync(`corpus/dumps/${name}/plain.sql`))("has no finding", async () => {
      const report = await run(`corpus/dumps/${name}/plain.sql`);
      expect(report.findings.map((f) => f.message)).toEqual([]);
    });
  });

  it("sampling is stated in the report and bounded to firstRows + reservoir", async () => {
    const { analyze } = await import("../../src/analyze.js");
    const report = await analyze({ path: `${REAL}/plain.sql` }, { onlyRules: ["unsanitized-pii"], rules: { "unsanitized-pii": { options: { sample: { firstRows: 50, reservoir: 50 } } } } });
    expect(report.sampling).toContainEqual({ schema: "public", table: "customers", rowsSeen: 300, rowsSampled: 100 });
    expect(report.columns?.find((c) => c.table === "customers" && c.column === "email")).toMatchObject({ rowsScanned: 100, sampled: true, verdict: "real" });
  });
});
