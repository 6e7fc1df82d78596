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
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.rooms VALUES (1, '[2024-01-01,2025-01-01)', 'blue');


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.bookings VALUES (10, 1, '[2024-02-01,2024-02-03)');


--
-- Data for Name: measured; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.measured VALUES (1, 1, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO public.measured VALUES (2, 5, DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: measured_child; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: named_nn; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.named_nn VALUES (1, NULL, 'x', 'y');


--
-- Data for Name: transfers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.transfers VALUES (1, 42, -5);


--
-- PostgreSQL database dump complete
--


