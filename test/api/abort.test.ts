import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";

describe("analyze({ signal })", () => {
  it("stops reading when the signal aborts and rejects with its reason, instead of reporting half a file", async () => {
    const controller = new AbortController();
    let chunks = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      const block = new TextEncoder().encode("--\n-- PostgreSQL database dump\n--\n" + "SELECT 1;\n".repeat(10_000));
      for (;;) {
        chunks++;
        if (chunks === 5) controller.abort(new Error("editor closed the file"));
        yield block;
      }
    }
    await expect(analyze(endless(), { signal: controller.signal })).rejects.toThrow("editor closed the file");
    expect(chunks).toBeLessThan(10);
  });

  it("an unaborted signal changes nothing", async () => {
    const text = "CREATE TABLE public.t (id integer);\n";
    const plain = await analyze(text);
    const withSignal = await analyze(text, { signal: new AbortController().signal });
    expect(withSignal).toEqual(plain);
  });
});
