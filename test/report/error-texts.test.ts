/**
 * Issue 10 item 4: messages that quote malformed input never carry a secret — the tag of an unclosed
 * dollar quote, the first words of an unfinished last statement, the word pgsql-ast-parser stops at —
 * and the text those paths skip is still scanned by forbidden-secrets.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatText } from "../../src/report/format-text.js";
import { describeStatementKind } from "../../src/lexer/statement-kind.js";

const stripe = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc9Xq2AbCd";
// An argon2 salt with one flipped byte: no detector knows it, so only not quoting it keeps it out.
const flippedSalt = "c29tZXNhbHQ" + "xMjM0NTY";

async function outputs(dump: string) {
  const report = await analyze(dump);
  return { report, all: formatJson(report) + formatText(report) };
}

describe("error texts that quote input", () => {
  it("an unclosed dollar quote whose tag is a token names only the tag's length, and the body is still scanned", async () => {
    const { report, all } = await outputs(`CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $${stripe}$ SELECT 'x' ;\nSELECT 1;\n`);
    expect(all).not.toContain(stripe);
    expect(report.findings.some((f) => f.ruleId === "input-integrity" && /a \d+-character tag/.test(f.message))).toBe(true);
    expect(report.findings.some((f) => f.ruleId === "forbidden-secrets" && f.evidence?.some((e) => e.detector === "stripe-live-secret-key"))).toBe(true);
  });

  it("a tag made of a flipped salt is not quoted; `$$` and `$body$` still are", async () => {
    expect((await outputs(`CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $${flippedSalt}$ SELECT 1`)).all).not.toContain(flippedSalt);
    expect((await outputs("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1")).all).toContain("$body$");
  });

  it("an unfinished last statement starting with a secret is 'unrecognized', and the secret is still found", async () => {
    const { report, all } = await outputs(`CREATE TABLE t (id int);\n${stripe} is the key\n`);
    expect(all).not.toContain(stripe.toUpperCase());
    expect(all).not.toContain(stripe);
    expect(report.findings.find((f) => f.ruleId === "input-integrity")?.message).toContain("(unrecognized)");
    expect(report.findings.some((f) => f.ruleId === "forbidden-secrets")).toBe(true);
  });

  it("a low-entropy word where the parser stops is not named in the diagnostic", async () => {
    const { report, all } = await outputs("UPDATE t SET a = 1 hunter2trombone hunter2trombone;\n");
    expect(report.diagnostics.map((d) => d.message).join("\n")).toMatch(/pgsql-ast-parser rejects it \(Syntax error at line 1 col \d+\)/);
    expect(all).not.toContain("hunter2trombone");
    // A key word is still named: it says where the parser stopped and cannot be a secret.
    expect(JSON.stringify((await analyze("MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE;\n")).diagnostics)).toContain("at INTO");
  });

  it("describeStatementKind keeps PostgreSQL's words only", () => {
    expect(describeStatementKind("CREATE MATERIALIZED VIEW")).toBe("CREATE MATERIALIZED VIEW");
    expect(describeStatementKind("SK_LIVE_4EC39HQ")).toBe("unrecognized");
    expect(describeStatementKind("CREATE HUNTER2")).toBe("CREATE");
  });
});
