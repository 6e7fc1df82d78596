import { describe, expect, it } from "vitest";
import { isSuperlinear, measureScaling } from "./ratio.js";

// The scaling tests' judge: a time per unit that keeps growing with the input fails, a constant factor does not.
describe("isSuperlinear", () => {
  const judge = (msPerUnit: number[]) => isSuperlinear({ ratio: msPerUnit[3]! / msPerUnit[1]!, lastDoubling: msPerUnit[3]! / msPerUnit[2]! });

  it("fails a quadratic path (time per unit doubles with every doubling) and an n^1.5 one", () => {
    expect(judge([1, 2, 4, 8])).toBe(true);
    expect(judge([1, 1.41, 2, 2.83])).toBe(true);
  });

  it("passes a linear path, noise included, and a constant factor that steps in once between x2 and x4", () => {
    expect(judge([1, 1, 1, 1])).toBe(false);
    expect(judge([1.2, 0.9, 1.1, 1.3])).toBe(false);
    // "DDL: wide, shallow" in one CI run: x2 9.8, x4 22.1, x8 20.6 ms/unit.
    expect(judge([10.7, 9.8, 22.1, 20.6])).toBe(false);
  });

  it("measures a real quadratic function as superlinear and a real linear one as not", async () => {
    const work = (n: number) => {
      let x = 0;
      for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003;
      return x;
    };
    const linear = await measureScaling((scale) => scale * 2_000_000, (n) => work(n));
    const quadratic = await measureScaling((scale) => scale * 600, (n) => work(n * n));
    expect(isSuperlinear(linear)).toBe(false);
    expect(isSuperlinear(quadratic)).toBe(true);
  });
});
