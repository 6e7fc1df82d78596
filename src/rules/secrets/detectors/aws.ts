import { detachedString } from "../../../core/detached-string.js";
import type { Detector, DetectorMatch, ValueContext } from "../detector.js";
import { allChars, isAlnum, isBase32Upper, isBase64, runLength, startsToken } from "../scan.js";
import { identifierWords } from "../../../data/identifier-words.js";

/** IAM unique-id prefixes of credentials (AWS IAM User Guide, "Unique identifiers"): access keys, STS keys and friends. */
const KEY_ID_PREFIXES = ["AKIA", "ASIA", "ABIA", "ACCA"] as const;

function findKeyIds(value: string): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  for (const prefix of KEY_ID_PREFIXES) {
    let from = 0;
    for (;;) {
      const at = value.indexOf(prefix, from);
      if (at === -1) break;
      const length = runLength(value, at + 4, isAlnum, 16);
      from = at + 4 + length;
      // Key ids are 20 characters, base32 after the prefix; a longer run is some other word.
      if (length !== 16 || !startsToken(value, at)) continue;
      if (!allChars(value, at + 4, at + 20, isBase32Upper)) continue;
      // AWS's documentation writes its example key ids ending in EXAMPLE (`AKIAIOSFODNN7EXAMPLE`): not a key.
      if (value.startsWith("EXAMPLE", at + 13)) continue;
      out.push({ start: at, end: at + 20 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const awsAccessKeyId: Detector = {
  id: "aws-access-key-id",
  description: "AWS access key id (AKIA…/ASIA…, 20 characters, base32)",
  keywords: KEY_ID_PREFIXES,
  help: "deactivate the key in IAM and replace the value with a placeholder before hand-off",
  find: (value) => findKeyIds(value),
};

/** A 40-character base64 run not glued to more base64: the shape of an AWS secret access key. */
function findSecretKeyShapes(value: string): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  let i = 0;
  while (i < value.length) {
    if (!isBase64(value.charCodeAt(i))) {
      i++;
      continue;
    }
    const length = runLength(value, i, isBase64, 40);
    if (length === 40 && startsToken(value, i) && !/^[A-Za-z]+$|^[0-9]+$/.test(value.slice(i, i + 40))) {
      const s = value.slice(i, i + 40);
      // Real keys mix cases and digits; a 40-char hex sha1 or a word run is not one.
      // AWS's documentation writes its example secret keys ending in EXAMPLEKEY (`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`).
      if (/[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s) && !s.endsWith("EXAMPLEKEY")) out.push({ start: i, end: i + 40 });
    }
    // Skip the whole run (it may be longer than 40, then it is not a key).
    let j = i + length;
    while (j < value.length && isBase64(value.charCodeAt(j))) j++;
    i = j;
  }
  return out;
}

/** A secret key only counts next to its key id, or under a name saying it is the AWS secret key. */
function awsSecretNamed(context: ValueContext): boolean {
  return isAwsSecretName(context.column) || isAwsSecretName(context.jsonKey) || isAwsSecretName(context.optionName);
}

const namedCache = new Map<string, boolean>();

function isAwsSecretName(name: string | undefined): boolean {
  if (!name) return false;
  let named = namedCache.get(name);
  if (named === undefined) {
    const words = identifierWords(name);
    named = words.includes("secret") && (words.includes("aws") || words.includes("access"));
    if (namedCache.size > 10_000) namedCache.clear();
    // Kept detached: a JSON key or option name cut from a cell would pin its whole line.
    namedCache.set(detachedString(name), named);
  }
  return named;
}

export const awsSecretAccessKey: Detector = {
  id: "aws-secret-access-key",
  description: "AWS secret access key (40 base64 characters) next to an access key id or under an AWS secret key name",
  // Without an AWS name the key only counts next to a key id, so the key id prefixes are its keywords.
  keywords: KEY_ID_PREFIXES,
  runsWhere: awsSecretNamed,
  help: "deactivate the key pair in IAM and replace the value with a placeholder before hand-off",
  find(value, context) {
    if (value.length < 40) return [];
    const named = awsSecretNamed(context);
    if (!named && findKeyIds(value).length === 0) return [];
    return findSecretKeyShapes(value);
  },
};
