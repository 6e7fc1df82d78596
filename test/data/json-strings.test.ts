import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonStrings, type JsonString } from "../../src/data/json-strings.js";

/** Reference walk over JSON.parse's result (order-insensitive comparison: JSON.parse moves integer-like keys first). */
function reference(text: string): JsonString[] {
  const out: JsonString[] = [];
  const walk = (node: unknown, path: string, key: string | undefined) => {
    if (typeof node === "string") out.push({ path, key, value: node, isKey: false });
    else if (typeof node === "number" || typeof node === "boolean") out.push({ path, key, value: String(node), isKey: false });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`, key));
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        const child = /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
        out.push({ path: child, key: k, value: k, isKey: true });
        walk(v, child, k);
      }
  };
  walk(JSON.parse(text), "$", undefined);
  return out;
}
const sorted = (list: JsonString[]) => list.map((s) => JSON.stringify(s)).sort();

describe("jsonStrings", () => {
  it("keeps numbers exactly as written (JSON.parse would round them)", () => {
    const found = jsonStrings('{"card": 4111111111111111111, "price": 1.50, "e": -2E+10, "z": 0}')!;
    expect(found.filter((s) => !s.isKey).map((s) => s.value)).toEqual(["4111111111111111111", "1.50", "-2E+10", "0"]);
  });
  it("lists values in document order, duplicate keys included", () => {
    const found = jsonStrings('{"b": "1", "10": "2", "2": "3", "b": "4"}')!;
    expect(found.filter((s) => !s.isKey).map((s) => [s.path, s.value])).toEqual([
      ["$.b", "1"],
      ['$["10"]', "2"],
      ['$["2"]', "3"],
      ["$.b", "4"],
    ]);
  });
  it("decodes every string escape, surrogate pairs included", () => {
    const found = jsonStrings(String.raw`["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00"]`)!;
    expect(found.map((s) => s.value)).toEqual(['a"b\\c/d\b\f\n\r\t', "\u00e9\u{1F600}"]);
  });
  it("walks nested arrays and objects with the nearest key", () => {
    const found = jsonStrings('{"hosts": [["a"], {"h": "b"}], "deep": {"x": {"y": [true, null]}}}')!;
    expect(found.filter((s) => !s.isKey).map((s) => [s.path, s.key, s.value])).toEqual([
      ["$.hosts[0][0]", "hosts", "a"],
      ["$.hosts[1].h", "h", "b"],
      ["$.deep.x.y[0]", "y", "true"],
    ]);
  });
  it("accepts empty containers and surrounding whitespace", () => {
    expect(jsonStrings(" \n{}\t")).toEqual([]);
    expect(jsonStrings("[[], {}]")).toEqual([]);
  });
  it("rejects what RFC 8259 rejects", () => {
    for (const bad of ["{", "[1,]", '{"a" 1}', '{"a":1,}', "[01]", "[1.]", "[.5]", "[+1]", '["\t"]', '["\\x"]', '["\\u12"]', "[1] x", "[tru]", "{'a': 1}", "[NaN]"])
      expect(jsonStrings(bad), bad).toBeUndefined();
  });
  it("walks any depth without recursing (issue 10 item 13): deep leaves keep their nearest key, paths are elided past 64 levels", () => {
    expect(jsonStrings(`${"[".repeat(257)}1${"]".repeat(257)}`)).toEqual([{ path: `$${"[0]".repeat(64)}…[0]`, key: undefined, value: "1", isKey: false }]);
    // 16,000 keys deep (every key is a leaf, and MAX_JSON_LEAVES caps them at 16,384), and 200,000 levels of arrays around one leaf.
    expect(jsonStrings(`${"[".repeat(200000)}"x"${"]".repeat(200000)}`)).toEqual([{ path: `$${"[0]".repeat(64)}…[0]`, key: undefined, value: "x", isKey: false }]);
    const deep = jsonStrings(`${'{"a":'.repeat(16000)}{"password":"x"}${"}".repeat(16000)}`)!;
    expect(deep).toHaveLength(16002);
    expect(deep.at(-1)).toEqual({ path: `$${".a".repeat(64)}….password`, key: "password", value: "x", isKey: false });
    expect(jsonStrings(`${"[".repeat(300)}1${"]".repeat(299)}`)).toBeUndefined(); // unbalanced: not JSON
  });
  it("finds the same strings, keys and paths as JSON.parse for any JSON document", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(sorted(jsonStrings(text)!)).toEqual(sorted(reference(text)));
      }),
      { numRuns: 300 },
    );
  });
  it("accepts exactly the texts JSON.parse accepts (objects and arrays)", () => {
    const jsonish = fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "u", "0", "1", "-", ".", "e", " ", "a", "true", "null"), maxLength: 25 });
    fc.assert(
      fc.property(jsonish, (body) => {
        const text = `[${body}`;
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonStrings(text) !== undefined).toBe(parses);
      }),
      { numRuns: 1000 },
    );
  });
});
