import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../../src/cli/args.js";

describe("parseCommand", () => {
  it("parses a full check command", () => {
    expect(parseCommand(["check", "d.sql", "--format", "sarif", "--spec", "s.json", "--fail-on", "warning", "--rule", "forbidden-secrets=off", "--rule", "unsanitized-pii=warning"])).toEqual({
      command: "check",
      input: "d.sql",
      format: "sarif",
      spec: "s.json",
      failOn: "warning",
      rules: { "forbidden-secrets": "off", "unsanitized-pii": "warning" },
      timings: false,
      progress: true,
    });
  });
  it("defaults to text and fail-on error; - is stdin", () => {
    expect(parseCommand(["check", "-"])).toMatchObject({ input: "-", format: "text", failOn: "error" });
  });
  it.each([
    [[]],
    [["lint", "x"]],
    [["check"]],
    [["check", "x", "--format", "xml"]],
    [["check", "x", "--fail-on", "sometimes"]],
    [["check", "x", "--rule", "nosev"]],
    [["check", "x", "--rule", "a=fatal"]],
    [["check", "x", "--bogus"]],
    [["check", "x", "y"]],
  ])("rejects %j with a UsageError", (argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
  });
});
