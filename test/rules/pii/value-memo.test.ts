import { describe, expect, it } from "vitest";
import { pinsLongText, TableMemos, ValueMemo } from "../../../src/rules/judgement/value-memo.js";

/** What a caller does: recall, else judge and remember. */
function judged<R extends NonNullable<unknown>>(memo: ValueMemo<R>, value: string, judge: (v: string) => R): R {
  const known = memo.recall(value);
  if (known !== undefined) return known;
  const result = judge(value);
  memo.remember(value, result);
  return result;
}

describe("ValueMemo", () => {
  it("judges each distinct value once and returns the same result for it", () => {
    const memo = new ValueMemo<string>();
    const seen: string[] = [];
    const judge = (v: string) => (seen.push(v), v.toUpperCase());
    const out = ["fr", "de", "fr", "fr", "de", "se"].map((v) => judged(memo, v, judge));
    expect(out).toEqual(["FR", "DE", "FR", "FR", "DE", "SE"]);
    expect(seen).toEqual(["fr", "de", "se"]);
  });
  it("never remembers a long value", () => {
    const memo = new ValueMemo<number>();
    let calls = 0;
    const long = "a".repeat(300);
    judged(memo, long, () => ++calls);
    judged(memo, long, () => ++calls);
    expect(calls).toBe(2);
  });
  it("stops memoizing a column of unique values, and keeps judging them right", () => {
    const memo = new ValueMemo<number>();
    for (let i = 0; i < 10_000; i++) expect(judged(memo, `user${i}@mail.test`, (v) => v.length)).toBe(`user${i}@mail.test`.length);
    expect(memo.active).toBe(false);
    const repeating = new ValueMemo<number>();
    for (let i = 0; i < 10_000; i++) judged(repeating, ["a", "b", "c"][i % 3]!, (v) => v.length);
    expect(repeating.active).toBe(true);
  });
});

describe("ValueMemo.lastHitBy", () => {
  it("is what the last recall was named by when it found its value, and undefined after a recall that found nothing", () => {
    const memo = new ValueMemo<number>();
    const [row1, row2, row3] = [{}, {}, {}];
    expect(memo.lastHitBy).toBeUndefined();
    expect(memo.recall("fr", row1)).toBeUndefined();
    expect(memo.lastHitBy).toBeUndefined();
    memo.remember("fr", 1);
    expect(memo.recall("f" + "r".repeat(1), row2)).toBe(1);
    expect(memo.lastHitBy).toBe(row2);
    expect(memo.recall("de", row3)).toBeUndefined();
    expect(memo.lastHitBy).toBeUndefined();
    memo.recall("fr", row3);
    // A value it does not look up (too long) is no hit either.
    expect(memo.recall("a".repeat(300), row1)).toBeUndefined();
    expect(memo.lastHitBy).toBeUndefined();
  });
});

describe("TableMemos", () => {
  it("keeps the memos of one table at a time: another table's first memo drops the previous table's", () => {
    const memos = new TableMemos<string>();
    const tableA = {};
    const tableB = {};
    const a1 = { memo: undefined as ValueMemo<string> | undefined };
    const a2 = { memo: undefined as ValueMemo<string> | undefined };
    const b1 = { memo: undefined as ValueMemo<string> | undefined };
    const m1 = memos.of(a1, tableA);
    m1.remember("x", "X");
    expect(memos.of(a1, tableA)).toBe(m1);
    memos.of(a2, tableA);
    expect(a1.memo).toBe(m1);
    memos.of(b1, tableB);
    expect([a1.memo, a2.memo]).toEqual([undefined, undefined]);
    expect(b1.memo).toBeDefined();
    // Table A again: a fresh memo that remembers nothing (an exact cache only judges again).
    expect(memos.of(a1, tableA).recall("x")).toBeUndefined();
    expect(b1.memo).toBeUndefined();
  });
});

describe("pinsLongText", () => {
  const row = (source: string, bytes: number) => ({ source, range: { start: { offset: 100, line: 2, column: 1 }, end: { offset: 100 + bytes, line: 2, column: bytes + 1 } } });
  it("copies what a memo keeps from a long COPY line or any INSERT, not from a short COPY line", () => {
    expect(pinsLongText(row("copy", 600))).toBe(false);
    expect(pinsLongText(row("copy", 1024))).toBe(false);
    expect(pinsLongText(row("copy", 1025))).toBe(true);
    expect(pinsLongText(row("insert", 80))).toBe(true);
  });
});
