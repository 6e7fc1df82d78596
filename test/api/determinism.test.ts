import { readdirSync, readFileSync, existsSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";

const dumps = readdirSync("corpus/dumps")
  .sort()
  .map((db) => `corpus/dumps/${db}/plain.sql`)
  .filter((path) => existsSync(path));

/** The same bytes cut into pieces of `size` bytes, so chunk boundaries fall everywhere. */
function chunked(bytes: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.from(pieces);
}

describe("same input and options give byte-identical reports, whatever the chunking", () => {
  for (const path of dumps) {
    it(path, async () => {
      const options = { spec: "schemas/birth-surface.spec.json", file: path };
      const bytes = readFileSync(path);
      const first = formatJson(await analyze({ path }, options));
      expect(formatJson(await analyze({ path }, options))).toBe(first);
      // 4093 and 65521 are primes: boundaries land inside multi-byte characters, escapes and `\.` lines.
      expect(formatJson(await analyze(chunked(bytes, 4093), options))).toBe(first);
      expect(formatJson(await analyze(chunked(bytes, 65521), options))).toBe(first);
      const report = await analyze({ path }, options);
      expect(formatSarif(report)).toBe(formatSarif(await analyze({ path }, options)));
    });
  }
});
