import { tokenizeSql, type SqlToken } from "../lexer/tokens.js";

/**
 * Type names of `pg_catalog` that `format_type()` prints bare. A name outside this set is a user
 * (or extension) type, which `format_type()` prints schema-qualified under `search_path = pg_catalog`.
 */
const BUILTIN_SIMPLE = new Set([
  "text", "bytea", "uuid", "json", "jsonb", "jsonpath", "date", "inet", "cidr", "macaddr", "macaddr8", "money", "xml",
  "tsvector", "tsquery", "oid", "xid", "xid8", "cid", "tid", "name", "point", "line", "lseg", "box", "path", "polygon",
  "circle", "regclass", "regproc", "regprocedure", "regoper", "regoperator", "regtype", "regconfig", "regdictionary",
  "regnamespace", "regrole", "regcollation", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
  "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange", "pg_lsn",
  "txid_snapshot", "pg_snapshot", "record", "void", "trigger", "event_trigger", "cstring", "anyelement", "anyarray",
  "anynonarray", "anyenum", "anyrange", "anymultirange", "anycompatible", "anycompatiblearray", "internal",
  "language_handler", "fdw_handler", "index_am_handler", "tsm_handler", "table_am_handler", "unknown", "refcursor",
  "aclitem", "gtsvector", "int2vector", "oidvector", "pg_node_tree", "pg_ndistinct", "pg_dependencies", "pg_mcv_list",
  "bpchar",
]);

/** Aliases whose `format_type()` spelling is fixed (no modifiers involved). */
const ALIASES: Record<string, string> = {
  int: "integer", int4: "integer", integer: "integer", serial: "integer", serial4: "integer",
  smallint: "smallint", int2: "smallint", smallserial: "smallint", serial2: "smallint",
  bigint: "bigint", int8: "bigint", bigserial: "bigint", serial8: "bigint",
  real: "real", float4: "real", float8: "double precision", "double precision": "double precision",
  bool: "boolean", boolean: "boolean",
};

// Keywords quote_ident() quotes: every keyword that is not UNRESERVED in PostgreSQL 15
// (`SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'`).
const RESERVED = new Set([
  "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean",
  "both", "case", "cast", "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
  "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "dec",
  "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for",
  "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int",
  "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime",
  "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or",
  "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
  "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp",
  "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where",
  "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
  "xmlserialize", "xmltable",
]);

/** PostgreSQL's quote_identifier(): bare when the name is lower-case ASCII letters, digits and `_` (no leading digit) and no keyword. */
export function quoteIdent(name: string): string {
  let plain = name.length > 0 && !RESERVED.has(name);
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || c === 0x5f || (i > 0 && c >= 0x30 && c <= 0x39);
    plain = ok;
  }
  return plain ? name : `"${name.replaceAll('"', '""')}"`;
}

const isPunct = (t: SqlToken | undefined, v: string) => t !== undefined && t.type === "punct" && t.value === v;

/** Split off trailing array markers (`[]`, `[3]`, `ARRAY`, `ARRAY[3]`); format_type prints one `[]` whatever the dimensions. */
function stripArray(tokens: SqlToken[]): { tokens: SqlToken[]; array: boolean } {
  let end = tokens.length;
  let array = false;
  for (;;) {
    if (isPunct(tokens[end - 1], "]")) {
      let k = end - 2;
      if (tokens[k]?.type === "number") k--;
      if (isPunct(tokens[k], "[")) {
        end = k;
        array = true;
        if (tokens[end - 1]?.type === "word" && tokens[end - 1]!.value === "array") end--;
        continue;
      }
    }
    if (tokens[end - 1]?.type === "word" && tokens[end - 1]!.value === "array" && end > 1) {
      end--;
      array = true;
      continue;
    }
    break;
  }
  return { tokens: tokens.slice(0, end), array };
}

/**
 * The canonical spelling of a column type: what PostgreSQL's `format_type()` prints under
 * `search_path = pg_catalog` (docs: "Data Types", table 8.1 aliases). `character varying(255)` and
 * `varchar(255)` both give `character varying(255)`; `timestamptz` gives `timestamp with time zone`;
 * `int4[]` and `_int4` give `integer[]`; `serial` gives `integer`; user types stay schema-qualified
 * (an unqualified user type is taken to be in `defaultSchema`, the dump's search_path). Never throws; unrecognised text is returned
 * with whitespace normalised.
 */
export function canonicalType(typeText: string, defaultSchema = "public"): string {
  const stripped = stripArray(tokenizeSql(typeText, { comments: false }));
  let tokens = stripped.tokens;
  let array = stripped.array;
  // Drop a `pg_catalog.` qualification: built-in types print bare.
  let schema: string | undefined;
  if ((tokens[0]?.type === "word" || tokens[0]?.type === "quoted-identifier") && isPunct(tokens[1], ".") && tokens[2]) {
    schema = tokens[0].value;
    tokens = tokens.slice(2);
  }
  const head: string[] = [];
  const tail: string[] = [];
  let mods: string | undefined;
  let quotedHead = false;
  let other = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isPunct(t, "(")) {
      const parts: string[] = [];
      let j = i + 1;
      let depth = 1;
      for (; j < tokens.length; j++) {
        if (isPunct(tokens[j], "(")) depth++;
        if (isPunct(tokens[j], ")") && --depth === 0) break;
        parts.push(tokens[j]!.type === "string" ? `'${tokens[j]!.value}'` : tokens[j]!.value);
      }
      mods = parts.join("");
      i = j;
      continue;
    }
    if (t.type === "word" || t.type === "quoted-identifier") {
      // `"char"` is its own type; other quoted built-in names come from --quote-all-identifiers and mean the type itself.
      if (t.type === "quoted-identifier" && head.length === 0 && t.value === "char") quotedHead = true;
      (mods === undefined ? head : tail).push(t.value);
    } else other = true;
  }
  if (head.length === 0 || other) return typeText.trim().replace(/\s+/g, " ");

  let name = head.join(" ");
  if (!quotedHead && name.startsWith("_") && head.length === 1 && !array) {
    const element = canonicalType(name.slice(1), defaultSchema);
    if (!element.includes(".")) return `${element}[]`;
  }
  const withMods = (base: string) => (mods !== undefined ? `${base}(${mods})` : base);
  const zone = (base: string, defaultWith: boolean) => {
    const words = tail.length > 0 ? tail : head.slice(1);
    const withZone = words.join(" ") === "with time zone" ? true : words.join(" ") === "without time zone" ? false : defaultWith;
    return `${withMods(base)} ${withZone ? "with" : "without"} time zone`;
  };
  const suffix = array ? "[]" : "";
  const isBuiltinContext = schema === undefined || schema === "pg_catalog";
  if (isBuiltinContext && !quotedHead) {
    const first = head[0]!;
    const alias = ALIASES[name];
    if (alias !== undefined && mods === undefined) return alias + suffix;
    if (name === "float" || name === "double precision" || name === "real") {
      if (name === "float" && mods !== undefined) return (Number(mods) <= 24 ? "real" : "double precision") + suffix;
      return (name === "real" ? "real" : "double precision") + suffix;
    }
    if (["character varying", "varchar", "char varying", "national character varying", "national char varying", "nchar varying"].includes(name)) return withMods("character varying") + suffix;
    if (["character", "char", "national character", "national char", "nchar"].includes(name)) return `character(${mods ?? "1"})` + suffix;
    if (name === "bpchar") return (mods !== undefined ? `character(${mods})` : "bpchar") + suffix;
    // numeric(p) means scale 0, and format_type prints it: numeric(10,0).
    if (["numeric", "decimal", "dec"].includes(name)) return (mods !== undefined && !mods.includes(",") ? `numeric(${mods},0)` : withMods("numeric")) + suffix;
    if (first === "timestamp" && head.length <= 4) return zone("timestamp", false) + suffix;
    if (first === "time" && head.length <= 4) return zone("time", false) + suffix;
    if (name === "timestamptz") return zone("timestamp", true) + suffix;
    if (name === "timetz") return zone("time", true) + suffix;
    if (name === "bit varying" || name === "varbit") return withMods("bit varying") + suffix;
    if (name === "bit") return `bit(${mods ?? "1"})` + suffix;
    if (first === "interval") return withMods([...head, ...tail].join(" ")) + suffix;
    if (head.length === 1 && BUILTIN_SIMPLE.has(first)) return withMods(first) + suffix;
  }
  if (schema === undefined && quotedHead && head.length === 1 && head[0] === "char") return `"char"${suffix}`;
  if (head.length !== 1) return typeText.trim().replace(/\s+/g, " ");
  name = head[0]!;
  if (schema === "pg_catalog") return withMods(quoteIdent(name)) + suffix;
  return withMods(`${quoteIdent(schema ?? defaultSchema)}.${quoteIdent(name)}`) + suffix;
}
