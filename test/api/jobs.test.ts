import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "../../src/analyze.js";
import { partitionRules } from "../../src/parallel/partition.js";
import { analyzeInParallel } from "../../src/parallel/run.js";
import { allRules } from "../../src/rules/index.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { loadBaseline } from "../../src/report/baseline.js";

// --jobs N splits the rules between threads that each read the file, and merges their reports.
// The merged report must be the one a single thread writes, byte for byte, on every corpus dump.

const variants = readdirSync("corpus/dumps")
  .sort()
  .flatMap((db) =>
    readdirSync(`corpus/dumps/${db}`)
      .filter((f) => f.endsWith(".sql") || f.endsWith(".sql.gz"))
      .sort()
      .map((f) => `corpus/dumps/${db}/${f}`),
  );
const plains = variants.filter((p) => p.endsWith("/plain.sql"));

/** The rule runs `analyze` would resolve for these options (every shipped rule, none off). */
const runsOf = (ids: readonly string[] = allRules.map((r) => r.id)) => allRules.filter((r) => ids.includes(r.id)).map((rule) => ({ rule, severity: undefined, statement: [], row: [], meta: [], comment: [], problem: [], end: [] }));

async function split(path: string, options: AnalyzeOptions, jobs: number, inProcess: boolean) {
  const baseline = options.baseline !== undefined ? loadBaseline(options.baseline) : undefined;
  const result = await analyzeInParallel(path, { ...options, jobs }, runsOf(), { baseline, inProcess, force: true });
  if (!result) throw new Error("expected the rules to be split");
  return result.report;
}

describe("partitionRules", () => {
  const ids = allRules.map((r) => r.id);
  for (const jobs of [1, 2, 3, 4, 16]) {
    it(`${jobs} job(s): every rule in exactly one group, registry order inside groups, at most ${jobs} groups`, () => {
      const groups = partitionRules(ids, jobs);
      expect(groups.length).toBeLessThanOrEqual(jobs);
      expect(groups.flat().sort()).toEqual([...ids].sort());
      for (const g of groups) expect(g).toEqual(ids.filter((id) => g.includes(id)));
    });
  }
  it("puts the dearest rule alone when there are two jobs", () => {
    expect(partitionRules(ids, 2)).toContainEqual(["unsanitized-pii"]);
  });
});

describe("--jobs: the merged report is the single-thread report, byte for byte", () => {
  for (const path of variants) {
    it(path, async () => {
      const options: AnalyzeOptions = { spec: "schemas/birth-surface.spec.json", file: path };
      const single = await analyze({ path }, { ...options, jobs: 1 });
      const expected = formatJson(single);
      expect(formatJson(await split(path, options, 2, true))).toBe(expected);
      if (path.endsWith("/plain.sql")) {
        for (const jobs of [3, 4]) expect(formatJson(await split(path, options, jobs, true))).toBe(expected);
        expect(formatSarif(await split(path, options, 4, true))).toBe(formatSarif(single));
      }
    }, 120_000);
  }

  it("with a baseline, suppression counts and summary match too", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const baseline = { version: 1 as const, entries: [{ rule: "live-host-pointers" }, { column: "public.*.email", reason: "test" }] };
    const single = await analyze({ path }, { baseline, jobs: 1 });
    expect(single.summary.suppressed).toBeGreaterThan(0);
    expect(formatJson(await split(path, { baseline }, 2, true))).toBe(formatJson(single));
  }, 120_000);

  it("through real worker threads", async () => {
    for (const path of [plains.find((p) => p.includes("pii-real")), plains.find((p) => p.includes("secrets")), "corpus/dumps/app/plain.sql.gz"].filter((p): p is string => p !== undefined && existsSync(p))) {
      const expected = formatJson(await analyze({ path }, { jobs: 1 }));
      expect(formatJson(await split(path, {}, 2, false))).toBe(expected);
      expect(formatJson(await split(path, {}, 3, false))).toBe(expected);
    }
  }, 300_000);

  it("an invalid rule option in a worker thread's share rejects with its message", async () => {
    await expect(split(plains[0]!, { rules: { "unsanitized-pii": { options: { sample: "many" } } } }, 2, false)).rejects.toThrow(/invalid options for rule unsanitized-pii/);
  });
});
