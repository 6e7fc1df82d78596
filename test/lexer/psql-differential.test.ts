import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lexString } from "../../src/lexer/lexer.js";

// fixtures/psql-split.statements.json is what real psql 15 sent to a server for each statement of
// fixtures/psql-split.sql (fixtures/make-psql-split.sh, read back from the server's csvlog).
const fixtures = join(import.meta.dirname, "fixtures");
const input = readFileSync(join(fixtures, "psql-split.sql"), "utf8");
const sentByPsql = JSON.parse(readFileSync(join(fixtures, "psql-split.statements.json"), "utf8")) as string[];

/** psql keeps a leading block comment in the query it sends; the lexer emits it as a comment event. */
function withoutLeadingBlockComment(text: string): string {
  if (!text.startsWith("/*")) return text;
  const end = text.indexOf("*/");
  return text.slice(end + 2).trimStart();
}

describe("statement boundaries agree with psql 15", () => {
  const events = lexString(input);

  it("every statement psql sent, in order, with the same text", () => {
    const statements = events.flatMap((e) => (e.kind === "statement" ? [e.text] : []));
    expect(statements).toEqual(sentByPsql.map(withoutLeadingBlockComment));
  });

  it("no problem events, and the COPY block's three data lines (which psql sent as data, not SQL)", () => {
    expect(events.filter((e) => e.kind === "problem")).toEqual([]);
    expect(events.flatMap((e) => (e.kind === "copy-data" ? [e.line] : []))).toEqual(["1\tsemi;colon", "2\t'quote", "3\t-- not a comment"]);
  });
});
