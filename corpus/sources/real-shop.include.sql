-- Schema shared by real-shop-clean.sql and real-shop-dirty.sql: a CMS / e-commerce database the way
-- Magento, Sylius, Directus or a Rails shop stores it: translation keys, slugs, dashed setting names,
-- HTML descriptions with reference links and xmlns, path/value config, EAV attributes, webhooks,
-- customers with placeholder or real hashes, orders with microsecond timestamps and decimals.

CREATE TABLE public.translation (
    id integer PRIMARY KEY,
    locale character varying(8) NOT NULL,
    key character varying(255) NOT NULL,
    value text
);

CREATE TABLE public.menu (
    id integer PRIMARY KEY,
    menu_key character varying(64) NOT NULL,
    title text
);

CREATE TABLE public.product (
    id integer PRIMARY KEY,
    sku character varying(64) NOT NULL,
    slug character varying(255) NOT NULL,
    name text NOT NULL,
    description_html text,
    price numeric(12,2),
    tax_id integer,
    image_key character varying(255),
    created_at timestamp(6) without time zone
);

CREATE TABLE public.legal_page (
    id integer PRIMARY KEY,
    slug character varying(255) NOT NULL,
    body text
);

CREATE TABLE public.core_config_data (
    config_id integer PRIMARY KEY,
    scope character varying(8) NOT NULL,
    path character varying(255) NOT NULL,
    value text
);

CREATE TABLE public.shop_setting (
    name character varying(128) PRIMARY KEY,
    value text
);

CREATE TABLE public.eav_attribute_value (
    entity_id integer NOT NULL,
    attribute character varying(64) NOT NULL,
    value text
);

CREATE TABLE public.plugin (
    id integer PRIMARY KEY,
    plugin_key character varying(64) NOT NULL,
    config jsonb
);

CREATE TABLE public.webhook (
    id integer PRIMARY KEY,
    event character varying(64) NOT NULL,
    url text NOT NULL,
    secret text
);

CREATE TABLE public.customer_entity (
    id integer PRIMARY KEY,
    email text NOT NULL,
    firstname text,
    lastname text,
    password_hash text,
    rp_token text,
    created_at timestamp without time zone
);

CREATE TABLE public.sales_order (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES public.customer_entity (id),
    increment_id character varying(32),
    grand_total numeric(12,4),
    discount_rate numeric,
    tax_id integer,
    tracking_ref uuid,
    remote_ip character varying(45),
    created_at timestamp(6) without time zone
);

CREATE TABLE public.tax_rate (
    id integer PRIMARY KEY,
    code character varying(32) NOT NULL,
    rate numeric(8,4) NOT NULL
);
