import { describe, expect, it } from "vitest";
import { checkColumnType, inFamily, isWidening, typeDirectory, typeParts } from "../../../src/rules/shape/type-compat.js";

const types = typeDirectory([
  { schema: "public", name: "birth_status", kind: "enum", values: ["draft", "applied"] },
  { schema: "public", name: "email_address", kind: "domain", baseType: "text" },
  { schema: "public", name: "counter", kind: "domain", baseType: "int4" },
  { schema: "app", name: "text", kind: "enum" },
  { schema: "public", name: "loop_a", kind: "domain", baseType: "public.loop_b" },
  { schema: "public", name: "loop_b", kind: "domain", baseType: "public.loop_a" },
]);
const none = typeDirectory([]);

describe("typeDirectory", () => {
  it("gives enum labels by canonical name, and none for other kinds", () => {
    expect(types.enumLabels("public.birth_status")).toEqual(["draft", "applied"]);
    expect(types.enumLabels("public.email_address")).toBeUndefined();
    expect(types.enumLabels("text")).toBeUndefined();
  });
});

describe("typeParts", () => {
  it("splits modifiers out of the middle of a canonical type", () => {
    expect(typeParts("timestamp(3) with time zone")).toEqual({ base: "timestamp with time zone", mods: [3], array: false });
    expect(typeParts("numeric(10,2)[]")).toEqual({ base: "numeric", mods: [10, 2], array: true });
    expect(typeParts('public."odd(1)"')).toEqual({ base: 'public."odd(1)"', mods: [], array: false });
  });
});

describe("exact type", () => {
  const valid: [string, string][] = [
    ["uuid", "uuid"],
    ["varchar(64)", "character varying(64)"],
    ["timestamptz", "timestamp with time zone"],
    ["int", "integer"],
    ["birth_status", "public.birth_status"],
  ];
  for (const [spec, found] of valid) it(`${spec} accepts ${found} (same canonical type)`, () => expect(checkColumnType({ type: spec }, found, types)).toEqual({ ok: true, how: "exact" }));
  const invalid: [string, string][] = [
    ["integer", "bigint"],
    ["character varying(64)", "character varying(128)"],
    ["character varying(64)", "text"],
    ["timestamp", "timestamp with time zone"],
    ["integer", "integer[]"],
    ["public.email_address", "text"],
  ];
  for (const [spec, found] of invalid) it(`${spec} rejects ${found} without allowWidening`, () => expect(checkColumnType({ type: spec }, found, types).ok).toBe(false));
  it("names the expected canonical type", () => expect(checkColumnType({ type: "varchar(64)" }, "text", types)).toEqual({ ok: false, expected: "character varying(64)" }));
});

describe("widening (allowWidening: true)", () => {
  const valid: [string, string][] = [
    ["smallint", "integer"],
    ["integer", "bigint"],
    ["integer", "numeric"],
    ["integer", "numeric(12,2)"],
    ["bigint", "numeric(19,0)"],
    ["numeric(10,2)", "numeric(12,2)"],
    ["numeric(10,2)", "numeric(12,4)"],
    ["numeric(10,2)", "numeric"],
    ["real", "double precision"],
    ["character varying(64)", "character varying(128)"],
    ["character varying(64)", "character varying"],
    ["character varying(64)", "text"],
    ["character(2)", "character varying(2)"],
    ["timestamp(3) without time zone", "timestamp without time zone"],
    ["integer[]", "bigint[]"],
  ];
  for (const [from, to] of valid) it(`${from} -> ${to} is a widening`, () => {
    expect(isWidening(from, to)).toBe(true);
    expect(checkColumnType({ type: from, allowWidening: true }, to, none)).toEqual({ ok: true, how: "widening" });
  });
  const invalid: [string, string][] = [
    ["bigint", "integer"],
    ["integer", "numeric(9,0)"],
    ["numeric(10,2)", "numeric(10,4)"],
    ["numeric(10,2)", "numeric(11,1)"],
    ["numeric", "numeric(30,10)"],
    ["double precision", "real"],
    ["character varying(128)", "character varying(64)"],
    ["character varying", "character varying(64)"],
    ["text", "character varying(1000)"],
    ["timestamp without time zone", "timestamp with time zone"],
    ["timestamp with time zone", "timestamp(3) with time zone"],
    ["json", "jsonb"],
    ["date", "timestamp without time zone"],
    ["uuid", "text"],
    ["integer", "bigint[]"],
    ["integer", "integer"],
  ];
  for (const [from, to] of invalid) it(`${from} -> ${to} is not a widening`, () => expect(isWidening(from, to)).toBe(false));
});

describe("families", () => {
  const valid: [string, string][] = [
    ["text-like", "text"],
    ["text-like", "character varying(255)"],
    ["text-like", "character(2)"],
    ["text-like", "public.citext"],
    ["text-like", "public.email_address"],
    ["integer-like", "smallint"],
    ["integer-like", "bigint"],
    ["integer-like", "public.counter"],
    ["numeric-like", "numeric(10,2)"],
    ["numeric-like", "double precision"],
    ["numeric-like", "integer"],
    ["uuid", "uuid"],
    ["timestamp-like", "timestamp with time zone"],
    ["timestamp-like", "timestamp(3) without time zone"],
    ["json-like", "jsonb"],
    ["json-like", "json"],
    ["boolean", "boolean"],
    ["enum:birth_status", "public.birth_status"],
    ["enum:public.birth_status", "public.birth_status"],
  ];
  for (const [family, found] of valid) it(`${family} includes ${found}`, () => expect(inFamily(found, family as never, types)).toBe(true));
  const invalid: [string, string][] = [
    ["text-like", "text[]"],
    ["text-like", "uuid"],
    ["text-like", "app.text"],
    ["integer-like", "numeric"],
    ["integer-like", "integer[]"],
    ["timestamp-like", "date"],
    ["timestamp-like", "time with time zone"],
    ["json-like", "text"],
    ["boolean", "text"],
    ["uuid", "text"],
    ["enum:birth_status", "text"],
    ["enum:email_address", "public.email_address"],
    ["enum:other_status", "public.other_status"],
    ["text-like", "public.loop_a"],
  ];
  for (const [family, found] of invalid) it(`${family} excludes ${found}`, () => expect(inFamily(found, family as never, types)).toBe(false));
  it("says which types the family holds when a column is outside it", () => {
    const verdict = checkColumnType({ family: "json-like" }, "text", types);
    expect(verdict).toEqual({ ok: false, expected: "a json-like type (json, jsonb)" });
  });
});
