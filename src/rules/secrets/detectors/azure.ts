import type { Detector, DetectorMatch } from "../detector.js";
import { isBase64, runLength } from "../scan.js";

/** Character tests made once (runLength keeps a table per test). */
/** Base64 with `%`-escapes and `=` padding, as a SAS signature is written in a URL. */
const isSasSignatureChar = (c: number) => isBase64(c) || c === 0x25 || c === 0x3d;

const ACCOUNT_KEY = "AccountKey=";

/** Storage connection string (`DefaultEndpointsProtocol=…;AccountName=…;AccountKey=<88 base64>`): the key is 64 bytes, base64. */
export const azureStorageAccountKey: Detector = {
  id: "azure-storage-account-key",
  description: "Azure storage account key in a connection string (AccountKey=…)",
  keywords: [ACCOUNT_KEY],
  caseInsensitiveKeywords: true,
  help: "rotate the storage account key in the Azure portal and replace the value with a placeholder before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    // Case-insensitive search without a lower-cased copy (toLowerCase can change lengths outside ASCII).
    const keyword = /accountkey=/gi;
    for (;;) {
      const found = keyword.exec(value);
      if (!found) break;
      const at = found.index;
      const start = at + ACCOUNT_KEY.length;
      const length = runLength(value, start, isBase64, 100);
      let end = start + length;
      while (value[end] === "=" && end - start < length + 2) end++;
      keyword.lastIndex = Math.max(keyword.lastIndex, end);
      if (length >= 40 && length <= 100) out.push({ start, end });
    }
    return out;
  },
};

/**
 * Shared access signature: a query with `sv=` (service version) and `sig=` (URL-encoded base64
 * HMAC-SHA256, 32 bytes). Points at the signature.
 */
export const azureSasToken: Detector = {
  id: "azure-sas-token",
  description: "Azure shared access signature (sv=…&sig=…)",
  keywords: ["sig="],
  help: "revoke the SAS (rotate the signing key or delete the stored access policy) and strip the query before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    if (value.indexOf("sv=") === -1) return out;
    let from = 0;
    for (;;) {
      const at = value.indexOf("sig=", from);
      if (at === -1) break;
      const start = at + 4;
      from = start;
      const prev = value[at - 1];
      if (prev !== "?" && prev !== "&" && prev !== ";") continue;
      const length = runLength(value, start, isSasSignatureChar, 200);
      from = start + length;
      let decoded = value.slice(start, start + length);
      decoded = decoded.replace(/%2B/gi, "+").replace(/%2F/gi, "/").replace(/%3D/gi, "=");
      if (/^[A-Za-z0-9+/]{43}=$/.test(decoded)) out.push({ start, end: start + length });
    }
    return out;
  },
};
