import { describe, expect, it } from "vitest";
import { recordsDecoder, recordsEncoder } from "../../src/core/pack-records.js";

describe("recordsEncoder / recordsDecoder", () => {
  it("gives back every row's records, field for field and in order, through a structured clone", () => {
    const rows = [
      undefined,
      [{ detector: "jwt", column: "token", jsonPath: undefined, secret: "eyJ…", count: 3, info: true }],
      [],
      [
        { detector: "jwt", column: "token", secret: "other" },
        { detector: "aws", severity: "info", column: "1", n: 1 },
      ],
      undefined,
    ];
    const encoder = recordsEncoder();
    for (const row of rows) encoder.add(row);
    const decoder = recordsDecoder<Record<string, unknown>>(structuredClone(encoder.finish()));
    const back = rows.map(() => decoder.next());
    // Undefined fields are dropped (reading them still gives undefined); "1" stays a string, 1 a number.
    expect(back).toEqual([undefined, [{ detector: "jwt", column: "token", secret: "eyJ…", count: 3, info: true }], [], rows[3], undefined]);
    expect(Object.keys(back[1]![0]!)).toEqual(["detector", "column", "secret", "count", "info"]);
    expect(back[3]![1]!.column).toBe("1");
    expect(back[3]![1]!.n).toBe(1);
  });

  it("refuses a field that is not a string, number or boolean", () => {
    expect(() => recordsEncoder().add([{ range: { start: 1 } }])).toThrow(/range/);
  });

  it("sends each distinct key and value once", () => {
    const encoder = recordsEncoder();
    for (let i = 0; i < 1000; i++) encoder.add([{ detector: "bcrypt-hash", description: "a long description of the detector", secret: `s${i % 10}` }]);
    expect(encoder.finish().values.length).toBe(3 + 2 + 10);
  });
});
