import { open } from "node:fs/promises";
import { gunzipSync, constants as zlib } from "node:zlib";

/** How much of a file the sniff reads: pg_dump's header comment and its SET preamble come first. */
export const SNIFF_BYTES = 16 * 1024;

// pg_dump and pg_dumpall open with this comment (pg_dump.c, pg_dumpall.c); `--no-comments` drops it, and then
// the fixed preamble of SET statements every plain dump starts with is the sign.
const HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\b/m;
const PREAMBLE = ["SET statement_timeout = 0;", "SELECT pg_catalog.set_config('search_path', '', false);"];

/** Does this start of a text look like plain pg_dump / pg_dumpall output? Any file name or extension. */
export function looksLikePgDump(head: string): boolean {
  const start = head.slice(0, SNIFF_BYTES);
  return HEADER.test(start) || PREAMBLE.every((line) => start.includes(line));
}

/** The same question for a file on disk, reading its first bytes only (gzip-compressed dumps are looked into). */
export async function fileLooksLikePgDump(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
    const stat = await handle.stat();
    if (!stat.isFile()) return false;
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    let head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      try {
        head = gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH });
      } catch {
        return false;
      }
    }
    return looksLikePgDump(head.toString("utf8"));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
