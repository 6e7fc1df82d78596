import { parseJsonBytes, readSmallFile, smallFileProblem } from "../input/small-file.js";
import { createHash } from "node:crypto";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { z } from "zod";
import { resolveTableName } from "../catalog/query.js";
import { appendAll } from "../core/append-all.js";

/**
 * The spec file of the `required-shape` rule: what a hand-off dump must contain.
 * JSON, validated by this zod schema (published as `schemas/spec.schema.json`), then resolved by
 * `loadSpec` (extends, name normalisation, cross-field checks) into a `ResolvedSpec`.
 *
 * Every object is strict: an unknown key is a spec error, never silently ignored. Cross-field
 * constraints JSON Schema cannot express well (type xor family, a hash form's length) are checked
 * by `loadSpec` and reported with their JSON path like schema errors.
 */

const description = z.string().optional().describe("Why this entry is required (documentation only).");

export const ExtraPolicy = z.enum(["allow", "warn", "error"]).describe("What to do with objects the spec does not list: allow silently, or report as warning/error.");
export type ExtraPolicy = z.infer<typeof ExtraPolicy>;

export const TYPE_FAMILIES = ["text-like", "integer-like", "numeric-like", "uuid", "timestamp-like", "json-like", "boolean"] as const;
const familyMessage = `expected a family: ${TYPE_FAMILIES.map((f) => `"${f}"`).join(", ")} or "enum:<type name>"`;
export const TypeFamily = z
  .union([z.enum(TYPE_FAMILIES), z.string().regex(/^enum:\S/, { error: familyMessage })], { error: familyMessage })
  .describe("A type family (see the type-compatibility table in src/rules/shape/type-compat.ts), or `enum:<name>` for a named enum type.");
export type TypeFamily = z.infer<typeof TypeFamily>;

export const IdRole = z.object({ kind: z.literal("id"), description }).strict().describe("Every value is non-null and unique among the rows seen.");
export const StatusRole = z
  .object({
    kind: z.literal("status"),
    description,
    minDistinct: z.number().int().min(1).optional().describe("At least this many distinct non-null values."),
    allowed: z.array(z.string()).min(1).optional().describe("Every non-null value is one of these (PostgreSQL text form)."),
    minRowsPerValue: z.record(z.string(), z.number().int().min(0)).optional().describe("Row minimum per status value, e.g. one row each in before/applied/rolled-back state."),
  })
  .strict();
export const HashRole = z
  .object({
    kind: z.literal("hash"),
    description,
    form: z.enum(["hex", "sha256-prefixed", "base64"]).describe('"hex": hex digits of `length`; "sha256-prefixed": `sha256:` + 64 hex digits; "base64": base64 of `bytes` bytes.'),
    length: z.number().int().min(1).optional().describe('Number of hex digits (form "hex").'),
    bytes: z.number().int().min(1).optional().describe('Decoded byte length (form "base64").'),
  })
  .strict()
  .describe("Every non-null value matches the declared hash form.");
const dateText = z.string().describe("ISO date or timestamp; without a zone it is UTC.");
export const TimestampRole = z
  .object({
    kind: z.literal("timestamp"),
    description,
    notBefore: dateText.optional().describe("Earliest plausible value (default 1970-01-01)."),
    notAfter: dateText.optional().describe("Latest plausible value (default 2100-01-01)."),
  })
  .strict()
  .describe("Every non-null value parses as a date/timestamp and falls in the plausible window.");
export const ColumnRole = z.discriminatedUnion("kind", [IdRole, StatusRole, HashRole, TimestampRole], {
  error: 'expected a role object with "kind": "id", "status", "hash" or "timestamp"',
});
export type ColumnRole = z.infer<typeof ColumnRole>;

export const ColumnSpec = z
  .object({
    name: z.string().min(1).describe("Column name as stored (unquoted, exact case)."),
    description,
    type: z.string().min(1).optional().describe("Exact canonical type as format_type() prints it, e.g. `character varying(64)`, `timestamp with time zone`."),
    family: TypeFamily.optional(),
    allowWidening: z.boolean().optional().describe("Accept a wider type than `type` (integer -> bigint, varchar(n) -> varchar(m>n)/text, ...)."),
    nullable: z.boolean().optional().describe("true: the column must accept NULL; false: it must be NOT NULL; absent: either."),
    hasDefault: z.boolean().optional().describe("true: the column must have a default (or be an identity column); false: it must not; absent: either."),
    role: ColumnRole.optional(),
    omit: z.boolean().optional().describe("In a spec that extends another: drop this inherited column requirement."),
  })
  .strict();
export type ColumnSpec = z.infer<typeof ColumnSpec>;

export const ForeignKeySpec = z
  .object({
    columns: z.array(z.string().min(1)).min(1),
    references: z
      .object({
        table: z.string().min(1).describe("Referenced table, `schema.table` or `table` (schema public)."),
        columns: z.array(z.string().min(1)).min(1).optional().describe("Referenced columns in order; absent: any."),
      })
      .strict(),
    description,
  })
  .strict();
export type ForeignKeySpec = z.infer<typeof ForeignKeySpec>;

export const TableSpec = z
  .object({
    name: z.string().min(1).describe("`schema.table` or `table` (schema public); SQL identifier rules: `\"Mixed\"` keeps case."),
    description,
    columns: z.array(ColumnSpec).optional(),
    primaryKey: z.array(z.string().min(1)).min(1).optional().describe("Primary key columns, in order."),
    uniqueKeys: z.array(z.array(z.string().min(1)).min(1)).optional().describe("Column sets that must carry a UNIQUE constraint or unique index (order free)."),
    foreignKeys: z.array(ForeignKeySpec).optional(),
    extraColumns: ExtraPolicy.optional().describe("Columns not listed here: overrides the spec-level `extraColumns`."),
    minRows: z.number().int().min(0).optional().describe("At least this many rows in the dump."),
    omit: z.boolean().optional().describe("In a spec that extends another: drop this inherited table requirement."),
  })
  .strict();
export type TableSpec = z.infer<typeof TableSpec>;

export const AnchorSpec = z
  .object({
    table: z.string().min(1),
    description,
    id: z.string().min(1).describe("Snapshot id column."),
    time: z.string().min(1).describe("Snapshot time column."),
    hash: z.string().min(1).describe("Content-hash column."),
    minRows: z.number().int().min(1).optional().describe("Rows with id, time and hash all non-null (default 1)."),
    omit: z.boolean().optional(),
  })
  .strict()
  .describe("A snapshot/rollback anchor: the table exists and holds rows whose id, time and content hash are all non-null.");
export type AnchorSpec = z.infer<typeof AnchorSpec>;

export const GroupCondition = z
  .union(
    [
      z.object({ tableMatches: z.string().min(1).describe("Glob (`*`, `?`) on table names; with a dot, on `schema.table`.") }).strict(),
      z.object({ tableExists: z.string().min(1) }).strict(),
      z.object({ tableHasRows: z.string().min(1) }).strict(),
    ],
    { error: 'expected exactly one of {"tableMatches": "<glob>"}, {"tableExists": "<table>"}, {"tableHasRows": "<table>"}' },
  )
  .describe("The group applies only when this holds in the dump's catalog.");
export type GroupCondition = z.infer<typeof GroupCondition>;

export const GroupSpec = z
  .object({
    name: z.string().min(1).describe("Group name (a spec that extends another overrides groups by name)."),
    description,
    when: GroupCondition,
    tables: z.array(TableSpec).optional(),
    anchors: z.array(AnchorSpec).optional(),
    omit: z.boolean().optional(),
  })
  .strict();
export type GroupSpec = z.infer<typeof GroupSpec>;

export const AttestationPlace = z.union(
  [
    z.literal("leading-comment").describe("A `--` comment before the first SQL statement."),
    z.literal("database-comment").describe("A `COMMENT ON DATABASE` text."),
    z.object({ table: z.string().min(1), column: z.string().min(1).optional() }).strict().describe("A value in a row of this table (any column unless given)."),
    z.object({ manifest: z.string().min(1) }).strict().describe("A sidecar file, path relative to the spec file."),
  ],
  { error: 'expected "leading-comment", "database-comment", {"table": "...", "column"?: "..."} or {"manifest": "<path>"}' },
);
export type AttestationPlace = z.infer<typeof AttestationPlace>;

export const AttestationSpec = z
  .object({
    text: z.string().min(1).describe("Text that must appear (compared case-insensitively, runs of whitespace as one space)."),
    description,
    in: z.array(AttestationPlace).min(1).describe("Places to look; the text must appear in at least one."),
  })
  .strict();
export type AttestationSpec = z.infer<typeof AttestationSpec>;

export const Spec = z
  .object({
    $schema: z.string().optional(),
    description,
    extends: z.string().min(1).optional().describe(
        "Path of a spec this one extends, relative to this file. This file's settings win: top-level settings and attestation replace the parent's; tables merge by qualified name and their columns by name (keys given replace, `type`/`family` as one), groups by name, anchors by table; `omit: true` drops an inherited entry. Cycles are an error.",
      ),
    extraTables: ExtraPolicy.optional().describe("Tables that no requirement lists (default allow)."),
    extraTablesAllowed: z.array(z.string().min(1)).optional().describe("Globs of tables never reported as extra."),
    extraColumns: ExtraPolicy.optional().describe("Default for columns a table entry does not list (default allow); applies to table entries that list columns."),
    tables: z.array(TableSpec).optional(),
    groups: z.array(GroupSpec).optional(),
    anchors: z.array(AnchorSpec).optional(),
    attestation: AttestationSpec.optional(),
  })
  .strict();
export type Spec = z.infer<typeof Spec>;

// ---------------------------------------------------------------------------------------------
// Resolved form

/** Where a spec entry came from: the file (absent for a spec given as an object) and JSON path. */
export interface SpecOrigin { file?: string; jsonPath: string }

export type ResolvedColumn = Omit<ColumnSpec, "omit"> & { origin: SpecOrigin };
export type ResolvedForeignKey = ForeignKeySpec & { references: { schema: string; table: string; columns?: string[] }; origin: SpecOrigin };
export interface ResolvedTable {
  schema: string;
  name: string;
  description?: string;
  columns: ResolvedColumn[];
  primaryKey?: { columns: string[]; origin: SpecOrigin };
  uniqueKeys: { columns: string[]; origin: SpecOrigin }[];
  foreignKeys: ResolvedForeignKey[];
  /** Explicit per-table policy; the rule falls back to the spec-level one. */
  extraColumns?: ExtraPolicy;
  minRows?: { count: number; origin: SpecOrigin };
  origin: SpecOrigin;
}
export type ResolvedAnchor = Omit<AnchorSpec, "omit" | "table"> & { schema: string; table: string; origin: SpecOrigin };
export interface ResolvedGroup { name: string; description?: string; when: GroupCondition; tables: ResolvedTable[]; anchors: ResolvedAnchor[]; origin: SpecOrigin }
export type ResolvedAttestationPlace = "leading-comment" | "database-comment" | { schema: string; table: string; column?: string } | { manifest: string; manifestText?: string; readError?: string };
export interface ResolvedAttestation { text: string; description?: string; in: ResolvedAttestationPlace[]; origin: SpecOrigin }

/** A spec after `extends` and name resolution: what the rule checks against. */
export interface ResolvedSpec {
  description?: string;
  extraTables: ExtraPolicy;
  extraTablesAllowed: string[];
  extraColumns: ExtraPolicy;
  tables: ResolvedTable[];
  groups: ResolvedGroup[];
  anchors: ResolvedAnchor[];
  attestation?: ResolvedAttestation;
  /** The spec files read, root first (named like the root: relative unless it was given absolute). */
  files: string[];
}

/** A spec is a few kilobytes; a manifest a signed page. Anything larger is not one and is not read (issue 10 item 5). */
const SPEC_SIZE_LIMIT = 4 * 1024 * 1024;
const MANIFEST_SIZE_LIMIT = 16 * 1024 * 1024;

export interface SpecError { file?: string; jsonPath: string; message: string }
export type LoadedSpec = { ok: true; spec: ResolvedSpec; path?: string; sha256: string } | { ok: false; errors: SpecError[] };

// ---------------------------------------------------------------------------------------------
// Loading

/** `$.tables[0].columns[2].type` from a path of keys and indexes. */
export function jsonPathOf(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** The keys the object schema at `path` (of a value `root`) allows, following arrays, optionals and unions. */
function allowedKeysAt(root: unknown, path: readonly PropertyKey[]): string[] {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] };
  const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
  let candidates: z.ZodType[] = [Spec];
  let value: unknown = root;
  const unwrap = (list: z.ZodType[]): z.ZodType[] =>
    list.flatMap((schema) => {
      const d = def(schema);
      if (d.type === "optional" && d.innerType) return unwrap([d.innerType]);
      if (d.type === "union" && d.options) return unwrap(d.options);
      return [schema];
    });
  for (const part of path) {
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[part] : undefined;
    candidates = unwrap(candidates).flatMap((schema) => {
      const d = def(schema);
      if (d.type === "object" && typeof part === "string" && d.shape?.[part]) return [d.shape[part]];
      if (d.type === "array" && typeof part === "number" && d.element) return [d.element];
      return [];
    });
  }
  const objects = unwrap(candidates).filter((schema) => def(schema).type === "object");
  // A union of objects (a role): the option whose discriminator literal the value carries, else all of them.
  const kind = value !== null && typeof value === "object" ? (value as Record<string, unknown>).kind : undefined;
  const chosen = objects.filter((schema) => {
    const k = def(schema).shape?.kind;
    return k === undefined || kind === undefined || (k as unknown as { _zod: { def: { values?: unknown[] } } })._zod.def.values?.includes(kind);
  });
  return [...new Set((chosen.length ? chosen : objects).flatMap((schema) => Object.keys(def(schema).shape ?? {})))];
}

/** Levenshtein distance, capped: for "did you mean" on short key names only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === "unrecognized_keys") {
    let allowed: string[] = [];
    try {
      allowed = allowedKeysAt(root, issue.path);
    } catch {
      // zod internals changed shape: fall back to the plain message.
    }
    const hints = issue.keys.map((key) => {
      const near = allowed.find((a) => editDistance(key, a) <= 2);
      return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
    });
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${hints.join(", ")}${allowed.length ? `; expected only ${allowed.map((a) => `"${a}"`).join(", ")}` : " (see schemas/spec.schema.json)"}`;
  }
  return issue.message;
}

/**
 * Parse a PostgreSQL date/timestamp text (`2024-03-01`, `2024-03-01 10:00:00`, `2024-03-01 10:00:00.123+01`,
 * `2024-03-01T10:00:00Z`) to epoch milliseconds; without a zone it is UTC. Undefined when it is not one
 * (including `infinity` and BC dates, which are never plausible snapshot times).
 */
export function parseTimestampText(text: string): number | undefined {
  const s = text.trim();
  const num = (from: number, len: number): number | undefined => {
    let v = 0;
    for (let i = from; i < from + len; i++) {
      const c = s.charCodeAt(i) - 48;
      if (!(c >= 0 && c <= 9)) return undefined;
      v = v * 10 + c;
    }
    return v;
  };
  if (s.length < 10 || s[4] !== "-" || s[7] !== "-") return undefined;
  const year = num(0, 4), month = num(5, 2), day = num(8, 2);
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > daysInMonth) return undefined;
  let ms = Date.UTC(year, month - 1, day);
  let i = 10;
  if (i === s.length) return ms;
  if (s[i] !== " " && s[i] !== "T") return undefined;
  i++;
  const hh = num(i, 2), mi = s[i + 2] === ":" ? num(i + 3, 2) : undefined;
  if (hh === undefined || mi === undefined || hh > 24 || mi > 59) return undefined;
  i += 5;
  let ss = 0;
  if (s[i] === ":") {
    const v = num(i + 1, 2);
    if (v === undefined || v > 60) return undefined;
    ss = v;
    i += 3;
    if (s[i] === ".") {
      let j = i + 1;
      let frac = "";
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) frac += s[j++];
      if (frac.length === 0) return undefined;
      ms += Math.floor(Number(`0.${frac}`) * 1000);
      i = j;
    }
  }
  ms += ((hh * 60 + mi) * 60 + ss) * 1000;
  if (i === s.length) return ms;
  if (s[i] === "Z" && i + 1 === s.length) return ms;
  if (s[i] !== "+" && s[i] !== "-") return undefined;
  const sign = s[i] === "+" ? 1 : -1;
  const oh = num(i + 1, 2);
  if (oh === undefined) return undefined;
  let j = i + 3;
  let om = 0;
  if (j < s.length) {
    if (s[j] === ":") j++;
    const v = num(j, 2);
    if (v === undefined) return undefined;
    om = v;
    j += 2;
    if (s[j] === ":") {
      const sec = num(j + 1, 2);
      if (sec === undefined) return undefined;
      j += 3;
    }
  }
  if (j !== s.length) return undefined;
  return ms - sign * (oh * 60 + om) * 60 * 1000;
}

/** `bytes`: what the file holds (or the object's JSON), hashed for the report. */
interface FileSpec { spec: Spec; file?: string; bytes: Uint8Array | string }

type Origin = (path: readonly PropertyKey[]) => SpecOrigin;

/** Checks JSON Schema does not carry; each error names its JSON path. */
function semanticErrors(spec: Spec, file: string | undefined): SpecError[] {
  const errors: SpecError[] = [];
  const err = (path: readonly PropertyKey[], message: string) => errors.push({ ...(file ? { file } : {}), jsonPath: jsonPathOf(path), message });
  const tableName = (value: string, path: readonly PropertyKey[]) => {
    if (!resolveTableName(value)) err(path, `expected a table name "table" or "schema.table" (SQL identifier rules), got ${JSON.stringify(value)}`);
  };
  const checkTables = (tables: TableSpec[] | undefined, base: PropertyKey[]) => {
    const seen = new Map<string, number>();
    tables?.forEach((t, ti) => {
      const at = [...base, ti];
      tableName(t.name, [...at, "name"]);
      const r = resolveTableName(t.name);
      if (r) {
        const k = `${r.schema}.${r.name}`;
        if (seen.has(k)) err([...at, "name"], `table ${k} is listed twice (first at ${jsonPathOf([...base, seen.get(k)!])})`);
        else seen.set(k, ti);
      }
      const cols = new Set<string>();
      t.columns?.forEach((c, ci) => {
        const cat = [...at, "columns", ci];
        if (cols.has(c.name)) err([...cat, "name"], `column ${c.name} is listed twice in table ${t.name}`);
        cols.add(c.name);
        if (c.type !== undefined && c.family !== undefined) err(cat, 'expected either "type" or "family", not both');
        if (c.allowWidening && c.type === undefined) err([...cat, "allowWidening"], 'allowWidening needs an exact "type" to widen from');
        const role = c.role;
        if (role?.kind === "hash") {
          if (role.form === "hex" && role.length === undefined) err([...cat, "role", "length"], 'expected "length" (number of hex digits) for form "hex"');
          if (role.form !== "hex" && role.length !== undefined) err([...cat, "role", "length"], '"length" applies to form "hex" only');
          if (role.form === "base64" && role.bytes === undefined) err([...cat, "role", "bytes"], 'expected "bytes" (decoded length) for form "base64"');
          if (role.form !== "base64" && role.bytes !== undefined) err([...cat, "role", "bytes"], '"bytes" applies to form "base64" only');
        }
        if (role?.kind === "status" && role.allowed && role.minRowsPerValue) {
          for (const value of Object.keys(role.minRowsPerValue))
            if (!role.allowed.includes(value)) err([...cat, "role", "minRowsPerValue", value], `expected one of the allowed values (${role.allowed.join(", ")}): a row minimum for a value that is not allowed can never be met`);
        }
        if (role?.kind === "timestamp") {
          const lo = role.notBefore !== undefined ? parseTimestampText(role.notBefore) : 0;
          const hi = role.notAfter !== undefined ? parseTimestampText(role.notAfter) : Date.UTC(2100, 0, 1);
          if (lo === undefined) err([...cat, "role", "notBefore"], "expected an ISO date or timestamp, e.g. 2020-01-01");
          if (hi === undefined) err([...cat, "role", "notAfter"], "expected an ISO date or timestamp, e.g. 2100-01-01");
          if (lo !== undefined && hi !== undefined && lo >= hi) err([...cat, "role"], "expected notBefore earlier than notAfter");
        }
      });
      t.foreignKeys?.forEach((fk, fi) => {
        tableName(fk.references.table, [...at, "foreignKeys", fi, "references", "table"]);
        if (fk.references.columns && fk.references.columns.length !== fk.columns.length)
          err([...at, "foreignKeys", fi, "references", "columns"], `expected ${fk.columns.length} referenced column(s), as many as "columns"`);
      });
    });
  };
  const checkAnchors = (anchors: AnchorSpec[] | undefined, base: PropertyKey[]) => anchors?.forEach((a, i) => tableName(a.table, [...base, i, "table"]));
  checkTables(spec.tables, ["tables"]);
  checkAnchors(spec.anchors, ["anchors"]);
  const groupNames = new Set<string>();
  spec.groups?.forEach((g, gi) => {
    if (groupNames.has(g.name)) err(["groups", gi, "name"], `group "${g.name}" is listed twice`);
    groupNames.add(g.name);
    checkTables(g.tables, ["groups", gi, "tables"]);
    checkAnchors(g.anchors, ["groups", gi, "anchors"]);
    if ("tableExists" in g.when) tableName(g.when.tableExists, ["groups", gi, "when", "tableExists"]);
    if ("tableHasRows" in g.when) tableName(g.when.tableHasRows, ["groups", gi, "when", "tableHasRows"]);
  });
  spec.attestation?.in.forEach((p, i) => {
    if (typeof p === "object" && "table" in p) tableName(p.table, ["attestation", "in", i, "table"]);
  });
  return errors;
}

function resolveName(name: string): { schema: string; name: string } {
  // Names were validated by semanticErrors before resolution.
  return resolveTableName(name) ?? { schema: "public", name };
}

/**
 * Apply one file's spec on top of the resolved parent. The merge:
 * - `description`, `extraTables`, `extraTablesAllowed`, `extraColumns`, `attestation`: the child's value replaces the parent's.
 * - `tables` (and a group's tables): matched by qualified name. `omit: true` drops the inherited table. Otherwise each
 *   key the child gives replaces the parent's (`primaryKey`, `uniqueKeys`, `foreignKeys`, `minRows`, `extraColumns`,
 *   `description`); `columns` merge by name: `omit: true` drops the inherited column, otherwise the child's keys
 *   replace the parent's (`type` and `family` count as one setting), new columns are appended.
 * - `groups`: matched by name; `omit` drops; `when` replaces; tables merge as above; anchors merge by table.
 * - `anchors`: matched by table; `omit` drops; otherwise the child's entry replaces the parent's.
 */
function tableRef(name: string): { schema: string; table: string } {
  const r = resolveName(name);
  return { schema: r.schema, table: r.name };
}

function mergeSpec(parent: ResolvedSpec, child: Spec, origin: Origin, file: string | undefined, baseDir: string): ResolvedSpec {
  const out: ResolvedSpec = { ...parent, tables: parent.tables, groups: parent.groups, anchors: parent.anchors };
  if (child.description !== undefined) out.description = child.description;
  if (child.extraTables !== undefined) out.extraTables = child.extraTables;
  if (child.extraTablesAllowed !== undefined) out.extraTablesAllowed = child.extraTablesAllowed;
  if (child.extraColumns !== undefined) out.extraColumns = child.extraColumns;
  out.tables = mergeTables(parent.tables, child.tables, ["tables"], origin);
  out.anchors = mergeAnchors(parent.anchors, child.anchors, ["anchors"], origin);
  if (child.groups) {
    const groups = [...parent.groups];
    child.groups.forEach((g, gi) => {
      const at = ["groups", gi];
      const index = groups.findIndex((p) => p.name === g.name);
      if (g.omit) {
        if (index >= 0) groups.splice(index, 1);
        return;
      }
      const base: ResolvedGroup = index >= 0 ? groups[index]! : { name: g.name, when: g.when, tables: [], anchors: [], origin: origin(at) };
      const merged: ResolvedGroup = {
        ...base,
        ...(g.description !== undefined ? { description: g.description } : {}),
        when: g.when,
        tables: mergeTables(base.tables, g.tables, [...at, "tables"], origin),
        anchors: mergeAnchors(base.anchors, g.anchors, [...at, "anchors"], origin),
        origin: origin(at),
      };
      if (index >= 0) groups[index] = merged;
      else groups.push(merged);
    });
    out.groups = groups;
  }
  if (child.attestation) {
    const a = child.attestation;
    out.attestation = {
      text: a.text,
      ...(a.description !== undefined ? { description: a.description } : {}),
      in: a.in.map((p): ResolvedAttestationPlace => {
        if (typeof p === "string") return p;
        if ("table" in p) return { ...tableRef(p.table), ...(p.column !== undefined ? { column: p.column } : {}) };
        const manifest = resolve(baseDir, p.manifest);
        const read = readSmallFile(manifest, MANIFEST_SIZE_LIMIT);
        return read.ok ? { manifest, manifestText: new TextDecoder().decode(read.bytes) } : { manifest, readError: read.reason };
      }),
      origin: origin(["attestation"]),
    };
  }
  void file;
  return out;
}

function mergeTables(parent: ResolvedTable[], child: TableSpec[] | undefined, base: PropertyKey[], origin: Origin): ResolvedTable[] {
  if (!child) return parent;
  const tables = [...parent];
  child.forEach((t, ti) => {
    const at = [...base, ti];
    const name = resolveName(t.name);
    const index = tables.findIndex((p) => p.schema === name.schema && p.name === name.name);
    if (t.omit) {
      if (index >= 0) tables.splice(index, 1);
      return;
    }
    const prev: ResolvedTable = index >= 0 ? tables[index]! : { ...name, columns: [], uniqueKeys: [], foreignKeys: [], origin: origin(at) };
    const merged: ResolvedTable = { ...prev, origin: origin(at) };
    if (t.description !== undefined) merged.description = t.description;
    if (t.extraColumns !== undefined) merged.extraColumns = t.extraColumns;
    if (t.primaryKey) merged.primaryKey = { columns: t.primaryKey, origin: origin([...at, "primaryKey"]) };
    if (t.uniqueKeys) merged.uniqueKeys = t.uniqueKeys.map((columns, i) => ({ columns, origin: origin([...at, "uniqueKeys", i]) }));
    if (t.foreignKeys)
      merged.foreignKeys = t.foreignKeys.map((fk, i) => ({
        ...fk,
        references: { ...tableRef(fk.references.table), ...(fk.references.columns ? { columns: fk.references.columns } : {}) },
        origin: origin([...at, "foreignKeys", i]),
      }));
    if (t.minRows !== undefined) merged.minRows = { count: t.minRows, origin: origin([...at, "minRows"]) };
    if (t.columns) {
      const columns = [...prev.columns];
      t.columns.forEach((c, ci) => {
        const ci0 = columns.findIndex((p) => p.name === c.name);
        const { omit, ...rest } = c;
        if (omit) {
          if (ci0 >= 0) columns.splice(ci0, 1);
          return;
        }
        let col: ResolvedColumn = { ...rest, origin: origin([...at, "columns", ci]) };
        if (ci0 >= 0) {
          const inherited: ResolvedColumn = { ...columns[ci0]! };
          if (c.type !== undefined || c.family !== undefined) {
            delete inherited.type;
            delete inherited.family;
          }
          col = { ...inherited, ...rest, origin: origin([...at, "columns", ci]) };
          columns[ci0] = col;
        } else columns.push(col);
      });
      merged.columns = columns;
    }
    if (index >= 0) tables[index] = merged;
    else tables.push(merged);
  });
  return tables;
}

function mergeAnchors(parent: ResolvedAnchor[], child: AnchorSpec[] | undefined, base: PropertyKey[], origin: Origin): ResolvedAnchor[] {
  if (!child) return parent;
  const anchors = [...parent];
  child.forEach((a, i) => {
    const name = resolveName(a.table);
    const index = anchors.findIndex((p) => p.schema === name.schema && p.table === name.name);
    if (a.omit) {
      if (index >= 0) anchors.splice(index, 1);
      return;
    }
    const { omit: _omit, table: _table, ...rest } = a;
    const resolved: ResolvedAnchor = { ...rest, schema: name.schema, table: name.name, origin: origin([...base, i]) };
    if (index >= 0) anchors[index] = resolved;
    else anchors.push(resolved);
  });
  return anchors;
}

const EMPTY: ResolvedSpec = { extraTables: "allow", extraTablesAllowed: [], extraColumns: "allow", tables: [], groups: [], anchors: [], files: [] };

/**
 * Load and validate a spec from a path or an object, resolving `extends` (a path relative to the
 * extending file, or to the working directory for a spec object). Never throws: an unreadable file,
 * invalid JSON, a schema violation, a cross-field error or an `extends` cycle is a list of errors,
 * each with the file and the JSON path. `sha256` is the root file's sha256 (of the object's JSON for an
 * object); with `extends`, of the root bytes followed by NUL and each parent's bytes.
 */
export function loadSpec(source: string | unknown): LoadedSpec {
  const chain: FileSpec[] = [];
  const errors: SpecError[] = [];
  const seen: string[] = [];
  let current: { raw: unknown; file?: string; bytes: Uint8Array | string } | undefined;
  // Files are named as the caller named the root: relative to the working directory unless given absolute,
  // so reports do not depend on where the checkout lives.
  const display = (abs: string): string => (typeof source === "string" && !isAbsolute(source) ? relative(process.cwd(), abs) || abs : abs);
  const read = (abs: string): { raw: unknown; file: string; bytes: Uint8Array } | undefined => {
    const file = display(abs);
    const read = readSmallFile(abs, SPEC_SIZE_LIMIT);
    if (!read.ok) {
      errors.push({ file, jsonPath: "$", message: smallFileProblem("spec file", read) });
      return undefined;
    }
    const parsed = parseJsonBytes(read.bytes);
    if (!parsed.ok) {
      errors.push({ file, jsonPath: "$", message: parsed.reason });
      return undefined;
    }
    return { raw: parsed.value, file, bytes: read.bytes };
  };
  if (typeof source === "string") current = read(resolve(source));
  else {
    let text: string;
    try {
      text = JSON.stringify(source) ?? "undefined";
    } catch {
      text = "undefined";
    }
    current = { raw: source, bytes: text };
  }
  while (current) {
    const parsed = Spec.safeParse(current.raw);
    if (!parsed.success) {
      const file = current.file;
      for (const issue of parsed.error.issues) errors.push({ ...(file ? { file } : {}), jsonPath: jsonPathOf(issue.path), message: issueMessage(issue, current.raw) });
      break;
    }
    const semantic = semanticErrors(parsed.data, current.file);
    if (semantic.length) {
      appendAll(errors, semantic);
      break;
    }
    chain.push({ spec: parsed.data, bytes: current.bytes, ...(current.file ? { file: current.file } : {}) });
    if (current.file) seen.push(current.file);
    const ext = parsed.data.extends;
    if (ext === undefined) break;
    const next = display(resolve(current.file ? dirname(current.file) : process.cwd(), ext));
    if (seen.includes(next)) {
      errors.push({ ...(current.file ? { file: current.file } : {}), jsonPath: "$.extends", message: `extends cycle: ${[...seen, next].join(" -> ")}` });
      break;
    }
    current = read(resolve(next));
  }
  if (errors.length) return { ok: false, errors };

  let spec: ResolvedSpec = EMPTY;
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i]!;
    const origin: Origin = (path) => ({ ...(link.file ? { file: link.file } : {}), jsonPath: jsonPathOf(path) });
    spec = mergeSpec(spec, link.spec, origin, link.file, link.file ? dirname(link.file) : process.cwd());
  }
  spec = { ...spec, files: chain.flatMap((l) => (l.file ? [l.file] : [])) };
  const hash = createHash("sha256");
  chain.forEach((l, i) => {
    if (i > 0) hash.update("\0");
    hash.update(l.bytes);
  });
  const path = typeof source === "string" ? source : undefined;
  return { ok: true, spec, ...(path !== undefined ? { path } : {}), sha256: hash.digest("hex") };
}
