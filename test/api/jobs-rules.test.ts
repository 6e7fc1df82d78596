import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { columnLayout, defaultJobs, defaultJobsFor, ruleGroups, SECRETS_APART_FROM_JOBS, waterFill } from "../../src/parallel/rule-split.js";
import { allRules } from "../../src/rules/index.js";
import { piiReal, plains, variants } from "./corpus-variants.js";

// --jobs N on a file: the rules are cut into groups; the other group runs whole (statements, rows, onEnd)
// on a worker thread that reads the file itself and hands back its rules' outputs, which the calling
// thread merges. The report must be the single-thread report byte for byte, whichever thread ran what,
// and a group whose thread fails must run here: no rule is ever lost.

/** Split by rule whatever the size (the corpus dumps are under the 8 MB a split needs); `thread: false` runs the other group here, after this thread's. */
const byRule = (thread: boolean, extra: Record<string, unknown> = {}) => ({ jobs: 2, splitSmallInputs: true, timings: true, ...(thread ? {} : { ruleGroupThread: false }), ...extra }) as AnalyzeOptions;

function withoutTimings<T extends { timings?: unknown }>(report: T): Omit<T, "timings"> {
  const { timings: _t, ...rest } = report;
  return rest;
}

describe("ruleGroups", () => {
  const ids = allRules.map((r) => r.id);

  it("two groups at most, unsanitized-pii (the worker's) apart from the other two heavy rules (the calling thread's), every rule exactly once, rule order within a group", () => {
    for (const jobs of [2, 3, 16]) {
      const groups = ruleGroups(ids, jobs);
      expect(groups).toHaveLength(2);
      expect(groups.flat().sort()).toEqual([...ids].sort());
      expect(groups[1]).toContain("unsanitized-pii");
      expect(groups[0]).toEqual(expect.arrayContaining(["forbidden-secrets", "live-host-pointers"]));
      for (const g of groups) expect(g).toEqual(ids.filter((id) => g.includes(id)));
    }
  });

  it("columnLayout: every rule on exactly one thread (the shared one on all), forbidden-secrets on worker 1 from SECRETS_APART_FROM_JOBS on, shares that sum to 1 and fill the lightest threads to one level", () => {
    for (const jobs of [2, 3, 4, 5, 16]) {
      const groups = ruleGroups(ids, jobs);
      const { whole, shares } = columnLayout(ids, groups, ["unsanitized-pii"], jobs);
      expect(whole).toHaveLength(jobs);
      expect(shares).toHaveLength(jobs);
      expect(whole.flat().sort()).toEqual(ids.filter((id) => id !== "unsanitized-pii").sort());
      for (const w of whole) expect(w).toEqual(ids.filter((id) => w.includes(id)));
      expect(whole.findIndex((w) => w.includes("forbidden-secrets"))).toBe(jobs >= SECRETS_APART_FROM_JOBS ? 1 : 0);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
      // Workers with nothing else to run get equal shares, the largest.
      for (const share of shares.slice(2)) expect(share).toBe(Math.max(...shares));
    }
    expect(columnLayout(ids, ruleGroups(ids, 2), ["unsanitized-pii"], 2).shares).toEqual([0.25, 0.75]);
    expect(columnLayout(ids, ruleGroups(ids, 3), ["unsanitized-pii"], 3).shares).toEqual([0, 0.5, 0.5]);
  });

  it("waterFill: the level all threads with a share end at", () => {
    expect(waterFill([0.5, 0])).toEqual([0.25, 0.75]);
    expect(waterFill([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(waterFill([2, 0, 0])).toEqual([0, 0.5, 0.5]);
    const shares = waterFill([0.1, 0.4, 0, 0]);
    expect(shares[1]).toBe(0);
    expect(shares[0]! + 0.1).toBeCloseTo(shares[2]!, 12);
    expect(shares[2]).toBe(shares[3]);
  });

  it("one job or one rule: one group", () => {
    expect(ruleGroups(ids, 1)).toEqual([ids]);
    expect(ruleGroups(["unsanitized-pii"], 4)).toEqual([["unsanitized-pii"]]);
  });

  it("without unsanitized-pii: the two heavy rules go to different threads", () => {
    const groups = ruleGroups(
      ids.filter((id) => id !== "unsanitized-pii"),
      2,
    );
    expect(groups).toHaveLength(2);
    expect(groups.findIndex((g) => g.includes("forbidden-secrets"))).not.toBe(groups.findIndex((g) => g.includes("live-host-pointers")));
  });
});

describe("--jobs by rule gives the single-thread report, byte for byte", () => {
  // Every corpus dump (plain, gzip, custom archives, INSERT forms, dumpall): the other group run here after this thread's,
  // whole (as when no thread can be had), and as if on threads, unsanitized-pii's columns dealt over 2, 3 and 4 (each part cloned back).
  for (const path of variants) {
    it(path, async () => {
      const options: AnalyzeOptions = { spec: "schemas/birth-surface.spec.json", file: path };
      const single = formatJson(await analyze({ path }, { ...options, jobs: 1 }));
      const split = await analyze({ path }, { ...options, ...byRule(false) });
      expect(split.timings?.ruleGroupRerunHere).toBe(1);
      expect(split.timings?.columnsTalliedHere).toBeUndefined();
      expect(formatJson(withoutTimings(split) as typeof split)).toBe(single);
      for (const jobs of [2, 3, 4]) {
        const shared = await analyze({ path }, { ...options, ...byRule(true, { ruleGroupThread: "here", jobs }) });
        expect(shared.timings?.ruleGroupRerunHere).toBe(0);
        expect(shared.timings?.threads).toBe(jobs);
        expect(shared.timings?.[`columnsTalliedPart${jobs - 1}`]).toBeTypeOf("number");
        expect(formatJson(withoutTimings(shared) as typeof shared)).toBe(single);
      }
    }, 60_000);
  }

  it("through real worker threads: plain, gzip, a custom archive, jobs 2, 3 and 4, JSON and SARIF", async () => {
    const paths = [piiReal, plains.find((p) => p.includes("secrets")), plains.find((p) => p.includes("hosts")), variants.find((p) => p.endsWith(".sql.gz")), variants.find((p) => p.endsWith(".dump"))].filter((p): p is string => p !== undefined);
    expect(paths.length).toBe(5);
    for (const path of paths) {
      const single = await analyze({ path }, { jobs: 1 });
      for (const jobs of [2, 3, 4]) {
        const split = await analyze({ path }, byRule(true, { jobs }));
        // unsanitized-pii's columns are dealt over every thread: one worker per job after the first.
        expect(split.timings?.threads).toBe(jobs);
        expect(split.timings?.ruleGroupRerunHere).toBe(0);
        // Rows are not shared as well: nothing per row crosses threads.
        expect(split.timings?.rowBlocksElsewhere).toBeUndefined();
        const report = withoutTimings(split) as typeof split;
        expect(formatJson(report)).toBe(formatJson(single));
        expect(formatSarif(report)).toBe(formatSarif(single));
      }
    }
  }, 300_000);

  it("with 3 or more jobs and no column share (DUMPGUARD_COLUMN_SHARE=off), the worker's group shares its rows with threads of its own (row blocks), still the single-thread report", async () => {
    process.env.DUMPGUARD_COLUMN_SHARE = "off";
    try {
      await rowBlocksInTheGroup();
    } finally {
      delete process.env.DUMPGUARD_COLUMN_SHARE;
    }
  }, 300_000);

  async function rowBlocksInTheGroup(): Promise<void> {
    for (const path of [piiReal, variants.find((p) => p.endsWith(".sql.gz"))!]) {
      const single = formatJson(await analyze({ path }, { jobs: 1 }));
      for (const jobs of [3, 4]) {
        // A patience past any start-up: on a loaded machine a worker thread may judge its first row after the default 3 s,
        // and every block would then be judged here (0 elsewhere), which is the fallback, not what this test is about.
        const split = await analyze({ path }, byRule(true, { jobs, shareSmallInputs: true, blockRows: 4, patienceMs: 120_000 }));
        expect(split.timings?.threads).toBe(jobs);
        expect(split.timings?.ruleGroupRerunHere).toBe(0);
        expect(split.timings?.ruleGroupRowBlocksElsewhere).toBeGreaterThan(0);
        expect(formatJson(withoutTimings(split) as typeof split)).toBe(single);
      }
      // Its thread failing: the group runs here, sharing its rows the same way (the same patience as above: under load a
      // worker may judge its first row after the default 3 s, and every block would then be judged here).
      const rerun = await analyze({ path }, byRule(true, { jobs: 3, shareSmallInputs: true, blockRows: 4, ruleGroupFault: true, patienceMs: 120_000 }));
      expect(rerun.timings?.ruleGroupRerunHere).toBe(1);
      expect(rerun.timings?.ruleGroupRowBlocksElsewhere).toBeGreaterThan(0);
      expect(formatJson(withoutTimings(rerun) as typeof rerun)).toBe(single);
    }
  }

  it("with a baseline, a fingerprint key, an object spec, rule severities and options, the sample option (sampling and verdicts come from the other thread's group or this one's)", async () => {
    const baseline = { version: 1 as const, entries: [{ rule: "live-host-pointers" }, { column: "public.*.email", reason: "test" }] };
    const spec = { version: 1, tables: [{ name: "public.nothing_here" }] };
    const options: AnalyzeOptions = {
      baseline,
      spec,
      fingerprintKey: "a-test-key-of-more-than-16-bytes",
      rules: { "forbidden-secrets": "info", "unsanitized-pii": { options: { sample: { firstRows: 5, reservoir: 7, seed: 3 } } } },
    };
    const single = await analyze({ path: piiReal }, { ...options, jobs: 1 });
    expect(single.summary.suppressed).toBeGreaterThan(0);
    expect(single.sampling?.length).toBeGreaterThan(0);
    expect(single.columns?.length).toBeGreaterThan(0);
    expect(formatJson(withoutTimings(await analyze({ path: piiReal }, { ...options, ...byRule(true) })) as typeof single)).toBe(formatJson(single));
    // The PII rule on this thread (by default it runs on the worker, whose verdicts and sampling cross back).
    process.env.DUMPGUARD_RULE_SPLIT = "heavy-here";
    try {
      const split = await analyze({ path: piiReal }, { ...options, ...byRule(true) });
      expect(split.timings?.ruleGroupRerunHere).toBe(0);
      expect(formatJson(withoutTimings(split) as typeof single)).toBe(formatJson(single));
    } finally {
      delete process.env.DUMPGUARD_RULE_SPLIT;
    }
  }, 120_000);

  it("a rule that is off or left out runs on no thread; one rule left: no split", async () => {
    const options: AnalyzeOptions = { rules: { "live-host-pointers": "off" }, onlyRules: ["live-host-pointers", "forbidden-secrets", "unsanitized-pii"] };
    const single = await analyze({ path: piiReal }, { ...options, jobs: 1 });
    expect(single.rules.map((r) => r.id)).toEqual(["forbidden-secrets", "unsanitized-pii"]);
    const split = await analyze({ path: piiReal }, { ...options, ...byRule(true) });
    expect(split.timings?.threads).toBe(2);
    expect(formatJson(withoutTimings(split) as typeof single)).toBe(formatJson(single));
    const one = await analyze({ path: piiReal }, { onlyRules: ["unsanitized-pii"], ...byRule(true) });
    expect(one.timings?.threads).toBeUndefined();
  }, 120_000);

  it("a path that is not a regular file (a FIFO: what `<(zcat dump.gz)` names) is read once, not split by rule", async () => {
    const { execFileSync, spawn } = await import("node:child_process");
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/dumpguard-jobs-fifo-`);
    try {
      const fifo = `${dir}/dump.sql`;
      execFileSync("mkfifo", [fifo]);
      const throughFifo = async (options: AnalyzeOptions) => {
        const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", piiReal, fifo], { stdio: "ignore" });
        const written = new Promise((resolve) => writer.once("exit", resolve));
        const report = await analyze({ path: fifo }, options);
        await written;
        return report;
      };
      const single = await throughFifo({ jobs: 1 });
      const report = await throughFifo(byRule(true));
      expect(report.timings?.ruleGroupRerunHere).toBeUndefined();
      expect(formatJson(withoutTimings(report) as typeof report)).toBe(formatJson(single));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("text, bytes and streams are not split by rule (a worker cannot read them again): rows are shared as before", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(piiReal, "utf8");
    const shared = await analyze(text, { jobs: 2, shareSmallInputs: true, blockRows: 4, patienceMs: 120_000, timings: true } as AnalyzeOptions);
    expect(shared.timings?.ruleGroupRerunHere).toBeUndefined();
    expect(shared.timings?.rowBlocksElsewhere).toBeGreaterThan(0);
  }, 120_000);
});

describe("--jobs N deals unsanitized-pii's columns over all N threads", () => {
  const tallied = (report: { timings?: Record<string, number> }) => [report.timings?.columnsTalliedHere, report.timings?.columnsTalliedThere];

  it("at 2 jobs each thread tallies its share of the columns over every row; the calling thread reports them all: the single-thread report", async () => {
    for (const path of [piiReal, plains.find((p) => p.includes("real-crm-dirty")) ?? plains[1]!, variants.find((p) => p.endsWith(".dump"))!]) {
      const single = await analyze({ path }, { jobs: 1 });
      expect(single.columns?.length).toBeGreaterThan(1);
      const split = await analyze({ path }, byRule(true));
      expect(split.timings?.ruleGroupRerunHere).toBe(0);
      const [here, there] = tallied(split);
      // Both threads tallied PII columns, and together every column with a tally (each verdict line is one).
      expect(here).toBeGreaterThan(0);
      expect(there).toBeGreaterThan(0);
      expect(here! + there!).toBeGreaterThanOrEqual(single.columns!.length);
      expect(formatJson(withoutTimings(split) as typeof split)).toBe(formatJson(single));
    }
  }, 120_000);

  it("at 3 and 4 jobs the workers tally columns (the calling thread none at 3: its own rules are a worker's share; some at 4, where forbidden-secrets runs on worker 1, and at DUMPGUARD_COLUMN_SHARE=0.2), every column once", async () => {
    const single = await analyze({ path: piiReal }, { jobs: 1 });
    for (const hereShare of [undefined, "0.2"]) {
      if (hereShare !== undefined) process.env.DUMPGUARD_COLUMN_SHARE = hereShare;
      try {
        for (const jobs of [3, 4]) {
          const split = await analyze({ path: piiReal }, byRule(true, { jobs }));
          expect(split.timings?.threads).toBe(jobs);
          expect(split.timings?.ruleGroupRerunHere).toBe(0);
          const byPart = Array.from({ length: jobs }, (_, part) => split.timings?.[`columnsTalliedPart${part}`]);
          if (hereShare === undefined && jobs === 3) expect(byPart[0]).toBe(0);
          else expect(byPart[0]).toBeGreaterThan(0);
          // Worker 1's share is small once forbidden-secrets runs there; the workers with nothing else tally the most.
          for (const count of byPart.slice(2)) expect(count).toBeGreaterThan(0);
          for (const count of byPart) expect(count).toBeLessThanOrEqual(byPart[jobs - 1]! + 1);
          expect(byPart.reduce((n, count) => n! + count!, 0)).toBeGreaterThanOrEqual(single.columns!.length);
          expect(tallied(split)).toEqual([byPart[0], byPart.slice(1).reduce((n, count) => n! + count!, 0)]);
          expect(formatJson(withoutTimings(split) as typeof split)).toBe(formatJson(single));
        }
      } finally {
        delete process.env.DUMPGUARD_COLUMN_SHARE;
      }
    }
  }, 300_000);

  it("not sampled, not with DUMPGUARD_COLUMN_SHARE=off: the rule runs whole on the worker", async () => {
    const single = formatJson(await analyze({ path: piiReal }, { jobs: 1 }));
    const sample = { rules: { "unsanitized-pii": { options: { sample: { firstRows: 5, reservoir: 7, seed: 3 } } } } };
    const sampled = await analyze({ path: piiReal }, byRule(true, sample));
    expect(tallied(sampled)).toEqual([undefined, undefined]);
    expect(formatJson(withoutTimings(sampled) as typeof sampled)).toBe(formatJson(await analyze({ path: piiReal }, { jobs: 1, ...sample })));
    process.env.DUMPGUARD_COLUMN_SHARE = "off";
    try {
      const whole = await analyze({ path: piiReal }, byRule(true));
      expect(tallied(whole)).toEqual([undefined, undefined]);
      expect(whole.timings?.ruleGroupRerunHere).toBe(0);
      expect(formatJson(withoutTimings(whole) as typeof whole)).toBe(single);
    } finally {
      delete process.env.DUMPGUARD_COLUMN_SHARE;
    }
  }, 120_000);

  it("a worker that dies mid-way, or a part that fails on any thread: all parts are dropped and the rule runs whole here, nothing lost or counted twice", async () => {
    const single = formatJson(await analyze({ path: piiReal }, { jobs: 1 }));
    const faults = [
      { jobs: 2, ruleGroupExit: true },
      { jobs: 2, columnShareFault: 1 },
      { jobs: 2, columnShareFault: 0 },
      // At 3 jobs: the other group's worker (part 1) or a part's own worker (part 2) dies mid-way or fails at its hand-off; the calling thread's part fails.
      { jobs: 3, ruleGroupExit: 1 },
      { jobs: 3, ruleGroupExit: 2 },
      { jobs: 3, columnShareFault: 2 },
      { jobs: 3, columnShareFault: 0 },
      { jobs: 4, ruleGroupExit: 3 },
    ];
    for (const fault of faults) {
      const split = await analyze({ path: piiReal }, byRule(true, fault));
      expect(split.timings?.ruleGroupRerunHere).toBe(1);
      expect(split.timings?.columnsTalliedHere).toBeUndefined();
      // No rule-crashed diagnostic from the dropped part: the rerun is the single thread's run.
      expect(split.diagnostics.filter((d) => d.code === "rule-crashed")).toEqual([]);
      expect(formatJson(withoutTimings(split) as typeof split)).toBe(single);
    }
  }, 120_000);
});

describe("the default --jobs", () => {
  it("2 for a regular file of 8 MB or more on two or more cores, else 1", () => {
    expect(defaultJobs(8 * 1024 * 1024, 2)).toBe(2);
    expect(defaultJobs(8 * 1024 * 1024, 64)).toBe(2);
    expect(defaultJobs(8 * 1024 * 1024 - 1, 2)).toBe(1);
    expect(defaultJobs(8 * 1024 * 1024, 1)).toBe(1);
    expect(defaultJobs(undefined, 8)).toBe(1);
    expect(defaultJobsFor("-", 8)).toBe(1);
    expect(defaultJobsFor(piiReal, 8)).toBe(1);
    expect(defaultJobsFor("corpus/dumps", 8)).toBe(1);
    expect(defaultJobsFor("corpus/no-such-file.sql", 8)).toBe(1);
  });

  it("a file of 8 MB or more is split by rule without being asked (on two or more cores); its text is not shared by default; the reports are the single thread's", async () => {
    const { availableParallelism, tmpdir } = await import("node:os");
    const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync(`${tmpdir()}/dumpguard-jobs-default-`);
    try {
      // pii-real's tables with their COPY rows repeated past 8 MB (row widths and values as dumped).
      const lines: string[] = [];
      for (let i = 0; i < 60_000; i++) lines.push(`${i}\tperson${i % 5000}@mail${i % 97}.example.org\t+44 20 7946 ${String(i % 10000).padStart(4, "0")}\t{"theme": "dark", "webhook": "https://hooks.example.com/${i % 300}"}\t10.${i % 200}.${i % 7}.${i % 250}\tNotes about order ${i} written by a clerk`);
      const path = `${dir}/big.sql`;
      writeFileSync(path, `CREATE TABLE public.t (id integer, email text, phone text, prefs jsonb, last_ip inet, note text);\nCOPY public.t (id, email, phone, prefs, last_ip, note) FROM stdin;\n${lines.join("\n")}\n\\.\n`);
      expect(readFileSync(path).length).toBeGreaterThanOrEqual(8 * 1024 * 1024);
      const single = formatJson(await analyze({ path }, { jobs: 1 }));
      const byDefault = await analyze({ path }, { timings: true });
      expect(byDefault.timings?.threads).toBe(availableParallelism() >= 2 ? 2 : undefined);
      if (availableParallelism() >= 2) expect(byDefault.timings?.ruleGroupRerunHere).toBe(0);
      expect(formatJson(withoutTimings(byDefault) as typeof byDefault)).toBe(single);
      // The same bytes as text: read once, so one thread unless --jobs asks for row sharing.
      const text = await analyze(readFileSync(path, "utf8"), { timings: true, file: path });
      expect(text.timings?.threads).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("a rule group's thread that fails, and the caller's signal and progress", () => {
  const expectedOf = async () => formatJson(await analyze({ path: piiReal }, { jobs: 1 }));

  it("a thread that throws: its rules run here after this thread's, nothing is lost", async () => {
    const split = await analyze({ path: piiReal }, byRule(true, { ruleGroupFault: true }));
    expect(split.timings?.ruleGroupRerunHere).toBe(1);
    expect(formatJson(withoutTimings(split) as typeof split)).toBe(await expectedOf());
  }, 120_000);

  it("a thread that runs out of memory: its rules run here, nothing is lost", async () => {
    process.env.DUMPGUARD_RULE_WORKER_HEAP = "4,1";
    try {
      const split = await analyze({ path: piiReal }, byRule(true));
      expect(split.timings?.ruleGroupRerunHere).toBe(1);
      expect(formatJson(withoutTimings(split) as typeof split)).toBe(await expectedOf());
    } finally {
      delete process.env.DUMPGUARD_RULE_WORKER_HEAP;
    }
  }, 120_000);

  it("an abort rejects with the signal's reason, whether this thread is still reading or waiting for the other", async () => {
    for (const when of ["reading", "waiting"] as const) {
      const controller = new AbortController();
      const reason = new Error(`stop while ${when}`);
      let calls = 0;
      const onProgress = () => {
        // The first call comes while this thread reads; a call with the other thread still going comes while waiting (or late in the read).
        if (when === "reading" || ++calls > 1) controller.abort(reason);
      };
      await expect(analyze({ path: piiReal }, byRule(true, { signal: controller.signal, onProgress }))).rejects.toBe(reason);
    }
  }, 120_000);

  it("a file that changes while it is checked (still being written): the other group runs again here, and if that read differs too, the report says so", async () => {
    const { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/dumpguard-jobs-rules-`);
    try {
      const path = `${dir}/growing.sql`;
      copyFileSync(piiReal, path);
      const size = statSync(path).size;
      // One read chunk holds the whole file on this thread; the line is appended before the worker (still starting) reads it.
      expect(size).toBeLessThan(256 * 1024);
      let appended = false;
      const onProgress = () => {
        if (!appended) appendFileSync(path, "-- more\n");
        appended = true;
      };
      const split = await analyze({ path }, byRule(true, { onProgress }));
      expect(split.timings?.ruleGroupRerunHere).toBe(1);
      expect(split.input.bytes).toBe(size);
      const changed = split.diagnostics.filter((d) => d.code === "input-changed");
      expect(changed).toHaveLength(1);
      expect(changed[0]!.message).toContain(`${size} bytes`);
      expect(changed[0]!.message).toContain(`${readFileSync(path).length} for rules`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("a file rewritten in place at the same size while it is checked: taken for a changed file all the same (identity, not only the byte count)", async () => {
    const { copyFileSync, mkdtempSync, openSync, writeSync, closeSync, readFileSync, rmSync, statSync, utimesSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/dumpguard-jobs-rules-`);
    try {
      const path = `${dir}/rewritten.sql`;
      copyFileSync(piiReal, path);
      // An old modification time: the rewrite below moves it, whatever the clock's granularity.
      utimesSync(path, 1_000_000, 1_000_000);
      const size = statSync(path).size;
      expect(size).toBeLessThan(256 * 1024);
      const before = readFileSync(path);
      let rewritten = false;
      const onProgress = () => {
        if (rewritten) return;
        rewritten = true;
        // The same bytes, written again over the first line: the size stays, the contents' times move.
        const fd = openSync(path, "r+");
        writeSync(fd, before, 0, 16, 0);
        closeSync(fd);
      };
      const split = await analyze({ path }, byRule(true, { onProgress }));
      expect(statSync(path).size).toBe(size);
      expect(split.input.bytes).toBe(size);
      // The other group ran again here; its read (after the rewrite) agrees with nothing read before it.
      expect(split.timings?.ruleGroupRerunHere).toBe(1);
      const changed = split.diagnostics.filter((d) => d.code === "input-changed");
      expect(changed).toHaveLength(1);
      expect(changed[0]!.message).toContain("the same size, but its modification or change time moved");
      // Untouched, the same file gives no such warning and no second run.
      utimesSync(path, 1_000_000, 1_000_000);
      const calm = await analyze({ path }, byRule(true));
      expect(calm.timings?.ruleGroupRerunHere).toBe(0);
      expect(calm.diagnostics.filter((d) => d.code === "input-changed")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("progress never goes back and ends at the input's size", async () => {
    const seen: number[] = [];
    let total: number | undefined;
    await analyze({ path: piiReal }, byRule(true, { onProgress: (read: number, all: number | undefined) => (seen.push(read), (total = all)) }));
    expect(seen.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.at(-1)).toBe(total);
  }, 120_000);
});
