import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCopyLine, parseCopyStatement, type CopyTarget } from "../../src/data/copy.js";
import { parseInsertStatement } from "../../src/data/insert.js";
import { tokenizeSql, type SqlToken } from "../../src/lexer/tokens.js";
import type { LexEvent } from "../../src/lexer/events.js";

// The corpus dumps (another engineer generates them with real pg_dump) hold the same databases as
// COPY (plain.sql) and as INSERTs (inserts.sql, column-inserts.sql): decoding both must agree row
// by row. Runs once the corpus and the lexer are in the tree.
const root = join(import.meta.dirname, "../..");
const dumps = join(root, "corpus/dumps");
const lexerPath = join(root, "src/lexer/lexer.ts");
const dbs = existsSync(dumps) ? readdirSync(dumps).filter((d) => existsSync(join(dumps, d, "plain.sql"))) : [];

type Rows = Map<string, (string | null)[][]>;

async function lexString(text: string): Promise<Iterable<LexEvent>> {
  const lexer = (await import(/* @vite-ignore */ lexerPath)) as { lexString: (t: string) => Iterable<LexEvent> };
  return lexer.lexString(text);
}

async function decodeDump(text: string): Promise<Rows> {
  const rows: Rows = new Map();
  const add = (schema: string, table: string, values: (string | null)[]) => {
    const key = `${schema}.${table}`;
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key)!.push(values);
  };
  let copy: CopyTarget | undefined;
  for (const event of await lexString(text)) {
    if (event.kind === "statement") {
      copy = undefined;
      const target = parseCopyStatement(event.text);
      if (target) {
        copy = target;
        continue;
      }
      const insert = parseInsertStatement(event.text);
      if (insert) {
        expect(insert.problems, event.text.slice(0, 80)).toEqual([]);
        // COPY leaves generated columns out; --inserts writes DEFAULT in their place: drop those positions.
        const generated = defaultPositions(event.text);
        for (const values of insert.rows) add(insert.schema, insert.table, values.filter((_, k) => !generated.has(k)));
      }
    } else if (event.kind === "copy-data" && copy) {
      add(copy.schema, copy.table, decodeCopyLine(event.line, copy));
    } else if (event.kind === "copy-end") copy = undefined;
  }
  return rows;
}

/** Positions of the first VALUES row that are the bare word DEFAULT (pg_dump writes the same ones in every row). */
function defaultPositions(statement: string): Set<number> {
  const tokens = tokenizeSql(statement, { comments: false });
  const values = tokens.findIndex((t) => t.type === "word" && t.value === "values");
  const positions = new Set<number>();
  let depth = 0;
  let position = 0;
  let item: SqlToken[] = [];
  for (const t of tokens.slice(values + 1)) {
    if (t.type === "punct" && t.value === "(" && depth++ === 0) continue;
    if (t.type === "punct" && t.value === ")" && --depth === 0) break;
    if (depth === 1 && t.type === "punct" && t.value === ",") {
      if (item.length === 1 && item[0]!.type === "word" && item[0]!.value === "default") positions.add(position);
      position++;
      item = [];
      continue;
    }
    item.push(t);
  }
  if (item.length === 1 && item[0]!.type === "word" && item[0]!.value === "default") positions.add(position);
  return positions;
}

/** A table without columns: COPY carries an empty line (one empty field), INSERT carries DEFAULT VALUES (no values). */
const normalise = (rows: Rows): Rows => new Map([...rows].map(([k, v]) => [k, v.map((r) => (r.length === 1 && r[0] === "" ? [] : r))]));

describe.skipIf(dbs.length === 0 || !existsSync(lexerPath))("COPY and INSERT decoding agree on every corpus dump", () => {
  for (const db of dbs) {
    for (const variant of ["inserts", "column-inserts"]) {
      const other = join(dumps, db, `${variant}.sql`);
      it.skipIf(!existsSync(other))(`${db}: plain.sql COPY rows equal ${variant}.sql INSERT rows`, async () => {
        const copied = normalise(await decodeDump(readFileSync(join(dumps, db, "plain.sql"), "utf8")));
        const inserted = normalise(await decodeDump(readFileSync(other, "utf8")));
        expect([...inserted.keys()].sort()).toEqual([...copied.keys()].sort());
        for (const [table, rows] of copied) expect(inserted.get(table), `${db} ${table}`).toEqual(rows);
      });
    }
  }
});
