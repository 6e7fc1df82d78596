import { describe, expect, it } from "vitest";
import { byteaText, cellParts, parseHstore } from "../../src/data/cell-parts.js";

const texts = (value: string, type: string | undefined) => cellParts(value, type).map((p) => [p.path, p.text, ...(p.isKey ? ["key"] : [])]);

describe("cellParts", () => {
  it("gives a plain column's value as the one part", () => {
    expect(cellParts("ada@example.com", "text")).toEqual([{ path: "", key: undefined, text: "ada@example.com", isKey: false }]);
    expect(texts("x", undefined)).toEqual([["", "x"]]);
  });
  it("lists JSON strings, numbers and keys with their paths and nearest key", () => {
    expect(cellParts('{"auth": {"token": "abc"}, "n": 12345678901234567890}', "jsonb").filter((p) => !p.isKey)).toEqual([
      { path: "$.auth.token", key: "token", text: "abc", isKey: false },
      { path: "$.n", key: "n", text: "12345678901234567890", isKey: false },
    ]);
  });
  it("decodes a JSON document that is a single string", () => {
    expect(texts('"line\\nbreak"', "json")).toEqual([["", "line\nbreak"]]);
  });
  it("splits arrays into elements, skipping NULLs, and walks arrays of JSON", () => {
    expect(texts('{a,"b c",NULL}', "text[]")).toEqual([
      ["[0]", "a"],
      ["[1]", "b c"],
    ]);
    expect(texts('{"{\\"k\\": \\"v\\"}"}', "jsonb[]")).toEqual([
      ["[0].k", "k", "key"],
      ["[0].k", "v"],
    ]);
  });
  it("reads hstore keys and values, including schema-qualified hstore", () => {
    expect(texts('"api_key"=>"s3cr3t", "x y"=>NULL', "public.hstore")).toEqual([
      ['["api_key"]', "api_key", "key"],
      ['["api_key"]', "s3cr3t"],
      ['["x y"]', "x y", "key"],
    ]);
  });
  it("adds the text of a bytea that holds UTF-8 text, not of binary bytes", () => {
    expect(texts("\\x2d2d2d2d2d424547494e", "bytea")).toEqual([
      ["", "\\x2d2d2d2d2d424547494e"],
      ["(bytes)", "-----BEGIN"],
    ]);
    expect(texts("\\x00ff10", "bytea")).toEqual([["", "\\x00ff10"]]);
  });
  it("falls back to the whole value when it does not parse as its type", () => {
    expect(texts("{not json", "jsonb")).toEqual([["", "{not json"]]);
    expect(texts("not an array", "integer[]")).toEqual([["", "not an array"]]);
    expect(texts("=>", "hstore")).toEqual([["", "=>"]]);
  });
  it("caps the number of parts", () => {
    const big = `{${Array.from({ length: 20000 }, (_, i) => i).join(",")}}`;
    expect(cellParts(big, "integer[]")).toHaveLength(10000);
  });
});

describe("byteaText and parseHstore", () => {
  it("byteaText rejects odd, non-hex and escape-format input", () => {
    expect(byteaText("\\x414")).toBeUndefined();
    expect(byteaText("\\x41zz")).toBeUndefined();
    expect(byteaText("abc")).toBeUndefined();
    expect(byteaText("\\xc3a9")).toBe("\u00e9");
    expect(byteaText("\\xc3")).toBeUndefined();
  });
  it("parseHstore reads escapes, unquoted items and the empty hstore", () => {
    expect(parseHstore('"a\\"b"=>"c\\\\d", e=>f')).toEqual([
      ['a"b', "c\\d"],
      ["e", "f"],
    ]);
    expect(parseHstore("")).toEqual([]);
    expect(parseHstore('"a"=>')).toBeUndefined();
    expect(parseHstore('"a"=>"b" "c"=>"d"')).toBeUndefined();
  });
});
