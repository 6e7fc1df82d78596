import type { Range } from "../report/location.js";
import { quoteIdent } from "./canonical-type.js";
import { objectKey, qualifiedKey, type CatalogState } from "./catalog-state.js";
import type { CatalogObject } from "./model.js";
import { TokenCursor, type NameParts } from "./token-cursor.js";

/**
 * Readers for the object kinds that have no list of their own (rules, operators, casts, text
 * search objects, statistics, event triggers, ...), large objects, and SECURITY LABEL. Each
 * returns true when it read the statement, false when the statement is not of its kind.
 */

type Kind = CatalogObject["kind"];

/** Object kinds as CREATE names them, longest first; `ALTER` uses the same words. */
const KIND_WORDS: [string[], Kind][] = (
  [
    ["text search configuration", "text search configuration"],
    ["text search dictionary", "text search dictionary"],
    ["text search parser", "text search parser"],
    ["text search template", "text search template"],
    ["foreign data wrapper", "foreign data wrapper"],
    ["operator class", "operator class"],
    ["operator family", "operator family"],
    ["event trigger", "event trigger"],
    ["access method", "access method"],
    ["statistics", "statistics"],
    ["conversion", "conversion"],
    ["collation", "collation"],
    ["tablespace", "tablespace"],
    ["transform", "transform"],
    ["language", "language"],
    ["database", "database"],
    ["operator", "operator"],
    ["rule", "rule"],
    ["cast", "cast"],
  ] as [string, Kind][]
).map(([words, kind]) => [words.split(" "), kind]);

function readKind(c: TokenCursor): Kind | undefined {
  for (const [words, kind] of KIND_WORDS) if (c.words(...words)) return kind;
  return undefined;
}

/** Kinds that live in a schema: an unqualified name is in the default schema. */
const IN_SCHEMA = new Set<Kind>(["operator", "operator class", "operator family", "collation", "conversion", "text search configuration", "text search dictionary", "text search parser", "text search template", "statistics"]);

/**
 * An operator's name: `schema.===` or `===` or `OPERATOR(schema.===)`: the qualifier is a name, the
 * operator itself an operator token.
 */
function readOperatorName(c: TokenCursor): NameParts | undefined {
  const qualifiers: string[] = [];
  for (;;) {
    const t = c.peek();
    if (!t) return undefined;
    if ((t.type === "word" || t.type === "quoted-identifier") && c.isPunct(".", 1)) {
      qualifiers.push(t.value);
      c.i += 2;
      continue;
    }
    if (t.type === "operator" || (t.type === "punct" && t.value !== "(" && t.value !== ")" && t.value !== ",")) {
      c.i++;
      return { ...(qualifiers.length > 0 ? { schema: qualifiers[qualifiers.length - 1]! } : {}), name: t.value, qualifiers };
    }
    return undefined;
  }
}

/** `CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] <kind> ...` for every kind of KIND_WORDS. */
export function recognizeCreateObject(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("or", "replace");
  c.words("default"); // CREATE DEFAULT CONVERSION
  c.words("trusted");
  c.words("procedural");
  const kind = readKind(c);
  if (!kind) return false;
  c.words("if", "not", "exists");
  const object: CatalogObject = { kind, name: "", definition: c.slice(0, c.tokens.length), range };
  let name: NameParts | undefined;
  if (kind === "cast") {
    // CREATE CAST (source AS target): named by its two types.
    const types = c.parens();
    if (!types) return false;
    object.name = c.slice(types.from, types.to);
  } else if (kind === "transform") {
    // CREATE TRANSFORM FOR type LANGUAGE lang (...)
    if (!c.words("for")) return false;
    const start = c.i;
    while (!c.done && !c.isPunct("(")) c.i++;
    object.name = `FOR ${c.slice(start, c.i)}`;
  } else if (kind === "operator") {
    name = readOperatorName(c);
  } else {
    name = c.qualifiedName();
  }
  if (name) {
    object.name = name.name;
    if (name.schema !== undefined) object.schema = name.schema;
    else if (IN_SCHEMA.has(kind)) object.schema = c.defaultSchema;
  } else if (object.name === "") return false;
  if (kind === "rule") {
    // CREATE RULE name AS ON event TO table: the rule lives with its table.
    while (!c.done && !c.isWord("to")) c.i++;
    c.words("to");
    const table = c.qualifiedName();
    if (table) {
      object.schema = table.schema ?? c.defaultSchema;
      object.on = table.name;
    }
  } else if (kind === "statistics") {
    // CREATE STATISTICS name [(kinds)] ON expressions FROM table
    let from = -1;
    let depth = 0;
    for (let k = c.i; k < c.tokens.length; k++) {
      const t = c.tokens[k]!;
      if (t.type === "punct") depth += t.value === "(" ? 1 : t.value === ")" ? -1 : 0;
      else if (depth === 0 && t.type === "word" && t.value === "from") from = k;
    }
    if (from >= 0) {
      c.i = from + 1;
      const table = c.qualifiedName();
      if (table) object.on = [...table.qualifiers, table.name].map(quoteIdent).join(".");
    }
  } else if (kind === "operator class" || kind === "operator family") {
    while (!c.done && !c.isWord("using")) c.i++;
    if (c.words("using")) {
      const method = c.name();
      if (method !== undefined) object.on = method;
    }
  }
  state.data.objects.push(object);
  return true;
}

/** The object an ALTER or COMMENT names, when the catalog holds it. */
function findObject(state: CatalogState, kind: Kind, c: TokenCursor): CatalogObject | undefined {
  const start = c.i;
  const name = kind === "operator" ? readOperatorName(c) : kind === "cast" || kind === "transform" ? undefined : c.qualifiedName();
  let on: string | undefined;
  if (kind === "operator class" || kind === "operator family") {
    if (c.words("using")) on = c.name();
  }
  c.i = start;
  if (!name) return undefined;
  const schema = name.schema ?? (IN_SCHEMA.has(kind) ? c.defaultSchema : undefined);
  return state.objects.all(objectKey(kind, schema, name.name)).find((o) => on === undefined || o.on === on);
}

/**
 * `ALTER <kind> name ...` for the kinds above: OWNER TO sets the owner; an ALTER that changes the
 * definition (`ALTER TEXT SEARCH CONFIGURATION ... ADD MAPPING`, `ALTER OPERATOR FAMILY ... ADD`)
 * is appended to it. The owners list is filled by recognizeAlterOwner, which runs after this.
 */
export function recognizeAlterObject(c: TokenCursor, state: CatalogState, _range: Range): boolean {
  c.i = 0;
  if (!c.words("alter")) return false;
  c.words("procedural");
  const kind = readKind(c);
  if (!kind) return false;
  const object = findObject(state, kind, c);
  let ownerAt = -1;
  for (let k = c.tokens.length - 3; k >= c.i; k--)
    if (c.tokens[k]!.type === "word" && c.tokens[k]!.value === "owner" && c.tokens[k + 1]?.value === "to") {
      ownerAt = k;
      break;
    }
  if (ownerAt >= 0) {
    const owner = c.tokens[ownerAt + 2];
    if (object && owner && (owner.type === "word" || owner.type === "quoted-identifier")) object.owner = owner.value;
    return false; // recognizeAlterOwner records it in the owners list
  }
  if (object) object.definition += `; ${c.slice(0, c.tokens.length)}`;
  // An ALTER of an object the dump never created (or of a built-in one) changes nothing the catalog holds.
  return true;
}

/** A regclass-like literal or a bare number: the OID of `lo_create('424242')` / `lo_open(424242, ...)`. */
function oidArgument(c: TokenCursor, part: { from: number; to: number } | undefined): string | undefined {
  const t = part ? c.tokens[part.from] : undefined;
  if (!t) return undefined;
  const value = t.value.trim();
  return (t.type === "string" || t.type === "number") && /^[0-9]+$/.test(value) ? value : undefined;
}

/**
 * What pg_dump writes for large objects: `SELECT pg_catalog.lo_create('oid');` (declaration),
 * then in the data section `SELECT pg_catalog.lo_open('oid', 131072);`,
 * `SELECT pg_catalog.lowrite(0, '\x...');`, `SELECT pg_catalog.lo_close(0);`.
 * The object being written is kept in `state.openLargeObject`, so `lowrite` bytes know their object.
 */
export function recognizeLargeObjectCall(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("select")) return false;
  const fn = c.qualifiedName();
  if (!fn || (fn.schema !== undefined && fn.schema !== "pg_catalog")) return false;
  const args = c.parens();
  if (!args || !c.done) return false;
  const parts = c.splitTopLevel(args.from, args.to);
  const find = (oid: string) => state.largeObjects.get(oid);
  switch (fn.name) {
    case "lo_create":
    case "lo_from_bytea": {
      const oid = oidArgument(c, parts[0]);
      if (oid === undefined) return false;
      if (!find(oid)) state.data.largeObjects.push({ oid, bytes: 0, range });
      return true;
    }
    case "lo_open": {
      const oid = oidArgument(c, parts[0]);
      if (oid === undefined) return false;
      // Old dumps open an object they never declared with lo_create (lo_import-era archives).
      if (!find(oid)) state.data.largeObjects.push({ oid, bytes: 0, range });
      state.openLargeObject = oid;
      return true;
    }
    case "lowrite": {
      const data = parts[1] ? c.tokens[parts[1].from] : undefined;
      const object = state.openLargeObject === undefined ? undefined : find(state.openLargeObject);
      if (!object || data?.type !== "string") return false;
      // bytea hex text `\x6162...`: two digits a byte; escape format (old servers) counted as written.
      object.bytes += data.value.startsWith("\\x") ? (data.value.length - 2) >> 1 : data.value.length;
      object.dataRange ??= range;
      state.lastLargeObjectWrite = { oid: object.oid, data: data.value };
      return true;
    }
    case "lo_close":
      state.openLargeObject = undefined;
      return true;
    default:
      return false;
  }
}

/** `SECURITY LABEL [FOR provider] ON <kind> <target> IS 'label' | NULL`. */
export function recognizeSecurityLabel(c: TokenCursor, state: CatalogState, range: Range, readObjectKind: (c: TokenCursor) => string | undefined): boolean {
  c.i = 0;
  if (!c.words("security", "label")) return false;
  let provider: string | undefined;
  if (c.words("for")) provider = c.name() ?? (c.peek()?.type === "string" ? c.tokens[c.i++]!.value : undefined);
  if (!c.words("on")) return false;
  const objectKind = readObjectKind(c);
  if (!objectKind) return false;
  let isAt = -1;
  for (let k = c.tokens.length - 2; k >= c.i; k--)
    if (c.tokens[k]!.type === "word" && c.tokens[k]!.value === "is") {
      isAt = k;
      break;
    }
  if (isAt < 0) return false;
  const value = c.tokens[isAt + 1];
  const label = value?.type === "string" ? value.value : null;
  state.data.securityLabels.push({ ...(provider !== undefined ? { provider } : {}), objectKind, target: c.slice(c.i, isAt), label, range });
  return true;
}

/** `ALTER INDEX parent ATTACH PARTITION child` (partitioned indexes); other ALTER INDEX forms change nothing the catalog holds. */
export function recognizeAlterIndex(c: TokenCursor, state: CatalogState): boolean {
  c.i = 0;
  if (!c.words("alter", "index")) return false;
  c.words("if", "exists");
  const parent = c.qualifiedName();
  if (!parent) return false;
  if (c.words("attach", "partition")) {
    const child = c.qualifiedName();
    const schema = child?.schema ?? c.defaultSchema;
    const index = child && state.indexes.get(qualifiedKey(schema, child.name));
    if (index) index.partitionOf = { schema: parent.schema ?? c.defaultSchema, name: parent.name };
  }
  return true;
}
