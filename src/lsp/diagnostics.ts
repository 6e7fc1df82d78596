import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range as LspRange } from "vscode-languageserver";
import type { Range } from "../report/location.js";
import type { Finding, Report, Severity } from "../report/schema.js";

/** VS Code shows at most 1,000 diagnostics per file; we stay under it, the last slot saying what was left out. */
export const MAX_DIAGNOSTICS = 999;

/** What a diagnostic carries for hover and code actions (the finding's identity, never a value). */
export interface DiagnosticData {
  fingerprint: string;
  ruleId: string;
  count?: number;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
}

let readme: { url: string; anchors: Map<string, string> } | undefined | null = null;
/**
 * The README of this installation as a file: URL (it ships in the package; no network link to rot) and each
 * rule's section: the `### <rule id> ...` heading.
 */
function installedReadme(): { url: string; anchors: Map<string, string> } | undefined {
  if (readme !== null) return readme;
  readme = undefined;
  for (const candidate of ["../README.md", "../../README.md"]) {
    try {
      const path = fileURLToPath(new URL(candidate, import.meta.url));
      if (!existsSync(path)) continue;
      const anchors = new Map<string, string>();
      for (const m of readFileSync(path, "utf8").matchAll(/^### ([a-z][a-z0-9-]*)\b(.*)$/gm)) if (!anchors.has(m[1]!)) anchors.set(m[1]!, headingAnchor(`${m[1]}${m[2]}`));
      readme = { url: pathToFileURL(path).href, anchors };
      break;
    } catch {
      // not loaded from a file
    }
  }
  return readme;
}

/** The rule's section of the installed README (the rules table when it has none). */
export function ruleDocLink(ruleId: string): string | undefined {
  const found = installedReadme();
  return found ? `${found.url}#${found.anchors.get(ruleId) ?? "rules"}` : undefined;
}

/** dumpguard positions are 1-based lines and UTF-16 columns; LSP's are 0-based in the same unit. */
export function lspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

const START: LspRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where a finding shows in the dump: its range; the file's start for whole-input and missing-from-the-spec findings. */
export function findingRange(finding: Finding): LspRange {
  return finding.location.kind === "dump" ? lspRange(finding.location.range) : START;
}

export function findingToDiagnostic(finding: Finding, uri: string, specBase?: string): Diagnostic {
  const related: DiagnosticRelatedInformation[] = (finding.related ?? []).map((r) => ({ location: { uri, range: lspRange(r.range) }, message: r.message }));
  if (finding.location.kind === "spec") {
    const specPath = resolve(specBase ?? process.cwd(), finding.location.specFile);
    related.push({ location: { uri: pathToFileURL(specPath).href, range: START }, message: `required by the spec at ${finding.location.jsonPath}` });
  }
  const href = ruleDocLink(finding.ruleId);
  const data: DiagnosticData = { fingerprint: finding.fingerprint, ruleId: finding.ruleId, ...(finding.count !== undefined ? { count: finding.count } : {}) };
  return {
    range: findingRange(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: "dumpguard",
    message: finding.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The report's findings as diagnostics, in report order. Past MAX_DIAGNOSTICS the most severe are kept
 * (errors, then warnings, then infos, each in file order) and one information diagnostic at the top of the
 * file says how many were left out and how to see them all.
 */
export function reportToDiagnostics(report: Report, uri: string, specBase?: string): Diagnostic[] {
  const findings = report.findings;
  if (findings.length <= MAX_DIAGNOSTICS) return findings.map((f) => findingToDiagnostic(f, uri, specBase));
  const keep = MAX_DIAGNOSTICS - 1;
  const chosen = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
    .slice(0, keep)
    .sort((a, b) => a.index - b.index);
  const left = findings.length - keep;
  const leftErrors = report.summary.errors - chosen.filter((c) => c.finding.severity === "error").length;
  return [
    {
      range: START,
      severity: DiagnosticSeverity.Information,
      code: "too-many-findings",
      source: "dumpguard",
      message: `${left} more finding(s) not shown (${leftErrors} of them errors): editors show at most 1,000 per file. Run \`dumpguard check --format json\` on this file for all ${findings.length}.`,
    },
    ...chosen.map((c) => findingToDiagnostic(c.finding, uri, specBase)),
  ];
}
