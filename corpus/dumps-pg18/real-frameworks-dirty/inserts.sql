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
-- Name: active_storage_blobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL
);


ALTER TABLE public.active_storage_blobs OWNER TO postgres;

--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.active_storage_blobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.active_storage_blobs_id_seq OWNER TO postgres;

--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.active_storage_blobs_id_seq OWNED BY public.active_storage_blobs.id;


--
-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);


ALTER TABLE public.ar_internal_metadata OWNER TO postgres;

--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.auth_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    date_joined timestamp with time zone NOT NULL
);


ALTER TABLE public.auth_user OWNER TO postgres;

--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.auth_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.auth_user_id_seq OWNER TO postgres;

--
-- Name: auth_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.auth_user_id_seq OWNED BY public.auth_user.id;


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


ALTER TABLE public.django_session OWNER TO postgres;

--
-- Name: failed_jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.failed_jobs (
    id bigint NOT NULL,
    uuid character varying NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp without time zone DEFAULT '2024-01-01 00:00:00'::timestamp without time zone NOT NULL
);


ALTER TABLE public.failed_jobs OWNER TO postgres;

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.failed_jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.failed_jobs_id_seq OWNER TO postgres;

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.failed_jobs_id_seq OWNED BY public.failed_jobs.id;


--
-- Name: integrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.integrations (
    id integer NOT NULL,
    provider character varying NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL
);


ALTER TABLE public.integrations OWNER TO postgres;

--
-- Name: integrations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.integrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.integrations_id_seq OWNER TO postgres;

--
-- Name: integrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.integrations_id_seq OWNED BY public.integrations.id;


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    session_id character varying NOT NULL,
    data text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.sessions_id_seq OWNER TO postgres;

--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.sessions_id_seq OWNED BY public.sessions.id;


--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    name character varying(120) NOT NULL,
    value text
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: translations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.translations (
    id integer NOT NULL,
    key character varying NOT NULL,
    locale character varying(8) NOT NULL,
    value text NOT NULL
);


ALTER TABLE public.translations OWNER TO postgres;

--
-- Name: translations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.translations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.translations_id_seq OWNER TO postgres;

--
-- Name: translations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.translations_id_seq OWNED BY public.translations.id;


--
-- Name: wp_options; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_options (
    option_id bigint NOT NULL,
    option_name character varying(191) NOT NULL,
    option_value text NOT NULL,
    autoload character varying(20) DEFAULT 'yes'::character varying NOT NULL
);


ALTER TABLE public.wp_options OWNER TO postgres;

--
-- Name: wp_options_option_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_options_option_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.wp_options_option_id_seq OWNER TO postgres;

--
-- Name: wp_options_option_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_options_option_id_seq OWNED BY public.wp_options.option_id;


--
-- Name: wp_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_users (
    "ID" bigint NOT NULL,
    user_login character varying(60) NOT NULL,
    user_pass character varying(255) NOT NULL,
    user_nicename character varying(50) NOT NULL,
    user_email character varying(100) NOT NULL,
    user_url character varying(100) DEFAULT ''::character varying NOT NULL,
    user_registered timestamp without time zone NOT NULL,
    display_name character varying(250) NOT NULL
);


ALTER TABLE public.wp_users OWNER TO postgres;

--
-- Name: wp_users_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."wp_users_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public."wp_users_ID_seq" OWNER TO postgres;

--
-- Name: wp_users_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."wp_users_ID_seq" OWNED BY public.wp_users."ID";


--
-- Name: active_storage_blobs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.active_storage_blobs ALTER COLUMN id SET DEFAULT nextval('public.active_storage_blobs_id_seq'::regclass);


--
-- Name: auth_user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.auth_user ALTER COLUMN id SET DEFAULT nextval('public.auth_user_id_seq'::regclass);


--
-- Name: failed_jobs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failed_jobs ALTER COLUMN id SET DEFAULT nextval('public.failed_jobs_id_seq'::regclass);


--
-- Name: integrations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.integrations ALTER COLUMN id SET DEFAULT nextval('public.integrations_id_seq'::regclass);


--
-- Name: sessions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);


--
-- Name: translations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.translations ALTER COLUMN id SET DEFAULT nextval('public.translations_id_seq'::regclass);


--
-- Name: wp_options option_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_options ALTER COLUMN option_id SET DEFAULT nextval('public.wp_options_option_id_seq'::regclass);


--
-- Name: wp_users ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_users ALTER COLUMN "ID" SET DEFAULT nextval('public."wp_users_ID_seq"'::regclass);


--
-- Data for Name: active_storage_blobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.active_storage_blobs VALUES (1, '3hgazyx9dowg5m4rxc7ho000vkfv', 'invoice-2024-001.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'amazon', 654664, 'OTFsByQu22D84GDmQk+g2g==', '2024-01-10 09:00:00');
INSERT INTO public.active_storage_blobs VALUES (2, 'oo96r4xndmofefgxhazasz9xukco', 'avatar.png', 'image/png', '{"identified":true,"analyzed":true}', 'amazon', 831926, 'xBqLNY6bN2CJlGr28Jtmew==', '2024-02-11 09:07:00');
INSERT INTO public.active_storage_blobs VALUES (3, 'dxud9z13dc14ldz5dtq0iu5ccfj8', 'contract.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '{"identified":true,"analyzed":true}', 'amazon', 458357, 'Gwfd2RA1S1l8WLcnt+wVxA==', '2024-03-12 09:14:00');
INSERT INTO public.active_storage_blobs VALUES (4, 'wz8p2zae72k5ev7eled77e357z63', 'export.csv', 'text/csv', '{"identified":true,"analyzed":true}', 'amazon', 519371, '2RhgJzYjyD2ZbjlxodHAxA==', '2024-04-13 09:21:00');
INSERT INTO public.active_storage_blobs VALUES (5, 'ivsnnreb12o8rs0uk8qwgm0o8itl', 'logo.svg', 'image/svg+xml', '{"identified":true,"analyzed":true}', 'amazon', 847446, 'goW+TooZidlGNIpxqMkWKA==', '2024-05-14 09:28:00');
INSERT INTO public.active_storage_blobs VALUES (6, 'wa4nrrhluirusm85940rjw5khpda', 'report-q3.pdf', 'application/pdf', '{"identified":true,"analyzed":true}', 'amazon', 475250, 'B3gmQ1ECZP0qR02rI8Rxmw==', '2024-06-15 09:35:00');


--
-- Data for Name: ar_internal_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ar_internal_metadata VALUES ('environment', 'production', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
INSERT INTO public.ar_internal_metadata VALUES ('schema_sha1', 'c4f064709d27fb0bf333712ed7c3d12f3d450aa1', '2024-01-01 00:00:00', '2024-01-01 00:00:00');


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.auth_user VALUES (1, 'pbkdf2_sha256$600000$kQa0zOVwsz1YYgLdEkAKVM$FMzjQHKkBtTOUWoV5eldfhYk1STVArwsTxr/tVzY6IQ=', '2024-05-01 09:15:00+00', true, 'jhartmann', 'Jens', 'Hartmann', 'jens.hartmann@web.de', '2023-01-10 10:00:00+00');
INSERT INTO public.auth_user VALUES (2, 'pbkdf2_sha256$600000$svOob2k6hslHiCNOq73lpr$lu3zTJ02jpYTyohvsAYvFy88ks3f/FNuhOZXWekYdnc=', '2024-05-02 09:15:00+00', false, 'skrueger', 'Sabine', 'Krüger', 'sabine.krueger@gmx.de', '2023-02-11 10:00:00+00');
INSERT INTO public.auth_user VALUES (3, 'pbkdf2_sha256$600000$rW2FGnhsq7aZX7ozxc2eNX$Yrun9SkDCFaGXBKtFUTSt5pFFE4FHnFjLZmS7vIHt8s=', '2024-05-03 09:15:00+00', false, 'myilmaz', 'Mehmet', 'Yilmaz', 'mehmet.yilmaz@gmail.com', '2023-03-12 10:00:00+00');
INSERT INTO public.auth_user VALUES (4, 'pbkdf2_sha256$600000$iVMxgonsEkUAfAGevXgyoH$utPFfRUa7/z+mlrvKe18MtIBqgJVUoCfAHzrRDj3lEk=', '2024-05-04 09:15:00+00', false, 'cdubois', 'Claire', 'Dubois', 'claire.dubois@orange.fr', '2023-04-13 10:00:00+00');
INSERT INTO public.auth_user VALUES (5, 'pbkdf2_sha256$600000$frPwi2Z1qiSLhBZ23NIdzs$bjzY7R935z2i4091K2zslFpZAT4KGY1Ou66hK/SePnc=', '2024-05-05 09:15:00+00', false, 'lnovak', 'Lukas', 'Novak', 'lukas.novak@seznam.cz', '2023-05-14 10:00:00+00');
INSERT INTO public.auth_user VALUES (6, 'pbkdf2_sha256$600000$QZIn5QiVST2QWo643Ae94D$L86hO8mxVy6vYOGE9cvfU5/3VI5ig/gOr6P2Z2B/Sbw=', '2024-05-06 09:15:00+00', false, 'abyrne', 'Aoife', 'Byrne', 'aoife.byrne@eircom.net', '2023-06-15 10:00:00+00');
INSERT INTO public.auth_user VALUES (7, 'pbkdf2_sha256$600000$HUaz8UZNykrvEEs8x9mrTW$vS0+T88F5PvDxH/dx5QD3QsSclPyLiS1VyiaaXXIATs=', '2024-05-07 09:15:00+00', false, 'mricci', 'Matteo', 'Ricci', 'matteo.ricci@libero.it', '2023-07-16 10:00:00+00');
INSERT INTO public.auth_user VALUES (8, 'pbkdf2_sha256$600000$aQ5xRVI4P0uZqCHb4r0FaY$w9+4cL+BZx/HXjIIC466YnY9jg9us1QKvkDjESE0o3w=', '2024-05-08 09:15:00+00', false, 'ilindqvist', 'Ingrid', 'Lindqvist', 'ingrid.lindqvist@telia.com', '2023-08-17 10:00:00+00');
INSERT INTO public.auth_user VALUES (9, 'pbkdf2_sha256$600000$O6qL5lRbIeoWdHmf5ee6Pm$0gGLe45LaIEmfyOWYkyigdHPKLIFVbWWjtbCXOCjc40=', '2024-05-09 09:15:00+00', false, 'pkowalski', 'Piotr', 'Kowalski', 'piotr.kowalski@wp.pl', '2023-09-18 10:00:00+00');
INSERT INTO public.auth_user VALUES (10, 'pbkdf2_sha256$600000$osKD2IfKIWH0S2UGTc2ZTC$wK66k1+3AQZKPFSelbptqWZxB0e8dePKskN9BRVzi+o=', '2024-05-10 09:15:00+00', false, 'fhaddad', 'Fatima', 'Haddad', 'fatima.haddad@outlook.com', '2023-01-19 10:00:00+00');
INSERT INTO public.auth_user VALUES (11, 'pbkdf2_sha256$600000$dTUw0oS73y53JYGDC6yQTe$TbYIdF0hke5GaJzLmc1+2FJsQ2niSE0oAeIgz54B6Nc=', '2024-05-11 09:15:00+00', false, 'tgarcía', 'Tomás', 'García', 'tomas.garcía@hotmail.es', '2023-02-10 10:00:00+00');
INSERT INTO public.auth_user VALUES (12, 'pbkdf2_sha256$600000$uHckWU82PpwUUuFPRbawSt$UUUveT2DzTfhCHbZqfwgUcmpG9WsszCR9ykuPJ642VU=', '2024-05-12 09:15:00+00', false, 'adevries', 'Anneke', 'de Vries', 'anneke.devries@ziggo.nl', '2023-03-11 10:00:00+00');


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.django_session VALUES ('5iw02pbs5qalqcf8ox2u8qo78qpbrmmu', 'Sqxh41G//k945h26BN3AgmrxhWrWqkbNeY6g/EUjeEiISdtGJqNh8neR2E9LVE9g/Ved/RkKEioBkuXUFO0CYxOZiIPkhwbb:1sr2xw:IEFZEtoXAWZ+5LSZAepQ4K9V5sxsqMznXP4+Nlmt', '2024-06-11 00:00:00+00');
INSERT INTO public.django_session VALUES ('ked9b6w7klvgbi24kchodgsiu3epm1t0', 'OA09JA9fiaIWTZp7ZPkuXczVXb5N/mD5INC/NrGRPCHELPjEa4sv3VMxt/evwUMSammn/Wf8pschogRZJloHGztRdSwBbiJc:1sm7ss:nF82mAvSw2gnYKLy+ENfJqavceZ5CkhHZThRhvrj', '2024-06-12 00:00:00+00');
INSERT INTO public.django_session VALUES ('p3vp7papdr3q8gujdzvkpd38scbcdbmw', 'yekfj27dpGjUa4ujRJmst6hbS4ZteX5cUQ91D0G+cWt/0TKGf8FAGtaet4Auc05eszMA8kuXZ155udBzA54N3mYDFbzaxVvS:1s4pw2:HbCHrYBFkoO5A3NxnPqMm1QBvENM4PpyAqiDKVm2', '2024-06-13 00:00:00+00');


--
-- Data for Name: failed_jobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.failed_jobs VALUES (1, '0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03', 'redis', 'default', '{"uuid":"0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03","displayName":"App\\Jobs\\SendInvoice","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":3,"data":{"commandName":"App\\Jobs\\SendInvoice"}}', 'Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\SendInvoice has been attempted too many times. in /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/Worker.php:785', '2024-01-01 00:00:00');
INSERT INTO public.failed_jobs VALUES (2, '5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28', 'redis', 'mail', '{"uuid":"5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28","displayName":"App\\Mail\\Welcome","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"data":{"commandName":"Illuminate\\Mail\\SendQueuedMailable"}}', 'Symfony\Component\Mailer\Exception\TransportException: Connection refused in /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154', '2024-01-01 00:00:00');


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.integrations VALUES (1, 'crm', '{"webhooks": {"3f2a9c4e-1b7d-4e2a-9c1f-5d6e7f8a9b0c": {"url": "https://hooks.partner-crm.io/in/ji3lliz09z", "events": ["order.created"]}}}');
INSERT INTO public.integrations VALUES (2, 'erp', '{"webhooks": {"8d1e0b2c-7a9f-4c3d-b6e5-1f2a3b4c5d6e": {"url": "https://hooks.partner-crm.io/in/ndd12b1clz", "events": ["order.created"]}}}');
INSERT INTO public.integrations VALUES (3, 'billing', '{"webhooks": {"c4b3a291-0e8f-4d7c-a6b5-9e8d7c6b5a40": {"url": "https://hooks.partner-crm.io/in/9rhvedig1w", "events": ["order.created"]}}}');
INSERT INTO public.integrations VALUES (4, 'support', '{"webhooks": {"65a1f0c2e4b0a1d2c3e4f5a6": {"url": "https://hooks.partner-crm.io/in/0ljrnrh45h", "events": ["order.created"]}}}');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.schema_migrations VALUES ('20230101001000');
INSERT INTO public.schema_migrations VALUES ('20230101002000');
INSERT INTO public.schema_migrations VALUES ('20230101003000');
INSERT INTO public.schema_migrations VALUES ('20230101004000');
INSERT INTO public.schema_migrations VALUES ('20230101005000');
INSERT INTO public.schema_migrations VALUES ('20230101006000');
INSERT INTO public.schema_migrations VALUES ('20230101007000');
INSERT INTO public.schema_migrations VALUES ('20230101008000');
INSERT INTO public.schema_migrations VALUES ('20230101009000');
INSERT INTO public.schema_migrations VALUES ('20230101010000');
INSERT INTO public.schema_migrations VALUES ('20230101011000');
INSERT INTO public.schema_migrations VALUES ('20230101012000');
INSERT INTO public.schema_migrations VALUES ('20230101013000');
INSERT INTO public.schema_migrations VALUES ('20230101014000');
INSERT INTO public.schema_migrations VALUES ('20230101015000');
INSERT INTO public.schema_migrations VALUES ('20230101016000');
INSERT INTO public.schema_migrations VALUES ('20230101017000');
INSERT INTO public.schema_migrations VALUES ('20230101018000');
INSERT INTO public.schema_migrations VALUES ('20230101019000');
INSERT INTO public.schema_migrations VALUES ('20230101020000');
INSERT INTO public.schema_migrations VALUES ('20230101021000');
INSERT INTO public.schema_migrations VALUES ('20230101022000');
INSERT INTO public.schema_migrations VALUES ('20230101023000');
INSERT INTO public.schema_migrations VALUES ('20230101024000');
INSERT INTO public.schema_migrations VALUES ('20230101025000');
INSERT INTO public.schema_migrations VALUES ('20230101026000');
INSERT INTO public.schema_migrations VALUES ('20230101027000');
INSERT INTO public.schema_migrations VALUES ('20230101028000');
INSERT INTO public.schema_migrations VALUES ('20230101029000');
INSERT INTO public.schema_migrations VALUES ('20230101030000');
INSERT INTO public.schema_migrations VALUES ('20230101031000');
INSERT INTO public.schema_migrations VALUES ('20230101032000');
INSERT INTO public.schema_migrations VALUES ('20230101033000');
INSERT INTO public.schema_migrations VALUES ('20230101034000');
INSERT INTO public.schema_migrations VALUES ('20230101035000');
INSERT INTO public.schema_migrations VALUES ('20230101036000');
INSERT INTO public.schema_migrations VALUES ('20230101037000');
INSERT INTO public.schema_migrations VALUES ('20230101038000');
INSERT INTO public.schema_migrations VALUES ('20230101039000');
INSERT INTO public.schema_migrations VALUES ('20230101040000');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.sessions VALUES (1, 'a59f88197f93999f3cc53a5063357291', '3V3w7wxgtC6rms0ZKpTLKaYXkR1Rn8IdLQBZF4OH6lA1b2oqv7oJUnkT+8+rLqhgKnn9D22qq6lf3x33i7Lx7CFP81+X2aNCxaINLsNPZ1akqFzQYfW3Z+GKPp9oY4l7', '2024-05-01 12:00:00', '2024-05-01 12:30:00');
INSERT INTO public.sessions VALUES (2, '65dd64177effcae4f85ccdd1756c0ae2', 'aeCPe3ZGNiQKPFPwdta3Adtz2vn/NSU2hOrPetH/CISo6Klkl0MFs9nFQtUBu5IhenxmhhXOTb4kWk4/aiZuAKrwDKUZMWglgmPVtG0UZCdkDUzbJV72qwrMalhiv/4h', '2024-05-02 12:00:00', '2024-05-02 12:30:00');
INSERT INTO public.sessions VALUES (3, 'b3d081f4efad34841fecd21777540fd5', 'TPx8ZcMquX1LSapFqSJ/KRdvtQV/9L+SyMbqq/HWFIQ9V5jm/1XqOIxLHsSwCfmMu2PP+rXScvT6cQl4CcpgKFqwv5iE2tzkpInLekQCkvdeiJYdjw6cVm2DEzymxoOw', '2024-05-03 12:00:00', '2024-05-03 12:30:00');
INSERT INTO public.sessions VALUES (4, '25bb37efa64f96677444ac5a63f8e931', 'Dzhg4maoWvOmihJQD6VCVPs8vyYInRv5zWy+qvS9NsI/w0sLFdMcbuCpXhf7L4mR/PBHZrWF/H37u04fqDSsTvAwxub72eoBLmyE2Ke6rcayV4jJ9nVw/h9fqbPNSEcc', '2024-05-04 12:00:00', '2024-05-04 12:30:00');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.settings VALUES ('smtp_host', 'smtp.acme-outdoor.de');
INSERT INTO public.settings VALUES ('smtp_user', 'shop@acme-outdoor.de');
INSERT INTO public.settings VALUES ('smtp_password', 'Sm7p!Outd00r-2024');
INSERT INTO public.settings VALUES ('api_key', '<your-api-key>');
INSERT INTO public.settings VALUES ('session_secret', 'changeme');
INSERT INTO public.settings VALUES ('secret_key_base', 'REPLACE_ME');
INSERT INTO public.settings VALUES ('stripe_publishable_key', 'pk_live_51NqHx2Lk3Mn8Pq4Rs6Tu9Vw1Xy5Za7Bc0De2Fg');
INSERT INTO public.settings VALUES ('stripe_secret_key', 'sk_live_51Nq5aB2n1FQG7TozN8BkI5wgWXfjqtb31RpwOUvR7X6');
INSERT INTO public.settings VALUES ('aws_access_key_id', 'AKIA6JVO2W5WZ4RYRKSH');
INSERT INTO public.settings VALUES ('aws_secret_access_key', 'cfGhtK3JvxUW8JgYjSzL+o0VKMRkjTFG8ddD/bQz');
INSERT INTO public.settings VALUES ('mail_from', 'no-reply@example.org');
INSERT INTO public.settings VALUES ('password_min_length', '12');


--
-- Data for Name: translations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.translations VALUES (1, 'auth.password.reset_link', 'en', 'Click <a href="{url}">here</a> to reset your password');
INSERT INTO public.translations VALUES (2, 'auth.password.reset_link', 'de', 'Klicken Sie <a href="{url}">hier</a>, um Ihr Passwort zurückzusetzen');
INSERT INTO public.translations VALUES (3, 'auth.token.expires', 'en', 'Your token expires in %d minutes');
INSERT INTO public.translations VALUES (4, 'auth.api_key.label', 'en', 'API key');
INSERT INTO public.translations VALUES (5, 'auth.secret.hint', 'en', 'Keep your secret key on the server: never paste it into a web page');
INSERT INTO public.translations VALUES (6, 'support.contact', 'en', 'Contact support@example.com');
INSERT INTO public.translations VALUES (7, 'setup.database.help', 'en', 'Database connection string, e.g. postgres://user:password@host/db');
INSERT INTO public.translations VALUES (8, 'setup.database.help', 'de', 'Verbindungszeichenfolge, z. B. postgres://user:password@host/db');
INSERT INTO public.translations VALUES (9, 'footer.hosted_by', 'en', 'Hosted by {hostname}');
INSERT INTO public.translations VALUES (10, 'welcome', 'en', 'Welcome, {{ user.first_name }}!');
INSERT INTO public.translations VALUES (11, 'welcome', 'fr', 'Bienvenue, {{ user.first_name }} !');


--
-- Data for Name: wp_options; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_options VALUES (1, 'siteurl', 'https://www.acme-outdoor.de', 'yes');
INSERT INTO public.wp_options VALUES (2, 'home', 'https://www.acme-outdoor.de', 'yes');
INSERT INTO public.wp_options VALUES (3, 'blogname', 'Acme Outdoor', 'yes');
INSERT INTO public.wp_options VALUES (4, 'admin_email', 'webmaster@acme-outdoor.de', 'yes');
INSERT INTO public.wp_options VALUES (5, 'active_plugins', 'a:2:{i:0;s:19:"akismet/akismet.php";i:1;s:9:"hello.php";}', 'yes');
INSERT INTO public.wp_options VALUES (6, 'db_version', '57155', 'yes');


--
-- Data for Name: wp_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_users VALUES (1, 'jhartmann', '$P$Bvu2qRLLFse3U7TLFDI7kCOlYwO09gP', 'jhartmann', 'jens.hartmann@web.de', '', '2023-10-01 08:00:00', 'Jens Hartmann');
INSERT INTO public.wp_users VALUES (2, 'skrueger', '$P$BoZBAzQcud9Q.tZXL1Cn1oR82FMJmls', 'skrueger', 'sabine.krueger@gmx.de', '', '2023-11-02 08:00:00', 'Sabine Krüger');
INSERT INTO public.wp_users VALUES (3, 'myilmaz', '$P$BFrIhNi7SYyM/u6X15dlfNerOsCHDb4', 'myilmaz', 'mehmet.yilmaz@gmail.com', '', '2023-12-03 08:00:00', 'Mehmet Yilmaz');
INSERT INTO public.wp_users VALUES (4, 'cdubois', '$P$B7WdXRrCM.U.6z8uuI9o5uDfUDWKDSK', 'cdubois', 'claire.dubois@orange.fr', '', '2023-10-04 08:00:00', 'Claire Dubois');
INSERT INTO public.wp_users VALUES (5, 'lnovak', '$P$BQah8PaTn0XLT.rE8aKaVLxISfp27g8', 'lnovak', 'lukas.novak@seznam.cz', '', '2023-11-05 08:00:00', 'Lukas Novak');
INSERT INTO public.wp_users VALUES (6, 'abyrne', '$P$B86aRduKmWG.llFxnKEi5QQ6fZQbzs/', 'abyrne', 'aoife.byrne@eircom.net', '', '2023-12-06 08:00:00', 'Aoife Byrne');
INSERT INTO public.wp_users VALUES (7, 'mricci', '$P$B307GSec/TanULcdF0LZtKhPPTfbhik', 'mricci', 'matteo.ricci@libero.it', '', '2023-10-07 08:00:00', 'Matteo Ricci');
INSERT INTO public.wp_users VALUES (8, 'ilindqvist', '$P$BFOCB.Uj6GOCBku6z6fRT0ReDMxOy4j', 'ilindqvist', 'ingrid.lindqvist@telia.com', '', '2023-11-08 08:00:00', 'Ingrid Lindqvist');
INSERT INTO public.wp_users VALUES (9, 'pkowalski', '$P$BRBN6DPkZ0Arr/QwxGhjpAPE4WYB8gy', 'pkowalski', 'piotr.kowalski@wp.pl', '', '2023-12-09 08:00:00', 'Piotr Kowalski');
INSERT INTO public.wp_users VALUES (10, 'fhaddad', '$P$BWeU5ZVvKTZKPhMOIUUmiL3AC9Tu7K.', 'fhaddad', 'fatima.haddad@outlook.com', '', '2023-10-01 08:00:00', 'Fatima Haddad');
INSERT INTO public.wp_users VALUES (11, 'tgarcía', '$P$BmVd/xkmoz2LWOmXLCCzQjSpjVPOzx/', 'tgarcía', 'tomas.garcía@hotmail.es', '', '2023-11-02 08:00:00', 'Tomás García');
INSERT INTO public.wp_users VALUES (12, 'adevries', '$P$BKor70V/mbyqqn4vUX6lqT7GDjBOTGd', 'adevries', 'anneke.devries@ziggo.nl', '', '2023-12-03 08:00:00', 'Anneke de Vries');


--
-- Name: active_storage_blobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.active_storage_blobs_id_seq', 6, true);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 12, true);


--
-- Name: failed_jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.failed_jobs_id_seq', 2, true);


--
-- Name: integrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.integrations_id_seq', 4, true);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.sessions_id_seq', 4, true);


--
-- Name: translations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.translations_id_seq', 11, true);


--
-- Name: wp_options_option_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_options_option_id_seq', 6, true);


--
-- Name: wp_users_ID_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public."wp_users_ID_seq"', 12, true);


--
-- Name: active_storage_blobs active_storage_blobs_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.active_storage_blobs
    ADD CONSTRAINT active_storage_blobs_key_key UNIQUE (key);


--
-- Name: active_storage_blobs active_storage_blobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.active_storage_blobs
    ADD CONSTRAINT active_storage_blobs_pkey PRIMARY KEY (id);


--
-- Name: ar_internal_metadata ar_internal_metadata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar_internal_metadata
    ADD CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (id);


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_username_key UNIQUE (username);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: failed_jobs failed_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failed_jobs
    ADD CONSTRAINT failed_jobs_pkey PRIMARY KEY (id);


--
-- Name: failed_jobs failed_jobs_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failed_jobs
    ADD CONSTRAINT failed_jobs_uuid_key UNIQUE (uuid);


--
-- Name: integrations integrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.integrations
    ADD CONSTRAINT integrations_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_session_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_session_id_key UNIQUE (session_id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (name);


--
-- Name: translations translations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.translations
    ADD CONSTRAINT translations_pkey PRIMARY KEY (id);


--
-- Name: wp_options wp_options_option_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_options
    ADD CONSTRAINT wp_options_option_name_key UNIQUE (option_name);


--
-- Name: wp_options wp_options_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_options
    ADD CONSTRAINT wp_options_pkey PRIMARY KEY (option_id);


--
-- Name: wp_users wp_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_users
    ADD CONSTRAINT wp_users_pkey PRIMARY KEY ("ID");


--
-- PostgreSQL database dump complete
--


