import { describe, expect, it } from "vitest";
import {
  extractConninfoHosts,
  extractEzConnectHost,
  extractHostsFromHostValue,
  extractHostsFromText,
  extractUriHosts,
  hostLikeWords,
  mentionDisplay,
  proseHostWords,
} from "../../../src/rules/hosts/extract-hosts.js";

const hosts = (mentions: { host: string }[]) => mentions.map((m) => m.host);

describe("extractUriHosts", () => {
  const cases: [text: string, expected: string[]][] = [
    ["postgres://app@db.acme.com:5432/app", ["db.acme.com"]],
    ["see postgresql://u:pw@10.0.0.5/app?sslmode=require.", ["10.0.0.5"]],
    ["postgresql://h1.acme.com:5432,h2.acme.com:5433/app", ["h1.acme.com", "h2.acme.com"]],
    ["mysql://root@mysql.internal/shop", ["mysql.internal"]],
    ["redis://cache.corp:6379/0 and rediss://:pw@cache.acme.io", ["cache.corp", "cache.acme.io"]],
    ["mongodb+srv://u:p@cluster0.abcd.mongodb.net/db", ["cluster0.abcd.mongodb.net"]],
    ["mongodb://m1.lan:27017,m2.lan:27017/?replicaSet=rs0", ["m1.lan", "m2.lan"]],
    ["amqp://guest@rabbit.internal//", ["rabbit.internal"]],
    ["kafka://broker-1.acme.com:9092", ["broker-1.acme.com"]],
    ["jdbc:postgresql://172.16.4.4:5432/erp", ["172.16.4.4"]],
    ["(https://api.acme.com/v1/hook)", ["api.acme.com"]],
    ["ftp://files.acme.com/x sftp://sftp.acme.com ssh://git@gitlab.corp", ["files.acme.com", "sftp.acme.com", "gitlab.corp"]],
    ["ldap://ldap.corp:389 ldaps://ad.acme.com", ["ldap.corp", "ad.acme.com"]],
    ["http://[fd00::5]:8080/x", ["fd00::5"]],
    ["postgresql:///app?host=db.internal&port=5433", ["db.internal"]],
    // A web link's authority ends at a comma (scan, stop 18: a CORS origin list gave the host `https` and missed the second).
    ["https://app.acme-corp.com,https://admin.acme-corp.com", ["app.acme-corp.com", "admin.acme-corp.com"]],
    ["wss://a.acme.io,b.acme.io", ["a.acme.io"]],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected.join(", ")} in ${text}`, () => {
      expect(hosts(extractUriHosts(text))).toEqual(expected);
    });
  }

  it("points at the host itself", () => {
    const text = "x https://user:pw@api.acme.com:8443/p";
    const [m] = extractUriHosts(text);
    expect(m && text.slice(m.start, m.end)).toBe("api.acme.com");
  });

  it("masks userinfo, path, query and fragment in the display form", () => {
    const [m] = extractUriHosts("https://user:s3cret@api.acme.com/hook/T0001/XYZ?token=abc#frag");
    expect(m && mentionDisplay(m)).toBe("https://***@api.acme.com/…?***");
    expect(m && mentionDisplay(m)).not.toContain("XYZ");
    expect(m && mentionDisplay(m)).not.toContain("s3cret");
    expect(m && mentionDisplay(m)).not.toContain("abc");
  });

  it("shows a URI in parentheses without the closing parenthesis", () => {
    expect(extractUriHosts("(see https://api.acme.com) and https://x.acme.com?a=1").map(mentionDisplay)).toEqual(["https://api.acme.com", "https://x.acme.com?***"]);
  });

  it("reads nested and back-to-back URIs in one run of text", () => {
    expect(hosts(extractUriHosts("https://login.acme.com/?next=https://app.corp/x,http://b.lan"))).toEqual(["login.acme.com", "app.corp", "b.lan"]);
  });

  it("ignores unknown schemes and bare ://", () => {
    expect(extractUriHosts("file:///etc/passwd custom://x.acme.com ://y.acme.com")).toEqual([]);
  });
});

describe("extractConninfoHosts", () => {
  it("reads host and hostaddr, quoted and unquoted", () => {
    expect(hosts(extractConninfoHosts("host=db.internal port=5432 dbname=app"))).toEqual(["db.internal"]);
    expect(hosts(extractConninfoHosts("dbname = app host = 'pg.acme.com' hostaddr=10.1.2.3"))).toEqual(["pg.acme.com", "10.1.2.3"]);
  });

  it("splits libpq multi-host values", () => {
    expect(hosts(extractConninfoHosts("host=a.corp,b.corp port=5432,5433"))).toEqual(["a.corp", "b.corp"]);
  });

  it("skips Unix socket directories", () => {
    expect(extractConninfoHosts("host=/var/run/postgresql dbname=app")).toEqual([]);
  });

  it("finds a conninfo inside a dblink call and locates the host", () => {
    const body = "PERFORM dblink_connect('host=10.9.8.7 dbname=erp user=x');";
    const [m] = extractConninfoHosts(body);
    expect(m && body.slice(m.start, m.end)).toBe("10.9.8.7");
  });

  it("does not read localhost= or ghost= or host without =", () => {
    expect(extractConninfoHosts("localhost=1 ghost=x.acme.com the host is up")).toEqual([]);
  });
});

describe("extractHostsFromHostValue", () => {
  const cases: [text: string, expected: string[]][] = [
    ["db.acme.com", ["db.acme.com"]],
    [" db.acme.com:5432 ", ["db.acme.com"]],
    ["api.acme.com/v1", ["api.acme.com"]],
    ["//ora.corp:1521/ORCL", ["ora.corp"]],
    ["[2001:db8::1]:5432", ["2001:db8::1"]],
    ["fe80::1", ["fe80::1"]],
    ["pgprimary", ["pgprimary"]],
    ["10.40.0.11,10.40.0.12:5433", ["10.40.0.11", "10.40.0.12"]],
    ["https://hooks.acme.io/x", ["hooks.acme.io"]],
    ["the primary database", []],
    ["", []],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected.join(", ") || "nothing"}`, () => {
      expect(hosts(extractHostsFromHostValue(text))).toEqual(expected);
    });
  }
});

describe("extractHostsFromText false positives (issue 6)", () => {
  const prose = [
    "version 1.2.3.4",
    "upgraded to v2.10.3 yesterday",
    "see report.pdf, index.html and main.go",
    "SELECT pg_catalog.set_config('search_path', '', false); SELECT public.users.id FROM public.users;",
    "mail alice@acme.com or bob@corp.example",
    "pi is 3.14159 and 1.000.000 rows",
    "OID 1.2.840.113549.1.1.11",
    "-- Name: users; Type: TABLE; Schema: public.users; Owner: app",
    "package com.example.app imports org.apache.commons.lang3",
    "localhost is fine, and the host is not a keyword here",
  ];
  for (const text of prose) {
    it(`finds no host in ${JSON.stringify(text)}`, () => {
      expect(extractHostsFromText(text)).toEqual([]);
    });
  }
});

describe("hostLikeWords (deny-list scan)", () => {
  it("lists dotted words and drops a port and trailing dots", () => {
    expect(hosts(hostLikeWords("failover to db1.acme.com:5432. Then 10.0.0.1."))).toEqual(["db1.acme.com", "10.0.0.1"]);
  });
});

describe("extractors are linear on hostile input", () => {
  it("finds every host of 20k back-to-back URIs in one run (each read once, not rescanned)", () => {
    const text = "http://a.corp/x?y=1&".repeat(20000);
    const found = extractUriHosts(text);
    expect(found).toHaveLength(20000);
  });

  it("handles 200k repetitions of near-miss prefixes without blowing up", () => {
    const hostile = "host=' ".repeat(20000) + "://".repeat(20000) + "http://a".repeat(20000) + "a.".repeat(50000);
    expect(() => extractHostsFromText(hostile)).not.toThrow();
    expect(() => hostLikeWords(hostile)).not.toThrow();
    expect(() => extractHostsFromHostValue(hostile)).not.toThrow();
    // 200k mentions in one value: no call-stack overflow from spreading them.
    expect(extractHostsFromText("host=a ".repeat(200000))).toHaveLength(200000);
  });
});

describe("scan, stop 19: Easy Connect, host:port in prose, more schemes", () => {
  it("reads Oracle's host:port/SERVICE as a whole value, not a field path or a file", () => {
    expect(hosts(extractEzConnectHost("ora-prod-01.acme-corp.com:1521/ORDERSP"))).toEqual(["ora-prod-01.acme-corp.com"]);
    expect(hosts(extractEzConnectHost("//10.20.1.5:1521/orcl.acme"))).toEqual(["10.20.1.5"]);
    expect(hosts(extractEzConnectHost("worker.py:88/x"))).toEqual([]);
    expect(hosts(extractEzConnectHost("order.id:1001/2"))).toEqual([]);
    expect(hosts(extractEzConnectHost("ora.acme.com:1521/ORCL and more"))).toEqual([]);
    expect(hosts(extractEzConnectHost("ora.acme.com:99999/ORCL"))).toEqual([]);
  });

  it("reads host:port in prose, with the message's colon after it", () => {
    expect(hosts(proseHostWords("failed to connect: dial tcp 10.1.2.3:5432: connect: connection refused"))).toEqual(["10.1.2.3"]);
    expect(hosts(proseHostWords("connect to pg-main.prod.acme-corp.com:5432 failed"))).toEqual(["pg-main.prod.acme-corp.com"]);
    expect(hosts(proseHostWords("at 12:30:45 the job ran"))).toEqual([]);
  });

  it("reads udp://, ssl:// and tls:// targets", () => {
    expect(hosts(extractUriHosts("udp://10.60.0.9:514"))).toEqual(["10.60.0.9"]);
    expect(hosts(extractUriHosts("ssl://mqtt.acme-iot.io:8883"))).toEqual(["mqtt.acme-iot.io"]);
  });
});
