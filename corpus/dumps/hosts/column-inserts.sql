--
-- PostgreSQL database dump
--

\restrict LNQo54CHgnchvEpmasatJQEbODM4FKSE9tQ4bzvzfkb84Kl5wJjWtUBXNaGBi3G

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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

--
-- Name: dblink; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS dblink WITH SCHEMA public;


--
-- Name: EXTENSION dblink; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION dblink IS 'connect to other PostgreSQL databases from within a database';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: pull_erp_orders(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.pull_erp_orders() RETURNS SETOF record
    LANGUAGE sql
    AS $$
  SELECT * FROM dblink('host=192.168.50.10 dbname=erp user=etl', 'SELECT id, total FROM orders') AS t(id integer, total numeric)
$$;


ALTER FUNCTION public.pull_erp_orders() OWNER TO postgres;

--
-- Name: push_warehouse(); Type: PROCEDURE; Schema: public; Owner: postgres
--

CREATE PROCEDURE public.push_warehouse()
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM dblink_connect('wh', 'postgresql://etl@warehouse.acme-data.net/dw');
  PERFORM dblink_exec('wh', 'REFRESH MATERIALIZED VIEW daily');
  PERFORM dblink_disconnect('wh');
END
$$;


ALTER PROCEDURE public.push_warehouse() OWNER TO postgres;

--
-- Name: search_path_reset(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.search_path_reset() RETURNS void
    LANGUAGE sql
    AS $$ SELECT pg_catalog.set_config('search_path', 'public', false); SELECT count(public.webhooks.id) FROM public.webhooks $$;


ALTER FUNCTION public.search_path_reset() OWNER TO postgres;

--
-- Name: legacy_fdw; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER legacy_fdw;


ALTER FOREIGN DATA WRAPPER legacy_fdw OWNER TO postgres;

--
-- Name: billing_link; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER billing_link FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'billing',
    host 'pg-primary.billing-prod.com',
    port '5432'
);


ALTER SERVER billing_link OWNER TO postgres;

--
-- Name: erp_link; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER erp_link FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'erp',
    host 'erp-db.corp',
    port '5432'
);


ALTER SERVER erp_link OWNER TO postgres;

--
-- Name: USER MAPPING postgres SERVER erp_link; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR postgres SERVER erp_link OPTIONS (
    password 'not-a-real-password',
    "user" 'erp_reader'
);


--
-- Name: ha_link; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER ha_link FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'ha',
    host '10.40.0.11,10.40.0.12'
);


ALTER SERVER ha_link OWNER TO postgres;

--
-- Name: legacy_link; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER legacy_link FOREIGN DATA WRAPPER legacy_fdw OPTIONS (
    endpoint 'https://legacy-api.acme-corp.net/v2'
);


ALTER SERVER legacy_link OWNER TO postgres;

--
-- Name: USER MAPPING postgres SERVER legacy_link; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR postgres SERVER legacy_link OPTIONS (
    hostaddr '172.16.8.20',
    login 'svc'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: db_nodes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.db_nodes (
    id integer NOT NULL,
    hostname text,
    addr inet,
    net cidr,
    version text,
    config jsonb
);


ALTER TABLE public.db_nodes OWNER TO postgres;

--
-- Name: legacy_items; Type: FOREIGN TABLE; Schema: public; Owner: postgres
--

CREATE FOREIGN TABLE public.legacy_items (
    sku text
)
SERVER legacy_link
OPTIONS (
    hostname 'items.lan',
    path '/items'
);


ALTER FOREIGN TABLE public.legacy_items OWNER TO postgres;

--
-- Name: remote_orders; Type: FOREIGN TABLE; Schema: public; Owner: postgres
--

CREATE FOREIGN TABLE public.remote_orders (
    id integer,
    total numeric
)
SERVER erp_link
OPTIONS (
    schema_name 'sales',
    table_name 'orders'
);


ALTER FOREIGN TABLE public.remote_orders OWNER TO postgres;

--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhooks (
    id integer NOT NULL,
    target_url text NOT NULL,
    callback_url text DEFAULT 'https://callbacks.acme-prod.com/hook'::text,
    note text
);


ALTER TABLE public.webhooks OWNER TO postgres;

--
-- Name: TABLE webhooks; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.webhooks IS 'Mirrors postgresql://mirror.internal/shop every night; see public.webhooks.id and report.pdf';


--
-- Name: COLUMN webhooks.target_url; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.webhooks.target_url IS 'Production receivers live behind https://gateway.acme-prod.com';


--
-- Name: webhook_links; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.webhook_links AS
 SELECT webhooks.id,
    ('http://reports.corp/webhooks/'::text || (webhooks.id)::text) AS link
   FROM public.webhooks;


ALTER TABLE public.webhook_links OWNER TO postgres;

--
-- Data for Name: db_nodes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (1, 'pg-1.internal', '10.1.2.3', '10.1.0.0/16', '15.4.0.1', '{"docs": "https://docs.example.com", "replicas": [{"host": "pg-2.internal", "port": 5432}]}');
INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (2, 'pgprimary', '192.168.7.7', '192.168.0.0/16', '1.2.3.4', '{"metrics": {"endpoint": "https://metrics.acme-prod.com/push"}, "replicas": []}');
INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (3, 'db.acme-prod.com', '8.8.4.4', '100.64.0.0/10', '16.0', '{"replicas": [{"host": "standby.acme-prod.com"}]}');
INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (4, 'localhost', '127.0.0.1', '192.0.2.0/24', '2.0', '{"replicas": [{"host": "db.test"}]}');
INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (5, 'replica.example.net', 'fe80::1', 'fd00:ab::/32', '3.0', NULL);
INSERT INTO public.db_nodes (id, hostname, addr, net, version, config) VALUES (6, 'db.invalid', '2001:db8::10', '203.0.113.0/24', '4.0', '{}');


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (1, 'https://hooks.acme-prod.com/orders/T0001', NULL, 'release 1.2.3.4 shipped');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (2, 'https://hooks.acme-prod.com/refunds', NULL, 'see index.html and main.go');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (3, 'https://hooks.example.com/test', 'https://cb.example.org/x', 'com.example.app handles it');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (4, 'http://10.0.3.7:8080/ingest', NULL, 'fallback: host=db-fallback.corp port=5432 dbname=shop');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (5, 'https://api.partner-payments.io/v1/notify?key=abc123', NULL, 'mail ops@acme-prod.com');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (6, 'http://intake.internal/queue', NULL, 'OID 1.2.840.113549.1.1.11, v2.10.3');
INSERT INTO public.webhooks (id, target_url, callback_url, note) VALUES (7, 'https://hooks.acme-prod.com/returns', NULL, NULL);


--
-- Name: db_nodes db_nodes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.db_nodes
    ADD CONSTRAINT db_nodes_pkey PRIMARY KEY (id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- Name: local_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION local_pub FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION local_pub OWNER TO postgres;

--
-- Name: audit_sub; Type: SUBSCRIPTION; Schema: -; Owner: postgres
--

CREATE SUBSCRIPTION audit_sub CONNECTION 'postgresql://repl@replica.acme-shop.com:5432/audit?sslmode=require' PUBLICATION audit_pub WITH (connect = false, slot_name = 'audit_sub');


ALTER SUBSCRIPTION audit_sub OWNER TO postgres;

--
-- Name: orders_sub; Type: SUBSCRIPTION; Schema: -; Owner: postgres
--

CREATE SUBSCRIPTION orders_sub CONNECTION 'host=10.20.0.15 port=5432 dbname=shop user=repl' PUBLICATION shop_pub WITH (connect = false, slot_name = 'orders_sub');


ALTER SUBSCRIPTION orders_sub OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict LNQo54CHgnchvEpmasatJQEbODM4FKSE9tQ4bzvzfkb84Kl5wJjWtUBXNaGBi3G

