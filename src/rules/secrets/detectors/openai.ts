import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";

/** `T3BlbkFJ` is base64 of "OpenAI": every OpenAI key format (legacy `sk-`, `sk-proj-`, `sk-svcacct-`, `sk-admin-`) carries it. */
const MARKER = "T3BlbkFJ";

export const openaiApiKey = prefixedTokenDetector({
  id: "openai-api-key",
  description: "OpenAI API key (sk-…T3BlbkFJ…)",
  prefixes: ["sk-"],
  body: isTokenChar,
  min: 40,
  max: 250,
  validate: (body) => body.indexOf(MARKER) !== -1 && !body.startsWith("ant-"),
  help: "revoke the key in the OpenAI dashboard and replace the value with a placeholder before hand-off",
});
