import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { shannonEntropy } from "../scan.js";
import { secretNameStrength } from "../secret-name.js";
import { fastPaths } from "../../judgement/fast-paths.js";

const MIN_LENGTH = 16;
const MIN_ENTROPY = 3;
const MAX_QUERY = 4096;

const endsQuery = (c: number) => c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x23 || c === 0x60 || c === 0x5c;

/**
 * A credential in a URL query string: `?api_key=…`, `&access_token=…`, `?key=…`. The parameter
 * name gives the context, so only a random-looking value (length and entropy) under a
 * secret-ish name counts; `?page=2` or `?token=` with a short word does not.
 */
export const urlQueryToken: Detector = {
  id: "url-query-token",
  description: "Random-looking credential in a URL query parameter named like a secret (key=, token=, api_key=)",
  keywords: ["://"],
  help: "revoke the credential and strip it from the stored URL before hand-off",
  find(value) {
    let out: DetectorMatch[] | undefined;
    let from = 0;
    for (;;) {
      const sep = value.indexOf("://", from);
      if (sep === -1) break;
      // A match lies after a `?`: with none after this `://` (most stored URLs), neither this URI nor a later one has one.
      if (fastPaths.enabled && value.indexOf("?", sep + 3) === -1) break;
      let i = sep + 3;
      const stop = Math.min(value.length, i + MAX_QUERY);
      while (i < stop && value.charCodeAt(i) !== 0x3f && !endsQuery(value.charCodeAt(i))) i++;
      from = i;
      // `i < value.length` first, here and below: a read past the end (NaN) has V8 compile the detector again (issue 12).
      if (i >= value.length || value.charCodeAt(i) !== 0x3f) continue;
      i++;
      while (i < stop) {
        let end = i;
        while (end < stop && value.charCodeAt(end) !== 0x26 && !endsQuery(value.charCodeAt(end))) end++;
        const eq = value.indexOf("=", i);
        // The length first: most parameters (`?ref=…`, `?page=2`) are too short, and nothing is cut out for them.
        if (eq !== -1 && eq < end && end - (eq + 1) >= MIN_LENGTH) {
          const name = value.slice(i, eq);
          if (name !== "sig" && secretNameStrength(name) !== undefined) {
            const secret = value.slice(eq + 1, end);
            if (!isPlaceholder(secret) && shannonEntropy(secret) >= MIN_ENTROPY) (out ??= []).push({ start: eq + 1, end });
          }
        }
        i = end;
        if (i >= value.length || value.charCodeAt(i) !== 0x26) break;
        i++;
      }
      from = Math.max(from, i);
    }
    return out ?? NO_DETECTOR_MATCHES;
  },
};
