import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Position } from "../../report/location.js";
import { ByteReader } from "./byte-reader.js";
import { customDataSource } from "./custom.js";
import { directoryDataSource, fileBytes, type CountBytes } from "./directory.js";
import { writeRestoreScript, type ScriptPart, type ScriptSegment, type ScriptWriter } from "./restore-script.js";
import { TarReader, tarDataSource } from "./tar.js";
import { readHeader, readToc, readable, type ArchiveFormatName, type ArchiveHeader, type TocEntry } from "./toc.js";

export interface ArchiveRead {
  header: ArchiveHeader;
  entries: TocEntry[];
  script: ScriptWriter;
}

/** Where in the archive a position of the restore script comes from. */
export interface ArchiveLocation {
  dumpId?: number;
  desc?: string;
  tag?: string;
  namespace?: string;
  part: ScriptPart;
  /** 1-based line and column (UTF-16 units) within that part of the entry. */
  line: number;
  column: number;
}

async function readFrame(reader: ByteReader, expect: ArchiveFormatName, remaining?: () => number | undefined): Promise<{ header: ArchiveHeader; entries: TocEntry[] }> {
  const header = await readHeader(reader, remaining);
  if ((header.format === "custom") !== (expect === "custom")) reader.fail(`the header says ${header.format} format, but the archive is laid out as ${expect} format`, 0);
  header.format = expect;
  const entries = await readToc(reader, header, remaining);
  return { header, entries };
}

/** pg_dump -Fc, from any byte stream (a file or a pipe): header, TOC, then data blocks in order. */
export async function readCustomArchive(raw: AsyncIterable<Uint8Array>, totalBytes?: number): Promise<ArchiveRead> {
  const reader = new ByteReader(raw);
  const remaining = totalBytes !== undefined ? () => totalBytes - reader.position : undefined;
  const { header, entries } = await readFrame(reader, "custom", remaining);
  return { header, entries, script: writeRestoreScript(header, entries, customDataSource(reader, header)) };
}

/** pg_dump -Ft, from any byte stream: toc.dat must be the first member. */
export async function readTarArchive(raw: AsyncIterable<Uint8Array>): Promise<ArchiveRead> {
  const reader: ByteReader = new ByteReader(raw);
  const tar = new TarReader(reader);
  const first = await tar.next();
  if (!first || first.name !== "toc.dat") reader.fail(`the tar archive's first member is ${first ? JSON.stringify(first.name) : "missing"}, not toc.dat as pg_dump -Ft writes it`, 0);
  const end = first.dataOffset + first.size;
  const { header, entries } = await readFrame(reader, "tar", () => end - reader.position);
  if (reader.position > end) reader.fail(`the TOC runs past the end of toc.dat (${reader.position - end} bytes)`, end);
  await tar.skipTo(first);
  return { header, entries, script: writeRestoreScript(header, entries, tarDataSource(tar)) };
}

/** pg_dump -Fd: DIR/toc.dat, then the data files it names. Every byte read passes through `count`. */
export async function readDirectoryArchive(dir: string, count: CountBytes): Promise<ArchiveRead> {
  const tocPath = join(dir, "toc.dat");
  const size = (await stat(tocPath)).size;
  const reader = new ByteReader(fileBytes(tocPath, count), 0, "toc.dat");
  const { header, entries } = await readFrame(reader, "directory", () => size - reader.position);
  for await (const _ of reader.remaining());
  return { header, entries, script: writeRestoreScript(header, entries, directoryDataSource(dir, count)) };
}

/** The archive location of a script position (segments are in script order). */
export function locateInArchive(segments: ScriptSegment[], entries: TocEntry[], position: Position): ArchiveLocation | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0 || segments[0]!.offset > position.offset) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.offset <= position.offset) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo]!;
  const where = { part: segment.part, line: Math.max(1, position.line - segment.line + 1), column: position.column };
  const entry = segment.entry >= 0 ? entries[segment.entry] : undefined;
  if (!entry) return where;
  return {
    dumpId: entry.dumpId,
    desc: readable(entry.desc),
    tag: readable(entry.tag),
    ...(entry.namespace !== null ? { namespace: readable(entry.namespace) } : {}),
    ...where,
  };
}
