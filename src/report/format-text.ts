import type { ArchiveEntryLocation, Finding, Report, Severity } from "./schema.js";

const ORDER: Severity[] = ["error", "warning", "info"];

/**
 * Characters a terminal acts on instead of printing (issue 10 item 6): C0 controls but tab (ESC starts
 * CSI/OSC sequences that clear the screen, retitle the window or hide lines; CR overwrites a line; LF
 * forges one), DEL, C1 controls (U+009B is a one-character CSI), and the Unicode bidi controls and
 * line separators that reorder or split what is shown (Trojan Source, CVE-2021-42574).
 */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with every terminal control character written as a visible escape (`\x1b`, `\u202e`). */
export function escapeControlCharacters(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** An archive position: the TOC entry as `pg_restore --list` names it, the part, and line:column within it. */
export function archivePlace(a: ArchiveEntryLocation): string {
  const entry = a.dumpId !== undefined ? `entry ${a.dumpId} (${[a.desc, a.namespace, a.tag].filter((x) => x !== undefined && x !== "").join(" ")})` : "pg_restore's own lines";
  return `${entry} ${a.part} ${a.line}:${a.column}`;
}

function where(finding: Finding, inputName: string): string {
  const loc = finding.location;
  if (loc.kind === "dump" && loc.archive) return `${loc.file ?? inputName} ${archivePlace(loc.archive)}`;
  if (loc.kind === "dump") return `${loc.file ?? inputName}:${loc.range.start.line}:${loc.range.start.column}`;
  if (loc.kind === "spec") return `${loc.specFile} ${loc.jsonPath}`;
  return loc.file ?? inputName;
}

function objectName(finding: Finding): string {
  const o = finding.object;
  if (!o) return "";
  const path = [o.schema, o.table, o.column].filter(Boolean).join(".");
  // A schema-qualified object (function, type, server) reads as schema.name; a named thing on a table (constraint, trigger) follows it.
  const named = !o.name ? path : !path ? o.name : o.table || o.column ? `${path} ${o.name}` : `${path}.${o.name}`;
  const row = o.row !== undefined ? ` row ${o.row + 1}` : "";
  const json = o.jsonPath ? ` ${o.jsonPath}` : "";
  return named ? ` [${o.kind ? `${o.kind} ` : ""}${named}${row}${json}]` : "";
}

/** A report for a person: findings grouped by severity, `file:line:col`, then a summary line. */
export function formatText(report: Report): string {
  return [...formatTextChunks(report)].join("");
}

/**
 * `formatText(report)` in pieces, one per finding (its lines), heading or summary: the same bytes joined. The CLI
 * writes these, so a report of 35k findings is never one string beside the report itself.
 */
export function* formatTextChunks(report: Report): Generator<string> {
  // Names, messages and values come from the dump: each line is made inert before it reaches a terminal.
  for (const lines of textBlocks(report)) yield lines.map((line) => `${escapeControlCharacters(line)}\n`).join("");
}

/** The report's lines, a block at a time (a finding's lines, a heading, the summary). */
function* textBlocks(report: Report): Generator<string[]> {
  const inputName = report.input.path ?? "<stdin>";
  for (const severity of ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    yield [`${severity.toUpperCase()}S (${group.length})`];
    for (const f of group) {
      const lines = [`  ${where(f, inputName)}  ${f.ruleId}${objectName(f)}`, `    ${f.message}`];
      if (f.expected !== undefined || f.found !== undefined) lines.push(`    expected: ${f.expected ?? "-"}; found: ${f.found ?? "-"}`);
      if (f.evidence?.length) lines.push(`    evidence: ${f.evidence.map((e) => `${e.detector} ${e.masked}${e.fingerprint ? ` #${e.fingerprint}` : ""}`).join(", ")}`);
      if (f.related?.length) lines.push(`    also at: ${f.related.map((r) => (r.archive ? archivePlace(r.archive) : `${r.range.start.line}:${r.range.start.column}`)).join(", ")}`);
      if (f.help) lines.push(`    fix: ${f.help}`);
      yield lines;
    }
    yield [""];
  }
  const spec = report.spec;
  if (spec?.errors?.length) yield [`SPEC ERRORS (${spec.errors.length})`, ...spec.errors.map((e) => `  ${e.file ?? spec.path ?? "spec"} ${e.jsonPath}: ${e.message}`), ""];
  const s = report.summary;
  const suppressed = s.suppressed ? `, ${s.suppressed} suppressed` : "";
  yield [
    `${inputName}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info${suppressed} — ${s.statements} statements, ${s.tables} tables, ${s.rows} rows (${report.input.format}, sha256 ${report.input.sha256.slice(0, 12)}…)`,
  ];
}
