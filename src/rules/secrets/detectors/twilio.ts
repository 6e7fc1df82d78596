import { prefixedTokenDetector } from "../prefixed-token.js";
import { isLowerHex } from "../scan.js";

/** Twilio API key SID: `SK` + 32 lower-case hex (the key's secret is shown once, the SID names it). */
export const twilioApiKey = prefixedTokenDetector({
  id: "twilio-api-key",
  description: "Twilio API key (SK + 32 hex)",
  prefixes: ["SK"],
  body: isLowerHex,
  min: 32,
  max: 32,
  validate: (body) => /[a-f]/.test(body) && /[0-9]/.test(body),
  help: "delete the API key in the Twilio console and replace the value with a placeholder before hand-off",
});
