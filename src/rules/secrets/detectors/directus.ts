import type { Detector, ValueContext } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";

/**
 * Directus stores each user's static API token in clear in `directus_users.token`
 * (Directus docs, "Authentication: static tokens"); any value there is a bearer credential.
 */
function isDirectusTokenCell(context: ValueContext): boolean {
  return context.table === "directus_users" && context.column === "token" && !context.jsonPath;
}

export const directusStaticToken: Detector = {
  id: "directus-static-token",
  description: "Directus static token (directus_users.token)",
  keywords: [],
  runsWhere: isDirectusTokenCell,
  help: "clear directus_users.token (set it to NULL) before hand-off; the token works against the live API",
  find(value, context) {
    if (!isDirectusTokenCell(context)) return [];
    return isPlaceholder(value) ? [] : [{ start: 0, end: value.length }];
  },
};
