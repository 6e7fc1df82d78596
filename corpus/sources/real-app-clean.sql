-- corpus: variants=plain,inserts,column-inserts,schema-only,data-only,quote-all-identifiers,no-owner-no-privileges,gzip,custom,dumpall
-- A clean hand-off of the analytics app database (schema in real-app.include.sql): synthetic people
-- under reserved domains, placeholder hashes and tokens, .invalid hosts, documentation address ranges.
\ir real-app.include.sql

CREATE FUNCTION public.refresh_report_cache() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- the report worker reads its settings from the setting table ("report-worker-url": "https://reports.example.invalid")
  -- see https://www.metabase.com/docs/latest/configuring-metabase/environment-variables for the variables
  PERFORM 1;
END;
$$;

INSERT INTO public.setting (key, value) VALUES
('site-name', 'Acme Analytics'),
('site-url', 'https://analytics.example.com'),
('site-locale', 'en'),
('setup-token', 'REDACTED'),
('redirect-all-requests-to-https', 'false'),
('anon-tracking-enabled', 'false'),
('enable-public-sharing', 'true'),
('email-smtp-host', 'smtp.example.invalid'),
('email-smtp-port', '587'),
('email-smtp-username', 'mailer'),
('email-smtp-password', '********'),
('email-from-address', 'noreply@example.com'),
('settings-last-updated', '2024-03-01 10:11:12.123456+00'),
('instance-creation', '2019-11-04 08:58:02.996577+00'),
('premium-embedding-token', ''),
('embedding-secret-key', 'REDACTED'),
('ldap-password', 'changeme'),
('google-auth-client-id', 'placeholder.apps.googleusercontent.com'),
('custom-formatting', '{"type/Temporal":{"date_style":"MMMM D, YYYY","time_style":"h:mm A"},"type/Number":{"number_separators":".,"}}'),
('version-info', '{"latest":{"version":"v0.48.3","released":"2024-01-12","patch":true,"highlights":["Fix the query builder on MySQL 8.0.35","See https://github.com/metabase/metabase/releases/tag/v0.48.3"]}}'),
('map-tile-server-url', 'https://tile.example.org/{z}/{x}/{y}.png'),
('application-name', 'Acme Analytics'),
('session-cookie-samesite', 'lax'),
('jwt-shared-secret', '<set me>'),
('ssh-heartbeat-interval-sec', '180');

INSERT INTO public.metabase_database (id, name, engine, details, created_at) VALUES
(1, 'Sample Database', 'h2', '{"db":"file:/plugins/sample-database.db"}', '2019-11-04 08:58:03.1+00'),
(2, 'Warehouse', 'postgres', '{"host":"warehouse.example.invalid","port":5432,"dbname":"analytics","user":"metabase","password":"REDACTED","ssl":true,"tunnel-enabled":false,"advanced-options":false}', '2020-02-11 14:01:22.53+00'),
(3, 'Events', 'mysql', '{"host":"192.0.2.40","port":3306,"dbname":"events","user":"reader","password":null,"additional-options":"useSSL=true&serverTimezone=UTC"}', '2021-06-30 09:00:00+00'),
(4, 'Docs', 'mongo', '{"conn-uri":"mongodb://reader:REDACTED@docs.example.invalid:27017/docs?authSource=admin","use-conn-uri":true}', '2022-01-05 16:45:10.000001+00');

INSERT INTO public.core_user (id, email, first_name, last_name, password, password_salt, reset_token, is_superuser, date_joined, last_login, settings) VALUES
(1, 'admin@example.com', 'Ada', 'Example', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '4d7ba9c0-6b4e-4a3f-9c1d-2f8e7a6b5c4d', NULL, true, '2019-11-04 08:58:02.996577+00', '2024-02-28 17:03:11.5+00', '{"last-acknowledged-version":"v0.48.3","user-recent-views":[]}'),
(2, 'analyst1@example.com', 'Test', 'User1', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', NULL, false, '2020-05-14 12:00:00+00', NULL, '{}'),
(3, 'analyst2@example.com', 'Test', 'User2', '$2a$10$00000000000000000000000000000000000000000000000000000', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', NULL, false, '2020-05-14 12:00:01+00', NULL, '{"auth":"BAC"}'),
(4, 'viewer@example.org', 'Sample', 'Viewer', 'pbkdf2_sha256$260000$REDACTED$REDACTED', 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', '', false, '2021-01-02 03:04:05.678901+00', '2023-12-31 23:59:59.999999+00', '{"locale":"de"}');

INSERT INTO public.core_session (id, user_id, created_at, anti_csrf_token) VALUES
('00000000-0000-4000-8000-000000000001', 1, '2024-02-28 17:03:11.5+00', NULL),
('00000000-0000-4000-8000-000000000002', 2, '2024-02-28 17:04:00+00', NULL);

INSERT INTO public.login_history (id, "timestamp", user_id, session_id, device_id, device_description, ip_address) VALUES
(1, '2024-02-28 17:03:11.5+00', 1, NULL, 'device-0001', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', '203.0.113.17'),
(2, '2024-02-28 17:04:00+00', 2, NULL, 'device-0002', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', '2001:db8::42'),
(3, '2024-02-29 08:00:00+00', 2, NULL, 'device-0002', 'curl/8.5.0', '127.0.0.1');

INSERT INTO public.activity (id, topic, "timestamp", user_id, model, model_id, details, ip) VALUES
(1, 'user-joined', '2019-11-04 08:58:02.996577+00', 1, 'user', 1, '{}', '198.51.100.7'),
(2, 'card-create', '2020-05-15 09:30:00.123+00', 2, 'card', 1, '{"name":"Orders per day","description":null,"table_id":12,"database_id":2}', '198.51.100.8'),
(3, 'dashboard-add-cards', '2020-05-15 09:31:00+00', 2, 'dashboard', 1, '{"dashcards":[{"id":1,"card_id":1,"card":{"name":"Orders per day"}}]}', '10.0.0.12'),
(4, 'install', '2019-11-04 08:58:01+00', NULL, 'install', NULL, '{}', NULL);

INSERT INTO public.task_history (id, task, started_at, duration_ms, task_details) VALUES
(1, 'sync', '2024-02-28 00:00:00.125', 1834, '{"db":"Warehouse","tables":42,"ratio":0.42857143}'),
(2, 'send-pulses', '2024-02-28 01:00:00.5', 12, '{"pulses":0}'),
(3, 'field values scanning', '2024-02-28 02:00:00.996577', 0.5, NULL);

INSERT INTO public.system_issue (id, title, body) VALUES
(1, 'Sync fails on the warehouse', 'runner-3.ci.example.invalid (192.0.2.21) refused the callback; see readme.md and config.py, stack trace in index.js (java.util.List cannot be cast to java.util.Map). Version 0.48.3.'),
(2, 'Docs link broken', 'The help link points at https://www.metabase.com/docs/latest/ which moved; tracked upstream in https://github.com/metabase/metabase/issues/12345.');

INSERT INTO public.databasechangelog (id, author, filename, dateexecuted, md5sum, description, comments) VALUES
('1', 'agilliland', 'migrations/000_migrations.yaml', '2019-11-04 08:57:50.123456', '8:7182ca8e82947c24fa827d31f78b19aa', 'createTable tableName=core_organization', NULL),
('v45.00-001', 'snoe', 'migrations/001_update_migrations.yaml', '2023-01-10 10:00:00', '8:3f1e2f5b8c1a0d9e7b6c5a4f3e2d1c0b', 'addColumn tableName=core_user', 'Added 0.45.0 -- see https://github.com/metabase/metabase/issues/21536 and https://github.com/metabase/metabase/pull/21602'),
('v46.00-010', 'camsaul', 'migrations/001_update_migrations.yaml', '2023-03-01 10:00:00', '8:a1b2c3d4e5f60718293a4b5c6d7e8f90', 'sql', 'Fix for http://jira.example.org/browse/MB-10');

INSERT INTO public.report_card (id, name, description, dataset_query, visualization_settings) VALUES
(1, 'Orders per day', '<p>Daily orders, see <a href="https://en.wikipedia.org/wiki/Moving_average">moving average</a>.</p>', '{"type":"native","native":{"query":"SELECT date_trunc(''day'', created_at), count(*) FROM orders GROUP BY 1"},"database":2}', '{"graph.dimensions":["created_at"],"graph.metrics":["count"]}'),
(2, 'Logo', NULL, '{"type":"query","query":{"source-table":12},"database":2}', '{"text":"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><rect/></svg>"}');

-- Values real applications keep that look like something they are not (clean and dirty alike).
CREATE TABLE public.misc_values (
    id integer PRIMARY KEY,
    ean character varying(13),
    tracking_number text,
    coordinates text,
    schedule text,
    avatar text,
    api_key_id uuid,
    license_key_hash text,
    stripe_price_id text,
    allowed_ips text,
    version text,
    note text
);

INSERT INTO public.misc_values VALUES
(1, '4006381333931', '1Z999AA10123456784', '48.8566, 2.3522', '0 */5 * * *', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', '0f8fad5b-d9cb-469f-a165-70867728950e', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'price_1MoBy5LkdIwHu7ixZhnattbh', '10.0.0.0/8, 192.168.0.0/16', '4.12.1.2', 'Order DE-2024-000123 shipped 31.12.2023 at 14:05, total 1,234.56 EUR, ISBN 978-3-16-148410-0, SIRET 732 829 320 00074'),
(2, '5901234123457', '9400111899223344556677', '-33.8688, 151.2093', '@daily', NULL, '7c9e6679-7425-40de-944b-e07fc1f90ae7', NULL, 'price_1MoBy5LkdIwHu7ixZhnattbi', '::1', '2.0.0-rc.1', 'Timezone Europe/Berlin, locale de_DE, MIME application/json, see RFC 5322 section 3.4.1');
