/**
 * unsanitized-pii (issue 7): per column, does the dump hold real-looking personal data, synthetic
 * stand-ins, or none?
 *
 * - Which columns: those whose name announces personal data (`pii/column-names.ts`, EN/FR/DE/ES), read
 *   with that category's validators; other text/json/array columns as free text (e-mails, phones in a
 *   strong shape, cards, IBANs; JSON leaves under a personal key with that key's validators).
 * - Each match is real-looking or synthetic (reserved domains, fiction phone ranges, published test
 *   numbers, masks, placeholders, hashes); after the column, a single repeated value or a numbered
 *   sequence turns synthetic too, and a table whose validated identifiers are all synthetic is taken as
 *   pseudonymized (its names/addresses/birth dates, which nothing can validate, become `info`).
 * - One verdict per column (`ctx.reportColumnVerdict`) and one finding per (detector, column) with a
 *   count, the first row as location, up to 3 related rows and masked evidence; never a value.
 * Memory is bounded per column (counters, a distinct sketch, 8 samples) whatever the row count;
 * `sample` bounds the rows scanned per table and is stated in the report.
 */
import { z } from "zod";
import type { Range } from "../report/location.js";
import type { RelatedLocation, Severity } from "../report/schema.js";
import { identifierWords } from "../data/identifier-words.js";
import { defineRule, onRowSplit, type RowEvent, type RowShape, type RuleContext } from "./rule.js";
import { ColumnTally, type ColumnTallyPlain } from "./pii/column-tally.js";
import { hash64, hashWords } from "./pii/hyperloglog.js";
import { hashScratch } from "../core/unit-hash.js";
import { ByTable } from "../core/by-table.js";
import { ShortMap } from "../core/short-map.js";
import { DETECTOR_IDS, FoundMatch, type DetectorId } from "./pii/pii-match.js";
import { RowSampler } from "./pii/row-sampler.js";
import { detachMatches, isAddressTable, planColumnScan, scanCell, SKIP, type CellMatch, type ColumnScan } from "./pii/scan-cell.js";
import { judgeColumns, tableRoles, type ColumnRole } from "./judgement/column-roles.js";
import { cellJson, mayBeJson } from "./judgement/cell-json.js";
import { fastPaths } from "./judgement/fast-paths.js";
import { knownCellHash, knownCellHints, knownCellUnits } from "./judgement/cell-hints.js";
import { TableMemos, type ValueMemo } from "./judgement/value-memo.js";
import { IntList } from "../core/pack-records.js";
import { appendAll } from "../core/append-all.js";
import { emptyList } from "./judgement/empty-list.js";

const DetectorIdSchema = z.enum(DETECTOR_IDS);

export const UnsanitizedPiiOptions = z
  .object({
    /** Real-looking values of a non-strict detector (e-mail, phone, name ...) that make an error. */
    minValues: z.number().int().positive().default(10),
    /** ... or this share of the column's rows. */
    minRatio: z.number().min(0).max(1).default(0.01),
    /** Detectors where this many real-looking values already make an error (the default: 1). */
    strictMinValues: z.number().int().positive().default(1),
    strictDetectors: z.array(DetectorIdSchema).default(["payment-card", "iban", "us-ssn", "uk-nino", "fr-nir"]),
    /** Severity ceiling for quasi-identifiers (city, postcode, country, gender, geo, user agent, device id). */
    quasiIdentifierSeverity: z.enum(["warning", "info"]).default("warning"),
    /** Scan text/json columns not named for personal data for e-mails, phones, cards and IBANs. */
    freeText: z.boolean().default(true),
    /** Year ages are measured against for birth dates (an option, never the clock, so output is reproducible). */
    referenceYear: z.number().int().min(1900).max(9999).default(2026),
    maxAge: z.number().int().positive().default(120),
    /**
     * A table whose validated identifiers (e-mail, phone, card, IBAN, national numbers) are all synthetic was
     * pseudonymized: its names, addresses and birth dates, which have no checksum to tell generated from real,
     * are then taken as generated too (verdict `synthetic`), said in an info diagnostic instead of findings.
     */
    trustPseudonymizedTables: z.boolean().default(true),
    /** Sample large tables: the first `firstRows` rows plus a seeded reservoir of `reservoir` rows from the rest. Stated in the report. */
    sample: z
      .object({
        firstRows: z.number().int().nonnegative().default(10_000),
        reservoir: z.number().int().nonnegative().default(10_000),
        seed: z.number().int().default(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UnsanitizedPiiOptions = z.output<typeof UnsanitizedPiiOptions>;

/** What each detector found, in words, for messages. */
const NOUNS: Record<DetectorId, string> = {
  email: "e-mail addresses",
  phone: "phone numbers",
  "payment-card": "payment card numbers",
  iban: "IBANs",
  "us-ssn": "US Social Security numbers",
  "uk-nino": "UK National Insurance numbers",
  "fr-nir": "French NIR (social security) numbers",
  "ip-address": "public IP addresses",
  "birth-date": "dates of birth",
  "person-name": "person names",
  "personal-value": "personal values",
};

const NOUN: Record<DetectorId, string> = {
  email: "e-mail address",
  phone: "phone number",
  "payment-card": "payment card number",
  iban: "IBAN",
  "us-ssn": "US Social Security number",
  "uk-nino": "UK National Insurance number",
  "fr-nir": "French NIR (social security) number",
  "ip-address": "public IP address",
  "birth-date": "date of birth",
  "person-name": "person name",
  "personal-value": "personal value",
};

/** Name-only categories in words, singular and plural, for messages about `personal-value` matches. */
const CATEGORY_WORDS: Record<string, [string, string]> = {
  "street-address": ["street address", "street addresses"],
  city: ["city", "cities"],
  postcode: ["postcode", "postcodes"],
  country: ["country", "countries"],
  gender: ["gender value", "gender values"],
  "national-id": ["identity document or tax number", "identity document or tax numbers"],
  health: ["health value (medical condition, allergy, medication)", "health values (medical conditions, allergies, medications)"],
  // A value under an SSN, NINO or NIR name that the country's validator does not take (another country's shape).
  "us-ssn": ["social security number", "social security numbers"],
  "uk-nino": ["national insurance number", "national insurance numbers"],
  "fr-nir": ["social security number", "social security numbers"],
  "card-security-code": ["card security code", "card security codes"],
  "account-number": ["bank account number", "bank account numbers"],
  "card-expiry": ["card expiry date", "card expiry dates"],
  bic: ["BIC code", "BIC codes"],
  "geo-location": ["geographic coordinate", "geographic coordinates"],
  "user-agent": ["user agent", "user agents"],
  "device-id": ["device identifier", "device identifiers"],
};

function describeValues(detector: DetectorId, tally: ColumnTally, count: number): string {
  const words = detector === "personal-value" && tally.name ? CATEGORY_WORDS[tally.name.category.id] : undefined;
  if (words) return count === 1 ? words[0] : words[1];
  return count === 1 ? NOUN[detector] : NOUNS[detector];
}

const HELP: Record<DetectorId, string> = {
  email: "replace the addresses with synthetic ones under a reserved domain (user123@example.com) before hand-off, or add the column to the sanitization step",
  phone: "replace the numbers with fictional ones (+1 555-01xx, Ofcom drama ranges) or a fixed placeholder before hand-off",
  "payment-card": "card numbers must never leave production: replace them with issuer test numbers (4242 4242 4242 4242) or mask them (****1234)",
  iban: "replace the account numbers with published example IBANs or mask them before hand-off",
  "us-ssn": "replace the numbers with a placeholder or a masked form (***-**-1234) before hand-off",
  "uk-nino": "replace the numbers with the documentation example (QQ123456C) or a masked form before hand-off",
  "fr-nir": "replace the numbers with a placeholder or a masked form before hand-off",
  "ip-address": "replace the addresses with documentation ranges (192.0.2.0/24, 2001:db8::/32) or truncate them before hand-off",
  "birth-date": "generalize the dates (year only) or replace them with random dates before hand-off",
  "person-name": "replace the names with generated ones, a placeholder, or a pseudonym before hand-off",
  "personal-value": "replace the values with generated ones or a placeholder before hand-off",
};

/** How one column's cells are scanned: decided once per column, on every thread that scans its cells. */
interface ColumnScanPlan {
  column: string;
  plan: ColumnScan;
  /** Kept only when it matters (a text column whose JSON values are walked), not for every column of 100k tables. */
  role: ColumnRole | undefined;
  /** scanCell's matches per distinct value (scanCell is a pure function of the value within a column); made when first needed, kept while its table is scanned (`TableMemos`). */
  memo: ValueMemo<CellMatch[]> | undefined;
  /** The column's table (its plans by column): whose memos go when another table's are made; none for SKIPPED_COLUMN (no memo). */
  owner: ShortMap<ColumnScanPlan> | undefined;
  /** Made on the thread that folds the rows, at the table's first row holding the column (`opened`); none for a skipped column. */
  tally: ColumnTally | undefined;
  opened: boolean;
  /** This thread tallies the column (always, unless `--jobs 2` shares the columns between threads: see `shareColumns`). */
  mine: boolean;
}

/** A column as the folding thread keeps it: its plan, opened (one object per column, not a plan and a copy). */
type ColumnState = ColumnScanPlan;

/** No matches: an `emptyList`, the map of the answers with matches (issue 12; see scan-cell's NO_MATCHES). */
const NO_MATCHES: readonly CellMatch[] = emptyList<CellMatch>();
/** A COPY block's (or INSERT's) column plans, in its column order, and the indices of those this thread scans and tallies. */
interface BlockPlans {
  schema: string;
  table: string;
  columns: readonly string[];
  plans: ColumnScanPlan[];
  mine: number[];
}

/** The result of a cell no detector could judge (a detector threw): no matches, told apart by identity (and as -1 matches between threads). */
const UNJUDGED: readonly CellMatch[] = emptyList<CellMatch>();

/** What a column's memo keeps of scanCell's matches: a list of its own (ValueMemo.remember's `own`; the matches are shared). */
const ownMatches = (found: CellMatch[]): CellMatch[] => (found.length === 0 ? found : found.slice());
/**
 * The role kept for a text column whose JSON values are walked: all the scan asks of it is jsonTyped
 * and jsonText (mayBeJson), so one object serves every such column instead of each column's role.
 */
const JSON_TEXT_ROLE: ColumnRole = Object.freeze({ column: "", type: undefined, base: undefined, isArray: false, jsonTyped: false, jsonText: true, keyName: false, keyColumn: undefined, address: undefined, sessionToken: false, personName: undefined, phoneNumber: false, salt: false });
/**
 * Every skipped column whose name does not point at a person (isPersonReference): one object, born
 * opened, so never a table's column: it has no tally and adds nothing to its table's judgement. Not
 * one object per column of a dump's 100k tables (issue 10, item 11).
 */
const SKIPPED_COLUMN: ColumnScanPlan = Object.freeze({ column: "", plan: SKIP, role: undefined, memo: undefined, owner: undefined, tally: undefined, opened: true, mine: false });

interface TableState {
  schema: string;
  table: string;
  /** Its opened columns in the order their first rows came (the reporting order). */
  columns: ColumnState[];
  sampler: RowSampler<RowEvent> | undefined;
}

/** Rows of a check whose table and block are looked up as a new one's (tableState, blockOf): enough for V8 to keep type feedback of that call. */
const WARM_ROWS = 32;

export const unsanitizedPii = defineRule({
  id: "unsanitized-pii",
  description: "Personal data in a hand-off dump must be sanitized: no real-looking e-mails, phones, names, identity or payment numbers.",
  defaultSeverity: "error",
  options: UnsanitizedPiiOptions,
  // Sampled, which rows are scanned depends on every row before (a seeded reservoir per table): the rule runs whole on one thread.
  sharesColumns: (options) => options.sample === undefined,
  check(ctx) {
    const options = ctx.options;
    const share = options.sample === undefined ? ctx.columnShare : undefined;
    const parts = share ? new ColumnParts(share.part, share.shares) : undefined;
    const birth = { referenceYear: options.referenceYear, maxAge: options.maxAge };
    const tables = new ByTable<TableState>();
    const order: TableState[] = [];
    let current: TableState | undefined;
    let lastState: TableState | undefined;

    // Rows come table by table: the last row's table state without building its key for every row. (The other table's
    // lookup is a function apart: the check is inlined into the row loops, where bytecode counts against their inlining budget.)
    // The first WARM_ROWS rows take the other table's lookup too (it finds the same state), so its call has type
    // feedback when V8 optimizes the row loops: the first row's call came before V8 kept any, and the second table's
    // first row threw the loops' code away (issue 12: reduce and map compiled again, in each isolate). blockOf likewise.
    let warmRows = WARM_ROWS;
    const tableState = (row: RowEvent): TableState =>
      lastState !== undefined && warmRows === 0 && lastState.table === row.table && lastState.schema === row.schema ? lastState : otherTableState(row);
    const otherTableState = (row: RowEvent): TableState => {
      if (warmRows > 0) warmRows--;
      let state = tables.get(row.schema, row.table);
      if (!state) {
        const sampler = options.sample ? new RowSampler<RowEvent>(options.sample, hash64(`${row.schema}\0${row.table}`)[0]) : undefined;
        state = { schema: row.schema, table: row.table, columns: [], sampler };
        tables.set(row.schema, row.table, state);
        order.push(state);
      }
      lastState = state;
      return state;
    };

    /**
     * How each column is scanned, by table: decided when the first row holding the column arrives
     * (the first row of its COPY block or INSERT statement: `shape`), before any of its cells is
     * scanned, on whichever thread scans them; a column's first decision stays.
     */
    const scans = new ByTable<ShortMap<ColumnScanPlan>>();
    const memos = new TableMemos<CellMatch[]>();
    const planColumns = (shape: RowShape): ShortMap<ColumnScanPlan> => {
      let byColumn = scans.get(shape.schema, shape.table);
      if (!byColumn) scans.set(shape.schema, shape.table, (byColumn = new ShortMap()));
      let fresh: ColumnScanPlan[] | undefined;
      // Read from the table's name once per shape, only when a column is new.
      let addressTable: boolean | undefined;
      for (let i = 0; i < shape.columns.length; i++) {
        const column = shape.columns[i]!;
        if (byColumn.has(column)) continue;
        addressTable ??= isAddressTable(shape.table);
        const role = tableRoles(shape.schema, shape.table, shape.columns, shape.types).columns[i];
        const plan = planColumnScan(column, shape.types[i], options.freeText, { address: role?.address, personName: role?.personName, phoneNumber: role?.phoneNumber, addressTable });
        const nothingToKeep = plan.mode === "skip" && !isPersonReference(column);
        const col: ColumnScanPlan = nothingToKeep ? SKIPPED_COLUMN : { column, plan, role: plan.mode === "skip" || !role?.jsonText ? undefined : role.jsonTyped ? role : JSON_TEXT_ROLE, memo: undefined, owner: byColumn, tally: undefined, opened: false, mine: plan.mode !== "skip" };
        byColumn.set(column, col);
        if (parts && col.mine) (fresh ??= []).push(col);
      }
      // --jobs N: the shape's new scanned columns are dealt over the N threads, alike on all (they see the same shapes in the same order).
      if (fresh) parts!.deal(fresh);
      return byColumn;
    };

    /** The tally of a row's column i, made at the table's first row holding the column (in row order: the reporting order). */
    const columnState = (state: TableState, byColumn: ShortMap<ColumnScanPlan>, row: RowEvent, i: number): ColumnState => {
      const column = row.columns[i]!;
      const col = byColumn.get(column)!;
      if (!col.opened) {
        col.opened = true;
        // A column the other thread tallies is opened all the same (its place in the reporting order), its tally comes at the end.
        col.tally = col.plan.mode === "skip" || !col.mine ? undefined : new ColumnTally(row.schema, row.table, column, col.plan.mode === "named" ? col.plan.name : undefined);
        state.columns.push(col);
      }
      return col;
    };

    /**
     * The scan plans of a row's columns in order. Rows of one COPY block share their column list, so
     * the plans are looked up by column name once per block, not per cell (and no table key is built per row).
     */
    let lastPlans: BlockPlans | undefined;
    let warmBlocks = WARM_ROWS;
    const blockOf = (row: RowEvent): BlockPlans => {
      const last = lastPlans;
      return last !== undefined && warmBlocks === 0 && last.columns === row.columns && last.table === row.table && last.schema === row.schema ? last : otherBlock(row);
    };
    /** `blockOf` a new block's row (apart: see tableState; the first WARM_ROWS rows too, for its type feedback). */
    const otherBlock = (row: RowEvent): BlockPlans => {
      if (warmBlocks > 0) warmBlocks--;
      const byColumn = scans.get(row.schema, row.table)!;
      const plans = row.columns.map((column) => byColumn.get(column)!);
      const mine: number[] = [];
      for (let i = 0; i < plans.length; i++) if (plans[i]!.mine) mine.push(i);
      return (lastPlans = { schema: row.schema, table: row.table, columns: row.columns, plans, mine });
    };
    const plansOf = (row: RowEvent): ColumnScanPlan[] => blockOf(row).plans;

    /** The column states of a row's columns in order (made as columnState makes them), looked up once per block likewise. */
    let lastColumns: { state: TableState; columns: readonly string[]; cols: ColumnState[] } | undefined;
    let warmColumns = WARM_ROWS;
    const columnStatesOf = (state: TableState, row: RowEvent): ColumnState[] => {
      const last = lastColumns;
      return last !== undefined && warmColumns === 0 && last.state === state && last.columns === row.columns ? last.cols : otherColumnStates(state, row);
    };
    /** `columnStatesOf` a new block's row (apart: see tableState; the first WARM_ROWS rows too, for its type feedback). */
    const otherColumnStates = (state: TableState, row: RowEvent): ColumnState[] => {
      if (warmColumns > 0) warmColumns--;
      const byColumn = scans.get(row.schema, row.table)!;
      const cols: ColumnState[] = [];
      const opened = state.columns.length;
      for (let i = 0; i < row.columns.length; i++) cols.push(columnState(state, byColumn, row, i));
      // Exactly as long as it is: a pushed-to array keeps room for 16 (100k tables of 3 columns).
      if (state.columns.length !== opened) state.columns = state.columns.slice();
      lastColumns = { state, columns: row.columns, cols };
      return cols;
    };

    /** scanCell's matches for cell i: a pure function of the value within its column, so any thread may compute it. */
    const cellMatches = (col: ColumnScanPlan, row: RowEvent, i: number): readonly CellMatch[] => {
      const value = row.values[i] ?? null;
      if (value === null || !col.mine || col.plan.mode === "skip") return NO_MATCHES;
      try {
        const memo = memos.of(col, col.owner);
        const known = memo.recall(value, row);
        if (known !== undefined) return known;
        // JSON in a text column is walked by key like jsonb, by scanCell itself (walkJson: a path only for a leaf
        // that matches) rather than from the list of every leaf with its path the other rules share (cellJson),
        // as for json/jsonb, where the shared list was measured slower, pii alone and all rules alike. With the
        // fast paths off, the shared list: the full judgement the walk is held to.
        const json = col.role?.jsonText && !col.plan.array && mayBeJson(col.role, value) ? (fastPaths.enabled ? true : cellJson(row, i, col.role)) : undefined;
        // Free text reads the cell's hints when another rule (forbidden-secrets) has paid for them: one pass fewer per cell without digits.
        const hints = col.plan.mode === "free-text" && fastPaths.enabled ? knownCellHints(row, i, value) : 0;
        // A JSON cell is walked from the units the hints read (no copy of its own) when another rule has asked for them.
        const units = json === true || col.plan.json === true ? knownCellUnits(row, i, value) : undefined;
        const found = scanCell(value, col.plan, birth, json, hints, units);
        memo.remember(value, found, row, detachMatches, ownMatches);
        return found;
      } catch {
        // A detector bug must not stop the scan of a whole dump; the cell counts as unmatched, and the report says so (unjudged).
        return UNJUDGED;
      }
    };

    /** Cells no detector could judge (a detector threw): counted where the rows are folded, in row order, and said in one diagnostic. */
    let unjudged: Unjudged | undefined;
    /** A cell's matches as its column tally counts them: a cell no detector could judge is noted here and counts as none. */
    const judged = (matches: readonly CellMatch[], row: RowEvent, i: number): readonly CellMatch[] => {
      if (matches !== UNJUDGED) return matches;
      if (unjudged) unjudged.count++;
      else unjudged = { count: 1, first: { schema: row.schema, table: row.table, column: row.columns[i]!, row: row.rowIndex, cell: i, range: row.range } };
      return NO_MATCHES;
    };

    const scanRow = (state: TableState, row: RowEvent) => {
      const byColumn = planColumns(row);
      for (let i = 0; i < row.columns.length; i++) {
        const col = columnState(state, byColumn, row, i);
        if (!col.tally) continue;
        col.tally.addCell(row.values[i] ?? null, judged(cellMatches(col, row, i), row, i), row.range, row.rowIndex);
      }
    };

    const finishTable = (state: TableState | undefined) => {
      if (!state?.sampler) return;
      const rest = state.sampler.drain().sort((a, b) => a.rowIndex - b.rowIndex);
      for (const row of rest) scanRow(state, row);
    };

    if (options.sample) {
      // Which rows are scanned depends on every row before (a seeded reservoir): sampled, the rule runs whole on one thread.
      ctx.onRow((row) => {
        const state = tableState(row);
        if (state !== current) {
          finishTable(current);
          current = state;
        }
        const now = state.sampler!.offer({ ...row, values: [...row.values], columns: [...row.columns], types: [...row.types] });
        if (now) scanRow(state, now);
      });
    } else {
      // Rows shared between threads (issue 12): cells are scanned wherever the row's block went; the tallies fold the matches here, in row order.
      onRowSplit<RowMatches | HashedRow, typeof options>(ctx, {
        shape: (shape) => void planColumns(shape),
        map: (row): (readonly CellMatch[] | 0)[] | undefined => {
          const { plans, mine } = blockOf(row);
          let found: (readonly CellMatch[] | 0)[] | undefined;
          // Only the columns this thread scans (the others' cells have no matches here): at --jobs 2 the calling thread
          // walks every row of the rule for a quarter of its columns, and a loop over all of them cost it ~0.15 s per 100 MB.
          for (let k = 0; k < mine.length; k++) {
            const i = mine[k]!;
            const matches = cellMatches(plans[i]!, row, i);
            // Holes, not zeros, for the cells without a match: every reader takes a hole for none (one pass per row fewer).
            if (matches.length > 0 || matches === UNJUDGED) (found ??= new Array<readonly CellMatch[] | 0>(row.columns.length))[i] = matches;
          }
          return found;
        },
        // Small, additive (parallel, issue 12): a worker also sends each scanned cell's distinct-count hash, so the
        // calling thread folds its rows without decoding or hashing them (cellsEncoder).
        encoder: () => cellsEncoder(plansOf),
        decoder: cellsDecoder,
        reduce: (row, result) => {
          const state = tableState(row);
          const cols = columnStatesOf(state, row);
          const hashed = result instanceof HashedRow ? result : undefined;
          const found = hashed ? hashed.found : (result as RowMatches);
          if (hashed === undefined) {
            // Judged on this thread: the tallied columns are this thread's scanned ones (as for `map`), in column order.
            const { mine } = blockOf(row);
            for (let k = 0; k < mine.length; k++) {
              const i = mine[k]!;
              const col = cols[i]!;
              if (!col.tally) continue;
              const value = row.values[i] ?? null;
              const matches = judged(found?.[i] || NO_MATCHES, row, i);
              // This very cell's value was recalled by the column's memo (its last recall, for this row): another cell was judged for
              // it on this thread, and that cell, not recalled, is counted in this tally when folded (a thread folds the rows it judges).
              if (value !== null && col.memo !== undefined && col.memo.lastHitBy === row) col.tally.addRepeatedCell(matches, row.range, row.rowIndex);
              // A cell the hint pass read is counted by the hash it folded as it read (no second pass over its units).
              else col.tally.addCell(value, matches, row.range, row.rowIndex, value !== null && knownCellHash(row, i, value));
            }
            return;
          }
          const cells = hashed?.cells;
          let at = hashed ? hashed.at : 0;
          for (let i = 0; i < row.columns.length; i++) {
            const col = cols[i]!;
            let cell = NOT_HASHED;
            let h1 = 0;
            let h2 = 0;
            if (cells !== undefined) {
              cell = cells[at++]!;
              if (cell === HASHED) {
                h1 = cells[at++]! >>> 0;
                h2 = cells[at++]! >>> 0;
              }
            }
            if (!col.tally) continue;
            const matches = judged(found?.[i] || NO_MATCHES, row, i);
            if (cell === HASHED) col.tally.addHashedCell(h1, h2, matches, row.range, row.rowIndex);
            else if (cell === NULL_CELL) col.tally.addCell(null, matches, row.range, row.rowIndex);
            else col.tally.addCell(row.values[i] ?? null, matches, row.range, row.rowIndex);
          }
        },
      });
    }

    ctx.onEnd(() => {
      finishTable(current);
      current = undefined;
      if (share !== undefined && share.part > 0) {
        // A worker's part: its tallies and unjudged cells go to the calling thread, which reports every column.
        share.handOff(handOff(order, unjudged));
        return;
      }
      if (share?.part === 0) {
        const handed = share.handedOver() as readonly PiiHandOff[];
        const here = order.reduce((n, state) => n + state.columns.filter((col) => col.tally).length, 0);
        for (const there of handed) {
          takeOver(order, there);
          // The first cell no detector could judge, in input order, of any thread's.
          if (there.unjudged) unjudged = unjudged === undefined ? there.unjudged : { count: unjudged.count + there.unjudged.count, first: firstInInput(unjudged.first, there.unjudged.first) };
        }
        share.tallied([here, ...handed.map((there) => there.tables.reduce((n, t) => n + t.tallies.length, 0))]);
      }
      if (unjudged) {
        // Where, never what: no cell value in the message.
        const { count, first } = unjudged;
        ctx.diagnose({
          code: "pii-cells-not-judged",
          severity: "warning",
          message: `${count} cell(s) could not be judged for personal data (a detector failed on them; the first: ${first.schema}.${first.table}.${first.column}, row ${first.row + 1}); they were counted as holding none, so personal data in them may be missed`,
          range: first.range,
        });
      }
      const talliesOf = (state: TableState) => state.columns.flatMap((col) => (col.tally ? [col.tally] : []));
      const status = new Map<string, PseudonymStatus>();
      const aboutPeople = new Set<string>();
      const organisations = new Set<string>();
      const content = new Set<string>();
      const animals = new Set<string>();
      for (const state of order) {
        const tallies = talliesOf(state);
        for (const tally of tallies) tally.settle();
        const key = `${state.schema}\0${state.table}`;
        status.set(key, pseudonymStatus(tallies));
        if (isAnimalTable(state)) animals.add(key);
        if (isOrganisationTable(state, tallies)) organisations.add(key);
        else if (isContentTable(state, tallies) || isSettingsTable(ctx, state, tallies)) content.add(key);
        // (A health column alone does not: `products.allergies` is not about a person.)
        else if (tallies.some((t) => t.name?.category.tier === "direct" && t.name.category.id !== "health") || state.columns.some((col) => isPersonReference(col.column))) aboutPeople.add(key);
      }
      for (const state of order) {
        if (state.sampler) {
          const { rowsSeen, rowsSampled } = state.sampler.counts;
          if (rowsSampled < rowsSeen) ctx.reportSampling({ schema: state.schema, table: state.table, rowsSeen, rowsSampled });
        }
        const key = `${state.schema}\0${state.table}`;
        const referenced = referencedTables(ctx, state);
        let own = status.get(key);
        // A table without identifiers of its own (addresses) whose rows belong to a pseudonymized table (customers) shares its status.
        if (own === "undecided" && referenced.some((r) => status.get(r) === "pseudonymized")) own = "pseudonymized";
        const pseudonymized = options.trustPseudonymizedTables && own === "pseudonymized";
        // A city or a postcode is personal only next to a person: in this table or in the table its rows belong to (a warehouse's city is not).
        const personContext = aboutPeople.has(key) || referenced.some((r) => aboutPeople.has(r));
        const sampled = state.sampler !== undefined && state.sampler.counts.rowsSampled < state.sampler.counts.rowsSeen;
        const trusted: TrustedColumn[] = [];
        for (const tally of talliesOf(state)) {
          // Health data is a person's only in a table about people (`patients.allergies`, not `products.allergies`).
          if (!personContext && (tally.name?.category.tier === "quasi" || tally.name?.category.id === "health")) continue;
          const unitName = isUnitOwnName(tally.column) && isUnitTable(state);
          appendAll(trusted, reportColumn(ctx, tally, options, sampled, pseudonymized, organisations.has(key) ? "organisations" : content.has(key) ? "content" : animals.has(key) ? "animals" : undefined, unitName));
        }
        if (trusted.length > 0) {
          // Not a finding about the dump but the reason behind `synthetic` verdicts, said once per table.
          const list = trusted.map((t) => `${t.column} (${t.count} ${t.what})`).join(", ");
          const first = trusted.find((t) => t.range)?.range;
          ctx.diagnose({
            code: "pii-pseudonymized-table",
            severity: "info",
            message: `${state.schema}.${state.table}: ${list} look real but are taken as generated, because the table's e-mails, phones and identity numbers (or those of the table it references) are all synthetic; set the unsanitized-pii option trustPseudonymizedTables: false to report them`,
            ...(first ? { range: first } : {}),
          });
        }
      }
    });
  },
});

/** Cells no detector could judge: how many, and the first in input order. */
interface Unjudged {
  count: number;
  /** `cell`: its index in the row (rows of one INSERT statement share a range, cells of a row their row). */
  first: { schema: string; table: string; column: string; row: number; cell: number; range: Range };
}

/** Of two cells (of two threads' columns), the one a single thread meets first: by place in the input, row, then column. */
function firstInInput(a: Unjudged["first"], b: Unjudged["first"]): Unjudged["first"] {
  return (a.range.start.offset - b.range.start.offset || a.row - b.row || a.cell - b.cell) <= 0 ? a : b;
}

/**
 * What a column's cells cost the rule, relative: tenths of a microsecond per row (value memo, scanCell and
 * the tally) measured on realistic-20 (`node --import tsx scripts/pii-column-cost.ts .bench/realistic-20.sql`,
 * averaged over the columns of a kind), by name category for a named column. Only balance depends on them.
 */
const NAMED_WEIGHT: Record<string, number> = {
  phone: 13,
  email: 12,
  "street-address": 10,
  "user-agent": 10,
  "person-name": 7,
  "ip-address": 4,
  "birth-date": 4,
  city: 3,
  postcode: 3,
  country: 3,
  gender: 3,
};
const NAMED_OTHER_WEIGHT = 6;
const JSON_WEIGHT = 13;
const FREE_TEXT_WEIGHT = 6;

function columnWeight(plan: ColumnScan): number {
  if (plan.mode === "skip") return 0;
  if (plan.mode === "free-text") return plan.json ? JSON_WEIGHT : FREE_TEXT_WEIGHT;
  const id = plan.name.category.id;
  const dot = id.indexOf(".");
  return NAMED_WEIGHT[id] ?? (dot > 0 ? NAMED_WEIGHT[id.slice(0, dot)] : undefined) ?? NAMED_OTHER_WEIGHT;
}

/**
 * Which thread tallies which column at --jobs N. Each shape's new scanned columns are dealt heaviest first
 * (ties in column order) to the thread whose load, against its share, stays lowest (ties: the lowest worker,
 * the calling thread only when strictly lower): the load within the shape (a table's rows weigh alike on all
 * its columns, so each large table is split near the shares) plus the load over every shape so far (so that
 * many one-column tables are shared too). Each part's share is the engine's (`ColumnShare.shares`: at --jobs 2 a
 * quarter to the calling thread, which also runs forbidden-secrets, live-host-pointers and the light rules; see
 * columnLayout in src/parallel/rule-split.ts); a part of share 0 gets no column. A function of the shapes alone,
 * which every thread sees in the same order: all deal alike.
 */
class ColumnParts {
  private readonly total: number[];

  constructor(
    private readonly part: number,
    private readonly share: readonly number[],
  ) {
    this.total = new Array<number>(share.length).fill(0);
  }

  deal(fresh: readonly ColumnScanPlan[]): void {
    const inShape = new Array<number>(this.share.length).fill(0);
    const byWeight = fresh.map((col, i) => ({ col, i, weight: columnWeight(col.plan) })).sort((a, b) => b.weight - a.weight || a.i - b.i);
    for (const { col, weight } of byWeight) {
      const load = (p: number) => (this.share[p]! > 0 ? (inShape[p]! + this.total[p]! + 2 * weight) / this.share[p]! : Infinity);
      let to = 1;
      for (let p = 2; p < this.share.length; p++) if (load(p) < load(to)) to = p;
      if (load(0) < load(to)) to = 0;
      inShape[to]! += weight;
      this.total[to]! += weight;
      col.mine = to === this.part;
    }
  }
}

/** A worker's part at its end (plain data): per table of `order` with tallies, its index there and its tallies by place in its columns. */
interface PiiHandOff {
  tables: { at: number; tallies: { at: number; column: string; tally: ColumnTallyPlain }[] }[];
  unjudged: Unjudged | undefined;
}

function handOff(order: readonly TableState[], unjudged: Unjudged | undefined): PiiHandOff {
  const tables: PiiHandOff["tables"] = [];
  order.forEach((state, at) => {
    const tallies: PiiHandOff["tables"][number]["tallies"] = [];
    state.columns.forEach((col, c) => {
      if (!col.tally) return;
      // Settled here (a column's own judgement, as the calling thread would make it): less to send.
      col.tally.settle();
      tallies.push({ at: c, column: col.column, tally: col.tally.toPlain() });
    });
    if (tallies.length > 0) tables.push({ at, tallies });
  });
  return { tables, unjudged };
}

/** A worker's tallies into the calling thread's columns: all threads opened the same tables and columns in the same order. */
function takeOver(order: readonly TableState[], there: PiiHandOff): void {
  for (const { at, tallies } of there.tables) {
    const state = order[at];
    for (const t of tallies) {
      const col = state?.columns[t.at];
      if (state === undefined || col === undefined || col.column !== t.column || col.tally !== undefined) throw new Error("the threads' columns differ");
      col.tally = ColumnTally.fromPlain(state.schema, state.table, col.column, col.plan.mode === "named" ? col.plan.name : undefined, t.tally);
    }
  }
}

/** A row's matches by column index (0 or a hole: none), as `map` gives them to `reduce`. */
type RowMatches = (readonly CellMatch[] | 0)[] | undefined;

const DETECTOR_INDEX = new Map<DetectorId, number>(DETECTOR_IDS.map((id, i) => [id, i]));
const HAS_REASON = 1;
const HAS_JSON_PATH = 2;
const VIA_KEY = 4;

/**
 * Rows' matches for another thread: numbers (one Int32Array when sent: per row the cells with
 * matches, -1 for none; per cell its column and match count; per match detector, start, end,
 * flags) and the strings in one list (value, mask, then the synthetic reason and JSON path when
 * there). Thousands of small match objects cost ten times more to clone than this.
 */
export function matchesEncoder(): { add(found: RowMatches): void; finish(): { ints: Int32Array; strings: string[] } } {
  const ints = new IntList();
  const strings: string[] = [];
  return {
    add(found) {
      if (!found) {
        ints.push(-1);
        return;
      }
      const countAt = ints.length;
      ints.push(0);
      for (let i = 0; i < found.length; i++) {
        const matches = found[i];
        if (!matches) continue;
        ints.increment(countAt);
        ints.push(i);
        ints.push(matches === UNJUDGED ? -1 : matches.length);
        for (const m of matches) {
          ints.push(DETECTOR_INDEX.get(m.detector)!);
          ints.push(m.start);
          ints.push(m.end);
          ints.push((m.syntheticReason !== undefined ? HAS_REASON : 0) | (m.jsonPath !== undefined ? HAS_JSON_PATH : 0) | (m.viaKey ? VIA_KEY : 0));
          strings.push(m.value, m.masked);
          if (m.syntheticReason !== undefined) strings.push(m.syntheticReason);
          if (m.jsonPath !== undefined) strings.push(m.jsonPath);
        }
      }
    },
    finish: () => ({ ints: ints.finish(), strings }),
  };
}

/** The rows' matches back from `matchesEncoder`, one row at a time: the same fields, so the tallies fold them as the thread that found them would. */
export function matchesDecoder(packed: unknown): { next(): RowMatches } {
  const { ints, strings } = packed as { ints: Int32Array; strings: string[] };
  let p = 0;
  let q = 0;
  return {
    next() {
      const cells = ints[p++]!;
      if (cells < 0) return undefined;
      const found: (readonly CellMatch[] | 0)[] = [];
      for (let c = 0; c < cells; c++) {
        const column = ints[p++]!;
        const count = ints[p++]!;
        if (count < 0) {
          found[column] = UNJUDGED;
          continue;
        }
        const matches: CellMatch[] = [];
        for (let j = 0; j < count; j++) {
          const flags = ints[p + 3]!;
          const m = new FoundMatch(DETECTOR_IDS[ints[p]!]!, strings[q]!, ints[p + 1]!, ints[p + 2]!, strings[q + 1]!);
          p += 4;
          q += 2;
          if (flags & HAS_REASON) m.syntheticReason = strings[q++]!;
          if (flags & HAS_JSON_PATH) m.jsonPath = strings[q++]!;
          if (flags & VIA_KEY) m.viaKey = true;
          matches.push(m);
        }
        found[column] = matches;
      }
      return found;
    },
  };
}

/** How a cell travels beside its row's matches (cellsEncoder): null, its two hash words, or not hashed (its column is not scanned there). */
const NULL_CELL = 0;
const HASHED = 1;
const NOT_HASHED = 2;

/** A row a worker judged, as the calling thread folds it: its matches, and its cells' hashes at `cells[at]` on (cellsEncoder). */
class HashedRow {
  constructor(
    readonly found: RowMatches,
    readonly cells: Int32Array,
    readonly at: number,
  ) {}
}

/**
 * Rows' matches (matchesEncoder) and, per column of each row, what the column tally counts of the cell:
 * null, or the two words of its distinct-count hash (`hashWords`), so the calling thread's fold neither
 * decodes the row nor hashes its values (they are most of that thread's serial part). Per row: the
 * number of ints that follow, then per column NULL_CELL, HASHED h1 h2, or NOT_HASHED (a column this
 * thread does not scan: the fold then reads the value, exact whichever thread planned the column first).
 */
function cellsEncoder(plansOf: (row: RowEvent) => readonly ColumnScanPlan[]): { add(found: RowMatches, row: RowEvent): void; finish(): unknown } {
  const matches = matchesEncoder();
  const cells = new IntList();
  return {
    add(found, row) {
      matches.add(found);
      const plans = plansOf(row);
      const values = row.values;
      const sizeAt = cells.length;
      cells.push(0);
      for (let i = 0; i < row.columns.length; i++) {
        const value = values[i] ?? null;
        if (plans[i]!.plan.mode === "skip") cells.push(NOT_HASHED);
        else if (value === null) cells.push(NULL_CELL);
        else {
          // The hash the hint pass folded, when it read the cell (the same words).
          const words = knownCellHash(row, i, value) ? hashScratch : hashWords(value);
          cells.push(HASHED);
          cells.push(words[0]!);
          cells.push(words[1]!);
        }
      }
      cells.set(sizeAt, cells.length - sizeAt - 1);
    },
    finish: () => ({ matches: matches.finish(), cells: cells.finish() }),
  };
}

function cellsDecoder(packed: unknown): { next(): HashedRow } {
  const { matches, cells } = packed as { matches: unknown; cells: Int32Array };
  const rows = matchesDecoder(matches);
  let at = 0;
  return {
    next() {
      const row = new HashedRow(rows.next(), cells, at + 1);
      at += cells[at]! + 1;
      return row;
    },
  };
}

/** Detectors with a checksum or a registry behind them: their synthetic values are unmistakable. */
const VALIDATED: ReadonlySet<DetectorId> = new Set(["email", "phone", "payment-card", "iban", "us-ssn", "uk-nino", "fr-nir"]);
/** Detectors that cannot tell a generated value from a real one (a faker name is a plausible name). */
const UNVERIFIABLE: ReadonlySet<DetectorId> = new Set(["person-name", "personal-value", "birth-date"]);

/** Words naming a person a row can point at: `user_id`, `customerId`, `member_ref`, `patient_no`. */
const PERSON_WORDS = new Set(["user", "users", "customer", "client", "member", "person", "patient", "employee", "account", "subscriber", "visitor", "student", "guest", "buyer", "utilisateur", "benutzer", "kunde", "usuario", "cliente"]);
const REFERENCE_WORDS = new Set(["id", "uuid", "ref", "no", "number", "key", "fk"]);

/** True for a column that refers to a person (`user_id`), which makes the table's rows about people even without a declared foreign key. */
export function isPersonReference(column: string): boolean {
  const words = identifierWords(column);
  const last = words[words.length - 1];
  return words.length >= 2 && last !== undefined && REFERENCE_WORDS.has(last) && words.slice(0, -1).some((w, i) => PERSON_WORDS.has(w) && namesPersonAt(words, i));
}

/** Words before `account` that make it a cloud provider's or a machine's account: `eks_account_id`, `aws_account_id`, `service_account_id`. */
const MACHINE_ACCOUNT_WORDS = new Set(["aws", "eks", "ecr", "gcp", "gke", "azure", "cloud", "service", "iam", "bot", "system"]);

/** Whether the people word at `words[i]` names a person: not `account` after a cloud provider's or a machine's word (`eks_account_id`). */
function namesPersonAt(words: readonly string[], i: number): boolean {
  const w = words[i];
  return !((w === "account" || w === "accounts") && i > 0 && MACHINE_ACCOUNT_WORDS.has(words[i - 1]!));
}

/**
 * Tables whose rows are organisations, their units or places (`stores`, `companies`, `departments`, `suppliers`, `warehouses`): their phone
 * numbers, e-mail and street addresses are the business's own contact data, which no one sanitizes, and their
 * cities and postcodes locate no person. A word naming people in the table's name (`store_customers`) wins.
 */
const ORGANISATION_TABLE_WORDS = new Set([
  "store", "stores", "shop", "shops", "warehouse", "warehouses", "branch", "branches", "office", "offices", "company", "companies",
  "organization", "organizations", "organisation", "organisations", "org", "orgs", "supplier", "suppliers", "vendor", "vendors",
  "merchant", "merchants", "venue", "venues", "business", "businesses", "hotel", "hotels", "restaurant", "restaurants", "outlet",
  "outlets", "dealer", "dealers", "retailer", "retailers", "manufacturer", "manufacturers", "agency", "agencies", "carrier", "carriers",
  "depot", "depots", "clinic", "clinics", "pharmacy", "pharmacies", "firma", "firmen", "unternehmen", "filiale", "filialen",
  "lieferant", "lieferanten", "entreprise", "entreprises", "societe", "fournisseur", "fournisseurs", "magasin", "magasins",
  "empresa", "empresas", "tienda", "tiendas", "proveedor", "proveedores",
  // An organisation's own units: a department's phone is an extension of the switchboard, no one's own line.
  "department", "departments", "division", "divisions", "team", "teams", "abteilung", "abteilungen", "departement", "departements",
  "departamento", "departamentos",
]);
const PEOPLE_IN_TABLE_NAME = new Set([
  "customer", "customers", "user", "users", "contact", "contacts", "employee", "employees", "member", "members", "person", "persons",
  "people", "staff", "owner", "owners", "manager", "managers", "client", "clients", "patient", "patients", "guest", "guests", "account",
  "accounts", "profile", "profiles", "subscriber", "subscribers", "buyer", "buyers", "driver", "drivers", "representative",
  "representatives", "rep", "reps", "agent", "agents", "kunde", "kunden", "mitarbeiter",
]);
/** The name categories of PERSON_CATEGORY_IDS. */
const PERSON_NAME_IDS = new Set(["person-name.first", "person-name.last", "person-name.middle", "person-name.full"]);
/** Name categories that say a row is about a person even in a table of organisations (`suppliers.contact_name`). */
const PERSON_CATEGORY_IDS = new Set(["person-name.first", "person-name.last", "person-name.middle", "person-name.full", "person-name.role", "birth-date", "us-ssn", "uk-nino", "fr-nir", "national-id"]);

/**
 * Tables whose rows are the organisation's own published text or settings (`pages`, `email_templates`, `macros`,
 * `translations`, `settings`, `faq`, `campaigns`): the phone numbers and street addresses in them are the ones it publishes (a contact
 * page, an agent's signature macro, an imprint, a footer setting), its own contact data as in a table of organisations;
 * their e-mails stay findings. Not posts, comments, messages or reviews: people write those.
 */
const CONTENT_TABLE_WORDS = new Set([
  "page", "pages", "template", "templates", "macro", "macros", "snippet", "snippets", "translation", "translations", "i18n",
  "setting", "settings", "config", "configs", "configuration", "configurations", "option", "options", "faq", "faqs", "imprint",
  "impressum", "footer", "footers", "banner", "banners", "menu", "menus", "seo", "seite", "seiten", "vorlage", "vorlagen",
  "einstellungen", "modele", "modeles", "parametres", "plantilla", "plantillas", "ajustes",
  // A marketing campaign's or newsletter's text and sender: the organisation's own mail, its footer's phone and address.
  "campaign", "campaigns", "newsletter", "newsletters", "mailing", "mailings", "kampagne", "kampagnen", "campagne", "campagnes", "campana", "campanas",
]);

/** A table of organisations or places: named so, with no column naming a person, a person's role, or pointing at a person. */
function isOrganisationTable(state: TableState, tallies: readonly ColumnTally[]): boolean {
  return isTableOf(ORGANISATION_TABLE_WORDS, state, tallies);
}

/**
 * A table of the organisation's own published content or settings (CONTENT_TABLE_WORDS), on the same terms, except that a
 * column holding a person's name (`pages.author_name`, `campaigns.sender_name`) says who wrote the text, not whom it is about:
 * the imprint's phone in the page's body stays the organisation's (the author's name itself is still a finding).
 */
function isContentTable(state: TableState, tallies: readonly ColumnTally[]): boolean {
  return isTableOf(CONTENT_TABLE_WORDS, state, tallies, true);
}

/**
 * A key/value table of settings as the shared judgement reads one (`practice_info(key, value)`, `shop_config(name, value)`:
 * not translations, not a table of people), with no column naming or pointing at a person (`user_settings(user_id, key, value)`
 * is a person's): whatever its name, its rows are the organisation's own settings (a footer's phone and fax, an imprint's
 * street), as in a table named `settings`. Judged from the catalog's columns and types (every column, skipped ones too), else
 * from the scanned columns' names; once per table, after its rows.
 */
function isSettingsTable(ctx: RuleContext<UnsanitizedPiiOptions>, state: TableState, tallies: readonly ColumnTally[]): boolean {
  let names: string[] | undefined;
  let types: (string | undefined)[] = [];
  try {
    const table = ctx.catalog?.table({ schema: state.schema, name: state.table });
    if (table) {
      names = table.columns.map((c) => c.name);
      types = table.columns.map((c) => c.type);
    }
  } catch {
    // No catalog answer: the scanned columns' names below.
  }
  if (names === undefined) {
    names = state.columns.map((col) => col.column);
    types = names.map(() => undefined);
  }
  if (!judgeColumns(state.table, names, types).columns.some((role) => role.keyColumn !== undefined)) return false;
  return isTableOf(undefined, state, tallies);
}

/**
 * A table named by one of `words` (any name when undefined), with no word naming people in its name and no column naming a
 * person, a person's role, or pointing at a person.
 */
function isTableOf(words: ReadonlySet<string> | undefined, state: TableState, tallies: readonly ColumnTally[], authorNames = false): boolean {
  const tableWords = identifierWords(state.table);
  if ((words !== undefined && !tableWords.some((w) => words.has(w))) || tableWords.some((w) => PEOPLE_IN_TABLE_NAME.has(w))) return false;
  // `contact_email`, `owner_phone`, `manager_name`, `user_id`: a person's details beside the organisation's.
  if (state.columns.some((col) => isPersonReference(col.column) || identifierWords(col.column).some((w, i, ws) => PEOPLE_IN_TABLE_NAME.has(w) && namesPersonAt(ws, i)))) return false;
  return !tallies.some((t) => t.name !== undefined && PERSON_CATEGORY_IDS.has(t.name.category.id) && !(authorNames && PERSON_NAME_IDS.has(t.name.category.id)));
}

/**
 * Tables whose rows are groups of people (`groups`, `teams`, `departments`): the group's own name (`name`, `full_name`,
 * `display_name`, `title`) is no person's (Discourse's `groups.full_name` = `Vorstand`, a board). Not a table naming its
 * members (`group_users`, `team_members`) nor one pointing at a person (`user_id`).
 */
const UNIT_TABLE_WORDS = new Set([
  "group", "groups", "team", "teams", "department", "departments", "division", "divisions", "gruppe", "gruppen", "abteilung",
  "abteilungen", "groupe", "groupes", "equipe", "equipes", "grupo", "grupos", "equipo", "equipos",
]);
/** The words of a group's own name column (`name`, `full_name`, `display_name`, `title`). */
const OWN_NAME_WORDS = new Set(["name", "full", "fullname", "display", "title", "label"]);

function isUnitTable(state: TableState): boolean {
  const words = identifierWords(state.table);
  return words.some((w) => UNIT_TABLE_WORDS.has(w)) && !words.some((w) => PEOPLE_IN_TABLE_NAME.has(w)) && !state.columns.some((col) => isPersonReference(col.column));
}

/** A column naming a group itself in a table of groups (isUnitTable): all its words are OWN_NAME_WORDS. */
function isUnitOwnName(column: string): boolean {
  const words = identifierWords(column);
  return words.length > 0 && words.every((w) => OWN_NAME_WORDS.has(w));
}

/**
 * Tables whose rows are animals (`pets`, `animals`, `horses`): a pet's or a herd's `date_of_birth` is no person's
 * (a person's table named after them, `pet_owners`, is not one).
 */
const ANIMAL_TABLE_WORDS = new Set([
  "pet", "pets", "animal", "animals", "dog", "dogs", "cat", "cats", "horse", "horses", "puppy", "puppies", "kitten", "kittens",
  "livestock", "cattle", "cow", "cows", "herd", "herds", "litter", "litters", "breeding", "tiere", "haustier", "haustiere",
  "hund", "hunde", "pferd", "pferde", "animaux", "chien", "chiens", "cheval", "chevaux", "mascota", "mascotas", "perro", "perros",
  "gato", "gatos", "caballo", "caballos",
]);

function isAnimalTable(state: TableState): boolean {
  const words = identifierWords(state.table);
  return words.some((w) => ANIMAL_TABLE_WORDS.has(w)) && !words.some((w) => PEOPLE_IN_TABLE_NAME.has(w));
}

/**
 * A contact detail an organisation publishes: a phone number or a street address (never a card, IBAN or identity number).
 * Not an e-mail: a company's or supplier's address is often a person's (a sole trader's anna.berg@web.de, a firm's
 * jens.hartmann@acme-gmbh.de), which is personal data; the function mailboxes (info@, kontakt@, sales@) are already not
 * real-looking (the e-mail detector's role words).
 */
function isBusinessContact(detector: DetectorId, tally: ColumnTally): boolean {
  return detector === "phone" || (detector === "personal-value" && tally.name?.category.id === "street-address");
}

type PseudonymStatus = "pseudonymized" | "real" | "undecided";

/**
 * `pseudonymized` when the table's columns named for validated identifiers hold synthetic values only (at
 * least 3 of them) and no column, named or free text, holds a real-looking validated value; `real` when
 * one does; `undecided` without validated identifiers.
 */
function pseudonymStatus(tallies: readonly ColumnTally[]): PseudonymStatus {
  let anchors = 0;
  for (const tally of tallies) {
    for (const [detector, t] of tally.detectors) {
      if (!VALIDATED.has(detector)) continue;
      if (t.real > 0) return "real";
      if ((tally.name && t.synthetic >= 3) || t.keyedSynthetic >= 3) anchors++;
    }
  }
  return anchors > 0 ? "pseudonymized" : "undecided";
}

/** Keys (`schema NUL table`) of the tables the table's foreign keys point at; empty when the catalog does not know the table. */
function referencedTables(ctx: RuleContext<UnsanitizedPiiOptions>, state: TableState): string[] {
  const out: string[] = [];
  try {
    const table = ctx.catalog?.table({ schema: state.schema, name: state.table });
    for (const constraint of table?.constraints ?? []) {
      const target = constraint.kind === "foreign key" ? constraint.references : undefined;
      if (target) out.push(`${target.schema}\0${target.table}`);
    }
  } catch {
    // No catalog answer: judge the table on its own.
  }
  return out;
}

/** A column whose plausible values were taken as generated because its table is pseudonymized. */
interface TrustedColumn {
  column: string;
  count: number;
  what: string;
  range?: Range;
}

/** The verdict and the findings for one finished column; returns what it took as generated in a pseudonymized table. */
function reportColumn(ctx: RuleContext<UnsanitizedPiiOptions>, tally: ColumnTally, options: UnsanitizedPiiOptions, sampled: boolean, pseudonymized: boolean, rowsAre: "organisations" | "content" | "animals" | undefined, unitName = false): TrustedColumn[] {
  const trusted = new Map<DetectorId, ReturnType<ColumnTally["trustAsSynthetic"]>>();
  if (pseudonymized) {
    for (const [detector, t] of tally.detectors) {
      if (UNVERIFIABLE.has(detector) && t.real > 0) trusted.set(detector, tally.trustAsSynthetic(detector));
    }
  }
  const matches: Record<string, number> = {};
  for (const [detector, t] of [...tally.detectors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (t.real + t.synthetic > 0) matches[detector] = t.real + t.synthetic;
  }
  const realLooking = tally.realLooking;
  const synthetic = tally.synthetic;
  if (!tally.name && realLooking + synthetic === 0) return []; // a free-text column with nothing in it is not worth a verdict line
  const verdict = realLooking > 0 ? "real" : synthetic > 0 ? "synthetic" : "none";
  ctx.reportColumnVerdict({
    schema: tally.schema,
    table: tally.table,
    column: tally.column,
    rowsScanned: tally.rowsScanned,
    nonNull: tally.nonNull,
    matches,
    ratio: tally.nonNull === 0 ? 0 : Math.min(1, tally.cellsWithMatch / tally.nonNull),
    distinctEstimate: tally.distinct.estimate(),
    synthetic,
    realLooking,
    ...(tally.name ? { nameCategory: tally.name.category.id } : {}),
    verdict,
    sampled,
  });

  const trustedColumns: TrustedColumn[] = [...trusted]
    .filter(([, t]) => t.moved > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([detector, { moved, first }]) => ({ column: tally.column, count: moved, what: describeValues(detector, tally, moved), ...(first ? { range: first.range } : {}) }));

  const detectors = [...tally.detectors].filter(([, t]) => t.real > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [detector, t] of detectors) {
    // `samples` is empty only if every kept occurrence belonged to a dropped sequence: still a finding, without a row location.
    const first = t.samples[0];
    const business = (rowsAre === "organisations" || rowsAre === "content") && isBusinessContact(detector, tally);
    const animal = rowsAre === "animals" && detector === "birth-date";
    const group = unitName && detector === "person-name";
    const severity = business || animal || group ? "info" : severityFor(detector, t.real, tally, options);
    const where = `${tally.schema}.${tally.table}.${tally.column}`;
    const jsonPart = first?.jsonPath !== undefined ? ` (JSON, e.g. at ${first.jsonPath})` : tally.name ? "" : " (free text)";
    const syntheticPart = (t.synthetic > 0 ? `, ${t.synthetic} look synthetic` : "") + (business ? (rowsAre === "content" ? `; the table's rows are the organisation's own published content or settings (${tally.table}), so taken for its own business contact data` : `; the table's rows are organisations or places (${tally.table}), so taken for their own business contact data`) : "") +
      (animal ? `; the table's rows are animals (${tally.table}), so these are not a person's` : "") +
      (group ? `; the table's rows are groups or teams (${tally.table}), so this is the group's own name` : "");
    const what = describeValues(detector, tally, t.real);
    const related: RelatedLocation[] = t.samples.slice(1, 4).map((s) => ({ message: `another real-looking value (row ${s.row + 1})`, range: s.range, row: s.row }));
    ctx.report({
      message: `column ${where} holds ${t.real} real-looking ${what}${jsonPart} in ${tally.rowsScanned} scanned rows${syntheticPart}`,
      severity,
      help: HELP[detector],
      ...(first ? { range: first.range } : {}),
      object: {
        kind: "column",
        schema: tally.schema,
        table: tally.table,
        column: tally.column,
        ...(first?.jsonPath !== undefined ? { jsonPath: first.jsonPath } : {}),
        name: detector,
      },
      evidence: t.samples.slice(0, 3).map((s) => s.evidence),
      count: t.real,
      ...(related.length > 0 ? { related } : {}),
      identity: `${detector}:${where}`,
    });
  }
  return trustedColumns;
}

/** `error` at or above the threshold (strict detectors: `strictMinValues`; others: `minValues` or `minRatio` of rows), `warning` below; quasi-identifiers capped. */
function severityFor(detector: DetectorId, real: number, tally: ColumnTally, options: UnsanitizedPiiOptions): Severity {
  const category = tally.name?.category;
  const strict = options.strictDetectors.includes(detector) || (detector === "personal-value" && category?.strict === true);
  const atThreshold = strict
    ? real >= options.strictMinValues
    : real >= options.minValues || (tally.rowsScanned > 0 && real / tally.rowsScanned >= options.minRatio);
  // A user agent is shared by millions of browsers: alone it identifies no one.
  if (category?.id === "user-agent") return "info";
  if (category?.tier === "quasi" && detector === "personal-value") return atThreshold ? options.quasiIdentifierSeverity : "info";
  return atThreshold ? "error" : "warning";
}
