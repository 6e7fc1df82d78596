-- Schema shared by real-cms-clean.sql and real-cms-dirty.sql: a Directus 10 project (the first user's
-- CMS) the way Directus stores it: its system tables (users with argon2 hashes, static tokens and TFA
-- secrets; sessions with the client's address; activity and revisions, whose JSON repeats the items'
-- values; settings; webhooks and flow operations with request headers as name/value pairs; shares)
-- beside one content collection of people (contact_requests).

CREATE TABLE public.directus_roles (
    id uuid PRIMARY KEY,
    name character varying(100) NOT NULL,
    icon character varying(30),
    description text,
    ip_access text,
    admin_access boolean DEFAULT false NOT NULL
);

CREATE TABLE public.directus_users (
    id uuid PRIMARY KEY,
    first_name character varying(50),
    last_name character varying(50),
    email character varying(128) UNIQUE,
    password character varying(255),
    location character varying(255),
    title character varying(50),
    tags json,
    language character varying(255),
    tfa_secret character varying(255),
    status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    role uuid REFERENCES public.directus_roles (id),
    token character varying(255) UNIQUE,
    last_access timestamp with time zone,
    provider character varying(128) DEFAULT 'default'::character varying NOT NULL,
    auth_data json
);

CREATE TABLE public.directus_sessions (
    token character varying(64) PRIMARY KEY,
    "user" uuid REFERENCES public.directus_users (id),
    expires timestamp with time zone NOT NULL,
    ip character varying(255),
    user_agent text,
    origin character varying(255)
);

CREATE TABLE public.directus_activity (
    id serial PRIMARY KEY,
    action character varying(45) NOT NULL,
    "user" uuid,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    ip character varying(50),
    user_agent text,
    collection character varying(64) NOT NULL,
    item character varying(255) NOT NULL
);

CREATE TABLE public.directus_revisions (
    id serial PRIMARY KEY,
    activity integer NOT NULL,
    collection character varying(64) NOT NULL,
    item character varying(255) NOT NULL,
    data json,
    delta json
);

CREATE TABLE public.directus_settings (
    id serial PRIMARY KEY,
    project_name character varying(100) DEFAULT 'Directus'::character varying NOT NULL,
    project_url character varying(255),
    auth_password_policy character varying(100),
    storage_asset_presets json,
    mapbox_key character varying(255)
);

CREATE TABLE public.directus_webhooks (
    id serial PRIMARY KEY,
    name character varying(255) NOT NULL,
    method character varying(10) DEFAULT 'POST'::character varying NOT NULL,
    url character varying(255),
    actions character varying(100) NOT NULL,
    collections character varying(255) NOT NULL,
    headers json
);

CREATE TABLE public.directus_operations (
    id uuid PRIMARY KEY,
    name character varying(255),
    key character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    options json,
    flow uuid NOT NULL
);

CREATE TABLE public.directus_shares (
    id uuid PRIMARY KEY,
    name character varying(255),
    collection character varying(64),
    item character varying(255),
    password character varying(255),
    times_used integer DEFAULT 0,
    max_uses integer
);

CREATE TABLE public.contact_requests (
    id serial PRIMARY KEY,
    name character varying(100),
    email character varying(128),
    phone character varying(40),
    message text,
    ip character varying(64),
    date_created timestamp with time zone
);
