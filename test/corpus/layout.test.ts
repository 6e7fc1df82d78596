import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What corpus/make-corpus.sh promises about the committed corpus (corpus/README.md), checked
// without PostgreSQL: every source has its dumps (exactly the variants its directive asks for)
// and its truth file, the truth is stable JSON with every list in order, and it holds no secret.
const corpus = join(import.meta.dirname, "../../corpus");
const sourceNames = existsSync(join(corpus, "sources"))
  ? readdirSync(join(corpus, "sources"))
      .filter((f) => f.endsWith(".sql") && !f.endsWith(".globals.sql") && !f.endsWith(".include.sql") && !f.startsWith("_"))
      // PostgreSQL 18 syntax: made by make-corpus-pg18.mjs only (corpus/dumps-pg18, corpus/truth-pg18).
      .filter((f) => !/^-- corpus: pg18-only$/m.test(readFileSync(join(corpus, "sources", f), "utf8").split("\n").slice(0, 5).join("\n")))
      .map((f) => f.slice(0, -".sql".length))
      .sort()
  : [];

const ALL_VARIANTS = ["plain", "inserts", "column-inserts", "schema-only", "data-only", "quote-all-identifiers", "no-owner-no-privileges", "gzip", "custom"];
const FILE_OF_VARIANT: Record<string, string> = { gzip: "plain.sql.gz", custom: "custom.dump" };

/** The dump files a source's `-- corpus: variants=` directive (first 5 lines) asks for. */
function expectedFiles(source: string): string[] {
  const head = readFileSync(join(corpus, "sources", `${source}.sql`), "utf8").split("\n").slice(0, 5);
  const directive = head.find((line) => line.startsWith("-- corpus: variants="));
  const variants = directive === undefined ? ALL_VARIANTS : directive.slice("-- corpus: variants=".length).trim().split(",");
  const files = new Set(variants.map((v) => FILE_OF_VARIANT[v] ?? `${v}.sql`));
  // The gzip variant compresses plain.sql, which is written for it.
  if (files.has("plain.sql.gz")) files.add("plain.sql");
  return [...files].sort();
}

/** Byte order of the UTF-8 encodings, which is how the C.UTF-8 collation of the truth queries sorts. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
function sortedBy<T>(items: T[], keys: (item: T) => string[]): boolean {
  for (let k = 1; k < items.length; k++) {
    const before = keys(items[k - 1]!);
    const after = keys(items[k]!);
    let order = 0;
    for (let j = 0; j < before.length && order === 0; j++) order = byteOrder(before[j]!, after[j]!);
    if (order > 0) return false;
  }
  return true;
}

interface Named {
  schema: string;
  name: string;
}
interface Truth {
  tables: (Named & { columns: unknown[]; constraints: { name: string }[] })[];
  schemas: string[];
  indexes: Named[];
  sequences: Named[];
  views: Named[];
  types: Named[];
  extensions: string[];
  servers: { name: string }[];
  userMappings: { server: string; user: string; optionNames: string[] }[];
  publications: string[];
  subscriptions: string[];
  viewDefinitions: Named[];
  compositeTypes: Named[];
  indexDefinitions: Named[];
}

describe("committed corpus matches what make-corpus.sh writes", () => {
  it("has the shared sources (kitchen-sink, app, cluster)", () => {
    expect(sourceNames).toEqual(expect.arrayContaining(["kitchen-sink", "app", "cluster"]));
  });

  describe.each(sourceNames)("%s", (source) => {
    it("has exactly the dump files its variants directive names", () => {
      const dir = join(corpus, "dumps", source);
      expect(existsSync(dir) ? readdirSync(dir).sort() : []).toEqual(expectedFiles(source));
    });

    it("plain.sql.gz, when present, is plain.sql gzipped", () => {
      const gz = join(corpus, "dumps", source, "plain.sql.gz");
      if (!existsSync(gz)) return;
      expect(gunzipSync(readFileSync(gz)).equals(readFileSync(join(corpus, "dumps", source, "plain.sql")))).toBe(true);
    });

    it("custom.dump, when present, is pg_dump's custom archive (PGDMP magic)", () => {
      const custom = join(corpus, "dumps", source, "custom.dump");
      if (!existsSync(custom)) return;
      expect(readFileSync(custom).subarray(0, 5).toString("latin1")).toBe("PGDMP");
    });

    it("has a truth file in stable JSON (2-space indent, trailing newline)", () => {
      const text = readFileSync(join(corpus, "truth", `${source}.json`), "utf8");
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    });

    it("truth lists are in schema/name order", () => {
      const truth = JSON.parse(readFileSync(join(corpus, "truth", `${source}.json`), "utf8")) as Truth;
      const bySchemaName = (x: Named) => [x.schema, x.name];
      expect(sortedBy(truth.tables, bySchemaName)).toBe(true);
      for (const table of truth.tables) expect(sortedBy(table.constraints, (c) => [c.name])).toBe(true);
      expect(sortedBy(truth.schemas, (s) => [s])).toBe(true);
      for (const list of [truth.indexes, truth.sequences, truth.views, truth.types, truth.viewDefinitions, truth.compositeTypes, truth.indexDefinitions]) expect(sortedBy(list, bySchemaName)).toBe(true);
      expect(sortedBy(truth.extensions, (e) => [e])).toBe(true);
      expect(sortedBy(truth.servers, (s) => [s.name])).toBe(true);
      expect(sortedBy(truth.userMappings, (m) => [m.server, m.user])).toBe(true);
      expect(sortedBy(truth.publications, (p) => [p])).toBe(true);
      expect(sortedBy(truth.subscriptions, (s) => [s])).toBe(true);
    });

    it("user mappings in truth carry option names only, never values", () => {
      const truth = JSON.parse(readFileSync(join(corpus, "truth", `${source}.json`), "utf8")) as Truth;
      for (const mapping of truth.userMappings) for (const option of mapping.optionNames) expect(option).not.toContain("=");
    });
  });

  it("the cluster truth holds none of the passwords planted in cluster.sql", () => {
    const truth = readFileSync(join(corpus, "truth", "cluster.json"), "utf8");
    for (const planted of ["corpus-scram-password-1", "corpus-md5-password-2", "corpus-fdw-password-3", "corpus-sub-password-4"]) expect(truth).not.toContain(planted);
    // ...while the dumps do hold them, so the planted values are real and the check above can fail.
    expect(readFileSync(join(corpus, "dumps", "cluster", "dumpall.sql"), "utf8")).toContain("corpus-fdw-password-3");
  });

  it("no truth file is left without its source", () => {
    const truthNames = readdirSync(join(corpus, "truth")).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).sort();
    expect(truthNames).toEqual(sourceNames);
  });
});
