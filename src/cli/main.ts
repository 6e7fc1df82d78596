import { dirname, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { analyze, analyzeWithCatalog, ConfigError } from "../analyze.js";
import { formatJson, stableJson } from "../report/format-json.js";
import { formatSarif } from "../report/format-sarif.js";
import { escapeControlCharacters, formatText } from "../report/format-text.js";
import { maskedCatalogJson } from "../report/mask-text.js";
import type { Report } from "../report/schema.js";
import { VERSION } from "../version.js";
import { parseCommand, USAGE, UsageError } from "./args.js";
import { guardStdout, OutputError, writeOutput } from "./output.js";
import { progressReporter } from "./progress.js";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

function source(input: string) {
  return input === "-" ? process.stdin : { path: input };
}

function exitCodeFor(report: Report, failOn: "error" | "warning" | "never"): number {
  if (report.spec?.errors?.length) return EXIT_USAGE;
  // Nothing was read: the gate can neither pass nor fail the dump.
  if (report.input.format === "unreadable") return EXIT_USAGE;
  if (failOn === "never") return EXIT_OK;
  const failing = report.findings.some((f) => f.severity === "error" || (failOn === "warning" && f.severity === "warning"));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    process.stderr.write(`dumpguard: ${escapeControlCharacters((err as Error).message)}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (command.command === "help") {
    return deliver(`${USAGE}\n`, undefined, EXIT_OK);
  }
  if (command.command === "version") {
    return deliver(`${VERSION}\n`, undefined, EXIT_OK);
  }
  try {
    if (command.command === "catalog") {
      const { report, catalog } = await analyzeWithCatalog(source(command.input), { onlyRules: ["input-integrity"] });
      if (report.input.format === "unreadable") {
        process.stderr.write(`dumpguard: cannot read ${escapeControlCharacters(command.input)}\n`);
        return EXIT_USAGE;
      }
      await writeOutput(stableJson(maskedCatalogJson(catalog)), command.output);
      if (report.findings.length) process.stderr.write(formatText(report));
      return EXIT_OK;
    }
    const config = command.noConfig
      ? undefined
      : loadConfig({ ...(command.config !== undefined ? { explicit: command.config } : {}), startDir: command.input === "-" ? process.cwd() : dirname(resolve(command.input)) });
    const failOn = command.failOn ?? config?.config.failOn ?? "error";
    const progress = command.progress ? progressReporter() : undefined;
    const report = await analyze(source(command.input), {
      ...(config ? { config } : {}),
      rules: command.rules,
      ...(command.spec ? { spec: command.spec } : {}),
      ...(command.baseline ? { baseline: command.baseline } : {}),
      timings: command.timings,
      ...(progress ? { onProgress: (read: number, total: number | undefined) => progress.update(read, total) } : {}),
    });
    progress?.done();
    const text = command.format === "json" ? formatJson(report) : command.format === "sarif" ? formatSarif(report) : formatText(report);
    await writeOutput(text, command.output);
    if (report.spec?.errors?.length) process.stderr.write(`dumpguard: the spec is invalid (${report.spec.errors.length} error(s)); see the report\n`);
    return exitCodeFor(report, failOn);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError || err instanceof OutputError) {
      process.stderr.write(`dumpguard: ${escapeControlCharacters(err.message)}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** Print `text` and return `code`, or exit 2 with one line when the output cannot be written. */
async function deliver(text: string, output: string | undefined, code: number): Promise<number> {
  try {
    await writeOutput(text, output);
    return code;
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    process.stderr.write(`dumpguard: ${escapeControlCharacters(err.message)}\n`);
    return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`dumpguard: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
