--
-- PostgreSQL database dump
--

\restrict wscDKas0vdmSnhZ0ucxW8ozctFbOTKdlfNUpoloASamJE6TSuM9OfXbdUJRiW1T

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
-- Name: 424242; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424242');


ALTER LARGE OBJECT 424242 OWNER TO postgres;

--
-- Name: 424243; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424243');


ALTER LARGE OBJECT 424243 OWNER TO postgres;

--
-- Name: LARGE OBJECT 424243; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 424243 IS 'empty blob';


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_log (id, what) FROM stdin;
\.


--
-- Data for Name: audit_sink; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_sink (id, what) FROM stdin;
\.


--
-- Data for Name: child_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.child_gen (id, a) FROM stdin;
10	5
\.


--
-- Data for Name: child_merge; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.child_merge (id, a, extra) FROM stdin;
\.


--
-- Data for Name: collated; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.collated (a, b, c, d) FROM stdin;
\.


--
-- Data for Name: empty_table; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.empty_table (id, name) FROM stdin;
\.


--
-- Data for Name: events_login; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_login (id, kind, at, note) FROM stdin;
1	login	2024-02-01	none
\.


--
-- Data for Name: events_other; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_other (id, kind, at, note) FROM stdin;
2	logout	2024-02-02	none
\.


--
-- Data for Name: labelled; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.labelled (id, tag) FROM stdin;
1	first
2	second
\.


--
-- Data for Name: measures; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.measures (a, b, c) FROM stdin;
1	1	x1
2	2	x2
3	3	x3
4	4	x4
5	5	x5
6	6	x6
7	0	x7
8	1	x8
9	2	x9
10	3	x10
11	4	x11
12	5	x12
13	6	x13
14	0	x14
15	1	x15
16	2	x16
17	3	x17
18	4	x18
19	5	x19
20	6	x20
\.


--
-- Data for Name: on_torture_heap; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.on_torture_heap (id) FROM stdin;
\.


--
-- Data for Name: parent_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parent_gen (id, a) FROM stdin;
\.


--
-- Data for Name: secured; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.secured (id, owner_name) FROM stdin;
\.


--
-- Data for Name: secured_force_only; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.secured_force_only (id) FROM stdin;
\.


--
-- Data for Name: stamped; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.stamped (c, d, e, f, g) FROM stdin;
\.


--
-- Data for Name: things; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.things (key, label) FROM stdin;
1	one
2	two
\.


--
-- Name: parent_gen_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.parent_gen_id_seq', 1, false);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x64625f75726c3d706f7374677265733a2f2f61646d696e3a537570337253336372657450617373773072644064622e696e7465726e616c2e6578616d706c652e636f6d3a353433322f70726f640a6177735f7365637265745f6163636573735f6b65793d774a616c725855746e46454d492f4b374d44454e472f62507852666943594558414d504c454b4559');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424243', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- PostgreSQL database dump complete
--

\unrestrict wscDKas0vdmSnhZ0ucxW8ozctFbOTKdlfNUpoloASamJE6TSuM9OfXbdUJRiW1T

