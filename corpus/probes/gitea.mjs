import { createHash, pbkdf2Sync } from "node:crypto";
import { rng, q, j, person, fakePerson, uas } from "./lib.mjs";

// ---------------- Gitea ----------------
// Gitea's own PostgreSQL database (1.22), as xorm creates it from the models (models/user/user.go, email_address.go,
// external_login_user.go; models/auth/access_token.go, twofactor.go, source.go, oauth2.go, session.go; models/webhook/
// webhook.go, hooktask.go; models/actions/runner.go, runner_token.go; models/secret/secret.go; models/repo/mirror.go,
// pushmirror.go; models/asymkey/ssh_key.go; models/issues/issue.go, comment.go; models/system/setting.go): snake_case
// names, `pk autoincr` as bigserial, int64 and timeutil.TimeStamp as bigint (Unix seconds), string as varchar(255),
// `TEXT` as text. Subsets of the wide tables (repository, issue, comment) keep their real column names and types.
// What Gitea keeps in clear: webhooks' secrets and target URLs, the OAuth2/OIDC login sources' client secrets (the
// whole source config is JSON in login_source.cfg), linked accounts' access and refresh tokens, Actions runner
// registration tokens, session ids. What it keeps sealed or digested: passwords (pbkdf2$50000$50 in hex beside a salt),
// personal access tokens (PBKDF2 of the token, its salt and last eight characters), runners' tokens, scratch codes,
// OAuth2 applications' secrets (bcrypt), and, AES-encrypted with SECRET_KEY from app.ini (not in the database), the LDAP
// bind password (BindPasswordEncrypt), TOTP secrets, webhooks' Authorization headers and Actions secrets. app.ini
// itself (SECRET_KEY, INTERNAL_TOKEN, JWT secrets) is a file, not a table.
// The clean variant is sanitized the usual ways: fake people, example.com hosts, numbered stand-ins for tokens, one
// fixed password hash and salt, no sessions; ciphertext and digests stay as they are, as a sanitizer leaves them.
export function gitea(dirty) {
  const r = rng(1010);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const org = dirty ? "nordlicht-werke.de" : "example.com";
  const site = dirty ? "git.nordlicht-werke.de" : "git.example.com";
  const internal = (h) => (dirty ? `${h}.nordlicht.internal` : `${h}.example.com`);
  const t0 = 1706745600; // 2024-02-01
  const ts = () => t0 + r.int(0, 86400 * 60);
  // AES-CFB under SHA-256(SECRET_KEY), hex (modules/secret): a 16-byte IV, then the base64 of the plaintext, XORed.
  const sealed = (plainLength) => r.hex(2 * (16 + 4 * Math.ceil(plainLength / 3)));

  p(`CREATE TABLE "user" (id bigserial PRIMARY KEY, lower_name varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL UNIQUE, full_name varchar(255), email varchar(255) NOT NULL, keep_email_private boolean, email_notifications_preference varchar(20) DEFAULT 'enabled' NOT NULL, passwd varchar(255) NOT NULL, passwd_hash_algo varchar(255) DEFAULT 'argon2' NOT NULL, must_change_password boolean DEFAULT false NOT NULL, login_type integer, login_source bigint DEFAULT 0 NOT NULL, login_name varchar(255), type integer, location varchar(255), website varchar(255), rands varchar(32), salt varchar(32), language varchar(5), description varchar(255), created_unix bigint, updated_unix bigint, last_login_unix bigint, last_repo_visibility boolean, max_repo_creation integer DEFAULT -1 NOT NULL, is_active boolean, is_admin boolean, is_restricted boolean DEFAULT false NOT NULL, allow_git_hook boolean, allow_import_local boolean, allow_create_organization boolean DEFAULT true, prohibit_login boolean DEFAULT false NOT NULL, avatar varchar(2048) NOT NULL, avatar_email varchar(255) NOT NULL, use_custom_avatar boolean, num_followers integer, num_following integer DEFAULT 0 NOT NULL, num_stars integer, num_repos integer, num_teams integer, num_members integer, visibility integer DEFAULT 0 NOT NULL, repo_admin_change_team_access boolean DEFAULT false NOT NULL, diff_view_style varchar(255) DEFAULT '' NOT NULL, theme varchar(255) DEFAULT '' NOT NULL, keep_activity_private boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE email_address (id bigserial PRIMARY KEY, uid bigint NOT NULL, email varchar(255) NOT NULL UNIQUE, lower_email varchar(255) NOT NULL UNIQUE, is_activated boolean, is_primary boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE access_token (id bigserial PRIMARY KEY, uid bigint, name varchar(255), token_hash varchar(255) UNIQUE, token_salt varchar(255), token_last_eight varchar(255), scope varchar(255), created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE two_factor (id bigserial PRIMARY KEY, uid bigint UNIQUE, secret varchar(255), scratch_salt varchar(255), scratch_hash varchar(255), last_used_passcode varchar(10), created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE login_source (id bigserial PRIMARY KEY, type integer, name varchar(255) UNIQUE, is_active boolean DEFAULT false NOT NULL, is_sync_enabled boolean DEFAULT false NOT NULL, two_factor_policy varchar(255) DEFAULT '' NOT NULL, cfg text, created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE external_login_user (external_id varchar(255) NOT NULL, user_id bigint NOT NULL, login_source_id bigint NOT NULL, raw_data text, provider varchar(25), email varchar(255), name varchar(255), first_name varchar(255), last_name varchar(255), nick_name varchar(255), description varchar(255), avatar_url text, location varchar(255), access_token text, access_token_secret text, refresh_token text, expires_at timestamp without time zone, PRIMARY KEY (external_id, login_source_id));`);
  p(`CREATE TABLE oauth2_application (id bigserial PRIMARY KEY, uid bigint, name varchar(255), client_id varchar(255) UNIQUE, client_secret varchar(255), confidential_client boolean DEFAULT true NOT NULL, skip_secondary_authorization boolean DEFAULT false NOT NULL, redirect_uris text, created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE session (key char(16) NOT NULL PRIMARY KEY, data bytea, expiry bigint);`);
  p(`CREATE TABLE webhook (id bigserial PRIMARY KEY, repo_id bigint, owner_id bigint, is_system_webhook boolean, url text, http_method varchar(255), content_type integer, secret text, events text, is_active boolean, type varchar(16), meta text, last_status integer, header_authorization_encrypted text, created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE hook_task (id bigserial PRIMARY KEY, hook_id bigint, uuid varchar(255) UNIQUE, payload_content text, event_type varchar(255), is_delivered boolean, delivered bigint, is_succeed boolean, request_content text, response_content text);`);
  p(`CREATE TABLE action_runner (id bigserial PRIMARY KEY, uuid char(36) UNIQUE, name varchar(255), version varchar(64), owner_id bigint, repo_id bigint, description text, base integer, repo_range varchar(255), token_hash varchar(255) UNIQUE, token_salt varchar(255), last_online bigint, last_active bigint, agent_labels text, created bigint, updated bigint, deleted bigint);`);
  p(`CREATE TABLE action_runner_token (id bigserial PRIMARY KEY, token varchar(255) UNIQUE, owner_id bigint, repo_id bigint, is_active boolean, created bigint, updated bigint, deleted bigint);`);
  p(`CREATE TABLE secret (id bigserial PRIMARY KEY, owner_id bigint NOT NULL, repo_id bigint DEFAULT 0 NOT NULL, name varchar(255) NOT NULL, data text, description text, created_unix bigint NOT NULL);`);
  p(`CREATE TABLE repository (id bigserial PRIMARY KEY, owner_id bigint, owner_name varchar(255), lower_name varchar(255) NOT NULL, name varchar(255) NOT NULL, description text, website varchar(2048), original_service_type integer, original_url varchar(2048), default_branch varchar(255), num_watches integer, num_stars integer, num_forks integer, num_issues integer, is_private boolean, is_empty boolean, is_archived boolean, is_mirror boolean, is_fork boolean DEFAULT false NOT NULL, size bigint DEFAULT 0 NOT NULL, created_unix bigint, updated_unix bigint);`);
  p(`CREATE TABLE mirror (id bigserial PRIMARY KEY, repo_id bigint, interval bigint, enable_prune boolean DEFAULT true NOT NULL, updated_unix bigint, next_update_unix bigint, lfs_enabled boolean DEFAULT false NOT NULL, lfs_endpoint text, remote_address varchar(2048));`);
  p(`CREATE TABLE push_mirror (id bigserial PRIMARY KEY, repo_id bigint, remote_name varchar(255), remote_address varchar(2048), sync_on_commit boolean DEFAULT true NOT NULL, interval bigint, created_unix bigint, last_update bigint, last_error text);`);
  p(`CREATE TABLE public_key (id bigserial PRIMARY KEY, owner_id bigint NOT NULL, name varchar(255) NOT NULL, fingerprint varchar(255) NOT NULL, content text NOT NULL, mode integer DEFAULT 2 NOT NULL, type integer DEFAULT 1 NOT NULL, login_source_id bigint DEFAULT 0 NOT NULL, created_unix bigint, updated_unix bigint, verified boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE issue (id bigserial PRIMARY KEY, repo_id bigint, index bigint, poster_id bigint, original_author varchar(255), original_author_id bigint, name varchar(255), content text, content_version integer DEFAULT 0 NOT NULL, milestone_id bigint, priority integer, is_closed boolean, is_pull boolean, num_comments integer, ref varchar(255), pin_order integer DEFAULT 0, deadline_unix bigint, created_unix bigint, updated_unix bigint, closed_unix bigint, is_locked boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE comment (id bigserial PRIMARY KEY, type integer, poster_id bigint, original_author varchar(255), original_author_id bigint, issue_id bigint, content text, content_version integer DEFAULT 0 NOT NULL, created_unix bigint, updated_unix bigint, commit_sha varchar(64), line bigint, tree_path varchar(255), review_id bigint, invalidated boolean);`);
  p(`CREATE TABLE action_variable (id bigserial PRIMARY KEY, owner_id bigint, repo_id bigint, name varchar(255) NOT NULL, data text NOT NULL, created_unix bigint NOT NULL, updated_unix bigint, UNIQUE (owner_id, repo_id, name));`);
  p(`CREATE TABLE repo_unit (id bigserial PRIMARY KEY, repo_id bigint, type integer, config text, created_unix bigint, everyone_access_mode integer DEFAULT 0 NOT NULL);`);
  p(`CREATE TABLE package_blob (id bigserial PRIMARY KEY, size bigint DEFAULT 0 NOT NULL, hash_md5 char(32) NOT NULL UNIQUE, hash_sha1 char(40) NOT NULL UNIQUE, hash_sha256 char(64) NOT NULL UNIQUE, hash_sha512 char(128) NOT NULL UNIQUE, created_unix bigint NOT NULL);`);
  p(`CREATE TABLE webauthn_credential (id bigserial PRIMARY KEY, name varchar(255), lower_name varchar(255), user_id bigint, credential_id bytea, public_key bytea, attestation_type varchar(255), aaguid bytea, sign_count bigint, clone_warning boolean, created_unix bigint, updated_unix bigint, UNIQUE (lower_name, user_id));`);
  p(`CREATE TABLE system_setting (id bigserial PRIMARY KEY, setting_key varchar(255) UNIQUE, setting_value text, version integer, created bigint, updated bigint);`);

  // ---- login sources: Active Directory over LDAPS, the company's Keycloak (OIDC), GitHub, and SMTP logins
  const ldapHost = dirty ? "dc01.nordlicht.internal" : "ldap.example.com";
  const dc = dirty ? "DC=nordlicht,DC=local" : "DC=example,DC=com";
  const ldap = { Name: dirty ? "nordlicht-ad" : "ldap", Host: ldapHost, Port: 636, SecurityProtocol: 1, SkipVerify: false, BindDN: `CN=svc-gitea,OU=Dienstkonten,${dc}`, BindPasswordEncrypt: sealed(24), BindPassword: "", UserBase: `OU=Mitarbeiter,${dc}`, UserDN: "", AttributeUsername: "sAMAccountName", AttributeName: "givenName", AttributeSurname: "sn", AttributeMail: "mail", AttributesInBind: false, AttributeSSHPublicKey: "", AttributeAvatar: "", SearchPageSize: 0, Filter: `(&(objectCategory=Person)(memberOf=CN=Gitea-Benutzer,OU=Gruppen,${dc})(sAMAccountName=%s))`, AdminFilter: `(memberOf=CN=Gitea-Admins,OU=Gruppen,${dc})`, RestrictedFilter: "", Enabled: true, AllowDeactivateAll: false, GroupsEnabled: false, GroupDN: "", GroupFilter: "", GroupMemberUID: "", GroupTeamMap: "", GroupTeamMapRemoval: false, UserUID: "" };
  const sso = dirty ? "https://sso.nordlicht-werke.de/realms/nordlicht" : "https://sso.example.com/realms/example";
  const oidc = { Provider: "openidConnect", ClientID: "gitea", ClientSecret: dirty ? r.alnum(32) : "********", OpenIDConnectAutoDiscoveryURL: `${sso}/.well-known/openid-configuration`, CustomURLMapping: null, IconURL: "", Scopes: ["openid", "profile", "email", "groups"], RequiredClaimName: "", RequiredClaimValue: "", GroupClaimName: "groups", AdminGroup: "gitea-admins", GroupTeamMap: "", GroupTeamMapRemoval: false, RestrictedGroup: "" };
  const github = { Provider: "github", ClientID: dirty ? "Ov23li" + r.alnum(14) : "Ov23liEXAMPLE0000000", ClientSecret: dirty ? r.hex(40) : "********", OpenIDConnectAutoDiscoveryURL: "", CustomURLMapping: null, IconURL: "", Scopes: ["read:user", "user:email"], RequiredClaimName: "", RequiredClaimValue: "", GroupClaimName: "", AdminGroup: "", GroupTeamMap: "", GroupTeamMapRemoval: false, RestrictedGroup: "" };
  const smtp = { Auth: "LOGIN", Host: dirty ? "smtp.office365.com" : "smtp.example.com", Port: 587, AllowedDomains: org, ForceSMTPS: false, SkipVerify: false, HeloHostname: "", DisableHelo: false };
  [[2, ldap.Name, ldap, true], [6, "keycloak", oidc, true], [6, "github", github, true], [3, "office365", smtp, false]].forEach(([type, name, cfg, sync], k) =>
    p(`INSERT INTO login_source (type, name, is_active, is_sync_enabled, two_factor_policy, cfg, created_unix, updated_unix) VALUES (${type}, ${q(name)}, true, ${sync && k === 0}, '', ${j(cfg)}, ${t0 - 86400 * 300}, ${t0});`));
  if (dirty) { E("S", "login_source.cfg"); E("H", "login_source.cfg", "$.Host"); E("H", "login_source.cfg", "$.OpenIDConnectAutoDiscoveryURL"); }
  // Not expected: BindPasswordEncrypt (ciphertext under SECRET_KEY, which lives in app.ini); the GitHub app's client id
  // (public); AllowedDomains (the domains an SMTP login's address may end in); the LDAP DNs and filters (the directory's
  // layout). The SMTP login's relay (smtp.office365.com) is the owner's choice of relay, as mail relays are read elsewhere
  // (vendor-endpoints.ts): it shares the expected `$.Host` path with the directory, and a sanitizer points it at example.com.

  // ---- users: local accounts, AD accounts, two organisations
  const fixedSalt = "a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a";
  const fixedHash = pbkdf2Sync("password", fixedSalt, 50000, 50, "sha256").toString("hex");
  const ascii = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss");
  const users = [];
  for (let i = 1; i <= 36; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    const ad = i % 3 === 0;
    const login = i === 1 ? "gitea-admin" : dirty ? `${ascii(pp.first)}.${ascii(pp.last)}` + (i > 20 ? i : "") : "user" + i;
    const mail = i === 1 ? `gitea-admin@${org}` : dirty && ad ? `${ascii(pp.first)}.${ascii(pp.last)}@${org}` : pp.email;
    const salt = dirty ? r.hex(32) : fixedSalt;
    const passwd = ad ? "" : dirty ? r.hex(100) : fixedHash;
    users.push({ id: i, login, mail, pp, ad });
    const avatarHash = createHash("md5").update(mail).digest("hex");
    p(`INSERT INTO "user" (lower_name, name, full_name, email, keep_email_private, email_notifications_preference, passwd, passwd_hash_algo, must_change_password, login_type, login_source, login_name, type, location, website, rands, salt, language, description, created_unix, updated_unix, last_login_unix, last_repo_visibility, max_repo_creation, is_active, is_admin, is_restricted, allow_git_hook, allow_import_local, allow_create_organization, prohibit_login, avatar, avatar_email, use_custom_avatar, num_followers, num_following, num_stars, num_repos, num_teams, num_members, visibility, repo_admin_change_team_access, diff_view_style, theme, keep_activity_private) VALUES (${q(login.toLowerCase())}, ${q(login)}, ${q(i === 1 ? "" : `${pp.first} ${pp.last}`)}, ${q(mail)}, ${i % 5 === 0}, 'enabled', ${q(passwd)}, ${q(ad ? "" : "pbkdf2$50000$50")}, false, ${ad ? 2 : 0}, ${ad ? 1 : 0}, ${q(ad ? (dirty ? `${ascii(pp.first).slice(0, 1)}${ascii(pp.last)}` : "user" + i) : "")}, 0, ${q(i % 4 === 0 ? (dirty ? r.pick(["Kiel", "Flensburg", "Rendsburg"]) : "") : "")}, ${q(i % 9 === 0 && dirty ? `https://${ascii(pp.last)}-${ascii(pp.first)}.de` : "")}, ${q(r.hex(32))}, ${q(ad ? "" : salt)}, 'de-DE', '', ${t0 - 86400 * r.int(10, 600)}, ${ts()}, ${ts()}, true, -1, true, ${i === 1}, false, false, false, true, false, ${q(i % 7 === 0 ? avatarHash : "")}, ${q(mail)}, ${i % 7 === 0}, 0, 0, 0, ${r.int(0, 6)}, 0, 0, 0, false, '', 'gitea-auto', false);`);
    p(`INSERT INTO email_address (uid, email, lower_email, is_activated, is_primary) VALUES (${i}, ${q(mail)}, ${q(mail.toLowerCase())}, true, true);`);
  }
  [["nordlicht", dirty ? "Nordlicht Werke GmbH" : "Example Org"], ["werkstatt", dirty ? "Werkstatt & Prüfstand" : "Example Team"]].forEach(([name, full], k) =>
    p(`INSERT INTO "user" (lower_name, name, full_name, email, keep_email_private, email_notifications_preference, passwd, passwd_hash_algo, must_change_password, login_type, login_source, login_name, type, location, website, rands, salt, language, description, created_unix, updated_unix, last_login_unix, last_repo_visibility, max_repo_creation, is_active, is_admin, is_restricted, allow_git_hook, allow_import_local, allow_create_organization, prohibit_login, avatar, avatar_email, use_custom_avatar, num_followers, num_following, num_stars, num_repos, num_teams, num_members, visibility, repo_admin_change_team_access, diff_view_style, theme, keep_activity_private) VALUES (${q(name)}, ${q(name)}, ${q(full)}, '', false, 'enabled', '', '', false, 0, 0, '', 1, ${q(dirty ? "Kiel" : "")}, ${q(k === 0 ? `https://www.${org}` : "")}, ${q(r.hex(32))}, ${q(r.hex(32))}, '', '', ${t0 - 86400 * 700}, ${t0}, 0, false, -1, true, false, false, false, false, true, false, '', '', false, 0, 0, 0, 6, 3, 24, 0, false, '', '', false);`));
  // user.name is expected too: these logins spell their owners' first and last names (`lena.mueller`), which is that
  // person's name, whatever the column is for (the other probes' logins are handles: not expected there).
  if (dirty) { E("P", "user.name"); E("P", "user.email"); E("P", "user.full_name"); E("P", "user.avatar_email"); E("S", "user.passwd"); E("P", "email_address.email"); E("P", "email_address.lower_email"); }
  // Not expected: logins (lower_name, name, login_name), towns in location, a few personal websites (links), rands (the
  // activation codes' random part) and salt (beside the hashes, reported at info), the organisations' own names and site.

  // ---- two-factor: TOTP secrets sealed with SECRET_KEY, scratch codes as PBKDF2 digests
  for (const u of users.filter((u) => u.id % 4 === 1)) p(`INSERT INTO two_factor (uid, secret, scratch_salt, scratch_hash, last_used_passcode, created_unix, updated_unix) VALUES (${u.id}, ${q(sealed(32))}, ${q(r.alnum(10))}, ${q(r.hex(100))}, ${q(String(r.int(100000, 999999)))}, ${ts()}, ${ts()});`);
  // Not expected: two_factor.secret (ciphertext), scratch_hash (a digest), last_used_passcode (a spent six-digit code).

  // ---- personal access tokens: PBKDF2 digests, their salt and last eight characters
  users.filter((u) => u.id % 3 === 1).forEach((u, k) => p(`INSERT INTO access_token (uid, name, token_hash, token_salt, token_last_eight, scope, created_unix, updated_unix) VALUES (${u.id}, ${q(["renovate", "ci", "tea-cli", "backup"][k % 4])}, ${q(r.hex(100))}, ${q(r.alnum(10))}, ${q(r.hex(8))}, ${q(["write:repository,read:user", "all", "read:repository", "write:issue,write:repository"][k % 4])}, ${ts()}, ${ts()});`));
  // Not expected: access_token.token_hash (a digest), token_salt, token_last_eight (eight characters of forty).

  // ---- linked accounts: Keycloak (JWTs) and GitHub (gho_ tokens), with the provider's raw profile
  const jwtPart = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  users.filter((u) => u.id % 5 === 2).forEach((u, k) => {
    const gh = k % 2 === 1;
    const extId = gh ? String(r.int(1000000, 99999999)) : r.uuid();
    const nick = dirty ? u.login.replace(".", "") : u.login;
    const raw = gh
      ? { login: nick, id: Number(extId), node_id: "MDQ6VXNlcj" + r.b64(8), avatar_url: `https://avatars.githubusercontent.com/u/${extId}?v=4`, html_url: `https://github.com/${nick}`, type: "User", site_admin: false, name: `${u.pp.first} ${u.pp.last}`, company: dirty ? "Nordlicht Werke" : null, blog: "", location: dirty ? "Kiel" : null, email: u.mail, hireable: null, bio: null, public_repos: r.int(1, 40), followers: r.int(0, 30), following: r.int(0, 30), created_at: "2016-04-12T08:11:02Z", updated_at: "2024-01-28T19:20:11Z" }
      : { sub: extId, email_verified: true, name: `${u.pp.first} ${u.pp.last}`, preferred_username: u.login, given_name: u.pp.first, family_name: u.pp.last, email: u.mail, groups: ["gitea-users"] };
    const jwt = () => `${jwtPart({ alg: "RS256", typ: "JWT", kid: r.b64u(43) })}.${jwtPart({ exp: t0 + 300, iat: t0, jti: r.uuid(), iss: sso, aud: "gitea", sub: extId, typ: "Bearer", azp: "gitea", sid: r.uuid(), scope: "openid profile email" })}.${r.b64u(342)}`;
    const access = dirty ? (gh ? "gho_" + r.alnum(36) : jwt()) : `token-${k + 1}`;
    const refresh = gh ? "" : dirty ? jwt() : `refresh-${k + 1}`;
    p(`INSERT INTO external_login_user (external_id, user_id, login_source_id, raw_data, provider, email, name, first_name, last_name, nick_name, description, avatar_url, location, access_token, access_token_secret, refresh_token, expires_at) VALUES (${q(extId)}, ${u.id}, ${gh ? 3 : 2}, ${j(raw)}, ${q(gh ? "github" : "openidConnect")}, ${q(u.mail)}, ${q(gh ? `${u.pp.first} ${u.pp.last}` : u.login)}, ${q(gh ? "" : u.pp.first)}, ${q(gh ? "" : u.pp.last)}, ${q(gh ? nick : u.login)}, '', ${q(gh ? raw.avatar_url : "")}, ${q(gh && dirty ? "Kiel" : "")}, ${q(access)}, '', ${q(refresh)}, ${q(gh ? "0001-01-01 00:00:00" : "2024-02-01 09:05:00")});`);
  });
  if (dirty) { E("S", "external_login_user.access_token"); E("S", "external_login_user.refresh_token"); E("P", "external_login_user.email"); E("P", "external_login_user.name"); E("P", "external_login_user.first_name"); E("P", "external_login_user.last_name"); E("P", "external_login_user.raw_data"); }
  // Not expected: avatars.githubusercontent.com and github.com profile links (GitHub's), the Keycloak subject ids.

  // ---- OAuth2 applications: Gitea's built-in clients (loopback redirects) and the company's Grafana
  const apps = [
    [0, "git-credential-oauth", "a4792ccc-144e-407e-86c9-5e7d8d9c3269", false, ["http://127.0.0.1", "https://127.0.0.1"]],
    [0, "Git Credential Manager", "e90ee53c-94e2-48ac-9358-a874fb9e0662", false, ["http://127.0.0.1", "https://127.0.0.1"]],
    [0, "tea", "d57cb8c4-630c-4168-8324-ec79935e18d4", false, ["http://127.0.0.1", "https://127.0.0.1"]],
    [2, "Grafana", r.uuid(), true, [dirty ? "https://grafana.nordlicht-werke.de/login/generic_oauth" : "https://grafana.example.com/login/generic_oauth"]],
    [2, "Woodpecker CI", r.uuid(), true, [dirty ? "https://ci.nordlicht.internal/authorize" : "https://ci.example.com/authorize"]],
  ];
  // A confidential client's secret is kept as bcrypt of `gto_…`; the built-in public clients have none.
  const bcryptOf = () => "$2a$10$" + r.from("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53);
  apps.forEach(([uid, name, cid, conf, uris]) => p(`INSERT INTO oauth2_application (uid, name, client_id, client_secret, confidential_client, skip_secondary_authorization, redirect_uris, created_unix, updated_unix) VALUES (${uid}, ${q(name)}, ${q(cid)}, ${q(conf ? bcryptOf() : "")}, ${conf}, false, ${j(uris)}, ${t0 - 86400 * 200}, ${t0});`));
  if (dirty) E("H", "oauth2_application.redirect_uris");
  // Not expected: client_secret (bcrypt of a random secret: a digest, not crackable as a password is), the client ids.

  // ---- sessions (session PROVIDER = db): 16 hex characters of key, gob-encoded data (a sanitizer truncates the table)
  if (dirty) {
    const gob = (uid, uname) => Buffer.concat([Buffer.from([0x0e, 0xff, 0x81, 0x04, 0x01, 0x02, 0xff, 0x82, 0x00, 0x01, 0x10, 0x01, 0x10, 0x00, 0x00]), Buffer.from(`\x06string\x0c\x05\x00\x03uid\x05int64\x04\x03\x00\xfe${String.fromCharCode(uid * 2)}\x06string\x0c\x07\x00\x05uname\x06string\x0c${String.fromCharCode(uname.length + 2)}\x00${String.fromCharCode(uname.length)}${uname}`, "latin1")]);
    users.slice(1, 22).forEach((u) => p(`INSERT INTO session (key, data, expiry) VALUES (${q(r.hex(16))}, ${q("\\x" + gob(u.id, u.login).toString("hex"))}, ${ts()});`));
    E("S", "session.key");
  }
  // Not expected: session.data (the user's id and login).

  // ---- webhooks: Jenkins (gitea type, a shared secret), Slack, Matrix (an access token in the Authorization header, sealed)
  const jenkins = `https://${internal("jenkins")}/gitea-webhook/post`;
  const slackUrl = dirty ? `https://hooks.slack.com/services/T${r.upper(8)}/B${r.upper(10)}/${r.alnum(24)}` : "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
  const matrix = dirty ? "https://matrix.nordlicht-werke.de" : "https://matrix.example.com";
  const events = { push_only: false, send_everything: false, choose_events: true, branch_filter: "*", events: { create: true, delete: false, fork: false, issues: false, issue_assign: false, issue_label: false, issue_milestone: false, issue_comment: false, push: true, pull_request: true, pull_request_assign: false, pull_request_label: false, pull_request_milestone: false, pull_request_comment: false, pull_request_review: false, pull_request_sync: true, pull_request_review_request: false, wiki: false, repository: false, release: true, package: false } };
  const hooks = [
    [3, 0, jenkins, dirty ? r.alnum(40) : "", "gitea", "", ""],
    [0, 37, slackUrl, "", "slack", JSON.stringify({ channel: "#werkstatt-ci", username: "Gitea", icon_url: "", color: "" }), ""],
    [5, 0, `${matrix}/_matrix/client/v3/rooms/${encodeURIComponent(dirty ? "!QkYnUZbQhDAcmHXWpZ:nordlicht-werke.de" : "!room:example.com")}/send/m.room.message`, "", "matrix", JSON.stringify({ homeserver_url: matrix, room_id: dirty ? "!QkYnUZbQhDAcmHXWpZ:nordlicht-werke.de" : "!room:example.com", message_type: 1 }), sealed(51)],
  ];
  hooks.forEach(([repo, owner, url, secret, type, meta, auth]) => p(`INSERT INTO webhook (repo_id, owner_id, is_system_webhook, url, http_method, content_type, secret, events, is_active, type, meta, last_status, header_authorization_encrypted, created_unix, updated_unix) VALUES (${repo}, ${owner}, false, ${q(url)}, 'POST', 1, ${q(secret)}, ${j(events)}, true, ${q(type)}, ${q(meta)}, 1, ${q(auth)}, ${t0 - 86400 * 90}, ${t0});`));
  if (dirty) { E("H", "webhook.url"); E("S", "webhook.url"); E("S", "webhook.secret"); E("H", "webhook.meta"); }
  // Not expected: header_authorization_encrypted (ciphertext under SECRET_KEY); the Matrix room id.

  // ---- deliveries: the push payloads Gitea sent to Jenkins, with the request it made and the answer
  for (let d = 1; d <= 14; d++) {
    const u = users[1 + ((d * 5) % 34)];
    const repoName = ["firmware-pruefstand", "cad-export", "infra-ansible"][d % 3];
    const sha = r.hex(40);
    const author = { name: `${u.pp.first} ${u.pp.last}`, email: u.mail, username: u.login };
    const payload = {
      ref: "refs/heads/main", before: r.hex(40), after: sha, compare_url: `https://${site}/nordlicht/${repoName}/compare/${r.hex(10)}...${sha.slice(0, 10)}`,
      commits: [{ id: sha, message: r.pick(["Messwerte Kanal 3 korrigiert\n", "Fix: Timeout beim Flashen\n", "Ansible: neue Prüfstand-VMs\n"]), url: `https://${site}/nordlicht/${repoName}/commit/${sha}`, author, committer: author, verification: null, timestamp: "2024-02-03T09:12:44+01:00", added: [], removed: [], modified: ["src/main.c"] }],
      total_commits: 1, head_commit: null,
      repository: { id: 3, owner: { id: 37, login: "nordlicht", full_name: dirty ? "Nordlicht Werke GmbH" : "Example Org", email: "", avatar_url: `https://${site}/avatars/${r.hex(32)}`, username: "nordlicht" }, name: repoName, full_name: `nordlicht/${repoName}`, private: true, html_url: `https://${site}/nordlicht/${repoName}`, ssh_url: `git@${site}:nordlicht/${repoName}.git`, clone_url: `https://${site}/nordlicht/${repoName}.git`, default_branch: "main" },
      pusher: { id: u.id, login: u.login, full_name: `${u.pp.first} ${u.pp.last}`, email: u.mail, avatar_url: `https://${site}/avatars/${r.hex(32)}`, username: u.login },
      sender: { id: u.id, login: u.login, full_name: `${u.pp.first} ${u.pp.last}`, email: u.mail, username: u.login },
    };
    const delivery = r.uuid();
    const request = { url: jenkins, http_method: "POST", headers: { "Content-Type": "application/json", "X-GitHub-Delivery": delivery, "X-GitHub-Event": "push", "X-GitHub-Event-Type": "push", "X-Gitea-Delivery": delivery, "X-Gitea-Event": "push", "X-Gitea-Event-Type": "push", "X-Gitea-Signature": r.hex(64), "X-Gogs-Delivery": delivery, "X-Gogs-Event": "push", "X-Gogs-Event-Type": "push", "X-Gogs-Signature": r.hex(64), "X-Hub-Signature": "sha1=" + r.hex(40), "X-Hub-Signature-256": "sha256=" + r.hex(64) } };
    const response = { status: 200, headers: { "Content-Type": "text/html;charset=utf-8", Date: "Sat, 03 Feb 2024 08:12:45 GMT", Server: "Jetty(10.0.18)", "X-Content-Type-Options": "nosniff" }, body: "Scheduled polling of firmware-pruefstand" };
    p(`INSERT INTO hook_task (hook_id, uuid, payload_content, event_type, is_delivered, delivered, is_succeed, request_content, response_content) VALUES (1, ${q(delivery)}, ${j(payload)}, 'push', true, ${(t0 + d * 3600) * 1e9}, true, ${j(request)}, ${j(response)});`);
  }
  // A delivery names the owner's hosts: the request's target (Jenkins) and the payload's links to the production Gitea
  // (clone_url, html_url), as Discourse's delivered events' Host header is read (stop 23).
  if (dirty) { E("P", "hook_task.payload_content"); E("H", "hook_task.payload_content"); E("H", "hook_task.request_content"); }
  // Not expected: the request's signatures (HMACs of the body beside them).

  // ---- Actions: registration tokens in clear, runners with their token's digest, secrets sealed with SECRET_KEY
  p(`INSERT INTO action_runner_token (token, owner_id, repo_id, is_active, created, updated, deleted) VALUES (${q(dirty ? r.alnum(40) : "token-1")}, 0, 0, true, ${t0}, ${t0}, NULL), (${q(dirty ? r.alnum(40) : "token-2")}, 37, 0, true, ${t0}, ${t0}, NULL);`);
  if (dirty) E("S", "action_runner_token.token");
  for (let k = 1; k <= 3; k++) p(`INSERT INTO action_runner (uuid, name, version, owner_id, repo_id, description, base, repo_range, token_hash, token_salt, last_online, last_active, agent_labels, created, updated, deleted) VALUES (${q(r.uuid())}, ${q(`runner-${["pruefstand", "build01", "build02"][k - 1]}`)}, 'v0.2.10', ${k === 1 ? 37 : 0}, 0, '', 0, '', ${q(r.hex(100))}, ${q(r.alnum(10))}, ${ts()}, ${ts()}, ${j(["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest", "ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04", "ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"])}, ${t0}, ${t0}, NULL);`);
  // Not expected: token_hash (a digest); the runners' default labels (Docker images on Docker Hub).
  [["DEPLOY_SSH_KEY", 400], ["REGISTRY_PASSWORD", 24], ["SONAR_TOKEN", 40], ["NEXUS_PASSWORD", 20]].forEach(([name, n], k) =>
    p(`INSERT INTO secret (owner_id, repo_id, name, data, description, created_unix) VALUES (${k < 2 ? 37 : 0}, ${k < 2 ? 0 : 3}, ${q(name)}, ${q(sealed(n))}, '', ${ts()});`));
  // Not expected: secret.data (ciphertext under SECRET_KEY).

  // ---- repositories, pull mirrors and push mirrors
  const repos = ["firmware-pruefstand", "cad-export", "infra-ansible", "doku", "messdaten-auswertung", "legacy-cad-tools"];
  repos.forEach((name, k) => p(`INSERT INTO repository (owner_id, owner_name, lower_name, name, description, website, original_service_type, original_url, default_branch, num_watches, num_stars, num_forks, num_issues, is_private, is_empty, is_archived, is_mirror, is_fork, size, created_unix, updated_unix) VALUES (37, 'nordlicht', ${q(name)}, ${q(name)}, ${q(["Firmware der Prüfstände", "Export aus dem CAD", "Ansible für Werkstatt-Server", "Dokumentation", "Auswertung der Messdaten", "Alte CAD-Werkzeuge (Spiegel)"][k])}, '', ${k === 5 ? 1 : 0}, ${q(k === 5 ? `https://${internal("svn")}/git/cad-tools.git` : "")}, 'main', ${r.int(1, 9)}, 0, 0, ${r.int(0, 20)}, true, false, ${k === 5}, ${k === 5}, false, ${r.int(100000, 90000000)}, ${t0 - 86400 * 400}, ${ts()});`));
  p(`INSERT INTO mirror (repo_id, interval, enable_prune, updated_unix, next_update_unix, lfs_enabled, lfs_endpoint, remote_address) VALUES (6, 28800000000000, true, ${t0}, ${t0 + 28800}, false, '', ${q(`https://${internal("svn")}/git/cad-tools.git`)});`);
  p(`INSERT INTO push_mirror (repo_id, remote_name, remote_address, sync_on_commit, interval, created_unix, last_update, last_error) VALUES (1, ${q("remote_mirror_" + r.alnum(10))}, ${q(`https://${internal("backup-git")}/spiegel/firmware-pruefstand.git`)}, true, 28800000000000, ${t0}, ${t0}, '');`);
  if (dirty) { E("H", "mirror.remote_address"); E("H", "push_mirror.remote_address"); E("H", "repository.original_url"); }
  // Not expected: the repositories' descriptions.

  // ---- SSH keys: public keys with their owners' laptops in the comment
  users.filter((u) => u.id % 4 === 2).forEach((u) => {
    const host = dirty ? r.pick(["thinkpad", "werkstatt-pc", "macbook"]) : "laptop";
    p(`INSERT INTO public_key (owner_id, name, fingerprint, content, mode, type, login_source_id, created_unix, updated_unix, verified) VALUES (${u.id}, ${q(`${u.login}@${host}`)}, ${q("SHA256:" + r.b64(43))}, ${q(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} ${u.login}@${host}`)}, 2, 1, 0, ${ts()}, ${ts()}, false);`);
  });
  // Not expected: public keys and their comments (a login and a machine's name).

  // ---- issues and comments: a pasted stack trace with a connection string, a customer's callback number
  for (let n = 1; n <= 30; n++) {
    const u = users[1 + (n % 34)];
    const cust = dirty ? person(r, 200 + n) : fakePerson(200 + n);
    let content = r.pick(["Beim Flashen bricht der Vorgang nach 30 s ab.", "Export nach STEP verliert die Bemaßung.", "Bitte Playbook für die neuen Prüfstand-VMs ergänzen.", "Doku zur Kalibrierung fehlt."]);
    if (n === 4) content += `\n\n\`\`\`\npsycopg2.OperationalError: connection to server failed\n  dsn=${dirty ? `postgresql://messdaten:${r.alnum(18)}@${internal("pg-messdaten")}:5432/messdaten` : "postgresql://user:password@db.example.com:5432/app"}\n\`\`\``;
    if (n === 9) content += `\n\nKunde ${cust.first} ${cust.last} bittet um Rückruf: ${cust.phone}, ${cust.email}`;
    p(`INSERT INTO issue (repo_id, index, poster_id, original_author, original_author_id, name, content, content_version, milestone_id, priority, is_closed, is_pull, num_comments, ref, pin_order, deadline_unix, created_unix, updated_unix, closed_unix, is_locked) VALUES (${1 + (n % 5)}, ${n}, ${u.id}, '', 0, ${q(["Flash-Timeout", "STEP-Export", "Neue VMs", "Kalibrierung"][n % 4] + " #" + n)}, ${q(content)}, 0, 0, 0, ${n % 3 === 0}, ${n % 6 === 0}, 1, '', 0, 0, ${ts()}, ${ts()}, 0, false);`);
    const v = users[1 + ((n * 7) % 34)];
    const reply = n === 9 && dirty ? `@${u.login} habe ${cust.first} zurückgerufen, Termin steht. Handy falls nötig: ${cust.phone}` : r.pick(["Kann ich nachstellen.", "Fix ist im Branch main.", "LGTM", "Bitte noch Tests ergänzen."]);
    p(`INSERT INTO comment (type, poster_id, original_author, original_author_id, issue_id, content, content_version, created_unix, updated_unix, commit_sha, line, tree_path, review_id, invalidated) VALUES (0, ${v.id}, '', 0, ${n}, ${q(reply)}, 0, ${ts()}, ${ts()}, '', 0, '', 0, false);`);
  }
  if (dirty) { E("S", "issue.content"); E("H", "issue.content"); E("P", "issue.content"); E("P", "comment.content"); }
  // Not expected: @mentions (logins).

  // ---- Actions variables (models/actions/variable.go): plain values the workflows read, deploy targets among them
  [["DEPLOY_HOST", dirty ? "deploy01.nordlicht.internal" : "deploy.example.com"], ["SONAR_HOST_URL", dirty ? "https://sonar.nordlicht.internal" : "https://sonar.example.com"], ["IMAGE_NAME", "firmware-pruefstand"], ["NODE_VERSION", "20"]].forEach(([name, data], k) =>
    p(`INSERT INTO action_variable (owner_id, repo_id, name, data, created_unix, updated_unix) VALUES (${k < 2 ? 37 : 0}, ${k < 2 ? 0 : 1}, ${q(name)}, ${q(data)}, ${t0}, ${t0});`));
  if (dirty) E("H", "action_variable.data");
  // ---- repository units (models/repo/repo_unit.go): settings as JSON, an external issue tracker among them
  repos.forEach((_, k) => {
    p(`INSERT INTO repo_unit (repo_id, type, config, created_unix, everyone_access_mode) VALUES (${k + 1}, 1, '{}', ${t0}, 0), (${k + 1}, 2, ${j({ EnableTimetracker: true, AllowOnlyContributorsToTrackTime: true, EnableDependencies: true })}, ${t0}, 0), (${k + 1}, 3, ${j({ IgnoreWhitespaceConflicts: false, AllowMerge: true, AllowRebase: true, AllowRebaseMerge: true, AllowSquash: true, AllowFastForwardOnly: true, AllowManualMerge: false, AutodetectManualMerge: false, AllowRebaseUpdate: true, DefaultDeleteBranchAfterMerge: false, DefaultMergeStyle: "merge", DefaultAllowMaintainerEdit: false })}, ${t0}, 0);`);
    if (k === 1) p(`INSERT INTO repo_unit (repo_id, type, config, created_unix, everyone_access_mode) VALUES (2, 7, ${j({ ExternalTrackerURL: `https://${internal("jira")}/projects/CAD`, ExternalTrackerFormat: `https://${internal("jira")}/browse/CAD-{index}`, ExternalTrackerStyle: "numeric", ExternalTrackerRegexpPattern: "" })}, ${t0}, 0);`);
  });
  if (dirty) E("H", "repo_unit.config");
  // ---- package registry blobs (models/packages/package_blob.go): digests of the uploaded files
  for (let k = 1; k <= 6; k++) p(`INSERT INTO package_blob (size, hash_md5, hash_sha1, hash_sha256, hash_sha512, created_unix) VALUES (${r.int(1000, 90000000)}, ${q(r.hex(32))}, ${q(r.hex(40))}, ${q(r.hex(64))}, ${q(r.hex(128))}, ${ts()});`);
  // Not expected: package digests.
  // ---- security keys (models/auth/webauthn.go): credential ids and COSE public keys
  users.filter((u) => u.id % 6 === 1).forEach((u) => p(`INSERT INTO webauthn_credential (name, lower_name, user_id, credential_id, public_key, attestation_type, aaguid, sign_count, clone_warning, created_unix, updated_unix) VALUES ('YubiKey 5', 'yubikey 5', ${u.id}, ${q("\\x" + r.hex(64))}, ${q("\\xa5010203262001215820" + r.hex(64) + "225820" + r.hex(64))}, 'none', ${q("\\x" + "cb69481e8ff7403993ec0a2729a154a8")}, ${r.int(3, 400)}, false, ${ts()}, ${ts()});`));
  // Not expected: security keys' credential ids and public keys.

  // ---- system settings kept in the database (1.22: avatars)
  [["picture.disable_gravatar", "true"], ["picture.enable_federated_avatar", "false"], ["revision", "3"]].forEach(([k, v], n) => p(`INSERT INTO system_setting (setting_key, setting_value, version, created, updated) VALUES (${q(k)}, ${q(v)}, ${n + 1}, ${t0}, ${t0});`));
  return { out, exp };
}
