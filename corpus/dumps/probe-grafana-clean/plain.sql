--
-- PostgreSQL database dump
--

\restrict 8xVebAaODfEVUfLpwe9c5ABI8iRr5JfQbdCSQdMxwYg5ffncZgkzmPGmry88bco

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
-- Name: alert_configuration; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alert_configuration (
    id bigint NOT NULL,
    alertmanager_configuration text NOT NULL,
    configuration_version character varying(3) NOT NULL,
    created_at integer NOT NULL,
    "default" boolean DEFAULT false NOT NULL,
    org_id bigint DEFAULT 0 NOT NULL,
    configuration_hash character varying(32) DEFAULT 'not-yet-calculated'::character varying NOT NULL
);


ALTER TABLE public.alert_configuration OWNER TO postgres;

--
-- Name: alert_configuration_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.alert_configuration_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.alert_configuration_id_seq OWNER TO postgres;

--
-- Name: alert_configuration_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.alert_configuration_id_seq OWNED BY public.alert_configuration.id;


--
-- Name: api_key; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_key (
    id bigint NOT NULL,
    org_id bigint NOT NULL,
    name character varying(190) NOT NULL,
    key character varying(190) NOT NULL,
    role character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    expires bigint,
    service_account_id bigint,
    last_used_at timestamp without time zone,
    is_revoked boolean DEFAULT false
);


ALTER TABLE public.api_key OWNER TO postgres;

--
-- Name: api_key_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.api_key_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.api_key_id_seq OWNER TO postgres;

--
-- Name: api_key_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.api_key_id_seq OWNED BY public.api_key.id;


--
-- Name: dashboard; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dashboard (
    id bigint NOT NULL,
    version integer NOT NULL,
    slug character varying(189) NOT NULL,
    title character varying(189) NOT NULL,
    data text NOT NULL,
    org_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    updated_by integer,
    created_by integer,
    gnet_id bigint,
    plugin_id character varying(189),
    folder_id bigint DEFAULT 0 NOT NULL,
    is_folder boolean DEFAULT false NOT NULL,
    has_acl boolean DEFAULT false NOT NULL,
    uid character varying(40)
);


ALTER TABLE public.dashboard OWNER TO postgres;

--
-- Name: dashboard_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.dashboard_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.dashboard_id_seq OWNER TO postgres;

--
-- Name: dashboard_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.dashboard_id_seq OWNED BY public.dashboard.id;


--
-- Name: data_source; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.data_source (
    id bigint NOT NULL,
    org_id bigint NOT NULL,
    version integer NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(190) NOT NULL,
    access character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    "user" character varying(255) NOT NULL,
    database character varying(255) NOT NULL,
    basic_auth boolean NOT NULL,
    basic_auth_user character varying(255) NOT NULL,
    is_default boolean NOT NULL,
    json_data text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    with_credentials boolean DEFAULT false NOT NULL,
    secure_json_data text,
    read_only boolean,
    uid character varying(40) DEFAULT '0'::character varying NOT NULL
);


ALTER TABLE public.data_source OWNER TO postgres;

--
-- Name: data_source_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.data_source_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.data_source_id_seq OWNER TO postgres;

--
-- Name: data_source_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.data_source_id_seq OWNED BY public.data_source.id;


--
-- Name: login_attempt; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.login_attempt (
    id bigint NOT NULL,
    username character varying(190) NOT NULL,
    ip_address character varying(30) NOT NULL,
    created integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.login_attempt OWNER TO postgres;

--
-- Name: login_attempt_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.login_attempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.login_attempt_id_seq OWNER TO postgres;

--
-- Name: login_attempt_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.login_attempt_id_seq OWNED BY public.login_attempt.id;


--
-- Name: org; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.org (
    id bigint NOT NULL,
    version integer NOT NULL,
    name character varying(190) NOT NULL,
    address1 character varying(255),
    address2 character varying(255),
    city character varying(255),
    state character varying(255),
    zip_code character varying(50),
    country character varying(255),
    billing_email character varying(255),
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL
);


ALTER TABLE public.org OWNER TO postgres;

--
-- Name: org_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.org_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.org_id_seq OWNER TO postgres;

--
-- Name: org_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.org_id_seq OWNED BY public.org.id;


--
-- Name: team; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.team (
    id bigint NOT NULL,
    name character varying(190) NOT NULL,
    org_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    email character varying(190),
    uid character varying(40)
);


ALTER TABLE public.team OWNER TO postgres;

--
-- Name: team_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.team_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.team_id_seq OWNER TO postgres;

--
-- Name: team_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.team_id_seq OWNED BY public.team.id;


--
-- Name: user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."user" (
    id bigint NOT NULL,
    version integer NOT NULL,
    login character varying(190) NOT NULL,
    email character varying(190) NOT NULL,
    name character varying(255),
    password character varying(255),
    salt character varying(50),
    rands character varying(50),
    company character varying(255),
    org_id bigint NOT NULL,
    is_admin boolean NOT NULL,
    email_verified boolean,
    theme character varying(255),
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    help_flags1 bigint DEFAULT 0 NOT NULL,
    last_seen_at timestamp without time zone,
    is_disabled boolean DEFAULT false NOT NULL,
    is_service_account boolean DEFAULT false,
    uid character varying(40)
);


ALTER TABLE public."user" OWNER TO postgres;

--
-- Name: user_auth_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_auth_token (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    auth_token character varying(100) NOT NULL,
    prev_auth_token character varying(100) NOT NULL,
    user_agent character varying(255) NOT NULL,
    client_ip character varying(255) NOT NULL,
    auth_token_seen boolean NOT NULL,
    seen_at integer,
    rotated_at integer NOT NULL,
    created_at integer NOT NULL,
    updated_at integer NOT NULL,
    revoked_at integer
);


ALTER TABLE public.user_auth_token OWNER TO postgres;

--
-- Name: user_auth_token_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.user_auth_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.user_auth_token_id_seq OWNER TO postgres;

--
-- Name: user_auth_token_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.user_auth_token_id_seq OWNED BY public.user_auth_token.id;


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
-- Name: alert_configuration id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alert_configuration ALTER COLUMN id SET DEFAULT nextval('public.alert_configuration_id_seq'::regclass);


--
-- Name: api_key id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_key ALTER COLUMN id SET DEFAULT nextval('public.api_key_id_seq'::regclass);


--
-- Name: dashboard id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard ALTER COLUMN id SET DEFAULT nextval('public.dashboard_id_seq'::regclass);


--
-- Name: data_source id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.data_source ALTER COLUMN id SET DEFAULT nextval('public.data_source_id_seq'::regclass);


--
-- Name: login_attempt id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_attempt ALTER COLUMN id SET DEFAULT nextval('public.login_attempt_id_seq'::regclass);


--
-- Name: org id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.org ALTER COLUMN id SET DEFAULT nextval('public.org_id_seq'::regclass);


--
-- Name: team id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.team ALTER COLUMN id SET DEFAULT nextval('public.team_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Name: user_auth_token id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_token ALTER COLUMN id SET DEFAULT nextval('public.user_auth_token_id_seq'::regclass);


--
-- Data for Name: alert_configuration; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alert_configuration (id, alertmanager_configuration, configuration_version, created_at, "default", org_id, configuration_hash) FROM stdin;
1	{"alertmanager_config":{"route":{"receiver":"ops","group_by":["grafana_folder","alertname"]},"receivers":[{"name":"ops","grafana_managed_receiver_configs":[{"uid":"fvwyrKNfv","name":"ops","type":"email","disableResolveMessage":false,"settings":{"addresses":"ops@example.com","singleEmail":false},"secureSettings":{}}]},{"name":"slack","grafana_managed_receiver_configs":[{"uid":"7frBWpBDZ","name":"slack","type":"slack","disableResolveMessage":false,"settings":{"recipient":"#stoerungen","username":"Grafana"},"secureSettings":{"url":"I2Lc2nkYUDIe97YcBhbwTgocfdEU6K9ZSPKi6HInGQasJA5GEf+5kIexD7pG7TyI1oJ/Jvx"}}]},{"name":"oncall","grafana_managed_receiver_configs":[{"uid":"EVhx5AT1F","name":"oncall","type":"webhook","disableResolveMessage":false,"settings":{"url":"https://oncall.example.com/integrations/v1/grafana_alerting/token/","httpMethod":"POST"},"secureSettings":{}}]}]}}	v1	1711000000	f	1	4a3382b0319b29bb7a70c757342ae4db
\.


--
-- Data for Name: api_key; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.api_key (id, org_id, name, key, role, created, updated, expires, service_account_id, last_used_at, is_revoked) FROM stdin;
1	1	sa-1-terraform	d8bc1fcd4fb5ac49369c5c09fc46715533af891090d663df67c89690e8fc56f655b16ba41300181144c215620796d86212d7	Viewer	2024-02-01 09:00:00	2024-02-01 09:00:00	\N	41	2024-02-01 09:00:00	f
2	1	sa-2-backup	d99f9a0c55ff296babca6b590a07f6b75a231a72e7206647a314aa2669d7e310459f72cb26b94c8e5ae2c283d110912d360b	Viewer	2024-02-01 09:00:00	2024-02-01 09:00:00	\N	42	2024-02-01 09:00:00	f
3	1	sa-3-kiosk	bcf078515e8a9b04a13015156325e7939408d9daa2afbd96e1324e6cbc03b710d044e1becdf4388ef1f1198c013a592e7adf	Viewer	2024-02-01 09:00:00	2024-02-01 09:00:00	\N	43	2024-02-01 09:00:00	f
\.


--
-- Data for Name: dashboard; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.dashboard (id, version, slug, title, data, org_id, created, updated, updated_by, created_by, gnet_id, plugin_id, folder_id, is_folder, has_acl, uid) FROM stdin;
1	3	netz-1	Netz 1	{"title":"Netz 1","uid":"9qHNRThMk","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"1\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	9qHNRThMk
2	3	netz-2	Netz 2	{"title":"Netz 2","uid":"PxYcwQ0kE","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"2\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	PxYcwQ0kE
3	3	netz-3	Netz 3	{"title":"Netz 3","uid":"3Ikz5OSLe","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"3\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	3Ikz5OSLe
4	3	netz-4	Netz 4	{"title":"Netz 4","uid":"sJ7GU3HmA","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"4\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	sJ7GU3HmA
5	3	netz-5	Netz 5	{"title":"Netz 5","uid":"dl3YjsPWE","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"5\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	dl3YjsPWE
6	3	netz-6	Netz 6	{"title":"Netz 6","uid":"JrBhsVvlp","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"6\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	JrBhsVvlp
7	3	netz-7	Netz 7	{"title":"Netz 7","uid":"xNUVqfYe7","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"7\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	xNUVqfYe7
8	3	netz-8	Netz 8	{"title":"Netz 8","uid":"wBJMMPCho","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"8\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	wBJMMPCho
9	3	netz-9	Netz 9	{"title":"Netz 9","uid":"cPrWZNuzL","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"9\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	cPrWZNuzL
10	3	netz-10	Netz 10	{"title":"Netz 10","uid":"Sv316v0K5","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"10\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	Sv316v0K5
11	3	netz-11	Netz 11	{"title":"Netz 11","uid":"aBvYmD22G","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"11\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	aBvYmD22G
12	3	netz-12	Netz 12	{"title":"Netz 12","uid":"s9cCisfqq","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.example.com/runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\\"12\\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}	1	2024-02-01 09:00:00	2024-02-01 09:00:00	1	1	\N		0	f	f	s9cCisfqq
\.


--
-- Data for Name: data_source; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.data_source (id, org_id, version, type, name, access, url, "user", database, basic_auth, basic_auth_user, is_default, json_data, created, updated, with_credentials, secure_json_data, read_only, uid) FROM stdin;
1	1	1	prometheus	Prometheus	proxy	http://prometheus:9090			f		t	{"httpMethod":"POST","timeInterval":"30s"}	2024-02-01 09:00:00	2024-02-01 09:00:00	f	\N	f	XgS9EscKn
2	1	1	postgres	Netzleitstelle	proxy	localhost:5432	grafana	scada_test	f		f	{"sslmode":"require","postgresVersion":1500}	2024-02-01 09:00:00	2024-02-01 09:00:00	f	{"password":"I2FM1wZ0LQI+uZAf753FXUiqw5eecFKjSROfwmIAFi5o6dVBMoekINB6OpoB1YoaZqAZkAz"}	f	52MbGMoRG
3	1	1	loki	Loki	proxy	http://loki:3100			t		f	{"maxLines":1000}	2024-02-01 09:00:00	2024-02-01 09:00:00	f	{"basicAuthPassword":"I2qgn3S1+BIiGWZ7qWQswnMx8SmgikpLd6XHbYSFKSSrB7IldijBU0gN3cgPl8Err16MR+f"}	f	SPCExUDnn
4	1	1	elasticsearch	Kundenportal Logs	proxy	https://elasticsearch.example.com:9200		logs-*	t		f	{"timeField":"@timestamp","esVersion":"8.0.0"}	2024-02-01 09:00:00	2024-02-01 09:00:00	f	{"basicAuthPassword":"I2D81fPameIbkArIVsh62gEu1HT6sbDPOa0YJ59TfJuGX/Jzrp0ySN75Ju7lLiYjPadg/ut"}	f	pFMTZDnpN
\.


--
-- Data for Name: login_attempt; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.login_attempt (id, username, ip_address, created) FROM stdin;
1	user10	192.0.2.10	1711000000
2	user20	192.0.2.20	1711000000
3	user30	192.0.2.30	1711000000
4	user40	192.0.2.40	1711000000
\.


--
-- Data for Name: org; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.org (id, version, name, address1, address2, city, state, zip_code, country, billing_email, created, updated) FROM stdin;
1	1	Main Org.								2024-02-01 09:00:00	2024-02-01 09:00:00
\.


--
-- Data for Name: team; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.team (id, name, org_id, created, updated, email, uid) FROM stdin;
1	Netzleitstelle	1	2024-02-01 09:00:00	2024-02-01 09:00:00	leitstelle@example.com	ffvOSplL1
2	Kundenportal	1	2024-02-01 09:00:00	2024-02-01 09:00:00	portal@example.com	yv63ajZRn
\.


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."user" (id, version, login, email, name, password, salt, rands, company, org_id, is_admin, email_verified, theme, created, updated, help_flags1, last_seen_at, is_disabled, is_service_account, uid) FROM stdin;
1	0	admin	admin@localhost		59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	Ss0GKZD5k6		1	t	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	nhrz0xsaw7zqyn
2	0	user2	user2@example.com	User2 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	AzjHKxqzVf		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	hlj1t4pwbxsgft
3	0	user3	user3@example.com	User3 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	NR96CW000e		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	yhgnd7mmljet5e
4	0	user4	user4@example.com	User4 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	uyNX5thcPo		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	usktolhagkjsbb
5	0	user5	user5@example.com	User5 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	yzP0hP0Ffv		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	nyvgoihvnnyevl
6	0	user6	user6@example.com	User6 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	eJe3wb8xAV		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	bawkhohd8q5oem
7	0	user7	user7@example.com	User7 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	aDHJv1J6tF		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	gquypwp50paiiz
8	0	user8	user8@example.com	User8 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	c731BkORSG		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	7adhcbllkqw76s
9	0	user9	user9@example.com	User9 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	EfkNu8waEP		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	vwi25o8ttkiq7e
10	0	user10	user10@example.com	User10 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	XfBaR3sIIV		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	qdsf5st4gwfqjc
11	0	user11	user11@example.com	User11 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	x6CTSp81gG		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	ukhyfbjrmjpesr
12	0	user12	user12@example.com	User12 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	kz1N1Bxj8n		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	axcxd95hpo59rc
13	0	user13	user13@example.com	User13 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	V9OKy0RG7u		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	dzwvg3chieolng
14	0	user14	user14@example.com	User14 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	H5NpBIvIu1		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	m1q65imjvtb9ux
15	0	user15	user15@example.com	User15 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	NshPWROD7a		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	c59fuf5i99nj8a
16	0	user16	user16@example.com	User16 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	SoLWoDf5la		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	4rzngmwpqtg9xn
17	0	user17	user17@example.com	User17 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	MkbnySKvEL		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	7dkpjodfc3qxyt
18	0	user18	user18@example.com	User18 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	gSypgCAaQS		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	oxoknrenb2ugx0
19	0	user19	user19@example.com	User19 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	PlG6HPuATi		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	xf56xpxmn2pcvs
20	0	user20	user20@example.com	User20 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	G83DQh2aGd		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	hn8bl7rjguhkg9
21	0	user21	user21@example.com	User21 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	OksrIKi8vb		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	esxjxuuaoq0ae1
22	0	user22	user22@example.com	User22 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	KG7TSpTwFr		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	jh61ogzbe9jlm5
23	0	user23	user23@example.com	User23 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	hB4mZrOVZ3		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	5jwqnqtwgprye8
24	0	user24	user24@example.com	User24 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	8yLNHHdmmf		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	noa0iuvymix8vz
25	0	user25	user25@example.com	User25 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	MyWn1K1Lyc		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	gvjmegv1vgcj93
26	0	user26	user26@example.com	User26 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	M8i41uBHAV		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	t6rvhglkpvndcp
27	0	user27	user27@example.com	User27 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	a73eiy4Vy6		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	jujjmj1cdttmrp
28	0	user28	user28@example.com	User28 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	WTzbEooZ8h		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	0j9jurbmmzktw8
29	0	user29	user29@example.com	User29 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	T9LC33bHq2		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	az9fjrmiz6stxr
30	0	user30	user30@example.com	User30 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	AXKZXOo7vs		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	wcswbb9owqjnbw
31	0	user31	user31@example.com	User31 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	vT4MfAEDTb		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	q8njxktiafrtyb
32	0	user32	user32@example.com	User32 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	6JWGNANxSS		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	qp14drdra9qkja
33	0	user33	user33@example.com	User33 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	UCEAVFg5vL		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	hpvetvc5jobd90
34	0	user34	user34@example.com	User34 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	H4qV5e5Pw2		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	blbnvdptztiqh3
35	0	user35	user35@example.com	User35 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	QFYurxOltb		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	beageoq2bulcje
36	0	user36	user36@example.com	User36 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	BjEgVG5rNq		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	6gs1fdoc5jaswc
37	0	user37	user37@example.com	User37 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	e23pxFNo8s		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	tpimv84ja083x0
38	0	user38	user38@example.com	User38 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	iSMPvSL7Rz		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	pflob1auc48geg
39	0	user39	user39@example.com	User39 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	V6HBaoPaHx		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	ije3ymghnigjot
40	0	user40	user40@example.com	User40 Example	59acf18b94d7eb0694c61e60ce44c110c7a683ac6a8f09580d626f90f4a242000746579358d77dd9e570e83fa24faa88a8a6	F3FAxVm33R	bNFGqqskIk		1	f	f		2024-02-01 09:00:00	2024-02-01 09:00:00	1	2024-02-01 09:00:00	f	f	mpzwti6lx8gfi3
\.


--
-- Data for Name: user_auth_token; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.user_auth_token (id, user_id, auth_token, prev_auth_token, user_agent, client_ip, auth_token_seen, seen_at, rotated_at, created_at, updated_at, revoked_at) FROM stdin;
1	4	7deec0511ff3a943acf6bfad080e4e1ccf3be2d6724c2ccea16aeeaaeec85280	3366d556f5ab1ed4790d0841a72871a5ed1d6d21baff26f0e80e6123a94a0813	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.4	t	1711000000	1711000000	1711000000	1711000000	0
2	8	2df14553a12799368f94d2581fab918c7d96264e70a9d2829ac2dbd13e28ad08	b6893e4cfdc1ff6235a30579c9a8cf36f0f7bfcea377856ca88e98cdd913a0fc	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.8	t	1711000000	1711000000	1711000000	1711000000	0
3	12	a0e943f69eb3d0459b502bc012a49c97f9cac9881acb231eeeefa14f0b106f5d	fe79e8b7513778cdaf891494dbb44bf611285a6605ede01411a94f90a80b9f77	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.12	t	1711000000	1711000000	1711000000	1711000000	0
4	16	132f12dca1e7023d68f40e04d73cc3b3912d2681b2db0594c0efbcb10411ccb7	6814f81576f5a10c624326520cd25e9894043694d4eeb207e3477a24891c5f66	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.16	t	1711000000	1711000000	1711000000	1711000000	0
5	20	293a5636ec5a4db8fabebd8c315328a007195a5e254e068feae84b4d8daf03de	6176bc6a49c9316e70c60cf58bf70f3f6cda88f99b0b0206a3a97ce09cf02d7e	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.20	t	1711000000	1711000000	1711000000	1711000000	0
6	24	964a7591d5d7076986efd62a928ef28fed6a0d3736a1509e94e470a095cee11a	64de306b11da4c245fe46f2949291d0552b7aeb738cf501ebbbfa030650ddf55	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.24	t	1711000000	1711000000	1711000000	1711000000	0
7	28	b0ecafa3fe7640d937e9de4d9173c48cd27d88bb972309b2850e9053ee0feed1	1dc53342a61a5e1a3e742c12ee8f621ff511370e3adfbc46ae638ce974542e5e	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.28	t	1711000000	1711000000	1711000000	1711000000	0
8	32	bf2a340c5e43322213063b0e309a8af175d96b763d43f84666519233602e4dfb	5dba5ed92342a52f3c671c93659c28923827a0946f11b7e3f2d5ee904db6226f	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.32	t	1711000000	1711000000	1711000000	1711000000	0
9	36	28a7234d0b5d282edfc473b84f70c0d4cd1d56e78267757e69cdf1832148b24f	6072845871e97450ea5e659ac6926f8a909befbb313e3fc42ebfeee1bc4417ab	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.36	t	1711000000	1711000000	1711000000	1711000000	0
10	40	98f2061d54abcd793dfdbb10162683decbcb5ca7efca5414b035dea466244dd3	9af4ce47097947a54037502557c30ee3e6bc28adef9f2c2ffbc715a611bd8c9d	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.40	t	1711000000	1711000000	1711000000	1711000000	0
\.


--
-- Name: alert_configuration_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.alert_configuration_id_seq', 1, true);


--
-- Name: api_key_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.api_key_id_seq', 3, true);


--
-- Name: dashboard_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.dashboard_id_seq', 12, true);


--
-- Name: data_source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.data_source_id_seq', 4, true);


--
-- Name: login_attempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.login_attempt_id_seq', 4, true);


--
-- Name: org_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.org_id_seq', 1, true);


--
-- Name: team_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.team_id_seq', 2, true);


--
-- Name: user_auth_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.user_auth_token_id_seq', 10, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.user_id_seq', 40, true);


--
-- Name: alert_configuration alert_configuration_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alert_configuration
    ADD CONSTRAINT alert_configuration_pkey PRIMARY KEY (id);


--
-- Name: api_key api_key_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_key
    ADD CONSTRAINT api_key_key_key UNIQUE (key);


--
-- Name: api_key api_key_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_key
    ADD CONSTRAINT api_key_pkey PRIMARY KEY (id);


--
-- Name: dashboard dashboard_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard
    ADD CONSTRAINT dashboard_pkey PRIMARY KEY (id);


--
-- Name: data_source data_source_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.data_source
    ADD CONSTRAINT data_source_pkey PRIMARY KEY (id);


--
-- Name: login_attempt login_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_attempt
    ADD CONSTRAINT login_attempt_pkey PRIMARY KEY (id);


--
-- Name: org org_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT org_name_key UNIQUE (name);


--
-- Name: org org_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT org_pkey PRIMARY KEY (id);


--
-- Name: team team_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.team
    ADD CONSTRAINT team_pkey PRIMARY KEY (id);


--
-- Name: user_auth_token user_auth_token_auth_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_token
    ADD CONSTRAINT user_auth_token_auth_token_key UNIQUE (auth_token);


--
-- Name: user_auth_token user_auth_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_token
    ADD CONSTRAINT user_auth_token_pkey PRIMARY KEY (id);


--
-- Name: user user_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_email_key UNIQUE (email);


--
-- Name: user user_login_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_login_key UNIQUE (login);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 8xVebAaODfEVUfLpwe9c5ABI8iRr5JfQbdCSQdMxwYg5ffncZgkzmPGmry88bco

