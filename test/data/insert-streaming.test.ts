import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInsertStatement } from "../../src/data/insert.js";

const CLI = "dist/cli.js";

/** One pg_dump --rows-per-insert statement of `rows` rows (about 60 bytes a row). */
function multiRowInsert(rows: number): string {
  const values: string[] = [];
  for (let i = 0; i < rows; i++) values.push(`(${i}, 'user${i}@example.org', 'a note about row ${i}')`);
  return `CREATE TABLE public.t (id integer, email text, note text);\nINSERT INTO public.t VALUES ${values.join(", ")};\n`;
}

describe("a multi-row INSERT streams its rows", () => {
  it("readInsertStatement hands rows out one at a time as they are iterated", () => {
    const statement = readInsertStatement("INSERT INTO public.t VALUES (1, 'a'), (2, 'b'), (3, 'c');")!;
    const iterator = statement.rows[Symbol.iterator]();
    expect(iterator.next().value).toEqual({ values: ["1", "a"], problems: [] });
    expect([...{ [Symbol.iterator]: () => iterator }].map((r) => r.values)).toEqual([
      ["2", "b"],
      ["3", "c"],
    ]);
  });

  // Before streaming, the decoder held every row and all its tokens (~130x the statement):
  // this 3 MB statement needed ~400 MB of heap and aborted under 64 MB.
  it.runIf(existsSync(CLI))("checks a 3 MB INSERT of 50,000 rows under a 64 MB heap and counts every row", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-insert-"));
    const file = join(dir, "rows-per-insert.sql");
    writeFileSync(file, multiRowInsert(50_000));
    const r = spawnSync(process.execPath, ["--max-old-space-size=64", CLI, "check", file, "--format", "json"], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.rows).toBe(50_000);
  });
});
