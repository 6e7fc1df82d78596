import { describe, expect, it } from "vitest";
import { cellHosts } from "../../../src/rules/hosts/row-hosts.js";

const hosts = (cells: ReturnType<typeof cellHosts>) => cells.map((c) => [c.mention.host, c.role, c.jsonPath]);

describe("cellHosts", () => {
  it("reads array elements of a host column", () => {
    expect(hosts(cellHosts("replica_hosts", "text[]", '{pg-1.corp,"pg-2.corp",NULL}'))).toEqual([
      ["pg-1.corp", "host", undefined],
      ["pg-2.corp", "host", undefined],
    ]);
  });

  it("locates an array element's hosts at the whole cell and keeps what the element's reading says of them", () => {
    const value = '{"see db.acme-prod.com today","https://api.acme-prod.com/x",NULL}';
    const found = cellHosts("notes", "text[]", value, { proseWords: true });
    expect(found.map((c) => [c.mention.host, c.mention.kind, c.mention.start, c.mention.end, c.role, c.prose])).toEqual([
      ["db.acme-prod.com", "bare", 0, value.length, undefined, true],
      ["api.acme-prod.com", "uri", 0, value.length, undefined, true],
    ]);
  });

  it("reads inet with and without a prefix, cidr, and inet[]", () => {
    expect(hosts(cellHosts("a", "inet", "10.1.2.3/24"))).toEqual([["10.1.2.3", "address", undefined]]);
    expect(hosts(cellHosts("a", "cidr", "fd00::/8"))).toEqual([["fd00::", "address", undefined]]);
    expect(hosts(cellHosts("a", "inet[]", "{10.0.0.1,192.168.1.1}"))).toEqual([
      ["10.0.0.1", "address", undefined],
      ["192.168.1.1", "address", undefined],
    ]);
  });

  it("folds array indexes in JSON paths", () => {
    expect(hosts(cellHosts("cfg", "jsonb", '{"nodes": [{"host": "a.corp"}, {"host": "b.corp"}]}'))).toEqual([
      ["a.corp", "host", "$.nodes[*].host"],
      ["b.corp", "host", "$.nodes[*].host"],
    ]);
  });

  it("walks JSON-shaped values of untyped columns (data-only dumps)", () => {
    expect(hosts(cellHosts("cfg", undefined, '{"endpoint": "https://x.acme.com/p"}'))).toEqual([["x.acme.com", "url", "$.endpoint"]]);
  });

  it("skips types that cannot hold a host, even in a host-named column", () => {
    expect(cellHosts("host_id", "integer", "10")).toEqual([]);
    expect(cellHosts("server", "uuid", "6b1f0e1e-0000-4000-8000-000000000000")).toEqual([]);
    expect(cellHosts("host", "timestamp with time zone", "2024-01-01 00:00:00+00")).toEqual([]);
  });

  it("reads only URIs and libpq strings in an ordinary text column", () => {
    expect(hosts(cellHosts("note", "text", "moved db.acme.com to postgres://db2.acme.com/app"))).toEqual([["db2.acme.com", undefined, undefined]]);
    expect(cellHosts("note", "text", "invalid JSON {")).toEqual([]);
  });
});
