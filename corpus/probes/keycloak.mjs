import { rng, q, j, php, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- Keycloak ----------------
export function keycloak(dirty) {
  const r = rng(101);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  p(`CREATE TABLE realm (id varchar(36) PRIMARY KEY, name varchar(255) UNIQUE, ssl_required varchar(255), enabled boolean, login_theme varchar(255), access_token_lifespan integer, registration_allowed boolean, reset_password_allowed boolean, verify_email boolean, login_with_email_allowed boolean, display_name_html text, default_role varchar(255));`);
  p(`CREATE TABLE realm_attribute (name varchar(255) NOT NULL, realm_id varchar(255) NOT NULL, value text, PRIMARY KEY (name, realm_id));`);
  p(`CREATE TABLE realm_smtp_config (realm_id varchar(36) NOT NULL, value varchar(255), name varchar(255) NOT NULL, PRIMARY KEY (realm_id, name));`);
  p(`CREATE TABLE client (id varchar(36) PRIMARY KEY, enabled boolean, full_scope_allowed boolean, client_id varchar(255), not_before integer, public_client boolean, secret varchar(255), base_url varchar(255), bearer_only boolean, management_url varchar(255), surrogate_auth_required boolean, realm_id varchar(36), protocol varchar(255), node_rereg_timeout integer, frontchannel_logout boolean, consent_required boolean, name varchar(255), service_accounts_enabled boolean, client_authenticator_type varchar(255), root_url varchar(255), description varchar(255), registration_token varchar(255), standard_flow_enabled boolean, implicit_flow_enabled boolean, direct_access_grants_enabled boolean, always_display_in_console boolean);`);
  p(`CREATE TABLE client_attributes (client_id varchar(36) NOT NULL, name varchar(255) NOT NULL, value text, PRIMARY KEY (client_id, name));`);
  p(`CREATE TABLE redirect_uris (client_id varchar(36) NOT NULL, value varchar(255) NOT NULL);`);
  p(`CREATE TABLE web_origins (client_id varchar(36) NOT NULL, value varchar(255) NOT NULL);`);
  p(`CREATE TABLE user_entity (id varchar(36) PRIMARY KEY, email varchar(255), email_constraint varchar(255), email_verified boolean, enabled boolean, federation_link varchar(255), first_name varchar(255), last_name varchar(255), realm_id varchar(255), username varchar(255), created_timestamp bigint, service_account_client_link varchar(255), not_before integer);`);
  p(`CREATE TABLE user_attribute (name varchar(255) NOT NULL, value varchar(255), user_id varchar(36) NOT NULL, id varchar(36) PRIMARY KEY);`);
  p(`CREATE TABLE credential (id varchar(36) PRIMARY KEY, salt bytea, type varchar(255), user_id varchar(36), created_date bigint, user_label varchar(255), secret_data text, credential_data text, priority integer);`);
  p(`CREATE TABLE component (id varchar(36) PRIMARY KEY, name varchar(255), parent_id varchar(36), provider_id varchar(36), provider_type varchar(255), realm_id varchar(36), sub_type varchar(255));`);
  p(`CREATE TABLE component_config (id varchar(36) PRIMARY KEY, component_id varchar(36) NOT NULL, name varchar(255) NOT NULL, value text);`);
  p(`CREATE TABLE identity_provider (internal_id varchar(36) PRIMARY KEY, enabled boolean, provider_alias varchar(255), provider_id varchar(255), store_token boolean, authenticate_by_default boolean, realm_id varchar(36), add_token_role boolean, trust_email boolean, first_broker_login_flow_id varchar(36), post_broker_login_flow_id varchar(36), provider_display_name varchar(255), link_only boolean);`);
  p(`CREATE TABLE identity_provider_config (identity_provider_id varchar(36) NOT NULL, value text, name varchar(255) NOT NULL, PRIMARY KEY (identity_provider_id, name));`);
  p(`CREATE TABLE event_entity (id varchar(36) PRIMARY KEY, client_id varchar(255), details_json text, error varchar(255), ip_address varchar(255), realm_id varchar(255), session_id varchar(255), event_time bigint, type varchar(255), user_id varchar(255));`);
  p(`CREATE TABLE offline_user_session (user_session_id varchar(36) NOT NULL, user_id varchar(255) NOT NULL, realm_id varchar(36) NOT NULL, created_on integer NOT NULL, offline_flag varchar(4) NOT NULL, data text, last_session_refresh integer DEFAULT 0 NOT NULL, PRIMARY KEY (user_session_id, offline_flag));`);
  const realm = r.uuid(), master = r.uuid();
  p(`INSERT INTO realm VALUES (${q(master)}, 'master', 'external', true, NULL, 60, false, false, false, true, NULL, 'default-roles-master'), (${q(realm)}, 'acme', 'external', true, 'acme', 300, true, true, true, true, '<div class="kc-logo-text"><span>ACME Customer Portal</span></div>', 'default-roles-acme');`);
  const ra = [["frontendUrl", dirty ? "https://login.acme-retail.de/auth" : "https://login.example.com/auth"], ["displayName", "ACME"], ["bruteForceProtected", "true"], ["_browser_header.contentSecurityPolicy", "frame-src 'self'; frame-ancestors 'self'; object-src 'none';"], ["_browser_header.strictTransportSecurity", "max-age=31536000; includeSubDomains"], ["actionTokenGeneratedByAdminLifespan", "43200"], ["clientOfflineSessionIdleTimeout", "0"], ["webAuthnPolicyRpId", dirty ? "acme-retail.de" : "example.com"]];
  for (const [n, v] of ra) p(`INSERT INTO realm_attribute VALUES (${q(n)}, ${q(realm)}, ${q(v)});`);
  if (dirty) E("H", "realm_attribute.value");
  const smtp = dirty
    ? [["host", "smtp.eu.mailgun.org"], ["port", "587"], ["from", "noreply@acme-retail.de"], ["fromDisplayName", "ACME Login"], ["auth", "true"], ["user", "postmaster@mg.acme-retail.de"], ["password", r.hex(32) + "-" + r.hex(8) + "-" + r.hex(8)], ["starttls", "true"], ["replyTo", "support@acme-retail.de"]]
    : [["host", "smtp.example.com"], ["port", "587"], ["from", "noreply@example.com"], ["fromDisplayName", "ACME Login"], ["auth", "true"], ["user", "postmaster@example.com"], ["password", "**********"], ["starttls", "true"], ["replyTo", "support@example.com"]];
  for (const [n, v] of smtp) p(`INSERT INTO realm_smtp_config VALUES (${q(realm)}, ${q(v)}, ${q(n)});`);
  if (dirty) { E("S", "realm_smtp_config.value"); E("H", "realm_smtp_config.value"); }
  const host = dirty ? "shop.acme-retail.de" : "shop.example.com";
  const clients = [
    ["account", null, null, true], ["security-admin-console", null, null, true], ["admin-cli", null, null, true],
    ["webshop", dirty ? r.alnum(32) : "**********", `https://${host}`, false],
    ["backoffice", dirty ? r.alnum(32) : "**********", dirty ? "https://backoffice.acme-retail.de" : "https://backoffice.example.com", false],
    ["grafana", dirty ? r.alnum(32) : "**********", dirty ? "https://grafana.ops.acme-retail.de" : "https://grafana.example.com", false],
  ];
  const cids = [];
  for (const [cid, secret, root, pub] of clients) {
    const id = r.uuid(); cids.push(id);
    p(`INSERT INTO client VALUES (${q(id)}, true, true, ${q(cid)}, 0, ${pub}, ${q(secret)}, ${q(root ? root + "/" : "/realms/acme/account/")}, false, NULL, false, ${q(realm)}, 'openid-connect', 0, true, false, ${q("${client_" + cid + "}")}, ${!pub}, 'client-secret', ${q(root)}, NULL, NULL, true, false, true, false);`);
    if (root) { p(`INSERT INTO redirect_uris VALUES (${q(id)}, ${q(root + "/*")});`); p(`INSERT INTO web_origins VALUES (${q(id)}, ${q(root)});`); }
    p(`INSERT INTO client_attributes VALUES (${q(id)}, 'pkce.code.challenge.method', 'S256'), (${q(id)}, 'post.logout.redirect.uris', ${q(root ? root + "/logout" : "+")}), (${q(id)}, 'backchannel.logout.session.required', 'true');`);
  }
  if (dirty) { E("S", "client.secret"); E("H", "client.root_url"); E("H", "client.base_url"); E("H", "redirect_uris.value"); E("H", "web_origins.value"); E("H", "client_attributes.value"); }
  const users = [];
  for (let i = 0; i < 40; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    const id = r.uuid(); users.push(id);
    p(`INSERT INTO user_entity VALUES (${q(id)}, ${q(pp.email.toLowerCase())}, ${q(pp.email.toLowerCase())}, true, true, NULL, ${q(pp.first)}, ${q(pp.last)}, ${q(realm)}, ${q(pp.email.split("@")[0])}, ${1700000000000 + i * 86400000}, NULL, 0);`);
    p(`INSERT INTO user_attribute VALUES ('phoneNumber', ${q(pp.phone)}, ${q(id)}, ${q(r.uuid())}), ('locale', 'de', ${q(id)}, ${q(r.uuid())}), ('customerNumber', ${q("C" + (100000 + i))}, ${q(id)}, ${q(r.uuid())});`);
    const secret = dirty ? { value: r.b64(86) + "==", salt: r.b64(22) + "==", additionalParameters: {} } : { value: "ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=", salt: "c2FsdHNhbHRzYWx0", additionalParameters: {} };
    p(`INSERT INTO credential VALUES (${q(r.uuid())}, NULL, 'password', ${q(id)}, ${1700000000000 + i}, NULL, ${j(secret)}, ${j({ hashIterations: 27500, algorithm: "pbkdf2-sha256", additionalParameters: {} })}, 10);`);
    if (i % 5 === 0) p(`INSERT INTO credential VALUES (${q(r.uuid())}, NULL, 'otp', ${q(id)}, ${1700000000000 + i}, 'Phone', ${j({ value: dirty ? r.upper(32) : "JBSWY3DPEHPK3PXP" })}, ${j({ subType: "totp", digits: 6, counter: 0, period: 30, algorithm: "HmacSHA1" })}, 20);`);
    if (i % 3 === 0) p(`INSERT INTO event_entity VALUES (${q(r.uuid())}, 'webshop', ${j({ auth_method: "openid-connect", auth_type: "code", redirect_uri: `https://${host}/callback`, consent: "no_consent_required", code_id: r.uuid(), username: pp.email.split("@")[0] })}, NULL, ${q(pp.ip)}, ${q(realm)}, ${q(r.uuid())}, ${1700000000000 + i * 1000}, 'LOGIN', ${q(id)});`);
  }
  // The login events' redirect_uri names the shop's production host, as redirect_uris does (reviewed at stop 22).
  if (dirty) E("H", "event_entity.details_json", "$.redirect_uri");
  if (dirty) { E("P", "user_entity.email"); E("P", "user_entity.first_name"); E("P", "user_entity.last_name"); E("P", "user_attribute.value"); E("S", "credential.secret_data"); E("P", "event_entity.ip_address"); E("P", "user_entity.email_constraint"); }
  for (let i = 0; i < 10; i++) p(`INSERT INTO offline_user_session VALUES (${q(r.uuid())}, ${q(users[i])}, ${q(realm)}, ${1700000000 + i}, '1', ${j({ brokerSessionId: null, brokerUserId: null, loginUsername: "u" + i, ipAddress: dirty ? person(r, i).ip : "192.0.2.10", authMethod: "openid-connect", rememberMe: false, started: 0, notes: { KC_DEVICE_NOTE: Buffer.from(JSON.stringify({ ipAddress: dirty ? "84.12.33.1" : "192.0.2.10", os: "Windows", browser: "Chrome/124.0.0" })).toString("base64"), AUTH_TIME: "1700000000" }, state: "LOGGED_IN" })}, ${1700000000 + i});`);
  if (dirty) E("P", "offline_user_session.data");
  // components: keys and LDAP federation
  const ldap = r.uuid(), rsa = r.uuid(), hmac = r.uuid(), aes = r.uuid();
  p(`INSERT INTO component VALUES (${q(ldap)}, 'ldap', ${q(realm)}, 'ldap', 'org.keycloak.storage.UserStorageProvider', ${q(realm)}, NULL), (${q(rsa)}, 'rsa-generated', ${q(realm)}, 'rsa-generated', 'org.keycloak.keys.KeyProvider', ${q(realm)}, NULL), (${q(hmac)}, 'hmac-generated-hs512', ${q(realm)}, 'hmac-generated', 'org.keycloak.keys.KeyProvider', ${q(realm)}, NULL), (${q(aes)}, 'aes-generated', ${q(realm)}, 'aes-generated', 'org.keycloak.keys.KeyProvider', ${q(realm)}, NULL);`);
  const cc = [
    [ldap, "connectionUrl", dirty ? "ldaps://dc01.corp.acme-retail.de:636" : "ldap://ldap.example.com:389"],
    [ldap, "bindDn", dirty ? "CN=svc-keycloak,OU=Service,DC=corp,DC=acme-retail,DC=de" : "cn=admin,dc=example,dc=com"],
    [ldap, "bindCredential", dirty ? "Wint3r!Sun#" + r.alnum(6) : "**********"],
    [ldap, "usersDn", dirty ? "OU=Users,DC=corp,DC=acme-retail,DC=de" : "ou=users,dc=example,dc=com"],
    [ldap, "vendor", "ad"], [ldap, "editMode", "READ_ONLY"], [ldap, "syncRegistrations", "false"], [ldap, "connectionPooling", "true"],
    [rsa, "priority", "100"], [rsa, "algorithm", "RS256"],
    [rsa, "privateKey", dirty ? "MIIEowIBAAKCAQEA" + r.b64(1560) : "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED"],
    [rsa, "certificate", "MIICmzCCAYMCBgGM" + r.b64(900)],
    [hmac, "secret", dirty ? r.b64u(86) : "REDACTED"], [hmac, "kid", r.uuid()], [hmac, "algorithm", "HS512"], [hmac, "priority", "100"],
    [aes, "secret", dirty ? r.b64u(22) : "REDACTED"], [aes, "kid", r.uuid()], [aes, "priority", "100"],
  ];
  for (const [c, n, v] of cc) p(`INSERT INTO component_config VALUES (${q(r.uuid())}, ${q(c)}, ${q(n)}, ${q(v)});`);
  if (dirty) { E("S", "component_config.value"); E("H", "component_config.value"); }
  const idp = r.uuid(), idp2 = r.uuid();
  p(`INSERT INTO identity_provider VALUES (${q(idp)}, true, 'google', 'google', false, false, ${q(realm)}, false, true, NULL, NULL, 'Google', false), (${q(idp2)}, true, 'azure', 'oidc', false, false, ${q(realm)}, false, false, NULL, NULL, 'Microsoft', false);`);
  const ipc = [
    [idp, "clientId", dirty ? `${r.digits(12)}-${r.alnum(32).toLowerCase()}.apps.googleusercontent.com` : "000000000000-example.apps.googleusercontent.com"],
    [idp, "clientSecret", dirty ? "GOCSPX-" + r.b64u(28) : "**********"], [idp, "syncMode", "IMPORT"], [idp, "hostedDomain", dirty ? "acme-retail.de" : "example.com"],
    [idp2, "clientId", r.uuid()], [idp2, "clientSecret", dirty ? r.alnum(3) + "8Q~" + r.b64u(34) : "${vault.azure_secret}"],
    [idp2, "authorizationUrl", "https://login.microsoftonline.com/" + (dirty ? r.uuid() : "00000000-0000-0000-0000-000000000000") + "/oauth2/v2.0/authorize"],
    [idp2, "tokenUrl", "https://login.microsoftonline.com/" + (dirty ? r.uuid() : "00000000-0000-0000-0000-000000000000") + "/oauth2/v2.0/token"],
    [idp2, "issuer", "https://login.microsoftonline.com/" + (dirty ? r.uuid() : "00000000-0000-0000-0000-000000000000") + "/v2.0"],
  ];
  for (const [c, n, v] of ipc) p(`INSERT INTO identity_provider_config VALUES (${q(c)}, ${q(v)}, ${q(n)});`);
  if (dirty) E("S", "identity_provider_config.value");
  // Microsoft's sign-in with the owner's own tenant id: a copy would sign its users in against production's directory
  // (the nil tenant of the clean dump is a vendor's shared endpoint, info; reviewed at stop 22).
  if (dirty) E("H", "identity_provider_config.value");
  return { out, exp };
}

