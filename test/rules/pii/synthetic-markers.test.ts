import { describe, expect, it } from "vitest";
import { isHashOrToken, isMaskedValue, isPlaceholderValue, isTrivialDigitSequence } from "../../../src/rules/pii/synthetic-markers.js";

describe("sanitization markers", () => {
  it.each(["****1234", "xxx-xx-1234", "j***@gm***.com", "XXX", "•••• 4242", "###"])("%s is masked", (v) => expect(isMaskedValue(v)).toBe(true));
  it.each(["Maxxxine", "Exxon", "a*b", "xx", "1234"])("%s is not masked", (v) => expect(isMaskedValue(v)).toBe(false));
  it.each(["N/A", " redacted ", "unknown", "-"])("%s is a placeholder", (v) => expect(isPlaceholderValue(v)).toBe(true));
  it.each(["Paris", "Smith"])("%s is not a placeholder", (v) => expect(isPlaceholderValue(v)).toBe(false));
  it.each([
    "5f4dcc3b5aa765d61d8327deb882cf99",
    "550e8400-e29b-41d4-a716-446655440000",
    "$2b$12$KIXQJ0Zl1Uy3h0mVv0q8Ve1r3b8tS7hQeP3k9s5bYz2xq1W6uJ1aK",
    "sha256:9f86d081884c7d659a2feaa0c55ad015",
    "anon_3f2a9c7d1e0b4a55",
    "dGhpcyBpcyBhIHRva2VuIDEyMw==",
  ])("%s is a hash or token", (v) => expect(isHashOrToken(v)).toBe(true));
  it.each(["Jean Dupont", "deadbeef", "Montpellier-Lattes", "abcdefghijklmnopqrstuvwxyz"])("%s is not a hash or token", (v) => expect(isHashOrToken(v)).toBe(false));
  it("trivial digit sequences", () => {
    expect(isTrivialDigitSequence("1111111")).toBe(true);
    expect(isTrivialDigitSequence("123456789")).toBe(true);
    expect(isTrivialDigitSequence("987654")).toBe(true);
    expect(isTrivialDigitSequence("4827193")).toBe(false);
    expect(isTrivialDigitSequence("12")).toBe(false);
  });
});

describe("hash or token versus run-together names", () => {
  it.each(["friederikeiglesias97", "JeanPierreMartin1984", "valentinathornbury95"])("%s is a name with a number, not a token", (v) => {
    expect(isHashOrToken(v)).toBe(false);
  });
  it.each(["Xk9pQ2vLm8RtZ4wNb7Yc", "ghp_R3aL1yR4nd0mT0k3nV4lu3xYz"])("%s is a random token", (v) => {
    expect(isHashOrToken(v)).toBe(true);
  });
});
