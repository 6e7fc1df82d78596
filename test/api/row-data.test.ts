import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";
import { defaultJobsFor } from "../../src/parallel/rule-split.js";
import { rowDataBytes, rowLineBytes } from "../../src/parallel/row-data.js";

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "dumpguard-row-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text of `bytes` or a little more: `unit(i)` repeated. */
function repeat(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const piece = unit(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("");
}

const HEADER = "--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n";
// What a schema-heavy dump is made of: tables, functions with tab-indented bodies, comments, grants, indexes.
const schemaUnit = (i: number) =>
  `CREATE TABLE public.t${i} (\n    id integer NOT NULL,\n    name text,\n    created_at timestamp with time zone DEFAULT now()\n);\n\n` +
  `ALTER TABLE public.t${i} OWNER TO app;\n\nCOMMENT ON TABLE public.t${i} IS 'table ${i}';\n\n` +
  `CREATE FUNCTION public.f${i}(a integer) RETURNS integer\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n\tIF a > 0 THEN\n\t\tRETURN a\t+ ${i};\n\tEND IF;\n\tRETURN 0;\nEND\n$$;\n\n` +
  `CREATE INDEX t${i}_name ON public.t${i} USING btree (name);\n\nGRANT SELECT ON TABLE public.t${i} TO reader;\n\n`;
const rowUnit = (i: number) => `${i}\tcustomer ${i}\tuser${i}@example.com\t2024-01-01 00:00:00+00\n`;

const schemaFile = join(dir, "schema.sql");
const dataFile = join(dir, "data.sql");
const insertsFile = join(dir, "inserts.sql");
const gzipFile = join(dir, "schema.sql.gz");
writeFileSync(schemaFile, HEADER + repeat(10 * MB, schemaUnit));
writeFileSync(dataFile, `${HEADER}${schemaUnit(0)}COPY public.t0 (id, name, email, created_at) FROM stdin;\n${repeat(10 * MB, rowUnit)}\\.\n\n`);
writeFileSync(insertsFile, `${HEADER}${schemaUnit(0)}${repeat(10 * MB, (i) => `INSERT INTO public.t0 VALUES (${i}, 'customer ${i}', now());\n`)}`);
writeFileSync(gzipFile, gzipSync(repeat(10 * MB, schemaUnit), { level: 1 }));

describe("rowDataBytes: how much of a file is rows, what the default --jobs splits", () => {
  it("lines of a window: COPY data lines and INSERT statements are rows; DDL, indented or tab-indented bodies, ';' ends are not", () => {
    const rows = ["1\tOlivia\tolivia@example.com\n", "INSERT INTO public.t VALUES (1);\n", "2\tLiam\t\\N\n", "3\tEmma\t\\N\r\n"];
    const others = ["CREATE TABLE public.t (\n", "    id integer\n", "\tRETURN a\t+ 1;\n", "SELECT a\tFROM b;\n", "\n", "COPY public.t (a, b) FROM stdin;\n", "\\.\n"];
    const lines = [rows[0]!, others[0]!, rows[1]!, others[1]!, others[2]!, others[3]!, others[4]!, rows[2]!, others[5]!, rows[3]!, others[6]!];
    // Cut lines at both ends of the window: not whole, not counted.
    const window = Buffer.from(`line cut by the window start\n${lines.join("")}cut at the window end`);
    const bytes = (list: string[]) => list.reduce((n, line) => n + Buffer.byteLength(line), 0);
    expect(rowLineBytes(window, false)).toEqual({ lines: bytes(lines), rows: bytes(rows) });
    // At the file's start, the first line is whole.
    expect(rowLineBytes(Buffer.from("1\tx\n"), true)).toEqual({ lines: 4, rows: 4 });
  });

  it("a schema-heavy file of 10 MB has next to no rows, a COPY or INSERT dump nearly all; anything but plain text keeps its size", () => {
    const schema = rowDataBytes(schemaFile, statSync(schemaFile).size);
    expect(schema).toBeLessThan(0.5 * MB);
    const data = statSync(dataFile).size;
    expect(rowDataBytes(dataFile, data)).toBeGreaterThan(0.9 * data);
    const inserts = statSync(insertsFile).size;
    expect(rowDataBytes(insertsFile, inserts)).toBeGreaterThan(0.9 * inserts);
    const gzip = statSync(gzipFile).size;
    expect(rowDataBytes(gzipFile, gzip)).toBe(gzip);
    expect(rowDataBytes(join(dir, "no-such-file.sql"), 20 * MB)).toBe(20 * MB);
  });

  it("the default --jobs: 1 for the schema-heavy file, 2 for the rows (on two cores)", () => {
    expect(defaultJobsFor(schemaFile, 2)).toBe(1);
    expect(defaultJobsFor(dataFile, 2)).toBe(2);
    expect(defaultJobsFor(insertsFile, 2)).toBe(2);
    expect(defaultJobsFor(dataFile, 1)).toBe(1);
  });

  it("analyze at the default splits the rows' file, not the schema-heavy one; each report is --jobs 1's", async () => {
    const options = { timings: true } as const;
    for (const [path, split] of [
      [schemaFile, false],
      [dataFile, true],
    ] as const) {
      const { timings, ...report } = await analyze({ path }, options);
      expect(timings?.threads !== undefined).toBe(split && availableParallelism() >= 2);
      expect(formatJson(report as typeof report & { timings?: never })).toBe(formatJson(await analyze({ path }, { jobs: 1 })));
    }
  }, 120_000);

  it("an explicit --jobs 2 or 3 splits and shares by rows too: the schema-heavy file runs on one thread (neither split by rule nor its rows shared), the rows' file on all", async () => {
    for (const jobs of [2, 3]) {
      const schema = await analyze({ path: schemaFile }, { jobs, timings: true });
      expect(schema.timings?.threads).toBeUndefined();
      const rows = await analyze({ path: dataFile }, { jobs, timings: true });
      expect(rows.timings?.threads).toBe(jobs);
      expect(rows.timings?.ruleGroupRerunHere).toBe(0);
    }
  }, 120_000);
});
