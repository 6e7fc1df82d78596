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
