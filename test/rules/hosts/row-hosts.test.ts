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

  it("reads host names in running text only: white space is a space, a line feed or a tab", () => {
    for (const gap of [" ", "\n", "\t"]) {
      const found = cellHosts("notes", "text", `moved${gap}to${gap}build-7.ci.acme-prod.com`, { proseWords: true });
      expect(found.map((c) => [c.mention.host, c.prose]), JSON.stringify(gap)).toEqual([["build-7.ci.acme-prod.com", true]]);
    }
    // A URI's text without white space (a stored link) names no further host in prose.
    expect(hosts(cellHosts("notes", "text", "https://a.example.org/x/build-7.ci.acme-prod.com", { proseWords: true }))).toEqual([["a.example.org", undefined, undefined]]);
    expect(cellHosts("notes", "text", "moved\rto build-7.ci.acme-prod.com,really", { proseWords: true }).length).toBe(1);
    expect(cellHosts("notes", "text", "moved\rto\u00a0build-7.ci.acme-prod.com", { proseWords: true })).toEqual([]);
  });

  it("reads inet with and without a prefix, cidr, and inet[]", () => {
    expect(hosts(cellHosts("a", "inet", "10.1.2.3/24"))).toEqual([["10.1.2.3", "address", undefined]]);
    expect(hosts(cellHosts("a", "cidr", "fd00::/8"))).toEqual([["fd00::", "address", undefined]]);
    expect(hosts(cellHosts("a", "inet[]", "{10.0.0.1,192.168.1.1}"))).toEqual([
      ["10.0.0.1", "address", undefined],
      ["192.168.1.1", "address", undefined],
    ]);
  });

  it("an inet/cidr column of addresses allowed in is an inbound allowlist, no host called (real lane, stop 23: Discourse's api_keys.allowed_ips)", () => {
    expect(hosts(cellHosts("allowed_ips", "inet[]", "{10.20.0.0/16,10.20.1.7}"))).toEqual([]);
    expect(hosts(cellHosts("ip_whitelist", "cidr", "192.168.0.0/16"))).toEqual([]);
    expect(hosts(cellHosts("trusted_proxies", "inet[]", "{10.0.0.1}"))).toEqual([]);
    // Other address columns, and a text column so named, are read as before.
    expect(hosts(cellHosts("net", "cidr", "10.1.0.0/16"))).toEqual([["10.1.0.0", "address", undefined]]);
    expect(hosts(cellHosts("allowed_hosts", "text", "https://db.acme-corp.internal/x"))).toEqual([["db.acme-corp.internal", "host", undefined]]);
  });

  it("folds array indexes in JSON paths", () => {
    expect(hosts(cellHosts("cfg", "jsonb", '{"nodes": [{"host": "a.corp"}, {"host": "b.corp"}]}'))).toEqual([
      ["a.corp", "host", "$.nodes[*].host"],
      ["b.corp", "host", "$.nodes[*].host"],
    ]);
  });

  it("folds members keyed by ids in JSON paths (one finding per key, not one per row), and keeps names", () => {
    const path = (json: string) => cellHosts("cfg", "jsonb", json).map((c) => c.jsonPath);
    // Digits, a UUID, 16+ hex digits with a digit (an ObjectId), in bracket or dot form.
    expect(path('{"by_id": {"1042": "https://api.partner.io/v1"}}')).toEqual(["$.by_id[*]"]);
    expect(path('{"webhooks": {"3f2a9c4e-1b7d-4e2a-9c1f-5d6e7f8a9b0c": {"url": "https://hooks.partner.io/in"}}}')).toEqual(["$.webhooks[*].url"]);
    expect(path('{"sites": {"65a1f0c2e4b0a1d2c3e4f5a6": {"url": "https://x.partner.io/"}}}')).toEqual(["$.sites[*].url"]);
    expect(path('{"sites": {"ab65a1f0c2e4b0a1d2c3": {"url": "https://x.partner.io/"}}}')).toEqual(["$.sites[*].url"]);
    expect(path('{"a": [{"b": {"77": {"url": "https://x.partner.io/"}}}]}')).toEqual(["$.a[*].b[*].url"]);
    // Names stay: words, short hex, hex letters only, a key with a quote or a bracket, an empty key.
    expect(path('{"jdbc-url": "jdbc:postgresql://db.partner.io/app"}')).toEqual(['$["jdbc-url"]']);
    expect(path('{"cafe": {"url": "https://x.partner.io/"}}')).toEqual(["$.cafe.url"]);
    expect(path('{"deadbeefcafebabe": {"url": "https://x.partner.io/"}}')).toEqual(["$.deadbeefcafebabe.url"]);
    expect(path('{"a\\"]b": {"url": "https://x.partner.io/"}}')).toEqual(['$["a\\"]b"].url']);
    expect(path('{"": {"url": "https://x.partner.io/"}}')).toEqual(['$[""].url']);
    expect(path('{"v2": {"url": "https://x.partner.io/"}}')).toEqual(["$.v2.url"]);
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
