import { entryRequirements } from "./restore-script.js";
import { readable, type ArchiveHeader, type TocEntry } from "./toc.js";

const sanitize = (s: string | null, hyphen: boolean) => (s === null ? (hyphen ? "-" : "") : readable(s).replace(/[\r\n]/g, " "));

const FORMAT_NAMES = { custom: "CUSTOM", directory: "DIRECTORY", tar: "TAR" } as const;

/** The creation time as pg_restore prints it: pg_dump's local clock fields, read back in this machine's zone. */
function createdAt(header: ArchiveHeader): string {
  const c = header.created;
  const date = new Date(c.year + 1900, c.mon, c.mday, c.hour, c.min, c.sec);
  if (Number.isNaN(date.getTime())) return "[unknown]";
  const two = (n: number) => String(n).padStart(2, "0");
  const zone = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())} ${zone}`;
}

/**
 * The TOC listing `pg_restore --list` prints (PrintTOCSummary in pg_backup_archiver.c): a `;`
 * commented summary of the header, then one line per entry pg_restore would restore:
 * `dumpId; tableoid oid DESC schema tag owner`. A listing can be edited and given back to
 * `pg_restore -L`. Compression is the zlib level for archives before 1.15 (as pg_restore 15 prints
 * it) and the algorithm name from 1.15 on.
 */
export function formatTocList(header: ArchiveHeader, entries: TocEntry[]): string {
  const lines = [
    ";",
    `; Archive created at ${createdAt(header)}`,
    `;     dbname: ${sanitize(header.dbname, false)}`,
    `;     TOC Entries: ${entries.length}`,
    `;     Compression: ${header.compressionLevel ?? header.compression}`,
    `;     Dump Version: ${header.major}.${header.minor}-${header.rev}`,
    `;     Format: ${FORMAT_NAMES[header.format]}`,
    `;     Integer: ${header.intSize} bytes`,
    `;     Offset: ${header.offSize} bytes`,
  ];
  if (header.serverVersion !== null) lines.push(`;     Dumped from database version: ${readable(header.serverVersion)}`);
  if (header.pgDumpVersion !== null) lines.push(`;     Dumped by pg_dump version: ${readable(header.pgDumpVersion)}`);
  lines.push(";", ";", "; Selected TOC Entries:", ";");
  for (const entry of entries) {
    if (!entryRequirements(entry)) continue;
    lines.push(`${entry.dumpId}; ${entry.tableoid} ${entry.oid} ${readable(entry.desc)} ${sanitize(entry.namespace, true)} ${sanitize(entry.tag, false)} ${sanitize(entry.owner, false)}`);
  }
  return `${lines.join("\n")}\n`;
}
