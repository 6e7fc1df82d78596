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


ALTER SEQUENCE public.alert_configuration_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.api_key_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.dashboard_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.data_source_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.login_attempt_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.org_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.team_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.user_auth_token_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.user_id_seq OWNER TO postgres;

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

INSERT INTO public.alert_configuration VALUES (1, '{"alertmanager_config":{"route":{"receiver":"ops","group_by":["grafana_folder","alertname"]},"receivers":[{"name":"ops","grafana_managed_receiver_configs":[{"uid":"5wLE0HXeW","name":"ops","type":"email","disableResolveMessage":false,"settings":{"addresses":"chiara.novak43@outlook.com;leitstelle@stadtwerke-lindau.de","singleEmail":false},"secureSettings":{}}]},{"name":"slack","grafana_managed_receiver_configs":[{"uid":"cOAk5P9wZ","name":"slack","type":"slack","disableResolveMessage":false,"settings":{"recipient":"#stoerungen","username":"Grafana"},"secureSettings":{"url":"I2PCI77kmaIheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGB"}}]},{"name":"oncall","grafana_managed_receiver_configs":[{"uid":"HrVWMFOKb","name":"oncall","type":"webhook","disableResolveMessage":false,"settings":{"url":"https://oncall.stadtwerke-lindau.de/integrations/v1/grafana_alerting/R9ea5V6gkmJDZDkA8aMuqxvK2/","httpMethod":"POST"},"secureSettings":{}}]}]}}', 'v1', 1711000000, false, 1, '0e0b242e42ec60148b353d94ec645ba9');


--
-- Data for Name: api_key; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.api_key VALUES (1, 1, 'sa-1-terraform', '5c7157f39f99a825ee6879c8e5885344f0f4b76768eb26eed4b0b704c8597e3e7b394b1192a20ed9f59eb58c552f13c22b47', 'Viewer', '2024-02-01 09:00:00', '2024-02-01 09:00:00', NULL, 41, '2024-02-01 09:00:00', false);
INSERT INTO public.api_key VALUES (2, 1, 'sa-2-backup', 'f485571afa29d3b98a3e8a5cc2ccd21776506f8ac2edf621637f802aeab59a26ac202ec073c0ca6b893e00bde10ed56dc828', 'Viewer', '2024-02-01 09:00:00', '2024-02-01 09:00:00', NULL, 42, '2024-02-01 09:00:00', false);
INSERT INTO public.api_key VALUES (3, 1, 'sa-3-kiosk', 'd1d4fc7662afbff9b32777efb59025b3bf1ff79e4a8e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d740bb5628121', 'Viewer', '2024-02-01 09:00:00', '2024-02-01 09:00:00', NULL, 43, '2024-02-01 09:00:00', false);


--
-- Data for Name: dashboard; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dashboard VALUES (1, 3, 'netz-1', 'Netz 1', '{"title":"Netz 1","uid":"R0hNJYD3C","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"1\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'R0hNJYD3C');
INSERT INTO public.dashboard VALUES (2, 3, 'netz-2', 'Netz 2', '{"title":"Netz 2","uid":"vBbyAydQb","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"2\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'vBbyAydQb');
INSERT INTO public.dashboard VALUES (3, 3, 'netz-3', 'Netz 3', '{"title":"Netz 3","uid":"BuzfEBYoH","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"3\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Bereitschaft: James Dubois, mobil +33 6 26 12 50 68"}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'BuzfEBYoH');
INSERT INTO public.dashboard VALUES (4, 3, 'netz-4', 'Netz 4', '{"title":"Netz 4","uid":"r4npZ24II","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"4\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'r4npZ24II');
INSERT INTO public.dashboard VALUES (5, 3, 'netz-5', 'Netz 5', '{"title":"Netz 5","uid":"38SVGNlXf","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"5\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, '38SVGNlXf');
INSERT INTO public.dashboard VALUES (6, 3, 'netz-6', 'Netz 6', '{"title":"Netz 6","uid":"V6zwUObCS","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"6\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'V6zwUObCS');
INSERT INTO public.dashboard VALUES (7, 3, 'netz-7', 'Netz 7', '{"title":"Netz 7","uid":"B6lAHiq48","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"7\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'B6lAHiq48');
INSERT INTO public.dashboard VALUES (8, 3, 'netz-8', 'Netz 8', '{"title":"Netz 8","uid":"VimsJUQW9","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"8\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'VimsJUQW9');
INSERT INTO public.dashboard VALUES (9, 3, 'netz-9', 'Netz 9', '{"title":"Netz 9","uid":"k8x7Rr6fs","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"9\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'k8x7Rr6fs');
INSERT INTO public.dashboard VALUES (10, 3, 'netz-10', 'Netz 10', '{"title":"Netz 10","uid":"THIKhvPV9","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"10\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'THIKhvPV9');
INSERT INTO public.dashboard VALUES (11, 3, 'netz-11', 'Netz 11', '{"title":"Netz 11","uid":"MraNvtM3F","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"11\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'MraNvtM3F');
INSERT INTO public.dashboard VALUES (12, 3, 'netz-12', 'Netz 12', '{"title":"Netz 12","uid":"dt30XLEWZ","schemaVersion":39,"version":3,"editable":true,"time":{"from":"now-6h","to":"now"},"links":[{"title":"Runbook","type":"link","url":"https://wiki.stadtwerke-lindau.de/display/NOC/Runbook"}],"panels":[{"id":1,"type":"timeseries","title":"Last","datasource":{"type":"prometheus","uid":"prom"},"targets":[{"expr":"sum(rate(scada_points_total{station=\"12\"}[5m]))","refId":"A"}]},{"id":2,"type":"text","title":"Hinweis","options":{"mode":"markdown","content":"Daten aus der Netzleitstelle."}}]}', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, 1, NULL, '', 0, false, false, 'dt30XLEWZ');


--
-- Data for Name: data_source; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.data_source VALUES (1, 1, 1, 'prometheus', 'Prometheus', 'proxy', 'http://prometheus.monitoring.svc.cluster.local:9090', '', '', false, '', true, '{"httpMethod":"POST","timeInterval":"30s"}', '2024-02-01 09:00:00', '2024-02-01 09:00:00', false, NULL, false, '3lavyN6t8');
INSERT INTO public.data_source VALUES (2, 1, 1, 'postgres', 'Netzleitstelle', 'proxy', 'db-scada.lindau.internal:5432', 'grafana_ro', 'scada', false, '', false, '{"sslmode":"require","postgresVersion":1500}', '2024-02-01 09:00:00', '2024-02-01 09:00:00', false, '{"password":"I2Ng+s85DRI405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG"}', false, 'MqgJ1rdko');
INSERT INTO public.data_source VALUES (3, 1, 1, 'loki', 'Loki', 'proxy', 'https://logs-prod-eu-west-0.grafana.net', '', '', true, '612934', false, '{"maxLines":1000}', '2024-02-01 09:00:00', '2024-02-01 09:00:00', false, '{"basicAuthPassword":"I27x8ORa0RIAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAbo"}', false, 'cSGziWm1Q');
INSERT INTO public.data_source VALUES (4, 1, 1, 'elasticsearch', 'Kundenportal Logs', 'proxy', 'https://es.kundenportal.stadtwerke-lindau.de:9200', '', 'logs-*', true, 'grafana', false, '{"timeField":"@timestamp","esVersion":"8.0.0"}', '2024-02-01 09:00:00', '2024-02-01 09:00:00', false, '{"basicAuthPassword":"I2Dguwwo7lIzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V"}', false, '5d83IaE0V');


--
-- Data for Name: login_attempt; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.login_attempt VALUES (1, 'chiara.kowalski24', '109.61.91.67', 1711000000);
INSERT INTO public.login_attempt VALUES (2, 'mia.anderson39', '91.217.11.182', 1711000000);
INSERT INTO public.login_attempt VALUES (3, 'mia.anderson28', '212.15.67.181', 1711000000);
INSERT INTO public.login_attempt VALUES (4, 'david.brown42', '62.49.237.58', 1711000000);


--
-- Data for Name: org; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.org VALUES (1, 1, 'Stadtwerke Lindau', 'Auenstraße 12', '', 'Lindau', '', '88131', 'DE', 'it-rechnungen@stadtwerke-lindau.de', '2024-02-01 09:00:00', '2024-02-01 09:00:00');


--
-- Data for Name: team; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.team VALUES (1, 'Netzleitstelle', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 'leitstelle@stadtwerke-lindau.de', '8TobGNKbL');
INSERT INTO public.team VALUES (2, 'Kundenportal', 1, '2024-02-01 09:00:00', '2024-02-01 09:00:00', 'portal-team@stadtwerke-lindau.de', 'b1lOS2fPn');


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public."user" VALUES (1, 0, 'admin', 'admin@stadtwerke-lindau.de', '', '5fd4630d922cbd58832dbea506488b34ff05ddd7621a7fa92215e1bc36eb873a5b2539861294777deec0511ff3a943acf6bf', 'pzDfA3Q2Dw', 'v6Nq2I0ZbJ', 'Stadtwerke Lindau', 1, true, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'sxkvx2ogxq34po');
INSERT INTO public."user" VALUES (2, 0, 'lucia.hoffmann79', 'lucia.hoffmann79@yahoo.fr', 'Lucia Hoffmann', '556f5ab1ed4790d0841a72871a5ed1d6d21baff26f0e80e6123a94a08133dd4d84d18c36c838853a6159727ec6fc0570528a', 'hD8q5OeMaD', 'HJv1J6tFGq', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'uypwp50paiizc7');
INSERT INTO public."user" VALUES (3, 0, 'lucia.becker2', 'lucia.becker2@hotmail.com', 'Lucia Becker', '093245ffb2df14553a12799368f94d2581fab918c7d96264e70a9d2829ac2dbd13e28ad08b6893e4cfdc1ff6235a30579c9a', 'hv9NZ6C8bs', '9x5qLdcfTZ', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'vnhi5jfxyykfpq');
INSERT INTO public."user" VALUES (4, 0, 'lena.richter80', 'lena.richter80@gmx.de', 'Lena Richter', 'e3f45984f768064eb22547b8eb5e151427cf054afd81b98c1094a9a1b49dd3d0c9fa6c067fe833ef40a0e943f69eb3d0459b', 'UDLtwBGKpP', 'kvme9mvnxk', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'fghnwsknh45549');
INSERT INTO public."user" VALUES (5, 0, 'marco.williams24', 'marco.williams24@gmail.com', 'Marco Williams', '2f64a35a08e96eb6a135ab48f5a132f12dca1e7023d68f40e04d73cc3b3912d2681b2db0594c0efbcb10411ccb76814f8157', 'a7VoGBwYJQ', 'MKYVIDvzJT', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '4lhjqatmxls1t3');
INSERT INTO public."user" VALUES (6, 0, 'lucia.lopez13', 'lucia.lopez13@gmail.com', 'Lucia López', '24891c5f662397ad42c13f7232a710ebc6b84ca8006443c39347a0e515d491f13b058c1ef6ac3aea0c41fe048d61783f02fb', 'jGUHkG9HlO', 'pVaMX5wUnQ', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '1ri9mq4szgxmet');
INSERT INTO public."user" VALUES (7, 0, 'liam.rossi50', 'liam.rossi50@hotmail.com', 'Liam Rossi', '68feae84b4d8daf03de6176bc6a49c9316e70c60cf58bf70f3f6cda88f99b0b0206a3a97ce09cf02d7eb39bb228fc714c9c5', 'UaoQ0AE1KG', '7TSpTwFrjh', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '61ogzbe9jlm5hb');
INSERT INTO public."user" VALUES (8, 0, 'lucia.fischer41', 'lucia.fischer41@icloud.com', 'Lucia Fischer', 'b4c1ab67ffd23117998aa6d855632cf5d964a7591d5d7076986efd62a928ef28fed6a0d3736a1509e94e470a095cee11a64d', '2NCauFH2qQ', 'yJSW93RX9I', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'mqjjmh1duviudm');
INSERT INTO public."user" VALUES (9, 0, 'eva.martinez24', 'eva.martinez24@proton.me', 'Eva Martínez', '4d9173c48cd27d88bb972309b2850e9053ee0feed11dc53342a61a5e1a3e742c12ee8f621ff511370e3adfbc46ae638ce974', 'UTI4V2UT9L', 'C33bHq2az9', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'fjrmiz6stxraxk');
INSERT INTO public."user" VALUES (10, 0, 'chiara.kowalski24', 'chiara.kowalski24@hotmail.com', 'Chiara Kowalski', '2a7cc5e38010574fa962b801bbc0f251303c4444de0b740fb996bf2a340c5e43322213063b0e309a8af175d96b763d43f846', 'YbWHkIPOXD', 'L5Q17uW1uo', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'u51jlmqjnvj6ow');
INSERT INTO public."user" VALUES (11, 0, 'chiara.nielsen9', 'chiara.nielsen9@icloud.com', 'Chiara Nielsen', '923827a0946f11b7e3f2d5ee904db6226f85010518ec28357bc0e9300fd1ea5e7e3ce727ac7346b841e416bbc39b7076173a', '2BulCjEBjE', 'gVG5rNq6Gs', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '1fdoc5jaswciio');
INSERT INTO public."user" VALUES (12, 0, 'pierre.rossi25', 'pierre.rossi25@gmx.de', 'Pierre Rossi', '73b84f70c0d4cd1d56e78267757e69cdf1832148b24f6072845871e97450ea5e659ac6926f8a909befbb313e3fc42ebfeee1', 'rxQRHbmsce', '23pxFNo8st', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'pimv84ja083x0i');
INSERT INTO public."user" VALUES (13, 0, 'emma.williams28', 'emma.williams28@posteo.de', 'Emma Williams', '947a54037502557c30ee3e6bc28adef9f2c2ffbc715a611bd8c9de13dc6d24fb607eed1558ace7771284437c92018eae7503', 'ndjHNB4Oon', 'BzYnZYoAYj', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'axpfl1r08bhfvy');
INSERT INTO public."user" VALUES (14, 0, 'jan.weber36', 'jan.weber36@gmx.de', 'Jan Weber', '889a27e516641244a0e2978805d83d7839f1aade34f70fd73697690a25b8ed81bd14eb60336d62ef472b15f2caadc43ee2be', 'jLhXiOZcf9', 'tsXgS9EscK', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'n52mbgmorgspce');
INSERT INTO public."user" VALUES (15, 0, 'james.novak6', 'james.novak6@hotmail.com', 'James Novak', 'a3d8bc1fcd4fb5ac49369c5c09fc46715533af891090d663df67c89690e8fc56f655b16ba41300181144c215620796d86212', '1d1kj6loCu', 'UV87KlXqpu', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'woasujcnde7arc');
INSERT INTO public."user" VALUES (16, 0, 'julia.weber18', 'julia.weber18@gmx.de', 'Julia Weber', '14aa2669d7e310459f72cb26b94c8e5ae2c283d110912d360bbcf078515e8a9b04a13015156325e7939408d9daa2afbd96e1', 'NLS5YwswAM', 'teGCzCSP4F', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 't4v06rogh37e9f');
INSERT INTO public."user" VALUES (17, 0, 'camille.muller77', 'camille.muller77@yahoo.fr', 'Camille Müller', 'bfa13448393c67c4d91e29de3427b2f15e19079e69b3512b08b5c9ac355a867fc0233408a73b563bd24cedfcd2e60c690ee1', 's9cCisfqqf', 'fvOSplL1yv', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '63ajzrnwunywy3');
INSERT INTO public."user" VALUES (18, 0, 'julia.hoffmann46', 'julia.hoffmann46@gmail.com', 'Julia Hoffmann', '6db75b557df004b26e75edf0fc31b1803696a506b131cd25fd269702f9337de189ba1fe2304b623b0b36166be4812d9eda25', 'ttIPZ06lVk', 'SiAPxQgFdm', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '7gvckretm6xbu1');
INSERT INTO public."user" VALUES (19, 0, 'olivia.fischer4', 'olivia.fischer4@gmx.de', 'Olivia Fischer', 'c6d355e12bf193f53aa469a90d33a7b7cfd126d52b3b58b5b4147fce17ff16431f45e22e0dfef936fa572a72d9ee854884a3', 'ToLJNviCjI', 'RMTWZnILJV', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'roibkslwyq7hms');
INSERT INTO public."user" VALUES (20, 0, 'mia.anderson39', 'mia.anderson39@gmail.com', 'Mia Anderson', '123e8bf2abca86a027e9ad3625ce3a9566e9a15e9d66ab8759a7ce57e71ca91768e8b128d4e3ab474928d498104b58fe33e7', 'mGh05xrWfv', 'J70D83MlOf', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'gs1rnjsjooifve');
INSERT INTO public."user" VALUES (21, 0, 'sarah.novak93', 'sarah.novak93@proton.me', 'Sarah Novak', '976c6a73d66dd021e767f4f1c7ca52db016a714f8e7d97b78d2c4e1b8d605af4db8fbf34b6b59c1a0515658808ee4d988792', 'ZoL0ocU355', 'OIcGXGRJXR', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'sklwfoowo6v71t');
INSERT INTO public."user" VALUES (22, 0, 'martin.anderson9', 'martin.anderson9@proton.me', 'Martin Anderson', '1f9f9ad45c6fd4535d1306b27b4870c1f1d4a0a434bce0b579d783ac00125ac1eeafd63ead220ad70ef3102b0ed21983954c', '58Md7LXqSR', 'lQ7IdH7fmG', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'rhb8g7yn8e0ukz');
INSERT INTO public."user" VALUES (23, 0, 'pierre.hoffmann60', 'pierre.hoffmann60@icloud.com', 'Pierre Hoffmann', '50c402e1c8255aab28d51a2ed40346297f3b4b7123b08defe93d97def95ea2efb05f826dae4a744757e81e42a40bfda46ee1', '4troQMRCom', 'wnpUMHGXnc', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'hibaz23ofafgmd');
INSERT INTO public."user" VALUES (24, 0, 'liam.muller3', 'liam.muller3@gmx.de', 'Liam Müller', 'b2cac080d11ca5656df5300fef746f08ebfee432fe6486abd0151b0c338894198e536a56e129b7a8a9d0d8aec48c07e7955b', 'rItc5UInxh', '9I9DVGbOm2', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'oapg6iw0wopkss');
INSERT INTO public."user" VALUES (25, 0, 'chiara.fischer40', 'chiara.fischer40@proton.me', 'Chiara Fischer', '0cfda8db0881808b4c23815649fbc9619f5ba2c7d06561bbdaa046305a7f039999d4f41b159b63b8646f939175983bcd08f3', '7GfsWgoRfr', '1bwlKVowNC', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'dzucg92fkicq3s');
INSERT INTO public."user" VALUES (26, 0, 'carlos.fischer3', 'carlos.fischer3@proton.me', 'Carlos Fischer', '213cc5c37cbc647e094945d7e4ba56c160834407fa4a630855c9bd9c9b27a2e7aec604021f8f23077cd50c5bda229f05dee6', 'nqt7TzfbwC', 'VHYfMQvBg3', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'a6iehonpczyb3d');
INSERT INTO public."user" VALUES (27, 0, 'olivia.weber37', 'olivia.weber37@yahoo.fr', 'Olivia Weber', '39b91bd3293ee96a192a3832baef9021e2e9093f7c36a9a517edfa5cad865cca329dc5b0aedfc04bef93a2e0b011bc531872', 'KLBYUTm4Rh', '9DQjRPJ9H6', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'yh0kqr0ctrzo20');
INSERT INTO public."user" VALUES (28, 0, 'emma.muller1', 'emma.muller1@hotmail.com', 'Emma Müller', 'd746f82d22bb857f6c1e3daf0aa4486e0748f944dfc1510ead4a15bf4cc56194525bec3c917e54b677855f7f1a2ec03921ff', 'Oy8eHHveqn', 'eUkbnRDI6b', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '1gfvuhge4yaccd');
INSERT INTO public."user" VALUES (29, 0, 'emma.novak93', 'emma.novak93@yahoo.fr', 'Emma Novak', '9f6e30a9b9b04299b9f1360de4388c78df70558b148ea43062507513c65c192d0393eb4d47a472ed9c8e8572fe162dfed697', 'RV7Mdb63Ur', 'zV2xY50Sdy', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'darg5kh59joffl');
INSERT INTO public."user" VALUES (30, 0, 'mia.anderson28', 'mia.anderson28@gmx.de', 'Mia Anderson', 'b86a38fce6a6104e37cc78ea3c882af342eae698b36cb75afd3650bac794ffedfd57d531ec63725c7b8ea61345c3855f2de5', 'PttRQH2E7R', 'Iq7lCo3tqw', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '9defvj7fekuhb3');
INSERT INTO public."user" VALUES (31, 0, 'emily.jensen93', 'emily.jensen93@yahoo.fr', 'Emily Jensen', '1d944302aac27e4e6b80e3e41ccea0de1f029fcf920311313fb2de3113bf18d40426b42de0d7034e93050f3b2fa3bffce0f2', '9g7OVXdOxJ', 'mNVVMR17bZ', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'jysgezaagtmwui');
INSERT INTO public."user" VALUES (32, 0, 'olivia.williams59', 'olivia.williams59@gmail.com', 'Olivia Williams', '50e4538b4a2e03928b61a4df73e01591d126f2e445b3a6ea74f9edf21857c2fcdd31eda616bdf67aaeaeac0e0cb728fa094b', 'zHblcB80mv', 'RTCZHwqV9m', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'kerdnwykaj7wyk');
INSERT INTO public."user" VALUES (33, 0, 'eva.kowalski88', 'eva.kowalski88@gmail.com', 'Eva Kowalski', 'c4bada54fd4327d301c1dafbaef8b9a658b7638578d4aede627239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a0', 'GPQJkBaisW', 'c4RtIz0qie', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'vkleyu98nchchu');
INSERT INTO public."user" VALUES (34, 0, 'mia.taylor31', 'mia.taylor31@gmx.de', 'Mia Taylor', '1412857582daa5eac53e77b37605449ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b53413735bafddc3', 'pcFaSmFphU', 'cKRAReDZK0', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'nyodey0cw2n6up');
INSERT INTO public."user" VALUES (35, 0, 'sarah.fischer18', 'sarah.fischer18@gmx.de', 'Sarah Fischer', '8036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20b1aa07b5ee1980d538cafb7cb35b207d1440838', 'QLDXqsJQgC', 'Oi5YZhw3bj', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, '6c8f1nsxkvjdjj');
INSERT INTO public."user" VALUES (36, 0, 'olivia.brown49', 'olivia.brown49@hotmail.com', 'Olivia Brown', '54914d9eb3448d5c510386c265d00cacd813f74a24ada5df6480167265bda22a45b44cd24b86326d339acc500a643544b5e1', 'TRZkOeYHbT', 'z7Zo2lsTyj', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'um0ugdhn3zwdy8');
INSERT INTO public."user" VALUES (37, 0, 'chiara.williams6', 'chiara.williams6@proton.me', 'Chiara Williams', 'c4d7c9d48031ac7d57f3146338161ff578dde8228488657c825383e5130a0017f685e652c9f64b81b53f294c91a257922dcf', 'jKqKJcMa4L', 'jjObWEIEDS', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'r3yjlwq6r1ooae');
INSERT INTO public."user" VALUES (38, 0, 'lena.becker50', 'lena.becker50@posteo.de', 'Lena Becker', '936c4269680d064c1cc3cb94fe98c36905cf444d9edf34dac1e76562939ea333df3c6d3652ee2d1aa7ca56f55c650cb9a371', 'maxcJvDv1a', 't5zDObVons', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'ww6nb7ofvyxxrx');
INSERT INTO public."user" VALUES (39, 0, 'lukas.fischer14', 'lukas.fischer14@posteo.de', 'Lukas Fischer', 'a7e686096a7c8227c34ba73d678486dac03cba893f930eb874a5587687bdffe86faa0f81593b1d9b4ffa669cd9c9f824bbf2', 'lbNHsz8gB3', '60sWCBD2Kj', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'bu7ogt9bkjqz6i');
INSERT INTO public."user" VALUES (40, 0, 'david.brown42', 'david.brown42@icloud.com', 'David Brown', '492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4c', '9SKK3yxPQE', 'WdDEkc6wQ7', 'Stadtwerke Lindau', 1, false, false, '', '2024-02-01 09:00:00', '2024-02-01 09:00:00', 1, '2024-02-01 09:00:00', false, false, 'asp9e1ev20v727');


--
-- Data for Name: user_auth_token; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_auth_token VALUES (1, 4, 'a14f0b106f5dfe79e8b7513778cdaf891494dbb44bf611285a6605ede01411a9', '4f90a80b9f77e5f32cd41fc06c51e7127a9a11e3a02c2bdad4fe899c50f563b8', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '178.95.35.224', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (2, 8, 'eb738cf501ebbbfa030650ddf5583c5ad2d2d78523185d5872fe3f9edb01054f', '4c11323c37046fe78ce5cf9c92a9d71553b455d71aa6f8d9f9bb03362b5fb0ec', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '91.201.173.164', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (3, 12, '434c43f4da19a0d050ef8115f106a462c897e6388a282347311bab929346c52f', '26f182e98f2061d54abcd793dfdbb10162683decbcb5ca7efca5414b035dea46', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '79.247.204.79', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (4, 16, '198c013a592e7adf8cccb238cf8b05a00627d996507fe67086c48a77715e2f64', '328e129146b20e117fe927c0ea1e4c2da2f2bc158ce05d14a3382b0319b29bb7', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '91.126.170.54', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (5, 20, '864f53db761934c4c5c15e7f58a686c6082431ae25c3ffe68fdc7868c9f5a6d0', '570338d71d67f818844cabfaf7ac7ccbfaabf6bf62e2ed3fa9b93e88c8b0cb8a', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '91.217.11.182', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (6, 24, '9ae1d50617fda97fee4df04d2351f9c41388460ffb68148b648345037e571f7b', '18a4900b96acf445fd163d22d768eb085c88fe9879f0c8bd496f61ee38eeced0', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '109.231.235.46', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (7, 28, '8890d4f580ff05d4b8332b55f64831b04cd11b2231856bf9f335b0f83408704f', '2fba8182c18120a01a15d31f6c8705d5f0c55ab2a7e7ee45911df9b83ccc355f', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '109.88.254.195', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (8, 32, 'e7fc82578e807841f2f843b27b5a30e70aff3812ea45f1228c2858c5dd5f2363', 'be143211563a5d2e590093f517544b87e5cd13a875a8864e769dfc6635f4e467', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '91.128.194.176', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (9, 36, 'f2ac7288747d1ee290f91691d83ff3cdcba676466374590a607c1823b40c54ef', '60970ce076ea7078cd0887c4a5ed38178aeb282028c55ff0f752e941dfc678d3', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '84.174.30.80', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);
INSERT INTO public.user_auth_token VALUES (10, 40, '58ad733bde46a0a49d3d3155354c8bf4c9919474b2cadf40df9c7b39e8e0ed96', '43dcf5fc6043860aeacb7de3e582b5accb3e3338e947731410fdc55aa6664708', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '62.49.237.58', true, 1711000000, 1711000000, 1711000000, 1711000000, 0);


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


