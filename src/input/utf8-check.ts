import { isUtf8 } from "node:buffer";

/** One ill-formed UTF-8 subsequence: where it starts (relative to the scanned buffer) and how many bytes it spans. */
export interface InvalidUtf8 {
  offset: number;
  length: number;
}

/**
 * Find every ill-formed subsequence in `bytes[start, end)`, each a "maximal subpart" as the
 * Unicode Standard (ch. 3, "U+FFFD Substitution of Maximal Subparts", Table 3-7) defines it —
 * the same unit a WHATWG TextDecoder replaces with one U+FFFD, so one finding per replacement
 * character. A sequence cut by `end` is reported as ill-formed; callers that stream keep the
 * trailing incomplete sequence back (see `incompleteTailLength`).
 */
export function findInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): InvalidUtf8[] {
  const found: InvalidUtf8[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) (need = 2), (lo = 0xa0);
    else if (b === 0xed) (need = 2), (hi = 0x9f);
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) (need = 3), (lo = 0x90);
    else if (b === 0xf4) (need = 3), (hi = 0x8f);
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else {
      found.push({ offset: i - start, length: 1 });
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < end ? bytes[j]! : -1;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    if (!ok) found.push({ offset: i - start, length: j - i });
    i = j;
  }
  return found;
}

/**
 * How many bytes at the end of `bytes` begin a multi-byte sequence that the buffer cuts short
 * (0–3). Those bytes are held back and validated together with the next chunk.
 */
export function incompleteTailLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for its lead
    const size = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    return size > k ? k : 0;
  }
  return 0;
}

/** True when the whole buffer is well-formed UTF-8 (native fast path). */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** UTF-16 code units the bytes decode to (ill-formed bytes counted as one unit each, close enough for a column). */
export function utf16Units(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 && b <= 0xf4 ? 2 : 1;
  }
  return units;
}
