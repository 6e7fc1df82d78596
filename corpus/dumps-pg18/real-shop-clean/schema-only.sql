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
-- Name: core_config_data; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.core_config_data (
    config_id integer NOT NULL,
    scope character varying(8) NOT NULL,
    path character varying(255) NOT NULL,
    value text
);


ALTER TABLE public.core_config_data OWNER TO postgres;

--
-- Name: customer_entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customer_entity (
    id integer NOT NULL,
    email text NOT NULL,
    firstname text,
    lastname text,
    password_hash text,
    rp_token text,
    created_at timestamp without time zone
);


ALTER TABLE public.customer_entity OWNER TO postgres;

--
-- Name: eav_attribute_value; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eav_attribute_value (
    entity_id integer NOT NULL,
    attribute character varying(64) NOT NULL,
    value text
);


ALTER TABLE public.eav_attribute_value OWNER TO postgres;

--
-- Name: legal_page; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.legal_page (
    id integer NOT NULL,
    slug character varying(255) NOT NULL,
    body text
);


ALTER TABLE public.legal_page OWNER TO postgres;

--
-- Name: menu; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.menu (
    id integer NOT NULL,
    menu_key character varying(64) NOT NULL,
    title text
);


ALTER TABLE public.menu OWNER TO postgres;

--
-- Name: misc_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.misc_values (
    id integer NOT NULL,
    ean character varying(13),
    tracking_number text,
    coordinates text,
    schedule text,
    avatar text,
    api_key_id uuid,
    license_key_hash text,
    stripe_price_id text,
    allowed_ips text,
    version text,
    note text
);


ALTER TABLE public.misc_values OWNER TO postgres;

--
-- Name: plugin; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plugin (
    id integer NOT NULL,
    plugin_key character varying(64) NOT NULL,
    config jsonb
);


ALTER TABLE public.plugin OWNER TO postgres;

--
-- Name: product; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.product (
    id integer NOT NULL,
    sku character varying(64) NOT NULL,
    slug character varying(255) NOT NULL,
    name text NOT NULL,
    description_html text,
    price numeric(12,2),
    tax_id integer,
    image_key character varying(255),
    created_at timestamp(6) without time zone
);


ALTER TABLE public.product OWNER TO postgres;

--
-- Name: sales_order; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sales_order (
    id integer NOT NULL,
    customer_id integer,
    increment_id character varying(32),
    grand_total numeric(12,4),
    discount_rate numeric,
    tax_id integer,
    tracking_ref uuid,
    remote_ip character varying(45),
    created_at timestamp(6) without time zone
);


ALTER TABLE public.sales_order OWNER TO postgres;

--
-- Name: shop_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.shop_setting (
    name character varying(128) NOT NULL,
    value text
);


ALTER TABLE public.shop_setting OWNER TO postgres;

--
-- Name: tax_rate; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tax_rate (
    id integer NOT NULL,
    code character varying(32) NOT NULL,
    rate numeric(8,4) NOT NULL
);


ALTER TABLE public.tax_rate OWNER TO postgres;

--
-- Name: translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.translation (
    id integer NOT NULL,
    locale character varying(8) NOT NULL,
    key character varying(255) NOT NULL,
    value text
);


ALTER TABLE public.translation OWNER TO postgres;

--
-- Name: webhook; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhook (
    id integer NOT NULL,
    event character varying(64) NOT NULL,
    url text NOT NULL,
    secret text
);


ALTER TABLE public.webhook OWNER TO postgres;

--
-- Name: core_config_data core_config_data_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.core_config_data
    ADD CONSTRAINT core_config_data_pkey PRIMARY KEY (config_id);


--
-- Name: customer_entity customer_entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer_entity
    ADD CONSTRAINT customer_entity_pkey PRIMARY KEY (id);


--
-- Name: legal_page legal_page_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.legal_page
    ADD CONSTRAINT legal_page_pkey PRIMARY KEY (id);


--
-- Name: menu menu_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu
    ADD CONSTRAINT menu_pkey PRIMARY KEY (id);


--
-- Name: misc_values misc_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.misc_values
    ADD CONSTRAINT misc_values_pkey PRIMARY KEY (id);


--
-- Name: plugin plugin_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plugin
    ADD CONSTRAINT plugin_pkey PRIMARY KEY (id);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);


--
-- Name: sales_order sales_order_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sales_order
    ADD CONSTRAINT sales_order_pkey PRIMARY KEY (id);


--
-- Name: shop_setting shop_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.shop_setting
    ADD CONSTRAINT shop_setting_pkey PRIMARY KEY (name);


--
-- Name: tax_rate tax_rate_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax_rate
    ADD CONSTRAINT tax_rate_pkey PRIMARY KEY (id);


--
-- Name: translation translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.translation
    ADD CONSTRAINT translation_pkey PRIMARY KEY (id);


--
-- Name: webhook webhook_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook
    ADD CONSTRAINT webhook_pkey PRIMARY KEY (id);


--
-- Name: sales_order sales_order_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sales_order
    ADD CONSTRAINT sales_order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer_entity(id);


--
-- PostgreSQL database dump complete
--


