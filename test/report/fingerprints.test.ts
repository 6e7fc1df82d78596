/**
 * Issue 10 item 3: fingerprints stay stable for baselines but cannot be reversed from a report.
 * The brute-force test plays the attacker with the best possible shortlist (the planted values
 * themselves plus their neighbours) and the formula the report used to publish; it must recover
 * nothing, with and without a key.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import stableStringify from "fast-json-stable-stringify";
import { describe, expect, it } from "vitest";
import { analyze, ConfigError } from "../../src/analyze.js";
import { applyBaseline } from "../../src/report/baseline.js";
import { formatJson } from "../../src/report/format-json.js";
import { hasUnguessableValue, outputEvidence, resolveFingerprintKey } from "../../src/report/redact.js";
import type { Report } from "../../src/report/schema.js";

const DUMP = "corpus/dumps/pii-real/plain.sql";
const planted: { detector: string; values: string[] }[] = JSON.parse(readFileSync("test/rules/pii/fixtures/pii-real.planted.json", "utf8")).planted;
const KEY = "0123456789abcdef-project-key";

const sha16 = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);

/** Every fingerprint a report publishes, finding-level and evidence-level. */
function published(report: Report): Set<string> {
  const out = new Set<string>();
  for (const f of report.findings) {
    out.add(f.fingerprint);
    for (const e of f.evidence ?? []) if (e.fingerprint) out.add(e.fingerprint);
  }
  return out;
}

/** The attacker's shortlist: each planted low-entropy value and a few neighbours, as the space a real search walks. */
function candidates(): { detector: string; value: string }[] {
  const out: { detector: string; value: string }[] = [];
  const bump = (v: string, k: number) => v.replace(/\d(?=\D*$)/, (d) => String((Number(d) + k) % 10));
  for (const p of planted) {
    if (!["us-ssn", "ip-address", "birth-date", "phone"].includes(p.detector)) continue;
    for (const v of p.values) for (let k = 0; k < 10; k++) out.push({ detector: p.detector, value: bump(v, k) });
  }
  return out;
}

/** Budget: a few hashes per candidate, the formulas a reader of the README would try. */
function recovered(report: Report): string[] {
  const fps = published(report);
  const hits: string[] = [];
  const objects = report.findings.map((f) => stableStringify(f.object ?? {}));
  for (const { detector, value } of candidates()) {
    const tries = [sha16(detector, value), sha16("public-host", value), sha16("internal-host", value)];
    for (const o of objects.slice(0, 50)) tries.push(sha16("live-host-pointers", o, `public-host:${value}#1`, ""));
    if (tries.some((t) => fps.has(t))) hits.push(value);
  }
  return hits;
}

describe("fingerprint brute force on the real-PII corpus dump", () => {
  it("the attack is real: the shortlist holds the planted values and the old formula finds them in an unprotected digest", () => {
    const list = candidates();
    expect(list.length).toBeGreaterThan(7000);
    const ssn = planted.find((p) => p.detector === "us-ssn")!.values[0]!;
    const old = new Set([sha16("us-ssn", ssn)]);
    expect(list.some((c) => old.has(sha16(c.detector, c.value)))).toBe(true);
  });

  it("recovers nothing from a report made without a key (no value fingerprint for low-entropy kinds)", async () => {
    const report = await analyze({ path: DUMP });
    expect(report.findings.length).toBeGreaterThan(20);
    expect(recovered(report)).toEqual([]);
    for (const f of report.findings) for (const e of f.evidence ?? []) if (!hasUnguessableValue(e)) expect(e.fingerprint, e.detector).toBeUndefined();
  }, 60_000);

  it("recovers nothing from a keyed report, whose fingerprints are stable per key and differ between keys", async () => {
    const a = await analyze({ path: DUMP }, { fingerprintKey: KEY });
    const b = await analyze({ path: DUMP }, { fingerprintKey: KEY });
    const other = await analyze({ path: DUMP }, { fingerprintKey: `${KEY}-2` });
    expect(recovered(a)).toEqual([]);
    expect(formatJson(a)).toBe(formatJson(b));
    const withValue = a.findings.flatMap((f) => f.evidence ?? []).filter((e) => e.fingerprint);
    expect(withValue.length).toBeGreaterThan(20);
    const otherFps = published(other);
    expect([...published(a)].filter((fp) => otherFps.has(fp))).toEqual([]);
  }, 60_000);
});

describe("fingerprint keys", () => {
  it("reads the option, else DUMPGUARD_FINGERPRINT_KEY, and refuses a short key", async () => {
    expect(resolveFingerprintKey(undefined, {}).key).toBeUndefined();
    expect(resolveFingerprintKey(undefined, { DUMPGUARD_FINGERPRINT_KEY: KEY }).key).toEqual(new TextEncoder().encode(KEY));
    expect(resolveFingerprintKey("short", {}).error).toMatch(/at least 16/);
    await expect(analyze("SELECT 1;", { fingerprintKey: "short" })).rejects.toThrow(ConfigError);
  });

  it("keeps unkeyed digests only for random-format values of 20+ characters", () => {
    const e = { detector: "stripe-live-secret-key", masked: "sk_l…(32 chars)", length: 32, fingerprint: "0123456789abcdef" };
    expect(outputEvidence(e, undefined).fingerprint).toBe("0123456789abcdef");
    expect(outputEvidence({ ...e, detector: "us-ssn", length: 11 }, undefined).fingerprint).toBeUndefined();
    expect(outputEvidence({ ...e, detector: "secret-named-column" }, undefined).fingerprint).toBeUndefined();
    expect(outputEvidence(e, new TextEncoder().encode(KEY)).fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(outputEvidence(e, new TextEncoder().encode(KEY)).fingerprint).not.toBe("0123456789abcdef");
  });
});

describe("baselines keep matching", () => {
  const dump = "CREATE TABLE public.c (id int, ssn text, ip inet);\nCOPY public.c (id, ssn, ip) FROM stdin;\n1\t536-22-1234\t81.2.69.142\n\\.\n";
  const shifted = `-- a re-dump moves every line\n\n${dump}`;

  it("a finding fingerprint suppresses the same finding in a shifted dump, keyed or not", async () => {
    for (const fingerprintKey of [undefined, KEY]) {
      const first = await analyze(dump, fingerprintKey ? { fingerprintKey } : {});
      expect(first.findings.length).toBeGreaterThan(0);
      const baseline = { version: 1 as const, entries: first.findings.map((f) => ({ fingerprint: f.fingerprint })) };
      const again = await analyze(shifted, { baseline, ...(fingerprintKey ? { fingerprintKey } : {}) });
      expect(again.findings.filter((f) => f.ruleId !== "input-integrity")).toEqual([]);
    }
  });

  it("a keyed evidence fingerprint suppresses every finding carrying that value", async () => {
    const report = await analyze(dump, { fingerprintKey: KEY });
    const ssn = report.findings.find((f) => f.evidence?.some((e) => e.detector === "us-ssn"))!;
    const fp = ssn.evidence!.find((e) => e.detector === "us-ssn")!.fingerprint!;
    const { kept } = applyBaseline(report.findings, { version: 1, entries: [{ fingerprint: fp }] });
    expect(kept).toHaveLength(report.findings.length - 1);
  });
});
