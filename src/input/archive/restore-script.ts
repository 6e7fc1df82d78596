import { createHash } from "node:crypto";
import { ArchiveFormatError } from "./byte-reader.js";
import { readable, type ArchiveHeader, type TocEntry } from "./toc.js";

/**
 * The SQL script `pg_restore -f out.sql ARCHIVE` writes (PostgreSQL 15's RestoreArchive,
 * restore_toc_entry, _printTocEntry, _doSetFixedOutputState and the large-object calls in
 * src/bin/pg_dump/pg_backup_archiver.c), with default options: serial, ALTER ... OWNER TO (no
 * SET SESSION AUTHORIZATION), no --create, every entry selected. The bytes go out as pg_restore
 * writes them, so the plain-dump pipeline (UTF-8 check, lexer, catalog, rules) runs unchanged on
 * them; every stretch of the script is recorded as a segment naming the TOC entry and the part
 * of it (header comment, definition, owner, COPY statement, data) it comes from.
 */

export type ScriptPart = "preamble" | "header" | "definition" | "owner" | "copy" | "data" | "trailer";

export interface ScriptSegment {
  /** Byte offset of the segment's first byte in the script. */
  offset: number;
  /** 1-based script line where it starts (every segment starts at a line start). */
  line: number;
  /** Index into the TOC, or -1 for text pg_restore writes of its own (preamble, trailer). */
  entry: number;
  part: ScriptPart;
}

/** One large object of a BLOBS entry: its OID and its (decompressed) bytes. */
export interface LargeObject {
  oid: string;
  data: AsyncIterable<Uint8Array>;
}

/** Where a format keeps entry data: the custom format's blocks, the directory's files, the tar's members. */
export interface DataSource {
  /** The decompressed data of a TABLE DATA-like entry, or undefined when the archive holds none for it.
   * `note` records a problem that does not stop reading (a data offset the TOC states wrongly). */
  data(entry: TocEntry, note: (problem: DataNote) => void): AsyncIterable<Uint8Array> | undefined;
  /** The large objects of a BLOBS entry. */
  largeObjects(entry: TocEntry, note: (problem: DataNote) => void): AsyncIterable<LargeObject>;
}

export interface DataNote {
  code: "archive-data-offset";
  message: string;
  archiveOffset: number;
  file?: string;
}

/** A problem found while writing the script: reading goes on with the next entry when the format allows. */
export interface ScriptProblem {
  code: "archive-corrupt" | "archive-unsupported" | "archive-data-offset";
  message: string;
  /** Byte offset in the archive file (or in `file`, a directory's data file / a tar member). */
  archiveOffset: number;
  file?: string;
  entry?: number;
  /** Script position when it was found. */
  scriptOffset: number;
  scriptLine: number;
}

const REQ_SCHEMA = 1;
const REQ_DATA = 2;
/** LOBBUFSIZE in pg_backup_archiver.h: pg_restore writes large objects in lowrite() calls of this size. */
const LO_BUFFER = 16384;
/** INV_WRITE (libpq-fs.h), the mode pg_restore opens large objects with. */
const INV_WRITE = 0x20000;

export function entryLabel(entry: TocEntry): string {
  return `${entry.dumpId}; ${readable(entry.desc)} ${entry.namespace ? `${readable(entry.namespace)} ` : ""}${readable(entry.tag)}`;
}

/** _tocEntryRequired with default options (no selection, no --create, no --data-only/--schema-only). */
export function entryRequirements(entry: TocEntry): number {
  const { desc, tag } = entry;
  if (desc === "ENCODING" || desc === "STDSTRINGS" || desc === "SEARCHPATH") return 0;
  if (desc === "DATABASE" || desc === "DATABASE PROPERTIES") return 0;
  if ((desc === "ACL" || desc === "COMMENT" || desc === "SECURITY LABEL") && tag.startsWith("DATABASE ")) return 0;
  if (desc === "<Init>" && tag === "Max OID") return 0;
  let reqs = REQ_SCHEMA | REQ_DATA;
  if (!entry.hadDumper) {
    const largeObjectMeta = tag.startsWith("LARGE OBJECT") && (desc === "ACL" || desc === "COMMENT" || desc === "SECURITY LABEL");
    if (desc === "SEQUENCE SET" || desc === "BLOB" || desc === "BLOB METADATA" || largeObjectMeta) reqs &= REQ_DATA;
    else reqs &= ~REQ_DATA;
  }
  if (!entry.defn || entry.defn.startsWith("-- load via partition root ")) reqs &= ~REQ_SCHEMA;
  return reqs;
}

/** _tocEntryRestorePass: ACLs after everything else, event triggers and matview refreshes after ACLs. */
function restorePass(entry: TocEntry): 0 | 1 | 2 {
  const { desc, tag } = entry;
  if (desc === "ACL" || desc === "ACL LANGUAGE" || desc === "DEFAULT ACL") return 1;
  if (desc === "EVENT TRIGGER" || desc === "MATERIALIZED VIEW DATA") return 2;
  if (desc === "COMMENT" && tag.startsWith("EVENT TRIGGER ")) return 2;
  return 0;
}

/** fmtId for the few names pg_restore itself quotes (tablespace, access method, owner, schema). */
function fmtId(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !QUOTED_KEYWORDS.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
// Reserved, type/function-name and column-name keywords a role or schema name is most likely to hit;
// the complete list lives in the catalog layer, which the input layer must not import.
const QUOTED_KEYWORDS = new Set(["user", "all", "select", "table", "group", "order", "default", "public_", "grant", "check", "primary", "references", "authorization", "current_user", "session_user", "analyse", "analyze", "and", "any", "array", "as", "asc", "both", "case", "cast", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "placing", "returning", "some", "symmetric", "then", "to", "trailing", "true", "union", "unique", "using", "variadic", "when", "where", "window", "with"]);

/** _getObjectDescription: what ALTER ... OWNER TO names, or "" for objects without an owner. */
function objectDescription(entry: TocEntry): string {
  // pg_restore 15 (and older) says ALTER TABLE for views, sequences and materialized views.
  const desc = entry.desc === "VIEW" || entry.desc === "SEQUENCE" || entry.desc === "MATERIALIZED VIEW" ? "TABLE" : entry.desc;
  if (PLAIN_OWNED.has(desc)) return `${desc} ${entry.namespace ? `${fmtId(entry.namespace)}.` : ""}${fmtId(entry.tag)}`;
  if (desc === "BLOB") return `LARGE OBJECT ${entry.tag}`;
  if (DROP_DESCRIBED.has(desc) && entry.dropStmt) {
    let end = entry.dropStmt.length;
    while (end > 5 && (entry.dropStmt[end - 1] === ";" || entry.dropStmt[end - 1] === "\n")) end--;
    return entry.dropStmt.slice(5, end);
  }
  return "";
}
const PLAIN_OWNED = new Set([
  "COLLATION",
  "CONVERSION",
  "DOMAIN",
  "FOREIGN TABLE",
  "MATERIALIZED VIEW",
  "SEQUENCE",
  "STATISTICS",
  "TABLE",
  "TEXT SEARCH DICTIONARY",
  "TEXT SEARCH CONFIGURATION",
  "TYPE",
  "VIEW",
  "DATABASE",
  "PROCEDURAL LANGUAGE",
  "SCHEMA",
  "EVENT TRIGGER",
  "FOREIGN DATA WRAPPER",
  "SERVER",
  "PUBLICATION",
  "SUBSCRIPTION",
]);
const DROP_DESCRIBED = new Set(["AGGREGATE", "FUNCTION", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY", "PROCEDURE"]);

const sanitize = (s: string | null, hyphen: boolean) => (s === null ? (hyphen ? "-" : "") : s.replace(/[\r\n]/g, " "));

export interface ScriptWriter {
  /** The script's bytes, in order. */
  bytes: AsyncGenerator<Uint8Array>;
  segments: ScriptSegment[];
  problems: ScriptProblem[];
}

/**
 * Write the restore script. Data that cannot be read (corrupt, cut, unsupported compression)
 * becomes a ScriptProblem; an open COPY is then closed so the entries after it are still read as SQL.
 * An error that is not a recoverable ArchiveFormatError (the archive stream itself is cut or out
 * of step) ends the script there.
 */
export function writeRestoreScript(header: ArchiveHeader, entries: TocEntry[], source: DataSource): ScriptWriter {
  const segments: ScriptSegment[] = [];
  const problems: ScriptProblem[] = [];
  let offset = 0;
  let line = 1;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let lastEntry = -2;
  let lastPart: ScriptPart | undefined;

  const mark = (entry: number, part: ScriptPart) => {
    if (entry === lastEntry && part === lastPart) return;
    lastEntry = entry;
    lastPart = part;
    segments.push({ offset, line, entry, part });
  };
  const countLines = (bytes: Uint8Array) => {
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) line++;
  };
  const put = (bytes: Uint8Array) => {
    if (!bytes.length) return;
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    pending.push(b);
    pendingLength += b.length;
    offset += b.length;
    countLines(b);
  };
  const text = (binary: string) => put(Buffer.from(binary, "latin1"));
  const flush = function* () {
    if (!pendingLength) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLength);
    pending = [];
    pendingLength = 0;
    yield chunk;
  };

  // Session state pg_restore tracks to avoid repeating SETs.
  let searchPathSet = false;
  let currentSchema: string | undefined;
  let currentTablespace: string | undefined;
  let currentTableAm: string | undefined;
  let encoding = "SQL_ASCII";
  let stdStrings = false;
  let searchPath: string | undefined;
  for (const e of entries) {
    if (e.desc === "ENCODING") encoding = /'([^']*)'/.exec(e.defn)?.[1] ?? encoding;
    else if (e.desc === "STDSTRINGS") stdStrings = /'([^']*)'/.exec(e.defn)?.[1] === "on";
    else if (e.desc === "SEARCHPATH") searchPath = e.defn;
  }
  searchPathSet = searchPath !== undefined;

  const selectSchema = (schema: string | null) => {
    if (searchPathSet || !schema || currentSchema === schema) return;
    text(`SET search_path = ${fmtId(schema)}${schema !== "pg_catalog" ? ", pg_catalog" : ""};\n\n`);
    currentSchema = schema;
  };
  const selectTablespace = (tablespace: string | null) => {
    if (tablespace === null || currentTablespace === tablespace) return;
    text(tablespace === "" ? "SET default_tablespace = '';\n\n" : `SET default_tablespace = ${fmtId(tablespace)};\n\n`);
    currentTablespace = tablespace;
  };
  const selectTableAm = (am: string | null) => {
    if (am === null || currentTableAm === am) return;
    text(`SET default_table_access_method = ${fmtId(am)};\n\n`);
    currentTableAm = am;
  };

  const printEntry = (entry: TocEntry, isData: boolean) => {
    mark(entry.index, "header");
    selectSchema(entry.namespace);
    selectTablespace(entry.tablespace);
    // 1.16 partitioned tables (relkind 'p') get ALTER TABLE ... SET ACCESS METHOD after the definition instead.
    const partitioned = entry.relkind === 0x70;
    if (!partitioned) selectTableAm(entry.tableam);
    text(`--\n-- ${isData ? "Data for " : ""}Name: ${sanitize(entry.tag, false)}; Type: ${entry.desc}; Schema: ${sanitize(entry.namespace, true)}; Owner: ${sanitize(entry.owner, true)}`);
    if (entry.tablespace) text(`; Tablespace: ${sanitize(entry.tablespace, false)}`);
    text("\n--\n\n");
    if (entry.desc === "BLOB METADATA") {
      mark(entry.index, "definition");
      for (const oid of entry.defn.split("\n").filter(Boolean)) text(`SELECT pg_catalog.lo_create('${oid.trim()}');\n`);
      text("\n");
    } else if (entry.defn) {
      mark(entry.index, "definition");
      text(`${entry.defn}\n\n`);
    }
    if (entry.owner && entry.dropStmt) {
      mark(entry.index, "owner");
      if (entry.desc === "BLOB METADATA") {
        for (const oid of entry.defn.split("\n").filter(Boolean)) text(`ALTER LARGE OBJECT ${oid.trim()} OWNER TO ${fmtId(entry.owner)};\n`);
        text("\n");
      } else {
        const described = objectDescription(entry);
        if (described) text(`ALTER ${described} OWNER TO ${fmtId(entry.owner)};\n\n`);
      }
    }
    if (partitioned && entry.tableam) text(`ALTER TABLE ${entry.namespace ? `${fmtId(entry.namespace)}.` : ""}${fmtId(entry.tag)} SET ACCESS METHOD ${fmtId(entry.tableam)};\n\n`);
    if (entry.desc === "ACL" || entry.desc === "ACL LANGUAGE" || entry.desc === "DEFAULT ACL") {
      /* pg_restore forgets its session user here; with ALTER OWNER output that changes nothing */
    }
  };

  let fatal = false;
  const fail = (err: unknown, entry: TocEntry | undefined) => {
    const located = err instanceof ArchiveFormatError ? err : undefined;
    const unsupported = located?.message.includes("not supported") ?? false;
    const what = entry ? `entry ${entryLabel(entry)}` : "the archive";
    const cause = located ? located.message : `${(err as Error)?.name ?? "Error"}: ${(err as Error)?.message ?? String(err)}`;
    const archiveOffset = located?.offset ?? 0;
    const where = located?.file ? `${located.file} byte ${archiveOffset}` : `archive byte ${archiveOffset}`;
    problems.push({
      code: unsupported ? "archive-unsupported" : "archive-corrupt",
      message: `${what}: ${cause} (at ${where})`,
      archiveOffset,
      ...(located?.file ? { file: located.file } : {}),
      ...(entry ? { entry: entry.index } : {}),
      scriptOffset: offset,
      scriptLine: line,
    });
    if (!located || !located.recoverable) fatal = true;
  };

  const note = (entry: TocEntry) => (n: DataNote) =>
    problems.push({ ...n, message: `entry ${entryLabel(entry)}: ${n.message} (at ${n.file ? `${n.file} ` : "archive "}byte ${n.archiveOffset})`, entry: entry.index, scriptOffset: offset, scriptLine: line });

  async function* copyData(entry: TocEntry, data: AsyncIterable<Uint8Array>, isCopy: boolean): AsyncGenerator<Uint8Array> {
    mark(entry.index, "data");
    let lastByte = 10;
    let tail = "";
    try {
      for await (const piece of data) {
        if (!piece.length) continue;
        put(piece);
        lastByte = piece[piece.length - 1]!;
        tail = (tail + Buffer.from(piece.subarray(Math.max(0, piece.length - 4))).toString("latin1")).slice(-4);
        if (pendingLength >= 256 * 1024) yield* flush();
      }
    } catch (err) {
      fail(err, entry);
      // Close a COPY the damage left open, so what follows is read as SQL again.
      if (isCopy && !fatal) {
        if (lastByte !== 10) text("\n");
        if (!tail.endsWith("\\.\n")) text("\\.\n\n\n");
      }
    }
  }

  async function* largeObjects(entry: TocEntry): AsyncGenerator<Uint8Array> {
    mark(entry.index, "data");
    text("BEGIN;\n\n");
    try {
      for await (const lo of source.largeObjects(entry, note(entry))) {
        text(`SELECT pg_catalog.lo_open('${lo.oid}', ${INV_WRITE});\n`);
        let buffer = Buffer.alloc(0);
        const write = (bytes: Buffer) => text(`SELECT pg_catalog.lowrite(0, ${stdStrings ? "'\\x" : "E'\\\\x"}${bytes.toString("hex")}');\n`);
        for await (const piece of lo.data) {
          buffer = buffer.length ? Buffer.concat([buffer, piece]) : Buffer.from(piece);
          while (buffer.length >= LO_BUFFER) {
            write(buffer.subarray(0, LO_BUFFER));
            buffer = buffer.subarray(LO_BUFFER);
          }
          if (pendingLength >= 256 * 1024) yield* flush();
        }
        if (buffer.length) write(buffer);
        text("SELECT pg_catalog.lo_close(0);\n\n");
      }
    } catch (err) {
      fail(err, entry);
    }
    if (!fatal) text("COMMIT;\n\n");
  }

  const restoreKey = createHash("sha256").update(`${header.dbname ?? ""}\0${header.pgDumpVersion ?? ""}\0${entries.length}`).digest("hex").slice(0, 63);

  async function* generate(): AsyncGenerator<Uint8Array> {
    mark(-1, "preamble");
    text("--\n-- PostgreSQL database dump\n--\n\n");
    // pg_restore 15.14+ brackets its script with a random \restrict key; ours is derived from the header, so it is reproducible.
    text(`\\restrict ${restoreKey}\n\n`);
    if (header.serverVersion !== null) text(`-- Dumped from database version ${header.serverVersion}\n`);
    if (header.pgDumpVersion !== null) text(`-- Dumped by pg_dump version ${header.pgDumpVersion}\n`);
    text("\n");
    text("SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n");
    text(`SET client_encoding = '${encoding}';\n`);
    text(`SET standard_conforming_strings = ${stdStrings ? "on" : "off"};\n`);
    if (searchPath !== undefined) text(searchPath);
    text("SET check_function_bodies = false;\nSET xmloption = content;\nSET client_min_messages = warning;\n");
    if (!stdStrings) text("SET escape_string_warning = off;\n");
    text("SET row_security = off;\n\n");
    yield* flush();

    const required = entries.map(entryRequirements);
    for (const pass of [0, 1, 2] as const) {
      for (const entry of entries) {
        if (fatal) break;
        const reqs = required[entry.index]!;
        if (!reqs || restorePass(entry) !== pass) continue;
        let defnDumped = false;
        if (reqs & REQ_SCHEMA) {
          printEntry(entry, false);
          defnDumped = true;
        }
        if (reqs & REQ_DATA) {
          if (entry.hadDumper) {
            let data: AsyncIterable<Uint8Array> | undefined;
            const isLargeObjects = entry.desc === "BLOBS" || entry.desc === "BLOB COMMENTS";
            try {
              data = entry.desc === "BLOBS" ? undefined : source.data(entry, note(entry));
            } catch (err) {
              fail(err, entry);
            }
            printEntry(entry, true);
            if (entry.desc === "BLOBS") {
              selectSchema("pg_catalog");
              yield* largeObjects(entry);
            } else if (isLargeObjects) {
              selectSchema("pg_catalog");
              if (data) yield* copyData(entry, data, false);
            } else {
              selectSchema(entry.namespace);
              const isCopy = !!entry.copyStmt;
              if (isCopy) {
                mark(entry.index, "copy");
                text(entry.copyStmt!);
              }
              if (data) yield* copyData(entry, data, isCopy);
              else if (isCopy) text("\\.\n\n\n");
            }
          } else if (!defnDumped) printEntry(entry, false);
        }
        yield* flush();
      }
    }
    if (!fatal) {
      mark(-1, "trailer");
      text("--\n-- PostgreSQL database dump complete\n--\n\n");
      text(`\\unrestrict ${restoreKey}\n\n`);
    }
    yield* flush();
  }

  return { bytes: generate(), segments, problems };
}
