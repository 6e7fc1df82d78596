import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";
import { isAlnum, isLowerHex } from "../scan.js";

// Further issuers whose tokens carry a documented fixed prefix.

export const huggingfaceToken = prefixedTokenDetector({
  id: "huggingface-token",
  description: "Hugging Face user access token (hf_ + 34 letters)",
  prefixes: ["hf_"],
  body: isAlnum,
  min: 34,
  max: 34,
  validate: (body) => /^[A-Za-z]+$/.test(body),
  help: "invalidate the token in Hugging Face settings and replace the value with a placeholder before hand-off",
});

export const digitaloceanToken = prefixedTokenDetector({
  id: "digitalocean-token",
  description: "DigitalOcean personal access, OAuth or refresh token (dop_v1_/doo_v1_/dor_v1_ + 64 hex)",
  prefixes: ["dop_v1_", "doo_v1_", "dor_v1_"],
  body: isLowerHex,
  min: 64,
  max: 64,
  help: "revoke the token in the DigitalOcean control panel and replace the value with a placeholder before hand-off",
});

export const hashicorpVaultToken = prefixedTokenDetector({
  id: "hashicorp-vault-token",
  description: "HashiCorp Vault service or batch token (hvs./hvb.)",
  prefixes: ["hvs.", "hvb."],
  body: isTokenChar,
  min: 24,
  max: 200,
  help: "revoke the token (vault token revoke) and replace the value with a placeholder before hand-off",
});

/** PyPI API tokens are macaroons whose base64 starts with the encoded location "pypi.org". */
export const pypiUploadToken = prefixedTokenDetector({
  id: "pypi-upload-token",
  description: "PyPI API token (pypi-AgEIcHlwaS5vcmc…)",
  prefixes: ["pypi-AgEIcHlwaS5vcmc"],
  body: isTokenChar,
  min: 50,
  max: 400,
  help: "remove the token in PyPI account settings and replace the value with a placeholder before hand-off",
});

export const dockerHubToken = prefixedTokenDetector({
  id: "docker-hub-token",
  description: "Docker Hub personal access token (dckr_pat_)",
  prefixes: ["dckr_pat_"],
  body: isTokenChar,
  min: 27,
  max: 40,
  help: "delete the token in Docker Hub security settings and replace the value with a placeholder before hand-off",
});

export const linearApiKey = prefixedTokenDetector({
  id: "linear-api-key",
  description: "Linear personal API key (lin_api_ + 40 characters)",
  prefixes: ["lin_api_"],
  body: isAlnum,
  min: 40,
  max: 40,
  help: "revoke the key in Linear settings (Security & access) and replace the value with a placeholder before hand-off",
});

/** Grafana service-account token: `glsa_` + 32 base62 + `_` + 8 hex (CRC-32 of the rest). */
export const grafanaServiceAccountToken = prefixedTokenDetector({
  id: "grafana-service-account-token",
  description: "Grafana service account token (glsa_)",
  prefixes: ["glsa_"],
  body: (c) => isAlnum(c) || c === 0x5f,
  min: 41,
  max: 41,
  validate: (body) => body.charCodeAt(32) === 0x5f && /^[A-Za-z0-9]{32}_[0-9a-f]{8}$/.test(body),
  help: "delete the token in Grafana (Administration > Service accounts) and replace the value with a placeholder before hand-off",
});

/** Grafana Cloud access-policy token: `glc_` + base64 of a JSON document. */
export const grafanaCloudToken = prefixedTokenDetector({
  id: "grafana-cloud-token",
  description: "Grafana Cloud access policy token (glc_eyJ…)",
  prefixes: ["glc_eyJ"],
  body: (c) => isAlnum(c) || c === 0x2b || c === 0x2f || c === 0x3d,
  min: 30,
  max: 400,
  help: "delete the token in the Grafana Cloud portal and replace the value with a placeholder before hand-off",
});

export const databricksToken = prefixedTokenDetector({
  id: "databricks-token",
  description: "Databricks personal access token (dapi + 32 hex)",
  prefixes: ["dapi"],
  body: isLowerHex,
  min: 32,
  max: 32,
  help: "revoke the token in Databricks user settings and replace the value with a placeholder before hand-off",
});

/** Notion integration tokens: `ntn_` + 46 base62 (2024 format), or legacy `secret_` + 43 base62. */
export const notionToken = prefixedTokenDetector({
  id: "notion-token",
  description: "Notion integration token (ntn_ / secret_ + 43)",
  prefixes: ["ntn_", "secret_"],
  body: isAlnum,
  min: 43,
  max: 46,
  validate: (body, prefix) => (prefix === "ntn_" ? body.length === 46 : body.length === 43) && /[0-9]/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body),
  help: "refresh the integration secret in Notion and replace the value with a placeholder before hand-off",
});

export const figmaToken = prefixedTokenDetector({
  id: "figma-token",
  description: "Figma personal access token (figd_)",
  prefixes: ["figd_"],
  body: isTokenChar,
  min: 40,
  max: 60,
  help: "revoke the token in Figma account settings and replace the value with a placeholder before hand-off",
});

export const groqApiKey = prefixedTokenDetector({
  id: "groq-api-key",
  description: "Groq API key (gsk_ + 52 characters)",
  prefixes: ["gsk_"],
  body: isAlnum,
  min: 52,
  max: 52,
  help: "delete the key in the Groq console and replace the value with a placeholder before hand-off",
});

/** 1Password service-account token: `ops_` + base64 of a JSON document. */
export const onePasswordServiceAccountToken = prefixedTokenDetector({
  id: "1password-service-account-token",
  description: "1Password service account token (ops_eyJ…)",
  prefixes: ["ops_eyJ"],
  body: (c) => isAlnum(c) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d || c === 0x5f,
  min: 100,
  max: 2000,
  help: "revoke the service account token in 1Password and replace the value with a placeholder before hand-off",
});
