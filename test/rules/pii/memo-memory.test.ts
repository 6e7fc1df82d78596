import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The PII rule's bounded memos keyed by text cut from cells: the e-mail detector's answers by domain (10,000
// domains), and the JSON walk's key categories (4,096 keys). V8 keeps a cut as a view into the string it was
// cut from: a remembered domain or key kept the whole input chunk it first came from (half a megabyte), up
// to that many chunks. Each text below is cut from a string of 1 MB that is then dropped; measured by V8 in
// a child process.
const kept = (script: string) => {
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as { found: number; grown: number };
};

describe("the PII rule's memos of domains and JSON keys", () => {
  it("keep the JSON keys, not the cells they were cut from", () => {
    const { found, grown } = kept(`
      const { scanJsonCell } = await import(${JSON.stringify(`${process.cwd()}/src/rules/pii/scan-cell.ts`)});
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      const pad = "x".repeat(1 << 20);
      const birth = { referenceYear: 2026, maxAge: 120 };
      scanJsonCell('{"warm": "up"}', birth);
      const before = heap();
      let found = 0;
      for (let i = 0; i < 100; i++) {
        const big = (pad + '{"contact_phone_number_' + i + '": "+33 6 12 34 56 78"}').slice(0);
        found += scanJsonCell(big.slice(pad.length), birth).length;
      }
      console.log(JSON.stringify({ found, grown: heap() - before }));
    `);
    expect(found).toBe(100);
    expect(grown, `${grown} bytes kept for 100 keys`).toBeLessThan(10 * 1024 * 1024);
  });

  it("keep the domains, not the text they were cut from", () => {
    const script = `
      const { findEmails } = await import(${JSON.stringify(`${process.cwd()}/src/rules/pii/detectors/email.ts`)});
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      const pad = "x".repeat(1 << 20);
      // Warm up (the public suffix list) before the first measure.
      findEmails("warm up: jane.roe@mail-warm.example.org");
      const before = heap();
      let found = 0;
      for (let i = 0; i < 100; i++) {
        const big = (pad + " anna.berg" + i + "@mail-host-number-" + i + ".de.com ").slice(0);
        found += findEmails(big.slice(pad.length)).length;
      }
      console.log(JSON.stringify({ found, grown: heap() - before }));
    `;
    const { found, grown } = kept(script);
    expect(found).toBe(100);
    // Kept as views: ~100 MB (one chunk per domain); kept detached: a few KB per domain.
    expect(grown, `${grown} bytes kept for 100 domains`).toBeLessThan(10 * 1024 * 1024);
  });
});
