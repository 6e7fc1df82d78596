import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, ConfigError } from "../../src/analyze.js";

const SQL = "CREATE TABLE public.t (a text);\n";

describe("rule settings a caller got wrong are ConfigErrors, never silently accepted (issue 10 item 15)", () => {
  it.each([
    ["rules: 5", { rules: 5 }, /rules must be an object/],
    ["rules: []", { rules: [] }, /rules must be an object/],
    ["rules: null", { rules: null }, /rules must be an object/],
    ["a JSON __proto__ key", { rules: JSON.parse('{"__proto__": "off"}') }, /unknown rule "__proto__"/],
    ["a constructor key", { rules: { constructor: "off" } }, /unknown rule "constructor"/],
    ["a severity that is a number", { rules: { "forbidden-secrets": 5 } }, /rules\["forbidden-secrets"\] must be/],
    ["a misspelt severity", { rules: { "forbidden-secrets": "warn" } }, /rules\["forbidden-secrets"\] must be/],
    ["a wrong severity inside an object", { rules: { "forbidden-secrets": { severity: "fatal" } } }, /must be/],
    ["onlyRules: a string", { onlyRules: "forbidden-secrets" }, /onlyRules must be an array/],
  ])("%s", async (_name, options, message) => {
    const error = await analyze(SQL, options as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });

  it("valid settings still work: a severity, an object with options only, off", async () => {
    const report = await analyze(SQL, { rules: { "forbidden-secrets": { options: {} }, "live-host-pointers": "off", "unsanitized-pii": "warning" } });
    expect(report.rules.map((r) => r.id)).not.toContain("live-host-pointers");
  });

  it.runIf(existsSync("dist/cli.js"))("`--rule __proto__=off` is exit 2 naming the unknown rule", () => {
    const r = spawnSync(process.execPath, ["dist/cli.js", "check", "-", "--rule", "__proto__=off"], { input: SQL, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "__proto__"/);
  });
});
