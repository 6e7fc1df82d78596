-- Schema shared by real-app-clean.sql and real-app-dirty.sql: an analytics app's own database the
-- way Metabase / Django / Rails store it: key/value settings, connection details as JSON in a text
-- column, users with a hash and a separate salt, sessions whose id is the token, activity logs
-- with the client's address in a varchar, a migration changelog with issue links in comments.

CREATE TABLE public.setting (
    key character varying(254) PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE public.metabase_database (
    id integer PRIMARY KEY,
    name character varying(254) NOT NULL,
    engine character varying(254) NOT NULL,
    details text,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE public.core_user (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name character varying(254),
    last_name character varying(254),
    password character varying(254),
    password_salt character varying(254),
    reset_token character varying(254),
    is_superuser boolean NOT NULL DEFAULT false,
    date_joined timestamp with time zone NOT NULL,
    last_login timestamp with time zone,
    settings text
);

CREATE TABLE public.core_session (
    id character varying(254) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES public.core_user (id),
    created_at timestamp with time zone NOT NULL,
    anti_csrf_token text
);

CREATE TABLE public.login_history (
    id integer PRIMARY KEY,
    "timestamp" timestamp with time zone NOT NULL,
    user_id integer NOT NULL REFERENCES public.core_user (id),
    session_id character varying(254),
    device_id character varying(254),
    device_description text,
    ip_address text
);

CREATE TABLE public.activity (
    id integer PRIMARY KEY,
    topic character varying(32) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    user_id integer REFERENCES public.core_user (id),
    model character varying(16),
    model_id integer,
    details text,
    ip character varying(50)
);

CREATE TABLE public.task_history (
    id integer PRIMARY KEY,
    task character varying(254) NOT NULL,
    started_at timestamp(6) without time zone NOT NULL,
    duration_ms numeric,
    task_details text
);

CREATE TABLE public.system_issue (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text
);

CREATE TABLE public.databasechangelog (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255)
);

CREATE TABLE public.django_session (
    session_key character varying(40) PRIMARY KEY,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);

CREATE TABLE public.report_card (
    id integer PRIMARY KEY,
    name text NOT NULL,
    description text,
    dataset_query text,
    visualization_settings text
);
