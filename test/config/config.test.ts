import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { ConfigFileError, findConfigFile, loadConfig, readConfigFile } from "../../src/config/load.js";
import { mergeRuleSettings, withConfig } from "../../src/config/merge.js";
import { Report } from "../../src/report/schema.js";

const CLI = "dist/cli.js";
const SECRETS_DUMP = "corpus/dumps/secrets/plain.sql";
const SHAPE_DUMP = "corpus/dumps/birth-surface-wrong-pk/plain.sql";
const SPEC = "schemas/birth-surface.spec.json";

/** A fresh tree: root/dumpguard.config.json (when given) and root/a/b/dump.sql. */
function tree(config?: unknown, dump = SECRETS_DUMP) {
  const root = mkdtempSync(join(tmpdir(), "dumpguard-config-"));
  mkdirSync(join(root, "a", "b"), { recursive: true });
  const dumpPath = join(root, "a", "b", "dump.sql");
  copyFileSync(dump, dumpPath);
  if (config !== undefined) writeFileSync(join(root, "dumpguard.config.json"), typeof config === "string" ? config : JSON.stringify(config));
  return { root, dumpPath };
}

function cli(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [join(process.cwd(), CLI), ...args], { encoding: "utf8", cwd, env: { PATH: process.env.PATH ?? "", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonReport(stdout: string): Report {
  return Report.parse(JSON.parse(stdout));
}

const ruleIds = (report: Report) => new Set(report.findings.map((f) => f.ruleId));

describe("config file discovery and precedence (library reader)", () => {
  it("finds dumpguard.config.json walking up from the dump's directory", () => {
    const { root, dumpPath } = tree({ rules: { "forbidden-secrets": "off" } });
    expect(findConfigFile(join(root, "a", "b"))).toBe(join(root, "dumpguard.config.json"));
    expect(loadConfig({ startDir: join(root, "a", "b"), env: {} })?.path).toBe(join(root, "dumpguard.config.json"));
    expect(existsSync(dumpPath)).toBe(true);
  });

  it("the nearest config wins over one further up", () => {
    const { root } = tree({ failOn: "never" });
    writeFileSync(join(root, "a", "dumpguard.config.json"), JSON.stringify({ failOn: "warning" }));
    expect(loadConfig({ startDir: join(root, "a", "b"), env: {} })?.config.failOn).toBe("warning");
  });

  it("DUMPGUARD_CONFIG overrides discovery, an explicit file overrides DUMPGUARD_CONFIG", () => {
    const { root } = tree({ failOn: "never" });
    const fromEnv = join(root, "env.json");
    const explicit = join(root, "explicit.json");
    writeFileSync(fromEnv, JSON.stringify({ failOn: "warning" }));
    writeFileSync(explicit, JSON.stringify({ failOn: "error" }));
    const startDir = join(root, "a", "b");
    expect(loadConfig({ startDir, env: {} })?.config.failOn).toBe("never");
    expect(loadConfig({ startDir, env: { DUMPGUARD_CONFIG: fromEnv } })?.config.failOn).toBe("warning");
    expect(loadConfig({ startDir, env: { DUMPGUARD_CONFIG: fromEnv }, explicit })?.config.failOn).toBe("error");
  });

  it("resolves spec and baseline against the config file's directory, not the working directory", () => {
    const { root } = tree({ spec: "specs/s.json", baseline: "../base.json" });
    const loaded = readConfigFile(join(root, "dumpguard.config.json"));
    expect(loaded.specPath).toBe(join(root, "specs", "s.json"));
    expect(loaded.baselinePath).toBe(join(root, "..", "base.json"));
  });

  it("explicit rule settings win; a bare severity keeps the config's options for that rule", () => {
    const merged = mergeRuleSettings(
      { "forbidden-secrets": { severity: "warning", options: { placeholders: ["N/A"] } }, "unsanitized-pii": "off" },
      { "forbidden-secrets": "error", "live-host-pointers": "info" },
    );
    expect(merged).toEqual({
      "forbidden-secrets": { severity: "error", options: { placeholders: ["N/A"] } },
      "unsanitized-pii": "off",
      "live-host-pointers": "info",
    });
  });

  it("jobs comes from the config unless given (the --jobs flag or the jobs option wins)", () => {
    const { root } = tree({ jobs: 1 });
    const loaded = readConfigFile(join(root, "dumpguard.config.json"));
    expect(withConfig({} as { jobs?: number }, loaded).jobs).toBe(1);
    expect(withConfig({ jobs: 2 }, loaded).jobs).toBe(2);
    expect(() => readConfigFile(join(tree({ jobs: 0 }).root, "dumpguard.config.json"))).toThrow(/at \$\.jobs/);
  });

  it("the library reads a config only when asked (opt-in `config` option), and its own options win", async () => {
    const { dumpPath } = tree({ rules: { "forbidden-secrets": "off", "live-host-pointers": "off" } });
    const without = await analyze({ path: dumpPath });
    expect(ruleIds(without).has("forbidden-secrets")).toBe(true);
    expect(without.config).toBeUndefined();
    const withConfig = await analyze({ path: dumpPath }, { config: true });
    expect(ruleIds(withConfig).has("forbidden-secrets")).toBe(false);
    expect(ruleIds(withConfig).has("live-host-pointers")).toBe(false);
    expect(withConfig.config?.file).toMatch(/dumpguard\.config\.json$/);
    const overridden = await analyze({ path: dumpPath }, { config: true, rules: { "forbidden-secrets": "warning" } });
    const secrets = overridden.findings.filter((f) => f.ruleId === "forbidden-secrets");
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.every((f) => f.severity === "warning")).toBe(true);
  });
});

describe("broken config files are errors with a JSON path, never a silent default", () => {
  const SECRET = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQUOTEME";
  const cases: [string, string, string, RegExp][] = [
    ["unknown rule id", JSON.stringify({ rules: { "forbiden-secrets": "off" } }), "$.rules", /unknown key "forbiden-secrets".*known rules: .*forbidden-secrets/],
    ["bad severity", JSON.stringify({ rules: { "forbidden-secrets": "warn" } }), '$.rules["forbidden-secrets"]', /expected one of/],
    ["bad rule option (checked by the rule's own schema)", JSON.stringify({ rules: { "forbidden-secrets": { options: { placeholders: SECRET } } } }), '$.rules["forbidden-secrets"].options.placeholders', /expected array/],
    ["wrong type", JSON.stringify({ spec: 3 }), "$.spec", /expected string/],
    ["unknown top-level key", JSON.stringify({ failon: "never" }), "$", /unknown key "failon"/],
    ["invalid JSON", `{"rules": {"forbidden-secrets": "${SECRET}`, "$", /not valid JSON at line 1, column \d+/],
    ["a secret as a key is not repeated", JSON.stringify({ [SECRET + "/" + SECRET]: 1 }), "$", /unknown key a key of \d+ characters/],
  ];
  for (const [name, text, path, message] of cases) {
    it(`${name}: ${path}`, () => {
      const { root } = tree(text);
      let error: unknown;
      try {
        readConfigFile(join(root, "dumpguard.config.json"));
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigFileError);
      const e = error as ConfigFileError;
      expect(e.jsonPath).toBe(path);
      expect(e.problem).toMatch(message);
      expect(e.message).not.toContain(SECRET);
      expect(e.message).not.toContain(SECRET.slice(0, 12));
    });
  }

  it("refuses a directory, a FIFO and an oversized file without reading them", () => {
    const { root } = tree();
    mkdirSync(join(root, "dumpguard.config.json"));
    expect(() => loadConfig({ startDir: join(root, "a"), env: {} })).toThrow(/not a regular file/);
    const big = join(root, "big.json");
    writeFileSync(big, `{"x": "${"a".repeat(1024 * 1024)}"}`);
    expect(() => readConfigFile(big)).toThrow(/bytes; the limit is/);
    const fifo = join(root, "fifo.json");
    if (spawnSync("mkfifo", [fifo]).status === 0) expect(() => readConfigFile(fifo)).toThrow(/not a regular file/);
    expect(() => readConfigFile(join(root, "missing.json"))).toThrow(/cannot read the config file: ENOENT/);
  });
});

describe.runIf(existsSync(CLI))("dumpguard check with a config file", () => {
  it("applies the discovered config, says which file it used, and exits by the config's failOn", () => {
    const { dumpPath } = tree({ rules: { "forbidden-secrets": "off", "live-host-pointers": "off" }, failOn: "warning" });
    const r = cli(["check", dumpPath, "--format", "json"]);
    const report = jsonReport(r.stdout);
    expect(ruleIds(report).has("forbidden-secrets")).toBe(false);
    expect(report.config?.file).toMatch(/dumpguard\.config\.json$/);
    expect(report.summary.errors + report.summary.warnings).toBe(0);
    expect(r.code).toBe(0);
  });

  it("command-line flags win: --rule, --fail-on, --no-config", () => {
    const { dumpPath } = tree({ rules: { "forbidden-secrets": "off" }, failOn: "never" });
    expect(cli(["check", dumpPath]).code).toBe(0);
    const flagged = cli(["check", dumpPath, "--format", "json", "--rule", "forbidden-secrets=warning", "--fail-on", "warning"]);
    expect(flagged.code).toBe(1);
    const secrets = jsonReport(flagged.stdout).findings.filter((f) => f.ruleId === "forbidden-secrets");
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.every((f) => f.severity === "warning")).toBe(true);
    const ignored = cli(["check", dumpPath, "--format", "json", "--no-config"]);
    expect(ignored.code).toBe(1);
    expect(jsonReport(ignored.stdout).config).toBeUndefined();
  });

  it("--config and DUMPGUARD_CONFIG name the file; relative spec paths follow the config file wherever the check runs", () => {
    const { root, dumpPath } = tree(undefined, SHAPE_DUMP);
    mkdirSync(join(root, "conf", "specs"), { recursive: true });
    copyFileSync(SPEC, join(root, "conf", "specs", "birth.spec.json"));
    const config = join(root, "conf", "shape.json");
    writeFileSync(config, JSON.stringify({ spec: "specs/birth.spec.json" }));
    for (const [args, env] of [
      [["--config", config], {}],
      [[], { DUMPGUARD_CONFIG: config }],
    ] as const) {
      const r = cli(["check", dumpPath, "--format", "json", ...args], env, join(root, "a"));
      const report = jsonReport(r.stdout);
      expect(report.spec?.path).toBe(join(root, "conf", "specs", "birth.spec.json"));
      expect(ruleIds(report).has("required-shape")).toBe(true);
      expect(r.code).toBe(1);
    }
    // --spec on the command line wins over the config's spec.
    const missingSpec = cli(["check", dumpPath, "--config", config, "--spec", join(root, "nope.json")]);
    expect(missingSpec.code).toBe(2);
  });

  it("a broken config is exit 2 naming the file and JSON path, whatever the dump holds", () => {
    const { dumpPath } = tree({ rules: { "forbidden-secrets": { severity: "loud" } } });
    const r = cli(["check", dumpPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dumpguard.config.json at $.rules["forbidden-secrets"].severity');
    expect(r.stdout).toBe("");
    expect(cli(["check", dumpPath, "--config", join(dumpPath, "..", "missing.json")]).code).toBe(2);
  });
});

describe("schemas/config.schema.json", () => {
  const schema = JSON.parse(readFileSync("schemas/config.schema.json", "utf8")) as object;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  it("accepts a config using every key and rejects an unknown rule id", () => {
    expect(validate({ $schema: "../schemas/config.schema.json", rules: { "forbidden-secrets": { severity: "warning", options: { placeholders: ["N/A"] } }, "unsanitized-pii": "off" }, spec: "s.json", baseline: "b.json", failOn: "warning", jobs: 2 })).toBe(true);
    expect(validate({ rules: { "no-such-rule": "off" } })).toBe(false);
    expect(validate({ failOn: "sometimes" })).toBe(false);
  });
});
