import type { Rule } from "./rule.js";
import { inputIntegrity } from "./input-integrity.js";
import { pathGuard } from "./path-guard.js";
import { forbiddenSecrets } from "./forbidden-secrets.js";
import { unsanitizedPii } from "./unsanitized-pii.js";
import { liveHostPointers } from "./live-host-pointers.js";
import { requiredShape } from "./required-shape.js";

/** Every rule dumpguard ships, in the order they run. One import and one entry per rule. */
export const allRules: readonly Rule[] = [
  inputIntegrity,
  pathGuard,
  forbiddenSecrets,
  unsanitizedPii,
  liveHostPointers,
  requiredShape,
];
