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

/** Result of validating a whole cell against one detector. */
export type CellVerdict =
  | { kind: "no-match" }
  | { kind: "match"; syntheticReason?: string; masked: string };
