import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsAttestation, normalizeAttestation } from "../../../src/rules/shape/attestation-text.js";
import { globMatch } from "../../../src/report/glob.js";
import { tableMatches } from "../../../src/rules/shape/glob.js";
import { base64DecodedLength, matchesHashForm } from "../../../src/rules/shape/hash-form.js";
import { uniqueIndexColumns } from "../../../src/rules/shape/structure.js";
import { loadSpec } from "../../../src/report/spec.js";

describe("globMatch", () => {
  const valid: [string, string][] = [["directus_*", "directus_users"], ["directus_*", "directus_"], ["*", ""], ["a?c", "abc"], ["*_log*", "audit_log_2024"], ["**x", "x"]];
  for (const [p, t] of valid) it(`${p} matches ${t}`, () => expect(globMatch(p, t)).toBe(true));
  const invalid: [string, string][] = [["directus_*", "app_directus_users"], ["a?c", "ac"], ["abc", "abcd"], ["*x", "xy"], ["", "a"]];
  for (const [p, t] of invalid) it(`${p} does not match ${t}`, () => expect(globMatch(p, t)).toBe(false));
  it("matches schema.table when the pattern has a dot, else the bare name", () => {
    expect(tableMatches("app.*", "app", "users")).toBe(true);
    expect(tableMatches("app.*", "public", "users")).toBe(false);
    expect(tableMatches("users", "app", "users")).toBe(true);
  });
  it("agrees with an anchored regular expression on random patterns", () => {
    const alphabet = fc.constantFrom("a", "b", "*", "?");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(fc.constantFrom("a", "b"), { maxLength: 10 }), (p, t) => {
        const pattern = p.join("");
        const regex = new RegExp(`^${pattern.replaceAll("*", ".*").replaceAll("?", ".")}$`, "s");
        expect(globMatch(pattern, t.join(""))).toBe(regex.test(t.join("")));
      }),
    );
  });
});

describe("hash forms", () => {
  const sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  it("hex: exactly the declared number of hex digits, either case", () => {
    expect(matchesHashForm(sha256, { form: "hex", length: 64 })).toBe(true);
    expect(matchesHashForm(sha256.toUpperCase(), { form: "hex", length: 64 })).toBe(true);
    expect(matchesHashForm(sha256.slice(0, 40), { form: "hex", length: 64 })).toBe(false);
    expect(matchesHashForm(`${sha256.slice(0, 63)}g`, { form: "hex", length: 64 })).toBe(false);
    expect(matchesHashForm(` ${sha256.slice(1)}`, { form: "hex", length: 64 })).toBe(false);
  });
  it("sha256-prefixed: the prefix and 64 hex digits", () => {
    expect(matchesHashForm(`sha256:${sha256}`, { form: "sha256-prefixed" })).toBe(true);
    expect(matchesHashForm(sha256, { form: "sha256-prefixed" })).toBe(false);
    expect(matchesHashForm(`sha512:${sha256}`, { form: "sha256-prefixed" })).toBe(false);
    expect(matchesHashForm(`sha256:${sha256}0`, { form: "sha256-prefixed" })).toBe(false);
  });
  it("base64: padded standard alphabet decoding to the declared byte count", () => {
    // Node's encoder is the independent reference here.
    for (const n of [1, 2, 3, 16, 32, 33]) {
      const text = Buffer.alloc(n, 0xfb).toString("base64");
      expect(base64DecodedLength(text)).toBe(n);
      expect(matchesHashForm(text, { form: "base64", bytes: n })).toBe(true);
    }
    expect(matchesHashForm(Buffer.alloc(32).toString("base64url").replaceAll("=", ""), { form: "base64", bytes: 32 })).toBe(false);
    expect(matchesHashForm("q83vEjRWeJA", { form: "base64", bytes: 8 })).toBe(false);
    expect(matchesHashForm("q83v*jRWeJA=", { form: "base64", bytes: 8 })).toBe(false);
  });
});

describe("attestation text", () => {
  it("compares case-insensitively with runs of whitespace as one space", () => {
    const wanted = normalizeAttestation("Sanitized, NON-production copy;  no live pointers");
    expect(containsAttestation("-- THIS is a sanitized,\tnon-production\n copy; no live pointers.", wanted)).toBe(true);
    expect(containsAttestation("sanitized, production copy; no live pointers", wanted)).toBe(false);
  });
  it("never matches an empty requirement", () => expect(containsAttestation("anything", "")).toBe(false));
});

describe("uniqueIndexColumns", () => {
  it("reads plain column lists and refuses expression and partial indexes", () => {
    expect(uniqueIndexColumns("CREATE UNIQUE INDEX i ON public.t USING btree (a, \"B c\")")).toEqual(["a", "B c"]);
    expect(uniqueIndexColumns("CREATE UNIQUE INDEX i ON public.t USING btree (lower(email))")).toBeUndefined();
    expect(uniqueIndexColumns("CREATE UNIQUE INDEX i ON public.t USING btree (a) WHERE (b IS NULL)")).toBeUndefined();
  });
});

describe("loadSpec never throws", () => {
  it("whatever JSON value it is given", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const loaded = loadSpec(value);
      expect(typeof loaded.ok).toBe("boolean");
    }), { numRuns: 300 });
  });
  it("on spec-shaped values with random leaves", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const column = fc.record({ name: leaf, type: leaf, family: leaf, role: fc.record({ kind: fc.constantFrom("id", "status", "hash", "timestamp"), form: leaf, length: leaf, notBefore: leaf }, { requiredKeys: ["kind"] }) }, { requiredKeys: [] });
    const table = fc.record({ name: leaf, columns: fc.array(column, { maxLength: 3 }), primaryKey: leaf, foreignKeys: fc.array(fc.record({ columns: leaf, references: fc.record({ table: leaf }) }), { maxLength: 2 }) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.record({ tables: fc.array(table, { maxLength: 3 }), groups: fc.array(fc.record({ name: leaf, when: fc.record({ tableMatches: leaf }), tables: fc.array(table, { maxLength: 2 }) }), { maxLength: 2 }), extends: fc.constantFrom(undefined, "/nonexistent/x.json") }, { requiredKeys: [] }), (value) => {
      const loaded = loadSpec(value);
      if (!loaded.ok) expect(loaded.errors.every((e) => e.jsonPath.startsWith("$"))).toBe(true);
    }), { numRuns: 300 });
  });
});
