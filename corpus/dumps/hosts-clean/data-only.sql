--
-- PostgreSQL database dump
--

\restrict Y5BroBjXQDJNW0sn2wbz15mFKIEBUqnNChbrDczIIVl3aPWakIEmabZgqFzn6dE

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

COPY public.db_nodes (id, hostname, addr, net, version, package, config) FROM stdin;
1	pg-1.example.com	127.0.0.1	127.0.0.0/8	15.4.0.1	com.example.app	{"docs": "https://docs.example.com", "replicas": [{"host": "pg-2.test", "port": 5432}]}
2	localhost	192.0.2.7	192.0.2.0/24	1.2.3.4	org.example.tools	{"metrics": {"endpoint": "https://metrics.example.net/push"}, "replicas": []}
3	db.localhost	203.0.113.4	198.51.100.0/24	v2.10.3	net.example.lib	{"replicas": [{"host": "standby.invalid"}]}
4	replica.example	::1	2001:db8::/32	2.0	\N	\N
5	db.invalid	2001:db8::10	203.0.113.0/24	4.0	\N	{}
\.


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.webhooks (id, target_url, callback_url, download_url, note) FROM stdin;
1	https://hooks.example.com/orders	\N	report.pdf	release 1.2.3.4 shipped
2	https://hooks.example.com/refunds	\N	index.html	see index.html and main.go
3	https://hooks.example.com/test	https://cb.example.org/x	main.go	com.example.app handles it
4	http://198.51.100.7:8080/ingest	\N	\N	fallback: host=db-fallback.test port=5432 dbname=shop
5	https://api.payments.test/v1/notify?key=abc123	\N	\N	mail ops@example.com
6	http://intake.invalid/queue	\N	\N	OID 1.2.840.113549.1.1.11, v2.10.3, pi 3.14159, 1.000.000 rows
7	http://[::1]:9000/returns	\N	\N	schema.table and pg_catalog.pg_class are names
\.


--
-- PostgreSQL database dump complete
--

\unrestrict Y5BroBjXQDJNW0sn2wbz15mFKIEBUqnNChbrDczIIVl3aPWakIEmabZgqFzn6dE

