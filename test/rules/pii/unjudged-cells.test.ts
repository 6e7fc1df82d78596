import { describe, expect, it, vi } from "vitest";
import { runRuleOnEvents } from "./fake-context.js";

// Issue 10: a detector that throws on a cell must not make the cell silently count as clean. The cell
// still counts as unmatched (one bad cell never stops the scan), and one warning diagnostic says how
// many cells were not judged and where the first was, without the value; also when the rows were
// judged on another thread (the matches' encoder/decoder carry the failure).
const POISON = "poison-4111111111111111@example.net";
vi.mock("../../../src/rules/pii/scan-cell.js", async (original) => {
  const real = await original<typeof import("../../../src/rules/pii/scan-cell.js")>();
  return {
    ...real,
    scanCell: (cell: string, ...rest: unknown[]) => {
      if (cell.includes("poison")) throw new RangeError(`detector failed on ${cell}`);
      return (real.scanCell as (...a: unknown[]) => unknown)(cell, ...rest);
    },
  };
});
const { unsanitizedPii, matchesEncoder, matchesDecoder } = await import("../../../src/rules/unsanitized-pii.js");

const TABLE = { schema: "public", table: "contacts", columns: ["id", "email"], types: ["integer", "text"], firstLine: 10, width: 40 };
/** Feeds rows to the rule (fake-context.ts); `thread`: every row's `map` result goes through the encoder, a structured clone (as to another thread) and the decoder. */
function run(rows: (string | null)[][], { thread = false, options = {} }: { thread?: boolean; options?: object } = {}) {
  return runRuleOnEvents(unsanitizedPii, TABLE, rows, { path: thread ? "thread" : "rows", options });
}

const FIRST = ["alice", "bruno", "chloe", "dmitri", "elena", "farid", "greta", "hugo"];
const LAST = ["martin", "okafor", "lindqvist", "moreau", "tanaka"];
const rows = (n: number, poisoned: number[]) => Array.from({ length: n }, (_, i) => [String(i), poisoned.includes(i) ? `${POISON}-${i}` : `${FIRST[i % 8]}.${LAST[i % 5]}@gmail.com`]);

describe("cells a detector failed on", () => {
  it.each([
    ["on this thread", {}],
    ["through the encoder, as from another thread", { thread: true }],
    ["sampled", { options: { sample: { firstRows: 100, reservoir: 100 } } }],
  ])("are counted and located in one warning, %s, without the value", (_, how) => {
    const { diagnostics, findings } = run(rows(40, [3, 17, 30]), how);
    const unjudged = diagnostics.filter((d) => d.code === "pii-cells-not-judged");
    expect(unjudged).toHaveLength(1);
    expect(unjudged[0]!.severity).toBe("warning");
    expect(unjudged[0]!.message).toMatch(/^3 cell\(s\) could not be judged .* public\.contacts\.email, row 4\)/);
    expect(unjudged[0]!.range?.start.line).toBe(13);
    expect(JSON.stringify(diagnostics)).not.toContain("poison");
    expect(JSON.stringify(diagnostics)).not.toContain("4111");
    // The other cells are judged as ever: the real-looking e-mails are reported.
    expect(findings.length).toBeGreaterThan(0);
  });

  it("no diagnostic when every cell was judged", () => {
    expect(run(rows(40, [])).diagnostics.filter((d) => d.code === "pii-cells-not-judged")).toEqual([]);
    expect(run(rows(40, []), { thread: true }).diagnostics.filter((d) => d.code === "pii-cells-not-judged")).toEqual([]);
  });

  it("the encoder keeps real matches and the failure apart", () => {
    const encoder = matchesEncoder();
    const match = { detector: "email" as const, value: "a@b.c", start: 0, end: 5, masked: "a***" };
    encoder.add([0, [match]]);
    const decoder = matchesDecoder(structuredClone(encoder.finish()));
    expect(decoder.next()).toEqual([, [match]]);
  });
});
