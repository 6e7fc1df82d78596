import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// What the three data rules keep past a row must not hold the row's line. V8 keeps a string cut from another
// (13+ characters), and a string built on such a cut, as a view into the whole: a column memo's remembered value
// or result (a match, a secret, a host's display, a JSON path) or a column tally's key kept its line for the rest
// of the run. A 320 MB dump of 8,000 rows of 40 KB, each with a distinct `webhook_url_N` JSON key pointing at a
// public host, peaked at 528 MB RSS with only live-host-pointers on (213 MB with those strings detached).
// Here 100 rows of 1 MB lines, each with a distinct value the rule finds, go through the rule's row listener
// (the memos stay on for the first 1,024 values of a column); the heap is measured before the rule's end, in a
// child process with --expose-gc.
// Distinct names, no numbered sequence (which would read as synthetic).
const FIRST = ["annika", "jonas", "marie", "pierre", "sofia", "lukas", "elena", "mateo", "ingrid", "tomas"];
const LAST = ["bergstroem", "lefevre", "novak", "schneider", "okafor", "varga", "lindqvist", "moreau", "kowalski", "haddad", "fischer"];
const rules = {
  "live-host-pointers": { module: "live-host-pointers.ts", name: "liveHostPointers", columns: ["id", "config"], types: ["integer", "jsonb"], cell: (i: number) => `{"partner_webhook_url_${i}": "https://hooks.partner-${i}.io/in"}` },
  "forbidden-secrets": { module: "forbidden-secrets.ts", name: "forbiddenSecrets", columns: ["id", "config"], types: ["integer", "jsonb"], cell: (i: number) => `{"stripe_live_secret_key_${i}": "sk_live_${String(i).padStart(4, "0")}Q8w3ZkR2vYb7NcXp5LmT9aHd"}` },
  "unsanitized-pii": { module: "unsanitized-pii.ts", name: "unsanitizedPii", columns: ["id", "email"], types: ["integer", "text"], cell: (i: number) => `${FIRST[i % 10]}.${LAST[Math.floor(i / 10)]}@${["gmail.com", "web.de", "orange.fr"][i % 3]}` },
} as const;

describe("the data rules' memos and tallies", () => {
  it.each(Object.keys(rules) as (keyof typeof rules)[])("%s keeps what it remembers, not the lines it was cut from", (id) => {
    const r = rules[id];
    const cells = Array.from({ length: 101 }, (_, i) => r.cell(i));
    const script = `
      const { ${r.name}: rule } = await import(${JSON.stringify(`${process.cwd()}/src/rules/${r.module}`)});
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      const rows = [], ends = [], found = [];
      rule.check({
        options: rule.options.parse({}), catalog: undefined,
        onStatement() {}, onMeta() {}, onComment() {}, onInputProblem() {},
        onRow: (l) => rows.push(l), onEnd: (l) => ends.push(l), report: (f) => found.push(f),
        diagnose() {}, reportColumnVerdict() {}, reportSampling() {},
      });

      const cells = ${JSON.stringify(cells)};
      const pad = "x".repeat(1 << 20);
      const feed = (i) => {
        // The line as the lexer gives it (one flat string), and the cell cut from it as COPY decoding does.
        const line = (i + "\\t" + cells[i] + "\\t" + (i === 0 ? "" : pad)).slice(0);
        const row = { schema: "public", table: "t", columns: [...${JSON.stringify(r.columns)}, "notes"], types: [...${JSON.stringify(r.types)}, "text"], values: [String(i), line.slice(line.indexOf("\\t") + 1, line.lastIndexOf("\\t")), line.slice(line.lastIndexOf("\\t") + 1)], rowIndex: i, source: "copy", range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: line.length, line: 1, column: line.length + 1 } } };
        for (const l of rows) l(row);
      };
      feed(0);
      const before = heap();
      for (let i = 1; i <= 100; i++) feed(i);
      const grown = heap() - before;
      for (const l of ends) l();
      console.log(JSON.stringify({ findings: found.length, grown }));
    `;
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { findings, grown } = JSON.parse(run.stdout) as { findings: number; grown: number };
    // The rule found what each row holds (so it judged and remembered the values).
    expect(findings).toBeGreaterThan(0);
    // Kept as views: ~100 MB (a line per value); detached: a few KB a value.
    expect(grown, `${grown} bytes kept for 100 values`).toBeLessThan(10 * 1024 * 1024);
  });
});

// The engine's INSERT path: a table's names (schema, table, columns) read from its first INSERT statement are kept
// to the end by every rule (tallies, plans, memos). Cut from the statement's text, they pinned it, with all its rows'
// values: 1,000 tables whose first INSERT held a 100 KB value peaked at 252 MB RSS at --jobs 1, against 138 MB with the
// big value in each table's second INSERT. Here 40 tables with a 1 MB value in the first or in the second INSERT; the
// heap is measured once the whole file is read (the last progress call), before the rules' end.
describe("the engine's INSERT plans", () => {
  it("keep a table's names, not the first statement they were read from", () => {
    const script = `
      const { analyze } = await import(${JSON.stringify(`${process.cwd()}/src/analyze.ts`)});
      const { writeFileSync, rmSync, mkdtempSync } = await import("node:fs");
      const { join } = await import("node:path");
      const { tmpdir } = await import("node:os");
      const dir = mkdtempSync(join(tmpdir(), "dumpguard-insert-names-"));
      const big = "lorem ipsum dolor sit amet ".repeat(40000).slice(0, 1 << 20);
      const heapOnceRead = async (bigFirst) => {
        const lines = ["SET standard_conforming_strings = on;"];
        for (let i = 0; i < 40; i++) lines.push("CREATE TABLE public.customer_table_" + i + " (identifier_col integer, description_text text);");
        for (let i = 0; i < 40; i++) {
          const values = bigFirst ? [big, "small"] : ["small", big];
          for (const [r, v] of values.entries()) lines.push("INSERT INTO public.customer_table_" + i + " (identifier_col, description_text) VALUES (" + r + ", '" + v + "');");
        }
        const file = join(dir, bigFirst ? "first.sql" : "second.sql");
        writeFileSync(file, lines.join("\\n") + "\\n");
        let heap = 0;
        await analyze({ path: file }, { jobs: 1, onProgress: (read, total) => { if (read === total) { gc(); gc(); heap = process.memoryUsage().heapUsed; } } });
        return heap;
      };
      const second = await heapOnceRead(false);
      const first = await heapOnceRead(true);
      rmSync(dir, { recursive: true, force: true });
      console.log(JSON.stringify({ first, second }));
    `;
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { first, second } = JSON.parse(run.stdout) as { first: number; second: number };
    expect(first).toBeGreaterThan(0);
    // Pinned: ~40 MB more (a statement of 1 MB a table); detached: the same heap either way.
    expect(first - second, `${first - second} bytes more with the big value in each table's first INSERT`).toBeLessThan(10 * 1024 * 1024);
  });
});
