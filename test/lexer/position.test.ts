import { describe, expect, it } from "vitest";
import { positionIn, rangeIn, utf8Length } from "../../src/lexer/position.js";

// A statement that starts at byte 10, line 3, column 5 of the input.
const at = (text: string) => ({ text, range: { start: { offset: 10, line: 3, column: 5 }, end: { offset: 10, line: 3, column: 5 } } });

describe("positionIn / rangeIn", () => {
  it("index 0 is the statement's own start", () => {
    expect(positionIn(at("SELECT 1;"), 0)).toEqual({ offset: 10, line: 3, column: 5 });
  });

  it("moves along the same line by characters and bytes", () => {
    expect(positionIn(at("SELECT 1;"), 7)).toEqual({ offset: 17, line: 3, column: 12 });
  });

  it("counts UTF-8 bytes (é = 2, € = 3, 😀 = 4) but UTF-16 columns", () => {
    // "é€😀x": é at 0, € at 1, 😀 at 2-3, x at 4
    expect(positionIn(at("é€😀x"), 4)).toEqual({ offset: 10 + 2 + 3 + 4, line: 3, column: 9 });
  });

  it("restarts columns at 1 after \\n, and CR belongs to the break", () => {
    // "ab\r\ncd": c is index 4, line 4 column 1; offset 10 + 4
    expect(positionIn(at("ab\r\ncd"), 4)).toEqual({ offset: 14, line: 4, column: 1 });
    expect(positionIn(at("a\n\nbc"), 4)).toEqual({ offset: 14, line: 5, column: 2 });
  });

  it("clamps an index beyond the text to its end", () => {
    expect(positionIn(at("ab"), 99)).toEqual({ offset: 12, line: 3, column: 7 });
    expect(positionIn(at("ab"), -3)).toEqual({ offset: 10, line: 3, column: 5 });
  });

  it("rangeIn gives both ends", () => {
    expect(rangeIn(at("x\n'sécret';"), 2, 10)).toEqual({
      start: { offset: 12, line: 4, column: 1 },
      end: { offset: 21, line: 4, column: 9 },
    });
  });

  it("utf8Length agrees with TextEncoder, lone surrogates included", () => {
    for (const s of ["", "abc", "é", "€", "😀", "a\ud800b", "\udc00", "x😀é\n€"]) expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).length);
  });
});
