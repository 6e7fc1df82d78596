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
