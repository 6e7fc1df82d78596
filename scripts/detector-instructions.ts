// Instructions (cachegrind's Ir) of one pii detector alone, called over the distinct cells a dump gives it, for builds
// compared against each other (issue 12). A whole check's count moves by ±1-2.6 % under load (scripts/instructions.ts):
// a detector change worth 0.1-0.5 % of the check cannot be resolved there. Here only the detector runs, so its count
// repeats to within ~0.01 % run after run (stop 24: phoneInCell 2,397.9 M twice, then 2,303.8 M twice after ef0f0bb),
// and a sub-percent change of one detector reads plainly.
//
//   node --import tsx scripts/detector-instructions.ts DETECTOR DIR [DIR...] [--dump DUMP] [--rounds N] [--runs N] [--profile OUT]
//   e.g. node --import tsx scripts/detector-instructions.ts phone /tmp/base . --runs 2
//
// DETECTOR (what is called, on what):
//   phone   phoneInCell(cell) over the distinct cells (per column) of the dump's COPY columns named like a phone
//           (phone, mobile, fax, tel); realistic-20: 49,912 cells
//   email   findEmails(text) over every other COPY cell that holds an `@`; realistic-20: 47,208 texts
//   none    nothing: the start-up (node, the bundle, reading the cells; ~0.7 G), to subtract from the others
// What is measured: the whole process under valgrind --tool=cachegrind (node with the check's V8 flags:
// `--predictable --predictable-gc-schedule --max-semi-space-size=32 --no-allocation-site-pretenuring`, see
// valgrind-check.ts), running the detector over the cells `--rounds` times (default 3: the first round pays compiles
// and first uses, as a check does, the later ones the steady state). It includes start-up (see `none`) and the
// detector's compiles (V8 compiles on the measured thread under --predictable), so a change of inlining or a deopt
// shows too. Runs are interleaved across the DIRs (--runs, default 1); the least of a DIR's runs is quoted, with its
// difference from the first DIR's and per cell.
//
// Each DIR is a source tree (a checkout or a `git archive` of one; no build needed): DIR/src/rules/pii/detectors/*.ts
// is bundled with esbuild into a temporary directory whose node_modules is DIR's (libphonenumber-js and the rest are
// loaded from there, as the CLI loads them). The cells are COPY text fields decoded (`\N` skipped) and kept in a
// temporary JSON file; nothing of them is printed. Each run prints a digest of the detector's answers (kind, offsets,
// mask and reason of every match): the DIRs must agree, else ANSWERS DIFFER is printed (a speed change must not
// change any answer).
//
// `--profile OUT`: one callgrind run of the first DIR with V8's perf map instead, written to OUT for
// `node --import tsx scripts/instructions-profile.ts --raw OUT [--callees JS:*phoneInCell]` (instructions by function).
// Needs valgrind (`apt-get install valgrind`). ~10-40 s a run on realistic-20 (phone ~2.3 G, email ~1.9 G instructions).
import { spawnSync } from "node:child_process";
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { buildSync } from "esbuild";

/** A detector the harness can call: the module under DIR/src it imports, and the call made on each cell. */
const DETECTORS = {
  phone: { cells: "phones", module: "rules/pii/detectors/phone.ts", call: "(m, cell) => { const r = m.phoneInCell(cell); return r ? [r] : []; }" },
  email: { cells: "texts", module: "rules/pii/detectors/email.ts", call: "(m, text) => m.findEmails(text)" },
  none: { cells: "none", module: undefined, call: "() => []" },
} as const;
type DetectorName = keyof typeof DETECTORS;

/** A COPY column named like a phone number's. */
const PHONE_COLUMN = /phone|mobile|fax|(?:^|_)tel(?:$|_)/i;

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
};
const dump = option("--dump") ?? ".bench/realistic-20.sql";
const rounds = Number(option("--rounds") ?? 3);
const runs = Number(option("--runs") ?? 1);
const profile = option("--profile");
const [detector, ...dirs] = argv;
if (!detector || !(detector in DETECTORS) || dirs.length === 0 || !(rounds >= 1) || !(runs >= 1)) {
  throw new Error(`usage: scripts/detector-instructions.ts ${Object.keys(DETECTORS).join("|")} DIR [DIR...] [--dump DUMP] [--rounds N] [--runs N] [--profile OUT]`);
}
const chosen = DETECTORS[detector as DetectorName];
if (spawnSync("valgrind", ["--version"]).status !== 0) throw new Error("valgrind is not installed (apt-get install valgrind)");

/** A COPY text field decoded (PostgreSQL's text format: backslash escapes). */
function decodeField(field: string): string {
  if (field.indexOf("\\") < 0) return field;
  let out = "";
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    if (c !== "\\" || i + 1 >= field.length) {
      out += c;
      continue;
    }
    const e = field[++i]!;
    const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
    if (e in simple) out += simple[e];
    else if (e >= "0" && e <= "7") {
      let j = i;
      while (j < i + 3 && j < field.length && field[j]! >= "0" && field[j]! <= "7") j++;
      out += String.fromCharCode(parseInt(field.slice(i, j), 8));
      i = j - 1;
    } else if (e === "x" && /^[0-9a-fA-F]/.test(field.slice(i + 1, i + 2))) {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(field.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else out += e;
  }
  return out;
}

/** The dump's phone cells (distinct per column) and its other cells holding `@` (every one, as a check reads them). */
async function readCells(path: string): Promise<{ phones: string[]; texts: string[] }> {
  const phones: string[] = [];
  const texts: string[] = [];
  let phoneColumns: boolean[] | undefined;
  let seen: Set<string>[] = [];
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
    if (phoneColumns === undefined) {
      const copy = /^COPY [^(]*\(([^)]*)\) FROM stdin;$/.exec(line);
      if (copy) {
        phoneColumns = copy[1]!.split(", ").map((name) => PHONE_COLUMN.test(name.replace(/"/g, "")));
        seen = phoneColumns.map(() => new Set<string>());
      }
      continue;
    }
    if (line === "\\.") {
      phoneColumns = undefined;
      continue;
    }
    const fields = line.split("\t");
    for (let k = 0; k < fields.length; k++) {
      const raw = fields[k]!;
      if (raw === "\\N") continue;
      if (phoneColumns[k]) {
        if (seen[k]!.has(raw)) continue;
        seen[k]!.add(raw);
        phones.push(decodeField(raw));
      } else if (raw.includes("@")) texts.push(decodeField(raw));
    }
  }
  return { phones, texts };
}

const work = mkdtempSync(join(tmpdir(), "dumpguard-detector-ir-"));
try {
  const cells = await readCells(dump);
  const cellsFile = join(work, "cells.json");
  writeFileSync(cellsFile, JSON.stringify(chosen.cells === "none" ? [] : cells[chosen.cells]));
  const count = chosen.cells === "none" ? 0 : cells[chosen.cells].length;
  process.stdout.write(`${detector}: ${count} cells of ${dump}, ${rounds} rounds\n`);

  // One bundle per DIR, in a directory of its own whose node_modules is DIR's.
  const bundles = dirs.map((dir, k) => {
    const at = join(work, `b${k}`);
    mkdirSync(at);
    symlinkSync(resolve(dir, "node_modules"), join(at, "node_modules"));
    const entry = join(at, "entry.ts");
    writeFileSync(
      entry,
      `import { readFileSync } from "node:fs";
${chosen.module === undefined ? "const m = {};" : `import * as m from ${JSON.stringify(resolve(dir, "src", chosen.module))};`}
const cells: string[] = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const rounds = Number(process.argv[3]);
const call: (m: any, cell: string) => { kind: string; start: number; end: number; masked?: string; syntheticReason?: string }[] = ${chosen.call};
// FNV-1a over each match's kind, offsets, mask and reason (the values themselves are never printed).
let digest = 0x811c9dc5;
const mix = (s: string) => { for (let i = 0; i < s.length; i++) digest = Math.imul(digest ^ s.charCodeAt(i), 0x01000193); };
let found = 0;
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < cells.length; i++) {
    const matches = call(m, cells[i]!);
    for (const r of matches) {
      found++;
      if (round === 0) mix(\`\${i}|\${r.kind}|\${r.start}|\${r.end}|\${r.masked}|\${r.syntheticReason}\\n\`);
    }
  }
}
console.log(\`answers \${found} \${(digest >>> 0).toString(16)}\`);
`,
    );
    const outfile = join(at, "h.cjs");
    buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "error", external: ["libphonenumber-js", "tldts", "pgsql-ast-parser"] });
    return outfile;
  });

  const v8 = ["--predictable", "--predictable-gc-schedule", "--max-semi-space-size=32", "--no-allocation-site-pretenuring"];
  if (profile !== undefined) {
    mkdirSync(profile, { recursive: true });
    const run = spawnSync(
      "valgrind",
      ["--tool=callgrind", "--dump-instr=yes", "--compress-pos=no", "--compress-strings=no", `--callgrind-out-file=${join(profile, "callgrind.out")}`, process.execPath, ...v8, "--perf-basic-prof", "--no-compact-code-space", bundles[0]!, cellsFile, String(rounds)],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const pid = /==(\d+)==/.exec(run.stderr)?.[1];
    const perfMap = `/tmp/perf-${pid}.map`;
    if (!pid || !existsSync(perfMap)) throw new Error(`no callgrind run or perf map (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
    copyFileSync(perfMap, join(profile, "perf.map"));
    process.stdout.write(`${run.stdout}profile: node --import tsx scripts/instructions-profile.ts --raw ${profile} --callees JS:*NAME\n`);
  } else {
    const counts = dirs.map((): number[] => []);
    const answers = dirs.map((): string[] => []);
    for (let r = 0; r < runs; r++) {
      for (const [k, dir] of dirs.entries()) {
        const run = spawnSync("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, ...v8, bundles[k]!, cellsFile, String(rounds)], {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        const ir = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
        if (!ir || run.status !== 0) throw new Error(`${dir}: no instruction count (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
        const n = Number(ir[1]!.replaceAll(",", ""));
        counts[k]!.push(n);
        answers[k]!.push(run.stdout.trim());
        process.stdout.write(`${dir}: ${(n / 1e6).toFixed(1)} M instructions, ${run.stdout.trim()} (run ${r + 1})\n`);
      }
    }
    const least = counts.map((c) => Math.min(...c));
    for (const [k, dir] of dirs.entries()) {
      const diff = least[k]! - least[0]!;
      const perCell = count > 0 ? ` (${diff >= 0 ? "+" : ""}${Math.round(diff / (count * rounds))} a cell a round)` : "";
      process.stdout.write(`${dir}: least ${(least[k]! / 1e6).toFixed(1)} M${k > 0 ? `, ${diff >= 0 ? "+" : ""}${((100 * diff) / least[0]!).toFixed(2)} %${perCell}` : ""}\n`);
    }
    const all = new Set(answers.flat());
    if (all.size > 1) process.stdout.write(`ANSWERS DIFFER: ${[...all].join(" / ")}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
