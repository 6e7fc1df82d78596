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


ALTER SEQUENCE public.application_settings_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.ci_builds_metadata_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.ci_runners_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.ci_variables_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.integrations_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.keys_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.notes_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.personal_access_tokens_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.users_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.web_hooks_id_seq OWNER TO postgres;

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

INSERT INTO public.application_settings VALUES (1, 100000, false, 'https://www.fintech-nord.de', NULL, 'Zugang nur für Mitarbeitende. Hilfe: it-support@fintech-nord.de, Tel. 040 3289 1150', NULL, 'ZId7F+siUqAa/Pi+XvkIdq/HqBsA3q6P28UA3Caxg0Zo', 'C7E8MSzAoP64e97UPkR9', 'RqVFNrX+u9Jv9l89AL2itXePDfQtIDsAchy7Ygj83wXz', 'dr2hmkaT0Kx4k/M+', '6L56t5AcBdIVBNR4D0nNgBOAVDPtSJk7xPMtRdgw', 'iVGu1kScS24gBLfwezJ+AXN+cg7Q+pl0wdH6LMEDZqc9', 'gvGv0J0NoAUb5KHd', true, 'https://46d6c7f89dd46cd0838f32c7e6639bbc@o512808.ingest.sentry.io/0352065', 'https://es-prod.fintech-nord.internal:9200', 'HNj2FII8ogE/5GvnsTRyioS8siqkJbV7/hn24HhwnLYs', 'STfaZCJa9LTGuKLk', NULL, '{10.40.0.0/16,vault.fintech-nord.internal}', NULL, NULL, NULL, NULL, 'https://plantuml.fintech-nord.de', 'main', 'https://gitpod.io/', 0, 0, NULL, 'https://kroki.fintech-nord.de');


--
-- Data for Name: ci_builds_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ci_builds_metadata VALUES (1, 1, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (2, 2, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (3, 3, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (4, 4, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (5, 5, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (6, 6, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (7, 7, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (8, 8, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (9, 9, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (10, 10, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (11, 11, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (12, 12, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (13, 13, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (14, 14, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (15, 15, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (16, 16, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (17, 17, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (18, 18, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (19, 19, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);
INSERT INTO public.ci_builds_metadata VALUES (20, 20, 1, '{"image": {"name": "node:20-alpine"}, "script": ["npm ci", "npm test"], "services": [{"name": "postgres:15"}]}', '[{"key": "NODE_ENV", "value": "test", "public": true}, {"key": "PGHOST", "value": "db-ci.fintech-nord.internal", "public": true}]', NULL);


--
-- Data for Name: ci_runners; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: ci_variables; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ci_variables VALUES (1, 'DEPLOY_HOST', NULL, 'uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36', NULL, 'II5+TWGNmYgV81xV', 1, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (2, 'DATABASE_URL', NULL, 'PcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaO', NULL, 'xvN4Feu52YLFXa+U', 2, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (3, 'AWS_ACCESS_KEY_ID', NULL, 'qcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0H', NULL, 'SWvz2UXXJcaZTdFZ', 3, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (4, 'AWS_SECRET_ACCESS_KEY', NULL, 'BpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgH', NULL, 'MdyBEj3bxhTqBv+m', 1, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (5, 'SSH_PRIVATE_KEY', NULL, 'T8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmP', NULL, 'BwxICPtft5d64LnR', 2, true, '*', false, 2, false);
INSERT INTO public.ci_variables VALUES (6, 'SONAR_TOKEN', NULL, 'Rj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUF', NULL, 'kfYNCTrtmLM0HOra', 3, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (7, 'KUBECONFIG', NULL, 'XKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tX', NULL, 'LidWiuzm8NxTtgGz', 1, true, '*', false, 2, false);
INSERT INTO public.ci_variables VALUES (8, 'NPM_TOKEN', NULL, '/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES9', NULL, '6CMyhB4nNV1RTZRE', 2, true, '*', true, 1, false);
INSERT INTO public.ci_variables VALUES (9, 'DEPLOY_HOST', 'app01.prod.fintech-nord.internal', NULL, NULL, NULL, 10, false, 'staging', false, 1, true);
INSERT INTO public.ci_variables VALUES (10, 'DATABASE_URL', 'postgres://app:VdFp8oLjzOrkgnO3gnWx@db-prod.fintech-nord.internal:5432/core', NULL, NULL, NULL, 11, false, 'staging', false, 1, true);
INSERT INTO public.ci_variables VALUES (11, 'AWS_ACCESS_KEY_ID', 'AKIAYEYY2FCOOMLBN7RV', NULL, NULL, NULL, 12, false, 'staging', false, 1, true);
INSERT INTO public.ci_variables VALUES (12, 'AWS_SECRET_ACCESS_KEY', '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', NULL, NULL, NULL, 13, false, 'staging', false, 1, true);


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.integrations VALUES (1, 'Integrations::Slack', 1, '2024-01-01 00:00:00', true, '{"webhook":"https://hooks.slack.com/services/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","username":"gitlab","channel":"#deploys"}', NULL, NULL, true);
INSERT INTO public.integrations VALUES (2, 'Integrations::Jira', 1, '2024-01-01 00:00:00', true, '{"url":"https://fintech-nord.atlassian.net","username":"gitlab@fintech-nord.de","password":"ATATT3xH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT_HWU4lXXkVO-3FGQwbCB8YazMStLSiu5Q9lqB"}', NULL, NULL, true);


--
-- Data for Name: keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.keys VALUES (1, 1, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIYks8o05A+L/LPuCrmzGFXsompbHR0Ks4Lj2QIENgn/H thomas.muller83@yahoo.fr', 'Thomass MacBook', NULL, '98:ae:72:13:0c:80:46:a0:be:3b:eb:eb:9d:e7:4a:2d', NULL, 0);
INSERT INTO public.keys VALUES (2, 3, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGhviAlooPst7iYUucnePgnLBNZPmhGdqt0O02Zda6AX chiara.schmidt67@web.de', 'Chiaras MacBook', NULL, 'a2:57:c0:67:1c:fc:e2:be:9c:15:bf:0c:ee:e0:12:fe', NULL, 0);
INSERT INTO public.keys VALUES (3, 5, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIlUXij9BEF75fPKELs/d0+Z5z/X4RpunKL76FUHs+mEh anna.bernard36@outlook.com', 'Annas MacBook', NULL, '02:7a:dc:a7:75:72:d1:9c:a2:80:26:98:23:b1:6a:64', NULL, 0);
INSERT INTO public.keys VALUES (4, 7, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0Jjig1NP1OJ1LxsyCIymwQXu+54w5i1mmuSNwE5t71 jonas.dubois60@hotmail.com', 'Jonass MacBook', NULL, 'e0:6e:cc:9c:e8:7c:fa:dc:0c:4d:73:0d:88:b9:18:3c', NULL, 0);
INSERT INTO public.keys VALUES (5, 9, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFgPSUMPR8Te1/3HTw8C2VIG1AE6wJFEeMGneS78T4x4 lucas.lambert75@web.de', 'Lucass MacBook', NULL, '15:5f:f4:72:6b:23:a6:af:66:69:77:f8:b3:a5:f3:26', NULL, 0);
INSERT INTO public.keys VALUES (6, 11, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI5X9f+cuZX+TYOzxznFMoOJharhCG6I5+1JxgLTz4pne marco.becker67@posteo.de', 'Marcos MacBook', NULL, '5d:5b:c7:60:14:a3:e0:56:d9:08:a1:e4:e2:e9:16:5a', NULL, 0);
INSERT INTO public.keys VALUES (7, 13, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIWceEhHwuLtoaafTw4Y58tyLtduHipGHDmreXBmlV7O8 jonas.becker8@hotmail.com', 'Jonass MacBook', NULL, 'c0:e5:bc:e7:cf:89:92:07:11:4d:9e:a9:c2:59:09:0f', NULL, 0);
INSERT INTO public.keys VALUES (8, 15, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIc92g/bc2UvVKBiE+d12jqqBb3iq3B8f79vFPA4+hxuR mia.rossi95@outlook.com', 'Mias MacBook', NULL, 'ff:2c:e2:d1:bc:c8:86:26:19:2b:dd:14:46:7a:d6:97', NULL, 0);
INSERT INTO public.keys VALUES (9, 17, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIooqFNTaDprN0guxH/w1R+sXpzTmNblzUwBk+wSadGXV lena.brown81@yahoo.fr', 'Lenas MacBook', NULL, '33:af:89:10:90:d6:63:df:67:c8:96:90:e8:fc:56:f6', NULL, 0);
INSERT INTO public.keys VALUES (10, 19, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJm17OTLfuJ9GU4HnAdm5ZktPXEJtCjtWwmqzNVWrgYf thomas.bernard64@outlook.com', 'Thomass MacBook', NULL, 'fc:02:33:40:8a:73:b5:63:bd:24:ce:df:cd:2e:60:c6', NULL, 0);
INSERT INTO public.keys VALUES (11, 21, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIVZb5moGW7m1abruhdWnpez7Ue4cExolFeYg7htHIg2S pierre.anderson23@outlook.com', 'Pierres MacBook', NULL, 'e3:ab:47:49:28:d4:98:10:4b:58:fe:33:e7:91:8d:ec', NULL, 0);
INSERT INTO public.keys VALUES (12, 23, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI+n/no1SXza+1SWPV3HPAZsIesRieByH+H2QoCrRMQvy emma.becker73@gmail.com', 'Emmas MacBook', NULL, 'e0:b5:79:d7:83:ac:00:12:5a:c1:ee:af:d6:3e:ad:22', NULL, 0);
INSERT INTO public.keys VALUES (13, 25, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE+lySFMggTZA+9tYgHThubTjMRUCPd5WcH+duGhpTmB jonas.dubois34@gmail.com', 'Jonass MacBook', NULL, '0b:96:ac:f4:45:fd:16:3d:22:d7:68:eb:08:5c:88:fe', NULL, 0);
INSERT INTO public.keys VALUES (14, 27, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIwPZrlqUEe528pWyq1gZVzzpOKn1yWtAo40+zCQs68mO maria.garcia45@icloud.com', 'Marias MacBook', NULL, 'a2:e0:b0:11:bc:53:18:72:23:06:54:9e:48:f0:49:44', NULL, 0);
INSERT INTO public.keys VALUES (15, 29, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI8Y6OCrmulsAQLmmuk/GOYB34TOgiwej38cAUVitESj4 olivia.schmidt74@gmail.com', 'Olivias MacBook', NULL, 'a4:30:62:50:75:13:c6:5c:19:2d:03:93:eb:4d:47:a4', NULL, 0);
INSERT INTO public.keys VALUES (16, 31, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l71 jonas.johnson13@web.de', 'Jonass MacBook', NULL, 'f2:18:57:c2:fc:dd:31:ed:a6:16:bd:f6:7a:ae:ae:ac', NULL, 0);
INSERT INTO public.keys VALUES (17, 33, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6P anna.anderson65@outlook.com', 'Annas MacBook', NULL, 'ad:4c:40:3f:1b:53:41:37:35:ba:fd:dc:3a:71:64:a1', NULL, 0);
INSERT INTO public.keys VALUES (18, 35, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wu lucas.anderson37@icloud.com', 'Lucass MacBook', NULL, 'a6:76:46:63:74:59:0a:60:7c:18:23:b4:0c:54:ef:60', NULL, 0);
INSERT INTO public.keys VALUES (19, 37, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv james.weber77@gmail.com', 'Jamess MacBook', NULL, 'df:fe:86:fa:a0:f8:15:93:b1:d9:b4:ff:a6:69:cd:9c', NULL, 0);
INSERT INTO public.keys VALUES (20, 39, '2024-01-01 00:00:00', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBi lucia.brown41@hotmail.com', 'Lucias MacBook', NULL, '67:ed:fe:f9:11:98:27:23:19:0e:f9:1a:06:a0:8b:cc', NULL, 0);


--
-- Data for Name: notes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.notes VALUES (1, 'mentioned in commit 287f0b7020b1479907c3e798ba1123726be85886', 'MergeRequest', 2, '2024-03-01 00:00:00', 1, NULL, NULL, 1, true, NULL);
INSERT INTO public.notes VALUES (2, 'mentioned in commit 63fa112e3509371507fd82cfa548f0df73dcf03c', 'MergeRequest', 3, '2024-03-01 00:00:00', 1, NULL, NULL, 2, true, NULL);
INSERT INTO public.notes VALUES (3, 'mentioned in commit b80e82fb2dc5e42acaa9c97db9247dc94a257dca', 'MergeRequest', 4, '2024-03-01 00:00:00', 1, NULL, NULL, 3, true, NULL);
INSERT INTO public.notes VALUES (4, 'mentioned in commit 673eeb90f6538e3a0869b5b555628e1b3afaea82', 'MergeRequest', 5, '2024-03-01 00:00:00', 1, NULL, NULL, 4, true, NULL);
INSERT INTO public.notes VALUES (5, 'mentioned in commit d91820e180e99db59d67eacf9b661e6e67b38c43', 'MergeRequest', 6, '2024-03-01 00:00:00', 1, NULL, NULL, 5, true, NULL);
INSERT INTO public.notes VALUES (6, 'mentioned in commit 354838951c9d1945e6dda8dd70621d506f84ee10', 'MergeRequest', 7, '2024-03-01 00:00:00', 1, NULL, NULL, 6, true, NULL);
INSERT INTO public.notes VALUES (7, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 8, '2024-03-01 00:00:00', 1, NULL, NULL, 7, false, NULL);
INSERT INTO public.notes VALUES (8, 'mentioned in commit ef30e26de8d9a95051158c2720a2ea99889a0ea3', 'MergeRequest', 9, '2024-03-01 00:00:00', 1, NULL, NULL, 8, true, NULL);
INSERT INTO public.notes VALUES (9, 'mentioned in commit 6320561fe87fe403b7a736005f0fd864c3447d90', 'MergeRequest', 10, '2024-03-01 00:00:00', 1, NULL, NULL, 9, true, NULL);
INSERT INTO public.notes VALUES (10, 'mentioned in commit ee75163dd7cf97b9e44397757f9defdd359402bc', 'MergeRequest', 11, '2024-03-01 00:00:00', 1, NULL, NULL, 10, true, NULL);
INSERT INTO public.notes VALUES (11, 'mentioned in commit 4ac60f5e73567b4dae784fdc125e0aa84d502a91', 'MergeRequest', 12, '2024-03-01 00:00:00', 1, NULL, NULL, 11, true, NULL);
INSERT INTO public.notes VALUES (12, 'Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=ungqXF1I3UMLR6c8"`', 'MergeRequest', 13, '2024-03-01 00:00:00', 1, NULL, NULL, 12, false, NULL);
INSERT INTO public.notes VALUES (13, 'mentioned in commit 910c9429971a1581d5f6a330d3791b18c01ee751', 'MergeRequest', 14, '2024-03-01 00:00:00', 1, NULL, NULL, 13, true, NULL);
INSERT INTO public.notes VALUES (14, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 15, '2024-03-01 00:00:00', 1, NULL, NULL, 14, false, NULL);
INSERT INTO public.notes VALUES (15, 'mentioned in commit d0bbb1d05e3067ad116c712e63ae7cb94194ccd7', 'MergeRequest', 16, '2024-03-01 00:00:00', 1, NULL, NULL, 15, true, NULL);
INSERT INTO public.notes VALUES (16, 'mentioned in commit 8d92acd9e13cd540a3dc75a373b782d2c0f3b187', 'MergeRequest', 17, '2024-03-01 00:00:00', 1, NULL, NULL, 16, true, NULL);
INSERT INTO public.notes VALUES (17, 'mentioned in commit c698e748c7999bdbbd661f239311bc422331dfa9', 'MergeRequest', 18, '2024-03-01 00:00:00', 1, NULL, NULL, 17, true, NULL);
INSERT INTO public.notes VALUES (18, 'mentioned in commit 5a297cb4f8c7de68bf5800d91fd3b3395fb48097', 'MergeRequest', 19, '2024-03-01 00:00:00', 1, NULL, NULL, 18, true, NULL);
INSERT INTO public.notes VALUES (19, 'mentioned in commit 7e17c0733fb7774db78c957782a3f6ab9cd42d6c', 'MergeRequest', 20, '2024-03-01 00:00:00', 1, NULL, NULL, 19, true, NULL);
INSERT INTO public.notes VALUES (20, 'mentioned in commit 34ecc96f5a935532bdc2f63e95ed2460c77abea0', 'MergeRequest', 21, '2024-03-01 00:00:00', 1, NULL, NULL, 20, true, NULL);
INSERT INTO public.notes VALUES (21, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 22, '2024-03-01 00:00:00', 1, NULL, NULL, 21, false, NULL);
INSERT INTO public.notes VALUES (22, 'mentioned in commit 4fd772f8b69b9709c6391630e34eb2f620a6a432', 'MergeRequest', 23, '2024-03-01 00:00:00', 1, NULL, NULL, 22, true, NULL);
INSERT INTO public.notes VALUES (23, 'mentioned in commit 82b3a46561567d57b581b5b95f4d71f2bc4e2427', 'MergeRequest', 24, '2024-03-01 00:00:00', 1, NULL, NULL, 23, true, NULL);
INSERT INTO public.notes VALUES (24, 'Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=aCzZqXdf05ouXndR"`', 'MergeRequest', 25, '2024-03-01 00:00:00', 1, NULL, NULL, 24, false, NULL);
INSERT INTO public.notes VALUES (25, 'mentioned in commit 7292427253902f6ea7fd16d333b8e7a032ac025e', 'MergeRequest', 26, '2024-03-01 00:00:00', 1, NULL, NULL, 25, true, NULL);
INSERT INTO public.notes VALUES (26, 'mentioned in commit 073863ac521c2678cbc173e871b71206b1497ed1', 'MergeRequest', 27, '2024-03-01 00:00:00', 1, NULL, NULL, 26, true, NULL);
INSERT INTO public.notes VALUES (27, 'mentioned in commit 6d9e741334ca3b660d089f46c65b0a382e4b1e18', 'MergeRequest', 28, '2024-03-01 00:00:00', 1, NULL, NULL, 27, true, NULL);
INSERT INTO public.notes VALUES (28, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 29, '2024-03-01 00:00:00', 1, NULL, NULL, 28, false, NULL);
INSERT INTO public.notes VALUES (29, 'mentioned in commit bbd53f23660b42aaf60597502a825f1aca834c63', 'MergeRequest', 30, '2024-03-01 00:00:00', 1, NULL, NULL, 29, true, NULL);
INSERT INTO public.notes VALUES (30, 'mentioned in commit f959dcf8ad23fa9771a365301f49617a3ec8ca92', 'MergeRequest', 31, '2024-03-01 00:00:00', 1, NULL, NULL, 30, true, NULL);
INSERT INTO public.notes VALUES (31, 'mentioned in commit cbf6aa487f49e50303e5f6510e04d082246ce0cd', 'MergeRequest', 32, '2024-03-01 00:00:00', 1, NULL, NULL, 31, true, NULL);
INSERT INTO public.notes VALUES (32, 'mentioned in commit 25001770732de2c9eaa7a4a3ea8d6008b8751741', 'MergeRequest', 33, '2024-03-01 00:00:00', 1, NULL, NULL, 32, true, NULL);
INSERT INTO public.notes VALUES (33, 'mentioned in commit 2461d9ea9855ede1cb7dcd936050c9d5757f4997', 'MergeRequest', 34, '2024-03-01 00:00:00', 1, NULL, NULL, 33, true, NULL);
INSERT INTO public.notes VALUES (34, 'mentioned in commit 4b5096dacf568fc53bdd3fe4687018e5ef3536ee', 'MergeRequest', 35, '2024-03-01 00:00:00', 1, NULL, NULL, 34, true, NULL);
INSERT INTO public.notes VALUES (35, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 36, '2024-03-01 00:00:00', 1, NULL, NULL, 35, false, NULL);
INSERT INTO public.notes VALUES (36, 'Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=XMlj6kVL4AVZ3NR8"`', 'MergeRequest', 37, '2024-03-01 00:00:00', 1, NULL, NULL, 36, false, NULL);
INSERT INTO public.notes VALUES (37, 'mentioned in commit 28e0f4b029fb24a8aa0f0d15a7d9f162afcee50b', 'MergeRequest', 38, '2024-03-01 00:00:00', 1, NULL, NULL, 37, true, NULL);
INSERT INTO public.notes VALUES (38, 'mentioned in commit a827fdf979a897246fdea270af8409050d1dc063', 'MergeRequest', 39, '2024-03-01 00:00:00', 1, NULL, NULL, 38, true, NULL);
INSERT INTO public.notes VALUES (39, 'mentioned in commit 06740b25f62f8f649666cd5c185d6530d23a7926', 'MergeRequest', 40, '2024-03-01 00:00:00', 1, NULL, NULL, 39, true, NULL);
INSERT INTO public.notes VALUES (40, 'mentioned in commit 5833e4b8f5ad0c3f8ddcbd3c39f3b4e54d971577', 'MergeRequest', 1, '2024-03-01 00:00:00', 1, NULL, NULL, 40, true, NULL);
INSERT INTO public.notes VALUES (41, 'mentioned in commit 94a08ceed5a438269d49da99026accb50f2c3bde', 'MergeRequest', 2, '2024-03-01 00:00:00', 1, NULL, NULL, 41, true, NULL);
INSERT INTO public.notes VALUES (42, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 3, '2024-03-01 00:00:00', 1, NULL, NULL, 42, false, NULL);
INSERT INTO public.notes VALUES (43, 'mentioned in commit fc97f13abd2742fac2b0ec9364eed8aeb7a28963', 'MergeRequest', 4, '2024-03-01 00:00:00', 1, NULL, NULL, 43, true, NULL);
INSERT INTO public.notes VALUES (44, 'mentioned in commit 714013b981a1b7ca6d621fa383cbe1e375252344', 'MergeRequest', 5, '2024-03-01 00:00:00', 1, NULL, NULL, 44, true, NULL);
INSERT INTO public.notes VALUES (45, 'mentioned in commit 43d886a5ac0a0863a31a4109b4ddcb269a758054', 'MergeRequest', 6, '2024-03-01 00:00:00', 1, NULL, NULL, 45, true, NULL);
INSERT INTO public.notes VALUES (46, 'mentioned in commit 6ad33f4f7331295247134f09ff053142d1d03daa', 'MergeRequest', 7, '2024-03-01 00:00:00', 1, NULL, NULL, 46, true, NULL);
INSERT INTO public.notes VALUES (47, 'mentioned in commit a9888095e8ddc79cd4a55fc3fc56e6982084527f', 'MergeRequest', 8, '2024-03-01 00:00:00', 1, NULL, NULL, 47, true, NULL);
INSERT INTO public.notes VALUES (48, 'Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=Cn0QjF7UtsNGT3tM"`', 'MergeRequest', 9, '2024-03-01 00:00:00', 1, NULL, NULL, 48, false, NULL);
INSERT INTO public.notes VALUES (49, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 10, '2024-03-01 00:00:00', 1, NULL, NULL, 49, false, NULL);
INSERT INTO public.notes VALUES (50, 'mentioned in commit 60591b803f6bfefd2c45b16276dffd044805adc1', 'MergeRequest', 11, '2024-03-01 00:00:00', 1, NULL, NULL, 50, true, NULL);
INSERT INTO public.notes VALUES (51, 'mentioned in commit 5c3b14932d87c9234f79e2f565e3f9b717dc12f3', 'MergeRequest', 12, '2024-03-01 00:00:00', 1, NULL, NULL, 51, true, NULL);
INSERT INTO public.notes VALUES (52, 'mentioned in commit 0ad2a94d76fd359fff778233550526f0f39191f6', 'MergeRequest', 13, '2024-03-01 00:00:00', 1, NULL, NULL, 52, true, NULL);
INSERT INTO public.notes VALUES (53, 'mentioned in commit 6d170d34fd475fd398eac82d692c7b0934a839b7', 'MergeRequest', 14, '2024-03-01 00:00:00', 1, NULL, NULL, 53, true, NULL);
INSERT INTO public.notes VALUES (54, 'mentioned in commit 7f72bf48b134e2d6f4de0ad8da339be3ef306764', 'MergeRequest', 15, '2024-03-01 00:00:00', 1, NULL, NULL, 54, true, NULL);
INSERT INTO public.notes VALUES (55, 'mentioned in commit ea7568f1480d78800bcd0c00baca3c84b6d69241', 'MergeRequest', 16, '2024-03-01 00:00:00', 1, NULL, NULL, 55, true, NULL);
INSERT INTO public.notes VALUES (56, 'Looks good to me. See https://confluence.fintech-nord.de/display/OPS/Runbook for the rollout.', 'MergeRequest', 17, '2024-03-01 00:00:00', 1, NULL, NULL, 56, false, NULL);
INSERT INTO public.notes VALUES (57, 'mentioned in commit 95b316c8fdcd01ed37871fc6920fe4bf1d2bd558', 'MergeRequest', 18, '2024-03-01 00:00:00', 1, NULL, NULL, 57, true, NULL);
INSERT INTO public.notes VALUES (58, 'mentioned in commit 8d94cc937e29d5182e163c51e4247765f57a991a', 'MergeRequest', 19, '2024-03-01 00:00:00', 1, NULL, NULL, 58, true, NULL);
INSERT INTO public.notes VALUES (59, 'mentioned in commit 695f2a3670883fbda0271f9367bdacd7ada60e36', 'MergeRequest', 20, '2024-03-01 00:00:00', 1, NULL, NULL, 59, true, NULL);
INSERT INTO public.notes VALUES (60, 'Prod DB ist wieder erreichbar: `psql "host=db-prod.fintech-nord.internal user=app password=VVQdyNroKHJVbBZQ"`', 'MergeRequest', 21, '2024-03-01 00:00:00', 1, NULL, NULL, 60, false, NULL);


--
-- Data for Name: personal_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.personal_access_tokens VALUES (1, 1, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'UCMz3pH8G+36yW0FxgKYcU9SiNj+r2NDCgp6fXhSTmt=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (2, 2, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'u8/c5vP/QCJIJRqqrSeN9O9K885HYsOhEWf2XcZPWqF=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (3, 3, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'jur2vXRRZO9LNXUaa4jLh6IQkNEgktdJqAfYiN3J8QV=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (4, 4, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'GyoYHL3sJJ/BrT1amHIEMn2WgodiTIIgFtyHgmC7TyF=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (5, 5, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'JWxYmmGKAq+L5C11z+BVTY46KC7ko6FuwXTPtdz6PGp=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (6, 6, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'fMk0zirOXqXUHNg6oKsd8BFwiFpZvONuoqyGzERQ1S7=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (7, 7, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'Z0/OuRqJygDBfQJSLJGdTyApvrqdwOED9x0A1KRxM2c=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (8, 8, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'doiZve4k3v4iD9fPz9rtDheuvviTV/SKs/mVtja0chp=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (9, 9, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'DApAFRT7798ZyNFClF320zgZPr41v3Fi54RR3qYmS75=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (10, 10, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'ShFgdO0rRHGcCN5aR6CkULMKUJ1cJIiN90pwOmWirO/=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (11, 11, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'BgKCZHHN+/n8FIu4O6u/XikGDrbEaMYe7aALvbPImlG=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (12, 12, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'gjxsGiqPgoPVuaskXERAz9IVVxC5XAo7RNWhaQitfwp=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (13, 13, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'lHq4WihjO51Ea5h2x2k/0LQ69j2vO2RhRLd7TCCS9QX=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (14, 14, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'TDyMbhTzk5zLuphJVYrl0cayXmuBnx3xod4BDDfH8gZ=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (15, 15, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'FScI/ldyavQNBrsdqu8/j+jyPHWvwtTv+nM6DiZazVx=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (16, 16, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', '1+BiGWZ7qWQswnMx8SmgikpLd6XHbYSFKSSrB7Ildij=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (17, 17, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'VWuEbvoTGOCBGiEGRQyKEXYIDekY2ibJHJ2e2lk8mpC=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (18, 18, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'VlI6er0/gwxzsLOgx9gsBXrBDaLc2nkYUDe97YcBhbw=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (19, 19, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'nD44Gu/dCjtgrrggxOSqmL3zw85bkZSoXwNZWY5W5dH=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (20, 20, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'SjAQyRhGen9hWClRfuN8YcV3LnCTL3QAk82Qq1B/kWw=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (21, 21, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'sXgxK92D+5MmOgGt3tNktkqpjgxEhZQ8VN3vfYGmMSy=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (22, 22, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'BDrnfHhNt+lZ6akdbyYrcO3Ya13ALE6daf/S+HwcxpV=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (23, 23, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'Cq1fB7/MHDKvC53JEliOmWSy7+Ne9MYsSSnR8JdH8go=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (24, 24, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'hB2FHwpVaVb38XMDB87/fTa/Ai7v965SPL/7aTgYrt0=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (25, 25, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'kjdn8Dwjv0Tnb9YF54Mh76x41AuamZ5DB8iV4C/QoZK=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (26, 26, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'WqxNDeaUCh/4gKICs5T3mB+FqD/5tY7H1QA3FJGPwwU=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (27, 27, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'J/H8Zi2KrR2dUsaq42KCAnMZJCPtI2Ss/W/w3cSa9gI=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (28, 28, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'c3hFWVjhF5ZAddDgimA1R9VgC/+DU2QvjPOKsWX9aSj=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (29, 29, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'dJ71lwg4iWeK+6EZJ3863YkcRW9Mec85Us0V4zY71Se=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (30, 30, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'lTTOBLoowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOG=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (31, 31, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'B6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlb=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (32, 32, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'pjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTs=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (33, 33, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'qjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAP=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (34, 34, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQ=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (35, 35, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'ncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (36, 36, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'yTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (37, 37, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'k/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18j=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (38, 38, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', '/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs2=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (39, 39, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', 'o7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIP=', '2024-03-01 00:00:00');
INSERT INTO public.personal_access_tokens VALUES (40, 40, 'ci', false, '2025-01-01', '2024-01-01 00:00:00', '---
- api
', '6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjX=', '2024-03-01 00:00:00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES (1, 'thomas.muller83@yahoo.fr', '$2a$10$2uYW5AHi6dO6DoiUn0E.2fBDYiF/sZny5EakBEIbc44xtZo9Qhe.1', NULL, 428, '2024-03-01 00:00:00', '91.48.96.74', '91.48.96.74', 'Thomas Müller', true, 'tmuller', NULL, NULL, NULL, NULL, false, NULL, NULL, 'nD9vIc8UZsaG6XuGI1Xo', 'hub5cat27embuz7iiymzbul5d', NULL, 'thomas.muller83@yahoo.fr', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (2, 'mia.dubois52@web.de', '$2a$10$hhcz03bBkqUr3vsBdbrqWcEZ2SvOZPcjTw.BehmAl2HL/j8WSUvbM', NULL, 396, '2024-03-01 00:00:00', '62.230.66.25', '62.230.66.25', 'Mia Dubois', false, 'mdubois', NULL, NULL, NULL, NULL, false, NULL, NULL, 'llcF8Lprt5nel9_9HlvE', 'agigbervfpkoj4z57i63ayg8k', NULL, 'mia.dubois52@web.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (3, 'chiara.schmidt67@web.de', '$2a$10$vNwAqy6Us03b7gsAZjLfZIaGtDM080DNiU293y.nB0lPEyGxzqmvr', NULL, 541, '2024-03-01 00:00:00', '212.38.131.174', '212.38.131.174', 'Chiara Schmidt', false, 'cschmidt', NULL, 'k89BF3kBCGVfOS9NXKVSp1z6DVf9Vql0ujFV3oNVr4xs', 'rSzWAuMlsL3/kTph', '_50izByOb', true, NULL, NULL, 'wpoYxDzV1q2wUpdBknoH', 'nfathomjyfxwxthetbut1eovq', NULL, 'chiara.schmidt67@web.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (4, 'emma.fischer3@gmail.com', '$2a$10$7TKu1hGifb0BWDYMBTExHmW2IKOe/26ER5XFzAioytSdnEzfFPey4', NULL, 632, '2024-03-01 00:00:00', '84.3.160.74', '84.3.160.74', 'Emma Fischer', false, 'efischer', NULL, NULL, NULL, NULL, false, NULL, NULL, 'bObMkaGpd_gr2IfEjuSL', 'asczp6upf8ug4dxqai6olztkz', NULL, 'emma.fischer3@gmail.com', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (5, 'anna.bernard36@outlook.com', '$2a$10$o/g2ClhR/SY4zHHhvwUeIHk1JWwbQTnRHgAOXDTH9qUTdS39OPTac', NULL, 792, '2024-03-01 00:00:00', '212.73.192.165', '212.73.192.165', 'Anna Bernard', false, 'abernard', NULL, NULL, NULL, NULL, false, NULL, 'anna.bernard36@outlook.com', 'GaNKhce2X0sURET9LC-f', 'ejpkyhkch1dlgabiuafmoummc', NULL, 'anna.bernard36@outlook.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (6, 'pierre.taylor84@proton.me', '$2a$10$SfGR40g/WTyNvi05KJSgsuF.QMLTryfRuLBqDIr2oCez6qXgKW85L', NULL, 37, '2024-03-01 00:00:00', '79.228.92.78', '79.228.92.78', 'Pierre Taylor', false, 'ptaylor', NULL, 'fHZ3SxOCMOBfHtisosD308B6yeSQ070jAe7uDtg9K6DK', 'mcTew7P8NDMCC+lm', '_f0CqBBE4', true, NULL, NULL, 'A4h9COetuLN6c22kPtJa', 'fxtiftc9wbvlpoqiwwthnb7ua', NULL, 'pierre.taylor84@proton.me', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (7, 'jonas.dubois60@hotmail.com', '$2a$10$/8Qbljobm5EWuiieiqd9NHOfMdIq64RC8Yp0PYdrCx3DmG/I7eLSX', NULL, 693, '2024-03-01 00:00:00', '62.112.183.173', '62.112.183.173', 'Jonas Dubois', false, 'jdubois', NULL, NULL, NULL, NULL, false, NULL, NULL, 'YCBUL0oQ_sgy88lqq6_a', 'wk70saowz9zsjj7wqjczlzgxl', NULL, 'jonas.dubois60@hotmail.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (8, 'emma.garcia39@gmx.de', '$2a$10$HD9HxrgkpKCNkoqnan2pBU46ytpt1DJGZgIidQZz/HpdH57wqC9Kq', NULL, 485, '2024-03-01 00:00:00', '79.158.53.65', '79.158.53.65', 'Emma García', false, 'egarcia', NULL, NULL, NULL, NULL, false, NULL, NULL, '2tjK7lWk6wd1XZAyRbc9', 'bmarsbemizeamocnhzeeabjel', NULL, 'emma.garcia39@gmx.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (9, 'lucas.lambert75@web.de', '$2a$10$Vmxk2pFeAK3AkwWF7ztcYX7JYd9Id4XaYOrAf97ayo1b9YWySy3MV', NULL, 797, '2024-03-01 00:00:00', '109.175.168.218', '109.175.168.218', 'Lucas Lambert', false, 'llambert', NULL, 'Ox3MKyid7B0Sv2tG32I+UXf3ZXhbCB4oH7TWLDMi3UCD', '1/oYMDV/m37mNnV2', '_VrC85z98', true, NULL, NULL, 'dzIArmuekGczC9k98lhY', '8ofw8qtevvxyjtyce22uur0hv', NULL, 'lucas.lambert75@web.de', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (10, 'david.taylor93@gmx.de', '$2a$10$N3Z1q6hvAvSHjt3.GZDnmbUoUwg0BslPICeNpair5DJnpOLKW9ZQ4', NULL, 474, '2024-03-01 00:00:00', '62.106.154.137', '62.106.154.137', 'David Taylor', false, 'dtaylor', NULL, NULL, NULL, NULL, false, NULL, 'david.taylor93@gmx.de', 'meaNfC8Wnt2go9OuRKes', 'xpxzrn4rj8kxwj13mercxyvh3', NULL, 'david.taylor93@gmx.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (11, 'marco.becker67@posteo.de', '$2a$10$kn0UpsggQkTGSpu.QjwV0cpAFiIPL1NRpYZFV6yxCSkjtgOE7zUDO', NULL, 546, '2024-03-01 00:00:00', '79.55.253.237', '79.55.253.237', 'Marco Becker', false, 'mbecker', NULL, NULL, NULL, NULL, false, NULL, NULL, 'Egpf_RyteMy2uqJr8AEK', 'agqxeysznkgmmqwe2gdgraffu', NULL, 'marco.becker67@posteo.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (12, 'sarah.jensen80@outlook.com', '$2a$10$j9EQid0TYBHzWY5CQwpf0ERVThRK/ebK0dR7TDygf9ChvtkZSXC4X', NULL, 99, '2024-03-01 00:00:00', '62.165.18.84', '62.165.18.84', 'Sarah Jensen', false, 'sjensen', NULL, 'IzFN/oTaPlGVKmw0ZAh80B18YViN69/ijYwYyqsMlv5b', 'he0r0ljcHIexOD9L', '_rxfvD1Q7', true, NULL, NULL, 'pDK5LAKmAmfqgKfKFTxp', '2ogy1xvcjvrybpqh8j3o5m8hx', NULL, 'sarah.jensen80@outlook.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (13, 'jonas.becker8@hotmail.com', '$2a$10$n2fn4XBpA4XGBqEHW4gapwuC.Fnfu.3nOxQmNCtHDRv1KWhhtE6Sr', NULL, 774, '2024-03-01 00:00:00', '212.217.176.198', '212.217.176.198', 'Jonas Becker', false, 'jbecker', NULL, NULL, NULL, NULL, false, NULL, NULL, 'cbHgij070ZS9GqJgEuhg', 'bkohz7g6m1ymemjytb09jx7v5', NULL, 'jonas.becker8@hotmail.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (14, 'camille.rossi92@yahoo.fr', '$2a$10$PEGRdWvtT7V0.2wJLDbDmw58ZqO673e8VWRMMJ9K2uLk5/HDRZ3Bu', NULL, 534, '2024-03-01 00:00:00', '79.142.202.228', '79.142.202.228', 'Camille Rossi', false, 'crossi', NULL, NULL, NULL, NULL, false, NULL, NULL, 'pE51hvzKmdoyhfNeNjWG', 't5htei96l77ipcx0diihdjd3f', NULL, 'camille.rossi92@yahoo.fr', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (15, 'mia.rossi95@outlook.com', '$2a$10$xFOEmgh08hOJ0IYWAYg/eywy3vXBX/xRx5T2bxImx9X2qvbQ9ryf.', NULL, 351, '2024-03-01 00:00:00', '178.247.155.67', '178.247.155.67', 'Mia Rossi', false, 'mrossi', NULL, '3whmKmr6m8+8pElEbW6GCGz4UEzITY60VB5ajX77dnn6', '04yC5FUyVkzw9zyH', '_FfwSqwlP', true, NULL, 'mia.rossi95@outlook.com', 'q1PjQ8mzZc4NY_f90hJR', '0qxhvs5t4bonlkketzi6ydkva', NULL, 'mia.rossi95@outlook.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (16, 'julia.becker61@gmail.com', '$2a$10$7KhOXDHTiPi3Dd6BHj/McCF23e1dVwuLjO.kvIP2.0wQW4Q0OqLK7', NULL, 714, '2024-03-01 00:00:00', '79.243.115.169', '79.243.115.169', 'Julia Becker', false, 'jbecker', NULL, NULL, NULL, NULL, false, NULL, NULL, '_x1E6cjUdwAS5o6dVBMo', 'djhnb4oonbzynzyoayjaxpfl1', NULL, 'julia.becker61@gmail.com', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (17, 'lena.brown81@yahoo.fr', '$2a$10$r16MR.fD81fPamebkArIVsh62gEu1HT6sbDPOa0YJ59TfJuGX/Jzr', NULL, 580, '2024-03-01 00:00:00', '62.240.16.171', '62.240.16.171', 'Lena Brown', false, 'lbrown', NULL, NULL, NULL, NULL, false, NULL, NULL, '0ySN75Ju7lLiYjPadg_u', 'sxgs9esckn52mbgmorgspcexu', NULL, 'lena.brown81@yahoo.fr', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (18, 'maria.novak35@proton.me', '$2a$10$CpDf9btdWpLPFreK5dLBaaSfqNETopKYZn1c7NGBSWn.cLysLbtnT', NULL, 689, '2024-03-01 00:00:00', '178.181.86.147', '178.181.86.147', 'Maria Novak', false, 'mnovak', NULL, 'j6Vp7LxJiO1HHDnGK0PZCtty9CfjWHV4jpnsBRrENAFV', 'HUbPJU7flMmQBi3l', '_ynnLp6ty', true, NULL, NULL, 'nY4GNLS7YytyANvfGC1C', 'sp4ft4v06rogh37e9fejguagp', NULL, 'maria.novak35@proton.me', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (19, 'thomas.bernard64@outlook.com', '$2a$10$ZSPKi6HInGQasJA5GEf.5kIexD7pG7TyI1oJ/JvxEWiy7AU3GSpNM', NULL, 496, '2024-03-01 00:00:00', '178.232.43.245', '178.232.43.245', 'Thomas Bernard', false, 'tbernard', NULL, NULL, NULL, NULL, false, NULL, NULL, 'KtANEluImsufofBxdXeP', 'qkm3pzr9qhnrthmkpxycwq0ke', NULL, 'thomas.bernard64@outlook.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (20, 'anna.johnson93@icloud.com', '$2a$10$9CATuJb5eV509B8xOFtFhBPakZrXBZvGOEx3LX.1LYnfAL9kMMd34', NULL, 88, '2024-03-01 00:00:00', '178.90.127.208', '178.90.127.208', 'Anna Johnson', false, 'ajohnson', NULL, NULL, NULL, NULL, false, NULL, 'anna.johnson93@icloud.com', 'gksqF85IPAQuaJPvBuPY', 'fxzr3sifj0j31qivttipz06lv', NULL, 'anna.johnson93@icloud.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (21, 'pierre.anderson23@outlook.com', '$2a$10$9VPpoQZlolB2PNqdtfx80GKb2WJvPuWhvVsTHQe8x5Hf.8EYSNE.S', NULL, 316, '2024-03-01 00:00:00', '109.31.151.56', '109.31.151.56', 'Pierre Anderson', false, 'panderson', NULL, '7JK7C097+nMY/oWcIqeL1m77jXQhhTqPUpMJNxkCkIRM', 'TXaoJLJWSPJBlTmX', '_yQ7HMsFy', true, NULL, NULL, 'ZF7yyipmefkM2CtFIP5h', 'q9kntxofxocid4lm1lakty3nq', NULL, 'pierre.anderson23@outlook.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (22, 'sophie.taylor34@icloud.com', '$2a$10$gIQNGq7LWxM.94bj81xfhYgxn8XoZ1CWcDOMi3cG3Ye.jHggSSzpu', NULL, 882, '2024-03-01 00:00:00', '212.197.106.2', '212.197.106.2', 'Sophie Taylor', false, 'staylor', NULL, NULL, NULL, NULL, false, NULL, NULL, 'o8cozdwyv_ppu9au_aI7', 'k50n9pkrim4fgxgscwqgp5iw5', NULL, 'sophie.taylor34@icloud.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (23, 'emma.becker73@gmail.com', '$2a$10$dh3JzR5Evj0aCVr.S3sj9v/MTtbuXlzErAUHWbUjgCg57T3mjhcnK', NULL, 378, '2024-03-01 00:00:00', '79.148.114.178', '79.148.114.178', 'Emma Becker', false, 'ebecker', NULL, NULL, NULL, NULL, false, NULL, NULL, 'pL1pdV576OIdGYGRJXRT', 'klwfoowo6v71tnxf9q52nxwxl', NULL, 'emma.becker73@gmail.com', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (24, 'mia.williams54@gmail.com', '$2a$10$mx0OKZ6DBLtnwDoUCzSAK4GxiLWWrqvJg0WHpK52RDNSYImd8PsSt', NULL, 403, '2024-03-01 00:00:00', '91.106.111.226', '91.106.111.226', 'Mia Williams', false, 'mwilliams', NULL, 'FLPvDj36/7nO0kc24+mU5rL49tCW9jLY1q4RpdSScUc7', 'iF7TIpQBv80qRb65', '_H4troQMR', true, NULL, NULL, 'CpnxorUMIGYodijBaa35', 'ofafgmdoabsub2fb245lrixmu', NULL, 'mia.williams54@gmail.com', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (25, 'jonas.dubois34@gmail.com', '$2a$10$THkg7WPZpXb7EJnufqgrm1D0gq5wTjxBd7dlWXstIuc7UIoyi/I/E', NULL, 316, '2024-03-01 00:00:00', '91.135.141.147', '91.135.141.147', 'Jonas Dubois', false, 'jdubois', NULL, NULL, NULL, NULL, false, NULL, 'jonas.dubois34@gmail.com', 'HcPn4pAQG8Jx2XOQKtul', 'p3gztbzgb7zpld922sy7br1ln', NULL, 'jonas.dubois34@gmail.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (26, 'jan.lopez6@posteo.de', '$2a$10$sTwLNiHVZRk9vymZFl8XuqIwf2BYUbGvt1qqARYOCVqd8BOkkkk0Q', NULL, 884, '2024-03-01 00:00:00', '84.143.14.137', '84.143.14.137', 'Jan López', false, 'jlopez', NULL, NULL, NULL, NULL, false, NULL, NULL, 'SHtHUmsbOshbRZ_nMkHf', 'wlgmtw0ch6n7gfswgorfr1bwl', NULL, 'jan.lopez6@posteo.de', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (27, 'maria.garcia45@icloud.com', '$2a$10$SmRU3f7QvqUYyGaDhNRQCe/qQqbPBhVUxku1lyntJdrJ5fr6wbCSB', NULL, 131, '2024-03-01 00:00:00', '212.236.3.151', '212.236.3.151', 'Maria García', false, 'mgarcia', NULL, 'E+g9JOCffw1VAyVv0rLKn/BW357Zorv9U1gcyCVHYgNQ', 'xBh4A8jEHpNQd10B', '_3DLnXcbq', true, NULL, NULL, 'r7n5UPktmEv2MJnO55lZ', 'nfjinnfmlto27lcih5k5lcko6', NULL, 'maria.garcia45@icloud.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (28, 'carlos.rossi16@icloud.com', '$2a$10$7P2o/DqqRSib7DdRi.lSQ1.yGUEA7q3QqGWv9TwwWZHnQVKWs5zNx', NULL, 560, '2024-03-01 00:00:00', '109.100.199.31', '109.100.199.31', 'Carlos Rossi', false, 'crossi', NULL, NULL, NULL, NULL, false, NULL, NULL, 'Ed7VRtYfegUW-d-ErJ6z', 'aolkf67oy8ehhveqneukbnrdi', NULL, 'carlos.rossi16@icloud.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (29, 'olivia.schmidt74@gmail.com', '$2a$10$FgWav9k9PMXsB9hPRDjfAT.I.uqhFjLxHjHLCoBGpEV2MG8axjeCW', NULL, 764, '2024-03-01 00:00:00', '62.33.44.62', '62.33.44.62', 'Olivia Schmidt', false, 'oschmidt', NULL, NULL, NULL, NULL, false, NULL, NULL, 'X9DyVXouKrd7e65QVmFH', 'z9lripuvyptt9dkw5eddkckvs', NULL, 'olivia.schmidt74@gmail.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (30, 'james.nielsen43@icloud.com', '$2a$10$R9w.so4gQXjDQtsjZpNj.w6ZpZGAQ4Ncyzei5qOyihJo8NTK6q7Zn', NULL, 493, '2024-03-01 00:00:00', '91.27.207.71', '91.27.207.71', 'James Nielsen', false, 'jnielsen', NULL, 'tOawueXp83MZUBvowdkS+/7091Ue3XNF4wZOfLXxevg6', 'qZFNRVyNiVV/I36W', '_PttRQH2E', true, NULL, 'james.nielsen43@icloud.com', '9SJs9nCp5vry_DEgxK9F', 'ekuhb3zb5cbtbbrcpadjb00kh', NULL, 'james.nielsen43@icloud.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (31, 'jonas.johnson13@web.de', '$2a$10$2QCTKbsSI15B2fBNS4nPBVA8MuL.pPu88x7C9J/h9PWXePyKnOWWM', NULL, 255, '2024-03-01 00:00:00', '62.242.17.128', '62.242.17.128', 'Jonas Johnson', false, 'jjohnson', NULL, NULL, NULL, NULL, false, NULL, NULL, '39cZKzuhF1bAhTnxvJMQ', 'kc4fk2hauqhmfvqwa5pwmftqp', NULL, 'jonas.johnson13@web.de', NULL, 'Hamburg', 'FinTech Nord', '');
INSERT INTO public.users VALUES (32, 'emma.richter36@posteo.de', '$2a$10$Wfj6hDdjSH9I.hSNtIcvXqOD6fBp8/NiEK7rTW.GILiyIgUhxU11V', NULL, 861, '2024-03-01 00:00:00', '109.203.129.46', '109.203.129.46', 'Emma Richter', false, 'erichter', NULL, NULL, NULL, NULL, false, NULL, NULL, 'JNYPt4ESMJFHVbPrW0J4', 'ujaajo6xfcwqpshe4wwzfmnfc', NULL, 'emma.richter36@posteo.de', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (33, 'anna.anderson65@outlook.com', '$2a$10$DFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFz', NULL, 593, '2024-03-01 00:00:00', '84.122.211.49', '84.122.211.49', 'Anna Anderson', false, 'aanderson', NULL, 'qkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6Su', 'I02sjfwlLfYV/+oC', '_hCHuFvTT', true, NULL, NULL, 'J2uE9iUwi6NKUQETFIjU', 'bwik0pqw5ouwm4bdtmeybtssk', NULL, 'anna.anderson65@outlook.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (34, 'chiara.hoffmann38@gmail.com', '$2a$10$lBH7m8JomJcpodMD79.2E1AGSlWbtp2z6K82osLDsErqBfvV75Gng', NULL, 3, '2024-03-01 00:00:00', '212.201.171.134', '212.201.171.134', 'Chiara Hoffmann', false, 'choffmann', NULL, NULL, NULL, NULL, false, NULL, NULL, '0XOgyr_sfzvPVsLCf1ER', 'sdgnfqldxqsjqgcoi5yzhw3bj', NULL, 'chiara.hoffmann38@gmail.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (35, 'lucas.anderson37@icloud.com', '$2a$10$V3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJ', NULL, 346, '2024-03-01 00:00:00', '178.202.34.101', '178.202.34.101', 'Lucas Anderson', false, 'landerson', NULL, NULL, NULL, NULL, false, NULL, 'lucas.anderson37@icloud.com', '1ONlqyyXCCoYTOXRRtX5', 'ftrzkoeyhbtz7zo2lstyjum0u', NULL, 'lucas.anderson37@icloud.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (36, 'eva.lambert3@proton.me', '$2a$10$0/yZch2N6aRD.cu96xPTyS2dzl2QjBNHoyd1Wf.NGQZOPhEbF98Wd', NULL, 462, '2024-03-01 00:00:00', '109.158.69.25', '109.158.69.25', 'Eva Lambert', false, 'elambert', NULL, '117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSu', 'hEuWM+KlQwkFpJXe', '_lKJzv6jK', true, NULL, NULL, 'rKJdNb6MkkPbWEIEDTs5', 'yjlwq6r1ooaea1f3gfmp5ytkm', NULL, 'eva.lambert3@proton.me', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (37, 'james.weber77@gmail.com', '$2a$10$O09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOc', NULL, 319, '2024-03-01 00:00:00', '109.174.56.57', '109.174.56.57', 'James Weber', false, 'jweber', NULL, NULL, NULL, NULL, false, NULL, NULL, 'qptXW8NB9pgxZzYsYImJ', '2xgufjo3scmc5agaamznbxijk', NULL, 'james.weber77@gmail.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (38, 'david.brown42@icloud.com', '$2a$10$RlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBv', NULL, 96, '2024-03-01 00:00:00', '62.49.237.58', '62.49.237.58', 'David Brown', false, 'dbrown', NULL, NULL, NULL, NULL, false, NULL, NULL, 'MqexkfL-1_V-ecLrvZ09', 'p6sgsubtn2gokkugxwqcvuqzr', NULL, 'david.brown42@icloud.com', NULL, 'Bremen', 'FinTech Nord', '');
INSERT INTO public.users VALUES (39, 'lucia.brown41@hotmail.com', '$2a$10$yjt.RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z.X.xZCTMjYDr', NULL, 828, '2024-03-01 00:00:00', '178.57.80.79', '178.57.80.79', 'Lucia Brown', false, 'lbrown', NULL, 'rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZT', 'eDh3Ng+s85DR405u', '_AYiNHEIf', true, NULL, NULL, 'C8ymeCtvFRmLeNg-eYVM', 't8kba9slzymetevckwklcvarv', NULL, 'lucia.brown41@hotmail.com', NULL, 'Kiel', 'FinTech Nord', '');
INSERT INTO public.users VALUES (40, 'marco.taylor35@outlook.com', '$2a$10$p8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e.5IaE1WVwfFWc.Ml.kmog', NULL, 159, '2024-03-01 00:00:00', '84.87.126.176', '84.87.126.176', 'Marco Taylor', false, 'mtaylor', NULL, NULL, NULL, NULL, false, NULL, 'marco.taylor35@outlook.com', 'V76Yhckwg7UhgXPSR-B-', 'qudaeyh5qlx520qtatdbswguj', NULL, 'marco.taylor35@outlook.com', NULL, 'Kiel', 'FinTech Nord', '');


--
-- Data for Name: web_hooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_hooks VALUES (1, 1, '2024-01-01 00:00:00', 'ProjectHook', true, true, 'h+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wky', 'ivgXJf+rydoyBtZI', 'zcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrB', 'Jf0/0qGN9Cy1u4DO', NULL, NULL, 'Deploy bot', 'Triggers deploys');


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


