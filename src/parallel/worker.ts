// A worker thread's share of one analysis: its rules over the same file (see run.ts).
import { parentPort, workerData } from "node:worker_threads";
import { analyzePartition, type AnalyzeOptions } from "../analyze.js";

const { path, options } = workerData as { path: string; options: AnalyzeOptions };
analyzePartition({ path }, options).then(
  ({ report, ruleDiagnostics, engineDiagnostics }) => parentPort!.postMessage({ ok: true, result: { report, ruleDiagnostics, engineDiagnostics } }),
  (err: unknown) => parentPort!.postMessage({ ok: false, name: (err as Error)?.name ?? "Error", message: (err as Error)?.message ?? String(err) }),
);
