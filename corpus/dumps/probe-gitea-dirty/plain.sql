--
-- PostgreSQL database dump
--

\restrict KS6kxBwl6UBdyJhbnGohariJXbNDVYM3O9H0TD1JKoFg1m3VSvyedZ8vcsf9vRA

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
-- Name: access_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.access_token (
    id bigint NOT NULL,
    uid bigint,
    name character varying(255),
    token_hash character varying(255),
    token_salt character varying(255),
    token_last_eight character varying(255),
    scope character varying(255),
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.access_token OWNER TO postgres;

--
-- Name: access_token_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.access_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.access_token_id_seq OWNER TO postgres;

--
-- Name: access_token_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.access_token_id_seq OWNED BY public.access_token.id;


--
-- Name: action_runner; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.action_runner (
    id bigint NOT NULL,
    uuid character(36),
    name character varying(255),
    version character varying(64),
    owner_id bigint,
    repo_id bigint,
    description text,
    base integer,
    repo_range character varying(255),
    token_hash character varying(255),
    token_salt character varying(255),
    last_online bigint,
    last_active bigint,
    agent_labels text,
    created bigint,
    updated bigint,
    deleted bigint
);


ALTER TABLE public.action_runner OWNER TO postgres;

--
-- Name: action_runner_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.action_runner_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.action_runner_id_seq OWNER TO postgres;

--
-- Name: action_runner_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.action_runner_id_seq OWNED BY public.action_runner.id;


--
-- Name: action_runner_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.action_runner_token (
    id bigint NOT NULL,
    token character varying(255),
    owner_id bigint,
    repo_id bigint,
    is_active boolean,
    created bigint,
    updated bigint,
    deleted bigint
);


ALTER TABLE public.action_runner_token OWNER TO postgres;

--
-- Name: action_runner_token_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.action_runner_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.action_runner_token_id_seq OWNER TO postgres;

--
-- Name: action_runner_token_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.action_runner_token_id_seq OWNED BY public.action_runner_token.id;


--
-- Name: action_variable; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.action_variable (
    id bigint NOT NULL,
    owner_id bigint,
    repo_id bigint,
    name character varying(255) NOT NULL,
    data text NOT NULL,
    created_unix bigint NOT NULL,
    updated_unix bigint
);


ALTER TABLE public.action_variable OWNER TO postgres;

--
-- Name: action_variable_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.action_variable_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.action_variable_id_seq OWNER TO postgres;

--
-- Name: action_variable_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.action_variable_id_seq OWNED BY public.action_variable.id;


--
-- Name: comment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment (
    id bigint NOT NULL,
    type integer,
    poster_id bigint,
    original_author character varying(255),
    original_author_id bigint,
    issue_id bigint,
    content text,
    content_version integer DEFAULT 0 NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    commit_sha character varying(64),
    line bigint,
    tree_path character varying(255),
    review_id bigint,
    invalidated boolean
);


ALTER TABLE public.comment OWNER TO postgres;

--
-- Name: comment_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.comment_id_seq OWNER TO postgres;

--
-- Name: comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.comment_id_seq OWNED BY public.comment.id;


--
-- Name: email_address; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.email_address (
    id bigint NOT NULL,
    uid bigint NOT NULL,
    email character varying(255) NOT NULL,
    lower_email character varying(255) NOT NULL,
    is_activated boolean,
    is_primary boolean DEFAULT false NOT NULL
);


ALTER TABLE public.email_address OWNER TO postgres;

--
-- Name: email_address_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.email_address_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.email_address_id_seq OWNER TO postgres;

--
-- Name: email_address_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.email_address_id_seq OWNED BY public.email_address.id;


--
-- Name: external_login_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.external_login_user (
    external_id character varying(255) NOT NULL,
    user_id bigint NOT NULL,
    login_source_id bigint NOT NULL,
    raw_data text,
    provider character varying(25),
    email character varying(255),
    name character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    nick_name character varying(255),
    description character varying(255),
    avatar_url text,
    location character varying(255),
    access_token text,
    access_token_secret text,
    refresh_token text,
    expires_at timestamp without time zone
);


ALTER TABLE public.external_login_user OWNER TO postgres;

--
-- Name: hook_task; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hook_task (
    id bigint NOT NULL,
    hook_id bigint,
    uuid character varying(255),
    payload_content text,
    event_type character varying(255),
    is_delivered boolean,
    delivered bigint,
    is_succeed boolean,
    request_content text,
    response_content text
);


ALTER TABLE public.hook_task OWNER TO postgres;

--
-- Name: hook_task_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hook_task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.hook_task_id_seq OWNER TO postgres;

--
-- Name: hook_task_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hook_task_id_seq OWNED BY public.hook_task.id;


--
-- Name: issue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.issue (
    id bigint NOT NULL,
    repo_id bigint,
    index bigint,
    poster_id bigint,
    original_author character varying(255),
    original_author_id bigint,
    name character varying(255),
    content text,
    content_version integer DEFAULT 0 NOT NULL,
    milestone_id bigint,
    priority integer,
    is_closed boolean,
    is_pull boolean,
    num_comments integer,
    ref character varying(255),
    pin_order integer DEFAULT 0,
    deadline_unix bigint,
    created_unix bigint,
    updated_unix bigint,
    closed_unix bigint,
    is_locked boolean DEFAULT false NOT NULL
);


ALTER TABLE public.issue OWNER TO postgres;

--
-- Name: issue_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.issue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.issue_id_seq OWNER TO postgres;

--
-- Name: issue_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.issue_id_seq OWNED BY public.issue.id;


--
-- Name: login_source; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.login_source (
    id bigint NOT NULL,
    type integer,
    name character varying(255),
    is_active boolean DEFAULT false NOT NULL,
    is_sync_enabled boolean DEFAULT false NOT NULL,
    two_factor_policy character varying(255) DEFAULT ''::character varying NOT NULL,
    cfg text,
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.login_source OWNER TO postgres;

--
-- Name: login_source_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.login_source_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.login_source_id_seq OWNER TO postgres;

--
-- Name: login_source_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.login_source_id_seq OWNED BY public.login_source.id;


--
-- Name: mirror; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mirror (
    id bigint NOT NULL,
    repo_id bigint,
    "interval" bigint,
    enable_prune boolean DEFAULT true NOT NULL,
    updated_unix bigint,
    next_update_unix bigint,
    lfs_enabled boolean DEFAULT false NOT NULL,
    lfs_endpoint text,
    remote_address character varying(2048)
);


ALTER TABLE public.mirror OWNER TO postgres;

--
-- Name: mirror_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mirror_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.mirror_id_seq OWNER TO postgres;

--
-- Name: mirror_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mirror_id_seq OWNED BY public.mirror.id;


--
-- Name: oauth2_application; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth2_application (
    id bigint NOT NULL,
    uid bigint,
    name character varying(255),
    client_id character varying(255),
    client_secret character varying(255),
    confidential_client boolean DEFAULT true NOT NULL,
    skip_secondary_authorization boolean DEFAULT false NOT NULL,
    redirect_uris text,
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.oauth2_application OWNER TO postgres;

--
-- Name: oauth2_application_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oauth2_application_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oauth2_application_id_seq OWNER TO postgres;

--
-- Name: oauth2_application_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oauth2_application_id_seq OWNED BY public.oauth2_application.id;


--
-- Name: package_blob; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.package_blob (
    id bigint NOT NULL,
    size bigint DEFAULT 0 NOT NULL,
    hash_md5 character(32) NOT NULL,
    hash_sha1 character(40) NOT NULL,
    hash_sha256 character(64) NOT NULL,
    hash_sha512 character(128) NOT NULL,
    created_unix bigint NOT NULL
);


ALTER TABLE public.package_blob OWNER TO postgres;

--
-- Name: package_blob_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.package_blob_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.package_blob_id_seq OWNER TO postgres;

--
-- Name: package_blob_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.package_blob_id_seq OWNED BY public.package_blob.id;


--
-- Name: public_key; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.public_key (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    fingerprint character varying(255) NOT NULL,
    content text NOT NULL,
    mode integer DEFAULT 2 NOT NULL,
    type integer DEFAULT 1 NOT NULL,
    login_source_id bigint DEFAULT 0 NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    verified boolean DEFAULT false NOT NULL
);


ALTER TABLE public.public_key OWNER TO postgres;

--
-- Name: public_key_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.public_key_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.public_key_id_seq OWNER TO postgres;

--
-- Name: public_key_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.public_key_id_seq OWNED BY public.public_key.id;


--
-- Name: push_mirror; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.push_mirror (
    id bigint NOT NULL,
    repo_id bigint,
    remote_name character varying(255),
    remote_address character varying(2048),
    sync_on_commit boolean DEFAULT true NOT NULL,
    "interval" bigint,
    created_unix bigint,
    last_update bigint,
    last_error text
);


ALTER TABLE public.push_mirror OWNER TO postgres;

--
-- Name: push_mirror_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.push_mirror_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.push_mirror_id_seq OWNER TO postgres;

--
-- Name: push_mirror_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.push_mirror_id_seq OWNED BY public.push_mirror.id;


--
-- Name: repo_unit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repo_unit (
    id bigint NOT NULL,
    repo_id bigint,
    type integer,
    config text,
    created_unix bigint,
    everyone_access_mode integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.repo_unit OWNER TO postgres;

--
-- Name: repo_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.repo_unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.repo_unit_id_seq OWNER TO postgres;

--
-- Name: repo_unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.repo_unit_id_seq OWNED BY public.repo_unit.id;


--
-- Name: repository; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repository (
    id bigint NOT NULL,
    owner_id bigint,
    owner_name character varying(255),
    lower_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    website character varying(2048),
    original_service_type integer,
    original_url character varying(2048),
    default_branch character varying(255),
    num_watches integer,
    num_stars integer,
    num_forks integer,
    num_issues integer,
    is_private boolean,
    is_empty boolean,
    is_archived boolean,
    is_mirror boolean,
    is_fork boolean DEFAULT false NOT NULL,
    size bigint DEFAULT 0 NOT NULL,
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.repository OWNER TO postgres;

--
-- Name: repository_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.repository_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.repository_id_seq OWNER TO postgres;

--
-- Name: repository_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.repository_id_seq OWNED BY public.repository.id;


--
-- Name: secret; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.secret (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    repo_id bigint DEFAULT 0 NOT NULL,
    name character varying(255) NOT NULL,
    data text,
    description text,
    created_unix bigint NOT NULL
);


ALTER TABLE public.secret OWNER TO postgres;

--
-- Name: secret_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.secret_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.secret_id_seq OWNER TO postgres;

--
-- Name: secret_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.secret_id_seq OWNED BY public.secret.id;


--
-- Name: session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.session (
    key character(16) NOT NULL,
    data bytea,
    expiry bigint
);


ALTER TABLE public.session OWNER TO postgres;

--
-- Name: system_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.system_setting (
    id bigint NOT NULL,
    setting_key character varying(255),
    setting_value text,
    version integer,
    created bigint,
    updated bigint
);


ALTER TABLE public.system_setting OWNER TO postgres;

--
-- Name: system_setting_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.system_setting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.system_setting_id_seq OWNER TO postgres;

--
-- Name: system_setting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.system_setting_id_seq OWNED BY public.system_setting.id;


--
-- Name: two_factor; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.two_factor (
    id bigint NOT NULL,
    uid bigint,
    secret character varying(255),
    scratch_salt character varying(255),
    scratch_hash character varying(255),
    last_used_passcode character varying(10),
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.two_factor OWNER TO postgres;

--
-- Name: two_factor_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.two_factor_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.two_factor_id_seq OWNER TO postgres;

--
-- Name: two_factor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.two_factor_id_seq OWNED BY public.two_factor.id;


--
-- Name: user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."user" (
    id bigint NOT NULL,
    lower_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    full_name character varying(255),
    email character varying(255) NOT NULL,
    keep_email_private boolean,
    email_notifications_preference character varying(20) DEFAULT 'enabled'::character varying NOT NULL,
    passwd character varying(255) NOT NULL,
    passwd_hash_algo character varying(255) DEFAULT 'argon2'::character varying NOT NULL,
    must_change_password boolean DEFAULT false NOT NULL,
    login_type integer,
    login_source bigint DEFAULT 0 NOT NULL,
    login_name character varying(255),
    type integer,
    location character varying(255),
    website character varying(255),
    rands character varying(32),
    salt character varying(32),
    language character varying(5),
    description character varying(255),
    created_unix bigint,
    updated_unix bigint,
    last_login_unix bigint,
    last_repo_visibility boolean,
    max_repo_creation integer DEFAULT '-1'::integer NOT NULL,
    is_active boolean,
    is_admin boolean,
    is_restricted boolean DEFAULT false NOT NULL,
    allow_git_hook boolean,
    allow_import_local boolean,
    allow_create_organization boolean DEFAULT true,
    prohibit_login boolean DEFAULT false NOT NULL,
    avatar character varying(2048) NOT NULL,
    avatar_email character varying(255) NOT NULL,
    use_custom_avatar boolean,
    num_followers integer,
    num_following integer DEFAULT 0 NOT NULL,
    num_stars integer,
    num_repos integer,
    num_teams integer,
    num_members integer,
    visibility integer DEFAULT 0 NOT NULL,
    repo_admin_change_team_access boolean DEFAULT false NOT NULL,
    diff_view_style character varying(255) DEFAULT ''::character varying NOT NULL,
    theme character varying(255) DEFAULT ''::character varying NOT NULL,
    keep_activity_private boolean DEFAULT false NOT NULL
);


ALTER TABLE public."user" OWNER TO postgres;

--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.user_id_seq OWNER TO postgres;

--
-- Name: user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;


--
-- Name: webauthn_credential; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webauthn_credential (
    id bigint NOT NULL,
    name character varying(255),
    lower_name character varying(255),
    user_id bigint,
    credential_id bytea,
    public_key bytea,
    attestation_type character varying(255),
    aaguid bytea,
    sign_count bigint,
    clone_warning boolean,
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.webauthn_credential OWNER TO postgres;

--
-- Name: webauthn_credential_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.webauthn_credential_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.webauthn_credential_id_seq OWNER TO postgres;

--
-- Name: webauthn_credential_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.webauthn_credential_id_seq OWNED BY public.webauthn_credential.id;


--
-- Name: webhook; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhook (
    id bigint NOT NULL,
    repo_id bigint,
    owner_id bigint,
    is_system_webhook boolean,
    url text,
    http_method character varying(255),
    content_type integer,
    secret text,
    events text,
    is_active boolean,
    type character varying(16),
    meta text,
    last_status integer,
    header_authorization_encrypted text,
    created_unix bigint,
    updated_unix bigint
);


ALTER TABLE public.webhook OWNER TO postgres;

--
-- Name: webhook_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.webhook_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.webhook_id_seq OWNER TO postgres;

--
-- Name: webhook_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.webhook_id_seq OWNED BY public.webhook.id;


--
-- Name: access_token id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.access_token ALTER COLUMN id SET DEFAULT nextval('public.access_token_id_seq'::regclass);


--
-- Name: action_runner id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner ALTER COLUMN id SET DEFAULT nextval('public.action_runner_id_seq'::regclass);


--
-- Name: action_runner_token id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner_token ALTER COLUMN id SET DEFAULT nextval('public.action_runner_token_id_seq'::regclass);


--
-- Name: action_variable id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_variable ALTER COLUMN id SET DEFAULT nextval('public.action_variable_id_seq'::regclass);


--
-- Name: comment id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment ALTER COLUMN id SET DEFAULT nextval('public.comment_id_seq'::regclass);


--
-- Name: email_address id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_address ALTER COLUMN id SET DEFAULT nextval('public.email_address_id_seq'::regclass);


--
-- Name: hook_task id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hook_task ALTER COLUMN id SET DEFAULT nextval('public.hook_task_id_seq'::regclass);


--
-- Name: issue id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.issue ALTER COLUMN id SET DEFAULT nextval('public.issue_id_seq'::regclass);


--
-- Name: login_source id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_source ALTER COLUMN id SET DEFAULT nextval('public.login_source_id_seq'::regclass);


--
-- Name: mirror id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mirror ALTER COLUMN id SET DEFAULT nextval('public.mirror_id_seq'::regclass);


--
-- Name: oauth2_application id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth2_application ALTER COLUMN id SET DEFAULT nextval('public.oauth2_application_id_seq'::regclass);


--
-- Name: package_blob id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob ALTER COLUMN id SET DEFAULT nextval('public.package_blob_id_seq'::regclass);


--
-- Name: public_key id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.public_key ALTER COLUMN id SET DEFAULT nextval('public.public_key_id_seq'::regclass);


--
-- Name: push_mirror id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.push_mirror ALTER COLUMN id SET DEFAULT nextval('public.push_mirror_id_seq'::regclass);


--
-- Name: repo_unit id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repo_unit ALTER COLUMN id SET DEFAULT nextval('public.repo_unit_id_seq'::regclass);


--
-- Name: repository id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repository ALTER COLUMN id SET DEFAULT nextval('public.repository_id_seq'::regclass);


--
-- Name: secret id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.secret ALTER COLUMN id SET DEFAULT nextval('public.secret_id_seq'::regclass);


--
-- Name: system_setting id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.system_setting ALTER COLUMN id SET DEFAULT nextval('public.system_setting_id_seq'::regclass);


--
-- Name: two_factor id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.two_factor ALTER COLUMN id SET DEFAULT nextval('public.two_factor_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Name: webauthn_credential id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webauthn_credential ALTER COLUMN id SET DEFAULT nextval('public.webauthn_credential_id_seq'::regclass);


--
-- Name: webhook id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook ALTER COLUMN id SET DEFAULT nextval('public.webhook_id_seq'::regclass);


--
-- Data for Name: access_token; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.access_token (id, uid, name, token_hash, token_salt, token_last_eight, scope, created_unix, updated_unix) FROM stdin;
1	1	renovate	ad83375e56cf7fedbd435d298639397e98fb0bff7a337012f5f722aa5757a2968fe6ee55b8c7ced545479e8eb112511f647d	w0vOmfcij0	60e082ae	write:repository,read:user	1708040424	1709553128
2	4	ci	6338b441761f73c78f742d40a3a454503f46f10ad8a0998f337207f7aabc138ac25b9d293ac69156d6bba4900d7407872d46	6B9HfLyR7b	169e1aeb	all	1710082774	1708195964
3	7	tea-cli	e9a2546b2d64f88a4c7aff49de674ee54c96c458f765679685987e12c574e28bcf093947ace68bf0aab173a398de24d2e471	Hi6FiTDnA9	df301863	read:repository	1707902765	1707034511
4	10	backup	2b26b0e3836b15dde801edc87ec7006461f22578209a818c7b1ee817fcbf011a900be320a3d3ded4fc67595858070f373c2f	V5PAt5AJWk	5f626678	write:issue,write:repository	1709402694	1709776614
5	13	renovate	4beccdcaf31e80fef52189e59369d9fe01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e304322f10	N7gq5sudml	d93b841f	write:repository,read:user	1710700037	1708792468
6	16	ci	f871b41f88f6d1cd58901dc6f37965ca7b6363d989cda60417375a6b10cad3cf1254e454e0ab61fdaeabcc77382f2749728e	UcQoXwOBSK	731b5fa8	all	1708818411	1708168349
7	19	tea-cli	45a3332ea1685dda599724544934bc15e8feb34c0f5f6f21fc8ddb0623b23baf673666e267edbec706cf81f1b3fbb61d9e2e	nzCbLrsbqD	f28243ce	read:repository	1711495824	1710908191
8	22	backup	e6d75df96318d2baa07406069b92f833e2e0ce866a0dd6d7e0dcc579b000a0d8a5500e9930cfd00d4eea84d799ba2cbb658b	1RTXcoSbBN	c0edad54	write:issue,write:repository	1707538093	1710932957
9	25	renovate	4d439195f707cc98fe9c969ba0be3277646fc72d9662da43797cbe7fc2708d3e59be858af8c8a734b0d63f02978989edb070	4yeVTFbo32	b319b029	write:repository,read:user	1706815028	1707794148
10	28	ci	fe89a10d4db74302740d122bb8d9d66bc2cc74ec10a0097c517e47a3d3f1c55e45bc1fb2f56a0dbea88c0c9cd7d5e2c3a359	0YOgtpbpnp	6c853ff0	all	1709894451	1706821586
11	31	tea-cli	0cb10484d64bf3b7c6290da500091cdcddd1f91964e237e1d8dcffdef06e5b1686ae7eb7f7706e4333e75ae422c3c8582650	jBDB3ChN4j	eec13d12	read:repository	1709264808	1708843405
12	34	backup	3ba9dbac83af2a3e3fc150f71c1e122a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb3769cbd7260e	ABjkxQrXMt	d780f319	write:issue,write:repository	1711715041	1708400957
\.


--
-- Data for Name: action_runner; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.action_runner (id, uuid, name, version, owner_id, repo_id, description, base, repo_range, token_hash, token_salt, last_online, last_active, agent_labels, created, updated, deleted) FROM stdin;
1	80765e18-cd75-48e0-a359-4003912342e3	runner-pruefstand	v0.2.10	37	0		0		5913a79425ca75995ef0ec80dd16e39f6a85f082db6a0a74cd1efb7e3c710184fb2288de512aa5acfc998a5dbddd290604a6	gBdVWt6qG6	1709254377	1707152918	["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]	1706745600	1706745600	\N
2	d791caa1-3c0f-409f-afa0-715035533cb5	runner-build01	v0.2.10	0	0		0		deb317db387ef13b1b88c9adcab7dc21c1427d9f55b03643d9b054a7f54c74251a45b6004f9decbd22c0dbe82adbe0c8f3b5	tkkTXFD4sU	1709711942	1710955256	["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]	1706745600	1706745600	\N
3	a078bade-38d9-42a1-a848-d2f2c3e6fc74	runner-build02	v0.2.10	0	0		0		33c0efaf45682f1093dfb57e65785c1bf38c8782a3ec633f7eb243b3161166b632fae13ace3cda264c5fe0b849a32884a3ac	GDkLoAEtS8	1711409611	1706855427	["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]	1706745600	1706745600	\N
\.


--
-- Data for Name: action_runner_token; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.action_runner_token (id, token, owner_id, repo_id, is_active, created, updated, deleted) FROM stdin;
1	bXmws0bIZD3ABjkxQrXMtzbiB9MHl7T3PbjlYtep	0	0	t	1706745600	1706745600	\N
2	b5S7RbDvAuclsv0ocehyXrEcBno0y8bjdPQbYbRE	37	0	t	1706745600	1706745600	\N
\.


--
-- Data for Name: action_variable; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.action_variable (id, owner_id, repo_id, name, data, created_unix, updated_unix) FROM stdin;
1	37	0	DEPLOY_HOST	deploy01.nordlicht.internal	1706745600	1706745600
2	37	0	SONAR_HOST_URL	https://sonar.nordlicht.internal	1706745600	1706745600
3	0	1	IMAGE_NAME	firmware-pruefstand	1706745600	1706745600
4	0	1	NODE_VERSION	20	1706745600	1706745600
\.


--
-- Data for Name: comment; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment (id, type, poster_id, original_author, original_author_id, issue_id, content, content_version, created_unix, updated_unix, commit_sha, line, tree_path, review_id, invalidated) FROM stdin;
1	0	9		0	1	Kann ich nachstellen.	0	1711564653	1706764758		0		0	f
2	0	16		0	2	Kann ich nachstellen.	0	1708344952	1710867992		0		0	f
3	0	23		0	3	Bitte noch Tests ergänzen.	0	1707192607	1706915299		0		0	f
4	0	30		0	4	Bitte noch Tests ergänzen.	0	1708897713	1707457760		0		0	f
5	0	3		0	5	Fix ist im Branch main.	0	1707575511	1709119732		0		0	f
6	0	10		0	6	Fix ist im Branch main.	0	1709775758	1706796142		0		0	f
7	0	17		0	7	Bitte noch Tests ergänzen.	0	1708790688	1707241192		0		0	f
8	0	24		0	8	Bitte noch Tests ergänzen.	0	1708314544	1707564683		0		0	f
9	0	31		0	9	@lukas.moreau habe Daniel zurückgerufen, Termin steht. Handy falls nötig: +49 155 91711529	0	1709616152	1708593501		0		0	f
10	0	4		0	10	LGTM	0	1711432076	1706874095		0		0	f
11	0	11		0	11	Fix ist im Branch main.	0	1711141965	1711882331		0		0	f
12	0	18		0	12	Bitte noch Tests ergänzen.	0	1709803624	1707617178		0		0	f
13	0	25		0	13	LGTM	0	1710876881	1710770908		0		0	f
14	0	32		0	14	Bitte noch Tests ergänzen.	0	1708432624	1709401311		0		0	f
15	0	5		0	15	LGTM	0	1707179566	1711009081		0		0	f
16	0	12		0	16	Fix ist im Branch main.	0	1709983380	1708707251		0		0	f
17	0	19		0	17	Fix ist im Branch main.	0	1708201894	1707400340		0		0	f
18	0	26		0	18	Fix ist im Branch main.	0	1708039840	1709249321		0		0	f
19	0	33		0	19	Bitte noch Tests ergänzen.	0	1707470475	1709394953		0		0	f
20	0	6		0	20	Kann ich nachstellen.	0	1708542559	1711650254		0		0	f
21	0	13		0	21	Fix ist im Branch main.	0	1707549495	1708603272		0		0	f
22	0	20		0	22	Kann ich nachstellen.	0	1707022356	1707947575		0		0	f
23	0	27		0	23	LGTM	0	1708992598	1710903813		0		0	f
24	0	34		0	24	Bitte noch Tests ergänzen.	0	1707783025	1711566876		0		0	f
25	0	7		0	25	Kann ich nachstellen.	0	1707266858	1707074080		0		0	f
26	0	14		0	26	LGTM	0	1711129030	1708066150		0		0	f
27	0	21		0	27	Bitte noch Tests ergänzen.	0	1709933974	1708019834		0		0	f
28	0	28		0	28	Kann ich nachstellen.	0	1708577422	1708672241		0		0	f
29	0	35		0	29	Bitte noch Tests ergänzen.	0	1710471866	1709488727		0		0	f
30	0	8		0	30	Bitte noch Tests ergänzen.	0	1709376077	1709836352		0		0	f
\.


--
-- Data for Name: email_address; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.email_address (id, uid, email, lower_email, is_activated, is_primary) FROM stdin;
1	1	gitea-admin@nordlicht-werke.de	gitea-admin@nordlicht-werke.de	t	t
2	2	sophie.novak92@posteo.de	sophie.novak92@posteo.de	t	t
3	3	camille.hoffmann@nordlicht-werke.de	camille.hoffmann@nordlicht-werke.de	t	t
4	4	sarah.fischer92@hotmail.com	sarah.fischer92@hotmail.com	t	t
5	5	lucia.richter34@gmail.com	lucia.richter34@gmail.com	t	t
6	6	camille.martinez@nordlicht-werke.de	camille.martinez@nordlicht-werke.de	t	t
7	7	laura.moreau41@icloud.com	laura.moreau41@icloud.com	t	t
8	8	chiara.kowalski44@gmail.com	chiara.kowalski44@gmail.com	t	t
9	9	lena.kowalski@nordlicht-werke.de	lena.kowalski@nordlicht-werke.de	t	t
10	10	jonas.kowalski96@posteo.de	jonas.kowalski96@posteo.de	t	t
11	11	lukas.moreau38@outlook.com	lukas.moreau38@outlook.com	t	t
12	12	eva.richter@nordlicht-werke.de	eva.richter@nordlicht-werke.de	t	t
13	13	anna.garcia50@yahoo.fr	anna.garcia50@yahoo.fr	t	t
14	14	martin.brown87@proton.me	martin.brown87@proton.me	t	t
15	15	carlos.schmidt@nordlicht-werke.de	carlos.schmidt@nordlicht-werke.de	t	t
16	16	martin.novak26@proton.me	martin.novak26@proton.me	t	t
17	17	pierre.williams61@gmail.com	pierre.williams61@gmail.com	t	t
18	18	lucas.taylor@nordlicht-werke.de	lucas.taylor@nordlicht-werke.de	t	t
19	19	david.hoffmann72@web.de	david.hoffmann72@web.de	t	t
20	20	sarah.garcia21@icloud.com	sarah.garcia21@icloud.com	t	t
21	21	emma.rossi@nordlicht-werke.de	emma.rossi@nordlicht-werke.de	t	t
22	22	jan.williams27@gmx.de	jan.williams27@gmx.de	t	t
23	23	david.garcia73@web.de	david.garcia73@web.de	t	t
24	24	jonas.schmidt@nordlicht-werke.de	jonas.schmidt@nordlicht-werke.de	t	t
25	25	thomas.garcia85@posteo.de	thomas.garcia85@posteo.de	t	t
26	26	lucas.garcia47@web.de	lucas.garcia47@web.de	t	t
27	27	liam.moreau@nordlicht-werke.de	liam.moreau@nordlicht-werke.de	t	t
28	28	sarah.schmidt19@hotmail.com	sarah.schmidt19@hotmail.com	t	t
29	29	camille.brown37@icloud.com	camille.brown37@icloud.com	t	t
30	30	laura.rossi@nordlicht-werke.de	laura.rossi@nordlicht-werke.de	t	t
31	31	olivia.lopez42@web.de	olivia.lopez42@web.de	t	t
32	32	james.muller60@gmx.de	james.muller60@gmx.de	t	t
33	33	james.bernard@nordlicht-werke.de	james.bernard@nordlicht-werke.de	t	t
34	34	lena.johnson29@posteo.de	lena.johnson29@posteo.de	t	t
35	35	lucia.moreau16@proton.me	lucia.moreau16@proton.me	t	t
36	36	pierre.rossi@nordlicht-werke.de	pierre.rossi@nordlicht-werke.de	t	t
\.


--
-- Data for Name: external_login_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.external_login_user (external_id, user_id, login_source_id, raw_data, provider, email, name, first_name, last_name, nick_name, description, avatar_url, location, access_token, access_token_secret, refresh_token, expires_at) FROM stdin;
e47996b7-a7e4-4f47-a0c0-b79bcda778d5	2	2	{"sub":"e47996b7-a7e4-4f47-a0c0-b79bcda778d5","email_verified":true,"name":"Sophie Novak","preferred_username":"sophie.novak","given_name":"Sophie","family_name":"Novak","email":"sophie.novak92@posteo.de","groups":["gitea-users"]}	openidConnect	sophie.novak92@posteo.de	sophie.novak	Sophie	Novak	sophie.novak				eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InNFZEJvcTIwLWNsZVFSY1pjUkVpQmZiVzdFankyZVhqN0NNVm1SREFObUYifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiMjM0MmUzNTktMTNhNy00OTQyLWE1Y2EtNzU5OTVlZjBlYzgwIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6ImU0Nzk5NmI3LWE3ZTQtNGY0Ny1hMGMwLWI3OWJjZGE3NzhkNSIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiZGQxNmUzOWYtNmE4NS00ZjA4LWEyZGItNmEwYTc0Y2QxZWZiIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.d4PwcEBEiR_uLLhh07UFJroXpw_wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB_Dn8-oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k_UWvBPZQN3ksAVRqd_VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi_MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J_JzP5a9zdRPPwA79o8SVbjI8FAnP2-uXd6ZVfgVyFu_PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ_o5HMow4Mz1oKYQzX-5BuiQmpOJjhRrOoyHDlLpAEvT-5B		eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ii1lTlRWc3Z3ZkNZQVJuR3JpQlh2cUVOUzM0eUJ6ZEZGX2JyU3psZGN0dFcifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiZjJlZDdkNjAtZGEwMy00ZmYyLWEwZWYtMTY3M2FkMDk2MGNhIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6ImU0Nzk5NmI3LWE3ZTQtNGY0Ny1hMGMwLWI3OWJjZGE3NzhkNSIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiODA4YTg3Y2UtMjMzMS00MzU5LWE3MTEtOTBkOWM0MzI3NzNiIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.UE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D_GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz_82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE-fh3y6_H2rLOCWFV3vRJVlBJUh9E4wt6U29_S0nv3-U6-w2XdmXW6KDadS4Qp74Ard8MBmI-0RqU_BI1-z7L_0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa-FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K_hKc9RuHwdcqx5Bkh-G1MnoVKMJwGn4j	2024-02-01 09:05:00
78922270	7	3	{"login":"lauramoreau","id":78922270,"node_id":"MDQ6VXNlcjSUJrgGaW","avatar_url":"https://avatars.githubusercontent.com/u/78922270?v=4","html_url":"https://github.com/lauramoreau","type":"User","site_admin":false,"name":"Laura Moreau","company":"Nordlicht Werke","blog":"","location":"Kiel","email":"laura.moreau41@icloud.com","hireable":null,"bio":null,"public_repos":14,"followers":19,"following":7,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}	github	laura.moreau41@icloud.com	Laura Moreau			lauramoreau		https://avatars.githubusercontent.com/u/78922270?v=4	Kiel	gho_ietS1zPBbAwMCLmwBHErz5VkAJJHTj1jue0B			0001-01-01 00:00:00
4c0df2ee-d25f-4a46-a8d5-1c17830be576	12	2	{"sub":"4c0df2ee-d25f-4a46-a8d5-1c17830be576","email_verified":true,"name":"Eva Richter","preferred_username":"eva.richter","given_name":"Eva","family_name":"Richter","email":"eva.richter@nordlicht-werke.de","groups":["gitea-users"]}	openidConnect	eva.richter@nordlicht-werke.de	eva.richter	Eva	Richter	eva.richter				eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImdYV3NDLWZRUmhIcVotVEZvOGVDdzZGanoyR1RjVGQ4WmE3Y3p6YktaT1QifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiNTJiZDc3MTQtMzQzMC00MDlhLWFlOTctNzZhOWRjOTUzZmYzIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6IjRjMGRmMmVlLWQyNWYtNGE0Ni1hOGQ1LTFjMTc4MzBiZTU3NiIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiYjBmODIyNTEtNjdhMC00Njc2LWExMjUtMzJmOGJkYWY0Yzg4Iiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.zY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf_kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF-wIxAtP05d9ttP54z-0Rozkn7HBpw7p_LhaQsOiv7dcLEe1G-yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu-tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS-ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC-HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc		eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjFIWHh1SkJfeVpzMFNrYU05ZFJMVllzcWpwcVJOeFhxRGRIaFFpQ1dtREQifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiMWE1MGM1ZjAtYzY1Ni00NzljLWE4NWEtMDhhOTg4YjE3NDQyIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6IjRjMGRmMmVlLWQyNWYtNGE0Ni1hOGQ1LTFjMTc4MzBiZTU3NiIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiODQzNzlhMjAtZjkyNi00OGY1LWE5ZGItZjk1NjZiZmVlODUwIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle-AQ7EzNIFrJk07_O44uGhFW3PCuRsYUH2poBLpLX_dchldc-COnDhipbJBJyHDuvVIx_SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde_zri6ooaqqtM-II3s4FfiJf4QOz7cE91rfOlZc0dZUf_jpxLMGhZwH5POlMcZRaWKDL_sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ_VrAlze0km7pk5xoFO_0Ar4NDPmx6jC7s	2024-02-01 09:05:00
3023168	17	3	{"login":"pierrewilliams","id":3023168,"node_id":"MDQ6VXNlcjED2nDN3j","avatar_url":"https://avatars.githubusercontent.com/u/3023168?v=4","html_url":"https://github.com/pierrewilliams","type":"User","site_admin":false,"name":"Pierre Williams","company":"Nordlicht Werke","blog":"","location":"Kiel","email":"pierre.williams61@gmail.com","hireable":null,"bio":null,"public_repos":40,"followers":12,"following":15,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}	github	pierre.williams61@gmail.com	Pierre Williams			pierrewilliams		https://avatars.githubusercontent.com/u/3023168?v=4	Kiel	gho_AqAy1i7gvJsXbgtScnJgrUtahsJHrOjSybJE			0001-01-01 00:00:00
a4400ac4-c009-46d5-a06e-352580da333c	22	2	{"sub":"a4400ac4-c009-46d5-a06e-352580da333c","email_verified":true,"name":"Jan Williams","preferred_username":"jan.williams22","given_name":"Jan","family_name":"Williams","email":"jan.williams27@gmx.de","groups":["gitea-users"]}	openidConnect	jan.williams27@gmx.de	jan.williams22	Jan	Williams	jan.williams22				eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNlYXJSaFRxVlItOFdOZ1hjQ0haNm44Nk1vY21JeUo5X19oSkNmZ0poaWQifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiNDYzZDQxZWItN2IxNi00OGNkLWE4Y2QtNWM1ZDVlYzJhOTNlIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6ImE0NDAwYWM0LWMwMDktNDZkNS1hMDZlLTM1MjU4MGRhMzMzYyIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiYWJjMWVlNTAtMzA2NS00Yzc5LWFiYTItOTQ4MDI2M2M1YjZlIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.7lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy-6iY-rXoQIh-IarLbwZeywLmRcsHv_dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe-_-H-nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo-xX7tJ78aHVu4-nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs-Uy0vp_VPdvwJ-aBe		eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkkxZDBMLXlxbGVSOTZaNjVJMHdTLTJvaFU3dzV3VmFMelRmaWVVSnBSazYifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiMzM1ODdmMTAtZDQ3MS00MzRmLWEwNWEtZjYyM2QyMzFlYTAzIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6ImE0NDAwYWM0LWMwMDktNDZkNS1hMDZlLTM1MjU4MGRhMzMzYyIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiNjY3MTExNDAtNzgyZS00OWUwLWExMTUtNTY4OGE1ZGJmYzg0Iiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.cMNM6Te_J1OWcFa-ylNHSZ_r7jHJHk5ztqud_KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C-a_GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH_9Vu_1JWDoK6Db07RZJjDIf-HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo-h-uRe0EUHeb6WBI-N_sorHhgdH69MBJwaIUm82E26IGp3Noyn	2024-02-01 09:05:00
20479505	27	3	{"login":"liammoreau27","id":20479505,"node_id":"MDQ6VXNlcjIa1ybfKd","avatar_url":"https://avatars.githubusercontent.com/u/20479505?v=4","html_url":"https://github.com/liammoreau27","type":"User","site_admin":false,"name":"Liam Moreau","company":"Nordlicht Werke","blog":"","location":"Kiel","email":"liam.moreau@nordlicht-werke.de","hireable":null,"bio":null,"public_repos":37,"followers":13,"following":10,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}	github	liam.moreau@nordlicht-werke.de	Liam Moreau			liammoreau27		https://avatars.githubusercontent.com/u/20479505?v=4	Kiel	gho_8uMX7BSd4AqwVkAANYbRxNQNaZdfcKH0YF7Q			0001-01-01 00:00:00
5c6a031d-b38c-477f-a42b-5311be2b2184	32	2	{"sub":"5c6a031d-b38c-477f-a42b-5311be2b2184","email_verified":true,"name":"James Müller","preferred_username":"james.muller32","given_name":"James","family_name":"Müller","email":"james.muller60@gmx.de","groups":["gitea-users"]}	openidConnect	james.muller60@gmx.de	james.muller32	James	Müller	james.muller32				eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjZGX0lrWVpLaldjT1RmaXVVOUQ3cExIOXE1QlIwS2M3eVJkWE0xYktGeTcifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiMTJiNzVkZjctNDk2My00ZDdkLWE4ZTctY2U4MTljOTI1MjcyIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6IjVjNmEwMzFkLWIzOGMtNDc3Zi1hNDJiLTUzMTFiZTJiMjE4NCIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiYzk2YjY4MTUtMWI3YS00Y2MwLWE4MDQtYzBkYzljOTk5MTdjIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.Ug3jPZJ80qZ9MMSiaOu5YLekF0sRo-wyK9LqXsdNOUnYEHKr33H-ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8-KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x-lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL-pPu88x7C9J_h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7AP		eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImxLaXRaSHJUMzhjTzRBSFZtSDJHSWI5TDRUUVZ2UHFZN3BjUl9sNzE5SkUifQ.eyJleHAiOjE3MDY3NDU5MDAsImlhdCI6MTcwNjc0NTYwMCwianRpIjoiODU3YzJmY2QtZDMxZS00ZGE2LWExNmItZGY2N2FhZWFlYWMwIiwiaXNzIjoiaHR0cHM6Ly9zc28ubm9yZGxpY2h0LXdlcmtlLmRlL3JlYWxtcy9ub3JkbGljaHQiLCJhdWQiOiJnaXRlYSIsInN1YiI6IjVjNmEwMzFkLWIzOGMtNDc3Zi1hNDJiLTUzMTFiZTJiMjE4NCIsInR5cCI6IkJlYXJlciIsImF6cCI6ImdpdGVhIiwic2lkIjoiZTBjYjcyOGYtYTA5NC00YmQyLWE3OTctMGZkOWM0NTA2MWNiIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.W-oKFteoWzlbJ9X0m7e-ygLWfj6hDdjSH9I-hSNtIcvXqOD6fBp8_NiEK7rTW-GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0_xbbOV8Q7Radw-Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1_vXwKuHsmpDk3L_t-Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV_-oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZB	2024-02-01 09:05:00
\.


--
-- Data for Name: hook_task; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hook_task (id, hook_id, uuid, payload_content, event_type, is_delivered, delivered, is_succeed, request_content, response_content) FROM stdin;
1	1	c9f824bb-f297-431b-adf8-0efdb5000e29	{"ref":"refs/heads/main","before":"f30fa8c6c6b6292e61589aeb7a7e686096a7c822","after":"ca56f55c650cb9a37196c72c0cd6bed0375aab55","compare_url":"https://git.nordlicht-werke.de/nordlicht/cad-export/compare/7c34ba73d6...ca56f55c65","commits":[{"id":"ca56f55c650cb9a37196c72c0cd6bed0375aab55","message":"Fix: Timeout beim Flashen\\n","url":"https://git.nordlicht-werke.de/nordlicht/cad-export/commit/ca56f55c650cb9a37196c72c0cd6bed0375aab55","author":{"name":"Laura Moreau","email":"laura.moreau41@icloud.com","username":"laura.moreau"},"committer":{"name":"Laura Moreau","email":"laura.moreau41@icloud.com","username":"laura.moreau"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/8486dac03cba893f930eb874a5587687","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/cad-export","ssh_url":"git@git.nordlicht-werke.de:nordlicht/cad-export.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":7,"login":"laura.moreau","full_name":"Laura Moreau","email":"laura.moreau41@icloud.com","avatar_url":"https://git.nordlicht-werke.de/avatars/bdffe86faa0f81593b1d9b4ffa669cd9","username":"laura.moreau"},"sender":{"id":7,"login":"laura.moreau","full_name":"Laura Moreau","email":"laura.moreau41@icloud.com","username":"laura.moreau"}}	push	t	1706749200000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"c9f824bb-f297-431b-adf8-0efdb5000e29","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"c9f824bb-f297-431b-adf8-0efdb5000e29","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"7cf385f722adf8946caa0693e3492b38e931aa344b07fc3ba546d7ba8f0db806","X-Gogs-Delivery":"c9f824bb-f297-431b-adf8-0efdb5000e29","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"0dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4cf4","X-Hub-Signature":"sha1=22ecc341570197fc4f04af7d15dd5fef58ad733b","X-Hub-Signature-256":"sha256=de46a0a49d3d3155354c8bf4c9919474b2cadf40df9c7b39e8e0ed9643dcf5fc"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
2	1	f14c9937-a086-47ed-afef-911982723190	{"ref":"refs/heads/main","before":"10fdc55aa6664708d38fbfe04edeb068311280fc","after":"6043860aeacb7de3e582b5accb3e3338e9477314","compare_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/compare/970bb14927...6043860aea","commits":[{"id":"6043860aeacb7de3e582b5accb3e3338e9477314","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/commit/6043860aeacb7de3e582b5accb3e3338e9477314","author":{"name":"Eva Richter","email":"eva.richter@nordlicht-werke.de","username":"eva.richter"},"committer":{"name":"Eva Richter","email":"eva.richter@nordlicht-werke.de","username":"eva.richter"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/8f76535f900fb9663751c095230c04c8","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible","ssh_url":"git@git.nordlicht-werke.de:nordlicht/infra-ansible.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":12,"login":"eva.richter","full_name":"Eva Richter","email":"eva.richter@nordlicht-werke.de","avatar_url":"https://git.nordlicht-werke.de/avatars/71ecf346d4093d30cb9d7e067b05d32e","username":"eva.richter"},"sender":{"id":12,"login":"eva.richter","full_name":"Eva Richter","email":"eva.richter@nordlicht-werke.de","username":"eva.richter"}}	push	t	1706752800000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"f14c9937-a086-47ed-afef-911982723190","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"f14c9937-a086-47ed-afef-911982723190","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"ef91a06a08bccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cd","X-Gogs-Delivery":"f14c9937-a086-47ed-afef-911982723190","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"b0da7157baf5e96cc3fbf3a82db79a741d85ad4e7fe261d55c7157f39f99a825","X-Hub-Signature":"sha1=ee6879c8e5885344f0f4b76768eb26eed4b0b704","X-Hub-Signature-256":"sha256=c8597e3e7b394b1192a20ed9f59eb58c552f13c22b47f485571afa29d3b98a3e"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
3	1	4ccb0f44-33d2-4d74-a0bb-5628121ec31d	{"ref":"refs/heads/main","before":"9a26ac202ec073c0ca6b893e00bde10ed56dc828","after":"8a5cc2ccd21776506f8ac2edf621637f802aeab5","compare_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/compare/d1d4fc7662...8a5cc2ccd2","commits":[{"id":"8a5cc2ccd21776506f8ac2edf621637f802aeab5","message":"Ansible: neue Prüfstand-VMs\\n","url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/commit/8a5cc2ccd21776506f8ac2edf621637f802aeab5","author":{"name":"Pierre Williams","email":"pierre.williams61@gmail.com","username":"pierre.williams"},"committer":{"name":"Pierre Williams","email":"pierre.williams61@gmail.com","username":"pierre.williams"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/fbff9b32777efb59025b3bf1ff79e4a8","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand","ssh_url":"git@git.nordlicht-werke.de:nordlicht/firmware-pruefstand.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":17,"login":"pierre.williams","full_name":"Pierre Williams","email":"pierre.williams61@gmail.com","avatar_url":"https://git.nordlicht-werke.de/avatars/e027bfd8b0f329909e601004b4d01bf2","username":"pierre.williams"},"sender":{"id":17,"login":"pierre.williams","full_name":"Pierre Williams","email":"pierre.williams61@gmail.com","username":"pierre.williams"}}	push	t	1706756400000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"4ccb0f44-33d2-4d74-a0bb-5628121ec31d","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"4ccb0f44-33d2-4d74-a0bb-5628121ec31d","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"25756566775d4de7309e4fc6302ee9968755a6dd988aedf06134c51dfa731804","X-Gogs-Delivery":"4ccb0f44-33d2-4d74-a0bb-5628121ec31d","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"d610f363df47a390805ec8fcf7101b55313274f76e5f89a206090f63bacc2e0e","X-Hub-Signature":"sha1=0b242e42ec60148b353d94ec645ba94d83260e0c","X-Hub-Signature-256":"sha256=06c0d7470bd8106a1c09f2fb6b6ebc280464190b6a92b2478045207af76fbeaa"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
4	1	39c71bec-7e30-4e09-a8cb-63e9c6b08137	{"ref":"refs/heads/main","before":"f9fcf4bf8b51228c45f3b63cb3e17bed62156f5a","after":"6de22ef45139685fdc537040e9018aef589b2545","compare_url":"https://git.nordlicht-werke.de/nordlicht/cad-export/compare/7132727d93...6de22ef451","commits":[{"id":"6de22ef45139685fdc537040e9018aef589b2545","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/cad-export/commit/6de22ef45139685fdc537040e9018aef589b2545","author":{"name":"Jan Williams","email":"jan.williams27@gmx.de","username":"jan.williams22"},"committer":{"name":"Jan Williams","email":"jan.williams27@gmx.de","username":"jan.williams22"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/e84ac5ad2ef17c3e825a3be8aee308d1","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/cad-export","ssh_url":"git@git.nordlicht-werke.de:nordlicht/cad-export.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":22,"login":"jan.williams22","full_name":"Jan Williams","email":"jan.williams27@gmx.de","avatar_url":"https://git.nordlicht-werke.de/avatars/45bcd555276647160a277f7276b7874a","username":"jan.williams22"},"sender":{"id":22,"login":"jan.williams22","full_name":"Jan Williams","email":"jan.williams27@gmx.de","username":"jan.williams22"}}	push	t	1706760000000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"39c71bec-7e30-4e09-a8cb-63e9c6b08137","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"39c71bec-7e30-4e09-a8cb-63e9c6b08137","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"c018d6c84a0bf94ffe063f4df03bf1e377b0a2e2da7310f86844ccc0930cc203","X-Gogs-Delivery":"39c71bec-7e30-4e09-a8cb-63e9c6b08137","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"b7be7ee29448d628e5199b47f4d0384fc6e45cef25e23c3a0df251976304ab92","X-Hub-Signature":"sha1=3d13a65259a4ffcf9259dc1b8f04299e0dad9f45","X-Hub-Signature-256":"sha256=e5b0ae1db528758bc9f3c4b81cf78ad1bca1783bc90d0af1a61a16f0539de57d"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
5	1	6756459e-1990-41a0-a27d-fda13f0cdbe0	{"ref":"refs/heads/main","before":"063cb959823faeb42759e7dc9c8b8527fac7ac0b","after":"8fa14fe03c80e935d446418fa9d4a30eaa606375","compare_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/compare/62c71999d0...8fa14fe03c","commits":[{"id":"8fa14fe03c80e935d446418fa9d4a30eaa606375","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/commit/8fa14fe03c80e935d446418fa9d4a30eaa606375","author":{"name":"Liam Moreau","email":"liam.moreau@nordlicht-werke.de","username":"liam.moreau27"},"committer":{"name":"Liam Moreau","email":"liam.moreau@nordlicht-werke.de","username":"liam.moreau27"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/4cc062b9f2f974dc8b5d244adf2c111d","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible","ssh_url":"git@git.nordlicht-werke.de:nordlicht/infra-ansible.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":27,"login":"liam.moreau27","full_name":"Liam Moreau","email":"liam.moreau@nordlicht-werke.de","avatar_url":"https://git.nordlicht-werke.de/avatars/02137e05645dc5a278a200bcdd0bbbad","username":"liam.moreau27"},"sender":{"id":27,"login":"liam.moreau27","full_name":"Liam Moreau","email":"liam.moreau@nordlicht-werke.de","username":"liam.moreau27"}}	push	t	1706763600000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"6756459e-1990-41a0-a27d-fda13f0cdbe0","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"6756459e-1990-41a0-a27d-fda13f0cdbe0","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"3287f0b7020b1479907c3e798ba1123726be8588663fa112e3509371507fd82c","X-Gogs-Delivery":"6756459e-1990-41a0-a27d-fda13f0cdbe0","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"fa548f0df73dcf03cb80e82fb2dc5e42acaa9c97db9247dc94a257dca673eeb9","X-Hub-Signature":"sha1=0f6538e3a0869b5b555628e1b3afaea82d91820e","X-Hub-Signature-256":"sha256=180e99db59d67eacf9b661e6e67b38c43354838951c9d1945e6dda8dd70621d5"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
6	1	5e0aa84d-502a-491c-aa8b-51d2e5324f7f	{"ref":"refs/heads/main","before":"9889a0ea36320561fe87fe403b7a736005f0fd86","after":"06f84ee10ef30e26de8d9a95051158c2720a2ea9","compare_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/compare/4c3447d90e...06f84ee10e","commits":[{"id":"06f84ee10ef30e26de8d9a95051158c2720a2ea9","message":"Ansible: neue Prüfstand-VMs\\n","url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/commit/06f84ee10ef30e26de8d9a95051158c2720a2ea9","author":{"name":"James Müller","email":"james.muller60@gmx.de","username":"james.muller32"},"committer":{"name":"James Müller","email":"james.muller60@gmx.de","username":"james.muller32"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/75163dd7cf97b9e44397757f9defdd35","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand","ssh_url":"git@git.nordlicht-werke.de:nordlicht/firmware-pruefstand.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":32,"login":"james.muller32","full_name":"James Müller","email":"james.muller60@gmx.de","avatar_url":"https://git.nordlicht-werke.de/avatars/9402bc4ac60f5e73567b4dae784fdc12","username":"james.muller32"},"sender":{"id":32,"login":"james.muller32","full_name":"James Müller","email":"james.muller60@gmx.de","username":"james.muller32"}}	push	t	1706767200000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"5e0aa84d-502a-491c-aa8b-51d2e5324f7f","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"5e0aa84d-502a-491c-aa8b-51d2e5324f7f","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"910c9429971a1581d5f6a330d3791b18c01ee751d0bbb1d05e3067ad116c712e","X-Gogs-Delivery":"5e0aa84d-502a-491c-aa8b-51d2e5324f7f","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"63ae7cb94194ccd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748","X-Hub-Signature":"sha1=c7999bdbbd661f239311bc422331dfa95a297cb4","X-Hub-Signature-256":"sha256=f8c7de68bf5800d91fd3b3395fb480977e17c0733fb7774db78c957782a3f6ab"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
7	1	02f6ea7f-d16d-4333-ab8e-7a032ac025e0	{"ref":"refs/heads/main","before":"c77abea04fd772f8b69b9709c6391630e34eb2f6","after":"9cd42d6c34ecc96f5a935532bdc2f63e95ed2460","compare_url":"https://git.nordlicht-werke.de/nordlicht/cad-export/compare/20a6a43282...9cd42d6c34","commits":[{"id":"9cd42d6c34ecc96f5a935532bdc2f63e95ed2460","message":"Ansible: neue Prüfstand-VMs\\n","url":"https://git.nordlicht-werke.de/nordlicht/cad-export/commit/9cd42d6c34ecc96f5a935532bdc2f63e95ed2460","author":{"name":"Camille Hoffmann","email":"camille.hoffmann@nordlicht-werke.de","username":"camille.hoffmann"},"committer":{"name":"Camille Hoffmann","email":"camille.hoffmann@nordlicht-werke.de","username":"camille.hoffmann"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/3a46561567d57b581b5b95f4d71f2bc4","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/cad-export","ssh_url":"git@git.nordlicht-werke.de:nordlicht/cad-export.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":3,"login":"camille.hoffmann","full_name":"Camille Hoffmann","email":"camille.hoffmann@nordlicht-werke.de","avatar_url":"https://git.nordlicht-werke.de/avatars/e242760d6a678deac5a7472924272539","username":"camille.hoffmann"},"sender":{"id":3,"login":"camille.hoffmann","full_name":"Camille Hoffmann","email":"camille.hoffmann@nordlicht-werke.de","username":"camille.hoffmann"}}	push	t	1706770800000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"02f6ea7f-d16d-4333-ab8e-7a032ac025e0","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"02f6ea7f-d16d-4333-ab8e-7a032ac025e0","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"73863ac521c2678cbc173e871b71206b1497ed16d9e741334ca3b660d089f46c","X-Gogs-Delivery":"02f6ea7f-d16d-4333-ab8e-7a032ac025e0","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"65b0a382e4b1e18bbd53f23660b42aaf60597502a825f1aca834c63f959dcf8a","X-Hub-Signature":"sha1=d23fa9771a365301f49617a3ec8ca92cbf6aa487","X-Hub-Signature-256":"sha256=f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
8	1	97246fde-a270-4af8-a409-050d1dc06306	{"ref":"refs/heads/main","before":"57f49974b5096dacf568fc53bdd3fe4687018e5e","after":"87517412461d9ea9855ede1cb7dcd936050c9d57","compare_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/compare/f3536ee639...8751741246","commits":[{"id":"87517412461d9ea9855ede1cb7dcd936050c9d57","message":"Fix: Timeout beim Flashen\\n","url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/commit/87517412461d9ea9855ede1cb7dcd936050c9d57","author":{"name":"Chiara Kowalski","email":"chiara.kowalski44@gmail.com","username":"chiara.kowalski"},"committer":{"name":"Chiara Kowalski","email":"chiara.kowalski44@gmail.com","username":"chiara.kowalski"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/e952e056e34f28e0f4b029fb24a8aa0f","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible","ssh_url":"git@git.nordlicht-werke.de:nordlicht/infra-ansible.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":8,"login":"chiara.kowalski","full_name":"Chiara Kowalski","email":"chiara.kowalski44@gmail.com","avatar_url":"https://git.nordlicht-werke.de/avatars/0d15a7d9f162afcee50ba827fdf979a8","username":"chiara.kowalski"},"sender":{"id":8,"login":"chiara.kowalski","full_name":"Chiara Kowalski","email":"chiara.kowalski44@gmail.com","username":"chiara.kowalski"}}	push	t	1706774400000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"97246fde-a270-4af8-a409-050d1dc06306","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"97246fde-a270-4af8-a409-050d1dc06306","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"740b25f62f8f649666cd5c185d6530d23a79265833e4b8f5ad0c3f8ddcbd3c39","X-Gogs-Delivery":"97246fde-a270-4af8-a409-050d1dc06306","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"f3b4e54d97157794a08ceed5a438269d49da99026accb50f2c3bdefc97f13abd","X-Hub-Signature":"sha1=2742fac2b0ec9364eed8aeb7a28963714013b981","X-Hub-Signature-256":"sha256=a1b7ca6d621fa383cbe1e37525234443d886a5ac0a0863a31a4109b4ddcb269a"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
9	1	9234f79e-2f56-45e3-af9b-717dc12f30ad	{"ref":"refs/heads/main","before":"d03daaa9888095e8ddc79cd4a55fc3fc56e69820","after":"7580546ad33f4f7331295247134f09ff053142d1","compare_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/compare/84527f0ad4...7580546ad3","commits":[{"id":"7580546ad33f4f7331295247134f09ff053142d1","message":"Fix: Timeout beim Flashen\\n","url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/commit/7580546ad33f4f7331295247134f09ff053142d1","author":{"name":"Anna García","email":"anna.garcia50@yahoo.fr","username":"anna.garcia"},"committer":{"name":"Anna García","email":"anna.garcia50@yahoo.fr","username":"anna.garcia"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/1f5bb314eb360591b803f6bfefd2c45b","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand","ssh_url":"git@git.nordlicht-werke.de:nordlicht/firmware-pruefstand.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":13,"login":"anna.garcia","full_name":"Anna García","email":"anna.garcia50@yahoo.fr","avatar_url":"https://git.nordlicht-werke.de/avatars/16276dffd044805adc15c3b14932d87c","username":"anna.garcia"},"sender":{"id":13,"login":"anna.garcia","full_name":"Anna García","email":"anna.garcia50@yahoo.fr","username":"anna.garcia"}}	push	t	1706778000000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"9234f79e-2f56-45e3-af9b-717dc12f30ad","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"9234f79e-2f56-45e3-af9b-717dc12f30ad","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"2a94d76fd359fff778233550526f0f39191f66d170d34fd475fd398eac82d692","X-Gogs-Delivery":"9234f79e-2f56-45e3-af9b-717dc12f30ad","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"c7b0934a839b77f72bf48b134e2d6f4de0ad8da339be3ef306764ea7568f1480","X-Hub-Signature":"sha1=d78800bcd0c00baca3c84b6d6924195b316c8fdc","X-Hub-Signature-256":"sha256=d01ed37871fc6920fe4bf1d2bd5588d94cc937e29d5182e163c51e4247765f57"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
10	1	c0535b95-10ab-488f-a055-aed39a0ed8c2	{"ref":"refs/heads/main","before":"60e365547d3ba222570645861b5cfbc32c08dea5","after":"a991a695f2a3670883fbda0271f9367bdacd7ada","compare_url":"https://git.nordlicht-werke.de/nordlicht/cad-export/compare/5ea3663da0...a991a695f2","commits":[{"id":"a991a695f2a3670883fbda0271f9367bdacd7ada","message":"Ansible: neue Prüfstand-VMs\\n","url":"https://git.nordlicht-werke.de/nordlicht/cad-export/commit/a991a695f2a3670883fbda0271f9367bdacd7ada","author":{"name":"Lucas Taylor","email":"lucas.taylor@nordlicht-werke.de","username":"lucas.taylor"},"committer":{"name":"Lucas Taylor","email":"lucas.taylor@nordlicht-werke.de","username":"lucas.taylor"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/e9a076805b1da1988440d19cba3630a2","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/cad-export","ssh_url":"git@git.nordlicht-werke.de:nordlicht/cad-export.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":18,"login":"lucas.taylor","full_name":"Lucas Taylor","email":"lucas.taylor@nordlicht-werke.de","avatar_url":"https://git.nordlicht-werke.de/avatars/938585367810178ef3793f6949aefb10","username":"lucas.taylor"},"sender":{"id":18,"login":"lucas.taylor","full_name":"Lucas Taylor","email":"lucas.taylor@nordlicht-werke.de","username":"lucas.taylor"}}	push	t	1706781600000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"c0535b95-10ab-488f-a055-aed39a0ed8c2","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"c0535b95-10ab-488f-a055-aed39a0ed8c2","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"ccc0b9dd4bd17797dc3fc109448a0320b00cb8c9b3f722ee37dde596304f155e","X-Gogs-Delivery":"c0535b95-10ab-488f-a055-aed39a0ed8c2","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"955953fd114c600f66c34b248be4f9a0b623c60469229dc29164640eeb7244a6","X-Hub-Signature":"sha1=fc0486edb9358ee04b1501a5a12bae6d62dbaa33","X-Hub-Signature-256":"sha256=d50bd85bb2d7b2cd5cad44c6d624a749a64d098840170891d8af78c4daef0c00"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
11	1	b712e9f5-7a2c-4cd7-a135-80b2863ca456	{"ref":"refs/heads/main","before":"29a4a355d72f20b3b0f6b819dea42275d92deafb","after":"da1ab2f2a154694ba7246b46bea06a0bd7023590","compare_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/compare/0ddc581d84...da1ab2f2a1","commits":[{"id":"da1ab2f2a154694ba7246b46bea06a0bd7023590","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/commit/da1ab2f2a154694ba7246b46bea06a0bd7023590","author":{"name":"David García","email":"david.garcia73@web.de","username":"david.garcia23"},"committer":{"name":"David García","email":"david.garcia73@web.de","username":"david.garcia23"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/6810ce5c1bbcd7f152ae9bfb8fa5ae26","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible","ssh_url":"git@git.nordlicht-werke.de:nordlicht/infra-ansible.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":23,"login":"david.garcia23","full_name":"David García","email":"david.garcia73@web.de","avatar_url":"https://git.nordlicht-werke.de/avatars/7e03a9f02d92ba1bc81ea04b71618d6e","username":"david.garcia23"},"sender":{"id":23,"login":"david.garcia23","full_name":"David García","email":"david.garcia73@web.de","username":"david.garcia23"}}	push	t	1706785200000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"b712e9f5-7a2c-4cd7-a135-80b2863ca456","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"b712e9f5-7a2c-4cd7-a135-80b2863ca456","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"a329bab09b5ad06c7400a60eef03d1c8a00363b3bdba958f5bc06a47d298c202","X-Gogs-Delivery":"b712e9f5-7a2c-4cd7-a135-80b2863ca456","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"4797cc8ca2ad83375e56cf7fedbd435d298639397e98fb0bff7a337012f5f722","X-Hub-Signature":"sha1=aa5757a2968fe6ee55b8c7ced545479e8eb11251","X-Hub-Signature-256":"sha256=1f647dcdc3a8789d60e082ae386338b441761f73c78f742d40a3a454503f46f1"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
12	1	ce68bf0a-ab17-43a3-a98d-e24d2e47118e	{"ref":"refs/heads/main","before":"56d6bba4900d7407872d46f0f182c4f6169e1aeb","after":"0ad8a0998f337207f7aabc138ac25b9d293ac691","compare_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/compare/a4e9a2546b...0ad8a0998f","commits":[{"id":"0ad8a0998f337207f7aabc138ac25b9d293ac691","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand/commit/0ad8a0998f337207f7aabc138ac25b9d293ac691","author":{"name":"Sarah Schmidt","email":"sarah.schmidt19@hotmail.com","username":"sarah.schmidt28"},"committer":{"name":"Sarah Schmidt","email":"sarah.schmidt19@hotmail.com","username":"sarah.schmidt28"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/d64f88a4c7aff49de674ee54c96c458f","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand","ssh_url":"git@git.nordlicht-werke.de:nordlicht/firmware-pruefstand.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":28,"login":"sarah.schmidt28","full_name":"Sarah Schmidt","email":"sarah.schmidt19@hotmail.com","avatar_url":"https://git.nordlicht-werke.de/avatars/765679685987e12c574e28bcf093947a","username":"sarah.schmidt28"},"sender":{"id":28,"login":"sarah.schmidt28","full_name":"Sarah Schmidt","email":"sarah.schmidt19@hotmail.com","username":"sarah.schmidt28"}}	push	t	1706788800000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"ce68bf0a-ab17-43a3-a98d-e24d2e47118e","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"ce68bf0a-ab17-43a3-a98d-e24d2e47118e","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"1840a0fdf301863302b26b0e3836b15dde801edc87ec7006461f22578209a818","X-Gogs-Delivery":"ce68bf0a-ab17-43a3-a98d-e24d2e47118e","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"c7b1ee817fcbf011a900be320a3d3ded4fc67595858070f373c2f5e30be02595","X-Hub-Signature":"sha1=f626678894beccdcaf31e80fef52189e59369d9f","X-Hub-Signature-256":"sha256=e01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e3043"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
13	1	685dda59-9724-4544-a934-bc15e8feb34c	{"ref":"refs/heads/main","before":"d58901dc6f37965ca7b6363d989cda60417375a6","after":"22f103f8aebc799d93b841fc6f871b41f88f6d1c","compare_url":"https://git.nordlicht-werke.de/nordlicht/cad-export/compare/b10cad3cf1...22f103f8ae","commits":[{"id":"22f103f8aebc799d93b841fc6f871b41f88f6d1c","message":"Messwerte Kanal 3 korrigiert\\n","url":"https://git.nordlicht-werke.de/nordlicht/cad-export/commit/22f103f8aebc799d93b841fc6f871b41f88f6d1c","author":{"name":"James Bernard","email":"james.bernard@nordlicht-werke.de","username":"james.bernard33"},"committer":{"name":"James Bernard","email":"james.bernard@nordlicht-werke.de","username":"james.bernard33"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/54e454e0ab61fdaeabcc77382f274972","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/cad-export","ssh_url":"git@git.nordlicht-werke.de:nordlicht/cad-export.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":33,"login":"james.bernard33","full_name":"James Bernard","email":"james.bernard@nordlicht-werke.de","avatar_url":"https://git.nordlicht-werke.de/avatars/8e574a5c3042731b5fa86445a3332ea1","username":"james.bernard33"},"sender":{"id":33,"login":"james.bernard33","full_name":"James Bernard","email":"james.bernard@nordlicht-werke.de","username":"james.bernard33"}}	push	t	1706792400000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"685dda59-9724-4544-a934-bc15e8feb34c","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"685dda59-9724-4544-a934-bc15e8feb34c","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"0f5f6f21fc8ddb0623b23baf673666e267edbec706cf81f1b3fbb61d9e2ead07","X-Gogs-Delivery":"685dda59-9724-4544-a934-bc15e8feb34c","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"3bb7b0f28243ceece6d75df96318d2baa07406069b92f833e2e0ce866a0dd6d7","X-Hub-Signature":"sha1=e0dcc579b000a0d8a5500e9930cfd00d4eea84d7","X-Hub-Signature-256":"sha256=99ba2cbb658bd4467a4703c0edad542c4d439195f707cc98fe9c969ba0be3277"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
14	1	c1fb2f56-a0db-4ea8-a8c0-c9cd7d5e2c3a	{"ref":"refs/heads/main","before":"f8c8a734b0d63f02978989edb070ed75417aeeb3","after":"646fc72d9662da43797cbe7fc2708d3e59be858a","compare_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/compare/19b02903fe...646fc72d96","commits":[{"id":"646fc72d9662da43797cbe7fc2708d3e59be858a","message":"Fix: Timeout beim Flashen\\n","url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible/commit/646fc72d9662da43797cbe7fc2708d3e59be858a","author":{"name":"Sarah Fischer","email":"sarah.fischer92@hotmail.com","username":"sarah.fischer"},"committer":{"name":"Sarah Fischer","email":"sarah.fischer92@hotmail.com","username":"sarah.fischer"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Nordlicht Werke GmbH","email":"","avatar_url":"https://git.nordlicht-werke.de/avatars/9a10d4db74302740d122bb8d9d66bc2c","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible","ssh_url":"git@git.nordlicht-werke.de:nordlicht/infra-ansible.git","clone_url":"https://git.nordlicht-werke.de/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":4,"login":"sarah.fischer","full_name":"Sarah Fischer","email":"sarah.fischer92@hotmail.com","avatar_url":"https://git.nordlicht-werke.de/avatars/c74ec10a0097c517e47a3d3f1c55e45b","username":"sarah.fischer"},"sender":{"id":4,"login":"sarah.fischer","full_name":"Sarah Fischer","email":"sarah.fischer92@hotmail.com","username":"sarah.fischer"}}	push	t	1706796000000000000	t	{"url":"https://jenkins.nordlicht.internal/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"c1fb2f56-a0db-4ea8-a8c0-c9cd7d5e2c3a","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"c1fb2f56-a0db-4ea8-a8c0-c9cd7d5e2c3a","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"359d638ba7aaa6c853ff0900cb10484d64bf3b7c6290da500091cdcddd1f9196","X-Gogs-Delivery":"c1fb2f56-a0db-4ea8-a8c0-c9cd7d5e2c3a","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"4e237e1d8dcffdef06e5b1686ae7eb7f7706e4333e75ae422c3c85826509000e","X-Hub-Signature":"sha1=083e9eec13d12763ba9dbac83af2a3e3fc150f71","X-Hub-Signature-256":"sha256=c1e122a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb3"}}	{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}
\.


--
-- Data for Name: issue; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.issue (id, repo_id, index, poster_id, original_author, original_author_id, name, content, content_version, milestone_id, priority, is_closed, is_pull, num_comments, ref, pin_order, deadline_unix, created_unix, updated_unix, closed_unix, is_locked) FROM stdin;
1	2	1	3		0	STEP-Export #1	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1709270096	1708138550	0	f
2	3	2	4		0	Neue VMs #2	Doku zur Kalibrierung fehlt.	0	0	0	f	f	1		0	0	1706867903	1709874495	0	f
3	4	3	5		0	Kalibrierung #3	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	t	f	1		0	0	1711764993	1707356489	0	f
4	5	4	6		0	Flash-Timeout #4	Export nach STEP verliert die Bemaßung.\n\n```\npsycopg2.OperationalError: connection to server failed\n  dsn=postgresql://messdaten:4VBI8N9qnpGgfcH47L@pg-messdaten.nordlicht.internal:5432/messdaten\n```	0	0	0	f	f	1		0	0	1706905014	1707547741	0	f
5	1	5	7		0	STEP-Export #5	Doku zur Kalibrierung fehlt.	0	0	0	f	f	1		0	0	1710806178	1708993328	0	f
6	2	6	8		0	Neue VMs #6	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	t	t	1		0	0	1710339147	1710808315	0	f
7	3	7	9		0	Kalibrierung #7	Export nach STEP verliert die Bemaßung.	0	0	0	f	f	1		0	0	1707582042	1707399060	0	f
8	4	8	10		0	Flash-Timeout #8	Doku zur Kalibrierung fehlt.	0	0	0	f	f	1		0	0	1709013992	1709197204	0	f
9	5	9	11		0	STEP-Export #9	Export nach STEP verliert die Bemaßung.\n\nKunde Daniel Novak bittet um Rückruf: +49 155 91711529, daniel.novak20@gmail.com	0	0	0	t	f	1		0	0	1708848783	1707610188	0	f
10	1	10	12		0	Neue VMs #10	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	f	f	1		0	0	1707339921	1711740957	0	f
11	2	11	13		0	Kalibrierung #11	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	f	f	1		0	0	1710509868	1709147607	0	f
12	3	12	14		0	Flash-Timeout #12	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	t	t	1		0	0	1707076853	1709727979	0	f
13	4	13	15		0	STEP-Export #13	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	f	f	1		0	0	1710633573	1709179564	0	f
14	5	14	16		0	Neue VMs #14	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1707276463	1709100395	0	f
15	1	15	17		0	Kalibrierung #15	Export nach STEP verliert die Bemaßung.	0	0	0	t	f	1		0	0	1707637117	1709192459	0	f
16	2	16	18		0	Flash-Timeout #16	Export nach STEP verliert die Bemaßung.	0	0	0	f	f	1		0	0	1707820576	1707897607	0	f
17	3	17	19		0	STEP-Export #17	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1710238831	1708674886	0	f
18	4	18	20		0	Neue VMs #18	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	t	t	1		0	0	1708156443	1710038139	0	f
19	5	19	21		0	Kalibrierung #19	Export nach STEP verliert die Bemaßung.	0	0	0	f	f	1		0	0	1711654776	1707873862	0	f
20	1	20	22		0	Flash-Timeout #20	Export nach STEP verliert die Bemaßung.	0	0	0	f	f	1		0	0	1710002738	1710170499	0	f
21	2	21	23		0	STEP-Export #21	Export nach STEP verliert die Bemaßung.	0	0	0	t	f	1		0	0	1711092855	1710542669	0	f
22	3	22	24		0	Neue VMs #22	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1711657596	1711825526	0	f
23	4	23	25		0	Kalibrierung #23	Doku zur Kalibrierung fehlt.	0	0	0	f	f	1		0	0	1710407451	1707214259	0	f
24	5	24	26		0	Flash-Timeout #24	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	t	t	1		0	0	1709558749	1706897314	0	f
25	1	25	27		0	STEP-Export #25	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1707565584	1706802412	0	f
26	2	26	28		0	Neue VMs #26	Bitte Playbook für die neuen Prüfstand-VMs ergänzen.	0	0	0	f	f	1		0	0	1711666182	1707076620	0	f
27	3	27	29		0	Kalibrierung #27	Beim Flashen bricht der Vorgang nach 30 s ab.	0	0	0	t	f	1		0	0	1707827178	1708214227	0	f
28	4	28	30		0	Flash-Timeout #28	Doku zur Kalibrierung fehlt.	0	0	0	f	f	1		0	0	1709429622	1711689515	0	f
29	5	29	31		0	STEP-Export #29	Export nach STEP verliert die Bemaßung.	0	0	0	f	f	1		0	0	1708850902	1707560896	0	f
30	1	30	32		0	Neue VMs #30	Export nach STEP verliert die Bemaßung.	0	0	0	t	t	1		0	0	1709800076	1706972717	0	f
\.


--
-- Data for Name: login_source; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.login_source (id, type, name, is_active, is_sync_enabled, two_factor_policy, cfg, created_unix, updated_unix) FROM stdin;
1	2	nordlicht-ad	t	t		{"Name":"nordlicht-ad","Host":"dc01.nordlicht.internal","Port":636,"SecurityProtocol":1,"SkipVerify":false,"BindDN":"CN=svc-gitea,OU=Dienstkonten,DC=nordlicht,DC=local","BindPasswordEncrypt":"07279bf4b2a70f3dae4a4a9379479e9ba460676645c3fc897a8e6185bfb3381d1778bc1d6f711fe74dd93125ae4254fa","BindPassword":"","UserBase":"OU=Mitarbeiter,DC=nordlicht,DC=local","UserDN":"","AttributeUsername":"sAMAccountName","AttributeName":"givenName","AttributeSurname":"sn","AttributeMail":"mail","AttributesInBind":false,"AttributeSSHPublicKey":"","AttributeAvatar":"","SearchPageSize":0,"Filter":"(&(objectCategory=Person)(memberOf=CN=Gitea-Benutzer,OU=Gruppen,DC=nordlicht,DC=local)(sAMAccountName=%s))","AdminFilter":"(memberOf=CN=Gitea-Admins,OU=Gruppen,DC=nordlicht,DC=local)","RestrictedFilter":"","Enabled":true,"AllowDeactivateAll":false,"GroupsEnabled":false,"GroupDN":"","GroupFilter":"","GroupMemberUID":"","GroupTeamMap":"","GroupTeamMapRemoval":false,"UserUID":""}	1680825600	1706745600
2	6	keycloak	t	f		{"Provider":"openidConnect","ClientID":"gitea","ClientSecret":"eQO0aa4abJZrmpmDHFJzUW6lOK7RDsdO","OpenIDConnectAutoDiscoveryURL":"https://sso.nordlicht-werke.de/realms/nordlicht/.well-known/openid-configuration","CustomURLMapping":null,"IconURL":"","Scopes":["openid","profile","email","groups"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"groups","AdminGroup":"gitea-admins","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":""}	1680825600	1706745600
3	6	github	t	f		{"Provider":"github","ClientID":"Ov23liRZ4bxiVSlrIUnN","ClientSecret":"7ad42d27338cb0186bd3c0f13887bd88852157d7","OpenIDConnectAutoDiscoveryURL":"","CustomURLMapping":null,"IconURL":"","Scopes":["read:user","user:email"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"","AdminGroup":"","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":""}	1680825600	1706745600
4	3	office365	t	f		{"Auth":"LOGIN","Host":"smtp.office365.com","Port":587,"AllowedDomains":"nordlicht-werke.de","ForceSMTPS":false,"SkipVerify":false,"HeloHostname":"","DisableHelo":false}	1680825600	1706745600
\.


--
-- Data for Name: mirror; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mirror (id, repo_id, "interval", enable_prune, updated_unix, next_update_unix, lfs_enabled, lfs_endpoint, remote_address) FROM stdin;
1	6	28800000000000	t	1706745600	1706774400	f		https://svn.nordlicht.internal/git/cad-tools.git
\.


--
-- Data for Name: oauth2_application; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth2_application (id, uid, name, client_id, client_secret, confidential_client, skip_secondary_authorization, redirect_uris, created_unix, updated_unix) FROM stdin;
1	0	git-credential-oauth	a4792ccc-144e-407e-86c9-5e7d8d9c3269		f	f	["http://127.0.0.1","https://127.0.0.1"]	1689465600	1706745600
2	0	Git Credential Manager	e90ee53c-94e2-48ac-9358-a874fb9e0662		f	f	["http://127.0.0.1","https://127.0.0.1"]	1689465600	1706745600
3	0	tea	d57cb8c4-630c-4168-8324-ec79935e18d4		f	f	["http://127.0.0.1","https://127.0.0.1"]	1689465600	1706745600
4	2	Grafana	5449ab09-165f-4749-a011-0615b1551460	$2a$10$RDMaLUso6z0uNpbDZQmEohTbJQ.PdBYI0mynBdX0AV2m6tpijJQL/	t	f	["https://grafana.nordlicht-werke.de/login/generic_oauth"]	1689465600	1706745600
5	2	Woodpecker CI	127e5672-61a9-4379-a1e3-ad4c403f1b53	$2a$10$L3gsxUIf.NY3WAG2M3WNWY2zcwofj/F5k6HmkHanmbKB5780Cz.EQ	t	f	["https://ci.nordlicht.internal/authorize"]	1689465600	1706745600
\.


--
-- Data for Name: package_blob; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.package_blob (id, size, hash_md5, hash_sha1, hash_sha256, hash_sha512, created_unix) FROM stdin;
1	78432030	10cb138cb50e4538b4a2e03928b61a4d	f73e01591d126f2e445b3a6ea74f9edf21857c2f	cdd31eda616bdf67aaeaeac0e0cb728fa094bd27970fd9c45061cb5fa21b7a5c	962f5d9e7fc82578e807841f2f843b27b5a30e70aff3812ea45f1228c2858c5dd5f2363be143211563a5d2e590093f517544b87e5cd13a875a8864e769dfc663	1708479554
2	84399793	4e467cf6e0e30e84c0e0b1bc4bada54f	d4327d301c1dafbaef8b9a658b7638578d4aede6	27239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4	b2ddb87c92765ffa0802b1c452db1f85c8e32541412857582daa5eac53e77b37605449ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b5341	1707951895
3	39601439	35bafddc3a7164a1a85724047062dada	076d05eafba9924303e8bc528036e602e3e6366e	d7ca8901e9f2a927aa730effd1d014956badce2fdab20b1aa07b5ee1980d538c	afb7cb35b207d14408384306ab248038e668ce79f0f1d3b5259722357a23b722636f0a1554914d9eb3448d5c510386c265d00cacd813f74a24ada5df64801672	1708985905
4	30458046	bda22a45b44cd24b86326d339acc500a	643544b5e14469376274df6ae9b5d9c9db808ae6	c0cff2ac7288747d1ee290f91691d83ff3cdcba676466374590a607c1823b40c	54ef60970ce076ea7078cd0887c4a5ed38178aeb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d57f3146338161ff578dde8228488657c	1709466013
5	15356905	5383e5130a0017f685e652c9f64b81b5	3f294c91a257922dcf92a22736e39936512104be	c995bfbda3070d8e883aec5936c4269680d064c1cc3cb94fe98c36905cf444d9	edf34dac1e76562939ea333df3c6d3652ee2d1aa7ca56f55c650cb9a37196c72c0cd6bed0375aab55f30fa8c6c6b6292e61589aeb7a7e686096a7c8227c34ba7	1707954927
6	73130523	678486dac03cba893f930eb874a55876	87bdffe86faa0f81593b1d9b4ffa669cd9c9f824	bbf29731bdf80efdb5000e297cf385f722adf8946caa0693e3492b38e931aa34	4b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4cf422ecc341570197fc4f04af7d15dd5fef58ad733b	1711200302
\.


--
-- Data for Name: public_key; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.public_key (id, owner_id, name, fingerprint, content, mode, type, login_source_id, created_unix, updated_unix, verified) FROM stdin;
1	2	sophie.novak@thinkpad	SHA256:BmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n8	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI6MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X sophie.novak@thinkpad	2	1	0	1711368154	1710911762	f
2	6	camille.martinez@thinkpad	SHA256:rlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvH	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+Iar camille.martinez@thinkpad	2	1	0	1707695693	1708939667	f
3	10	jonas.kowalski@macbook	SHA256:ZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbX jonas.kowalski@macbook	2	1	0	1706963136	1707034209	f
4	14	martin.brown@thinkpad	SHA256:dhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZy	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+n martin.brown@thinkpad	2	1	0	1707476588	1711275012	f
5	18	lucas.taylor@macbook	SHA256:VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwY	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIM lucas.taylor@macbook	2	1	0	1707531900	1708633072	f
6	22	jan.williams22@macbook	SHA256:SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2o	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIhU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2 jan.williams22@macbook	2	1	0	1707550949	1707977015	f
7	26	lucas.garcia26@thinkpad	SHA256:4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCi lucas.garcia26@thinkpad	2	1	0	1710816493	1711002372	f
8	30	laura.rossi30@macbook	SHA256:EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095A laura.rossi30@macbook	2	1	0	1710224088	1708058099	f
9	34	lena.johnson34@werkstatt-pc	SHA256:EmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9V	ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lx lena.johnson34@werkstatt-pc	2	1	0	1707628721	1707326190	f
\.


--
-- Data for Name: push_mirror; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.push_mirror (id, repo_id, remote_name, remote_address, sync_on_commit, "interval", created_unix, last_update, last_error) FROM stdin;
1	1	remote_mirror_EqSSDCqxSw	https://backup-git.nordlicht.internal/spiegel/firmware-pruefstand.git	t	28800000000000	1706745600	1706745600	
\.


--
-- Data for Name: repo_unit; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.repo_unit (id, repo_id, type, config, created_unix, everyone_access_mode) FROM stdin;
1	1	1	{}	1706745600	0
2	1	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
3	1	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
4	2	1	{}	1706745600	0
5	2	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
6	2	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
7	2	7	{"ExternalTrackerURL":"https://jira.nordlicht.internal/projects/CAD","ExternalTrackerFormat":"https://jira.nordlicht.internal/browse/CAD-{index}","ExternalTrackerStyle":"numeric","ExternalTrackerRegexpPattern":""}	1706745600	0
8	3	1	{}	1706745600	0
9	3	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
10	3	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
11	4	1	{}	1706745600	0
12	4	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
13	4	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
14	5	1	{}	1706745600	0
15	5	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
16	5	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
17	6	1	{}	1706745600	0
18	6	2	{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}	1706745600	0
19	6	3	{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}	1706745600	0
\.


--
-- Data for Name: repository; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.repository (id, owner_id, owner_name, lower_name, name, description, website, original_service_type, original_url, default_branch, num_watches, num_stars, num_forks, num_issues, is_private, is_empty, is_archived, is_mirror, is_fork, size, created_unix, updated_unix) FROM stdin;
1	37	nordlicht	firmware-pruefstand	firmware-pruefstand	Firmware der Prüfstände		0		main	4	0	0	9	t	f	f	f	f	47727846	1672185600	1710559019
2	37	nordlicht	cad-export	cad-export	Export aus dem CAD		0		main	3	0	0	9	t	f	f	f	f	57199027	1672185600	1707501338
3	37	nordlicht	infra-ansible	infra-ansible	Ansible für Werkstatt-Server		0		main	5	0	0	14	t	f	f	f	f	29199061	1672185600	1710533778
4	37	nordlicht	doku	doku	Dokumentation		0		main	4	0	0	11	t	f	f	f	f	64675994	1672185600	1707519790
5	37	nordlicht	messdaten-auswertung	messdaten-auswertung	Auswertung der Messdaten		0		main	2	0	0	14	t	f	f	f	f	20997170	1672185600	1709685847
6	37	nordlicht	legacy-cad-tools	legacy-cad-tools	Alte CAD-Werkzeuge (Spiegel)		1	https://svn.nordlicht.internal/git/cad-tools.git	main	3	0	0	16	t	f	t	t	f	39952424	1672185600	1707561351
\.


--
-- Data for Name: secret; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.secret (id, owner_id, repo_id, name, data, description, created_unix) FROM stdin;
1	37	0	DEPLOY_SSH_KEY	f7345bbc7060491a805ba134dec0c711f6a4c977bb5f2ed7d60da03ff20ef1673ad0960ca808a87ce233135971190d9c432773b51fe24e6e41adf2e16ef6ad1811a120661e0f14b56616b14a12b975774536fbe6a96b3dcad9cddc723933c35b055821cffd9d151873b843f33cec482241ed7ec5e176050badc2c5e091f78dcef1da230515db42590258f1ecbe5dff4d9bdf5efcd57955e20674e4aee0a7f3092fd4a5f02dfce2fdb4e82db0ac7d305370bb73c6ceb46fd166f168d1fb61dccc46f0d7182a93ec9533ae886b623e2f827f4b1c77ace098f1d39a5232c19e8c452a81655a387b4dd4070c3039c011bde59022259d9b7d04c0df2eed25fa468d51c17830be576855b0f74481a6f41af70ce18cd14747f66e7cc6263452bd7714343009ae9776a9dc953ff3b0f8225167a067612532f8bdaf4c88c6da25e16a1234389011f70da396233193d17602d32847f90540959a11f6ad562a068d6e9d2ca24c01fc2c0b3de7fbb3eecfd4ac99e10aceaf2864b38be77217d1fc3723f44cd061b17dda0c7ae4a4a9379479e9ba460676645c3fc897a8e6185bfb3381d1778bc1d6f711fe74dd93125ae4254fa743d66e6726b9a90112d55f932f40b7346e7c8549b25a37ad42d27338cb0186bd3c0f13887bd88852157d715ae7e57e1a8dc47c7439b7d15cb20fc6bd4963f74256ba8aa43c5a071848059001a50c5f0c65679c85a08a988b1744284379a20f9268f59dbf9566bfee850e337626370db88a16c77e2d0dfb29d568		1708231057
2	37	0	REGISTRY_PASSWORD	33abd40e009caeda99a45ec96b24ef49fc5a9a363e3e8a4fb52b62fc097f04e1c321a29def3eeb1815d30b4b651daa02		1710096075
3	0	3	SONAR_TOKEN	25f778977f039088a6202c10bb52cf41a66594b295f5fe2b8dab43e5d7dd155a6bb69ce6c150277fca8eaa6aab3f22dbe17827e43ce71fda73967d7657f8ac23186c1e3393764652		1707049305
4	0	3	NEXUS_PASSWORD	2fb3e54bdf5682e04216c5f561bc26a94f5a09c7d99ea9eca13fd0ae3039ce80eb010d903d8f670a0dd9f8c2		1710483305
\.


--
-- Data for Name: session; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.session (key, data, expiry) FROM stdin;
956badce2fdab20b	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0406737472696e670c070005756e616d6506737472696e670c0e000c736f706869652e6e6f76616b	1707118366
aa07b5ee1980d538	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0606737472696e670c070005756e616d6506737472696e670c12001063616d696c6c652e686f66666d616e6e	1710798573
afb7cb35b207d144	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0806737472696e670c070005756e616d6506737472696e670c0f000d73617261682e66697363686572	1707040326
8384306ab248038e	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0a06737472696e670c070005756e616d6506737472696e670c0f000d6c756369612e72696368746572	1708788472
68ce79f0f1d3b525	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0c06737472696e670c070005756e616d6506737472696e670c12001063616d696c6c652e6d617274696e657a	1709708896
722357a23b722636	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe0e06737472696e670c070005756e616d6506737472696e670c0e000c6c617572612e6d6f72656175	1711814223
0a1554914d9eb344	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1006737472696e670c070005756e616d6506737472696e670c11000f6368696172612e6b6f77616c736b69	1709374657
d5c510386c265d00	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1206737472696e670c070005756e616d6506737472696e670c0f000d6c656e612e6b6f77616c736b69	1710868693
acd813f74a24ada5	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1406737472696e670c070005756e616d6506737472696e670c10000e6a6f6e61732e6b6f77616c736b69	1710993121
f6480167265bda22	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1606737472696e670c070005756e616d6506737472696e670c0e000c6c756b61732e6d6f72656175	1710307720
45b44cd24b86326d	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1806737472696e670c070005756e616d6506737472696e670c0d000b6576612e72696368746572	1707944076
39acc500a643544b	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1a06737472696e670c070005756e616d6506737472696e670c0d000b616e6e612e676172636961	1708653382
e14469376274df6a	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1c06737472696e670c070005756e616d6506737472696e670c0e000c6d617274696e2e62726f776e	1711319158
9b5d9c9db808ae6c	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe1e06737472696e670c070005756e616d6506737472696e670c10000e6361726c6f732e7363686d696474	1707018881
cff2ac7288747d1e	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2006737472696e670c070005756e616d6506737472696e670c0e000c6d617274696e2e6e6f76616b	1711600877
290f91691d83ff3c	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2206737472696e670c070005756e616d6506737472696e670c11000f7069657272652e77696c6c69616d73	1711252938
cba676466374590a	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2406737472696e670c070005756e616d6506737472696e670c0e000c6c756361732e7461796c6f72	1708934865
07c1823b40c54ef6	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2606737472696e670c070005756e616d6506737472696e670c10000e64617669642e686f66666d616e6e	1707054395
970ce076ea7078cd	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2806737472696e670c070005756e616d6506737472696e670c0e000c73617261682e676172636961	1706868912
887c4a5ed38178ae	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2a06737472696e670c070005756e616d6506737472696e670c0e000c656d6d612e726f7373693231	1710392745
282028c55ff0f752	\\x0eff81040102ff820001100110000006737472696e670c05000375696405696e743634040300fe2c06737472696e670c070005756e616d6506737472696e670c10000e6a616e2e77696c6c69616d733232	1711546310
\.


--
-- Data for Name: system_setting; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.system_setting (id, setting_key, setting_value, version, created, updated) FROM stdin;
1	picture.disable_gravatar	true	1	1706745600	1706745600
2	picture.enable_federated_avatar	false	2	1706745600	1706745600
3	revision	3	3	1706745600	1706745600
\.


--
-- Data for Name: two_factor; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.two_factor (id, uid, secret, scratch_salt, scratch_hash, last_used_passcode, created_unix, updated_unix) FROM stdin;
1	1	2e63ae7cb94194ccd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748c7999bdbbd661f239311bc422331dfa95a297cb4f8c7de68bf5800	2lH91OqNNj	5fb480977e17c0733fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95ed2460c77abea04fd772f8b69b	622778	1709328613	1706950073
2	5	9c6391630e34eb2f620a6a43282b3a46561567d57b581b5b95f4d71f2bc4e242760d6a678deac5a747292427253902f6ea7fd16d333b8e7a032ac025	3AeNgYNoyW	21c2678cbc173e871b71206b1497ed16d9e741334ca3b660d089f46c65b0a382e4b1e18bbd53f23660b42aaf60597502a825	962715	1707278059	1710193795
3	9	ca834c63f959dcf8ad23fa9771a365301f49617a3ec8ca92cbf6aa487f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008	sfcUEdRHIT	61d9ea9855ede1cb7dcd936050c9d5757f49974b5096dacf568fc53bdd3fe4687018e5ef3536ee6399e952e056e34f28e0f4	768222	1706831980	1707693152
4	13	9fb24a8aa0f0d15a7d9f162afcee50ba827fdf979a897246fdea270af8409050d1dc06306740b25f62f8f649666cd5c185d6530d23a79265833e4b8f	Tq1BxN9fy2	cbd3c39f3b4e54d97157794a08ceed5a438269d49da99026accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a2896	317285	1709132428	1707228232
5	17	4013b981a1b7ca6d621fa383cbe1e37525234443d886a5ac0a0863a31a4109b4ddcb269a7580546ad33f4f7331295247134f09ff053142d1d03daaa9	fgfBjV5fyz	c79cd4a55fc3fc56e6982084527f0ad491f5bb314eb360591b803f6bfefd2c45b16276dffd044805adc15c3b14932d87c923	334744	1711782829	1709023646
6	21	9e2f565e3f9b717dc12f30ad2a94d76fd359fff778233550526f0f39191f66d170d34fd475fd398eac82d692c7b0934a839b77f72bf48b134e2d6f4d	5ApzhzoOMj	be3ef306764ea7568f1480d78800bcd0c00baca3c84b6d6924195b316c8fdcd01ed37871fc6920fe4bf1d2bd5588d94cc937	906239	1707455230	1709906645
7	25	d5182e163c51e4247765f57a991a695f2a3670883fbda0271f9367bdacd7ada60e365547d3ba222570645861b5cfbc32c08dea55ea3663da0be9a076	hDWsH1pGjh	8440d19cba3630a2938585367810178ef3793f6949aefb10c0535b9510ab88f055aed39a0ed8c2ccc0b9dd4bd17797dc3fc1	121436	1709897961	1708277762
8	29	48a0320b00cb8c9b3f722ee37dde596304f155e955953fd114c600f66c34b248be4f9a0b623c60469229dc29164640eeb7244a6fc0486edb9358ee04	sHTCHoVqFJ	bae6d62dbaa33d50bd85bb2d7b2cd5cad44c6d624a749a64d098840170891d8af78c4daef0c00da1ab2f2a154694ba7246b4	468205	1710554285	1711420074
9	33	a06a0bd702359029a4a355d72f20b3b0f6b819dea42275d92deafb0ddc581d8416810ce5c1bbcd7f152ae9bfb8fa5ae267e03a9f02d92ba1bc81ea04	tcHYGgyY6r	712e9f57a2ccd713580b2863ca456a329bab09b5ad06c7400a60eef03d1c8a00363b3bdba958f5bc06a47d298c2024797cc8	818679	1710027426	1707560581
\.


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."user" (id, lower_name, name, full_name, email, keep_email_private, email_notifications_preference, passwd, passwd_hash_algo, must_change_password, login_type, login_source, login_name, type, location, website, rands, salt, language, description, created_unix, updated_unix, last_login_unix, last_repo_visibility, max_repo_creation, is_active, is_admin, is_restricted, allow_git_hook, allow_import_local, allow_create_organization, prohibit_login, avatar, avatar_email, use_custom_avatar, num_followers, num_following, num_stars, num_repos, num_teams, num_members, visibility, repo_admin_change_team_access, diff_view_style, theme, keep_activity_private) FROM stdin;
1	gitea-admin	gitea-admin		gitea-admin@nordlicht-werke.de	f	enabled	56ba8aa43c5a071848059001a50c5f0c65679c85a08a988b1744284379a20f9268f59dbf9566bfee850e337626370db88a16	pbkdf2$50000$50	f	0	0		0			c77e2d0dfb29d568433abd40e009caed	8dc47c7439b7d15cb20fc6bd4963f742	de-DE		1673568000	1709824389	1709779222	t	-1	t	t	f	f	f	t	f		gitea-admin@nordlicht-werke.de	f	0	0	0	4	0	0	0	f		gitea-auto	f
2	sophie.novak	sophie.novak	Sophie Novak	sophie.novak92@posteo.de	f	enabled	e1c321a29def3eeb1815d30b4b651daa02a25f778977f039088a6202c10bb52cf41a66594b295f5fe2b8dab43e5d7dd155a6	pbkdf2$50000$50	f	0	0		0			bb69ce6c150277fca8eaa6aab3f22dbe	49fc5a9a363e3e8a4fb52b62fc097f04	de-DE		1701820800	1709331807	1709574354	t	-1	t	f	f	f	f	t	f		sophie.novak92@posteo.de	f	0	0	0	1	0	0	0	f		gitea-auto	f
3	camille.hoffmann	camille.hoffmann	Camille Hoffmann	camille.hoffmann@nordlicht-werke.de	f	enabled			f	2	1	choffmann	0			54bdf5682e04216c5f561bc26a94f5a0		de-DE		1675900800	1710887822	1709204634	t	-1	t	f	f	f	f	t	f		camille.hoffmann@nordlicht-werke.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
4	sarah.fischer	sarah.fischer	Sarah Fischer	sarah.fischer92@hotmail.com	f	enabled	f8c2b578b47a28b5b68b22b394c721a4400ac4c0096d506e352580da333c776a484a54ff53857016e9fe3a792c2fff820782	pbkdf2$50000$50	f	0	0		0	Flensburg		87463d41eb7b168cd8cd5c5d5ec2a93e	d0ae3039ce80eb010d903d8f670a0dd9	de-DE		1671321600	1710569392	1710721168	t	-1	t	f	f	f	f	t	f		sarah.fischer92@hotmail.com	f	0	0	0	0	0	0	0	f		gitea-auto	f
5	lucia.richter	lucia.richter	Lucia Richter	lucia.richter34@gmail.com	t	enabled	0137929ba35854ddacfe86fa5a428f26a26c67cc2947b1bf74c868fa659610a7a69d2f6af355461e6425632eb3fca15b3255	pbkdf2$50000$50	f	0	0		0			1a38c28413455ce28935650037887d1a	29480263c5b6ee99c0cbb157309e256d	de-DE		1679011200	1709288988	1711680175	t	-1	t	f	f	f	f	t	f		lucia.richter34@gmail.com	f	0	0	0	4	0	0	0	f		gitea-auto	f
6	camille.martinez	camille.martinez	Camille Martínez	camille.martinez@nordlicht-werke.de	f	enabled			f	2	1	cmartinez	0			5762f680b522b8afc5eb2ef615bef92d		de-DE		1656720000	1708480540	1707437662	t	-1	t	f	f	f	f	t	f		camille.martinez@nordlicht-werke.de	f	0	0	0	0	0	0	0	f		gitea-auto	f
7	laura.moreau	laura.moreau	Laura Moreau	laura.moreau41@icloud.com	f	enabled	276b900afe8b6b75cd5720e6dbc2aabf3209382325d45bf5cdbaf537bc2f6072d7d2fca974fe6ee2dc4fda85ecec562c4787	pbkdf2$50000$50	f	0	0		0			52a49e33587f10d47134f05af623d231	269c54d95bf7949b2c07d3dc570c6014	de-DE		1661126400	1710032090	1706926154	t	-1	t	f	f	f	f	t	f	1118aaf65be2e8d0462c9c3309b8abc7	laura.moreau41@icloud.com	t	0	0	0	1	0	0	0	f		gitea-auto	f
8	chiara.kowalski	chiara.kowalski	Chiara Kowalski	chiara.kowalski44@gmail.com	f	enabled	46fae81219ecbab7f2947b834386bb08cdf192a0dc6b384a43d0f6f161e3f484a0019b5fce186ae348e4314aad4353e099a7	pbkdf2$50000$50	f	0	0		0	Flensburg		88fc491b64635913dfe0a4919a875a62	5688a5dbfc847333e47f2d35716fc931	de-DE		1668038400	1709783179	1707645251	t	-1	t	f	f	f	f	t	f		chiara.kowalski44@gmail.com	f	0	0	0	3	0	0	0	f		gitea-auto	f
9	lena.kowalski	lena.kowalski	Lena Kowalski	lena.kowalski@nordlicht-werke.de	f	enabled			f	2	1	lkowalski	0		https://kowalski-lena.de	f16623be21eee747e297f9c21c02f2ca		de-DE		1672704000	1708526115	1709736119	t	-1	t	f	f	f	f	t	f		lena.kowalski@nordlicht-werke.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
10	jonas.kowalski	jonas.kowalski	Jonas Kowalski	jonas.kowalski96@posteo.de	t	enabled	1f10af8fb47d15176e502f3fbaa18871ef302c6259fd1de21ad3ac9326dc6727e75fb36f047e0bc59003674c3436678722d6	pbkdf2$50000$50	f	0	0		0			1f45c6a031db38c77f42b5311be2b218	06a4195b1487e0904c18b8bb04aceb0f	de-DE		1693008000	1711455420	1707201807	t	-1	t	f	f	f	f	t	f		jonas.kowalski96@posteo.de	f	0	0	0	6	0	0	0	f		gitea-auto	f
11	lukas.moreau	lukas.moreau	Lukas Moreau	lukas.moreau38@outlook.com	f	enabled	63d7d8e7ce819c925272c96b68151b7acc0804c0dc9c99917c58d8362fda6f334863be62791db4afcc2f2a5b733596112add	pbkdf2$50000$50	f	0	0		0			1fa6d004ef39a55427f915e0a71040b4	21fae04d27ec4753d621ce12b75df749	de-DE		1673481600	1708163864	1708039840	t	-1	t	f	f	f	f	t	f		lukas.moreau38@outlook.com	f	0	0	0	3	0	0	0	f		gitea-auto	f
12	eva.richter	eva.richter	Eva Richter	eva.richter@nordlicht-werke.de	f	enabled			f	2	1	erichter	0	Rendsburg		2da156fe5db4254abccc912c1baff203		de-DE		1685923200	1709851218	1707114969	t	-1	t	f	f	f	f	t	f		eva.richter@nordlicht-werke.de	f	0	0	0	2	0	0	0	f		gitea-auto	f
13	anna.garcia	anna.garcia	Anna García	anna.garcia50@yahoo.fr	f	enabled	29fcf920311313fb2de3113bf18d40426b42de0d7034e93050f3b2fa3bffce0f2f8f35573c2935534df762cb81d60849cb23	pbkdf2$50000$50	f	0	0		0			490e89d10cb138cb50e4538b4a2e0392	ce51e4ac27e4e6b80e3e41ccea0de1f0	de-DE		1678665600	1710458763	1708777788	t	-1	t	f	f	f	f	t	f		anna.garcia50@yahoo.fr	f	0	0	0	0	0	0	0	f		gitea-auto	f
14	martin.brown	martin.brown	Martin Brown	martin.brown87@proton.me	f	enabled	cdd31eda616bdf67aaeaeac0e0cb728fa094bd27970fd9c45061cb5fa21b7a5c962f5d9e7fc82578e807841f2f843b27b5a3	pbkdf2$50000$50	f	0	0		0			0e70aff3812ea45f1228c2858c5dd5f2	1d126f2e445b3a6ea74f9edf21857c2f	de-DE		1695340800	1708707212	1708035231	t	-1	t	f	f	f	f	t	f	bfc62821f8ca49a520fb96da47f05ea2	martin.brown87@proton.me	t	0	0	0	5	0	0	0	f		gitea-auto	f
15	carlos.schmidt	carlos.schmidt	Carlos Schmidt	carlos.schmidt@nordlicht-werke.de	t	enabled			f	2	1	cschmidt	0			dfc6635f4e467cf6e0e30e84c0e0b1bc		de-DE		1690588800	1710334564	1710027622	t	-1	t	f	f	f	f	t	f		carlos.schmidt@nordlicht-werke.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
16	martin.novak	martin.novak	Martin Novak	martin.novak26@proton.me	f	enabled	dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452db1f85c8e325414	pbkdf2$50000$50	f	0	0		0	Kiel		2857582daa5eac53e77b37605449ab09	fbaef8b9a658b7638578d4aede627239	de-DE		1699747200	1708718149	1708368069	t	-1	t	f	f	f	f	t	f		martin.novak26@proton.me	f	0	0	0	6	0	0	0	f		gitea-auto	f
17	pierre.williams	pierre.williams	Pierre Williams	pierre.williams61@gmail.com	f	enabled	3735bafddc3a7164a1a85724047062dada076d05eafba9924303e8bc528036e602e3e6366ed7ca8901e9f2a927aa730effd1	pbkdf2$50000$50	f	0	0		0			d014956badce2fdab20b1aa07b5ee198	127e567261a93791e3ad4c403f1b5341	de-DE		1705795200	1711003540	1708635079	t	-1	t	f	f	f	f	t	f		pierre.williams61@gmail.com	f	0	0	0	1	0	0	0	f		gitea-auto	f
18	lucas.taylor	lucas.taylor	Lucas Taylor	lucas.taylor@nordlicht-werke.de	f	enabled			f	2	1	ltaylor	0		https://taylor-lucas.de	f1d3b5259722357a23b722636f0a1554		de-DE		1675814400	1707137013	1708307850	t	-1	t	f	f	f	f	t	f		lucas.taylor@nordlicht-werke.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
19	david.hoffmann	david.hoffmann	David Hoffmann	david.hoffmann72@web.de	f	enabled	0167265bda22a45b44cd24b86326d339acc500a643544b5e14469376274df6ae9b5d9c9db808ae6c0cff2ac7288747d1ee29	pbkdf2$50000$50	f	0	0		0			0f91691d83ff3cdcba676466374590a6	386c265d00cacd813f74a24ada5df648	de-DE		1703203200	1709066416	1710870144	t	-1	t	f	f	f	f	t	f		david.hoffmann72@web.de	f	0	0	0	0	0	0	0	f		gitea-auto	f
20	sarah.garcia	sarah.garcia	Sarah García	sarah.garcia21@icloud.com	t	enabled	eb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d57f3146338161ff578dde8228488657c825383e513	pbkdf2$50000$50	f	0	0		0	Kiel		a0017f685e652c9f64b81b53f294c91a	970ce076ea7078cd0887c4a5ed38178a	de-DE		1698710400	1708632061	1709251562	t	-1	t	f	f	f	f	t	f		sarah.garcia21@icloud.com	f	0	0	0	4	0	0	0	f		gitea-auto	f
21	emma.rossi21	emma.rossi21	Emma Rossi	emma.rossi@nordlicht-werke.de	f	enabled			f	2	1	erossi	0			5936c4269680d064c1cc3cb94fe98c36		de-DE		1676937600	1706813419	1708602382	t	-1	t	f	f	f	f	t	f	ae57d0e695e50d1b15a6a465cd1f1b5c	emma.rossi@nordlicht-werke.de	t	0	0	0	5	0	0	0	f		gitea-auto	f
22	jan.williams22	jan.williams22	Jan Williams	jan.williams27@gmx.de	f	enabled	56f55c650cb9a37196c72c0cd6bed0375aab55f30fa8c6c6b6292e61589aeb7a7e686096a7c8227c34ba73d678486dac03cb	pbkdf2$50000$50	f	0	0		0			a893f930eb874a5587687bdffe86faa0	6562939ea333df3c6d3652ee2d1aa7ca	de-DE		1656547200	1709546470	1707092178	t	-1	t	f	f	f	f	t	f		jan.williams27@gmx.de	f	0	0	0	2	0	0	0	f		gitea-auto	f
23	david.garcia23	david.garcia23	David García	david.garcia73@web.de	f	enabled	f385f722adf8946caa0693e3492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3f	pbkdf2$50000$50	f	0	0		0			b8b5743d8a92c1cc475c4d4cf422ecc3	c9f824bbf29731bdf80efdb5000e297c	de-DE		1692662400	1707085436	1708630631	t	-1	t	f	f	f	f	t	f		david.garcia73@web.de	f	0	0	0	3	0	0	0	f		gitea-auto	f
24	jonas.schmidt24	jonas.schmidt24	Jonas Schmidt	jonas.schmidt@nordlicht-werke.de	f	enabled			f	2	1	jschmidt	0	Rendsburg		8bf4c9919474b2cadf40df9c7b39e8e0		de-DE		1660608000	1711142594	1709839457	t	-1	t	f	f	f	f	t	f		jonas.schmidt@nordlicht-werke.de	f	0	0	0	2	0	0	0	f		gitea-auto	f
25	thomas.garcia25	thomas.garcia25	Thomas García	thomas.garcia85@posteo.de	t	enabled	0fdc55aa6664708d38fbfe04edeb068311280fc970bb1492738f76535f900fb9663751c095230c04c871ecf346d4093d30cb	pbkdf2$50000$50	f	0	0		0			9d7e067b05d32ef14c9937a0867edfef	acb7de3e582b5accb3e3338e94773141	de-DE		1675296000	1707279839	1707301948	t	-1	t	f	f	f	f	t	f		thomas.garcia85@posteo.de	f	0	0	0	4	0	0	0	f		gitea-auto	f
26	lucas.garcia26	lucas.garcia26	Lucas García	lucas.garcia47@web.de	f	enabled	0074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db79a741d85ad4e7fe261d55c7157f39f99a825ee6879c8e58853	pbkdf2$50000$50	f	0	0		0			44f0f4b76768eb26eed4b0b704c8597e	bccae9c19bd7e627d6e06822f0e89c52	de-DE		1693699200	1711475903	1709209425	t	-1	t	f	f	f	f	t	f		lucas.garcia47@web.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
27	liam.moreau27	liam.moreau27	Liam Moreau	liam.moreau@nordlicht-werke.de	f	enabled			f	2	1	lmoreau	0		https://moreau-liam.de	8a3e8a5cc2ccd21776506f8ac2edf621		de-DE		1684713600	1707909770	1709074424	t	-1	t	f	f	f	f	t	f		liam.moreau@nordlicht-werke.de	f	0	0	0	6	0	0	0	f		gitea-auto	f
28	sarah.schmidt28	sarah.schmidt28	Sarah Schmidt	sarah.schmidt19@hotmail.com	f	enabled	1d4fc7662afbff9b32777efb59025b3bf1ff79e4a8e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d740bb5628121e	pbkdf2$50000$50	f	0	0		0	Rendsburg		31d25756566775d4de7309e4fc6302ee	ec073c0ca6b893e00bde10ed56dc828d	de-DE		1677110400	1709847767	1708857736	t	-1	t	f	f	f	f	t	f	89067c337d13e2796ffcf9c33187c44c	sarah.schmidt19@hotmail.com	t	0	0	0	3	0	0	0	f		gitea-auto	f
29	camille.brown29	camille.brown29	Camille Brown	camille.brown37@icloud.com	f	enabled	a390805ec8fcf7101b55313274f76e5f89a206090f63bacc2e0e0b242e42ec60148b353d94ec645ba94d83260e0c06c0d747	pbkdf2$50000$50	f	0	0		0			0bd8106a1c09f2fb6b6ebc280464190b	edf06134c51dfa731804d610f363df47	de-DE		1685577600	1710102031	1709755245	t	-1	t	f	f	f	f	t	f		camille.brown37@icloud.com	f	0	0	0	1	0	0	0	f		gitea-auto	f
30	laura.rossi30	laura.rossi30	Laura Rossi	laura.rossi@nordlicht-werke.de	t	enabled			f	2	1	lrossi	0			0e9018aef589b2545f9fcf4bf8b51228		de-DE		1667174400	1708080240	1708575854	t	-1	t	f	f	f	f	t	f		laura.rossi@nordlicht-werke.de	f	0	0	0	6	0	0	0	f		gitea-auto	f
31	olivia.lopez31	olivia.lopez31	Olivia López	olivia.lopez42@web.de	f	enabled	7c3e825a3be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a0bf94ffe	pbkdf2$50000$50	f	0	0		0			063f4df03bf1e377b0a2e2da7310f868	d62156f5a7132727d934e84ac5ad2ef1	de-DE		1691193600	1708117693	1710697433	t	-1	t	f	f	f	f	t	f		olivia.lopez42@web.de	f	0	0	0	5	0	0	0	f		gitea-auto	f
32	james.muller32	james.muller32	James Müller	james.muller60@gmx.de	f	enabled	25e23c3a0df251976304ab923d13a65259a4ffcf9259dc1b8f04299e0dad9f45e5b0ae1db528758bc9f3c4b81cf78ad1bca1	pbkdf2$50000$50	f	0	0		0	Flensburg		83bc90d0af1a61a16f0539de57d8fa14	9448d628e5199b47f4d0384fc6e45cef	de-DE		1656979200	1711487172	1706983339	t	-1	t	f	f	f	f	t	f		james.muller60@gmx.de	f	0	0	0	1	0	0	0	f		gitea-auto	f
33	james.bernard33	james.bernard33	James Bernard	james.bernard@nordlicht-werke.de	f	enabled			f	2	1	jbernard	0			eb42759e7dc9c8b8527fac7ac0b62c71		de-DE		1674864000	1709960482	1709664429	t	-1	t	f	f	f	f	t	f		james.bernard@nordlicht-werke.de	f	0	0	0	6	0	0	0	f		gitea-auto	f
34	lena.johnson34	lena.johnson34	Lena Johnson	lena.johnson29@posteo.de	f	enabled	5dc5a278a200bcdd0bbbad6756459e19901a027dfda13f0cdbe03287f0b7020b1479907c3e798ba1123726be8588663fa112	pbkdf2$50000$50	f	0	0		0			e3509371507fd82cfa548f0df73dcf03	f974dc8b5d244adf2c111d02137e0564	de-DE		1665273600	1710320432	1709407096	t	-1	t	f	f	f	f	t	f		lena.johnson29@posteo.de	f	0	0	0	0	0	0	0	f		gitea-auto	f
35	lucia.moreau35	lucia.moreau35	Lucia Moreau	lucia.moreau16@proton.me	t	enabled	0f6538e3a0869b5b555628e1b3afaea82d91820e180e99db59d67eacf9b661e6e67b38c43354838951c9d1945e6dda8dd706	pbkdf2$50000$50	f	0	0		0			21d506f84ee10ef30e26de8d9a950511	acaa9c97db9247dc94a257dca673eeb9	de-DE		1688342400	1709421784	1710936247	t	-1	t	f	f	f	f	t	f	49a119e1ee381dc1523dcf64774c9d2d	lucia.moreau16@proton.me	t	0	0	0	1	0	0	0	f		gitea-auto	f
36	pierre.rossi36	pierre.rossi36	Pierre Rossi	pierre.rossi@nordlicht-werke.de	f	enabled			f	2	1	prossi	0	Kiel	https://rossi-pierre.de	447d90ee75163dd7cf97b9e44397757f		de-DE		1675468800	1711212068	1711388701	t	-1	t	f	f	f	f	t	f		pierre.rossi@nordlicht-werke.de	f	0	0	0	6	0	0	0	f		gitea-auto	f
37	nordlicht	nordlicht	Nordlicht Werke GmbH		f	enabled			f	0	0		1	Kiel	https://www.nordlicht-werke.de	dd359402bc4ac60f5e73567b4dae784f	dc125e0aa84d502a91ca8b51d2e5324f			1646265600	1706745600	0	f	-1	t	f	f	f	f	t	f			f	0	0	0	6	3	24	0	f			f
38	werkstatt	werkstatt	Werkstatt & Prüfstand		f	enabled			f	0	0		1	Kiel		7f910c9429971a1581d5f6a330d3791b	18c01ee751d0bbb1d05e3067ad116c71			1646265600	1706745600	0	f	-1	t	f	f	f	f	t	f			f	0	0	0	6	3	24	0	f			f
\.


--
-- Data for Name: webauthn_credential; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.webauthn_credential (id, name, lower_name, user_id, credential_id, public_key, attestation_type, aaguid, sign_count, clone_warning, created_unix, updated_unix) FROM stdin;
1	YubiKey 5	yubikey 5	1	\\xe46a0a49d3d3155354c8bf4c9919474b2cadf40df9c7b39e8e0ed9643dcf5fc6	\\xa5010203262001215820043860aeacb7de3e582b5accb3e3338e947731410fdc55aa6664708d38fbfe04225820edeb068311280fc970bb1492738f76535f900fb9663751c095230c04c871ecf3	none	\\xcb69481e8ff7403993ec0a2729a154a8	111	f	1708861453	1710976085
2	YubiKey 5	yubikey 5	7	\\x4093d30cb9d7e067b05d32ef14c9937a0867edfef911982723190ef91a06a08b	\\xa5010203262001215820ccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf2258205e96cc3fbf3a82db79a741d85ad4e7fe261d55c7157f39f99a825ee6879c8e58	none	\\xcb69481e8ff7403993ec0a2729a154a8	202	f	1708684945	1707971164
3	YubiKey 5	yubikey 5	13	\\x44f0f4b76768eb26eed4b0b704c8597e3e7b394b1192a20ed9f59eb58c552f13	\\xa5010203262001215820c22b47f485571afa29d3b98a3e8a5cc2ccd21776506f8ac2edf621637f802aea225820b59a26ac202ec073c0ca6b893e00bde10ed56dc828d1d4fc7662afbff9b32777	none	\\xcb69481e8ff7403993ec0a2729a154a8	373	f	1711912463	1710321058
4	YubiKey 5	yubikey 5	19	\\x59025b3bf1ff79e4a8e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d7	\\xa501020326200121582040bb5628121ec31d25756566775d4de7309e4fc6302ee9968755a6dd988aedf02258206134c51dfa731804d610f363df47a390805ec8fcf7101b55313274f76e5f89a2	none	\\xcb69481e8ff7403993ec0a2729a154a8	23	f	1708896912	1707057728
5	YubiKey 5	yubikey 5	25	\\x90f63bacc2e0e0b242e42ec60148b353d94ec645ba94d83260e0c06c0d7470bd	\\xa50102032620012158208106a1c09f2fb6b6ebc280464190b6a92b2478045207af76fbeaa6de22ef45132258209685fdc537040e9018aef589b2545f9fcf4bf8b51228c45f3b63cb3e17bed621	none	\\xcb69481e8ff7403993ec0a2729a154a8	148	f	1708907372	1711808058
6	YubiKey 5	yubikey 5	31	\\x5a7132727d934e84ac5ad2ef17c3e825a3be8aee308d145bcd555276647160a2	\\xa501020326200121582077f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a0bf94ffe063225820f4df03bf1e377b0a2e2da7310f86844ccc0930cc203b7be7ee29448d628e5199	none	\\xcb69481e8ff7403993ec0a2729a154a8	299	f	1708076078	1709240930
\.


--
-- Data for Name: webhook; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.webhook (id, repo_id, owner_id, is_system_webhook, url, http_method, content_type, secret, events, is_active, type, meta, last_status, header_authorization_encrypted, created_unix, updated_unix) FROM stdin;
1	3	0	f	https://jenkins.nordlicht.internal/gitea-webhook/post	POST	1	NGPYNPgEaF76Wdf006hIJgTgiZUevgKTNhN4THOB	{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}	t	gitea		1		1698969600	1706745600
2	0	37	f	https://hooks.slack.com/services/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	POST	1		{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}	t	slack	{"channel":"#werkstatt-ci","username":"Gitea","icon_url":"","color":""}	1		1698969600	1706745600
3	5	0	f	https://matrix.nordlicht-werke.de/_matrix/client/v3/rooms/!QkYnUZbQhDAcmHXWpZ%3Anordlicht-werke.de/send/m.room.message	POST	1		{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}	t	matrix	{"homeserver_url":"https://matrix.nordlicht-werke.de","room_id":"!QkYnUZbQhDAcmHXWpZ:nordlicht-werke.de","message_type":1}	1	a0017f685e652c9f64b81b53f294c91a257922dcf92a22736e39936512104bec995bfbda3070d8e883aec5936c4269680d064c1cc3cb94fe98c36905cf444d9edf34dac1e76562939ea333df3c6d3652ee2d1aa7	1698969600	1706745600
\.


--
-- Name: access_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.access_token_id_seq', 12, true);


--
-- Name: action_runner_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.action_runner_id_seq', 3, true);


--
-- Name: action_runner_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.action_runner_token_id_seq', 2, true);


--
-- Name: action_variable_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.action_variable_id_seq', 4, true);


--
-- Name: comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.comment_id_seq', 30, true);


--
-- Name: email_address_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.email_address_id_seq', 36, true);


--
-- Name: hook_task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hook_task_id_seq', 14, true);


--
-- Name: issue_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.issue_id_seq', 30, true);


--
-- Name: login_source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.login_source_id_seq', 4, true);


--
-- Name: mirror_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.mirror_id_seq', 1, true);


--
-- Name: oauth2_application_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oauth2_application_id_seq', 5, true);


--
-- Name: package_blob_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.package_blob_id_seq', 6, true);


--
-- Name: public_key_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.public_key_id_seq', 9, true);


--
-- Name: push_mirror_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.push_mirror_id_seq', 1, true);


--
-- Name: repo_unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.repo_unit_id_seq', 19, true);


--
-- Name: repository_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.repository_id_seq', 6, true);


--
-- Name: secret_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.secret_id_seq', 4, true);


--
-- Name: system_setting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.system_setting_id_seq', 3, true);


--
-- Name: two_factor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.two_factor_id_seq', 9, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.user_id_seq', 38, true);


--
-- Name: webauthn_credential_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.webauthn_credential_id_seq', 6, true);


--
-- Name: webhook_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.webhook_id_seq', 3, true);


--
-- Name: access_token access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_pkey PRIMARY KEY (id);


--
-- Name: access_token access_token_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_token_hash_key UNIQUE (token_hash);


--
-- Name: action_runner action_runner_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner
    ADD CONSTRAINT action_runner_pkey PRIMARY KEY (id);


--
-- Name: action_runner action_runner_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner
    ADD CONSTRAINT action_runner_token_hash_key UNIQUE (token_hash);


--
-- Name: action_runner_token action_runner_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner_token
    ADD CONSTRAINT action_runner_token_pkey PRIMARY KEY (id);


--
-- Name: action_runner_token action_runner_token_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner_token
    ADD CONSTRAINT action_runner_token_token_key UNIQUE (token);


--
-- Name: action_runner action_runner_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_runner
    ADD CONSTRAINT action_runner_uuid_key UNIQUE (uuid);


--
-- Name: action_variable action_variable_owner_id_repo_id_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_variable
    ADD CONSTRAINT action_variable_owner_id_repo_id_name_key UNIQUE (owner_id, repo_id, name);


--
-- Name: action_variable action_variable_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_variable
    ADD CONSTRAINT action_variable_pkey PRIMARY KEY (id);


--
-- Name: comment comment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_pkey PRIMARY KEY (id);


--
-- Name: email_address email_address_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_address
    ADD CONSTRAINT email_address_email_key UNIQUE (email);


--
-- Name: email_address email_address_lower_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_address
    ADD CONSTRAINT email_address_lower_email_key UNIQUE (lower_email);


--
-- Name: email_address email_address_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_address
    ADD CONSTRAINT email_address_pkey PRIMARY KEY (id);


--
-- Name: external_login_user external_login_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.external_login_user
    ADD CONSTRAINT external_login_user_pkey PRIMARY KEY (external_id, login_source_id);


--
-- Name: hook_task hook_task_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hook_task
    ADD CONSTRAINT hook_task_pkey PRIMARY KEY (id);


--
-- Name: hook_task hook_task_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hook_task
    ADD CONSTRAINT hook_task_uuid_key UNIQUE (uuid);


--
-- Name: issue issue_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.issue
    ADD CONSTRAINT issue_pkey PRIMARY KEY (id);


--
-- Name: login_source login_source_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_source
    ADD CONSTRAINT login_source_name_key UNIQUE (name);


--
-- Name: login_source login_source_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_source
    ADD CONSTRAINT login_source_pkey PRIMARY KEY (id);


--
-- Name: mirror mirror_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mirror
    ADD CONSTRAINT mirror_pkey PRIMARY KEY (id);


--
-- Name: oauth2_application oauth2_application_client_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth2_application
    ADD CONSTRAINT oauth2_application_client_id_key UNIQUE (client_id);


--
-- Name: oauth2_application oauth2_application_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth2_application
    ADD CONSTRAINT oauth2_application_pkey PRIMARY KEY (id);


--
-- Name: package_blob package_blob_hash_md5_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob
    ADD CONSTRAINT package_blob_hash_md5_key UNIQUE (hash_md5);


--
-- Name: package_blob package_blob_hash_sha1_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob
    ADD CONSTRAINT package_blob_hash_sha1_key UNIQUE (hash_sha1);


--
-- Name: package_blob package_blob_hash_sha256_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob
    ADD CONSTRAINT package_blob_hash_sha256_key UNIQUE (hash_sha256);


--
-- Name: package_blob package_blob_hash_sha512_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob
    ADD CONSTRAINT package_blob_hash_sha512_key UNIQUE (hash_sha512);


--
-- Name: package_blob package_blob_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.package_blob
    ADD CONSTRAINT package_blob_pkey PRIMARY KEY (id);


--
-- Name: public_key public_key_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.public_key
    ADD CONSTRAINT public_key_pkey PRIMARY KEY (id);


--
-- Name: push_mirror push_mirror_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.push_mirror
    ADD CONSTRAINT push_mirror_pkey PRIMARY KEY (id);


--
-- Name: repo_unit repo_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repo_unit
    ADD CONSTRAINT repo_unit_pkey PRIMARY KEY (id);


--
-- Name: repository repository_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repository
    ADD CONSTRAINT repository_pkey PRIMARY KEY (id);


--
-- Name: secret secret_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.secret
    ADD CONSTRAINT secret_pkey PRIMARY KEY (id);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (key);


--
-- Name: system_setting system_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.system_setting
    ADD CONSTRAINT system_setting_pkey PRIMARY KEY (id);


--
-- Name: system_setting system_setting_setting_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.system_setting
    ADD CONSTRAINT system_setting_setting_key_key UNIQUE (setting_key);


--
-- Name: two_factor two_factor_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.two_factor
    ADD CONSTRAINT two_factor_pkey PRIMARY KEY (id);


--
-- Name: two_factor two_factor_uid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.two_factor
    ADD CONSTRAINT two_factor_uid_key UNIQUE (uid);


--
-- Name: user user_lower_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_lower_name_key UNIQUE (lower_name);


--
-- Name: user user_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_name_key UNIQUE (name);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);


--
-- Name: webauthn_credential webauthn_credential_lower_name_user_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webauthn_credential
    ADD CONSTRAINT webauthn_credential_lower_name_user_id_key UNIQUE (lower_name, user_id);


--
-- Name: webauthn_credential webauthn_credential_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webauthn_credential
    ADD CONSTRAINT webauthn_credential_pkey PRIMARY KEY (id);


--
-- Name: webhook webhook_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook
    ADD CONSTRAINT webhook_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict KS6kxBwl6UBdyJhbnGohariJXbNDVYM3O9H0TD1JKoFg1m3VSvyedZ8vcsf9vRA

