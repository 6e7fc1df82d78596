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
-- Name: crm_lead; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.crm_lead (
    id integer NOT NULL,
    name character varying NOT NULL,
    partner_id integer,
    contact_name character varying,
    partner_name character varying,
    email_from character varying,
    phone character varying,
    mobile character varying,
    street character varying,
    city character varying,
    zip character varying,
    description text,
    expected_revenue numeric,
    type character varying NOT NULL
);


ALTER TABLE public.crm_lead OWNER TO postgres;

--
-- Name: crm_lead_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.crm_lead_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.crm_lead_id_seq OWNER TO postgres;

--
-- Name: crm_lead_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.crm_lead_id_seq OWNED BY public.crm_lead.id;


--
-- Name: fetchmail_server; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fetchmail_server (
    id integer NOT NULL,
    name character varying NOT NULL,
    active boolean,
    state character varying,
    server character varying,
    port integer,
    server_type character varying,
    is_ssl boolean,
    "user" character varying,
    password character varying,
    object_id integer
);


ALTER TABLE public.fetchmail_server OWNER TO postgres;

--
-- Name: fetchmail_server_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.fetchmail_server_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.fetchmail_server_id_seq OWNER TO postgres;

--
-- Name: fetchmail_server_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.fetchmail_server_id_seq OWNED BY public.fetchmail_server.id;


--
-- Name: ir_config_parameter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ir_config_parameter (
    id integer NOT NULL,
    key character varying NOT NULL,
    value text NOT NULL,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone
);


ALTER TABLE public.ir_config_parameter OWNER TO postgres;

--
-- Name: ir_config_parameter_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ir_config_parameter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.ir_config_parameter_id_seq OWNER TO postgres;

--
-- Name: ir_config_parameter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ir_config_parameter_id_seq OWNED BY public.ir_config_parameter.id;


--
-- Name: ir_mail_server; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ir_mail_server (
    id integer NOT NULL,
    name character varying NOT NULL,
    from_filter character varying,
    smtp_host character varying,
    smtp_port integer,
    smtp_authentication character varying,
    smtp_user character varying,
    smtp_pass character varying,
    smtp_encryption character varying,
    active boolean
);


ALTER TABLE public.ir_mail_server OWNER TO postgres;

--
-- Name: ir_mail_server_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ir_mail_server_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.ir_mail_server_id_seq OWNER TO postgres;

--
-- Name: ir_mail_server_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ir_mail_server_id_seq OWNED BY public.ir_mail_server.id;


--
-- Name: mail_mail; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mail_mail (
    id integer NOT NULL,
    mail_message_id integer NOT NULL,
    body_html text,
    email_to text,
    email_cc character varying,
    state character varying,
    failure_reason text,
    headers text
);


ALTER TABLE public.mail_mail OWNER TO postgres;

--
-- Name: mail_mail_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mail_mail_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.mail_mail_id_seq OWNER TO postgres;

--
-- Name: mail_mail_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mail_mail_id_seq OWNED BY public.mail_mail.id;


--
-- Name: mail_message; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mail_message (
    id integer NOT NULL,
    subject character varying,
    date timestamp without time zone,
    body text,
    model character varying,
    res_id integer,
    record_name character varying,
    message_type character varying NOT NULL,
    subtype_id integer,
    email_from character varying,
    author_id integer,
    reply_to character varying,
    message_id character varying,
    mail_server_id integer
);


ALTER TABLE public.mail_message OWNER TO postgres;

--
-- Name: mail_message_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mail_message_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.mail_message_id_seq OWNER TO postgres;

--
-- Name: mail_message_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mail_message_id_seq OWNED BY public.mail_message.id;


--
-- Name: payment_provider; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment_provider (
    id integer NOT NULL,
    name jsonb NOT NULL,
    code character varying NOT NULL,
    state character varying NOT NULL,
    company_id integer NOT NULL,
    stripe_publishable_key character varying,
    stripe_secret_key character varying,
    stripe_webhook_secret character varying,
    paypal_email_account character varying,
    paypal_pdt_token character varying
);


ALTER TABLE public.payment_provider OWNER TO postgres;

--
-- Name: payment_provider_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payment_provider_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.payment_provider_id_seq OWNER TO postgres;

--
-- Name: payment_provider_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payment_provider_id_seq OWNED BY public.payment_provider.id;


--
-- Name: res_company; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.res_company (
    id integer NOT NULL,
    name character varying NOT NULL,
    partner_id integer,
    currency_id integer,
    email character varying,
    phone character varying,
    company_registry character varying,
    vat character varying,
    street character varying,
    zip character varying,
    city character varying,
    report_footer jsonb
);


ALTER TABLE public.res_company OWNER TO postgres;

--
-- Name: res_company_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.res_company_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.res_company_id_seq OWNER TO postgres;

--
-- Name: res_company_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.res_company_id_seq OWNED BY public.res_company.id;


--
-- Name: res_partner; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.res_partner (
    id integer NOT NULL,
    name character varying,
    company_id integer,
    display_name character varying,
    ref character varying,
    lang character varying,
    tz character varying,
    vat character varying,
    website character varying,
    comment text,
    active boolean,
    type character varying,
    street character varying,
    street2 character varying,
    zip character varying,
    city character varying,
    country_id integer,
    email character varying,
    phone character varying,
    mobile character varying,
    is_company boolean,
    parent_id integer,
    function character varying,
    commercial_company_name character varying
);


ALTER TABLE public.res_partner OWNER TO postgres;

--
-- Name: res_partner_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.res_partner_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.res_partner_id_seq OWNER TO postgres;

--
-- Name: res_partner_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.res_partner_id_seq OWNED BY public.res_partner.id;


--
-- Name: res_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.res_users (
    id integer NOT NULL,
    active boolean,
    login character varying NOT NULL,
    password character varying,
    company_id integer NOT NULL,
    partner_id integer NOT NULL,
    create_date timestamp without time zone,
    signature jsonb,
    share boolean,
    totp_secret character varying,
    notification_type character varying
);


ALTER TABLE public.res_users OWNER TO postgres;

--
-- Name: res_users_apikeys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.res_users_apikeys (
    id integer NOT NULL,
    name character varying NOT NULL,
    user_id integer NOT NULL,
    scope character varying,
    index character varying(8),
    key character varying NOT NULL,
    create_date timestamp without time zone
);


ALTER TABLE public.res_users_apikeys OWNER TO postgres;

--
-- Name: res_users_apikeys_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.res_users_apikeys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.res_users_apikeys_id_seq OWNER TO postgres;

--
-- Name: res_users_apikeys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.res_users_apikeys_id_seq OWNED BY public.res_users_apikeys.id;


--
-- Name: res_users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.res_users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.res_users_id_seq OWNER TO postgres;

--
-- Name: res_users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.res_users_id_seq OWNED BY public.res_users.id;


--
-- Name: crm_lead id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.crm_lead ALTER COLUMN id SET DEFAULT nextval('public.crm_lead_id_seq'::regclass);


--
-- Name: fetchmail_server id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fetchmail_server ALTER COLUMN id SET DEFAULT nextval('public.fetchmail_server_id_seq'::regclass);


--
-- Name: ir_config_parameter id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ir_config_parameter ALTER COLUMN id SET DEFAULT nextval('public.ir_config_parameter_id_seq'::regclass);


--
-- Name: ir_mail_server id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ir_mail_server ALTER COLUMN id SET DEFAULT nextval('public.ir_mail_server_id_seq'::regclass);


--
-- Name: mail_mail id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mail_mail ALTER COLUMN id SET DEFAULT nextval('public.mail_mail_id_seq'::regclass);


--
-- Name: mail_message id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mail_message ALTER COLUMN id SET DEFAULT nextval('public.mail_message_id_seq'::regclass);


--
-- Name: payment_provider id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_provider ALTER COLUMN id SET DEFAULT nextval('public.payment_provider_id_seq'::regclass);


--
-- Name: res_company id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_company ALTER COLUMN id SET DEFAULT nextval('public.res_company_id_seq'::regclass);


--
-- Name: res_partner id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_partner ALTER COLUMN id SET DEFAULT nextval('public.res_partner_id_seq'::regclass);


--
-- Name: res_users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_users ALTER COLUMN id SET DEFAULT nextval('public.res_users_id_seq'::regclass);


--
-- Name: res_users_apikeys id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_users_apikeys ALTER COLUMN id SET DEFAULT nextval('public.res_users_apikeys_id_seq'::regclass);


--
-- Data for Name: crm_lead; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.crm_lead VALUES (1, 'Anfrage Esstisch 1', NULL, 'User701 Example', NULL, 'user701@example.com', '+1 555-0101', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (2, 'Anfrage Esstisch 2', NULL, 'User702 Example', NULL, 'user702@example.com', '+1 555-0102', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (3, 'Anfrage Esstisch 3', NULL, 'User703 Example', NULL, 'user703@example.com', '+1 555-0103', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (4, 'Anfrage Esstisch 4', NULL, 'User704 Example', NULL, 'user704@example.com', '+1 555-0104', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (5, 'Anfrage Esstisch 5', NULL, 'User705 Example', NULL, 'user705@example.com', '+1 555-0105', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (6, 'Anfrage Esstisch 6', NULL, 'User706 Example', NULL, 'user706@example.com', '+1 555-0106', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (7, 'Anfrage Esstisch 7', NULL, 'User707 Example', NULL, 'user707@example.com', '+1 555-0107', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (8, 'Anfrage Esstisch 8', NULL, 'User708 Example', NULL, 'user708@example.com', '+1 555-0108', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (9, 'Anfrage Esstisch 9', NULL, 'User709 Example', NULL, 'user709@example.com', '+1 555-0109', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (10, 'Anfrage Esstisch 10', NULL, 'User710 Example', NULL, 'user710@example.com', '+1 555-0110', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (11, 'Anfrage Esstisch 11', NULL, 'User711 Example', NULL, 'user711@example.com', '+1 555-0111', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (12, 'Anfrage Esstisch 12', NULL, 'User712 Example', NULL, 'user712@example.com', '+1 555-0112', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (13, 'Anfrage Esstisch 13', NULL, 'User713 Example', NULL, 'user713@example.com', '+1 555-0113', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (14, 'Anfrage Esstisch 14', NULL, 'User714 Example', NULL, 'user714@example.com', '+1 555-0114', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (15, 'Anfrage Esstisch 15', NULL, 'User715 Example', NULL, 'user715@example.com', '+1 555-0115', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (16, 'Anfrage Esstisch 16', NULL, 'User716 Example', NULL, 'user716@example.com', '+1 555-0116', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (17, 'Anfrage Esstisch 17', NULL, 'User717 Example', NULL, 'user717@example.com', '+1 555-0117', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (18, 'Anfrage Esstisch 18', NULL, 'User718 Example', NULL, 'user718@example.com', '+1 555-0118', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (19, 'Anfrage Esstisch 19', NULL, 'User719 Example', NULL, 'user719@example.com', '+1 555-0119', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (20, 'Anfrage Esstisch 20', NULL, 'User720 Example', NULL, 'user720@example.com', '+1 555-0120', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (21, 'Anfrage Esstisch 21', NULL, 'User721 Example', NULL, 'user721@example.com', '+1 555-0121', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (22, 'Anfrage Esstisch 22', NULL, 'User722 Example', NULL, 'user722@example.com', '+1 555-0122', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (23, 'Anfrage Esstisch 23', NULL, 'User723 Example', NULL, 'user723@example.com', '+1 555-0123', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (24, 'Anfrage Esstisch 24', NULL, 'User724 Example', NULL, 'user724@example.com', '+1 555-0124', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (25, 'Anfrage Esstisch 25', NULL, 'User725 Example', NULL, 'user725@example.com', '+1 555-0125', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (26, 'Anfrage Esstisch 26', NULL, 'User726 Example', NULL, 'user726@example.com', '+1 555-0126', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (27, 'Anfrage Esstisch 27', NULL, 'User727 Example', NULL, 'user727@example.com', '+1 555-0127', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (28, 'Anfrage Esstisch 28', NULL, 'User728 Example', NULL, 'user728@example.com', '+1 555-0128', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (29, 'Anfrage Esstisch 29', NULL, 'User729 Example', NULL, 'user729@example.com', '+1 555-0129', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');
INSERT INTO public.crm_lead VALUES (30, 'Anfrage Esstisch 30', NULL, 'User730 Example', NULL, 'user730@example.com', '+1 555-0130', NULL, 'Example Street 1', 'Example City', '0000', '<p>Website-Formular</p>', 2400, 'lead');


--
-- Data for Name: fetchmail_server; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.fetchmail_server VALUES (1, 'Vertrieb Postfach', true, 'done', 'imap.example.com', 993, 'imap', true, 'sales@example.com', '', 5);


--
-- Data for Name: ir_config_parameter; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ir_config_parameter VALUES (1, 'database.secret', '00000000-0000-0000-0000-000000000000', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (2, 'database.uuid', '9f298719-6b52-40d2-a96b-9c5ff31907b7', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (3, 'database.create_date', '2023-02-01 09:00:00', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (4, 'web.base.url', 'https://erp.example.com', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (5, 'web.base.url.freeze', 'True', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (6, 'mail.catchall.domain', 'example.com', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (7, 'mail.default.from', 'notifications', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (8, 'mail.bounce.alias', 'bounce', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (9, 'base_setup.default_user_rights', 'True', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (10, 'auth_signup.reset_password', 'True', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (11, 'google_recaptcha_private_key', '', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (12, 'crm.pls_fields', 'phone_state,email_state', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (13, 'sms.endpoint', 'https://iap-sms.odoo.com', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (14, 'iap.endpoint', 'https://iap.odoo.com', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (15, 'web_unsplash.access_key', 'False', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (16, 'base_geolocalize.google_map_api_key', '', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');
INSERT INTO public.ir_config_parameter VALUES (17, 'database.enterprise_code', 'False', 1, '2023-02-01 00:00:00', 1, '2023-02-01 00:00:00');


--
-- Data for Name: ir_mail_server; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ir_mail_server VALUES (1, 'Microsoft 365', 'example.com', 'smtp.example.com', 587, 'login', 'erp@example.com', 'dummy', 'starttls', true);


--
-- Data for Name: mail_mail; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.mail_mail VALUES (1, 3, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S03.</p><p>Mit freundlichen Grüßen<br>User503 Example</p>', 'user503@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+3@example.com","X-Odoo-Objects":"crm.lead-3"}');
INSERT INTO public.mail_mail VALUES (2, 6, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S06.</p><p>Mit freundlichen Grüßen<br>User506 Example</p>', 'user506@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+6@example.com","X-Odoo-Objects":"crm.lead-6"}');
INSERT INTO public.mail_mail VALUES (3, 9, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S09.</p><p>Mit freundlichen Grüßen<br>User509 Example</p>', 'user509@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+9@example.com","X-Odoo-Objects":"crm.lead-9"}');
INSERT INTO public.mail_mail VALUES (4, 12, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S012.</p><p>Mit freundlichen Grüßen<br>User512 Example</p>', 'user512@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+12@example.com","X-Odoo-Objects":"crm.lead-12"}');
INSERT INTO public.mail_mail VALUES (5, 15, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S015.</p><p>Mit freundlichen Grüßen<br>User515 Example</p>', 'user515@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+15@example.com","X-Odoo-Objects":"crm.lead-15"}');
INSERT INTO public.mail_mail VALUES (6, 18, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S018.</p><p>Mit freundlichen Grüßen<br>User518 Example</p>', 'user518@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+18@example.com","X-Odoo-Objects":"crm.lead-18"}');
INSERT INTO public.mail_mail VALUES (7, 21, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S021.</p><p>Mit freundlichen Grüßen<br>User521 Example</p>', 'user521@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+21@example.com","X-Odoo-Objects":"crm.lead-21"}');
INSERT INTO public.mail_mail VALUES (8, 24, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S024.</p><p>Mit freundlichen Grüßen<br>User524 Example</p>', 'user524@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+24@example.com","X-Odoo-Objects":"crm.lead-24"}');
INSERT INTO public.mail_mail VALUES (9, 27, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S027.</p><p>Mit freundlichen Grüßen<br>User527 Example</p>', 'user527@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+27@example.com","X-Odoo-Objects":"crm.lead-27"}');
INSERT INTO public.mail_mail VALUES (10, 30, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S030.</p><p>Mit freundlichen Grüßen<br>User530 Example</p>', 'user530@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+30@example.com","X-Odoo-Objects":"crm.lead-30"}');
INSERT INTO public.mail_mail VALUES (11, 33, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S033.</p><p>Mit freundlichen Grüßen<br>User533 Example</p>', 'user533@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+33@example.com","X-Odoo-Objects":"crm.lead-33"}');
INSERT INTO public.mail_mail VALUES (12, 36, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S036.</p><p>Mit freundlichen Grüßen<br>User536 Example</p>', 'user536@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+36@example.com","X-Odoo-Objects":"crm.lead-36"}');
INSERT INTO public.mail_mail VALUES (13, 39, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S039.</p><p>Mit freundlichen Grüßen<br>User539 Example</p>', 'user539@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+39@example.com","X-Odoo-Objects":"crm.lead-39"}');
INSERT INTO public.mail_mail VALUES (14, 42, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S042.</p><p>Mit freundlichen Grüßen<br>User542 Example</p>', 'user542@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+42@example.com","X-Odoo-Objects":"crm.lead-42"}');
INSERT INTO public.mail_mail VALUES (15, 45, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S045.</p><p>Mit freundlichen Grüßen<br>User545 Example</p>', 'user545@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+45@example.com","X-Odoo-Objects":"crm.lead-45"}');
INSERT INTO public.mail_mail VALUES (16, 48, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S048.</p><p>Mit freundlichen Grüßen<br>User548 Example</p>', 'user548@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+48@example.com","X-Odoo-Objects":"crm.lead-48"}');
INSERT INTO public.mail_mail VALUES (17, 51, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S051.</p><p>Mit freundlichen Grüßen<br>User551 Example</p>', 'user551@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+51@example.com","X-Odoo-Objects":"crm.lead-51"}');
INSERT INTO public.mail_mail VALUES (18, 54, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S054.</p><p>Mit freundlichen Grüßen<br>User554 Example</p>', 'user554@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+54@example.com","X-Odoo-Objects":"crm.lead-54"}');
INSERT INTO public.mail_mail VALUES (19, 57, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S057.</p><p>Mit freundlichen Grüßen<br>User557 Example</p>', 'user557@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+57@example.com","X-Odoo-Objects":"crm.lead-57"}');
INSERT INTO public.mail_mail VALUES (20, 60, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S060.</p><p>Mit freundlichen Grüßen<br>User560 Example</p>', 'user560@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+60@example.com","X-Odoo-Objects":"crm.lead-60"}');
INSERT INTO public.mail_mail VALUES (21, 63, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S063.</p><p>Mit freundlichen Grüßen<br>User563 Example</p>', 'user563@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+63@example.com","X-Odoo-Objects":"crm.lead-63"}');
INSERT INTO public.mail_mail VALUES (22, 66, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S066.</p><p>Mit freundlichen Grüßen<br>User566 Example</p>', 'user566@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+66@example.com","X-Odoo-Objects":"crm.lead-66"}');
INSERT INTO public.mail_mail VALUES (23, 69, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S069.</p><p>Mit freundlichen Grüßen<br>User569 Example</p>', 'user569@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+69@example.com","X-Odoo-Objects":"crm.lead-69"}');
INSERT INTO public.mail_mail VALUES (24, 72, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S072.</p><p>Mit freundlichen Grüßen<br>User572 Example</p>', 'user572@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+72@example.com","X-Odoo-Objects":"crm.lead-72"}');
INSERT INTO public.mail_mail VALUES (25, 75, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S075.</p><p>Mit freundlichen Grüßen<br>User575 Example</p>', 'user575@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+75@example.com","X-Odoo-Objects":"crm.lead-75"}');
INSERT INTO public.mail_mail VALUES (26, 78, '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S078.</p><p>Mit freundlichen Grüßen<br>User578 Example</p>', 'user578@example.com', NULL, 'sent', NULL, '{"Return-Path":"bounce+78@example.com","X-Odoo-Objects":"crm.lead-78"}');


--
-- Data for Name: mail_message; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.mail_message VALUES (1, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 1, 'Lead 1', 'notification', 1, '"User501 Example" <user501@example.com>', 2, 'sales@example.com', '<240515503865.9363787384.685736-openerp-1-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (2, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 2, 'Lead 2', 'notification', 1, '"User502 Example" <user502@example.com>', 3, 'sales@example.com', '<606382822112.8834174908.459871-openerp-2-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (3, 'Angebot S03', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S03.</p><p>Mit freundlichen Grüßen<br>User503 Example</p>', 'crm.lead', 3, 'Lead 3', 'email', 1, '"User503 Example" <user503@example.com>', 4, 'sales@example.com', '<318299084170.5384997354.198313-openerp-3-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (4, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 4, 'Lead 4', 'notification', 1, '"User504 Example" <user504@example.com>', 5, 'sales@example.com', '<875615940739.7221703395.477555-openerp-4-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (5, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 5, 'Lead 5', 'notification', 1, '"User505 Example" <user505@example.com>', 6, 'sales@example.com', '<820000960789.7047761092.164587-openerp-5-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (6, 'Angebot S06', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S06.</p><p>Mit freundlichen Grüßen<br>User506 Example</p>', 'crm.lead', 6, 'Lead 6', 'email', 1, '"User506 Example" <user506@example.com>', 7, 'sales@example.com', '<790720705376.1345797458.188690-openerp-6-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (7, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 7, 'Lead 7', 'notification', 1, '"User507 Example" <user507@example.com>', 8, 'sales@example.com', '<005776725359.6479804606.920646-openerp-7-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (8, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 8, 'Lead 8', 'notification', 1, '"User508 Example" <user508@example.com>', 9, 'sales@example.com', '<063498796966.7395753775.241920-openerp-8-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (9, 'Angebot S09', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S09.</p><p>Mit freundlichen Grüßen<br>User509 Example</p>', 'crm.lead', 9, 'Lead 9', 'email', 1, '"User509 Example" <user509@example.com>', 10, 'sales@example.com', '<786587275532.5828796053.509741-openerp-9-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (10, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 10, 'Lead 10', 'notification', 1, '"User510 Example" <user510@example.com>', 11, 'sales@example.com', '<559814960041.5483701241.331466-openerp-10-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (11, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 11, 'Lead 11', 'notification', 1, '"User511 Example" <user511@example.com>', 12, 'sales@example.com', '<310982510150.6581440632.771940-openerp-11-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (12, 'Angebot S012', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S012.</p><p>Mit freundlichen Grüßen<br>User512 Example</p>', 'crm.lead', 12, 'Lead 12', 'email', 1, '"User512 Example" <user512@example.com>', 13, 'sales@example.com', '<128218447088.5668051148.051604-openerp-12-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (13, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 13, 'Lead 13', 'notification', 1, '"User513 Example" <user513@example.com>', 14, 'sales@example.com', '<443312651127.1012980886.919682-openerp-13-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (14, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 14, 'Lead 14', 'notification', 1, '"User514 Example" <user514@example.com>', 15, 'sales@example.com', '<519452341417.3449478621.944510-openerp-14-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (15, 'Angebot S015', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S015.</p><p>Mit freundlichen Grüßen<br>User515 Example</p>', 'crm.lead', 15, 'Lead 15', 'email', 1, '"User515 Example" <user515@example.com>', 16, 'sales@example.com', '<011942239794.0060818273.799880-openerp-15-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (16, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 16, 'Lead 16', 'notification', 1, '"User516 Example" <user516@example.com>', 17, 'sales@example.com', '<772940310205.2990778180.449225-openerp-16-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (17, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 17, 'Lead 17', 'notification', 1, '"User517 Example" <user517@example.com>', 18, 'sales@example.com', '<924455466617.3563379460.873652-openerp-17-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (18, 'Angebot S018', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S018.</p><p>Mit freundlichen Grüßen<br>User518 Example</p>', 'crm.lead', 18, 'Lead 18', 'email', 1, '"User518 Example" <user518@example.com>', 19, 'sales@example.com', '<731652076179.1209615707.620241-openerp-18-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (19, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 19, 'Lead 19', 'notification', 1, '"User519 Example" <user519@example.com>', 20, 'sales@example.com', '<453518498570.2042057617.415144-openerp-19-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (20, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 20, 'Lead 20', 'notification', 1, '"User520 Example" <user520@example.com>', 21, 'sales@example.com', '<422148414725.3358844801.226529-openerp-20-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (21, 'Angebot S021', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S021.</p><p>Mit freundlichen Grüßen<br>User521 Example</p>', 'crm.lead', 21, 'Lead 21', 'email', 1, '"User521 Example" <user521@example.com>', 22, 'sales@example.com', '<989529098674.8425568214.896554-openerp-21-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (22, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 22, 'Lead 22', 'notification', 1, '"User522 Example" <user522@example.com>', 23, 'sales@example.com', '<360823569791.0213340591.680727-openerp-22-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (23, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 23, 'Lead 23', 'notification', 1, '"User523 Example" <user523@example.com>', 24, 'sales@example.com', '<349377584401.8890492706.100830-openerp-23-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (24, 'Angebot S024', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S024.</p><p>Mit freundlichen Grüßen<br>User524 Example</p>', 'crm.lead', 24, 'Lead 24', 'email', 1, '"User524 Example" <user524@example.com>', 25, 'sales@example.com', '<533145535203.4053532112.860460-openerp-24-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (25, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 25, 'Lead 25', 'notification', 1, '"User525 Example" <user525@example.com>', 26, 'sales@example.com', '<205227099713.6166322253.445982-openerp-25-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (26, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 26, 'Lead 26', 'notification', 1, '"User526 Example" <user526@example.com>', 27, 'sales@example.com', '<309213711707.5219579480.970249-openerp-26-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (27, 'Angebot S027', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S027.</p><p>Mit freundlichen Grüßen<br>User527 Example</p>', 'crm.lead', 27, 'Lead 27', 'email', 1, '"User527 Example" <user527@example.com>', 28, 'sales@example.com', '<907784203189.1023859519.368119-openerp-27-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (28, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 28, 'Lead 28', 'notification', 1, '"User528 Example" <user528@example.com>', 29, 'sales@example.com', '<054432728928.8657115101.876442-openerp-28-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (29, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 29, 'Lead 29', 'notification', 1, '"User529 Example" <user529@example.com>', 30, 'sales@example.com', '<531794515277.7410819627.639447-openerp-29-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (30, 'Angebot S030', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S030.</p><p>Mit freundlichen Grüßen<br>User530 Example</p>', 'crm.lead', 30, 'Lead 30', 'email', 1, '"User530 Example" <user530@example.com>', 31, 'sales@example.com', '<703240962986.0098105287.341368-openerp-30-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (31, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 31, 'Lead 31', 'notification', 1, '"User531 Example" <user531@example.com>', 32, 'sales@example.com', '<382725817097.5699819703.650510-openerp-31-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (32, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 32, 'Lead 32', 'notification', 1, '"User532 Example" <user532@example.com>', 33, 'sales@example.com', '<801978949313.4995479666.537311-openerp-32-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (33, 'Angebot S033', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S033.</p><p>Mit freundlichen Grüßen<br>User533 Example</p>', 'crm.lead', 33, 'Lead 33', 'email', 1, '"User533 Example" <user533@example.com>', 34, 'sales@example.com', '<992492049169.0318100470.552311-openerp-33-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (34, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 34, 'Lead 34', 'notification', 1, '"User534 Example" <user534@example.com>', 35, 'sales@example.com', '<940488371480.8463579734.208144-openerp-34-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (35, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 35, 'Lead 35', 'notification', 1, '"User535 Example" <user535@example.com>', 36, 'sales@example.com', '<786571553761.5682668086.315313-openerp-35-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (36, 'Angebot S036', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S036.</p><p>Mit freundlichen Grüßen<br>User536 Example</p>', 'crm.lead', 36, 'Lead 36', 'email', 1, '"User536 Example" <user536@example.com>', 37, 'sales@example.com', '<538997820921.5611199926.853325-openerp-36-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (37, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 37, 'Lead 37', 'notification', 1, '"User537 Example" <user537@example.com>', 38, 'sales@example.com', '<069453582684.0798219522.765266-openerp-37-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (38, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 38, 'Lead 38', 'notification', 1, '"User538 Example" <user538@example.com>', 39, 'sales@example.com', '<851912462551.1162281215.825179-openerp-38-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (39, 'Angebot S039', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S039.</p><p>Mit freundlichen Grüßen<br>User539 Example</p>', 'crm.lead', 39, 'Lead 39', 'email', 1, '"User539 Example" <user539@example.com>', 40, 'sales@example.com', '<615365243782.2423942502.661533-openerp-39-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (40, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 40, 'Lead 40', 'notification', 1, '"User540 Example" <user540@example.com>', 41, 'sales@example.com', '<933052441308.5679270927.949420-openerp-40-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (41, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 41, 'Lead 41', 'notification', 1, '"User541 Example" <user541@example.com>', 42, 'sales@example.com', '<131208609906.9558101863.642998-openerp-41-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (42, 'Angebot S042', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S042.</p><p>Mit freundlichen Grüßen<br>User542 Example</p>', 'crm.lead', 42, 'Lead 42', 'email', 1, '"User542 Example" <user542@example.com>', 43, 'sales@example.com', '<896209706240.7383549114.253451-openerp-42-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (43, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 43, 'Lead 43', 'notification', 1, '"User543 Example" <user543@example.com>', 44, 'sales@example.com', '<344468244329.2048676771.372083-openerp-43-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (44, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 44, 'Lead 44', 'notification', 1, '"User544 Example" <user544@example.com>', 45, 'sales@example.com', '<540664085825.3206695623.056175-openerp-44-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (45, 'Angebot S045', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S045.</p><p>Mit freundlichen Grüßen<br>User545 Example</p>', 'crm.lead', 45, 'Lead 45', 'email', 1, '"User545 Example" <user545@example.com>', 46, 'sales@example.com', '<011183615099.9902318222.821656-openerp-45-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (46, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 46, 'Lead 46', 'notification', 1, '"User546 Example" <user546@example.com>', 47, 'sales@example.com', '<256612530431.8106900477.490480-openerp-46-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (47, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 47, 'Lead 47', 'notification', 1, '"User547 Example" <user547@example.com>', 48, 'sales@example.com', '<529319693899.8058515775.290136-openerp-47-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (48, 'Angebot S048', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S048.</p><p>Mit freundlichen Grüßen<br>User548 Example</p>', 'crm.lead', 48, 'Lead 48', 'email', 1, '"User548 Example" <user548@example.com>', 49, 'sales@example.com', '<086929233448.5074154274.985635-openerp-48-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (49, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 49, 'Lead 49', 'notification', 1, '"User549 Example" <user549@example.com>', 50, 'sales@example.com', '<680743755696.6626623988.625468-openerp-49-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (50, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 50, 'Lead 50', 'notification', 1, '"User550 Example" <user550@example.com>', 51, 'sales@example.com', '<242732603732.6805003638.010770-openerp-50-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (51, 'Angebot S051', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S051.</p><p>Mit freundlichen Grüßen<br>User551 Example</p>', 'crm.lead', 51, 'Lead 51', 'email', 1, '"User551 Example" <user551@example.com>', 52, 'sales@example.com', '<065508681848.0812188856.852750-openerp-51-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (52, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 52, 'Lead 52', 'notification', 1, '"User552 Example" <user552@example.com>', 53, 'sales@example.com', '<962289378804.2170927914.954489-openerp-52-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (53, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 53, 'Lead 53', 'notification', 1, '"User553 Example" <user553@example.com>', 54, 'sales@example.com', '<360137315130.1504142927.324744-openerp-53-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (54, 'Angebot S054', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S054.</p><p>Mit freundlichen Grüßen<br>User554 Example</p>', 'crm.lead', 54, 'Lead 54', 'email', 1, '"User554 Example" <user554@example.com>', 55, 'sales@example.com', '<678279940092.8732669673.133099-openerp-54-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (55, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 55, 'Lead 55', 'notification', 1, '"User555 Example" <user555@example.com>', 56, 'sales@example.com', '<605685722778.1973198109.318905-openerp-55-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (56, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 56, 'Lead 56', 'notification', 1, '"User556 Example" <user556@example.com>', 57, 'sales@example.com', '<984053832089.5363259987.636265-openerp-56-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (57, 'Angebot S057', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S057.</p><p>Mit freundlichen Grüßen<br>User557 Example</p>', 'crm.lead', 57, 'Lead 57', 'email', 1, '"User557 Example" <user557@example.com>', 58, 'sales@example.com', '<636781096809.2272062209.972446-openerp-57-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (58, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 58, 'Lead 58', 'notification', 1, '"User558 Example" <user558@example.com>', 59, 'sales@example.com', '<188355065292.5755759895.804069-openerp-58-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (59, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 59, 'Lead 59', 'notification', 1, '"User559 Example" <user559@example.com>', 60, 'sales@example.com', '<114361069360.7721679980.356623-openerp-59-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (60, 'Angebot S060', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S060.</p><p>Mit freundlichen Grüßen<br>User560 Example</p>', 'crm.lead', 60, 'Lead 60', 'email', 1, '"User560 Example" <user560@example.com>', 1, 'sales@example.com', '<928461085106.1666233356.353737-openerp-60-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (61, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 61, 'Lead 61', 'notification', 1, '"User561 Example" <user561@example.com>', 2, 'sales@example.com', '<236562475316.6563718813.307169-openerp-61-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (62, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 62, 'Lead 62', 'notification', 1, '"User562 Example" <user562@example.com>', 3, 'sales@example.com', '<251584769948.1410758190.162890-openerp-62-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (63, 'Angebot S063', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S063.</p><p>Mit freundlichen Grüßen<br>User563 Example</p>', 'crm.lead', 63, 'Lead 63', 'email', 1, '"User563 Example" <user563@example.com>', 4, 'sales@example.com', '<318128182391.8735556473.541323-openerp-63-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (64, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 64, 'Lead 64', 'notification', 1, '"User564 Example" <user564@example.com>', 5, 'sales@example.com', '<699016151365.2022016134.337425-openerp-64-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (65, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 65, 'Lead 65', 'notification', 1, '"User565 Example" <user565@example.com>', 6, 'sales@example.com', '<157794007854.3436350506.232719-openerp-65-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (66, 'Angebot S066', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S066.</p><p>Mit freundlichen Grüßen<br>User566 Example</p>', 'crm.lead', 66, 'Lead 66', 'email', 1, '"User566 Example" <user566@example.com>', 7, 'sales@example.com', '<218237687721.8386911333.823332-openerp-66-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (67, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 67, 'Lead 67', 'notification', 1, '"User567 Example" <user567@example.com>', 8, 'sales@example.com', '<211144777185.4641203104.114500-openerp-67-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (68, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 68, 'Lead 68', 'notification', 1, '"User568 Example" <user568@example.com>', 9, 'sales@example.com', '<899530678576.8744220658.279139-openerp-68-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (69, 'Angebot S069', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S069.</p><p>Mit freundlichen Grüßen<br>User569 Example</p>', 'crm.lead', 69, 'Lead 69', 'email', 1, '"User569 Example" <user569@example.com>', 10, 'sales@example.com', '<723764455495.0958343746.504324-openerp-69-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (70, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 70, 'Lead 70', 'notification', 1, '"User570 Example" <user570@example.com>', 11, 'sales@example.com', '<884208992774.6904128829.757692-openerp-70-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (71, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 71, 'Lead 71', 'notification', 1, '"User571 Example" <user571@example.com>', 12, 'sales@example.com', '<189999566636.6821644565.388241-openerp-71-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (72, 'Angebot S072', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S072.</p><p>Mit freundlichen Grüßen<br>User572 Example</p>', 'crm.lead', 72, 'Lead 72', 'email', 1, '"User572 Example" <user572@example.com>', 13, 'sales@example.com', '<623950887337.2797010709.855444-openerp-72-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (73, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 73, 'Lead 73', 'notification', 1, '"User573 Example" <user573@example.com>', 14, 'sales@example.com', '<991278105738.1024496973.047911-openerp-73-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (74, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 74, 'Lead 74', 'notification', 1, '"User574 Example" <user574@example.com>', 15, 'sales@example.com', '<915697710484.9796926428.142271-openerp-74-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (75, 'Angebot S075', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S075.</p><p>Mit freundlichen Grüßen<br>User575 Example</p>', 'crm.lead', 75, 'Lead 75', 'email', 1, '"User575 Example" <user575@example.com>', 16, 'sales@example.com', '<709120816521.0160155583.202730-openerp-75-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (76, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 76, 'Lead 76', 'notification', 1, '"User576 Example" <user576@example.com>', 17, 'sales@example.com', '<498109630415.8016501306.627789-openerp-76-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (77, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 77, 'Lead 77', 'notification', 1, '"User577 Example" <user577@example.com>', 18, 'sales@example.com', '<368936585999.1571679081.255183-openerp-77-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (78, 'Angebot S078', '2024-03-01 10:00:00', '<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S078.</p><p>Mit freundlichen Grüßen<br>User578 Example</p>', 'crm.lead', 78, 'Lead 78', 'email', 1, '"User578 Example" <user578@example.com>', 19, 'sales@example.com', '<840567850734.3330412310.232155-openerp-78-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (79, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 79, 'Lead 79', 'notification', 1, '"User579 Example" <user579@example.com>', 20, 'sales@example.com', '<361403171330.2536902412.444461-openerp-79-crm.lead@localhost>', 1);
INSERT INTO public.mail_message VALUES (80, NULL, '2024-03-01 10:00:00', '<p>Stage changed: New → Qualified</p>', 'crm.lead', 80, 'Lead 80', 'notification', 1, '"User580 Example" <user580@example.com>', 21, 'sales@example.com', '<963903619362.8315336314.958334-openerp-80-crm.lead@localhost>', 1);


--
-- Data for Name: payment_provider; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.payment_provider VALUES (1, '{"en_US": "Stripe"}', 'stripe', 'enabled', 1, 'pk_live_EXAMPLE', NULL, NULL, NULL, NULL);
INSERT INTO public.payment_provider VALUES (2, '{"en_US": "PayPal"}', 'paypal', 'disabled', 1, NULL, NULL, NULL, 'payments@example.com', NULL);


--
-- Data for Name: res_company; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.res_company VALUES (1, 'Example Furniture GmbH', 1, 1, 'office@example.com', '+43 1 5550100', 'FN 123456a', 'ATU00000000', 'Example Street 1', '0000', 'Example City', '{"en_US": "<p>Example Furniture GmbH · Example Street 1 · +43 1 5550100</p>"}');


--
-- Data for Name: res_partner; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.res_partner VALUES (1, 'User1 Example', 1, 'User1 Example', 'K1001', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user1@example.com', '+1 555-0101', '+1 555-0101', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (2, 'User2 Example', 1, 'User2 Example', 'K1002', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user2@example.com', '+1 555-0102', '+1 555-0102', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (3, 'User3 Example', 1, 'User3 Example', 'K1003', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user3@example.com', '+1 555-0103', '+1 555-0103', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (4, 'User4 Example', 1, 'User4 Example', 'K1004', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user4@example.com', '+1 555-0104', '+1 555-0104', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (5, 'User5 Example', 1, 'User5 Example', 'K1005', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user5@example.com', '+1 555-0105', '+1 555-0105', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (6, 'Example Supplier 6 GmbH', 1, 'Example Supplier 6 GmbH', 'K1006', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user6@example.com', '+1 555-0106', NULL, true, NULL, NULL, 'Example Supplier 6 GmbH');
INSERT INTO public.res_partner VALUES (7, 'User7 Example', 1, 'User7 Example', 'K1007', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user7@example.com', '+1 555-0107', '+1 555-0107', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (8, 'User8 Example', 1, 'User8 Example', 'K1008', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user8@example.com', '+1 555-0108', '+1 555-0108', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (9, 'User9 Example', 1, 'User9 Example', 'K1009', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user9@example.com', '+1 555-0109', '+1 555-0109', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (10, 'User10 Example', 1, 'User10 Example', 'K1010', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user10@example.com', '+1 555-0110', '+1 555-0110', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (11, 'User11 Example', 1, 'User11 Example', 'K1011', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user11@example.com', '+1 555-0111', '+1 555-0111', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (12, 'Example Supplier 12 GmbH', 1, 'Example Supplier 12 GmbH', 'K1012', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user12@example.com', '+1 555-0112', NULL, true, NULL, NULL, 'Example Supplier 12 GmbH');
INSERT INTO public.res_partner VALUES (13, 'User13 Example', 1, 'User13 Example', 'K1013', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user13@example.com', '+1 555-0113', '+1 555-0113', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (14, 'User14 Example', 1, 'User14 Example', 'K1014', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user14@example.com', '+1 555-0114', '+1 555-0114', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (15, 'User15 Example', 1, 'User15 Example', 'K1015', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user15@example.com', '+1 555-0115', '+1 555-0115', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (16, 'User16 Example', 1, 'User16 Example', 'K1016', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user16@example.com', '+1 555-0116', '+1 555-0116', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (17, 'User17 Example', 1, 'User17 Example', 'K1017', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user17@example.com', '+1 555-0117', '+1 555-0117', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (18, 'Example Supplier 18 GmbH', 1, 'Example Supplier 18 GmbH', 'K1018', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user18@example.com', '+1 555-0118', NULL, true, NULL, NULL, 'Example Supplier 18 GmbH');
INSERT INTO public.res_partner VALUES (19, 'User19 Example', 1, 'User19 Example', 'K1019', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user19@example.com', '+1 555-0119', '+1 555-0119', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (20, 'User20 Example', 1, 'User20 Example', 'K1020', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user20@example.com', '+1 555-0120', '+1 555-0120', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (21, 'User21 Example', 1, 'User21 Example', 'K1021', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user21@example.com', '+1 555-0121', '+1 555-0121', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (22, 'User22 Example', 1, 'User22 Example', 'K1022', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user22@example.com', '+1 555-0122', '+1 555-0122', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (23, 'User23 Example', 1, 'User23 Example', 'K1023', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user23@example.com', '+1 555-0123', '+1 555-0123', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (24, 'Example Supplier 24 GmbH', 1, 'Example Supplier 24 GmbH', 'K1024', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user24@example.com', '+1 555-0124', NULL, true, NULL, NULL, 'Example Supplier 24 GmbH');
INSERT INTO public.res_partner VALUES (25, 'User25 Example', 1, 'User25 Example', 'K1025', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user25@example.com', '+1 555-0125', '+1 555-0125', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (26, 'User26 Example', 1, 'User26 Example', 'K1026', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user26@example.com', '+1 555-0126', '+1 555-0126', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (27, 'User27 Example', 1, 'User27 Example', 'K1027', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user27@example.com', '+1 555-0127', '+1 555-0127', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (28, 'User28 Example', 1, 'User28 Example', 'K1028', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user28@example.com', '+1 555-0128', '+1 555-0128', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (29, 'User29 Example', 1, 'User29 Example', 'K1029', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user29@example.com', '+1 555-0129', '+1 555-0129', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (30, 'Example Supplier 30 GmbH', 1, 'Example Supplier 30 GmbH', 'K1030', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user30@example.com', '+1 555-0130', NULL, true, NULL, NULL, 'Example Supplier 30 GmbH');
INSERT INTO public.res_partner VALUES (31, 'User31 Example', 1, 'User31 Example', 'K1031', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user31@example.com', '+1 555-0131', '+1 555-0131', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (32, 'User32 Example', 1, 'User32 Example', 'K1032', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user32@example.com', '+1 555-0132', '+1 555-0132', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (33, 'User33 Example', 1, 'User33 Example', 'K1033', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user33@example.com', '+1 555-0133', '+1 555-0133', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (34, 'User34 Example', 1, 'User34 Example', 'K1034', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user34@example.com', '+1 555-0134', '+1 555-0134', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (35, 'User35 Example', 1, 'User35 Example', 'K1035', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user35@example.com', '+1 555-0135', '+1 555-0135', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (36, 'Example Supplier 36 GmbH', 1, 'Example Supplier 36 GmbH', 'K1036', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user36@example.com', '+1 555-0136', NULL, true, NULL, NULL, 'Example Supplier 36 GmbH');
INSERT INTO public.res_partner VALUES (37, 'User37 Example', 1, 'User37 Example', 'K1037', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user37@example.com', '+1 555-0137', '+1 555-0137', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (38, 'User38 Example', 1, 'User38 Example', 'K1038', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user38@example.com', '+1 555-0138', '+1 555-0138', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (39, 'User39 Example', 1, 'User39 Example', 'K1039', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user39@example.com', '+1 555-0139', '+1 555-0139', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (40, 'User40 Example', 1, 'User40 Example', 'K1040', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user40@example.com', '+1 555-0140', '+1 555-0140', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (41, 'User41 Example', 1, 'User41 Example', 'K1041', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user41@example.com', '+1 555-0141', '+1 555-0141', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (42, 'Example Supplier 42 GmbH', 1, 'Example Supplier 42 GmbH', 'K1042', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user42@example.com', '+1 555-0142', NULL, true, NULL, NULL, 'Example Supplier 42 GmbH');
INSERT INTO public.res_partner VALUES (43, 'User43 Example', 1, 'User43 Example', 'K1043', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user43@example.com', '+1 555-0143', '+1 555-0143', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (44, 'User44 Example', 1, 'User44 Example', 'K1044', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user44@example.com', '+1 555-0144', '+1 555-0144', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (45, 'User45 Example', 1, 'User45 Example', 'K1045', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user45@example.com', '+1 555-0145', '+1 555-0145', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (46, 'User46 Example', 1, 'User46 Example', 'K1046', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user46@example.com', '+1 555-0146', '+1 555-0146', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (47, 'User47 Example', 1, 'User47 Example', 'K1047', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user47@example.com', '+1 555-0147', '+1 555-0147', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (48, 'Example Supplier 48 GmbH', 1, 'Example Supplier 48 GmbH', 'K1048', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user48@example.com', '+1 555-0148', NULL, true, NULL, NULL, 'Example Supplier 48 GmbH');
INSERT INTO public.res_partner VALUES (49, 'User49 Example', 1, 'User49 Example', 'K1049', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user49@example.com', '+1 555-0149', '+1 555-0149', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (50, 'User50 Example', 1, 'User50 Example', 'K1050', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user50@example.com', '+1 555-0150', '+1 555-0150', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (51, 'User51 Example', 1, 'User51 Example', 'K1051', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user51@example.com', '+1 555-0151', '+1 555-0151', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (52, 'User52 Example', 1, 'User52 Example', 'K1052', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user52@example.com', '+1 555-0152', '+1 555-0152', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (53, 'User53 Example', 1, 'User53 Example', 'K1053', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user53@example.com', '+1 555-0153', '+1 555-0153', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (54, 'Example Supplier 54 GmbH', 1, 'Example Supplier 54 GmbH', 'K1054', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user54@example.com', '+1 555-0154', NULL, true, NULL, NULL, 'Example Supplier 54 GmbH');
INSERT INTO public.res_partner VALUES (55, 'User55 Example', 1, 'User55 Example', 'K1055', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user55@example.com', '+1 555-0155', '+1 555-0155', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (56, 'User56 Example', 1, 'User56 Example', 'K1056', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user56@example.com', '+1 555-0156', '+1 555-0156', false, NULL, 'Einkauf', NULL);
INSERT INTO public.res_partner VALUES (57, 'User57 Example', 1, 'User57 Example', 'K1057', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user57@example.com', '+1 555-0157', '+1 555-0157', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (58, 'User58 Example', 1, 'User58 Example', 'K1058', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user58@example.com', '+1 555-0158', '+1 555-0158', false, NULL, 'Geschäftsführer', NULL);
INSERT INTO public.res_partner VALUES (59, 'User59 Example', 1, 'User59 Example', 'K1059', 'de_DE', 'Europe/Vienna', NULL, NULL, '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user59@example.com', '+1 555-0159', '+1 555-0159', false, NULL, 'Buchhaltung', NULL);
INSERT INTO public.res_partner VALUES (60, 'Example Supplier 60 GmbH', 1, 'Example Supplier 60 GmbH', 'K1060', 'de_DE', 'Europe/Vienna', 'ATU00000000', 'https://supplier.example.com', '<p><br></p>', true, 'contact', 'Example Street 1', NULL, '0000', 'Example City', 14, 'user60@example.com', '+1 555-0160', NULL, true, NULL, NULL, 'Example Supplier 60 GmbH');


--
-- Data for Name: res_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.res_users VALUES (1, true, 'user101@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 1, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User101 Example<br>Example Furniture GmbH<br>Tel. +1 555-0101</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (2, true, 'user102@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 2, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User102 Example<br>Example Furniture GmbH<br>Tel. +1 555-0102</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (3, true, 'user103@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 3, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User103 Example<br>Example Furniture GmbH<br>Tel. +1 555-0103</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (4, true, 'user104@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 4, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User104 Example<br>Example Furniture GmbH<br>Tel. +1 555-0104</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (5, true, 'user105@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 5, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User105 Example<br>Example Furniture GmbH<br>Tel. +1 555-0105</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (6, true, 'user106@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 6, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User106 Example<br>Example Furniture GmbH<br>Tel. +1 555-0106</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (7, true, 'user107@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 7, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User107 Example<br>Example Furniture GmbH<br>Tel. +1 555-0107</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (8, true, 'user108@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 8, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User108 Example<br>Example Furniture GmbH<br>Tel. +1 555-0108</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (9, true, 'user109@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 9, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User109 Example<br>Example Furniture GmbH<br>Tel. +1 555-0109</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (10, true, 'user110@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 10, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User110 Example<br>Example Furniture GmbH<br>Tel. +1 555-0110</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (11, true, 'user111@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 11, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User111 Example<br>Example Furniture GmbH<br>Tel. +1 555-0111</p>"}', false, NULL, 'email');
INSERT INTO public.res_users VALUES (12, true, 'user112@example.com', '$pbkdf2-sha512$600000$c2FsdHNhbHRzYWx0$REDACTED', 1, 12, '2023-02-01 00:00:00', '{"en_US": "<p>--<br>User112 Example<br>Example Furniture GmbH<br>Tel. +1 555-0112</p>"}', false, NULL, 'email');


--
-- Data for Name: res_users_apikeys; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.res_users_apikeys VALUES (1, 'n8n sync', 2, 'rpc', 'f5fb5948', '$pbkdf2-sha512$6000$l7.R9jAaxJVGzEl5bM.PyX$ZXJ0TvlH/4J3GCiebrqWjrxpOVzBTO4dp0sikUTS6E7dpDT17AkwkjKvUN.d2JzBeATFsC8R2Sst/x0z4NipYa', '2024-01-01 00:00:00');


--
-- Name: crm_lead_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.crm_lead_id_seq', 30, true);


--
-- Name: fetchmail_server_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.fetchmail_server_id_seq', 1, true);


--
-- Name: ir_config_parameter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ir_config_parameter_id_seq', 17, true);


--
-- Name: ir_mail_server_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ir_mail_server_id_seq', 1, true);


--
-- Name: mail_mail_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.mail_mail_id_seq', 26, true);


--
-- Name: mail_message_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.mail_message_id_seq', 80, true);


--
-- Name: payment_provider_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.payment_provider_id_seq', 2, true);


--
-- Name: res_company_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.res_company_id_seq', 1, true);


--
-- Name: res_partner_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.res_partner_id_seq', 60, true);


--
-- Name: res_users_apikeys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.res_users_apikeys_id_seq', 1, true);


--
-- Name: res_users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.res_users_id_seq', 12, true);


--
-- Name: crm_lead crm_lead_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.crm_lead
    ADD CONSTRAINT crm_lead_pkey PRIMARY KEY (id);


--
-- Name: fetchmail_server fetchmail_server_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fetchmail_server
    ADD CONSTRAINT fetchmail_server_pkey PRIMARY KEY (id);


--
-- Name: ir_config_parameter ir_config_parameter_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ir_config_parameter
    ADD CONSTRAINT ir_config_parameter_key_key UNIQUE (key);


--
-- Name: ir_config_parameter ir_config_parameter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ir_config_parameter
    ADD CONSTRAINT ir_config_parameter_pkey PRIMARY KEY (id);


--
-- Name: ir_mail_server ir_mail_server_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ir_mail_server
    ADD CONSTRAINT ir_mail_server_pkey PRIMARY KEY (id);


--
-- Name: mail_mail mail_mail_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mail_mail
    ADD CONSTRAINT mail_mail_pkey PRIMARY KEY (id);


--
-- Name: mail_message mail_message_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mail_message
    ADD CONSTRAINT mail_message_pkey PRIMARY KEY (id);


--
-- Name: payment_provider payment_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_provider
    ADD CONSTRAINT payment_provider_pkey PRIMARY KEY (id);


--
-- Name: res_company res_company_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_company
    ADD CONSTRAINT res_company_pkey PRIMARY KEY (id);


--
-- Name: res_partner res_partner_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_partner
    ADD CONSTRAINT res_partner_pkey PRIMARY KEY (id);


--
-- Name: res_users_apikeys res_users_apikeys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_users_apikeys
    ADD CONSTRAINT res_users_apikeys_pkey PRIMARY KEY (id);


--
-- Name: res_users res_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.res_users
    ADD CONSTRAINT res_users_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--


