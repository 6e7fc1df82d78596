import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker } from "node:worker_threads";
import type { AnalyzeOptions } from "../analyze.js";
import { DEFAULT_BLOCK_ROWS } from "./row-share.js";
import { DEFAULT_AHEAD, MainShare, mapperCapacity, newSharedState } from "./threaded-share.js";

/** Below this, worker threads cost more (start-up, a second read and catalog) than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;

const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);

/** The worker script next to this module: the built one in dist/, or the sources through tsx. */
function workerScript(): string {
  if (here.endsWith(".ts")) return join(dirname(here), "worker-source.mjs");
  return join(dirname(here), here.endsWith(".cjs") ? "worker.cjs" : "worker.js");
}

/** Heap limits of a worker thread, MB (see startRowSharing); DUMPGUARD_WORKER_HEAP="old,young" overrides them (measurements). */
const WORKER_HEAP = (() => {
  const [old, young] = (process.env.DUMPGUARD_WORKER_HEAP ?? "").split(",").map(Number);
  return { maxOldGenerationSizeMb: old || 96, maxYoungGenerationSizeMb: young || 8 };
})();

/** What a worker thread is started with (src/parallel/worker.ts). */
export interface MapperData {
  path: string;
  options: AnalyzeOptions;
  state: SharedArrayBuffer;
  port: import("node:worker_threads").MessagePort;
  id: number;
  blockRows: number;
  ahead: number;
}

/** Test and bench knobs, read from the options object without being public options. */
interface SharingKnobs {
  /** Share whatever the input size (tests). */
  shareSmallInputs?: boolean;
  /** Rows per block (tests use a few to cross many block boundaries in a small dump). */
  blockRows?: number;
  /** The bench: this thread only folds, workers judge every block (its CPU time is then the serial part). */
  shareNothingHere?: boolean;
}

export interface RowSharing {
  share: MainShare;
  /** This thread and the workers. */
  threads: number;
  /** Stop the worker threads (idempotent). */
  stop(): void;
}

/**
 * Start `jobs - 1` worker threads that read the same file and judge the row blocks they claim; the
 * returned share gives the calling thread their results. Undefined when sharing does not pay: one
 * job, a file under 8 MB, not a regular file. Only the options every thread needs cross (the
 * baseline, config, progress and signal apply once, here; an abort stops the workers).
 */
export function startRowSharing(path: string, options: AnalyzeOptions, onMapperGone: (id: number) => void): RowSharing | undefined {
  // Rows are shared only when asked for (`jobs` >= 2): measured on a 2-core machine, sharing gave no wall-time
  // gain over one thread and cost ~50 % more CPU and ~30 % more memory (each worker lexes the whole file and
  // judges its rows 1.5-2x slower than the calling thread), so it is not the default until it pays.
  const jobs = Math.min(options.jobs ?? 1, mapperCapacity() + 1);
  if (!(jobs >= 2)) return undefined;
  const knobs = options as AnalyzeOptions & SharingKnobs;
  if (!knobs.shareSmallInputs) {
    try {
      const info = statSync(path);
      if (!info.isFile() || info.size < MIN_PARALLEL_BYTES) return undefined;
    } catch {
      return undefined;
    }
  }
  const { baseline: _baseline, config: _config, onProgress: _onProgress, ruleSet: _ruleSet, jobs: _jobs, signal: _signal, timings: _timings, ...shared } = options;
  const blockRows = knobs.blockRows ?? DEFAULT_BLOCK_ROWS;
  const state = newSharedState();
  const workers: Worker[] = [];
  const ports = [];
  for (let id = 1; id < jobs; id++) {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    const data: MapperData = { path, options: shared, state, port: port2, id, blockRows, ahead: DEFAULT_AHEAD };
    // A worker keeps little (its catalog, per-column plans and memos, one block of results): a small heap keeps the
    // process's memory flat (issue 12: <= 300 MB at --jobs 2). One that runs out of it stops; its blocks are judged here.
    const worker = new Worker(workerScript(), { workerData: data, transferList: [port2], resourceLimits: WORKER_HEAP });
    // A worker that stops early (an error, out of memory) leaves its blocks to the calling thread.
    worker.once("exit", () => onMapperGone(id));
    worker.once("error", () => onMapperGone(id));
    workers.push(worker);
  }
  const share = new MainShare(state, ports, blockRows, undefined, !knobs.shareNothingHere);
  let stopped = false;
  return {
    share,
    threads: jobs,
    stop() {
      if (stopped) return;
      stopped = true;
      share.end();
      for (const worker of workers) void worker.terminate();
    },
  };
}
