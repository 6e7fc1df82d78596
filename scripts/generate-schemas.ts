// Writes the published JSON Schemas from the zod schemas, the single source of truth.
// `npm run schemas` regenerates; test/report/schemas.test.ts fails when a committed file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publishedSchemas } from "./published-schemas.js";

const root = fileURLToPath(new URL("..", import.meta.url));
for (const [file, text] of Object.entries(publishedSchemas())) {
  writeFileSync(`${root}${file}`, text);
  console.log(`wrote ${file}`);
}
