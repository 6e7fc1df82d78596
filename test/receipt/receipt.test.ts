import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatJson, stableJson } from "../../src/report/format-json.js";
import { Receipt, parseReceipt } from "../../src/report/receipt.js";
import { checkWithReceipt, readReceipt, ReceiptError, verifyReceipt } from "../../src/receipt.js";

const SPEC = "schemas/birth-surface.spec.json";
const CLEAN = "corpus/dumps/birth-surface/plain.sql";
const NO_ATTESTATION = "corpus/dumps/birth-surface-no-attestation/plain.sql";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-receipt-"));
const sha256 = (bytes: string | Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fixedNow = () => new Date("2026-01-02T03:04:05.000Z");

/** A private copy of a corpus dump, so a test can change its bytes. */
function copyOf(dump: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(dump, path);
  return path;
}
function flipByte(path: string, offset: number) {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0x01;
  writeFileSync(path, bytes);
}

describe("a receipt from a real corpus dump", () => {
  it("validates against schemas/receipt.schema.json and the zod schema, and records what was checked", async () => {
    const { report, receipt } = await checkWithReceipt(CLEAN, { spec: SPEC, now: fixedNow });
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv as unknown as Ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("schemas/receipt.schema.json", "utf8")) as object);
    const written = JSON.parse(stableJson(receipt)) as unknown;
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(Receipt.safeParse(written).success).toBe(true);

    // Every fact recomputed here from the files, not taken from dumpguard's report.
    const bytes = readFileSync(CLEAN);
    const text = bytes.toString("utf8");
    expect(receipt.input).toMatchObject({ path: CLEAN, realPath: realpathSync(CLEAN), size: statSync(CLEAN).size, sha256: sha256(bytes), format: "plain", mtime: statSync(CLEAN).mtime.toISOString() });
    expect(text).toContain(`-- Dumped by pg_dump version ${receipt.input.header.pgDumpVersion}\n`);
    expect(text).toContain(`-- Dumped from database version ${receipt.input.header.serverVersion}\n`);
    expect(receipt.spec).toEqual({ path: SPEC, sha256: sha256(readFileSync(SPEC)) });
    expect(receipt.rules.sha256).toBe(sha256(JSON.stringify(JSON.parse(stableJson(receipt.rules.effective)))));
    expect(receipt.rules.effective.map((r) => r.id)).toEqual(report.rules.map((r) => r.id));
    expect(receipt.summary).toEqual(report.summary);
    expect(receipt).toMatchObject({ failOn: "error", verdict: "pass", checkedAt: "2026-01-02T03:04:05.000Z", tool: { name: "dumpguard" } });
    expect(receipt.report.sha256).toBe(sha256(formatJson(report)));
    expect(receipt.baseline).toBeUndefined();
  });

  it("is deterministic apart from checkedAt", async () => {
    const a = (await checkWithReceipt(CLEAN, { spec: SPEC, now: fixedNow })).receipt;
    const b = (await checkWithReceipt(CLEAN, { spec: SPEC, now: () => new Date("2030-05-06T07:08:09.000Z"), timings: true })).receipt;
    expect(b.checkedAt).not.toBe(a.checkedAt);
    expect(stableJson({ ...b, checkedAt: a.checkedAt })).toBe(stableJson(a));
  });

  it("hashes the effective rule options and the baseline: changing either changes the receipt", async () => {
    const base = (await checkWithReceipt(CLEAN, { spec: SPEC })).receipt;
    const stricter = (await checkWithReceipt(CLEAN, { spec: SPEC, rules: { "unsanitized-pii": { options: { minValues: 2 } } } })).receipt;
    expect(stricter.rules.sha256).not.toBe(base.rules.sha256);
    const baselineFile = join(dir, "baseline.json");
    writeFileSync(baselineFile, JSON.stringify({ version: 1, entries: [{ detector: "bcrypt-hash", reason: "accepted" }] }));
    const withBaseline = (await checkWithReceipt(CLEAN, { spec: SPEC, baseline: baselineFile })).receipt;
    expect(withBaseline.baseline).toMatchObject({ path: baselineFile, entries: 1 });
    expect(withBaseline.baseline!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(withBaseline.rules.sha256).toBe(base.rules.sha256);
  });

  it("covers the compressed bytes of a gzip dump, which verify re-reads the same way", async () => {
    const gz = "corpus/dumps/birth-surface/plain.sql.gz";
    const { receipt } = await checkWithReceipt(gz, { spec: SPEC });
    expect(receipt.input).toMatchObject({ format: "gzip+plain", size: statSync(gz).size, sha256: sha256(readFileSync(gz)) });
    expect(receipt.verdict).toBe("pass");
    expect((await verifyReceipt(gz, receipt)).ok).toBe(true);
  });

  it.runIf(process.platform !== "win32")("a FIFO is checked but its receipt is unusable: it cannot be read again", async () => {
    const fifo = join(dir, "dump.fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    // The writer blocks until the check opens the FIFO for reading, then ends.
    const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", CLEAN, fifo], { stdio: "ignore" });
    const { report, receipt } = await checkWithReceipt(fifo, { onlyRules: ["input-integrity"] });
    await new Promise((done) => (writer.exitCode !== null ? done(undefined) : writer.once("exit", done)));
    expect(report.summary.statements).toBeGreaterThan(0);
    expect(receipt.verdict).toBe("unusable");
    expect(receipt.notes?.[0]).toContain("not a regular file");
  });

  it("a file that changes while it is checked gets an unusable verdict, never a pass", async () => {
    const path = copyOf("corpus/dumps/app/plain.sql", "growing.sql");
    let appended = false;
    const { receipt } = await checkWithReceipt(path, {
      onlyRules: ["input-integrity"],
      onProgress: () => {
        if (!appended) appendFileSync(path, "-- appended while the check reads\n");
        appended = true;
      },
    });
    expect(appended).toBe(true);
    expect(receipt.verdict).toBe("unusable");
    expect(receipt.notes?.[0]).toContain("changed while it was checked");
    expect((await verifyReceipt(path, receipt)).ok).toBe(false);
  });
});

describe("verify", () => {
  it("passes on the same bytes", async () => {
    const path = copyOf(CLEAN, "same.sql");
    const { receipt } = await checkWithReceipt(path, { spec: SPEC });
    expect(await verifyReceipt(path, receipt)).toMatchObject({ ok: true, differences: [] });
  });
  for (const where of ["first", "middle", "last"] as const) {
    it(`fails with "sha256 differs" when one byte (the ${where}) is flipped`, async () => {
      const path = copyOf(CLEAN, `flipped-${where}.sql`);
      const { receipt } = await checkWithReceipt(path, { spec: SPEC });
      const size = statSync(path).size;
      flipByte(path, where === "first" ? 0 : where === "middle" ? Math.floor(size / 2) : size - 1);
      const result = await verifyReceipt(path, receipt);
      expect(result.ok).toBe(false);
      expect(result.differences).toHaveLength(1);
      expect(result.differences[0]).toMatch(/^sha256 differs \(receipt [0-9a-f]{64}, file [0-9a-f]{64}\)$/);
    });
  }
  it("fails with size and sha256 when a byte is appended", async () => {
    const path = copyOf(CLEAN, "appended.sql");
    const { receipt } = await checkWithReceipt(path, { spec: SPEC });
    appendFileSync(path, "\n");
    expect((await verifyReceipt(path, receipt)).differences.map((d) => d.split(" (")[0])).toEqual(["size differs", "sha256 differs"]);
  });
  it("a receipt with a failing verdict never verifies, even on the very bytes it describes", async () => {
    const { receipt } = await checkWithReceipt(NO_ATTESTATION, { spec: SPEC });
    expect(receipt.verdict).toBe("fail");
    expect(receipt.summary.errors).toBe(1);
    const result = await verifyReceipt(NO_ATTESTATION, receipt);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual(["receipt verdict was fail (at --fail-on error): the checked bytes did not pass"]);
  });
  it("the verdict is the gate's at --fail-on: warnings fail at 'warning', pass at 'error'", async () => {
    // The missing attestation, lowered to a warning: the dump's one finding.
    const options = { spec: SPEC, rules: { "required-shape": "warning" as const } };
    const atError = (await checkWithReceipt(NO_ATTESTATION, options)).receipt;
    const atWarning = (await checkWithReceipt(NO_ATTESTATION, { ...options, failOn: "warning" })).receipt;
    expect([atError.summary.errors, atError.summary.warnings]).toEqual([0, 1]);
    expect([atError.verdict, atWarning.verdict]).toEqual(["pass", "fail"]);
    expect(atWarning.rules.sha256).toBe(atError.rules.sha256);
    expect((await verifyReceipt(NO_ATTESTATION, atError)).ok).toBe(true);
    expect((await verifyReceipt(NO_ATTESTATION, atWarning)).ok).toBe(false);
  });
  it("a moved or touched file still verifies by its bytes; the real path and mtime changes are notes", async () => {
    const path = copyOf(CLEAN, "to-move.sql");
    const { receipt } = await checkWithReceipt(path, { spec: SPEC });
    const moved = join(dir, "moved.sql");
    copyFileSync(path, moved);
    const result = await verifyReceipt(moved, receipt);
    expect(result.ok).toBe(true);
    expect(result.notes.some((n) => n.startsWith("real path differs"))).toBe(true);
  });
});

describe("reading a receipt", () => {
  const good = async () => JSON.parse(stableJson((await checkWithReceipt(CLEAN, { spec: SPEC, now: fixedNow })).receipt)) as Record<string, any>;
  it("names the JSON path of what is wrong, never the content", async () => {
    const r = await good();
    r.input.sha256 = "not-a-hash";
    expect(parseReceipt(JSON.stringify(r))).toMatchObject({ ok: false, problem: { jsonPath: "$.input.sha256" } });
    const extra = await good();
    extra.rules.effective[0].secretKey = "x";
    expect(parseReceipt(JSON.stringify(extra))).toMatchObject({ ok: false, problem: { jsonPath: "$.rules.effective[0].secretKey", message: "unknown key" } });
    const noVerdict = await good();
    delete noVerdict.verdict;
    expect(parseReceipt(JSON.stringify(noVerdict))).toMatchObject({ ok: false, problem: { jsonPath: "$.verdict" } });
    const broken = parseReceipt('{\n  "receiptVersion": 1,\n  "password-hunter2" }');
    expect(broken).toMatchObject({ ok: false, problem: { jsonPath: "$" } });
    expect(JSON.stringify(broken)).not.toContain("hunter2");
  });
  it("reads regular files only, up to the size limit", () => {
    expect(() => readReceipt(dir)).toThrow(ReceiptError);
    expect(() => readReceipt(dir)).toThrow(/not a regular file/);
    const big = join(dir, "big.json");
    writeFileSync(big, Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect(() => readReceipt(big)).toThrow(/limit/);
    expect(() => readReceipt(join(dir, "absent.json"))).toThrow(/ENOENT/);
  });
  it.runIf(process.platform !== "win32")("does not hang on a FIFO", () => {
    const fifo = join(dir, "receipt.fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    expect(() => readReceipt(fifo)).toThrow(/not a regular file/);
  });
});

// The CLI as users run it (`npm test` builds dist/ first).
const CLI = "dist/cli.js";
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input: "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(existsSync(CLI))("dumpguard check --receipt / verify: exit codes", () => {
  const work = join(dir, "cli");
  mkdirSync(work, { recursive: true });
  it("check --receipt writes the receipt (exit 0); verify exits 0; the report's sha256 is that of --format json", () => {
    const dump = copyOf(CLEAN, "cli-clean.sql");
    const receipt = join(work, "clean.receipt.json");
    expect(cli(["check", dump, "--spec", SPEC, "--receipt", receipt]).code).toBe(0);
    const written = readReceipt(receipt);
    expect(written.verdict).toBe("pass");
    const json = cli(["check", dump, "--spec", SPEC, "--format", "json"]);
    expect(written.report.sha256).toBe(sha256(json.stdout));
    const verified = cli(["verify", dump, "--receipt", receipt]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`verified against ${receipt}`);
  });
  it("verify exits 1 with 'sha256 differs' after one flipped byte", () => {
    const dump = copyOf(CLEAN, "cli-flip.sql");
    const receipt = join(work, "flip.receipt.json");
    expect(cli(["check", dump, "--spec", SPEC, "--receipt", receipt]).code).toBe(0);
    flipByte(dump, 100);
    const r = cli(["verify", dump, "--receipt", receipt]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("NOT verified");
    expect(r.stdout).toContain("sha256 differs");
    expect(r.stdout).not.toContain("size differs");
  });
  it("a failing check exits 1 and writes a receipt that verify refuses (exit 1, 'receipt verdict was fail')", () => {
    const receipt = join(work, "fail.receipt.json");
    expect(cli(["check", NO_ATTESTATION, "--spec", SPEC, "--receipt", receipt]).code).toBe(1);
    const r = cli(["verify", NO_ATTESTATION, "--receipt", receipt]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("receipt verdict was fail");
  });
  it("exit 2: broken receipt (with its JSON path), receipt not a regular file, missing dump, usage errors", () => {
    const dump = copyOf(CLEAN, "cli-broken.sql");
    const receipt = join(work, "broken.receipt.json");
    expect(cli(["check", dump, "--spec", SPEC, "--receipt", receipt]).code).toBe(0);
    const value = JSON.parse(readFileSync(receipt, "utf8")) as Record<string, any>;
    value.input.size = -1;
    writeFileSync(receipt, JSON.stringify(value));
    const broken = cli(["verify", dump, "--receipt", receipt]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("at $.input.size");
    writeFileSync(receipt, "{ not json");
    expect(cli(["verify", dump, "--receipt", receipt]).stderr).toMatch(/at \$: expected JSON \(not valid JSON at line 1, column \d+\)/);
    expect(cli(["verify", dump, "--receipt", work]).code).toBe(2);
    expect(cli(["verify", join(work, "missing.sql"), "--receipt", receipt]).code).toBe(2);
    expect(cli(["verify", dump]).code).toBe(2);
    expect(cli(["verify", "-", "--receipt", receipt]).code).toBe(2);
    expect(cli(["check", "-", "--receipt", receipt]).code).toBe(2);
    expect(cli(["check", dump, "--receipt", dump]).code).toBe(2);
    expect(readFileSync(dump).equals(readFileSync(CLEAN))).toBe(true);
    expect(cli(["check", join(work, "missing.sql"), "--receipt", join(work, "never.json")]).code).toBe(2);
    expect(existsSync(join(work, "never.json"))).toBe(false);
  });
});
