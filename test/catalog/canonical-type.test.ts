import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalType, quoteIdent } from "../../src/catalog/canonical-type.js";

// Expected spellings are what PostgreSQL 15's format_type() prints for each input (docs table 8.1).
const cases: [string, string][] = [
  ["integer", "integer"],
  ["int", "integer"],
  ["int4", "integer"],
  ["serial", "integer"],
  ["bigserial", "bigint"],
  ["int8", "bigint"],
  ["int2", "smallint"],
  ["smallserial", "smallint"],
  ["float4", "real"],
  ["float8", "double precision"],
  ["float", "double precision"],
  ["float(10)", "real"],
  ["float(53)", "double precision"],
  ["double precision", "double precision"],
  ["bool", "boolean"],
  ["varchar(255)", "character varying(255)"],
  ["character varying(255)", "character varying(255)"],
  ["VARCHAR", "character varying"],
  ["char(3)", "character(3)"],
  ["char", "character(1)"],
  ['"char"', '"char"'],
  ["bpchar", "bpchar"],
  ["numeric(10, 2)", "numeric(10,2)"],
  ["decimal", "numeric"],
  ["timestamptz", "timestamp with time zone"],
  ["timestamp with time zone", "timestamp with time zone"],
  ["timestamp", "timestamp without time zone"],
  ["timestamp(3)", "timestamp(3) without time zone"],
  ["timestamp(3) with time zone", "timestamp(3) with time zone"],
  ["timetz", "time with time zone"],
  ["time", "time without time zone"],
  ["interval", "interval"],
  ["interval day to second(3)", "interval day to second(3)"],
  ["bit", "bit(1)"],
  ["varbit(8)", "bit varying(8)"],
  ["integer[]", "integer[]"],
  ["int4[][]", "integer[]"],
  ["_int4", "integer[]"],
  ["integer ARRAY", "integer[]"],
  ["character varying(20)[]", "character varying(20)[]"],
  ["pg_catalog.int4", "integer"],
  ["text", "text"],
  ["jsonb", "jsonb"],
  ["public.status_enum", "public.status_enum"],
  ["status_enum", "public.status_enum"],
  ['app."Mood"', 'app."Mood"'],
  ["public.status_enum[]", "public.status_enum[]"],
  ["public.citext", "public.citext"],
];

describe("canonicalType", () => {
  for (const [input, expected] of cases) it(`${input} -> ${expected}`, () => expect(canonicalType(input)).toBe(expected));

  it("never throws on garbage and returns the text with whitespace normalised", () => {
    expect(canonicalType("  ((( ")).toBe("(((");
    expect(canonicalType("")).toBe("");
  });
});

describe("quoteIdent", () => {
  it("leaves plain lower-case names bare", () => expect(quoteIdent("user_accounts2")).toBe("user_accounts2"));
  it("quotes mixed case, spaces and reserved words", () => {
    expect(quoteIdent("Mood")).toBe('"Mood"');
    expect(quoteIdent("odd name")).toBe('"odd name"');
    expect(quoteIdent("user")).toBe('"user"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});

describe("canonicalType equals PostgreSQL 15's format_type() for every spelling in fixtures/type-spellings.txt", () => {
  // type-spellings.truth.json: what the live server printed for a column declared with each spelling (type-spellings.sh).
  const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
  const spellings = readFileSync(`${dir}type-spellings.txt`, "utf8").split("\n").filter((l) => l.trim() !== "");
  const truth = JSON.parse(readFileSync(`${dir}type-spellings.truth.json`, "utf8")) as string[];
  it("has one truth per spelling", () => expect(truth).toHaveLength(spellings.length));
  spellings.forEach((spelling, i) => it(`${spelling} -> ${truth[i]}`, () => expect(canonicalType(spelling)).toBe(truth[i])));
});
