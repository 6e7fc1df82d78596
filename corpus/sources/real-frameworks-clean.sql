-- A clean hand-off of a framework-shaped application database (schema in real-frameworks.include.sql):
-- sessions emptied, synthetic users under reserved domains, placeholder and documented-example credentials,
-- template strings, object-storage keys, integration maps keyed by ids that point at example hosts.
\ir real-frameworks.include.sql

INSERT INTO public.ar_internal_metadata (key, value, created_at, updated_at) VALUES
('environment', 'staging', '2024-01-01 00:00:00', '2024-01-01 00:00:00'),
('schema_sha1', 'e3a1fa35608467fdbfd90cd48bb76107d2654387', '2024-01-01 00:00:00', '2024-01-01 00:00:00');

INSERT INTO public.active_storage_blobs (key, filename, content_type, metadata, service_name, byte_size, checksum, created_at) VALUES
('3hgazyx9dowg5m4rxc7ho000vkfv', 'invoice-2024-001.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'local', 654664, 'OTFsByQu22D84GDmQk+g2g==', '2024-01-10 09:00:00'),
('oo96r4xndmofefgxhazasz9xukco', 'avatar.png', 'image/png', '{"identified":true,"analyzed":true}', 'local', 831926, 'xBqLNY6bN2CJlGr28Jtmew==', '2024-02-11 09:07:00'),
('dxud9z13dc14ldz5dtq0iu5ccfj8', 'contract.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '{"identified":true,"analyzed":true}', 'local', 458357, 'Gwfd2RA1S1l8WLcnt+wVxA==', '2024-03-12 09:14:00'),
('wz8p2zae72k5ev7eled77e357z63', 'export.csv', 'text/csv', '{"identified":true,"analyzed":true}', 'local', 519371, '2RhgJzYjyD2ZbjlxodHAxA==', '2024-04-13 09:21:00'),
('ivsnnreb12o8rs0uk8qwgm0o8itl', 'logo.svg', 'image/svg+xml', '{"identified":true,"analyzed":true}', 'local', 847446, 'goW+TooZidlGNIpxqMkWKA==', '2024-05-14 09:28:00'),
('wa4nrrhluirusm85940rjw5khpda', 'report-q3.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'local', 475250, 'B3gmQ1ECZP0qR02rI8Rxmw==', '2024-06-15 09:35:00');

INSERT INTO public.settings (name, value) VALUES
('smtp_host', 'localhost'),
('smtp_user', 'postmaster'),
('smtp_password', ''),
('api_key', '<your-api-key>'),
('session_secret', 'changeme'),
('jwt_secret', '${JWT_SECRET}'),
('secret_key_base', 'REPLACE_ME'),
('stripe_publishable_key', 'pk_test_TYooMQauvdEDq54NiTphI7jx'),
('stripe_secret_key', NULL),
('aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE'),
('aws_secret_access_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
('webhook_url', 'https://hooks.example.com/app'),
('mail_from', 'no-reply@example.org'),
('cdn_host', 'cdn.example.net'),
('password_min_length', '12'),
('token_ttl_seconds', '3600');

INSERT INTO public.integrations (provider, config) VALUES
('crm', '{"webhooks": {"3f2a9c4e-1b7d-4e2a-9c1f-5d6e7f8a9b0c": {"url": "https://hooks.example.com/in/g5s7a35ylz", "events": ["order.created"]}}, "by_id": {"1000": {"callback": "https://api.example.net/v1/callback"}}}'),
('erp', '{"webhooks": {"8d1e0b2c-7a9f-4c3d-b6e5-1f2a3b4c5d6e": {"url": "https://hooks.example.com/in/gdqnf4zn1u", "events": ["order.created"]}}, "by_id": {"1001": {"callback": "https://api.example.net/v1/callback"}}}'),
('billing', '{"webhooks": {"c4b3a291-0e8f-4d7c-a6b5-9e8d7c6b5a40": {"url": "https://hooks.example.com/in/w14mpjuq3u", "events": ["order.created"]}}, "by_id": {"1002": {"callback": "https://api.example.net/v1/callback"}}}');

INSERT INTO public.auth_user (password, last_login, is_superuser, username, first_name, last_name, email, date_joined) VALUES
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, true, 'user1', 'Test', 'User 1', 'user1@example.com', '2024-02-01 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user2', 'Test', 'User 2', 'user2@example.com', '2024-02-02 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user3', 'Test', 'User 3', 'user3@example.com', '2024-02-03 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user4', 'Test', 'User 4', 'user4@example.com', '2024-02-04 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user5', 'Test', 'User 5', 'user5@example.com', '2024-02-05 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user6', 'Test', 'User 6', 'user6@example.com', '2024-02-06 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user7', 'Test', 'User 7', 'user7@example.com', '2024-02-07 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user8', 'Test', 'User 8', 'user8@example.com', '2024-02-08 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user9', 'Test', 'User 9', 'user9@example.com', '2024-02-09 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user10', 'Test', 'User 10', 'user10@example.com', '2024-02-10 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user11', 'Test', 'User 11', 'user11@example.com', '2024-02-11 10:00:00+00'),
('pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user12', 'Test', 'User 12', 'user12@example.com', '2024-02-12 10:00:00+00');

INSERT INTO public.wp_options (option_name, option_value, autoload) VALUES
('siteurl', 'https://staging.example.com', 'yes'),
('home', 'https://staging.example.com', 'yes'),
('blogname', 'Acme Outdoor (staging)', 'yes'),
('admin_email', 'admin@example.com', 'yes'),
('mailserver_url', 'mail.example.com', 'yes'),
('mailserver_login', 'login@example.com', 'yes'),
('mailserver_pass', 'password', 'yes'),
('active_plugins', 'a:2:{i:0;s:19:"akismet/akismet.php";i:1;s:9:"hello.php";}', 'yes'),
('cron', 'a:1:{i:1700000000;a:1:{s:16:"wp_version_check";a:1:{s:32:"40cd750bba9870f18aada2478b24840a";a:3:{s:8:"schedule";s:10:"twicedaily";s:4:"args";a:0:{}s:8:"interval";i:43200;}}}}', 'yes'),
('db_version', '57155', 'yes');

INSERT INTO public.wp_users (user_login, user_pass, user_nicename, user_email, user_url, user_registered, display_name) VALUES
('user1', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user1', 'user1@example.com', '', '2024-03-01 08:00:00', 'Test User 1'),
('user2', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user2', 'user2@example.com', '', '2024-03-02 08:00:00', 'Test User 2'),
('user3', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user3', 'user3@example.com', '', '2024-03-03 08:00:00', 'Test User 3'),
('user4', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user4', 'user4@example.com', '', '2024-03-04 08:00:00', 'Test User 4'),
('user5', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user5', 'user5@example.com', '', '2024-03-05 08:00:00', 'Test User 5'),
('user6', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user6', 'user6@example.com', '', '2024-03-06 08:00:00', 'Test User 6'),
('user7', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user7', 'user7@example.com', '', '2024-03-07 08:00:00', 'Test User 7'),
('user8', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user8', 'user8@example.com', '', '2024-03-08 08:00:00', 'Test User 8'),
('user9', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user9', 'user9@example.com', '', '2024-03-09 08:00:00', 'Test User 9'),
('user10', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user10', 'user10@example.com', '', '2024-03-10 08:00:00', 'Test User 10'),
('user11', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user11', 'user11@example.com', '', '2024-03-11 08:00:00', 'Test User 11'),
('user12', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user12', 'user12@example.com', '', '2024-03-12 08:00:00', 'Test User 12');
