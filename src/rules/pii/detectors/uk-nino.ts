import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { isTrivialDigitSequence } from "../synthetic-markers.js";

/**
 * HMRC's rules for a National Insurance number (NIM39110): two prefix letters, six digits and a
 * suffix A-D. First letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; prefixes
 * BG, GB, KN, NK, NT, TN and ZZ are never allocated.
 */
const BAD_FIRST = new Set("DFIQUV");
const BAD_SECOND = new Set("DFIOQUV");
const UNALLOCATED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);
/** The example HMRC and GOV.UK forms print. */
const EXAMPLES = new Set(["AB123456C", "AB123456D", "QQ123456C", "QQ123456A"]);

export function ninoInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  let compact = "";
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === " ") continue;
    compact += ch.toUpperCase();
  }
  if (!validNino(compact)) return undefined;
  const digits = compact.slice(2, 8);
  const reason = EXAMPLES.has(compact) || isTrivialDigitSequence(digits) ? "example number" : undefined;
  const start = cell.indexOf(trimmed);
  return new FoundMatch("uk-nino", trimmed, start, start + trimmed.length, `${compact.slice(0, 1)}• •• •• •• ${compact.slice(8)}`, reason || undefined);
}

export function validNino(compact: string): boolean {
  if (compact.length !== 9 && compact.length !== 8) return false;
  const a = compact[0]!;
  const b = compact[1]!;
  if (!isUpper(a) || !isUpper(b) || BAD_FIRST.has(a) || BAD_SECOND.has(b) || UNALLOCATED.has(a + b)) return false;
  for (let i = 2; i < 8; i++) {
    const c = compact.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  // The suffix is optional in some systems, but when present it is A, B, C or D.
  return compact.length === 8 || "ABCD".includes(compact[8]!);
}

const isUpper = (ch: string) => ch >= "A" && ch <= "Z";
