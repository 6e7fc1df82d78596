import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonStrings, walkJson, type JsonString } from "../../src/data/json-strings.js";
import { TextUnits } from "../../src/core/text-units.js";
import { jsonStringsFormer } from "./fixtures/json-strings-former.js";

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

/** JSON documents of any shape, some nested past the 64 levels where paths are elided, keys that need quoting, escapes. */
const deepJson = fc
  .tuple(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), fc.nat(90), fc.array(fc.constantFrom("a", "b c", "", "10", "x\u00e9", String.raw`x\u00e9`, String.raw`\u0030\u0040`), { maxLength: 3 }), fc.boolean())
  .map(([inner, depth, keys, indent]) => {
    let text = JSON.stringify(inner, null, indent ? 1 : undefined);
    for (let d = 0; d < depth; d++) text = d % 3 === 0 ? `[1, ${text}, "2"]` : `{"${keys[d % Math.max(1, keys.length)] ?? "k"}": ${text}, "n${d}": "x@y.z 12345678 \\u0039\\u002f"}`;
    return text;
  });

describe("walkJson (issue 12: leaves shown one at a time, paths on demand)", () => {
  it("jsonStrings lists exactly what the former whole-list reader listed, in order, paths included, and rejects what it rejected", () => {
    const jsonish = fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "u", "0", "1", "-", ".", "e", " ", "a", "@", "true", "null"), maxLength: 25 }).map((b) => `[${b}`);
    fc.assert(
      fc.property(fc.oneof(deepJson, jsonish), (text) => {
        expect(jsonStrings(text)).toEqual(jsonStringsFormer(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of [`${"[".repeat(257)}1${"]".repeat(257)}`, `${'{"a":'.repeat(300)}{"password":"x"}${"}".repeat(300)}`, '{"h\\u006fst": ["\\u0040", 1e5]}'])
      expect(jsonStrings(text)).toEqual(jsonStringsFormer(text));
  });

  it("counts each leaf's ASCII digits and `@` as its value holds them, and gives jsonStrings' path", () => {
    fc.assert(
      fc.property(deepJson, (text) => {
        const seen: JsonString[] = [];
        const ok = walkJson(text, (leaf) => {
          let digits = 0;
          for (const ch of leaf.value) if (ch >= "0" && ch <= "9") digits++;
          expect(leaf.digits).toBe(digits);
          expect(leaf.at).toBe(leaf.value.includes("@"));
          seen.push({ path: leaf.path(), key: leaf.key, value: leaf.value, isKey: leaf.isKey });
        });
        expect(ok).toBe(true);
        expect(seen).toEqual(jsonStringsFormer(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("walks the units a caller holds (a cell's, shared by the hints) as it walks its own copy", () => {
    const holder = new TextUnits();
    const list = (text: string, units?: TextUnits) => {
      const seen: string[] = [];
      const ok = walkJson(text, (leaf) => void seen.push(`${leaf.path()} ${leaf.key} ${leaf.value} ${leaf.isKey} ${leaf.digits} ${leaf.at}`), units);
      return ok ? seen : undefined;
    };
    fc.assert(
      fc.property(deepJson, (text) => {
        holder.read(text);
        expect(list(text, holder)).toEqual(list(text));
      }),
      { numRuns: 500 },
    );
  });

  it("walks again after an invalid or deep document, and from inside a visitor (the reused walker keeps nothing between walks)", () => {
    const doc = '{"a": [1, {"b": "x@y.fr"}], "c": "12345678"}';
    const expected = jsonStringsFormer(doc);
    expect(jsonStrings('{"a": [1, {"b": "x@y.fr"')).toBeUndefined();
    expect(jsonStrings(doc)).toEqual(expected);
    expect(jsonStrings(`${'{"k": '.repeat(400)}1${"}".repeat(400)}`)).toHaveLength(401);
    expect(jsonStrings(doc)).toEqual(expected);
    const inner: (JsonString[] | undefined)[] = [];
    const outer = jsonStrings('["{\\"q\\": 2}", 3]');
    expect(walkJson('["{\\"q\\": 2}", 3]', (leaf) => void inner.push(jsonStrings(leaf.value)))).toBe(true);
    expect(inner).toEqual([[{ path: "$.q", key: "q", value: "q", isKey: true }, { path: "$.q", key: "q", value: "2", isKey: false }], undefined]);
    expect(jsonStrings('["{\\"q\\": 2}", 3]')).toEqual(outer);
  });

  it("reads a text as its own code units after a longer one (the walker's reused units array keeps the longer text's tail)", () => {
    // Each prefix of a document is walked right after the whole document, whose next characters then lie in the
    // units array past the prefix's end, and again after a text of blanks: the leaves shown before the walk stops
    // (values, digit counts) and its answer must be the same both times.
    const shown = (text: string) => {
      const leaves: string[] = [];
      const ok = walkJson(text, (leaf) => void leaves.push(`${leaf.isKey ? "key" : "value"} ${leaf.key} ${leaf.value} ${leaf.digits} ${leaf.at}`));
      return { ok, leaves };
    };
    const docs = ['{"flag": true, "none": null, "off": false, "n": -12.5e3, "m": 12345, "s": "x@y.z"}', '[true, false, null, 1, 20, "a\\u0041"]', `{"long": "${"é".repeat(70_000)}", "after": 123}`];
    for (const doc of docs) {
      const cuts = doc.length > 1000 ? [doc.length - 1, doc.length - 3, doc.length - 10, 20] : Array.from({ length: doc.length }, (_, k) => k);
      for (const cut of cuts) {
        const prefix = doc.slice(0, cut);
        walkJson(" ".repeat(doc.length + 1), () => {});
        const clean = shown(prefix);
        expect(shown(doc).ok).toBe(true);
        expect(shown(prefix)).toEqual(clean);
        expect(jsonStrings(prefix)).toEqual(jsonStringsFormer(prefix));
      }
    }
  });
});
