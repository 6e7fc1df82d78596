/** Case-folded text with every run of whitespace as one space, trimmed: how attestation texts compare. */
export function normalizeAttestation(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text.toLowerCase()) {
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v") space = out.length > 0;
    else {
      if (space) out += " ";
      space = false;
      out += ch;
    }
  }
  return out;
}

/** Does `haystack` contain the attestation `text`, comparing normalized forms? */
export function containsAttestation(haystack: string, normalizedText: string): boolean {
  return normalizedText.length > 0 && normalizeAttestation(haystack).includes(normalizedText);
}
