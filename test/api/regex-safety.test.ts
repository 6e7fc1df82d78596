import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Every regular expression literal (and `new RegExp("literal")`) in src/, with where it stands. */
function regexesIn(dir: string): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      found.push(...regexesIn(path));
      continue;
    }
    if (!name.endsWith(".ts")) continue;
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const where = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        found.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        // A pattern built at run time must come from escaped literals; the literal parts are checked where they stand.
        if (pattern && ts.isStringLiteralLike(pattern)) found.push({ where, source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "" });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe("no regular expression in src/ can backtrack catastrophically", () => {
  const regexes = regexesIn("src");

  it("finds the regexes it checks", () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it("the checker itself flags a known ReDoS pattern", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
  });

  it("recheck proves every regex safe (not merely 'not found vulnerable')", () => {
    const unsafe = regexes
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags.replace(/[gy]/g, ""), { timeout: 10_000 }) }))
      .filter((r) => r.result.status !== "safe")
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${r.result.status}${r.result.status === "vulnerable" ? ` (${r.result.complexity.type})` : ""}`);
    expect(unsafe).toEqual([]);
  }, 120_000);
});
