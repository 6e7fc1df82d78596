import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
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

// fixtures/psql-corpus.json: for each corpus dump, the count and a sha256 of the statements real
// psql 15 sent to a server when replaying it (fixtures/make-psql-corpus.sh). A dump regenerated
// since (new \restrict key, new hash) is skipped until the fixture is remade.
interface PsqlCorpusEntry {
  dumpSha256: string;
  statements: number;
  statementsSha256: string;
}
const corpusDumps = join(import.meta.dirname, "../../corpus/dumps");
const psqlCorpus = JSON.parse(readFileSync(join(fixtures, "psql-corpus.json"), "utf8")) as Record<string, PsqlCorpusEntry>;
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

describe("statements of every corpus dump agree with what psql 15 sent", () => {
  for (const [dump, entry] of Object.entries(psqlCorpus)) {
    const path = join(corpusDumps, dump);
    const bytes = existsSync(path) ? readFileSync(path) : undefined;
    it.skipIf(bytes === undefined || sha256(bytes) !== entry.dumpSha256)(`${dump}: ${entry.statements} statements`, () => {
      const statements = lexString(bytes!.toString("utf8")).flatMap((e) => (e.kind === "statement" ? [e.text] : []));
      expect(statements.length).toBe(entry.statements);
      expect(sha256(statements.join("\u0000"))).toBe(entry.statementsSha256);
    });
  }
});
