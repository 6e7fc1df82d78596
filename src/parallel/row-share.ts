/**
 * How threads share the rows of a dump (issue 12: one table is often 70 % of the work, so splitting
 * by rule leaves one core idle). Rows are numbered in input order across all tables and cut into
 * blocks of `blockRows`. Every thread reads and lexes the whole file; a block's rows are judged
 * (`RowSplit.map`) by the one thread that claimed it, and the calling thread folds every row's
 * result into the rules' state in input order (`RowSplit.reduce`). The state, and so the report,
 * is the one a single thread builds whatever the thread count, block size or who claimed what.
 *
 * Claims are first come, first served on one shared counter: a block goes to the first thread that
 * reaches it, so a thread slowed by load simply claims fewer. The calling thread claims a block
 * itself when it gets there first (it never waits for a block nobody took), and judges a block
 * itself when its claimant does not deliver in time (a worker that died): `map` is pure, so who
 * judged a block never shows in the report.
 */

/**
 * How a block's results travel, row by row: encoded as each row is judged, decoded as each row is
 * folded, so neither thread keeps a block of result objects alive (they die young, cheap to collect).
 */
export interface BlockCodec {
  encoder(): { add(results: unknown[]): void; finish(): unknown };
  decoder(payload: unknown): { next(): unknown[] };
}

/** One thread's part in sharing rows, as the engine sees it. */
export interface RowShare {
  readonly role: "main" | "mapper";
  /** The engine's codec for its splits, given before the first row. */
  bind(codec: BlockCodec): void;
  /** mapper: whether this thread judges row `g` (the first row of a block claims or skips the block). */
  claims(g: number): boolean;
  /** mapper: the split results of row `g`, which this thread claimed, in split order. */
  put(g: number, results: unknown[], offset?: number): void;
  /** main: the split results of row `g` when another thread judged it; undefined when this thread judges it. */
  take(g: number, offset?: number): readonly unknown[] | undefined;
  /** End of input: a mapper sends its last, partial block. */
  end(): void;
}

/** Rows per block: large enough that a block's message and claim cost little per row, small enough to balance. */
export const DEFAULT_BLOCK_ROWS = 1024;

/** What a `map` that threw leaves in its row's result, so `reduce` fails the way a single thread's row listener would. */
export interface MapFailure {
  readonly mapFailed: string;
}

export function isMapFailure(result: unknown): result is MapFailure {
  return typeof result === "object" && result !== null && typeof (result as MapFailure).mapFailed === "string" && Object.keys(result).length === 1;
}

/** The results of one block as sent: its encoder's `finish()`. */
export interface BlockMessage {
  block: number;
  payload: unknown;
  /**
   * Where the block's first row starts in the input: the calling thread judges the block itself
   * when its own first row starts elsewhere (the file changed between the threads' reads).
   */
  offset: number | undefined;
}
