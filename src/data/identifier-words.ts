/**
 * Split a column or JSON key name into lower-case words, so name dictionaries match
 * `userPassword`, `api-key`, `AUTH_TOKEN`, `e_mail`, `EMAIL_ADDR` and `HTTPServerURL` alike.
 * Boundaries: any non-alphanumeric character, a lower-to-upper case change, the end of an
 * upper-case run followed by a capitalised word, and letter/digit changes.
 */
export function identifierWords(name: string): string[] {
  const words: string[] = [];
  let current = "";
  const flush = () => {
    if (current) words.push(current.toLowerCase());
    current = "";
  };
  const chars = Array.from(name);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      flush();
      continue;
    }
    const prev = current ? current[current.length - 1]! : "";
    const next = chars[i + 1] ?? "";
    const isUpper = c !== c.toLowerCase() && c === c.toUpperCase();
    const prevIsLower = prev !== "" && prev === prev.toLowerCase() && prev !== prev.toUpperCase();
    const prevIsUpper = prev !== "" && prev !== prev.toLowerCase();
    const nextIsLower = next !== "" && next === next.toLowerCase() && next !== next.toUpperCase();
    const isDigit = c >= "0" && c <= "9";
    const prevIsDigit = prev >= "0" && prev <= "9" && prev !== "";
    if (current && ((isUpper && prevIsLower) || (isUpper && prevIsUpper && nextIsLower) || isDigit !== prevIsDigit)) flush();
    current += c;
  }
  flush();
  return words;
}

/** The words of a name joined without separators: `user_password` and `userPassword` both give `userpassword`. */
export function compactName(name: string): string {
  return identifierWords(name).join("");
}
