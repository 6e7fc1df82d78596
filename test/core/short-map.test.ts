import { describe, expect, it } from "vitest";
import { ShortMap } from "../../src/core/short-map.js";

describe("ShortMap", () => {
  it("answers as a Map does, short and past the switch to a Map, with keys replaced and missing", () => {
    for (const size of [0, 1, 3, 15, 16, 17, 40]) {
      const short = new ShortMap<number>();
      const map = new Map<string, number>();
      const keys = Array.from({ length: size }, (_, i) => `c${i}`);
      for (const [i, key] of keys.entries()) {
        short.set(key, i);
        map.set(key, i);
      }
      // Replace every third value, then look every key up and some missing ones.
      for (let i = 0; i < size; i += 3) {
        short.set(keys[i]!, -i);
        map.set(keys[i]!, -i);
      }
      for (const key of [...keys, "missing", "", "c999"]) {
        expect(short.get(key), `${size}: ${key}`).toBe(map.get(key));
        expect(short.has(key), `${size}: ${key}`).toBe(map.has(key));
      }
    }
  });

  it("a value equal to a key is not taken for the key", () => {
    const short = new ShortMap<string>();
    short.set("a", "b");
    short.set("b", "c");
    expect(short.get("b")).toBe("c");
    expect(short.has("c")).toBe(false);
  });
});
