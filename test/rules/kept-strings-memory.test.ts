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
      const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
      const cells = ${JSON.stringify(cells)};
      const pad = "x".repeat(1 << 20);
      const feed = (i) => {
        // The line as the lexer gives it (one flat string), and the cell cut from it as COPY decoding does.
        const line = (i + "\\t" + cells[i] + "\\t" + (i === 0 ? "" : pad)).slice(0);
        const row = { schema: "public", table: "t", columns: [...${JSON.stringify(r.columns)}, "notes"], types: [...${JSON.stringify(r.types)}, "text"], values: [String(i), line.slice(line.indexOf("\\t") + 1, line.lastIndexOf("\\t")), line.slice(line.lastIndexOf("\\t") + 1)], rowIndex: i, source: "copy", range };
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
