import { createHash } from "node:crypto";
import { rng, q, j, person, fakePerson, uas } from "./lib.mjs";

// ---------------- Mattermost ----------------
// Mattermost's own PostgreSQL database, as its migrations (server/channels/db/migrations/postgres) create it: unquoted
// names, so every table and column is one lower-case word (clientsecret, refreshtoken, mfasecret, ipaddress). Every key
// is a 26-character id (NewId: 16 random bytes in base32 over "ybndrfg8ejkmcpqxot1uwisza345h769"), and so are the bearer
// secrets it keeps in clear: Sessions.Token, UserAccessTokens.Token, OAuthAccessData.Token/RefreshToken,
// OutgoingWebhooks.Token, Commands.Token, OAuthApps.ClientSecret. The whole server configuration lives as JSON in
// Configurations (one row per saved version, the active one flagged): SqlSettings.DataSource with the database password,
// S3 keys, the SMTP and LDAP passwords, GitLab/Google OAuth secrets, the public-link salt, the at-rest key, plugin
// settings (lower-cased keys). Systems keeps the server's ECDSA signing key and the post-action cookie secret. Users
// (bcrypt, TOTP secrets, auth data of GitLab/SAML/LDAP logins), teams, channels, posts (messages and props), preferences,
// statuses, audits (IP addresses), reset tokens.
// The clean variant is sanitized as Mattermost's own Config.Sanitize writes secrets (`********`), with example.com
// hosts, fake people, numbered stand-ins for tokens and one fixed bcrypt hash; ids stay ids.
const ID_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";

export function mattermost(dirty) {
  const r = rng(909);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const id = () => r.from(ID_ALPHABET, 26);
  const FAKE = "********";
  const org = dirty ? "hafen-brake.de" : "example.com";
  const site = dirty ? "chat.hafen-brake.de" : "chat.example.com";
  const t0 = 1709280000000; // 2024-03-01, Mattermost keeps milliseconds since the epoch
  const ms = () => t0 + r.int(0, 86400000 * 20);

  p(`CREATE TABLE configurations (id varchar(26) NOT NULL PRIMARY KEY, value text NOT NULL, createat bigint NOT NULL, active boolean UNIQUE);`);
  p(`CREATE TABLE systems (name varchar(64) NOT NULL PRIMARY KEY, value varchar(1024));`);
  p(`CREATE TABLE teams (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, displayname varchar(64), name varchar(64) UNIQUE, description varchar(255), email varchar(128), type varchar(255), companyname varchar(64), alloweddomains varchar(1000), inviteid varchar(32), allowopeninvite boolean, lastteamiconupdate bigint, schemeid varchar(26), groupconstrained boolean, cloudlimitsarchived boolean DEFAULT false NOT NULL);`);
  p(`CREATE TABLE users (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, username varchar(64) UNIQUE, password varchar(128), authdata varchar(128) UNIQUE, authservice varchar(32), email varchar(128) UNIQUE, emailverified boolean, nickname varchar(64), firstname varchar(64), lastname varchar(64), roles varchar(256), allowmarketing boolean, props jsonb, notifyprops jsonb, lastpasswordupdate bigint, lastpictureupdate bigint, failedattempts integer, locale varchar(5), mfaactive boolean, mfasecret varchar(128), position varchar(128), timezone jsonb, remoteid varchar(26), lastlogin bigint DEFAULT 0 NOT NULL, mfausedtimestamps jsonb);`);
  p(`CREATE TABLE sessions (id varchar(26) NOT NULL PRIMARY KEY, token varchar(26), createat bigint, expiresat bigint, lastactivityat bigint, userid varchar(26), deviceid varchar(512), roles varchar(256), isoauth boolean, props jsonb, expirednotify boolean);`);
  p(`CREATE TABLE useraccesstokens (id varchar(26) NOT NULL PRIMARY KEY, token varchar(26) UNIQUE, userid varchar(26), description varchar(512), isactive boolean);`);
  p(`CREATE TABLE tokens (token varchar(64) NOT NULL PRIMARY KEY, createat bigint, type varchar(64), extra varchar(2048));`);
  p(`CREATE TABLE oauthapps (id varchar(26) NOT NULL PRIMARY KEY, creatorid varchar(26), createat bigint, updateat bigint, clientsecret varchar(128), name varchar(64), description varchar(512), callbackurls varchar(1024), homepage varchar(256), istrusted boolean, iconurl varchar(512), mattermostappid varchar(32) DEFAULT '' NOT NULL);`);
  p(`CREATE TABLE oauthaccessdata (token varchar(26) NOT NULL PRIMARY KEY, refreshtoken varchar(26), redirecturi varchar(256), clientid varchar(26), userid varchar(26), expiresat bigint, scope varchar(128));`);
  p(`CREATE TABLE incomingwebhooks (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, userid varchar(26), channelid varchar(26), teamid varchar(26), displayname varchar(64), description varchar(500), username varchar(255), iconurl varchar(1024), channellocked boolean);`);
  p(`CREATE TABLE outgoingwebhooks (id varchar(26) NOT NULL PRIMARY KEY, token varchar(26), createat bigint, updateat bigint, deleteat bigint, creatorid varchar(26), channelid varchar(26), teamid varchar(26), triggerwords varchar(1024), callbackurls varchar(1024), displayname varchar(64), contenttype varchar(128), triggerwhen integer, username varchar(64), iconurl varchar(1024), description varchar(500));`);
  p(`CREATE TABLE commands (id varchar(26) NOT NULL PRIMARY KEY, token varchar(26), createat bigint, updateat bigint, deleteat bigint, creatorid varchar(26), teamid varchar(26), trigger varchar(128), method varchar(1), username varchar(64), iconurl varchar(1024), autocomplete boolean, autocompletedesc varchar(1024), autocompletehint varchar(1024), displayname varchar(64), description varchar(128), url varchar(1024), pluginid varchar(190) DEFAULT '');`);
  p(`CREATE TABLE channels (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, teamid varchar(26), type varchar(1), displayname varchar(64), name varchar(64), header varchar(1024), purpose varchar(250), lastpostat bigint, totalmsgcount bigint, extraupdateat bigint, creatorid varchar(26), schemeid varchar(26), groupconstrained boolean, shared boolean, totalmsgcountroot bigint, lastrootpostat bigint DEFAULT '0'::bigint);`);
  p(`CREATE TABLE posts (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, updateat bigint, deleteat bigint, userid varchar(26), channelid varchar(26), rootid varchar(26), originalid varchar(26), message varchar(65535), type varchar(26), props jsonb, hashtags varchar(1000), filenames varchar(4000), fileids varchar(300), hasreactions boolean, editat bigint, ispinned boolean, remoteid varchar(26));`);
  p(`CREATE TABLE preferences (userid varchar(26) NOT NULL, category varchar(32) NOT NULL, name varchar(32) NOT NULL, value text, PRIMARY KEY (userid, category, name));`);
  p(`CREATE TABLE status (userid varchar(26) NOT NULL PRIMARY KEY, status varchar(32), manual boolean, lastactivityat bigint, dndendtime bigint, prevstatus varchar(32));`);
  p(`CREATE TABLE audits (id varchar(26) NOT NULL PRIMARY KEY, createat bigint, userid varchar(26), action varchar(512), extrainfo varchar(1024), ipaddress varchar(64), sessionid varchar(26));`);

  // ---- the configuration, as the database config store keeps it (three saved versions, the last one active)
  const gitlab = dirty ? "https://git.hafen-brake.de" : "https://gitlab.example.com";
  const config = (version) => ({
    ServiceSettings: { SiteURL: `https://${site}`, WebsocketURL: "", LicenseFileLocation: "", ListenAddress: ":8065", ConnectionSecurity: "", TLSCertFile: "", TLSKeyFile: "", TrustedProxyIPHeader: ["X-Forwarded-For", "X-Real-Ip"], GoogleDeveloperKey: "", EnableOAuthServiceProvider: true, EnableIncomingWebhooks: true, EnableOutgoingWebhooks: true, EnableCommands: true, EnablePostUsernameOverride: true, EnableLinkPreviews: true, AllowedUntrustedInternalConnections: dirty ? "jenkins.hafen-brake.internal grafana.hafen-brake.de" : "", EnableMultifactorAuthentication: true, AllowCorsFrom: "", SessionLengthWebInHours: 720, MaximumLoginAttempts: 10, CollapsedThreads: "always_on", EnableGifPicker: true, GiphySdkKey: "" },
    TeamSettings: { SiteName: dirty ? "Hafen Chat" : "Mattermost", MaxUsersPerTeam: 500, EnableUserCreation: true, RestrictCreationToDomains: org, RestrictDirectMessage: "any", TeammateNameDisplay: "full_name", ExperimentalPrimaryTeam: "hafen" },
    SqlSettings: { DriverName: "postgres", DataSource: dirty ? `postgres://mmuser:${r.alnum(20)}@pg-mm-01.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10&binary_parameters=yes` : FAKE, DataSourceReplicas: dirty ? [`postgres://mmuser_ro:${r.alnum(20)}@pg-mm-02.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10`] : [], DataSourceSearchReplicas: [], MaxIdleConns: 20, ConnMaxLifetimeMilliseconds: 3600000, MaxOpenConns: 300, Trace: false, AtRestEncryptKey: dirty ? r.alnum(32) : FAKE, QueryTimeout: 30, DisableDatabaseSearch: false },
    LogSettings: { EnableConsole: true, ConsoleLevel: "INFO", EnableFile: true, FileLevel: "INFO", FileLocation: "", EnableWebhookDebugging: true },
    FileSettings: { EnableFileAttachments: true, MaxFileSize: 104857600, DriverName: "amazons3", Directory: "./data/", EnablePublicLink: true, PublicLinkSalt: dirty ? r.alnum(32) : FAKE, InitialFont: "nunito-bold.ttf", AmazonS3AccessKeyId: dirty ? "AKIA" + r.upper(16).replace(/[^A-Z2-7]/g, "Q") : "AKIAIOSFODNN7EXAMPLE", AmazonS3SecretAccessKey: dirty ? r.b64(40) : FAKE, AmazonS3Bucket: dirty ? "hafen-brake-mattermost" : "mattermost-example", AmazonS3PathPrefix: "", AmazonS3Region: "eu-central-1", AmazonS3Endpoint: "s3.amazonaws.com", AmazonS3SSL: true, AmazonS3SignV2: false, AmazonS3SSE: true, AmazonS3Trace: false },
    EmailSettings: { EnableSignUpWithEmail: false, EnableSignInWithEmail: true, EnableSignInWithUsername: true, SendEmailNotifications: true, RequireEmailVerification: true, FeedbackName: dirty ? "Hafen Chat" : "Mattermost", FeedbackEmail: `chat-noreply@${org}`, ReplyToAddress: `it-service@${org}`, FeedbackOrganization: dirty ? "Hafenlogistik Brake GmbH, Am Binnenhafen 3, 26919 Brake" : "", EnableSMTPAuth: true, SMTPUsername: `chat-noreply@${org}`, SMTPPassword: dirty ? "Kran" + r.alnum(8) + "#" + r.digits(3) : FAKE, SMTPServer: `smtp.${org}`, SMTPPort: "587", ConnectionSecurity: "STARTTLS", SendPushNotifications: true, PushNotificationServer: "https://push.mattermost.com", PushNotificationContents: "generic", EnableEmailBatching: false, EmailBatchingBufferSize: 256, EmailBatchingInterval: 30 },
    SupportSettings: { TermsOfServiceLink: "https://mattermost.com/pl/terms-of-use/", PrivacyPolicyLink: "https://mattermost.com/pl/privacy-policy/", AboutLink: "https://mattermost.com/pl/about-mattermost", HelpLink: "https://mattermost.com/pl/help/", ReportAProblemLink: "https://mattermost.com/pl/report-a-bug", SupportEmail: dirty ? `thomas.becker@${org}` : "support@example.com", CustomTermsOfServiceEnabled: false },
    GitLabSettings: { Enable: true, Secret: dirty ? "gloas-" + r.hex(64) : FAKE, Id: dirty ? r.hex(64) : "0000000000000000000000000000000000000000000000000000000000000000", Scope: "", AuthEndpoint: `${gitlab}/oauth/authorize`, TokenEndpoint: `${gitlab}/oauth/token`, UserAPIEndpoint: `${gitlab}/api/v4/user`, DiscoveryEndpoint: "", ButtonText: "GitLab", ButtonColor: "" },
    GoogleSettings: { Enable: version > 1, Secret: dirty ? "GOCSPX-" + r.b64u(28) : FAKE, Id: dirty ? `${r.digits(12)}-${r.from("abcdefghijklmnopqrstuvwxyz0123456789", 32)}.apps.googleusercontent.com` : "", Scope: "profile email", AuthEndpoint: "https://accounts.google.com/o/oauth2/v2/auth", TokenEndpoint: "https://www.googleapis.com/oauth2/v4/token", UserAPIEndpoint: "https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata", DiscoveryEndpoint: "", ButtonText: "", ButtonColor: "" },
    Office365Settings: { Enable: false, Secret: "", Id: "", Scope: "User.Read", AuthEndpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize", TokenEndpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/token", UserAPIEndpoint: "https://graph.microsoft.com/v1.0/me", DiscoveryEndpoint: "", DirectoryId: "" },
    LdapSettings: { Enable: true, EnableSync: true, LdapServer: dirty ? "ldap.hafen-brake.internal" : "ldap.example.com", LdapPort: 636, ConnectionSecurity: "TLS", BaseDN: dirty ? "dc=hafen-brake,dc=de" : "dc=example,dc=com", BindUsername: dirty ? "cn=svc-mattermost,ou=services,dc=hafen-brake,dc=de" : "cn=mattermost,dc=example,dc=com", BindPassword: dirty ? r.alnum(24) : FAKE, UserFilter: "(objectClass=inetOrgPerson)", GroupFilter: "", EmailAttribute: "mail", UsernameAttribute: "uid", IdAttribute: "uid", LoginIdAttribute: "uid", FirstNameAttribute: "givenName", LastNameAttribute: "sn", SyncIntervalMinutes: 60, SkipCertificateVerification: false },
    ElasticsearchSettings: { ConnectionURL: dirty ? "https://es01.hafen-brake.internal:9200" : "http://localhost:9200", Username: "elastic", Password: dirty ? r.alnum(20) : FAKE, EnableIndexing: version > 2, EnableSearching: version > 2, Sniff: true },
    PluginSettings: {
      Enable: true, EnableUploads: false, Directory: "./plugins", ClientDirectory: "./client/plugins", EnableMarketplace: true, MarketplaceURL: "https://api.integrations.mattermost.com",
      Plugins: {
        "com.github.manland.mattermost-plugin-gitlab": { gitlaburl: gitlab, gitlaboauthclientid: dirty ? r.hex(64) : "", gitlaboauthclientsecret: dirty ? "gloas-" + r.hex(64) : FAKE, webhooksecret: dirty ? r.b64(32) : FAKE, encryptionkey: dirty ? r.b64(32) : FAKE, enableprivaterepo: true },
        jitsi: { jitsiurl: "https://meet.jit.si", jitsiembedded: false, jitsinamingscheme: "words" },
      },
      PluginStates: { "com.github.manland.mattermost-plugin-gitlab": { Enable: true }, jitsi: { Enable: true }, playbooks: { Enable: true } },
    },
    NativeAppSettings: { AppDownloadLink: "https://mattermost.com/pl/download-apps", AndroidAppDownloadLink: "https://mattermost.com/pl/android-app/", IosAppDownloadLink: "https://mattermost.com/pl/ios-app/" },
    AnnouncementSettings: { EnableBanner: version > 2, BannerText: dirty ? "Wartung am Samstag 22:00–02:00. Rückfragen: Leitstand, 04401 93" + r.digits(4) : "Maintenance on Saturday 22:00-02:00.", BannerColor: "#f2a93b", BannerTextColor: "#333333", NoticesURL: "https://notices.mattermost.com/" },
    ImageProxySettings: { Enable: false, ImageProxyType: "local", RemoteImageProxyURL: "", RemoteImageProxyOptions: "" },
  });
  for (let v = 1; v <= 3; v++) p(`INSERT INTO configurations VALUES (${q(id())}, ${j(config(v))}, ${t0 - (3 - v) * 86400000 * 30}, ${v === 3 ? "true" : "NULL"});`);
  // The database and its replica's passwords, the at-rest key, the public-link salt, the S3 key pair, the SMTP, LDAP and
  // Elasticsearch passwords, the GitLab and Google OAuth secrets and the GitLab plugin's secrets; the database, LDAP,
  // Elasticsearch, SMTP and GitLab hosts and the site's own URL.
  if (dirty) {
    E("S", "configurations.value"); E("H", "configurations.value");
    E("S", "configurations.value", "$.SqlSettings.DataSource"); E("S", "configurations.value", "$.FileSettings.AmazonS3SecretAccessKey");
    E("S", "configurations.value", "$.GoogleSettings.Secret");
    E("H", "configurations.value", "$.SqlSettings.DataSource"); E("H", "configurations.value", "$.LdapSettings.LdapServer");
    E("H", "configurations.value", "$.EmailSettings.SMTPServer");
  }
  // JSON paths are listed only where a finding names one key: a host finding does, one per key; a secret or a personal
  // finding groups a column's values by what they are (every value under a key that says credential, every e-mail) and
  // names the first key, so the SMTP, LDAP and GitLab secrets are the column-level expectation's (reviewed at stop 24: the
  // probe as first made also listed those paths and the support address's).
  // Not expected: SupportSettings.SupportEmail, the IT lead's work address published to every user as the support contact:
  // the organisation's contact, as GitLab's sign_in_text help line is (the probe as first made listed it; reviewed at stop
  // 24, when it was found only beside the chat's no-reply sender counted as a person).
  // Not expected: Mattermost's own links (mattermost.com, push.mattermost.com, the marketplace, notices), Google's and
  // Microsoft's OAuth endpoints, meet.jit.si, s3.amazonaws.com (vendors' shared endpoints); FeedbackEmail, ReplyToAddress
  // and SMTPUsername (the chat's own mailboxes); the GitLab application's id (a client id, not a secret); the banner's
  // switchboard number (the company's); RestrictCreationToDomains (a mail domain, nothing connects to it). The clean
  // variant keeps AWS's documented example key id.

  // ---- Systems: name/value, the server's signing key and cookie secret among the bookkeeping
  const big = (n) => String(r.int(1, 9)) + r.digits(n - 1);
  const sys = [["Version", "9.5.0"], ["DiagnosticId", id()], ["InstallationDate", String(t0 - 86400000 * 400)], ["FirstServerRunTimestamp", String(t0 - 86400000 * 400)], ["LastSecurityTime", String(t0)], ["AdvancedPermissionsMigrationComplete", "true"], ["ContentExtractionConfigDefaultTrueMigrationComplete", "true"], ["CRTChannelMembershipCountsMigrationComplete", "true"]];
  // A careful team drops the two keys (Mattermost makes new ones at start); production holds them.
  // As model/system.go marshals them (reviewed at stop 25; the probe as first made wrote `ECDSAKey`/`Curve`/`X`/`Y`/`D` and
  // `Secret`): SystemAsymmetricSigningKey {"ecdsa_key": {"curve", "x", "y", "d"}} with big.Int numbers, and
  // SystemPostActionCookieSecret {"key": …}, 32 random bytes in base64 (a []byte).
  if (dirty) sys.push(["AsymmetricSigningKey", JSON.stringify({ ecdsa_key: { curve: "P-256", x: 0, y: 0, d: 0 } }).replace('"x":0', `"x":${big(77)}`).replace('"y":0', `"y":${big(77)}`).replace('"d":0', `"d":${big(77)}`)], ["PostActionCookieSecret", JSON.stringify({ key: r.b64(43) + "=" })]);
  sys.forEach(([n, v]) => p(`INSERT INTO systems VALUES (${q(n)}, ${q(v)});`));
  if (dirty) { E("S", "systems.value"); E("S", "systems.value", "$.ecdsa_key.d"); }
  // Not expected: DiagnosticId (the installation's telemetry id).

  // ---- teams
  const teams = [[id(), dirty ? "Hafenlogistik" : "Example Team", "hafen"], [id(), dirty ? "Leitstand" : "Ops", "leitstand"]];
  const ascii = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss");
  const admin = dirty ? person(r, 2) : fakePerson(2);
  const adminMail = dirty ? `${ascii(admin.first)}.${ascii(admin.last)}@${org}` : admin.email;
  teams.forEach(([tid, dn, name], k) => p(`INSERT INTO teams VALUES (${q(tid)}, ${t0}, ${t0}, 0, ${q(dn)}, ${q(name)}, '', ${q(k === 0 ? adminMail : dirty ? "leitstand@" + org : "ops@example.com")}, 'I', '', ${q(org)}, ${q(id())}, false, 0, NULL, false, false);`));
  if (dirty) E("P", "teams.email");
  // Not expected: teams.inviteid (the team's join link key: an id like every other, nothing says it is one), the team's
  // own names and the control room's mailbox.

  // ---- users: e-mail sign-ups, GitLab, SAML and LDAP logins
  const bcryptFixed = "$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu";
  const users = [];
  for (let i = 1; i <= 40; i++) {
    const pp = i === 2 ? admin : dirty ? person(r, i) : fakePerson(i);
    const uid = id();
    const service = i % 10 === 3 ? "gitlab" : i % 10 === 7 ? "saml" : i % 5 === 1 && i > 1 ? "ldap" : "";
    // first.last as the directory writes it; a second person of the same name gets a number.
    const base = dirty ? ascii(pp.first) + "." + ascii(pp.last) : "";
    const uname = i === 1 ? "system-bot" : dirty ? (users.some((u) => u.uname === base) ? base + i : base) : "user" + i;
    const work = dirty ? `${uname}@${org}` : pp.email;
    const email = i === 1 ? "system-bot@localhost" : service === "" && dirty && i % 4 === 0 ? pp.email : work;
    const authdata = service === "gitlab" ? r.digits(3) : service === "saml" ? email : service === "ldap" ? uname : null;
    const mfa = dirty ? (i % 6 === 0 ? r.upper(32) : "") : i % 6 === 0 ? "JBSWY3DPEHPK3PXP" : "";
    users.push({ uid, pp, uname, email });
    const notify = { channel: "true", comments: "never", desktop: "mention", desktop_sound: "true", email: "true", first_name: "false", mention_keys: "", push: "mention", push_status: "away" };
    const tz = { automaticTimezone: "Europe/Berlin", manualTimezone: "", useAutomaticTimezone: "true" };
    p(`INSERT INTO users VALUES (${q(uid)}, ${t0}, ${t0}, 0, ${q(uname)}, ${q(service || i === 1 ? "" : dirty ? "$2a$10$" + r.b64(53).replace(/\+/g, ".").replace(/\//g, "O") : bcryptFixed)}, ${q(authdata)}, ${q(service)}, ${q(email)}, true, '', ${q(i === 1 ? "System" : pp.first)}, ${q(i === 1 ? "Bot" : pp.last)}, ${q(i <= 2 ? "system_user system_admin" : "system_user")}, false, ${j(i === 1 ? { from_webhook: "true" } : {})}, ${j(notify)}, ${t0}, 0, 0, 'de', ${mfa !== ""}, ${q(mfa)}, ${q(dirty && i % 3 === 0 ? r.pick(["Disponentin", "Schichtleiter Kran", "IT-Administration", "Lagerlogistik"]) : "")}, ${j(tz)}, NULL, ${ms()}, '[]');`);
  }
  if (dirty) { E("P", "users.email"); E("P", "users.firstname"); E("P", "users.lastname"); E("S", "users.password"); E("S", "users.mfasecret"); E("P", "users.authdata"); }
  // Not expected: users.username (logins, as in the other probes; the person's names are beside them), the GitLab users'
  // authdata (their numeric GitLab id), position (a job title).

  // ---- sessions and tokens: bearer secrets kept in clear, each a 26-character id
  for (let i = 2; i <= 30; i++) {
    const u = users[i - 1], sid = id(), mobile = i % 4 === 0;
    const props = { browser: mobile ? "Mobile App/2.14" : "Chrome/124.0", csrf: id(), isMobile: String(mobile), isSaml: "false", is_guest: "false", os: mobile ? "Android 14" : "Windows 10", platform: mobile ? "Linux" : "Windows", ...(i % 7 === 0 ? { type: "UserAccessToken", user_access_token_id: id() } : {}) };
    const device = mobile ? (dirty ? "android_rn-v2:" + r.b64u(11) + ":APA91b" + r.b64u(134) : "android_rn-v2:device-" + i) : "";
    p(`INSERT INTO sessions VALUES (${q(sid)}, ${q(dirty ? id() : "session-" + i)}, ${t0}, ${t0 + 86400000 * 30}, ${ms()}, ${q(u.uid)}, ${q(device)}, 'system_user', false, ${j(props)}, false);`);
    if (i % 7 === 0) p(`INSERT INTO useraccesstokens VALUES (${q(id())}, ${q(dirty ? id() : "token-" + i)}, ${q(u.uid)}, ${q(["Backup-Skript", "Jenkins", "Grafana-Export", "Zabbix"][(i / 7) % 4])}, true);`);
    if (i % 9 === 0) p(`INSERT INTO tokens VALUES (${q(dirty ? r.alnum(64) : "reset-token-" + i)}, ${ms()}, 'password_recovery', ${q(JSON.stringify({ UserId: u.uid, email: u.email }))});`);
  }
  if (dirty) { E("S", "sessions.token"); E("S", "useraccesstokens.token"); E("S", "tokens.token"); E("P", "tokens.extra"); }
  // Not expected: sessions.props' csrf (the session's anti-forgery value: nothing without the token) and deviceid (the
  // phone's push registration, useless without the server's push key).

  // ---- OAuth: the apps this server provides logins for, and their tokens
  const apps = [["Grafana", dirty ? "https://grafana.hafen-brake.de" : "https://grafana.example.com", "/login/generic_oauth"], ["Wiki", dirty ? "https://wiki.hafen-brake.de" : "https://wiki.example.com", "/oauth/callback"]];
  const appIds = [];
  apps.forEach(([name, home, cb]) => {
    const aid = id();
    appIds.push([aid, home + cb]);
    p(`INSERT INTO oauthapps VALUES (${q(aid)}, ${q(users[1].uid)}, ${t0}, ${t0}, ${q(dirty ? id() : FAKE)}, ${q(name)}, ${q("Login mit Mattermost für " + name)}, ${q(home + cb)}, ${q(home)}, true, '', '');`);
  });
  for (let i = 3; i <= 12; i++) {
    const [aid, cb] = appIds[i % 2];
    p(`INSERT INTO oauthaccessdata VALUES (${q(dirty ? id() : "token-" + i)}, ${q(dirty ? id() : "refresh-" + i)}, ${q(cb)}, ${q(aid)}, ${q(users[i - 1].uid)}, ${t0 + 86400000 * 30}, 'user');`);
  }
  if (dirty) { E("S", "oauthapps.clientsecret"); E("H", "oauthapps.callbackurls"); E("S", "oauthaccessdata.token"); E("S", "oauthaccessdata.refreshtoken"); E("H", "oauthaccessdata.redirecturi"); }
  // The callback URLs are where this server sends a login's code (a redirect it makes). Not expected: homepage, the
  // link shown on the consent page (the probe as first made listed it, reviewed at stop 24).

  // ---- channels
  const chans = [];
  const chan = (type, dn, name, header, purpose) => {
    const cid = id();
    chans.push(cid);
    p(`INSERT INTO channels VALUES (${q(cid)}, ${t0}, ${t0}, 0, ${type === "D" || type === "G" ? "''" : q(teams[0][0])}, ${q(type)}, ${q(dn)}, ${q(name)}, ${q(header)}, ${q(purpose)}, ${ms()}, ${r.int(10, 900)}, 0, ${q(users[1].uid)}, NULL, false, false, ${r.int(5, 500)}, 0);`);
    return cid;
  };
  const onCall = dirty ? person(r, 81) : fakePerson(81);
  chan("O", "Town Square", "town-square", "", "");
  chan("O", "Off-Topic", "off-topic", "", "");
  const ops = chan("O", dirty ? "Leitstand Störungen" : "Incidents", "stoerungen", dirty ? `Bereitschaft diese Woche: ${onCall.first} ${onCall.last}, ${onCall.phone} | Runbooks: https://wiki.hafen-brake.de/display/OPS` : "Runbooks: https://wiki.example.com/ops", "Alarme aus Zabbix und Grafana");
  chan("P", "Kranführer", "kranfuehrer", "", "Schichtplanung");
  chan("D", "", `${users[2].uid}__${users[3].uid}`, "", "");
  chan("G", `${users[4].uname}, ${users[5].uname}, ${users[6].uname}`, createHash("sha1").update(users[4].uid + users[5].uid + users[6].uid).digest("hex"), "", "");
  if (dirty) E("P", "channels.header");
  // Not expected: a group message's display name (its members' logins) and name (a hash of their ids), a direct channel's
  // name (two ids); the header's runbook link (a link people click, a restored copy makes no connection to it; the
  // probe as first made listed it, reviewed at stop 24 as the other probes read a link in prose).

  // ---- posts: messages with mentions and links, and alerts posted by webhooks
  for (let n = 1; n <= 60; n++) {
    const a = users[2 + (n % 30)], b = users[2 + ((n + 7) % 30)];
    let message, props = {}, userid = a.uid;
    if (n % 12 === 0) {
      userid = users[1].uid;
      message = "";
      props = { from_webhook: "true", override_username: "Zabbix", attachments: [{ fallback: "PROBLEM: Kran 4 SPS nicht erreichbar", color: "#FF0000", title: "PROBLEM: Kran 4 SPS nicht erreichbar", title_link: dirty ? `https://zabbix.hafen-brake.internal/tr_events.php?triggerid=${r.digits(5)}&eventid=${r.digits(7)}` : "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1", text: "Severity: High" }] };
    } else if (dirty && n === 25) message = `@${b.uname} für den Export: psql "postgres://report:${r.alnum(14)}@pg-mm-01.hafen-brake.internal:5432/lager" – bitte nicht weitergeben`;
    else if (dirty && n % 10 === 5) message = `@${b.uname} ich bin heute im Homeoffice, erreichbar unter ${a.pp.phone} oder ${a.pp.email}`;
    else if (n % 8 === 0) message = `Schichtplan KW 12: https://wiki.${org}/display/LAGER/Schichtplan – @${b.uname} bitte bestätigen`;
    else if (n % 9 === 0) message = `Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=${r.b64u(11)}`;
    else message = `${r.pick(["Danke!", "Bin dran.", "Kran 2 wieder frei.", "Übergabe erledigt.", "Wer übernimmt die Spätschicht?"])} @${b.uname}`;
    if (n % 15 === 0) props = { ...props, disable_group_highlight: true };
    p(`INSERT INTO posts VALUES (${q(id())}, ${ms()}, ${ms()}, 0, ${q(userid)}, ${q(n % 12 === 0 ? ops : chans[n % 4])}, '', '', ${q(message)}, ${q(n % 12 === 0 ? "slack_attachment" : "")}, ${j(props)}, '', '[]', '[]', false, 0, false, NULL);`);
  }
  if (dirty) { E("P", "posts.message"); E("S", "posts.message"); E("H", "posts.message"); }
  // Not expected: mentions (@first.last logins), the wiki links a team shares, Wikipedia and YouTube, and the alerts'
  // title_link to Zabbix in posts.props: links people click in a message; a restored copy connects to none of them (the
  // probe as first made listed posts.props, reviewed at stop 24). posts.message's host is the pasted connection string's.

  // ---- integrations: incoming and outgoing webhooks, slash commands
  p(`INSERT INTO incomingwebhooks VALUES (${q(id())}, ${t0}, ${t0}, 0, ${q(users[1].uid)}, ${q(ops)}, ${q(teams[0][0])}, 'Zabbix', 'Alarme aus Zabbix', 'Zabbix', ${q(dirty ? "https://zabbix.hafen-brake.internal/zabbix/assets/img/favicon.ico" : "")}, true);`);
  p(`INSERT INTO outgoingwebhooks VALUES (${q(id())}, ${q(dirty ? id() : "token-1")}, ${t0}, ${t0}, 0, ${q(users[1].uid)}, ${q(ops)}, ${q(teams[0][0])}, 'deploy,rollback', ${q(dirty ? "https://jenkins.hafen-brake.internal/mattermost-hook/" : "https://jenkins.example.com/mattermost-hook/")}, 'Jenkins', 'application/json', 0, 'jenkins', '', 'Deploys aus dem Chat');`);
  p(`INSERT INTO commands VALUES (${q(id())}, ${q(dirty ? id() : "token-2")}, ${t0}, ${t0}, 0, ${q(users[1].uid)}, ${q(teams[0][0])}, 'schicht', 'P', 'Schichtplan', '', true, 'Schichtplan abfragen', '[KW]', 'Schichtplan', 'Zeigt den Schichtplan', ${q(dirty ? "https://intranet.hafen-brake.de/api/mattermost/schicht" : "https://intranet.example.com/api/mattermost/schicht")}, '');`);
  if (dirty) { E("H", "incomingwebhooks.iconurl"); E("S", "outgoingwebhooks.token"); E("H", "outgoingwebhooks.callbackurls"); E("S", "commands.token"); E("H", "commands.url"); }
  // Not expected: incomingwebhooks.id (the hook's URL key is its primary key, an id like every other).

  // ---- preferences, statuses
  users.slice(1, 30).forEach((u, k) => {
    p(`INSERT INTO preferences VALUES (${q(u.uid)}, 'display_settings', 'use_military_time', 'true'), (${q(u.uid)}, 'tutorial_step', ${q(u.uid)}, '999'), (${q(u.uid)}, 'direct_channel_show', ${q(users[(k + 3) % 40].uid)}, 'true'), (${q(u.uid)}, 'theme', '', ${j({ type: "Denim", sidebarBg: "#1e325c", sidebarText: "#ffffff", onlineIndicator: "#3db887", buttonBg: "#1c58d9", linkColor: "#386fe5", codeTheme: "github" })});`);
    if (k % 5 === 0) p(`INSERT INTO preferences VALUES (${q(u.uid)}, 'recent_emojis', '', ${j([{ name: "+1", usageCount: r.int(1, 40) }, { name: "white_check_mark", usageCount: r.int(1, 20) }])});`);
    p(`INSERT INTO status VALUES (${q(u.uid)}, ${q(r.pick(["online", "away", "offline", "dnd"]))}, false, ${ms()}, 0, '');`);
  });

  // ---- audits: logins with the address they came from
  for (let a = 1; a <= 30; a++) {
    const u = users[1 + (a % 29)];
    const ip = dirty ? u.pp.ip : `192.0.2.${a}`;
    const [action, extra] = a % 3 === 0 ? ["/api/v4/users/login", `attempt - login_id=${u.email}`] : a % 3 === 1 ? ["/api/v4/users/login", `success session_user=${u.uid}`] : ["/api/v4/users/me/patch", ""];
    p(`INSERT INTO audits VALUES (${q(id())}, ${ms()}, ${q(u.uid)}, ${q(action)}, ${q(extra)}, ${q(ip)}, ${q(a % 3 === 0 ? "" : id())});`);
  }
  if (dirty) { E("P", "audits.ipaddress"); E("P", "audits.extrainfo"); }
  return { out, exp };
}
