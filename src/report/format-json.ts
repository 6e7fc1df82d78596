import stableStringify from "fast-json-stable-stringify";
import type { Report } from "./schema.js";

/** The report as JSON with keys sorted (fast-json-stable-stringify), indented, newline-terminated:
 * the same report always gives the same bytes. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(JSON.parse(stableStringify(report)), null, 2)}\n`;
}

/** Any value as deterministic indented JSON (used for `dumpguard catalog`). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(JSON.parse(stableStringify(value) ?? "null"), null, 2)}\n`;
}
