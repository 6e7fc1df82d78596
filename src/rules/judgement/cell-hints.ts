/**
 * One cheap pass per cell that every row rule can gate on (issue 12): forbidden-secrets (does a
 * detector keyword or a word of secret-ish names occur?), live-host-pointers (a host or URL word,
 * `://`, `host`?) and the character classes their pre-checks and unsanitized-pii's need (`@`,
 * a digit, a backslash, white space, a dot, `:`, `;`, anything beyond ASCII). Before, each rule read the cell
 * with its own scans (a keyword scanner, a case-insensitive regular expression, `includes` calls).
 *
 * Every bit is exact, never a guess: a keyword bit is set exactly when `text.indexOf(keyword) !== -1`
 * for a case-sensitive keyword of its kind, or `/keyword/i.test(text)` for a case-insensitive one
 * (ASCII case folding, as a non-unicode `i` regular expression does for ASCII keywords); a class bit
 * exactly when the text holds such a character. A property test holds each bit to that definition.
 *
 * `cellHints` keeps the answer for the cells of the row being judged: the engine gives every rule
 * the same row object in turn, on whichever thread, so the second rule to ask about a cell reads
 * it back. Only the last row is kept (no memory per row), and a cell's answer is reused only for
 * the identical string, so a caller that changes a row in place cannot read a stale answer. (Keeping
 * the last value per cell index instead, with no per-row reset, measured ~9 % slower: comparing a
 * cell with the previous row's value of the same length reads their characters.)
 */
import type { RowEvent } from "../rule.js";
import { allDetectors } from "../secrets/detectors/index.js";
import { SECRET_NAME_HINTS } from "../secrets/secret-name.js";
import { HOST_NAME_HINTS } from "../hosts/host-words.js";
import { LITTLE_ENDIAN, TextUnits, type UnitsView } from "./text-units.js";
import { hashScratch, mixHashScratch } from "../../core/unit-hash.js";
import { lastCopyLine } from "../../data/copy.js";
import { hashUnitsToScratch } from "../pii/hyperloglog.js";

/** A keyword of some forbidden-secrets detector (`allDetectors`, each with its own case rule). */
export const HINT_SECRET_FORMAT = 1 << 0;
/** A word of secret-ish names (`SECRET_NAME_HINTS`, case-insensitive): what `mayNameSecret` looks for. */
export const HINT_SECRET_NAME = 1 << 1;
/** A word of host and URL names (`HOST_NAME_HINTS`, case-insensitive). */
export const HINT_HOST_WORD = 1 << 2;
/** `://` */
export const HINT_URI = 1 << 3;
/** `host`, as written (lower case). */
export const HINT_HOST_LITERAL = 1 << 4;
/** `\` */
export const HINT_BACKSLASH = 1 << 5;
/** Space, line feed or tab. */
export const HINT_SPACE = 1 << 6;
/** `.` */
export const HINT_DOT = 1 << 7;
/** `@` */
export const HINT_AT = 1 << 8;
/** An ASCII digit. */
export const HINT_DIGIT = 1 << 9;
/** A character beyond ASCII. */
export const HINT_NON_ASCII = 1 << 10;
/** The Kelvin sign U+212A, the one character beyond ASCII that lower-cases into an ASCII letter (`k`). */
export const HINT_KELVIN = 1 << 11;
/**
 * A keyword of some forbidden-secrets detector other than `://` (`HINT_SECRET_FORMAT` without this
 * bit: `://` is the only detector keyword in the text, so the URL detectors are the only ones its
 * keywords run; `findSecrets` then needs no keyword scan of its own).
 */
export const HINT_SECRET_FORMAT_BESIDES_URI = 1 << 12;
/** `:` (a `host:port` value of live-host-pointers' pre-checks). */
export const HINT_COLON = 1 << 13;
/** `;` (a `Server=…;` connection string of live-host-pointers' pre-checks). */
export const HINT_SEMICOLON = 1 << 14;
/** Set on every answer, so a kept answer is never 0. */
const KNOWN = 1 << 30;

/**
 * The class bits of every UTF-16 code unit: beyond ASCII `HINT_NON_ASCII` (and `HINT_KELVIN` for
 * U+212A), so the pass ORs one load per unit without a branch on the unit's range (128 KiB, of
 * which a text of ASCII only reads the first 256 bytes).
 */
const CLASS = new Uint16Array(0x10000).fill(HINT_NON_ASCII);
CLASS.fill(0, 0, 128);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = HINT_DIGIT;
CLASS[0x5c] = HINT_BACKSLASH;
CLASS[0x20] = CLASS[0x0a] = CLASS[0x09] = HINT_SPACE;
CLASS[0x2e] = HINT_DOT;
CLASS[0x40] = HINT_AT;
CLASS[0x3a] = HINT_COLON;
CLASS[0x3b] = HINT_SEMICOLON;
CLASS[0x212a] = HINT_NON_ASCII | HINT_KELVIN;

interface Entry {
  /** Lower-cased when case-insensitive. */
  word: string;
  caseInsensitive: boolean;
  /** The hint bits this keyword sets. */
  bits: number;
}

/** Index into `LISTS` + 1 per pair of ASCII characters a keyword can start with (0: none). */
const PAIRS = new Uint16Array(128 * 128);
const LISTS: Entry[][] = [];

function addKeywords(words: readonly string[], caseInsensitive: boolean, bits: number): void {
  for (const keyword of words) {
    if (keyword.length < 2 || !/^[\x00-\x7f]+$/.test(keyword)) throw new Error(`cell hints: ${JSON.stringify(keyword)} is not two or more ASCII characters`);
    const word = caseInsensitive ? keyword.toLowerCase() : keyword;
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    const firsts = caseInsensitive ? caseVariants(a) : [a];
    const seconds = caseInsensitive ? caseVariants(b) : [b];
    for (const x of firsts) {
      for (const y of seconds) {
        const pair = (x << 7) | y;
        if (PAIRS[pair] === 0) {
          LISTS.push([]);
          PAIRS[pair] = LISTS.length;
        }
        const list = LISTS[PAIRS[pair]! - 1]!;
        const same = list.find((e) => e.word === word && e.caseInsensitive === caseInsensitive);
        if (same) same.bits |= bits;
        else list.push({ word, caseInsensitive, bits });
      }
    }
  }
}

function caseVariants(c: number): number[] {
  return c >= 0x61 && c <= 0x7a ? [c, c & ~0x20] : [c];
}

for (const d of allDetectors) {
  for (const keyword of d.keywords) addKeywords([keyword], d.caseInsensitiveKeywords === true, keyword === "://" ? HINT_SECRET_FORMAT : HINT_SECRET_FORMAT | HINT_SECRET_FORMAT_BESIDES_URI);
}
addKeywords(SECRET_NAME_HINTS, true, HINT_SECRET_NAME);
addKeywords(HOST_NAME_HINTS, true, HINT_HOST_WORD);
addKeywords(["://"], false, HINT_URI);
addKeywords(["host"], false, HINT_HOST_LITERAL);

/** Per list (by its index in `PAIRS`): the bits its keywords set, so a list whose bits are all set already is not read again. */
const LIST_BITS = new Int32Array(LISTS.length + 1);
/**
 * Per pair of ASCII characters (indexed as `PAIRS`): the third characters of the keywords it
 * starts (bit `c & 31`, the same for both cases of a letter; all bits for a two-character
 * keyword), 0 for a pair that starts none. A list is read only when the character after the pair
 * can continue one of its keywords. The pass tests this first: one load and a rarely taken branch
 * per unit, where a branch on `PAIRS` alone was taken at every common pair of prose (`se`, `re`,
 * `co` start keywords) and often mispredicted.
 */
const PAIR_THIRDS = new Int32Array(128 * 128);
LISTS.forEach((list, i) => {
  for (const entry of list) LIST_BITS[i + 1]! |= entry.bits;
});
for (let pair = 0; pair < PAIRS.length; pair++) {
  const index = PAIRS[pair]!;
  if (index === 0) continue;
  for (const entry of LISTS[index - 1]!) PAIR_THIRDS[pair]! |= entry.word.length === 2 ? -1 : 1 << (entry.word.charCodeAt(2) & 31);
}

/** The first two units already matched the entry's pair; `length`: where the text ends in `units`. */
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

/** The text being hinted, as code units in a typed array (text-units.ts: cheaper to read than `charCodeAt`). */
const textUnits = new TextUnits();

/** The hint bits of one text (see the `HINT_` constants), in one forward pass; allocates nothing. */
export function textHints(text: string): number {
  const length = textUnits.read(text);
  return unitsHints(textUnits.units, textUnits.words, 0, length);
}

/**
 * The distinct-count fold (core/unit-hash.ts, before its mixing) of the text `unitsHints` read last: h1, h2. Written
 * here, not returned: see `hashScratch`.
 */
const fold = new Int32Array(2);

/**
 * `textHints` of the text whose `length` code units `units` holds from `start` (then one more unit: a 0, or the
 * delimiter after a cell in its COPY line), and `words` the same memory as words (see TextUnits); also its
 * distinct-count fold, in `fold`.
 * The fold rides on the hint pass (issue 12): unsanitized-pii counts the distinct values of most hinted cells, and
 * hashed them with a pass of its own over the same units. The pass reads every unit once, in order, the unit after the
 * text last: it folds that unit too, and takes it back out at the end (UNFOLD1, UNFOLD2, then the unit), so no read
 * tests its position. (unit-hash.ts' constants are written out here: see there.)
 */
function unitsHints(units: Uint16Array, words: Uint32Array, start: number, length: number): number {
  if (length === 0) {
    fold[0] = 0xdeadbeef;
    fold[1] = 0x41c6ce57;
    return 0;
  }
  const classes = CLASS;
  const thirds = PAIR_THIRDS;
  let hints = 0;
  // Position j (from 2 to `length`) reads the pair at j - 2 (`a`, `b`) and its third unit (`c`, at j), adds the class of
  // `a`, and reads the keyword lists when the third can continue one of the pair's keywords. Past the end the third
  // unit reads as 0 (bit 0): `matchesAt` rejects a keyword that does not fit.
  // Positions run from start + 2 to `end` (the unit after the text).
  const end = (start + length) | 0;
  let a = units[start]!;
  let b = units[(start + 1) | 0]!;
  let h1 = Math.imul(Math.imul(0xdeadbeef ^ a, 2654435761) ^ b, 2654435761);
  let h2 = Math.imul(Math.imul(0x41c6ce57 ^ a, 1597334677) ^ b, 1597334677);
  let j = (start + 2) | 0;
  // Four positions a turn in words (two units a load) on a little-endian machine; one at a time on another.
  const turns = LITTLE_ENDIAN;
  // A text at an odd offset (a cell of a COPY line) takes one position alone first: the turns read whole words.
  let stop = Math.min(j + (j & 1), end + 1);
  for (;;) {
    // One position at a time, up to four (those of a turn that may start a keyword, or the last few).
    for (; j < stop; j++) {
      const c = units[j]!;
      hints |= classes[a]!;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      // A pair beyond ASCII whose low seven bits pass is turned away here (it starts no keyword).
      if (((thirds[((a & 0x7f) << 7) | (b & 0x7f)]! >>> (c & 31)) & 1) !== 0 && (a | b) < 128) hints = keywordsAt(units, end, j - 2, ((a & 0x7f) << 7) | (b & 0x7f), hints);
      a = b;
      b = c;
    }
    // Four positions a turn while none can start a keyword (the common case): every read of a typed array in a loop
    // checks its map and loads its backing store again at each turn (the loop's interrupt check may run anything), so
    // a turn of four pays that once for four units (issue 12). `j` is even here (it starts at 2 and moves by 4, here
    // and below, until the end), so the turn's four units are words j / 2 and j / 2 + 1: two loads and two bounds
    // checks, where four units were four. Index arithmetic is `| 0`: V8 then adds without an overflow check.
    while (turns && ((j + 3) | 0) <= end) {
      const w0 = words[j >> 1]!;
      const w1 = words[((j >> 1) + 1) | 0]!;
      const c0 = w0 & 0xffff;
      const c1 = w0 >>> 16;
      const c2 = w1 & 0xffff;
      const c3 = w1 >>> 16;
      const bc = ((b & 0x7f) << 7) | (c0 & 0x7f);
      const cd = ((c0 & 0x7f) << 7) | (c1 & 0x7f);
      const de = ((c1 & 0x7f) << 7) | (c2 & 0x7f);
      const third =
        (thirds[((a & 0x7f) << 7) | (b & 0x7f)]! >>> (c0 & 31)) | (thirds[bc]! >>> (c1 & 31)) | (thirds[cd]! >>> (c2 & 31)) | (thirds[de]! >>> (c3 & 31));
      if ((third & 1) !== 0) break;
      hints |= classes[a]! | classes[b]! | classes[c0]! | classes[c1]!;
      h1 = Math.imul(Math.imul(Math.imul(Math.imul(h1 ^ c0, 2654435761) ^ c1, 2654435761) ^ c2, 2654435761) ^ c3, 2654435761);
      h2 = Math.imul(Math.imul(Math.imul(Math.imul(h2 ^ c0, 1597334677) ^ c1, 1597334677) ^ c2, 1597334677) ^ c3, 1597334677);
      a = c2;
      b = c3;
      j = (j + 4) | 0;
    }
    if (j > end) break;
    stop = Math.min(j + 4, end + 1);
  }
  // The last unit read was the one after the text (`b`): out of the fold again.
  fold[0] = Math.imul(h1, 244002641) ^ b;
  fold[1] = Math.imul(h2, 851723965) ^ b;
  // The last unit starts no keyword (every keyword has two or more characters).
  return hints | classes[a]!;
}

/** The keywords starting at `i` (whose pair is `pair`) that add bits to `hints`, and `hints` with them. */
function keywordsAt(units: Uint16Array, length: number, i: number, pair: number, hints: number): number {
  const index = PAIRS[pair]!;
  if ((hints & LIST_BITS[index]!) === LIST_BITS[index]) return hints;
  const list = LISTS[index - 1]!;
  for (let k = 0; k < list.length; k++) {
    const entry = list[k]!;
    if ((hints & entry.bits) !== entry.bits && matchesAt(units, length, i, entry)) hints |= entry.bits;
  }
  return hints;
}

let hintRow: RowEvent | undefined;
let hintValues: (string | undefined)[] = [];
let hintBits = new Int32Array(0);
/** Per cell, its distinct-count fold (`fold`) at 2 * index and 2 * index + 1, while its `hintBits` are known (`knownCellHash`). */
let hintFolds = new Int32Array(0);
/**
 * The code units of each hinted cell of the row, by column index (`knownCellUnits`): the rules that read a cell by
 * its units after the hints (unsanitized-pii's distinct-count hash and JSON walk) read these instead of copying the
 * cell again (issue 12). An array per index, not one shared with the last text read: the rules run one after another
 * over the whole row. Nothing but the units is kept: whose they are is `hintValues`' (a cache that stored the text
 * with each copy paid more in write barriers than the copies cost).
 */
let hintUnits: TextUnits[] = [];
/**
 * The longest text whose array an index keeps from row to row: TextUnits' own bound (64 Ki units). A bound of 4 Ki
 * measured slower: a longer cell then allocated an array at every row and another when dropped, and the ArrayBuffers'
 * external memory brought on more incremental marking (write barriers on the slow path in the row decoding).
 */
const CELL_KEPT_UNITS = 64 * 1024;
/**
 * Columns past this index have no units of their own: their hints are read through the shared `textUnits`, and the
 * rules copy their cells again. A holder costs a 2 KiB array, and 128 KiB once it has read a cell over 1 Ki units: one
 * per column of a wide table (a hostile row of 4,000 columns) would be memory the width of the row, not of a cell.
 */
const MAX_HOLDERS = 64;
/** Indexes whose array holds a text longer than CELL_KEPT_UNITS: dropped at the next row. */
const holdingLong: number[] = [];
/**
 * The code units of the row's COPY line, when the row's values are the ones data/copy.ts decoded last and the line is
 * at most LINE_UNITS long (`lineValues`, else undefined): a cell that is a slice of its line (no escapes) is hinted in
 * place, at its offset there, and the rules that read its units after the hints read them there too (`knownCellUnits`),
 * so a row pays one copy of its line, not one per cell (issue 12: `ucs2Write` costs ~770 instructions a call, ~220k
 * hinted cells on realistic-20).
 */
const lineUnits = new TextUnits();
let lineValues: readonly (string | null)[] | undefined;
/**
 * The longest line copied whole (TextUnits' kept array: a line copy never allocates). The copy is of the whole line,
 * hinted cells or not: up to this length that costs at most ~1 instruction a unit (CopyChars, ~23 M instructions for
 * every copy of realistic-20, whose longest line is under 8 Ki units), on a line the decoder has just read whole, and
 * no memory. A longer line (a wide row, a huge bytea or document that no rule may ask about) is not copied: its hinted
 * cells are read one by one as a row not decoded from a COPY line is (their holders, or the shared units), so an
 * unhinted cell is never copied and no array the size of the line is made.
 */
const LINE_UNITS = 64 * 1024;
/** Per cell, where the hint pass read it: its offset in `lineUnits` (0 or more), or IN_HOLDER (its holder's or the shared units). */
let cellStarts = new Int32Array(0);
const IN_HOLDER = -1;
/** `knownCellUnits`' answer for a cell read in its line: valid until the next question. */
const lineCell = { units: lineUnits.units, start: 0, length: 0 };

/**
 * The hints of cell `index` of `row` if a rule has asked for them already (`cellHints`), else 0:
 * for a rule whose own checks of a cell are cheaper than a pass of its own when no other rule has
 * paid for one. Also the one test of whether a cell's hints are current (this row, this very value) for
 * `knownCellUnits` and `knownCellHash`: non-zero exactly when its `hintBits`, `hintFolds`, `cellStarts` and units are
 * this value's. (A predicate of its own, called from here too, measured +0.2 to +1.6 % instructions in four pairs on
 * realistic-20: this function is inlined into the rules' row loops.)
 */
export function knownCellHints(row: RowEvent, index: number, value: string): number {
  if (row !== hintRow) return 0;
  const known = hintBits[index];
  return known !== undefined && known !== 0 && hintValues[index] === value ? known : 0;
}

/**
 * The code units of cell `index` of `row` (its `value.length` units, then a 0) if a rule has asked for its hints
 * already (`cellHints`), else undefined. Valid until the hints of another value are asked for at that index: read
 * them at once.
 */
export function knownCellUnits(row: RowEvent, index: number, value: string): UnitsView | undefined {
  if (knownCellHints(row, index, value) === 0) return undefined;
  const start = cellStarts[index]!;
  if (start >= 0) {
    // Read in its line: the unit after it is made a 0, as a reader of UnitsView expects (the JSON walk reads one unit
    // past a document cut short, and a COPY delimiter may be any one character, a digit in a hostile dump). Writing in
    // the shared units is safe: (1) that unit is this cell's own delimiter (a plain cell is its line's units from
    // `start` for exactly `value.length`, and fields are one delimiter apart), a unit of no cell; the line's last
    // field is followed by TextUnits' own 0. (2) Its one other reader is this cell's hint pass, which has run already
    // (the hints are current) and answers the same either way: it takes the unit after its text back out of the fold
    // whatever it is (unitsHints), adds no class for it, and no keyword ends past the text (matchesAt's bound).
    // (3) The line is copied again for the next row; the views given out for other cells of this row are untouched.
    const units = lineUnits.units;
    units[start + value.length] = 0;
    lineCell.units = units;
    lineCell.start = start;
    lineCell.length = value.length;
    return lineCell;
  }
  return index < hintUnits.length ? hintUnits[index] : undefined;
}

/**
 * Whether cell `index` of `row` is read already: the hint pass has read it (its hints are known, as `knownCellHints`),
 * or no rule has asked for its hints but its line's units hold it (a plain cell of a row whose line is copied); if so,
 * its distinct-count hash (pii/hyperloglog.ts' `hashWords`) is now in core/unit-hash.ts' `hashScratch`: read it at once.
 */
export function knownCellHash(row: RowEvent, index: number, value: string): boolean {
  if (knownCellHints(row, index, value) === 0) return lineCellHash(row, index, value);
  hashScratch[0] = hintFolds[2 * index]!;
  hashScratch[1] = hintFolds[2 * index + 1]!;
  mixHashScratch();
  return true;
}

/**
 * `knownCellHash` of a cell whose hints no rule has asked for: folded where the row's copied line holds it, if it does
 * (issue 12: unsanitized-pii counts cells the other rules pass over, ~120k on realistic-20, each read by `charCodeAt`
 * at ~45 instructions a character, or from 24 characters on copied by a `ucs2Write` call of its own). Its hint pass, if
 * asked later, reads the same units. Apart from knownCellHash, which the row loops inline.
 */
function lineCellHash(row: RowEvent, index: number, value: string): boolean {
  const values = lineValues;
  if (row !== hintRow || values === undefined || values !== lastCopyLine.values || values[index] !== value) return false;
  const starts = lastCopyLine.starts;
  const start = index < starts.length ? starts[index]! : -1;
  if (start < 0) return false;
  hashUnitsToScratch(lineUnits.units, start, value.length);
  return true;
}

/**
 * `textHints(value)` for cell `index` of the row being hinted: read where its line's units hold it, else into cell
 * `index`'s own units (below MAX_HOLDERS), else into the shared ones.
 */
function indexHints(index: number, value: string): number {
  const values = lineValues;
  if (values !== undefined && values === lastCopyLine.values && values[index] === value) {
    const starts = lastCopyLine.starts;
    const start = index < starts.length ? starts[index]! : -1;
    if (start >= 0) {
      if (index < cellStarts.length) cellStarts[index] = start;
      return unitsHints(lineUnits.units, lineUnits.words, start, value.length);
    }
  }
  if (index < cellStarts.length) cellStarts[index] = IN_HOLDER;
  if (index >= hintUnits.length) return textHints(value);
  const holder = hintUnits[index]!;
  const length = holder.read(value);
  if (length > CELL_KEPT_UNITS) holdingLong.push(index);
  return unitsHints(holder.units, holder.words, 0, length);
}

/** Drops the units of the last row's long cells. */
function releaseLong(): void {
  for (let k = 0; k < holdingLong.length; k++) hintUnits[holdingLong[k]!]!.release();
  holdingLong.length = 0;
}

/**
 * Forgets the last row's hints: `row`'s are asked for now. Apart from `cellHints`, which is inlined into the rules' row
 * loops (its bytecode counts against their inlining budget); this runs once per row.
 */
function startHintRow(row: RowEvent): void {
  hintRow = row;
  if (holdingLong.length > 0) releaseLong();
  const values = row.values;
  if (values === lastCopyLine.values && lastCopyLine.line.length <= LINE_UNITS) {
    lineValues = values;
    lineUnits.read(lastCopyLine.line);
  } else {
    lineValues = undefined;
    lineUnits.release();
  }
  const n = values.length;
  if (hintBits.length < n) growHints(n);
  else hintBits.fill(0, 0, n);
}

/** Room for the hints of `n` cells (apart from startHintRow, which is inlined into cellHints: this runs once per width). */
function growHints(n: number): void {
  hintBits = new Int32Array(Math.max(n, 2 * hintBits.length));
  hintFolds = new Int32Array(2 * hintBits.length);
  hintValues = new Array<string | undefined>(hintBits.length).fill(undefined);
  const units = hintUnits.slice();
  while (units.length < Math.min(hintBits.length, MAX_HOLDERS)) units.push(new TextUnits());
  hintUnits = units;
  cellStarts = new Int32Array(hintBits.length);
}

/**
 * `textHints(value)` for cell `index` of `row`, where `value` is that cell's text: computed once
 * for the row whichever rule asks first.
 */
export function cellHints(row: RowEvent, index: number, value: string): number {
  if (row !== hintRow) startHintRow(row);
  const known = hintBits[index];
  if (known !== undefined && known !== 0 && hintValues[index] === value) return known;
  const hints = indexHints(index, value) | KNOWN;
  if (index < hintBits.length) {
    hintBits[index] = hints;
    hintValues[index] = value;
    hintFolds[2 * index] = fold[0]!;
    hintFolds[2 * index + 1] = fold[1]!;
  }
  return hints;
}
