-- corpus: variants=plain
-- Application probe: Mastodon, as production holds it (expected findings: corpus/probes/expected.json).
-- Written by corpus/probes/make-probes.mjs; do not edit by hand.
CREATE TABLE accounts (id bigint PRIMARY KEY, username varchar DEFAULT '' NOT NULL, domain varchar, private_key text, public_key text DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, note text DEFAULT '' NOT NULL, display_name varchar DEFAULT '' NOT NULL, uri varchar DEFAULT '' NOT NULL, url varchar, avatar_file_name varchar, avatar_remote_url varchar, inbox_url varchar DEFAULT '' NOT NULL, outbox_url varchar DEFAULT '' NOT NULL, shared_inbox_url varchar DEFAULT '' NOT NULL, followers_url varchar DEFAULT '' NOT NULL, protocol integer DEFAULT 0 NOT NULL, locked boolean DEFAULT false NOT NULL, fields jsonb, actor_type varchar, discoverable boolean);
CREATE TABLE users (id bigint PRIMARY KEY, email varchar DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, encrypted_password varchar DEFAULT '' NOT NULL, reset_password_token varchar, sign_in_count integer DEFAULT 0 NOT NULL, current_sign_in_at timestamp, last_sign_in_at timestamp, admin boolean DEFAULT false NOT NULL, confirmation_token varchar, confirmed_at timestamp, locale varchar, encrypted_otp_secret varchar, encrypted_otp_secret_iv varchar, encrypted_otp_secret_salt varchar, otp_required_for_login boolean DEFAULT false NOT NULL, last_emailed_at timestamp, otp_backup_codes varchar[], account_id bigint NOT NULL, disabled boolean DEFAULT false NOT NULL, invite_id bigint, chosen_languages varchar[], approved boolean DEFAULT true NOT NULL, sign_up_ip inet, otp_secret varchar);
CREATE TABLE statuses (id bigint PRIMARY KEY, uri varchar, text text DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, in_reply_to_id bigint, reblog_of_id bigint, url varchar, sensitive boolean DEFAULT false NOT NULL, visibility integer DEFAULT 0 NOT NULL, spoiler_text text DEFAULT '' NOT NULL, reply boolean DEFAULT false NOT NULL, language varchar, account_id bigint NOT NULL, application_id bigint, local boolean);
CREATE TABLE web_push_subscriptions (id bigint PRIMARY KEY, endpoint varchar NOT NULL, key_p256dh varchar NOT NULL, key_auth varchar NOT NULL, data json, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, access_token_id bigint, user_id bigint);
CREATE TABLE oauth_applications (id bigint PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, secret varchar NOT NULL, redirect_uri text NOT NULL, scopes varchar DEFAULT '' NOT NULL, created_at timestamp, updated_at timestamp, superapp boolean DEFAULT false NOT NULL, website varchar, owner_type varchar, owner_id bigint, confidential boolean DEFAULT true NOT NULL);
CREATE TABLE oauth_access_tokens (id bigint PRIMARY KEY, token varchar NOT NULL, refresh_token varchar, expires_in integer, revoked_at timestamp, created_at timestamp NOT NULL, scopes varchar, application_id bigint, resource_owner_id bigint, last_used_at timestamp, last_used_ip inet);
CREATE TABLE settings (id bigint PRIMARY KEY, var varchar NOT NULL, value text, thing_type varchar, created_at timestamp, updated_at timestamp, thing_id bigint);
CREATE TABLE session_activations (id bigint PRIMARY KEY, session_id varchar NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, user_agent varchar DEFAULT '' NOT NULL, ip inet, access_token_id bigint, user_id bigint NOT NULL, web_push_subscription_id bigint);
CREATE TABLE domain_blocks (id bigint PRIMARY KEY, domain varchar DEFAULT '' NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, severity integer DEFAULT 0, reject_media boolean DEFAULT false NOT NULL, reject_reports boolean DEFAULT false NOT NULL, private_comment text, public_comment text, obfuscate boolean DEFAULT false NOT NULL);
CREATE TABLE relays (id bigint PRIMARY KEY, inbox_url varchar DEFAULT '' NOT NULL, follow_activity_id varchar, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, state integer DEFAULT 0 NOT NULL);
CREATE TABLE webhooks (id bigint PRIMARY KEY, url varchar NOT NULL, events varchar[] DEFAULT '{}' NOT NULL, secret varchar DEFAULT '' NOT NULL, enabled boolean DEFAULT true NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, template text);
INSERT INTO accounts VALUES (1, 'james', NULL, '-----BEGIN RSA PRIVATE KEY-----
WYk3BG4BorR8HKXfSJ3SFWCHY9RMsJHs3DBuBgGqzOMpfSeiREWiyfbmpCGvDUGp
l/IzHH1Fvfyq0Ulb4nKEHp+SEKYybHfPyl9gbD4GXizAuTC6QjUCiW1M4Udc3Pv7
xFffV9YUR3XrQG/t+qAdceFk/sVDzfsi03p0le3YaNAlKAbt7IRvGEt+LrM7GHPu
qsbsoSuzd5uKzlYgM5yA8xAa7pR03BX/i1XZHuMr
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAG6GwpX/vL9SO1NZxIirl
i9oLTXc3JHP546wLbp/00+l5SvnvRAvkZG15bC0tOX5UtZuFuprw5OkKVQCds6db
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>James – photographer in Berlin. Reach me at +1 (206) 740-8278 or <a href="https://james-photo.de">my site</a></p>', 'James Anderson', 'https://social.acme-retail.de/users/james', 'https://social.acme-retail.de/@james', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://james.blog\">james.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (1, 'james.anderson86@web.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$HOaBf0TKAhkhEBTHeOb92lGgExWknPzE3RCXJ1UAkyE/MCUPs47rU', NULL, 28, '2024-03-01 10:00:00', '2024-02-01 10:00:00', true, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 1, false, NULL, NULL, true, '91.237.159.60', NULL);
INSERT INTO session_activations VALUES (1, 'e98cae691ee8c35b4a81b2ad18d98188', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '91.237.159.60', 1, 1, 1);
INSERT INTO oauth_access_tokens VALUES (1, 'rredyr_EOxC5A3zP7OgGWCFCX22t6WXYZfTIuxhuyC_', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 1, '2024-03-02 10:00:00', '91.237.159.60');
INSERT INTO web_push_subscriptions VALUES (1, 'https://fcm.googleapis.com/fcm/send/eAa1PRX_w7W:APA91bY_r1qYvKKjtDkaSTqYW0zHr6Cy7lIBgLwSLpr-OBYYWybSQdCFIk9hzbtL6mD5UJ5TraAMeRt7DSDJX1bOGHehF_Sdi3zh7f2Ry8Svt2TryMpwMiilZE0xJBcUX1Sq0TKTnUMC', 'BHZoW0hPRPrmt4echFq3O9I79GnH4UNiIr6jbJsiS3hUrGmxEzaIIs3vxUG-ZsXL4-4YzIaYXHdvU9pwiY_-y53', 'rhtpcvoIypQPvmKsuovV5g', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 1, 1);
INSERT INTO accounts VALUES (2, 'emma', NULL, '-----BEGIN RSA PRIVATE KEY-----
A4+01homgss/gzMpNL13SrthUZqqVXWMuQaNmtYNT4qHnOOdZLNuofrnoeDRU2+b
3FV9fyRiAN/J7EDPKne8aq5hv5JJnWVZD233CTv6fi4FVJJOwnz3HnpHJm6lQIqU
1m26HNdsoXjtlsZ/EiTb0mHvr2ahb5sT5QA/dKk3P0+HhPAuegNb+bCEnoxyGE6t
/cJXiJjX7JoPqyDj+u6LZ2m5nxmUnS/oOzydM8G6
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOjICZ+wEzybNv2fZFy6i
wvpuil44DnreCxmH/jC1VGHFNnp3q/vI5yV4VbZ+YTs9EMYqvE0wl8cgQ3XT/5xP
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Emma – photographer in Berlin. Reach me at +1 (617) 629-6820 or <a href="https://emma-photo.de">my site</a></p>', 'Emma Moreau', 'https://social.acme-retail.de/users/emma', 'https://social.acme-retail.de/@emma', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://emma.blog\">emma.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (2, 'emma.moreau58@icloud.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$NgsOb1ekvkqvP12Hd5u77EwWUu9xy7tVEWGVRazpstFR4aXpI/9Co', NULL, 202, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 2, false, NULL, NULL, true, '212.56.45.221', NULL);
INSERT INTO session_activations VALUES (2, 'ef2a31e5cb9bc6c8f578aad26fa05d07', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '212.56.45.221', 2, 2, 2);
INSERT INTO oauth_access_tokens VALUES (2, 'ULv_tuiqjVAOokVDCyOSsQUKOgQxILatnJPSgaucM-R', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 2, '2024-03-02 10:00:00', '212.56.45.221');
INSERT INTO web_push_subscriptions VALUES (2, 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABCENWeNzkNTcvAIcY_phMSuyl4yqYH0_i8_XFIuw2AFwwHrIkPt-S05bQQ5RIcHFPK_ckUXX2VHJVUR4hJ_doYtp5n-VlGJs7GAd953PmmJxhX_VaDDk5TVLSi4RyqKco6wLpNkkvEkDE1JHsmuAyefriUiogd9rd', 'BuVVshO50qtbGdbJKeJzG0zAXVlYerdfYE_YRB2qHqkgyvM-G3JHVIZKNW2byfs1cmO4vDcaEsgSNXFXxKkI1ya', 'JDeFWO_OhvvMx6BDKgDSKK', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 2, 2);
INSERT INTO accounts VALUES (3, 'julia_bro', NULL, '-----BEGIN RSA PRIVATE KEY-----
p8tFJmzHY21G6HtUo1aJhb2lwei7CtIStOB3Vc4HtiiWwu9hTz7aVB03nzlkv3Yj
5o09mlpJtkasxY/mFrfmDc1E5RM3S5su4dx6VfzhXsnnjjOP2CpyRznvyQHqYWmX
CNOnLwK7CQrr7dpRDGESiNeL25SVRszZXzRH7XP/NUeQiJNLxUfYE1bwxuZkyNXA
SCRl835KZrsE+Y+01tzrSfyeA9mCkWyIcgxs4B9A
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOrI8Y0JJK4QHiYu7tgoK
pPuggk39huiyUg9lj293C3zeCg52kqWEsJSxHyQk7sRg8Qayk+g2yKzkFw1WgYkQ
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Julia – photographer in Berlin. Reach me at +1 (212) 616-1437 or <a href="https://julia-photo.de">my site</a></p>', 'Julia Brown', 'https://social.acme-retail.de/users/julia_bro', 'https://social.acme-retail.de/@julia_bro', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://julia_bro.blog\">julia_bro.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (3, 'julia.brown87@web.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$R2M9g/ERW5ehT6gVcr5NwLmkXhHnMMX/TJv/V7ywkz8GH6CTkEllE', NULL, 71, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 3, false, NULL, NULL, true, '178.45.186.107', NULL);
INSERT INTO session_activations VALUES (3, 'e777fe7507e919e85b9b570020b5106d', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '178.45.186.107', 3, 3, 3);
INSERT INTO oauth_access_tokens VALUES (3, 'uIzZrQV-G-lljDJX_0UEz_fjR2cGIuARIPNuBS3hSb_', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 3, '2024-03-02 10:00:00', '178.45.186.107');
INSERT INTO web_push_subscriptions VALUES (3, 'https://web.push.apple.com/QVPXn7pZvs2SInA8XFoKhS4JUWpD2vlpLvrzkmGziGgYzxsYhOaObBXP2D3fr', 'BOvNM8I0YQHMIZEaDxda5GVMkifGgH-IZzkqm6JOOf46tgooGNEIlNEtqRLPKeTAQ_GAKVqZA4Nzcs6Sm_7z_Ms', 'NJTmW-ivyUwBCbD7Q2Bo81', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 3, 3);
INSERT INTO accounts VALUES (4, 'emily', NULL, '-----BEGIN RSA PRIVATE KEY-----
2sSHPCJlJWIm038qxBasynolEqiltUzmoxSoNVqGOgrxq6z7DApQRTsWtz8m79e1
bkinUAiLrPXApFvZa+TKsIELxSCt19TONcdReE+K025pnwp25BMYupAsjl4J66G0
zO7BL/k1PfayBSTM9gf1UOCPC4QaI5CUsBdrj9Xu/EPGKSiUprVQa2sOfEIOM8Gd
Mzfg/W91vHHitjMrX4tANPtEc2a8dvJviuQlWOI5
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjs4/7zIobLYQnM4AqWv4
03uyI1LznLI4hPc8D2E6uAsXdBfsS3l3EbC+KrpcEObpuZ+viLFXhC69/UV8jsQM
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Emily – photographer in Berlin. Reach me at +49 151 39367424 or <a href="https://emily-photo.de">my site</a></p>', 'Emily Müller', 'https://social.acme-retail.de/users/emily', 'https://social.acme-retail.de/@emily', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://emily.blog\">emily.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (4, 'emily.muller48@proton.me', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$YYCZXJ4qAt0/hQMGoyCBgNhgSgWVcfp8TZtMp3HimXHLOiUMASVAf', NULL, 251, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$y2aUBJtfEc0HhFka8wPZ0lTRutftau30NCAdaI6RV8L7R2xnCvxwM,$2a$10$Q4M3LcmBJEmrVF0n9jFeCmOfcdFmM0d3ZOLSocFdsWi0jPj7NSWa1,$2a$10$oB6vrGwCOfjP.4FUHvu58ThUGjCW5S.bnLQZIpL8sV30jEFhnGYxc,$2a$10$bSO0FU9lSC3myFuLXZcj4oSwc0p8Pirg.kDYX5Tkx1bw9u4VBEIoA,$2a$10$dhbp7hQPya2msaJ20rqTnHNnlFE/fam8A1dhPi1g8Y89XwzmEOu3/}', 4, false, NULL, NULL, true, '212.252.181.231', 'OSCQQHSDZCJS5QIEBO3V6GU5EWYFYS4M');
INSERT INTO session_activations VALUES (4, 'a66c3b50bbb5cad804b21d51c1e1569e', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '212.252.181.231', 4, 4, 4);
INSERT INTO oauth_access_tokens VALUES (4, 'A2L6n3bQu1eBA8g2DxUSxCa95CzZE38tuDdeYNSOFIz', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 4, '2024-03-02 10:00:00', '212.252.181.231');
INSERT INTO web_push_subscriptions VALUES (4, 'https://web.push.apple.com/QHfWmhNvy1Ci8O9HgtWhpRhs3cymKWqxNDeaUCh_4gKICs5T3mB-FqD_5tY7H', 'BQA3FJGPwwUyMcwsyaTd7AmSmRU3f7QvqUYyGaDhNRQCe_qQqbPBhVUxku1lyntJdrJ5fr6wbCSBJE-g9JOCffw', '1VAyVv0rLKn_BW357Zorv9', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 4, 4);
INSERT INTO accounts VALUES (5, 'thomas', NULL, '-----BEGIN RSA PRIVATE KEY-----
xBh4A8jEHpNQd10B5DMoXdcsr7n5UPktmEv2MJnO55lZpFkIoOgMLvp49mCIH7K7
mCmO8cwPZrlqUEe528pWyq1gZVzzpOKn1yWtAo40+zCQs68mOqL6CuAEFuzXPGhd
KKMBZVTn6Si/DRkSQJ/H8Zi2KrR2dUsaq42KCAnMZJCPtI2Ss/W/w3cSa9gI3KKt
vjWc8ZxH7P2o/DqqRSib7DdRi+lSQ1+yGUEA7q3Q
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqGWv9TwwWZHnQVKWs5zN
xnEd7VRtYfegUW+d+ErJ6zAOnKF89Pz+fHHwfsofUmbpRDI8c3hFWVjhF5ZAddDg
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Thomas – photographer in Berlin. Reach me at +1 (415) 471-2118 or <a href="https://thomas-photo.de">my site</a></p>', 'Thomas Becker', 'https://social.acme-retail.de/users/thomas', 'https://social.acme-retail.de/@thomas', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://thomas.blog\">thomas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (5, 'thomas.becker51@yahoo.fr', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$imA1R9VgC/.DU2QvjPOKsWX9aSjNEvCTy3EGsIKPFgWav9k9PMXsB', NULL, 288, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 5, false, NULL, NULL, true, '178.129.53.67', NULL);
INSERT INTO session_activations VALUES (5, '83408704f2fba8182c18120a01a15d31', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '178.129.53.67', 5, 5, 5);
INSERT INTO oauth_access_tokens VALUES (5, 'axjeCW2X9DyVXouKrd7e65QVmFH0-msjPwxzPUU_eKX', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 5, '2024-03-02 10:00:00', '178.129.53.67');
INSERT INTO web_push_subscriptions VALUES (5, 'https://web.push.apple.com/QADkc22mH3lTTOBLoowIe4T5YsiB7M7RFww5oA06F8CLn8x-lKAOGEOHM8sI1', 'BPEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL-pPu88x7C9J_h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6g', 'm3HAwsHMgwsXA7QWMguQqL', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 5, 5);
INSERT INTO accounts VALUES (6, 'jan_mul', NULL, '-----BEGIN RSA PRIVATE KEY-----
VmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJ
j8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNt
IcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8
XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Ra
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdw+Z4C7NB5hQyD5BsEvw
Tso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzk
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Jan – photographer in Berlin. Reach me at +49 154 73163894 or <a href="https://jan-photo.de">my site</a></p>', 'Jan Müller', 'https://social.acme-retail.de/users/jan_mul', 'https://social.acme-retail.de/@jan_mul', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://jan_mul.blog\">jan_mul.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (6, 'jan.muller24@hotmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$uzFzqqkUveP1/vXwKuHsmpDk3L/t.Y3uIrBGPQKlBbjuWd6SuI02s', NULL, 166, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 6, false, NULL, NULL, true, '91.226.4.31', NULL);
INSERT INTO session_activations VALUES (6, '7c92765ffa0802b1c452db1f85c8e325', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '91.226.4.31', 6, 6, 6);
INSERT INTO oauth_access_tokens VALUES (6, 'ETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnB', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 6, '2024-03-02 10:00:00', '91.226.4.31');
INSERT INTO web_push_subscriptions VALUES (6, 'https://fcm.googleapis.com/fcm/send/EGDaFWtHXVG:APA91bQbBHJf5WaeJYGonPdnH6Po2QwQCN_FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79-2', 'B09aq4ntU0lwn2vhDio5axDz9_JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS', '6_YDncDw7Bdb5rfCdix0Bj', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 6, 6);
INSERT INTO accounts VALUES (7, 'lucas', NULL, '-----BEGIN RSA PRIVATE KEY-----
jq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+N
GQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+
KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMb
yTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+PT0qxF5ebVbJlNl6rOO
O09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9p
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Lucas – photographer in Berlin. Reach me at +1 (212) 909-8636 or <a href="https://lucas-photo.de">my site</a></p>', 'Lucas Jensen', 'https://social.acme-retail.de/users/lucas', 'https://social.acme-retail.de/@lucas', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://lucas.blog\">lucas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (7, 'lucas.jensen78@gmx.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$gxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qy', NULL, 13, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 7, false, NULL, NULL, true, '91.135.20.117', NULL);
INSERT INTO session_activations VALUES (7, '3cba893f930eb874a5587687bdffe86f', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '91.135.20.117', 7, 7, 7);
INSERT INTO oauth_access_tokens VALUES (7, 'pD9iEVlMvH0ntT89qYblw0nyk_jKTtt_JncNHu1-hB5', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 7, '2024-03-02 10:00:00', '91.135.20.117');
INSERT INTO web_push_subscriptions VALUES (7, 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABEXeDEld8yR9ATq_f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt-RylnEnTdSuJwp09RD3_nydvPk6h7D42mZSM2z-X-xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC_0zUVqpabZTeDh3Ng-s85', 'BG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7-FRxkkPdoBiaf53-5_mGGnhLeJMHnD4-lHqAboDguwwo7lzGku0d4YL', 'c0a5CbgKL_B5gkwWKDDeT-', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 7, 7);
INSERT INTO accounts VALUES (8, 'olivia', NULL, '-----BEGIN RSA PRIVATE KEY-----
WX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+
kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkI
qKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/
irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwp
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZvilO7BBt27HC43VY1zg
Ij2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5a
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Olivia – photographer in Berlin. Reach me at +44 7606 229825 or <a href="https://olivia-photo.de">my site</a></p>', 'Olivia Martínez', 'https://social.acme-retail.de/users/olivia', 'https://social.acme-retail.de/@olivia', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://olivia.blog\">olivia.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (8, 'olivia.martinez46@hotmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$BHAASuQ1AEt.JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZff', NULL, 96, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70.DbGPQyWG29rdNEhBR,$2a$10$2ZHA.NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR.fb7V8hloJDaDlA,$2a$10$.bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBb,$2a$10$zA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBc,$2a$10$p8dZ/s6oqZ36II5.TWGNmYgV81xVPcCTB7mAHjr6.VjntJVRX/l.y}', 8, false, NULL, NULL, true, '84.62.96.198', '6IW6QXKDEFRYIL7GWNHYXG4CPX43MFCL');
INSERT INTO session_activations VALUES (8, '6f5a7132727d934e84ac5ad2ef17c3e8', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '84.62.96.198', 8, 8, 8);
INSERT INTO oauth_access_tokens VALUES (8, 'XpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee-dLcauch', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 8, '2024-03-02 10:00:00', '84.62.96.198');
INSERT INTO web_push_subscriptions VALUES (8, 'https://fcm.googleapis.com/fcm/send/eSqOmyeHs6z:APA91bc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv-mT8_5CZM9Q2_BPu_H5PedtDrJ7L2odPHA_ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe_S1DNiT9zb5SVz5-KX4LMxMq', 'B8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0_0qGN9Cy1u4DOL', 'gd8BtdALBsHSemmDfwM4em', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 8, 8);
INSERT INTO accounts VALUES (9, 'sarah_lop', NULL, '-----BEGIN RSA PRIVATE KEY-----
N+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1t
nJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5Hg
D7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa
+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlh
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAglqB5pPbPIBVaF/6jf+4
TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRD
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sarah – photographer in Berlin. Reach me at +49 151 34147953 or <a href="https://sarah-photo.de">my site</a></p>', 'Sarah López', 'https://social.acme-retail.de/users/sarah_lop', 'https://social.acme-retail.de/@sarah_lop', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://sarah_lop.blog\">sarah_lop.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (9, 'sarah.lopez67@web.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$KsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5U', NULL, 62, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 9, false, NULL, NULL, true, '212.142.108.103', NULL);
INSERT INTO session_activations VALUES (9, '24f7f910c9429971a1581d5f6a330d37', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '212.142.108.103', 9, 9, 9);
INSERT INTO oauth_access_tokens VALUES (9, 'FvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwu', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 9, '2024-03-02 10:00:00', '212.142.108.103');
INSERT INTO web_push_subscriptions VALUES (9, 'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABtciwmVeehJqP-brvlx3SI2ayOQ6zxlY_UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ-ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV-T3fG_IswT7ITIebC1arYeg26qwXoeS', 'BO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl_SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpg', 'JV9GqxrjPSyZO-mWn1w9hq', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 9, 9);
INSERT INTO accounts VALUES (10, 'emily', NULL, '-----BEGIN RSA PRIVATE KEY-----
VPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABE
edDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAx
l3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5
NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAVAvqgIf81/nfmqjkfKRY
+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaV
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Emily – photographer in Berlin. Reach me at +1 (617) 589-5488 or <a href="https://emily-photo.de">my site</a></p>', 'Emily Rossi', 'https://social.acme-retail.de/users/emily', 'https://social.acme-retail.de/@emily', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://emily.blog\">emily.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (10, 'emily.rossi25@proton.me', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$gPP6Tuh8Ur3ByN/g03ys0PwOl.MuS4UT3kfHUecmSqDhw462WqSNg', NULL, 46, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 10, false, NULL, NULL, true, '84.167.60.105', NULL);
INSERT INTO session_activations VALUES (10, '69d49da99026accb50f2c3bdefc97f13', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '84.167.60.105', 10, 10, 10);
INSERT INTO oauth_access_tokens VALUES (10, 'v0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjEr', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 10, '2024-03-02 10:00:00', '84.167.60.105');
INSERT INTO web_push_subscriptions VALUES (10, 'https://web.push.apple.com/QwgJ3bnKyfsDnORphOktee_cIs9SivGNQ5L1a-S37Ar0i0qONkt5N59NAafYT', 'BrcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj-3y0AH51MfieE9zanID-7Rv8F0Js2UUjh1lRyzl', 'Oc5In1UEjL6FZPwXH6SKQc', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 10, 10);
INSERT INTO accounts VALUES (11, 'pierre', NULL, '-----BEGIN RSA PRIVATE KEY-----
X8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vy
OIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHA
Edj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Hee
nd2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135V
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlaOAT/HWU4lXXkVO+3FG
QwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tm
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Pierre – photographer in Berlin. Reach me at +33 6 50 69 64 60 or <a href="https://pierre-photo.de">my site</a></p>', 'Pierre Kowalski', 'https://social.acme-retail.de/users/pierre', 'https://social.acme-retail.de/@pierre', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://pierre.blog\">pierre.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (11, 'pierre.kowalski33@proton.me', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$PVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRw', NULL, 130, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 11, false, NULL, NULL, true, '84.175.108.149', NULL);
INSERT INTO session_activations VALUES (11, 'd624a749a64d098840170891d8af78c4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '84.175.108.149', 11, 11, NULL);
INSERT INTO oauth_access_tokens VALUES (11, 'o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDL', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 11, '2024-03-02 10:00:00', '84.175.108.149');
INSERT INTO accounts VALUES (12, 'olivia_bro', NULL, '-----BEGIN RSA PRIVATE KEY-----
tPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/r
Ur5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwp
TWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1Klgy
JCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbN
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmPkf7kj+uDt9+doOMfAG
K/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2Z
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Olivia – photographer in Berlin. Reach me at +49 155 72623384 or <a href="https://olivia-photo.de">my site</a></p>', 'Olivia Brown', 'https://social.acme-retail.de/users/olivia_bro', 'https://social.acme-retail.de/@olivia_bro', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://olivia_bro.blog\">olivia_bro.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (12, 'olivia.brown62@gmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$C5DiJq4PibNNgsQTFeaG.cNzfg9dQI3RAoOqRURXDN/RZ.EAp3ipD', NULL, 180, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$mg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2,$2a$10$SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46,$2a$10$USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuH,$2a$10$dMpNki37IR2K4QdEHj7FjTDoA/1.MCHhaMODIsJZvB6MjNYtFW324,$2a$10$gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu.CEFrlACu7P}', 12, false, NULL, NULL, true, '91.250.34.1', 'FAVG2G352J7ZNPLSLQKQBPA7GOGZE7L5');
INSERT INTO session_activations VALUES (12, '30be02595f626678894beccdcaf31e80', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '91.250.34.1', 12, 12, NULL);
INSERT INTO oauth_access_tokens VALUES (12, '4-WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip_9sg', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 12, '2024-03-02 10:00:00', '91.250.34.1');
INSERT INTO accounts VALUES (13, 'anna', NULL, '-----BEGIN RSA PRIVATE KEY-----
IAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1
Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6Dota
F/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdL
RVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuIN
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAup+beNZYZ4Jaf51s6wcA
Zx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYk
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Anna – photographer in Berlin. Reach me at +44 7752 735300 or <a href="https://anna-photo.de">my site</a></p>', 'Anna Müller', 'https://social.acme-retail.de/users/anna', 'https://social.acme-retail.de/@anna', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://anna.blog\">anna.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (13, 'anna.muller29@yahoo.fr', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$vkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83B', NULL, 14, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 13, false, NULL, NULL, true, '91.217.154.128', NULL);
INSERT INTO session_activations VALUES (13, 'd4eea84d799ba2cbb658bd4467a4703c', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '91.217.154.128', 13, 13, NULL);
INSERT INTO oauth_access_tokens VALUES (13, '70p3UTJzR3TNmEmU-eDeyzmj96mxkaltrDt5MJdcZSa', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 13, '2024-03-02 10:00:00', '91.217.154.128');
INSERT INTO accounts VALUES (14, 'eva', NULL, '-----BEGIN RSA PRIVATE KEY-----
s7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksC
KmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/G
yWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuF
AQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7I
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOc7F1g0y9/049BZ7VuFY
jYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0voz
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Eva – photographer in Berlin. Reach me at 030 63418622 or <a href="https://eva-photo.de">my site</a></p>', 'Eva Taylor', 'https://social.acme-retail.de/users/eva', 'https://social.acme-retail.de/@eva', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://eva.blog\">eva.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (14, 'eva.taylor45@web.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$jNr/KrM5O9zEVC9eGzG6EKIqlz1W6.2/RRFq3ci0XFzAMKtuclXF7', NULL, 46, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 14, false, NULL, NULL, true, '212.150.113.203', NULL);
INSERT INTO session_activations VALUES (14, '16ee7f69c55ee4d92128d561fb3769cb', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '212.150.113.203', 14, 14, NULL);
INSERT INTO oauth_access_tokens VALUES (14, 'cIaD5ABklyQsYMv1cjB_MHm9U5QckmYufrc7T9RcDxA', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 14, '2024-03-02 10:00:00', '212.150.113.203');
INSERT INTO accounts VALUES (15, 'daniel_jen', NULL, '-----BEGIN RSA PRIVATE KEY-----
sEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUl
mV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXp
w/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU3
4tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/U
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAWvBPZQN3ksAVRqd/VQxd
TIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lI
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Daniel – photographer in Berlin. Reach me at +1 (206) 711-5193 or <a href="https://daniel-photo.de">my site</a></p>', 'Daniel Jensen', 'https://social.acme-retail.de/users/daniel_jen', 'https://social.acme-retail.de/@daniel_jen', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://daniel_jen.blog\">daniel_jen.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (15, 'daniel.jensen60@icloud.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$pGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2.uXd6ZVfgVyFu/Pgw', NULL, 163, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 15, false, NULL, NULL, true, '212.139.208.95', NULL);
INSERT INTO session_activations VALUES (15, '782a3ec633f7eb243b3161166b632fae', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '212.139.208.95', 15, 15, NULL);
INSERT INTO oauth_access_tokens VALUES (15, 'Mow4Mz1oKYQzX-5BuiQmpOJjhRrOoyHDlLpAEvT-5B-', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 15, '2024-03-02 10:00:00', '212.139.208.95');
INSERT INTO accounts VALUES (16, 'camille', NULL, '-----BEGIN RSA PRIVATE KEY-----
nGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjo
jex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/G
TtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3F
VEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJy
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAX4CmE+fh3y6/H2rLOCWF
V3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Camille – photographer in Berlin. Reach me at +1 (312) 799-5387 or <a href="https://camille-photo.de">my site</a></p>', 'Camille García', 'https://social.acme-retail.de/users/camille', 'https://social.acme-retail.de/@camille', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://camille.blog\">camille.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (16, 'camille.garcia31@outlook.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$1.z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa.FZi1H9ubH3y', NULL, 227, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$zRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh.G1Mno,$2a$10$VKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3k,$2a$10$vf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC.fQRhHqZ.TFo8e,$2a$10$Cw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO..,$2a$10$PuC.iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9c}', 16, false, NULL, NULL, true, '84.97.3.70', 'B3VGTMFGHCSG2DPMAE2HFRIP7SALJBTL');
INSERT INTO session_activations VALUES (16, '9a11f6ad562a068d6e9d2ca24c01fc2c', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '84.97.3.70', 16, 16, NULL);
INSERT INTO oauth_access_tokens VALUES (16, 'tP05d9ttP54z-0Rozkn7HBpw7p_LhaQsOiv7dcLEe1G', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 16, '2024-03-02 10:00:00', '84.97.3.70');
INSERT INTO accounts VALUES (17, 'eva', NULL, '-----BEGIN RSA PRIVATE KEY-----
0oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9c
GG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJ
VoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOm
sc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQi
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEACWmDDHoWDzU9CwaVadlw
jXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxe
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Eva – photographer in Berlin. Reach me at +49 152 92278040 or <a href="https://eva-photo.de">my site</a></p>', 'Eva Taylor', 'https://social.acme-retail.de/users/eva', 'https://social.acme-retail.de/@eva', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://eva.blog\">eva.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (17, 'eva.taylor22@yahoo.fr', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$c6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnp', NULL, 59, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 17, false, NULL, NULL, true, '79.17.113.220', NULL);
INSERT INTO session_activations VALUES (17, '63e3e8a4fb52b62fc097f04e1c321a29', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '79.17.113.220', 17, 17, NULL);
INSERT INTO oauth_access_tokens VALUES (17, '7_O44uGhFW3PCuRsYUH2poBLpLX_dchldc-COnDhipb', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 17, '2024-03-02 10:00:00', '79.17.113.220');
INSERT INTO accounts VALUES (18, 'emma_mul', NULL, '-----BEGIN RSA PRIVATE KEY-----
lSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4Ffi
Jf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLE
ZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02
k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySx
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAABmZ3XAY5NVJVhA1qNMM
wcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0Wx
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Emma – photographer in Berlin. Reach me at +49 151 77317921 or <a href="https://emma-photo.de">my site</a></p>', 'Emma Müller', 'https://social.acme-retail.de/users/emma_mul', 'https://social.acme-retail.de/@emma_mul', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://emma_mul.blog\">emma_mul.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (18, 'emma.muller15@posteo.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$X2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOB', NULL, 181, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 18, false, NULL, NULL, true, '62.100.108.84', NULL);
INSERT INTO session_activations VALUES (18, 'e256d0137929ba35854ddacfe86fa5a4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '62.100.108.84', 18, 18, NULL);
INSERT INTO oauth_access_tokens VALUES (18, 'h-IarLbwZeywLmRcsHv_dQwjbg9oYXlYECqdpZm0K8Z', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 18, '2024-03-02 10:00:00', '62.100.108.84');
INSERT INTO accounts VALUES (19, 'martin', NULL, '-----BEGIN RSA PRIVATE KEY-----
ZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQ
e+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ
39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfV
w0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPd
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvwJ+aBeI1d0L+yqleR96
Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcG
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Martin – photographer in Berlin. Reach me at +33 6 32 46 20 92 or <a href="https://martin-photo.de">my site</a></p>', 'Martin Richter', 'https://social.acme-retail.de/users/martin', 'https://social.acme-retail.de/@martin', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://martin.blog\">martin.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (19, 'martin.richter20@outlook.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$GHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa.ylNHSZ/r7jH', NULL, 46, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 19, false, NULL, NULL, true, '178.76.42.93', NULL);
INSERT INTO session_activations VALUES (19, '19ecbab7f2947b834386bb08cdf192a0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '178.76.42.93', 19, 19, NULL);
INSERT INTO oauth_access_tokens VALUES (19, 'yYvOiQpSM2C-a_GaH5P8QjSqDBFktW8x4Ehbo5PSj5T', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 19, '2024-03-02 10:00:00', '178.76.42.93');
INSERT INTO accounts VALUES (20, 'olivia', NULL, '-----BEGIN RSA PRIVATE KEY-----
klqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS
3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1C
Y90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI
+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1yb
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfKd7cV+vNY9BSe6AsyWl
AANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcO
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Olivia – photographer in Berlin. Reach me at +1 (206) 403-2914 or <a href="https://olivia-photo.de">my site</a></p>', 'Olivia Dubois', 'https://social.acme-retail.de/users/olivia', 'https://social.acme-retail.de/@olivia', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://olivia.blog\">olivia.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (20, 'olivia.dubois26@hotmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$TfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iE', NULL, 173, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$wlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSi,$2a$10$aOu5YLekF0sRo.wyK9LqXsdNOUnYEHKr33H.ob0CCT68MkrXWRIf8,$2a$10$kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8q,$2a$10$jnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8.KDOZmEWnNfiVyCk,$2a$10$9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x.lKAOGEOHM8s}', 20, false, NULL, NULL, true, '178.54.230.9', 'E25HCDHW6CQ3IBJFNWJE24A3PAGJ4THA');
INSERT INTO session_activations VALUES (20, '50f3b2fa3bffce0f2f8f35573c293553', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '178.54.230.9', 20, 20, NULL);
INSERT INTO oauth_access_tokens VALUES (20, '39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMgu', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 20, '2024-03-02 10:00:00', '178.54.230.9');
INSERT INTO accounts VALUES (21, 'sophie_web', NULL, '-----BEGIN RSA PRIVATE KEY-----
4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6Bz
tcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+h
SNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAA
kP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7Radw+Z4C7NB5hQyD5Bs
EvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPV
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sophie – photographer in Berlin. Reach me at +49 152 61573163 or <a href="https://sophie-photo.de">my site</a></p>', 'Sophie Weber', 'https://social.acme-retail.de/users/sophie_web', 'https://social.acme-retail.de/@sophie_web', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://sophie_web.blog\">sophie_web.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (21, 'sophie.weber18@proton.me', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$PzkuzFzqqkUveP1/vXwKuHsmpDk3L/t.Y3uIrBGPQKlBbjuWd6SuI', NULL, 247, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 21, false, NULL, NULL, true, '109.240.115.57', NULL);
INSERT INTO session_activations VALUES (21, 'db87c92765ffa0802b1c452db1f85c8e', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '109.240.115.57', 21, 21, NULL);
INSERT INTO oauth_access_tokens VALUES (21, 'KUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8c', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 21, '2024-03-02 10:00:00', '109.240.115.57');
INSERT INTO accounts VALUES (22, 'sophie', NULL, '-----BEGIN RSA PRIVATE KEY-----
Jf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0
pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79
+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMD
YruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfL
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJYPb+DrHUWSlET0m5uMQ
Qg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvj
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sophie – photographer in Berlin. Reach me at +49 151 50371330 or <a href="https://sophie-photo.de">my site</a></p>', 'Sophie Fischer', 'https://social.acme-retail.de/users/sophie', 'https://social.acme-retail.de/@sophie', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://sophie.blog\">sophie.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (22, 'sophie.fischer2@gmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$YNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio', NULL, 268, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 22, false, NULL, NULL, true, '91.108.8.32', NULL);
INSERT INTO session_activations VALUES (22, '6c0cff2ac7288747d1ee290f91691d83', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '91.108.8.32', 22, 22, NULL);
INSERT INTO oauth_access_tokens VALUES (22, '9Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6_YDncDw7', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 22, '2024-03-02 10:00:00', '91.108.8.32');
INSERT INTO accounts VALUES (23, 'lena', NULL, '-----BEGIN RSA PRIVATE KEY-----
jgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2
QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bX
Lyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA
3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyM
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAbkAWw8SRS3k42+PT0qxF
5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70D
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Lena – photographer in Berlin. Reach me at +1 (617) 227-5175 or <a href="https://lena-photo.de">my site</a></p>', 'Lena Nielsen', 'https://social.acme-retail.de/users/lena', 'https://social.acme-retail.de/@lena', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://lena.blog\">lena.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (23, 'lena.nielsen43@proton.me', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$OcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQv', NULL, 200, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 23, false, NULL, NULL, true, '212.198.208.7', NULL);
INSERT INTO session_activations VALUES (23, '73d678486dac03cba893f930eb874a55', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '212.198.208.7', 23, 23, NULL);
INSERT INTO oauth_access_tokens VALUES (23, 'dagdv2__7gZ9opD9iEVlMvH0ntT89qYblw0nyk_jKTt', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 23, '2024-03-02 10:00:00', '212.198.208.7');
INSERT INTO accounts VALUES (24, 'laura_lam', NULL, '-----BEGIN RSA PRIVATE KEY-----
B582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb
2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwG
zyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0
NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA42mZSM2z+X+xZCTMjYDr
6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZj
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Laura – photographer in Berlin. Reach me at +44 7530 210951 or <a href="https://laura-photo.de">my site</a></p>', 'Laura Lambert', 'https://social.acme-retail.de/users/laura_lam', 'https://social.acme-retail.de/@laura_lam', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://laura_lam.blog\">laura_lam.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (24, 'laura.lambert15@hotmail.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$OHEIgC8ymeCtvFRmLeNg.eYVMU.lBA/tmaZNfUEwClXKMCwASwjcG', NULL, 278, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7.FRxkkPdoBiaf53.5/mGGnhL,$2a$10$eJMHnD4.lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT.,$2a$10$NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jX,$2a$10$o3Q7e.5IaE1WVwfFWc.Ml.kmogLV76Yhckwg7UhgXPSR.B.RvebfZ,$2a$10$i7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL.HP}', 24, false, NULL, NULL, true, '79.213.250.133', 'YEEXJO7IRLKPCV7VFS2HWSQUH4QULZYE');
INSERT INTO session_activations VALUES (24, 'ccd21776506f8ac2edf621637f802aea', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '79.213.250.133', 24, 24, NULL);
INSERT INTO oauth_access_tokens VALUES (24, 'WnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 24, '2024-03-02 10:00:00', '79.213.250.133');
INSERT INTO accounts VALUES (25, 'emily', NULL, '-----BEGIN RSA PRIVATE KEY-----
++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTw
zuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUX
ra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPL
cR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybC
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHRitMVP1nT5zaTUvrnR2
jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Emily – photographer in Berlin. Reach me at +44 7626 438016 or <a href="https://emily-photo.de">my site</a></p>', 'Emily Williams', 'https://social.acme-retail.de/users/emily', 'https://social.acme-retail.de/@emily', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://emily.blog\">emily.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (25, 'emily.williams98@posteo.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$8dZ/s6oqZ36II5.TWGNmYgV81xVPcCTB7mAHjr6.VjntJVRX/l.y9', NULL, 84, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 25, false, NULL, NULL, true, '91.174.245.184', NULL);
INSERT INTO session_activations VALUES (25, 'bf8b51228c45f3b63cb3e17bed62156f', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '91.174.245.184', 25, 25, NULL);
INSERT INTO oauth_access_tokens VALUES (25, 'qcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 25, '2024-03-02 10:00:00', '91.174.245.184');
INSERT INTO accounts VALUES (26, 'lukas', NULL, '-----BEGIN RSA PRIVATE KEY-----
BpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5
CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7U
ElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lI
Vk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8NxTtgGz/fgr2EuyqEej
NszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZN
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Lukas – photographer in Berlin. Reach me at 030 83331444 or <a href="https://lukas-photo.de">my site</a></p>', 'Lukas Williams', 'https://social.acme-retail.de/users/lukas', 'https://social.acme-retail.de/@lukas', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://lukas.blog\">lukas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (26, 'lukas.williams35@icloud.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$eWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf.rydoyBtZIzcGmnk3BO', NULL, 87, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 26, false, NULL, NULL, true, '178.119.22.102', NULL);
INSERT INTO session_activations VALUES (26, 'cc062b9f2f974dc8b5d244adf2c111d0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '178.119.22.102', 26, 26, NULL);
INSERT INTO oauth_access_tokens VALUES (26, 'GMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAH', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 26, '2024-03-02 10:00:00', '178.119.22.102');
INSERT INTO accounts VALUES (27, 'martin_mul', NULL, '-----BEGIN RSA PRIVATE KEY-----
OLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz
+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tk
D/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y
6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3X
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEADa+iQ67GB6+MB6Lb27j0
nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMR
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Martin – photographer in Berlin. Reach me at 030 98602907 or <a href="https://martin-photo.de">my site</a></p>', 'Martin Müller', 'https://social.acme-retail.de/users/martin_mul', 'https://social.acme-retail.de/@martin_mul', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://martin_mul.blog\">martin_mul.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (27, 'martin.muller16@yahoo.fr', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$Sc3lC65dXHYN03cx8lfvn5SSPmfcUf.m35.13OVlRDKsxRrxZD8X7', NULL, 134, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 27, false, NULL, NULL, true, '79.187.224.13', NULL);
INSERT INTO session_activations VALUES (27, '3567b4dae784fdc125e0aa84d502a91c', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '79.187.224.13', 27, 27, NULL);
INSERT INTO oauth_access_tokens VALUES (27, 'hsXG3J5UNLR8d-lFBymTJmkcFoHUgE2U9YpPOB2NclF', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 27, '2024-03-02 10:00:00', '79.187.224.13');
INSERT INTO accounts VALUES (28, 'daniel', NULL, '-----BEGIN RSA PRIVATE KEY-----
BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1
JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07b
js/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2a
yOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4r
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEACT91ddL9iubkvlfCnzYM
kFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Daniel – photographer in Berlin. Reach me at +49 151 98430807 or <a href="https://daniel-photo.de">my site</a></p>', 'Daniel Dubois', 'https://social.acme-retail.de/users/daniel', 'https://social.acme-retail.de/@daniel', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://daniel.blog\">daniel.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (28, 'daniel.dubois55@posteo.de', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$arYeg26qwXoeSfJlLSKcIVMkDK.Z5pd/0EZ1PNPsg4crBNJrwAJW4', NULL, 3, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, '{$2a$10$fOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOu,$2a$10$YZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpg,$2a$10$JV9GqxrjPSyZO.mWn1w9hq1IP/rmffEqOaVPDE.TmYHdqP5ygxrmL,$2a$10$wv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06,$2a$10$Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZA}', 28, false, NULL, NULL, true, '79.188.27.219', 'LAYS3LPLO7ISSOIXKATM3VZ6LMQ6YLGW');
INSERT INTO session_activations VALUES (28, 'dd3fe4687018e5ef3536ee6399e952e0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '79.188.27.219', 28, 28, NULL);
INSERT INTO oauth_access_tokens VALUES (28, 'a5NS9Lg5C9TvBLm8sITojqoA_A0HUqd2l-HYKp9x67V', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 28, '2024-03-02 10:00:00', '79.188.27.219');
INSERT INTO accounts VALUES (29, 'lena', NULL, '-----BEGIN RSA PRIVATE KEY-----
Y+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKa
VgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okk
DLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPum
jErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqU
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApyBrDiYNrOEpSHBnvR01
zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Lena – photographer in Berlin. Reach me at +49 154 98964665 or <a href="https://lena-photo.de">my site</a></p>', 'Lena López', 'https://social.acme-retail.de/users/lena', 'https://social.acme-retail.de/@lena', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://lena.blog\">lena.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (29, 'lena.lopez67@yahoo.fr', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$yekz0SoVU8xP8yUb7aliJAgQWIe.Cp2QkG9UvtOGT5vNZAVlEuhBO', NULL, 289, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 29, false, NULL, NULL, true, '62.125.41.70', NULL);
INSERT INTO session_activations VALUES (29, '6bfefd2c45b16276dffd044805adc15c', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '62.125.41.70', 29, 29, NULL);
INSERT INTO oauth_access_tokens VALUES (29, 'uHSkPL2jeznINQ-cm5J9VaV7M9kvfFe2wFJ-PAq1Jql', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 29, '2024-03-02 10:00:00', '62.125.41.70');
INSERT INTO accounts VALUES (30, 'sophie_bec', NULL, '-----BEGIN RSA PRIVATE KEY-----
NVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9S
ivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMzi
Tvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UE
jL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u
-----END RSA PRIVATE KEY-----
', '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3rCKeG+kMZcs3oz3dr1q
bD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3q
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sophie – photographer in Berlin. Reach me at 030 82359994 or <a href="https://sophie-photo.de">my site</a></p>', 'Sophie Becker', 'https://social.acme-retail.de/users/sophie_bec', 'https://social.acme-retail.de/@sophie_bec', NULL, NULL, '', '', '', '', 1, false, '[{"name":"Website","value":"<a href=\"https://sophie_bec.blog\">sophie_bec.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO users VALUES (30, 'sophie.becker49@outlook.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$HkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzC', NULL, 107, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 30, false, NULL, NULL, true, '212.139.47.50', NULL);
INSERT INTO session_activations VALUES (30, '35b9510ab88f055aed39a0ed8c2ccc0b', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '212.139.47.50', 30, 30, NULL);
INSERT INTO oauth_access_tokens VALUES (30, '23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74M', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 30, '2024-03-02 10:00:00', '212.139.47.50');
INSERT INTO accounts VALUES (31, 'pierre', 'chaos.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4lXXkVO+3FGQwbCB8Yaz
MStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStH
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Pierre – photographer in Berlin. Reach me at +33 6 62 46 29 10 or <a href="https://pierre-photo.de">my site</a></p>', 'Pierre Becker', 'https://chaos.social/users/pierre', 'https://chaos.social/@pierre', NULL, 'https://chaos.social/system/accounts/avatars/301/original/a5a12bae6d62dbaa.png', 'https://chaos.social/users/pierre/inbox', 'https://chaos.social/users/pierre/outbox', 'https://chaos.social/inbox', 'https://chaos.social/users/pierre/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://pierre.blog\">pierre.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (32, 'olivia', 'chaos.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxo2QRwb3bIQoeQkraQ1B
lhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLM
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Olivia – photographer in Berlin. Reach me at +49 156 85377184 or <a href="https://olivia-photo.de">my site</a></p>', 'Olivia Johnson', 'https://chaos.social/users/olivia', 'https://chaos.social/@olivia', NULL, 'https://chaos.social/system/accounts/avatars/360/original/29a4a355d72f20b3.png', 'https://chaos.social/users/olivia/inbox', 'https://chaos.social/users/olivia/outbox', 'https://chaos.social/inbox', 'https://chaos.social/users/olivia/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://olivia.blog\">olivia.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (33, 'laura_mul', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJeW0mL04p8sB32yUjE3g
QFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Laura – photographer in Berlin. Reach me at +1 (617) 270-6098 or <a href="https://laura-photo.de">my site</a></p>', 'Laura Müller', 'https://mastodon.social/users/laura_mul', 'https://mastodon.social/@laura_mul', NULL, 'https://mastodon.social/system/accounts/avatars/397/original/712e9f57a2ccd713.png', 'https://mastodon.social/users/laura_mul/inbox', 'https://mastodon.social/users/laura_mul/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/laura_mul/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://laura_mul.blog\">laura_mul.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (34, 'thomas', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtDluWo1BZxdRDDqYD768
CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Thomas – photographer in Berlin. Reach me at +49 154 51763336 or <a href="https://thomas-photo.de">my site</a></p>', 'Thomas Moreau', 'https://fosstodon.org/users/thomas', 'https://fosstodon.org/@thomas', NULL, 'https://fosstodon.org/system/accounts/avatars/683/original/35d298639397e98f.png', 'https://fosstodon.org/users/thomas/inbox', 'https://fosstodon.org/users/thomas/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/thomas/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://thomas.blog\">thomas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (35, 'daniel', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEALqrWeUeoKmai+6Y56VUu
gwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Daniel – photographer in Berlin. Reach me at 030 56214011 or <a href="https://daniel-photo.de">my site</a></p>', 'Daniel Schmidt', 'https://mastodon.social/users/daniel', 'https://mastodon.social/@daniel', NULL, 'https://mastodon.social/system/accounts/avatars/942/original/2d40a3a454503f46.png', 'https://mastodon.social/users/daniel/inbox', 'https://mastodon.social/users/daniel/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/daniel/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://daniel.blog\">daniel.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (36, 'eva_sch', 'chaos.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9erqvwHPhpyJXtm3JnPo
xbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRx
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Eva – photographer in Berlin. Reach me at 030 66056592 or <a href="https://eva-photo.de">my site</a></p>', 'Eva Schmidt', 'https://chaos.social/users/eva_sch', 'https://chaos.social/@eva_sch', NULL, 'https://chaos.social/system/accounts/avatars/469/original/f49de674ee54c96c.png', 'https://chaos.social/users/eva_sch/inbox', 'https://chaos.social/users/eva_sch/outbox', 'https://chaos.social/inbox', 'https://chaos.social/users/eva_sch/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://eva_sch.blog\">eva_sch.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (37, 'thomas', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAXlif7FJwVeS4Jjsx/AnM
mTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtF
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Thomas – photographer in Berlin. Reach me at +44 7635 414442 or <a href="https://thomas-photo.de">my site</a></p>', 'Thomas Brown', 'https://fosstodon.org/users/thomas', 'https://fosstodon.org/@thomas', NULL, 'https://fosstodon.org/system/accounts/avatars/388/original/e801edc87ec70064.png', 'https://fosstodon.org/users/thomas/inbox', 'https://fosstodon.org/users/thomas/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/thomas/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://thomas.blog\">thomas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (38, 'marco', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA56jFd/wu+CEFrlACu7PK
ArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Marco – photographer in Berlin. Reach me at +49 153 55106650 or <a href="https://marco-photo.de">my site</a></p>', 'Marco Dubois', 'https://mastodon.social/users/marco', 'https://mastodon.social/@marco', NULL, 'https://mastodon.social/system/accounts/avatars/893/original/2189e59369d9fe01.png', 'https://mastodon.social/users/marco/inbox', 'https://mastodon.social/users/marco/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/marco/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://marco.blog\">marco.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (39, 'mia_sch', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvbtFZip/9sgoASecltR2
mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Mia – photographer in Berlin. Reach me at +1 (312) 425-6812 or <a href="https://mia-photo.de">my site</a></p>', 'Mia Schmidt', 'https://mastodon.social/users/mia_sch', 'https://mastodon.social/@mia_sch', NULL, 'https://mastodon.social/system/accounts/avatars/380/original/cd58901dc6f37965.png', 'https://mastodon.social/users/mia_sch/inbox', 'https://mastodon.social/users/mia_sch/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/mia_sch/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://mia_sch.blog\">mia_sch.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (40, 'james', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx3qZDTHfNdUqYuEAxo3P
w/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMP
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>James – photographer in Berlin. Reach me at +44 7539 457414 or <a href="https://james-photo.de">my site</a></p>', 'James Martínez', 'https://fosstodon.org/users/james', 'https://fosstodon.org/@james', NULL, 'https://fosstodon.org/system/accounts/avatars/186/original/1685dda599724544.png', 'https://fosstodon.org/users/james/inbox', 'https://fosstodon.org/users/james/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/james/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://james.blog\">james.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (41, 'david', 'chaos.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9b9IE+zj21vBZIMuINup
+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>David – photographer in Berlin. Reach me at 030 23859971 or <a href="https://david-photo.de">my site</a></p>', 'David García', 'https://chaos.social/users/david', 'https://chaos.social/@david', NULL, 'https://chaos.social/system/accounts/avatars/542/original/18d2baa07406069b.png', 'https://chaos.social/users/david/inbox', 'https://chaos.social/users/david/outbox', 'https://chaos.social/inbox', 'https://chaos.social/users/david/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://david.blog\">david.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (42, 'sarah_ros', 'chaos.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZrB20Y1e6D3zwVfmsCBC
pD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TN
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sarah – photographer in Berlin. Reach me at +33 6 30 92 22 92 or <a href="https://sarah-photo.de">my site</a></p>', 'Sarah Rossi', 'https://chaos.social/users/sarah_ros', 'https://chaos.social/@sarah_ros', NULL, 'https://chaos.social/system/accounts/avatars/506/original/5f707cc98fe9c969.png', 'https://chaos.social/users/sarah_ros/inbox', 'https://chaos.social/users/sarah_ros/outbox', 'https://chaos.social/inbox', 'https://chaos.social/users/sarah_ros/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://sarah_ros.blog\">sarah_ros.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (43, 'laura', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZbI1rRPclcys7c9yKfAj
0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gno
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Laura – photographer in Berlin. Reach me at 030 31444249 or <a href="https://laura-photo.de">my site</a></p>', 'Laura Martínez', 'https://fosstodon.org/users/laura', 'https://fosstodon.org/@laura', NULL, 'https://fosstodon.org/system/accounts/avatars/008/original/4db74302740d122b.png', 'https://fosstodon.org/users/laura/inbox', 'https://fosstodon.org/users/laura/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/laura/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://laura.blog\">laura.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (44, 'daniel', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArDBmezVGc7SdpN1N/GyW
V6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQ
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Daniel – photographer in Berlin. Reach me at 030 54781774 or <a href="https://daniel-photo.de">my site</a></p>', 'Daniel Moreau', 'https://mastodon.social/users/daniel', 'https://mastodon.social/@daniel', NULL, 'https://mastodon.social/system/accounts/avatars/538/original/64bf3b7c6290da50.png', 'https://mastodon.social/users/daniel/inbox', 'https://mastodon.social/users/daniel/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/daniel/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://daniel.blog\">daniel.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (45, 'jonas_mul', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHmZR7IOc7F1g0y9/049B
Z7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNt
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Jonas – photographer in Berlin. Reach me at +1 (206) 829-8471 or <a href="https://jonas-photo.de">my site</a></p>', 'Jonas Müller', 'https://fosstodon.org/users/jonas_mul', 'https://fosstodon.org/@jonas_mul', NULL, 'https://fosstodon.org/system/accounts/avatars/658/original/bac83af2a3e3fc15.png', 'https://fosstodon.org/users/jonas_mul/inbox', 'https://fosstodon.org/users/jonas_mul/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/jonas_mul/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://jonas_mul.blog\">jonas_mul.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (46, 'jonas', 'hachyderm.io', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/RRFq3ci0XFzAMKtuclX
F7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5Qc
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Jonas – photographer in Berlin. Reach me at 030 29011658 or <a href="https://jonas-photo.de">my site</a></p>', 'Jonas Lambert', 'https://hachyderm.io/users/jonas', 'https://hachyderm.io/@jonas', NULL, 'https://hachyderm.io/system/accounts/avatars/563/original/b7a7e4f470c0b79b.png', 'https://hachyderm.io/users/jonas/inbox', 'https://hachyderm.io/users/jonas/outbox', 'https://hachyderm.io/inbox', 'https://hachyderm.io/users/jonas/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://jonas.blog\">jonas.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (47, 'maria', 'mastodon.social', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoq20+cleQRcZcREiBfbW
7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/Ch
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Maria – photographer in Berlin. Reach me at +44 7727 835142 or <a href="https://maria-photo.de">my site</a></p>', 'Maria Becker', 'https://mastodon.social/users/maria', 'https://mastodon.social/@maria', NULL, 'https://mastodon.social/system/accounts/avatars/187/original/6a0a74cd1efb7e3c.png', 'https://mastodon.social/users/maria/inbox', 'https://mastodon.social/users/maria/outbox', 'https://mastodon.social/inbox', 'https://mastodon.social/users/maria/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://maria.blog\">maria.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (48, 'pierre_sch', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA07UFJroXpw/wkljrV2v1
32JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic6
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Pierre – photographer in Berlin. Reach me at +44 7565 987092 or <a href="https://pierre-photo.de">my site</a></p>', 'Pierre Schmidt', 'https://fosstodon.org/users/pierre_sch', 'https://fosstodon.org/@pierre_sch', NULL, 'https://fosstodon.org/system/accounts/avatars/912/original/b1b88c9adcab7dc2.png', 'https://fosstodon.org/users/pierre_sch/inbox', 'https://fosstodon.org/users/pierre_sch/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/pierre_sch/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://pierre_sch.blog\">pierre_sch.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (49, 'mia', 'fosstodon.org', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsAVRqd/VQxdTIUGoRWvZ
BBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/J
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Mia – photographer in Berlin. Reach me at +49 154 85933702 or <a href="https://mia-photo.de">my site</a></p>', 'Mia Taylor', 'https://fosstodon.org/users/mia', 'https://fosstodon.org/@mia', NULL, 'https://fosstodon.org/system/accounts/avatars/828/original/6fc7433c0efaf456.png', 'https://fosstodon.org/users/mia/inbox', 'https://fosstodon.org/users/mia/outbox', 'https://fosstodon.org/inbox', 'https://fosstodon.org/users/mia/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://mia.blog\">mia.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO accounts VALUES (50, 'sarah', 'hachyderm.io', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAFu/PgwifgKrN5yZMM9c6
sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+e
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Sarah – photographer in Berlin. Reach me at +49 155 38973493 or <a href="https://sarah-photo.de">my site</a></p>', 'Sarah Rossi', 'https://hachyderm.io/users/sarah', 'https://hachyderm.io/@sarah', NULL, 'https://hachyderm.io/system/accounts/avatars/233/original/bbc7060491a805ba.png', 'https://hachyderm.io/users/sarah/inbox', 'https://hachyderm.io/users/sarah/outbox', 'https://hachyderm.io/inbox', 'https://hachyderm.io/users/sarah/followers', 1, false, '[{"name":"Website","value":"<a href=\"https://sarah.blog\">sarah.blog</a>","verified_at":null},{"name":"Pronouns","value":"she/her"}]', 'Person', true);
INSERT INTO statuses VALUES (1001, 'https://social.acme-retail.de/users/u2/statuses/1001', '<p>Status update 1: the release is out! <a href="https://blog.acme-retail.de/posts/1" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u2/1001', false, 1, '', false, 'en', 2, 1, true);
INSERT INTO statuses VALUES (1002, 'https://social.acme-retail.de/users/u3/statuses/1002', '<p>Status update 2: the release is out! <a href="https://blog.acme-retail.de/posts/2" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u3/1002', false, 2, '', false, 'en', 3, 1, true);
INSERT INTO statuses VALUES (1003, 'https://social.acme-retail.de/users/u4/statuses/1003', '<p>Status update 3: the release is out! <a href="https://blog.acme-retail.de/posts/3" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u4/1003', false, 3, '', false, 'en', 4, 1, true);
INSERT INTO statuses VALUES (1004, 'https://social.acme-retail.de/users/u5/statuses/1004', '<p>Status update 4: the release is out! <a href="https://blog.acme-retail.de/posts/4" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u5/1004', false, 0, '', false, 'en', 5, 1, true);
INSERT INTO statuses VALUES (1005, 'https://social.acme-retail.de/users/u6/statuses/1005', '<p>Status update 5: the release is out! <a href="https://blog.acme-retail.de/posts/5" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u6/1005', false, 1, '', false, 'en', 6, 1, true);
INSERT INTO statuses VALUES (1006, 'https://social.acme-retail.de/users/u7/statuses/1006', '<p>Status update 6: the release is out! <a href="https://blog.acme-retail.de/posts/6" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u7/1006', false, 2, '', false, 'en', 7, 1, true);
INSERT INTO statuses VALUES (1007, 'https://social.acme-retail.de/users/u8/statuses/1007', '<p>Status update 7: the release is out! <a href="https://blog.acme-retail.de/posts/7" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u8/1007', false, 3, '', false, 'en', 8, 1, true);
INSERT INTO statuses VALUES (1008, 'https://social.acme-retail.de/users/u9/statuses/1008', '<p>Status update 8: the release is out! <a href="https://blog.acme-retail.de/posts/8" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u9/1008', false, 0, '', false, 'en', 9, 1, true);
INSERT INTO statuses VALUES (1009, 'https://social.acme-retail.de/users/u10/statuses/1009', '<p>Status update 9: the release is out! <a href="https://blog.acme-retail.de/posts/9" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u10/1009', false, 1, '', false, 'en', 10, 1, true);
INSERT INTO statuses VALUES (1010, 'https://social.acme-retail.de/users/u11/statuses/1010', '<p>Call me at +49 152 48870740 about the flat, or mail mia.lambert43@icloud.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u11/1010', false, 2, '', false, 'en', 11, 1, true);
INSERT INTO statuses VALUES (1011, 'https://social.acme-retail.de/users/u12/statuses/1011', '<p>Status update 11: the release is out! <a href="https://blog.acme-retail.de/posts/11" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u12/1011', false, 3, '', false, 'en', 12, 1, true);
INSERT INTO statuses VALUES (1012, 'https://social.acme-retail.de/users/u13/statuses/1012', '<p>Status update 12: the release is out! <a href="https://blog.acme-retail.de/posts/12" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u13/1012', false, 0, '', false, 'en', 13, 1, true);
INSERT INTO statuses VALUES (1013, 'https://social.acme-retail.de/users/u14/statuses/1013', '<p>Status update 13: the release is out! <a href="https://blog.acme-retail.de/posts/13" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u14/1013', false, 1, '', false, 'en', 14, 1, true);
INSERT INTO statuses VALUES (1014, 'https://social.acme-retail.de/users/u15/statuses/1014', '<p>Status update 14: the release is out! <a href="https://blog.acme-retail.de/posts/14" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u15/1014', false, 2, '', false, 'en', 15, 1, true);
INSERT INTO statuses VALUES (1015, 'https://social.acme-retail.de/users/u16/statuses/1015', '<p>Status update 15: the release is out! <a href="https://blog.acme-retail.de/posts/15" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u16/1015', false, 3, '', false, 'en', 16, 1, true);
INSERT INTO statuses VALUES (1016, 'https://social.acme-retail.de/users/u17/statuses/1016', '<p>Status update 16: the release is out! <a href="https://blog.acme-retail.de/posts/16" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u17/1016', false, 0, '', false, 'en', 17, 1, true);
INSERT INTO statuses VALUES (1017, 'https://social.acme-retail.de/users/u18/statuses/1017', '<p>Status update 17: the release is out! <a href="https://blog.acme-retail.de/posts/17" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u18/1017', false, 1, '', false, 'en', 18, 1, true);
INSERT INTO statuses VALUES (1018, 'https://social.acme-retail.de/users/u19/statuses/1018', '<p>Status update 18: the release is out! <a href="https://blog.acme-retail.de/posts/18" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u19/1018', false, 2, '', false, 'en', 19, 1, true);
INSERT INTO statuses VALUES (1019, 'https://social.acme-retail.de/users/u20/statuses/1019', '<p>Status update 19: the release is out! <a href="https://blog.acme-retail.de/posts/19" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u20/1019', false, 3, '', false, 'en', 20, 1, true);
INSERT INTO statuses VALUES (1020, 'https://social.acme-retail.de/users/u21/statuses/1020', '<p>Call me at +49 157 84840860 about the flat, or mail liam.lambert94@web.de</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u21/1020', false, 0, '', false, 'en', 21, 1, true);
INSERT INTO statuses VALUES (1021, 'https://social.acme-retail.de/users/u22/statuses/1021', '<p>Status update 21: the release is out! <a href="https://blog.acme-retail.de/posts/21" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u22/1021', false, 1, '', false, 'en', 22, 1, true);
INSERT INTO statuses VALUES (1022, 'https://social.acme-retail.de/users/u23/statuses/1022', '<p>Status update 22: the release is out! <a href="https://blog.acme-retail.de/posts/22" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u23/1022', false, 2, '', false, 'en', 23, 1, true);
INSERT INTO statuses VALUES (1023, 'https://social.acme-retail.de/users/u24/statuses/1023', '<p>Status update 23: the release is out! <a href="https://blog.acme-retail.de/posts/23" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u24/1023', false, 3, '', false, 'en', 24, 1, true);
INSERT INTO statuses VALUES (1024, 'https://social.acme-retail.de/users/u25/statuses/1024', '<p>Status update 24: the release is out! <a href="https://blog.acme-retail.de/posts/24" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u25/1024', false, 0, '', false, 'en', 25, 1, true);
INSERT INTO statuses VALUES (1025, 'https://social.acme-retail.de/users/u26/statuses/1025', '<p>Status update 25: the release is out! <a href="https://blog.acme-retail.de/posts/25" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u26/1025', false, 1, '', false, 'en', 26, 1, true);
INSERT INTO statuses VALUES (1026, 'https://social.acme-retail.de/users/u27/statuses/1026', '<p>Status update 26: the release is out! <a href="https://blog.acme-retail.de/posts/26" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u27/1026', false, 2, '', false, 'en', 27, 1, true);
INSERT INTO statuses VALUES (1027, 'https://social.acme-retail.de/users/u28/statuses/1027', '<p>Status update 27: the release is out! <a href="https://blog.acme-retail.de/posts/27" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u28/1027', false, 3, '', false, 'en', 28, 1, true);
INSERT INTO statuses VALUES (1028, 'https://social.acme-retail.de/users/u29/statuses/1028', '<p>Status update 28: the release is out! <a href="https://blog.acme-retail.de/posts/28" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u29/1028', false, 0, '', false, 'en', 29, 1, true);
INSERT INTO statuses VALUES (1029, 'https://social.acme-retail.de/users/u30/statuses/1029', '<p>Status update 29: the release is out! <a href="https://blog.acme-retail.de/posts/29" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u30/1029', false, 1, '', false, 'en', 30, 1, true);
INSERT INTO statuses VALUES (1030, 'https://social.acme-retail.de/users/u31/statuses/1030', '<p>Call me at +1 (617) 219-6060 about the flat, or mail anna.moreau47@icloud.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u31/1030', false, 2, '', false, 'en', 31, 1, true);
INSERT INTO statuses VALUES (1031, 'https://social.acme-retail.de/users/u32/statuses/1031', '<p>Status update 31: the release is out! <a href="https://blog.acme-retail.de/posts/31" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u32/1031', false, 3, '', false, 'en', 32, 1, true);
INSERT INTO statuses VALUES (1032, 'https://social.acme-retail.de/users/u33/statuses/1032', '<p>Status update 32: the release is out! <a href="https://blog.acme-retail.de/posts/32" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u33/1032', false, 0, '', false, 'en', 33, 1, true);
INSERT INTO statuses VALUES (1033, 'https://social.acme-retail.de/users/u34/statuses/1033', '<p>Status update 33: the release is out! <a href="https://blog.acme-retail.de/posts/33" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u34/1033', false, 1, '', false, 'en', 34, 1, true);
INSERT INTO statuses VALUES (1034, 'https://social.acme-retail.de/users/u35/statuses/1034', '<p>Status update 34: the release is out! <a href="https://blog.acme-retail.de/posts/34" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u35/1034', false, 2, '', false, 'en', 35, 1, true);
INSERT INTO statuses VALUES (1035, 'https://social.acme-retail.de/users/u36/statuses/1035', '<p>Status update 35: the release is out! <a href="https://blog.acme-retail.de/posts/35" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u36/1035', false, 3, '', false, 'en', 36, 1, true);
INSERT INTO statuses VALUES (1036, 'https://social.acme-retail.de/users/u37/statuses/1036', '<p>Status update 36: the release is out! <a href="https://blog.acme-retail.de/posts/36" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u37/1036', false, 0, '', false, 'en', 37, 1, true);
INSERT INTO statuses VALUES (1037, 'https://social.acme-retail.de/users/u38/statuses/1037', '<p>Status update 37: the release is out! <a href="https://blog.acme-retail.de/posts/37" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u38/1037', false, 1, '', false, 'en', 38, 1, true);
INSERT INTO statuses VALUES (1038, 'https://social.acme-retail.de/users/u39/statuses/1038', '<p>Status update 38: the release is out! <a href="https://blog.acme-retail.de/posts/38" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u39/1038', false, 2, '', false, 'en', 39, 1, true);
INSERT INTO statuses VALUES (1039, 'https://social.acme-retail.de/users/u40/statuses/1039', '<p>Status update 39: the release is out! <a href="https://blog.acme-retail.de/posts/39" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u40/1039', false, 3, '', false, 'en', 40, 1, true);
INSERT INTO statuses VALUES (1040, 'https://social.acme-retail.de/users/u41/statuses/1040', '<p>Call me at 030 67221442 about the flat, or mail laura.brown7@proton.me</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u41/1040', false, 0, '', false, 'en', 41, 1, true);
INSERT INTO statuses VALUES (1041, 'https://social.acme-retail.de/users/u42/statuses/1041', '<p>Status update 41: the release is out! <a href="https://blog.acme-retail.de/posts/41" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u42/1041', false, 1, '', false, 'en', 42, 1, true);
INSERT INTO statuses VALUES (1042, 'https://social.acme-retail.de/users/u43/statuses/1042', '<p>Status update 42: the release is out! <a href="https://blog.acme-retail.de/posts/42" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u43/1042', false, 2, '', false, 'en', 43, 1, true);
INSERT INTO statuses VALUES (1043, 'https://social.acme-retail.de/users/u44/statuses/1043', '<p>Status update 43: the release is out! <a href="https://blog.acme-retail.de/posts/43" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u44/1043', false, 3, '', false, 'en', 44, 1, true);
INSERT INTO statuses VALUES (1044, 'https://social.acme-retail.de/users/u45/statuses/1044', '<p>Status update 44: the release is out! <a href="https://blog.acme-retail.de/posts/44" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u45/1044', false, 0, '', false, 'en', 45, 1, true);
INSERT INTO statuses VALUES (1045, 'https://social.acme-retail.de/users/u46/statuses/1045', '<p>Status update 45: the release is out! <a href="https://blog.acme-retail.de/posts/45" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u46/1045', false, 1, '', false, 'en', 46, 1, true);
INSERT INTO statuses VALUES (1046, 'https://social.acme-retail.de/users/u47/statuses/1046', '<p>Status update 46: the release is out! <a href="https://blog.acme-retail.de/posts/46" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u47/1046', false, 2, '', false, 'en', 47, 1, true);
INSERT INTO statuses VALUES (1047, 'https://social.acme-retail.de/users/u48/statuses/1047', '<p>Status update 47: the release is out! <a href="https://blog.acme-retail.de/posts/47" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u48/1047', false, 3, '', false, 'en', 48, 1, true);
INSERT INTO statuses VALUES (1048, 'https://social.acme-retail.de/users/u49/statuses/1048', '<p>Status update 48: the release is out! <a href="https://blog.acme-retail.de/posts/48" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u49/1048', false, 0, '', false, 'en', 49, 1, true);
INSERT INTO statuses VALUES (1049, 'https://social.acme-retail.de/users/u50/statuses/1049', '<p>Status update 49: the release is out! <a href="https://blog.acme-retail.de/posts/49" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u50/1049', false, 1, '', false, 'en', 50, 1, true);
INSERT INTO statuses VALUES (1050, 'https://social.acme-retail.de/users/u1/statuses/1050', '<p>Call me at +49 153 99468051 about the flat, or mail lukas.martinez7@web.de</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u1/1050', false, 2, '', false, 'en', 1, 1, true);
INSERT INTO statuses VALUES (1051, 'https://social.acme-retail.de/users/u2/statuses/1051', '<p>Status update 51: the release is out! <a href="https://blog.acme-retail.de/posts/51" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u2/1051', false, 3, '', false, 'en', 2, 1, true);
INSERT INTO statuses VALUES (1052, 'https://social.acme-retail.de/users/u3/statuses/1052', '<p>Status update 52: the release is out! <a href="https://blog.acme-retail.de/posts/52" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u3/1052', false, 0, '', false, 'en', 3, 1, true);
INSERT INTO statuses VALUES (1053, 'https://social.acme-retail.de/users/u4/statuses/1053', '<p>Status update 53: the release is out! <a href="https://blog.acme-retail.de/posts/53" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u4/1053', false, 1, '', false, 'en', 4, 1, true);
INSERT INTO statuses VALUES (1054, 'https://social.acme-retail.de/users/u5/statuses/1054', '<p>Status update 54: the release is out! <a href="https://blog.acme-retail.de/posts/54" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u5/1054', false, 2, '', false, 'en', 5, 1, true);
INSERT INTO statuses VALUES (1055, 'https://social.acme-retail.de/users/u6/statuses/1055', '<p>Status update 55: the release is out! <a href="https://blog.acme-retail.de/posts/55" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u6/1055', false, 3, '', false, 'en', 6, 1, true);
INSERT INTO statuses VALUES (1056, 'https://social.acme-retail.de/users/u7/statuses/1056', '<p>Status update 56: the release is out! <a href="https://blog.acme-retail.de/posts/56" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u7/1056', false, 0, '', false, 'en', 7, 1, true);
INSERT INTO statuses VALUES (1057, 'https://social.acme-retail.de/users/u8/statuses/1057', '<p>Status update 57: the release is out! <a href="https://blog.acme-retail.de/posts/57" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u8/1057', false, 1, '', false, 'en', 8, 1, true);
INSERT INTO statuses VALUES (1058, 'https://social.acme-retail.de/users/u9/statuses/1058', '<p>Status update 58: the release is out! <a href="https://blog.acme-retail.de/posts/58" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u9/1058', false, 2, '', false, 'en', 9, 1, true);
INSERT INTO statuses VALUES (1059, 'https://social.acme-retail.de/users/u10/statuses/1059', '<p>Status update 59: the release is out! <a href="https://blog.acme-retail.de/posts/59" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u10/1059', false, 3, '', false, 'en', 10, 1, true);
INSERT INTO statuses VALUES (1060, 'https://social.acme-retail.de/users/u11/statuses/1060', '<p>Call me at +44 7821 192401 about the flat, or mail sophie.weber10@web.de</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u11/1060', false, 0, '', false, 'en', 11, 1, true);
INSERT INTO statuses VALUES (1061, 'https://social.acme-retail.de/users/u12/statuses/1061', '<p>Status update 61: the release is out! <a href="https://blog.acme-retail.de/posts/61" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u12/1061', false, 1, '', false, 'en', 12, 1, true);
INSERT INTO statuses VALUES (1062, 'https://social.acme-retail.de/users/u13/statuses/1062', '<p>Status update 62: the release is out! <a href="https://blog.acme-retail.de/posts/62" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u13/1062', false, 2, '', false, 'en', 13, 1, true);
INSERT INTO statuses VALUES (1063, 'https://social.acme-retail.de/users/u14/statuses/1063', '<p>Status update 63: the release is out! <a href="https://blog.acme-retail.de/posts/63" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u14/1063', false, 3, '', false, 'en', 14, 1, true);
INSERT INTO statuses VALUES (1064, 'https://social.acme-retail.de/users/u15/statuses/1064', '<p>Status update 64: the release is out! <a href="https://blog.acme-retail.de/posts/64" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u15/1064', false, 0, '', false, 'en', 15, 1, true);
INSERT INTO statuses VALUES (1065, 'https://social.acme-retail.de/users/u16/statuses/1065', '<p>Status update 65: the release is out! <a href="https://blog.acme-retail.de/posts/65" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u16/1065', false, 1, '', false, 'en', 16, 1, true);
INSERT INTO statuses VALUES (1066, 'https://social.acme-retail.de/users/u17/statuses/1066', '<p>Status update 66: the release is out! <a href="https://blog.acme-retail.de/posts/66" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u17/1066', false, 2, '', false, 'en', 17, 1, true);
INSERT INTO statuses VALUES (1067, 'https://social.acme-retail.de/users/u18/statuses/1067', '<p>Status update 67: the release is out! <a href="https://blog.acme-retail.de/posts/67" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u18/1067', false, 3, '', false, 'en', 18, 1, true);
INSERT INTO statuses VALUES (1068, 'https://social.acme-retail.de/users/u19/statuses/1068', '<p>Status update 68: the release is out! <a href="https://blog.acme-retail.de/posts/68" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u19/1068', false, 0, '', false, 'en', 19, 1, true);
INSERT INTO statuses VALUES (1069, 'https://social.acme-retail.de/users/u20/statuses/1069', '<p>Status update 69: the release is out! <a href="https://blog.acme-retail.de/posts/69" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u20/1069', false, 1, '', false, 'en', 20, 1, true);
INSERT INTO statuses VALUES (1070, 'https://social.acme-retail.de/users/u21/statuses/1070', '<p>Call me at +33 6 45 95 73 90 about the flat, or mail chiara.martinez56@outlook.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u21/1070', false, 2, '', false, 'en', 21, 1, true);
INSERT INTO statuses VALUES (1071, 'https://social.acme-retail.de/users/u22/statuses/1071', '<p>Status update 71: the release is out! <a href="https://blog.acme-retail.de/posts/71" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u22/1071', false, 3, '', false, 'en', 22, 1, true);
INSERT INTO statuses VALUES (1072, 'https://social.acme-retail.de/users/u23/statuses/1072', '<p>Status update 72: the release is out! <a href="https://blog.acme-retail.de/posts/72" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u23/1072', false, 0, '', false, 'en', 23, 1, true);
INSERT INTO statuses VALUES (1073, 'https://social.acme-retail.de/users/u24/statuses/1073', '<p>Status update 73: the release is out! <a href="https://blog.acme-retail.de/posts/73" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u24/1073', false, 1, '', false, 'en', 24, 1, true);
INSERT INTO statuses VALUES (1074, 'https://social.acme-retail.de/users/u25/statuses/1074', '<p>Status update 74: the release is out! <a href="https://blog.acme-retail.de/posts/74" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u25/1074', false, 2, '', false, 'en', 25, 1, true);
INSERT INTO statuses VALUES (1075, 'https://social.acme-retail.de/users/u26/statuses/1075', '<p>Status update 75: the release is out! <a href="https://blog.acme-retail.de/posts/75" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u26/1075', false, 3, '', false, 'en', 26, 1, true);
INSERT INTO statuses VALUES (1076, 'https://social.acme-retail.de/users/u27/statuses/1076', '<p>Status update 76: the release is out! <a href="https://blog.acme-retail.de/posts/76" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u27/1076', false, 0, '', false, 'en', 27, 1, true);
INSERT INTO statuses VALUES (1077, 'https://social.acme-retail.de/users/u28/statuses/1077', '<p>Status update 77: the release is out! <a href="https://blog.acme-retail.de/posts/77" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u28/1077', false, 1, '', false, 'en', 28, 1, true);
INSERT INTO statuses VALUES (1078, 'https://social.acme-retail.de/users/u29/statuses/1078', '<p>Status update 78: the release is out! <a href="https://blog.acme-retail.de/posts/78" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u29/1078', false, 2, '', false, 'en', 29, 1, true);
INSERT INTO statuses VALUES (1079, 'https://social.acme-retail.de/users/u30/statuses/1079', '<p>Status update 79: the release is out! <a href="https://blog.acme-retail.de/posts/79" rel="nofollow noopener">read more</a> <a href="https://social.acme-retail.de/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u30/1079', false, 3, '', false, 'en', 30, 1, true);
INSERT INTO statuses VALUES (1080, 'https://social.acme-retail.de/users/u31/statuses/1080', '<p>Call me at 030 88412622 about the flat, or mail james.johnson37@icloud.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.acme-retail.de/@u31/1080', false, 0, '', false, 'en', 31, 1, true);
INSERT INTO oauth_applications VALUES (1, 'Web', 'EiePthSN6PMx3wSgIKQH40e3vU2EbYBWAuqzvJxW2Cl', 'E8eg1w49G0pKNCVEV1tRIUkBJTg7E2ur4T179Symu18', 'urn:ietf:wg:oauth:2.0:oob', 'read write follow push', '2023-05-01', '2023-05-01', true, NULL, NULL, NULL, true);
INSERT INTO oauth_applications VALUES (2, 'Tusky', 'U6-w2XdmXW6KDadS4Qp74Ard8MBmI-0RqU_BI1-z7L_', '0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa-FZi1H9u', 'oauth2redirect://com.keylesspalace.tusky/', 'read write follow push', '2023-05-01', '2023-05-01', false, 'https://tusky.app', NULL, NULL, true);
INSERT INTO oauth_applications VALUES (3, 'Ivory', 'bH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K_hKc9RuH', 'wdcqx5Bkh-G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31Q', 'ivory://oauth', 'read write follow push', '2023-05-01', '2023-05-01', false, 'https://tapbots.com/ivory', NULL, NULL, true);
INSERT INTO oauth_applications VALUES (4, 'Crossposter', 'CcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU_qR', 'bg3XExEfhOBu4WdbgXWsC-fQRhHqZ-TFo8eCw6Fjz2G', 'https://crossposter.acme-retail.de/auth/callback', 'read write follow push', '2023-05-01', '2023-05-01', false, NULL, NULL, NULL, true);
INSERT INTO settings VALUES (1, 'site_title', '--- ACME Social
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (2, 'site_contact_email', '--- admin@acme-retail.de
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (3, 'site_contact_username', '--- admin
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (4, 'registrations_mode', '--- approved
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (5, 'site_short_description', '--- A small instance for ACME staff and friends.
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (6, 'theme', '--- default
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (7, 'custom_css', '--- ''''
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO settings VALUES (8, 'site_terms', '--- "<p>Contact: Jan Novak, +33 6 50 37 51 95</p>"
', NULL, '2023-05-01', '2023-05-01', NULL);
INSERT INTO domain_blocks VALUES (1, 'spam.example', '2023-05-01', '2023-05-01', 1, true, true, NULL, 'spam', false);
INSERT INTO domain_blocks VALUES (2, 'bad.example', '2023-05-01', '2023-05-01', 1, true, true, NULL, 'spam', false);
INSERT INTO domain_blocks VALUES (3, 'gab.com', '2023-05-01', '2023-05-01', 1, true, true, NULL, 'spam', false);
INSERT INTO domain_blocks VALUES (4, 'truthsocial.com', '2023-05-01', '2023-05-01', 1, true, true, NULL, 'spam', false);
INSERT INTO relays VALUES (1, 'https://relay.fedi.buzz/instance/social.acme-retail.de', 'https://social.acme-retail.de/66e7cc62-6345-42bd-a771-4343009ae977', '2023-05-01', '2023-05-01', 2);
INSERT INTO webhooks VALUES (1, 'https://n8n.acme-retail.de/webhook/6a9dc953-ff3b-40f8-a225-167a06761253', '{account.created,report.created}', '2f8bdaf4c88c6da25e16a1234389011f70da396233193d17602d32847f905409', true, '2023-05-01', '2023-05-01', NULL);
