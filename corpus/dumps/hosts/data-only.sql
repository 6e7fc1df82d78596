--
-- PostgreSQL database dump
--

\restrict zocJfxpWYId5NIC8BQfGZmLK2AtYlMfsCv020YxNWNRgb4fOFcduNbo02A5MHPy

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
-- Data for Name: db_nodes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.db_nodes (id, hostname, addr, net, version, config) FROM stdin;
1	pg-1.internal	10.1.2.3	10.1.0.0/16	15.4.0.1	{"docs": "https://docs.example.com", "replicas": [{"host": "pg-2.internal", "port": 5432}]}
2	pgprimary	192.168.7.7	192.168.0.0/16	1.2.3.4	{"metrics": {"endpoint": "https://metrics.acme-prod.com/push"}, "replicas": []}
3	db.acme-prod.com	8.8.4.4	100.64.0.0/10	16.0	{"replicas": [{"host": "standby.acme-prod.com"}]}
4	localhost	127.0.0.1	192.0.2.0/24	2.0	{"replicas": [{"host": "db.test"}]}
5	replica.example.net	fe80::1	fd00:ab::/32	3.0	\N
6	db.invalid	2001:db8::10	203.0.113.0/24	4.0	{}
\.


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.webhooks (id, target_url, callback_url, note) FROM stdin;
1	https://hooks.acme-prod.com/orders/T0001	\N	release 1.2.3.4 shipped
2	https://hooks.acme-prod.com/refunds	\N	see index.html and main.go
3	https://hooks.example.com/test	https://cb.example.org/x	com.example.app handles it
4	http://10.0.3.7:8080/ingest	\N	fallback: host=db-fallback.corp port=5432 dbname=shop
5	https://api.partner-payments.io/v1/notify?key=abc123	\N	mail ops@acme-prod.com
6	http://intake.internal/queue	\N	OID 1.2.840.113549.1.1.11, v2.10.3
7	https://hooks.acme-prod.com/returns	\N	\N
\.


--
-- PostgreSQL database dump complete
--

\unrestrict zocJfxpWYId5NIC8BQfGZmLK2AtYlMfsCv020YxNWNRgb4fOFcduNbo02A5MHPy

