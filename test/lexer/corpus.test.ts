import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lexString, SqlLexer } from "../../src/lexer/lexer.js";
import type { LexEvent } from "../../src/lexer/events.js";
import { statementKind } from "../../src/lexer/statement-kind.js";
import { tokenizeSql } from "../../src/lexer/tokens.js";

// Real pg_dump / pg_dumpall output (corpus/dumps, made by corpus/make-corpus.sh) and the live
// catalog of each database (corpus/truth/NAME.json, with `rowCount` = count(*) of ONLY the table).
const root = join(import.meta.dirname, "../..");
const dumps = join(root, "corpus/dumps");
const truthDir = join(root, "corpus/truth");
const sqlFiles = existsSync(dumps)
  ? readdirSync(dumps).flatMap((db) => (existsSync(join(dumps, db)) ? readdirSync(join(dumps, db)).filter((f) => f.endsWith(".sql")).map((f) => ({ db, file: f })) : []))
  : [];

interface TruthTable {
  schema: string;
  name: string;
  kind: string;
  rowCount: number;
}

/** `COPY schema.table (…) FROM stdin;` -> "schema.table", names decoded from their tokens. */
function copyTarget(statement: string): string {
  const tokens = tokenizeSql(statement).filter((t) => t.type !== "comment");
  const parts: string[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === "word" && t.value === "only" && parts.length === 0) continue;
    if (t.type === "word" || t.type === "quoted-identifier") parts.push(t.value);
    else if (!(t.type === "punct" && t.raw === ".")) break;
  }
  return parts.join(".");
}

/** Data lines per COPY block, by table. */
function copyRowCounts(events: LexEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  let table: string | undefined;
  for (const e of events) {
    if (e.kind === "statement") {
      table = /^COPY /i.test(e.text) ? copyTarget(e.text) : undefined;
      if (table !== undefined) counts.set(table, counts.get(table) ?? 0);
    } else if (e.kind === "copy-data" && table !== undefined) counts.set(table, counts.get(table)! + 1);
    else if (e.kind === "copy-end") table = undefined;
  }
  return counts;
}

describe.skipIf(sqlFiles.length === 0)("real pg_dump output", () => {
  for (const { db, file } of sqlFiles) {
    it(`${db}/${file}: no problem events, every COPY block terminated, 64 KiB chunks give the same events`, () => {
      const text = readFileSync(join(dumps, db, file), "utf8");
      const events = lexString(text);
      expect(events.filter((e) => e.kind === "problem")).toEqual([]);
      expect(events.filter((e) => e.kind === "copy-end" && !e.terminated)).toEqual([]);
      expect(events.some((e) => e.kind === "statement")).toBe(true);
      for (const e of events) {
        if (e.kind !== "statement") continue;
        // Every statement ends with `;` (pg_dump always writes it) and none starts inside a routine body.
        expect(e.text.endsWith(";"), e.text.slice(0, 80)).toBe(true);
        // pg_dump's large object data section is wrapped in a bare `BEGIN;` ... `COMMIT;`.
        if (e.text !== "BEGIN;") expect(["END", "BEGIN", ""]).not.toContain(statementKind(e.text));
        if (/\bBEGIN ATOMIC\b/.test(e.text)) {
          expect(["CREATE FUNCTION", "CREATE PROCEDURE"]).toContain(statementKind(e.text));
          expect(e.text).toMatch(/\bEND;$/);
        }
      }
      const chunked: LexEvent[] = [];
      const lexer = new SqlLexer((e) => chunked.push(e));
      for (let k = 0; k < text.length; k += 65536) lexer.write(text.slice(k, k + 65536));
      lexer.end();
      expect(chunked).toEqual(events);
      // The last event ends at the last non-blank byte of the file.
      const last = events.at(-1)!;
      expect(last.range.end.offset).toBe(Buffer.byteLength(text.trimEnd(), "utf8"));
    });
  }

  const withTruth = sqlFiles.filter(({ db, file }) => (file === "plain.sql" || file === "data-only.sql") && existsSync(join(truthDir, `${db}.json`)));
  for (const { db, file } of withTruth) {
    it(`${db}/${file}: COPY data lines per table equal the live catalog's row counts`, () => {
      const truth = JSON.parse(readFileSync(join(truthDir, `${db}.json`), "utf8")) as { tables: TruthTable[] };
      const counts = copyRowCounts(lexString(readFileSync(join(dumps, db, file), "utf8")));
      let compared = 0;
      for (const table of truth.tables) {
        if (table.kind !== "table") continue;
        const key = `${table.schema}.${table.name}`;
        expect(counts.get(key) ?? 0, key).toBe(table.rowCount);
        if (counts.has(key)) compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});
