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
      noConfig: false,
    });
  });
  it("defaults to text; - is stdin; fail-on is left to the config file (main defaults it to error)", () => {
    const command = parseCommand(["check", "-"]);
    expect(command).toMatchObject({ input: "-", format: "text", noConfig: false });
    expect(command).not.toHaveProperty("failOn");
  });
  it("check --receipt FILE; verify FILE --receipt FILE; neither with standard input", () => {
    expect(parseCommand(["check", "d.sql", "--receipt", "r.json"])).toMatchObject({ command: "check", receipt: "r.json" });
    expect(parseCommand(["verify", "d.sql", "--receipt", "r.json"])).toEqual({ command: "verify", input: "d.sql", receipt: "r.json" });
    expect(() => parseCommand(["verify", "d.sql"])).toThrow(/--receipt/);
    expect(() => parseCommand(["verify", "-", "--receipt", "r.json"])).toThrow(UsageError);
    expect(() => parseCommand(["check", "-", "--receipt", "r.json"])).toThrow(/standard input/);
    expect(() => parseCommand(["check", "d.sql", "--receipt", "x.json", "--output", "x.json"])).toThrow(UsageError);
  });
  it("lsp takes no file (--stdio is accepted: editors pass it)", () => {
    expect(parseCommand(["lsp"])).toEqual({ command: "lsp" });
    expect(parseCommand(["lsp", "--stdio"])).toEqual({ command: "lsp" });
    expect(() => parseCommand(["lsp", "d.sql"])).toThrow(UsageError);
  });
  it("takes --config FILE or --no-config, not both", () => {
    expect(parseCommand(["check", "d.sql", "--config", "c.json"])).toMatchObject({ config: "c.json", noConfig: false });
    expect(parseCommand(["check", "d.sql", "--no-config"])).toMatchObject({ noConfig: true });
    expect(() => parseCommand(["check", "d.sql", "--config", "c.json", "--no-config"])).toThrow(UsageError);
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

describe("--jobs", () => {
  it("takes a whole number of threads", () => {
    expect(parseCommand(["check", "d.sql", "--jobs", "4"])).toMatchObject({ command: "check", jobs: 4 });
    expect(parseCommand(["check", "d.sql", "-j", "1"])).toMatchObject({ jobs: 1 });
    expect(parseCommand(["check", "d.sql"])).not.toHaveProperty("jobs");
  });
  it("refuses anything else", () => {
    for (const bad of ["0", "-1", "2.5", "many", "", "1e3", "999"]) expect(() => parseCommand(["check", "d.sql", `--jobs=${bad}`])).toThrow(/--jobs takes a whole number/);
  });
});
