import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeWithCatalog } from "../../../src/analyze.js";
import { catalogJson } from "../../../src/catalog/build.js";
import { openInput } from "../../../src/input/open-input.js";
import type { Report } from "../../../src/report/schema.js";

/**
 * Differential proof for issue 16: for every corpus database, every archive variant pg_dump 15
 * writes of it (custom at -Z 0..9 and default, directory gzip and uncompressed, tar) plus the
 * uncompressed directory's data files recompressed with Debian's lz4 and zstd tools, read natively,
 * gives byte for byte the script `pg_restore -f` writes (the random \restrict key aside), and
 * `check` on it gives the same findings and the same catalog as `check` on that script.
 * The archives are made at test time by corpus/make-archive-variants.sh in a throwaway cluster.
 */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const bindir = existsSync("/usr/lib/postgresql")
  ? readdirSync("/usr/lib/postgresql")
      .map((v) => `/usr/lib/postgresql/${v}/bin`)
      .filter((d) => existsSync(`${d}/pg_restore`) && existsSync(`${d}/initdb`))
      .sort()
      .pop()
  : undefined;
const toolsFound = (tool: string) => spawnSync(tool, ["--version"]).status === 0;

let out = "";
beforeAll(() => {
  if (!bindir) return;
  out = mkdtempSync(join(tmpdir(), "dumpguard-archive-diff-"));
  execFileSync("bash", [join(ROOT, "corpus/make-archive-variants.sh"), out], { stdio: ["ignore", "ignore", "inherit"], timeout: 600_000 });
}, 660_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/**
 * pg_restore 15.14+ writes a fresh random key each run. And the committed custom.dump was written by the pg_dump that
 * made the corpus, the re-dumps by the one installed now: after a Debian minor update (15.18 to 15.20) their header's
 * two version lines differ, and only those (the archive keeps the versions it was made by; the native reader writes
 * them as pg_restore does, which each variant's own comparison below still checks byte for byte).
 */
const withoutKey = (script: string) => script.replace(/^\\(un)?restrict [A-Za-z0-9]+$/gm, "\\$1restrict KEY");
const withoutVersions = (script: string) => withoutKey(script).replace(/^-- Dumped (from database|by pg_dump) version [^\n]*$/gm, "-- Dumped $1 version X");

function pgRestore(archive: string): string {
  return execFileSync(`${bindir}/pg_restore`, ["-f", "-", archive], { maxBuffer: 1 << 30 }).toString("latin1");
}

async function scriptOf(path: string): Promise<{ script: string; problems: string[] }> {
  const opened = await openInput({ path });
  let script = "";
  for await (const chunk of opened.text) script += chunk;
  return { script: Buffer.from(script, "utf8").toString("latin1"), problems: opened.problems.map((p) => `${p.code}: ${p.message}`) };
}

/** What must agree: rule, object, evidence fingerprints, counts, severity and the finding's fingerprint. */
function findingsOf(report: Report) {
  return report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    object: f.object,
    evidence: f.evidence?.map((e) => e.fingerprint),
    count: f.count,
    fingerprint: f.fingerprint,
  }));
}

const DBS = existsSync(join(ROOT, "corpus/dumps"))
  ? readdirSync(join(ROOT, "corpus/dumps")).filter((d) => existsSync(join(ROOT, "corpus/dumps", d, "custom.dump")) || existsSync(join(ROOT, "corpus/dumps", d, "plain.sql")))
  : [];
const VARIANTS = ["custom.dump", ...Array.from({ length: 10 }, (_, z) => `custom-z${z}.dump`), "dir", "dir-z0", "tar.tar", "dir-lz4", "dir-zst"];

describe.skipIf(!bindir)("archives read natively = pg_restore -f, on every corpus database", () => {
  for (const db of DBS) {
    it(`${db}: every archive variant`, async () => {
      const dir = join(out, db);
      const variants = VARIANTS.filter((v) => existsSync(join(dir, v)));
      // Only where a tool is missing may a variant be absent.
      expect(variants.length).toBeGreaterThanOrEqual(13 + (toolsFound("lz4") ? 1 : 0) + (toolsFound("zstd") ? 1 : 0) - (existsSync(join(ROOT, "corpus/dumps", db, "custom.dump")) ? 0 : 1));
      // Every variant restores to the same script (but for the version lines of the committed custom.dump, see
      // withoutVersions): one truth per pg_dump that wrote the variants, the installed one's and the committed archive's.
      const truthOf = async (archive: string, name: string) => {
        const file = join(out, `${db}.${name}.restored.sql`);
        writeFileSync(file, pgRestore(archive), "latin1");
        const truth = await analyzeWithCatalog({ path: file });
        return { report: truth.report, catalog: JSON.stringify(catalogJson(truth.catalog)) };
      };
      const truthScript = withoutVersions(pgRestore(join(dir, "dir-z0")));
      const redumped = await truthOf(join(dir, "dir-z0"), "dir-z0");
      const committed = variants.includes("custom.dump") ? await truthOf(join(dir, "custom.dump"), "custom") : redumped;
      for (const variant of variants) {
        const path = join(dir, variant);
        const truth = variant === "custom.dump" ? committed : redumped;
        const restored = variant.startsWith("dir-lz4") || variant.startsWith("dir-zst") ? undefined : withoutKey(pgRestore(path));
        if (restored !== undefined) expect(withoutVersions(restored), `${db}/${variant}: pg_restore`).toBe(truthScript);
        const mine = await scriptOf(path);
        expect(mine.problems, `${db}/${variant}`).toEqual([]);
        expect(withoutVersions(mine.script), `${db}/${variant}: script`).toBe(truthScript);
        // Byte for byte against pg_restore of the same archive, version lines included.
        if (restored !== undefined) expect(withoutKey(mine.script), `${db}/${variant}: script = pg_restore -f`).toBe(restored);
        const checked = await analyzeWithCatalog({ path });
        expect(checked.report.input.format).toBe(variant.startsWith("dir") ? "directory" : variant.startsWith("tar") ? "tar" : "custom");
        expect(findingsOf(checked.report), `${db}/${variant}: findings`).toEqual(findingsOf(truth.report));
        expect(checked.report.summary).toEqual(truth.report.summary);
        expect(JSON.stringify(catalogJson(checked.catalog)), `${db}/${variant}: catalog`).toBe(truth.catalog);
        // Every dump location names its archive entry.
        for (const f of checked.report.findings) if (f.location.kind === "dump") expect(f.location.archive, `${db}/${variant}: ${f.message}`).toBeDefined();
      }
    }, 120_000);
  }

  it("the custom archive's TOC listing is pg_restore --list's", async () => {
    const { formatTocList } = await import("../../../src/input/archive/toc-list.js");
    for (const db of DBS) {
      for (const variant of ["custom-z0.dump", "custom-z6.dump", "dir", "tar.tar"]) {
        const path = join(out, db, variant);
        const opened = await openInput({ path });
        expect(opened.archive, `${db}/${variant}`).toBeDefined();
        const listed = formatTocList(opened.archive!.header, opened.archive!.entries);
        const real = execFileSync(`${bindir}/pg_restore`, ["-l", path], { env: { ...process.env, TZ: Intl.DateTimeFormat().resolvedOptions().timeZone } }).toString("utf8");
        expect(listed, `${db}/${variant}`).toBe(real);
        for await (const _ of opened.text);
      }
    }
  }, 120_000);
});
