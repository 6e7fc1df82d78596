import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Why a small file could not be read: a reason to show, never the file's content. */
export class SmallFileError extends Error {
  override name = "SmallFileError";
}

/**
 * Read a small regular file whole (receipts): refuses directories, FIFOs, devices and sockets (opened
 * non-blocking and checked with fstat on the same descriptor, so a FIFO cannot hang the read and a swap
 * between check and open cannot slip one in) and anything over `limit` bytes, also when it grows while read.
 */
export function readSmallRegularFile(path: string, limit: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new SmallFileError(`cannot open it (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SmallFileError("it is not a regular file");
    if (stat.size > limit) throw new SmallFileError(`it is ${stat.size} bytes; the limit is ${limit}`);
    const bytes = new Uint8Array(stat.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === bytes.length) throw new SmallFileError("it grew while being read");
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
