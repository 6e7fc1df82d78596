import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenizeSql, type SqlToken } from "../../src/lexer/tokens.js";

const brief = (tokens: SqlToken[]) => tokens.map((t) => [t.type, t.value]);

describe("tokenizeSql", () => {
  it("folds unquoted words to lower case (ASCII only) and keeps raw text and offsets", () => {
    const tokens = tokenizeSql("CREATE TABLE Public.Ärger");
    expect(tokens.map((t) => [t.type, t.raw, t.value, t.start, t.end])).toEqual([
      ["word", "CREATE", "create", 0, 6],
      ["word", "TABLE", "table", 7, 12],
      ["word", "Public", "public", 13, 19],
      ["punct", ".", ".", 19, 20],
      ["word", "Ärger", "Ärger", 20, 25],
    ]);
  });

  it("undoubles quotes in quoted identifiers and keeps their case", () => {
    expect(brief(tokenizeSql('"My ""Table"""'))).toEqual([["quoted-identifier", 'My "Table"']]);
  });

  it("decodes standard strings with '' and keeps backslashes literally", () => {
    expect(brief(tokenizeSql("'it''s \\n'"))).toEqual([["string", "it's \\n"]]);
  });

  it("decodes E'' escapes: \\' does not end the string; octal and hex bytes form UTF-8", () => {
    const [t] = tokenizeSql("E'a\\'b\\n\\t\\303\\251\\xc3\\xa9\\u00e9\\U0001F600\\q'");
    expect(t).toMatchObject({ type: "string", prefix: "E", value: "a'b\n\téé\u00e9\u{1F600}q", start: 0 });
    expect(t!.end).toBe(t!.raw.length);
  });

  it("decodes U&'' escapes with the default and a UESCAPE character", () => {
    expect(tokenizeSql("U&'d\\0061t\\+000061'")[0]).toMatchObject({ type: "string", prefix: "U&", value: "data" });
    const [t, ...rest] = tokenizeSql("u&'d!0061t!+000061!!' UESCAPE '!' x");
    expect(t).toMatchObject({ type: "string", value: "data!", end: 33 });
    expect(brief(rest)).toEqual([["word", "x"]]);
  });

  it("decodes U&\"\" identifiers", () => {
    expect(tokenizeSql('U&"\\0041b"')[0]).toMatchObject({ type: "quoted-identifier", prefix: "U&", value: "Ab" });
  });

  it("marks B'', X'', N'' prefixes", () => {
    expect(tokenizeSql("B'101' x'1F' n'ab'").map((t) => [t.prefix, t.value])).toEqual([
      ["B", "101"],
      ["X", "1F"],
      ["N", "ab"],
    ]);
  });

  it("keeps dollar-quoted bodies verbatim, with tags, and does not close on another tag", () => {
    const tokens = tokenizeSql("$$a;'b$$ $fn$ x $x$ y $fn$");
    expect(tokens.map((t) => [t.type, t.prefix, t.value, t.start, t.end])).toEqual([
      ["string", "$", "a;'b", 0, 8],
      ["string", "$", " x $x$ y ", 9, 26],
    ]);
  });

  it("reads $1 as a parameter and a$b as one word", () => {
    expect(brief(tokenizeSql("$1 + a$b"))).toEqual([
      ["parameter", "$1"],
      ["operator", "+"],
      ["word", "a$b"],
    ]);
  });

  it("reads numbers, including exponents, decimals and 1..10", () => {
    expect(brief(tokenizeSql("1 2.5 .5 1e10 3E-2 1..10 0x1F"))).toEqual([
      ["number", "1"],
      ["number", "2.5"],
      ["number", ".5"],
      ["number", "1e10"],
      ["number", "3E-2"],
      ["number", "1"],
      ["punct", ".."],
      ["number", "10"],
      ["number", "0x1F"],
    ]);
  });

  it("splits operators before comments and trims trailing + / - like PostgreSQL", () => {
    expect(brief(tokenizeSql("a::int <>- b =-- c\n"))).toEqual([
      ["word", "a"],
      ["operator", "::"],
      ["word", "int"],
      ["operator", "<>"],
      ["operator", "-"],
      ["word", "b"],
      ["operator", "="],
      ["comment", "-- c"],
    ]);
    expect(brief(tokenizeSql("@-"))).toEqual([["operator", "@-"]]);
  });

  it("returns comments as tokens: line comments without the line break, nested block comments whole", () => {
    const tokens = tokenizeSql("-- hi\r\n/* a /* b */ c */x");
    expect(tokens.map((t) => [t.type, t.raw, t.start, t.end])).toEqual([
      ["comment", "-- hi", 0, 5],
      ["comment", "/* a /* b */ c */", 7, 24],
      ["word", "x", 24, 25],
    ]);
  });

  it("flags unterminated strings, identifiers, dollar bodies and comments, running to the end", () => {
    for (const [text, type] of [
      ["x 'abc", "string"],
      ["x E'ab\\'", "string"],
      ['x "ab', "quoted-identifier"],
      ["x $q$ body $q", "string"],
      ["x /* a /* b */", "comment"],
    ] as const) {
      const last = tokenizeSql(text).at(-1)!;
      expect(last, text).toMatchObject({ type, start: 2, end: text.length, unterminated: true });
    }
  });

  it("punctuation is one token per character", () => {
    expect(brief(tokenizeSql("(a, b);"))).toEqual([
      ["punct", "("],
      ["word", "a"],
      ["punct", ","],
      ["word", "b"],
      ["punct", ")"],
      ["punct", ";"],
    ]);
  });

  it("never throws, and tokens are ordered, non-overlapping slices of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '"', "$", "$a$", "E'", "U&'", "\\", "--", "/*", "*/", "\n", "a", "1", " ", "+", "-", ";", "é", "😀", "\ud800") as fc.Arbitrary<string>, maxLength: 60 }), (text) => {
        const tokens = tokenizeSql(text);
        let prev = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.raw).toBe(text.slice(t.start, t.end));
          prev = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
