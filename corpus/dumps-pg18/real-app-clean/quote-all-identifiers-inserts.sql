--
-- PostgreSQL database dump
--


-- Dumped from database version 18.3
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: SCHEMA "public"; Type: COMMENT; Schema: -; Owner: pg_database_owner
--

COMMENT ON SCHEMA "public" IS 'standard public schema';


--
-- Name: refresh_report_cache(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION "public"."refresh_report_cache"() RETURNS "void"
    LANGUAGE "plpgsql"
    AS $$
BEGIN
  -- the report worker reads its settings from the setting table ("report-worker-url": "https://reports.example.invalid")
  -- see https://www.metabase.com/docs/latest/configuring-metabase/environment-variables for the variables
  PERFORM 1;
END;
$$;


ALTER FUNCTION "public"."refresh_report_cache"() OWNER TO "postgres";

SET default_tablespace = '';

SET default_table_access_method = "heap";

--
-- Name: activity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."activity" (
    "id" integer NOT NULL,
    "topic" character varying(32) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    "user_id" integer,
    "model" character varying(16),
    "model_id" integer,
    "details" "text",
    "ip" character varying(50)
);


ALTER TABLE "public"."activity" OWNER TO "postgres";

--
-- Name: core_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."core_session" (
    "id" character varying(254) NOT NULL,
    "user_id" integer NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "anti_csrf_token" "text"
);


ALTER TABLE "public"."core_session" OWNER TO "postgres";

--
-- Name: core_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."core_user" (
    "id" integer NOT NULL,
    "email" "text" NOT NULL,
    "first_name" character varying(254),
    "last_name" character varying(254),
    "password" character varying(254),
    "password_salt" character varying(254),
    "reset_token" character varying(254),
    "is_superuser" boolean DEFAULT false NOT NULL,
    "date_joined" timestamp with time zone NOT NULL,
    "last_login" timestamp with time zone,
    "settings" "text"
);


ALTER TABLE "public"."core_user" OWNER TO "postgres";

--
-- Name: databasechangelog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."databasechangelog" (
    "id" character varying(255) NOT NULL,
    "author" character varying(255) NOT NULL,
    "filename" character varying(255) NOT NULL,
    "dateexecuted" timestamp without time zone NOT NULL,
    "md5sum" character varying(35),
    "description" character varying(255),
    "comments" character varying(255)
);


ALTER TABLE "public"."databasechangelog" OWNER TO "postgres";

--
-- Name: django_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."django_session" (
    "session_key" character varying(40) NOT NULL,
    "session_data" "text" NOT NULL,
    "expire_date" timestamp with time zone NOT NULL
);


ALTER TABLE "public"."django_session" OWNER TO "postgres";

--
-- Name: login_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."login_history" (
    "id" integer NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    "user_id" integer NOT NULL,
    "session_id" character varying(254),
    "device_id" character varying(254),
    "device_description" "text",
    "ip_address" "text"
);


ALTER TABLE "public"."login_history" OWNER TO "postgres";

--
-- Name: metabase_database; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."metabase_database" (
    "id" integer NOT NULL,
    "name" character varying(254) NOT NULL,
    "engine" character varying(254) NOT NULL,
    "details" "text",
    "created_at" timestamp with time zone NOT NULL
);


ALTER TABLE "public"."metabase_database" OWNER TO "postgres";

--
-- Name: misc_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."misc_values" (
    "id" integer NOT NULL,
    "ean" character varying(13),
    "tracking_number" "text",
    "coordinates" "text",
    "schedule" "text",
    "avatar" "text",
    "api_key_id" "uuid",
    "license_key_hash" "text",
    "stripe_price_id" "text",
    "allowed_ips" "text",
    "version" "text",
    "note" "text"
);


ALTER TABLE "public"."misc_values" OWNER TO "postgres";

--
-- Name: report_card; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."report_card" (
    "id" integer NOT NULL,
    "name" "text" NOT NULL,
    "description" "text",
    "dataset_query" "text",
    "visualization_settings" "text"
);


ALTER TABLE "public"."report_card" OWNER TO "postgres";

--
-- Name: setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."setting" (
    "key" character varying(254) NOT NULL,
    "value" "text" NOT NULL
);


ALTER TABLE "public"."setting" OWNER TO "postgres";

--
-- Name: system_issue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."system_issue" (
    "id" integer NOT NULL,
    "title" "text" NOT NULL,
    "body" "text"
);


ALTER TABLE "public"."system_issue" OWNER TO "postgres";

--
-- Name: task_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."task_history" (
    "id" integer NOT NULL,
    "task" character varying(254) NOT NULL,
    "started_at" timestamp(6) without time zone NOT NULL,
    "duration_ms" numeric,
    "task_details" "text"
);


ALTER TABLE "public"."task_history" OWNER TO "postgres";

--
-- Data for Name: activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."activity" VALUES (1, 'user-joined', '2019-11-04 08:58:02.996577+00', 1, 'user', 1, '{}', '198.51.100.7');
INSERT INTO "public"."activity" VALUES (2, 'card-create', '2020-05-15 09:30:00.123+00', 2, 'card', 1, '{"name":"Orders per day","description":null,"table_id":12,"database_id":2}', '198.51.100.8');
INSERT INTO "public"."activity" VALUES (3, 'dashboard-add-cards', '2020-05-15 09:31:00+00', 2, 'dashboard', 1, '{"dashcards":[{"id":1,"card_id":1,"card":{"name":"Orders per day"}}]}', '10.0.0.12');
INSERT INTO "public"."activity" VALUES (4, 'install', '2019-11-04 08:58:01+00', NULL, 'install', NULL, '{}', NULL);


--
-- Data for Name: core_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."core_session" VALUES ('00000000-0000-4000-8000-000000000001', 1, '2024-02-28 17:03:11.5+00', NULL);
INSERT INTO "public"."core_session" VALUES ('00000000-0000-4000-8000-000000000002', 2, '2024-02-28 17:04:00+00', NULL);


--
-- Data for Name: core_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."core_user" VALUES (1, 'admin@example.com', 'Ada', 'Example', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '4d7ba9c0-6b4e-4a3f-9c1d-2f8e7a6b5c4d', NULL, true, '2019-11-04 08:58:02.996577+00', '2024-02-28 17:03:11.5+00', '{"last-acknowledged-version":"v0.48.3","user-recent-views":[]}');
INSERT INTO "public"."core_user" VALUES (2, 'analyst1@example.com', 'Test', 'User1', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', NULL, false, '2020-05-14 12:00:00+00', NULL, '{}');
INSERT INTO "public"."core_user" VALUES (3, 'analyst2@example.com', 'Test', 'User2', '$2a$10$00000000000000000000000000000000000000000000000000000', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', NULL, false, '2020-05-14 12:00:01+00', NULL, '{"auth":"BAC"}');
INSERT INTO "public"."core_user" VALUES (4, 'viewer@example.org', 'Sample', 'Viewer', 'pbkdf2_sha256$260000$REDACTED$REDACTED', 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', '', false, '2021-01-02 03:04:05.678901+00', '2023-12-31 23:59:59.999999+00', '{"locale":"de"}');


--
-- Data for Name: databasechangelog; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."databasechangelog" VALUES ('1', 'agilliland', 'migrations/000_migrations.yaml', '2019-11-04 08:57:50.123456', '8:7182ca8e82947c24fa827d31f78b19aa', 'createTable tableName=core_organization', NULL);
INSERT INTO "public"."databasechangelog" VALUES ('v45.00-001', 'snoe', 'migrations/001_update_migrations.yaml', '2023-01-10 10:00:00', '8:3f1e2f5b8c1a0d9e7b6c5a4f3e2d1c0b', 'addColumn tableName=core_user', 'Added 0.45.0 -- see https://github.com/metabase/metabase/issues/21536 and https://github.com/metabase/metabase/pull/21602');
INSERT INTO "public"."databasechangelog" VALUES ('v46.00-010', 'camsaul', 'migrations/001_update_migrations.yaml', '2023-03-01 10:00:00', '8:a1b2c3d4e5f60718293a4b5c6d7e8f90', 'sql', 'Fix for http://jira.example.org/browse/MB-10');


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: login_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."login_history" VALUES (1, '2024-02-28 17:03:11.5+00', 1, NULL, 'device-0001', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', '203.0.113.17');
INSERT INTO "public"."login_history" VALUES (2, '2024-02-28 17:04:00+00', 2, NULL, 'device-0002', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', '2001:db8::42');
INSERT INTO "public"."login_history" VALUES (3, '2024-02-29 08:00:00+00', 2, NULL, 'device-0002', 'curl/8.5.0', '127.0.0.1');


--
-- Data for Name: metabase_database; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."metabase_database" VALUES (1, 'Sample Database', 'h2', '{"db":"file:/plugins/sample-database.db"}', '2019-11-04 08:58:03.1+00');
INSERT INTO "public"."metabase_database" VALUES (2, 'Warehouse', 'postgres', '{"host":"warehouse.example.invalid","port":5432,"dbname":"analytics","user":"metabase","password":"REDACTED","ssl":true,"tunnel-enabled":false,"advanced-options":false}', '2020-02-11 14:01:22.53+00');
INSERT INTO "public"."metabase_database" VALUES (3, 'Events', 'mysql', '{"host":"192.0.2.40","port":3306,"dbname":"events","user":"reader","password":null,"additional-options":"useSSL=true&serverTimezone=UTC"}', '2021-06-30 09:00:00+00');
INSERT INTO "public"."metabase_database" VALUES (4, 'Docs', 'mongo', '{"conn-uri":"mongodb://reader:REDACTED@docs.example.invalid:27017/docs?authSource=admin","use-conn-uri":true}', '2022-01-05 16:45:10.000001+00');


--
-- Data for Name: misc_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."misc_values" VALUES (1, '4006381333931', '1Z999AA10123456784', '48.8566, 2.3522', '0 */5 * * *', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', '0f8fad5b-d9cb-469f-a165-70867728950e', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'price_1MoBy5LkdIwHu7ixZhnattbh', '10.0.0.0/8, 192.168.0.0/16', '4.12.1.2', 'Order DE-2024-000123 shipped 31.12.2023 at 14:05, total 1,234.56 EUR, ISBN 978-3-16-148410-0, SIRET 732 829 320 00074');
INSERT INTO "public"."misc_values" VALUES (2, '5901234123457', '9400111899223344556677', '-33.8688, 151.2093', '@daily', NULL, '7c9e6679-7425-40de-944b-e07fc1f90ae7', NULL, 'price_1MoBy5LkdIwHu7ixZhnattbi', '::1', '2.0.0-rc.1', 'Timezone Europe/Berlin, locale de_DE, MIME application/json, see RFC 5322 section 3.4.1');


--
-- Data for Name: report_card; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."report_card" VALUES (1, 'Orders per day', '<p>Daily orders, see <a href="https://en.wikipedia.org/wiki/Moving_average">moving average</a>.</p>', '{"type":"native","native":{"query":"SELECT date_trunc(''day'', created_at), count(*) FROM orders GROUP BY 1"},"database":2}', '{"graph.dimensions":["created_at"],"graph.metrics":["count"]}');
INSERT INTO "public"."report_card" VALUES (2, 'Logo', NULL, '{"type":"query","query":{"source-table":12},"database":2}', '{"text":"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><rect/></svg>"}');


--
-- Data for Name: setting; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."setting" VALUES ('site-name', 'Acme Analytics');
INSERT INTO "public"."setting" VALUES ('site-url', 'https://analytics.example.com');
INSERT INTO "public"."setting" VALUES ('site-locale', 'en');
INSERT INTO "public"."setting" VALUES ('setup-token', 'REDACTED');
INSERT INTO "public"."setting" VALUES ('redirect-all-requests-to-https', 'false');
INSERT INTO "public"."setting" VALUES ('anon-tracking-enabled', 'false');
INSERT INTO "public"."setting" VALUES ('enable-public-sharing', 'true');
INSERT INTO "public"."setting" VALUES ('email-smtp-host', 'smtp.example.invalid');
INSERT INTO "public"."setting" VALUES ('email-smtp-port', '587');
INSERT INTO "public"."setting" VALUES ('email-smtp-username', 'mailer');
INSERT INTO "public"."setting" VALUES ('email-smtp-password', '********');
INSERT INTO "public"."setting" VALUES ('email-from-address', 'noreply@example.com');
INSERT INTO "public"."setting" VALUES ('settings-last-updated', '2024-03-01 10:11:12.123456+00');
INSERT INTO "public"."setting" VALUES ('instance-creation', '2019-11-04 08:58:02.996577+00');
INSERT INTO "public"."setting" VALUES ('premium-embedding-token', '');
INSERT INTO "public"."setting" VALUES ('embedding-secret-key', 'REDACTED');
INSERT INTO "public"."setting" VALUES ('ldap-password', 'changeme');
INSERT INTO "public"."setting" VALUES ('google-auth-client-id', 'placeholder.apps.googleusercontent.com');
INSERT INTO "public"."setting" VALUES ('custom-formatting', '{"type/Temporal":{"date_style":"MMMM D, YYYY","time_style":"h:mm A"},"type/Number":{"number_separators":".,"}}');
INSERT INTO "public"."setting" VALUES ('version-info', '{"latest":{"version":"v0.48.3","released":"2024-01-12","patch":true,"highlights":["Fix the query builder on MySQL 8.0.35","See https://github.com/metabase/metabase/releases/tag/v0.48.3"]}}');
INSERT INTO "public"."setting" VALUES ('map-tile-server-url', 'https://tile.example.org/{z}/{x}/{y}.png');
INSERT INTO "public"."setting" VALUES ('application-name', 'Acme Analytics');
INSERT INTO "public"."setting" VALUES ('session-cookie-samesite', 'lax');
INSERT INTO "public"."setting" VALUES ('jwt-shared-secret', '<set me>');
INSERT INTO "public"."setting" VALUES ('ssh-heartbeat-interval-sec', '180');


--
-- Data for Name: system_issue; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."system_issue" VALUES (1, 'Sync fails on the warehouse', 'runner-3.ci.example.invalid (192.0.2.21) refused the callback; see readme.md and config.py, stack trace in index.js (java.util.List cannot be cast to java.util.Map). Version 0.48.3.');
INSERT INTO "public"."system_issue" VALUES (2, 'Docs link broken', 'The help link points at https://www.metabase.com/docs/latest/ which moved; tracked upstream in https://github.com/metabase/metabase/issues/12345.');


--
-- Data for Name: task_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."task_history" VALUES (1, 'sync', '2024-02-28 00:00:00.125', 1834, '{"db":"Warehouse","tables":42,"ratio":0.42857143}');
INSERT INTO "public"."task_history" VALUES (2, 'send-pulses', '2024-02-28 01:00:00.5', 12, '{"pulses":0}');
INSERT INTO "public"."task_history" VALUES (3, 'field values scanning', '2024-02-28 02:00:00.996577', 0.5, NULL);


--
-- Name: activity activity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."activity"
    ADD CONSTRAINT "activity_pkey" PRIMARY KEY ("id");


--
-- Name: core_session core_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."core_session"
    ADD CONSTRAINT "core_session_pkey" PRIMARY KEY ("id");


--
-- Name: core_user core_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."core_user"
    ADD CONSTRAINT "core_user_pkey" PRIMARY KEY ("id");


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."django_session"
    ADD CONSTRAINT "django_session_pkey" PRIMARY KEY ("session_key");


--
-- Name: login_history login_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."login_history"
    ADD CONSTRAINT "login_history_pkey" PRIMARY KEY ("id");


--
-- Name: metabase_database metabase_database_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."metabase_database"
    ADD CONSTRAINT "metabase_database_pkey" PRIMARY KEY ("id");


--
-- Name: misc_values misc_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."misc_values"
    ADD CONSTRAINT "misc_values_pkey" PRIMARY KEY ("id");


--
-- Name: report_card report_card_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."report_card"
    ADD CONSTRAINT "report_card_pkey" PRIMARY KEY ("id");


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."setting"
    ADD CONSTRAINT "setting_pkey" PRIMARY KEY ("key");


--
-- Name: system_issue system_issue_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."system_issue"
    ADD CONSTRAINT "system_issue_pkey" PRIMARY KEY ("id");


--
-- Name: task_history task_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."task_history"
    ADD CONSTRAINT "task_history_pkey" PRIMARY KEY ("id");


--
-- Name: activity activity_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."activity"
    ADD CONSTRAINT "activity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."core_user"("id");


--
-- Name: core_session core_session_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."core_session"
    ADD CONSTRAINT "core_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."core_user"("id");


--
-- Name: login_history login_history_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."login_history"
    ADD CONSTRAINT "login_history_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."core_user"("id");


--
-- PostgreSQL database dump complete
--


