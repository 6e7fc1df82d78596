--
-- PostgreSQL database dump
--

\restrict X6W67s4QnHZ1Sw3VZ7daTjOBMbKUHgq7Bje2Jm2Gnr5DbcimaaAKEbc06bHzlsT

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
1	100000	f	https://www.fintech-nord.de	\N	Zugang nur für Mitarbeitende. Hilfe: it-support@fintech-nord.de, Tel. 040 3289 1150	\N	ZId7F+siUqAa/Pi+XvkIdq/HqBsA3q6P28UA3Caxg0Zo	C7E8MSzAoP64e97UPkR9	RqVFNrX+u9Jv9l89AL2itXePDfQtIDsAchy7Ygj83wXz	dr2hmkaT0Kx4k/M+	6L56t5AcBdIVBNR4D0nNgBOAVDPtSJk7xPMtRdgw	iVGu1kScS24gBLfwezJ+AXN+cg7Q+pl0wdH6LMEDZqc9	gvGv0J0NoAUb5KHd	t	https://46d6c7f89dd46cd0838f32c7e6639bbc@o512808.ingest.sentry.io/0352065	https://es-prod.fintech-nord.internal:9200	HNj2FII8ogE/5GvnsTRyioS8siqkJbV7/hn24HhwnLYs	STfaZCJa9LTGuKLk	\N	{10.40.0.0/16,vault.fintech-nord.internal}	\N	\N	\N	\N	https://plantuml.fintech-nord.de	main	https://gitpod.io/	0	0	\N	https://kroki.fintech-nord.de
\.


--
-- Data for Name: ci_builds_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ci_builds_metadata (id, build_id, project_id, config_options, config_variables, environment_auto_stop_in) FROM stdin;
1	1	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
2	2	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
3	3	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
4	4	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
5	5	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
6	6	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
7	7	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
8	8	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
9	9	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
10	10	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
11	11	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
12	12	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
13	13	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
14	14	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
15	15	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
16	16	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
17	17	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
18	18	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
19	19	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
20	20	1	{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}	[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]	\N
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
1	DEPLOY_HOST	\N	uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36	\N	II5+TWGNmYgV81xV	1	t	*	t	1	f
2	DATABASE_URL	\N	PcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaO	\N	xvN4Feu52YLFXa+U	2	t	*	t	1	f
3	AWS_ACCESS_KEY_ID	\N	qcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0H	\N	SWvz2UXXJcaZTdFZ	3	t	*	t	1	f
4	AWS_SECRET_ACCESS_KEY	\N	BpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgH	\N	MdyBEj3bxhTqBv+m	1	t	*	t	1	f
5	SSH_PRIVATE_KEY	\N	T8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmP	\N	BwxICPtft5d64LnR	2	t	*	f	2	f
6	SONAR_TOKEN	\N	Rj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUF	\N	kfYNCTrtmLM0HOra	3	t	*	t	1	f
7	KUBECONFIG	\N	XKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tX	\N	LidWiuzm8NxTtgGz	1	t	*	f	2	f
8	NPM_TOKEN	\N	/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES9	\N	6CMyhB4nNV1RTZRE	2	t	*	t	1	f
9	DEPLOY_HOST	app01.prod.fintech-nord.internal	\N	\N	\N	10	f	staging	f	1	t
10	DATABASE_URL	postgres://app:VdFp8oLjzOrkgnO3gnWx@db-prod.fintech-nord.internal:5432/core	\N	\N	\N	11	f	staging	f	1	t
11	AWS_ACCESS_KEY_ID	AKIAYEYY2FCOOMLBN7RV	\N	\N	\N	12	f	staging	f	1	t
12	AWS_SECRET_ACCESS_KEY	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	\N	\N	\N	13	f	staging	f	1	t
\.


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.integrations (id, type_new, project_id, created_at, active, properties, encrypted_properties, encrypted_properties_iv, push_events) FROM stdin;
1	Integrations::Slack	1	2024-01-01 00:00:00	t	{"webhook":"https://hooks.slack.com/services/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","username":"gitlab","channel":"#deploys"}	\N	\N	t
2	Integrations::Jira	1	2024-01-01 00:00:00	t	{"url":"https://fintech-nord.atlassian.net","username":"gitlab@fintech-nord.de","password":"ATATT3xH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT_HWU4lXXkVO-3FGQwbCB8YazMStLSiu5Q9lqB"}	\N	\N	t
\.


--
-- Data for Name: keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.keys (id, user_id, created_at, key, title, type, fingerprint, fingerprint_sha256, usage_type) FROM stdin;
1	1	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIYks8o05A+L/LPuCrmzGFXsompbHR0Ks4Lj2QIENgn/H thomas.muller83@yahoo.fr	Thomass MacBook	\N	98:ae:72:13:0c:80:46:a0:be:3b:eb:eb:9d:e7:4a:2d	\N	0
2	3	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGhviAlooPst7iYUucnePgnLBNZPmhGdqt0O02Zda6AX chiara.schmidt67@web.de	Chiaras MacBook	\N	a2:57:c0:67:1c:fc:e2:be:9c:15:bf:0c:ee:e0:12:fe	\N	0
3	5	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIlUXij9BEF75fPKELs/d0+Z5z/X4RpunKL76FUHs+mEh anna.bernard36@outlook.com	Annas MacBook	\N	02:7a:dc:a7:75:72:d1:9c:a2:80:26:98:23:b1:6a:64	\N	0
4	7	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0Jjig1NP1OJ1LxsyCIymwQXu+54w5i1mmuSNwE5t71 jonas.dubois60@hotmail.com	Jonass MacBook	\N	e0:6e:cc:9c:e8:7c:fa:dc:0c:4d:73:0d:88:b9:18:3c	\N	0
5	9	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFgPSUMPR8Te1/3HTw8C2VIG1AE6wJFEeMGneS78T4x4 lucas.lambert75@web.de	Lucass MacBook	\N	15:5f:f4:72:6b:23:a6:af:66:69:77:f8:b3:a5:f3:26	\N	0
6	11	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI5X9f+cuZX+TYOzxznFMoOJharhCG6I5+1JxgLTz4pne marco.becker67@posteo.de	Marcos MacBook	\N	5d:5b:c7:60:14:a3:e0:56:d9:08:a1:e4:e2:e9:16:5a	\N	0
7	13	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIWceEhHwuLtoaafTw4Y58tyLtduHipGHDmreXBmlV7O8 jonas.becker8@hotmail.com	Jonass MacBook	\N	c0:e5:bc:e7:cf:89:92:07:11:4d:9e:a9:c2:59:09:0f	\N	0
8	15	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIc92g/bc2UvVKBiE+d12jqqBb3iq3B8f79vFPA4+hxuR mia.rossi95@outlook.com	Mias MacBook	\N	ff:2c:e2:d1:bc:c8:86:26:19:2b:dd:14:46:7a:d6:97	\N	0
9	17	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIooqFNTaDprN0guxH/w1R+sXpzTmNblzUwBk+wSadGXV lena.brown81@yahoo.fr	Lenas MacBook	\N	33:af:89:10:90:d6:63:df:67:c8:96:90:e8:fc:56:f6	\N	0
10	19	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJm17OTLfuJ9GU4HnAdm5ZktPXEJtCjtWwmqzNVWrgYf thomas.bernard64@outlook.com	Thomass MacBook	\N	fc:02:33:40:8a:73:b5:63:bd:24:ce:df:cd:2e:60:c6	\N	0
11	21	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIVZb5moGW7m1abruhdWnpez7Ue4cExolFeYg7htHIg2S pierre.anderson23@outlook.com	Pierres MacBook	\N	e3:ab:47:49:28:d4:98:10:4b:58:fe:33:e7:91:8d:ec	\N	0
12	23	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI+n/no1SXza+1SWPV3HPAZsIesRieByH+H2QoCrRMQvy emma.becker73@gmail.com	Emmas MacBook	\N	e0:b5:79:d7:83:ac:00:12:5a:c1:ee:af:d6:3e:ad:22	\N	0
13	25	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE+lySFMggTZA+9tYgHThubTjMRUCPd5WcH+duGhpTmB jonas.dubois34@gmail.com	Jonass MacBook	\N	0b:96:ac:f4:45:fd:16:3d:22:d7:68:eb:08:5c:88:fe	\N	0
14	27	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIwPZrlqUEe528pWyq1gZVzzpOKn1yWtAo40+zCQs68mO maria.garcia45@icloud.com	Marias MacBook	\N	a2:e0:b0:11:bc:53:18:72:23:06:54:9e:48:f0:49:44	\N	0
15	29	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI8Y6OCrmulsAQLmmuk/GOYB34TOgiwej38cAUVitESj4 olivia.schmidt74@gmail.com	Olivias MacBook	\N	a4:30:62:50:75:13:c6:5c:19:2d:03:93:eb:4d:47:a4	\N	0
16	31	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l71 jonas.johnson13@web.de	Jonass MacBook	\N	f2:18:57:c2:fc:dd:31:ed:a6:16:bd:f6:7a:ae:ae:ac	\N	0
17	33	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6P anna.anderson65@outlook.com	Annas MacBook	\N	ad:4c:40:3f:1b:53:41:37:35:ba:fd:dc:3a:71:64:a1	\N	0
18	35	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wu lucas.anderson37@icloud.com	Lucass MacBook	\N	a6:76:46:63:74:59:0a:60:7c:18:23:b4:0c:54:ef:60	\N	0
19	37	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv james.weber77@gmail.com	Jamess MacBook	\N	df:fe:86:fa:a0:f8:15:93:b1:d9:b4:ff:a6:69:cd:9c	\N	0
20	39	2024-01-01 00:00:00	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBi lucia.brown41@hotmail.com	Lucias MacBook	\N	67:ed:fe:f9:11:98:27:23:19:0e:f9:1a:06:a0:8b:cc	\N	0
\.


--
-- Data for Name: notes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notes (id, note, noteable_type, author_id, created_at, project_id, line_code, commit_id, noteable_id, system, "position") FROM stdin;
1	mentioned in commit 287f0b7020b1479907c3e798ba1123726be85886	MergeRequest	2	2024-03-01 00:00:00	1	\N	\N	1	t	\N
2	mentioned in commit 63fa112e3509371507fd82cfa548f0df73dcf03c	MergeRequest	3	2024-03-01 00:00:00	1	\N	\N	2	t	\N
3	mentioned in commit b80e82fb2dc5e42acaa9c97db9247dc94a257dca	MergeRequest	4	2024-03-01 00:00:00	1	\N	\N	3	t	\N
4	mentioned in commit 673eeb90f6538e3a0869b5b555628e1b3afaea82	MergeRequest	5	2024-03-01 00:00:00	1	\N	\N	4	t	\N
5	mentioned in commit d91820e180e99db59d67eacf9b661e6e67b38c43	MergeRequest	6	2024-03-01 00:00:00	1	\N	\N	5	t	\N
6	mentioned in commit 354838951c9d1945e6dda8dd70621d506f84ee10	MergeRequest	7	2024-03-01 00:00:00	1	\N	\N	6	t	\N
7	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	8	2024-03-01 00:00:00	1	\N	\N	7	f	\N
8	mentioned in commit ef30e26de8d9a95051158c2720a2ea99889a0ea3	MergeRequest	9	2024-03-01 00:00:00	1	\N	\N	8	t	\N
9	mentioned in commit 6320561fe87fe403b7a736005f0fd864c3447d90	MergeRequest	10	2024-03-01 00:00:00	1	\N	\N	9	t	\N
10	mentioned in commit ee75163dd7cf97b9e44397757f9defdd359402bc	MergeRequest	11	2024-03-01 00:00:00	1	\N	\N	10	t	\N
11	mentioned in commit 4ac60f5e73567b4dae784fdc125e0aa84d502a91	MergeRequest	12	2024-03-01 00:00:00	1	\N	\N	11	t	\N
12	Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=ungqXF1I3UMLR6c8"`	MergeRequest	13	2024-03-01 00:00:00	1	\N	\N	12	f	\N
13	mentioned in commit 910c9429971a1581d5f6a330d3791b18c01ee751	MergeRequest	14	2024-03-01 00:00:00	1	\N	\N	13	t	\N
14	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	15	2024-03-01 00:00:00	1	\N	\N	14	f	\N
15	mentioned in commit d0bbb1d05e3067ad116c712e63ae7cb94194ccd7	MergeRequest	16	2024-03-01 00:00:00	1	\N	\N	15	t	\N
16	mentioned in commit 8d92acd9e13cd540a3dc75a373b782d2c0f3b187	MergeRequest	17	2024-03-01 00:00:00	1	\N	\N	16	t	\N
17	mentioned in commit c698e748c7999bdbbd661f239311bc422331dfa9	MergeRequest	18	2024-03-01 00:00:00	1	\N	\N	17	t	\N
18	mentioned in commit 5a297cb4f8c7de68bf5800d91fd3b3395fb48097	MergeRequest	19	2024-03-01 00:00:00	1	\N	\N	18	t	\N
19	mentioned in commit 7e17c0733fb7774db78c957782a3f6ab9cd42d6c	MergeRequest	20	2024-03-01 00:00:00	1	\N	\N	19	t	\N
20	mentioned in commit 34ecc96f5a935532bdc2f63e95ed2460c77abea0	MergeRequest	21	2024-03-01 00:00:00	1	\N	\N	20	t	\N
21	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	22	2024-03-01 00:00:00	1	\N	\N	21	f	\N
22	mentioned in commit 4fd772f8b69b9709c6391630e34eb2f620a6a432	MergeRequest	23	2024-03-01 00:00:00	1	\N	\N	22	t	\N
23	mentioned in commit 82b3a46561567d57b581b5b95f4d71f2bc4e2427	MergeRequest	24	2024-03-01 00:00:00	1	\N	\N	23	t	\N
24	Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=aCzZqXdf05ouXndR"`	MergeRequest	25	2024-03-01 00:00:00	1	\N	\N	24	f	\N
25	mentioned in commit 7292427253902f6ea7fd16d333b8e7a032ac025e	MergeRequest	26	2024-03-01 00:00:00	1	\N	\N	25	t	\N
26	mentioned in commit 073863ac521c2678cbc173e871b71206b1497ed1	MergeRequest	27	2024-03-01 00:00:00	1	\N	\N	26	t	\N
27	mentioned in commit 6d9e741334ca3b660d089f46c65b0a382e4b1e18	MergeRequest	28	2024-03-01 00:00:00	1	\N	\N	27	t	\N
28	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	29	2024-03-01 00:00:00	1	\N	\N	28	f	\N
29	mentioned in commit bbd53f23660b42aaf60597502a825f1aca834c63	MergeRequest	30	2024-03-01 00:00:00	1	\N	\N	29	t	\N
30	mentioned in commit f959dcf8ad23fa9771a365301f49617a3ec8ca92	MergeRequest	31	2024-03-01 00:00:00	1	\N	\N	30	t	\N
31	mentioned in commit cbf6aa487f49e50303e5f6510e04d082246ce0cd	MergeRequest	32	2024-03-01 00:00:00	1	\N	\N	31	t	\N
32	mentioned in commit 25001770732de2c9eaa7a4a3ea8d6008b8751741	MergeRequest	33	2024-03-01 00:00:00	1	\N	\N	32	t	\N
33	mentioned in commit 2461d9ea9855ede1cb7dcd936050c9d5757f4997	MergeRequest	34	2024-03-01 00:00:00	1	\N	\N	33	t	\N
34	mentioned in commit 4b5096dacf568fc53bdd3fe4687018e5ef3536ee	MergeRequest	35	2024-03-01 00:00:00	1	\N	\N	34	t	\N
35	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	36	2024-03-01 00:00:00	1	\N	\N	35	f	\N
36	Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=XMlj6kVL4AVZ3NR8"`	MergeRequest	37	2024-03-01 00:00:00	1	\N	\N	36	f	\N
37	mentioned in commit 28e0f4b029fb24a8aa0f0d15a7d9f162afcee50b	MergeRequest	38	2024-03-01 00:00:00	1	\N	\N	37	t	\N
38	mentioned in commit a827fdf979a897246fdea270af8409050d1dc063	MergeRequest	39	2024-03-01 00:00:00	1	\N	\N	38	t	\N
39	mentioned in commit 06740b25f62f8f649666cd5c185d6530d23a7926	MergeRequest	40	2024-03-01 00:00:00	1	\N	\N	39	t	\N
40	mentioned in commit 5833e4b8f5ad0c3f8ddcbd3c39f3b4e54d971577	MergeRequest	1	2024-03-01 00:00:00	1	\N	\N	40	t	\N
41	mentioned in commit 94a08ceed5a438269d49da99026accb50f2c3bde	MergeRequest	2	2024-03-01 00:00:00	1	\N	\N	41	t	\N
42	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	3	2024-03-01 00:00:00	1	\N	\N	42	f	\N
43	mentioned in commit fc97f13abd2742fac2b0ec9364eed8aeb7a28963	MergeRequest	4	2024-03-01 00:00:00	1	\N	\N	43	t	\N
44	mentioned in commit 714013b981a1b7ca6d621fa383cbe1e375252344	MergeRequest	5	2024-03-01 00:00:00	1	\N	\N	44	t	\N
45	mentioned in commit 43d886a5ac0a0863a31a4109b4ddcb269a758054	MergeRequest	6	2024-03-01 00:00:00	1	\N	\N	45	t	\N
46	mentioned in commit 6ad33f4f7331295247134f09ff053142d1d03daa	MergeRequest	7	2024-03-01 00:00:00	1	\N	\N	46	t	\N
47	mentioned in commit a9888095e8ddc79cd4a55fc3fc56e6982084527f	MergeRequest	8	2024-03-01 00:00:00	1	\N	\N	47	t	\N
48	Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=Cn0QjF7UtsNGT3tM"`	MergeRequest	9	2024-03-01 00:00:00	1	\N	\N	48	f	\N
49	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	10	2024-03-01 00:00:00	1	\N	\N	49	f	\N
50	mentioned in commit 60591b803f6bfefd2c45b16276dffd044805adc1	MergeRequest	11	2024-03-01 00:00:00	1	\N	\N	50	t	\N
51	mentioned in commit 5c3b14932d87c9234f79e2f565e3f9b717dc12f3	MergeRequest	12	2024-03-01 00:00:00	1	\N	\N	51	t	\N
52	mentioned in commit 0ad2a94d76fd359fff778233550526f0f39191f6	MergeRequest	13	2024-03-01 00:00:00	1	\N	\N	52	t	\N
53	mentioned in commit 6d170d34fd475fd398eac82d692c7b0934a839b7	MergeRequest	14	2024-03-01 00:00:00	1	\N	\N	53	t	\N
54	mentioned in commit 7f72bf48b134e2d6f4de0ad8da339be3ef306764	MergeRequest	15	2024-03-01 00:00:00	1	\N	\N	54	t	\N
55	mentioned in commit ea7568f1480d78800bcd0c00baca3c84b6d69241	MergeRequest	16	2024-03-01 00:00:00	1	\N	\N	55	t	\N
56	Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.	MergeRequest	17	2024-03-01 00:00:00	1	\N	\N	56	f	\N
57	mentioned in commit 95b316c8fdcd01ed37871fc6920fe4bf1d2bd558	MergeRequest	18	2024-03-01 00:00:00	1	\N	\N	57	t	\N
58	mentioned in commit 8d94cc937e29d5182e163c51e4247765f57a991a	MergeRequest	19	2024-03-01 00:00:00	1	\N	\N	58	t	\N
59	mentioned in commit 695f2a3670883fbda0271f9367bdacd7ada60e36	MergeRequest	20	2024-03-01 00:00:00	1	\N	\N	59	t	\N
60	Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=VVQdyNroKHJVbBZQ"`	MergeRequest	21	2024-03-01 00:00:00	1	\N	\N	60	f	\N
\.


--
-- Data for Name: personal_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.personal_access_tokens (id, user_id, name, revoked, expires_at, created_at, scopes, token_digest, last_used_at) FROM stdin;
1	1	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	UCMz3pH8G+36yW0FxgKYcU9SiNj+r2NDCgp6fXhSTmt=	2024-03-01 00:00:00
2	2	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	u8/c5vP/QCJIJRqqrSeN9O9K885HYsOhEWf2XcZPWqF=	2024-03-01 00:00:00
3	3	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	jur2vXRRZO9LNXUaa4jLh6IQkNEgktdJqAfYiN3J8QV=	2024-03-01 00:00:00
4	4	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	GyoYHL3sJJ/BrT1amHIEMn2WgodiTIIgFtyHgmC7TyF=	2024-03-01 00:00:00
5	5	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	JWxYmmGKAq+L5C11z+BVTY46KC7ko6FuwXTPtdz6PGp=	2024-03-01 00:00:00
6	6	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	fMk0zirOXqXUHNg6oKsd8BFwiFpZvONuoqyGzERQ1S7=	2024-03-01 00:00:00
7	7	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Z0/OuRqJygDBfQJSLJGdTyApvrqdwOED9x0A1KRxM2c=	2024-03-01 00:00:00
8	8	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	doiZve4k3v4iD9fPz9rtDheuvviTV/SKs/mVtja0chp=	2024-03-01 00:00:00
9	9	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	DApAFRT7798ZyNFClF320zgZPr41v3Fi54RR3qYmS75=	2024-03-01 00:00:00
10	10	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ShFgdO0rRHGcCN5aR6CkULMKUJ1cJIiN90pwOmWirO/=	2024-03-01 00:00:00
11	11	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	BgKCZHHN+/n8FIu4O6u/XikGDrbEaMYe7aALvbPImlG=	2024-03-01 00:00:00
12	12	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	gjxsGiqPgoPVuaskXERAz9IVVxC5XAo7RNWhaQitfwp=	2024-03-01 00:00:00
13	13	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	lHq4WihjO51Ea5h2x2k/0LQ69j2vO2RhRLd7TCCS9QX=	2024-03-01 00:00:00
14	14	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	TDyMbhTzk5zLuphJVYrl0cayXmuBnx3xod4BDDfH8gZ=	2024-03-01 00:00:00
15	15	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	FScI/ldyavQNBrsdqu8/j+jyPHWvwtTv+nM6DiZazVx=	2024-03-01 00:00:00
16	16	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	1+BiGWZ7qWQswnMx8SmgikpLd6XHbYSFKSSrB7Ildij=	2024-03-01 00:00:00
17	17	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	VWuEbvoTGOCBGiEGRQyKEXYIDekY2ibJHJ2e2lk8mpC=	2024-03-01 00:00:00
18	18	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	VlI6er0/gwxzsLOgx9gsBXrBDaLc2nkYUDe97YcBhbw=	2024-03-01 00:00:00
19	19	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	nD44Gu/dCjtgrrggxOSqmL3zw85bkZSoXwNZWY5W5dH=	2024-03-01 00:00:00
20	20	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	SjAQyRhGen9hWClRfuN8YcV3LnCTL3QAk82Qq1B/kWw=	2024-03-01 00:00:00
21	21	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	sXgxK92D+5MmOgGt3tNktkqpjgxEhZQ8VN3vfYGmMSy=	2024-03-01 00:00:00
22	22	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	BDrnfHhNt+lZ6akdbyYrcO3Ya13ALE6daf/S+HwcxpV=	2024-03-01 00:00:00
23	23	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	Cq1fB7/MHDKvC53JEliOmWSy7+Ne9MYsSSnR8JdH8go=	2024-03-01 00:00:00
24	24	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	hB2FHwpVaVb38XMDB87/fTa/Ai7v965SPL/7aTgYrt0=	2024-03-01 00:00:00
25	25	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	kjdn8Dwjv0Tnb9YF54Mh76x41AuamZ5DB8iV4C/QoZK=	2024-03-01 00:00:00
26	26	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	WqxNDeaUCh/4gKICs5T3mB+FqD/5tY7H1QA3FJGPwwU=	2024-03-01 00:00:00
27	27	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	J/H8Zi2KrR2dUsaq42KCAnMZJCPtI2Ss/W/w3cSa9gI=	2024-03-01 00:00:00
28	28	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	c3hFWVjhF5ZAddDgimA1R9VgC/+DU2QvjPOKsWX9aSj=	2024-03-01 00:00:00
29	29	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	dJ71lwg4iWeK+6EZJ3863YkcRW9Mec85Us0V4zY71Se=	2024-03-01 00:00:00
30	30	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	lTTOBLoowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOG=	2024-03-01 00:00:00
31	31	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	B6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlb=	2024-03-01 00:00:00
32	32	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	pjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTs=	2024-03-01 00:00:00
33	33	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	qjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAP=	2024-03-01 00:00:00
34	34	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQ=	2024-03-01 00:00:00
35	35	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	ncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV=	2024-03-01 00:00:00
36	36	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	yTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT=	2024-03-01 00:00:00
37	37	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	k/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18j=	2024-03-01 00:00:00
38	38	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs2=	2024-03-01 00:00:00
39	39	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	o7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIP=	2024-03-01 00:00:00
40	40	ci	f	2025-01-01	2024-01-01 00:00:00	---\n- api\n	6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjX=	2024-03-01 00:00:00
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, email, encrypted_password, reset_password_token, sign_in_count, current_sign_in_at, current_sign_in_ip, last_sign_in_ip, name, admin, username, otp_secret_expires_at, encrypted_otp_secret, encrypted_otp_secret_iv, encrypted_otp_secret_salt, otp_required_for_login, otp_backup_codes, public_email, feed_token, incoming_email_token, static_object_token, commit_email, unconfirmed_email, location, organization, website_url) FROM stdin;
1	thomas.muller83@yahoo.fr	$2a$10$2uYW5AHi6dO6DoiUn0E.2fBDYiF/sZny5EakBEIbc44xtZo9Qhe.1	\N	428	2024-03-01 00:00:00	91.48.96.74	91.48.96.74	Thomas Müller	t	tmuller	\N	\N	\N	\N	f	\N	\N	nD9vIc8UZsaG6XuGI1Xo	hub5cat27embuz7iiymzbul5d	\N	thomas.muller83@yahoo.fr	\N	Kiel	FinTech Nord	
2	mia.dubois52@web.de	$2a$10$hhcz03bBkqUr3vsBdbrqWcEZ2SvOZPcjTw.BehmAl2HL/j8WSUvbM	\N	396	2024-03-01 00:00:00	62.230.66.25	62.230.66.25	Mia Dubois	f	mdubois	\N	\N	\N	\N	f	\N	\N	llcF8Lprt5nel9_9HlvE	agigbervfpkoj4z57i63ayg8k	\N	mia.dubois52@web.de	\N	Kiel	FinTech Nord	
3	chiara.schmidt67@web.de	$2a$10$vNwAqy6Us03b7gsAZjLfZIaGtDM080DNiU293y.nB0lPEyGxzqmvr	\N	541	2024-03-01 00:00:00	212.38.131.174	212.38.131.174	Chiara Schmidt	f	cschmidt	\N	k89BF3kBCGVfOS9NXKVSp1z6DVf9Vql0ujFV3oNVr4xs	rSzWAuMlsL3/kTph	_50izByOb	t	\N	\N	wpoYxDzV1q2wUpdBknoH	nfathomjyfxwxthetbut1eovq	\N	chiara.schmidt67@web.de	\N	Kiel	FinTech Nord	
4	emma.fischer3@gmail.com	$2a$10$7TKu1hGifb0BWDYMBTExHmW2IKOe/26ER5XFzAioytSdnEzfFPey4	\N	632	2024-03-01 00:00:00	84.3.160.74	84.3.160.74	Emma Fischer	f	efischer	\N	\N	\N	\N	f	\N	\N	bObMkaGpd_gr2IfEjuSL	asczp6upf8ug4dxqai6olztkz	\N	emma.fischer3@gmail.com	\N	Hamburg	FinTech Nord	
5	anna.bernard36@outlook.com	$2a$10$o/g2ClhR/SY4zHHhvwUeIHk1JWwbQTnRHgAOXDTH9qUTdS39OPTac	\N	792	2024-03-01 00:00:00	212.73.192.165	212.73.192.165	Anna Bernard	f	abernard	\N	\N	\N	\N	f	\N	anna.bernard36@outlook.com	GaNKhce2X0sURET9LC-f	ejpkyhkch1dlgabiuafmoummc	\N	anna.bernard36@outlook.com	\N	Kiel	FinTech Nord	
6	pierre.taylor84@proton.me	$2a$10$SfGR40g/WTyNvi05KJSgsuF.QMLTryfRuLBqDIr2oCez6qXgKW85L	\N	37	2024-03-01 00:00:00	79.228.92.78	79.228.92.78	Pierre Taylor	f	ptaylor	\N	fHZ3SxOCMOBfHtisosD308B6yeSQ070jAe7uDtg9K6DK	mcTew7P8NDMCC+lm	_f0CqBBE4	t	\N	\N	A4h9COetuLN6c22kPtJa	fxtiftc9wbvlpoqiwwthnb7ua	\N	pierre.taylor84@proton.me	\N	Kiel	FinTech Nord	
7	jonas.dubois60@hotmail.com	$2a$10$/8Qbljobm5EWuiieiqd9NHOfMdIq64RC8Yp0PYdrCx3DmG/I7eLSX	\N	693	2024-03-01 00:00:00	62.112.183.173	62.112.183.173	Jonas Dubois	f	jdubois	\N	\N	\N	\N	f	\N	\N	YCBUL0oQ_sgy88lqq6_a	wk70saowz9zsjj7wqjczlzgxl	\N	jonas.dubois60@hotmail.com	\N	Bremen	FinTech Nord	
8	emma.garcia39@gmx.de	$2a$10$HD9HxrgkpKCNkoqnan2pBU46ytpt1DJGZgIidQZz/HpdH57wqC9Kq	\N	485	2024-03-01 00:00:00	79.158.53.65	79.158.53.65	Emma García	f	egarcia	\N	\N	\N	\N	f	\N	\N	2tjK7lWk6wd1XZAyRbc9	bmarsbemizeamocnhzeeabjel	\N	emma.garcia39@gmx.de	\N	Kiel	FinTech Nord	
9	lucas.lambert75@web.de	$2a$10$Vmxk2pFeAK3AkwWF7ztcYX7JYd9Id4XaYOrAf97ayo1b9YWySy3MV	\N	797	2024-03-01 00:00:00	109.175.168.218	109.175.168.218	Lucas Lambert	f	llambert	\N	Ox3MKyid7B0Sv2tG32I+UXf3ZXhbCB4oH7TWLDMi3UCD	1/oYMDV/m37mNnV2	_VrC85z98	t	\N	\N	dzIArmuekGczC9k98lhY	8ofw8qtevvxyjtyce22uur0hv	\N	lucas.lambert75@web.de	\N	Hamburg	FinTech Nord	
10	david.taylor93@gmx.de	$2a$10$N3Z1q6hvAvSHjt3.GZDnmbUoUwg0BslPICeNpair5DJnpOLKW9ZQ4	\N	474	2024-03-01 00:00:00	62.106.154.137	62.106.154.137	David Taylor	f	dtaylor	\N	\N	\N	\N	f	\N	david.taylor93@gmx.de	meaNfC8Wnt2go9OuRKes	xpxzrn4rj8kxwj13mercxyvh3	\N	david.taylor93@gmx.de	\N	Kiel	FinTech Nord	
11	marco.becker67@posteo.de	$2a$10$kn0UpsggQkTGSpu.QjwV0cpAFiIPL1NRpYZFV6yxCSkjtgOE7zUDO	\N	546	2024-03-01 00:00:00	79.55.253.237	79.55.253.237	Marco Becker	f	mbecker	\N	\N	\N	\N	f	\N	\N	Egpf_RyteMy2uqJr8AEK	agqxeysznkgmmqwe2gdgraffu	\N	marco.becker67@posteo.de	\N	Kiel	FinTech Nord	
12	sarah.jensen80@outlook.com	$2a$10$j9EQid0TYBHzWY5CQwpf0ERVThRK/ebK0dR7TDygf9ChvtkZSXC4X	\N	99	2024-03-01 00:00:00	62.165.18.84	62.165.18.84	Sarah Jensen	f	sjensen	\N	IzFN/oTaPlGVKmw0ZAh80B18YViN69/ijYwYyqsMlv5b	he0r0ljcHIexOD9L	_rxfvD1Q7	t	\N	\N	pDK5LAKmAmfqgKfKFTxp	2ogy1xvcjvrybpqh8j3o5m8hx	\N	sarah.jensen80@outlook.com	\N	Bremen	FinTech Nord	
13	jonas.becker8@hotmail.com	$2a$10$n2fn4XBpA4XGBqEHW4gapwuC.Fnfu.3nOxQmNCtHDRv1KWhhtE6Sr	\N	774	2024-03-01 00:00:00	212.217.176.198	212.217.176.198	Jonas Becker	f	jbecker	\N	\N	\N	\N	f	\N	\N	cbHgij070ZS9GqJgEuhg	bkohz7g6m1ymemjytb09jx7v5	\N	jonas.becker8@hotmail.com	\N	Kiel	FinTech Nord	
14	camille.rossi92@yahoo.fr	$2a$10$PEGRdWvtT7V0.2wJLDbDmw58ZqO673e8VWRMMJ9K2uLk5/HDRZ3Bu	\N	534	2024-03-01 00:00:00	79.142.202.228	79.142.202.228	Camille Rossi	f	crossi	\N	\N	\N	\N	f	\N	\N	pE51hvzKmdoyhfNeNjWG	t5htei96l77ipcx0diihdjd3f	\N	camille.rossi92@yahoo.fr	\N	Kiel	FinTech Nord	
15	mia.rossi95@outlook.com	$2a$10$xFOEmgh08hOJ0IYWAYg/eywy3vXBX/xRx5T2bxImx9X2qvbQ9ryf.	\N	351	2024-03-01 00:00:00	178.247.155.67	178.247.155.67	Mia Rossi	f	mrossi	\N	3whmKmr6m8+8pElEbW6GCGz4UEzITY60VB5ajX77dnn6	04yC5FUyVkzw9zyH	_FfwSqwlP	t	\N	mia.rossi95@outlook.com	q1PjQ8mzZc4NY_f90hJR	0qxhvs5t4bonlkketzi6ydkva	\N	mia.rossi95@outlook.com	\N	Kiel	FinTech Nord	
16	julia.becker61@gmail.com	$2a$10$7KhOXDHTiPi3Dd6BHj/McCF23e1dVwuLjO.kvIP2.0wQW4Q0OqLK7	\N	714	2024-03-01 00:00:00	79.243.115.169	79.243.115.169	Julia Becker	f	jbecker	\N	\N	\N	\N	f	\N	\N	_x1E6cjUdwAS5o6dVBMo	djhnb4oonbzynzyoayjaxpfl1	\N	julia.becker61@gmail.com	\N	Hamburg	FinTech Nord	
17	lena.brown81@yahoo.fr	$2a$10$r16MR.fD81fPamebkArIVsh62gEu1HT6sbDPOa0YJ59TfJuGX/Jzr	\N	580	2024-03-01 00:00:00	62.240.16.171	62.240.16.171	Lena Brown	f	lbrown	\N	\N	\N	\N	f	\N	\N	0ySN75Ju7lLiYjPadg_u	sxgs9esckn52mbgmorgspcexu	\N	lena.brown81@yahoo.fr	\N	Hamburg	FinTech Nord	
18	maria.novak35@proton.me	$2a$10$CpDf9btdWpLPFreK5dLBaaSfqNETopKYZn1c7NGBSWn.cLysLbtnT	\N	689	2024-03-01 00:00:00	178.181.86.147	178.181.86.147	Maria Novak	f	mnovak	\N	j6Vp7LxJiO1HHDnGK0PZCtty9CfjWHV4jpnsBRrENAFV	HUbPJU7flMmQBi3l	_ynnLp6ty	t	\N	\N	nY4GNLS7YytyANvfGC1C	sp4ft4v06rogh37e9fejguagp	\N	maria.novak35@proton.me	\N	Bremen	FinTech Nord	
19	thomas.bernard64@outlook.com	$2a$10$ZSPKi6HInGQasJA5GEf.5kIexD7pG7TyI1oJ/JvxEWiy7AU3GSpNM	\N	496	2024-03-01 00:00:00	178.232.43.245	178.232.43.245	Thomas Bernard	f	tbernard	\N	\N	\N	\N	f	\N	\N	KtANEluImsufofBxdXeP	qkm3pzr9qhnrthmkpxycwq0ke	\N	thomas.bernard64@outlook.com	\N	Bremen	FinTech Nord	
20	anna.johnson93@icloud.com	$2a$10$9CATuJb5eV509B8xOFtFhBPakZrXBZvGOEx3LX.1LYnfAL9kMMd34	\N	88	2024-03-01 00:00:00	178.90.127.208	178.90.127.208	Anna Johnson	f	ajohnson	\N	\N	\N	\N	f	\N	anna.johnson93@icloud.com	gksqF85IPAQuaJPvBuPY	fxzr3sifj0j31qivttipz06lv	\N	anna.johnson93@icloud.com	\N	Kiel	FinTech Nord	
21	pierre.anderson23@outlook.com	$2a$10$9VPpoQZlolB2PNqdtfx80GKb2WJvPuWhvVsTHQe8x5Hf.8EYSNE.S	\N	316	2024-03-01 00:00:00	109.31.151.56	109.31.151.56	Pierre Anderson	f	panderson	\N	7JK7C097+nMY/oWcIqeL1m77jXQhhTqPUpMJNxkCkIRM	TXaoJLJWSPJBlTmX	_yQ7HMsFy	t	\N	\N	ZF7yyipmefkM2CtFIP5h	q9kntxofxocid4lm1lakty3nq	\N	pierre.anderson23@outlook.com	\N	Kiel	FinTech Nord	
22	sophie.taylor34@icloud.com	$2a$10$gIQNGq7LWxM.94bj81xfhYgxn8XoZ1CWcDOMi3cG3Ye.jHggSSzpu	\N	882	2024-03-01 00:00:00	212.197.106.2	212.197.106.2	Sophie Taylor	f	staylor	\N	\N	\N	\N	f	\N	\N	o8cozdwyv_ppu9au_aI7	k50n9pkrim4fgxgscwqgp5iw5	\N	sophie.taylor34@icloud.com	\N	Bremen	FinTech Nord	
23	emma.becker73@gmail.com	$2a$10$dh3JzR5Evj0aCVr.S3sj9v/MTtbuXlzErAUHWbUjgCg57T3mjhcnK	\N	378	2024-03-01 00:00:00	79.148.114.178	79.148.114.178	Emma Becker	f	ebecker	\N	\N	\N	\N	f	\N	\N	pL1pdV576OIdGYGRJXRT	klwfoowo6v71tnxf9q52nxwxl	\N	emma.becker73@gmail.com	\N	Hamburg	FinTech Nord	
24	mia.williams54@gmail.com	$2a$10$mx0OKZ6DBLtnwDoUCzSAK4GxiLWWrqvJg0WHpK52RDNSYImd8PsSt	\N	403	2024-03-01 00:00:00	91.106.111.226	91.106.111.226	Mia Williams	f	mwilliams	\N	FLPvDj36/7nO0kc24+mU5rL49tCW9jLY1q4RpdSScUc7	iF7TIpQBv80qRb65	_H4troQMR	t	\N	\N	CpnxorUMIGYodijBaa35	ofafgmdoabsub2fb245lrixmu	\N	mia.williams54@gmail.com	\N	Hamburg	FinTech Nord	
25	jonas.dubois34@gmail.com	$2a$10$THkg7WPZpXb7EJnufqgrm1D0gq5wTjxBd7dlWXstIuc7UIoyi/I/E	\N	316	2024-03-01 00:00:00	91.135.141.147	91.135.141.147	Jonas Dubois	f	jdubois	\N	\N	\N	\N	f	\N	jonas.dubois34@gmail.com	HcPn4pAQG8Jx2XOQKtul	p3gztbzgb7zpld922sy7br1ln	\N	jonas.dubois34@gmail.com	\N	Kiel	FinTech Nord	
26	jan.lopez6@posteo.de	$2a$10$sTwLNiHVZRk9vymZFl8XuqIwf2BYUbGvt1qqARYOCVqd8BOkkkk0Q	\N	884	2024-03-01 00:00:00	84.143.14.137	84.143.14.137	Jan López	f	jlopez	\N	\N	\N	\N	f	\N	\N	SHtHUmsbOshbRZ_nMkHf	wlgmtw0ch6n7gfswgorfr1bwl	\N	jan.lopez6@posteo.de	\N	Hamburg	FinTech Nord	
27	maria.garcia45@icloud.com	$2a$10$SmRU3f7QvqUYyGaDhNRQCe/qQqbPBhVUxku1lyntJdrJ5fr6wbCSB	\N	131	2024-03-01 00:00:00	212.236.3.151	212.236.3.151	Maria García	f	mgarcia	\N	E+g9JOCffw1VAyVv0rLKn/BW357Zorv9U1gcyCVHYgNQ	xBh4A8jEHpNQd10B	_3DLnXcbq	t	\N	\N	r7n5UPktmEv2MJnO55lZ	nfjinnfmlto27lcih5k5lcko6	\N	maria.garcia45@icloud.com	\N	Kiel	FinTech Nord	
28	carlos.rossi16@icloud.com	$2a$10$7P2o/DqqRSib7DdRi.lSQ1.yGUEA7q3QqGWv9TwwWZHnQVKWs5zNx	\N	560	2024-03-01 00:00:00	109.100.199.31	109.100.199.31	Carlos Rossi	f	crossi	\N	\N	\N	\N	f	\N	\N	Ed7VRtYfegUW-d-ErJ6z	aolkf67oy8ehhveqneukbnrdi	\N	carlos.rossi16@icloud.com	\N	Bremen	FinTech Nord	
29	olivia.schmidt74@gmail.com	$2a$10$FgWav9k9PMXsB9hPRDjfAT.I.uqhFjLxHjHLCoBGpEV2MG8axjeCW	\N	764	2024-03-01 00:00:00	62.33.44.62	62.33.44.62	Olivia Schmidt	f	oschmidt	\N	\N	\N	\N	f	\N	\N	X9DyVXouKrd7e65QVmFH	z9lripuvyptt9dkw5eddkckvs	\N	olivia.schmidt74@gmail.com	\N	Kiel	FinTech Nord	
30	james.nielsen43@icloud.com	$2a$10$R9w.so4gQXjDQtsjZpNj.w6ZpZGAQ4Ncyzei5qOyihJo8NTK6q7Zn	\N	493	2024-03-01 00:00:00	91.27.207.71	91.27.207.71	James Nielsen	f	jnielsen	\N	tOawueXp83MZUBvowdkS+/7091Ue3XNF4wZOfLXxevg6	qZFNRVyNiVV/I36W	_PttRQH2E	t	\N	james.nielsen43@icloud.com	9SJs9nCp5vry_DEgxK9F	ekuhb3zb5cbtbbrcpadjb00kh	\N	james.nielsen43@icloud.com	\N	Bremen	FinTech Nord	
31	jonas.johnson13@web.de	$2a$10$2QCTKbsSI15B2fBNS4nPBVA8MuL.pPu88x7C9J/h9PWXePyKnOWWM	\N	255	2024-03-01 00:00:00	62.242.17.128	62.242.17.128	Jonas Johnson	f	jjohnson	\N	\N	\N	\N	f	\N	\N	39cZKzuhF1bAhTnxvJMQ	kc4fk2hauqhmfvqwa5pwmftqp	\N	jonas.johnson13@web.de	\N	Hamburg	FinTech Nord	
32	emma.richter36@posteo.de	$2a$10$Wfj6hDdjSH9I.hSNtIcvXqOD6fBp8/NiEK7rTW.GILiyIgUhxU11V	\N	861	2024-03-01 00:00:00	109.203.129.46	109.203.129.46	Emma Richter	f	erichter	\N	\N	\N	\N	f	\N	\N	JNYPt4ESMJFHVbPrW0J4	ujaajo6xfcwqpshe4wwzfmnfc	\N	emma.richter36@posteo.de	\N	Kiel	FinTech Nord	
33	anna.anderson65@outlook.com	$2a$10$DFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFz	\N	593	2024-03-01 00:00:00	84.122.211.49	84.122.211.49	Anna Anderson	f	aanderson	\N	qkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6Su	I02sjfwlLfYV/+oC	_hCHuFvTT	t	\N	\N	J2uE9iUwi6NKUQETFIjU	bwik0pqw5ouwm4bdtmeybtssk	\N	anna.anderson65@outlook.com	\N	Kiel	FinTech Nord	
34	chiara.hoffmann38@gmail.com	$2a$10$lBH7m8JomJcpodMD79.2E1AGSlWbtp2z6K82osLDsErqBfvV75Gng	\N	3	2024-03-01 00:00:00	212.201.171.134	212.201.171.134	Chiara Hoffmann	f	choffmann	\N	\N	\N	\N	f	\N	\N	0XOgyr_sfzvPVsLCf1ER	sdgnfqldxqsjqgcoi5yzhw3bj	\N	chiara.hoffmann38@gmail.com	\N	Bremen	FinTech Nord	
35	lucas.anderson37@icloud.com	$2a$10$V3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJ	\N	346	2024-03-01 00:00:00	178.202.34.101	178.202.34.101	Lucas Anderson	f	landerson	\N	\N	\N	\N	f	\N	lucas.anderson37@icloud.com	1ONlqyyXCCoYTOXRRtX5	ftrzkoeyhbtz7zo2lstyjum0u	\N	lucas.anderson37@icloud.com	\N	Kiel	FinTech Nord	
36	eva.lambert3@proton.me	$2a$10$0/yZch2N6aRD.cu96xPTyS2dzl2QjBNHoyd1Wf.NGQZOPhEbF98Wd	\N	462	2024-03-01 00:00:00	109.158.69.25	109.158.69.25	Eva Lambert	f	elambert	\N	117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSu	hEuWM+KlQwkFpJXe	_lKJzv6jK	t	\N	\N	rKJdNb6MkkPbWEIEDTs5	yjlwq6r1ooaea1f3gfmp5ytkm	\N	eva.lambert3@proton.me	\N	Kiel	FinTech Nord	
37	james.weber77@gmail.com	$2a$10$O09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOc	\N	319	2024-03-01 00:00:00	109.174.56.57	109.174.56.57	James Weber	f	jweber	\N	\N	\N	\N	f	\N	\N	qptXW8NB9pgxZzYsYImJ	2xgufjo3scmc5agaamznbxijk	\N	james.weber77@gmail.com	\N	Kiel	FinTech Nord	
38	david.brown42@icloud.com	$2a$10$RlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBv	\N	96	2024-03-01 00:00:00	62.49.237.58	62.49.237.58	David Brown	f	dbrown	\N	\N	\N	\N	f	\N	\N	MqexkfL-1_V-ecLrvZ09	p6sgsubtn2gokkugxwqcvuqzr	\N	david.brown42@icloud.com	\N	Bremen	FinTech Nord	
39	lucia.brown41@hotmail.com	$2a$10$yjt.RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z.X.xZCTMjYDr	\N	828	2024-03-01 00:00:00	178.57.80.79	178.57.80.79	Lucia Brown	f	lbrown	\N	rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZT	eDh3Ng+s85DR405u	_AYiNHEIf	t	\N	\N	C8ymeCtvFRmLeNg-eYVM	t8kba9slzymetevckwklcvarv	\N	lucia.brown41@hotmail.com	\N	Kiel	FinTech Nord	
40	marco.taylor35@outlook.com	$2a$10$p8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e.5IaE1WVwfFWc.Ml.kmog	\N	159	2024-03-01 00:00:00	84.87.126.176	84.87.126.176	Marco Taylor	f	mtaylor	\N	\N	\N	\N	f	\N	marco.taylor35@outlook.com	V76Yhckwg7UhgXPSR-B-	qudaeyh5qlx520qtatdbswguj	\N	marco.taylor35@outlook.com	\N	Kiel	FinTech Nord	
\.


--
-- Data for Name: web_hooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.web_hooks (id, project_id, created_at, type, push_events, enable_ssl_verification, encrypted_token, encrypted_token_iv, encrypted_url, encrypted_url_iv, url_variables, custom_headers, name, description) FROM stdin;
1	1	2024-01-01 00:00:00	ProjectHook	t	t	h+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wky	ivgXJf+rydoyBtZI	zcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrB	Jf0/0qGN9Cy1u4DO	\N	\N	Deploy bot	Triggers deploys
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

\unrestrict X6W67s4QnHZ1Sw3VZ7daTjOBMbKUHgq7Bje2Jm2Gnr5DbcimaaAKEbc06bHzlsT

