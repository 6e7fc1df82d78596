import { describe, expect, it } from "vitest";
import { maskConnectionPassword } from "../../src/catalog/catalog-json.js";

describe("maskConnectionPassword", () => {
  it("masks key=value passwords, quoted or not, and keeps the rest", () => {
    expect(maskConnectionPassword("host=db port=5432 password=hunter2 dbname=app")).toBe("host=db port=5432 password=******** dbname=app");
    expect(maskConnectionPassword("host=db password = 'se \\' cret' user=x")).toBe("host=db password = ******** user=x");
    expect(maskConnectionPassword("password='a b c' host=db")).toBe("password=******** host=db");
  });
  it("does not touch a key that merely ends in password", () => expect(maskConnectionPassword("passfile=/x mypassword=1")).toBe("passfile=/x mypassword=1"));
  it("masks the password of a connection URI and a password query parameter", () => {
    expect(maskConnectionPassword("postgresql://repl:s3cret@primary:5432/app?sslmode=require")).toBe("postgresql://repl:********@primary:5432/app?sslmode=require");
    expect(maskConnectionPassword("postgres://primary/app?user=repl&password=s3cret&sslmode=require")).toBe("postgres://primary/app?user=repl&password=********&sslmode=require");
    expect(maskConnectionPassword("postgresql://repl@primary/app")).toBe("postgresql://repl@primary/app");
  });
});

describe("dumpguard catalog output in pieces (issue 10 item 11: bounded memory)", () => {
  it("the pieces joined are byte for byte the masked catalog JSON, on every corpus dump", async () => {
    const { readdirSync, readFileSync, existsSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const { stableJson } = await import("../../src/report/format-json.js");
    const { maskedCatalogJson, maskedCatalogJsonChunks } = await import("../../src/report/mask-text.js");
    const { buildCatalogFromSql } = await import("../../src/catalog/build.js");
    const root = fileURLToPath(new URL("../../corpus/dumps/", import.meta.url));
    let compared = 0;
    for (const db of ["kitchen-sink", "secrets", "cluster", "torture", "hosts"]) {
      for (const f of existsSync(root + db) ? readdirSync(root + db).filter((x) => x.endsWith(".sql")).slice(0, 2) : []) {
        const { catalog } = buildCatalogFromSql(readFileSync(`${root}${db}/${f}`, "utf8"));
        for (const withText of [false, true]) expect([...maskedCatalogJsonChunks(catalog, { withText })].join("")).toBe(stableJson(maskedCatalogJson(catalog, { withText })));
        const pieces = [...maskedCatalogJsonChunks(catalog)];
        // No piece is the whole catalog: one per list element.
        expect(pieces.length).toBeGreaterThan(catalog.tables().length);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
