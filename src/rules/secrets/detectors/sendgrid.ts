import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";

/** SendGrid API key: `SG.` + 22 URL-safe characters (key id) + `.` + 43 URL-safe characters (secret). */
export const sendgridApiKey = prefixedTokenDetector({
  id: "sendgrid-api-key",
  description: "SendGrid API key",
  prefixes: ["SG."],
  body: (c) => isTokenChar(c) || c === 0x2e,
  min: 66,
  max: 66,
  validate: (body) => body.indexOf(".") === 22 && body.lastIndexOf(".") === 22,
  help: "delete the key in SendGrid settings and replace the value with a placeholder before hand-off",
});
