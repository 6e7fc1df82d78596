/**
 * Cheap exact pre-checks that a cell names no host (issue 12): most cells of a dump hold no URI,
 * no libpq string and no dotted host name, and live-host-pointers should learn that without
 * parsing JSON or building mention objects. Each check is conservative: `false` means the full
 * reading (`cellHosts` with the shared JSON parse) finds nothing; `true` means "read it in full".
 * Only for cells whose column gives no host role (no host/URL name, no key/value role, not inet).
 * The fast-path property tests compare every answer with the full reading.
 */
import { mayBeConnectionString, mayBeHostPortList } from "./extract-hosts.js";
import { HOST_NAME_HINTS } from "./host-words.js";
import { hasSpace } from "./row-hosts.js";
import { HINT_BACKSLASH, HINT_COLON, HINT_DIGIT, HINT_DOT, HINT_HOST_LITERAL, HINT_HOST_WORD, HINT_KELVIN, HINT_SEMICOLON, HINT_SPACE, HINT_URI } from "../judgement/cell-hints.js";

/** Characters of `hostLikeWords`' words: letters, digits, `.`, `-`, `_`, `:` and anything beyond ASCII. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95 || c === 58 || c >= 0x80;
}

/**
 * Whether a run of word characters holds two dots or more: `proseHostWords` needs three labels (a
 * dotted quad has three dots). Dots are found by `indexOf`; only the characters between two
 * consecutive dots are looked at, until one is not a word character.
 */
export function hasWordWithTwoDots(text: string): boolean {
  let previous = text.indexOf(".");
  if (previous < 0) return false;
  for (;;) {
    const next = text.indexOf(".", previous + 1);
    if (next < 0) return false;
    let i = previous + 1;
    while (i < next && isWordChar(text.charCodeAt(i))) i++;
    if (i === next) return true;
    previous = next;
  }
}

/**
 * A value read as plain text under a column without a host role (`scalarHosts` with no role):
 * hosts come only from URIs (`://`), libpq strings (`host`), a whole `host:port` list and, in
 * prose, dotted words.
 */
export function scalarMayNameHost(value: string, proseWords: boolean): boolean {
  if (value.includes("://") || value.includes("host")) return true;
  // A dot and white space first, by builtins: a token or a hash (dots, no spaces) is not read character by character.
  return (proseWords && value.includes(".") && hasSpace(value) && hasWordWithTwoDots(value)) || mayBeHostPortList(value) || mayBeConnectionString(value);
}

/**
 * A JSON string that is a whole `host:port` list ends in `:` and a port; written verbatim (no
 * backslash in the text), its closing quote follows. A literal and a bounded class: linear.
 */
const PORT_AT_STRING_END = /:[0-9]{1,5}"/;

/** Host and URL words of keys, `host` of libpq strings and `://` of URIs: a literal alternation (linear). */
const jsonHints = new RegExp([...HOST_NAME_HINTS, "://"].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "i");

/**
 * A JSON document's leaves (keys judged by `hostRoleOfName`, values as text) under a column without
 * a host role. Without a backslash every key and string is written verbatim in the text, so a key
 * with a host role shows one of its words there and a value its `://`, `host` or dotted word. The
 * Kelvin sign is the one character outside ASCII that lower-cases into an ASCII letter of those
 * words (`k`); `İ` lower-cases to `i` plus a combining dot, which no word can match. A dotted word
 * counts only in running text (`textHosts` reads host names only in a value with white space), so
 * compact JSON (`{"recovery_email":"ann@mail.yahoo.co.uk"}`) without a space anywhere names none.
 */
export function jsonMayNameHost(value: string, proseWords: boolean): boolean {
  if (value.includes("\\") || value.includes("\u212a")) return true;
  if (jsonHints.test(value)) return true;
  return (proseWords && hasWordWithTwoDots(value) && hasSpace(value)) || jsonMayHoldHostPort(value) || mayBeConnectionString(value);
}

/**
 * A JSON string that is a whole `host:port` list: its host's dot or an IPv6 literal's `]:` is in the
 * text, then `:`, the port and the closing quote (`PORT_AT_STRING_END`, read last: a scan of the text).
 */
function jsonMayHoldHostPort(value: string): boolean {
  return (value.includes(".") || value.includes("]:")) && PORT_AT_STRING_END.test(value);
}

/**
 * `scalarMayNameHost` from the cell's shared hints (`cellHints` of judgement/cell-hints.ts, which
 * sees `://`, `host`, white space and dots in the one pass every rule shares): the same answer.
 */
export function scalarMayNameHostFromHints(hints: number, value: string, proseWords: boolean): boolean {
  if ((hints & (HINT_URI | HINT_HOST_LITERAL)) !== 0) return true;
  return (proseWords && (hints & (HINT_SPACE | HINT_DOT)) === (HINT_SPACE | HINT_DOT) && hasWordWithTwoDots(value)) || ((hints & (HINT_DIGIT | HINT_COLON)) === (HINT_DIGIT | HINT_COLON) && mayBeHostPortList(value)) || ((hints & (HINT_DOT | HINT_SEMICOLON)) === (HINT_DOT | HINT_SEMICOLON) && mayBeConnectionString(value));
}

/** `jsonMayNameHost` from the cell's shared hints: the same answer (the host words are `HOST_NAME_HINTS`). */
export function jsonMayNameHostFromHints(hints: number, value: string, proseWords: boolean): boolean {
  if ((hints & (HINT_BACKSLASH | HINT_KELVIN | HINT_HOST_WORD | HINT_URI)) !== 0) return true;
  return (proseWords && (hints & (HINT_SPACE | HINT_DOT)) === (HINT_SPACE | HINT_DOT) && hasWordWithTwoDots(value)) || ((hints & HINT_DIGIT) !== 0 && ((hints & HINT_DOT) !== 0 || value.includes("]:")) && PORT_AT_STRING_END.test(value)) || ((hints & (HINT_DOT | HINT_SEMICOLON)) === (HINT_DOT | HINT_SEMICOLON) && mayBeConnectionString(value));
}
