import { emptyList } from "../judgement/empty-list.js";

/** Where a value sits in the dump, so a detector (and the rule) can use the place as evidence. */
export type ValueClause =
  | "row"
  | "server-option"
  | "user-mapping-option"
  | "subscription-connection"
  | "role-password"
  | "comment"
  | "routine-body"
  | "view-definition"
  | "default"
  | "set"
  | "connect"
  | "statement";

export interface ValueContext {
  clause: ValueClause;
  schema?: string;
  table?: string;
  /** Row column name, when the value is a cell (or inside one). */
  column?: string;
  /** Canonical column type, when known. */
  columnType?: string;
  /** Key path inside a json/jsonb cell, e.g. `$.auth.token`. */
  jsonPath?: string;
  /** The nearest JSON object key above the value. */
  jsonKey?: string;
  /** Option or parameter name for server/user-mapping options and SET lines (`password`, `search_path`). */
  optionName?: string;
}

/**
 * A context with every field present, in the interface's order (issue 12): detectors read the contexts of cells, JSON
 * leaves and statement strings alike, and each set of fields present had a map of its own (a cell's with or without its
 * column type, a leaf's with its path and key, a statement's with or without an option name). Code compiled while it
 * had seen some of them was thrown away ("wrong map") at the first of another. Make every context here; nothing reads
 * which fields a context has (no `in`, no `Object.keys`), only their values.
 */
export function valueContext(clause: ValueClause, place: Omit<ValueContext, "clause"> = {}): ValueContext {
  return {
    clause,
    schema: place.schema,
    table: place.table,
    column: place.column,
    columnType: place.columnType,
    jsonPath: place.jsonPath,
    jsonKey: place.jsonKey,
    optionName: place.optionName,
  };
}

/** One secret found inside a value: the half-open UTF-16 span [start, end) of the secret itself. */
export interface DetectorMatch {
  start: number;
  end: number;
}

/**
 * The answer of a `find` that found nothing, shared (issue 12: most values a detector runs on hold no secret, and an
 * empty list per call was garbage per cell); callers only read what `find` returns. An `emptyList`: a frozen one had
 * a map of its own, and the first answer with a match threw away `findSecrets`' compiled code.
 */
export const NO_DETECTOR_MATCHES = emptyList<DetectorMatch>() as DetectorMatch[];

export interface Detector {
  /** Stable id, used in evidence and by baselines: `aws-access-key-id`, `github-pat-classic`. */
  id: string;
  description: string;
  /** Cheap prefilter: `find` runs only when the value contains one of these (ASCII case-insensitively when `caseInsensitiveKeywords`). Empty means "always run". */
  keywords: readonly string[];
  caseInsensitiveKeywords?: boolean;
  /**
   * Where the place alone is enough for `find` to run without a keyword (an AWS secret key under
   * an AWS secret name, the token column of `directus_users`). A detector without keywords and
   * without `runsWhere` runs on every value; with `runsWhere` it runs where a keyword occurs or
   * `runsWhere(context)` is true, and `find` must return nothing elsewhere.
   */
  runsWhere?: (context: ValueContext) => boolean;
  /** What to tell the user to do. */
  help?: string;
  /**
   * For a password-hash format whose every match ends in its digest field of this many characters,
   * ASCII without `$` or white space, after a `$` and a non-empty field (bcrypt: 53): the stand-in
   * test (`isPlaceholderHash`) judges that field in place instead of finding it again (issue 12).
   */
  lastFieldLength?: number;
  find(value: string, context: ValueContext): DetectorMatch[];
}
