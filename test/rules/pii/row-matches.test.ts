import { describe, expect, it } from "vitest";
import { matchesDecoder, matchesEncoder, unsanitizedPii } from "../../../src/rules/unsanitized-pii.js";
import { runRuleOnEvents, type RowPath } from "./fake-context.js";

// Issue 12: `map` gives a row's matches as an array with a hole (not a 0) for each cell without a
// match, so the row's array needs no fill. Every reader must take a hole for none: the fold on this
// thread, the encoder to another thread and the decoder back. A wide table whose matches sit in a few
// middle and last columns, in some rows only, folds to the same findings and verdicts each way.
const COLUMNS = ["id", "status", "note", "email", "plan", "city", "phone", "created_at", "contact_email"];
const TYPES = ["integer", "text", "text", "text", "text", "text", "text", "timestamp with time zone", "text"];
const FIRST = ["alice", "bruno", "chloe", "dmitri", "elena", "farid", "greta", "hugo", "ines", "jonas", "kemal"];
const LAST = ["martin", "okafor", "lindqvist", "moreau", "tanaka", "novak", "silva"];
const rows: (string | null)[][] = Array.from({ length: 120 }, (_, i) => [
  String(i),
  ["active", "closed", "trial"][i % 3]!,
  i % 7 === 0 ? `call ${FIRST[i % 11]} back` : null,
  i % 4 === 0 ? null : `${FIRST[i % 11]}.${LAST[i % 7]}${i}@gmail.com`,
  ["free", "pro"][i % 2]!,
  i % 5 === 0 ? null : ["Lyon", "Leeds", "Bremen"][i % 3]!,
  i % 3 === 0 ? `+33 6 ${String(12 + (i % 80)).padStart(2, "0")} ${String(34 + (i % 60)).padStart(2, "0")} 56 ${String(10 + (i % 89)).padStart(2, "0")}` : "",
  `2024-01-${String(1 + (i % 28)).padStart(2, "0")} 10:00:00+00`,
  i % 9 === 0 ? `${LAST[i % 7]}.${FIRST[i % 11]}@outlook.com` : null,
]);

const TABLE = { schema: "public", table: "accounts", columns: COLUMNS, types: TYPES, firstLine: 20, width: 90 };
/** The rule over `rows` by `path` (fake-context.ts), and the column of each hole in the rows' `map` results. */
function run(path: RowPath) {
  const { findings, verdicts, mapResults } = runRuleOnEvents(unsanitizedPii, TABLE, rows, { path });
  const holes: number[] = [];
  for (const found of mapResults as (unknown[] | undefined)[]) if (found) for (let i = 0; i < found.length; i++) if (!(i in found)) holes.push(i);
  return { findings, verdicts, holes };
}

describe("a row's matches with holes for the cells without one", () => {
  it("fold to the same findings and verdicts here, through the encoder, and as plain row listeners", () => {
    const direct = run("split");
    // The case at hand: rows with a match leave holes (id, status, ...), not zeros.
    expect(direct.holes.length).toBeGreaterThan(0);
    expect(direct.findings.length).toBeGreaterThan(0);
    const threaded = run("thread");
    const plain = run("rows");
    expect(threaded.findings).toEqual(direct.findings);
    expect(threaded.verdicts).toEqual(direct.verdicts);
    expect(plain.findings).toEqual(direct.findings);
    expect(plain.verdicts).toEqual(direct.verdicts);
  });

  it("the encoder reads a hole as a 0", () => {
    const match = { detector: "email" as const, value: "a@b.c", start: 0, end: 5, masked: "a***" };
    const holey = new Array(4);
    holey[2] = [match];
    const a = matchesEncoder();
    a.add(holey);
    const b = matchesEncoder();
    b.add([0, 0, [match], 0]);
    expect(a.finish()).toEqual(b.finish());
    const back = matchesDecoder(structuredClone(b.finish())).next()!;
    expect(back[2]).toEqual([match]);
    expect(back[0] || 0).toBe(0);
  });
});
