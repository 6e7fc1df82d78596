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


ALTER SEQUENCE public.wp_comments_comment_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_options_option_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_postmeta_meta_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_posts_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_usermeta_umeta_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_users_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_wc_order_addresses_id_seq OWNER TO postgres;

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


ALTER SEQUENCE public.wp_woocommerce_api_keys_key_id_seq OWNER TO postgres;

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

INSERT INTO public.wp_comments VALUES (1, 3, 'Eva Becker', 'eva.becker24@outlook.com', '', '109.121.123.139', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (2, 4, 'Olivia Johnson', 'olivia.johnson34@gmx.de', '', '62.21.247.108', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (3, 5, 'Carlos Schmidt', 'carlos.schmidt50@gmail.com', 'https://schmidt-design.de', '79.60.150.128', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (4, 6, 'Martin Taylor', 'martin.taylor50@web.de', '', '91.69.164.134', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (5, 7, 'Sarah Martínez', 'sarah.martinez48@yahoo.fr', '', '91.64.230.47', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (6, 8, 'Chiara Lambert', 'chiara.lambert29@posteo.de', 'https://lambert-design.de', '212.181.227.53', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (7, 9, 'Eva García', 'eva.garcia1@outlook.com', '', '109.173.114.87', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (8, 10, 'Lucas Richter', 'lucas.richter13@gmx.de', '', '212.133.136.14', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (9, 11, 'Daniel Anderson', 'daniel.anderson84@gmail.com', 'https://anderson-design.de', '212.78.189.108', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (10, 12, 'Marco Fischer', 'marco.fischer17@gmx.de', '', '109.203.209.2', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (11, 13, 'Lucia Becker', 'lucia.becker20@yahoo.fr', '', '109.204.105.156', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (12, 14, 'Jonas Lambert', 'jonas.lambert93@gmx.de', 'https://lambert-design.de', '84.178.216.81', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (13, 15, 'Sarah Bernard', 'sarah.bernard84@hotmail.com', '', '212.228.35.155', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (14, 16, 'Julia Schmidt', 'julia.schmidt56@web.de', '', '91.66.112.114', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (15, 17, 'Julia Lambert', 'julia.lambert35@yahoo.fr', 'https://lambert-design.de', '62.108.149.95', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (16, 18, 'Lukas Weber', 'lukas.weber23@outlook.com', '', '212.58.242.184', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (17, 19, 'Martin Schmidt', 'martin.schmidt17@yahoo.fr', '', '109.119.171.213', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (18, 20, 'Chiara Schmidt', 'chiara.schmidt88@web.de', 'https://schmidt-design.de', '91.123.209.56', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (19, 21, 'Martin García', 'martin.garcia13@web.de', '', '178.134.108.20', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (20, 22, 'Julia Taylor', 'julia.taylor94@icloud.com', '', '84.138.216.237', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (21, 23, 'Julia Novak', 'julia.novak89@hotmail.com', 'https://novak-design.de', '62.16.181.237', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (22, 24, 'Anna Müller', 'anna.muller44@outlook.com', '', '62.32.220.169', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (23, 25, 'David Moreau', 'david.moreau54@gmx.de', '', '79.177.162.53', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (24, 26, 'Olivia Schmidt', 'olivia.schmidt67@web.de', 'https://schmidt-design.de', '212.91.56.108', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'comment', 0);
INSERT INTO public.wp_comments VALUES (25, 27, 'Lucas Dubois', 'lucas.dubois2@gmail.com', '', '109.51.119.153', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (26, 28, 'Jan Kowalski', 'jan.kowalski60@gmx.de', '', '79.18.7.206', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);
INSERT INTO public.wp_comments VALUES (27, 29, 'Julia García', 'julia.garcia34@icloud.com', 'https://garcia-design.de', '84.161.177.130', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (28, 30, 'Jan Müller', 'jan.muller33@outlook.com', '', '62.162.8.233', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'comment', 0);
INSERT INTO public.wp_comments VALUES (29, 31, 'Lucas Taylor', 'lucas.taylor15@icloud.com', '', '62.216.223.74', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'comment', 0);
INSERT INTO public.wp_comments VALUES (30, 32, 'Emily Dubois', 'emily.dubois48@yahoo.fr', 'https://dubois-design.de', '91.244.203.28', '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'comment', 0);


--
-- Data for Name: wp_options; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_options VALUES (1, 'siteurl', 'https://www.gartenmoebel-schulz.de', 'yes');
INSERT INTO public.wp_options VALUES (2, 'home', 'https://www.gartenmoebel-schulz.de', 'yes');
INSERT INTO public.wp_options VALUES (3, 'blogname', 'Gartenmöbel Shop', 'yes');
INSERT INTO public.wp_options VALUES (4, 'blogdescription', 'Outdoor furniture', 'yes');
INSERT INTO public.wp_options VALUES (5, 'admin_email', 'inhaber@gartenmoebel-schulz.de', 'yes');
INSERT INTO public.wp_options VALUES (6, 'users_can_register', '0', 'yes');
INSERT INTO public.wp_options VALUES (7, 'mailserver_url', 'mail.example.com', 'yes');
INSERT INTO public.wp_options VALUES (8, 'mailserver_login', 'login@example.com', 'yes');
INSERT INTO public.wp_options VALUES (9, 'mailserver_pass', 'password', 'yes');
INSERT INTO public.wp_options VALUES (10, 'mailserver_port', '110', 'yes');
INSERT INTO public.wp_options VALUES (11, 'permalink_structure', '/%postname%/', 'yes');
INSERT INTO public.wp_options VALUES (12, 'active_plugins', 'a:4:{i:0;s:27:"woocommerce/woocommerce.php";i:1;s:29:"wp-mail-smtp/wp_mail_smtp.php";i:2;s:57:"woocommerce-gateway-stripe/woocommerce-gateway-stripe.php";i:3;s:23:"wordfence/wordfence.php";}', 'yes');
INSERT INTO public.wp_options VALUES (13, 'wp_user_roles', 'a:2:{s:13:"administrator";a:2:{s:4:"name";s:13:"Administrator";s:12:"capabilities";a:2:{s:13:"switch_themes";b:1;s:11:"edit_themes";b:1;}}s:8:"customer";a:2:{s:4:"name";s:8:"Customer";s:12:"capabilities";a:1:{s:4:"read";b:1;}}}', 'yes');
INSERT INTO public.wp_options VALUES (14, 'cron', 'a:2:{s:10:"1711900000";a:1:{s:16:"wp_version_check";a:1:{s:32:"40cd750bba9870f18aada2478b24840a";a:3:{s:8:"schedule";s:10:"twicedaily";s:4:"args";a:0:{}s:8:"interval";i:43200;}}}s:7:"version";i:2;}', 'yes');
INSERT INTO public.wp_options VALUES (15, 'wp_mail_smtp', 'a:3:{s:4:"mail";a:4:{s:10:"from_email";s:27:"shop@gartenmoebel-schulz.de";s:9:"from_name";s:17:"Gartenmöbel Shop";s:6:"mailer";s:4:"smtp";s:11:"return_path";b:1;}s:4:"smtp";a:7:{s:7:"autotls";b:1;s:4:"auth";b:1;s:4:"host";s:14:"smtp.strato.de";s:10:"encryption";s:3:"tls";s:4:"port";i:587;s:4:"user";s:27:"shop@gartenmoebel-schulz.de";s:4:"pass";s:16:"rYwiJiNnFsQBYpro";}s:8:"sendgrid";a:1:{s:7:"api_key";s:69:"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";}}', 'yes');
INSERT INTO public.wp_options VALUES (16, 'woocommerce_stripe_settings', 'a:9:{s:7:"enabled";s:3:"yes";s:5:"title";s:20:"Kreditkarte (Stripe)";s:8:"testmode";s:2:"no";s:20:"test_publishable_key";s:107:"pk_test_yau0q65NMnFDPlQ2TiGs4BCGpa5fdAP8wxZoFYEJxKcg0DOncAASSq4E2gFeRhYWw8XBYtnwTqL37ynsuevEIIzrKCut5jplghD";s:15:"test_secret_key";s:107:"sk_test_Mh3QC5dmO5r4ForTMf3VBuQbfeibsvo7mTMAip1OQtwfRD538w14qYEW7iHmhwG37aXXeH3yU99fpnYHGwm7tYXZag7rq0hRJRN";s:15:"publishable_key";s:107:"pk_live_9W8O24I3k98orHAlvj4CHpRky5TIWxomLJl1ZWcyaJM7kOOXvrwpaMpdwqbDLDXoBBKTI7fBd1eKdVPfV2e7wCk3nrob4cPNqJg";s:10:"secret_key";s:107:"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";s:14:"webhook_secret";s:38:"whsec_VOgZ90JnPocFLMgytgjAJIsmONRGk59M";s:20:"statement_descriptor";s:12:"GARTENMOEBEL";}', 'yes');
INSERT INTO public.wp_options VALUES (17, 'woocommerce_paypal_settings', 'a:5:{s:7:"enabled";s:3:"yes";s:5:"email";s:32:"zahlungen@gartenmoebel-schulz.de";s:12:"api_username";s:37:"zahlungen_api1.gartenmoebel-schulz.de";s:12:"api_password";s:16:"TFJK4VMLBZIR5XLE";s:13:"api_signature";s:56:"OqARkLT8VkSxw6K2xFDyYSiq9Kk8fvtAFWbKsc0DwJlBiMqhVozzYdH0";}', 'yes');
INSERT INTO public.wp_options VALUES (18, 'woocommerce_store_address', 'Lindenstraße 14', 'yes');
INSERT INTO public.wp_options VALUES (19, 'woocommerce_store_city', 'Göttingen', 'yes');
INSERT INTO public.wp_options VALUES (20, 'woocommerce_store_postcode', '37073', 'yes');
INSERT INTO public.wp_options VALUES (21, 'wordfence_ls_settings', 'a:1:{s:16:"recaptcha_secret";s:40:"6LXIUbp8zl6CSXIFfepIEyaVc8IBMgJ67S877g7C";}', 'yes');
INSERT INTO public.wp_options VALUES (22, '_transient_feed_fd85b4973f056be83bb2dba27b86c012', 'a:2:{s:5:"child";a:1:{s:0:"";a:1:{s:3:"rss";a:1:{i:0;a:2:{s:4:"data";s:0:"";s:7:"attribs";a:0:{}}}}}s:3:"url";s:32:"https://wordpress.org/news/feed/";}', 'yes');
INSERT INTO public.wp_options VALUES (23, 'theme_mods_storefront', 'a:2:{s:11:"custom_logo";i:51;s:22:"storefront_footer_text";s:43:"© Gartenmöbel Schulz · Tel. 0551 4870213";}', 'yes');
INSERT INTO public.wp_options VALUES (24, 'recovery_keys', 'a:1:{s:22:"J47ffCTlOgVigzHyxVRKVT";a:2:{s:10:"hashed_key";s:35:"$P$Be6z.Db.p.wHlsIjJ7W7wogM4lcXIWXj";s:10:"created_at";i:1711000000;}}', 'yes');
INSERT INTO public.wp_options VALUES (25, 'auth_key', '!0dZ%jhK0Ogqv6EpS^]aWZK0ajtd}y{17zPhJ.=rW;{_ikR}tVFL3&AkH=;-$Sge', 'yes');
INSERT INTO public.wp_options VALUES (26, 'auth_salt', 'hwKn%6,)a$j,9_?Su23aJjenuED0CPJ!Efruk#xPyO8J~3SYk$Y6?|X*,PiAZ9xj', 'yes');


--
-- Data for Name: wp_postmeta; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_postmeta VALUES (1, 100, '_billing_first_name', 'David');
INSERT INTO public.wp_postmeta VALUES (2, 100, '_billing_last_name', 'Brown');
INSERT INTO public.wp_postmeta VALUES (3, 100, '_billing_email', 'david.brown30@gmx.de');
INSERT INTO public.wp_postmeta VALUES (4, 100, '_billing_phone', '+49 152 76714839');
INSERT INTO public.wp_postmeta VALUES (5, 100, '_billing_address_1', 'Gartenweg 93');
INSERT INTO public.wp_postmeta VALUES (6, 100, '_customer_ip_address', '178.179.138.8');
INSERT INTO public.wp_postmeta VALUES (7, 100, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (8, 100, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (9, 100, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (10, 100, '_transaction_id', 'ch_5QFuv3mAz4F6CLm6v8kJAOGD');
INSERT INTO public.wp_postmeta VALUES (11, 100, '_stripe_customer_id', 'cus_OHM6rIz5PEGNr6');
INSERT INTO public.wp_postmeta VALUES (12, 100, '_stripe_intent_id', 'pi_Df0PCSJaqSIz3B0eBMR2mPBU');
INSERT INTO public.wp_postmeta VALUES (13, 100, '_order_key', 'wc_order_A6LtK8nOt67w5');
INSERT INTO public.wp_postmeta VALUES (14, 100, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (15, 101, '_billing_first_name', 'Lucas');
INSERT INTO public.wp_postmeta VALUES (16, 101, '_billing_last_name', 'Brown');
INSERT INTO public.wp_postmeta VALUES (17, 101, '_billing_email', 'lucas.brown61@icloud.com');
INSERT INTO public.wp_postmeta VALUES (18, 101, '_billing_phone', '+1 (415) 360-3303');
INSERT INTO public.wp_postmeta VALUES (19, 101, '_billing_address_1', 'Gartenweg 60');
INSERT INTO public.wp_postmeta VALUES (20, 101, '_customer_ip_address', '62.12.232.129');
INSERT INTO public.wp_postmeta VALUES (21, 101, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (22, 101, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (23, 101, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (24, 101, '_transaction_id', 'ch_HAuqHMfvqWA5PWMftQpK6AOk');
INSERT INTO public.wp_postmeta VALUES (25, 101, '_stripe_customer_id', 'cus_KhsYHpT16bN3AH');
INSERT INTO public.wp_postmeta VALUES (26, 101, '_stripe_intent_id', 'pi_UlG0GIa7L2TPVuPpX5nbQ9j5');
INSERT INTO public.wp_postmeta VALUES (27, 101, '_order_key', 'wc_order_07JEhUbwK8yz1');
INSERT INTO public.wp_postmeta VALUES (28, 101, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (29, 102, '_billing_first_name', 'David');
INSERT INTO public.wp_postmeta VALUES (30, 102, '_billing_last_name', 'Brown');
INSERT INTO public.wp_postmeta VALUES (31, 102, '_billing_email', 'david.brown72@posteo.de');
INSERT INTO public.wp_postmeta VALUES (32, 102, '_billing_phone', '+49 154 64098672');
INSERT INTO public.wp_postmeta VALUES (33, 102, '_billing_address_1', 'Gartenweg 78');
INSERT INTO public.wp_postmeta VALUES (34, 102, '_customer_ip_address', '178.12.104.31');
INSERT INTO public.wp_postmeta VALUES (35, 102, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (36, 102, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (37, 102, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (38, 102, '_transaction_id', 'ch_V9mKErdnWykaJ7Wyk5d8xfLV');
INSERT INTO public.wp_postmeta VALUES (39, 102, '_stripe_customer_id', 'cus_ei4gCciSH7I8gR');
INSERT INTO public.wp_postmeta VALUES (40, 102, '_stripe_intent_id', 'pi_NsIbuXpOD4eBo69NhEJ5qTW8');
INSERT INTO public.wp_postmeta VALUES (41, 102, '_order_key', 'wc_order_GILhwIfTgvT0z');
INSERT INTO public.wp_postmeta VALUES (42, 102, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (43, 103, '_billing_first_name', 'Pierre');
INSERT INTO public.wp_postmeta VALUES (44, 103, '_billing_last_name', 'Novak');
INSERT INTO public.wp_postmeta VALUES (45, 103, '_billing_email', 'pierre.novak27@gmx.de');
INSERT INTO public.wp_postmeta VALUES (46, 103, '_billing_phone', '+1 (617) 585-9185');
INSERT INTO public.wp_postmeta VALUES (47, 103, '_billing_address_1', 'Gartenweg 20');
INSERT INTO public.wp_postmeta VALUES (48, 103, '_customer_ip_address', '178.200.210.23');
INSERT INTO public.wp_postmeta VALUES (49, 103, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (50, 103, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (51, 103, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (52, 103, '_transaction_id', 'ch_fcVnifYP3cZlz9waaOU6P5RZ');
INSERT INTO public.wp_postmeta VALUES (53, 103, '_stripe_customer_id', 'cus_cu8Y2C5MB3gQwD');
INSERT INTO public.wp_postmeta VALUES (54, 103, '_stripe_intent_id', 'pi_3BrEtuSqnzoUP72RNIdzLDFy');
INSERT INTO public.wp_postmeta VALUES (55, 103, '_order_key', 'wc_order_G1o6qo48fuknX');
INSERT INTO public.wp_postmeta VALUES (56, 103, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (57, 104, '_billing_first_name', 'James');
INSERT INTO public.wp_postmeta VALUES (58, 104, '_billing_last_name', 'Moreau');
INSERT INTO public.wp_postmeta VALUES (59, 104, '_billing_email', 'james.moreau72@posteo.de');
INSERT INTO public.wp_postmeta VALUES (60, 104, '_billing_phone', '+49 156 76537428');
INSERT INTO public.wp_postmeta VALUES (61, 104, '_billing_address_1', 'Gartenweg 16');
INSERT INTO public.wp_postmeta VALUES (62, 104, '_customer_ip_address', '109.189.94.191');
INSERT INTO public.wp_postmeta VALUES (63, 104, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (64, 104, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (65, 104, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (66, 104, '_transaction_id', 'ch_HrloDj1K9s8X2tIpBGPQJkBa');
INSERT INTO public.wp_postmeta VALUES (67, 104, '_stripe_customer_id', 'cus_isWc4RtIz0qiev');
INSERT INTO public.wp_postmeta VALUES (68, 104, '_stripe_intent_id', 'pi_kLeYU98nChCHuFvTTJ0tE8hT');
INSERT INTO public.wp_postmeta VALUES (69, 104, '_order_key', 'wc_order_uh4MKTQETEIiU');
INSERT INTO public.wp_postmeta VALUES (70, 104, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (71, 105, '_billing_first_name', 'Thomas');
INSERT INTO public.wp_postmeta VALUES (72, 105, '_billing_last_name', 'Richter');
INSERT INTO public.wp_postmeta VALUES (73, 105, '_billing_email', 'thomas.richter45@gmx.de');
INSERT INTO public.wp_postmeta VALUES (74, 105, '_billing_phone', '+1 (415) 260-1855');
INSERT INTO public.wp_postmeta VALUES (75, 105, '_billing_address_1', 'Gartenweg 71');
INSERT INTO public.wp_postmeta VALUES (76, 105, '_customer_ip_address', '84.104.24.90');
INSERT INTO public.wp_postmeta VALUES (77, 105, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (78, 105, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (79, 105, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (80, 105, '_transaction_id', 'ch_WUFPaBHJe3VZdIXFnmPcmH4O');
INSERT INTO public.wp_postmeta VALUES (81, 105, '_stripe_customer_id', 'cus_n1PuQCN9EtTNSF');
INSERT INTO public.wp_postmeta VALUES (82, 105, '_stripe_intent_id', 'pi_ObMVso6z1vPpcFaSmFphUcKR');
INSERT INTO public.wp_postmeta VALUES (83, 105, '_order_key', 'wc_order_AReDZK0nyoDeY');
INSERT INTO public.wp_postmeta VALUES (84, 105, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (85, 106, '_billing_first_name', 'Lucia');
INSERT INTO public.wp_postmeta VALUES (86, 106, '_billing_last_name', 'Kowalski');
INSERT INTO public.wp_postmeta VALUES (87, 106, '_billing_email', 'lucia.kowalski24@outlook.com');
INSERT INTO public.wp_postmeta VALUES (88, 106, '_billing_phone', '+44 7930 851220');
INSERT INTO public.wp_postmeta VALUES (89, 106, '_billing_address_1', 'Gartenweg 58');
INSERT INTO public.wp_postmeta VALUES (90, 106, '_customer_ip_address', '212.201.171.134');
INSERT INTO public.wp_postmeta VALUES (91, 106, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (92, 106, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (93, 106, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (94, 106, '_transaction_id', 'ch_H5l6JnlIbnncMD5780EzAGSk');
INSERT INTO public.wp_postmeta VALUES (95, 106, '_stripe_customer_id', 'cus_Varo0x4K60nrLC');
INSERT INTO public.wp_postmeta VALUES (96, 106, '_stripe_intent_id', 'pi_rEqpBeuU53FlfAyWNfwq9rex');
INSERT INTO public.wp_postmeta VALUES (97, 106, '_order_key', 'wc_order_uOUrKCe0ERSDg');
INSERT INTO public.wp_postmeta VALUES (98, 106, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (99, 107, '_billing_first_name', 'Julia');
INSERT INTO public.wp_postmeta VALUES (100, 107, '_billing_last_name', 'Moreau');
INSERT INTO public.wp_postmeta VALUES (101, 107, '_billing_email', 'julia.moreau47@web.de');
INSERT INTO public.wp_postmeta VALUES (102, 107, '_billing_phone', '+49 152 44612741');
INSERT INTO public.wp_postmeta VALUES (103, 107, '_billing_address_1', 'Gartenweg 97');
INSERT INTO public.wp_postmeta VALUES (104, 107, '_customer_ip_address', '91.98.60.110');
INSERT INTO public.wp_postmeta VALUES (105, 107, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (106, 107, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (107, 107, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (108, 107, '_transaction_id', 'ch_qHTVRkESyk3tMQQfzWvUFBLh');
INSERT INTO public.wp_postmeta VALUES (109, 107, '_stripe_customer_id', 'cus_axIYU1BBxnx0hE');
INSERT INTO public.wp_postmeta VALUES (110, 107, '_stripe_intent_id', 'pi_M9eQnIRn1nWy7YPgAEYdHaUr');
INSERT INTO public.wp_postmeta VALUES (111, 107, '_order_key', 'wc_order_1qJIqRUrPRv0J');
INSERT INTO public.wp_postmeta VALUES (112, 107, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (113, 108, '_billing_first_name', 'David');
INSERT INTO public.wp_postmeta VALUES (114, 108, '_billing_last_name', 'Johnson');
INSERT INTO public.wp_postmeta VALUES (115, 108, '_billing_email', 'david.johnson49@outlook.com');
INSERT INTO public.wp_postmeta VALUES (116, 108, '_billing_phone', '+49 154 48946867');
INSERT INTO public.wp_postmeta VALUES (117, 108, '_billing_address_1', 'Gartenweg 62');
INSERT INTO public.wp_postmeta VALUES (118, 108, '_customer_ip_address', '178.208.148.193');
INSERT INTO public.wp_postmeta VALUES (119, 108, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (120, 108, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (121, 108, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (122, 108, '_transaction_id', 'ch_ugDhn3ZwDy89JoxbIgfbTe0H');
INSERT INTO public.wp_postmeta VALUES (123, 108, '_stripe_customer_id', 'cus_36ImC7mHZkF1hN');
INSERT INTO public.wp_postmeta VALUES (124, 108, '_stripe_intent_id', 'pi_67Nx1vtpZcaQYZObQTmDoaDb');
INSERT INTO public.wp_postmeta VALUES (125, 108, '_order_key', 'wc_order_xGiKMrPBxUS49');
INSERT INTO public.wp_postmeta VALUES (126, 108, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (127, 109, '_billing_first_name', 'Pierre');
INSERT INTO public.wp_postmeta VALUES (128, 109, '_billing_last_name', 'Moreau');
INSERT INTO public.wp_postmeta VALUES (129, 109, '_billing_email', 'pierre.moreau67@proton.me');
INSERT INTO public.wp_postmeta VALUES (130, 109, '_billing_phone', '+1 (415) 621-2183');
INSERT INTO public.wp_postmeta VALUES (131, 109, '_billing_address_1', 'Gartenweg 35');
INSERT INTO public.wp_postmeta VALUES (132, 109, '_customer_ip_address', '84.40.143.207');
INSERT INTO public.wp_postmeta VALUES (133, 109, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (134, 109, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (135, 109, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (136, 109, '_transaction_id', 'ch_77B8cVH5mQFz9wYbg0M5ZRD8');
INSERT INTO public.wp_postmeta VALUES (137, 109, '_stripe_customer_id', 'cus_bs74vPSwR0cxk1');
INSERT INTO public.wp_postmeta VALUES (138, 109, '_stripe_intent_id', 'pi_QiBMHmwczVe8NGPYNPgEaF76');
INSERT INTO public.wp_postmeta VALUES (139, 109, '_order_key', 'wc_order_Wdf006hIJgTgi');
INSERT INTO public.wp_postmeta VALUES (140, 109, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (141, 110, '_billing_first_name', 'Chiara');
INSERT INTO public.wp_postmeta VALUES (142, 110, '_billing_last_name', 'Williams');
INSERT INTO public.wp_postmeta VALUES (143, 110, '_billing_email', 'chiara.williams72@yahoo.fr');
INSERT INTO public.wp_postmeta VALUES (144, 110, '_billing_phone', '+49 156 41915275');
INSERT INTO public.wp_postmeta VALUES (145, 110, '_billing_address_1', 'Gartenweg 48');
INSERT INTO public.wp_postmeta VALUES (146, 110, '_customer_ip_address', '84.164.36.93');
INSERT INTO public.wp_postmeta VALUES (147, 110, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (148, 110, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (149, 110, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (150, 110, '_transaction_id', 'ch_KJzv6jKqKJcMa4LjjObWEIED');
INSERT INTO public.wp_postmeta VALUES (151, 110, '_stripe_customer_id', 'cus_Sr3yjlWq6r1oOA');
INSERT INTO public.wp_postmeta VALUES (152, 110, '_stripe_intent_id', 'pi_eA1f3gfMp5yTkMawSKZmZgDy');
INSERT INTO public.wp_postmeta VALUES (153, 110, '_order_key', 'wc_order_DYQvDxxMurlS9');
INSERT INTO public.wp_postmeta VALUES (154, 110, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (155, 111, '_billing_first_name', 'David');
INSERT INTO public.wp_postmeta VALUES (156, 111, '_billing_last_name', 'García');
INSERT INTO public.wp_postmeta VALUES (157, 111, '_billing_email', 'david.garcia58@proton.me');
INSERT INTO public.wp_postmeta VALUES (158, 111, '_billing_phone', '+1 (212) 376-3050');
INSERT INTO public.wp_postmeta VALUES (159, 111, '_billing_address_1', 'Gartenweg 41');
INSERT INTO public.wp_postmeta VALUES (160, 111, '_customer_ip_address', '79.246.52.206');
INSERT INTO public.wp_postmeta VALUES (161, 111, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (162, 111, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (163, 111, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (164, 111, '_transaction_id', 'ch_MaUK44L0HpnewqVZ6VWxZVBv');
INSERT INTO public.wp_postmeta VALUES (165, 111, '_stripe_customer_id', 'cus_rjoNbHmaxcJvDv');
INSERT INTO public.wp_postmeta VALUES (166, 111, '_stripe_intent_id', 'pi_1at5zDObVonsWW6NB7ofvYxX');
INSERT INTO public.wp_postmeta VALUES (167, 111, '_order_key', 'wc_order_rXIlI2XGUfjo3');
INSERT INTO public.wp_postmeta VALUES (168, 111, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (169, 112, '_billing_first_name', 'Marco');
INSERT INTO public.wp_postmeta VALUES (170, 112, '_billing_last_name', 'Anderson');
INSERT INTO public.wp_postmeta VALUES (171, 112, '_billing_email', 'marco.anderson66@posteo.de');
INSERT INTO public.wp_postmeta VALUES (172, 112, '_billing_phone', '+49 152 86656295');
INSERT INTO public.wp_postmeta VALUES (173, 112, '_billing_address_1', 'Gartenweg 50');
INSERT INTO public.wp_postmeta VALUES (174, 112, '_customer_ip_address', '91.3.238.182');
INSERT INTO public.wp_postmeta VALUES (175, 112, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (176, 112, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (177, 112, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (178, 112, '_transaction_id', 'ch_QoVWgcZfcu0995fY7noD7hEU');
INSERT INTO public.wp_postmeta VALUES (179, 112, '_stripe_customer_id', 'cus_kMtHymrT67pXaj');
INSERT INTO public.wp_postmeta VALUES (180, 112, '_stripe_intent_id', 'pi_uylwi9iKTss9JlbNHsz8gB36');
INSERT INTO public.wp_postmeta VALUES (181, 112, '_order_key', 'wc_order_0sWCBD2Kjbu7O');
INSERT INTO public.wp_postmeta VALUES (182, 112, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (183, 113, '_billing_first_name', 'Mia');
INSERT INTO public.wp_postmeta VALUES (184, 113, '_billing_last_name', 'Martínez');
INSERT INTO public.wp_postmeta VALUES (185, 113, '_billing_email', 'mia.martinez69@gmx.de');
INSERT INTO public.wp_postmeta VALUES (186, 113, '_billing_phone', '+33 6 34 71 11 51');
INSERT INTO public.wp_postmeta VALUES (187, 113, '_billing_address_1', 'Gartenweg 66');
INSERT INTO public.wp_postmeta VALUES (188, 113, '_customer_ip_address', '109.199.58.190');
INSERT INTO public.wp_postmeta VALUES (281, 120, '_billing_first_name', 'Sophie');
INSERT INTO public.wp_postmeta VALUES (189, 113, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (190, 113, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (191, 113, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (192, 113, '_transaction_id', 'ch_Ra0etnh9AztgBYD1wTFuYiww');
INSERT INTO public.wp_postmeta VALUES (193, 113, '_stripe_customer_id', 'cus_osaBtGLpdwjeK8');
INSERT INTO public.wp_postmeta VALUES (194, 113, '_stripe_intent_id', 'pi_z9U8dbKpuYy7P6sgsUbTN2go');
INSERT INTO public.wp_postmeta VALUES (195, 113, '_order_key', 'wc_order_kKuGxwQcVuQzR');
INSERT INTO public.wp_postmeta VALUES (196, 113, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (197, 114, '_billing_first_name', 'Julia');
INSERT INTO public.wp_postmeta VALUES (198, 114, '_billing_last_name', 'Lambert');
INSERT INTO public.wp_postmeta VALUES (199, 114, '_billing_email', 'julia.lambert88@proton.me');
INSERT INTO public.wp_postmeta VALUES (200, 114, '_billing_phone', '+33 6 56 70 85 54');
INSERT INTO public.wp_postmeta VALUES (201, 114, '_billing_address_1', 'Gartenweg 92');
INSERT INTO public.wp_postmeta VALUES (202, 114, '_customer_ip_address', '91.55.178.219');
INSERT INTO public.wp_postmeta VALUES (203, 114, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (204, 114, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (205, 114, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (206, 114, '_transaction_id', 'ch_ZnBpTmyMyMHWTNTTxhs8Rxjm');
INSERT INTO public.wp_postmeta VALUES (207, 114, '_stripe_customer_id', 'cus_DmScRsJuoz7RD1');
INSERT INTO public.wp_postmeta VALUES (208, 114, '_stripe_intent_id', 'pi_9mwctPj4g5D20lYSM0y8X9wY');
INSERT INTO public.wp_postmeta VALUES (209, 114, '_order_key', 'wc_order_CTMiYDq4qxsd1');
INSERT INTO public.wp_postmeta VALUES (210, 114, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (211, 115, '_billing_first_name', 'Julia');
INSERT INTO public.wp_postmeta VALUES (212, 115, '_billing_last_name', 'Novak');
INSERT INTO public.wp_postmeta VALUES (213, 115, '_billing_email', 'julia.novak66@hotmail.com');
INSERT INTO public.wp_postmeta VALUES (214, 115, '_billing_phone', '+44 7659 460283');
INSERT INTO public.wp_postmeta VALUES (215, 115, '_billing_address_1', 'Gartenweg 87');
INSERT INTO public.wp_postmeta VALUES (216, 115, '_customer_ip_address', '178.120.15.133');
INSERT INTO public.wp_postmeta VALUES (217, 115, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (218, 115, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (219, 115, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (220, 115, '_transaction_id', 'ch_f8r64DQ2y4sAYiNHEIfC6wld');
INSERT INTO public.wp_postmeta VALUES (221, 115, '_stripe_customer_id', 'cus_CrtERkKdMf8dXU');
INSERT INTO public.wp_postmeta VALUES (222, 115, '_stripe_intent_id', 'pi_LT8kBA9slZYMeTEvCkWKLCvA');
INSERT INTO public.wp_postmeta VALUES (223, 115, '_order_key', 'wc_order_RvibF5v7OQZyR');
INSERT INTO public.wp_postmeta VALUES (224, 115, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (225, 116, '_billing_first_name', 'Lena');
INSERT INTO public.wp_postmeta VALUES (226, 116, '_billing_last_name', 'Bernard');
INSERT INTO public.wp_postmeta VALUES (227, 116, '_billing_email', 'lena.bernard41@yahoo.fr');
INSERT INTO public.wp_postmeta VALUES (228, 116, '_billing_phone', '030 89896116');
INSERT INTO public.wp_postmeta VALUES (229, 116, '_billing_address_1', 'Gartenweg 20');
INSERT INTO public.wp_postmeta VALUES (230, 116, '_customer_ip_address', '212.47.120.39');
INSERT INTO public.wp_postmeta VALUES (231, 116, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (232, 116, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (233, 116, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (234, 116, '_transaction_id', 'ch_mD28kHpAanDfsuun5kyGjtyc');
INSERT INTO public.wp_postmeta VALUES (235, 116, '_stripe_customer_id', 'cus_3YLbzZ3CafKL9B');
INSERT INTO public.wp_postmeta VALUES (236, 116, '_stripe_intent_id', 'pi_3fivVJDDdS8NrcoaVIHPXwVW');
INSERT INTO public.wp_postmeta VALUES (237, 116, '_order_key', 'wc_order_0lx2rCzncFVeq');
INSERT INTO public.wp_postmeta VALUES (238, 116, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (239, 117, '_billing_first_name', 'Camille');
INSERT INTO public.wp_postmeta VALUES (240, 117, '_billing_last_name', 'Lambert');
INSERT INTO public.wp_postmeta VALUES (241, 117, '_billing_email', 'camille.lambert89@web.de');
INSERT INTO public.wp_postmeta VALUES (242, 117, '_billing_phone', '+44 7439 858284');
INSERT INTO public.wp_postmeta VALUES (243, 117, '_billing_address_1', 'Gartenweg 9');
INSERT INTO public.wp_postmeta VALUES (244, 117, '_customer_ip_address', '178.84.194.127');
INSERT INTO public.wp_postmeta VALUES (245, 117, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (246, 117, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (247, 117, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (248, 117, '_transaction_id', 'ch_c8Lk8ilnfKU54Xgbjvf6TgfX');
INSERT INTO public.wp_postmeta VALUES (249, 117, '_stripe_customer_id', 'cus_ORR8B8QudaeYh5');
INSERT INTO public.wp_postmeta VALUES (250, 117, '_stripe_intent_id', 'pi_qLX520QtAtdBSwgUje4O4duN');
INSERT INTO public.wp_postmeta VALUES (251, 117, '_order_key', 'wc_order_iPsDHjIoKA31k');
INSERT INTO public.wp_postmeta VALUES (252, 117, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (253, 118, '_billing_first_name', 'Sarah');
INSERT INTO public.wp_postmeta VALUES (254, 118, '_billing_last_name', 'Becker');
INSERT INTO public.wp_postmeta VALUES (255, 118, '_billing_email', 'sarah.becker23@icloud.com');
INSERT INTO public.wp_postmeta VALUES (256, 118, '_billing_phone', '+44 7718 673701');
INSERT INTO public.wp_postmeta VALUES (257, 118, '_billing_address_1', 'Gartenweg 36');
INSERT INTO public.wp_postmeta VALUES (258, 118, '_customer_ip_address', '91.229.135.164');
INSERT INTO public.wp_postmeta VALUES (259, 118, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (260, 118, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (261, 118, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (262, 118, '_transaction_id', 'ch_vIvvyLFccXXDZ9hqvL408ZHE');
INSERT INTO public.wp_postmeta VALUES (263, 118, '_stripe_customer_id', 'cus_ZNb9hDLn2qrVmp');
INSERT INTO public.wp_postmeta VALUES (264, 118, '_stripe_intent_id', 'pi_IYqvJCI2vBbOwBvnYuhkO6BB');
INSERT INTO public.wp_postmeta VALUES (265, 118, '_order_key', 'wc_order_r06GC22VX0yfH');
INSERT INTO public.wp_postmeta VALUES (266, 118, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (267, 119, '_billing_first_name', 'Laura');
INSERT INTO public.wp_postmeta VALUES (268, 119, '_billing_last_name', 'García');
INSERT INTO public.wp_postmeta VALUES (269, 119, '_billing_email', 'laura.garcia72@proton.me');
INSERT INTO public.wp_postmeta VALUES (270, 119, '_billing_phone', '+49 157 94692658');
INSERT INTO public.wp_postmeta VALUES (271, 119, '_billing_address_1', 'Gartenweg 94');
INSERT INTO public.wp_postmeta VALUES (272, 119, '_customer_ip_address', '84.44.119.184');
INSERT INTO public.wp_postmeta VALUES (273, 119, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (274, 119, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (275, 119, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (276, 119, '_transaction_id', 'ch_irC8NIlmAj4ZBHAARtQ0AEs8');
INSERT INTO public.wp_postmeta VALUES (277, 119, '_stripe_customer_id', 'cus_JSvxtC7PTNN0Ky');
INSERT INTO public.wp_postmeta VALUES (278, 119, '_stripe_intent_id', 'pi_eSBrrUXJiFJH5wLE0HXeWZUa');
INSERT INTO public.wp_postmeta VALUES (279, 119, '_order_key', 'wc_order_YeeTyS03cOAk5');
INSERT INTO public.wp_postmeta VALUES (280, 119, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (282, 120, '_billing_last_name', 'Anderson');
INSERT INTO public.wp_postmeta VALUES (283, 120, '_billing_email', 'sophie.anderson35@gmail.com');
INSERT INTO public.wp_postmeta VALUES (284, 120, '_billing_phone', '030 96420502');
INSERT INTO public.wp_postmeta VALUES (285, 120, '_billing_address_1', 'Gartenweg 97');
INSERT INTO public.wp_postmeta VALUES (286, 120, '_customer_ip_address', '109.103.30.4');
INSERT INTO public.wp_postmeta VALUES (287, 120, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (288, 120, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (289, 120, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (290, 120, '_transaction_id', 'ch_XOz6TcqLkBiCU2wf6x6eGBHr');
INSERT INTO public.wp_postmeta VALUES (291, 120, '_stripe_customer_id', 'cus_VWMFOKbR9ea5V6');
INSERT INTO public.wp_postmeta VALUES (292, 120, '_stripe_intent_id', 'pi_gkmJDZDkA8aMuqxvK2C2CsKQ');
INSERT INTO public.wp_postmeta VALUES (293, 120, '_order_key', 'wc_order_J5QJ3waCHRhsL');
INSERT INTO public.wp_postmeta VALUES (294, 120, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (295, 121, '_billing_first_name', 'Lena');
INSERT INTO public.wp_postmeta VALUES (296, 121, '_billing_last_name', 'López');
INSERT INTO public.wp_postmeta VALUES (297, 121, '_billing_email', 'lena.lopez83@yahoo.fr');
INSERT INTO public.wp_postmeta VALUES (298, 121, '_billing_phone', '+49 151 56180691');
INSERT INTO public.wp_postmeta VALUES (299, 121, '_billing_address_1', 'Gartenweg 40');
INSERT INTO public.wp_postmeta VALUES (300, 121, '_customer_ip_address', '109.184.104.189');
INSERT INTO public.wp_postmeta VALUES (301, 121, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (302, 121, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (303, 121, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (304, 121, '_transaction_id', 'ch_qxJiASZRHlBsYojIrIPdiCPW');
INSERT INTO public.wp_postmeta VALUES (305, 121, '_stripe_customer_id', 'cus_LBbo6cY9r4npZ2');
INSERT INTO public.wp_postmeta VALUES (306, 121, '_stripe_intent_id', 'pi_4II38SVGNlXfV6zwUObCSB6l');
INSERT INTO public.wp_postmeta VALUES (307, 121, '_order_key', 'wc_order_AHiq48VimsJUQ');
INSERT INTO public.wp_postmeta VALUES (308, 121, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (309, 122, '_billing_first_name', 'Lucia');
INSERT INTO public.wp_postmeta VALUES (310, 122, '_billing_last_name', 'Becker');
INSERT INTO public.wp_postmeta VALUES (311, 122, '_billing_email', 'lucia.becker38@web.de');
INSERT INTO public.wp_postmeta VALUES (312, 122, '_billing_phone', '+49 153 59364121');
INSERT INTO public.wp_postmeta VALUES (313, 122, '_billing_address_1', 'Gartenweg 61');
INSERT INTO public.wp_postmeta VALUES (314, 122, '_customer_ip_address', '212.47.113.222');
INSERT INTO public.wp_postmeta VALUES (315, 122, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (316, 122, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (317, 122, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (318, 122, '_transaction_id', 'ch_S2fPnvTn2K56GbuO2gJWnOr2');
INSERT INTO public.wp_postmeta VALUES (319, 122, '_stripe_customer_id', 'cus_ho32NAiyHRVux1');
INSERT INTO public.wp_postmeta VALUES (320, 122, '_stripe_intent_id', 'pi_TWWIbZYTcFYBnKdd8cLbascg');
INSERT INTO public.wp_postmeta VALUES (321, 122, '_order_key', 'wc_order_dRpOlwdHr5xb5');
INSERT INTO public.wp_postmeta VALUES (322, 122, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (323, 123, '_billing_first_name', 'Daniel');
INSERT INTO public.wp_postmeta VALUES (324, 123, '_billing_last_name', 'Lambert');
INSERT INTO public.wp_postmeta VALUES (325, 123, '_billing_email', 'daniel.lambert60@gmx.de');
INSERT INTO public.wp_postmeta VALUES (326, 123, '_billing_phone', '030 98041928');
INSERT INTO public.wp_postmeta VALUES (327, 123, '_billing_address_1', 'Gartenweg 98');
INSERT INTO public.wp_postmeta VALUES (328, 123, '_customer_ip_address', '109.5.64.185');
INSERT INTO public.wp_postmeta VALUES (329, 123, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (330, 123, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (331, 123, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (332, 123, '_transaction_id', 'ch_4OdcsDpI5K1mcPHA9hagRQvw');
INSERT INTO public.wp_postmeta VALUES (333, 123, '_stripe_customer_id', 'cus_wBkPBuvHCOser3');
INSERT INTO public.wp_postmeta VALUES (334, 123, '_stripe_intent_id', 'pi_c42LmQRi2ZKh5TEkluPd9R0D');
INSERT INTO public.wp_postmeta VALUES (335, 123, '_order_key', 'wc_order_MhS8xa3SUx38J');
INSERT INTO public.wp_postmeta VALUES (336, 123, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (337, 124, '_billing_first_name', 'Julia');
INSERT INTO public.wp_postmeta VALUES (338, 124, '_billing_last_name', 'Fischer');
INSERT INTO public.wp_postmeta VALUES (339, 124, '_billing_email', 'julia.fischer68@gmx.de');
INSERT INTO public.wp_postmeta VALUES (340, 124, '_billing_phone', '030 97951358');
INSERT INTO public.wp_postmeta VALUES (341, 124, '_billing_address_1', 'Gartenweg 97');
INSERT INTO public.wp_postmeta VALUES (342, 124, '_customer_ip_address', '79.22.190.132');
INSERT INTO public.wp_postmeta VALUES (343, 124, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (344, 124, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (345, 124, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (346, 124, '_transaction_id', 'ch_QKkl5D0nyj9SW3UuAq4F2rWK');
INSERT INTO public.wp_postmeta VALUES (347, 124, '_stripe_customer_id', 'cus_hcWhsxl6NwSrfG');
INSERT INTO public.wp_postmeta VALUES (348, 124, '_stripe_intent_id', 'pi_x9efp1EtwpEdiMryjByAq6Do');
INSERT INTO public.wp_postmeta VALUES (349, 124, '_order_key', 'wc_order_XEpHY6BTNkz3W');
INSERT INTO public.wp_postmeta VALUES (350, 124, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (351, 125, '_billing_first_name', 'Olivia');
INSERT INTO public.wp_postmeta VALUES (352, 125, '_billing_last_name', 'Schmidt');
INSERT INTO public.wp_postmeta VALUES (353, 125, '_billing_email', 'olivia.schmidt90@hotmail.com');
INSERT INTO public.wp_postmeta VALUES (354, 125, '_billing_phone', '+1 (617) 218-4518');
INSERT INTO public.wp_postmeta VALUES (355, 125, '_billing_address_1', 'Gartenweg 41');
INSERT INTO public.wp_postmeta VALUES (356, 125, '_customer_ip_address', '91.121.89.13');
INSERT INTO public.wp_postmeta VALUES (357, 125, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (358, 125, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (359, 125, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (360, 125, '_transaction_id', 'ch_xulWlhIM6p4sPKeTj5d0ujwh');
INSERT INTO public.wp_postmeta VALUES (361, 125, '_stripe_customer_id', 'cus_tfXJe8pxcmwBsY');
INSERT INTO public.wp_postmeta VALUES (362, 125, '_stripe_intent_id', 'pi_IybGlmi1BNRxvDbLrk7L6ldR');
INSERT INTO public.wp_postmeta VALUES (363, 125, '_order_key', 'wc_order_1xftW0IRRn17L');
INSERT INTO public.wp_postmeta VALUES (364, 125, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (365, 126, '_billing_first_name', 'Lena');
INSERT INTO public.wp_postmeta VALUES (366, 126, '_billing_last_name', 'López');
INSERT INTO public.wp_postmeta VALUES (367, 126, '_billing_email', 'lena.lopez70@icloud.com');
INSERT INTO public.wp_postmeta VALUES (368, 126, '_billing_phone', '+1 (206) 540-5497');
INSERT INTO public.wp_postmeta VALUES (369, 126, '_billing_address_1', 'Gartenweg 61');
INSERT INTO public.wp_postmeta VALUES (370, 126, '_customer_ip_address', '178.97.64.86');
INSERT INTO public.wp_postmeta VALUES (371, 126, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (372, 126, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (373, 126, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (374, 126, '_transaction_id', 'ch_FkkAHpBJez9ypGM7Cwzt2DNK');
INSERT INTO public.wp_postmeta VALUES (375, 126, '_stripe_customer_id', 'cus_fc6BscAKBrHRdl');
INSERT INTO public.wp_postmeta VALUES (376, 126, '_stripe_intent_id', 'pi_lDevL2dlitpHEINbHat4iUgi');
INSERT INTO public.wp_postmeta VALUES (377, 126, '_order_key', 'wc_order_aYN8oFFK2LWAj');
INSERT INTO public.wp_postmeta VALUES (378, 126, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (379, 127, '_billing_first_name', 'Lucia');
INSERT INTO public.wp_postmeta VALUES (380, 127, '_billing_last_name', 'Moreau');
INSERT INTO public.wp_postmeta VALUES (381, 127, '_billing_email', 'lucia.moreau16@proton.me');
INSERT INTO public.wp_postmeta VALUES (382, 127, '_billing_phone', '+1 (415) 872-8009');
INSERT INTO public.wp_postmeta VALUES (383, 127, '_billing_address_1', 'Gartenweg 64');
INSERT INTO public.wp_postmeta VALUES (384, 127, '_customer_ip_address', '178.233.68.35');
INSERT INTO public.wp_postmeta VALUES (385, 127, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (386, 127, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (387, 127, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (388, 127, '_transaction_id', 'ch_mnjvjbzrmIPe1wlSnLVb0xqa');
INSERT INTO public.wp_postmeta VALUES (389, 127, '_stripe_customer_id', 'cus_cN44rjD9YVNf2N');
INSERT INTO public.wp_postmeta VALUES (390, 127, '_stripe_intent_id', 'pi_mCfXktUqUUXXKf5HrLn8q4nf');
INSERT INTO public.wp_postmeta VALUES (391, 127, '_order_key', 'wc_order_JylFhJA3HfD5l');
INSERT INTO public.wp_postmeta VALUES (392, 127, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (393, 128, '_billing_first_name', 'Lucas');
INSERT INTO public.wp_postmeta VALUES (394, 128, '_billing_last_name', 'Johnson');
INSERT INTO public.wp_postmeta VALUES (395, 128, '_billing_email', 'lucas.johnson50@hotmail.com');
INSERT INTO public.wp_postmeta VALUES (396, 128, '_billing_phone', '+33 6 17 82 65 85');
INSERT INTO public.wp_postmeta VALUES (397, 128, '_billing_address_1', 'Gartenweg 88');
INSERT INTO public.wp_postmeta VALUES (398, 128, '_customer_ip_address', '84.148.65.81');
INSERT INTO public.wp_postmeta VALUES (399, 128, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (400, 128, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (401, 128, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (402, 128, '_transaction_id', 'ch_12oi12dAYLG1XDZ9hQ45GB48');
INSERT INTO public.wp_postmeta VALUES (403, 128, '_stripe_customer_id', 'cus_LB4Ka06izlojVA');
INSERT INTO public.wp_postmeta VALUES (404, 128, '_stripe_intent_id', 'pi_WHEVgyIbJBqH4olkgfkpB3oO');
INSERT INTO public.wp_postmeta VALUES (405, 128, '_order_key', 'wc_order_aOIBUZF94ie82');
INSERT INTO public.wp_postmeta VALUES (406, 128, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (407, 129, '_billing_first_name', 'Lukas');
INSERT INTO public.wp_postmeta VALUES (408, 129, '_billing_last_name', 'Kowalski');
INSERT INTO public.wp_postmeta VALUES (409, 129, '_billing_email', 'lukas.kowalski22@posteo.de');
INSERT INTO public.wp_postmeta VALUES (410, 129, '_billing_phone', '030 57954769');
INSERT INTO public.wp_postmeta VALUES (411, 129, '_billing_address_1', 'Gartenweg 50');
INSERT INTO public.wp_postmeta VALUES (412, 129, '_customer_ip_address', '91.73.61.153');
INSERT INTO public.wp_postmeta VALUES (413, 129, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (414, 129, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (415, 129, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (416, 129, '_transaction_id', 'ch_Te8k13801OUjQCKqvQpvYC6X');
INSERT INTO public.wp_postmeta VALUES (417, 129, '_stripe_customer_id', 'cus_5bMUYcsS0o5cgQ');
INSERT INTO public.wp_postmeta VALUES (418, 129, '_stripe_intent_id', 'pi_91yGKT5ApoiSzVDJmlHungqX');
INSERT INTO public.wp_postmeta VALUES (419, 129, '_order_key', 'wc_order_F1I3UMLR6c8kF');
INSERT INTO public.wp_postmeta VALUES (420, 129, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (421, 130, '_billing_first_name', 'Jonas');
INSERT INTO public.wp_postmeta VALUES (422, 130, '_billing_last_name', 'Dubois');
INSERT INTO public.wp_postmeta VALUES (423, 130, '_billing_email', 'jonas.dubois91@proton.me');
INSERT INTO public.wp_postmeta VALUES (424, 130, '_billing_phone', '+44 7620 189739');
INSERT INTO public.wp_postmeta VALUES (425, 130, '_billing_address_1', 'Gartenweg 73');
INSERT INTO public.wp_postmeta VALUES (426, 130, '_customer_ip_address', '79.10.188.189');
INSERT INTO public.wp_postmeta VALUES (427, 130, '_customer_user_agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
INSERT INTO public.wp_postmeta VALUES (428, 130, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (429, 130, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (430, 130, '_transaction_id', 'ch_1BW5LAXeq0GEXudHL6aPn5cu');
INSERT INTO public.wp_postmeta VALUES (431, 130, '_stripe_customer_id', 'cus_tlSFkQxw1cizlK');
INSERT INTO public.wp_postmeta VALUES (432, 130, '_stripe_intent_id', 'pi_pxzl5HOw1VTAoOzvbVnNcMre');
INSERT INTO public.wp_postmeta VALUES (433, 130, '_order_key', 'wc_order_hJzJxD6OsHfdw');
INSERT INTO public.wp_postmeta VALUES (434, 130, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (435, 131, '_billing_first_name', 'Emma');
INSERT INTO public.wp_postmeta VALUES (436, 131, '_billing_last_name', 'Johnson');
INSERT INTO public.wp_postmeta VALUES (437, 131, '_billing_email', 'emma.johnson20@gmail.com');
INSERT INTO public.wp_postmeta VALUES (438, 131, '_billing_phone', '030 96636164');
INSERT INTO public.wp_postmeta VALUES (439, 131, '_billing_address_1', 'Gartenweg 50');
INSERT INTO public.wp_postmeta VALUES (440, 131, '_customer_ip_address', '79.186.74.250');
INSERT INTO public.wp_postmeta VALUES (441, 131, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (442, 131, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (443, 131, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (444, 131, '_transaction_id', 'ch_dy5air9ThCD2lH91OqNNjW6t');
INSERT INTO public.wp_postmeta VALUES (445, 131, '_stripe_customer_id', 'cus_RiClcd5EcvAdMO');
INSERT INTO public.wp_postmeta VALUES (446, 131, '_stripe_intent_id', 'pi_7tcecS1sbhvlUddgJoO8aqtk');
INSERT INTO public.wp_postmeta VALUES (447, 131, '_order_key', 'wc_order_v1RI1axOQ4yvk');
INSERT INTO public.wp_postmeta VALUES (448, 131, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (449, 132, '_billing_first_name', 'Carlos');
INSERT INTO public.wp_postmeta VALUES (450, 132, '_billing_last_name', 'Martínez');
INSERT INTO public.wp_postmeta VALUES (451, 132, '_billing_email', 'carlos.martinez5@gmx.de');
INSERT INTO public.wp_postmeta VALUES (452, 132, '_billing_phone', '030 84419574');
INSERT INTO public.wp_postmeta VALUES (453, 132, '_billing_address_1', 'Gartenweg 4');
INSERT INTO public.wp_postmeta VALUES (454, 132, '_customer_ip_address', '212.190.148.127');
INSERT INTO public.wp_postmeta VALUES (455, 132, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (456, 132, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (457, 132, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (458, 132, '_transaction_id', 'ch_yXLjFXMB5NQ4tJ8YKDoXqQLJ');
INSERT INTO public.wp_postmeta VALUES (459, 132, '_stripe_customer_id', 'cus_fJtNpPZWYFTYe0');
INSERT INTO public.wp_postmeta VALUES (460, 132, '_stripe_intent_id', 'pi_VcrUiGtTslU8S1eF9IruT5IS');
INSERT INTO public.wp_postmeta VALUES (461, 132, '_order_key', 'wc_order_IdaCzZqXdf05o');
INSERT INTO public.wp_postmeta VALUES (462, 132, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (463, 133, '_billing_first_name', 'Laura');
INSERT INTO public.wp_postmeta VALUES (464, 133, '_billing_last_name', 'Bernard');
INSERT INTO public.wp_postmeta VALUES (465, 133, '_billing_email', 'laura.bernard88@yahoo.fr');
INSERT INTO public.wp_postmeta VALUES (466, 133, '_billing_phone', '+1 (415) 371-2310');
INSERT INTO public.wp_postmeta VALUES (467, 133, '_billing_address_1', 'Gartenweg 36');
INSERT INTO public.wp_postmeta VALUES (468, 133, '_customer_ip_address', '62.193.1.37');
INSERT INTO public.wp_postmeta VALUES (469, 133, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (470, 133, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (471, 133, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (472, 133, '_transaction_id', 'ch_AeNgYNoyWLEuJZeiutwGbO3h');
INSERT INTO public.wp_postmeta VALUES (473, 133, '_stripe_customer_id', 'cus_eGucFLAZsFQjd2');
INSERT INTO public.wp_postmeta VALUES (474, 133, '_stripe_intent_id', 'pi_yHZ0k3dRFMPRyoNtXYB1Cik9');
INSERT INTO public.wp_postmeta VALUES (475, 133, '_order_key', 'wc_order_SaxZUsAqLfJ3Q');
INSERT INTO public.wp_postmeta VALUES (476, 133, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (477, 134, '_billing_first_name', 'Lucas');
INSERT INTO public.wp_postmeta VALUES (478, 134, '_billing_last_name', 'Rossi');
INSERT INTO public.wp_postmeta VALUES (479, 134, '_billing_email', 'lucas.rossi34@proton.me');
INSERT INTO public.wp_postmeta VALUES (480, 134, '_billing_phone', '+49 155 86522732');
INSERT INTO public.wp_postmeta VALUES (481, 134, '_billing_address_1', 'Gartenweg 83');
INSERT INTO public.wp_postmeta VALUES (482, 134, '_customer_ip_address', '109.155.89.157');
INSERT INTO public.wp_postmeta VALUES (483, 134, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (484, 134, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (485, 134, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (486, 134, '_transaction_id', 'ch_7gozHP9qkeeEoOZUODE8SlYH');
INSERT INTO public.wp_postmeta VALUES (487, 134, '_stripe_customer_id', 'cus_coO3wfwplKuu6Y');
INSERT INTO public.wp_postmeta VALUES (488, 134, '_stripe_intent_id', 'pi_npQfb7Rm2VANCN2W7YWFD4CT');
INSERT INTO public.wp_postmeta VALUES (489, 134, '_order_key', 'wc_order_yAhLIQay5CxyL');
INSERT INTO public.wp_postmeta VALUES (490, 134, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (491, 135, '_billing_first_name', 'Laura');
INSERT INTO public.wp_postmeta VALUES (492, 135, '_billing_last_name', 'Bernard');
INSERT INTO public.wp_postmeta VALUES (493, 135, '_billing_email', 'laura.bernard46@gmx.de');
INSERT INTO public.wp_postmeta VALUES (494, 135, '_billing_phone', '+49 154 41134185');
INSERT INTO public.wp_postmeta VALUES (495, 135, '_billing_address_1', 'Gartenweg 32');
INSERT INTO public.wp_postmeta VALUES (496, 135, '_customer_ip_address', '109.173.158.141');
INSERT INTO public.wp_postmeta VALUES (497, 135, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (498, 135, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (499, 135, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (500, 135, '_transaction_id', 'ch_415Fxtd0uyjOYAWAvk1VdWb8');
INSERT INTO public.wp_postmeta VALUES (501, 135, '_stripe_customer_id', 'cus_QkkcRtTAlY1qw6');
INSERT INTO public.wp_postmeta VALUES (502, 135, '_stripe_intent_id', 'pi_VYf8vVNs0yO76SZheBEi3T47');
INSERT INTO public.wp_postmeta VALUES (503, 135, '_order_key', 'wc_order_MVMZ55XMlj6kV');
INSERT INTO public.wp_postmeta VALUES (504, 135, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (505, 136, '_billing_first_name', 'Lukas');
INSERT INTO public.wp_postmeta VALUES (506, 136, '_billing_last_name', 'Brown');
INSERT INTO public.wp_postmeta VALUES (507, 136, '_billing_email', 'lukas.brown66@yahoo.fr');
INSERT INTO public.wp_postmeta VALUES (508, 136, '_billing_phone', '030 69131697');
INSERT INTO public.wp_postmeta VALUES (509, 136, '_billing_address_1', 'Gartenweg 73');
INSERT INTO public.wp_postmeta VALUES (510, 136, '_customer_ip_address', '109.238.85.4');
INSERT INTO public.wp_postmeta VALUES (511, 136, '_customer_user_agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
INSERT INTO public.wp_postmeta VALUES (512, 136, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (513, 136, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (514, 136, '_transaction_id', 'ch_fHe6z9melpijeJRX813pJeCq');
INSERT INTO public.wp_postmeta VALUES (515, 136, '_stripe_customer_id', 'cus_9hTDlAUAzG2uCX');
INSERT INTO public.wp_postmeta VALUES (516, 136, '_stripe_intent_id', 'pi_OCacSBuJV6ZK9g9bSjYYauzW');
INSERT INTO public.wp_postmeta VALUES (517, 136, '_order_key', 'wc_order_uHgU2aUMCyLOp');
INSERT INTO public.wp_postmeta VALUES (518, 136, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (519, 137, '_billing_first_name', 'Olivia');
INSERT INTO public.wp_postmeta VALUES (520, 137, '_billing_last_name', 'López');
INSERT INTO public.wp_postmeta VALUES (521, 137, '_billing_email', 'olivia.lopez30@posteo.de');
INSERT INTO public.wp_postmeta VALUES (522, 137, '_billing_phone', '+33 6 37 87 61 54');
INSERT INTO public.wp_postmeta VALUES (523, 137, '_billing_address_1', 'Gartenweg 59');
INSERT INTO public.wp_postmeta VALUES (524, 137, '_customer_ip_address', '84.83.122.112');
INSERT INTO public.wp_postmeta VALUES (525, 137, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (526, 137, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (527, 137, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (528, 137, '_transaction_id', 'ch_pDgv240VpRNfJYj0PjznjjDL');
INSERT INTO public.wp_postmeta VALUES (529, 137, '_stripe_customer_id', 'cus_XmvvuTC6JyPsz3');
INSERT INTO public.wp_postmeta VALUES (530, 137, '_stripe_intent_id', 'pi_7wmc7FOouyLcTL7mvIsB5vlP');
INSERT INTO public.wp_postmeta VALUES (531, 137, '_order_key', 'wc_order_ZR530in5rcpKg');
INSERT INTO public.wp_postmeta VALUES (532, 137, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (533, 138, '_billing_first_name', 'Lucia');
INSERT INTO public.wp_postmeta VALUES (534, 138, '_billing_last_name', 'Dubois');
INSERT INTO public.wp_postmeta VALUES (535, 138, '_billing_email', 'lucia.dubois91@gmx.de');
INSERT INTO public.wp_postmeta VALUES (536, 138, '_billing_phone', '+44 7618 249842');
INSERT INTO public.wp_postmeta VALUES (537, 138, '_billing_address_1', 'Gartenweg 28');
INSERT INTO public.wp_postmeta VALUES (538, 138, '_customer_ip_address', '178.36.59.73');
INSERT INTO public.wp_postmeta VALUES (539, 138, '_customer_user_agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15');
INSERT INTO public.wp_postmeta VALUES (540, 138, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (541, 138, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (542, 138, '_transaction_id', 'ch_N1ghZoUowBqDhYNqNEnRGBmu');
INSERT INTO public.wp_postmeta VALUES (543, 138, '_stripe_customer_id', 'cus_QyzxrIXjpcViCU');
INSERT INTO public.wp_postmeta VALUES (544, 138, '_stripe_intent_id', 'pi_QZpzNP7S7eOLFImVLRcHLR6A');
INSERT INTO public.wp_postmeta VALUES (545, 138, '_order_key', 'wc_order_m68AVOESKzGzA');
INSERT INTO public.wp_postmeta VALUES (546, 138, '_edit_lock', '1711000000:1');
INSERT INTO public.wp_postmeta VALUES (547, 139, '_billing_first_name', 'Pierre');
INSERT INTO public.wp_postmeta VALUES (548, 139, '_billing_last_name', 'Richter');
INSERT INTO public.wp_postmeta VALUES (549, 139, '_billing_email', 'pierre.richter41@hotmail.com');
INSERT INTO public.wp_postmeta VALUES (550, 139, '_billing_phone', '+44 7493 106779');
INSERT INTO public.wp_postmeta VALUES (551, 139, '_billing_address_1', 'Gartenweg 48');
INSERT INTO public.wp_postmeta VALUES (552, 139, '_customer_ip_address', '212.66.89.36');
INSERT INTO public.wp_postmeta VALUES (553, 139, '_customer_user_agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
INSERT INTO public.wp_postmeta VALUES (554, 139, '_order_total', '1299.00');
INSERT INTO public.wp_postmeta VALUES (555, 139, '_payment_method', 'stripe');
INSERT INTO public.wp_postmeta VALUES (556, 139, '_transaction_id', 'ch_Cn0QjF7UtsNGT3tMYAVkEtgB');
INSERT INTO public.wp_postmeta VALUES (557, 139, '_stripe_customer_id', 'cus_N7Ys8261JwQWtG');
INSERT INTO public.wp_postmeta VALUES (558, 139, '_stripe_intent_id', 'pi_ZJcZz99zATShCVq2wGXuOtHR');
INSERT INTO public.wp_postmeta VALUES (559, 139, '_order_key', 'wc_order_jPL0idymINQ8b');
INSERT INTO public.wp_postmeta VALUES (560, 139, '_edit_lock', '1711000000:1');


--
-- Data for Name: wp_posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_posts VALUES (1, 1, '2023-06-01 00:00:00', '<h2>Impressum</h2><p>Gartenmöbel Schulz e.K., Inhaber: Thomas Schulz<br>Lindenstraße 14, 37073 Göttingen<br>Telefon: 0551 4870213<br>E-Mail: info@gartenmoebel-schulz.de</p>', 'Impressum', '', 'publish', 'impressum', '2023-06-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?page_id=1', 'page', '');
INSERT INTO public.wp_posts VALUES (2, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-2/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":2,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-2.jpg" alt="" class="wp-image-2"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 2', '', 'publish', 'lounge-2', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=2', 'post', '');
INSERT INTO public.wp_posts VALUES (3, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-3/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":3,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-3.jpg" alt="" class="wp-image-3"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 3', '', 'publish', 'lounge-3', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=3', 'product', '');
INSERT INTO public.wp_posts VALUES (4, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-4/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":4,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-4.jpg" alt="" class="wp-image-4"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 4', '', 'publish', 'lounge-4', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=4', 'post', '');
INSERT INTO public.wp_posts VALUES (5, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-5/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":5,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-5.jpg" alt="" class="wp-image-5"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 5', '', 'publish', 'lounge-5', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=5', 'post', '');
INSERT INTO public.wp_posts VALUES (6, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-6/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":6,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-6.jpg" alt="" class="wp-image-6"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 6', '', 'publish', 'lounge-6', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=6', 'product', '');
INSERT INTO public.wp_posts VALUES (7, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-7/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":7,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-7.jpg" alt="" class="wp-image-7"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 7', '', 'publish', 'lounge-7', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=7', 'post', '');
INSERT INTO public.wp_posts VALUES (8, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-8/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":8,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-8.jpg" alt="" class="wp-image-8"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 8', '', 'publish', 'lounge-8', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=8', 'post', '');
INSERT INTO public.wp_posts VALUES (9, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-9/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":9,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-9.jpg" alt="" class="wp-image-9"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 9', '', 'publish', 'lounge-9', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=9', 'product', '');
INSERT INTO public.wp_posts VALUES (10, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-10/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":10,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-10.jpg" alt="" class="wp-image-10"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 10', '', 'publish', 'lounge-10', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=10', 'post', '');
INSERT INTO public.wp_posts VALUES (61, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. +49 152 76714839', 'wc-completed', 'order-100', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=100', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (62, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-101', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=101', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (63, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-102', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=102', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (11, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-11/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":11,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-11.jpg" alt="" class="wp-image-11"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 11', '', 'publish', 'lounge-11', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=11', 'post', '');
INSERT INTO public.wp_posts VALUES (12, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-12/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":12,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-12.jpg" alt="" class="wp-image-12"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 12', '', 'publish', 'lounge-12', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=12', 'product', '');
INSERT INTO public.wp_posts VALUES (13, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-13/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":13,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-13.jpg" alt="" class="wp-image-13"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 13', '', 'publish', 'lounge-13', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=13', 'post', '');
INSERT INTO public.wp_posts VALUES (14, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-14/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":14,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-14.jpg" alt="" class="wp-image-14"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 14', '', 'publish', 'lounge-14', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=14', 'post', '');
INSERT INTO public.wp_posts VALUES (15, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-15/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":15,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-15.jpg" alt="" class="wp-image-15"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 15', '', 'publish', 'lounge-15', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=15', 'product', '');
INSERT INTO public.wp_posts VALUES (16, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-16/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":16,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-16.jpg" alt="" class="wp-image-16"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 16', '', 'publish', 'lounge-16', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=16', 'post', '');
INSERT INTO public.wp_posts VALUES (17, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-17/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":17,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-17.jpg" alt="" class="wp-image-17"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 17', '', 'publish', 'lounge-17', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=17', 'post', '');
INSERT INTO public.wp_posts VALUES (18, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-18/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":18,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-18.jpg" alt="" class="wp-image-18"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 18', '', 'publish', 'lounge-18', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=18', 'product', '');
INSERT INTO public.wp_posts VALUES (19, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-19/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":19,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-19.jpg" alt="" class="wp-image-19"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 19', '', 'publish', 'lounge-19', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=19', 'post', '');
INSERT INTO public.wp_posts VALUES (20, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-20/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":20,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-20.jpg" alt="" class="wp-image-20"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 20', '', 'publish', 'lounge-20', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=20', 'post', '');
INSERT INTO public.wp_posts VALUES (21, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-21/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":21,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-21.jpg" alt="" class="wp-image-21"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 21', '', 'publish', 'lounge-21', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=21', 'product', '');
INSERT INTO public.wp_posts VALUES (22, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-22/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":22,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-22.jpg" alt="" class="wp-image-22"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 22', '', 'publish', 'lounge-22', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=22', 'post', '');
INSERT INTO public.wp_posts VALUES (23, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-23/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":23,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-23.jpg" alt="" class="wp-image-23"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 23', '', 'publish', 'lounge-23', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=23', 'post', '');
INSERT INTO public.wp_posts VALUES (24, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-24/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":24,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-24.jpg" alt="" class="wp-image-24"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 24', '', 'publish', 'lounge-24', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=24', 'product', '');
INSERT INTO public.wp_posts VALUES (25, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-25/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":25,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-25.jpg" alt="" class="wp-image-25"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 25', '', 'publish', 'lounge-25', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=25', 'post', '');
INSERT INTO public.wp_posts VALUES (26, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-26/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":26,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-26.jpg" alt="" class="wp-image-26"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 26', '', 'publish', 'lounge-26', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=26', 'post', '');
INSERT INTO public.wp_posts VALUES (27, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-27/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":27,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-27.jpg" alt="" class="wp-image-27"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 27', '', 'publish', 'lounge-27', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=27', 'product', '');
INSERT INTO public.wp_posts VALUES (28, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-28/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":28,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-28.jpg" alt="" class="wp-image-28"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 28', '', 'publish', 'lounge-28', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=28', 'post', '');
INSERT INTO public.wp_posts VALUES (29, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-29/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":29,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-29.jpg" alt="" class="wp-image-29"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 29', '', 'publish', 'lounge-29', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=29', 'post', '');
INSERT INTO public.wp_posts VALUES (30, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-30/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":30,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-30.jpg" alt="" class="wp-image-30"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 30', '', 'publish', 'lounge-30', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=30', 'product', '');
INSERT INTO public.wp_posts VALUES (31, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-31/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":31,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-31.jpg" alt="" class="wp-image-31"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 31', '', 'publish', 'lounge-31', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=31', 'post', '');
INSERT INTO public.wp_posts VALUES (32, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-32/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":32,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-32.jpg" alt="" class="wp-image-32"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 32', '', 'publish', 'lounge-32', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=32', 'post', '');
INSERT INTO public.wp_posts VALUES (33, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-33/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":33,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-33.jpg" alt="" class="wp-image-33"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 33', '', 'publish', 'lounge-33', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=33', 'product', '');
INSERT INTO public.wp_posts VALUES (34, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-34/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":34,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-34.jpg" alt="" class="wp-image-34"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 34', '', 'publish', 'lounge-34', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=34', 'post', '');
INSERT INTO public.wp_posts VALUES (35, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-35/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":35,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-35.jpg" alt="" class="wp-image-35"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 35', '', 'publish', 'lounge-35', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=35', 'post', '');
INSERT INTO public.wp_posts VALUES (36, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-36/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":36,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-36.jpg" alt="" class="wp-image-36"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 36', '', 'publish', 'lounge-36', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=36', 'product', '');
INSERT INTO public.wp_posts VALUES (37, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-37/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":37,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-37.jpg" alt="" class="wp-image-37"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 37', '', 'publish', 'lounge-37', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=37', 'post', '');
INSERT INTO public.wp_posts VALUES (38, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-38/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":38,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-38.jpg" alt="" class="wp-image-38"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 38', '', 'publish', 'lounge-38', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=38', 'post', '');
INSERT INTO public.wp_posts VALUES (39, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-39/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":39,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-39.jpg" alt="" class="wp-image-39"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 39', '', 'publish', 'lounge-39', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=39', 'product', '');
INSERT INTO public.wp_posts VALUES (40, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-40/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":40,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-40.jpg" alt="" class="wp-image-40"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 40', '', 'publish', 'lounge-40', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=40', 'post', '');
INSERT INTO public.wp_posts VALUES (41, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-41/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":41,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-41.jpg" alt="" class="wp-image-41"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 41', '', 'publish', 'lounge-41', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=41', 'post', '');
INSERT INTO public.wp_posts VALUES (42, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-42/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":42,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-42.jpg" alt="" class="wp-image-42"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 42', '', 'publish', 'lounge-42', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=42', 'product', '');
INSERT INTO public.wp_posts VALUES (43, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-43/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":43,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-43.jpg" alt="" class="wp-image-43"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 43', '', 'publish', 'lounge-43', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=43', 'post', '');
INSERT INTO public.wp_posts VALUES (44, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-44/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":44,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-44.jpg" alt="" class="wp-image-44"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 44', '', 'publish', 'lounge-44', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=44', 'post', '');
INSERT INTO public.wp_posts VALUES (45, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-45/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":45,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-45.jpg" alt="" class="wp-image-45"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 45', '', 'publish', 'lounge-45', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=45', 'product', '');
INSERT INTO public.wp_posts VALUES (46, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-46/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":46,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-46.jpg" alt="" class="wp-image-46"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 46', '', 'publish', 'lounge-46', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=46', 'post', '');
INSERT INTO public.wp_posts VALUES (47, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-47/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":47,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-47.jpg" alt="" class="wp-image-47"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 47', '', 'publish', 'lounge-47', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=47', 'post', '');
INSERT INTO public.wp_posts VALUES (48, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-48/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":48,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-48.jpg" alt="" class="wp-image-48"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 48', '', 'publish', 'lounge-48', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=48', 'product', '');
INSERT INTO public.wp_posts VALUES (49, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-49/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":49,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-49.jpg" alt="" class="wp-image-49"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 49', '', 'publish', 'lounge-49', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=49', 'post', '');
INSERT INTO public.wp_posts VALUES (50, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-50/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":50,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-50.jpg" alt="" class="wp-image-50"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 50', '', 'publish', 'lounge-50', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=50', 'post', '');
INSERT INTO public.wp_posts VALUES (51, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-51/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":51,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-51.jpg" alt="" class="wp-image-51"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 51', '', 'publish', 'lounge-51', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=51', 'product', '');
INSERT INTO public.wp_posts VALUES (52, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-52/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":52,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-52.jpg" alt="" class="wp-image-52"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 52', '', 'publish', 'lounge-52', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=52', 'post', '');
INSERT INTO public.wp_posts VALUES (53, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-53/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":53,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-53.jpg" alt="" class="wp-image-53"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 53', '', 'publish', 'lounge-53', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=53', 'post', '');
INSERT INTO public.wp_posts VALUES (54, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-54/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":54,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-54.jpg" alt="" class="wp-image-54"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 54', '', 'publish', 'lounge-54', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=54', 'product', '');
INSERT INTO public.wp_posts VALUES (55, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-55/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":55,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-55.jpg" alt="" class="wp-image-55"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 55', '', 'publish', 'lounge-55', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=55', 'post', '');
INSERT INTO public.wp_posts VALUES (56, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-56/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":56,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-56.jpg" alt="" class="wp-image-56"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 56', '', 'publish', 'lounge-56', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=56', 'post', '');
INSERT INTO public.wp_posts VALUES (57, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-57/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":57,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-57.jpg" alt="" class="wp-image-57"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 57', '', 'publish', 'lounge-57', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=57', 'product', '');
INSERT INTO public.wp_posts VALUES (58, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-58/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":58,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-58.jpg" alt="" class="wp-image-58"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 58', '', 'publish', 'lounge-58', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=58', 'post', '');
INSERT INTO public.wp_posts VALUES (59, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-59/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":59,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-59.jpg" alt="" class="wp-image-59"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 59', '', 'publish', 'lounge-59', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=59', 'post', '');
INSERT INTO public.wp_posts VALUES (60, 1, '2024-03-01 00:00:00', '<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="https://www.gartenmoebel-schulz.de/produkt/lounge-60/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":60,"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="https://www.gartenmoebel-schulz.de/wp-content/uploads/2024/03/lounge-60.jpg" alt="" class="wp-image-60"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->', 'Lounge 60', '', 'publish', 'lounge-60', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?p=60', 'product', '');
INSERT INTO public.wp_posts VALUES (64, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-103', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=103', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (65, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. +49 156 76537428', 'wc-completed', 'order-104', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=104', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (66, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-105', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=105', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (67, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-106', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=106', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (68, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-107', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=107', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (69, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. +49 154 48946867', 'wc-completed', 'order-108', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=108', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (70, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-109', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=109', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (71, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-110', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=110', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (72, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-111', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=111', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (73, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. +49 152 86656295', 'wc-completed', 'order-112', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=112', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (74, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-113', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=113', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (75, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-114', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=114', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (76, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-115', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=115', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (77, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. 030 89896116', 'wc-completed', 'order-116', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=116', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (78, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-117', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=117', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (79, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-118', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=118', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (80, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-119', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=119', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (81, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. 030 96420502', 'wc-completed', 'order-120', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=120', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (82, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-121', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=121', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (83, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-122', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=122', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (84, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-123', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=123', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (85, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. 030 97951358', 'wc-completed', 'order-124', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=124', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (86, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-125', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=125', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (87, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-126', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=126', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (88, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-127', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=127', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (89, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. +33 6 17 82 65 85', 'wc-completed', 'order-128', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=128', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (90, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-129', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=129', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (91, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-130', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=130', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (92, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-131', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=131', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (93, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. 030 84419574', 'wc-completed', 'order-132', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=132', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (94, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-133', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=133', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (95, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-134', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=134', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (96, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-135', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=135', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (97, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', 'Bitte bei Nachbarn abgeben, Tel. 030 69131697', 'wc-completed', 'order-136', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=136', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (98, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-137', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=137', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (99, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-138', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=138', 'shop_order', '');
INSERT INTO public.wp_posts VALUES (100, 1, '2024-03-01 00:00:00', '', 'Order &ndash; März 1, 2024 @ 10:00', '', 'wc-completed', 'order-139', '2024-03-01 00:00:00', 0, 'https://www.gartenmoebel-schulz.de/?post_type=shop_order&p=139', 'shop_order', '');


--
-- Data for Name: wp_usermeta; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_usermeta VALUES (1, 1, 'nickname', 'anna.jensen22');
INSERT INTO public.wp_usermeta VALUES (2, 1, 'first_name', 'Anna');
INSERT INTO public.wp_usermeta VALUES (3, 1, 'last_name', 'Jensen');
INSERT INTO public.wp_usermeta VALUES (4, 1, 'billing_phone', '+49 151 49590328');
INSERT INTO public.wp_usermeta VALUES (5, 1, 'billing_address_1', 'Hauptstraße 95');
INSERT INTO public.wp_usermeta VALUES (6, 1, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (7, 1, 'billing_postcode', '02696');
INSERT INTO public.wp_usermeta VALUES (8, 1, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (9, 1, 'session_tokens', 'a:1:{s:64:"74978550e9561ae322aac1c793dbbde7401dbf165987a19b08c756d56173ad6c";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:15:"212.162.223.232";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (10, 1, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (11, 1, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (12, 2, 'nickname', 'marco.muller91');
INSERT INTO public.wp_usermeta VALUES (13, 2, 'first_name', 'Marco');
INSERT INTO public.wp_usermeta VALUES (14, 2, 'last_name', 'Müller');
INSERT INTO public.wp_usermeta VALUES (15, 2, 'billing_phone', '030 58258736');
INSERT INTO public.wp_usermeta VALUES (16, 2, 'billing_address_1', 'Gartenweg 81');
INSERT INTO public.wp_usermeta VALUES (17, 2, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (18, 2, 'billing_postcode', '59666');
INSERT INTO public.wp_usermeta VALUES (19, 2, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (20, 2, 'session_tokens', 'a:1:{s:64:"56d7a0c211785476210796fd561b3a1e1ca5fb2f43d36c28a98fa2457d213eee";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:15:"109.238.107.147";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (21, 2, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (22, 2, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (23, 3, 'nickname', 'emma.jensen64');
INSERT INTO public.wp_usermeta VALUES (24, 3, 'first_name', 'Emma');
INSERT INTO public.wp_usermeta VALUES (25, 3, 'last_name', 'Jensen');
INSERT INTO public.wp_usermeta VALUES (26, 3, 'billing_phone', '030 89582767');
INSERT INTO public.wp_usermeta VALUES (27, 3, 'billing_address_1', 'Bahnhofstraße 15');
INSERT INTO public.wp_usermeta VALUES (28, 3, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (29, 3, 'billing_postcode', '40483');
INSERT INTO public.wp_usermeta VALUES (30, 3, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (31, 3, 'session_tokens', 'a:1:{s:64:"208981041736fd9181c5993c1d4052d509c1f3053beea51e98cae691ee8c35b4";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"91.4.187.144";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (32, 3, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (33, 3, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (34, 4, 'nickname', 'lucas.dubois69');
INSERT INTO public.wp_usermeta VALUES (35, 4, 'first_name', 'Lucas');
INSERT INTO public.wp_usermeta VALUES (36, 4, 'last_name', 'Dubois');
INSERT INTO public.wp_usermeta VALUES (37, 4, 'billing_phone', '+1 (206) 268-5968');
INSERT INTO public.wp_usermeta VALUES (38, 4, 'billing_address_1', 'Rue de la Paix 43');
INSERT INTO public.wp_usermeta VALUES (39, 4, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (40, 4, 'billing_postcode', '34431');
INSERT INTO public.wp_usermeta VALUES (41, 4, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (42, 4, 'session_tokens', 'a:1:{s:64:"bc8bc0f706d345fce56fada6b228b09644a65dc1ae0ce92082c42aaf30665c64";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.145.141.32";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (43, 4, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (44, 4, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (45, 5, 'nickname', 'camille.muller10');
INSERT INTO public.wp_usermeta VALUES (46, 5, 'first_name', 'Camille');
INSERT INTO public.wp_usermeta VALUES (47, 5, 'last_name', 'Müller');
INSERT INTO public.wp_usermeta VALUES (48, 5, 'billing_phone', '+44 7978 576843');
INSERT INTO public.wp_usermeta VALUES (49, 5, 'billing_address_1', 'Bahnhofstraße 66');
INSERT INTO public.wp_usermeta VALUES (50, 5, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (51, 5, 'billing_postcode', '75948');
INSERT INTO public.wp_usermeta VALUES (52, 5, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (53, 5, 'session_tokens', 'a:1:{s:64:"4cf4bbd4ac3ac388961dc20755d4ad42495307ec68f08331a22eb8c082142dcc";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.109.179.46";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (54, 5, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (55, 5, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (56, 6, 'nickname', 'sophie.dubois34');
INSERT INTO public.wp_usermeta VALUES (57, 6, 'first_name', 'Sophie');
INSERT INTO public.wp_usermeta VALUES (58, 6, 'last_name', 'Dubois');
INSERT INTO public.wp_usermeta VALUES (59, 6, 'billing_phone', '+1 (415) 376-2109');
INSERT INTO public.wp_usermeta VALUES (60, 6, 'billing_address_1', 'Hauptstraße 7');
INSERT INTO public.wp_usermeta VALUES (61, 6, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (62, 6, 'billing_postcode', '97309');
INSERT INTO public.wp_usermeta VALUES (63, 6, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (64, 6, 'session_tokens', 'a:1:{s:64:"3cfcca49da93a0d924e1c2c8937915f3c62e8281871517202b26d8d53a6adbaa";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"62.122.221.162";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (65, 6, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (66, 6, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (67, 7, 'nickname', 'chiara.nielsen62');
INSERT INTO public.wp_usermeta VALUES (68, 7, 'first_name', 'Chiara');
INSERT INTO public.wp_usermeta VALUES (69, 7, 'last_name', 'Nielsen');
INSERT INTO public.wp_usermeta VALUES (70, 7, 'billing_phone', '+33 6 58 95 69 39');
INSERT INTO public.wp_usermeta VALUES (71, 7, 'billing_address_1', 'Hauptstraße 24');
INSERT INTO public.wp_usermeta VALUES (72, 7, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (73, 7, 'billing_postcode', '08916');
INSERT INTO public.wp_usermeta VALUES (74, 7, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (75, 7, 'session_tokens', 'a:1:{s:64:"7e1337592eb2baa68b182062416a5d8343a9be7781ad3f2ef191e5382ae862b8";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.199.163.91";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (76, 7, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (77, 7, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (78, 8, 'nickname', 'carlos.bernard33');
INSERT INTO public.wp_usermeta VALUES (79, 8, 'first_name', 'Carlos');
INSERT INTO public.wp_usermeta VALUES (80, 8, 'last_name', 'Bernard');
INSERT INTO public.wp_usermeta VALUES (81, 8, 'billing_phone', '+49 155 80841168');
INSERT INTO public.wp_usermeta VALUES (82, 8, 'billing_address_1', 'Gartenweg 54');
INSERT INTO public.wp_usermeta VALUES (83, 8, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (84, 8, 'billing_postcode', '61762');
INSERT INTO public.wp_usermeta VALUES (85, 8, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (86, 8, 'session_tokens', 'a:1:{s:64:"3b92bbab5e8299ca88a832d0efdd8a98bbf8c3a32dd4ab856aa5553b4639b634";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"79.199.82.25";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (87, 8, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (88, 8, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (89, 9, 'nickname', 'martin.dubois62');
INSERT INTO public.wp_usermeta VALUES (90, 9, 'first_name', 'Martin');
INSERT INTO public.wp_usermeta VALUES (91, 9, 'last_name', 'Dubois');
INSERT INTO public.wp_usermeta VALUES (92, 9, 'billing_phone', '+33 6 51 45 25 28');
INSERT INTO public.wp_usermeta VALUES (93, 9, 'billing_address_1', 'Rue de la Paix 63');
INSERT INTO public.wp_usermeta VALUES (94, 9, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (95, 9, 'billing_postcode', '91163');
INSERT INTO public.wp_usermeta VALUES (96, 9, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (97, 9, 'session_tokens', 'a:1:{s:64:"560ddd04be78e15223c9cd19a129e942a5d9de137ba58b9b6f1846d91bad686e";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"79.162.126.172";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (98, 9, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (99, 9, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (100, 10, 'nickname', 'thomas.hoffmann27');
INSERT INTO public.wp_usermeta VALUES (101, 10, 'first_name', 'Thomas');
INSERT INTO public.wp_usermeta VALUES (102, 10, 'last_name', 'Hoffmann');
INSERT INTO public.wp_usermeta VALUES (103, 10, 'billing_phone', '030 51582891');
INSERT INTO public.wp_usermeta VALUES (104, 10, 'billing_address_1', 'Gartenweg 117');
INSERT INTO public.wp_usermeta VALUES (105, 10, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (106, 10, 'billing_postcode', '91485');
INSERT INTO public.wp_usermeta VALUES (107, 10, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (108, 10, 'session_tokens', 'a:1:{s:64:"e9c9594fa3cc73f1e38206fc1cc63bd761ce8cbab89ee09a70c91f80d511139a";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"212.61.2.186";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (109, 10, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (110, 10, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (111, 11, 'nickname', 'martin.lambert74');
INSERT INTO public.wp_usermeta VALUES (112, 11, 'first_name', 'Martin');
INSERT INTO public.wp_usermeta VALUES (113, 11, 'last_name', 'Lambert');
INSERT INTO public.wp_usermeta VALUES (114, 11, 'billing_phone', '030 83834393');
INSERT INTO public.wp_usermeta VALUES (115, 11, 'billing_address_1', 'Hauptstraße 101');
INSERT INTO public.wp_usermeta VALUES (116, 11, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (117, 11, 'billing_postcode', '14879');
INSERT INTO public.wp_usermeta VALUES (118, 11, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (119, 11, 'session_tokens', 'a:1:{s:64:"e1c55bfcceb5151546cabb14e65a2ff0aaef2a31e5cb9bc6c8f578aad26fa05d";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"178.176.244.17";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (120, 11, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (121, 11, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (122, 12, 'nickname', 'pierre.muller32');
INSERT INTO public.wp_usermeta VALUES (123, 12, 'first_name', 'Pierre');
INSERT INTO public.wp_usermeta VALUES (124, 12, 'last_name', 'Müller');
INSERT INTO public.wp_usermeta VALUES (125, 12, 'billing_phone', '+1 (206) 760-7551');
INSERT INTO public.wp_usermeta VALUES (126, 12, 'billing_address_1', 'Rue de la Paix 32');
INSERT INTO public.wp_usermeta VALUES (127, 12, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (128, 12, 'billing_postcode', '08538');
INSERT INTO public.wp_usermeta VALUES (129, 12, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (130, 12, 'session_tokens', 'a:1:{s:64:"14fd47968e730c10dd0b79a65a7a9b583c36b50c54fcc96d68dac6c8878a65e9";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"212.171.141.88";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (131, 12, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (132, 12, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (133, 13, 'nickname', 'david.dubois83');
INSERT INTO public.wp_usermeta VALUES (134, 13, 'first_name', 'David');
INSERT INTO public.wp_usermeta VALUES (135, 13, 'last_name', 'Dubois');
INSERT INTO public.wp_usermeta VALUES (136, 13, 'billing_phone', '+1 (312) 408-2996');
INSERT INTO public.wp_usermeta VALUES (137, 13, 'billing_address_1', 'Gartenweg 87');
INSERT INTO public.wp_usermeta VALUES (138, 13, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (139, 13, 'billing_postcode', '56008');
INSERT INTO public.wp_usermeta VALUES (140, 13, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (141, 13, 'session_tokens', 'a:1:{s:64:"68bc11f3c5dbdf95d9d8811013573c9347b0276fa834bc9eca61df8ff512bcd0";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"178.137.29.59";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (142, 13, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (143, 13, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (144, 14, 'nickname', 'maria.taylor12');
INSERT INTO public.wp_usermeta VALUES (145, 14, 'first_name', 'Maria');
INSERT INTO public.wp_usermeta VALUES (146, 14, 'last_name', 'Taylor');
INSERT INTO public.wp_usermeta VALUES (147, 14, 'billing_phone', '+49 155 37928842');
INSERT INTO public.wp_usermeta VALUES (148, 14, 'billing_address_1', 'Gartenweg 13');
INSERT INTO public.wp_usermeta VALUES (149, 14, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (150, 14, 'billing_postcode', '69104');
INSERT INTO public.wp_usermeta VALUES (151, 14, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (152, 14, 'session_tokens', 'a:1:{s:64:"fed3992c85f56009e45248e4ca27aec2a399b1901d21b9b0c77a858a87fa7254";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"91.228.69.33";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (153, 14, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (154, 14, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (155, 15, 'nickname', 'jan.rossi69');
INSERT INTO public.wp_usermeta VALUES (156, 15, 'first_name', 'Jan');
INSERT INTO public.wp_usermeta VALUES (157, 15, 'last_name', 'Rossi');
INSERT INTO public.wp_usermeta VALUES (158, 15, 'billing_phone', '030 35679444');
INSERT INTO public.wp_usermeta VALUES (159, 15, 'billing_address_1', 'Rue de la Paix 9');
INSERT INTO public.wp_usermeta VALUES (160, 15, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (161, 15, 'billing_postcode', '40273');
INSERT INTO public.wp_usermeta VALUES (162, 15, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (163, 15, 'session_tokens', 'a:1:{s:64:"6b55b83edab61762272c1dc055967a7761f640da1a98cb3f1d21526235d6c7bd";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"91.222.65.199";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (164, 15, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (165, 15, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (166, 16, 'nickname', 'david.johnson88');
INSERT INTO public.wp_usermeta VALUES (167, 16, 'first_name', 'David');
INSERT INTO public.wp_usermeta VALUES (168, 16, 'last_name', 'Johnson');
INSERT INTO public.wp_usermeta VALUES (169, 16, 'billing_phone', '+49 154 50652230');
INSERT INTO public.wp_usermeta VALUES (170, 16, 'billing_address_1', 'Bahnhofstraße 64');
INSERT INTO public.wp_usermeta VALUES (171, 16, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (172, 16, 'billing_postcode', '31746');
INSERT INTO public.wp_usermeta VALUES (173, 16, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (174, 16, 'session_tokens', 'a:1:{s:64:"fb129c16dd1e1b5ad6286d9c78e0b24b30d57e1b885cbf84ce650dd9c99bd68e";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"178.196.42.144";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (175, 16, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (176, 16, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (177, 17, 'nickname', 'james.lambert60');
INSERT INTO public.wp_usermeta VALUES (178, 17, 'first_name', 'James');
INSERT INTO public.wp_usermeta VALUES (179, 17, 'last_name', 'Lambert');
INSERT INTO public.wp_usermeta VALUES (180, 17, 'billing_phone', '+1 (415) 766-6185');
INSERT INTO public.wp_usermeta VALUES (181, 17, 'billing_address_1', 'Gartenweg 28');
INSERT INTO public.wp_usermeta VALUES (182, 17, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (183, 17, 'billing_postcode', '80672');
INSERT INTO public.wp_usermeta VALUES (184, 17, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (185, 17, 'session_tokens', 'a:1:{s:64:"c9bc41a659503392c2e04aae7a401148372de454bc65c41e53f35748232c5761";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"178.178.196.97";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (186, 17, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (187, 17, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (188, 18, 'nickname', 'pierre.taylor77');
INSERT INTO public.wp_usermeta VALUES (189, 18, 'first_name', 'Pierre');
INSERT INTO public.wp_usermeta VALUES (190, 18, 'last_name', 'Taylor');
INSERT INTO public.wp_usermeta VALUES (191, 18, 'billing_phone', '+33 6 61 80 29 42');
INSERT INTO public.wp_usermeta VALUES (192, 18, 'billing_address_1', 'Rue de la Paix 84');
INSERT INTO public.wp_usermeta VALUES (193, 18, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (194, 18, 'billing_postcode', '09026');
INSERT INTO public.wp_usermeta VALUES (195, 18, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (196, 18, 'session_tokens', 'a:1:{s:64:"2f6d222e4186beb8a2a3b889df8b8c58f98dfd0dc708ed9a51b24c1c49eb48f4";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:10:"84.75.9.69";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (197, 18, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (198, 18, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (199, 19, 'nickname', 'james.moreau97');
INSERT INTO public.wp_usermeta VALUES (200, 19, 'first_name', 'James');
INSERT INTO public.wp_usermeta VALUES (201, 19, 'last_name', 'Moreau');
INSERT INTO public.wp_usermeta VALUES (202, 19, 'billing_phone', '030 81850783');
INSERT INTO public.wp_usermeta VALUES (203, 19, 'billing_address_1', 'Rue de la Paix 37');
INSERT INTO public.wp_usermeta VALUES (204, 19, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (205, 19, 'billing_postcode', '79397');
INSERT INTO public.wp_usermeta VALUES (206, 19, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (207, 19, 'session_tokens', 'a:1:{s:64:"c9cf11e04919913e777fe7507e919e85b9b570020b5106dcb2c6a45f1f998025";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"212.97.145.65";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (208, 19, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (209, 19, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (210, 20, 'nickname', 'james.brown7');
INSERT INTO public.wp_usermeta VALUES (211, 20, 'first_name', 'James');
INSERT INTO public.wp_usermeta VALUES (212, 20, 'last_name', 'Brown');
INSERT INTO public.wp_usermeta VALUES (213, 20, 'billing_phone', '030 55284117');
INSERT INTO public.wp_usermeta VALUES (214, 20, 'billing_address_1', 'Gartenweg 46');
INSERT INTO public.wp_usermeta VALUES (215, 20, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (216, 20, 'billing_postcode', '28052');
INSERT INTO public.wp_usermeta VALUES (217, 20, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (218, 20, 'session_tokens', 'a:1:{s:64:"c8fde9263093e3febaa120b20a3a534e9fa8fd58b521e5a7168f2e14de7b7e0d";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:11:"84.70.35.60";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (219, 20, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (220, 20, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (221, 21, 'nickname', 'sophie.brown68');
INSERT INTO public.wp_usermeta VALUES (222, 21, 'first_name', 'Sophie');
INSERT INTO public.wp_usermeta VALUES (223, 21, 'last_name', 'Brown');
INSERT INTO public.wp_usermeta VALUES (224, 21, 'billing_phone', '+49 151 64768318');
INSERT INTO public.wp_usermeta VALUES (225, 21, 'billing_address_1', 'Hauptstraße 30');
INSERT INTO public.wp_usermeta VALUES (226, 21, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (227, 21, 'billing_postcode', '50549');
INSERT INTO public.wp_usermeta VALUES (228, 21, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (229, 21, 'session_tokens', 'a:1:{s:64:"863ec8044f4a59da45ce97bb8b9ea7b232a0496873d2d6a6f0ae9748fdf52ed2";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"84.229.101.55";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (230, 21, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (231, 21, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (232, 22, 'nickname', 'liam.weber74');
INSERT INTO public.wp_usermeta VALUES (233, 22, 'first_name', 'Liam');
INSERT INTO public.wp_usermeta VALUES (234, 22, 'last_name', 'Weber');
INSERT INTO public.wp_usermeta VALUES (235, 22, 'billing_phone', '030 55379052');
INSERT INTO public.wp_usermeta VALUES (236, 22, 'billing_address_1', 'Bahnhofstraße 44');
INSERT INTO public.wp_usermeta VALUES (237, 22, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (238, 22, 'billing_postcode', '66236');
INSERT INTO public.wp_usermeta VALUES (239, 22, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (240, 22, 'session_tokens', 'a:1:{s:64:"0687dfe01d38ec6292fe4ab3801256d55359ea6bbd4290f51a284e255a0db9a2";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"62.110.117.29";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (241, 22, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (242, 22, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (243, 23, 'nickname', 'martin.anderson57');
INSERT INTO public.wp_usermeta VALUES (244, 23, 'first_name', 'Martin');
INSERT INTO public.wp_usermeta VALUES (245, 23, 'last_name', 'Anderson');
INSERT INTO public.wp_usermeta VALUES (246, 23, 'billing_phone', '+49 156 61538763');
INSERT INTO public.wp_usermeta VALUES (247, 23, 'billing_address_1', 'Bahnhofstraße 24');
INSERT INTO public.wp_usermeta VALUES (248, 23, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (249, 23, 'billing_postcode', '54151');
INSERT INTO public.wp_usermeta VALUES (250, 23, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (251, 23, 'session_tokens', 'a:1:{s:64:"f26c9a9e2337eeb8aa1312931ba42327404f1025a60e3c7be49fecf3b32495f8";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"212.59.105.56";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (252, 23, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (253, 23, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (254, 24, 'nickname', 'james.brown75');
INSERT INTO public.wp_usermeta VALUES (255, 24, 'first_name', 'James');
INSERT INTO public.wp_usermeta VALUES (256, 24, 'last_name', 'Brown');
INSERT INTO public.wp_usermeta VALUES (257, 24, 'billing_phone', '+49 154 29280698');
INSERT INTO public.wp_usermeta VALUES (258, 24, 'billing_address_1', 'Hauptstraße 50');
INSERT INTO public.wp_usermeta VALUES (259, 24, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (260, 24, 'billing_postcode', '76650');
INSERT INTO public.wp_usermeta VALUES (261, 24, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (262, 24, 'session_tokens', 'a:1:{s:64:"a89b5c9ac4a35a138acaece00a444b5bcf9ef7d69895082a350a1b66f42b212c";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"79.3.121.234";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (263, 24, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (264, 24, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (265, 25, 'nickname', 'lena.martinez83');
INSERT INTO public.wp_usermeta VALUES (266, 25, 'first_name', 'Lena');
INSERT INTO public.wp_usermeta VALUES (267, 25, 'last_name', 'Martínez');
INSERT INTO public.wp_usermeta VALUES (268, 25, 'billing_phone', '+33 6 30 29 50 51');
INSERT INTO public.wp_usermeta VALUES (269, 25, 'billing_address_1', 'Gartenweg 101');
INSERT INTO public.wp_usermeta VALUES (270, 25, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (271, 25, 'billing_postcode', '44702');
INSERT INTO public.wp_usermeta VALUES (272, 25, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (273, 25, 'session_tokens', 'a:1:{s:64:"43f87d53030e462e05b07a8f5bf1312485aa546db371233f173c78f5fdb118b8";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"91.121.19.247";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (274, 25, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (275, 25, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (276, 26, 'nickname', 'martin.novak89');
INSERT INTO public.wp_usermeta VALUES (277, 26, 'first_name', 'Martin');
INSERT INTO public.wp_usermeta VALUES (278, 26, 'last_name', 'Novak');
INSERT INTO public.wp_usermeta VALUES (279, 26, 'billing_phone', '+49 152 37048494');
INSERT INTO public.wp_usermeta VALUES (280, 26, 'billing_address_1', 'Hauptstraße 100');
INSERT INTO public.wp_usermeta VALUES (281, 26, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (282, 26, 'billing_postcode', '86118');
INSERT INTO public.wp_usermeta VALUES (283, 26, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (284, 26, 'session_tokens', 'a:1:{s:64:"837f0d1eb0b5707b4d9d160f2aa7136ab6fb821580eff55f8b43660652ea0bdf";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.37.189.138";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (285, 26, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (286, 26, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (287, 27, 'nickname', 'sophie.garcia10');
INSERT INTO public.wp_usermeta VALUES (288, 27, 'first_name', 'Sophie');
INSERT INTO public.wp_usermeta VALUES (289, 27, 'last_name', 'García');
INSERT INTO public.wp_usermeta VALUES (290, 27, 'billing_phone', '+1 (415) 215-5563');
INSERT INTO public.wp_usermeta VALUES (291, 27, 'billing_address_1', 'Bahnhofstraße 38');
INSERT INTO public.wp_usermeta VALUES (292, 27, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (293, 27, 'billing_postcode', '17404');
INSERT INTO public.wp_usermeta VALUES (294, 27, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (295, 27, 'session_tokens', 'a:1:{s:64:"d18196fc36d944bb7b6bdd300762e45f2e4dc90bcc34e3d2790219a51d9f8170";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"91.134.129.74";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (296, 27, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (297, 27, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (298, 28, 'nickname', 'liam.nielsen44');
INSERT INTO public.wp_usermeta VALUES (299, 28, 'first_name', 'Liam');
INSERT INTO public.wp_usermeta VALUES (300, 28, 'last_name', 'Nielsen');
INSERT INTO public.wp_usermeta VALUES (301, 28, 'billing_phone', '+49 155 38484212');
INSERT INTO public.wp_usermeta VALUES (302, 28, 'billing_address_1', 'Gartenweg 108');
INSERT INTO public.wp_usermeta VALUES (303, 28, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (304, 28, 'billing_postcode', '35315');
INSERT INTO public.wp_usermeta VALUES (305, 28, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (306, 28, 'session_tokens', 'a:1:{s:64:"05e4f692462a2fb5dd8118916c7643d15f940d9c1b25678ea4c7daf38a8f9065";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"62.114.23.116";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (307, 28, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (308, 28, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (309, 29, 'nickname', 'thomas.moreau77');
INSERT INTO public.wp_usermeta VALUES (310, 29, 'first_name', 'Thomas');
INSERT INTO public.wp_usermeta VALUES (311, 29, 'last_name', 'Moreau');
INSERT INTO public.wp_usermeta VALUES (312, 29, 'billing_phone', '+44 7854 967786');
INSERT INTO public.wp_usermeta VALUES (313, 29, 'billing_address_1', 'Rue de la Paix 59');
INSERT INTO public.wp_usermeta VALUES (314, 29, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (315, 29, 'billing_postcode', '69084');
INSERT INTO public.wp_usermeta VALUES (316, 29, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (317, 29, 'session_tokens', 'a:1:{s:64:"838d8f6ff5cc913bdf79188391c149e84207daf3ae2bc2c9e6a66c3b50bbb5ca";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:11:"79.225.84.7";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (318, 29, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (319, 29, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (320, 30, 'nickname', 'lucas.muller29');
INSERT INTO public.wp_usermeta VALUES (321, 30, 'first_name', 'Lucas');
INSERT INTO public.wp_usermeta VALUES (322, 30, 'last_name', 'Müller');
INSERT INTO public.wp_usermeta VALUES (323, 30, 'billing_phone', '+49 151 83070903');
INSERT INTO public.wp_usermeta VALUES (324, 30, 'billing_address_1', 'Gartenweg 88');
INSERT INTO public.wp_usermeta VALUES (325, 30, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (326, 30, 'billing_postcode', '44322');
INSERT INTO public.wp_usermeta VALUES (327, 30, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (328, 30, 'session_tokens', 'a:1:{s:64:"312c0de536a56e129b7a8a9d0d8aec48c07e7955bb2b7e52ac8f2f151739ea04";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"178.156.232.43";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (329, 30, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (330, 30, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (331, 31, 'nickname', 'jan.rossi78');
INSERT INTO public.wp_usermeta VALUES (332, 31, 'first_name', 'Jan');
INSERT INTO public.wp_usermeta VALUES (333, 31, 'last_name', 'Rossi');
INSERT INTO public.wp_usermeta VALUES (334, 31, 'billing_phone', '+33 6 30 32 24 74');
INSERT INTO public.wp_usermeta VALUES (335, 31, 'billing_address_1', 'Gartenweg 62');
INSERT INTO public.wp_usermeta VALUES (336, 31, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (337, 31, 'billing_postcode', '40997');
INSERT INTO public.wp_usermeta VALUES (338, 31, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (339, 31, 'session_tokens', 'a:1:{s:64:"68148b648345037e571f7b18a4900b96acf445fd163d22d768eb085c88fe9879";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"79.149.170.229";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (340, 31, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (341, 31, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (342, 32, 'nickname', 'jonas.taylor56');
INSERT INTO public.wp_usermeta VALUES (343, 32, 'first_name', 'Jonas');
INSERT INTO public.wp_usermeta VALUES (344, 32, 'last_name', 'Taylor');
INSERT INTO public.wp_usermeta VALUES (345, 32, 'billing_phone', '030 46493088');
INSERT INTO public.wp_usermeta VALUES (346, 32, 'billing_address_1', 'Hauptstraße 62');
INSERT INTO public.wp_usermeta VALUES (347, 32, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (348, 32, 'billing_postcode', '15056');
INSERT INTO public.wp_usermeta VALUES (349, 32, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (350, 32, 'session_tokens', 'a:1:{s:64:"4c23815649fbc9619f5ba2c7d06561bbdaa046305a7f039999d4f41b159b63b8";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"91.132.236.231";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (351, 32, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (352, 32, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (353, 33, 'nickname', 'sophie.kowalski99');
INSERT INTO public.wp_usermeta VALUES (354, 33, 'first_name', 'Sophie');
INSERT INTO public.wp_usermeta VALUES (355, 33, 'last_name', 'Kowalski');
INSERT INTO public.wp_usermeta VALUES (356, 33, 'billing_phone', '+49 154 24365277');
INSERT INTO public.wp_usermeta VALUES (357, 33, 'billing_address_1', 'Hauptstraße 83');
INSERT INTO public.wp_usermeta VALUES (358, 33, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (359, 33, 'billing_postcode', '38609');
INSERT INTO public.wp_usermeta VALUES (360, 33, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (361, 33, 'session_tokens', 'a:1:{s:64:"1a0feb6e1d40d1213cc5c37cbc647e094945d7e4ba56c160834407fa4a630855";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.10.138.240";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (362, 33, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (363, 33, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (364, 34, 'nickname', 'sarah.lopez84');
INSERT INTO public.wp_usermeta VALUES (365, 34, 'first_name', 'Sarah');
INSERT INTO public.wp_usermeta VALUES (366, 34, 'last_name', 'López');
INSERT INTO public.wp_usermeta VALUES (367, 34, 'billing_phone', '+1 (312) 757-2316');
INSERT INTO public.wp_usermeta VALUES (368, 34, 'billing_address_1', 'Hauptstraße 42');
INSERT INTO public.wp_usermeta VALUES (369, 34, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (370, 34, 'billing_postcode', '89366');
INSERT INTO public.wp_usermeta VALUES (371, 34, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (372, 34, 'session_tokens', 'a:1:{s:64:"bf5d87c0516834c08e0f811a347dd0e03a577bae9e539b91bd3293ee96a192a3";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"212.173.39.228";s:2:"ua";s:70:"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (373, 34, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (374, 34, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (375, 35, 'nickname', 'olivia.garcia74');
INSERT INTO public.wp_usermeta VALUES (376, 35, 'first_name', 'Olivia');
INSERT INTO public.wp_usermeta VALUES (377, 35, 'last_name', 'García');
INSERT INTO public.wp_usermeta VALUES (378, 35, 'billing_phone', '030 96011919');
INSERT INTO public.wp_usermeta VALUES (379, 35, 'billing_address_1', 'Gartenweg 2');
INSERT INTO public.wp_usermeta VALUES (380, 35, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (381, 35, 'billing_postcode', '88980');
INSERT INTO public.wp_usermeta VALUES (382, 35, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (383, 35, 'session_tokens', 'a:1:{s:64:"4bef93a2e0b011bc5318722306549e48f049442f1f68d2a4d75b6aed20093620";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:12:"62.10.151.60";s:2:"ua";s:111:"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (384, 35, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (385, 35, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (386, 36, 'nickname', 'laura.rossi85');
INSERT INTO public.wp_usermeta VALUES (387, 36, 'first_name', 'Laura');
INSERT INTO public.wp_usermeta VALUES (388, 36, 'last_name', 'Rossi');
INSERT INTO public.wp_usermeta VALUES (389, 36, 'billing_phone', '+1 (206) 472-9987');
INSERT INTO public.wp_usermeta VALUES (390, 36, 'billing_address_1', 'Bahnhofstraße 66');
INSERT INTO public.wp_usermeta VALUES (391, 36, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (392, 36, 'billing_postcode', '52289');
INSERT INTO public.wp_usermeta VALUES (393, 36, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (394, 36, 'session_tokens', 'a:1:{s:64:"c1510ead4a15bf4cc56194525bec3c917e54b677855f7f1a2ec03921ff3cf711";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"79.221.113.73";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (395, 36, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (396, 36, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (397, 37, 'nickname', 'camille.martinez63');
INSERT INTO public.wp_usermeta VALUES (398, 37, 'first_name', 'Camille');
INSERT INTO public.wp_usermeta VALUES (399, 37, 'last_name', 'Martínez');
INSERT INTO public.wp_usermeta VALUES (400, 37, 'billing_phone', '+33 6 63 49 68 34');
INSERT INTO public.wp_usermeta VALUES (401, 37, 'billing_address_1', 'Gartenweg 30');
INSERT INTO public.wp_usermeta VALUES (402, 37, 'billing_city', 'Berlin');
INSERT INTO public.wp_usermeta VALUES (403, 37, 'billing_postcode', '16339');
INSERT INTO public.wp_usermeta VALUES (404, 37, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (405, 37, 'session_tokens', 'a:1:{s:64:"64831b04cd11b2231856bf9f335b0f83408704f2fba8182c18120a01a15d31f6";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:13:"84.35.242.112";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (406, 37, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (407, 37, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (408, 38, 'nickname', 'sarah.nielsen4');
INSERT INTO public.wp_usermeta VALUES (409, 38, 'first_name', 'Sarah');
INSERT INTO public.wp_usermeta VALUES (410, 38, 'last_name', 'Nielsen');
INSERT INTO public.wp_usermeta VALUES (411, 38, 'billing_phone', '030 49073367');
INSERT INTO public.wp_usermeta VALUES (412, 38, 'billing_address_1', 'Rue de la Paix 37');
INSERT INTO public.wp_usermeta VALUES (413, 38, 'billing_city', 'Lyon');
INSERT INTO public.wp_usermeta VALUES (414, 38, 'billing_postcode', '93920');
INSERT INTO public.wp_usermeta VALUES (415, 38, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (416, 38, 'session_tokens', 'a:1:{s:64:"a9b9b04299b9f1360de4388c78df70558b148ea43062507513c65c192d0393eb";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"91.173.116.236";s:2:"ua";s:118:"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (417, 38, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (418, 38, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (419, 39, 'nickname', 'emily.brown46');
INSERT INTO public.wp_usermeta VALUES (420, 39, 'first_name', 'Emily');
INSERT INTO public.wp_usermeta VALUES (421, 39, 'last_name', 'Brown');
INSERT INTO public.wp_usermeta VALUES (422, 39, 'billing_phone', '+33 6 51 22 93 84');
INSERT INTO public.wp_usermeta VALUES (423, 39, 'billing_address_1', 'Rue de la Paix 102');
INSERT INTO public.wp_usermeta VALUES (424, 39, 'billing_city', 'Kassel');
INSERT INTO public.wp_usermeta VALUES (425, 39, 'billing_postcode', '48447');
INSERT INTO public.wp_usermeta VALUES (426, 39, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (427, 39, 'session_tokens', 'a:1:{s:64:"1e28ef931131d44fcfbae845804bb86a38fce6a6104e37cc78ea3c882af342ea";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:14:"62.192.131.226";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (428, 39, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (429, 39, 'wc_last_active', '1711000000');
INSERT INTO public.wp_usermeta VALUES (430, 40, 'nickname', 'chiara.fischer55');
INSERT INTO public.wp_usermeta VALUES (431, 40, 'first_name', 'Chiara');
INSERT INTO public.wp_usermeta VALUES (432, 40, 'last_name', 'Fischer');
INSERT INTO public.wp_usermeta VALUES (433, 40, 'billing_phone', '+33 6 46 78 74 53');
INSERT INTO public.wp_usermeta VALUES (434, 40, 'billing_address_1', 'Gartenweg 62');
INSERT INTO public.wp_usermeta VALUES (435, 40, 'billing_city', 'Hamburg');
INSERT INTO public.wp_usermeta VALUES (436, 40, 'billing_postcode', '64022');
INSERT INTO public.wp_usermeta VALUES (437, 40, 'wp_capabilities', 'a:1:{s:8:"customer";b:1;}');
INSERT INTO public.wp_usermeta VALUES (438, 40, 'session_tokens', 'a:1:{s:64:"5c3855f2de54bb442e1f42bf90aebacf018c2f179b80ed7e704074730097dd91";a:4:{s:10:"expiration";i:1712000000;s:2:"ip";s:15:"178.164.240.222";s:2:"ua";s:135:"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";s:5:"login";i:1711000000;}}');
INSERT INTO public.wp_usermeta VALUES (439, 40, '_woocommerce_persistent_cart_1', 'a:1:{s:4:"cart";a:0:{}}');
INSERT INTO public.wp_usermeta VALUES (440, 40, 'wc_last_active', '1711000000');


--
-- Data for Name: wp_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_users VALUES (1, 'anna.jensen22', '$P$BSp8QdQPGtOcGFOntrzTRNMqLN7.D0u0', 'anna.jensen22', 'anna.jensen22@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Anna Jensen');
INSERT INTO public.wp_users VALUES (2, 'marco.muller91', '$P$BFzohil1gB8kPVukp7LdmjzBX.3zg9X.', 'marco.muller91', 'marco.muller91@posteo.de', '', '2023-06-01 10:00:00', '', 0, 'Marco Müller');
INSERT INTO public.wp_users VALUES (3, 'emma.jensen64', '$P$BZG15bC0tOX5UtZuFuprw5OkKVQCds6d', 'emma.jensen64', 'emma.jensen64@proton.me', '', '2023-06-01 10:00:00', '', 0, 'Emma Jensen');
INSERT INTO public.wp_users VALUES (4, 'lucas.dubois69', '$P$BihYrredyr.EOxC5A3zP7OgGWCFCX22t', 'lucas.dubois69', 'lucas.dubois69@web.de', '', '2023-06-01 10:00:00', '', 0, 'Lucas Dubois');
INSERT INTO public.wp_users VALUES (5, 'camille.muller10', '$P$B6mD5UJ5TraAMeRt7DSDJX1bOGHehF.S', 'camille.muller10', 'camille.muller10@web.de', '', '2023-06-01 10:00:00', '', 0, 'Camille Müller');
INSERT INTO public.wp_users VALUES (6, 'sophie.dubois34', '$P$BzRmBDMBY.mQD9gSrBMlCVeDV11nahVe', 'sophie.dubois34', 'sophie.dubois34@yahoo.fr', '', '2023-06-01 10:00:00', '', 0, 'Sophie Dubois');
INSERT INTO public.wp_users VALUES (7, 'chiara.nielsen62', '$P$B7XCr7CpHHiMxfE1QrvIMnT1Bfgi1j6D', 'chiara.nielsen62', 'chiara.nielsen62@posteo.de', '', '2023-06-01 10:00:00', '', 0, 'Chiara Nielsen');
INSERT INTO public.wp_users VALUES (8, 'carlos.bernard33', '$P$B.ZsXL4.4YzIaYXHdvU9pwiY..y53rht', 'carlos.bernard33', 'carlos.bernard33@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Carlos Bernard');
INSERT INTO public.wp_users VALUES (9, 'martin.dubois62', '$P$BnoeDRU2.b3FV9fyRiAN.J7EDPKne8aq', 'martin.dubois62', 'martin.dubois62@gmx.de', '', '2023-06-01 10:00:00', '', 0, 'Martin Dubois');
INSERT INTO public.wp_users VALUES (10, 'thomas.hoffmann27', '$P$BegNb.bCEnoxyGE6t.cJXiJjX7JoPqyD', 'thomas.hoffmann27', 'thomas.hoffmann27@gmail.com', '', '2023-06-01 10:00:00', '', 0, 'Thomas Hoffmann');
INSERT INTO public.wp_users VALUES (11, 'martin.lambert74', '$P$BMYqvE0wl8cgQ3XT.5xPNgsOb1ekvkqv', 'martin.lambert74', 'martin.lambert74@web.de', '', '2023-06-01 10:00:00', '', 0, 'Martin Lambert');
INSERT INTO public.wp_users VALUES (12, 'pierre.muller32', '$P$BAOokVDCyOSsQUKOgQxILatnJPSgaucM', 'pierre.muller32', 'pierre.muller32@web.de', '', '2023-06-01 10:00:00', '', 0, 'Pierre Müller');
INSERT INTO public.wp_users VALUES (13, 'david.dubois83', '$P$BEJIYCY.W6gkYELnboiCZLI2pZGRlF0F', 'david.dubois83', 'david.dubois83@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'David Dubois');
INSERT INTO public.wp_users VALUES (14, 'maria.taylor12', '$P$BcHFPK.ckUXX2VHJVUR4hJ.doYtp5n.V', 'maria.taylor12', 'maria.taylor12@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Maria Taylor');
INSERT INTO public.wp_users VALUES (15, 'jan.rossi69', '$P$BRqKGtpIfwShK9rk6quw06IhBl9UXkWf', 'jan.rossi69', 'jan.rossi69@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Jan Rossi');
INSERT INTO public.wp_users VALUES (16, 'david.johnson88', '$P$BI1yaJDeFWO.OhvvMx6BDKgDSKKVU4Kp', 'david.johnson88', 'david.johnson88@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'David Johnson');
INSERT INTO public.wp_users VALUES (17, 'james.lambert60', '$P$B.mFrfmDc1E5RM3S5su4dx6VfzhXsnnj', 'james.lambert60', 'james.lambert60@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'James Lambert');
INSERT INTO public.wp_users VALUES (18, 'pierre.taylor77', '$P$Bl835KZrsE.Y.01tzrSfyeA9mCkWyIcg', 'pierre.taylor77', 'pierre.taylor77@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Pierre Taylor');
INSERT INTO public.wp_users VALUES (19, 'james.moreau97', '$P$BR2M9g.ERW5ehT6gVcr5NwLmkXhHnMMX', 'james.moreau97', 'james.moreau97@yahoo.fr', '', '2023-06-01 10:00:00', '', 0, 'James Moreau');
INSERT INTO public.wp_users VALUES (20, 'james.brown7', '$P$BNuBS3hSb.D.l3z1o9ht.0zKmmcRAgKj', 'james.brown7', 'james.brown7@posteo.de', '', '2023-06-01 10:00:00', '', 0, 'James Brown');
INSERT INTO public.wp_users VALUES (21, 'sophie.brown68', '$P$BhznB6.zufrUiZMsgP80FwLFUozET70.', 'sophie.brown68', 'sophie.brown68@gmail.com', '', '2023-06-01 10:00:00', '', 0, 'Sophie Brown');
INSERT INTO public.wp_users VALUES (22, 'liam.weber74', '$P$B1wM8bJ6CGUzAkMEad7CiMW7X8MLN0F.', 'liam.weber74', 'liam.weber74@yahoo.fr', '', '2023-06-01 10:00:00', '', 0, 'Liam Weber');
INSERT INTO public.wp_users VALUES (23, 'martin.anderson57', '$P$BbBXP2D3frsOvNM8I0YQHMIZEaDxda5G', 'martin.anderson57', 'martin.anderson57@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Martin Anderson');
INSERT INTO public.wp_users VALUES (24, 'james.brown75', '$P$BCBJ9TryaNbg.t62sSHPCJlJWIm038qx', 'james.brown75', 'james.brown75@gmail.com', '', '2023-06-01 10:00:00', '', 0, 'James Brown');
INSERT INTO public.wp_users VALUES (25, 'lena.martinez83', '$P$BK025pnwp25BMYupAsjl4J66G0zO7BL.', 'lena.martinez83', 'lena.martinez83@proton.me', '', '2023-06-01 10:00:00', '', 0, 'Lena Martínez');
INSERT INTO public.wp_users VALUES (26, 'martin.novak89', '$P$BuQlWOI5js4.7zIobLYQnM4AqWv403uy', 'martin.novak89', 'martin.novak89@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Martin Novak');
INSERT INTO public.wp_users VALUES (27, 'sophie.garcia10', '$P$BgWVcfp8TZtMp3HimXHLOiUMASVAf1y2', 'sophie.garcia10', 'sophie.garcia10@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Sophie García');
INSERT INTO public.wp_users VALUES (28, 'liam.nielsen44', '$P$BsWi0jPj7NSWa1oB6vrGwCOfjP.4FUHv', 'liam.nielsen44', 'liam.nielsen44@yahoo.fr', '', '2023-06-01 10:00:00', '', 0, 'Liam Nielsen');
INSERT INTO public.wp_users VALUES (29, 'thomas.moreau77', '$P$BEIoAdhbp7hQPya2msaJ20rqTnHNnlFE', 'thomas.moreau77', 'thomas.moreau77@posteo.de', '', '2023-06-01 10:00:00', '', 0, 'Thomas Moreau');
INSERT INTO public.wp_users VALUES (30, 'lucas.muller29', '$P$BA2L6n3bQu1eBA8g2DxUSxCa95CzZE38', 'lucas.muller29', 'lucas.muller29@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Lucas Müller');
INSERT INTO public.wp_users VALUES (31, 'jan.rossi78', '$P$BG0UBZGc91qne.44S09BS2LNWE.lySFM', 'jan.rossi78', 'jan.rossi78@posteo.de', '', '2023-06-01 10:00:00', '', 0, 'Jan Rossi');
INSERT INTO public.wp_users VALUES (32, 'jonas.taylor56', '$P$Bx41AuamZ5DB8iV4C.QoZK7vDy90qg1v', 'jonas.taylor56', 'jonas.taylor56@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Jonas Taylor');
INSERT INTO public.wp_users VALUES (33, 'sophie.kowalski99', '$P$BO9HgtWhpRhs3cymKWqxNDeaUCh.4gKI', 'sophie.kowalski99', 'sophie.kowalski99@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Sophie Kowalski');
INSERT INTO public.wp_users VALUES (34, 'sarah.lopez84', '$P$Bfr6wbCSBJE.g9JOCffw1VAyVv0rLKn.', 'sarah.lopez84', 'sarah.lopez84@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Sarah López');
INSERT INTO public.wp_users VALUES (35, 'olivia.garcia74', '$P$B8cwPZrlqUEe528pWyq1gZVzzpOKn1yW', 'olivia.garcia74', 'olivia.garcia74@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Olivia García');
INSERT INTO public.wp_users VALUES (36, 'laura.rossi85', '$P$Ba9gI3KKtvjWc8ZxH7P2o.DqqRSib7Dd', 'laura.rossi85', 'laura.rossi85@gmx.de', '', '2023-06-01 10:00:00', '', 0, 'Laura Rossi');
INSERT INTO public.wp_users VALUES (37, 'camille.martinez63', '$P$B3hFWVjhF5ZAddDgimA1R9VgC..DU2Qv', 'camille.martinez63', 'camille.martinez63@yahoo.fr', '', '2023-06-01 10:00:00', '', 0, 'Camille Martínez');
INSERT INTO public.wp_users VALUES (38, 'sarah.nielsen4', '$P$Be65QVmFH0.msjPwxzPUU.eKX7feemdm', 'sarah.nielsen4', 'sarah.nielsen4@outlook.com', '', '2023-06-01 10:00:00', '', 0, 'Sarah Nielsen');
INSERT INTO public.wp_users VALUES (39, 'emily.brown46', '$P$BiWeK.6EZJ3863YkcRW9Mec85Us0V4zY', 'emily.brown46', 'emily.brown46@hotmail.com', '', '2023-06-01 10:00:00', '', 0, 'Emily Brown');
INSERT INTO public.wp_users VALUES (40, 'chiara.fischer55', '$P$BMZUBvowdkS..7091Ue3XNF4wZOfLXxe', 'chiara.fischer55', 'chiara.fischer55@icloud.com', '', '2023-06-01 10:00:00', '', 0, 'Chiara Fischer');


--
-- Data for Name: wp_wc_order_addresses; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_wc_order_addresses VALUES (1, 100, 'billing', 'David', 'Brown', '', 'Gartenweg 72', '', 'Kassel', '', '50840', 'DE', 'david.brown30@gmx.de', '+49 152 76714839');
INSERT INTO public.wp_wc_order_addresses VALUES (2, 101, 'billing', 'Lucas', 'Brown', '', 'Gartenweg 45', '', 'Kassel', '', '15960', 'DE', 'lucas.brown61@icloud.com', '+1 (415) 360-3303');
INSERT INTO public.wp_wc_order_addresses VALUES (3, 102, 'billing', 'David', 'Brown', '', 'Gartenweg 2', '', 'Kassel', '', '52930', 'DE', 'david.brown72@posteo.de', '+49 154 64098672');
INSERT INTO public.wp_wc_order_addresses VALUES (4, 103, 'billing', 'Pierre', 'Novak', '', 'Gartenweg 62', '', 'Kassel', '', '81232', 'DE', 'pierre.novak27@gmx.de', '+1 (617) 585-9185');
INSERT INTO public.wp_wc_order_addresses VALUES (5, 104, 'billing', 'James', 'Moreau', '', 'Gartenweg 65', '', 'Kassel', '', '60613', 'DE', 'james.moreau72@posteo.de', '+49 156 76537428');
INSERT INTO public.wp_wc_order_addresses VALUES (6, 105, 'billing', 'Thomas', 'Richter', '', 'Gartenweg 90', '', 'Kassel', '', '30182', 'DE', 'thomas.richter45@gmx.de', '+1 (415) 260-1855');
INSERT INTO public.wp_wc_order_addresses VALUES (7, 106, 'billing', 'Lucia', 'Kowalski', '', 'Gartenweg 10', '', 'Kassel', '', '82731', 'DE', 'lucia.kowalski24@outlook.com', '+44 7930 851220');
INSERT INTO public.wp_wc_order_addresses VALUES (8, 107, 'billing', 'Julia', 'Moreau', '', 'Gartenweg 37', '', 'Kassel', '', '90324', 'DE', 'julia.moreau47@web.de', '+49 152 44612741');
INSERT INTO public.wp_wc_order_addresses VALUES (9, 108, 'billing', 'David', 'Johnson', '', 'Gartenweg 36', '', 'Kassel', '', '88250', 'DE', 'david.johnson49@outlook.com', '+49 154 48946867');
INSERT INTO public.wp_wc_order_addresses VALUES (10, 109, 'billing', 'Pierre', 'Moreau', '', 'Gartenweg 42', '', 'Kassel', '', '31769', 'DE', 'pierre.moreau67@proton.me', '+1 (415) 621-2183');
INSERT INTO public.wp_wc_order_addresses VALUES (11, 110, 'billing', 'Chiara', 'Williams', '', 'Gartenweg 89', '', 'Kassel', '', '44341', 'DE', 'chiara.williams72@yahoo.fr', '+49 156 41915275');
INSERT INTO public.wp_wc_order_addresses VALUES (12, 111, 'billing', 'David', 'García', '', 'Gartenweg 81', '', 'Kassel', '', '44525', 'DE', 'david.garcia58@proton.me', '+1 (212) 376-3050');
INSERT INTO public.wp_wc_order_addresses VALUES (13, 112, 'billing', 'Marco', 'Anderson', '', 'Gartenweg 74', '', 'Kassel', '', '25952', 'DE', 'marco.anderson66@posteo.de', '+49 152 86656295');
INSERT INTO public.wp_wc_order_addresses VALUES (14, 113, 'billing', 'Mia', 'Martínez', '', 'Gartenweg 49', '', 'Kassel', '', '80388', 'DE', 'mia.martinez69@gmx.de', '+33 6 34 71 11 51');
INSERT INTO public.wp_wc_order_addresses VALUES (15, 114, 'billing', 'Julia', 'Lambert', '', 'Gartenweg 26', '', 'Kassel', '', '00988', 'DE', 'julia.lambert88@proton.me', '+33 6 56 70 85 54');
INSERT INTO public.wp_wc_order_addresses VALUES (16, 115, 'billing', 'Julia', 'Novak', '', 'Gartenweg 78', '', 'Kassel', '', '55246', 'DE', 'julia.novak66@hotmail.com', '+44 7659 460283');
INSERT INTO public.wp_wc_order_addresses VALUES (17, 116, 'billing', 'Lena', 'Bernard', '', 'Gartenweg 55', '', 'Kassel', '', '36829', 'DE', 'lena.bernard41@yahoo.fr', '030 89896116');
INSERT INTO public.wp_wc_order_addresses VALUES (18, 117, 'billing', 'Camille', 'Lambert', '', 'Gartenweg 48', '', 'Kassel', '', '06961', 'DE', 'camille.lambert89@web.de', '+44 7439 858284');
INSERT INTO public.wp_wc_order_addresses VALUES (19, 118, 'billing', 'Sarah', 'Becker', '', 'Gartenweg 69', '', 'Kassel', '', '36013', 'DE', 'sarah.becker23@icloud.com', '+44 7718 673701');
INSERT INTO public.wp_wc_order_addresses VALUES (20, 119, 'billing', 'Laura', 'García', '', 'Gartenweg 82', '', 'Kassel', '', '90412', 'DE', 'laura.garcia72@proton.me', '+49 157 94692658');
INSERT INTO public.wp_wc_order_addresses VALUES (21, 120, 'billing', 'Sophie', 'Anderson', '', 'Gartenweg 81', '', 'Kassel', '', '08424', 'DE', 'sophie.anderson35@gmail.com', '030 96420502');
INSERT INTO public.wp_wc_order_addresses VALUES (22, 121, 'billing', 'Lena', 'López', '', 'Gartenweg 74', '', 'Kassel', '', '28047', 'DE', 'lena.lopez83@yahoo.fr', '+49 151 56180691');
INSERT INTO public.wp_wc_order_addresses VALUES (23, 122, 'billing', 'Lucia', 'Becker', '', 'Gartenweg 44', '', 'Kassel', '', '75360', 'DE', 'lucia.becker38@web.de', '+49 153 59364121');
INSERT INTO public.wp_wc_order_addresses VALUES (24, 123, 'billing', 'Daniel', 'Lambert', '', 'Gartenweg 12', '', 'Kassel', '', '26431', 'DE', 'daniel.lambert60@gmx.de', '030 98041928');
INSERT INTO public.wp_wc_order_addresses VALUES (25, 124, 'billing', 'Julia', 'Fischer', '', 'Gartenweg 97', '', 'Kassel', '', '65826', 'DE', 'julia.fischer68@gmx.de', '030 97951358');
INSERT INTO public.wp_wc_order_addresses VALUES (26, 125, 'billing', 'Olivia', 'Schmidt', '', 'Gartenweg 1', '', 'Kassel', '', '07788', 'DE', 'olivia.schmidt90@hotmail.com', '+1 (617) 218-4518');
INSERT INTO public.wp_wc_order_addresses VALUES (27, 126, 'billing', 'Lena', 'López', '', 'Gartenweg 5', '', 'Kassel', '', '27650', 'DE', 'lena.lopez70@icloud.com', '+1 (206) 540-5497');
INSERT INTO public.wp_wc_order_addresses VALUES (28, 127, 'billing', 'Lucia', 'Moreau', '', 'Gartenweg 78', '', 'Kassel', '', '21233', 'DE', 'lucia.moreau16@proton.me', '+1 (415) 872-8009');
INSERT INTO public.wp_wc_order_addresses VALUES (29, 128, 'billing', 'Lucas', 'Johnson', '', 'Gartenweg 58', '', 'Kassel', '', '09843', 'DE', 'lucas.johnson50@hotmail.com', '+33 6 17 82 65 85');
INSERT INTO public.wp_wc_order_addresses VALUES (30, 129, 'billing', 'Lukas', 'Kowalski', '', 'Gartenweg 58', '', 'Kassel', '', '07157', 'DE', 'lukas.kowalski22@posteo.de', '030 57954769');
INSERT INTO public.wp_wc_order_addresses VALUES (31, 130, 'billing', 'Jonas', 'Dubois', '', 'Gartenweg 10', '', 'Kassel', '', '07831', 'DE', 'jonas.dubois91@proton.me', '+44 7620 189739');
INSERT INTO public.wp_wc_order_addresses VALUES (32, 131, 'billing', 'Emma', 'Johnson', '', 'Gartenweg 1', '', 'Kassel', '', '74467', 'DE', 'emma.johnson20@gmail.com', '030 96636164');
INSERT INTO public.wp_wc_order_addresses VALUES (33, 132, 'billing', 'Carlos', 'Martínez', '', 'Gartenweg 8', '', 'Kassel', '', '38222', 'DE', 'carlos.martinez5@gmx.de', '030 84419574');
INSERT INTO public.wp_wc_order_addresses VALUES (34, 133, 'billing', 'Laura', 'Bernard', '', 'Gartenweg 60', '', 'Kassel', '', '43016', 'DE', 'laura.bernard88@yahoo.fr', '+1 (415) 371-2310');
INSERT INTO public.wp_wc_order_addresses VALUES (35, 134, 'billing', 'Lucas', 'Rossi', '', 'Gartenweg 56', '', 'Kassel', '', '83005', 'DE', 'lucas.rossi34@proton.me', '+49 155 86522732');
INSERT INTO public.wp_wc_order_addresses VALUES (36, 135, 'billing', 'Laura', 'Bernard', '', 'Gartenweg 67', '', 'Kassel', '', '60908', 'DE', 'laura.bernard46@gmx.de', '+49 154 41134185');
INSERT INTO public.wp_wc_order_addresses VALUES (37, 136, 'billing', 'Lukas', 'Brown', '', 'Gartenweg 82', '', 'Kassel', '', '27259', 'DE', 'lukas.brown66@yahoo.fr', '030 69131697');
INSERT INTO public.wp_wc_order_addresses VALUES (38, 137, 'billing', 'Olivia', 'López', '', 'Gartenweg 62', '', 'Kassel', '', '25276', 'DE', 'olivia.lopez30@posteo.de', '+33 6 37 87 61 54');
INSERT INTO public.wp_wc_order_addresses VALUES (39, 138, 'billing', 'Lucia', 'Dubois', '', 'Gartenweg 94', '', 'Kassel', '', '72973', 'DE', 'lucia.dubois91@gmx.de', '+44 7618 249842');
INSERT INTO public.wp_wc_order_addresses VALUES (40, 139, 'billing', 'Pierre', 'Richter', '', 'Gartenweg 66', '', 'Kassel', '', '52843', 'DE', 'pierre.richter41@hotmail.com', '+44 7493 106779');


--
-- Data for Name: wp_wc_orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_wc_orders VALUES (100, 'wc-completed', 'EUR', 1299.00000000, 21, 'david.brown30@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_C7I9g7OVXdOxJmNVVMR17bZJ', '178.179.138.8', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (101, 'wc-completed', 'EUR', 1299.00000000, 22, 'lucas.brown61@icloud.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_NH42qYDZs19Ydoo5q4pwB4Bx', '62.12.232.129', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (102, 'wc-completed', 'EUR', 1299.00000000, 23, 'david.brown72@posteo.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_U7IMXPs2ESLJFHUaPqVyJ3Uj', '178.12.104.31', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (103, 'wc-completed', 'EUR', 1299.00000000, 24, 'pierre.novak27@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_TitbXPgWdiyRn312ZJcLNj1w', '178.200.210.23', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (104, 'wc-completed', 'EUR', 1299.00000000, 25, 'james.moreau72@posteo.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_bWiK0pqW5ouWM4bdtMeYBTSS', '109.189.94.191', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (105, 'wc-completed', 'EUR', 1299.00000000, 26, 'thomas.richter45@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_0CW2n6upikKRMBN4htxVJgAO', '84.104.24.90', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (106, 'wc-completed', 'EUR', 1299.00000000, 27, 'lucia.kowalski24@outlook.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_NfQLDXqsJQgCOi5YZhw3bj6C', '212.201.171.134', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (107, 'wc-completed', 'EUR', 1299.00000000, 28, 'julia.moreau47@web.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_QtiXMJXzOMkowwWCCnXSOWQQ', '91.98.60.110', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (108, 'wc-completed', 'EUR', 1299.00000000, 29, 'david.johnson49@outlook.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_XDmbDv6Bca3peCchwyBifbwR', '178.208.148.193', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (109, 'wc-completed', 'EUR', 1299.00000000, 30, 'pierre.moreau67@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_ZUevgKTNhN4THOBqBBFd9YiV', '84.40.143.207', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (110, 'wc-completed', 'EUR', 1299.00000000, 31, 'chiara.williams72@yahoo.fr', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_3khwMajAWv6SQR1j208OSyov', '84.164.36.93', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (111, 'wc-completed', 'EUR', 1299.00000000, 32, 'david.garcia58@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_scmc5agaAmZnbxiJKevMQtpe', '79.246.52.206', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (112, 'wc-completed', 'EUR', 1299.00000000, 33, 'marco.anderson66@posteo.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_gT9bKJqz6ikSZwnqCajL5NRk', '91.3.238.182', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (113, 'wc-completed', 'EUR', 1299.00000000, 34, 'mia.martinez69@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_y9SKK3yxPQEWdDEkc6wQ7ASp', '109.199.58.190', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (114, 'wc-completed', 'EUR', 1299.00000000, 35, 'julia.lambert88@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_5M3UiKsTouwrM2PNNi5kSceL', '91.55.178.219', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (115, 'wc-completed', 'EUR', 1299.00000000, 36, 'julia.novak66@hotmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_AlMzMCurj1d4DXctAX1NJ58F', '178.120.15.133', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (116, 'wc-completed', 'EUR', 1299.00000000, 37, 'lena.bernard41@yahoo.fr', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_n6U3lavyN6t8MqgJ1rdkocSG', '212.47.120.39', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (117, 'wc-completed', 'EUR', 1299.00000000, 38, 'camille.lambert89@web.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_9Um2sUfxUWK8GPuHIsSb8QiX', '178.84.194.127', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (118, 'wc-completed', 'EUR', 1299.00000000, 39, 'sarah.becker23@icloud.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_i0EzQ9ycXXJq7s88ksOJddb5', '91.229.135.164', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (119, 'wc-completed', 'EUR', 1299.00000000, 40, 'laura.garcia72@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_P9wZPCI55ilZfdUXqZ1zlfhn', '84.44.119.184', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (120, 'wc-completed', 'EUR', 1299.00000000, 1, 'sophie.anderson35@gmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_UOzmS3xaTTuqlR0hNJYD3CvB', '109.103.30.4', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (121, 'wc-completed', 'EUR', 1299.00000000, 2, 'lena.lopez83@yahoo.fr', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_W9k8x7Rr6fsTHIKhvPV9MraN', '109.184.104.189', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (122, 'wc-completed', 'EUR', 1299.00000000, 3, 'lucia.becker38@web.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_NC5BjfyuXP3jyYtAfHLcxBEi', '212.47.113.222', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (123, 'wc-completed', 'EUR', 1299.00000000, 4, 'daniel.lambert60@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_X2LMvLpBz7KUFjeXMCSqskLL', '109.5.64.185', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (124, 'wc-completed', 'EUR', 1299.00000000, 5, 'julia.fischer68@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_ezh9nER74CLxgB2mNUzQSYQE', '79.22.190.132', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (125, 'wc-completed', 'EUR', 1299.00000000, 6, 'olivia.schmidt90@hotmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_wEFG1ALFLb2BWXRW0wVqIdip', '91.121.89.13', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (126, 'wc-completed', 'EUR', 1299.00000000, 7, 'lena.lopez70@icloud.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_OeFTBb91fLy8nWRh8A17dM1x', '178.97.64.86', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (127, 'wc-completed', 'EUR', 1299.00000000, 8, 'lucia.moreau16@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_mysTk1Xd4pv8ltaZE4Y5YeuN', '178.233.68.35', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (128, 'wc-completed', 'EUR', 1299.00000000, 9, 'lucas.johnson50@hotmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_SAMtdocOYDCV7A7ziXSvLRRb', '84.148.65.81', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (129, 'wc-completed', 'EUR', 1299.00000000, 10, 'lukas.kowalski22@posteo.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_BxkTJljcEnHTfD1T7XoONB1N', '91.73.61.153', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (130, 'wc-completed', 'EUR', 1299.00000000, 11, 'jonas.dubois91@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_Yjh4cSfvbkkluzuqyYZH9JOl', '79.10.188.189', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');
INSERT INTO public.wp_wc_orders VALUES (131, 'wc-completed', 'EUR', 1299.00000000, 12, 'emma.johnson20@gmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_X9UpmLVWOLqzwL7ZP3jV51IQ', '79.186.74.250', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (132, 'wc-completed', 'EUR', 1299.00000000, 13, 'carlos.martinez5@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_uXndReJjLRJbIULjCK8Y3oc9', '212.190.148.127', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (133, 'wc-completed', 'EUR', 1299.00000000, 14, 'laura.bernard88@yahoo.fr', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_sF3Fiut0UN7KLYYDrSJpp7YC', '62.193.1.37', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (134, 'wc-completed', 'EUR', 1299.00000000, 15, 'lucas.rossi34@proton.me', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_VABEdcCcOLz4Ixk3onbpSoM5', '109.155.89.157', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (135, 'wc-completed', 'EUR', 1299.00000000, 16, 'laura.bernard46@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_L4AVZ3NR8Lf3C7SuBLl6rISn', '109.173.158.141', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (136, 'wc-completed', 'EUR', 1299.00000000, 17, 'lukas.brown66@yahoo.fr', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_ejKZUfPO4Stg6Tq1BxN9fy2w', '109.238.85.4', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '');
INSERT INTO public.wp_wc_orders VALUES (137, 'wc-completed', 'EUR', 1299.00000000, 18, 'olivia.lopez30@posteo.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_lbOcFPBEOtliEqGtduoX1aIF', '84.83.122.112', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '');
INSERT INTO public.wp_wc_orders VALUES (138, 'wc-completed', 'EUR', 1299.00000000, 19, 'lucia.dubois91@gmx.de', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_N1mppkfgfBjV5fyzwdjyzSmV', '178.36.59.73', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '');
INSERT INTO public.wp_wc_orders VALUES (139, 'wc-completed', 'EUR', 1299.00000000, 20, 'pierre.richter41@hotmail.com', '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', 'pi_k4I7VaV5L7jueFd1vFJ8OApz', '212.66.89.36', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '');


--
-- Data for Name: wp_woocommerce_api_keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.wp_woocommerce_api_keys VALUES (1, 1, 'ERP sync', 'read_write', '9448a0320b00cb8c9b3f722ee37dde596304f155e955953fd114c600f66c34b2', 'cs_48be4f9a0b623c60469229dc29164640eeb7244a', NULL, 'y6wdpfx', '2024-03-01 00:00:00');


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


