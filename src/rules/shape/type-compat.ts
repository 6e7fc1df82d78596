import { canonicalType, quoteIdent } from "../../catalog/canonical-type.js";
import type { TypeFamily } from "../../report/spec.js";

/**
 * Type compatibility of the `required-shape` rule. Types are compared in canonical form, as
 * PostgreSQL's `format_type()` prints them (`varchar(64)` in a spec is `character varying(64)`,
 * `timestamptz` is `timestamp with time zone`, an unqualified user type is in `public`).
 *
 * | spec says                      | the dump's column type passes when ...                                               |
 * |--------------------------------|---------------------------------------------------------------------------------------|
 * | `type: T`                      | its canonical type is exactly T (same length/precision, same array-ness)              |
 * | `type: T, allowWidening: true` | it is T, or a widening of T (table below)                                             |
 * | `family: "text-like"`          | text, character varying[(n)], character[(n)], bpchar, name, citext                    |
 * | `family: "integer-like"`       | smallint, integer, bigint                                                             |
 * | `family: "numeric-like"`       | numeric[(p[,s])], real, double precision, smallint, integer, bigint                   |
 * | `family: "uuid"`               | uuid                                                                                  |
 * | `family: "timestamp-like"`     | timestamp[(p)] with or without time zone (not `date`: it has no time of day)         |
 * | `family: "json-like"`          | json, jsonb                                                                           |
 * | `family: "boolean"`            | boolean                                                                               |
 * | `family: "enum:NAME"`          | the enum type NAME (schema public unless qualified), declared by CREATE TYPE AS ENUM  |
 *
 * A family never matches an array (`integer[]` is not integer-like). A domain matches a family
 * through its base type (a domain over `text` is text-like); an exact `type` names the domain itself.
 *
 * Widenings (only with `allowWidening: true`; arrays widen element-wise):
 *
 * | from                         | to                                                                    |
 * |------------------------------|------------------------------------------------------------------------|
 * | smallint                     | integer, bigint, numeric, numeric(p,s) with p-s >= 5                  |
 * | integer                      | bigint, numeric, numeric(p,s) with p-s >= 10                          |
 * | bigint                       | numeric, numeric(p,s) with p-s >= 19                                  |
 * | numeric(p,s)                 | numeric (unconstrained), numeric(p2,s2) with s2 >= s and p2-s2 >= p-s |
 * | real                         | double precision                                                      |
 * | character varying(n)         | character varying(m >= n), character varying, text                    |
 * | character(n)                 | character varying(m >= n), character varying, text                    |
 * | character varying            | text                                                                   |
 * | timestamp(p) [with/without]  | timestamp(q >= p) or timestamp (precision 6), same time-zone-ness     |
 *
 * Not widenings, on purpose: `timestamp` -> `timestamptz` (values are reinterpreted in the session
 * time zone, so stored instants change), `json` -> `jsonb` (jsonb drops duplicate keys and key order),
 * `date` -> `timestamp`, and anything -> `text` other than the character types above.
 */

/** What the catalog knows about user types, for enums and domains. */
export interface TypeDirectory {
  /** Kind of a user type by its canonical (schema-qualified, quoted as needed) name. */
  kindOf(canonical: string): "enum" | "domain" | "other" | undefined;
  /** Canonical base type of a domain. */
  domainBase(canonical: string): string | undefined;
  /** Labels of an enum type, in declaration order. */
  enumLabels(canonical: string): readonly string[] | undefined;
}

export interface UserTypeInfo { schema: string; name: string; kind: string; baseType?: string | undefined; values?: string[] | undefined }

/** A `TypeDirectory` over the catalog's `types` list. */
export function typeDirectory(types: readonly UserTypeInfo[]): TypeDirectory {
  const byName = new Map<string, UserTypeInfo>();
  for (const t of types) byName.set(`${quoteIdent(t.schema)}.${quoteIdent(t.name)}`, t);
  return {
    kindOf(canonical) {
      const t = byName.get(canonical);
      if (!t) return undefined;
      return t.kind === "enum" ? "enum" : t.kind === "domain" ? "domain" : "other";
    },
    domainBase(canonical) {
      const t = byName.get(canonical);
      return t?.kind === "domain" && t.baseType ? canonicalType(t.baseType) : undefined;
    },
    enumLabels(canonical) {
      const t = byName.get(canonical);
      return t?.kind === "enum" ? (t.values ?? []) : undefined;
    },
  };
}

/** A canonical type split into base name, numeric modifiers and array-ness: `timestamp(3) with time zone` -> base `timestamp with time zone`, mods [3]. */
export interface TypeParts { base: string; mods: number[]; array: boolean }

export function typeParts(canonical: string): TypeParts {
  let text = canonical;
  let array = false;
  if (text.endsWith("[]")) {
    array = true;
    text = text.slice(0, -2);
  }
  const open = text.indexOf("(");
  const close = open >= 0 ? text.indexOf(")", open) : -1;
  // A quoted user type name may contain parentheses; only built-in spellings carry modifiers.
  if (open < 0 || close < 0 || text.startsWith('"') || text.includes('."')) return { base: text, mods: [], array };
  const inner = text.slice(open + 1, close);
  const mods: number[] = [];
  for (const part of inner.split(",")) {
    const n = Number(part.trim());
    if (!Number.isInteger(n)) return { base: text, mods: [], array };
    mods.push(n);
  }
  const base = (text.slice(0, open) + text.slice(close + 1)).replace("  ", " ").trim();
  return { base, mods, array };
}

const FAMILY_BASES: Record<Exclude<TypeFamily, `enum:${string}`>, readonly string[]> = {
  "text-like": ["text", "character varying", "character", "bpchar", "name", "citext"],
  "integer-like": ["smallint", "integer", "bigint"],
  "numeric-like": ["numeric", "real", "double precision", "smallint", "integer", "bigint"],
  uuid: ["uuid"],
  "timestamp-like": ["timestamp without time zone", "timestamp with time zone"],
  "json-like": ["json", "jsonb"],
  boolean: ["boolean"],
};

/** Unqualified name of a type for family lists (`public.citext` -> `citext`). */
function bareName(base: string): string {
  const dot = base.lastIndexOf(".");
  return dot >= 0 && !base.includes('"') ? base.slice(dot + 1) : base;
}

/** Does a canonical type belong to a family? Domains are followed to their base type (bounded, against cycles). */
export function inFamily(canonical: string, family: TypeFamily, types: TypeDirectory): boolean {
  let current = canonical;
  for (let depth = 0; depth < 8; depth++) {
    const parts = typeParts(current);
    if (parts.array) return false;
    if (family.startsWith("enum:")) {
      const wanted = canonicalType(family.slice(5));
      if (current === wanted) return types.kindOf(current) === "enum";
    } else {
      const bases = FAMILY_BASES[family as keyof typeof FAMILY_BASES] ?? [];
      if (bases.includes(parts.base) || (parts.base.includes(".") && bases.includes(bareName(parts.base)) && types.kindOf(current) === undefined)) return true;
    }
    const base = types.domainBase(current);
    if (base === undefined) return false;
    current = base;
  }
  return false;
}

const INT_DIGITS: Record<string, number> = { smallint: 5, integer: 10, bigint: 19 };
const INT_ORDER = ["smallint", "integer", "bigint"];

/** Is `to` a widening of `from` (both canonical), per the table above? Equal types are not a widening. */
export function isWidening(from: string, to: string): boolean {
  const a = typeParts(from);
  const b = typeParts(to);
  if (a.array !== b.array || from === to) return false;
  if (a.base in INT_DIGITS) {
    const ai = INT_ORDER.indexOf(a.base);
    const bi = INT_ORDER.indexOf(b.base);
    if (bi > ai) return true;
    if (b.base === "numeric") return b.mods.length === 0 || b.mods[0]! - (b.mods[1] ?? 0) >= INT_DIGITS[a.base]!;
    return false;
  }
  if (a.base === "numeric" && b.base === "numeric") {
    if (a.mods.length === 0) return false;
    if (b.mods.length === 0) return true;
    const [ap, as = 0] = a.mods;
    const [bp, bs = 0] = b.mods;
    return bs >= as && bp! - bs >= ap! - as;
  }
  if (a.base === "real") return b.base === "double precision";
  if (a.base === "character varying" || a.base === "character") {
    if (b.base === "text") return true;
    if (b.base !== "character varying") return false;
    if (b.mods.length === 0) return true;
    return a.mods.length > 0 && b.mods[0]! >= a.mods[0]!;
  }
  if (a.base === "timestamp without time zone" || a.base === "timestamp with time zone") {
    if (b.base !== a.base) return false;
    const ap = a.mods[0] ?? 6;
    const bp = b.mods[0] ?? 6;
    return bp >= ap;
  }
  return false;
}

export type TypeVerdict = { ok: true; how: "exact" | "family" | "widening" } | { ok: false; expected: string };

/** Check a column's canonical type against a spec column's `type` / `family` / `allowWidening`. */
export function checkColumnType(spec: { type?: string | undefined; family?: TypeFamily | undefined; allowWidening?: boolean | undefined }, found: string, types: TypeDirectory): TypeVerdict {
  if (spec.type !== undefined) {
    const wanted = canonicalType(spec.type);
    if (found === wanted) return { ok: true, how: "exact" };
    if (spec.allowWidening && isWidening(wanted, found)) return { ok: true, how: "widening" };
    return { ok: false, expected: spec.allowWidening ? `${wanted} or a widening of it` : wanted };
  }
  if (spec.family !== undefined) {
    if (inFamily(found, spec.family, types)) return { ok: true, how: "family" };
    return { ok: false, expected: spec.family.startsWith("enum:") ? `enum type ${canonicalType(spec.family.slice(5))}` : `a ${spec.family} type (${(FAMILY_BASES[spec.family as keyof typeof FAMILY_BASES] ?? []).join(", ")})` };
  }
  return { ok: true, how: "exact" };
}
