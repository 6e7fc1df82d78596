import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCopyLine, parseCopyStatement } from "../../src/data/copy.js";
import { parseInsertStatement } from "../../src/data/insert.js";
import { tokenizeSql } from "../../src/lexer/tokens.js";

// Real PostgreSQL 15 output (fixtures/make-fixtures.sh): the same tables dumped as COPY, --inserts,
// --column-inserts and --rows-per-insert, and the truth — every value as the server prints it.
// Decoding each dump must give back exactly the truth, row by row.
const fixtures = join(import.meta.dirname, "fixtures");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");
const truth = JSON.parse(read("kitchen-sink.truth.json")) as Record<string, (string | null)[][]>;
const key = (schema: string, table: string) => `${schema}.${table}`;

/** Rows of every COPY block, found line by line as pg_dump lays them out (one-line header, `\.` terminator). */
function copyRows(text: string): Map<string, (string | null)[][]> {
  const tables = new Map<string, (string | null)[][]>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("COPY ")) continue;
    const target = parseCopyStatement(lines[i]!);
    expect(target, lines[i]).toBeDefined();
    const rows: (string | null)[][] = [];
    for (i++; lines[i] !== "\\."; i++) rows.push(decodeCopyLine(lines[i]!, target!));
    tables.set(key(target!.schema, target!.table), rows);
  }
  return tables;
}

/** Rows of every INSERT, statements split at top-level semicolons. */
function insertRows(text: string): { rows: Map<string, (string | null)[][]>; columns: Map<string, string[] | null>; problems: string[]; statements: number } {
  const rows = new Map<string, (string | null)[][]>();
  const columns = new Map<string, string[] | null>();
  const problems: string[] = [];
  let statements = 0;
  let start: number | undefined;
  for (const token of tokenizeSql(text, { comments: false })) {
    start ??= token.start;
    if (token.type !== "punct" || token.value !== ";") continue;
    const statement = text.slice(start, token.end);
    start = undefined;
    const parsed = parseInsertStatement(statement);
    if (!parsed) continue;
    statements++;
    const k = key(parsed.schema, parsed.table);
    rows.set(k, [...(rows.get(k) ?? []), ...parsed.rows]);
    columns.set(k, parsed.columns);
    problems.push(...parsed.problems);
  }
  return { rows, columns, problems, statements };
}

describe("decoders against real pg_dump output (PostgreSQL 15)", () => {
  const tables = Object.keys(truth);

  it("the truth covers tabs, newlines, backslashes, NULLs, empty strings and astral characters", () => {
    const values = truth["public.kitchen_sink"]!.flat();
    for (const needle of ["\t", "\n", "\r", "\\", "\u{1F600}"]) expect(values.some((v) => v?.includes(needle)), JSON.stringify(needle)).toBe(true);
    expect(values).toContain(null);
    expect(values).toContain("");
    expect(truth["public.kitchen_sink"]!.length).toBeGreaterThan(150);
  });

  it("COPY rows of plain.sql decode to the server's values", () => {
    const copied = copyRows(read("kitchen-sink.plain.sql"));
    expect([...copied.keys()].sort()).toEqual([...tables].sort());
    for (const table of tables) {
      if (table === "public.no_columns") {
        // A table without columns: each row is an empty line, read as one empty field (the engine knows the width is 0).
        expect(copied.get(table)).toEqual(truth[table]!.map(() => [""]));
        continue;
      }
      expect(copied.get(table), table).toEqual(truth[table]);
    }
  });

  for (const variant of ["inserts", "column-inserts", "rows-per-insert"]) {
    it(`INSERT rows of ${variant}.sql decode to the server's values`, () => {
      const { rows, columns, problems, statements } = insertRows(read(`kitchen-sink.${variant}.sql`));
      expect(problems).toEqual([]);
      expect([...rows.keys()].sort()).toEqual([...tables].sort());
      for (const table of tables) expect(rows.get(table), table).toEqual(truth[table]);
      if (variant === "column-inserts") expect(columns.get('My Schema.Odd "Name"')).toEqual(["B", "x y", "id", "plain"]);
      const totalRows = tables.reduce((n, t) => n + truth[t]!.length, 0);
      if (variant === "rows-per-insert") expect(statements).toBeLessThan(totalRows);
      else expect(statements).toBe(totalRows);
    });
  }
});
