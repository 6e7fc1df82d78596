import { describe, expect, it } from "vitest";
import { compactName, identifierWords } from "../../src/data/identifier-words.js";
import { jsonStrings } from "../../src/data/json-strings.js";

describe("identifierWords", () => {
  it.each([
    ["userPassword", ["user", "password"]],
    ["api-key", ["api", "key"]],
    ["AUTH_TOKEN", ["auth", "token"]],
    ["e_mail", ["e", "mail"]],
    ["EMAIL_ADDR", ["email", "addr"]],
    ["HTTPServerURL", ["http", "server", "url"]],
    ["customerEmail2", ["customer", "email", "2"]],
    ["Straße", ["straße"]],
  ])("%s", (name, words) => {
    expect(identifierWords(name)).toEqual(words);
  });
  it("compactName joins words", () => {
    expect(compactName("user_password")).toBe(compactName("userPassword"));
  });
});

describe("jsonStrings", () => {
  it("lists keys and leaves with paths", () => {
    const found = jsonStrings('{"auth":{"token":"abc"},"hosts":["a","b"],"n":1,"odd key":true}')!;
    expect(found.filter((s) => !s.isKey).map((s) => [s.path, s.key, s.value])).toEqual([
      ["$.auth.token", "token", "abc"],
      ["$.hosts[0]", "hosts", "a"],
      ["$.hosts[1]", "hosts", "b"],
      ["$.n", "n", "1"],
      ['$["odd key"]', "odd key", "true"],
    ]);
  });
  it("returns undefined for non-JSON or scalars, never throws", () => {
    expect(jsonStrings("not json")).toBeUndefined();
    expect(jsonStrings('"just a string"')).toBeUndefined();
    expect(jsonStrings("{broken")).toBeUndefined();
    expect(jsonStrings("[".repeat(100000))).toBeUndefined();
  });
});
