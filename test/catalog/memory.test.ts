import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const INDEX = "dist/index.js";

// Issue 10 item 11 (catalog memory, 100k small tables). Tables built as `{ ...head, …, ...rest }`
// each got a V8 hidden class (map + descriptor array) of their own, ~450 bytes a table of the
// ~2.9 KB a catalog table kept. Checked with V8's own %HaveSameMap in a child process (the test
// runner does not allow natives syntax); the figures are in `npm run bench` / the issue notes.
describe("catalog memory", () => {
  it.runIf(existsSync(INDEX))("tables of the same shape share one hidden class", () => {
    const script = `
      const { analyzeWithCatalog } = await import(${JSON.stringify(`${process.cwd()}/${INDEX}`)});
      const sql = Array.from({ length: 300 }, (_, i) => \`CREATE TABLE public.t_\${i} (id integer NOT NULL, name text);\\nALTER TABLE public.t_\${i} OWNER TO app;\\n\`).join("");
      const { catalog } = await analyzeWithCatalog(sql, { onlyRules: ["input-integrity"] });
      const same = new Function("a", "b", "return %HaveSameMap(a, b)");
      const tables = catalog.tables();
      console.log(JSON.stringify({ tables: tables.length, differing: tables.filter((t) => !same(t, tables[0])).length }));
    `;
    const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ tables: 300, differing: 0 });
  });
});
