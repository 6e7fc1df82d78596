import { z } from "zod";
import { Range } from "../report/location.js";
import { DumpHeader } from "../report/schema.js";

/**
 * The catalog's data model. zod schemas so `dumpguard catalog` output has a
 * published shape; the query API in `catalog.ts` wraps a frozen `CatalogData`.
 * Names are stored as PostgreSQL stores them (unquoted identifiers folded to lower case).
 */

export const QualifiedName = z.object({ schema: z.string(), name: z.string() });
export type QualifiedName = z.infer<typeof QualifiedName>;

export const Column = z.object({
  name: z.string(),
  /** Canonical type, as `format_type()` prints it: `character varying(255)`, `timestamp with time zone`, `integer[]`, `public.status_enum`. */
  type: z.string(),
  nullable: z.boolean(),
  /** Default expression text as pg_dump wrote it (e.g. `nextval('public.t_id_seq'::regclass)`). */
  default: z.string().optional(),
  identity: z.enum(["always", "by default"]).optional(),
  /** Expression of a `GENERATED ALWAYS AS (...)` column. */
  generated: z.string().optional(),
  /** How a generated column is kept: `STORED`, or `VIRTUAL` (PostgreSQL 18's default, computed when read). */
  generatedStorage: z.enum(["stored", "virtual"]).optional(),
  collation: z.string().optional(),
  /** `COMMENT ON COLUMN` text. */
  comment: z.string().optional(),
  range: Range.optional(),
});
export type Column = z.infer<typeof Column>;

export const ConstraintKind = z.enum(["primary key", "unique", "foreign key", "check", "exclusion", "not null"]);
export const Constraint = z.object({
  name: z.string(),
  kind: ConstraintKind,
  columns: z.array(z.string()),
  references: z.object({ schema: z.string(), table: z.string(), columns: z.array(z.string()) }).optional(),
  /** Constraint definition text, e.g. `PRIMARY KEY (id)` or `CHECK ((amount > 0))`. */
  definition: z.string(),
  /** False for `NOT ENFORCED` (PostgreSQL 18 foreign keys and checks). */
  enforced: z.boolean().optional(),
  range: Range.optional(),
});
export type Constraint = z.infer<typeof Constraint>;

export const Table = z.object({
  schema: z.string(),
  name: z.string(),
  kind: z.enum(["table", "partitioned table", "foreign table"]),
  unlogged: z.boolean(),
  partitionOf: QualifiedName.optional(),
  partitionBound: z.string().optional(),
  partitionKey: z.string().optional(),
  inherits: z.array(QualifiedName),
  columns: z.array(Column),
  constraints: z.array(Constraint),
  /** Rows seen in COPY blocks and INSERT statements for this table. */
  rowCount: z.number().int().nonnegative(),
  rowsFromCopy: z.number().int().nonnegative(),
  rowsFromInsert: z.number().int().nonnegative(),
  owner: z.string().optional(),
  comment: z.string().optional(),
  /** Foreign tables: server and options. */
  server: z.string().optional(),
  options: z.record(z.string(), z.string()).optional(),
  range: Range.optional(),
  /** Range of the first COPY statement or INSERT carrying this table's rows. */
  dataRange: Range.optional(),
  /** False when the dump holds rows for this table but no CREATE (a data-only dump): columns are then unknown. */
  declared: z.boolean().optional(),
  /** pg_dumpall / pg_dump --create: the database (`\connect` target) the table was created in. */
  database: z.string().optional(),
  /** `ALTER TABLE ... ENABLE ROW LEVEL SECURITY` (pg_class.relrowsecurity). */
  rowSecurity: z.boolean().optional(),
  /** `ALTER TABLE ... FORCE ROW LEVEL SECURITY` (pg_class.relforcerowsecurity). */
  forceRowSecurity: z.boolean().optional(),
});
export type Table = z.infer<typeof Table>;

export const Index = z.object({
  schema: z.string(),
  name: z.string(),
  table: z.string(),
  unique: z.boolean(),
  definition: z.string(),
  /** `ALTER INDEX parent ATTACH PARTITION this`: the partitioned index this one is a partition of. */
  partitionOf: QualifiedName.optional(),
  range: Range.optional(),
});
export const Sequence = z.object({
  schema: z.string(),
  name: z.string(),
  dataType: z.string().optional(),
  ownedBy: z.object({ schema: z.string(), table: z.string(), column: z.string() }).optional(),
  /** Value from `SELECT pg_catalog.setval(...)`. */
  lastValue: z.string().optional(),
  isCalled: z.boolean().optional(),
  range: Range.optional(),
});
export const View = z.object({ schema: z.string(), name: z.string(), materialized: z.boolean(), definition: z.string(), range: Range.optional() });
export const Routine = z.object({
  schema: z.string(),
  name: z.string(),
  kind: z.enum(["function", "procedure", "aggregate"]),
  arguments: z.string(),
  returns: z.string().optional(),
  language: z.string().optional(),
  body: z.string().optional(),
  range: Range.optional(),
});
export const Trigger = z.object({ schema: z.string(), table: z.string(), name: z.string(), definition: z.string(), range: Range.optional() });
export const Policy = z.object({ schema: z.string(), table: z.string(), name: z.string(), definition: z.string(), range: Range.optional() });
export const TypeDef = z.object({
  schema: z.string(),
  name: z.string(),
  kind: z.enum(["enum", "composite", "range", "domain", "base", "shell"]),
  values: z.array(z.string()).optional(),
  attributes: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
  baseType: z.string().optional(),
  definition: z.string().optional(),
  range: Range.optional(),
});
export const Extension = z.object({ name: z.string(), schema: z.string().optional(), range: Range.optional() });
export const CommentOn = z.object({ objectKind: z.string(), target: z.string(), text: z.string(), range: Range.optional() });
export const Grant = z.object({ statement: z.string(), range: Range.optional() });
export const Ownership = z.object({ objectKind: z.string(), target: z.string(), owner: z.string(), range: Range.optional() });
export const ForeignServer = z.object({ name: z.string(), wrapper: z.string(), options: z.record(z.string(), z.string()), range: Range.optional() });
/** Option values may hold a password: the JSON printer masks `password`. */
export const UserMapping = z.object({ server: z.string(), user: z.string(), options: z.record(z.string(), z.string()), range: Range.optional() });
export const Publication = z.object({ name: z.string(), definition: z.string(), range: Range.optional() });
export const Subscription = z.object({ name: z.string(), connection: z.string(), publications: z.array(z.string()), range: Range.optional() });
export const Role = z.object({
  name: z.string(),
  attributes: z.array(z.string()),
  /** Kept for the secrets rule only; never printed (the JSON printer masks it). */
  password: z.string().optional(),
  range: Range.optional(),
});
/** Object kinds pg_dump writes that have no list of their own (docs: SQL Commands, CREATE ...). */
export const ObjectKind = z.enum([
  "rule", "operator", "operator class", "operator family", "cast", "collation", "conversion",
  "text search configuration", "text search dictionary", "text search parser", "text search template",
  "statistics", "event trigger", "access method", "language", "transform", "foreign data wrapper", "database", "tablespace",
]);
/**
 * Any other object pg_dump writes: its kind, name, owner and definition (the CREATE statement as
 * written, then each later ALTER that changes it, such as `ALTER TEXT SEARCH CONFIGURATION ... ADD
 * MAPPING` or `ALTER OPERATOR FAMILY ... ADD`, after `; `).
 */
export const CatalogObject = z.object({
  kind: ObjectKind,
  /** Absent for objects outside schemas (event triggers, access methods, languages, casts, ...). */
  schema: z.string().optional(),
  /** The name as stored; a cast is `source AS target`, a transform `FOR type LANGUAGE lang`. */
  name: z.string(),
  /** The table of a rule or of extended statistics; the index access method of an operator class or family. */
  on: z.string().optional(),
  owner: z.string().optional(),
  comment: z.string().optional(),
  definition: z.string(),
  range: Range.optional(),
});
export type CatalogObject = z.infer<typeof CatalogObject>;
/** A large object: `lo_create`, its owner, and the bytes `lowrite` gives it (which reach the rules as rows of `pg_catalog.pg_largeobject`). */
export const LargeObject = z.object({
  oid: z.string(),
  owner: z.string().optional(),
  comment: z.string().optional(),
  /** Bytes written by `lowrite` calls in the dump. */
  bytes: z.number().int().nonnegative(),
  range: Range.optional(),
  /** The first `lowrite` of this object. */
  dataRange: Range.optional(),
});
/** `SECURITY LABEL [FOR provider] ON kind target IS 'label'`. */
export const SecurityLabel = z.object({ provider: z.string().optional(), objectKind: z.string(), target: z.string(), label: z.string().nullable(), range: Range.optional() });
export const ConnectTarget = z.object({ database: z.string(), text: z.string(), range: Range });
export const Schema = z.object({ name: z.string(), owner: z.string().optional(), range: Range.optional() });

export const CatalogData = z.object({
  header: DumpHeader,
  schemas: z.array(Schema),
  tables: z.array(Table),
  indexes: z.array(Index),
  sequences: z.array(Sequence),
  views: z.array(View),
  routines: z.array(Routine),
  triggers: z.array(Trigger),
  policies: z.array(Policy),
  types: z.array(TypeDef),
  extensions: z.array(Extension),
  comments: z.array(CommentOn),
  grants: z.array(Grant),
  owners: z.array(Ownership),
  servers: z.array(ForeignServer),
  userMappings: z.array(UserMapping),
  publications: z.array(Publication),
  subscriptions: z.array(Subscription),
  roles: z.array(Role),
  connects: z.array(ConnectTarget),
  objects: z.array(CatalogObject),
  largeObjects: z.array(LargeObject),
  securityLabels: z.array(SecurityLabel),
});
export type CatalogData = z.infer<typeof CatalogData>;
