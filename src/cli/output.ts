import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";

/** The report could not be delivered: the CLI says so in one line and exits 2, whatever the findings. */
export class OutputError extends Error {
  override name = "OutputError";
}

const REASONS: Record<string, string> = {
  EPIPE: "the reading end of the pipe was closed",
  ENOSPC: "no space left on the device",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EROFS: "read-only file system",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  EBADF: "it is closed",
  EIO: "input/output error",
};

/** One line for a failed write: the reason in words and the system's code, never a stack. */
function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code ? `${REASONS[code] ?? "write failed"} (${code})` : "write failed";
}

let stdoutError: unknown;
let guarded = false;

/**
 * Catch stdout's and stderr's asynchronous errors: EPIPE arrives as an 'error' event, which
 * unhandled is a crash with a stack trace and exit 1 (read as "findings").
 */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on("error", (err) => {
    stdoutError ??= err;
  });
  // A broken stderr leaves nowhere to say anything; it must not turn into a crash either.
  process.stderr.on("error", () => {});
}

/** Write `text` to `file`, or to stdout and wait until it is handed to the system; any failure is an OutputError. */
export async function writeOutput(text: string | Iterable<string>, file?: string): Promise<void> {
  if (typeof text !== "string") return writeChunks(text, file);
  if (file !== undefined) {
    try {
      writeFileSync(file, text);
    } catch (err) {
      throw new OutputError(`cannot write the report to ${file}: ${reason(err)}`);
    }
    return;
  }
  guardStdout();
  if (stdoutError !== undefined) throw new OutputError(`cannot write the report to standard output: ${reason(stdoutError)}`);
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(new OutputError(`cannot write the report to standard output: ${reason(err)}`)) : resolve()));
  });
}

/**
 * Batches of about this many characters go to stdout at a time, so a big output is never one string. 64 Ki, not 1 Mi:
 * a batch's pieces live until it is written, and a 1 MiB one outlived the young generation, so its pieces were
 * promoted and the old generation grew through the whole output (no heap guard runs then). A report of 35k
 * findings (scripts/generate-small-tables.ts 35000, --format json, --jobs 1) peaked at 408/409 MB written to a file
 * through stdout and 358/358 MB through a pipe, against 327/340 and 339/327 MB with 64 Ki batches (339 MB with
 * --output); user CPU 8.52/9.49 and 8.97/10.09 s against 8.68/8.16 and 7.64/8.75 s.
 */
const BATCH = 1 << 16;

/** The output in pieces (`dumpguard catalog` of a large dump), with the same errors as `writeOutput`. */
async function writeChunks(chunks: Iterable<string>, file?: string): Promise<void> {
  if (file !== undefined) {
    let fd: number | undefined;
    try {
      fd = openSync(file, "w");
      for (const chunk of chunks) writeSync(fd, chunk);
    } catch (err) {
      throw new OutputError(`cannot write the report to ${file}: ${reason(err)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return;
  }
  guardStdout();
  let batch = "";
  const flush = async () => {
    if (stdoutError !== undefined) throw new OutputError(`cannot write the report to standard output: ${reason(stdoutError)}`);
    const out = batch;
    batch = "";
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(out, (err) => (err ? reject(new OutputError(`cannot write the report to standard output: ${reason(err)}`)) : resolve()));
    });
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}
