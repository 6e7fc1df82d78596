import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

/**
 * Every regular expression in src/: its literals (and `new RegExp("literal")`), with where they stand, and the places
 * that build one from a pattern computed at run time (`new RegExp(expression)`, `RegExp(expression)`), whose patterns
 * only running them can give (`recordRuntimePatterns`).
 */
function regexesIn(dir: string, found = { literals: [] as Pattern[], runtimeSites: [] as { file: string; where: string }[] }) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      regexesIn(path, found);
      continue;
    }
    if (!name.endsWith(".ts")) continue;
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const where = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        found.literals.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        const literalFlags = flags === undefined || ts.isStringLiteralLike(flags);
        if (pattern && ts.isStringLiteralLike(pattern) && literalFlags) found.literals.push({ where, source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "" });
        else found.runtimeSites.push({ file: path, where });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/**
 * Runs `run` while `RegExp` records every construction (with `new` or without), and answers what was built, each
 * placed at its construction's first stack frame in src/ (vitest maps frames to the .ts lines). The patterns are built
 * by src/'s own code, so the recording cannot drift from it.
 */
async function recordBuilt(run: () => unknown): Promise<Pattern[]> {
  const Real = RegExp;
  const built: Pattern[] = [];
  const srcDir = `${resolve("src")}/`;
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const frame = String(new Error().stack)
      .split("\n")
      .find((line) => line.includes(srcDir));
    const at = frame?.match(/(\/[^\s()]+\.ts):(\d+):\d+/);
    const where = at ? `${at[1]!.slice(srcDir.length - "src/".length)}:${at[2]}` : "(outside src/)";
    const source = pattern instanceof Real ? pattern.source : String(pattern);
    const flagText = flags !== undefined ? String(flags) : pattern instanceof Real ? pattern.flags : "";
    built.push({ where, source, flags: flagText });
  };
  const recording: RegExpConstructor = new Proxy(Real, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === recording ? target : newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  globalThis.RegExp = recording;
  try {
    await run();
  } finally {
    globalThis.RegExp = Real;
    Error.stackTraceLimit = limit;
  }
  return built;
}

/**
 * Every pattern src/ builds at run time: each module holding a construction site is imported while RegExp records (a
 * module-level pattern, as secret-name's), and a module whose patterns are built lazily from data exports
 * `compileEveryPattern()`, which builds every one it can through the functions the check calls (phone-plans: each
 * country's plan of libphonenumber's metadata and each shared calling code's unions).
 */
async function recordRuntimePatterns(files: readonly string[]): Promise<Pattern[]> {
  return recordBuilt(async () => {
    for (const file of files) {
      const module = (await import(resolve(file))) as { compileEveryPattern?: () => void };
      module.compileEveryPattern?.();
    }
  });
}

/** recheck's verdict on each pattern not yet judged (flags g and y do not change what may backtrack): what is not proved safe. */
const verdicts = new Map<string, string>();
function unsafe(patterns: readonly Pattern[]): string[] {
  const out: string[] = [];
  for (const r of patterns) {
    const flags = r.flags.replace(/[gy]/g, "");
    const key = `${flags}/${r.source}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      let result = checkSync(r.source, flags, { timeout: 10_000 });
      // Out of time on a loaded machine (a literal read "unknown" once with five test files sharing two cores): once more, longer.
      if (result.status === "unknown" && result.error.kind === "timeout") result = checkSync(r.source, flags, { timeout: 60_000 });
      verdict = `${result.status}${result.status === "vulnerable" ? ` (${result.complexity.type})` : ""}`;
      verdicts.set(key, verdict);
    }
    if (verdict !== "safe") out.push(`${r.where} /${r.source}/${r.flags}: ${verdict}`);
  }
  return out;
}

describe("no regular expression in src/ can backtrack catastrophically", () => {
  const { literals, runtimeSites } = regexesIn("src");
  const files = [...new Set(runtimeSites.map((s) => s.file))];
  let built: Pattern[] | undefined;
  const runtime = async () => (built ??= await recordRuntimePatterns(files));

  it("finds the regexes it checks", async () => {
    expect(literals.length).toBeGreaterThan(10);
    expect(files).toContain(join("src", "rules", "pii", "detectors", "phone-plans.ts"));
    // libphonenumber's metadata gives over a thousand distinct patterns.
    expect(new Set((await runtime()).map((b) => b.source)).size).toBeGreaterThan(1000);
  }, 60_000);

  it("the checker itself flags a known ReDoS pattern", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
  });

  it("recheck proves every regex literal safe (not merely 'not found vulnerable')", () => {
    expect(unsafe(literals)).toEqual([]);
  }, 240_000);

  it("every place that builds a regex at run time is reached by the recording", async () => {
    const reached = new Set((await runtime()).map((b) => b.where));
    // A new site: its module must build it when imported, or export compileEveryPattern() building all it can.
    expect(runtimeSites.map((s) => s.where).filter((where) => !reached.has(where))).toEqual([]);
  }, 60_000);

  it("recheck proves every regex built at run time safe (libphonenumber's metadata patterns, their unions, keyword lists)", async () => {
    const distinct = new Map((await runtime()).map((b) => [`${b.flags}/${b.source}`, b]));
    expect(unsafe([...distinct.values()])).toEqual([]);
  }, 240_000);

  it("an exponential pattern planted in the metadata fails the check", async () => {
    const require = createRequire(import.meta.url);
    const json = require("libphonenumber-js/metadata.max.json") as unknown;
    const { Metadata } = require("libphonenumber-js/core") as { Metadata: new (json: unknown) => { selectNumberingPlan(c: string): void; numberingPlan: { nationalNumberPattern(): string } } };
    const md = new Metadata(json);
    md.selectNumberingPlan("JE");
    const real = md.numberingPlan.nationalNumberPattern();
    const planted = "(?:\\d+)+";
    const plant = (value: unknown): unknown =>
      value === real ? planted : Array.isArray(value) ? value.map(plant) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plant(v)])) : value;
    const { compileEveryPattern } = (await import("../../src/rules/pii/detectors/phone-plans.js")) as { compileEveryPattern: (json: unknown) => void };
    const found = unsafe(await recordBuilt(() => compileEveryPattern(plant(json))));
    // Jersey's national number pattern (its plan's, and +44's union of the countries after Britain).
    expect(found.some((f) => f.includes(planted) && f.includes("vulnerable (exponential)"))).toBe(true);
  }, 60_000);
});
