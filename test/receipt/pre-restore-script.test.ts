import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The README's worked pre-restore script, run as written (taken from the README, not copied here),
// with `dumpguard` pointing at the built CLI and a stand-in `psql` that records what it would restore.
function readmeScript(): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.indexOf("### A worked pre-restore script");
  const start = readme.indexOf("```sh\n", section) + "```sh\n".length;
  return readme.slice(start, readme.indexOf("\n```", start) + 1);
}

const CLI = resolve("dist/cli.js");
const hasTools = ["bash", "sha256sum"].every((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0);

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "dumpguard-prerestore-"));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  // TAMPER=1 stands for the sender (or anyone) replacing the file after the check.
  writeFileSync(
    join(bin, "dumpguard"),
    `#!/bin/sh\n"${process.execPath}" "${CLI}" "$@"\nstatus=$?\nif [ "$1" = check ] && [ -n "\${TAMPER:-}" ]; then printf '%s\\n' "-- swapped after the check" >> "$2"; fi\nexit $status\n`,
  );
  writeFileSync(join(bin, "psql"), `#!/bin/sh\nfor a in "$@"; do case "$a" in --file=*) f="\${a#--file=}";; esac; done\nsha256sum "$f" >> "$PSQL_LOG"\n`);
  chmodSync(join(bin, "dumpguard"), 0o755);
  chmodSync(join(bin, "psql"), 0o755);
  writeFileSync(join(dir, "pre-restore.sh"), readmeScript());
  return { dir, bin };
}

function runScript(dump: string, extra: Record<string, string> = {}) {
  const { dir, bin } = setup();
  const copy = join(dir, "handoff.sql");
  copyFileSync(dump, copy);
  const log = join(dir, "psql.log");
  const r = spawnSync("bash", [join(dir, "pre-restore.sh")], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, DUMP: copy, SPEC: resolve("schemas/birth-surface.spec.json"), RECEIPTS: join(dir, "receipts"), PSQL_LOG: log, ...extra },
  });
  return { code: r.status, stderr: r.stderr, restored: existsSync(log) ? readFileSync(log, "utf8") : "", copy, receipts: readdirSync(join(dir, "receipts")) };
}

describe.runIf(existsSync(CLI) && hasTools && process.platform !== "win32")("the README's pre-restore script", () => {
  it("is in the README, and restores with psql -f only after check and verify", () => {
    const script = readmeScript();
    const order = ["dumpguard check", "dumpguard verify", "psql "].map((s) => script.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it("restores the clean birth-surface dump: psql gets exactly the bytes that were checked", () => {
    const r = runScript("corpus/dumps/birth-surface/plain.sql");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const sha = createHash("sha256").update(readFileSync("corpus/dumps/birth-surface/plain.sql")).digest("hex");
    expect(r.restored).toBe(`${sha}  ${r.copy}\n`);
    expect(r.receipts.filter((f) => f.endsWith(".receipt.json"))).toHaveLength(1);
  });
  it("refuses a dump that fails the check (no attestation): psql never runs", () => {
    const r = runScript("corpus/dumps/birth-surface-no-attestation/plain.sql");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dump refused");
    expect(r.restored).toBe("");
  });
  it("refuses a dump changed between check and verify: psql never runs", () => {
    const r = runScript("corpus/dumps/birth-surface/plain.sql", { TAMPER: "1" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dump changed since the check; not restoring");
    expect(r.restored).toBe("");
  });
});
