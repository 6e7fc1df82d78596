import { describe, expect, it } from "vitest";
import { freshStrings, prime, PRIME_ROUNDS } from "../../src/core/prime-feedback.js";
import { decodeCopyLine, lastCopyLine } from "../../src/data/copy.js";

describe("prime-feedback: rare paths run at load, answers unchanged", () => {
  it("freshStrings gives the same strings, in order (empty ones too)", () => {
    const values = ["", "a", "tab\there", "名前", "x".repeat(40), ""];
    expect(freshStrings(values)).toEqual(values);
    expect(freshStrings([])).toEqual([]);
  });

  it("prime runs its paths PRIME_ROUNDS times", () => {
    let runs = 0;
    prime(() => runs++);
    expect(runs).toBe(PRIME_ROUNDS);
  });

  it("copy.ts's priming leaves lastCopyLine saying only the line decoded after it", () => {
    const values = decodeCopyLine("1\ta\\tb\t\\N", { delimiter: "\t", nullString: "\\N" }, 3);
    expect(values).toEqual(["1", "a\tb", null]);
    expect(lastCopyLine.values).toBe(values);
    expect(lastCopyLine.line).toBe("1\ta\\tb\t\\N");
  });
});
