import { describe, expect, it } from "vitest";
import { lexString, SqlLexer } from "../../src/lexer/lexer.js";
import type { LexEvent } from "../../src/lexer/events.js";

/** Compact form of a range: "offset:line:column-offset:line:column". */
const r = (e: LexEvent) => `${e.range.start.offset}:${e.range.start.line}:${e.range.start.column}-${e.range.end.offset}:${e.range.end.line}:${e.range.end.column}`;
const kinds = (events: LexEvent[]) => events.map((e) => e.kind);
const statements = (text: string) => lexString(text).filter((e) => e.kind === "statement").map((e) => (e.kind === "statement" ? e.text : ""));

describe("statements", () => {
  it("a statement runs from its first character to and including its `;`", () => {
    const events = lexString("  SELECT 1;\n");
    expect(events).toEqual([{ kind: "statement", text: "SELECT 1;", range: { start: { offset: 2, line: 1, column: 3 }, end: { offset: 11, line: 1, column: 12 } } }]);
  });

  it("two statements on one line and one over two lines", () => {
    const events = lexString("SET a = 1; SET b = 2;\nSELECT\n  3;");
    expect(events.map((e) => [e.kind === "statement" ? e.text : e.kind, r(e)])).toEqual([
      ["SET a = 1;", "0:1:1-10:1:11"],
      ["SET b = 2;", "11:1:12-21:1:22"],
      ["SELECT\n  3;", "22:2:1-33:3:5"],
    ]);
  });

  it("a `;` inside parentheses does not end the statement", () => {
    expect(statements("SELECT (1;2); SELECT 3;")).toEqual(["SELECT (1;2);", "SELECT 3;"]);
  });

  it("a `;` inside a standard string, with '' and a literal backslash, does not end it", () => {
    expect(statements("SELECT 'a;''b\\';x'; SELECT 2;")).toEqual(["SELECT 'a;''b\\';", "x'; SELECT 2;"]);
    expect(statements("SELECT 'a;''b;'; SELECT 2;")).toEqual(["SELECT 'a;''b;';", "SELECT 2;"]);
  });

  it("E'' strings: \\' does not end them; e'' too", () => {
    expect(statements("SELECT E'a\\';b'; SELECT e'\\\\'; SELECT 3;")).toEqual(["SELECT E'a\\';b';", "SELECT e'\\\\';", "SELECT 3;"]);
  });

  it("a string on the next line after an E'' string is a new standard string (psql lexes line by line, so no quote continuation)", () => {
    // psql 15 sends `SELECT E'a'\n  '\';` as one statement (see fixtures/psql-split.sql).
    expect(statements("SELECT E'a'\n  '\\'; SELECT 2;")).toEqual(["SELECT E'a'\n  '\\';", "SELECT 2;"]);
  });

  it("without a newline between them, the second string is a new standard string", () => {
    expect(statements("SELECT E'a' '\\';'; SELECT 2;")).toEqual(["SELECT E'a' '\\';", "'; SELECT 2;"]);
  });

  it("SET standard_conforming_strings = off makes '' strings take backslash escapes, on restores it", () => {
    const text = "SET standard_conforming_strings = off;\nSELECT 'a\\';b';\nSET standard_conforming_strings TO on;\nSELECT 'c\\';";
    expect(statements(text)).toEqual(["SET standard_conforming_strings = off;", "SELECT 'a\\';b';", "SET standard_conforming_strings TO on;", "SELECT 'c\\';"]);
  });

  it("a word ending in e before a quote is not an E'' prefix", () => {
    // `somee'\';` : identifier somee, then a standard string containing a backslash.
    expect(statements("SELECT somee'\\'; SELECT 2;")).toEqual(["SELECT somee'\\';", "SELECT 2;"]);
  });

  it("U&'', B'', X'', N'' strings hide their `;`", () => {
    expect(statements("SELECT U&'a;\\0041', B'1;', X'F;', N'n;'; SELECT 2;")).toEqual(["SELECT U&'a;\\0041', B'1;', X'F;', N'n;';", "SELECT 2;"]);
  });

  it('quoted identifiers with "" hide their `;`', () => {
    expect(statements('SELECT 1 AS "a;""b;"; SELECT 2;')).toEqual(['SELECT 1 AS "a;""b;";', "SELECT 2;"]);
  });

  it("dollar quotes: $$ and $tag$, a different tag inside does not close", () => {
    expect(statements("SELECT $$a;b$$; SELECT $fn$ x; $x$; $fn$; SELECT 3;")).toEqual(["SELECT $$a;b$$;", "SELECT $fn$ x; $x$; $fn$;", "SELECT 3;"]);
  });

  it("$1 is a parameter and a$b an identifier, not dollar quotes", () => {
    expect(statements("SELECT $1; SELECT a$b; SELECT c$d$; SELECT 4;")).toEqual(["SELECT $1;", "SELECT a$b;", "SELECT c$d$;", "SELECT 4;"]);
  });

  it("a $tag without a closing $ is not a dollar quote", () => {
    expect(statements("SELECT $abc; SELECT 2;")).toEqual(["SELECT $abc;", "SELECT 2;"]);
  });

  it("comments inside a statement are part of it and hide their `;`", () => {
    expect(statements("SELECT 1 -- a; b\n + 2 /* c; /* nested; */ d; */ ;")).toEqual(["SELECT 1 -- a; b\n + 2 /* c; /* nested; */ d; */ ;"]);
  });

  it("BEGIN ATOMIC … END bodies of CREATE FUNCTION / PROCEDURE keep their `;`", () => {
    const fn = "CREATE FUNCTION public.f(a integer) RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;\n SELECT 3;\nEND;";
    const proc = "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;";
    expect(statements(`${fn}\n${proc}\nSELECT 1;`)).toEqual([fn, proc, "SELECT 1;"]);
  });

  it("BEGIN outside CREATE FUNCTION does not nest (a transaction BEGIN ends at its `;`)", () => {
    expect(statements("BEGIN; SELECT 1; END;")).toEqual(["BEGIN;", "SELECT 1;", "END;"]);
    expect(statements("CREATE TABLE begin (a int); SELECT 2;")).toEqual(["CREATE TABLE begin (a int);", "SELECT 2;"]);
  });

  it("a final statement without `;` is emitted, ending at its last non-blank character", () => {
    const events = lexString("SELECT 1;\nSELECT 2\n\n");
    expect(events.map((e) => [e.kind, r(e)])).toEqual([
      ["statement", "0:1:1-9:1:10"],
      ["statement", "10:2:1-18:2:9"],
    ]);
    expect(kinds(events)).not.toContain("problem");
  });
});

describe("between statements", () => {
  it("-- comment lines become comment events without their line break (LF and CRLF)", () => {
    const events = lexString("--\n-- Name: t\r\n  -- indented\nSELECT 1;");
    expect(events.map((e) => [e.kind, e.kind === "comment" ? e.text : "", r(e)])).toEqual([
      ["comment", "--", "0:1:1-2:1:3"],
      ["comment", "-- Name: t", "3:2:1-13:2:11"],
      ["comment", "-- indented", "17:3:3-28:3:14"],
      ["statement", "", "29:4:1-38:4:10"],
    ]);
  });

  it("/* */ blocks (nested, multi-line) become comment events", () => {
    const events = lexString("/* a /* b */\n c */SELECT 1;");
    expect(events.map((e) => [e.kind, e.kind === "comment" ? e.text : "", r(e)])).toEqual([
      ["comment", "/* a /* b */\n c */", "0:1:1-18:2:6"],
      ["statement", "", "18:2:6-27:2:15"],
    ]);
  });

  it("a lone - or / starts a statement", () => {
    expect(statements("-1;/2;")).toEqual(["-1;", "/2;"]);
  });

  it("backslash lines are meta events with their command word", () => {
    const events = lexString('\\connect -reuse-previous=on "dbname=\'app\'"\r\n\\restrict abc123\n  \\unrestrict abc123\n\\x');
    expect(events.map((e) => (e.kind === "meta" ? [e.command, e.text, r(e)] : e.kind))).toEqual([
      ["connect", '\\connect -reuse-previous=on "dbname=\'app\'"', "0:1:1-42:1:43"],
      ["restrict", "\\restrict abc123", "44:2:1-60:2:17"],
      ["unrestrict", "\\unrestrict abc123", "63:3:3-81:3:21"],
      ["x", "\\x", "82:4:1-84:4:3"],
    ]);
  });
});

describe("meta-commands inside a statement (psql runs them mid-query)", () => {
  it("\\g sends the query without the backslash command: the statement ends just before it, blanks included, as psql sends it", () => {
    const events = lexString("SELECT 1 \\g\nSELECT 2;");
    expect(events.map((e) => [e.kind, e.kind === "statement" || e.kind === "meta" ? e.text : "", r(e)])).toEqual([
      ["statement", "SELECT 1 ", "0:1:1-9:1:10"],
      ["meta", "\\g", "9:1:10-11:1:12"],
      ["statement", "SELECT 2;", "12:2:1-21:2:10"],
    ]);
  });

  it("any other command is a meta event inside the statement, which goes on and keeps the line in its text", () => {
    const events = lexString("SELECT 1\n\\! echo hi\n+ 1;");
    expect(events.map((e) => [e.kind, e.kind === "meta" ? e.command : "", r(e)])).toEqual([
      ["meta", "!", "9:2:1-19:2:11"],
      ["statement", "", "0:1:1-24:3:5"],
    ]);
    expect(events[1]).toMatchObject({ text: "SELECT 1\n\\! echo hi\n+ 1;" });
  });

  it("COPY … FROM stdin sent by \\g reads its data from the next line", () => {
    expect(kinds(lexString("COPY t FROM stdin \\g\n1\n\\.\nSELECT 1;"))).toEqual(["statement", "meta", "copy-data", "copy-end", "statement"]);
  });

  it("\\; puts a literal ; in the query without ending it", () => {
    expect(statements("SELECT 1 \\; SELECT 2;")).toEqual(["SELECT 1 \\; SELECT 2;"]);
  });

  it("a backslash inside quotes or comments is not a command", () => {
    expect(kinds(lexString("SELECT '\\g', $$\\g$$, \"\\g\" /* \\g */;"))).toEqual(["statement"]);
  });
});

describe("COPY", () => {
  it("data lines, then copy-end at the \\. line", () => {
    const events = lexString("COPY public.t (id, name) FROM stdin;\n1\tAnn\n2\t\\N\n\\.\nSELECT 1;\n");
    expect(events.map((e) => [e.kind, e.kind === "copy-data" ? e.line : e.kind === "copy-end" ? e.terminated : "", r(e)])).toEqual([
      ["statement", "", "0:1:1-36:1:37"],
      ["copy-data", "1\tAnn", "37:2:1-42:2:6"],
      ["copy-data", "2\t\\N", "43:3:1-47:3:5"],
      ["copy-end", true, "48:4:1-50:4:3"],
      ["statement", "", "51:5:1-60:5:10"],
    ]);
  });

  it("CRLF data lines drop the \\r; \\.\\r\\n ends the block", () => {
    const events = lexString("copy t from STDIN;\r\nab\r\n\\.\r\n");
    expect(events.map((e) => [e.kind, e.kind === "copy-data" ? e.line : "", r(e)])).toEqual([
      ["statement", "", "0:1:1-18:1:19"],
      ["copy-data", "ab", "20:2:1-22:2:3"],
      ["copy-end", "", "24:3:1-26:3:3"],
    ]);
  });

  it("data lines that look like SQL, comments or meta-commands stay data", () => {
    const events = lexString("COPY t FROM stdin;\n-- x\n\\connect y\n'a;\n\\.x\n\\.\n");
    expect(events.filter((e) => e.kind === "copy-data").map((e) => (e.kind === "copy-data" ? e.line : ""))).toEqual(["-- x", "\\connect y", "'a;", "\\.x"]);
    expect(kinds(events)).toEqual(["statement", "copy-data", "copy-data", "copy-data", "copy-data", "copy-end"]);
  });

  it("counts UTF-8 bytes in data lines, columns in UTF-16 units", () => {
    const events = lexString("COPY t FROM stdin;\né😀\n\\.\n");
    expect(r(events[1]!)).toBe("19:2:1-25:2:4");
    expect(r(events[2]!)).toBe("26:3:1-28:3:3");
  });

  it("COPY … TO stdout and COPY FROM a file do not start copy mode", () => {
    expect(kinds(lexString("COPY t TO stdout;\nSELECT 1;\nCOPY t FROM '/tmp/x';\nSELECT 2;"))).toEqual(["statement", "statement", "statement", "statement"]);
  });

  it("COPY (SELECT … FROM x) TO stdout is not copy-in", () => {
    expect(kinds(lexString("COPY (SELECT a FROM stdin) TO stdout;\nSELECT 1;"))).toEqual(["statement", "statement"]);
  });

  it("end of input in copy mode: the last line, then unterminated-copy, then copy-end {terminated: false}", () => {
    const events = lexString("COPY t FROM stdin;\n1\n2");
    expect(events.map((e) => [e.kind, e.kind === "problem" ? e.code : e.kind === "copy-end" ? e.terminated : "", r(e)])).toEqual([
      ["statement", "", "0:1:1-18:1:19"],
      ["copy-data", "", "19:2:1-20:2:2"],
      ["copy-data", "", "21:3:1-22:3:2"],
      ["problem", "unterminated-copy", "19:2:1-22:3:2"],
      ["copy-end", false, "22:3:2-22:3:2"],
    ]);
  });

  it("a final \\. without a line break still ends the block", () => {
    const events = lexString("COPY t FROM stdin;\n1\n\\.");
    expect(events.at(-1)).toMatchObject({ kind: "copy-end", terminated: true });
    expect(r(events.at(-1)!)).toBe("21:3:1-23:3:3");
  });

  it("text after the COPY statement on its line is reported, the data still read", () => {
    const events = lexString("COPY t FROM stdin; x\n1\n\\.\n");
    expect(events.map((e) => [e.kind, r(e)])).toEqual([
      ["statement", "0:1:1-18:1:19"],
      ["problem", "19:1:20-20:1:21"],
      ["copy-data", "21:2:1-22:2:2"],
      ["copy-end", "23:3:1-25:3:3"],
    ]);
  });
});

describe("input edges", () => {
  it("a BOM is skipped but its 3 bytes count", () => {
    expect(r(lexString("\uFEFFSELECT 1;")[0]!)).toBe("3:1:1-12:1:10");
  });

  it("empty and blank input give no events", () => {
    expect(lexString("")).toEqual([]);
    expect(lexString(" \n\r\n\t")).toEqual([]);
  });

  it("non-ASCII statement text counts UTF-8 bytes", () => {
    expect(r(lexString("SELECT 'é€😀';\nSELECT 1;")[1]!)).toBe("20:2:1-29:2:10");
  });
});

describe("unterminated constructs at end of input", () => {
  const cases: [string, string, string][] = [
    ["SELECT 'abc\n", "unterminated-string", "7:1:8-12:2:1"],
    ["SELECT E'ab\\'", "unterminated-string", "8:1:9-13:1:14"],
    ['SELECT "ab', "unterminated-quoted-identifier", "7:1:8-10:1:11"],
    ["SELECT $q$ body; $q", "unterminated-dollar-quote", "7:1:8-19:1:20"],
    ["SELECT /* a /* b */ c", "unterminated-block-comment", "7:1:8-21:1:22"],
  ];
  for (const [text, code, range] of cases) {
    it(`${code}: problem from the opening to EOF, then the partial statement`, () => {
      const events = lexString(text);
      expect(kinds(events)).toEqual(["problem", "statement"]);
      expect(events[0]).toMatchObject({ kind: "problem", code });
      expect(r(events[0]!)).toBe(range);
      expect(events[1]).toMatchObject({ kind: "statement", text });
    });
  }

  it("an unterminated top-level block comment", () => {
    const events = lexString("SELECT 1;\n/* open");
    expect(events.map((e) => [e.kind, e.kind === "problem" ? e.code : "", r(e)])).toEqual([
      ["statement", "", "0:1:1-9:1:10"],
      ["problem", "unterminated-block-comment", "10:2:1-17:2:8"],
      ["comment", "", "10:2:1-17:2:8"],
    ]);
  });
});

describe("size limits", () => {
  it("a statement over maxStatementChars: problem, then the truncated statement with its whole range; quoting stays right", () => {
    const events = lexString("SELECT 'a;b;c;d';SELECT 2;", { maxStatementChars: 10 });
    expect(events.map((e) => [e.kind, e.kind === "statement" ? e.text : e.kind === "problem" ? e.code : "", r(e)])).toEqual([
      ["problem", "statement-too-large", "0:1:1-17:1:18"],
      ["statement", "SELECT 'a;", "0:1:1-17:1:18"],
      ["statement", "SELECT 2;", "17:1:18-26:1:27"],
    ]);
    expect(events[1]).toMatchObject({ truncated: true });
    expect(events[2]).not.toHaveProperty("truncated");
  });

  it("a COPY line over maxLineChars: problem, then the truncated line with its whole range", () => {
    const events = lexString("COPY t FROM stdin;\n123456\n1234\n\\.\n", { maxLineChars: 4 });
    expect(events.slice(1).map((e) => [e.kind, e.kind === "copy-data" ? e.line : "", r(e)])).toEqual([
      ["problem", "", "19:2:1-25:2:7"],
      ["copy-data", "1234", "19:2:1-25:2:7"],
      ["copy-data", "1234", "26:3:1-30:3:5"],
      ["copy-end", "", "31:4:1-33:4:3"],
    ]);
    expect(events[1]).toMatchObject({ code: "line-too-large" });
    expect(events[2]).toMatchObject({ truncated: true });
    expect(events[3]).not.toHaveProperty("truncated");
  });

  it("a line of exactly maxLineChars plus its \\r\\n is not too large", () => {
    const events = lexString("COPY t FROM stdin;\n1234\r\n\\.\n", { maxLineChars: 4 });
    expect(kinds(events)).toEqual(["statement", "copy-data", "copy-end"]);
  });

  it("a statement fed in many chunks keeps only maxStatementChars of text, and its range covers all of it", () => {
    const events: LexEvent[] = [];
    const lexer = new SqlLexer((e) => events.push(e), { maxStatementChars: 100 });
    lexer.write("SELECT '");
    for (let k = 0; k < 1000; k++) lexer.write("x;".repeat(500));
    lexer.write("';\nSELECT 2;");
    lexer.end();
    const total = 8 + 1000 * 1000 + 2;
    expect(events.map((e) => [e.kind, r(e)])).toEqual([
      ["problem", `0:1:1-${total}:1:${total + 1}`],
      ["statement", `0:1:1-${total}:1:${total + 1}`],
      ["statement", `${total + 1}:2:1-${total + 10}:2:10`],
    ]);
    expect(events[1]).toMatchObject({ truncated: true, text: "SELECT '" + "x;".repeat(46) });
  });

  it("a COPY line fed in many chunks keeps only maxLineChars", () => {
    const events: LexEvent[] = [];
    const lexer = new SqlLexer((e) => events.push(e), { maxLineChars: 10 });
    lexer.write("COPY t FROM stdin;\n");
    for (let k = 0; k < 100; k++) lexer.write("abcdefghij");
    lexer.write("\r\n\\.\n");
    lexer.end();
    expect(events.slice(1).map((e) => [e.kind, r(e)])).toEqual([
      ["problem", "19:2:1-1019:2:1001"],
      ["copy-data", "19:2:1-1019:2:1001"],
      ["copy-end", "1021:3:1-1023:3:3"],
    ]);
    expect(events[2]).toMatchObject({ line: "abcdefghij", truncated: true });
  });

  it("comment and meta-command lines over maxLineChars are cut and reported", () => {
    const events = lexString("-- 123456789\n\\connect 123456789\n", { maxLineChars: 5 });
    expect(events.map((e) => [e.kind, e.kind === "comment" || e.kind === "meta" ? e.text : e.kind === "problem" ? e.code : "", r(e)])).toEqual([
      ["problem", "line-too-large", "0:1:1-12:1:13"],
      ["comment", "-- 12", "0:1:1-12:1:13"],
      ["problem", "line-too-large", "13:2:1-31:2:19"],
      ["meta", "\\conn", "13:2:1-31:2:19"],
    ]);
  });
});
