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
-- Name: api_keys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_keys (
    id integer NOT NULL,
    user_id integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    allowed_ips inet[],
    hidden boolean DEFAULT false NOT NULL,
    last_used_at timestamp without time zone,
    revoked_at timestamp without time zone,
    description text,
    key_hash character varying NOT NULL,
    truncated_key character varying NOT NULL
);


ALTER TABLE public.api_keys OWNER TO postgres;

--
-- Name: email_logs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.email_logs (
    id integer NOT NULL,
    to_address character varying NOT NULL,
    email_type character varying NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    post_id integer,
    bounced boolean DEFAULT false NOT NULL,
    message_id character varying,
    smtp_transaction_response character varying(500)
);


ALTER TABLE public.email_logs OWNER TO postgres;

--
-- Name: email_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.email_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying NOT NULL,
    confirmed boolean DEFAULT false NOT NULL,
    expired boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    token_hash character varying NOT NULL,
    scope integer
);


ALTER TABLE public.email_tokens OWNER TO postgres;

--
-- Name: groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.groups (
    id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    automatic boolean DEFAULT false NOT NULL,
    user_count integer DEFAULT 0 NOT NULL,
    incoming_email character varying,
    full_name character varying,
    smtp_server character varying,
    smtp_port integer,
    smtp_ssl_mode integer DEFAULT 0 NOT NULL,
    imap_server character varying,
    imap_port integer,
    imap_ssl boolean,
    imap_mailbox_name character varying DEFAULT ''::character varying NOT NULL,
    email_username character varying,
    email_password character varying,
    email_from_alias character varying,
    smtp_enabled boolean DEFAULT false,
    imap_enabled boolean DEFAULT false
);


ALTER TABLE public.groups OWNER TO postgres;

--
-- Name: incoming_emails; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.incoming_emails (
    id integer NOT NULL,
    user_id integer,
    topic_id integer,
    post_id integer,
    raw text,
    error text,
    message_id text,
    from_address text,
    to_addresses text,
    cc_addresses text,
    subject text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_bounce boolean DEFAULT false NOT NULL,
    created_via integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.incoming_emails OWNER TO postgres;

--
-- Name: posts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.posts (
    id integer NOT NULL,
    user_id integer,
    topic_id integer NOT NULL,
    post_number integer NOT NULL,
    raw text NOT NULL,
    cooked text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reply_count integer DEFAULT 0 NOT NULL,
    post_type integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.posts OWNER TO postgres;

--
-- Name: remote_themes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.remote_themes (
    id integer NOT NULL,
    remote_url character varying NOT NULL,
    remote_version character varying,
    local_version character varying,
    about_url character varying,
    license_url character varying,
    commits_behind integer,
    remote_updated_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    private_key text,
    branch character varying,
    last_error_text text
);


ALTER TABLE public.remote_themes OWNER TO postgres;

--
-- Name: site_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.site_settings (
    id integer NOT NULL,
    name character varying NOT NULL,
    data_type integer NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.site_settings OWNER TO postgres;

--
-- Name: user_associated_accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_associated_accounts (
    id bigint NOT NULL,
    provider_name character varying NOT NULL,
    provider_uid character varying NOT NULL,
    user_id integer,
    last_used timestamp without time zone NOT NULL,
    info jsonb DEFAULT '{}'::jsonb NOT NULL,
    credentials jsonb DEFAULT '{}'::jsonb NOT NULL,
    extra jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.user_associated_accounts OWNER TO postgres;

--
-- Name: user_auth_token_logs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_auth_token_logs (
    id integer NOT NULL,
    action character varying NOT NULL,
    user_auth_token_id integer,
    user_id integer,
    client_ip inet,
    user_agent character varying,
    auth_token character varying,
    created_at timestamp without time zone,
    path character varying
);


ALTER TABLE public.user_auth_token_logs OWNER TO postgres;

--
-- Name: user_auth_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_auth_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    auth_token character varying NOT NULL,
    prev_auth_token character varying NOT NULL,
    user_agent character varying,
    auth_token_seen boolean DEFAULT false NOT NULL,
    client_ip inet,
    rotated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    seen_at timestamp without time zone,
    authenticated_with_oauth boolean DEFAULT false
);


ALTER TABLE public.user_auth_tokens OWNER TO postgres;

--
-- Name: user_emails; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_emails (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying(513) NOT NULL,
    "primary" boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    normalized_email character varying
);


ALTER TABLE public.user_emails OWNER TO postgres;

--
-- Name: user_histories; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_histories (
    id integer NOT NULL,
    action integer NOT NULL,
    acting_user_id integer,
    target_user_id integer,
    details text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    context character varying,
    ip_address character varying,
    email character varying,
    subject text,
    previous_value text,
    new_value text,
    admin_only boolean DEFAULT false
);


ALTER TABLE public.user_histories OWNER TO postgres;

--
-- Name: user_passwords; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_passwords (
    id integer NOT NULL,
    user_id integer NOT NULL,
    password_hash character varying(64) NOT NULL,
    password_salt character varying(32) NOT NULL,
    password_algorithm character varying(64) NOT NULL,
    password_expired_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.user_passwords OWNER TO postgres;

--
-- Name: user_profiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_profiles (
    user_id integer NOT NULL,
    location character varying(3000),
    website character varying(3000),
    bio_raw text,
    bio_cooked text,
    views integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.user_profiles OWNER TO postgres;

--
-- Name: user_second_factors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_second_factors (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    method integer NOT NULL,
    data character varying NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    last_used timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying
);


ALTER TABLE public.user_second_factors OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(60) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    seen_notification_id integer DEFAULT 0 NOT NULL,
    last_posted_at timestamp without time zone,
    active boolean DEFAULT false NOT NULL,
    username_lower character varying(60) NOT NULL,
    last_seen_at timestamp without time zone,
    admin boolean DEFAULT false NOT NULL,
    trust_level integer NOT NULL,
    approved boolean DEFAULT false NOT NULL,
    ip_address inet,
    moderator boolean DEFAULT false,
    title character varying,
    locale character varying(10),
    registration_ip_address inet,
    staged boolean DEFAULT false NOT NULL,
    first_seen_at timestamp without time zone,
    secure_identifier character varying
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: web_hook_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.web_hook_events (
    id integer NOT NULL,
    web_hook_id integer NOT NULL,
    headers character varying,
    payload text,
    status integer DEFAULT 0,
    response_headers character varying,
    response_body text,
    duration integer DEFAULT 0,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.web_hook_events OWNER TO postgres;

--
-- Name: web_hooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.web_hooks (
    id integer NOT NULL,
    payload_url character varying NOT NULL,
    content_type integer DEFAULT 1 NOT NULL,
    last_delivery_status integer DEFAULT 1 NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    secret character varying DEFAULT ''::character varying,
    wildcard_web_hook boolean DEFAULT false NOT NULL,
    verify_certificate boolean DEFAULT true NOT NULL,
    active boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.web_hooks OWNER TO postgres;

--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.api_keys VALUES (1, NULL, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2024-03-01 10:00:00', NULL, 'Backup-Skript', 'ca1d0f9a40d392235dcbc06bc83665d5d7fa7f057475707100c7c6d24d0f231b', '2d6a');
INSERT INTO public.api_keys VALUES (2, 2, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '{192.0.2.0/24}', false, '2024-03-01 10:00:00', NULL, 'Zapier', '00cb7eeb070c49d69d8a35706054a0dcacac8d755a0f0160145d195c1dcc7f43', '1f55');
INSERT INTO public.api_keys VALUES (3, 3, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2024-03-01 10:00:00', NULL, 'Chat-Bridge', 'fdd8a25ca773130097bb6dc21a8286349f6f7bf96e7adbb48739b3931ed24c11', '0db9');


--
-- Data for Name: email_logs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.email_logs VALUES (1, 'user3@example.com', 'forgot_password', 3, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '06561bbd-aa04-4630-a5a7-f039999d4f41@forum.example.com', '250 2.0.0 Ok: queued as WDKTWNHWQN');
INSERT INTO public.email_logs VALUES (2, 'user4@example.com', 'user_posted', 4, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '6f939175-983b-4cd0-a8f3-f18b58a48bd7@forum.example.com', '250 2.0.0 Ok: queued as ZTFLVYGBPN');
INSERT INTO public.email_logs VALUES (3, 'user5@example.com', 'user_posted', 5, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '08fe8220-be4d-490f-a1a0-feb6e1d40d12@forum.example.com', '250 2.0.0 Ok: queued as DHYYKZGOYW');
INSERT INTO public.email_logs VALUES (4, 'user6@example.com', 'forgot_password', 6, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '647e0949-45d7-4e4b-aa56-c160834407fa@forum.example.com', '250 2.0.0 Ok: queued as IVNHAQKKYS');
INSERT INTO public.email_logs VALUES (5, 'user7@example.com', 'signup', 7, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'd9c9b27a-2e7a-4ec6-a040-21f8f23077cd@forum.example.com', '250 2.0.0 Ok: queued as KAZKX2VFFT');
INSERT INTO public.email_logs VALUES (6, 'user8@example.com', 'forgot_password', 8, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '05dee6aa-bf5d-487c-a051-6834c08e0f81@forum.example.com', '250 2.0.0 Ok: queued as DUGIO22A4B');
INSERT INTO public.email_logs VALUES (7, 'user9@example.com', 'digest', 9, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'a577bae9-e539-4b91-abd3-293ee96a192a@forum.example.com', '250 2.0.0 Ok: queued as HQGFXU46TB');
INSERT INTO public.email_logs VALUES (8, 'user10@example.com', 'digest', 10, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '1e2e9093-f7c3-46a9-aa51-7edfa5cad865@forum.example.com', '250 2.0.0 Ok: queued as ZZUHFT2ZLW');
INSERT INTO public.email_logs VALUES (9, 'user11@example.com', 'digest', 11, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'aedfc04b-ef93-4a2e-a0b0-11bc53187223@forum.example.com', '250 2.0.0 Ok: queued as AMKJT5JR7B');
INSERT INTO public.email_logs VALUES (10, 'user12@example.com', 'user_posted', 12, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '9442f1f6-8d2a-44d7-a5b6-aed200936203@forum.example.com', '250 2.0.0 Ok: queued as WE3JW7L7Y3');
INSERT INTO public.email_logs VALUES (11, 'user13@example.com', 'user_posted', 13, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '46f82d22-bb85-47f6-ac1e-3daf0aa4486e@forum.example.com', '250 2.0.0 Ok: queued as BOIR7SJI27');
INSERT INTO public.email_logs VALUES (12, 'user14@example.com', 'forgot_password', 14, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '1510ead4-a15b-4f4c-ac56-194525bec3c9@forum.example.com', '250 2.0.0 Ok: queued as CO5KIWMPPQ');
INSERT INTO public.email_logs VALUES (13, 'user15@example.com', 'user_posted', 15, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '5f7f1a2e-c039-421f-af3c-f711c7ba7596@forum.example.com', '250 2.0.0 Ok: queued as UIBE6O3QCL');
INSERT INTO public.email_logs VALUES (14, 'user16@example.com', 'user_posted', 16, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '881e6077-0889-40d4-af58-0ff05d4b8332@forum.example.com', '250 2.0.0 Ok: queued as WLL6NJRGCX');
INSERT INTO public.email_logs VALUES (15, 'user17@example.com', 'digest', 17, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '4cd11b22-3185-46bf-a9f3-35b0f8340870@forum.example.com', '250 2.0.0 Ok: queued as J7E7XVQCRF');
INSERT INTO public.email_logs VALUES (16, 'user18@example.com', 'forgot_password', 18, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '18120a01-a15d-431f-a6c8-705d5f0c55ab@forum.example.com', '250 2.0.0 Ok: queued as FVO5P54IKT');
INSERT INTO public.email_logs VALUES (17, 'user19@example.com', 'digest', 19, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '1df9b83c-cc35-45f7-a25e-777979c49f6e@forum.example.com', '250 2.0.0 Ok: queued as HBVTXSWAIF');
INSERT INTO public.email_logs VALUES (18, 'user20@example.com', 'signup', 20, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '9b9f1360-de43-488c-a78d-f70558b148ea@forum.example.com', '250 2.0.0 Ok: queued as JGANFLAOLC');
INSERT INTO public.email_logs VALUES (19, 'user21@example.com', 'digest', 21, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'c65c192d-0393-4eb4-ad47-a472ed9c8e85@forum.example.com', '250 2.0.0 Ok: queued as PF75CME365');
INSERT INTO public.email_logs VALUES (20, 'user22@example.com', 'forgot_password', 22, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '69745f37-7fe5-4bd5-aec6-ed47c76b1e28@forum.example.com', '250 2.0.0 Ok: queued as 57SHCDGD2I');
INSERT INTO public.email_logs VALUES (21, 'user23@example.com', 'user_posted', 23, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'fcfbae84-5804-4bb8-a6a3-8fce6a6104e3@forum.example.com', '250 2.0.0 Ok: queued as OZZPR4VHZR');
INSERT INTO public.email_logs VALUES (22, 'user24@example.com', 'signup', 24, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2af342ea-e698-4b36-acb7-5afd3650bac7@forum.example.com', '250 2.0.0 Ok: queued as SJ775262KP');
INSERT INTO public.email_logs VALUES (23, 'user25@example.com', 'forgot_password', 25, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '531ec637-25c7-4b8e-aa61-345c3855f2de@forum.example.com', '250 2.0.0 Ok: queued as LIXXJIE4C6');
INSERT INTO public.email_logs VALUES (24, 'user26@example.com', 'user_posted', 26, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2bf90aeb-acf0-418c-a2f1-79b80ed7e704@forum.example.com', '250 2.0.0 Ok: queued as AOIOHABSO3');
INSERT INTO public.email_logs VALUES (25, 'user27@example.com', 'forgot_password', 27, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '91d94430-2aac-427e-a4e6-b80e3e41ccea@forum.example.com', '250 2.0.0 Ok: queued as A25C6BFT6Y');
INSERT INTO public.email_logs VALUES (26, 'user28@example.com', 'forgot_password', 28, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '92031131-3fb2-4de3-a113-bf18d40426b4@forum.example.com', '250 2.0.0 Ok: queued as E24A3PAGJ4');
INSERT INTO public.email_logs VALUES (27, 'user29@example.com', 'signup', 29, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '3050f3b2-fa3b-4ffc-ae0f-2f8f35573c29@forum.example.com', '250 2.0.0 Ok: queued as HLLGJ36OMF');
INSERT INTO public.email_logs VALUES (28, 'user30@example.com', 'forgot_password', 30, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'b81d6084-9cb2-4349-a0e8-9d10cb138cb5@forum.example.com', '250 2.0.0 Ok: queued as A5ILGQXIVF');
INSERT INTO public.email_logs VALUES (29, 'user31@example.com', 'forgot_password', 31, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '03928b61-a4df-473e-a015-91d126f2e445@forum.example.com', '250 2.0.0 Ok: queued as XHVM5UOI7S');
INSERT INTO public.email_logs VALUES (30, 'user32@example.com', 'forgot_password', 32, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'df21857c-2fcd-4d31-aeda-616bdf67aaea@forum.example.com', '250 2.0.0 Ok: queued as 5VYA5AZWOE');


--
-- Data for Name: email_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.email_tokens VALUES (8, 8, 'user8@example.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'aa9532964e10d8926c5c7a765ac2b9061741b11a3a87a187639bd1e500c5d858', 1);
INSERT INTO public.email_tokens VALUES (16, 16, 'user16@example.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'b2c9918f023d00d982add0ea7f594a43fd4afb09a594e6f109cac629273ef0e2', 1);
INSERT INTO public.email_tokens VALUES (24, 24, 'user24@example.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '017a3b044182ea3db84fbdebbf958c9ea77397874a91b9d6a8cd0c8618adb774', 1);
INSERT INTO public.email_tokens VALUES (32, 32, 'user32@example.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '58668b435045139e5303b6defb2d945b756a578c8af15df39b964f9ec4495a29', 1);
INSERT INTO public.email_tokens VALUES (40, 40, 'user40@example.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '929541303d6bf67b9210a661dfb57415ca049a76ef738cad6986da1e1303788b', 1);


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.groups VALUES (1, 'admins', '2024-03-01 10:00:00', '2024-03-01 10:00:00', true, 2, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false);
INSERT INTO public.groups VALUES (2, 'trust_level_0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', true, 39, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false);
INSERT INTO public.groups VALUES (10, 'vorstand', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 5, 'vorstand@example.com', 'Vorstand', 'smtp.example.com', 587, 2, 'imap.example.com', 993, true, 'INBOX', 'vorstand@example.com', '', NULL, false, false);


--
-- Data for Name: incoming_emails; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.incoming_emails VALUES (1, 36, 3, 1, 'Return-Path: <user36@example.com>
Delivered-To: forum@example.com
Message-ID: <8jDXW3Tjvzau7s2UBEInAcga@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: User36 Example <user36@example.com>
To: forum+ae843c6d9b62ddaa49139911f769f0d7@example.com
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
User36 Example
Mobil: +1 555-0136
', NULL, '8jDXW3Tjvzau7s2UBEInAcga@mail.gmail.com', 'user36@example.com', 'forum+838d8f6ff5cc913bdf79188391c149e8@example.com', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (2, 37, 3, 2, 'Return-Path: <user37@example.com>
Delivered-To: forum@example.com
Message-ID: <PIDc1p6Mn5IsvKvj3XpaavOr@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: User37 Example <user37@example.com>
To: forum+50bbb5cad804b21d51c1e1569e20d2e9@example.com
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
User37 Example
Mobil: +1 555-0137
', NULL, 'PIDc1p6Mn5IsvKvj3XpaavOr@mail.gmail.com', 'user37@example.com', 'forum+d64bd700f8d0c54c06fe0c61dfbb0776@example.com', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (3, 38, 3, 3, 'Return-Path: <user38@example.com>
Delivered-To: forum@example.com
Message-ID: <NSNFIxD15WPYoWa5DImtepfq@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: User38 Example <user38@example.com>
To: forum+9d0d8aec48c07e7955bb2b7e52ac8f2f@example.com
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
User38 Example
Mobil: +1 555-0138
', NULL, 'NSNFIxD15WPYoWa5DImtepfq@mail.gmail.com', 'user38@example.com', 'forum+151739ea041f2cd5342bb9ae1d50617f@example.com', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (4, 39, 3, 4, 'Return-Path: <user39@example.com>
Delivered-To: forum@example.com
Message-ID: <zpld922Sy7BR1LNWE8kwRFMf@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: User39 Example <user39@example.com>
To: forum+8460ffb68148b648345037e571f7b18a@example.com
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
User39 Example
Mobil: +1 555-0139
', NULL, 'zpld922Sy7BR1LNWE8kwRFMf@mail.gmail.com', 'user39@example.com', 'forum+4900b96acf445fd163d22d768eb085c8@example.com', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (5, 40, 3, 5, 'Return-Path: <user40@example.com>
Delivered-To: forum@example.com
Message-ID: <i75jicm6DviuzTla7YF33Mg5@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: User40 Example <user40@example.com>
To: forum+eced0b696e00f85e0f4a62eb0cfda8db@example.com
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
User40 Example
Mobil: +1 555-0140
', NULL, 'i75jicm6DviuzTla7YF33Mg5@mail.gmail.com', 'user40@example.com', 'forum+0881808b4c23815649fbc9619f5ba2c7@example.com', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.posts VALUES (1, 3, 1, 2, 'Beitrag 1: Bilder folgen.', '<p>Beitrag 1: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (2, 4, 1, 3, 'Beitrag 2: Danke für die Tour!', '<p>Beitrag 2: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (3, 5, 1, 4, 'Beitrag 3: Bilder folgen.', '<p>Beitrag 3: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (4, 6, 1, 5, 'Beitrag 4: Wetter sieht gut aus.', '<p>Beitrag 4: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (5, 7, 1, 6, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/9521067005 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/9521067005" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/9521067005</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (6, 8, 2, 1, 'Beitrag 6: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 6: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (7, 9, 2, 2, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=hgSgWVcfp8T und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=hgSgWVcfp8T" rel="noopener nofollow ugc">www.youtube.com/watch?v=hgSgWVcfp8T</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (8, 10, 2, 3, 'Beitrag 8: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 8: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (9, 11, 2, 4, 'Beitrag 9: Bilder folgen.', '<p>Beitrag 9: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (10, 12, 2, 5, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/1681563112 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/1681563112" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/1681563112</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (11, 13, 2, 6, 'Beitrag 11: Bin dabei.', '<p>Beitrag 11: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (12, 14, 3, 1, 'Beitrag 12: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 12: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (13, 15, 3, 2, 'Beitrag 13: Danke für die Tour!', '<p>Beitrag 13: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (14, 16, 3, 3, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=ASVAf1y2aUB und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=ASVAf1y2aUB" rel="noopener nofollow ugc">www.youtube.com/watch?v=ASVAf1y2aUB</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (15, 17, 3, 4, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/1740481505 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/1740481505" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/1740481505</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (16, 18, 3, 5, 'Beitrag 16: Bin dabei.', '<p>Beitrag 16: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (17, 19, 3, 6, 'Beitrag 17: Wetter sieht gut aus.', '<p>Beitrag 17: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (18, 20, 4, 1, 'Beitrag 18: Bilder folgen.', '<p>Beitrag 18: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (19, 21, 4, 2, 'Beitrag 19: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 19: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (20, 22, 4, 3, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/3853277474 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/3853277474" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/3853277474</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (21, 23, 4, 4, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=u30NCAdaI6R und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=u30NCAdaI6R" rel="noopener nofollow ugc">www.youtube.com/watch?v=u30NCAdaI6R</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (22, 24, 4, 5, 'Beitrag 22: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 22: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (23, 25, 4, 6, 'Beitrag 23: Wetter sieht gut aus.', '<p>Beitrag 23: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (24, 26, 5, 1, 'Beitrag 24: Danke für die Tour!', '<p>Beitrag 24: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (25, 27, 5, 2, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/9287607772 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/9287607772" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/9287607772</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (26, 28, 5, 3, 'Beitrag 26: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 26: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (27, 29, 5, 4, 'Beitrag 27: Wetter sieht gut aus.', '<p>Beitrag 27: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (28, 30, 5, 5, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=M3LcmBJEmrV und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=M3LcmBJEmrV" rel="noopener nofollow ugc">www.youtube.com/watch?v=M3LcmBJEmrV</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (29, 31, 5, 6, 'Beitrag 29: Danke für die Tour!', '<p>Beitrag 29: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (30, 2, 6, 1, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/8695040524 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/8695040524" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/8695040524</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (31, 3, 6, 2, 'Beitrag 31: Bin dabei.', '<p>Beitrag 31: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (32, 4, 6, 3, 'Beitrag 32: Bin dabei.', '<p>Beitrag 32: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (33, 5, 6, 4, 'Beitrag 33: Danke für die Tour!', '<p>Beitrag 33: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (34, 6, 6, 5, 'Beitrag 34: Bilder folgen.', '<p>Beitrag 34: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (35, 7, 6, 6, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/2848421264 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/2848421264" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/2848421264</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (36, 8, 7, 1, 'Beitrag 36: Danke für die Tour!', '<p>Beitrag 36: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (37, 9, 7, 2, 'Beitrag 37: Bin dabei.', '<p>Beitrag 37: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (38, 10, 7, 3, 'Beitrag 38: Bilder folgen.', '<p>Beitrag 38: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (39, 11, 7, 4, 'Beitrag 39: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 39: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (40, 12, 7, 5, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/5852592234 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/5852592234" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/5852592234</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (41, 13, 7, 6, 'Beitrag 41: Wetter sieht gut aus.', '<p>Beitrag 41: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (42, 14, 8, 1, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=oB6vrGwCOfj und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=oB6vrGwCOfj" rel="noopener nofollow ugc">www.youtube.com/watch?v=oB6vrGwCOfj</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (43, 15, 8, 2, 'Beitrag 43: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 43: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (44, 16, 8, 3, 'Beitrag 44: Wetter sieht gut aus.', '<p>Beitrag 44: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (45, 17, 8, 4, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/8031778935 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/8031778935" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/8031778935</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (46, 18, 8, 5, 'Beitrag 46: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 46: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (47, 19, 8, 6, 'Beitrag 47: Danke für die Tour!', '<p>Beitrag 47: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (48, 20, 9, 1, 'Beitrag 48: Bin dabei.', '<p>Beitrag 48: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (49, 21, 9, 2, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=CW5S-bnLQZI und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=CW5S-bnLQZI" rel="noopener nofollow ugc">www.youtube.com/watch?v=CW5S-bnLQZI</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (50, 22, 9, 3, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/6196388500 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/6196388500" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/6196388500</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (51, 23, 9, 4, 'Beitrag 51: Bin dabei.', '<p>Beitrag 51: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (52, 24, 9, 5, 'Beitrag 52: Bilder folgen.', '<p>Beitrag 52: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (53, 25, 9, 6, 'Beitrag 53: Danke für die Tour!', '<p>Beitrag 53: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (54, 26, 10, 1, 'Beitrag 54: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 54: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (55, 27, 10, 2, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/7442280395 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/7442280395" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/7442280395</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (56, 28, 10, 3, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=SC3myFuLXZc und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=SC3myFuLXZc" rel="noopener nofollow ugc">www.youtube.com/watch?v=SC3myFuLXZc</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (57, 29, 10, 4, 'Beitrag 57: Bin dabei.', '<p>Beitrag 57: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (58, 30, 10, 5, 'Beitrag 58: Wetter sieht gut aus.', '<p>Beitrag 58: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (59, 31, 10, 6, 'Beitrag 59: Bilder folgen.', '<p>Beitrag 59: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (60, 2, 11, 1, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/2748692565 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/2748692565" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/2748692565</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);


--
-- Data for Name: remote_themes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.remote_themes VALUES (1, 'https://github.com/discourse/discourse-brand-header.git', 'f42b212c40bdf43377471f2ddea9cade036ba0b8', '9e2ee1dc3e02f9d376c0443f87d53030e462e05b', 'https://meta.discourse.org/t/12486', 'https://github.com/discourse/discourse-brand-header/blob/main/LICENSE', 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, 'main', NULL);
INSERT INTO public.remote_themes VALUES (2, 'https://github.com/discourse/discourse-category-banners.git', '7a8f5bf1312485aa546db371233f173c78f5fdb1', '18b83a5eb033b17d6f7b2b8b49532e8befec2a62', 'https://meta.discourse.org/t/44640', 'https://github.com/discourse/discourse-category-banners/blob/main/LICENSE', 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, 'main', NULL);
INSERT INTO public.remote_themes VALUES (3, 'https://git.example.com/web/forum-theme.git', '493e0a5beddbc2d2c922e837f0d1eb0b5707b4d9', 'd160f2aa7136ab6fb821580eff55f8b43660652e', NULL, NULL, 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, 'main', NULL);


--
-- Data for Name: site_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.site_settings VALUES (1, 'title', 1, 'Example Forum', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (2, 'contact_email', 14, 'admin@example.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (3, 'notification_email', 14, 'noreply@forum.example.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (4, 'contact_url', 1, 'https://www.example.com/contact', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (5, 'company_name', 1, 'Example Org', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (6, 'enable_s3_uploads', 5, 'f', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (7, 's3_access_key_id', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (8, 's3_secret_access_key', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (9, 's3_upload_bucket', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (10, 's3_region', 7, 'us-east-1', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (11, 'enable_discourse_connect', 5, 'f', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (12, 'discourse_connect_url', 1, 'https://sso.example.com/discourse', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (13, 'discourse_connect_secret', 1, 'REDACTED', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (14, 'enable_google_oauth2_logins', 5, 'f', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (15, 'google_oauth2_client_id', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (16, 'google_oauth2_client_secret', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (17, 'github_client_id', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (18, 'github_client_secret', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (19, 'maxmind_license_key', 1, '', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (20, 'pop3_polling_enabled', 5, 'f', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (21, 'pop3_polling_host', 1, 'mail.example.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (22, 'pop3_polling_username', 1, 'forum@example.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (23, 'pop3_polling_password', 1, '********', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (24, 'reply_by_email_address', 14, 'forum+%{reply_key}@example.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (25, 'allowed_iframes', 8, 'https://www.google.com/maps/embed?|https://www.openstreetmap.org/export/embed.html?|https://www.komoot.com/de-de/tour/', '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_associated_accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_associated_accounts VALUES (1, 'google_oauth2', '617685518515387635242', 5, '2024-03-01 10:00:00', '{"name": "User5 Example", "email": "user5@example.com", "image": "https://lh3.googleusercontent.com/a/default-user=s96-c", "last_name": "Example", "first_name": "User5"}', '{}', '{"raw_info": {"hd": "example.com", "sub": "403280846627229183211", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (2, 'github', '80315541', 6, '2024-03-01 10:00:00', '{"name": "User6 Example", "email": "user6@example.com", "image": "https://avatars.githubusercontent.com/u/14040744?v=4", "nickname": "user6", "last_name": "Example", "first_name": "User6"}', '{}', '{"raw_info": {"blog": "", "login": "user6", "company": null}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (3, 'google_oauth2', '519138565912248975661', 7, '2024-03-01 10:00:00', '{"name": "User7 Example", "email": "user7@example.com", "image": "https://lh3.googleusercontent.com/a/default-user=s96-c", "last_name": "Example", "first_name": "User7"}', '{}', '{"raw_info": {"hd": "example.com", "sub": "201520762121430291013", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (4, 'github', '92699891', 8, '2024-03-01 10:00:00', '{"name": "User8 Example", "email": "user8@example.com", "image": "https://avatars.githubusercontent.com/u/63082846?v=4", "nickname": "user8", "last_name": "Example", "first_name": "User8"}', '{}', '{"raw_info": {"blog": "", "login": "user8", "company": null}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (5, 'google_oauth2', '621363957737004092806', 9, '2024-03-01 10:00:00', '{"name": "User9 Example", "email": "user9@example.com", "image": "https://lh3.googleusercontent.com/a/default-user=s96-c", "last_name": "Example", "first_name": "User9"}', '{}', '{"raw_info": {"hd": "example.com", "sub": "988049001936742459798", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (6, 'github', '31588967', 10, '2024-03-01 10:00:00', '{"name": "User10 Example", "email": "user10@example.com", "image": "https://avatars.githubusercontent.com/u/72120151?v=4", "nickname": "user10", "last_name": "Example", "first_name": "User10"}', '{}', '{"raw_info": {"blog": "", "login": "user10", "company": null}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (7, 'google_oauth2', '046766506557386672623', 11, '2024-03-01 10:00:00', '{"name": "User11 Example", "email": "user11@example.com", "image": "https://lh3.googleusercontent.com/a/default-user=s96-c", "last_name": "Example", "first_name": "User11"}', '{}', '{"raw_info": {"hd": "example.com", "sub": "612567697900622373779", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (8, 'github', '63051623', 12, '2024-03-01 10:00:00', '{"name": "User12 Example", "email": "user12@example.com", "image": "https://avatars.githubusercontent.com/u/69948455?v=4", "nickname": "user12", "last_name": "Example", "first_name": "User12"}', '{}', '{"raw_info": {"blog": "", "login": "user12", "company": null}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_auth_token_logs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_auth_token_logs VALUES (3, 'generate', 3, 3, '192.0.2.4', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'Pcj3jpDAXbcLOVEDccYgQMyq4k8=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (6, 'generate', 6, 6, '192.0.2.7', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'vYPACPvkRoVO/GFwaFTgCo/eROc=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (9, 'generate', 9, 9, '192.0.2.10', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'zlweiYjZ10cQaPvLCcnw3c2IEkQ=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (12, 'generate', 12, 12, '192.0.2.13', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'w2DaOF7AsaqXfH2nb+trHBsgi3U=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (15, 'generate', 15, 15, '192.0.2.16', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'tn4ulX2tdeTNDnsWwNJnQiOumOA=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (18, 'generate', 18, 18, '192.0.2.19', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'qut06aQzAnUH8T2myFZnygrY8EA=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (21, 'generate', 21, 21, '192.0.2.22', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'P6+BKGodiSqtBH2naYA1Y97KwI0=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (24, 'generate', 24, 24, '192.0.2.25', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '+KZcnWe162Ev1OIq6daJHLvwdOg=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (27, 'generate', 27, 27, '192.0.2.28', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'QLQk+UuyVYuCvEd40qOjwzuLLJk=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (30, 'generate', 30, 30, '192.0.2.31', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'F3DbC6Ydgdj5f6LeGxIVqNP3CRo=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (33, 'generate', 33, 33, '192.0.2.34', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'Qgsk5nmqI1dYFZPWZEkNE7xuJ5E=', '2024-03-01 10:00:00', '/session');


--
-- Data for Name: user_auth_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_auth_tokens VALUES (3, 3, 'Pcj3jpDAXbcLOVEDccYgQMyq4k8=', 'Pcj3jpDAXbcLOVEDccYgQMyq4k8=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '192.0.2.4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (6, 6, 'vYPACPvkRoVO/GFwaFTgCo/eROc=', 'iZV+gBqYTXvjh3FFzZ4fHN8ezjA=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '192.0.2.7', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (9, 9, 'zlweiYjZ10cQaPvLCcnw3c2IEkQ=', 'zlweiYjZ10cQaPvLCcnw3c2IEkQ=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.10', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (12, 12, 'w2DaOF7AsaqXfH2nb+trHBsgi3U=', 'axbd/RxZn/cDiVZ0W82Nlgna1VY=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '192.0.2.13', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (15, 15, 'tn4ulX2tdeTNDnsWwNJnQiOumOA=', 'tn4ulX2tdeTNDnsWwNJnQiOumOA=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.16', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (18, 18, 'qut06aQzAnUH8T2myFZnygrY8EA=', '5SYLTF5XCd/N2WN+xY6DE58yjv0=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.19', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (21, 21, 'P6+BKGodiSqtBH2naYA1Y97KwI0=', 'P6+BKGodiSqtBH2naYA1Y97KwI0=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.22', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (24, 24, '+KZcnWe162Ev1OIq6daJHLvwdOg=', 'rbpCHNC15PQbkE915fm/9prCJM4=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '192.0.2.25', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (27, 27, 'QLQk+UuyVYuCvEd40qOjwzuLLJk=', 'QLQk+UuyVYuCvEd40qOjwzuLLJk=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.28', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (30, 30, 'F3DbC6Ydgdj5f6LeGxIVqNP3CRo=', 'pBwTHOaw7BbBTv1TNsvYF1ScRRY=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.31', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (33, 33, 'Qgsk5nmqI1dYFZPWZEkNE7xuJ5E=', 'Qgsk5nmqI1dYFZPWZEkNE7xuJ5E=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '192.0.2.34', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);


--
-- Data for Name: user_emails; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_emails VALUES (1, 1, 'no_email', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'no_email');
INSERT INTO public.user_emails VALUES (2, 2, 'user2@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user2@example.com');
INSERT INTO public.user_emails VALUES (3, 3, 'user3@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user3@example.com');
INSERT INTO public.user_emails VALUES (4, 4, 'user4@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user4@example.com');
INSERT INTO public.user_emails VALUES (5, 5, 'user5@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user5@example.com');
INSERT INTO public.user_emails VALUES (6, 6, 'user6@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user6@example.com');
INSERT INTO public.user_emails VALUES (7, 7, 'user7@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user7@example.com');
INSERT INTO public.user_emails VALUES (8, 8, 'user8@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user8@example.com');
INSERT INTO public.user_emails VALUES (9, 9, 'user9@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user9@example.com');
INSERT INTO public.user_emails VALUES (10, 10, 'user10@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user10@example.com');
INSERT INTO public.user_emails VALUES (11, 11, 'user11@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user11@example.com');
INSERT INTO public.user_emails VALUES (12, 12, 'user12@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user12@example.com');
INSERT INTO public.user_emails VALUES (13, 13, 'user13@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user13@example.com');
INSERT INTO public.user_emails VALUES (14, 14, 'user14@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user14@example.com');
INSERT INTO public.user_emails VALUES (15, 15, 'user15@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user15@example.com');
INSERT INTO public.user_emails VALUES (16, 16, 'user16@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user16@example.com');
INSERT INTO public.user_emails VALUES (17, 17, 'user17@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user17@example.com');
INSERT INTO public.user_emails VALUES (18, 18, 'user18@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user18@example.com');
INSERT INTO public.user_emails VALUES (19, 19, 'user19@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user19@example.com');
INSERT INTO public.user_emails VALUES (20, 20, 'user20@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user20@example.com');
INSERT INTO public.user_emails VALUES (21, 21, 'user21@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user21@example.com');
INSERT INTO public.user_emails VALUES (22, 22, 'user22@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user22@example.com');
INSERT INTO public.user_emails VALUES (23, 23, 'user23@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user23@example.com');
INSERT INTO public.user_emails VALUES (24, 24, 'user24@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user24@example.com');
INSERT INTO public.user_emails VALUES (25, 25, 'user25@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user25@example.com');
INSERT INTO public.user_emails VALUES (26, 26, 'user26@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user26@example.com');
INSERT INTO public.user_emails VALUES (27, 27, 'user27@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user27@example.com');
INSERT INTO public.user_emails VALUES (28, 28, 'user28@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user28@example.com');
INSERT INTO public.user_emails VALUES (29, 29, 'user29@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user29@example.com');
INSERT INTO public.user_emails VALUES (30, 30, 'user30@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user30@example.com');
INSERT INTO public.user_emails VALUES (31, 31, 'user31@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user31@example.com');
INSERT INTO public.user_emails VALUES (32, 32, 'user32@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user32@example.com');
INSERT INTO public.user_emails VALUES (33, 33, 'user33@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user33@example.com');
INSERT INTO public.user_emails VALUES (34, 34, 'user34@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user34@example.com');
INSERT INTO public.user_emails VALUES (35, 35, 'user35@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user35@example.com');
INSERT INTO public.user_emails VALUES (36, 36, 'user36@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user36@example.com');
INSERT INTO public.user_emails VALUES (37, 37, 'user37@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user37@example.com');
INSERT INTO public.user_emails VALUES (38, 38, 'user38@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user38@example.com');
INSERT INTO public.user_emails VALUES (39, 39, 'user39@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user39@example.com');
INSERT INTO public.user_emails VALUES (40, 40, 'user40@example.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'user40@example.com');


--
-- Data for Name: user_histories; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_histories VALUES (1, 1, 3, 11, 'id: 11
username: user11', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.4', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (2, 3, 4, 12, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.5', NULL, 'title', 'Forum', 'Example Forum', true);
INSERT INTO public.user_histories VALUES (3, 21, 2, 13, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.3', 'user14@example.com', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (4, 1, 3, 14, 'id: 14
username: user14', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.4', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (5, 3, 4, 15, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.5', NULL, 'title', 'Forum', 'Example Forum', true);
INSERT INTO public.user_histories VALUES (6, 21, 2, 16, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.3', 'user17@example.com', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (7, 1, 3, 17, 'id: 17
username: user17', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.4', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (8, 3, 4, 18, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.5', NULL, 'title', 'Forum', 'Example Forum', true);
INSERT INTO public.user_histories VALUES (9, 21, 2, 19, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.3', 'user20@example.com', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (10, 1, 3, 20, 'id: 20
username: user20', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.4', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (11, 3, 4, 21, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.5', NULL, 'title', 'Forum', 'Example Forum', true);
INSERT INTO public.user_histories VALUES (12, 21, 2, 22, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '192.0.2.3', 'user23@example.com', NULL, NULL, NULL, true);


--
-- Data for Name: user_passwords; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_passwords VALUES (2, 2, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (3, 3, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (4, 4, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (5, 5, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (6, 6, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (7, 7, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (8, 8, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (9, 9, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (10, 10, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (11, 11, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (12, 12, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (13, 13, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (14, 14, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (15, 15, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (16, 16, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (17, 17, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (18, 18, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (19, 19, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (20, 20, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (21, 21, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (22, 22, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (23, 23, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (24, 24, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (25, 25, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (26, 26, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (27, 27, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (28, 28, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (29, 29, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (30, 30, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (31, 31, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (32, 32, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (33, 33, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (34, 34, 'bd852656f3632e53740043f6cb134067c0a4754859d1262fdf9c3844563d9501', '5f0a1ad3c0ffee0ddba11c0de5eed123', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_profiles VALUES (2, '', '', 'Test profile.', '<p>Test profile.</p>', 137);
INSERT INTO public.user_profiles VALUES (3, '', '', 'Test profile.', '<p>Test profile.</p>', 278);
INSERT INTO public.user_profiles VALUES (4, '', '', 'Test profile.', '<p>Test profile.</p>', 88);
INSERT INTO public.user_profiles VALUES (5, '', '', 'Test profile.', '<p>Test profile.</p>', 77);
INSERT INTO public.user_profiles VALUES (6, '', '', 'Test profile.', '<p>Test profile.</p>', 176);
INSERT INTO public.user_profiles VALUES (7, '', '', 'Test profile.', '<p>Test profile.</p>', 65);
INSERT INTO public.user_profiles VALUES (8, '', '', 'Test profile.', '<p>Test profile.</p>', 278);
INSERT INTO public.user_profiles VALUES (9, '', '', 'Test profile.', '<p>Test profile.</p>', 1);
INSERT INTO public.user_profiles VALUES (10, '', '', 'Test profile.', '<p>Test profile.</p>', 43);
INSERT INTO public.user_profiles VALUES (11, '', '', 'Test profile.', '<p>Test profile.</p>', 210);
INSERT INTO public.user_profiles VALUES (12, '', '', 'Test profile.', '<p>Test profile.</p>', 180);
INSERT INTO public.user_profiles VALUES (13, '', '', 'Test profile.', '<p>Test profile.</p>', 207);
INSERT INTO public.user_profiles VALUES (14, '', '', 'Test profile.', '<p>Test profile.</p>', 37);
INSERT INTO public.user_profiles VALUES (15, '', '', 'Test profile.', '<p>Test profile.</p>', 224);
INSERT INTO public.user_profiles VALUES (16, '', '', 'Test profile.', '<p>Test profile.</p>', 175);
INSERT INTO public.user_profiles VALUES (17, '', '', 'Test profile.', '<p>Test profile.</p>', 38);
INSERT INTO public.user_profiles VALUES (18, '', '', 'Test profile.', '<p>Test profile.</p>', 267);
INSERT INTO public.user_profiles VALUES (19, '', '', 'Test profile.', '<p>Test profile.</p>', 218);
INSERT INTO public.user_profiles VALUES (20, '', '', 'Test profile.', '<p>Test profile.</p>', 253);


--
-- Data for Name: user_second_factors; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_second_factors VALUES (6, 6, 1, 'JBSWY3DPEHPK3PXP', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (12, 12, 1, 'JBSWY3DPEHPK3PXP', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (18, 18, 1, 'JBSWY3DPEHPK3PXP', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (24, 24, 1, 'JBSWY3DPEHPK3PXP', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (30, 30, 1, 'JBSWY3DPEHPK3PXP', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES (1, 'system', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'system', 0, '2024-03-01 10:00:00', true, 'system', '2024-03-01 10:00:00', true, 1, false, NULL, false, NULL, 'de', NULL, false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (2, 'user2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User2 Example', 0, '2024-03-01 10:00:00', true, 'user2', '2024-03-01 10:00:00', true, 1, false, '192.0.2.3', false, NULL, 'de', '192.0.2.195', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (3, 'user3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User3 Example', 0, '2024-03-01 10:00:00', true, 'user3', '2024-03-01 10:00:00', false, 3, false, '192.0.2.4', true, NULL, 'de', '192.0.2.14', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (4, 'user4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User4 Example', 0, '2024-03-01 10:00:00', true, 'user4', '2024-03-01 10:00:00', false, 0, false, '192.0.2.5', false, NULL, 'de', '192.0.2.37', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (5, 'user5', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User5 Example', 0, '2024-03-01 10:00:00', true, 'user5', '2024-03-01 10:00:00', false, 1, false, '192.0.2.6', false, NULL, 'de', '192.0.2.131', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (6, 'user6', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User6 Example', 0, '2024-03-01 10:00:00', true, 'user6', '2024-03-01 10:00:00', false, 4, false, '192.0.2.7', false, NULL, 'de', '192.0.2.219', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (7, 'user7', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User7 Example', 0, '2024-03-01 10:00:00', true, 'user7', '2024-03-01 10:00:00', false, 4, false, '192.0.2.8', false, NULL, 'de', '192.0.2.119', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (8, 'user8', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User8 Example', 0, '2024-03-01 10:00:00', true, 'user8', '2024-03-01 10:00:00', false, 3, false, '192.0.2.9', false, NULL, 'de', '192.0.2.85', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (9, 'user9', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User9 Example', 0, '2024-03-01 10:00:00', true, 'user9', '2024-03-01 10:00:00', false, 4, false, '192.0.2.10', false, NULL, 'de', '192.0.2.94', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (10, 'user10', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User10 Example', 0, '2024-03-01 10:00:00', true, 'user10', '2024-03-01 10:00:00', false, 2, false, '192.0.2.11', false, NULL, 'de', '192.0.2.26', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (11, 'user11', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User11 Example', 0, '2024-03-01 10:00:00', true, 'user11', '2024-03-01 10:00:00', false, 4, false, '192.0.2.12', false, NULL, 'de', '192.0.2.176', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (12, 'user12', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User12 Example', 0, '2024-03-01 10:00:00', true, 'user12', '2024-03-01 10:00:00', false, 1, false, '192.0.2.13', false, NULL, 'de', '192.0.2.78', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (13, 'user13', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User13 Example', 0, '2024-03-01 10:00:00', true, 'user13', '2024-03-01 10:00:00', false, 2, false, '192.0.2.14', false, NULL, 'de', '192.0.2.217', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (14, 'user14', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User14 Example', 0, '2024-03-01 10:00:00', true, 'user14', '2024-03-01 10:00:00', false, 2, false, '192.0.2.15', false, NULL, 'de', '192.0.2.44', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (15, 'user15', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User15 Example', 0, '2024-03-01 10:00:00', true, 'user15', '2024-03-01 10:00:00', false, 0, false, '192.0.2.16', false, NULL, 'de', '192.0.2.250', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (16, 'user16', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User16 Example', 0, '2024-03-01 10:00:00', true, 'user16', '2024-03-01 10:00:00', false, 4, false, '192.0.2.17', false, NULL, 'de', '192.0.2.183', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (17, 'user17', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User17 Example', 0, '2024-03-01 10:00:00', true, 'user17', '2024-03-01 10:00:00', false, 3, false, '192.0.2.18', false, NULL, 'de', '192.0.2.92', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (18, 'user18', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User18 Example', 0, '2024-03-01 10:00:00', true, 'user18', '2024-03-01 10:00:00', false, 2, false, '192.0.2.19', false, NULL, 'de', '192.0.2.134', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (19, 'user19', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User19 Example', 0, '2024-03-01 10:00:00', true, 'user19', '2024-03-01 10:00:00', false, 1, false, '192.0.2.20', false, NULL, 'de', '192.0.2.221', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (20, 'user20', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User20 Example', 0, '2024-03-01 10:00:00', true, 'user20', '2024-03-01 10:00:00', false, 4, false, '192.0.2.21', false, NULL, 'de', '192.0.2.201', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (21, 'user21', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User21 Example', 0, '2024-03-01 10:00:00', true, 'user21', '2024-03-01 10:00:00', false, 3, false, '192.0.2.22', false, NULL, 'de', '192.0.2.68', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (22, 'user22', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User22 Example', 0, '2024-03-01 10:00:00', true, 'user22', '2024-03-01 10:00:00', false, 2, false, '192.0.2.23', false, NULL, 'de', '192.0.2.209', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (23, 'user23', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User23 Example', 0, '2024-03-01 10:00:00', true, 'user23', '2024-03-01 10:00:00', false, 1, false, '192.0.2.24', false, NULL, 'de', '192.0.2.226', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (24, 'user24', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User24 Example', 0, '2024-03-01 10:00:00', true, 'user24', '2024-03-01 10:00:00', false, 4, false, '192.0.2.25', false, NULL, 'de', '192.0.2.207', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (25, 'user25', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User25 Example', 0, '2024-03-01 10:00:00', true, 'user25', '2024-03-01 10:00:00', false, 3, false, '192.0.2.26', false, NULL, 'de', '192.0.2.184', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (26, 'user26', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User26 Example', 0, '2024-03-01 10:00:00', true, 'user26', '2024-03-01 10:00:00', false, 0, false, '192.0.2.27', false, NULL, 'de', '192.0.2.112', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (27, 'user27', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User27 Example', 0, '2024-03-01 10:00:00', true, 'user27', '2024-03-01 10:00:00', false, 0, false, '192.0.2.28', false, NULL, 'de', '192.0.2.33', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (28, 'user28', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User28 Example', 0, '2024-03-01 10:00:00', true, 'user28', '2024-03-01 10:00:00', false, 3, false, '192.0.2.29', false, NULL, 'de', '192.0.2.183', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (29, 'user29', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User29 Example', 0, '2024-03-01 10:00:00', true, 'user29', '2024-03-01 10:00:00', false, 2, false, '192.0.2.30', false, NULL, 'de', '192.0.2.44', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (30, 'user30', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User30 Example', 0, '2024-03-01 10:00:00', true, 'user30', '2024-03-01 10:00:00', false, 2, false, '192.0.2.31', false, NULL, 'de', '192.0.2.249', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (31, 'user31', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User31 Example', 0, '2024-03-01 10:00:00', true, 'user31', '2024-03-01 10:00:00', false, 1, false, '192.0.2.32', false, NULL, 'de', '192.0.2.214', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (32, 'user32', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User32 Example', 0, '2024-03-01 10:00:00', true, 'user32', '2024-03-01 10:00:00', false, 0, false, '192.0.2.33', false, NULL, 'de', '192.0.2.129', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (33, 'user33', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User33 Example', 0, '2024-03-01 10:00:00', true, 'user33', '2024-03-01 10:00:00', false, 4, false, '192.0.2.34', false, NULL, 'de', '192.0.2.151', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (34, 'user34', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User34 Example', 0, '2024-03-01 10:00:00', true, 'user34', '2024-03-01 10:00:00', false, 3, false, '192.0.2.35', false, NULL, 'de', '192.0.2.14', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (35, 'user35', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User35 Example', 0, '2024-03-01 10:00:00', false, 'user35', '2024-03-01 10:00:00', false, 0, false, '192.0.2.36', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (36, 'user36', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User36 Example', 0, '2024-03-01 10:00:00', false, 'user36', '2024-03-01 10:00:00', false, 0, false, '192.0.2.37', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (37, 'user37', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User37 Example', 0, '2024-03-01 10:00:00', false, 'user37', '2024-03-01 10:00:00', false, 0, false, '192.0.2.38', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (38, 'user38', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User38 Example', 0, '2024-03-01 10:00:00', false, 'user38', '2024-03-01 10:00:00', false, 0, false, '192.0.2.39', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (39, 'user39', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User39 Example', 0, '2024-03-01 10:00:00', false, 'user39', '2024-03-01 10:00:00', false, 0, false, '192.0.2.40', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (40, 'user40', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'User40 Example', 0, '2024-03-01 10:00:00', false, 'user40', '2024-03-01 10:00:00', false, 0, false, '192.0.2.41', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);


--
-- Data for Name: web_hook_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_hook_events VALUES (1, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"1","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=3b31ea70f54330117b39a7e2f681cd71ad358274ad75726f4e088da4b0f93128"}', '{"user":{"id":11,"username":"user11","name":"User12 Example","email":"user12@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 43, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (2, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"2","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=cb470dd566c95bd7dc34be92f6f3dbf47682d320202b877e18244fdab54f2221"}', '{"user":{"id":12,"username":"user12","name":"User13 Example","email":"user13@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 276, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (3, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"3","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=06ed0005abc587909f185c2f6a99814aae1d6c5e11774416aa0a3bbab9a794bb"}', '{"user":{"id":13,"username":"user13","name":"User14 Example","email":"user14@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 69, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (4, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"4","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=6281ab4337ecc7d97e5cad4579b6a65ed8e64ab31f2cc92753abeabd955f545a"}', '{"user":{"id":14,"username":"user14","name":"User15 Example","email":"user15@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 309, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (5, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"5","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=6bf6d48613d25865531d64937ccbaad2633046962b35558ab2c37d9120cdc8d1"}', '{"user":{"id":15,"username":"user15","name":"User16 Example","email":"user16@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 186, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (6, 1, '{"Accept":"*/*","Content-Length":"218","Content-Type":"application/json","Host":"hooks.example.com","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.example.com","X-Discourse-Event-Id":"6","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=7b2cd63fe6d15db3e36f9a3e146481f93d2c8810574a0a31417ba11cc0c695cb"}', '{"user":{"id":16,"username":"user16","name":"User17 Example","email":"user17@example.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 189, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: web_hooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_hooks VALUES (1, 'https://hooks.example.com/discourse', 1, 2, 1, '', false, true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: email_logs email_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_logs
    ADD CONSTRAINT email_logs_pkey PRIMARY KEY (id);


--
-- Name: email_tokens email_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.email_tokens
    ADD CONSTRAINT email_tokens_pkey PRIMARY KEY (id);


--
-- Name: groups groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.groups
    ADD CONSTRAINT groups_pkey PRIMARY KEY (id);


--
-- Name: incoming_emails incoming_emails_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.incoming_emails
    ADD CONSTRAINT incoming_emails_pkey PRIMARY KEY (id);


--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: remote_themes remote_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.remote_themes
    ADD CONSTRAINT remote_themes_pkey PRIMARY KEY (id);


--
-- Name: site_settings site_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.site_settings
    ADD CONSTRAINT site_settings_pkey PRIMARY KEY (id);


--
-- Name: user_associated_accounts user_associated_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_associated_accounts
    ADD CONSTRAINT user_associated_accounts_pkey PRIMARY KEY (id);


--
-- Name: user_auth_token_logs user_auth_token_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_token_logs
    ADD CONSTRAINT user_auth_token_logs_pkey PRIMARY KEY (id);


--
-- Name: user_auth_tokens user_auth_tokens_auth_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_tokens
    ADD CONSTRAINT user_auth_tokens_auth_token_key UNIQUE (auth_token);


--
-- Name: user_auth_tokens user_auth_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_tokens
    ADD CONSTRAINT user_auth_tokens_pkey PRIMARY KEY (id);


--
-- Name: user_auth_tokens user_auth_tokens_prev_auth_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_auth_tokens
    ADD CONSTRAINT user_auth_tokens_prev_auth_token_key UNIQUE (prev_auth_token);


--
-- Name: user_emails user_emails_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_emails
    ADD CONSTRAINT user_emails_pkey PRIMARY KEY (id);


--
-- Name: user_histories user_histories_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_histories
    ADD CONSTRAINT user_histories_pkey PRIMARY KEY (id);


--
-- Name: user_passwords user_passwords_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_passwords
    ADD CONSTRAINT user_passwords_pkey PRIMARY KEY (id);


--
-- Name: user_passwords user_passwords_user_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_passwords
    ADD CONSTRAINT user_passwords_user_id_key UNIQUE (user_id);


--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (user_id);


--
-- Name: user_second_factors user_second_factors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_second_factors
    ADD CONSTRAINT user_second_factors_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: web_hook_events web_hook_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.web_hook_events
    ADD CONSTRAINT web_hook_events_pkey PRIMARY KEY (id);


--
-- Name: web_hooks web_hooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.web_hooks
    ADD CONSTRAINT web_hooks_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--


