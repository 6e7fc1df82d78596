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
      /** `--receipt FILE`: also write a receipt binding the verdict to the bytes checked. */
      receipt?: string;
      timings: boolean;
      progress: boolean;
      /** `--jobs N`: threads that share rows; undefined = 1 (and the sha256 helper thread on a multi-core machine). */
      jobs?: number;
    }
  | { command: "catalog"; input: string; output?: string; withText: boolean }
  | { command: "verify"; input: string; receipt: string }
  | { command: "lsp" }
  | { command: "toc"; input: string; output?: string }
  | { command: "help" }
  | { command: "version" };

export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage:
  dumpguard check <file|-> [--format text|json|sarif] [--spec FILE] [--baseline FILE]
                  [--fail-on error|warning|never] [--rule ID=off|error|warning|info]...
                  [--output FILE] [--timings] [--no-progress] [--config FILE | --no-config]
                  [--receipt FILE] [--jobs N]
  dumpguard verify <file> --receipt FILE
  dumpguard catalog <file|-> [--output FILE] [--with-text]
  dumpguard lsp [--stdio]      the language server (LSP over standard input/output)
  dumpguard toc <archive|-> [--output FILE]     # the TOC as pg_restore --list prints it
  dumpguard --help | --version

Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it;
2 usage error, unreadable input, or an invalid spec/baseline/config.
verify: 0 the file has the receipt's size and sha256 and the receipt's verdict was a pass;
1 it does not (each difference is printed); 2 unreadable file or broken receipt (with its JSON path).
Config: dumpguard.config.json, found walking up from the dump's directory; DUMPGUARD_CONFIG or
--config FILE name one instead; command-line flags win over it.
--jobs N: threads for an input with 8 MB or more of rows: a file's rules are split between the threads (unsanitized-pii's columns dealt over all N, each thread reading the file), other inputs' rows are shared (default: 2 for a file with 8 MB or more of rows on a machine of two or more cores, else 1); the report is the same for any N.`;

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
        receipt: { type: "string" },
        stdio: { type: "boolean" },
        jobs: { type: "string", short: "j" },
        "with-text": { type: "boolean" },
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
  if (!command) throw new UsageError("missing command: check, verify, catalog, toc or lsp");
  // Editors start language servers with --stdio; it is the only transport, so the flag changes nothing.
  if (command === "lsp") {
    if (input !== undefined) throw new UsageError(`unexpected argument "${input}"`);
    return { command };
  }
  if (command !== "check" && command !== "catalog" && command !== "verify" && command !== "toc") throw new UsageError(`unknown command "${command}": use check, verify, catalog, toc or lsp`);
  if (!input) throw new UsageError(command === "verify" ? "verify needs the dump file's path" : `${command} needs a file path, or - for standard input`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (command === "catalog") return { command, input, withText: values["with-text"] ?? false, ...(values.output ? { output: values.output } : {}) };
  if (command === "toc") return { command, input, ...(values.output ? { output: values.output } : {}) };
  if (command === "verify") {
    if (!values.receipt) throw new UsageError("verify needs --receipt FILE (written by check --receipt)");
    if (input === "-") throw new UsageError("verify reads the file itself: standard input cannot be verified");
    return { command, input, receipt: values.receipt };
  }
  // A receipt binds the verdict to a file's bytes; standard input cannot be read again to verify them.
  if (values.receipt !== undefined && input === "-") throw new UsageError("--receipt needs a file path: standard input cannot be verified later");
  if (values.receipt !== undefined && values.output !== undefined && values.receipt === values.output) throw new UsageError("--receipt and --output name the same file");

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
    // An own property even for `__proto__` (plain assignment would set the prototype and the
    // setting would vanish): the engine then rejects the unknown id.
    Object.defineProperty(rules, id, { value: severity, enumerable: true, writable: true, configurable: true });
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^[0-9]+$/.test(values.jobs) || !Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"`);
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
    ...(jobs !== undefined ? { jobs } : {}),
    ...(values.spec ? { spec: values.spec } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    ...(values.output ? { output: values.output } : {}),
    ...(values.receipt !== undefined ? { receipt: values.receipt } : {}),
  };
}
