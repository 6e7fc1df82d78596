import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InsertRowReader, readInsertHeader, readInsertStatement } from "../../src/data/insert.js";
import { lexString } from "../../src/lexer/lexer.js";

// The INSERT row recognizer (character by character, no tokens) against the token decoder it
// stands in for: same values, same problems, row for row, on every INSERT of the corpus and on
// random and mutated statements. Where the recognizer does not know a form it hands the rest of
// the list to the tokens, so any difference here is a recognizer bug.

/** Everything readInsertStatement says about a statement, rows included. */
function decoded(text: string, recognizer: boolean) {
  const statement = readInsertStatement(text, { recognizer });
  if (statement === undefined) return undefined;
  return { schema: statement.schema, table: statement.table, columns: statement.columns, problems: statement.problems, rows: [...statement.rows] };
}

/** Rows the recognizer read itself (not from tokens), and all rows. */
function recognized(text: string): { recognized: number; rows: number } {
  const header = readInsertHeader(text);
  if (header?.body !== "values") return { recognized: 0, rows: 0 };
  const reader = new InsertRowReader(text, header.rowsFrom, "w");
  let rows = 0;
  while (reader.next() !== undefined) rows++;
  return { recognized: reader.recognizedRows, rows };
}

const expectSame = (text: string): void => {
  expect(decoded(text, true), text).toEqual(decoded(text, false));
};

const root = join(import.meta.dirname, "../..");
const corpusFiles = ["corpus/dumps", "corpus/dumps-pg18"].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((db) => readdirSync(join(root, dir, db.name)).filter((f) => f.endsWith(".sql")).map((f) => join(root, dir, db.name, f)))
    : [],
);

const insertsOf = (file: string): string[] => lexString(readFileSync(file, "utf8")).flatMap((e) => (e.kind === "statement" && /^\s*insert\b/i.test(e.text) ? [e.text] : []));

describe("INSERT row recognizer = token decoder", () => {
  it.runIf(corpusFiles.length > 0)("on every INSERT of every corpus dump, and it reads pg_dump's rows itself", () => {
    let statements = 0;
    let rows = 0;
    let fast = 0;
    for (const file of corpusFiles) {
      for (const text of insertsOf(file)) {
        statements++;
        expectSame(text);
        const r = recognized(text);
        rows += r.rows;
        fast += r.recognized;
      }
    }
    expect(statements).toBeGreaterThan(1000);
    // pg_dump writes plain literals only: the tokens are the exception, not the rule.
    expect(fast / rows).toBeGreaterThan(0.99);
  });

  /** pg_dump's appendStringLiteral (standard_conforming_strings on). */
  const sqlLiteral = (v: string) => `'${v.split("'").join("''")}'`;
  const space = fc.constantFrom("", " ", "  ", "\n", "\t", "\r\n", " \n\t");
  const text = fc.string({ unit: fc.constantFrom("a", "'", "''", "\\", "\n", ",", ")", "(", ";", "é", "😀", "--", "/*", "*/", " ", "$$", '"', "N", "E") });
  // What pg_dump writes (numbers as their type's output function prints them).
  const plainValue = fc.oneof(
    { weight: 4, arbitrary: text.map(sqlLiteral) },
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => d.toExponential()),
    fc.constantFrom("NULL", "DEFAULT", "true", "false", "B'0101'", "B''", "1e+20", "-1.5e-07", "0.5", "-0", "'NaN'"),
  );
  const value = fc.oneof(
    { weight: 12, arbitrary: plainValue },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "null",
        "Null",
        "TRUE",
        "default",
        "NULLS",
        "truex",
        "falsey",
        ".5",
        "1.",
        "1_000",
        "0x1F",
        "0b101",
        "1e",
        "1.5.3",
        "+5",
        "- 5",
        "1..2",
        "12abc",
        "3$",
        "-.5",
        "--1",
        "b'01'",
        "B'1''0'",
        "X'1F'",
        "E'a\\tb\\''c'",
        "U&'d\\0061t'",
        "N'x'",
        "'x'::jsonb",
        "'{1,2}'::integer[]",
        "'NaN'::double precision",
        "date '2024-01-01'",
        "1 + 2",
        "now()",
        "ARRAY[1, 2]",
        "(1)",
        "('a')",
        "ROW(1, 'a')",
        "$$dollar$$",
        "$t$x$t$",
        "",
        "/* c */ 1",
        "1 -- c\n",
        "'a' 'b'",
        "'a'\n'b'",
        "'unterminated",
        "-'1'",
      ),
    },
  );
  const row = fc.array(fc.tuple(space, value, space), { minLength: 0, maxLength: 6 }).map((vs) => `(${vs.map(([a, v, b]) => a + v + b).join(",")})`);
  const statement = fc
    .tuple(
      fc.constantFrom("INSERT INTO public.t", 'INSERT INTO "Odd ""x"""."T"', "INSERT INTO t (a, b)", "insert into s.t OVERRIDING SYSTEM VALUE", "INSERT INTO public.t (\"values\", x)"),
      fc.constantFrom(" VALUES ", " VALUES", "\nVALUES\n", " VALUES /* c */ ", " values ", " VALUES -- c\n"),
      fc.array(fc.tuple(row, fc.constantFrom(",", ", ", ",\n\t", " , ", ",/* c */", ", -- c\n", ";", ",,", "")), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(";", " ON CONFLICT DO NOTHING;", "", ";\n", " ;", " -- c\n, (9);", ", (1, 'x');", ")"),
    )
    .map(([head, values, rows, tail]) => head + values + rows.map(([r, sep], k) => (k === rows.length - 1 ? r : r + sep)).join("") + tail);

  it("on random statements in pg_dump's forms and others", () => {
    let rows = 0;
    let fast = 0;
    fc.assert(
      fc.property(statement, (s) => {
        expectSame(s);
        const r = recognized(s);
        rows += r.rows;
        fast += r.recognized;
      }),
      { numRuns: 3000 },
    );
    // The generator exercises both the recognizer and the hand-over to tokens.
    expect(fast).toBeGreaterThan(rows * 0.2);
    expect(fast).toBeLessThan(rows);
  });

  /** A statement with characters inserted, deleted, replaced or cut off at random places. */
  const mutated = (base: fc.Arbitrary<string>) =>
    fc
      .tuple(
        base,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("insert", "delete", "replace", "cut"), fc.constantFrom("'", ",", "(", ")", " ", "-", "e", "E", ".", ":", "/", "*", "\n", "N", "1", "B", "\\", ";", "$", '"', "x")), { minLength: 1, maxLength: 4 }),
      )
      .map(([s, edits]) => {
        let out = s;
        for (const [at, kind, ch] of edits) {
          const i = out.length === 0 ? 0 : at % out.length;
          if (kind === "insert") out = out.slice(0, i) + ch + out.slice(i);
          else if (kind === "delete") out = out.slice(0, i) + out.slice(i + 1);
          else if (kind === "replace") out = out.slice(0, i) + ch + out.slice(i + 1);
          else out = out.slice(0, i);
        }
        return out;
      });

  it("on mutated random statements", () => {
    fc.assert(fc.property(mutated(statement), expectSame), { numRuns: 3000 });
  });

  /** Every row a reader told to expect `fields` values gives (the arrays themselves, holes and all), with its problems. */
  const rowsExpecting = (text: string, fields: number) => {
    const header = readInsertHeader(text);
    if (header?.body !== "values") return [];
    const reader = new InsertRowReader(text, header.rowsFrom, "w", fields);
    const rows: { values: (string | null)[]; problems: readonly string[] }[] = [];
    for (let values = reader.next(); values !== undefined; values = reader.next()) rows.push({ values, problems: reader.problems });
    return rows;
  };

  it("gives the same rows, no hole in them, whatever number of values it is told to expect", () => {
    // The engine passes the table's column count: each row's array is made at that size, then cut or grown.
    // Without a count the reader is the one held to the token decoder above; toStrictEqual tells a hole from a value.
    fc.assert(
      fc.property(fc.oneof(statement, mutated(statement)), fc.integer({ min: 1, max: 8 }), (s, fields) => {
        expect(rowsExpecting(s, fields), s).toStrictEqual(rowsExpecting(s, 0));
      }),
      { numRuns: 3000 },
    );
  });

  it.runIf(corpusFiles.length > 0)("on mutated corpus INSERTs", () => {
    const sample = corpusFiles.flatMap(insertsOf).filter((_, k) => k % 7 === 0);
    fc.assert(fc.property(mutated(fc.constantFrom(...sample)), expectSame), { numRuns: 3000 });
  });

  it("reads a --rows-per-insert statement whose unusual row comes last, with the rows before it recognized", () => {
    const s = "INSERT INTO public.t VALUES (1, 'a'),\n\t(2, 'b''c'),\n\t(3, now());";
    expectSame(s);
    expect(recognized(s)).toEqual({ recognized: 2, rows: 3 });
    expect(decoded(s, true)!.rows.map((r) => r.values)).toEqual([
      ["1", "a"],
      ["2", "b'c"],
      ["3", "now()"],
    ]);
  });
});
