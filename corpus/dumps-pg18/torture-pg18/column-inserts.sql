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
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    balance numeric NOT NULL
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bookings (
    booking_id integer,
    room_id integer,
    during daterange
);


ALTER TABLE public.bookings OWNER TO postgres;

--
-- Name: measured; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measured (
    id integer NOT NULL,
    a integer NOT NULL,
    doubled integer GENERATED ALWAYS AS ((a * 2)),
    tripled integer GENERATED ALWAYS AS ((a * 3)),
    stored integer GENERATED ALWAYS AS ((a * 4)) STORED
);


ALTER TABLE public.measured OWNER TO postgres;

--
-- Name: measured_child; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measured_child (
)
INHERITS (public.measured);


ALTER TABLE public.measured_child OWNER TO postgres;

--
-- Name: named_nn; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.named_nn (
    id integer CONSTRAINT named_nn_id_required NOT NULL,
    b text,
    c text CONSTRAINT named_nn_c_required NOT NULL,
    d text CONSTRAINT named_nn_d_here NOT NULL NO INHERIT
);


ALTER TABLE public.named_nn OWNER TO postgres;

--
-- Name: rooms; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rooms (
    room_id integer NOT NULL,
    valid_at daterange NOT NULL,
    name text
);


ALTER TABLE public.rooms OWNER TO postgres;

--
-- Name: transfers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.transfers (
    id integer NOT NULL,
    account_id integer,
    amount numeric
);


ALTER TABLE public.transfers OWNER TO postgres;

--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.bookings (booking_id, room_id, during) VALUES (10, 1, '[2024-02-01,2024-02-03)');


--
-- Data for Name: measured; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.measured (id, a) VALUES (1, 1);
INSERT INTO public.measured (id, a) VALUES (2, 5);


--
-- Data for Name: measured_child; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: named_nn; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.named_nn (id, b, c, d) VALUES (1, NULL, 'x', 'y');


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.rooms (room_id, valid_at, name) VALUES (1, '[2024-01-01,2025-01-01)', 'blue');


--
-- Data for Name: transfers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.transfers (id, account_id, amount) VALUES (1, 42, -5);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_unique; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_unique UNIQUE (booking_id, during WITHOUT OVERLAPS);


--
-- Name: measured measured_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measured
    ADD CONSTRAINT measured_pkey PRIMARY KEY (id);


--
-- Name: named_nn named_nn_b_later; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.named_nn
    ADD CONSTRAINT named_nn_b_later NOT NULL b NOT VALID;


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (room_id, valid_at WITHOUT OVERLAPS);


--
-- Name: transfers transfers_amount_positive; Type: CHECK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.transfers
    ADD CONSTRAINT transfers_amount_positive CHECK ((amount > (0)::numeric)) NOT ENFORCED;


--
-- Name: transfers transfers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transfers
    ADD CONSTRAINT transfers_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_room_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms(room_id, PERIOD valid_at);


--
-- Name: transfers transfers_account_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transfers
    ADD CONSTRAINT transfers_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT ENFORCED;


--
-- PostgreSQL database dump complete
--


