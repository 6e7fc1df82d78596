import type { MarkupContent, Position, Range as LspRange } from "vscode-languageserver";
import type { Finding } from "../report/schema.js";
import { findingRange, lspRange, ruleDocLink } from "./diagnostics.js";

function contains(range: LspRange, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Findings whose range, or one of whose related rows, holds the position. */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => (f.location.kind === "dump" && contains(findingRange(f), position)) || (f.related ?? []).some((r) => contains(lspRange(r.range), position)));
}

/** Findings whose range overlaps a range (a code action request's selection). */
export function findingsIn(findings: readonly Finding[], range: LspRange): Finding[] {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return findings.filter((f) => {
    const ranges = [findingRange(f), ...(f.related ?? []).map((r) => lspRange(r.range))];
    return ranges.some((r) => !before(r.end, range.start) && !before(range.end, r.start));
  });
}

// Masked evidence and messages are shown as text: no character of theirs may turn into markup or a link.
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);

/** The hover for the findings at a position: message, masked evidence, count, expected/found, the fix, the rule's docs. */
export function hoverFor(findings: readonly Finding[]): MarkupContent | undefined {
  if (!findings.length) return undefined;
  const parts = findings.map((f) => {
    const lines = [`**dumpguard ${escapeMarkdown(f.ruleId)}** (${f.severity})`, "", escapeMarkdown(f.message), ""];
    if (f.count !== undefined) lines.push(`- count: ${f.count}`);
    for (const e of f.evidence ?? []) lines.push(`- evidence (${escapeMarkdown(e.detector)}): ${escapeMarkdown(e.masked)}, ${e.length} characters${e.fingerprint ? `, fingerprint ${e.fingerprint}` : ""}`);
    if (f.expected !== undefined) lines.push(`- expected: ${escapeMarkdown(f.expected)}`);
    if (f.found !== undefined) lines.push(`- found: ${escapeMarkdown(f.found)}`);
    if (f.related?.length) lines.push(`- rows: ${f.related.map((r) => `line ${r.range.start.line}`).join(", ")}`);
    if (f.help !== undefined) lines.push("", `**Fix:** ${escapeMarkdown(f.help)}`);
    const href = ruleDocLink(f.ruleId);
    if (href) lines.push("", `[${f.ruleId} documentation](${href})`);
    lines.push("", `finding fingerprint ${f.fingerprint}`);
    return lines.join("\n");
  });
  return { kind: "markdown", value: parts.join("\n\n---\n\n") };
}
