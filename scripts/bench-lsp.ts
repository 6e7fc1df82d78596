// Language-server timing (issue 15 item 6), through a real LSP client over stdio against the built dist/cli.js:
//  - open a 1 MiB dump with findings: time from didOpen to its publishDiagnostics (target: within 300 ms);
//  - pull diagnostics by URI for a 100+ MiB dump the client never opened: streamed from disk with $/progress,
//    MB/s against the plain byte read of the same file (the floor) and `dumpguard check` on it, and the server's peak RSS.
// Run: npm run build && node --import tsx scripts/bench-lsp.ts   (also run at the end of `npm run bench`)
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic, DocumentDiagnosticReport } from "vscode-languageserver-protocol/node";
import { CLI, startClient } from "../test/lsp/client.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = `${root}.bench`;
const SOURCE = `${root}corpus/dumps/secrets/plain.sql`;

/** The corpus dump with one COPY block's rows repeated until the file is `bytes` long (head and tail kept). */
function grownDump(path: string, bytes: number): void {
  const lines = readFileSync(SOURCE, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("COPY public.files "));
  const end = lines.indexOf("\\.", start);
  const head = `${lines.slice(0, start + 1).join("\n")}\n`;
  const rows = `${lines.slice(start + 1, end).join("\n")}\n`;
  const tail = lines.slice(end).join("\n");
  const fd = openSync(path, "w");
  let size = writeSync(fd, head);
  const block = Buffer.from(rows.repeat(Math.max(1, Math.floor(Math.min(4e6, bytes / 4) / rows.length))));
  while (size + block.length + tail.length <= bytes) size += writeSync(fd, block);
  // Fill the rest with whole rows.
  let rest = "";
  for (const row of rows.split("\n").filter(Boolean)) {
    if (size + Buffer.byteLength(rest + row + "\n") + tail.length > bytes) break;
    rest += `${row}\n`;
  }
  writeSync(fd, rest);
  writeSync(fd, tail);
  closeSync(fd);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(CLI)) execFileSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "inherit" });
  mkdirSync(benchDir, { recursive: true });

  // 1 MiB, opened in the editor (text synced by the client).
  const small = `${benchDir}/lsp-1mb.sql`;
  grownDump(small, 1024 * 1024);
  const text = readFileSync(small, "utf8");
  const client = await startClient({ window: { workDoneProgress: true } }, { cwd: benchDir });
  const opens: number[] = [];
  let findings = 0;
  for (let i = 0; i < 7; i++) {
    // Opened and closed each time: every open is a fresh check (a close drops the result).
    const uri = pathToFileURL(small).href;
    const published = client.nextDiagnostics(uri, (d: Diagnostic[]) => d.length > 0);
    const t0 = performance.now();
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "sql", version: 1, text } });
    findings = (await published).diagnostics.length;
    opens.push(performance.now() - t0);
    const cleared = client.nextDiagnostics(uri, (d: Diagnostic[]) => d.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await cleared;
  }
  // The engine alone on the same text in this process (warmed the same way), so the server's own share shows.
  const { analyze } = await import("../src/analyze.js");
  const engine: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await analyze(text);
    engine.push(performance.now() - t);
  }
  // The first open also pays for loading the rules' modules in the fresh server; the rest are what typing sees.
  console.log(`1 MiB dump (${findings} diagnostics): didOpen -> publishDiagnostics first ${opens[0]!.toFixed(0)} ms, then median ${median(opens.slice(1)).toFixed(0)} ms, max ${Math.max(...opens.slice(1)).toFixed(0)} ms (target <= 300 ms); the engine alone on the same text: median ${median(engine.slice(1)).toFixed(0)} ms`);

  // 100+ MiB, never opened: pulled by URI, streamed from disk.
  const big = `${benchDir}/lsp-100mb.sql`;
  if (!existsSync(big) || statSync(big).size < 100 * 1024 * 1024) grownDump(big, 105 * 1024 * 1024);
  const size = statSync(big).size;
  let t0 = performance.now();
  for await (const chunk of createReadStream(big, { highWaterMark: 1 << 20 })) void chunk;
  const floorSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  // Exit 1 (findings) is the expected outcome here.
  spawnSync(process.execPath, [CLI, "check", big, "--format", "json", "--output", `${benchDir}/lsp-100mb.report.json`]);
  const cliSeconds = (performance.now() - t0) / 1000;
  const token = "bench-pull";
  t0 = performance.now();
  const report = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri: pathToFileURL(big).href }, workDoneToken: token });
  const pullSeconds = (performance.now() - t0) / 1000;
  const progress = client.progress.get(token) ?? [];
  const status = readFileSync(`/proc/${client.process.pid}/status`, "utf8");
  const peakRssMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  const mb = size / 1048576;
  console.log(`${mb.toFixed(0)} MiB dump pulled by URI: ${(report as { items?: unknown[] }).items?.length ?? 0} diagnostics in ${pullSeconds.toFixed(1)} s = ${(mb / pullSeconds).toFixed(1)} MB/s, ${progress.filter((p) => p.kind === "report").length} $/progress reports, server peak RSS ${peakRssMb.toFixed(0)} MB`);
  console.log(`  same run: byte read (floor) ${(mb / floorSeconds).toFixed(0)} MB/s; dumpguard check ${(mb / cliSeconds).toFixed(1)} MB/s; pull / check = ${(cliSeconds / pullSeconds).toFixed(2)}`);
  await client.close();
}

await main();
