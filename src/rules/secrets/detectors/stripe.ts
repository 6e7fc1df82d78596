import { prefixedTokenDetector } from "../prefixed-token.js";
import { isAlnum } from "../scan.js";

const HELP = "roll the key in the Stripe dashboard and replace the value with a placeholder before hand-off";

const stripe = (id: string, prefixes: string[], description: string, min = 24) =>
  prefixedTokenDetector({ id, description, prefixes, body: isAlnum, min, max: 247, help: HELP });

export const stripeLiveSecretKey = stripe("stripe-live-secret-key", ["sk_live_"], "Stripe live secret key");
export const stripeRestrictedKey = stripe("stripe-restricted-key", ["rk_live_"], "Stripe live restricted key");
export const stripeTestSecretKey = stripe("stripe-test-secret-key", ["sk_test_", "rk_test_"], "Stripe test-mode secret or restricted key");
export const stripeWebhookSecret = stripe("stripe-webhook-secret", ["whsec_"], "Stripe webhook signing secret", 32);
