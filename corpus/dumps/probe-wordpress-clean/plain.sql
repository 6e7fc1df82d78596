--
-- PostgreSQL database dump
--

\restrict k2UA2jRnXP8Tnxd0yEQeKjXEpDk3MRkvQr5vtmC10PiahR9qChD4m3hg5Va5sc5

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
-- Name: wp_comments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_comments (
    comment_id bigint NOT NULL,
    comment_post_id bigint NOT NULL,
    comment_author text NOT NULL,
    comment_author_email character varying(100) NOT NULL,
    comment_author_url character varying(200) NOT NULL,
    comment_author_ip character varying(100) NOT NULL,
    comment_date timestamp without time zone NOT NULL,
    comment_content text NOT NULL,
    comment_approved character varying(20) NOT NULL,
    comment_agent character varying(255) NOT NULL,
    comment_type character varying(20) NOT NULL,
    user_id bigint NOT NULL
);


ALTER TABLE public.wp_comments OWNER TO postgres;

--
-- Name: wp_comments_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_comments_comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_comments_comment_id_seq OWNER TO postgres;

--
-- Name: wp_comments_comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_comments_comment_id_seq OWNED BY public.wp_comments.comment_id;


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


ALTER TABLE public.wp_options_option_id_seq OWNER TO postgres;

--
-- Name: wp_options_option_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_options_option_id_seq OWNED BY public.wp_options.option_id;


--
-- Name: wp_postmeta; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_postmeta (
    meta_id bigint NOT NULL,
    post_id bigint NOT NULL,
    meta_key character varying(255),
    meta_value text
);


ALTER TABLE public.wp_postmeta OWNER TO postgres;

--
-- Name: wp_postmeta_meta_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_postmeta_meta_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_postmeta_meta_id_seq OWNER TO postgres;

--
-- Name: wp_postmeta_meta_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_postmeta_meta_id_seq OWNED BY public.wp_postmeta.meta_id;


--
-- Name: wp_posts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_posts (
    id bigint NOT NULL,
    post_author bigint NOT NULL,
    post_date timestamp without time zone NOT NULL,
    post_content text NOT NULL,
    post_title text NOT NULL,
    post_excerpt text NOT NULL,
    post_status character varying(20) NOT NULL,
    post_name character varying(200) NOT NULL,
    post_modified timestamp without time zone NOT NULL,
    post_parent bigint NOT NULL,
    guid character varying(255) NOT NULL,
    post_type character varying(20) NOT NULL,
    post_mime_type character varying(100) NOT NULL
);


ALTER TABLE public.wp_posts OWNER TO postgres;

--
-- Name: wp_posts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_posts_id_seq OWNER TO postgres;

--
-- Name: wp_posts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_posts_id_seq OWNED BY public.wp_posts.id;


--
-- Name: wp_usermeta; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_usermeta (
    umeta_id bigint NOT NULL,
    user_id bigint NOT NULL,
    meta_key character varying(255),
    meta_value text
);


ALTER TABLE public.wp_usermeta OWNER TO postgres;

--
-- Name: wp_usermeta_umeta_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_usermeta_umeta_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_usermeta_umeta_id_seq OWNER TO postgres;

--
-- Name: wp_usermeta_umeta_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_usermeta_umeta_id_seq OWNED BY public.wp_usermeta.umeta_id;


--
-- Name: wp_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_users (
    id bigint NOT NULL,
    user_login character varying(60) NOT NULL,
    user_pass character varying(255) NOT NULL,
    user_nicename character varying(50) NOT NULL,
    user_email character varying(100) NOT NULL,
    user_url character varying(100) NOT NULL,
    user_registered timestamp without time zone NOT NULL,
    user_activation_key character varying(255) NOT NULL,
    user_status integer NOT NULL,
    display_name character varying(250) NOT NULL
);


ALTER TABLE public.wp_users OWNER TO postgres;

--
-- Name: wp_users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_users_id_seq OWNER TO postgres;

--
-- Name: wp_users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_users_id_seq OWNED BY public.wp_users.id;


--
-- Name: wp_wc_order_addresses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_wc_order_addresses (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    address_type character varying(20),
    first_name text,
    last_name text,
    company text,
    address_1 text,
    address_2 text,
    city text,
    state text,
    postcode text,
    country text,
    email character varying(320),
    phone character varying(100)
);


ALTER TABLE public.wp_wc_order_addresses OWNER TO postgres;

--
-- Name: wp_wc_order_addresses_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_wc_order_addresses_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_wc_order_addresses_id_seq OWNER TO postgres;

--
-- Name: wp_wc_order_addresses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_wc_order_addresses_id_seq OWNED BY public.wp_wc_order_addresses.id;


--
-- Name: wp_wc_orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_wc_orders (
    id bigint NOT NULL,
    status character varying(20),
    currency character varying(10),
    total_amount numeric(26,8),
    customer_id bigint,
    billing_email character varying(320),
    date_created_gmt timestamp without time zone,
    payment_method character varying(100),
    payment_method_title text,
    transaction_id character varying(100),
    ip_address character varying(100),
    user_agent text,
    customer_note text
);


ALTER TABLE public.wp_wc_orders OWNER TO postgres;

--
-- Name: wp_woocommerce_api_keys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.wp_woocommerce_api_keys (
    key_id bigint NOT NULL,
    user_id bigint NOT NULL,
    description character varying(200),
    permissions character varying(10) NOT NULL,
    consumer_key character(64) NOT NULL,
    consumer_secret character(43) NOT NULL,
    nonces text,
    truncated_key character(7) NOT NULL,
    last_access timestamp without time zone
);


ALTER TABLE public.wp_woocommerce_api_keys OWNER TO postgres;

--
-- Name: wp_woocommerce_api_keys_key_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.wp_woocommerce_api_keys_key_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.wp_woocommerce_api_keys_key_id_seq OWNER TO postgres;

--
-- Name: wp_woocommerce_api_keys_key_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.wp_woocommerce_api_keys_key_id_seq OWNED BY public.wp_woocommerce_api_keys.key_id;


--
-- Name: wp_comments comment_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_comments ALTER COLUMN comment_id SET DEFAULT nextval('public.wp_comments_comment_id_seq'::regclass);


--
-- Name: wp_options option_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_options ALTER COLUMN option_id SET DEFAULT nextval('public.wp_options_option_id_seq'::regclass);


--
-- Name: wp_postmeta meta_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_postmeta ALTER COLUMN meta_id SET DEFAULT nextval('public.wp_postmeta_meta_id_seq'::regclass);


--
-- Name: wp_posts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_posts ALTER COLUMN id SET DEFAULT nextval('public.wp_posts_id_seq'::regclass);


--
-- Name: wp_usermeta umeta_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_usermeta ALTER COLUMN umeta_id SET DEFAULT nextval('public.wp_usermeta_umeta_id_seq'::regclass);


--
-- Name: wp_users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_users ALTER COLUMN id SET DEFAULT nextval('public.wp_users_id_seq'::regclass);


--
-- Name: wp_wc_order_addresses id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_wc_order_addresses ALTER COLUMN id SET DEFAULT nextval('public.wp_wc_order_addresses_id_seq'::regclass);


--
-- Name: wp_woocommerce_api_keys key_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_woocommerce_api_keys ALTER COLUMN key_id SET DEFAULT nextval('public.wp_woocommerce_api_keys_key_id_seq'::regclass);


--
-- Data for Name: wp_comments; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_comments (comment_id, comment_post_id, comment_author, comment_author_email, comment_author_url, comment_author_ip, comment_date, comment_content, comment_approved, comment_agent, comment_type, user_id) FROM stdin;
1	3	User301 Example	user301@example.com		192.0.2.52	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
2	4	User302 Example	user302@example.com		192.0.2.53	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
3	5	User303 Example	user303@example.com		192.0.2.54	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
4	6	User304 Example	user304@example.com		192.0.2.55	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
5	7	User305 Example	user305@example.com		192.0.2.56	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
6	8	User306 Example	user306@example.com		192.0.2.57	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
7	9	User307 Example	user307@example.com		192.0.2.58	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
8	10	User308 Example	user308@example.com		192.0.2.59	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
9	11	User309 Example	user309@example.com		192.0.2.60	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
10	12	User310 Example	user310@example.com		192.0.2.61	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
11	13	User311 Example	user311@example.com		192.0.2.62	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
12	14	User312 Example	user312@example.com		192.0.2.63	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
13	15	User313 Example	user313@example.com		192.0.2.64	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
14	16	User314 Example	user314@example.com		192.0.2.65	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
15	17	User315 Example	user315@example.com		192.0.2.66	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
16	18	User316 Example	user316@example.com		192.0.2.67	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
17	19	User317 Example	user317@example.com		192.0.2.68	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
18	20	User318 Example	user318@example.com		192.0.2.69	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
19	21	User319 Example	user319@example.com		192.0.2.70	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
20	22	User320 Example	user320@example.com		192.0.2.71	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
21	23	User321 Example	user321@example.com		192.0.2.72	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
22	24	User322 Example	user322@example.com		192.0.2.73	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
23	25	User323 Example	user323@example.com		192.0.2.74	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
24	26	User324 Example	user324@example.com		192.0.2.75	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
25	27	User325 Example	user325@example.com		192.0.2.76	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
26	28	User326 Example	user326@example.com		192.0.2.77	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
27	29	User327 Example	user327@example.com		192.0.2.78	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	comment	0
28	30	User328 Example	user328@example.com		192.0.2.79	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	comment	0
29	31	User329 Example	user329@example.com		192.0.2.80	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	comment	0
30	32	User330 Example	user330@example.com		192.0.2.81	2024-03-01 10:00:00	Tolle Qualität, schnelle Lieferung!	1	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	comment	0
\.


--
-- Data for Name: wp_options; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_options (option_id, option_name, option_value, autoload) FROM stdin;
1	siteurl	https://shop.example.com	yes
2	home	https://shop.example.com	yes
3	blogname	Gartenmöbel Shop	yes
4	blogdescription	Outdoor furniture	yes
5	admin_email	admin@example.com	yes
6	users_can_register	0	yes
7	mailserver_url	mail.example.com	yes
8	mailserver_login	login@example.com	yes
9	mailserver_pass	password	yes
10	mailserver_port	110	yes
11	permalink_structure	/%postname%/	yes
12	active_plugins	a:4:{i:0;s:27:"woocommerce/woocommerce.php";i:1;s:29:"wp-mail-smtp/wp_mail_smtp.php";i:2;s:57:"woocommerce-gateway-stripe/woocommerce-gateway-stripe.php";i:3;s:23:"wordfence/wordfence.php";}	yes
13	wp_user_roles	a:2:{s:13:"administrator";a:2:{s:4:"name";s:13:"Administrator";s:12:"capabilities";a:2:{s:13:"switch_themes";b:1;s:11:"edit_themes";b:1;}}s:8:"customer";a:2:{s:4:"name";s:8:"Customer";s:12:"capabilities";a:1:{s:4:"read";b:1;}}}	yes
14	cron	a:2:{s:10:"1711900000";a:1:{s:16:"wp_version_check";a:1:{s:32:"40cd750bba9870f18aada2478b24840a";a:3:{s:8:"schedule";s:10:"twicedaily";s:4:"args";a:0:{}s:8:"interval";i:43200;}}}s:7:"version";i:2;}	yes
15	wp_mail_smtp	a:3:{s:4:"mail";a:4:{s:10:"from_email";s:16:"shop@example.com";s:9:"from_name";s:17:"Gartenmöbel Shop";s:6:"mailer";s:4:"smtp";s:11:"return_path";b:1;}s:4:"smtp";a:7:{s:7:"autotls";b:1;s:4:"auth";b:1;s:4:"host";s:16:"smtp.example.com";s:10:"encryption";s:3:"tls";s:4:"port";i:587;s:4:"user";s:16:"shop@example.com";s:4:"pass";s:0:"";}s:8:"sendgrid";a:1:{s:7:"api_key";s:0:"";}}	yes
16	woocommerce_stripe_settings	a:9:{s:7:"enabled";s:3:"yes";s:5:"title";s:20:"Kreditkarte (Stripe)";s:8:"testmode";s:2:"no";s:20:"test_publishable_key";s:15:"pk_test_EXAMPLE";s:15:"test_secret_key";s:0:"";s:15:"publishable_key";s:15:"pk_live_EXAMPLE";s:10:"secret_key";s:0:"";s:14:"webhook_secret";s:0:"";s:20:"statement_descriptor";s:12:"GARTENMOEBEL";}	yes
17	woocommerce_paypal_settings	a:5:{s:7:"enabled";s:3:"yes";s:5:"email";s:20:"payments@example.com";s:12:"api_username";s:0:"";s:12:"api_password";s:0:"";s:13:"api_signature";s:0:"";}	yes
18	woocommerce_store_address	Example Street 1	yes
19	woocommerce_store_city	Example City	yes
20	woocommerce_store_postcode	00000	yes
21	wordfence_ls_settings	a:1:{s:16:"recaptcha_secret";s:0:"";}	yes
22	_transient_feed_b6c8293a1b406aba57c3c1caf712abce	a:2:{s:5:"child";a:1:{s:0:"";a:1:{s:3:"rss";a:1:{i:0;a:2:{s:4:"data";s:0:"";s:7:"attribs";a:0:{}}}}}s:3:"url";s:32:"https://wordpress.org/news/feed/";}	yes
23	theme_mods_storefront	a:2:{s:11:"custom_logo";i:51;s:22:"storefront_footer_text";s:35:"© Example Shop · Tel. +1 555-0100";}	yes
24	recovery_keys	a:1:{s:22:"VSDYOvt8ZlknN4bA4QxGMh";a:2:{s:10:"hashed_key";s:35:"$P$BJoKgbtozfZfdlfVbPWQ4UrnGSLo0bw2";s:10:"created_at";i:1711000000;}}	yes
25	auth_key	put your unique phrase here	yes
26	auth_salt	put your unique phrase here	yes
\.


--
-- Data for Name: wp_postmeta; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_postmeta (meta_id, post_id, meta_key, meta_value) FROM stdin;
1	100	_billing_first_name	User100
2	100	_billing_last_name	Example
3	100	_billing_email	user100@example.com
4	100	_billing_phone	+1 555-0100
5	100	_billing_address_1	1 Example Road
6	100	_customer_ip_address	192.0.2.101
7	100	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
8	100	_order_total	1299.00
9	100	_payment_method	stripe
10	100	_transaction_id	ch_test_100
11	100	_stripe_customer_id	cus_test
12	100	_stripe_intent_id	pi_test_100
13	100	_order_key	wc_order_DOncAASSq4E2g
14	100	_edit_lock	1711000000:1
15	101	_billing_first_name	User101
16	101	_billing_last_name	Example
17	101	_billing_email	user101@example.com
18	101	_billing_phone	+1 555-0101
19	101	_billing_address_1	1 Example Road
20	101	_customer_ip_address	192.0.2.102
21	101	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
22	101	_order_total	1299.00
23	101	_payment_method	stripe
24	101	_transaction_id	ch_test_101
25	101	_stripe_customer_id	cus_test
26	101	_stripe_intent_id	pi_test_101
27	101	_order_key	wc_order_RhYWw8XBYtnwT
28	101	_edit_lock	1711000000:1
29	102	_billing_first_name	User102
30	102	_billing_last_name	Example
31	102	_billing_email	user102@example.com
32	102	_billing_phone	+1 555-0102
33	102	_billing_address_1	1 Example Road
34	102	_customer_ip_address	192.0.2.103
35	102	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
36	102	_order_total	1299.00
37	102	_payment_method	stripe
38	102	_transaction_id	ch_test_102
39	102	_stripe_customer_id	cus_test
40	102	_stripe_intent_id	pi_test_102
41	102	_order_key	wc_order_37ynsuevEIIzr
42	102	_edit_lock	1711000000:1
43	103	_billing_first_name	User103
44	103	_billing_last_name	Example
45	103	_billing_email	user103@example.com
46	103	_billing_phone	+1 555-0103
47	103	_billing_address_1	1 Example Road
48	103	_customer_ip_address	192.0.2.104
49	103	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
50	103	_order_total	1299.00
51	103	_payment_method	stripe
52	103	_transaction_id	ch_test_103
53	103	_stripe_customer_id	cus_test
54	103	_stripe_intent_id	pi_test_103
55	103	_order_key	wc_order_ut5jplghDMh3Q
56	103	_edit_lock	1711000000:1
57	104	_billing_first_name	User104
58	104	_billing_last_name	Example
59	104	_billing_email	user104@example.com
60	104	_billing_phone	+1 555-0104
61	104	_billing_address_1	1 Example Road
62	104	_customer_ip_address	192.0.2.105
63	104	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
64	104	_order_total	1299.00
65	104	_payment_method	stripe
66	104	_transaction_id	ch_test_104
67	104	_stripe_customer_id	cus_test
68	104	_stripe_intent_id	pi_test_104
69	104	_order_key	wc_order_dmO5r4ForTMf3
70	104	_edit_lock	1711000000:1
71	105	_billing_first_name	User105
72	105	_billing_last_name	Example
73	105	_billing_email	user105@example.com
74	105	_billing_phone	+1 555-0105
75	105	_billing_address_1	1 Example Road
76	105	_customer_ip_address	192.0.2.106
77	105	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
78	105	_order_total	1299.00
79	105	_payment_method	stripe
80	105	_transaction_id	ch_test_105
81	105	_stripe_customer_id	cus_test
82	105	_stripe_intent_id	pi_test_105
83	105	_order_key	wc_order_uQbfeibsvo7mT
84	105	_edit_lock	1711000000:1
85	106	_billing_first_name	User106
86	106	_billing_last_name	Example
87	106	_billing_email	user106@example.com
88	106	_billing_phone	+1 555-0106
89	106	_billing_address_1	1 Example Road
90	106	_customer_ip_address	192.0.2.107
91	106	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
92	106	_order_total	1299.00
93	106	_payment_method	stripe
94	106	_transaction_id	ch_test_106
95	106	_stripe_customer_id	cus_test
96	106	_stripe_intent_id	pi_test_106
97	106	_order_key	wc_order_ip1OQtwfRD538
98	106	_edit_lock	1711000000:1
99	107	_billing_first_name	User107
100	107	_billing_last_name	Example
101	107	_billing_email	user107@example.com
102	107	_billing_phone	+1 555-0107
103	107	_billing_address_1	1 Example Road
104	107	_customer_ip_address	192.0.2.108
105	107	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
106	107	_order_total	1299.00
107	107	_payment_method	stripe
108	107	_transaction_id	ch_test_107
109	107	_stripe_customer_id	cus_test
110	107	_stripe_intent_id	pi_test_107
111	107	_order_key	wc_order_4qYEW7iHmhwG3
112	107	_edit_lock	1711000000:1
113	108	_billing_first_name	User108
114	108	_billing_last_name	Example
115	108	_billing_email	user108@example.com
116	108	_billing_phone	+1 555-0108
117	108	_billing_address_1	1 Example Road
118	108	_customer_ip_address	192.0.2.109
119	108	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
120	108	_order_total	1299.00
121	108	_payment_method	stripe
122	108	_transaction_id	ch_test_108
123	108	_stripe_customer_id	cus_test
124	108	_stripe_intent_id	pi_test_108
125	108	_order_key	wc_order_XXeH3yU99fpnY
126	108	_edit_lock	1711000000:1
127	109	_billing_first_name	User109
128	109	_billing_last_name	Example
129	109	_billing_email	user109@example.com
130	109	_billing_phone	+1 555-0109
131	109	_billing_address_1	1 Example Road
132	109	_customer_ip_address	192.0.2.110
133	109	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
134	109	_order_total	1299.00
135	109	_payment_method	stripe
136	109	_transaction_id	ch_test_109
137	109	_stripe_customer_id	cus_test
138	109	_stripe_intent_id	pi_test_109
139	109	_order_key	wc_order_wm7tYXZag7rq0
140	109	_edit_lock	1711000000:1
141	110	_billing_first_name	User110
142	110	_billing_last_name	Example
143	110	_billing_email	user110@example.com
144	110	_billing_phone	+1 555-0110
145	110	_billing_address_1	1 Example Road
146	110	_customer_ip_address	192.0.2.111
147	110	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
148	110	_order_total	1299.00
149	110	_payment_method	stripe
150	110	_transaction_id	ch_test_110
151	110	_stripe_customer_id	cus_test
152	110	_stripe_intent_id	pi_test_110
153	110	_order_key	wc_order_JRN9W8O24I3k9
154	110	_edit_lock	1711000000:1
155	111	_billing_first_name	User111
156	111	_billing_last_name	Example
157	111	_billing_email	user111@example.com
158	111	_billing_phone	+1 555-0111
159	111	_billing_address_1	1 Example Road
160	111	_customer_ip_address	192.0.2.112
161	111	_customer_user_agent	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
162	111	_order_total	1299.00
163	111	_payment_method	stripe
164	111	_transaction_id	ch_test_111
165	111	_stripe_customer_id	cus_test
166	111	_stripe_intent_id	pi_test_111
167	111	_order_key	wc_order_rHAlvj4CHpRky
168	111	_edit_lock	1711000000:1
169	112	_billing_first_name	User112
170	112	_billing_last_name	Example
171	112	_billing_email	user112@example.com
172	112	_billing_phone	+1 555-0112
173	112	_billing_address_1	1 Example Road
174	112	_customer_ip_address	192.0.2.113
175	112	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
176	112	_order_total	1299.00
177	112	_payment_method	stripe
178	112	_transaction_id	ch_test_112
179	112	_stripe_customer_id	cus_test
180	112	_stripe_intent_id	pi_test_112
181	112	_order_key	wc_order_IWxomLJl1ZWcy
182	112	_edit_lock	1711000000:1
183	113	_billing_first_name	User113
184	113	_billing_last_name	Example
185	113	_billing_email	user113@example.com
186	113	_billing_phone	+1 555-0113
187	113	_billing_address_1	1 Example Road
188	113	_customer_ip_address	192.0.2.114
189	113	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
190	113	_order_total	1299.00
191	113	_payment_method	stripe
192	113	_transaction_id	ch_test_113
386	127	_order_total	1299.00
193	113	_stripe_customer_id	cus_test
194	113	_stripe_intent_id	pi_test_113
195	113	_order_key	wc_order_M7kOOXvrwpaMp
196	113	_edit_lock	1711000000:1
197	114	_billing_first_name	User114
198	114	_billing_last_name	Example
199	114	_billing_email	user114@example.com
200	114	_billing_phone	+1 555-0114
201	114	_billing_address_1	1 Example Road
202	114	_customer_ip_address	192.0.2.115
203	114	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
204	114	_order_total	1299.00
205	114	_payment_method	stripe
206	114	_transaction_id	ch_test_114
207	114	_stripe_customer_id	cus_test
208	114	_stripe_intent_id	pi_test_114
209	114	_order_key	wc_order_qbDLDXoBBKTI7
210	114	_edit_lock	1711000000:1
211	115	_billing_first_name	User115
212	115	_billing_last_name	Example
213	115	_billing_email	user115@example.com
214	115	_billing_phone	+1 555-0115
215	115	_billing_address_1	1 Example Road
216	115	_customer_ip_address	192.0.2.116
217	115	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
218	115	_order_total	1299.00
219	115	_payment_method	stripe
220	115	_transaction_id	ch_test_115
221	115	_stripe_customer_id	cus_test
222	115	_stripe_intent_id	pi_test_115
223	115	_order_key	wc_order_d1eKdVPfV2e7w
224	115	_edit_lock	1711000000:1
225	116	_billing_first_name	User116
226	116	_billing_last_name	Example
227	116	_billing_email	user116@example.com
228	116	_billing_phone	+1 555-0116
229	116	_billing_address_1	1 Example Road
230	116	_customer_ip_address	192.0.2.117
231	116	_customer_user_agent	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
232	116	_order_total	1299.00
233	116	_payment_method	stripe
234	116	_transaction_id	ch_test_116
235	116	_stripe_customer_id	cus_test
236	116	_stripe_intent_id	pi_test_116
237	116	_order_key	wc_order_3nrob4cPNqJgG
238	116	_edit_lock	1711000000:1
239	117	_billing_first_name	User117
240	117	_billing_last_name	Example
241	117	_billing_email	user117@example.com
242	117	_billing_phone	+1 555-0117
243	117	_billing_address_1	1 Example Road
244	117	_customer_ip_address	192.0.2.118
245	117	_customer_user_agent	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
246	117	_order_total	1299.00
247	117	_payment_method	stripe
248	117	_transaction_id	ch_test_117
249	117	_stripe_customer_id	cus_test
250	117	_stripe_intent_id	pi_test_117
251	117	_order_key	wc_order_RT4ZkxELpFbh5
252	117	_edit_lock	1711000000:1
253	118	_billing_first_name	User118
254	118	_billing_last_name	Example
255	118	_billing_email	user118@example.com
256	118	_billing_phone	+1 555-0118
257	118	_billing_address_1	1 Example Road
258	118	_customer_ip_address	192.0.2.119
259	118	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
260	118	_order_total	1299.00
261	118	_payment_method	stripe
262	118	_transaction_id	ch_test_118
263	118	_stripe_customer_id	cus_test
264	118	_stripe_intent_id	pi_test_118
265	118	_order_key	wc_order_dL3gLYJTCQGMH
266	118	_edit_lock	1711000000:1
267	119	_billing_first_name	User119
268	119	_billing_last_name	Example
269	119	_billing_email	user119@example.com
270	119	_billing_phone	+1 555-0119
271	119	_billing_address_1	1 Example Road
272	119	_customer_ip_address	192.0.2.120
273	119	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
274	119	_order_total	1299.00
275	119	_payment_method	stripe
276	119	_transaction_id	ch_test_119
277	119	_stripe_customer_id	cus_test
278	119	_stripe_intent_id	pi_test_119
279	119	_order_key	wc_order_KCONv75rorhaY
280	119	_edit_lock	1711000000:1
281	120	_billing_first_name	User120
282	120	_billing_last_name	Example
283	120	_billing_email	user120@example.com
284	120	_billing_phone	+1 555-0120
285	120	_billing_address_1	1 Example Road
286	120	_customer_ip_address	192.0.2.121
287	120	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
288	120	_order_total	1299.00
289	120	_payment_method	stripe
290	120	_transaction_id	ch_test_120
291	120	_stripe_customer_id	cus_test
292	120	_stripe_intent_id	pi_test_120
293	120	_order_key	wc_order_VFhyLffgMTpOe
294	120	_edit_lock	1711000000:1
295	121	_billing_first_name	User121
296	121	_billing_last_name	Example
297	121	_billing_email	user121@example.com
298	121	_billing_phone	+1 555-0121
299	121	_billing_address_1	1 Example Road
300	121	_customer_ip_address	192.0.2.122
301	121	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
302	121	_order_total	1299.00
303	121	_payment_method	stripe
304	121	_transaction_id	ch_test_121
305	121	_stripe_customer_id	cus_test
306	121	_stripe_intent_id	pi_test_121
307	121	_order_key	wc_order_7mXEXPTWk7TaN
308	121	_edit_lock	1711000000:1
309	122	_billing_first_name	User122
310	122	_billing_last_name	Example
311	122	_billing_email	user122@example.com
312	122	_billing_phone	+1 555-0122
313	122	_billing_address_1	1 Example Road
314	122	_customer_ip_address	192.0.2.123
315	122	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
316	122	_order_total	1299.00
317	122	_payment_method	stripe
318	122	_transaction_id	ch_test_122
319	122	_stripe_customer_id	cus_test
320	122	_stripe_intent_id	pi_test_122
321	122	_order_key	wc_order_fhOcyjuW7bfvl
322	122	_edit_lock	1711000000:1
323	123	_billing_first_name	User123
324	123	_billing_last_name	Example
325	123	_billing_email	user123@example.com
326	123	_billing_phone	+1 555-0123
327	123	_billing_address_1	1 Example Road
328	123	_customer_ip_address	192.0.2.124
329	123	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
330	123	_order_total	1299.00
331	123	_payment_method	stripe
332	123	_transaction_id	ch_test_123
333	123	_stripe_customer_id	cus_test
334	123	_stripe_intent_id	pi_test_123
335	123	_order_key	wc_order_AEsde3VOgZ90J
336	123	_edit_lock	1711000000:1
337	124	_billing_first_name	User124
338	124	_billing_last_name	Example
339	124	_billing_email	user124@example.com
340	124	_billing_phone	+1 555-0124
341	124	_billing_address_1	1 Example Road
342	124	_customer_ip_address	192.0.2.125
343	124	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
344	124	_order_total	1299.00
345	124	_payment_method	stripe
346	124	_transaction_id	ch_test_124
347	124	_stripe_customer_id	cus_test
348	124	_stripe_intent_id	pi_test_124
349	124	_order_key	wc_order_ocFLMgytgjAJI
350	124	_edit_lock	1711000000:1
351	125	_billing_first_name	User125
352	125	_billing_last_name	Example
353	125	_billing_email	user125@example.com
354	125	_billing_phone	+1 555-0125
355	125	_billing_address_1	1 Example Road
356	125	_customer_ip_address	192.0.2.126
357	125	_customer_user_agent	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
358	125	_order_total	1299.00
359	125	_payment_method	stripe
360	125	_transaction_id	ch_test_125
361	125	_stripe_customer_id	cus_test
362	125	_stripe_intent_id	pi_test_125
363	125	_order_key	wc_order_ONRGk59MlLST3
364	125	_edit_lock	1711000000:1
365	126	_billing_first_name	User126
366	126	_billing_last_name	Example
367	126	_billing_email	user126@example.com
368	126	_billing_phone	+1 555-0126
369	126	_billing_address_1	1 Example Road
370	126	_customer_ip_address	192.0.2.127
371	126	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
372	126	_order_total	1299.00
373	126	_payment_method	stripe
374	126	_transaction_id	ch_test_126
375	126	_stripe_customer_id	cus_test
376	126	_stripe_intent_id	pi_test_126
377	126	_order_key	wc_order_VCwQh4tWJOqAR
378	126	_edit_lock	1711000000:1
379	127	_billing_first_name	User127
380	127	_billing_last_name	Example
381	127	_billing_email	user127@example.com
382	127	_billing_phone	+1 555-0127
383	127	_billing_address_1	1 Example Road
384	127	_customer_ip_address	192.0.2.128
385	127	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
387	127	_payment_method	stripe
388	127	_transaction_id	ch_test_127
389	127	_stripe_customer_id	cus_test
390	127	_stripe_intent_id	pi_test_127
391	127	_order_key	wc_order_T8VkSxw6K2xFD
392	127	_edit_lock	1711000000:1
393	128	_billing_first_name	User128
394	128	_billing_last_name	Example
395	128	_billing_email	user128@example.com
396	128	_billing_phone	+1 555-0128
397	128	_billing_address_1	1 Example Road
398	128	_customer_ip_address	192.0.2.129
399	128	_customer_user_agent	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15
400	128	_order_total	1299.00
401	128	_payment_method	stripe
402	128	_transaction_id	ch_test_128
403	128	_stripe_customer_id	cus_test
404	128	_stripe_intent_id	pi_test_128
405	128	_order_key	wc_order_Siq9Kk8fvtAFW
406	128	_edit_lock	1711000000:1
407	129	_billing_first_name	User129
408	129	_billing_last_name	Example
409	129	_billing_email	user129@example.com
410	129	_billing_phone	+1 555-0129
411	129	_billing_address_1	1 Example Road
412	129	_customer_ip_address	192.0.2.130
413	129	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
414	129	_order_total	1299.00
415	129	_payment_method	stripe
416	129	_transaction_id	ch_test_129
417	129	_stripe_customer_id	cus_test
418	129	_stripe_intent_id	pi_test_129
419	129	_order_key	wc_order_sc0DwJlBiMqhV
420	129	_edit_lock	1711000000:1
421	130	_billing_first_name	User130
422	130	_billing_last_name	Example
423	130	_billing_email	user130@example.com
424	130	_billing_phone	+1 555-0130
425	130	_billing_address_1	1 Example Road
426	130	_customer_ip_address	192.0.2.131
427	130	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
428	130	_order_total	1299.00
429	130	_payment_method	stripe
430	130	_transaction_id	ch_test_130
431	130	_stripe_customer_id	cus_test
432	130	_stripe_intent_id	pi_test_130
433	130	_order_key	wc_order_zYdH0WHUan7yk
434	130	_edit_lock	1711000000:1
435	131	_billing_first_name	User131
436	131	_billing_last_name	Example
437	131	_billing_email	user131@example.com
438	131	_billing_phone	+1 555-0131
439	131	_billing_address_1	1 Example Road
440	131	_customer_ip_address	192.0.2.132
441	131	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
442	131	_order_total	1299.00
443	131	_payment_method	stripe
444	131	_transaction_id	ch_test_131
445	131	_stripe_customer_id	cus_test
446	131	_stripe_intent_id	pi_test_131
447	131	_order_key	wc_order_SWIFedoIEwZUb
448	131	_edit_lock	1711000000:1
449	132	_billing_first_name	User132
450	132	_billing_last_name	Example
451	132	_billing_email	user132@example.com
452	132	_billing_phone	+1 555-0132
453	132	_billing_address_1	1 Example Road
454	132	_customer_ip_address	192.0.2.133
455	132	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
456	132	_order_total	1299.00
457	132	_payment_method	stripe
458	132	_transaction_id	ch_test_132
459	132	_stripe_customer_id	cus_test
460	132	_stripe_intent_id	pi_test_132
461	132	_order_key	wc_order_BMfJ45S655f5C
462	132	_edit_lock	1711000000:1
463	133	_billing_first_name	User133
464	133	_billing_last_name	Example
465	133	_billing_email	user133@example.com
466	133	_billing_phone	+1 555-0133
467	133	_billing_address_1	1 Example Road
468	133	_customer_ip_address	192.0.2.134
469	133	_customer_user_agent	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1
470	133	_order_total	1299.00
471	133	_payment_method	stripe
472	133	_transaction_id	ch_test_133
473	133	_stripe_customer_id	cus_test
474	133	_stripe_intent_id	pi_test_133
475	133	_order_key	wc_order_iVrQkeM8BWYt5
476	133	_edit_lock	1711000000:1
477	134	_billing_first_name	User134
478	134	_billing_last_name	Example
479	134	_billing_email	user134@example.com
480	134	_billing_phone	+1 555-0134
481	134	_billing_address_1	1 Example Road
482	134	_customer_ip_address	192.0.2.135
483	134	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
484	134	_order_total	1299.00
485	134	_payment_method	stripe
486	134	_transaction_id	ch_test_134
487	134	_stripe_customer_id	cus_test
488	134	_stripe_intent_id	pi_test_134
489	134	_order_key	wc_order_rsK1uoHdqhavC
490	134	_edit_lock	1711000000:1
491	135	_billing_first_name	User135
492	135	_billing_last_name	Example
493	135	_billing_email	user135@example.com
494	135	_billing_phone	+1 555-0135
495	135	_billing_address_1	1 Example Road
496	135	_customer_ip_address	192.0.2.136
497	135	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
498	135	_order_total	1299.00
499	135	_payment_method	stripe
500	135	_transaction_id	ch_test_135
501	135	_stripe_customer_id	cus_test
502	135	_stripe_intent_id	pi_test_135
503	135	_order_key	wc_order_J47ffCTlOgVig
504	135	_edit_lock	1711000000:1
505	136	_billing_first_name	User136
506	136	_billing_last_name	Example
507	136	_billing_email	user136@example.com
508	136	_billing_phone	+1 555-0136
509	136	_billing_address_1	1 Example Road
510	136	_customer_ip_address	192.0.2.137
511	136	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
512	136	_order_total	1299.00
513	136	_payment_method	stripe
514	136	_transaction_id	ch_test_136
515	136	_stripe_customer_id	cus_test
516	136	_stripe_intent_id	pi_test_136
517	136	_order_key	wc_order_yxVRKVTd4x9Da
518	136	_edit_lock	1711000000:1
519	137	_billing_first_name	User137
520	137	_billing_last_name	Example
521	137	_billing_email	user137@example.com
522	137	_billing_phone	+1 555-0137
523	137	_billing_address_1	1 Example Road
524	137	_customer_ip_address	192.0.2.138
525	137	_customer_user_agent	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
526	137	_order_total	1299.00
527	137	_payment_method	stripe
528	137	_transaction_id	ch_test_137
529	137	_stripe_customer_id	cus_test
530	137	_stripe_intent_id	pi_test_137
531	137	_order_key	wc_order_9uHkqIiI5V5vn
532	137	_edit_lock	1711000000:1
533	138	_billing_first_name	User138
534	138	_billing_last_name	Example
535	138	_billing_email	user138@example.com
536	138	_billing_phone	+1 555-0138
537	138	_billing_address_1	1 Example Road
538	138	_customer_ip_address	192.0.2.139
539	138	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
540	138	_order_total	1299.00
541	138	_payment_method	stripe
542	138	_transaction_id	ch_test_138
543	138	_stripe_customer_id	cus_test
544	138	_stripe_intent_id	pi_test_138
545	138	_order_key	wc_order_2jbWHVWiqjCjs
546	138	_edit_lock	1711000000:1
547	139	_billing_first_name	User139
548	139	_billing_last_name	Example
549	139	_billing_email	user139@example.com
550	139	_billing_phone	+1 555-0139
551	139	_billing_address_1	1 Example Road
552	139	_customer_ip_address	192.0.2.140
553	139	_customer_user_agent	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
554	139	_order_total	1299.00
555	139	_payment_method	stripe
556	139	_transaction_id	ch_test_139
557	139	_stripe_customer_id	cus_test
558	139	_stripe_intent_id	pi_test_139
559	139	_order_key	wc_order_YjbEKOnVKeuzA
560	139	_edit_lock	1711000000:1
\.


--
-- Data for Name: wp_posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_posts (id, post_author, post_date, post_content, post_title, post_excerpt, post_status, post_name, post_modified, post_parent, guid, post_type, post_mime_type) FROM stdin;
1	1	2023-06-01 00:00:00	<h2>Impressum</h2><p>Example Shop GmbH<br>Example Street 1, 00000 Example City<br>Telefon: +49 30 901820<br>E-Mail: info@example.com</p>	Impressum		publish	impressum	2023-06-01 00:00:00	0	https://shop.example.com/?page_id=1	page	
2	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-2/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":2,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-2.jpg" alt="" class="wp-image-2"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 2		publish	lounge-2	2024-03-01 00:00:00	0	https://shop.example.com/?p=2	post	
3	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-3/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":3,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-3.jpg" alt="" class="wp-image-3"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 3		publish	lounge-3	2024-03-01 00:00:00	0	https://shop.example.com/?p=3	product	
4	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-4/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":4,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-4.jpg" alt="" class="wp-image-4"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 4		publish	lounge-4	2024-03-01 00:00:00	0	https://shop.example.com/?p=4	post	
5	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-5/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":5,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-5.jpg" alt="" class="wp-image-5"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 5		publish	lounge-5	2024-03-01 00:00:00	0	https://shop.example.com/?p=5	post	
6	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-6/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":6,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-6.jpg" alt="" class="wp-image-6"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 6		publish	lounge-6	2024-03-01 00:00:00	0	https://shop.example.com/?p=6	product	
7	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-7/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":7,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-7.jpg" alt="" class="wp-image-7"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 7		publish	lounge-7	2024-03-01 00:00:00	0	https://shop.example.com/?p=7	post	
8	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-8/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":8,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-8.jpg" alt="" class="wp-image-8"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 8		publish	lounge-8	2024-03-01 00:00:00	0	https://shop.example.com/?p=8	post	
9	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-9/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":9,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-9.jpg" alt="" class="wp-image-9"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 9		publish	lounge-9	2024-03-01 00:00:00	0	https://shop.example.com/?p=9	product	
10	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-10/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":10,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-10.jpg" alt="" class="wp-image-10"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 10		publish	lounge-10	2024-03-01 00:00:00	0	https://shop.example.com/?p=10	post	
11	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-11/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":11,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-11.jpg" alt="" class="wp-image-11"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 11		publish	lounge-11	2024-03-01 00:00:00	0	https://shop.example.com/?p=11	post	
12	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-12/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":12,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-12.jpg" alt="" class="wp-image-12"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 12		publish	lounge-12	2024-03-01 00:00:00	0	https://shop.example.com/?p=12	product	
13	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-13/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":13,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-13.jpg" alt="" class="wp-image-13"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 13		publish	lounge-13	2024-03-01 00:00:00	0	https://shop.example.com/?p=13	post	
14	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-14/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":14,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-14.jpg" alt="" class="wp-image-14"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 14		publish	lounge-14	2024-03-01 00:00:00	0	https://shop.example.com/?p=14	post	
15	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-15/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":15,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-15.jpg" alt="" class="wp-image-15"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 15		publish	lounge-15	2024-03-01 00:00:00	0	https://shop.example.com/?p=15	product	
16	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-16/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":16,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-16.jpg" alt="" class="wp-image-16"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 16		publish	lounge-16	2024-03-01 00:00:00	0	https://shop.example.com/?p=16	post	
17	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-17/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":17,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-17.jpg" alt="" class="wp-image-17"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 17		publish	lounge-17	2024-03-01 00:00:00	0	https://shop.example.com/?p=17	post	
18	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-18/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":18,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-18.jpg" alt="" class="wp-image-18"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 18		publish	lounge-18	2024-03-01 00:00:00	0	https://shop.example.com/?p=18	product	
19	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-19/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":19,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-19.jpg" alt="" class="wp-image-19"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 19		publish	lounge-19	2024-03-01 00:00:00	0	https://shop.example.com/?p=19	post	
20	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-20/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":20,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-20.jpg" alt="" class="wp-image-20"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 20		publish	lounge-20	2024-03-01 00:00:00	0	https://shop.example.com/?p=20	post	
21	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-21/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":21,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-21.jpg" alt="" class="wp-image-21"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 21		publish	lounge-21	2024-03-01 00:00:00	0	https://shop.example.com/?p=21	product	
66	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-105	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=105	shop_order	
67	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-106	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=106	shop_order	
22	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-22/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":22,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-22.jpg" alt="" class="wp-image-22"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 22		publish	lounge-22	2024-03-01 00:00:00	0	https://shop.example.com/?p=22	post	
23	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-23/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":23,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-23.jpg" alt="" class="wp-image-23"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 23		publish	lounge-23	2024-03-01 00:00:00	0	https://shop.example.com/?p=23	post	
24	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-24/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":24,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-24.jpg" alt="" class="wp-image-24"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 24		publish	lounge-24	2024-03-01 00:00:00	0	https://shop.example.com/?p=24	product	
25	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-25/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":25,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-25.jpg" alt="" class="wp-image-25"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 25		publish	lounge-25	2024-03-01 00:00:00	0	https://shop.example.com/?p=25	post	
26	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-26/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":26,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-26.jpg" alt="" class="wp-image-26"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 26		publish	lounge-26	2024-03-01 00:00:00	0	https://shop.example.com/?p=26	post	
27	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-27/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":27,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-27.jpg" alt="" class="wp-image-27"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 27		publish	lounge-27	2024-03-01 00:00:00	0	https://shop.example.com/?p=27	product	
28	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-28/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":28,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-28.jpg" alt="" class="wp-image-28"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 28		publish	lounge-28	2024-03-01 00:00:00	0	https://shop.example.com/?p=28	post	
29	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-29/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":29,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-29.jpg" alt="" class="wp-image-29"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 29		publish	lounge-29	2024-03-01 00:00:00	0	https://shop.example.com/?p=29	post	
30	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-30/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":30,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-30.jpg" alt="" class="wp-image-30"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 30		publish	lounge-30	2024-03-01 00:00:00	0	https://shop.example.com/?p=30	product	
31	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-31/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":31,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-31.jpg" alt="" class="wp-image-31"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 31		publish	lounge-31	2024-03-01 00:00:00	0	https://shop.example.com/?p=31	post	
68	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-107	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=107	shop_order	
69	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-108	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=108	shop_order	
32	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-32/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":32,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-32.jpg" alt="" class="wp-image-32"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 32		publish	lounge-32	2024-03-01 00:00:00	0	https://shop.example.com/?p=32	post	
33	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-33/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":33,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-33.jpg" alt="" class="wp-image-33"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 33		publish	lounge-33	2024-03-01 00:00:00	0	https://shop.example.com/?p=33	product	
34	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-34/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":34,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-34.jpg" alt="" class="wp-image-34"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 34		publish	lounge-34	2024-03-01 00:00:00	0	https://shop.example.com/?p=34	post	
35	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-35/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":35,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-35.jpg" alt="" class="wp-image-35"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 35		publish	lounge-35	2024-03-01 00:00:00	0	https://shop.example.com/?p=35	post	
36	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-36/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":36,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-36.jpg" alt="" class="wp-image-36"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 36		publish	lounge-36	2024-03-01 00:00:00	0	https://shop.example.com/?p=36	product	
37	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-37/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":37,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-37.jpg" alt="" class="wp-image-37"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 37		publish	lounge-37	2024-03-01 00:00:00	0	https://shop.example.com/?p=37	post	
38	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-38/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":38,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-38.jpg" alt="" class="wp-image-38"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 38		publish	lounge-38	2024-03-01 00:00:00	0	https://shop.example.com/?p=38	post	
39	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-39/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":39,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-39.jpg" alt="" class="wp-image-39"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 39		publish	lounge-39	2024-03-01 00:00:00	0	https://shop.example.com/?p=39	product	
40	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-40/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":40,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-40.jpg" alt="" class="wp-image-40"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 40		publish	lounge-40	2024-03-01 00:00:00	0	https://shop.example.com/?p=40	post	
41	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-41/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":41,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-41.jpg" alt="" class="wp-image-41"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 41		publish	lounge-41	2024-03-01 00:00:00	0	https://shop.example.com/?p=41	post	
70	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-109	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=109	shop_order	
71	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-110	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=110	shop_order	
42	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-42/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":42,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-42.jpg" alt="" class="wp-image-42"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 42		publish	lounge-42	2024-03-01 00:00:00	0	https://shop.example.com/?p=42	product	
43	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-43/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":43,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-43.jpg" alt="" class="wp-image-43"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 43		publish	lounge-43	2024-03-01 00:00:00	0	https://shop.example.com/?p=43	post	
44	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-44/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":44,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-44.jpg" alt="" class="wp-image-44"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 44		publish	lounge-44	2024-03-01 00:00:00	0	https://shop.example.com/?p=44	post	
45	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-45/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":45,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-45.jpg" alt="" class="wp-image-45"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 45		publish	lounge-45	2024-03-01 00:00:00	0	https://shop.example.com/?p=45	product	
46	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-46/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":46,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-46.jpg" alt="" class="wp-image-46"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 46		publish	lounge-46	2024-03-01 00:00:00	0	https://shop.example.com/?p=46	post	
47	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-47/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":47,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-47.jpg" alt="" class="wp-image-47"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 47		publish	lounge-47	2024-03-01 00:00:00	0	https://shop.example.com/?p=47	post	
48	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-48/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":48,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-48.jpg" alt="" class="wp-image-48"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 48		publish	lounge-48	2024-03-01 00:00:00	0	https://shop.example.com/?p=48	product	
49	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-49/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":49,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-49.jpg" alt="" class="wp-image-49"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 49		publish	lounge-49	2024-03-01 00:00:00	0	https://shop.example.com/?p=49	post	
50	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-50/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":50,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-50.jpg" alt="" class="wp-image-50"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 50		publish	lounge-50	2024-03-01 00:00:00	0	https://shop.example.com/?p=50	post	
51	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-51/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":51,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-51.jpg" alt="" class="wp-image-51"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 51		publish	lounge-51	2024-03-01 00:00:00	0	https://shop.example.com/?p=51	product	
72	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-111	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=111	shop_order	
73	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-112	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=112	shop_order	
52	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-52/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":52,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-52.jpg" alt="" class="wp-image-52"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 52		publish	lounge-52	2024-03-01 00:00:00	0	https://shop.example.com/?p=52	post	
53	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-53/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":53,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-53.jpg" alt="" class="wp-image-53"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 53		publish	lounge-53	2024-03-01 00:00:00	0	https://shop.example.com/?p=53	post	
54	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-54/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":54,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-54.jpg" alt="" class="wp-image-54"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 54		publish	lounge-54	2024-03-01 00:00:00	0	https://shop.example.com/?p=54	product	
55	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-55/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":55,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-55.jpg" alt="" class="wp-image-55"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 55		publish	lounge-55	2024-03-01 00:00:00	0	https://shop.example.com/?p=55	post	
56	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-56/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":56,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-56.jpg" alt="" class="wp-image-56"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 56		publish	lounge-56	2024-03-01 00:00:00	0	https://shop.example.com/?p=56	post	
57	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-57/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":57,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-57.jpg" alt="" class="wp-image-57"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 57		publish	lounge-57	2024-03-01 00:00:00	0	https://shop.example.com/?p=57	product	
58	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-58/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":58,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-58.jpg" alt="" class="wp-image-58"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 58		publish	lounge-58	2024-03-01 00:00:00	0	https://shop.example.com/?p=58	post	
59	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-59/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":59,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-59.jpg" alt="" class="wp-image-59"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 59		publish	lounge-59	2024-03-01 00:00:00	0	https://shop.example.com/?p=59	post	
60	1	2024-03-01 00:00:00	<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://shop.example.com/produkt/lounge-60/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":60,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://shop.example.com/wp-content/uploads/2024/03/lounge-60.jpg" alt="" class="wp-image-60"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->	Lounge 60		publish	lounge-60	2024-03-01 00:00:00	0	https://shop.example.com/?p=60	product	
61	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-100	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=100	shop_order	
62	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-101	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=101	shop_order	
63	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-102	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=102	shop_order	
64	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-103	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=103	shop_order	
65	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-104	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=104	shop_order	
74	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-113	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=113	shop_order	
75	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-114	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=114	shop_order	
76	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-115	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=115	shop_order	
77	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-116	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=116	shop_order	
78	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-117	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=117	shop_order	
79	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-118	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=118	shop_order	
80	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-119	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=119	shop_order	
81	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-120	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=120	shop_order	
82	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-121	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=121	shop_order	
83	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-122	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=122	shop_order	
84	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-123	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=123	shop_order	
85	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-124	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=124	shop_order	
86	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-125	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=125	shop_order	
87	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-126	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=126	shop_order	
88	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-127	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=127	shop_order	
89	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-128	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=128	shop_order	
90	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-129	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=129	shop_order	
91	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-130	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=130	shop_order	
92	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-131	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=131	shop_order	
93	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-132	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=132	shop_order	
94	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-133	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=133	shop_order	
95	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-134	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=134	shop_order	
96	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-135	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=135	shop_order	
97	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-136	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=136	shop_order	
98	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-137	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=137	shop_order	
99	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-138	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=138	shop_order	
100	1	2024-03-01 00:00:00		Order &ndash; März 1, 2024 @ 10:00		wc-completed	order-139	2024-03-01 00:00:00	0	https://shop.example.com/?post_type=shop_order&p=139	shop_order	
\.


--
-- Data for Name: wp_usermeta; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_usermeta (umeta_id, user_id, meta_key, meta_value) FROM stdin;
1	1	nickname	user1
2	1	first_name	User1
3	1	last_name	Example
4	1	billing_phone	+1 555-0101
5	1	billing_address_1	1 Example Road
6	1	billing_city	Example City
7	1	billing_postcode	00000
8	1	wp_capabilities	a:1:{s:8:"customer";b:1;}
9	1	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.2";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
10	1	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
11	1	wc_last_active	1711000000
12	2	nickname	user2
13	2	first_name	User2
14	2	last_name	Example
15	2	billing_phone	+1 555-0102
16	2	billing_address_1	1 Example Road
17	2	billing_city	Example City
18	2	billing_postcode	00000
19	2	wp_capabilities	a:1:{s:8:"customer";b:1;}
20	2	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.3";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
21	2	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
22	2	wc_last_active	1711000000
23	3	nickname	user3
24	3	first_name	User3
25	3	last_name	Example
26	3	billing_phone	+1 555-0103
27	3	billing_address_1	1 Example Road
28	3	billing_city	Example City
29	3	billing_postcode	00000
30	3	wp_capabilities	a:1:{s:8:"customer";b:1;}
31	3	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.4";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
32	3	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
33	3	wc_last_active	1711000000
34	4	nickname	user4
35	4	first_name	User4
36	4	last_name	Example
37	4	billing_phone	+1 555-0104
38	4	billing_address_1	1 Example Road
39	4	billing_city	Example City
40	4	billing_postcode	00000
41	4	wp_capabilities	a:1:{s:8:"customer";b:1;}
42	4	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.5";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
43	4	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
44	4	wc_last_active	1711000000
45	5	nickname	user5
46	5	first_name	User5
47	5	last_name	Example
48	5	billing_phone	+1 555-0105
49	5	billing_address_1	1 Example Road
50	5	billing_city	Example City
51	5	billing_postcode	00000
52	5	wp_capabilities	a:1:{s:8:"customer";b:1;}
53	5	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.6";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
54	5	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
55	5	wc_last_active	1711000000
56	6	nickname	user6
57	6	first_name	User6
58	6	last_name	Example
59	6	billing_phone	+1 555-0106
60	6	billing_address_1	1 Example Road
61	6	billing_city	Example City
62	6	billing_postcode	00000
63	6	wp_capabilities	a:1:{s:8:"customer";b:1;}
64	6	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.7";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
65	6	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
66	6	wc_last_active	1711000000
67	7	nickname	user7
68	7	first_name	User7
69	7	last_name	Example
70	7	billing_phone	+1 555-0107
71	7	billing_address_1	1 Example Road
72	7	billing_city	Example City
73	7	billing_postcode	00000
74	7	wp_capabilities	a:1:{s:8:"customer";b:1;}
75	7	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.8";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
76	7	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
77	7	wc_last_active	1711000000
78	8	nickname	user8
79	8	first_name	User8
80	8	last_name	Example
81	8	billing_phone	+1 555-0108
82	8	billing_address_1	1 Example Road
83	8	billing_city	Example City
84	8	billing_postcode	00000
85	8	wp_capabilities	a:1:{s:8:"customer";b:1;}
86	8	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:9:"192.0.2.9";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
87	8	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
88	8	wc_last_active	1711000000
89	9	nickname	user9
90	9	first_name	User9
91	9	last_name	Example
92	9	billing_phone	+1 555-0109
93	9	billing_address_1	1 Example Road
94	9	billing_city	Example City
95	9	billing_postcode	00000
96	9	wp_capabilities	a:1:{s:8:"customer";b:1;}
97	9	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.10";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
98	9	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
99	9	wc_last_active	1711000000
100	10	nickname	user10
101	10	first_name	User10
102	10	last_name	Example
103	10	billing_phone	+1 555-0110
104	10	billing_address_1	1 Example Road
105	10	billing_city	Example City
106	10	billing_postcode	00000
107	10	wp_capabilities	a:1:{s:8:"customer";b:1;}
108	10	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.11";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
109	10	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
110	10	wc_last_active	1711000000
111	11	nickname	user11
112	11	first_name	User11
113	11	last_name	Example
114	11	billing_phone	+1 555-0111
115	11	billing_address_1	1 Example Road
116	11	billing_city	Example City
117	11	billing_postcode	00000
118	11	wp_capabilities	a:1:{s:8:"customer";b:1;}
119	11	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.12";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
120	11	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
121	11	wc_last_active	1711000000
122	12	nickname	user12
123	12	first_name	User12
124	12	last_name	Example
125	12	billing_phone	+1 555-0112
126	12	billing_address_1	1 Example Road
127	12	billing_city	Example City
128	12	billing_postcode	00000
129	12	wp_capabilities	a:1:{s:8:"customer";b:1;}
130	12	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.13";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
131	12	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
132	12	wc_last_active	1711000000
133	13	nickname	user13
134	13	first_name	User13
135	13	last_name	Example
136	13	billing_phone	+1 555-0113
137	13	billing_address_1	1 Example Road
138	13	billing_city	Example City
139	13	billing_postcode	00000
140	13	wp_capabilities	a:1:{s:8:"customer";b:1;}
141	13	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.14";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
142	13	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
143	13	wc_last_active	1711000000
144	14	nickname	user14
145	14	first_name	User14
146	14	last_name	Example
147	14	billing_phone	+1 555-0114
148	14	billing_address_1	1 Example Road
149	14	billing_city	Example City
150	14	billing_postcode	00000
151	14	wp_capabilities	a:1:{s:8:"customer";b:1;}
152	14	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.15";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
153	14	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
154	14	wc_last_active	1711000000
155	15	nickname	user15
156	15	first_name	User15
157	15	last_name	Example
158	15	billing_phone	+1 555-0115
159	15	billing_address_1	1 Example Road
160	15	billing_city	Example City
161	15	billing_postcode	00000
162	15	wp_capabilities	a:1:{s:8:"customer";b:1;}
163	15	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.16";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
164	15	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
165	15	wc_last_active	1711000000
166	16	nickname	user16
167	16	first_name	User16
168	16	last_name	Example
169	16	billing_phone	+1 555-0116
170	16	billing_address_1	1 Example Road
171	16	billing_city	Example City
172	16	billing_postcode	00000
173	16	wp_capabilities	a:1:{s:8:"customer";b:1;}
174	16	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.17";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
175	16	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
176	16	wc_last_active	1711000000
177	17	nickname	user17
178	17	first_name	User17
179	17	last_name	Example
180	17	billing_phone	+1 555-0117
181	17	billing_address_1	1 Example Road
182	17	billing_city	Example City
183	17	billing_postcode	00000
184	17	wp_capabilities	a:1:{s:8:"customer";b:1;}
185	17	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.18";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
186	17	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
187	17	wc_last_active	1711000000
188	18	nickname	user18
189	18	first_name	User18
190	18	last_name	Example
191	18	billing_phone	+1 555-0118
192	18	billing_address_1	1 Example Road
193	18	billing_city	Example City
194	18	billing_postcode	00000
195	18	wp_capabilities	a:1:{s:8:"customer";b:1;}
196	18	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.19";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
197	18	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
198	18	wc_last_active	1711000000
199	19	nickname	user19
200	19	first_name	User19
201	19	last_name	Example
202	19	billing_phone	+1 555-0119
203	19	billing_address_1	1 Example Road
204	19	billing_city	Example City
205	19	billing_postcode	00000
206	19	wp_capabilities	a:1:{s:8:"customer";b:1;}
207	19	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.20";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
208	19	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
209	19	wc_last_active	1711000000
210	20	nickname	user20
211	20	first_name	User20
212	20	last_name	Example
213	20	billing_phone	+1 555-0120
214	20	billing_address_1	1 Example Road
215	20	billing_city	Example City
216	20	billing_postcode	00000
217	20	wp_capabilities	a:1:{s:8:"customer";b:1;}
218	20	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.21";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
219	20	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
220	20	wc_last_active	1711000000
221	21	nickname	user21
222	21	first_name	User21
223	21	last_name	Example
224	21	billing_phone	+1 555-0121
225	21	billing_address_1	1 Example Road
226	21	billing_city	Example City
227	21	billing_postcode	00000
228	21	wp_capabilities	a:1:{s:8:"customer";b:1;}
229	21	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.22";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
230	21	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
231	21	wc_last_active	1711000000
232	22	nickname	user22
233	22	first_name	User22
234	22	last_name	Example
235	22	billing_phone	+1 555-0122
236	22	billing_address_1	1 Example Road
237	22	billing_city	Example City
238	22	billing_postcode	00000
239	22	wp_capabilities	a:1:{s:8:"customer";b:1;}
240	22	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.23";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
241	22	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
242	22	wc_last_active	1711000000
243	23	nickname	user23
244	23	first_name	User23
245	23	last_name	Example
246	23	billing_phone	+1 555-0123
247	23	billing_address_1	1 Example Road
248	23	billing_city	Example City
249	23	billing_postcode	00000
250	23	wp_capabilities	a:1:{s:8:"customer";b:1;}
251	23	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.24";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
252	23	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
253	23	wc_last_active	1711000000
254	24	nickname	user24
255	24	first_name	User24
256	24	last_name	Example
257	24	billing_phone	+1 555-0124
258	24	billing_address_1	1 Example Road
259	24	billing_city	Example City
260	24	billing_postcode	00000
261	24	wp_capabilities	a:1:{s:8:"customer";b:1;}
262	24	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.25";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
263	24	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
264	24	wc_last_active	1711000000
265	25	nickname	user25
266	25	first_name	User25
267	25	last_name	Example
268	25	billing_phone	+1 555-0125
269	25	billing_address_1	1 Example Road
270	25	billing_city	Example City
271	25	billing_postcode	00000
272	25	wp_capabilities	a:1:{s:8:"customer";b:1;}
273	25	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.26";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
274	25	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
275	25	wc_last_active	1711000000
276	26	nickname	user26
277	26	first_name	User26
278	26	last_name	Example
279	26	billing_phone	+1 555-0126
280	26	billing_address_1	1 Example Road
281	26	billing_city	Example City
282	26	billing_postcode	00000
283	26	wp_capabilities	a:1:{s:8:"customer";b:1;}
284	26	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.27";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
285	26	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
286	26	wc_last_active	1711000000
287	27	nickname	user27
288	27	first_name	User27
289	27	last_name	Example
290	27	billing_phone	+1 555-0127
291	27	billing_address_1	1 Example Road
292	27	billing_city	Example City
293	27	billing_postcode	00000
294	27	wp_capabilities	a:1:{s:8:"customer";b:1;}
295	27	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.28";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
296	27	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
297	27	wc_last_active	1711000000
298	28	nickname	user28
299	28	first_name	User28
300	28	last_name	Example
301	28	billing_phone	+1 555-0128
302	28	billing_address_1	1 Example Road
303	28	billing_city	Example City
304	28	billing_postcode	00000
305	28	wp_capabilities	a:1:{s:8:"customer";b:1;}
306	28	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.29";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
307	28	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
308	28	wc_last_active	1711000000
309	29	nickname	user29
310	29	first_name	User29
311	29	last_name	Example
312	29	billing_phone	+1 555-0129
313	29	billing_address_1	1 Example Road
314	29	billing_city	Example City
315	29	billing_postcode	00000
316	29	wp_capabilities	a:1:{s:8:"customer";b:1;}
317	29	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.30";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
318	29	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
319	29	wc_last_active	1711000000
320	30	nickname	user30
321	30	first_name	User30
322	30	last_name	Example
323	30	billing_phone	+1 555-0130
324	30	billing_address_1	1 Example Road
325	30	billing_city	Example City
326	30	billing_postcode	00000
327	30	wp_capabilities	a:1:{s:8:"customer";b:1;}
328	30	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.31";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
329	30	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
330	30	wc_last_active	1711000000
331	31	nickname	user31
332	31	first_name	User31
333	31	last_name	Example
334	31	billing_phone	+1 555-0131
335	31	billing_address_1	1 Example Road
336	31	billing_city	Example City
337	31	billing_postcode	00000
338	31	wp_capabilities	a:1:{s:8:"customer";b:1;}
339	31	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.32";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
340	31	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
341	31	wc_last_active	1711000000
342	32	nickname	user32
343	32	first_name	User32
344	32	last_name	Example
345	32	billing_phone	+1 555-0132
346	32	billing_address_1	1 Example Road
347	32	billing_city	Example City
348	32	billing_postcode	00000
349	32	wp_capabilities	a:1:{s:8:"customer";b:1;}
350	32	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.33";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
351	32	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
352	32	wc_last_active	1711000000
353	33	nickname	user33
354	33	first_name	User33
355	33	last_name	Example
356	33	billing_phone	+1 555-0133
357	33	billing_address_1	1 Example Road
358	33	billing_city	Example City
359	33	billing_postcode	00000
360	33	wp_capabilities	a:1:{s:8:"customer";b:1;}
361	33	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.34";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
362	33	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
363	33	wc_last_active	1711000000
364	34	nickname	user34
365	34	first_name	User34
366	34	last_name	Example
367	34	billing_phone	+1 555-0134
368	34	billing_address_1	1 Example Road
369	34	billing_city	Example City
370	34	billing_postcode	00000
371	34	wp_capabilities	a:1:{s:8:"customer";b:1;}
372	34	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.35";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
373	34	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
374	34	wc_last_active	1711000000
375	35	nickname	user35
376	35	first_name	User35
377	35	last_name	Example
378	35	billing_phone	+1 555-0135
379	35	billing_address_1	1 Example Road
380	35	billing_city	Example City
381	35	billing_postcode	00000
382	35	wp_capabilities	a:1:{s:8:"customer";b:1;}
383	35	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.36";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
384	35	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
385	35	wc_last_active	1711000000
386	36	nickname	user36
387	36	first_name	User36
388	36	last_name	Example
389	36	billing_phone	+1 555-0136
390	36	billing_address_1	1 Example Road
391	36	billing_city	Example City
392	36	billing_postcode	00000
393	36	wp_capabilities	a:1:{s:8:"customer";b:1;}
394	36	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.37";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
395	36	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
396	36	wc_last_active	1711000000
397	37	nickname	user37
398	37	first_name	User37
399	37	last_name	Example
400	37	billing_phone	+1 555-0137
401	37	billing_address_1	1 Example Road
402	37	billing_city	Example City
403	37	billing_postcode	00000
404	37	wp_capabilities	a:1:{s:8:"customer";b:1;}
405	37	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.38";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}
406	37	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
407	37	wc_last_active	1711000000
408	38	nickname	user38
409	38	first_name	User38
410	38	last_name	Example
411	38	billing_phone	+1 555-0138
412	38	billing_address_1	1 Example Road
413	38	billing_city	Example City
414	38	billing_postcode	00000
415	38	wp_capabilities	a:1:{s:8:"customer";b:1;}
416	38	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.39";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}
417	38	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
418	38	wc_last_active	1711000000
419	39	nickname	user39
420	39	first_name	User39
421	39	last_name	Example
422	39	billing_phone	+1 555-0139
423	39	billing_address_1	1 Example Road
424	39	billing_city	Example City
425	39	billing_postcode	00000
426	39	wp_capabilities	a:1:{s:8:"customer";b:1;}
427	39	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.40";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}
428	39	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
429	39	wc_last_active	1711000000
430	40	nickname	user40
431	40	first_name	User40
432	40	last_name	Example
433	40	billing_phone	+1 555-0140
434	40	billing_address_1	1 Example Road
435	40	billing_city	Example City
436	40	billing_postcode	00000
437	40	wp_capabilities	a:1:{s:8:"customer";b:1;}
438	40	session_tokens	a:1:{s:64:"0000000000000000000000000000000000000000000000000000000000000000";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"192.0.2.41";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}
439	40	_woocommerce_persistent_cart_1	a:1:{s:4:"cart";a:0:{}}
440	40	wc_last_active	1711000000
\.


--
-- Data for Name: wp_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_users (id, user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_activation_key, user_status, display_name) FROM stdin;
1	user1	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user1	user1@example.com		2023-06-01 10:00:00		0	User1 Example
2	user2	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user2	user2@example.com		2023-06-01 10:00:00		0	User2 Example
3	user3	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user3	user3@example.com		2023-06-01 10:00:00		0	User3 Example
4	user4	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user4	user4@example.com		2023-06-01 10:00:00		0	User4 Example
5	user5	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user5	user5@example.com		2023-06-01 10:00:00		0	User5 Example
6	user6	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user6	user6@example.com		2023-06-01 10:00:00		0	User6 Example
7	user7	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user7	user7@example.com		2023-06-01 10:00:00		0	User7 Example
8	user8	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user8	user8@example.com		2023-06-01 10:00:00		0	User8 Example
9	user9	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user9	user9@example.com		2023-06-01 10:00:00		0	User9 Example
10	user10	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user10	user10@example.com		2023-06-01 10:00:00		0	User10 Example
11	user11	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user11	user11@example.com		2023-06-01 10:00:00		0	User11 Example
12	user12	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user12	user12@example.com		2023-06-01 10:00:00		0	User12 Example
13	user13	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user13	user13@example.com		2023-06-01 10:00:00		0	User13 Example
14	user14	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user14	user14@example.com		2023-06-01 10:00:00		0	User14 Example
15	user15	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user15	user15@example.com		2023-06-01 10:00:00		0	User15 Example
16	user16	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user16	user16@example.com		2023-06-01 10:00:00		0	User16 Example
17	user17	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user17	user17@example.com		2023-06-01 10:00:00		0	User17 Example
18	user18	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user18	user18@example.com		2023-06-01 10:00:00		0	User18 Example
19	user19	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user19	user19@example.com		2023-06-01 10:00:00		0	User19 Example
20	user20	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user20	user20@example.com		2023-06-01 10:00:00		0	User20 Example
21	user21	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user21	user21@example.com		2023-06-01 10:00:00		0	User21 Example
22	user22	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user22	user22@example.com		2023-06-01 10:00:00		0	User22 Example
23	user23	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user23	user23@example.com		2023-06-01 10:00:00		0	User23 Example
24	user24	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user24	user24@example.com		2023-06-01 10:00:00		0	User24 Example
25	user25	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user25	user25@example.com		2023-06-01 10:00:00		0	User25 Example
26	user26	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user26	user26@example.com		2023-06-01 10:00:00		0	User26 Example
27	user27	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user27	user27@example.com		2023-06-01 10:00:00		0	User27 Example
28	user28	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user28	user28@example.com		2023-06-01 10:00:00		0	User28 Example
29	user29	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user29	user29@example.com		2023-06-01 10:00:00		0	User29 Example
30	user30	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user30	user30@example.com		2023-06-01 10:00:00		0	User30 Example
31	user31	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user31	user31@example.com		2023-06-01 10:00:00		0	User31 Example
32	user32	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user32	user32@example.com		2023-06-01 10:00:00		0	User32 Example
33	user33	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user33	user33@example.com		2023-06-01 10:00:00		0	User33 Example
34	user34	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user34	user34@example.com		2023-06-01 10:00:00		0	User34 Example
35	user35	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user35	user35@example.com		2023-06-01 10:00:00		0	User35 Example
36	user36	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user36	user36@example.com		2023-06-01 10:00:00		0	User36 Example
37	user37	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user37	user37@example.com		2023-06-01 10:00:00		0	User37 Example
38	user38	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user38	user38@example.com		2023-06-01 10:00:00		0	User38 Example
39	user39	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user39	user39@example.com		2023-06-01 10:00:00		0	User39 Example
40	user40	$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0	user40	user40@example.com		2023-06-01 10:00:00		0	User40 Example
\.


--
-- Data for Name: wp_wc_order_addresses; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_wc_order_addresses (id, order_id, address_type, first_name, last_name, company, address_1, address_2, city, state, postcode, country, email, phone) FROM stdin;
1	100	billing	User100	Example		1 Example Road		Example City		00000	DE	user100@example.com	+1 555-0100
2	101	billing	User101	Example		1 Example Road		Example City		00000	DE	user101@example.com	+1 555-0101
3	102	billing	User102	Example		1 Example Road		Example City		00000	DE	user102@example.com	+1 555-0102
4	103	billing	User103	Example		1 Example Road		Example City		00000	DE	user103@example.com	+1 555-0103
5	104	billing	User104	Example		1 Example Road		Example City		00000	DE	user104@example.com	+1 555-0104
6	105	billing	User105	Example		1 Example Road		Example City		00000	DE	user105@example.com	+1 555-0105
7	106	billing	User106	Example		1 Example Road		Example City		00000	DE	user106@example.com	+1 555-0106
8	107	billing	User107	Example		1 Example Road		Example City		00000	DE	user107@example.com	+1 555-0107
9	108	billing	User108	Example		1 Example Road		Example City		00000	DE	user108@example.com	+1 555-0108
10	109	billing	User109	Example		1 Example Road		Example City		00000	DE	user109@example.com	+1 555-0109
11	110	billing	User110	Example		1 Example Road		Example City		00000	DE	user110@example.com	+1 555-0110
12	111	billing	User111	Example		1 Example Road		Example City		00000	DE	user111@example.com	+1 555-0111
13	112	billing	User112	Example		1 Example Road		Example City		00000	DE	user112@example.com	+1 555-0112
14	113	billing	User113	Example		1 Example Road		Example City		00000	DE	user113@example.com	+1 555-0113
15	114	billing	User114	Example		1 Example Road		Example City		00000	DE	user114@example.com	+1 555-0114
16	115	billing	User115	Example		1 Example Road		Example City		00000	DE	user115@example.com	+1 555-0115
17	116	billing	User116	Example		1 Example Road		Example City		00000	DE	user116@example.com	+1 555-0116
18	117	billing	User117	Example		1 Example Road		Example City		00000	DE	user117@example.com	+1 555-0117
19	118	billing	User118	Example		1 Example Road		Example City		00000	DE	user118@example.com	+1 555-0118
20	119	billing	User119	Example		1 Example Road		Example City		00000	DE	user119@example.com	+1 555-0119
21	120	billing	User120	Example		1 Example Road		Example City		00000	DE	user120@example.com	+1 555-0120
22	121	billing	User121	Example		1 Example Road		Example City		00000	DE	user121@example.com	+1 555-0121
23	122	billing	User122	Example		1 Example Road		Example City		00000	DE	user122@example.com	+1 555-0122
24	123	billing	User123	Example		1 Example Road		Example City		00000	DE	user123@example.com	+1 555-0123
25	124	billing	User124	Example		1 Example Road		Example City		00000	DE	user124@example.com	+1 555-0124
26	125	billing	User125	Example		1 Example Road		Example City		00000	DE	user125@example.com	+1 555-0125
27	126	billing	User126	Example		1 Example Road		Example City		00000	DE	user126@example.com	+1 555-0126
28	127	billing	User127	Example		1 Example Road		Example City		00000	DE	user127@example.com	+1 555-0127
29	128	billing	User128	Example		1 Example Road		Example City		00000	DE	user128@example.com	+1 555-0128
30	129	billing	User129	Example		1 Example Road		Example City		00000	DE	user129@example.com	+1 555-0129
31	130	billing	User130	Example		1 Example Road		Example City		00000	DE	user130@example.com	+1 555-0130
32	131	billing	User131	Example		1 Example Road		Example City		00000	DE	user131@example.com	+1 555-0131
33	132	billing	User132	Example		1 Example Road		Example City		00000	DE	user132@example.com	+1 555-0132
34	133	billing	User133	Example		1 Example Road		Example City		00000	DE	user133@example.com	+1 555-0133
35	134	billing	User134	Example		1 Example Road		Example City		00000	DE	user134@example.com	+1 555-0134
36	135	billing	User135	Example		1 Example Road		Example City		00000	DE	user135@example.com	+1 555-0135
37	136	billing	User136	Example		1 Example Road		Example City		00000	DE	user136@example.com	+1 555-0136
38	137	billing	User137	Example		1 Example Road		Example City		00000	DE	user137@example.com	+1 555-0137
39	138	billing	User138	Example		1 Example Road		Example City		00000	DE	user138@example.com	+1 555-0138
40	139	billing	User139	Example		1 Example Road		Example City		00000	DE	user139@example.com	+1 555-0139
\.


--
-- Data for Name: wp_wc_orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_wc_orders (id, status, currency, total_amount, customer_id, billing_email, date_created_gmt, payment_method, payment_method_title, transaction_id, ip_address, user_agent, customer_note) FROM stdin;
100	wc-completed	EUR	1299.00000000	21	user100@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_100	192.0.2.101	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
101	wc-completed	EUR	1299.00000000	22	user101@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_101	192.0.2.102	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
102	wc-completed	EUR	1299.00000000	23	user102@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_102	192.0.2.103	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
103	wc-completed	EUR	1299.00000000	24	user103@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_103	192.0.2.104	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
104	wc-completed	EUR	1299.00000000	25	user104@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_104	192.0.2.105	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	
105	wc-completed	EUR	1299.00000000	26	user105@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_105	192.0.2.106	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
106	wc-completed	EUR	1299.00000000	27	user106@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_106	192.0.2.107	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
107	wc-completed	EUR	1299.00000000	28	user107@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_107	192.0.2.108	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
108	wc-completed	EUR	1299.00000000	29	user108@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_108	192.0.2.109	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
109	wc-completed	EUR	1299.00000000	30	user109@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_109	192.0.2.110	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
110	wc-completed	EUR	1299.00000000	31	user110@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_110	192.0.2.111	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
111	wc-completed	EUR	1299.00000000	32	user111@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_111	192.0.2.112	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
112	wc-completed	EUR	1299.00000000	33	user112@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_112	192.0.2.113	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	
113	wc-completed	EUR	1299.00000000	34	user113@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_113	192.0.2.114	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	
114	wc-completed	EUR	1299.00000000	35	user114@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_114	192.0.2.115	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
115	wc-completed	EUR	1299.00000000	36	user115@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_115	192.0.2.116	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
116	wc-completed	EUR	1299.00000000	37	user116@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_116	192.0.2.117	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	
117	wc-completed	EUR	1299.00000000	38	user117@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_117	192.0.2.118	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
118	wc-completed	EUR	1299.00000000	39	user118@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_118	192.0.2.119	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
119	wc-completed	EUR	1299.00000000	40	user119@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_119	192.0.2.120	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
120	wc-completed	EUR	1299.00000000	1	user120@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_120	192.0.2.121	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
121	wc-completed	EUR	1299.00000000	2	user121@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_121	192.0.2.122	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
122	wc-completed	EUR	1299.00000000	3	user122@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_122	192.0.2.123	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
123	wc-completed	EUR	1299.00000000	4	user123@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_123	192.0.2.124	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
124	wc-completed	EUR	1299.00000000	5	user124@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_124	192.0.2.125	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
125	wc-completed	EUR	1299.00000000	6	user125@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_125	192.0.2.126	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
126	wc-completed	EUR	1299.00000000	7	user126@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_126	192.0.2.127	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
127	wc-completed	EUR	1299.00000000	8	user127@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_127	192.0.2.128	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
128	wc-completed	EUR	1299.00000000	9	user128@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_128	192.0.2.129	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	
129	wc-completed	EUR	1299.00000000	10	user129@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_129	192.0.2.130	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
130	wc-completed	EUR	1299.00000000	11	user130@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_130	192.0.2.131	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
131	wc-completed	EUR	1299.00000000	12	user131@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_131	192.0.2.132	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
132	wc-completed	EUR	1299.00000000	13	user132@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_132	192.0.2.133	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
133	wc-completed	EUR	1299.00000000	14	user133@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_133	192.0.2.134	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
134	wc-completed	EUR	1299.00000000	15	user134@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_134	192.0.2.135	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
135	wc-completed	EUR	1299.00000000	16	user135@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_135	192.0.2.136	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
136	wc-completed	EUR	1299.00000000	17	user136@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_136	192.0.2.137	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	
137	wc-completed	EUR	1299.00000000	18	user137@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_137	192.0.2.138	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
138	wc-completed	EUR	1299.00000000	19	user138@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_138	192.0.2.139	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	
139	wc-completed	EUR	1299.00000000	20	user139@example.com	2024-03-01 10:00:00	stripe	Kreditkarte (Stripe)	pi_test_139	192.0.2.140	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	
\.


--
-- Data for Name: wp_woocommerce_api_keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.wp_woocommerce_api_keys (key_id, user_id, description, permissions, consumer_key, consumer_secret, nonces, truncated_key, last_access) FROM stdin;
1	1	ERP sync	read_write	69b415efcb7101362baec0b1eacf7399061023559576b50331b4747a6e9781b8	cs_0000000000000000000000000000000000000000	\N	o99hv5c	2024-03-01 00:00:00
\.


--
-- Name: wp_comments_comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_comments_comment_id_seq', 30, true);


--
-- Name: wp_options_option_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_options_option_id_seq', 26, true);


--
-- Name: wp_postmeta_meta_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_postmeta_meta_id_seq', 560, true);


--
-- Name: wp_posts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_posts_id_seq', 100, true);


--
-- Name: wp_usermeta_umeta_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_usermeta_umeta_id_seq', 440, true);


--
-- Name: wp_users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_users_id_seq', 40, true);


--
-- Name: wp_wc_order_addresses_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_wc_order_addresses_id_seq', 40, true);


--
-- Name: wp_woocommerce_api_keys_key_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.wp_woocommerce_api_keys_key_id_seq', 1, true);


--
-- Name: wp_comments wp_comments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_comments
    ADD CONSTRAINT wp_comments_pkey PRIMARY KEY (comment_id);


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
-- Name: wp_postmeta wp_postmeta_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_postmeta
    ADD CONSTRAINT wp_postmeta_pkey PRIMARY KEY (meta_id);


--
-- Name: wp_posts wp_posts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_posts
    ADD CONSTRAINT wp_posts_pkey PRIMARY KEY (id);


--
-- Name: wp_usermeta wp_usermeta_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_usermeta
    ADD CONSTRAINT wp_usermeta_pkey PRIMARY KEY (umeta_id);


--
-- Name: wp_users wp_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_users
    ADD CONSTRAINT wp_users_pkey PRIMARY KEY (id);


--
-- Name: wp_wc_order_addresses wp_wc_order_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_wc_order_addresses
    ADD CONSTRAINT wp_wc_order_addresses_pkey PRIMARY KEY (id);


--
-- Name: wp_wc_orders wp_wc_orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_wc_orders
    ADD CONSTRAINT wp_wc_orders_pkey PRIMARY KEY (id);


--
-- Name: wp_woocommerce_api_keys wp_woocommerce_api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.wp_woocommerce_api_keys
    ADD CONSTRAINT wp_woocommerce_api_keys_pkey PRIMARY KEY (key_id);


--
-- PostgreSQL database dump complete
--

\unrestrict k2UA2jRnXP8Tnxd0yEQeKjXEpDk3MRkvQr5vtmC10PiahR9qChD4m3hg5Va5sc5

