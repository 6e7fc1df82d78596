import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { statementStrings } from "../../src/rules/secrets/statement-strings.js";
import { statementHostMentions, statementTexts } from "../../src/rules/hosts/statement-hosts.js";

const CLI = "dist/cli.js";

/** A view nested `depth` parentheses deep with a credential URL in a string and an internal host in a comment. */
const deepView = (depth: number) =>
  `CREATE VIEW public.v AS\n SELECT ${"(".repeat(depth)}1 + length('postgres://app:Rk7vQ2mXw9@db.prod.internal:5432/app') /* db.prod.internal */${")".repeat(depth)} AS x;\n`;

// Issue 10 item 9: the catalog's cursor, forbidden-secrets' statementStrings and live-host-pointers'
// statementHostMentions each held the statement's whole token array (~80 bytes a parenthesis):
// 2M parentheses exhausted a 256 MB heap, and these 1M abort under 64 MB.
describe("deep nesting in DDL: memory bounded, nothing missed", () => {
  it.runIf(existsSync(CLI))("a view nested 1M parentheses deep is checked under a 64 MB heap: the secret, the host and the catalog's diagnostic", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-deep-"));
    const file = join(dir, "deep.sql");
    writeFileSync(file, deepView(1_000_000));
    const r = spawnSync(process.execPath, ["--max-old-space-size=64", CLI, "check", file, "--format", "json", "--jobs", "1"], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; diagnostics: { code: string; message: string }[] };
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["forbidden-secrets", "live-host-pointers"]);
    expect(report.diagnostics.some((d) => d.code === "unrecognized" && d.message.includes("parentheses nest more than 10,000 deep"))).toBe(true);
  });

  it("statement strings and host mentions read token by token find the same as on a shallow statement", () => {
    const shallow = deepView(2);
    const deep = deepView(5000);
    const shift = 4998; // the deep statement has 4,998 more "(" before the string
    const at = (list: { start: number; end: number }[], by: number) => list.map((s) => ({ ...s, start: s.start - by, end: s.end - by }));
    expect(at(statementStrings(deep, "CREATE VIEW"), shift)).toEqual(statementStrings(shallow, "CREATE VIEW"));
    expect(at(statementHostMentions(deep, "CREATE VIEW"), shift)).toEqual(statementHostMentions(shallow, "CREATE VIEW"));
    expect(statementTexts(deep, "CREATE VIEW").map((t) => t.value)).toEqual(statementTexts(shallow, "CREATE VIEW").map((t) => t.value));
    // Look-behind still reaches the option or column a value belongs to.
    expect(statementStrings("ALTER ROLE r SET app.token TO 'x';", "ALTER ROLE")[0]!.context).toEqual({ clause: "set", optionName: "app.token" });
    expect(statementHostMentions(`CREATE TABLE public.t (id integer, url text DEFAULT 'https://db.prod.internal/x');`, "CREATE TABLE")[0]).toMatchObject({ context: "default", object: { column: "url" } });
  });
});
