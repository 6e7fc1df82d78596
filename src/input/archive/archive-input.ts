import type { Position } from "../../report/location.js";
import type { InputProblem } from "../open-input.js";
import { ArchiveFormatError } from "./byte-reader.js";
import { locateInArchive, type ArchiveLocation, type ArchiveRead } from "./open-archive.js";
import type { ScriptSegment } from "./restore-script.js";
import { readable, type ArchiveHeader, type TocEntry } from "./toc.js";
import { formatTocList } from "./toc-list.js";

/** What the rest of dumpguard sees of an archive: its header and TOC, and where script positions come from. */
export interface ArchiveInput {
  header: ArchiveHeader;
  entries: TocEntry[];
  segments: ScriptSegment[];
  locate(position: Position): ArchiveLocation | undefined;
}

/** Facts about the archive for the report's input provenance. */
export function archiveFacts(archive: ArchiveInput) {
  const { header } = archive;
  return {
    version: `${header.major}.${header.minor}-${header.rev}`,
    format: header.format,
    compression: header.compression,
    ...(header.compressionLevel !== undefined ? { compressionLevel: header.compressionLevel } : {}),
    intSize: header.intSize,
    offSize: header.offSize,
    tocEntries: archive.entries.length,
    ...(header.dbname !== null ? { dbname: readable(header.dbname) } : {}),
  };
}

/**
 * Read an archive's header and TOC now, and give the restore script as bytes to read later. A TOC
 * that cannot be read is an `archive-corrupt` (or `archive-unsupported`) problem and no script;
 * problems met in the data are added to `problems` when the script has been read to its end.
 */
export async function openArchiveScript(read: () => Promise<ArchiveRead>, problems: InputProblem[], rest: () => AsyncIterable<Uint8Array>): Promise<{ bytes: AsyncIterable<Uint8Array>; archive?: ArchiveInput }> {
  let opened: ArchiveRead;
  try {
    opened = await read();
  } catch (err) {
    const located = err instanceof ArchiveFormatError ? err : undefined;
    const unsupported = located?.message.includes("not supported") ?? false;
    const where = located ? ` (at ${located.file ? `${located.file} ` : "archive "}byte ${located.offset})` : "";
    problems.push({
      code: unsupported ? "archive-unsupported" : "archive-corrupt",
      offset: 0,
      message: `the archive's header or table of contents cannot be read: ${located?.message ?? (err as Error)?.message ?? String(err)}${where}; nothing in it was checked`,
    });
    return { bytes: drained(rest()) };
  }
  const { header, entries, script } = opened;
  const archive: ArchiveInput = { header, entries, segments: script.segments, locate: (position) => locateInArchive(script.segments, entries, position) };
  const bytes = (async function* () {
    try {
      yield* script.bytes;
    } finally {
      for (const p of script.problems) problems.push({ code: p.code, offset: p.scriptOffset, line: p.scriptLine, column: 1, message: p.message });
    }
    // Whatever follows the last data block (nothing, in an intact archive) still counts in the sha256.
    for await (const _ of rest());
  })();
  return { bytes, archive };
}

async function* drained(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const _ of source);
}

/** The `pg_restore --list` listing of an opened archive (its data is not read). */
export function archiveListing(archive: ArchiveInput): string {
  return formatTocList(archive.header, archive.entries);
}
