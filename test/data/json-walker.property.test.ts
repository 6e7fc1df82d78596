// The JSON walker holds a frame's member key as its place in the units and makes a key string only when a caller asks
// (issue 12, stop 25): held here, leaf by leaf, to the walker as it was before (fixtures/json-walker-former.ts), whatever a
// visitor asks for and in what order (the key twice, the value before the key, a path only, nothing), on random documents
// (escapes, surrogates, lone surrogates, deep nesting, huge keys, arrays under keys, documents cut short), on every
// JSON-looking COPY value of the corpus, and on texts read in place inside larger units (a cell in its line's units).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonStrings, walkJson, type JsonLeaf } from "../../src/data/json-strings.js";
import { decodeCopyLine } from "../../src/data/copy.js";
import type { UnitsView } from "../../src/core/text-units.js";
import { corpusCopyValues } from "../corpus/copy-values.js";
import { jsonStrings as jsonStringsWalkerFormer, walkJson as walkJsonFormer } from "./fixtures/json-walker-former.js";

type Walk = (text: string, visit: (leaf: JsonLeaf) => void, units?: UnitsView) => boolean;

/**
 * What a visitor sees when it asks, at leaf number k, the questions `plan(k)` names in that order (k: key, v: value,
 * p: path, i: isKey, d: digits and at), read more than once where the plan says so; and the walk's answer.
 */
function seen(walk: Walk, text: string, plan: (k: number) => string, units?: UnitsView): { ok: boolean; leaves: unknown[][] } {
  const leaves: unknown[][] = [];
  let k = 0;
  const ok = walk(
    text,
    (leaf) => {
      const asked: unknown[] = [];
      for (const q of plan(k++)) {
        if (q === "k") asked.push(leaf.key);
        else if (q === "v") asked.push(leaf.value);
        else if (q === "p") asked.push(leaf.path());
        else if (q === "i") asked.push(leaf.isKey);
        else asked.push(leaf.digits, leaf.at);
      }
      leaves.push(asked);
    },
    units,
  );
  return { ok, leaves };
}

const PLANS = ["ikvpd", "kkvv", "vkpk", "p", "", "d", "ik", "kpvpk", "vvv"];
const planOf = (seed: number) => (k: number) => PLANS[(seed + k * 7) % PLANS.length]!;

/** Keys and string values: escapes of every kind, surrogate pairs and lone surrogates, long runs, quoting needs. */
const jsonText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.constantFrom("", "a", "name", "tags", "b c", "10", "x\u00e9", "\ud83d\ude00", "\ud800", "\udc00x", '"q"', "back\\slash", "tab\tnl\n", "@", "0123456789"),
  fc.nat(40).map((n) => "k".repeat(13 + n)),
);
/** Raw JSON string literals as written, escapes included (`\u0041`, `\/`, an escaped surrogate pair). */
const literal = fc.oneof(
  jsonText.map((s) => JSON.stringify(s)),
  fc.constantFrom(String.raw`"h\u006fst"`, String.raw`"\ud83d\ude00"`, String.raw`"\u0030\u0040"`, String.raw`"a\/b"`, String.raw`"\b\f\n\r\t\"\\"`, String.raw`"\uD800"`),
);
const scalar = fc.oneof(literal, fc.constantFrom("true", "false", "null", "0", "-1.5e3", "12345678901234567890", "1E+2"));
const { doc } = fc.letrec<{ doc: string; array: string; object: string }>((tie) => ({
  doc: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("doc"), { maxLength: 5 }).map((items) => `[${items.join(", ")}]`),
  object: fc.array(fc.tuple(literal, tie("doc")), { maxLength: 5 }).map((members) => `{${members.map(([k, v]) => `${k}: ${v}`).join(",")}}`),
}));
/** Documents (top level an object or array), some wrapped in deep nesting past 64 levels, some cut short. */
const documents = fc
  .tuple(fc.oneof(doc, doc.map((d) => `[${d}]`), doc.map((d) => `{"k": ${d}}`)), fc.nat(80), fc.array(literal, { maxLength: 3 }), fc.nat(12), fc.boolean())
  .map(([inner, depth, keys, cut, whole]) => {
    let text = inner;
    for (let d = 0; d < depth; d++) text = d % 3 === 0 ? `[1, ${text}, "2"]` : `{${keys[d % Math.max(1, keys.length)] ?? '"k"'}: ${text}, "n${d}": ["x@y.z 12345678", {"in": [true]}]}`;
    return whole ? text : text.slice(0, Math.max(1, text.length - cut));
  });

const same = (text: string, seed: number, units?: UnitsView, formerUnits?: UnitsView) =>
  expect(seen(walkJson, text, planOf(seed), units)).toEqual(seen(walkJsonFormer, text, planOf(seed), formerUnits));

/** `text` in place inside a larger array of units, from `start`, with a delimiter (not a 0) after it: a cell in its COPY line. */
function inLine(text: string, start: number): UnitsView {
  const units = new Uint16Array(start + text.length + 2);
  units.fill(0x61, 0, start);
  for (let i = 0; i < text.length; i++) units[start + i] = text.charCodeAt(i);
  units[start + text.length] = 0;
  units[start + text.length + 1] = 0x09;
  return { units, start, length: text.length };
}

describe("the JSON walker's keys as places in the units (issue 12, stop 25)", () => {
  it("shows every visitor what the former walker showed, whatever it asks and in what order", () => {
    fc.assert(
      fc.property(documents, fc.nat(PLANS.length - 1), (text, seed) => {
        same(text, seed);
        expect(jsonStrings(text)).toEqual(jsonStringsWalkerFormer(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("reads a text in place in larger units as it reads its own copy, at any offset", () => {
    fc.assert(
      fc.property(documents, fc.nat(PLANS.length - 1), fc.nat(9), (text, seed, start) => {
        same(text, seed, inLine(text, start), inLine(text, start));
        same(text, seed, inLine(text, start));
      }),
      { numRuns: 1000 },
    );
  });

  it("on every JSON-looking COPY value of the corpus, decoded", () => {
    const values = corpusCopyValues()
      .map((raw) => decodeCopyLine(raw, { delimiter: "\t", nullString: "\\N" })[0])
      .filter((v): v is string => v !== null && v !== undefined && /^\s*[[{]/.test(v));
    expect(values.length).toBeGreaterThan(100);
    for (const [i, text] of values.entries()) {
      same(text, i);
      expect(jsonStrings(text)).toEqual(jsonStringsWalkerFormer(text));
    }
  });

  it("huge keys, long arrays under one key, deep nesting, escaped keys and walks inside walks", () => {
    const huge = "K".repeat(20_000);
    const texts = [
      `{"${huge}": [${Array.from({ length: 500 }, (_, i) => `"v${i}"`).join(",")}], "after": {"${huge}x": 1}}`,
      `{"t\\u0061gs": ["a", ["b", {"c": [1, 2]}], "d"], "\\ud83d\\ude00": {"x": [[["deep"]]]}}`,
      `${'{"a": ['.repeat(120)}"leaf"${"]}".repeat(120)}`,
      `${"[".repeat(5000)}{"k": "v"}${"]".repeat(5000)}`,
      `${'{"k": '.repeat(3000)}{"password": "x"}${"}".repeat(3000)}`,
    ];
    for (const [i, text] of texts.entries()) for (let seed = 0; seed < PLANS.length; seed++) same(text, seed + i);
    // A visitor that walks another document: each walk keeps its own frames' keys.
    const nested = (walk: Walk) => {
      const out: unknown[] = [];
      walk('{"outer": ["{\\"inner\\": [1, 2]}", "x"], "k2": "{\\"q\\": {\\"r\\": 3}}"}', (leaf) => {
        out.push(leaf.key, leaf.value);
        if (!leaf.isKey && leaf.value.startsWith("{")) walk(leaf.value, (inner) => void out.push(inner.key, inner.path(), inner.value));
        out.push(leaf.key, leaf.path());
      });
      return out;
    };
    expect(nested(walkJson)).toEqual(nested(walkJsonFormer));
  });
});
