import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedSchemas } from "../../scripts/published-schemas.js";

describe("published JSON Schemas", () => {
  for (const [file, expected] of Object.entries(publishedSchemas())) {
    it(`${file} is up to date with the zod schemas (run npm run schemas)`, () => {
      expect(readFileSync(file, "utf8")).toBe(expected);
    });
  }
});
