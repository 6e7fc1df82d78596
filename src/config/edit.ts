import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Baseline } from "../report/baseline.js";
import { CONFIG_SIZE_LIMIT, ConfigFileError, locateConfig, parseJsonFile, readConfigFile, readSmallRegularFile, validateConfig, type ConfigLookup } from "./load.js";
import { CONFIG_FILE_NAME, type DumpguardConfig } from "./schema.js";

/** The baseline file a fix creates when the config names none, beside the config file. */
export const DEFAULT_BASELINE_NAME = "dumpguard.baseline.json";
/** What a new baseline entry says until a person writes why the finding is accepted. */
export const REASON_PLACEHOLDER = "TODO: why this finding is accepted, who accepted it, and when";

/** `schemas/<name>` of this installation, relative to `fromDir` (the package ships `schemas/` next to `dist/`). */
function schemaRef(name: string, fromDir: string): string | undefined {
  for (const candidate of ["../schemas/", "../../schemas/"]) {
    try {
      const path = fileURLToPath(new URL(`${candidate}${name}`, import.meta.url));
      if (existsSync(path)) return relative(fromDir, path).split(sep).join("/");
    } catch {
      // not a file: URL (bundled elsewhere): leave $schema out
    }
  }
  return undefined;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function readJsonFile(path: string, what: string): unknown {
  return parseJsonFile(readSmallRegularFile(path, CONFIG_SIZE_LIMIT, what), path);
}

/**
 * The config file a fix edits: the one that applies to the dump (same lookup as the check), or a new
 * `dumpguard.config.json` beside the dump when none does. A broken existing config is an error, not overwritten.
 */
export function configToEdit(lookup: ConfigLookup): { path: string; config: DumpguardConfig; created: boolean } {
  const existing = locateConfig(lookup);
  if (existing !== undefined && existsSync(existing)) return { path: existing, config: readConfigFile(existing).config, created: false };
  const path = existing ?? join(lookup.startDir, CONFIG_FILE_NAME);
  const ref = schemaRef("config.schema.json", dirname(path));
  return { path, config: ref ? { $schema: ref } : {}, created: true };
}

/** Set one rule to `off` in the config (keeping its options, in case it is turned back on). Returns the file written. */
export function turnRuleOff(lookup: ConfigLookup, ruleId: string): string {
  const { path, config } = configToEdit(lookup);
  const current = config.rules?.[ruleId];
  const setting = typeof current === "object" ? { ...current, severity: "off" as const } : ("off" as const);
  const next: DumpguardConfig = { ...config, rules: { ...(config.rules ?? {}), [ruleId]: setting } };
  validateConfig(next, path);
  writeJson(path, next);
  return path;
}

/**
 * Add `{ fingerprint, rule, reason: TODO }` to the configured baseline. With no baseline configured, the
 * config gets `"baseline": "dumpguard.baseline.json"` and the file is created beside it. An entry already
 * there for that fingerprint is not added twice. Returns the baseline and config files touched.
 */
export function addBaselineEntry(lookup: ConfigLookup, entry: { fingerprint: string; rule: string }): { baseline: string; config?: string; added: boolean } {
  const target = configToEdit(lookup);
  let configWritten: string | undefined;
  let baselinePath: string;
  if (target.config.baseline !== undefined) baselinePath = resolve(dirname(target.path), target.config.baseline);
  else {
    baselinePath = join(dirname(target.path), DEFAULT_BASELINE_NAME);
    writeJson(target.path, { ...target.config, baseline: DEFAULT_BASELINE_NAME });
    configWritten = target.path;
  }
  let baseline: Baseline;
  if (existsSync(baselinePath)) {
    const parsed = Baseline.safeParse(readJsonFile(baselinePath, "the baseline file"));
    if (!parsed.success) throw new ConfigFileError(baselinePath, "$", "the baseline is invalid; fix it before adding entries");
    baseline = parsed.data;
  } else {
    const ref = schemaRef("baseline.schema.json", dirname(baselinePath));
    baseline = { ...(ref ? { $schema: ref } : {}), version: 1, entries: [] };
  }
  const present = baseline.entries.some((e) => e.fingerprint === entry.fingerprint && (e.rule === undefined || e.rule === entry.rule));
  if (!present) {
    baseline.entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, reason: REASON_PLACEHOLDER });
    writeJson(baselinePath, baseline);
  }
  return { baseline: baselinePath, ...(configWritten ? { config: configWritten } : {}), added: !present };
}
