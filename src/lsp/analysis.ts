import { dirname } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { CancellationToken } from "vscode-languageserver";
import { analyze } from "../analyze.js";
import { ConfigError } from "../report/baseline.js";
import { loadConfig, type LoadedConfig } from "../config/load.js";
import type { Report } from "../report/schema.js";

/** Chunks handed to the engine: large enough to amortise, small enough that a cancel or an edit is noticed quickly. */
const CHUNK_CHARS = 256 * 1024;

export type AnalysisOutcome =
  | { kind: "report"; report: Report; config?: LoadedConfig }
  /** The config, its spec or its baseline is broken: shown as one diagnostic, never a silent default. */
  | { kind: "config-error"; message: string }
  | { kind: "cancelled" };

export interface AnalysisInput {
  /** Local file path of the document (undefined for untitled buffers). */
  path?: string;
  /** The editor's text; when absent the file is streamed from disk. */
  text?: string;
  token: CancellationToken;
  onProgress?: (done: number, total: number | undefined) => void;
}

/** The editor's text as UTF-8 chunks, yielding to the event loop between chunks so edits and cancels get through. */
async function* textChunks(text: string): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    // Never split a surrogate pair: each half alone would encode as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    await nextTurn();
    yield encoder.encode(text.slice(start, end));
    start = end;
  }
}

/** Run the engine on a document the way `dumpguard check` runs on the file (same config lookup), cancellably. */
export async function analyzeDocument(input: AnalysisInput): Promise<AnalysisOutcome> {
  let config: LoadedConfig | undefined;
  try {
    config = loadConfig({ startDir: input.path ? dirname(input.path) : process.cwd() });
  } catch (err) {
    if (err instanceof ConfigError) return { kind: "config-error", message: err.message };
    throw err;
  }
  const total = input.text !== undefined ? Buffer.byteLength(input.text) : undefined;
  // A file the editor did not sync is read by the engine from its path, as `dumpguard check` reads it:
  // streamed in bounded chunks, gzip included, and judged by path-guard.
  const source = input.text !== undefined ? textChunks(input.text) : { path: input.path! };
  const abort = new AbortController();
  const listener = input.token.onCancellationRequested(() => abort.abort(new Error("cancelled")));
  let report: Report;
  try {
    report = await analyze(source, {
      ...(config ? { config } : {}),
      ...(input.path ? { file: input.path } : {}),
      signal: abort.signal,
      ...(input.onProgress ? { onProgress: (read: number, fileSize: number | undefined) => input.onProgress!(read, total ?? fileSize) } : {}),
    });
  } catch (err) {
    if (input.token.isCancellationRequested) return { kind: "cancelled" };
    if (err instanceof ConfigError) return { kind: "config-error", message: err.message };
    throw err;
  } finally {
    listener.dispose();
  }
  if (input.token.isCancellationRequested) return { kind: "cancelled" };
  if (report.spec?.errors?.length) {
    const first = report.spec.errors[0]!;
    return { kind: "config-error", message: `invalid spec ${first.file ?? ""} at ${first.jsonPath}: ${first.message}${report.spec.errors.length > 1 ? ` (and ${report.spec.errors.length - 1} more)` : ""}` };
  }
  return { kind: "report", report, ...(config ? { config } : {}) };
}
