import { hasBase62Crc32Checksum } from "../crc32.js";
import { prefixedTokenDetector } from "../prefixed-token.js";
import { isAlnum } from "../scan.js";

/** npm access token (2021 format): `npm_` + 30 base62 + 6-character CRC-32 checksum, like GitHub's. */
export const npmAccessToken = prefixedTokenDetector({
  id: "npm-access-token",
  description: "npm access token, checksum verified",
  prefixes: ["npm_"],
  body: isAlnum,
  min: 36,
  max: 36,
  validate: (body) => hasBase62Crc32Checksum(body),
  help: "revoke the token (npm token revoke) and replace the value with a placeholder before hand-off",
});
