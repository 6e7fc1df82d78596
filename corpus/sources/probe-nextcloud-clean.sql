-- corpus: variants=plain
-- Application probe: Nextcloud, sanitized for hand-off.
-- Written by corpus/probes/make-probes.mjs; do not edit by hand.
CREATE TABLE oc_appconfig (appid varchar(32) NOT NULL, configkey varchar(64) NOT NULL, configvalue text, type integer DEFAULT 2, lazy smallint DEFAULT 0, PRIMARY KEY (appid, configkey));
CREATE TABLE oc_preferences (userid varchar(64) NOT NULL, appid varchar(32) NOT NULL, configkey varchar(64) NOT NULL, configvalue text, PRIMARY KEY (userid, appid, configkey));
CREATE TABLE oc_users (uid varchar(64) PRIMARY KEY, displayname varchar(64), password varchar(255) NOT NULL, uid_lower varchar(64));
CREATE TABLE oc_accounts (uid varchar(64) PRIMARY KEY, data text NOT NULL);
CREATE TABLE oc_accounts_data (id bigserial PRIMARY KEY, uid varchar(64) NOT NULL, name varchar(64) NOT NULL, value varchar(255));
CREATE TABLE oc_authtoken (id bigserial PRIMARY KEY, uid varchar(64) NOT NULL, login_name varchar(255) NOT NULL, password text, name text NOT NULL, token varchar(200) NOT NULL, type smallint, remember smallint, last_activity integer, last_check integer, scope text, expires integer, private_key text, public_key text, version smallint DEFAULT 1, password_invalid boolean DEFAULT false, password_hash varchar(255));
CREATE TABLE oc_oauth2_clients (id serial PRIMARY KEY, name varchar(64) NOT NULL, redirect_uri varchar(2000) NOT NULL, client_identifier varchar(64) NOT NULL, secret varchar(512) NOT NULL);
CREATE TABLE oc_mail_accounts (id serial PRIMARY KEY, user_id varchar(64) NOT NULL, name varchar(255), email varchar(255) NOT NULL, inbound_host varchar(64), inbound_port varchar(6), inbound_ssl_mode varchar(10), inbound_user varchar(255), inbound_password varchar(2048), outbound_host varchar(64), outbound_port varchar(6), outbound_user varchar(255), outbound_password varchar(2048), signature text);
CREATE TABLE oc_external_config (config_id bigserial PRIMARY KEY, mount_id bigint NOT NULL, key varchar(64) NOT NULL, value varchar(4000));
CREATE TABLE oc_filecache (fileid bigserial PRIMARY KEY, storage bigint NOT NULL, path varchar(4000), path_hash varchar(32) NOT NULL, parent bigint NOT NULL, name varchar(250), mimetype bigint NOT NULL, size bigint NOT NULL, mtime bigint NOT NULL, etag varchar(40), permissions integer);
INSERT INTO oc_appconfig VALUES ('core', 'installedat', '1678000000.123', 2, 0);
INSERT INTO oc_appconfig VALUES ('core', 'vendor', 'nextcloud', 2, 0);
INSERT INTO oc_appconfig VALUES ('core', 'lastcron', '1711900000', 2, 0);
INSERT INTO oc_appconfig VALUES ('core', 'public_files', 'files_sharing/public.php', 2, 0);
INSERT INTO oc_appconfig VALUES ('core', 'oc.integritycheck.checker', '[]', 2, 0);
INSERT INTO oc_appconfig VALUES ('core', 'backgroundjobs_mode', 'cron', 2, 0);
INSERT INTO oc_appconfig VALUES ('theming', 'name', 'Example Cloud', 2, 0);
INSERT INTO oc_appconfig VALUES ('theming', 'url', 'https://example.com', 2, 0);
INSERT INTO oc_appconfig VALUES ('theming', 'imprintUrl', 'https://example.com/imprint', 2, 0);
INSERT INTO oc_appconfig VALUES ('theming', 'color', '#0082c9', 2, 0);
INSERT INTO oc_appconfig VALUES ('user_ldap', 's01ldap_host', 'ldap://ldap.example.com', 2, 0);
INSERT INTO oc_appconfig VALUES ('user_ldap', 's01ldap_port', '636', 2, 0);
INSERT INTO oc_appconfig VALUES ('user_ldap', 's01ldap_dn', 'cn=admin,dc=example,dc=com', 2, 0);
INSERT INTO oc_appconfig VALUES ('user_ldap', 's01ldap_agent_password', '', 2, 0);
INSERT INTO oc_appconfig VALUES ('user_ldap', 's01ldap_base', 'dc=brandt,dc=local', 2, 0);
INSERT INTO oc_appconfig VALUES ('notify_push', 'base_endpoint', 'https://cloud.example.com/push', 2, 0);
INSERT INTO oc_appconfig VALUES ('richdocuments', 'wopi_url', 'https://office.example.com', 2, 0);
INSERT INTO oc_appconfig VALUES ('richdocuments', 'public_wopi_url', 'https://office.example.com', 2, 0);
INSERT INTO oc_appconfig VALUES ('spreed', 'turn_servers', '[{"schemes":"turn,turns","server":"turn.example.com:3478","secret":"","protocols":"udp,tcp"}]', 2, 0);
INSERT INTO oc_appconfig VALUES ('spreed', 'signaling_servers', '{"servers":[{"server":"https://signal.example.com","verify":true}],"secret":""}', 2, 0);
INSERT INTO oc_appconfig VALUES ('files_antivirus', 'av_host', 'clamav', 2, 0);
INSERT INTO oc_appconfig VALUES ('files_antivirus', 'av_port', '3310', 2, 0);
INSERT INTO oc_appconfig VALUES ('support', 'subscription_key', '', 2, 0);
INSERT INTO oc_appconfig VALUES ('serverinfo', 'token', '', 2, 0);
INSERT INTO oc_appconfig VALUES ('password_policy', 'minLength', '12', 2, 0);
INSERT INTO oc_appconfig VALUES ('firstrunwizard', 'enabled', 'no', 2, 0);
INSERT INTO oc_appconfig VALUES ('mail', 'microsoft_oauth_client_secret', '', 2, 0);
INSERT INTO oc_users VALUES ('user1', 'User1 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user1');
INSERT INTO oc_accounts VALUES ('user1', '{"displayname":{"value":"User1 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user1@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0101","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user1', 'displayname', 'User1 Example'), ('user1', 'email', 'user1@example.com'), ('user1', 'phone', '+1 555-0101');
INSERT INTO oc_preferences VALUES ('user1', 'settings', 'email', 'user1@example.com');
INSERT INTO oc_preferences VALUES ('user1', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user1', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user1', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user1', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user1', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user1', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user1', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user1', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user1', 'user1', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjisKh22Fnf9+ApHvnqZQNN8hNK/YycLY6NRSIMAM
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user1', 'user1', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEARE3RhQtALwmf/adXev8JTxvoxu0iG1uUIEFRhtAy
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user2', 'User2 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user2');
INSERT INTO oc_accounts VALUES ('user2', '{"displayname":{"value":"User2 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user2@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0102","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user2', 'displayname', 'User2 Example'), ('user2', 'email', 'user2@example.com'), ('user2', 'phone', '+1 555-0102');
INSERT INTO oc_preferences VALUES ('user2', 'settings', 'email', 'user2@example.com');
INSERT INTO oc_preferences VALUES ('user2', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user2', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user2', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user2', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user2', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user2', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user2', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user2', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user2', 'user2', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjWgLCcka08B6df7f2TqFug1ETSKKSirBJTMVk6lZ
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user2', 'user2', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAQW6mdalpv7u0XheOXIiT/6lEIu5I7UU8DXHTFKCo
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user3', 'User3 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user3');
INSERT INTO oc_accounts VALUES ('user3', '{"displayname":{"value":"User3 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user3@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0103","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user3', 'displayname', 'User3 Example'), ('user3', 'email', 'user3@example.com'), ('user3', 'phone', '+1 555-0103');
INSERT INTO oc_preferences VALUES ('user3', 'settings', 'email', 'user3@example.com');
INSERT INTO oc_preferences VALUES ('user3', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user3', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user3', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user3', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user3', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user3', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user3', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user3', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user3', 'user3', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9YHKxDdetYO33Kd3oP78ERPYSo5UOqkcr8yXvhDh
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user3', 'user3', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAMUkxobRNe6wl1/EqN/MFOfa1PUlNJRnP4n4GV0Td
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user4', 'User4 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user4');
INSERT INTO oc_accounts VALUES ('user4', '{"displayname":{"value":"User4 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user4@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0104","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user4', 'displayname', 'User4 Example'), ('user4', 'email', 'user4@example.com'), ('user4', 'phone', '+1 555-0104');
INSERT INTO oc_preferences VALUES ('user4', 'settings', 'email', 'user4@example.com');
INSERT INTO oc_preferences VALUES ('user4', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user4', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user4', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user4', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user4', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user4', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user4', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user4', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user4', 'user4', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAU+hZNsiIFJL5CRUSBzc3ZgTsZQhQgWotQHb7SVKs
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user4', 'user4', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmgSTngiWRMXTRb9WWdc/QyStJpBl5Lr5uEBMx5Zl
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user5', 'User5 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user5');
INSERT INTO oc_accounts VALUES ('user5', '{"displayname":{"value":"User5 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user5@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0105","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user5', 'displayname', 'User5 Example'), ('user5', 'email', 'user5@example.com'), ('user5', 'phone', '+1 555-0105');
INSERT INTO oc_preferences VALUES ('user5', 'settings', 'email', 'user5@example.com');
INSERT INTO oc_preferences VALUES ('user5', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user5', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user5', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user5', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user5', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user5', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user5', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user5', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user5', 'user5', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7pBYoVJ/B+NHxoLR+hZf3QYsTdtvHDpdtbKdTOvz
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user5', 'user5', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyW+ZQJu4I94VUjK/+CHINWGdQdZMhJdym/Ob6XC1
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user6', 'User6 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user6');
INSERT INTO oc_accounts VALUES ('user6', '{"displayname":{"value":"User6 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user6@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0106","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user6', 'displayname', 'User6 Example'), ('user6', 'email', 'user6@example.com'), ('user6', 'phone', '+1 555-0106');
INSERT INTO oc_preferences VALUES ('user6', 'settings', 'email', 'user6@example.com');
INSERT INTO oc_preferences VALUES ('user6', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user6', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user6', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user6', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user6', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user6', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user6', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user6', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user6', 'user6', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjtlbEHNBmirHp55Ck6IdTejfLdi2K1AWSYfDByRK
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user6', 'user6', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAFFA8fZpW6qHNlUN+d1/gopL3jYU20hO0PZUXVfKw
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user7', 'User7 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user7');
INSERT INTO oc_accounts VALUES ('user7', '{"displayname":{"value":"User7 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user7@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0107","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user7', 'displayname', 'User7 Example'), ('user7', 'email', 'user7@example.com'), ('user7', 'phone', '+1 555-0107');
INSERT INTO oc_preferences VALUES ('user7', 'settings', 'email', 'user7@example.com');
INSERT INTO oc_preferences VALUES ('user7', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user7', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user7', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user7', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user7', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user7', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user7', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user7', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user7', 'user7', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZNaRJJs8DQKb38ioHzzEhnUMMu26M0mW7Ol7fuKM
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user7', 'user7', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8q9pO5gETdodMTt3NU/vXvU/SdQ+2rfLzOafoDVG
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user8', 'User8 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user8');
INSERT INTO oc_accounts VALUES ('user8', '{"displayname":{"value":"User8 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user8@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0108","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user8', 'displayname', 'User8 Example'), ('user8', 'email', 'user8@example.com'), ('user8', 'phone', '+1 555-0108');
INSERT INTO oc_preferences VALUES ('user8', 'settings', 'email', 'user8@example.com');
INSERT INTO oc_preferences VALUES ('user8', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user8', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user8', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user8', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user8', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user8', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user8', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user8', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user8', 'user8', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdC8ipFvEzdFsQALe/Tlc3NeYp61TkVH5uke2SWBZ
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user8', 'user8', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOdAF0vbsm6PWIhv7reMyTLh6V0QpFwrGyC4U7OP6
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user9', 'User9 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user9');
INSERT INTO oc_accounts VALUES ('user9', '{"displayname":{"value":"User9 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user9@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0109","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user9', 'displayname', 'User9 Example'), ('user9', 'email', 'user9@example.com'), ('user9', 'phone', '+1 555-0109');
INSERT INTO oc_preferences VALUES ('user9', 'settings', 'email', 'user9@example.com');
INSERT INTO oc_preferences VALUES ('user9', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user9', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user9', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user9', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user9', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user9', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user9', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user9', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user9', 'user9', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATa7VWsz/V1Iad91MOWNdG5bu4nKzyAtp6gNRHi8Y
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user9', 'user9', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAUAHVUWLZ6OPUPwIZLgOBiPtNZZGWCTDuz+SLg3ZJ
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user10', 'User10 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user10');
INSERT INTO oc_accounts VALUES ('user10', '{"displayname":{"value":"User10 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user10@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0110","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user10', 'displayname', 'User10 Example'), ('user10', 'email', 'user10@example.com'), ('user10', 'phone', '+1 555-0110');
INSERT INTO oc_preferences VALUES ('user10', 'settings', 'email', 'user10@example.com');
INSERT INTO oc_preferences VALUES ('user10', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user10', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user10', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user10', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user10', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user10', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user10', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user10', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user10', 'user10', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAQx5SlUP4wM6tsGLxSmOX2ZlairBb0LEcdl3IaNJK
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user10', 'user10', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlofkztO0rgHPCqtVKSyjXFlPg6Db4FaaWR3NCWdc
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user11', 'User11 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user11');
INSERT INTO oc_accounts VALUES ('user11', '{"displayname":{"value":"User11 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user11@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0111","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user11', 'displayname', 'User11 Example'), ('user11', 'email', 'user11@example.com'), ('user11', 'phone', '+1 555-0111');
INSERT INTO oc_preferences VALUES ('user11', 'settings', 'email', 'user11@example.com');
INSERT INTO oc_preferences VALUES ('user11', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user11', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user11', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user11', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user11', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user11', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user11', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user11', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user11', 'user11', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATRgoP3y8JlC2+DJ626GYKjz/9AJdEQDGPnHjqpws
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user11', 'user11', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAY154YfYGwl0maoTsMoNAApQMF656kkpx0VtHG4fi
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user12', 'User12 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user12');
INSERT INTO oc_accounts VALUES ('user12', '{"displayname":{"value":"User12 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user12@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0112","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user12', 'displayname', 'User12 Example'), ('user12', 'email', 'user12@example.com'), ('user12', 'phone', '+1 555-0112');
INSERT INTO oc_preferences VALUES ('user12', 'settings', 'email', 'user12@example.com');
INSERT INTO oc_preferences VALUES ('user12', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user12', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user12', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user12', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user12', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user12', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user12', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user12', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user12', 'user12', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJ8qJAyFBPfUUZAdTxkTQq3a60l+S6Xyp7H9Zd5lc
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user12', 'user12', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0/Ppeo12U+KC0GFnYkepY1r1By+5wCCM1rG5768+
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user13', 'User13 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user13');
INSERT INTO oc_accounts VALUES ('user13', '{"displayname":{"value":"User13 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user13@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0113","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user13', 'displayname', 'User13 Example'), ('user13', 'email', 'user13@example.com'), ('user13', 'phone', '+1 555-0113');
INSERT INTO oc_preferences VALUES ('user13', 'settings', 'email', 'user13@example.com');
INSERT INTO oc_preferences VALUES ('user13', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user13', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user13', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user13', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user13', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user13', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user13', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user13', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user13', 'user13', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEALpzWIOsWQLPI2acJTyKxz4pGYr56rp55yiWJiBOO
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user13', 'user13', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAaa0WWa+UrvG53SdkA1BiREreKgfFqX71E0Z1KFup
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user14', 'User14 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user14');
INSERT INTO oc_accounts VALUES ('user14', '{"displayname":{"value":"User14 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user14@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0114","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user14', 'displayname', 'User14 Example'), ('user14', 'email', 'user14@example.com'), ('user14', 'phone', '+1 555-0114');
INSERT INTO oc_preferences VALUES ('user14', 'settings', 'email', 'user14@example.com');
INSERT INTO oc_preferences VALUES ('user14', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user14', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user14', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user14', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user14', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user14', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user14', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user14', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user14', 'user14', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+LZ9C5hB5bFINrnSoCgFON00Q2iQ1FgwNZxiPjiV
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user14', 'user14', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOpZEWnfKf4yb+zAWcAXKipiD+r7PfMbDHJw3K8uG
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user15', 'User15 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user15');
INSERT INTO oc_accounts VALUES ('user15', '{"displayname":{"value":"User15 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user15@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0115","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user15', 'displayname', 'User15 Example'), ('user15', 'email', 'user15@example.com'), ('user15', 'phone', '+1 555-0115');
INSERT INTO oc_preferences VALUES ('user15', 'settings', 'email', 'user15@example.com');
INSERT INTO oc_preferences VALUES ('user15', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user15', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user15', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user15', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user15', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user15', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user15', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user15', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user15', 'user15', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArwZqyP71QAII0d952BlPRTG8AeiCBnMLQX98tK28
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user15', 'user15', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHTXWNrEKcmnOYh8kS1LVhG+rvkFgwd1mZJYQ4cCp
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user16', 'User16 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user16');
INSERT INTO oc_accounts VALUES ('user16', '{"displayname":{"value":"User16 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user16@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0116","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user16', 'displayname', 'User16 Example'), ('user16', 'email', 'user16@example.com'), ('user16', 'phone', '+1 555-0116');
INSERT INTO oc_preferences VALUES ('user16', 'settings', 'email', 'user16@example.com');
INSERT INTO oc_preferences VALUES ('user16', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user16', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user16', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user16', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user16', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user16', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user16', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user16', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user16', 'user16', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2LgKnowI2u0HP5Lhp3AjtYinM4Tw+2xH+8aJOUqO
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user16', 'user16', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAAUdkxlqiw/Na8C+cu/y6rMedgUZxojj7kgz00lFP
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user17', 'User17 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user17');
INSERT INTO oc_accounts VALUES ('user17', '{"displayname":{"value":"User17 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user17@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0117","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user17', 'displayname', 'User17 Example'), ('user17', 'email', 'user17@example.com'), ('user17', 'phone', '+1 555-0117');
INSERT INTO oc_preferences VALUES ('user17', 'settings', 'email', 'user17@example.com');
INSERT INTO oc_preferences VALUES ('user17', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user17', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user17', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user17', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user17', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user17', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user17', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user17', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user17', 'user17', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAA8zPEglOw+xbEQVXI47O+TUljR9fYgBbS4tIJWRe
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user17', 'user17', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtg7uU5HXGRKdz8DUSr+3hHvlizFBlSolqEtSl12N
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user18', 'User18 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user18');
INSERT INTO oc_accounts VALUES ('user18', '{"displayname":{"value":"User18 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user18@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0118","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user18', 'displayname', 'User18 Example'), ('user18', 'email', 'user18@example.com'), ('user18', 'phone', '+1 555-0118');
INSERT INTO oc_preferences VALUES ('user18', 'settings', 'email', 'user18@example.com');
INSERT INTO oc_preferences VALUES ('user18', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user18', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user18', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user18', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user18', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user18', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user18', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user18', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user18', 'user18', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEABzl9obyCYe/7iPO7/RCoA6nRO/bk7vP2DQWkuVDL
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user18', 'user18', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuyCGKqQmxnf/nwozmghHoyuKNH5776/oGS/CuHCa
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user19', 'User19 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user19');
INSERT INTO oc_accounts VALUES ('user19', '{"displayname":{"value":"User19 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user19@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0119","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user19', 'displayname', 'User19 Example'), ('user19', 'email', 'user19@example.com'), ('user19', 'phone', '+1 555-0119');
INSERT INTO oc_preferences VALUES ('user19', 'settings', 'email', 'user19@example.com');
INSERT INTO oc_preferences VALUES ('user19', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user19', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user19', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user19', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user19', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user19', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user19', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user19', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user19', 'user19', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAW196fk6gtfUGNdfiy1o9jmHQlR0tvSSs8aFELiVp
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user19', 'user19', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAabDX436AHSGHrlQ/mDogDvn+dc6W/OKz1RG9wDax
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user20', 'User20 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user20');
INSERT INTO oc_accounts VALUES ('user20', '{"displayname":{"value":"User20 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user20@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0120","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user20', 'displayname', 'User20 Example'), ('user20', 'email', 'user20@example.com'), ('user20', 'phone', '+1 555-0120');
INSERT INTO oc_preferences VALUES ('user20', 'settings', 'email', 'user20@example.com');
INSERT INTO oc_preferences VALUES ('user20', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user20', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user20', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user20', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user20', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user20', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user20', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user20', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user20', 'user20', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAG4cHIfqmoGH7OqCIxJv2o3Q87jnlwUB/UYNujQXR
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user20', 'user20', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAPD9bC7/gVg7j//OJ+bTqMWpDg7mb6saoGMXqsTh/
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user21', 'User21 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user21');
INSERT INTO oc_accounts VALUES ('user21', '{"displayname":{"value":"User21 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user21@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0121","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user21', 'displayname', 'User21 Example'), ('user21', 'email', 'user21@example.com'), ('user21', 'phone', '+1 555-0121');
INSERT INTO oc_preferences VALUES ('user21', 'settings', 'email', 'user21@example.com');
INSERT INTO oc_preferences VALUES ('user21', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user21', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user21', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user21', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user21', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user21', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user21', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user21', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user21', 'user21', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApGPL8HI0yqH4eBIN1Zj/RB6CQ1dMzwOsOkFI0Kbi
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user21', 'user21', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAGsI2sDVlTzC78szuHBTFGwwueYhFT+gGUcb9VqGB
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user22', 'User22 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user22');
INSERT INTO oc_accounts VALUES ('user22', '{"displayname":{"value":"User22 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user22@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0122","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user22', 'displayname', 'User22 Example'), ('user22', 'email', 'user22@example.com'), ('user22', 'phone', '+1 555-0122');
INSERT INTO oc_preferences VALUES ('user22', 'settings', 'email', 'user22@example.com');
INSERT INTO oc_preferences VALUES ('user22', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user22', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user22', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user22', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user22', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user22', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user22', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user22', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user22', 'user22', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZKRMKZWIDx0JU6mikRATNYmS2T56tIAe6NSefpLS
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user22', 'user22', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAilExX/aaKMlco0TKxEM9eKPKpeFC5syZuhTzqiCA
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user23', 'User23 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user23');
INSERT INTO oc_accounts VALUES ('user23', '{"displayname":{"value":"User23 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user23@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0123","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user23', 'displayname', 'User23 Example'), ('user23', 'email', 'user23@example.com'), ('user23', 'phone', '+1 555-0123');
INSERT INTO oc_preferences VALUES ('user23', 'settings', 'email', 'user23@example.com');
INSERT INTO oc_preferences VALUES ('user23', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user23', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user23', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user23', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user23', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user23', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user23', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user23', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user23', 'user23', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAQTOyOlNRfoB4UGX1QmH8HPvAUjzF68YqzMp4qDwT
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user23', 'user23', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAG+5DQi3bGeiO+BL9skGVIlG/ImOrWbMY7yUoR3sj
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user24', 'User24 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user24');
INSERT INTO oc_accounts VALUES ('user24', '{"displayname":{"value":"User24 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user24@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0124","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user24', 'displayname', 'User24 Example'), ('user24', 'email', 'user24@example.com'), ('user24', 'phone', '+1 555-0124');
INSERT INTO oc_preferences VALUES ('user24', 'settings', 'email', 'user24@example.com');
INSERT INTO oc_preferences VALUES ('user24', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user24', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user24', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user24', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user24', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user24', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user24', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user24', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user24', 'user24', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAos6t1hzNFUNKgpCDdEmWqX6LUQ5CYh87r4hTuS1i
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user24', 'user24', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2p+AP25bEfZswbpTmxmOHa4fBxaDw+Xhs+fD+O9b
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user25', 'User25 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user25');
INSERT INTO oc_accounts VALUES ('user25', '{"displayname":{"value":"User25 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user25@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0125","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user25', 'displayname', 'User25 Example'), ('user25', 'email', 'user25@example.com'), ('user25', 'phone', '+1 555-0125');
INSERT INTO oc_preferences VALUES ('user25', 'settings', 'email', 'user25@example.com');
INSERT INTO oc_preferences VALUES ('user25', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user25', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user25', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user25', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user25', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user25', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user25', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user25', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user25', 'user25', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0phj+nmtDuCKAYqPpnew5Dlw/AI0c7sOltsJKj9w
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user25', 'user25', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAcESykzUVbpQ2AE3KG9UTrTyGtki73qGaBf/JmM7i
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user26', 'User26 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user26');
INSERT INTO oc_accounts VALUES ('user26', '{"displayname":{"value":"User26 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user26@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0126","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user26', 'displayname', 'User26 Example'), ('user26', 'email', 'user26@example.com'), ('user26', 'phone', '+1 555-0126');
INSERT INTO oc_preferences VALUES ('user26', 'settings', 'email', 'user26@example.com');
INSERT INTO oc_preferences VALUES ('user26', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user26', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user26', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user26', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user26', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user26', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user26', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user26', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user26', 'user26', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6natOVa57KyrpsTxGrsZf++0LNHHenngppb2jVVZ
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user26', 'user26', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEANIy+W1kaSpeWkF1X3fAfZmhY7/0ZJqnLj48Jg960
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user27', 'User27 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user27');
INSERT INTO oc_accounts VALUES ('user27', '{"displayname":{"value":"User27 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user27@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0127","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user27', 'displayname', 'User27 Example'), ('user27', 'email', 'user27@example.com'), ('user27', 'phone', '+1 555-0127');
INSERT INTO oc_preferences VALUES ('user27', 'settings', 'email', 'user27@example.com');
INSERT INTO oc_preferences VALUES ('user27', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user27', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user27', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user27', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user27', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user27', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user27', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user27', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user27', 'user27', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApC2MfOaqGWBn6kS4TeBpDnVz65EGpaR04NDbvFH3
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user27', 'user27', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArRzJTW+4RY+InQkJnH2DVVIveo4vdNjw/WBE4uuu
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user28', 'User28 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user28');
INSERT INTO oc_accounts VALUES ('user28', '{"displayname":{"value":"User28 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user28@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0128","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user28', 'displayname', 'User28 Example'), ('user28', 'email', 'user28@example.com'), ('user28', 'phone', '+1 555-0128');
INSERT INTO oc_preferences VALUES ('user28', 'settings', 'email', 'user28@example.com');
INSERT INTO oc_preferences VALUES ('user28', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user28', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user28', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user28', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user28', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user28', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user28', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user28', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user28', 'user28', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArDMBaUB30+XUiNzXo3L3L0dhWJNFhW3VhdK/5N+k
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user28', 'user28', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA62vBHAWT8SwHGMKPxNeCQa95fjz6Wz8kwkJok3dE
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user29', 'User29 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user29');
INSERT INTO oc_accounts VALUES ('user29', '{"displayname":{"value":"User29 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user29@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0129","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user29', 'displayname', 'User29 Example'), ('user29', 'email', 'user29@example.com'), ('user29', 'phone', '+1 555-0129');
INSERT INTO oc_preferences VALUES ('user29', 'settings', 'email', 'user29@example.com');
INSERT INTO oc_preferences VALUES ('user29', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user29', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user29', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user29', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user29', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user29', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user29', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user29', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user29', 'user29', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAUNtQWU1cEppa+i2k/kvsBMNaLuX+tB6zp+rP/6fZ
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user29', 'user29', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEARD1nPf4m37Q0kHcOwQjw1Kd3jhttlcLMBkvIiVA5
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_users VALUES ('user30', 'User30 Example', '3|$argon2id$v=19$m=65536,t=4,p=1$c2FsdHNhbHRzYWx0c2FsdA$REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDA', 'user30');
INSERT INTO oc_accounts VALUES ('user30', '{"displayname":{"value":"User30 Example","scope":"v2-federated","verified":"0"},"address":{"value":"","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"user30@example.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 555-0130","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}');
INSERT INTO oc_accounts_data (uid, name, value) VALUES ('user30', 'displayname', 'User30 Example'), ('user30', 'email', 'user30@example.com'), ('user30', 'phone', '+1 555-0130');
INSERT INTO oc_preferences VALUES ('user30', 'settings', 'email', 'user30@example.com');
INSERT INTO oc_preferences VALUES ('user30', 'core', 'lang', 'de');
INSERT INTO oc_preferences VALUES ('user30', 'core', 'timezone', 'Europe/Berlin');
INSERT INTO oc_preferences VALUES ('user30', 'login', 'lastLogin', '1711000000');
INSERT INTO oc_preferences VALUES ('user30', 'core', 'apppasswords_migration', '1');
INSERT INTO oc_preferences VALUES ('user30', 'files', 'quota', '50 GB');
INSERT INTO oc_preferences VALUES ('user30', 'avatar', 'generated', 'true');
INSERT INTO oc_preferences VALUES ('user30', 'core', 'first_login', '1700000000');
INSERT INTO oc_preferences VALUES ('user30', 'activity', 'notify_email_shared', '1');
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user30', 'user30', NULL, 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEABVN66D+452GH2wVMPSIobFpU6EpN4dQJzEI66h/a
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_authtoken (uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) VALUES ('user30', 'user30', NULL, 'Nextcloud-Android (Pixel 7)', '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 0, 1, 1711000000, 1711000000, '{"filesystem":true}', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJF++WFGNdC4Oq08twSbp5YOgw4keTUTI5W4VT/MC
-----END PUBLIC KEY-----', 2, false, NULL);
INSERT INTO oc_oauth2_clients (name, redirect_uri, client_identifier, secret) VALUES ('Paperless sync', 'https://paperless.example.com/oauth/callback', 'client-1', 'secret-1');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user1', 'User41 Example', 'user41@example.com', 'imap.example.com', '993', 'ssl', 'user41@example.com', NULL, 'smtp.example.com', '587', 'user41@example.com', NULL, '<div>User41 Example<br>Rechtsanwältin<br>Tel. +1 555-0141</div>');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user2', 'User42 Example', 'user42@example.com', 'imap.example.com', '993', 'ssl', 'user42@example.com', NULL, 'smtp.example.com', '587', 'user42@example.com', NULL, '<div>User42 Example<br>Rechtsanwältin<br>Tel. +1 555-0142</div>');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user3', 'User43 Example', 'user43@example.com', 'imap.example.com', '993', 'ssl', 'user43@example.com', NULL, 'smtp.example.com', '587', 'user43@example.com', NULL, '<div>User43 Example<br>Rechtsanwältin<br>Tel. +1 555-0143</div>');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user4', 'User44 Example', 'user44@example.com', 'imap.example.com', '993', 'ssl', 'user44@example.com', NULL, 'smtp.example.com', '587', 'user44@example.com', NULL, '<div>User44 Example<br>Rechtsanwältin<br>Tel. +1 555-0144</div>');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user5', 'User45 Example', 'user45@example.com', 'imap.example.com', '993', 'ssl', 'user45@example.com', NULL, 'smtp.example.com', '587', 'user45@example.com', NULL, '<div>User45 Example<br>Rechtsanwältin<br>Tel. +1 555-0145</div>');
INSERT INTO oc_mail_accounts (user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) VALUES ('user6', 'User46 Example', 'user46@example.com', 'imap.example.com', '993', 'ssl', 'user46@example.com', NULL, 'smtp.example.com', '587', 'user46@example.com', NULL, '<div>User46 Example<br>Rechtsanwältin<br>Tel. +1 555-0146</div>');
INSERT INTO oc_external_config (mount_id, key, value) VALUES (1, 'host', 'files.example.com'), (1, 'share', 'akten'), (1, 'user', 'user'), (1, 'password', ''), (1, 'domain', 'BRANDT'), (2, 'bucket', 'backup'), (2, 'hostname', 's3.example.com'), (2, 'key', 'AKIAIOSFODNN7EXAMPLE'), (2, 'secret', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_1.pdf', 'ee71ae6df89b326fb5c4062663afcbc7', 1, 'Akte_1.pdf', 4, 650863, 1711000000, 'c70f3542a7cc5', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_2.pdf', 'e38010574fa962b801bbc0f251303c44', 1, 'Akte_2.pdf', 4, 238551, 1711000000, '4de0b740fb996', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_3.pdf', 'bf2a340c5e43322213063b0e309a8af1', 1, 'Akte_3.pdf', 4, 397737, 1711000000, '5d96b763d43f8', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_4.pdf', '4666519233602e4dfb5dba5ed92342a5', 1, 'Akte_4.pdf', 4, 139233, 1711000000, 'f3c671c93659c', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_5.pdf', '28923827a0946f11b7e3f2d5ee904db6', 1, 'Akte_5.pdf', 4, 147511, 1711000000, '26f85010518ec', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_6.pdf', '28357bc0e9300fd1ea5e7e3ce727ac73', 1, 'Akte_6.pdf', 4, 277975, 1711000000, '6b841e416bbc3', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_7.pdf', '9b7076173ad0c9091091851eb3af1bd1', 1, 'Akte_7.pdf', 4, 428063, 1711000000, 'a0e20b5728a72', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_8.pdf', '34d0b5d282edfc473b84f70c0d4cd1d5', 1, 'Akte_8.pdf', 4, 365105, 1711000000, 'e78267757e69c', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_9.pdf', 'df1832148b24f6072845871e97450ea5', 1, 'Akte_9.pdf', 4, 809595, 1711000000, '659ac6926f8a9', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_10.pdf', '09befbb313e3fc42ebfeee1bc4417ab7', 1, 'Akte_10.pdf', 4, 439268, 1711000000, 'eeac13afbba29', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_11.pdf', 'cfe90dfecd8434c43f4da19a0d050ef8', 1, 'Akte_11.pdf', 4, 68862, 1711000000, '15f106a462c89', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_12.pdf', '7e6388a282347311bab929346c52f26f', 1, 'Akte_12.pdf', 4, 100435, 1711000000, '82e98f2061d54', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_13.pdf', 'abcd793dfdbb10162683decbcb5ca7ef', 1, 'Akte_13.pdf', 4, 713440, 1711000000, 'a5414b035dea4', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_14.pdf', '66244dd39af4ce47097947a540375025', 1, 'Akte_14.pdf', 4, 331702, 1711000000, '7c30ee3e6bc28', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_15.pdf', 'adef9f2c2ffbc715a611bd8c9de13dc6', 1, 'Akte_15.pdf', 4, 742655, 1711000000, '24fb607eed155', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_16.pdf', '8ace7771284437c92018eae7503a7923', 1, 'Akte_16.pdf', 4, 17077, 1711000000, 'e3aa0d6a66a06', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_17.pdf', '90ca89d4df08156ea54bc93cf49889a2', 1, 'Akte_17.pdf', 4, 409864, 1711000000, 'e516641244a0e', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_18.pdf', '2978805d83d7839f1aade34f70fd7369', 1, 'Akte_18.pdf', 4, 432325, 1711000000, '690a25b8ed81b', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_19.pdf', 'd14eb60336d62ef472b15f2caadc43ee', 1, 'Akte_19.pdf', 4, 132330, 1711000000, 'be928683678fb', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_20.pdf', 'b684f1b72aee3713a414401c50aaa134', 1, 'Akte_20.pdf', 4, 375285, 1711000000, '0aa3d8bc1fcd4', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_21.pdf', 'fb5ac49369c5c09fc46715533af89109', 1, 'Akte_21.pdf', 4, 1328, 1711000000, 'd663df67c8969', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_22.pdf', '0e8fc56f655b16ba41300181144c2156', 1, 'Akte_22.pdf', 4, 113521, 1711000000, '0796d86212d7d', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_23.pdf', '99f9a0c55ff296babca6b590a07f6b75', 1, 'Akte_23.pdf', 4, 583221, 1711000000, '231a72e720664', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_24.pdf', '7a314aa2669d7e310459f72cb26b94c8', 1, 'Akte_24.pdf', 4, 827034, 1711000000, '5ae2c283d1109', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_25.pdf', '12d360bbcf078515e8a9b04a13015156', 1, 'Akte_25.pdf', 4, 219056, 1711000000, '25e7939408d9d', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_26.pdf', 'aa2afbd96e1324e6cbc03b710d044e1b', 1, 'Akte_26.pdf', 4, 825712, 1711000000, 'cdf4388ef1f11', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_27.pdf', '98c013a592e7adf8cccb238cf8b05a00', 1, 'Akte_27.pdf', 4, 367603, 1711000000, '27d996507fe67', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_28.pdf', '086c48a77715e2f64328e129146b20e1', 1, 'Akte_28.pdf', 4, 64858, 1711000000, '7fe927c0ea1e4', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_29.pdf', 'c2da2f2bc158ce05d14a3382b0319b29', 1, 'Akte_29.pdf', 4, 628739, 1711000000, 'b7a70c757342a', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_30.pdf', 'e4dbfa13448393c67c4d91e29de3427b', 1, 'Akte_30.pdf', 4, 137678, 1711000000, 'f15e19079e69b', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_31.pdf', '3512b08b5c9ac355a867fc0233408a73', 1, 'Akte_31.pdf', 4, 638313, 1711000000, '563bd24cedfcd', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_32.pdf', '2e60c690ee1bf708b8aa88c34a92dccf', 1, 'Akte_32.pdf', 4, 803680, 1711000000, '6964a5c3656e5', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_33.pdf', 'e7193eb21666db75b557df004b26e75e', 1, 'Akte_33.pdf', 4, 737994, 1711000000, 'f0fc31b180369', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_34.pdf', '6a506b131cd25fd269702f9337de189b', 1, 'Akte_34.pdf', 4, 598117, 1711000000, '1fe2304b623b0', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_35.pdf', 'b36166be4812d9eda25bb246df959480', 1, 'Akte_35.pdf', 4, 228891, 1711000000, 'c48179f850947', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_36.pdf', 'b3f675d29042d409fd4ad0f95c6d355e', 1, 'Akte_36.pdf', 4, 78119, 1711000000, '2bf193f53aa46', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_37.pdf', '9a90d33a7b7cfd126d52b3b58b5b4147', 1, 'Akte_37.pdf', 4, 853233, 1711000000, 'ce17ff16431f4', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_38.pdf', '5e22e0dfef936fa572a72d9ee854884a', 1, 'Akte_38.pdf', 4, 212279, 1711000000, '5a323c9092434', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_39.pdf', '56a222543209495c4f13b1d61ecc8a97', 1, 'Akte_39.pdf', 4, 438521, 1711000000, '93d0b123e8bf2', 27);
INSERT INTO oc_filecache (storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) VALUES (1, 'files/Akten/2024/Akte_40.pdf', 'abca86a027e9ad3625ce3a9566e9a15e', 1, 'Akte_40.pdf', 4, 535863, 1711000000, 'd66ab8759a7ce', 27);
