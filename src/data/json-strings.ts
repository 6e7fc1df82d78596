import { TextUnits, type UnitsView } from "../core/text-units.js";

/** A string (or number/boolean rendered as text) found inside a JSON document, with its key path. */
export interface JsonString {
  /** JSONPath-like location, e.g. `$.auth.token` or `$.hosts[2]`. */
  path: string;
  /** The nearest object key above the value (undefined for values at array or top level). */
  key: string | undefined;
  value: string;
  /** True for object keys themselves (a key can hold an e-mail or a host too). */
  isKey: boolean;
}

const MAX_JSON_CHARS = 16 * 1024 * 1024;

/**
 * JSON values longer than this are not walked by key by every rule (bounded work and memory per
 * cell: a walk lists every leaf); they are scanned as text, and the engine says so in a diagnostic.
 */
export const JSON_WALK_LIMIT = 4 * 1024 * 1024;

/**
 * JSON documents with more leaves than this (strings, numbers, booleans and object keys) are not
 * walked by key either, whatever their length: a walk lists every leaf at ~200 bytes of heap each,
 * and 4 MiB of small dense keys (200k keys, 400k leaves) exhausted a 48 MB heap that the same text
 * scanned as text fits in 32 MB. They are scanned as text, and the engine says so in a diagnostic.
 */
export const MAX_JSON_LEAVES = 16_384;

/**
 * Whether a JSON object/array text is small enough to walk by key: at most JSON_WALK_LIMIT
 * characters and MAX_JSON_LEAVES leaves. Leaves are counted in one pass that builds nothing, and
 * only in texts long enough to hold that many (each leaf takes at least two characters).
 */
export function isWalkableJsonSize(text: string): boolean {
  if (text.length > JSON_WALK_LIMIT) return false;
  return text.length <= 2 * MAX_JSON_LEAVES || !hasMoreLeavesThan(text, MAX_JSON_LEAVES);
}

/**
 * Whether `text` holds more than `limit` of what jsonStrings lists (every string, key or value, and
 * every number, true and false outside strings); exact for valid JSON, an estimate for anything else.
 */
function hasMoreLeavesThan(text: string, limit: number): boolean {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, escapes skipped.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
    } else if (c === 0x2d || isDigit(c) || c === 0x74 || c === 0x66) {
      // A number, true or false: to the next delimiter.
      i++;
      while (i < n && !isJsonDelimiter(text.charCodeAt(i))) i++;
    } else {
      i++;
      continue;
    }
    if (++count > limit) return true;
  }
  return false;
}

const isJsonDelimiter = (c: number) => c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a || isJsonSpace(c);

/** A cell too large to walk by key (length or leaf count) that is a JSON object or array (in a json, jsonb, text or untyped column). */
export function isUnwalkedJson(value: string, type: string | undefined): boolean {
  if (value.length <= 2 * MAX_JSON_LEAVES) return false;
  if (type !== undefined && type !== "json" && type !== "jsonb" && type !== "text" && !type.startsWith("character varying")) return false;
  // A JSON scalar (one long string) has no keys to lose.
  let i = 0;
  while (i < 64 && isJsonSpace(value.charCodeAt(i))) i++;
  return (value[i] === "{" || value[i] === "[") && !isWalkableJsonSize(value);
}
/**
 * Containers deeper than this still get walked (the reader keeps its own stack, no recursion), but
 * their paths are shortened to the first levels + `…` + the last member, so a path stays bounded
 * while the nearest key, which the rules judge a value by, is always kept.
 */
const MAX_PATH_DEPTH = 64;

interface Frame {
  /** The container this one sits in (undefined for the outermost). */
  parent: Frame | undefined;
  array: boolean;
  /** Nesting level: 0 for the outermost container. */
  depth: number;
  /**
   * Path of the container, built when a path below it is first asked for (see framePath). Where the container sits in
   * its parent (the member's key or the element's index) is the parent's current member or element: a parent stays at
   * that slot while this container is open.
   */
  path: string | undefined;
  /**
   * An array's nearest object key above its elements: the depth of the object frame whose current member holds it (an
   * array in an array takes its parent's), -1 for none. The frame, not the key string: see memberKeyStart.
   */
  keyDepth: number;
  /** The current element's index (arrays). */
  index: number;
  /**
   * The current member's key (objects), as where it is written in the walk's units (memberKeyStart to memberKeyEnd,
   * quotes excluded), or its decoded text when it has escapes (memberKeyMade). A key string is made only when a caller
   * asks for one (the leaf's `key`, a path), not for every member (issue 12): a fresh string stored into a frame or the
   * walker, both long-lived, was a write barrier's call (~60-100 instructions) at each store, four or five a member.
   * An array's elements asking for the same key keep the string made for the first in memberKeyMade.
   */
  memberKeyStart: number;
  memberKeyEnd: number;
  memberKeyMade: string | undefined;
}

/** JSON's white space: space, tab, line feed, carriage return. */
export const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const TRUE_UNITS = [0x74, 0x72, 0x75, 0x65];
const FALSE_UNITS = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL_UNITS = [0x6e, 0x75, 0x6c, 0x6c];
/** The words of VALUE_START's kinds 4, 5 and 6. */
const WORD_UNITS: readonly (readonly number[] | undefined)[] = [undefined, undefined, undefined, undefined, TRUE_UNITS, FALSE_UNITS, NULL_UNITS];
/** Whether `word` (code units) is written at `i` (`text.startsWith(word, i)` on the units of a text of length `n`). */
function isWordAt(units: Uint16Array, i: number, n: number, word: readonly number[]): boolean {
  if (i + word.length > n) return false;
  for (let k = 0; k < word.length; k++) if (units[i + k] !== word[k]) return false;
  return true;
}

/** The index of the first code unit at or after `i` that is not JSON white space (`n` at the end). */
function skipSpace(units: Uint16Array, i: number, n: number): number {
  while (i < n && isJsonSpace(units[i]!)) i++;
  return i;
}
const memberPath = (parent: string, k: string) => (isPlainKey(k) ? `${parent}.${k}` : `${parent}[${JSON.stringify(k)}]`);

/**
 * One leaf as walkJson shows it to its visitor: a string value, number, boolean or object key. The
 * same object is reused for every leaf of a walk: read it during the call, keep nothing of it.
 */
export interface JsonLeaf {
  /**
   * The leaf's text (a string decoded), made when read: most leaves are never asked for theirs. A plain string or a
   * number is cut from the text at each read: read it once.
   */
  readonly value: string;
  /** The nearest object key above the value (undefined for values at array or top level); made when read, as `value`. */
  readonly key: string | undefined;
  /** True for object keys themselves. */
  readonly isKey: boolean;
  /** ASCII digits in `value`, and whether it holds an `@`: counted while reading it, for the callers' pre-checks. */
  readonly digits: number;
  readonly at: boolean;
  /** The leaf's path (jsonStrings' `path`), built on demand: most leaves never need theirs. */
  path(): string;
}

/**
 * The reader behind walkJson: an iterative RFC 8259 reader that keeps its own stack of frames (one
 * per open container, reused by depth) and is itself the leaf it shows. One is reused walk after walk,
 * so a walk allocates only the strings asked for (keys, values read, paths asked for).
 */
class JsonWalker implements JsonLeaf {
  busy = false;
  private text = "";
  /** Where the text starts in `units` (a cell read in its line's units: see UnitsView), and where it ends. */
  private base = 0;
  private n = 0;
  /**
   * The text's code units, read by index (issue 12): a JSON cell is mostly a slice of its COPY line, whose
   * `charCodeAt` costs ~2 ns a character even when inlined (the slice is unpacked at every read), most of a walk's
   * time; one `Buffer#ucs2Write` copy and typed-array reads cost a fraction (see core/text-units.ts). A 0 follows
   * the text, which no test of the walk accepts, so a read at `n` needs no bounds check. Strings (values, keys)
   * are still cut from `text`.
   */
  private readonly textUnits = new TextUnits();
  private units: Uint16Array = this.textUnits.units;
  /** Frames by depth; the first levels are made with the walker (a read past the end of the list is not made at a new depth). */
  private readonly frames: Frame[] = Array.from({ length: FIRST_FRAMES }, (_, depth) => newFrame(false, depth));
  private depth = 0;
  /** The deepest nesting this walk opened (frames to clear after it). */
  private reached = 0;
  private top: Frame | undefined;

  isKey = false;
  digits = 0;
  at = false;
  /**
   * The leaf's value when decoded (escapes) or a word (`true`, `false`); else text[valueStart, valueEnd), cut each
   * time it is asked for: kept here, every value made was a write barrier's call (issue 12). A caller reads it once.
   */
  private made: string | undefined;
  private valueStart = 0;
  private valueEnd = 0;

  get value(): string {
    return this.made ?? this.text.slice(this.valueStart - this.base, this.valueEnd - this.base);
  }

  /** The key itself for a key; the current member's for a value in an object; the array's own for an element (see Frame). */
  get key(): string | undefined {
    if (this.isKey) return this.value;
    const top = this.top;
    if (top === undefined) return undefined;
    if (!top.array) return this.memberKey(top);
    const depth = top.keyDepth;
    if (depth < 0) return undefined;
    // Every element of the array asks for the same key: made once.
    const owner = this.frames[depth]!;
    return (owner.memberKeyMade ??= this.memberKey(owner));
  }

  /** The current member's key of object frame `frame` (made from its offsets, unless decoded or made already). */
  private memberKey(frame: Frame): string {
    return frame.memberKeyMade ?? this.text.slice(frame.memberKeyStart - this.base, frame.memberKeyEnd - this.base);
  }

  path(): string {
    const frame = this.top!;
    return frame.array ? `${this.framePath(frame)}[${frame.index}]` : memberPath(this.framePath(frame), this.memberKey(frame));
  }

  /**
   * A frame's path: `$` for the outermost container, else its slot's path in the parent; a container at
   * depth MAX_PATH_DEPTH adds `…`, and deeper ones share that elided path (bounded length, no deep recursion).
   */
  private framePath(frame: Frame): string {
    if (frame.path !== undefined) return frame.path;
    let path: string;
    if (frame.depth > MAX_PATH_DEPTH) path = this.framePath(this.frames[MAX_PATH_DEPTH]!);
    else {
      const parent = frame.depth === 0 ? undefined : this.frames[frame.depth - 1]!;
      // The parent is still at this frame's slot (its current element or member: see Frame).
      const slot = parent === undefined ? "$" : parent.array ? `${this.framePath(parent)}[${parent.index}]` : memberPath(this.framePath(parent), this.memberKey(parent));
      path = frame.depth === MAX_PATH_DEPTH ? `${slot}…` : slot;
    }
    frame.path = path;
    return path;
  }

  /** `units`: holds the text's code units, when the caller has them (not copied again). */
  walk(text: string, visit: (leaf: JsonLeaf) => void, units?: UnitsView): boolean {
    // Too long, or (bounded memory) of more leaves than are listed: not walked (its callers scan it as text). Asked
    // before the text is copied into units.
    if (text.length > MAX_JSON_CHARS || (text.length > 2 * MAX_JSON_LEAVES && hasMoreLeavesThan(text, MAX_JSON_LEAVES))) return false;
    this.text = text;
    if (units === undefined) {
      this.base = 0;
      this.n = this.textUnits.read(text);
      this.units = this.textUnits.units;
    } else {
      this.base = units.start;
      this.n = units.start + units.length;
      this.units = units.units;
    }
    this.depth = 0;
    this.reached = 0;
    this.top = undefined;
    try {
      return this.read(visit);
    } finally {
      // Keep nothing of this text (a key can be a slice that pins the whole input chunk), and few frames and units.
      this.text = "";
      this.textUnits.release();
      this.units = this.textUnits.units;
      this.made = undefined;
      if (this.frames.length > MAX_KEPT_FRAMES) this.frames.length = MAX_KEPT_FRAMES;
      for (let d = 0; d < this.reached && d < this.frames.length; d++) {
        const frame = this.frames[d]!;
        frame.path = frame.memberKeyMade = undefined;
      }
    }
  }

  private show(visit: (leaf: JsonLeaf) => void, isKey: boolean): void {
    this.isKey = isKey;
    visit(this);
  }

  /** The walk itself, on `units`; the read position is passed to and returned by the readers below (-1: a syntax error). */
  private read(visit: (leaf: JsonLeaf) => void): boolean {
    const units = this.units;
    const n = this.n;
    let i = skipSpace(units, this.base, n);
    const first = units[i]!;
    if (first !== 0x7b && first !== 0x5b) return false;

    for (;;) {
      // Read one value in the current slot of `top`. By the kind its first unit starts (a jump table, and one call
      // of isWordAt for true, false and null), and each step taken the same way for every value, container and
      // depth (issue 12): an operation first reached by a document later in the dump (the first null, the first
      // nested or empty container, the first array) had no type feedback when the walk was compiled, and threw the
      // compiled walk away there (three compilations of it on realistic-20).
      i = skipSpace(units, i, n);
      const c = units[i]!;
      const kind = c < 128 ? VALUE_START[c]! : 0;
      switch (kind) {
        case 1: {
          const frame = this.open(c === 0x5b);
          i = skipSpace(units, i + 1, n);
          const array = frame.array;
          if (units[i]! !== (array ? 0x5d : 0x7d)) {
            if (!array) {
              i = this.member(frame, visit, i);
              if (i < 0) return false;
            }
            continue;
          }
          // An empty container: closed below, as a finished one is.
          break;
        }
        case 2:
          i = this.readString(i);
          if (i < 0) return false;
          this.show(visit, false);
          break;
        case 3:
          i = this.readNumber(i);
          if (i < 0) return false;
          this.show(visit, false);
          break;
        case 4:
        case 5:
        case 6: {
          const word = WORD_UNITS[kind]!;
          if (!isWordAt(units, i, n, word)) return false;
          i += word.length;
          if (kind === 6) break;
          this.made = kind === 4 ? "true" : "false";
          this.digits = 0;
          this.at = false;
          this.show(visit, false);
          break;
        }
        default:
          return false;
      }

      // After a value: close finished containers, or move to the next element/member.
      for (;;) {
        const frame = this.top;
        i = skipSpace(units, i, n);
        if (!frame) return i === n;
        const d = units[i]!;
        const array = frame.array;
        if (d === 0x2c) {
          i++;
          frame.index += array ? 1 : 0;
          if (!array) {
            i = this.member(frame, visit, i);
            if (i < 0) return false;
          }
          break;
        }
        if (d !== (array ? 0x5d : 0x7d)) return false;
        i++;
        this.close();
      }
    }
  }

  /** Pushes a container's frame (the frame object of that depth, reused) at the current slot of `top`. */
  private open(array: boolean): Frame {
    const top = this.top;
    const depth = this.depth;
    let frame = this.frames[depth];
    if (frame === undefined) {
      frame = newFrame(array, depth);
      this.frames.push(frame);
    }
    // The parent's key is read for every container (the outermost one reads `OUTSIDE`'s: no key), not only for nested ones.
    const parent = top ?? OUTSIDE;
    const parentKeyDepth = parent.keyDepth;
    frame.parent = top;
    frame.array = array;
    frame.path = undefined;
    frame.keyDepth = parent.array ? parentKeyDepth : parent.depth;
    frame.index = 0;
    frame.memberKeyMade = undefined;
    this.depth = depth + 1;
    if (this.depth > this.reached) this.reached = this.depth;
    this.top = frame;
    return frame;
  }

  private close(): void {
    this.depth--;
    this.top = this.top!.parent;
  }

  /** Reads `"key" :` from `i` and points the frame at the member; the index after the colon, or -1 on a syntax error. */
  private member(frame: Frame, visit: (leaf: JsonLeaf) => void, from: number): number {
    const units = this.units;
    const n = this.n;
    let i = this.readString(skipSpace(units, from, n));
    if (i < 0) return -1;
    i = skipSpace(units, i, n);
    if (units[i]! !== 0x3a) return -1;
    // The key's place, not a string (see Frame): the leaf shown now is the key, read from the same place.
    frame.memberKeyStart = this.valueStart;
    frame.memberKeyEnd = this.valueEnd;
    frame.memberKeyMade = this.made;
    this.show(visit, true);
    return i + 1;
  }

  /**
   * Reads a string at `i` into the leaf (its range, or its decoded text when it has escapes), counting digits and `@`;
   * the index after its closing quote, or -1 on a syntax error.
   */
  private readString(from: number): number {
    const text = this.text;
    const base = this.base;
    const units = this.units;
    const n = this.n;
    let i = from;
    if (units[i]! !== 0x22) return -1;
    i++;
    let digits = 0;
    let at = false;
    let value: string | undefined;
    let run = i;
    while (i < n) {
      const c = units[i]!;
      if (c === 0x22) {
        if (value === undefined) {
          this.made = undefined;
          this.valueStart = run;
          this.valueEnd = i;
        } else this.made = value + text.slice(run - base, i - base);
        this.digits = digits;
        this.at = at;
        return i + 1;
      }
      if (c < 0x20) return -1;
      if (c !== 0x5c) {
        if (c <= 0x40) {
          // Both tests made for every such unit (issue 12: a test first reached by a later document had no type feedback).
          digits += c >= 0x30 && c <= 0x39 ? 1 : 0;
          at = at || c === 0x40;
        }
        i++;
        continue;
      }
      value = (value ?? "") + text.slice(run - base, i - base);
      const e = text[i + 1 - base];
      switch (e) {
        case '"':
        case "\\":
        case "/":
          value += e;
          break;
        case "b":
          value += "\b";
          break;
        case "f":
          value += "\f";
          break;
        case "n":
          value += "\n";
          break;
        case "r":
          value += "\r";
          break;
        case "t":
          value += "\t";
          break;
        case "u": {
          const hex = text.slice(i + 2 - base, i + 6 - base);
          if (hex.length !== 4 || !isHex4(hex)) return -1;
          const d = parseInt(hex, 16);
          value += String.fromCharCode(d);
          if (d >= 0x30 && d <= 0x39) digits++;
          else if (d === 0x40) at = true;
          i += 4;
          break;
        }
        default:
          return -1;
      }
      i += 2;
      run = i;
    }
    return -1;
  }

  /** Reads a number at `i` into the leaf (its exact text); the index after it, or -1 on a syntax error. */
  private readNumber(from: number): number {
    const units = this.units;
    let i = from;
    if (units[i]! === 0x2d) i++;
    if (units[i]! === 0x30) i++;
    else if (isDigit(units[i]!)) while (isDigit(units[i]!)) i++;
    else return -1;
    if (units[i]! === 0x2e) {
      i++;
      if (!isDigit(units[i]!)) return -1;
      while (isDigit(units[i]!)) i++;
    }
    if ((units[i]! | 0x20) === 0x65) {
      i++;
      if (units[i]! === 0x2b || units[i]! === 0x2d) i++;
      if (!isDigit(units[i]!)) return -1;
      while (isDigit(units[i]!)) i++;
    }
    let digits = 0;
    for (let j = from; j < i; j++) if (isDigit(units[j]!)) digits++;
    this.made = undefined;
    this.valueStart = from;
    this.valueEnd = i;
    this.digits = digits;
    this.at = false;
    return i;
  }
}

/** Frames a walker makes with itself (`JsonWalker.frames`). */
const FIRST_FRAMES = 8;

function newFrame(array: boolean, depth: number): Frame {
  return { parent: undefined, array, depth, path: undefined, keyDepth: -1, index: 0, memberKeyStart: 0, memberKeyEnd: 0, memberKeyMade: undefined };
}

/** What `open` reads as the parent of the outermost container (never written). */
const OUTSIDE: Frame = newFrame(true, -1);

/** The kind of value a unit starts (`JsonWalker.read`): 1 object or array, 2 string, 3 number, 4 true, 5 false, 6 null; 0 none. */
const VALUE_START = new Uint8Array(128);
VALUE_START[0x7b] = VALUE_START[0x5b] = 1;
VALUE_START[0x22] = 2;
VALUE_START[0x2d] = 3;
for (let c = 0x30; c <= 0x39; c++) VALUE_START[c] = 3;
VALUE_START[0x74] = 4;
VALUE_START[0x66] = 5;
VALUE_START[0x6e] = 6;

/** Frames a walker keeps between walks (deeper documents make more and drop them after). */
const MAX_KEPT_FRAMES = 256;

/** The walker walks reuse; a walk started from inside a visitor gets its own. */
const sharedWalker = new JsonWalker();

/**
 * Read `text` as JSON (RFC 8259) and show every string leaf, number, boolean and object key to
 * `visit`, in document order (see jsonStrings, which lists what this walk shows). Numbers keep the
 * exact text written. Returns false, having possibly shown some leaves already, when the text is not
 * a JSON object or array, is not valid JSON, is larger than 16 MiB or has more than MAX_JSON_LEAVES
 * leaves: a caller that keeps anything from the leaves must drop it then. Never throws (unless
 * `visit` does). Linear time, no recursion, any depth; values and paths are made only when asked for.
 * `units`: the text's code units (read by a TextUnits last, or in its line's: UnitsView), when the caller holds them already (judgement/cell-hints.ts'
 * `knownCellUnits`): read in place of a copy of the text's own.
 */
export function walkJson(text: string, visit: (leaf: JsonLeaf) => void, units?: UnitsView): boolean {
  const walker = sharedWalker.busy ? new JsonWalker() : sharedWalker;
  walker.busy = true;
  try {
    return walker.walk(text, visit, units);
  } finally {
    walker.busy = false;
  }
}

/**
 * Read `text` as JSON (RFC 8259) and list every string leaf, number, boolean and object key with
 * its path, in document order. Numbers keep the exact text written (`12345678901234567890`,
 * `1.50`), which is what PostgreSQL prints for json/jsonb; `JSON.parse` would round them.
 * Duplicate keys are all listed. A hand-written iterative reader: linear time, no recursion, any
 * depth (paths of containers nested deeper than 64 levels are elided with `…`; keys are kept).
 * Returns undefined when the text is not a JSON object or array (plain strings are not walked),
 * is not valid JSON, is larger than 16 MiB, or has more than MAX_JSON_LEAVES leaves (the engine's
 * `json-not-walked` diagnostic, through isUnwalkedJson, names the last two); never throws.
 */
export function jsonStrings(text: string): JsonString[] | undefined {
  const out: JsonString[] = [];
  const ok = walkJson(text, (leaf) => {
    // A key's `key` is its value: one string for both, as the leaf makes a new one at each ask.
    const value = leaf.value;
    const isKey = leaf.isKey;
    out.push({ path: leaf.path(), key: isKey ? value : leaf.key, value, isKey });
  });
  return ok ? out : undefined;
}

function isPlainKey(k: string): boolean {
  if (k.length === 0) return false;
  for (let j = 0; j < k.length; j++) {
    const c = k.charCodeAt(j);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!letter && !(j > 0 && isDigit(c))) return false;
  }
  return true;
}

function isHex4(hex: string): boolean {
  for (let j = 0; j < 4; j++) {
    const c = hex.charCodeAt(j) | 0x20;
    if (!(isDigit(hex.charCodeAt(j)) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}
