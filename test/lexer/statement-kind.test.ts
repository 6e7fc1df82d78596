import { describe, expect, it } from "vitest";
import { statementKind } from "../../src/lexer/statement-kind.js";

describe("statementKind", () => {
  const cases: [string, string][] = [
    ["CREATE TABLE public.t (id int);", "CREATE TABLE"],
    ["create unlogged table t ();", "CREATE TABLE"],
    ["CREATE TEMP TABLE t ();", "CREATE TABLE"],
    ["CREATE FOREIGN TABLE public.ft (a int) SERVER s;", "CREATE FOREIGN TABLE"],
    ["CREATE UNIQUE INDEX i ON t (a);", "CREATE INDEX"],
    ["CREATE OR REPLACE FUNCTION f() RETURNS int;", "CREATE FUNCTION"],
    ["CREATE PROCEDURE p() BEGIN ATOMIC END;", "CREATE PROCEDURE"],
    ["CREATE VIEW v AS SELECT 1;", "CREATE VIEW"],
    ["CREATE MATERIALIZED VIEW mv AS SELECT 1;", "CREATE MATERIALIZED VIEW"],
    ["CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw;", "CREATE SERVER"],
    ["CREATE USER MAPPING FOR u SERVER s;", "CREATE USER MAPPING"],
    ["CREATE USER alice;", "CREATE USER"],
    ["CREATE SUBSCRIPTION sub CONNECTION 'host=x';", "CREATE SUBSCRIPTION"],
    ["CREATE PUBLICATION p FOR ALL TABLES;", "CREATE PUBLICATION"],
    ["CREATE ROLE r;", "CREATE ROLE"],
    ["ALTER TABLE ONLY public.t ADD CONSTRAINT c PRIMARY KEY (id);", "ALTER TABLE"],
    ["ALTER ROLE r PASSWORD 'x';", "ALTER ROLE"],
    ["COMMENT ON TABLE t IS 'x';", "COMMENT ON"],
    ["COPY public.t (a) FROM stdin;", "COPY"],
    ["INSERT INTO t VALUES (1);", "INSERT"],
    ["SELECT pg_catalog.set_config('search_path', '', false);", "SELECT"],
    ["SET statement_timeout = 0;", "SET"],
    ["GRANT ALL ON t TO r;", "GRANT"],
    ["REVOKE ALL ON t FROM r;", "REVOKE"],
    ["CREATE TYPE mood AS ENUM ('a');", "CREATE TYPE"],
    ["CREATE DOMAIN d AS int;", "CREATE DOMAIN"],
    ["CREATE SEQUENCE s;", "CREATE SEQUENCE"],
    ["ALTER SEQUENCE s OWNED BY t.id;", "ALTER SEQUENCE"],
    ["CREATE TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION f();", "CREATE TRIGGER"],
    ["CREATE CONSTRAINT TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION f();", "CREATE TRIGGER"],
    ["CREATE POLICY p ON t;", "CREATE POLICY"],
    ["CREATE EXTENSION IF NOT EXISTS pgcrypto;", "CREATE EXTENSION"],
    ["CREATE SCHEMA app;", "CREATE SCHEMA"],
    ["CREATE AGGREGATE a(int) (sfunc = f, stype = int);", "CREATE AGGREGATE"],
    ["CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f();", "CREATE EVENT TRIGGER"],
    ["CREATE TRUSTED PROCEDURAL LANGUAGE plx;", "CREATE LANGUAGE"],
    ["CREATE DEFAULT CONVERSION c FOR 'LATIN1' TO 'UTF8' FROM f;", "CREATE CONVERSION"],
    ["ALTER DEFAULT PRIVILEGES FOR ROLE r GRANT ALL ON TABLES TO x;", "ALTER DEFAULT PRIVILEGES"],
    ["CREATE FOREIGN DATA WRAPPER w;", "CREATE FOREIGN DATA WRAPPER"],
    ["CREATE TEXT SEARCH CONFIGURATION c (COPY = english);", "CREATE TEXT SEARCH CONFIGURATION"],
    ["CREATE OPERATOR CLASS c FOR TYPE int USING btree AS OPERATOR 1 <;", "CREATE OPERATOR CLASS"],
    ["CREATE OPERATOR public.=== (function = f);", "CREATE OPERATOR"],
    ["DROP TABLE IF EXISTS t;", "DROP TABLE"],
    ["ALTER MATERIALIZED VIEW mv OWNER TO r;", "ALTER MATERIALIZED VIEW"],
    ["-- lead\n/* block /* nested */ */ create table t();", "CREATE TABLE"],
    ["CREATE /* inner */ OR REPLACE -- x\n PROCEDURE p();", "CREATE PROCEDURE"],
  ];
  for (const [text, kind] of cases) it(`${JSON.stringify(text.slice(0, 40))} is ${kind}`, () => expect(statementKind(text)).toBe(kind));

  it("is empty for text without a leading keyword", () => {
    expect(statementKind("")).toBe("");
    expect(statementKind("-- only a comment")).toBe("");
    expect(statementKind("(SELECT 1);")).toBe("");
  });

  it("is the bare verb when the object word is missing", () => {
    expect(statementKind("CREATE")).toBe("CREATE");
  });
});
