import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { heapGuard } from "../../src/core/heap-guard.js";

describe("heapGuard", () => {
  it("collects once the heap passes its mark: garbage does not stay", () => {
    const guard = heapGuard(8);
    expect(guard).toBeTypeOf("function");
    let garbage: object[] = [];
    for (let i = 0; i < 300_000; i++) garbage.push({ i, s: `value ${i}` });
    garbage = [];
    const before = getHeapStatistics().used_heap_size;
    guard!();
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before);
  });

});
