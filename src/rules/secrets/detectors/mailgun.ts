import { prefixedTokenDetector } from "../prefixed-token.js";
import { isLowerHex } from "../scan.js";

/** Mailgun private API key: `key-` + 32 lower-case hex. */
export const mailgunApiKey = prefixedTokenDetector({
  id: "mailgun-api-key",
  description: "Mailgun private API key",
  prefixes: ["key-"],
  body: isLowerHex,
  min: 32,
  max: 32,
  validate: (body) => /[a-f]/.test(body) && /[0-9]/.test(body),
  help: "rotate the key in the Mailgun control panel and replace the value with a placeholder before hand-off",
});
