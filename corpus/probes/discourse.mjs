import { pbkdf2Sync, createHash } from "node:crypto";
import { rng, q, j, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- Discourse ----------------
// Discourse's own database (PostgreSQL only), as its models' schema annotations lay it out: users with inet addresses,
// their e-mails in user_emails, PBKDF2 hashes in hex in user_passwords (with a hex salt and the algorithm string), login
// tokens kept as SHA-1 base64 digests, API keys and e-mail tokens as SHA-256 hex digests, TOTP secrets in clear in
// user_second_factors, OAuth logins' info and credentials as jsonb, the site settings as a name/type/value table, group
// mailboxes with their SMTP/IMAP passwords in clear, webhooks and their delivered events, themes pulled from git with a
// deploy key, posts (raw Markdown and cooked HTML), incoming e-mails kept raw, and the staff action log.
export function discourse(dirty) {
  const r = rng(808);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const forum = dirty ? "forum.radsport-nordheide.de" : "forum.example.com";
  const org = dirty ? "radsport-nordheide.de" : "example.com";
  const ts = "'2024-03-01 10:00:00'";
  p(`CREATE TABLE users (id integer PRIMARY KEY, username varchar(60) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, name varchar, seen_notification_id integer DEFAULT 0 NOT NULL, last_posted_at timestamp, active boolean DEFAULT false NOT NULL, username_lower varchar(60) NOT NULL, last_seen_at timestamp, admin boolean DEFAULT false NOT NULL, trust_level integer NOT NULL, approved boolean DEFAULT false NOT NULL, ip_address inet, moderator boolean DEFAULT false, title varchar, locale varchar(10), registration_ip_address inet, staged boolean DEFAULT false NOT NULL, first_seen_at timestamp, secure_identifier varchar);`);
  p(`CREATE TABLE user_emails (id integer PRIMARY KEY, user_id integer NOT NULL, email varchar(513) NOT NULL, "primary" boolean DEFAULT false NOT NULL, created_at timestamp, updated_at timestamp, normalized_email varchar);`);
  p(`CREATE TABLE user_passwords (id integer PRIMARY KEY, user_id integer NOT NULL UNIQUE, password_hash varchar(64) NOT NULL, password_salt varchar(32) NOT NULL, password_algorithm varchar(64) NOT NULL, password_expired_at timestamp, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);`);
  p(`CREATE TABLE user_profiles (user_id integer PRIMARY KEY, location varchar(3000), website varchar(3000), bio_raw text, bio_cooked text, views integer DEFAULT 0 NOT NULL);`);
  p(`CREATE TABLE user_auth_tokens (id integer PRIMARY KEY, user_id integer NOT NULL, auth_token varchar NOT NULL UNIQUE, prev_auth_token varchar NOT NULL UNIQUE, user_agent varchar, auth_token_seen boolean DEFAULT false NOT NULL, client_ip inet, rotated_at timestamp NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, seen_at timestamp, authenticated_with_oauth boolean DEFAULT false);`);
  p(`CREATE TABLE user_auth_token_logs (id integer PRIMARY KEY, action varchar NOT NULL, user_auth_token_id integer, user_id integer, client_ip inet, user_agent varchar, auth_token varchar, created_at timestamp, path varchar);`);
  p(`CREATE TABLE api_keys (id integer PRIMARY KEY, user_id integer, created_by_id integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, allowed_ips inet[], hidden boolean DEFAULT false NOT NULL, last_used_at timestamp, revoked_at timestamp, description text, key_hash varchar NOT NULL, truncated_key varchar NOT NULL);`);
  p(`CREATE TABLE email_tokens (id integer PRIMARY KEY, user_id integer NOT NULL, email varchar NOT NULL, confirmed boolean DEFAULT false NOT NULL, expired boolean DEFAULT false NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, token_hash varchar NOT NULL, scope integer);`);
  p(`CREATE TABLE user_second_factors (id bigint PRIMARY KEY, user_id integer NOT NULL, method integer NOT NULL, data varchar NOT NULL, enabled boolean DEFAULT false NOT NULL, last_used timestamp, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, name varchar);`);
  p(`CREATE TABLE user_associated_accounts (id bigint PRIMARY KEY, provider_name varchar NOT NULL, provider_uid varchar NOT NULL, user_id integer, last_used timestamp NOT NULL, info jsonb DEFAULT '{}' NOT NULL, credentials jsonb DEFAULT '{}' NOT NULL, extra jsonb DEFAULT '{}' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);`);
  p(`CREATE TABLE site_settings (id integer PRIMARY KEY, name varchar NOT NULL, data_type integer NOT NULL, value text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);`);
  p(`CREATE TABLE groups (id integer PRIMARY KEY, name varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, automatic boolean DEFAULT false NOT NULL, user_count integer DEFAULT 0 NOT NULL, incoming_email varchar, full_name varchar, smtp_server varchar, smtp_port integer, smtp_ssl_mode integer DEFAULT 0 NOT NULL, imap_server varchar, imap_port integer, imap_ssl boolean, imap_mailbox_name varchar DEFAULT '' NOT NULL, email_username varchar, email_password varchar, email_from_alias varchar, smtp_enabled boolean DEFAULT false, imap_enabled boolean DEFAULT false);`);
  p(`CREATE TABLE web_hooks (id integer PRIMARY KEY, payload_url varchar NOT NULL, content_type integer DEFAULT 1 NOT NULL, last_delivery_status integer DEFAULT 1 NOT NULL, status integer DEFAULT 1 NOT NULL, secret varchar DEFAULT '', wildcard_web_hook boolean DEFAULT false NOT NULL, verify_certificate boolean DEFAULT true NOT NULL, active boolean DEFAULT false NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);`);
  p(`CREATE TABLE web_hook_events (id integer PRIMARY KEY, web_hook_id integer NOT NULL, headers varchar, payload text, status integer DEFAULT 0, response_headers varchar, response_body text, duration integer DEFAULT 0, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);`);
  p(`CREATE TABLE remote_themes (id integer PRIMARY KEY, remote_url varchar NOT NULL, remote_version varchar, local_version varchar, about_url varchar, license_url varchar, commits_behind integer, remote_updated_at timestamp, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, private_key text, branch varchar, last_error_text text);`);
  p(`CREATE TABLE posts (id integer PRIMARY KEY, user_id integer, topic_id integer NOT NULL, post_number integer NOT NULL, raw text NOT NULL, cooked text NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, reply_count integer DEFAULT 0 NOT NULL, post_type integer DEFAULT 1 NOT NULL);`);
  p(`CREATE TABLE incoming_emails (id integer PRIMARY KEY, user_id integer, topic_id integer, post_id integer, raw text, error text, message_id text, from_address text, to_addresses text, cc_addresses text, subject text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, is_bounce boolean DEFAULT false NOT NULL, created_via integer DEFAULT 0 NOT NULL);`);
  p(`CREATE TABLE email_logs (id integer PRIMARY KEY, to_address varchar NOT NULL, email_type varchar NOT NULL, user_id integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, post_id integer, bounced boolean DEFAULT false NOT NULL, message_id varchar, smtp_transaction_response varchar(500));`);
  p(`CREATE TABLE user_histories (id integer PRIMARY KEY, action integer NOT NULL, acting_user_id integer, target_user_id integer, details text, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, context varchar, ip_address varchar, email varchar, subject text, previous_value text, new_value text, admin_only boolean DEFAULT false);`);

  // ---- people
  // A sanitizer writes one fixed hash and salt of a throwaway password into every row (Discourse's encoding: hex of
  // PBKDF2-SHA256, 600,000 rounds, 32 bytes; 16 random bytes of salt in hex; the algorithm spelled out beside them).
  const algo = "$pbkdf2-sha256$i=600000,l=32$";
  const fixedSalt = "5f0a1ad3c0ffee0ddba11c0de5eed123";
  const fixedHash = pbkdf2Sync("password", fixedSalt, 600000, 32, "sha256").toString("hex");
  // Discourse drops the dots and a +tag of a Gmail address to compare e-mails.
  const normalized = (e) => (e.endsWith("@gmail.com") ? e.split("@")[0].replace(/\./g, "").replace(/\+.*/, "") + "@gmail.com" : e);
  const people = [];
  for (let i = 1; i <= 40; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    people.push(pp);
    const uname = i === 1 ? "system" : dirty ? (pp.first + "_" + pp.last.slice(0, 1)).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") + (i % 5) : "user" + i;
    const staged = i > 34;
    p(`INSERT INTO users VALUES (${i}, ${q(uname)}, ${ts}, ${ts}, ${q(i === 1 ? "system" : pp.first + " " + pp.last)}, 0, ${ts}, ${!staged}, ${q(uname.toLowerCase())}, ${ts}, ${i <= 2}, ${staged ? 0 : r.int(0, 4)}, false, ${i === 1 ? "NULL" : q(pp.ip)}, ${i === 3}, NULL, 'de', ${i === 1 || staged ? "NULL" : q(pp.ip.replace(/\.\d+$/, "." + r.int(1, 254)))}, ${staged}, ${ts}, NULL);`);
    p(`INSERT INTO user_emails VALUES (${i}, ${i}, ${q(i === 1 ? "no_email" : pp.email)}, true, ${ts}, ${ts}, ${q(i === 1 ? "no_email" : normalized(pp.email))});`);
    if (i > 1 && !staged) p(`INSERT INTO user_passwords VALUES (${i}, ${i}, ${q(dirty ? r.hex(64) : fixedHash)}, ${q(dirty ? r.hex(32) : fixedSalt)}, ${q(algo)}, NULL, ${ts}, ${ts});`);
    if (i > 1 && i <= 20) {
      const city = dirty ? r.pick(["Buchholz in der Nordheide", "Hamburg-Harburg", "Winsen (Luhe)", "Tostedt", "Lüneburg"]) : "";
      const site = dirty && i % 3 === 0 ? `https://${pp.first.toLowerCase()}-radelt.de` : "";
      const bio = dirty && i % 4 === 0 ? `Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: ${pp.phone}` : dirty ? "Rennrad, Gravel, ab und zu MTB." : "Test profile.";
      p(`INSERT INTO user_profiles VALUES (${i}, ${q(city)}, ${q(site)}, ${q(bio)}, ${q("<p>" + bio + "</p>")}, ${r.int(0, 300)});`);
    }
    if (i % 3 === 0 && !staged) {
      // SHA-1 (base64) of the cookie's token and the instance's secret_key_base: the token itself is only in the browser.
      const digest = () => createHash("sha1").update(r.hex(32) + "secret-key-base").digest("base64");
      const d = digest();
      p(`INSERT INTO user_auth_tokens VALUES (${i}, ${i}, ${q(d)}, ${q(i % 2 ? d : digest())}, ${q(r.pick(uas))}, true, ${q(pp.ip)}, ${ts}, ${ts}, ${ts}, ${ts}, false);`);
      p(`INSERT INTO user_auth_token_logs VALUES (${i}, 'generate', ${i}, ${i}, ${q(pp.ip)}, ${q(r.pick(uas))}, ${q(d)}, ${ts}, '/session');`);
    }
    if (i % 8 === 0) p(`INSERT INTO email_tokens VALUES (${i}, ${i}, ${q(pp.email)}, true, true, ${ts}, ${ts}, ${q(createHash("sha256").update(r.hex(32)).digest("hex"))}, 1);`);
    // TOTP secrets (base32, ROTP.random_base32) in clear; a sanitizer writes the well-known example secret.
    if (i % 6 === 0 && !staged) p(`INSERT INTO user_second_factors VALUES (${i}, ${i}, 1, ${q(dirty ? r.upper(32) : "JBSWY3DPEHPK3PXP")}, true, ${ts}, ${ts}, ${ts}, 'Handy');`);
  }
  if (dirty) {
    E("P", "users.name"); E("P", "users.ip_address"); E("P", "users.registration_ip_address"); E("P", "user_emails.email"); E("P", "user_emails.normalized_email");
    E("S", "user_passwords.password_hash"); E("P", "user_profiles.bio_raw"); E("P", "user_profiles.bio_cooked"); E("P", "user_auth_tokens.client_ip"); E("P", "user_auth_token_logs.client_ip");
    E("P", "email_tokens.email"); E("S", "user_second_factors.data");
  }
  // Not expected: users.username (logins, as in the other probes); user_auth_tokens.auth_token/prev_auth_token and the
  // log's auth_token (SHA-1 digests of a token that lives only in the cookie); email_tokens.token_hash and
  // api_keys.key_hash (SHA-256 of a random token); password_salt; user_profiles.location (a town); user_profiles.website
  // (the link a member shows on their card, public on the forum).
  for (let k = 1; k <= 3; k++) p(`INSERT INTO api_keys VALUES (${k}, ${k === 1 ? "NULL" : k}, 2, ${ts}, ${ts}, ${k === 2 ? q(dirty ? "{10.20.0.0/16}" : "{192.0.2.0/24}") : "NULL"}, false, ${ts}, NULL, ${q(["Backup-Skript", "Zapier", "Chat-Bridge"][k - 1])}, ${q(createHash("sha256").update(r.hex(64)).digest("hex"))}, ${q(r.hex(4))});`);

  // ---- OAuth logins: what the provider said about the person, and its tokens
  for (let k = 1; k <= 8; k++) {
    const u = 4 + k, pp = people[u - 1];
    const google = k % 2 === 1;
    const info = { name: pp.first + " " + pp.last, email: pp.email, first_name: pp.first, last_name: pp.last, image: google ? `https://lh3.googleusercontent.com/a/${dirty ? "ACg8oc" + r.b64u(40) : "default-user"}=s96-c` : `https://avatars.githubusercontent.com/u/${r.digits(8)}?v=4`, ...(google ? {} : { nickname: dirty ? pp.first.toLowerCase() + r.digits(2) : "user" + u }) };
    const cred = dirty ? (google ? { token: "ya29.a0A" + r.b64u(150), refresh_token: "1//0" + r.b64u(100), expires_at: 1711003600, expires: true } : { token: "gho_" + r.alnum(36), expires: false }) : {};
    p(`INSERT INTO user_associated_accounts VALUES (${k}, ${q(google ? "google_oauth2" : "github")}, ${q(google ? r.digits(21) : r.digits(8))}, ${u}, ${ts}, ${j(info)}, ${j(cred)}, ${j(google ? { raw_info: { sub: r.digits(21), email_verified: true, hd: dirty ? null : "example.com", locale: "de" } } : { raw_info: { login: info.nickname, company: dirty ? "Radsport Nordheide e.V." : null, blog: "" } })}, ${ts}, ${ts});`);
  }
  if (dirty) { E("P", "user_associated_accounts.info"); E("S", "user_associated_accounts.credentials"); }

  // ---- site settings: Discourse keeps only the settings changed from their defaults, name/type/value
  const S = dirty
    ? [["title", 1, "Radsport Nordheide Forum"], ["contact_email", 14, people[1].email], ["notification_email", 14, "noreply@" + forum], ["contact_url", 1, `https://www.${org}/impressum`], ["company_name", 1, "Radsport Nordheide e.V."], ["enable_s3_uploads", 5, "t"], ["s3_access_key_id", 1, "AKIA" + r.upper(16).replace(/[^A-Z2-7]/g, "Q")], ["s3_secret_access_key", 1, r.b64(40)], ["s3_upload_bucket", 1, "rsn-forum-uploads"], ["s3_region", 7, "eu-central-1"], ["s3_cdn_url", 1, "https://cdn.radsport-nordheide.de"], ["enable_discourse_connect", 5, "t"], ["discourse_connect_url", 1, `https://mitglieder.${org}/sso/discourse`], ["discourse_connect_secret", 1, r.alnum(32)], ["enable_google_oauth2_logins", 5, "t"], ["google_oauth2_client_id", 1, `${r.digits(12)}-${r.alnum(32).toLowerCase()}.apps.googleusercontent.com`], ["google_oauth2_client_secret", 1, "GOCSPX-" + r.b64u(28)], ["github_client_id", 1, "Iv1." + r.hex(16)], ["github_client_secret", 1, r.hex(40)], ["maxmind_license_key", 1, `${r.alnum(6)}_${r.alnum(29)}_mmk`], ["pop3_polling_enabled", 5, "t"], ["pop3_polling_host", 1, `mail.${org}`], ["pop3_polling_username", 1, `forum@${org}`], ["pop3_polling_password", 1, "Kettenblatt#" + r.digits(4)], ["reply_by_email_address", 14, `forum+%{reply_key}@${org}`], ["allowed_iframes", 8, "https://www.google.com/maps/embed?|https://www.openstreetmap.org/export/embed.html?|https://www.komoot.com/de-de/tour/"]]
    : [["title", 1, "Example Forum"], ["contact_email", 14, "admin@example.com"], ["notification_email", 14, "noreply@forum.example.com"], ["contact_url", 1, "https://www.example.com/contact"], ["company_name", 1, "Example Org"], ["enable_s3_uploads", 5, "f"], ["s3_access_key_id", 1, ""], ["s3_secret_access_key", 1, ""], ["s3_upload_bucket", 1, ""], ["s3_region", 7, "us-east-1"], ["enable_discourse_connect", 5, "f"], ["discourse_connect_url", 1, "https://sso.example.com/discourse"], ["discourse_connect_secret", 1, "REDACTED"], ["enable_google_oauth2_logins", 5, "f"], ["google_oauth2_client_id", 1, ""], ["google_oauth2_client_secret", 1, ""], ["github_client_id", 1, ""], ["github_client_secret", 1, ""], ["maxmind_license_key", 1, ""], ["pop3_polling_enabled", 5, "f"], ["pop3_polling_host", 1, "mail.example.com"], ["pop3_polling_username", 1, "forum@example.com"], ["pop3_polling_password", 1, "********"], ["reply_by_email_address", 14, "forum+%{reply_key}@example.com"], ["allowed_iframes", 8, "https://www.google.com/maps/embed?|https://www.openstreetmap.org/export/embed.html?|https://www.komoot.com/de-de/tour/"]];
  S.forEach(([n, t, v], k) => p(`INSERT INTO site_settings VALUES (${k + 1}, ${q(n)}, ${t}, ${q(v)}, ${ts}, ${ts});`));
  // The S3 and OAuth secrets, the DiscourseConnect secret, MaxMind's key and the POP3 password; the SSO provider, the CDN
  // and the POP3 host are the owner's; the contact address is the chairwoman's own.
  if (dirty) { E("S", "site_settings.value"); E("H", "site_settings.value"); E("P", "site_settings.value"); }
  // Not expected: allowed_iframes (public embeds a post may show), notification_email and reply_by_email_address (the
  // forum's own mailboxes).

  // ---- groups: a shared inbox with Discourse's SMTP/IMAP settings (the password in clear)
  p(`INSERT INTO groups VALUES (1, 'admins', ${ts}, ${ts}, true, 2, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false), (2, 'trust_level_0', ${ts}, ${ts}, true, 39, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false);`);
  p(`INSERT INTO groups VALUES (10, 'vorstand', ${ts}, ${ts}, false, 5, ${q("vorstand@" + org)}, 'Vorstand', ${q("smtp." + org)}, 587, 2, ${q("imap." + org)}, 993, true, 'INBOX', ${q("vorstand@" + org)}, ${q(dirty ? "Sattelst" + r.alnum(4) + "!" + r.digits(2) : "")}, NULL, ${dirty}, ${dirty});`);
  if (dirty) { E("S", "groups.email_password"); E("H", "groups.smtp_server"); E("H", "groups.imap_server"); }
  // Not expected: incoming_email and email_username (the board's shared mailbox).

  // ---- webhooks and what they delivered
  p(`INSERT INTO web_hooks VALUES (1, ${q(dirty ? "https://n8n.radsport-nordheide.de/webhook/" + r.uuid() : "https://hooks.example.com/discourse")}, 1, 2, 1, ${q(dirty ? r.alnum(32) : "")}, false, true, true, ${ts}, ${ts});`);
  if (dirty) { E("H", "web_hooks.payload_url"); E("S", "web_hooks.secret"); }
  for (let e = 1; e <= 6; e++) {
    const pp = people[10 + e];
    const payload = { user: { id: 10 + e, username: "user" + (10 + e), name: pp.first + " " + pp.last, email: pp.email, avatar_template: "/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png", trust_level: 1, created_at: "2024-03-01T10:00:00.000Z" } };
    const body = JSON.stringify(payload);
    const sig = "sha256=" + createHash("sha256").update(body).digest("hex");
    const headers = { Accept: "*/*", "Content-Length": String(body.length), "Content-Type": "application/json", Host: dirty ? "n8n.radsport-nordheide.de" : "hooks.example.com", "User-Agent": "Discourse/3.2.0", "X-Discourse-Instance": `https://${forum}`, "X-Discourse-Event-Id": String(e), "X-Discourse-Event-Type": "user", "X-Discourse-Event": "user_created", "X-Discourse-Event-Signature": sig };
    p(`INSERT INTO web_hook_events VALUES (${e}, 1, ${j(headers)}, ${q(body)}, 200, ${j({ "content-type": "application/json; charset=utf-8", server: "nginx" })}, '{"message":"Workflow was started"}', ${r.int(40, 400)}, ${ts}, ${ts});`);
  }
  // The delivered events' Host header names the owner's webhook host, as payload_url does (reviewed at stop 23).
  if (dirty) { E("P", "web_hook_events.payload"); E("H", "web_hook_events.headers"); }
  // Not expected: the events' X-Discourse-Event-Signature (an HMAC of a body that is beside it) and the instance header
  // (the forum's own address, in words).

  // ---- themes installed from git: public ones by URL, the club's own from its git server with a deploy key
  const key = dirty ? `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${r.b64(58)}\n${Array.from({ length: 6 }, () => r.b64(64)).join("\n")}\n${r.b64(28)}==\n-----END RSA PRIVATE KEY-----\n` : null;
  [["https://github.com/discourse/discourse-brand-header.git", null], ["https://github.com/discourse/discourse-category-banners.git", null], [dirty ? "ssh://git@git.radsport-nordheide.de:2222/web/forum-theme.git" : "https://git.example.com/web/forum-theme.git", key]].forEach(([url, pk], k) =>
    p(`INSERT INTO remote_themes VALUES (${k + 1}, ${q(url)}, ${q(r.hex(40))}, ${q(r.hex(40))}, ${q(url.startsWith("https://github.com/discourse") ? "https://meta.discourse.org/t/" + r.int(10000, 99999) : null)}, ${q(url.startsWith("https://github.com/discourse") ? "https://github.com/discourse/" + url.split("/")[4].replace(/\.git$/, "") + "/blob/main/LICENSE" : null)}, 0, ${ts}, ${ts}, ${ts}, ${q(pk)}, 'main', NULL);`));
  if (dirty) { E("S", "remote_themes.private_key"); E("H", "remote_themes.remote_url"); }
  // Not expected: the public themes' GitHub and meta.discourse.org URLs.

  // ---- posts: raw Markdown and the cooked HTML Discourse renders from it
  for (let n = 1; n <= 60; n++) {
    const author = 2 + (n % 30);
    let raw;
    if (dirty && n % 15 === 0) {
      const pp = people[author - 1];
      raw = `Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: ${pp.phone} oder schreibt an ${pp.email}`;
    } else if (n % 5 === 0) raw = `Die Strecke für Samstag: https://www.komoot.com/de-de/tour/${r.digits(10)} – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800`;
    else if (n % 7 === 0) raw = `Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=${r.b64u(11)} und https://de.wikipedia.org/wiki/Fahrradschlauch`;
    else raw = `Beitrag ${n}: ${r.pick(["Danke für die Tour!", "Hat jemand einen Ersatzschlauch 28 Zoll?", "Bin dabei.", "Bilder folgen.", "Wetter sieht gut aus."])}`;
    const cooked = "<p>" + raw.replace(/https:\/\/[^\s]+/g, (u) => `<a href="${u}" rel="noopener nofollow ugc">${u.replace(/^https:\/\//, "")}</a>`) + "</p>";
    p(`INSERT INTO posts VALUES (${n}, ${author}, ${1 + Math.floor(n / 6)}, ${1 + (n % 6)}, ${q(raw)}, ${q(cooked)}, ${ts}, ${ts}, 0, 1);`);
  }
  if (dirty) { E("P", "posts.raw"); E("P", "posts.cooked"); }
  // Not expected: links to komoot, OpenStreetMap, YouTube and Wikipedia (public pages members share).

  // ---- incoming e-mails (reply by e-mail), kept raw, and the log of e-mails sent
  for (let m = 1; m <= 5; m++) {
    const pp = people[34 + m];
    const mid = `${r.alnum(24)}@mail.gmail.com`;
    const rawMail = `Return-Path: <${pp.email}>\nDelivered-To: forum@${org}\nMessage-ID: <${mid}>\nDate: Fri, 1 Mar 2024 10:00:00 +0100\nFrom: ${pp.first} ${pp.last} <${pp.email}>\nTo: forum+${r.hex(32)}@${org}\nSubject: Re: Ausfahrt am Sonntag\nContent-Type: text/plain; charset=UTF-8\n\nIch komme mit, bringe meinen Sohn mit.\n\n--\n${pp.first} ${pp.last}\nMobil: ${pp.phone}\n`;
    p(`INSERT INTO incoming_emails VALUES (${m}, ${35 + m}, 3, ${m}, ${q(rawMail)}, NULL, ${q(mid)}, ${q(pp.email)}, ${q("forum+" + r.hex(32) + "@" + org)}, NULL, 'Re: Ausfahrt am Sonntag', ${ts}, ${ts}, false, 1);`);
  }
  if (dirty) { E("P", "incoming_emails.raw"); E("P", "incoming_emails.from_address"); }
  // Not expected: to_addresses (the forum's reply-by-email address with its reply key) and message_id.
  for (let m = 1; m <= 30; m++) {
    const pp = people[1 + (m % 39)];
    p(`INSERT INTO email_logs VALUES (${m}, ${q(pp.email)}, ${q(r.pick(["digest", "user_posted", "signup", "forgot_password"]))}, ${2 + (m % 39)}, ${ts}, ${ts}, NULL, false, ${q(r.uuid() + "@" + forum)}, ${q("250 2.0.0 Ok: queued as " + r.upper(10))});`);
  }
  if (dirty) E("P", "email_logs.to_address");

  // ---- the staff action log
  for (let h = 1; h <= 12; h++) {
    const pp = people[1 + (h % 3)], target = people[10 + h];
    const [action, details, email] = h % 3 === 0 ? [21, null, target.email] : h % 3 === 1 ? [1, `id: ${10 + h}\nusername: user${10 + h}`, null] : [3, null, null];
    p(`INSERT INTO user_histories VALUES (${h}, ${action}, ${2 + (h % 3)}, ${10 + h}, ${q(details)}, ${ts}, ${ts}, NULL, ${q(pp.ip)}, ${q(email)}, ${q(h % 3 === 2 ? "title" : null)}, ${q(h % 3 === 2 ? "Forum" : null)}, ${q(h % 3 === 2 ? (dirty ? "Radsport Nordheide Forum" : "Example Forum") : null)}, true);`);
  }
  if (dirty) { E("P", "user_histories.ip_address"); E("P", "user_histories.email"); }
  return { out, exp };
}
