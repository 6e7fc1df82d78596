/**
 * Values that stand in for a secret rather than being one: what sanitizers and seed scripts
 * write (`REDACTED`, `***`, `changeme`), template variables (`${DB_PASSWORD}`, `<password>`,
 * `{{ secret }}`, `%(pw)s`), and one character repeated. Compared case-insensitively, trimmed.
 */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  "redacted",
  "[redacted]",
  "<redacted>",
  "removed",
  "[removed]",
  "sanitized",
  "[sanitized]",
  "scrubbed",
  "masked",
  "[masked]",
  "[filtered]",
  "filtered",
  "hidden",
  "secret",
  "password",
  "changeme",
  "change-me",
  "change_me",
  "placeholder",
  "dummy",
  "example",
  "none",
  "null",
  "n/a",
  "na",
  "todo",
  "tbd",
  "test",
  "xxx",
];

export function isPlaceholder(value: string, extra: readonly string[] = []): boolean {
  const v = value.trim().toLowerCase();
  if (v.length === 0) return true;
  if (DEFAULT_PLACEHOLDERS.includes(v) || extra.some((p) => p.toLowerCase() === v)) return true;
  // One character repeated: `***`, `xxxx`, `0000`, `....`.
  let same = true;
  for (let i = 1; i < v.length && same; i++) same = v.charCodeAt(i) === v.charCodeAt(0);
  if (same) return true;
  // Template variables and angle-bracket hints.
  const first = v[0]!;
  const last = v[v.length - 1]!;
  if ((first === "<" && last === ">") || (first === "{" && last === "}") || (first === "[" && last === "]")) return true;
  if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("%(") || v.startsWith("{{")) return true;
  // Masked by an earlier sanitizer: only mask characters left (`********`, `••••`, `x-x-x`).
  return /^[*x•#._-]+$/.test(v);
}
