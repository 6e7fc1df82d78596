// Type feedback for a hot function's rare paths before V8 optimizes it (issue 12: compiles).
//
// TurboFan compiles a function from the type feedback its earlier calls left. A path no call has taken yet has
// none, so the optimized code ends there in a deoptimization: the first value that takes it throws the code
// away, and V8 compiles the whole function again (with what it inlined) once it is warm again. On realistic-20
// a fifth of TurboFan's work was such recompiles, paid again in the worker's isolate: a hash's last field
// that keeps only its prefix, a COPY field with an escape first met after the line decoder was optimized, ...
// Moving the rare path into a function of its own does not help (a call no one made has no feedback either).
//
// So a module whose hot, pure function has rare paths runs them once at load on made-up values (`prime`): V8
// keeps their feedback and compiles them in the first time. Only for pure functions (no state, answers
// unchanged); V8 allocates a function's feedback only after some calls, hence the rounds. The made-up values
// are sliced out of a string made at run time (`freshStrings`), as a dump's values are, not literals
// (internalized strings have maps of their own: the feedback would hold a shape real values never have).

/** How many times `prime` runs its paths: enough for V8 to have allocated the feedback of every function in them. */
export const PRIME_ROUNDS = 8;

/** Runs `paths` PRIME_ROUNDS times (see above). Its answers are thrown away; it must not change any state. */
export function prime(paths: () => void): void {
  for (let round = 0; round < PRIME_ROUNDS; round++) paths();
}

/** `values` as strings a dump's reader makes (slices of one line made at run time), not as the literals they are. */
export function freshStrings(values: readonly string[]): string[] {
  const line = values.join("\t");
  const out: string[] = [];
  let start = 0;
  for (const v of values) {
    out.push(line.slice(start, start + v.length));
    start += v.length + 1;
  }
  return out;
}
