/**
 * The elements of a PostgreSQL array literal in its output form (docs: "Arrays", "Array Value
 * Input"): `{a,"b c",NULL,"x\"y"}`; nested `{{1,2},{3,4}}` is flattened in row-major order; an
 * optional `[1:2]={…}` dimension prefix is skipped. Unquoted `NULL` (any case) is null, quoted
 * "NULL" is the text. Undefined when the text is not an array literal. Never throws.
 */
export function parseArrayLiteral(text: string): (string | null)[] | undefined {
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && isArraySpace(text.charCodeAt(i))) i++;
  };
  skipSpace();
  if (text[i] === "[") {
    const eq = text.indexOf("=", i);
    if (eq === -1) return undefined;
    i = eq + 1;
    skipSpace();
  }
  if (text[i] !== "{") return undefined;
  const out: (string | null)[] = [];
  let depth = 0;
  // Each loop turn reads one of: `{`, `}`, `,`, or one element.
  while (i < n) {
    const c = text[i]!;
    if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
      if (depth === 0) break;
    } else if (c === "," || isArraySpace(text.charCodeAt(i))) {
      i++;
    } else if (c === '"') {
      let value = "";
      i++;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (d === "\\" && i + 1 < n) {
          value += text[i + 1]!;
          i += 2;
        } else if (d === '"') {
          i++;
          closed = true;
          break;
        } else {
          value += d;
          i++;
        }
      }
      if (!closed) return undefined;
      out.push(value);
    } else {
      // Unquoted element: up to `,` or `}` (or `{`), backslash escapes the next char, outer whitespace trimmed.
      let value = "";
      let trailingSpace = 0;
      let escaped = false;
      while (i < n) {
        const d = text[i]!;
        if (d === "\\" && i + 1 < n) {
          value += text[i + 1]!;
          trailingSpace = 0;
          escaped = true;
          i += 2;
          continue;
        }
        if (d === "," || d === "}" || d === "{" || d === '"') break;
        value += d;
        trailingSpace = isArraySpace(d.charCodeAt(0)) ? trailingSpace + 1 : 0;
        i++;
      }
      if (trailingSpace > 0) value = value.slice(0, value.length - trailingSpace);
      out.push(!escaped && value.toUpperCase() === "NULL" ? null : value);
    }
  }
  return depth === 0 ? out : undefined;
}

const isArraySpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
