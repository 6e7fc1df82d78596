import type { ObjectRef } from "../../../src/report/schema.js";
import { T, base62Run, base64Run, checksummedToken, hexRun, urlSafeRun } from "./fake-tokens.js";

/**
 * What corpus/sources/secrets.sql (and secrets.globals.sql) plant, generated from this list by
 * make-secrets-corpus.ts so the SQL and the expectations cannot drift apart. Each plant says
 * which detector must report it, on which object, and how to find its line in the dump
 * (`marker`: a text that occurs once, on the line where the finding must start).
 */
export interface Plant {
  detector: string;
  object: ObjectRef;
  marker: string;
  /** The secret in clear: must never appear in any output format. */
  secret: string;
  /** Only in these dump variants (default: every variant holding the database's objects). */
  only?: ("plain" | "inserts" | "dumpall")[];
}

/** One row of public.plant_rows: `label` locates the row, `payload` holds the secret. */
interface RowPlant {
  detector: string;
  payload: string;
  /** The part of the payload that is the secret (defaults to the payload). */
  secret?: string;
}

const pw = (seed: number) => `Pw${base62Run(10, seed)}!x`;
const sa = (seed: number) => ({
  type: "service_account",
  project_id: "acme-prod",
  private_key_id: hexRun(40, seed),
  private_key: T.pem().replace(base64Run(64, 37), base64Run(64, seed)),
  client_email: "deployer@acme-prod.iam.gserviceaccount.com",
  client_id: "1234567890",
});

const awsPairId = "AS" + "IA" + "QRSTUVWXYZ234567";
const awsPairSecret = base62Run(30, 61) + "/+" + base62Run(8, 62);

export const rowPlants: RowPlant[] = [
  { detector: "aws-access-key-id", payload: `aws key ${T.awsKeyId()} (ci)`, secret: T.awsKeyId() },
  { detector: "aws-secret-access-key", payload: `${awsPairId}:${awsPairSecret}`, secret: awsPairSecret },
  { detector: "github-pat-classic", payload: T.ghp() },
  { detector: "github-oauth-token", payload: T.gho() },
  { detector: "github-user-to-server-token", payload: T.ghu() },
  { detector: "github-server-to-server-token", payload: T.ghs() },
  { detector: "github-refresh-token", payload: T.ghr() },
  { detector: "github-fine-grained-pat", payload: T.ghFine() },
  { detector: "gitlab-pat", payload: T.glpat() },
  { detector: "gitlab-deploy-token", payload: T.gldt() },
  { detector: "gitlab-runner-token", payload: T.glrt() },
  { detector: "gitlab-pipeline-trigger-token", payload: T.glptt() },
  { detector: "slack-bot-token", payload: T.slackBot() },
  { detector: "slack-user-token", payload: T.slackUser() },
  { detector: "slack-app-token", payload: T.slackApp() },
  { detector: "slack-legacy-token", payload: T.slackLegacy() },
  { detector: "slack-webhook-url", payload: T.slackWebhook() },
  { detector: "stripe-live-secret-key", payload: T.stripeLive() },
  { detector: "stripe-restricted-key", payload: T.stripeRestricted() },
  { detector: "stripe-test-secret-key", payload: T.stripeTest() },
  { detector: "stripe-webhook-secret", payload: T.stripeWebhook() },
  { detector: "google-api-key", payload: T.googleApiKey() },
  { detector: "google-oauth-client-secret", payload: T.googleClientSecret() },
  { detector: "gcp-service-account-key", payload: JSON.stringify(sa(70), null, 2), secret: JSON.stringify(sa(70).private_key).slice(1, -1) },
  { detector: "azure-storage-account-key", payload: T.azureConnection(), secret: base64Run(86, 16) + "==" },
  { detector: "azure-sas-token", payload: T.azureSas(), secret: encodeURIComponent(base64Run(43, 17) + "=") },
  { detector: "twilio-api-key", payload: T.twilio() },
  { detector: "sendgrid-api-key", payload: T.sendgrid() },
  { detector: "npm-access-token", payload: `//registry.npmjs.org/:_authToken=${T.npm()}`, secret: T.npm() },
  { detector: "openai-api-key", payload: T.openaiProject() },
  { detector: "anthropic-api-key", payload: T.anthropic() },
  { detector: "mailgun-api-key", payload: T.mailgun() },
  { detector: "shopify-access-token", payload: T.shpat() },
  { detector: "shopify-custom-app-token", payload: T.shpca() },
  { detector: "shopify-private-app-token", payload: T.shppa() },
  { detector: "shopify-shared-secret", payload: T.shpss() },
  { detector: "huggingface-token", payload: T.huggingface() },
  { detector: "digitalocean-token", payload: T.digitalocean() },
  { detector: "hashicorp-vault-token", payload: T.vault() },
  { detector: "pypi-upload-token", payload: T.pypi() },
  { detector: "docker-hub-token", payload: T.docker() },
  { detector: "linear-api-key", payload: T.linear() },
  { detector: "grafana-service-account-token", payload: T.grafanaSa() },
  { detector: "grafana-cloud-token", payload: T.grafanaCloud() },
  { detector: "databricks-token", payload: T.databricks() },
  { detector: "notion-token", payload: T.notion() },
  { detector: "figma-token", payload: T.figma() },
  { detector: "groq-api-key", payload: T.groq() },
  { detector: "1password-service-account-token", payload: T.onePassword() },
  { detector: "jwt", payload: `Bearer ${T.jwt()}`, secret: T.jwt() },
  { detector: "pem-private-key", payload: T.pem("RSA PRIVATE KEY") },
  { detector: "openssh-private-key", payload: T.pem("OPENSSH PRIVATE KEY") },
  { detector: "pgp-private-key", payload: T.pem("PGP PRIVATE KEY BLOCK") },
  { detector: "putty-private-key", payload: T.putty() },
  { detector: "url-basic-auth", payload: `https://deploy:${pw(1)}@git.example.com/acme/app.git`, secret: pw(1) },
  { detector: "database-uri-password", payload: `postgresql://app:${pw(2)}@db.example.com:5432/app?sslmode=require`, secret: pw(2) },
  { detector: "url-query-token", payload: `https://api.example.com/v1/export?format=csv&api_key=${base62Run(32, 63)}`, secret: base62Run(32, 63) },
  { detector: "libpq-password", payload: `host=db.example.com port=5432 dbname=app user=app password=${pw(3)}`, secret: pw(3) },
  { detector: "bcrypt-hash", payload: T.bcrypt() },
  { detector: "argon2-hash", payload: T.argon2() },
  { detector: "scrypt-hash", payload: T.scryptPasslib() },
  { detector: "pbkdf2-hash", payload: T.pbkdf2Django() },
  { detector: "scram-sha-256-verifier", payload: T.scram() },
  { detector: "crypt-hash", payload: T.sha512crypt() },
];

/** Secrets found by name context, in public.accounts: one row of plants, one row of placeholders. */
export const accountColumns = [
  { column: "userPassword", detector: "secret-named-column", value: "hunter2-but-longer" },
  { column: "api-key", detector: "secret-named-column", value: "k-" + base62Run(12, 64) },
  { column: "AUTH_TOKEN", detector: "secret-named-column", value: "tok-" + base62Run(12, 65) },
  { column: "tfa_secret", detector: "secret-named-column", value: base62Run(16, 66).toUpperCase() },
  { column: "session_cookie", detector: "secret-named-column", value: "s%3A" + urlSafeRun(30, 67) },
  { column: "device_key", detector: "high-entropy-secret", value: base62Run(32, 68) },
] as const;

export const jsonDoc = {
  theme: "dark",
  slack: { webhook: T.slackWebhook().replace(base62Run(24, 9), base62Run(24, 69)) },
  creds: { api_key: "plain-" + base62Run(10, 71) },
};
export const jsonServiceAccount = sa(72);
export const arrayToken = "sk" + "_live_" + base62Run(30, 73);
export const directusToken = base62Run(32, 74);
export const md5RolPassword = "md" + "5" + hexRun(32, 75);

export const ddl = {
  defaultWebhook: "https://hooks.slack" + ".com/services/T0AAAA111/B0BBBB222/" + base62Run(24, 76),
  commentKey: "AI" + "za" + urlSafeRun(35, 77),
  functionKey: "S" + "G." + urlSafeRun(22, 78) + "." + urlSafeRun(43, 79),
  procedureKey: "s" + "k-ant-api03-" + urlSafeRun(93, 80) + "AA",
  viewJwt: T.jwt().replace(urlSafeRun(43), urlSafeRun(43, 81)),
  mappingPassword: pw(4),
  subscriptionPassword: pw(5),
  roleScram: "SCRAM" + "-SHA-256$4096:" + base64Run(22, 82) + "==$" + base64Run(43, 83) + "=:" + base64Run(43, 84) + "=",
  roleMd5: "md" + "5" + hexRun(32, 85),
  roleSetting: "plain-" + base62Run(14, 86),
};

export { checksummedToken };
