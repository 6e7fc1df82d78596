/**
 * Relative cost per rule on data-heavy dumps (CPU profiles of .bench/realistic-*.sql, issue 12):
 * unsanitized-pii about 60 %, forbidden-secrets and live-host-pointers about 15 % each, the rest
 * (statement-level rules) next to nothing. A rule not listed counts as cheap.
 */
const RULE_COST: Record<string, number> = {
  "unsanitized-pii": 6,
  "forbidden-secrets": 2,
  "live-host-pointers": 1.5,
};
const CHEAP = 0.1;

/**
 * Split rule ids into at most `jobs` groups of about equal cost (longest processing time first:
 * each rule, dearest first, goes to the group with the least cost so far). Deterministic; every id in
 * exactly one group; groups keep the registry order inside; empty groups are dropped. The group with
 * the cheap statement-level rules (the first) stays on the calling thread.
 */
export function partitionRules(ids: readonly string[], jobs: number): string[][] {
  const groups: { ids: string[]; cost: number }[] = Array.from({ length: Math.max(1, Math.floor(jobs)) }, () => ({ ids: [], cost: 0 }));
  const byCost = [...ids].sort((a, b) => (RULE_COST[b] ?? CHEAP) - (RULE_COST[a] ?? CHEAP) || ids.indexOf(a) - ids.indexOf(b));
  for (const id of byCost) {
    let least = groups[0]!;
    for (const g of groups) if (g.cost < least.cost) least = g;
    least.ids.push(id);
    least.cost += RULE_COST[id] ?? CHEAP;
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return groups
    .filter((g) => g.ids.length > 0)
    .map((g) => g.ids.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}
