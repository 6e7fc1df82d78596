// The COPY rows of a pg_dump plain file, decoded, with each table's column types as its CREATE TABLE statement
// gives them (a plain reading, enough for pg_dump output): for the scripts that time a rule per column
// (scripts/bench-pii-columns.ts, scripts/pii-column-cost.ts) without the read/lex/decode pipeline.
import { readFileSync } from "node:fs";
import { decodeCopyLine } from "../src/data/copy.js";

export interface DumpTable {
  schema: string;
  table: string;
  columns: string[];
  types: (string | undefined)[];
  rows: (string | null)[][];
}

export function readDumpTables(dump: string): DumpTable[] {
  const text = readFileSync(dump, "utf8");
  const types = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/^CREATE TABLE (\S+) \(\n([\s\S]*?)\n\);/gm)) {
    const cols = new Map<string, string>();
    for (const line of m[2]!.split("\n")) {
      const c = /^\s+("?[^\s"]+"?) (.+?)(?: NOT NULL)?(?: DEFAULT .*)?,?$/.exec(line);
      if (c) cols.set(c[1]!.replace(/"/g, ""), c[2]!.replace(/,$/, ""));
    }
    types.set(m[1]!, cols);
  }
  const tables: DumpTable[] = [];
  for (const m of text.matchAll(/^COPY (\S+)\.(\S+) \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/gm)) {
    const columns = m[3]!.split(", ").map((c) => c.replace(/"/g, ""));
    const t = types.get(`${m[1]}.${m[2]}`);
    const rows = m[4]!.split("\n").filter((l) => l !== "").map((l) => decodeCopyLine(l, { delimiter: "\t", nullString: "\\N" }));
    tables.push({ schema: m[1]!, table: m[2]!, columns, types: columns.map((c) => t?.get(c)), rows });
  }
  return tables;
}
