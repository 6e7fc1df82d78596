import { crc32 } from "node:zlib";

/**
 * Real-shaped fake credentials, assembled at run time from pieces so that this repository's
 * source never contains a literal that other secret scanners would flag. Every value is
 * deterministic (no randomness): the "random" parts are slices of a fixed alphabet walk.
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * `length` characters of `alphabet` from a xorshift32 stream seeded by (seed, alphabet): distinct
 * seeds give unrelated strings, so two plants never share a run.
 */
function run(alphabet: string, length: number, seed: number): string {
  let x = (Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(alphabet.length, 0x85ebca6b)) >>> 0 || 1;
  let out = "";
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/** `length` base62 characters, varied by `seed`. */
export const base62Run = (length: number, seed = 7) => run(ALPHABET, length, seed);
export const hexRun = (length: number, seed = 3) => run("0123456789abcdef", length, seed);
export const base32Run = (length: number, seed = 1) => run("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length, seed);
export const base64Run = (length: number, seed = 5) => run(ALPHABET + "+/", length, seed);
export const urlSafeRun = (length: number, seed = 9) => run(ALPHABET + "-_", length, seed);
export const cryptRun = (length: number, seed = 2) => run("./" + ALPHABET, length, seed);

/** Base 62 with BigInt, independent of the implementation under test. */
function base62Of(n: number): string {
  let v = BigInt(n);
  let out = "";
  while (v > 0n) {
    out = ALPHABET[Number(v % 62n)] + out;
    v /= 62n;
  }
  return out.padStart(6, "0");
}

/** GitHub/npm 2021 token: prefix + 30 random + base62(CRC-32(random)); `badChecksum` flips the last character. */
export function checksummedToken(prefix: string, seed = 7, badChecksum = false): string {
  const random = base62Run(30, seed);
  let sum = base62Of(crc32(random));
  if (badChecksum) sum = sum.slice(0, 5) + (sum[5] === "A" ? "B" : "A");
  return prefix + random + sum;
}

const b64url = (s: string) => Buffer.from(s).toString("base64url");

export function jwt(header: object = { alg: "HS256", typ: "JWT" }): string {
  return [b64url(JSON.stringify(header)), b64url(JSON.stringify({ sub: "1234567890", name: "Test", iat: 1516239022 })), urlSafeRun(43)].join(".");
}

export const T = {
  awsKeyId: () => "AK" + "IA" + base32Run(16),
  awsStsKeyId: () => "AS" + "IA" + base32Run(16, 4),
  awsSecret: () => base64Run(40).replace(/^[^a-z]/, "a").slice(0, 39) + "Q",
  ghp: (bad = false) => checksummedToken("gh" + "p_", 7, bad),
  gho: () => checksummedToken("gh" + "o_", 8),
  ghu: () => checksummedToken("gh" + "u_", 9),
  ghs: () => checksummedToken("gh" + "s_", 10),
  ghr: () => checksummedToken("gh" + "r_", 11),
  ghFine: () => "github" + "_pat_" + base62Run(22, 1) + "_" + base62Run(59, 2),
  glpat: () => "gl" + "pat-" + urlSafeRun(20, 3).replace(/[-_]/g, "x"),
  gldt: () => "gl" + "dt-" + base62Run(20, 4),
  glrt: () => "gl" + "rt-" + base62Run(20, 5),
  glptt: () => "gl" + "ptt-" + hexRun(40, 6),
  slackBot: () => "xo" + "xb-" + "2345678901-3456789012-" + base62Run(24, 6),
  slackUser: () => "xo" + "xp-" + "2345678901-3456789012-4567890123-" + hexRun(32, 7),
  slackLegacy: () => "xo" + "xs-" + "2345678901-3456789012-" + base62Run(24, 8),
  slackApp: () => "xa" + "pp-1-A0123ABCDEF-4567890123456-" + hexRun(64, 8),
  slackWebhook: () => "https://hooks.slack" + ".com/services/T01234ABC/B05678DEF/" + base62Run(24, 9),
  discordWebhook: () => "https://discord" + ".com/api/webhooks/1187654321098765432/" + urlSafeRun(68, 10),
  teamsWebhook: () => "https://acmecorp.webhook.office" + ".com/webhookb2/7f3a9c2e-1b4d-4e8f-9a6b-2c5d8e1f4a7b@3e8f1a2b-4c5d-6e7f-8a9b-0c1d2e3f4a5b/Incoming" + "Webhook/" + hexRun(32, 11) + "/9b8a7c6d-5e4f-3a2b-1c0d-9e8f7a6b5c4d",
  telegramBot: () => "6123456789" + ":AA" + "Hk3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6",
  stripeLive: () => "sk" + "_live_" + base62Run(24, 10),
  stripeRestricted: () => "rk" + "_live_" + base62Run(99, 11),
  stripeTest: () => "sk" + "_test_" + base62Run(24, 12),
  stripeWebhook: () => "wh" + "sec_" + base62Run(32, 13),
  googleApiKey: () => "AI" + "za" + urlSafeRun(35, 14),
  googleClientSecret: () => "GOC" + "SPX-" + urlSafeRun(28, 15),
  azureConnection: () => "DefaultEndpointsProtocol=https;AccountName=acme;Account" + "Key=" + base64Run(86, 16) + "==;EndpointSuffix=core.windows.net",
  azureSas: () => "https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&s" + "ig=" + encodeURIComponent(base64Run(43, 17) + "="),
  twilio: () => "S" + "K" + hexRun(32, 18),
  sendgrid: () => "S" + "G." + urlSafeRun(22, 19) + "." + urlSafeRun(43, 20),
  npm: (bad = false) => checksummedToken("np" + "m_", 21, bad),
  openaiLegacy: () => "s" + "k-" + base62Run(20, 22) + "T3Blbk" + "FJ" + base62Run(20, 23),
  openaiProject: () => "s" + "k-proj-" + urlSafeRun(74, 24) + "T3Blbk" + "FJ" + urlSafeRun(74, 25),
  anthropic: () => "s" + "k-ant-api03-" + urlSafeRun(93, 26) + "AA",
  mailgun: () => "ke" + "y-" + hexRun(32, 27),
  shpat: () => "sh" + "pat_" + hexRun(32, 28),
  shpca: () => "sh" + "pca_" + hexRun(32, 29),
  shppa: () => "sh" + "ppa_" + hexRun(32, 30),
  shpss: () => "sh" + "pss_" + hexRun(32, 31),
  huggingface: () => "h" + "f_" + base62Run(40, 32).replace(/[0-9]/g, "q").slice(0, 34),
  digitalocean: () => "do" + "p_v1_" + hexRun(64, 33),
  vault: () => "hv" + "s." + urlSafeRun(90, 34),
  pypi: () => "py" + "pi-AgEIcHlwaS5vcmc" + urlSafeRun(60, 35),
  docker: () => "dc" + "kr_pat_" + urlSafeRun(27, 36),
  linear: () => "lin" + "_api_" + base62Run(40, 90),
  grafanaSa: () => "gl" + "sa_" + base62Run(32, 91) + "_" + hexRun(8, 92),
  grafanaCloud: () => "gl" + "c_" + Buffer.from(JSON.stringify({ o: "1", n: "stack-x", k: base62Run(24, 93), m: { r: "prod-eu-west-0" } })).toString("base64"),
  databricks: () => "da" + "pi" + hexRun(32, 94),
  notion: () => "nt" + "n_" + "4" + base62Run(45, 95),
  figma: () => "fi" + "gd_" + urlSafeRun(40, 96),
  groq: () => "gs" + "k_" + base62Run(52, 97),
  onePassword: () => "op" + "s_" + Buffer.from(JSON.stringify({ signInAddress: "my.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: base62Run(22, 98) }, email: "x@1passwordserviceaccounts.com", srpX: hexRun(64, 99) })).toString("base64"),
  jwt: () => jwt(),
  pem: (label = "PRIVATE KEY") => `-----BEGIN ${label}-----\n${base64Run(64, 37)}\n${base64Run(64, 38)}\n-----END ${label}-----`,
  putty: () =>
    "PuTTY-User-Key-" + "File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\n" + base64Run(64, 39) + "\nPrivate-Lines: 1\n" + base64Run(44, 40) + "\nPrivate-MAC: " + hexRun(64, 41),
  bcrypt: (variant = "2b") => "$" + variant + "$12$" + cryptRun(53, 42),
  argon2: () => "$argon" + "2id$v=19$m=65536,t=3,p=4$" + base64Run(22, 43) + "$" + base64Run(43, 44),
  scryptPasslib: () => "$scr" + "ypt$ln=16,r=8,p=1$" + base64Run(22, 45) + "$" + base64Run(43, 46),
  scryptWerkzeug: () => "scr" + "ypt:32768:8:1$" + base62Run(16, 47) + "$" + hexRun(128, 48),
  pbkdf2Django: () => "pbkdf2" + "_sha256$600000$" + base62Run(22, 49) + "$" + base64Run(43, 50) + "=",
  pbkdf2Werkzeug: () => "pbkdf2" + ":sha256:600000$" + base62Run(16, 51) + "$" + hexRun(64, 52),
  scram: () => "SCRAM" + "-SHA-256$4096:" + base64Run(22, 53) + "==$" + base64Run(43, 54) + "=:" + base64Run(43, 55) + "=",
  md5Role: () => "md" + "5" + hexRun(32, 56),
  sha512crypt: () => "$" + "6$" + cryptRun(16, 57) + "$" + cryptRun(86, 58),
  md5crypt: () => "$" + "1$" + cryptRun(8, 59) + "$" + cryptRun(22, 60),
  yescrypt: () => "$" + "y$j9T$" + cryptRun(24, 61) + "$" + cryptRun(43, 62),
  /** phpass: WordPress `$P$B` (count 2^13), phpBB `$H$9`, Drupal 7 `$S$D` (SHA-512). */
  phpass: (marker = "P", count = "B") => "$" + marker + "$" + count + cryptRun(marker === "S" ? 51 : 30, 63),
};
