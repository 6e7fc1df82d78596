import { createHash, createHmac } from "node:crypto";
import type { Evidence } from "./schema.js";

/** sha256 of the parts joined by NUL, first 16 hex digits. Unkeyed: use it only on what the report shows anyway or on random values (see `outputEvidence`). */
export function fingerprint(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}

/** HMAC-SHA256 under the project's fingerprint key of the parts joined by NUL, first 16 hex digits. */
export function keyedFingerprint(key: Uint8Array, ...parts: string[]): string {
  return createHmac("sha256", key).update(parts.join("\0")).digest("hex").slice(0, 16);
}

/** The environment variable the library and the CLI read a fingerprint key from when no option gives one. */
export const FINGERPRINT_KEY_ENV = "DUMPGUARD_FINGERPRINT_KEY";
/** Shorter keys can be searched together with a low-entropy value; 16 characters of a generated key are ample. */
export const MIN_FINGERPRINT_KEY_LENGTH = 16;

/**
 * The key for value fingerprints: the option when given, else `DUMPGUARD_FINGERPRINT_KEY`, else none.
 * Returns an error text for a key too short to protect anything.
 */
export function resolveFingerprintKey(option: string | Uint8Array | undefined, env: NodeJS.ProcessEnv = process.env): { key?: Uint8Array; error?: string } {
  const raw = option ?? (env[FINGERPRINT_KEY_ENV] ? env[FINGERPRINT_KEY_ENV] : undefined);
  if (raw === undefined) return {};
  const key = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  if (key.length < MIN_FINGERPRINT_KEY_LENGTH)
    return { error: `the fingerprint key must be at least ${MIN_FINGERPRINT_KEY_LENGTH} bytes (generate one with: openssl rand -hex 32)` };
  return { key };
}

/**
 * Detectors whose values are random by construction (issued tokens, API keys, private keys, salted
 * hashes): 2^100 and more candidates, so an unkeyed digest cannot be searched. Every other value
 * (a personal value, a host, a password under a secret-ish name, a URL password, an md5 role
 * password, a spec role value) may be guessed from a dictionary or a small space: without a key it
 * gets no value fingerprint at all. An allow-list, so a new detector starts on the safe side.
 */
const RANDOM_VALUE_DETECTORS: ReadonlySet<string> = new Set([
  "1password-service-account-token",
  "anthropic-api-key",
  "argon2-hash",
  "aws-secret-access-key",
  "azure-sas-token",
  "azure-storage-account-key",
  "bcrypt-hash",
  "crypt-hash",
  "databricks-token",
  "digitalocean-token",
  "directus-static-token",
  "docker-hub-token",
  "figma-token",
  "gcp-service-account-key",
  "github-fine-grained-pat",
  "github-oauth-token",
  "github-pat-classic",
  "github-refresh-token",
  "github-server-to-server-token",
  "github-user-to-server-token",
  "gitlab-deploy-token",
  "gitlab-pat",
  "gitlab-pipeline-trigger-token",
  "gitlab-runner-token",
  "google-api-key",
  "google-oauth-client-secret",
  "grafana-cloud-token",
  "grafana-service-account-token",
  "groq-api-key",
  "hashicorp-vault-token",
  "huggingface-token",
  "jwt",
  "linear-api-key",
  "mailgun-api-key",
  "notion-token",
  "npm-access-token",
  "openai-api-key",
  "openssh-private-key",
  "pbkdf2-hash",
  "phpass-hash",
  "pem-private-key",
  "pgp-private-key",
  "putty-private-key",
  "pypi-upload-token",
  "scram-sha-256-verifier",
  "scrypt-hash",
  "sendgrid-api-key",
  "shopify-access-token",
  "shopify-custom-app-token",
  "shopify-private-app-token",
  "shopify-shared-secret",
  "slack-app-token",
  "slack-bot-token",
  "slack-legacy-token",
  "slack-user-token",
  "slack-webhook-url",
  "stripe-live-secret-key",
  "stripe-restricted-key",
  "stripe-test-secret-key",
  "stripe-webhook-secret",
  "twilio-api-key",
]);
/** Even a random-format value this short is not protected by an unkeyed digest. */
const MIN_RANDOM_VALUE_LENGTH = 20;

/** True when an unkeyed fingerprint of this evidence's value cannot be reversed by search. */
export function hasUnguessableValue(evidence: Pick<Evidence, "detector" | "length">): boolean {
  return RANDOM_VALUE_DETECTORS.has(evidence.detector) && evidence.length >= MIN_RANDOM_VALUE_LENGTH;
}

/**
 * Evidence as the report carries it. Rules build evidence with an in-memory value digest (to
 * de-duplicate); here it becomes: with a key, HMAC(key, digest); without one, the digest only for
 * random values (`hasUnguessableValue`), and no value fingerprint otherwise.
 */
export function outputEvidence(evidence: Evidence, key: Uint8Array | undefined): Evidence {
  const { fingerprint: digest, ...rest } = evidence;
  if (digest === undefined) return rest;
  if (key) return { ...rest, fingerprint: keyedFingerprint(key, "evidence", digest) };
  return hasUnguessableValue(evidence) ? { ...rest, fingerprint: digest } : rest;
}

/** The masked rendering of a sensitive value: the first `keep` characters (4 by default), an ellipsis and the length.
 * Values shorter than 12 characters show nothing, so a short secret is never mostly revealed. */
export function maskedForm(value: string, keep = 4): string {
  const chars = Array.from(value);
  const shown = chars.length >= 12 ? chars.slice(0, keep).join("") : "";
  return `${shown}…(${chars.length} chars)`;
}

/** Evidence for a sensitive value: `maskedForm` plus an in-memory value digest (finished by `outputEvidence`). */
export function maskedEvidence(detector: string, value: string, keep = 4): Evidence {
  return { detector, masked: maskedForm(value, keep), length: Array.from(value).length, fingerprint: fingerprint(detector, value) };
}

/** Evidence with a caller-built masked form (e.g. `j***@gm***.com` for an e-mail). */
export function evidenceWithMask(detector: string, value: string, masked: string): Evidence {
  return { detector, masked, length: Array.from(value).length, fingerprint: fingerprint(detector, value) };
}
