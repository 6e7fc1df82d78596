import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lexString } from "../../src/lexer/lexer.js";

// fixtures/psql-split.statements.json is what real psql 15 sent to a server for each statement of
// fixtures/psql-split.sql (fixtures/make-psql-split.sh, read back from the server's csvlog).
const fixtures = join(import.meta.dirname, "fixtures");
const input = readFileSync(join(fixtures, "psql-split.sql"), "utf8");
const sentByPsql = JSON.parse(readFileSync(join(fixtures, "psql-split.statements.json"), "utf8")) as string[];

/**
 * Where the lexer's text differs from psql's query buffer by design: psql keeps a leading block
 * comment (the lexer emits it as a comment event); psql turns `\;`
 * into `;` and drops a meta-command line met inside a statement (the lexer emits it as a meta
 * event and keeps the raw source in the statement, so positions inside the text stay exact).
 */
function psqlText(sent: string): string {
  return sent.startsWith("/*") ? sent.slice(sent.indexOf("*/") + 2).trimStart() : sent;
}
const asPsqlWouldSend = (text: string): string => text.replaceAll("\\;", ";").replace(/^\\echo[^\n]*\n/m, "");

describe("statement boundaries agree with psql 15", () => {
  const events = lexString(input);

  it("every statement psql sent, in order, with the same text", () => {
    const statements = events.flatMap((e) => (e.kind === "statement" ? [asPsqlWouldSend(e.text)] : []));
    expect(statements).toEqual(sentByPsql.map(psqlText));
  });

  it("backslash commands psql ran: the one inside a statement and \\g, as meta events", () => {
    expect(events.flatMap((e) => (e.kind === "meta" ? [e.command] : []))).toEqual(["g", "echo"]);
  });

  it("no problem events, and the COPY block's three data lines (which psql sent as data, not SQL)", () => {
    expect(events.filter((e) => e.kind === "problem")).toEqual([]);
    expect(events.flatMap((e) => (e.kind === "copy-data" ? [e.line] : []))).toEqual(["1\tsemi;colon", "2\t'quote", "3\t-- not a comment"]);
  });
});
