import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { prefixedTokenDetector } from "../prefixed-token.js";
import { isAlnum, isDigit, isUpper, runLength } from "../scan.js";

/** Character tests made once (runLength keeps a table per test). */
const isUpperOrDigit = (c: number) => isUpper(c) || isDigit(c);

const HELP = "revoke the token in the Slack app settings and replace the value with a placeholder before hand-off";

/** Slack tokens: `xox?-` then dash-separated segments, the first numeric (workspace/app id), the last a random run. */
function slackTokenBody(body: string): boolean {
  const segments = body.split("-");
  return segments.length >= 3 && segments.every((s) => s.length > 0) && /^[0-9]+$/.test(segments[0]!) && segments[segments.length - 1]!.length >= 16;
}

const slack = (id: string, prefixes: string[], description: string) =>
  prefixedTokenDetector({ id, description, prefixes, body: (c) => isAlnum(c) || c === 0x2d, min: 30, max: 255, validate: slackTokenBody, help: HELP });

export const slackBotToken = slack("slack-bot-token", ["xoxb-"], "Slack bot token");
export const slackUserToken = slack("slack-user-token", ["xoxp-"], "Slack user token");
export const slackLegacyToken = slack("slack-legacy-token", ["xoxa-", "xoxr-", "xoxs-"], "Slack legacy workspace, refresh or session token");

/** App-level token: `xapp-1-A…-<digits>-<64 hex>`. */
export const slackAppToken = prefixedTokenDetector({
  id: "slack-app-token",
  description: "Slack app-level token",
  prefixes: ["xapp-"],
  body: (c) => isAlnum(c) || c === 0x2d,
  min: 30,
  max: 255,
  validate: (body) => /^[0-9]+-[A-Z0-9]+-[0-9]+-[a-f0-9]{32,}$/.test(body),
  help: HELP,
});

const WEBHOOK = "hooks.slack.com/";

/** `https://hooks.slack.com/services/T…/B…/<24 base62>` (and `/workflows/…`); a secret part of one repeated character is a stand-in. */
export const slackWebhookUrl: Detector = {
  id: "slack-webhook-url",
  description: "Slack incoming-webhook URL",
  // Without the slash: a `json` cell may write it `\/` (RFC 8259 allows the escape).
  keywords: ["hooks.slack.com"],
  help: "delete the webhook in Slack and replace the URL with a placeholder before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    let from = 0;
    for (;;) {
      const at = value.indexOf(WEBHOOK, from);
      if (at === -1) break;
      from = at + WEBHOOK.length;
      let i = from;
      const kind = value.startsWith("services/", i) ? "services/" : value.startsWith("workflows/", i) ? "workflows/" : "";
      if (!kind) continue;
      i += kind.length;
      // Three path segments: team id, bot/workflow id, secret.
      const team = runLength(value, i, isUpperOrDigit, 20);
      if (team < 8 || value[i + team] !== "/") continue;
      i += team + 1;
      const hook = runLength(value, i, isUpperOrDigit, 20);
      if (hook < 8 || value[i + hook] !== "/") continue;
      i += hook + 1;
      const secret = runLength(value, i, isAlnum, 64);
      if (secret < 20 || secret > 64) continue;
      // Slack's documentation writes `…/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`, and setup forms copy it: a stand-in.
      if (isPlaceholder(value.slice(i, i + secret))) continue;
      const schemeStart = value.lastIndexOf("https://", at) === at - 8 ? at - 8 : at;
      out.push({ start: schemeStart, end: i + secret });
      from = i + secret;
    }
    return out;
  },
};
