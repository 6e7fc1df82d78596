// CPU of one rule's row work alone (issue 12): the COPY rows of a plain dump are decoded once,
// then fed to the rule's row listener N times; the least CPU (user+sys) of those runs is printed.
// Lexing, decoding and start-up are left out, so on a loaded machine this moves far less than a
// whole `check` and shows a rule's own cost. With --against DIR the same rule of another checkout
// (its src/, e.g. a `git worktree` or `git archive` of main) runs interleaved in the same process.
//
//   node --import tsx scripts/bench-rule-cpu.ts DUMP RULE[,RULE...] [--runs N] [--against DIR]
//
// With several rules, each row goes to every rule in turn, as the engine gives it: what rules
// share per row (the JSON parse, the cell hints of src/rules/judgement/cell-hints.ts) counts once.
//
// Column types come from the dump's CREATE TABLE statements (a simple reading: enough for the
// bench dumps of scripts/make-bench-dump.sh); rows are decoded with the engine's decodeCopyLine,
// each line decoded from the bytes on its own as the lexer does.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decodeCopyLine } from "../src/data/copy.js";
import type { Rule, RowEvent } from "../src/rules/rule.js";

const args = process.argv.slice(2);
const [dump, ruleId] = args;
if (!dump || !ruleId) throw new Error("usage: scripts/bench-rule-cpu.ts DUMP RULE[,RULE...] [--runs N] [--against DIR]");
const ruleIds = ruleId.split(",");
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 5;
const against = args.includes("--against") ? args[args.indexOf("--against") + 1] : undefined;

interface Table {
  schema: string;
  table: string;
  columns: string[];
  types: (string | undefined)[];
  rows: (string | null)[][];
}

function readTables(path: string): Table[] {
  const tables: Table[] = [];
  const types = new Map<string, Map<string, string>>();
  let creating: Map<string, string> | undefined;
  let copying: Table | undefined;
  // Each line its own string, decoded from the bytes as the lexer does (a one-byte string when the
  // line is ASCII): cells are then slices of their line as in a check. Splitting one string of the
  // whole file made every cell a slice of one two-byte string when any line held a non-ASCII character.
  const bytes = readFileSync(path);
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.toString("utf8", start, end);
    start = end + 1;
    if (copying) {
      if (line === "\\.") copying = undefined;
      else copying.rows.push(decodeCopyLine(line, { delimiter: "\t", nullString: "\\N" }));
      continue;
    }
    if (creating) {
      const column = /^\s+"?([^"\s]+)"? (.*?)(?: NOT NULL)?(?: DEFAULT .*)?,?$/.exec(line);
      if (line.startsWith(")")) creating = undefined;
      else if (column) creating.set(column[1]!, column[2]!);
      continue;
    }
    const create = /^CREATE TABLE (\S+) \($/.exec(line);
    if (create) types.set(create[1]!, (creating = new Map()));
    const copy = /^COPY (\S+) \((.*)\) FROM stdin;$/.exec(line);
    if (copy) {
      const [schema, table] = copy[1]!.split(".") as [string, string];
      const columns = copy[2]!.split(", ");
      copying = { schema, table, columns, types: columns.map((c) => types.get(copy[1]!)?.get(c)), rows: [] };
      tables.push(copying);
    }
  }
  return tables;
}

async function rulesOf(root: string): Promise<Rule[]> {
  const { allRules } = (await import(pathToFileURL(`${root}/src/rules/index.ts`).href)) as { allRules: readonly Rule[] };
  return ruleIds.map((id) => {
    const rule = allRules.find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id} in ${root}`);
    return rule;
  });
}

/** One run: fresh rule instances, every row to their row listeners, then their ends; CPU seconds. */
function cpuOfOneRun(rules: readonly Rule[], tables: readonly Table[]): { seconds: number; findings: number } {
  const rows: ((row: RowEvent) => void)[] = [];
  const ends: (() => void)[] = [];
  let findings = 0;
  const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
  const contextOf = (rule: Rule) => ({
    options: rule.options.parse({}),
    catalog: undefined,
    onStatement() {},
    onRow: (listener: (row: RowEvent) => void) => rows.push(listener),
    onMeta() {},
    onComment() {},
    onInputProblem() {},
    onEnd: (listener: () => void) => ends.push(listener),
    report: () => findings++,
    diagnose() {},
    reportColumnVerdict() {},
    reportSampling() {},
  });
  for (const rule of rules) rule.check(contextOf(rule) as never);
  const before = process.cpuUsage();
  for (const t of tables) {
    for (let rowIndex = 0; rowIndex < t.rows.length; rowIndex++) {
      const row: RowEvent = { schema: t.schema, table: t.table, columns: t.columns, types: t.types, values: t.rows[rowIndex]!, rowIndex, source: "copy", range };
      for (const listener of rows) listener(row);
    }
  }
  for (const end of ends) end();
  const used = process.cpuUsage(before);
  return { seconds: (used.user + used.system) / 1e6, findings };
}

const tables = readTables(dump);
const mb = readFileSync(dump).length / 1048576;
const here = fileURLToPath(new URL("..", import.meta.url));
const contenders = [{ name: "this checkout", rules: await rulesOf(here) }, ...(against ? [{ name: against, rules: await rulesOf(against) }] : [])];
const best = contenders.map(() => ({ seconds: Infinity, findings: 0 }));
for (let r = 0; r <= runs; r++) {
  contenders.forEach((c, i) => {
    const run = cpuOfOneRun(c.rules, tables);
    // The first run warms up the JIT and is not counted.
    if (r > 0 && run.seconds < best[i]!.seconds) best[i] = run;
  });
}
console.log(`${ruleId} on ${dump} (${mb.toFixed(1)} MB, ${tables.reduce((n, t) => n + t.rows.length, 0)} rows), least CPU of ${runs} runs:`);
contenders.forEach((c, i) => console.log(`  ${c.name}: ${best[i]!.seconds.toFixed(3)} s (${(mb / best[i]!.seconds).toFixed(0)} MB/s of dump per CPU-second), ${best[i]!.findings} findings`));
