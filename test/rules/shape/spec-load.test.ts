import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonPathOf, loadSpec, parseTimestampText } from "../../../src/report/spec.js";

function specDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "dumpguard-spec-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

describe("loadSpec: valid specs", () => {
  it("resolves an unqualified table name to schema public and keeps the entry's JSON path", () => {
    const loaded = loadSpec({ tables: [{ name: "birth_registry", columns: [{ name: "object_id", type: "uuid" }], primaryKey: ["object_id"] }] });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const t = loaded.spec.tables[0]!;
    expect([t.schema, t.name]).toEqual(["public", "birth_registry"]);
    expect(t.columns[0]!.origin.jsonPath).toBe("$.tables[0].columns[0]");
    expect(t.primaryKey).toEqual({ columns: ["object_id"], origin: { jsonPath: "$.tables[0].primaryKey" } });
  });

  it("folds unquoted names and keeps quoted ones, as PostgreSQL does", () => {
    const loaded = loadSpec({ tables: [{ name: 'App."Odd Name"' }] });
    expect(loaded.ok && [loaded.spec.tables[0]!.schema, loaded.spec.tables[0]!.name]).toEqual(["app", "Odd Name"]);
  });

  it("gives policies their defaults (allow) when the spec is silent", () => {
    const loaded = loadSpec({});
    expect(loaded.ok && [loaded.spec.extraTables, loaded.spec.extraColumns]).toEqual(["allow", "allow"]);
  });

  it("accepts a file that starts with a UTF-8 byte-order mark", () => {
    const dir = specDir({ "bom.json": '\uFEFF{ "tables": [{ "name": "t" }] }' });
    const loaded = loadSpec(join(dir, "bom.json"));
    expect(loaded.ok && loaded.spec.tables.map((t) => t.name)).toEqual(["t"]);
  });

  it("hashes the file bytes so the report pins the exact spec", () => {
    const dir = specDir({ "a.json": '{ "tables": [] }\n' });
    const loaded = loadSpec(join(dir, "a.json"));
    // The same digest `sha256sum a.json` prints.
    expect(loaded.ok && loaded.sha256).toBe(createHash("sha256").update('{ "tables": [] }\n').digest("hex"));
  });
});

describe("loadSpec: broken specs are errors with a JSON path, never a silent pass", () => {
  it("rejects an unknown key, naming it and its path", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "c", nulable: true }] }] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]!.jsonPath).toBe("$.tables[0].columns[0]");
    expect(loaded.errors[0]!.message).toContain('"nulable" (did you mean "nullable"?)');
    expect(loaded.errors[0]!.message).toContain('expected only "name"');
  });

  it("lists the keys of the role kind the object declares", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "c", role: { kind: "hash", form: "hex", length: 64, notAfter: "2030-01-01" } }] }] });
    expect(!loaded.ok && loaded.errors[0]!.message).toBe('unknown key "notAfter"; expected only "kind", "description", "form", "length", "bytes"');
  });

  it("rejects a wrong type with the path of the value", () => {
    const loaded = loadSpec({ tables: [{ name: "t", minRows: "3" }] });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(["$.tables[0].minRows"]);
  });

  it("rejects an unknown type family, saying which families exist", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "c", family: "stringy" }] }] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors[0]!.jsonPath).toBe("$.tables[0].columns[0].family");
    expect(loaded.errors[0]!.message).toContain("text-like");
  });

  it("accepts enum:<name> as a family", () => {
    expect(loadSpec({ tables: [{ name: "t", columns: [{ name: "c", family: "enum:birth_status" }] }] }).ok).toBe(true);
  });

  it("rejects type and family together", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "c", type: "uuid", family: "uuid" }] }] });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(["$.tables[0].columns[0]"]);
  });

  it("rejects a hex hash without its length and a base64 hash without its byte count", () => {
    const loaded = loadSpec({
      tables: [{ name: "t", columns: [{ name: "a", role: { kind: "hash", form: "hex" } }, { name: "b", role: { kind: "hash", form: "base64" } }] }],
    });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(["$.tables[0].columns[0].role.length", "$.tables[0].columns[1].role.bytes"]);
  });

  it("rejects an unknown role kind with the expected kinds", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "a", role: { kind: "checksum" } }] }] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors[0]!.jsonPath).toBe("$.tables[0].columns[0].role.kind");
    expect(loaded.errors[0]!.message).toContain('"status"');
  });

  it("rejects a group condition that is none of the three forms", () => {
    const loaded = loadSpec({ groups: [{ name: "g", when: { tableLike: "x" } }] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors[0]!.jsonPath).toBe("$.groups[0].when");
    expect(loaded.errors[0]!.message).toContain("tableMatches");
  });

  it("rejects an implausible timestamp window and a malformed bound", () => {
    const loaded = loadSpec({
      tables: [{ name: "t", columns: [{ name: "a", role: { kind: "timestamp", notBefore: "2030-01-01", notAfter: "2020-01-01" } }, { name: "b", role: { kind: "timestamp", notBefore: "yesterday" } }] }],
    });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(["$.tables[0].columns[0].role", "$.tables[0].columns[1].role.notBefore"]);
  });

  it("rejects a per-value row minimum for a status value the spec does not allow", () => {
    const loaded = loadSpec({ tables: [{ name: "t", columns: [{ name: "s", role: { kind: "status", allowed: ["a", "b"], minRowsPerValue: { a: 1, "rolled back": 1 } } }] }] });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(['$.tables[0].columns[0].role.minRowsPerValue["rolled back"]']);
  });

  it("rejects a table listed twice and an unparsable table name", () => {
    const loaded = loadSpec({ tables: [{ name: "t" }, { name: "public.t" }, { name: "a.b.c.d" }] });
    expect(!loaded.ok && loaded.errors.map((e) => e.jsonPath)).toEqual(["$.tables[1].name", "$.tables[2].name"]);
  });

  it("reports a missing file and invalid JSON with the file name", () => {
    const dir = specDir({ "bad.json": "{ tables: " });
    const missing = loadSpec(join(dir, "nope.json"));
    const bad = loadSpec(join(dir, "bad.json"));
    expect(!missing.ok && missing.errors[0]).toMatchObject({ file: join(dir, "nope.json"), jsonPath: "$" });
    expect(!bad.ok && bad.errors[0]).toMatchObject({ file: join(dir, "bad.json"), jsonPath: "$" });
    expect(!bad.ok && bad.errors[0]!.message).toMatch(/^expected JSON/);
  });

  it("reports a file that is not UTF-8", () => {
    const dir = specDir({});
    writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const loaded = loadSpec(join(dir, "latin1.json"));
    expect(!loaded.ok && loaded.errors[0]).toEqual({ file: join(dir, "latin1.json"), jsonPath: "$", message: "expected a UTF-8 text file" });
  });

  it("never throws, whatever the value", () => {
    for (const value of [null, 42, "", [], { tables: null }, { tables: [null] }, { groups: [{}] }, Symbol.iterator]) {
      expect(() => loadSpec(value)).not.toThrow();
    }
  });
});

describe("loadSpec: extends", () => {
  const parent = {
    extraColumns: "warn",
    tables: [
      { name: "birth_registry", columns: [{ name: "object_id", type: "uuid" }, { name: "status", family: "text-like", nullable: false }, { name: "legacy", type: "text" }], primaryKey: ["object_id"], minRows: 3 },
      { name: "system_issues" },
    ],
    groups: [{ name: "directus", when: { tableMatches: "directus_*" }, tables: [{ name: "directus_users" }] }],
    anchors: [{ table: "snapshot_anchor", id: "id", time: "taken_at", hash: "content_hash" }],
  };

  it("merges tables by name and columns by name; the child's keys win; omit drops", () => {
    const dir = specDir({
      "parent.json": parent,
      "child.json": {
        extends: "./parent.json",
        extraColumns: "allow",
        tables: [
          { name: "public.birth_registry", columns: [{ name: "status", type: "character varying(32)" }, { name: "legacy", omit: true }, { name: "born_at", family: "timestamp-like" }], minRows: 10 },
          { name: "system_issues", omit: true },
        ],
      },
    });
    const loaded = loadSpec(join(dir, "child.json"));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const spec = loaded.spec;
    expect(spec.extraColumns).toBe("allow");
    expect(spec.tables.map((t) => t.name)).toEqual(["birth_registry"]);
    const t = spec.tables[0]!;
    expect(t.columns.map((c) => c.name)).toEqual(["object_id", "status", "born_at"]);
    const status = t.columns[1]!;
    // type replaces the inherited family; nullable is inherited
    expect([status.type, status.family, status.nullable]).toEqual(["character varying(32)", undefined, false]);
    expect(status.origin).toEqual({ file: join(dir, "child.json"), jsonPath: "$.tables[0].columns[0]" });
    expect(t.columns[0]!.origin).toEqual({ file: join(dir, "parent.json"), jsonPath: "$.tables[0].columns[0]" });
    expect(t.primaryKey!.origin.file).toBe(join(dir, "parent.json"));
    expect(t.minRows).toEqual({ count: 10, origin: { file: join(dir, "child.json"), jsonPath: "$.tables[0].minRows" } });
    expect(spec.groups.map((g) => g.name)).toEqual(["directus"]);
    expect(spec.anchors.map((a) => a.table)).toEqual(["snapshot_anchor"]);
    expect(spec.files).toEqual([join(dir, "child.json"), join(dir, "parent.json")]);
  });

  it("reports an extends cycle instead of looping", () => {
    const dir = specDir({ "a.json": { extends: "b.json" }, "b.json": { extends: "./a.json" } });
    const loaded = loadSpec(join(dir, "a.json"));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors[0]).toMatchObject({ file: join(dir, "b.json"), jsonPath: "$.extends" });
    expect(loaded.errors[0]!.message).toContain("cycle");
  });

  it("reports an error in the parent with the parent's file", () => {
    const dir = specDir({ "a.json": { extends: "b.json" }, "b.json": { tables: [{ name: "t", colums: [] }] } });
    const loaded = loadSpec(join(dir, "a.json"));
    expect(!loaded.ok && loaded.errors[0]).toMatchObject({ file: join(dir, "b.json"), jsonPath: "$.tables[0]" });
  });

  it("reports a missing parent at the child's extends", () => {
    const dir = specDir({ "a.json": { extends: "gone.json" } });
    const loaded = loadSpec(join(dir, "a.json"));
    expect(!loaded.ok && loaded.errors[0]!.file).toBe(join(dir, "gone.json"));
  });
});

describe("jsonPathOf", () => {
  it("writes indexes in brackets and odd keys quoted", () => {
    expect(jsonPathOf(["tables", 0, "columns", 2, "type"])).toBe("$.tables[0].columns[2].type");
    expect(jsonPathOf(["minRowsPerValue", "rolled back"])).toBe('$.minRowsPerValue["rolled back"]');
  });
});

describe("parseTimestampText", () => {
  it("reads PostgreSQL's text forms as UTC unless a zone is given", () => {
    expect(parseTimestampText("2024-03-01")).toBe(Date.UTC(2024, 2, 1));
    expect(parseTimestampText("2024-03-01 10:20:30")).toBe(Date.UTC(2024, 2, 1, 10, 20, 30));
    expect(parseTimestampText("2024-03-01 10:20:30.5+02")).toBe(Date.UTC(2024, 2, 1, 8, 20, 30, 500));
    expect(parseTimestampText("2024-03-01 10:20:30-03:30")).toBe(Date.UTC(2024, 2, 1, 13, 50, 30));
    expect(parseTimestampText("2024-03-01T10:20:30Z")).toBe(Date.UTC(2024, 2, 1, 10, 20, 30));
  });
  it("knows the Gregorian leap years", () => {
    expect(parseTimestampText("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(parseTimestampText("2000-02-29")).toBe(Date.UTC(2000, 1, 29));
    expect(parseTimestampText("2023-02-29")).toBeUndefined();
    expect(parseTimestampText("1900-02-29")).toBeUndefined();
    expect(parseTimestampText("2024-04-31")).toBeUndefined();
  });
  it("rejects what is not a date", () => {
    for (const bad of ["", "infinity", "2024-02-30", "2024-13-01", "24-03-01", "2024-03-01 25:00", "2024-03-01 10:00:00 BC", "2024-03-01x", "not a date"]) {
      expect(parseTimestampText(bad), bad).toBeUndefined();
    }
  });
});
