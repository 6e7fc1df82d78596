import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { openInput, type InputSource, type OpenedInput } from "../../src/input/open-input.js";

const SQL = "-- PostgreSQL database dump\nSET client_encoding = 'UTF8';\nCREATE TABLE public.t (a text);\nCOPY public.t (a) FROM stdin;\nh\u00e9llo \u{1F600}\n\\.\n";

const dir = mkdtempSync(join(tmpdir(), "dumpguard-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(opened: OpenedInput): Promise<string> {
  let text = "";
  for await (const chunk of opened.text) text += chunk;
  return text;
}

async function* oneByteChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
}

async function* oneChunkThenRest(bytes: Uint8Array, first: number): AsyncGenerator<Uint8Array> {
  yield bytes.subarray(0, first);
  yield bytes.subarray(first);
}

const codes = (o: OpenedInput) => o.problems.map((p) => p.code);

/** A 512-byte tar header block (POSIX ustar) for a file called toc.dat, followed by its data block. */
function tarBytes(): Uint8Array {
  const block = Buffer.alloc(1024);
  block.write("toc.dat", 0, "ascii");
  block.write("0000644\0", 100, "ascii");
  block.write("ustar\0", 257, "ascii");
  block.write("00", 263, "ascii");
  block.write("PGDMP", 512, "ascii");
  return block;
}

describe("openInput sniffs the format from the first bytes", () => {
  it("reads a plain SQL file as plain, text unchanged", async () => {
    const opened = await openInput({ path: tempFile("plain.sql", SQL) });
    expect(opened.format).toBe("plain");
    expect(await readAll(opened)).toBe(SQL);
    expect(opened.problems).toEqual([]);
    expect(opened.name).toBe(join(dir, "plain.sql"));
    expect(opened.totalBytes).toBe(Buffer.byteLength(SQL));
  });

  it("decompresses gzip on the fly and reports gzip+plain with the compressed sha256", async () => {
    const gz = gzipSync(Buffer.from(SQL));
    const path = tempFile("plain.sql.gz", gz);
    const opened = await openInput({ path });
    expect(opened.format).toBe("gzip+plain");
    expect(await readAll(opened)).toBe(SQL);
    expect(opened.provenance()).toEqual({ sha256: createHash("sha256").update(gz).digest("hex"), bytes: gz.length, decodedBytes: Buffer.byteLength(SQL) });
  });

  it("reads multi-member gzip (concatenated .gz files) to the end", async () => {
    const gz = Buffer.concat([gzipSync(Buffer.from("SELECT 1;\n")), gzipSync(Buffer.from("SELECT 2;\n"))]);
    expect(await readAll(await openInput(gz))).toBe("SELECT 1;\nSELECT 2;\n");
  });

  it("flags a truncated gzip as gzip-corrupt and keeps the text decoded before the cut", async () => {
    const big = "INSERT INTO t VALUES (1);\n".repeat(20000);
    const gz = gzipSync(Buffer.from(big));
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const opened = await openInput(cut);
    const text = await readAll(opened);
    expect(codes(opened)).toEqual(["gzip-corrupt"]);
    expect(text.length).toBeGreaterThan(0);
    expect(big.startsWith(text)).toBe(true);
    expect(opened.problems[0]!.message).toMatch(/gzip/);
  });

  it("flags a gzip whose deflate data is garbage as gzip-corrupt, not as empty", async () => {
    const gz = Buffer.from(gzipSync(Buffer.from(SQL)));
    for (let i = 12; i < gz.length - 8; i++) gz[i] = 0xff;
    const opened = await openInput(gz);
    await readAll(opened);
    expect(codes(opened)).toContain("gzip-corrupt");
    expect(codes(opened)).not.toContain("empty");
  });

  it("says the checksum failed when deflate data was damaged in the middle (deflate cannot tell earlier)", async () => {
    const big = Array.from({ length: 20000 }, (_, i) => `INSERT INTO t VALUES (${i}, 'r${(i * 7919) % 10007}');\n`).join("");
    const gz = Buffer.from(gzipSync(Buffer.from(big)));
    for (let i = gz.length >> 1; i < (gz.length >> 1) + 32; i++) gz[i]! ^= 0x5a;
    const opened = await openInput(gz);
    await readAll(opened);
    expect(codes(opened)).toEqual(["gzip-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(/checksum/);
  });

  it("says bytes that are not gzip follow the compressed data", async () => {
    const opened = await openInput(Buffer.concat([gzipSync(Buffer.from("SELECT 1;\n")), Buffer.from("not gzip")]));
    await readAll(opened);
    expect(codes(opened)).toEqual(["gzip-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(/not gzip follow/);
  });

  it("reads a gzip followed by zero padding as complete", async () => {
    const opened = await openInput(Buffer.concat([gzipSync(Buffer.from("SELECT 1;\n")), Buffer.alloc(512)]));
    expect(await readAll(opened)).toBe("SELECT 1;\n");
    expect(opened.problems).toEqual([]);
  });

  it("keeps what a stream gave before it failed and reports where it was cut", async () => {
    async function* failing() {
      yield Buffer.from("SELECT 1;\n");
      throw Object.assign(new Error("disk gone"), { code: "EIO" });
    }
    const opened = await openInput(failing());
    expect(await readAll(opened)).toBe("SELECT 1;\n");
    expect(opened.problems).toMatchObject([{ code: "unreadable", offset: 10 }]);
    expect(opened.problems[0]!.message).toMatch(/EIO.*cut at byte 10/);
  });

  it("reports a stream that fails before its first byte as unreadable", async () => {
    const opened = await openInput(Readable.from((async function* () { throw Object.assign(new Error("nope"), { code: "EACCES" }); })()));
    expect(await readAll(opened)).toBe("");
    expect(opened.format).toBe("unreadable");
    expect(opened.problems).toMatchObject([{ code: "unreadable", offset: 0, message: "the input cannot be read: permission denied" }]);
  });

  it("reports a source that is none of the accepted kinds as unreadable", async () => {
    const opened = await openInput(42 as unknown as InputSource);
    expect(opened.format).toBe("unreadable");
    expect(codes(opened)).toEqual(["unreadable"]);
  });

  it("recognises a custom-format archive by PGDMP and says where a cut header stops", async () => {
    const path = tempFile("db.dump", Buffer.concat([Buffer.from("PGDMP"), Buffer.from([1, 14, 0, 4, 8, 1, 0, 0, 0])]));
    const opened = await openInput({ path });
    expect(opened.format).toBe("custom");
    expect(await readAll(opened)).toBe("");
    expect(codes(opened)).toEqual(["archive-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(/archive ends inside the compression level.*at archive byte 14/);
  });

  it("recognises a gzip-compressed custom archive and says to gunzip first", async () => {
    const opened = await openInput(gzipSync(Buffer.from("PGDMP\x01\x0e\x00")));
    expect(opened.format).toBe("gzip+other");
    expect(codes(opened)).toEqual(["not-plain-custom"]);
    expect(opened.problems[0]!.message).toMatch(/gunzip/);
    expect(opened.problems[0]!.message).toContain("pg_restore -f out.sql");
  });

  it("recognises a pg_dump tar archive by ustar at byte 257 and toc.dat first; a bad header checksum is located", async () => {
    const opened = await openInput({ path: tempFile("db.tar", tarBytes()) });
    expect(opened.format).toBe("tar");
    expect(codes(opened)).toEqual(["archive-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(/checksum does not match.*archive byte 0/);
  });

  it("recognises a pg_dump directory archive (toc.dat) and locates a cut toc.dat", async () => {
    const archive = join(dir, "dumpdir");
    mkdirSync(archive);
    writeFileSync(join(archive, "toc.dat"), "PGDMP");
    const opened = await openInput({ path: archive });
    expect(opened.format).toBe("directory");
    expect(await readAll(opened)).toBe("");
    expect(codes(opened)).toEqual(["archive-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(/ends where the archive version should be.*toc\.dat byte 5/);
  });

  it("calls a directory without toc.dat a directory, not a dump", async () => {
    const other = join(dir, "just-a-dir");
    mkdirSync(other);
    const opened = await openInput({ path: other });
    expect(codes(opened)).toEqual(["not-plain-directory"]);
    expect(opened.problems[0]!.message).toMatch(/is a directory, not a dump file/);
  });

  it("calls a file with NUL bytes in its first 4 KiB binary", async () => {
    const bytes = Buffer.concat([Buffer.from("SELECT 1;\n"), Buffer.from([0, 1, 2, 3])]);
    const opened = await openInput(bytes);
    expect(opened.format).toBe("unknown");
    expect(codes(opened)).toEqual(["not-plain-binary"]);
  });

  it("recognises UTF-16 text (with or without a byte-order mark) and says how to convert it", async () => {
    for (const [bytes, iconv] of [
      [Buffer.from("\ufeffSELECT 1;\n", "utf16le"), "UTF-16LE"],
      [Buffer.from("SELECT 1;\n", "utf16le"), "UTF-16LE"],
      [Buffer.from("\ufeffSELECT 1;\n", "utf16le").swap16(), "UTF-16BE"],
    ] as const) {
      const opened = await openInput(bytes);
      expect(codes(opened)).toEqual(["not-plain-binary"]);
      expect(opened.problems[0]!.message).toContain(`iconv -f ${iconv} -t UTF-8`);
    }
  });

  it("does not call a NUL after the first 4 KiB binary (that is the text's problem, not the format's)", async () => {
    const bytes = Buffer.concat([Buffer.from("-".repeat(5000)), Buffer.from([0])]);
    expect((await openInput(bytes)).format).toBe("plain");
  });

  it("reports an empty input as empty", async () => {
    const opened = await openInput({ path: tempFile("empty.sql", "") });
    expect(opened.format).toBe("empty");
    expect(codes(opened)).toEqual(["empty"]);
    expect(await readAll(opened)).toBe("");
  });

  it("reports a missing file as unreadable without throwing", async () => {
    const opened = await openInput({ path: join(dir, "does-not-exist.sql") });
    expect(opened.format).toBe("unreadable");
    expect(codes(opened)).toEqual(["unreadable"]);
    expect(opened.problems[0]!.message).toMatch(/does not exist/);
    expect(await readAll(opened)).toBe("");
    expect(opened.provenance().bytes).toBe(0);
  });

  it("hashes the whole file even when the archive cannot be read (no script: 0 decoded bytes)", async () => {
    const bytes = Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(300_000, 7)]);
    const opened = await openInput({ path: tempFile("big.dump", bytes) });
    await readAll(opened);
    expect(codes(opened)).toEqual(["archive-unsupported"]);
    expect(opened.provenance()).toEqual({ sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, decodedBytes: 0 });
  });
});

describe("openInput accepts every source kind alike", () => {
  const bytes = Buffer.from(SQL.repeat(3000)); // ~300 KB: several read chunks
  const expected = SQL.repeat(3000);
  const sources: [string, () => InputSource][] = [
    ["a path", () => ({ path: tempFile("same.sql", bytes) })],
    ["a string", () => expected],
    ["a Uint8Array", () => new Uint8Array(bytes)],
    ["a Readable", () => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)])],
    ["a Readable with an encoding (string chunks)", () => Readable.from(bytes).setEncoding("utf8")],
    ["an AsyncIterable of 1-byte chunks", () => oneByteChunks(bytes.subarray(0, 20_000))],
  ];
  for (const [label, make] of sources) {
    it(`gives the same text and sha256 for ${label}`, async () => {
      const opened = await openInput(make());
      const text = await readAll(opened);
      const want = label.includes("1-byte") ? bytes.subarray(0, 20_000) : bytes;
      expect(text).toBe(want.toString("utf8"));
      expect(opened.provenance().sha256).toBe(createHash("sha256").update(want).digest("hex"));
      expect(opened.provenance().bytes).toBe(want.length);
      expect(opened.problems).toEqual([]);
    });
  }
  it("keeps a UTF-8 BOM in the text (the lexer skips it)", async () => {
    expect(await readAll(await openInput(Buffer.from("\ufeffSELECT 1;")))).toBe("\ufeffSELECT 1;");
  });
  it("hands out chunks of at most 1 MiB of text", async () => {
    const opened = await openInput("x".repeat(3 * 1024 * 1024));
    let largest = 0;
    for await (const chunk of opened.text) largest = Math.max(largest, chunk.length);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("openInput locates invalid UTF-8 and decodes on", () => {
  it("reports each invalid sequence at its exact byte offset, line and column", async () => {
    // line 1: "ab\n"; line 2: "c" 0xFF "d" → offset 4, line 2, column 2; then "é" and a lone continuation byte.
    const bytes = Buffer.concat([Buffer.from("ab\nc"), Buffer.from([0xff]), Buffer.from("d\u00e9"), Buffer.from([0x80]), Buffer.from("\n")]);
    const opened = await openInput(bytes);
    const text = await readAll(opened);
    expect(text).toBe("ab\nc\ufffdd\u00e9\ufffd\n");
    expect(opened.problems.map((p) => [p.code, p.offset, p.line, p.column])).toEqual([
      ["invalid-utf8", 4, 2, 2],
      ["invalid-utf8", 8, 2, 5],
    ]);
  });

  it("finds the same offsets when the input arrives one byte at a time", async () => {
    const bytes = Buffer.concat([Buffer.from("x\u{1F600}y\n"), Buffer.from([0xe2, 0x82]), Buffer.from("z"), Buffer.from([0xc3])]);
    const opened = await openInput(oneByteChunks(bytes));
    const text = await readAll(opened);
    expect(text).toBe("x\u{1F600}y\n\ufffdz\ufffd");
    // "x" + 4-byte emoji + "y\n" = 7 bytes; the cut 3-byte sequence starts there, the lone lead ends the input.
    expect(opened.problems.map((p) => [p.offset, p.line, p.column])).toEqual([
      [7, 2, 1],
      [10, 2, 3],
    ]);
  });

  it("accepts a multi-byte character split between any two source chunks", async () => {
    const bytes = Buffer.from("a\u20ac\u{1F600}b");
    for (let cut = 1; cut < bytes.length; cut++) {
      async function* two() {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      const opened = await openInput(two());
      expect(await readAll(opened)).toBe("a\u20ac\u{1F600}b");
      expect(opened.problems).toEqual([]);
    }
  });

  it("carries a multi-byte character cut by a 64 KiB chunk boundary into the next chunk", async () => {
    const head = Buffer.from("a".repeat(65535));
    const bytes = Buffer.concat([head, Buffer.from("\u20ac\n"), Buffer.from([0xff])]);
    const opened = await openInput(oneChunkThenRest(bytes, head.length + 1));
    expect(await readAll(opened)).toBe(`${"a".repeat(65535)}\u20ac\n\ufffd`);
    expect(opened.problems.map((p) => [p.offset, p.line, p.column])).toEqual([[65539, 2, 1]]);
  });

  it("counts columns in UTF-16 code units (an emoji is two)", async () => {
    const bytes = Buffer.concat([Buffer.from("\u{1F600}x"), Buffer.from([0xff])]);
    const opened = await openInput(bytes);
    await readAll(opened);
    expect(opened.problems[0]).toMatchObject({ offset: 5, line: 1, column: 4 });
  });

  it("rejects overlong encodings and surrogates as PostgreSQL does", async () => {
    const bytes = Buffer.from([0x41, 0xc0, 0xaf, 0x42, 0xed, 0xa0, 0x80, 0x43]);
    const opened = await openInput(bytes);
    expect(await readAll(opened)).toBe(new TextDecoder().decode(bytes));
    expect(opened.problems.map((p) => p.offset)).toEqual([1, 2, 4, 5, 6]);
  });

  it("reports the first 100 invalid sequences, then one summary with the rest", async () => {
    const bytes = Buffer.from(Array.from({ length: 250 }, () => [0x61, 0xff]).flat());
    const opened = await openInput(bytes);
    await readAll(opened);
    expect(opened.problems).toHaveLength(101);
    expect(opened.problems[99]!.offset).toBe(199);
    expect(opened.problems[100]!.message).toMatch(/and 150 more/);
    expect(opened.problems[100]!.offset).toBe(201);
  });

  it("names the conversion when the dump declares another client_encoding", async () => {
    const bytes = Buffer.concat([Buffer.from("SET client_encoding = 'LATIN1';\nINSERT INTO t VALUES ('M"), Buffer.from([0xfc]), Buffer.from("ller');\n")]);
    const opened = await openInput({ path: tempFile("latin1.sql", bytes) });
    await readAll(opened);
    expect(opened.problems).toHaveLength(1);
    expect(opened.problems[0]!.message).toContain(`iconv -f ISO-8859-1 -t UTF-8 ${join(dir, "latin1.sql")} > out.sql`);
  });

  it("never puts the invalid bytes themselves into a message", async () => {
    const opened = await openInput(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])); // "Müller" in Latin-1
    await readAll(opened);
    expect(opened.problems[0]!.message).not.toMatch(/M.ller|fc/i);
  });
});
