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

--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: audit_sink; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: child_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.child_gen VALUES (10, 5, DEFAULT);


--
-- Data for Name: child_merge; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: collated; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: empty_table; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: events_login; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.events_login VALUES (1, 'login', '2024-02-01', 'none');


--
-- Data for Name: events_other; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.events_other VALUES (2, 'logout', '2024-02-02', 'none');


--
-- Data for Name: labelled; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.labelled VALUES (1, 'first');
INSERT INTO public.labelled VALUES (2, 'second');


--
-- Data for Name: measures; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.measures VALUES (1, 1, 'x1');
INSERT INTO public.measures VALUES (2, 2, 'x2');
INSERT INTO public.measures VALUES (3, 3, 'x3');
INSERT INTO public.measures VALUES (4, 4, 'x4');
INSERT INTO public.measures VALUES (5, 5, 'x5');
INSERT INTO public.measures VALUES (6, 6, 'x6');
INSERT INTO public.measures VALUES (7, 0, 'x7');
INSERT INTO public.measures VALUES (8, 1, 'x8');
INSERT INTO public.measures VALUES (9, 2, 'x9');
INSERT INTO public.measures VALUES (10, 3, 'x10');
INSERT INTO public.measures VALUES (11, 4, 'x11');
INSERT INTO public.measures VALUES (12, 5, 'x12');
INSERT INTO public.measures VALUES (13, 6, 'x13');
INSERT INTO public.measures VALUES (14, 0, 'x14');
INSERT INTO public.measures VALUES (15, 1, 'x15');
INSERT INTO public.measures VALUES (16, 2, 'x16');
INSERT INTO public.measures VALUES (17, 3, 'x17');
INSERT INTO public.measures VALUES (18, 4, 'x18');
INSERT INTO public.measures VALUES (19, 5, 'x19');
INSERT INTO public.measures VALUES (20, 6, 'x20');


--
-- Data for Name: on_torture_heap; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: parent_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: secured; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: secured_force_only; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: stamped; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: things; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.things VALUES (1, 'one');
INSERT INTO public.things VALUES (2, 'two');


--
-- Name: parent_gen_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.parent_gen_id_seq', 1, false);


--
-- Name: 424242..424243; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424242');
SELECT pg_catalog.lo_create('424243');

ALTER LARGE OBJECT 424242 OWNER TO postgres;
ALTER LARGE OBJECT 424243 OWNER TO postgres;

--
-- Name: LARGE OBJECT 424243; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 424243 IS 'empty blob';


--
-- Data for Name: 424242..424243; Type: BLOBS; Schema: -; Owner: postgres
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


