import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Issue 10 (bounded memory): forbidden-secrets and live-host-pointers keep a memo of distinct values
// per column (exact: a value seen again in its column is not judged again). Kept to the end of the
// dump, the memos of every table added up: a generated dump of 300 tables whose two text columns
// repeat 800 values took 262 MB of RSS, 600 tables 425 MB. Now one table's memos are kept at a time
// (TableMemos), as unsanitized-pii's. Measured by V8 in a child process, between a 10- and a
// 30-table dump of repeating values (fixed costs cancel), when every rule still holds its state (a
// first rule's end), with every rule and with every rule but these two: the difference is theirs. The dumps are written a table at a time: one large string written whole stayed
// reachable while the heap was measured and read as a negative cost.
describe("value memos per table", () => {
  it("the memos of tables already read are not kept", () => {
    const script = `
      const { analyze } = await import(${JSON.stringify(`${process.cwd()}/src/analyze.ts`)});
      const { allRules } = await import(${JSON.stringify(`${process.cwd()}/src/rules/index.ts`)});
      const { defineRule } = await import(${JSON.stringify(`${process.cwd()}/src/rules/rule.ts`)});
      const { z } = await import("zod");
      const { appendFileSync, writeFileSync, mkdtempSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const dir = mkdtempSync(tmpdir() + "/dumpguard-memo-");
      const pad = "x".repeat(100);
      const write = (path, n, p) => {
        writeFileSync(path, "");
        for (let t = 0; t < n; t++) appendFileSync(path, \`CREATE TABLE public.\${p}_\${t} (id integer NOT NULL, note text, link text);\\n\`);
        for (let t = 0; t < n; t++) {
          let rows = \`COPY public.\${p}_\${t} (id, note, link) FROM stdin;\\n\`;
          for (let i = 0; i < 800; i++) rows += \`\${i}\\tstate-\${t}-\${i % 150}-\${pad}\\tpath/\${t}/\${i % 150}/\${pad}\\n\`;
          appendFileSync(path, rows + "\\\\.\\n\\n");
        }
      };
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      let atEnd = 0;
      const probe = defineRule({ id: "memory-probe", description: "heap when every rule holds its state", defaultSeverity: "info", options: z.object({}), check(ctx) { ctx.onEnd(() => { atEnd = heap(); }); } });
      const measure = async (n, p, rules) => {
        const path = dir + "/" + p + ".sql";
        write(path, n, p);
        const h = heap();
        const report = await analyze({ path }, { jobs: 1, ruleSet: [probe, ...rules] });
        return { kept: atEnd - h, rows: report.summary.rows };
      };
      const perTable = async (rules) => {
        await measure(5, "warm", rules);
        const small = await measure(10, "a", rules);
        const large = await measure(30, "b", rules);
        return { bytes: Math.round((large.kept - small.kept) / 20), rows: [small.rows, large.rows] };
      };
      const memoRules = new Set(["forbidden-secrets", "live-host-pointers"]);
      const all = await perTable(allRules);
      const others = await perTable(allRules.filter((r) => !memoRules.has(r.id)));
      console.log(JSON.stringify({ perTable: all.bytes - others.bytes, all: all.bytes, others: others.bytes, rows: all.rows }));
    `;
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const { perTable, all, others, rows } = JSON.parse(r.stdout) as { perTable: number; all: number; others: number; rows: number[] };
    expect(rows).toEqual([10 * 800, 30 * 800]);
    // The two rules' share of what is kept a table (before: ~130 KB, every table's memos of 150 values in two columns; after: 5-12 KB).
    expect(perTable, `${perTable} bytes a table for the two rules (all rules ${all}, the others ${others})`).toBeLessThanOrEqual(40_000);
  });
});
