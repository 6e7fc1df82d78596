import { rng, q, j, php, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- Mastodon ----------------
export function mastodon(dirty) {
  const r = rng(202);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const local = dirty ? "social.acme-retail.de" : "social.example.com";
  p(`CREATE TABLE accounts (id bigint PRIMARY KEY, username varchar DEFAULT '' NOT NULL, domain varchar, private_key text, public_key text DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, note text DEFAULT '' NOT NULL, display_name varchar DEFAULT '' NOT NULL, uri varchar DEFAULT '' NOT NULL, url varchar, avatar_file_name varchar, avatar_remote_url varchar, inbox_url varchar DEFAULT '' NOT NULL, outbox_url varchar DEFAULT '' NOT NULL, shared_inbox_url varchar DEFAULT '' NOT NULL, followers_url varchar DEFAULT '' NOT NULL, protocol integer DEFAULT 0 NOT NULL, locked boolean DEFAULT false NOT NULL, fields jsonb, actor_type varchar, discoverable boolean);`);
  p(`CREATE TABLE users (id bigint PRIMARY KEY, email varchar DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, encrypted_password varchar DEFAULT '' NOT NULL, reset_password_token varchar, sign_in_count integer DEFAULT 0 NOT NULL, current_sign_in_at timestamp, last_sign_in_at timestamp, admin boolean DEFAULT false NOT NULL, confirmation_token varchar, confirmed_at timestamp, locale varchar, encrypted_otp_secret varchar, encrypted_otp_secret_iv varchar, encrypted_otp_secret_salt varchar, otp_required_for_login boolean DEFAULT false NOT NULL, last_emailed_at timestamp, otp_backup_codes varchar[], account_id bigint NOT NULL, disabled boolean DEFAULT false NOT NULL, invite_id bigint, chosen_languages varchar[], approved boolean DEFAULT true NOT NULL, sign_up_ip inet, otp_secret varchar);`);
  p(`CREATE TABLE statuses (id bigint PRIMARY KEY, uri varchar, text text DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, in_reply_to_id bigint, reblog_of_id bigint, url varchar, sensitive boolean DEFAULT false NOT NULL, visibility integer DEFAULT 0 NOT NULL, spoiler_text text DEFAULT '' NOT NULL, reply boolean DEFAULT false NOT NULL, language varchar, account_id bigint NOT NULL, application_id bigint, local boolean);`);
  p(`CREATE TABLE web_push_subscriptions (id bigint PRIMARY KEY, endpoint varchar NOT NULL, key_p256dh varchar NOT NULL, key_auth varchar NOT NULL, data json, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, access_token_id bigint, user_id bigint);`);
  p(`CREATE TABLE oauth_applications (id bigint PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, secret varchar NOT NULL, redirect_uri text NOT NULL, scopes varchar DEFAULT '' NOT NULL, created_at timestamp, updated_at timestamp, superapp boolean DEFAULT false NOT NULL, website varchar, owner_type varchar, owner_id bigint, confidential boolean DEFAULT true NOT NULL);`);
  p(`CREATE TABLE oauth_access_tokens (id bigint PRIMARY KEY, token varchar NOT NULL, refresh_token varchar, expires_in integer, revoked_at timestamp, created_at timestamp NOT NULL, scopes varchar, application_id bigint, resource_owner_id bigint, last_used_at timestamp, last_used_ip inet);`);
  p(`CREATE TABLE settings (id bigint PRIMARY KEY, var varchar NOT NULL, value text, thing_type varchar, created_at timestamp, updated_at timestamp, thing_id bigint);`);
  p(`CREATE TABLE session_activations (id bigint PRIMARY KEY, session_id varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, user_agent varchar DEFAULT '' NOT NULL, ip inet, access_token_id bigint, user_id bigint NOT NULL, web_push_subscription_id bigint);`);
  p(`CREATE TABLE domain_blocks (id bigint PRIMARY KEY, domain varchar DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, severity integer DEFAULT 0, reject_media boolean DEFAULT false NOT NULL, reject_reports boolean DEFAULT false NOT NULL, private_comment text, public_comment text, obfuscate boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE relays (id bigint PRIMARY KEY, inbox_url varchar DEFAULT '' NOT NULL, follow_activity_id varchar, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, state integer DEFAULT 0 NOT NULL);`);
  p(`CREATE TABLE webhooks (id bigint PRIMARY KEY, url varchar NOT NULL, events varchar[] DEFAULT '{}' NOT NULL, secret varchar DEFAULT '' NOT NULL, enabled boolean DEFAULT true NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, template text);`);
  const remoteDomains = dirty ? ["mastodon.social", "chaos.social", "fosstodon.org", "hachyderm.io"] : ["remote.example", "other.example.net", "fedi.test"];
  for (let i = 1; i <= 50; i++) {
    const isLocal = i <= 30;
    const pp = dirty ? person(r, i) : fakePerson(i);
    const uname = dirty ? (pp.first + (i % 3 ? "" : "_" + pp.last.slice(0, 3))).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") : "user" + i;
    const d = isLocal ? null : r.pick(remoteDomains);
    const base = `https://${d || local}/users/${uname}`;
    const priv = isLocal ? (dirty ? `-----BEGIN RSA PRIVATE KEY-----\n${r.b64(64)}\n${r.b64(64)}\n${r.b64(64)}\n${r.b64(40)}\n-----END RSA PRIVATE KEY-----\n` : null) : null;
    const pub = `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(20)}\n${r.b64(64)}\n-----END PUBLIC KEY-----\n`;
    const note = dirty ? `<p>${pp.first} – photographer in Berlin. Reach me at ${pp.phone} or <a href="https://${pp.first.toLowerCase()}-photo.de">my site</a></p>` : `<p>Test account ${i}. See <a href="https://example.com/about">about</a></p>`;
    const fields = [{ name: "Website", value: dirty ? `<a href="https://${uname}.blog">${uname}.blog</a>` : "https://example.com", verified_at: null }, { name: "Pronouns", value: "she/her" }];
    p(`INSERT INTO accounts VALUES (${i}, ${q(uname)}, ${q(d)}, ${q(priv)}, ${q(pub)}, '2023-05-01 10:00:00', '2024-01-01 10:00:00', ${q(note)}, ${q(dirty ? pp.first + " " + pp.last : "Test User " + i)}, ${q(base)}, ${q(`https://${d || local}/@${uname}`)}, NULL, ${q(isLocal ? null : `https://${d}/system/accounts/avatars/${r.digits(3)}/original/${r.hex(16)}.png`)}, ${q(isLocal ? "" : base + "/inbox")}, ${q(isLocal ? "" : base + "/outbox")}, ${q(isLocal ? "" : `https://${d}/inbox`)}, ${q(isLocal ? "" : base + "/followers")}, 1, false, ${j(fields)}, 'Person', true);`);
    if (isLocal) {
      p(`INSERT INTO users VALUES (${i}, ${q(pp.email)}, '2023-05-01 10:00:00', '2024-01-01 10:00:00', ${q(dirty ? "$2a$10$" + r.b64(53).replace(/\+/g, ".") : "$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu")}, NULL, ${r.int(1, 300)}, '2024-03-01 10:00:00', '2024-02-01 10:00:00', ${i === 1}, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, ${i % 4 === 0}, NULL, ${i % 4 === 0 && dirty ? q("{" + Array.from({ length: 5 }, () => "$2a$10$" + r.b64(53).replace(/\+/g, ".")).join(",") + "}") : "NULL"}, ${i}, false, NULL, NULL, true, ${q(pp.ip)}, ${q(i % 4 === 0 ? (dirty ? r.upper(32) : "JBSWY3DPEHPK3PXP") : null)});`);
      p(`INSERT INTO session_activations VALUES (${i}, ${q(dirty ? r.hex(32) : "session-" + i)}, '2024-03-01 10:00:00', '2024-03-01 10:00:00', ${q(r.pick(uas))}, ${q(pp.ip)}, ${i}, ${i}, ${i <= 10 ? i : "NULL"});`);
      p(`INSERT INTO oauth_access_tokens VALUES (${i}, ${q(dirty ? r.b64u(43) : "token-" + i)}, NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', ${1 + (i % 3)}, ${i}, '2024-03-02 10:00:00', ${q(pp.ip)});`);
      if (i <= 10) {
        const ep = dirty ? r.pick([`https://fcm.googleapis.com/fcm/send/${r.b64u(11)}:APA91b${r.b64u(134)}`, `https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB${r.b64u(160)}`, `https://web.push.apple.com/Q${r.b64u(60)}`]) : `https://push.example.com/send/${i}`;
        p(`INSERT INTO web_push_subscriptions VALUES (${i}, ${q(ep)}, ${q(dirty ? "B" + r.b64u(86) : "BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY")}, ${q(dirty ? r.b64u(22) : "AAAAAAAAAAAAAAAAAAAAAA")}, ${j({ alerts: { follow: true, favourite: true, reblog: true, mention: true, poll: false } })}, '2024-03-01 10:00:00', '2024-03-01 10:00:00', ${i}, ${i});`);
      }
    }
  }
  if (dirty) { E("S", "accounts.private_key"); E("P", "accounts.display_name"); E("P", "accounts.note"); E("P", "users.email"); E("S", "users.encrypted_password"); E("P", "users.sign_up_ip"); E("S", "users.otp_secret"); E("S", "session_activations.session_id"); E("P", "session_activations.ip"); E("S", "oauth_access_tokens.token"); E("P", "oauth_access_tokens.last_used_ip"); E("H", "web_push_subscriptions.endpoint"); E("S", "web_push_subscriptions.key_auth"); E("H", "accounts.inbox_url"); E("H", "accounts.shared_inbox_url"); E("S", "users.otp_backup_codes"); }
  for (let i = 1; i <= 80; i++) {
    const acc = 1 + (i % 50);
    const txt = dirty && i % 10 === 0 ? `<p>Call me at ${realPhone(r)} about the flat, or mail ${person(r, i).email}</p>` : `<p>Status update ${i}: the release is out! <a href="https://${dirty ? "blog.acme-retail.de" : "blog.example.com"}/posts/${i}" rel="nofollow noopener">read more</a> <a href="https://${local}/tags/release" class="mention hashtag">#<span>release</span></a></p>`;
    p(`INSERT INTO statuses VALUES (${1000 + i}, ${q(`https://${local}/users/u${acc}/statuses/${1000 + i}`)}, ${q(txt)}, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, ${q(`https://${local}/@u${acc}/${1000 + i}`)}, false, ${i % 4}, '', false, 'en', ${acc}, 1, true);`);
  }
  if (dirty) E("P", "statuses.text");
  const apps = [["Web", r.alnum(43), r.alnum(43), "urn:ietf:wg:oauth:2.0:oob", null], ["Tusky", r.b64u(43), r.b64u(43), "oauth2redirect://com.keylesspalace.tusky/", "https://tusky.app"], ["Ivory", r.b64u(43), r.b64u(43), "ivory://oauth", "https://tapbots.com/ivory"], ["Crossposter", r.b64u(43), r.b64u(43), dirty ? "https://crossposter.acme-retail.de/auth/callback" : "https://crossposter.example.com/auth/callback", null]];
  apps.forEach(([n, uid, sec, red, web], k) => p(`INSERT INTO oauth_applications VALUES (${k + 1}, ${q(n)}, ${q(dirty ? uid : "uid-" + (k + 1))}, ${q(dirty ? sec : "secret-" + (k + 1))}, ${q(red)}, 'read write follow push', '2023-05-01', '2023-05-01', ${k === 0}, ${q(web)}, NULL, NULL, true);`));
  // The Crossposter app's registered callback on the owner's host, as Keycloak's redirect_uris (reviewed at stop 22).
  if (dirty) { E("S", "oauth_applications.secret"); E("H", "oauth_applications.redirect_uri"); }
  // Not expected: statuses.uri and statuses.url, the instance's own host in its posts' ActivityPub ids and links (ids, as
  // accounts.uri is one; info since stop 23: a table of posts, with the posting account and a reply or boost link).
  const settings = [["site_title", "--- ACME Social\n"], ["site_contact_email", dirty ? "--- admin@acme-retail.de\n" : "--- admin@example.com\n"], ["site_contact_username", "--- admin\n"], ["registrations_mode", "--- approved\n"], ["site_short_description", "--- A small instance for ACME staff and friends.\n"], ["theme", "--- default\n"], ["custom_css", "--- ''\n"], ["site_terms", dirty ? `--- "<p>Contact: Jan Novak, ${realPhone(r)}</p>"\n` : "--- \"<p>Contact: legal@example.com</p>\"\n"]];
  settings.forEach(([k, v], n) => p(`INSERT INTO settings VALUES (${n + 1}, ${q(k)}, ${q(v)}, NULL, '2023-05-01', '2023-05-01', NULL);`));
  ["spam.example", "bad.example"].concat(dirty ? ["gab.com", "truthsocial.com"] : []).forEach((d, n) => p(`INSERT INTO domain_blocks VALUES (${n + 1}, ${q(d)}, '2023-05-01', '2023-05-01', 1, true, true, NULL, 'spam', false);`));
  p(`INSERT INTO relays VALUES (1, ${q(dirty ? "https://relay.fedi.buzz/instance/" + local : "https://relay.example.com/inbox")}, ${q(`https://${local}/${r.uuid()}`)}, '2023-05-01', '2023-05-01', 2);`);
  if (dirty) E("H", "relays.inbox_url");
  p(`INSERT INTO webhooks VALUES (1, ${q(dirty ? "https://n8n.acme-retail.de/webhook/" + r.uuid() : "https://hooks.example.com/mastodon")}, '{account.created,report.created}', ${q(dirty ? r.hex(64) : "")}, true, '2023-05-01', '2023-05-01', NULL);`);
  if (dirty) { E("H", "webhooks.url"); E("S", "webhooks.secret"); }
  return { out, exp };
}

