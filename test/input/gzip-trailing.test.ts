import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { openInput, type OpenedInput } from "../../src/input/open-input.js";

async function readAll(opened: OpenedInput): Promise<string> {
  let text = "";
  for await (const chunk of opened.text) text += chunk;
  return text;
}

const plain = readFileSync("corpus/dumps/secrets/plain.sql");
const garbage = Buffer.from("this line is not gzip\n");

describe("gzip followed by bytes that are not gzip", () => {
  // Node's Gunzip failed the whole write holding the end of the member: 70,882 of 86,114 bytes of
  // a real dump were checked, findings in the lost tail were missed and false ones added.
  it("decodes the complete member in full, as gzip -d does, then reports the trailing bytes with their offset", async () => {
    const gz = gzipSync(plain);
    const opened = await openInput(Buffer.concat([gz, garbage]));
    expect(await readAll(opened)).toBe(plain.toString("utf8"));
    expect(opened.problems).toHaveLength(1);
    expect(opened.problems[0]).toMatchObject({ code: "gzip-corrupt", offset: gz.length });
    expect(opened.problems[0]!.message).toContain(`${garbage.length} byte(s) that are not gzip follow the end of the compressed data at compressed byte ${gz.length}`);
    expect(opened.provenance()).toMatchObject({ bytes: gz.length + garbage.length, decodedBytes: plain.length });
  });

  it("a real dump + garbage has the findings of the dump plus one for the trailing bytes, whatever the chunking", async () => {
    const clean = await analyze(plain);
    const input = Buffer.concat([gzipSync(plain), garbage]);
    for (const chunk of [1 << 20, 4096, 7]) {
      async function* chunks() {
        for (let i = 0; i < input.length; i += chunk) yield input.subarray(i, i + chunk);
      }
      const report = await analyze(chunks());
      expect(report.summary.rows).toBe(clean.summary.rows);
      const trailing = report.findings.filter((f) => f.message.includes("not gzip"));
      expect(trailing).toHaveLength(1);
      expect(report.findings.filter((f) => !f.message.includes("not gzip")).map((f) => f.fingerprint)).toEqual(clean.findings.map((f) => f.fingerprint));
    }
  });

  it("several members, zero padding, and garbage after several members", async () => {
    const a = gzipSync(Buffer.from("SELECT 1;\n"));
    const b = gzipSync(Buffer.from("SELECT 2;\n"));
    const padded = await openInput(Buffer.concat([a, b, Buffer.alloc(1000)]));
    expect(await readAll(padded)).toBe("SELECT 1;\nSELECT 2;\n");
    expect(padded.problems).toEqual([]);
    const tail = await openInput(Buffer.concat([a, b, Buffer.from([0, 0, 7])]));
    expect(await readAll(tail)).toBe("SELECT 1;\nSELECT 2;\n");
    expect(tail.problems.map((p) => [p.code, p.offset])).toEqual([["gzip-corrupt", a.length + b.length]]);
  });

  it("a member cut short, or with a wrong checksum, is still gzip-corrupt and keeps the text before", async () => {
    const gz = gzipSync(plain);
    const cut = await openInput(gz.subarray(0, gz.length - 4));
    expect(await readAll(cut)).toBe(plain.toString("utf8"));
    expect(cut.problems.map((p) => p.code)).toEqual(["gzip-corrupt"]);
    expect(cut.problems[0]!.message).toMatch(/ends early/);
    const flipped = Buffer.from(gz);
    flipped[flipped.length - 6]! ^= 1; // the CRC-32
    const bad = await openInput(flipped);
    await readAll(bad);
    expect(bad.problems[0]!.message).toMatch(/checksum/);
  });
});
