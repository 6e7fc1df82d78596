import { rng, q, j, php, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- Nextcloud ----------------
export function nextcloud(dirty) {
  const r = rng(505);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const host = dirty ? "cloud.kanzlei-brandt.de" : "cloud.example.com";
  p(`CREATE TABLE oc_appconfig (appid varchar(32) NOT NULL, configkey varchar(64) NOT NULL, configvalue text, type integer DEFAULT 2, lazy smallint DEFAULT 0, PRIMARY KEY (appid, configkey));`);
  p(`CREATE TABLE oc_preferences (userid varchar(64) NOT NULL, appid varchar(32) NOT NULL, configkey varchar(64) NOT NULL, configvalue text, PRIMARY KEY (userid, appid, configkey));`);
  p(`CREATE TABLE oc_users (uid varchar(64) PRIMARY KEY, displayname varchar(64), password varchar(255) NOT NULL, uid_lower varchar(64));`);
  p(`CREATE TABLE oc_accounts (uid varchar(64) PRIMARY KEY, data text NOT NULL);`);
  p(`CREATE TABLE oc_accounts_data (id bigserial PRIMARY KEY, uid varchar(64) NOT NULL, name varchar(64) NOT NULL, value varchar(255));`);
  p(`CREATE TABLE oc_authtoken (id bigserial PRIMARY KEY, uid varchar(64) NOT NULL, login_name varchar(255) NOT NULL, password text, name text NOT NULL, token varchar(200) NOT NULL, type smallint, remember smallint, last_activity integer, last_check integer, scope text, expires integer, private_key text, public_key text, version smallint DEFAULT 1, password_invalid boolean DEFAULT false, password_hash varchar(255));`);
  p(`CREATE TABLE oc_oauth2_clients (id serial PRIMARY KEY, name varchar(64) NOT NULL, redirect_uri varchar(2000) NOT NULL, client_identifier varchar(64) NOT NULL, secret varchar(512) NOT NULL);`);
  p(`CREATE TABLE oc_mail_accounts (id serial PRIMARY KEY, user_id varchar(64) NOT NULL, name varchar(255), email varchar(255) NOT NULL, inbound_host varchar(64), inbound_port varchar(6), inbound_ssl_mode varchar(10), inbound_user varchar(255), inbound_password varchar(2048), outbound_host varchar(64), outbound_port varchar(6), outbound_user varchar(255), outbound_password varchar(2048), signature text);`);
  p(`CREATE TABLE oc_external_config (config_id bigserial PRIMARY KEY, mount_id bigint NOT NULL, key varchar(64) NOT NULL, value varchar(4000));`);
  p(`CREATE TABLE oc_filecache (fileid bigserial PRIMARY KEY, storage bigint NOT NULL, path varchar(4000), path_hash varchar(32) NOT NULL, parent bigint NOT NULL, name varchar(250), mimetype bigint NOT NULL, size bigint NOT NULL, mtime bigint NOT NULL, etag varchar(40), permissions integer);`);
  const ac = [
    ["core", "installedat", "1678000000.123"], ["core", "vendor", "nextcloud"], ["core", "lastcron", "1711900000"], ["core", "public_files", "files_sharing/public.php"],
    ["core", "oc.integritycheck.checker", "[]"], ["core", "backgroundjobs_mode", "cron"],
    ["theming", "name", dirty ? "Kanzlei Brandt Cloud" : "Example Cloud"], ["theming", "url", dirty ? "https://www.kanzlei-brandt.de" : "https://example.com"], ["theming", "imprintUrl", dirty ? "https://www.kanzlei-brandt.de/impressum" : "https://example.com/imprint"], ["theming", "color", "#0082c9"],
    ["user_ldap", "s01ldap_host", dirty ? "ldaps://dc1.brandt.local" : "ldap://ldap.example.com"], ["user_ldap", "s01ldap_port", "636"], ["user_ldap", "s01ldap_dn", dirty ? "cn=nextcloud,ou=service,dc=brandt,dc=local" : "cn=admin,dc=example,dc=com"],
    ["user_ldap", "s01ldap_agent_password", dirty ? Buffer.from("Br4ndt-" + r.alnum(10)).toString("base64") : ""], ["user_ldap", "s01ldap_base", "dc=brandt,dc=local"],
    ["notify_push", "base_endpoint", `https://${host}/push`],
    ["richdocuments", "wopi_url", dirty ? "https://office.kanzlei-brandt.de" : "https://office.example.com"], ["richdocuments", "public_wopi_url", dirty ? "https://office.kanzlei-brandt.de" : "https://office.example.com"],
    ["spreed", "turn_servers", JSON.stringify([{ schemes: "turn,turns", server: dirty ? "turn.kanzlei-brandt.de:3478" : "turn.example.com:3478", secret: dirty ? r.hex(64) : "", protocols: "udp,tcp" }])],
    ["spreed", "signaling_servers", JSON.stringify({ servers: [{ server: dirty ? "https://signal.kanzlei-brandt.de" : "https://signal.example.com", verify: true }], secret: dirty ? r.alnum(32) : "" })],
    ["files_antivirus", "av_host", dirty ? "clamav" : "clamav"], ["files_antivirus", "av_port", "3310"],
    ["support", "subscription_key", dirty ? r.upper(5) + "-" + r.upper(5) + "-" + r.upper(5) + "-" + r.upper(5) : ""],
    ["serverinfo", "token", dirty ? r.alnum(32) : ""],
    ["password_policy", "minLength", "12"], ["firstrunwizard", "enabled", "no"],
    ["mail", "microsoft_oauth_client_secret", dirty ? r.alnum(3) + "8Q~" + r.b64u(34) : ""],
  ];
  ac.forEach(([a, k, v]) => p(`INSERT INTO oc_appconfig VALUES (${q(a)}, ${q(k)}, ${q(v)}, 2, 0);`));
  if (dirty) { E("S", "oc_appconfig.configvalue"); E("H", "oc_appconfig.configvalue"); }
  for (let i = 1; i <= 30; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    const uid = dirty ? (pp.first[0] + pp.last).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") + i : "user" + i;
    p(`INSERT INTO oc_users VALUES (${q(uid)}, ${q(pp.first + " " + pp.last)}, ${q(dirty ? "3|$argon2id$v=19$m=65536,t=4,p=1$" + r.b64(22) + "$" + r.b64(43) : "3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA")}, ${q(uid)});`);
    const data = { displayname: { value: pp.first + " " + pp.last, scope: "v2-federated", verified: "0" }, address: { value: dirty ? "Kantstraße " + r.int(1, 90) + ", Berlin" : "", scope: "v2-local", verified: "0" }, website: { value: "", scope: "v2-local", verified: "0" }, email: { value: pp.email, scope: "v2-federated", verified: "1" }, avatar: { scope: "v2-federated" }, phone: { value: pp.phone, scope: "v2-local", verified: "0" }, twitter: { value: "", scope: "v2-local", verified: "0" }, organisation: { value: dirty ? "Kanzlei Brandt" : "", scope: "v2-local" }, role: { value: "", scope: "v2-local" }, headline: { value: "", scope: "v2-local" }, biography: { value: "", scope: "v2-local" } };
    p(`INSERT INTO oc_accounts VALUES (${q(uid)}, ${q(JSON.stringify(data))});`);
    p(`INSERT INTO oc_accounts_data (uid, name, value) VALUES (${q(uid)}, 'displayname', ${q(pp.first + " " + pp.last)}), (${q(uid)}, 'email', ${q(pp.email)}), (${q(uid)}, 'phone', ${q(pp.phone)});`);
    const prefs = [["settings", "email", pp.email], ["core", "lang", "de"], ["core", "timezone", "Europe/Berlin"], ["login", "lastLogin", "1711000000"], ["core", "apppasswords_migration", "1"], ["files", "quota", "50 GB"], ["avatar", "generated", "true"], ["core", "first_login", "1700000000"], ["activity", "notify_email_shared", "1"]];
    prefs.forEach(([a, k, v]) => p(`INSERT INTO oc_preferences VALUES (${q(uid)}, ${q(a)}, ${q(k)}, ${q(v)});`));
    for (let t = 0; t < 2; t++) p(`INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES (${q(uid)}, ${q(uid)}, ${q(dirty ? r.b64(300) + "|" + r.hex(32) + "|" + r.hex(128) + "|3" : null)}, ${q(t ? "Nextcloud-Android (Pixel 7)" : r.pick(uas))}, ${q(dirty ? r.hex(128) : "0".repeat(128))}, 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, ${q(dirty ? r.b64(1600) + "|" + r.hex(32) + "|" + r.hex(128) + "|3" : null)}, ${q("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64(40) + "\n-----END PUBLIC KEY-----")}, 2, false, NULL);`);
  }
  if (dirty) { E("P", "oc_users.displayname"); E("S", "oc_users.password"); E("P", "oc_accounts.data"); E("P", "oc_accounts_data.value"); E("P", "oc_preferences.configvalue"); }
  p(`INSERT INTO oc_oauth2_clients (name, redirect_uri, client_identifier, secret) VALUES ('Paperless sync', ${q(dirty ? "https://paperless.kanzlei-brandt.de/oauth/callback" : "https://paperless.example.com/oauth/callback")}, ${q(dirty ? r.alnum(64) : "client-1")}, ${q(dirty ? r.hex(128) : "secret-1")});`);
  if (dirty) { E("S", "oc_oauth2_clients.secret"); E("H", "oc_oauth2_clients.redirect_uri"); }
  for (let m = 1; m <= 6; m++) {
    const pp = dirty ? person(r, m + 40) : fakePerson(m + 40);
    p(`INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES (${q("user" + m)}, ${q(pp.first + " " + pp.last)}, ${q(pp.email)}, ${q(dirty ? "imap.ionos.de" : "imap.example.com")}, '993', 'ssl', ${q(pp.email)}, ${q(dirty ? r.b64(120) + "|" + r.hex(32) + "|" + r.hex(128) + "|3" : null)}, ${q(dirty ? "smtp.ionos.de" : "smtp.example.com")}, '587', ${q(pp.email)}, ${q(dirty ? r.b64(120) + "|" + r.hex(32) + "|" + r.hex(128) + "|3" : null)}, ${q(`<div>${pp.first} ${pp.last}<br>Rechtsanwältin<br>Tel. ${pp.phone}</div>`)});`);
  }
  // The IMAP and SMTP logins are the users' own addresses; the SMTP host is a pointer as the IMAP host is (reviewed at stop 22).
  if (dirty) { E("P", "oc_mail_accounts.inbound_user"); E("P", "oc_mail_accounts.outbound_user"); E("H", "oc_mail_accounts.outbound_host"); }
  if (dirty) { E("P", "oc_mail_accounts.email"); E("P", "oc_mail_accounts.signature"); E("H", "oc_mail_accounts.inbound_host"); E("P", "oc_mail_accounts.name"); }
  p(`INSERT INTO oc_external_config (mount_id, key, value) VALUES (1, 'host', ${q(dirty ? "nas01.brandt.local" : "files.example.com")}), (1, 'share', 'akten'), (1, 'user', ${q(dirty ? "BRANDT\\svc-nextcloud" : "user")}), (1, 'password', ${q(dirty ? "Akten" + r.alnum(8) + "#" : "")}), (1, 'domain', 'BRANDT'), (2, 'bucket', 'backup'), (2, 'hostname', ${q(dirty ? "s3.eu-central-1.amazonaws.com" : "s3.example.com")}), (2, 'key', ${q(dirty ? "AKIA" + r.upper(16).replace(/[^A-Z2-7]/g, "A") : "AKIAIOSFODNN7EXAMPLE")}), (2, 'secret', ${q(dirty ? r.b64(40) : "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")});`);
  if (dirty) { E("S", "oc_external_config.value"); E("H", "oc_external_config.value"); }
  for (let f = 1; f <= 40; f++) p(`INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, ${q("files/Akten/2024/" + (dirty && f % 5 === 0 ? "Mandant_" + person(r, f).last + "_Scheidung.pdf" : "Akte_" + f + ".pdf"))}, ${q(r.hex(32))}, 1, ${q("Akte_" + f + ".pdf")}, 4, ${r.int(1000, 900000)}, 1711000000, ${q(r.hex(13))}, 27);`);
  return { out, exp };
}

