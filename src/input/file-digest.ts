import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { open, realpath } from "node:fs/promises";

/** Size and sha256 of a regular file's bytes as read now, for comparing with a receipt. */
export interface FileDigest {
  realPath: string;
  size: number;
  sha256: string;
  mtimeMs: number;
  /** ISO 8601 (fs.Stats.mtime). */
  mtime: string;
}

export class FileDigestError extends Error {
  override name = "FileDigestError";
}

const READ_CHUNK = 256 * 1024;

/**
 * Stream a regular file once and hash it (bounded memory, any size). Opened non-blocking and checked
 * with fstat on the same descriptor: a FIFO or device is refused, never read. The hash covers exactly
 * the bytes read, the same bytes `openInput` hashes for the report (compressed bytes for gzip).
 */
export async function digestRegularFile(path: string): Promise<FileDigest> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new FileDigestError(`cannot open ${path} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileDigestError(`${path} is not a regular file`);
    const hash = createHash("sha256");
    let size = 0;
    try {
      for await (const chunk of createReadStream("", { fd: handle.fd, autoClose: false, highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
        size += chunk.length;
        hash.update(chunk);
      }
    } catch (err) {
      throw new FileDigestError(`reading ${path} failed at byte ${size} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
    const real = await realpath(path).catch(() => path);
    return { realPath: real, size, sha256: hash.digest("hex"), mtimeMs: stat.mtimeMs, mtime: stat.mtime.toISOString() };
  } finally {
    await handle.close();
  }
}
