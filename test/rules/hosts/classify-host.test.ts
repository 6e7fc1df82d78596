import { describe, expect, it } from "vitest";
import { classifyHost, createHostClassifier, type HostClass } from "../../../src/rules/hosts/classify-host.js";

/** Issue 6 points 1-3: one row per range and reserved name, at its edges where a range has edges. */
const table: [host: string, expected: HostClass][] = [
  // 1. Safe: loopback
  ["localhost", "safe"],
  ["LOCALHOST.", "safe"],
  ["db.localhost", "safe"],
  ["127.0.0.1", "safe"],
  ["127.255.255.254", "safe"],
  ["::1", "safe"],
  ["[::1]", "safe"],
  ["0:0:0:0:0:0:0:1", "safe"],
  ["0.0.0.0", "safe"],
  // RFC 2606 / RFC 6761 names
  ["example.com", "safe"],
  ["db.example.com", "safe"],
  ["example.net", "safe"],
  ["api.example.org", "safe"],
  ["db.test", "safe"],
  ["foo.example", "safe"],
  ["prod-db.invalid", "safe"],
  // RFC 5737 / RFC 3849 documentation ranges, both ends
  ["192.0.2.0", "safe"],
  ["192.0.2.255", "safe"],
  ["198.51.100.7", "safe"],
  ["203.0.113.254", "safe"],
  ["2001:db8::1", "safe"],
  ["2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff", "safe"],
  // 2. Internal: RFC 1918, edges included
  ["10.0.0.0", "internal"],
  ["10.255.255.255", "internal"],
  ["172.16.0.1", "internal"],
  ["172.31.255.255", "internal"],
  ["192.168.1.20", "internal"],
  // RFC 6598
  ["100.64.0.1", "internal"],
  ["100.127.255.255", "internal"],
  // link-local
  ["169.254.169.254", "internal"],
  ["fe80::1", "internal"],
  ["fe80::1%eth0", "internal"],
  ["febf::1", "internal"],
  // ULA fc00::/7
  ["fc00::1", "internal"],
  ["fd12:3456:789a::10", "internal"],
  // IPv4 carried in IPv6 is the IPv4 host
  ["::ffff:10.1.2.3", "internal"],
  ["::ffff:127.0.0.1", "safe"],
  ["64:ff9b::8.8.8.8", "public"],
  // single label in a host context
  ["pgprimary", "internal"],
  // internal suffixes
  ["db.internal", "internal"],
  ["erp.corp", "internal"],
  ["nas.lan", "internal"],
  ["printer.local", "internal"],
  ["wiki.intranet", "internal"],
  ["router.home.arpa", "internal"],
  // 3. Public: Public Suffix List names (ICANN and private sections) and public addresses
  ["db.acme.com", "public"],
  ["acme.io", "public"],
  ["shop.example.co.uk", "public"],
  ["myapp.herokuapp.com", "public"],
  ["bucket.s3.amazonaws.com", "public"],
  ["8.8.8.8", "public"],
  ["172.32.0.1", "public"],
  ["172.15.255.255", "public"],
  ["100.128.0.1", "public"],
  ["192.0.3.1", "public"],
  ["11.0.0.1", "public"],
  ["2606:4700::1111", "public"],
  ["2001:db9::1", "public"],
  ["fec0::1", "public"],
];

describe("classifyHost classification table (issue 6 points 1-3)", () => {
  for (const [host, expected] of table) {
    it(`${host} is ${expected}`, () => {
      expect(classifyHost(host).class).toBe(expected);
    });
  }
});

describe("classifyHost edges of the edges", () => {
  it("the addresses just outside 172.16.0.0/12 and 100.64.0.0/10 are public", () => {
    expect(classifyHost("172.15.255.255").class).toBe("public");
    expect(classifyHost("172.32.0.0").class).toBe("public");
    expect(classifyHost("100.63.255.255").class).toBe("public");
  });

  it("fbff:: is still ULA and fe00:: is not", () => {
    expect(classifyHost("fdff:ffff::1").class).toBe("internal");
    expect(classifyHost("fe00::1").class).toBe("public");
  });

  it("a name ending in example.com but not under it is not safe", () => {
    expect(classifyHost("notexample.com").class).toBe("public");
  });

  it("a name under an unknown last label is unlisted, not public", () => {
    expect(classifyHost("report.pdf").class).toBe("unlisted");
    expect(classifyHost("api.notatld").class).toBe("unlisted");
  });

  // Scan, stop 19: Consul's DNS and Kubernetes' short service names are private; an example name under a private
  // suffix is a sanitizer's stand-in; the public NTP pool is nobody's own host.
  it("private-use suffixes .consul and .svc, example names under private suffixes, the NTP pool", () => {
    expect(classifyHost("vault.service.consul").class).toBe("internal");
    expect(classifyHost("orders.default.svc").class).toBe("internal");
    expect(classifyHost("api.svc").class).toBe("internal");
    expect(classifyHost("kafka.example.internal").class).toBe("safe");
    expect(classifyHost("example.local").class).toBe("safe");
    expect(classifyHost("kafka.example-corp.internal").class).toBe("internal");
    expect(classifyHost("pool.ntp.org").class).toBe("safe");
    expect(classifyHost("0.de.pool.ntp.org").class).toBe("safe");
    expect(classifyHost("ntp.org").class).toBe("public");
  });

  it("XML and JSON namespace identifiers are not endpoints", () => {
    expect(classifyHost("www.w3.org").class).toBe("safe");
    expect(classifyHost("json-schema.org").class).toBe("safe");
    expect(classifyHost("api.w3.org").class).toBe("public");
  });

  it("a template's or documentation's stand-in for a host is not a machine; a service name still is", () => {
    for (const host of ["host", "HOST", "hostname", "your-host", "your_server", "yourdomain"]) expect(classifyHost(host).class, host).toBe("safe");
    for (const host of ["server", "db", "redis", "worker-1", "hostess", "myhost1"]) expect(classifyHost(host).class, host).toBe("internal");
  });

  it("a single word in prose context is not a host", () => {
    expect(classifyHost("pgprimary", { context: "text" }).class).toBe("invalid");
  });

  it("malformed addresses and version-like dotted numbers are not hosts", () => {
    for (const text of ["1.2.3", "256.1.1.1", "1.2.3.4.5", "1..2.3", "", "a b.com", "::1::2", "12345::1", "x@y.com"]) {
      expect(classifyHost(text).class, text).toBe("invalid");
    }
  });

  it("normalizes case, trailing dot, brackets and IPv6 zero runs", () => {
    expect(classifyHost("DB.Acme.COM.").host).toBe("db.acme.com");
    expect(classifyHost("[2606:4700:0:0:0:0:0:1111]").host).toBe("2606:4700::1111");
  });
});

describe("classifyHost allow- and deny-lists", () => {
  const options = {
    allow: ["*.staging.acme.com", "203.0.113.0/24", "partner.io"],
    deny: [".acme.com", "10.20.0.0/16", "2a01:4f8::/32"],
  };

  it("deny wins over allow, and makes even safe ranges a finding", () => {
    expect(classifyHost("db.staging.acme.com", options).class).toBe("denied");
    expect(classifyHost("10.20.3.4", options).class).toBe("denied");
    expect(classifyHost("10.21.3.4", options).class).toBe("internal");
    expect(classifyHost("2a01:4f8:1::2", options).class).toBe("denied");
  });

  it(".acme.com covers the apex, *.x covers only names under x", () => {
    expect(classifyHost("acme.com", options).class).toBe("denied");
    expect(classifyHost("partner.io", options).class).toBe("allowed");
    expect(classifyHost("api.partner.io", options).class).toBe("public");
    expect(classifyHost("x.staging.acme.com", { allow: ["*.staging.acme.com"] }).class).toBe("allowed");
    expect(classifyHost("staging.acme.com", { allow: ["*.staging.acme.com"] }).class).toBe("public");
  });

  it("configurable internal suffixes replace the defaults", () => {
    expect(classifyHost("db.prod", { internalSuffixes: ["prod"] }).class).toBe("internal");
    expect(classifyHost("db.corp", { internalSuffixes: ["prod"] }).class).toBe("unlisted");
  });
});

describe("a classifier's remembered answers (issue 12: remembered while hosts repeat)", () => {
  it("answers every host as a fresh classifier does, before, while and after it stops remembering, and once it tries again", () => {
    const classify = createHostClassifier({ context: "host" });
    const fresh = (host: string) => createHostClassifier({ context: "host" })(host);
    const asked: string[] = [];
    // Unique hosts (a website column) until remembering stops, then repeats of a few hosts, alternating so the
    // last-host shortcut does not answer them, then enough calls to try remembering again, then repeats again.
    for (let i = 0; i < 3000; i++) asked.push(`www.shop-${i}.example-${i % 7}.de`);
    const few = ["db.internal", "10.1.2.3", "api.stripe.com", "localhost", "cdn.acme.io"];
    for (let i = 0; i < 70_000; i++) asked.push(few[i % few.length]!, `host-${i % 3}.corp`);
    for (let i = 0; i < 3000; i++) asked.push(few[(i * 3) % few.length]!);
    const answers = new Map<string, unknown>();
    for (const host of asked) {
      const got = classify(host);
      let expected = answers.get(host);
      if (expected === undefined) answers.set(host, (expected = fresh(host)));
      expect(got).toEqual(expected);
    }
  });
});
