import fc from "fast-check";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze.js";
import { openInput, type OpenedInput } from "../../../src/input/open-input.js";
import { readCustomArchive } from "../../../src/input/archive/open-archive.js";
import { Report } from "../../../src/report/schema.js";

/**
 * Damaged archives (issue 16 item 4): cut at any offset, bytes flipped anywhere, a data offset or a
 * string length in the TOC that lies. Whatever the damage: no exception, no hang, a schema-valid
 * report; and where the damage makes the archive unreadable, a problem naming the entry (or the
 * TOC) and the byte offset. Real pg_dump 15 archives of the kitchen-sink fixture (test/data/fixtures/make-fixtures.sh).
 */
const FIXTURES = join(import.meta.dirname, "../fixtures");
const custom = readFileSync(join(FIXTURES, "kitchen-sink.custom.dump"));
const tar = readFileSync(join(FIXTURES, "kitchen-sink.tar"));
const work = mkdtempSync(join(tmpdir(), "dumpguard-archive-damage-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function consume(opened: OpenedInput): Promise<string> {
  let text = "";
  for await (const chunk of opened.text) text += chunk;
  return text;
}

const located = /(archive|toc\.dat|\.dat(\.gz)?) byte \d+/;

async function originalScript(bytes: Uint8Array): Promise<string> {
  const opened = await openInput(bytes);
  const text = await consume(opened);
  expect(opened.problems).toEqual([]);
  return text;
}

describe("damaged archives: a located finding, never a crash or a hang", () => {
  it("a custom archive cut at any offset reports where it stops", async () => {
    await fc.assert(
      // From 5 bytes on the input is recognisably an archive ("PGDMP").
      fc.asyncProperty(fc.integer({ min: 5, max: custom.length - 1 }), async (cut) => {
        const opened = await openInput(custom.subarray(0, cut));
        await consume(opened);
        const problems = opened.problems.filter((p) => p.code.startsWith("archive-"));
        expect(problems.length, `cut at ${cut}`).toBeGreaterThan(0);
        for (const p of problems) expect(p.message).toMatch(located);
      }),
      { numRuns: 80 },
    );
  });

  it("a tar archive cut inside its members reports where it stops", async () => {
    // pg_dump -Ft ends with restore.sql and zero blocks; a cut before restore.sql loses data.
    const end = tar.indexOf(Buffer.from("restore.sql\0"));
    expect(end).toBeGreaterThan(0);
    await fc.assert(
      // Shorter than a ustar header's magic, a cut tar is not recognisable as one (it is then a binary file).
      fc.asyncProperty(fc.integer({ min: 263, max: end - 1 }), async (cut) => {
        const opened = await openInput(tar.subarray(0, cut));
        await consume(opened);
        const problems = opened.problems.filter((p) => p.code.startsWith("archive-"));
        expect(problems.length, `cut at ${cut}`).toBeGreaterThan(0);
        for (const p of problems) expect(p.message).toMatch(located);
      }),
      { numRuns: 60 },
    );
  });

  it("flipped bytes anywhere: analyze returns a schema-valid report and locates archive problems", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(custom, tar),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        async (original, flips) => {
          const bytes = Buffer.from(original);
          for (const [at, xor] of flips) bytes[at % bytes.length]! ^= xor;
          Report.parse(await analyze(bytes));
          const opened = await openInput(bytes);
          await consume(opened);
          for (const p of opened.problems) if (p.code.startsWith("archive-")) expect(p.message).toMatch(located);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a TOC data offset that lies is a finding naming the entry and both offsets; the data is still read", async () => {
    const { entries, header } = await readCustomArchive(
      (async function* () {
        yield custom;
      })(),
      custom.length,
    );
    const i = entries.findIndex((e, k) => e.desc === "TABLE DATA" && e.dataState === "set" && k + 1 < entries.length);
    expect(i).toBeGreaterThanOrEqual(0);
    const entry = entries[i]!;
    const field = entries[i + 1]!.tocOffset - header.offSize;
    const bytes = Buffer.from(custom);
    bytes.writeUInt32LE(entry.dataOffset! + 17, field);
    const opened = await openInput(bytes);
    const text = await consume(opened);
    expect(text).toBe(await originalScript(custom));
    expect(opened.problems.map((p) => p.code)).toEqual(["archive-data-offset"]);
    expect(opened.problems[0]!.message).toContain(`entry ${entry.dumpId}; TABLE DATA`);
    expect(opened.problems[0]!.message).toContain(`starts at byte ${entry.dataOffset! + 17}, but it starts at byte ${entry.dataOffset}`);
  });

  it("a TOC string that claims more bytes than the archive holds is located, not allocated", async () => {
    const { entries, header } = await readCustomArchive(
      (async function* () {
        yield custom;
      })(),
      custom.length,
    );
    const entry = entries[5]!;
    // dump id, hadDumper (sign byte + intSize each), then the table OID string's length.
    const field = entry.tocOffset + 2 * (1 + header.intSize);
    const bytes = Buffer.from(custom);
    bytes.writeUInt32LE(0x7fffffff, field + 1);
    const opened = await openInput(bytes);
    expect(await consume(opened)).toBe("");
    expect(opened.problems.map((p) => p.code)).toEqual(["archive-corrupt"]);
    expect(opened.problems[0]!.message).toMatch(new RegExp(`table OID of entry ${entry.dumpId} claims 2147483647 bytes.*archive byte ${field}`));
  });

  it("a data chunk that claims more bytes than are left stops at that entry with its byte offset", async () => {
    const { entries } = await readCustomArchive(
      (async function* () {
        yield custom;
      })(),
      custom.length,
    );
    const entry = entries.find((e) => e.desc === "TABLE DATA" && e.dataState === "set")!;
    // block type byte, dump id (sign + 4), then the first chunk length (sign + 4).
    const bytes = Buffer.from(custom);
    bytes.writeUInt32LE(0x7ffffff0, entry.dataOffset! + 1 + 5 + 1);
    const opened = await openInput(bytes);
    await consume(opened);
    const problem = opened.problems.find((p) => p.code === "archive-corrupt");
    expect(problem?.message).toMatch(new RegExp(`entry ${entry.dumpId}; TABLE DATA .*archive byte \\d+`));
  });

  it("a damaged data file of a directory archive is that entry's finding; the other entries are still read", async () => {
    const dir = join(work, "dir");
    cpSync(join(FIXTURES, "kitchen-sink.dir"), dir, { recursive: true });
    const files = readdirSync(dir).filter((f) => /^\d+\.dat\.gz$/.test(f));
    const victim = join(dir, files[0]!);
    const data = readFileSync(victim);
    writeFileSync(victim, data.subarray(0, Math.floor(data.length / 2)));
    const opened = await openInput({ path: dir });
    const text = await consume(opened);
    const problems = opened.problems.filter((p) => p.code === "archive-corrupt");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(new RegExp(`entry ${files[0]!.split(".")[0]}; TABLE DATA .*${files[0]!.replace(/\./g, "\\.")} byte \\d+`));
    // The script still closes that COPY and goes on to the end.
    expect(text).toContain("-- PostgreSQL database dump complete");
    const report = Report.parse(await analyze({ path: dir }));
    expect(report.findings.some((f) => f.location.kind === "dump" && f.location.archive?.dumpId === Number(files[0]!.split(".")[0]))).toBe(true);
  });
});
