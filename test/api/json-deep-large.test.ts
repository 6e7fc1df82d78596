import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { isWalkableJsonSize, jsonStrings, MAX_JSON_LEAVES } from "../../src/data/json-strings.js";

const CLI = "dist/cli.js";
/** A JSON object of `keys` small dense members (`"k1": 1` or `"k2": "v2"`), then the planted leaves. */
const wide = (keys: number) => `{${Array.from({ length: keys }, (_, i) => `"k${i}": ${i % 2 ? `"v${i}"` : i}`).join(", ")}, ${LEAVES.slice(1)}`;

const LEAVES = '{"password":"Tr0ub4dor&3xQ!zz9k","ssn":"536-90-4399","callback":"postgres://admin@db.prod.acme-corp.com:5432/app"}';
const dump = (doc: string) => `CREATE TABLE public.settings (id integer, body jsonb);\nCOPY public.settings (id, body) FROM stdin;\n1\t${doc}\n\\.\n`;
const rulesOf = (report: Awaited<ReturnType<typeof analyze>>) => report.findings.map((f) => f.ruleId).sort();

describe("deep or large JSON never loses key context silently (issue 10 item 13)", () => {
  // JSON nested deeper than 256 levels was not walked at all: the password, the SSN and the host went unreported.
  it("a value 300 and 5,000 levels deep is judged by its key like one at the top", async () => {
    const shallow = await analyze(dump(LEAVES));
    expect(rulesOf(shallow)).toEqual(["forbidden-secrets", "live-host-pointers", "unsanitized-pii"]);
    for (const depth of [300, 5000]) {
      const report = await analyze(dump(`${'{"level":'.repeat(depth)}${LEAVES}${"}".repeat(depth)}`));
      expect(rulesOf(report), `depth ${depth}`).toEqual(rulesOf(shallow));
      expect(report.diagnostics.filter((d) => d.code === "json-not-walked")).toEqual([]);
    }
  });

  it("a value too large to walk by key gets a diagnostic naming the column and row, and is still scanned as text", async () => {
    const large = await analyze(dump(`{"pad":"${"x".repeat(5 * 1024 * 1024)}",${LEAVES.slice(1)}`));
    const diagnostics = large.diagnostics.filter((d) => d.code === "json-not-walked");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^column public\.settings\.body: 1 JSON value\(s\) longer than 4 MiB or with more than 16,384 keys and values \(the first in row 0\) were not walked by key/);
    expect(diagnostics[0]!.range).toBeDefined();
    // The URI is found in the text even without its key.
    expect(rulesOf(large)).toContain("live-host-pointers");
  });

  it("a long value that is not JSON gets no such diagnostic", async () => {
    const report = await analyze(dump(`"${"y".repeat(5 * 1024 * 1024)}"`));
    expect(report.diagnostics.filter((d) => d.code === "json-not-walked")).toEqual([]);
  });

  // Wide JSON under 4 MiB had no bound: every rule's walk listed every leaf (~200 bytes of heap
  // each), so 200k small keys (4 MB) aborted under a 48 MB heap where the same text read as text
  // needs less than 32 MB.
  it(`JSON with more than MAX_JSON_LEAVES (${MAX_JSON_LEAVES}) keys and values is not listed; the count is exact`, () => {
    const doc = (leaves: number) => `[${Array.from({ length: leaves }, (_, i) => (i % 4 === 0 ? "true" : i % 4 === 1 ? `"a\\"${i}"` : i % 4 === 2 ? `-${i}.5e3` : "false")).join(",")}, null]`;
    expect(jsonStrings(doc(MAX_JSON_LEAVES))).toHaveLength(MAX_JSON_LEAVES);
    expect(isWalkableJsonSize(doc(MAX_JSON_LEAVES))).toBe(true);
    expect(jsonStrings(doc(MAX_JSON_LEAVES + 1))).toBeUndefined();
    expect(isWalkableJsonSize(doc(MAX_JSON_LEAVES + 1))).toBe(false);
    // Keys count as leaves: an object of half as many members is at the limit.
    const object = (members: number) => `{${Array.from({ length: members }, (_, i) => `"k${i}":"v"`).join(",")}}`;
    expect(jsonStrings(object(MAX_JSON_LEAVES / 2))).toHaveLength(MAX_JSON_LEAVES);
    expect(jsonStrings(object(MAX_JSON_LEAVES / 2 + 1))).toBeUndefined();
  });

  it("a wide JSON value under 4 MiB gets the diagnostic and is still scanned as text", async () => {
    const report = await analyze(dump(wide(MAX_JSON_LEAVES)));
    const diagnostics = report.diagnostics.filter((d) => d.code === "json-not-walked");
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^column public\.settings\.body: 1 JSON value\(s\) longer than 4 MiB or with more than 16,384 keys and values \(the first in row 0\)/)]);
    expect(rulesOf(report)).toContain("live-host-pointers");
    // Just under the limit it is walked by key as before.
    const walked = await analyze(dump(wide(MAX_JSON_LEAVES / 2 - 10)));
    expect(walked.diagnostics.filter((d) => d.code === "json-not-walked")).toEqual([]);
    expect(rulesOf(walked)).toEqual(["forbidden-secrets", "live-host-pointers", "unsanitized-pii"]);
  });

  it.runIf(existsSync(CLI))("a 4 MB jsonb value of 200k small keys is checked under a 40 MB heap", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-widejson-"));
    const file = join(dir, "wide.sql");
    const doc = wide(200_000);
    expect(doc.length).toBeLessThan(4 * 1024 * 1024);
    writeFileSync(file, dump(doc));
    const r = spawnSync(process.execPath, ["--max-old-space-size=40", CLI, "check", file, "--format", "json", "--jobs", "1"], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).toBe(0); // the host is a warning
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; diagnostics: { code: string }[] };
    expect(report.diagnostics.map((d) => d.code)).toContain("json-not-walked");
    expect(report.findings.map((f) => f.ruleId)).toContain("live-host-pointers");
  });
});
