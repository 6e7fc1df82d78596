--
-- PostgreSQL database dump
--

\restrict pojTXIcpgCKI8LUboxOfIcp6hyc16xgoWvl0Ir4KcAxL5AtfL67UbTC0blIaC37

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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


ALTER TABLE public.crm_lead_id_seq OWNER TO postgres;

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


ALTER TABLE public.fetchmail_server_id_seq OWNER TO postgres;

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


ALTER TABLE public.ir_config_parameter_id_seq OWNER TO postgres;

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


ALTER TABLE public.ir_mail_server_id_seq OWNER TO postgres;

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


ALTER TABLE public.mail_mail_id_seq OWNER TO postgres;

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


ALTER TABLE public.mail_message_id_seq OWNER TO postgres;

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


ALTER TABLE public.payment_provider_id_seq OWNER TO postgres;

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


ALTER TABLE public.res_company_id_seq OWNER TO postgres;

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


ALTER TABLE public.res_partner_id_seq OWNER TO postgres;

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


ALTER TABLE public.res_users_apikeys_id_seq OWNER TO postgres;

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


ALTER TABLE public.res_users_id_seq OWNER TO postgres;

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

COPY public.crm_lead (id, name, partner_id, contact_name, partner_name, email_from, phone, mobile, street, city, zip, description, expected_revenue, type) FROM stdin;
1	Anfrage Esstisch 1	\N	Sophie Brown	\N	sophie.brown70@outlook.com	+1 (312) 948-6417	\N	Hauptplatz 1	Graz	8010	<p>Website-Formular</p>	2400	lead
2	Anfrage Esstisch 2	\N	Chiara Moreau	\N	chiara.moreau55@hotmail.com	+33 6 10 58 25 71	\N	Hauptplatz 2	Graz	8010	<p>Website-Formular</p>	2400	lead
3	Anfrage Esstisch 3	\N	Mia López	\N	mia.lopez41@outlook.com	030 41610172	\N	Hauptplatz 3	Graz	8010	<p>Website-Formular</p>	2400	lead
4	Anfrage Esstisch 4	\N	Thomas Johnson	\N	thomas.johnson22@yahoo.fr	+44 7562 525591	\N	Hauptplatz 4	Graz	8010	<p>Website-Formular</p>	2400	lead
5	Anfrage Esstisch 5	\N	Emily Hoffmann	\N	emily.hoffmann65@hotmail.com	+1 (312) 875-9153	\N	Hauptplatz 5	Graz	8010	<p>Kundin bittet um Rückruf unter +1 (415) 744-6039</p>	2400	lead
6	Anfrage Esstisch 6	\N	David Hoffmann	\N	david.hoffmann15@proton.me	030 28829019	\N	Hauptplatz 6	Graz	8010	<p>Website-Formular</p>	2400	lead
7	Anfrage Esstisch 7	\N	Chiara Anderson	\N	chiara.anderson4@gmx.de	+33 6 28 96 55 54	\N	Hauptplatz 7	Graz	8010	<p>Website-Formular</p>	2400	lead
8	Anfrage Esstisch 8	\N	Liam Müller	\N	liam.muller89@gmx.de	+44 7477 914147	\N	Hauptplatz 8	Graz	8010	<p>Website-Formular</p>	2400	lead
9	Anfrage Esstisch 9	\N	Camille Martínez	\N	camille.martinez56@proton.me	+33 6 75 99 16 31	\N	Hauptplatz 9	Graz	8010	<p>Website-Formular</p>	2400	lead
10	Anfrage Esstisch 10	\N	Thomas Weber	\N	thomas.weber67@outlook.com	+33 6 47 87 72 30	\N	Hauptplatz 10	Graz	8010	<p>Kundin bittet um Rückruf unter +49 157 24174593</p>	2400	lead
11	Anfrage Esstisch 11	\N	Jan Becker	\N	jan.becker74@web.de	+49 154 75163870	\N	Hauptplatz 11	Graz	8010	<p>Website-Formular</p>	2400	lead
12	Anfrage Esstisch 12	\N	Pierre Becker	\N	pierre.becker42@proton.me	+44 7848 228914	\N	Hauptplatz 12	Graz	8010	<p>Website-Formular</p>	2400	lead
13	Anfrage Esstisch 13	\N	David Novak	\N	david.novak23@web.de	030 67899816	\N	Hauptplatz 13	Graz	8010	<p>Website-Formular</p>	2400	lead
14	Anfrage Esstisch 14	\N	Anna García	\N	anna.garcia89@gmail.com	+1 (212) 789-8928	\N	Hauptplatz 14	Graz	8010	<p>Website-Formular</p>	2400	lead
15	Anfrage Esstisch 15	\N	Lukas Anderson	\N	lukas.anderson18@posteo.de	+1 (415) 308-8947	\N	Hauptplatz 15	Graz	8010	<p>Kundin bittet um Rückruf unter +49 156 29706340</p>	2400	lead
16	Anfrage Esstisch 16	\N	Camille Martínez	\N	camille.martinez30@posteo.de	+44 7917 163417	\N	Hauptplatz 16	Graz	8010	<p>Website-Formular</p>	2400	lead
17	Anfrage Esstisch 17	\N	Martin Weber	\N	martin.weber45@gmail.com	+33 6 48 68 75 46	\N	Hauptplatz 17	Graz	8010	<p>Website-Formular</p>	2400	lead
18	Anfrage Esstisch 18	\N	Mia Novak	\N	mia.novak53@gmail.com	030 99339562	\N	Hauptplatz 18	Graz	8010	<p>Website-Formular</p>	2400	lead
19	Anfrage Esstisch 19	\N	Chiara Novak	\N	chiara.novak15@posteo.de	+1 (415) 764-8393	\N	Hauptplatz 19	Graz	8010	<p>Website-Formular</p>	2400	lead
20	Anfrage Esstisch 20	\N	Mia Weber	\N	mia.weber79@gmail.com	+49 154 35525334	\N	Hauptplatz 20	Graz	8010	<p>Kundin bittet um Rückruf unter +33 6 74 27 68 88</p>	2400	lead
21	Anfrage Esstisch 21	\N	Lukas Bernard	\N	lukas.bernard60@outlook.com	+49 152 35310230	\N	Hauptplatz 21	Graz	8010	<p>Website-Formular</p>	2400	lead
22	Anfrage Esstisch 22	\N	Chiara Brown	\N	chiara.brown3@web.de	+1 (617) 252-4955	\N	Hauptplatz 22	Graz	8010	<p>Website-Formular</p>	2400	lead
23	Anfrage Esstisch 23	\N	Sarah Kowalski	\N	sarah.kowalski94@icloud.com	+33 6 45 83 62 37	\N	Hauptplatz 23	Graz	8010	<p>Website-Formular</p>	2400	lead
24	Anfrage Esstisch 24	\N	Laura Jensen	\N	laura.jensen73@posteo.de	030 30044192	\N	Hauptplatz 24	Graz	8010	<p>Website-Formular</p>	2400	lead
25	Anfrage Esstisch 25	\N	Sophie Becker	\N	sophie.becker77@hotmail.com	+49 156 87228181	\N	Hauptplatz 25	Graz	8010	<p>Kundin bittet um Rückruf unter +49 155 73086950</p>	2400	lead
26	Anfrage Esstisch 26	\N	Camille Müller	\N	camille.muller59@web.de	+44 7663 521437	\N	Hauptplatz 26	Graz	8010	<p>Website-Formular</p>	2400	lead
27	Anfrage Esstisch 27	\N	Camille Becker	\N	camille.becker40@gmx.de	+49 153 74046358	\N	Hauptplatz 27	Graz	8010	<p>Website-Formular</p>	2400	lead
28	Anfrage Esstisch 28	\N	Olivia Williams	\N	olivia.williams36@outlook.com	030 70976170	\N	Hauptplatz 28	Graz	8010	<p>Website-Formular</p>	2400	lead
29	Anfrage Esstisch 29	\N	Eva Hoffmann	\N	eva.hoffmann9@gmx.de	+49 156 78935315	\N	Hauptplatz 29	Graz	8010	<p>Website-Formular</p>	2400	lead
30	Anfrage Esstisch 30	\N	Eva Jensen	\N	eva.jensen62@web.de	+33 6 45 22 68 26	\N	Hauptplatz 30	Graz	8010	<p>Kundin bittet um Rückruf unter 030 60056037</p>	2400	lead
\.


--
-- Data for Name: fetchmail_server; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.fetchmail_server (id, name, active, state, server, port, server_type, is_ssl, "user", password, object_id) FROM stdin;
1	Vertrieb Postfach	t	done	imap.moebelwerk-haas.at	993	imap	t	vertrieb@moebelwerk-haas.at	c8cklvosFhlAvw	5
\.


--
-- Data for Name: ir_config_parameter; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ir_config_parameter (id, key, value, create_uid, create_date, write_uid, write_date) FROM stdin;
1	database.secret	9f298719-6b52-40d2-a96b-9c5ff31907b7	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
2	database.uuid	da09b3b6-6245-4ac0-a6f0-bbe7a43a3eb8	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
3	database.create_date	2023-02-01 09:00:00	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
4	web.base.url	https://erp.moebelwerk-haas.at	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
5	web.base.url.freeze	True	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
6	mail.catchall.domain	moebelwerk-haas.at	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
7	mail.default.from	notifications	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
8	mail.bounce.alias	bounce	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
9	base_setup.default_user_rights	True	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
10	auth_signup.reset_password	True	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
11	google_recaptcha_private_key	6LRBwPjBFFIC-qlnuDV-ir8V_uVkTgl7-R9jAaxJ	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
12	crm.pls_fields	phone_state,email_state	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
13	sms.endpoint	https://iap-sms.odoo.com	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
14	iap.endpoint	https://iap.odoo.com	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
15	web_unsplash.access_key	VGzEl5bM-PyXZXJ0TvlH_4J3GCiebrqWjrxpOVzBTO4	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
16	base_geolocalize.google_map_api_key	AIzadp0sikUTS6E7dpDT17AkwkjKvUN-d2JzBeA	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
17	database.enterprise_code	M306092826797888	1	2023-02-01 00:00:00	1	2023-02-01 00:00:00
\.


--
-- Data for Name: ir_mail_server; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ir_mail_server (id, name, from_filter, smtp_host, smtp_port, smtp_authentication, smtp_user, smtp_pass, smtp_encryption, active) FROM stdin;
1	Microsoft 365	moebelwerk-haas.at	smtp.office365.com	587	login	erp@moebelwerk-haas.at	HaasbTvOUwUyii!	starttls	t
\.


--
-- Data for Name: mail_mail; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mail_mail (id, mail_message_id, body_html, email_to, email_cc, state, failure_reason, headers) FROM stdin;
1	3	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S03.</p><p>Mit freundlichen Grüßen<br>Jan Nielsen</p>	jan.nielsen81@yahoo.fr	\N	sent	\N	{"Return-Path":"bounce+3@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-3"}
2	6	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S06.</p><p>Mit freundlichen Grüßen<br>Lena Rossi</p>	lena.rossi15@icloud.com	\N	sent	\N	{"Return-Path":"bounce+6@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-6"}
3	9	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S09.</p><p>Mit freundlichen Grüßen<br>Sarah Novak</p>	sarah.novak70@gmx.de	\N	sent	\N	{"Return-Path":"bounce+9@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-9"}
4	12	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S012.</p><p>Mit freundlichen Grüßen<br>Emily Johnson</p>	emily.johnson52@outlook.com	\N	sent	\N	{"Return-Path":"bounce+12@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-12"}
5	15	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S015.</p><p>Mit freundlichen Grüßen<br>Olivia Martínez</p>	olivia.martinez18@web.de	\N	sent	\N	{"Return-Path":"bounce+15@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-15"}
6	18	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S018.</p><p>Mit freundlichen Grüßen<br>Marco Lambert</p>	marco.lambert87@posteo.de	\N	sent	\N	{"Return-Path":"bounce+18@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-18"}
7	21	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S021.</p><p>Mit freundlichen Grüßen<br>Liam Moreau</p>	liam.moreau16@outlook.com	\N	sent	\N	{"Return-Path":"bounce+21@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-21"}
8	24	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S024.</p><p>Mit freundlichen Grüßen<br>Thomas Rossi</p>	thomas.rossi73@posteo.de	\N	sent	\N	{"Return-Path":"bounce+24@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-24"}
9	27	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S027.</p><p>Mit freundlichen Grüßen<br>Olivia Bernard</p>	olivia.bernard54@hotmail.com	\N	sent	\N	{"Return-Path":"bounce+27@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-27"}
10	30	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S030.</p><p>Mit freundlichen Grüßen<br>Sarah Fischer</p>	sarah.fischer20@yahoo.fr	\N	sent	\N	{"Return-Path":"bounce+30@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-30"}
11	33	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S033.</p><p>Mit freundlichen Grüßen<br>Emily Bernard</p>	emily.bernard24@gmx.de	\N	sent	\N	{"Return-Path":"bounce+33@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-33"}
12	36	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S036.</p><p>Mit freundlichen Grüßen<br>Emily Bernard</p>	emily.bernard64@hotmail.com	\N	sent	\N	{"Return-Path":"bounce+36@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-36"}
13	39	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S039.</p><p>Mit freundlichen Grüßen<br>Thomas Anderson</p>	thomas.anderson59@posteo.de	\N	sent	\N	{"Return-Path":"bounce+39@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-39"}
14	42	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S042.</p><p>Mit freundlichen Grüßen<br>Sarah Fischer</p>	sarah.fischer88@posteo.de	\N	sent	\N	{"Return-Path":"bounce+42@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-42"}
15	45	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S045.</p><p>Mit freundlichen Grüßen<br>Eva Brown</p>	eva.brown48@yahoo.fr	\N	sent	\N	{"Return-Path":"bounce+45@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-45"}
16	48	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S048.</p><p>Mit freundlichen Grüßen<br>Marco Brown</p>	marco.brown92@hotmail.com	\N	sent	\N	{"Return-Path":"bounce+48@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-48"}
17	51	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S051.</p><p>Mit freundlichen Grüßen<br>Martin Rossi</p>	martin.rossi58@gmx.de	\N	sent	\N	{"Return-Path":"bounce+51@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-51"}
18	54	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S054.</p><p>Mit freundlichen Grüßen<br>Emma Bernard</p>	emma.bernard62@icloud.com	\N	sent	\N	{"Return-Path":"bounce+54@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-54"}
19	57	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S057.</p><p>Mit freundlichen Grüßen<br>Marco Taylor</p>	marco.taylor17@hotmail.com	\N	sent	\N	{"Return-Path":"bounce+57@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-57"}
20	60	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S060.</p><p>Mit freundlichen Grüßen<br>Olivia Becker</p>	olivia.becker29@proton.me	\N	sent	\N	{"Return-Path":"bounce+60@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-60"}
21	63	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S063.</p><p>Mit freundlichen Grüßen<br>James Rossi</p>	james.rossi44@yahoo.fr	\N	sent	\N	{"Return-Path":"bounce+63@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-63"}
22	66	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S066.</p><p>Mit freundlichen Grüßen<br>Thomas Rossi</p>	thomas.rossi75@proton.me	\N	sent	\N	{"Return-Path":"bounce+66@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-66"}
23	69	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S069.</p><p>Mit freundlichen Grüßen<br>Anna García</p>	anna.garcia40@gmx.de	\N	sent	\N	{"Return-Path":"bounce+69@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-69"}
24	72	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S072.</p><p>Mit freundlichen Grüßen<br>Laura Novak</p>	laura.novak58@posteo.de	\N	sent	\N	{"Return-Path":"bounce+72@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-72"}
25	75	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S075.</p><p>Mit freundlichen Grüßen<br>Mia Becker</p>	mia.becker20@yahoo.fr	\N	sent	\N	{"Return-Path":"bounce+75@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-75"}
26	78	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S078.</p><p>Mit freundlichen Grüßen<br>Anna Weber</p>	anna.weber11@web.de	\N	sent	\N	{"Return-Path":"bounce+78@moebelwerk-haas.at","X-Odoo-Objects":"crm.lead-78"}
\.


--
-- Data for Name: mail_message; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mail_message (id, subject, date, body, model, res_id, record_name, message_type, subtype_id, email_from, author_id, reply_to, message_id, mail_server_id) FROM stdin;
1	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	1	Lead 1	notification	1	"Sophie Kowalski" <sophie.kowalski55@gmx.de>	2	vertrieb@moebelwerk-haas.at	<963629976320.4665365062.798599-openerp-1-crm.lead@erp-prod-01>	1
2	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	2	Lead 2	notification	1	"Maria Taylor" <maria.taylor38@yahoo.fr>	3	vertrieb@moebelwerk-haas.at	<516092382100.8637161127.210237-openerp-2-crm.lead@erp-prod-01>	1
3	Angebot S03	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S03.</p><p>Mit freundlichen Grüßen<br>Jan Nielsen</p>	crm.lead	3	Lead 3	email	1	"Jan Nielsen" <jan.nielsen81@yahoo.fr>	4	vertrieb@moebelwerk-haas.at	<166002043392.1298529060.951413-openerp-3-crm.lead@erp-prod-01>	1
4	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	4	Lead 4	notification	1	"Jonas Williams" <jonas.williams11@web.de>	5	vertrieb@moebelwerk-haas.at	<437930581555.2362468963.032335-openerp-4-crm.lead@erp-prod-01>	1
5	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	5	Lead 5	notification	1	"Eva Brown" <eva.brown42@gmx.de>	6	vertrieb@moebelwerk-haas.at	<601007448325.4981626401.258755-openerp-5-crm.lead@erp-prod-01>	1
6	Angebot S06	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S06.</p><p>Mit freundlichen Grüßen<br>Lena Rossi</p>	crm.lead	6	Lead 6	email	1	"Lena Rossi" <lena.rossi15@icloud.com>	7	vertrieb@moebelwerk-haas.at	<261338633072.5973126025.139352-openerp-6-crm.lead@erp-prod-01>	1
7	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	7	Lead 7	notification	1	"James Taylor" <james.taylor94@web.de>	8	vertrieb@moebelwerk-haas.at	<577003417480.7150526536.883418-openerp-7-crm.lead@erp-prod-01>	1
8	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	8	Lead 8	notification	1	"Marco Rossi" <marco.rossi33@outlook.com>	9	vertrieb@moebelwerk-haas.at	<104461074349.1015199299.959098-openerp-8-crm.lead@erp-prod-01>	1
9	Angebot S09	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S09.</p><p>Mit freundlichen Grüßen<br>Sarah Novak</p>	crm.lead	9	Lead 9	email	1	"Sarah Novak" <sarah.novak70@gmx.de>	10	vertrieb@moebelwerk-haas.at	<795267187614.6547001199.550362-openerp-9-crm.lead@erp-prod-01>	1
10	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	10	Lead 10	notification	1	"Lucas Novak" <lucas.novak56@yahoo.fr>	11	vertrieb@moebelwerk-haas.at	<049697156151.9397651854.313356-openerp-10-crm.lead@erp-prod-01>	1
11	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	11	Lead 11	notification	1	"David Schmidt" <david.schmidt57@icloud.com>	12	vertrieb@moebelwerk-haas.at	<055450120828.5624039915.988014-openerp-11-crm.lead@erp-prod-01>	1
12	Angebot S012	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S012.</p><p>Mit freundlichen Grüßen<br>Emily Johnson</p>	crm.lead	12	Lead 12	email	1	"Emily Johnson" <emily.johnson52@outlook.com>	13	vertrieb@moebelwerk-haas.at	<987400023176.9707196894.256031-openerp-12-crm.lead@erp-prod-01>	1
13	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	13	Lead 13	notification	1	"Jonas Rossi" <jonas.rossi23@outlook.com>	14	vertrieb@moebelwerk-haas.at	<217242463864.5175699579.402562-openerp-13-crm.lead@erp-prod-01>	1
14	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	14	Lead 14	notification	1	"Mia Fischer" <mia.fischer45@web.de>	15	vertrieb@moebelwerk-haas.at	<328568926924.2207241026.768222-openerp-14-crm.lead@erp-prod-01>	1
15	Angebot S015	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S015.</p><p>Mit freundlichen Grüßen<br>Olivia Martínez</p>	crm.lead	15	Lead 15	email	1	"Olivia Martínez" <olivia.martinez18@web.de>	16	vertrieb@moebelwerk-haas.at	<643645330953.4069211667.074518-openerp-15-crm.lead@erp-prod-01>	1
16	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	16	Lead 16	notification	1	"Laura López" <laura.lopez83@proton.me>	17	vertrieb@moebelwerk-haas.at	<033654605705.7434833142.683883-openerp-16-crm.lead@erp-prod-01>	1
17	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	17	Lead 17	notification	1	"Jonas Hoffmann" <jonas.hoffmann86@proton.me>	18	vertrieb@moebelwerk-haas.at	<689450865558.5095237569.146570-openerp-17-crm.lead@erp-prod-01>	1
18	Angebot S018	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S018.</p><p>Mit freundlichen Grüßen<br>Marco Lambert</p>	crm.lead	18	Lead 18	email	1	"Marco Lambert" <marco.lambert87@posteo.de>	19	vertrieb@moebelwerk-haas.at	<596663384608.1004532441.004539-openerp-18-crm.lead@erp-prod-01>	1
19	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	19	Lead 19	notification	1	"Emily Novak" <emily.novak40@web.de>	20	vertrieb@moebelwerk-haas.at	<397192282371.5655961234.811288-openerp-19-crm.lead@erp-prod-01>	1
20	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	20	Lead 20	notification	1	"Lucia Taylor" <lucia.taylor18@outlook.com>	21	vertrieb@moebelwerk-haas.at	<767207530884.0872393747.076678-openerp-20-crm.lead@erp-prod-01>	1
21	Angebot S021	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S021.</p><p>Mit freundlichen Grüßen<br>Liam Moreau</p>	crm.lead	21	Lead 21	email	1	"Liam Moreau" <liam.moreau16@outlook.com>	22	vertrieb@moebelwerk-haas.at	<404831055500.3142498515.073562-openerp-21-crm.lead@erp-prod-01>	1
22	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	22	Lead 22	notification	1	"James Schmidt" <james.schmidt86@gmx.de>	23	vertrieb@moebelwerk-haas.at	<689630855769.4609958237.265161-openerp-22-crm.lead@erp-prod-01>	1
23	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	23	Lead 23	notification	1	"Anna Becker" <anna.becker9@yahoo.fr>	24	vertrieb@moebelwerk-haas.at	<902708087292.5030003887.933344-openerp-23-crm.lead@erp-prod-01>	1
24	Angebot S024	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S024.</p><p>Mit freundlichen Grüßen<br>Thomas Rossi</p>	crm.lead	24	Lead 24	email	1	"Thomas Rossi" <thomas.rossi73@posteo.de>	25	vertrieb@moebelwerk-haas.at	<482239793396.8637115705.423633-openerp-24-crm.lead@erp-prod-01>	1
25	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	25	Lead 25	notification	1	"James Anderson" <james.anderson11@icloud.com>	26	vertrieb@moebelwerk-haas.at	<692033374224.0015957471.950931-openerp-25-crm.lead@erp-prod-01>	1
26	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	26	Lead 26	notification	1	"Carlos Brown" <carlos.brown68@outlook.com>	27	vertrieb@moebelwerk-haas.at	<014509245875.9482792778.367167-openerp-26-crm.lead@erp-prod-01>	1
27	Angebot S027	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S027.</p><p>Mit freundlichen Grüßen<br>Olivia Bernard</p>	crm.lead	27	Lead 27	email	1	"Olivia Bernard" <olivia.bernard54@hotmail.com>	28	vertrieb@moebelwerk-haas.at	<826831363104.9845905120.611875-openerp-27-crm.lead@erp-prod-01>	1
28	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	28	Lead 28	notification	1	"Maria Müller" <maria.muller53@web.de>	29	vertrieb@moebelwerk-haas.at	<164868260010.3962095260.150340-openerp-28-crm.lead@erp-prod-01>	1
29	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	29	Lead 29	notification	1	"Julia Becker" <julia.becker83@hotmail.com>	30	vertrieb@moebelwerk-haas.at	<973091798862.5866260851.280717-openerp-29-crm.lead@erp-prod-01>	1
30	Angebot S030	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S030.</p><p>Mit freundlichen Grüßen<br>Sarah Fischer</p>	crm.lead	30	Lead 30	email	1	"Sarah Fischer" <sarah.fischer20@yahoo.fr>	31	vertrieb@moebelwerk-haas.at	<195150541314.1016138583.264687-openerp-30-crm.lead@erp-prod-01>	1
31	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	31	Lead 31	notification	1	"Laura Martínez" <laura.martinez78@outlook.com>	32	vertrieb@moebelwerk-haas.at	<377639306906.1152740826.711638-openerp-31-crm.lead@erp-prod-01>	1
32	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	32	Lead 32	notification	1	"Lena Nielsen" <lena.nielsen51@yahoo.fr>	33	vertrieb@moebelwerk-haas.at	<902243618617.6635605104.121363-openerp-32-crm.lead@erp-prod-01>	1
33	Angebot S033	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S033.</p><p>Mit freundlichen Grüßen<br>Emily Bernard</p>	crm.lead	33	Lead 33	email	1	"Emily Bernard" <emily.bernard24@gmx.de>	34	vertrieb@moebelwerk-haas.at	<682919916183.2516954165.285360-openerp-33-crm.lead@erp-prod-01>	1
34	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	34	Lead 34	notification	1	"David Taylor" <david.taylor8@posteo.de>	35	vertrieb@moebelwerk-haas.at	<309473189838.1433147396.753997-openerp-34-crm.lead@erp-prod-01>	1
35	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	35	Lead 35	notification	1	"Lucia Becker" <lucia.becker68@yahoo.fr>	36	vertrieb@moebelwerk-haas.at	<227616767395.1557655652.180898-openerp-35-crm.lead@erp-prod-01>	1
36	Angebot S036	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S036.</p><p>Mit freundlichen Grüßen<br>Emily Bernard</p>	crm.lead	36	Lead 36	email	1	"Emily Bernard" <emily.bernard64@hotmail.com>	37	vertrieb@moebelwerk-haas.at	<621882675346.6333172426.732386-openerp-36-crm.lead@erp-prod-01>	1
37	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	37	Lead 37	notification	1	"Lukas Fischer" <lukas.fischer23@web.de>	38	vertrieb@moebelwerk-haas.at	<666402389480.3947250291.900216-openerp-37-crm.lead@erp-prod-01>	1
38	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	38	Lead 38	notification	1	"Camille Richter" <camille.richter42@hotmail.com>	39	vertrieb@moebelwerk-haas.at	<802794580311.2768816611.695216-openerp-38-crm.lead@erp-prod-01>	1
39	Angebot S039	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S039.</p><p>Mit freundlichen Grüßen<br>Thomas Anderson</p>	crm.lead	39	Lead 39	email	1	"Thomas Anderson" <thomas.anderson59@posteo.de>	40	vertrieb@moebelwerk-haas.at	<053486176845.4863820941.582891-openerp-39-crm.lead@erp-prod-01>	1
40	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	40	Lead 40	notification	1	"Lucas Johnson" <lucas.johnson1@icloud.com>	41	vertrieb@moebelwerk-haas.at	<066771097941.3515391626.705979-openerp-40-crm.lead@erp-prod-01>	1
41	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	41	Lead 41	notification	1	"Olivia Kowalski" <olivia.kowalski85@hotmail.com>	42	vertrieb@moebelwerk-haas.at	<291925103970.8742784307.957767-openerp-41-crm.lead@erp-prod-01>	1
42	Angebot S042	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S042.</p><p>Mit freundlichen Grüßen<br>Sarah Fischer</p>	crm.lead	42	Lead 42	email	1	"Sarah Fischer" <sarah.fischer88@posteo.de>	43	vertrieb@moebelwerk-haas.at	<102668697187.3834393369.023670-openerp-42-crm.lead@erp-prod-01>	1
43	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	43	Lead 43	notification	1	"James Taylor" <james.taylor58@proton.me>	44	vertrieb@moebelwerk-haas.at	<972257248457.5672881487.990733-openerp-43-crm.lead@erp-prod-01>	1
44	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	44	Lead 44	notification	1	"Daniel Richter" <daniel.richter78@posteo.de>	45	vertrieb@moebelwerk-haas.at	<028436199066.9916208376.577375-openerp-44-crm.lead@erp-prod-01>	1
45	Angebot S045	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S045.</p><p>Mit freundlichen Grüßen<br>Eva Brown</p>	crm.lead	45	Lead 45	email	1	"Eva Brown" <eva.brown48@yahoo.fr>	46	vertrieb@moebelwerk-haas.at	<380403179775.6530265300.722623-openerp-45-crm.lead@erp-prod-01>	1
46	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	46	Lead 46	notification	1	"Emma Johnson" <emma.johnson51@gmx.de>	47	vertrieb@moebelwerk-haas.at	<254741921085.3802982453.594107-openerp-46-crm.lead@erp-prod-01>	1
47	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	47	Lead 47	notification	1	"Lukas Schmidt" <lukas.schmidt84@posteo.de>	48	vertrieb@moebelwerk-haas.at	<272473073297.7648458674.755456-openerp-47-crm.lead@erp-prod-01>	1
48	Angebot S048	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S048.</p><p>Mit freundlichen Grüßen<br>Marco Brown</p>	crm.lead	48	Lead 48	email	1	"Marco Brown" <marco.brown92@hotmail.com>	49	vertrieb@moebelwerk-haas.at	<011303939553.0164650311.864125-openerp-48-crm.lead@erp-prod-01>	1
49	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	49	Lead 49	notification	1	"Mia Anderson" <mia.anderson9@yahoo.fr>	50	vertrieb@moebelwerk-haas.at	<577019273878.9538685510.002342-openerp-49-crm.lead@erp-prod-01>	1
50	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	50	Lead 50	notification	1	"James Moreau" <james.moreau21@gmx.de>	51	vertrieb@moebelwerk-haas.at	<651277587631.8959930177.800771-openerp-50-crm.lead@erp-prod-01>	1
51	Angebot S051	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S051.</p><p>Mit freundlichen Grüßen<br>Martin Rossi</p>	crm.lead	51	Lead 51	email	1	"Martin Rossi" <martin.rossi58@gmx.de>	52	vertrieb@moebelwerk-haas.at	<821410219453.3383113328.519463-openerp-51-crm.lead@erp-prod-01>	1
52	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	52	Lead 52	notification	1	"Laura Weber" <laura.weber90@hotmail.com>	53	vertrieb@moebelwerk-haas.at	<256175393400.5833125827.614697-openerp-52-crm.lead@erp-prod-01>	1
53	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	53	Lead 53	notification	1	"Olivia Weber" <olivia.weber21@hotmail.com>	54	vertrieb@moebelwerk-haas.at	<116670744653.5654964133.091669-openerp-53-crm.lead@erp-prod-01>	1
54	Angebot S054	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S054.</p><p>Mit freundlichen Grüßen<br>Emma Bernard</p>	crm.lead	54	Lead 54	email	1	"Emma Bernard" <emma.bernard62@icloud.com>	55	vertrieb@moebelwerk-haas.at	<614725196596.7789150593.353480-openerp-54-crm.lead@erp-prod-01>	1
55	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	55	Lead 55	notification	1	"Olivia Nielsen" <olivia.nielsen10@gmx.de>	56	vertrieb@moebelwerk-haas.at	<288674044114.1708803353.464430-openerp-55-crm.lead@erp-prod-01>	1
56	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	56	Lead 56	notification	1	"Eva Kowalski" <eva.kowalski27@gmail.com>	57	vertrieb@moebelwerk-haas.at	<131412384746.8462870440.652230-openerp-56-crm.lead@erp-prod-01>	1
57	Angebot S057	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S057.</p><p>Mit freundlichen Grüßen<br>Marco Taylor</p>	crm.lead	57	Lead 57	email	1	"Marco Taylor" <marco.taylor17@hotmail.com>	58	vertrieb@moebelwerk-haas.at	<717900150211.3381625031.746970-openerp-57-crm.lead@erp-prod-01>	1
58	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	58	Lead 58	notification	1	"Emma Fischer" <emma.fischer80@web.de>	59	vertrieb@moebelwerk-haas.at	<841548574590.7127208348.175537-openerp-58-crm.lead@erp-prod-01>	1
59	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	59	Lead 59	notification	1	"Daniel Richter" <daniel.richter52@gmx.de>	60	vertrieb@moebelwerk-haas.at	<358689656175.4773960646.048082-openerp-59-crm.lead@erp-prod-01>	1
60	Angebot S060	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S060.</p><p>Mit freundlichen Grüßen<br>Olivia Becker</p>	crm.lead	60	Lead 60	email	1	"Olivia Becker" <olivia.becker29@proton.me>	1	vertrieb@moebelwerk-haas.at	<853666552280.6728677216.336302-openerp-60-crm.lead@erp-prod-01>	1
61	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	61	Lead 61	notification	1	"Liam Fischer" <liam.fischer18@icloud.com>	2	vertrieb@moebelwerk-haas.at	<524188232684.3721932923.425121-openerp-61-crm.lead@erp-prod-01>	1
62	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	62	Lead 62	notification	1	"Maria Brown" <maria.brown50@outlook.com>	3	vertrieb@moebelwerk-haas.at	<259891466093.9887862474.096053-openerp-62-crm.lead@erp-prod-01>	1
63	Angebot S063	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S063.</p><p>Mit freundlichen Grüßen<br>James Rossi</p>	crm.lead	63	Lead 63	email	1	"James Rossi" <james.rossi44@yahoo.fr>	4	vertrieb@moebelwerk-haas.at	<193811182153.7975616275.558957-openerp-63-crm.lead@erp-prod-01>	1
64	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	64	Lead 64	notification	1	"Lucas Anderson" <lucas.anderson32@yahoo.fr>	5	vertrieb@moebelwerk-haas.at	<856306127172.5962592475.958718-openerp-64-crm.lead@erp-prod-01>	1
65	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	65	Lead 65	notification	1	"Sarah Dubois" <sarah.dubois75@posteo.de>	6	vertrieb@moebelwerk-haas.at	<590238453953.4682716535.162139-openerp-65-crm.lead@erp-prod-01>	1
66	Angebot S066	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S066.</p><p>Mit freundlichen Grüßen<br>Thomas Rossi</p>	crm.lead	66	Lead 66	email	1	"Thomas Rossi" <thomas.rossi75@proton.me>	7	vertrieb@moebelwerk-haas.at	<903505502944.4984304860.685376-openerp-66-crm.lead@erp-prod-01>	1
67	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	67	Lead 67	notification	1	"Laura Brown" <laura.brown48@gmail.com>	8	vertrieb@moebelwerk-haas.at	<623909555013.9830894528.411702-openerp-67-crm.lead@erp-prod-01>	1
68	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	68	Lead 68	notification	1	"Lukas Johnson" <lukas.johnson21@icloud.com>	9	vertrieb@moebelwerk-haas.at	<957988156420.5156332805.275989-openerp-68-crm.lead@erp-prod-01>	1
69	Angebot S069	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S069.</p><p>Mit freundlichen Grüßen<br>Anna García</p>	crm.lead	69	Lead 69	email	1	"Anna García" <anna.garcia40@gmx.de>	10	vertrieb@moebelwerk-haas.at	<106263229596.5983573119.364145-openerp-69-crm.lead@erp-prod-01>	1
70	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	70	Lead 70	notification	1	"Jan Rossi" <jan.rossi89@web.de>	11	vertrieb@moebelwerk-haas.at	<723600054768.3181932586.099874-openerp-70-crm.lead@erp-prod-01>	1
71	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	71	Lead 71	notification	1	"Martin Brown" <martin.brown55@outlook.com>	12	vertrieb@moebelwerk-haas.at	<036803989225.5054954197.502292-openerp-71-crm.lead@erp-prod-01>	1
72	Angebot S072	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S072.</p><p>Mit freundlichen Grüßen<br>Laura Novak</p>	crm.lead	72	Lead 72	email	1	"Laura Novak" <laura.novak58@posteo.de>	13	vertrieb@moebelwerk-haas.at	<657686471216.0364542818.464906-openerp-72-crm.lead@erp-prod-01>	1
73	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	73	Lead 73	notification	1	"Lucia Fischer" <lucia.fischer50@gmx.de>	14	vertrieb@moebelwerk-haas.at	<815267483537.9052644187.194190-openerp-73-crm.lead@erp-prod-01>	1
74	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	74	Lead 74	notification	1	"Mia Brown" <mia.brown80@gmail.com>	15	vertrieb@moebelwerk-haas.at	<513939212809.3356623604.548990-openerp-74-crm.lead@erp-prod-01>	1
75	Angebot S075	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S075.</p><p>Mit freundlichen Grüßen<br>Mia Becker</p>	crm.lead	75	Lead 75	email	1	"Mia Becker" <mia.becker20@yahoo.fr>	16	vertrieb@moebelwerk-haas.at	<011338332369.6376821609.306152-openerp-75-crm.lead@erp-prod-01>	1
76	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	76	Lead 76	notification	1	"Carlos Rossi" <carlos.rossi32@outlook.com>	17	vertrieb@moebelwerk-haas.at	<685518515387.6352424032.808466-openerp-76-crm.lead@erp-prod-01>	1
77	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	77	Lead 77	notification	1	"Liam López" <liam.lopez22@web.de>	18	vertrieb@moebelwerk-haas.at	<448031554151.9138565912.248975-openerp-77-crm.lead@erp-prod-01>	1
78	Angebot S078	2024-03-01 10:00:00	<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S078.</p><p>Mit freundlichen Grüßen<br>Anna Weber</p>	crm.lead	78	Lead 78	email	1	"Anna Weber" <anna.weber11@web.de>	19	vertrieb@moebelwerk-haas.at	<291013630828.4692699891.621363-openerp-78-crm.lead@erp-prod-01>	1
79	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	79	Lead 79	notification	1	"Eva Bernard" <eva.bernard73@posteo.de>	20	vertrieb@moebelwerk-haas.at	<069880490019.3674245979.872120-openerp-79-crm.lead@erp-prod-01>	1
80	\N	2024-03-01 10:00:00	<p>Stage changed: New → Qualified</p>	crm.lead	80	Lead 80	notification	1	"Emma Moreau" <emma.moreau16@outlook.com>	21	vertrieb@moebelwerk-haas.at	<065573866726.2361256769.790062-openerp-80-crm.lead@erp-prod-01>	1
\.


--
-- Data for Name: payment_provider; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.payment_provider (id, name, code, state, company_id, stripe_publishable_key, stripe_secret_key, stripe_webhook_secret, paypal_email_account, paypal_pdt_token) FROM stdin;
1	{"en_US": "Stripe"}	stripe	enabled	1	pk_live_107RbO4NX5hZcGJvZv5YLDtqJN8cLX42SC6LJ0xA6XQvA4ZtFrMG5opD9D4axjywVtyDUoj3Y3akWn60oNVWhW6oKn4DWZaerlI	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	whsec_tCQH8wbt949etsTXRdolAiNqjeIIVAkM	\N	\N
2	{"en_US": "PayPal"}	paypal	disabled	1	\N	\N	\N	buchhaltung@moebelwerk-haas.at	aKYbgGfD_lFMn14en0HZpd5VxiHjdNsHIcuQgwQ86ejZKEHZF_8TfrZ1jEY
\.


--
-- Data for Name: res_company; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.res_company (id, name, partner_id, currency_id, email, phone, company_registry, vat, street, zip, city, report_footer) FROM stdin;
1	Möbelwerk Haas GmbH	1	1	office@moebelwerk-haas.at	+43 662 874512	FN 123456a	ATU57439218	Industriestraße 7	5020	Salzburg	{"en_US": "<p>Möbelwerk Haas GmbH · Industriestraße 7 · 5020 Salzburg · +43 662 874512</p>"}
\.


--
-- Data for Name: res_partner; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.res_partner (id, name, company_id, display_name, ref, lang, tz, vat, website, comment, active, type, street, street2, zip, city, country_id, email, phone, mobile, is_company, parent_id, function, commercial_company_name) FROM stdin;
1	Liam Bernard	1	Liam Bernard	K1001	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 8	\N	4308	Salzburg	14	liam.bernard65@outlook.com	+1 (617) 938-4473	+44 7573 521364	f	\N	Geschäftsführer	\N
2	Thomas Taylor	1	Thomas Taylor	K1002	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 5	\N	7169	Graz	14	thomas.taylor85@icloud.com	030 38221128	+33 6 84 54 66 86	f	\N	Buchhaltung	\N
3	Julia Nielsen	1	Julia Nielsen	K1003	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 61	\N	2365	Graz	14	julia.nielsen16@icloud.com	+49 157 49908417	+44 7987 138495	f	\N	Einkauf	\N
4	Sarah Brown	1	Sarah Brown	K1004	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 42	\N	6831	Wien	14	sarah.brown87@yahoo.fr	+44 7981 539224	030 97354198	f	\N	Einkauf	\N
5	Daniel Novak	1	Daniel Novak	K1005	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 63	\N	7515	Linz	14	daniel.novak91@icloud.com	+44 7714 889063	+33 6 33 22 76 17	f	\N	Einkauf	\N
6	Holzhandel Berger GmbH	1	Holzhandel Berger GmbH	K1006	de_DE	Europe/Vienna	ATU92164587	https://www.berger.at	<p><br></p>	t	contact	Linzer Straße 74	\N	1227	Salzburg	14	jonas.muller4@gmail.com	+33 6 12 75 14 58	\N	t	\N	\N	Holzhandel Berger GmbH
7	Thomas Anderson	1	Thomas Anderson	K1007	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: +49 157 86900057</p>	t	contact	Linzer Straße 55	\N	7460	Graz	14	thomas.anderson67@gmail.com	+44 7583 557540	+33 6 54 57 80 95	f	\N	Buchhaltung	\N
8	Anna Jensen	1	Anna Jensen	K1008	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 31	\N	4852	Salzburg	14	anna.jensen79@proton.me	030 89696673	030 24606920	f	\N	Buchhaltung	\N
9	Lucas López	1	Lucas López	K1009	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 62	\N	8930	Linz	14	lucas.lopez52@outlook.com	+44 7899 779760	+1 (312) 609-3141	f	\N	Einkauf	\N
10	Laura Fischer	1	Laura Fischer	K1010	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 28	\N	6342	Wien	14	laura.fischer52@gmx.de	030 74155981	+33 6 58 88 31 82	f	\N	Geschäftsführer	\N
11	Lucia Weber	1	Lucia Weber	K1011	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 13	\N	3102	Graz	14	lucia.weber8@gmail.com	+49 153 41466310	+44 7460 611523	f	\N	Buchhaltung	\N
12	Beschläge Gruber GmbH	1	Beschläge Gruber GmbH	K1012	de_DE	Europe/Vienna	ATU71940128	https://www.gruber.at	<p><br></p>	t	contact	Hauptplatz 13	\N	8902	Graz	14	carlos.williams50@web.de	+44 7868 185025	\N	t	\N	\N	Beschläge Gruber GmbH
13	Carlos Hoffmann	1	Carlos Hoffmann	K1013	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 42	\N	2209	Linz	14	carlos.hoffmann57@icloud.com	+49 154 54331265	+1 (206) 222-5523	f	\N	Einkauf	\N
14	Emma Williams	1	Emma Williams	K1014	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: +33 6 61 19 93 50</p>	t	contact	Mozartgasse 22	\N	4029	Graz	14	emma.williams72@web.de	+49 154 37344947	+49 152 49808869	f	\N	Buchhaltung	\N
15	Martin Williams	1	Martin Williams	K1015	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 75	\N	5054	Wien	14	martin.williams19@proton.me	+33 6 42 93 74 96	+44 7663 591363	f	\N	Geschäftsführer	\N
16	Lena Dubois	1	Lena Dubois	K1016	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 23	\N	9949	Graz	14	lena.dubois61@gmail.com	+49 153 30205299	030 38273799	f	\N	Einkauf	\N
17	Maria López	1	Maria López	K1017	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 38	\N	6804	Linz	14	maria.lopez83@web.de	+1 (415) 823-4454	030 24492259	f	\N	Geschäftsführer	\N
18	Beschläge Gruber GmbH	1	Beschläge Gruber GmbH	K1018	de_DE	Europe/Vienna	ATU52076179	https://www.gruber.at	<p><br></p>	t	contact	Hauptplatz 20	\N	1691	Salzburg	14	martin.novak35@icloud.com	+1 (415) 618-8122	\N	t	\N	\N	Beschläge Gruber GmbH
19	Mia Taylor	1	Mia Taylor	K1019	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 4	\N	3447	Wien	14	mia.taylor62@gmx.de	+44 7544 123509	+49 152 51453518	f	\N	Geschäftsführer	\N
20	Maria Martínez	1	Maria Martínez	K1020	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 21	\N	2255	Graz	14	maria.martinez17@icloud.com	030 51472533	+44 7465 564960	f	\N	Geschäftsführer	\N
21	James Hoffmann	1	James Hoffmann	K1021	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: +33 6 96 13 94 90</p>	t	contact	Mozartgasse 60	\N	4637	Salzburg	14	james.hoffmann49@yahoo.fr	+44 7536 622515	030 21226529	f	\N	Geschäftsführer	\N
22	David Hoffmann	1	David Hoffmann	K1022	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 54	\N	1670	Salzburg	14	david.hoffmann25@web.de	+33 6 43 58 66 93	+44 7924 937144	f	\N	Buchhaltung	\N
23	Jan Rossi	1	Jan Rossi	K1023	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 34	\N	9250	Graz	14	jan.rossi4@gmx.de	+1 (312) 639-8594	+49 153 44059168	f	\N	Geschäftsführer	\N
24	Holzhandel Berger GmbH	1	Holzhandel Berger GmbH	K1024	de_DE	Europe/Vienna	ATU05331455	https://www.berger.at	<p><br></p>	t	contact	Mozartgasse 43	\N	3642	Wien	14	pierre.schmidt20@posteo.de	+33 6 50 11 60 44	\N	t	\N	\N	Holzhandel Berger GmbH
25	Lucas Novak	1	Lucas Novak	K1025	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 80	\N	9394	Salzburg	14	lucas.novak27@web.de	+49 153 71663222	+49 152 96046020	f	\N	Geschäftsführer	\N
26	Julia Kowalski	1	Julia Kowalski	K1026	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 61	\N	5745	Wien	14	julia.kowalski49@hotmail.com	+49 157 67948097	030 82309213	f	\N	Einkauf	\N
27	Liam Jensen	1	Liam Jensen	K1027	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 65	\N	6036	Salzburg	14	liam.jensen97@proton.me	+44 7488 962807	+49 156 78420318	f	\N	Einkauf	\N
28	Anna Anderson	1	Anna Anderson	K1028	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: 030 75711510</p>	t	contact	Hauptplatz 71	\N	8186	Linz	14	anna.anderson11@web.de	+44 7695 344896	030 25443272	f	\N	Geschäftsführer	\N
29	Marco Dubois	1	Marco Dubois	K1029	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 35	\N	1927	Wien	14	marco.dubois79@proton.me	030 39627639	+44 7722 216060	f	\N	Geschäftsführer	\N
30	Tischlerei Wimmer GmbH	1	Tischlerei Wimmer GmbH	K1030	de_DE	Europe/Vienna	ATU00981052	https://www.wimmer.at	<p><br></p>	t	contact	Linzer Straße 61	\N	3765	Graz	14	camille.lopez77@gmail.com	+49 153 78382725	\N	t	\N	\N	Tischlerei Wimmer GmbH
31	Emily Rossi	1	Emily Rossi	K1031	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 8	\N	5837	Wien	14	emily.rossi77@gmail.com	+49 157 21978949	030 85699819	f	\N	Einkauf	\N
32	Lukas Novak	1	Lukas Novak	K1032	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 78	\N	9807	Wien	14	lukas.novak41@proton.me	+44 7966 345139	030 64796665	f	\N	Einkauf	\N
33	Chiara Lambert	1	Chiara Lambert	K1033	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 25	\N	2779	Wien	14	chiara.lambert13@icloud.com	030 50488371	030 23181004	f	\N	Geschäftsführer	\N
34	Emily Schmidt	1	Emily Schmidt	K1034	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 2	\N	8844	Wien	14	emily.schmidt89@outlook.com	+44 7694 810481	+1 (212) 609-7546	f	\N	Buchhaltung	\N
35	Anna Moreau	1	Anna Moreau	K1035	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: +1 (206) 391-6727</p>	t	contact	Linzer Straße 72	\N	1623	Salzburg	14	anna.moreau74@web.de	+1 (212) 283-5514	+44 7744 418911	f	\N	Geschäftsführer	\N
36	Holzhandel Berger GmbH	1	Holzhandel Berger GmbH	K1036	de_DE	Europe/Vienna	ATU19992685	https://www.berger.at	<p><br></p>	t	contact	Hauptplatz 29	\N	3532	Linz	14	lukas.brown56@outlook.com	+49 155 94535826	\N	t	\N	\N	Holzhandel Berger GmbH
37	Emily Jensen	1	Emily Jensen	K1037	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 66	\N	5565	Wien	14	emily.jensen9@icloud.com	030 22462551	030 82195227	f	\N	Einkauf	\N
38	Emma Fischer	1	Emma Fischer	K1038	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 29	\N	7249	Linz	14	emma.fischer27@gmx.de	+33 6 48 42 81 85	030 22158251	f	\N	Einkauf	\N
39	Sophie Jensen	1	Sophie Jensen	K1039	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 30	\N	1667	Linz	14	sophie.jensen28@gmx.de	+33 6 46 53 20 44	030 52502661	f	\N	Einkauf	\N
40	Carlos Moreau	1	Carlos Moreau	K1040	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 31	\N	2132	Wien	14	carlos.moreau69@posteo.de	+49 157 70990695	030 47092794	f	\N	Geschäftsführer	\N
41	Emily García	1	Emily García	K1041	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 78	\N	7504	Wien	14	emily.garcia8@web.de	+1 (212) 533-1421	030 63642998	f	\N	Buchhaltung	\N
42	Tischlerei Wimmer GmbH	1	Tischlerei Wimmer GmbH	K1042	de_DE	Europe/Vienna	ATU45134446	https://www.wimmer.at	<p>Rückruf erbeten, privat: 030 34432920</p>	t	contact	Mozartgasse 67	\N	6416	Salzburg	14	marco.becker39@yahoo.fr	+1 (312) 806-2794	\N	t	\N	\N	Tischlerei Wimmer GmbH
43	Thomas Martínez	1	Thomas Martínez	K1043	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 25	\N	3544	Wien	14	thomas.martinez24@gmail.com	+1 (312) 930-6288	030 45406640	f	\N	Geschäftsführer	\N
44	Olivia Novak	1	Olivia Novak	K1044	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 31	\N	6968	Wien	14	olivia.novak4@yahoo.fr	+44 7432 994091	+1 (415) 803-5925	f	\N	Buchhaltung	\N
45	Eva Richter	1	Eva Richter	K1045	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 43	\N	6727	Graz	14	eva.richter6@gmx.de	+44 7796 687326	+33 6 20 85 36 33	f	\N	Einkauf	\N
46	Olivia Moreau	1	Olivia Moreau	K1046	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 2	\N	1899	Graz	14	olivia.moreau36@gmail.com	+1 (312) 576-9349	+44 7612 220810	f	\N	Einkauf	\N
47	Chiara Hoffmann	1	Chiara Hoffmann	K1047	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 78	\N	8241	Wien	14	chiara.hoffmann7@yahoo.fr	+44 7927 571264	+33 6 92 45 26 93	f	\N	Einkauf	\N
48	Beschläge Gruber GmbH	1	Beschläge Gruber GmbH	K1048	de_DE	Europe/Vienna	ATU29233448	https://www.gruber.at	<p><br></p>	t	contact	Mozartgasse 7	\N	7692	Graz	14	lucas.taylor77@yahoo.fr	+49 154 52749856	\N	t	\N	\N	Beschläge Gruber GmbH
49	Thomas Moreau	1	Thomas Moreau	K1049	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: +1 (212) 460-9942</p>	t	contact	Linzer Straße 69	\N	6818	Graz	14	thomas.moreau60@posteo.de	+44 7697 671852	+49 156 53755696	f	\N	Buchhaltung	\N
50	Sophie Jensen	1	Sophie Jensen	K1050	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 4	\N	6279	Wien	14	sophie.jensen24@icloud.com	+49 153 73801077	+33 6 34 65 16 42	f	\N	Einkauf	\N
51	Lena Martínez	1	Lena Martínez	K1051	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 66	\N	5827	Linz	14	lena.martinez55@hotmail.com	030 62750962	+49 156 78184808	f	\N	Einkauf	\N
52	Emily Lambert	1	Emily Lambert	K1052	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 79	\N	5881	Graz	14	emily.lambert39@posteo.de	+44 7903 943142	030 80421709	f	\N	Einkauf	\N
53	Laura Dubois	1	Laura Dubois	K1053	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 1	\N	5477	Wien	14	laura.dubois17@gmx.de	+44 7542 979408	+1 (212) 296-6399	f	\N	Einkauf	\N
54	Beschläge Gruber GmbH	1	Beschläge Gruber GmbH	K1054	de_DE	Europe/Vienna	ATU94009287	https://www.gruber.at	<p><br></p>	t	contact	Mozartgasse 18	\N	6790	Linz	14	laura.novak23@outlook.com	030 77313309	\N	t	\N	\N	Beschläge Gruber GmbH
55	Lucia Weber	1	Lucia Weber	K1055	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Linzer Straße 14	\N	9765	Linz	14	lucia.weber6@yahoo.fr	+33 6 27 93 88 22	+1 (206) 619-7889	f	\N	Einkauf	\N
56	Eva Novak	1	Eva Novak	K1056	de_DE	Europe/Vienna	\N	\N	<p>Rückruf erbeten, privat: 030 95363259</p>	t	contact	Linzer Straße 67	\N	7933	Linz	14	eva.novak10@proton.me	+33 6 66 34 71 61	030 25984053	f	\N	Buchhaltung	\N
57	Julia Weber	1	Julia Weber	K1057	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 2	\N	9865	Salzburg	14	julia.weber70@posteo.de	+1 (212) 531-5029	+49 151 96809227	f	\N	Buchhaltung	\N
58	Emma Anderson	1	Emma Anderson	K1058	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Hauptplatz 46	\N	7748	Linz	14	emma.anderson83@gmx.de	+44 7820 564249	+44 7706 145531	f	\N	Buchhaltung	\N
59	Carlos Hoffmann	1	Carlos Hoffmann	K1059	de_DE	Europe/Vienna	\N	\N	<p><br></p>	t	contact	Mozartgasse 54	\N	1389	Salzburg	14	carlos.hoffmann57@posteo.de	+1 (212) 298-6574	+49 154 26911436	f	\N	Buchhaltung	\N
60	Tischlerei Wimmer GmbH	1	Tischlerei Wimmer GmbH	K1060	de_DE	Europe/Vienna	ATU61085106	https://www.wimmer.at	<p><br></p>	t	contact	Hauptplatz 56	\N	7140	Linz	14	lucia.lambert82@gmail.com	+33 6 43 41 41 55	\N	t	\N	\N	Tischlerei Wimmer GmbH
\.


--
-- Data for Name: res_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.res_users (id, active, login, password, company_id, partner_id, create_date, signature, share, totp_secret, notification_type) FROM stdin;
1	t	anna.novak50@outlook.com	$pbkdf2-sha512$600000$SdugVKmsmnYuH00JXTEyLp$.OlJk2cwm..f2IcIFxg3M/EJrR4/DVM3IP0M2SY6J2yWgkkobvYldGUPWn79FHqIlIXmgSERSBHmJUdXYvaPkL	1	1	2023-02-01 00:00:00	{"en_US": "<p>--<br>Anna Novak<br>Möbelwerk Haas GmbH<br>Tel. +1 (212) 799-3510</p>"}	f	\N	email
2	t	lucas.lopez74@proton.me	$pbkdf2-sha512$600000$WeVqUlBmGsRWOxJ5NJzOWx$rzwxSMzV3r8KMXYZ4QVXWSOILLcbwwxJ3jaqdISBXLDaKKegEE2/7kUFnv4lvp3tcaQNEql3Qs.KU8uPVtofeh	1	2	2023-02-01 00:00:00	{"en_US": "<p>--<br>Lucas López<br>Möbelwerk Haas GmbH<br>Tel. +44 7426 102772</p>"}	f	\N	email
3	t	lucas.nielsen98@hotmail.com	$pbkdf2-sha512$600000$Pcz2aNE09/Rtvbn8AeHT00$R9vlxm9QHz.7/5hqmpUrn4RJnfakskU30RcIsPY8jCz0yTXvSs9yAGAuA74ikdba//KQu0IBjwX3GCRdZ6n.yV	1	3	2023-02-01 00:00:00	{"en_US": "<p>--<br>Lucas Nielsen<br>Möbelwerk Haas GmbH<br>Tel. +49 157 68343746</p>"}	f	\N	email
4	t	mia.jensen74@proton.me	$pbkdf2-sha512$600000$8t6r/OofR3JbNQwLyD7MNB$1KmhRJEHpAKgli2TPFMxVDb61LD8qWCaLm4AJqhFLVDqpNvvz8Wrz9Wom1j/87LltIsw6F4LQgkL3WzZBgou0g	1	4	2023-02-01 00:00:00	{"en_US": "<p>--<br>Mia Jensen<br>Möbelwerk Haas GmbH<br>Tel. +49 152 91569771</p>"}	f	CXKOJLMAPEGKDAGKIERRKVEOBLEXELLC	email
5	t	liam.fischer37@icloud.com	$pbkdf2-sha512$600000$nT8FZsJ7VnO2WGiVZqXGe6$kzWYaMkc2FIOITnbEBO0wVht9O2z4t3zJwXLcCWN1ZlA/RtcfWl5rZpxJM4R3QAJG8ThAKgEk65.0mWPKau4EQ	1	5	2023-02-01 00:00:00	{"en_US": "<p>--<br>Liam Fischer<br>Möbelwerk Haas GmbH<br>Tel. 030 22412444</p>"}	f	\N	email
6	t	david.dubois18@icloud.com	$pbkdf2-sha512$600000$xyk313g6ewAZZZOKXKSJAd$lHcMZpP/7CUPYI2hZ76wqRb3s/HMfBdrEE0VqygrUy0C258xMwcE2XP5kNhk07jCi9XbhsUt1ldAMLr2TJeSE9	1	6	2023-02-01 00:00:00	{"en_US": "<p>--<br>David Dubois<br>Möbelwerk Haas GmbH<br>Tel. +33 6 63 18 75 60</p>"}	f	\N	email
7	t	chiara.lambert62@gmx.de	$pbkdf2-sha512$600000$4OWZG9RbZwVZuyH6tpru5k$vHh8nOjOt2JvwY5o5YKOHICrvfLxfFpr5ZUpyQI/BuyRvBIUGsIl0xUb8NAq5RzE1BCMUA32aZm.okRjf2xvAg	1	7	2023-02-01 00:00:00	{"en_US": "<p>--<br>Chiara Lambert<br>Möbelwerk Haas GmbH<br>Tel. +44 7747 321365</p>"}	f	\N	email
8	t	david.hoffmann66@gmail.com	$pbkdf2-sha512$600000$Cjgx2xWIALa2pk0loAfCWT$c30cvKbBnpWWenWt2l9dst7zRnwuiIgwTDV7Wxayf4AiqPREv3uWrSQ8lfwDe5KgZdhQCLaeDt3PHd05O7Jq8Y	1	8	2023-02-01 00:00:00	{"en_US": "<p>--<br>David Hoffmann<br>Möbelwerk Haas GmbH<br>Tel. +33 6 16 86 10 37</p>"}	f	ZNRD4ZLGDFQXY4PL5PNDKGDIYEBCZPSN	email
9	t	emma.bernard77@gmx.de	$pbkdf2-sha512$600000$yEuTT1CwfWPdiycKMFE270$/F3ed9SO0nbojrGAL.VrbWNYA.JeT./jlSe356lx4XUhouXg5LAGFbwZp0Mupm3ivvfPZaDqepoaQfe1y6RPJo	1	9	2023-02-01 00:00:00	{"en_US": "<p>--<br>Emma Bernard<br>Möbelwerk Haas GmbH<br>Tel. +1 (312) 785-2371</p>"}	f	\N	email
10	t	julia.moreau26@hotmail.com	$pbkdf2-sha512$600000$XXwURJg9Qw6QklxPdBZ/O.$zkHvdpsLrvMQR06kFa6UekRIPU8Ayis/tQssuYgByxiaymlUa8I0/INYParS5/l.UE1/tztyfo8g2rs7gZk74j	1	10	2023-02-01 00:00:00	{"en_US": "<p>--<br>Julia Moreau<br>Möbelwerk Haas GmbH<br>Tel. +33 6 35 33 69 86</p>"}	f	\N	email
11	t	martin.moreau60@icloud.com	$pbkdf2-sha512$600000$yFsseR5ylfSr6ldp7xrF8t$.XXJC0AlQF1DbOomWBq0jIwU9sNx0Bo2s6M/vI0Lo6iOFVAyt29Q/Mv5Jqijgi/Uv1hYkZM87FGG/DHmgt46Y9	1	11	2023-02-01 00:00:00	{"en_US": "<p>--<br>Martin Moreau<br>Möbelwerk Haas GmbH<br>Tel. +49 153 94184530</p>"}	f	\N	email
12	t	sarah.martinez86@yahoo.fr	$pbkdf2-sha512$600000$8bVIaVAEXgyj097j3bLMwP$3.UycFR4iNApEQQzTLQbFitNbzd8zkuPRkYgInJfy7M/Sp4xsvDGH/i5docPEHNRYWDnk6A0yt7EICThKxljh9	1	12	2023-02-01 00:00:00	{"en_US": "<p>--<br>Sarah Martínez<br>Möbelwerk Haas GmbH<br>Tel. +1 (206) 888-5282</p>"}	f	XX2CSYDLPJRNG6U2KXJ3GU7GACA3UK37	email
\.


--
-- Data for Name: res_users_apikeys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.res_users_apikeys (id, name, user_id, scope, index, key, create_date) FROM stdin;
1	n8n sync	2	rpc	37c28fba	$pbkdf2-sha512$6000$pRygpgQ/C.EXCAjHGULatP$wZqHW46Qv5y.P0nZ.QAQTpLORB6XxbFHhqhtZB6PcIN0KnyCKrUQYmnjLagVWqDOsdFk1xs8HA/qPAHt5X8E1L	2024-01-01 00:00:00
\.


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

\unrestrict pojTXIcpgCKI8LUboxOfIcp6hyc16xgoWvl0Ir4KcAxL5AtfL67UbTC0blIaC37

