// npm run bench: generates (never commits) a data-heavy dump and measures throughput and peak RSS.
// Each mode runs in its own child process so its peak RSS is its own.
//   floor        read the file with a plain Node stream (the ceiling for anything that reads it)
//   lexer        input layer + streaming lexer, events counted
//   lexer+rows   lexer + COPY row decoding
//   analyze      the whole pipeline: catalog + every shipped rule
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync, createWriteStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = `${root}.bench`;
const dumpPath = `${benchDir}/data-heavy.sql`;
const TARGET_BYTES = Number(process.env.DUMPGUARD_BENCH_MB ?? 220) * 1024 * 1024;

const FIRST = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances", "Ken", "Radia"];
const LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Allen", "Thompson", "Perlman"];
const STATUS = ["draft", "proposed", "approved", "applied", "rolled_back"];

/** Deterministic xorshift PRNG so the generated file is the same every run. */
function prng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

async function generate(): Promise<void> {
  if (existsSync(dumpPath) && statSync(dumpPath).size >= TARGET_BYTES) return;
  mkdirSync(benchDir, { recursive: true });
  const out = createWriteStream(dumpPath);
  const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once("drain", () => resolve())));
  await write(`--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.18\n-- Dumped by pg_dump version 15.18\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n`);
  await write(`CREATE TABLE public.registry_events (\n    id bigint NOT NULL,\n    object_id uuid NOT NULL,\n    status text NOT NULL,\n    actor_name text,\n    actor_email text,\n    payload jsonb,\n    note text,\n    content_hash character(64),\n    created_at timestamp with time zone NOT NULL\n);\n\n`);
  await write(`COPY public.registry_events (id, object_id, status, actor_name, actor_email, payload, note, content_hash, created_at) FROM stdin;\n`);
  const rand = prng(42);
  const hex = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(rand() * 16)];
    return s;
  };
  let bytes = 0;
  let id = 1;
  let batch = "";
  while (bytes < TARGET_BYTES) {
    const first = FIRST[id % FIRST.length]!;
    const last = LAST[(id * 7) % LAST.length]!;
    const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    const status = STATUS[id % STATUS.length]!;
    const payload = `{"step": ${id % 17}, "labels": ["rehearsal", "lane-${id % 5}"], "note": "apply\\\\tthen rollback"}`;
    const note = id % 11 === 0 ? "\\N" : `Line one\\nline two with a tab\\there and caf\u00e9 ${id}`;
    const ts = new Date(Date.UTC(2025, 0, 1) + id * 61_000).toISOString().replace("T", " ").replace("Z", "+00");
    const line = `${id}\t${uuid}\t${status}\t${first} ${last}\tuser${id}@example.com\t${payload}\t${note}\t${hex(64)}\t${ts}\n`;
    batch += line;
    id++;
    if (batch.length > 1 << 20) {
      bytes += Buffer.byteLength(batch);
      await write(batch);
      batch = "";
    }
  }
  await write(`${batch}\\.\n\n\nALTER TABLE ONLY public.registry_events\n    ADD CONSTRAINT registry_events_pkey PRIMARY KEY (id);\n\n`);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function runMode(mode: string, file: string): Promise<{ events: number }> {
  if (mode === "floor") {
    let n = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) n += (chunk as Buffer).length;
    return { events: n };
  }
  if (mode === "floor-text") {
    // The same read decoded to UTF-16 strings, which is what any string-based lexer starts from.
    let n = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, encoding: "utf8" })) n += (chunk as string).length;
    return { events: n };
  }
  const { openInput } = await import("../src/input/open-input.js");
  if (mode === "input") {
    // openInput alone: sniffing, sha256, UTF-8 validation and decoding.
    let n = 0;
    const input = await openInput({ path: file });
    for await (const chunk of input.text) n += chunk.length;
    return { events: n };
  }
  const { SqlLexer } = await import("../src/lexer/lexer.js");
  if (mode === "lexer" || mode === "lexer+rows") {
    const { parseCopyStatement, decodeCopyLine } = await import("../src/data/copy.js");
    let events = 0;
    let fields = 0;
    let target: ReturnType<typeof parseCopyStatement>;
    const lexer = new SqlLexer((e) => {
      events++;
      if (mode !== "lexer+rows") return;
      if (e.kind === "statement" && /^COPY/i.test(e.text)) target = parseCopyStatement(e.text);
      else if (e.kind === "copy-data" && target) fields += decodeCopyLine(e.line, target).length;
    });
    const input = await openInput({ path: file });
    for await (const chunk of input.text) lexer.write(chunk);
    lexer.end();
    return { events: events + fields };
  }
  const { analyze } = await import("../src/analyze.js");
  // "pipeline": the engine with only input-integrity (catalog, rows to no rule); "rule:ID": that rule alone.
  const onlyRules = mode === "pipeline" ? ["input-integrity"] : mode.startsWith("rule:") ? [mode.slice(5)] : undefined;
  const report = await analyze({ path: file }, onlyRules ? { onlyRules } : {});
  return { events: report.summary.rows };
}

async function child(mode: string, file: string) {
  const t0 = performance.now();
  const { events } = await runMode(mode, file);
  const seconds = (performance.now() - t0) / 1000;
  const bytes = statSync(file).size;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ mode, mbPerSecond: bytes / 1048576 / seconds, seconds, peakRssMb, events }));
}

async function mainBench() {
  const [, , flag, mode, file] = process.argv;
  if (flag === "--child") return child(mode!, file!);
  console.log(`generating ${Math.round(TARGET_BYTES / 1048576)} MB data-heavy dump at .bench/data-heavy.sql (not committed)…`);
  await generate();
  const size = statSync(dumpPath).size;
  console.log(`input: ${(size / 1048576).toFixed(1)} MB\n`);
  // Warm the page cache first, so the floor measures reading, not the disk flushing the file just written.
  for await (const _chunk of createReadStream(dumpPath, { highWaterMark: 1 << 20 })) void _chunk;
  const results: { mode: string; mbPerSecond: number; seconds: number; peakRssMb: number }[] = [];
  const { allRules } = await import("../src/rules/index.js");
  const ruleModes = allRules.filter((r) => r.id !== "input-integrity").map((r) => `rule:${r.id}`);
  for (const mode of ["floor", "floor-text", "input", "lexer", "lexer+rows", "pipeline", ...ruleModes, "analyze", "analyze@64MB"]) {
    // "analyze@64MB": the whole analysis with V8's old space capped at 64 MB. It finishing at the
    // same speed shows that what the run retains is bounded; the rest of the RSS above is GC headroom.
    const capped = mode === "analyze@64MB";
    const args = [...(capped ? ["--max-old-space-size=64"] : []), "--import", "tsx", fileURLToPath(import.meta.url), "--child", capped ? "analyze" : mode, dumpPath];
    const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
    const r = { ...(JSON.parse(out) as { mode: string; mbPerSecond: number; seconds: number; peakRssMb: number }), mode };
    results.push(r);
    console.log(`${r.mode.padEnd(26)} ${r.mbPerSecond.toFixed(1).padStart(8)} MB/s ${r.seconds.toFixed(2).padStart(8)} s   peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB`);
  }
  const speed = (mode: string) => results.find((r) => r.mode === mode)!.mbPerSecond;
  const lexer = speed("lexer");
  const rows = speed("lexer+rows");
  console.log(`\nlexer / floor = ${((100 * lexer) / speed("floor")).toFixed(1)}% of the byte read, ${((100 * lexer) / speed("floor-text")).toFixed(1)}% of the decoded-text read (target >= 50%)`);
  console.log(`lexer+rows = ${rows.toFixed(1)} MB/s (target >= 100 MB/s)`);
  console.log(`max peak RSS = ${Math.max(...results.map((r) => r.peakRssMb)).toFixed(0)} MB (target < 200 MB)`);
  writeFileSync(`${benchDir}/results.json`, JSON.stringify(results, null, 2));
  if (existsSync(`${root}scripts/bench-secrets.ts`)) {
    console.log("\n--- forbidden-secrets bench ---");
    execFileSync(process.execPath, ["--import", "tsx", `${root}scripts/bench-secrets.ts`, dumpPath], { stdio: "inherit" });
  }
}

await mainBench();
