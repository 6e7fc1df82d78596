import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyze, analyzeWithCatalog } from "../../src/analyze.js";
import { defineRule, type RowEvent, type RowShape } from "../../src/rules/rule.js";

// The engine reads an INSERT's header and looks its table up once per header (a plan), not once
// per statement, while only INSERTs follow. These cases are where a stale plan would give another
// answer: the catalog changing between INSERTs, headers alternating, tables the catalog does not
// declare, statements the recognizer hands over to tokens midway.
const DUMP = [
  "CREATE TABLE public.a (id integer, name text);",
  'CREATE TABLE public."B" (x character varying(4));',
  "INSERT INTO public.a VALUES (1, 'x');",
  "INSERT INTO public.a VALUES (2, 'y'), (3, upper('q'));",
  'INSERT INTO public."B" VALUES (\'b1\');',
  "INSERT INTO public.a (name, id) VALUES ('z', 4);",
  "INSERT INTO public.a VALUES(5, 'w');",
  "ALTER TABLE public.a ADD COLUMN extra jsonb;",
  "INSERT INTO public.a VALUES (6, 'v', '{}');",
  "INSERT INTO public.undeclared VALUES (1);",
  "INSERT INTO public.undeclared VALUES (2, 3);",
  "INSERT INTO public.a VALUES (7, 'u', NULL);",
  "",
].join("\n");

function recorder() {
  const rows: RowEvent[] = [];
  const shapes: RowShape[] = [];
  const mapped: RowEvent[] = [];
  const rule = defineRule({
    id: "recorder",
    description: "records rows and shapes",
    defaultSeverity: "warning",
    options: z.object({}).strict(),
    check(context) {
      context.onRow((row) => rows.push(row));
      context.onRowSplit!({
        shape: (shape) => void shapes.push(shape),
        map: (row) => {
          mapped.push(row);
          return row.values.length;
        },
        reduce: () => {},
      });
    },
  });
  return { rule, rows, shapes, mapped };
}

describe("INSERT plans", () => {
  it("give every row the columns, types and row number the catalog says at that statement", async () => {
    const { rule, rows } = recorder();
    const report = await analyze(DUMP, { ruleSet: [rule] });
    expect(rows.map((r) => [r.table, r.rowIndex, r.columns.join(","), r.types.join(","), ...r.values])).toEqual([
      ["a", 0, "id,name", "integer,text", "1", "x"],
      ["a", 1, "id,name", "integer,text", "2", "y"],
      ["a", 2, "id,name", "integer,text", "3", "upper('q')"],
      ["B", 0, "x", "character varying(4)", "b1"],
      ["a", 3, "name,id", "text,integer", "z", "4"],
      ["a", 4, "id,name", "integer,text", "5", "w"],
      ["a", 5, "id,name,extra", "integer,text,jsonb", "6", "v", "{}"],
      ["undeclared", 0, "", "", "1"],
      ["undeclared", 1, "", "", "2", "3"],
      ["a", 6, "id,name,extra", "integer,text,jsonb", "7", "u", null],
    ]);
    expect(report.summary.rows).toBe(10);
    const { catalog } = await analyzeWithCatalog(DUMP, { ruleSet: [] });
    expect(catalog.table({ schema: "public", name: "a" })?.rowsFromInsert).toBe(7);
    expect(catalog.table({ schema: "public", name: "undeclared" })?.rowsFromInsert).toBe(2);
  });

  it("hand the rules one column array per header while only INSERTs follow, and a fresh one after other statements", async () => {
    const { rule, rows } = recorder();
    await analyze(DUMP, { ruleSet: [rule] });
    expect(rows[1]!.columns).toBe(rows[0]!.columns);
    expect(rows[2]!.columns).toBe(rows[0]!.columns);
    // `VALUES(` and `VALUES (`: the same header.
    expect(rows[5]!.columns).toBe(rows[0]!.columns);
    expect(rows[4]!.columns).not.toBe(rows[0]!.columns);
    expect(rows[6]!.columns).not.toBe(rows[0]!.columns);
    expect(rows[9]!.columns).toBe(rows[6]!.columns);
  });

  it("show split rules each header's shape before its first row, and report what the rows say", async () => {
    const { rule, shapes, mapped } = recorder();
    const report = await analyze(DUMP, { ruleSet: [rule] });
    expect(mapped).toHaveLength(10);
    expect(shapes.map((s) => `${s.table}(${s.columns.join(",")})`)).toEqual(["a(id,name)", 'B(x)', "a(name,id)", "a(id,name,extra)", "undeclared()", "undeclared()"]);
    const codes = report.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("rule-crashed");
  });
});
