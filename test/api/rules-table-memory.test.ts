import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Issue 10, item 11 (`check` on 100k small tables, <= 5 KB of RSS a table). What `check` keeps per
// table while a dump is read is the catalog's share (test/catalog/memory.test.ts) plus each rule's
// per-table state. unsanitized-pii kept ~3,500 bytes a table of pg_dump's small tables: a spread
// copy of every column's plan with a hidden class of its own (~230 bytes a column), a value memo
// (a Map) per column kept to the end of the dump, a Map of column states and a key string per table
// in two maps, an eager Map of detectors and a Set of distinct hashes per column, names copied per
// COPY. Measured by V8 in a child process, between a 1,000- and a 9,192-table dump (fixed costs
// cancel), at the moment every rule holds all of it: a first rule's end, before the others'.
// Before: 5,083 bytes a table with every rule (unsanitized-pii ~3,300 of it); after: 2,628 (catalog ~1,730); with the
// catalog's ranges packed and its table index keyed without a string per table: 1,960 (catalog ~1,150); 1,860 (catalog ~1,050)
// with no property array for constraint ranges and column defaults; 1,633 with unsanitized-pii's unscanned columns sharing
// one object and its column plans in a ShortMap (1,860 without: fails the bound, as do unpacked ranges, ~+450).
describe("check memory per table", () => {
  it("the catalog and every rule keep at most 1,800 bytes of heap a small table", () => {
    const script = `
      const { analyzeWithCatalog } = await import(${JSON.stringify(`${process.cwd()}/src/analyze.ts`)});
      const { allRules } = await import(${JSON.stringify(`${process.cwd()}/src/rules/index.ts`)});
      const { defineRule } = await import(${JSON.stringify(`${process.cwd()}/src/rules/rule.ts`)});
      const { z } = await import("zod");
      const { writeFileSync, mkdtempSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const dir = mkdtempSync(tmpdir() + "/dumpguard-mem-");
      const dump = (n, p) => Array.from({ length: n }, (_, i) => \`CREATE TABLE public.\${p}_\${i} (\\n    id integer NOT NULL,\\n    name text,\\n    created_at timestamp with time zone DEFAULT now()\\n);\\n\\nALTER TABLE public.\${p}_\${i} OWNER TO app;\\n\\n\`).join("")
        + Array.from({ length: n }, (_, i) => \`COPY public.\${p}_\${i} (id, name, created_at) FROM stdin;\\n1\\tname \${i}\\t2024-01-01 00:00:00+00\\n\\\\.\\n\\n\`).join("")
        + Array.from({ length: n }, (_, i) => \`ALTER TABLE ONLY public.\${p}_\${i}\\n    ADD CONSTRAINT \${p}_\${i}_pkey PRIMARY KEY (id);\\n\\n\`).join("");
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      let atEnd = 0;
      const probe = defineRule({ id: "memory-probe", description: "heap when every rule holds its state", defaultSeverity: "info", options: z.object({}), check(ctx) { ctx.onEnd(() => { atEnd = heap(); }); } });
      const measure = async (n, p) => {
        const path = dir + "/" + p + ".sql";
        writeFileSync(path, dump(n, p));
        const h = heap();
        const { report } = await analyzeWithCatalog({ path }, { jobs: 1, ruleSet: [probe, ...allRules] });
        return { kept: atEnd - h, tables: report.summary.tables };
      };
      await measure(200, "warm");
      const small = await measure(1000, "a");
      // 8,192 tables apart: the rules' bounded per-table caches (4,096 entries, emptied when full) end in the same state.
      const large = await measure(9192, "b");
      console.log(JSON.stringify({ perTable: Math.round((large.kept - small.kept) / 8192), tables: [small.tables, large.tables] }));
    `;
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const { perTable, tables } = JSON.parse(r.stdout) as { perTable: number; tables: number[] };
    expect(tables).toEqual([1000, 9192]);
    expect(perTable, `${perTable} bytes a table`).toBeLessThanOrEqual(1800);
  });
});
