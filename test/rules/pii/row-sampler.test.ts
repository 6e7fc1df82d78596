import { describe, expect, it } from "vitest";
import { RowSampler, seededRandom } from "../../../src/rules/pii/row-sampler.js";

describe("RowSampler", () => {
  it("passes the first rows through and keeps a reservoir of the rest", () => {
    const s = new RowSampler<number>({ firstRows: 10, reservoir: 5, seed: 1 }, 0);
    const now: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const r = s.offer(i);
      if (r !== undefined) now.push(r);
    }
    expect(now).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.counts).toEqual({ rowsSeen: 1000, rowsSampled: 15 });
    const kept = s.drain();
    expect(kept).toHaveLength(5);
    for (const k of kept) expect(k).toBeGreaterThanOrEqual(10);
    expect(new Set(kept).size).toBe(5);
  });

  it("is reproducible for the same seed and differs for another", () => {
    const run = (seed: number) => {
      const s = new RowSampler<number>({ firstRows: 0, reservoir: 8, seed }, 42);
      for (let i = 0; i < 10_000; i++) s.offer(i);
      return s.drain();
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it("samples roughly uniformly: each half of the stream gets about half the reservoir", () => {
    const s = new RowSampler<number>({ firstRows: 0, reservoir: 2000, seed: 3 }, 0);
    for (let i = 0; i < 100_000; i++) s.offer(i);
    const firstHalf = s.drain().filter((x) => x < 50_000).length;
    // binomial(2000, 0.5): sd ≈ 22; allow 5 sd
    expect(Math.abs(firstHalf - 1000)).toBeLessThan(112);
  });

  it("keeps every row when the table is smaller than firstRows + reservoir", () => {
    const s = new RowSampler<number>({ firstRows: 3, reservoir: 10, seed: 1 }, 0);
    for (let i = 0; i < 8; i++) s.offer(i);
    expect(s.drain().sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7]);
  });

  it("seededRandom yields numbers in [0, 1)", () => {
    const r = seededRandom(99);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
