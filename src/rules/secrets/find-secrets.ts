import type { Detector, DetectorMatch, ValueContext } from "./detector.js";
import { isPlaceholderHash } from "./placeholder.js";

/** Password-hash detectors: a hit whose digest is a stand-in (`$2a$10$xxxx…`) is a placeholder, not a hash. */
const HASH_DETECTORS: ReadonlySet<string> = new Set(["bcrypt-hash", "argon2-hash", "scrypt-hash", "pbkdf2-hash", "crypt-hash", "scram-sha-256-verifier", "md5-role-password"]);

export interface SecretHit extends DetectorMatch {
  detector: Detector;
  /** The secret text itself: for masking and fingerprinting only, never for output. */
  secret: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One scan per value for all keywords at once: a regular expression that is an alternation of
 * literals (no quantifier, so no backtracking beyond the longest keyword at each position).
 * Only when it matches do the per-detector prefilters run.
 */
interface KeywordGate {
  caseSensitive: RegExp | undefined;
  caseInsensitive: RegExp | undefined;
  /** Detectors without keywords: they run on every value. */
  keywordless: readonly Detector[];
  /** Position of each detector id in the list, to break ties. */
  order: Map<string, number>;
}

const insensitiveGates = new WeakMap<Detector, RegExp>();

/** A case-insensitive literal alternation of the detector's keywords (no lower-cased copy of the value). */
function insensitiveGate(detector: Detector): RegExp {
  let gate = insensitiveGates.get(detector);
  if (!gate) insensitiveGates.set(detector, (gate = new RegExp(detector.keywords.map(escapeRegExp).join("|"), "i")));
  return gate;
}

const gates = new WeakMap<readonly Detector[], KeywordGate>();

function gateFor(detectors: readonly Detector[]): KeywordGate {
  let gate = gates.get(detectors);
  if (gate) return gate;
  const sensitive = new Set<string>();
  const insensitive = new Set<string>();
  for (const d of detectors) {
    for (const k of d.keywords) (d.caseInsensitiveKeywords ? insensitive : sensitive).add(d.caseInsensitiveKeywords ? k.toLowerCase() : k);
  }
  const compile = (words: Set<string>, flags: string) => (words.size ? new RegExp([...words].map(escapeRegExp).join("|"), flags) : undefined);
  gate = { caseSensitive: compile(sensitive, ""), caseInsensitive: compile(insensitive, "i"), keywordless: detectors.filter((d) => d.keywords.length === 0), order: new Map(detectors.map((d, i) => [d.id, i])) };
  gates.set(detectors, gate);
  return gate;
}

/** True when `text` contains one of the keywords. No closures: this runs per value per detector. */
function containsAny(text: string, keywords: readonly string[]): boolean {
  for (let i = 0; i < keywords.length; i++) if (text.indexOf(keywords[i]!) !== -1) return true;
  return false;
}

/**
 * Cheap test for a whole structured cell (a JSON document, an array literal) before it is taken
 * apart: false when no detector keyword occurs anywhere in it. Keywordless detectors are ignored
 * here: they need a name (checked by the caller with `mayNameSecret`) or a key id (a keyword).
 */
export function mayHoldKnownSecret(value: string, detectors: readonly Detector[]): boolean {
  const gate = gateFor(detectors);
  return (gate.caseSensitive?.test(value) ?? false) || (gate.caseInsensitive?.test(value) ?? false);
}

/**
 * Run every detector whose keyword occurs in `value`; drop a hit that lies inside another
 * detector's hit (the PEM key inside a service-account JSON, a JWT inside a URL password), so
 * one secret gives one piece of evidence. Result sorted by position, then detector order.
 * Detector bugs on hostile input must not stop the scan: a throwing detector counts as no hit.
 */
export function findSecrets(value: string, context: ValueContext, detectors: readonly Detector[]): SecretHit[] {
  const gate = gateFor(detectors);
  const anyKeyword = mayHoldKnownSecret(value, detectors);
  if (!anyKeyword && gate.keywordless.length === 0) return [];
  const hits: SecretHit[] = [];
  for (const detector of anyKeyword ? detectors : gate.keywordless) {
    if (detector.keywords.length > 0) {
      if (detector.caseInsensitiveKeywords) {
        if (!insensitiveGate(detector).test(value)) continue;
      } else if (!containsAny(value, detector.keywords)) continue;
    }
    let matches: DetectorMatch[];
    try {
      matches = detector.find(value, context);
    } catch {
      matches = [];
    }
    for (const m of matches) {
      if (m.end <= m.start) continue;
      const secret = value.slice(m.start, m.end);
      if (HASH_DETECTORS.has(detector.id) && isPlaceholderHash(secret)) continue;
      hits.push({ ...m, detector, secret });
    }
  }
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
