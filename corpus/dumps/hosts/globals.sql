--
-- PostgreSQL database cluster dump
--

\restrict 65xOEjfumkrKo6cxlngPgp28yO6YvMZz6vNPOBciESz1VC2GWgL8inq2hflqAEl

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE etl_reader;
ALTER ROLE etl_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;

--
-- User Configurations
--

--
-- User Config "etl_reader"
--

ALTER ROLE etl_reader SET "app.warehouse_host" TO 'wh-1.corp';








\unrestrict 65xOEjfumkrKo6cxlngPgp28yO6YvMZz6vNPOBciESz1VC2GWgL8inq2hflqAEl

--
-- PostgreSQL database cluster dump complete
--

