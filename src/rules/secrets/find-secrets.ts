import type { Detector, DetectorMatch, ValueContext } from "./detector.js";
import { isPlaceholderHash, isPlaceholderLastField } from "./placeholder.js";
import { fastPaths } from "../judgement/fast-paths.js";
import { KeywordScanner, type KeywordGroup } from "./keyword-scan.js";
import { SECRET_NAME_HINTS } from "./secret-name.js";
import { allDetectors } from "./detectors/index.js";
import { HINT_SECRET_FORMAT, HINT_SECRET_FORMAT_BESIDES_URI } from "../judgement/cell-hints.js";
import { emptyList } from "../judgement/empty-list.js";

/**
 * Password-hash detectors: a hit whose digest is a stand-in (`$2a$10$xxxx…`) is a placeholder, not a hash. Every
 * one of these formats is salted (md5 role passwords by the role's name): the same hash in two rows was copied there.
 */
export const HASH_DETECTORS: ReadonlySet<string> = new Set(["bcrypt-hash", "argon2-hash", "scrypt-hash", "pbkdf2-hash", "crypt-hash", "phpass-hash", "scram-sha-256-verifier", "md5-role-password"]);

export interface SecretHit extends DetectorMatch {
  detector: Detector;
  /** The secret text itself: for masking and fingerprinting only, never for output. */
  secret: string;
}

/**
 * What `findSecrets` reads of a detector, in one shape for every detector (issue 12): detectors are object literals
 * with different sets of fields, and a read of `find` compiled for the shapes seen so far threw the compiled code
 * away ("wrong map") at the first value that ran a detector of another shape. Read when the detector list is first
 * met (a list's detectors are not changed after that).
 */
interface Runner {
  detector: Detector;
  find: Detector["find"];
  runsWhere: Detector["runsWhere"];
  /** No keywords: it runs on every value unless `runsWhere` says where. */
  keywordless: boolean;
  /** One of `HASH_DETECTORS`. */
  isHash: boolean;
  lastFieldLength: number | undefined;
}

function runnerOf(detector: Detector): Runner {
  return {
    detector,
    find: detector.find,
    runsWhere: detector.runsWhere,
    keywordless: detector.keywords.length === 0,
    isHash: HASH_DETECTORS.has(detector.id),
    lastFieldLength: detector.lastFieldLength,
  };
}

/**
 * One scan per value for all keywords at once (`KeywordScanner`: a table of keyword starts, no
 * regular expression), which also says which detectors' keywords occur, so only those detectors
 * run. The last group of the scanner holds the words a secret-ish name contains (`mayNameSecret`),
 * so a JSON cell's "could anything here matter" is one pass too.
 *
 * A class, not an object literal: V8 makes a literal's boilerplate at its second run (a rule's second detector list,
 * in the middle of the rows), and that makes every field of the literal's map holding an object (the scanner, the
 * typed arrays, the map) general in place, throwing away every function compiled to read a gate (scanKeywords;
 * "code dependencies", issue 12).
 */
class KeywordGate {
  readonly scanner: KeywordScanner;
  readonly nameGroup: number;
  /** The list's detectors as `Runner`s, in list order. */
  readonly runners: readonly Runner[];
  /** Detectors without keywords or with `runsWhere`: they may run on values without a keyword. */
  readonly placeRun: readonly Runner[];
  /** Their indexes in the list. */
  readonly placeRunIndexes: readonly number[];
  /** Scratch list of the detector indexes one value runs. */
  readonly runList: Uint16Array;
  /** Position of each detector id in the list, to break ties. */
  readonly order: Map<string, number>;
  /** Every detector of the list is one of `allDetectors`, whose keywords the cell hints know. */
  readonly hintsApply: boolean;
  /**
   * The indexes of the detectors with `://` among their keywords (ascending), and how many; 1 per such index, and 0 for
   * every index. Typed arrays as the scanner's `foundList` and `found` are, read by the same steps (see findSecrets).
   */
  readonly uriRunIndexes: Uint16Array;
  readonly uriRunCount: number;
  readonly hasUriKeyword: Uint8Array;
  readonly noKeyword: Uint8Array;

  constructor(detectors: readonly Detector[]) {
    const groups: KeywordGroup[] = detectors.map((d) => ({ keywords: d.keywords, caseInsensitive: d.caseInsensitiveKeywords === true }));
    groups.push({ keywords: SECRET_NAME_HINTS, caseInsensitive: true });
    const runners = detectors.map(runnerOf);
    this.scanner = new KeywordScanner(groups);
    this.nameGroup = detectors.length;
    this.runners = runners;
    this.placeRun = runners.filter((r) => r.keywordless || r.runsWhere !== undefined);
    this.placeRunIndexes = detectors.flatMap((d, i) => (d.keywords.length === 0 || d.runsWhere !== undefined ? [i] : []));
    this.runList = new Uint16Array(detectors.length + 1);
    this.order = new Map(detectors.map((d, i) => [d.id, i]));
    this.hintsApply = detectors.every((d) => allDetectors.includes(d));
    this.uriRunIndexes = Uint16Array.from(detectors.flatMap((d, i) => (d.keywords.includes("://") ? [i] : [])));
    this.uriRunCount = detectors.filter((d) => d.keywords.includes("://")).length;
    this.hasUriKeyword = Uint8Array.from(detectors, (d) => (d.keywords.includes("://") ? 1 : 0));
    this.noKeyword = new Uint8Array(detectors.length);
  }
}

const gates = new WeakMap<readonly Detector[], KeywordGate>();

/** The list asked for last (a rule asks with one list for every value): no map lookup per value. */
let lastDetectors: readonly Detector[] | undefined;
let lastGate: KeywordGate | undefined;

function gateFor(detectors: readonly Detector[]): KeywordGate {
  if (detectors === lastDetectors) return lastGate!;
  let gate = gates.get(detectors);
  if (gate) {
    lastDetectors = detectors;
    lastGate = gate;
    return gate;
  }
  gate = new KeywordGate(detectors);
  gates.set(detectors, gate);
  lastDetectors = detectors;
  lastGate = gate;
  return gate;
}

/** Whether a detector runs on a value: its keyword occurs, it has none (and no place), or its place says so. */
function runs(runner: Runner, keywordFound: boolean, context: ValueContext): boolean {
  if (keywordFound) return true;
  if (runner.runsWhere) return runner.runsWhere(context);
  return runner.keywordless;
}

/** Scans `value` (result in `gate.scanner.found`); true when a detector keyword occurs, not only a name word. */
function scanKeywords(gate: KeywordGate, value: string): boolean {
  const scanner = gate.scanner;
  const count = scanner.scan(value);
  return count > 1 || (count === 1 && scanner.foundList[0] !== gate.nameGroup);
}

/**
 * Cheap test for a whole structured cell (a JSON document, an array literal) before it is taken
 * apart: false when no detector keyword occurs anywhere in it. Keywordless detectors are ignored
 * here: they need a name (checked by the caller with `mayNameSecret`) or a key id (a keyword).
 */
export function mayHoldKnownSecret(value: string, detectors: readonly Detector[]): boolean {
  return scanKeywords(gateFor(detectors), value);
}

/** `mayHoldKnownSecret(value, detectors) || mayNameSecret(value)` in one pass over the value. */
export function mayHoldSecretOrName(value: string, detectors: readonly Detector[]): boolean {
  return gateFor(detectors).scanner.test(value);
}

/**
 * What one pass over `value` finds: "formats" when a detector keyword occurs, "names" when only a
 * word of secret-ish names does (`mayNameSecret`), "none" otherwise.
 */
export function secretHintsIn(value: string, detectors: readonly Detector[]): "formats" | "names" | "none" {
  const gate = gateFor(detectors);
  if (scanKeywords(gate, value)) return "formats";
  return gate.scanner.foundCount > 0 ? "names" : "none";
}

/** Whether some detector runs in this place on any value, keyword or not (decided once per column). */
export function runsByPlace(context: ValueContext, detectors: readonly Detector[]): boolean {
  for (const runner of gateFor(detectors).placeRun) if (runs(runner, false, context)) return true;
  return false;
}

/**
 * False when `findSecrets(value, context, detectors)` certainly finds nothing: no detector keyword
 * occurs and `placeRuns` (`runsByPlace` of the value's context) is false.
 */
export function mayFindSecrets(value: string, placeRuns: boolean, detectors: readonly Detector[]): boolean {
  return placeRuns || scanKeywords(gateFor(detectors), value);
}

/** No detector indexes, shared. */
const NO_INDEXES: readonly number[] = Object.freeze([]);

/** The common answer, shared: no hits (`emptyList`: a caller must not add to it). */
const NO_HITS = emptyList<SecretHit>();

/**
 * Detector runs that threw, in this thread (never reset). A rule reads it before and after a
 * synchronous judgement to know that a value was not fully judged, and says so (issue 10: a
 * silent loss is a recall hole nobody sees).
 */
export const detectorFailures = { count: 0 };

/**
 * Run every detector whose keyword occurs in `value`; drop a hit that lies inside another
 * detector's hit (the PEM key inside a service-account JSON, a JWT inside a URL password), so
 * one secret gives one piece of evidence. Result sorted by position, then detector order.
 * Detector bugs on hostile input must not stop the scan: a throwing detector counts as no hit,
 * and as one more in `detectorFailures`. `hints`: the value's own `textHints`/`cellHints`, when the
 * caller has them: which keywords occur is then read from them where they tell (no keyword, or `://`
 * alone), instead of scanning the value again. `placeRuns`: `runsByPlace(context, detectors)`, when
 * the caller keeps it for the place (a column's cells): false spares asking every place-run detector
 * about the place for each value (their `runsWhere` read context objects of many shapes).
 */
export function findSecrets(value: string, context: ValueContext, detectors: readonly Detector[], hints?: number, placeRuns?: boolean): readonly SecretHit[] {
  const gate = gateFor(detectors);
  // The cell's shared hints (`cellHints`), when the caller has them, say which keywords can occur:
  // none, or `://` alone (the URL detectors); only other keywords need the scan.
  // Each read and test made for every value, with hints or not (issue 12): first made at the first call with hints,
  // they had no type feedback and threw away the compiled code of this function and its callers.
  const hintsApply = gate.hintsApply;
  const hintBits = hints ?? 0;
  const besidesUri = (hintBits & HINT_SECRET_FORMAT_BESIDES_URI) === 0;
  const format = (hintBits & HINT_SECRET_FORMAT) !== 0;
  const fromHints = hints !== undefined && hintsApply && besidesUri;
  const uriOnly = fromHints && format;
  const anyKeyword = fromHints ? uriOnly : scanKeywords(gate, value);
  // `placeRuns === false`: the caller knows that no detector runs here by place alone.
  const placeRun = placeRuns === false ? NO_INDEXES : gate.placeRunIndexes;
  if (!anyKeyword && placeRun.length === 0) return NO_HITS;
  let hits: SecretHit[] | undefined;
  // The detectors to run, in list order: those whose keyword occurs (usually one or two), then
  // those their place lets run without one.
  const scanner = gate.scanner;
  const run = gate.runList;
  let count = 0;
  // From the hints (the URL detectors when `://` alone occurs, else none) or from the scan, by the same steps for both
  // (issue 12): a branch of their own, first taken at the first URI-only value, had no type feedback and threw away the
  // compiled code of this function and of the row loops it was inlined into.
  const uriRunIndexes = gate.uriRunIndexes;
  const uriRunCount = gate.uriRunCount;
  const foundList = scanner.foundList;
  const foundCount = scanner.foundCount;
  const nameGroup = gate.nameGroup;
  const listed = fromHints ? uriRunIndexes : foundList;
  const listedCount = fromHints ? (uriOnly ? uriRunCount : 0) : foundCount;
  for (let k = 0; k < listedCount; k++) {
    const d = listed[k]!;
    if (d !== nameGroup) run[count++] = d;
  }
  const hasUriKeyword = gate.hasUriKeyword;
  const noKeyword = gate.noKeyword;
  const scanned = scanner.found;
  const keywordFlags = fromHints ? (uriOnly ? hasUriKeyword : noKeyword) : scanned;
  for (let k = 0; k < placeRun.length; k++) {
    const d = placeRun[k]!;
    if (keywordFlags[d] !== 1 && runs(gate.runners[d]!, false, context)) run[count++] = d;
  }
  // Insertion sort of a handful of indexes.
  for (let i = 1; i < count; i++) {
    const v = run[i]!;
    let j = i - 1;
    for (; j >= 0 && run[j]! > v; j--) run[j + 1] = run[j]!;
    run[j + 1] = v;
  }
  for (let r = 0; r < count; r++) {
    const runner = gate.runners[run[r]!]!;
    const detector = runner.detector;
    let matches: DetectorMatch[];
    try {
      matches = runner.find.call(detector, value, context);
    } catch {
      // Counted, never silent: the rule tells a value a detector failed on from the count before and after.
      detectorFailures.count++;
      matches = [];
    }
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (m.end <= m.start) continue;
      const secret = value.slice(m.start, m.end);
      if (runner.isHash) {
        // A format that knows where its digest field is (bcrypt) has it judged in place; others find it first.
        const field = runner.lastFieldLength;
        if (field !== undefined && fastPaths.enabled ? isPlaceholderLastField(secret, secret.length - field, secret.length) : isPlaceholderHash(secret)) continue;
      }
      // Start and end only: a detector match carries nothing else (DetectorMatch).
      const hit: SecretHit = { start: m.start, end: m.end, detector, secret };
      // The first as a literal: a push to an empty list reserves room for 16 (~130 bytes more), and most values have one hit.
      if (hits === undefined) hits = [hit];
      else hits.push(hit);
    }
  }
  if (hits === undefined) return NO_HITS;
  if (hits.length < 2) return hits;
  const order = gate.order;
  hits.sort((a, b) => a.start - b.start || b.end - a.end || order.get(a.detector.id)! - order.get(b.detector.id)!);
  // Sorted by start, longest first: a hit lies inside an earlier one exactly when it ends before the furthest end so far.
  const kept: SecretHit[] = [];
  let furthest = -1;
  for (const hit of hits) {
    if (hit.end <= furthest) continue;
    kept.push(hit);
    furthest = hit.end;
  }
  return kept;
}
