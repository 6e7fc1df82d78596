import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";

/** Anthropic API and admin keys: `sk-ant-api03-` / `sk-ant-admin01-` + 93 URL-safe characters + `AA`. */
export const anthropicApiKey = prefixedTokenDetector({
  id: "anthropic-api-key",
  description: "Anthropic API or admin key",
  prefixes: ["sk-ant-api03-", "sk-ant-admin01-"],
  body: isTokenChar,
  min: 80,
  max: 120,
  validate: (body) => body.endsWith("AA"),
  help: "delete the key in the Anthropic console and replace the value with a placeholder before hand-off",
});
