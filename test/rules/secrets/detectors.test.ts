import { describe, expect, it } from "vitest";
import type { ValueContext } from "../../../src/rules/secrets/detector.js";
import { allDetectors } from "../../../src/rules/secrets/detectors/index.js";
import { findSecrets } from "../../../src/rules/secrets/find-secrets.js";
import { T, base62Run, base64Run, hexRun, jwt, urlSafeRun } from "./fake-tokens.js";

const row: ValueContext = { clause: "row", schema: "public", table: "t", column: "notes", columnType: "text" };

interface Case {
  detector: string;
  /** Values that must be reported by this detector; the secret is the whole value unless `secret` says otherwise. */
  valid: { value: string; secret?: string; context?: ValueContext; name?: string }[];
  /** Near misses this detector must not report. */
  invalid: { value: string; context?: ValueContext; name: string }[];
}

/** A password as people write them (a `#` would end a URL authority, so none here). */
const pw = "Xk7!qpL2vR9m";

const cases: Case[] = [
  {
    detector: "aws-access-key-id",
    valid: [{ value: T.awsKeyId() }, { value: `aws_access_key_id=${T.awsKeyId()}`, secret: T.awsKeyId() }, { value: T.awsStsKeyId() }],
    invalid: [
      { value: "the AKIA prefix marks long-term keys", name: "AKIA in prose" },
      { value: "AKIA" + "abcdefghijklmnop", name: "lower-case body" },
      { value: "AKIA" + "ABCDEFGHIJKLMNOP1", name: "17 characters after the prefix" },
      { value: "AKIA" + "ABCDEFGH0JKLMNOP", name: "0 is not base32" },
      { value: "XAKIA" + "ABCDEFGHIJKLMNOP", name: "glued to a preceding letter" },
      { value: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", name: "AWS's documented example key id" },
    ],
  },
  {
    detector: "aws-secret-access-key",
    valid: [
      { value: `${T.awsKeyId()}:${T.awsSecret()}`, secret: T.awsSecret(), name: "next to its key id" },
      { value: T.awsSecret(), context: { ...row, column: "aws_secret_access_key" }, name: "under an AWS secret key column" },
    ],
    invalid: [
      { value: T.awsSecret(), name: "40 base64 characters alone" },
      { value: `${T.awsKeyId()} ${hexRun(40)}`, name: "a sha1 hex next to a key id" },
      { value: `${T.awsKeyId()} ${base64Run(60)}`, name: "a longer base64 run" },
      { value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", context: { ...row, column: "aws_secret_access_key" }, name: "AWS's documented example secret key" },
    ],
  },
  {
    detector: "github-pat-classic",
    valid: [{ value: T.ghp() }, { value: `token ${T.ghp()} used by CI`, secret: T.ghp() }],
    invalid: [
      { value: T.ghp(true), name: "checksum does not match" },
      { value: "gh" + "p_" + base62Run(35), name: "35 characters" },
      { value: T.ghp() + "x", name: "37 characters" },
    ],
  },
  { detector: "github-oauth-token", valid: [{ value: T.gho() }], invalid: [{ value: "gh" + "o_" + base62Run(36), name: "no valid checksum" }] },
  { detector: "github-user-to-server-token", valid: [{ value: T.ghu() }], invalid: [{ value: "gh" + "u_" + "short", name: "too short" }] },
  { detector: "github-server-to-server-token", valid: [{ value: T.ghs() }], invalid: [{ value: "gh" + "s_" + base62Run(36, 2), name: "no valid checksum" }] },
  {
    detector: "github-refresh-token",
    valid: [{ value: T.ghr() }, { value: "gh" + "r_" + base62Run(76, 3), name: "76-character refresh token" }],
    invalid: [{ value: "gh" + "r_" + base62Run(50), name: "50 characters" }],
  },
  {
    detector: "github-fine-grained-pat",
    valid: [{ value: T.ghFine() }],
    invalid: [{ value: "github" + "_pat_" + base62Run(82), name: "no inner underscore" }, { value: "github_pat_ is the prefix", name: "prefix in prose" }],
  },
  { detector: "gitlab-pat", valid: [{ value: T.glpat() }], invalid: [{ value: "gl" + "pat-" + "abc", name: "too short" }, { value: "myglpat-" + base62Run(20), name: "glued to a word" }] },
  { detector: "gitlab-deploy-token", valid: [{ value: T.gldt() }], invalid: [{ value: "gl" + "dt-" + "x", name: "too short" }] },
  { detector: "gitlab-runner-token", valid: [{ value: T.glrt() }], invalid: [{ value: "gl" + "rt-" + "x", name: "too short" }] },
  { detector: "gitlab-pipeline-trigger-token", valid: [{ value: T.glptt() }], invalid: [{ value: "gl" + "ptt-" + "x", name: "too short" }] },
  {
    detector: "slack-bot-token",
    valid: [{ value: T.slackBot() }],
    invalid: [
      { value: "xo" + "xb-" + "notanumber-" + base62Run(30), name: "first segment not numeric" },
      { value: "xo" + "xb-" + base62Run(40), name: "one segment" },
    ],
  },
  { detector: "slack-user-token", valid: [{ value: T.slackUser() }], invalid: [{ value: "xo" + "xp-" + "123", name: "too short" }] },
  { detector: "slack-legacy-token", valid: [{ value: T.slackLegacy() }], invalid: [{ value: "xo" + "xz-" + "2345678901-3456789012-" + base62Run(24), name: "unknown letter" }] },
  { detector: "slack-app-token", valid: [{ value: T.slackApp() }], invalid: [{ value: "xa" + "pp-" + base62Run(40), name: "no segments" }] },
  {
    detector: "slack-webhook-url",
    valid: [{ value: `{"url": "${T.slackWebhook()}"}`, secret: T.slackWebhook() }],
    invalid: [
      { value: "https://hooks.slack" + ".com/services/", name: "no path" },
      { value: "see hooks.slack" + ".com/services/T0/B0/abc", name: "short segments" },
      { value: "https://hooks.slack" + ".com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", name: "Slack's documented example" },
      { value: "https://hooks.slack" + ".com/services/TXXXXXXXX/BXXXXXXXX/xxxxxxxxxxxxxxxxxxxxxxxx", name: "a setup form's stand-in" },
    ],
  },
  {
    detector: "deploy-hook-url",
    valid: [
      { value: "https://api.netlify" + ".com/build_hooks/" + hexRun(24, 3), secret: "https://api.netlify" + ".com/build_hooks/" + hexRun(24, 3) },
      { value: `{"url":"https://api.vercel` + `.com/v1/integrations/deploy/prj_${base62Run(28, 4)}/${base62Run(10, 5)}"}`, secret: `https://api.vercel` + `.com/v1/integrations/deploy/prj_${base62Run(28, 4)}/${base62Run(10, 5)}` },
    ],
    invalid: [
      { value: "https://api.netlify" + ".com/build_hooks/000000000000000000000000", name: "one repeated character" },
      { value: "https://api.netlify" + ".com/build_hooks/" + hexRun(20, 3), name: "too short" },
      { value: "see https://docs.netlify" + ".com/configure-builds/build-hooks/", name: "the docs page" },
      { value: "https://api.vercel" + ".com/v1/integrations/deploy/prj_xxxxxxxxxxxx/REPLACE_ME", name: "a placeholder key" },
    ],
  },
  {
    detector: "discord-webhook-url",
    valid: [
      { value: `{"webhook": "${T.discordWebhook()}"}`, secret: T.discordWebhook() },
      { value: T.discordWebhook().replace("discord" + ".com/api/", "canary.discord" + "app.com/api/v10/"), name: "canary host, old domain, API version" },
    ],
    invalid: [
      { value: "https://discord" + ".com/api/webhooks/1187654321098765432/" + "X".repeat(68), name: "documentation stand-in token" },
      { value: "https://discord" + ".com/api/webhooks/123/" + urlSafeRun(68), name: "id too short for a snowflake" },
      { value: "https://discord" + ".com/api/webhooks/1187654321098765432", name: "no token" },
      { value: "https://discord" + ".com/channels/1187654321098765432/" + urlSafeRun(68), name: "a channel link, not a webhook" },
    ],
  },
  {
    detector: "teams-webhook-url",
    valid: [
      { value: `{"incoming_webhook": "${T.teamsWebhook()}"}`, secret: T.teamsWebhook() },
      { value: `TEAMS_WEBHOOK_URL=${T.teamsWebhook()}/V2Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zA7bC0dE3f`, secret: `${T.teamsWebhook()}/V2Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zA7bC0dE3f`, name: "with the V2 signature segment" },
      { value: T.teamsWebhook().replace("acmecorp.webhook.office" + ".com/webhookb2/", "outlook.office" + ".com/webhook/"), name: "the retired outlook.office.com form" },
    ],
    invalid: [
      { value: T.teamsWebhook().replace(/Webhook\/[0-9a-f]{32}/, "Webhook/" + "0".repeat(32)), name: "documentation stand-in id" },
      { value: "https://example.webhook.office" + ".com/webhookb2/REDACTED/Incoming" + "Webhook/REDACTED/REDACTED", name: "redacted parts" },
      { value: T.teamsWebhook().replace("webhook.office" + ".com", "webhook.office-example.com"), name: "another host" },
      { value: "https://outlook.office" + ".com/webhook/xxxx@xxxx/Incoming" + "Webhook/xxxx/xxxx", name: "x stand-ins" },
    ],
  },
  {
    detector: "telegram-bot-token",
    valid: [
      { value: T.telegramBot() },
      { value: `TELEGRAM_BOT_TOKEN=${T.telegramBot()}`, secret: T.telegramBot(), name: "in an env line" },
      { value: `https://api.telegram.org/bot${T.telegramBot()}/sendMessage`, secret: T.telegramBot(), name: "in a Bot API URL" },
    ],
    invalid: [
      { value: "61234567" + ":AA" + "HK3LM9QW2ER5TY8UI1OP4AS7DF0GH3JK6", name: "one case only: not random" },
      { value: "612345" + ":AA" + "Hk3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6", name: "bot id too short" },
      { value: "6123456789" + ":AA" + "Hk3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6x", name: "secret part too long" },
      { value: "x6123456789" + ":AA" + "Hk3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6", name: "glued to a letter" },
    ],
  },
  {
    detector: "stripe-live-secret-key",
    valid: [{ value: T.stripeLive() }],
    invalid: [
      { value: "pk" + "_live_" + base62Run(24), name: "publishable key" },
      { value: "sk" + "_live_" + "short", name: "too short" },
    ],
  },
  { detector: "stripe-restricted-key", valid: [{ value: T.stripeRestricted() }], invalid: [{ value: "rk" + "_live_", name: "prefix alone" }] },
  { detector: "stripe-test-secret-key", valid: [{ value: T.stripeTest() }], invalid: [{ value: "pk" + "_test_" + base62Run(24), name: "test publishable key" }] },
  { detector: "stripe-webhook-secret", valid: [{ value: T.stripeWebhook() }], invalid: [{ value: "wh" + "sec_" + base62Run(10), name: "too short" }] },
  {
    detector: "google-api-key",
    valid: [{ value: `https://maps.googleapis.com/maps/api/js?key=${T.googleApiKey()}`, secret: T.googleApiKey() }],
    invalid: [{ value: "AI" + "za" + urlSafeRun(34), name: "34 characters" }, { value: "AI" + "za" + urlSafeRun(36), name: "36 characters" }],
  },
  { detector: "google-oauth-client-secret", valid: [{ value: T.googleClientSecret() }], invalid: [{ value: "GOC" + "SPX-" + "abc", name: "too short" }] },
  {
    detector: "gcp-service-account-key",
    valid: [
      {
        value: JSON.stringify({ type: "service_account", project_id: "p", private_key_id: hexRun(40), private_key: T.pem(), client_email: "svc@p.iam.gserviceaccount.com" }),
        secret: JSON.stringify(T.pem()).slice(1, -1),
      },
    ],
    invalid: [{ value: JSON.stringify({ type: "service_account", private_key: "", client_email: "svc@p.iam.gserviceaccount.com" }), name: "empty private_key" }],
  },
  {
    detector: "azure-storage-account-key",
    valid: [
      { value: T.azureConnection(), secret: base64Run(86, 16) + "==" },
      { value: "İİİİ " + T.azureConnection(), secret: base64Run(86, 16) + "==", name: "after characters whose lower case is longer" },
    ],
    invalid: [{ value: "AccountKey=", name: "empty key" }, { value: "AccountKey=abc;", name: "short key" }],
  },
  {
    detector: "azure-sas-token",
    valid: [{ value: T.azureSas(), secret: encodeURIComponent(base64Run(43, 17) + "=") }],
    invalid: [
      { value: "https://x.blob.core.windows.net/c?sv=2022-11-02&sig=abc", name: "signature too short" },
      { value: "https://example.com/?sig=" + encodeURIComponent(base64Run(43) + "="), name: "no sv= parameter" },
    ],
  },
  {
    detector: "twilio-api-key",
    valid: [{ value: T.twilio() }],
    invalid: [{ value: "S" + "K" + hexRun(31), name: "31 hex" }, { value: "TASK" + hexRun(32), name: "glued to a word" }, { value: "S" + "K" + "1".repeat(32), name: "digits only" }],
  },
  { detector: "sendgrid-api-key", valid: [{ value: T.sendgrid() }], invalid: [{ value: "S" + "G." + urlSafeRun(66), name: "no second dot" }] },
  {
    detector: "npm-access-token",
    valid: [{ value: `//registry.npmjs.org/:_authToken=${T.npm()}`, secret: T.npm() }],
    invalid: [{ value: T.npm(true), name: "checksum does not match" }],
  },
  {
    detector: "openai-api-key",
    valid: [{ value: T.openaiLegacy() }, { value: T.openaiProject() }],
    invalid: [{ value: "s" + "k-" + base62Run(48), name: "no T3BlbkFJ marker" }],
  },
  { detector: "anthropic-api-key", valid: [{ value: T.anthropic() }], invalid: [{ value: "s" + "k-ant-api03-" + urlSafeRun(95).slice(0, 93) + "Ab", name: "does not end in AA" }] },
  { detector: "mailgun-api-key", valid: [{ value: T.mailgun() }], invalid: [{ value: "monkey-" + hexRun(32), name: "glued to a word" }, { value: "ke" + "y-" + hexRun(31), name: "31 hex" }] },
  { detector: "shopify-access-token", valid: [{ value: T.shpat() }], invalid: [{ value: "sh" + "pat_" + base62Run(32), name: "not hex" }] },
  { detector: "shopify-custom-app-token", valid: [{ value: T.shpca() }], invalid: [{ value: "sh" + "pca_" + hexRun(31), name: "31 hex" }] },
  { detector: "shopify-private-app-token", valid: [{ value: T.shppa() }], invalid: [{ value: "sh" + "ppa_" + hexRun(33), name: "33 hex" }] },
  { detector: "shopify-shared-secret", valid: [{ value: T.shpss() }], invalid: [{ value: "sh" + "pss_", name: "prefix alone" }] },
  { detector: "huggingface-token", valid: [{ value: T.huggingface() }], invalid: [{ value: "h" + "f_" + base62Run(34), name: "digits in body" }] },
  { detector: "digitalocean-token", valid: [{ value: T.digitalocean() }], invalid: [{ value: "do" + "p_v1_" + hexRun(63), name: "63 hex" }] },
  { detector: "hashicorp-vault-token", valid: [{ value: T.vault() }], invalid: [{ value: "hv" + "s.abc", name: "too short" }] },
  { detector: "pypi-upload-token", valid: [{ value: T.pypi() }], invalid: [{ value: "py" + "pi-" + urlSafeRun(60), name: "not a pypi.org macaroon" }] },
  { detector: "docker-hub-token", valid: [{ value: T.docker() }], invalid: [{ value: "dc" + "kr_pat_x", name: "too short" }] },
  { detector: "linear-api-key", valid: [{ value: T.linear() }], invalid: [{ value: "lin" + "_api_" + base62Run(39), name: "39 characters" }] },
  {
    detector: "grafana-service-account-token",
    valid: [{ value: T.grafanaSa() }],
    invalid: [{ value: "gl" + "sa_" + base62Run(41), name: "no underscore before the checksum" }],
  },
  { detector: "grafana-cloud-token", valid: [{ value: T.grafanaCloud() }], invalid: [{ value: "gl" + "c_eyJ" + "abc", name: "too short" }] },
  { detector: "databricks-token", valid: [{ value: T.databricks() }], invalid: [{ value: "da" + "pi" + hexRun(31), name: "31 hex" }, { value: "rapidapi" + hexRun(32), name: "glued to a word" }] },
  {
    detector: "notion-token",
    valid: [{ value: T.notion() }, { value: "sec" + "ret_" + "A1" + base62Run(41, 5).replace(/[0-9]/g, "b") }],
    invalid: [{ value: "secret_" + "a".repeat(43), name: "one character class only" }, { value: "mysecret_" + base62Run(43), name: "glued to a word" }],
  },
  { detector: "figma-token", valid: [{ value: T.figma() }], invalid: [{ value: "fi" + "gd_" + "short", name: "too short" }] },
  { detector: "groq-api-key", valid: [{ value: T.groq() }], invalid: [{ value: "gs" + "k_" + base62Run(51), name: "51 characters" }] },
  { detector: "1password-service-account-token", valid: [{ value: T.onePassword() }], invalid: [{ value: "op" + "s_eyJ" + "abc", name: "too short" }] },
  {
    detector: "jwt",
    valid: [{ value: T.jwt() }, { value: `Bearer ${T.jwt()}`, secret: T.jwt() }, { value: jwt({ alg: "none" }).replace(/[^.]+$/, ""), name: "unsigned token" }],
    invalid: [
      { value: ["eyJ" + urlSafeRun(20), urlSafeRun(20), urlSafeRun(20)].join("."), name: "three dotted base64url segments whose header is not JSON" },
      { value: [Buffer.from('{"typ":"JWT"}').toString("base64url"), urlSafeRun(20), urlSafeRun(20)].join("."), name: "header without alg" },
      { value: Buffer.from('{"alg":"HS256"}').toString("base64url"), name: "header alone" },
    ],
  },
  {
    detector: "pem-private-key",
    valid: [{ value: T.pem() }, { value: T.pem("RSA PRIVATE KEY") }, { value: T.pem("EC PRIVATE KEY") }, { value: T.pem("ENCRYPTED PRIVATE KEY") }],
    invalid: [
      { value: T.pem("PUBLIC KEY"), name: "public key" },
      { value: T.pem("CERTIFICATE"), name: "certificate" },
      { value: "paste your -----BEGIN PRIVATE KEY----- here", name: "header named in prose" },
    ],
  },
  { detector: "openssh-private-key", valid: [{ value: T.pem("OPENSSH PRIVATE KEY") }], invalid: [{ value: "ssh-ed25519 " + base64Run(68) + " user@host", name: "public key line" }] },
  { detector: "pgp-private-key", valid: [{ value: T.pem("PGP PRIVATE KEY BLOCK") }], invalid: [{ value: T.pem("PGP PUBLIC KEY BLOCK"), name: "public key block" }] },
  { detector: "putty-private-key", valid: [{ value: T.putty() }], invalid: [{ value: "PuTTY-User-Key-" + "File-3: ssh-ed25519\nPublic-Lines: 2\n", name: "no private section" }] },
  {
    detector: "url-basic-auth",
    valid: [{ value: `https://deploy:${pw}@git.example.com/repo.git`, secret: pw }, { value: `ftp://u:${pw}@files.example.com`, secret: pw }],
    invalid: [
      { value: "https://user@example.com/", name: "user without password" },
      { value: "https://user:${PASSWORD}@example.com/", name: "template variable" },
      { value: "https://user:****@example.com/", name: "masked password" },
      { value: "https://example.com:8443/path?a=b@c", name: "port and @ in the path" },
      { value: `postgresql://app:${pw}@db.example.com/app`, name: "database URI is the other detector" },
    ],
  },
  {
    detector: "database-uri-password",
    valid: [
      { value: `postgresql://app:${pw}@db.example.com:5432/app?sslmode=require`, secret: pw },
      { value: `mongodb+srv://admin:${pw}@cluster0.example.net/db`, secret: pw },
      { value: `redis://:${pw}@cache:6379/0`, secret: pw },
      { value: `postgres://db.example.com/app?user=app&password=${pw}`, secret: pw },
      // The user name as password counts off this machine, and a real password counts on it.
      { value: "postgres://app:app@db.acme-prod.com:5432/app", secret: "app", name: "user as password on another host" },
      { value: `postgres://app:${pw}@localhost:5432/app`, secret: pw, name: "a real password to localhost" },
    ],
    invalid: [
      { value: "postgresql://app@db.example.com/app", name: "no password" },
      { value: "postgresql://app:changeme@db.example.com/app", name: "placeholder password" },
      { value: "postgresql:///app?host=/var/run/postgresql", name: "socket URI" },
      { value: "postgres://app:app@localhost:5432/app", name: "a development default: user as password on localhost" },
      { value: "redis://default:default@127.0.0.1:6379/0", name: "a development default on 127.0.0.1" },
      { value: "postgresql://postgres:postgres@[::1]/postgres", name: "a development default on ::1" },
    ],
  },
  {
    detector: "http-authorization-credential",
    valid: [
      { value: `+ curl -H 'Authorization: Bearer ${base62Run(40, 5)}' https://api.acme-corp.com`, secret: base62Run(40, 5) },
      { value: `Authorization: Basic ${Buffer.from("ci:" + base62Run(16, 6)).toString("base64")}`, secret: Buffer.from("ci:" + base62Run(16, 6)).toString("base64") },
    ],
    invalid: [
      { value: "curl -H 'Authorization: Bearer YOUR_API_KEY' https://api.example.com", name: "a guide's stand-in" },
      { value: "Authorization: Bearer $API_TOKEN", name: "a shell variable" },
      { value: `the bearer ${base62Run(40, 7)} of this letter`, name: "no Authorization header" },
      { value: "Authorization: Basic Zm9vYmFy", name: "Basic without user:password" },
    ],
  },
  {
    detector: "url-query-token",
    valid: [
      { value: `https://api.example.com/v1/items?api_key=${base62Run(32, 3)}&page=2`, secret: base62Run(32, 3) },
      { value: `https://cdn.example.com/f.png?token=${urlSafeRun(40, 3)}`, secret: urlSafeRun(40, 3) },
    ],
    invalid: [
      { value: "https://example.com/?page=2&sort=asc", name: "ordinary parameters" },
      { value: "https://example.com/?token=abc", name: "short token" },
      { value: "https://example.com/?key=aaaaaaaaaaaaaaaaaaaaaaaa", name: "low entropy" },
      { value: `https://example.com/?token_type=${base62Run(32)}`, name: "metadata name" },
    ],
  },
  {
    detector: "libpq-password",
    valid: [
      { value: `host=db.example.com port=5432 dbname=app user=app password=${pw}`, secret: pw },
      { value: `dbname=app password = 'p\\'w d'`, secret: "p\\'w d" },
      { value: `İİİ host=db user=app password=${pw}`, secret: pw, name: "after characters whose lower case is longer" },
    ],
    invalid: [
      { value: `password=${pw}`, name: "no other conninfo keyword" },
      { value: "host=db user=app password=", name: "empty password" },
      { value: "host=db user=app", name: "no password" },
      { value: `postgres://h/app?host=x&password=${pw}`, name: "URI query parameter is the URI detector's" },
    ],
  },
  {
    // Issue 11 item 15: a JDBC URL with a password is its own detector and label, not "libpq keyword/value".
    detector: "jdbc-url-password",
    valid: [
      { value: `jdbc:h2:tcp://10.1.2.3:9092/~/crm;USER=sa;PASSWORD=${pw}`, secret: pw, name: "H2 properties after ;" },
      { value: `jdbc:postgresql://db.example.com:5432/app?user=app&password=${pw}&ssl=true`, secret: pw, name: "query parameters" },
      { value: `{"db":"jdbc:sqlserver://sql1;databaseName=app;user=sa;pwd=${pw}"}`, secret: pw, name: "SQL Server, inside JSON text" },
    ],
    invalid: [
      { value: "jdbc:h2:mem:archive;USER=sa;PASSWORD=", name: "empty password" },
      { value: "jdbc:postgresql://db.example.com/app?user=app&password=REDACTED", name: "placeholder" },
      { value: "jdbc:postgresql://db.example.com/app?user=app", name: "no password" },
      { value: `password=${pw} in prose, not a JDBC URL`, name: "no jdbc: prefix" },
    ],
  },
  {
    detector: "odbc-connection-password",
    valid: [
      { value: `Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql1,1433;Database=app;Uid=app;Pwd=${pw};`, secret: pw, name: "ODBC" },
      { value: `Data Source=sql1;Initial Catalog=app;User ID=app;Password=${pw}`, secret: pw, name: "ADO.NET" },
    ],
    invalid: [
      { value: "Driver={PostgreSQL};Server=db;Uid=app;Pwd=;", name: "empty password" },
      { value: `the Password=${pw} is changed yearly`, name: "no ODBC keyword beside it" },
    ],
  },
  {
    detector: "dotenv-secret",
    valid: [
      { value: `APP_ENV=production\nSECRET_KEY_BASE=${hexRun(64, 21)}\nPORT=3000\n`, secret: hexRun(64, 21), name: "a Rails secret in a stored .env" },
      { value: `# prod\r\nexport DB_PASSWORD="${pw}"\r\n\r\nLOG_LEVEL=info`, secret: pw, name: "export, quotes, CRLF, comments and blank lines" },
    ],
    invalid: [
      { value: `APP_ENV=staging\nSECRET_KEY_BASE=REDACTED\nDB_PASSWORD=\${DB_PASSWORD}\nJWT_SECRET=changeme`, name: "placeholders and references" },
      { value: `PASSWORD_MIN_LENGTH=12\nTOKEN_TTL=3600\nAPI_KEY_HEADER=X-Api-Key`, name: "names that say nothing about the value" },
      { value: `SECRET_KEY_BASE=${hexRun(64, 21)}`, name: "one line: a key/value pair, judged by its column" },
      { value: `Set SECRET_KEY_BASE=${hexRun(64, 21)}\nthen restart`, name: "prose around it" },
      { value: `APP_ENV=production\nSECRET_KEY_BASE=${hexRun(64, 21)}`, context: { clause: "comment" }, name: "not a row value" },
    ],
  },
  {
    detector: "secret-assignment-in-text",
    valid: [
      { value: `-- settings from prod: {"db_password": "${pw}"}`, secret: pw, context: { clause: "comment" }, name: "JSON-ish pair in a comment" },
      { value: `BEGIN\n  api_key := '${pw}';\nEND`, secret: pw, context: { clause: "routine-body" }, name: "plpgsql assignment" },
    ],
    invalid: [
      { value: `{"db_password": "${pw}"}`, context: { clause: "row", schema: "public", table: "t", column: "c" }, name: "row data is judged by its JSON keys instead" },
      { value: `-- {"password_hint": "${pw}"}`, context: { clause: "comment" }, name: "a name about the secret" },
      { value: `-- {"db_password": "REDACTED"}`, context: { clause: "comment" }, name: "placeholder" },
      { value: `-- {"key": "${pw}"}`, context: { clause: "comment" }, name: "a weak name" },
      { value: `-- password: 'must be long'`, context: { clause: "comment" }, name: "prose value" },
    ],
  },
  {
    detector: "directus-static-token",
    valid: [{ value: base62Run(32), context: { clause: "row", schema: "public", table: "directus_users", column: "token" } }],
    invalid: [
      { value: base62Run(32), context: { clause: "row", schema: "public", table: "users", column: "token" }, name: "other table" },
      { value: "REDACTED", context: { clause: "row", schema: "public", table: "directus_users", column: "token" }, name: "placeholder" },
    ],
  },
  {
    detector: "bcrypt-hash",
    valid: [{ value: T.bcrypt("2b") }, { value: T.bcrypt("2a") }, { value: T.bcrypt("2y") }],
    invalid: [{ value: "$2b$12$" + "short", name: "short hash" }, { value: T.bcrypt("2z"), name: "unknown variant" }],
  },
  { detector: "argon2-hash", valid: [{ value: T.argon2() }], invalid: [{ value: "$argon" + "2id$v=19$", name: "truncated" }] },
  {
    detector: "scrypt-hash",
    valid: [{ value: T.scryptPasslib() }, { value: T.scryptWerkzeug() }],
    invalid: [{ value: "scr" + "ypt:32768:8:1", name: "parameters only" }],
  },
  {
    detector: "pbkdf2-hash",
    valid: [{ value: T.pbkdf2Django() }, { value: T.pbkdf2Werkzeug() }],
    invalid: [{ value: "pbkdf2" + "_sha256 is the default hasher", name: "name in prose" }],
  },
  {
    detector: "scram-sha-256-verifier",
    valid: [{ value: T.scram(), context: { clause: "role-password" } }, { value: T.scram() }],
    invalid: [{ value: "SCRAM" + "-SHA-256$4096:", name: "truncated" }],
  },
  {
    detector: "md5-role-password",
    valid: [{ value: T.md5Role(), context: { clause: "role-password" } }, { value: T.md5Role(), context: { ...row, column: "rolpassword" } }],
    invalid: [
      { value: T.md5Role(), name: "md5 + hex in an ordinary column" },
      { value: "md5" + hexRun(31), context: { clause: "role-password" }, name: "31 hex" },
    ],
  },
  {
    detector: "phpass-hash",
    valid: [{ value: T.phpass("P", "B") }, { value: T.phpass("H", "9") }, { value: T.phpass("S", "D") }, { value: `user_pass=${T.phpass()};`, secret: T.phpass() }],
    invalid: [
      { value: T.phpass().slice(0, -1), name: "one character short" },
      { value: T.phpass() + "x", name: "one character long" },
      { value: "$Q$" + T.phpass().slice(3), name: "unknown marker" },
      { value: "price: $P$ per unit", name: "prices" },
    ],
  },
  {
    detector: "crypt-hash",
    valid: [{ value: T.sha512crypt() }, { value: T.md5crypt() }, { value: T.yescrypt() }],
    invalid: [{ value: "$6$salt$", name: "empty hash" }, { value: "costs $1$ or $5$ or $6$", name: "prices" }],
  },
];

describe("detector registry", () => {
  it("has at least 40 detectors with unique ids", () => {
    const ids = allDetectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });
  it("gives every detector a description and a help text saying what to do", () => {
    for (const d of allDetectors) {
      expect(d.description.length, d.id).toBeGreaterThan(8);
      expect(d.help?.length ?? 0, d.id).toBeGreaterThan(20);
    }
  });
  it("has a positive and a near-miss case for every detector", () => {
    const covered = new Set(cases.filter((c) => c.valid.length > 0 && c.invalid.length > 0).map((c) => c.detector));
    expect(allDetectors.map((d) => d.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

for (const c of cases) {
  describe(c.detector, () => {
    for (const [i, v] of c.valid.entries()) {
      it(`reports ${v.name ?? `valid #${i + 1}`}`, () => {
        const hits = findSecrets(v.value, v.context ?? row, allDetectors).filter((h) => h.detector.id === c.detector);
        expect(hits.map((h) => h.secret)).toEqual([v.secret ?? v.value]);
      });
    }
    for (const v of c.invalid) {
      it(`does not report ${v.name}`, () => {
        const detector = allDetectors.find((d) => d.id === c.detector)!;
        expect(detector.find(v.value, v.context ?? row)).toEqual([]);
      });
    }
  });
}
