import { createHash } from "node:crypto";
import stableStringify from "fast-json-stable-stringify";
import { z } from "zod";
import { parseJsonBytes } from "../input/small-file.js";
import { formatJson } from "./format-json.js";
import { DumpHeader, InputFormat, Report, Summary } from "./schema.js";
import { jsonPathOf } from "./spec.js";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const FailOn = z.enum(["error", "warning", "never"]);
export type FailOn = z.infer<typeof FailOn>;

/**
 * The gate's answer at a `--fail-on` level: `pass` (exit 0), `fail` (exit 1: findings at or above it),
 * `unusable` (exit 2: the spec was invalid or nothing could be read, so the gate neither passes nor fails).
 */
export const Verdict = z.enum(["pass", "fail", "unusable"]);
export type Verdict = z.infer<typeof Verdict>;

export function verdictFor(report: Report, failOn: FailOn): Verdict {
  if (report.spec?.errors?.length) return "unusable";
  if (report.input.format === "unreadable") return "unusable";
  if (failOn === "never") return "pass";
  const failing = report.findings.some((f) => f.severity === "error" || (failOn === "warning" && f.severity === "warning"));
  return failing ? "fail" : "pass";
}

/** What the report's sha256 is taken over, written into every receipt so anyone can recompute it. */
export const REPORT_HASH_OVER =
  "the UTF-8 bytes of the canonical JSON report, exactly what `dumpguard check FILE --format json` prints for the same check (keys sorted, 2-space indent, trailing newline), without the `timings` member";

/**
 * A receipt binds a check to the bytes checked (issue 14): `dumpguard verify FILE --receipt R` later
 * re-reads FILE and passes only when its size and sha256 are the receipt's and the verdict was a pass,
 * so the bytes restored are the bytes checked. Everything but `checkedAt` is deterministic.
 */
export const Receipt = z
  .object({
    receiptVersion: z.literal(1),
    tool: z.object({ name: z.literal("dumpguard"), version: z.string() }).strict(),
    /** When the check ran (ISO 8601, UTC): the one field that differs between two runs of the same check. */
    checkedAt: z.iso.datetime(),
    input: z
      .object({
        /** The path as given to the check. */
        path: z.string(),
        /** Symlinks resolved, at the time of the check. */
        realPath: z.string(),
        /** Bytes read (the file's size; compressed size for gzip). */
        size: z.number().int().nonnegative(),
        /** Modification time when the check began (ISO 8601, UTC); informative, verify compares bytes. */
        mtime: z.iso.datetime(),
        /** sha256 of the bytes read, as read. */
        sha256: Sha256,
        format: InputFormat,
        header: DumpHeader,
      })
      .strict(),
    /** The spec checked against: path as given and sha256 of its bytes (root file, NUL, each `extends` parent). */
    spec: z.object({ path: z.string().optional(), sha256: Sha256 }).strict().optional(),
    /** The config file that applied, when one did (its effect is in `rules`, `spec` and `baseline`). */
    config: z.object({ file: z.string() }).strict().optional(),
    rules: z
      .object({
        /** Rules that ran, in order, with severity override and options as parsed (defaults filled in). */
        effective: z.array(z.object({ id: z.string(), severity: z.enum(["error", "warning", "info", "default"]), options: z.unknown() }).strict()),
        /** sha256 of the canonical JSON (sorted keys, no whitespace) of `effective`. */
        sha256: Sha256,
      })
      .strict(),
    /** The baseline: path (when a file) and sha256 of the canonical JSON of the validated baseline. */
    baseline: z.object({ path: z.string().optional(), sha256: Sha256, entries: z.number().int().nonnegative() }).strict().optional(),
    summary: Summary,
    failOn: FailOn,
    verdict: Verdict,
    /** Why the verdict is not the report's own, when it is not (e.g. the file changed while it was read). */
    notes: z.array(z.string()).optional(),
    report: z.object({ sha256: Sha256, over: z.string() }).strict(),
  })
  .strict();
export type Receipt = z.infer<typeof Receipt>;

export const sha256Hex = (bytes: string | Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The canonical JSON report whose sha256 a receipt records (see REPORT_HASH_OVER). */
export function canonicalReportJson(report: Report): string {
  const { timings: _, ...withoutTimings } = report;
  return formatJson(withoutTimings as Report);
}

export interface ReceiptFacts {
  report: Report;
  failOn: FailOn;
  given: string;
  realPath: string;
  /** ISO 8601 modification time when the check began. */
  mtime: string;
  rules: { id: string; severity: "error" | "warning" | "info" | "default"; options: unknown }[];
  baseline?: { path?: string; value: { entries: unknown[] } };
  checkedAt: Date;
}

export function buildReceipt(facts: ReceiptFacts): Receipt {
  const { report } = facts;
  const effective = facts.rules.map((r) => ({ id: r.id, severity: r.severity, options: r.options ?? {} }));
  return Receipt.parse({
    receiptVersion: 1,
    tool: report.tool,
    checkedAt: facts.checkedAt.toISOString(),
    input: {
      path: facts.given,
      realPath: facts.realPath,
      size: report.input.bytes,
      mtime: facts.mtime,
      sha256: report.input.sha256,
      format: report.input.format,
      header: report.input.header,
    },
    ...(report.spec?.sha256 ? { spec: { ...(report.spec.path !== undefined ? { path: report.spec.path } : {}), sha256: report.spec.sha256 } } : {}),
    ...(report.config ? { config: { file: report.config.file } } : {}),
    rules: { effective, sha256: sha256Hex(stableStringify(effective)) },
    ...(facts.baseline
      ? { baseline: { ...(facts.baseline.path !== undefined ? { path: facts.baseline.path } : {}), sha256: sha256Hex(stableStringify(facts.baseline.value)), entries: facts.baseline.value.entries.length } }
      : {}),
    summary: report.summary,
    failOn: facts.failOn,
    verdict: verdictFor(report, facts.failOn),
    report: { sha256: sha256Hex(canonicalReportJson(report)), over: REPORT_HASH_OVER },
  });
}

/** A receipt that cannot be used: where in it (JSON path) and what is wrong. */
export interface ReceiptProblem {
  jsonPath: string;
  message: string;
}


/** Parse a receipt (bytes or text); a problem names the JSON path (or the line and column of a syntax error), never the content. */
export function parseReceipt(input: Uint8Array | string): { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptProblem } {
  const json = parseJsonBytes(typeof input === "string" ? Buffer.from(input, "utf8") : input);
  if (!json.ok) return { ok: false, problem: { jsonPath: "$", message: json.reason } };
  const parsed = Receipt.safeParse(json.value);
  if (parsed.success) return { ok: true, receipt: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  return { ok: false, problem: { jsonPath: jsonPathOf(path), message: issue.code === "unrecognized_keys" ? "unknown key" : issue.message } };
}

/** What `verify` found: the differences that fail it, and notes that do not. */
export interface ReceiptComparison {
  ok: boolean;
  differences: string[];
  notes: string[];
}

/** Compare a file's bytes as read now with a receipt. Only size, sha256 and the verdict decide. */
export function compareWithReceipt(receipt: Receipt, now: { size: number; sha256: string; realPath: string; mtime: string }): ReceiptComparison {
  const differences: string[] = [];
  const notes: string[] = [];
  if (now.size !== receipt.input.size) differences.push(`size differs (receipt ${receipt.input.size} bytes, file ${now.size} bytes)`);
  if (now.sha256 !== receipt.input.sha256) differences.push(`sha256 differs (receipt ${receipt.input.sha256}, file ${now.sha256})`);
  if (receipt.verdict !== "pass") differences.push(`receipt verdict was ${receipt.verdict} (at --fail-on ${receipt.failOn}): the checked bytes did not pass`);
  if (now.realPath !== receipt.input.realPath) notes.push(`real path differs (receipt ${receipt.input.realPath}, now ${now.realPath})`);
  if (now.mtime !== receipt.input.mtime) notes.push(`modification time differs (receipt ${receipt.input.mtime}, now ${now.mtime})`);
  return { ok: differences.length === 0, differences, notes };
}
