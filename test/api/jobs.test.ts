import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { analyze, analyzeWithShare, type AnalyzeOptions } from "../../src/analyze.js";
import { MainShare, MapperShare, newSharedState } from "../../src/parallel/threaded-share.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { seededRandom } from "../../src/rules/pii/row-sampler.js";
import { ScriptedShares } from "./scripted-shares.js";

// --jobs N: threads read the same file and judge the row blocks they claim (within tables too); the
// calling thread folds every row's results in input order. The report must be the single-thread
// report byte for byte, whatever the thread count, the block size, or which thread judged which block.

const variants = readdirSync("corpus/dumps")
  .sort()
  .flatMap((db) =>
    readdirSync(`corpus/dumps/${db}`)
      .filter((f) => f.endsWith(".sql") || f.endsWith(".sql.gz") || f.endsWith(".dump"))
      .sort()
      .map((f) => `corpus/dumps/${db}/${f}`),
  );
const plains = variants.filter((p) => p.endsWith("/plain.sql"));

/** Knobs the engine reads for tests: share a small file, and cut it into blocks of a few rows. */
const knobs = (blockRows: number) => ({ shareSmallInputs: true, blockRows }) as AnalyzeOptions;

/** The main run and `threads - 1` mappers in this thread, one after another, with a fixed owner per block. */
async function scripted(input: string | { path: string }, options: AnalyzeOptions, threads: number, blockRows: number, owner?: (block: number) => number) {
  const shares = new ScriptedShares(threads, blockRows, owner);
  const source = typeof input === "string" ? () => input : () => input;
  for (let t = 1; t < threads; t++) await analyzeWithShare(source(), options, shares.mapper(t));
  return (await analyzeWithShare(source(), options, shares.main())).report;
}

describe("--jobs: rows shared between threads give the single-thread report, byte for byte", () => {
  for (const path of variants) {
    it(path, async () => {
      const options: AnalyzeOptions = { spec: "schemas/birth-surface.spec.json", file: path };
      const single = await analyze({ path }, { ...options, jobs: 1 });
      const expected = formatJson(single);
      // One row per block: every table's rows alternate between the two threads.
      expect(formatJson(await scripted({ path }, options, 2, 1))).toBe(expected);
      if (path.endsWith("/plain.sql")) {
        expect(formatJson(await scripted({ path }, options, 3, 7))).toBe(expected);
        // The calling thread judges nothing itself; then blocks owned at random.
        expect(formatJson(await scripted({ path }, options, 4, 2, (b) => 1 + (b % 3)))).toBe(expected);
        const random = seededRandom(path.length);
        const owners = new Map<number, number>();
        const owner = (b: number) => owners.get(b) ?? (owners.set(b, Math.floor(random() * 3)), owners.get(b)!);
        const shared = await scripted({ path }, options, 3, 3, owner);
        expect(formatJson(shared)).toBe(expected);
        expect(formatSarif(shared)).toBe(formatSarif(single));
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
    for (const [threads, blockRows] of [
      [2, 1],
      [2, 64],
      [3, 5],
      [5, 33],
    ] as const)
      expect(formatJson(await scripted(sql, {}, threads, blockRows))).toBe(single);
  }, 120_000);

  it("with a baseline, suppression counts and summary match too", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const baseline = { version: 1 as const, entries: [{ rule: "live-host-pointers" }, { column: "public.*.email", reason: "test" }] };
    const single = await analyze({ path }, { baseline, jobs: 1 });
    expect(single.summary.suppressed).toBeGreaterThan(0);
    expect(formatJson(await scripted({ path }, { baseline }, 2, 3))).toBe(formatJson(single));
  }, 120_000);

  it("with the sample option (the PII rule then runs whole on the calling thread)", async () => {
    const path = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
    const options: AnalyzeOptions = { rules: { "unsanitized-pii": { options: { sample: { firstRows: 5, reservoir: 7, seed: 3 } } } } };
    const single = await analyze({ path }, { ...options, jobs: 1 });
    expect(single.sampling?.length).toBeGreaterThan(0);
    expect(formatJson(await scripted({ path }, options, 3, 2))).toBe(formatJson(single));
  }, 120_000);

  it("through real worker threads, blocks claimed first come first served", async () => {
    for (const path of [plains.find((p) => p.includes("pii-real")), plains.find((p) => p.includes("secrets")), "corpus/dumps/app/plain.sql.gz"].filter((p): p is string => p !== undefined && existsSync(p))) {
      const expected = formatJson(await analyze({ path }, { jobs: 1 }));
      expect(formatJson(await analyze({ path }, { jobs: 2, ...knobs(4) }))).toBe(expected);
      expect(formatJson(await analyze({ path }, { jobs: 3, ...knobs(1) }))).toBe(expected);
    }
  }, 300_000);

  it("an invalid rule option rejects before any thread starts", async () => {
    await expect(analyze({ path: plains[0]! }, { jobs: 2, ...knobs(4), rules: { "unsanitized-pii": { options: { sample: "many" } } } })).rejects.toThrow(/invalid options for rule unsanitized-pii/);
  });
});

describe("the shared-row handshake", () => {
  // One split; a block travels as the list of its rows' results.
  const codec = {
    encoder: () => {
      const rows: unknown[][] = [];
      return { add: (results: unknown[]) => void rows.push(results), finish: () => rows };
    },
    decoder: (payload: unknown) => {
      let row = 0;
      return { next: () => (payload as unknown[][])[row++]! };
    },
  };
  const pair = (blockRows: number, ahead: number, patienceMs?: number) => {
    const state = newSharedState();
    const { port1, port2 } = new MessageChannel();
    const mapper = new MapperShare(state, port2, 1, blockRows, ahead);
    const main = new MainShare(state, [port1], blockRows, patienceMs);
    mapper.bind(codec);
    main.bind(codec);
    return { mapper, main, taken: (g: number) => main.take(g)?.[0] };
  };

  it("a mapper's block reaches the calling thread; a block nobody claimed is judged there", () => {
    const { mapper, main, taken } = pair(2, 8);
    expect(mapper.claims(0)).toBe(true);
    mapper.put(0, ["a"]);
    expect(mapper.claims(1)).toBe(true);
    mapper.put(1, ["b"]);
    expect(taken(0)).toBe("a");
    expect(taken(1)).toBe("b");
    // Block 1 (rows 2-3): the calling thread gets there first and claims it; the mapper then skips it.
    expect(main.take(2)).toBeUndefined();
    expect(mapper.claims(2)).toBe(false);
    expect(main.stats).toMatchObject({ blocksHere: 1, blocksElsewhere: 1, blocksTakenOver: 0 });
    main.end();
  });

  it("a block whose claimant never delivers is judged by the calling thread, and the claimant gets no more", () => {
    const { mapper, main } = pair(4, 8, 30);
    expect(mapper.claims(0)).toBe(true); // claimed, never posted
    expect(main.take(0)).toBeUndefined();
    expect(main.stats.blocksTakenOver).toBe(1);
    expect(mapper.claims(4)).toBe(false);
    expect(main.take(4)).toBeUndefined();
    expect(main.stats.blocksHere).toBe(1);
    main.end();
  });

  it("a block whose first row starts elsewhere in the calling thread's read (the file changed in between) is judged there", () => {
    const { mapper, main, taken } = pair(2, 8);
    expect(mapper.claims(0)).toBe(true);
    mapper.put(0, ["a"], 100);
    mapper.put(1, ["b"], 180);
    expect(mapper.claims(2)).toBe(true);
    mapper.put(2, ["c"], 260);
    mapper.put(3, ["d"], 300);
    expect(main.take(0, 120)).toBeUndefined();
    expect(main.take(1, 180)).toBeUndefined();
    expect(main.take(2, 260)?.[0]).toBe("c");
    expect(taken(3)).toBe("d");
    expect(main.stats).toMatchObject({ blocksTakenOver: 1, blocksElsewhere: 1 });
    main.end();
  });

  it("a mapper that failed hands its blocks back at once", () => {
    const { mapper, main } = pair(4, 8, 60_000);
    expect(mapper.claims(0)).toBe(true);
    mapper.fail();
    const t0 = performance.now();
    expect(main.take(0)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(30_000);
    main.end();
  });

  it("a mapper claims up to its allowance past the calling thread's block, and nothing once that thread is done", () => {
    const { mapper, main, taken } = pair(1, 2);
    for (let g = 0; g <= 2; g++) {
      expect(mapper.claims(g)).toBe(true);
      mapper.put(g, [g]);
    }
    expect(taken(0)).toBe(0);
    expect(taken(1)).toBe(1);
    // The calling thread is at block 1: block 3 is within 2 of it.
    expect(mapper.claims(3)).toBe(true);
    mapper.put(3, [3]);
    main.end();
    expect(mapper.claims(4)).toBe(false);
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
