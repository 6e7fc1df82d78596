import type { BigIntStats } from "node:fs";
import { access, open, stat } from "node:fs/promises";
import { join } from "node:path";
import type { InputFormat } from "../report/schema.js";
import { gunzipMembers, type GzipProblem } from "./gunzip-members.js";
import { findInvalidUtf8, incompleteTailLength, isWellFormedUtf8, utf16Units } from "./utf8-check.js";
import { inlineSha256, threadedSha256, type Sha256 } from "./sha256-thread.js";
import { openArchiveScript, type ArchiveInput } from "./archive/archive-input.js";
import { readCustomArchive, readDirectoryArchive, readTarArchive, type ArchiveRead } from "./archive/open-archive.js";

export type InputSource = { path: string } | string /* SQL text itself */ | Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

export type InputProblemCode =
  | "unreadable"
  | "not-plain-custom"
  | "not-plain-tar"
  | "not-plain-directory"
  | "not-plain-binary"
  | "gzip-corrupt"
  | "invalid-utf8"
  | "empty"
  | "archive-corrupt"
  | "archive-unsupported"
  | "archive-data-offset";

export interface InputProblem {
  code: InputProblemCode;
  message: string;
  /** Byte offset in the decoded stream (in the raw, compressed stream for gzip errors). */
  offset: number;
  line?: number;
  column?: number;
}

/**
 * A piece of the decoded input: well-formed UTF-8 bytes cut between whole sequences, or, where
 * the bytes were not well-formed, their decoded text (one U+FFFD per ill-formed sequence).
 */
export type Utf8Piece = Uint8Array | string;

export interface OpenedInput {
  /** The path as given, or undefined for strings, buffers and streams. */
  name?: string;
  /** File size when known (for progress). */
  totalBytes?: number;
  /** Known after the sniff. */
  format: InputFormat;
  /** Decoded UTF-8 text chunks of a plain dump (nothing for other formats); a BOM is kept. */
  text: AsyncIterable<string>;
  /** The same input as `text` (read one of the two), valid UTF-8 left as bytes: the lexer finds COPY lines on them. */
  pieces: AsyncIterable<Utf8Piece>;
  /** Grows while `text` is consumed. */
  problems: InputProblem[];
  /**
   * Final once `text` has been fully consumed. `readToEnd: false` when reading stopped before the
   * end of the input (a stream of unknown length found not to be a dump): sha256 and bytes then
   * cover the bytes read.
   */
  provenance(): { sha256: string; bytes: number; decodedBytes: number; readToEnd?: false };
  bytesRead(): number;
  /**
   * A plain or gzip file read from its path: what identifies its contents (`fileIdentity`) when it was opened
   * and, once read to its end, when the last byte was read. Two reads of one path with equal identities read
   * the same bytes (the rule split compares its threads' reads with them). Undefined for other inputs.
   */
  identity?(): FileReadIdentity;
  /** For custom, directory and tar archives: the header, the TOC, and where script positions come from.
   * `text` is then the script `pg_restore -f` would write from the archive. */
  archive?: ArchiveInput;
}

/** `fileIdentity` of a file when it was opened, and when it had been read to its end (unset while it has not). */
export interface FileReadIdentity {
  opened?: string;
  read?: string;
}

/**
 * Device, inode, size, and modification and change times (nanoseconds) of an open file: any write changes
 * the modification time, and the change time, which a user cannot set back (utimes sets it too).
 */
function fileIdentity(s: BigIntStats): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** Chunk sizes handed downstream: large enough to amortise per-chunk work, small enough to bound memory. */
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 1024 * 1024;
const READ_CHUNK = 256 * 1024;
const GZIP_PIECE = 16 * 1024;
/** pg_dump's plain output never contains NUL; any NUL this early means a binary file. */
const SNIFF_BYTES = 4096;
/** A regular file at least this large is hashed on a helper thread when the caller allows one (`hashThread`). */
const HASH_THREAD_MIN_BYTES = 8 * 1024 * 1024;
/** Past this many invalid-UTF-8 findings one summary says how many more there were. */
const MAX_UTF8_PROBLEMS = 100;

const NO_HASH: Sha256 = { update: () => {}, hex: () => "", finish: () => {} };
const EMPTY_TEXT: AsyncIterable<Utf8Piece> = { async *[Symbol.asyncIterator]() {} };
const EMPTY_BYTES: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };
/** Bytes read after a damaged or finished archive from a stream of unknown length, for the sha256. */
const ARCHIVE_TAIL = 16 * 1024 * 1024;

/**
 * Open a dump for reading: sniff its format, decompress gzip on the fly, validate and decode
 * UTF-8 in bounded-size chunks. Never throws for a problem of the input: a missing file, a
 * directory, a custom-format archive or broken bytes become `problems` and the text is empty
 * (or holds what could be decoded).
 */
export interface OpenInputOptions {
  /**
   * Compute the sha256 of a large regular file on a helper thread (a second core), not on the reading one;
   * a function decides by the file's size.
   */
  hashThread?: boolean | ((size: number) => boolean);
  /** No sha256 at all (a worker thread sharing rows: the calling thread hashes the file); `provenance().sha256` is then empty. */
  noHash?: boolean;
}

export async function openInput(source: InputSource, options: OpenInputOptions = {}): Promise<OpenedInput> {
  const problems: InputProblem[] = [];
  let hash: Sha256 = options.noHash ? NO_HASH : inlineSha256();
  let rawBytes = 0;
  let decodedBytes = 0;
  let name: string | undefined;
  let totalBytes: number | undefined;
  let raw: AsyncIterable<Uint8Array> | undefined;
  let stoppedEarly = false;
  let identity: FileReadIdentity | undefined;

  const provenance = () => ({ sha256: hash.hex(), bytes: rawBytes, decodedBytes, ...(stoppedEarly ? { readToEnd: false as const } : {}) });
  // An archive is read as the SQL script pg_restore would write from it, through the same UTF-8 decoding.
  const fromArchive = async (format: InputFormat, read: () => Promise<ArchiveRead>, rest: () => AsyncIterable<Uint8Array>): Promise<OpenedInput> => {
    const script = await openArchiveScript(read, problems, rest);
    const advice = "dumpguard reads UTF-8 (pg_dump --encoding=UTF8 writes it); fix the bytes or re-dump";
    const opened = finish(format, decodeUtf8(rechunk(script.bytes), problems, (n) => (decodedBytes += n), advice));
    return script.archive ? { ...opened, archive: script.archive } : opened;
  };
  const bytesRead = () => rawBytes;
  const finish = (format: InputFormat, pieces: AsyncIterable<Utf8Piece> = EMPTY_TEXT): OpenedInput => ({
    ...(name !== undefined ? { name } : {}),
    ...(totalBytes !== undefined ? { totalBytes } : {}),
    format,
    text: asText(pieces),
    pieces,
    problems,
    provenance,
    bytesRead,
    ...(identity !== undefined ? { identity: () => identity! } : {}),
  });

  try {
    if (typeof source === "string") {
      const bytes = Buffer.from(source, "utf8");
      totalBytes = bytes.length;
      raw = sliceBytes(bytes);
    } else if (source instanceof Uint8Array) {
      totalBytes = source.length;
      raw = sliceBytes(source);
    } else if (source !== null && typeof source === "object" && Symbol.asyncIterator in source) {
      raw = bytesOf(source as AsyncIterable<unknown>);
    } else if (source !== null && typeof source === "object" && typeof (source as { path?: unknown }).path === "string") {
      const path = (source as { path: string }).path;
      name = path;
      const info = await stat(path);
      if (info.isDirectory()) {
        const isDump = await access(join(path, "toc.dat")).then(
          () => true,
          () => false,
        );
        if (isDump) {
          const count = async function* (bytes: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
            for await (const chunk of bytes) {
              rawBytes += chunk.length;
              hash.update(chunk);
              yield chunk;
            }
          };
          return await fromArchive("directory", () => readDirectoryArchive(path, count), () => EMPTY_BYTES);
        }
        problems.push({
          code: "not-plain-directory",
          offset: 0,
          message: isDump
            ? `${path} is a pg_dump directory-format archive (-Fd), not a plain SQL dump; convert it with: pg_restore -f out.sql ${shellWord(path)}`
            : `${path} is a directory, not a dump file (a pg_dump directory-format archive would hold toc.dat; if it is one, convert it with: pg_restore -f out.sql ${shellWord(path)})`,
        });
        return finish("directory");
      }
      if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) {
        problems.push({ code: "unreadable", offset: 0, message: `${path} is not a regular file` });
        return finish("unreadable");
      }
      if (info.isFile()) totalBytes = info.size;
      const hashThread = typeof options.hashThread === "function" ? options.hashThread(info.size) : options.hashThread;
      if (hashThread && !options.noHash && info.isFile() && info.size >= HASH_THREAD_MIN_BYTES) hash = threadedSha256(path) ?? hash;
      identity = {};
      raw = fileBytes(path, identity);
    } else {
      problems.push({ code: "unreadable", offset: 0, message: "the input is neither a path, a string, bytes nor a stream" });
      return finish("unreadable");
    }
  } catch (err) {
    problems.push({ code: "unreadable", offset: 0, message: describeReadError(name, err) });
    return finish("unreadable");
  }

  // Every raw byte passes through here exactly once: this is what the sha256 and byte count cover.
  const counted = async function* (): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of raw!) {
        rawBytes += chunk.length;
        hash.update(chunk);
        yield chunk;
      }
    } catch (err) {
      problems.push({ code: "unreadable", offset: rawBytes, message: rawBytes > 0 ? `${describeReadError(name, err)}; the input is cut at byte ${rawBytes}` : describeReadError(name, err) });
    } finally {
      hash.finish();
    }
  };

  const label = name !== undefined ? shellWord(name) : "FILE";
  const rawReader = new PeekableBytes(counted());
  const head = await rawReader.peek(SNIFF_BYTES);

  // An input of known length (a regular file, bytes, a string) is read to its end even when it is
  // not a dump, so the sha256 describes all of it; a stream (stdin, a FIFO, /dev/zero) may never
  // end, so reading stops at the verdict and the report says the sha256 covers the bytes read.
  const knownLength = totalBytes !== undefined;
  const stopReading = async () => {
    stoppedEarly = true;
    await decoded.close();
    await rawReader.close();
  };

  let decoded: PeekableBytes = rawReader;
  let gzip = false;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    gzip = true;
    decoded = new PeekableBytes(gunzipped(rawReader, problems, knownLength, () => (stoppedEarly = true)));
  }
  const start = gzip ? await decoded.peek(SNIFF_BYTES) : head;

  const notPlain = async (code: InputProblemCode, format: InputFormat, message: string): Promise<OpenedInput> => {
    if (knownLength) {
      problems.push({ code, offset: 0, message });
      // Read the rest anyway so the sha256 and byte counts describe the whole input.
      return finish(format, drain(decoded, (n) => (decodedBytes += n)));
    }
    await stopReading();
    problems.push({ code, offset: 0, message: `${message}; reading stopped at this verdict, so the sha256 covers only the first ${rawBytes} bytes read` });
    return finish(format);
  };

  if (start.length === 0) {
    // A corrupt gzip that yields nothing is reported as gzip-corrupt, not as empty.
    if (!problems.some((p) => p.code === "gzip-corrupt" || p.code === "unreadable"))
      problems.push({ code: "empty", offset: 0, message: gzip ? "the gzip input decompresses to nothing: there is no dump to check" : "the input is empty: there is no dump to check" });
    return finish(problems.some((p) => p.code === "unreadable") ? "unreadable" : problems.some((p) => p.code === "gzip-corrupt") ? "gzip+other" : "empty");
  }
  // What follows an archive (nothing, when it is intact) is read for the sha256; from a stream of
  // unknown length at most ARCHIVE_TAIL bytes of it, so an endless input cannot keep us reading.
  const archiveTail = (): AsyncIterable<Uint8Array> => {
    if (totalBytes !== undefined) return decoded;
    const from = rawBytes;
    return (async function* () {
      for await (const chunk of decoded) {
        yield chunk;
        if (rawBytes - from > ARCHIVE_TAIL) {
          stoppedEarly = true;
          return;
        }
      }
    })();
  };
  if (startsWithAscii(start, 0, "PGDMP") && !gzip) return fromArchive("custom", () => readCustomArchive(decoded, totalBytes), archiveTail);
  if (startsWithAscii(start, 257, "ustar") && !gzip && start.subarray(0, 100).includes(Buffer.from("toc.dat\0")))
    return fromArchive("tar", () => readTarArchive(decoded), archiveTail);
  if (startsWithAscii(start, 0, "PGDMP")) {
    return gzip
      ? notPlain("not-plain-custom", "gzip+other", `the input is a gzip-compressed pg_dump custom-format archive, not a plain SQL dump; decompress it, then convert it: gunzip -c ${label} > dump.custom && pg_restore -f out.sql dump.custom`)
      : notPlain("not-plain-custom", "custom", `the input is a pg_dump custom-format archive (-Fc), not a plain SQL dump; convert it with: pg_restore -f out.sql ${label}`);
  }
  if (startsWithAscii(start, 257, "ustar")) {
    return gzip
      ? notPlain("not-plain-tar", "gzip+other", `the input is a gzip-compressed tar archive (pg_dump -Ft?), not a plain SQL dump; decompress it, then convert it: gunzip -c ${label} > dump.tar && pg_restore -f out.sql dump.tar`)
      : notPlain("not-plain-tar", "tar", `the input is a tar archive (pg_dump -Ft), not a plain SQL dump; convert it with: pg_restore -f out.sql ${label}`);
  }
  if (gzip && start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) {
    return notPlain("not-plain-binary", "gzip+other", `the input is gzip-compressed twice; decompress it twice first: gunzip -c ${label} | gunzip -c > out.sql`);
  }
  const utf16 = utf16Kind(start);
  if (utf16) {
    return notPlain(
      "not-plain-binary",
      gzip ? "gzip+other" : "unknown",
      `the input is UTF-16 (${utf16}) text, not UTF-8 as pg_dump writes it; convert it first: ${gzip ? `gunzip -c ${label} | ` : ""}iconv -f UTF-16${utf16 === "big-endian" ? "BE" : "LE"} -t UTF-8 ${gzip ? "" : `${label} `}> out.sql`,
    );
  }
  if (start.indexOf(0) !== -1) {
    return gzip
      ? notPlain("not-plain-binary", "gzip+other", `the decompressed input holds NUL bytes in its first 4 KiB: it is a binary file, not a plain SQL dump (if it is a pg_dump archive, decompress it and convert it: gunzip -c ${label} > dump.bin && pg_restore -f out.sql dump.bin)`)
      : notPlain("not-plain-binary", "unknown", `the input holds NUL bytes in its first 4 KiB: it is a binary file, not a plain SQL dump (if it is a pg_dump archive, convert it with: pg_restore -f out.sql ${label})`);
  }

  const advice = encodingAdvice(declaredClientEncoding(start), label, gzip);
  return finish(gzip ? "gzip+plain" : "plain", decodeUtf8(rechunk(decoded), problems, (n) => (decodedBytes += n), advice));
}

/** Lets the sniffer look at the first bytes without losing them for the reader. */
class PeekableBytes implements AsyncIterable<Uint8Array> {
  private buffered: Uint8Array[] = [];
  private bufferedLength = 0;
  private done = false;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Up to `n` first bytes (fewer only when the input is shorter). */
  async peek(n: number): Promise<Buffer> {
    while (this.bufferedLength < n && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0) {
        this.buffered.push(next.value);
        this.bufferedLength += next.value.length;
      }
    }
    const all = Buffer.concat(this.buffered);
    return all.subarray(0, Math.min(n, all.length));
  }

  /** Stop reading the source (closes a file stream); what is buffered is dropped. */
  async close(): Promise<void> {
    this.done = true;
    this.buffered = [];
    this.bufferedLength = 0;
    try {
      await this.iterator.return?.();
    } catch {
      /* closing a broken source: nothing more to read either way */
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    const early = this.buffered;
    this.buffered = [];
    this.bufferedLength = 0;
    yield* early;
    if (this.done) return;
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
}

async function* sliceBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += READ_CHUNK) yield bytes.subarray(i, Math.min(bytes.length, i + READ_CHUNK));
}

async function* fileBytes(path: string, identity: FileReadIdentity): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r");
  try {
    identity.opened = fileIdentity(await handle.stat({ bigint: true }));
    // MAX_CHUNK reads: passed on whole by rechunk, a quarter of the reads and chunks of READ_CHUNK.
    yield* handle.createReadStream({ highWaterMark: MAX_CHUNK, autoClose: false }) as AsyncIterable<Buffer>;
    identity.read = fileIdentity(await handle.stat({ bigint: true }));
  } finally {
    await handle.close();
  }
}

/** A stream may yield strings (when it has an encoding set) or any Uint8Array view. */
async function* bytesOf(source: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (chunk instanceof Uint8Array) yield chunk;
    else if (typeof chunk === "string") yield Buffer.from(chunk, "utf8");
    else if (ArrayBuffer.isView(chunk)) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else if (chunk instanceof ArrayBuffer) yield new Uint8Array(chunk);
  }
}

/**
 * Streaming gunzip, member by member as gzip -d does (see gunzip-members.ts). A corrupt or
 * truncated stream, or trailing bytes that are not gzip, end the output with a `gzip-corrupt`
 * problem; everything decoded before is kept.
 */
async function* gunzipped(raw: AsyncIterable<Uint8Array>, problems: InputProblem[], knownLength: boolean, onStop: () => void): AsyncGenerator<Uint8Array> {
  const found: GzipProblem[] = [];
  try {
    yield* gunzipMembers(raw, found, { piece: GZIP_PIECE, chunkSize: READ_CHUNK, keepReading: () => knownLength, onStop });
  } finally {
    for (const p of found) problems.push({ code: "gzip-corrupt", offset: p.offset, message: p.message });
  }
}

/** Hand downstream chunks of MIN_CHUNK..MAX_CHUNK bytes whatever sizes the source produced. */
async function* rechunk(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  for await (const chunk of source) {
    for (let i = 0; i < chunk.length; i += MAX_CHUNK) {
      const piece = chunk.length <= MAX_CHUNK ? chunk : chunk.subarray(i, Math.min(chunk.length, i + MAX_CHUNK));
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= MIN_CHUNK) {
        yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLength);
        pending = [];
        pendingLength = 0;
      }
    }
  }
  if (pendingLength > 0) yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLength);
}

async function* drain(source: AsyncIterable<Uint8Array>, count: (n: number) => void): AsyncGenerator<Utf8Piece> {
  for await (const chunk of source) count(chunk.length);
}

/** The pieces as text: bytes decoded (they are well-formed and hold whole sequences), text as it is. */
function asText(pieces: AsyncIterable<Utf8Piece>): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
      for await (const piece of pieces) yield typeof piece === "string" ? piece : decoder.decode(piece);
    },
  };
}

/**
 * Validate UTF-8 chunk by chunk. Validation takes the native fast path per chunk; only a chunk that
 * fails is scanned byte by byte to place each ill-formed sequence (offset, line, column). A
 * multi-byte sequence cut by a chunk boundary is carried into the next chunk. A well-formed chunk
 * goes on as bytes (decoding is the reader's: the lexer decodes COPY lines one by one); one that is
 * not is decoded here, ill-formed bytes to U+FFFD, and reading goes on.
 */
async function* decodeUtf8(source: AsyncIterable<Uint8Array>, problems: InputProblem[], count: (n: number) => void, advice: string): AsyncGenerator<Utf8Piece> {
  // Not streaming: a piece ends between whole sequences (an incomplete one is carried), so each decodes on its own.
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let regionStart = 0; // stream offset of the first byte not yet validated
  let line = 1;
  let unitsSinceNewline = 0;
  let invalidCount = 0;
  let firstOmittedOffset = 0;

  /** True when bytes[0, end) are well-formed. */
  const validate = (bytes: Uint8Array, end: number): boolean => {
    const region = bytes.subarray(0, end);
    const wellFormed = isWellFormedUtf8(region);
    if (!wellFormed) {
      let cursor = 0;
      for (const bad of findInvalidUtf8(region)) {
        invalidCount++;
        if (invalidCount > MAX_UTF8_PROBLEMS) {
          if (invalidCount === MAX_UTF8_PROBLEMS + 1) firstOmittedOffset = regionStart + bad.offset;
          continue;
        }
        // Advance line/column bookkeeping up to this sequence.
        for (let nl = region.indexOf(0x0a, cursor); nl !== -1 && nl < bad.offset; nl = region.indexOf(0x0a, cursor)) {
          line++;
          unitsSinceNewline = 0;
          cursor = nl + 1;
        }
        unitsSinceNewline += utf16Units(region, cursor, bad.offset);
        const column = unitsSinceNewline + 1;
        // Each ill-formed sequence decodes to exactly one U+FFFD, one column, whatever its bytes
        // (counting its bytes as characters gave `ED A0 80` the columns 3, 4, 4).
        unitsSinceNewline++;
        cursor = bad.offset + bad.length;
        const offset = regionStart + bad.offset;
        problems.push({
          code: "invalid-utf8",
          offset,
          line,
          column,
          message: `invalid UTF-8: ${bad.length === 1 ? "a byte" : `a ${bad.length}-byte sequence`} at byte ${offset} (line ${line}) cannot be decoded and reads as U+FFFD; ${advice}`,
        });
      }
      advance(region, cursor);
    } else advance(region, 0);
    regionStart += end;
    return wellFormed;
  };

  const advance = (region: Uint8Array, from: number) => {
    const last = region.lastIndexOf(0x0a);
    if (last >= from) {
      for (let nl = region.indexOf(0x0a, from); nl !== -1; nl = region.indexOf(0x0a, nl + 1)) line++;
      unitsSinceNewline = utf16Units(region, last + 1, region.length);
    } else unitsSinceNewline += utf16Units(region, from, region.length);
  };

  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    count(chunk.length);
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const keep = incompleteTailLength(bytes);
    const end = bytes.length - keep;
    const wellFormed = validate(bytes, end);
    carry = keep > 0 ? Uint8Array.prototype.slice.call(bytes, end) : new Uint8Array(0);
    if (end > 0) yield wellFormed ? bytes.subarray(0, end) : decoder.decode(bytes.subarray(0, end));
  }
  if (carry.length > 0) {
    validate(carry, carry.length);
    yield decoder.decode(carry);
  }
  if (invalidCount > MAX_UTF8_PROBLEMS)
    problems.push({
      code: "invalid-utf8",
      offset: firstOmittedOffset,
      message: `and ${invalidCount - MAX_UTF8_PROBLEMS} more invalid UTF-8 sequences after the first ${MAX_UTF8_PROBLEMS} (from byte ${firstOmittedOffset} on); ${advice}`,
    });
}

/**
 * UTF-16 text (a dump re-saved by a Windows editor or PowerShell's `>`): a byte-order mark, or
 * ASCII with a NUL in every other byte.
 */
function utf16Kind(start: Uint8Array): "little-endian" | "big-endian" | undefined {
  if (start[0] === 0xff && start[1] === 0xfe) return "little-endian";
  if (start[0] === 0xfe && start[1] === 0xff) return "big-endian";
  const pairs = Math.min(start.length >> 1, 64);
  if (pairs < 4) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let k = 0; k < pairs; k++) {
    if (start[2 * k] === 0) zeroEven++;
    if (start[2 * k + 1] === 0) zeroOdd++;
  }
  if (zeroOdd === pairs && zeroEven === 0) return "little-endian";
  if (zeroEven === pairs && zeroOdd === 0) return "big-endian";
  return undefined;
}

/**
 * The encoding pg_dump declares near the top of every plain dump (`SET client_encoding = 'LATIN1';`):
 * the data is in that encoding, so it names the right conversion when the bytes are not UTF-8.
 */
function declaredClientEncoding(head: Uint8Array): string | undefined {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1");
  const at = text.indexOf("SET client_encoding = '");
  if (at === -1) return undefined;
  const from = at + "SET client_encoding = '".length;
  const end = text.indexOf("'", from);
  if (end === -1 || end - from > 20) return undefined;
  return text.slice(from, end).toUpperCase();
}

/** PostgreSQL encoding names (docs: "Character Set Support", Table 24.1) that iconv spells differently. */
const ICONV_NAMES: Record<string, string> = {
  LATIN1: "ISO-8859-1",
  LATIN2: "ISO-8859-2",
  LATIN3: "ISO-8859-3",
  LATIN4: "ISO-8859-4",
  LATIN5: "ISO-8859-9",
  LATIN6: "ISO-8859-10",
  LATIN7: "ISO-8859-13",
  LATIN8: "ISO-8859-14",
  LATIN9: "ISO-8859-15",
  LATIN10: "ISO-8859-16",
  WIN1250: "WINDOWS-1250",
  WIN1251: "WINDOWS-1251",
  WIN1252: "WINDOWS-1252",
  WIN1253: "WINDOWS-1253",
  WIN1254: "WINDOWS-1254",
  WIN1255: "WINDOWS-1255",
  WIN1256: "WINDOWS-1256",
  WIN1257: "WINDOWS-1257",
  WIN1258: "WINDOWS-1258",
  WIN866: "CP866",
  WIN874: "CP874",
  KOI8R: "KOI8-R",
  KOI8U: "KOI8-U",
  EUC_JP: "EUC-JP",
  EUC_KR: "EUC-KR",
  EUC_CN: "EUC-CN",
  EUC_TW: "EUC-TW",
  SJIS: "SHIFT_JIS",
  BIG5: "BIG5",
  GBK: "GBK",
  GB18030: "GB18030",
  UHC: "CP949",
  JOHAB: "JOHAB",
};

function encodingAdvice(declared: string | undefined, label: string, gzip: boolean): string {
  const source = gzip ? `gunzip -c ${label} | iconv` : "iconv";
  const target = gzip ? "> out.sql" : `${label} > out.sql`;
  if (declared === undefined || declared === "UTF8" || declared === "UTF-8" || declared === "UNICODE")
    return "dumpguard reads UTF-8 (pg_dump --encoding=UTF8 writes it); fix the bytes or re-dump";
  if (declared === "SQL_ASCII")
    return `the dump declares client_encoding SQL_ASCII (bytes stored unconverted); convert from the encoding the application used, e.g. ${source} -f WINDOWS-1252 -t UTF-8 ${target}, or re-dump with --encoding=UTF8`;
  return `the dump declares client_encoding ${declared}; convert it: ${source} -f ${ICONV_NAMES[declared] ?? declared} -t UTF-8 ${target}, or re-dump with --encoding=UTF8`;
}

function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Quote a path for the suggested shell command only when it needs it. */
function shellWord(path: string): string {
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    const plain = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || "_./-+:@%,=".includes(c);
    if (!plain) return `'${path.split("'").join(`'\\''`)}'`;
  }
  return path;
}

function describeReadError(name: string | undefined, err: unknown): string {
  const code = (err as { code?: string })?.code;
  const what = name ?? "the input";
  switch (code) {
    case "ENOENT":
      return `${what} does not exist`;
    case "EACCES":
    case "EPERM":
      return `${what} cannot be read: permission denied`;
    case "EISDIR":
      return `${what} is a directory, not a dump file`;
    case "ENOTDIR":
      return `${what} does not exist (a part of the path is not a directory)`;
    default:
      return `${what} cannot be read${code ? ` (${code})` : ""}`;
  }
}
