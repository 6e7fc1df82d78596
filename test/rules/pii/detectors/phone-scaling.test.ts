import { describe, expect, it } from "vitest";
import { findPhones } from "../../../../src/rules/pii/detectors/phone.js";
import { describeScaling, isSuperlinear, measureScaling } from "../../../scaling/ratio.js";

/** Deterministic hex text: digit runs split by letters, no `+` anywhere (an avatar, a serialized blob). */
function hexText(chars: number): string {
  let x = 0x2545f491;
  let out = "";
  for (let i = 0; i < chars; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += "0123456789abcdef"[(x >>> 0) % 16];
  }
  return out;
}

describe("findPhones time is linear in the text", () => {
  // retryFromPlus searched the rest of the text for a `+` once per digit run: 1 MB of hex took seconds, 8 MB half a minute.
  it("on hex text with no `+`, time per character does not grow with size", async () => {
    const s = await measureScaling((scale) => hexText(scale * 96_000), (text) => findPhones(text));
    expect(isSuperlinear(s), describeScaling(s)).toBe(false);
  });

  it("still finds a number after a leading run (`Room 12 +33 6 12 34 56 78`) when the `+` is inside the run", () => {
    expect(findPhones("Room 12 +33 6 12 34 56 78").map((m) => m.masked)).toEqual(["+33 •••••••78"]);
    expect(findPhones("12 34 56 78 9a +33")).toEqual([]);
  });
});
