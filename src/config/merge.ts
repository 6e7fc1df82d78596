import { dirname } from "node:path";
import type { LoadedConfig } from "./load.js";
import { loadConfig } from "./load.js";
import type { DumpguardConfig } from "./schema.js";

type Severity = "off" | "error" | "warning" | "info";
type RuleSetting = Severity | { severity?: Severity; options?: unknown };

/** The part of the analysis options a config file can supply. */
export interface ConfigurableOptions {
  rules?: Record<string, RuleSetting>;
  spec?: string | object;
  baseline?: string | object;
  jobs?: number;
}

/**
 * Per-rule settings with the explicit ones (flags, `analyze` options) winning: a bare severity given
 * explicitly replaces the config's severity but keeps the config's options for that rule.
 */
export function mergeRuleSettings(fromConfig: DumpguardConfig["rules"], explicit: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = { ...(fromConfig ?? {}) };
  for (const [id, setting] of Object.entries(explicit ?? {})) {
    const base = merged[id];
    const baseObject = typeof base === "object" ? base : base !== undefined ? { severity: base } : {};
    if (typeof setting === "string") merged[id] = baseObject.options !== undefined ? { severity: setting, options: baseObject.options } : setting;
    else merged[id] = { ...baseObject, ...(setting.severity !== undefined ? { severity: setting.severity } : {}), ...(setting.options !== undefined ? { options: setting.options } : {}) };
  }
  return merged;
}

/** Options with the config file's settings filled in underneath the explicit ones. */
export function withConfig<O extends ConfigurableOptions>(options: O, loaded: LoadedConfig | undefined): O {
  if (!loaded) return options;
  const rules = mergeRuleSettings(loaded.config.rules, options.rules);
  return {
    ...options,
    ...(Object.keys(rules).length ? { rules } : {}),
    ...(options.spec === undefined && loaded.specPath !== undefined ? { spec: loaded.specPath } : {}),
    ...(options.baseline === undefined && loaded.baselinePath !== undefined ? { baseline: loaded.baselinePath } : {}),
    ...(options.jobs === undefined && loaded.config.jobs !== undefined ? { jobs: loaded.config.jobs } : {}),
  };
}

/**
 * The library's opt-in `config` option: `true` finds the config the way the CLI does (DUMPGUARD_CONFIG,
 * else walking up from the dump's directory, or the working directory for a stream); a string names the file.
 */
export function configForInput(config: true | string, inputPath: string | undefined): LoadedConfig | undefined {
  return loadConfig({ ...(typeof config === "string" ? { explicit: config } : {}), startDir: inputPath !== undefined ? dirname(inputPath) : process.cwd() });
}
