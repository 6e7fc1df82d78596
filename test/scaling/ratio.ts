export interface Scaling {
  /** Scale factors measured, e.g. [1, 2, 4, 8]. */
  scales: number[];
  /** Best-of-rounds milliseconds of CPU time (user + system, all threads of this process) per scale unit, one per scale. */
  msPerUnit: number[];
  /** Time per unit at the largest scale over time per unit at the second (x8 / x2): ~1 when linear, ~4 when quadratic. */
  ratio: number;
  /** Time per unit at the largest scale over time per unit at the one before (x8 / x4): ~1 when linear, ~2 when quadratic. */
  lastDoubling: number;
  rounds: number;
}

/** Ratio above which a case counts as superlinear: a quadratic path gives ~4 from x2 to x8, a linear one ~1. */
export const MAX_RATIO = 2;

/**
 * Growth over the last doubling at which a ratio over MAX_RATIO counts (a quadratic path gives ~2 there, n^1.5 ~1.41, a
 * linear one ~1): a time per unit that steps up once between x2 and x4 and stays there is a constant factor
 * (a large statement's objects outliving the young generation: "DDL: wide, shallow" measured x2 9.8 and x4/x8
 * 20-22 ms/unit, ratio 2.10, in one CI run in twelve, and 6.7-7.5 ms/unit at every size under
 * --max-semi-space-size=64), not growth with the input.
 */
export const MAX_LAST_DOUBLING = 1.35;

/** Whether the time per unit grows with the input: over MAX_RATIO from x2 to x8, and still growing over the last doubling. */
export const isSuperlinear = (s: Pick<Scaling, "ratio" | "lastDoubling">): boolean => s.ratio >= MAX_RATIO && s.lastDoubling >= MAX_LAST_DOUBLING;

/**
 * How the time of `run(input)` grows with the input's scale, judged by ratio, never by absolute
 * time. Time is this process's CPU time, not wall time: on a machine shared with other test files
 * (or other jobs) wall time grows with their load, while the CPU time a run spends is its own. Rounds interleave the scales (x1, x2, x4, x8, x1, …) so a burst of load from other
 * processes falls on all of them alike, and each scale's fastest run counts (load only ever adds
 * time). When the ratio looks superlinear, more rounds are taken before judging: noise goes away
 * with more samples, a quadratic path does not. The smallest scale only warms the code up.
 */
export async function measureScaling<T>(prepare: (scale: number) => T, run: (input: T) => unknown, { scales = [1, 2, 4, 8], rounds = 3, maxRounds = 9 } = {}): Promise<Scaling> {
  const inputs = scales.map(prepare);
  const best = scales.map(() => Infinity);
  let done = 0;
  const result = (): Scaling => {
    const msPerUnit = best.map((ms, i) => ms / scales[i]!);
    const last = msPerUnit[msPerUnit.length - 1]!;
    return { scales, msPerUnit, ratio: last / msPerUnit[1]!, lastDoubling: last / msPerUnit[msPerUnit.length - 2]!, rounds: done };
  };
  while (done < rounds || (isSuperlinear(result()) && done < maxRounds)) {
    for (let i = 0; i < scales.length; i++) {
      const before = process.cpuUsage();
      await run(inputs[i]!);
      const spent = process.cpuUsage(before);
      best[i] = Math.min(best[i]!, (spent.user + spent.system) / 1000);
    }
    done++;
  }
  return result();
}

export const describeScaling = (s: Scaling): string =>
  s.scales.map((x, i) => `x${x}: ${s.msPerUnit[i]!.toFixed(3)} ms/unit`).join(", ") + ` (ratio x8/x2 ${s.ratio.toFixed(2)}, x8/x4 ${s.lastDoubling.toFixed(2)}, best of ${s.rounds} rounds)`;
