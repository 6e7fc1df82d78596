import { rng, q, j, php, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- Odoo ----------------
export function odoo(dirty) {
  const r = rng(404);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  p(`CREATE TABLE ir_config_parameter (id serial PRIMARY KEY, key varchar NOT NULL UNIQUE, value text NOT NULL, create_uid integer, create_date timestamp, write_uid integer, write_date timestamp);`);
  p(`CREATE TABLE res_company (id serial PRIMARY KEY, name varchar NOT NULL, partner_id integer, currency_id integer, email varchar, phone varchar, company_registry varchar, vat varchar, street varchar, zip varchar, city varchar, report_footer jsonb);`);
  p(`CREATE TABLE res_partner (id serial PRIMARY KEY, name varchar, company_id integer, display_name varchar, ref varchar, lang varchar, tz varchar, vat varchar, website varchar, comment text, active boolean, type varchar, street varchar, street2 varchar, zip varchar, city varchar, country_id integer, email varchar, phone varchar, mobile varchar, is_company boolean, parent_id integer, function varchar, commercial_company_name varchar);`);
  p(`CREATE TABLE res_users (id serial PRIMARY KEY, active boolean, login varchar NOT NULL, password varchar, company_id integer NOT NULL, partner_id integer NOT NULL, create_date timestamp, signature jsonb, share boolean, totp_secret varchar, notification_type varchar);`);
  p(`CREATE TABLE res_users_apikeys (id serial PRIMARY KEY, name varchar NOT NULL, user_id integer NOT NULL, scope varchar, index varchar(8), key varchar NOT NULL, create_date timestamp);`);
  p(`CREATE TABLE ir_mail_server (id serial PRIMARY KEY, name varchar NOT NULL, from_filter varchar, smtp_host varchar, smtp_port integer, smtp_authentication varchar, smtp_user varchar, smtp_pass varchar, smtp_encryption varchar, active boolean);`);
  p(`CREATE TABLE fetchmail_server (id serial PRIMARY KEY, name varchar NOT NULL, active boolean, state varchar, server varchar, port integer, server_type varchar, is_ssl boolean, "user" varchar, password varchar, object_id integer);`);
  p(`CREATE TABLE payment_provider (id serial PRIMARY KEY, name jsonb NOT NULL, code varchar NOT NULL, state varchar NOT NULL, company_id integer NOT NULL, stripe_publishable_key varchar, stripe_secret_key varchar, stripe_webhook_secret varchar, paypal_email_account varchar, paypal_pdt_token varchar);`);
  p(`CREATE TABLE mail_message (id serial PRIMARY KEY, subject varchar, date timestamp, body text, model varchar, res_id integer, record_name varchar, message_type varchar NOT NULL, subtype_id integer, email_from varchar, author_id integer, reply_to varchar, message_id varchar, mail_server_id integer);`);
  p(`CREATE TABLE mail_mail (id serial PRIMARY KEY, mail_message_id integer NOT NULL, body_html text, email_to text, email_cc varchar, state varchar, failure_reason text, headers text);`);
  p(`CREATE TABLE crm_lead (id serial PRIMARY KEY, name varchar NOT NULL, partner_id integer, contact_name varchar, partner_name varchar, email_from varchar, phone varchar, mobile varchar, street varchar, city varchar, zip varchar, description text, expected_revenue numeric, type varchar NOT NULL);`);
  const cfg = [["database.secret", dirty ? r.uuid() : "00000000-0000-0000-0000-000000000000"], ["database.uuid", r.uuid()], ["database.create_date", "2023-02-01 09:00:00"], ["web.base.url", dirty ? "https://erp.moebelwerk-haas.at" : "https://erp.example.com"], ["web.base.url.freeze", "True"], ["mail.catchall.domain", dirty ? "moebelwerk-haas.at" : "example.com"], ["mail.default.from", "notifications"], ["mail.bounce.alias", "bounce"], ["base_setup.default_user_rights", "True"], ["auth_signup.reset_password", "True"], ["google_recaptcha_private_key", dirty ? "6L" + r.b64u(38) : ""], ["crm.pls_fields", "phone_state,email_state"], ["sms.endpoint", "https://iap-sms.odoo.com"], ["iap.endpoint", "https://iap.odoo.com"], ["web_unsplash.access_key", dirty ? r.b64u(43) : "False"], ["base_geolocalize.google_map_api_key", dirty ? "AIza" + r.b64u(35) : ""], ["database.enterprise_code", dirty ? "M" + r.digits(15) : "False"]];
  cfg.forEach(([k, v]) => p(`INSERT INTO ir_config_parameter (key, value, create_uid, create_date, write_uid, write_date) VALUES (${q(k)}, ${q(v)}, 1, '2023-02-01', 1, '2023-02-01');`));
  if (dirty) { E("S", "ir_config_parameter.value"); E("H", "ir_config_parameter.value"); }
  p(`INSERT INTO res_company (name, partner_id, currency_id, email, phone, company_registry, vat, street, zip, city, report_footer) VALUES (${q(dirty ? "Möbelwerk Haas GmbH" : "Example Furniture GmbH")}, 1, 1, ${q(dirty ? "office@moebelwerk-haas.at" : "office@example.com")}, ${q(dirty ? "+43 662 874512" : "+43 1 5550100")}, 'FN 123456a', ${q(dirty ? "ATU57439218" : "ATU00000000")}, ${q(dirty ? "Industriestraße 7" : "Example Street 1")}, ${q(dirty ? "5020" : "0000")}, ${q(dirty ? "Salzburg" : "Example City")}, ${j({ en_US: `<p>${dirty ? "Möbelwerk Haas GmbH · Industriestraße 7 · 5020 Salzburg · +43 662 874512" : "Example Furniture GmbH · Example Street 1 · +43 1 5550100"}</p>` })});`);
  const partners = [];
  for (let i = 1; i <= 60; i++) {
    const isCo = i % 6 === 0;
    const pp = dirty ? person(r, i) : fakePerson(i);
    const name = isCo ? (dirty ? r.pick(["Holzhandel Berger", "Tischlerei Wimmer", "Beschläge Gruber"]) + " GmbH" : `Example Supplier ${i} GmbH`) : `${pp.first} ${pp.last}`;
    partners.push(name);
    p(`INSERT INTO res_partner (name, company_id, display_name, ref, lang, tz, vat, website, comment, active, type, street, street2, zip, city, country_id, email, phone, mobile, is_company, parent_id, function, commercial_company_name) VALUES (${q(name)}, 1, ${q(name)}, ${q("K" + (1000 + i))}, 'de_DE', 'Europe/Vienna', ${q(isCo ? (dirty ? "ATU" + r.digits(8) : "ATU00000000") : null)}, ${q(isCo ? (dirty ? "https://www." + name.split(" ")[1].toLowerCase() + ".at" : "https://supplier.example.com") : null)}, ${q(dirty && i % 7 === 0 ? `<p>Rückruf erbeten, privat: ${realPhone(r)}</p>` : "<p><br></p>")}, true, 'contact', ${q(dirty ? `${r.pick(["Hauptplatz", "Mozartgasse", "Linzer Straße"])} ${r.int(1, 80)}` : "Example Street 1")}, NULL, ${q(dirty ? String(r.int(1010, 9990)) : "0000")}, ${q(dirty ? r.pick(["Wien", "Graz", "Linz", "Salzburg"]) : "Example City")}, 14, ${q(pp.email)}, ${q(dirty ? realPhone(r) : pp.phone)}, ${q(isCo ? null : pp.phone)}, ${isCo}, NULL, ${q(isCo ? null : r.pick(["Einkauf", "Geschäftsführer", "Buchhaltung"]))}, ${q(isCo ? name : null)});`);
  }
  if (dirty) { E("P", "res_partner.name"); E("P", "res_partner.email"); E("P", "res_partner.phone"); E("P", "res_partner.mobile"); E("P", "res_partner.street"); E("P", "res_partner.display_name"); E("P", "res_partner.comment"); }
  for (let u = 1; u <= 12; u++) {
    const pp = dirty ? person(r, u + 100) : fakePerson(u + 100);
    p(`INSERT INTO res_users (active, login, password, company_id, partner_id, create_date, signature, share, totp_secret, notification_type) VALUES (true, ${q(pp.email)}, ${q(dirty ? "$pbkdf2-sha512$600000$" + r.b64(22).replace(/\+/g, ".") + "$" + r.b64(86).replace(/\+/g, ".") : "$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED")}, 1, ${u}, '2023-02-01', ${j({ en_US: `<p>--<br>${pp.first} ${pp.last}<br>${dirty ? "Möbelwerk Haas GmbH" : "Example Furniture GmbH"}<br>Tel. ${pp.phone}</p>` })}, false, ${q(u % 4 === 0 ? (dirty ? r.upper(32) : null) : null)}, 'email');`);
  }
  if (dirty) { E("P", "res_users.login"); E("S", "res_users.password"); E("P", "res_users.signature"); E("S", "res_users.totp_secret"); }
  p(`INSERT INTO res_users_apikeys (name, user_id, scope, index, key, create_date) VALUES ('n8n sync', 2, 'rpc', ${q(r.hex(8))}, ${q("$pbkdf2-sha512$6000$" + r.b64(22).replace(/\+/g, ".") + "$" + r.b64(86).replace(/\+/g, "."))}, '2024-01-01');`);
  p(`INSERT INTO ir_mail_server (name, from_filter, smtp_host, smtp_port, smtp_authentication, smtp_user, smtp_pass, smtp_encryption, active) VALUES ('Microsoft 365', ${q(dirty ? "moebelwerk-haas.at" : "example.com")}, ${q(dirty ? "smtp.office365.com" : "smtp.example.com")}, 587, 'login', ${q(dirty ? "erp@moebelwerk-haas.at" : "erp@example.com")}, ${q(dirty ? "Haas" + r.alnum(10) + "!" : "dummy")}, 'starttls', true);`);
  if (dirty) { E("S", "ir_mail_server.smtp_pass"); E("H", "ir_mail_server.smtp_host"); }
  p(`INSERT INTO fetchmail_server (name, active, state, server, port, server_type, is_ssl, "user", password, object_id) VALUES ('Vertrieb Postfach', true, 'done', ${q(dirty ? "imap.moebelwerk-haas.at" : "imap.example.com")}, 993, 'imap', true, ${q(dirty ? "vertrieb@moebelwerk-haas.at" : "sales@example.com")}, ${q(dirty ? r.alnum(14) : "")}, 5);`);
  if (dirty) { E("S", "fetchmail_server.password"); E("H", "fetchmail_server.server"); }
  p(`INSERT INTO payment_provider (name, code, state, company_id, stripe_publishable_key, stripe_secret_key, stripe_webhook_secret, paypal_email_account, paypal_pdt_token) VALUES ('{"en_US": "Stripe"}', 'stripe', 'enabled', 1, ${q("pk_live_" + (dirty ? r.alnum(99) : "EXAMPLE"))}, ${q(dirty ? "sk_live_" + r.alnum(99) : null)}, ${q(dirty ? "whsec_" + r.alnum(32) : null)}, NULL, NULL), ('{"en_US": "PayPal"}', 'paypal', 'disabled', 1, NULL, NULL, NULL, ${q(dirty ? "buchhaltung@moebelwerk-haas.at" : "payments@example.com")}, ${q(dirty ? r.b64u(59) : null)});`);
  if (dirty) { E("S", "payment_provider.stripe_secret_key"); E("S", "payment_provider.stripe_webhook_secret"); E("S", "payment_provider.paypal_pdt_token"); }
  for (let m = 1; m <= 80; m++) {
    const a = 1 + (m % 60);
    const pp = dirty ? person(r, m + 500) : fakePerson(m + 500);
    const body = m % 3 === 0 ? `<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S0${m}.</p><p>Mit freundlichen Grüßen<br>${pp.first} ${pp.last}</p>` : `<p>Stage changed: New → Qualified</p>`;
    p(`INSERT INTO mail_message (subject, date, body, model, res_id, record_name, message_type, subtype_id, email_from, author_id, reply_to, message_id, mail_server_id) VALUES (${q(m % 3 === 0 ? "Angebot S0" + m : null)}, '2024-03-01 10:00:00', ${q(body)}, 'crm.lead', ${m}, ${q("Lead " + m)}, ${q(m % 3 === 0 ? "email" : "notification")}, 1, ${q(`"${pp.first} ${pp.last}" <${pp.email}>`)}, ${a}, ${q(dirty ? "vertrieb@moebelwerk-haas.at" : "sales@example.com")}, ${q(`<${r.digits(12)}.${r.digits(10)}.${r.digits(6)}-openerp-${m}-crm.lead@${dirty ? "erp-prod-01" : "localhost"}>`)}, 1);`);
    if (m % 3 === 0) p(`INSERT INTO mail_mail (mail_message_id, body_html, email_to, email_cc, state, failure_reason, headers) VALUES (${m}, ${q(body)}, ${q(pp.email)}, NULL, 'sent', NULL, ${q(JSON.stringify({ "Return-Path": "bounce+" + m + "@" + (dirty ? "moebelwerk-haas.at" : "example.com"), "X-Odoo-Objects": "crm.lead-" + m }))});`);
  }
  if (dirty) { E("P", "mail_message.email_from"); E("P", "mail_message.body"); E("P", "mail_mail.email_to"); E("P", "mail_mail.body_html"); }
  for (let l = 1; l <= 30; l++) {
    const pp = dirty ? person(r, l + 700) : fakePerson(l + 700);
    p(`INSERT INTO crm_lead (name, partner_id, contact_name, partner_name, email_from, phone, mobile, street, city, zip, description, expected_revenue, type) VALUES (${q("Anfrage Esstisch " + l)}, NULL, ${q(pp.first + " " + pp.last)}, NULL, ${q(pp.email)}, ${q(pp.phone)}, NULL, ${q(dirty ? "Hauptplatz " + l : "Example Street 1")}, ${q(dirty ? "Graz" : "Example City")}, ${q(dirty ? "8010" : "0000")}, ${q(dirty && l % 5 === 0 ? `<p>Kundin bittet um Rückruf unter ${realPhone(r)}</p>` : "<p>Website-Formular</p>")}, 2400, 'lead');`);
  }
  // Leads' descriptions hold callers' phone numbers; partners' cities and postcodes are people's (reviewed at stop 22).
  if (dirty) { E("P", "crm_lead.description"); E("P", "res_partner.city"); E("P", "res_partner.zip"); }
  if (dirty) { E("P", "crm_lead.contact_name"); E("P", "crm_lead.email_from"); E("P", "crm_lead.phone"); E("P", "crm_lead.street"); }
  return { out, exp };
}

