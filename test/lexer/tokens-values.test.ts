import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEscapeString, decodeUnicodeEscapes, foldIdentifier, tokenizeSql, type SqlToken } from "../../src/lexer/tokens.js";

// What the value decoders (COPY headers, INSERT values, catalog recognizers) rely on: tokens without comments.
const valueTokens = (text: string) => tokenizeSql(text, { comments: false });

const brief = (tokens: SqlToken[]) => tokens.map((t) => [t.type, t.value, ...(t.prefix ? [t.prefix] : []), ...(t.unterminated ? ["unterminated"] : [])]);

describe("tokenizeSql with comments: false", () => {
  it("folds unquoted words to lower case (ASCII only) and keeps quoted identifiers exact", () => {
    expect(brief(valueTokens('SELECT Foo, "Bar ""x""", ÉTÉ, ab$1'))).toEqual([
      ["word", "select"],
      ["word", "foo"],
      ["punct", ","],
      ["quoted-identifier", 'Bar "x"'],
      ["punct", ","],
      ["word", "ÉtÉ"], // only the ASCII T folds
      ["punct", ","],
      ["word", "ab$1"],
    ]);
  });
  it("decodes each kind of string constant", () => {
    expect(brief(valueTokens(`'it''s' E'a\\'b\\n' B'101' X'1F' N'n' U&'\\0041!' $$x'y$$ $tag$a$$b$tag$`))).toEqual([
      ["string", "it's"],
      ["string", "a'b\n", "E"],
      ["string", "101", "B"],
      ["string", "1F", "X"],
      ["string", "n", "N"],
      ["string", "A!", "U&"],
      ["string", "x'y", "$"],
      ["string", "a$$b", "$"],
    ]);
  });
  it("reads U&\"…\" identifiers and UESCAPE", () => {
    expect(brief(valueTokens(`U&"d\\0061t" U&'d!0061t' UESCAPE '!'`))).toEqual([
      ["quoted-identifier", "dat", "U&"],
      ["string", "dat", "U&"],
    ]);
  });
  it("skips -- and nested /* */ comments, also inside operator runs", () => {
    expect(brief(valueTokens("a -- x\n/* 1 /* 2 */ 3 */ b +-- c\n d"))).toEqual([
      ["word", "a"],
      ["word", "b"],
      ["operator", "+"],
      ["word", "d"],
    ]);
  });
  it("reads numbers, casts, operators and punctuation", () => {
    expect(brief(valueTokens("1.5e-3::numeric(10,2)[] .5 1_000 0x1F >= $1"))).toEqual([
      ["number", "1.5e-3"],
      ["operator", "::"],
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
      ["operator", ">="],
      ["parameter", "$1"],
    ]);
  });
  it("flags unterminated strings, identifiers and dollar quotes and runs them to the end", () => {
    expect(brief(valueTokens("'abc"))).toEqual([["string", "abc", "unterminated"]]);
    expect(brief(valueTokens('"abc'))).toEqual([["quoted-identifier", "abc", "unterminated"]]);
    expect(brief(valueTokens("$q$abc"))).toEqual([["string", "abc", "$", "unterminated"]]);
    expect(brief(valueTokens("E'ab\\'"))).toEqual([["string", "ab'", "E", "unterminated"]]);
  });
  it("gives exact source offsets, and raw is the source text", () => {
    const text = "INSERT INTO \"T\" VALUES ('x', 1);";
    for (const t of valueTokens(text)) expect(t.raw).toBe(text.slice(t.start, t.end));
    for (const t of valueTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.type === "string" ? "'x'" : t.type === "quoted-identifier" ? '"T"' : t.type === "word" ? t.value.toUpperCase() : t.value);
  });
  it("keeps tokens in order, non-overlapping and inside the text, whatever the input", () => {
    const sqlish = fc.string({ unit: fc.oneof(fc.constantFrom("'", '"', "$", "$$", "E'", "U&'", "U&\"", "--", "/*", "*/", "\\", " ", "\n", "::", "1", ".", "e", "a"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(sqlish, (text) => {
        let at = 0;
        for (const t of valueTokens(text)) {
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
    expect(decodeUnicodeEscapes("a!0062!!!+00263A!zz", 0x21)).toBe("ab!\u263A!zz");
  });
});
