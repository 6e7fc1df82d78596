import stableStringify from "fast-json-stable-stringify";
import type { Report } from "./schema.js";

/** The report as JSON with keys sorted (fast-json-stable-stringify), indented, newline-terminated:
 * the same report always gives the same bytes. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(JSON.parse(stableStringify(report)), null, 2)}\n`;
}

/**
 * `formatJson(report)` in pieces, one per finding, diagnostic, column verdict ... (stableJsonChunks): the same bytes
 * joined. The CLI writes these: formatJson makes the report three times over at once (the stable string, its parse,
 * the indented string), which on a report of 140k findings (a 20 MB dump of one-row tables, each with an e-mail)
 * was most of the CLI's 1.9 GB peak.
 */
export function formatJsonChunks(report: Report): Generator<string> {
  return stableJsonChunks(report as unknown as Record<string, unknown>);
}

/** Any value as deterministic indented JSON (used for `dumpguard catalog`). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(JSON.parse(stableStringify(value) ?? "null"), null, 2)}\n`;
}

const indentBy = (text: string, spaces: string) => text.replaceAll("\n", `\n${spaces}`);

/**
 * `stableJson` of an object, in pieces: one per element of each top-level array, each element
 * passed through `prepare` only when its turn comes. The pieces joined are byte for byte
 * `stableJson(object)` (with `prepare` applied); no piece holds more than one element, so a
 * catalog of 100,000 tables is never one 250 MB string.
 */
export function* stableJsonChunks(object: Record<string, unknown>, prepare: (value: unknown, key: string | undefined) => unknown = (v) => v): Generator<string> {
  const keys = Object.keys(object).filter((k) => object[k] !== undefined).sort();
  if (keys.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [n, key] of keys.entries()) {
    const value = object[key];
    const comma = n < keys.length - 1 ? "," : "";
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield "[\n";
      for (const [k, element] of value.entries()) yield `    ${indentBy(stableJson(prepare(element, undefined)).trimEnd(), "    ")}${k < value.length - 1 ? "," : ""}\n`;
      yield `  ]${comma}\n`;
    } else yield `${indentBy(stableJson(prepare(value, key)).trimEnd(), "  ")}${comma}\n`;
  }
  yield "}\n";
}
