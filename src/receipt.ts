import { analyzeWithCatalog, type AnalyzeOptions } from "./analyze.js";
import { digestRegularFile, FileDigestError } from "./input/file-digest.js";
import { inspectPath } from "./input/path-facts.js";
import { readSmallFile } from "./input/small-file.js";
import { buildReceipt, compareWithReceipt, parseReceipt, type FailOn, type Receipt, type ReceiptComparison, type ReceiptProblem } from "./report/receipt.js";
import type { Report } from "./report/schema.js";

/** A receipt is a few kilobytes; anything larger is not one and is not read into memory. */
export const RECEIPT_SIZE_LIMIT = 1024 * 1024;

export interface ReceiptOptions extends AnalyzeOptions {
  /** The verdict recorded is the gate's at this level (the CLI's --fail-on); default "error". */
  failOn?: FailOn;
  /** The clock for `checkedAt` (tests); default now. */
  now?: () => Date;
}

/**
 * Check a dump file and return the report with its receipt: what was checked (real path, size, mtime,
 * sha256 of the bytes read, header versions), against what (spec, effective rules and options, baseline,
 * each hashed), and the verdict at `failOn`. `verifyReceipt` later proves a file still has those bytes.
 * Only file paths: standard input cannot be read a second time, so there is nothing to verify later.
 */
export async function checkWithReceipt(path: string, options: ReceiptOptions = {}): Promise<{ report: Report; receipt: Receipt }> {
  const { failOn = "error", now = () => new Date(), ...analyzeOptions } = options;
  const before = await inspectPath(path);
  const checkedAt = now();
  const { report, settings } = await analyzeWithCatalog({ path }, analyzeOptions);
  const receipt = buildReceipt({
    report,
    failOn,
    given: path,
    realPath: before.checkable ? before.realPath : path,
    mtime: before.checkable ? before.mtime : new Date(0).toISOString(),
    rules: settings.rules,
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    checkedAt,
  });
  // A pipe or device cannot be read a second time: nothing could ever verify against such a receipt.
  if (before.checkable && before.kind !== "file" && report.input.format !== "unreadable")
    return { report, receipt: { ...receipt, verdict: "unusable", notes: [`${path} is a ${before.kind.replace("-", " ")}, not a regular file: its bytes cannot be read again to verify them`] } };
  // A file that changed while it was read was not checked as a whole: such a receipt must never verify.
  const after = await inspectPath(path);
  const changed = !before.checkable || !after.checkable || after.mtimeMs !== before.mtimeMs || after.size !== report.input.bytes || after.realPath !== before.realPath;
  if (changed && report.input.format !== "unreadable")
    return { report, receipt: { ...receipt, verdict: "unusable", notes: ["the file changed while it was checked (size, modification time or real path): the check covers no single version of it"] } };
  return { report, receipt };
}

export class ReceiptError extends Error {
  override name = "ReceiptError";
  constructor(
    readonly file: string,
    readonly problem: ReceiptProblem,
  ) {
    super(`receipt ${file} is unusable at ${problem.jsonPath}: ${problem.message}`);
  }
}

/** Read and validate a receipt file (regular file, size limit); throws `ReceiptError` with the JSON path. */
export function readReceipt(file: string): Receipt {
  const read = readSmallFile(file, RECEIPT_SIZE_LIMIT);
  if (!read.ok) throw new ReceiptError(file, { jsonPath: "$", message: read.code !== undefined ? `cannot read it (${read.code})` : read.reason });
  const parsed = parseReceipt(read.bytes);
  if (!parsed.ok) throw new ReceiptError(file, parsed.problem);
  return parsed.receipt;
}

/**
 * Re-read `path` (streaming) and compare with a receipt (an object, or a receipt file's path): `ok` only
 * when size and sha256 are the receipt's and its verdict was a pass. Throws `FileDigestError` when the
 * file cannot be read (missing, not a regular file) and `ReceiptError` for a broken receipt file.
 */
export async function verifyReceipt(path: string, receipt: Receipt | string): Promise<ReceiptComparison & { receipt: Receipt }> {
  const r = typeof receipt === "string" ? readReceipt(receipt) : receipt;
  const digest = await digestRegularFile(path);
  return { ...compareWithReceipt(r, digest), receipt: r };
}

export { FileDigestError };
