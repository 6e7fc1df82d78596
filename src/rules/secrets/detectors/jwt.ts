import type { Detector, DetectorMatch } from "../detector.js";
import { isBase64Url, runLength } from "../scan.js";

const MAX_SEGMENT = 64 * 1024;

function decodeBase64Url(segment: string): string | undefined {
  try {
    return Buffer.from(segment, "base64url").toString("utf8");
  } catch {
    return undefined;
  }
}

/** True when the segment decodes to a JOSE header: a JSON object with a string `alg` (RFC 7515 section 4.1.1). */
function isJoseHeader(segment: string): boolean {
  // The smallest header, {"alg":"x"}, is 15 base64url characters.
  if (segment.length < 15 || segment.length > 4096) return false;
  const text = decodeBase64Url(segment)?.trim();
  if (!text || !text.startsWith("{") || !text.endsWith("}") || text.indexOf('"alg"') === -1) return false;
  try {
    const header: unknown = JSON.parse(text);
    return typeof header === "object" && header !== null && !Array.isArray(header) && typeof (header as { alg?: unknown }).alg === "string";
  } catch {
    return false;
  }
}

/** JSON Web Token (JWS compact serialization, RFC 7515 section 7.1): header.payload.signature, header confirmed by decoding. */
export const jsonWebToken: Detector = {
  id: "jwt",
  description: "JSON Web Token whose header decodes to a JOSE header",
  keywords: ["eyJ"],
  help: "JWTs are bearer credentials until they expire; revoke the session or rotate the signing key and replace the value before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    let from = 0;
    for (;;) {
      const at = value.indexOf("eyJ", from);
      if (at === -1) break;
      const header = runLength(value, at, isBase64Url, MAX_SEGMENT);
      from = at + Math.max(header, 3);
      if (at > 0 && isBase64Url(value.charCodeAt(at - 1))) continue;
      if (value.charCodeAt(at + header) !== 0x2e) continue;
      const payloadStart = at + header + 1;
      const payload = runLength(value, payloadStart, isBase64Url, MAX_SEGMENT);
      if (payload < 2 || value.charCodeAt(payloadStart + payload) !== 0x2e) continue;
      const signatureStart = payloadStart + payload + 1;
      const signature = runLength(value, signatureStart, isBase64Url, MAX_SEGMENT);
      from = signatureStart + signature;
      if (!isJoseHeader(value.slice(at, at + header))) continue;
      out.push({ start: at, end: signatureStart + signature });
    }
    return out;
  },
};
