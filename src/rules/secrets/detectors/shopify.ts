import { prefixedTokenDetector } from "../prefixed-token.js";
import { isHex } from "../scan.js";

const HELP = "revoke the token in the Shopify admin and replace the value with a placeholder before hand-off";

/** Shopify tokens: a 6-character type prefix + 32 hex. */
const shopify = (id: string, prefix: string, description: string) =>
  prefixedTokenDetector({ id, description, prefixes: [prefix], body: isHex, min: 32, max: 32, help: HELP });

export const shopifyAccessToken = shopify("shopify-access-token", "shpat_", "Shopify Admin API access token");
export const shopifyCustomAppToken = shopify("shopify-custom-app-token", "shpca_", "Shopify custom app access token");
export const shopifyPrivateAppToken = shopify("shopify-private-app-token", "shppa_", "Shopify private app password");
export const shopifySharedSecret = shopify("shopify-shared-secret", "shpss_", "Shopify app shared secret");
