import { z } from "zod";
import { Range } from "./location.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/**
 * For a custom, directory or tar archive: the TOC entry a position comes from and the line/column
 * within that part of it. `range` is then a range in the script `pg_restore -f` would write.
 */
export const ArchiveEntryLocation = z.object({
  /** The entry's dump id (the first number of a `pg_restore --list` line); absent for script text of pg_restore's own. */
  dumpId: z.number().int().positive().optional(),
  /** The entry's type, e.g. "TABLE", "TABLE DATA", "FUNCTION". */
  desc: z.string().optional(),
  tag: z.string().optional(),
  namespace: z.string().optional(),
  /** Which part of the entry: its header comment, definition, ALTER ... OWNER, COPY statement or data; preamble/trailer for pg_restore's own lines. */
  part: z.enum(["preamble", "header", "definition", "owner", "copy", "data", "trailer"]),
  /** 1-based line and column (UTF-16 code units) within that part. */
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type ArchiveEntryLocation = z.infer<typeof ArchiveEntryLocation>;

/** Where a finding points: a range in the dump, or an entry of the spec file when the
 * thing the spec requires is missing from the dump entirely. */
export const FindingLocation = z.union([
  z.object({ kind: z.literal("dump"), file: z.string().optional(), range: Range, archive: ArchiveEntryLocation.optional() }),
  z.object({ kind: z.literal("spec"), specFile: z.string(), jsonPath: z.string() }),
  z.object({ kind: z.literal("input"), file: z.string().optional() }),
]);
export type FindingLocation = z.infer<typeof FindingLocation>;

/** The database object a finding concerns, as far as it is known. */
export const ObjectRef = z.object({
  /** e.g. "table", "column", "server", "user mapping", "role", "function", "comment", "row". */
  kind: z.string().optional(),
  schema: z.string().optional(),
  table: z.string().optional(),
  column: z.string().optional(),
  /** 0-based index of the row within its table's data, when the finding is about one row. */
  row: z.number().int().nonnegative().optional(),
  /** Key path inside a json/jsonb value, e.g. "$.auth.token". */
  jsonPath: z.string().optional(),
  /** Other object names (server, role, function, constraint, ...). */
  name: z.string().optional(),
});
export type ObjectRef = z.infer<typeof ObjectRef>;

/** Evidence never holds the value itself: a masked form plus a fingerprint. */
export const Evidence = z.object({
  /** Which detector or check produced it. */
  detector: z.string(),
  /** Masked rendering, e.g. "AKIA…(20)" or "j***@gm***.com". */
  masked: z.string(),
  /** Length of the original value in characters. */
  length: z.number().int().nonnegative(),
  /**
   * Value fingerprint, 16 hex digits, stable for baselines: HMAC-SHA256 under the project's fingerprint
   * key when one is set; without a key, sha256(detector + NUL + value) only for random values (tokens,
   * keys, salted hashes) and absent for guessable ones (personal data, hosts, passwords).
   */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const RelatedLocation = z.object({
  message: z.string(),
  range: Range,
  archive: ArchiveEntryLocation.optional(),
  row: z.number().int().nonnegative().optional(),
});
export type RelatedLocation = z.infer<typeof RelatedLocation>;

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  /** What to do about it. */
  help: z.string().optional(),
  location: FindingLocation,
  object: ObjectRef.optional(),
  evidence: z.array(Evidence).optional(),
  /** How many occurrences this (aggregated) finding stands for. */
  count: z.number().int().positive().optional(),
  /** Up to a few further places (e.g. the first 3 offending rows). */
  related: z.array(RelatedLocation).optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
  /** Stable identity of the finding, used by baselines, 16 hex: HMAC-SHA256 of rule, object and evidence under the fingerprint key;
   * without a key, sha256 of what the report shows of them (masked object and evidence, random values' fingerprints). */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
});
export type Finding = z.infer<typeof Finding>;

/** Facts about the input that are not findings about the dump (a statement that needed a recognizer, a rule note). */
export const Diagnostic = z.object({
  code: z.string(),
  severity: z.enum(["info", "warning"]),
  message: z.string(),
  range: Range.optional(),
  archive: ArchiveEntryLocation.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const DumpHeader = z.object({
  /** "Dumped from database version ..." */
  serverVersion: z.string().optional(),
  /** "Dumped by pg_dump version ..." (or pg_dumpall) */
  pgDumpVersion: z.string().optional(),
  /** `SET client_encoding = '...'` */
  encoding: z.string().optional(),
  /** "pg_dump" or "pg_dumpall", from the header comment. */
  producer: z.enum(["pg_dump", "pg_dumpall"]).optional(),
});
export type DumpHeader = z.infer<typeof DumpHeader>;

export const InputFormat = z.enum(["plain", "gzip+plain", "custom", "tar", "directory", "gzip+other", "empty", "unreadable", "unknown"]);
export type InputFormat = z.infer<typeof InputFormat>;

export const InputProvenance = z.object({
  /** File path as given (or the name passed as the `file` option); absent for unnamed streams and strings. */
  path: z.string().optional(),
  /** sha256 of the bytes read, as they were read (compressed when the input is gzip). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Number of bytes read (compressed size for gzip). */
  bytes: z.number().int().nonnegative(),
  /** Number of bytes after decompression. */
  decodedBytes: z.number().int().nonnegative(),
  /**
   * false when reading stopped before the end of the input: a stream of unknown length (stdin, a
   * FIFO, /dev/zero) found not to be a dump is not read forever. `sha256` and `bytes` then cover
   * the bytes read. Absent when the whole input was read.
   */
  readToEnd: z.literal(false).optional(),
  format: InputFormat,
  header: DumpHeader,
  /** Custom, directory and tar archives: the archive header as read. */
  archive: z
    .object({
      /** Archive version, e.g. "1.14-0" (pg_dump 12-15). */
      version: z.string(),
      format: z.enum(["custom", "directory", "tar"]),
      compression: z.enum(["none", "gzip", "lz4", "zstd"]),
      /** The zlib level stored before archive version 1.15 (-1 = default). */
      compressionLevel: z.number().int().optional(),
      intSize: z.number().int().positive(),
      offSize: z.number().int().positive(),
      tocEntries: z.number().int().nonnegative(),
      dbname: z.string().optional(),
    })
    .optional(),
});
export type InputProvenance = z.infer<typeof InputProvenance>;

/** Per-column answer of the PII rule: does this column hold real-looking personal data? */
export const ColumnVerdict = z.object({
  schema: z.string(),
  table: z.string(),
  column: z.string(),
  rowsScanned: z.number().int().nonnegative(),
  nonNull: z.number().int().nonnegative(),
  /** Matching values per detector id. */
  matches: z.record(z.string(), z.number().int().nonnegative()),
  ratio: z.number().min(0).max(1),
  distinctEstimate: z.number().int().nonnegative(),
  synthetic: z.number().int().nonnegative(),
  realLooking: z.number().int().nonnegative(),
  /** Column-name evidence, e.g. "email" from `customer_email`. */
  nameCategory: z.string().optional(),
  verdict: z.enum(["real", "synthetic", "none"]),
  sampled: z.boolean(),
});
export type ColumnVerdict = z.infer<typeof ColumnVerdict>;

export const Summary = z.object({
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
  suppressed: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  tables: z.number().int().nonnegative(),
});
export type Summary = z.infer<typeof Summary>;

export const Suppression = z.object({
  /** The baseline entry that matched (a fingerprint, a table.column glob, or a detector id). */
  entry: z.string(),
  count: z.number().int().positive(),
});

export const Report = z.object({
  tool: z.object({ name: z.literal("dumpguard"), version: z.string() }),
  input: InputProvenance,
  /** The dumpguard.config.json that applied, when one did. */
  config: z.object({ file: z.string() }).optional(),
  /** Rules that ran, with their effective severity override if any. */
  rules: z.array(z.object({ id: z.string(), description: z.string(), severity: z.union([Severity, z.literal("default")]) })),
  /** The spec the required-shape rule checked against; `errors` when the spec itself is broken (not a finding about the dump). */
  spec: z
    .object({
      path: z.string().optional(),
      sha256: z.string().optional(),
      errors: z.array(z.object({ file: z.string().optional(), jsonPath: z.string(), message: z.string() })).optional(),
    })
    .optional(),
  summary: Summary,
  findings: z.array(Finding),
  diagnostics: z.array(Diagnostic),
  suppressions: z.array(Suppression),
  /** Per-column PII verdicts (unsanitized-pii rule), sorted by schema, table, column. */
  columns: z.array(ColumnVerdict).optional(),
  /** Sampling stated when used, per table. */
  sampling: z.array(z.object({ schema: z.string(), table: z.string(), rowsSeen: z.number().int(), rowsSampled: z.number().int() })).optional(),
  /** Wall-clock figures in milliseconds; omitted with `timings: false` so output stays byte-identical. */
  timings: z.record(z.string(), z.number().nonnegative()).optional(),
});
export type Report = z.infer<typeof Report>;
