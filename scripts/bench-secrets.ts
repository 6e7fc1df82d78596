// Bench for the forbidden-secrets rule (issue 5):
//   npx tsx scripts/bench-secrets.ts [FILE]        (npm run bench calls it with the data-heavy dump)
// 1. throughput: the rule alone over FILE through `analyze` (onlyRules), next to the pipeline
//    with only input-integrity, so the rule's own cost shows; MB/s of the input file.
// 2. secretlint's recommended preset over the same file (first DUMPGUARD_SECRETLINT_MB MB, default
//    64, since it needs the whole text in memory): MB/s.
// 3. recall on the planted-secrets dump (corpus/dumps/secrets/dumpall.sql): share of planted
//    credentials each tool reports on the right line.
// 4. pathological values (runs of `a`, `=`, `/`, endless base64, repeated token prefixes) of 1 MB
//    and 10 MB through every detector: ms per MB must stay flat (linear time).
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";
import type { Report } from "../src/report/schema.js";
import { allDetectors } from "../src/rules/secrets/detectors/index.js";
import { findSecrets } from "../src/rules/secrets/find-secrets.js";
import { accountColumns, arrayToken, ddl, directusToken, jsonDoc, jsonServiceAccount, md5RolPassword, rowPlants } from "../test/rules/secrets/planted-secrets.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const plantedDump = `${root}corpus/dumps/secrets/dumpall.sql`;
const file = process.argv[2] ?? plantedDump;
const secretlintMb = Number(process.env.DUMPGUARD_SECRETLINT_MB ?? 64);

const mb = (bytes: number) => bytes / 1048576;

async function timeAnalyze(rule: string): Promise<{ seconds: number; report: Report }> {
  const t0 = performance.now();
  const report = await analyze({ path: file }, { onlyRules: [rule] });
  return { seconds: (performance.now() - t0) / 1000, report };
}

interface SecretlintMessage {
  ruleId: string;
  loc: { start: { line: number }; end: { line: number } };
}

async function secretlint(content: string): Promise<{ seconds: number; messages: SecretlintMessage[] }> {
  const { lintSource } = await import("@secretlint/core");
  const { creator } = await import("@secretlint/secretlint-rule-preset-recommend");
  const t0 = performance.now();
  const result = await lintSource({
    source: { content, filePath: "dump.sql", ext: ".sql", contentType: "text" },
    options: { config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: creator }] }, maskSecrets: true },
  });
  return { seconds: (performance.now() - t0) / 1000, messages: result.messages as unknown as SecretlintMessage[] };
}

/** Planted credentials with the one line of the dump that holds each (by its longest single-line piece). */
function plantLines(dump: string): { name: string; line: number }[] {
  const planted: [string, string][] = [
    ...rowPlants.map((p): [string, string] => [p.detector, p.secret ?? p.payload]),
    ...accountColumns.map((c): [string, string] => [`${c.detector} (${c.column})`, c.value]),
    ["json slack webhook", jsonDoc.slack.webhook],
    ["json api_key", jsonDoc.creds.api_key],
    ["json service account", jsonServiceAccount.private_key],
    ["array stripe key", arrayToken],
    ["directus token", directusToken],
    ["md5 in rolpassword column", md5RolPassword],
    ...Object.entries(ddl).map(([k, v]): [string, string] => [`ddl ${k}`, v]),
  ];
  const lines = dump.split("\n");
  const out: { name: string; line: number }[] = [];
  for (const [name, secret] of planted) {
    // The longest single-line piece of the secret that occurs on exactly one line.
    const pieces = secret.split(/\\n|\n/).filter((p) => p.length >= 8).sort((a, b) => b.length - a.length);
    let line: number | undefined;
    for (const piece of pieces) {
      const at = lines.flatMap((l, i) => (l.includes(piece) ? [i + 1] : []));
      if (at.length === 1) {
        line = at[0]!;
        break;
      }
    }
    if (line !== undefined) out.push({ name, line });
    else console.log(`  (plant ${name} skipped: no piece of it sits on exactly one line)`);
  }
  return out;
}

function dumpguardLines(report: Report): Set<number> {
  const lines = new Set<number>();
  for (const f of report.findings) {
    if (f.location.kind !== "dump") continue;
    for (const r of [f.location.range, ...(f.related ?? []).map((x) => x.range)]) for (let l = r.start.line; l <= r.end.line; l++) lines.add(l);
  }
  return lines;
}

function pathological(): void {
  const b64 = (n: number) => {
    const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let s = "";
    for (let i = 0; i < n; i++) s += a[(i * 7 + (i >> 5)) % 64];
    return s;
  };
  const shapes: Record<string, (n: number) => string> = {
    "a…": (n) => "a".repeat(n),
    "=…": (n) => "=".repeat(n),
    "/…": (n) => "/".repeat(n),
    "base64 without end": b64,
    "eyJ.… (JWT starts)": (n) => "eyJ.".repeat(n / 4),
    "://@… (URL userinfo)": (n) => "https://" + "u:p@".repeat(n / 4),
    "-----BEGIN … (PEM starts)": (n) => "-----BEGIN PRIVATE KEY-----\n".repeat(n / 28),
    "$2b$… (bcrypt starts)": (n) => "$2b$12$".repeat(n / 7),
    "host= password=…": (n) => "host=h " + "password=x ".repeat(n / 11),
    "AKIA + base64 run": (n) => "AKIAABCDEFGHIJKLMNOP " + b64(n),
  };
  console.log("\npathological values through all detectors (name context: api_token)");
  console.log("shape                          1 MB ms/MB   10 MB ms/MB   ratio");
  for (const [name, make] of Object.entries(shapes)) {
    const perMb: number[] = [];
    for (const size of [1, 10]) {
      const value = make(size * 1048576);
      const t0 = performance.now();
      findSecrets(value, { clause: "row", column: "api_token" }, allDetectors);
      perMb.push((performance.now() - t0) / mb(value.length));
    }
    console.log(`${name.padEnd(30)} ${perMb[0]!.toFixed(1).padStart(10)} ${perMb[1]!.toFixed(1).padStart(13)} ${(perMb[1]! / perMb[0]!).toFixed(2).padStart(7)}`);
  }
}

async function main() {
  const bytes = statSync(file).size;
  console.log(`input: ${file.replace(root, "")} (${mb(bytes).toFixed(1)} MB)`);
  const floor = await timeAnalyze("input-integrity");
  const rule = await timeAnalyze("forbidden-secrets");
  console.log(`pipeline alone (input-integrity): ${(mb(bytes) / floor.seconds).toFixed(1)} MB/s (${floor.seconds.toFixed(2)} s)`);
  console.log(`forbidden-secrets:               ${(mb(bytes) / rule.seconds).toFixed(1)} MB/s (${rule.seconds.toFixed(2)} s), ${rule.report.findings.length} findings`);

  const head = readFileSync(file).subarray(0, secretlintMb * 1048576).toString("utf8");
  const sl = await secretlint(head);
  console.log(`secretlint preset-recommend:     ${(mb(Buffer.byteLength(head)) / sl.seconds).toFixed(1)} MB/s (${sl.seconds.toFixed(2)} s on ${mb(Buffer.byteLength(head)).toFixed(1)} MB), ${sl.messages.length} messages`);
}

async function recall() {
  console.log(`\nrecall on ${plantedDump.replace(root, "")}`);
  const dump = readFileSync(plantedDump, "utf8");
  const plants = plantLines(dump);
  const report = await analyze({ path: plantedDump }, { onlyRules: ["forbidden-secrets"] });
  const ours = dumpguardLines(report);
  const theirs = new Set<number>();
  for (const m of (await secretlint(dump)).messages) for (let l = m.loc.start.line; l <= m.loc.end.line; l++) theirs.add(l);
  const foundOurs = plants.filter((p) => ours.has(p.line));
  const foundTheirs = plants.filter((p) => theirs.has(p.line));
  console.log(`dumpguard forbidden-secrets: ${foundOurs.length}/${plants.length} (${((100 * foundOurs.length) / plants.length).toFixed(1)}%)`);
  console.log(`secretlint preset-recommend: ${foundTheirs.length}/${plants.length} (${((100 * foundTheirs.length) / plants.length).toFixed(1)}%)`);
  const missedOurs = plants.filter((p) => !ours.has(p.line)).map((p) => p.name);
  if (missedOurs.length) console.log(`  dumpguard missed: ${missedOurs.join(", ")}`);
  console.log(`  secretlint missed: ${plants.filter((p) => !theirs.has(p.line)).map((p) => p.name).join(", ")}`);
}

await main();
await recall();
pathological();
