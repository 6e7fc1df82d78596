import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch } from "../detector.js";
import { isTokenChar } from "../prefixed-token.js";
import { isDigit, isLower, isUpper, runLength, startsToken } from "../scan.js";

/** The part after the colon: 35 URL-safe base64 characters, the first two `AA`. */
const SECRET_LENGTH = 35;
const MIN_BOT_ID = 8;
const MAX_BOT_ID = 10;

/**
 * Telegram Bot API token, as BotFather issues it: `<bot id, 8-10 digits>:AA<33 URL-safe base64>`. Whoever holds
 * it controls the bot (reads its chats, sends as it). The random part must mix cases, as a random one does.
 * Scanning starts at `:AA` and walks back over the id: bounded by the id's longest length, so linear.
 */
export const telegramBotToken: Detector = {
  id: "telegram-bot-token",
  description: "Telegram Bot API token",
  keywords: [":AA"],
  help: "revoke the token with BotFather (/revoke) and replace the value with a placeholder before hand-off",
  find(value) {
    let out: DetectorMatch[] | undefined;
    let from = 0;
    for (;;) {
      const colon = value.indexOf(":AA", from);
      if (colon === -1) break;
      from = colon + 3;
      let idStart = colon;
      while (idStart > 0 && colon - idStart <= MAX_BOT_ID && isDigit(value.charCodeAt(idStart - 1))) idStart--;
      const idLength = colon - idStart;
      // The Bot API writes the token into its URLs glued to `bot`: `https://api.telegram.org/bot<token>/sendMessage`.
      if (idLength < MIN_BOT_ID || idLength > MAX_BOT_ID || !(startsToken(value, idStart) || value.startsWith("/bot", idStart - 4))) continue;
      const length = runLength(value, colon + 1, isTokenChar, SECRET_LENGTH);
      if (length !== SECRET_LENGTH) continue;
      let lower = false;
      let upper = false;
      for (let i = colon + 3; i < colon + 1 + SECRET_LENGTH; i++) {
        const c = value.charCodeAt(i);
        if (isLower(c)) lower = true;
        else if (isUpper(c)) upper = true;
      }
      if (!lower || !upper) continue;
      (out ??= []).push({ start: idStart, end: colon + 1 + SECRET_LENGTH });
      from = colon + 1 + SECRET_LENGTH;
    }
    return out ?? NO_DETECTOR_MATCHES;
  },
};
