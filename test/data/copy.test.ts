import { describe, expect, it } from "vitest";
import { decodeCopyLine, parseCopyStatement } from "../../src/data/copy.js";

const TEXT = { delimiter: "\t", nullString: "\\N" };

describe("parseCopyStatement", () => {
  it("reads pg_dump's COPY header with schema, quoted names and column list", () => {
    expect(parseCopyStatement('COPY public."Odd Name" (a, "B", "x""y") FROM stdin;')).toEqual({
      schema: "public",
      table: "Odd Name",
      columns: ["a", "B", 'x"y'],
      delimiter: "\t",
      nullString: "\\N",
      format: "text",
    });
  });
  it("folds unquoted names to lower case and defaults the schema to public", () => {
    expect(parseCopyStatement("copy Users (ID, Email) from STDIN;")).toMatchObject({ schema: "public", table: "users", columns: ["id", "email"] });
  });
  it("returns null columns when the statement lists none", () => {
    expect(parseCopyStatement("COPY app.t FROM stdin;")).toMatchObject({ schema: "app", table: "t", columns: null });
  });
  it("reads the WITH (FORMAT, DELIMITER, NULL) option list", () => {
    expect(parseCopyStatement("COPY t (a) FROM stdin WITH (FORMAT csv, DELIMITER '|', NULL '');")).toMatchObject({ format: "csv", delimiter: "|", nullString: "" });
    expect(parseCopyStatement("COPY t FROM stdin (FORMAT binary);")).toMatchObject({ format: "binary" });
    expect(parseCopyStatement("COPY t FROM stdin (DELIMITER ',', FORCE_NULL (a, b), NULL 'nil');")).toMatchObject({ format: "text", delimiter: ",", nullString: "nil" });
  });
  it("reads the pre-9.0 WITH DELIMITER 'x' NULL AS 'y' syntax", () => {
    expect(parseCopyStatement("COPY t FROM stdin WITH DELIMITER '|' NULL AS '';")).toMatchObject({ format: "text", delimiter: "|", nullString: "" });
    expect(parseCopyStatement("COPY t FROM stdin WITH DELIMITER AS ';' CSV HEADER;")).toMatchObject({ format: "csv", delimiter: ";", nullString: "" });
    expect(parseCopyStatement("COPY BINARY t FROM stdin;")).toMatchObject({ format: "binary" });
  });
  it("defaults CSV to comma and empty-string NULL", () => {
    expect(parseCopyStatement("COPY t FROM stdin CSV;")).toMatchObject({ delimiter: ",", nullString: "" });
  });
  it("ignores comments inside the statement", () => {
    expect(parseCopyStatement("COPY /* x */ s.t -- y\n (a) FROM stdin;")).toMatchObject({ schema: "s", table: "t", columns: ["a"] });
  });
  it("returns undefined for what is not a COPY of a table", () => {
    expect(parseCopyStatement("SELECT 1;")).toBeUndefined();
    expect(parseCopyStatement("COPY (SELECT 1) TO stdout;")).toBeUndefined();
    expect(parseCopyStatement("")).toBeUndefined();
    expect(parseCopyStatement("COPY")).toBeUndefined();
  });
});

describe("decodeCopyLine (COPY TEXT format)", () => {
  it("splits on tabs and turns \\N into null", () => {
    expect(decodeCopyLine("1\tAda\t\\N", TEXT)).toEqual(["1", "Ada", null]);
  });
  it("keeps empty strings distinct from NULL", () => {
    expect(decodeCopyLine("\t\\N\t", TEXT)).toEqual(["", null, ""]);
  });
  it("treats \\\\N as the text \\N, not null", () => {
    expect(decodeCopyLine("\\\\N", TEXT)).toEqual(["\\N"]);
  });
  it("treats \\N inside a longer field as the letter N", () => {
    expect(decodeCopyLine("a\\Nb\t\\NN", TEXT)).toEqual(["aNb", "NN"]);
  });
  it("decodes each single-letter escape", () => {
    expect(decodeCopyLine("\\b\\f\\n\\r\\t\\v\\\\", TEXT)).toEqual(["\b\f\n\r\t\v\\"]);
  });
  it("decodes an escaped delimiter as data, not a split", () => {
    expect(decodeCopyLine("a\\\tb\tc", TEXT)).toEqual(["a\tb", "c"]);
    expect(decodeCopyLine("a\\|b|c", { delimiter: "|", nullString: "\\N" })).toEqual(["a|b", "c"]);
  });
  it("decodes 1-3 octal digits as a byte and stops after three", () => {
    expect(decodeCopyLine("\\101\\0121\\7x", TEXT)).toEqual(["A\n1\x07x"]);
  });
  it("decodes \\x with 1-2 hex digits, and \\x without hex as x", () => {
    expect(decodeCopyLine("\\x41\\x4a\\x7\\xg", TEXT)).toEqual(["AJ\x07xg"]);
  });
  it("decodes consecutive escaped bytes as one UTF-8 sequence", () => {
    expect(decodeCopyLine("caf\\xc3\\xa9 \\360\\237\\230\\200", TEXT)).toEqual(["caf\u00e9 \u{1F600}"]);
  });
  it("replaces escaped bytes that are not UTF-8 instead of throwing", () => {
    expect(decodeCopyLine("\\xff", TEXT)).toEqual(["\ufffd"]);
  });
  it("takes backslash + any other character as that character", () => {
    expect(decodeCopyLine("\\a\\q\\\u00e9\\.", TEXT)).toEqual(["aq\u00e9."]);
  });
  it("drops a trailing lone backslash as PostgreSQL does", () => {
    expect(decodeCopyLine("ab\\", TEXT)).toEqual(["ab"]);
  });
  it("uses a custom delimiter and NULL string, compared before de-escaping", () => {
    const opts = { delimiter: "|", nullString: "" };
    expect(decodeCopyLine("a||\\N|", opts)).toEqual(["a", null, "N", null]);
    expect(decodeCopyLine("x|NULL|\\NULL", { delimiter: "|", nullString: "NULL" })).toEqual(["x", null, "NULL"]);
  });
  it("strips the CR of a CRLF line end, so the last field and NULL read as in an LF file", () => {
    expect(decodeCopyLine("a\t\\N\r", TEXT)).toEqual(["a", null]);
    expect(decodeCopyLine("a\tb\r", TEXT)).toEqual(["a", "b"]);
  });
  it("keeps a backslash-escaped CR at the end as data", () => {
    expect(decodeCopyLine("a\\\r", TEXT)).toEqual(["a\r"]);
  });
  it("gives one empty field for an empty line", () => {
    expect(decodeCopyLine("", TEXT)).toEqual([""]);
  });
  it("keeps unicode text unchanged", () => {
    expect(decodeCopyLine("\u65e5\u672c\t\u{1F600}\\t", TEXT)).toEqual(["\u65e5\u672c", "\u{1F600}\t"]);
  });
});
