--
-- PostgreSQL database dump
--

\restrict BNtVSNXuiYe6byGOlzmkd0u9LgOUdnKgKtwJ5wfSs3eDx7GGU0NkBYA6sZ5zTd8

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: refresh_report_cache(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.refresh_report_cache() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- worker settings, copied from prod: {"report_db_host": "reports-db.acme-analytics.com", "db_password": "Rep0rtW0rker!2023"}
  PERFORM 1;
END;
$$;


ALTER FUNCTION public.refresh_report_cache() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: activity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.activity (
    id integer NOT NULL,
    topic character varying(32) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    user_id integer,
    model character varying(16),
    model_id integer,
    details text,
    ip character varying(50)
);


ALTER TABLE public.activity OWNER TO postgres;

--
-- Name: core_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.core_session (
    id character varying(254) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    anti_csrf_token text
);


ALTER TABLE public.core_session OWNER TO postgres;

--
-- Name: core_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.core_user (
    id integer NOT NULL,
    email text NOT NULL,
    first_name character varying(254),
    last_name character varying(254),
    password character varying(254),
    password_salt character varying(254),
    reset_token character varying(254),
    is_superuser boolean DEFAULT false NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    last_login timestamp with time zone,
    settings text
);


ALTER TABLE public.core_user OWNER TO postgres;

--
-- Name: databasechangelog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.databasechangelog (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255)
);


ALTER TABLE public.databasechangelog OWNER TO postgres;

--
-- Name: django_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


ALTER TABLE public.django_session OWNER TO postgres;

--
-- Name: login_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.login_history (
    id integer NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    user_id integer NOT NULL,
    session_id character varying(254),
    device_id character varying(254),
    device_description text,
    ip_address text
);


ALTER TABLE public.login_history OWNER TO postgres;

--
-- Name: metabase_database; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.metabase_database (
    id integer NOT NULL,
    name character varying(254) NOT NULL,
    engine character varying(254) NOT NULL,
    details text,
    created_at timestamp with time zone NOT NULL
);


ALTER TABLE public.metabase_database OWNER TO postgres;

--
-- Name: report_card; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.report_card (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    dataset_query text,
    visualization_settings text
);


ALTER TABLE public.report_card OWNER TO postgres;

--
-- Name: setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.setting (
    key character varying(254) NOT NULL,
    value text NOT NULL
);


ALTER TABLE public.setting OWNER TO postgres;

--
-- Name: system_issue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.system_issue (
    id integer NOT NULL,
    title text NOT NULL,
    body text
);


ALTER TABLE public.system_issue OWNER TO postgres;

--
-- Name: task_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_history (
    id integer NOT NULL,
    task character varying(254) NOT NULL,
    started_at timestamp(6) without time zone NOT NULL,
    duration_ms numeric,
    task_details text
);


ALTER TABLE public.task_history OWNER TO postgres;

--
-- Data for Name: activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.activity VALUES (1, 'user-joined', '2019-11-04 08:58:02.996577+00', 1, 'user', 1, '{}', '81.64.12.207');
INSERT INTO public.activity VALUES (2, 'card-create', '2020-05-15 09:30:00.123+00', 2, 'card', 1, '{"name":"Orders per day","description":null,"table_id":12,"database_id":2}', '109.190.254.13');
INSERT INTO public.activity VALUES (3, 'dashboard-add-cards', '2020-05-15 09:31:00+00', 2, 'dashboard', 1, '{"dashcards":[{"id":1,"card_id":1}]}', '10.0.0.12');
INSERT INTO public.activity VALUES (4, 'install', '2019-11-04 08:58:01+00', NULL, 'install', NULL, '{}', NULL);


--
-- Data for Name: core_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.core_session VALUES ('e7dd5eed-c0f7-47ad-ab6b-5fce84b58297', 1, '2024-02-28 17:03:11.5+00', NULL);
INSERT INTO public.core_session VALUES ('71227cb2-ee28-4c1e-a8f5-1ac557afaba6', 2, '2024-02-28 17:04:00+00', NULL);
INSERT INTO public.core_session VALUES ('53b3b0ff-3dd1-4044-a448-373c7f914fe8', 3, '2024-02-28 17:05:00+00', NULL);


--
-- Data for Name: core_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.core_user VALUES (1, 'margaret.hollis@acme-analytics.com', 'Margaret', 'Hollis', '$2a$10$tvtMLwLAtaG93mtI/652MS1vdsNRZz.8uXo8UcRY16BnBZl60.PO4', 'b2c60fdd-f517-4382-baef-ce2e05b4d756', NULL, true, '2019-11-04 08:58:02.996577+00', '2024-02-28 17:03:11.5+00', '{"last-acknowledged-version":"v0.48.3"}');
INSERT INTO public.core_user VALUES (2, 'dkowalski@gmail.com', 'Dariusz', 'Kowalski', '$2a$10$wkmp7NWf9be/oDFTA/5vyKMtMEplCmpP.Wa0OLmA3GPsV/eZl779O', '9d5015e5-c7aa-4cf3-bf4b-d0521ce606fd', '417e16c9-7c7d-4af5-aba3-8bf6a8fe622a', false, '2020-05-14 12:00:00+00', NULL, '{}');
INSERT INTO public.core_user VALUES (3, 'aurelie.fontaine@orange.fr', 'Aurélie', 'Fontaine', '$2a$10$T/jjuExFlLHbRTMINlx8p4BB2USmUpyZK6ERx7XPO06WotT53KYjE', '4d1079ab-5e32-4f4a-82e5-0777e57bae11', NULL, false, '2020-05-14 12:00:01+00', NULL, '{"auth":"BAC"}');
INSERT INTO public.core_user VALUES (4, 'tomas.lindqvist@outlook.com', 'Tomas', 'Lindqvist', '$2a$10$9iFteF20whb207x6bcF77tj3Efh8w7p1z/kk/789CUpelusv81b9x', '33dbeaab-9c9c-4d91-ad9a-629624aa1734', '', false, '2021-01-02 03:04:05.678901+00', '2023-12-31 23:59:59.999999+00', '{"locale":"de"}');


--
-- Data for Name: databasechangelog; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.databasechangelog VALUES ('1', 'agilliland', 'migrations/000_migrations.yaml', '2019-11-04 08:57:50.123456', '8:7182ca8e82947c24fa827d31f78b19aa', 'createTable tableName=core_organization', NULL);
INSERT INTO public.databasechangelog VALUES ('v45.00-001', 'snoe', 'migrations/001_update_migrations.yaml', '2023-01-10 10:00:00', '8:3f1e2f5b8c1a0d9e7b6c5a4f3e2d1c0b', 'addColumn tableName=core_user', 'Added 0.45.0 -- see https://github.com/metabase/metabase/issues/21536');


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.django_session VALUES ('zqm1mnyounii5wcerkh24rn0y75u2uec', 'e30:1rXyZa:Qm9vZ2xlLXNlc3Npb24tZGF0YS1ub3QtcmVhbA', '2024-03-13 17:03:11.5+00');
INSERT INTO public.django_session VALUES ('rcrwtbiz3mbrpjdh2g8xemm4qla48clo', 'e30:1rXyZb:U2Vjb25kLXNlc3Npb24tZGF0YS1ub3QtcmVhbA', '2024-03-13 17:04:00+00');


--
-- Data for Name: login_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.login_history VALUES (1, '2024-02-28 17:03:11.5+00', 1, NULL, 'a3f9c2d1-0b8e-4f7a-9c6d-5e4b3a2f1e0d', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', '81.64.12.207');
INSERT INTO public.login_history VALUES (2, '2024-02-28 17:04:00+00', 2, NULL, 'c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', '2a01:e0a:5e3:1a20::7');
INSERT INTO public.login_history VALUES (3, '2024-02-29 08:00:00+00', 3, NULL, 'c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 'curl/8.5.0', '91.198.174.192');


--
-- Data for Name: metabase_database; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.metabase_database VALUES (1, 'Sample Database', 'h2', '{"db":"jdbc:h2:tcp://10.20.30.41:9092/~/crm;USER=sa;PASSWORD=h2Adm1nPass"}', '2019-11-04 08:58:03.1+00');
INSERT INTO public.metabase_database VALUES (2, 'Warehouse', 'postgres', '{"host":"warehouse-prod.acme-analytics.com","port":5432,"dbname":"analytics","user":"metabase","password":"Tr0ub4dor&3-Wh","ssl":true,"tunnel-enabled":false}', '2020-02-11 14:01:22.53+00');
INSERT INTO public.metabase_database VALUES (3, 'Events', 'mysql', '{"host":"10.20.30.40","port":3306,"dbname":"events","user":"reader","password":"r3ader-Ev3nts","additional-options":"useSSL=true"}', '2021-06-30 09:00:00+00');
INSERT INTO public.metabase_database VALUES (4, 'Legacy', 'postgres', '{"jdbc-url":"jdbc:postgresql://legacy-db.acme-analytics.com:5432/legacy?user=bi&password=L3gacyBI2021","use-jdbc":true}', '2022-01-05 16:45:10.000001+00');


--
-- Data for Name: report_card; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.report_card VALUES (1, 'Orders per day', '<p>Daily orders, see <a href="https://en.wikipedia.org/wiki/Moving_average">moving average</a>.</p>', '{"type":"native","native":{"query":"SELECT 1"},"database":2}', '{"graph.dimensions":["created_at"]}');
INSERT INTO public.report_card VALUES (2, 'Logo', NULL, '{"type":"query","query":{"source-table":12},"database":2}', '{"text":"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"}');


--
-- Data for Name: setting; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.setting VALUES ('site-name', 'Acme Analytics');
INSERT INTO public.setting VALUES ('site-url', 'https://analytics.acme-analytics.com');
INSERT INTO public.setting VALUES ('site-locale', 'en');
INSERT INTO public.setting VALUES ('setup-token', '6f1c2b3a-94de-4c57-8b0e-5d3a2f1e9c87');
INSERT INTO public.setting VALUES ('redirect-all-requests-to-https', 'true');
INSERT INTO public.setting VALUES ('anon-tracking-enabled', 'false');
INSERT INTO public.setting VALUES ('email-smtp-host', 'smtp.sendgrid.net');
INSERT INTO public.setting VALUES ('email-smtp-port', '587');
INSERT INTO public.setting VALUES ('email-smtp-username', 'apikey');
INSERT INTO public.setting VALUES ('email-smtp-password', 'Wint3r-is-c0ming!Smtp');
INSERT INTO public.setting VALUES ('email-from-address', 'bi@acme-analytics.com');
INSERT INTO public.setting VALUES ('settings-last-updated', '2024-03-01 10:11:12.123456+00');
INSERT INTO public.setting VALUES ('embedding-secret-key', '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0');
INSERT INTO public.setting VALUES ('ldap-password', 'Ld@pBind#2022');
INSERT INTO public.setting VALUES ('custom-formatting', '{"type/Temporal":{"date_style":"MMMM D, YYYY"}}');
INSERT INTO public.setting VALUES ('version-info', '{"latest":{"version":"v0.48.3","highlights":["See https://github.com/metabase/metabase/releases/tag/v0.48.3"]}}');
INSERT INTO public.setting VALUES ('jwt-shared-secret', 'HcSke4R1J+dBi2ewQr8t4/lC4LvGNWAMsI/z0oaW');


--
-- Data for Name: system_issue; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.system_issue VALUES (1, 'Sync fails on the warehouse', 'ci-runner-3.corp.example-corp.com (10.4.4.21) refused the callback; see readme.md and config.py, stack trace in index.js (java.util.List cannot be cast to java.util.Map). Version 0.48.3.');
INSERT INTO public.system_issue VALUES (2, 'Docs link broken', 'The help link points at https://www.metabase.com/docs/latest/ which moved; tracked upstream in https://github.com/metabase/metabase/issues/12345.');


--
-- Data for Name: task_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.task_history VALUES (1, 'sync', '2024-02-28 00:00:00.125', 1834, '{"db":"Warehouse","tables":42,"ratio":0.42857143}');
INSERT INTO public.task_history VALUES (2, 'send-pulses', '2024-02-28 01:00:00.5', 12, '{"pulses":0}');


--
-- Name: activity activity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.activity
    ADD CONSTRAINT activity_pkey PRIMARY KEY (id);


--
-- Name: core_session core_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.core_session
    ADD CONSTRAINT core_session_pkey PRIMARY KEY (id);


--
-- Name: core_user core_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.core_user
    ADD CONSTRAINT core_user_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: login_history login_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_history
    ADD CONSTRAINT login_history_pkey PRIMARY KEY (id);


--
-- Name: metabase_database metabase_database_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metabase_database
    ADD CONSTRAINT metabase_database_pkey PRIMARY KEY (id);


--
-- Name: report_card report_card_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_card
    ADD CONSTRAINT report_card_pkey PRIMARY KEY (id);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: system_issue system_issue_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.system_issue
    ADD CONSTRAINT system_issue_pkey PRIMARY KEY (id);


--
-- Name: task_history task_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_history
    ADD CONSTRAINT task_history_pkey PRIMARY KEY (id);


--
-- Name: activity activity_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.activity
    ADD CONSTRAINT activity_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.core_user(id);


--
-- Name: core_session core_session_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.core_session
    ADD CONSTRAINT core_session_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.core_user(id);


--
-- Name: login_history login_history_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_history
    ADD CONSTRAINT login_history_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.core_user(id);


--
-- PostgreSQL database dump complete
--

\unrestrict BNtVSNXuiYe6byGOlzmkd0u9LgOUdnKgKtwJ5wfSs3eDx7GGU0NkBYA6sZ5zTd8

