import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { ArchiveFormatError, ByteReader } from "./byte-reader.js";
import { decodeEntryData, decoderFor } from "./decompress.js";
import type { DataSource, LargeObject } from "./restore-script.js";
import type { Compression, TocEntry } from "./toc.js";

const READ_CHUNK = 256 * 1024;

/** The suffixes pg_restore tries for a directory-format data file (compress_io.c InitDiscoverCompressFileHandle). */
const SUFFIXES: [string, Compression][] = [
  ["", "none"],
  [".gz", "gzip"],
  [".lz4", "lz4"],
  [".zst", "zstd"],
];

export type CountBytes = (bytes: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** A file of the directory as a byte stream through `count` (sha256 and byte totals of the input). */
export function fileBytes(path: string, count: CountBytes): AsyncIterable<Uint8Array> {
  return count(createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Find `name` (or name.gz/.lz4/.zst) in the archive directory. */
async function discover(dir: string, name: string): Promise<{ path: string; compression: Compression; file: string }> {
  if (name.includes("/") || name.includes("\\") || name === ".." || name === ".")
    throw new ArchiveFormatError(`the TOC names a data file outside the archive directory (${JSON.stringify(basename(name))})`, 0, undefined, true);
  const given: Compression | undefined = name.endsWith(".gz") ? "gzip" : name.endsWith(".lz4") ? "lz4" : name.endsWith(".zst") ? "zstd" : undefined;
  if (given) {
    if (await exists(join(dir, name))) return { path: join(dir, name), compression: given, file: name };
  } else {
    for (const [suffix, compression] of SUFFIXES) {
      const path = join(dir, name + suffix);
      if (await exists(path)) return { path, compression, file: name + suffix };
    }
  }
  throw new ArchiveFormatError(`its data file ${name} (or ${name}.gz/.lz4/.zst) is missing from the archive directory`, 0, name, true);
}

/** Decompressed bytes of one data file, a failure located in that file. */
async function* dataFile(dir: string, name: string, count: CountBytes): AsyncGenerator<Uint8Array> {
  const { path, compression, file } = await discover(dir, name);
  const reader = new ByteReader(fileBytes(path, count), 0, file);
  yield* decodeEntryData(compression, decoderFor(compression, "gzip"), reader.remaining(), () => reader.position, async () => {}, file);
}

/**
 * The directory format (pg_backup_directory.c): toc.dat holds the header and TOC, each entry's data
 * is a file the TOC names (NNNN.dat, compressed or not by its suffix), large objects are listed in
 * blobs.toc (blobs_NNNN.toc from pg_dump 17) as "OID FILE" lines.
 */
export function directoryDataSource(dir: string, count: CountBytes): DataSource {
  return {
    data(entry: TocEntry) {
      if (!entry.fileName) return undefined;
      return dataFile(dir, entry.fileName, count);
    },
    largeObjects(entry: TocEntry) {
      const listName = entry.fileName;
      return (async function* (): AsyncGenerator<LargeObject> {
        if (!listName) return;
        let rest = "";
        const lines = async function* () {
          for await (const piece of dataFile(dir, listName, count)) {
            rest += Buffer.from(piece).toString("latin1");
            let nl: number;
            while ((nl = rest.indexOf("\n")) !== -1) {
              yield rest.slice(0, nl);
              rest = rest.slice(nl + 1);
            }
          }
          if (rest) yield rest;
        };
        for await (const line of lines()) {
          const match = /^(\d+) (\S+)$/.exec(line.trim());
          if (!match) throw new ArchiveFormatError(`${listName} has a line that is not "OID FILE": ${JSON.stringify(line.slice(0, 40))}`, 0, listName, true);
          yield { oid: match[1]!, data: dataFile(dir, match[2]!, count) };
        }
      })();
    },
  };
}
