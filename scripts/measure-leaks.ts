// Issue 10 leak figures for a before/after table, on a given source tree (default: this checkout):
//   npx tsx scripts/measure-leaks.ts [path/to/other/checkout]
// For the planted dumps (secrets, hosts, pii-real, real-*-dirty): how many planted values and named IPv4
// addresses each output (json, sarif, text, catalog as the CLI prints it) shows in clear, and how many
// planted SSNs, IPs, birth dates and phones the shortlist attack sha256(detector NUL value)[:16] recovers
// from pii-real's report fingerprints. The corpus and the planted lists are always this checkout's.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
const root = resolve(process.argv[2] ?? ".");
const { analyzeWithCatalog } = await import(`${root}/src/analyze.ts`);
const { formatJson } = await import(`${root}/src/report/format-json.ts`);
const { formatSarif } = await import(`${root}/src/report/format-sarif.ts`);
const { formatText } = await import(`${root}/src/report/format-text.ts`);
const mt = existsSync(`${root}/src/report/mask-text.ts`) ? await import(`${root}/src/report/mask-text.ts`) : undefined;
const { catalogJson } = await import(`${root}/src/catalog/catalog-json.ts`);
const { ipv4Addresses, OTHER_PLANTED, plantedPersonalValues, plantedSecrets } = await import(new URL("../test/leaks/planted-values.ts", import.meta.url).href);
process.chdir(fileURLToPath(new URL("..", import.meta.url)));
const planted = [...new Set([...plantedSecrets(), ...plantedPersonalValues(), ...OTHER_PLANTED])];
const files = ["secrets/plain.sql", "secrets/dumpall.sql", "hosts/plain.sql", "pii-real/plain.sql", "real-app-dirty/plain.sql", "real-crm-dirty/plain.sql", "real-shop-dirty/plain.sql"].map((f) => join("corpus/dumps", f));
const counts: Record<string, number> = {};
const distinct = new Set<string>();
for (const f of files) {
  const input = readFileSync(f, "utf8");
  const { report, catalog } = await analyzeWithCatalog(input);
  const outs: Record<string, string> = { json: formatJson(report), sarif: formatSarif(report), text: formatText(report), catalog: JSON.stringify(mt ? mt.maskedCatalogJson(catalog) : catalogJson(catalog)) };
  const values = new Set<string>([...ipv4Addresses(input), ...planted.filter((v: string) => input.includes(v))]);
  for (const v of values) for (const [k, o] of Object.entries(outs)) if (o.includes(v)) { counts[k] = (counts[k] ?? 0) + 1; distinct.add(v); }
  if (f.includes("pii-real")) {
    const fps = new Set<string>();
    for (const fi of report.findings) { fps.add(fi.fingerprint); for (const e of fi.evidence ?? []) if (e.fingerprint) fps.add(e.fingerprint); }
    const p: { detector: string; values: string[] }[] = JSON.parse(readFileSync("test/rules/pii/fixtures/pii-real.planted.json", "utf8")).planted;
    let tried = 0; const rec = new Set<string>(); const t0 = performance.now();
    for (const x of p) for (const v of x.values) { if (!["us-ssn","ip-address","birth-date","phone"].includes(x.detector)) continue; tried++; for (const d of [x.detector, "public-host"]) if (fps.has(createHash("sha256").update(`${d}\0${v}`).digest("hex").slice(0, 16))) rec.add(`${x.detector}:${v}`); }
    console.log(`brute force on pii-real: ${rec.size} of ${tried} planted SSN/IP/date/phone values recovered from the report's fingerprints (${(performance.now()-t0).toFixed(0)} ms)`);
    const byDet: Record<string, number> = {}; for (const r of rec) { const d = r.split(":")[0]!; byDet[d] = (byDet[d] ?? 0) + 1; } console.log(byDet);
  }
}
console.log("planted values shown in clear, per output:", counts, "distinct values:", distinct.size);
