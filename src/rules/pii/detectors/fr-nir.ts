import { FoundMatch, type PiiMatch } from "../pii-match.js";

/**
 * A French NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale") with its key:
 * sex (1/2, or 3/4/7/8 for provisional numbers), year (2), month (01-12, or 20-42/50-99 when unknown),
 * département (2 digits, or 2A/2B for Corsica), commune (3), order (3), then key = 97 - (n mod 97),
 * where Corsica's 2A counts as 19 and 2B as 18 in n (INSEE).
 */
export function nirInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  let compact = "";
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === " " || ch === "." || ch === "-") continue;
    compact += ch.toUpperCase();
  }
  if (!validNir(compact)) return undefined;
  const start = cell.indexOf(trimmed);
  const body = compact.slice(0, 13);
  const reason = body.slice(7, 13) === "000000" || body.slice(5) === "99999999" ? "placeholder digits" : undefined;
  return new FoundMatch("fr-nir", trimmed, start, start + trimmed.length, `${compact[0]} •• •• •• ••• ••• ${compact.slice(13)}`, reason || undefined);
}

export function validNir(compact: string): boolean {
  if (compact.length !== 15) return false;
  if (!"123478".includes(compact[0]!)) return false;
  const dept = compact.slice(5, 7);
  let numeric: string;
  if (dept === "2A") numeric = compact.slice(0, 5) + "19" + compact.slice(7, 13);
  else if (dept === "2B") numeric = compact.slice(0, 5) + "18" + compact.slice(7, 13);
  else numeric = compact.slice(0, 13);
  for (let i = 0; i < 13; i++) {
    const c = numeric.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  const keyText = compact.slice(13);
  if (!/^\d\d$/.test(keyText)) return false;
  const month = Number(compact.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  // 13 digits exceed 2^53 only slightly beyond 9e15; reduce in two pieces to stay exact.
  const n = (Number(numeric.slice(0, 7)) % 97) * 1_000_000 + Number(numeric.slice(7));
  return 97 - (n % 97) === Number(keyText);
}
