import type { Detector } from "../detector.js";
import { hasBase62Crc32Checksum } from "../crc32.js";
import { prefixedTokenDetector } from "../prefixed-token.js";
import { isAlnum } from "../scan.js";

const HELP = "revoke the token in GitHub settings and replace the value with a placeholder before hand-off";

/** 2021 format: prefix + 30 random base62 characters + 6-character CRC-32 checksum. */
function classic(id: string, prefix: string, description: string): Detector {
  return prefixedTokenDetector({
    id,
    description,
    prefixes: [prefix],
    body: isAlnum,
    min: 36,
    max: 36,
    validate: (body) => hasBase62Crc32Checksum(body),
    help: HELP,
  });
}

export const githubPatClassic = classic("github-pat-classic", "ghp_", "GitHub personal access token (classic), checksum verified");
export const githubOauthToken = classic("github-oauth-token", "gho_", "GitHub OAuth access token, checksum verified");
export const githubUserToServerToken = classic("github-user-to-server-token", "ghu_", "GitHub App user-to-server token, checksum verified");
export const githubServerToServerToken = classic("github-server-to-server-token", "ghs_", "GitHub App installation token, checksum verified");

/** Refresh tokens are longer (76 after the prefix) and carry no published checksum, except the 36-character ones. */
export const githubRefreshToken = prefixedTokenDetector({
  id: "github-refresh-token",
  description: "GitHub App refresh token",
  prefixes: ["ghr_"],
  body: isAlnum,
  min: 36,
  max: 76,
  validate: (body) => (body.length === 36 ? hasBase62Crc32Checksum(body) : body.length === 76),
  help: HELP,
});

/** Fine-grained PAT: `github_pat_` + 22 base62 + `_` + 59 base62. */
export const githubFineGrainedPat = prefixedTokenDetector({
  id: "github-fine-grained-pat",
  description: "GitHub fine-grained personal access token",
  prefixes: ["github_pat_"],
  body: (c) => isAlnum(c) || c === 0x5f,
  min: 82,
  max: 82,
  validate: (body) => body.charCodeAt(22) === 0x5f && body.indexOf("_") === 22 && body.lastIndexOf("_") === 22,
  help: HELP,
});
