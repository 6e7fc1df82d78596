import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
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

  it("leaves no gc behind in the host: vm contexts and worker threads made after see none", () => {
    // A fresh node without --expose-gc (vitest's own workers may have it): the library borrows the flag and sets it back.
    const guardUrl = new URL("../../src/core/heap-guard.ts", import.meta.url).href;
    const script = `
      import { runInNewContext } from "node:vm";
      import { Worker } from "node:worker_threads";
      import { getHeapStatistics } from "node:v8";
      const { heapGuard } = await import(${JSON.stringify(guardUrl)});
      const before = runInNewContext("typeof gc");
      const guard = heapGuard(1);
      let garbage = [];
      for (let i = 0; i < 300000; i++) garbage.push({ i, s: "value " + i });
      garbage = [];
      const used = getHeapStatistics().used_heap_size;
      guard();
      const collected = getHeapStatistics().used_heap_size < used;
      const after = runInNewContext("typeof gc");
      const inWorker = await new Promise((resolve, reject) => {
        const w = new Worker("require('node:worker_threads').parentPort.postMessage(typeof gc)", { eval: true, execArgv: [] });
        w.once("message", resolve);
        w.once("error", reject);
      });
      console.log(JSON.stringify({ before, guard: typeof guard, collected, after, inWorker, main: typeof globalThis.gc }));
    `;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout.trim())).toEqual({ before: "undefined", guard: "function", collected: true, after: "undefined", inWorker: "undefined", main: "undefined" });
  });
});
