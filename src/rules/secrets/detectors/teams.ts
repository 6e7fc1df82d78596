import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { endsToken, isAlnum, isBase64Url, isHex, runLength } from "../scan.js";

const KEYWORD = "/IncomingWebhook/";
/** The path before the keyword, as Microsoft 365 writes it: the new tenant host (`<tenant>.webhook.office.com/webhookb2/`) and the retired one (`outlook.office.com/webhook/`). */
const PATHS = [".webhook.office.com/webhookb2/", "outlook.office.com/webhook/", "outlook.office365.com/webhook/"];
/** `<group GUID>@<tenant GUID>`: two GUIDs and an `@`. */
const IDS_LENGTH = 73;
/** The longest tenant label looked back over for `https://<tenant>`. */
const MAX_TENANT = 63;

const isTenantChar = (c: number) => isAlnum(c) || c === 0x2d;

/** 8-4-4-4-12 hex digits at `i`. */
function isGuidAt(text: string, i: number): boolean {
  if (i < 0 || i + 36 > text.length) return false;
  for (const [from, n] of [[0, 8], [9, 4], [14, 4], [19, 4], [24, 12]] as const) {
    if (runLength(text, i + from, isHex, n) !== n) return false;
    if (from + n < 36 && text[i + from + n] !== "-") return false;
  }
  return true;
}

/**
 * A Microsoft Teams incoming-webhook URL (`https://<tenant>.webhook.office.com/webhookb2/<group GUID>@<tenant GUID>
 * /IncomingWebhook/<32 hex>/<owner GUID>`, with the newer `/V2…` signature segment when present; also the retired
 * `outlook.office.com/webhook/…` form): whoever holds it can post to the channel, a credential like Slack's and
 * Discord's webhook URLs. A 32-hex id of one repeated character (`0000…`, docs) is a stand-in, and so are
 * `REDACTED`, `xxxx` (they are not hex runs of the right length).
 */
export const teamsWebhookUrl: Detector = {
  id: "teams-webhook-url",
  description: "Microsoft Teams incoming webhook URL",
  keywords: [KEYWORD],
  help: "remove the Incoming Webhook connector from the Teams channel (or rotate it) and replace the URL with a placeholder before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    let from = 0;
    for (;;) {
      const at = value.indexOf(KEYWORD, from);
      if (at === -1) break;
      from = at + KEYWORD.length;
      // `<group GUID>@<tenant GUID>` right before the keyword, then one of the paths before that.
      const ids = at - IDS_LENGTH;
      if (!(isGuidAt(value, ids) && value[ids + 36] === "@" && isGuidAt(value, ids + 37))) continue;
      const path = PATHS.find((p) => value.startsWith(p, ids - p.length));
      if (path === undefined) continue;
      let start = ids - path.length;
      if (path.startsWith(".")) {
        // The tenant label before `.webhook.office.com`.
        const label = Math.min(start, MAX_TENANT);
        let n = 0;
        while (n < label && isTenantChar(value.charCodeAt(start - n - 1))) n++;
        if (n === 0) continue;
        start -= n;
      }
      if (value.startsWith("https://", start - 8)) start -= 8;
      let i = from;
      const hex = runLength(value, i, isHex, 32);
      if (hex !== 32 || value[i + 32] !== "/" || !isGuidAt(value, i + 33)) continue;
      if (isPlaceholder(value.slice(i, i + 32))) continue;
      i += 33 + 36;
      // The newer signature segment: `/V2` and a URL-safe token.
      if (value.startsWith("/V2", i)) {
        const token = runLength(value, i + 1, isBase64Url, 200);
        if (token >= 20 && endsToken(value, i + 1 + token, isBase64Url)) i += 1 + token;
      }
      out.push({ start, end: i });
      from = i;
    }
    return out;
  },
};
