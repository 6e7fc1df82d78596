import { describe, expect, it } from "vitest";
import { applyBaseline, loadBaseline, ConfigError } from "../../src/report/baseline.js";
import { globMatch } from "../../src/report/glob.js";
import { sampleReport } from "./fixtures.js";

describe("globMatch on baseline column globs", () => {
  it.each([
    ["public.users.*", "public.users.password", true],
    ["public.users.*", "public.user.password", false],
    ["*.token", "public.keys.token", true],
    ["public.?eys.token", "public.keys.token", true],
    ["public.keys.token", "public.keys.tokens", false],
    ["*a*a*a*a*a*b", "a".repeat(5000), false],
    // A `*` in the text is still matched by the pattern's `*`, not taken as the literal it equals.
    ["*a", "*ba", true],
  ])("%s ~ %s -> %s", (glob, text, expected) => {
    expect(globMatch(glob, text)).toBe(expected);
  });
});

describe("applyBaseline", () => {
  const findings = sampleReport().findings;
  it("suppresses by column glob and counts per entry", () => {
    const { kept, suppressions } = applyBaseline(findings, loadBaseline({ version: 1, entries: [{ column: "public.keys.*", reason: "fixture" }] }));
    expect(kept.map((f) => f.ruleId)).not.toContain("forbidden-secrets");
    expect(suppressions).toEqual([{ entry: "column=public.keys.*", count: 1 }]);
  });
  it("suppresses by finding fingerprint or evidence fingerprint", () => {
    const evidenceFp = findings[1]!.evidence![0]!.fingerprint;
    expect(applyBaseline(findings, loadBaseline({ version: 1, entries: [{ fingerprint: evidenceFp }] })).kept).toHaveLength(findings.length - 1);
    expect(applyBaseline(findings, loadBaseline({ version: 1, entries: [{ fingerprint: "0123456789abcdef" }] })).kept).toHaveLength(findings.length - 1);
  });
  it("suppresses by detector only when all evidence comes from it", () => {
    expect(applyBaseline(findings, loadBaseline({ version: 1, entries: [{ detector: "aws-access-key-id" }] })).kept).toHaveLength(findings.length - 1);
    expect(applyBaseline(findings, loadBaseline({ version: 1, entries: [{ detector: "github-pat" }] })).kept).toHaveLength(findings.length);
  });
  it("rejects a malformed baseline with the JSON path", () => {
    expect(() => loadBaseline({ version: 1, entries: [{ fingerprint: "xyz" }] })).toThrow(ConfigError);
    expect(() => loadBaseline({ version: 1, entries: [{}] })).toThrow(/at least one/);
    expect(() => loadBaseline({ version: 2, entries: [] })).toThrow(/\$\.version/);
  });
});
