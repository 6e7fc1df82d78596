import type { Detector, DetectorMatch } from "../detector.js";
import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";

/** Google API key: `AIza` + 35 URL-safe characters. */
export const googleApiKey = prefixedTokenDetector({
  id: "google-api-key",
  description: "Google API key",
  prefixes: ["AIza"],
  body: isTokenChar,
  min: 35,
  max: 35,
  help: "delete or restrict the key in the Google Cloud console and replace the value with a placeholder before hand-off",
});

/** OAuth client secret as issued since 2021: `GOCSPX-` + 28 URL-safe characters. */
export const googleOauthClientSecret = prefixedTokenDetector({
  id: "google-oauth-client-secret",
  description: "Google OAuth client secret",
  prefixes: ["GOCSPX-"],
  body: isTokenChar,
  min: 28,
  max: 28,
  help: "reset the client secret in the Google Cloud console and replace the value with a placeholder before hand-off",
});

const PRIVATE_KEY_FIELD = '"private_key"';

/**
 * A service-account key file (JSON with `"type": "service_account"`, `private_key` and
 * `client_email`), pasted whole into a text cell or option. Points at the `private_key` member.
 */
export const gcpServiceAccountKey: Detector = {
  id: "gcp-service-account-key",
  description: "Google Cloud service-account key JSON (private_key + client_email)",
  keywords: [PRIVATE_KEY_FIELD],
  help: "delete the key in IAM > Service accounts and replace the JSON with a placeholder before hand-off",
  find(value) {
    const at = value.indexOf(PRIVATE_KEY_FIELD);
    if (at === -1 || value.indexOf('"client_email"') === -1 || value.indexOf("service_account") === -1) return [];
    // The member value: from the opening quote after the colon to the closing unescaped quote.
    const open = value.indexOf('"', value.indexOf(":", at + PRIVATE_KEY_FIELD.length) + 1);
    if (open === -1) return [];
    let i = open + 1;
    while (i < value.length && value[i] !== '"') i += value[i] === "\\" ? 2 : 1;
    const match: DetectorMatch = { start: open + 1, end: Math.min(i, value.length) };
    return match.end - match.start >= 64 ? [match] : [];
  },
};
