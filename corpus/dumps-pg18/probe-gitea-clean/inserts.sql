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


ALTER SEQUENCE public.access_token_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.action_runner_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.action_runner_token_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.action_variable_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.comment_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.email_address_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.hook_task_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.issue_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.login_source_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.mirror_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.oauth2_application_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.package_blob_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.public_key_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.push_mirror_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.repo_unit_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.repository_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.secret_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.system_setting_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.two_factor_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.user_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.webauthn_credential_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.webhook_id_seq OWNER TO postgres;

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

INSERT INTO public.access_token VALUES (1, 1, 'renovate', 'cab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4cf422ecc341570197fc4f04af7d15dd5fef58ad733bde46a', 'BpTmyMyMHW', '5354c8bf', 'write:repository,read:user', 1708172231, 1710861971);
INSERT INTO public.access_token VALUES (2, 4, 'ci', '9919474b2cadf40df9c7b39e8e0ed9643dcf5fc6043860aeacb7de3e582b5accb3e3338e947731410fdc55aa6664708d38fb', '64DQ2y4sAY', '8311280f', 'all', 1710800799, 1709865027);
INSERT INTO public.access_token VALUES (3, 7, 'tea-cli', '70bb1492738f76535f900fb9663751c095230c04c871ecf346d4093d30cb9d7e067b05d32ef14c9937a0867edfef91198272', 'MHmD28kHpA', '6a08bcca', 'read:repository', 1711591965, 1709757681);
INSERT INTO public.access_token VALUES (4, 10, 'backup', 'c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db79a741d85ad4e7fe261d55c71', 'Vc8Lk8ilnf', '25ee6879', 'write:issue,write:repository', 1710704798, 1709376972);
INSERT INTO public.access_token VALUES (5, 13, 'renovate', 'e5885344f0f4b76768eb26eed4b0b704c8597e3e7b394b1192a20ed9f59eb58c552f13c22b47f485571afa29d3b98a3e8a5c', 'vIvvyLFccX', '506f8ac2', 'write:repository,read:user', 1711434333, 1711101055);
INSERT INTO public.access_token VALUES (6, 16, 'ci', 'f621637f802aeab59a26ac202ec073c0ca6b893e00bde10ed56dc828d1d4fc7662afbff9b32777efb59025b3bf1ff79e4a8e', 'BKcs6zirC8', '329909e6', 'all', 1706847953, 1707379145);
INSERT INTO public.access_token VALUES (7, 19, 'tea-cli', '004b4d01bf24ccb0f4433d2d740bb5628121ec31d25756566775d4de7309e4fc6302ee9968755a6dd988aedf06134c51dfa7', 'NEgBR1YHA8', '363df47a', 'read:repository', 1707717815, 1709767337);
INSERT INTO public.access_token VALUES (8, 22, 'backup', '0805ec8fcf7101b55313274f76e5f89a206090f63bacc2e0e0b242e42ec60148b353d94ec645ba94d83260e0c06c0d7470bd', 'fEBYoHyBl9', '2fb6b6eb', 'write:issue,write:repository', 1710862669, 1707540630);
INSERT INTO public.access_token VALUES (9, 25, 'renovate', '80464190b6a92b2478045207af76fbeaa6de22ef45139685fdc537040e9018aef589b2545f9fcf4bf8b51228c45f3b63cb3e', 'Fdt30XLEWZ', 'f5a71327', 'write:repository,read:user', 1707700999, 1709033917);
INSERT INTO public.access_token VALUES (10, 28, 'ci', 'd934e84ac5ad2ef17c3e825a3be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c0', 'Ei1avgToBu', 'f94ffe06', 'all', 1707779363, 1711751787);
INSERT INTO public.access_token VALUES (11, 31, 'tea-cli', '4df03bf1e377b0a2e2da7310f86844ccc0930cc203b7be7ee29448d628e5199b47f4d0384fc6e45cef25e23c3a0df2519763', 'CSqskLLyGO', 'a65259a4', 'read:repository', 1711685479, 1711766555);
INSERT INTO public.access_token VALUES (12, 34, 'backup', 'cf9259dc1b8f04299e0dad9f45e5b0ae1db528758bc9f3c4b81cf78ad1bca1783bc90d0af1a61a16f0539de57d8fa14fe03c', 'gB2mNUzQSY', '418fa9d4', 'write:issue,write:repository', 1710020258, 1707748426);


--
-- Data for Name: action_runner; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.action_runner VALUES (1, 'f6af3554-61e6-4425-a632-eb3fca15b325', 'runner-pruefstand', 'v0.2.10', 37, 0, '', 0, '', '51a38c28413455ce28935650037887d1a87f97af640e276447fff1f930ae4a34ebb6cb8eb88fc12dd05762f680b522b8afc5', '5sJ56ZHUt2', 1711824258, 1709938877, '["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]', 1706745600, 1706745600, NULL);
INSERT INTO public.action_runner VALUES (2, '2df520b8-6c6c-467c-aaa2-69c54d95bf79', 'runner-build01', 'v0.2.10', 0, 0, '', 0, '', '49b2c07d3dc570c6014276b900afe8b6b75cd5720e6dbc2aabf3209382325d45bf5cdbaf537bc2f6072d7d2fca974fe6ee2d', 'vR80mgU5v3', 1710696449, 1708522243, '["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]', 1706745600, 1706745600, NULL);
INSERT INTO public.action_runner VALUES (3, '62c47875-2a49-4e33-a587-f10d47134f05', 'runner-build02', 'v0.2.10', 0, 0, '', 0, '', 'af623d231ea0366711140782e9e01155688a5dbfc847333e47f2d35716fc93146fae81219ecbab7f2947b834386bb08cdf19', 'HnC0wYtOhP', 1710067559, 1708262610, '["ubuntu-latest:docker://gitea/runner-images:ubuntu-latest","ubuntu-22.04:docker://gitea/runner-images:ubuntu-22.04","ubuntu-20.04:docker://gitea/runner-images:ubuntu-20.04"]', 1706745600, 1706745600, NULL);


--
-- Data for Name: action_runner_token; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.action_runner_token VALUES (1, 'token-1', 0, 0, true, 1706745600, 1706745600, NULL);
INSERT INTO public.action_runner_token VALUES (2, 'token-2', 37, 0, true, 1706745600, 1706745600, NULL);


--
-- Data for Name: action_variable; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.action_variable VALUES (1, 37, 0, 'DEPLOY_HOST', 'deploy.example.com', 1706745600, 1706745600);
INSERT INTO public.action_variable VALUES (2, 37, 0, 'SONAR_HOST_URL', 'https://sonar.example.com', 1706745600, 1706745600);
INSERT INTO public.action_variable VALUES (3, 0, 1, 'IMAGE_NAME', 'firmware-pruefstand', 1706745600, 1706745600);
INSERT INTO public.action_variable VALUES (4, 0, 1, 'NODE_VERSION', '20', 1706745600, 1706745600);


--
-- Data for Name: comment; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.comment VALUES (1, 0, 9, '', 0, 1, 'Bitte noch Tests ergänzen.', 0, 1708416720, 1707216924, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (2, 0, 16, '', 0, 2, 'Bitte noch Tests ergänzen.', 0, 1710840461, 1710091359, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (3, 0, 23, '', 0, 3, 'LGTM', 0, 1707293788, 1707745350, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (4, 0, 30, '', 0, 4, 'LGTM', 0, 1709285931, 1707637330, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (5, 0, 3, '', 0, 5, 'Fix ist im Branch main.', 0, 1711779189, 1709203513, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (6, 0, 10, '', 0, 6, 'LGTM', 0, 1708830578, 1710992783, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (7, 0, 17, '', 0, 7, 'LGTM', 0, 1709446923, 1710486181, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (8, 0, 24, '', 0, 8, 'Kann ich nachstellen.', 0, 1711278386, 1709428615, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (9, 0, 31, '', 0, 9, 'Bitte noch Tests ergänzen.', 0, 1707290867, 1710899499, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (10, 0, 4, '', 0, 10, 'Fix ist im Branch main.', 0, 1710641948, 1708130137, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (11, 0, 11, '', 0, 11, 'Bitte noch Tests ergänzen.', 0, 1708298445, 1707615620, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (12, 0, 18, '', 0, 12, 'Bitte noch Tests ergänzen.', 0, 1708031540, 1708091168, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (13, 0, 25, '', 0, 13, 'Kann ich nachstellen.', 0, 1707125058, 1709815347, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (14, 0, 32, '', 0, 14, 'Fix ist im Branch main.', 0, 1711745379, 1706755399, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (15, 0, 5, '', 0, 15, 'Fix ist im Branch main.', 0, 1711233456, 1707128020, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (16, 0, 12, '', 0, 16, 'Fix ist im Branch main.', 0, 1711716296, 1711324988, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (17, 0, 19, '', 0, 17, 'LGTM', 0, 1711099180, 1709307399, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (18, 0, 26, '', 0, 18, 'Bitte noch Tests ergänzen.', 0, 1711538358, 1708283798, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (19, 0, 33, '', 0, 19, 'LGTM', 0, 1708364541, 1709941683, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (20, 0, 6, '', 0, 20, 'Kann ich nachstellen.', 0, 1707332017, 1708666228, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (21, 0, 13, '', 0, 21, 'Fix ist im Branch main.', 0, 1710862673, 1709583888, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (22, 0, 20, '', 0, 22, 'Bitte noch Tests ergänzen.', 0, 1709745304, 1709928553, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (23, 0, 27, '', 0, 23, 'Fix ist im Branch main.', 0, 1708243118, 1710480083, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (24, 0, 34, '', 0, 24, 'Bitte noch Tests ergänzen.', 0, 1711692438, 1708195075, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (25, 0, 7, '', 0, 25, 'LGTM', 0, 1710833685, 1709166778, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (26, 0, 14, '', 0, 26, 'Bitte noch Tests ergänzen.', 0, 1709436910, 1711547261, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (27, 0, 21, '', 0, 27, 'LGTM', 0, 1708797069, 1708256570, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (28, 0, 28, '', 0, 28, 'Bitte noch Tests ergänzen.', 0, 1708680470, 1711847603, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (29, 0, 35, '', 0, 29, 'Fix ist im Branch main.', 0, 1707758172, 1709614773, '', 0, '', 0, false);
INSERT INTO public.comment VALUES (30, 0, 8, '', 0, 30, 'Bitte noch Tests ergänzen.', 0, 1710284757, 1710892635, '', 0, '', 0, false);


--
-- Data for Name: email_address; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.email_address VALUES (1, 1, 'gitea-admin@example.com', 'gitea-admin@example.com', true, true);
INSERT INTO public.email_address VALUES (2, 2, 'user2@example.com', 'user2@example.com', true, true);
INSERT INTO public.email_address VALUES (3, 3, 'user3@example.com', 'user3@example.com', true, true);
INSERT INTO public.email_address VALUES (4, 4, 'user4@example.com', 'user4@example.com', true, true);
INSERT INTO public.email_address VALUES (5, 5, 'user5@example.com', 'user5@example.com', true, true);
INSERT INTO public.email_address VALUES (6, 6, 'user6@example.com', 'user6@example.com', true, true);
INSERT INTO public.email_address VALUES (7, 7, 'user7@example.com', 'user7@example.com', true, true);
INSERT INTO public.email_address VALUES (8, 8, 'user8@example.com', 'user8@example.com', true, true);
INSERT INTO public.email_address VALUES (9, 9, 'user9@example.com', 'user9@example.com', true, true);
INSERT INTO public.email_address VALUES (10, 10, 'user10@example.com', 'user10@example.com', true, true);
INSERT INTO public.email_address VALUES (11, 11, 'user11@example.com', 'user11@example.com', true, true);
INSERT INTO public.email_address VALUES (12, 12, 'user12@example.com', 'user12@example.com', true, true);
INSERT INTO public.email_address VALUES (13, 13, 'user13@example.com', 'user13@example.com', true, true);
INSERT INTO public.email_address VALUES (14, 14, 'user14@example.com', 'user14@example.com', true, true);
INSERT INTO public.email_address VALUES (15, 15, 'user15@example.com', 'user15@example.com', true, true);
INSERT INTO public.email_address VALUES (16, 16, 'user16@example.com', 'user16@example.com', true, true);
INSERT INTO public.email_address VALUES (17, 17, 'user17@example.com', 'user17@example.com', true, true);
INSERT INTO public.email_address VALUES (18, 18, 'user18@example.com', 'user18@example.com', true, true);
INSERT INTO public.email_address VALUES (19, 19, 'user19@example.com', 'user19@example.com', true, true);
INSERT INTO public.email_address VALUES (20, 20, 'user20@example.com', 'user20@example.com', true, true);
INSERT INTO public.email_address VALUES (21, 21, 'user21@example.com', 'user21@example.com', true, true);
INSERT INTO public.email_address VALUES (22, 22, 'user22@example.com', 'user22@example.com', true, true);
INSERT INTO public.email_address VALUES (23, 23, 'user23@example.com', 'user23@example.com', true, true);
INSERT INTO public.email_address VALUES (24, 24, 'user24@example.com', 'user24@example.com', true, true);
INSERT INTO public.email_address VALUES (25, 25, 'user25@example.com', 'user25@example.com', true, true);
INSERT INTO public.email_address VALUES (26, 26, 'user26@example.com', 'user26@example.com', true, true);
INSERT INTO public.email_address VALUES (27, 27, 'user27@example.com', 'user27@example.com', true, true);
INSERT INTO public.email_address VALUES (28, 28, 'user28@example.com', 'user28@example.com', true, true);
INSERT INTO public.email_address VALUES (29, 29, 'user29@example.com', 'user29@example.com', true, true);
INSERT INTO public.email_address VALUES (30, 30, 'user30@example.com', 'user30@example.com', true, true);
INSERT INTO public.email_address VALUES (31, 31, 'user31@example.com', 'user31@example.com', true, true);
INSERT INTO public.email_address VALUES (32, 32, 'user32@example.com', 'user32@example.com', true, true);
INSERT INTO public.email_address VALUES (33, 33, 'user33@example.com', 'user33@example.com', true, true);
INSERT INTO public.email_address VALUES (34, 34, 'user34@example.com', 'user34@example.com', true, true);
INSERT INTO public.email_address VALUES (35, 35, 'user35@example.com', 'user35@example.com', true, true);
INSERT INTO public.email_address VALUES (36, 36, 'user36@example.com', 'user36@example.com', true, true);


--
-- Data for Name: external_login_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.external_login_user VALUES ('0eaa6063-7506-43cb-a959-823faeb42759', 2, 2, '{"sub":"0eaa6063-7506-43cb-a959-823faeb42759","email_verified":true,"name":"User2 Example","preferred_username":"user2","given_name":"User2","family_name":"Example","email":"user2@example.com","groups":["gitea-users"]}', 'openidConnect', 'user2@example.com', 'user2', 'User2', 'Example', 'user2', '', '', '', 'token-1', '', 'refresh-1', '2024-02-01 09:05:00');
INSERT INTO public.external_login_user VALUES ('92487556', 7, 3, '{"login":"user7","id":92487556,"node_id":"MDQ6VXNlcje2wkyivg","avatar_url":"https://avatars.githubusercontent.com/u/92487556?v=4","html_url":"https://github.com/user7","type":"User","site_admin":false,"name":"User7 Example","company":null,"blog":"","location":null,"email":"user7@example.com","hireable":null,"bio":null,"public_repos":15,"followers":4,"following":15,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}', 'github', 'user7@example.com', 'User7 Example', '', '', 'user7', '', 'https://avatars.githubusercontent.com/u/92487556?v=4', '', 'token-2', '', '', '0001-01-01 00:00:00');
INSERT INTO public.external_login_user VALUES ('fac7ac0b-62c7-4199-a9d0-34cc062b9f2f', 12, 2, '{"sub":"fac7ac0b-62c7-4199-a9d0-34cc062b9f2f","email_verified":true,"name":"User12 Example","preferred_username":"user12","given_name":"User12","family_name":"Example","email":"user12@example.com","groups":["gitea-users"]}', 'openidConnect', 'user12@example.com', 'user12', 'User12', 'Example', 'user12', '', '', '', 'token-3', '', 'refresh-3', '2024-02-01 09:05:00');
INSERT INTO public.external_login_user VALUES ('60544243', 17, 3, '{"login":"user17","id":60544243,"node_id":"MDQ6VXNlcjdR3zguW2","avatar_url":"https://avatars.githubusercontent.com/u/60544243?v=4","html_url":"https://github.com/user17","type":"User","site_admin":false,"name":"User17 Example","company":null,"blog":"","location":null,"email":"user17@example.com","hireable":null,"bio":null,"public_repos":6,"followers":8,"following":8,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}', 'github', 'user17@example.com', 'User17 Example', '', '', 'user17', '', 'https://avatars.githubusercontent.com/u/60544243?v=4', '', 'token-4', '', '', '0001-01-01 00:00:00');
INSERT INTO public.external_login_user VALUES ('adf2c111-d021-437e-a056-45dc5a278a20', 22, 2, '{"sub":"adf2c111-d021-437e-a056-45dc5a278a20","email_verified":true,"name":"User22 Example","preferred_username":"user22","given_name":"User22","family_name":"Example","email":"user22@example.com","groups":["gitea-users"]}', 'openidConnect', 'user22@example.com', 'user22', 'User22', 'Example', 'user22', '', '', '', 'token-5', '', 'refresh-5', '2024-02-01 09:05:00');
INSERT INTO public.external_login_user VALUES ('3641301', 27, 3, '{"login":"user27","id":3641301,"node_id":"MDQ6VXNlcjux00Ausu","avatar_url":"https://avatars.githubusercontent.com/u/3641301?v=4","html_url":"https://github.com/user27","type":"User","site_admin":false,"name":"User27 Example","company":null,"blog":"","location":null,"email":"user27@example.com","hireable":null,"bio":null,"public_repos":28,"followers":26,"following":13,"created_at":"2016-04-12T08:11:02Z","updated_at":"2024-01-28T19:20:11Z"}', 'github', 'user27@example.com', 'User27 Example', '', '', 'user27', '', 'https://avatars.githubusercontent.com/u/3641301?v=4', '', 'token-6', '', '', '0001-01-01 00:00:00');
INSERT INTO public.external_login_user VALUES ('756459e1-9901-4a02-a7df-da13f0cdbe03', 32, 2, '{"sub":"756459e1-9901-4a02-a7df-da13f0cdbe03","email_verified":true,"name":"User32 Example","preferred_username":"user32","given_name":"User32","family_name":"Example","email":"user32@example.com","groups":["gitea-users"]}', 'openidConnect', 'user32@example.com', 'user32', 'User32', 'Example', 'user32', '', '', '', 'token-7', '', 'refresh-7', '2024-02-01 09:05:00');


--
-- Data for Name: hook_task; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.hook_task VALUES (1, 1, '194ccd78-d92a-4cd9-ae13-cd540a3dc75a', '{"ref":"refs/heads/main","before":"4dae784fdc125e0aa84d502a91ca8b51d2e5324f","after":"b9e44397757f9defdd359402bc4ac60f5e73567b","compare_url":"https://git.example.com/nordlicht/cad-export/compare/7f910c9429...b9e4439775","commits":[{"id":"b9e44397757f9defdd359402bc4ac60f5e73567b","message":"Fix: Timeout beim Flashen\n","url":"https://git.example.com/nordlicht/cad-export/commit/b9e44397757f9defdd359402bc4ac60f5e73567b","author":{"name":"User7 Example","email":"user7@example.com","username":"user7"},"committer":{"name":"User7 Example","email":"user7@example.com","username":"user7"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/71a1581d5f6a330d3791b18c01ee751d","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.example.com/nordlicht/cad-export","ssh_url":"git@git.example.com:nordlicht/cad-export.git","clone_url":"https://git.example.com/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":7,"login":"user7","full_name":"User7 Example","email":"user7@example.com","avatar_url":"https://git.example.com/avatars/0bbb1d05e3067ad116c712e63ae7cb94","username":"user7"},"sender":{"id":7,"login":"user7","full_name":"User7 Example","email":"user7@example.com","username":"user7"}}', 'push', true, 1706749200000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"194ccd78-d92a-4cd9-ae13-cd540a3dc75a","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"194ccd78-d92a-4cd9-ae13-cd540a3dc75a","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"373b782d2c0f3b187c698e748c7999bdbbd661f239311bc422331dfa95a297cb","X-Gogs-Delivery":"194ccd78-d92a-4cd9-ae13-cd540a3dc75a","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"4f8c7de68bf5800d91fd3b3395fb480977e17c0733fb7774db78c957782a3f6a","X-Hub-Signature":"sha1=b9cd42d6c34ecc96f5a935532bdc2f63e95ed246","X-Hub-Signature-256":"sha256=0c77abea04fd772f8b69b9709c6391630e34eb2f620a6a43282b3a46561567d5"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (2, 1, '4b1e18bb-d53f-4236-a60b-42aaf6059750', '{"ref":"refs/heads/main","before":"47292427253902f6ea7fd16d333b8e7a032ac025","after":"7b581b5b95f4d71f2bc4e242760d6a678deac5a7","compare_url":"https://git.example.com/nordlicht/infra-ansible/compare/e073863ac5...7b581b5b95","commits":[{"id":"7b581b5b95f4d71f2bc4e242760d6a678deac5a7","message":"Messwerte Kanal 3 korrigiert\n","url":"https://git.example.com/nordlicht/infra-ansible/commit/7b581b5b95f4d71f2bc4e242760d6a678deac5a7","author":{"name":"User12 Example","email":"user12@example.com","username":"user12"},"committer":{"name":"User12 Example","email":"user12@example.com","username":"user12"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/1c2678cbc173e871b71206b1497ed16d","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.example.com/nordlicht/infra-ansible","ssh_url":"git@git.example.com:nordlicht/infra-ansible.git","clone_url":"https://git.example.com/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":12,"login":"user12","full_name":"User12 Example","email":"user12@example.com","avatar_url":"https://git.example.com/avatars/9e741334ca3b660d089f46c65b0a382e","username":"user12"},"sender":{"id":12,"login":"user12","full_name":"User12 Example","email":"user12@example.com","username":"user12"}}', 'push', true, 1706752800000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"4b1e18bb-d53f-4236-a60b-42aaf6059750","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"4b1e18bb-d53f-4236-a60b-42aaf6059750","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"2a825f1aca834c63f959dcf8ad23fa9771a365301f49617a3ec8ca92cbf6aa48","X-Gogs-Delivery":"4b1e18bb-d53f-4236-a60b-42aaf6059750","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"7f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008","X-Hub-Signature":"sha1=b87517412461d9ea9855ede1cb7dcd936050c9d5","X-Hub-Signature-256":"sha256=757f49974b5096dacf568fc53bdd3fe4687018e5ef3536ee6399e952e056e34f"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (3, 1, '7157794a-08ce-4ed5-aa43-8269d49da990', '{"ref":"refs/heads/main","before":"a827fdf979a897246fdea270af8409050d1dc063","after":"28e0f4b029fb24a8aa0f0d15a7d9f162afcee50b","compare_url":"https://git.example.com/nordlicht/firmware-pruefstand/compare/06740b25f6...28e0f4b029","commits":[{"id":"28e0f4b029fb24a8aa0f0d15a7d9f162afcee50b","message":"Messwerte Kanal 3 korrigiert\n","url":"https://git.example.com/nordlicht/firmware-pruefstand/commit/28e0f4b029fb24a8aa0f0d15a7d9f162afcee50b","author":{"name":"User17 Example","email":"user17@example.com","username":"user17"},"committer":{"name":"User17 Example","email":"user17@example.com","username":"user17"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/f8f649666cd5c185d6530d23a7926583","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.example.com/nordlicht/firmware-pruefstand","ssh_url":"git@git.example.com:nordlicht/firmware-pruefstand.git","clone_url":"https://git.example.com/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":17,"login":"user17","full_name":"User17 Example","email":"user17@example.com","avatar_url":"https://git.example.com/avatars/3e4b8f5ad0c3f8ddcbd3c39f3b4e54d9","username":"user17"},"sender":{"id":17,"login":"user17","full_name":"User17 Example","email":"user17@example.com","username":"user17"}}', 'push', true, 1706756400000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"7157794a-08ce-4ed5-aa43-8269d49da990","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"7157794a-08ce-4ed5-aa43-8269d49da990","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"26accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a28963714013b98","X-Gogs-Delivery":"7157794a-08ce-4ed5-aa43-8269d49da990","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"1a1b7ca6d621fa383cbe1e37525234443d886a5ac0a0863a31a4109b4ddcb269","X-Hub-Signature":"sha1=a7580546ad33f4f7331295247134f09ff053142d","X-Hub-Signature-256":"sha256=1d03daaa9888095e8ddc79cd4a55fc3fc56e6982084527f0ad491f5bb314eb36"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (4, 1, '39b77f72-bf48-4b13-a4e2-d6f4de0ad8da', '{"ref":"refs/heads/main","before":"c3b14932d87c9234f79e2f565e3f9b717dc12f30","after":"0591b803f6bfefd2c45b16276dffd044805adc15","compare_url":"https://git.example.com/nordlicht/cad-export/compare/ad2a94d76f...0591b803f6","commits":[{"id":"0591b803f6bfefd2c45b16276dffd044805adc15","message":"Ansible: neue Prüfstand-VMs\n","url":"https://git.example.com/nordlicht/cad-export/commit/0591b803f6bfefd2c45b16276dffd044805adc15","author":{"name":"User22 Example","email":"user22@example.com","username":"user22"},"committer":{"name":"User22 Example","email":"user22@example.com","username":"user22"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/359fff778233550526f0f39191f66d17","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.example.com/nordlicht/cad-export","ssh_url":"git@git.example.com:nordlicht/cad-export.git","clone_url":"https://git.example.com/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":22,"login":"user22","full_name":"User22 Example","email":"user22@example.com","avatar_url":"https://git.example.com/avatars/0d34fd475fd398eac82d692c7b0934a8","username":"user22"},"sender":{"id":22,"login":"user22","full_name":"User22 Example","email":"user22@example.com","username":"user22"}}', 'push', true, 1706760000000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"39b77f72-bf48-4b13-a4e2-d6f4de0ad8da","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"39b77f72-bf48-4b13-a4e2-d6f4de0ad8da","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"339be3ef306764ea7568f1480d78800bcd0c00baca3c84b6d6924195b316c8fd","X-Gogs-Delivery":"39b77f72-bf48-4b13-a4e2-d6f4de0ad8da","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"cd01ed37871fc6920fe4bf1d2bd5588d94cc937e29d5182e163c51e4247765f5","X-Hub-Signature":"sha1=7a991a695f2a3670883fbda0271f9367bdacd7ad","X-Hub-Signature-256":"sha256=a60e365547d3ba222570645861b5cfbc32c08dea55ea3663da0be9a076805b1d"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (5, 1, '14c600f6-6c34-4b24-a8be-4f9a0b623c60', '{"ref":"refs/heads/main","before":"3f6949aefb10c0535b9510ab88f055aed39a0ed8","after":"a1988440d19cba3630a2938585367810178ef379","compare_url":"https://git.example.com/nordlicht/infra-ansible/compare/c2ccc0b9dd...a1988440d1","commits":[{"id":"a1988440d19cba3630a2938585367810178ef379","message":"Messwerte Kanal 3 korrigiert\n","url":"https://git.example.com/nordlicht/infra-ansible/commit/a1988440d19cba3630a2938585367810178ef379","author":{"name":"User27 Example","email":"user27@example.com","username":"user27"},"committer":{"name":"User27 Example","email":"user27@example.com","username":"user27"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/bd17797dc3fc109448a0320b00cb8c9b","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.example.com/nordlicht/infra-ansible","ssh_url":"git@git.example.com:nordlicht/infra-ansible.git","clone_url":"https://git.example.com/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":27,"login":"user27","full_name":"User27 Example","email":"user27@example.com","avatar_url":"https://git.example.com/avatars/3f722ee37dde596304f155e955953fd1","username":"user27"},"sender":{"id":27,"login":"user27","full_name":"User27 Example","email":"user27@example.com","username":"user27"}}', 'push', true, 1706763600000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"14c600f6-6c34-4b24-a8be-4f9a0b623c60","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"14c600f6-6c34-4b24-a8be-4f9a0b623c60","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"469229dc29164640eeb7244a6fc0486edb9358ee04b1501a5a12bae6d62dbaa3","X-Gogs-Delivery":"14c600f6-6c34-4b24-a8be-4f9a0b623c60","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"3d50bd85bb2d7b2cd5cad44c6d624a749a64d098840170891d8af78c4daef0c0","X-Hub-Signature":"sha1=0da1ab2f2a154694ba7246b46bea06a0bd702359","X-Hub-Signature-256":"sha256=029a4a355d72f20b3b0f6b819dea42275d92deafb0ddc581d8416810ce5c1bbc"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (6, 1, '2ad83375-e56c-4f7f-aedb-d435d2986393', '{"ref":"refs/heads/main","before":"a04b71618d6eb712e9f57a2ccd713580b2863ca4","after":"d7f152ae9bfb8fa5ae267e03a9f02d92ba1bc81e","compare_url":"https://git.example.com/nordlicht/firmware-pruefstand/compare/56a329bab0...d7f152ae9b","commits":[{"id":"d7f152ae9bfb8fa5ae267e03a9f02d92ba1bc81e","message":"Fix: Timeout beim Flashen\n","url":"https://git.example.com/nordlicht/firmware-pruefstand/commit/d7f152ae9bfb8fa5ae267e03a9f02d92ba1bc81e","author":{"name":"User32 Example","email":"user32@example.com","username":"user32"},"committer":{"name":"User32 Example","email":"user32@example.com","username":"user32"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/b5ad06c7400a60eef03d1c8a00363b3b","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.example.com/nordlicht/firmware-pruefstand","ssh_url":"git@git.example.com:nordlicht/firmware-pruefstand.git","clone_url":"https://git.example.com/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":32,"login":"user32","full_name":"User32 Example","email":"user32@example.com","avatar_url":"https://git.example.com/avatars/dba958f5bc06a47d298c2024797cc8ca","username":"user32"},"sender":{"id":32,"login":"user32","full_name":"User32 Example","email":"user32@example.com","username":"user32"}}', 'push', true, 1706767200000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"2ad83375-e56c-4f7f-aedb-d435d2986393","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"2ad83375-e56c-4f7f-aedb-d435d2986393","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"97e98fb0bff7a337012f5f722aa5757a2968fe6ee55b8c7ced545479e8eb1125","X-Gogs-Delivery":"2ad83375-e56c-4f7f-aedb-d435d2986393","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"11f647dcdc3a8789d60e082ae386338b441761f73c78f742d40a3a454503f46f","X-Hub-Signature":"sha1=10ad8a0998f337207f7aabc138ac25b9d293ac69","X-Hub-Signature-256":"sha256=156d6bba4900d7407872d46f0f182c4f6169e1aeba4e9a2546b2d64f88a4c7af"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (7, 1, 'fcbf011a-900b-4e32-a0a3-d3ded4fc6759', '{"ref":"refs/heads/main","before":"28bcf093947ace68bf0aab173a398de24d2e4711","after":"f49de674ee54c96c458f765679685987e12c574e","compare_url":"https://git.example.com/nordlicht/cad-export/compare/8e1840a0fd...f49de674ee","commits":[{"id":"f49de674ee54c96c458f765679685987e12c574e","message":"Ansible: neue Prüfstand-VMs\n","url":"https://git.example.com/nordlicht/cad-export/commit/f49de674ee54c96c458f765679685987e12c574e","author":{"name":"User3 Example","email":"user3@example.com","username":"user3"},"committer":{"name":"User3 Example","email":"user3@example.com","username":"user3"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/301863302b26b0e3836b15dde801edc8","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.example.com/nordlicht/cad-export","ssh_url":"git@git.example.com:nordlicht/cad-export.git","clone_url":"https://git.example.com/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":3,"login":"user3","full_name":"User3 Example","email":"user3@example.com","avatar_url":"https://git.example.com/avatars/7ec7006461f22578209a818c7b1ee817","username":"user3"},"sender":{"id":3,"login":"user3","full_name":"User3 Example","email":"user3@example.com","username":"user3"}}', 'push', true, 1706770800000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"fcbf011a-900b-4e32-a0a3-d3ded4fc6759","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"fcbf011a-900b-4e32-a0a3-d3ded4fc6759","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"5858070f373c2f5e30be02595f626678894beccdcaf31e80fef52189e59369d9","X-Gogs-Delivery":"fcbf011a-900b-4e32-a0a3-d3ded4fc6759","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"fe01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e304","X-Hub-Signature":"sha1=322f103f8aebc799d93b841fc6f871b41f88f6d1","X-Hub-Signature-256":"sha256=cd58901dc6f37965ca7b6363d989cda60417375a6b10cad3cf1254e454e0ab61"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (8, 1, '243ceece-6d75-4df9-a631-8d2baa074060', '{"ref":"refs/heads/main","before":"6445a3332ea1685dda599724544934bc15e8feb3","after":"fdaeabcc77382f2749728e574a5c3042731b5fa8","compare_url":"https://git.example.com/nordlicht/infra-ansible/compare/4c0f5f6f21...fdaeabcc77","commits":[{"id":"fdaeabcc77382f2749728e574a5c3042731b5fa8","message":"Ansible: neue Prüfstand-VMs\n","url":"https://git.example.com/nordlicht/infra-ansible/commit/fdaeabcc77382f2749728e574a5c3042731b5fa8","author":{"name":"User8 Example","email":"user8@example.com","username":"user8"},"committer":{"name":"User8 Example","email":"user8@example.com","username":"user8"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/c8ddb0623b23baf673666e267edbec70","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.example.com/nordlicht/infra-ansible","ssh_url":"git@git.example.com:nordlicht/infra-ansible.git","clone_url":"https://git.example.com/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":8,"login":"user8","full_name":"User8 Example","email":"user8@example.com","avatar_url":"https://git.example.com/avatars/6cf81f1b3fbb61d9e2ead073bb7b0f28","username":"user8"},"sender":{"id":8,"login":"user8","full_name":"User8 Example","email":"user8@example.com","username":"user8"}}', 'push', true, 1706774400000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"243ceece-6d75-4df9-a631-8d2baa074060","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"243ceece-6d75-4df9-a631-8d2baa074060","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"69b92f833e2e0ce866a0dd6d7e0dcc579b000a0d8a5500e9930cfd00d4eea84d","X-Gogs-Delivery":"243ceece-6d75-4df9-a631-8d2baa074060","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"799ba2cbb658bd4467a4703c0edad542c4d439195f707cc98fe9c969ba0be327","X-Hub-Signature":"sha1=7646fc72d9662da43797cbe7fc2708d3e59be858","X-Hub-Signature-256":"sha256=af8c8a734b0d63f02978989edb070ed75417aeeb319b02903fe89a10d4db7430"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (9, 1, 'dcffdef0-6e5b-4168-a6ae-7eb7f7706e43', '{"ref":"refs/heads/main","before":"3d3f1c55e45bc1fb2f56a0dbea88c0c9cd7d5e2c","after":"2740d122bb8d9d66bc2cc74ec10a0097c517e47a","compare_url":"https://git.example.com/nordlicht/firmware-pruefstand/compare/3a359d638b...2740d122bb","commits":[{"id":"2740d122bb8d9d66bc2cc74ec10a0097c517e47a","message":"Ansible: neue Prüfstand-VMs\n","url":"https://git.example.com/nordlicht/firmware-pruefstand/commit/2740d122bb8d9d66bc2cc74ec10a0097c517e47a","author":{"name":"User13 Example","email":"user13@example.com","username":"user13"},"committer":{"name":"User13 Example","email":"user13@example.com","username":"user13"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/7aaa6c853ff0900cb10484d64bf3b7c6","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.example.com/nordlicht/firmware-pruefstand","ssh_url":"git@git.example.com:nordlicht/firmware-pruefstand.git","clone_url":"https://git.example.com/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":13,"login":"user13","full_name":"User13 Example","email":"user13@example.com","avatar_url":"https://git.example.com/avatars/290da500091cdcddd1f91964e237e1d8","username":"user13"},"sender":{"id":13,"login":"user13","full_name":"User13 Example","email":"user13@example.com","username":"user13"}}', 'push', true, 1706778000000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"dcffdef0-6e5b-4168-a6ae-7eb7f7706e43","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"dcffdef0-6e5b-4168-a6ae-7eb7f7706e43","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"33e75ae422c3c85826509000e083e9eec13d12763ba9dbac83af2a3e3fc150f7","X-Gogs-Delivery":"dcffdef0-6e5b-4168-a6ae-7eb7f7706e43","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"1c1e122a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb","X-Hub-Signature":"sha1=3769cbd7260e0099c4b63bd780f319f5e47996b7","X-Hub-Signature-256":"sha256=a7e4f470c0b79bcda778d5b170aaddf797447674180765e18cd758e035940039"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (10, 1, 'db387ef1-3b1b-488c-a9ad-cab7dc21c142', '{"ref":"refs/heads/main","before":"a85f082db6a0a74cd1efb7e3c710184fb2288de5","after":"12342e35913a79425ca75995ef0ec80dd16e39f6","compare_url":"https://git.example.com/nordlicht/cad-export/compare/12aa5acfc9...12342e3591","commits":[{"id":"12342e35913a79425ca75995ef0ec80dd16e39f6","message":"Fix: Timeout beim Flashen\n","url":"https://git.example.com/nordlicht/cad-export/commit/12342e35913a79425ca75995ef0ec80dd16e39f6","author":{"name":"User18 Example","email":"user18@example.com","username":"user18"},"committer":{"name":"User18 Example","email":"user18@example.com","username":"user18"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/8a5dbddd290604a680755beb1e71d791","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.example.com/nordlicht/cad-export","ssh_url":"git@git.example.com:nordlicht/cad-export.git","clone_url":"https://git.example.com/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":18,"login":"user18","full_name":"User18 Example","email":"user18@example.com","avatar_url":"https://git.example.com/avatars/caa13c0f09ffa0715035533cb5deb317","username":"user18"},"sender":{"id":18,"login":"user18","full_name":"User18 Example","email":"user18@example.com","username":"user18"}}', 'push', true, 1706781600000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"db387ef1-3b1b-488c-a9ad-cab7dc21c142","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"db387ef1-3b1b-488c-a9ad-cab7dc21c142","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"7d9f55b03643d9b054a7f54c74251a45b6004f9decbd22c0dbe82adbe0c8f3b5","X-Gogs-Delivery":"db387ef1-3b1b-488c-a9ad-cab7dc21c142","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"b994510eb59ca078bade38d92a1848d2f2c3e6fc7433c0efaf45682f1093dfb5","X-Hub-Signature":"sha1=7e65785c1bf38c8782a3ec633f7eb243b3161166","X-Hub-Signature-256":"sha256=b632fae13ace3cda264c5fe0b849a32884a3ac1092a01b4fe0f7345bbc706049"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (11, 1, '96b3dcad-9cdd-4c72-a393-3c35b055821c', '{"ref":"refs/heads/main","before":"3ff20ef1673ad0960ca808a87ce233135971190d","after":"1a805ba134dec0c711f6a4c977bb5f2ed7d60da0","compare_url":"https://git.example.com/nordlicht/infra-ansible/compare/9c432773b5...1a805ba134","commits":[{"id":"1a805ba134dec0c711f6a4c977bb5f2ed7d60da0","message":"Messwerte Kanal 3 korrigiert\n","url":"https://git.example.com/nordlicht/infra-ansible/commit/1a805ba134dec0c711f6a4c977bb5f2ed7d60da0","author":{"name":"User23 Example","email":"user23@example.com","username":"user23"},"committer":{"name":"User23 Example","email":"user23@example.com","username":"user23"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/fe24e6e41adf2e16ef6ad1811a120661","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.example.com/nordlicht/infra-ansible","ssh_url":"git@git.example.com:nordlicht/infra-ansible.git","clone_url":"https://git.example.com/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":23,"login":"user23","full_name":"User23 Example","email":"user23@example.com","avatar_url":"https://git.example.com/avatars/e0f14b56616b14a12b975774536fbe6a","username":"user23"},"sender":{"id":23,"login":"user23","full_name":"User23 Example","email":"user23@example.com","username":"user23"}}', 'push', true, 1706785200000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"96b3dcad-9cdd-4c72-a393-3c35b055821c","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"96b3dcad-9cdd-4c72-a393-3c35b055821c","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"ffd9d151873b843f33cec482241ed7ec5e176050badc2c5e091f78dcef1da230","X-Gogs-Delivery":"96b3dcad-9cdd-4c72-a393-3c35b055821c","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"515db42590258f1ecbe5dff4d9bdf5efcd57955e20674e4aee0a7f3092fd4a5f","X-Hub-Signature":"sha1=02dfce2fdb4e82db0ac7d305370bb73c6ceb46fd","X-Hub-Signature-256":"sha256=166f168d1fb61dccc46f0d7182a93ec9533ae886b623e2f827f4b1c77ace098f"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (12, 1, 'a9dc953f-f3b0-4f82-a251-67a067612532', '{"ref":"refs/heads/main","before":"9c011bde59022259d9b7d04c0df2eed25fa468d5","after":"1d39a5232c19e8c452a81655a387b4dd4070c303","compare_url":"https://git.example.com/nordlicht/firmware-pruefstand/compare/1c17830be5...1d39a5232c","commits":[{"id":"1d39a5232c19e8c452a81655a387b4dd4070c303","message":"Fix: Timeout beim Flashen\n","url":"https://git.example.com/nordlicht/firmware-pruefstand/commit/1d39a5232c19e8c452a81655a387b4dd4070c303","author":{"name":"User28 Example","email":"user28@example.com","username":"user28"},"committer":{"name":"User28 Example","email":"user28@example.com","username":"user28"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/6855b0f74481a6f41af70ce18cd14747","username":"nordlicht"},"name":"firmware-pruefstand","full_name":"nordlicht/firmware-pruefstand","private":true,"html_url":"https://git.example.com/nordlicht/firmware-pruefstand","ssh_url":"git@git.example.com:nordlicht/firmware-pruefstand.git","clone_url":"https://git.example.com/nordlicht/firmware-pruefstand.git","default_branch":"main"},"pusher":{"id":28,"login":"user28","full_name":"User28 Example","email":"user28@example.com","avatar_url":"https://git.example.com/avatars/f66e7cc6263452bd7714343009ae9776","username":"user28"},"sender":{"id":28,"login":"user28","full_name":"User28 Example","email":"user28@example.com","username":"user28"}}', 'push', true, 1706788800000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"a9dc953f-f3b0-4f82-a251-67a067612532","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"a9dc953f-f3b0-4f82-a251-67a067612532","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"f8bdaf4c88c6da25e16a1234389011f70da396233193d17602d32847f9054095","X-Gogs-Delivery":"a9dc953f-f3b0-4f82-a251-67a067612532","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"9a11f6ad562a068d6e9d2ca24c01fc2c0b3de7fbb3eecfd4ac99e10aceaf2864","X-Hub-Signature":"sha1=b38be77217d1fc3723f44cd061b17dda0c7ae4a4","X-Hub-Signature-256":"sha256=a9379479e9ba460676645c3fc897a8e6185bfb3381d1778bc1d6f711fe74dd93"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (13, 1, '84805900-1a50-4c5f-a0c6-5679c85a08a9', '{"ref":"refs/heads/main","before":"b7346e7c8549b25a37ad42d27338cb0186bd3c0f","after":"125ae4254fa743d66e6726b9a90112d55f932f40","compare_url":"https://git.example.com/nordlicht/cad-export/compare/13887bd888...125ae4254f","commits":[{"id":"125ae4254fa743d66e6726b9a90112d55f932f40","message":"Fix: Timeout beim Flashen\n","url":"https://git.example.com/nordlicht/cad-export/commit/125ae4254fa743d66e6726b9a90112d55f932f40","author":{"name":"User33 Example","email":"user33@example.com","username":"user33"},"committer":{"name":"User33 Example","email":"user33@example.com","username":"user33"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/2157d715ae7e57e1a8dc47c7439b7d15","username":"nordlicht"},"name":"cad-export","full_name":"nordlicht/cad-export","private":true,"html_url":"https://git.example.com/nordlicht/cad-export","ssh_url":"git@git.example.com:nordlicht/cad-export.git","clone_url":"https://git.example.com/nordlicht/cad-export.git","default_branch":"main"},"pusher":{"id":33,"login":"user33","full_name":"User33 Example","email":"user33@example.com","avatar_url":"https://git.example.com/avatars/cb20fc6bd4963f74256ba8aa43c5a071","username":"user33"},"sender":{"id":33,"login":"user33","full_name":"User33 Example","email":"user33@example.com","username":"user33"}}', 'push', true, 1706792400000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"84805900-1a50-4c5f-a0c6-5679c85a08a9","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"84805900-1a50-4c5f-a0c6-5679c85a08a9","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"88b1744284379a20f9268f59dbf9566bfee850e337626370db88a16c77e2d0df","X-Gogs-Delivery":"84805900-1a50-4c5f-a0c6-5679c85a08a9","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"b29d568433abd40e009caeda99a45ec96b24ef49fc5a9a363e3e8a4fb52b62fc","X-Hub-Signature":"sha1=097f04e1c321a29def3eeb1815d30b4b651daa02","X-Hub-Signature-256":"sha256=a25f778977f039088a6202c10bb52cf41a66594b295f5fe2b8dab43e5d7dd155"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');
INSERT INTO public.hook_task VALUES (14, 1, 'd8f670a0-dd9f-48c2-ab57-8b47a28b5b68', '{"ref":"refs/heads/main","before":"43ce71fda73967d7657f8ac23186c1e339376465","after":"a6bb69ce6c150277fca8eaa6aab3f22dbe17827e","compare_url":"https://git.example.com/nordlicht/infra-ansible/compare/202fb3e54b...a6bb69ce6c","commits":[{"id":"a6bb69ce6c150277fca8eaa6aab3f22dbe17827e","message":"Ansible: neue Prüfstand-VMs\n","url":"https://git.example.com/nordlicht/infra-ansible/commit/a6bb69ce6c150277fca8eaa6aab3f22dbe17827e","author":{"name":"User4 Example","email":"user4@example.com","username":"user4"},"committer":{"name":"User4 Example","email":"user4@example.com","username":"user4"},"verification":null,"timestamp":"2024-02-03T09:12:44+01:00","added":[],"removed":[],"modified":["src/main.c"]}],"total_commits":1,"head_commit":null,"repository":{"id":3,"owner":{"id":37,"login":"nordlicht","full_name":"Example Org","email":"","avatar_url":"https://git.example.com/avatars/f5682e04216c5f561bc26a94f5a09c7d","username":"nordlicht"},"name":"infra-ansible","full_name":"nordlicht/infra-ansible","private":true,"html_url":"https://git.example.com/nordlicht/infra-ansible","ssh_url":"git@git.example.com:nordlicht/infra-ansible.git","clone_url":"https://git.example.com/nordlicht/infra-ansible.git","default_branch":"main"},"pusher":{"id":4,"login":"user4","full_name":"User4 Example","email":"user4@example.com","avatar_url":"https://git.example.com/avatars/99ea9eca13fd0ae3039ce80eb010d903","username":"user4"},"sender":{"id":4,"login":"user4","full_name":"User4 Example","email":"user4@example.com","username":"user4"}}', 'push', true, 1706796000000000000, true, '{"url":"https://jenkins.example.com/gitea-webhook/post","http_method":"POST","headers":{"Content-Type":"application/json","X-GitHub-Delivery":"d8f670a0-dd9f-48c2-ab57-8b47a28b5b68","X-GitHub-Event":"push","X-GitHub-Event-Type":"push","X-Gitea-Delivery":"d8f670a0-dd9f-48c2-ab57-8b47a28b5b68","X-Gitea-Event":"push","X-Gitea-Event-Type":"push","X-Gitea-Signature":"b22b394c721a4400ac4c0096d506e352580da333c776a484a54ff53857016e9f","X-Gogs-Delivery":"d8f670a0-dd9f-48c2-ab57-8b47a28b5b68","X-Gogs-Event":"push","X-Gogs-Event-Type":"push","X-Gogs-Signature":"e3a792c2fff820782887463d41eb7b168cd8cd5c5d5ec2a93eabc1ee503065c7","X-Hub-Signature":"sha1=9ba29480263c5b6ee99c0cbb157309e256d01379","X-Hub-Signature-256":"sha256=29ba35854ddacfe86fa5a428f26a26c67cc2947b1bf74c868fa659610a7a69d2"}}', '{"status":200,"headers":{"Content-Type":"text/html;charset=utf-8","Date":"Sat, 03 Feb 2024 08:12:45 GMT","Server":"Jetty(10.0.18)","X-Content-Type-Options":"nosniff"},"body":"Scheduled polling of firmware-pruefstand"}');


--
-- Data for Name: issue; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.issue VALUES (1, 2, 1, 3, '', 0, 'STEP-Export #1', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, false, false, 1, '', 0, 0, 1707018625, 1711215028, 0, false);
INSERT INTO public.issue VALUES (2, 3, 2, 4, '', 0, 'Neue VMs #2', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.', 0, 0, 0, false, false, 1, '', 0, 0, 1708808292, 1709618796, 0, false);
INSERT INTO public.issue VALUES (3, 4, 3, 5, '', 0, 'Kalibrierung #3', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.', 0, 0, 0, true, false, 1, '', 0, 0, 1708928348, 1706839068, 0, false);
INSERT INTO public.issue VALUES (4, 5, 4, 6, '', 0, 'Flash-Timeout #4', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.

```
psycopg2.OperationalError: connection to server failed
  dsn=postgresql://user:password@db.example.com:5432/app
```', 0, 0, 0, false, false, 1, '', 0, 0, 1709233897, 1710766781, 0, false);
INSERT INTO public.issue VALUES (5, 1, 5, 7, '', 0, 'STEP-Export #5', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1711088123, 1711849711, 0, false);
INSERT INTO public.issue VALUES (6, 2, 6, 8, '', 0, 'Neue VMs #6', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, true, true, 1, '', 0, 0, 1707654724, 1710255099, 0, false);
INSERT INTO public.issue VALUES (7, 3, 7, 9, '', 0, 'Kalibrierung #7', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1708020279, 1711629696, 0, false);
INSERT INTO public.issue VALUES (8, 4, 8, 10, '', 0, 'Flash-Timeout #8', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, false, false, 1, '', 0, 0, 1709028829, 1708341350, 0, false);
INSERT INTO public.issue VALUES (9, 5, 9, 11, '', 0, 'STEP-Export #9', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.

Kunde User209 Example bittet um Rückruf: +1 555-0109, user209@example.com', 0, 0, 0, true, false, 1, '', 0, 0, 1709807086, 1707624333, 0, false);
INSERT INTO public.issue VALUES (10, 1, 10, 12, '', 0, 'Neue VMs #10', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1708156636, 1709117779, 0, false);
INSERT INTO public.issue VALUES (11, 2, 11, 13, '', 0, 'Kalibrierung #11', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1708240127, 1710948625, 0, false);
INSERT INTO public.issue VALUES (12, 3, 12, 14, '', 0, 'Flash-Timeout #12', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, true, true, 1, '', 0, 0, 1711364538, 1710939917, 0, false);
INSERT INTO public.issue VALUES (13, 4, 13, 15, '', 0, 'STEP-Export #13', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, false, false, 1, '', 0, 0, 1708630631, 1709215292, 0, false);
INSERT INTO public.issue VALUES (14, 5, 14, 16, '', 0, 'Neue VMs #14', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, false, false, 1, '', 0, 0, 1711645558, 1710796605, 0, false);
INSERT INTO public.issue VALUES (15, 1, 15, 17, '', 0, 'Kalibrierung #15', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, true, false, 1, '', 0, 0, 1710181827, 1711851902, 0, false);
INSERT INTO public.issue VALUES (16, 2, 16, 18, '', 0, 'Flash-Timeout #16', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, false, false, 1, '', 0, 0, 1711275579, 1711169245, 0, false);
INSERT INTO public.issue VALUES (17, 3, 17, 19, '', 0, 'STEP-Export #17', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1708539510, 1709430666, 0, false);
INSERT INTO public.issue VALUES (18, 4, 18, 20, '', 0, 'Neue VMs #18', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, true, true, 1, '', 0, 0, 1707857116, 1710375191, 0, false);
INSERT INTO public.issue VALUES (19, 5, 19, 21, '', 0, 'Kalibrierung #19', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, false, false, 1, '', 0, 0, 1710058412, 1706861181, 0, false);
INSERT INTO public.issue VALUES (20, 1, 20, 22, '', 0, 'Flash-Timeout #20', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1707806899, 1710969375, 0, false);
INSERT INTO public.issue VALUES (21, 2, 21, 23, '', 0, 'STEP-Export #21', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, true, false, 1, '', 0, 0, 1707892528, 1708366034, 0, false);
INSERT INTO public.issue VALUES (22, 3, 22, 24, '', 0, 'Neue VMs #22', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.', 0, 0, 0, false, false, 1, '', 0, 0, 1711830036, 1708172231, 0, false);
INSERT INTO public.issue VALUES (23, 4, 23, 25, '', 0, 'Kalibrierung #23', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, false, false, 1, '', 0, 0, 1709960016, 1708311249, 0, false);
INSERT INTO public.issue VALUES (24, 5, 24, 26, '', 0, 'Flash-Timeout #24', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, true, true, 1, '', 0, 0, 1710647655, 1710103515, 0, false);
INSERT INTO public.issue VALUES (25, 1, 25, 27, '', 0, 'STEP-Export #25', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, false, false, 1, '', 0, 0, 1711227009, 1711895924, 0, false);
INSERT INTO public.issue VALUES (26, 2, 26, 28, '', 0, 'Neue VMs #26', 'Bitte Playbook für die neuen Prüfstand-VMs ergänzen.', 0, 0, 0, false, false, 1, '', 0, 0, 1708038631, 1709673423, 0, false);
INSERT INTO public.issue VALUES (27, 3, 27, 29, '', 0, 'Kalibrierung #27', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, true, false, 1, '', 0, 0, 1711344286, 1711142594, 0, false);
INSERT INTO public.issue VALUES (28, 4, 28, 30, '', 0, 'Flash-Timeout #28', 'Beim Flashen bricht der Vorgang nach 30 s ab.', 0, 0, 0, false, false, 1, '', 0, 0, 1711158703, 1710954294, 0, false);
INSERT INTO public.issue VALUES (29, 5, 29, 31, '', 0, 'STEP-Export #29', 'Doku zur Kalibrierung fehlt.', 0, 0, 0, false, false, 1, '', 0, 0, 1708819110, 1706985303, 0, false);
INSERT INTO public.issue VALUES (30, 1, 30, 32, '', 0, 'Neue VMs #30', 'Export nach STEP verliert die Bemaßung.', 0, 0, 0, true, true, 1, '', 0, 0, 1707028155, 1710264923, 0, false);


--
-- Data for Name: login_source; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.login_source VALUES (1, 2, 'ldap', true, true, '', '{"Name":"ldap","Host":"ldap.example.com","Port":636,"SecurityProtocol":1,"SkipVerify":false,"BindDN":"CN=svc-gitea,OU=Dienstkonten,DC=example,DC=com","BindPasswordEncrypt":"07279bf4b2a70f3dae4a4a9379479e9ba460676645c3fc897a8e6185bfb3381d1778bc1d6f711fe74dd93125ae4254fa","BindPassword":"","UserBase":"OU=Mitarbeiter,DC=example,DC=com","UserDN":"","AttributeUsername":"sAMAccountName","AttributeName":"givenName","AttributeSurname":"sn","AttributeMail":"mail","AttributesInBind":false,"AttributeSSHPublicKey":"","AttributeAvatar":"","SearchPageSize":0,"Filter":"(&(objectCategory=Person)(memberOf=CN=Gitea-Benutzer,OU=Gruppen,DC=example,DC=com)(sAMAccountName=%s))","AdminFilter":"(memberOf=CN=Gitea-Admins,OU=Gruppen,DC=example,DC=com)","RestrictedFilter":"","Enabled":true,"AllowDeactivateAll":false,"GroupsEnabled":false,"GroupDN":"","GroupFilter":"","GroupMemberUID":"","GroupTeamMap":"","GroupTeamMapRemoval":false,"UserUID":""}', 1680825600, 1706745600);
INSERT INTO public.login_source VALUES (2, 6, 'keycloak', true, false, '', '{"Provider":"openidConnect","ClientID":"gitea","ClientSecret":"********","OpenIDConnectAutoDiscoveryURL":"https://sso.example.com/realms/example/.well-known/openid-configuration","CustomURLMapping":null,"IconURL":"","Scopes":["openid","profile","email","groups"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"groups","AdminGroup":"gitea-admins","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":""}', 1680825600, 1706745600);
INSERT INTO public.login_source VALUES (3, 6, 'github', true, false, '', '{"Provider":"github","ClientID":"Ov23liEXAMPLE0000000","ClientSecret":"********","OpenIDConnectAutoDiscoveryURL":"","CustomURLMapping":null,"IconURL":"","Scopes":["read:user","user:email"],"RequiredClaimName":"","RequiredClaimValue":"","GroupClaimName":"","AdminGroup":"","GroupTeamMap":"","GroupTeamMapRemoval":false,"RestrictedGroup":""}', 1680825600, 1706745600);
INSERT INTO public.login_source VALUES (4, 3, 'office365', true, false, '', '{"Auth":"LOGIN","Host":"smtp.example.com","Port":587,"AllowedDomains":"example.com","ForceSMTPS":false,"SkipVerify":false,"HeloHostname":"","DisableHelo":false}', 1680825600, 1706745600);


--
-- Data for Name: mirror; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.mirror VALUES (1, 6, 28800000000000, true, 1706745600, 1706774400, false, '', 'https://svn.example.com/git/cad-tools.git');


--
-- Data for Name: oauth2_application; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.oauth2_application VALUES (1, 0, 'git-credential-oauth', 'a4792ccc-144e-407e-86c9-5e7d8d9c3269', '', false, false, '["http://127.0.0.1","https://127.0.0.1"]', 1689465600, 1706745600);
INSERT INTO public.oauth2_application VALUES (2, 0, 'Git Credential Manager', 'e90ee53c-94e2-48ac-9358-a874fb9e0662', '', false, false, '["http://127.0.0.1","https://127.0.0.1"]', 1689465600, 1706745600);
INSERT INTO public.oauth2_application VALUES (3, 0, 'tea', 'd57cb8c4-630c-4168-8324-ec79935e18d4', '', false, false, '["http://127.0.0.1","https://127.0.0.1"]', 1689465600, 1706745600);
INSERT INTO public.oauth2_application VALUES (4, 2, 'Grafana', '287f0b70-20b1-4479-a907-c3e798ba1123', '$2a$10$eJx8mVPh8.17cL1w6ALwqe/4hH6tI0vV4OGnvmmjuiazrlHOd1vlQ', true, false, '["https://grafana.example.com/login/generic_oauth"]', 1689465600, 1706745600);
INSERT INTO public.oauth2_application VALUES (5, 2, 'Woodpecker CI', '726be858-8663-4fa1-a12e-3509371507fd', '$2a$10$mJUa0wpZbM44riB9XULe2LmBeWjsTqTTVWIe5FqKm8p4neHylEgH.', true, false, '["https://ci.example.com/authorize"]', 1689465600, 1706745600);


--
-- Data for Name: package_blob; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.package_blob VALUES (1, 65308320, '7de3e582b5accb3e3338e947731410fd', 'c55aa6664708d38fbfe04edeb068311280fc970b', 'b1492738f76535f900fb9663751c095230c04c871ecf346d4093d30cb9d7e067', 'b05d32ef14c9937a0867edfef911982723190ef91a06a08bccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db', 1709214672);
INSERT INTO public.package_blob VALUES (2, 52751837, 'a741d85ad4e7fe261d55c7157f39f99a', '825ee6879c8e5885344f0f4b76768eb26eed4b0b', '704c8597e3e7b394b1192a20ed9f59eb58c552f13c22b47f485571afa29d3b98', 'a3e8a5cc2ccd21776506f8ac2edf621637f802aeab59a26ac202ec073c0ca6b893e00bde10ed56dc828d1d4fc7662afbff9b32777efb59025b3bf1ff79e4a8e0', 1707639171);
INSERT INTO public.package_blob VALUES (3, 42046841, 'bfd8b0f329909e601004b4d01bf24ccb', '0f4433d2d740bb5628121ec31d25756566775d4d', 'e7309e4fc6302ee9968755a6dd988aedf06134c51dfa731804d610f363df47a3', '90805ec8fcf7101b55313274f76e5f89a206090f63bacc2e0e0b242e42ec60148b353d94ec645ba94d83260e0c06c0d7470bd8106a1c09f2fb6b6ebc28046419', 1706867716);
INSERT INTO public.package_blob VALUES (4, 65207204, '6a92b2478045207af76fbeaa6de22ef4', '5139685fdc537040e9018aef589b2545f9fcf4bf', '8b51228c45f3b63cb3e17bed62156f5a7132727d934e84ac5ad2ef17c3e825a3', 'be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a0bf94ffe063f4df03bf1e377b0a2e2da7310f86844ccc', 1706907439);
INSERT INTO public.package_blob VALUES (5, 53683682, '30cc203b7be7ee29448d628e5199b47f', '4d0384fc6e45cef25e23c3a0df251976304ab923', 'd13a65259a4ffcf9259dc1b8f04299e0dad9f45e5b0ae1db528758bc9f3c4b81', 'cf78ad1bca1783bc90d0af1a61a16f0539de57d8fa14fe03c80e935d446418fa9d4a30eaa606375063cb959823faeb42759e7dc9c8b8527fac7ac0b62c71999d', 1706907334);
INSERT INTO public.package_blob VALUES (6, 19878075, '4cc062b9f2f974dc8b5d244adf2c111d', '02137e05645dc5a278a200bcdd0bbbad6756459e', '19901a027dfda13f0cdbe03287f0b7020b1479907c3e798ba1123726be858866', '3fa112e3509371507fd82cfa548f0df73dcf03cb80e82fb2dc5e42acaa9c97db9247dc94a257dca673eeb90f6538e3a0869b5b555628e1b3afaea82d91820e18', 1707047418);


--
-- Data for Name: public_key; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.public_key VALUES (1, 2, 'user2@laptop', 'SHA256:CPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHU', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo user2@laptop', 2, 1, 0, 1711236153, 1710012464, false);
INSERT INTO public.public_key VALUES (2, 6, 'user6@laptop', 'SHA256:X09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXC', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5ax user6@laptop', 2, 1, 0, 1707018881, 1710937017, false);
INSERT INTO public.public_key VALUES (3, 10, 'user10@laptop', 'SHA256:9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaO', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0Bjg user10@laptop', 2, 1, 0, 1709023103, 1710826201, false);
INSERT INTO public.public_key VALUES (4, 14, 'user14@laptop', 'SHA256:RrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6a', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wd user14@laptop', 2, 1, 0, 1709404503, 1711112907, false);
INSERT INTO public.public_key VALUES (5, 18, 'user18@laptop', 'SHA256:17iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSu', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs user18@laptop', 2, 1, 0, 1711399443, 1710945891, false);
INSERT INTO public.public_key VALUES (6, 22, 'user22@laptop', 'SHA256:kmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNw', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO user22@laptop', 2, 1, 0, 1711006597, 1711757329, false);
INSERT INTO public.public_key VALUES (7, 26, 'user26@laptop', 'SHA256:Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ah user26@laptop', 2, 1, 0, 1708941236, 1706796301, false);
INSERT INTO public.public_key VALUES (8, 30, 'user30@laptop', 'SHA256:napcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcR', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/ user30@laptop', 2, 1, 0, 1709658011, 1707584590, false);
INSERT INTO public.public_key VALUES (9, 34, 'user34@laptop', 'SHA256:Ttt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTax', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0v user34@laptop', 2, 1, 0, 1709480661, 1706890465, false);


--
-- Data for Name: push_mirror; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.push_mirror VALUES (1, 1, 'remote_mirror_fQLDXqsJQg', 'https://backup-git.example.com/spiegel/firmware-pruefstand.git', true, 28800000000000, 1706745600, 1706745600, '');


--
-- Data for Name: repo_unit; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.repo_unit VALUES (1, 1, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (2, 1, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (3, 1, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (4, 2, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (5, 2, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (6, 2, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (7, 2, 7, '{"ExternalTrackerURL":"https://jira.example.com/projects/CAD","ExternalTrackerFormat":"https://jira.example.com/browse/CAD-{index}","ExternalTrackerStyle":"numeric","ExternalTrackerRegexpPattern":""}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (8, 3, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (9, 3, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (10, 3, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (11, 4, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (12, 4, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (13, 4, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (14, 5, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (15, 5, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (16, 5, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (17, 6, 1, '{}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (18, 6, 2, '{"EnableTimetracker":true,"AllowOnlyContributorsToTrackTime":true,"EnableDependencies":true}', 1706745600, 0);
INSERT INTO public.repo_unit VALUES (19, 6, 3, '{"IgnoreWhitespaceConflicts":false,"AllowMerge":true,"AllowRebase":true,"AllowRebaseMerge":true,"AllowSquash":true,"AllowFastForwardOnly":true,"AllowManualMerge":false,"AutodetectManualMerge":false,"AllowRebaseUpdate":true,"DefaultDeleteBranchAfterMerge":false,"DefaultMergeStyle":"merge","DefaultAllowMaintainerEdit":false}', 1706745600, 0);


--
-- Data for Name: repository; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.repository VALUES (1, 37, 'nordlicht', 'firmware-pruefstand', 'firmware-pruefstand', 'Firmware der Prüfstände', '', 0, '', 'main', 8, 0, 0, 7, true, false, false, false, false, 20127942, 1672185600, 1709382372);
INSERT INTO public.repository VALUES (2, 37, 'nordlicht', 'cad-export', 'cad-export', 'Export aus dem CAD', '', 0, '', 'main', 8, 0, 0, 14, true, false, false, false, false, 88968122, 1672185600, 1710351025);
INSERT INTO public.repository VALUES (3, 37, 'nordlicht', 'infra-ansible', 'infra-ansible', 'Ansible für Werkstatt-Server', '', 0, '', 'main', 5, 0, 0, 16, true, false, false, false, false, 67113556, 1672185600, 1707984266);
INSERT INTO public.repository VALUES (4, 37, 'nordlicht', 'doku', 'doku', 'Dokumentation', '', 0, '', 'main', 3, 0, 0, 14, true, false, false, false, false, 15638744, 1672185600, 1706914231);
INSERT INTO public.repository VALUES (5, 37, 'nordlicht', 'messdaten-auswertung', 'messdaten-auswertung', 'Auswertung der Messdaten', '', 0, '', 'main', 5, 0, 0, 17, true, false, false, false, false, 6986346, 1672185600, 1708169680);
INSERT INTO public.repository VALUES (6, 37, 'nordlicht', 'legacy-cad-tools', 'legacy-cad-tools', 'Alte CAD-Werkzeuge (Spiegel)', '', 1, 'https://svn.example.com/git/cad-tools.git', 'main', 3, 0, 0, 1, true, false, true, true, false, 46787633, 1672185600, 1707838078);


--
-- Data for Name: secret; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.secret VALUES (1, 37, 0, 'DEPLOY_SSH_KEY', '3d0f6f161e3f484a0019b5fce186ae348e4314aad4353e099a7888fc491b64635913dfe0a4919a875a62b92706a228413c86b891d9eb324dca1ff5bfd250a2e06de4628027f16623be21eee747e297f9c21c02f2caa59d06fd9d0a741e06a4195b1487e0904c18b8bb04aceb0f1f10af8fb47d15176e502f3fbaa18871ef302c6259fd1de21ad3ac9326dc6727e75fb36f047e0bc59003674c3436678722d61f45c6a031db38c77f42b5311be2b2184e1f296628573478b5f0ea21fae04d27ec4753d621ce12b75df74963d7d8e7ce819c925272c96b68151b7acc0804c0dc9c99917c58d8362fda6f334863be62791db4afcc2f2a5b733596112add1fa6d004ef39a55427f915e0a71040b4a437fe3eb368ba1a5f3e28c31c9478d014aa15fa89a289a7e2da156fe5db4254abccc912c1baff203691593785c09fb1b6ce51e4ac27e4e6b80e3e41ccea0de1f029fcf920311313fb2de3113bf18d40426b42de0d7034e93050f3b2fa3bffce0f2f8f35573c2935534df762cb81d60849cb23490e89d10cb138cb50e4538b4a2e03928b61a4df73e01591d126f2e445b3a6ea74f9edf21857c2fcdd31eda616bdf67aaeaeac0e0cb728fa094bd27970fd9c45061cb5fa21b7a5c962f5d9e7fc82578e807841f2f843b27b5a30e70aff3812ea45f1228c2858c5dd5f2363be143211563a5d2e590093f517544b87e5cd13a875a8864e769dfc6635f4e467cf6e0e30e84c0e0b1bc4bada54fd4327d301c1dafbaef8b9a658b7638578', '', 1710960030);
INSERT INTO public.secret VALUES (2, 37, 0, 'REGISTRY_PASSWORD', '4aede627239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452', '', 1711152355);
INSERT INTO public.secret VALUES (3, 0, 3, 'SONAR_TOKEN', 'b1f85c8e32541412857582daa5eac53e77b37605449ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b53413735bafddc3a7164a1a85724047062dada076d05eaf', '', 1710617782);
INSERT INTO public.secret VALUES (4, 0, 3, 'NEXUS_PASSWORD', 'a9924303e8bc528036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20b1aa07b5ee198', '', 1706761377);


--
-- Data for Name: session; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: system_setting; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.system_setting VALUES (1, 'picture.disable_gravatar', 'true', 1, 1706745600, 1706745600);
INSERT INTO public.system_setting VALUES (2, 'picture.enable_federated_avatar', 'false', 2, 1706745600, 1706745600);
INSERT INTO public.system_setting VALUES (3, 'revision', '3', 3, 1706745600, 1706745600);


--
-- Data for Name: two_factor; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.two_factor VALUES (1, 1, '6fd9d0a741e06a4195b1487e0904c18b8bb04aceb0f1f10af8fb47d15176e502f3fbaa18871ef302c6259fd1de21ad3ac9326dc6727e75fb36f047e0', 'qwVkAANYbR', 'c3436678722d61f45c6a031db38c77f42b5311be2b2184e1f296628573478b5f0ea21fae04d27ec4753d621ce12b75df7496', '302898', 1711246859, 1709303305);
INSERT INTO public.two_factor VALUES (2, 5, 'd8e7ce819c925272c96b68151b7acc0804c0dc9c99917c58d8362fda6f334863be62791db4afcc2f2a5b733596112add1fa6d004ef39a55427f915e0', 'odEARCrQnQ', '37fe3eb368ba1a5f3e28c31c9478d014aa15fa89a289a7e2da156fe5db4254abccc912c1baff203691593785c09fb1b6ce51', '943405', 1708174136, 1710058973);
INSERT INTO public.two_factor VALUES (3, 9, 'c27e4e6b80e3e41ccea0de1f029fcf920311313fb2de3113bf18d40426b42de0d7034e93050f3b2fa3bffce0f2f8f35573c2935534df762cb81d6084', 'mwuIMPkC4f', '9d10cb138cb50e4538b4a2e03928b61a4df73e01591d126f2e445b3a6ea74f9edf21857c2fcdd31eda616bdf67aaeaeac0e0', '823775', 1710443806, 1709077237);
INSERT INTO public.two_factor VALUES (4, 13, '28fa094bd27970fd9c45061cb5fa21b7a5c962f5d9e7fc82578e807841f2f843b27b5a30e70aff3812ea45f1228c2858c5dd5f2363be143211563a5d', 'J3UjAAjO6X', '17544b87e5cd13a875a8864e769dfc6635f4e467cf6e0e30e84c0e0b1bc4bada54fd4327d301c1dafbaef8b9a658b7638578', '831671', 1708226754, 1710080737);
INSERT INTO public.two_factor VALUES (5, 17, 'ede627239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452db1f85c8e32541412857582daa', 'W5ouWM4bdt', '37605449ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b53413735bafddc3a7164a1a85724047062dada', '149302', 1709279563, 1708809355);
INSERT INTO public.two_factor VALUES (6, 21, 'd05eafba9924303e8bc528036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20b1aa07b5ee1980d538cafb7cb35b207d144083', 'fQLDXqsJQg', '038e668ce79f0f1d3b5259722357a23b722636f0a1554914d9eb3448d5c510386c265d00cacd813f74a24ada5df648016726', '404573', 1710423265, 1711244602);
INSERT INTO public.two_factor VALUES (7, 25, 'a22a45b44cd24b86326d339acc500a643544b5e14469376274df6ae9b5d9c9db808ae6c0cff2ac7288747d1ee290f91691d83ff3cdcba67646637459', 'DoaDbxGiKM', 'b40c54ef60970ce076ea7078cd0887c4a5ed38178aeb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d', '415142', 1709276678, 1711809270);
INSERT INTO public.two_factor VALUES (8, 29, '3146338161ff578dde8228488657c825383e5130a0017f685e652c9f64b81b53f294c91a257922dcf92a22736e39936512104bec995bfbda3070d8e8', 'fMp5yTkMaw', '4269680d064c1cc3cb94fe98c36905cf444d9edf34dac1e76562939ea333df3c6d3652ee2d1aa7ca56f55c650cb9a37196c7', '230661', 1710757068, 1707069517);
INSERT INTO public.two_factor VALUES (9, 33, 'cd6bed0375aab55f30fa8c6c6b6292e61589aeb7a7e686096a7c8227c34ba73d678486dac03cba893f930eb874a5587687bdffe86faa0f81593b1d9b', 'T67pXajuyl', 'c9f824bbf29731bdf80efdb5000e297cf385f722adf8946caa0693e3492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b', '458106', 1709618796, 1710833075);


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public."user" VALUES (1, 'gitea-admin', 'gitea-admin', '', 'gitea-admin@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '743d66e6726b9a90112d55f932f40b73', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1691884800, 1708903863, 1711446845, true, -1, true, true, false, false, false, true, false, '', 'gitea-admin@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (2, 'user2', 'user2', 'User2 Example', 'user2@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'c8549b25a37ad42d27338cb0186bd3c0', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1656374400, 1707372334, 1707792937, true, -1, true, false, false, false, false, true, false, '', 'user2@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (3, 'user3', 'user3', 'User3 Example', 'user3@example.com', false, 'enabled', '', '', false, 2, 1, 'user3', 0, '', '', '87bd88852157d715ae7e57e1a8dc47c7', '', 'de-DE', '', 1690675200, 1707881240, 1709866348, true, -1, true, false, false, false, false, true, false, '', 'user3@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (4, 'user4', 'user4', 'User4 Example', 'user4@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '7d15cb20fc6bd4963f74256ba8aa43c5', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1672099200, 1707038683, 1709158637, true, -1, true, false, false, false, false, true, false, '', 'user4@example.com', false, 0, 0, 0, 0, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (5, 'user5', 'user5', 'User5 Example', 'user5@example.com', true, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '848059001a50c5f0c65679c85a08a988', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1667952000, 1707329389, 1709051539, true, -1, true, false, false, false, false, true, false, '', 'user5@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (6, 'user6', 'user6', 'User6 Example', 'user6@example.com', false, 'enabled', '', '', false, 2, 1, 'user6', 0, '', '', '4284379a20f9268f59dbf9566bfee850', '', 'de-DE', '', 1660262400, 1707978902, 1707927781, true, -1, true, false, false, false, false, true, false, '', 'user6@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (7, 'user7', 'user7', 'User7 Example', 'user7@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '626370db88a16c77e2d0dfb29d568433', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1672444800, 1710373632, 1711047632, true, -1, true, false, false, false, false, true, false, 'e80a711d4de44c30054806ebbd488464', 'user7@example.com', true, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (8, 'user8', 'user8', 'User8 Example', 'user8@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '0e009caeda99a45ec96b24ef49fc5a9a', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1696032000, 1708896047, 1707767791, true, -1, true, false, false, false, false, true, false, '', 'user8@example.com', false, 0, 0, 0, 6, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (9, 'user9', 'user9', 'User9 Example', 'user9@example.com', false, 'enabled', '', '', false, 2, 1, 'user9', 0, '', '', '3e8a4fb52b62fc097f04e1c321a29def', '', 'de-DE', '', 1694649600, 1711293575, 1711339460, true, -1, true, false, false, false, false, true, false, '', 'user9@example.com', false, 0, 0, 0, 5, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (10, 'user10', 'user10', 'User10 Example', 'user10@example.com', true, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '1815d30b4b651daa02a25f778977f039', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1702944000, 1709487995, 1709512196, true, -1, true, false, false, false, false, true, false, '', 'user10@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (11, 'user11', 'user11', 'User11 Example', 'user11@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '6202c10bb52cf41a66594b295f5fe2b8', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1664064000, 1710132005, 1710602845, true, -1, true, false, false, false, false, true, false, '', 'user11@example.com', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (12, 'user12', 'user12', 'User12 Example', 'user12@example.com', false, 'enabled', '', '', false, 2, 1, 'user12', 0, '', '', '3e5d7dd155a6bb69ce6c150277fca8ea', '', 'de-DE', '', 1673740800, 1708874258, 1710149345, true, -1, true, false, false, false, false, true, false, '', 'user12@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (13, 'user13', 'user13', 'User13 Example', 'user13@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'b3f22dbe17827e43ce71fda73967d765', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1680566400, 1711883643, 1709646113, true, -1, true, false, false, false, false, true, false, '', 'user13@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (14, 'user14', 'user14', 'User14 Example', 'user14@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'c23186c1e339376465202fb3e54bdf56', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1677888000, 1707692306, 1711324784, true, -1, true, false, false, false, false, true, false, 'b9e3f76032af53c9ff2df52d51ada717', 'user14@example.com', true, 0, 0, 0, 0, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (15, 'user15', 'user15', 'User15 Example', 'user15@example.com', true, 'enabled', '', '', false, 2, 1, 'user15', 0, '', '', '4216c5f561bc26a94f5a09c7d99ea9ec', '', 'de-DE', '', 1673827200, 1707172722, 1707909707, true, -1, true, false, false, false, false, true, false, '', 'user15@example.com', false, 0, 0, 0, 6, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (16, 'user16', 'user16', 'User16 Example', 'user16@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'd0ae3039ce80eb010d903d8f670a0dd9', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1656633600, 1709441774, 1710720768, true, -1, true, false, false, false, false, true, false, '', 'user16@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (17, 'user17', 'user17', 'User17 Example', 'user17@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'b578b47a28b5b68b22b394c721a4400a', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1665446400, 1708258315, 1710782629, true, -1, true, false, false, false, false, true, false, '', 'user17@example.com', false, 0, 0, 0, 0, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (18, 'user18', 'user18', 'User18 Example', 'user18@example.com', false, 'enabled', '', '', false, 2, 1, 'user18', 0, '', '', '096d506e352580da333c776a484a54ff', '', 'de-DE', '', 1688169600, 1707814334, 1709406035, true, -1, true, false, false, false, false, true, false, '', 'user18@example.com', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (19, 'user19', 'user19', 'User19 Example', 'user19@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '7016e9fe3a792c2fff820782887463d4', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1701648000, 1711544925, 1710424596, true, -1, true, false, false, false, false, true, false, '', 'user19@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (20, 'user20', 'user20', 'User20 Example', 'user20@example.com', true, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'b168cd8cd5c5d5ec2a93eabc1ee50306', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1686873600, 1710697373, 1709332013, true, -1, true, false, false, false, false, true, false, '', 'user20@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (21, 'user21', 'user21', 'User21 Example', 'user21@example.com', false, 'enabled', '', '', false, 2, 1, 'user21', 0, '', '', 'ba29480263c5b6ee99c0cbb157309e25', '', 'de-DE', '', 1686441600, 1711157413, 1707016200, true, -1, true, false, false, false, false, true, false, '1a894527b2dcce3476c69007bbde70b9', 'user21@example.com', true, 0, 0, 0, 0, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (22, 'user22', 'user22', 'User22 Example', 'user22@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '37929ba35854ddacfe86fa5a428f26a2', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1684281600, 1710661856, 1708809796, true, -1, true, false, false, false, false, true, false, '', 'user22@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (23, 'user23', 'user23', 'User23 Example', 'user23@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'cc2947b1bf74c868fa659610a7a69d2f', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1685664000, 1710095507, 1711693396, true, -1, true, false, false, false, false, true, false, '', 'user23@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (24, 'user24', 'user24', 'User24 Example', 'user24@example.com', false, 'enabled', '', '', false, 2, 1, 'user24', 0, '', '', '55461e6425632eb3fca15b32551a38c2', '', 'de-DE', '', 1677628800, 1708060344, 1707309524, true, -1, true, false, false, false, false, true, false, '', 'user24@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (25, 'user25', 'user25', 'User25 Example', 'user25@example.com', true, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '455ce28935650037887d1a87f97af640', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1660608000, 1707497424, 1709112883, true, -1, true, false, false, false, false, true, false, '', 'user25@example.com', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (26, 'user26', 'user26', 'User26 Example', 'user26@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '447fff1f930ae4a34ebb6cb8eb88fc12', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1661731200, 1711160831, 1707033444, true, -1, true, false, false, false, false, true, false, '', 'user26@example.com', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (27, 'user27', 'user27', 'User27 Example', 'user27@example.com', false, 'enabled', '', '', false, 2, 1, 'user27', 0, '', '', '762f680b522b8afc5eb2ef615bef92df', '', 'de-DE', '', 1688860800, 1707437662, 1706790659, true, -1, true, false, false, false, false, true, false, '', 'user27@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (28, 'user28', 'user28', 'User28 Example', 'user28@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '86c6c67caa269c54d95bf7949b2c07d3', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1662163200, 1710642727, 1708535213, true, -1, true, false, false, false, false, true, false, 'd3b2a78948bb757aa5d7096f95949d4f', 'user28@example.com', true, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (29, 'user29', 'user29', 'User29 Example', 'user29@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '0c6014276b900afe8b6b75cd5720e6db', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1664755200, 1707458711, 1710055423, true, -1, true, false, false, false, false, true, false, '', 'user29@example.com', false, 0, 0, 0, 4, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (30, 'user30', 'user30', 'User30 Example', 'user30@example.com', true, 'enabled', '', '', false, 2, 1, 'user30', 0, '', '', 'bf3209382325d45bf5cdbaf537bc2f60', '', 'de-DE', '', 1681257600, 1707442069, 1711107429, true, -1, true, false, false, false, false, true, false, '', 'user30@example.com', false, 0, 0, 0, 3, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (31, 'user31', 'user31', 'User31 Example', 'user31@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'd2fca974fe6ee2dc4fda85ecec562c47', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1678579200, 1709179849, 1708372155, true, -1, true, false, false, false, false, true, false, '', 'user31@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (32, 'user32', 'user32', 'User32 Example', 'user32@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', 'a49e33587f10d47134f05af623d231ea', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1704153600, 1707724920, 1708863809, true, -1, true, false, false, false, false, true, false, '', 'user32@example.com', false, 0, 0, 0, 2, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (33, 'user33', 'user33', 'User33 Example', 'user33@example.com', false, 'enabled', '', '', false, 2, 1, 'user33', 0, '', '', '711140782e9e01155688a5dbfc847333', '', 'de-DE', '', 1659052800, 1708315464, 1709178603, true, -1, true, false, false, false, false, true, false, '', 'user33@example.com', false, 0, 0, 0, 6, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (34, 'user34', 'user34', 'User34 Example', 'user34@example.com', false, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '2d35716fc93146fae81219ecbab7f294', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1681084800, 1710378727, 1709584026, true, -1, true, false, false, false, false, true, false, '', 'user34@example.com', false, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (35, 'user35', 'user35', 'User35 Example', 'user35@example.com', true, 'enabled', '8b72135127e679d76e610114c78f1e35653425446a16b04c55f10243b68d9abecf94fbbb7f8f32d906f21e4b3606ebda23f7', 'pbkdf2$50000$50', false, 0, 0, '', 0, '', '', '4386bb08cdf192a0dc6b384a43d0f6f1', 'a4c0b7e3f1d29e8c6b5a4f3e2d1c0b9a', 'de-DE', '', 1684972800, 1707343662, 1711391723, true, -1, true, false, false, false, false, true, false, '913b2db075de4347d209fae0e31b2125', 'user35@example.com', true, 0, 0, 0, 1, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (36, 'user36', 'user36', 'User36 Example', 'user36@example.com', false, 'enabled', '', '', false, 2, 1, 'user36', 0, '', '', 'f484a0019b5fce186ae348e4314aad43', '', 'de-DE', '', 1686787200, 1707839218, 1711423906, true, -1, true, false, false, false, false, true, false, '', 'user36@example.com', false, 0, 0, 0, 0, 0, 0, 0, false, '', 'gitea-auto', false);
INSERT INTO public."user" VALUES (37, 'nordlicht', 'nordlicht', 'Example Org', '', false, 'enabled', '', '', false, 0, 0, '', 1, '', 'https://www.example.com', '99a7888fc491b64635913dfe0a4919a8', '75a62b92706a228413c86b891d9eb324', '', '', 1646265600, 1706745600, 0, false, -1, true, false, false, false, false, true, false, '', '', false, 0, 0, 0, 6, 3, 24, 0, false, '', '', false);
INSERT INTO public."user" VALUES (38, 'werkstatt', 'werkstatt', 'Example Team', '', false, 'enabled', '', '', false, 0, 0, '', 1, '', '', 'dca1ff5bfd250a2e06de4628027f1662', '3be21eee747e297f9c21c02f2caa59d0', '', '', 1646265600, 1706745600, 0, false, -1, true, false, false, false, false, true, false, '', '', false, 0, 0, 0, 6, 3, 24, 0, false, '', '', false);


--
-- Data for Name: webauthn_credential; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.webauthn_credential VALUES (1, 'YubiKey 5', 'yubikey 5', 1, '\xe99db59d67eacf9b661e6e67b38c43354838951c9d1945e6dda8dd70621d506f', '\xa501020326200121582084ee10ef30e26de8d9a95051158c2720a2ea99889a0ea36320561fe87fe403b7225820a736005f0fd864c3447d90ee75163dd7cf97b9e44397757f9defdd359402bc4a', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 308, false, 1708835918, 1706990429);
INSERT INTO public.webauthn_credential VALUES (2, 'YubiKey 5', 'yubikey 5', 7, '\xf5e73567b4dae784fdc125e0aa84d502a91ca8b51d2e5324f7f910c9429971a1', '\xa5010203262001215820581d5f6a330d3791b18c01ee751d0bbb1d05e3067ad116c712e63ae7cb94194c225820cd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748c7999bdbbd661', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 400, false, 1707579497, 1707984196);
INSERT INTO public.webauthn_credential VALUES (3, 'YubiKey 5', 'yubikey 5', 13, '\x9311bc422331dfa95a297cb4f8c7de68bf5800d91fd3b3395fb480977e17c073', '\xa50102032620012158203fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95ed2460225820c77abea04fd772f8b69b9709c6391630e34eb2f620a6a43282b3a46561567d57', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 284, false, 1708468692, 1709650754);
INSERT INTO public.webauthn_credential VALUES (4, 'YubiKey 5', 'yubikey 5', 19, '\x1b5b95f4d71f2bc4e242760d6a678deac5a747292427253902f6ea7fd16d333b', '\xa50102032620012158208e7a032ac025e073863ac521c2678cbc173e871b71206b1497ed16d9e741334c225820a3b660d089f46c65b0a382e4b1e18bbd53f23660b42aaf60597502a825f1aca8', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 96, false, 1708278824, 1710812756);
INSERT INTO public.webauthn_credential VALUES (5, 'YubiKey 5', 'yubikey 5', 25, '\x63f959dcf8ad23fa9771a365301f49617a3ec8ca92cbf6aa487f49e50303e5f6', '\xa5010203262001215820510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b87517412461d9225820ea9855ede1cb7dcd936050c9d5757f49974b5096dacf568fc53bdd3fe4687018', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 359, false, 1708377125, 1711501979);
INSERT INTO public.webauthn_credential VALUES (6, 'YubiKey 5', 'yubikey 5', 31, '\xf3536ee6399e952e056e34f28e0f4b029fb24a8aa0f0d15a7d9f162afcee50ba', '\xa5010203262001215820827fdf979a897246fdea270af8409050d1dc06306740b25f62f8f649666cd5c122582085d6530d23a79265833e4b8f5ad0c3f8ddcbd3c39f3b4e54d97157794a08ceed', 'none', '\xcb69481e8ff7403993ec0a2729a154a8', 142, false, 1710187716, 1708234256);


--
-- Data for Name: webhook; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.webhook VALUES (1, 3, 0, false, 'https://jenkins.example.com/gitea-webhook/post', 'POST', 1, '', '{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}', true, 'gitea', '', 1, '', 1698969600, 1706745600);
INSERT INTO public.webhook VALUES (2, 0, 37, false, 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'POST', 1, '', '{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}', true, 'slack', '{"channel":"#werkstatt-ci","username":"Gitea","icon_url":"","color":""}', 1, '', 1698969600, 1706745600);
INSERT INTO public.webhook VALUES (3, 5, 0, false, 'https://matrix.example.com/_matrix/client/v3/rooms/!room%3Aexample.com/send/m.room.message', 'POST', 1, '', '{"push_only":false,"send_everything":false,"choose_events":true,"branch_filter":"*","events":{"create":true,"delete":false,"fork":false,"issues":false,"issue_assign":false,"issue_label":false,"issue_milestone":false,"issue_comment":false,"push":true,"pull_request":true,"pull_request_assign":false,"pull_request_label":false,"pull_request_milestone":false,"pull_request_comment":false,"pull_request_review":false,"pull_request_sync":true,"pull_request_review_request":false,"wiki":false,"repository":false,"release":true,"package":false}}', true, 'matrix', '{"homeserver_url":"https://matrix.example.com","room_id":"!room:example.com","message_type":1}', 1, 'e180e99db59d67eacf9b661e6e67b38c43354838951c9d1945e6dda8dd70621d506f84ee10ef30e26de8d9a95051158c2720a2ea99889a0ea36320561fe87fe403b7a736005f0fd864c3447d90ee75163dd7cf97', 1698969600, 1706745600);


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


