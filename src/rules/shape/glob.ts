/**
 * Shell-style glob match (`*` any run, `?` one character, everything else literal), in
 * O(pattern × text) worst case without backtracking blow-up: the classic two-pointer matcher that
 * remembers only the last `*`.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === "*") {
      star = p++;
      resume = t;
    } else if (c !== undefined && (c === "?" || c === text[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

/** A table pattern: with a dot it matches `schema.table`, without one the bare table name. */
export function tableMatches(pattern: string, schema: string, name: string): boolean {
  return pattern.includes(".") ? globMatch(pattern, `${schema}.${name}`) : globMatch(pattern, name);
}
