import type { Catalog } from "../../catalog/catalog.js";
import { quoteIdent } from "../../catalog/canonical-type.js";
import type { Range } from "../../report/location.js";
import { maskedEvidence } from "../../report/redact.js";
import type { Evidence, RelatedLocation } from "../../report/schema.js";
import { parseTimestampText, type ColumnRole, type ResolvedAnchor, type ResolvedSpec, type SpecOrigin } from "../../report/spec.js";
import type { FindingInput, RowEvent } from "../rule.js";
import { containsAttestation, normalizeAttestation } from "./attestation-text.js";
import { describeHashForm, matchesHashForm } from "./hash-form.js";
import { activeRequirements, qualified, specAt } from "./structure.js";

/** Rows kept as examples per failing check. */
const EXAMPLES = 3;
/** Distinct status values counted per column; a status column with more is not a status. */
const MAX_STATUS_VALUES = 10_000;
/** Longest cell searched for the attestation text. */
const MAX_ATTESTATION_CELL = 65_536;
/** Leading comment text kept for the attestation search. */
const MAX_LEADING_COMMENTS = 65_536;

const DEFAULT_NOT_BEFORE = Date.UTC(1970, 0, 1);
const DEFAULT_NOT_AFTER = Date.UTC(2100, 0, 1);

/** Failing rows of one check: how many, the first few places, the first value (kept for masked evidence only). */
class Failures {
  count = 0;
  first: { range: Range; row: number; value: string | null } | undefined;
  readonly related: RelatedLocation[] = [];
  add(row: RowEvent, value: string | null, note: string): void {
    this.count++;
    if (!this.first) this.first = { range: row.range, row: row.rowIndex, value };
    if (this.related.length < EXAMPLES) this.related.push({ message: note, range: row.range, row: row.rowIndex });
  }
}

interface ColumnCheck {
  schema: string;
  table: string;
  column: string;
  role: ColumnRole;
  origin: SpecOrigin;
  /** Group the requirement belongs to (checked only when the group applies). */
  group?: string;
  nulls: Failures;
  invalid: Failures;
  /** id: values seen; status: value -> rows. */
  seen: Set<string>;
  counts: Map<string, number>;
  overflow: boolean;
  rows: number;
  unparsable: number;
  /** Timestamp window in epoch ms, parsed once. */
  notBefore: number;
  notAfter: number;
  /** Column index for the last `columns` array seen (the engine reuses it across a COPY block). */
  columnsSeen: readonly string[] | undefined;
  index: number;
}

interface AnchorCheck { anchor: ResolvedAnchor; group?: string; rows: number; complete: number }

export interface RowChecksOptions {
  /** Distinct id values remembered across all `id` columns for the uniqueness check (memory bound). */
  maxTrackedIds: number;
}

/**
 * Data checks of the `required-shape` rule, fed one row at a time with bounded state: role checks
 * per column, snapshot anchors, attestation in a table. Requirements of every group are tracked while
 * rows stream (whether a group applies is known only at the end); `findings` reports the active ones.
 */
export class RowChecks {
  private readonly byTable = new Map<string, ColumnCheck[]>();
  private readonly anchors = new Map<string, AnchorCheck[]>();
  private readonly attestationTables = new Map<string, (string | undefined)[]>();
  private readonly attestationText: string;
  private attestedInTable: { schema: string; table: string } | undefined;
  private idsTracked = 0;
  private idCapHit = false;
  private leadingComments = "";
  private seenStatement = false;
  private lastCopy: Range | undefined;
  /** Per table: the COPY statement (or INSERT) that carried its first row, where data findings about the whole table point. */
  private readonly dataStart = new Map<string, Range>();

  constructor(
    private readonly spec: ResolvedSpec,
    private readonly options: RowChecksOptions,
  ) {
    const addTable = (t: ResolvedSpec["tables"][number], group?: string) => {
      for (const c of t.columns) {
        if (!c.role) continue;
        const key = `${t.schema}\0${t.name}`;
        const list = this.byTable.get(key) ?? [];
        list.push({
          schema: t.schema, table: t.name, column: c.name, role: c.role, origin: c.origin, ...(group !== undefined ? { group } : {}),
          nulls: new Failures(), invalid: new Failures(), seen: new Set(), counts: new Map(), overflow: false, rows: 0, unparsable: 0,
          notBefore: c.role.kind === "timestamp" && c.role.notBefore !== undefined ? (parseTimestampText(c.role.notBefore) ?? DEFAULT_NOT_BEFORE) : DEFAULT_NOT_BEFORE,
          notAfter: c.role.kind === "timestamp" && c.role.notAfter !== undefined ? (parseTimestampText(c.role.notAfter) ?? DEFAULT_NOT_AFTER) : DEFAULT_NOT_AFTER,
          columnsSeen: undefined, index: -1,
        });
        this.byTable.set(key, list);
      }
    };
    const addAnchor = (a: ResolvedAnchor, group?: string) => {
      const key = `${a.schema}\0${a.table}`;
      const list = this.anchors.get(key) ?? [];
      list.push({ anchor: a, ...(group !== undefined ? { group } : {}), rows: 0, complete: 0 });
      this.anchors.set(key, list);
    };
    spec.tables.forEach((t) => addTable(t));
    spec.anchors.forEach((a) => addAnchor(a));
    for (const g of spec.groups) {
      g.tables.forEach((t) => addTable(t, g.name));
      g.anchors.forEach((a) => addAnchor(a, g.name));
    }
    this.attestationText = spec.attestation ? normalizeAttestation(spec.attestation.text) : "";
    for (const place of spec.attestation?.in ?? []) {
      if (typeof place === "object" && "table" in place) {
        const key = `${place.schema}\0${place.table}`;
        this.attestationTables.set(key, [...(this.attestationTables.get(key) ?? []), place.column]);
      }
    }
  }

  /** A top-level `--` comment; only those before the first statement count as leading. */
  comment(text: string): void {
    if (this.seenStatement || this.leadingComments.length >= MAX_LEADING_COMMENTS) return;
    this.leadingComments += `${text.startsWith("--") ? text.slice(2) : text}\n`;
  }

  statement(kind: string, range: Range): void {
    this.seenStatement = true;
    if (kind === "COPY") this.lastCopy = range;
  }

  /** Partition -> key of its top partitioned table, when that table carries requirements (cached per table). */
  private readonly partitionRoots = new Map<string, string | undefined>();

  private requirementKey(key: string, row: RowEvent, catalog: Catalog | undefined): string {
    if (this.byTable.has(key) || this.anchors.has(key) || this.attestationTables.has(key) || !catalog) return key;
    if (this.partitionRoots.has(key)) return this.partitionRoots.get(key) ?? key;
    // pg_dump writes a partitioned table's rows under each partition: requirements on the parent see them all.
    let root: string | undefined;
    let current = catalog.table({ schema: row.schema, name: row.table });
    for (let depth = 0; depth < 8 && current?.partitionOf; depth++) {
      const parentKey = `${current.partitionOf.schema}\0${current.partitionOf.name}`;
      if (this.byTable.has(parentKey) || this.anchors.has(parentKey)) root = parentKey;
      current = catalog.table(current.partitionOf);
    }
    this.partitionRoots.set(key, root);
    return root ?? key;
  }

  row(row: RowEvent, catalog?: Catalog): void {
    const own = `${row.schema}\0${row.table}`;
    const start = row.source === "copy" && this.lastCopy ? this.lastCopy : row.range;
    if (!this.dataStart.has(own)) this.dataStart.set(own, start);
    const key = this.requirementKey(own, row, catalog);
    if (!this.dataStart.has(key)) this.dataStart.set(key, start);
    const checks = this.byTable.get(key);
    if (checks) for (const check of checks) this.checkValue(check, row);
    const anchors = this.anchors.get(key);
    if (anchors) {
      for (const a of anchors) {
        a.rows++;
        const value = (name: string) => {
          const i = row.columns.indexOf(name);
          return i < 0 ? null : (row.values[i] ?? null);
        };
        if (value(a.anchor.id) !== null && value(a.anchor.time) !== null && value(a.anchor.hash) !== null) a.complete++;
      }
    }
    const attest = this.attestationTables.get(key);
    if (attest && !this.attestedInTable) {
      for (const column of attest) {
        for (let i = 0; i < row.values.length; i++) {
          if (column !== undefined && row.columns[i] !== column) continue;
          const v = row.values[i];
          if (v && v.length <= MAX_ATTESTATION_CELL && containsAttestation(v, this.attestationText)) {
            this.attestedInTable = { schema: row.schema, table: row.table };
            return;
          }
        }
      }
    }
  }

  private checkValue(check: ColumnCheck, row: RowEvent): void {
    if (check.columnsSeen !== row.columns) {
      check.columnsSeen = row.columns;
      check.index = row.columns.indexOf(check.column);
    }
    const index = check.index;
    if (index < 0) return;
    check.rows++;
    const value = row.values[index] ?? null;
    const role = check.role;
    if (value === null) {
      if (role.kind === "id") check.nulls.add(row, null, "NULL id");
      return;
    }
    switch (role.kind) {
      case "id": {
        if (check.seen.has(value)) check.invalid.add(row, value, "duplicate id");
        else if (this.idsTracked < this.options.maxTrackedIds) {
          check.seen.add(value);
          this.idsTracked++;
        } else {
          this.idCapHit = true;
          check.overflow = true;
        }
        break;
      }
      case "status": {
        const n = check.counts.get(value);
        if (n !== undefined) check.counts.set(value, n + 1);
        else if (check.counts.size < MAX_STATUS_VALUES) check.counts.set(value, 1);
        else check.overflow = true;
        if (role.allowed && !role.allowed.includes(value)) check.invalid.add(row, value, "status value outside the allowed set");
        break;
      }
      case "hash":
        if (!matchesHashForm(value, role)) check.invalid.add(row, value, `not ${describeHashForm(role)}`);
        break;
      case "timestamp": {
        const ms = parseTimestampText(value);
        if (ms === undefined) {
          check.unparsable++;
          check.invalid.add(row, value, "not a timestamp");
        } else if (ms < check.notBefore || ms > check.notAfter) check.invalid.add(row, value, "outside the plausible window");
        break;
      }
    }
  }

  /** The COPY statement (or INSERT) that carried the table's first row. */
  dataRange(schema: string, table: string): Range | undefined {
    return this.dataStart.get(`${schema}\0${table}`);
  }

  /** Findings for the requirements that apply to this (complete) catalog. */
  findings(catalog: Catalog, specPath: string | undefined): FindingInput[] {
    const out: FindingInput[] = [];
    const { activeGroups } = activeRequirements(catalog, this.spec);
    const applies = (group: string | undefined) => group === undefined || activeGroups.has(group);
    const evidence = (detector: string, f: Failures): Evidence[] | undefined =>
      f.first && f.first.value !== null ? [maskedEvidence(detector, f.first.value)] : undefined;
    for (const checks of this.byTable.values()) {
      for (const check of checks) {
        if (!applies(check.group)) continue;
        const table = catalog.table({ schema: check.schema, name: check.table });
        const column = table?.columns.find((c) => c.name === check.column);
        if (!table || (table.declared !== false && !column)) continue; // the structure check reports the gap
        const name = `${qualified(check.schema, check.table)}.${quoteIdent(check.column)}`;
        const object = { kind: "column", schema: check.schema, table: check.table, column: check.column };
        const dataAt = this.dataStart.get(`${check.schema}\0${check.table}`) ?? table.dataRange ?? column?.range ?? table.range;
        const where = dataAt ? { range: dataAt } : { specLocation: specAt(check.origin, specPath) };
        const role = check.role;
        const failing = (f: Failures, detector: string, message: string, help: string, expected: string, found: string, identity: string) => {
          if (f.count === 0 || !f.first) return;
          const ev = evidence(detector, f);
          out.push({ message, help, range: f.first.range, object, count: f.count, related: f.related, expected, found, identity, ...(ev ? { evidence: ev } : {}) });
        };
        if (role.kind === "id") {
          failing(check.nulls, "shape-id-null", `${check.nulls.count} row(s) of ${name} have a NULL id`, "Every row the rehearsal touches needs its id; fix the rows or the spec.", "non-null ids", `${check.nulls.count} NULL of ${check.rows} rows`, "id-null");
          failing(check.invalid, "shape-id-duplicate", `${check.invalid.count} row(s) of ${name} repeat an id seen earlier`, "Ids must identify one row each; dump a consistent copy.", "unique ids", `${check.invalid.count} duplicate(s) in ${check.rows} rows`, "id-duplicate");
        } else if (role.kind === "status") {
          failing(check.invalid, "shape-status-value", `${check.invalid.count} row(s) of ${name} hold a status outside the allowed set`, "Use the status values production uses, or extend the spec's allowed list.", `one of ${role.allowed?.join(", ") ?? ""}`, `${check.invalid.count} row(s) outside the set`, "status-allowed");
          const distinct = check.counts.size;
          if (role.minDistinct !== undefined && distinct < role.minDistinct && !check.overflow)
            out.push({
              message: `${name} has ${distinct} distinct status value(s) in ${check.rows} row(s); the spec requires at least ${role.minDistinct}`,
              help: "Include rows in each state the rehearsal shows (before, after apply, after rollback).",
              ...where, object, expected: `>= ${role.minDistinct} distinct values`, found: `${distinct} distinct value(s)`, identity: "status-min-distinct",
            });
          for (const [value, min] of Object.entries(role.minRowsPerValue ?? {})) {
            const n = check.counts.get(value) ?? 0;
            if (n < min)
              out.push({
                message: `${name} has ${n} row(s) with status ${JSON.stringify(value)}; the spec requires at least ${min}`,
                help: "Include enough rows in this state to show it before and after the change.",
                ...where, object, expected: `>= ${min} row(s) with ${JSON.stringify(value)}`, found: `${n} row(s)`, identity: `status-value:${value}`,
              });
          }
        } else if (role.kind === "hash") {
          failing(check.invalid, "shape-hash-form", `${check.invalid.count} value(s) of ${name} are not ${describeHashForm(role)}`, "Content hashes must keep their form for the rehearsal to compare states; recompute or restore them.", describeHashForm(role), `${check.invalid.count} malformed of ${check.rows} rows`, "hash-form");
        } else {
          const outside = check.invalid.count - check.unparsable;
          const window = `${role.notBefore ?? "1970-01-01"} .. ${role.notAfter ?? "2100-01-01"}`;
          failing(check.invalid, "shape-timestamp", `${check.invalid.count} value(s) of ${name} are not plausible timestamps (${check.unparsable} unparsable, ${outside} outside ${window})`, "Timestamps must parse and fall in the plausible window; fix the rows or widen the window in the spec.", `timestamps in ${window}`, `${check.unparsable} unparsable, ${outside} outside the window`, "timestamp");
        }
      }
    }
    for (const anchors of this.anchors.values()) {
      for (const a of anchors) {
        if (!applies(a.group)) continue;
        const anchor = a.anchor;
        const table = catalog.table({ schema: anchor.schema, name: anchor.table });
        if (!table) continue;
        if (table.declared !== false && [anchor.id, anchor.time, anchor.hash].some((c) => !table.columns.some((col) => col.name === c))) continue;
        const min = anchor.minRows ?? 1;
        if (a.complete >= min) continue;
        const at = this.dataStart.get(`${anchor.schema}\0${anchor.table}`) ?? table.dataRange ?? table.range;
        out.push({
          message: `snapshot anchor ${qualified(anchor.schema, anchor.table)} has ${a.complete} row(s) with ${anchor.id}, ${anchor.time} and ${anchor.hash} all non-null; the spec requires at least ${min}`,
          help: "Take the snapshot (insert the anchor row) before dumping, so a restore can be proven to return this state.",
          ...(at ? { range: at } : { specLocation: specAt(anchor.origin, specPath) }),
          object: { kind: "table", schema: anchor.schema, table: anchor.table },
          expected: `>= ${min} complete anchor row(s)`,
          found: `${a.rows} row(s), ${a.complete} complete`,
          identity: "anchor-rows",
        });
      }
    }
    const attestation = this.spec.attestation;
    if (attestation) {
      let found = this.attestedInTable !== undefined;
      const looked: string[] = [];
      const unreadable: string[] = [];
      for (const place of attestation.in) {
        if (place === "leading-comment") {
          looked.push("the leading comments");
          found ||= containsAttestation(this.leadingComments, this.attestationText);
        } else if (place === "database-comment") {
          looked.push("COMMENT ON DATABASE");
          found ||= catalog.data.comments.some((c) => c.objectKind.toLowerCase() === "database" && containsAttestation(c.text, this.attestationText));
        } else if ("table" in place) {
          looked.push(`table ${qualified(place.schema, place.table)}${place.column ? ` column ${quoteIdent(place.column)}` : ""}`);
        } else {
          looked.push(`manifest ${place.manifest}`);
          if (place.readError !== undefined) unreadable.push(`${place.manifest} (${place.readError})`);
          else found ||= containsAttestation(place.manifestText ?? "", this.attestationText);
        }
      }
      if (!found)
        out.push({
          message: `the attestation text was not found in ${looked.join(", or ")}${unreadable.length ? `; unreadable: ${unreadable.join(", ")}` : ""}`,
          help: "The sender states in writing that the copy is sanitized and non-production; ask for the statement in one of the places the spec names.",
          specLocation: specAt(attestation.origin, specPath),
          object: { kind: "attestation" },
          expected: `text "${attestation.text}"`,
          found: unreadable.length ? `not found; unreadable ${unreadable.join(", ")}` : "not found",
          identity: "attestation",
        });
    }
    return out;
  }

  /** True when the id uniqueness check stopped remembering values (memory cap). */
  get idCapReached(): boolean {
    return this.idCapHit;
  }
}
