import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openInput, type OpenedInput } from "../../src/input/open-input.js";

// Real pg_dump 15 archives of one database (test/data/fixtures/make-fixtures.sh).
const fixtures = join(import.meta.dirname, "fixtures");
const plain = readFileSync(join(import.meta.dirname, "../data/fixtures/kitchen-sink.plain.sql"), "utf8");

async function readAll(opened: OpenedInput): Promise<string> {
  let text = "";
  for await (const chunk of opened.text) text += chunk;
  return text;
}

describe("openInput on real pg_dump archives", () => {
  it("decompresses the gzip of a plain dump to exactly the plain dump", async () => {
    const path = join(fixtures, "kitchen-sink.plain.sql.gz");
    const opened = await openInput({ path });
    expect(opened.format).toBe("gzip+plain");
    expect(await readAll(opened)).toBe(gunzipSync(readFileSync(path)).toString("utf8"));
    expect(opened.problems).toEqual([]);
    expect(opened.provenance().sha256).toBe(createHash("sha256").update(readFileSync(path)).digest("hex"));
  });

  it("holds the same tables as the plain fixture (same database)", async () => {
    const text = await readAll(await openInput({ path: join(fixtures, "kitchen-sink.plain.sql.gz") }));
    const copies = (s: string) => s.split("\n").filter((l) => l.startsWith("COPY "));
    expect(copies(text)).toEqual(copies(plain));
  });

  const archives: [string, string][] = [
    ["kitchen-sink.custom.dump", "custom"],
    ["kitchen-sink.tar", "tar"],
    ["kitchen-sink.dir", "directory"],
  ];
  for (const [file, format] of archives) {
    it(`reads pg_dump's ${format} format natively: the same COPY blocks and rows as the plain dump`, async () => {
      const opened = await openInput({ path: join(fixtures, file) });
      const text = await readAll(opened);
      expect(opened.format).toBe(format);
      expect(opened.problems).toEqual([]);
      expect(opened.archive?.header.format).toBe(format);
      const data = (s: string) => s.split("\n").filter((l) => l.startsWith("COPY ") || /^\d+\t/.test(l));
      expect(data(text)).toEqual(data(plain));
      expect(data(text).length).toBeGreaterThan(3);
    });
  }
});

// Another engineer generates real dumps of the corpus databases under corpus/dumps/<db>/.
const corpusDumps = join(import.meta.dirname, "../../corpus/dumps");
const corpusDbs = existsSync(corpusDumps) ? readdirSync(corpusDumps).filter((d) => !d.startsWith(".")) : [];

describe.skipIf(corpusDbs.length === 0)("openInput on the corpus dumps", () => {
  for (const db of corpusDbs) {
    const gz = join(corpusDumps, db, "plain.sql.gz");
    const sql = join(corpusDumps, db, "plain.sql");
    it.skipIf(!existsSync(gz) || !existsSync(sql))(`${db}: plain.sql.gz decodes to plain.sql`, async () => {
      const opened = await openInput({ path: gz });
      expect(opened.format).toBe("gzip+plain");
      expect(await readAll(opened)).toBe(readFileSync(sql, "utf8"));
      expect(opened.problems).toEqual([]);
    });
    const custom = join(corpusDumps, db, "custom.dump");
    it.skipIf(!existsSync(custom))(`${db}: custom.dump is read as custom format, hashed like createHash`, async () => {
      const opened = await openInput({ path: custom });
      await readAll(opened);
      expect(opened.format).toBe("custom");
      expect(opened.problems).toEqual([]);
      expect(opened.provenance().sha256).toBe(createHash("sha256").update(readFileSync(custom)).digest("hex"));
    });
    it.skipIf(!existsSync(sql))(`${db}: plain.sql is plain, valid UTF-8, hashed like createHash`, async () => {
      const opened = await openInput({ path: sql });
      await readAll(opened);
      expect(opened.format).toBe("plain");
      expect(opened.problems).toEqual([]);
      expect(opened.provenance().sha256).toBe(createHash("sha256").update(readFileSync(sql)).digest("hex"));
    });
  }
});
