import type { Detector, DetectorMatch, ValueContext } from "./detector.js";
import { asciiLower } from "./scan.js";

export interface SecretHit extends DetectorMatch {
  detector: Detector;
  /** The secret text itself: for masking and fingerprinting only, never for output. */
  secret: string;
}


function passesPrefilter(detector: Detector, value: string, lower: () => string): boolean {
  if (detector.keywords.length === 0) return true;
  if (detector.caseInsensitiveKeywords) {
    const l = lower();
    return detector.keywords.some((k) => l.indexOf(k.toLowerCase()) !== -1);
  }
  return detector.keywords.some((k) => value.indexOf(k) !== -1);
}

/**
 * Run every detector whose keyword occurs in `value`; drop a hit that lies inside another
 * detector's hit (the PEM key inside a service-account JSON, a JWT inside a URL password), so
 * one secret gives one piece of evidence. Result sorted by position, then detector order.
 * Detector bugs on hostile input must not stop the scan: a throwing detector counts as no hit.
 */
export function findSecrets(value: string, context: ValueContext, detectors: readonly Detector[]): SecretHit[] {
  let lowered: string | undefined;
  const lower = () => (lowered ??= asciiLower(value));
  const hits: SecretHit[] = [];
  detectors.forEach((detector) => {
    if (!passesPrefilter(detector, value, lower)) return;
    let matches: DetectorMatch[];
    try {
      matches = detector.find(value, context);
    } catch {
      matches = [];
    }
    for (const m of matches) if (m.end > m.start) hits.push({ ...m, detector, secret: value.slice(m.start, m.end) });
  });
  const order = new Map(detectors.map((d, i) => [d.id, i]));
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
