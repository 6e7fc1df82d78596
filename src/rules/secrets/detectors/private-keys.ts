import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { isBase64 } from "../scan.js";

type KeyFamily = "pem" | "openssh" | "pgp";

const BEGIN = "-----BEGIN ";

function familyOf(label: string): KeyFamily | undefined {
  if (label === "OPENSSH PRIVATE KEY") return "openssh";
  if (label === "PGP PRIVATE KEY BLOCK") return "pgp";
  // RFC 7468 labels: PRIVATE KEY, ENCRYPTED PRIVATE KEY; OpenSSL legacy: RSA/DSA/EC PRIVATE KEY.
  if (/^(?:RSA |DSA |EC |ENCRYPTED )?PRIVATE KEY$/.test(label)) return "pem";
  return undefined;
}

/** Enough base64 after the header that this is a key and not a sentence naming the format. */
function hasKeyBody(value: string, from: number): boolean {
  let seen = 0;
  const stop = Math.min(value.length, from + 400);
  for (let i = from; i < stop && seen < 32; i++) if (isBase64(value.charCodeAt(i))) seen++;
  return seen >= 32;
}

/** Armored private keys (RFC 7468 and its relatives): from the BEGIN line to the END line, or to the end of the value when cut. */
export function findArmoredPrivateKeys(value: string, family: KeyFamily): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  let from = 0;
  for (;;) {
    const at = value.indexOf(BEGIN, from);
    if (at === -1) break;
    const labelStart = at + BEGIN.length;
    const close = value.indexOf("-----", labelStart);
    from = labelStart;
    if (close === -1) break;
    if (close - labelStart > 40) continue;
    const label = value.slice(labelStart, close);
    if (familyOf(label) !== family || !hasKeyBody(value, close + 5)) continue;
    const endMarker = `-----END ${label}-----`;
    const end = value.indexOf(endMarker, close + 5);
    // No END line: the key runs to the end of the value; no later BEGIN can have one either.
    const stop = end === -1 ? value.length : end + endMarker.length;
    // A body a sanitizer replaced (`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC` + `REDACTED`, the key's header kept) is a stand-in.
    if (!isPlaceholder(value.slice(close + 5, end === -1 ? value.length : end).replace(/\s+/g, ""))) out.push({ start: at, end: stop });
    from = stop;
  }
  return out;
}

const armored = (id: string, family: KeyFamily, keyword: string, description: string): Detector => ({
  id,
  description,
  keywords: [keyword],
  help: "treat the key as compromised: revoke or replace it wherever it is trusted, and remove it from the data before hand-off",
  find: (value) => findArmoredPrivateKeys(value, family),
});

export const pemPrivateKey = armored("pem-private-key", "pem", "PRIVATE KEY-----", "PEM private key (PKCS#1, PKCS#8, SEC1, encrypted PKCS#8)");
export const opensshPrivateKey = armored("openssh-private-key", "openssh", "OPENSSH PRIVATE KEY", "OpenSSH private key");
export const pgpPrivateKey = armored("pgp-private-key", "pgp", "PGP PRIVATE KEY BLOCK", "PGP private key block");

const PUTTY = "PuTTY-User-Key-File-";

/** PuTTY .ppk (versions 2 and 3): header line, then a `Private-Lines:` section holding the key. */
export const puttyPrivateKey: Detector = {
  id: "putty-private-key",
  description: "PuTTY private key file (.ppk)",
  keywords: [PUTTY],
  help: "treat the key as compromised: remove its public key from authorized_keys and remove it from the data before hand-off",
  find(value) {
    const at = value.indexOf(PUTTY);
    if (at === -1) return [];
    const version = value[at + PUTTY.length];
    if ((version !== "2" && version !== "3") || value[at + PUTTY.length + 1] !== ":") return [];
    const privateLines = value.indexOf("Private-Lines:", at);
    if (privateLines === -1) return [];
    const mac = value.indexOf("Private-MAC:", privateLines);
    let end = value.length;
    if (mac !== -1) {
      const lineEnd = value.indexOf("\n", mac);
      end = lineEnd === -1 ? value.length : lineEnd;
    }
    return [{ start: at, end }];
  },
};
