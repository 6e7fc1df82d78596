import { describe, expect, it } from "vitest";
import { parseInsertStatement } from "../../src/data/insert.js";

const rowsOf = (sql: string) => parseInsertStatement(sql)?.rows;

describe("parseInsertStatement", () => {
  it("reads pg_dump --inserts: table, no column list, one row", () => {
    expect(parseInsertStatement("INSERT INTO public.t VALUES (1, 'Ada', NULL);")).toEqual({ schema: "public", table: "t", columns: null, rows: [["1", "Ada", null]], problems: [] });
  });
  it("reads --column-inserts with quoted names", () => {
    expect(parseInsertStatement('INSERT INTO app."User Data" (id, "E-Mail") VALUES (7, \'a@b.c\');')).toMatchObject({ schema: "app", table: "User Data", columns: ["id", "E-Mail"], rows: [["7", "a@b.c"]] });
  });
  it("reads --rows-per-insert with several rows across lines", () => {
    expect(rowsOf("INSERT INTO public.t VALUES\n\t(1, 'a'),\n\t(2, 'b'),\n\t(3, NULL);")).toEqual([
      ["1", "a"],
      ["2", "b"],
      ["3", null],
    ]);
  });
  it("skips OVERRIDING SYSTEM VALUE and a trailing ON CONFLICT DO NOTHING", () => {
    expect(rowsOf("INSERT INTO public.t (id) OVERRIDING SYSTEM VALUE VALUES (5) ON CONFLICT DO NOTHING;")).toEqual([["5"]]);
  });
  it("undoubles quotes and keeps backslashes in standard strings", () => {
    expect(rowsOf("INSERT INTO t VALUES ('it''s', 'C:\\path\\n');")).toEqual([["it's", "C:\\path\\n"]]);
  });
  it("decodes E'' escapes, including byte escapes forming UTF-8", () => {
    expect(rowsOf("INSERT INTO t VALUES (E'a\\tb\\nc\\\\d\\'e', E'caf\\xc3\\xa9', E'\\101\\u00e9');")).toEqual([["a\tb\nc\\d'e", "caf\u00e9", "A\u00e9"]]);
  });
  it("decodes U&'' escapes and UESCAPE", () => {
    expect(rowsOf("INSERT INTO t VALUES (U&'d\\0061t\\+000061', U&'d!0061t' UESCAPE '!');")).toEqual([["data", "dat"]]);
  });
  it("drops casts and keeps the literal's content", () => {
    expect(rowsOf(`INSERT INTO t VALUES ('{"a": 1}'::jsonb, '{1,2}'::integer[], '(1,2)'::point, 'NaN'::numeric, '-Infinity'::double precision, '\\x0a0b'::bytea, NULL::text);`)).toEqual([
      ['{"a": 1}', "{1,2}", "(1,2)", "NaN", "-Infinity", "\\x0a0b", null],
    ]);
  });
  it("treats a cast followed by an operator as an expression, not as the literal", () => {
    const parsed = parseInsertStatement("INSERT INTO t VALUES ('1'::integer + 1, '2'::text::varchar(5));")!;
    expect(parsed.rows).toEqual([["'1'::integer + 1", "2"]]);
    expect(parsed.problems).toHaveLength(1);
  });
  it("keeps numbers as written, with their sign", () => {
    expect(rowsOf("INSERT INTO t VALUES (-1, 2.50, -1.5e-05, +3, 1e+10, 0);")).toEqual([["-1", "2.50", "-1.5e-05", "3", "1e+10", "0"]]);
  });
  it("reads DEFAULT (pg_dump's value for a generated column) as null in its position, without a problem", () => {
    const parsed = parseInsertStatement("INSERT INTO public.t OVERRIDING SYSTEM VALUE VALUES (1, 'x', DEFAULT);")!;
    expect(parsed.rows).toEqual([["1", "x", null]]);
    expect(parsed.problems).toEqual([]);
  });
  it("renders booleans as t/f like COPY", () => {
    expect(rowsOf("INSERT INTO t VALUES (true, false, TRUE);")).toEqual([["t", "f", "t"]]);
  });
  it("reads bit strings B'101' and X'1F' as bits", () => {
    expect(rowsOf("INSERT INTO t VALUES (B'101', X'1F');")).toEqual([["101", "00011111"]]);
  });
  it("keeps dollar-quoted and typed literals", () => {
    expect(rowsOf("INSERT INTO t VALUES ($$a'b$$, date '2024-01-02');")).toEqual([["a'b", "2024-01-02"]]);
  });
  it("keeps commas and parentheses inside strings inside the value", () => {
    expect(rowsOf("INSERT INTO t VALUES ('a, b)', '(x');")).toEqual([["a, b)", "(x"]]);
  });
  it("passes a function call on as raw text with a problem that does not quote it", () => {
    const parsed = parseInsertStatement("INSERT INTO public.t VALUES (1, lower('SECRET'), now());")!;
    expect(parsed.rows).toEqual([["1", "lower('SECRET')", "now()"]]);
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems.join(" ")).not.toContain("SECRET");
    expect(parsed.problems[0]).toMatch(/value 2 of row 1/);
  });
  it("reports an INSERT … SELECT as having no decodable rows", () => {
    const parsed = parseInsertStatement("INSERT INTO t SELECT * FROM u;")!;
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
  });
  it("reads DEFAULT VALUES as one row with no values", () => {
    expect(rowsOf("INSERT INTO public.empty DEFAULT VALUES;")).toEqual([[]]);
  });
  it("flags an unterminated literal without throwing", () => {
    const parsed = parseInsertStatement("INSERT INTO t VALUES (1, 'abc")!;
    expect(parsed.rows[0]![0]).toBe("1");
    expect(parsed.problems.length).toBeGreaterThan(0);
  });
  it("returns undefined for what is not an INSERT", () => {
    expect(parseInsertStatement("SELECT 1;")).toBeUndefined();
    expect(parseInsertStatement("INSERT")).toBeUndefined();
    expect(parseInsertStatement("")).toBeUndefined();
  });
});
