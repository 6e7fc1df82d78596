/** Value detectors the PII rule runs; each id names one validator in `detectors/`. */
export const DETECTOR_IDS = [
  "email",
  "phone",
  "payment-card",
  "iban",
  "us-ssn",
  "uk-nino",
  "fr-nir",
  "ip-address",
  "birth-date",
  "person-name",
  "personal-value",
] as const;
export type DetectorId = (typeof DETECTOR_IDS)[number];

/** One validated personal-data value found in a cell. Never leaves the rule except masked. */
export interface PiiMatch {
  detector: DetectorId;
  /** The matched text as it appears in the cell (start/end are UTF-16 indexes into the cell). */
  value: string;
  start: number;
  end: number;
  /** Why the value looks like a sanitized stand-in, when it does. */
  syntheticReason?: string;
  /** Display form that reveals at most a letter or the last digits, e.g. `j***@gm***.com`. */
  masked: string;
}

/**
 * A match as the detectors make it: one class whose every field is there from the start (undefined
 * when unset), so the per-match reads of the column tally, the thread encoder and the JSON walk see one
 * object shape whatever the detector (issue 12: object literals of a dozen shapes, some spread, some
 * given a reason or a JSON path afterwards, made those reads megamorphic). `jsonPath`, `viaKey` (see
 * scan-cell's CellMatch) and `shape` are set by the rule after the detector.
 */
export class FoundMatch implements PiiMatch {
  syntheticReason: string | undefined;
  jsonPath: string | undefined;
  viaKey: boolean | undefined;
  /**
   * The column tally's reading of `value`'s digit shape (column-tally.ts: a shape string, or null for
   * none), kept for the repeats of the value a column's memo returns this match for; undefined until read.
   */
  shape: string | null | undefined;

  constructor(
    public detector: DetectorId,
    public value: string,
    public start: number,
    public end: number,
    public masked: string,
    syntheticReason?: string,
  ) {
    this.syntheticReason = syntheticReason;
    this.jsonPath = undefined;
    this.viaKey = undefined;
    this.shape = undefined;
  }
}

/** Result of validating a whole cell against one detector. */
export type CellVerdict =
  | { kind: "no-match" }
  | { kind: "match"; syntheticReason?: string; masked: string };
