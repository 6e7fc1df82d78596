import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Keeps the calling thread's heap near what it holds on a long input (issue 12: RSS flat from a
 * 500 MB to a 2 GB dump). What the engine keeps is bounded (tallies, memos, one block of rows'
 * results), but V8 lets garbage pile up in the old generation for as long as the process may
 * grow, toward gigabytes on a large machine: RSS then tracks the input's size, not what is live.
 * A worker thread gets a heap limit (`resourceLimits`); the main thread's limit is fixed when
 * Node starts, so this collects fully once the heap passes `limitMb`, and raises the mark to
 * `GROWTH` times what stays live when that is more (no collection storm on a large live set). Undefined when the
 * runtime does not give a collector function.
 */
export function heapGuard(limitMb: number): (() => void) | undefined {
  const gc = collector();
  if (!gc) return undefined;
  let mark = limitMb * 1048576;
  return () => {
    if (getHeapStatistics().used_heap_size <= mark) return;
    gc();
    if (process.env.DUMPGUARD_HEAP_DEBUG) process.stderr.write(`heap-guard: ${(getHeapStatistics().used_heap_size / 1048576).toFixed(0)} MB live after a full collection\n`);
    mark = Math.max(mark, GROWTH * getHeapStatistics().used_heap_size);
  };
}

/**
 * How far the heap may grow past what stayed live before the next full collection: 1.3, not 2
 * (issue 10, item 11). A dump of 100k small tables kept ~2.6 KB a table live (the catalog and each
 * rule's per-table state); peak RSS above node's own was ~8 KB a table at 2 (looked at every 8 MiB),
 * 4.8-5.1 KB at 1.5 and 4.4 KB at 1.3, for ~20 % more CPU on that dump (18.5 against 15.7 s user).
 * With the catalog's ranges packed it keeps ~1.9 KB a table live, and peak RSS is 3.3 KB a table above
 * node's own (389 MB in all: 4.1 KB a table), still at 1.3.
 * Full collections come at 1.3x steps of the live set, a geometric series (linear total work); below
 * 49 MB live (every realistic dump measured: ~20 MB on the 100 MB one) nothing changes, the mark stays `limitMb`.
 */
const GROWTH = 1.3;

let found: (() => void) | null | undefined;

/**
 * V8's full collection as a function. `--expose-gc` set now gives `gc` to contexts made after; it is
 * a process-wide V8 flag, so it is set back at once: a host that imports the library must not find
 * `gc` in the vm contexts and worker threads it makes later. When the flag is already on (node
 * started with it, or the host set it), it is left as it is.
 */
function collector(): (() => void) | undefined {
  if (found === undefined) {
    try {
      const existing = (globalThis as { gc?: () => void }).gc;
      if (typeof existing === "function") found = existing;
      else {
        let gc = runInNewContext("globalThis.gc") as unknown;
        if (typeof gc !== "function") {
          setFlagsFromString("--expose-gc");
          try {
            gc = runInNewContext("globalThis.gc") as unknown;
          } finally {
            setFlagsFromString("--no-expose-gc");
          }
        }
        found = typeof gc === "function" ? (gc as () => void) : null;
      }
    } catch {
      found = null;
    }
  }
  return found ?? undefined;
}
