import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { printableBase64Text, shannonEntropy } from "../scan.js";

/** `Authorization:` / `Authorization=` (quoted or not) right before the scheme word. Anchored at the end of a 24-character slice: linear. */
const AFTER_AUTHORIZATION = /authorization["']?\s*[:=]\s*["']?$/i;

/** Shortest bearer token read (OAuth access tokens, API keys: 20 characters and more). */
const MIN_BEARER = 20;
const MAX_TOKEN = 4096;
const MIN_BEARER_ENTROPY = 3.5;

/** RFC 6750's b64token characters: `A-Z a-z 0-9 - . _ ~ + /` and trailing `=`. */
const isTokenChar = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e || c === 0x2b || c === 0x2f || c === 0x3d;

/** Index of `word` (lower case ASCII) in `text` from `from`, ASCII case-insensitively; -1 when absent. Linear. */
function indexOfAsciiCi(text: string, word: string, from: number): number {
  const first = word.charCodeAt(0);
  for (let i = from; i + word.length <= text.length; i++) {
    if ((text.charCodeAt(i) | 0x20) !== first) continue;
    let k = 1;
    while (k < word.length && (text.charCodeAt(i + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === word.length) return i;
  }
  return -1;
}

/**
 * An HTTP credential written out in text after `Authorization:`: `Authorization: Bearer <token>` / `-H 'Authorization: Bearer …'` in a CI
 * log, a request dump, a gateway's stored header line; `Authorization: Basic <base64 of user:password>`. The scheme
 * word must start a word; a bearer token must be random-looking (20+ token characters, 3.5 bits of entropy a
 * character) and not a stand-in (`Bearer YOUR_API_KEY`, `Bearer $TOKEN`, `Bearer <token>`, `Bearer ********`);
 * a Basic credential must decode to `user:password`. A JWT after `Bearer` is the JWT detector's (listed first).
 */
export function findHttpAuthorizations(value: string): DetectorMatch[] {
  let out: DetectorMatch[] | undefined;
  for (const [word, basic] of [["bearer ", false], ["basic ", true]] as const) {
    let from = 0;
    for (;;) {
      const at = indexOfAsciiCi(value, word, from);
      if (at < 0) break;
      from = at + word.length;
      const before = at > 0 ? value.charCodeAt(at - 1) : 0x20;
      if ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a) continue;
      // Only as an Authorization header's scheme (`Authorization: Basic …`): `basic ` and `bearer ` alone are English words,
      // and a JSON header pair's value (`{"header": "Authorization", "value": "Bearer …"}`) is judged by its pair's name.
      if (!AFTER_AUTHORIZATION.test(value.slice(Math.max(0, at - 24), at))) continue;
      let i = from;
      while (i < value.length && value.charCodeAt(i) === 0x20) i++;
      const start = i;
      while (i < value.length && i - start < MAX_TOKEN && isTokenChar(value.charCodeAt(i))) i++;
      const token = value.slice(start, i);
      if (basic ? !isBasicCredential(token) : token.length < MIN_BEARER || isPlaceholder(token) || shannonEntropy(token) < MIN_BEARER_ENTROPY) continue;
      (out ??= []).push({ start, end: i });
      from = i;
    }
  }
  if (out === undefined) return NO_DETECTOR_MATCHES;
  return out.length < 2 ? out : out.sort((a, b) => a.start - b.start);
}

/** Base64 of `user:password`, both parts non-empty, printable ASCII, the password not a stand-in. */
function isBasicCredential(token: string): boolean {
  if (token.length < 8) return false;
  const text = printableBase64Text(token);
  if (text === undefined) return false;
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) return false;
  return !isPlaceholder(text.slice(colon + 1));
}

export const httpAuthorizationCredential: Detector = {
  id: "http-authorization-credential",
  description: "HTTP Authorization credential written out in text (Authorization: Bearer …, Authorization: Basic …)",
  keywords: ["authorization"],
  caseInsensitiveKeywords: true,
  help: "revoke the token or change the password, and remove the header from the stored text before hand-off",
  find: (value) => findHttpAuthorizations(value),
};
