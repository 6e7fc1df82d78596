import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lexString, SqlLexer, type LexerOptions } from "../../src/lexer/lexer.js";
import type { LexEvent } from "../../src/lexer/events.js";

// `writeUtf8` (COPY lines found and decoded on the bytes) must give exactly the events `write` gives
// for the decoded text: the text path is the reference. Inputs are COPY-heavy, cut anywhere between
// UTF-8 sequences, sometimes mixed with text chunks, with and without small size limits.

/** Feed `text` as UTF-8 bytes cut at `cuts` (byte indexes moved back to a sequence start); odd pieces as text when `mixed`. */
function lexBytes(text: string, cuts: number[], options?: LexerOptions, mixed = false, asUint8Array = false): LexEvent[] {
  const events: LexEvent[] = [];
  const lexer = new SqlLexer((e) => events.push(e), options);
  const bytes = Buffer.from(text, "utf8");
  const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b).map((c) => {
    while (c > 0 && c < bytes.length && (bytes[c]! & 0xc0) === 0x80) c--;
    return c;
  });
  let from = 0;
  let k = 0;
  for (const cut of [...points, bytes.length]) {
    if (cut <= from) continue;
    const piece = bytes.subarray(from, cut);
    if (mixed && k++ % 2 === 1) lexer.write(piece.toString("utf8"));
    else lexer.writeUtf8(asUint8Array ? new Uint8Array(piece) : piece);
    from = cut;
  }
  lexer.end();
  return events;
}

const fragments = [
  "\nCOPY public.t (a, b) FROM stdin;\n",
  "COPY t FROM stdin;\r\n",
  "COPY t FROM stdin; SELECT 1;\n",
  "COPY t FROM stdin \\g\n",
  "1\tAnné\t\\N\n",
  "2\t😀\t\\\\x\n",
  "\\N\t\\t\\n\n",
  "é\r\n",
  "\r\n",
  "\n",
  "\t",
  "abc",
  "\\.",
  "\\.\n",
  "\\.\r\n",
  "\\",
  ".",
  "\r",
  "x\\.\n",
  "SELECT 'a;b';\n",
  "-- comment\n",
  "\\connect db\n",
  "/* c */",
  "E'\\'",
  "'",
  "$$",
  ";",
  "ü",
  "€",
  "\uFEFF",
];

const copyish = fc.array(fc.constantFrom(...fragments), { maxLength: 50 }).map((parts) => parts.join(""));
const cuts = fc.array(fc.nat(600), { maxLength: 14 });

/** The bytes of `text` in pieces of 1 byte (its first 3,000 characters), 7 bytes, 4 KiB, 64 KiB + 1 and 300 KB, and whole, lex as the string does. */
function expectSameInAnyPieces(text: string): void {
  const whole = lexString(text);
  for (const step of [1, 7, 4096, 65537, 300000]) {
    const at = Array.from({ length: Math.ceil(Buffer.byteLength(text) / step) }, (_, k) => k * step);
    if (step === 1) expect(lexBytes(text.slice(0, 3000), at)).toEqual(lexString(text.slice(0, 3000)));
    else expect(lexBytes(text, at)).toEqual(whole);
  }
  expect(lexBytes(text, [])).toEqual(whole);
}

describe("writeUtf8 gives the events of write", () => {
  it("COPY-heavy random inputs, any cuts between sequences", () => {
    fc.assert(
      fc.property(copyish, cuts, fc.boolean(), fc.boolean(), (text, at, mixed, plain) => {
        expect(lexBytes(text, at, undefined, mixed, plain)).toEqual(lexString(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("COPY lines through onCopyLine: the events of write, in place of their copy-data events", () => {
    fc.assert(
      fc.property(copyish, cuts, fc.boolean(), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), (text, at, mixed, maxLineChars) => {
        const events: LexEvent[] = [];
        const options: LexerOptions = { ...(maxLineChars !== undefined ? { maxLineChars } : {}), onCopyLine: (line, range) => events.push({ kind: "copy-data", line, range }) };
        const lexer = new SqlLexer((e) => events.push(e), options);
        const bytes = Buffer.from(text, "utf8");
        let from = 0;
        let k = 0;
        for (const cut of [...new Set(at.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b).concat(bytes.length)) {
          let c = cut;
          while (c > 0 && c < bytes.length && (bytes[c]! & 0xc0) === 0x80) c--;
          if (c <= from) continue;
          if (mixed && k++ % 2 === 1) lexer.write(bytes.subarray(from, c).toString("utf8"));
          else lexer.writeUtf8(bytes.subarray(from, c));
          from = c;
        }
        lexer.end();
        expect(events).toEqual(lexString(text, maxLineChars !== undefined ? { maxLineChars } : {}));
      }),
      { numRuns: 1500 },
    );
  });

  it("with small line and statement limits (truncated lines, carried lines)", () => {
    fc.assert(
      fc.property(copyish, cuts, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (text, at, maxLineChars, maxStatementChars, mixed) => {
        const options = { maxLineChars, maxStatementChars };
        expect(lexBytes(text, at, options, mixed)).toEqual(lexString(text, options));
      }),
      { numRuns: 1500 },
    );
  });

  // INSERT statements in pg_dump's plain form are found on the bytes too (scanInsertBytes); any
  // other form, or one cut by a piece end, goes to the text scanner.
  const insertFragments = [
    "INSERT INTO public.t VALUES (1, 'a''b', NULL, -2.5e+3, true);",
    'INSERT INTO "Odd ""T""".x (a, "B") VALUES (\'é😀\', \'x;y\');',
    "INSERT INTO t VALUES ((1;2));",
    "INSERT INTO t VALUES (1)",
    "INSERT INTO t VALUES (E'a\\'b');",
    "INSERT INTO t VALUES (B'01', X'1F', U&'d\\0061t');",
    "INSERT INTO t VALUES ($$x;$$);",
    "INSERT INTO t VALUES ($$x);$$);",
    "INSERT INTO t VALUES (1) -- c;\n;",
    "INSERT INTO t SELECT E'\\';' FROM x;",
    "INSERT INTO t VALUES (1 -- c;\n);",
    "INSERT INTO t VALUES (1 /* ; */);",
    "INSERT INTO t VALUES ('\\');",
    "INSERT INTO t VALUES (1) \\g\n",
    "INSERT INTO t VALUES ('a',\r\n\t('b'));",
    "INSERT INTO tété VALUES (1);",
    "INSERT INTO t VALUES ('x'::jsonb, now(), 1 + 2, ARRAY[1]);",
    "INSERT INTO t VALUES ('unterminated",
    "INSERT INTO t VALUES (\"q",
    "INSERT INTO",
    "INSERT",
    "INSERTS",
    "SET standard_conforming_strings = off;\n",
    "SET standard_conforming_strings = on;\n",
    "CREATE FUNCTION f() RETURNS int BEGIN ATOMIC\nINSERT INTO t VALUES (1);\nEND;",
    "COPY t FROM stdin;\n1\n\\.\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\f",
    "-- c\n",
    "\uFEFF",
    "'",
    ";",
  ];
  const insertish = fc.array(fc.constantFrom(...insertFragments), { maxLength: 40 }).map((parts) => parts.join(""));

  it("INSERT-heavy random inputs, any cuts between sequences, with and without small limits", () => {
    fc.assert(
      fc.property(insertish, cuts, fc.boolean(), fc.boolean(), (text, at, mixed, plain) => {
        expect(lexBytes(text, at, undefined, mixed, plain)).toEqual(lexString(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(insertish, cuts, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }), (text, at, maxLineChars, maxStatementChars) => {
        const options = { maxLineChars, maxStatementChars };
        expect(lexBytes(text, at, options)).toEqual(lexString(text, options));
      }),
      { numRuns: 1000 },
    );
  });

  it("an INSERT dump spanning many windows, in 1-byte to 300 KB pieces", () => {
    const rows = Array.from({ length: 8000 }, (_, k) => `INSERT INTO public.t VALUES (${k}, 'namé ${k}', ${k % 7 === 0 ? "NULL" : `'a''b${"x".repeat(k % 50)}'`}, '😀');\n${k % 500 === 0 ? "\n-- c\n\n" : ""}`).join("");
    const text = `\uFEFF${rows}SET standard_conforming_strings = off;\n${rows}`;
    expectSameInAnyPieces(text);
  });

  it("a long dump-like input whose text spans several windows, in 1-byte to 300 KB pieces", () => {
    const rows = Array.from({ length: 6000 }, (_, k) => `${k}\tnamé ${k}\t${k % 7 === 0 ? "\\N" : `a\\tb${"x".repeat(k % 50)}`}\t😀\n`).join("");
    const ddl = Array.from({ length: 3000 }, (_, k) => `CREATE TABLE public.t${k} (id integer, name text); -- é ${k}\n`).join("");
    const text = `\uFEFF${ddl}COPY public.t (a, b, c, d) FROM stdin;\n${rows}\\.\n${ddl}COPY public.u FROM stdin;\r\n${rows.replaceAll("\n", "\r\n")}\\.\r\n`;
    expectSameInAnyPieces(text);
  });

  it("says which statement texts are strings of their own (INSERTs read on the bytes) while they are emitted", () => {
    const seen: [string, boolean][] = [];
    const lexer: SqlLexer = new SqlLexer((e) => {
      if (e.kind === "statement") seen.push([e.text.slice(0, 12), lexer.statementTextIsOwn]);
    });
    lexer.writeUtf8(Buffer.from("INSERT INTO t VALUES (1, 'a');\nCREATE TABLE u (a int);\nINSERT INTO t VALUES (E'x');\nINSERT INTO t VALUES (2);\n", "utf8"));
    lexer.end();
    expect(seen).toEqual([
      ["INSERT INTO ", true],
      ["CREATE TABLE", false],
      ["INSERT INTO ", false],
      ["INSERT INTO ", true],
    ]);
    expect(lexer.statementTextIsOwn).toBe(false);
  });

  it("a `\\.` line cut between its two characters ends the COPY under a line limit of 1 (a random run found it)", () => {
    for (const end of ["\\.\nSELECT 1;\n", "\\.\r\nSELECT 1;\r\n", "\\."]) {
      const text = `COPY t FROM stdin;\n1\n${end}`;
      const cut = text.indexOf("\\.") + 1;
      for (const maxLineChars of [1, 2, 80]) {
        const events = lexBytes(text, [cut], { maxLineChars });
        expect(events).toEqual(lexString(text, { maxLineChars }));
        expect(events.filter((e) => e.kind === "copy-end")).toMatchObject([{ terminated: true }]);
      }
    }
  });

  it("can tell a wrong reading apart (the comparison is not vacuous)", () => {
    const text = "COPY t FROM stdin;\n1\té\n\\.\n";
    const events = lexBytes(text, []);
    expect(events.filter((e) => e.kind === "copy-data").map((e) => (e.kind === "copy-data" ? e.line : ""))).toEqual(["1\té"]);
    expect(lexBytes("COPY t FROM stdin;\n1\tè\n\\.\n", [])).not.toEqual(lexString(text));
  });
});
