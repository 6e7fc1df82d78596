// The measurements of issue 10's crash/stall/loss items, on a given build of the CLI, for a
// before/after table: node --import tsx scripts/measure-issue10.ts [path/to/dist/cli.js] [--only 7,8]
// Inputs are generated under .bench/issue10 (never committed). Each run is a child process with a
// wall-clock limit; peak RSS comes from /usr/bin/time when it is installed. Figures depend on the
// machine and its load: compare runs taken in the same session.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : `${root}dist/cli.js`;
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? process.argv[onlyArg + 1]!.split(",") : undefined;
const dir = `${root}.bench/issue10`;
mkdirSync(dir, { recursive: true });
const hasTime = existsSync("/usr/bin/time");

interface Result {
  seconds: number;
  rssMb?: number;
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function run(args: string[], { heapMb, timeoutS = 120, stdout }: { heapMb?: number; timeoutS?: number; stdout?: number | "pipe" } = {}): Result {
  const node = [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), cli, ...args];
  // timeout(1) kills node itself: a spawnSync timeout would only kill /usr/bin/time and leave node running.
  const limited = ["timeout", "-k", "5", String(timeoutS), process.execPath, ...node];
  const argv = hasTime ? ["-f", "__RSS_KB=%M", ...limited] : limited.slice(1);
  const t0 = Date.now();
  const r = spawnSync(hasTime ? "/usr/bin/time" : "timeout", argv, { encoding: "utf8", timeout: (timeoutS + 30) * 1000, maxBuffer: 256 << 20, stdio: ["ignore", stdout ?? "pipe", "pipe"] });
  const seconds = (Date.now() - t0) / 1000;
  const rss = /__RSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { seconds, ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}), code: r.status, timedOut: r.status === 124 || r.status === 137 || r.signal !== null, stdout: r.stdout ?? "", stderr: (r.stderr ?? "").replace(/__RSS_KB=\d+\n?/, "").replace(/^Command (exited|terminated) .*\n?/m, "") };
}

const outcome = (r: Result) =>
  r.timedOut ? `killed after ${r.seconds.toFixed(0)} s (still running)` : r.stderr.includes("heap out of memory") ? `heap out of memory after ${r.seconds.toFixed(1)} s` : `exit ${r.code}, ${r.seconds.toFixed(1)} s`;
const rss = (r: Result) => (r.rssMb !== undefined ? `, peak RSS ${r.rssMb.toFixed(0)} MB` : "");

function file(name: string, make: () => string | Buffer): string {
  const path = `${dir}/${name}`;
  if (!existsSync(path)) writeFileSync(path, make());
  return path;
}

const HEADER = "SET standard_conforming_strings = on;\n";
function insertOf(mb: number): string {
  const rows: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1048576; i++) {
    const row = `(${i}, 'user${i}@example.org', 'a note about row ${i}')`;
    rows.push(row);
    bytes += row.length + 2;
  }
  return `${HEADER}CREATE TABLE public.t (id integer, email text, note text);\nINSERT INTO public.t VALUES ${rows.join(", ")};\n`;
}
function hexCell(mb: number): string {
  let x = 7;
  const chars: string[] = [];
  for (let i = 0; i < mb * 1048576; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    chars.push("0123456789abcdef"[x >>> 28]!);
  }
  return `${HEADER}CREATE TABLE public.b (id integer, blob text);\nCOPY public.b (id, blob) FROM stdin;\n1\t${chars.join("")}\n\\.\n`;
}
function wideCopy(columns: number): string {
  const names = Array.from({ length: columns }, (_, i) => `c${i}`);
  return `${HEADER}CREATE TABLE public.w (\n${names.map((c) => `    ${c} text`).join(",\n")}\n);\n\nCOPY public.w (${names.join(", ")}) FROM stdin;\n${names.map((_, i) => `v${i}`).join("\t")}\n\\.\n`;
}

const rows: [string, string][] = [];
const item = (n: string) => !only || only.includes(n);
const row = (what: string, result: string) => {
  rows.push([what, result]);
  console.log(`${what.padEnd(64)} ${result}`);
};

console.log(`CLI: ${cli}\n`);
if (item("7")) {
  for (const [mb, heap] of [
    [4.2, 512],
    [32, 256],
    [63, 256],
  ] as const) {
    const r = run(["check", file(`insert-${mb}mb.sql`, () => insertOf(mb)), "--format", "json", "--output", "/dev/null"], { heapMb: heap });
    row(`7  one ${mb} MB multi-row INSERT, --max-old-space-size=${heap}`, `${outcome(r)}${rss(r)}`);
  }
}
if (item("8")) {
  for (const mb of [1, 4, 8]) {
    const r = run(["check", file(`hex-${mb}mb.sql`, () => hexCell(mb)), "--output", "/dev/null"], { timeoutS: 90 });
    row(`8  ${mb} MB of hex in one cell`, `${outcome(r)}${rss(r)}`);
  }
  for (const columns of [100_000, 200_000]) {
    const r = run(["check", file(`wide-${columns}.sql`, () => wideCopy(columns)), "--output", "/dev/null"], { timeoutS: 150 });
    row(`8  wide COPY, ${columns / 1000}k columns`, `${outcome(r)}${rss(r)}`);
  }
}
if (item("9")) {
  const r = run(["check", file("select1-10mb.sql", () => "SELECT 1;\n".repeat(1048576)), "--output", "/dev/null"], { timeoutS: 120 });
  row("9  10 MB of `SELECT 1;` (1M statements)", `${outcome(r)}${rss(r)}`);
  const nested = run(["check", file("nested-32k.sql", () => `${HEADER}CREATE VIEW public.v AS SELECT ${"(".repeat(32768)}1${")".repeat(32768)} AS x;\n`), "--output", "/dev/null"], { heapMb: 256 });
  row("9  one 64 KB expression, 32k nested parentheses, 256 MB heap", `${outcome(nested)}${rss(nested)}`);
  const deep = run(["check", file("nested-2m.sql", () => `${HEADER}CREATE VIEW public.v AS SELECT ${"(".repeat(2_000_000)}length('postgres://app:Rk7vQ2mXw9@db.prod.internal:5432/app') /* db.prod.internal */${")".repeat(2_000_000)} AS x;\n`), "--jobs", "1", "--output", "/dev/null"], { heapMb: 256 });
  row("9  2M nested parentheses (with a secret and a host inside), 256 MB heap", `${outcome(deep)}${rss(deep)}`);
}
if (item("10")) {
  for (const device of ["/dev/zero", "/dev/urandom"]) {
    const r = run(["check", device, "--format", "json"], { timeoutS: 20 });
    const read = r.timedOut ? "" : `, bytes read ${JSON.parse(r.stdout).input.bytes}`;
    row(`10 ${device}`, `${outcome(r)}${read}`);
  }
}
if (item("11")) {
  const tables = file("tables-100k.sql", () => Array.from({ length: 100_000 }, (_, i) => `CREATE TABLE public.t${i} (\n    id integer NOT NULL,\n    name text\n);\n\n`).join(""));
  for (const command of ["check", "catalog"]) {
    const r = run([command, tables, "--output", "/dev/null"], { timeoutS: 300 });
    row(`11 100k small tables, ${command}`, `${outcome(r)}${rss(r)}`);
  }
  // As pg_dump writes them: CREATE TABLE (3 columns, a default), OWNER, then one COPY row each, then the primary keys (35 MB).
  const n = 100_000;
  const full = file("tables-100k-pgdump.sql", () =>
    [
      ...Array.from({ length: n }, (_, i) => `CREATE TABLE public.t_${i} (\n    id integer NOT NULL,\n    name text,\n    created_at timestamp with time zone DEFAULT now()\n);\n\n\nALTER TABLE public.t_${i} OWNER TO app;\n\n`),
      ...Array.from({ length: n }, (_, i) => `COPY public.t_${i} (id, name, created_at) FROM stdin;\n1\tname ${i}\t2024-01-01 00:00:00+00\n\\.\n\n\n`),
      ...Array.from({ length: n }, (_, i) => `ALTER TABLE ONLY public.t_${i}\n    ADD CONSTRAINT t_${i}_pkey PRIMARY KEY (id);\n\n\n`),
    ].join(""),
  );
  // KB a table above node's own start: the peak RSS of the same command on a one-statement dump, taken in the same run.
  const tiny = file("one-statement.sql", () => "SELECT 1;\n");
  for (const args of [["catalog"], ["check", "--jobs", "1"]]) {
    const base = run([args[0]!, tiny, ...args.slice(1), "--output", "/dev/null"]);
    const r = run([args[0]!, full, ...args.slice(1), "--output", "/dev/null"], { timeoutS: 300 });
    const perTable = (mb: number) => ((mb * 1048576) / n / 1000).toFixed(1);
    row(
      `11 100k pg_dump-like tables (owner, COPY row, primary key), ${args.join(" ")}`,
      `${outcome(r)}${rss(r)}${r.rssMb !== undefined && base.rssMb !== undefined ? ` (${perTable(r.rssMb)} KB a table; ${perTable(r.rssMb - base.rssMb)} KB above the ${base.rssMb.toFixed(0)} MB of a one-statement dump)` : ""}`,
    );
  }
}
if (item("12")) {
  const plain = readFileSync(`${root}corpus/dumps/pii-real/plain.sql`);
  const gz = file("pii-real-garbage.sql.gz", () => Buffer.concat([gzipSync(plain), Buffer.from("this line is not gzip\n")]));
  const r = run(["check", gz, "--format", "json"]);
  const report = JSON.parse(r.stdout) as { input: { decodedBytes: number }; findings: { ruleId: string }[] };
  const clean = JSON.parse(run(["check", `${root}corpus/dumps/pii-real/plain.sql`, "--format", "json"]).stdout) as { findings: unknown[] };
  row(`12 pii-real dump gzipped + one garbage line`, `${report.input.decodedBytes} of ${plain.length} bytes checked; ${report.findings.length} findings (plain dump: ${clean.findings.length})`);
}
if (item("13")) {
  const leaves = '{"password":"Tr0ub4dor&3xQ!zz9k","ssn":"536-90-4399","callback":"postgres://admin@db.prod.acme-corp.com:5432/app"}';
  const doc = `${'{"level":'.repeat(300)}${leaves}${"}".repeat(300)}`;
  const deep = file("json-300.sql", () => `${HEADER}CREATE TABLE public.settings (id integer, body jsonb);\nCOPY public.settings (id, body) FROM stdin;\n1\t${doc}\n\\.\n`);
  const report = JSON.parse(run(["check", deep, "--format", "json"]).stdout) as { findings: { ruleId: string }[] };
  row("13 password, SSN and host URL 300 levels deep in jsonb", `${report.findings.length} findings (${[...new Set(report.findings.map((f) => f.ruleId))].join(", ") || "none"})`);
  // Wide under 4 MiB: 200k small keys (400k leaves, 3.98 MB) in one jsonb cell.
  const wide = file("json-wide-200k.sql", () => `${HEADER}CREATE TABLE public.docs (id integer, body jsonb);\nCOPY public.docs (id, body) FROM stdin;\n0\t{${Array.from({ length: 200_000 }, (_, i) => `"k${i}": ${i % 3 === 0 ? i : `"v${i}"`}`).join(", ")}}\n\\.\n`);
  for (const heapMb of [48, undefined]) {
    const r = run(["check", wide, "--jobs", "1", "--output", "/dev/null"], heapMb ? { heapMb } : {});
    row(`13 jsonb cell of 200k small keys (3.98 MB)${heapMb ? `, ${heapMb} MB heap` : ""}`, `${outcome(r)}${rss(r)}`);
  }
}
if (item("14")) {
  const dump = `${root}corpus/dumps/secrets/plain.sql`;
  const pipe = spawnSync("bash", ["-c", `node ${cli} check ${dump} | true; echo \${PIPESTATUS[0]}`], { encoding: "utf8" });
  row("14 check … | true (EPIPE)", `exit ${pipe.stdout.trim()}, stderr: ${pipe.stderr.trim().split("\n")[0]?.slice(0, 90) ?? ""}${pipe.stderr.trim().split("\n").length > 1 ? ` (+${pipe.stderr.trim().split("\n").length - 1} lines)` : ""}`);
  if (existsSync("/dev/full")) {
    const full = openSync("/dev/full", "w");
    const r = run(["check", dump], { stdout: full });
    closeSync(full);
    row("14 check … > /dev/full (ENOSPC)", `exit ${r.code}, stderr: ${r.stderr.trim().split("\n")[0]?.slice(0, 90)}${r.stderr.trim().split("\n").length > 1 ? ` (+${r.stderr.trim().split("\n").length - 1} lines)` : ""}`);
  }
  const out = run(["check", dump, "--output", dir]);
  row("14 check … --output DIRECTORY", `exit ${out.code}, stderr: ${out.stderr.trim().split("\n")[0]?.slice(0, 90)}${out.stderr.trim().split("\n").length > 1 ? ` (+${out.stderr.trim().split("\n").length - 1} lines)` : ""}`);
}
if (item("bomb")) {
  const bomb = `${dir}/zeros-4gib.gz`;
  if (!existsSync(bomb)) execFileSync("bash", ["-c", `head -c 4294967296 /dev/zero | gzip -1 > ${bomb}`]);
  const r = run(["check", bomb, "--output", "/dev/null"]);
  row(`gzip bomb: 4 GiB of zeros (${(statSync(bomb).size / 1048576).toFixed(1)} MB gzipped)`, `${outcome(r)}${rss(r)}`);
}
writeFileSync(`${dir}/results-${cli.replace(/[^a-z0-9]+/gi, "-").slice(-40)}.json`, JSON.stringify(rows, null, 2));
