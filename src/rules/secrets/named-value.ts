import { isPlaceholder } from "./placeholder.js";
import { shannonEntropy } from "./scan.js";
import { secretNameStrength } from "./secret-name.js";

/** Column types whose values cannot hold a credential string (numbers, times, booleans, network and geometric types). */
const NON_TEXT_TYPES = [
  "smallint",
  "integer",
  "bigint",
  "int",
  "numeric",
  "decimal",
  "real",
  "double precision",
  "boolean",
  "timestamp",
  "date",
  "time",
  "interval",
  "money",
  "oid",
  "inet",
  "cidr",
  "macaddr",
  "point",
  "line",
  "box",
  "circle",
  "polygon",
  "tsvector",
  "tsquery",
  "bit",
  "int4range",
  "int8range",
  "numrange",
  "tsrange",
  "tstzrange",
  "daterange",
];

/** False for types that cannot carry a credential string; true for text-like, json, bytea, uuid, arrays of those and unknown types. */
export function canHoldSecret(type: string | undefined): boolean {
  if (!type) return true;
  const t = type.toLowerCase();
  return !NON_TEXT_TYPES.some((n) => t === n || t.startsWith(`${n}(`) || t.startsWith(`${n} `) || t.startsWith(`${n}[`));
}

const MIN_WEAK_LENGTH = 16;
const MIN_WEAK_ENTROPY = 3.5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NamedValueVerdict = "secret-named" | "high-entropy";

/**
 * Column/key context (issue 5 points 2 and 4): a value under a name that says credential is one
 * unless it is a placeholder; under a name that only hints (`auth`, `key`) it must also look
 * random: one token of at least 16 characters, at least 3.5 bits of entropy per character, not a
 * URL and not a UUID.
 */
export function namedValueVerdict(value: string, name: string | undefined, extraPlaceholders: readonly string[] = []): NamedValueVerdict | undefined {
  if (!name) return undefined;
  const strength = secretNameStrength(name);
  if (!strength) return undefined;
  if (isPlaceholder(value, extraPlaceholders) || value === "t" || value === "f" || value === "true" || value === "false") return undefined;
  if (strength === "strong") return "secret-named";
  const v = value.trim();
  // Random-looking means one token: no spaces (prose), no URL, not a UUID.
  if (v.length < MIN_WEAK_LENGTH || /\s/.test(v) || v.includes("://") || UUID.test(v) || shannonEntropy(v) < MIN_WEAK_ENTROPY) return undefined;
  return "high-entropy";
}
