// Throughput of SqlLexer alone on ~100 MB of COPY-heavy SQL generated in memory, fed in 64 KiB
// chunks. Run: npx tsx scripts/bench-lexer.ts [megabytes] [--insert]
//   --insert  the same rows as --inserts style INSERT statements (the statement path)
import { SqlLexer } from "../src/lexer/lexer.js";
import type { LexEvent } from "../src/lexer/events.js";

const megabytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100);
const insertMode = process.argv.includes("--insert");
const CHUNK = 64 * 1024;

// A fixed linear congruential generator: the same input on every run.
let seed = 12345;
const next = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const first = ["Ann", "Bob", "Chloé", "Dmitri", "Eve", "François", "Grace", "Hiro", "Inès", "José"];
const last = ["Smith", "Müller", "García", "O'Brien", "Nguyen", "Kowalski", "Dubois", "Tanaka"];

function row(id: number): string[] {
  const name = `${first[next(first.length)]} ${last[next(last.length)]}`;
  const ts = `2025-${String(1 + next(12)).padStart(2, "0")}-${String(1 + next(28)).padStart(2, "0")} ${String(next(24)).padStart(2, "0")}:${String(next(60)).padStart(2, "0")}:${String(next(60)).padStart(2, "0")}+00`;
  const json = `{"plan": "p${next(5)}", "tags": ["a", "b${next(100)}"], "score": ${next(1000) / 10}}`;
  return [String(id), name, `user${id}@example.com`, ts, json, next(2) ? "t" : "f"];
}

function generate(targetBytes: number): string[] {
  const parts: string[] = ["--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\nSET standard_conforming_strings = on;\n\n"];
  let size = parts[0]!.length;
  let id = 1;
  let table = 0;
  while (size < targetBytes) {
    table++;
    const header = insertMode ? "" : `COPY public.t${table} (id, name, email, created_at, profile, active) FROM stdin;\n`;
    let block = header;
    for (let k = 0; k < 20000 && size + block.length < targetBytes; k++) {
      const values = row(id++);
      if (insertMode) {
        const sql = values.map((v, j) => (j === 0 ? v : `'${v.replaceAll("'", "''")}'`)).join(", ");
        block += `INSERT INTO public.t${table} VALUES (${sql});\n`;
      } else block += values.map((v) => v.replaceAll("\\", "\\\\")).join("\t") + "\n";
    }
    if (!insertMode) block += "\\.\n\n";
    parts.push(block);
    size += block.length;
  }
  // Cut into 64 KiB chunks, as a file stream would deliver them.
  const text = parts.join("");
  const chunks: string[] = [];
  for (let k = 0; k < text.length; k += CHUNK) chunks.push(text.slice(k, k + CHUNK));
  return chunks;
}

const chunks = generate(megabytes * 1_000_000);
const bytes = chunks.reduce((sum, c) => sum + Buffer.byteLength(c, "utf8"), 0);

function run(): { seconds: number; events: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  let events = 0;
  const onEvent = (e: LexEvent) => {
    events++;
    counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  };
  const started = process.hrtime.bigint();
  const lexer = new SqlLexer(onEvent);
  for (const chunk of chunks) lexer.write(chunk);
  lexer.end();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, events, counts };
}

run(); // warm-up
const results = [run(), run(), run(), run(), run()];
const best = results.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
const mb = bytes / 1e6;
console.log(`input: ${mb.toFixed(1)} MB (${insertMode ? "INSERT statements" : "COPY data"}), ${chunks.length} chunks of 64 KiB`);
console.log(`events: ${best.events} ${JSON.stringify(best.counts)}`);
for (const r of results) console.log(`  ${r.seconds.toFixed(3)} s  ${(mb / r.seconds).toFixed(0)} MB/s`);
console.log(`best: ${(mb / best.seconds).toFixed(0)} MB/s`);
