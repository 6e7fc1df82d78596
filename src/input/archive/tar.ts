import type { ByteReader } from "./byte-reader.js";
import { decodeEntryData, decoderFor } from "./decompress.js";
import type { DataSource, LargeObject } from "./restore-script.js";
import type { TocEntry } from "./toc.js";

const BLOCK = 512;

export interface TarMember {
  name: string;
  size: number;
  /** Archive offset of the member's header. */
  headerOffset: number;
  /** Archive offset of the member's first data byte. */
  dataOffset: number;
}

/**
 * Sequential reading of a ustar archive (POSIX.1-1988, what pg_backup_tar.c writes): 512-byte
 * headers with an octal size and a checksum, data padded to 512 bytes, two zero blocks at the end.
 */
export class TarReader {
  private pending: TarMember | undefined;
  private finished = false;

  constructor(readonly reader: ByteReader) {}

  /** The next member's header (undefined at the end of the archive), data not yet read. */
  async next(): Promise<TarMember | undefined> {
    if (this.pending) {
      const member = this.pending;
      this.pending = undefined;
      return member;
    }
    if (this.finished) return undefined;
    const r = this.reader;
    if (await r.atEnd()) {
      this.finished = true;
      return undefined;
    }
    const headerOffset = r.position;
    const header = Buffer.from(await r.bytes(BLOCK, "a tar header"));
    if (header.every((b) => b === 0)) {
      this.finished = true;
      return undefined;
    }
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    const stated = Number.parseInt(header.toString("latin1", 148, 156).replace(/\0.*$/s, "").trim(), 8);
    if (stated !== sum) r.fail(`a tar header's checksum does not match (stated ${Number.isNaN(stated) ? "nothing" : stated}, computed ${sum}): the archive is damaged here`, headerOffset);
    const field = (from: number, length: number) => header.toString("latin1", from, from + length).replace(/\0.*$/s, "");
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : "") + field(0, 100);
    const sizeText = field(124, 12).trim();
    const size = Number.parseInt(sizeText || "0", 8);
    if (!/^[0-7]*$/.test(sizeText) || !Number.isSafeInteger(size)) r.fail(`tar member ${JSON.stringify(name)} has an unreadable size field`, headerOffset + 124);
    return { name, size, headerOffset, dataOffset: r.position };
  }

  /** Give a member back: the next `next()` returns it again (its data must not have been read). */
  unread(member: TarMember): void {
    this.pending = member;
  }

  /** The member's data in pieces; the padding after it is skipped once it is consumed. */
  async *data(member: TarMember): AsyncGenerator<Uint8Array> {
    yield* this.reader.take(member.size, `tar member ${member.name}`);
    await this.reader.skip(padding(member.size), `the padding after tar member ${member.name}`);
  }

  /** Skip the rest of a member whose data was read partly or not at all. */
  async skipTo(member: TarMember): Promise<void> {
    const end = member.dataOffset + member.size + padding(member.size);
    if (end > this.reader.position) await this.reader.skip(end - this.reader.position, `tar member ${member.name}`);
  }
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/**
 * The tar format (pg_backup_tar.c): toc.dat first, then each entry's data as the member the TOC
 * names (NNNN.dat), large objects as blob_OID.dat members followed by blobs.toc, restore.sql last.
 * Members are met in the order pg_dump wrote them, so the archive is read once, front to back.
 */
export function tarDataSource(tar: TarReader): DataSource {
  const find = async (name: string, what: string): Promise<TarMember> => {
    for (;;) {
      const member = await tar.next();
      if (!member) tar.reader.fail(`the tar archive ends before member ${name} (${what})`);
      if (member.name === name || member.name === `${name}.gz`) return member;
      await tar.skipTo(member);
    }
  };
  const decoded = (member: TarMember) => {
    const compression = member.name.endsWith(".gz") ? "gzip" : "none";
    return decodeEntryData(compression, decoderFor(compression, "gzip"), tar.data(member), () => tar.reader.position, () => tar.skipTo(member));
  };
  return {
    data(entry: TocEntry) {
      if (!entry.fileName) return undefined;
      const name = entry.fileName;
      return (async function* () {
        const member = await find(name, `the data of entry ${entry.dumpId}`);
        yield* decoded(member);
        await tar.skipTo(member);
      })();
    },
    largeObjects() {
      return (async function* (): AsyncGenerator<LargeObject> {
        let found = false;
        for (;;) {
          const member = await tar.next();
          if (!member) return;
          const blob = /^blob_(\d+)\.dat(\.gz)?$/.exec(member.name);
          if (blob) {
            found = true;
            yield { oid: blob[1]!, data: decoded(member) };
            await tar.skipTo(member);
            continue;
          }
          await tar.skipTo(member);
          // After the first large object, the first other member (blobs.toc) ends the list.
          if (found) return;
        }
      })();
    },
  };
}
