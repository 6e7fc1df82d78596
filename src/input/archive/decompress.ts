import type { Gunzip, Inflate } from "node:zlib";
import { lazyRequire } from "../../core/lazy-require.js";
import { ArchiveFormatError } from "./byte-reader.js";
import { Lz4FrameDecoder } from "./lz4-frame.js";
import type { Compression } from "./toc.js";

/** fzstd takes ~10 ms to load: only a zstd-compressed archive needs it (start-up, issue 12). */
const fzstd = lazyRequire<typeof import("fzstd")>("fzstd");
/** node:zlib too loads on first use (a few ms): only compressed input needs it. */
const zlibModule = lazyRequire<typeof import("node:zlib")>("node:zlib");

export type Decoder = (source: AsyncIterable<Uint8Array>) => AsyncGenerator<Uint8Array>;

/**
 * The decoder for one compressed stream. `zlib` is what the custom format's gzip compression
 * writes (compress_gzip.c: deflateInit, RFC 1950); directory-format `.gz` files are gzip
 * (RFC 1952); lz4 and zstd are frames in both formats (compress_lz4.c, compress_zstd.c).
 */
export function decoderFor(compression: Compression, container: "zlib" | "gzip"): Decoder {
  switch (compression) {
    case "none":
      return passThrough;
    case "gzip":
      return (source) => throughZlib(source, container === "zlib" ? zlibModule().createInflate() : zlibModule().createGunzip());
    case "lz4":
      return lz4Frames;
    case "zstd":
      return zstdFrames;
  }
}

async function* passThrough(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* source;
}

/**
 * Feed a zlib stream and yield its output as it comes. Errors of the source (a cut archive) pass
 * through; errors of zlib (corrupt or truncated data) are thrown after the output before them.
 */
async function* throughZlib(source: AsyncIterable<Uint8Array>, zlib: Inflate | Gunzip): AsyncGenerator<Uint8Array> {
  const out: Buffer[] = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  zlib.on("data", (chunk: Buffer) => {
    out.push(chunk);
    notify();
  });
  zlib.on("error", (err: Error) => {
    failure = err;
    notify();
  });
  zlib.on("end", () => {
    ended = true;
    notify();
  });
  zlib.on("drain", notify);
  const wait = () => new Promise<void>((resolve) => (wake = resolve));
  try {
    for await (const chunk of source) {
      if (failure) break;
      zlib.write(chunk);
      // Backpressure: wait while zlib holds unprocessed input, handing on its output meanwhile.
      while (!failure && !ended && zlib.writableNeedDrain) {
        await wait();
        while (out.length) yield out.shift()!;
      }
      while (out.length) yield out.shift()!;
    }
    if (!failure) zlib.end();
    while (!ended && !failure) {
      await wait();
      while (out.length) yield out.shift()!;
    }
    while (out.length) yield out.shift()!;
    if (failure) throw failure;
  } finally {
    zlib.destroy();
  }
}

async function* lz4Frames(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const decoder = new Lz4FrameDecoder();
  for await (const chunk of source) yield* decoder.push(chunk);
  decoder.end();
}

async function* zstdFrames(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pieces: Uint8Array[] = [];
  const decoder = new (fzstd().Decompress)((data) => {
    if (data.length) pieces.push(data.slice());
  });
  let any = false;
  for await (const chunk of source) {
    if (!chunk.length) continue;
    any = true;
    decoder.push(chunk);
    if (pieces.length) {
      yield* pieces;
      pieces = [];
    }
  }
  if (any) decoder.push(new Uint8Array(0), true);
  yield* pieces;
}

/**
 * Decode one entry's stream. A failure of the decoder (corrupt or cut compressed data) becomes a
 * recoverable ArchiveFormatError, after `skipRest` has moved the source past this entry's data so
 * the next entries can still be read; failures of the source itself pass through unchanged.
 */
export async function* decodeEntryData(
  compression: Compression,
  decode: Decoder,
  raw: AsyncIterable<Uint8Array>,
  position: () => number,
  skipRest: () => Promise<void>,
  file?: string,
): AsyncGenerator<Uint8Array> {
  try {
    yield* decode(raw);
  } catch (err) {
    if (err instanceof ArchiveFormatError) throw err;
    const at = position();
    await skipRest();
    const reason = (err as Error)?.message ?? String(err);
    throw new ArchiveFormatError(`its ${compression} data cannot be decompressed (${reason}); the rows after this point are missing`, at, file, true);
  }
}
