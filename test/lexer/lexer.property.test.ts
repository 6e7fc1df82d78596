import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lexString, SqlLexer, type LexerOptions } from "../../src/lexer/lexer.js";
import type { LexEvent } from "../../src/lexer/events.js";
import type { Position } from "../../src/report/location.js";

function lexChunks(text: string, cuts: number[], options?: LexerOptions): LexEvent[] {
  const events: LexEvent[] = [];
  const lexer = new SqlLexer((e) => events.push(e), options);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue;
    lexer.write(text.slice(from, cut));
    from = cut;
  }
  lexer.write(text.slice(from));
  lexer.end();
  return events;
}

/**
 * An independent, naive position table: for every UTF-16 index of `text`, its byte offset,
 * line and column, computed with TextEncoder over the prefix (quadratic, fine for small inputs).
 */
function naivePositions(text: string): Map<number, { index: number; position: Position }> {
  const byOffset = new Map<number, { index: number; position: Position }>();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = bom;
  for (let index = bom; index <= text.length; index++) {
    const offset = new TextEncoder().encode(text.slice(0, index)).length;
    if (!byOffset.has(offset)) byOffset.set(offset, { index, position: { offset, line, column: index - lineStart + 1 } });
    if (text[index] === "\n") {
      line++;
      lineStart = index + 1;
    }
  }
  return byOffset;
}

/** Every statement, comment, meta and copy-data event's range covers exactly its text in the input. */
function checkRanges(text: string, events: LexEvent[], limits: { maxStatementChars?: number; maxLineChars?: number } = {}): void {
  const table = naivePositions(text);
  let previousEnd = 0;
  for (const event of events) {
    const start = table.get(event.range.start.offset);
    const end = table.get(event.range.end.offset);
    expect(start, JSON.stringify(event)).toBeDefined();
    expect(end, JSON.stringify(event)).toBeDefined();
    expect(event.range.start).toEqual(start!.position);
    expect(event.range.end).toEqual(end!.position);
    const source = text.slice(start!.index, end!.index);
    if (event.kind === "statement" || event.kind === "comment" || event.kind === "meta" || event.kind === "copy-data") {
      const kept = event.kind === "copy-data" ? event.line : event.text;
      if (event.truncated) {
        // Cut text: the start of the source, exactly as long as the limit.
        const limit = event.kind === "statement" ? limits.maxStatementChars : limits.maxLineChars;
        expect(source.startsWith(kept)).toBe(true);
        expect(kept.length).toBe(limit);
        expect(source.length).toBeGreaterThan(kept.length);
      } else expect(kept).toBe(source);
    } else if (event.kind === "copy-end" && event.terminated) {
      expect(source).toBe("\\.");
    }
    if (event.kind !== "problem") {
      // Events come in input order and do not overlap, except that a meta-command inside a
      // statement comes (complete) before the statement that holds it.
      expect(event.range.start.offset).toBeGreaterThanOrEqual(previousEnd);
      if (event.kind !== "meta") previousEnd = event.range.end.offset;
    }
  }
}

const fragments = [
  "'",
  "''",
  '"',
  "$$",
  "$a$",
  "$1",
  "a$b",
  "E'",
  "e'\\'",
  "\\",
  "U&'",
  "--",
  "/*",
  "*/",
  "\n",
  "\r\n",
  "\r",
  ";",
  "\\.",
  "\\.\n",
  "\nCOPY t FROM stdin;\n",
  "COPY t (a) FROM STDIN;\n",
  "CREATE FUNCTION f() BEGIN ATOMIC ",
  " END",
  " CASE ",
  "(",
  ")",
  " ",
  "SELECT",
  "x",
  "1",
  "é",
  "😀",
  "\ud83d",
  "\\connect db\n",
  "-- c\n",
  "E'x'\n",
  " \\g\n",
  "\\! echo x\n",
  "\\;",
  "\\gx",
  "SET standard_conforming_strings = off;",
  "SET standard_conforming_strings = on;",
];

const sqlish = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(""));
const cuts = fc.array(fc.nat(400), { maxLength: 12 });

const handInputs = [
  "\uFEFF--\n-- PostgreSQL database dump\n--\n\\restrict abc\nSET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n\nCREATE TABLE public.t (\n    id integer NOT NULL,\n    name text\n);\n\nCOPY public.t (id, name) FROM stdin;\n1\tAnné\n2\t\\N\n\\.\n\n\\unrestrict abc\n",
  "CREATE FUNCTION public.f(a integer) RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;\r\n SELECT 3;\nEND;\nSELECT $fn$ x; $x$ $fn$; SELECT E'a\\';b'; /* a /* b; */ */ SELECT \"q;\"\"\";",
  "COPY t FROM stdin;\r\n😀é\r\nabc\r\n\\.\r\nSELECT 'unterminated",
];

describe("chunk invariance", () => {
  it("hand inputs give the same events however they are cut", () => {
    for (const text of handInputs) {
      const whole = lexString(text);
      // Every single cut point, and every character on its own.
      for (let cut = 1; cut < text.length; cut++) expect(lexChunks(text, [cut])).toEqual(whole);
      expect(lexChunks(text, Array.from({ length: text.length }, (_, k) => k))).toEqual(whole);
    }
  });

  it("hand inputs with random cuts and small limits", () => {
    fc.assert(
      fc.property(fc.constantFrom(...handInputs), cuts, fc.integer({ min: 1, max: 12 }), (text, at, max) => {
        const options = { maxStatementChars: max, maxLineChars: max };
        expect(lexChunks(text, at, options)).toEqual(lexString(text, options));
      }),
      { numRuns: 300 },
    );
  });

  it("SQL-ish random inputs with small size limits give the same events however they are cut", () => {
    fc.assert(
      fc.property(sqlish, cuts, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (text, at, maxStatementChars, maxLineChars) => {
        const options = { maxStatementChars, maxLineChars };
        expect(lexChunks(text, at, options)).toEqual(lexString(text, options));
      }),
      { numRuns: 800 },
    );
  });

  it("SQL-ish random inputs give the same events however they are cut", () => {
    fc.assert(
      fc.property(sqlish, cuts, (text, at) => {
        expect(lexChunks(text, at)).toEqual(lexString(text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("exact ranges", () => {
  it("hand inputs: every event's range covers exactly its text (independent byte/line/column count)", () => {
    for (const text of handInputs) checkRanges(text, lexString(text));
  });

  it("SQL-ish random inputs: every event's range covers exactly its text", () => {
    fc.assert(
      fc.property(
        sqlish.filter((t) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t)),
        (text) => checkRanges(text, lexString(text)),
      ),
      { numRuns: 400 },
    );
  });
});

describe("exact ranges under size limits", () => {
  it("SQL-ish random inputs with small limits: ranges cover the whole construct, cut text is its start", () => {
    fc.assert(
      fc.property(
        sqlish.filter((t) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t)),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (text, maxStatementChars, maxLineChars) => checkRanges(text, lexString(text, { maxStatementChars, maxLineChars }), { maxStatementChars, maxLineChars }),
      ),
      { numRuns: 400 },
    );
  });
});

describe("robustness", () => {
  it("arbitrary strings never throw, in any chunking", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), cuts, (text, at) => {
        expect(() => lexChunks(text, at)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("every event is well formed: ranges ordered, offsets monotone", () => {
    fc.assert(
      fc.property(sqlish, (text) => {
        for (const event of lexString(text)) {
          expect(event.range.end.offset).toBeGreaterThanOrEqual(event.range.start.offset);
          expect(event.range.start.line).toBeGreaterThanOrEqual(1);
          expect(event.range.start.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("write after end and empty writes are ignored", () => {
    const events: LexEvent[] = [];
    const lexer = new SqlLexer((e) => events.push(e));
    lexer.write("");
    lexer.write("SELECT 1;");
    lexer.end();
    lexer.write("SELECT 2;");
    lexer.end();
    expect(events.map((e) => e.kind)).toEqual(["statement"]);
  });
});
