import { describe, expect, it, vi } from "vitest";
import type { Diagnostic } from "../../../src/report/schema.js";

// Issue 10 (silent losses): a detector that throws on a value must not make the value silently count
// as clean. The value still gets every other detector's hits (one bad value never stops the scan),
// and one warning diagnostic says how many values were not fully judged and where the first was,
// without the value or the error's text; also when the rows were judged on another thread (the
// failure travels with the row's hits), and for statements, comments and meta-command lines.
const POISON = "sk_live_poison4eC39HqLyjWDarjtT1zdp7dc";
vi.mock("../../../src/rules/secrets/detectors/index.js", async (original) => {
  const real = await original<typeof import("../../../src/rules/secrets/detectors/index.js")>();
  return {
    ...real,
    allDetectors: real.allDetectors.map((d) => ({
      ...d,
      find: (value: string, context: never) => {
        if (value.includes("poison")) throw new RangeError(`detector failed on ${value}`);
        return d.find(value, context);
      },
    })),
  };
});
const { forbiddenSecrets } = await import("../../../src/rules/forbidden-secrets.js");
const { runRule } = await import("./fake-rule-context.js");

const REAL = "sk_live_4eC39HqLyjWDarjtT1zdp7dcXyZ12345";
const notJudged = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === "secrets-not-judged");

describe("values a detector failed on", () => {
  it.each([
    ["on this thread", false],
    ["through the encoder, as from another thread", true],
  ])("cells are counted and located in one warning, %s, without the value", (_, thread) => {
    const diagnostics: Diagnostic[] = [];
    const ranges: unknown[] = [];
    const findings = runRule(forbiddenSecrets, {}, (send) => {
      for (let i = 0; i < 30; i++) {
        // Cells 4, 11 and 11's twin value at 25: a repeated value is judged (and counted) each time, never taken from the memo.
        const note = i === 4 || i === 11 || i === 25 ? `billing uses ${POISON}` : i % 3 === 0 ? `billing uses ${REAL}` : `plain note ${i}`;
        ranges.push(send.row("public", "integrations", ["id", "note"], ["integer", "text"], [String(i), note], i));
      }
    }, { diagnostics, thread });
    const unjudged = notJudged(diagnostics);
    expect(unjudged).toHaveLength(1);
    expect(unjudged[0]!.severity).toBe("warning");
    expect(unjudged[0]!.message).toMatch(/^3 value\(s\) could not be fully judged .*public\.integrations\.note, row 5\)/);
    expect(unjudged[0]!.range).toEqual(ranges[4]);
    expect(JSON.stringify(diagnostics)).not.toContain("poison");
    expect(JSON.stringify(diagnostics)).not.toContain("sk_live");
    // The other cells are judged as ever: the real key is reported.
    expect(findings.map((f) => f.evidence?.[0]?.detector)).toContain("stripe-live-secret-key");
  });

  it("statements, comments and meta-command lines are counted too", () => {
    const diagnostics: Diagnostic[] = [];
    let commentRange: unknown;
    runRule(forbiddenSecrets, {}, (send) => {
      send.statement("SELECT 1;");
      commentRange = send.comment(`-- key: ${POISON}`);
      send.statement(`COMMENT ON TABLE public.t IS 'key ${POISON}';`);
    }, { diagnostics });
    const unjudged = notJudged(diagnostics);
    expect(unjudged).toHaveLength(1);
    expect(unjudged[0]!.message).toMatch(/^2 value\(s\) could not be fully judged .*the first: a comment line\)/);
    expect(unjudged[0]!.range).toEqual(commentRange);
    expect(JSON.stringify(diagnostics)).not.toContain("poison");
  });

  it("no diagnostic when every value was judged", () => {
    for (const thread of [false, true]) {
      const diagnostics: Diagnostic[] = [];
      runRule(forbiddenSecrets, {}, (send) => {
        send.comment(`-- key: ${REAL}`);
        for (let i = 0; i < 10; i++) send.row("public", "integrations", ["id", "note"], ["integer", "text"], [String(i), `billing uses ${REAL}`], i);
      }, { diagnostics, thread });
      expect(notJudged(diagnostics)).toEqual([]);
    }
  });
});
