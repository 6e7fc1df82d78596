import { intern } from "../core/intern.js";
import type { Range } from "../report/location.js";
import { canonicalType, quoteIdent } from "./canonical-type.js";
import { findColumn, objectKey, qualifiedKey, type CatalogState } from "./catalog-state.js";
import { readOptions } from "./table-ddl.js";
import { TokenCursor, type NameParts } from "./token-cursor.js";

/**
 * Token-based readers for the statements pg_dump writes besides tables. Each returns true when it
 * read the statement and false when the statement is not of its kind.
 */

const qualified = (n: NameParts | undefined, c: TokenCursor) => ({ schema: n?.schema ?? c.defaultSchema, name: n?.name ?? "" });
const display = (n: NameParts) => [...n.qualifiers, n.name].join(".");

/** Object kinds of COMMENT ON / ALTER ... OWNER TO / SECURITY LABEL, longest first. */
const OBJECT_KINDS = [
  "foreign data wrapper", "text search configuration", "text search dictionary", "text search parser", "text search template",
  "materialized view", "foreign table", "event trigger", "access method", "operator class", "operator family", "user mapping",
  "large object", "default privileges",
  "aggregate", "cast", "collation", "column", "constraint", "conversion", "database", "domain", "extension", "function", "index",
  "language", "operator", "policy", "procedure", "publication", "role", "routine", "rule", "schema", "sequence", "server", "statistics",
  "subscription", "table", "tablespace", "transform", "trigger", "type", "view",
].map((k) => k.split(" "));

type TypeDef = CatalogState["data"]["types"][number];
type View = CatalogState["data"]["views"][number];

/**
 * Add a type. pg_dump declares a base type as a shell first (`CREATE TYPE x;`, so its I/O functions
 * can name it) and completes it later: the later definition replaces the shell. Only a shell never
 * completed stays a shell.
 */
export function putType(state: CatalogState, type: TypeDef): void {
  const shell = state.types.all(qualifiedKey(type.schema, type.name)).find((t) => t.kind === "shell");
  if (shell) state.types.replace(shell, type);
  else state.data.types.push(type);
}

/**
 * Add a view. pg_dump breaks a dependency loop with a placeholder (`CREATE VIEW v AS SELECT
 * NULL::integer AS key, ...`) and later `CREATE OR REPLACE VIEW v`: the later statement replaces the
 * earlier one, as it does in the database.
 */
export function putView(state: CatalogState, view: View): void {
  const same = state.views.all(qualifiedKey(view.schema, view.name)).find((v) => v.materialized === view.materialized);
  if (same) state.views.replace(same, view);
  else state.data.views.push(view);
}

/** `(name type [COLLATE c], ...)` of CREATE TYPE ... AS: the attributes with canonical types. */
export function readCompositeAttributes(c: TokenCursor, list: { from: number; to: number }): { name: string; type: string }[] {
  const attributes: { name: string; type: string }[] = [];
  for (const part of c.splitTopLevel(list.from, list.to)) {
    const el = c.sub(part.from, part.to);
    const name = el.name();
    if (name === undefined) continue;
    const start = el.i;
    while (!el.done && !el.isWord("collate")) el.i = el.isPunct("(") ? el.closing(el.i) + 1 : el.i + 1;
    attributes.push({ name, type: canonicalType(el.slice(start, el.i), el.defaultSchema) });
  }
  return attributes;
}

export function readObjectKind(c: TokenCursor): string | undefined {
  for (const words of OBJECT_KINDS) if (c.words(...words)) return words.join(" ");
  return undefined;
}

export function recognizeCreateSchema(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "schema")) return false;
  c.words("if", "not", "exists");
  const name = c.name();
  if (name === undefined) return false;
  const owner = c.words("authorization") ? c.name() : undefined;
  state.data.schemas.push({ name, ...(owner !== undefined ? { owner } : {}), range });
  return true;
}

export function recognizeCreateExtension(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "extension")) return false;
  c.words("if", "not", "exists");
  const name = c.name();
  if (name === undefined) return false;
  c.words("with");
  const schema = c.words("schema") ? c.name() : undefined;
  state.data.extensions.push({ name, ...(schema !== undefined ? { schema } : {}), range });
  return true;
}

export function recognizeCreateSequence(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("unlogged") || c.words("temporary") || c.words("temp");
  if (!c.words("sequence")) return false;
  c.words("if", "not", "exists");
  const n = c.qualifiedName();
  if (!n) return false;
  // Without AS a sequence is bigint, and pg_dump leaves AS bigint out.
  const sequence: CatalogState["data"]["sequences"][number] = { ...qualified(n, c), dataType: "bigint", range };
  if (c.words("as")) {
    const start = c.i;
    c.name();
    if (c.isWord("precision")) c.i++;
    sequence.dataType = canonicalType(c.slice(start, c.i), c.defaultSchema);
  }
  state.data.sequences.push(sequence);
  return true;
}

/** `ALTER SEQUENCE s OWNED BY t.c` (and OWNER TO). */
export function recognizeAlterSequence(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("alter", "sequence")) return false;
  c.words("if", "exists");
  const n = c.qualifiedName();
  if (!n) return false;
  const { schema, name } = qualified(n, c);
  const sequence = state.sequence(schema, name);
  if (c.words("owned", "by")) {
    const target = c.qualifiedName();
    if (target && sequence && target.qualifiers.length >= 1) {
      const tableName = target.qualifiers[target.qualifiers.length - 1]!;
      const tableSchema = target.qualifiers.length >= 2 ? target.qualifiers[target.qualifiers.length - 2]! : c.defaultSchema;
      sequence.ownedBy = { schema: tableSchema, table: tableName, column: target.name };
    }
  } else if (c.words("owner", "to")) {
    const owner = c.name();
    if (owner !== undefined) state.data.owners.push({ objectKind: "sequence", target: `${quoteIdent(schema)}.${quoteIdent(name)}`, owner, range });
  }
  return true;
}

/** `SELECT pg_catalog.setval('public.t_id_seq', 42, true);` */
export function recognizeSetval(c: TokenCursor, state: CatalogState): boolean {
  c.i = 0;
  if (!c.words("select")) return false;
  const fn = c.qualifiedName();
  if (!fn || fn.name !== "setval" || (fn.schema !== undefined && fn.schema !== "pg_catalog")) return false;
  const args = c.parens();
  if (!args) return false;
  const parts = c.splitTopLevel(args.from, args.to);
  const nameToken = c.tokens[parts[0]?.from ?? -1];
  const valueText = parts[1] ? c.slice(parts[1].from, parts[1].to) : undefined;
  const calledToken = parts[2] ? c.tokens[parts[2].from] : undefined;
  if (nameToken?.type !== "string" || valueText === undefined) return false;
  // The argument is a regclass literal: a name with identifier rules.
  const seqName = new TokenCursor(nameToken.value).qualifiedName();
  if (!seqName) return false;
  const { schema, name } = qualified(seqName, c);
  const sequence = state.sequence(schema, name);
  if (!sequence) return true;
  sequence.lastValue = valueText;
  sequence.isCalled = calledToken ? calledToken.value !== "false" : true;
  return true;
}

export function recognizeCreateIndex(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  const unique = c.words("unique");
  if (!c.words("index")) return false;
  c.words("concurrently");
  c.words("if", "not", "exists");
  const name = c.isWord("on") ? undefined : c.name();
  if (!c.words("on")) return false;
  c.words("only");
  const table = c.qualifiedName();
  if (!table) return false;
  const { schema, name: tableName } = qualified(table, c);
  state.data.indexes.push({ schema, name: name ?? `${tableName}_idx`, table: tableName, unique, definition: c.slice(0, c.tokens.length), range });
  return true;
}

/** Where a view's query ends: before a closing `WITH [NO] DATA` (materialized) or `WITH [CASCADED|LOCAL] CHECK OPTION`. */
export function viewQueryEnd(c: TokenCursor, queryStart: number): number {
  const n = c.tokens.length;
  const word = (k: number) => (c.tokens[k]?.type === "word" ? c.tokens[k]!.value : "");
  for (let k = Math.max(queryStart, n - 4); k < n; k++) {
    if (word(k) !== "with") continue;
    const tail = [word(k + 1), word(k + 2), word(k + 3)].join(" ").trim();
    if (k + 1 + tail.split(" ").length === n && ["no data", "data", "check option", "cascaded check option", "local check option"].includes(tail)) return k;
  }
  return n;
}

export function recognizeCreateView(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("or", "replace");
  c.words("temporary") || c.words("temp");
  c.words("recursive");
  const materialized = c.words("materialized");
  if (!c.words("view")) return false;
  c.words("if", "not", "exists");
  const n = c.qualifiedName();
  if (!n) return false;
  if (c.isPunct("(")) c.parens();
  if (c.words("with")) c.parens();
  if (!c.words("as")) return false;
  putView(state, { ...qualified(n, c), materialized, definition: c.slice(c.i, viewQueryEnd(c, c.i)), range });
  return true;
}

export function recognizeCreateRoutine(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("or", "replace");
  const kind = c.words("function") ? "function" : c.words("procedure") ? "procedure" : c.words("aggregate") ? "aggregate" : undefined;
  if (!kind) return false;
  const n = c.qualifiedName();
  const args = c.parens();
  if (!n || !args) return false;
  const routine: CatalogState["data"]["routines"][number] = { ...qualified(n, c), kind, arguments: c.slice(args.from, args.to), range };
  while (!c.done) {
    if (c.words("returns")) {
      const start = c.i;
      while (!c.done && !["language", "as", "immutable", "stable", "volatile", "strict", "security", "cost", "rows", "parallel", "set", "window", "leakproof", "called", "support", "transform", "begin", "return"].includes(c.peek()!.type === "word" ? c.peek()!.value : "")) c.i = c.isPunct("(") ? c.closing(c.i) + 1 : c.i + 1;
      routine.returns = c.slice(start, c.i);
    } else if (c.words("language")) {
      const language = c.name() ?? (c.peek()?.type === "string" ? c.peek()!.value : undefined);
      if (language !== undefined) routine.language = language;
    } else if (c.words("as")) {
      const body = c.peek();
      if (body?.type === "string") routine.body = body.value;
      c.i++;
    } else if (c.isWord("begin") && c.isWord("atomic", 1)) {
      routine.body = c.rest();
      break;
    } else if (c.isWord("return")) {
      routine.body = c.rest();
      break;
    } else c.i++;
  }
  state.data.routines.push(routine);
  return true;
}

export function recognizeCreateTrigger(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create")) return false;
  c.words("or", "replace");
  c.words("constraint");
  if (!c.words("trigger")) return false;
  const name = c.name();
  if (name === undefined) return false;
  while (!c.done && !c.isWord("on")) c.i++;
  if (!c.words("on")) return false;
  const table = c.qualifiedName();
  const { schema, name: tableName } = qualified(table, c);
  state.data.triggers.push({ schema, table: tableName, name, definition: c.slice(0, c.tokens.length), range });
  return true;
}

export function recognizeCreatePolicy(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "policy")) return false;
  const name = c.name();
  if (name === undefined || !c.words("on")) return false;
  const { schema, name: tableName } = qualified(c.qualifiedName(), c);
  state.data.policies.push({ schema, table: tableName, name, definition: c.slice(0, c.tokens.length), range });
  return true;
}

export function recognizeCreateType(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "type")) return false;
  const n = c.qualifiedName();
  if (!n) return false;
  const base = qualified(n, c);
  if (c.done) {
    // A second shell of a completed type is no news; a shell of a new name is one.
    if (!state.types.get(qualifiedKey(base.schema, base.name))) state.data.types.push({ ...base, kind: "shell", range });
    return true;
  }
  if (c.words("as", "enum")) {
    const list = c.parens();
    const values = list ? c.splitTopLevel(list.from, list.to).map((p) => c.tokens[p.from]?.value ?? "") : [];
    putType(state, { ...base, kind: "enum", values, range });
    return true;
  }
  if (c.words("as", "range")) {
    putType(state, { ...base, kind: "range", definition: c.rest(), range });
    return true;
  }
  if (c.words("as")) {
    const list = c.parens();
    putType(state, { ...base, kind: "composite", attributes: list ? readCompositeAttributes(c, list) : [], range });
    return true;
  }
  putType(state, { ...base, kind: "base", definition: c.rest(), range });
  return true;
}

export function recognizeCreateDomain(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "domain")) return false;
  const n = c.qualifiedName();
  if (!n) return false;
  c.words("as");
  const start = c.i;
  while (!c.done && !["collate", "default", "constraint", "not", "null", "check"].includes(c.peek()!.type === "word" ? c.peek()!.value : "")) c.i = c.isPunct("(") ? c.closing(c.i) + 1 : c.i + 1;
  putType(state, { ...qualified(n, c), kind: "domain", baseType: canonicalType(c.slice(start, c.i), c.defaultSchema), definition: c.rest(), range });
  return true;
}

/** `COMMENT ON <kind> <target> IS '...'`; table and column comments are also set on the table. */
export function recognizeComment(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("comment", "on")) return false;
  const kind = readObjectKind(c);
  if (!kind) return false;
  const start = c.i;
  let isAt = -1;
  for (let k = c.tokens.length - 2; k >= start; k--)
    if (c.tokens[k]!.type === "word" && c.tokens[k]!.value === "is") {
      isAt = k;
      break;
    }
  if (isAt < 0) return false;
  const textToken = c.tokens[isAt + 1];
  const text = textToken?.type === "string" ? textToken.value : "";
  const target = c.slice(start, isAt);
  state.data.comments.push({ objectKind: kind, target, text, range });
  const targetCursor = c.sub(start, isAt);
  const n = targetCursor.qualifiedName();
  if (kind === "large object") {
    const object = state.largeObjects.get(target);
    if (object) object.comment = text;
  } else if (n) {
    const schema = n.schema ?? c.defaultSchema;
    const object = state.objects.get(objectKey(kind, schema, n.name)) ?? state.objects.get(objectKey(kind, undefined, n.name));
    if (object) object.comment = text;
  }
  if (n && (kind === "table" || kind === "foreign table")) {
    const table = state.table(n.schema ?? c.defaultSchema, n.name);
    if (table) table.comment = text;
  } else if (n && kind === "column" && n.qualifiers.length >= 1) {
    const tableName = n.qualifiers[n.qualifiers.length - 1]!;
    const schema = n.qualifiers.length >= 2 ? n.qualifiers[n.qualifiers.length - 2]! : c.defaultSchema;
    const table = state.table(schema, tableName);
    const column = table ? findColumn(table, n.name) : undefined;
    if (column) column.comment = text;
  }
  return true;
}

/** `ALTER <kind> <name> OWNER TO role` for kinds other than tables and sequences. */
export function recognizeAlterOwner(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("alter")) return false;
  // Old pg_dump: ALTER PROCEDURAL LANGUAGE plpgsql OWNER TO ...
  c.words("procedural");
  const kind = readObjectKind(c);
  if (!kind) return false;
  let ownerAt = -1;
  for (let k = c.tokens.length - 3; k >= c.i; k--)
    if (c.tokens[k]!.value === "owner" && c.tokens[k + 1]!.value === "to" && c.tokens[k]!.type === "word") {
      ownerAt = k;
      break;
    }
  if (ownerAt < 0) return false;
  const target = c.slice(c.i, ownerAt);
  const ownerToken = c.tokens[ownerAt + 2]!;
  if (ownerToken.type !== "word" && ownerToken.type !== "quoted-identifier") return false;
  state.data.owners.push({ objectKind: kind, target, owner: intern(ownerToken.value), range });
  if (kind === "schema") {
    const schema = state.data.schemas.find((s) => s.name === c.sub(c.i, ownerAt).name());
    if (schema) schema.owner = ownerToken.value;
  } else if (kind === "large object") {
    const object = state.largeObjects.get(target);
    if (object) object.owner = ownerToken.value;
  }
  return true;
}

export function recognizeGrant(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.isWord("grant") && !c.isWord("revoke") && !(c.isWord("alter") && c.isWord("default", 1) && c.isWord("privileges", 2))) return false;
  state.data.grants.push({ statement: c.slice(0, c.tokens.length), range });
  return true;
}

export function recognizeCreateServer(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "server")) return false;
  c.words("if", "not", "exists");
  const name = c.name();
  if (name === undefined) return false;
  let wrapper = "";
  let options: Record<string, string> = {};
  while (!c.done) {
    if (c.words("foreign", "data", "wrapper")) wrapper = c.name() ?? "";
    else if (c.isWord("options")) {
      c.i++;
      options = readOptions(c);
    } else c.i++;
  }
  state.data.servers.push({ name, wrapper, options, range });
  return true;
}

export function recognizeUserMapping(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "user", "mapping")) return false;
  c.words("if", "not", "exists");
  if (!c.words("for")) return false;
  const user = c.name();
  if (user === undefined || !c.words("server")) return false;
  const server = c.name() ?? "";
  const options = c.words("options") ? readOptions(c) : {};
  state.data.userMappings.push({ server, user, options, range });
  return true;
}

export function recognizePublication(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "publication")) {
    c.i = 0;
    if (!c.words("alter", "publication")) return false;
    const name = c.name();
    if (name === undefined) return false;
    if (c.words("owner", "to")) {
      const owner = c.name();
      if (owner !== undefined) state.data.owners.push({ objectKind: "publication", target: quoteIdent(name), owner, range });
      return true;
    }
    const publication = state.data.publications.find((p) => p.name === name);
    if (publication) publication.definition += `; ${c.rest()}`;
    return publication !== undefined;
  }
  const name = c.name();
  if (name === undefined) return false;
  state.data.publications.push({ name, definition: c.rest(), range });
  return true;
}

export function recognizeSubscription(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("create", "subscription")) return false;
  const name = c.name();
  if (name === undefined || !c.words("connection")) return false;
  const connection = c.peek()?.type === "string" ? c.peek()!.value : "";
  c.i++;
  const publications: string[] = [];
  if (c.words("publication")) {
    const end = c.tokens.findIndex((t, k) => k >= c.i && t.type === "word" && t.value === "with");
    for (const part of c.splitTopLevel(c.i, end < 0 ? c.tokens.length : end)) {
      const p = c.tokens[part.from];
      if (p && (p.type === "word" || p.type === "quoted-identifier")) publications.push(p.value);
    }
  }
  state.data.subscriptions.push({ name, connection, publications, range });
  return true;
}

/** pg_dumpall: `CREATE ROLE x;` then `ALTER ROLE x WITH NOSUPERUSER ... PASSWORD 'SCRAM-SHA-256$...';` */
export function recognizeRole(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  const create = c.words("create");
  if (!create && !c.words("alter")) return false;
  if (!c.words("role") && !c.words("user") && !c.words("group")) return false;
  const name = c.name();
  if (name === undefined) return false;
  let role = state.roles.get(name);
  if (!role) {
    role = { name, attributes: [], range };
    state.data.roles.push(role);
  }
  c.words("with");
  while (!c.done) {
    if (c.words("password")) {
      const value = c.peek();
      if (value?.type === "string") role.password = value.value;
      c.i++;
      continue;
    }
    if (c.words("encrypted") || c.words("unencrypted")) continue;
    const t = c.peek()!;
    if (t.type === "word") {
      if (t.value === "connection" && c.isWord("limit", 1)) {
        role.attributes.push(`CONNECTION LIMIT ${c.peek(2)?.value ?? ""}`);
        c.i += 3;
        continue;
      }
      if (t.value === "valid" && c.isWord("until", 1)) {
        role.attributes.push(`VALID UNTIL '${c.peek(2)?.value ?? ""}'`);
        c.i += 3;
        continue;
      }
      // SUPERUSER, NOLOGIN, REPLICATION, BYPASSRLS, ...: later settings replace earlier ones of the same attribute.
      const attribute = t.value.toUpperCase();
      const base = attribute.startsWith("NO") ? attribute.slice(2) : attribute;
      role.attributes = role.attributes.filter((a) => a !== base && a !== `NO${base}`);
      role.attributes.push(attribute);
    }
    c.i++;
  }
  return true;
}

/** `SET client_encoding = 'UTF8';` */
export function recognizeSet(c: TokenCursor, state: CatalogState): boolean {
  c.i = 0;
  if (!c.words("set")) return false;
  if (c.words("client_encoding")) {
    if (c.isWord("to") || c.peek()?.value === "=") c.i++;
    const value = c.peek();
    if (value && (value.type === "string" || value.type === "word")) state.data.header.encoding = value.value;
  }
  return true;
}

/** `ALTER SERVER s OPTIONS (SET host 'x', ADD port '1', DROP dbname)` / `ALTER USER MAPPING FOR u SERVER s OPTIONS (...)`. */
export function recognizeAlterOptions(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  let options: Record<string, string> | undefined;
  if (c.words("alter", "server")) {
    const name = c.name();
    options = state.data.servers.find((s) => s.name === name)?.options;
  } else if (c.words("alter", "user", "mapping")) {
    c.words("if", "exists");
    if (!c.words("for")) return false;
    const user = c.name();
    if (!c.words("server")) return false;
    const server = c.name();
    options = state.data.userMappings.find((m) => m.user === user && m.server === server)?.options;
  } else return false;
  while (!c.done && !c.isWord("options")) c.i++;
  if (!c.words("options")) return recognizeAlterOwner(c, state, range);
  const list = c.parens();
  if (!list || !options) return list !== undefined;
  for (const part of c.splitTopLevel(list.from, list.to)) {
    const el = c.sub(part.from, part.to);
    if (el.words("drop")) {
      const key = el.name();
      if (key !== undefined) delete options[key];
      continue;
    }
    el.words("add") || el.words("set");
    const key = el.name();
    if (key !== undefined) options[key] = el.peek()?.value ?? "";
  }
  return true;
}

/** `ALTER SUBSCRIPTION s CONNECTION '...'` (and OWNER TO). */
export function recognizeAlterSubscription(c: TokenCursor, state: CatalogState, range: Range): boolean {
  c.i = 0;
  if (!c.words("alter", "subscription")) return false;
  const name = c.name();
  if (c.words("connection")) {
    const subscription = state.data.subscriptions.find((s) => s.name === name);
    if (subscription && c.peek()?.type === "string") subscription.connection = c.peek()!.value;
    return true;
  }
  return recognizeAlterOwner(c, state, range);
}
