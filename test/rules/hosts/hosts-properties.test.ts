import { BlockList, isIP } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyHost } from "../../../src/rules/hosts/classify-host.js";
import { extractHostsFromHostValue, extractHostsFromText, hostLikeWords } from "../../../src/rules/hosts/extract-hosts.js";
import { formatIp, parseIpAddress } from "../../../src/data/ip-address.js";

/** Node's own range matcher as an independent oracle for the address classes. */
function oracle(): { internal: BlockList; safe: BlockList } {
  const internal = new BlockList();
  for (const [net, prefix] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["100.64.0.0", 10], ["169.254.0.0", 16], ["198.18.0.0", 15]] as const) internal.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of [["fe80::", 10], ["fc00::", 7]] as const) internal.addSubnet(net, prefix, "ipv6");
  const safe = new BlockList();
  for (const [net, prefix] of [["127.0.0.0", 8], ["0.0.0.0", 8], ["192.0.2.0", 24], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) safe.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of [["::1", 128], ["::", 128], ["2001:db8::", 32], ["ff00::", 8]] as const) safe.addSubnet(net, prefix, "ipv6");
  return { internal, safe };
}

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join("."));
const ipv6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).map((g) => g.map((x) => x.toString(16)).join(":"));
// Bias towards the interesting prefixes so every range gets hits.
const interestingV6 = fc.tuple(fc.constantFrom("fe80", "febf", "fc00", "fdff", "2001:db8", "ff02", "2606", "fec0"), fc.nat(0xffff)).map(([p, x]) => `${p}::${x.toString(16)}`);
const interestingV4 = fc.tuple(fc.constantFrom(10, 172, 192, 100, 169, 198, 203, 127, 0, 224, 8), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join("."));

describe("classifyHost agrees with node:net BlockList on addresses", () => {
  const { internal, safe } = oracle();
  const expected = (address: string, family: "ipv4" | "ipv6") => (safe.check(address, family) ? "safe" : internal.check(address, family) ? "internal" : "public");

  it("IPv4", () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, interestingV4), (address) => {
        expect(classifyHost(address).class).toBe(expected(address, "ipv4"));
      }),
      { numRuns: 3000 },
    );
  });

  it("IPv6 (excluding IPv4-carrying prefixes, which classify as their IPv4 host)", () => {
    fc.assert(
      fc.property(fc.oneof(ipv6, interestingV6), (address) => {
        const parsed = parseIpAddress(address)!;
        const b = parsed.bytes;
        fc.pre(!(b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff));
        fc.pre(!(b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b));
        expect(classifyHost(address).class).toBe(expected(address, "ipv6"));
      }),
      { numRuns: 3000 },
    );
  });

  it("parseIpAddress accepts what node:net accepts, and formatIp round-trips", () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, ipv6, interestingV6), (address) => {
        expect(isIP(address)).toBeGreaterThan(0);
        const parsed = parseIpAddress(address);
        expect(parsed).not.toBeNull();
        const again = parseIpAddress(formatIp(parsed!));
        expect(again?.bytes).toEqual(parsed!.bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it("leading zeros, zone ids and embedded IPv4 agree with node:net", () => {
    for (const text of ["01.2.3.4", "1.2.3.04", "::ffff:1.2.3.4", "1::", "::", "1:2:3:4:5:6:7::", "::1.2.3.4", "fe80::1%eth0", "1:2:3:4:5:6:7:8:9", ":::"]) {
      expect(parseIpAddress(text) !== null, text).toBe(isIP(text) > 0);
    }
  });

  it("parseIpAddress rejects what node:net rejects (short random strings of address characters)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("0", "1", "9", "a", "f", ":", "."), maxLength: 20 }), (text) => {
        expect(parseIpAddress(text) !== null).toBe(isIP(text) > 0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("extractors never throw and stay inside the text", () => {
  it("for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const m of [...extractHostsFromText(text), ...extractHostsFromHostValue(text), ...hostLikeWords(text)]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThanOrEqual(m.end);
        }
        expect(() => classifyHost(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("for strings built from URI and conninfo pieces, an unescaped host is exactly the text it points at", () => {
    const piece = fc.constantFrom("https://", "postgresql://", "u:p@", "host=", "hostaddr=", "'", " ", ",", ":5432", "/db", "?x=1", "db.acme.com", "10.0.0.1", "[::1]", "jdbc:", "mongodb+srv://", "\\");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const m of extractHostsFromText(text)) {
          if (!text.includes("\\")) expect(text.slice(m.start, m.end)).toBe(m.host);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
