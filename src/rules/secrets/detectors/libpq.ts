import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { isAlnum } from "../scan.js";

/** Other libpq keywords (docs: "Parameter Key Words"); one must be present so a lone `password=` in prose is not taken for a connection string. */
const CONNINFO_KEYWORD = /host=|hostaddr=|dbname=|user=|port=|sslmode=|service=/i;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * `password=…` (and `sslpassword=`) in a libpq keyword/value connection string
 * (docs 34.1.1.1): values are bare or single-quoted with `\'` and `\\` escapes.
 */
export function findConninfoPasswords(value: string): DetectorMatch[] {
  if (!CONNINFO_KEYWORD.test(value)) return [];
  const out: DetectorMatch[] = [];
  // Case-insensitive search without a lower-cased copy (toLowerCase can change lengths outside ASCII).
  const keyword = /password/gi;
  for (;;) {
    const found = keyword.exec(value);
    if (!found) break;
    const at = found.index;
    let keyStart = at;
    if (at >= 3 && value.slice(at - 3, at).toLowerCase() === "ssl") keyStart = at - 3;
    // The keyword stands alone: start of text, a space, or an opening quote before it.
    const before = keyStart === 0 ? 0x20 : value.charCodeAt(keyStart - 1);
    if (isAlnum(before) || before === 0x5f || before === 0x3f || before === 0x26) continue;
    let i = at + 8;
    while (i < value.length && isSpace(value.charCodeAt(i))) i++;
    if (value[i] !== "=") continue;
    i++;
    while (i < value.length && isSpace(value.charCodeAt(i))) i++;
    let start = i;
    let end: number;
    let secret = "";
    if (value[i] === "'") {
      start = i + 1;
      let j = start;
      while (j < value.length && value[j] !== "'") {
        if (value[j] === "\\") j++;
        j++;
      }
      end = Math.min(j, value.length);
      secret = value.slice(start, end).replace(/\\(.)/g, "$1");
    } else {
      let j = i;
      while (j < value.length && !isSpace(value.charCodeAt(j)) && value[j] !== '"') j++;
      end = j;
      secret = value.slice(start, end);
    }
    keyword.lastIndex = Math.max(keyword.lastIndex, end);
    if (end > start && !isPlaceholder(secret)) out.push({ start, end });
  }
  return out;
}

export const libpqPassword: Detector = {
  id: "libpq-password",
  description: "libpq keyword/value connection string with a password (host=… password=…)",
  keywords: ["password"],
  caseInsensitiveKeywords: true,
  help: "change the database user's password and drop `password=` from the connection string (use a .pgpass file) before hand-off",
  find: (value) => findConninfoPasswords(value),
};
