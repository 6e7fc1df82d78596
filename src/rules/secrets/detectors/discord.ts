import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { endsToken, isBase64Url, isDigit, runLength } from "../scan.js";

/** Hosts Discord serves webhooks from (`ptb.` and `canary.` prefixes are found by backing up from these). */
const HOSTS = ["discord.com/api/", "discordapp.com/api/"];
const WEBHOOKS = "webhooks/";

/**
 * `https://discord.com/api/webhooks/<snowflake id>/<token>` (also `discordapp.com`, `ptb.`/`canary.`, and an
 * API version `/api/v10/webhooks/…`): whoever holds the URL can post to the channel as the webhook, so it is a
 * credential like Slack's incoming-webhook URL. The id is a snowflake (17–20 digits), the token 60–100
 * URL-safe base64 characters (68 today); a token of one repeated character (`XXXX…`, docs) is a stand-in.
 */
export const discordWebhookUrl: Detector = {
  id: "discord-webhook-url",
  description: "Discord webhook URL",
  keywords: ["discord"],
  help: "delete the webhook in the Discord channel's integrations and replace the URL with a placeholder before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    let from = 0;
    for (;;) {
      const at = value.indexOf("discord", from);
      if (at === -1) break;
      from = at + 7;
      const host = HOSTS.find((h) => value.startsWith(h, at));
      if (host === undefined) continue;
      let i = at + host.length;
      // An API version segment: `v6/` … `v10/`.
      if (value[i] === "v") {
        const digits = runLength(value, i + 1, isDigit, 2);
        if (digits > 0 && digits <= 2 && value[i + 1 + digits] === "/") i += 2 + digits;
      }
      if (!value.startsWith(WEBHOOKS, i)) continue;
      i += WEBHOOKS.length;
      const id = runLength(value, i, isDigit, 20);
      if (id < 17 || id > 20 || value[i + id] !== "/") continue;
      i += id + 1;
      const token = runLength(value, i, isBase64Url, 100);
      if (token < 60 || token > 100 || !endsToken(value, i + token, isBase64Url)) continue;
      if (isPlaceholder(value.slice(i, i + token))) continue;
      let start = at;
      for (const sub of ["ptb.", "canary."]) if (value.startsWith(sub, start - sub.length)) start -= sub.length;
      if (value.startsWith("https://", start - 8)) start -= 8;
      out.push({ start, end: i + token });
      from = i + token;
    }
    return out;
  },
};
