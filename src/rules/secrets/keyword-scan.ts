/**
 * Which of many literal keywords occur in a text, in one forward pass (issue 12): the per-cell
 * pre-check of forbidden-secrets. It replaces one regular-expression alternation per keyword class
 * plus an `indexOf` per detector keyword, and gives the same answers: a keyword group is found
 * exactly when `text.indexOf(keyword) !== -1` for one of its case-sensitive keywords, or
 * `/keyword/i.test(text)` for one of its case-insensitive ones (ASCII case folding, which is what a
 * non-unicode `i` regular expression does for ASCII keywords). A property test holds it to those.
 *
 * How: every keyword is at least two ASCII characters, so a match starts at a position whose two
 * characters (folded for case-insensitive keywords) form one of the keywords' first two
 * characters. A table indexed by that pair lists the keywords to compare there; most positions of
 * ordinary text have no list. The pass reads the text's code units from a typed array
 * (judgement/text-units.ts), cheaper than `charCodeAt`. No allocation per scan.
 */
import { TextUnits } from "../judgement/text-units.js";

export interface KeywordGroup {
  keywords: readonly string[];
  /** ASCII case-insensitive, like a regular expression with the `i` flag. */
  caseInsensitive: boolean;
}

interface Entry {
  /** The keyword; lower-cased when case-insensitive. */
  word: string;
  caseInsensitive: boolean;
  /** Groups this keyword belongs to. */
  groups: readonly number[];
}

const PAIRS = 128 * 128;

export class KeywordScanner {
  /** Index into `lists` + 1 per character pair (0: no keyword starts with that pair). */
  private readonly pairs = new Uint16Array(PAIRS);
  private readonly lists: Entry[][] = [];
  readonly groupCount: number;

  /** Throws when a keyword is shorter than two characters or not ASCII (the pair table needs both). */
  constructor(groups: readonly KeywordGroup[]) {
    this.groupCount = groups.length;
    this.found = new Uint8Array(groups.length);
    this.foundList = new Uint16Array(groups.length);
    const entries = new Map<string, { word: string; caseInsensitive: boolean; groups: number[] }>();
    groups.forEach((group, g) => {
      for (const keyword of group.keywords) {
        if (keyword.length < 2 || !/^[\x00-\x7f]+$/.test(keyword)) throw new Error(`keyword scanner: ${JSON.stringify(keyword)} is not two or more ASCII characters`);
        const word = group.caseInsensitive ? keyword.toLowerCase() : keyword;
        const id = `${group.caseInsensitive ? "i" : "s"}${word}`;
        let entry = entries.get(id);
        if (!entry) entries.set(id, (entry = { word, caseInsensitive: group.caseInsensitive, groups: [] }));
        if (!entry.groups.includes(g)) entry.groups.push(g);
      }
    });
    for (const entry of entries.values()) {
      const a = entry.word.charCodeAt(0);
      const b = entry.word.charCodeAt(1);
      const firsts = entry.caseInsensitive ? caseVariants(a) : [a];
      const seconds = entry.caseInsensitive ? caseVariants(b) : [b];
      for (const x of firsts) {
        for (const y of seconds) {
          const pair = (x << 7) | y;
          let index = this.pairs[pair]!;
          if (index === 0) {
            this.lists.push([]);
            index = this.lists.length;
            this.pairs[pair] = index;
          }
          this.lists[index - 1]!.push(entry);
        }
      }
    }
  }

  /** After `scan`: 1 at the index of each group found, else 0. */
  readonly found: Uint8Array;
  /** After `scan`: the groups found, in the order first met (`foundCount` of them). */
  readonly foundList: Uint16Array;
  foundCount = 0;

  /** Finds every group with a keyword in `text` (see `found`, `foundList`); returns how many. */
  scan(text: string): number {
    const found = this.found;
    const foundList = this.foundList;
    for (let k = 0; k < this.foundCount; k++) found[foundList[k]!] = 0;
    let count = 0;
    const length = textUnits.read(text);
    unitsText = text;
    const units = textUnits.units;
    const n = length - 1;
    const pairs = this.pairs;
    let next = units[0]!;
    for (let i = 0; i < n; i++) {
      const a = next;
      next = units[i + 1]!;
      if (a >= 128 || next >= 128) continue;
      const index = pairs[(a << 7) | next]!;
      if (index === 0) continue;
      const list = this.lists[index - 1]!;
      for (let k = 0; k < list.length; k++) {
        const entry = list[k]!;
        if (!matchesAt(units, length, i, entry)) continue;
        const groups = entry.groups;
        for (let g = 0; g < groups.length; g++) {
          const group = groups[g]!;
          if (found[group] === 0) {
            found[group] = 1;
            foundList[count++] = group;
          }
        }
      }
    }
    this.foundCount = count;
    return count;
  }

  /** Whether any keyword of any group occurs in `text`. */
  test(text: string): boolean {
    const length = textUnits.read(text);
    unitsText = text;
    const units = textUnits.units;
    const n = length - 1;
    const pairs = this.pairs;
    let next = units[0]!;
    for (let i = 0; i < n; i++) {
      const a = next;
      next = units[i + 1]!;
      if (a >= 128 || next >= 128) continue;
      const index = pairs[(a << 7) | next]!;
      if (index === 0) continue;
      const list = this.lists[index - 1]!;
      for (let k = 0; k < list.length; k++) if (matchesAt(units, length, i, list[k]!)) return true;
    }
    return false;
  }
}

function caseVariants(c: number): number[] {
  return c >= 0x61 && c <= 0x7a ? [c, c & ~0x20] : [c];
}

/** The text being scanned, as code units (one array for all scanners: a scan reads it to the end before another starts). */
const textUnits = new TextUnits();
/** The text whose units `textUnits` holds: the one scanned or tested last. */
let unitsText: string | undefined;

/**
 * The code units of `text` (its `text.length` units, then a 0) when it is the text a scanner read last, else undefined:
 * findSecrets scans a value for keywords and then runs the detectors those name on the same value, whose bounded
 * runs (scan.ts' `runLength`: bcrypt's 53 characters, a token's body) then read the units already copied instead of
 * `charCodeAt` of a cell string (issue 12: ~40 instructions a character on a slice of a COPY line). Valid until the
 * next scan: read at once.
 */
export function scannedUnits(text: string): Uint16Array | undefined {
  return text === unitsText ? textUnits.units : undefined;
}

/** The first two units already matched the entry's pair; `length`: the text's. */
function matchesAt(units: Uint16Array, length: number, at: number, entry: Entry): boolean {
  const word = entry.word;
  const end = word.length;
  if (at + end > length) return false;
  // One loop for both kinds of entry, lower case as `(upper ? fold : 0) | c` (a case-sensitive entry folds nothing):
  // every operation in it runs for every keyword compared, so each has type feedback when V8 optimizes the pass.
  // Two loops and `upper ? c | 0x20 : c` left the `|` and one loop's increment without any until the first
  // upper-case letter, or the first case-sensitive keyword, matched past its first two units, and V8 compiled
  // the pass again there (issue 12).
  const fold = entry.caseInsensitive ? 0x20 : 0;
  for (let j = 2; j < end; j++) {
    const c = units[at + j]!;
    if (((c >= 0x41 && c <= 0x5a ? fold : 0) | c) !== word.charCodeAt(j)) return false;
  }
  return true;
}
