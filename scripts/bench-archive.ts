// npm run bench:archive -- [MB]: issue 16's bench. Reading pg_dump archives natively against
// `pg_restore -f /dev/null` of the same archive (PostgreSQL's own reader, writing the same script).
// The archives are real: scripts/make-bench-dump.sh makes .bench/realistic-MB.sql (pg_dump plain of a
// generated database), corpus/make-archive-variants.sh loads it into a throwaway cluster and re-dumps
// it as custom (-Z 0 and -Z 6), directory and tar. Wall-clock figures on a shared machine vary; the
// ratio to pg_restore measured in the same run is what counts.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";
import { openInput } from "../src/input/open-input.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const mb = Number(process.argv[2] ?? 50);
const bindir = readdirSync("/usr/lib/postgresql")
  .map((v) => `/usr/lib/postgresql/${v}/bin`)
  .filter((d) => existsSync(`${d}/pg_restore`))
  .sort()
  .pop();
if (!bindir) throw new Error("PostgreSQL client tools not found (apt-get install postgresql)");

const plain = execFileSync("bash", [join(root, "scripts/make-bench-dump.sh"), "data", String(mb)], { encoding: "utf8" }).trim().split("\n").pop()!;
const dumps = join(root, ".bench/archive-source");
const out = join(root, `.bench/archives-${mb}`);
if (!existsSync(join(out, "bench", "custom-z0.dump"))) {
  mkdirSync(join(dumps, "bench"), { recursive: true });
  if (!existsSync(join(dumps, "bench", "plain.sql"))) symlinkSync(plain, join(dumps, "bench", "plain.sql"));
  execFileSync("bash", [join(root, "corpus/make-archive-variants.sh"), out, "bench"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DUMPGUARD_DUMPS: dumps, ARCHIVE_VARIANTS: "custom-z0 custom-z6 dir tar" },
  });
}

const size = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0) : statSync(path).size);
const seconds = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
};
const secondsAsync = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
};

console.log(`archive bench: ${mb} MB plain dump, ${new Date().toISOString()} (shared machine: compare the ratios)`);
console.log(`${"archive".padEnd(16)} ${"MB".padStart(7)} ${"script MB".padStart(10)} ${"pg_restore s".padStart(13)} ${"read s".padStart(8)} ${"read÷pg_restore".padStart(16)} ${"read MB/s".padStart(10)} ${"check s".padStart(8)}`);
for (const variant of ["custom-z0.dump", "custom-z6.dump", "dir", "tar.tar"]) {
  const path = join(out, "bench", variant);
  const restore = seconds(() => {
    const r = spawnSync(`${bindir}/pg_restore`, ["-f", "/dev/null", path]);
    if (r.status !== 0) throw new Error(`pg_restore failed on ${path}`);
  });
  let scriptBytes = 0;
  const read = await secondsAsync(async () => {
    const opened = await openInput({ path });
    for await (const chunk of opened.text) scriptBytes += chunk.length;
    if (opened.problems.length) throw new Error(`${path}: ${opened.problems[0]!.message}`);
  });
  const check = await secondsAsync(() => analyze({ path }, { jobs: 1 }));
  const archiveMb = size(path) / 1e6;
  console.log(
    `${variant.padEnd(16)} ${archiveMb.toFixed(1).padStart(7)} ${(scriptBytes / 1e6).toFixed(1).padStart(10)} ${restore.toFixed(2).padStart(13)} ${read.toFixed(2).padStart(8)} ${(read / restore).toFixed(2).padStart(16)} ${(scriptBytes / 1e6 / read).toFixed(1).padStart(10)} ${check.toFixed(2).padStart(8)}`,
  );
}
