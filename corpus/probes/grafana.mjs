import { pbkdf2Sync } from "node:crypto";
import { rng, q, j, person, fakePerson, uas } from "./lib.mjs";

// ---------------- Grafana ----------------
// Grafana's own database (its PostgreSQL backend): users with PBKDF2 hashes in hex beside a salt column, data sources with
// their URLs and encrypted secrets, hashed API keys and login tokens, the unified alerting configuration (receivers'
// addresses and webhooks), dashboards as JSON, the organisation's address.
export function grafana(dirty) {
  const r = rng(707);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const domain = dirty ? "stadtwerke-lindau.de" : "example.com";
  p(`CREATE TABLE org (id bigserial PRIMARY KEY, version integer NOT NULL, name varchar(190) NOT NULL UNIQUE, address1 varchar(255), address2 varchar(255), city varchar(255), state varchar(255), zip_code varchar(50), country varchar(255), billing_email varchar(255), created timestamp NOT NULL, updated timestamp NOT NULL);`);
  p(`CREATE TABLE "user" (id bigserial PRIMARY KEY, version integer NOT NULL, login varchar(190) NOT NULL UNIQUE, email varchar(190) NOT NULL UNIQUE, name varchar(255), password varchar(255), salt varchar(50), rands varchar(50), company varchar(255), org_id bigint NOT NULL, is_admin boolean NOT NULL, email_verified boolean, theme varchar(255), created timestamp NOT NULL, updated timestamp NOT NULL, help_flags1 bigint DEFAULT 0 NOT NULL, last_seen_at timestamp, is_disabled boolean DEFAULT false NOT NULL, is_service_account boolean DEFAULT false, uid varchar(40));`);
  p(`CREATE TABLE data_source (id bigserial PRIMARY KEY, org_id bigint NOT NULL, version integer NOT NULL, type varchar(255) NOT NULL, name varchar(190) NOT NULL, access varchar(255) NOT NULL, url varchar(255) NOT NULL, "user" varchar(255) NOT NULL, database varchar(255) NOT NULL, basic_auth boolean NOT NULL, basic_auth_user varchar(255) NOT NULL, is_default boolean NOT NULL, json_data text, created timestamp NOT NULL, updated timestamp NOT NULL, with_credentials boolean DEFAULT false NOT NULL, secure_json_data text, read_only boolean, uid varchar(40) DEFAULT '0' NOT NULL);`);
  p(`CREATE TABLE api_key (id bigserial PRIMARY KEY, org_id bigint NOT NULL, name varchar(190) NOT NULL, key varchar(190) NOT NULL UNIQUE, role varchar(255) NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, expires bigint, service_account_id bigint, last_used_at timestamp, is_revoked boolean DEFAULT false);`);
  p(`CREATE TABLE user_auth_token (id bigserial PRIMARY KEY, user_id bigint NOT NULL, auth_token varchar(100) NOT NULL UNIQUE, prev_auth_token varchar(100) NOT NULL, user_agent varchar(255) NOT NULL, client_ip varchar(255) NOT NULL, auth_token_seen boolean NOT NULL, seen_at integer, rotated_at integer NOT NULL, created_at integer NOT NULL, updated_at integer NOT NULL, revoked_at integer);`);
  p(`CREATE TABLE login_attempt (id bigserial PRIMARY KEY, username varchar(190) NOT NULL, ip_address varchar(30) NOT NULL, created integer DEFAULT 0 NOT NULL);`);
  p(`CREATE TABLE alert_configuration (id bigserial PRIMARY KEY, alertmanager_configuration text NOT NULL, configuration_version varchar(3) NOT NULL, created_at integer NOT NULL, "default" boolean DEFAULT false NOT NULL, org_id bigint DEFAULT 0 NOT NULL, configuration_hash varchar(32) DEFAULT 'not-yet-calculated' NOT NULL);`);
  p(`CREATE TABLE dashboard (id bigserial PRIMARY KEY, version integer NOT NULL, slug varchar(189) NOT NULL, title varchar(189) NOT NULL, data text NOT NULL, org_id bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, updated_by integer, created_by integer, gnet_id bigint, plugin_id varchar(189), folder_id bigint DEFAULT 0 NOT NULL, is_folder boolean DEFAULT false NOT NULL, has_acl boolean DEFAULT false NOT NULL, uid varchar(40));`);
  p(`CREATE TABLE team (id bigserial PRIMARY KEY, name varchar(190) NOT NULL, org_id bigint NOT NULL, created timestamp NOT NULL, updated timestamp NOT NULL, email varchar(190), uid varchar(40));`);
  const ts = "'2024-02-01 09:00:00'";
  // Grafana's secrets at rest: `#<key id>#` then the base64 of the envelope-encrypted value (a sanitizer keeps ciphertext).
  const sealed = () => "I2" + r.b64(8) + "I" + r.b64(60);
  p(`INSERT INTO org (version, name, address1, address2, city, state, zip_code, country, billing_email, created, updated) VALUES (1, ${q(dirty ? "Stadtwerke Lindau" : "Main Org.")}, ${q(dirty ? "Auenstraße 12" : "")}, '', ${q(dirty ? "Lindau" : "")}, '', ${q(dirty ? "88131" : "")}, ${q(dirty ? "DE" : "")}, ${q(dirty ? "it-rechnungen@" + domain : "")}, ${ts}, ${ts});`);
  // A sanitizer writes one fixed hash and salt of a throwaway password into every row: Grafana's own encoding of `admin`
  // (hex of PBKDF2-SHA256, 10,000 rounds, 50 bytes).
  const fixedHash = pbkdf2Sync("admin", "F3FAxVm33R", 10000, 50, "sha256").toString("hex");
  for (let i = 1; i <= 40; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    const login = i === 1 ? "admin" : dirty ? pp.email.split("@")[0] : "user" + i;
    p(`INSERT INTO "user" (version, login, email, name, password, salt, rands, company, org_id, is_admin, email_verified, theme, created, updated, help_flags1, last_seen_at, is_disabled, is_service_account, uid) VALUES (0, ${q(login)}, ${q(i === 1 ? "admin@" + (dirty ? domain : "localhost") : pp.email)}, ${q(i === 1 ? "" : pp.first + " " + pp.last)}, ${q(dirty ? r.hex(100) : fixedHash)}, ${q(dirty ? r.alnum(10) : "F3FAxVm33R")}, ${q(r.alnum(10))}, ${q(dirty ? "Stadtwerke Lindau" : "")}, 1, ${i === 1}, false, '', ${ts}, ${ts}, 1, ${ts}, false, false, ${q(r.alnum(14).toLowerCase())});`);
    if (i % 4 === 0) p(`INSERT INTO user_auth_token (user_id, auth_token, prev_auth_token, user_agent, client_ip, auth_token_seen, seen_at, rotated_at, created_at, updated_at, revoked_at) VALUES (${i}, ${q(r.hex(64))}, ${q(r.hex(64))}, ${q(r.pick(uas))}, ${q(dirty ? pp.ip : "192.0.2." + i)}, true, 1711000000, 1711000000, 1711000000, 1711000000, 0);`);
    if (i % 10 === 0) p(`INSERT INTO login_attempt (username, ip_address, created) VALUES (${q(login)}, ${q(dirty ? pp.ip : "192.0.2." + i)}, 1711000000);`);
  }
  if (dirty) { E("P", "user.email"); E("P", "user.name"); E("S", "user.password"); E("P", "user_auth_token.client_ip"); E("P", "login_attempt.ip_address"); }
  // Not expected: user_auth_token.auth_token, the SHA-256 of a login token (the token is only in the browser's cookie).
  const ds = [
    ["prometheus", "Prometheus", dirty ? "http://prometheus.monitoring.svc.cluster.local:9090" : "http://prometheus:9090", "", "", false, "", { httpMethod: "POST", timeInterval: "30s" }, null],
    ["postgres", "Netzleitstelle", dirty ? "db-scada.lindau.internal:5432" : "localhost:5432", dirty ? "grafana_ro" : "grafana", dirty ? "scada" : "scada_test", false, "", { sslmode: "require", postgresVersion: 1500 }, { password: sealed() }],
    ["loki", "Loki", dirty ? "https://logs-prod-eu-west-0.grafana.net" : "http://loki:3100", "", "", true, dirty ? "612934" : "", { maxLines: 1000 }, { basicAuthPassword: sealed() }],
    ["elasticsearch", "Kundenportal Logs", dirty ? "https://es.kundenportal.stadtwerke-lindau.de:9200" : "https://elasticsearch.example.com:9200", "", "logs-*", true, dirty ? "grafana" : "", { timeField: "@timestamp", esVersion: "8.0.0" }, { basicAuthPassword: sealed() }],
  ];
  ds.forEach(([type, name, url, user, db, basic, bu, json, secure], k) => p(`INSERT INTO data_source (org_id, version, type, name, access, url, "user", database, basic_auth, basic_auth_user, is_default, json_data, created, updated, with_credentials, secure_json_data, read_only, uid) VALUES (1, 1, ${q(type)}, ${q(name)}, 'proxy', ${q(url)}, ${q(user)}, ${q(db)}, ${basic}, ${q(bu)}, ${k === 0}, ${j(json)}, ${ts}, ${ts}, false, ${secure ? j(secure) : "NULL"}, false, ${q(r.alnum(9))});`));
  if (dirty) E("H", "data_source.url");
  // Service-account tokens: Grafana keeps the hex PBKDF2 of the token's secret (`glsa_…` is shown once).
  for (let k = 1; k <= 3; k++) p(`INSERT INTO api_key (org_id, name, key, role, created, updated, expires, service_account_id, last_used_at, is_revoked) VALUES (1, ${q("sa-" + k + "-" + ["terraform", "backup", "kiosk"][k - 1])}, ${q(r.hex(100))}, 'Viewer', ${ts}, ${ts}, NULL, ${k + 40}, ${ts}, false);`);
  // Not expected: api_key.key, a digest of the token's random secret.
  const receivers = {
    alertmanager_config: {
      route: { receiver: "ops", group_by: ["grafana_folder", "alertname"] },
      receivers: [
        { name: "ops", grafana_managed_receiver_configs: [{ uid: r.alnum(9), name: "ops", type: "email", disableResolveMessage: false, settings: { addresses: dirty ? `${person(r, 90).email};leitstelle@${domain}` : "ops@example.com", singleEmail: false }, secureSettings: {} }] },
        { name: "slack", grafana_managed_receiver_configs: [{ uid: r.alnum(9), name: "slack", type: "slack", disableResolveMessage: false, settings: { recipient: "#stoerungen", username: "Grafana" }, secureSettings: { url: sealed() } }] },
        { name: "oncall", grafana_managed_receiver_configs: [{ uid: r.alnum(9), name: "oncall", type: "webhook", disableResolveMessage: false, settings: { url: dirty ? "https://oncall.stadtwerke-lindau.de/integrations/v1/grafana_alerting/" + r.alnum(25) + "/" : "https://oncall.example.com/integrations/v1/grafana_alerting/token/", httpMethod: "POST" }, secureSettings: {} }] },
      ],
    },
  };
  p(`INSERT INTO alert_configuration (alertmanager_configuration, configuration_version, created_at, "default", org_id, configuration_hash) VALUES (${j(receivers)}, 'v1', 1711000000, false, 1, ${q(r.hex(32))});`);
  if (dirty) { E("P", "alert_configuration.alertmanager_configuration"); E("H", "alert_configuration.alertmanager_configuration"); }
  // Not expected as a secret: the on-call webhook's token in its path (no format says it is one); the Slack URL is sealed.
  for (let d = 1; d <= 12; d++) {
    const data = {
      title: `Netz ${d}`, uid: r.alnum(9), schemaVersion: 39, version: 3, editable: true, time: { from: "now-6h", to: "now" },
      links: [{ title: "Runbook", type: "link", url: dirty ? "https://wiki.stadtwerke-lindau.de/display/NOC/Runbook" : "https://wiki.example.com/runbook" }],
      panels: [
        { id: 1, type: "timeseries", title: "Last", datasource: { type: "prometheus", uid: "prom" }, targets: [{ expr: `sum(rate(scada_points_total{station="${d}"}[5m]))`, refId: "A" }] },
        { id: 2, type: "text", title: "Hinweis", options: { mode: "markdown", content: d === 3 && dirty ? `Bereitschaft: ${person(r, 91).first} ${person(r, 92).last}, mobil ${person(r, 93).phone}` : "Daten aus der Netzleitstelle." } },
      ],
    };
    p(`INSERT INTO dashboard (version, slug, title, data, org_id, created, updated, updated_by, created_by, gnet_id, plugin_id, folder_id, is_folder, has_acl, uid) VALUES (3, ${q("netz-" + d)}, ${q("Netz " + d)}, ${j(data)}, 1, ${ts}, ${ts}, 1, 1, NULL, '', 0, false, false, ${q(data.uid)});`);
  }
  // The on-call person's mobile in a text panel; the dashboards' links name the owner's wiki.
  if (dirty) { E("P", "dashboard.data"); E("H", "dashboard.data"); }
  p(`INSERT INTO team (name, org_id, created, updated, email, uid) VALUES ('Netzleitstelle', 1, ${ts}, ${ts}, ${q("leitstelle@" + domain)}, ${q(r.alnum(9))}), ('Kundenportal', 1, ${ts}, ${ts}, ${q(dirty ? "portal-team@" + domain : "portal@example.com")}, ${q(r.alnum(9))});`);
  // Not expected: the teams' mailboxes, and the organisation's billing mailbox and address (a company's).
  return { out, exp };
}
