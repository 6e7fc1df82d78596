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

INSERT INTO public.api_keys VALUES (1, NULL, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2024-03-01 10:00:00', NULL, 'Backup-Skript', 'd5630ae551df995dcab4d100e64889b935b29e2dcf8d997eeb8295a06159f6b1', '07fc');
INSERT INTO public.api_keys VALUES (2, 2, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '{10.20.0.0/16}', false, '2024-03-01 10:00:00', NULL, 'Zapier', 'a239bac7463eb5d0e284956d138f9941ad5fb187b03ce199b63162bef569c96e', '8a92');
INSERT INTO public.api_keys VALUES (3, 3, 2, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '2024-03-01 10:00:00', NULL, 'Chat-Bridge', '8d42de66a8040bc8820e4166c41346106c3ca38263069435f67fe1a31cf1d5d1', '3d31');


--
-- Data for Name: email_logs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.email_logs VALUES (1, 'eva.taylor56@hotmail.com', 'digest', 3, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '4a839b77-f72b-4f48-ab13-4e2d6f4de0ad@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as R2VHGSW4G4');
INSERT INTO public.email_logs VALUES (2, 'lukas.schmidt98@icloud.com', 'forgot_password', 4, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '306764ea-7568-4f14-a80d-78800bcd0c00@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as WVZUGZRJXN');
INSERT INTO public.email_logs VALUES (3, 'jonas.richter60@gmail.com', 'forgot_password', 5, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '6924195b-316c-48fd-acd0-1ed37871fc69@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as EB75IX6C2E');
INSERT INTO public.email_logs VALUES (4, 'emily.nielsen30@gmail.com', 'signup', 6, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'd5588d94-cc93-47e2-a9d5-182e163c51e4@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as FIOOMK7LOV');
INSERT INTO public.email_logs VALUES (5, 'marco.johnson29@proton.me', 'signup', 7, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '91a695f2-a367-4088-a3fb-da0271f9367b@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 3UZ3OV2VNB');
INSERT INTO public.email_logs VALUES (6, 'marco.taylor87@hotmail.com', 'forgot_password', 8, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '365547d3-ba22-4257-a064-5861b5cfbc32@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as YAR35VLK4U');
INSERT INTO public.email_logs VALUES (7, 'daniel.martinez84@gmx.de', 'digest', 9, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '663da0be-9a07-4680-a5b1-da1988440d19@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as YWUGNGBVFT');
INSERT INTO public.email_logs VALUES (8, 'jonas.jensen7@proton.me', 'digest', 10, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '85853678-1017-48ef-a379-3f6949aefb10@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as ZBLGKXSKDA');
INSERT INTO public.email_logs VALUES (9, 'lukas.schmidt19@icloud.com', 'signup', 11, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'b88f055a-ed39-4a0e-ad8c-2ccc0b9dd4bd@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as DPPTO3YG6Z');
INSERT INTO public.email_logs VALUES (10, 'jan.becker74@web.de', 'digest', 12, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '09448a03-20b0-40cb-a8c9-b3f722ee37dd@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 4KSNHAJ7DL');
INSERT INTO public.email_logs VALUES (11, 'sophie.becker77@hotmail.com', 'user_posted', 13, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'e955953f-d114-4c60-a0f6-6c34b248be4f@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as SVAXMFHYMA');
INSERT INTO public.email_logs VALUES (12, 'emily.dubois32@proton.me', 'user_posted', 14, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '69229dc2-9164-4640-aeeb-7244a6fc0486@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 42WTHKQ44A');
INSERT INTO public.email_logs VALUES (13, 'james.schmidt29@hotmail.com', 'user_posted', 15, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'b1501a5a-12ba-4e6d-a62d-baa33d50bd85@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as WXF2PXFZ2L');
INSERT INTO public.email_logs VALUES (14, 'julia.dubois45@gmx.de', 'forgot_password', 16, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'ad44c6d6-24a7-449a-a64d-098840170891@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 2QV7PQZI3U');
INSERT INTO public.email_logs VALUES (15, 'maria.hoffmann84@gmail.com', 'forgot_password', 17, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'f0c00da1-ab2f-42a1-a546-94ba7246b46b@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 4VBMVBW2OB');
INSERT INTO public.email_logs VALUES (16, 'julia.fischer52@web.de', 'digest', 18, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '359029a4-a355-4d72-af20-b3b0f6b819de@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as UJEEPL2TF2');
INSERT INTO public.email_logs VALUES (17, 'laura.fischer8@icloud.com', 'forgot_password', 19, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'afb0ddc5-81d8-4416-a810-ce5c1bbcd7f1@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as LEV4TX7WR7');
INSERT INTO public.email_logs VALUES (18, 'jan.kowalski54@posteo.de', 'signup', 20, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '5ae267e0-3a9f-402d-a92b-a1bc81ea04b7@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as DMDQ2M5WOD');
INSERT INTO public.email_logs VALUES (19, 'eva.jensen97@gmail.com', 'digest', 21, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'e9f57a2c-cd71-4358-a0b2-863ca456a329@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as XUWBSXLU2A');
INSERT INTO public.email_logs VALUES (20, 'marco.richter6@posteo.de', 'user_posted', 22, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'c7400a60-eef0-43d1-ac8a-00363b3bdba9@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as LQ6KWYBMUJ');
INSERT INTO public.email_logs VALUES (21, 'sarah.johnson92@icloud.com', 'user_posted', 23, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'd298c202-4797-4cc8-aca2-ad83375e56cf@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as O642W3JHL2');
INSERT INTO public.email_logs VALUES (22, 'sarah.bernard15@hotmail.com', 'digest', 24, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '98639397-e98f-4b0b-aff7-a337012f5f72@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as FVVLPKPUFT');
INSERT INTO public.email_logs VALUES (23, 'chiara.rossi81@icloud.com', 'user_posted', 25, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '8fe6ee55-b8c7-4ced-a545-479e8eb11251@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as D6NJP3Z3YH');
INSERT INTO public.email_logs VALUES (24, 'chiara.nielsen65@hotmail.com', 'signup', 26, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '8789d60e-082a-4e38-a633-8b441761f73c@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as PQ6OIE3IAU');
INSERT INTO public.email_logs VALUES (25, 'julia.richter15@web.de', 'digest', 27, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'a454503f-46f1-40ad-a8a0-998f337207f7@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as VVXYDHQUZE');
INSERT INTO public.email_logs VALUES (26, 'anna.becker11@gmx.de', 'user_posted', 28, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'b9d293ac-6915-46d6-abba-4900d7407872@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 3JM6A7DQFZ');
INSERT INTO public.email_logs VALUES (27, 'maria.novak20@proton.me', 'user_posted', 29, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'f6169e1a-eba4-4e9a-a254-6b2d64f88a4c@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as OV66IT35NP');
INSERT INTO public.email_logs VALUES (28, 'chiara.becker4@outlook.com', 'user_posted', 30, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'ee54c96c-458f-4765-a679-685987e12c57@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as J4ERWY7ATG');
INSERT INTO public.email_logs VALUES (29, 'anna.rossi28@hotmail.com', 'signup', 31, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, '47ace68b-f0aa-4b17-a3a3-98de24d2e471@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as DR5CRJBUA7');
INSERT INTO public.email_logs VALUES (30, 'lukas.kowalski58@gmail.com', 'forgot_password', 32, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, false, 'f3018633-02b2-46b0-ae38-36b15dde801e@forum.radsport-nordheide.de', '250 2.0.0 Ok: queued as 2ZRP5ZPABN');


--
-- Data for Name: email_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.email_tokens VALUES (8, 8, 'marco.taylor87@hotmail.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'efd9a2713736000abdd06868be32b9379257d404d638eb830a6ed2d8dfc1f37b', 1);
INSERT INTO public.email_tokens VALUES (16, 16, 'julia.dubois45@gmx.de', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'a0f78c1c53d4aba0d7f1f2ab818b48427b838877815c246fe1df26988915bed0', 1);
INSERT INTO public.email_tokens VALUES (24, 24, 'sarah.bernard15@hotmail.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'b85e221ded8c4bb0b42a692762dfcad70f86434a1124b0452f1765f231b192cc', 1);
INSERT INTO public.email_tokens VALUES (32, 32, 'lukas.kowalski58@gmail.com', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '7dc6b18d962d8eb81c07a9e2fa7e492f509c84e692697fc9d248032ec62363ea', 1);
INSERT INTO public.email_tokens VALUES (40, 40, 'pierre.kowalski51@yahoo.fr', true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '1585e0efe1e3b6e5e11baca83d3afca75b1fd17eb78e8d99b11048aae44ca6fc', 1);


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.groups VALUES (1, 'admins', '2024-03-01 10:00:00', '2024-03-01 10:00:00', true, 2, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false);
INSERT INTO public.groups VALUES (2, 'trust_level_0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', true, 39, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, '', NULL, NULL, NULL, false, false);
INSERT INTO public.groups VALUES (10, 'vorstand', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 5, 'vorstand@radsport-nordheide.de', 'Vorstand', 'smtp.radsport-nordheide.de', 587, 2, 'imap.radsport-nordheide.de', 993, true, 'INBOX', 'vorstand@radsport-nordheide.de', 'SattelstvLRR!48', NULL, true, true);


--
-- Data for Name: incoming_emails; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.incoming_emails VALUES (1, 36, 3, 1, 'Return-Path: <jan.jensen52@outlook.com>
Delivered-To: forum@radsport-nordheide.de
Message-ID: <6Tq1BxN9fy2wryOvNk8LtS2T@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: Jan Jensen <jan.jensen52@outlook.com>
To: forum+4d97157794a08ceed5a438269d49da99@radsport-nordheide.de
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
Jan Jensen
Mobil: +49 155 56475114
', NULL, '6Tq1BxN9fy2wryOvNk8LtS2T@mail.gmail.com', 'jan.jensen52@outlook.com', 'forum+026accb50f2c3bdefc97f13abd2742fa@radsport-nordheide.de', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (2, 37, 3, 2, 'Return-Path: <martin.nielsen24@posteo.de>
Delivered-To: forum@radsport-nordheide.de
Message-ID: <vIsB5vlPZR530in5rcpKglbO@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: Martin Nielsen <martin.nielsen24@posteo.de>
To: forum+714013b981a1b7ca6d621fa383cbe1e3@radsport-nordheide.de
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
Martin Nielsen
Mobil: +44 7679 590767
', NULL, 'vIsB5vlPZR530in5rcpKglbO@mail.gmail.com', 'martin.nielsen24@posteo.de', 'forum+7525234443d886a5ac0a0863a31a4109@radsport-nordheide.de', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (3, 38, 3, 3, 'Return-Path: <martin.taylor5@gmx.de>
Delivered-To: forum@radsport-nordheide.de
Message-ID: <uQyzxrIXjpcViCUQZpzNP7S7@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: Martin Taylor <martin.taylor5@gmx.de>
To: forum+7331295247134f09ff053142d1d03daa@radsport-nordheide.de
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
Martin Taylor
Mobil: +1 (312) 708-5957
', NULL, 'uQyzxrIXjpcViCUQZpzNP7S7@mail.gmail.com', 'martin.taylor5@gmx.de', 'forum+a9888095e8ddc79cd4a55fc3fc56e698@radsport-nordheide.de', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (4, 39, 3, 4, 'Return-Path: <olivia.muller93@icloud.com>
Delivered-To: forum@radsport-nordheide.de
Message-ID: <JAfPVIe8Cn0QjF7UtsNGT3tM@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: Olivia Müller <olivia.muller93@icloud.com>
To: forum+60591b803f6bfefd2c45b16276dffd04@radsport-nordheide.de
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
Olivia Müller
Mobil: +44 7662 341253
', NULL, 'JAfPVIe8Cn0QjF7UtsNGT3tM@mail.gmail.com', 'olivia.muller93@icloud.com', 'forum+4805adc15c3b14932d87c9234f79e2f5@radsport-nordheide.de', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);
INSERT INTO public.incoming_emails VALUES (5, 40, 3, 5, 'Return-Path: <pierre.kowalski51@yahoo.fr>
Delivered-To: forum@radsport-nordheide.de
Message-ID: <aV5L7jueFd1vFJ8OApzJojR0@mail.gmail.com>
Date: Fri, 1 Mar 2024 10:00:00 +0100
From: Pierre Kowalski <pierre.kowalski51@yahoo.fr>
To: forum+76fd359fff778233550526f0f39191f6@radsport-nordheide.de
Subject: Re: Ausfahrt am Sonntag
Content-Type: text/plain; charset=UTF-8

Ich komme mit, bringe meinen Sohn mit.

--
Pierre Kowalski
Mobil: +1 (206) 988-9868
', NULL, 'aV5L7jueFd1vFJ8OApzJojR0@mail.gmail.com', 'pierre.kowalski51@yahoo.fr', 'forum+6d170d34fd475fd398eac82d692c7b09@radsport-nordheide.de', NULL, 'Re: Ausfahrt am Sonntag', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false, 1);


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.posts VALUES (1, 3, 1, 2, 'Beitrag 1: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 1: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (2, 4, 1, 3, 'Beitrag 2: Danke für die Tour!', '<p>Beitrag 2: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (3, 5, 1, 4, 'Beitrag 3: Bilder folgen.', '<p>Beitrag 3: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (4, 6, 1, 5, 'Beitrag 4: Bin dabei.', '<p>Beitrag 4: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (5, 7, 1, 6, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/8343492554 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/8343492554" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/8343492554</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (6, 8, 2, 1, 'Beitrag 6: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 6: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (7, 9, 2, 2, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=vUAnY3ry8WZ und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=vUAnY3ry8WZ" rel="noopener nofollow ugc">www.youtube.com/watch?v=vUAnY3ry8WZ</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (8, 10, 2, 3, 'Beitrag 8: Bin dabei.', '<p>Beitrag 8: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (9, 11, 2, 4, 'Beitrag 9: Wetter sieht gut aus.', '<p>Beitrag 9: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (10, 12, 2, 5, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/7327882993 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/7327882993" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/7327882993</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (11, 13, 2, 6, 'Beitrag 11: Bin dabei.', '<p>Beitrag 11: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (12, 14, 3, 1, 'Beitrag 12: Bin dabei.', '<p>Beitrag 12: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (13, 15, 3, 2, 'Beitrag 13: Bin dabei.', '<p>Beitrag 13: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (14, 16, 3, 3, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=BEj5U69MWMa und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=BEj5U69MWMa" rel="noopener nofollow ugc">www.youtube.com/watch?v=BEj5U69MWMa</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (15, 17, 3, 4, 'Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +1 (617) 678-4548 oder schreibt an maria.hoffmann84@gmail.com', '<p>Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +1 (617) 678-4548 oder schreibt an maria.hoffmann84@gmail.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (16, 18, 3, 5, 'Beitrag 16: Wetter sieht gut aus.', '<p>Beitrag 16: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (17, 19, 3, 6, 'Beitrag 17: Wetter sieht gut aus.', '<p>Beitrag 17: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (18, 20, 4, 1, 'Beitrag 18: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 18: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (19, 21, 4, 2, 'Beitrag 19: Danke für die Tour!', '<p>Beitrag 19: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (20, 22, 4, 3, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/6595319034 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/6595319034" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/6595319034</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (21, 23, 4, 4, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=5NS9Lg5C9Tv und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=5NS9Lg5C9Tv" rel="noopener nofollow ugc">www.youtube.com/watch?v=5NS9Lg5C9Tv</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (22, 24, 4, 5, 'Beitrag 22: Danke für die Tour!', '<p>Beitrag 22: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (23, 25, 4, 6, 'Beitrag 23: Danke für die Tour!', '<p>Beitrag 23: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (24, 26, 5, 1, 'Beitrag 24: Bilder folgen.', '<p>Beitrag 24: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (25, 27, 5, 2, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/9713656609 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/9713656609" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/9713656609</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (26, 28, 5, 3, 'Beitrag 26: Danke für die Tour!', '<p>Beitrag 26: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (27, 29, 5, 4, 'Beitrag 27: Wetter sieht gut aus.', '<p>Beitrag 27: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (28, 30, 5, 5, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=HUqd2l-HYKp und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=HUqd2l-HYKp" rel="noopener nofollow ugc">www.youtube.com/watch?v=HUqd2l-HYKp</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (29, 31, 5, 6, 'Beitrag 29: Wetter sieht gut aus.', '<p>Beitrag 29: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (30, 2, 6, 1, 'Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +44 7941 833057 oder schreibt an emma.taylor63@web.de', '<p>Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +44 7941 833057 oder schreibt an emma.taylor63@web.de</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (31, 3, 6, 2, 'Beitrag 31: Bilder folgen.', '<p>Beitrag 31: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (32, 4, 6, 3, 'Beitrag 32: Wetter sieht gut aus.', '<p>Beitrag 32: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (33, 5, 6, 4, 'Beitrag 33: Wetter sieht gut aus.', '<p>Beitrag 33: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (34, 6, 6, 5, 'Beitrag 34: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 34: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (35, 7, 6, 6, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/0765149896 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/0765149896" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/0765149896</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (36, 8, 7, 1, 'Beitrag 36: Bin dabei.', '<p>Beitrag 36: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (37, 9, 7, 2, 'Beitrag 37: Bilder folgen.', '<p>Beitrag 37: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (38, 10, 7, 3, 'Beitrag 38: Bilder folgen.', '<p>Beitrag 38: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (39, 11, 7, 4, 'Beitrag 39: Bin dabei.', '<p>Beitrag 39: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (40, 12, 7, 5, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/5412398861 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/5412398861" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/5412398861</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (41, 13, 7, 6, 'Beitrag 41: Bin dabei.', '<p>Beitrag 41: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (42, 14, 8, 1, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=Cr_iTDmAVA1 und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=Cr_iTDmAVA1" rel="noopener nofollow ugc">www.youtube.com/watch?v=Cr_iTDmAVA1</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (43, 15, 8, 2, 'Beitrag 43: Danke für die Tour!', '<p>Beitrag 43: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (44, 16, 8, 3, 'Beitrag 44: Wetter sieht gut aus.', '<p>Beitrag 44: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (45, 17, 8, 4, 'Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +1 (617) 678-4548 oder schreibt an maria.hoffmann84@gmail.com', '<p>Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +1 (617) 678-4548 oder schreibt an maria.hoffmann84@gmail.com</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (46, 18, 8, 5, 'Beitrag 46: Bilder folgen.', '<p>Beitrag 46: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (47, 19, 8, 6, 'Beitrag 47: Danke für die Tour!', '<p>Beitrag 47: Danke für die Tour!</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (48, 20, 9, 1, 'Beitrag 48: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 48: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (49, 21, 9, 2, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=OCbdSBvKV8a und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=OCbdSBvKV8a" rel="noopener nofollow ugc">www.youtube.com/watch?v=OCbdSBvKV8a</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (50, 22, 9, 3, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/1959425334 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/1959425334" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/1959425334</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (51, 23, 9, 4, 'Beitrag 51: Bilder folgen.', '<p>Beitrag 51: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (52, 24, 9, 5, 'Beitrag 52: Wetter sieht gut aus.', '<p>Beitrag 52: Wetter sieht gut aus.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (53, 25, 9, 6, 'Beitrag 53: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 53: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (54, 26, 10, 1, 'Beitrag 54: Bilder folgen.', '<p>Beitrag 54: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (55, 27, 10, 2, 'Die Strecke für Samstag: https://www.komoot.com/de-de/tour/1538431081 – Höhenprofil siehe https://www.openstreetmap.org/#map=12/53.3300/9.8800', '<p>Die Strecke für Samstag: <a href="https://www.komoot.com/de-de/tour/1538431081" rel="noopener nofollow ugc">www.komoot.com/de-de/tour/1538431081</a> – Höhenprofil siehe <a href="https://www.openstreetmap.org/#map=12/53.3300/9.8800" rel="noopener nofollow ugc">www.openstreetmap.org/#map=12/53.3300/9.8800</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (56, 28, 10, 3, 'Gute Anleitung zum Schlauchwechsel: https://www.youtube.com/watch?v=OrfkKaVgPP6 und https://de.wikipedia.org/wiki/Fahrradschlauch', '<p>Gute Anleitung zum Schlauchwechsel: <a href="https://www.youtube.com/watch?v=OrfkKaVgPP6" rel="noopener nofollow ugc">www.youtube.com/watch?v=OrfkKaVgPP6</a> und <a href="https://de.wikipedia.org/wiki/Fahrradschlauch" rel="noopener nofollow ugc">de.wikipedia.org/wiki/Fahrradschlauch</a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (57, 29, 10, 4, 'Beitrag 57: Hat jemand einen Ersatzschlauch 28 Zoll?', '<p>Beitrag 57: Hat jemand einen Ersatzschlauch 28 Zoll?</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (58, 30, 10, 5, 'Beitrag 58: Bilder folgen.', '<p>Beitrag 58: Bilder folgen.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (59, 31, 10, 6, 'Beitrag 59: Bin dabei.', '<p>Beitrag 59: Bin dabei.</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);
INSERT INTO public.posts VALUES (60, 2, 11, 1, 'Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +44 7941 833057 oder schreibt an emma.taylor63@web.de', '<p>Wer fährt am Sonntag mit? Treffpunkt 9 Uhr am Bahnhof. Bei Fragen ruft mich an: +44 7941 833057 oder schreibt an emma.taylor63@web.de</p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 0, 1);


--
-- Data for Name: remote_themes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.remote_themes VALUES (1, 'https://github.com/discourse/discourse-brand-header.git', '71b71206b1497ed16d9e741334ca3b660d089f46', 'c65b0a382e4b1e18bbd53f23660b42aaf6059750', 'https://meta.discourse.org/t/23264', 'https://github.com/discourse/discourse-brand-header/blob/main/LICENSE', 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, 'main', NULL);
INSERT INTO public.remote_themes VALUES (2, 'https://github.com/discourse/discourse-category-banners.git', 'a825f1aca834c63f959dcf8ad23fa9771a365301', 'f49617a3ec8ca92cbf6aa487f49e50303e5f6510', 'https://meta.discourse.org/t/92087', 'https://github.com/discourse/discourse-category-banners/blob/main/LICENSE', 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, 'main', NULL);
INSERT INTO public.remote_themes VALUES (3, 'ssh://git@git.radsport-nordheide.de:2222/web/forum-theme.git', '04d082246ce0cd25001770732de2c9eaa7a4a3ea', '8d6008b87517412461d9ea9855ede1cb7dcd9360', NULL, NULL, 0, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '-----BEGIN RSA PRIVATE KEY-----
MIIEowU6AqpjT0WDJomHwohsXG3J5UNLR8d+lFBymTJmkcFoHUgE2U9YpPOB2Ncl
FvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx
3VTAqO0xcVoNdNtfiJ1JzD8OuHgeyZki6dTgxcllmv1vs0ZaH/KPmMGGuzTKLPME
18rmWqJmfyuS+gze07bjs/UiCD3mH/3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciw
mVeehJqP+brvlx3SI2ayOQ6zxlY/UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91d
dL9iubkvlfCnzYMkFYMB7OR6vJ+ZKDpYrQMKgJuOrQaWYFUZf1WdtVjGvUunV+T3
fG/IswT7ITIebC1arYeg26qwXoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrw
AJW4AfOhYOqzXLEwJZfjwvyGcO5i==
-----END RSA PRIVATE KEY-----
', 'main', NULL);


--
-- Data for Name: site_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.site_settings VALUES (1, 'title', 1, 'Radsport Nordheide Forum', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (2, 'contact_email', 14, 'emma.taylor63@web.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (3, 'notification_email', 14, 'noreply@forum.radsport-nordheide.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (4, 'contact_url', 1, 'https://www.radsport-nordheide.de/impressum', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (5, 'company_name', 1, 'Radsport Nordheide e.V.', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (6, 'enable_s3_uploads', 5, 't', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (7, 's3_access_key_id', 1, 'AKIAO73QFZ7ULIR7A36P', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (8, 's3_secret_access_key', 1, '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', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (9, 's3_upload_bucket', 1, 'rsn-forum-uploads', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (10, 's3_region', 7, 'eu-central-1', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (11, 's3_cdn_url', 1, 'https://cdn.radsport-nordheide.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (12, 'enable_discourse_connect', 5, 't', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (13, 'discourse_connect_url', 1, 'https://mitglieder.radsport-nordheide.de/sso/discourse', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (14, 'discourse_connect_secret', 1, 'nLVb0xqacN44rjD9YVNf2NmCfXktUqUU', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (15, 'enable_google_oauth2_logins', 5, 't', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (16, 'google_oauth2_client_id', 1, '331591716969-nfjylfhja3hfd5lmystk1xd4pv8ltaze.apps.googleusercontent.com', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (17, 'google_oauth2_client_secret', 1, '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', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (18, 'github_client_id', 1, 'Iv1.6dda8dd70621d506', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (19, 'github_client_secret', 1, 'f84ee10ef30e26de8d9a95051158c2720a2ea998', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (20, 'maxmind_license_key', 1, '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', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (21, 'pop3_polling_enabled', 5, 't', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (22, 'pop3_polling_host', 1, 'mail.radsport-nordheide.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (23, 'pop3_polling_username', 1, 'forum@radsport-nordheide.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (24, 'pop3_polling_password', 1, 'Kettenblatt#8533', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (25, 'reply_by_email_address', 14, 'forum+%{reply_key}@radsport-nordheide.de', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.site_settings VALUES (26, 'allowed_iframes', 8, 'https://www.google.com/maps/embed?|https://www.openstreetmap.org/export/embed.html?|https://www.komoot.com/de-de/tour/', '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_associated_accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_associated_accounts VALUES (1, 'google_oauth2', '237338688608640346693', 5, '2024-03-01 10:00:00', '{"name": "Jonas Richter", "email": "jonas.richter60@gmail.com", "image": "https://lh3.googleusercontent.com/a/ACg8ocXUOUTyjt-RylnEnTdSuJwp09RD3_nydvPk6h7D42=s96-c", "last_name": "Richter", "first_name": "Jonas"}', '{"token": "ya29.a0AmZSM2z-X-xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC_0zUVqpabZTeDh3Ng-s85DR405uAZjOHEIgC8ymeCtvFRmLeNg-eYVMU-lBA_tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCw", "expires": true, "expires_at": 1711003600, "refresh_token": "1//0tk3e6DYdvAX2OJ7-FRxkkPdoBiaf53-5_mGGnhLeJMHnD4-lHqAboDguwwo7lzGku0d4YLc0a5CbgKL_B5gkwWKDDeT-NsdpbWJI"}', '{"raw_info": {"hd": null, "sub": "854782979265186456430", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (2, 'github', '29092744', 6, '2024-03-01 10:00:00', '{"name": "Emily Nielsen", "email": "emily.nielsen30@gmail.com", "image": "https://avatars.githubusercontent.com/u/85368294?v=4", "nickname": "emily98", "last_name": "Nielsen", "first_name": "Emily"}', '{"token": "gho_IaE0VUveFVc8Lk8ilnfKU54Xgbjvf6TgfXOR", "expires": false}', '{"raw_info": {"blog": "", "login": "emily98", "company": "Radsport Nordheide e.V."}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (3, 'google_oauth2', '201995545433648865569', 7, '2024-03-01 10:00:00', '{"name": "Marco Johnson", "email": "marco.johnson29@proton.me", "image": "https://lh3.googleusercontent.com/a/ACg8ocfZi7sLY742RuAueBTxhVlf6P6evOkQuEHkIqKA53=s96-c", "last_name": "Johnson", "first_name": "Marco"}', '{"token": "ya29.a0Am_Un4tVgzUXL-HPwIJuTc-RjXVeFq-qLk1OslhoP5hpXzwIxw0LFdcYXDa_irwL51-aIEaOc_iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R_zdYYJr9u--ltOKeec7_sXmBI", "expires": true, "expires_at": 1711003600, "refresh_token": "1//0WtNu_E-_en6Qpi4BLdu81jsD-NImnAk5aBHAASuQ1AEt-JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q_ya"}', '{"raw_info": {"hd": null, "sub": "890412273189642050284", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (4, 'github', '04050942', 8, '2024-03-01 10:00:00', '{"name": "Marco Taylor", "email": "marco.taylor87@hotmail.com", "image": "https://avatars.githubusercontent.com/u/10923289?v=4", "nickname": "marco34", "last_name": "Taylor", "first_name": "Marco"}', '{"token": "gho_qLkBiCU2wf6x6eGBHrVWMFOKbR9ea5V6gkmJ", "expires": false}', '{"raw_info": {"blog": "", "login": "marco34", "company": "Radsport Nordheide e.V."}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (5, 'google_oauth2', '370511470058475360796', 9, '2024-03-01 10:00:00', '{"name": "Daniel Martínez", "email": "daniel.martinez84@gmx.de", "image": "https://lh3.googleusercontent.com/a/ACg8ocvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2=s96-c", "last_name": "Martínez", "first_name": "Daniel"}', '{"token": "ya29.a0AjNKZD5CwBbzA0eQcBv1gEBZpHzBn_J_uavZ4syJjATaSHmBuZplJtIQejDQWLBcp8dZ_s6oqZ36II5-TWGNmYgV81xVPcCTB7mAHjr6-VjntJVRX_l-y9Rs8guUHILiwQW_MtaOxvN4Feu52YLFXa-", "expires": true, "expires_at": 1711003600, "refresh_token": "1//0UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee-dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lz"}', '{"raw_info": {"hd": null, "sub": "399804192890279192447", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (6, 'github', '30557249', 10, '2024-03-01 10:00:00', '{"name": "Jonas Jensen", "email": "jonas.jensen7@proton.me", "image": "https://avatars.githubusercontent.com/u/06191864?v=4", "nickname": "jonas21", "last_name": "Jensen", "first_name": "Jonas"}', '{"token": "gho_A9hagRQvwwBkPBuvHCOser3c42LmQRi2ZKh5", "expires": false}', '{"raw_info": {"blog": "", "login": "jonas21", "company": "Radsport Nordheide e.V."}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (7, 'google_oauth2', '880777684433236805501', 11, '2024-03-01 10:00:00', '{"name": "Lukas Schmidt", "email": "lukas.schmidt19@icloud.com", "image": "https://lh3.googleusercontent.com/a/ACg8ocS1DNiT9zb5SVz5-KX4LMxMqB09KUFkfYNCTrtmLM=s96-c", "last_name": "Schmidt", "first_name": "Lukas"}', '{"token": "ya29.a0A0HOraXKVmrQ89x8lIVk2zFvh-ARKlm7D1p0k_TX5UvBr6F3tXLidWiuzm8NxTtgGz_fgr2EuyqEejNszkB0Ar8EpYEqHZ8BUOl15Xf1i_oES96CMyhB4nNV1RTZREh-ql1SoMC5oqbBZNeWDZPyvmX", "expires": true, "expires_at": 1711003600, "refresh_token": "1//0miIN8q6tQKfUl7e2wkyivgXJf-rydoyBtZIzcGmnk3BOSzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux"}', '{"raw_info": {"hd": null, "sub": "601489860290787802154", "locale": "de", "email_verified": true}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_associated_accounts VALUES (8, 'github', '30524030', 12, '2024-03-01 10:00:00', '{"name": "Jan Becker", "email": "jan.becker74@web.de", "image": "https://avatars.githubusercontent.com/u/90740106?v=4", "nickname": "jan12", "last_name": "Becker", "first_name": "Jan"}', '{"token": "gho_dllDevL2dlitpHEINbHat4iUgiaYN8oFFK2L", "expires": false}', '{"raw_info": {"blog": "", "login": "jan12", "company": "Radsport Nordheide e.V."}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_auth_token_logs; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_auth_token_logs VALUES (3, 'generate', 3, 3, '62.36.189.133', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '+cQWrvLdEyqwIqa8YJ1+6D5HWRc=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (6, 'generate', 6, 6, '178.135.171.199', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'tP0ql851jp0QAnabe7fV13Yat/k=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (9, 'generate', 9, 9, '109.39.82.91', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'CsrpkwWwFYKnqQRBkSzBwOIy8ZQ=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (12, 'generate', 12, 12, '91.60.180.17', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'jQMQU56NV/KFYg4z0WPh9Wouv1Q=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (15, 'generate', 15, 15, '91.164.236.34', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'h7XVMbJJWsnFpnVJTbin6T95Xcw=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (18, 'generate', 18, 18, '212.240.56.244', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'C2Su0kxya55U9sSx+IX3p2SGb6Y=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (21, 'generate', 21, 21, '84.59.155.43', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'gLV2h++zJfC4A2b5vzy5T9p1hv8=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (24, 'generate', 24, 24, '212.180.59.105', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '/uyi/wLMGGT173jrieCvlwyom+E=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (27, 'generate', 27, 27, '178.49.38.22', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '5WiC98gnuM2nQFWddqfkH8DNFsw=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (30, 'generate', 30, 30, '91.7.55.230', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'bHTYpdZHIH5Jlj92NTOyo/aGYus=', '2024-03-01 10:00:00', '/session');
INSERT INTO public.user_auth_token_logs VALUES (33, 'generate', 33, 33, '109.137.34.39', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'CHxN5WhNKhNNaswwAxYyyN9tHYg=', '2024-03-01 10:00:00', '/session');


--
-- Data for Name: user_auth_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_auth_tokens VALUES (3, 3, '+cQWrvLdEyqwIqa8YJ1+6D5HWRc=', '+cQWrvLdEyqwIqa8YJ1+6D5HWRc=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '62.36.189.133', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (6, 6, 'tP0ql851jp0QAnabe7fV13Yat/k=', 'jtY5AiQ1fTAhMSDSZtmlv80XZLs=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '178.135.171.199', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (9, 9, 'CsrpkwWwFYKnqQRBkSzBwOIy8ZQ=', 'CsrpkwWwFYKnqQRBkSzBwOIy8ZQ=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '109.39.82.91', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (12, 12, 'jQMQU56NV/KFYg4z0WPh9Wouv1Q=', 'N91KlGXqHwhG78LodY8KK0KgZnc=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '91.60.180.17', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (15, 15, 'h7XVMbJJWsnFpnVJTbin6T95Xcw=', 'h7XVMbJJWsnFpnVJTbin6T95Xcw=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '91.164.236.34', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (18, 18, 'C2Su0kxya55U9sSx+IX3p2SGb6Y=', 'Ye1zNa48GzqLta7wfvirDoCUSoc=', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', true, '212.240.56.244', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (21, 21, 'gLV2h++zJfC4A2b5vzy5T9p1hv8=', 'gLV2h++zJfC4A2b5vzy5T9p1hv8=', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', true, '84.59.155.43', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (24, 24, '/uyi/wLMGGT173jrieCvlwyom+E=', 'Iz/EIw7MNVdlb2DfgGRQy3z1SH0=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '212.180.59.105', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (27, 27, '5WiC98gnuM2nQFWddqfkH8DNFsw=', '5WiC98gnuM2nQFWddqfkH8DNFsw=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '178.49.38.22', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (30, 30, 'bHTYpdZHIH5Jlj92NTOyo/aGYus=', '0Z5At7Y+mzhFFmBc6pz5kNavfQg=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '91.7.55.230', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);
INSERT INTO public.user_auth_tokens VALUES (33, 33, 'CHxN5WhNKhNNaswwAxYyyN9tHYg=', 'CHxN5WhNKhNNaswwAxYyyN9tHYg=', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', true, '109.137.34.39', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', false);


--
-- Data for Name: user_emails; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_emails VALUES (1, 1, 'no_email', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'no_email');
INSERT INTO public.user_emails VALUES (2, 2, 'emma.taylor63@web.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'emma.taylor63@web.de');
INSERT INTO public.user_emails VALUES (3, 3, 'eva.taylor56@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'eva.taylor56@hotmail.com');
INSERT INTO public.user_emails VALUES (4, 4, 'lukas.schmidt98@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'lukas.schmidt98@icloud.com');
INSERT INTO public.user_emails VALUES (5, 5, 'jonas.richter60@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'jonasrichter60@gmail.com');
INSERT INTO public.user_emails VALUES (6, 6, 'emily.nielsen30@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'emilynielsen30@gmail.com');
INSERT INTO public.user_emails VALUES (7, 7, 'marco.johnson29@proton.me', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'marco.johnson29@proton.me');
INSERT INTO public.user_emails VALUES (8, 8, 'marco.taylor87@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'marco.taylor87@hotmail.com');
INSERT INTO public.user_emails VALUES (9, 9, 'daniel.martinez84@gmx.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'daniel.martinez84@gmx.de');
INSERT INTO public.user_emails VALUES (10, 10, 'jonas.jensen7@proton.me', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'jonas.jensen7@proton.me');
INSERT INTO public.user_emails VALUES (11, 11, 'lukas.schmidt19@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'lukas.schmidt19@icloud.com');
INSERT INTO public.user_emails VALUES (12, 12, 'jan.becker74@web.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'jan.becker74@web.de');
INSERT INTO public.user_emails VALUES (13, 13, 'sophie.becker77@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'sophie.becker77@hotmail.com');
INSERT INTO public.user_emails VALUES (14, 14, 'emily.dubois32@proton.me', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'emily.dubois32@proton.me');
INSERT INTO public.user_emails VALUES (15, 15, 'james.schmidt29@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'james.schmidt29@hotmail.com');
INSERT INTO public.user_emails VALUES (16, 16, 'julia.dubois45@gmx.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'julia.dubois45@gmx.de');
INSERT INTO public.user_emails VALUES (17, 17, 'maria.hoffmann84@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'mariahoffmann84@gmail.com');
INSERT INTO public.user_emails VALUES (18, 18, 'julia.fischer52@web.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'julia.fischer52@web.de');
INSERT INTO public.user_emails VALUES (19, 19, 'laura.fischer8@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'laura.fischer8@icloud.com');
INSERT INTO public.user_emails VALUES (20, 20, 'jan.kowalski54@posteo.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'jan.kowalski54@posteo.de');
INSERT INTO public.user_emails VALUES (21, 21, 'eva.jensen97@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'evajensen97@gmail.com');
INSERT INTO public.user_emails VALUES (22, 22, 'marco.richter6@posteo.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'marco.richter6@posteo.de');
INSERT INTO public.user_emails VALUES (23, 23, 'sarah.johnson92@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'sarah.johnson92@icloud.com');
INSERT INTO public.user_emails VALUES (24, 24, 'sarah.bernard15@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'sarah.bernard15@hotmail.com');
INSERT INTO public.user_emails VALUES (25, 25, 'chiara.rossi81@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'chiara.rossi81@icloud.com');
INSERT INTO public.user_emails VALUES (26, 26, 'chiara.nielsen65@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'chiara.nielsen65@hotmail.com');
INSERT INTO public.user_emails VALUES (27, 27, 'julia.richter15@web.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'julia.richter15@web.de');
INSERT INTO public.user_emails VALUES (28, 28, 'anna.becker11@gmx.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'anna.becker11@gmx.de');
INSERT INTO public.user_emails VALUES (29, 29, 'maria.novak20@proton.me', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'maria.novak20@proton.me');
INSERT INTO public.user_emails VALUES (30, 30, 'chiara.becker4@outlook.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'chiara.becker4@outlook.com');
INSERT INTO public.user_emails VALUES (31, 31, 'anna.rossi28@hotmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'anna.rossi28@hotmail.com');
INSERT INTO public.user_emails VALUES (32, 32, 'lukas.kowalski58@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'lukaskowalski58@gmail.com');
INSERT INTO public.user_emails VALUES (33, 33, 'pierre.schmidt95@proton.me', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'pierre.schmidt95@proton.me');
INSERT INTO public.user_emails VALUES (34, 34, 'sarah.taylor20@outlook.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'sarah.taylor20@outlook.com');
INSERT INTO public.user_emails VALUES (35, 35, 'lukas.hoffmann38@gmail.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'lukashoffmann38@gmail.com');
INSERT INTO public.user_emails VALUES (36, 36, 'jan.jensen52@outlook.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'jan.jensen52@outlook.com');
INSERT INTO public.user_emails VALUES (37, 37, 'martin.nielsen24@posteo.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'martin.nielsen24@posteo.de');
INSERT INTO public.user_emails VALUES (38, 38, 'martin.taylor5@gmx.de', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'martin.taylor5@gmx.de');
INSERT INTO public.user_emails VALUES (39, 39, 'olivia.muller93@icloud.com', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'olivia.muller93@icloud.com');
INSERT INTO public.user_emails VALUES (40, 40, 'pierre.kowalski51@yahoo.fr', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'pierre.kowalski51@yahoo.fr');


--
-- Data for Name: user_histories; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_histories VALUES (1, 1, 3, 11, 'id: 11
username: user11', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '62.36.189.133', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (2, 3, 4, 12, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '212.212.32.92', NULL, 'title', 'Forum', 'Radsport Nordheide Forum', true);
INSERT INTO public.user_histories VALUES (3, 21, 2, 13, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '79.219.132.125', 'emily.dubois32@proton.me', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (4, 1, 3, 14, 'id: 14
username: user14', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '62.36.189.133', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (5, 3, 4, 15, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '212.212.32.92', NULL, 'title', 'Forum', 'Radsport Nordheide Forum', true);
INSERT INTO public.user_histories VALUES (6, 21, 2, 16, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '79.219.132.125', 'maria.hoffmann84@gmail.com', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (7, 1, 3, 17, 'id: 17
username: user17', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '62.36.189.133', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (8, 3, 4, 18, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '212.212.32.92', NULL, 'title', 'Forum', 'Radsport Nordheide Forum', true);
INSERT INTO public.user_histories VALUES (9, 21, 2, 19, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '79.219.132.125', 'jan.kowalski54@posteo.de', NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (10, 1, 3, 20, 'id: 20
username: user20', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '62.36.189.133', NULL, NULL, NULL, NULL, true);
INSERT INTO public.user_histories VALUES (11, 3, 4, 21, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '212.212.32.92', NULL, 'title', 'Forum', 'Radsport Nordheide Forum', true);
INSERT INTO public.user_histories VALUES (12, 21, 2, 22, NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, '79.219.132.125', 'sarah.johnson92@icloud.com', NULL, NULL, NULL, true);


--
-- Data for Name: user_passwords; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_passwords VALUES (2, 2, 'b2bcadbc5e6bead224384ed94ce8a2699f19102ff98950df57a3d61050101799', '6243ffabe9ca850a18baba72adf73a5e', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (3, 3, '0d7d43648b1bcabe50dde6724d2dfd7f3ea8ddc909a7ae78cf7a712ebb44941b', '813f14ffbe051bddc2e1508be2285eba', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (4, 4, '42dcd369c78af61cc5a224feb9431c60ae056c904d90418da1c82ef7a5b5278e', 'd4ee553f2cdefeb6cd636000050c4e35', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (5, 5, 'd60bf64268b3faa6c6dbecda467740954bdf612599992feb31ef21597486d3ed', 'db150ae33c74e1f855d36506619ee8fa', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (6, 6, '9214e9a1851d45d5db9f4ed42c32ba074b5a490cb4e1017ef4dab17227f79e26', '43c34639ffa8accd39225c7e163bb929', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (7, 7, '521e5a7168f2e14de7b7e0db45a00086cad41d1e638c90efcb7a5863b83fd1c2', '15ac14edf3388087f863ec8044f4a59d', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (8, 8, 'b232a0496873d2d6a6f0ae9748fdf52ed293ab7d685bf0849671dc3f62e015c0', '93167e0835e5f323d1f558aa34a0687d', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (9, 9, 'db9a2bac991c8186ccb683636053d0d7ab3b33f2d641326160c76e153987181f', '26c9a9e2337eeb8aa1312931ba423274', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (10, 10, '02f4ac6368fbedb4130292529ddfac06bc9a91a89b5c9ac4a35a138acaece00a', '444b5bcf9ef7d69895082a350a1b66f4', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (11, 11, '71f2ddea9cade036ba0b89e2ee1dc3e02f9d376c0443f87d53030e462e05b07a', '8f5bf1312485aa546db371233f173c78', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (12, 12, '6f7b2b8b49532e8befec2a626493e0a5beddbc2d2c922e837f0d1eb0b5707b4d', '9d160f2aa7136ab6fb821580eff55f8b', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (13, 13, 'a51d9f817093777193d7d6324a717b58d838e3456da0eba1c03783fe151bbef4', '851805e4f692462a2fb5dd8118916c76', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (14, 14, '5678ea4c7daf38a8f9065e49cd6cfbe5012a0786ae843c6d9b62ddaa49139911', 'f769f0d7838d8f6ff5cc913bdf791883', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (15, 15, '2c9e6a66c3b50bbb5cad804b21d51c1e1569e20d2e9d64bd700f8d0c54c06fe0', 'c61dfbb077634312c0de536a56e129b7', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (16, 16, '5342bb9ae1d50617fda97fee4df04d2351f9c41388460ffb68148b648345037e', '571f7b18a4900b96acf445fd163d22d7', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (17, 17, 'e0f4a62eb0cfda8db0881808b4c23815649fbc9619f5ba2c7d06561bbdaa0463', '05a7f039999d4f41b159b63b8646f939', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (18, 18, 'b58a48bd7c925ac3076508fe8220be4d90f1a0feb6e1d40d1213cc5c37cbc647', 'e094945d7e4ba56c160834407fa4a630', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (19, 19, '832baef9021e2e9093f7c36a9a517edfa5cad865cca329dc5b0aedfc04bef93a', '2e0b011bc5318722306549e48f049442', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (20, 20, '6203b2d4bf5fcd746f82d22bb857f6c1e3daf0aa4486e0748f944dfc1510ead4', 'a15bf4cc56194525bec3c917e54b6778', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (21, 21, 'f3cf711c7ba7596a402f7d8155881e607708890d4f580ff05d4b8332b55f6483', '1b04cd11b2231856bf9f335b0f834087', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (22, 22, '45911df9b83ccc355f725e777979c49f6e30a9b9b04299b9f1360de4388c78df', '70558b148ea43062507513c65c192d03', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (23, 23, 'c8e8572fe162dfed69745f377fe5bd5ec6ed47c76b1e28ef931131d44fcfbae8', '45804bb86a38fce6a6104e37cc78ea3c', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (24, 24, '75afd3650bac794ffedfd57d531ec63725c7b8ea61345c3855f2de54bb442e1f', '42bf90aebacf018c2f179b80ed7e7040', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (25, 25, 'b23490e89d10cb138cb50e4538b4a2e03928b61a4df73e01591d126f2e445b3a', '6ea74f9edf21857c2fcdd31eda616bdf', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (26, 26, '094bd27970fd9c45061cb5fa21b7a5c962f5d9e7fc82578e807841f2f843b27b', '5a30e70aff3812ea45f1228c2858c5dd', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (27, 27, '63a5d2e590093f517544b87e5cd13a875a8864e769dfc6635f4e467cf6e0e30e', '84c0e0b1bc4bada54fd4327d301c1daf', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (28, 28, '5b73dfb5c2b1b9a09d2fbf6db2a013429068b57e4b2ddb87c92765ffa0802b1c', '452db1f85c8e32541412857582daa5ea', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (29, 29, '49ab09165f7490110615b1551460127e567261a93791e3ad4c403f1b53413735', 'bafddc3a7164a1a85724047062dada07', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (30, 30, 'c528036e602e3e6366ed7ca8901e9f2a927aa730effd1d014956badce2fdab20', 'b1aa07b5ee1980d538cafb7cb35b207d', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (31, 31, 'bda22a45b44cd24b86326d339acc500a643544b5e14469376274df6ae9b5d9c9', 'db808ae6c0cff2ac7288747d1ee290f9', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (32, 32, '66374590a607c1823b40c54ef60970ce076ea7078cd0887c4a5ed38178aeb282', '028c55ff0f752e941dfc678d3e640f7b', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (33, 33, '88657c825383e5130a0017f685e652c9f64b81b53f294c91a257922dcf92a227', '36e39936512104bec995bfbda3070d8e', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.user_passwords VALUES (34, 34, '9edf34dac1e76562939ea333df3c6d3652ee2d1aa7ca56f55c650cb9a37196c7', '2c0cd6bed0375aab55f30fa8c6c6b629', '$pbkdf2-sha256$i=600000,l=32$', NULL, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_profiles VALUES (2, 'Tostedt', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 50);
INSERT INTO public.user_profiles VALUES (3, 'Lüneburg', 'https://eva-radelt.de', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 148);
INSERT INTO public.user_profiles VALUES (4, 'Buchholz in der Nordheide', '', 'Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +33 6 79 77 79 58', '<p>Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +33 6 79 77 79 58</p>', 115);
INSERT INTO public.user_profiles VALUES (5, 'Winsen (Luhe)', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 289);
INSERT INTO public.user_profiles VALUES (6, 'Lüneburg', 'https://emily-radelt.de', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 281);
INSERT INTO public.user_profiles VALUES (7, 'Tostedt', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 83);
INSERT INTO public.user_profiles VALUES (8, 'Lüneburg', '', 'Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +44 7837 728515', '<p>Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +44 7837 728515</p>', 277);
INSERT INTO public.user_profiles VALUES (9, 'Buchholz in der Nordheide', 'https://daniel-radelt.de', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 79);
INSERT INTO public.user_profiles VALUES (10, 'Buchholz in der Nordheide', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 207);
INSERT INTO public.user_profiles VALUES (11, 'Lüneburg', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 103);
INSERT INTO public.user_profiles VALUES (12, 'Hamburg-Harburg', 'https://jan-radelt.de', 'Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +49 154 75163870', '<p>Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +49 154 75163870</p>', 57);
INSERT INTO public.user_profiles VALUES (13, 'Hamburg-Harburg', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 68);
INSERT INTO public.user_profiles VALUES (14, 'Winsen (Luhe)', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 32);
INSERT INTO public.user_profiles VALUES (15, 'Tostedt', 'https://james-radelt.de', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 150);
INSERT INTO public.user_profiles VALUES (16, 'Winsen (Luhe)', '', 'Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +1 (206) 712-1059', '<p>Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +1 (206) 712-1059</p>', 162);
INSERT INTO public.user_profiles VALUES (17, 'Buchholz in der Nordheide', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 148);
INSERT INTO public.user_profiles VALUES (18, 'Winsen (Luhe)', 'https://julia-radelt.de', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 100);
INSERT INTO public.user_profiles VALUES (19, 'Lüneburg', '', 'Rennrad, Gravel, ab und zu MTB.', '<p>Rennrad, Gravel, ab und zu MTB.</p>', 34);
INSERT INTO public.user_profiles VALUES (20, 'Hamburg-Harburg', '', 'Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +49 155 48436468', '<p>Fahre seit 2015 Rennrad. Ausfahrten organisiere ich gern, meldet euch: +49 155 48436468</p>', 106);


--
-- Data for Name: user_second_factors; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_second_factors VALUES (6, 6, 1, '2CQJYQ735TFMHBSH5H74XVUCFBWEBVHV', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (12, 12, 1, 'QCSN6YHM2SJIXWPWNX32GBAONE5IK6F5', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (18, 18, 1, 'IYAQ4A6RCDUGIO22A4BGULOOWV5T4KHS', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (24, 24, 1, 'XF7UHX66Y5B6E7Q6HLLPHZFTHLLGJ36O', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');
INSERT INTO public.user_second_factors VALUES (30, 30, 1, '4XGIIQ2LYKCAGRNZEMK3AAZUZ2RCG7PI', true, '2024-03-01 10:00:00', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Handy');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES (1, 'system', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'system', 0, '2024-03-01 10:00:00', true, 'system', '2024-03-01 10:00:00', true, 4, false, NULL, false, NULL, 'de', NULL, false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (2, 'emma_t2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Emma Taylor', 0, '2024-03-01 10:00:00', true, 'emma_t2', '2024-03-01 10:00:00', true, 3, false, '79.219.132.125', false, NULL, 'de', '79.219.132.228', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (3, 'eva_t3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Eva Taylor', 0, '2024-03-01 10:00:00', true, 'eva_t3', '2024-03-01 10:00:00', false, 0, false, '62.36.189.133', true, NULL, 'de', '62.36.189.62', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (4, 'lukas_s4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Lukas Schmidt', 0, '2024-03-01 10:00:00', true, 'lukas_s4', '2024-03-01 10:00:00', false, 1, false, '212.212.32.92', false, NULL, 'de', '212.212.32.70', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (5, 'jonas_r0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Jonas Richter', 0, '2024-03-01 10:00:00', true, 'jonas_r0', '2024-03-01 10:00:00', false, 0, false, '109.90.124.120', false, NULL, 'de', '109.90.124.85', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (6, 'emily_n1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Emily Nielsen', 0, '2024-03-01 10:00:00', true, 'emily_n1', '2024-03-01 10:00:00', false, 2, false, '178.135.171.199', false, NULL, 'de', '178.135.171.142', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (7, 'marco_j2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Marco Johnson', 0, '2024-03-01 10:00:00', true, 'marco_j2', '2024-03-01 10:00:00', false, 2, false, '212.244.210.86', false, NULL, 'de', '212.244.210.188', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (8, 'marco_t3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Marco Taylor', 0, '2024-03-01 10:00:00', true, 'marco_t3', '2024-03-01 10:00:00', false, 3, false, '212.185.153.229', false, NULL, 'de', '212.185.153.120', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (9, 'daniel_m4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Daniel Martínez', 0, '2024-03-01 10:00:00', true, 'daniel_m4', '2024-03-01 10:00:00', false, 3, false, '109.39.82.91', false, NULL, 'de', '109.39.82.13', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (10, 'jonas_j0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Jonas Jensen', 0, '2024-03-01 10:00:00', true, 'jonas_j0', '2024-03-01 10:00:00', false, 4, false, '79.210.3.121', false, NULL, 'de', '79.210.3.11', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (11, 'lukas_s1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Lukas Schmidt', 0, '2024-03-01 10:00:00', true, 'lukas_s1', '2024-03-01 10:00:00', false, 2, false, '178.58.56.114', false, NULL, 'de', '178.58.56.69', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (12, 'jan_b2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Jan Becker', 0, '2024-03-01 10:00:00', true, 'jan_b2', '2024-03-01 10:00:00', false, 2, false, '91.60.180.17', false, NULL, 'de', '91.60.180.215', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (13, 'sophie_b3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Sophie Becker', 0, '2024-03-01 10:00:00', true, 'sophie_b3', '2024-03-01 10:00:00', false, 0, false, '212.155.6.38', false, NULL, 'de', '212.155.6.154', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (14, 'emily_d4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Emily Dubois', 0, '2024-03-01 10:00:00', true, 'emily_d4', '2024-03-01 10:00:00', false, 3, false, '109.152.200.21', false, NULL, 'de', '109.152.200.48', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (15, 'james_s0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'James Schmidt', 0, '2024-03-01 10:00:00', true, 'james_s0', '2024-03-01 10:00:00', false, 3, false, '91.164.236.34', false, NULL, 'de', '91.164.236.197', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (16, 'julia_d1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Julia Dubois', 0, '2024-03-01 10:00:00', true, 'julia_d1', '2024-03-01 10:00:00', false, 3, false, '91.26.239.37', false, NULL, 'de', '91.26.239.215', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (17, 'maria_h2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Maria Hoffmann', 0, '2024-03-01 10:00:00', true, 'maria_h2', '2024-03-01 10:00:00', false, 2, false, '109.15.8.240', false, NULL, 'de', '109.15.8.84', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (18, 'julia_f3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Julia Fischer', 0, '2024-03-01 10:00:00', true, 'julia_f3', '2024-03-01 10:00:00', false, 0, false, '212.240.56.244', false, NULL, 'de', '212.240.56.129', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (19, 'laura_f4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Laura Fischer', 0, '2024-03-01 10:00:00', true, 'laura_f4', '2024-03-01 10:00:00', false, 3, false, '62.21.146.35', false, NULL, 'de', '62.21.146.57', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (20, 'jan_k0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Jan Kowalski', 0, '2024-03-01 10:00:00', true, 'jan_k0', '2024-03-01 10:00:00', false, 3, false, '79.41.10.1', false, NULL, 'de', '79.41.10.51', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (21, 'eva_j1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Eva Jensen', 0, '2024-03-01 10:00:00', true, 'eva_j1', '2024-03-01 10:00:00', false, 0, false, '84.59.155.43', false, NULL, 'de', '84.59.155.239', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (22, 'marco_r2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Marco Richter', 0, '2024-03-01 10:00:00', true, 'marco_r2', '2024-03-01 10:00:00', false, 4, false, '62.116.236.122', false, NULL, 'de', '62.116.236.228', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (23, 'sarah_j3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Sarah Johnson', 0, '2024-03-01 10:00:00', true, 'sarah_j3', '2024-03-01 10:00:00', false, 4, false, '91.117.37.237', false, NULL, 'de', '91.117.37.149', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (24, 'sarah_b4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Sarah Bernard', 0, '2024-03-01 10:00:00', true, 'sarah_b4', '2024-03-01 10:00:00', false, 3, false, '212.180.59.105', false, NULL, 'de', '212.180.59.184', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (25, 'chiara_r0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Chiara Rossi', 0, '2024-03-01 10:00:00', true, 'chiara_r0', '2024-03-01 10:00:00', false, 3, false, '178.3.133.80', false, NULL, 'de', '178.3.133.197', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (26, 'chiara_n1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Chiara Nielsen', 0, '2024-03-01 10:00:00', true, 'chiara_n1', '2024-03-01 10:00:00', false, 4, false, '62.115.38.140', false, NULL, 'de', '62.115.38.172', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (27, 'julia_r2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Julia Richter', 0, '2024-03-01 10:00:00', true, 'julia_r2', '2024-03-01 10:00:00', false, 0, false, '178.49.38.22', false, NULL, 'de', '178.49.38.85', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (28, 'anna_b3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Anna Becker', 0, '2024-03-01 10:00:00', true, 'anna_b3', '2024-03-01 10:00:00', false, 3, false, '79.23.205.168', false, NULL, 'de', '79.23.205.146', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (29, 'maria_n4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Maria Novak', 0, '2024-03-01 10:00:00', true, 'maria_n4', '2024-03-01 10:00:00', false, 1, false, '91.124.101.8', false, NULL, 'de', '91.124.101.75', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (30, 'chiara_b0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Chiara Becker', 0, '2024-03-01 10:00:00', true, 'chiara_b0', '2024-03-01 10:00:00', false, 2, false, '91.7.55.230', false, NULL, 'de', '91.7.55.186', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (31, 'anna_r1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Anna Rossi', 0, '2024-03-01 10:00:00', true, 'anna_r1', '2024-03-01 10:00:00', false, 2, false, '84.103.122.32', false, NULL, 'de', '84.103.122.86', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (32, 'lukas_k2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Lukas Kowalski', 0, '2024-03-01 10:00:00', true, 'lukas_k2', '2024-03-01 10:00:00', false, 2, false, '79.170.103.116', false, NULL, 'de', '79.170.103.70', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (33, 'pierre_s3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Pierre Schmidt', 0, '2024-03-01 10:00:00', true, 'pierre_s3', '2024-03-01 10:00:00', false, 2, false, '109.137.34.39', false, NULL, 'de', '109.137.34.79', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (34, 'sarah_t4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Sarah Taylor', 0, '2024-03-01 10:00:00', true, 'sarah_t4', '2024-03-01 10:00:00', false, 1, false, '79.240.74.69', false, NULL, 'de', '79.240.74.220', false, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (35, 'lukas_h0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Lukas Hoffmann', 0, '2024-03-01 10:00:00', false, 'lukas_h0', '2024-03-01 10:00:00', false, 0, false, '79.117.159.116', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (36, 'jan_j1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Jan Jensen', 0, '2024-03-01 10:00:00', false, 'jan_j1', '2024-03-01 10:00:00', false, 0, false, '79.51.67.187', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (37, 'martin_n2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Martin Nielsen', 0, '2024-03-01 10:00:00', false, 'martin_n2', '2024-03-01 10:00:00', false, 0, false, '178.133.100.210', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (38, 'martin_t3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Martin Taylor', 0, '2024-03-01 10:00:00', false, 'martin_t3', '2024-03-01 10:00:00', false, 0, false, '62.60.243.146', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (39, 'olivia_m4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Olivia Müller', 0, '2024-03-01 10:00:00', false, 'olivia_m4', '2024-03-01 10:00:00', false, 0, false, '62.90.94.136', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);
INSERT INTO public.users VALUES (40, 'pierre_k0', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Pierre Kowalski', 0, '2024-03-01 10:00:00', false, 'pierre_k0', '2024-03-01 10:00:00', false, 0, false, '109.131.101.245', false, NULL, 'de', NULL, true, '2024-03-01 10:00:00', NULL);


--
-- Data for Name: web_hook_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_hook_events VALUES (1, 1, '{"Accept":"*/*","Content-Length":"215","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"1","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=2e8ee921c11e58ac656386de125995e960e38ce4b839e50c742b3f7efc6b82a4"}', '{"user":{"id":11,"username":"user11","name":"Jan Becker","email":"jan.becker74@web.de","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 133, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (2, 1, '{"Accept":"*/*","Content-Length":"226","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"2","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=e5ae7fec5725c74f721129c29e6accd7a27f3da11a5831f198697ca9436284c6"}', '{"user":{"id":12,"username":"user12","name":"Sophie Becker","email":"sophie.becker77@hotmail.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 400, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (3, 1, '{"Accept":"*/*","Content-Length":"222","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"3","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=66c01904086f0d62adce921d33dfb608afe0a85ab8f6c2309c3a6042611484a1"}', '{"user":{"id":13,"username":"user13","name":"Emily Dubois","email":"emily.dubois32@proton.me","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 349, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (4, 1, '{"Accept":"*/*","Content-Length":"226","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"4","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=d84719bc4c1f72a0089d669cf150dec268859f5054abbc1a857f5760bcf11f8b"}', '{"user":{"id":14,"username":"user14","name":"James Schmidt","email":"james.schmidt29@hotmail.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 331, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (5, 1, '{"Accept":"*/*","Content-Length":"219","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"5","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=4e9251f55104e01eccd763fd9facc6b6eba55983de7b908da9cde5dc6d9ca59d"}', '{"user":{"id":15,"username":"user15","name":"Julia Dubois","email":"julia.dubois45@gmx.de","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 79, '2024-03-01 10:00:00', '2024-03-01 10:00:00');
INSERT INTO public.web_hook_events VALUES (6, 1, '{"Accept":"*/*","Content-Length":"226","Content-Type":"application/json","Host":"n8n.radsport-nordheide.de","User-Agent":"Discourse/3.2.0","X-Discourse-Instance":"https://forum.radsport-nordheide.de","X-Discourse-Event-Id":"6","X-Discourse-Event-Type":"user","X-Discourse-Event":"user_created","X-Discourse-Event-Signature":"sha256=c7cf383655647365e6191e9883a529a76e57b16fb9459c4f3d47367dcdaf16af"}', '{"user":{"id":16,"username":"user16","name":"Maria Hoffmann","email":"maria.hoffmann84@gmail.com","avatar_template":"/letter_avatar_proxy/v4/letter/l/a87d85/{size}.png","trust_level":1,"created_at":"2024-03-01T10:00:00.000Z"}}', 200, '{"content-type":"application/json; charset=utf-8","server":"nginx"}', '{"message":"Workflow was started"}', 98, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


--
-- Data for Name: web_hooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_hooks VALUES (1, 'https://n8n.radsport-nordheide.de/webhook/90ee7516-3dd7-4cf9-a7b9-e44397757f9d', 1, 2, 1, '3801OUjQCKqvQpvYC6X5bMUYcsS0o5cg', false, true, true, '2024-03-01 10:00:00', '2024-03-01 10:00:00');


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


