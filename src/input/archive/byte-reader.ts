/**
 * A damaged or unsupported archive: what was expected and the byte offset (in the archive file, or
 * in the member/data file named by `file`) where reading stopped.
 */
export class ArchiveFormatError extends Error {
  override name = "ArchiveFormatError";
  constructor(
    message: string,
    readonly offset: number,
    readonly file?: string,
    /** True when reading can go on with the next entry (a damaged data stream whose framing is intact). */
    readonly recoverable = false,
  ) {
    super(message);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Sequential reads of exact byte counts over a chunked byte stream, tracking the absolute offset.
 * Reading past the end throws `ArchiveFormatError` naming what was being read and where, so a cut
 * archive is a located finding and never a hang. The integers pg_dump writes (ReadInt) have a
 * synchronous fast path: a custom-format archive without compression has one chunk header per row.
 */
export class ByteReader {
  private chunk: Uint8Array = EMPTY;
  private at = 0;
  private base: number;
  private done = false;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(
    source: AsyncIterable<Uint8Array>,
    startOffset = 0,
    readonly file?: string,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
    this.base = startOffset;
  }

  /** Absolute offset of the next byte. */
  get position(): number {
    return this.base + this.at;
  }

  fail(message: string, offset = this.position): never {
    throw new ArchiveFormatError(message, offset, this.file);
  }

  private async fill(): Promise<boolean> {
    while (this.at >= this.chunk.length) {
      if (this.done) return false;
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        return false;
      }
      this.base += this.chunk.length;
      this.chunk = next.value;
      this.at = 0;
    }
    return true;
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }

  async byte(what: string): Promise<number> {
    if (this.at >= this.chunk.length && !(await this.fill())) this.fail(`the archive ends where ${what} should be`);
    return this.chunk[this.at++]!;
  }

  /** Exactly `n` bytes (a view into the stream's chunk when they lie in one). */
  async bytes(n: number, what: string): Promise<Uint8Array> {
    if (this.chunk.length - this.at >= n) {
      const view = this.chunk.subarray(this.at, this.at + n);
      this.at += n;
      return view;
    }
    const parts: Uint8Array[] = [];
    for await (const piece of this.take(n, what)) parts.push(piece);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** The next `n` bytes in pieces as they arrive (no copy, bounded memory). */
  async *take(n: number, what: string): AsyncGenerator<Uint8Array> {
    const start = this.position;
    let left = n;
    while (left > 0) {
      if (this.at >= this.chunk.length && !(await this.fill())) this.fail(`the archive ends inside ${what} (${n - left} of ${n} bytes, from byte ${start})`);
      const count = Math.min(left, this.chunk.length - this.at);
      const piece = this.chunk.subarray(this.at, this.at + count);
      this.at += count;
      left -= count;
      yield piece;
    }
  }

  /** Everything left, in the pieces it arrives in. */
  async *remaining(): AsyncGenerator<Uint8Array> {
    while (await this.fill()) {
      const piece = this.chunk.subarray(this.at);
      this.at = this.chunk.length;
      yield piece;
    }
  }

  async skip(n: number, what: string): Promise<void> {
    for await (const _ of this.take(n, what));
  }

  /** ReadInt without waiting, when its bytes are all in the current chunk; undefined (nothing read) otherwise. */
  intNow(size: number): number | undefined {
    if (this.chunk.length - this.at <= size) return undefined;
    const sign = this.chunk[this.at]!;
    let value = 0;
    for (let i = size; i >= 1; i--) value = value * 256 + this.chunk[this.at + i]!;
    if (!Number.isSafeInteger(value)) return undefined;
    this.at += size + 1;
    return sign ? -value : value;
  }

  /** `n` bytes without waiting, when they are all in the current chunk; undefined (nothing read) otherwise. */
  bytesNow(n: number): Uint8Array | undefined {
    if (this.chunk.length - this.at < n) return undefined;
    const view = this.chunk.subarray(this.at, this.at + n);
    this.at += n;
    return view;
  }

  /**
   * pg_dump's ReadInt: a sign byte (1 = negative) then `size` bytes, least significant first
   * (pg_backup_archiver.c). Sizes above 6 bytes are read exactly when the value fits in 2^53.
   */
  async int(size: number, what: string): Promise<number> {
    let sign: number;
    let value = 0;
    if (this.chunk.length - this.at > size) {
      sign = this.chunk[this.at]!;
      for (let i = size; i >= 1; i--) value = value * 256 + this.chunk[this.at + i]!;
      this.at += size + 1;
    } else {
      sign = await this.byte(what);
      const bytes = await this.bytes(size, what);
      for (let i = size - 1; i >= 0; i--) value = value * 256 + bytes[i]!;
    }
    if (!Number.isSafeInteger(value)) this.fail(`${what} is too large to be real (${size}-byte integer)`, this.position - size - 1);
    return sign ? -value : value;
  }
}
