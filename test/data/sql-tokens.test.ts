import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEscapeString, decodeUnicodeEscapes, foldIdentifier, scanSqlTokens, type SqlToken } from "../../src/data/sql-tokens.js";

const brief = (tokens: SqlToken[]) => tokens.map((t) => [t.type, t.value, ...(t.prefix ? [t.prefix] : []), ...(t.unterminated ? ["unterminated"] : [])]);

describe("scanSqlTokens", () => {
  it("folds unquoted words to lower case (ASCII only) and keeps quoted identifiers exact", () => {
    expect(brief(scanSqlTokens('SELECT Foo, "Bar ""x""", ÉTÉ, ab$1'))).toEqual([
      ["word", "select"],
      ["word", "foo"],
      ["punct", ","],
      ["ident", 'Bar "x"'],
      ["punct", ","],
      ["word", "ÉtÉ"], // only the ASCII T folds
      ["punct", ","],
      ["word", "ab$1"],
    ]);
  });
  it("decodes each kind of string constant", () => {
    expect(brief(scanSqlTokens(`'it''s' E'a\\'b\\n' B'101' X'1F' N'n' U&'\\0041!' $$x'y$$ $tag$a$$b$tag$`))).toEqual([
      ["string", "it's"],
      ["string", "a'b\n", "e"],
      ["string", "101", "b"],
      ["string", "1F", "x"],
      ["string", "n", "n"],
      ["string", "A!", "u&"],
      ["string", "x'y", "$"],
      ["string", "a$$b", "$"],
    ]);
  });
  it("reads U&\"…\" identifiers and UESCAPE", () => {
    expect(brief(scanSqlTokens(`U&"d\\0061t" U&'d!0061t' UESCAPE '!'`))).toEqual([
      ["ident", "dat", "u&"],
      ["string", "dat", "u&"],
    ]);
  });
  it("skips -- and nested /* */ comments, also inside operator runs", () => {
    expect(brief(scanSqlTokens("a -- x\n/* 1 /* 2 */ 3 */ b +-- c\n d"))).toEqual([
      ["word", "a"],
      ["word", "b"],
      ["op", "+"],
      ["word", "d"],
    ]);
  });
  it("reads numbers, casts, operators and punctuation", () => {
    expect(brief(scanSqlTokens("1.5e-3::numeric(10,2)[] .5 1_000 0x1F >= $1"))).toEqual([
      ["number", "1.5e-3"],
      ["op", "::"],
      ["word", "numeric"],
      ["punct", "("],
      ["number", "10"],
      ["punct", ","],
      ["number", "2"],
      ["punct", ")"],
      ["punct", "["],
      ["punct", "]"],
      ["number", ".5"],
      ["number", "1_000"],
      ["number", "0x1F"],
      ["op", ">="],
      ["op", "$1"],
    ]);
  });
  it("flags unterminated strings, identifiers and dollar quotes and runs them to the end", () => {
    expect(brief(scanSqlTokens("'abc"))).toEqual([["string", "abc", "unterminated"]]);
    expect(brief(scanSqlTokens('"abc'))).toEqual([["ident", "abc", "unterminated"]]);
    expect(brief(scanSqlTokens("$q$abc"))).toEqual([["string", "abc", "$", "unterminated"]]);
    expect(brief(scanSqlTokens("E'ab\\'"))).toEqual([["string", "ab'", "e", "unterminated"]]);
  });
  it("gives exact source offsets", () => {
    const text = "INSERT INTO \"T\" VALUES ('x', 1);";
    for (const t of scanSqlTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.type === "string" ? "'x'" : t.type === "ident" ? '"T"' : t.type === "word" ? t.value.toUpperCase() : t.value);
  });
  it("keeps tokens in order, non-overlapping and inside the text, whatever the input", () => {
    const sqlish = fc.string({ unit: fc.oneof(fc.constantFrom("'", '"', "$", "$$", "E'", "U&'", "U&\"", "--", "/*", "*/", "\\", " ", "\n", "::", "1", ".", "e", "a"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(sqlish, (text) => {
        let at = 0;
        for (const t of scanSqlTokens(text)) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          at = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("literal helpers", () => {
  it("foldIdentifier lower-cases ASCII letters only", () => {
    expect(foldIdentifier("ÀbC_Ω")).toBe("Àbc_Ω");
  });
  it("decodeEscapeString joins byte escapes into UTF-8 and keeps unknown escapes' character", () => {
    expect(decodeEscapeString("\\xe2\\x82\\xac \\342\\202\\254 \\q \\u20ac \\U0001F600")).toBe("€ € q € \u{1F600}");
  });
  it("decodeUnicodeEscapes handles a custom escape character and leaves bad escapes as text", () => {
    expect(decodeUnicodeEscapes("a!0062!!!+00263A!zz", "!")).toBe("ab!\u263A!zz");
  });
});
