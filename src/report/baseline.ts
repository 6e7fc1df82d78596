import { parseJsonBytes, readSmallFile, smallFileProblem } from "../input/small-file.js";
import { z } from "zod";
import { globMatch } from "./glob.js";
import type { Finding } from "./schema.js";

/**
 * A baseline (allow-list) file: accepted findings that must not fail a gate.
 * Inline suppression is impossible in a dump, so this file is the only way.
 */
export const BaselineEntry = z
  .object({
    /** A finding fingerprint, or an evidence fingerprint (suppresses every finding carrying it). */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
    /** `schema.table.column` glob (`*` matches any run of characters, `?` one), e.g. `public.audit_log.*`. */
    column: z.string().min(1).optional(),
    /** A detector id, e.g. `bcrypt-hash`: suppresses findings whose evidence all comes from it. */
    detector: z.string().min(1).optional(),
    /** Restrict the entry to one rule. */
    rule: z.string().min(1).optional(),
    /** Why it is accepted (kept for the humans reading the file). */
    reason: z.string().optional(),
  })
  .strict()
  .refine((e) => e.fingerprint !== undefined || e.column !== undefined || e.detector !== undefined || e.rule !== undefined, {
    message: "an entry needs at least one of fingerprint, column, detector, rule",
  });
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const Baseline = z.object({ $schema: z.string().optional(), version: z.literal(1), entries: z.array(BaselineEntry) }).strict();
export type Baseline = z.infer<typeof Baseline>;

/** A million entries (about 60 MB) is a supported baseline; a file past this is not one and is not read. */
const BASELINE_SIZE_LIMIT = 256 * 1024 * 1024;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Read and validate a baseline from a path or an object; throws ConfigError naming the JSON path. */
export function loadBaseline(source: string | unknown): Baseline {
  let raw: unknown = source;
  if (typeof source === "string") {
    const read = readSmallFile(source, BASELINE_SIZE_LIMIT);
    if (!read.ok) throw new ConfigError(smallFileProblem(`baseline ${source}`, read));
    const parsed = parseJsonBytes(read.bytes);
    if (!parsed.ok) throw new ConfigError(`cannot read baseline ${source}: ${parsed.reason}`);
    raw = parsed.value;
  }
  const parsed = Baseline.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid baseline at $.${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

function entryLabel(entry: BaselineEntry): string {
  return [entry.rule && `rule=${entry.rule}`, entry.fingerprint && `fingerprint=${entry.fingerprint}`, entry.column && `column=${entry.column}`, entry.detector && `detector=${entry.detector}`]
    .filter(Boolean)
    .join(" ");
}

function matches(entry: BaselineEntry, finding: Finding): boolean {
  if (entry.rule !== undefined && entry.rule !== finding.ruleId) return false;
  if (entry.fingerprint !== undefined && entry.fingerprint !== finding.fingerprint && !finding.evidence?.some((e) => e.fingerprint === entry.fingerprint)) return false;
  if (entry.column !== undefined) {
    const o = finding.object;
    if (!o?.table) return false;
    if (!globMatch(entry.column, `${o.schema ?? "public"}.${o.table}.${o.column ?? ""}`)) return false;
  }
  if (entry.detector !== undefined && !(finding.evidence?.length && finding.evidence.every((e) => e.detector === entry.detector))) return false;
  return true;
}

/** Split findings into kept and suppressed; suppression counts per entry (first matching entry wins). */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): { kept: Finding[]; suppressions: { entry: string; count: number }[] } {
  if (!baseline) return { kept: findings, suppressions: [] };
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const entry = baseline.entries.find((e) => matches(e, finding));
    if (!entry) kept.push(finding);
    else counts.set(entryLabel(entry), (counts.get(entryLabel(entry)) ?? 0) + 1);
  }
  return { kept, suppressions: [...counts].map(([entry, count]) => ({ entry, count })).sort((a, b) => a.entry.localeCompare(b.entry)) };
}
