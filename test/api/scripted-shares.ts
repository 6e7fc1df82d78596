import type { BlockCodec, RowShare } from "../../src/parallel/row-share.js";

/**
 * A fixed owner per block, without threads (tests): the mappers run first, one after another, and
 * keep their blocks in memory, encoded and cloned as a worker's message port would carry them; the
 * main run then takes them.
 */
export class ScriptedShares {
  private readonly blocks = new Map<number, unknown>();

  constructor(
    readonly threads: number,
    readonly blockRows: number,
    /** Which thread (0 = the calling thread) judges block b; default b mod threads. */
    readonly owner: (block: number) => number = (block) => block % threads,
  ) {}

  mapper(thread: number): RowShare {
    let codec: BlockCodec | undefined;
    let rows: ReturnType<BlockCodec["encoder"]> | undefined;
    let block = -1;
    const flush = () => {
      if (rows) this.blocks.set(block, structuredClone(rows.finish()));
      rows = undefined;
    };
    return {
      role: "mapper",
      bind: (c) => void (codec = c),
      claims: (g) => {
        const b = Math.floor(g / this.blockRows);
        if (b !== block) {
          flush();
          block = b;
          rows = this.owner(b) === thread ? codec!.encoder() : undefined;
        }
        return rows !== undefined;
      },
      put: (_g, results) => rows!.add(results),
      take: () => undefined,
      end: flush,
    };
  }

  main(): RowShare {
    let codec: BlockCodec | undefined;
    let block = -1;
    let taken: ReturnType<BlockCodec["decoder"]> | undefined;
    return {
      role: "main",
      bind: (c) => void (codec = c),
      claims: () => true,
      put: () => {},
      take: (g) => {
        const b = Math.floor(g / this.blockRows);
        if (b !== block) {
          block = b;
          taken = undefined;
          if (this.owner(b) !== 0) {
            if (!this.blocks.has(b)) throw new Error(`block ${b} was not judged by thread ${this.owner(b)}`);
            taken = codec!.decoder(this.blocks.get(b));
          }
        }
        return taken?.next();
      },
      end: () => {},
    };
  }
}
