/**
 * Precision/recall table (not a test): `npx tsx scripts/precision-recall.ts [--details]`.
 *
 * - Clean realistic dumps (corpus/dumps/real-*-clean/*): per rule, error / warning / info findings.
 *   Goal: no error, no warning that is not a true pointer (a reader would act on every one).
 * - Dirty realistic dumps (corpus/dumps/real-*-dirty/*): recall against the committed expected list
 *   (corpus/sources/real-*-dirty.expected.json), matched on rule, severity, object, detector and line;
 *   findings not on the list are counted as "extra" (at error/warning they are false alarms).
 * - The application probes (corpus/probes: Keycloak, Mastodon, WordPress, Odoo, Nextcloud, GitLab-like, Grafana, Discourse, Mattermost, Gitea; pg_dump 15
 *   and 18): per app, errors/warnings on the clean dump (false alarms) and expected columns missed on the dirty one
 *   (scripts/probe-corpus.ts; today's exact lists are asserted in test/corpus/probes.test.ts).
 * - The planted corpora (secrets, hosts, pii-real, pii-synthetic, hosts-clean): findings per rule and
 *   severity, to compare before/after (their exact expectations live in test/rules/*.corpus.test.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROBE_APPS, PROBE_DUMPS, probeDumpsExist, probeExpectations, scoreProbe } from "./probe-corpus.js";
import { analyzeFile, CORPUS, DOMAINS, dumpText, expectedFor, matches, objectKey, SAFETY_RULES, VARIANTS } from "./realistic-corpus.js";
import type { Finding } from "../src/report/schema.js";

const details = process.argv.includes("--details");
type Counts = Record<string, { error: number; warning: number; info: number }>;
const emptyCounts = (): Counts => Object.fromEntries(SAFETY_RULES.map((r) => [r, { error: 0, warning: 0, info: 0 }]));
const add = (c: Counts, f: Finding) => {
  if (c[f.ruleId]) c[f.ruleId]![f.severity]++;
};
const describe = (f: Finding) => `    ${f.severity.padEnd(7)} ${f.ruleId} ${objectKey(f)} [${(f.evidence ?? []).map((e) => e.detector).join(",")}] ${f.location.kind === "dump" ? `line ${f.location.range.start.line}` : ""}: ${f.message.slice(0, 160)}`;

function printCounts(title: string, c: Counts) {
  console.log(title);
  for (const rule of SAFETY_RULES) {
    const x = c[rule]!;
    console.log(`  ${rule.padEnd(20)} error ${String(x.error).padStart(4)}  warning ${String(x.warning).padStart(4)}  info ${String(x.info).padStart(4)}`);
  }
}

async function main() {
  console.log("# Clean realistic dumps (goal: 0 errors, 0 warnings that are not true pointers)\n");
  const cleanTotal = emptyCounts();
  for (const domain of DOMAINS) {
    const c = emptyCounts();
    const seen = new Set<string>();
    let files = 0;
    for (const [file] of VARIANTS) {
      const path = join(CORPUS, "dumps", `${domain}-clean`, file);
      if (!existsSync(path)) continue;
      files++;
      const report = await analyzeFile(path);
      for (const f of report.findings) {
        add(c, f);
        add(cleanTotal, f);
        const key = `${f.ruleId}|${f.severity}|${objectKey(f)}`;
        if (details && f.severity !== "info" && !seen.has(key)) {
          seen.add(key);
          console.log(`  ${file}:`);
          console.log(describe(f));
        }
      }
    }
    printCounts(`${domain}-clean (${files} variants)`, c);
  }
  printCounts("\nall clean realistic dumps", cleanTotal);

  console.log("\n# Dirty realistic dumps: recall against corpus/sources/real-*-dirty.expected.json\n");
  const recall: Record<string, { expected: number; found: number; extra: number }> = Object.fromEntries(SAFETY_RULES.map((r) => [r, { expected: 0, found: 0, extra: 0 }]));
  for (const domain of DOMAINS) {
    const expected = expectedFor(domain);
    for (const [file, parts] of VARIANTS) {
      const path = join(CORPUS, "dumps", `${domain}-dirty`, file);
      if (!existsSync(path)) continue;
      const text = dumpText(path);
      const report = await analyzeFile(path);
      const wanted = expected.filter((e) => parts.includes(e.part));
      const used = new Set<Finding>();
      for (const e of wanted) {
        const hit = report.findings.find((f) => !used.has(f) && matches(f, e, text));
        const r = recall[e.rule];
        if (!r) continue;
        r.expected++;
        if (hit) {
          r.found++;
          used.add(hit);
        } else if (details) console.log(`  MISSED ${domain}-dirty/${file}: ${e.severity} ${e.rule} ${e.object} ${e.detector ?? ""} (line of ${JSON.stringify(e.needle)})`);
      }
      for (const f of report.findings) {
        if (used.has(f) || !recall[f.ruleId] || f.severity === "info") continue;
        recall[f.ruleId]!.extra++;
        if (details) console.log(`  EXTRA  ${domain}-dirty/${file}:\n${describe(f)}`);
      }
    }
  }
  for (const rule of SAFETY_RULES) {
    const r = recall[rule]!;
    const pct = r.expected === 0 ? "n/a" : `${((100 * r.found) / r.expected).toFixed(1)}%`;
    console.log(`  ${rule.padEnd(20)} expected ${String(r.expected).padStart(4)}  found ${String(r.found).padStart(4)}  recall ${pct.padStart(6)}  unlisted error/warning ${r.extra}`);
  }

  if (probeDumpsExist()) {
    console.log("\n# Application probes: false alarms on the clean dump, misses on the dirty one (corpus/probes/expected.json)\n");
    const short: Record<string, string> = { "forbidden-secrets": "S", "live-host-pointers": "H", "unsanitized-pii": "P" };
    for (const dump of PROBE_DUMPS) {
      const total = { alarms: 0, missed: 0, expected: 0, unlisted: 0 };
      for (const app of PROBE_APPS) {
        const s = await scoreProbe(app, dump);
        const expected = probeExpectations(app).length;
        const byRule = SAFETY_RULES.map((r) => `${short[r]} ${s.falseAlarms.filter((a) => a.split(" ")[1] === r).length}`).join(" ");
        console.log(`  ${dump.leg.padEnd(12)} ${app.padEnd(10)} clean error/warning ${String(s.falseAlarms.length).padStart(2)} (${byRule})  dirty missed ${String(s.missed.length).padStart(2)} of ${String(expected).padStart(3)}  unlisted error/warning ${s.unlisted.length}`);
        if (details) for (const line of [...s.falseAlarms.map((a) => `CLEAN ${a}`), ...s.missed.map((m) => `MISSED ${m}`), ...s.unlisted.map((u) => `UNLISTED ${u}`)]) console.log(`      ${line}`);
        total.alarms += s.falseAlarms.length;
        total.missed += s.missed.length;
        total.expected += expected;
        total.unlisted += s.unlisted.length;
      }
      console.log(`  ${dump.leg.padEnd(12)} ${"all".padEnd(10)} clean error/warning ${String(total.alarms).padStart(2)}  dirty missed ${String(total.missed).padStart(2)} of ${total.expected}  unlisted error/warning ${total.unlisted}`);
    }
  }

  console.log("\n# Planted corpora (exact expectations in test/rules/*.corpus.test.ts)\n");
  for (const name of ["secrets", "hosts", "hosts-clean", "pii-real", "pii-synthetic"]) {
    const path = join(CORPUS, "dumps", name, "plain.sql");
    if (!existsSync(path)) continue;
    const c = emptyCounts();
    for (const f of (await analyzeFile(path)).findings) add(c, f);
    printCounts(`${name}/plain.sql`, c);
  }
}

await main();
