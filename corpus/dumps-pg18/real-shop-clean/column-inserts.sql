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
-- Data for Name: core_config_data; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (1, 'default', 'web/secure/base_url', 'https://shop.example.com/');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (2, 'default', 'web/unsecure/base_url', 'http://shop.example.com/');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (3, 'default', 'general/locale/code', 'de_DE');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (4, 'default', 'payment/stripe/secret_key', NULL);
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (5, 'default', 'carriers/ups/password', '******');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (6, 'default', 'carriers/ups/gateway_url', 'https://onlinetools.example.invalid/ups.app/xml/Rate');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (7, 'default', 'admin/security/session_lifetime', '900');
INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES (8, 'default', 'design/head/default_description', 'Outdoor clothing and cookware, shipped from Hamburg');


--
-- Data for Name: customer_entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES (1, 'customer1@example.com', 'Test', 'Customer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-01 12:00:00');
INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES (2, 'customer2@example.com', 'Test', 'Customer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-01 12:00:01');
INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES (3, 'customer3@example.net', 'Sample', 'Buyer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-02 08:30:00');
INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES (4, 'customer4@shop.test', 'Demo', 'Buyer', NULL, NULL, '2023-06-02 08:30:01');


--
-- Data for Name: eav_attribute_value; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.eav_attribute_value (entity_id, attribute, value) VALUES (1, 'color', 'navy');
INSERT INTO public.eav_attribute_value (entity_id, attribute, value) VALUES (1, 'material', 'merino');
INSERT INTO public.eav_attribute_value (entity_id, attribute, value) VALUES (2, 'diameter_cm', '26');
INSERT INTO public.eav_attribute_value (entity_id, attribute, value) VALUES (3, 'isbn', '978-1-7185-0310-6');


--
-- Data for Name: legal_page; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.legal_page (id, slug, body) VALUES (1, 'privacy-policy', '<h1>Privacy</h1><p>We process data under Art. 6(1)(b) GDPR (https://eur-lex.europa.eu/eli/reg/2016/679/oj). Complaints: https://www.bfdi.bund.de.</p>');
INSERT INTO public.legal_page (id, slug, body) VALUES (2, 'terms', '<p>These terms follow §§ 305 ff. BGB, see http://www.gesetze-im-internet.de/bgb/__305.html.</p>');


--
-- Data for Name: menu; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.menu (id, menu_key, title) VALUES (1, 'featured_menu_catalog', 'Featured');
INSERT INTO public.menu (id, menu_key, title) VALUES (2, 'main-navigation-desktop', 'Main');
INSERT INTO public.menu (id, menu_key, title) VALUES (3, 'footer_secondary_links_v2', 'Footer');


--
-- Data for Name: misc_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.misc_values (id, ean, tracking_number, coordinates, schedule, avatar, api_key_id, license_key_hash, stripe_price_id, allowed_ips, version, note) VALUES (1, '4006381333931', '1Z999AA10123456784', '48.8566, 2.3522', '0 */5 * * *', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', '0f8fad5b-d9cb-469f-a165-70867728950e', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'price_1MoBy5LkdIwHu7ixZhnattbh', '10.0.0.0/8, 192.168.0.0/16', '4.12.1.2', 'Order DE-2024-000123 shipped 31.12.2023 at 14:05, total 1,234.56 EUR, ISBN 978-3-16-148410-0, SIRET 732 829 320 00074');
INSERT INTO public.misc_values (id, ean, tracking_number, coordinates, schedule, avatar, api_key_id, license_key_hash, stripe_price_id, allowed_ips, version, note) VALUES (2, '5901234123457', '9400111899223344556677', '-33.8688, 151.2093', '@daily', NULL, '7c9e6679-7425-40de-944b-e07fc1f90ae7', NULL, 'price_1MoBy5LkdIwHu7ixZhnattbi', '::1', '2.0.0-rc.1', 'Timezone Europe/Berlin, locale de_DE, MIME application/json, see RFC 5322 section 3.4.1');


--
-- Data for Name: plugin; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.plugin (id, plugin_key, config) VALUES (1, 'paypal-express', '{"auth": "BAC", "mode": "sandbox", "client_id": "sandbox-client", "return_url": "https://shop.example.com/paypal/return", "client_secret": "REDACTED"}');
INSERT INTO public.plugin (id, plugin_key, config) VALUES (2, 'matomo', '{"site_id": 3, "token_auth": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tracker_url": "https://stats.example.invalid/matomo.php"}');


--
-- Data for Name: product; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.product (id, sku, slug, name, description_html, price, tax_id, image_key, created_at) VALUES (1, 'MW-TSHIRT-M', 'merino-wool-t-shirt-men', 'Merino wool T-shirt', '<p>Made of 100% <a href="https://en.wikipedia.org/wiki/Merino">merino wool</a>, certified to the <a href="https://responsiblewool.org/">Responsible Wool Standard</a>.</p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>', 59.90, 1, 'catalog/product/m/w/mw-tshirt-m_front.jpg', '2023-04-01 09:15:30.123456');
INSERT INTO public.product (id, sku, slug, name, description_html, price, tax_id, image_key, created_at) VALUES (2, 'CB-001', 'cast-iron-skillet-26cm', 'Cast iron skillet', '<div xmlns:v="http://rdf.data-vocabulary.org/#"><p>Pre-seasoned, see the care guide at https://www.lodgecastiron.com/cleaning-and-care and our FAQ.</p></div>', 39.00, 1, 'catalog/product/c/b/cb-001.jpg', '2023-04-02 10:00:00.5');
INSERT INTO public.product (id, sku, slug, name, description_html, price, tax_id, image_key, created_at) VALUES (3, 'BK-RUST', 'the-rust-programming-language-2nd-edition', 'The Rust Programming Language', '<p>ISBN 978-1-7185-0310-6. Errata: http://www.nostarch.com/rust-programming-language-2nd-edition</p>', 45.50, 2, 'catalog/product/b/k/bk-rust.jpg', '2023-05-11 14:22:01.000001');


--
-- Data for Name: sales_order; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES (1, 1, '000000001', 59.9000, 0.42857143, 1, 'f47ac10b-58cc-4372-a567-0e02b2c3d479', '192.0.2.10', '2023-06-01 12:05:01.996577');
INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES (2, 2, '000000002', 78.0000, 0.1, 1, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '198.51.100.23', '2023-06-01 12:06:43.100001');
INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES (3, 3, '000000003', 45.5000, 0, 2, '6ba7b811-9dad-11d1-80b4-00c04fd430c8', '2001:db8::1:5', '2023-06-02 08:35:12.000123');
INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES (4, 4, '000000004', 104.9000, 0.05263158, 3, NULL, NULL, '2007-01-29 00:58:02.996577');


--
-- Data for Name: shop_setting; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.shop_setting (name, value) VALUES ('redirect-all-requests-to-https', 'true');
INSERT INTO public.shop_setting (name, value) VALUES ('cookie-consent-banner', 'enabled');
INSERT INTO public.shop_setting (name, value) VALUES ('smtp-password', '');
INSERT INTO public.shop_setting (name, value) VALUES ('storefront-theme', 'acme-2024');
INSERT INTO public.shop_setting (name, value) VALUES ('order-number-prefix', 'DE-');


--
-- Data for Name: tax_rate; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.tax_rate (id, code, rate) VALUES (1, 'DE-19', 19.0000);
INSERT INTO public.tax_rate (id, code, rate) VALUES (2, 'DE-7', 7.0000);
INSERT INTO public.tax_rate (id, code, rate) VALUES (3, 'FR-20', 20.0000);


--
-- Data for Name: translation; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.translation (id, locale, key, value) VALUES (1, 'en', 'app.workflow.step.label', 'Step');
INSERT INTO public.translation (id, locale, key, value) VALUES (2, 'en', 'app.workflow.step.description', 'Describe what happens in this step');
INSERT INTO public.translation (id, locale, key, value) VALUES (3, 'de', 'app.workflow.step.label', 'Schritt');
INSERT INTO public.translation (id, locale, key, value) VALUES (4, 'en', 'checkout.payment.button_pay_now', 'Pay now');
INSERT INTO public.translation (id, locale, key, value) VALUES (5, 'en', 'sylius.ui.customer_account_verification_token_expired', 'Your verification link has expired');
INSERT INTO public.translation (id, locale, key, value) VALUES (6, 'fr', 'admin.settings.smtp_password_hint', 'Le mot de passe SMTP est stocké chiffré');
INSERT INTO public.translation (id, locale, key, value) VALUES (7, 'en', 'account.security.api_key_regenerate_confirm', 'Regenerate the API key?');
INSERT INTO public.translation (id, locale, key, value) VALUES (8, 'en', 'mail.footer.legal_html', 'Acme GmbH · <a href="https://www.acme-shop.de/impressum">Impressum</a>');


--
-- Data for Name: webhook; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.webhook (id, event, url, secret) VALUES (1, 'order.created', 'https://hooks.example.com/shop/orders', 'REDACTED');
INSERT INTO public.webhook (id, event, url, secret) VALUES (2, 'order.refunded', 'https://erp.example.invalid/api/refunds', NULL);


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


