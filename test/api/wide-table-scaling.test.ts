import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyze } from "../../src/analyze.js";
import { advancePosition } from "../../src/lexer/position.js";
import { defineRule } from "../../src/rules/rule.js";
import { describeScaling, isSuperlinear, measureScaling } from "../scaling/ratio.js";

describe("wide tables take time linear in their column count", () => {
  // The catalog locates each column of a CREATE TABLE by advancing from the previous one; the
  // advance scanned back to the previous line break, the statement start when the statement is
  // one line: a hand-written 100k-column table took minutes.
  it("locating every column of a one-line CREATE TABLE in turn is linear", async () => {
    const oneLine = (columns: number) => `CREATE TABLE public.wide (${Array.from({ length: columns }, (_, i) => `c${i} text`).join(", ")});`;
    const locateAll = (text: string) => {
      let position = { offset: 0, line: 1, column: 1 };
      let at = 0;
      for (let next = text.indexOf(",", at); next >= 0; next = text.indexOf(",", at + 1)) {
        position = advancePosition(position, text, at, next);
        at = next;
      }
      return position;
    };
    const s = await measureScaling((scale) => oneLine(scale * 2000), locateAll);
    expect(isSuperlinear(s), describeScaling(s)).toBe(false);
  });

  it("advancing counts lines and UTF-16 columns across line breaks and on one line", () => {
    const text = "ab\ncdé\nfg";
    expect(advancePosition({ offset: 0, line: 1, column: 1 }, text, 0, 5)).toEqual({ offset: 5, line: 2, column: 3 });
    expect(advancePosition({ offset: 5, line: 2, column: 3 }, text, 5, 9)).toEqual({ offset: 10, line: 3, column: 3 });
    expect(advancePosition({ offset: 0, line: 4, column: 7 }, "xyz", 1, 3)).toEqual({ offset: 2, line: 4, column: 9 });
  });

  // The COPY's types are now read from one name -> type map per statement, not one catalog lookup (a column-list scan) per column.
  it("rows carry each column's declared type, in the COPY's or INSERT's column order", async () => {
    const seen: (string | undefined)[][] = [];
    const probe = defineRule({ id: "probe", description: "records row types", defaultSeverity: "info", options: z.object({}), check: (ctx) => ctx.onRow((r) => void seen.push([...r.types])) });
    await analyze('CREATE TABLE public.t (a integer, "B" text, c date);\nCOPY public.t (c, "B", a) FROM stdin;\n1\t2\t3\n\\.\nINSERT INTO public.t (a, c) VALUES (1, NULL);\n', { ruleSet: [probe] });
    expect(seen).toEqual([
      ["date", "text", "integer"],
      ["integer", "date"],
    ]);
  });
});
