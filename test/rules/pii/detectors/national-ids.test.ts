import { describe, expect, it } from "vitest";
import { ssnInCell } from "../../../../src/rules/pii/detectors/us-ssn.js";
import { ninoInCell } from "../../../../src/rules/pii/detectors/uk-nino.js";
import { nirInCell, validNir } from "../../../../src/rules/pii/detectors/fr-nir.js";

describe("US SSN", () => {
  it.each(["536-22-8471", "536228471", "536 22 8471"])("%s is a real-looking SSN", (cell) => {
    const m = ssnInCell(cell);
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe("•••-••-••71");
  });
  it.each(["000-12-3456", "666-12-3456", "912-12-3456", "536-00-8471", "536-22-0000", "53-622-8471", "536-22-847", "abc-de-fghi"])(
    "%s breaks the SSA rules",
    (cell) => {
      expect(ssnInCell(cell)).toBeUndefined();
    },
  );
  it.each(["078-05-1120", "219-09-9999", "123-45-6789"])("%s is a famous advertising or filler number", (cell) => {
    expect(ssnInCell(cell)?.syntheticReason).toBe("advertising or filler number");
  });
});

describe("UK NINO", () => {
  it.each(["JK 48 27 19 C", "JK482719C", "SP174903A"])("%s is a real-looking NINO", (cell) => {
    const m = ninoInCell(cell);
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).not.toContain("4827");
  });
  it.each(["DA482719C", "AD482719C", "GB482719C", "ZZ482719C", "TN482719C", "JK482719E", "JK48271C", "J1482719C"])("%s breaks the prefix/suffix rules", (cell) => {
    expect(ninoInCell(cell)).toBeUndefined();
  });
  it("AB123456C, the form example, is synthetic", () => {
    expect(ninoInCell("AB 12 34 56 C")?.syntheticReason).toBe("example number");
  });
});

describe("French NIR", () => {
  // Keys computed independently: 97 - (n mod 97), Corsica 2A -> 19, 2B -> 18.
  it.each(["185057800608491", "2 93 03 75 112 345 40", "178022A12345637", "269122B05432107"])("%s is a valid NIR", (cell) => {
    const m = nirInCell(cell);
    expect(m?.detector).toBe("fr-nir");
    expect(m?.syntheticReason).toBeUndefined();
  });
  it.each(["185057800608492", "585057800608491", "1851378006084", "1851378006084xx", "178022C12345637", "18505780060849"])("%s is not a valid NIR", (cell) => {
    expect(nirInCell(cell)).toBeUndefined();
  });
  it("validNir counts 2A as 19 and 2B as 18 in the key", () => {
    expect(validNir("178022A12345637")).toBe(true);
    expect(validNir("178022B12345637")).toBe(false);
  });
});
