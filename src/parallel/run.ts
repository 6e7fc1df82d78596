import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { analyzePartition, compareDiagnostics, compareFindings, compareVerdicts, type AnalyzeOptions, type PartitionResult, type RuleRun } from "../analyze.js";
import type { Catalog } from "../catalog/catalog.js";
import { applyBaseline, type Baseline } from "../report/baseline.js";
import type { Report, Severity } from "../report/schema.js";
import { partitionRules } from "./partition.js";

/** Below this a second thread costs more (start-up, a second read and catalog) than it saves. */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;

const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);

/** The worker script next to this module: the built one in dist/, or the sources through tsx. */
function workerScript(): string {
  if (here.endsWith(".ts")) return join(dirname(here), "worker-source.mjs");
  return join(dirname(here), here.endsWith(".cjs") ? "worker.cjs" : "worker.js");
}

export interface ParallelContext {
  baseline: Baseline | undefined;
  configFile?: string;
  /** Run every partition on this thread, one after another (tests: the merge without threads). */
  inProcess?: boolean;
  /** Split whatever the input size (tests). */
  force?: boolean;
}

/**
 * Analyze with the rules split between threads, each reading the same file: the calling thread
 * runs the first group, worker threads the others. Every rule sees exactly the events it would see
 * alone, so the merged report is the one a single thread writes. Undefined when splitting does not
 * pay (one job, one group of rules, a small file): the caller then runs on its own thread.
 *
 * Left for later (issue 12): splitting the rows of one table between threads, which needs each
 * rule's per-column state to merge; with the rules split, 2 threads gain at most the share of the
 * dearest rule (unsanitized-pii, ~60 %).
 */
export async function analyzeInParallel(path: string, options: AnalyzeOptions, runs: readonly RuleRun[], context: ParallelContext): Promise<{ report: Report; catalog: Catalog } | undefined> {
  const jobs = options.jobs ?? availableParallelism();
  if (!(jobs >= 2)) return undefined;
  if (!context.force) {
    let size = 0;
    try {
      const info = statSync(path);
      if (!info.isFile()) return undefined;
      size = info.size;
    } catch {
      return undefined;
    }
    if (size < MIN_PARALLEL_BYTES) return undefined;
  }
  const groups = partitionRules(
    runs.map((r) => r.rule.id),
    jobs,
  );
  if (groups.length < 2) return undefined;

  // What every partition shares: the options as merged with the config, without what applies once (baseline, config, progress).
  // `signal` does not cross into a worker (a clone is a plain object): the calling thread's partition takes it, and an abort terminates the workers.
  const { baseline: _baseline, config: _config, onProgress, ruleSet: _ruleSet, jobs: _jobs, signal, ...shared } = options;
  const optionsFor = (group: string[]): AnalyzeOptions => ({ ...shared, onlyRules: group });

  let results: (PartitionResult & { catalog?: Catalog })[];
  if (context.inProcess) {
    results = [];
    for (const group of groups) results.push(await analyzePartition({ path }, { ...optionsFor(group), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) }));
  } else {
    const [first, ...rest] = groups;
    results = await Promise.all([analyzePartition({ path }, { ...optionsFor(first!), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) }), ...rest.map((group) => inWorker(path, optionsFor(group), signal))]);
  }
  return { report: mergePartitions(results, runs, context), catalog: results[0]!.catalog! };
}

function inWorker(path: string, options: AnalyzeOptions, signal?: AbortSignal): Promise<PartitionResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = new Worker(workerScript(), { workerData: { path, options } });
    let settled = false;
    signal?.addEventListener(
      "abort",
      () => {
        if (!settled) reject(signal.reason);
        settled = true;
        void worker.terminate();
      },
      { once: true },
    );
    worker.once("message", (message: { ok: true; result: PartitionResult } | { ok: false; name: string; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(Object.assign(new Error(message.message), { name: message.name }));
      void worker.terminate();
    });
    worker.once("error", (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`));
      settled = true;
    });
  });
}

/**
 * One report from the partitions' reports, equal to the one a single thread writes: findings of
 * all partitions sorted by the same total order and then filtered by the baseline once; the
 * engine's diagnostics from the first partition (every partition has the same), the rules' from
 * each; summary counts recomputed; everything about the input from the first partition.
 */
export function mergePartitions(results: readonly PartitionResult[], runs: readonly RuleRun[], context: Pick<ParallelContext, "baseline" | "configFile">): Report {
  const first = results[0]!.report;
  const raw = results.flatMap((r) => r.report.findings).sort(compareFindings);
  const { kept, suppressions } = applyBaseline(raw, context.baseline);
  const count = (s: Severity) => kept.filter((f) => f.severity === s).length;
  const diagnostics = [...results[0]!.engineDiagnostics, ...results.flatMap((r) => r.ruleDiagnostics)].sort(compareDiagnostics);
  const columns = results.flatMap((r) => r.report.columns ?? []).sort(compareVerdicts);
  // Only unsanitized-pii samples; were there several, each partition's notes keep their rule order.
  const sampling = results.flatMap((r) => r.report.sampling ?? []);
  const { columns: _c, sampling: _s, timings, ...rest } = first;
  return {
    ...rest,
    ...(context.configFile !== undefined ? { config: { file: context.configFile } } : {}),
    rules: runs.map((r) => ({ id: r.rule.id, description: r.rule.description, severity: r.severity ?? "default" })),
    summary: { ...first.summary, errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: raw.length - kept.length },
    findings: kept,
    diagnostics,
    suppressions,
    ...(columns.length ? { columns } : {}),
    ...(sampling.length ? { sampling } : {}),
    ...(timings ? { timings } : {}),
  };
}
