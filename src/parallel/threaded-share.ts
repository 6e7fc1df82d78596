import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { BlockCodec, BlockMessage, RowShare } from "./row-share.js";

// Layout of the shared Int32Array that coordinates the threads of one analysis.
const NEXT = 0; // the first block nobody has claimed yet
const CONSUMED = 1; // the block the calling thread is folding (mappers stay at most `ahead` blocks past it)
const POSTED = 2; // bumped after every message a mapper posts, so the calling thread can sleep until one comes
const DONE = 3; // set when the calling thread is finished: mappers stop
/**
 * Blocks the calling thread asks to judge itself: raised each time it has to wait for a worker's
 * block (the workers are then the bottleneck), spent by a worker that claims a block and leaves it
 * to the calling thread. So the calling thread judges about the share its folding leaves it time for.
 */
const HELP = 5;
const DEAD = 6; // DEAD + id: mapper `id` (1-based) stopped or was given up on; its blocks are judged by the calling thread
const MAX_MAPPERS = 64;
const OWNERS = DEAD + MAX_MAPPERS + 1; // OWNERS + block % RING: the mapper that claimed the block
const RING = 4096;
/** The owner of a block a worker claimed for the calling thread (see HELP). */
const LEFT_TO_MAIN = 0x7fffffff;

export const SHARED_INTS = OWNERS + RING;

/** Blocks a mapper may run ahead of the calling thread: bounds the results waiting in memory. */
export const DEFAULT_AHEAD = 8;

export function newSharedState(): SharedArrayBuffer {
  return new SharedArrayBuffer(SHARED_INTS * Int32Array.BYTES_PER_ELEMENT);
}

export function mapperCapacity(): number {
  return MAX_MAPPERS;
}

/** A worker thread's side: claim blocks first come, first served, judge their rows, post each block whole. */
export class MapperShare implements RowShare {
  readonly role = "mapper" as const;
  private readonly state: Int32Array;
  private block = -1;
  private rows: ReturnType<BlockCodec["encoder"]> | undefined;
  private firstOffset: number | undefined;
  private codec: BlockCodec | undefined;

  constructor(
    buffer: SharedArrayBuffer,
    private readonly port: MessagePort,
    /** 1-based. */
    private readonly id: number,
    private readonly blockRows: number,
    private readonly ahead: number,
  ) {
    this.state = new Int32Array(buffer);
  }

  bind(codec: BlockCodec): void {
    this.codec = codec;
  }

  claims(g: number): boolean {
    const block = Math.floor(g / this.blockRows);
    if (block === this.block) return this.rows !== undefined;
    if (this.rows) this.flush();
    this.block = block;
    const state = this.state;
    // Never more than `ahead` blocks past the calling thread: what waits for it in memory stays bounded.
    for (;;) {
      if (Atomics.load(state, DONE) !== 0 || Atomics.load(state, DEAD + this.id) !== 0) return false;
      const consumed = Atomics.load(state, CONSUMED);
      if (block - consumed <= this.ahead) break;
      Atomics.wait(state, CONSUMED, consumed, 200);
    }
    if (Atomics.compareExchange(state, NEXT, block, block + 1) !== block) return false;
    const help = Atomics.load(state, HELP);
    if (help > 0 && Atomics.compareExchange(state, HELP, help, help - 1) === help) {
      Atomics.store(state, OWNERS + (block % RING), LEFT_TO_MAIN);
      Atomics.notify(state, POSTED);
      return false;
    }
    Atomics.store(state, OWNERS + (block % RING), this.id);
    this.rows = this.codec!.encoder();
    this.firstOffset = undefined;
    return true;
  }

  put(g: number, results: unknown[], offset?: number): void {
    if (this.firstOffset === undefined) this.firstOffset = offset;
    this.rows!.add(results);
    if ((g + 1) % this.blockRows === 0) this.flush();
  }

  take(): undefined {
    return undefined;
  }

  end(): void {
    if (this.rows) this.flush();
  }

  /** This mapper failed: the calling thread judges its blocks from now on. */
  fail(): void {
    Atomics.store(this.state, DEAD + this.id, 1);
    Atomics.add(this.state, POSTED, 1);
    Atomics.notify(this.state, POSTED);
  }

  private flush(): void {
    const message: BlockMessage = { block: this.block, payload: this.rows!.finish(), offset: this.firstOffset };
    this.rows = undefined;
    this.port.postMessage(message);
    Atomics.add(this.state, POSTED, 1);
    Atomics.notify(this.state, POSTED);
  }
}

/** Blocks the calling thread may ask for at once. */
const MAX_HELP = 4;
const LEFT_HERE = Symbol("left here");

/** How the rows of one analysis were shared, for `timings` and the bench. */
export interface ShareStats {
  /** Blocks the calling thread judged itself: it reached them first, or a worker left them to it. */
  blocksHere: number;
  /** Blocks judged by worker threads. */
  blocksElsewhere: number;
  /** Blocks the calling thread judged after their claimant did not deliver. */
  blocksTakenOver: number;
  /** Time the calling thread spent waiting for a worker's block, ms. */
  waitMs: number;
}

/**
 * The calling thread's side: at the first row of each block, claim it (then judge it here) or take
 * the claimant's results, waiting for them synchronously (Atomics.wait on the main thread is allowed
 * in Node); the rules' `reduce` then runs here in row order.
 */
export class MainShare implements RowShare {
  readonly role = "main" as const;
  private readonly state: Int32Array;
  private block = -1;
  private taken: ReturnType<BlockCodec["decoder"]> | undefined;
  private readonly pending = new Map<number, BlockMessage>();
  private codec: BlockCodec | undefined;
  readonly stats: ShareStats = { blocksHere: 0, blocksElsewhere: 0, blocksTakenOver: 0, waitMs: 0 };

  constructor(
    buffer: SharedArrayBuffer,
    private readonly ports: readonly MessagePort[],
    private readonly blockRows: number,
    /** How long to wait for a claimed block before judging it here and giving its claimant up. */
    private readonly patienceMs = 10_000,
    /** False: never claim a block here, only fold (the bench measures this thread's serial work so). */
    private readonly claimHere = true,
  ) {
    this.state = new Int32Array(buffer);
  }

  bind(codec: BlockCodec): void {
    this.codec = codec;
  }

  claims(): boolean {
    return true;
  }

  put(): void {}

  take(g: number, offset?: number): readonly unknown[] | undefined {
    const block = Math.floor(g / this.blockRows);
    if (block !== this.block) this.enter(block, offset);
    return this.taken?.next();
  }

  /** A worker stopped (its exit or error event): its claimed blocks are judged here. */
  mapperGone(id: number): void {
    Atomics.store(this.state, DEAD + id, 1);
  }

  end(): void {
    Atomics.store(this.state, DONE, 1);
    Atomics.notify(this.state, CONSUMED);
    this.pending.clear();
    this.taken = undefined;
    for (const port of this.ports) port.close();
  }

  private enter(block: number, offset: number | undefined): void {
    this.block = block;
    this.taken = undefined;
    for (const b of this.pending.keys()) if (b < block) this.pending.delete(b);
    const state = this.state;
    Atomics.store(state, CONSUMED, block);
    Atomics.notify(state, CONSUMED);
    if (this.claimHere && Atomics.compareExchange(state, NEXT, block, block + 1) === block) {
      this.stats.blocksHere++;
      return;
    }
    const message = this.wait(block);
    if (message === LEFT_HERE) {
      this.stats.blocksHere++;
      return;
    }
    if (message === undefined || message.offset !== offset) {
      this.stats.blocksTakenOver++;
      return;
    }
    this.stats.blocksElsewhere++;
    this.taken = this.codec!.decoder(message.payload);
  }

  private wait(block: number): BlockMessage | typeof LEFT_HERE | undefined {
    const state = this.state;
    const start = performance.now();
    let asked = false;
    try {
      for (;;) {
        const posted = Atomics.load(state, POSTED);
        this.drain();
        const message = this.pending.get(block);
        if (message) {
          this.pending.delete(block);
          return message;
        }
        const owner = Atomics.load(state, OWNERS + (block % RING));
        if (owner === LEFT_TO_MAIN) return LEFT_HERE;
        if (owner > 0 && Atomics.load(state, DEAD + owner) !== 0) return undefined;
        if (!asked && this.claimHere) {
          // Waiting: the workers are behind; ask them to leave a later block to this thread.
          asked = true;
          if (Atomics.load(state, HELP) < MAX_HELP) Atomics.add(state, HELP, 1);
        }
        if (performance.now() - start > this.patienceMs) {
          // A claimant this late is taken as stopped: it claims nothing more, its blocks are judged here.
          if (owner > 0) Atomics.store(state, DEAD + owner, 1);
          return undefined;
        }
        Atomics.wait(state, POSTED, posted, 50);
      }
    } finally {
      this.stats.waitMs += performance.now() - start;
    }
  }

  private drain(): void {
    for (const port of this.ports) {
      for (;;) {
        const received = receiveMessageOnPort(port);
        if (!received) break;
        const message = received.message as BlockMessage;
        if (message.block >= this.block) this.pending.set(message.block, message);
      }
    }
  }
}
