import { z } from "zod";

/**
 * A point in the input. `offset` counts bytes of the (decompressed) input from 0;
 * `line` and `column` are 1-based, columns counted in UTF-16 code units, the unit
 * SARIF (`columnKind: utf16CodeUnits`) and LSP editors use by default.
 */
export const Position = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Position = z.infer<typeof Position>;

/** A half-open range [start, end): `end` is the position just after the last character. */
export const Range = z.object({ start: Position, end: Position });
export type Range = z.infer<typeof Range>;

/**
 * A Range kept as six numbers in one object (72 bytes on 64-bit V8) instead of a range and two
 * positions (136 bytes): what the catalog keeps for every table, column, constraint and owner of a
 * dump (issue 10, item 11: ~7 ranges a table of pg_dump's small tables). It reads as a plain Range:
 * `start` and `end` are own enumerable getters (shared by every instance, so no per-object cost)
 * that build the position when asked, so `JSON.stringify`, spread, `structuredClone` and deep
 * equality see `{ start: { offset, line, column }, end: {...} }` exactly as before. Each read makes
 * a new Position: read ranges at the report boundary, not per cell.
 */
export class PackedRange {
  readonly #startOffset: number;
  readonly #startLine: number;
  readonly #startColumn: number;
  readonly #endOffset: number;
  readonly #endLine: number;
  readonly #endColumn: number;
  declare readonly start: Position;
  declare readonly end: Position;

  constructor(range: Range) {
    this.#startOffset = range.start.offset;
    this.#startLine = range.start.line;
    this.#startColumn = range.start.column;
    this.#endOffset = range.end.offset;
    this.#endLine = range.end.line;
    this.#endColumn = range.end.column;
    Object.defineProperties(this, PACKED_RANGE_ACCESSORS);
  }

  static startOf(range: PackedRange): Position {
    return { offset: range.#startOffset, line: range.#startLine, column: range.#startColumn };
  }

  static endOf(range: PackedRange): Position {
    return { offset: range.#endOffset, line: range.#endLine, column: range.#endColumn };
  }
}

/** One descriptor object for every instance: the same getters, so every PackedRange shares one hidden class. */
const PACKED_RANGE_ACCESSORS: PropertyDescriptorMap = {
  start: {
    get(this: PackedRange): Position {
      return PackedRange.startOf(this);
    },
    enumerable: true,
  },
  end: {
    get(this: PackedRange): Position {
      return PackedRange.endOf(this);
    },
    enumerable: true,
  },
};

/** `range` as a PackedRange (itself when it already is one). */
export const packRange = (range: Range): Range => (range instanceof PackedRange ? range : new PackedRange(range));

/**
 * Issue 12: V8 gives every object literal of two properties, `start` then `end`, one map: a Range's (two positions) and a
 * span's (two numbers: a detector's match, a mention's place) alike. Its fields first took what the first such object
 * held, positions, and V8 made them general in place at the first span (a number where a position had been), throwing
 * away the compiled code of every function that had read a range: a burst of "code dependencies" deoptimizations in
 * the middle of the first COPY block (the byte scanner, the memos, two rules' row loops). Made general here, when this
 * module loads, before anything is compiled: that map then holds both from the start. Nothing keeps this object.
 */
{
  const span: { start: unknown; end: unknown } = { start: 0, end: 0 };
  span.start = span;
  span.end = span;
}
