/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and a list of more
 * than ~120k items overflows the call stack (RangeError), at a size that depends on the thread's stack (a worker
 * thread's is larger than the main thread's, so the same dump passed on one and failed on the other). Use this
 * wherever the list's length comes from the input: matches in a cell, findings, diagnostics, constraints.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
