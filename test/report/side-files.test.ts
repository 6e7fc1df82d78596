/**
 * Issue 10 item 5: spec (and its `extends`), baseline and attestation manifest paths read only
 * regular files, with a size limit, and never quote a foreign file's content in an error.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadBaseline } from "../../src/report/baseline.js";
import { loadSpec } from "../../src/report/spec.js";
import { readSmallFile } from "../../src/input/small-file.js";

const dir = mkdtempSync(join(tmpdir(), "dumpguard-side-"));
const shadow = join(dir, "shadow");
writeFileSync(shadow, "root:*:20202:0:99999:7:::\ndaemon:*:20202:0:99999:7:::\n");
const fifo = join(dir, "fifo");
const haveFifo = spawnSync("mkfifo", [fifo]).status === 0;
const spec = (name: string, body: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
};
const errorsOf = (path: string) => {
  const loaded = loadSpec(path);
  return loaded.ok ? [] : loaded.errors.map((e) => e.message);
};

describe("spec extends", () => {
  it("a non-JSON parent is an error that does not quote it", () => {
    const messages = errorsOf(spec("to-shadow.json", { extends: shadow }));
    expect(messages.join("\n")).toMatch(/expected JSON/);
    expect(messages.join("\n")).not.toContain("root");
  });

  it("/dev/zero, a directory and a FIFO are refused at once, never read", () => {
    for (const target of ["/dev/zero", dir, ...(haveFifo ? [fifo] : [])]) {
      const messages = errorsOf(spec("to-special.json", { extends: target }));
      expect(messages.join("\n"), target).toMatch(/not a regular file/);
    }
  });

  it("a parent over the size limit is refused without being read", () => {
    const big = join(dir, "big.json");
    writeFileSync(big, `{"tables":[],"x":"${"a".repeat(5 * 1024 * 1024)}"}`);
    expect(errorsOf(spec("to-big.json", { extends: big })).join("\n")).toMatch(/the limit is/);
  });
});

describe("attestation manifest", () => {
  it("/dev/zero and a FIFO are unreadable places, not 16 GB of zeros or a hang", () => {
    for (const target of ["/dev/zero", ...(haveFifo ? [fifo] : [])]) {
      const loaded = loadSpec(spec("manifest.json", { attestation: { text: "sanitized", in: [{ manifest: target }] } }));
      expect(loaded.ok).toBe(true);
      const place = loaded.ok ? loaded.spec.attestation?.in[0] : undefined;
      expect(place).toMatchObject({ readError: "not a regular file" });
    }
  });
});

describe("baseline", () => {
  it("a non-JSON file is a ConfigError that does not quote it", () => {
    let message = "";
    try {
      loadBaseline(shadow);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/expected JSON/);
    expect(message).not.toContain("root");
  });

  it("/dev/zero and a FIFO are refused", () => {
    for (const target of ["/dev/zero", ...(haveFifo ? [fifo] : [])]) expect(() => loadBaseline(target)).toThrow(/not a regular file/);
  });
});

describe("readSmallFile", () => {
  it("reads a regular file whole and names the reason otherwise", () => {
    const read = readSmallFile(shadow, 1024);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toContain("daemon");
    expect(readSmallFile(shadow, 10)).toEqual({ ok: false, reason: "54 bytes; the limit is 10" });
    expect(readSmallFile(join(dir, "missing"), 10)).toEqual({ ok: false, reason: "ENOENT", code: "ENOENT" });
  });
});
