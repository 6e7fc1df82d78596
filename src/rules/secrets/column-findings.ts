import { detachedString } from "../../core/detached-string.js";
import type { Range } from "../../report/location.js";
import type { Evidence, RelatedLocation } from "../../report/schema.js";
import { maskedEvidence } from "../../report/redact.js";

const MAX_RELATED = 3;
const MAX_EVIDENCE = 3;

/** Which detector, and which column (and JSON key path) it fired in. */
interface ColumnSite {
  detector: string;
  description: string;
  help: string | undefined;
  schema: string;
  table: string;
  column: string;
  /** JSON key path (of the first occurrence, once aggregated), when inside a json/jsonb cell. */
  jsonPath: string | undefined;
  /** Set for context checks below the rule's severity (a salt is `info`). */
  severity?: "info" | undefined;
}

/** One aggregated finding: every value one detector found in one column. */
export interface ColumnFinding extends ColumnSite {
  count: number;
  range: Range;
  related: RelatedLocation[];
  evidence: Evidence[];
  /** Every hit held one and the same text (the first's): one value copied into every row. */
  oneValue: boolean;
}

interface Accumulator extends ColumnFinding {
  /** The secrets already turned into evidence, so a repeated value is not hashed again. */
  seen: string[];
}

/** The key of one (detector, schema, table, column): what `add` folds by. */
export const columnSiteKey = (detector: string, schema: string, table: string, column: string) => `${detector}\0${schema}\0${table}\0${column}`;

export interface ColumnHit extends ColumnSite {
  /** `columnSiteKey` of the hit when the caller keeps it (one string per column and detector instead of one per hit). */
  siteKey?: string;
  /** The secret text: masked here, never stored. */
  secret: string;
  range: Range;
  rowIndex: number;
}

/**
 * Folds hits into one finding per (detector, schema, table, column): the count, the first
 * occurrence as the range, the first three rows as related locations and up to three distinct
 * masked evidences. Memory is bounded by detectors x columns, whatever the number of rows.
 */
export class ColumnFindings {
  private readonly byKey = new Map<string, Accumulator>();

  add(hit: ColumnHit): void {
    this.addAt(hit, hit.schema, hit.table, hit.range, hit.rowIndex);
  }

  /** `add` for a hit whose table and place are given apart (a row's own): no object per hit to fold it. */
  addAt(hit: Omit<ColumnHit, "schema" | "table" | "range" | "rowIndex">, schema: string, table: string, range: Range, rowIndex: number): void {
    const key = hit.siteKey ?? columnSiteKey(hit.detector, schema, table, hit.column);
    let finding = this.byKey.get(key);
    if (!finding) {
      finding = {
        detector: hit.detector,
        description: hit.description,
        help: hit.help,
        schema,
        table,
        column: hit.column,
        jsonPath: hit.jsonPath,
        ...(hit.severity ? { severity: hit.severity } : {}),
        count: 0,
        range,
        related: [],
        evidence: [],
        oneValue: true,
        seen: [],
      };
      this.byKey.set(key, finding);
    }
    finding.count++;
    // One comparison a hit, not a cell: seen[0] is the first hit's text.
    if (finding.oneValue && finding.count > 1 && hit.secret !== finding.seen[0]) finding.oneValue = false;
    const lastRow = finding.related[finding.related.length - 1]?.row;
    if (finding.related.length < MAX_RELATED && lastRow !== rowIndex) {
      finding.related.push({ message: `row ${rowIndex + 1} of ${schema}.${table}`, range, row: rowIndex });
    }
    if (finding.evidence.length < MAX_EVIDENCE && !finding.seen.includes(hit.secret)) {
      // Kept detached: a secret cut from its cell would pin the whole line to the end of the run.
      finding.seen.push(detachedString(hit.secret));
      finding.evidence.push(maskedEvidence(hit.detector, hit.secret));
    }
  }

  /** Findings in order of first occurrence. */
  all(): ColumnFinding[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...finding }) => finding);
  }
}
