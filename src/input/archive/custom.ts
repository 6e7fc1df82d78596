import type { ByteReader } from "./byte-reader.js";
import { decodeEntryData, decoderFor } from "./decompress.js";
import type { DataNote, DataSource, LargeObject } from "./restore-script.js";
import type { ArchiveHeader, TocEntry } from "./toc.js";

/** pg_backup_custom.c block types. */
const BLK_DATA = 1;
const BLK_BLOBS = 3;
/** Chunks up to this size are gathered; pieces handed on are at most about BATCH bytes. */
const SMALL_CHUNK = 16 * 1024;
const BATCH = 64 * 1024;

/**
 * The custom format's data blocks (pg_backup_custom.c): after the TOC, per entry with data, a block
 * type byte, the dump id, then length-prefixed chunks of one compressed stream ending with a zero
 * length; a BLOBS block holds (OID, chunks) pairs ending with OID 0. Blocks are read in file order
 * (pg_dump writes them in TOC order), so a pipe works as well as a file; a block out of order is
 * skipped, and a TOC data offset that disagrees with where the block really is becomes a note.
 */
export function customDataSource(reader: ByteReader, header: ArchiveHeader): DataSource {
  const { intSize } = header;
  const decode = decoderFor(header.compression, "zlib");

  /** Reads one chunked stream; `rest()` skips whatever of it was not consumed. */
  const chunkedStream = (what: string) => {
    let chunkEnd = -1;
    let finished = false;
    // The next chunk's length, without waiting when its bytes are at hand (one chunk per row without compression).
    const nextNow = (): number | undefined => {
      const at = reader.position;
      const length = reader.intNow(intSize);
      if (length === undefined) return undefined;
      if (length < 0) reader.fail(`a chunk of ${what} has a negative length (${length})`, at);
      if (length === 0) finished = true;
      chunkEnd = reader.position + length;
      return length;
    };
    const next = async (): Promise<number> => {
      const at = reader.position;
      const length = await reader.int(intSize, `a chunk length of ${what}`);
      if (length < 0) reader.fail(`a chunk of ${what} has a negative length (${length})`, at);
      if (length === 0) finished = true;
      chunkEnd = reader.position + length;
      return length;
    };
    return {
      // Without compression pg_dump writes one chunk per row: small chunks are gathered into pieces
      // of up to BATCH bytes, so the layers above see a few large pieces instead of one per row.
      async *chunks(): AsyncGenerator<Uint8Array> {
        let batch: Uint8Array[] = [];
        let batched = 0;
        const flush = () => {
          const piece = batch.length === 1 ? batch[0]! : Buffer.concat(batch, batched);
          batch = [];
          batched = 0;
          return piece;
        };
        try {
          while (!finished) {
            if (chunkEnd > reader.position) {
              if (batched) yield flush();
              yield* reader.take(chunkEnd - reader.position, `a data chunk of ${what}`);
              continue;
            }
            const length = nextNow() ?? (await next());
            if (length === 0) break;
            if (length <= SMALL_CHUNK) {
              batch.push(reader.bytesNow(length) ?? (await reader.bytes(length, `a data chunk of ${what}`)));
              batched += length;
              if (batched >= BATCH) yield flush();
              continue;
            }
            if (batched) yield flush();
            yield* reader.take(length, `a data chunk of ${what}`);
          }
        } catch (err) {
          // What was read before the damage still goes out, as pg_restore would have written it.
          if (batched) yield flush();
          throw err;
        }
        if (batched) yield flush();
      },
      async rest(): Promise<void> {
        if (chunkEnd > reader.position) await reader.skip(chunkEnd - reader.position, `a data chunk of ${what}`);
        while (!finished) {
          const length = await next();
          if (length > 0) await reader.skip(length, `a data chunk of ${what}`);
        }
      },
    };
  };

  const skipBlock = async (type: number, what: string) => {
    if (type === BLK_DATA) return chunkedStream(what).rest();
    for (;;) {
      const oid = await reader.int(intSize, `a large object OID of ${what}`);
      if (oid === 0) return;
      await chunkedStream(what).rest();
    }
  };

  /** Move to the block of `entry`; returns its type. */
  const findBlock = async (entry: TocEntry, note: (n: DataNote) => void): Promise<number> => {
    for (;;) {
      const at = reader.position;
      if (await reader.atEnd()) reader.fail(`the archive ends before the data block of entry ${entry.dumpId}`);
      const type = await reader.byte("a data block type");
      const id = await reader.int(intSize, "the dump id of a data block");
      if (type !== BLK_DATA && type !== BLK_BLOBS) reader.fail(`a data block has type ${type} (1 data, 3 large objects): the archive is out of step here`, at);
      if (id === entry.dumpId) {
        if (entry.dataState === "set" && entry.dataOffset !== at)
          note({
            code: "archive-data-offset",
            message: `the TOC says its data starts at byte ${entry.dataOffset}, but it starts at byte ${at} (pg_restore seeks to the stated offset and would fail or read the wrong data)`,
            archiveOffset: entry.dataOffset!,
          });
        return type;
      }
      await skipBlock(type, `entry ${id}`);
    }
  };

  return {
    data(entry, note) {
      if (entry.dataState === "no-data") return undefined;
      return (async function* () {
        const type = await findBlock(entry, note);
        if (type !== BLK_DATA) reader.fail(`entry ${entry.dumpId} holds a large-object block where table data was expected`);
        const stream = chunkedStream(`entry ${entry.dumpId}`);
        yield* decodeEntryData(header.compression, decode, stream.chunks(), () => reader.position, () => stream.rest());
        // A stream can end (zlib's end marker) before its zero-length chunk: step past what is left.
        await stream.rest();
      })();
    },
    largeObjects(entry, note) {
      if (entry.dataState === "no-data") return (async function* () {})();
      return (async function* (): AsyncGenerator<LargeObject> {
        const type = await findBlock(entry, note);
        if (type !== BLK_BLOBS) reader.fail(`entry ${entry.dumpId} holds a table data block where large objects were expected`);
        for (;;) {
          const oid = await reader.int(intSize, `a large object OID of entry ${entry.dumpId}`);
          if (oid === 0) return;
          const stream = chunkedStream(`large object ${oid}`);
          yield { oid: String(oid >>> 0), data: decodeEntryData(header.compression, decode, stream.chunks(), () => reader.position, () => stream.rest()) };
          await stream.rest();
        }
      })();
    },
  };
}
