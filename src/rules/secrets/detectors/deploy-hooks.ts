import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";
import { isAlnum, isLowerHex, runLength } from "../scan.js";

const NETLIFY = "api.netlify.com/build_hooks/";
const VERCEL = "api.vercel.com/v1/integrations/deploy/";
const isIdChar = (c: number) => isAlnum(c) || c === 0x5f;

/** The index after `https://` backed up from `at`, or `at`. */
const withScheme = (value: string, at: number) => (value.startsWith("https://", at - 8) ? at - 8 : at);

/**
 * Deploy hooks: `https://api.netlify.com/build_hooks/<24 hex>` and
 * `https://api.vercel.com/v1/integrations/deploy/prj_<id>/<key>`. Whoever holds the URL starts a production
 * build and deploy with a POST: a credential, as a Slack webhook URL is. A key of one repeated character is a stand-in.
 */
export const deployHookUrl: Detector = {
  id: "deploy-hook-url",
  description: "Netlify build hook or Vercel deploy hook URL",
  keywords: ["build_hooks/", "integrations/deploy/"],
  help: "delete the hook in the site's build settings (Netlify: Build hooks; Vercel: Deploy Hooks) and replace the URL with a placeholder before hand-off",
  find(value) {
    const out: DetectorMatch[] = [];
    for (let at = value.indexOf(NETLIFY); at !== -1; at = value.indexOf(NETLIFY, at + NETLIFY.length)) {
      const i = at + NETLIFY.length;
      const id = runLength(value, i, isLowerHex, 25);
      if (id !== 24 || isAlnum(value.charCodeAt(i + id)) || isPlaceholder(value.slice(i, i + id))) continue;
      out.push({ start: withScheme(value, at), end: i + id });
    }
    for (let at = value.indexOf(VERCEL); at !== -1; at = value.indexOf(VERCEL, at + VERCEL.length)) {
      let i = at + VERCEL.length;
      if (!value.startsWith("prj_", i)) continue;
      const project = runLength(value, i + 4, isAlnum, 64);
      if (project < 8 || value[i + 4 + project] !== "/") continue;
      i += 4 + project + 1;
      const key = runLength(value, i, isIdChar, 64);
      if (key < 8 || key >= 64 || isPlaceholder(value.slice(i, i + key))) continue;
      out.push({ start: withScheme(value, at), end: i + key });
    }
    return out.length < 2 ? out : out.sort((a, b) => a.start - b.start);
  },
};
