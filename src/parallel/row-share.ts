/**
 * How threads share the rows of a dump (issue 12: one table is often 70 % of the work, so splitting
 * by rule leaves one core idle). Only the calling thread reads and lexes the input and builds the
 * catalog. It cuts the lines of each COPY block into blocks of `blockRows` and either sends a block's
 * raw lines to a worker thread, which decodes them and judges every row (`RowSplit.map`), or judges
 * the block itself when the workers are busy. It folds every row's result into the rules' state in
 * input order (`RowSplit.reduce`), so the state, and so the report, is the one a single thread builds
 * whatever the thread count, block size or who judged what: `map` is pure, and nothing has to merge.
 *
 * A worker never reads the file, lexes or builds a catalog (each of those was a whole extra pass per
 * worker when every thread read the file), and any input can be shared: stdin, gzip, archives.
 */

import type { RowEvent, RowShape } from "../rules/rule.js";
import type { CopyTarget } from "../data/copy.js";

/**
 * How a block's results travel, row by row: encoded as each row is judged, decoded as each row is
 * folded, so neither thread keeps a block of result objects alive (they die young, cheap to collect).
 */
export interface BlockCodec {
  /** `add`: one row's results, and the row (its values: what the splits' encoders send for the fold, and its field count). */
  encoder(): { add(results: unknown[], row: RowEvent): void; finish(): unknown };
  decoder(payload: unknown): BlockDecoder;
}

/** A block's rows back, in order: each row's results, and its field count, so the calling thread need not decode the line. */
export interface BlockDecoder {
  next(): unknown[];
  /** The field count of the row `next` returned last; -1: as many as its COPY's columns (or no column list). */
  readonly fields: number;
  /** The columns of that row holding JSON too large to walk by key (json-not-walked), or undefined for none. */
  readonly unwalked: readonly number[] | undefined;
}

/** Rows per block: large enough that a block's message costs little per row, small enough to balance. */
export const DEFAULT_BLOCK_ROWS = 1024;

/** What a `map` that threw leaves in its row's result, so `reduce` fails the way a single thread's row listener would. */
export interface MapFailure {
  readonly mapFailed: string;
}

export function isMapFailure(result: unknown): result is MapFailure {
  return typeof result === "object" && result !== null && typeof (result as MapFailure).mapFailed === "string" && Object.keys(result).length === 1;
}

/** A block of COPY lines sent to a worker: everything its rows' `map` needs, and nothing of the catalog. */
export interface BlockRequest {
  id: number;
  /** The COPY block the lines belong to: a worker calls the splits' `shape` once per key, as a single thread does once per COPY. */
  shapeKey: number;
  /** Sent with the first block of a key a worker gets. */
  shape?: RowShape;
  target: Pick<CopyTarget, "delimiter" | "nullString">;
  firstRowIndex: number;
  lines: string[];
  /** Six numbers per line: start offset, line, column; end offset, line, column. */
  ranges: Float64Array;
}

/** A worker's answer: the block's encoded results, or `failed` (the calling thread then judges the block itself). */
export interface BlockReply {
  id: number;
  payload?: unknown;
  failed?: boolean;
}

/** The worker threads as the calling thread sees them (threads in production, a script in tests). */
export interface MapperPool {
  readonly size: number;
  send(mapper: number, request: BlockRequest): void;
  /** Replies that have arrived, without waiting. */
  receive(): BlockReply[];
  /** Sleep until a mapper replies or `ms` pass. */
  sleep(ms: number): void;
  /** Whether a mapper stopped (an error, out of memory): its blocks are judged by the calling thread. */
  gone(mapper: number): boolean;
  /**
   * Rows the mapper has judged so far (a counter in shared memory, read without waiting). A mapper whose
   * count stops moving while a block of its is pending has hung or died: a thread that runs out of memory
   * says nothing the calling thread can hear while it waits synchronously, but its count stops.
   */
  progress(mapper: number): number;
  stop(): void;
}
