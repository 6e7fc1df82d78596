import { realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { analyze, analyzeWithCatalog, archiveToc, ConfigError } from "../analyze.js";
import { formatJsonChunks, stableJson } from "../report/format-json.js";
import { formatSarifChunks } from "../report/format-sarif.js";
import { escapeControlCharacters, formatText, formatTextChunks } from "../report/format-text.js";
import { maskedCatalogJsonChunks, maskSensitiveText } from "../report/mask-text.js";
import type { Report } from "../report/schema.js";
import { verdictFor, type Verdict } from "../report/receipt.js";
import { checkWithReceipt, FileDigestError, ReceiptError, verifyReceipt } from "../receipt.js";
import { VERSION } from "../version.js";
import { parseCommand, USAGE, UsageError } from "./args.js";
import { guardStdout, OutputError, writeOutput } from "./output.js";
import { progressReporter } from "./progress.js";
import { respawn, shouldRespawn } from "./respawn.js";
import { defaultJobsFor } from "../parallel/rule-split.js";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

function source(input: string) {
  return input === "-" ? process.stdin : { path: input };
}

const EXIT_FOR: Record<Verdict, number> = { pass: EXIT_OK, fail: EXIT_FINDINGS, unusable: EXIT_USAGE };

/** Exit code of the gate; a spec error or an unreadable input is "unusable": neither pass nor fail (see verdictFor). */
function exitCodeFor(report: Report, failOn: "error" | "warning" | "never"): number {
  return EXIT_FOR[verdictFor(report, failOn)];
}

/** Write next to the target, then rename: a reader never sees half a receipt. A failure is exit 2, one line. */
function writeAtomically(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o644 });
    renameSync(temporary, file);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw new OutputError(`cannot write the receipt ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

const sameFile = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

async function verify(input: string, receiptFile: string): Promise<number> {
  try {
    const result = await verifyReceipt(input, receiptFile);
    for (const note of result.notes) process.stderr.write(`dumpguard: note: ${note}\n`);
    if (!result.ok) {
      process.stdout.write(`${input}: NOT verified against ${receiptFile}\n${result.differences.map((d) => `  ${d}\n`).join("")}`);
      return EXIT_FINDINGS;
    }
    const r = result.receipt;
    process.stdout.write(`${input}: verified against ${receiptFile}: ${r.input.size} bytes, sha256 ${r.input.sha256}, checked ${r.checkedAt} by dumpguard ${r.tool.version}, verdict pass at --fail-on ${r.failOn}\n`);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof ReceiptError || err instanceof FileDigestError) {
      process.stderr.write(`dumpguard: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
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
  if (command.command === "verify") return verify(command.input, command.receipt);
  if (command.command === "lsp") {
    // Loaded only here, so `check` does not pay for the language server's modules at start-up.
    const { startLanguageServer } = await import("../lsp/server.js");
    await startLanguageServer();
    return EXIT_OK;
  }
  try {
    if (command.command === "toc") {
      const toc = await archiveToc(source(command.input));
      if (toc.listing === undefined) {
        process.stderr.write(`dumpguard: ${escapeControlCharacters(toc.problem ?? "")}\n`);
        return EXIT_USAGE;
      }
      // Entry names come from the archive: masked like every output, inert on a terminal.
      const listing = toc.listing.split("\n").map((line) => escapeControlCharacters(maskSensitiveText(line))).join("\n");
      await writeOutput(listing, command.output);
      return EXIT_OK;
    }
    if (command.command === "catalog") {
      const { report, catalog, readable } = await analyzeWithCatalog(source(command.input), { onlyRules: ["input-integrity"] });
      if (report.input.format === "unreadable" || !readable) {
        // What check says about the input, then no catalog: an empty or partial one would pass for the dump's.
        process.stderr.write(formatText(report));
        process.stderr.write(`dumpguard: cannot read ${escapeControlCharacters(command.input)}\n`);
        return EXIT_USAGE;
      }
      await writeOutput(maskedCatalogJsonChunks(catalog, { withText: command.withText }), command.output);
      if (report.findings.length) process.stderr.write(formatText(report));
      return EXIT_OK;
    }
    const config = command.noConfig
      ? undefined
      : loadConfig({ ...(command.config !== undefined ? { explicit: command.config } : {}), startDir: command.input === "-" ? process.cwd() : dirname(resolve(command.input)) });
    // A large file at --jobs 1: checked by a child node with a larger young generation (src/cli/respawn.ts).
    // The effective --jobs: the flag's, the config's, else analyze's default (2 for a file of 8 MB or more on two or more cores).
    if (shouldRespawn(command.input, command.jobs ?? config?.config.jobs ?? defaultJobsFor(command.input))) {
      const code = await respawn(argv);
      if (code !== undefined) return code;
    }
    const failOn = command.failOn ?? config?.config.failOn ?? "error";
    const progress = command.progress ? progressReporter() : undefined;
    const analyzeOptions = {
      ...(config ? { config } : {}),
      rules: command.rules,
      ...(command.spec ? { spec: command.spec } : {}),
      ...(command.baseline ? { baseline: command.baseline } : {}),
      timings: command.timings,
      ...(command.jobs !== undefined ? { jobs: command.jobs } : {}),
      ...(progress ? { onProgress: (read: number, total: number | undefined) => progress.update(read, total) } : {}),
    };
    if (command.receipt !== undefined && sameFile(command.receipt, command.input)) throw new UsageError("--receipt names the dump itself");
    const checked = command.receipt !== undefined ? await checkWithReceipt(command.input, { ...analyzeOptions, failOn }) : { report: await analyze(source(command.input), analyzeOptions), receipt: undefined };
    const { report, receipt } = checked;
    progress?.done();
    const text = command.format === "json" ? formatJsonChunks(report) : command.format === "sarif" ? formatSarifChunks(report) : formatTextChunks(report);
    await writeOutput(text, command.output);
    if (report.spec?.errors?.length) process.stderr.write(`dumpguard: the spec is invalid (${report.spec.errors.length} error(s)); see the report\n`);
    if (receipt && command.receipt !== undefined) {
      if (report.input.format === "unreadable") {
        process.stderr.write(`dumpguard: ${command.input} could not be read; no receipt written\n`);
        return EXIT_USAGE;
      }
      writeAtomically(command.receipt, stableJson(receipt));
      for (const note of receipt.notes ?? []) process.stderr.write(`dumpguard: ${note}\n`);
      return EXIT_FOR[receipt.verdict];
    }
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
