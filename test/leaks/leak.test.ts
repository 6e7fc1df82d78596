/**
 * Issue 10 "What to show": a leak test over every output — json, sarif, text, `dumpguard catalog`,
 * diagnostics, error messages and the CLI's stderr — for every planted secret and personal value of
 * the whole corpus and of malformed variants of it (cuts, byte flips, a byte turned into `$`).
 * A value can only leak if it is in the input, so each output is searched for the values its input holds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeWithCatalog } from "../../src/analyze.js";
import { formatJson, stableJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { formatText } from "../../src/report/format-text.js";
import { maskedCatalogJson } from "../../src/report/mask-text.js";
import { ipv4Addresses, OTHER_PLANTED, plantedPersonalValues, plantedSecrets } from "./planted-values.js";

const DUMPS = "corpus/dumps";
const planted = [...new Set([...plantedSecrets(), ...plantedPersonalValues(), ...OTHER_PLANTED])];

/** The planted values (and every named IPv4 address) a text holds, with their space-less forms. */
function valuesIn(input: string): string[] {
  const out = new Set<string>(ipv4Addresses(input));
  for (const v of planted) {
    if (input.includes(v)) out.add(v);
    const compact = v.replaceAll(" ", "");
    if (compact !== v && compact.length >= 9 && input.includes(v)) out.add(compact);
  }
  return [...out];
}

/** Every output dumpguard makes for an input, as the library gives it. */
async function outputs(input: string | { path: string }, withText = false): Promise<Record<string, string>> {
  const { report, catalog } = await analyzeWithCatalog(input);
  return {
    json: formatJson(report),
    sarif: formatSarif(report),
    text: formatText(report),
    catalog: stableJson(maskedCatalogJson(catalog)),
    // `--with-text` prints bodies and definitions, masked by the detectors: clean for well-formed dumps;
    // on malformed ones a statement can swallow data no detector recognises, which is why it is opt-in.
    ...(withText ? { "catalog --with-text": stableJson(maskedCatalogJson(catalog, { withText: true })) } : {}),
  };
}

function leaks(input: string, out: Record<string, string>): string[] {
  const found: string[] = [];
  for (const v of valuesIn(input)) for (const [name, text] of Object.entries(out)) if (text.includes(v)) found.push(`${name}: ${v.slice(0, 6)}…(${v.length})`);
  return found;
}

const corpusFiles = existsSync(DUMPS)
  ? readdirSync(DUMPS)
      .sort()
      .flatMap((dir) => ["plain.sql", "dumpall.sql", "globals.sql"].filter((f) => existsSync(join(DUMPS, dir, f))).map((f) => join(DUMPS, dir, f)))
  : [];

/** Dumps that hold plants: their malformed variants are what an attacker-shaped input looks like. */
const PLANTED_DUMPS = ["secrets/plain.sql", "secrets/dumpall.sql", "hosts/plain.sql", "pii-real/plain.sql", "real-app-dirty/plain.sql", "real-crm-dirty/plain.sql"].map((f) => join(DUMPS, f)).filter(existsSync);

/** Deterministic variants: 4 cuts, 4 sets of 8 bit flips, a cut inside a planted value, `$` around planted values. */
function malformed(text: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of [0.13, 0.37, 0.61, 0.89]) out.push({ name: `cut at ${f}`, text: text.slice(0, Math.floor(text.length * f)) });
  let seed = 0x2545f491;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let set = 0; set < 4; set++) {
    const chars = [...text.slice(0, 200_000)];
    for (let k = 0; k < 8; k++) {
      const i = Math.floor(random() * chars.length);
      chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ (1 << Math.floor(random() * 7)));
    }
    out.push({ name: `flip set ${set}`, text: chars.join("") + text.slice(200_000) });
  }
  const inside = planted.filter((v) => v.length >= 24 && text.includes(v)).slice(0, 3);
  for (const v of inside) {
    const at = text.indexOf(v);
    out.push({ name: `cut inside a ${v.length}-character value`, text: text.slice(0, at + Math.floor(v.length / 2)) });
    out.push({ name: `$ around a ${v.length}-character value`, text: `${text.slice(0, at - 1)}$${v}$${text.slice(at + v.length + 1)}` });
  }
  return out;
}

describe.skipIf(corpusFiles.length === 0)("no output repeats a planted value", () => {
  it("the lists are real: hundreds of values, every planted dump holds some", () => {
    expect(planted.length).toBeGreaterThan(500);
    for (const file of PLANTED_DUMPS) expect(valuesIn(readFileSync(file, "utf8")).length, file).toBeGreaterThan(3);
  });

  it("json, sarif, text and catalog of every corpus dump", async () => {
    const found: string[] = [];
    for (const file of corpusFiles) {
      const input = readFileSync(file, "utf8");
      found.push(...leaks(input, await outputs(input, true)).map((l) => `${file} ${l}`));
    }
    expect(found).toEqual([]);
  }, 240_000);

  it("the custom-format archives (read natively): the values of the same database's plain dump", async () => {
    const found: string[] = [];
    const archives = PLANTED_DUMPS.map((f) => f.replace(/plain\.sql$/, "custom.dump")).filter(existsSync);
    expect(archives.length).toBeGreaterThan(0);
    for (const archive of archives) {
      const values = readFileSync(archive.replace(/custom\.dump$/, "plain.sql"), "utf8");
      found.push(...leaks(values, await outputs({ path: archive }, true)).map((l) => `${archive} ${l}`));
    }
    expect(found).toEqual([]);
  }, 240_000);

  for (const file of PLANTED_DUMPS) {
    it(`malformed variants of ${file}`, async () => {
      const found: string[] = [];
      for (const variant of malformed(readFileSync(file, "utf8"))) found.push(...leaks(variant.text, await outputs(variant.text)).map((l) => `${variant.name}: ${l}`));
      expect(found).toEqual([]);
    }, 240_000);
  }
});

describe.skipIf(!existsSync("dist/cli.js") || PLANTED_DUMPS.length === 0)("the CLI's stdout, stderr and error messages", () => {
  const dir = mkdtempSync(join(tmpdir(), "dumpguard-leak-"));
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8", env: { ...process.env, DUMPGUARD_FINGERPRINT_KEY: "" } });
    return `${r.stdout}\n${r.stderr}`;
  };

  it("check (text and json), catalog, and a dump given as --spec or --baseline", () => {
    const found: string[] = [];
    for (const file of PLANTED_DUMPS) {
      const text = readFileSync(file, "utf8");
      const cut = join(dir, `${file.replaceAll("/", "_")}.cut.sql`);
      writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.7)));
      const runs = {
        "check text": cli(["check", cut, "--no-progress"]),
        "check json": cli(["check", cut, "--format", "json", "--no-progress"]),
        catalog: cli(["catalog", cut]),
        "--baseline <dump>": cli(["check", cut, "--baseline", file, "--no-progress"]),
        "--spec <dump>": cli(["check", cut, "--spec", file, "--format", "json", "--no-progress"]),
      };
      for (const v of valuesIn(text)) for (const [name, out] of Object.entries(runs)) if (out.includes(v)) found.push(`${file} ${name}: ${v.slice(0, 6)}…`);
    }
    expect(found).toEqual([]);
  }, 240_000);
});
