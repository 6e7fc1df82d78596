import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch, type ValueContext } from "./detector.js";
import { type CharTest, isAlnum, runLength, startsToken } from "./scan.js";

export interface PrefixedTokenFormat {
  id: string;
  description: string;
  /** Literal prefixes as the issuer prints them (`ghp_`, `xoxb-`). */
  prefixes: readonly string[];
  /** Characters of the part after the prefix. */
  body: CharTest;
  /** Allowed body lengths, inclusive. */
  min: number;
  max: number;
  /** Further check on the body (checksum, required marker). */
  validate?: (body: string, prefix: string) => boolean;
  /** When false the token may be glued to a preceding letter/digit. Default true. */
  boundaryBefore?: boolean;
  help?: string;
}

/**
 * Find `prefix + body` where the body is a maximal run of `body` characters of an allowed length.
 * A run longer than `max` is not this format (a longer random string that merely contains the prefix).
 */
export function findPrefixedTokens(value: string, format: PrefixedTokenFormat): DetectorMatch[] {
  let matches: DetectorMatch[] | undefined;
  for (const prefix of format.prefixes) {
    let from = 0;
    for (;;) {
      const at = value.indexOf(prefix, from);
      if (at === -1) break;
      const bodyStart = at + prefix.length;
      const length = runLength(value, bodyStart, format.body, format.max);
      from = Math.max(bodyStart, bodyStart + length);
      if (format.boundaryBefore !== false && !startsToken(value, at)) continue;
      if (length < format.min || length > format.max) continue;
      // A body of one character repeated (`sk_live_xxxxxxxxxxxxxxxxxxxxxxxx` in a setup guide, `…_000000…`) is a stand-in
      // a sanitizer or a writer left after the issuer prefix, not a token: the second character tells most bodies apart.
      if (oneCharacterRun(value, bodyStart, bodyStart + length)) continue;
      // The body is cut out only for a format that checks it (a string per token of every other format).
      if (format.validate && !format.validate(value.slice(bodyStart, bodyStart + length), prefix)) continue;
      // The first as a literal: a push to an empty list reserves room for 16.
      if (matches === undefined) matches = [{ start: at, end: bodyStart + length }];
      else matches.push({ start: at, end: bodyStart + length });
    }
  }
  if (matches === undefined) return NO_DETECTOR_MATCHES;
  return matches.length < 2 ? matches : matches.sort((a, b) => a.start - b.start);
}

/** Whether `value[from, to)` is one character repeated. */
export function oneCharacterRun(value: string, from: number, to: number): boolean {
  const first = value.charCodeAt(from);
  for (let i = from + 1; i < to; i++) if (value.charCodeAt(i) !== first) return false;
  return true;
}

export function prefixedTokenDetector(format: PrefixedTokenFormat): Detector {
  return {
    id: format.id,
    description: format.description,
    keywords: format.prefixes,
    ...(format.help ? { help: format.help } : {}),
    find: (value: string, _context: ValueContext) => findPrefixedTokens(value, format),
  };
}

/** Body test for `[A-Za-z0-9_-]`. */
export const isTokenChar: CharTest = (c) => isAlnum(c) || c === 0x2d || c === 0x5f;
