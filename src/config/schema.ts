import { z } from "zod";
import { allRules } from "../rules/index.js";
import type { Rule } from "../rules/rule.js";

/** The name the config file is found by, walking up from the dump's directory. */
export const CONFIG_FILE_NAME = "dumpguard.config.json";

export const RuleSeveritySetting = z.enum(["off", "error", "warning", "info"]).describe("Turn the rule off, or report its findings at this severity.");

/**
 * A rule's entry: a severity, or `{ severity, options }`. `withOptions` validates the options with the rule's
 * own zod schema (the reader does, so a bad option is an error at its JSON path in the config file).
 */
function ruleSetting(rule: Rule, withOptions: boolean) {
  const options = withOptions ? rule.options : z.record(z.string(), z.unknown());
  return z
    .union([
      RuleSeveritySetting,
      z
        .object({
          severity: RuleSeveritySetting.optional(),
          options: options.optional().describe(`Options of ${rule.id}: see the README, section ${rule.id}.`),
        })
        .strict(),
    ])
    .optional()
    // The published file carries no rule prose, so rewording a rule does not make it stale.
    .describe(withOptions ? rule.description : `Rule ${rule.id}: see the README.`);
}

/**
 * `dumpguard.config.json`. Relative paths (`spec`, `baseline`) are resolved against the directory
 * that holds the config file, so the file means the same thing whoever runs the check and from where.
 * Command-line flags and options passed to `analyze` win over it.
 */
function configSchema(withRuleOptions: boolean) {
  return z
    .object({
      $schema: z.string().optional().describe("Path or URL of schemas/config.schema.json, for editors."),
      rules: z
        .object(Object.fromEntries(allRules.map((rule) => [rule.id, ruleSetting(rule, withRuleOptions)])))
        .strict()
        .optional()
        .describe("Per rule: a severity or off, or { severity, options }."),
      spec: z.string().min(1).optional().describe("Spec file for required-shape, relative to this file's directory."),
      baseline: z.string().min(1).optional().describe("Baseline (accepted findings) file, relative to this file's directory."),
      failOn: z.enum(["error", "warning", "never"]).optional().describe("Lowest severity that makes `dumpguard check` exit 1 (default error)."),
      jobs: z.number().int().min(1).max(256).optional().describe("Threads for a large input: a file's rules are split between the threads (unsanitized-pii's columns dealt over all of them), other inputs' rows are shared (default: 2 for a file with 8 MB or more of rows on a machine of two or more cores, else 1); the report is the same for any number. --jobs wins."),
    })
    .strict();
}

/** What the reader validates against: rule options checked by each rule's schema. */
export const DumpguardConfig = configSchema(true);
/**
 * What `schemas/config.schema.json` publishes: the same shape with rule options as open objects, so a change
 * to one rule's options does not make the published file stale (the README documents each rule's options).
 */
export const PublishedDumpguardConfig = configSchema(false);

/** The config as written (rule options as the user wrote them; each rule's schema applies its defaults at analysis). */
export type DumpguardConfig = {
  $schema?: string;
  rules?: Record<string, z.infer<typeof RuleSeveritySetting> | { severity?: z.infer<typeof RuleSeveritySetting>; options?: unknown }>;
  spec?: string;
  baseline?: string;
  failOn?: "error" | "warning" | "never";
  jobs?: number;
};
