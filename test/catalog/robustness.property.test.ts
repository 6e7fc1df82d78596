import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogBuilder, canonicalType, catalogJson } from "../../src/catalog/build.js";
import { resolveTableName } from "../../src/catalog/query.js";
import type { StatementInfo } from "../../src/rules/rule.js";

const range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
const statement = (text: string): StatementInfo => ({ kind: "statement", text, range, statementKind: "" });

// Fragments of what pg_dump writes, shuffled: the recognizers see truncated and misordered DDL.
const fragment = fc.constantFrom(
  "CREATE", "ALTER", "TABLE", "ONLY", "public.t", '"Odd ""x"""', "(", ")", ",", ";", "a", "integer", "NOT", "NULL", "DEFAULT", "nextval('s'::regclass)",
  "CONSTRAINT", "c", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "CHECK", "((a > 0))", "GENERATED", "ALWAYS", "AS", "IDENTITY", "PARTITION", "OF", "FOR", "VALUES",
  "FROM", "TO", "ATTACH", "INHERITS", "COMMENT", "ON", "COLUMN", "IS", "'x'", "OWNER", "SEQUENCE", "OWNED", "BY", "SELECT", "pg_catalog.setval", "ROLE", "WITH",
  "PASSWORD", "SERVER", "OPTIONS", "USER", "MAPPING", "SUBSCRIPTION", "CONNECTION", "PUBLICATION", "TYPE", "ENUM", "DOMAIN", "FUNCTION", "$$", "$$ x $$", "'", '"',
  "::", "[", "]", "E'\\\\'", "--", "/*", "*/", "UNLOGGED", "FOREIGN", "DATA", "WRAPPER", "EXCLUDE", "USING", "gist", "VIEW", "MATERIALIZED", "INDEX", "UNIQUE",
);
const sqlish = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(" "));

describe("catalog robustness: bad input never throws", () => {
  it("CatalogBuilder.statement, build and catalogJson never throw, whatever the statements", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sqlish, fc.string({ maxLength: 60 })), { maxLength: 12 }), (texts) => {
        const builder = new CatalogBuilder();
        for (const text of texts) builder.statement(statement(text));
        builder.addRows({ schema: "public", name: "t" }, 2, "copy", range);
        const catalog = builder.build();
        expect(() => JSON.stringify(catalogJson(catalog))).not.toThrow();
        for (const table of catalog.tables()) {
          expect(catalog.table({ schema: table.schema, name: table.name })).toBe(table);
          for (const column of table.columns) expect(typeof catalog.columnType({ schema: table.schema, name: table.name }, column.name)).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("canonicalType and table-name resolution never throw", () => {
    fc.assert(
      fc.property(fc.oneof(sqlish, fc.string({ maxLength: 40 })), (text) => {
        expect(typeof canonicalType(text)).toBe("string");
        resolveTableName(text);
      }),
      { numRuns: 500 },
    );
  });

  it("every statement is counted exactly once", () => {
    fc.assert(
      fc.property(fc.array(sqlish, { maxLength: 10 }), (texts) => {
        const builder = new CatalogBuilder();
        for (const text of texts) builder.statement(statement(text));
        const total = Object.values(builder.parseCounts()).reduce((n, c) => n + c.parser + c.recognizer + c.skipped + c.unrecognized, 0);
        expect(total).toBe(texts.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("catalogJson never prints a password", () => {
  it("role, user-mapping, server and subscription passwords (key=value and URI forms) are masked, whatever they are", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{10,24}$/).map((s) => `Zq${s}`);
    fc.assert(
      fc.property(secret, secret, secret, secret, (rolePw, mappingPw, subPw, uriPw) => {
        const builder = new CatalogBuilder();
        for (const text of [
          "CREATE ROLE app;",
          `ALTER ROLE app WITH LOGIN PASSWORD '${rolePw}';`,
          "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h');",
          `ALTER SERVER s OPTIONS (ADD password '${mappingPw}');`,
          `CREATE USER MAPPING FOR app SERVER s OPTIONS ("user" 'u', password '${mappingPw}');`,
          `CREATE SUBSCRIPTION a CONNECTION 'host=h password=${subPw} dbname=d' PUBLICATION p WITH (connect = false);`,
          `CREATE SUBSCRIPTION b CONNECTION 'postgresql://u:${uriPw}@h/d' PUBLICATION p WITH (connect = false);`,
        ])
          builder.statement(statement(text));
        const json = JSON.stringify(catalogJson(builder.build()));
        for (const pw of [rolePw, mappingPw, subPw, uriPw]) expect(json).not.toContain(pw);
      }),
      { numRuns: 100 },
    );
  });
});
