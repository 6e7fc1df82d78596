import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCopyLine } from "../../src/data/copy.js";
import { parseInsertStatement } from "../../src/data/insert.js";

// Escape forms pg_dump never writes (octal and hex bytes, multi-byte characters spelled as bytes,
// backslash + any character, \u and \U), each evaluated by PostgreSQL 15 itself: E'' and U&''
// literals by the SQL parser, COPY lines by COPY FROM (fixtures/make-fixtures.sh, eval-escapes.sql).
const fixtures = join(import.meta.dirname, "fixtures");
const cases = JSON.parse(readFileSync(join(fixtures, "escapes.cases.json"), "utf8")) as Record<"e" | "u" | "copy", string[]>;
const truth = JSON.parse(readFileSync(join(fixtures, "escapes.truth.json"), "utf8")) as { e: (string | null)[]; u: (string | null)[]; copy: ((string | null)[] | null)[] };

const literal = (sql: string) => {
  const parsed = parseInsertStatement(`INSERT INTO t VALUES (${sql});`)!;
  expect(parsed.problems).toEqual([]);
  return parsed.rows[0]![0];
};

describe("escape decoding agrees with PostgreSQL on every case", () => {
  it("E'' literals (300 cases)", () => {
    cases.e.forEach((body, i) => {
      if (truth.e[i] === null) return;
      expect(literal(`E'${body}'`), `E'${body}'`).toBe(truth.e[i]);
    });
    expect(truth.e.filter((v) => v !== null).length).toBeGreaterThan(290);
  });

  it("U&'' literals (100 cases)", () => {
    cases.u.forEach((body, i) => {
      if (truth.u[i] === null) return;
      expect(literal(`U&'${body}'`), `U&'${body}'`).toBe(truth.u[i]);
    });
    expect(truth.u.filter((v) => v !== null).length).toBeGreaterThan(95);
  });

  it("COPY TEXT lines (300 cases)", () => {
    const rejected: string[] = [];
    cases.copy.forEach((line, i) => {
      const expected = truth.copy[i];
      if (expected === null || expected === undefined) {
        rejected.push(line);
        return;
      }
      expect(decodeCopyLine(line, { delimiter: "\t", nullString: "\\N" }), JSON.stringify(line)).toEqual(expected);
    });
    // PostgreSQL 15 rejects `\.` anywhere but alone on a line ("end-of-copy marker corrupt");
    // pg_dump never writes it, and dumpguard reads it as "." rather than stopping. Nothing else was rejected.
    expect(rejected.every((line) => line.includes("\\."))).toBe(true);
    expect(rejected.length).toBeLessThan(20);
  });
});

// The lexer has its own tokenizer (src/lexer/tokens.ts); both must decode literals as the server does.
const lexerTokens = join(import.meta.dirname, "../../src/lexer/tokens.ts");
describe.skipIf(!existsSync(lexerTokens))("the lexer's tokenizeSql agrees with PostgreSQL on the same literals", () => {
  it("E'' and U&'' literals", async () => {
    const { tokenizeSql } = (await import(/* @vite-ignore */ lexerTokens)) as { tokenizeSql: (t: string) => { type: string; value: string }[] };
    const check = (sql: string, expected: string | null) => {
      if (expected === null) return;
      const tokens = tokenizeSql(sql);
      expect(tokens.map((t) => t.type), sql).toEqual(["string"]);
      expect(tokens[0]!.value, sql).toBe(expected);
    };
    cases.e.forEach((body, i) => check(`E'${body}'`, truth.e[i]!));
    cases.u.forEach((body, i) => check(`U&'${body}'`, truth.u[i]!));
  });
});
