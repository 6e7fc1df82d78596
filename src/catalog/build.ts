import { describeStatementKind, isSqlKeyword } from "../lexer/statement-kind.js";
import { lazyRequire } from "../core/lazy-require.js";
import { parseCopyStatement } from "../data/copy.js";
import type { CommentEvent, MetaCommandEvent } from "../lexer/events.js";
import { leadingWords } from "../lexer/statement-kind.js";
import { lexString } from "../lexer/lexer.js";
import { PackedRange, packRange, type Range } from "../report/location.js";
import type { Diagnostic } from "../report/schema.js";
import type { StatementInfo } from "../lexer/events.js";
import type { Catalog } from "./catalog.js";
import { CatalogState, checkColumns, type ParseCounts } from "./catalog-state.js";
import type { Table } from "./model.js";
import { catalogView } from "./query.js";
import { recognizeAlterTable, recognizeCreateTable } from "./table-ddl.js";
import {
  readObjectKind,
  recognizeAlterOptions,
  recognizeAlterOwner,
  recognizeAlterSubscription,
  recognizeAlterSequence,
  recognizeComment,
  recognizeCreateDomain,
  recognizeCreateExtension,
  recognizeCreateIndex,
  recognizeCreatePolicy,
  recognizeCreateRoutine,
  recognizeCreateSchema,
  recognizeCreateSequence,
  recognizeCreateServer,
  recognizeCreateTrigger,
  recognizeCreateType,
  recognizeCreateView,
  recognizeGrant,
  recognizePublication,
  recognizeRole,
  recognizeSet,
  recognizeSetval,
  recognizeSubscription,
  recognizeUserMapping,
} from "./object-ddl.js";
import { TokenCursor } from "./token-cursor.js";
import { MAX_SQL_NESTING, MAX_STATEMENT_TOKENS, hasMoreTokensThan, nestsDeeperThan } from "./nesting.js";
import { leadingTokens } from "../lexer/token-window.js";
import { recognizeAlterIndex, recognizeAlterObject, recognizeCreateObject, recognizeLargeObjectCall, recognizeSecurityLabel } from "./other-objects.js";
import { catalogFromAst } from "./ast-ddl.js";
import { readConnectTarget, readHeaderComment } from "./header.js";

const pgsqlAstParser = lazyRequire<typeof import("pgsql-ast-parser")>("pgsql-ast-parser");

import { catalogFromEvents } from "./from-events.js";

export { canonicalType } from "./canonical-type.js";
export { catalogJson } from "./catalog-json.js";
export type { ParseCounts } from "./catalog-state.js";

type Recognizer = (c: TokenCursor, state: CatalogState, range: Range) => boolean;

/** Statement kinds whose statements carry nothing for the catalog: they are counted, never parsed. */
const DATA_KINDS = new Set(["insert", "copy", "begin", "commit", "start", "end", "rollback", "\\"]);

/** Object types named by two words (CREATE USER MAPPING, not CREATE USER). */
const MULTI_WORD_KINDS = new Set(["foreign table", "foreign data", "materialized view", "user mapping", "text search", "event trigger", "access method", "operator class", "operator family", "default privileges", "large object"]);

/** Words between CREATE and the object type that do not change the kind (CREATE UNLOGGED TABLE is a CREATE TABLE). */
const KIND_MODIFIERS = new Set(["unique", "unlogged", "temporary", "temp", "global", "local", "recursive", "constraint", "trusted", "procedural"]);

/** The statement kind as counted: leading keywords, as far as they name the statement. */
function kindOf(c: TokenCursor): string {
  const words: string[] = [];
  for (let k = 0; k < 6; k++) {
    const t = c.tokens[k];
    if (!t || t.type !== "word") break;
    words.push(t.value);
  }
  const [a = "", b = "", d = ""] = words;
  if (a === "create" || a === "alter" || a === "drop") {
    const rest = b === "or" && d === "replace" ? words.slice(3) : words.slice(1);
    // CREATE DEFAULT CONVERSION is a conversion; ALTER DEFAULT PRIVILEGES is its own kind.
    const kept = rest.filter((w, k) => !KIND_MODIFIERS.has(w) && !(w === "default" && rest[k + 1] !== "privileges"));
    const second = kept[0] ?? "";
    const follower = kept[1] ?? "";
    const multi = MULTI_WORD_KINDS.has(`${second} ${follower}`) ? `${second} ${follower}` : second;
    return `${a} ${multi}`.toUpperCase().trim();
  }
  if (a === "comment" && b === "on") return "COMMENT ON";
  if (a === "select") return "SELECT";
  return a.toUpperCase();
}

/** Readers by statement kind. The table kinds come first because they are the ones rules depend on. */
const RECOGNIZERS: Record<string, Recognizer[]> = {
  "CREATE TABLE": [recognizeCreateTable],
  "CREATE FOREIGN TABLE": [recognizeCreateTable],
  "ALTER TABLE": [recognizeAlterTable],
  "ALTER FOREIGN TABLE": [recognizeAlterTable],
  "CREATE SCHEMA": [recognizeCreateSchema],
  "CREATE EXTENSION": [recognizeCreateExtension],
  "CREATE SEQUENCE": [recognizeCreateSequence],
  "ALTER SEQUENCE": [recognizeAlterSequence],
  "SELECT": [recognizeSetval, recognizeLargeObjectCall],
  "CREATE INDEX": [recognizeCreateIndex],
  "CREATE VIEW": [recognizeCreateView],
  "CREATE MATERIALIZED VIEW": [recognizeCreateView],
  "CREATE FUNCTION": [recognizeCreateRoutine],
  "CREATE PROCEDURE": [recognizeCreateRoutine],
  "CREATE AGGREGATE": [recognizeCreateRoutine],
  "CREATE TRIGGER": [recognizeCreateTrigger],
  "CREATE POLICY": [recognizeCreatePolicy],
  "CREATE TYPE": [recognizeCreateType],
  "CREATE DOMAIN": [recognizeCreateDomain],
  "COMMENT ON": [recognizeComment],
  "GRANT": [recognizeGrant],
  "REVOKE": [recognizeGrant],
  "ALTER DEFAULT PRIVILEGES": [recognizeGrant],
  "CREATE SERVER": [recognizeCreateServer],
  "CREATE USER MAPPING": [recognizeUserMapping],
  "CREATE PUBLICATION": [recognizePublication],
  "ALTER PUBLICATION": [recognizePublication],
  "CREATE SUBSCRIPTION": [recognizeSubscription],
  "ALTER SUBSCRIPTION": [recognizeAlterSubscription],
  "ALTER SERVER": [recognizeAlterOptions],
  "ALTER USER MAPPING": [recognizeAlterOptions],
  "CREATE ROLE": [recognizeRole],
  "ALTER ROLE": [recognizeRole],
  "CREATE USER": [recognizeRole],
  "ALTER USER": [recognizeRole],
  "CREATE GROUP": [recognizeRole],
  "SET": [(c, s) => recognizeSet(c, s)],
  "SECURITY": [(c, s, r) => recognizeSecurityLabel(c, s, r, readObjectKind)],
  "ALTER INDEX": [(c, s) => recognizeAlterIndex(c, s)],
  ...Object.fromEntries(
    ["RULE", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY", "CAST", "COLLATION", "CONVERSION", "TEXT SEARCH", "STATISTICS", "EVENT TRIGGER", "ACCESS METHOD", "LANGUAGE", "TRANSFORM", "FOREIGN DATA", "DATABASE", "TABLESPACE"].map((k) => [`CREATE ${k}`, [recognizeCreateObject]]),
  ),
};

/** Any other ALTER: of an object kind above (definition changes, owner), or an owner change of any object. */
const ALTER_RECOGNIZERS: Recognizer[] = [recognizeAlterObject, recognizeAlterOwner];

/** Statements longer than this never go to the parser: its time grows fast with size. */
const MAX_PARSER_STATEMENT = 64 * 1024;

/**
 * Parentheses nested deeper than this never go to the parser: it recurses once per level (32k
 * levels took 849 MB). The recognizers walk tokens in loops, at any depth. pg_dump output nests a
 * few levels; 64 leaves room for generated SQL.
 */
export const MAX_PARSER_NESTING = 64;

/** Deepest parenthesis/bracket nesting of a token list, in one pass. */
function nestingDepth(c: TokenCursor): number {
  let depth = 0;
  let max = 0;
  for (const t of c.tokens) {
    if (t.type !== "punct") continue;
    if (t.value === "(" || t.value === "[") max = Math.max(max, ++depth);
    else if (t.value === ")" || t.value === "]") depth--;
  }
  return max;
}

/**
 * The parser's complaint without the source excerpt it appends (which may quote a secret): the
 * position, and the word found there when it is a keyword or name (never a literal).
 */
function parserError(err: unknown, cursor: TokenCursor): string {
  const message = err instanceof Error ? err.message : "";
  const position = /^Syntax error at line (\d+) col (\d+)/.exec(message);
  if (!position) return "parse error";
  let offset = 0;
  for (let line = 1; line < Number(position[1]); line++) {
    const nl = cursor.text.indexOf("\n", offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  offset += Number(position[2]) - 1;
  const token = cursor.tokens.find((t) => t.start <= offset && offset < t.end);
  const word = token && token.type === "word" ? cursor.text.slice(token.start, token.end) : undefined;
  // Only a SQL key word is named: on malformed input the word there can be a secret (issue 10 item 4).
  return word !== undefined && isSqlKeyword(word) ? `${position[0]}, at ${word}` : position[0];
}

/**
 * Kinds that carry nothing for the catalog (session settings, transaction control, maintenance):
 * read, nothing kept. Everything pg_dump writes besides these has a place in the catalog.
 */
const NOTHING_TO_KEEP = new Set(["SELECT", "SET", "RESET", "BEGIN", "COMMIT", "START", "END", "ROLLBACK", "CHECKPOINT", "ANALYZE", "VACUUM", "CLUSTER", "REFRESH", "DROP", "DO", "NOTIFY", "LISTEN", "UNLISTEN", "DISCARD", "LOCK", "SAVEPOINT", "RELEASE", "TRUNCATE"]);

/** DROP TABLE ... (pg_dump --clean) is a DROP: the first word decides. */
const carriesNothing = (kind: string) => NOTHING_TO_KEEP.has(kind) || NOTHING_TO_KEEP.has(kind.split(" ")[0]!);

/** Functions of a `SELECT` that the catalog reads; any other SELECT is passed over without tokenizing it. */
const CATALOG_SELECT = /setval|set_config|lo_create|lo_open|lo_close|lowrite|lo_from_bytea|lo_import/i;

/** Which reader goes first. */
export type ParserMode =
  /** Recognizers; pgsql-ast-parser only for a statement no recognizer claims (the default: no per-statement parser cost). */
  | "fallback"
  /** pgsql-ast-parser first, recognizers where it rejects or misreads (to compare the two paths). */
  | "first"
  /** Recognizers only. */
  | "off";

/**
 * Builds the catalog from the statements of a dump, in dump order. Rules query `view()` while the
 * dump streams; `build()` returns the finished, deep-frozen catalog. No method throws for anything
 * in the input: what cannot be read becomes a diagnostic.
 */
export interface CatalogBuilderOptions {
  /** Which reader goes first (default "fallback": recognizers, the parser only where none claims a statement). */
  parser?: ParserMode;
  /** Older spelling: false is `parser: "off"`, true is `parser: "first"`. */
  useParser?: boolean;
}

export class CatalogBuilder {
  private readonly state = new CatalogState();
  private readonly parserMode: ParserMode;
  private defaultSchema = "public";
  private lastRowsTarget: { schema: string; name: string; table: Table } | undefined;
  private readonly live: Catalog = catalogView(this.state.data, (schema, name) => this.tableForData(schema, name));
  private built: Catalog | undefined;
  private readonly counts = new Map<string, ParseCounts>();

  constructor(options: CatalogBuilderOptions = {}) {
    this.parserMode = options.parser ?? (options.useParser === undefined ? "fallback" : options.useParser ? "first" : "off");
  }

  get diagnostics(): Diagnostic[] {
    return this.state.diagnostics;
  }

  statement(statement: StatementInfo): void {
    if (this.built) return;
    if (statement.statementKind === "INSERT") {
      // A data statement declares nothing (its rows come through addRows): counted by its kind, and
      // the table rows went to last stays valid (one lookup per run of INSERTs, not per statement).
      this.state.lastLargeObjectWrite = undefined;
      this.countsFor("INSERT").skipped++;
      return;
    }
    this.lastRowsTarget = undefined;
    this.state.lastLargeObjectWrite = undefined;
    try {
      this.readStatement(statement);
    } catch {
      // A fault here is a dumpguard bug, never the dump's: the statement is reported, the build goes on.
      this.countsFor("").unrecognized++;
      this.state.note("unrecognized", "warning", "a statement could not be read into the catalog (internal error)", statement.range);
    }
  }

  private readStatement(statement: StatementInfo): void {
    // Data statements can be megabytes (--inserts): classify them by their first words, never tokenize them.
    const [firstWord = "", secondWord = ""] = leadingWords(statement.text, 2);
    const first = firstWord.toLowerCase();
    if (first === "copy") {
      // `COPY t (...) FROM stdin;` declares that t exists even when no row follows (a data-only dump of an empty table).
      const target = parseCopyStatement(statement.text);
      if (target && /\bfrom\s+stdin\b/i.test(statement.text)) {
        // Its range is the COPY when nothing else declares it; dataRange stays for the first row.
        if (!this.tableForData(target.schema, target.table)) this.state.tableForRows(target.schema, target.table).range ??= packRange(statement.range);
        this.countsFor("COPY").recognizer++;
      } else this.countsFor("COPY").skipped++;
      return;
    }
    if (DATA_KINDS.has(first)) {
      this.countsFor(first.toUpperCase()).skipped++;
      return;
    }
    // Trivial statements (`SELECT 1;`, `SET x = y;`) are counted from their first words: tokenizing each would cost more than everything else.
    if ((first === "select" && !CATALOG_SELECT.test(statement.text)) || (first === "set" && !/^(client_encoding|search_path)$/i.test(secondWord))) {
      this.countsFor(first.toUpperCase()).skipped++;
      return;
    }
    // Never restorable (nesting), or its tokens would not fit in bounded memory: a diagnostic, from its first words only.
    const notRead = nestsDeeperThan(statement.text, MAX_SQL_NESTING)
      ? `parentheses nest more than ${MAX_SQL_NESTING.toLocaleString("en-US")} deep, which PostgreSQL's parser rejects ("memory exhausted"), so restoring it fails`
      : hasMoreTokensThan(statement.text, MAX_STATEMENT_TOKENS)
        ? // Valid SQL: the catalog says what it did not read; the rules still read the text.
          `it has more than ${MAX_STATEMENT_TOKENS.toLocaleString("en-US")} tokens, the most the catalog reads from one statement (bounded memory); the object it declares (its name, columns or definition) is missing from the catalog, while the rules still read its text for secrets, hosts and personal data`
        : undefined;
    if (notRead !== undefined) {
      const kind = kindOf(new TokenCursor("", leadingTokens(statement.text, 6, false)));
      this.countsFor(kind).unrecognized++;
      this.state.note("unrecognized", "warning", `${kind ? describeStatementKind(kind) : "statement"} statement not read into the catalog: ${notRead}`, statement.range);
      return;
    }
    const cursor = new TokenCursor(statement.text);
    const kind = kindOf(cursor);
    // What the catalog keeps of this statement's place (its table, owner, constraint...): packed, ~7 ranges a small table.
    const range = packRange(statement.range);
    const counts = this.countsFor(kind);
    if (kind === "SET" || kind === "SELECT") this.followSearchPath(cursor);
    cursor.defaultSchema = this.defaultSchema;
    cursor.locate(statement.range.start);
    if (kind === "") {
      counts.skipped++;
      return;
    }
    if (statement.truncated) this.state.note("truncated", "warning", `${kind} statement was cut at the lexer's size limit; the catalog holds what its first part declares`, statement.range);
    const recognizers = RECOGNIZERS[kind] ?? (kind.startsWith("ALTER ") ? ALTER_RECOGNIZERS : []);
    // Why the parser did not read it (or was not asked), for the diagnostics.
    let why = "";
    if (this.parserMode === "first") {
      const outcome = this.tryParser(statement, cursor, range);
      if (outcome === true) {
        counts.parser++;
        return;
      }
      why = outcome;
    }
    if (this.tryRecognizers(recognizers, cursor, range)) {
      counts.recognizer++;
      // Aggregated per kind (one line per kind, with a count and the first location), never one per statement.
      if (this.parserMode === "first") this.state.noteByKind("recognizer", "info", kind, `read by recognizer: ${why}`, statement.range);
      return;
    }
    if (this.parserMode === "fallback" && recognizers.length === 0 && !carriesNothing(kind)) {
      const outcome = this.tryParser(statement, cursor, range);
      if (outcome === true) {
        counts.parser++;
        return;
      }
      why = outcome;
    }
    if (carriesNothing(kind)) {
      counts.skipped++;
      return;
    }
    counts.unrecognized++;
    this.state.note("unrecognized", "warning", `${kind ? describeStatementKind(kind) : "statement"} statement not read into the catalog${why ? `: ${why}` : ""}`, statement.range);
  }

  /** pgsql-ast-parser on one statement: true when the catalog took it from the AST, else why not. */
  private tryParser(statement: StatementInfo, cursor: TokenCursor, range: Range): true | string {
    if (this.parserMode === "off") return "the parser is off";
    if (statement.truncated) return "the statement is truncated";
    if (statement.text.length > MAX_PARSER_STATEMENT) return `${statement.text.length} characters is more than the parser is given`;
    const depth = nestingDepth(cursor);
    if (depth > MAX_PARSER_NESTING) return `parentheses nest ${depth} deep, more than the parser is given (${MAX_PARSER_NESTING})`;
    try {
      const asts = pgsqlAstParser().parse(statement.text, { locationTracking: true });
      const outcome = asts.length === 1 ? catalogFromAst(asts[0]!, cursor, this.state, range) : { ok: false as const, why: `it reads ${asts.length} statements` };
      return outcome.ok ? true : `pgsql-ast-parser misreads it (${outcome.why})`;
    } catch (err) {
      return `pgsql-ast-parser rejects it (${parserError(err, cursor)})`;
    }
  }

  private tryRecognizers(recognizers: Recognizer[], cursor: TokenCursor, range: Range): boolean {
    try {
      for (const recognize of recognizers) if (recognize(cursor, this.state, range)) return true;
    } catch {
      // A reader fault is a dumpguard bug; the statement is reported, never silently lost.
    }
    return false;
  }

  meta(event: MetaCommandEvent): void {
    if (this.built) return;
    const target = readConnectTarget(event);
    if (target) {
      this.state.data.connects.push(target);
      this.state.database = target.database;
    }
  }

  comment(event: CommentEvent): void {
    if (this.built) return;
    readHeaderComment(event.text, this.state.data.header);
  }

  addRows(table: { schema: string; name: string }, count: number, source: "copy" | "insert", range: Range): void {
    if (this.built || !(count > 0)) return;
    // Called once per COPY line: consecutive rows of one table skip the lookup.
    const last = this.lastRowsTarget;
    const target =
      last && last.schema === table.schema && last.name === table.name
        ? last.table
        : (this.tableForData(table.schema, table.name) ?? this.state.tableForRows(table.schema, table.name));
    this.lastRowsTarget = { schema: table.schema, name: table.name, table: target };
    target.rowCount += count;
    if (source === "copy") target.rowsFromCopy += count;
    else target.rowsFromInsert += count;
    target.dataRange ??= packRange(range);
  }

  /**
   * The large object bytes the last statement wrote (`SELECT pg_catalog.lowrite(0, '\x...')`), as
   * bytea text: the engine hands them to the rules like a row value, since they can hold secrets.
   */
  largeObjectWrite(): { oid: string; data: string } | undefined {
    return this.state.lastLargeObjectWrite;
  }

  /** Statements per kind: how many the parser took, how many a recognizer read, how many carried nothing. */
  parseCounts(): Record<string, ParseCounts> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, { ...v }]));
  }

  view(): Catalog {
    return this.built ?? this.live;
  }

  build(): Catalog {
    if (this.built) return this.built;
    this.state.flushNotesByKind();
    resolveImplicitReferences(this.state);
    propagateInheritedConstraints(this.state);
    deepFreeze(this.state.data);
    this.built = catalogView(this.state.data, (schema, name) => this.state.table(schema, name), true);
    return this.built;
  }

  /**
   * `SET search_path = app, pg_catalog;` (pg_dump before 10, hand-written dumps) or
   * `SELECT pg_catalog.set_config('search_path', 'app', false);`: unqualified names that follow
   * are created in the first schema listed (`pg_catalog` and `"$user"` aside), else in public.
   */
  private followSearchPath(c: TokenCursor): void {
    let entries: string[] | undefined;
    if (c.isWord("set") && c.isWord("search_path", 1)) {
      c.i = 2;
      if (c.isWord("to") || c.peek()?.value === "=") c.i++;
      entries = c.splitTopLevel(c.i, c.tokens.length).map((p) => c.tokens[p.from]?.value ?? "");
    } else if (c.isWord("select")) {
      c.i = 1;
      const fn = c.qualifiedName();
      const args = fn?.name === "set_config" ? c.parens() : undefined;
      const parts = args ? c.splitTopLevel(args.from, args.to) : [];
      const [name, value] = parts.map((p) => c.tokens[p.from]);
      if (name?.type === "string" && name.value === "search_path" && value?.type === "string") {
        const list = new TokenCursor(value.value);
        entries = list.splitTopLevel(0, list.tokens.length).map((p) => list.tokens[p.from]?.value ?? "");
      }
    }
    c.i = 0;
    if (entries) this.defaultSchema = entries.find((e) => e !== "" && e !== "pg_catalog" && e !== "$user") ?? "public";
  }

  /**
   * The COPY and INSERT readers (src/data) take an unqualified table to be in public. Under a
   * `SET search_path = app` it is in app: while streaming, public.t that does not exist means app.t.
   */
  private tableForData(schema: string, name: string): Table | undefined {
    return this.state.table(schema, name) ?? (schema === "public" && this.defaultSchema !== "public" ? this.state.table(this.defaultSchema, name) : undefined);
  }

  private countsFor(kind: string): ParseCounts {
    let counts = this.counts.get(kind);
    if (!counts) {
      counts = { parser: 0, recognizer: 0, skipped: 0, unrecognized: 0 };
      this.counts.set(kind, counts);
    }
    return counts;
  }
}

/** `REFERENCES t` without columns means t's primary key. */
function resolveImplicitReferences(state: CatalogState): void {
  for (const table of state.data.tables)
    for (const constraint of table.constraints)
      if (constraint.references && constraint.references.columns.length === 0) {
        const target = state.table(constraint.references.schema, constraint.references.table);
        const pk = target?.constraints.find((c) => c.kind === "primary key");
        if (pk) constraint.references.columns = [...pk.columns];
      }
}

/**
 * Constraints PostgreSQL copies from a parent to its children: CHECK constraints (unless NO
 * INHERIT) to inheritance children and partitions, foreign keys to partitions. pg_dump writes them
 * once, on the parent. Parents are completed before their children.
 */
function propagateInheritedConstraints(state: CatalogState): void {
  const done = new Set<Table>();
  const complete = (table: Table, depth: number): void => {
    if (done.has(table) || depth > 64) return;
    done.add(table);
    const parents = [...(table.partitionOf ? [table.partitionOf] : []), ...table.inherits];
    for (const parentName of parents) {
      const parent = state.table(parentName.schema, parentName.name);
      if (!parent) continue;
      complete(parent, depth + 1);
      const isPartition = table.partitionOf === parentName;
      for (const constraint of parent.constraints) {
        const inherits = (constraint.kind === "check" && !/\bNO INHERIT\b/.test(constraint.definition)) || (isPartition && constraint.kind === "foreign key");
        if (!inherits || table.constraints.some((c) => c.name === constraint.name)) continue;
        const copy = { ...constraint, columns: [...constraint.columns] };
        if (copy.kind === "check") copy.columns = checkColumns(table, copy.definition);
        table.constraints.push(copy);
      }
    }
  };
  for (const table of state.data.tables) complete(table, 0);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Its getters make a new position at each read: nothing inside to freeze, and reading them here would be 14 objects a table of garbage.
    if (value instanceof PackedRange) return value;
    // By index and key, not Object.values: an array per object of a 100k-table catalog was ~600 bytes a table of garbage at its peak.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The catalog of a whole dump given as a string (tests, small inputs): lexes it with the real lexer,
 * feeds statements, COPY lines and INSERT rows to a builder, and returns the finished catalog
 * with the builder's diagnostics. Never throws for anything in the text.
 */
export function buildCatalogFromSql(text: string, options: CatalogBuilderOptions = {}): { catalog: Catalog; diagnostics: Diagnostic[]; parseCounts: Record<string, ParseCounts> } {
  return catalogFromEvents(lexString(text), options);
}
