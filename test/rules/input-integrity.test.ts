import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";

const only = { onlyRules: ["input-integrity"] };
const app = readFileSync("corpus/dumps/app/plain.sql", "utf8");
const dumpall = readFileSync("corpus/dumps/cluster/dumpall.sql", "utf8");

/** 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("input-integrity: a dump cut short is found even between statements", () => {
  it("complete real dumps give no finding", async () => {
    for (const path of ["corpus/dumps/app/plain.sql", "corpus/dumps/kitchen-sink/inserts.sql", "corpus/dumps/cluster/dumpall.sql", "corpus/dumps/cluster/globals.sql", "corpus/dumps/app/plain.sql.gz"]) {
      const report = await analyze({ path }, only);
      expect(report.findings.map((f) => f.message), path).toEqual([]);
    }
  });

  it("cut right after a statement: the closing comment is missing (located at the opening one)", async () => {
    const cut = app.slice(0, app.indexOf("ALTER TABLE public.orders OWNER TO postgres;") + "ALTER TABLE public.orders OWNER TO postgres;".length);
    const report = await analyze(cut, only);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toContain('"-- PostgreSQL database dump complete" never comes');
    expect(report.findings[0]!.location.kind === "dump" && report.findings[0]!.location.range.start.line).toBe(2);
  });

  it("cut inside a statement (no open quote): the statement without its `;` is located", async () => {
    const marker = "ALTER TABLE public.orders OWNER TO postgres";
    const cut = app.slice(0, app.indexOf(marker) + marker.length);
    const report = await analyze(cut, only);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toContain("has no closing `;`");
    const location = report.findings[0]!.location;
    expect(location.kind === "dump" && location.range.start.line).toBe(lineOf(app, marker));
  });

  it("cut inside COPY data: one finding for the cut, not three", async () => {
    const start = app.indexOf("COPY public.orders");
    const cut = app.slice(0, app.indexOf("\n", start + 5000));
    const report = await analyze(cut, only);
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringContaining("COPY data is not ended")]);
  });

  it("pg_dumpall cut after a database: the cluster's closing line is missing", async () => {
    const firstDone = dumpall.indexOf("-- PostgreSQL database dump complete");
    const report = await analyze(dumpall.slice(0, dumpall.indexOf("\n", firstDone) + 1), only);
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringContaining('"-- PostgreSQL database cluster dump complete" never comes')]);
  });

  it("a statement ended by a psql \\g meta-command is complete", async () => {
    const report = await analyze("SELECT 1 \\g\n", only);
    expect(report.findings).toEqual([]);
  });
});

describe("input-integrity: a file without pg_dump's header and trailer (issue 11 item 14)", () => {
  const structureSql = 'SET statement_timeout = 0;\nSET client_encoding = \'UTF8\';\n\nCREATE TABLE public.users (\n    id bigint NOT NULL,\n    email character varying\n);\n\nINSERT INTO "schema_migrations" (version) VALUES\n(\'20240101000000\');\n';

  it("a Rails structure.sql gives an info diagnostic: producer unknown, a cut between statements undetectable", async () => {
    const report = await analyze(structureSql, only);
    expect(report.findings).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === "producer-unknown").map((d) => d.severity)).toEqual(["info"]);
    expect(report.diagnostics.find((d) => d.code === "producer-unknown")?.message).toContain("a cut between two statements cannot be detected");
  });

  it("real pg_dump and pg_dumpall output, and a cut dump (already reported), give no such diagnostic", async () => {
    for (const text of [app, dumpall, app.slice(0, app.indexOf("-- PostgreSQL database dump complete"))]) {
      const report = await analyze(text, only);
      expect(report.diagnostics.filter((d) => d.code === "producer-unknown")).toEqual([]);
    }
  });

  it("an empty input is reported as empty, not as an unknown producer", async () => {
    const report = await analyze("", only);
    expect(report.diagnostics.filter((d) => d.code === "producer-unknown")).toEqual([]);
  });
});
