/**
 * The distinct-count hash of a text (unsanitized-pii's distinct count, rules/pii/hyperloglog.ts): a fold of its UTF-16
 * code units in order, `h1 = imul(h1 ^ c, FOLD1)` and `h2 = imul(h2 ^ c, FOLD2)` from SEED1 and SEED2 (cyrb53's
 * mixing), then mixed (MurmurHash3's finalizers, `mixHashScratch`). Apart from the counter so that a pass that reads
 * a cell's units for its own reasons (judgement/cell-hints.ts) folds them as it reads: the count then reads none of
 * that cell's units again (issue 12).
 */

// The loops that fold (pii/hyperloglog.ts, judgement/cell-hints.ts) write these numbers out, and the tests hold them to
// these: a constant imported from another module is a variable to V8 (the bundle initializes each module lazily), which
// the optimized loop loaded from its context and converted to an integer at every use (~10 instructions each, eight a
// turn of the hint pass).
export const SEED1 = 0xdeadbeef;
export const SEED2 = 0x41c6ce57;
export const FOLD1 = 2654435761;
export const FOLD2 = 1597334677;
/**
 * FOLD1's and FOLD2's inverses modulo 2^32 (both odd): `imul(imul(h ^ 0, FOLD1), UNFOLD1) === h`. A pass that
 * folded one unit too many, the 0 that TextUnits writes after a text, takes it back out with one multiplication
 * instead of a test at every unit.
 */
export const UNFOLD1 = 244002641;
export const UNFOLD2 = 851723965;

/**
 * The two words of a hash: the folded words before `mixHashScratch`, the hash after. Read and written here, not
 * passed: unsigned (or 32-bit signed) words passed between functions that are not inlined are boxed as heap numbers.
 */
export const hashScratch = new Uint32Array(2);

/** The hash's last mixing, of the folded words in `hashScratch`. */
export function mixHashScratch(): void {
  let h1 = hashScratch[0]!;
  let h2 = hashScratch[1]!;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashScratch[0] = h1;
  hashScratch[1] = h2;
}
