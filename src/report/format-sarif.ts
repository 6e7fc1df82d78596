import type { ArchiveEntryLocation, Finding, Report, Severity } from "./schema.js";
import { stableJson } from "./format-json.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

function level(severity: Severity): "error" | "warning" | "note" {
  return severity === "info" ? "note" : severity;
}

function physicalLocation(uri: string, range: { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } }) {
  return {
    artifactLocation: { uri },
    region: {
      startLine: range.start.line,
      startColumn: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      byteOffset: range.start.offset,
      byteLength: Math.max(0, range.end.offset - range.start.offset),
    },
  };
}

function toUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * An archive position: the artifact is the archive (no text region: its bytes are not the SQL), the
 * TOC entry is the logical location (named as `pg_restore --list` names it), and the part with
 * line/column within it goes in the location's properties.
 */
function archiveLocation(uri: string, a: ArchiveEntryLocation) {
  const name = a.dumpId !== undefined ? `${a.dumpId}; ${[a.desc, a.namespace ?? "-", a.tag].filter((x) => x !== undefined).join(" ")}` : "pg_restore script";
  return {
    physicalLocation: { artifactLocation: { uri } },
    logicalLocations: [{ fullyQualifiedName: name, ...(a.tag !== undefined ? { name: a.tag } : {}), kind: "object" }],
    properties: { archiveEntry: a },
  };
}

function result(finding: Finding, ruleIndex: Map<string, number>, inputUri: string) {
  const loc = finding.location;
  const locations =
    loc.kind === "dump" && loc.archive
      ? [archiveLocation(loc.file ? toUri(loc.file) : inputUri, loc.archive)]
      : loc.kind === "dump"
      ? [{ physicalLocation: physicalLocation(loc.file ? toUri(loc.file) : inputUri, loc.range) }]
      : loc.kind === "spec"
        ? [
            {
              physicalLocation: { artifactLocation: { uri: toUri(loc.specFile) } },
              logicalLocations: [{ fullyQualifiedName: loc.jsonPath, kind: "member" }],
            },
          ]
        : [{ physicalLocation: { artifactLocation: { uri: inputUri } } }];
  const text = [finding.message, finding.expected ? `Expected: ${finding.expected}.` : "", finding.found ? `Found: ${finding.found}.` : "", finding.help ?? ""]
    .filter(Boolean)
    .join(" ");
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: level(finding.severity),
    message: { text },
    locations,
    ...(finding.related?.length
      ? {
          relatedLocations: finding.related.map((r, i) =>
            r.archive ? { id: i + 1, message: { text: r.message }, ...archiveLocation(inputUri, r.archive) } : { id: i + 1, message: { text: r.message }, physicalLocation: physicalLocation(inputUri, r.range) },
          ),
        }
      : {}),
    partialFingerprints: { "dumpguardFinding/v1": finding.fingerprint },
    properties: {
      ...(finding.object ? { object: finding.object } : {}),
      ...(finding.evidence ? { evidence: finding.evidence } : {}),
      ...(finding.count !== undefined ? { count: finding.count } : {}),
    },
  };
}

/**
 * The SARIF log of a report, with the results given apart (`log(results)`: they are most of it), and how a finding
 * becomes a result (`resultOf`): its rule's index in the log's rules and the artifact's URI.
 */
function sarifLog(report: Report): { log: (results: unknown) => Record<string, unknown>; resultOf: (finding: Finding) => unknown } {
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.severity !== "default" ? { defaultConfiguration: { level: level(rule.severity) } } : {}),
  }));
  for (const f of report.findings) {
    if (!rules.some((r) => r.id === f.ruleId)) rules.push({ id: f.ruleId, shortDescription: { text: f.ruleId } });
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const inputUri = report.input.path ? toUri(report.input.path) : "stdin";
  return {
    resultOf: (f) => result(f, ruleIndex, inputUri),
    log: (results) => ({
      $schema: SARIF_SCHEMA,
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "dumpguard", version: report.tool.version, informationUri: "https://www.npmjs.com/package/dumpguard", rules } },
          columnKind: "utf16CodeUnits",
          artifacts: [{ location: { uri: inputUri }, length: report.input.bytes, hashes: { "sha-256": report.input.sha256 } }],
          results,
        },
      ],
    }),
  };
}

/** The report as a SARIF 2.1.0 log (one run), columns in UTF-16 code units as SARIF's default. */
export function formatSarif(report: Report): string {
  const sarif = sarifLog(report);
  return stableJson(sarif.log(report.findings.map(sarif.resultOf)));
}

/** In place of the results in the log's text, where formatSarifChunks puts them one by one. */
const RESULTS_HERE = "\u0000results\u0000";

/**
 * `formatSarif(report)` in pieces, one per result (the CLI writes these): the same bytes joined, without the whole
 * log as one object, its stable string, its parse and its indented string at once (a report of 35k findings:
 * ~690 MB peak RSS in the CLI against ~410 for JSON, before this).
 */
export function* formatSarifChunks(report: Report): Generator<string> {
  const findings = report.findings;
  if (findings.length === 0) {
    yield formatSarif(report);
    return;
  }
  const sarif = sarifLog(report);
  const text = stableJson(sarif.log(RESULTS_HERE));
  const marker = JSON.stringify(RESULTS_HERE);
  const at = text.indexOf(marker);
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const pad = /^ */.exec(text.slice(lineStart, at))![0];
  yield `${text.slice(0, at)}[\n`;
  for (let i = 0; i < findings.length; i++) {
    const element = stableJson(sarif.resultOf(findings[i]!)).trimEnd().replaceAll("\n", `\n${pad}  `);
    yield `${pad}  ${element}${i < findings.length - 1 ? "," : ""}\n`;
  }
  yield `${pad}]${text.slice(at + marker.length)}`;
}
