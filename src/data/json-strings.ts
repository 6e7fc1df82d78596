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
  array: boolean;
  /** The frame below (undefined for the outermost container). */
  parent: Frame | undefined;
  /** Nesting level: 0 for the outermost container. */
  depth: number;
  /** Where the container sits in its parent: the member's key or the element's index. */
  slotKey: string | undefined;
  slotIndex: number;
  /** Path of the container, built when a path below it is first asked for (see framePath). */
  path: string | undefined;
  /** Nearest object key above the container's elements. */
  key: string | undefined;
  /** The current element's index (arrays) or member's key (objects). */
  index: number;
  memberKey: string;
}

const isJsonSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const memberPath = (parent: string, k: string) => (isPlainKey(k) ? `${parent}.${k}` : `${parent}[${JSON.stringify(k)}]`);

/**
 * A frame's path: `$` for the outermost container, else its slot's path in the parent; a container at
 * depth MAX_PATH_DEPTH adds `…`, and deeper ones share that elided path (bounded length, no deep recursion).
 */
function framePath(frame: Frame, stack: readonly Frame[]): string {
  if (frame.path !== undefined) return frame.path;
  let path: string;
  if (frame.depth > MAX_PATH_DEPTH) path = framePath(stack[MAX_PATH_DEPTH]!, stack);
  else {
    const parent = frame.parent;
    const slot = parent === undefined ? "$" : parent.array ? `${framePath(parent, stack)}[${frame.slotIndex}]` : memberPath(framePath(parent, stack), frame.slotKey!);
    path = frame.depth === MAX_PATH_DEPTH ? `${slot}…` : slot;
  }
  frame.path = path;
  return path;
}

/**
 * One leaf as walkJson shows it to its visitor: a string value, number, boolean or object key. The
 * same object is reused for every leaf of a walk: read it during the call, keep nothing of it.
 */
export interface JsonLeaf {
  value: string;
  /** The nearest object key above the value (undefined for values at array or top level). */
  key: string | undefined;
  /** True for object keys themselves. */
  isKey: boolean;
  /** ASCII digits in `value`, and whether it holds an `@`: counted while reading it, for the callers' pre-checks. */
  digits: number;
  at: boolean;
  /** The leaf's path (jsonStrings' `path`), built on demand: most leaves never need theirs. */
  path(): string;
}

/**
 * Read `text` as JSON (RFC 8259) and show every string leaf, number, boolean and object key to
 * `visit`, in document order (see jsonStrings, which lists what this walk shows). Numbers keep the
 * exact text written. Returns false, having possibly shown some leaves already, when the text is not
 * a JSON object or array, is not valid JSON, is larger than 16 MiB or has more than MAX_JSON_LEAVES
 * leaves: a caller that keeps anything from the leaves must drop it then. Never throws (unless
 * `visit` does). Linear time, no recursion, any depth; paths are built only when asked for.
 */
export function walkJson(text: string, visit: (leaf: JsonLeaf) => void): boolean {
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
  };
  ws();
  if (text[i] !== "{" && text[i] !== "[") return false;
  if (n > MAX_JSON_CHARS) return false;
  // Bounded memory: a document of more leaves is not listed (its callers scan it as text).
  if (n > 2 * MAX_JSON_LEAVES && hasMoreLeavesThan(text, MAX_JSON_LEAVES)) return false;

  const stack: Frame[] = [];
  let top: Frame | undefined;
  /** Digits and `@` of the last string read. */
  let digits = 0;
  let at = false;
  const leaf: JsonLeaf = {
    value: "",
    key: undefined,
    isKey: false,
    digits: 0,
    at: false,
    path: () => {
      const frame = top!;
      return frame.array ? `${framePath(frame, stack)}[${frame.index}]` : memberPath(framePath(frame, stack), frame.memberKey);
    },
  };
  const show = (value: string, key: string | undefined, isKey: boolean, valueDigits: number, valueAt: boolean) => {
    leaf.value = value;
    leaf.key = key;
    leaf.isKey = isKey;
    leaf.digits = valueDigits;
    leaf.at = valueAt;
    visit(leaf);
  };

  /** Reads `"key" :` and points the frame at the member; false on a syntax error. */
  const member = (frame: Frame): boolean => {
    ws();
    const k = readString();
    if (k === undefined) return false;
    ws();
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    frame.memberKey = k;
    show(k, k, true, digits, at);
    return true;
  };

  /** Counts digits and `@` of text[from, to) into `digits`/`at`. */
  const count = (from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (c === 0x40) at = true;
    }
  };

  const readString = (): string | undefined => {
    if (text.charCodeAt(i) !== 0x22) return undefined;
    i++;
    digits = 0;
    at = false;
    let value = "";
    let run = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        value += text.slice(run, i);
        i++;
        return value;
      }
      if (c < 0x20) return undefined;
      if (c !== 0x5c) {
        if (c <= 0x40) {
          if (c >= 0x30 && c <= 0x39) digits++;
          else if (c === 0x40) at = true;
        }
        i++;
        continue;
      }
      value += text.slice(run, i);
      const e = text[i + 1];
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
          const hex = text.slice(i + 2, i + 6);
          if (hex.length !== 4 || !isHex4(hex)) return undefined;
          const decoded = String.fromCharCode(parseInt(hex, 16));
          value += decoded;
          const d = decoded.charCodeAt(0);
          if (d >= 0x30 && d <= 0x39) digits++;
          else if (d === 0x40) at = true;
          i += 4;
          break;
        }
        default:
          return undefined;
      }
      i += 2;
      run = i;
    }
    return undefined;
  };

  const readNumber = (): string | undefined => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return undefined;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return undefined;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if ((text.charCodeAt(i) | 0x20) === 0x65) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return undefined;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    digits = 0;
    at = false;
    count(start, i);
    return text.slice(start, i);
  };

  /** The nearest key of the value about to be read: the member's in an object, the array's own in an array. */
  const keyHere = () => (top === undefined ? undefined : top.array ? top.key : top.memberKey);

  for (;;) {
    // Read one value in the current slot of `top`.
    ws();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const frame: Frame = {
        array: c === 0x5b,
        parent: top,
        depth: stack.length,
        slotKey: top !== undefined && !top.array ? top.memberKey : undefined,
        slotIndex: top !== undefined && top.array ? top.index : 0,
        path: undefined,
        key: keyHere(),
        index: 0,
        memberKey: "",
      };
      stack.push(frame);
      top = frame;
      i++;
      ws();
      if (text.charCodeAt(i) === (frame.array ? 0x5d : 0x7d)) {
        i++;
        stack.pop();
        top = stack[stack.length - 1];
      } else if (frame.array) {
        continue;
      } else {
        if (!member(frame)) return false;
        continue;
      }
    } else if (c === 0x22) {
      const value = readString();
      if (value === undefined) return false;
      show(value, keyHere(), false, digits, at);
    } else if (c === 0x2d || isDigit(c)) {
      const value = readNumber();
      if (value === undefined) return false;
      show(value, keyHere(), false, digits, at);
    } else if (text.startsWith("true", i) || text.startsWith("false", i)) {
      const value = text[i] === "t" ? "true" : "false";
      i += value.length;
      show(value, keyHere(), false, 0, false);
    } else if (text.startsWith("null", i)) {
      i += 4;
    } else return false;

    // After a value: close finished containers, or move to the next element/member.
    for (;;) {
      const frame = top;
      ws();
      if (!frame) return i === n;
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (frame.array) frame.index++;
        else if (!member(frame)) return false;
        break;
      }
      if (d !== (frame.array ? 0x5d : 0x7d)) return false;
      i++;
      stack.pop();
      top = stack[stack.length - 1];
    }
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
    out.push({ path: leaf.path(), key: leaf.key, value: leaf.value, isKey: leaf.isKey });
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
