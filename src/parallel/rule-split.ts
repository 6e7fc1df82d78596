/**
 * `--jobs` by rule (issue 12): for an input a worker thread can read itself (`{ path }`: a file, gzip,
 * an archive), the rules are cut into groups and each group runs whole (statements, map, reduce,
 * onEnd) on one thread over every row. A group's thread runs the engine itself (its own read, lexer,
 * COPY decoding and catalog: the same catalog, built from the same bytes) and hands back, at its end,
 * its rules' finished outputs as plain data. Nothing crosses threads per row, so the second core does
 * not pay for results encoded, cloned and folded row by row (the row-block sharing in row-blocks.ts
 * cost ~2x the CPU and never beat one thread on two cores).
 *
 * The calling thread runs the first group and everything that is not a rule's (input digest, summary,
 * engine diagnostics), then merges: findings, diagnostics and column verdicts are sorted by total orders
 * afterwards, and a rule's own outputs keep their order because one thread made all of them, so the
 * report is the single thread's, byte for byte (see `mergeRuleOutputs` for what that rests on).
 *
 * A group's thread that fails (an error, out of memory, no worker script) loses nothing: the calling
 * thread then runs that group itself, in a second pass over the input, after its own.
 */

import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { AnalyzeOptions } from "../analyze.js";
import type { FileReadIdentity } from "../input/open-input.js";
import type { ColumnVerdict, Diagnostic, Finding, Report } from "../report/schema.js";
import type { Rule } from "../rules/rule.js";
import { heapLimits, MIN_PARALLEL_BYTES, newWorker, workerScript, type WorkerHeap } from "./run.js";
import { rowDataBytes } from "./row-data.js";

/**
 * `jobs` when none is given: 2 for a regular file of 8 MB or more on a machine of two or more cores (split by
 * rule: two groups are what pays, see ruleGroups), else 1 (row sharing, for inputs read once, never paid on two
 * cores). Measured 1->2 on this project's 2-core machine at low load (CLI, interleaved, 00:14-00:16 UTC on
 * 2026-11-28, load 2.1-3.3 with the other sessions mostly idle): realistic-100 4.07/3.92/3.83 s against
 * 2.95/2.95/2.88 s (1.33-1.38x, peak RSS 209-229 MB), realistic-500 17.24/15.94 s against 10.79/10.44 s
 * (1.53-1.60x, 271-273 MB), the same reports. `size`: the bytes worth splitting (the file's rows, rowDataBytes), undefined for
 * anything but a regular file.
 */
export function defaultJobs(size: number | undefined, cores = availableParallelism()): number {
  return size !== undefined && size >= MIN_PARALLEL_BYTES && cores >= 2 ? 2 : 1;
}

/** `defaultJobs` of what the CLI was given: a path ("-" is stdin: 1); a plain-text file by its rows' bytes (rowDataBytes). */
export function defaultJobsFor(input: string, cores = availableParallelism()): number {
  if (input === "-") return 1;
  try {
    const stat = statSync(input);
    return defaultJobs(stat.isFile() ? rowDataBytes(input, stat.size) : undefined, cores);
  } catch {
    return 1;
  }
}

/** What a group of rules leaves for the report: all of it made by `report`, `diagnose`, `reportColumnVerdict` and `reportSampling`. */
export interface RuleOutputs {
  /** Finished findings (masked, fingerprinted), before the baseline, in the order the rules reported them. */
  findings: Finding[];
  /** The rules' diagnostics (theirs and `rule-crashed`), not the engine's: the calling thread makes those. */
  diagnostics: Diagnostic[];
  verdicts: ColumnVerdict[];
  sampling: NonNullable<Report["sampling"]>;
  /** Raw bytes the thread read: another thread that read a different count read a file that changed meanwhile. */
  bytes: number;
  /** What identified the file when the thread opened it and when it had read it (`OpenedInput.identity`): equal on both threads, they read the same bytes. */
  identity?: FileReadIdentity;
  /** With 3 or more jobs and no column share: the row blocks the group's thread sent to threads of its own. */
  rowBlocksElsewhere?: number;
  /** By rule id: the state a column-shared rule's part on this thread handed off (`ColumnShare`), for the calling thread's part to report; none for a part that crashed. */
  handedOff?: Record<string, unknown>;
}

/**
 * Relative CPU per 100 MB of the realistic bench (STATE in COORD.md, `--rule X=off` runs at --jobs 1: pii +2.45 s,
 * secrets +1.42 s, hosts +0.66 s over a 0.39 s base that every group's thread repeats). Rules not named cost
 * next to nothing on rows (statements, spec, input integrity, path).
 */
const RULE_WEIGHT: Record<string, number> = { "unsanitized-pii": 245, "forbidden-secrets": 142, "live-host-pointers": 66 };
const LIGHT = 1;

/**
 * The rules cut into groups: the calling thread's first, the lighter one (it also hashes the input and
 * says the engine's diagnostics), then the worker's, the heaviest (a worker's young generation can be made
 * as large as it pays, see `groupHeap`; the main thread's is fixed when node starts). At most two groups: a third shortens nothing while
 * unsanitized-pii alone is more than the other rules together (its thread is the critical path: 2.45 s
 * of 2.84 s on realistic-100), and each group's thread repeats the read, the lexer and the catalog
 * (0.39 s). With 3 or more jobs, unsanitized-pii's columns are dealt over all the threads instead (`columnShareFor`:
 * a worker per job after the first, the first of them with the worker's group); without a column share (sampled, or
 * DUMPGUARD_COLUMN_SHARE=off) the worker's group shares its rows with threads of its own (row-blocks.ts inside that group:
 * analyzeRun with `jobs - 1`). Greedy by weight (largest first to the lightest group), ties in rule order: deterministic.
 */
export function ruleGroups(ids: readonly string[], jobs: number): string[][] {
  const count = Math.min(jobs, 2, ids.length);
  if (count < 2) return [ids.slice()];
  const groups: { ids: string[]; weight: number }[] = Array.from({ length: count }, () => ({ ids: [], weight: 0 }));
  const byWeight = ids.map((id, order) => ({ id, order, weight: RULE_WEIGHT[id] ?? LIGHT })).sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { id, weight } of byWeight) {
    let lightest = groups[0]!;
    for (const g of groups) if (g.weight < lightest.weight) lightest = g;
    lightest.ids.push(id);
    lightest.weight += weight;
  }
  // Rule order within a group (listeners run in registry order on every thread), heaviest group first.
  const order = new Map(ids.map((id, i) => [id, i]));
  for (const g of groups) g.ids.sort((a, b) => order.get(a)! - order.get(b)!);
  const filled = groups.filter((g) => g.ids.length > 0).sort((a, b) => a.weight - b.weight);
  // DUMPGUARD_RULE_SPLIT=heavy-here keeps the heaviest group on the calling thread (measurements).
  if (process.env.DUMPGUARD_RULE_SPLIT === "heavy-here") filled.reverse();
  return filled.map((g) => g.ids);
}

/**
 * Of the worker's group (`ids`), the rules whose columns are dealt over all `--jobs N` threads (`ColumnShare` in
 * src/rules/rule.ts): those whose options allow it (`Rule.sharesColumns`: unsanitized-pii unless sampled). At 2
 * jobs the calling thread tallies a share of their columns beside its own group (columnLayout),
 * so that the threads end together: with the rule whole on the worker, the worker was the critical path (2.3 s
 * against 1.4 s CPU on realistic-100). From 3 jobs on, one more worker per job tallies a part (each reads the file
 * itself), and the calling thread's share goes to none at 3 (its own group is then a worker's share); from 4 on
 * forbidden-secrets moves to worker 1 and the shares are refilled around it (columnLayout).
 * DUMPGUARD_COLUMN_SHARE=off: none, the rules whole on the worker (and at 3 or more jobs its rows shared); =0.2: the
 * calling thread's share of the work instead of the layout's (measurements).
 */
export function columnShareFor(ids: readonly string[], rules: readonly { rule: Rule; options: unknown }[]): string[] {
  if (process.env.DUMPGUARD_COLUMN_SHARE === "off") return [];
  return ids.filter((id) => {
    const found = rules.find((r) => r.rule.id === id);
    return found?.rule.sharesColumns?.(found.options) === true;
  });
}

/**
 * The work of the calling thread's group beside a column-shared rule (unsanitized-pii), in units of that rule's work:
 * at --jobs 2 both threads ended together on the realistic bench with a quarter of the rule on the calling thread
 * (stop 15: shares 0.20 / 0.25 / 0.30 measured, 0.25 even on realistic-100), so other + 1/4 = 3/4: other = 1/2
 * (forbidden-secrets, live-host-pointers, the light rules, the input's digest, and the thread's own base that a
 * worker's share does not repeat). Per thread on realistic-100 at --jobs 3 (this session, load ~7, 2 runs): calling
 * thread 1.60/1.57 s, its share none; the workers 1.65/1.63 and 1.32/1.22 s (15 columns each: the column weights
 * are a kind's average, not the data's).
 */
const HERE_OTHER_WORK = 0.5;

/**
 * forbidden-secrets' part of HERE_OTHER_WORK, in the same units. On its own worker at --jobs 4 (realistic-100,
 * `node --import tsx scripts/thread-cpu.ts .bench/realistic-100.sql 4`, load ~9, 2 runs each) it cost that worker
 * ~0.6 s over a PII-only worker's ~0.55 s base, of ~1.8 s for unsanitized-pii; at 0.4 the calling thread stayed the
 * busiest (1.50/1.52 s against workers of 1.10–1.20 s, its share 9 columns), at 0.3 the four threads were even
 * (calling thread 1.21/1.19 s, secrets' worker 1.27/1.19 s, the PII workers 1.21/1.16 and 1.09/1.06 s), against a
 * calling thread of 1.57/1.58 s with forbidden-secrets on it (the bound: realistic-100's --jobs 1 main thread is ~3.5 s).
 */
const SECRETS_WORK = 0.3;

/**
 * From this many jobs forbidden-secrets runs on a worker of its own (see columnLayout). Not at 3: there the calling
 * thread's group already weighs a worker's half of unsanitized-pii, and moving the rule measured no better (realistic-100,
 * same script, 2 runs each, load ~9: busiest thread 1.68/1.68 s with it moved, 1.49–1.65 s without).
 */
export const SECRETS_APART_FROM_JOBS = 4;

/**
 * Each thread's share of the column-shared rules' work when thread t already has `fixed[t]` of other work (in units of
 * that rule's work): the lightest threads are filled to one level, so that all that get a share end together
 * ("water-filling"; sum of shares 1, a thread whose own work is above the level gets none).
 */
export function waterFill(fixed: readonly number[]): number[] {
  const sorted = [...fixed].sort((a, b) => a - b);
  let level = 0;
  let sum = 0;
  for (let k = 1; k <= sorted.length; k++) {
    sum += sorted[k - 1]!;
    level = (1 + sum) / k;
    if (k === sorted.length || level <= sorted[k]!) break;
  }
  return fixed.map((f) => Math.max(0, level - f));
}

/** `--jobs N` with a column share: the rules each thread runs whole (0: the calling thread), and each thread's share of the column-shared rules. */
export interface ColumnLayout {
  whole: string[][];
  shares: number[];
}

/**
 * Where the rules go at `jobs` threads when `sharing` (of `groups[1]`, see columnShareFor) deal their columns over all
 * of them. Below SECRETS_APART_FROM_JOBS: the calling thread runs its group (`groups[0]`), worker 1 the rest of the
 * other group, and the shares fill around the calling thread's other work (1/4 of the rule on it at 2 jobs, none from 3
 * on: at 3 the calling thread's group is a worker's half already). From SECRETS_APART_FROM_JOBS on the calling thread
 * would be the bound (at --jobs 4 on realistic-100: 1.57 s against workers of 1.0–1.2 s), so forbidden-secrets, the
 * heaviest rule it runs, moves to worker 1, and the shares fill around both. Every rule runs on exactly one thread, in
 * rule order; a function of the rule ids and `jobs` alone. DUMPGUARD_COLUMN_SHARE=0.2 sets the calling thread's share
 * (the workers' equal), without moving a rule (measurements).
 */
export function columnLayout(ids: readonly string[], groups: readonly string[][], sharing: readonly string[], jobs: number): ColumnLayout {
  const here = groups[0]!.slice();
  const there = groups[1]!.filter((id) => !sharing.includes(id));
  const forced = Number(process.env.DUMPGUARD_COLUMN_SHARE);
  if (process.env.DUMPGUARD_COLUMN_SHARE !== undefined && forced > 0 && forced < 1)
    return { whole: [here, there, ...Array.from({ length: jobs - 2 }, () => [])], shares: [forced, ...new Array<number>(jobs - 1).fill((1 - forced) / (jobs - 1))] };
  const fixed = new Array<number>(jobs).fill(0);
  fixed[0] = HERE_OTHER_WORK;
  const secrets = "forbidden-secrets";
  if (jobs >= SECRETS_APART_FROM_JOBS && here.includes(secrets)) {
    here.splice(here.indexOf(secrets), 1);
    there.push(secrets);
    fixed[0] = HERE_OTHER_WORK - SECRETS_WORK;
    fixed[1] = SECRETS_WORK;
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  there.sort((a, b) => order.get(a)! - order.get(b)!);
  return { whole: [here, there, ...Array.from({ length: jobs - 2 }, () => [])], shares: waterFill(fixed) };
}

/** What a rule-group thread is started with (src/parallel/worker.ts). */
export interface RuleGroupData {
  kind: "rules";
  path: string;
  /** The calling thread's options as it runs them (config merged in; no baseline, progress or signal), with the fingerprint key resolved. */
  options: AnalyzeOptions;
  /** The rules this thread runs. */
  ids: string[];
  /** Float64Array[0]: the bytes this thread has read so far (for progress). */
  progress: SharedArrayBuffer;
}

/** A worker's answer at its end. */
export type RuleGroupReply = { outputs: RuleOutputs } | { failed: string };

/** A group of rules running on a worker thread. */
export interface RuleGroupThread {
  readonly ids: readonly string[];
  /** Its outputs, or undefined when it failed (died, threw, ran out of memory): the caller then runs the group itself. */
  readonly done: Promise<RuleOutputs | undefined>;
  /** Bytes it has read so far. */
  bytesRead(): number;
  stop(): void;
}

/**
 * Heap limits of a rule-group thread, MB; DUMPGUARD_RULE_WORKER_HEAP="old,young" overrides them (measurements).
 * It holds what the calling thread holds at --jobs 1 for its rules (catalog, memos, tallies), not blocks of rows;
 * the old generation's limit is only a backstop (the engine's heap guard keeps it near what is live).
 * Young 96 MB = 32 MB semi-spaces, what the CLI's respawn gives the main thread at --jobs 1 (src/cli/respawn.ts):
 * unsanitized-pii's medium-lived objects then die young instead of being promoted. realistic-100, --jobs 2, PII
 * on the worker (`node --import tsx scripts/thread-cpu.ts .bench/realistic-100.sql 2`, load ~7, 2 runs each):
 * worker 3.02/3.13 s CPU at 48, 2.66-2.97 s at 96, 2.77/3.02 s at 192; all threads 6.76/6.91, 5.72-6.36, 5.72/6.38 s;
 * peak RSS 251/252, 237-251, 241/243 MB. With PII on the calling thread (16 MB semi-spaces) and the other
 * group on a 24 MB-young worker: calling thread 2.96/3.04 s, all 6.65/7.26 s, RSS 253/261 MB.
 */
function groupHeap(): WorkerHeap {
  return heapLimits("DUMPGUARD_RULE_WORKER_HEAP", 1024, 96);
}

/** Start a worker thread that runs the rules `ids` over the file at `path`; undefined when no thread can be had. */
export function startRuleGroup(path: string, options: AnalyzeOptions, ids: string[]): RuleGroupThread | undefined {
  const script = workerScript();
  if (!existsSync(script)) return undefined;
  const progress = new SharedArrayBuffer(8);
  const read = new Float64Array(progress);
  const data: RuleGroupData = { kind: "rules", path, options, ids, progress };
  let worker: Worker;
  try {
    worker = newWorker(script, { workerData: data, resourceLimits: groupHeap() });
  } catch {
    return undefined;
  }
  let settled = false;
  const done = new Promise<RuleOutputs | undefined>((resolve) => {
    const settle = (outputs: RuleOutputs | undefined) => {
      if (settled) return;
      settled = true;
      resolve(outputs);
      void worker.terminate();
    };
    worker.once("message", (reply: RuleGroupReply) => settle("outputs" in reply ? reply.outputs : undefined));
    worker.once("error", () => settle(undefined));
    worker.once("exit", () => settle(undefined));
  });
  return {
    ids,
    done,
    bytesRead: () => read[0]!,
    stop: () => {
      if (settled) return;
      settled = true;
      void worker.terminate();
    },
  };
}
