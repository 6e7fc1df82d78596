--
-- PostgreSQL database dump
--

\restrict iK9FQH7Fach0ho04Y2RLPEwJx9Uq1DggkuL1FbchcwfPJ28TY62W5G5hRoLmOoQ

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
-- Name: oc_accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_accounts (
    uid character varying(64) NOT NULL,
    data text NOT NULL
);


ALTER TABLE public.oc_accounts OWNER TO postgres;

--
-- Name: oc_accounts_data; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_accounts_data (
    id bigint NOT NULL,
    uid character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    value character varying(255)
);


ALTER TABLE public.oc_accounts_data OWNER TO postgres;

--
-- Name: oc_accounts_data_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_accounts_data_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_accounts_data_id_seq OWNER TO postgres;

--
-- Name: oc_accounts_data_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_accounts_data_id_seq OWNED BY public.oc_accounts_data.id;


--
-- Name: oc_appconfig; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_appconfig (
    appid character varying(32) NOT NULL,
    configkey character varying(64) NOT NULL,
    configvalue text,
    type integer DEFAULT 2,
    lazy smallint DEFAULT 0
);


ALTER TABLE public.oc_appconfig OWNER TO postgres;

--
-- Name: oc_authtoken; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_authtoken (
    id bigint NOT NULL,
    uid character varying(64) NOT NULL,
    login_name character varying(255) NOT NULL,
    password text,
    name text NOT NULL,
    token character varying(200) NOT NULL,
    type smallint,
    remember smallint,
    last_activity integer,
    last_check integer,
    scope text,
    expires integer,
    private_key text,
    public_key text,
    version smallint DEFAULT 1,
    password_invalid boolean DEFAULT false,
    password_hash character varying(255)
);


ALTER TABLE public.oc_authtoken OWNER TO postgres;

--
-- Name: oc_authtoken_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_authtoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_authtoken_id_seq OWNER TO postgres;

--
-- Name: oc_authtoken_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_authtoken_id_seq OWNED BY public.oc_authtoken.id;


--
-- Name: oc_external_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_external_config (
    config_id bigint NOT NULL,
    mount_id bigint NOT NULL,
    key character varying(64) NOT NULL,
    value character varying(4000)
);


ALTER TABLE public.oc_external_config OWNER TO postgres;

--
-- Name: oc_external_config_config_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_external_config_config_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_external_config_config_id_seq OWNER TO postgres;

--
-- Name: oc_external_config_config_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_external_config_config_id_seq OWNED BY public.oc_external_config.config_id;


--
-- Name: oc_filecache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_filecache (
    fileid bigint NOT NULL,
    storage bigint NOT NULL,
    path character varying(4000),
    path_hash character varying(32) NOT NULL,
    parent bigint NOT NULL,
    name character varying(250),
    mimetype bigint NOT NULL,
    size bigint NOT NULL,
    mtime bigint NOT NULL,
    etag character varying(40),
    permissions integer
);


ALTER TABLE public.oc_filecache OWNER TO postgres;

--
-- Name: oc_filecache_fileid_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_filecache_fileid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_filecache_fileid_seq OWNER TO postgres;

--
-- Name: oc_filecache_fileid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_filecache_fileid_seq OWNED BY public.oc_filecache.fileid;


--
-- Name: oc_mail_accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_mail_accounts (
    id integer NOT NULL,
    user_id character varying(64) NOT NULL,
    name character varying(255),
    email character varying(255) NOT NULL,
    inbound_host character varying(64),
    inbound_port character varying(6),
    inbound_ssl_mode character varying(10),
    inbound_user character varying(255),
    inbound_password character varying(2048),
    outbound_host character varying(64),
    outbound_port character varying(6),
    outbound_user character varying(255),
    outbound_password character varying(2048),
    signature text
);


ALTER TABLE public.oc_mail_accounts OWNER TO postgres;

--
-- Name: oc_mail_accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_mail_accounts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_mail_accounts_id_seq OWNER TO postgres;

--
-- Name: oc_mail_accounts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_mail_accounts_id_seq OWNED BY public.oc_mail_accounts.id;


--
-- Name: oc_oauth2_clients; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_oauth2_clients (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    redirect_uri character varying(2000) NOT NULL,
    client_identifier character varying(64) NOT NULL,
    secret character varying(512) NOT NULL
);


ALTER TABLE public.oc_oauth2_clients OWNER TO postgres;

--
-- Name: oc_oauth2_clients_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oc_oauth2_clients_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oc_oauth2_clients_id_seq OWNER TO postgres;

--
-- Name: oc_oauth2_clients_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oc_oauth2_clients_id_seq OWNED BY public.oc_oauth2_clients.id;


--
-- Name: oc_preferences; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_preferences (
    userid character varying(64) NOT NULL,
    appid character varying(32) NOT NULL,
    configkey character varying(64) NOT NULL,
    configvalue text
);


ALTER TABLE public.oc_preferences OWNER TO postgres;

--
-- Name: oc_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oc_users (
    uid character varying(64) NOT NULL,
    displayname character varying(64),
    password character varying(255) NOT NULL,
    uid_lower character varying(64)
);


ALTER TABLE public.oc_users OWNER TO postgres;

--
-- Name: oc_accounts_data id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_accounts_data ALTER COLUMN id SET DEFAULT nextval('public.oc_accounts_data_id_seq'::regclass);


--
-- Name: oc_authtoken id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_authtoken ALTER COLUMN id SET DEFAULT nextval('public.oc_authtoken_id_seq'::regclass);


--
-- Name: oc_external_config config_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_external_config ALTER COLUMN config_id SET DEFAULT nextval('public.oc_external_config_config_id_seq'::regclass);


--
-- Name: oc_filecache fileid; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_filecache ALTER COLUMN fileid SET DEFAULT nextval('public.oc_filecache_fileid_seq'::regclass);


--
-- Name: oc_mail_accounts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_mail_accounts ALTER COLUMN id SET DEFAULT nextval('public.oc_mail_accounts_id_seq'::regclass);


--
-- Name: oc_oauth2_clients id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_oauth2_clients ALTER COLUMN id SET DEFAULT nextval('public.oc_oauth2_clients_id_seq'::regclass);


--
-- Data for Name: oc_accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_accounts (uid, data) FROM stdin;
mrichter1	{"displayname":{"value":"Martin Richter","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 47, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"martin.richter79@outlook.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (617) 245-5732","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
slambert2	{"displayname":{"value":"Sarah Lambert","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 32, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"sarah.lambert14@proton.me","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 153 24268602","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
mweber3	{"displayname":{"value":"Mia Weber","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 76, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"mia.weber12@gmx.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+44 7438 870078","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
pmoreau4	{"displayname":{"value":"Pierre Moreau","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 40, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"pierre.moreau90@hotmail.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (312) 424-4626","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
clambert5	{"displayname":{"value":"Camille Lambert","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 68, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"camille.lambert29@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 152 62984823","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
dlopez6	{"displayname":{"value":"Daniel López","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 37, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"daniel.lopez36@proton.me","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 157 84840860","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
djohnson7	{"displayname":{"value":"Daniel Johnson","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 82, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"daniel.johnson56@gmx.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (415) 293-6115","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
sbernard8	{"displayname":{"value":"Sophie Bernard","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 23, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"sophie.bernard30@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+44 7565 724989","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
etaylor9	{"displayname":{"value":"Emma Taylor","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 55, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"emma.taylor7@icloud.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 57980243","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
ejohnson10	{"displayname":{"value":"Eva Johnson","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 9, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"eva.johnson47@web.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (415) 981-4147","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
adubois11	{"displayname":{"value":"Anna Dubois","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 1, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"anna.dubois92@gmx.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (206) 399-7768","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
swilliams12	{"displayname":{"value":"Sophie Williams","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 56, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"sophie.williams76@outlook.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 51264256","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
lwilliams13	{"displayname":{"value":"Laura Williams","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 86, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"laura.williams63@gmx.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+33 6 53 96 92 32","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
emuller14	{"displayname":{"value":"Emily Müller","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 77, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"emily.muller22@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (312) 729-6315","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
cnovak15	{"displayname":{"value":"Camille Novak","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 31, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"camille.novak76@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+33 6 51 22 12 94","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
lmartinez16	{"displayname":{"value":"Lukas Martínez","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 67, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"lukas.martinez76@gmx.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 33144084","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
etaylor17	{"displayname":{"value":"Eva Taylor","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 55, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"eva.taylor36@hotmail.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (312) 353-4733","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
jnielsen18	{"displayname":{"value":"Jonas Nielsen","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 58, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"jonas.nielsen76@web.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 55576101","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
jmuller19	{"displayname":{"value":"Jan Müller","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 4, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"jan.muller81@yahoo.fr","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 154 36528753","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
jrichter20	{"displayname":{"value":"Julia Richter","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 59, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"julia.richter52@hotmail.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (415) 241-4734","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
mweber21	{"displayname":{"value":"Marco Weber","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 54, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"marco.weber53@outlook.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 25187460","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
dlambert22	{"displayname":{"value":"Daniel Lambert","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 54, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"daniel.lambert28@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+44 7768 157334","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
pmuller23	{"displayname":{"value":"Pierre Müller","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 62, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"pierre.muller40@icloud.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"030 61916297","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
dbernard24	{"displayname":{"value":"Daniel Bernard","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 56, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"daniel.bernard6@yahoo.fr","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (206) 522-8014","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
ebrown25	{"displayname":{"value":"Eva Brown","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 89, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"eva.brown95@yahoo.fr","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 152 76343461","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
cmuller26	{"displayname":{"value":"Camille Müller","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 17, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"camille.muller96@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (312) 418-3829","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
lrossi27	{"displayname":{"value":"Lucia Rossi","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 59, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"lucia.rossi61@posteo.de","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+33 6 16 60 26 92","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
skowalski28	{"displayname":{"value":"Sophie Kowalski","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 80, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"sophie.kowalski15@hotmail.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+49 151 59144127","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
llambert29	{"displayname":{"value":"Lucas Lambert","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 70, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"lucas.lambert76@outlook.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+33 6 74 86 83 31","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
mjensen30	{"displayname":{"value":"Maria Jensen","scope":"v2-federated","verified":"0"},"address":{"value":"Kantstraße 7, Berlin","scope":"v2-local","verified":"0"},"website":{"value":"","scope":"v2-local","verified":"0"},"email":{"value":"maria.jensen48@outlook.com","scope":"v2-federated","verified":"1"},"avatar":{"scope":"v2-federated"},"phone":{"value":"+1 (212) 608-3709","scope":"v2-local","verified":"0"},"twitter":{"value":"","scope":"v2-local","verified":"0"},"organisation":{"value":"Kanzlei Brandt","scope":"v2-local"},"role":{"value":"","scope":"v2-local"},"headline":{"value":"","scope":"v2-local"},"biography":{"value":"","scope":"v2-local"}}
\.


--
-- Data for Name: oc_accounts_data; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_accounts_data (id, uid, name, value) FROM stdin;
1	mrichter1	displayname	Martin Richter
2	mrichter1	email	martin.richter79@outlook.com
3	mrichter1	phone	+1 (617) 245-5732
4	slambert2	displayname	Sarah Lambert
5	slambert2	email	sarah.lambert14@proton.me
6	slambert2	phone	+49 153 24268602
7	mweber3	displayname	Mia Weber
8	mweber3	email	mia.weber12@gmx.de
9	mweber3	phone	+44 7438 870078
10	pmoreau4	displayname	Pierre Moreau
11	pmoreau4	email	pierre.moreau90@hotmail.com
12	pmoreau4	phone	+1 (312) 424-4626
13	clambert5	displayname	Camille Lambert
14	clambert5	email	camille.lambert29@posteo.de
15	clambert5	phone	+49 152 62984823
16	dlopez6	displayname	Daniel López
17	dlopez6	email	daniel.lopez36@proton.me
18	dlopez6	phone	+49 157 84840860
19	djohnson7	displayname	Daniel Johnson
20	djohnson7	email	daniel.johnson56@gmx.de
21	djohnson7	phone	+1 (415) 293-6115
22	sbernard8	displayname	Sophie Bernard
23	sbernard8	email	sophie.bernard30@posteo.de
24	sbernard8	phone	+44 7565 724989
25	etaylor9	displayname	Emma Taylor
26	etaylor9	email	emma.taylor7@icloud.com
27	etaylor9	phone	030 57980243
28	ejohnson10	displayname	Eva Johnson
29	ejohnson10	email	eva.johnson47@web.de
30	ejohnson10	phone	+1 (415) 981-4147
31	adubois11	displayname	Anna Dubois
32	adubois11	email	anna.dubois92@gmx.de
33	adubois11	phone	+1 (206) 399-7768
34	swilliams12	displayname	Sophie Williams
35	swilliams12	email	sophie.williams76@outlook.com
36	swilliams12	phone	030 51264256
37	lwilliams13	displayname	Laura Williams
38	lwilliams13	email	laura.williams63@gmx.de
39	lwilliams13	phone	+33 6 53 96 92 32
40	emuller14	displayname	Emily Müller
41	emuller14	email	emily.muller22@posteo.de
42	emuller14	phone	+1 (312) 729-6315
43	cnovak15	displayname	Camille Novak
44	cnovak15	email	camille.novak76@posteo.de
45	cnovak15	phone	+33 6 51 22 12 94
46	lmartinez16	displayname	Lukas Martínez
47	lmartinez16	email	lukas.martinez76@gmx.de
48	lmartinez16	phone	030 33144084
49	etaylor17	displayname	Eva Taylor
50	etaylor17	email	eva.taylor36@hotmail.com
51	etaylor17	phone	+1 (312) 353-4733
52	jnielsen18	displayname	Jonas Nielsen
53	jnielsen18	email	jonas.nielsen76@web.de
54	jnielsen18	phone	030 55576101
55	jmuller19	displayname	Jan Müller
56	jmuller19	email	jan.muller81@yahoo.fr
57	jmuller19	phone	+49 154 36528753
58	jrichter20	displayname	Julia Richter
59	jrichter20	email	julia.richter52@hotmail.com
60	jrichter20	phone	+1 (415) 241-4734
61	mweber21	displayname	Marco Weber
62	mweber21	email	marco.weber53@outlook.com
63	mweber21	phone	030 25187460
64	dlambert22	displayname	Daniel Lambert
65	dlambert22	email	daniel.lambert28@posteo.de
66	dlambert22	phone	+44 7768 157334
67	pmuller23	displayname	Pierre Müller
68	pmuller23	email	pierre.muller40@icloud.com
69	pmuller23	phone	030 61916297
70	dbernard24	displayname	Daniel Bernard
71	dbernard24	email	daniel.bernard6@yahoo.fr
72	dbernard24	phone	+1 (206) 522-8014
73	ebrown25	displayname	Eva Brown
74	ebrown25	email	eva.brown95@yahoo.fr
75	ebrown25	phone	+49 152 76343461
76	cmuller26	displayname	Camille Müller
77	cmuller26	email	camille.muller96@posteo.de
78	cmuller26	phone	+1 (312) 418-3829
79	lrossi27	displayname	Lucia Rossi
80	lrossi27	email	lucia.rossi61@posteo.de
81	lrossi27	phone	+33 6 16 60 26 92
82	skowalski28	displayname	Sophie Kowalski
83	skowalski28	email	sophie.kowalski15@hotmail.com
84	skowalski28	phone	+49 151 59144127
85	llambert29	displayname	Lucas Lambert
86	llambert29	email	lucas.lambert76@outlook.com
87	llambert29	phone	+33 6 74 86 83 31
88	mjensen30	displayname	Maria Jensen
89	mjensen30	email	maria.jensen48@outlook.com
90	mjensen30	phone	+1 (212) 608-3709
\.


--
-- Data for Name: oc_appconfig; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_appconfig (appid, configkey, configvalue, type, lazy) FROM stdin;
core	installedat	1678000000.123	2	0
core	vendor	nextcloud	2	0
core	lastcron	1711900000	2	0
core	public_files	files_sharing/public.php	2	0
core	oc.integritycheck.checker	[]	2	0
core	backgroundjobs_mode	cron	2	0
theming	name	Kanzlei Brandt Cloud	2	0
theming	url	https://www.kanzlei-brandt.de	2	0
theming	imprintUrl	https://www.kanzlei-brandt.de/impressum	2	0
theming	color	#0082c9	2	0
user_ldap	s01ldap_host	ldaps://dc1.brandt.local	2	0
user_ldap	s01ldap_port	636	2	0
user_ldap	s01ldap_dn	cn=nextcloud,ou=service,dc=brandt,dc=local	2	0
user_ldap	s01ldap_agent_password	QnI0bmR0LWZpaHJLZzAwRm0=	2	0
user_ldap	s01ldap_base	dc=brandt,dc=local	2	0
notify_push	base_endpoint	https://cloud.kanzlei-brandt.de/push	2	0
richdocuments	wopi_url	https://office.kanzlei-brandt.de	2	0
richdocuments	public_wopi_url	https://office.kanzlei-brandt.de	2	0
spreed	turn_servers	[{"schemes":"turn,turns","server":"turn.kanzlei-brandt.de:3478","secret":"7ff0a1b9a6433f832f6c726e344230341d484b02c97f6757bf24cbacbd81db52","protocols":"udp,tcp"}]	2	0
spreed	signaling_servers	{"servers":[{"server":"https://signal.kanzlei-brandt.de","verify":true}],"secret":"EFQgsAxWiVfLCbjay6B4ce5e0SpFtfzE"}	2	0
files_antivirus	av_host	clamav	2	0
files_antivirus	av_port	3310	2	0
support	subscription_key	JJFFJ-RVAEJ-GKS5S-MIL5T	2	0
serverinfo	token	cZkou5syWgdOXIhT94kEIt4I6TU6DWHS	2	0
password_policy	minLength	12	2	0
firstrunwizard	enabled	no	2	0
mail	microsoft_oauth_client_secret	FKC8Q~oY9YHKxDdetYO33Kd3oP78ERPYSo5UOqkc	2	0
\.


--
-- Data for Name: oc_authtoken; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_authtoken (id, uid, login_name, password, name, token, type, remember, last_activity, last_check, scope, expires, private_key, public_key, version, password_invalid, password_hash) FROM stdin;
1	mrichter1	mrichter1	WotQHb7SVKsmgSTngiWRMXTRb9WWdc/QyStJpBl5Lr5uEBMx5Zlq7pBYoVJ/B+NHxoLR+hZf3QYsTdtvHDpdtbKdTOvzyW+ZQJu4I94VUjK/+CHINWGdQdZMhJdym/Ob6XC1pjtlbEHNBmirHp55Ck6IdTejfLdi2K1AWSYfDByRKFFA8fZpW6qHNlUN+d1/gopL3jYU20hO0PZUXVfKwCZNaRJJs8DQKb38ioHzzEhnUMMu26M0mW7Ol7fuKM8q9pO5gETdodMTt3NU/vXvU/SdQ+2rfLzOafoDVG8dC8ip|1b1c71b4027f497d376aed4951eb97d4|5063701db6b9e3528bea73c428e5d4a1ca1c0e5e33e146e55bcf5d267fd335371e6be92cc0bae83418f650155526e3353c26283083b36615040bcf428d6214ce|3	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	953ec3ebb12c4935d6968a06d21779d263229a79cb3da8130ab524c851938e06e16654d30577d448a3dcf290df02ede1628cff02714013918aacb6dee6761c9d	0	1	1711000000	1711000000	{"filesystem":true}	\N	maoTsMoNAApQMF656kkpx0VtHG4firJ8qJAyFBPfUUZAdTxkTQq3a60l+S6Xyp7H9Zd5lc0/Ppeo12U+KC0GFnYkepY1r1By+5wCCM1rG5768+TLpzWIOsWQLPI2acJTyKxz4pGYr56rp55yiWJiBOOaa0WWa+UrvG53SdkA1BiREreKgfFqX71E0Z1KFup/+LZ9C5hB5bFINrnSoCgFON00Q2iQ1FgwNZxiPjiVOpZEWnfKf4yb+zAWcAXKipiD+r7PfMbDHJw3K8uGGrwZqyP71QAII0d952BlPRTG8AeiCBnMLQX98tK28HTXWNrEKcmnOYh8kS1LVhG+rvkFgwd1mZJYQ4cCpm2LgKnowI2u0HP5Lhp3AjtYinM4Tw+2xH+8aJOUqOAUdkxlqiw/Na8C+cu/y6rMedgUZxojj7kgz00lFPrA8zPEglOw+xbEQVXI47O+TUljR9fYgBbS4tIJWRetg7uU5HXGRKdz8DUSr+3hHvlizFBlSolqEtSl12N3Bzl9obyCYe/7iPO7/RCoA6nRO/bk7vP2DQWkuVDLuyCGKqQmxnf/nwozmghHoyuKNH5776/oGS/CuHCa9W196fk6gtfUGNdfiy1o9jmHQlR0tvSSs8aFELiVpabDX436AHSGHrlQ/mDogDvn+dc6W/OKz1RG9wDaxWG4cHIfqmoGH7OqCIxJv2o3Q87jnlwUB/UYNujQXRPD9bC7/gVg7j//OJ+bTqMWpDg7mb6saoGMXqsTh/XpGPL8HI0yqH4eBIN1Zj/RB6CQ1dMzwOsOkFI0KbiGsI2sDVlTzC78szuHBTFGwwueYhFT+gGUcb9VqGBxZKRMKZWIDx0JU6mikRATNYmS2T56tIAe6NSefpLSilExX/aaKMlco0TKxEM9eKPKpeFC5syZuhTzqiCAbQTOyOlNRfoB4UGX1QmH8HPvAUjzF68YqzMp4qDwTG+5DQi3bGeiO+BL9skGVIlG/ImOrWbMY7yUoR3sj/os6t1hzNFUNKgpCDdEmWqX6LUQ5CYh87r4hTuS1i2p+AP25bEfZswbpTmxmOHa4fBxaDw+Xhs+fD+O9bw0phj+nmtDuCKAYqPpnew5Dlw/AI0c7sOltsJKj9wcESykzUVbpQ2AE3KG9UTrTyGtki73qGaBf/JmM7iB6natOVa57KyrpsTxGrsZf++0LNHHenngppb2jVVZNIy+W1kaSpeWkF1X3fAfZmhY7/0ZJqnLj48Jg960bpC2MfOaqGWBn6kS4TeBpDnVz65EGpaR04NDbvFH3rRzJTW+4RY+InQkJnH2DVVIveo4vdNjw/WBE4uuu9rDMBaUB30+XUiNzXo3L3L0dhWJNFhW3VhdK/5N+k62vBHAWT8SwHGMKPxNeCQa95fjz6Wz8kwkJok3dEUUNtQWU1cEppa+i2k/kvsBMNaLuX+tB6zp+rP/6fZRD1nPf4m37Q0kHcOwQjw1Kd3jhttlcLMBkvIiVA5nBVN66D+452GH2wVMPSIobFpU6EpN4dQJzEI66h/aJF++WFGNdC4Oq08twSbp5YOgw4keTUTI5W4VT/MC54cHr4b1/gktNIa8uUyRAYLaYPq9wuxd|bc70f3542a7cc5e38010574fa962b801|bbc0f251303c4444de0b740fb996bf2a340c5e43322213063b0e309a8af175d96b763d43f84666519233602e4dfb5dba5ed92342a52f3c671c93659c28923827|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApDlQb+HGue7M+J0V77kDS2taKLb9jVCEAWFh6xLi\n-----END PUBLIC KEY-----	2	f	\N
2	mrichter1	mrichter1	PWfvxC7lOBD/2H6rW7f7Px4cLcpwePTaujRH5QFZvsyPmucBfbGfPr3BwmCkEBkFhWG7sOr8Gt2FeqC7JAtWdIjpcKPQ3CuW0LiI51+zTcMtgR9cBxA2Sz2F2VZ7fiIZdeXf5Yly3+EhPJEShtJR+ZDdIiQWjfE6mfTVD4pX5YXmryZmIZ8holDls59ttOHN7N9ySK7u+776HszRSHcoudf45qzFOq+turInx+6lA2+4z1jTNQwTM8S0qFmqC3AUC6+hEGW8HBapQbIzjkf5YMhjoIhJOTcNFGsrulIlMQax|52f26f182e98f2061d54abcd793dfdbb|10162683decbcb5ca7efca5414b035dea466244dd39af4ce47097947a54037502557c30ee3e6bc28adef9f2c2ffbc715a611bd8c9de13dc6d24fb607eed1558a|3	Nextcloud-Android (Pixel 7)	ce7771284437c92018eae7503a79230e3aa0d6a66a0690ca89d4df08156ea54bc93cf49889a27e516641244a0e2978805d83d7839f1aade34f70fd73697690a2	0	1	1711000000	1711000000	{"filesystem":true}	\N	Vsh62gEu1HT6sbDPOa0YJ59TfJuGX/Jzrp0ySN75Ju7lLiYjPadg/utYhT/EudLo74McGMqRGTQCFyVDooqFNTaDprN0guxH/w1R+sXpzTmNblzUwBk+wSadGXVNNo/jmFAlA3bbM18adxhmZlD7g+zWb9ZVWuEbvoTGOCBGiEGRQyKEXYIDekY2ibJHJ2e2lk8mpCwVW+8LmYsrvyqbtVkCpDf9btdWpLPFreK5dLBaaSfqNETopKYZn1c7NGBSWn+cLysLbtnTwj6Vp7LxJiO1HHDnGK0PZCtty9CfjWHV4jpnsBRrENAFVHUbPJU7flMmQBi3l0opLq8u0nY4GNLS7YytyANvfGC1CTQ6Gu6w28SPhi59E/FFkhwAHPqVlI6er0/gwxzsLOgx9gsBXrBDaLc2nkYUDe97YcBhbwTgocfdEU6K9ZSPKi6HInGQasJA5GEf+5kIexD7pG7TyI1oJ/JvxEWiy7AU3GSpNMjKtANEluImsufofBxdXePRKo5Q0s/rHORTiNlPyZdyQ2lE5Jm17OTLfuJ9GU4HnAdm5ZktPXEJtCjtWwmqzNVWrgYf9xBJNMQCipdPtXaOv1LTw538x2K7aBxZnD44Gu/dCjtgrrggxOSqmL3zw85bkZSoXwNZWY5W5dHnP7sLFbZa0vdVuUWf09CATuJb5eV509B8xOFtFhBPakZrXBZvGOEx3LX+1LYnfAL9kMMd34GgksqF85IPAQuaJPvBuPYFYat5SjGJ2k42rIVuvIQZ18nWmSjAQyRhGen9hWClRfuN8YcV3LnCTL3QAk82Qq1B/kWwb1OVU4FKu9HlN9VPpoQZlolB2PNqdtfx80GKb2WJvPuWhvVsTHQe8x5Hf+8EYSNE+SW7JK7C097+nMY/oWcIqeL1m77jXQhhTqPUpMJNxkCkIRMTXaoJLJWSPJBlTmXzQ9HNtF0ZF7yyipmefkM2CtFIP5hs/KouypgYqCIe6mo2MbKUz4NrmVZb5moGW7m1abruhdWnpez7Ue4cExolFeYg7htHIg2S5OrvQeRmKh1TkjHCTvXg/6NP4cnGi27zsXgxK92D+5MmOgGt3tNktkqpjgxEhZQ8VN3vfYGmMSyQxVwGX4c8XhrajbxaAgIQNGq7LWxM+94bj81xfhYgxn8XoZ1CWcDOMi3cG3Ye+jHggSSzpu+o8cozdwyv/ppu9au/aI7K62N/qlskN5ghyhuCyshq6jX76BDrnfHhNt+lZ6akdbyYrcO3Ya13ALE6daf/S+HwcxpVJ2uCFZpfHS+j5c0lcsdh3JzR5Evj0aCVr+S3sj9v/MTtbuXlzErAUHWbUjgCg57T3mjhcnKapL1pdV576OIdGYGRJXRTlLXgqpXP8V92UpzF/r73pzyYmF+n/no1SXza+1SWPV3HPAZsIesRieByH+H2QoCrRMQvy5BtWdk3fjMqxCDHKXpyF77o/3bN6p2JLCq1fB7/MHDKvC53JEliOmWSy7+Ne9MYsSSnR8JdH8goGSiB+G9zO+f2VLab4mx0OKZ6DBLtnwDoUCzSAK4GxiLWWrqvJg0WHpK52RDNSYImd8PsStcFLPvDj36/7nO0kc24|f95ea2efb05f826dae4a744757e81e42|a40bfda46ee1ebba4340a9caa53216a788066de31688a0300457e87eee2b2cac080d11ca5656df5300fef746f08ebfee432fe6486abd0151b0c338894198e536|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApXb7EJnufqgrm1D0gq5wTjxBd7dlWXstIuc7UIoy\n-----END PUBLIC KEY-----	2	f	\N
3	slambert2	slambert2	cH+duGhpTmBCukZpz8SQW91HYN3LL0eZi7uDhXwij97kjdn8Dwjv0Tnb9YF54Mh76x41AuamZ5DB8iV4C/QoZK7vDy90qg1vDggHjDisTwLNiHVZRk9vymZFl8XuqIwf2BYUbGvt1qqARYOCVqd8BOkkkk0Q+SHtHUmsbOshbRZ/nMkHfWmhNvy1Ci8O9HgtWhpRhs3cymKWqxNDeaUCh/4gKICs5T3mB+FqD/5tY7H1QA3FJGPwwUyMcwsyaTd7AmSmRU3f7QvqUYyGaDhNRQCe/qQqbPBhVUxku1lyntJd|a2e7aec604021f8f23077cd50c5bda22|9f05dee6aabf5d87c0516834c08e0f811a347dd0e03a577bae9e539b91bd3293ee96a192a3832baef9021e2e9093f7c36a9a517edfa5cad865cca329dc5b0aed|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	c04bef93a2e0b011bc5318722306549e48f049442f1f68d2a4d75b6aed200936203b2d4bf5fcd746f82d22bb857f6c1e3daf0aa4486e0748f944dfc1510ead4a	0	1	1711000000	1711000000	{"filesystem":true}	\N	GWv9TwwWZHnQVKWs5zNxnEd7VRtYfegUW+d+ErJ6zAOnKF89Pz+fHHwfsofUmbpRDI8c3hFWVjhF5ZAddDgimA1R9VgC/+DU2QvjPOKsWX9aSjNEvCTy3EGsIKPFgWav9k9PMXsB9hPRDjfAT+I+uqhFjLxHjHLCoBGpEV2MG8axjeCW2X9DyVXouKrd7e65QVmFH0+msjPwxzPUU/eKX7feemdmwTl8Y6OCrmulsAQLmmuk/GOYB34TOgiwej38cAUVitESj4oTMAbLXAcWFMwbWzEmI1DPkN6sT0TdoQdJ71lwg4iWeK+6EZJ3863YkcRW9Mec85Us0V4zY71SezebsH7Ki7/kOFGMG0RR9w+so4gQXjDQtsjZpNj+w6ZpZGAQ4Ncyzei5qOyihJo8NTK6q7ZnitOawueXp83MZUBvowdkS+/7091Ue3XNF4wZOfLXxevg6qZFNRVyNiVV/I36WQuuSRI4E9SJs9nCp5vry/DEgxK9FflviB50c7cBTBcRdPADkc22mH3lTTOBLoowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQB|c54ef60970ce076ea7078cd0887c4a5e|d38178aeb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d57f3146338161ff578dde8228488657c825383e5130a0017f685e652c9f64b8|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIED\n-----END PUBLIC KEY-----	2	f	\N
4	slambert2	slambert2	Ts5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/|722adf8946caa0693e3492b38e931aa3|44b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4cf422ecc341570197fc4f04af7d15dd5fef58ad733|3	Nextcloud-Android (Pixel 7)	bde46a0a49d3d3155354c8bf4c9919474b2cadf40df9c7b39e8e0ed9643dcf5fc6043860aeacb7de3e582b5accb3e3338e947731410fdc55aa6664708d38fbfe	0	1	1711000000	1711000000	{"filesystem":true}	\N	DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eA|621d506f84ee10ef30e26de8d9a95051|158c2720a2ea99889a0ea36320561fe87fe403b7a736005f0fd864c3447d90ee75163dd7cf97b9e44397757f9defdd359402bc4ac60f5e73567b4dae784fdc12|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkc\n-----END PUBLIC KEY-----	2	f	\N
5	mweber3	mweber3	n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMk|02f6ea7fd16d333b8e7a032ac025e073|863ac521c2678cbc173e871b71206b1497ed16d9e741334ca3b660d089f46c65b0a382e4b1e18bbd53f23660b42aaf60597502a825f1aca834c63f959dcf8ad2|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	fa9771a365301f49617a3ec8ca92cbf6aa487f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b87517412461d9ea9855ede1cb7d	0	1	1711000000	1711000000	{"filesystem":true}	\N	w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq|e386338b441761f73c78f742d40a3a45|4503f46f10ad8a0998f337207f7aabc138ac25b9d293ac69156d6bba4900d7407872d46f0f182c4f6169e1aeba4e9a2546b2d64f88a4c7aff49de674ee54c96c|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yj\n-----END PUBLIC KEY-----	2	f	\N
6	mweber3	mweber3	v/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0V|8901dc6f37965ca7b6363d989cda6041|7375a6b10cad3cf1254e454e0ab61fdaeabcc77382f2749728e574a5c3042731b5fa86445a3332ea1685dda599724544934bc15e8feb34c0f5f6f21fc8ddb062|3	Nextcloud-Android (Pixel 7)	3b23baf673666e267edbec706cf81f1b3fbb61d9e2ead073bb7b0f28243ceece6d75df96318d2baa07406069b92f833e2e0ce866a0dd6d7e0dcc579b000a0d8a	0	1	1711000000	1711000000	{"filesystem":true}	\N	VVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0y|953ff3b0f8225167a067612532f8bdaf|4c88c6da25e16a1234389011f70da396233193d17602d32847f90540959a11f6ad562a068d6e9d2ca24c01fc2c0b3de7fbb3eecfd4ac99e10aceaf2864b38be7|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQ\n-----END PUBLIC KEY-----	2	f	\N
7	pmoreau4	pmoreau4	JasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7|1c321a29def3eeb1815d30b4b651daa0|2a25f778977f039088a6202c10bb52cf41a66594b295f5fe2b8dab43e5d7dd155a6bb69ce6c150277fca8eaa6aab3f22dbe17827e43ce71fda73967d7657f8ac|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	3186c1e339376465202fb3e54bdf5682e04216c5f561bc26a94f5a09c7d99ea9eca13fd0ae3039ce80eb010d903d8f670a0dd9f8c2b578b47a28b5b68b22b394	0	1	1711000000	1711000000	{"filesystem":true}	\N	zcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fB|aff3812ea45f1228c2858c5dd5f2363b|e143211563a5d2e590093f517544b87e5cd13a875a8864e769dfc6635f4e467cf6e0e30e84c0e0b1bc4bada54fd4327d301c1dafbaef8b9a658b7638578d4aed|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmp\n-----END PUBLIC KEY-----	2	f	\N
8	pmoreau4	pmoreau4	Dk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPV|b207d14408384306ab248038e668ce79|f0f1d3b5259722357a23b722636f0a1554914d9eb3448d5c510386c265d00cacd813f74a24ada5df6480167265bda22a45b44cd24b86326d339acc500a643544|3	Nextcloud-Android (Pixel 7)	b5e14469376274df6ae9b5d9c9db808ae6c0cff2ac7288747d1ee290f91691d83ff3cdcba676466374590a607c1823b40c54ef60970ce076ea7078cd0887c4a5	0	1	1711000000	1711000000	{"filesystem":true}	\N	52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52|62156f5a7132727d934e84ac5ad2ef17|c3e825a3be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a0bf94ffe063f4df03bf1e377b0a2e2da7310f|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQ\n-----END PUBLIC KEY-----	2	f	\N
9	clambert5	clambert5	Br6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkP|71507fd82cfa548f0df73dcf03cb80e8|2fb2dc5e42acaa9c97db9247dc94a257dca673eeb90f6538e3a0869b5b555628e1b3afaea82d91820e180e99db59d67eacf9b661e6e67b38c43354838951c9d1|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	45e6dda8dd70621d506f84ee10ef30e26de8d9a95051158c2720a2ea99889a0ea36320561fe87fe403b7a736005f0fd864c3447d90ee75163dd7cf97b9e44397	0	1	1711000000	1711000000	{"filesystem":true}	\N	cUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4|365547d3ba222570645861b5cfbc32c0|8dea55ea3663da0be9a076805b1da1988440d19cba3630a2938585367810178ef3793f6949aefb10c0535b9510ab88f055aed39a0ed8c2ccc0b9dd4bd17797dc|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOA\n-----END PUBLIC KEY-----	2	f	\N
10	clambert5	clambert5	T/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5C|3a9f02d92ba1bc81ea04b71618d6eb71|2e9f57a2ccd713580b2863ca456a329bab09b5ad06c7400a60eef03d1c8a00363b3bdba958f5bc06a47d298c2024797cc8ca2ad83375e56cf7fedbd435d29863|3	Nextcloud-Android (Pixel 7)	9397e98fb0bff7a337012f5f722aa5757a2968fe6ee55b8c7ced545479e8eb112511f647dcdc3a8789d60e082ae386338b441761f73c78f742d40a3a454503f4	0	1	1711000000	1711000000	{"filesystem":true}	\N	Z+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6B|c8f3b5b994510eb59ca078bade38d92a|1848d2f2c3e6fc7433c0efaf45682f1093dfb57e65785c1bf38c8782a3ec633f7eb243b3161166b632fae13ace3cda264c5fe0b849a32884a3ac1092a01b4fe0|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldc\n-----END PUBLIC KEY-----	2	f	\N
11	dlopez6	dlopez6	p3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdc|ace098f1d39a5232c19e8c452a81655a|387b4dd4070c3039c011bde59022259d9b7d04c0df2eed25fa468d51c17830be576855b0f74481a6f41af70ce18cd14747f66e7cc6263452bd7714343009ae97|3	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	6a9dc953ff3b0f8225167a067612532f8bdaf4c88c6da25e16a1234389011f70da396233193d17602d32847f90540959a11f6ad562a068d6e9d2ca24c01fc2c0	0	1	1711000000	1711000000	{"filesystem":true}	\N	tP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyG|8b8bb04aceb0f1f10af8fb47d15176e5|02f3fbaa18871ef302c6259fd1de21ad3ac9326dc6727e75fb36f047e0bc59003674c3436678722d61f45c6a031db38c77f42b5311be2b2184e1f29662857347|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRla\n-----END PUBLIC KEY-----	2	f	\N
12	dlopez6	dlopez6	O3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B|d7034e93050f3b2fa3bffce0f2f8f355|73c2935534df762cb81d60849cb23490e89d10cb138cb50e4538b4a2e03928b61a4df73e01591d126f2e445b3a6ea74f9edf21857c2fcdd31eda616bdf67aaea|3	Nextcloud-Android (Pixel 7)	eac0e0cb728fa094bd27970fd9c45061cb5fa21b7a5c962f5d9e7fc82578e807841f2f843b27b5a30e70aff3812ea45f1228c2858c5dd5f2363be143211563a5	0	1	1711000000	1711000000	{"filesystem":true}	\N	0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkP|7a0867edfef911982723190ef91a06a0|8bccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db79a741d85ad4e7fe261d55c7157f39f99a825ee6879c8e|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAUhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6e\n-----END PUBLIC KEY-----	2	f	\N
13	djohnson7	djohnson7	1+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5y|60148b353d94ec645ba94d83260e0c06|c0d7470bd8106a1c09f2fb6b6ebc280464190b6a92b2478045207af76fbeaa6de22ef45139685fdc537040e9018aef589b2545f9fcf4bf8b51228c45f3b63cb3|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	17bed62156f5a7132727d934e84ac5ad2ef17c3e825a3be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a	0	1	1711000000	1711000000	{"filesystem":true}	\N	Bv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HU|a7d9f162afcee50ba827fdf979a89724|6fdea270af8409050d1dc06306740b25f62f8f649666cd5c185d6530d23a79265833e4b8f5ad0c3f8ddcbd3c39f3b4e54d97157794a08ceed5a438269d49da99|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEADLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmP\n-----END PUBLIC KEY-----	2	f	\N
14	djohnson7	djohnson7	aS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAW|26f0f39191f66d170d34fd475fd398ea|c82d692c7b0934a839b77f72bf48b134e2d6f4de0ad8da339be3ef306764ea7568f1480d78800bcd0c00baca3c84b6d6924195b316c8fdcd01ed37871fc6920f|3	Nextcloud-Android (Pixel 7)	e4bf1d2bd5588d94cc937e29d5182e163c51e4247765f57a991a695f2a3670883fbda0271f9367bdacd7ada60e365547d3ba222570645861b5cfbc32c08dea55	0	1	1711000000	1711000000	{"filesystem":true}	\N	5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1|a43797cbe7fc2708d3e59be858af8c8a|734b0d63f02978989edb070ed75417aeeb319b02903fe89a10d4db74302740d122bb8d9d66bc2cc74ec10a0097c517e47a3d3f1c55e45bc1fb2f56a0dbea88c0|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFA\n-----END PUBLIC KEY-----	2	f	\N
15	sbernard8	sbernard8	4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEi|4fb2288de512aa5acfc998a5dbddd290|604a680755beb1e71d791caa13c0f09ffa0715035533cb5deb317db387ef13b1b88c9adcab7dc21c1427d9f55b03643d9b054a7f54c74251a45b6004f9decbd2|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	c0dbe82adbe0c8f3b5b994510eb59ca078bade38d92a1848d2f2c3e6fc7433c0efaf45682f1093dfb57e65785c1bf38c8782a3ec633f7eb243b3161166b632fa	0	1	1711000000	1711000000	{"filesystem":true}	\N	5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2|5ec2a93eabc1ee503065c79ba2948026|3c5b6ee99c0cbb157309e256d0137929ba35854ddacfe86fa5a428f26a26c67cc2947b1bf74c868fa659610a7a69d2f6af355461e6425632eb3fca15b32551a3|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4\n-----END PUBLIC KEY-----	2	f	\N
16	sbernard8	sbernard8	JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+y|93146fae81219ecbab7f2947b834386b|b08cdf192a0dc6b384a43d0f6f161e3f484a0019b5fce186ae348e4314aad4353e099a7888fc491b64635913dfe0a4919a875a62b92706a228413c86b891d9eb|3	Nextcloud-Android (Pixel 7)	324dca1ff5bfd250a2e06de4628027f16623be21eee747e297f9c21c02f2caa59d06fd9d0a741e06a4195b1487e0904c18b8bb04aceb0f1f10af8fb47d15176e	0	1	1711000000	1711000000	{"filesystem":true}	\N	WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxh|25383e5130a0017f685e652c9f64b81b|53f294c91a257922dcf92a22736e39936512104bec995bfbda3070d8e883aec5936c4269680d064c1cc3cb94fe98c36905cf444d9edf34dac1e76562939ea333|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzd\n-----END PUBLIC KEY-----	2	f	\N
17	etaylor9	etaylor9	P9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D|ed9643dcf5fc6043860aeacb7de3e582|b5accb3e3338e947731410fdc55aa6664708d38fbfe04edeb068311280fc970bb1492738f76535f900fb9663751c095230c04c871ecf346d4093d30cb9d7e067|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	05d32ef14c9937a0867edfef911982723190ef91a06a08bccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db7	0	1	1711000000	1711000000	{"filesystem":true}	\N	lpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB|d3791b18c01ee751d0bbb1d05e3067ad|116c712e63ae7cb94194ccd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748c7999bdbbd661f239311bc422331dfa95a297cb4f8c7de68bf5800d9|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVee\n-----END PUBLIC KEY-----	2	f	\N
18	etaylor9	etaylor9	hJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJ|5f1aca834c63f959dcf8ad23fa9771a3|65301f49617a3ec8ca92cbf6aa487f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b87517412461d9ea9855ede1cb7dcd936050|3	Nextcloud-Android (Pixel 7)	c9d5757f49974b5096dacf568fc53bdd3fe4687018e5ef3536ee6399e952e056e34f28e0f4b029fb24a8aa0f0d15a7d9f162afcee50ba827fdf979a897246fde	0	1	1711000000	1711000000	{"filesystem":true}	\N	rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8|88a4c7aff49de674ee54c96c458f7656|79685987e12c574e28bcf093947ace68bf0aab173a398de24d2e47118e1840a0fdf301863302b26b0e3836b15dde801edc87ec7006461f22578209a818c7b1ee|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA\n-----END PUBLIC KEY-----	2	f	\N
19	ejohnson10	ejohnson10	Zip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+|28243ceece6d75df96318d2baa074060|69b92f833e2e0ce866a0dd6d7e0dcc579b000a0d8a5500e9930cfd00d4eea84d799ba2cbb658bd4467a4703c0edad542c4d439195f707cc98fe9c969ba0be327|3	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	646fc72d9662da43797cbe7fc2708d3e59be858af8c8a734b0d63f02978989edb070ed75417aeeb319b02903fe89a10d4db74302740d122bb8d9d66bc2cc74ec	0	1	1711000000	1711000000	{"filesystem":true}	\N	GCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTW|c3fc897a8e6185bfb3381d1778bc1d6f|711fe74dd93125ae4254fa743d66e6726b9a90112d55f932f40b7346e7c8549b25a37ad42d27338cb0186bd3c0f13887bd88852157d715ae7e57e1a8dc47c743|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQ\n-----END PUBLIC KEY-----	2	f	\N
20	ejohnson10	ejohnson10	iCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4|43ce71fda73967d7657f8ac23186c1e3|39376465202fb3e54bdf5682e04216c5f561bc26a94f5a09c7d99ea9eca13fd0ae3039ce80eb010d903d8f670a0dd9f8c2b578b47a28b5b68b22b394c721a440|3	Nextcloud-Android (Pixel 7)	0ac4c0096d506e352580da333c776a484a54ff53857016e9fe3a792c2fff820782887463d41eb7b168cd8cd5c5d5ec2a93eabc1ee503065c79ba29480263c5b6	0	1	1711000000	1711000000	{"filesystem":true}	\N	77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8|baef8b9a658b7638578d4aede627239d|c19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452db1f85c8e32541412857582daa5eac53e77b37605449|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPd\n-----END PUBLIC KEY-----	2	f	\N
21	adubois11	adubois11	Pa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57I|90f91691d83ff3cdcba676466374590a|607c1823b40c54ef60970ce076ea7078cd0887c4a5ed38178aeb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d57f3146338161ff578dd|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	8228488657c825383e5130a0017f685e652c9f64b81b53f294c91a257922dcf92a22736e39936512104bec995bfbda3070d8e883aec5936c4269680d064c1cc3	0	1	1711000000	1711000000	{"filesystem":true}	\N	wsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz|ef25e23c3a0df251976304ab923d13a6|5259a4ffcf9259dc1b8f04299e0dad9f45e5b0ae1db528758bc9f3c4b81cf78ad1bca1783bc90d0af1a61a16f0539de57d8fa14fe03c80e935d446418fa9d4a3|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgX\n-----END PUBLIC KEY-----	2	f	\N
22	adubois11	adubois11	Jf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9|9b661e6e67b38c43354838951c9d1945|e6dda8dd70621d506f84ee10ef30e26de8d9a95051158c2720a2ea99889a0ea36320561fe87fe403b7a736005f0fd864c3447d90ee75163dd7cf97b9e4439775|3	Nextcloud-Android (Pixel 7)	7f9defdd359402bc4ac60f5e73567b4dae784fdc125e0aa84d502a91ca8b51d2e5324f7f910c9429971a1581d5f6a330d3791b18c01ee751d0bbb1d05e3067ad	0	1	1711000000	1711000000	{"filesystem":true}	\N	HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUV|aed39a0ed8c2ccc0b9dd4bd17797dc3f|c109448a0320b00cb8c9b3f722ee37dde596304f155e955953fd114c600f66c34b248be4f9a0b623c60469229dc29164640eeb7244a6fc0486edb9358ee04b15|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEACHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2\n-----END PUBLIC KEY-----	2	f	\N
23	swilliams12	swilliams12	AKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72U|45479e8eb112511f647dcdc3a8789d60|e082ae386338b441761f73c78f742d40a3a454503f46f10ad8a0998f337207f7aabc138ac25b9d293ac69156d6bba4900d7407872d46f0f182c4f6169e1aeba4|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	9a2546b2d64f88a4c7aff49de674ee54c96c458f765679685987e12c574e28bcf093947ace68bf0aab173a398de24d2e47118e1840a0fdf301863302b26b0e38	0	1	1711000000	1711000000	{"filesystem":true}	\N	NYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rA|3ff20ef1673ad0960ca808a87ce23313|5971190d9c432773b51fe24e6e41adf2e16ef6ad1811a120661e0f14b56616b14a12b975774536fbe6a96b3dcad9cddc723933c35b055821cffd9d151873b843|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3\n-----END PUBLIC KEY-----	2	f	\N
24	swilliams12	swilliams12	y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd|f66e7cc6263452bd7714343009ae9776|a9dc953ff3b0f8225167a067612532f8bdaf4c88c6da25e16a1234389011f70da396233193d17602d32847f90540959a11f6ad562a068d6e9d2ca24c01fc2c0b|3	Nextcloud-Android (Pixel 7)	3de7fbb3eecfd4ac99e10aceaf2864b38be77217d1fc3723f44cd061b17dda0c7ae4a4a9379479e9ba460676645c3fc897a8e6185bfb3381d1778bc1d6f711fe	0	1	1711000000	1711000000	{"filesystem":true}	\N	eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizc|7f42b5311be2b2184e1f296628573478|b5f0ea21fae04d27ec4753d621ce12b75df74963d7d8e7ce819c925272c96b68151b7acc0804c0dc9c99917c58d8362fda6f334863be62791db4afcc2f2a5b73|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASC\n-----END PUBLIC KEY-----	2	f	\N
25	lwilliams13	lwilliams13	+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9|5d9e7fc82578e807841f2f843b27b5a3|0e70aff3812ea45f1228c2858c5dd5f2363be143211563a5d2e590093f517544b87e5cd13a875a8864e769dfc6635f4e467cf6e0e30e84c0e0b1bc4bada54fd4|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	27d301c1dafbaef8b9a658b7638578d4aede627239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452d	0	1	1711000000	1711000000	{"filesystem":true}	\N	uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkI|a20ed9f59eb58c552f13c22b47f48557|1afa29d3b98a3e8a5cc2ccd21776506f8ac2edf621637f802aeab59a26ac202ec073c0ca6b893e00bde10ed56dc828d1d4fc7662afbff9b32777efb59025b3bf|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAE+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+\n-----END PUBLIC KEY-----	2	f	\N
26	lwilliams13	lwilliams13	JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJ|545f9fcf4bf8b51228c45f3b63cb3e17|bed62156f5a7132727d934e84ac5ad2ef17c3e825a3be8aee308d145bcd555276647160a277f7276b7874a39c71bec7e30e098cb63e9c6b08137c018d6c84a0b|3	Nextcloud-Android (Pixel 7)	f94ffe063f4df03bf1e377b0a2e2da7310f86844ccc0930cc203b7be7ee29448d628e5199b47f4d0384fc6e45cef25e23c3a0df251976304ab923d13a65259a4	0	1	1711000000	1711000000	{"filesystem":true}	\N	89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3|97157794a08ceed5a438269d49da9902|6accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a28963714013b981a1b7ca6d621fa383cbe1e37525234443d886a5ac0a0863a31a4109b4ddcb269a|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G\n-----END PUBLIC KEY-----	2	f	\N
27	emuller14	emuller14	KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/Wcq|991a695f2a3670883fbda0271f9367bd|acd7ada60e365547d3ba222570645861b5cfbc32c08dea55ea3663da0be9a076805b1da1988440d19cba3630a2938585367810178ef3793f6949aefb10c0535b|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	510ab88f055aed39a0ed8c2ccc0b9dd4bd17797dc3fc109448a0320b00cb8c9b3f722ee37dde596304f155e955953fd114c600f66c34b248be4f9a0b623c6046	0	1	1711000000	1711000000	{"filesystem":true}	\N	mKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/M|b7c6290da500091cdcddd1f91964e237|e1d8dcffdef06e5b1686ae7eb7f7706e4333e75ae422c3c85826509000e083e9eec13d12763ba9dbac83af2a3e3fc150f71c1e122a9cd5efdf441ad78d51c032|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu\n-----END PUBLIC KEY-----	2	f	\N
28	emuller14	emuller14	2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAV|4a7f54c74251a45b6004f9decbd22c0d|be82adbe0c8f3b5b994510eb59ca078bade38d92a1848d2f2c3e6fc7433c0efaf45682f1093dfb57e65785c1bf38c8782a3ec633f7eb243b3161166b632fae13|3	Nextcloud-Android (Pixel 7)	ace3cda264c5fe0b849a32884a3ac1092a01b4fe0f7345bbc7060491a805ba134dec0c711f6a4c977bb5f2ed7d60da03ff20ef1673ad0960ca808a87ce233135	0	1	1711000000	1711000000	{"filesystem":true}	\N	lfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9M|55461e6425632eb3fca15b32551a38c2|8413455ce28935650037887d1a87f97af640e276447fff1f930ae4a34ebb6cb8eb88fc12dd05762f680b522b8afc5eb2ef615bef92df520b86c6c67caa269c54|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htas\n-----END PUBLIC KEY-----	2	f	\N
29	cnovak15	cnovak15	aLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc|f9c21c02f2caa59d06fd9d0a741e06a4|195b1487e0904c18b8bb04aceb0f1f10af8fb47d15176e502f3fbaa18871ef302c6259fd1de21ad3ac9326dc6727e75fb36f047e0bc59003674c3436678722d6|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	f45c6a031db38c77f42b5311be2b2184e1f296628573478b5f0ea21fae04d27ec4753d621ce12b75df74963d7d8e7ce819c925272c96b68151b7acc0804c0dc9	0	1	1711000000	1711000000	{"filesystem":true}	\N	wlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DO|75aab55f30fa8c6c6b6292e61589aeb7|a7e686096a7c8227c34ba73d678486dac03cba893f930eb874a5587687bdffe86faa0f81593b1d9b4ffa669cd9c9f824bbf29731bdf80efdb5000e297cf385f7|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEALJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOv\n-----END PUBLIC KEY-----	2	f	\N
30	cnovak15	cnovak15	qVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXK|30c04c871ecf346d4093d30cb9d7e067|b05d32ef14c9937a0867edfef911982723190ef91a06a08bccae9c19bd7e627d6e06822f0e89c520074f3b7a652235c55d9cdb0da7157baf5e96cc3fbf3a82db|3	Nextcloud-Android (Pixel 7)	79a741d85ad4e7fe261d55c7157f39f99a825ee6879c8e5885344f0f4b76768eb26eed4b0b704c8597e3e7b394b1192a20ed9f59eb58c552f13c22b47f485571	0	1	1711000000	1711000000	{"filesystem":true}	\N	q+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzT|22331dfa95a297cb4f8c7de68bf5800d|91fd3b3395fb480977e17c0733fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95ed2460c77abea04fd772f8b69b9709c6391630e34eb2f|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/\n-----END PUBLIC KEY-----	2	f	\N
31	lmartinez16	lmartinez16	yGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa|ee6399e952e056e34f28e0f4b029fb24|a8aa0f0d15a7d9f162afcee50ba827fdf979a897246fdea270af8409050d1dc06306740b25f62f8f649666cd5c185d6530d23a79265833e4b8f5ad0c3f8ddcbd|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	c39f3b4e54d97157794a08ceed5a438269d49da99026accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a28963714013b981a1b7ca6d621fa383cbe1e	0	1	1711000000	1711000000	{"filesystem":true}	\N	PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PA|be02595f626678894beccdcaf31e80fe|f52189e59369d9fe01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e304322f103f8aebc799d93b841fc6f871b41f88f6d1cd58901dc6|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/\n-----END PUBLIC KEY-----	2	f	\N
32	lmartinez16	lmartinez16	FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TN|9195f707cc98fe9c969ba0be3277646f|c72d9662da43797cbe7fc2708d3e59be858af8c8a734b0d63f02978989edb070ed75417aeeb319b02903fe89a10d4db74302740d122bb8d9d66bc2cc74ec10a0|3	Nextcloud-Android (Pixel 7)	097c517e47a3d3f1c55e45bc1fb2f56a0dbea88c0c9cd7d5e2c3a359d638ba7aaa6c853ff0900cb10484d64bf3b7c6290da500091cdcddd1f91964e237e1d8dc	0	1	1711000000	1711000000	{"filesystem":true}	\N	9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hi|852157d715ae7e57e1a8dc47c7439b7d|15cb20fc6bd4963f74256ba8aa43c5a071848059001a50c5f0c65679c85a08a988b1744284379a20f9268f59dbf9566bfee850e337626370db88a16c77e2d0df|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql\n-----END PUBLIC KEY-----	2	f	\N
33	etaylor17	etaylor17	DhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86|3a792c2fff820782887463d41eb7b168|cd8cd5c5d5ec2a93eabc1ee503065c79ba29480263c5b6ee99c0cbb157309e256d0137929ba35854ddacfe86fa5a428f26a26c67cc2947b1bf74c868fa659610|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	7a69d2f6af355461e6425632eb3fca15b32551a38c28413455ce28935650037887d1a87f97af640e276447fff1f930ae4a34ebb6cb8eb88fc12dd05762f680b5	0	1	1711000000	1711000000	{"filesystem":true}	\N	LJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN|f1b53413735bafddc3a7164a1a857240|47062dada076d05eafba9924303e8bc528036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20b1aa07b5ee1980d538cafb7cb35b207d14|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJN\n-----END PUBLIC KEY-----	2	f	\N
34	etaylor17	etaylor17	VfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2Qj|031ac7d57f3146338161ff578dde8228|488657c825383e5130a0017f685e652c9f64b81b53f294c91a257922dcf92a22736e39936512104bec995bfbda3070d8e883aec5936c4269680d064c1cc3cb94|3	Nextcloud-Android (Pixel 7)	fe98c36905cf444d9edf34dac1e76562939ea333df3c6d3652ee2d1aa7ca56f55c650cb9a37196c72c0cd6bed0375aab55f30fa8c6c6b6292e61589aeb7a7e68	0	1	1711000000	1711000000	{"filesystem":true}	\N	bAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/|a14fe03c80e935d446418fa9d4a30eaa|606375063cb959823faeb42759e7dc9c8b8527fac7ac0b62c71999d034cc062b9f2f974dc8b5d244adf2c111d02137e05645dc5a278a200bcdd0bbbad6756459|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemm\n-----END PUBLIC KEY-----	2	f	\N
35	jnielsen18	jnielsen18	lwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJom|1ca8b51d2e5324f7f910c9429971a158|1d5f6a330d3791b18c01ee751d0bbb1d05e3067ad116c712e63ae7cb94194ccd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748c7999bdbbd661f2|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	9311bc422331dfa95a297cb4f8c7de68bf5800d91fd3b3395fb480977e17c0733fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95ed2460	0	1	1711000000	1711000000	{"filesystem":true}	\N	xfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1|098840170891d8af78c4daef0c00da1a|b2f2a154694ba7246b46bea06a0bd702359029a4a355d72f20b3b0f6b819dea42275d92deafb0ddc581d8416810ce5c1bbcd7f152ae9bfb8fa5ae267e03a9f02|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eEN\n-----END PUBLIC KEY-----	2	f	\N
36	jnielsen18	jnielsen18	UjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSB|7872d46f0f182c4f6169e1aeba4e9a25|46b2d64f88a4c7aff49de674ee54c96c458f765679685987e12c574e28bcf093947ace68bf0aab173a398de24d2e47118e1840a0fdf301863302b26b0e3836b1|3	Nextcloud-Android (Pixel 7)	5dde801edc87ec7006461f22578209a818c7b1ee817fcbf011a900be320a3d3ded4fc67595858070f373c2f5e30be02595f626678894beccdcaf31e80fef5218	0	1	1711000000	1711000000	{"filesystem":true}	\N	k6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPn|33c35b055821cffd9d151873b843f33c|ec482241ed7ec5e176050badc2c5e091f78dcef1da230515db42590258f1ecbe5dff4d9bdf5efcd57955e20674e4aee0a7f3092fd4a5f02dfce2fdb4e82db0ac|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb\n-----END PUBLIC KEY-----	2	f	\N
37	jmuller19	jmuller19	MnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaE|b17dda0c7ae4a4a9379479e9ba460676|645c3fc897a8e6185bfb3381d1778bc1d6f711fe74dd93125ae4254fa743d66e6726b9a90112d55f932f40b7346e7c8549b25a37ad42d27338cb0186bd3c0f13|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	87bd88852157d715ae7e57e1a8dc47c7439b7d15cb20fc6bd4963f74256ba8aa43c5a071848059001a50c5f0c65679c85a08a988b1744284379a20f9268f59db	0	1	1711000000	1711000000	{"filesystem":true}	\N	+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqH|a5f3e28c31c9478d014aa15fa89a289a|7e2da156fe5db4254abccc912c1baff203691593785c09fb1b6ce51e4ac27e4e6b80e3e41ccea0de1f029fcf920311313fb2de3113bf18d40426b42de0d7034e|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZ\n-----END PUBLIC KEY-----	2	f	\N
38	jmuller19	jmuller19	KzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7N|0e84c0e0b1bc4bada54fd4327d301c1d|afbaef8b9a658b7638578d4aede627239dc19d1353c9bc1caa95b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c452db1f85c8e3|3	Nextcloud-Android (Pixel 7)	2541412857582daa5eac53e77b37605449ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b53413735bafddc3a7164a1a85724047062dada07	0	1	1711000000	1711000000	{"filesystem":true}	\N	Z2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr|fbff9b32777efb59025b3bf1ff79e4a8|e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d740bb5628121ec31d25756566775d4de7309e4fc6302ee9968755a6dd988aedf06134c51dfa731804d6|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7\n-----END PUBLIC KEY-----	2	f	\N
39	jrichter20	jrichter20	HzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft|e7ee29448d628e5199b47f4d0384fc6e|45cef25e23c3a0df251976304ab923d13a65259a4ffcf9259dc1b8f04299e0dad9f45e5b0ae1db528758bc9f3c4b81cf78ad1bca1783bc90d0af1a61a16f0539|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	e57d8fa14fe03c80e935d446418fa9d4a30eaa606375063cb959823faeb42759e7dc9c8b8527fac7ac0b62c71999d034cc062b9f2f974dc8b5d244adf2c111d0	0	1	1711000000	1711000000	{"filesystem":true}	\N	LGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g|ddc79cd4a55fc3fc56e6982084527f0a|d491f5bb314eb360591b803f6bfefd2c45b16276dffd044805adc15c3b14932d87c9234f79e2f565e3f9b717dc12f30ad2a94d76fd359fff778233550526f0f3|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnOR\n-----END PUBLIC KEY-----	2	f	\N
40	jrichter20	jrichter20	phOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj5|f3793f6949aefb10c0535b9510ab88f0|55aed39a0ed8c2ccc0b9dd4bd17797dc3fc109448a0320b00cb8c9b3f722ee37dde596304f155e955953fd114c600f66c34b248be4f9a0b623c60469229dc291|3	Nextcloud-Android (Pixel 7)	64640eeb7244a6fc0486edb9358ee04b1501a5a12bae6d62dbaa33d50bd85bb2d7b2cd5cad44c6d624a749a64d098840170891d8af78c4daef0c00da1ab2f2a1	0	1	1711000000	1711000000	{"filesystem":true}	\N	XSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKI|a9cd5efdf441ad78d51c032bb7951e21|6ee7f69c55ee4d92128d561fb3769cbd7260e0099c4b63bd780f319f5e47996b7a7e4f470c0b79bcda778d5b170aaddf797447674180765e18cd758e03594003|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/\n-----END PUBLIC KEY-----	2	f	\N
41	mweber21	mweber21	HypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBX|ba134dec0c711f6a4c977bb5f2ed7d60|da03ff20ef1673ad0960ca808a87ce233135971190d9c432773b51fe24e6e41adf2e16ef6ad1811a120661e0f14b56616b14a12b975774536fbe6a96b3dcad9c|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	dc723933c35b055821cffd9d151873b843f33cec482241ed7ec5e176050badc2c5e091f78dcef1da230515db42590258f1ecbe5dff4d9bdf5efcd57955e20674	0	1	1711000000	1711000000	{"filesystem":true}	\N	4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJD|9382325d45bf5cdbaf537bc2f6072d7d|2fca974fe6ee2dc4fda85ecec562c478752a49e33587f10d47134f05af623d231ea0366711140782e9e01155688a5dbfc847333e47f2d35716fc93146fae8121|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpS\n-----END PUBLIC KEY-----	2	f	\N
42	mweber21	mweber21	M2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlA|03674c3436678722d61f45c6a031db38|c77f42b5311be2b2184e1f296628573478b5f0ea21fae04d27ec4753d621ce12b75df74963d7d8e7ce819c925272c96b68151b7acc0804c0dc9c99917c58d836|3	Nextcloud-Android (Pixel 7)	2fda6f334863be62791db4afcc2f2a5b733596112add1fa6d004ef39a55427f915e0a71040b4a437fe3eb368ba1a5f3e28c31c9478d014aa15fa89a289a7e2da	0	1	1711000000	1711000000	{"filesystem":true}	\N	HVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB|efdb5000e297cf385f722adf8946caa0|693e3492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d8a92c1cc475c4d4cf422ecc341570197fc4f04a|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyj\n-----END PUBLIC KEY-----	2	f	\N
43	dlambert22	dlambert22	TdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+Rv|76768eb26eed4b0b704c8597e3e7b394|b1192a20ed9f59eb58c552f13c22b47f485571afa29d3b98a3e8a5cc2ccd21776506f8ac2edf621637f802aeab59a26ac202ec073c0ca6b893e00bde10ed56dc|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	28d1d4fc7662afbff9b32777efb59025b3bf1ff79e4a8e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d740bb5628121ec31d25756566775d4de7309e4	0	1	1711000000	1711000000	{"filesystem":true}	\N	/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26|ac5a747292427253902f6ea7fd16d333|b8e7a032ac025e073863ac521c2678cbc173e871b71206b1497ed16d9e741334ca3b660d089f46c65b0a382e4b1e18bbd53f23660b42aaf60597502a825f1aca|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5\n-----END PUBLIC KEY-----	2	f	\N
44	dlambert22	dlambert22	ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfk|265833e4b8f5ad0c3f8ddcbd3c39f3b4|e54d97157794a08ceed5a438269d49da99026accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a28963714013b981a1b7ca6d621fa383cbe1e3752523|3	Nextcloud-Android (Pixel 7)	4443d886a5ac0a0863a31a4109b4ddcb269a7580546ad33f4f7331295247134f09ff053142d1d03daaa9888095e8ddc79cd4a55fc3fc56e6982084527f0ad491	0	1	1711000000	1711000000	{"filesystem":true}	\N	9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/w|6f871b41f88f6d1cd58901dc6f37965c|a7b6363d989cda60417375a6b10cad3cf1254e454e0ab61fdaeabcc77382f2749728e574a5c3042731b5fa86445a3332ea1685dda599724544934bc15e8feb34|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6w\n-----END PUBLIC KEY-----	2	f	\N
45	pmuller23	pmuller23	B20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1Z|38ba7aaa6c853ff0900cb10484d64bf3|b7c6290da500091cdcddd1f91964e237e1d8dcffdef06e5b1686ae7eb7f7706e4333e75ae422c3c85826509000e083e9eec13d12763ba9dbac83af2a3e3fc150|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	71c1e122a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb3769cbd7260e0099c4b63bd780f319f5e47996b7a7e4f470c0b79bcda778d5b	0	1	1711000000	1711000000	{"filesystem":true}	\N	EdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVL|b62fc097f04e1c321a29def3eeb1815d|30b4b651daa02a25f778977f039088a6202c10bb52cf41a66594b295f5fe2b8dab43e5d7dd155a6bb69ce6c150277fca8eaa6aab3f22dbe17827e43ce71fda73|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt1\n-----END PUBLIC KEY-----	2	f	\N
46	pmuller23	pmuller23	8VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmR|7b1bf74c868fa659610a7a69d2f6af35|5461e6425632eb3fca15b32551a38c28413455ce28935650037887d1a87f97af640e276447fff1f930ae4a34ebb6cb8eb88fc12dd05762f680b522b8afc5eb2e|3	Nextcloud-Android (Pixel 7)	f615bef92df520b86c6c67caa269c54d95bf7949b2c07d3dc570c6014276b900afe8b6b75cd5720e6dbc2aabf3209382325d45bf5cdbaf537bc2f6072d7d2fca	0	1	1711000000	1711000000	{"filesystem":true}	\N	leR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA|d538cafb7cb35b207d14408384306ab2|48038e668ce79f0f1d3b5259722357a23b722636f0a1554914d9eb3448d5c510386c265d00cacd813f74a24ada5df6480167265bda22a45b44cd24b86326d339|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2\n-----END PUBLIC KEY-----	2	f	\N
47	dbernard24	dbernard24	cDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2Hrof|ca56f55c650cb9a37196c72c0cd6bed0|375aab55f30fa8c6c6b6292e61589aeb7a7e686096a7c8227c34ba73d678486dac03cba893f930eb874a5587687bdffe86faa0f81593b1d9b4ffa669cd9c9f82|3	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	bbf29731bdf80efdb5000e297cf385f722adf8946caa0693e3492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8	0	1	1711000000	1711000000	{"filesystem":true}	\N	uVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6|8588663fa112e3509371507fd82cfa54|8f0df73dcf03cb80e82fb2dc5e42acaa9c97db9247dc94a257dca673eeb90f6538e3a0869b5b555628e1b3afaea82d91820e180e99db59d67eacf9b661e6e67b|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+i\n-----END PUBLIC KEY-----	2	f	\N
48	dbernard24	dbernard24	Q67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHg|7c698e748c7999bdbbd661f239311bc4|22331dfa95a297cb4f8c7de68bf5800d91fd3b3395fb480977e17c0733fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95ed2460c77abea|3	Nextcloud-Android (Pixel 7)	04fd772f8b69b9709c6391630e34eb2f620a6a43282b3a46561567d57b581b5b95f4d71f2bc4e242760d6a678deac5a747292427253902f6ea7fd16d333b8e7a	0	1	1711000000	1711000000	{"filesystem":true}	\N	BNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+E|52ae9bfb8fa5ae267e03a9f02d92ba1b|c81ea04b71618d6eb712e9f57a2ccd713580b2863ca456a329bab09b5ad06c7400a60eef03d1c8a00363b3bdba958f5bc06a47d298c2024797cc8ca2ad83375e|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAVYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK\n-----END PUBLIC KEY-----	2	f	\N
49	ebrown25	ebrown25	cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKA|a3d3ded4fc67595858070f373c2f5e30|be02595f626678894beccdcaf31e80fef52189e59369d9fe01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e304322f103f8aebc799d9|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	b841fc6f871b41f88f6d1cd58901dc6f37965ca7b6363d989cda60417375a6b10cad3cf1254e454e0ab61fdaeabcc77382f2749728e574a5c3042731b5fa8644	0	1	1711000000	1711000000	{"filesystem":true}	\N	UqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDocTx0H79sd4PwcEBEiR/uLLhh07UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4gg|6b623e2f827f4b1c77ace098f1d39a52|32c19e8c452a81655a387b4dd4070c3039c011bde59022259d9b7d04c0df2eed25fa468d51c17830be576855b0f74481a6f41af70ce18cd14747f66e7cc62634|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZc\n-----END PUBLIC KEY-----	2	f	\N
50	ebrown25	ebrown25	oBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNf|ad42d27338cb0186bd3c0f13887bd888|52157d715ae7e57e1a8dc47c7439b7d15cb20fc6bd4963f74256ba8aa43c5a071848059001a50c5f0c65679c85a08a988b1744284379a20f9268f59dbf9566bf|3	Nextcloud-Android (Pixel 7)	ee850e337626370db88a16c77e2d0dfb29d568433abd40e009caeda99a45ec96b24ef49fc5a9a363e3e8a4fb52b62fc097f04e1c321a29def3eeb1815d30b4b6	0	1	1711000000	1711000000	{"filesystem":true}	\N	UH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygScMNM6Te/J1OWcFa+ylNHSZ/r7jHJHk5ztqud/KmTfsjNROiYssCiy09EnIoC2yYvOiQpSM2C+a/GaH5P8QjSqDBFktW8x4Ehbo5PSj5TMHQqr0QNXN5Cklqdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17P|113bf18d40426b42de0d7034e93050f3|b2fa3bffce0f2f8f35573c2935534df762cb81d60849cb23490e89d10cb138cb50e4538b4a2e03928b61a4df73e01591d126f2e445b3a6ea74f9edf21857c2fc|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0Icm\n-----END PUBLIC KEY-----	2	f	\N
51	cmuller26	cmuller26	iyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWt|1551460127e567261a93791e3ad4c403|f1b53413735bafddc3a7164a1a85724047062dada076d05eafba9924303e8bc528036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20b1|3	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	a07b5ee1980d538cafb7cb35b207d14408384306ab248038e668ce79f0f1d3b5259722357a23b722636f0a1554914d9eb3448d5c510386c265d00cacd813f74a	0	1	1711000000	1711000000	{"filesystem":true}	\N	JRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bN|bacc2e0e0b242e42ec60148b353d94ec|645ba94d83260e0c06c0d7470bd8106a1c09f2fb6b6ebc280464190b6a92b2478045207af76fbeaa6de22ef45139685fdc537040e9018aef589b2545f9fcf4bf|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAguUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3\n-----END PUBLIC KEY-----	2	f	\N
52	cmuller26	cmuller26	nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2Euyq|1783bc90d0af1a61a16f0539de57d8fa|14fe03c80e935d446418fa9d4a30eaa606375063cb959823faeb42759e7dc9c8b8527fac7ac0b62c71999d034cc062b9f2f974dc8b5d244adf2c111d02137e05|3	Nextcloud-Android (Pixel 7)	645dc5a278a200bcdd0bbbad6756459e19901a027dfda13f0cdbe03287f0b7020b1479907c3e798ba1123726be8588663fa112e3509371507fd82cfa548f0df7	0	1	1711000000	1711000000	{"filesystem":true}	\N	N3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+TmYHdqP5ygxrmLwv8ZorRgc9Rn4WANCN4X9YXFD6CT0AiLIQbz7Cy0LVABEedDdOL06Izl5pocqSpM6oj3ZCBitgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1f|6fd359fff778233550526f0f39191f66|d170d34fd475fd398eac82d692c7b0934a839b77f72bf48b134e2d6f4de0ad8da339be3ef306764ea7568f1480d78800bcd0c00baca3c84b6d6924195b316c8f|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc\n-----END PUBLIC KEY-----	2	f	\N
53	lrossi27	lrossi27	LIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN|d50bd85bb2d7b2cd5cad44c6d624a749|a64d098840170891d8af78c4daef0c00da1ab2f2a154694ba7246b46bea06a0bd702359029a4a355d72f20b3b0f6b819dea42275d92deafb0ddc581d8416810c|3	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	5c1bbcd7f152ae9bfb8fa5ae267e03a9f02d92ba1bc81ea04b71618d6eb712e9f57a2ccd713580b2863ca456a329bab09b5ad06c7400a60eef03d1c8a00363b3	0	1	1711000000	1711000000	{"filesystem":true}	\N	t1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k7I6o1CcMttcsD+IiJQMz56z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9yKfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2GKfZNtrm0vozjNr/KrM5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5ABklyQsYMv1cjB/MHm9U5QckmYufrc7T9RcDxAvdmtw2pdfi0XsEdBoq20+cleQRcZcREiBfbW7Ejy2eXj7CMVmRDANmFKMSI7PXmGOqdlSIXyrfUlmV59D7yjB10GZ4Pl/YohV/ChK0tarDoc|4cd1efb7e3c710184fb2288de512aa5a|cfc998a5dbddd290604a680755beb1e71d791caa13c0f09ffa0715035533cb5deb317db387ef13b1b88c9adcab7dc21c1427d9f55b03643d9b054a7f54c74251|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTX\n-----END PUBLIC KEY-----	2	f	\N
54	lrossi27	lrossi27	GD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGR|a12b975774536fbe6a96b3dcad9cddc7|23933c35b055821cffd9d151873b843f33cec482241ed7ec5e176050badc2c5e091f78dcef1da230515db42590258f1ecbe5dff4d9bdf5efcd57955e20674e4a|3	Nextcloud-Android (Pixel 7)	ee0a7f3092fd4a5f02dfce2fdb4e82db0ac7d305370bb73c6ceb46fd166f168d1fb61dccc46f0d7182a93ec9533ae886b623e2f827f4b1c77ace098f1d39a523	0	1	1711000000	1711000000	{"filesystem":true}	\N	JwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8XbEtyIaonQ/VrAlze0km7pk5xoFO/0Ar4NDPmx6jC7sBED2nDN3j/afArA02k9hxJuXchvTdoJhsUubitJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMMwcearRhTqVR+8WNgXcCHZ6n86MocmIyJ9//hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdAwYAHSJcZvlBBr86htasfVw0UdJC7Y1szIopv9PJDkMjIMJX3SXs+Uy0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5wVaLzTfieUJpRk6PPVhd9HA3QcGNR8DVo/YKM2JPG4oCMaZcGGHSAfjI5m5CHEVUYggrV1s/ygS|7333e47f2d35716fc93146fae81219ec|bab7f2947b834386bb08cdf192a0dc6b384a43d0f6f161e3f484a0019b5fce186ae348e4314aad4353e099a7888fc491b64635913dfe0a4919a875a62b92706a|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07\n-----END PUBLIC KEY-----	2	f	\N
55	skowalski28	skowalski28	tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68M|9a55427f915e0a71040b4a437fe3eb36|8ba1a5f3e28c31c9478d014aa15fa89a289a7e2da156fe5db4254abccc912c1baff203691593785c09fb1b6ce51e4ac27e4e6b80e3e41ccea0de1f029fcf9203|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	1313fb2de3113bf18d40426b42de0d7034e93050f3b2fa3bffce0f2f8f35573c2935534df762cb81d60849cb23490e89d10cb138cb50e4538b4a2e03928b61a4	0	1	1711000000	1711000000	{"filesystem":true}	\N	38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dzl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp0|f40df9c7b39e8e0ed9643dcf5fc60438|60aeacb7de3e582b5accb3e3338e947731410fdc55aa6664708d38fbfe04edeb068311280fc970bb1492738f76535f900fb9663751c095230c04c871ecf346d4|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/\n-----END PUBLIC KEY-----	2	f	\N
56	skowalski28	skowalski28	mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxB|ca6b893e00bde10ed56dc828d1d4fc76|62afbff9b32777efb59025b3bf1ff79e4a8e027bfd8b0f329909e601004b4d01bf24ccb0f4433d2d740bb5628121ec31d25756566775d4de7309e4fc6302ee99|3	Nextcloud-Android (Pixel 7)	68755a6dd988aedf06134c51dfa731804d610f363df47a390805ec8fcf7101b55313274f76e5f89a206090f63bacc2e0e0b242e42ec60148b353d94ec645ba94	0	1	1711000000	1711000000	{"filesystem":true}	\N	2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOjyRMPVTiOgmWFzn1FlQU4b33pj33eAYLG3XDa+iQ67GB6+MB6Lb27j0nqkWAWHEWhzJcKBrI6pnlhglqB5pPbPIBVaF/6jf+4TANveqdOZDCW9A91jYTwMRSc3lC65dXHYN03cx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7cNVZdtS2p7dhQ/2zHKU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91ddL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDt|42aaf60597502a825f1aca834c63f959|dcf8ad23fa9771a365301f49617a3ec8ca92cbf6aa487f49e50303e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b87517412461d9ea9855|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZ\n-----END PUBLIC KEY-----	2	f	\N
57	llambert29	llambert29	67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV3bVMC0LOrfkKaVgPP6Tuh8Ur3ByN/g03ys0PwOl+MuS4UT3kfHUecmSqDhw462WqSNgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnW|247134f09ff053142d1d03daaa988809|5e8ddc79cd4a55fc3fc56e6982084527f0ad491f5bb314eb360591b803f6bfefd2c45b16276dffd044805adc15c3b14932d87c9234f79e2f565e3f9b717dc12f|3	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	0ad2a94d76fd359fff778233550526f0f39191f66d170d34fd475fd398eac82d692c7b0934a839b77f72bf48b134e2d6f4de0ad8da339be3ef306764ea7568f1	0	1	1711000000	1711000000	{"filesystem":true}	\N	ShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f+EWJr5mu/si/rUr5JYe5CMpm8DI2mKvqGsxgG5oDTudHZGh0Z7tcHL5k+VeqJyy0eENUjCtKhYMwpTWYoNKmvotDluWo1BZxdRDDqYD768CM3HwgpABPZNtMt1tomXg9UsxDYpSf1KlgyJCJSdmczzizoKr2iMOfU6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcKCd9erqvwHPhpyJXtm3JnPoxbmFWY3YuvpQlDB3cSBfhfL2SY8B/HgLzR9bHZk5Eo4tpR5nrLURasL0bQ8gipRxdr98Rn36bfT46USwlZyTUj8cZWafmYgXlif7FJwVeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkWgUhDeA+NdMyI/W7PAv7BKXmX/bLYZdjglSs7zy2yo/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbtFZip/9sgoASecltR2mgIAINJV+Be9q9cY/58wTKj7OBSNIJ+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rjZRSUqPMPL4rEZiV00qUkmdLRVQSmMQszHV4g/6uMQyD9X9b9IE+zj21vBZIMuINup+beNZYZ4Jaf51s6wcAZx+gG9HsP8uuZG0k|e2ead073bb7b0f28243ceece6d75df96|318d2baa07406069b92f833e2e0ce866a0dd6d7e0dcc579b000a0d8a5500e9930cfd00d4eea84d799ba2cbb658bd4467a4703c0edad542c4d439195f707cc98f|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6mxkaltrDt5MJdcZSa9ycJ3lZbI1rRPclcys7c9y\n-----END PUBLIC KEY-----	2	f	\N
58	llambert29	llambert29	KfAj0N6Vlu4gWir/jxjodPQtA2YM+DJmehmjk52tAfD50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6RWtyE+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOPP4fWo7TJKwMzgUhLaVAkBDB5CiN6k57zFO2G|2763ba9dbac83af2a3e3fc150f71c1e1|22a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb3769cbd7260e0099c4b63bd780f319f5e47996b7a7e4f470c0b79bcda778d5b170aad|3	Nextcloud-Android (Pixel 7)	df797447674180765e18cd758e03594003912342e35913a79425ca75995ef0ec80dd16e39f6a85f082db6a0a74cd1efb7e3c710184fb2288de512aa5acfc998a	0	1	1711000000	1711000000	{"filesystem":true}	\N	V2v132JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyFSKf0k/UWvBPZQN3ksAVRqd/VQxdTIUGoRWvZBBQ8l17xs1KIxC1t5hJo0t6Byi/MuVvllTXGD5tVkzoBehso05Oj3lIpGgQi1J/JzP5a9zdRPPwA79o8SVbjI8FAnP2+uXd6ZVfgVyFu/PgwifgKrN5yZMM9c6sJRPvPEbGGabuaMJ/o5HMow4Mz1oKYQzX+5BuiQmpOJjhRrOoyHDlLpAEvT+5B+eNTVsvwfCYARnGriBXvqENS34yBzdFF/brSzldcttW+I61c1bD1rAP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D/GTtXbZGZsGRpGIvndXfeRUNZ8t5ZrkYvO1zo1ky30zeKPnONzNXsCXUiKGz/82l3FVEjfPuiTO8PMz5yShJKQH52f5xU4EcYBWAvr1wJyX4CmE+fh3y6/H2rLOCWFV3vRJVlBJUh9E4wt6U29/S0nv3+U6+w2XdmXW6KDadS4Qp74Ard8MBmI+0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZsbKN4K/hKc9RuHwdcqx5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyMCMnyBHEs17WmAJKIUl3kvf2BQzC18K541JU/qRbg3XExEfhOBu4WdbgXWsC+fQRhHqZ+TFo8eCw6Fjz2GTcTd8Za7czzbKZOTXKt2cdGSOQNDBko6kcfbon0ykWO++PuC+iLKVFZcoBYfaEKUMK8jv2r/RzghzY3rKV6HapGLMSPhmDFF9cD3rMnZKNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/LhaQsOiv7dcLEe1G+yNdIM9QSw3BaEuEc30oCwfo6SoSrlOfmQck5lvqSZBaeYbTWwN9zjmcpi7bFgVu+tONgH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6bcJasnqnDHFK0VX8nOL9RDtdPRa6cyjWTmsJVoNfr0TJ1KdMPiysDEhbv0OzC+HMihcv1hihXLFWc2dGVr7c7Xd7Hri1xTdzeTOmsc1HXxuJB/yZs0SkaM9dRLVYsqjpqRNxXqDdHhQiCWmDDHoWDzU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2VbiSMPps1RB4DClzq53omlqQW7zlauKT69Ql9wXqnpMaM6M4ioT9sVLuYJ9wCle+AQ7EzNIFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+COnDhipbJBJyHDuvVIx/SHqZaUlSsLlX8U97Jti0pvTP5U1c03EUVpYsuZlx4YwGWDJde/zri6ooaq|ab3f22dbe17827e43ce71fda73967d76|57f8ac23186c1e339376465202fb3e54bdf5682e04216c5f561bc26a94f5a09c7d99ea9eca13fd0ae3039ce80eb010d903d8f670a0dd9f8c2b578b47a28b5b68|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtJIsOkSzcKErSSDCrySxABmZ3XAY5NVJVhA1qNMM\n-----END PUBLIC KEY-----	2	f	\N
59	mjensen30	mjensen30	56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarLbwZeywLmRcsHv/dQwjbg9oYXlYECqdpZm0K8Zp9MVVQZH6YTKXZMI7sO8zpEUsNIVVGqPixJjQGNRVUw5KjmPWbXCDMdhge2Fphf8mer9aQC4JdYTQe+/+H+nMAq5TrOR6utZyvh4tgj8xHI32DUdYJ8ZhCvVLJugo+xX7tJ78aHVu4+nJ39VIAsjZwaxafwpqKanzXT0mUt9ckSluLxAc3M2wWdA|c6014276b900afe8b6b75cd5720e6dbc|2aabf3209382325d45bf5cdbaf537bc2f6072d7d2fca974fe6ee2dc4fda85ecec562c478752a49e33587f10d47134f05af623d231ea0366711140782e9e01155|3	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	88a5dbfc847333e47f2d35716fc93146fae81219ecbab7f2947b834386bb08cdf192a0dc6b384a43d0f6f161e3f484a0019b5fce186ae348e4314aad4353e099	0	1	1711000000	1711000000	{"filesystem":true}	\N	qdiij9xSnHtaRaNUlGP095AqQnEmoicVpZJvlLfBYqIIiQFOxhbtikF0k5uOKS3ypH/9Vu/1JWDoK6Db07RZJjDIf+HaaIPv6IG445eRf6Ilc8lxKHxCJ9LxopVk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry4tC9H9FCo+h+uRe0EUHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/J|ac7288747d1ee290f91691d83ff3cdcb|a676466374590a607c1823b40c54ef60970ce076ea7078cd0887c4a5ed38178aeb282028c55ff0f752e941dfc678d3e640f7bfec34c4d7c9d48031ac7d57f314|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBB\n-----END PUBLIC KEY-----	2	f	\N
60	mjensen30	mjensen30	Fe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9|81593b1d9b4ffa669cd9c9f824bbf297|31bdf80efdb5000e297cf385f722adf8946caa0693e3492b38e931aa344b07fc3ba546d7ba8f0db8060dc51b68ccab60b13a7c972fdf5f772ab6df3fb8b5743d|3	Nextcloud-Android (Pixel 7)	8a92c1cc475c4d4cf422ecc341570197fc4f04af7d15dd5fef58ad733bde46a0a49d3d3155354c8bf4c9919474b2cadf40df9c7b39e8e0ed9643dcf5fc604386	0	1	1711000000	1711000000	{"filesystem":true}	\N	Dr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4mbwzN8u9MrhJ3selpdTG1jXo3Q7e+5IaE1WVwfFWc+Ml+kmogLV76Yhckwg7UhgXPSR+B+RvebfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaOc/iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R/zdYYJr9u++ltOKeec7/sXmBIWtNu/E+/en6Qpi4BLdu81jsD+NImnAk5aBHAASuQ1AEt+JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q/yaPCI77kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDaDlA+bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn/J/uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ/s6oqZ36II5+TWGNmYgV81xVPcCTB7mAHjr6+VjntJVRX/l+y9Rs8guUHILiwQW/MtaOxvN4Feu52YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv+mT8/5CZM9Q2/BPu/H5PedtDrJ7L2odPHA/ibhSQwxyBmPBwxICPtft5d64LnRRj3ZKi7UElmvQe/S1DNiT9zb5SVz5+KX4LMxMqB09KUFkfYNCTrtmLM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5UvBr6F3tXLidWiuzm8NxTtgGz/fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i/oES96CMyhB4nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0/0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6jVhjaZN+pFFK4MWAkPfGUBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5Hg|0e99db59d67eacf9b661e6e67b38c433|54838951c9d1945e6dda8dd70621d506f84ee10ef30e26de8d9a95051158c2720a2ea99889a0ea36320561fe87fe403b7a736005f0fd864c3447d90ee75163dd|3	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAcx8lfvn5SSPmfcUf+m35+13OVlRDKsxRrxZD8X7c\n-----END PUBLIC KEY-----	2	f	\N
\.


--
-- Data for Name: oc_external_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_external_config (config_id, mount_id, key, value) FROM stdin;
1	1	host	nas01.brandt.local
2	1	share	akten
3	1	user	BRANDT\\svc-nextcloud
4	1	password	AktenMtzbiB9M#
5	1	domain	BRANDT
6	2	bucket	backup
7	2	hostname	s3.eu-central-1.amazonaws.com
8	2	key	AKIADT6K4IOSTMXPVO5J
9	2	secret	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
\.


--
-- Data for Name: oc_filecache; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_filecache (fileid, storage, path, path_hash, parent, name, mimetype, size, mtime, etag, permissions) FROM stdin;
1	1	files/Akten/2024/Akte_1.pdf	65e18cd758e03594003912342e35913a	1	Akte_1.pdf	4	411246	1711000000	9425ca75995ef	27
2	1	files/Akten/2024/Akte_2.pdf	0ec80dd16e39f6a85f082db6a0a74cd1	1	Akte_2.pdf	4	840658	1711000000	fb7e3c710184f	27
3	1	files/Akten/2024/Akte_3.pdf	b2288de512aa5acfc998a5dbddd29060	1	Akte_3.pdf	4	245064	1711000000	a680755beb1e7	27
4	1	files/Akten/2024/Akte_4.pdf	1d791caa13c0f09ffa0715035533cb5d	1	Akte_4.pdf	4	788266	1711000000	b317db387ef13	27
5	1	files/Akten/2024/Mandant_Dubois_Scheidung.pdf	b7dc21c1427d9f55b03643d9b054a7f5	1	Akte_5.pdf	4	235487	1711000000	c74251a45b600	27
6	1	files/Akten/2024/Akte_6.pdf	4f9decbd22c0dbe82adbe0c8f3b5b994	1	Akte_6.pdf	4	336386	1711000000	10eb59ca078ba	27
7	1	files/Akten/2024/Akte_7.pdf	de38d92a1848d2f2c3e6fc7433c0efaf	1	Akte_7.pdf	4	264650	1711000000	5682f1093dfb5	27
8	1	files/Akten/2024/Akte_8.pdf	7e65785c1bf38c8782a3ec633f7eb243	1	Akte_8.pdf	4	670556	1711000000	3161166b632fa	27
9	1	files/Akten/2024/Akte_9.pdf	e13ace3cda264c5fe0b849a32884a3ac	1	Akte_9.pdf	4	99608	1711000000	092a01b4fe0f7	27
10	1	files/Akten/2024/Mandant_Brown_Scheidung.pdf	1a805ba134dec0c711f6a4c977bb5f2e	1	Akte_10.pdf	4	747781	1711000000	7d60da03ff20e	27
11	1	files/Akten/2024/Akte_11.pdf	f1673ad0960ca808a87ce23313597119	1	Akte_11.pdf	4	38039	1711000000	d9c432773b51f	27
12	1	files/Akten/2024/Akte_12.pdf	e24e6e41adf2e16ef6ad1811a120661e	1	Akte_12.pdf	4	47705	1711000000	f14b56616b14a	27
13	1	files/Akten/2024/Akte_13.pdf	12b975774536fbe6a96b3dcad9cddc72	1	Akte_13.pdf	4	223145	1711000000	933c35b055821	27
14	1	files/Akten/2024/Akte_14.pdf	cffd9d151873b843f33cec482241ed7e	1	Akte_14.pdf	4	696413	1711000000	5e176050badc2	27
15	1	files/Akten/2024/Mandant_Novak_Scheidung.pdf	ef1da230515db42590258f1ecbe5dff4	1	Akte_15.pdf	4	736176	1711000000	9bdf5efcd5795	27
16	1	files/Akten/2024/Akte_16.pdf	5e20674e4aee0a7f3092fd4a5f02dfce	1	Akte_16.pdf	4	169335	1711000000	fdb4e82db0ac7	27
17	1	files/Akten/2024/Akte_17.pdf	d305370bb73c6ceb46fd166f168d1fb6	1	Akte_17.pdf	4	109838	1711000000	dccc46f0d7182	27
18	1	files/Akten/2024/Akte_18.pdf	a93ec9533ae886b623e2f827f4b1c77a	1	Akte_18.pdf	4	699896	1711000000	e098f1d39a523	27
19	1	files/Akten/2024/Akte_19.pdf	2c19e8c452a81655a387b4dd4070c303	1	Akte_19.pdf	4	555712	1711000000	c011bde590222	27
20	1	files/Akten/2024/Mandant_Moreau_Scheidung.pdf	f2eed25fa468d51c17830be576855b0f	1	Akte_20.pdf	4	445798	1711000000	4481a6f41af70	27
21	1	files/Akten/2024/Akte_21.pdf	ce18cd14747f66e7cc6263452bd77143	1	Akte_21.pdf	4	234542	1711000000	3009ae9776a9d	27
22	1	files/Akten/2024/Akte_22.pdf	c953ff3b0f8225167a067612532f8bda	1	Akte_22.pdf	4	887348	1711000000	4c88c6da25e16	27
23	1	files/Akten/2024/Akte_23.pdf	a1234389011f70da396233193d17602d	1	Akte_23.pdf	4	214162	1711000000	2847f90540959	27
24	1	files/Akten/2024/Akte_24.pdf	a11f6ad562a068d6e9d2ca24c01fc2c0	1	Akte_24.pdf	4	633933	1711000000	3de7fbb3eecfd	27
25	1	files/Akten/2024/Mandant_Weber_Scheidung.pdf	f2864b38be77217d1fc3723f44cd061b	1	Akte_25.pdf	4	61159	1711000000	7dda0c7ae4a4a	27
26	1	files/Akten/2024/Akte_26.pdf	9379479e9ba460676645c3fc897a8e61	1	Akte_26.pdf	4	464181	1711000000	5bfb3381d1778	27
27	1	files/Akten/2024/Akte_27.pdf	bc1d6f711fe74dd93125ae4254fa743d	1	Akte_27.pdf	4	386463	1711000000	6e6726b9a9011	27
28	1	files/Akten/2024/Akte_28.pdf	2d55f932f40b7346e7c8549b25a37ad4	1	Akte_28.pdf	4	135580	1711000000	d27338cb0186b	27
29	1	files/Akten/2024/Akte_29.pdf	d3c0f13887bd88852157d715ae7e57e1	1	Akte_29.pdf	4	605283	1711000000	8dc47c7439b7d	27
30	1	files/Akten/2024/Mandant_Novak_Scheidung.pdf	256ba8aa43c5a071848059001a50c5f0	1	Akte_30.pdf	4	684468	1711000000	65679c85a08a9	27
31	1	files/Akten/2024/Akte_31.pdf	88b1744284379a20f9268f59dbf9566b	1	Akte_31.pdf	4	896744	1711000000	ee850e3376263	27
32	1	files/Akten/2024/Akte_32.pdf	70db88a16c77e2d0dfb29d568433abd4	1	Akte_32.pdf	4	24557	1711000000	e009caeda99a4	27
33	1	files/Akten/2024/Akte_33.pdf	5ec96b24ef49fc5a9a363e3e8a4fb52b	1	Akte_33.pdf	4	346353	1711000000	2fc097f04e1c3	27
34	1	files/Akten/2024/Akte_34.pdf	21a29def3eeb1815d30b4b651daa02a2	1	Akte_34.pdf	4	328606	1711000000	f778977f03908	27
35	1	files/Akten/2024/Mandant_Weber_Scheidung.pdf	66594b295f5fe2b8dab43e5d7dd155a6	1	Akte_35.pdf	4	621034	1711000000	b69ce6c150277	27
36	1	files/Akten/2024/Akte_36.pdf	fca8eaa6aab3f22dbe17827e43ce71fd	1	Akte_36.pdf	4	614426	1711000000	73967d7657f8a	27
37	1	files/Akten/2024/Akte_37.pdf	c23186c1e339376465202fb3e54bdf56	1	Akte_37.pdf	4	494915	1711000000	2e04216c5f561	27
38	1	files/Akten/2024/Akte_38.pdf	bc26a94f5a09c7d99ea9eca13fd0ae30	1	Akte_38.pdf	4	215653	1711000000	9ce80eb010d90	27
39	1	files/Akten/2024/Akte_39.pdf	3d8f670a0dd9f8c2b578b47a28b5b68b	1	Akte_39.pdf	4	135258	1711000000	2b394c721a440	27
40	1	files/Akten/2024/Mandant_Martínez_Scheidung.pdf	6e352580da333c776a484a54ff538570	1	Akte_40.pdf	4	109003	1711000000	6e9fe3a792c2f	27
\.


--
-- Data for Name: oc_mail_accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_mail_accounts (id, user_id, name, email, inbound_host, inbound_port, inbound_ssl_mode, inbound_user, inbound_password, outbound_host, outbound_port, outbound_user, outbound_password, signature) FROM stdin;
1	user1	Olivia Dubois	olivia.dubois10@icloud.com	imap.ionos.de	993	ssl	olivia.dubois10@icloud.com	JmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT9|d772f8b69b9709c6391630e34eb2f620|a6a43282b3a46561567d57b581b5b95f4d71f2bc4e242760d6a678deac5a747292427253902f6ea7fd16d333b8e7a032ac025e073863ac521c2678cbc173e871|3	smtp.ionos.de	587	olivia.dubois10@icloud.com	vcFLAZtFQke40Ha1l5eSFNPSzqOuYZB2Cjl/SbzaVuArMgJ5QtF5Fjvu2UO9KMZZDtTKrq9ZCXmdUDJpgJV9GqxrjPSyZO+mWn1w9hq1IP/rmffEqOaVPDE+|49617a3ec8ca92cbf6aa487f49e50303|e5f6510e04d082246ce0cd25001770732de2c9eaa7a4a3ea8d6008b87517412461d9ea9855ede1cb7dcd936050c9d5757f49974b5096dacf568fc53bdd3fe468|3	<div>Olivia Dubois<br>Rechtsanwältin<br>Tel. 030 41121089</div>
2	user2	Camille Müller	camille.muller8@yahoo.fr	imap.ionos.de	993	ssl	camille.muller8@yahoo.fr	k7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9x67VAvqgIf81/nfmqjkfKRY+35rJfCr/iTDmAVA1G3wCYOCbdSBvKV8aL/h/bSkZZbw0XwHhV|d6530d23a79265833e4b8f5ad0c3f8dd|cbd3c39f3b4e54d97157794a08ceed5a438269d49da99026accb50f2c3bdefc97f13abd2742fac2b0ec9364eed8aeb7a28963714013b981a1b7ca6d621fa383c|3	smtp.ionos.de	587	camille.muller8@yahoo.fr	s7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yU|6e6982084527f0ad491f5bb314eb3605|91b803f6bfefd2c45b16276dffd044805adc15c3b14932d87c9234f79e2f565e3f9b717dc12f30ad2a94d76fd359fff778233550526f0f39191f66d170d34fd4|3	<div>Camille Müller<br>Rechtsanwältin<br>Tel. 030 49913149</div>
3	user3	Camille Novak	camille.novak97@posteo.de	imap.ionos.de	993	ssl	camille.novak97@posteo.de	bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9za|920fe4bf1d2bd5588d94cc937e29d518|2e163c51e4247765f57a991a695f2a3670883fbda0271f9367bdacd7ada60e365547d3ba222570645861b5cfbc32c08dea55ea3663da0be9a076805b1da19884|3	smtp.ionos.de	587	camille.novak97@posteo.de	SD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9f|22ee37dde596304f155e955953fd114c|600f66c34b248be4f9a0b623c60469229dc29164640eeb7244a6fc0486edb9358ee04b1501a5a12bae6d62dbaa33d50bd85bb2d7b2cd5cad44c6d624a749a64d|3	<div>Camille Novak<br>Rechtsanwältin<br>Tel. +33 6 62 55 92 70</div>
4	user4	Lena Fischer	lena.fischer53@yahoo.fr	imap.ionos.de	993	ssl	lena.fischer53@yahoo.fr	gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJeW0mL04p8sB32yUjE3gQFaiHBx5WzHvuy3f|f152ae9bfb8fa5ae267e03a9f02d92ba|1bc81ea04b71618d6eb712e9f57a2ccd713580b2863ca456a329bab09b5ad06c7400a60eef03d1c8a00363b3bdba958f5bc06a47d298c2024797cc8ca2ad8337|3	smtp.ionos.de	587	lena.fischer53@yahoo.fr	U6VYy/d950s3TPW1IkhbNmPkf7kj+uDt9+doOMfAGK/U9eLLqrWeUeoKmai+6Y56VUugwfx72URVTcl7g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQ|41761f73c78f742d40a3a454503f46f1|0ad8a0998f337207f7aabc138ac25b9d293ac69156d6bba4900d7407872d46f0f182c4f6169e1aeba4e9a2546b2d64f88a4c7aff49de674ee54c96c458f76567|3	<div>Lena Fischer<br>Rechtsanwältin<br>Tel. +33 6 10 16 53 11</div>
5	user5	David Kowalski	david.kowalski50@outlook.com	imap.ionos.de	993	ssl	david.kowalski50@outlook.com	VeS4Jjsx/AnMmTfpy6Yjv/CqpuHdMpNki37IR2K4QdEHj7FjTDoA/1+MCHhaMODIsJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/|cbf011a900be320a3d3ded4fc6759585|8070f373c2f5e30be02595f626678894beccdcaf31e80fef52189e59369d9fe01116eca4a16340b6b168affb8a04779b4d98202325f07faf76fefc428e304322|3	smtp.ionos.de	587	david.kowalski50@outlook.com	+HDO9hr6twdnm1nNsjQH/wZ/idEuQF8gi9Y1Gw0VhlDG0xZ+MfmYUzrfsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRle|28e574a5c3042731b5fa86445a3332ea|1685dda599724544934bc15e8feb34c0f5f6f21fc8ddb0623b23baf673666e267edbec706cf81f1b3fbb61d9e2ead073bb7b0f28243ceece6d75df96318d2baa|3	<div>David Kowalski<br>Rechtsanwältin<br>Tel. +44 7718 543383</div>
6	user6	Jonas Jensen	jonas.jensen30@gmail.com	imap.ionos.de	993	ssl	jonas.jensen30@gmail.com	9jOO6I6Bz7hYZrB20Y1e6D3zwVfmsCBCpD0grVVBA5nnNAz83BC2R66oiS2dkltrKxtvaUhv3RTYdpTcBNyC70p3UTJzR3TNmEmU+eDeyzmj96mxkaltrDt5|3277646fc72d9662da43797cbe7fc270|8d3e59be858af8c8a734b0d63f02978989edb070ed75417aeeb319b02903fe89a10d4db74302740d122bb8d9d66bc2cc74ec10a0097c517e47a3d3f1c55e45bc|3	smtp.ionos.de	587	jonas.jensen30@gmail.com	E+tJ/VbpC2v6oigwAylz1e2U4IwPqMXn1ZPhuqcrpqZwgWP/8BmACzuFAQiT1bRs/MuczZIkA0qUBCAmHx3z123E8kHmZR7IOc7F1g0y9/049BZ7VuFYjYq5|7eb7f7706e4333e75ae422c3c8582650|9000e083e9eec13d12763ba9dbac83af2a3e3fc150f71c1e122a9cd5efdf441ad78d51c032bb7951e216ee7f69c55ee4d92128d561fb3769cbd7260e0099c4b6|3	<div>Jonas Jensen<br>Rechtsanwältin<br>Tel. +44 7418 446297</div>
\.


--
-- Data for Name: oc_oauth2_clients; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_oauth2_clients (id, name, redirect_uri, client_identifier, secret) FROM stdin;
1	Paperless sync	https://paperless.kanzlei-brandt.de/oauth/callback	MUYcsS0o5cgQ91yGKT5ApoiSzVDJmlHungqXF1I3UMLR6c8kFBxkTJljcEnHTfD1	5f6a330d3791b18c01ee751d0bbb1d05e3067ad116c712e63ae7cb94194ccd78d92acd9e13cd540a3dc75a373b782d2c0f3b187c698e748c7999bdbbd661f239
\.


--
-- Data for Name: oc_preferences; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_preferences (userid, appid, configkey, configvalue) FROM stdin;
mrichter1	settings	email	martin.richter79@outlook.com
mrichter1	core	lang	de
mrichter1	core	timezone	Europe/Berlin
mrichter1	login	lastLogin	1711000000
mrichter1	core	apppasswords_migration	1
mrichter1	files	quota	50 GB
mrichter1	avatar	generated	true
mrichter1	core	first_login	1700000000
mrichter1	activity	notify_email_shared	1
slambert2	settings	email	sarah.lambert14@proton.me
slambert2	core	lang	de
slambert2	core	timezone	Europe/Berlin
slambert2	login	lastLogin	1711000000
slambert2	core	apppasswords_migration	1
slambert2	files	quota	50 GB
slambert2	avatar	generated	true
slambert2	core	first_login	1700000000
slambert2	activity	notify_email_shared	1
mweber3	settings	email	mia.weber12@gmx.de
mweber3	core	lang	de
mweber3	core	timezone	Europe/Berlin
mweber3	login	lastLogin	1711000000
mweber3	core	apppasswords_migration	1
mweber3	files	quota	50 GB
mweber3	avatar	generated	true
mweber3	core	first_login	1700000000
mweber3	activity	notify_email_shared	1
pmoreau4	settings	email	pierre.moreau90@hotmail.com
pmoreau4	core	lang	de
pmoreau4	core	timezone	Europe/Berlin
pmoreau4	login	lastLogin	1711000000
pmoreau4	core	apppasswords_migration	1
pmoreau4	files	quota	50 GB
pmoreau4	avatar	generated	true
pmoreau4	core	first_login	1700000000
pmoreau4	activity	notify_email_shared	1
clambert5	settings	email	camille.lambert29@posteo.de
clambert5	core	lang	de
clambert5	core	timezone	Europe/Berlin
clambert5	login	lastLogin	1711000000
clambert5	core	apppasswords_migration	1
clambert5	files	quota	50 GB
clambert5	avatar	generated	true
clambert5	core	first_login	1700000000
clambert5	activity	notify_email_shared	1
dlopez6	settings	email	daniel.lopez36@proton.me
dlopez6	core	lang	de
dlopez6	core	timezone	Europe/Berlin
dlopez6	login	lastLogin	1711000000
dlopez6	core	apppasswords_migration	1
dlopez6	files	quota	50 GB
dlopez6	avatar	generated	true
dlopez6	core	first_login	1700000000
dlopez6	activity	notify_email_shared	1
djohnson7	settings	email	daniel.johnson56@gmx.de
djohnson7	core	lang	de
djohnson7	core	timezone	Europe/Berlin
djohnson7	login	lastLogin	1711000000
djohnson7	core	apppasswords_migration	1
djohnson7	files	quota	50 GB
djohnson7	avatar	generated	true
djohnson7	core	first_login	1700000000
djohnson7	activity	notify_email_shared	1
sbernard8	settings	email	sophie.bernard30@posteo.de
sbernard8	core	lang	de
sbernard8	core	timezone	Europe/Berlin
sbernard8	login	lastLogin	1711000000
sbernard8	core	apppasswords_migration	1
sbernard8	files	quota	50 GB
sbernard8	avatar	generated	true
sbernard8	core	first_login	1700000000
sbernard8	activity	notify_email_shared	1
etaylor9	settings	email	emma.taylor7@icloud.com
etaylor9	core	lang	de
etaylor9	core	timezone	Europe/Berlin
etaylor9	login	lastLogin	1711000000
etaylor9	core	apppasswords_migration	1
etaylor9	files	quota	50 GB
etaylor9	avatar	generated	true
etaylor9	core	first_login	1700000000
etaylor9	activity	notify_email_shared	1
ejohnson10	settings	email	eva.johnson47@web.de
ejohnson10	core	lang	de
ejohnson10	core	timezone	Europe/Berlin
ejohnson10	login	lastLogin	1711000000
ejohnson10	core	apppasswords_migration	1
ejohnson10	files	quota	50 GB
ejohnson10	avatar	generated	true
ejohnson10	core	first_login	1700000000
ejohnson10	activity	notify_email_shared	1
adubois11	settings	email	anna.dubois92@gmx.de
adubois11	core	lang	de
adubois11	core	timezone	Europe/Berlin
adubois11	login	lastLogin	1711000000
adubois11	core	apppasswords_migration	1
adubois11	files	quota	50 GB
adubois11	avatar	generated	true
adubois11	core	first_login	1700000000
adubois11	activity	notify_email_shared	1
swilliams12	settings	email	sophie.williams76@outlook.com
swilliams12	core	lang	de
swilliams12	core	timezone	Europe/Berlin
swilliams12	login	lastLogin	1711000000
swilliams12	core	apppasswords_migration	1
swilliams12	files	quota	50 GB
swilliams12	avatar	generated	true
swilliams12	core	first_login	1700000000
swilliams12	activity	notify_email_shared	1
lwilliams13	settings	email	laura.williams63@gmx.de
lwilliams13	core	lang	de
lwilliams13	core	timezone	Europe/Berlin
lwilliams13	login	lastLogin	1711000000
lwilliams13	core	apppasswords_migration	1
lwilliams13	files	quota	50 GB
lwilliams13	avatar	generated	true
lwilliams13	core	first_login	1700000000
lwilliams13	activity	notify_email_shared	1
emuller14	settings	email	emily.muller22@posteo.de
emuller14	core	lang	de
emuller14	core	timezone	Europe/Berlin
emuller14	login	lastLogin	1711000000
emuller14	core	apppasswords_migration	1
emuller14	files	quota	50 GB
emuller14	avatar	generated	true
emuller14	core	first_login	1700000000
emuller14	activity	notify_email_shared	1
cnovak15	settings	email	camille.novak76@posteo.de
cnovak15	core	lang	de
cnovak15	core	timezone	Europe/Berlin
cnovak15	login	lastLogin	1711000000
cnovak15	core	apppasswords_migration	1
cnovak15	files	quota	50 GB
cnovak15	avatar	generated	true
cnovak15	core	first_login	1700000000
cnovak15	activity	notify_email_shared	1
lmartinez16	settings	email	lukas.martinez76@gmx.de
lmartinez16	core	lang	de
lmartinez16	core	timezone	Europe/Berlin
lmartinez16	login	lastLogin	1711000000
lmartinez16	core	apppasswords_migration	1
lmartinez16	files	quota	50 GB
lmartinez16	avatar	generated	true
lmartinez16	core	first_login	1700000000
lmartinez16	activity	notify_email_shared	1
etaylor17	settings	email	eva.taylor36@hotmail.com
etaylor17	core	lang	de
etaylor17	core	timezone	Europe/Berlin
etaylor17	login	lastLogin	1711000000
etaylor17	core	apppasswords_migration	1
etaylor17	files	quota	50 GB
etaylor17	avatar	generated	true
etaylor17	core	first_login	1700000000
etaylor17	activity	notify_email_shared	1
jnielsen18	settings	email	jonas.nielsen76@web.de
jnielsen18	core	lang	de
jnielsen18	core	timezone	Europe/Berlin
jnielsen18	login	lastLogin	1711000000
jnielsen18	core	apppasswords_migration	1
jnielsen18	files	quota	50 GB
jnielsen18	avatar	generated	true
jnielsen18	core	first_login	1700000000
jnielsen18	activity	notify_email_shared	1
jmuller19	settings	email	jan.muller81@yahoo.fr
jmuller19	core	lang	de
jmuller19	core	timezone	Europe/Berlin
jmuller19	login	lastLogin	1711000000
jmuller19	core	apppasswords_migration	1
jmuller19	files	quota	50 GB
jmuller19	avatar	generated	true
jmuller19	core	first_login	1700000000
jmuller19	activity	notify_email_shared	1
jrichter20	settings	email	julia.richter52@hotmail.com
jrichter20	core	lang	de
jrichter20	core	timezone	Europe/Berlin
jrichter20	login	lastLogin	1711000000
jrichter20	core	apppasswords_migration	1
jrichter20	files	quota	50 GB
jrichter20	avatar	generated	true
jrichter20	core	first_login	1700000000
jrichter20	activity	notify_email_shared	1
mweber21	settings	email	marco.weber53@outlook.com
mweber21	core	lang	de
mweber21	core	timezone	Europe/Berlin
mweber21	login	lastLogin	1711000000
mweber21	core	apppasswords_migration	1
mweber21	files	quota	50 GB
mweber21	avatar	generated	true
mweber21	core	first_login	1700000000
mweber21	activity	notify_email_shared	1
dlambert22	settings	email	daniel.lambert28@posteo.de
dlambert22	core	lang	de
dlambert22	core	timezone	Europe/Berlin
dlambert22	login	lastLogin	1711000000
dlambert22	core	apppasswords_migration	1
dlambert22	files	quota	50 GB
dlambert22	avatar	generated	true
dlambert22	core	first_login	1700000000
dlambert22	activity	notify_email_shared	1
pmuller23	settings	email	pierre.muller40@icloud.com
pmuller23	core	lang	de
pmuller23	core	timezone	Europe/Berlin
pmuller23	login	lastLogin	1711000000
pmuller23	core	apppasswords_migration	1
pmuller23	files	quota	50 GB
pmuller23	avatar	generated	true
pmuller23	core	first_login	1700000000
pmuller23	activity	notify_email_shared	1
dbernard24	settings	email	daniel.bernard6@yahoo.fr
dbernard24	core	lang	de
dbernard24	core	timezone	Europe/Berlin
dbernard24	login	lastLogin	1711000000
dbernard24	core	apppasswords_migration	1
dbernard24	files	quota	50 GB
dbernard24	avatar	generated	true
dbernard24	core	first_login	1700000000
dbernard24	activity	notify_email_shared	1
ebrown25	settings	email	eva.brown95@yahoo.fr
ebrown25	core	lang	de
ebrown25	core	timezone	Europe/Berlin
ebrown25	login	lastLogin	1711000000
ebrown25	core	apppasswords_migration	1
ebrown25	files	quota	50 GB
ebrown25	avatar	generated	true
ebrown25	core	first_login	1700000000
ebrown25	activity	notify_email_shared	1
cmuller26	settings	email	camille.muller96@posteo.de
cmuller26	core	lang	de
cmuller26	core	timezone	Europe/Berlin
cmuller26	login	lastLogin	1711000000
cmuller26	core	apppasswords_migration	1
cmuller26	files	quota	50 GB
cmuller26	avatar	generated	true
cmuller26	core	first_login	1700000000
cmuller26	activity	notify_email_shared	1
lrossi27	settings	email	lucia.rossi61@posteo.de
lrossi27	core	lang	de
lrossi27	core	timezone	Europe/Berlin
lrossi27	login	lastLogin	1711000000
lrossi27	core	apppasswords_migration	1
lrossi27	files	quota	50 GB
lrossi27	avatar	generated	true
lrossi27	core	first_login	1700000000
lrossi27	activity	notify_email_shared	1
skowalski28	settings	email	sophie.kowalski15@hotmail.com
skowalski28	core	lang	de
skowalski28	core	timezone	Europe/Berlin
skowalski28	login	lastLogin	1711000000
skowalski28	core	apppasswords_migration	1
skowalski28	files	quota	50 GB
skowalski28	avatar	generated	true
skowalski28	core	first_login	1700000000
skowalski28	activity	notify_email_shared	1
llambert29	settings	email	lucas.lambert76@outlook.com
llambert29	core	lang	de
llambert29	core	timezone	Europe/Berlin
llambert29	login	lastLogin	1711000000
llambert29	core	apppasswords_migration	1
llambert29	files	quota	50 GB
llambert29	avatar	generated	true
llambert29	core	first_login	1700000000
llambert29	activity	notify_email_shared	1
mjensen30	settings	email	maria.jensen48@outlook.com
mjensen30	core	lang	de
mjensen30	core	timezone	Europe/Berlin
mjensen30	login	lastLogin	1711000000
mjensen30	core	apppasswords_migration	1
mjensen30	files	quota	50 GB
mjensen30	avatar	generated	true
mjensen30	core	first_login	1700000000
mjensen30	activity	notify_email_shared	1
\.


--
-- Data for Name: oc_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oc_users (uid, displayname, password, uid_lower) FROM stdin;
mrichter1	Martin Richter	3|$argon2id$v=19$m=65536,t=4,p=1$obRNe6wl1/EqN/MFOfa1PU$lNJRnP4n4GV0TdSU+hZNsiIFJL5CRUSBzc3ZgTsZQhQ	mrichter1
slambert2	Sarah Lambert	3|$argon2id$v=19$m=65536,t=4,p=1$2XOQKtulq5G0UBZGc91qne$/44S09BS2LNWE+lySFMggTZA+9tYgHThubTjMRUCPd5	slambert2
mweber3	Mia Weber	3|$argon2id$v=19$m=65536,t=4,p=1$POB2NclFvHjyCG64cXG1Cv$vvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz	mweber3
pmoreau4	Pierre Moreau	3|$argon2id$v=19$m=65536,t=4,p=1$bTWwN9zjmcpi7bFgVu+tON$gH1HcfhuzF3a9cGG86eS02nMFIVo4TIXS+ofQO2bb6b	pmoreau4
clambert5	Camille Lambert	3|$argon2id$v=19$m=65536,t=4,p=1$X4LMxMqB09KUFkfYNCTrtm$LM0HOraXKVmrQ89x8lIVk2zFvh+ARKlm7D1p0k/TX5U	clambert5
dlopez6	Daniel López	3|$argon2id$v=19$m=65536,t=4,p=1$B5/GYeMo0BlZBzqhBjojex$4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79	dlopez6
djohnson7	Daniel Johnson	3|$argon2id$v=19$m=65536,t=4,p=1$53m/Un4tVgzUXL+HPwIJuT$c+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL	djohnson7
sbernard8	Sophie Bernard	3|$argon2id$v=19$m=65536,t=4,p=1$zZIkA0qUBCAmHx3z123E8k$HmZR7IOc7F1g0y9/049BZ7VuFYjYq5d7tf/deCb7SOP	sbernard8
etaylor9	Emma Taylor	3|$argon2id$v=19$m=65536,t=4,p=1$W8NB9pgxZzYsYImJ4YGUgk$p5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspj	etaylor9
ejohnson10	Eva Johnson	3|$argon2id$v=19$m=65536,t=4,p=1$7BKXmX/bLYZdjglSs7zy2y$o/OH7hC/4+WIEjk6XnPZn3l97AGEEb7yrSpEaPSDvbt	ejohnson10
adubois11	Anna Dubois	3|$argon2id$v=19$m=65536,t=4,p=1$FuUOTFOcNWuq812wPrdFbS$oGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKh	adubois11
swilliams12	Sophie Williams	3|$argon2id$v=19$m=65536,t=4,p=1$lhgTAEeAilE1gr+egzQ3o6$9DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMU	swilliams12
lwilliams13	Laura Williams	3|$argon2id$v=19$m=65536,t=4,p=1$hsqHqW8N4IgyNFzkScg2CF$ToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto	lwilliams13
emuller14	Emily Müller	3|$argon2id$v=19$m=65536,t=4,p=1$kW6g01yekz0SoVU8xP8yUb$7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+48	emuller14
cnovak15	Camille Novak	3|$argon2id$v=19$m=65536,t=4,p=1$Iopv9PJDkMjIMJX3SXs+Uy$0vp/VPdvwJ+aBeI1d0L+yqleR96Z65I0wS+2ohU7w5w	cnovak15
lmartinez16	Lukas Martínez	3|$argon2id$v=19$m=65536,t=4,p=1$26qwXoeSfJlLSKcIVMkDK+$Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjw	lmartinez16
etaylor17	Eva Taylor	3|$argon2id$v=19$m=65536,t=4,p=1$ioT9sVLuYJ9wCle+AQ7EzN$IFrJk07/O44uGhFW3PCuRsYUH2poBLpLX/dchldc+CO	etaylor17
jnielsen18	Jonas Nielsen	3|$argon2id$v=19$m=65536,t=4,p=1$u6jVhjaZN+pFFK4MWAkPfG$UBc/2gLz+oXRj+A39eN3y8CNysgB6jJ8vK2xX6QIpxo	jnielsen18
jmuller19	Jan Müller	3|$argon2id$v=19$m=65536,t=4,p=1$ggZsbKN4K/hKc9RuHwdcqx$5Bkh+G1MnoVKMJwGn4jySUJrgGaWVoPjfvS31QCcAyM	jmuller19
jrichter20	Julia Richter	3|$argon2id$v=19$m=65536,t=4,p=1$bNvryxL4C4CtLQJ7QJ5ybC$HRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZ	jrichter20
mweber21	Marco Weber	3|$argon2id$v=19$m=65536,t=4,p=1$0H79sd4PwcEBEiR/uLLhh0$7UFJroXpw/wkljrV2v132JkBbCRoaiBeWXu7sG7eF0f	mweber21
dlambert22	Daniel Lambert	3|$argon2id$v=19$m=65536,t=4,p=1$uJwp09RD3/nydvPk6h7D42$mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6	dlambert22
pmuller23	Pierre Müller	3|$argon2id$v=19$m=65536,t=4,p=1$k7I6o1CcMttcsD+IiJQMz5$6z6Z3eW2/kbNEi2IuppDcTBbBYkvkK9jOO6I6Bz7hYZ	pmuller23
dbernard24	Daniel Bernard	3|$argon2id$v=19$m=65536,t=4,p=1$JpycIhgcTf2H57InC9nHal$F3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YD	dbernard24
ebrown25	Eva Brown	3|$argon2id$v=19$m=65536,t=4,p=1$6Y56VUugwfx72URVTcl7g5$uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG	ebrown25
cmuller26	Camille Müller	3|$argon2id$v=19$m=65536,t=4,p=1$sW+oKFteoWzlbJ9X0m7e+y$gLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GI	cmuller26
lrossi27	Lucia Rossi	3|$argon2id$v=19$m=65536,t=4,p=1$XH6SKQccZV/WcqmkHrblX8$IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0Ot	lrossi27
skowalski28	Sophie Kowalski	3|$argon2id$v=19$m=65536,t=4,p=1$45eRf6Ilc8lxKHxCJ9Lxop$Vk1CY90m2CofRH7AapQFkXtGRid5BmCTyGgtisuDTry	skowalski28
llambert29	Lucas Lambert	3|$argon2id$v=19$m=65536,t=4,p=1$ifBEj5U69MWMa77YMnk7lV$L6AWa5NS9Lg5C9TvBLm8sITojqoA/A0HUqd2l+HYKp9	llambert29
mjensen30	Maria Jensen	3|$argon2id$v=19$m=65536,t=4,p=1$8WNgXcCHZ6n86MocmIyJ9/$/hJCfgJhidRaN0QF7tctFZgw2hz0WxX2X5zIrlM6rvx	mjensen30
\.


--
-- Name: oc_accounts_data_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_accounts_data_id_seq', 90, true);


--
-- Name: oc_authtoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_authtoken_id_seq', 60, true);


--
-- Name: oc_external_config_config_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_external_config_config_id_seq', 9, true);


--
-- Name: oc_filecache_fileid_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_filecache_fileid_seq', 40, true);


--
-- Name: oc_mail_accounts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_mail_accounts_id_seq', 6, true);


--
-- Name: oc_oauth2_clients_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.oc_oauth2_clients_id_seq', 1, true);


--
-- Name: oc_accounts_data oc_accounts_data_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_accounts_data
    ADD CONSTRAINT oc_accounts_data_pkey PRIMARY KEY (id);


--
-- Name: oc_accounts oc_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_accounts
    ADD CONSTRAINT oc_accounts_pkey PRIMARY KEY (uid);


--
-- Name: oc_appconfig oc_appconfig_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_appconfig
    ADD CONSTRAINT oc_appconfig_pkey PRIMARY KEY (appid, configkey);


--
-- Name: oc_authtoken oc_authtoken_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_authtoken
    ADD CONSTRAINT oc_authtoken_pkey PRIMARY KEY (id);


--
-- Name: oc_external_config oc_external_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_external_config
    ADD CONSTRAINT oc_external_config_pkey PRIMARY KEY (config_id);


--
-- Name: oc_filecache oc_filecache_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_filecache
    ADD CONSTRAINT oc_filecache_pkey PRIMARY KEY (fileid);


--
-- Name: oc_mail_accounts oc_mail_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_mail_accounts
    ADD CONSTRAINT oc_mail_accounts_pkey PRIMARY KEY (id);


--
-- Name: oc_oauth2_clients oc_oauth2_clients_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_oauth2_clients
    ADD CONSTRAINT oc_oauth2_clients_pkey PRIMARY KEY (id);


--
-- Name: oc_preferences oc_preferences_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_preferences
    ADD CONSTRAINT oc_preferences_pkey PRIMARY KEY (userid, appid, configkey);


--
-- Name: oc_users oc_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oc_users
    ADD CONSTRAINT oc_users_pkey PRIMARY KEY (uid);


--
-- PostgreSQL database dump complete
--

\unrestrict iK9FQH7Fach0ho04Y2RLPEwJx9Uq1DggkuL1FbchcwfPJ28TY62W5G5hRoLmOoQ

