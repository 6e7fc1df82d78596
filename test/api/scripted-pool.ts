import { rowMapper, type AnalyzeOptions } from "../../src/analyze.js";
import type { BlockReply, BlockRequest, MapperPool } from "../../src/parallel/row-share.js";

/** What a scripted worker does with block `id` (the order blocks were sent in). */
export interface PoolScript {
  /** Polls of the calling thread before the reply comes (0: at the next poll). */
  delay?: (id: number) => number;
  /** The worker says it failed: the calling thread judges the block. */
  fail?: (id: number) => boolean;
  /** No reply ever (a worker that hangs): the calling thread gives the worker up after its patience. */
  lose?: (id: number, mapper: number) => boolean;
  /** Worker m has stopped (an exit) from the calling thread's poll `n` on. */
  goneAfter?: (mapper: number) => number;
  /** A slow block: its reply comes only after this many ms, while the worker's progress counter keeps moving (a row judged at every look). */
  crawlMs?: (id: number) => number;
  /** A block stuck on one row: its rows are counted only when its reply comes (see `delay`); the worker's count stands still till then. */
  stall?: (id: number) => boolean;
}

/**
 * Worker threads without threads (tests): each scripted worker is a `rowMapper` of its own, judging
 * a block when it is sent; requests and replies are cloned as a message port would carry them, and
 * replies come back after the script's delay, out of order across workers.
 */
export function scriptedPool(script: PoolScript = {}): { pool: (count: number, options: AnalyzeOptions) => MapperPool; sent: () => number } {
  let sent = 0;
  const pool = (count: number, options: AnalyzeOptions): MapperPool => {
    const mappers = Array.from({ length: count }, () => rowMapper(structuredClone(options)));
    const waiting: { due: number; dueAt: number; crawls: boolean; mapper: number; reply: BlockReply; stalled: number }[] = [];
    const judged = new Array<number>(count).fill(0);
    let polls = 0;
    return {
      size: count,
      send: (mapper, request: BlockRequest) => {
        const id = sent++;
        // The worker gets the block (and its COPY's shape) whatever it then does, as src/parallel/worker.ts does.
        let reply: BlockReply;
        const stuck = script.stall?.(id) ?? false;
        let stalled = 0;
        try {
          reply = { id: request.id, payload: mappers[mapper]!.judge(structuredClone(request), () => void (stuck ? stalled++ : judged[mapper]!++)) };
        } catch {
          reply = { id: request.id, failed: true };
        }
        if (script.lose?.(id, mapper)) return;
        if (script.fail?.(id)) reply = { id: request.id, failed: true };
        const crawlMs = script.crawlMs?.(id) ?? 0;
        waiting.push({ due: polls + (script.delay?.(id) ?? 0), dueAt: performance.now() + crawlMs, crawls: crawlMs > 0, mapper, reply: structuredClone(reply), stalled });
      },
      receive: () => {
        polls++;
        const now = performance.now();
        const due = waiting.filter((w) => w.due < polls && w.dueAt <= now);
        for (const w of due) {
          waiting.splice(waiting.indexOf(w), 1);
          judged[w.mapper]! += w.stalled;
        }
        return due.map((w) => w.reply);
      },
      sleep: () => {},
      gone: (mapper) => polls >= (script.goneAfter?.(mapper) ?? Infinity),
      // A crawling block moves its worker's count at every look until its reply is taken (a worker judges rows until it
      // replies; a count that stopped at `dueAt` read as a stall when this thread was descheduled past the patience
      // between the look that missed the reply and the next: the slow-block test failed so under load); otherwise the
      // count is the rows judged when blocks were sent.
      progress: (mapper) => (waiting.some((w) => w.mapper === mapper && w.stalled === 0 && w.crawls) ? ++judged[mapper]! : judged[mapper]!),
      stop: () => {},
    };
  };
  return { pool, sent: () => sent };
}
