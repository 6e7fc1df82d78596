import { describe, expect, it } from "vitest";
import { connectLineHosts } from "../../../src/rules/hosts/connect-meta.js";

describe("connectLineHosts", () => {
  it("reads the positional host (\\connect db user host port) and points at it", () => {
    const line = "\\connect app appuser db7.acme.com 5432";
    const [h, ...rest] = connectLineHosts(line);
    expect(rest).toEqual([]);
    expect(h?.mention.host).toBe("db7.acme.com");
    expect(line.slice(h!.start, h!.end)).toBe("db7.acme.com");
    expect(h?.database).toBe("app");
  });

  it("reads a conninfo string and a URI as the first argument, quoted or not", () => {
    expect(connectLineHosts("\\c \"host=10.1.1.1 dbname=app\"").map((h) => h.mention.host)).toEqual(["10.1.1.1"]);
    expect(connectLineHosts("\\connect postgresql://u@pg.corp:5432/app").map((h) => h.mention.host)).toEqual(["pg.corp"]);
    expect(connectLineHosts("\\connect 'host=a.lan,b.lan dbname=x'").map((h) => h.mention.host)).toEqual(["a.lan", "b.lan"]);
  });

  it("finds nothing in pg_dump's and pg_dumpall's own \\connect lines", () => {
    expect(connectLineHosts("\\connect -reuse-previous=on \"dbname='app'\"")).toEqual([]);
    expect(connectLineHosts("\\connect template1")).toEqual([]);
    expect(connectLineHosts("\\connect app appuser")).toEqual([]);
    expect(connectLineHosts("\\connect app - - 5432")).toEqual([]);
  });

  it("ignores other meta-commands", () => {
    expect(connectLineHosts("\\restrict host=db.acme.com")).toEqual([]);
    expect(connectLineHosts("\\copy t to 'host=x'")).toEqual([]);
  });
});
