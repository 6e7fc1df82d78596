import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { isAlnum } from "../scan.js";
import { CREDENTIAL_NAME_KEYWORDS, secretNameStrength } from "../secret-name.js";

/**
 * A credential assigned to a secret-ish name inside prose that is not data: SQL comments and
 * routine bodies (`-- "db_password": "…"`, `api_key := '…'`, `PASSWORD='…'`). The value must be
 * quoted and the name must say credential on its own (`password`, `api_key`, not `key`); names that
 * describe the secret (`password_hint`) and placeholders are not findings. Every `:`/`=` is looked at
 * with bounded look-behind (name) and look-ahead (value): linear time.
 */
const MAX_NAME = 64;
const MAX_VALUE = 200;
const MIN_VALUE = 4;
const isNameChar = (c: number) => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
const isQuote = (c: number) => c === 0x22 || c === 0x27;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

export function findAssignedSecrets(text: string): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  let resumeAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3a && c !== 0x3d) continue;
    if (i < resumeAt) continue;
    // Name before the separator: blanks, an optional closing quote, identifier characters.
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && isBlank(text.charCodeAt(j))) j--;
    if (j >= 0 && isQuote(text.charCodeAt(j))) j--;
    const nameEnd = j + 1;
    while (j >= 0 && nameEnd - j <= MAX_NAME && isNameChar(text.charCodeAt(j))) j--;
    const nameStart = j + 1;
    if (nameEnd - nameStart < 3 || (j >= 0 && isNameChar(text.charCodeAt(j)))) continue;
    // Value after it: `:=` or `:`/`=`, blanks, a quote, the value up to the same quote.
    let k = i + 1;
    if (c === 0x3a && text.charCodeAt(k) === 0x3d) k++;
    while (k < text.length && k - i <= 4 && isBlank(text.charCodeAt(k))) k++;
    const quote = text.charCodeAt(k);
    if (!isQuote(quote)) continue;
    const valueStart = k + 1;
    let valueEnd = valueStart;
    while (valueEnd < text.length && valueEnd - valueStart <= MAX_VALUE && text.charCodeAt(valueEnd) !== quote && text.charCodeAt(valueEnd) !== 0x0a) valueEnd++;
    if (text.charCodeAt(valueEnd) !== quote || valueEnd - valueStart < MIN_VALUE) continue;
    const secret = text.slice(valueStart, valueEnd);
    if (/\s/.test(secret) || isPlaceholder(secret)) continue;
    if (secretNameStrength(text.slice(nameStart, nameEnd)) !== "strong") continue;
    out.push({ start: valueStart, end: valueEnd });
    resumeAt = valueEnd + 1;
  }
  return out;
}

export const assignedSecretInText: Detector = {
  id: "secret-assignment-in-text",
  description: "credential assigned to a name that says credential, in a comment or routine body (\"db_password\": \"…\")",
  keywords: CREDENTIAL_NAME_KEYWORDS,
  caseInsensitiveKeywords: true,
  help: "remove the credential from the comment or routine body (CREATE OR REPLACE the routine without it) and rotate it",
  find: (value, context) => (context.clause === "comment" || context.clause === "routine-body" ? findAssignedSecrets(value) : []),
};
