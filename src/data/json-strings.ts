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
const MAX_DEPTH = 256;

/**
 * Parse `text` as JSON and list every string leaf and object key with its path.
 * Returns undefined when the text is not a JSON object or array (plain strings are not walked),
 * is larger than 16 MiB, or nests deeper than 256 levels; never throws.
 */
export function jsonStrings(text: string): JsonString[] | undefined {
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[") return undefined;
  if (text.length > MAX_JSON_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const out: JsonString[] = [];
  const walk = (node: unknown, path: string, key: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof node === "string") out.push({ path, key, value: node, isKey: false });
    else if (typeof node === "number" || typeof node === "boolean") out.push({ path, key, value: String(node), isKey: false });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`, key, depth + 1));
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        const childPath = /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
        out.push({ path: childPath, key: k, value: k, isKey: true });
        walk(v, childPath, k, depth + 1);
      }
    }
  };
  walk(parsed, "$", undefined, 0);
  return out;
}
