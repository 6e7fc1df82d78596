/**
 * Issue 12: live-host-pointers turns a cell away by its hints before asking whether it is JSON
 * (`HOST_READING_HINTS`): a cell whose hints hold none of those bits is let through by neither
 * pre-check from hints, JSON or not. Random text of host words, keywords and awkward characters,
 * and every COPY value of the corpus.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textHints } from "../../../src/rules/judgement/cell-hints.js";
import { HOST_READING_HINTS, jsonMayNameHostFromHints, scalarMayNameHostFromHints } from "../../../src/rules/hosts/cell-precheck.js";
import { HOST_NAME_HINTS } from "../../../src/rules/hosts/host-words.js";
import { corpusCopyValues } from "../../corpus/copy-values.js";

const pieces = [...HOST_NAME_HINTS, "://", "host", "HOST", "\u212a", "\\", ".", ":", ";", " ", "\n", "@", "0", "9", "{", "}", '"', "]:", "[fd12::1]", "db.acme.com", "a b.c.d", ":6379", "\":80\"", "Server=", "x", "é"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""));

function check(t: string): void {
  const hints = textHints(t);
  if ((hints & HOST_READING_HINTS) !== 0) return;
  for (const prose of [true, false]) {
    expect(scalarMayNameHostFromHints(hints, t, prose), JSON.stringify(t)).toBe(false);
    expect(jsonMayNameHostFromHints(hints, t, prose), JSON.stringify(t)).toBe(false);
  }
}

describe("a cell without any HOST_READING_HINTS bit names no host by either pre-check", () => {
  it("on random text", () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 5000 });
  });
  it("on every COPY value of the corpus", () => {
    for (const value of corpusCopyValues()) check(value);
  });
});
