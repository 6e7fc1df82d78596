--
-- PostgreSQL database dump
--

\restrict Lrtq3VSqYKMaDdGyppQYCCg0LJMMdAZnZTyfL564lOMs7RphBLSls2WPOIh7Bym

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
-- Name: contact_requests; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.contact_requests (
    id integer NOT NULL,
    name character varying(100),
    email character varying(128),
    phone character varying(40),
    message text,
    ip character varying(64),
    date_created timestamp with time zone
);


ALTER TABLE public.contact_requests OWNER TO postgres;

--
-- Name: contact_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.contact_requests_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.contact_requests_id_seq OWNER TO postgres;

--
-- Name: contact_requests_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.contact_requests_id_seq OWNED BY public.contact_requests.id;


--
-- Name: directus_activity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_activity (
    id integer NOT NULL,
    action character varying(45) NOT NULL,
    "user" uuid,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    ip character varying(50),
    user_agent text,
    collection character varying(64) NOT NULL,
    item character varying(255) NOT NULL
);


ALTER TABLE public.directus_activity OWNER TO postgres;

--
-- Name: directus_activity_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.directus_activity_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.directus_activity_id_seq OWNER TO postgres;

--
-- Name: directus_activity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.directus_activity_id_seq OWNED BY public.directus_activity.id;


--
-- Name: directus_operations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_operations (
    id uuid NOT NULL,
    name character varying(255),
    key character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    options json,
    flow uuid NOT NULL
);


ALTER TABLE public.directus_operations OWNER TO postgres;

--
-- Name: directus_revisions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_revisions (
    id integer NOT NULL,
    activity integer NOT NULL,
    collection character varying(64) NOT NULL,
    item character varying(255) NOT NULL,
    data json,
    delta json
);


ALTER TABLE public.directus_revisions OWNER TO postgres;

--
-- Name: directus_revisions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.directus_revisions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.directus_revisions_id_seq OWNER TO postgres;

--
-- Name: directus_revisions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.directus_revisions_id_seq OWNED BY public.directus_revisions.id;


--
-- Name: directus_roles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_roles (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    icon character varying(30),
    description text,
    ip_access text,
    admin_access boolean DEFAULT false NOT NULL
);


ALTER TABLE public.directus_roles OWNER TO postgres;

--
-- Name: directus_sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_sessions (
    token character varying(64) NOT NULL,
    "user" uuid,
    expires timestamp with time zone NOT NULL,
    ip character varying(255),
    user_agent text,
    origin character varying(255)
);


ALTER TABLE public.directus_sessions OWNER TO postgres;

--
-- Name: directus_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_settings (
    id integer NOT NULL,
    project_name character varying(100) DEFAULT 'Directus'::character varying NOT NULL,
    project_url character varying(255),
    auth_password_policy character varying(100),
    storage_asset_presets json,
    mapbox_key character varying(255)
);


ALTER TABLE public.directus_settings OWNER TO postgres;

--
-- Name: directus_settings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.directus_settings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.directus_settings_id_seq OWNER TO postgres;

--
-- Name: directus_settings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.directus_settings_id_seq OWNED BY public.directus_settings.id;


--
-- Name: directus_shares; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_shares (
    id uuid NOT NULL,
    name character varying(255),
    collection character varying(64),
    item character varying(255),
    password character varying(255),
    times_used integer DEFAULT 0,
    max_uses integer
);


ALTER TABLE public.directus_shares OWNER TO postgres;

--
-- Name: directus_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_users (
    id uuid NOT NULL,
    first_name character varying(50),
    last_name character varying(50),
    email character varying(128),
    password character varying(255),
    location character varying(255),
    title character varying(50),
    tags json,
    language character varying(255),
    tfa_secret character varying(255),
    status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    role uuid,
    token character varying(255),
    last_access timestamp with time zone,
    provider character varying(128) DEFAULT 'default'::character varying NOT NULL,
    auth_data json
);


ALTER TABLE public.directus_users OWNER TO postgres;

--
-- Name: directus_webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_webhooks (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    method character varying(10) DEFAULT 'POST'::character varying NOT NULL,
    url character varying(255),
    actions character varying(100) NOT NULL,
    collections character varying(255) NOT NULL,
    headers json
);


ALTER TABLE public.directus_webhooks OWNER TO postgres;

--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.directus_webhooks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.directus_webhooks_id_seq OWNER TO postgres;

--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.directus_webhooks_id_seq OWNED BY public.directus_webhooks.id;


--
-- Name: contact_requests id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.contact_requests ALTER COLUMN id SET DEFAULT nextval('public.contact_requests_id_seq'::regclass);


--
-- Name: directus_activity id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_activity ALTER COLUMN id SET DEFAULT nextval('public.directus_activity_id_seq'::regclass);


--
-- Name: directus_revisions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_revisions ALTER COLUMN id SET DEFAULT nextval('public.directus_revisions_id_seq'::regclass);


--
-- Name: directus_settings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_settings ALTER COLUMN id SET DEFAULT nextval('public.directus_settings_id_seq'::regclass);


--
-- Name: directus_webhooks id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_webhooks ALTER COLUMN id SET DEFAULT nextval('public.directus_webhooks_id_seq'::regclass);


--
-- Data for Name: contact_requests; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.contact_requests VALUES (1, 'Sabine Krüger', 'sabine.krueger@t-online.de', '+49 151 28473916', 'Bitte rufen Sie mich wegen meines Zählers zurück.', '93.104.77.15', '2024-03-01 09:12:00+00');
INSERT INTO public.contact_requests VALUES (2, 'Thomas Neumann', 't.neumann@gmx.de', '+49 170 93847261', 'Abschlag zu hoch, bitte prüfen.', '178.12.94.201', '2024-03-02 14:40:00+00');


--
-- Data for Name: directus_activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_activity VALUES (1, 'login', 'c3f1a9e2-7b4d-4c1e-9a8f-2d6b0e5c7a11', '2024-03-01 08:00:00+00', '91.64.183.27', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'directus_users', 'c3f1a9e2-7b4d-4c1e-9a8f-2d6b0e5c7a11');
INSERT INTO public.directus_activity VALUES (2, 'create', NULL, '2024-03-01 09:12:00+00', '93.104.77.15', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', 'contact_requests', '1');
INSERT INTO public.directus_activity VALUES (3, 'create', NULL, '2024-03-02 14:40:00+00', '178.12.94.201', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'contact_requests', '2');
INSERT INTO public.directus_activity VALUES (4, 'update', 'd4a2b0f3-8c5e-4d2f-8b9a-3e7c1f6d8b22', '2024-03-03 10:00:00+00', '2a02:810d:4b3f:9a00:5c1e:7f2a:8b4d:1c6e', 'directus-sdk/15.1.0', 'contact_requests', '2');


--
-- Data for Name: directus_operations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_operations VALUES ('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e6f', 'Post to CRM', 'post_crm', 'request', '{"method":"POST","url":"https://crm.stadtwerke-musterhausen.de/api/v2/leads","headers":[{"header":"X-Api-Key","value":"7L2TqW9xZ4mK8pR1vN6cB3yH0dF5gJ2aS7eU"}],"body":"{{$trigger.payload}}"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a');
INSERT INTO public.directus_operations VALUES ('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e70', 'Mail team', 'mail_team', 'mail', '{"to":["vertrieb@stadtwerke-musterhausen.de"],"subject":"Neue Anfrage"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a');


--
-- Data for Name: directus_revisions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_revisions VALUES (1, 2, 'contact_requests', '1', '{"id":1,"name":"Sabine Krüger","email":"sabine.krueger@t-online.de","phone":"+49 151 28473916","message":"Bitte rufen Sie mich wegen meines Zählers zurück.","ip":"93.104.77.15"}', '{"name":"Sabine Krüger","email":"sabine.krueger@t-online.de"}');
INSERT INTO public.directus_revisions VALUES (2, 3, 'contact_requests', '2', '{"id":2,"name":"Thomas Neumann","email":"t.neumann@gmx.de","phone":"+49 170 93847261","message":"Abschlag zu hoch, bitte prüfen.","ip":"178.12.94.201"}', '{"name":"Thomas Neumann","email":"t.neumann@gmx.de"}');
INSERT INTO public.directus_revisions VALUES (3, 4, 'contact_requests', '2', '{"id":2,"name":"Thomas Neumann","email":"t.neumann@gmx.de","phone":"+49 170 93847261","message":"Abschlag zu hoch, bitte prüfen. Erledigt.","ip":"178.12.94.201"}', '{"message":"Abschlag zu hoch, bitte prüfen. Erledigt."}');


--
-- Data for Name: directus_roles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_roles VALUES ('6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', 'Administrator', 'verified', '$t:admin_description', NULL, true);
INSERT INTO public.directus_roles VALUES ('7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', 'Editor', 'edit', 'Redaktion', NULL, false);
INSERT INTO public.directus_roles VALUES ('8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'API', 'api', 'Server-to-server', NULL, false);


--
-- Data for Name: directus_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_sessions VALUES ('kR9vT2mXq8LpZ4wN7sYb1cHd6fJg3eUa0iOo5tVyQxWzPlMnBvCxDsEaFqGrHtJu', 'c3f1a9e2-7b4d-4c1e-9a8f-2d6b0e5c7a11', '2024-03-08 08:00:00+00', '91.64.183.27', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'https://cms.stadtwerke-musterhausen.de');
INSERT INTO public.directus_sessions VALUES ('Xa3Bc7De1Fg5Hi9Jk2Lm6No0Pq4Rs8Tu1Vw5Xy9Za2Bc6De0Fg4Hi8Jk3Lm7No1P', 'd4a2b0f3-8c5e-4d2f-8b9a-3e7c1f6d8b22', '2024-03-08 09:00:00+00', '2a02:810d:4b3f:9a00:5c1e:7f2a:8b4d:1c6e', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'https://cms.stadtwerke-musterhausen.de');
INSERT INTO public.directus_sessions VALUES ('Zy8Xw4Vu0Ts6Rq2Po8Nm4Lk0Ji6Hg2Fe8Dc4Ba0Zy6Xw2Vu8Ts4Rq0Po6Nm2Lk8J', 'e5b3c1a4-9d6f-4e3a-9cab-4f8d2a7e9c33', '2024-03-08 10:00:00+00', '84.163.52.210', 'directus-sdk/15.1.0', 'https://cms.stadtwerke-musterhausen.de');


--
-- Data for Name: directus_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_settings VALUES (1, 'Stadtwerke CMS', 'https://cms.stadtwerke-musterhausen.de', '/(?=^.{8,}$)(?=.*\d)(?=.*[A-Z])(?=.*[a-z]).*/', '[{"key":"thumb","fit":"cover","width":200,"height":200,"quality":80}]', 'pk.eyJ1Ijoic3RhZHR3ZXJrZSIsImEiOiJjbHg3cTJ6b3kwMDFxMmpxeDNoZzZ5ZzRyIn0.Vb8Ty2Hc6Sd5Fg9Jk1Aa4E');


--
-- Data for Name: directus_shares; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_shares VALUES ('b06d8f7b-5c9e-4dab-8acb-3c4d5e6f7a8b', 'Vorschau Vorstand', 'articles', '12', '$argon2id$v=19$m=65536,t=3,p=4$VnZXd1h4WXlaejAxMjM0NQ$Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg3Hi6Jk9Lm2No5Pq8R', 3, 10);


--
-- Data for Name: directus_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_users VALUES ('c3f1a9e2-7b4d-4c1e-9a8f-2d6b0e5c7a11', 'Lena', 'Müller', 'lena.mueller84@gmail.com', '$argon2id$v=19$m=65536,t=3,p=4$Wk5rU0dRbWx0cEhqYTJ4Tg$q8Hc0Xw3vR9tYbM2nL6pK1sZ4fD7gJ5aE0uI3oW8yQk', 'Berlin', 'Admin', '["team-a"]', 'de-DE', 'KZXW6YTBOI4DEMBQGEZTGNBVGY3TQOJQ', 'active', '6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', NULL, '2024-03-01 08:00:00+00', 'default', NULL);
INSERT INTO public.directus_users VALUES ('d4a2b0f3-8c5e-4d2f-8b9a-3e7c1f6d8b22', 'Jonas', 'Schmidt', 'j.schmidt@web.de', '$argon2id$v=19$m=65536,t=3,p=4$T3BxUnN0VXZ3eHl6MDEyMw$Zr4Kx1Nw7Pq0Lm3Vb8Ty2Hc6Sd5Fg9Jk1Aa4Ee7Ii0U', 'Hamburg', 'Redakteur', '["team-a"]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-02 08:00:00+00', 'default', NULL);
INSERT INTO public.directus_users VALUES ('e5b3c1a4-9d6f-4e3a-9cab-4f8d2a7e9c33', 'Mia', 'Becker', 'mia.becker@posteo.de', '$argon2id$v=19$m=65536,t=3,p=4$QmNkRWZnSGlKa0xtTm9QcQ$Yx2Wv5Ut8Sr1Qp4On7Ml0Kj3Ih6Gf9Ed2Cb5Aa8Zz1X', 'Köln', 'Redakteur', '[]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-03 08:00:00+00', 'google', '{"refresh_token":"1//0gT7kQm2xLr9vZcWbNq4HsYd8JfPa3UeKo6Ri1Gt5Vw","id_token":null}');
INSERT INTO public.directus_users VALUES ('f6c4d2b5-0e7a-4f4b-8dbc-5a9e3b8f0d44', 'Felix', 'Wagner', 'felix.wagner@outlook.com', '$argon2id$v=19$m=65536,t=3,p=4$UnNUdVZ3WHlaMDEyMzQ1Ng$Hd7Fj0Kl3Mn6Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg3Hi6J', NULL, 'API', '[]', 'en-US', NULL, 'active', '8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'Qm7vXk2pL9sT4wZ8cN1rB6yH3dF0gJ5a', NULL, 'default', NULL);


--
-- Data for Name: directus_webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_webhooks VALUES (1, 'Rebuild site', 'POST', 'https://api.netlify.com/build_hooks/65f1c2d3e4b5a6978899aabb', 'create,update,delete', 'articles', '[{"header":"Authorization","value":"Bearer nF4xQ8mZ2kT7wR1pV9cY3hL6bD0sJ5gA8eU2iK7o"}]');


--
-- Name: contact_requests_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.contact_requests_id_seq', 1, false);


--
-- Name: directus_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_activity_id_seq', 4, true);


--
-- Name: directus_revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_revisions_id_seq', 3, true);


--
-- Name: directus_settings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_settings_id_seq', 1, false);


--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_webhooks_id_seq', 1, false);


--
-- Name: contact_requests contact_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.contact_requests
    ADD CONSTRAINT contact_requests_pkey PRIMARY KEY (id);


--
-- Name: directus_activity directus_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_activity
    ADD CONSTRAINT directus_activity_pkey PRIMARY KEY (id);


--
-- Name: directus_operations directus_operations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_operations
    ADD CONSTRAINT directus_operations_pkey PRIMARY KEY (id);


--
-- Name: directus_revisions directus_revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_revisions
    ADD CONSTRAINT directus_revisions_pkey PRIMARY KEY (id);


--
-- Name: directus_roles directus_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_roles
    ADD CONSTRAINT directus_roles_pkey PRIMARY KEY (id);


--
-- Name: directus_sessions directus_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_sessions
    ADD CONSTRAINT directus_sessions_pkey PRIMARY KEY (token);


--
-- Name: directus_settings directus_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_settings
    ADD CONSTRAINT directus_settings_pkey PRIMARY KEY (id);


--
-- Name: directus_shares directus_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_shares
    ADD CONSTRAINT directus_shares_pkey PRIMARY KEY (id);


--
-- Name: directus_users directus_users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_users
    ADD CONSTRAINT directus_users_email_key UNIQUE (email);


--
-- Name: directus_users directus_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_users
    ADD CONSTRAINT directus_users_pkey PRIMARY KEY (id);


--
-- Name: directus_users directus_users_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_users
    ADD CONSTRAINT directus_users_token_key UNIQUE (token);


--
-- Name: directus_webhooks directus_webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_webhooks
    ADD CONSTRAINT directus_webhooks_pkey PRIMARY KEY (id);


--
-- Name: directus_sessions directus_sessions_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_sessions
    ADD CONSTRAINT directus_sessions_user_fkey FOREIGN KEY ("user") REFERENCES public.directus_users(id);


--
-- Name: directus_users directus_users_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_users
    ADD CONSTRAINT directus_users_role_fkey FOREIGN KEY (role) REFERENCES public.directus_roles(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Lrtq3VSqYKMaDdGyppQYCCg0LJMMdAZnZTyfL564lOMs7RphBLSls2WPOIh7Bym

