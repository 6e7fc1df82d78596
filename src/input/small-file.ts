import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/**
 * Reading the small side files dumpguard is pointed at (spec and its `extends`, baseline, attestation
 * manifest, config) — issue 10 item 5. Such a path may name anything: `/dev/zero`, a FIFO, a directory,
 * `/etc/shadow`. Only regular files are read (opened non-blocking and checked with fstat on the same
 * descriptor, so a FIFO cannot hang), never more than `limit` bytes, and a failure says why, never
 * what the file holds.
 */
export type SmallFile = { ok: true; bytes: Uint8Array } | SmallFileFailure;
/** `code`: the system error when the file could not be opened or read (`ENOENT`, `EACCES`). */
export type SmallFileFailure = { ok: false; reason: string; code?: string };

/** `cannot read the spec file: ENOENT`, `the spec file: not a regular file`. */
export function smallFileProblem(what: string, failure: SmallFileFailure): string {
  return failure.code !== undefined ? `cannot read ${what}: ${failure.code}` : `${what}: ${failure.reason}`;
}

export function readSmallFile(path: string, limit: number): SmallFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return { ok: false, reason: code, code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    if (stat.size > limit) return { ok: false, reason: `${stat.size} bytes; the limit is ${limit}` };
    const bytes = new Uint8Array(stat.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
      // The file grew while we read it: still bounded.
      if (length === bytes.length) return { ok: false, reason: "changed size while being read" };
    }
    return { ok: true, bytes: bytes.subarray(0, length) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return { ok: false, reason: code, code };
  } finally {
    closeSync(fd);
  }
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * UTF-8 JSON bytes to a value; on failure where, never what: V8's JSON.parse message quotes the
 * text (`Unexpected token 'r', "root:*:202"... is not valid JSON`). An editor's byte-order mark is skipped.
 */
export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; reason: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "expected a UTF-8 text file" };
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message);
    return { ok: false, reason: `expected JSON (not valid JSON${position ? ` at ${lineColumn(body, Number(position[1]))}` : ""})` };
  }
}
