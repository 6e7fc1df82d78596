import { describe, expect, it, vi } from "vitest";
import type { ColumnShare } from "../../../src/rules/rule.js";
import { waterFill } from "../../../src/parallel/rule-split.js";
import { runRuleOnEvents, type OneTable } from "./fake-context.js";

// --jobs N (issue 12): unsanitized-pii's columns dealt over N threads. Each part tallies its own columns
// over every row; parts 1 .. N-1 hand their tallies (and cells they could not judge) off as plain data, part 0 takes them
// in and reports every column. Whatever the split, the outputs are the whole rule's on one thread.
const POISON = "poison-4111111111111111@example.net";
vi.mock("../../../src/rules/pii/scan-cell.js", async (original) => {
  const real = await original<typeof import("../../../src/rules/pii/scan-cell.js")>();
  return {
    ...real,
    scanCell: (cell: string, ...rest: unknown[]) => {
      if (cell.includes("poison")) throw new RangeError("detector failed");
      return (real.scanCell as (...a: unknown[]) => unknown)(cell, ...rest);
    },
  };
});
const { unsanitizedPii } = await import("../../../src/rules/unsanitized-pii.js");

/** Four e-mail columns of equal weight: the worker's part gets three, the calling thread's one (the 4th). */
const TABLE: OneTable = { schema: "public", table: "contacts", columns: ["id", "email", "work_email", "home_email", "backup_email"], types: ["integer", "text", "text", "text", "text"], firstLine: 10, width: 60 };
const FIRST = ["alice", "bruno", "chloe", "dmitri", "elena", "farid", "greta", "hugo"];
const LAST = ["martin", "okafor", "lindqvist", "moreau", "tanaka"];

function rows(n: number, poison: [row: number, column: number][]): (string | null)[][] {
  return Array.from({ length: n }, (_, i) =>
    [String(i), ...[1, 2, 3, 4].map((c) => (poison.some(([r, k]) => r === i && k === c) ? `${POISON}-${i}` : c === 3 && i % 4 === 0 ? null : c === 2 ? `user${i}@example.com` : `${FIRST[(i + c) % 8]}.${LAST[i % 5]}@gmail.com`))],
  );
}

/** The rule in as many parts as `shares`, the workers' first (each hand-off cloned as between threads), then part 0 with them, in part order. */
function inParts(data: (string | null)[][], options: object = {}, shares: readonly number[] = [0.25, 0.75]) {
  const parts = shares.length;
  const handed: unknown[] = [];
  let counts: readonly number[] | undefined;
  const share = (part: number): ColumnShare => ({
    part,
    parts,
    shares,
    handOff: (state) => void (handed[part - 1] = structuredClone(state)),
    handedOver: () => handed,
    tallied: (byPart) => void (counts = byPart),
  });
  const workers = Array.from({ length: parts - 1 }, (_, i) => runRuleOnEvents(unsanitizedPii, TABLE, data, { path: "split", options, columnShare: share(i + 1) }));
  const here = runRuleOnEvents(unsanitizedPii, TABLE, data, { path: "split", options, columnShare: share(0) });
  return { there: workers[0]!, workers, here, counts };
}

describe("unsanitized-pii with its columns dealt over threads", () => {
  it.each([
    ["none unjudged", []],
    ["the first unjudged cell in the calling thread's column", [[2, 4], [5, 1], [9, 2]]],
    ["the first unjudged cell in the worker's column", [[1, 2], [5, 4]]],
    ["both in one row: the lower column first", [[3, 4], [3, 1]]],
  ] as [string, [number, number][]][])("reports as the whole rule does: %s", (_, poison) => {
    const data = rows(60, poison);
    const whole = runRuleOnEvents(unsanitizedPii, TABLE, data, { path: "split" });
    const { there, here, counts } = inParts(data);
    // The worker's part reports nothing itself; both parts tallied columns.
    expect([there.findings, there.verdicts, there.diagnostics]).toEqual([[], [], []]);
    expect(counts).toEqual([1, 3]);
    expect(whole.findings.length).toBeGreaterThan(0);
    expect(here.findings).toEqual(whole.findings);
    expect(here.verdicts).toEqual(whole.verdicts);
    expect(here.diagnostics).toEqual(whole.diagnostics);
    expect(here.diagnostics.filter((d) => d.code === "pii-cells-not-judged")).toHaveLength(poison.length > 0 ? 1 : 0);
  });

  it("a numbered sequence, a repeated value and a pseudonymized table are judged on the whole column, whichever thread tallied it", () => {
    const data = Array.from({ length: 40 }, (_, i) => [String(i), `user${i}@gmail.com`, "same@gmail.com", `${FIRST[i % 8]}.${LAST[i % 5]}@example.com`, `${FIRST[i % 8]}${i}.${LAST[i % 5]}@gmail.com`]);
    const whole = runRuleOnEvents(unsanitizedPii, TABLE, data, { path: "split" });
    const { here } = inParts(data);
    expect(here.verdicts).toEqual(whole.verdicts);
    expect(here.findings).toEqual(whole.findings);
    expect(here.diagnostics).toEqual(whole.diagnostics);
  });

  it.each([
    // From 3 threads on the calling thread's own rules are a worker's share or more: it tallies none (the engine's shares, waterFill).
    [3, waterFill([0.5, 0, 0]), [0, 2, 2]],
    [4, waterFill([0.5, 0, 0, 0]), [0, 2, 1, 1]],
    // From 4 on forbidden-secrets runs on worker 1: its share is smaller.
    [4, waterFill([0.1, 0.4, 0, 0]), [1, 0, 2, 1]],
    [3, [0.3, 0.35, 0.35], [1, 2, 1]],
    [4, [0.25, 0.25, 0.25, 0.25], [1, 1, 1, 1]],
  ] as [number, number[], number[]][])("in %i parts (shares %j): dealt over every part, the whole rule's outputs", (parts, shares, dealt) => {
    expect(shares).toHaveLength(parts);
    for (const poison of [[], [[2, 4], [5, 1], [9, 2]], [[1, 2], [5, 4]], [[3, 4], [3, 3], [3, 1]]] as [number, number][][]) {
      const data = rows(60, poison);
      const whole = runRuleOnEvents(unsanitizedPii, TABLE, data, { path: "split" });
      const { workers, here, counts } = inParts(data, {}, shares);
      for (const there of workers) expect([there.findings, there.verdicts, there.diagnostics]).toEqual([[], [], []]);
      expect(counts).toEqual(dealt);
      expect(here.findings).toEqual(whole.findings);
      expect(here.verdicts).toEqual(whole.verdicts);
      expect(here.diagnostics).toEqual(whole.diagnostics);
    }
  });
});
