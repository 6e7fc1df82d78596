import type { Detector } from "../detector.js";
import { anthropicApiKey } from "./anthropic.js";
import { awsAccessKeyId, awsSecretAccessKey } from "./aws.js";
import { azureSasToken, azureStorageAccountKey } from "./azure.js";
import { deployHookUrl } from "./deploy-hooks.js";
import { directusStaticToken } from "./directus.js";
import { discordWebhookUrl } from "./discord.js";
import { gcpServiceAccountKey, googleApiKey, googleOauthClientSecret } from "./google.js";
import { githubFineGrainedPat, githubOauthToken, githubPatClassic, githubRefreshToken, githubServerToServerToken, githubUserToServerToken } from "./github.js";
import { gitlabDeployToken, gitlabPat, gitlabPipelineTriggerToken, gitlabRunnerToken } from "./gitlab.js";
import { jsonWebToken } from "./jwt.js";
import { jdbcUrlPassword, odbcConnectionPassword } from "./jdbc-odbc.js";
import { libpqPassword } from "./libpq.js";
import { assignedSecretInText } from "./text-assignment.js";
import { dotenvSecret } from "./dotenv.js";
import { mailgunApiKey } from "./mailgun.js";
import { npmAccessToken } from "./npm.js";
import { openaiApiKey } from "./openai.js";
import { argon2Hash, bcryptHash, cryptHash, md5RolePassword, pbkdf2Hash, phpassHash, scramSha256Verifier, scryptHash } from "./password-hashes.js";
import { opensshPrivateKey, pemPrivateKey, pgpPrivateKey, puttyPrivateKey } from "./private-keys.js";
import {
  databricksToken,
  digitaloceanToken,
  dockerHubToken,
  figmaToken,
  grafanaCloudToken,
  grafanaServiceAccountToken,
  groqApiKey,
  hashicorpVaultToken,
  huggingfaceToken,
  linearApiKey,
  notionToken,
  onePasswordServiceAccountToken,
  pypiUploadToken,
} from "./saas-tokens.js";
import { sendgridApiKey } from "./sendgrid.js";
import { shopifyAccessToken, shopifyCustomAppToken, shopifyPrivateAppToken, shopifySharedSecret } from "./shopify.js";
import { slackAppToken, slackBotToken, slackLegacyToken, slackUserToken, slackWebhookUrl } from "./slack.js";
import { teamsWebhookUrl } from "./teams.js";
import { telegramBotToken } from "./telegram.js";
import { stripeLiveSecretKey, stripeRestrictedKey, stripeTestSecretKey, stripeWebhookSecret } from "./stripe.js";
import { twilioApiKey } from "./twilio.js";
import { databaseUriPassword, urlBasicAuth } from "./urls.js";
import { urlQueryToken } from "./url-query-token.js";
import { httpAuthorizationCredential } from "./http-authorization.js";

/** Every known-format detector, in a fixed order (findings are sorted later; this order only breaks ties). */
export const allDetectors: readonly Detector[] = [
  awsAccessKeyId,
  awsSecretAccessKey,
  githubPatClassic,
  githubOauthToken,
  githubUserToServerToken,
  githubServerToServerToken,
  githubRefreshToken,
  githubFineGrainedPat,
  gitlabPat,
  gitlabDeployToken,
  gitlabRunnerToken,
  gitlabPipelineTriggerToken,
  slackBotToken,
  slackUserToken,
  slackAppToken,
  slackLegacyToken,
  slackWebhookUrl,
  discordWebhookUrl,
  teamsWebhookUrl,
  deployHookUrl,
  telegramBotToken,
  stripeLiveSecretKey,
  stripeRestrictedKey,
  stripeTestSecretKey,
  stripeWebhookSecret,
  googleApiKey,
  googleOauthClientSecret,
  gcpServiceAccountKey,
  azureStorageAccountKey,
  azureSasToken,
  twilioApiKey,
  sendgridApiKey,
  npmAccessToken,
  openaiApiKey,
  anthropicApiKey,
  mailgunApiKey,
  shopifyAccessToken,
  shopifyCustomAppToken,
  shopifyPrivateAppToken,
  shopifySharedSecret,
  huggingfaceToken,
  digitaloceanToken,
  hashicorpVaultToken,
  pypiUploadToken,
  dockerHubToken,
  linearApiKey,
  grafanaServiceAccountToken,
  grafanaCloudToken,
  databricksToken,
  notionToken,
  figmaToken,
  groqApiKey,
  onePasswordServiceAccountToken,
  jsonWebToken,
  pemPrivateKey,
  opensshPrivateKey,
  pgpPrivateKey,
  puttyPrivateKey,
  jdbcUrlPassword,
  odbcConnectionPassword,
  urlBasicAuth,
  databaseUriPassword,
  urlQueryToken,
  libpqPassword,
  directusStaticToken,
  assignedSecretInText,
  dotenvSecret,
  bcryptHash,
  argon2Hash,
  scryptHash,
  pbkdf2Hash,
  scramSha256Verifier,
  md5RolePassword,
  cryptHash,
  phpassHash,
  // Last: a JWT or a token format after `Bearer` is reported as what it is.
  httpAuthorizationCredential,
];
