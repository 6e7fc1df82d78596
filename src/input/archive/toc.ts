import { type ByteReader } from "./byte-reader.js";

/**
 * pg_dump's archive header and table of contents, as ReadHead / ReadToc in PostgreSQL's
 * src/bin/pg_dump/pg_backup_archiver.c read them. Strings are kept as "binary strings" (latin1:
 * one char per byte) so the SQL goes out byte for byte as pg_restore writes it, whatever the
 * dump's encoding; `readable()` turns one into text for display.
 */

/** archive versions (pg_backup_archiver.h K_VERS_*) this reader takes: pg_dump 9.6 ... 18. */
export const MIN_VERSION = version(1, 12, 0);
export const MAX_VERSION = version(1, 16, 255);
const K_VERS_1_13 = version(1, 13, 0);
const K_VERS_1_14 = version(1, 14, 0);
const K_VERS_1_15 = version(1, 15, 0);
const K_VERS_1_16 = version(1, 16, 0);

export function version(major: number, minor: number, rev: number): number {
  return (major * 256 + minor) * 256 + rev;
}

/** pg_backup.h ArchiveFormat codes in the header. pg_dump 15 writes 3 in the toc.dat of both the
 * tar and the directory format, so the container (a file or a directory) tells those two apart. */
export const ARCHIVE_FORMATS = { 1: "custom", 3: "tar", 5: "directory" } as const;
export type ArchiveFormatName = (typeof ARCHIVE_FORMATS)[keyof typeof ARCHIVE_FORMATS];

/** common/compression.h pg_compress_algorithm. */
export type Compression = "none" | "gzip" | "lz4" | "zstd";
const ALGORITHMS: Compression[] = ["none", "gzip", "lz4", "zstd"];

export interface ArchiveHeader {
  major: number;
  minor: number;
  rev: number;
  /** MAKE_ARCHIVE_VERSION of the three. */
  version: number;
  intSize: number;
  offSize: number;
  format: ArchiveFormatName;
  compression: Compression;
  /** The zlib level before 1.15 (-1 = default); undefined from 1.15 on, where only the algorithm is stored. */
  compressionLevel?: number;
  /** tm fields as pg_dump wrote them (its local time). */
  created: { sec: number; min: number; hour: number; mday: number; mon: number; year: number; isdst: number };
  dbname: string | null;
  serverVersion: string | null;
  pgDumpVersion: string | null;
}

/** pg_backup_archiver.h: where the custom format says an entry's data block is. */
export type DataState = "not-set" | "set" | "no-data";

export interface TocEntry {
  /** Position in the TOC (0-based). */
  index: number;
  dumpId: number;
  hadDumper: boolean;
  tableoid: string;
  oid: string;
  tag: string;
  desc: string;
  /** teSection: 1 none, 2 pre-data, 3 data, 4 post-data. */
  section: number;
  defn: string;
  dropStmt: string | null;
  copyStmt: string | null;
  namespace: string | null;
  tablespace: string | null;
  tableam: string | null;
  /** 1.16+: pg_class.relkind as a char code, 0 when not a relation. */
  relkind: number;
  owner: string | null;
  dependencies: number[];
  /** Custom format: where the data block is. */
  dataState?: DataState;
  dataOffset?: number;
  /** Directory and tar formats: the data file's name. */
  fileName?: string | null;
  /** Archive byte offset where this entry starts in the TOC. */
  tocOffset: number;
}

/** Text for display (the archive's strings are the database's bytes, UTF-8 in practice). */
export function readable(binary: string | null): string {
  return binary === null ? "" : Buffer.from(binary, "latin1").toString("utf8");
}

/** Bounds for lengths the archive states, so a lying header is a finding, not an allocation. */
const MAX_STRING = 1 << 30;
const MAX_TOC_ENTRIES = 50_000_000;

export async function readString(reader: ByteReader, intSize: number, what: string, remaining?: () => number | undefined): Promise<string | null> {
  const at = reader.position;
  const length = await reader.int(intSize, `the length of ${what}`);
  if (length === -1) return null;
  if (length < -1) reader.fail(`${what} has a negative length (${length})`, at);
  const left = remaining?.();
  if (length > MAX_STRING || (left !== undefined && length > left))
    reader.fail(`${what} claims ${length} bytes, more than the archive holds`, at);
  if (length === 0) return "";
  return Buffer.from(await reader.bytes(length, what)).toString("latin1");
}

/**
 * ReadHead: magic, version, integer and offset sizes, format, compression, creation time, database
 * name and versions. `expectFormat` is the format the container says (directory/tar toc.dat).
 */
export async function readHeader(reader: ByteReader, remaining?: () => number | undefined): Promise<ArchiveHeader> {
  const magic = Buffer.from(await reader.bytes(5, "the PGDMP magic")).toString("latin1");
  if (magic !== "PGDMP") reader.fail(`the archive does not start with "PGDMP" (pg_dump's magic)`, 0);
  const major = await reader.byte("the archive version");
  const minor = await reader.byte("the archive version");
  const rev = major > 1 || (major === 1 && minor > 0) ? await reader.byte("the archive version") : 0;
  const v = version(major, minor, rev);
  if (v < MIN_VERSION || v > MAX_VERSION)
    reader.fail(`archive version ${major}.${minor}-${rev} is not supported (dumpguard reads 1.12 to 1.16: pg_dump 9.6 to 18)`, 5);
  const intSize = await reader.byte("the integer size");
  if (intSize < 1 || intSize > 8) reader.fail(`the archive says integers are ${intSize} bytes; pg_dump writes 4 (sanity limit 8)`, reader.position - 1);
  const offSize = await reader.byte("the offset size");
  if (offSize < 1 || offSize > 8) reader.fail(`the archive says offsets are ${offSize} bytes; pg_dump writes 8 (sanity limit 8)`, reader.position - 1);
  const formatByte = await reader.byte("the format byte");
  const format = ARCHIVE_FORMATS[formatByte as keyof typeof ARCHIVE_FORMATS];
  if (!format) reader.fail(`unknown archive format code ${formatByte} (1 custom, 3 tar, 5 directory)`, reader.position - 1);
  let compression: Compression;
  let compressionLevel: number | undefined;
  if (v >= K_VERS_1_15) {
    const algorithm = await reader.byte("the compression algorithm");
    const name = ALGORITHMS[algorithm];
    if (!name) reader.fail(`unknown compression algorithm code ${algorithm} (0 none, 1 gzip, 2 lz4, 3 zstd)`, reader.position - 1);
    compression = name;
  } else {
    compressionLevel = await reader.int(intSize, "the compression level");
    compression = compressionLevel === 0 ? "none" : "gzip";
  }
  const tm = [];
  for (const field of ["sec", "min", "hour", "mday", "mon", "year", "isdst"]) tm.push(await reader.int(intSize, `the creation time (${field})`));
  const [sec, min, hour, mday, mon, year, isdst] = tm as [number, number, number, number, number, number, number];
  const dbname = await readString(reader, intSize, "the database name", remaining);
  const serverVersion = await readString(reader, intSize, "the server version", remaining);
  const pgDumpVersion = await readString(reader, intSize, "the pg_dump version", remaining);
  return {
    major,
    minor,
    rev,
    version: v,
    intSize,
    offSize,
    format,
    compression,
    ...(compressionLevel !== undefined ? { compressionLevel } : {}),
    created: { sec, min, hour, mday, mon, year, isdst },
    dbname,
    serverVersion,
    pgDumpVersion,
  };
}

/** ReadOffset: a state byte (K_OFFSET_*) then `offSize` bytes, least significant first. */
async function readOffset(reader: ByteReader, offSize: number): Promise<{ state: DataState; offset: number }> {
  const at = reader.position;
  const flag = await reader.byte("a data offset");
  const bytes = await reader.bytes(offSize, "a data offset");
  let offset = 0;
  for (let i = offSize - 1; i >= 0; i--) offset = offset * 256 + bytes[i]!;
  if (flag === 1) return { state: "not-set", offset: 0 };
  if (flag === 2) return { state: "set", offset };
  if (flag === 3) return { state: "no-data", offset: 0 };
  return reader.fail(`a data offset has an unknown state byte ${flag} (1 not set, 2 set, 3 no data)`, at);
}

/** ReadToc: the entry count, then each entry and the format's extra field (offset or file name). */
export async function readToc(reader: ByteReader, header: ArchiveHeader, remaining?: () => number | undefined): Promise<TocEntry[]> {
  const { intSize } = header;
  const countAt = reader.position;
  const count = await reader.int(intSize, "the TOC entry count");
  if (count < 0 || count > MAX_TOC_ENTRIES) reader.fail(`the TOC claims ${count} entries`, countAt);
  const entries: TocEntry[] = [];
  const str = (what: string) => readString(reader, intSize, what, remaining);
  for (let index = 0; index < count; index++) {
    const tocOffset = reader.position;
    const where = `TOC entry ${index + 1} of ${count}`;
    const dumpId = await reader.int(intSize, `the dump id of ${where}`);
    if (dumpId <= 0) reader.fail(`${where} has dump id ${dumpId}; pg_dump numbers entries from 1`, tocOffset);
    const hadDumper = (await reader.int(intSize, `${where}`)) !== 0;
    const tableoid = (await str(`the table OID of entry ${dumpId}`)) ?? "0";
    const oid = (await str(`the OID of entry ${dumpId}`)) ?? "0";
    const tag = (await str(`the tag of entry ${dumpId}`)) ?? "";
    const desc = (await str(`the type of entry ${dumpId}`)) ?? "";
    const section = await reader.int(intSize, `the section of entry ${dumpId}`);
    if (section < 1 || section > 4) reader.fail(`entry ${dumpId} (${readable(desc)} ${readable(tag)}) has section ${section}; pg_dump writes 1 to 4`, reader.position - intSize - 1);
    const defn = (await str(`the definition of entry ${dumpId}`)) ?? "";
    const dropStmt = await str(`the DROP statement of entry ${dumpId}`);
    const copyStmt = await str(`the COPY statement of entry ${dumpId}`);
    const namespace = await str(`the schema of entry ${dumpId}`);
    const tablespace = await str(`the tablespace of entry ${dumpId}`);
    const tableam = header.version >= K_VERS_1_14 ? await str(`the table access method of entry ${dumpId}`) : null;
    const relkind = header.version >= K_VERS_1_16 ? await reader.int(intSize, `the relkind of entry ${dumpId}`) : 0;
    const owner = await str(`the owner of entry ${dumpId}`);
    await str(`the WITH OIDS flag of entry ${dumpId}`);
    const dependencies: number[] = [];
    for (;;) {
      const dep = await str(`a dependency of entry ${dumpId}`);
      if (dep === null) break;
      dependencies.push(Number.parseInt(dep, 10) || 0);
    }
    const entry: TocEntry = {
      index,
      dumpId,
      hadDumper,
      tableoid,
      oid,
      tag,
      desc,
      section,
      defn,
      dropStmt,
      copyStmt,
      namespace,
      tablespace,
      tableam,
      relkind,
      owner,
      dependencies,
      tocOffset,
    };
    if (header.format === "custom") {
      const { state, offset } = await readOffset(reader, header.offSize);
      entry.dataState = state;
      if (state === "set") entry.dataOffset = offset;
    } else {
      entry.fileName = await str(`the data file name of entry ${dumpId}`);
    }
    entries.push(entry);
  }
  return entries;
}

/** pg_dump 11+ (1.13) stores the dump-time search_path in a SEARCHPATH entry instead of per-entry SETs. */
export function usesSearchPathEntry(header: ArchiveHeader): boolean {
  return header.version >= K_VERS_1_13;
}
