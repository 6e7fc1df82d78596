import type { Range } from "../report/location.js";
import type { RowShape } from "../rules/rule.js";
import type { CopyTarget } from "../data/copy.js";
import type { BlockCodec, BlockDecoder, BlockReply, BlockRequest, MapperPool } from "./row-share.js";

/** What the engine does with the lines of a COPY block (src/analyze.ts). */
export interface RowBlockHooks {
  /** Before this thread judges a block ahead of its fold: the splits' `shape` for the current COPY (once). */
  shapeHere(): void;
  /** Judge one line here (decode, `map`), for a fold later: its results and values (not decoded twice). */
  mapLine(line: string, range: Range, rowIndex: number): { results: unknown[]; values: readonly (string | null)[] };
  /**
   * Fold one line in input order (row checks, `reduce`) with its results (undefined: judge it now) and its
   * values when decoded here, or the worker's decoder at its row (its field count, its long JSON; its values are then decoded only if read).
   */
  foldLine(line: string, range: Range, results: readonly unknown[] | undefined, decoded?: readonly (string | null)[] | BlockDecoder): void;
  codec: BlockCodec;
}

/** How the rows of one analysis were shared, for `timings` and the bench. */
export interface ShareStats {
  /** Blocks the calling thread judged itself (the workers were busy). */
  blocksHere: number;
  /** Blocks judged by worker threads. */
  blocksElsewhere: number;
  /** Blocks sent to a worker that did not deliver (failed, stopped, too late), then judged here. */
  blocksTakenOver: number;
  /** Time the calling thread spent waiting for a worker's block, ms. */
  waitMs: number;
}

interface Pending {
  id: number;
  /** The lexer's lines: each a string of its own, one-byte unless it holds a wider character (a joined block would make every line two-byte). */
  lines: string[];
  /** Six numbers per line (see BlockRequest.ranges): no three objects per line waiting to be folded. */
  ranges: Float64Array;
  firstRowIndex: number;
  /** The worker judging it; -1: judged here (`results`) or taken over. */
  mapper: number;
  sentAt: number;
  done: boolean;
  results?: unknown[][];
  /** The values of a block judged here ahead, kept for its fold. */
  values?: (readonly (string | null)[])[];
  payload?: unknown;
}

/** See RowBlocks' patienceMs: no row judged in 3 s (a row takes microseconds to milliseconds, even on a loaded machine). */
const DEFAULT_STALL_MS = 3000;

/** Blocks a worker holds at once: one it judges, one waiting, so it never idles between two. */
const DEFAULT_PER_MAPPER = 2;

/**
 * The calling thread's side of row sharing: gathers a COPY block's lines into blocks, sends a block
 * to a worker that has room or judges it here, and folds every block in input order. What waits in
 * memory is bounded: at most `maxQueue` blocks of lines (and their results) between lexing and folding.
 */
export class RowBlocks {
  private lines: string[] = [];
  private ranges: Range[] = [];
  private nextRowIndex = 0;
  private shapeKey = -1;
  private shape: RowShape | undefined;
  private target: Pick<CopyTarget, "delimiter" | "nullString"> = { delimiter: "\t", nullString: "\\N" };
  private readonly queue: Pending[] = [];
  private readonly byId = new Map<number, Pending>();
  private readonly outstanding: number[];
  private readonly sentKey: number[];
  /** Workers that stopped: never sent a block again. */
  private readonly givenUp: boolean[];
  /**
   * A worker whose progress stood still while its block was awaited (-1: none): its count then. It gets no block
   * until the count moves again: a dead worker never does, a live one slow on one huge row comes back when it is through.
   */
  private readonly stalledAt: number[];
  /** Each worker's progress counter as last read, and when it was last seen to move. */
  private readonly progressSeen: number[];
  private readonly movedAt: number[];
  private nextId = 0;
  private head = 0;
  readonly stats: ShareStats = { blocksHere: 0, blocksElsewhere: 0, blocksTakenOver: 0, waitMs: 0 };

  /** Blocks a worker holds at once. */
  private readonly perMapper = DEFAULT_PER_MAPPER;
  /** Blocks waiting between lexing and folding, at most. */
  private readonly maxQueue: number;

  constructor(
    private readonly pool: MapperPool,
    private readonly hooks: RowBlockHooks,
    private readonly blockRows: number,
    /**
     * How long a worker may judge no row (its progress counter stands still) while the calling thread waits for
     * one of its blocks, before that block is judged here and the worker given up: a dead worker is noticed in
     * this time, and a slow block of a live one (every row counts) is never taken away from it.
     */
    private readonly patienceMs = DEFAULT_STALL_MS,
    /** False: never judge a block here while a worker lives (the bench measures this thread's serial work so). */
    private readonly judgeHere = true,
  ) {
    this.maxQueue = 4 + 2 * pool.size;
    this.outstanding = new Array<number>(pool.size).fill(0);
    this.sentKey = new Array<number>(pool.size).fill(-1);
    this.givenUp = new Array<boolean>(pool.size).fill(false);
    this.stalledAt = new Array<number>(pool.size).fill(-1);
    this.progressSeen = new Array<number>(pool.size).fill(0);
    this.movedAt = new Array<number>(pool.size).fill(0);
  }

  /** A COPY block begins: its lines follow. */
  begin(shape: RowShape, target: Pick<CopyTarget, "delimiter" | "nullString">, firstRowIndex: number): void {
    if (this.lines.length > 0) this.dispatch();
    this.shapeKey++;
    this.shape = shape;
    this.target = { delimiter: target.delimiter, nullString: target.nullString };
    this.nextRowIndex = firstRowIndex;
  }

  add(line: string, range: Range): void {
    this.lines.push(line);
    this.ranges.push(range);
    if (this.lines.length >= this.blockRows) this.dispatch();
  }

  /** No line waits to be folded. */
  get idle(): boolean {
    return this.lines.length === 0 && this.head === this.queue.length;
  }

  /** Fold every line gathered so far, waiting for the workers' blocks (before any other event of the input). */
  drain(): void {
    if (this.lines.length > 0) this.dispatch();
    while (this.head < this.queue.length) this.foldHead(true);
  }

  stop(): void {
    this.pool.stop();
  }

  private dispatch(): void {
    const lines = this.lines;
    const ranges = this.ranges;
    this.lines = [];
    this.ranges = [];
    const firstRowIndex = this.nextRowIndex;
    this.nextRowIndex += lines.length;
    this.poll();
    this.foldReady();
    let mapper = this.freeMapper();
    // The bench's serial measure: this thread only lexes and folds, it waits for a worker to have room.
    while (mapper < 0 && !this.judgeHere && this.head < this.queue.length) {
      this.foldHead(true);
      mapper = this.freeMapper();
    }
    if (mapper >= 0) {
      const id = this.nextId++;
      const packed = packRanges(ranges);
      const request: BlockRequest = { id, shapeKey: this.shapeKey, target: this.target, firstRowIndex, lines, ranges: packed };
      if (this.sentKey[mapper] !== this.shapeKey) {
        request.shape = this.shape;
        this.sentKey[mapper] = this.shapeKey;
      }
      const pending: Pending = { id, lines, ranges: packed, firstRowIndex, mapper, sentAt: performance.now(), done: false };
      this.pool.send(mapper, request);
      this.outstanding[mapper]!++;
      this.queue.push(pending);
      this.byId.set(id, pending);
    } else if (this.head === this.queue.length) {
      // Nothing waits to be folded: judge and fold at once (a single thread's path).
      this.stats.blocksHere++;
      for (let i = 0; i < lines.length; i++) this.hooks.foldLine(lines[i]!, ranges[i]!, undefined);
    } else {
      // The workers are busy and an earlier block is not back yet: judge this one now, fold it in its turn.
      this.stats.blocksHere++;
      this.hooks.shapeHere();
      const results: unknown[][] = [];
      const values: (readonly (string | null)[])[] = [];
      for (let i = 0; i < lines.length; i++) {
        const judged = this.hooks.mapLine(lines[i]!, ranges[i]!, firstRowIndex + i);
        results.push(judged.results);
        values.push(judged.values);
      }
      this.queue.push({ id: -1, lines, ranges: packRanges(ranges), firstRowIndex, mapper: -1, sentAt: 0, done: true, results, values });
    }
    while (this.queue.length - this.head > this.maxQueue) this.foldHead(true);
    if (this.head > 64 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  private freeMapper(): number {
    let best = -1;
    for (let m = 0; m < this.outstanding.length; m++) {
      if (this.givenUp[m] || this.outstanding[m]! >= this.perMapper) continue;
      if (this.pool.gone(m)) {
        this.givenUp[m] = true;
        continue;
      }
      if (this.stalledAt[m] !== -1) {
        if (this.pool.progress(m) === this.stalledAt[m]) continue;
        this.stalledAt[m] = -1;
      }
      if (best < 0 || this.outstanding[m]! < this.outstanding[best]!) best = m;
    }
    return best;
  }

  private poll(): void {
    for (const reply of this.pool.receive()) this.settle(reply);
  }

  private settle(reply: BlockReply): void {
    const pending = this.byId.get(reply.id);
    if (!pending) return;
    this.byId.delete(reply.id);
    if (pending.mapper >= 0) this.outstanding[pending.mapper]!--;
    pending.done = true;
    if (!reply.failed) pending.payload = reply.payload;
  }

  private foldReady(): void {
    while (this.head < this.queue.length && this.queue[this.head]!.done) this.foldHead(false);
  }

  private foldHead(wait: boolean): void {
    const pending = this.queue[this.head]!;
    if (!pending.done) {
      if (!wait) return;
      this.await(pending);
    }
    this.queue[this.head++] = undefined as never;
    const { lines, ranges, results, values } = pending;
    if (results !== undefined) {
      for (let i = 0; i < lines.length; i++) this.hooks.foldLine(lines[i]!, unpackRange(ranges, i), results[i], values?.[i]);
    } else if (pending.payload !== undefined) {
      this.stats.blocksElsewhere++;
      const decoder = this.hooks.codec.decoder(pending.payload);
      for (let i = 0; i < lines.length; i++) {
        const given = decoder.next();
        this.hooks.foldLine(lines[i]!, unpackRange(ranges, i), given, decoder);
      }
    } else {
      this.stats.blocksTakenOver++;
      for (let i = 0; i < lines.length; i++) this.hooks.foldLine(lines[i]!, unpackRange(ranges, i), undefined);
    }
  }

  /**
   * Wait for a worker's block. If the worker stopped, or judged no row for `patienceMs`, the block is judged here;
   * a stopped worker is given up, a stalled one gets no block until its count moves again.
   */
  private await(pending: Pending): void {
    const start = performance.now();
    try {
      for (;;) {
        this.poll();
        if (pending.done) return;
        const mapper = pending.mapper;
        const now = performance.now();
        const progress = this.pool.progress(mapper);
        if (progress !== this.progressSeen[mapper]) {
          this.progressSeen[mapper] = progress;
          this.movedAt[mapper] = now;
        }
        const gone = this.pool.gone(mapper);
        if (gone || now - Math.max(pending.sentAt, this.movedAt[mapper]!) > this.patienceMs) {
          if (gone) this.givenUp[mapper] = true;
          else this.stalledAt[mapper] = progress;
          this.byId.delete(pending.id);
          this.outstanding[mapper]!--;
          pending.done = true;
          return;
        }
        this.pool.sleep(50);
      }
    } finally {
      this.stats.waitMs += performance.now() - start;
    }
  }
}

function packRanges(ranges: readonly Range[]): Float64Array {
  const packed = new Float64Array(ranges.length * 6);
  for (let i = 0, at = 0; i < ranges.length; i++, at += 6) {
    const { start, end } = ranges[i]!;
    packed[at] = start.offset;
    packed[at + 1] = start.line;
    packed[at + 2] = start.column;
    packed[at + 3] = end.offset;
    packed[at + 4] = end.line;
    packed[at + 5] = end.column;
  }
  return packed;
}

export function unpackRange(packed: Float64Array, i: number): Range {
  const at = i * 6;
  return { start: { offset: packed[at]!, line: packed[at + 1]!, column: packed[at + 2]! }, end: { offset: packed[at + 3]!, line: packed[at + 4]!, column: packed[at + 5]! } };
}
