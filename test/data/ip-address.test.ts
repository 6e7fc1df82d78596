import { describe, expect, it } from "vitest";
import { cidrContains, parseCidr, parseIpAddress, parseIpv4, parseIpv6 } from "../../src/data/ip-address.js";

describe("shared IP address parsing", () => {
  it("rejects a leading zero by default (host positions) and reads it as decimal when asked (data cells)", () => {
    expect(parseIpv4("010.1.1.1")).toBeNull();
    expect(parseIpv4("010.1.1.1", { leadingZeros: true })).toEqual([10, 1, 1, 1]);
    expect(parseIpv4("256.1.1.1", { leadingZeros: true })).toBeNull();
    expect(parseIpv4("0001.1.1.1", { leadingZeros: true })).toBeNull();
  });
  it("applies the same choice to an IPv6 address's dotted-quad tail", () => {
    expect(parseIpv6("::ffff:010.0.0.1")).toBeNull();
    expect(parseIpv6("::ffff:010.0.0.1", { leadingZeros: true })).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1]);
  });
  it("expands :: compression to 16 bytes (RFC 4291 2.2)", () => {
    expect(parseIpv6("2001:db8::1")).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6("2001:db8::1::2")).toBeNull();
  });
  it("tests range membership by prefix bits, within one IP version", () => {
    const range = parseCidr("172.16.0.0/12")!;
    expect(cidrContains(range, parseIpAddress("172.31.255.255")!)).toBe(true);
    expect(cidrContains(range, parseIpAddress("172.32.0.0")!)).toBe(false);
    expect(cidrContains(parseCidr("fc00::/7")!, parseIpAddress("fd12:3456::1")!)).toBe(true);
    expect(cidrContains(range, parseIpAddress("::ffff:172.16.0.1")!)).toBe(false);
  });
});
