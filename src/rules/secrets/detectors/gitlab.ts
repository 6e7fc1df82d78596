import { prefixedTokenDetector, isTokenChar } from "../prefixed-token.js";

const HELP = "revoke the token in GitLab and replace the value with a placeholder before hand-off";

/** GitLab token prefixes (GitLab docs, "Token prefixes"); bodies are 20 URL-safe characters, longer in newer routable tokens. */
const gitlab = (id: string, prefix: string, description: string) =>
  prefixedTokenDetector({ id, description, prefixes: [prefix], body: (c) => isTokenChar(c) || c === 0x2e, min: 20, max: 80, help: HELP });

export const gitlabPat = gitlab("gitlab-pat", "glpat-", "GitLab personal, project or group access token");
export const gitlabDeployToken = gitlab("gitlab-deploy-token", "gldt-", "GitLab deploy token");
export const gitlabRunnerToken = gitlab("gitlab-runner-token", "glrt-", "GitLab runner authentication token");
export const gitlabPipelineTriggerToken = gitlab("gitlab-pipeline-trigger-token", "glptt-", "GitLab pipeline trigger token");
