import { parseArgs } from "node:util";

export type Command =
  | {
      command: "check";
      input: string;
      format: "text" | "json" | "sarif";
      spec?: string;
      baseline?: string;
      /** Undefined when not given: the config file's failOn, else error. */
      failOn?: "error" | "warning" | "never";
      /** `--config FILE`; `noConfig` for `--no-config` (neither DUMPGUARD_CONFIG nor discovery). */
      config?: string;
      noConfig: boolean;
      rules: Record<string, "off" | "error" | "warning" | "info">;
      output?: string;
      timings: boolean;
      progress: boolean;
    }
  | { command: "catalog"; input: string; output?: string }
  | { command: "help" }
  | { command: "version" };

export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage:
  dumpguard check <file|-> [--format text|json|sarif] [--spec FILE] [--baseline FILE]
                  [--fail-on error|warning|never] [--rule ID=off|error|warning|info]...
                  [--output FILE] [--timings] [--no-progress] [--config FILE | --no-config]
  dumpguard catalog <file|-> [--output FILE]
  dumpguard --help | --version

Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it;
2 usage error, unreadable input, or an invalid spec/baseline/config.
Config: dumpguard.config.json, found walking up from the dump's directory; DUMPGUARD_CONFIG or
--config FILE name one instead; command-line flags win over it.`;

const SEVERITIES = new Set(["off", "error", "warning", "info"]);

/** Parse argv (without node and script) into a command; throws UsageError with a readable message. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        spec: { type: "string" },
        baseline: { type: "string" },
        "fail-on": { type: "string" },
        rule: { type: "string", multiple: true },
        output: { type: "string", short: "o" },
        timings: { type: "boolean" },
        "no-progress": { type: "boolean" },
        config: { type: "string" },
        "no-config": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, input, ...rest] = positionals;
  if (!command) throw new UsageError("missing command: check or catalog");
  if (command !== "check" && command !== "catalog") throw new UsageError(`unknown command "${command}": use check or catalog`);
  if (!input) throw new UsageError(`${command} needs a file path, or - for standard input`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (command === "catalog") return { command, input, ...(values.output ? { output: values.output } : {}) };

  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "sarif") throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning" && failOn !== "never") throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const rules: Record<string, "off" | "error" | "warning" | "info"> = {};
  for (const setting of values.rule ?? []) {
    const eq = setting.indexOf("=");
    const id = setting.slice(0, eq);
    const severity = setting.slice(eq + 1);
    if (eq <= 0 || !SEVERITIES.has(severity)) throw new UsageError(`--rule takes ID=off|error|warning|info, not "${setting}"`);
    rules[id] = severity as "off" | "error" | "warning" | "info";
  }
  if (values.config !== undefined && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
  return {
    command,
    input,
    format,
    ...(failOn !== undefined ? { failOn } : {}),
    noConfig: values["no-config"] ?? false,
    ...(values.config !== undefined ? { config: values.config } : {}),
    rules,
    timings: values.timings ?? false,
    progress: !values["no-progress"],
    ...(values.spec ? { spec: values.spec } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    ...(values.output ? { output: values.output } : {}),
  };
}
