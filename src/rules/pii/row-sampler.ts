/** Sampling of one table's rows: the first `firstRows`, then a uniform reservoir of `reservoir` rows from the rest. */
export interface SampleOptions {
  firstRows: number;
  reservoir: number;
  seed: number;
}

/** mulberry32: a tiny seeded PRNG, so a sampled run is reproducible (never Math.random). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Decides, row by row, what a sampled scan looks at: the first rows pass straight through; after
 * them Vitter's Algorithm R keeps a uniform random sample of fixed size, handed out by `drain()`
 * when the table ends. Memory is bounded by `reservoir` rows.
 */
export class RowSampler<T> {
  private seen = 0;
  private readonly kept: T[] = [];
  private readonly random: () => number;

  constructor(
    private readonly options: SampleOptions,
    tableSeed: number,
  ) {
    this.random = seededRandom((options.seed ^ tableSeed) >>> 0);
  }

  /** The row to scan now, or undefined when it went to (or was left out of) the reservoir. */
  offer(row: T): T | undefined {
    this.seen++;
    if (this.seen <= this.options.firstRows) return row;
    const index = this.seen - this.options.firstRows; // 1-based position among the rest
    if (this.kept.length < this.options.reservoir) {
      this.kept.push(row);
      return undefined;
    }
    const slot = Math.floor(this.random() * index);
    if (slot < this.options.reservoir) this.kept[slot] = row;
    return undefined;
  }

  /** Rows seen so far, and how many of them are (or will be) scanned. */
  get counts(): { rowsSeen: number; rowsSampled: number } {
    const rest = Math.max(0, this.seen - this.options.firstRows);
    return { rowsSeen: this.seen, rowsSampled: Math.min(this.seen, this.options.firstRows) + Math.min(rest, this.options.reservoir) };
  }

  /** The reservoir's rows (in slot order, not arrival order), emptying it. */
  drain(): T[] {
    return this.kept.splice(0, this.kept.length);
  }
}
