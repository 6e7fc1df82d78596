import { statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { z } from "zod";
import { parseJsonBytes, readSmallFile, smallFileProblem } from "../input/small-file.js";
import { ConfigError } from "../report/baseline.js";
import { jsonPathOf } from "../report/spec.js";
import { allRules } from "../rules/index.js";
import { CONFIG_FILE_NAME, DumpguardConfig } from "./schema.js";

/** A config is a few hundred bytes; anything this large is not one (and is not read into memory). */
export const CONFIG_SIZE_LIMIT = 1024 * 1024;

/** A config file that cannot be used: which file, where in it (JSON path), and what is wrong. Never the file's content. */
export class ConfigFileError extends ConfigError {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(`invalid config ${file} at ${jsonPath}: ${problem}`);
  }
}

export interface LoadedConfig {
  /** The file as named to the user (relative to the working directory unless it was given absolute). */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** The validated config as written. */
  config: DumpguardConfig;
  /** `spec` and `baseline` resolved against the config file's directory. */
  specPath?: string;
  baselinePath?: string;
}

/** How to find the config: an explicit file (`--config`), else `DUMPGUARD_CONFIG`, else walk up from `startDir`. */
export interface ConfigLookup {
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  /** The dump's directory (the working directory for standard input). */
  startDir: string;
}

function display(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
}

/** A small regular file's bytes (the shared side-file reader: no FIFO, device or directory, bounded), or a ConfigFileError. */
export function readSmallRegularFile(path: string, limit: number, what: string): Uint8Array {
  const read = readSmallFile(path, limit);
  if (!read.ok) throw new ConfigFileError(display(path), "$", smallFileProblem(what, read));
  return read.bytes;
}

/** JSON bytes to a value; a syntax error says where (line, column), never what. */
export function parseJsonFile(bytes: Uint8Array, file: string): unknown {
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) throw new ConfigFileError(file, "$", parsed.reason);
  return parsed.value;
}

/** A key is named in an error only when it looks like a key someone typed (a name), never a long or odd string. */
function keyName(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$.-]{0,39}$/.test(key) ? `"${key}"` : `a key of ${key.length} characters`;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length === 1 && issue.path[0] === "rules" ? `known rules: ${allRules.map((r) => r.id).join(", ")}` : "see schemas/config.schema.json";
    return `unknown ${issue.keys.length > 1 ? "keys" : "key"} ${issue.keys.map(keyName).join(", ")} (${where})`;
  }
  // zod's messages name expected types and allowed literals, not the value received.
  return issue.message;
}

/** For a union (a rule's severity-or-object entry), the branch's issue that got furthest into the value, at its full path. */
function deepestIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union" || !issue.errors.length) return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const inner = deepestIssue(first);
    if (!best || inner.path.length > best.path.length) best = inner;
  }
  return best ? { ...best, path: [...issue.path, ...best.path] } : issue;
}

/** Validate a parsed config; throws ConfigFileError with the JSON path of the first problem. */
export function validateConfig(raw: unknown, file: string): DumpguardConfig {
  const parsed = DumpguardConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = deepestIssue(parsed.error.issues[0]!);
    throw new ConfigFileError(file, jsonPathOf(issue.path), issueText(issue));
  }
  // Keep what the user wrote: each rule's own schema applies its defaults (and transforms) at analysis time.
  return raw as DumpguardConfig;
}

/** Read, parse and validate one config file; `spec` and `baseline` come back resolved against its directory. */
export function readConfigFile(path: string): LoadedConfig {
  const abs = resolve(path);
  const file = display(abs);
  const bytes = readSmallRegularFile(abs, CONFIG_SIZE_LIMIT, "the config file");
  const config = validateConfig(parseJsonFile(bytes, file), file);
  const dir = dirname(abs);
  return {
    file,
    path: abs,
    config,
    ...(config.spec !== undefined ? { specPath: resolve(dir, config.spec) } : {}),
    ...(config.baseline !== undefined ? { baselinePath: resolve(dir, config.baseline) } : {}),
  };
}

/** The nearest `dumpguard.config.json` in `startDir` or one of its parents; anything by that name counts (a directory is an error, not skipped). */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      statSync(candidate);
      return candidate;
    } catch {
      // not here: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Which config file applies: `--config` over `DUMPGUARD_CONFIG` over discovery; undefined when there is none. */
export function locateConfig(lookup: ConfigLookup): string | undefined {
  if (lookup.explicit !== undefined) return resolve(lookup.explicit);
  const fromEnv = (lookup.env ?? process.env).DUMPGUARD_CONFIG;
  if (fromEnv) return resolve(fromEnv);
  return findConfigFile(lookup.startDir);
}

/** Locate and read the config; undefined when none applies. Throws ConfigFileError for a broken one. */
export function loadConfig(lookup: ConfigLookup): LoadedConfig | undefined {
  const path = locateConfig(lookup);
  return path === undefined ? undefined : readConfigFile(path);
}
