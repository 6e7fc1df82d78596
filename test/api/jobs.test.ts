import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { describe, expect, it, vi } from "vitest";
import { analyze, type AnalyzeOptions } from "../../src/analyze.js";
import { FoldedCopyRow } from "../../src/parallel/folded-row.js";
import { formatJson } from "../../src/report/format-json.js";
import { canonicalReportJson } from "../../src/report/receipt.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { seededRandom } from "../../src/rules/pii/row-sampler.js";
import { scriptedPool, type PoolScript } from "./scripted-pool.js";
import { plains, variants } from "./corpus-variants.js";

// --jobs N: the calling thread reads and lexes the input, sends blocks of COPY lines to worker threads
// (or judges a block itself while they are busy), and folds every row's results in input order. The
// report must be the single-thread report byte for byte, whatever the thread count, the block size,
// which thread judged which block, in which order the replies came, or whether a worker failed.

/** Knobs the engine reads for tests: share a small input, and cut it into blocks of a few rows. */
const knobs = (blockRows: number, extra: Record<string, unknown> = {}) => ({ shareSmallInputs: true, blockRows, ...extra }) as AnalyzeOptions;

/** `threads - 1` scripted workers in this thread (see scripted-pool.ts); returns the report and how many blocks went to workers. */
async function scripted(input: string | { path: string }, options: AnalyzeOptions, threads: number, blockRows: number, script: PoolScript = {}, patienceMs?: number) {
  const { pool, sent } = scriptedPool(script);
  const report = await analyze(input, { ...options, jobs: threads, timings: true, ...knobs(blockRows, { mapperPool: pool, ...(patienceMs !== undefined ? { patienceMs } : {}) }) });
  const { timings, ...rest } = report;
  return { report: rest as typeof report, sent: sent(), timings: timings as Record<string, number> | undefined };
}

describe("--jobs: rows shared between threads give the single-thread report, byte for byte", () => {
  for (const path of variants) {
    it(path, async () => {
      const options: AnalyzeOptions = { spec: "schemas/birth-surface.spec.json", file: path };
      const single = await analyze({ path }, { ...options, jobs: 1 });
      const expected = formatJson(single);
      // One row per block, replies at once: rows alternate between the worker and this thread.
      expect(formatJson((await scripted({ path }, options, 2, 1)).report)).toBe(expected);
      if (path.endsWith("/plain.sql")) {
        expect(formatJson((await scripted({ path }, options, 3, 7, { delay: (b) => b % 4 })).report)).toBe(expected);
        // Replies out of order across four workers; then random delays, failures and a lost block.
        expect(formatJson((await scripted({ path }, options, 5, 2, { delay: (b) => (b * 7) % 5 })).report)).toBe(expected);
        const random = seededRandom(path.length);
        const fates = new Map<number, number>();
        const fate = (b: number) => fates.get(b) ?? (fates.set(b, random()), fates.get(b)!);
        const shared = await scripted({ path }, options, 3, 3, { delay: (b) => Math.floor(fate(b) * 6), fail: (b) => fate(b) > 0.9, lose: (b) => b === 5 }, 0);
        expect(formatJson(shared.report)).toBe(expected);
        expect(formatSarif(shared.report)).toBe(formatSarif(single));
      }
    }, 120_000);
  }

  it("within one table: tallies whose answer depends on row order (samples, reserve, the 256-shape cap, a numbered sequence, host and secret tallies) come out the same", async () => {
    // 3,000 customers: first 400 e-mails of distinct shapes (past the 256 tracked shapes), then a
    // numbered sequence; phones, names, hosts and password hashes on every row.
    const lines: string[] = [];
    const random = seededRandom(7);
    const word = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
    for (let i = 0; i < 3000; i++) {
      const email = i < 400 ? `${word()}.${word()}${i}@${word()}.com` : i % 3 === 0 ? `user${i}@gmail.com` : `${word()}${i % 10}@yahoo.fr`;
      const phone = `+44 20 7946 ${String(1000 + ((i * 37) % 9000)).padStart(4, "0")}`;
      const host = i % 5 === 0 ? `db${i % 17}.prod.acme.internal` : `https://api.example.com/${i}`;
      const hash = `$2b$12$${word()}${word()}${word()}${word()}${word()}abcdefghijklmnopqrstuv`.slice(0, 60);
      lines.push([i, `${word()} ${word()}`, email, phone, host, hash, i % 7 === 0 ? "\\N" : `{"settings": {"webhook": "http://hooks.${word()}.io/x"}}`].join("\t"));
    }
    const sql = [
      "CREATE TABLE public.customers (id integer, full_name text, email text, phone text, endpoint text, password_hash text, prefs jsonb);",
      "COPY public.customers (id, full_name, email, phone, endpoint, password_hash, prefs) FROM stdin;",
      ...lines,
      "\\.",
      "",
    ].join("\n");
    const single = formatJson(await analyze(sql, { jobs: 1 }));
    expect(single).toContain("unsanitized-pii");
    expect(single).toContain("live-host-pointers");
    expect(single).toContain("forbidden-secrets");
    for (const [threads, blockRows, delay] of [
      [2, 1, 0],
      [2, 64, 3],
      [3, 5, 1],
      [5, 33, 2],
    ] as const) {
      const { report, sent } = await scripted(sql, {}, threads, blockRows, { delay: (b) => (b * 13) % (delay + 1) });
      expect(sent).toBeGreaterThan(0);
      expect(formatJson(report)).toBe(single);
    }
  }, 120_000);

  it("a worker's rows are folded without decoding their lines: row widths, nulls, repeated values and long JSON come out the same", async () => {
    // The calling thread folds a worker's rows from what it sends (each row's field count when it is not the
    // column count, each scanned cell's distinct-count hash or null); values are decoded only when read (long JSON).
    const bigJson = JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])));
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) {
      const email = i % 9 === 0 ? "\\N" : `someone.${i % 40}@gmail.com`;
      const row = [String(i), email, "same@gmail.com", i % 4 === 0 ? "\\N" : `+44 20 7946 ${String(1000 + i).padStart(4, "0")}`, i === 77 ? bigJson : '{"a": 1}'];
      // Too few and too many fields: said as row-width problems wherever the row was judged.
      lines.push((i % 50 === 3 ? row.slice(0, 3) : i % 50 === 4 ? [...row, "extra"] : row).join("\t"));
    }
    const sql = [
      "CREATE TABLE public.people (id integer, email text, fixed_email text, phone text, prefs jsonb);",
      "COPY public.people (id, email, fixed_email, phone, prefs) FROM stdin;",
      ...lines,
      "\\.",
      "",
    ].join("\n");
    const single = formatJson(await analyze(sql, { jobs: 1 }));
    expect(single).toContain("COPY row has 3 fields for 5 columns");
    expect(single).toContain("COPY row has 6 fields for 5 columns");
    expect(single).toContain('"distinctEstimate": 40');
    expect(single).toContain("json-not-walked");
    // The calling thread reads no worker-judged row's values, the long JSON's included (the worker sends which cells those are).
    const decodedHere = vi.spyOn(FoldedCopyRow.prototype, "values", "get");
    try {
      for (const [threads, blockRows] of [
        [2, 1],
        [2, 16],
        [4, 7],
      ] as const) {
        const { report, sent } = await scripted(sql, {}, threads, blockRows, { delay: (b) => b % 3 });
        expect(sent).toBeGreaterThan(0);
        expect(formatJson(report)).toBe(single);
      }
      expect(decodedHere).not.toHaveBeenCalled();
    } finally {
      decodedHere.mockRestore();
    }
  }, 120_000);

  it("with a baseline, suppression counts and summary match too", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const baseline = { version: 1 as const, entries: [{ rule: "live-host-pointers" }, { column: "public.*.email", reason: "test" }] };
    const single = await analyze({ path }, { baseline, jobs: 1 });
    expect(single.summary.suppressed).toBeGreaterThan(0);
    expect(formatJson((await scripted({ path }, { baseline }, 2, 3)).report)).toBe(formatJson(single));
  }, 120_000);

  it("with the sample option (the PII rule then runs whole on the calling thread)", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const options: AnalyzeOptions = { rules: { "unsanitized-pii": { options: { sample: { firstRows: 5, reservoir: 7, seed: 3 } } } } };
    const single = await analyze({ path }, { ...options, jobs: 1 });
    expect(single.sampling?.length).toBeGreaterThan(0);
    expect(formatJson((await scripted({ path }, options, 3, 2)).report)).toBe(formatJson(single));
  }, 120_000);

  it("through real worker threads, any input (a plain file, gzip, stdin-like text)", async () => {
    for (const path of [plains.find((p) => p.includes("pii-real")), plains.find((p) => p.includes("secrets")), "corpus/dumps/app/plain.sql.gz"].filter((p): p is string => p !== undefined && existsSync(p))) {
      const expected = formatJson(await analyze({ path }, { jobs: 1 }));
      // A patience past any worker's start-up on a loaded machine (the default 3 s would let this thread take every block).
      const two = await analyze({ path }, { jobs: 2, timings: true, ...knobs(4, { patienceMs: 120_000 }) });
      expect(two.timings?.rowBlocksElsewhere).toBeGreaterThan(0);
      expect(canonicalReportJson(two)).toBe(expected);
      expect(formatJson(await analyze({ path }, { jobs: 3, ...knobs(1) }))).toBe(expected);
    }
  }, 300_000);

  it("an invalid rule option rejects before any thread starts", async () => {
    await expect(analyze({ path: plains[0]! }, { jobs: 2, ...knobs(4), rules: { "unsanitized-pii": { options: { sample: "many" } } } })).rejects.toThrow(/invalid options for rule unsanitized-pii/);
  });
});

describe("workers that fail, hang or stop", () => {
  const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
  const expectedOf = async () => formatJson(await analyze({ path }, { jobs: 1 }));

  it("a block a worker failed is judged by the calling thread", async () => {
    const { report, timings } = await scripted({ path }, {}, 2, 2, { fail: (b) => b % 2 === 0 });
    expect(timings?.rowBlocksTakenOver).toBeGreaterThan(0);
    expect(formatJson(report)).toBe(await expectedOf());
  });

  it("a worker that never replies is given up after its patience; the calling thread judges its blocks and sends it no more", async () => {
    const { report, timings, sent } = await scripted({ path }, {}, 2, 2, { lose: (b) => b === 3 }, 30);
    expect(timings?.rowBlocksTakenOver).toBeGreaterThanOrEqual(1);
    // Blocks after the give-up stay here: fewer were sent than there are.
    const blocks = timings!.rowBlocksHere! + timings!.rowBlocksElsewhere! + timings!.rowBlocksTakenOver!;
    expect(blocks).toBeGreaterThan(20);
    expect(sent).toBeLessThan(12);
    expect(timings?.rowBlocksHere).toBeGreaterThan(blocks - 12);
    expect(formatJson(report)).toBe(await expectedOf());
  });

  it("a slow block of a worker that keeps judging rows is waited for, however long: only a worker whose progress counter stands still is given up", async () => {
    // Replies come 60-80 ms after the send, past a 20 ms patience, while each worker's count of rows judged keeps moving.
    const { report, timings } = await scripted({ path }, {}, 3, 16, { crawlMs: (b) => (b < 4 ? 60 + 5 * b : 0) }, 20);
    expect(timings?.rowBlocksTakenOver).toBe(0);
    expect(timings?.rowBlockWaitMs).toBeGreaterThan(50);
    expect(formatJson(report)).toBe(await expectedOf());
  });

  it("a worker stuck on one row past the patience: that block is judged here, and the worker gets blocks again once its count moves", async () => {
    // Block 3 is stuck (no row counted) past the patience (0 ms), then the worker is through with it 8 polls later (past a queue of 6 blocks).
    const { report, timings, sent } = await scripted({ path }, {}, 2, 2, { stall: (b) => b === 3, delay: (b) => (b === 3 ? 8 : 0) }, 0);
    expect(timings?.rowBlocksTakenOver).toBe(1);
    // Unlike a worker that never comes back (sent fewer than 12 above), it judges blocks after the stall.
    expect(sent).toBeGreaterThan(12);
    expect(timings?.rowBlocksElsewhere).toBeGreaterThan(6);
    expect(formatJson(report)).toBe(await expectedOf());
  });

  it("a real worker thread that runs out of memory: its progress stops, its blocks are judged here, nothing is lost", async () => {
    // A worker heap far too small for the rules: the thread dies (as out of memory) while the calling thread waits synchronously.
    process.env.DUMPGUARD_WORKER_HEAP = "4,1";
    try {
      const report = await analyze({ path }, { jobs: 2, timings: true, ...knobs(64) });
      expect(report.timings?.rowBlocksTakenOver).toBeGreaterThan(0);
      expect(report.timings?.rowBlocksElsewhere).toBe(0);
      expect(canonicalReportJson(report)).toBe(await expectedOf());
    } finally {
      delete process.env.DUMPGUARD_WORKER_HEAP;
    }
  }, 120_000);

  it("no worker threads to be had: every row is judged on the calling thread, nothing is lost", async () => {
    const noThreads = () => {
      throw new Error("no threads");
    };
    const report = await analyze({ path }, { jobs: 2, timings: true, ...knobs(2, { mapperPool: noThreads }) });
    expect(report.timings?.threads).toBeUndefined();
    expect(canonicalReportJson(report)).toBe(await expectedOf());
  });

  it("a worker that stopped gets no more blocks, and its outstanding ones are judged here", async () => {
    const { report, timings } = await scripted({ path }, {}, 3, 2, { delay: () => 3, lose: (_b, m) => m === 0, goneAfter: (m) => (m === 0 ? 4 : Infinity) });
    expect(timings?.rowBlocksTakenOver).toBeGreaterThan(0);
    expect(timings?.rowBlocksElsewhere).toBeGreaterThan(0);
    expect(formatJson(report)).toBe(await expectedOf());
  });
});

describe("--jobs default", () => {
  it("shares no rows unless asked (one thread), and --jobs of the available cores gives the same report", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const byDefault = await analyze({ path }, { ...knobs(8), timings: true });
    expect(byDefault.timings?.threads ?? 1).toBe(1);
    const cores = Math.max(2, availableParallelism());
    const shared = await analyze({ path }, { ...knobs(8), jobs: cores, timings: true });
    expect(shared.timings?.threads).toBe(cores);
    const { timings: _a, ...a } = byDefault;
    const { timings: _b, ...b } = shared;
    expect(formatJson(b as typeof shared)).toBe(formatJson(a as typeof byDefault));
    expect(formatJson(await analyze({ path }, knobs(8)))).toBe(formatJson(await analyze({ path }, { jobs: 1 })));
  }, 120_000);
});
