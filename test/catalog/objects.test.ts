import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogJson } from "../../src/catalog/build.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { catalogFromEvents } from "../../src/catalog/from-events.js";
import { lexString } from "../../src/lexer/lexer.js";

// Expectations come from fixtures/catalog-kitchen.sql (the source pg_dumpall dumped), not from earlier output.
const DUMPALL = fileURLToPath(new URL("./fixtures/catalog-kitchen.dumpall.sql", import.meta.url));
let catalog: Catalog;
let text: string;
beforeAll(async () => {
  text = readFileSync(DUMPALL, "utf8");
  catalog = catalogFromEvents(lexString(text)).catalog;
});

describe("catalog of a real pg_dumpall: objects besides tables", () => {
  it("header facts: producer, versions, encoding", () => {
    expect(catalog.data.header).toMatchObject({ producer: "pg_dumpall", encoding: "UTF8" });
    expect(catalog.data.header.serverVersion).toMatch(/^15\.\d+/);
    expect(catalog.data.header.pgDumpVersion).toMatch(/^15\.\d+/);
  });

  it("roles with attributes; the password is kept for rules but masked in JSON", () => {
    const login = catalog.data.roles.find((r) => r.name === "app_login")!;
    expect(login.attributes).toEqual(expect.arrayContaining(["LOGIN", "NOSUPERUSER", "CONNECTION LIMIT 5", "VALID UNTIL '2030-01-01 00:00:00+00'"]));
    expect(login.password).toMatch(/^SCRAM-SHA-256\$4096:/);
    const json = JSON.stringify(catalogJson(catalog));
    expect(json).not.toContain("SCRAM-SHA-256");
    expect(catalog.data.roles.find((r) => r.name === "app_reader")?.attributes).toContain("NOLOGIN");
  });

  it("\\connect targets in order", () => {
    expect(catalog.data.connects.map((c) => c.database)).toEqual(["template1", "dumpguard_catalog_kitchen", "postgres"]);
  });

  it("schemas with owners, extensions with their schema", () => {
    expect(catalog.data.schemas.map((s) => [s.name, s.owner])).toEqual(expect.arrayContaining([["app", "postgres"], ["Mixed Case", "postgres"]]));
    expect(catalog.data.extensions.map((e) => e.name).sort()).toEqual(["btree_gist", "citext", "pgcrypto", "postgres_fdw"]);
  });

  it("types: enum values (with a quote), composite attributes, range, domains with base type", () => {
    const type = (name: string) => catalog.data.types.find((t) => t.name === name);
    expect(type("mood")).toMatchObject({ schema: "app", kind: "enum", values: ["sad", "ok", "happy", "it's"] });
    expect(type("pair")).toMatchObject({ kind: "composite", attributes: [{ name: "a", type: "integer" }, { name: "b", type: "text" }] });
    expect(type("floatrange")?.kind).toBe("range");
    expect(type("posint")).toMatchObject({ kind: "domain", baseType: "integer" });
    expect(type("email")).toMatchObject({ schema: "app", kind: "domain", baseType: "text" });
  });

  it("sequences: type, OWNED BY and setval", () => {
    const seq = (name: string) => catalog.data.sequences.find((s) => s.name === name);
    expect(seq("users_id_seq")).toMatchObject({ dataType: "integer", ownedBy: { schema: "public", table: "users", column: "id" }, lastValue: "3", isCalled: true });
    expect(seq("users_small_seq")?.dataType).toBe("smallint");
    expect(seq("counter")).toMatchObject({ dataType: "bigint", lastValue: "11" });
  });

  it("views and materialized views with their query", () => {
    const view = catalog.data.views.find((v) => v.name === "user_emails")!;
    expect(view.materialized).toBe(false);
    expect(view.definition).toMatch(/^SELECT users\.id,[\s\S]*WHERE \(users\.email IS NOT NULL\)$/);
    expect(catalog.data.views.find((v) => v.name === "balances")?.materialized).toBe(true);
  });

  it("functions and procedures with language and body", () => {
    const touch = catalog.data.routines.find((r) => r.name === "touch")!;
    expect(touch).toMatchObject({ kind: "function", returns: "trigger", language: "plpgsql" });
    expect(touch.body).toContain("NEW.created := now()");
    expect(catalog.data.routines.find((r) => r.name === "noop")).toMatchObject({ kind: "procedure", schema: "app", language: "sql" });
  });

  it("indexes, triggers, policies", () => {
    expect(catalog.data.indexes.map((i) => [i.name, i.table, i.unique])).toEqual(expect.arrayContaining([["users_name_idx", "users", false], ["accounts_kind_idx", "accounts", true]]));
    expect(catalog.data.triggers.map((t) => [t.name, t.table])).toEqual([["users_touch", "users"]]);
    expect(catalog.data.policies.map((p) => [p.name, p.schema, p.table])).toEqual([["own_rows", "app", "accounts"]]);
  });

  it("comments on tables, columns (odd quoting) and other kinds", () => {
    expect(catalog.table("public.users")?.comment).toBe("people who log in");
    expect(catalog.column("public.users", "email")?.comment).toBe("primary e-mail");
    expect(catalog.column({ schema: "Mixed Case", name: 'Odd "Name"' }, "Value")?.comment).toBe("odd value");
    const kinds = new Set(catalog.data.comments.map((c) => c.objectKind));
    for (const kind of ["schema", "type", "function", "index", "constraint", "column", "table", "extension"]) expect(kinds).toContain(kind);
  });

  it("foreign server, user mapping and foreign table with options; the mapping password is masked in JSON", () => {
    expect(catalog.data.servers).toEqual([expect.objectContaining({ name: "remote_db", wrapper: "postgres_fdw", options: { host: "db.internal.example", dbname: "app", port: "5432" } })]);
    expect(catalog.data.userMappings[0]).toMatchObject({ server: "remote_db", user: "postgres", options: { user: "svc", password: "fdw-secret-pw-1234" } });
    expect(catalog.table("app.remote_orders")).toMatchObject({ kind: "foreign table", server: "remote_db", options: { schema_name: "public", table_name: "orders" } });
    expect(JSON.stringify(catalogJson(catalog))).not.toContain("fdw-secret-pw");
  });

  it("publications and subscriptions; the connection password is masked in JSON", () => {
    expect(catalog.data.publications.map((p) => p.name)).toEqual(["pub_all"]);
    expect(catalog.data.subscriptions[0]).toMatchObject({ name: "sub_app", publications: ["pub_all"] });
    expect(catalog.data.subscriptions[0]!.connection).toContain("password=sub-secret-pw");
    const json = JSON.stringify(catalogJson(catalog));
    expect(json).not.toContain("sub-secret-pw");
    expect(json).toContain("host=primary.internal port=5432 user=repl password=******** dbname=app");
  });

  it("owners and grants", () => {
    expect(catalog.table("app.accounts")?.owner).toBe("postgres");
    expect(catalog.data.owners.some((o) => o.objectKind === "publication" && o.target === "pub_all")).toBe(true);
    expect(catalog.data.grants.map((g) => g.statement)).toEqual(expect.arrayContaining(["GRANT USAGE ON SCHEMA app TO app_reader", "GRANT SELECT ON TABLE app.accounts TO app_reader"]));
  });

  it("catalogJson is deterministic and holds no secret of the dump", () => {
    const a = JSON.stringify(catalogJson(catalog));
    expect(JSON.stringify(catalogJson(catalog))).toBe(a);
    for (const secret of ["fdw-secret-pw-1234", "sub-secret-pw", "SCRAM-SHA-256$4096"]) {
      expect(text).toContain(secret);
      expect(a).not.toContain(secret);
    }
  });
});
