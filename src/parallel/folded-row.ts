import { decodeCopyLine, type CopyTarget } from "../data/copy.js";
import type { Range } from "../report/location.js";
import type { RowEvent } from "../rules/rule.js";

/**
 * A COPY row judged by a worker thread, as the calling thread folds it: its values are decoded only
 * if a listener reads them. The splits' encoders send what their folds need (pii: each tallied
 * cell's distinct-count hash), so the calling thread need not decode and hash every row again
 * (issue 12: that was most of its serial part, which bounds what more threads can give).
 */
export class FoldedCopyRow implements RowEvent {
  readonly source = "copy" as const;
  private decoded: readonly (string | null)[] | undefined;

  constructor(
    readonly schema: string,
    readonly table: string,
    readonly columns: readonly string[],
    readonly types: readonly (string | undefined)[],
    readonly rowIndex: number,
    readonly range: Range,
    private readonly line: string,
    private readonly target: Pick<CopyTarget, "delimiter" | "nullString">,
  ) {}

  /** Decoded on the first read, as the calling thread would have decoded them (the same function, the same line). */
  get values(): readonly (string | null)[] {
    return (this.decoded ??= decodeCopyLine(this.line, this.target, this.columns.length));
  }
}
