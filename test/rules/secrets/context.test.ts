import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allDetectors } from "../../../src/rules/secrets/detectors/index.js";
import { findSecrets } from "../../../src/rules/secrets/find-secrets.js";
import { canHoldSecret, namedValueVerdict } from "../../../src/rules/secrets/named-value.js";
import { isPlaceholder, isPlaceholderHash, saysItIsNotReal } from "../../../src/rules/secrets/placeholder.js";
import { secretNameStrength } from "../../../src/rules/secrets/secret-name.js";
import { statementStrings } from "../../../src/rules/secrets/statement-strings.js";
import { statementObject } from "../../../src/rules/secrets/statement-object.js";
import { hasBase62Crc32Checksum, crc32 } from "../../../src/rules/secrets/crc32.js";
import { crc32 as zlibCrc32 } from "node:zlib";
import { T, base62Run, hexRun } from "./fake-tokens.js";

describe("secretNameStrength", () => {
  it.each([
    ["password", "strong"],
    ["userPassword", "strong"],
    ["api-key", "strong"],
    ["AUTH_TOKEN", "strong"],
    ["apiKey", "strong"],
    ["client_secret", "strong"],
    ["tfa_secret", "strong"],
    ["otp_secret", "strong"],
    ["session_token", "strong"],
    ["cookie", "strong"],
    ["PRIVATE_KEY", "strong"],
    ["access_key", "strong"],
    ["credentials", "strong"],
    ["authtoken", "strong"],
    ["dbpassword", "strong"],
    ["password_hash", "strong"],
    ["encrypted_password", "strong"],
    ["auth", "strong"],
    ["device_key", "weak"],
    // `site` makes a weak name public (reCAPTCHA, hCaptcha, Turnstile site keys sit in every page), not a strong one.
    ["recaptcha_secret_key", "strong"],
    ["site_secret", "strong"],
    ["site_api_key", "strong"],
    // `pass` as the last word is a password (`SMTP_PASS`, nodemailer's `pass`, WordPress's `user_pass`).
    ["SMTP_PASS", "strong"],
    ["db_pass", "strong"],
    ["pass", "strong"],
    ["user_pass", "strong"],
    ["mailserver_pass", "strong"],
    // `at`/`on` say when only as the last word (real lane, stop 24: Mattermost's SqlSettings.AtRestEncryptKey).
    ["AtRestEncryptKey", "strong"],
    ["encrypt_key", "strong"],
    ["key_at_rest", "weak"],
    // A salt that keys what a server signs (real lane, stop 25): Mattermost's public-link HMAC key, WordPress's cookie and nonce keys.
    ["PublicLinkSalt", "strong"],
    ["auth_salt", "strong"],
    ["secure_auth_salt", "strong"],
    ["logged_in_salt", "strong"],
    ["nonce_salt", "strong"],
  ] as const)("%s is %s", (name, strength) => {
    expect(secretNameStrength(name)).toBe(strength);
  });
  it.each(["password_changed_at", "token_type", "api_key_id", "secret_question", "token_expires_at", "password_hint", "public_key", "author", "email", "sha256_hash", "checksum", "id", "keyword", "passwordless", "idempotency_key", "cache_key", "object_key", "sortKey", "auth_provider", "auth_method", "cookie_consent", "password_policy_level", "token_hash", "api_key_digest", "secret_sha256", "salt", "password_salt", "token_salt", "scratch_salt", "encrypted_value_salt", "salt_link", "site_key", "recaptcha.site_key", "hcaptcha_site_key", "turnstileSiteKey", "boarding_pass", "season_pass", "pass_rate", "pass_mark", "bypass", "compass", "passenger", "pass_count", "PASSWORD_RESET_TIMEOUT", "token_refresh_interval", "accessTokenLifespan", "actionTokenGeneratedByAdminLifespan", "key_p256dh", "p256dh_key", "_order_key", "order_key", "consumer_key", "password_set_on", "token_revoked_at", "secret_rotated_at"])(
    "%s is not secret-named",
    (name) => {
      expect(secretNameStrength(name)).toBeUndefined();
    },
  );
});

describe("isPlaceholder", () => {
  it.each(["", "  ", "REDACTED", "[redacted]", "***", "********", "xxxx", "XXXXXXXX", "changeme", "0000", "${DB_PASSWORD}", "<password>", "{{ secret }}", "%(pw)s", "x-x-x"])(
    "%j is a placeholder",
    (v) => {
      expect(isPlaceholder(v)).toBe(true);
    },
  );
  it.each(["hunter2", "Tr0ub4dor&3", "ab", "redacted-but-not-really-123"])("%j is not a placeholder", (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
  it.each(["not-a-real-password", "NotARealPassword", "not a valid api key", "not_real", "  Not-A-Real-Token ", "fake-password", "dummy_secret", "bogus.api.key"])(
    "%j says it is not real: a placeholder",
    (v) => {
      expect(saysItIsNotReal(v)).toBe(true);
      expect(isPlaceholder(v)).toBe(true);
    },
  );
  // Stand-ins that say so with other words, and markers framed by mask characters (scan, stop 18).
  it.each(["example_api_key", "sample-secret", "placeholder-token", "EXAMPLE_SECRET", "REDACTED_SECRET", "redacted-token", "CHANGEME_PASSWORD", "removed.api.key", "***REMOVED***", "__REDACTED__", "--removed--", "##SECRET##", "example_webhook_secret", "fake_db_password", "sample-client-signing-secret"])(
    "%j is a stand-in: a placeholder",
    (v) => {
      expect(isPlaceholder(v)).toBe(true);
    },
  );
  it.each(["example-Xk9q2", "sample_rate_secret_9", "Redacted4Ever!", "***REMOVED***x", "_hunter2_", "changeme123", "removed-secret-7f3k", "example_webhook_secret_2024", "fake_app_db_smtp_password"])("%j is not a stand-in", (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
  // Every word must belong to the disclaimer: a real secret that merely contains one is still a secret.
  it.each(["not-a-real-password-9fK2q", "Xk9#not-a-real-password", "not-a-real-password!", "not-a-real-password7", "notarealpassword", "not-a-password", "fake", "fake-password-hunter2", "nothing", "not a real password but the real one is hunter2", "bogus-token-value", "n\u00f6t-a-real-password"])(
    "%j is not a disclaimer",
    (v) => {
      expect(saysItIsNotReal(v)).toBe(false);
      expect(isPlaceholder(v)).toBe(false);
    },
  );
  // Setup guides and seed files ask for the reader's own credential: a stand-in, as any reader sees.
  it.each(["YOUR_GOOGLE_CLIENT_SECRET", "your-api-key", "your_api_key_here", "YourSecretKey", "INSERT_YOUR_TOKEN_HERE", "enter your password", "your webhook url here", " Your-Access-Token "])(
    "%j asks for the reader's own credential: a placeholder",
    (v) => {
      expect(saysItIsNotReal(v)).toBe(true);
      expect(isPlaceholder(v)).toBe(true);
    },
  );
  // Only `your` + words ending in a credential noun or `here`: anything else may be the credential itself.
  it.each(["your", "your_key9", "YOUR_S3CR3T_KEY", "yourapikey", "your-mom-says-hi", "your_here", "insert_token_here", "your-api-key-Xk9q2", "your_very_long_winded_google_client_secret", "my_api_key_here"])(
    "%j does not ask for the reader's own credential",
    (v) => {
      expect(saysItIsNotReal(v)).toBe(false);
      expect(isPlaceholder(v)).toBe(false);
    },
  );
  // A sanitizer that kept the issuer prefix and replaced the random part (scan, stop 18: `sk_test_REDACTED` under
  // STRIPE_SECRET_KEY was a clean dump's error).
  it.each(["sk_test_REDACTED", "sk_live_************", "xoxb-REDACTED", "SG.REDACTED", "ghp_xxxxxxxxxxxxxxxxxxxx", "sk-ant-api03-Redacted", " whsec_MASKED ", "dop_v1_XXXXXXXX"])(
    "%j kept only its issuer prefix: a placeholder",
    (v) => {
      expect(isPlaceholder(v)).toBe(true);
    },
  );
  // Stand-ins by shape (scan, stop 19: errors on clean Spring, Rails/Doorkeeper, Vault and webhook probes).
  it.each([
    "$2a$12$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDAC",
    "{bcrypt}$2a$10$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDAC",
    "{noop}secret",
    "{cipher}REDACTED",
    "00000000-0000-0000-0000-000000000000",
    "whsec_test_secret_do_not_use",
    "DO-NOT-USE",
  ])("%j is a stand-in by its shape", (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(["{noop}Xk9q2LmP", "{cipher}AQBk9Xq2LmPz0d8", "$2a$12$REDACTEDREDACTEDxk9Q2lmPz0d8AbCdEfGhIjKlMnOpQrStUvWx", "00000000-0000-0000-0000-000000000001", "12-12-12", "hunter2_do_not_use", "do not use me", "REDACTED"])(
    "%j is not a stand-in by its shape",
    (v) => {
      if (v === "REDACTED") expect(isPlaceholder(v)).toBe(true);
      else expect(isPlaceholder(v)).toBe(false);
    },
  );
  it("a token format whose body is one character repeated is a stand-in (a guide's `sk_live_xxxx…`, Slack's documented webhook)", () => {
    const ids = (v: string) => findSecrets(v, { clause: "row", column: "body_html" }, allDetectors).map((h) => h.detector.id);
    expect(ids("export ACME_API_KEY=sk_live_" + "x".repeat(24))).toEqual([]);
    expect(ids("https://hooks.slack.com/services/T00000000/B00000000/" + "X".repeat(24))).toEqual([]);
    expect(ids("export ACME_API_KEY=" + T.stripeLive())).toEqual(["stripe-live-secret-key"]);
    expect(ids("https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF2/" + base62Run(24))).toEqual(["slack-webhook-url"]);
  });
  it.each(["cs_" + "0".repeat(40), "sk_live_" + "0".repeat(24), "ck_00000000"])("%j keeps only its prefix, a long run of zeros after it (a sanitized WooCommerce consumer_secret)", (v) => {
    expect(isPlaceholder(v)).toBe(true);
    expect(namedValueVerdict(v, "consumer_secret")).toBeUndefined();
  });
  it.each(["sk_live_REDACTEDx9", "sk_live_Xk9qREDACTED", "my-very-long-prefix_REDACTED", "sk_live_xxXX", "REDACTED_Xk9q2LmP", "prod_hunter2_REDACTED_tail", "sk_live_ab", "Summer2024!_masked", "key_0000000", "pin_000", "cs_00000000x", "cs_10000000000"])("%j is not a kept prefix", (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
  it.each(["REPLACE_ME", "replace-me", "ReplaceMe", "FIXME", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"])("%j is a stand-in (a template word, or AWS's or a TOTP guide's documented example)", (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  // The documented examples end in upper-case EXAMPLE; a real value merely containing the word is not one.
  it.each(["AKIAIOSFODNN7EXAMPLX", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYexamplekey", "EXAMPLE-9fK2qLm3pR7s", "replace-me-9fK2q", "JBSWY3DPEHPK3PXQ", "KRUGS4ZANFZSAYJAONSWG4TFOQ"])("%j is not a stand-in", (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
  it("takes a phpass hash whose salt and digest are a stand-in as a placeholder hash, and a real one not", () => {
    expect(isPlaceholderHash("$P$B" + "x".repeat(30))).toBe(true);
    expect(isPlaceholderHash("$H$9" + "*".repeat(30))).toBe(true);
    expect(isPlaceholderHash(T.phpass())).toBe(false);
    expect(isPlaceholderHash("$P$")).toBe(false);
  });
  // isPlaceholder asks isPlaceholderHash with the hash as written: lower-cased, `$P$` was no phpass prefix, and a
  // stand-in hash under a password-named column (WordPress's `user_pass`) was reported as a credential.
  it("takes a stand-in phpass hash as a placeholder, as isPlaceholderHash does", () => {
    expect(isPlaceholder("$P$B" + "x".repeat(30))).toBe(true);
    expect(isPlaceholder(" $H$9" + "*".repeat(30))).toBe(true);
    expect(isPlaceholder(T.phpass())).toBe(false);
    expect(namedValueVerdict("$P$B" + "x".repeat(30), "user_pass")).toBeUndefined();
    expect(namedValueVerdict(T.phpass(), "user_pass")).toBe("secret-named");
  });
  it("takes extra markers case-insensitively", () => {
    expect(isPlaceholder("__SANITIZED__", ["__sanitized__"])).toBe(true);
  });
});

describe("namedValueVerdict and canHoldSecret", () => {
  it("needs randomness under a weak name, not under a strong one", () => {
    expect(namedValueVerdict("abc", "password")).toBe("secret-named");
    expect(namedValueVerdict("abc", "device_key")).toBeUndefined();
    expect(namedValueVerdict(base62Run(24), "device_key")).toBe("high-entropy");
  });
  it("never takes a hex signature under a signature's name as a credential (real lane, stop 25: Gitea's delivered webhook headers)", () => {
    const hex64 = "3f7a1c9e5b2d4f6081a3c5e7092b4d6f8a1c3e5079b2d4f6a8c0e2f4b6d8f0a2";
    expect(namedValueVerdict(hex64, "X-Gitea-Signature")).toBeUndefined();
    expect(namedValueVerdict("sha256=" + hex64, "X-Hub-Signature-256")).toBeUndefined();
    expect(namedValueVerdict("sha1=" + hex64.slice(0, 40), "X-Hub-Signature")).toBeUndefined();
    // A key beside the word, or a signature that is not a hex digest (PayPal's API credential), stays weak.
    expect(namedValueVerdict(hex64, "sig_key")).toBe("high-entropy");
    expect(namedValueVerdict(hex64, "hmac")).toBe("high-entropy");
    expect(namedValueVerdict(base62Run(56), "api_signature")).toBe("high-entropy");
  });
  it("never takes prose or a URL under a weak name as high entropy", () => {
    expect(namedValueVerdict("The quick brown fox jumps over 13 lazy dogs", "device_key")).toBeUndefined();
    expect(namedValueVerdict("https://cdn.example.com/a/b/c.png", "device_key")).toBeUndefined();
  });
  it("never takes a Stripe publishable key (public by design) as a credential, whatever its name", () => {
    for (const name of ["stripe_publishable_key", "stripe_key", "stripe_secret"]) {
      expect(namedValueVerdict("pk_live_51HqLyjWDarjtT1zdp7dcTYooMQauvdED", name), name).toBeUndefined();
      expect(namedValueVerdict("pk_test_TYooMQauvdEDq54NiTphI7jx", name), name).toBeUndefined();
    }
    // A secret key under the same names still is one, and "publishable" is a word about the key, not a credential.
    expect(namedValueVerdict("sk_live_51HqLyjWDarjtT1zdp7dcTYooMQauvdED", "stripe_key")).toBe("high-entropy");
    expect(namedValueVerdict("sk_live_51HqLyjWDarjtT1zdp7dcTYooMQauvdED", "stripe_secret")).toBe("secret-named");
    expect(namedValueVerdict(base62Run(24), "publishable_key")).toBeUndefined();
  });
  it("never takes PostHog's project key or Mapbox's public token (public by design) as a credential; their secret kinds stay", () => {
    expect(namedValueVerdict("phc_" + base62Run(43), "posthog_key")).toBeUndefined();
    expect(namedValueVerdict("pk.eyJ1IjoiYWNtZSIsImEiOiJjbHgxMjM0NTYifQ.S2VlcFRoaXNQdWJsaWNUb2tlbg", "mapbox_access_token")).toBeUndefined();
    expect(namedValueVerdict("phx_" + base62Run(43), "posthog_key")).toBe("high-entropy");
    expect(namedValueVerdict("sk.eyJ1IjoiYWNtZSIsImEiOiJjbHgxMjM0NTYifQ.S2VlcFRoaXNQdWJsaWNUb2tlbg", "mapbox_access_token")).toBe("secret-named");
  });
  it("never takes a switch's value as a credential, in any case (scan, stop 18: Odoo's reset_password = True)", () => {
    for (const value of ["True", "FALSE", "yes", "No", "off", "Enabled", " true "]) expect(namedValueVerdict(value, "auth_signup.reset_password"), value).toBeUndefined();
    expect(namedValueVerdict("Truely-S3cret", "password")).toBe("secret-named");
  });
  // real lane, stop 20: seeded stand-ins numbered by row were clean dumps' errors (Mastodon's oauth_access_tokens.token
  // `token-12`, oauth_applications.secret `secret-3`, GitLab's users.feed_token `feed-token-7`, Nextcloud's oauth2 secret).
  it("takes a value spelled from its own name's words and a row number as a stand-in", () => {
    for (const [value, name] of [["token-12", "token"], ["secret-3", "secret"], ["feed-token-7", "feed_token"], ["incoming-40", "incoming_email_token"], ["health-check-token", "health_check_access_token"], ["API_KEY_2", "api_key"], ["Secret-1", "client_secret"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBeUndefined();
    }
    // A real weak password stays one: a word alone, digits without a separator, another word, a random token.
    for (const [value, name] of [["admin", "admin_password"], ["admin123", "admin_password"], ["token-1-2", "token"], ["tOkEn-1", "token"], ["x9Kq2-token", "token"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBe("secret-named");
    }
    expect(namedValueVerdict("token-" + base62Run(20), "device_token")).toBe("secret-named");
  });
  // real lane, stop 24: Mattermost's unquoted names run their words together (oauthaccessdata.refreshtoken).
  it("reads a run-together name's parts as its words: `refresh-3` under refreshtoken", () => {
    for (const [value, name] of [["refresh-3", "refreshtoken"], ["refresh-token-3", "refreshtoken"], ["client-secret-2", "clientsecret"], ["Secret-7", "mfasecret"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBeUndefined();
    }
    // Not a part at a word's start or end, a part shorter than three letters, another word: still a credential.
    for (const [value, name] of [["fresh-3", "refreshtoken"], ["re-3", "refreshtoken"], ["my-password-1", "password"], ["refreshtoken-1-2", "refreshtoken"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBe("secret-named");
    }
  });
  // real lane, stop 25 (revising stop 24's call): Mattermost's sanitized tokens.token = `reset-token-9`. A generated credential
  // (a token, a client secret, an API key) is never words: beside one of its name's words and the row's number, a word of
  // its own still makes a stand-in. A password's name keeps `my-password-1` a person's weak password.
  it("takes a numbered stand-in with one word of its own under a generated credential's name, never under a password's", () => {
    for (const [value, name] of [["reset-token-9", "token"], ["token-abc-1", "token"], ["invite-secret-4", "client_secret"], ["test-key-2", "api_key"], ["RESET_TOKEN_12", "token"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBeUndefined();
    }
    for (const [value, name] of [["my-password-1", "password"], ["my-token-1", "password"], ["reset-token", "token"], ["reset-login-token-9", "token"], ["my-secret-1-2", "secret"], ["abc-def-1", "token"], ["verylongwordhere-token-1", "token"], ["Reset-tOken-9", "token"]]) {
      expect(namedValueVerdict(value!, name), `${value} under ${name}`).toBe("secret-named");
    }
  });
  // real lane, stop 20: a sanitized GitLab dump had 11 errors on attr_encrypted ciphertext and IVs
  // (application_settings.encrypted_akismet_api_key / _iv, users.encrypted_otp_secret, web_hooks.encrypted_token, …).
  it("takes base64 or hex under a name that says encrypted, and Nextcloud's ICrypto form under any name, as ciphertext", () => {
    const b64 = "q1nGcY8vS0m+H3k2ZpT7wXr4LdA9uE6bJfN5tKoV/iQ=";
    for (const name of ["encrypted_akismet_api_key", "encrypted_otp_secret_iv", "runners_registration_token_encrypted", "token_encrypted", "encryptedPassword"]) {
      expect(namedValueVerdict(b64, name), name).toBeUndefined();
      expect(namedValueVerdict("kR2v9Xq1LmPz0d8A", name), name).toBeUndefined();
    }
    const icrypto = `${b64.slice(0, -1).repeat(3)}=|${"0123456789abcdef".repeat(2)}|${"89abcdef01234567".repeat(8)}|3`;
    expect(namedValueVerdict(icrypto, "password")).toBeUndefined();
    expect(namedValueVerdict(icrypto, "inbound_password")).toBeUndefined();
    // Not ciphertext: a plain password under an encrypted name, the same base64 under a plain name, a damaged ICrypto value.
    expect(namedValueVerdict("Summer2024!", "encrypted_password")).toBe("secret-named");
    // An unsalted digest in hex under a password name: legacy apps kept MD5/SHA-1 of the password as `encrypted_password`.
    for (const digest of ["5f4dcc3b5aa765d61d8327deb882cf99", "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8", "5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8"]) {
      expect(namedValueVerdict(digest, "encrypted_password"), digest).toBe("secret-named");
    }
    expect(namedValueVerdict("5f4dcc3b5aa765d61d8327deb882cf99", "encrypted_token")).toBeUndefined();
    expect(namedValueVerdict(b64, "api_key")).toBe("secret-named");
    expect(namedValueVerdict(b64, "otp_secret")).toBe("secret-named");
    expect(namedValueVerdict(icrypto.replace("|3", "!3"), "password")).toBe("secret-named");
    // A last word `encrypt` says so too (real lane, stop 25: Gitea's LDAP source keeps BindPasswordEncrypt, hex AES-CFB under
    // SECRET_KEY); `encrypt` before `key` names the key itself (Mattermost's AtRestEncryptKey).
    const hexCipher = "9c1f0e5a7b3d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";
    expect(namedValueVerdict(hexCipher, "BindPasswordEncrypt")).toBeUndefined();
    expect(namedValueVerdict("Summer2024!", "BindPasswordEncrypt")).toBe("secret-named");
    expect(namedValueVerdict("kR2v9Xq1LmPz0d8AkR2v9Xq1LmPz0d8A", "AtRestEncryptKey")).toBe("secret-named");
  });
  it("never takes a UUID or a low-entropy string as high entropy", () => {
    expect(namedValueVerdict("3f2504e0-4f89-41d3-9a0c-0305e82c3301", "device_key")).toBeUndefined();
    expect(namedValueVerdict("abababababababababababab", "device_key")).toBeUndefined();
  });
  it.each([
    ["text", true],
    ["character varying(255)", true],
    ["jsonb", true],
    ["text[]", true],
    [undefined, true],
    ["integer", false],
    ["timestamp with time zone", false],
    ["boolean", false],
    ["bigint[]", false],
  ] as const)("type %s can hold a secret: %s", (type, expected) => {
    expect(canHoldSecret(type)).toBe(expected);
  });
});

describe("crc32 and the base-62 checksum", () => {
  it("agrees with zlib's CRC-32", () => {
    for (const s of ["", "a", "abc", base62Run(30), "The quick brown fox"]) expect(crc32(s)).toBe(zlibCrc32(s));
  });
  it("accepts a checksummed token body and rejects a flipped one", () => {
    expect(hasBase62Crc32Checksum(T.ghp().slice(4))).toBe(true);
    expect(hasBase62Crc32Checksum(T.ghp(true).slice(4))).toBe(false);
  });
});

describe("statementStrings", () => {
  it("names the option of each FDW option literal", () => {
    const strings = statementStrings("CREATE USER MAPPING FOR app SERVER s OPTIONS (\n    \"user\" 'app',\n    password 'pw'\n);", "CREATE USER MAPPING");
    expect(strings.map((s) => [s.value, s.context.clause, s.context.optionName])).toEqual([
      ["app", "user-mapping-option", "user"],
      ["pw", "user-mapping-option", "password"],
    ]);
  });
  it("takes the SET parameter and set_config's first argument as the name", () => {
    expect(statementStrings("SET app.api_token = 'v';", "SET").map((s) => s.context.optionName)).toEqual(["app.api_token"]);
    expect(statementStrings("SELECT pg_catalog.set_config('app.secret', 'v', false);", "SELECT").map((s) => [s.value, s.context.clause, s.context.optionName])).toEqual([
      ["app.secret", "set", undefined],
      ["v", "set", "app.secret"],
    ]);
  });
  it("names the parameter of ALTER ROLE … SET name TO 'value'", () => {
    expect(statementStrings(`ALTER ROLE app SET "app.api_token" TO 'v';`, "ALTER ROLE").map((s) => [s.context.clause, s.context.optionName])).toEqual([["set", "app.api_token"]]);
  });
  it("marks role passwords, subscription connections, defaults, comments and dollar bodies", () => {
    expect(statementStrings("ALTER ROLE a WITH LOGIN PASSWORD 'x';", "ALTER ROLE").map((s) => s.context.clause)).toEqual(["role-password"]);
    expect(statementStrings("CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p WITH (slot_name = 'x');", "CREATE SUBSCRIPTION").map((s) => s.context.clause)).toEqual([
      "subscription-connection",
      "statement",
    ]);
    expect(statementStrings("ALTER TABLE ONLY t ALTER COLUMN c SET DEFAULT 'x'::text;", "ALTER TABLE").map((s) => s.context.clause)).toEqual(["default"]);
    const fn = statementStrings("CREATE FUNCTION f() RETURNS int AS $body$ select 1 -- note\n $body$ LANGUAGE sql; /* c */", "CREATE FUNCTION");
    expect(fn.map((s) => s.context.clause)).toEqual(["routine-body", "comment"]);
    expect(fn[0]!.rawOffset).toBe("$body$".length);
  });
});

describe("statementObject", () => {
  it.each([
    ["CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;", "CREATE SERVER", { kind: "server", name: "remote" }],
    ["CREATE USER MAPPING FOR app SERVER remote OPTIONS (password 'x');", "CREATE USER MAPPING", { kind: "user mapping", name: "app@remote" }],
    ["CREATE OR REPLACE FUNCTION public.f() RETURNS int AS 'select 1' LANGUAGE sql;", "CREATE FUNCTION", { kind: "function", schema: "public", name: "f" }],
    ["ALTER TABLE ONLY public.t ALTER COLUMN c SET DEFAULT 'x';", "ALTER TABLE", { kind: "column", schema: "public", table: "t", column: "c" }],
    ["COMMENT ON COLUMN public.t.c IS 'x';", "COMMENT ON", { kind: "comment", name: "public.t.c" }],
    ["CREATE SUBSCRIPTION sub CONNECTION 'x' PUBLICATION p;", "CREATE SUBSCRIPTION", { kind: "subscription", name: "sub" }],
    ["ALTER ROLE app WITH PASSWORD 'x';", "ALTER ROLE", { kind: "role", name: "app" }],
  ] as const)("%s", (text, kind, expected) => {
    expect(statementObject(text, kind)).toEqual(expected);
  });
});

describe("statementStrings and statementObject on arbitrary input", () => {
  it("never throw and keep every span inside the text", () => {
    const piece = fc.constantFrom("CREATE ", "USER MAPPING ", "FOR ", "SERVER ", "OPTIONS (", "password ", "'", "''", "$$", "$f$", "--", "/*", "*/", "\n", "SET ", " TO ", "=", ".", '"', "E'", "\\", ")", ";", "x");
    const kinds = fc.constantFrom("CREATE USER MAPPING", "ALTER ROLE", "SET", "SELECT", "COMMENT ON", "CREATE FUNCTION", "ALTER TABLE", "CREATE SUBSCRIPTION", "");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 30 }), kinds, (parts, kind) => {
        const text = parts.join("");
        for (const s of statementStrings(text, kind)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
        expect(typeof statementObject(text, kind)).toBe("object");
      }),
      { numRuns: 500 },
    );
  });
});

describe("findSecrets on arbitrary input", () => {
  it("never throws and every hit lies inside the value", () => {
    const pieces = fc.constantFrom("ghp_", "AKIA", "eyJ", "://", ":", "@", "-----BEGIN ", "PRIVATE KEY-----", "$2b$", "password=", "host=", "sig=", "sv=", "xoxb-", "SG.", ".", "$", "=", "/", "a", "Z", "9", hexRun(8), base62Run(12));
    const values = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(values, (value) => {
        const hits = findSecrets(value, { clause: "row", column: "password" }, allDetectors);
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(value.length);
          expect(h.secret).toBe(value.slice(h.start, h.end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
