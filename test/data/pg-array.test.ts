import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArrayLiteral } from "../../src/data/pg-array.js";

describe("parseArrayLiteral", () => {
  it("reads unquoted, quoted, NULL and escaped elements", () => {
    expect(parseArrayLiteral('{a,"b c",NULL,"x\\"y"}')).toEqual(["a", "b c", null, 'x"y']);
  });
  it("keeps a quoted \"NULL\" as text and a lower-case null as null", () => {
    expect(parseArrayLiteral('{"NULL",null}')).toEqual(["NULL", null]);
  });
  it("flattens nested arrays in row-major order", () => {
    expect(parseArrayLiteral("{{1,2},{3,4}}")).toEqual(["1", "2", "3", "4"]);
  });
  it("reads an empty array and one with a dimension prefix", () => {
    expect(parseArrayLiteral("{}")).toEqual([]);
    expect(parseArrayLiteral("[0:1]={7,8}")).toEqual(["7", "8"]);
  });
  it("trims whitespace around unquoted elements but not inside quotes", () => {
    expect(parseArrayLiteral('{ a b , " c " }')).toEqual(["a b", " c "]);
  });
  it("returns undefined for text that is not an array literal", () => {
    expect(parseArrayLiteral("abc")).toBeUndefined();
    expect(parseArrayLiteral('{"unterminated')).toBeUndefined();
    expect(parseArrayLiteral("{{1,2}")).toBeUndefined();
  });
});

describe("parseArrayLiteral against PostgreSQL 15", () => {
  // array_out text and unnest() elements from the server (fixtures/make-fixtures.sh): quoting,
  // escapes, NULL vs "NULL", empty strings, whitespace, unicode and two-dimensional arrays.
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/arrays.truth.json"), "utf8")) as [string, (string | null)[]][];
  it("reads every array the server printed into the elements it holds", () => {
    expect(cases.length).toBeGreaterThan(200);
    for (const [text, elements] of cases) expect(parseArrayLiteral(text), text).toEqual(elements);
  });
});
