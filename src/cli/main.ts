import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { analyze, analyzeWithCatalog, ConfigError } from "../analyze.js";
import { formatJson, stableJson } from "../report/format-json.js";
import { formatSarif } from "../report/format-sarif.js";
import { formatText } from "../report/format-text.js";
import { maskedCatalogJson } from "../report/mask-text.js";
import type { Report } from "../report/schema.js";
import { VERSION } from "../version.js";
import { parseCommand, USAGE, UsageError } from "./args.js";
import { progressReporter } from "./progress.js";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

function source(input: string) {
  return input === "-" ? process.stdin : { path: input };
}

function write(text: string, output: string | undefined) {
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
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
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    process.stderr.write(`dumpguard: ${(err as Error).message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (command.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (command.command === "version") {
    process.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  try {
    if (command.command === "catalog") {
      const { report, catalog } = await analyzeWithCatalog(source(command.input), { onlyRules: ["input-integrity"] });
      if (report.input.format === "unreadable") {
        process.stderr.write(`dumpguard: cannot read ${command.input}\n`);
        return EXIT_USAGE;
      }
      write(stableJson(maskedCatalogJson(catalog)), command.output);
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
    write(text, command.output);
    if (report.spec?.errors?.length) process.stderr.write(`dumpguard: the spec is invalid (${report.spec.errors.length} error(s)); see the report\n`);
    return exitCodeFor(report, failOn);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError) {
      process.stderr.write(`dumpguard: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
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
