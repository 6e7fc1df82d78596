/**
 * Shell-style glob match (`*` any run, `?` one character, everything else literal), in
 * O(pattern × text) worst case without backtracking blow-up: the classic two-pointer matcher that
 * remembers only the last `*`. Shared by baseline entries and spec table patterns.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const c = pattern[p];
    // `*` is checked first so that a `*` in the text is not mistaken for the literal it happens to equal.
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
