import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";

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
    expect(diagnostics[0]!.message).toMatch(/^column public\.settings\.body: 1 JSON value\(s\) longer than 4 MiB \(the first in row 0\) were not walked by key/);
    expect(diagnostics[0]!.range).toBeDefined();
    // The URI is found in the text even without its key.
    expect(rulesOf(large)).toContain("live-host-pointers");
  });

  it("a long value that is not JSON gets no such diagnostic", async () => {
    const report = await analyze(dump(`"${"y".repeat(5 * 1024 * 1024)}"`));
    expect(report.diagnostics.filter((d) => d.code === "json-not-walked")).toEqual([]);
  });
});
