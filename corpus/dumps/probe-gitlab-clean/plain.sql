--
-- PostgreSQL database dump
--

\restrict NXjei56ndJWGD30ud0udKZhcVdWj7w1bL3U8pSSTd5dFTyvbNlI8cKTsLrzFToX

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: application_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.application_settings (
    id integer NOT NULL,
    default_projects_limit integer,
    signup_enabled boolean,
    home_page_url character varying,
    after_sign_out_path character varying,
    sign_in_text text,
    help_page_text text,
    runners_registration_token_encrypted character varying,
    health_check_access_token character varying,
    encrypted_akismet_api_key text,
    encrypted_akismet_api_key_iv character varying,
    recaptcha_site_key character varying,
    encrypted_recaptcha_private_key text,
    encrypted_recaptcha_private_key_iv character varying,
    sentry_enabled boolean,
    sentry_dsn character varying,
    elasticsearch_url character varying,
    encrypted_elasticsearch_aws_secret_access_key text,
    encrypted_elasticsearch_aws_secret_access_key_iv text,
    snowplow_collector_hostname character varying,
    outbound_local_requests_whitelist character varying[],
    encrypted_slack_app_secret text,
    encrypted_slack_app_secret_iv text,
    slack_app_id character varying,
    eks_account_id character varying,
    plantuml_url character varying,
    default_branch_name text,
    gitpod_url text,
    sidekiq_job_limiter_mode smallint,
    email_confirmation_setting smallint,
    external_authorization_service_url character varying,
    kroki_url text
);


ALTER TABLE public.application_settings OWNER TO postgres;

--
-- Name: application_settings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.application_settings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.application_settings_id_seq OWNER TO postgres;

--
-- Name: application_settings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.application_settings_id_seq OWNED BY public.application_settings.id;


--
-- Name: ci_builds_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ci_builds_metadata (
    id integer NOT NULL,
    build_id bigint NOT NULL,
    project_id integer NOT NULL,
    config_options jsonb,
    config_variables jsonb,
    environment_auto_stop_in character varying
);


ALTER TABLE public.ci_builds_metadata OWNER TO postgres;

--
-- Name: ci_builds_metadata_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ci_builds_metadata_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.ci_builds_metadata_id_seq OWNER TO postgres;

--
-- Name: ci_builds_metadata_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ci_builds_metadata_id_seq OWNED BY public.ci_builds_metadata.id;


--
-- Name: ci_runners; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ci_runners (
    id integer NOT NULL,
    token_encrypted character varying,
    created_at timestamp without time zone,
    contacted_at timestamp without time zone,
    active boolean DEFAULT true NOT NULL,
    description character varying,
    version character varying,
    revision character varying,
    platform character varying,
    architecture character varying,
    run_untagged boolean DEFAULT true NOT NULL,
    ip_address character varying,
    runner_type smallint NOT NULL
);


ALTER TABLE public.ci_runners OWNER TO postgres;

--
-- Name: ci_runners_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ci_runners_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.ci_runners_id_seq OWNER TO postgres;

--
-- Name: ci_runners_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ci_runners_id_seq OWNED BY public.ci_runners.id;


--
-- Name: ci_variables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ci_variables (
    id integer NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    project_id integer NOT NULL,
    protected boolean DEFAULT false NOT NULL,
    environment_scope character varying DEFAULT '*'::character varying NOT NULL,
    masked boolean DEFAULT false NOT NULL,
    variable_type smallint DEFAULT 1 NOT NULL,
    raw boolean DEFAULT false NOT NULL
);


ALTER TABLE public.ci_variables OWNER TO postgres;

--
-- Name: ci_variables_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ci_variables_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.ci_variables_id_seq OWNER TO postgres;

--
-- Name: ci_variables_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ci_variables_id_seq OWNED BY public.ci_variables.id;


--
-- Name: integrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.integrations (
    id integer NOT NULL,
    type_new text,
    project_id integer,
    created_at timestamp without time zone,
    active boolean DEFAULT false NOT NULL,
    properties text,
    encrypted_properties bytea,
    encrypted_properties_iv bytea,
    push_events boolean DEFAULT true
);


ALTER TABLE public.integrations OWNER TO postgres;

--
-- Name: integrations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.integrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.integrations_id_seq OWNER TO postgres;

--
-- Name: integrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.integrations_id_seq OWNED BY public.integrations.id;


--
-- Name: keys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.keys (
    id integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone,
    key text,
    title character varying,
    type character varying,
    fingerprint character varying,
    fingerprint_sha256 bytea,
    usage_type smallint DEFAULT 0 NOT NULL
);


ALTER TABLE public.keys OWNER TO postgres;

--
-- Name: keys_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.keys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.keys_id_seq OWNER TO postgres;

--
-- Name: keys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.keys_id_seq OWNED BY public.keys.id;


--
-- Name: notes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notes (
    id integer NOT NULL,
    note text,
    noteable_type character varying,
    author_id integer,
    created_at timestamp without time zone,
    project_id integer,
    line_code character varying,
    commit_id character varying,
    noteable_id integer,
    system boolean DEFAULT false NOT NULL,
    "position" text
);


ALTER TABLE public.notes OWNER TO postgres;

--
-- Name: notes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.notes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.notes_id_seq OWNER TO postgres;

--
-- Name: notes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;


--
-- Name: personal_access_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.personal_access_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying NOT NULL,
    revoked boolean DEFAULT false,
    expires_at date,
    created_at timestamp without time zone NOT NULL,
    scopes character varying DEFAULT '--- []
'::character varying NOT NULL,
    token_digest character varying,
    last_used_at timestamp without time zone
);


ALTER TABLE public.personal_access_tokens OWNER TO postgres;

--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.personal_access_tokens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.personal_access_tokens_id_seq OWNER TO postgres;

--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.personal_access_tokens_id_seq OWNED BY public.personal_access_tokens.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    sign_in_count integer DEFAULT 0,
    current_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    name character varying,
    admin boolean DEFAULT false NOT NULL,
    username character varying,
    otp_secret_expires_at timestamp without time zone,
    encrypted_otp_secret character varying,
    encrypted_otp_secret_iv character varying,
    encrypted_otp_secret_salt character varying,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    otp_backup_codes text,
    public_email character varying,
    feed_token character varying,
    incoming_email_token character varying,
    static_object_token character varying,
    commit_email character varying,
    unconfirmed_email character varying,
    location character varying,
    organization character varying,
    website_url character varying DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: web_hooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.web_hooks (
    id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone,
    type character varying DEFAULT 'ProjectHook'::character varying,
    push_events boolean DEFAULT true,
    enable_ssl_verification boolean DEFAULT true,
    encrypted_token character varying,
    encrypted_token_iv character varying,
    encrypted_url character varying,
    encrypted_url_iv character varying,
    url_variables bytea,
    custom_headers bytea,
    name text,
    description text
);


ALTER TABLE public.web_hooks OWNER TO postgres;

--
-- Name: web_hooks_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.web_hooks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.web_hooks_id_seq OWNER TO postgres;

--
-- Name: web_hooks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.web_hooks_id_seq OWNED BY public.web_hooks.id;


--
-- Name: application_settings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.application_settings ALTER COLUMN id SET DEFAULT nextval('public.application_settings_id_seq'::regclass);


--
-- Name: ci_builds_metadata id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_builds_metadata ALTER COLUMN id SET DEFAULT nextval('public.ci_builds_metadata_id_seq'::regclass);


--
-- Name: ci_runners id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_runners ALTER COLUMN id SET DEFAULT nextval('public.ci_runners_id_seq'::regclass);


--
-- Name: ci_variables id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_variables ALTER COLUMN id SET DEFAULT nextval('public.ci_variables_id_seq'::regclass);


--
-- Name: integrations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.integrations ALTER COLUMN id SET DEFAULT nextval('public.integrations_id_seq'::regclass);


--
-- Name: keys id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.keys ALTER COLUMN id SET DEFAULT nextval('public.keys_id_seq'::regclass);


--
-- Name: notes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notes ALTER COLUMN id SET DEFAULT nextval('public.notes_id_seq'::regclass);


--
-- Name: personal_access_tokens id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.personal_access_tokens ALTER COLUMN id SET DEFAULT nextval('public.personal_access_tokens_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: web_hooks id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.web_hooks ALTER COLUMN id SET DEFAULT nextval('public.web_hooks_id_seq'::regclass);


--
-- Data for Name: application_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.application_settings (id, default_projects_limit, signup_enabled, home_page_url, after_sign_out_path, sign_in_text, help_page_text, runners_registration_token_encrypted, health_check_access_token, encrypted_akismet_api_key, encrypted_akismet_api_key_iv, recaptcha_site_key, encrypted_recaptcha_private_key, encrypted_recaptcha_private_key_iv, sentry_enabled, sentry_dsn, elasticsearch_url, encrypted_elasticsearch_aws_secret_access_key, encrypted_elasticsearch_aws_secret_access_key_iv, snowplow_collector_hostname, outbound_local_requests_whitelist, encrypted_slack_app_secret, encrypted_slack_app_secret_iv, slack_app_id, eks_account_id, plantuml_url, default_branch_name, gitpod_url, sidekiq_job_limiter_mode, email_confirmation_setting, external_authorization_service_url, kroki_url) FROM stdin;
1	100000	f	https://www.example.com	\N	Internal access only. Help: it-support@example.com	\N	ZId7F+siUqAa/Pi+XvkIdq/HqBsA3q6P28UA3Caxg0Zo	health-check-token	C9E+NT0ApQ86e/9VPlS/RqVFNrX+u9Jv9l89AL2itXeP	DfQtIDsAchy7Ygj8	\N	3wXzdr2hmkaT0Kx4k/M+56t5AcBdIVBNR4D0nNgBOAVD	PtSJk7xPMtRdgwiV	f	https://public@sentry.example.com/1	http://localhost:9200	Gu1kScS24gBLfwezJ+AXN+cg7Q+pl0wdH6LMEDZqc9gv	Gv0J0NoAUb5KHdQZ	\N	{}	\N	\N	\N	\N	https://plantuml.example.com	main	https://gitpod.io/	0	0	\N	\N
\.


--
-- Data for Name: ci_builds_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ci_builds_metadata (id, build_id, project_id, config_options, config_variables, environment_auto_stop_in) FROM stdin;
1	1	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
2	2	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
3	3	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
4	4	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
5	5	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
6	6	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
7	7	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
8	8	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
9	9	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
10	10	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
11	11	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
12	12	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
13	13	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
14	14	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
15	15	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
16	16	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
17	17	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
18	18	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
19	19	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
20	20	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "postgres", "public": true}]	\N
\.


--
-- Data for Name: ci_runners; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ci_runners (id, token_encrypted, created_at, contacted_at, active, description, version, revision, platform, architecture, run_untagged, ip_address, runner_type) FROM stdin;
\.


--
-- Data for Name: ci_variables; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ci_variables (id, key, value, encrypted_value, encrypted_value_salt, encrypted_value_iv, project_id, protected, environment_scope, masked, variable_type, raw) FROM stdin;
1	DEPLOY_HOST	\N	tPXEJtCjtWwmqzNVWrgYf9xBJNMQCipdPtXaOv1LTw53	\N	8x2K7aBxZnD44Gu/	1	t	*	t	1	f
2	DATABASE_URL	\N	dCjtgrrggxOSqmL3zw85bkZSoXwNZWY5W5dHnP7sLFbZ	\N	a0vdVuUWf09CATuJ	2	t	*	t	1	f
3	AWS_ACCESS_KEY_ID	\N	b5eV509B8xOFtFhBPakZrXBZvGOEx3LX+1LYnfAL9kMM	\N	d34GgksqF85IPAQu	3	t	*	t	1	f
4	AWS_SECRET_ACCESS_KEY	\N	aJPvBuPYFYat5SjGJ2k42rIVuvIQZ18nWmSjAQyRhGen	\N	9hWClRfuN8YcV3Ln	1	t	*	t	1	f
5	SSH_PRIVATE_KEY	\N	CTL3QAk82Qq1B/kWwb1OVU4FKu9HlN9VPpoQZlolB2PN	\N	qdtfx80GKb2WJvPu	2	t	*	f	2	f
6	SONAR_TOKEN	\N	WhvVsTHQe8x5Hf+8EYSNE+SW7JK7C097+nMY/oWcIqeL	\N	1m77jXQhhTqPUpMJ	3	t	*	t	1	f
7	KUBECONFIG	\N	NxkCkIRMTXaoJLJWSPJBlTmXzQ9HNtF0ZF7yyipmefkM	\N	2CtFIP5hs/Kouypg	1	t	*	f	2	f
8	NPM_TOKEN	\N	YqCIe6mo2MbKUz4NrmVZb5moGW7m1abruhdWnpez7Ue4	\N	cExolFeYg7htHIg2	2	t	*	t	1	f
9	DEPLOY_HOST	app01.example.test	\N	\N	\N	10	f	staging	f	1	t
10	DATABASE_URL	postgres://app:app@localhost:5432/core_test	\N	\N	\N	11	f	staging	f	1	t
11	AWS_ACCESS_KEY_ID	AKIAIOSFODNN7EXAMPLE	\N	\N	\N	12	f	staging	f	1	t
12	AWS_SECRET_ACCESS_KEY	wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY	\N	\N	\N	13	f	staging	f	1	t
\.


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.integrations (id, type_new, project_id, created_at, active, properties, encrypted_properties, encrypted_properties_iv, push_events) FROM stdin;
1	Integrations::Slack	1	2024-01-01 00:00:00	t	{"webhook":"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX","username":"gitlab","channel":"#deploys"}	\N	\N	t
2	Integrations::Jira	1	2024-01-01 00:00:00	t	{"url":"https://jira.example.com","username":"gitlab@example.com","password":""}	\N	\N	t
\.


--
-- Data for Name: keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.keys (id, user_id, created_at, key, title, type, fingerprint, fingerprint_sha256, usage_type) FROM stdin;
1	1	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbyc8ik03TYx1AhMj9OLyd6aZPmutzlJQ5D4AWjNBqhH user1@example.com	laptop	\N	38:d1:22:fa:81:fe:1b:9b:44:c8:a4:fb:8a:92:65:ef	\N	0
2	3	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGFXsompbHR0Ks4Lj2QIENgn/Hmhq7fKENAyiDRaoBu7 user3@example.com	laptop	\N	3b:eb:eb:9d:e7:4a:2d:50:3c:da:1f:1f:de:c5:d1:c8	\N	0
3	5	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIvbMcllcF8Lprt5nel9/9HlvEAGJGcEsWFqLpk6a79j8 user5@example.com	laptop	\N	e0:c1:f9:8b:ff:7e:b3:f4:02:22:4a:aa:47:3f:3f:2f	\N	0
4	7	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPcwpoYxDzV1q2wUpdBknoHNFAviOnJ0gXxzTiEvBvv3 user7@example.com	laptop	\N	73:54:51:8b:80:9a:a3:bb:e8:65:b7:97:38:92:03:63	\N	0
5	9	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbObMkaGpd/gr2IfEjuSLATC0P8VPF+vh6dYsbj8pmZv user9@example.com	laptop	\N	96:41:ca:61:2d:b2:2f:0a:4d:69:12:13:9d:58:a7:84	\N	0
6	11	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIX0sURET9LC+fEJrKYHKdI3DmhbcjvbFnqVNndflUXij user11@example.com	laptop	\N	f0:11:ee:73:21:2b:f7:df:6e:cf:5e:4a:b9:22:ee:15	\N	0
7	13	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMOBfHtisosD308B6yeSQ070jAe7uDtg9K6DKmcTew7P user13@example.com	laptop	\N	f3:03:00:f9:98:d0:a0:01:e0:e8:f0:37:bb:23:e7:dd	\N	0
8	15	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIgy88lqq6/axK91tApya/atKK9xrkC0nZGyL+H0Jjig1 user15@example.com	laptop	\N	33:d3:2d:2c:bc:02:c9:c4:5b:fe:ec:e8:d9:9b:43:c1	\N	0
9	17	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIag7K1nNQHD9HxrgkpKCNkoqnan2pBU46ytpt1DJGZgI user17@example.com	laptop	\N	87:46:cf:1a:71:ee:ca:0f:2a:8d:b8:2e:95:9e:c7:d5	\N	0
10	19	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAItG32I+UXf3ZXhbCB4oH7TWLDMi3UCD1/oYMDV/m37mN user19@example.com	laptop	\N	95:d5:b0:fe:df:f7:c2:0a:9b:79:17:c0:f9:ff:98:6f	\N	0
11	21	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEqamiN3Z1q6hvAvSHjt3+GZDnmbUoUwg0BslPICeNpa user21@example.com	laptop	\N	8a:e0:29:a3:22:5f:64:e8:97:63:70:f5:9b:d8:af:3b	\N	0
12	23	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIUpsggQkTGSpu+QjwV0cpAFiIPL1NRpYZFV6yxCSkjtg user23@example.com	laptop	\N	31:ec:50:39:18:a7:f4:cb:73:cd:ba:2a:f0:12:08:a6	\N	0
13	25	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIid0TYBHzWY5CQwpf0ERVThRK/ebK0dR7TDygf9Chvtk user25@example.com	laptop	\N	64:50:e5:12:c1:3f:a4:63:91:52:9c:d6:08:fd:0d:f6	\N	0
14	27	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIqEHW4gapwuC+Fnfu+3nOxQmNCtHDRv1KWhhtE6Sr2cb user27@example.com	laptop	\N	18:88:de:d6:4f:1a:28:1b:88:79:a1:df:8f:3d:d3:79	\N	0
15	29	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq4WihjO51Ea5h2x2k/0LQ69j2vO2RhRLd7TCCS9QXd user29@example.com	laptop	\N	2e:71:38:ff:24:0e:3c:8c:e3:11:47:5b:b4:e5:df:dc	\N	0
16	31	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAYg/eywy3vXBX/xRx5T2bxImx9X2qvbQ9ryf+Y3whmK user31@example.com	laptop	\N	9a:e9:ff:fa:19:16:5e:10:1c:e5:1c:24:6e:d5:0e:68	\N	0
17	33	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/ldyavQNBrsdqu8/j+jyPHWvwtTv+nM6DiZazVxV3nF user33@example.com	laptop	\N	3f:1c:5c:f7:ae:28:35:01:48:38:d0:7e:01:8f:37:01	\N	0
18	35	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIswnMx8SmgikpLd6XHbYSFKSSrB7IldijBU0gN3cgPl8 user35@example.com	laptop	\N	1a:ad:e3:4f:70:fd:73:69:76:90:a2:5b:8e:d8:1b:d1	\N	0
19	37	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBGiEGRQyKEXYIDekY2ibJHJ2e2lk8mpCwVW+8LmYsrv user37@example.com	laptop	\N	ca:6b:59:0a:07:f6:b7:5a:23:1a:72:e7:20:66:47:a3	\N	0
20	39	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOgx9gsBXrBDaLc2nkYUDe97YcBhbwTgocfdEU6K9ZSP user39@example.com	laptop	\N	28:e1:29:14:6b:20:e1:17:fe:92:7c:0e:a1:e4:c2:da	\N	0
\.


--
-- Data for Name: notes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notes (id, note, noteable_type, author_id, created_at, project_id, line_code, commit_id, noteable_id, system, "position") FROM stdin;
1	mentioned in commit f62e2ed3fa9b93e88c8b0cb8ae85ee00a97183bf	MergeRequest	2	2024-03-01 00:00:00	1	\N	\N	1	t	\N
2	mentioned in commit 96e6976c6a73d66dd021e767f4f1c7ca52db016a	MergeRequest	3	2024-03-01 00:00:00	1	\N	\N	2	t	\N
3	mentioned in commit 714f8e7d97b78d2c4e1b8d605af4db8fbf34b6b5	MergeRequest	4	2024-03-01 00:00:00	1	\N	\N	3	t	\N
4	mentioned in commit 9c1a0515658808ee4d9887926a2da75eee327161	MergeRequest	5	2024-03-01 00:00:00	1	\N	\N	4	t	\N
5	mentioned in commit 425449258aa53f5fd5ac1faedacc691f9f9ad45c	MergeRequest	6	2024-03-01 00:00:00	1	\N	\N	5	t	\N
6	mentioned in commit 6fd4535d1306b27b4870c1f1d4a0a434bce0b579	MergeRequest	7	2024-03-01 00:00:00	1	\N	\N	6	t	\N
7	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	8	2024-03-01 00:00:00	1	\N	\N	7	f	\N
8	mentioned in commit d783ac00125ac1eeafd63ead220ad70ef3102b0e	MergeRequest	9	2024-03-01 00:00:00	1	\N	\N	8	t	\N
9	mentioned in commit d21983954cef37f36b4494f271f8a1480f1fc3f7	MergeRequest	10	2024-03-01 00:00:00	1	\N	\N	9	t	\N
10	mentioned in commit d5266e9cd326e002b9c0a50c402e1c8255aab28d	MergeRequest	11	2024-03-01 00:00:00	1	\N	\N	10	t	\N
11	mentioned in commit 51a2ed40346297f3b4b7123b08defe93d97def95	MergeRequest	12	2024-03-01 00:00:00	1	\N	\N	11	t	\N
12	mentioned in commit ea2efb05f826dae4a744757e81e42a40bfda46ee	MergeRequest	13	2024-03-01 00:00:00	1	\N	\N	12	f	\N
13	mentioned in commit 1ebba4340a9caa53216a788066de31688a030045	MergeRequest	14	2024-03-01 00:00:00	1	\N	\N	13	t	\N
14	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	15	2024-03-01 00:00:00	1	\N	\N	14	f	\N
15	mentioned in commit 7e87eee2b2cac080d11ca5656df5300fef746f08	MergeRequest	16	2024-03-01 00:00:00	1	\N	\N	15	t	\N
16	mentioned in commit ebfee432fe6486abd0151b0c338894198e536a56	MergeRequest	17	2024-03-01 00:00:00	1	\N	\N	16	t	\N
17	mentioned in commit e129b7a8a9d0d8aec48c07e7955bb2b7e52ac8f2	MergeRequest	18	2024-03-01 00:00:00	1	\N	\N	17	t	\N
18	mentioned in commit f151739ea041f2cd5342bb9ae1d50617fda97fee	MergeRequest	19	2024-03-01 00:00:00	1	\N	\N	18	t	\N
19	mentioned in commit 4df04d2351f9c41388460ffb68148b648345037e	MergeRequest	20	2024-03-01 00:00:00	1	\N	\N	19	t	\N
20	mentioned in commit 571f7b18a4900b96acf445fd163d22d768eb085c	MergeRequest	21	2024-03-01 00:00:00	1	\N	\N	20	t	\N
21	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	22	2024-03-01 00:00:00	1	\N	\N	21	f	\N
22	mentioned in commit 88fe9879f0c8bd496f61ee38eeced0b696e00f85	MergeRequest	23	2024-03-01 00:00:00	1	\N	\N	22	t	\N
23	mentioned in commit e0f4a62eb0cfda8db0881808b4c23815649fbc96	MergeRequest	24	2024-03-01 00:00:00	1	\N	\N	23	t	\N
24	mentioned in commit 19f5ba2c7d06561bbdaa046305a7f039999d4f41	MergeRequest	25	2024-03-01 00:00:00	1	\N	\N	24	f	\N
25	mentioned in commit b159b63b8646f939175983bcd08f3f18b58a48bd	MergeRequest	26	2024-03-01 00:00:00	1	\N	\N	25	t	\N
26	mentioned in commit 7c925ac3076508fe8220be4d90f1a0feb6e1d40d	MergeRequest	27	2024-03-01 00:00:00	1	\N	\N	26	t	\N
27	mentioned in commit 1213cc5c37cbc647e094945d7e4ba56c16083440	MergeRequest	28	2024-03-01 00:00:00	1	\N	\N	27	t	\N
28	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	29	2024-03-01 00:00:00	1	\N	\N	28	f	\N
29	mentioned in commit 7fa4a630855c9bd9c9b27a2e7aec604021f8f230	MergeRequest	30	2024-03-01 00:00:00	1	\N	\N	29	t	\N
30	mentioned in commit 77cd50c5bda229f05dee6aabf5d87c0516834c08	MergeRequest	31	2024-03-01 00:00:00	1	\N	\N	30	t	\N
31	mentioned in commit e0f811a347dd0e03a577bae9e539b91bd3293ee9	MergeRequest	32	2024-03-01 00:00:00	1	\N	\N	31	t	\N
32	mentioned in commit 6a192a3832baef9021e2e9093f7c36a9a517edfa	MergeRequest	33	2024-03-01 00:00:00	1	\N	\N	32	t	\N
33	mentioned in commit 5cad865cca329dc5b0aedfc04bef93a2e0b011bc	MergeRequest	34	2024-03-01 00:00:00	1	\N	\N	33	t	\N
34	mentioned in commit 5318722306549e48f049442f1f68d2a4d75b6aed	MergeRequest	35	2024-03-01 00:00:00	1	\N	\N	34	t	\N
35	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	36	2024-03-01 00:00:00	1	\N	\N	35	f	\N
36	mentioned in commit 200936203b2d4bf5fcd746f82d22bb857f6c1e3d	MergeRequest	37	2024-03-01 00:00:00	1	\N	\N	36	f	\N
37	mentioned in commit af0aa4486e0748f944dfc1510ead4a15bf4cc561	MergeRequest	38	2024-03-01 00:00:00	1	\N	\N	37	t	\N
38	mentioned in commit 94525bec3c917e54b677855f7f1a2ec03921ff3c	MergeRequest	39	2024-03-01 00:00:00	1	\N	\N	38	t	\N
39	mentioned in commit f711c7ba7596a402f7d8155881e607708890d4f5	MergeRequest	40	2024-03-01 00:00:00	1	\N	\N	39	t	\N
40	mentioned in commit 80ff05d4b8332b55f64831b04cd11b2231856bf9	MergeRequest	1	2024-03-01 00:00:00	1	\N	\N	40	t	\N
41	mentioned in commit f335b0f83408704f2fba8182c18120a01a15d31f	MergeRequest	2	2024-03-01 00:00:00	1	\N	\N	41	t	\N
42	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	3	2024-03-01 00:00:00	1	\N	\N	42	f	\N
43	mentioned in commit 6c8705d5f0c55ab2a7e7ee45911df9b83ccc355f	MergeRequest	4	2024-03-01 00:00:00	1	\N	\N	43	t	\N
44	mentioned in commit 725e777979c49f6e30a9b9b04299b9f1360de438	MergeRequest	5	2024-03-01 00:00:00	1	\N	\N	44	t	\N
45	mentioned in commit 8c78df70558b148ea43062507513c65c192d0393	MergeRequest	6	2024-03-01 00:00:00	1	\N	\N	45	t	\N
46	mentioned in commit eb4d47a472ed9c8e8572fe162dfed69745f377fe	MergeRequest	7	2024-03-01 00:00:00	1	\N	\N	46	t	\N
47	mentioned in commit 5bd5ec6ed47c76b1e28ef931131d44fcfbae8458	MergeRequest	8	2024-03-01 00:00:00	1	\N	\N	47	t	\N
48	mentioned in commit 04bb86a38fce6a6104e37cc78ea3c882af342eae	MergeRequest	9	2024-03-01 00:00:00	1	\N	\N	48	f	\N
49	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	10	2024-03-01 00:00:00	1	\N	\N	49	f	\N
50	mentioned in commit 698b36cb75afd3650bac794ffedfd57d531ec637	MergeRequest	11	2024-03-01 00:00:00	1	\N	\N	50	t	\N
51	mentioned in commit 25c7b8ea61345c3855f2de54bb442e1f42bf90ae	MergeRequest	12	2024-03-01 00:00:00	1	\N	\N	51	t	\N
52	mentioned in commit bacf018c2f179b80ed7e704074730097dd91d944	MergeRequest	13	2024-03-01 00:00:00	1	\N	\N	52	t	\N
53	mentioned in commit 302aac27e4e6b80e3e41ccea0de1f029fcf92031	MergeRequest	14	2024-03-01 00:00:00	1	\N	\N	53	t	\N
54	mentioned in commit 1313fb2de3113bf18d40426b42de0d7034e93050	MergeRequest	15	2024-03-01 00:00:00	1	\N	\N	54	t	\N
55	mentioned in commit f3b2fa3bffce0f2f8f35573c2935534df762cb81	MergeRequest	16	2024-03-01 00:00:00	1	\N	\N	55	t	\N
56	Looks good to me. See https://wiki.example.com/runbook for the rollout.	MergeRequest	17	2024-03-01 00:00:00	1	\N	\N	56	f	\N
57	mentioned in commit d60849cb23490e89d10cb138cb50e4538b4a2e03	MergeRequest	18	2024-03-01 00:00:00	1	\N	\N	57	t	\N
58	mentioned in commit 928b61a4df73e01591d126f2e445b3a6ea74f9ed	MergeRequest	19	2024-03-01 00:00:00	1	\N	\N	58	t	\N
59	mentioned in commit f21857c2fcdd31eda616bdf67aaeaeac0e0cb728	MergeRequest	20	2024-03-01 00:00:00	1	\N	\N	59	t	\N
60	mentioned in commit fa094bd27970fd9c45061cb5fa21b7a5c962f5d9	MergeRequest	21	2024-03-01 00:00:00	1	\N	\N	60	f	\N
\.


--
-- Data for Name: personal_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.personal_access_tokens (id, user_id, name, revoked, expires_at, created_at, scopes, token_digest, last_used_at) FROM stdin;
1	1	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	hn24HhwnLYsSTfaZCJa9LTGuKLkTB1dfVhQMXS2uYW5=	2024-03-01 00:00:00
2	2	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Hi6dO6DoiUn0E+2fBDYiF/sZny5EakBEIbc44xtZo9Q=	2024-03-01 00:00:00
3	3	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	KYcU9SiNj+r2NDCgp6fXhSTmtGHhMQJbdrt5QGhhcz0=	2024-03-01 00:00:00
4	4	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	bBkqUr3vsBdbrqWcEZ2SvOZPcjTw+BehmAl2HL/j8WS=	2024-03-01 00:00:00
5	5	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	85HYsOhEWf2XcZPWqFbFrJCvHr/5RbvbfJgrvNwAqy6=	2024-03-01 00:00:00
6	6	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	z6DVf9Vql0ujFV3oNVr4xsrSzWAuMlsL3/kTph62j1B=	2024-03-01 00:00:00
7	7	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	mhGdqt0O02Zda6AXqLVcyCYcHx/y7Is4kwEVt9Ay446=	2024-03-01 00:00:00
8	8	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	GJ94jur2vXRRZO9LNXUaa4jLh6IQkNEgktdJqAfYiN3=	2024-03-01 00:00:00
9	9	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	IIgFtyHgmC7TyFnhWVm2TgdSwpo/g2ClhR/SY4zHHhv=	2024-03-01 00:00:00
10	10	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	UeIHk1JWwbQTnRHgAOXDTH9qUTdS39OPTac4GaNKhce=	2024-03-01 00:00:00
11	11	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Hs+mEhCLdr1xocdVeK1GlzqLhBJanjKNtFbqbRJWxYm=	2024-03-01 00:00:00
12	12	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	SgsuF+QMLTryfRuLBqDIr2oCez6qXgKW85LCfHZ3SxO=	2024-03-01 00:00:00
13	13	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	kPtJagXuIgUC/XBwMqORIXyTiNB9wAifMk0zirOXqXU=	2024-03-01 00:00:00
14	14	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Ng6oKsd8BFwiFpZvONuoqyGzERQ1S7DHmoFyjYtjQCL=	2024-03-01 00:00:00
15	15	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	5t715AY4xykw5idx+q3yAxR1ePD3jjsnHgMyZ0/OuRq=	2024-03-01 00:00:00
16	16	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ygDBfQJSLJGdTyApvrqdwOED9x0A1KRxM2cKLYS/5GD=	2024-03-01 00:00:00
17	17	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ZAyRbc9BnbtubEMj1fAMqCNjaEfABJEmgdoiZve4k3v=	2024-03-01 00:00:00
18	18	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Yd9Id4XaYOrAf97ayo1b9YWySy3MV4Ox3MKyid7B0Sv=	2024-03-01 00:00:00
19	19	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	pgX9rufwVYZJuYCf43UUS1HWOFgPSUMPR8Te1/3HTw8=	2024-03-01 00:00:00
20	20	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	2VIG1AE6wJFEeMGneS78T4x4GXX9/SdJasJNoYr/YZb=	2024-03-01 00:00:00
21	21	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	RKesYqY1So6Rk+KXXk35nfsCzYWi4YShFgdO0rRHGcC=	2024-03-01 00:00:00
22	22	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	5aR6CkULMKUJ1cJIiN90pwOmWirO/Y1qznSHCyN/7kn=	2024-03-01 00:00:00
23	23	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	E0T0oLGnnRxF4GeGSbGFwl5X9f+cuZX+TYOzxznFMoO=	2024-03-01 00:00:00
24	24	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	4O6u/XikGDrbEaMYe7aALvbPImlGibzVoD8KnpEVj9E=	2024-03-01 00:00:00
25	25	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ViN69/ijYwYyqsMlv5bhe0r0ljcHIexOD9LszgxD3Q9=	2024-03-01 00:00:00
26	26	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	DK5LAKmAmfqgKfKFTxp4qhZ3YVdkVRZcqrI+K5q7o+i=	2024-03-01 00:00:00
27	27	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	JZUc2/JY9x7nWceEhHwuLtoaafTw4Y58tyLtduHipGH=	2024-03-01 00:00:00
28	28	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	mreXBmlV7O8yA7Uuy4cw8jmmLBfFES1m4rkwJVlClA9=	2024-03-01 00:00:00
29	29	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	JLDbDmw58ZqO673e8VWRMMJ9K2uLk5/HDRZ3BulpE51=	2024-03-01 00:00:00
30	30	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Bnx3xod4BDDfH8gZGI9ZmzTUa+mQxFOEmgh08hOJ0IY=	2024-03-01 00:00:00
31	31	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	X77dnn604yC5FUyVkzw9zyHFgyTrxnQq1PjQ8mzZc4N=	2024-03-01 00:00:00
32	32	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	/f90hJR2QXHWt7v6BpOLlleUaI8ZDlwAcc92g/bc2Uv=	2024-03-01 00:00:00
33	33	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	23e1dVwuLjO+kvIP2+0wQW4Q0OqLK7y/x1E6cjUdwAS=	2024-03-01 00:00:00
34	34	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	o6dVBMoekINB6OpoB1YoaZqAZkAzqgn3S1+BiGWZ7qW=	2024-03-01 00:00:00
35	35	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	T6sbDPOa0YJ59TfJuGX/Jzrp0ySN75Ju7lLiYjPadg/=	2024-03-01 00:00:00
36	36	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	VNNo/jmFAlA3bbM18adxhmZlD7g+zWb9ZVWuEbvoTGO=	2024-03-01 00:00:00
37	37	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ETopKYZn1c7NGBSWn+cLysLbtnTwj6Vp7LxJiO1HHDn=	2024-03-01 00:00:00
38	38	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	K0PZCtty9CfjWHV4jpnsBRrENAFVHUbPJU7flMmQBi3=	2024-03-01 00:00:00
39	39	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	J/JvxEWiy7AU3GSpNMjKtANEluImsufofBxdXePRKo5=	2024-03-01 00:00:00
40	40	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	0s/rHORTiNlPyZdyQ2lE5Jm17OTLfuJ9GU4HnAdm5Zk=	2024-03-01 00:00:00
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, email, encrypted_password, reset_password_token, sign_in_count, current_sign_in_at, current_sign_in_ip, last_sign_in_ip, name, admin, username, otp_secret_expires_at, encrypted_otp_secret, encrypted_otp_secret_iv, encrypted_otp_secret_salt, otp_required_for_login, otp_backup_codes, public_email, feed_token, incoming_email_token, static_object_token, commit_email, unconfirmed_email, location, organization, website_url) FROM stdin;
1	user1@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	770	2024-03-01 00:00:00	192.0.2.2	192.0.2.2	User1 Example	t	user1	\N	\N	\N	\N	f	\N	\N	feed-token-1	incoming-1	\N	user1@example.com	\N	\N	\N	
2	user2@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	5	2024-03-01 00:00:00	192.0.2.3	192.0.2.3	User2 Example	f	user2	\N	\N	\N	\N	f	\N	\N	feed-token-2	incoming-2	\N	user2@example.com	\N	\N	\N	
3	user3@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	468	2024-03-01 00:00:00	192.0.2.4	192.0.2.4	User3 Example	f	user3	\N	e+1enD9vIc8UZsaG6XuGI1XoiVB6dbT49fMbU19jIYnZ	cVm7enYks8o05A+L	_9LPtCplx	t	\N	\N	feed-token-3	incoming-3	\N	user3@example.com	\N	\N	\N	
4	user4@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	775	2024-03-01 00:00:00	192.0.2.5	192.0.2.5	User4 Example	f	user4	\N	\N	\N	\N	f	\N	\N	feed-token-4	incoming-4	\N	user4@example.com	\N	\N	\N	
5	user5@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	289	2024-03-01 00:00:00	192.0.2.6	192.0.2.6	User5 Example	f	user5	\N	\N	\N	\N	f	\N	user5@example.com	feed-token-5	incoming-5	\N	user5@example.com	\N	\N	\N	
6	user6@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	291	2024-03-01 00:00:00	192.0.2.7	192.0.2.7	User6 Example	f	user6	\N	s03b7gsAZjLfZIaGtDM080DNiU293y+nB0lPEyGxzqmv	rmk89BF3kBCGVfOS	_7NWJUSn0	t	\N	\N	feed-token-6	incoming-6	\N	user6@example.com	\N	\N	\N	
7	user7@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	737	2024-03-01 00:00:00	192.0.2.8	192.0.2.8	User7 Example	f	user7	\N	\N	\N	\N	f	\N	\N	feed-token-7	incoming-7	\N	user7@example.com	\N	\N	\N	
8	user8@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	43	2024-03-01 00:00:00	192.0.2.9	192.0.2.9	User8 Example	f	user8	\N	\N	\N	\N	f	\N	\N	feed-token-8	incoming-8	\N	user8@example.com	\N	\N	\N	
9	user9@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	135	2024-03-01 00:00:00	192.0.2.10	192.0.2.10	User9 Example	f	user9	\N	8QVKlBBhSBEAoS7TKu1hGifb0BWDYMBTExHmW2IKOe/2	6ER5XFzAioytSdnE	_xeFPdx2r	t	\N	\N	feed-token-9	incoming-9	\N	user9@example.com	\N	\N	\N	
10	user10@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	689	2024-03-01 00:00:00	192.0.2.11	192.0.2.11	User10 Example	f	user10	\N	\N	\N	\N	f	\N	user10@example.com	feed-token-10	incoming-10	\N	user10@example.com	\N	\N	\N	
11	user11@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	768	2024-03-01 00:00:00	192.0.2.12	192.0.2.12	User11 Example	f	user11	\N	\N	\N	\N	f	\N	\N	feed-token-11	incoming-11	\N	user11@example.com	\N	\N	\N	
12	user12@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	545	2024-03-01 00:00:00	192.0.2.13	192.0.2.13	User12 Example	f	user12	\N	GKAq+L5C11z+BVTY46KC7ko6FuwXTPtdz6PGpdx19WhK	LZu5XTSfGR40g/WT	_wNthy3KJ	t	\N	\N	feed-token-12	incoming-12	\N	user12@example.com	\N	\N	\N	
13	user13@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	30	2024-03-01 00:00:00	192.0.2.14	192.0.2.14	User13 Example	f	user13	\N	\N	\N	\N	f	\N	\N	feed-token-13	incoming-13	\N	user13@example.com	\N	\N	\N	
14	user14@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	107	2024-03-01 00:00:00	192.0.2.15	192.0.2.15	User14 Example	f	user14	\N	\N	\N	\N	f	\N	\N	feed-token-14	incoming-14	\N	user14@example.com	\N	\N	\N	
15	user15@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	47	2024-03-01 00:00:00	192.0.2.16	192.0.2.16	User15 Example	f	user15	\N	nctr/8Qbljobm5EWuiieiqd9NHOfMdIq64RC8Yp0PYdr	Cx3DmG/I7eLSXxYC	_BUKynP9q	t	\N	user15@example.com	feed-token-15	incoming-15	\N	user15@example.com	\N	\N	\N	
16	user16@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	133	2024-03-01 00:00:00	192.0.2.17	192.0.2.17	User16 Example	f	user16	\N	\N	\N	\N	f	\N	\N	feed-token-16	incoming-16	\N	user16@example.com	\N	\N	\N	
17	user17@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	681	2024-03-01 00:00:00	192.0.2.18	192.0.2.18	User17 Example	f	user17	\N	\N	\N	\N	f	\N	\N	feed-token-17	incoming-17	\N	user17@example.com	\N	\N	\N	
18	user18@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	792	2024-03-01 00:00:00	192.0.2.19	192.0.2.19	User18 Example	f	user18	\N	iD9fPz9rtDheuvviTV/SKs/mVtja0chpg+wIpBhJ4sq2	Vmxk2pFeAK3AkwWF	_5xsbXX5I	t	\N	\N	feed-token-18	incoming-18	\N	user18@example.com	\N	\N	\N	
19	user19@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	764	2024-03-01 00:00:00	192.0.2.20	192.0.2.20	User19 Example	f	user19	\N	\N	\N	\N	f	\N	\N	feed-token-19	incoming-19	\N	user19@example.com	\N	\N	\N	
20	user20@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	41	2024-03-01 00:00:00	192.0.2.21	192.0.2.21	User20 Example	f	user20	\N	\N	\N	\N	f	\N	user20@example.com	feed-token-20	incoming-20	\N	user20@example.com	\N	\N	\N	
21	user21@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	563	2024-03-01 00:00:00	192.0.2.22	192.0.2.22	User21 Example	f	user21	\N	cd/isNrU9NLZDApAFRT7798ZyNFClF320zgZPr41v3Fi	54RR3qYmS75mx8RG	_4ZwEdoch	t	\N	\N	feed-token-21	incoming-21	\N	user21@example.com	\N	\N	\N	
22	user22@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	195	2024-03-01 00:00:00	192.0.2.23	192.0.2.23	User22 Example	f	user22	\N	\N	\N	\N	f	\N	\N	feed-token-22	incoming-22	\N	user22@example.com	\N	\N	\N	
23	user23@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	743	2024-03-01 00:00:00	192.0.2.24	192.0.2.24	User23 Example	f	user23	\N	\N	\N	\N	f	\N	\N	feed-token-23	incoming-23	\N	user23@example.com	\N	\N	\N	
24	user24@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	136	2024-03-01 00:00:00	192.0.2.25	192.0.2.25	User24 Example	f	user24	\N	harhCG6I5+1JxgLTz4pneW3UvzeaBFQrM6BXY0kAipG5	Q6L4mHaVqBgKCZHH	_N89l6FHt	t	\N	\N	feed-token-24	incoming-24	\N	user24@example.com	\N	\N	\N	
25	user25@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	233	2024-03-01 00:00:00	192.0.2.26	192.0.2.26	User25 Example	f	user25	\N	\N	\N	\N	f	\N	user25@example.com	feed-token-25	incoming-25	\N	user25@example.com	\N	\N	\N	
26	user26@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	581	2024-03-01 00:00:00	192.0.2.27	192.0.2.27	User26 Example	f	user26	\N	\N	\N	\N	f	\N	\N	feed-token-26	incoming-26	\N	user26@example.com	\N	\N	\N	
27	user27@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	716	2024-03-01 00:00:00	192.0.2.28	192.0.2.28	User27 Example	f	user27	\N	1gjxsGiqPgoPVuaskXERAz9IVVxC5XAo7RNWhaQitfwp	D3FpgvUj2sxn2fn4	_XBnA2WGB	t	\N	\N	feed-token-27	incoming-27	\N	user27@example.com	\N	\N	\N	
28	user28@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	51	2024-03-01 00:00:00	192.0.2.29	192.0.2.29	User28 Example	f	user28	\N	\N	\N	\N	f	\N	\N	feed-token-28	incoming-28	\N	user28@example.com	\N	\N	\N	
29	user29@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	530	2024-03-01 00:00:00	192.0.2.30	192.0.2.30	User29 Example	f	user29	\N	\N	\N	\N	f	\N	\N	feed-token-29	incoming-29	\N	user29@example.com	\N	\N	\N	
30	user30@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	478	2024-03-01 00:00:00	192.0.2.31	192.0.2.31	User30 Example	f	user30	\N	vzKmdoyhfNeNjWGU7iTfj/8m99IqdY2DkIHekD5glTDy	MbhTzk5zLuphJVYr	_kzbaxWls	t	\N	user30@example.com	feed-token-30	incoming-30	\N	user30@example.com	\N	\N	\N	
31	user31@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	324	2024-03-01 00:00:00	192.0.2.32	192.0.2.32	User31 Example	f	user31	\N	\N	\N	\N	f	\N	\N	feed-token-31	incoming-31	\N	user31@example.com	\N	\N	\N	
32	user32@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	342	2024-03-01 00:00:00	192.0.2.33	192.0.2.33	User32 Example	f	user32	\N	\N	\N	\N	f	\N	\N	feed-token-32	incoming-32	\N	user32@example.com	\N	\N	\N	
33	user33@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	305	2024-03-01 00:00:00	192.0.2.34	192.0.2.34	User33 Example	f	user33	\N	KBiE+d12jqqBb3iq3B8f79vFPA4+hxuR8/Kw5I1Gszwh	iZLbFnKt21ERTZfr	_zZmdFRbI	t	\N	\N	feed-token-33	incoming-33	\N	user33@example.com	\N	\N	\N	
34	user34@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	815	2024-03-01 00:00:00	192.0.2.35	192.0.2.35	User34 Example	f	user34	\N	\N	\N	\N	f	\N	\N	feed-token-34	incoming-34	\N	user34@example.com	\N	\N	\N	
35	user35@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	239	2024-03-01 00:00:00	192.0.2.36	192.0.2.36	User35 Example	f	user35	\N	\N	\N	\N	f	\N	user35@example.com	feed-token-35	incoming-35	\N	user35@example.com	\N	\N	\N	
36	user36@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	658	2024-03-01 00:00:00	192.0.2.37	192.0.2.37	User36 Example	f	user36	\N	tYhT/EudLo74McGMqRGTQCFyVDooqFNTaDprN0guxH/w	1R+sXpzTmNblzUwB	_j8uRZcGW	t	\N	\N	feed-token-36	incoming-36	\N	user36@example.com	\N	\N	\N	
37	user37@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	33	2024-03-01 00:00:00	192.0.2.38	192.0.2.38	User37 Example	f	user37	\N	\N	\N	\N	f	\N	\N	feed-token-37	incoming-37	\N	user37@example.com	\N	\N	\N	
38	user38@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	86	2024-03-01 00:00:00	192.0.2.39	192.0.2.39	User38 Example	f	user38	\N	\N	\N	\N	f	\N	\N	feed-token-38	incoming-38	\N	user38@example.com	\N	\N	\N	
39	user39@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	525	2024-03-01 00:00:00	192.0.2.40	192.0.2.40	User39 Example	f	user39	\N	0opLq8u0nY4GNLS7YytyANvfGC1CTQ6Gu6w28SPhi59E	/FFkhwAHPqVlI6er	_z9fvwyrK	t	\N	\N	feed-token-39	incoming-39	\N	user39@example.com	\N	\N	\N	
40	user40@example.com	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	226	2024-03-01 00:00:00	192.0.2.41	192.0.2.41	User40 Example	f	user40	\N	\N	\N	\N	f	\N	user40@example.com	feed-token-40	incoming-40	\N	user40@example.com	\N	\N	\N	
\.


--
-- Data for Name: web_hooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.web_hooks (id, project_id, created_at, type, push_events, enable_ssl_verification, encrypted_token, encrypted_token_iv, encrypted_url, encrypted_url_iv, url_variables, custom_headers, name, description) FROM stdin;
1	1	2024-01-01 00:00:00	ProjectHook	t	t	S5OrvQeRmKh1TkjHCTvXg/6NP4cnGi27zsXgxK92D+5M	mOgGt3tNktkqpjgx	EhZQ8VN3vfYGmMSyQxVwGX4c8XhrajbxaAgIQNGq7LWxM+94bj81xfhYgxn8XoZ1CWcDOMi3cG3Ye+jHggSSzpu+	o8cozdwyv/ppu9au	\N	\N	Deploy bot	Triggers deploys
\.


--
-- Name: application_settings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.application_settings_id_seq', 1, true);


--
-- Name: ci_builds_metadata_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ci_builds_metadata_id_seq', 20, true);


--
-- Name: ci_runners_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ci_runners_id_seq', 1, false);


--
-- Name: ci_variables_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ci_variables_id_seq', 12, true);


--
-- Name: integrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.integrations_id_seq', 2, true);


--
-- Name: keys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.keys_id_seq', 20, true);


--
-- Name: notes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.notes_id_seq', 60, true);


--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.personal_access_tokens_id_seq', 40, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.users_id_seq', 40, true);


--
-- Name: web_hooks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.web_hooks_id_seq', 1, true);


--
-- Name: application_settings application_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.application_settings
    ADD CONSTRAINT application_settings_pkey PRIMARY KEY (id);


--
-- Name: ci_builds_metadata ci_builds_metadata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_builds_metadata
    ADD CONSTRAINT ci_builds_metadata_pkey PRIMARY KEY (id);


--
-- Name: ci_runners ci_runners_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_runners
    ADD CONSTRAINT ci_runners_pkey PRIMARY KEY (id);


--
-- Name: ci_variables ci_variables_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ci_variables
    ADD CONSTRAINT ci_variables_pkey PRIMARY KEY (id);


--
-- Name: integrations integrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.integrations
    ADD CONSTRAINT integrations_pkey PRIMARY KEY (id);


--
-- Name: keys keys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.keys
    ADD CONSTRAINT keys_pkey PRIMARY KEY (id);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: personal_access_tokens personal_access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.personal_access_tokens
    ADD CONSTRAINT personal_access_tokens_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: web_hooks web_hooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.web_hooks
    ADD CONSTRAINT web_hooks_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict NXjei56ndJWGD30ud0udKZhcVdWj7w1bL3U8pSSTd5dFTyvbNlI8cKTsLrzFToX

