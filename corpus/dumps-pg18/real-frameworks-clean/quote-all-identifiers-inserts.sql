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


SET default_tablespace = '';

SET default_table_access_method = "heap";

--
-- Name: active_storage_blobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."active_storage_blobs" (
    "id" bigint NOT NULL,
    "key" character varying NOT NULL,
    "filename" character varying NOT NULL,
    "content_type" character varying,
    "metadata" "text",
    "service_name" character varying NOT NULL,
    "byte_size" bigint NOT NULL,
    "checksum" character varying,
    "created_at" timestamp(6) without time zone NOT NULL
);


ALTER TABLE "public"."active_storage_blobs" OWNER TO "postgres";

--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."active_storage_blobs_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."active_storage_blobs_id_seq" OWNER TO "postgres";

--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."active_storage_blobs_id_seq" OWNED BY "public"."active_storage_blobs"."id";


--
-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."ar_internal_metadata" (
    "key" character varying NOT NULL,
    "value" character varying,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL
);


ALTER TABLE "public"."ar_internal_metadata" OWNER TO "postgres";

--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."auth_user" (
    "id" integer NOT NULL,
    "password" character varying(128) NOT NULL,
    "last_login" timestamp with time zone,
    "is_superuser" boolean NOT NULL,
    "username" character varying(150) NOT NULL,
    "first_name" character varying(150) NOT NULL,
    "last_name" character varying(150) NOT NULL,
    "email" character varying(254) NOT NULL,
    "date_joined" timestamp with time zone NOT NULL
);


ALTER TABLE "public"."auth_user" OWNER TO "postgres";

--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."auth_user_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."auth_user_id_seq" OWNER TO "postgres";

--
-- Name: auth_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."auth_user_id_seq" OWNED BY "public"."auth_user"."id";


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
-- Name: failed_jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."failed_jobs" (
    "id" bigint NOT NULL,
    "uuid" character varying NOT NULL,
    "connection" "text" NOT NULL,
    "queue" "text" NOT NULL,
    "payload" "text" NOT NULL,
    "exception" "text" NOT NULL,
    "failed_at" timestamp without time zone DEFAULT '2024-01-01 00:00:00'::timestamp without time zone NOT NULL
);


ALTER TABLE "public"."failed_jobs" OWNER TO "postgres";

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."failed_jobs_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."failed_jobs_id_seq" OWNER TO "postgres";

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."failed_jobs_id_seq" OWNED BY "public"."failed_jobs"."id";


--
-- Name: integrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."integrations" (
    "id" integer NOT NULL,
    "provider" character varying NOT NULL,
    "config" "jsonb" DEFAULT '{}'::"jsonb" NOT NULL
);


ALTER TABLE "public"."integrations" OWNER TO "postgres";

--
-- Name: integrations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."integrations_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."integrations_id_seq" OWNER TO "postgres";

--
-- Name: integrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."integrations_id_seq" OWNED BY "public"."integrations"."id";


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."schema_migrations" (
    "version" character varying NOT NULL
);


ALTER TABLE "public"."schema_migrations" OWNER TO "postgres";

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."sessions" (
    "id" bigint NOT NULL,
    "session_id" character varying NOT NULL,
    "data" "text",
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL
);


ALTER TABLE "public"."sessions" OWNER TO "postgres";

--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."sessions_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."sessions_id_seq" OWNER TO "postgres";

--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."sessions_id_seq" OWNED BY "public"."sessions"."id";


--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."settings" (
    "name" character varying(120) NOT NULL,
    "value" "text"
);


ALTER TABLE "public"."settings" OWNER TO "postgres";

--
-- Name: translations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."translations" (
    "id" integer NOT NULL,
    "key" character varying NOT NULL,
    "locale" character varying(8) NOT NULL,
    "value" "text" NOT NULL
);


ALTER TABLE "public"."translations" OWNER TO "postgres";

--
-- Name: translations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."translations_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."translations_id_seq" OWNER TO "postgres";

--
-- Name: translations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."translations_id_seq" OWNED BY "public"."translations"."id";


--
-- Name: wp_options; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."wp_options" (
    "option_id" bigint NOT NULL,
    "option_name" character varying(191) NOT NULL,
    "option_value" "text" NOT NULL,
    "autoload" character varying(20) DEFAULT 'yes'::character varying NOT NULL
);


ALTER TABLE "public"."wp_options" OWNER TO "postgres";

--
-- Name: wp_options_option_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."wp_options_option_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."wp_options_option_id_seq" OWNER TO "postgres";

--
-- Name: wp_options_option_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."wp_options_option_id_seq" OWNED BY "public"."wp_options"."option_id";


--
-- Name: wp_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."wp_users" (
    "ID" bigint NOT NULL,
    "user_login" character varying(60) NOT NULL,
    "user_pass" character varying(255) NOT NULL,
    "user_nicename" character varying(50) NOT NULL,
    "user_email" character varying(100) NOT NULL,
    "user_url" character varying(100) DEFAULT ''::character varying NOT NULL,
    "user_registered" timestamp without time zone NOT NULL,
    "display_name" character varying(250) NOT NULL
);


ALTER TABLE "public"."wp_users" OWNER TO "postgres";

--
-- Name: wp_users_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."wp_users_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."wp_users_ID_seq" OWNER TO "postgres";

--
-- Name: wp_users_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."wp_users_ID_seq" OWNED BY "public"."wp_users"."ID";


--
-- Name: active_storage_blobs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."active_storage_blobs" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."active_storage_blobs_id_seq"'::"regclass");


--
-- Name: auth_user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."auth_user" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."auth_user_id_seq"'::"regclass");


--
-- Name: failed_jobs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."failed_jobs" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."failed_jobs_id_seq"'::"regclass");


--
-- Name: integrations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."integrations" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."integrations_id_seq"'::"regclass");


--
-- Name: sessions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."sessions" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."sessions_id_seq"'::"regclass");


--
-- Name: translations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."translations" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."translations_id_seq"'::"regclass");


--
-- Name: wp_options option_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."wp_options" ALTER COLUMN "option_id" SET DEFAULT "nextval"('"public"."wp_options_option_id_seq"'::"regclass");


--
-- Name: wp_users ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."wp_users" ALTER COLUMN "ID" SET DEFAULT "nextval"('"public"."wp_users_ID_seq"'::"regclass");


--
-- Data for Name: active_storage_blobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."active_storage_blobs" VALUES (1, '3hgazyx9dowg5m4rxc7ho000vkfv', 'invoice-2024-001.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'local', 654664, 'OTFsByQu22D84GDmQk+g2g==', '2024-01-10 09:00:00');
INSERT INTO "public"."active_storage_blobs" VALUES (2, 'oo96r4xndmofefgxhazasz9xukco', 'avatar.png', 'image/png', '{"identified":true,"analyzed":true}', 'local', 831926, 'xBqLNY6bN2CJlGr28Jtmew==', '2024-02-11 09:07:00');
INSERT INTO "public"."active_storage_blobs" VALUES (3, 'dxud9z13dc14ldz5dtq0iu5ccfj8', 'contract.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '{"identified":true,"analyzed":true}', 'local', 458357, 'Gwfd2RA1S1l8WLcnt+wVxA==', '2024-03-12 09:14:00');
INSERT INTO "public"."active_storage_blobs" VALUES (4, 'wz8p2zae72k5ev7eled77e357z63', 'export.csv', 'text/csv', '{"identified":true,"analyzed":true}', 'local', 519371, '2RhgJzYjyD2ZbjlxodHAxA==', '2024-04-13 09:21:00');
INSERT INTO "public"."active_storage_blobs" VALUES (5, 'ivsnnreb12o8rs0uk8qwgm0o8itl', 'logo.svg', 'image/svg+xml', '{"identified":true,"analyzed":true}', 'local', 847446, 'goW+TooZidlGNIpxqMkWKA==', '2024-05-14 09:28:00');
INSERT INTO "public"."active_storage_blobs" VALUES (6, 'wa4nrrhluirusm85940rjw5khpda', 'report-q3.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'local', 475250, 'B3gmQ1ECZP0qR02rI8Rxmw==', '2024-06-15 09:35:00');


--
-- Data for Name: ar_internal_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."ar_internal_metadata" VALUES ('environment', 'staging', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
INSERT INTO "public"."ar_internal_metadata" VALUES ('schema_sha1', 'e3a1fa35608467fdbfd90cd48bb76107d2654387', '2024-01-01 00:00:00', '2024-01-01 00:00:00');


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."auth_user" VALUES (1, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, true, 'user1', 'Test', 'User 1', 'user1@example.com', '2024-02-01 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (2, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user2', 'Test', 'User 2', 'user2@example.com', '2024-02-02 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (3, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user3', 'Test', 'User 3', 'user3@example.com', '2024-02-03 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (4, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user4', 'Test', 'User 4', 'user4@example.com', '2024-02-04 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (5, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user5', 'Test', 'User 5', 'user5@example.com', '2024-02-05 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (6, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user6', 'Test', 'User 6', 'user6@example.com', '2024-02-06 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (7, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user7', 'Test', 'User 7', 'user7@example.com', '2024-02-07 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (8, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user8', 'Test', 'User 8', 'user8@example.com', '2024-02-08 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (9, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user9', 'Test', 'User 9', 'user9@example.com', '2024-02-09 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (10, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user10', 'Test', 'User 10', 'user10@example.com', '2024-02-10 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (11, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user11', 'Test', 'User 11', 'user11@example.com', '2024-02-11 10:00:00+00');
INSERT INTO "public"."auth_user" VALUES (12, 'pbkdf2_sha256$600000$REDACTED$REDACTED', NULL, false, 'user12', 'Test', 'User 12', 'user12@example.com', '2024-02-12 10:00:00+00');


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: failed_jobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."failed_jobs" VALUES (1, '0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03', 'redis', 'default', '{"uuid":"0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03","displayName":"App\\Jobs\\SendInvoice","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":3,"data":{"commandName":"App\\Jobs\\SendInvoice"}}', 'Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\SendInvoice has been attempted too many times. in /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/Worker.php:785', '2024-01-01 00:00:00');
INSERT INTO "public"."failed_jobs" VALUES (2, '5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28', 'redis', 'mail', '{"uuid":"5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28","displayName":"App\\Mail\\Welcome","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"data":{"commandName":"Illuminate\\Mail\\SendQueuedMailable"}}', 'Symfony\Component\Mailer\Exception\TransportException: Connection refused in /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154', '2024-01-01 00:00:00');


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."integrations" VALUES (1, 'crm', '{"by_id": {"1000": {"callback": "https://api.example.net/v1/callback"}}, "webhooks": {"3f2a9c4e-1b7d-4e2a-9c1f-5d6e7f8a9b0c": {"url": "https://hooks.example.com/in/g5s7a35ylz", "events": ["order.created"]}}}');
INSERT INTO "public"."integrations" VALUES (2, 'erp', '{"by_id": {"1001": {"callback": "https://api.example.net/v1/callback"}}, "webhooks": {"8d1e0b2c-7a9f-4c3d-b6e5-1f2a3b4c5d6e": {"url": "https://hooks.example.com/in/gdqnf4zn1u", "events": ["order.created"]}}}');
INSERT INTO "public"."integrations" VALUES (3, 'billing', '{"by_id": {"1002": {"callback": "https://api.example.net/v1/callback"}}, "webhooks": {"c4b3a291-0e8f-4d7c-a6b5-9e8d7c6b5a40": {"url": "https://hooks.example.com/in/w14mpjuq3u", "events": ["order.created"]}}}');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."schema_migrations" VALUES ('20230101001000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101002000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101003000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101004000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101005000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101006000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101007000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101008000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101009000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101010000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101011000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101012000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101013000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101014000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101015000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101016000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101017000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101018000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101019000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101020000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101021000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101022000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101023000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101024000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101025000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101026000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101027000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101028000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101029000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101030000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101031000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101032000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101033000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101034000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101035000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101036000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101037000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101038000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101039000');
INSERT INTO "public"."schema_migrations" VALUES ('20230101040000');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."settings" VALUES ('smtp_host', 'localhost');
INSERT INTO "public"."settings" VALUES ('smtp_user', 'postmaster');
INSERT INTO "public"."settings" VALUES ('smtp_password', '');
INSERT INTO "public"."settings" VALUES ('api_key', '<your-api-key>');
INSERT INTO "public"."settings" VALUES ('session_secret', 'changeme');
INSERT INTO "public"."settings" VALUES ('jwt_secret', '${JWT_SECRET}');
INSERT INTO "public"."settings" VALUES ('secret_key_base', 'REPLACE_ME');
INSERT INTO "public"."settings" VALUES ('stripe_publishable_key', 'pk_test_TYooMQauvdEDq54NiTphI7jx');
INSERT INTO "public"."settings" VALUES ('stripe_secret_key', NULL);
INSERT INTO "public"."settings" VALUES ('aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE');
INSERT INTO "public"."settings" VALUES ('aws_secret_access_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
INSERT INTO "public"."settings" VALUES ('webhook_url', 'https://hooks.example.com/app');
INSERT INTO "public"."settings" VALUES ('mail_from', 'no-reply@example.org');
INSERT INTO "public"."settings" VALUES ('cdn_host', 'cdn.example.net');
INSERT INTO "public"."settings" VALUES ('password_min_length', '12');
INSERT INTO "public"."settings" VALUES ('token_ttl_seconds', '3600');


--
-- Data for Name: translations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."translations" VALUES (1, 'auth.password.reset_link', 'en', 'Click <a href="{url}">here</a> to reset your password');
INSERT INTO "public"."translations" VALUES (2, 'auth.password.reset_link', 'de', 'Klicken Sie <a href="{url}">hier</a>, um Ihr Passwort zurückzusetzen');
INSERT INTO "public"."translations" VALUES (3, 'auth.token.expires', 'en', 'Your token expires in %d minutes');
INSERT INTO "public"."translations" VALUES (4, 'auth.api_key.label', 'en', 'API key');
INSERT INTO "public"."translations" VALUES (5, 'auth.secret.hint', 'en', 'Keep your secret key on the server: never paste it into a web page');
INSERT INTO "public"."translations" VALUES (6, 'support.contact', 'en', 'Contact support@example.com');
INSERT INTO "public"."translations" VALUES (7, 'setup.database.help', 'en', 'Database connection string, e.g. postgres://user:password@host/db');
INSERT INTO "public"."translations" VALUES (8, 'setup.database.help', 'de', 'Verbindungszeichenfolge, z. B. postgres://user:password@host/db');
INSERT INTO "public"."translations" VALUES (9, 'footer.hosted_by', 'en', 'Hosted by {hostname}');
INSERT INTO "public"."translations" VALUES (10, 'welcome', 'en', 'Welcome, {{ user.first_name }}!');
INSERT INTO "public"."translations" VALUES (11, 'welcome', 'fr', 'Bienvenue, {{ user.first_name }} !');


--
-- Data for Name: wp_options; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."wp_options" VALUES (1, 'siteurl', 'https://staging.example.com', 'yes');
INSERT INTO "public"."wp_options" VALUES (2, 'home', 'https://staging.example.com', 'yes');
INSERT INTO "public"."wp_options" VALUES (3, 'blogname', 'Acme Outdoor (staging)', 'yes');
INSERT INTO "public"."wp_options" VALUES (4, 'admin_email', 'admin@example.com', 'yes');
INSERT INTO "public"."wp_options" VALUES (5, 'mailserver_url', 'mail.example.com', 'yes');
INSERT INTO "public"."wp_options" VALUES (6, 'mailserver_login', 'login@example.com', 'yes');
INSERT INTO "public"."wp_options" VALUES (7, 'mailserver_pass', 'password', 'yes');
INSERT INTO "public"."wp_options" VALUES (8, 'active_plugins', 'a:2:{i:0;s:19:"akismet/akismet.php";i:1;s:9:"hello.php";}', 'yes');
INSERT INTO "public"."wp_options" VALUES (9, 'cron', 'a:1:{i:1700000000;a:1:{s:16:"wp_version_check";a:1:{s:32:"40cd750bba9870f18aada2478b24840a";a:3:{s:8:"schedule";s:10:"twicedaily";s:4:"args";a:0:{}s:8:"interval";i:43200;}}}}', 'yes');
INSERT INTO "public"."wp_options" VALUES (10, 'db_version', '57155', 'yes');


--
-- Data for Name: wp_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."wp_users" VALUES (1, 'user1', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user1', 'user1@example.com', '', '2024-03-01 08:00:00', 'Test User 1');
INSERT INTO "public"."wp_users" VALUES (2, 'user2', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user2', 'user2@example.com', '', '2024-03-02 08:00:00', 'Test User 2');
INSERT INTO "public"."wp_users" VALUES (3, 'user3', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user3', 'user3@example.com', '', '2024-03-03 08:00:00', 'Test User 3');
INSERT INTO "public"."wp_users" VALUES (4, 'user4', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user4', 'user4@example.com', '', '2024-03-04 08:00:00', 'Test User 4');
INSERT INTO "public"."wp_users" VALUES (5, 'user5', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user5', 'user5@example.com', '', '2024-03-05 08:00:00', 'Test User 5');
INSERT INTO "public"."wp_users" VALUES (6, 'user6', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user6', 'user6@example.com', '', '2024-03-06 08:00:00', 'Test User 6');
INSERT INTO "public"."wp_users" VALUES (7, 'user7', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user7', 'user7@example.com', '', '2024-03-07 08:00:00', 'Test User 7');
INSERT INTO "public"."wp_users" VALUES (8, 'user8', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user8', 'user8@example.com', '', '2024-03-08 08:00:00', 'Test User 8');
INSERT INTO "public"."wp_users" VALUES (9, 'user9', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user9', 'user9@example.com', '', '2024-03-09 08:00:00', 'Test User 9');
INSERT INTO "public"."wp_users" VALUES (10, 'user10', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user10', 'user10@example.com', '', '2024-03-10 08:00:00', 'Test User 10');
INSERT INTO "public"."wp_users" VALUES (11, 'user11', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user11', 'user11@example.com', '', '2024-03-11 08:00:00', 'Test User 11');
INSERT INTO "public"."wp_users" VALUES (12, 'user12', '$P$Bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'user12', 'user12@example.com', '', '2024-03-12 08:00:00', 'Test User 12');


--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."active_storage_blobs_id_seq"', 6, true);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."auth_user_id_seq"', 12, true);


--
-- Name: failed_jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."failed_jobs_id_seq"', 2, true);


--
-- Name: integrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."integrations_id_seq"', 3, true);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."sessions_id_seq"', 1, false);


--
-- Name: translations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."translations_id_seq"', 11, true);


--
-- Name: wp_options_option_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."wp_options_option_id_seq"', 10, true);


--
-- Name: wp_users_ID_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."wp_users_ID_seq"', 12, true);


--
-- Name: active_storage_blobs active_storage_blobs_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."active_storage_blobs"
    ADD CONSTRAINT "active_storage_blobs_key_key" UNIQUE ("key");


--
-- Name: active_storage_blobs active_storage_blobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."active_storage_blobs"
    ADD CONSTRAINT "active_storage_blobs_pkey" PRIMARY KEY ("id");


--
-- Name: ar_internal_metadata ar_internal_metadata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."ar_internal_metadata"
    ADD CONSTRAINT "ar_internal_metadata_pkey" PRIMARY KEY ("key");


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."auth_user"
    ADD CONSTRAINT "auth_user_pkey" PRIMARY KEY ("id");


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."auth_user"
    ADD CONSTRAINT "auth_user_username_key" UNIQUE ("username");


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."django_session"
    ADD CONSTRAINT "django_session_pkey" PRIMARY KEY ("session_key");


--
-- Name: failed_jobs failed_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."failed_jobs"
    ADD CONSTRAINT "failed_jobs_pkey" PRIMARY KEY ("id");


--
-- Name: failed_jobs failed_jobs_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."failed_jobs"
    ADD CONSTRAINT "failed_jobs_uuid_key" UNIQUE ("uuid");


--
-- Name: integrations integrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."integrations"
    ADD CONSTRAINT "integrations_pkey" PRIMARY KEY ("id");


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."schema_migrations"
    ADD CONSTRAINT "schema_migrations_pkey" PRIMARY KEY ("version");


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."sessions"
    ADD CONSTRAINT "sessions_pkey" PRIMARY KEY ("id");


--
-- Name: sessions sessions_session_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."sessions"
    ADD CONSTRAINT "sessions_session_id_key" UNIQUE ("session_id");


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."settings"
    ADD CONSTRAINT "settings_pkey" PRIMARY KEY ("name");


--
-- Name: translations translations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."translations"
    ADD CONSTRAINT "translations_pkey" PRIMARY KEY ("id");


--
-- Name: wp_options wp_options_option_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."wp_options"
    ADD CONSTRAINT "wp_options_option_name_key" UNIQUE ("option_name");


--
-- Name: wp_options wp_options_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."wp_options"
    ADD CONSTRAINT "wp_options_pkey" PRIMARY KEY ("option_id");


--
-- Name: wp_users wp_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."wp_users"
    ADD CONSTRAINT "wp_users_pkey" PRIMARY KEY ("ID");


--
-- PostgreSQL database dump complete
--


