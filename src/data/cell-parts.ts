import { jsonStrings } from "./json-strings.js";
import { parseArrayLiteral } from "./pg-array.js";

/** One string a content rule should look at inside a cell, with where it sits in the cell. */
export interface CellPart {
  /** "" for the cell itself; `$.auth.token` inside JSON; `[2]` for an array element; `["key"]` inside hstore; `(bytes)` for bytea text. */
  path: string;
  /** The nearest JSON/hstore key above the string (a hint for name-based detectors). */
  key: string | undefined;
  text: string;
  /** True when the string is a JSON/hstore key itself. */
  isKey: boolean;
}

const MAX_PARTS = 10_000;

/**
 * The strings inside one non-null cell, by column type (format_type spelling, as the catalog gives
 * it): array elements, JSON/JSONB strings, numbers and keys with their paths, hstore keys and
 * values, and the text of a bytea that holds UTF-8 text. Any other type, or a value that does not
 * parse as its type, is the one part `""`. Capped at 10 000 parts; never throws.
 */
export function cellParts(value: string, type: string | undefined): CellPart[] {
  const out: CellPart[] = [];
  collect(value, normaliseType(type), "", undefined, out, 0);
  return out;
}

function normaliseType(type: string | undefined): string {
  if (!type) return "";
  const lower = type.toLowerCase();
  // Extension types print schema-qualified (`public.hstore`); built-ins never are.
  const dot = lower.lastIndexOf(".");
  return dot !== -1 && !lower.endsWith("[]") ? lower.slice(dot + 1) : lower;
}

function collect(value: string, type: string, path: string, key: string | undefined, out: CellPart[], depth: number): void {
  if (out.length >= MAX_PARTS) return;
  const whole = () => out.push({ path, key, text: value, isKey: false });
  if (type.endsWith("[]") && depth < 4) {
    const elements = parseArrayLiteral(value);
    if (!elements) return void whole();
    const elementType = normaliseType(type.slice(0, -2));
    elements.forEach((element, i) => {
      if (element !== null) collect(element, elementType, `${path}[${i}]`, key, out, depth + 1);
    });
    return;
  }
  if (type === "json" || type === "jsonb") {
    const strings = jsonStrings(value);
    if (strings) {
      for (const s of strings) {
        if (out.length >= MAX_PARTS) return;
        out.push({ path: path === "" ? s.path : path + s.path.slice(1), key: s.key ?? key, text: s.value, isKey: s.isKey });
      }
      return;
    }
    const scalar = jsonScalarString(value);
    return void out.push({ path, key, text: scalar ?? value, isKey: false });
  }
  if (type === "hstore") {
    const pairs = parseHstore(value);
    if (!pairs) return void whole();
    for (const [k, v] of pairs) {
      if (out.length >= MAX_PARTS) return;
      const at = `${path}[${JSON.stringify(k)}]`;
      out.push({ path: at, key: k, text: k, isKey: true });
      if (v !== null) out.push({ path: at, key: k, text: v, isKey: false });
    }
    return;
  }
  if (type === "bytea") {
    whole();
    const text = byteaText(value);
    if (text !== undefined) out.push({ path: `${path}(bytes)`, key, text, isKey: false });
    return;
  }
  whole();
}

/** A JSON document that is a single string (`"abc"`) decoded; undefined otherwise. */
function jsonScalarString(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed.startsWith('"')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text a bytea holds when its bytes are UTF-8 without control characters other than
 * tab/newline/CR (a PEM key, a JSON blob, a config file); undefined for binary data.
 * Reads the hex output format (`\x4142`), PostgreSQL's default since 9.0.
 */
export function byteaText(value: string): string | undefined {
  if (!value.startsWith("\\x") || value.length < 4 || value.length % 2 !== 0) return undefined;
  const bytes = Buffer.from(value.slice(2), "hex");
  if (bytes.length * 2 !== value.length - 2) return undefined; // not all hex
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * hstore output (`"a"=>"1", "b c"=>NULL`; docs: hstore, "hstore External Representation"):
 * keys and values double-quoted with `\"` and `\\` escaped, NULL unquoted. Undefined when the text
 * is not in that form.
 */
export function parseHstore(text: string): [string, string | null][] | undefined {
  const pairs: [string, string | null][] = [];
  const n = text.length;
  let i = 0;
  const space = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const item = (): string | null | undefined => {
    space();
    if (text[i] === '"') {
      let s = "";
      for (i++; i < n; i++) {
        const c = text[i]!;
        if (c === "\\" && i + 1 < n) s += text[++i]!;
        else if (c === '"') {
          i++;
          return s;
        } else s += c;
      }
      return undefined;
    }
    // Unquoted items (accepted on input): up to a separator.
    const start = i;
    while (i < n && text[i] !== "," && text[i] !== "=" && text[i] !== " ") i++;
    const word = text.slice(start, i);
    if (word === "") return undefined;
    return word.toUpperCase() === "NULL" ? null : word;
  };
  space();
  while (i < n) {
    const k = item();
    if (k === undefined || k === null) return undefined;
    space();
    if (text[i] !== "=" || text[i + 1] !== ">") return undefined;
    i += 2;
    const v = item();
    if (v === undefined) return undefined;
    pairs.push([k, v]);
    space();
    if (i < n) {
      if (text[i] !== ",") return undefined;
      i++;
      space();
    }
  }
  return pairs;
}
