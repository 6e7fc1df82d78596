import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCopyLine, decodeCopyLineSlow, parseCopyStatement } from "../../src/data/copy.js";
import { parseInsertStatement } from "../../src/data/insert.js";
import { parseArrayLiteral } from "../../src/data/pg-array.js";
import { tokenizeSql } from "../../src/lexer/tokens.js";

// Encoders written from the PostgreSQL docs/sources independently of the decoders under test.

/** COPY TO text format (copyto.c, CopyAttributeOutText): control characters and backslash escaped, delimiter escaped. */
function copyOutText(value: string | null, delimiter: string): string {
  if (value === null) return "\\N";
  let out = "";
  for (const ch of value) {
    const special: Record<string, string> = { "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\\": "\\\\" };
    out += special[ch] ?? (ch === delimiter ? `\\${ch}` : ch);
  }
  return out;
}

/** The same value written with byte escapes: each character as its UTF-8 bytes in octal or hex, or `\`+char. */
function copyOutBytes(value: string, delimiter: string, style: number[]): string {
  let out = "";
  let k = 0;
  for (const ch of value) {
    const s = style[k++ % style.length]!;
    const bytes = [...Buffer.from(ch, "utf8")];
    if (s === 0) out += bytes.map((b) => `\\${b.toString(8).padStart(3, "0")}`).join("");
    else if (s === 1) out += bytes.map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    else if (ch.length === 1 && !"01234567bfnrtvxN".includes(ch) && ch !== "\r" && ch !== "\n") out += `\\${ch}`;
    else out += copyOutText(ch, delimiter);
  }
  return out;
}

/** pg_dump appendStringLiteral with standard_conforming_strings on. */
const sqlLiteral = (v: string) => `'${v.split("'").join("''")}'`;
/** An E'' literal escaping every character as \uXXXX / \UXXXXXXXX. */
const eLiteral = (v: string) =>
  `E'${[...v].map((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
  }).join("")}'`;

/** array_out quoting: quote when empty, NULL-like, or holding `{},"\` or whitespace. */
function arrayOut(values: (string | null)[]): string {
  return `{${values
    .map((v) => {
      if (v === null) return "NULL";
      const needs = v === "" || v.toUpperCase() === "NULL" || /[{},"\\\s]/.test(v);
      return needs ? `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"` : v;
    })
    .join(",")}}`;
}

const anyText = fc.string({ unit: "binary", maxLength: 30 });
// Mostly the characters that matter to the formats, plus arbitrary code points.
const trickyText = fc.string({ unit: fc.oneof(fc.constantFrom("\\", "\t", "\n", "\r", "|", ",", "N", "'", '"', "{", "}", " ", "0", "x", "\u00e9", "\u{1F600}"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 20 });
const cell = fc.option(trickyText, { nil: null });
const runs = { numRuns: 300 };

describe("COPY TEXT decoding round-trips PostgreSQL's own encoding", () => {
  it("decodes every row COPY TO would write, for tab and custom delimiters", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom("\t", "|", ",", ";"), (row, delimiter) => {
        const line = row.map((v) => copyOutText(v, delimiter)).join(delimiter);
        expect(decodeCopyLine(line, { delimiter, nullString: "\\N" })).toEqual(row);
      }),
      runs,
    );
  });
  it("decodes the same text written with octal, hex and plain backslash escapes", () => {
    fc.assert(
      fc.property(trickyText, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }), (value, style) => {
        fc.pre(value !== "");
        const line = copyOutBytes(value, "\t", style);
        expect(decodeCopyLine(line, { delimiter: "\t", nullString: "\\N" })).toEqual([value]);
      }),
      runs,
    );
  });
  it("never throws on arbitrary lines and options", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (line, delimiter, nullString) => {
        const out = decodeCopyLine(line, { delimiter, nullString });
        expect(out.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

describe("INSERT decoding round-trips pg_dump's literals", () => {
  it("reads back every row written with standard and E'' literals and NULL", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (rows) => {
        const sql = `INSERT INTO public.t VALUES ${rows.map((r) => `(${r.map(([v, e]) => (v === null ? "NULL" : e ? eLiteral(v) : sqlLiteral(v))).join(", ")})`).join(",\n\t")};`;
        const parsed = parseInsertStatement(sql)!;
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows).toEqual(rows.map((r) => r.map(([v]) => v)));
      }),
      runs,
    );
  });
  it("reads back integers and decimals with their sign", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer().map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), { minLength: 1, maxLength: 5 }), (numbers) => {
        const parsed = parseInsertStatement(`INSERT INTO t VALUES (${numbers.join(", ")});`)!;
        expect(parsed.rows).toEqual([numbers]);
      }),
      runs,
    );
  });
});

describe("array literals round-trip array_out", () => {
  it("reads back every element list", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (values) => {
        expect(parseArrayLiteral(arrayOut(values))).toEqual(values);
      }),
      runs,
    );
  });
});

/** quote_ident: plain lower-case names stay bare, everything else is double-quoted with "" doubled. */
const quoteIdent = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) && !["from", "to", "with", "values", "as", "default", "overriding", "binary"].includes(name) ? name : `"${name.split('"').join('""')}"`);
const identifier = fc.string({ unit: fc.oneof(fc.constantFrom("a", "Z", "_", "1", '"', " ", ".", "$", "\u00e9", "(", ","), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 });

describe("statement headers round-trip quote_ident", () => {
  it("reads back schema, table and column names from COPY and INSERT", () => {
    fc.assert(
      fc.property(identifier, identifier, fc.array(identifier, { minLength: 1, maxLength: 4 }), (schema, table, columns) => {
        const qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
        const list = columns.map(quoteIdent).join(", ");
        expect(parseCopyStatement(`COPY ${qualified} (${list}) FROM stdin;`)).toMatchObject({ schema, table, columns });
        expect(parseInsertStatement(`INSERT INTO ${qualified} (${list}) VALUES (${columns.map(() => "NULL").join(", ")});`)).toMatchObject({ schema, table, columns });
      }),
      runs,
    );
  });
});

describe("the statement readers never throw", () => {
  const sqlish = fc.string({ unit: fc.oneof(fc.constantFrom("'", '"', "$", "(", ")", ",", "::", "E'", "U&'", "--", "/*", "*/", "\\", " ", "\n", "COPY ", "INSERT INTO ", "VALUES ", "FROM stdin", "WITH ", "NULL"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 });
  it("on arbitrary SQL-like text", () => {
    fc.assert(
      fc.property(sqlish, (text) => {
        tokenizeSql(text, { comments: false });
        parseCopyStatement(text);
        parseCopyStatement(`COPY ${text}`);
        parseInsertStatement(`INSERT INTO t ${text}`);
        parseArrayLiteral(text);
        parseArrayLiteral(`{${text}`);
      }),
      runs,
    );
  });
});

describe("COPY fast path", () => {
  // The fast path splits on the delimiter first and de-escapes only fields holding a backslash; the
  // character-by-character reading is the reference. Lines are drawn from the characters that matter.
  const piece = fc.constantFrom("a", "é", "\\", "\\\\", "\\N", "N", "\t", "|", "\\t", "\\|", "\\\t", "0", "7", "x", "4", "\\x4", "\\101", "\r", "", "𝄞");
  const line = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(""));
  const target = fc.constantFrom(
    { delimiter: "\t", nullString: "\\N" },
    { delimiter: "|", nullString: "" },
    { delimiter: "\t", nullString: "NULL" },
    { delimiter: "|", nullString: "a|b" },
    { delimiter: "|", nullString: "\\N" },
    { delimiter: "\t", nullString: "x\\" },
  );

  it("decodes every line exactly as the character-by-character reading", () => {
    fc.assert(
      fc.property(line, target, (text, t) => {
        // A trailing carriage return is a line end, stripped before either reading (covered by the unit tests).
        const body = text.replace(/\r+$/, "");
        const expected = decodeCopyLineSlow(body, t.delimiter, t.nullString);
        expect(decodeCopyLine(body, t)).toEqual(expected);
      }),
      { numRuns: 6000 },
    );
  });

  it("gives the same fields, no hole among them, whatever number of fields it is told to expect", () => {
    // The engine passes the table's column count: the array is made at that size, then cut or grown.
    fc.assert(
      fc.property(line, target, fc.integer({ min: 0, max: 10 }), (text, t, fields) => {
        const body = text.replace(/\r+$/, "");
        // toStrictEqual tells a hole from a value: a slot left unfilled fails it.
        expect(decodeCopyLine(body, t, fields)).toStrictEqual(decodeCopyLineSlow(body, t.delimiter, t.nullString));
      }),
      { numRuns: 6000 },
    );
  });
});
