import { describe, expect, it } from "vitest";
import { openInput } from "../../src/input/open-input.js";

async function columnsOf(bytes: number[] | Uint8Array): Promise<[number | undefined, number | undefined][]> {
  const opened = await openInput(Uint8Array.from(bytes));
  for await (const _ of opened.text) void _;
  return opened.problems.filter((p) => p.code === "invalid-utf8").map((p) => [p.line, p.column]);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe("invalid UTF-8 is located at the column of its U+FFFD (issue 10 item 15)", () => {
  it("`ab` + ED A0 80 (an encoded surrogate: three maximal subparts) is at columns 3, 4, 5", async () => {
    expect(await columnsOf([...ascii("ab"), 0xed, 0xa0, 0x80, ...ascii("c\n")])).toEqual([
      [1, 3],
      [1, 4],
      [1, 5],
    ]);
  });

  it("counts valid multi-byte characters as UTF-16 units and each bad sequence as one, across lines", async () => {
    // é (1 unit), FF, x, lone continuation 80, 😀 (2 units), F0 9F (cut 4-byte sequence), then a new line
    expect(await columnsOf([0xc3, 0xa9, 0xff, ...ascii("x"), 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, ...ascii("y\nz"), 0xc0])).toEqual([
      [1, 2],
      [1, 4],
      [1, 7],
      [2, 2],
    ]);
  });
});
