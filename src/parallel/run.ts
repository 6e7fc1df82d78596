import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type WorkerOptions } from "node:worker_threads";
import type { AnalyzeOptions } from "../analyze.js";
import type { BlockReply, BlockRequest, MapperPool } from "./row-share.js";

/** Below this, worker threads cost more (start-up, a second isolate to warm up) than they save. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;

/** Worker threads at most (the calling thread is one more). */
export const MAX_MAPPERS = 64;

const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);

/**
 * The worker script next to this module: the sources through tsx; built, the launcher that runs dist/worker.cjs from
 * its V8 code cache (src/parallel/worker-launch.ts), for both builds (a worker is an isolate of its own: its module
 * format is the launcher's choice), or else the worker bundle of this build.
 */
export function workerScript(): string {
  if (here.endsWith(".ts")) return join(dirname(here), "worker-source.mjs");
  const launcher = join(dirname(here), "worker-launch.cjs");
  if (existsSync(launcher)) return launcher;
  return join(dirname(here), here.endsWith(".cjs") ? "worker.cjs" : "worker.js");
}

/**
 * Heap limits of a worker thread, MB (see startMappers); DUMPGUARD_WORKER_HEAP="old,young" overrides them (measurements).
 * The young generation is three semi-spaces' worth: 24 MB gives 8 MB semi-spaces (V8 rounds to a power of two; the
 * main thread has 16 MB). With 8 MB (4 MB semi-spaces) a worker scavenged twice as often as at 24 (333 against 177 times), more of each row's
 * and block's objects were still alive at a scavenge, and V8 then also allocated them straight in the old generation
 * (allocation-site pretenuring): 435 MB reached its old generation on realistic-100 against 289 MB at 24, and it ran
 * 38 full collections against 16, marking while the rules ran (slower stores). Measured (`node --single-threaded
 * --import tsx scripts/thread-cpu.ts .bench/realistic-100.sql 2 serial`, 3 interleaved runs, load 8-9): worker CPU
 * 7.40/7.84/6.88 s at 8 MB, 6.78/7.17/6.23 s at 24, 6.74/6.64/6.00 s at 48; peak RSS of those runs 267-272, 279-287, 295-314 MB.
 * The default stays 8 all the same: the memory target (<= 300 MB at --jobs 2 on the 500 MB dump, measured by the bench)
 * failed at 24 (`npm run bench -- --mb 500 --only memory --flat 500,2000`, idle: 302 MB; the CLI at 24 against 8, two
 * interleaved pairs: 279/286 against 272/268 MB), --jobs 2 does not pay on 2 cores either way, and on a machine of
 * many cores every worker adds its young generation (15 workers: +240 MB at 24). DUMPGUARD_WORKER_HEAP=96,24 gives it.
 */
function workerHeap(): WorkerHeap {
  return heapLimits("DUMPGUARD_WORKER_HEAP", 96, 8);
}

/** A worker thread's `resourceLimits` for its heap, MB. */
export interface WorkerHeap {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/** Heap limits of a kind of worker thread: `oldMb` and `youngMb`, or what the environment variable `variable` says ("old,young"; either may be left out). */
export function heapLimits(variable: string, oldMb: number, youngMb: number): WorkerHeap {
  const [old, young] = (process.env[variable] ?? "").split(",").map(Number);
  return { maxOldGenerationSizeMb: old || oldMb, maxYoungGenerationSizeMb: young || youngMb };
}

/**
 * Node flags for a worker thread: the process's, but those a worker's entry file cannot take (`--input-type`, given
 * with `node --input-type=module -e`, fails a file entry at once; its rules or blocks would then run on the calling thread).
 * Undefined when there is none to take out: the worker then inherits the process's flags, which Node does not check
 * (flags given explicitly are: see newWorker).
 */
export function workerExecArgv(): string[] | undefined {
  const argv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (arg === "--input-type") i++;
    else if (!arg.startsWith("--input-type=")) argv.push(arg);
  }
  return argv.length === process.execArgv.length ? undefined : argv;
}

/**
 * A worker thread of dumpguard's, with workerExecArgv's flags. Node refuses V8 and process-wide flags given to a worker
 * explicitly (`node --max-old-space-size=4096 dumpguard ...`, `--stack-size`, `--expose-gc`: ERR_WORKER_INVALID_EXEC_ARGV,
 * thrown by the constructor before any thread starts), and a worker that cannot start is covered by running its work
 * on the calling thread: right, but one thread's speed or worse. Those flags already apply to the whole process, so the
 * worker is started again without the ones Node names.
 */
export function newWorker(script: string, options: WorkerOptions): Worker {
  const execArgv = workerExecArgv();
  if (execArgv === undefined) return new Worker(script, options);
  try {
    return new Worker(script, { ...options, execArgv });
  } catch (err) {
    const message = (err as { code?: unknown; message?: unknown })?.code === "ERR_WORKER_INVALID_EXEC_ARGV" ? String((err as Error).message) : undefined;
    const listed = message?.indexOf(": ") ?? -1;
    if (message === undefined || listed < 0) throw err;
    const invalid = new Set(message.slice(listed + 2).split(", "));
    return new Worker(script, { ...options, execArgv: execArgv.filter((arg) => !invalid.has(arg)) });
  }
}

/** What a worker thread is started with (src/parallel/worker.ts). */
export interface MapperData {
  /** The rule options every thread needs (no baseline, config, progress or signal: those apply once, on the calling thread). */
  options: AnalyzeOptions;
  /** Int32Array[0]: bumped after every reply, so the calling thread can sleep until one comes. */
  posted: SharedArrayBuffer;
  /** Int32Array[index]: this worker's rows judged so far, bumped after each row (MapperPool.progress). */
  progress: SharedArrayBuffer;
  index: number;
  port: MessagePort;
}

/**
 * Start `count` worker threads that judge the COPY blocks the calling thread sends them
 * (src/parallel/row-blocks.ts), with the rule options of `options` (plain data: it is cloned to each).
 * A worker keeps little: per-column plans and memos, one block.
 */
export function startMappers(count: number, options: AnalyzeOptions): MapperPool | undefined {
  // A bundler that copied this module without the worker script: share nothing rather than wait on workers that never start.
  const script = workerScript();
  if (!existsSync(script)) return undefined;
  const posted = new SharedArrayBuffer(4);
  const counter = new Int32Array(posted);
  const progress = new SharedArrayBuffer(4 * count);
  const rowsJudged = new Int32Array(progress);
  const heap = workerHeap();
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const gone: boolean[] = [];
  for (let id = 0; id < count; id++) {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    gone.push(false);
    const data: MapperData = { options, posted, progress, index: id, port: port2 };
    // A small heap keeps the process's memory flat (issue 12: <= 300 MB at --jobs 2; see workerHeap for the young generation's
    // CPU and memory); one that runs out of it stops, and its blocks are judged here
    // (once its progress counter stands still for the calling thread's patience: a stop cannot be seen while it waits synchronously).
    const worker = newWorker(script, { workerData: data, transferList: [port2], resourceLimits: heap });
    worker.once("exit", () => void (gone[id] = true));
    worker.once("error", () => void (gone[id] = true));
    // Waiting for blocks must not keep the process alive.
    worker.unref();
    workers.push(worker);
  }
  let seen = 0;
  let stopped = false;
  return {
    size: count,
    send: (mapper, request: BlockRequest) => ports[mapper]!.postMessage(request),
    receive: () => {
      seen = Atomics.load(counter, 0);
      const replies: BlockReply[] = [];
      for (const port of ports) {
        for (;;) {
          const received = receiveMessageOnPort(port);
          if (!received) break;
          replies.push(received.message as BlockReply);
        }
      }
      return replies;
    },
    sleep: (ms) => void Atomics.wait(counter, 0, seen, ms),
    gone: (mapper) => gone[mapper]!,
    progress: (mapper) => Atomics.load(rowsJudged, mapper),
    stop: () => {
      if (stopped) return;
      stopped = true;
      for (const port of ports) port.close();
      for (const worker of workers) void worker.terminate();
    },
  };
}
