import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { forbiddenSecrets } from "../../src/rules/forbidden-secrets.js";
import type { FindingInput } from "../../src/rules/rule.js";
import { T, base32Run, base62Run, base64Run, checksummedToken, hexRun, urlSafeRun } from "./secrets/fake-tokens.js";
import { runRule, type Feeder } from "./secrets/fake-rule-context.js";

const run = (feed: (send: Feeder) => void, options: unknown = {}) => runRule(forbiddenSecrets, options, feed);
const detectorsOf = (f: FindingInput) => (f.evidence ?? []).map((e) => e.detector);
const uuid = (i: number) => `${hexRun(8, i)}-${hexRun(4, i + 1)}-4${hexRun(3, i + 2)}-a${hexRun(3, i + 3)}-${hexRun(12, i + 4)}`;

/** Every planted value must stay out of what the rule reports, messages included. */
function expectNoClearValue(findings: FindingInput[], ...secrets: string[]) {
  const text = JSON.stringify(findings);
  for (const s of secrets) expect(text).not.toContain(s);
}

describe("forbidden-secrets on rows (invalid: must report)", () => {
  it("reports one finding per (detector, table, column) with the count and the first 3 rows", () => {
    const ranges: unknown[] = [];
    const tokens = [7, 8, 9, 10, 11].map((seed) => checksummedToken("gh" + "p_", seed));
    const findings = run((send) => {
      tokens.forEach((t, i) => ranges.push(send.row("public", "deploy_keys", ["id", "note"], ["integer", "text"], [String(i), `ci uses ${t}`], i)));
    });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(new Set(detectorsOf(f))).toEqual(new Set(["github-pat-classic"]));
    expect(f.count).toBe(5);
    expect(f.object).toEqual({ kind: "column", schema: "public", table: "deploy_keys", column: "note" });
    expect(f.range).toEqual(ranges[0]);
    expect(f.related?.map((r) => r.row)).toEqual([0, 1, 2]);
    expect(f.evidence).toHaveLength(3);
    expectNoClearValue(findings, ...tokens);
  });

  it("stays one readable finding for 20 000 leaked tokens in one column", () => {
    const findings = run((send) => {
      for (let i = 0; i < 20_000; i++) send.row("public", "sessions", ["note"], ["text"], [checksummedToken("gh" + "o_", i)], i);
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.count).toBe(20_000);
    expect(findings[0]!.evidence).toHaveLength(3);
    expect(findings[0]!.related).toHaveLength(3);
  });

  it("reports a webhook in a json cell that escapes its slashes", () => {
    const findings = run((send) => send.row("public", "cfg", ["doc"], ["json"], [JSON.stringify({ hook: T.slackWebhook() }).replace(/\//g, "\\/")]));
    expect(findings.map(detectorsOf)).toEqual([["slack-webhook-url"]]);
  });

  it("reports a token inside a jsonb cell at its key path", () => {
    const findings = run((send) => send.row("public", "integrations", ["config"], ["jsonb"], [JSON.stringify({ slack: { bot: T.slackBot() } })]));
    expect(findings.map(detectorsOf)).toEqual([["slack-bot-token"]]);
    expect(findings[0]!.object?.jsonPath).toBe("$.slack.bot");
    expectNoClearValue(findings, T.slackBot());
  });

  it("reports a token in a text[] element", () => {
    const findings = run((send) => send.row("public", "settings", ["keys"], ["text[]"], [`{plain,${T.stripeLive()}}`]));
    expect(findings.map(detectorsOf)).toEqual([["stripe-live-secret-key"]]);
  });

  it("reports a private key stored as UTF-8 text in a bytea cell", () => {
    const hex = "\\x" + Buffer.from(T.pem("OPENSSH PRIVATE KEY")).toString("hex");
    const findings = run((send) => send.row("public", "servers", ["ssh_key_file"], ["bytea"], [hex]));
    expect(findings.map(detectorsOf)).toEqual([["openssh-private-key"]]);
  });

  it("reports array elements of a secret-named text[] column", () => {
    const findings = run((send) => send.row("public", "integrations", ["api_keys"], ["text[]"], ["{first-key-1,second-key-2}"]));
    expect(findings.map(detectorsOf)).toEqual([["secret-named-column", "secret-named-column"]]);
    expect(findings[0]!.count).toBe(2);
  });

  it("reports a secret-named key in a JSON document that holds no token keyword", () => {
    const findings = run((send) => send.row("public", "users", ["settings"], ["json"], ['{"smtp": {"host": "mail", "passwd": "p4ss-w0rd"}}']));
    expect(findings.map((f) => [detectorsOf(f), f.object?.jsonPath])).toEqual([[["secret-named-json-key"], "$.smtp.passwd"]]);
  });

  // nodemailer's transport options and many settings JSONs name the password `pass`: the cell must be read for its
  // keys although it holds no other secret-name word (SECRET_NAME_HINTS), and `pass` as the last word says password.
  it("reports a password under a JSON key `pass` (nodemailer) or `…_pass`, not a boarding pass", () => {
    const findings = run((send) => {
      send.row("public", "integrations", ["config"], ["jsonb"], ['{"host": "mail", "auth": {"user": "app", "pass": "hunter2hunter2"}}']);
      send.row("public", "integrations", ["config"], ["jsonb"], ['{"SMTP_PASS": "Pr0dP4ssw0rd2024"}']);
      send.row("public", "integrations", ["config"], ["jsonb"], ['{"boarding_pass": "BP-1234-17C", "pass_rate": "0.85"}']);
    });
    // One finding for the column: the two passwords, and nothing for the boarding pass or the pass rate.
    expect(findings.map((f) => [detectorsOf(f), f.object?.jsonPath, f.count])).toEqual([[["secret-named-json-key", "secret-named-json-key"], "$.auth.pass", 2]]);
  });

  it("reads JSON cells as text when the column type is unknown (data-only dump)", () => {
    const findings = run((send) => send.row("public", "cfg", ["doc"], [undefined], [JSON.stringify({ k: T.glpat() })]));
    expect(findings.map(detectorsOf)).toEqual([["gitlab-pat"]]);
  });

  it("reports a service-account JSON cell as gcp-service-account-key, not as a bare PEM key", () => {
    const sa = JSON.stringify({ type: "service_account", private_key: T.pem(), client_email: "svc@p.iam.gserviceaccount.com" });
    const findings = run((send) => send.row("public", "gcp", ["key_json"], ["jsonb"], [sa]));
    expect(findings.map(detectorsOf)).toEqual([["gcp-service-account-key"]]);
    expect(findings[0]!.object?.jsonPath).toBe("$.private_key");
  });

  it("reports a value in a secret-named column (userPassword, api-key, AUTH_TOKEN)", () => {
    const findings = run((send) => {
      send.row("public", "accounts", ["userPassword", "api-key", "AUTH_TOKEN"], ["text", "text", "character varying(64)"], ["hunter2", "k1", "tok"]);
    });
    expect(findings.map((f) => [f.object?.column, detectorsOf(f)])).toEqual([
      ["userPassword", ["secret-named-column"]],
      ["api-key", ["secret-named-column"]],
      ["AUTH_TOKEN", ["secret-named-column"]],
    ]);
    expectNoClearValue(findings, "hunter2");
  });

  it("reports a value under a secret-named JSON key", () => {
    const findings = run((send) => send.row("public", "users", ["prefs"], ["jsonb"], [JSON.stringify({ theme: "dark", tfa_secret: "W5QKP7YVR3XHD2LM" })]));
    expect(findings.map(detectorsOf)).toEqual([["secret-named-json-key"]]);
    expect(findings[0]!.object?.jsonPath).toBe("$.tfa_secret");
  });

  it("reports password hashes in a password column by their hash family", () => {
    const findings = run((send) => {
      send.row("public", "users", ["password"], ["text"], [T.bcrypt()], 0);
      send.row("public", "users", ["password"], ["text"], [T.argon2()], 1);
      send.row("public", "users", ["password"], ["text"], [T.pbkdf2Django()], 2);
    });
    expect(findings.flatMap(detectorsOf).sort()).toEqual(["argon2-hash", "bcrypt-hash", "pbkdf2-hash"]);
  });

  it("tells one fixed hash in every row (what its help asks for) from users' own hashes, at three copies in two rows or more", () => {
    const fixed = T.argon2();
    const rows = (values: string[]) =>
      run((send) => values.forEach((v, i) => send.row("public", "directus_users", ["id", "password"], ["integer", "character varying(255)"], [String(i), v], i)));
    const sanitized = rows(Array.from({ length: 60 }, () => fixed));
    expect(sanitized.map((f) => [f.severity, detectorsOf(f)[0], f.count])).toEqual([["info", "argon2-hash", 60]]);
    expect(sanitized[0]!.message).toContain("60 copies of one Argon2 password hash");
    expect(sanitized[0]!.help).toBeUndefined();
    expectNoClearValue(sanitized, fixed);
    // Users' own hashes (salted: never equal by chance), a copied account (two rows) and one other hash among copies stay errors.
    const bcrypts = [1, 2, 3].map((seed) => "$2b$12$" + base64Run(53, seed).replace(/[+=]/g, "x"));
    const own = rows(bcrypts);
    expect(own.map((f) => [f.severity, detectorsOf(f)[0], f.count])).toEqual([[undefined, "bcrypt-hash", 3]]);
    expect(rows([fixed, fixed]).map((f) => f.severity)).toEqual([undefined]);
    const another = "$argon" + "2id$v=19$m=65536,t=3,p=4$" + base64Run(22, 7) + "$" + base64Run(43, 8);
    expect(rows([fixed, fixed, fixed, another]).map((f) => [f.severity, f.count])).toEqual([[undefined, 4]]);
    // One family fixed, another family's real hash beside it: each judged on its own.
    expect(rows([fixed, fixed, fixed, bcrypts[0]!]).map((f) => [f.severity, detectorsOf(f)[0]])).toEqual([
      ["info", "argon2-hash"],
      [undefined, "bcrypt-hash"],
    ]);
  });

  it("names a name/value pair's value in JSON by its pair's name: environment lists, request headers (Authorization without its scheme)", () => {
    const key = base62Run(36, 3);
    const bearer = base62Run(40, 4);
    const dbPassword = "Pr0d-" + base62Run(12, 5);
    const cells = [
      // An ECS task definition's environment, a Directus flow's request headers, a webhook's headers (object after name).
      JSON.stringify({ containerDefinitions: [{ environment: [{ name: "LOG_LEVEL", value: "debug" }, { name: "DB_PASSWORD", value: dbPassword }] }] }),
      JSON.stringify({ method: "POST", headers: [{ header: "X-Api-Key", value: key }], body: "{{$trigger.payload}}" }),
      JSON.stringify([{ value: `Bearer ${bearer}`, header: "Authorization" }]),
      // Stand-ins, and pairs whose name says nothing: not credentials.
      JSON.stringify({ headers: [{ header: "X-Api-Key", value: "{{$env.CRM_API_KEY}}" }, { header: "Authorization", value: "Bearer <token>" }] }),
      JSON.stringify({ options: [{ name: "color", value: "red" }, { key: "size", value: "XL" }], token_hint: "none" }),
    ];
    const findings = run((send) => cells.forEach((cell, i) => send.row("public", "integrations", ["id", "options"], ["integer", "json"], [String(i), cell], i)));
    // One finding a (detector, column), at its first path; its rows are the three cells that hold one.
    expect(findings.map((f) => [f.object && "jsonPath" in f.object ? f.object.jsonPath : undefined, detectorsOf(f), f.count])).toEqual([
      ["$.containerDefinitions[0].environment[1].value", ["secret-named-json-pair", "secret-named-json-pair", "secret-named-json-pair"], 3],
    ]);
    expect(findings[0]!.related?.map((r) => r.row)).toEqual([0, 1, 2]);
    expect(findings[0]!.evidence?.map((e) => e.length)).toEqual([dbPassword.length, key.length, bearer.length]);
    expectNoClearValue(findings, key, bearer, dbPassword);
  });

  it("names a JSON leaf under a key that says nothing (`value`) by its column: Keycloak's credential.secret_data", () => {
    const row = (column: string, json: string) =>
      run((send) => send.row("public", "credential", ["id", "type", column], ["character varying(36)", "character varying(255)", "text"], ["c1", "password", json], 0));
    const otp = row("secret_data", `{"value":"${base64Run(32, 6).toUpperCase().replace(/[^A-Z2-7]/g, "Q")}"}`);
    expect(otp.map((f) => [f.object && "jsonPath" in f.object ? f.object.jsonPath : undefined, detectorsOf(f)[0]])).toEqual([["$.value", "secret-named-column"]]);
    // A placeholder stays one; a column that says nothing leaves `value` saying nothing.
    expect(row("secret_data", '{"value":"REDACTED"}')).toEqual([]);
    expect(row("settings", `{"value":"${base64Run(88)}"}`)).toEqual([]);
  });

  it("takes an OAuth client's secret kept as a password hash for the digest of a generated secret, at info (real lane, stop 25: Gitea)", () => {
    const rows = (table: string, column: string, value: string) => run((send) => send.row("public", table, ["name", column], ["character varying(255)", "character varying(255)"], ["Grafana", value], 0));
    const digest = rows("oauth2_application", "client_secret", T.bcrypt("2a"));
    expect(digest.map((f) => [f.severity, detectorsOf(f)[0]])).toEqual([["info", "bcrypt-hash"]]);
    expect(digest[0]!.message).toContain("OAuth client secret's name");
    // A password's hash stays one, and a client secret in clear is a credential.
    expect(rows("users", "password", T.bcrypt("2a")).flatMap(detectorsOf)).toEqual(["bcrypt-hash"]);
    expect(rows("oauth2_application", "client_secret", base62Run(40, 4)).flatMap(detectorsOf)).toEqual(["secret-named-column"]);
  });

  it("reads Gitea's two_factor.secret in its sealed form (hex AES under SECRET_KEY) as ciphertext; a TOTP seed in clear stays a credential (real lane, stop 25)", () => {
    const rows = (value: string) => run((send) => send.row("public", "two_factor", ["uid", "secret"], ["bigint", "character varying(255)"], ["1", value], 0));
    // A 16-byte IV, then the base64 of a 32-character base32 secret (44 bytes): 120 hex digits.
    expect(rows(hexRun(120, 5))).toEqual([]);
    expect(rows("v2:" + hexRun(120, 6))).toEqual([]);
    expect(rows(base32Run(32, 3)).flatMap(detectorsOf)).toEqual(["secret-named-column"]);
    // A raw hex seed of 20 bytes, or hex that is not IV + base64, is no sealed value.
    expect(rows(hexRun(40, 7)).flatMap(detectorsOf)).toEqual(["secret-named-column"]);
    expect(rows(hexRun(122, 8)).flatMap(detectorsOf)).toEqual(["secret-named-column"]);
  });

  it("finds a private key's `d` in JSON beside its key type or curve: a JWK, Mattermost's serialized ECDSA key (stop 25)", () => {
    const digits = (n: number, seed: number) => hexRun(n, seed).replace(/[a-f]/g, (c) => String(c.charCodeAt(0) % 10)).replace(/^0/, "7");
    const cell = (table: string, columns: string[], values: string[]) =>
      run((send) => send.row("public", table, columns, columns.map(() => "text"), values, 0));
    const paths = (fs: FindingInput[]) => fs.map((f) => [f.object && "jsonPath" in f.object ? f.object.jsonPath : undefined, detectorsOf(f)[0]]);
    // Mattermost's systems row: big.Int numbers under a key/value table's row.
    const d = digits(77, 4);
    const mm = cell("systems", ["name", "value"], ["AsymmetricSigningKey", `{"ecdsa_key":{"curve":"P-256","x":${digits(77, 1)},"y":${digits(77, 2)},"d":${d}}}`]);
    expect(paths(mm)).toEqual([["$.ecdsa_key.d", "json-private-key"]]);
    expectNoClearValue(mm, d);
    // A JWK (base64url) in a column that names nothing, with and without a name hint elsewhere in the cell.
    const jd = urlSafeRun(43, 3);
    const jwk = (extra: string) => `{"kty":"EC","crv":"P-256"${extra},"x":"${urlSafeRun(43, 1)}","y":"${urlSafeRun(43, 2)}","d":"${jd}"}`;
    expect(paths(cell("signing_material", ["id", "doc"], ["1", jwk(',"use":"sig"')]))).toEqual([["$.d", "json-private-key"]]);
    expect(paths(cell("keys", ["id", "private_jwk"], ["1", jwk("")]))).toEqual([["$.d", "json-private-key"]]);
    // A public JWK has no `d`; a `d` beside no key type (an SVG path's data) is not a key; a stand-in stays one.
    expect(cell("keys", ["id", "private_jwk"], ["1", `{"kty":"EC","crv":"P-256","use":"sig","x":"${urlSafeRun(43, 1)}","y":"${urlSafeRun(43, 2)}"}`])).toEqual([]);
    expect(cell("icons", ["id", "signature_svg"], ["1", `{"d":"${urlSafeRun(60, 5)}","fill":"none"}`])).toEqual([]);
    expect(cell("keys", ["id", "private_jwk"], ["1", `{"kty":"EC","crv":"P-256","d":"REDACTED"}`])).toEqual([]);
  });

  it("reads Keycloak's {\"value\": hash, \"salt\": …} as a password hash: one fixed hash in every row is the sanitizer's (info), users' own are errors", () => {
    const rows = (cells: string[], column = "secret_data") =>
      run((send) => cells.forEach((cell, i) => send.row("public", "credential", ["id", "type", column], ["character varying(36)", "character varying(255)", "text"], [`c${i}`, "password", cell], i)));
    const cell = (hash: string, salt = base64Run(24, 5)) => JSON.stringify({ value: hash, salt, additionalParameters: {} });
    const own = rows([1, 2, 3].map((seed) => cell(base64Run(86, seed) + "==", base64Run(22, seed + 10) + "==")));
    expect(own.map((f) => [f.severity, f.object && "jsonPath" in f.object ? f.object.jsonPath : undefined, detectorsOf(f)[0], f.count])).toEqual([[undefined, "$.value", "salted-password-hash", 3]]);
    expect(own[0]!.help).toContain("cracked offline");
    const fixedHash = base64Run(86, 9) + "==";
    const fixed = rows(Array.from({ length: 40 }, () => cell(fixedHash)));
    expect(fixed.map((f) => [f.severity, detectorsOf(f)[0], f.count])).toEqual([["info", "salted-password-hash", 40]]);
    expect(fixed[0]!.message).toContain("40 copies of one password hash kept beside its salt");
    expectNoClearValue([...own, ...fixed], fixedHash);
    // Not a hash beside its salt: no salt, an empty salt, a short or non-base64 value stay named credentials; a column that says nothing says nothing.
    const named = (c: string) => rows([c, c, c]).map((f) => [f.severity, detectorsOf(f)[0]]);
    expect(named(JSON.stringify({ value: fixedHash }))).toEqual([[undefined, "secret-named-column"]]);
    expect(named(cell(fixedHash, ""))).toEqual([[undefined, "secret-named-column"]]);
    expect(named(cell("Winter2024!Winter2024!Winter"))).toEqual([[undefined, "secret-named-column"]]);
    expect(named(cell(base64Run(16, 4)))).toEqual([[undefined, "secret-named-column"]]);
    expect(rows([cell(fixedHash), cell(fixedHash), cell(fixedHash)], "settings")).toEqual([]);
  });

  it("reports a random value under a weak name (device_key) only when it looks random", () => {
    const findings = run((send) => {
      send.row("public", "devices", ["device_key"], ["text"], [base62Run(32)], 0);
      send.row("public", "devices", ["device_key"], ["text"], ["primary"], 1);
    });
    expect(findings.map(detectorsOf)).toEqual([["high-entropy-secret"]]);
    expect(findings[0]!.count).toBe(1);
  });
});

describe("forbidden-secrets on rows (valid: must not report)", () => {
  it("ignores NULL, empty and placeholder values in secret-named columns", () => {
    const findings = run((send) => {
      ["REDACTED", "***", "xxxx", "changeme", "0000000", "${DB_PASSWORD}", ""].forEach((v, i) => send.row("public", "users", ["password"], ["text"], [v], i));
      send.row("public", "users", ["password"], ["text"], [null], 9);
    });
    expect(findings).toEqual([]);
  });

  it("accepts a configured sanitizer marker as a placeholder", () => {
    const findings = run((send) => send.row("public", "users", ["password"], ["text"], ["~scrubbed-by-acme~"]), { placeholders: ["~SCRUBBED-BY-ACME~"] });
    expect(findings).toEqual([]);
  });

  it("ignores UUIDs, sha256 hex in hash/checksum columns, base64 images and random ids", () => {
    const findings = run((send) => {
      for (let i = 0; i < 5; i++) {
        send.row(
          "public",
          "files",
          ["id", "public_id", "sha256_hash", "checksum", "thumbnail", "external_ref"],
          ["uuid", "text", "text", "character(64)", "text", "text"],
          [uuid(i), base62Run(21, i), hexRun(64, i), hexRun(64, i + 9), "data:image/png;base64," + base64Run(400, i), base62Run(40, i + 3)],
          i,
        );
      }
    });
    expect(findings).toEqual([]);
  });

  it("takes a `key` column of a table of stored objects (Rails' active_storage_blobs) as the object's key, not a credential", () => {
    const keys = (table: string) =>
      run((send) => {
        // ActiveStorage keys: 28 random lower-case letters and digits.
        for (let i = 0; i < 5; i++) send.row("public", table, ["id", "key", "filename"], ["bigint", "character varying", "character varying"], [String(i), base62Run(28, i).toLowerCase(), `invoice-${i}.pdf`], i);
      }).map((f) => `${f.object && "table" in f.object ? f.object.table : ""}:${detectorsOf(f)[0]}`);
    expect(keys("active_storage_blobs")).toEqual([]);
    expect(keys("uploads")).toEqual([]);
    // A table of keys, or one whose own name is secret-ish, still has credentials in its `key` column.
    expect(keys("api_keys")).toEqual(["api_keys:high-entropy-secret"]);
    expect(keys("secret_files")).toEqual(["secret_files:high-entropy-secret"]);
  });

  it("ignores metadata columns about secrets (password_changed_at, token_type, api_key_id)", () => {
    const findings = run((send) =>
      send.row("public", "users", ["password_changed_at", "token_type", "api_key_id", "secret_question"], ["text", "text", "text", "text"], ["2024-01-01", "bearer", "key_123", "first pet?"]),
    );
    expect(findings).toEqual([]);
  });

  it("ignores a secret-named column whose type cannot hold a credential", () => {
    const findings = run((send) => send.row("public", "users", ["token_count", "password_set"], ["integer", "boolean"], ["5", "t"]));
    expect(findings).toEqual([]);
  });

  it("honours disabledDetectors", () => {
    const findings = run((send) => send.row("public", "s", ["v"], ["text"], [T.jwt()]), { disabledDetectors: ["jwt"] });
    expect(findings).toEqual([]);
  });

  it("rejects unknown options", () => {
    expect(forbiddenSecrets.options.safeParse({ placeholder: [] }).success).toBe(false);
  });
});

describe("forbidden-secrets on DDL and meta-commands", () => {
  it("reports an FDW user-mapping password at the literal", () => {
    const text = "CREATE USER MAPPING FOR app SERVER remote OPTIONS (\n    \"user\" 'app',\n    password 'S3cr3t-pass'\n);";
    let range: unknown;
    const findings = run((send) => (range = send.statement(text)));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.object).toEqual({ kind: "user mapping", name: "app@remote" });
    expect(detectorsOf(findings[0]!)).toEqual(["secret-named-option"]);
    expect(findings[0]!.range?.start.line).toBe(3);
    expect(findings[0]!.range?.start.column).toBe(14);
    expect(range).toBeDefined();
    expectNoClearValue(findings, "S3cr3t-pass");
  });

  it("takes a password that says it is not real for a stand-in, but not a real password that merely contains those words", () => {
    const mapping = (password: string) => `CREATE USER MAPPING FOR postgres SERVER erp_link OPTIONS (\n    "user" 'erp_reader',\n    password '${password}'\n);`;
    // corpus/sources/hosts.sql and hosts-clean.sql write this one.
    expect(run((send) => send.statement(mapping("not-a-real-password")))).toEqual([]);
    expect(run((send) => send.statement(mapping("NotAValidPassword")))).toEqual([]);
    for (const real of ["not-a-real-password-9fK2q", "Xk9#not-a-real-password", "not-a-real-password7", "notarealpassword", "not-a-password"]) {
      const findings = run((send) => send.statement(mapping(real)));
      expect(findings.map(detectorsOf), real).toEqual([["secret-named-option"]]);
      expectNoClearValue(findings, real);
    }
  });

  it("reports a subscription connection string password", () => {
    const findings = run((send) =>
      send.statement("CREATE SUBSCRIPTION sub CONNECTION 'host=primary.internal port=5432 dbname=app user=rep password=Rep1-secret' PUBLICATION pub WITH (connect = false, slot_name = 'sub');"),
    );
    expect(findings.map(detectorsOf)).toEqual([["libpq-password"]]);
    expect(findings[0]!.object).toEqual({ kind: "subscription", name: "sub" });
  });

  it("reports role passwords (SCRAM verifier and md5) from pg_dumpall", () => {
    const findings = run((send) => {
      send.statement(`ALTER ROLE app WITH NOSUPERUSER INHERIT LOGIN PASSWORD '${T.scram()}';`);
      send.statement(`ALTER ROLE legacy WITH LOGIN PASSWORD '${T.md5Role()}';`);
    });
    expect(findings.map(detectorsOf)).toEqual([["scram-sha-256-verifier"], ["md5-role-password"]]);
    expect(findings.map((f) => f.object)).toEqual([
      { kind: "role", name: "app" },
      { kind: "role", name: "legacy" },
    ]);
  });

  it("reports a token inside a dollar-quoted function body at the token itself", () => {
    const call = `  PERFORM http_get('https://api.example.com', '${T.sendgrid()}');`;
    const body = `\nBEGIN\n${call}\nEND;\n`;
    const findings = run((send) => send.statement(`CREATE FUNCTION public.notify() RETURNS void\n    LANGUAGE plpgsql\n    AS $$${body}$$;`));
    expect(findings.map(detectorsOf)).toEqual([["sendgrid-api-key"]]);
    expect(findings[0]!.object).toEqual({ kind: "function", schema: "public", name: "notify" });
    expect(findings[0]!.range?.start.line).toBe(5);
    expect(findings[0]!.range?.start.column).toBe(call.indexOf(T.sendgrid()) + 1);
    expect(findings[0]!.range?.end.column).toBe(call.indexOf(T.sendgrid()) + T.sendgrid().length + 1);
  });

  it("reports a column default, a COMMENT ON and a SET value", () => {
    const findings = run((send) => {
      send.statement(`ALTER TABLE ONLY public.cfg ALTER COLUMN hook SET DEFAULT '${T.slackWebhook()}'::text;`);
      send.statement(`COMMENT ON COLUMN public.cfg.hook IS 'old key ${T.googleApiKey()}';`);
      send.statement(`SET app.stripe_secret = 'plain-value-123';`);
    });
    expect(findings.map(detectorsOf)).toEqual([["slack-webhook-url"], ["google-api-key"], ["secret-named-option"]]);
    expect(findings[0]!.object).toEqual({ kind: "column", schema: "public", table: "cfg", column: "hook" });
    expect(findings[1]!.object).toEqual({ kind: "comment", name: "public.cfg.hook" });
  });

  it("reports a token in a top-level comment and a \\connect line", () => {
    const findings = run((send) => {
      send.comment(`-- deployed with ${T.glpat()}`);
      send.meta(`\\connect "dbname=app host=db user=app password=Pa55-word"`);
    });
    expect(findings.map(detectorsOf)).toEqual([["gitlab-pat"], ["libpq-password"]]);
  });

  it("does not report pg_dump's ordinary statements", () => {
    const findings = run((send) => {
      send.statement("SET statement_timeout = 0;");
      send.statement("SELECT pg_catalog.set_config('search_path', '', false);");
      send.statement("CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (\n    dbname 'app',\n    host 'db.internal'\n);");
      send.statement("CREATE USER MAPPING FOR app SERVER remote OPTIONS (\n    \"user\" 'app',\n    password 'REDACTED'\n);");
      send.statement("COMMENT ON TABLE public.tokens IS 'API tokens are hashed with sha256 before storage';");
      send.comment("-- Name: api_tokens; Type: TABLE; Schema: public; Owner: app");
      send.meta("\\connect -reuse-previous=on \"dbname='app'\"");
    });
    expect(findings).toEqual([]);
  });
});

describe("forbidden-secrets on arbitrary input", () => {
  it("never throws and never reports a value in clear, whatever the rows and statements hold", () => {
    const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(T.ghp(), T.jwt(), T.bcrypt(), "password=", "host=h ", "://u:p@h", '{"token": "', "'", "$$", "--", "{", "}", ",", '"', "\\"));
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    const name = fc.constantFrom("password", "note", "api_key", "doc", "device_key", "token_type");
    const type = fc.constantFrom(undefined, "text", "jsonb", "text[]", "bytea", "integer", "public.hstore");
    fc.assert(
      fc.property(fc.array(fc.tuple(name, type, fc.option(text)), { minLength: 1, maxLength: 4 }), text, (cells, statement) => {
        const findings = run((send) => {
          send.row("public", "t", cells.map((c) => c[0]), cells.map((c) => c[1]), cells.map((c) => c[2]));
          send.statement(statement);
          send.comment(`-- ${statement}`);
          send.meta(`\\connect ${statement}`);
        });
        for (const f of findings) {
          for (const e of f.evidence ?? []) expect(e.fingerprint).toMatch(/^[0-9a-f]{16}$/);
          const shown = JSON.stringify(findings);
          expect(shown).not.toContain(T.ghp());
          expect(shown).not.toContain(T.jwt());
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Issue 11: the judgement of real applications' columns (one test per class, at the exact object). */
describe("forbidden-secrets on what real applications store (issue 11)", () => {
  const summary = (findings: FindingInput[]) => findings.map((f) => [f.severity ?? "error", `${f.object?.table}.${f.object?.column}${f.object?.jsonPath ? ` ${f.object.jsonPath}` : ""}`, detectorsOf(f)[0], f.count]);

  it("item 1: translation keys, slugs and dashed setting names under key columns are identifiers, not secrets", () => {
    const findings = run((send) => {
      send.row("public", "translation", ["id", "locale", "key", "value"], ["integer", "text", "character varying(255)", "text"], ["1", "en", "app.workflow.step.label", "Step"], 0);
      send.row("public", "menu", ["id", "menu_key"], ["integer", "text"], ["1", "featured_menu_catalog"], 0);
      send.row("public", "menu", ["id", "menu_key"], ["integer", "text"], ["2", "footer_secondary_links_v2"], 1);
      send.row("public", "setting", ["key", "value"], ["text", "text"], ["redirect-all-requests-to-https", "true"], 0);
      send.row("public", "plugin", ["config"], ["jsonb"], ['{"auth":"BAC"}'], 0);
    });
    expect(summary(findings)).toEqual([]);
  });

  it("item 1 near miss: a random token under a weak name and a long token under `auth` still count", () => {
    const findings = run((send) => {
      send.row("public", "devices", ["device_key"], ["text"], [base62Run(32, 3)], 0);
      send.row("public", "plugin", ["config"], ["jsonb"], [JSON.stringify({ auth: base62Run(24, 4) })], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "devices.device_key", "high-entropy-secret", 1],
      ["error", "plugin.config $.auth", "secret-named-json-key", 1],
    ]);
  });

  it("item 2: a salt beside a hash is info, a placeholder hash is nothing, a real hash is an error", () => {
    const realHash = "$2a$10$" + base64Run(53, 5).replace(/\+/g, ".").slice(0, 53);
    const findings = run((send) => {
      const cols = ["id", "password", "password_salt"];
      const types = ["integer", "text", "text"];
      send.row("public", "core_user", cols, types, ["1", "$2a$10$" + "x".repeat(53), uuid(1)], 0);
      send.row("public", "core_user", cols, types, ["2", "pbkdf2_sha256$260000$REDACTED$REDACTED", uuid(2)], 1);
      send.row("public", "customer_entity", ["password_hash"], ["text"], ["$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], 0);
      send.row("public", "core_user", cols, types, ["3", realHash, uuid(3)], 2);
    });
    expect(summary(findings)).toEqual([
      ["info", "core_user.password_salt", "password-salt", 3],
      ["error", "core_user.password", "bcrypt-hash", 1],
    ]);
  });

  it("item 6: JSON in a text column is walked by key like jsonb (Metabase `details`)", () => {
    const findings = run((send) => {
      send.row("public", "metabase_database", ["id", "details"], ["integer", "text"], ["2", JSON.stringify({ host: "db.example.invalid", password: "Tr0ub4dor&3-Wh" })], 0);
      send.row("public", "metabase_database", ["id", "details"], [undefined, undefined], ["3", JSON.stringify({ host: "db.example.invalid", password: "REDACTED" })], 1);
    });
    expect(summary(findings)).toEqual([["error", "metabase_database.details $.password", "secret-named-json-key", 1]]);
    expectNoClearValue(findings, "Tr0ub4dor&3-Wh");
  });

  it("item 7: key/value tables judge the value with the row's key as its name", () => {
    const findings = run((send) => {
      const kv = (table: string, cols: string[], key: string, value: string, i: number) => send.row("public", table, cols, ["text", "text"], [key, value], i);
      kv("setting", ["key", "value"], "setup-token", "6f1c2b3a-94de-4c57-8b0e-5d3a2f1e9c87", 0);
      kv("setting", ["key", "value"], "site-name", "Acme Analytics", 1);
      kv("setting", ["key", "value"], "email-smtp-password", "********", 2);
      kv("config", ["name", "value"], "smtp_password", "Sm7p!AcmeShop", 0);
      kv("core_config_data", ["path", "value"], "carriers/ups/password", "UpsAcme#2023", 0);
      kv("core_config_data", ["path", "value"], "admin/security/session_lifetime", "900", 1);
      kv("eav", ["attribute", "value"], "stripe_secret", "Zm9vYmFyLXN0cmlwZS1rZXk", 0);
      // A translation table's values are prose for people, whatever their key says.
      kv("translation", ["key", "value"], "account.security.api_key_regenerate_confirm", "Regenerate?", 0);
      // A Google app password as Google shows it (spaces and all) is a credential; other prose under a password key is not.
      kv("mail_settings", ["name", "value"], "mail_password", "qwzt bkfn rhxd mapl", 0);
      kv("mail_settings", ["name", "value"], "password_reset_subject", "Reset your password", 1);
      kv("mail_settings", ["name", "value"], "smtp_password_note", "ask ops for the team vault", 2);
    });
    expect(summary(findings)).toEqual([
      ["error", "setting.value", "secret-named-key", 1],
      ["error", "config.value", "secret-named-key", 1],
      ["error", "core_config_data.value", "secret-named-key", 1],
      ["error", "eav.value", "secret-named-key", 1],
      ["error", "mail_settings.value", "secret-named-key", 1],
    ]);
    expectNoClearValue(findings, "Sm7p!AcmeShop", "UpsAcme#2023", "qwzt bkfn rhxd mapl");
  });

  // Scan, stop 19: probes of Laravel, listmonk, Rails, Woodpecker, IoT and Laravel Telescope databases.
  it("a key/value value stored serialized (a JSON string, a YAML document, a JSON array) is judged by the row's key", () => {
    const pw = "Xk9#" + base62Run(14, 31);
    const findings = run((send) => {
      send.row("public", "settings", ["group", "name", "locked", "payload"], ["character varying(255)", "character varying(255)", "boolean", "json"], ["mail", "mail_password", "f", JSON.stringify(pw)], 0);
      send.row("public", "settings", ["group", "name", "locked", "payload"], ["character varying(255)", "character varying(255)", "boolean", "json"], ["mail", "mail_password_note", "f", '"ask ops"'], 1);
      send.row("public", "settings", ["group", "name", "locked", "payload"], ["character varying(255)", "character varying(255)", "boolean", "json"], ["services", "stripe_secret", "f", '"sk_test_REDACTED"'], 2);
      send.row("public", "app_settings", ["key", "value"], ["text", "jsonb"], ["upload.s3.aws_secret_access_key", JSON.stringify(base64Run(40, 32))], 0);
      send.row("public", "app_settings", ["key", "value"], ["text", "jsonb"], ["app.root_url", '"https://lists.example.com"'], 1);
      send.row("public", "rails_settings", ["id", "var", "value"], ["bigint", "character varying", "text"], ["1", "smtp_password", `--- ${hexRun(32, 33)}\n`], 0);
      send.row("public", "rails_settings", ["id", "var", "value"], ["bigint", "character varying", "text"], ["2", "s3_secret", '--- "<s3-secret>"\n'], 1);
      send.row("public", "rails_settings", ["id", "var", "value"], ["bigint", "character varying", "text"], ["3", "api_tokens", JSON.stringify([base62Run(32, 34)])], 2);
    });
    expect(summary(findings)).toEqual([
      ["error", "settings.payload", "secret-named-key", 1],
      ["error", "app_settings.value", "secret-named-key", 1],
      ["error", "rails_settings.value", "secret-named-key", 1],
      ["error", "rails_settings.value $[0]", "secret-named-json-key", 1],
    ]);
    expectNoClearValue(findings, pw);
  });

  it("a CI's secrets(secret_name, secret_value) is a key/value table: the key names the value, not the column", () => {
    const findings = run((send) => {
      const cols = ["secret_repo_id", "secret_name", "secret_value", "secret_events"];
      const types = ["integer", "character varying(250)", "text", "character varying(2000)"];
      send.row("public", "secrets", cols, types, ["1", "deploy_host", "deploy.example.net", '["deployment"]'], 0);
      send.row("public", "secrets", cols, types, ["1", "db_url", "postgres://ci:ci@localhost:5432/ci_test", '["push"]'], 1);
      send.row("public", "secrets", cols, types, ["1", "docker_password", "dckr-" + base62Run(20, 35), '["push","tag"]'], 2);
    });
    expect(summary(findings)).toEqual([["error", "secrets.secret_value", "secret-named-key", 1]]);
  });

  it("a .env file in a column whose name says credential is judged line by line", () => {
    const findings = run((send) => {
      send.row("public", "payout_accounts", ["id", "api_credentials"], ["integer", "text"], ["1", "WISE_API_TOKEN=\nWISE_PROFILE_ID=0\nWISE_API_URL=https://api.sandbox.transferwise.tech\n"], 0);
      send.row("public", "payout_accounts", ["id", "api_credentials"], ["integer", "text"], ["2", `WISE_API_TOKEN=${uuid(36)}\nWISE_PROFILE_ID=12345678\n`], 1);
    });
    expect(summary(findings)).toEqual([["error", "payout_accounts.api_credentials", "dotenv-secret", 1]]);
  });

  it("an Authorization header is a credential after its scheme word; a masked one and a card's approval code are not", () => {
    const bearer = "Bearer " + base62Run(40, 37);
    const findings = run((send) => {
      send.row("public", "telescope_entries", ["id", "content"], ["integer", "text"], ["1", JSON.stringify({ headers: { authorization: bearer } })], 0);
      send.row("public", "telescope_entries", ["id", "content"], ["integer", "text"], ["2", JSON.stringify({ headers: { authorization: "Bearer ********" } })], 1);
      send.row("public", "payments", ["id", "authorization"], ["integer", "text"], ["1", "A1B2C3"], 0);
      send.row("public", "devices", ["id", "wifi_psk"], ["integer", "text"], ["1", base62Run(16, 38)], 0);
      send.row("public", "ci_secrets", ["id", "secret_events"], ["integer", "text"], ["1", '["push","tag"]'], 0);
      send.row("public", "settings", ["key", "value"], ["text", "text"], ["security.captcha_key", "6Lc" + base62Run(37, 39)], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "telescope_entries.content $.headers.authorization", "high-entropy-secret", 1],
      ["error", "devices.wifi_psk", "secret-named-column", 1],
    ]);
    expectNoClearValue(findings, bearer.slice(7));
  });

  it("the ApiKey and Key schemes are scheme words too: a random key after them is a credential, a stand-in after them is not", () => {
    const key = base62Run(40, 41);
    const findings = run((send) => {
      send.row("public", "webhooks", ["id", "headers"], ["integer", "text"], ["1", JSON.stringify({ authorization: `ApiKey ${key}` })], 0);
      send.row("public", "webhooks", ["id", "headers"], ["integer", "text"], ["2", JSON.stringify({ authorization: "Key ********" })], 1);
      send.row("public", "integrations", ["id", "api_password"], ["integer", "text"], ["1", "Key REDACTED"], 0);
      send.row("public", "flows", ["id", "options"], ["integer", "text"], ["1", JSON.stringify([{ header: "Authorization", value: `key ${key.toLowerCase()}` }])], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "webhooks.headers $.authorization", "high-entropy-secret", 1],
      ["error", "flows.options $[0].value", "secret-named-json-pair", 1],
    ]);
    expectNoClearValue(findings, key);
    expectNoClearValue(findings, key.toLowerCase());
  });

  it("Authorization headers written out in text: a random bearer token, Basic user:password; not a guide's stand-ins", () => {
    const bearer = base62Run(40, 41);
    const basic = Buffer.from("deploy:" + base62Run(14, 42)).toString("base64");
    const findings = run((send) => {
      send.row("public", "logs", ["id", "log_data"], ["integer", "text"], ["1", `+ curl -fsS -H 'Authorization: Bearer ${bearer}' https://api.acme-corp.com/health`], 0);
      send.row("public", "logs", ["id", "log_data"], ["integer", "text"], ["2", `+ curl -H "Authorization: Basic ${basic}" https://registry.acme-corp.com/v2/`], 1);
      send.row("public", "logs", ["id", "log_data"], ["integer", "text"], ["3", "+ curl -H 'Authorization: Bearer $API_TOKEN' https://api.example.com"], 2);
      send.row("public", "docs", ["id", "body"], ["integer", "text"], ["1", 'curl -H "Authorization: Bearer YOUR_API_KEY" https://api.example.com/v1 and Bearer ******** or <token>; basic plan includes 3 seats'], 0);
      send.row("public", "gateways", ["id", "lns_key"], ["integer", "text"], ["1", "Authorization: Bearer NNSXS." + base62Run(39, 43).toUpperCase() + "." + hexRun(64, 44).toUpperCase()], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "logs.log_data", "http-authorization-credential", 2],
      ["error", "gateways.lns_key", "http-authorization-credential", 1],
    ]);
    expectNoClearValue(findings, bearer, basic);
  });

  it("stand-ins a development setup or a Kubernetes Secret writes: local-secret, base64 of REDACTED; Sanctum's SHA-256 digests", () => {
    const findings = run((send) => {
      send.row("public", "settings", ["id", "payload"], ["integer", "json"], ["1", '{"key": "local-key", "secret": "local-secret", "password": "dev_password"}'], 0);
      send.row("public", "k8s_secrets", ["id", "data"], ["integer", "jsonb"], ["1", '{"password": "UkVEQUNURUQ=", "token": "Y2hhbmdlbWU="}'], 0);
      send.row("public", "k8s_secrets", ["id", "data"], ["integer", "jsonb"], ["2", JSON.stringify({ password: Buffer.from("Xk9#q2LmPz").toString("base64") })], 1);
      send.row("public", "personal_access_tokens", ["id", "tokenable_type", "name", "token"], ["bigint", "character varying(255)", "character varying(255)", "character varying(64)"], ["1", "App\\Models\\User", "cli", hexRun(64, 45)], 0);
      send.row("public", "api_clients", ["id", "token"], ["bigint", "character varying(64)"], ["1", hexRun(64, 46)], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "k8s_secrets.data $.password", "secret-named-json-key", 1],
      ["error", "api_clients.token", "secret-named-column", 1],
    ]);
  });

  it("item 10: session tables' random ids are live session tokens; sequential stand-ins are not", () => {
    const findings = run((send) => {
      send.row("public", "core_session", ["id", "user_id"], ["character varying(254)", "integer"], [uuid(7), "1"], 0);
      send.row("public", "core_session", ["id", "user_id"], ["character varying(254)", "integer"], ["00000000-0000-4000-8000-000000000001", "2"], 1);
      send.row("public", "django_session", ["session_key", "session_data"], ["character varying(40)", "text"], ["zqm1mnyounii5wcerkh24rn0y75u2uec", "e30"], 0);
      send.row("public", "user_sessions", ["id", "token"], ["integer", "text"], ["1", "REDACTED"], 0);
      // Directus' session table sanitized as the help says: numbered stand-ins under a column named `token`.
      for (let i = 0; i < 3; i++) send.row("public", "directus_sessions", ["token", "user"], ["character varying(64)", "uuid"], [`session-${i}`, uuid(i)], i);
      send.row("public", "directus_sessions", ["token", "user"], ["character varying(64)", "uuid"], ["kR9vT2mXq8LpZ4wN7sYb1cHd6fJg3eUa0iOo5tVyQxWzPlMnBv", uuid(9)], 3);
      // Mattermost's sessions(id, token): both random 26-character ids; the token is the secret, the id the row's key.
      send.row("public", "sessions", ["id", "token", "userid"], ["character varying(26)", "character varying(26)", "character varying(26)"], ["q8kx3nbd7fgcpj1u4wzyoesm5r", "t9wd1hbmcz6ky3pnxo8gfr4aej", "u4s7gq1nxdkzbwp3c8jyfm6reo"], 0);
    });
    expect(summary(findings)).toEqual([
      ["error", "core_session.id", "session-token", 1],
      ["error", "django_session.session_key", "session-token", 1],
      ["error", "directus_sessions.token", "session-token", 1],
      ["error", "sessions.token", "session-token", 1],
    ]);
  });

  it("a session's id named elsewhere is info when this database keys its sessions by an id beside their token (real lane, stop 24: Mattermost's audits.sessionid)", async () => {
    const ids = ["q8kx3nbd7fgcpj1u4wzyoesm5r", "p1mz8xw4ncbfd6k3oyqeg7ujta", "w3x9d7bkqpfzym1cn8euo4rjgs"];
    const audits = `CREATE TABLE public.audits (id character varying(26) NOT NULL, action character varying(512), sessionid character varying(26));\n`;
    const copy = `COPY public.audits (id, action, sessionid) FROM stdin;\n${ids.map((id, i) => `a${i}\t/api/v4/users/login\t${id}`).join("\n")}\n\\.\n`;
    const sessions = `CREATE TABLE public.sessions (id character varying(26) NOT NULL, token character varying(26), userid character varying(26));\n`;
    const only = (sql: string) => analyze(sql, { onlyRules: ["forbidden-secrets"] }).then((r) => r.findings.map((f) => [f.severity, `${f.object?.kind === "column" ? f.object.table + "." + f.object.column : ""}`, f.message]));
    const keyed = await only(audits + sessions + copy);
    expect(keyed.map((f) => f.slice(0, 2))).toEqual([["info", "audits.sessionid"]]);
    expect(keyed[0]![2]).toMatch(/keys its sessions by an id and keeps their secret apart \(public\.sessions\.token\)/);
    // Without such a session table (none, or one keyed by its token alone), a session id stays a credential.
    expect((await only(audits + copy)).map((f) => f.slice(0, 2))).toEqual([["error", "audits.sessionid"]]);
    const byToken = `CREATE TABLE public.sessions (id character varying(64) NOT NULL, user_id integer, payload text);\n`;
    expect((await only(audits + byToken + copy)).map((f) => f.slice(0, 2))).toEqual([["error", "audits.sessionid"]]);
  });

  it("item 10: a credential in a SQL comment of a routine body is found at its line", () => {
    const text = 'CREATE FUNCTION public.refresh() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  -- from prod: {"db_password": "Rep0rtW0rker!2023"}\n  PERFORM 1;\nEND;\n$$;';
    let range: unknown;
    const findings = run((send) => (range = send.statement(text)));
    expect(findings.map(detectorsOf)).toEqual([["secret-assignment-in-text"]]);
    expect(findings[0]!.range?.start.line).toBe((range as { start: { line: number } }).start.line + 2);
    expectNoClearValue(findings, "Rep0rtW0rker!2023");
  });

  it("item 10: a credential in a comment line of a hand-concatenated file is found; a hint about it is not", () => {
    const findings = run((send) => {
      send.comment('-- prod settings: {"db_password": "Rep0rtW0rker!2023", "db_host": "reports-db.acme.com"}');
      send.comment('-- {"password_hint": "the usual one", "password": "REDACTED"}');
    });
    expect(findings.map((f) => [f.object?.kind, detectorsOf(f)])).toEqual([["comment", ["secret-assignment-in-text"]]]);
    expectNoClearValue(findings, "Rep0rtW0rker!2023");
  });

  it("item 15: a JDBC URL with a password has its own label, not libpq's", () => {
    const findings = run((send) => send.row("public", "integrations", ["connection_url"], ["text"], ["jdbc:h2:tcp://10.8.0.14:9092/~/archive;USER=sa;PASSWORD=Arch1ve-H2"], 0));
    expect(summary(findings)).toEqual([["error", "integrations.connection_url", "jdbc-url-password", 1]]);
  });
});

describe("forbidden-secrets: stand-ins and digests a reader would not call secrets (real lane, stop 22; the application probes)", () => {
  const kv = (name: string, value: string) => run((send) => send.row("public", "component_config", ["id", "name", "value"], ["character varying(36)", "character varying(255)", "text"], ["c1", name, value], 0));

  it("a private key whose header a sanitizer kept and whose body it replaced is a stand-in (Keycloak's component_config.privateKey)", () => {
    // The DER headers every key of its kind shares, then the sanitizer's marker: nothing of the key is kept.
    for (const v of ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED", "MIIJKAIBAAKCAgEA_REDACTED", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg********", "MC4CAQAwBQYDK2VwBCIEIremoved", "b3BlbnNzaC1rZXktdjEAAAAAxxxxxxxx"])
      expect(kv("privateKey", v), v).toEqual([]);
    // In PEM armour too.
    expect(kv("privateKey", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED\n-----END PRIVATE KEY-----\n")).toEqual([]);
    // A kept part that runs past the header keeps key material; a real key is a key; too short a kept part says nothing.
    const body = base64Run(64, 3);
    expect(kv("privateKey", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + body.slice(0, 12) + "REDACTED").map(detectorsOf)).toEqual([["secret-named-key"]]);
    expect(kv("privateKey", "MIIEowIBAAKCAQEA" + body).map(detectorsOf)).toEqual([["secret-named-key"]]);
    expect(kv("privateKey", "MIIEvQIREDACTED").map(detectorsOf)).toEqual([["secret-named-key"]]);
    expect(kv("privateKey", `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${body}\n-----END PRIVATE KEY-----\n`).map(detectorsOf)).toEqual([["pem-private-key"]]);
  });

  it("Nextcloud's oc_authtoken.token is the SHA-512 of the token and the instance's secret: a digest, not the token (any table prefix)", () => {
    const at = (table: string, value: string) =>
      run((send) => send.row("public", table, ["id", "uid", "login_name", "token"], ["bigint", "character varying(64)", "character varying(255)", "character varying(200)"], ["1", "lena", "lena", value], 0)).map(detectorsOf);
    expect(at("oc_authtoken", hexRun(128, 7))).toEqual([]);
    expect(at("nc_authtoken", hexRun(128, 8))).toEqual([]);
    // Another length, or another table's token column, is still a token.
    expect(at("oc_authtoken", base62Run(72, 9))).toEqual([["secret-named-column"]]);
    expect(at("api_clients", hexRun(128, 7))).toEqual([["secret-named-column"]]);
  });

  it("a password-hash format under a name for generated API keys or tokens is the digest of a random key: info (Odoo's res_users_apikeys.key)", () => {
    const digest = (seed: number) => `$pbkdf2-sha512$6000$${base64Run(22, seed).replace(/\+/g, ".")}$${base64Run(86, seed + 1).replace(/\+/g, ".")}`;
    const at = (table: string, column: string) =>
      run((send) => [1, 2].forEach((seed, i) => send.row("public", table, ["id", column], ["integer", "character varying"], [String(i), digest(seed)], i))).map((f) => [f.severity, f.object?.column, detectorsOf(f)[0], f.count]);
    expect(at("res_users_apikeys", "key")).toEqual([["info", "key", "pbkdf2-hash", 2]]);
    expect(at("users", "api_token")).toEqual([["info", "api_token", "pbkdf2-hash", 2]]);
    expect(at("users", "api_key_hash")).toEqual([["info", "api_key_hash", "pbkdf2-hash", 2]]);
    // A password a person chose stays an error, whatever the table; a hash column that says nothing of keys too.
    expect(at("api_tokens", "password")).toEqual([[undefined, "password", "pbkdf2-hash", 2]]);
    expect(at("res_users", "password")).toEqual([[undefined, "password", "pbkdf2-hash", 2]]);
    expect(at("accounts", "hash")).toEqual([[undefined, "hash", "pbkdf2-hash", 2]]);
  });
});

describe("forbidden-secrets: Grafana's stored digests and sealed secrets (real lane, stop 22; the Grafana probe)", () => {
  const userRows = (hashes: string[], withSalt = true) =>
    run((send) =>
      hashes.forEach((h, i) =>
        send.row("public", "user", withSalt ? ["id", "login", "password", "salt"] : ["id", "login", "password"], withSalt ? ["bigint", "text", "text", "text"] : ["bigint", "text", "text"], withSalt ? [String(i), `u${i}`, h, "F3FAxVm33R"] : [String(i), `u${i}`, h], i),
      ),
    );
  it("one hex digest in every row of a password column beside a salt column is the sanitizer's fixed hash (info); users' own stay errors", () => {
    const fixed = hexRun(100, 3);
    const one = userRows(Array.from({ length: 5 }, () => fixed)).filter((f) => f.object?.column === "password");
    expect(one.map((f) => [f.severity, detectorsOf(f)[0], f.count])).toEqual([["info", "secret-named-column", 5]]);
    expect(one[0]!.message).toContain("one fixed hash in every row");
    expect(userRows([1, 2, 3, 4, 5].map((i) => hexRun(100, i))).filter((f) => f.object?.column === "password").map((f) => f.severity)).toEqual([undefined]);
    // Without a salt column, or a short value (a plain password copied into every row), it is not read as a hash.
    expect(userRows(Array.from({ length: 5 }, () => fixed), false).map((f) => f.severity)).toEqual([undefined]);
    expect(userRows(Array.from({ length: 5 }, () => "Winter2024!")).filter((f) => f.object?.column === "password").map((f) => f.severity)).toEqual([undefined]);
  });

  it("user_auth_token's token digests and api_key.key are digests; other lengths and tables are not", () => {
    const at = (table: string, column: string, value: string) => run((send) => send.row("public", table, ["id", column], ["bigint", "character varying"], ["1", value], 0)).map(detectorsOf);
    expect(at("user_auth_token", "auth_token", hexRun(64, 1))).toEqual([]);
    expect(at("user_auth_token", "prev_auth_token", hexRun(64, 2))).toEqual([]);
    expect(at("api_key", "key", hexRun(100, 3))).toEqual([]);
    expect(at("user_auth_token", "auth_token", base62Run(40, 4))).toEqual([["secret-named-column"]]);
    expect(at("api_keys", "key", hexRun(100, 3))).toEqual([["high-entropy-secret"]]);
  });

  it("a second-factor table's generic value column holds the factor's secret (Discourse's user_second_factors.data, a TOTP seed in clear)", () => {
    const at = (table: string, column: string, value: string) => run((send) => send.row("public", table, ["id", "user_id", "method", column], ["bigint", "integer", "integer", "character varying"], ["1", "2", "1", value], 0)).map(detectorsOf);
    const seed = "KRUGS4ZANFZSAYJAOJQW4ZDPNUQHGZLFMQ"; // base32, 32+ characters
    expect(at("user_second_factors", "data", seed)).toEqual([["secret-named-column"]]);
    expect(at("totp_devices", "value", seed)).toEqual([["secret-named-column"]]);
    expect(at("mfa_factors", "data", seed)).toEqual([["secret-named-column"]]);
    // The seed every guide prints and a sanitizer's marker are stand-ins there too.
    expect(at("user_second_factors", "data", "JBSWY3DPEHPK3PXP")).toEqual([]);
    expect(at("user_second_factors", "data", "REDACTED")).toEqual([]);
    // Not a table of factors, or a column that names its value: judged as before.
    expect(at("user_settings", "data", seed)).toEqual([]);
    expect(at("factors", "data", seed)).toEqual([]);
    expect(at("user_second_factors", "name", "Handy")).toEqual([]);
  });

  it("says a second factor's secret in its own words, under the secret-named column's identity (real lane, stop 24)", () => {
    const seed = "KRUGS4ZANFZSAYJAOJQW4ZDPNUQHGZLFMQ";
    const one = (table: string, column: string) => run((send) => send.row("public", table, ["id", column], ["bigint", "character varying"], ["1", seed], 0))[0]!;
    const factor = one("user_second_factors", "data");
    expect(detectorsOf(factor)).toEqual(["secret-named-column"]);
    expect(factor.message).toMatch(/a second factor's secret \(the value column of a table of second factors/);
    expect(factor.message).not.toMatch(/name says credential/);
    // A column that names its secret keeps the words it had.
    expect(one("users", "otp_secret").message).toMatch(/a column whose name says credential/);
    expect(one("user_second_factors", "otp_secret").message).toMatch(/a column whose name says credential/);
  });

  it("Discourse's user_auth_tokens keep the base64 SHA-1 of a login token (and its log the same): digests; other shapes and tables are not (the Discourse probe, stop 23)", () => {
    const at = (table: string, column: string, value: string) => run((send) => send.row("public", table, ["id", column], ["integer", "character varying"], ["1", value], 0)).map(detectorsOf);
    const sha1 = (seed: number) => createHash("sha1").update(String(seed)).digest("base64");
    expect(at("user_auth_tokens", "auth_token", sha1(1))).toEqual([]);
    expect(at("user_auth_tokens", "prev_auth_token", sha1(2))).toEqual([]);
    expect(at("user_auth_token_logs", "auth_token", sha1(3))).toEqual([]);
    // A token of another shape there (the cookie's own 32 hex digits, a base64 of another length) stays a credential.
    expect(at("user_auth_tokens", "auth_token", hexRun(32, 4))).toEqual([["secret-named-column"]]);
    expect(at("user_auth_tokens", "auth_token", base64Run(43, 5) + "=")).toEqual([["secret-named-column"]]);
    // Elsewhere a base64 SHA-1-shaped value under a token name is judged as before.
    expect(at("sessions", "auth_token", sha1(6))).toEqual([["secret-named-column"]]);
    expect(at("user_auth_token", "auth_token", sha1(7))).toEqual([["secret-named-column"]]);
  });

  it("base64 under a sealed store (secure_json_data, an alert receiver's secureSettings) is ciphertext; plain text there is not", () => {
    const ds = (json: string) => run((send) => send.row("public", "data_source", ["id", "secure_json_data"], ["bigint", "text"], ["1", json], 0)).map(detectorsOf);
    expect(ds(JSON.stringify({ password: "I2" + base64Run(70, 5) }))).toEqual([]);
    expect(ds(JSON.stringify({ password: "Sommer2024!Lindau" }))).toEqual([["secret-named-json-key"]]);
    const cfg = (json: string) => run((send) => send.row("public", "alert_configuration", ["id", "alertmanager_configuration"], ["bigint", "text"], ["1", json], 0)).map(detectorsOf);
    expect(cfg(JSON.stringify({ receivers: [{ secureSettings: { token: base64Run(48, 6) } }] }))).toEqual([]);
    expect(cfg(JSON.stringify({ receivers: [{ settings: { token: base64Run(48, 6) } }] }))).toEqual([["secret-named-json-key"]]);
  });
});
