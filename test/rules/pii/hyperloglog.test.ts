import { describe, expect, it } from "vitest";
import { DistinctCounter, hash64 } from "../../../src/rules/pii/hyperloglog.js";

describe("DistinctCounter", () => {
  it("is exact below its exact limit, ignoring repeats", () => {
    const c = new DistinctCounter();
    for (let i = 0; i < 3000; i++) c.add(`v${i % 700}`);
    expect(c.estimate()).toBe(700);
    expect(c.approximate).toBe(false);
  });

  // The first value is kept without a set (issue 10, item 11): counts from 0 to 3 and the switch to the sketch at tiny limits stay as with a set from the start.
  it.each([0, 1, 2, 3])("is exact for %i distinct values, each repeated", (n) => {
    const c = new DistinctCounter();
    for (let r = 0; r < 3; r++) for (let i = 0; i < n; i++) c.add(`v${i}`);
    expect([c.estimate(), c.approximate]).toEqual([n, false]);
  });

  it.each([
    [0, 1],
    [1, 1],
    [1, 2],
    [2, 3],
  ])("with an exact limit of %i, %i distinct values switch to the sketch only past the limit", (limit, n) => {
    const c = new DistinctCounter(12, limit);
    for (let i = 0; i < n; i++) c.add(`v${i}`);
    expect(c.approximate).toBe(n > limit);
    expect(c.estimate()).toBe(n);
  });

  it("counts one repeated value as one", () => {
    const c = new DistinctCounter();
    for (let i = 0; i < 5000; i++) c.add("same@example.com");
    expect(c.estimate()).toBe(1);
  });

  it.each([2_000, 20_000, 200_000])("estimates %i distinct values within 3 standard errors (3 × 1.6 %%)", (n) => {
    const c = new DistinctCounter();
    for (let i = 0; i < n; i++) c.add(`user${i}@mail.example`);
    // repeats must not inflate the estimate
    for (let i = 0; i < n; i += 3) c.add(`user${i}@mail.example`);
    expect(c.approximate).toBe(true);
    expect(Math.abs(c.estimate() - n) / n).toBeLessThan(3 * (1.04 / Math.sqrt(4096)));
  });

  it("keeps memory bounded: the register array does not grow with the input", () => {
    const c = new DistinctCounter(10, 16);
    for (let i = 0; i < 50_000; i++) c.add(String(i));
    const registers = (c as unknown as { registers: Uint8Array }).registers;
    expect(registers.length).toBe(1024);
    expect(Math.abs(c.estimate() - 50_000) / 50_000).toBeLessThan(3 * (1.04 / Math.sqrt(1024)));
  });

  it("hash64 is deterministic and spreads near-identical strings", () => {
    expect(hash64("abc")).toEqual(hash64("abc"));
    expect(hash64("abc")).not.toEqual(hash64("abd"));
  });
});
