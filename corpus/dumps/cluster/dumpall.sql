--
-- PostgreSQL database cluster dump
--

\restrict tTd8ZsNJjs0qMv2fYc04fZgkB0QjraLASYQ0gP5fsQL2Kdw7uayy5c81kt8qP9N

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app_owner;
ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE CREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 10 PASSWORD 'SCRAM-SHA-256$4096:WKo17r6XM88ZoGdb573HaQ==$dUzf9DEAUXPwZSz0fdstcRjYW5gCaUC+Xu4s7xSPjvk=:+34ON+cFxwtbNLAsawWR89p6H/xA4hKWuUnXCkaRwSE=' VALID UNTIL '2030-01-01 00:00:00+00';
CREATE ROLE legacy_app;
ALTER ROLE legacy_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md55c5dada489249ef40b6cdcb41918fa3f';
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE readonly;
ALTER ROLE readonly WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE replicator;
ALTER ROLE replicator WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS;

--
-- User Configurations
--


--
-- Role memberships
--

GRANT readonly TO legacy_app GRANTED BY postgres;






\unrestrict tTd8ZsNJjs0qMv2fYc04fZgkB0QjraLASYQ0gP5fsQL2Kdw7uayy5c81kt8qP9N

--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

\restrict Tf8QXf5Efniv9ZFllYHeH7izmYz0a4rgXaAnnPY1xaVdIuVZBufsB4XNMvDbPDW

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
-- PostgreSQL database dump complete
--

\unrestrict Tf8QXf5Efniv9ZFllYHeH7izmYz0a4rgXaAnnPY1xaVdIuVZBufsB4XNMvDbPDW

--
-- Database "cluster" dump
--

--
-- PostgreSQL database dump
--

\restrict Pan8hOo9KSHWHng5nUBpISZVK9eabiWBgsoY281AEH1r1spQBjc9VbzEMeHjN41

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
-- Name: cluster; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE cluster WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE cluster OWNER TO postgres;

\unrestrict Pan8hOo9KSHWHng5nUBpISZVK9eabiWBgsoY281AEH1r1spQBjc9VbzEMeHjN41
\connect cluster
\restrict Pan8hOo9KSHWHng5nUBpISZVK9eabiWBgsoY281AEH1r1spQBjc9VbzEMeHjN41

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
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: reporting_db; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER reporting_db FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'reporting',
    host 'reporting.db.invalid',
    port '5432'
);


ALTER SERVER reporting_db OWNER TO postgres;

--
-- Name: USER MAPPING app_owner SERVER reporting_db; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR app_owner SERVER reporting_db OPTIONS (
    password 'corpus-fdw-password-3',
    "user" 'report_reader'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ledger; Type: TABLE; Schema: public; Owner: app_owner
--

CREATE TABLE public.ledger (
    id integer NOT NULL,
    amount numeric(12,2) NOT NULL
);


ALTER TABLE public.ledger OWNER TO app_owner;

--
-- Name: remote_totals; Type: FOREIGN TABLE; Schema: public; Owner: postgres
--

CREATE FOREIGN TABLE public.remote_totals (
    day date NOT NULL,
    total numeric(12,2)
)
SERVER reporting_db
OPTIONS (
    schema_name 'public',
    table_name 'daily_totals'
);


ALTER FOREIGN TABLE public.remote_totals OWNER TO postgres;

--
-- Data for Name: ledger; Type: TABLE DATA; Schema: public; Owner: app_owner
--

COPY public.ledger (id, amount) FROM stdin;
1	10.00
2	20.50
\.


--
-- Name: ledger ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: app_owner
--

ALTER TABLE ONLY public.ledger
    ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);


--
-- Name: ledger_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION ledger_pub WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION ledger_pub OWNER TO postgres;

--
-- Name: ledger_pub ledger; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION ledger_pub ADD TABLE ONLY public.ledger;


--
-- Name: ledger_sub; Type: SUBSCRIPTION; Schema: -; Owner: postgres
--

CREATE SUBSCRIPTION ledger_sub CONNECTION 'host=primary.db.invalid port=5432 dbname=ledger user=replicator password=corpus-sub-password-4' PUBLICATION ledger_pub WITH (connect = false, slot_name = NONE);


ALTER SUBSCRIPTION ledger_sub OWNER TO postgres;

--
-- Name: TABLE ledger; Type: ACL; Schema: public; Owner: app_owner
--

GRANT SELECT ON TABLE public.ledger TO readonly;


--
-- PostgreSQL database dump complete
--

\unrestrict Pan8hOo9KSHWHng5nUBpISZVK9eabiWBgsoY281AEH1r1spQBjc9VbzEMeHjN41

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict Gac46waCcXzzHcG460aQuKUuHlni4Zp6RglqSIoNLGI0e8IqjweibSQpVKXcy5g

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
-- PostgreSQL database dump complete
--

\unrestrict Gac46waCcXzzHcG460aQuKUuHlni4Zp6RglqSIoNLGI0e8IqjweibSQpVKXcy5g

--
-- PostgreSQL database cluster dump complete
--

