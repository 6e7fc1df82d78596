import { createHash } from "node:crypto";
import type { Evidence } from "./schema.js";

/** sha256 of the parts joined by NUL, first 16 hex digits: stable identity that does not reveal its input. */
export function fingerprint(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}

/** Evidence for a sensitive value: the first `keep` characters (4 by default), an ellipsis and the length.
 * Values shorter than 12 characters show nothing, so a short secret is never mostly revealed. */
export function maskedEvidence(detector: string, value: string, keep = 4): Evidence {
  const chars = Array.from(value);
  const shown = chars.length >= 12 ? chars.slice(0, keep).join("") : "";
  return {
    detector,
    masked: `${shown}…(${chars.length} chars)`,
    length: chars.length,
    fingerprint: fingerprint(detector, value),
  };
}

/** Evidence with a caller-built masked form (e.g. `j***@gm***.com` for an e-mail). */
export function evidenceWithMask(detector: string, value: string, masked: string): Evidence {
  return { detector, masked, length: Array.from(value).length, fingerprint: fingerprint(detector, value) };
}
