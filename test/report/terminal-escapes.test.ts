/**
 * Issue 10 item 6: identifiers and values from the dump reach text output inert — a table named
 * with `ESC[2J`, an OSC title sequence, a C1 CSI or a bidi override cannot act on the reader's terminal.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { escapeControlCharacters, formatText } from "../../src/report/format-text.js";

const ESC = "\u001b";
const hostile = [`${ESC}[2J${ESC}[H`, `${ESC}]0;all clear${"\u0007"}`, "\u009b2J", "\u202e", "\u2066", "\r", "\u2028"];
/** Any of these in text output acts on a terminal. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const dump = hostile
  .map((h, i) => `CREATE TABLE public."t${i}${h}" (id integer, "c${h}" text);\nCOPY public."t${i}${h}" (id, "c${h}") FROM stdin;\n1\tpostgresql://app:S3cr3t-pw-${i}@db${i}.acme-prod.com/app\n\\.\n`)
  .join("");

describe("text output escapes terminal controls", () => {
  it("escapeControlCharacters writes each control visibly and leaves other text alone", () => {
    expect(escapeControlCharacters(`a${ESC}[2Jb\u202ec\td é`)).toBe("a\\x1b[2Jb\\u202ec\td é");
    expect(escapeControlCharacters("line one\nline two")).toBe("line one\\x0aline two");
  });

  it("a report on a dump with hostile identifiers has findings naming them, and no active character", async () => {
    const report = await analyze(dump);
    expect(report.findings.length).toBeGreaterThanOrEqual(hostile.length);
    const text = formatText(report);
    expect(text).toContain("\\x1b[2J");
    // Only the line breaks formatText writes itself.
    expect(text.replaceAll("\n", "")).not.toMatch(ACTIVE);
  });

  it.runIf(existsSync("dist/cli.js"))("the CLI's stderr lines (catalog findings, errors naming a path) are inert too", () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-esc-"));
    const file = join(dir, "cut.sql");
    writeFileSync(file, `${dump}CREATE TABLE "x${ESC}]0;pwned\u0007" (`);
    const catalog = spawnSync(process.execPath, ["dist/cli.js", "catalog", file], { encoding: "utf8" });
    expect(catalog.stderr.length).toBeGreaterThan(0);
    expect(catalog.stderr.replaceAll("\n", "")).not.toMatch(ACTIVE);
    const missing = spawnSync(process.execPath, ["dist/cli.js", "check", join(dir, `gone${ESC}[2J.sql`), "--baseline", join(dir, `b${ESC}[2J.json`)], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr.replaceAll("\n", "")).not.toMatch(ACTIVE);
  });
});
