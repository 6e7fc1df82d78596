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
  if (/^[*x•#._-]+$/.test(v)) return true;
  return v.includes("$") && isPlaceholderHash(v);
}

/** bcrypt's digest is the last 31 characters of its last field (22 salt characters come first). */
const DIGEST_CHARS = 31;

/**
 * A value shaped like a modular-crypt or Django hash whose digest is a stand-in, as seed scripts and
 * sanitizers write them: `$2a$10$xxxxxxxx…`, `$2y$10$0000…`, `pbkdf2_sha256$260000$REDACTED$REDACTED`.
 * The last `$` field (its last 31 characters when longer) must be a placeholder or one repeated character.
 */
export function isPlaceholderHash(value: string): boolean {
  const v = value.trim();
  if (v.indexOf("$") < 0) return false;
  const fields = v.split("$").filter((f) => f !== "");
  if (fields.length < 2) return false;
  const last = fields[fields.length - 1]!;
  const digest = last.length > DIGEST_CHARS ? last.slice(-DIGEST_CHARS) : last;
  return isPlaceholder(digest) || isPlaceholder(last);
}
