import type { NodeLocation, Statement } from "pgsql-ast-parser";
import type { Range } from "../report/location.js";
import { canonicalType, quoteIdent } from "./canonical-type.js";
import { addConstraint, emptyTable, type CatalogState } from "./catalog-state.js";
import type { Constraint, Table } from "./model.js";
import { putType, putView, readCompositeAttributes, viewQueryEnd } from "./object-ddl.js";
import { addIdentitySequence, type ColumnDefinition, alterTableAction, mergeInheritedColumns, readColumnDefinition, readConstraint } from "./table-ddl.js";
import { TokenCursor } from "./token-cursor.js";
import { appendAll } from "../core/append-all.js";

/**
 * The catalog from pgsql-ast-parser's AST. Names, kinds and structure come from the AST; texts
 * that must equal PostgreSQL's own printing (types, defaults, constraint definitions, view
 * queries) are the source slices the AST locates, because re-printing an AST would not reproduce
 * `pg_get_expr()` output. Returns the reason when the AST does not carry what the catalog needs
 * (the statement then goes to the token recognizer).
 */
export type AstOutcome = { ok: true } | { ok: false; why: string };

const OK: AstOutcome = { ok: true };
const misread = (why: string): AstOutcome => ({ ok: false, why });

/** Token index range [from, to) of the tokens inside a node's location. */
function tokensIn(c: TokenCursor, location: NodeLocation | undefined): { from: number; to: number } | undefined {
  if (!location) return undefined;
  let from = 0;
  while (from < c.tokens.length && c.tokens[from]!.start < location.start) from++;
  let to = from;
  while (to < c.tokens.length && c.tokens[to]!.end <= location.end) to++;
  return to > from ? { from, to } : undefined;
}

/**
 * The top-level comma-separated parts of tokens [from, to), keyed by the source offset they start
 * at. The parser's node locations can stop short of a node's last token (`ON DELETE CASCADE`,
 * closing parentheses), so an AST element is matched to the part that starts where it starts.
 */
function partsByStart(c: TokenCursor, from: number, to: number): Map<number, { from: number; to: number }> {
  return new Map(c.splitTopLevel(from, to).map((p) => [c.tokens[p.from]!.start, p]));
}

/** The name as the tokens read it (identifier rules, `""` undoubled), to check the parser's reading. */
function sameName(c: TokenCursor, name: { schema?: string; name: string; _location?: NodeLocation }): boolean {
  const tokens = tokensIn(c, name._location);
  if (!tokens) return false;
  const read = c.sub(tokens.from, tokens.to).qualifiedName();
  return read !== undefined && read.name === name.name && read.schema === name.schema;
}

const sliceOf = (c: TokenCursor, location: NodeLocation | undefined) => {
  const range = tokensIn(c, location);
  return range ? c.slice(range.from, range.to) : undefined;
};

/** Names the catalog takes from the AST of each statement type; each is checked against the tokens. */
function namesOf(ast: Statement): ({ schema?: string; name: string; _location?: NodeLocation } | undefined)[] {
  switch (ast.type) {
    case "create sequence":
    case "alter sequence":
    case "create view":
    case "create materialized view":
    case "create enum":
    case "create composite type":
    case "create function":
    case "create schema":
      return [ast.name];
    case "create index":
      return [ast.table, ast.indexName];
    case "create extension":
      return [ast.extension, ast.schema];
    case "comment":
      return ast.on.type === "column" ? [] : [ast.on.name];
    default:
      return [];
  }
}

export function catalogFromAst(ast: Statement, c: TokenCursor, state: CatalogState, range: Range): AstOutcome {
  for (const name of namesOf(ast)) if (name && !sameName(c, name)) return misread(`the name ${name.name} reads differently`);
  switch (ast.type) {
    case "create table": {
      const schema = ast.name.schema ?? c.defaultSchema;
      const table: Table = emptyTable(
        {
          schema,
          name: ast.name.name,
          kind: "table",
          unlogged: ast.unlogged === true,
          inherits: (ast.inherits ?? []).map((p) => ({ schema: p.schema ?? c.defaultSchema, name: p.name })),
        },
        { range },
      );
      if (!sameName(c, ast.name)) return misread("the table name reads differently");
      const nameEnd = tokensIn(c, ast.name._location)!.to;
      const open = c.tokens.findIndex((t, k) => k >= nameEnd && t.type === "punct" && t.value === "(");
      const parts = open < 0 ? new Map() : partsByStart(c, open + 1, c.closing(open));
      const constraints: Constraint[] = [];
      const identities: ColumnDefinition[] = [];
      for (const element of ast.columns) {
        if (element.kind !== "column") return misread("LIKE is not modelled");
        const part = element._location && parts.get(element._location.start);
        const definition = part && readColumnDefinition(c, part.from, part.to, table);
        if (!definition || definition.column.name !== element.name.name) return misread(`column ${element.name.name} reads differently in the source`);
        definition.column.range ??= range;
        table.columns.push(definition.column);
        appendAll(constraints, definition.constraints);
        if (definition.column.identity) identities.push(definition);
      }
      for (const element of ast.constraints ?? []) {
        const part = element._location && parts.get(element._location.start);
        if (!part) return misread("a table constraint is not located in the source");
        const el = c.sub(part.from, part.to);
        if (el.words("constraint")) el.name();
        const constraint = readConstraint(el, el.i, el.tokens.length, table, element.constraintName?.name);
        if (!constraint || constraint.kind !== element.type) return misread(`constraint ${element.constraintName?.name ?? element.type} reads differently in the source`);
        constraints.push(constraint);
      }
      if (table.inherits.length > 0) table.columns = mergeInheritedColumns(state, table);
      const stored = state.putTable(table);
      for (const constraint of constraints) addConstraint(stored, constraint);
      for (const identity of identities) addIdentitySequence(state, c, identity.identityOptions, stored, identity.column, range);
      return OK;
    }
    case "alter table": {
      const schema = ast.table.schema ?? c.defaultSchema;
      const name = ast.table.name;
      if (!sameName(c, ast.table)) return misread("the table name reads differently");
      const parts = partsByStart(c, tokensIn(c, ast.table._location)!.to, c.tokens.length);
      const actions = ast.changes.map((change) => change._location && parts.get(change._location.start));
      if (actions.some((a) => a === undefined) || actions.length !== parts.size) return misread("an action is not located in the source");
      for (const action of actions) alterTableAction(c.sub(action!.from, action!.to), state, schema, name, range);
      return OK;
    }
    case "create sequence": {
      // Without AS a sequence is bigint, and pg_dump leaves AS bigint out.
      const dataType = sliceOf(c, ast.options.as?._location);
      const sequence: CatalogState["data"]["sequences"][number] = { schema: ast.name.schema ?? c.defaultSchema, name: ast.name.name, dataType: dataType !== undefined ? canonicalType(dataType, c.defaultSchema) : "bigint", range };
      state.data.sequences.push(sequence);
      return OK;
    }
    case "alter sequence": {
      const schema = ast.name.schema ?? c.defaultSchema;
      const sequence = state.sequence(schema, ast.name.name);
      if (ast.change.type === "owner to") state.data.owners.push({ objectKind: "sequence", target: `${quoteIdent(schema)}.${quoteIdent(ast.name.name)}`, owner: ast.change.owner.name, range });
      else if (ast.change.type === "set options" && ast.change.ownedBy && ast.change.ownedBy !== "none" && sequence)
        sequence.ownedBy = { schema: ast.change.ownedBy.schema ?? c.defaultSchema, table: ast.change.ownedBy.table, column: ast.change.ownedBy.column };
      return OK;
    }
    case "select": {
      // SELECT pg_catalog.setval('seq', value, is_called): the only SELECT pg_dump writes that the catalog keeps.
      const expr = "columns" in ast ? ast.columns?.[0]?.expr : undefined;
      if (!expr || expr.type !== "call" || expr.function.name !== "setval") return misread("only setval is read from a SELECT's AST");
      const [nameArg, valueArg, calledArg] = expr.args;
      if (!nameArg || nameArg.type !== "string" || !valueArg) return misread("setval arguments are not literals");
      // The argument is a regclass literal: a name with identifier rules.
      const parsedName = new TokenCursor(nameArg.value).qualifiedName();
      if (!parsedName) return misread("setval names no sequence");
      const seqName = { schema: parsedName.schema ?? c.defaultSchema, name: parsedName.name };
      const sequence = state.sequence(seqName.schema, seqName.name);
      if (sequence) {
        const value = sliceOf(c, valueArg._location);
        if (value !== undefined) sequence.lastValue = value;
        sequence.isCalled = calledArg && calledArg.type === "boolean" ? calledArg.value : true;
      }
      return OK;
    }
    case "create index": {
      const schema = ast.table.schema ?? c.defaultSchema;
      state.data.indexes.push({ schema, name: ast.indexName?.name ?? `${ast.table.name}_idx`, table: ast.table.name, unique: ast.unique === true, definition: c.slice(0, c.tokens.length), range });
      return OK;
    }
    case "create view":
    case "create materialized view": {
      // The query's location can stop before its last parenthesis: take the source to the end of the query.
      const query = tokensIn(c, ast.query._location);
      if (!query) return misread("the view query is not located in the source");
      const definition = c.slice(query.from, viewQueryEnd(c, query.from));
      putView(state, { schema: ast.name.schema ?? c.defaultSchema, name: ast.name.name, materialized: ast.type === "create materialized view", definition, range });
      return OK;
    }
    case "create schema":
      state.data.schemas.push({ name: ast.name.name, range });
      return OK;
    case "create extension":
      state.data.extensions.push({ name: ast.extension.name, ...(ast.schema ? { schema: ast.schema.name } : {}), range });
      return OK;
    case "comment": {
      const on = ast.on;
      if (on.type === "column") return misread("column comments are read from tokens");
      const schema = on.name.schema;
      // pgsql-ast-parser 12 says "materializedview" where its own types (and the recognizers) say "materialized view".
      const objectKind = (on.type as string) === "materializedview" ? "materialized view" : on.type;
      state.data.comments.push({ objectKind, target: schema ? `${schema}.${on.name.name}` : on.name.name, text: ast.comment, range });
      if (on.type === "table") {
        const table = state.table(schema ?? c.defaultSchema, on.name.name);
        if (table) table.comment = ast.comment;
      }
      return OK;
    }
    case "create enum":
      putType(state, { schema: ast.name.schema ?? c.defaultSchema, name: ast.name.name, kind: "enum", values: ast.values.map((v) => v.value), range });
      return OK;
    case "create composite type": {
      // The attribute types are read from the tokens: the AST's type locations start after a type's first word.
      const open = c.tokens.findIndex((t, k) => k > 0 && t.type === "punct" && t.value === "(" && c.tokens[k - 1]?.type === "word" && c.tokens[k - 1]!.value === "as");
      if (open < 0) return misread("the attribute list is not located in the source");
      const attributes = readCompositeAttributes(c, { from: open + 1, to: c.closing(open) });
      if (attributes.map((a) => a.name).join("\0") !== ast.attributes.map((a) => a.name.name).join("\0")) return misread("the attributes read differently in the source");
      putType(state, { schema: ast.name.schema ?? c.defaultSchema, name: ast.name.name, kind: "composite", attributes, range });
      return OK;
    }
    case "create function": {
      const routine: CatalogState["data"]["routines"][number] = {
        schema: ast.name.schema ?? c.defaultSchema,
        name: ast.name.name,
        kind: "function",
        arguments: ast.arguments.map((a) => sliceOf(c, a._location) ?? "").join(", "),
        range,
      };
      // `RETURNS TABLE(...)`: the AST locates the keyword too; the catalog keeps what follows it, like every other routine.
      const returnsTokens = ast.returns && tokensIn(c, ast.returns._location);
      if (returnsTokens) {
        const from = c.tokens[returnsTokens.from]?.type === "word" && c.tokens[returnsTokens.from]!.value === "returns" ? returnsTokens.from + 1 : returnsTokens.from;
        const returns = c.slice(from, returnsTokens.to);
        if (returns) routine.returns = returns;
      }
      if (ast.language) routine.language = ast.language.name;
      // The AST trims the body; the catalog keeps it as written, from the AS string literal.
      const as = c.tokens.findIndex((t, k) => t.type === "word" && t.value === "as" && c.tokens[k + 1]?.type === "string");
      if (as >= 0) routine.body = c.tokens[as + 1]!.value;
      state.data.routines.push(routine);
      return OK;
    }
    case "set":
      if (ast.variable.name.toLowerCase() === "client_encoding" && ast.set.type === "value") state.data.header.encoding = String(ast.set.value);
      return OK;
    case "refresh materialized view":
    case "set timezone":
    case "set names":
      return OK;
    default:
      return misread(`the parser's ${ast.type} statement carries nothing the catalog reads`);
  }
}
