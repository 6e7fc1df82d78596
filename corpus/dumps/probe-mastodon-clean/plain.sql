--
-- PostgreSQL database dump
--

\restrict bfnfhWxSSWXCXTr5tOaYbqyRgNGN8U71oxFHFRDqeNtcYbJWPdjAf55fmvU357J

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
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    username character varying DEFAULT ''::character varying NOT NULL,
    domain character varying,
    private_key text,
    public_key text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    display_name character varying DEFAULT ''::character varying NOT NULL,
    uri character varying DEFAULT ''::character varying NOT NULL,
    url character varying,
    avatar_file_name character varying,
    avatar_remote_url character varying,
    inbox_url character varying DEFAULT ''::character varying NOT NULL,
    outbox_url character varying DEFAULT ''::character varying NOT NULL,
    shared_inbox_url character varying DEFAULT ''::character varying NOT NULL,
    followers_url character varying DEFAULT ''::character varying NOT NULL,
    protocol integer DEFAULT 0 NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    fields jsonb,
    actor_type character varying,
    discoverable boolean
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: domain_blocks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.domain_blocks (
    id bigint NOT NULL,
    domain character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    severity integer DEFAULT 0,
    reject_media boolean DEFAULT false NOT NULL,
    reject_reports boolean DEFAULT false NOT NULL,
    private_comment text,
    public_comment text,
    obfuscate boolean DEFAULT false NOT NULL
);


ALTER TABLE public.domain_blocks OWNER TO postgres;

--
-- Name: oauth_access_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_access_tokens (
    id bigint NOT NULL,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    application_id bigint,
    resource_owner_id bigint,
    last_used_at timestamp without time zone,
    last_used_ip inet
);


ALTER TABLE public.oauth_access_tokens OWNER TO postgres;

--
-- Name: oauth_applications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_applications (
    id bigint NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    superapp boolean DEFAULT false NOT NULL,
    website character varying,
    owner_type character varying,
    owner_id bigint,
    confidential boolean DEFAULT true NOT NULL
);


ALTER TABLE public.oauth_applications OWNER TO postgres;

--
-- Name: relays; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.relays (
    id bigint NOT NULL,
    inbox_url character varying DEFAULT ''::character varying NOT NULL,
    follow_activity_id character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    state integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.relays OWNER TO postgres;

--
-- Name: session_activations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.session_activations (
    id bigint NOT NULL,
    session_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_agent character varying DEFAULT ''::character varying NOT NULL,
    ip inet,
    access_token_id bigint,
    user_id bigint NOT NULL,
    web_push_subscription_id bigint
);


ALTER TABLE public.session_activations OWNER TO postgres;

--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    id bigint NOT NULL,
    var character varying NOT NULL,
    value text,
    thing_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    thing_id bigint
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: statuses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.statuses (
    id bigint NOT NULL,
    uri character varying,
    text text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url character varying,
    sensitive boolean DEFAULT false NOT NULL,
    visibility integer DEFAULT 0 NOT NULL,
    spoiler_text text DEFAULT ''::text NOT NULL,
    reply boolean DEFAULT false NOT NULL,
    language character varying,
    account_id bigint NOT NULL,
    application_id bigint,
    local boolean
);


ALTER TABLE public.statuses OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    admin boolean DEFAULT false NOT NULL,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    locale character varying,
    encrypted_otp_secret character varying,
    encrypted_otp_secret_iv character varying,
    encrypted_otp_secret_salt character varying,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    last_emailed_at timestamp without time zone,
    otp_backup_codes character varying[],
    account_id bigint NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    invite_id bigint,
    chosen_languages character varying[],
    approved boolean DEFAULT true NOT NULL,
    sign_up_ip inet,
    otp_secret character varying
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: web_push_subscriptions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.web_push_subscriptions (
    id bigint NOT NULL,
    endpoint character varying NOT NULL,
    key_p256dh character varying NOT NULL,
    key_auth character varying NOT NULL,
    data json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    access_token_id bigint,
    user_id bigint
);


ALTER TABLE public.web_push_subscriptions OWNER TO postgres;

--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhooks (
    id bigint NOT NULL,
    url character varying NOT NULL,
    events character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    secret character varying DEFAULT ''::character varying NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    template text
);


ALTER TABLE public.webhooks OWNER TO postgres;

--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accounts (id, username, domain, private_key, public_key, created_at, updated_at, note, display_name, uri, url, avatar_file_name, avatar_remote_url, inbox_url, outbox_url, shared_inbox_url, followers_url, protocol, locked, fields, actor_type, discoverable) FROM stdin;
1	user1	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz03Nq6rzM7nOWYk3BG4B\norR8HKXfSJ3SFWCHY9RMsJHs3DBuBgGqzOMpfSeiREWiyfbmpCGvDUGpl/IzHH1F\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 1. See <a href="https://example.com/about">about</a></p>	Test User 1	https://social.example.com/users/user1	https://social.example.com/@user1	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
2	user2	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyq0Ulb4nKEHp+SEKYybH\nfPyl9gbD4GXizAuTC6QjUCiW1M4Udc3Pv7xFffV9YUR3XrQG/t+qAdceFk/sVDzf\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 2. See <a href="https://example.com/about">about</a></p>	Test User 2	https://social.example.com/users/user2	https://social.example.com/@user2	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
3	user3	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA03p0le3YaNAlKAbt7IRv\nGEt+LrM7GHPuqsbsoSuzd5uKzlYgM5yA8xAa7pR03BX/i1XZHuMrG6GwpX/vL9SO\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 3. See <a href="https://example.com/about">about</a></p>	Test User 3	https://social.example.com/users/user3	https://social.example.com/@user3	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
4	user4	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZxIirli9oLTXc3JHP546\nwLbp/00+l5SvnvRAvkZG15bC0tOX5UtZuFuprw5OkKVQCds6dbHOaBf0TKAhkhEB\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 4. See <a href="https://example.com/about">about</a></p>	Test User 4	https://social.example.com/users/user4	https://social.example.com/@user4	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
5	user5	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAeOb92lGgExWknPzE3RCX\nJ1UAkyE/MCUPs47rUF5kjzq6bnG76jzNUvSrhHsLo3Fj2kjHihYrredyr/EOxC5A\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 5. See <a href="https://example.com/about">about</a></p>	Test User 5	https://social.example.com/users/user5	https://social.example.com/@user5	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
6	user6	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAP7OgGWCFCX22t6WXYZfT\nIuxhuyC/eAa1PRX/w7WY/r1qYvKKjtDkaSTqYW0zHr6Cy7lIBgLwSLpr+OBYYWyb\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 6. See <a href="https://example.com/about">about</a></p>	Test User 6	https://social.example.com/users/user6	https://social.example.com/@user6	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
7	user7	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdCFIk9hzbtL6mD5UJ5Tr\naAMeRt7DSDJX1bOGHehF/Sdi3zh7f2Ry8Svt2TryMpwMiilZE0xJBcUX1Sq0TKTn\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 7. See <a href="https://example.com/about">about</a></p>	Test User 7	https://social.example.com/users/user7	https://social.example.com/@user7	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
8	user8	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEACc7zaj+CjMPFoJK4uhwC\nhJHQK2zyeQGVgnFOHqe3ozRmBDMBY/mQD9gSrBMlCVeDV11nahVeADu9yVF6My8z\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 8. See <a href="https://example.com/about">about</a></p>	Test User 8	https://social.example.com/users/user8	https://social.example.com/@user8	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
9	user9	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEASl2qnNoB3kJQ4FwJyjnM\nfkGV/NxbL5gIjFhcGUHcKCJsKY1i1VPpbr1urrxafnzTi9qUxyoW7XCr7CpHHiMx\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 9. See <a href="https://example.com/about">about</a></p>	Test User 9	https://social.example.com/users/user9	https://social.example.com/@user9	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
10	user10	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1QrvIMnT1Bfgi1j6DBMS\nB15Jrd6EONdVmJ4sJvqoYgsEjIAaKTHZoW0hPRPrmt4echFq3O9I79GnH4UNiIr6\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 10. See <a href="https://example.com/about">about</a></p>	Test User 10	https://social.example.com/users/user10	https://social.example.com/@user10	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
11	user11	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJsiS3hUrGmxEzaIIs3vx\nUG+ZsXL4+4YzIaYXHdvU9pwiY/+y53rhtpcvoIypQPvmKsuovV5gLllwrgipgNL3\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 11. See <a href="https://example.com/about">about</a></p>	Test User 11	https://social.example.com/users/user11	https://social.example.com/@user11	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
12	user12	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+01homgss/gzMpNL13Sr\nthUZqqVXWMuQaNmtYNT4qHnOOdZLNuofrnoeDRU2+b3FV9fyRiAN/J7EDPKne8aq\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 12. See <a href="https://example.com/about">about</a></p>	Test User 12	https://social.example.com/users/user12	https://social.example.com/@user12	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
13	user13	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv5JJnWVZD233CTv6fi4F\nVJJOwnz3HnpHJm6lQIqU1m26HNdsoXjtlsZ/EiTb0mHvr2ahb5sT5QA/dKk3P0+H\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 13. See <a href="https://example.com/about">about</a></p>	Test User 13	https://social.example.com/users/user13	https://social.example.com/@user13	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
14	user14	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAAuegNb+bCEnoxyGE6t/c\nJXiJjX7JoPqyDj+u6LZ2m5nxmUnS/oOzydM8G6OjICZ+wEzybNv2fZFy6iwvpuil\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 14. See <a href="https://example.com/about">about</a></p>	Test User 14	https://social.example.com/users/user14	https://social.example.com/@user14	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
15	user15	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEADnreCxmH/jC1VGHFNnp3\nq/vI5yV4VbZ+YTs9EMYqvE0wl8cgQ3XT/5xPNgsOb1ekvkqvP12Hd5u77EwWUu9x\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 15. See <a href="https://example.com/about">about</a></p>	Test User 15	https://social.example.com/users/user15	https://social.example.com/@user15	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
16	user16	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtVEWGVRazpstFR4aXpI/\n9Coq7/LpPE5VxskuwZyi+Uegqp1IZ8oBX1CcCULv/tuiqjVAOokVDCyOSsQUKOgQ\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 16. See <a href="https://example.com/about">about</a></p>	Test User 16	https://social.example.com/users/user16	https://social.example.com/@user16	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
17	user17	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEALatnJPSgaucM+RME3lY5\nFR80SdkZj5eMDyHD11DsfnpYUodpnvXiPxNauVByXS/wwna0bj3oxayjhfjoYU7l\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 17. See <a href="https://example.com/about">about</a></p>	Test User 17	https://social.example.com/users/user17	https://social.example.com/@user17	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
18	user18	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAG1rnsQOSiHOEJIYCY/W6\ngkYELnboiCZLI2pZGRlF0FiuLipBD5bhtxEG/OzX3v18kX0n1gjHECENWeNzkNTc\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 18. See <a href="https://example.com/about">about</a></p>	Test User 18	https://social.example.com/users/user18	https://social.example.com/@user18	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
19	user19	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAIcY/phMSuyl4yqYH0/i8\n/XFIuw2AFwwHrIkPt+S05bQQ5RIcHFPK/ckUXX2VHJVUR4hJ/doYtp5n+VlGJs7G\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 19. See <a href="https://example.com/about">about</a></p>	Test User 19	https://social.example.com/users/user19	https://social.example.com/@user19	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
20	user20	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA953PmmJxhX/VaDDk5TVL\nSi4RyqKco6wLpNkkvEkDE1JHsmuAyefriUiogd9rdJWTA7Kso/Kinx+cbcQ3QxRq\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 20. See <a href="https://example.com/about">about</a></p>	Test User 20	https://social.example.com/users/user20	https://social.example.com/@user20	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
21	user21	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtpIfwShK9rk6quw06IhB\nl9UXkWf2EMfFRwVbuVVshO50qtbGdbJKeJzG0zAXVlYerdfYE/YRB2qHqkgyvM+G\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 21. See <a href="https://example.com/about">about</a></p>	Test User 21	https://social.example.com/users/user21	https://social.example.com/@user21	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
22	user22	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHVIZKNW2byfs1cmO4vDc\naEsgSNXFXxKkI1yaJDeFWO/OhvvMx6BDKgDSKKVU4KpQhDTLuap8tFJmzHY21G6H\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 22. See <a href="https://example.com/about">about</a></p>	Test User 22	https://social.example.com/users/user22	https://social.example.com/@user22	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
23	user23	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAo1aJhb2lwei7CtIStOB3\nVc4HtiiWwu9hTz7aVB03nzlkv3Yj5o09mlpJtkasxY/mFrfmDc1E5RM3S5su4dx6\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 23. See <a href="https://example.com/about">about</a></p>	Test User 23	https://social.example.com/users/user23	https://social.example.com/@user23	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
24	user24	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzhXsnnjjOP2CpyRznvyQ\nHqYWmXCNOnLwK7CQrr7dpRDGESiNeL25SVRszZXzRH7XP/NUeQiJNLxUfYE1bwxu\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 24. See <a href="https://example.com/about">about</a></p>	Test User 24	https://social.example.com/users/user24	https://social.example.com/@user24	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
25	user25	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyNXASCRl835KZrsE+Y+0\n1tzrSfyeA9mCkWyIcgxs4B9AOrI8Y0JJK4QHiYu7tgoKpPuggk39huiyUg9lj293\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 25. See <a href="https://example.com/about">about</a></p>	Test User 25	https://social.example.com/users/user25	https://social.example.com/@user25	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
26	user26	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzeCg52kqWEsJSxHyQk7s\nRg8Qayk+g2yKzkFw1WgYkQR2M9g/ERW5ehT6gVcr5NwLmkXhHnMMX/TJv/V7ywkz\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 26. See <a href="https://example.com/about">about</a></p>	Test User 26	https://social.example.com/users/user26	https://social.example.com/@user26	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
27	user27	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAH6CTkEllEP7dcd+4cUBd\n4nGn4iWtmsVeDBLAtVEDY3zuIzZrQV+G+lljDJX/0UEz/fjR2cGIuARIPNuBS3hS\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 27. See <a href="https://example.com/about">about</a></p>	Test User 27	https://social.example.com/users/user27	https://social.example.com/@user27	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
28	user28	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAD/l3z1o9ht+0zKmmcRAg\nKjoYYR1FgSwh/37nLZODlP6O/4uqoELDtIDqPrXPS7m+ph90VgvUKH7VqeGZi9K5\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 28. See <a href="https://example.com/about">about</a></p>	Test User 28	https://social.example.com/users/user28	https://social.example.com/@user28	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
29	user29	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA35csc4D0vSUrDDDiayo3\nTH1H5ZNhznB6/zufrUiZMsgP80FwLFUozET70/NPihDhe+hbM6yjBTR+SrXl3qRX\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 29. See <a href="https://example.com/about">about</a></p>	Test User 29	https://social.example.com/users/user29	https://social.example.com/@user29	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
30	user30	\N	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlfusium5qetKOLqBTnbi\ncN2I3Zob+Dp7mfQh+19WI53KlOqvf0YjUv8DjQmbdH1wM8bJ6CGUzAkMEad7CiMW\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 30. See <a href="https://example.com/about">about</a></p>	Test User 30	https://social.example.com/users/user30	https://social.example.com/@user30	\N	\N					1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
31	user31	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAMLN0F+VXjorPTrCagc18\n6DE2Mi5wZLkK+7TrsOjDHKVY1XVPXn7pZvs2SInA8XFoKhS4JUWpD2vlpLvrzkmG\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 31. See <a href="https://example.com/about">about</a></p>	Test User 31	https://fedi.test/users/user31	https://fedi.test/@user31	\N	https://fedi.test/system/accounts/avatars/851/original/86ccb683636053d0.png	https://fedi.test/users/user31/inbox	https://fedi.test/users/user31/outbox	https://fedi.test/inbox	https://fedi.test/users/user31/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
32	user32	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfrsOvNM8I0YQHMIZEaDx\nda5GVMkifGgH+IZzkqm6JOOf46tgooGNEIlNEtqRLPKeTAQ/GAKVqZA4Nzcs6Sm/\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 32. See <a href="https://example.com/about">about</a></p>	Test User 32	https://fedi.test/users/user32	https://fedi.test/@user32	\N	https://fedi.test/system/accounts/avatars/989/original/3b32495f8bc5c006.png	https://fedi.test/users/user32/inbox	https://fedi.test/users/user32/outbox	https://fedi.test/inbox	https://fedi.test/users/user32/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
33	user33	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7Q2Bo810Ae6CBJ9TryaN\nbg/t62sSHPCJlJWIm038qxBasynolEqiltUzmoxSoNVqGOgrxq6z7DApQRTsWtz8\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 33. See <a href="https://example.com/about">about</a></p>	Test User 33	https://remote.example/users/user33	https://remote.example/@user33	\N	https://remote.example/system/accounts/avatars/699/original/7d69895082a350a1.png	https://remote.example/users/user33/inbox	https://remote.example/users/user33/outbox	https://remote.example/inbox	https://remote.example/users/user33/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
34	user34	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZa+TKsIELxSCt19TONcd\nReE+K025pnwp25BMYupAsjl4J66G0zO7BL/k1PfayBSTM9gf1UOCPC4QaI5CUsBd\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 34. See <a href="https://example.com/about">about</a></p>	Test User 34	https://fedi.test/users/user34	https://fedi.test/@user34	\N	https://fedi.test/system/accounts/avatars/659/original/5bf1312485aa546d.png	https://fedi.test/users/user34/inbox	https://fedi.test/users/user34/outbox	https://fedi.test/inbox	https://fedi.test/users/user34/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
35	user35	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOfEIOM8GdMzfg/W91vHH\nitjMrX4tANPtEc2a8dvJviuQlWOI5js4/7zIobLYQnM4AqWv403uyI1LznLI4hPc\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 35. See <a href="https://example.com/about">about</a></p>	Test User 35	https://fedi.test/users/user35	https://fedi.test/@user35	\N	https://fedi.test/system/accounts/avatars/908/original/1eb0b5707b4d9d16.png	https://fedi.test/users/user35/inbox	https://fedi.test/users/user35/outbox	https://fedi.test/inbox	https://fedi.test/users/user35/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
36	user36	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+KrpcEObpuZ+viLFXhC6\n9/UV8jsQMYYCZXJ4qAt0/hQMGoyCBgNhgSgWVcfp8TZtMp3HimXHLOiUMASVAf1y\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 36. See <a href="https://example.com/about">about</a></p>	Test User 36	https://remote.example/users/user36	https://remote.example/@user36	\N	https://remote.example/system/accounts/avatars/843/original/02b717d18196fc36.png	https://remote.example/users/user36/inbox	https://remote.example/users/user36/outbox	https://remote.example/inbox	https://remote.example/users/user36/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
37	user37	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlTRutftau30NCAdaI6RV\n8L7R2xnCvxwMQ4M3LcmBJEmrVF0n9jFeCmOfcdFmM0d3ZOLSocFdsWi0jPj7NSWa\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 37. See <a href="https://example.com/about">about</a></p>	Test User 37	https://fedi.test/users/user37	https://fedi.test/@user37	\N	https://fedi.test/system/accounts/avatars/860/original/eba1c03783fe151b.png	https://fedi.test/users/user37/inbox	https://fedi.test/users/user37/outbox	https://fedi.test/inbox	https://fedi.test/users/user37/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
38	user38	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA58ThUGjCW5S+bnLQZIpL\n8sV30jEFhnGYxcbSO0FU9lSC3myFuLXZcj4oSwc0p8Pirg+kDYX5Tkx1bw9u4VBE\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 38. See <a href="https://example.com/about">about</a></p>	Test User 38	https://fedi.test/users/user38	https://fedi.test/@user38	\N	https://fedi.test/system/accounts/avatars/160/original/786ae843c6d9b62d.png	https://fedi.test/users/user38/inbox	https://fedi.test/users/user38/outbox	https://fedi.test/inbox	https://fedi.test/users/user38/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
39	user39	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArqTnHNnlFE/fam8A1dhP\ni1g8Y89XwzmEOu3/clFhgPkGyESk7gQJDd3r8Mp7ItxKxk5YqbbxPsXDsssVzr3h\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 39. See <a href="https://example.com/about">about</a></p>	Test User 39	https://fedi.test/users/user39	https://fedi.test/@user39	\N	https://fedi.test/system/accounts/avatars/027/original/21d51c1e1569e20d.png	https://fedi.test/users/user39/inbox	https://fedi.test/users/user39/outbox	https://fedi.test/inbox	https://fedi.test/users/user39/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
40	user40	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6n3bQu1eBA8g2DxUSxCa\n95CzZE38tuDdeYNSOFIzD37WPZpXb7EJnufqgrm1D0gq5wTjxBd7dlWXstIuc7UI\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 40. See <a href="https://example.com/about">about</a></p>	Test User 40	https://remote.example/users/user40	https://remote.example/@user40	\N	https://remote.example/system/accounts/avatars/675/original/f2f151739ea041f2.png	https://remote.example/users/user40/inbox	https://remote.example/users/user40/outbox	https://remote.example/inbox	https://remote.example/users/user40/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
41	user41	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2XOQKtulq5G0UBZGc91q\nne/44S09BS2LNWE+lySFMggTZA+9tYgHThubTjMRUCPd5WcH+duGhpTmBCukZpz8\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 41. See <a href="https://example.com/about">about</a></p>	Test User 41	https://fedi.test/users/user41	https://fedi.test/@user41	\N	https://fedi.test/system/accounts/avatars/223/original/fd163d22d768eb08.png	https://fedi.test/users/user41/inbox	https://fedi.test/users/user41/outbox	https://fedi.test/inbox	https://fedi.test/users/user41/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
42	user42	other.example.net	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwij97kjdn8Dwjv0Tnb9Y\nF54Mh76x41AuamZ5DB8iV4C/QoZK7vDy90qg1vDggHjDisTwLNiHVZRk9vymZFl8\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 42. See <a href="https://example.com/about">about</a></p>	Test User 42	https://other.example.net/users/user42	https://other.example.net/@user42	\N	https://other.example.net/system/accounts/avatars/376/original/2c7d06561bbdaa04.png	https://other.example.net/users/user42/inbox	https://other.example.net/users/user42/outbox	https://other.example.net/inbox	https://other.example.net/users/user42/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
43	user43	other.example.net	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOCVqd8BOkkkk0Q+SHtHU\nmsbOshbRZ/nMkHfWmhNvy1Ci8O9HgtWhpRhs3cymKWqxNDeaUCh/4gKICs5T3mB+\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 43. See <a href="https://example.com/about">about</a></p>	Test User 43	https://other.example.net/users/user43	https://other.example.net/@user43	\N	https://other.example.net/system/accounts/avatars/060/original/feb6e1d40d1213cc.png	https://other.example.net/users/user43/inbox	https://other.example.net/users/user43/outbox	https://other.example.net/inbox	https://other.example.net/users/user43/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
44	user44	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyMcwsyaTd7AmSmRU3f7Q\nvqUYyGaDhNRQCe/qQqbPBhVUxku1lyntJdrJ5fr6wbCSBJE+g9JOCffw1VAyVv0r\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 44. See <a href="https://example.com/about">about</a></p>	Test User 44	https://remote.example/users/user44	https://remote.example/@user44	\N	https://remote.example/system/accounts/avatars/116/original/f05dee6aabf5d87c.png	https://remote.example/users/user44/inbox	https://remote.example/users/user44/outbox	https://remote.example/inbox	https://remote.example/users/user44/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
45	user45	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAVHYgNQxBh4A8jEHpNQd1\n0B5DMoXdcsr7n5UPktmEv2MJnO55lZpFkIoOgMLvp49mCIH7K7mCmO8cwPZrlqUE\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 45. See <a href="https://example.com/about">about</a></p>	Test User 45	https://remote.example/users/user45	https://remote.example/@user45	\N	https://remote.example/system/accounts/avatars/498/original/fa5cad865cca329d.png	https://remote.example/users/user45/inbox	https://remote.example/users/user45/outbox	https://remote.example/inbox	https://remote.example/users/user45/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
46	user46	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAWtAo40+zCQs68mOqL6Cu\nAEFuzXPGhdKKMBZVTn6Si/DRkSQJ/H8Zi2KrR2dUsaq42KCAnMZJCPtI2Ss/W/w3\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 46. See <a href="https://example.com/about">about</a></p>	Test User 46	https://fedi.test/users/user46	https://fedi.test/@user46	\N	https://fedi.test/system/accounts/avatars/424/original/f82d22bb857f6c1e.png	https://fedi.test/users/user46/inbox	https://fedi.test/users/user46/outbox	https://fedi.test/inbox	https://fedi.test/users/user46/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
47	user47	remote.example	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2o/DqqRSib7DdRi+lSQ1\n+yGUEA7q3QqGWv9TwwWZHnQVKWs5zNxnEd7VRtYfegUW+d+ErJ6zAOnKF89Pz+fH\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 47. See <a href="https://example.com/about">about</a></p>	Test User 47	https://remote.example/users/user47	https://remote.example/@user47	\N	https://remote.example/system/accounts/avatars/174/original/ba7596a402f7d815.png	https://remote.example/users/user47/inbox	https://remote.example/users/user47/outbox	https://remote.example/inbox	https://remote.example/users/user47/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
48	user48	other.example.net	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjhF5ZAddDgimA1R9VgC/\n+DU2QvjPOKsWX9aSjNEvCTy3EGsIKPFgWav9k9PMXsB9hPRDjfAT+I+uqhFjLxHj\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 48. See <a href="https://example.com/about">about</a></p>	Test User 48	https://other.example.net/users/user48	https://other.example.net/@user48	\N	https://other.example.net/system/accounts/avatars/110/original/a01a15d31f6c8705.png	https://other.example.net/users/user48/inbox	https://other.example.net/users/user48/outbox	https://other.example.net/inbox	https://other.example.net/users/user48/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
49	user49	fedi.test	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAX9DyVXouKrd7e65QVmFH\n0+msjPwxzPUU/eKX7feemdmwTl8Y6OCrmulsAQLmmuk/GOYB34TOgiwej38cAUVi\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 49. See <a href="https://example.com/about">about</a></p>	Test User 49	https://fedi.test/users/user49	https://fedi.test/@user49	\N	https://fedi.test/system/accounts/avatars/702/original/8ea43062507513c6.png	https://fedi.test/users/user49/inbox	https://fedi.test/users/user49/outbox	https://fedi.test/inbox	https://fedi.test/users/user49/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
50	user50	other.example.net	\N	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzEmI1DPkN6sT0TdoQdJ7\n1lwg4iWeK+6EZJ3863YkcRW9Mec85Us0V4zY71SezebsH7Ki7/kOFGMG0RR9w+so\n-----END PUBLIC KEY-----\n	2023-05-01 10:00:00	2024-01-01 10:00:00	<p>Test account 50. See <a href="https://example.com/about">about</a></p>	Test User 50	https://other.example.net/users/user50	https://other.example.net/@user50	\N	https://other.example.net/system/accounts/avatars/852/original/5804bb86a38fce6a.png	https://other.example.net/users/user50/inbox	https://other.example.net/users/user50/outbox	https://other.example.net/inbox	https://other.example.net/users/user50/followers	1	f	[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]	Person	t
\.


--
-- Data for Name: domain_blocks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.domain_blocks (id, domain, created_at, updated_at, severity, reject_media, reject_reports, private_comment, public_comment, obfuscate) FROM stdin;
1	spam.example	2023-05-01 00:00:00	2023-05-01 00:00:00	1	t	t	\N	spam	f
2	bad.example	2023-05-01 00:00:00	2023-05-01 00:00:00	1	t	t	\N	spam	f
\.


--
-- Data for Name: oauth_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_access_tokens (id, token, refresh_token, expires_in, revoked_at, created_at, scopes, application_id, resource_owner_id, last_used_at, last_used_ip) FROM stdin;
1	token-1	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	1	2024-03-02 10:00:00	192.0.2.2
2	token-2	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	2	2024-03-02 10:00:00	192.0.2.3
3	token-3	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	3	2024-03-02 10:00:00	192.0.2.4
4	token-4	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	4	2024-03-02 10:00:00	192.0.2.5
5	token-5	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	5	2024-03-02 10:00:00	192.0.2.6
6	token-6	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	6	2024-03-02 10:00:00	192.0.2.7
7	token-7	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	7	2024-03-02 10:00:00	192.0.2.8
8	token-8	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	8	2024-03-02 10:00:00	192.0.2.9
9	token-9	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	9	2024-03-02 10:00:00	192.0.2.10
10	token-10	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	10	2024-03-02 10:00:00	192.0.2.11
11	token-11	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	11	2024-03-02 10:00:00	192.0.2.12
12	token-12	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	12	2024-03-02 10:00:00	192.0.2.13
13	token-13	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	13	2024-03-02 10:00:00	192.0.2.14
14	token-14	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	14	2024-03-02 10:00:00	192.0.2.15
15	token-15	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	15	2024-03-02 10:00:00	192.0.2.16
16	token-16	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	16	2024-03-02 10:00:00	192.0.2.17
17	token-17	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	17	2024-03-02 10:00:00	192.0.2.18
18	token-18	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	18	2024-03-02 10:00:00	192.0.2.19
19	token-19	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	19	2024-03-02 10:00:00	192.0.2.20
20	token-20	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	20	2024-03-02 10:00:00	192.0.2.21
21	token-21	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	21	2024-03-02 10:00:00	192.0.2.22
22	token-22	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	22	2024-03-02 10:00:00	192.0.2.23
23	token-23	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	23	2024-03-02 10:00:00	192.0.2.24
24	token-24	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	24	2024-03-02 10:00:00	192.0.2.25
25	token-25	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	25	2024-03-02 10:00:00	192.0.2.26
26	token-26	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	26	2024-03-02 10:00:00	192.0.2.27
27	token-27	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	27	2024-03-02 10:00:00	192.0.2.28
28	token-28	\N	\N	\N	2024-03-01 10:00:00	read write follow push	2	28	2024-03-02 10:00:00	192.0.2.29
29	token-29	\N	\N	\N	2024-03-01 10:00:00	read write follow push	3	29	2024-03-02 10:00:00	192.0.2.30
30	token-30	\N	\N	\N	2024-03-01 10:00:00	read write follow push	1	30	2024-03-02 10:00:00	192.0.2.31
\.


--
-- Data for Name: oauth_applications; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_applications (id, name, uid, secret, redirect_uri, scopes, created_at, updated_at, superapp, website, owner_type, owner_id, confidential) FROM stdin;
1	Web	uid-1	secret-1	urn:ietf:wg:oauth:2.0:oob	read write follow push	2023-05-01 00:00:00	2023-05-01 00:00:00	t	\N	\N	\N	t
2	Tusky	uid-2	secret-2	oauth2redirect://com.keylesspalace.tusky/	read write follow push	2023-05-01 00:00:00	2023-05-01 00:00:00	f	https://tusky.app	\N	\N	t
3	Ivory	uid-3	secret-3	ivory://oauth	read write follow push	2023-05-01 00:00:00	2023-05-01 00:00:00	f	https://tapbots.com/ivory	\N	\N	t
4	Crossposter	uid-4	secret-4	https://crossposter.example.com/auth/callback	read write follow push	2023-05-01 00:00:00	2023-05-01 00:00:00	f	\N	\N	\N	t
\.


--
-- Data for Name: relays; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.relays (id, inbox_url, follow_activity_id, created_at, updated_at, state) FROM stdin;
1	https://relay.example.com/inbox	https://social.example.com/edf21857-c2fc-4dd3-a1ed-a616bdf67aae	2023-05-01 00:00:00	2023-05-01 00:00:00	2
\.


--
-- Data for Name: session_activations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.session_activations (id, session_id, created_at, updated_at, user_agent, ip, access_token_id, user_id, web_push_subscription_id) FROM stdin;
1	session-1	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.2	1	1	1
2	session-2	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.3	2	2	2
3	session-3	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.4	3	3	3
4	session-4	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.5	4	4	4
5	session-5	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.6	5	5	5
6	session-6	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.7	6	6	6
7	session-7	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.8	7	7	7
8	session-8	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.9	8	8	8
9	session-9	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.10	9	9	9
10	session-10	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.11	10	10	10
11	session-11	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.12	11	11	\N
12	session-12	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.13	12	12	\N
13	session-13	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.14	13	13	\N
14	session-14	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.15	14	14	\N
15	session-15	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.16	15	15	\N
16	session-16	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.17	16	16	\N
17	session-17	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.18	17	17	\N
18	session-18	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.19	18	18	\N
19	session-19	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.20	19	19	\N
20	session-20	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.21	20	20	\N
21	session-21	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.22	21	21	\N
22	session-22	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.23	22	22	\N
23	session-23	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.24	23	23	\N
24	session-24	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	192.0.2.25	24	24	\N
25	session-25	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.26	25	25	\N
26	session-26	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36	192.0.2.27	26	26	\N
27	session-27	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.28	27	27	\N
28	session-28	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.29	28	28	\N
29	session-29	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	192.0.2.30	29	29	\N
30	session-30	2024-03-01 10:00:00	2024-03-01 10:00:00	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	192.0.2.31	30	30	\N
\.


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.settings (id, var, value, thing_type, created_at, updated_at, thing_id) FROM stdin;
1	site_title	--- ACME Social\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
2	site_contact_email	--- admin@example.com\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
3	site_contact_username	--- admin\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
4	registrations_mode	--- approved\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
5	site_short_description	--- A small instance for ACME staff and friends.\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
6	theme	--- default\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
7	custom_css	--- ''\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
8	site_terms	--- "<p>Contact: legal@example.com</p>"\n	\N	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
\.


--
-- Data for Name: statuses; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.statuses (id, uri, text, created_at, updated_at, in_reply_to_id, reblog_of_id, url, sensitive, visibility, spoiler_text, reply, language, account_id, application_id, local) FROM stdin;
1001	https://social.example.com/users/u2/statuses/1001	<p>Status update 1: the release is out! <a href="https://blog.example.com/posts/1" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u2/1001	f	1		f	en	2	1	t
1002	https://social.example.com/users/u3/statuses/1002	<p>Status update 2: the release is out! <a href="https://blog.example.com/posts/2" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u3/1002	f	2		f	en	3	1	t
1003	https://social.example.com/users/u4/statuses/1003	<p>Status update 3: the release is out! <a href="https://blog.example.com/posts/3" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u4/1003	f	3		f	en	4	1	t
1004	https://social.example.com/users/u5/statuses/1004	<p>Status update 4: the release is out! <a href="https://blog.example.com/posts/4" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u5/1004	f	0		f	en	5	1	t
1005	https://social.example.com/users/u6/statuses/1005	<p>Status update 5: the release is out! <a href="https://blog.example.com/posts/5" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u6/1005	f	1		f	en	6	1	t
1006	https://social.example.com/users/u7/statuses/1006	<p>Status update 6: the release is out! <a href="https://blog.example.com/posts/6" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u7/1006	f	2		f	en	7	1	t
1007	https://social.example.com/users/u8/statuses/1007	<p>Status update 7: the release is out! <a href="https://blog.example.com/posts/7" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u8/1007	f	3		f	en	8	1	t
1008	https://social.example.com/users/u9/statuses/1008	<p>Status update 8: the release is out! <a href="https://blog.example.com/posts/8" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u9/1008	f	0		f	en	9	1	t
1009	https://social.example.com/users/u10/statuses/1009	<p>Status update 9: the release is out! <a href="https://blog.example.com/posts/9" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u10/1009	f	1		f	en	10	1	t
1010	https://social.example.com/users/u11/statuses/1010	<p>Status update 10: the release is out! <a href="https://blog.example.com/posts/10" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u11/1010	f	2		f	en	11	1	t
1011	https://social.example.com/users/u12/statuses/1011	<p>Status update 11: the release is out! <a href="https://blog.example.com/posts/11" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u12/1011	f	3		f	en	12	1	t
1012	https://social.example.com/users/u13/statuses/1012	<p>Status update 12: the release is out! <a href="https://blog.example.com/posts/12" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u13/1012	f	0		f	en	13	1	t
1013	https://social.example.com/users/u14/statuses/1013	<p>Status update 13: the release is out! <a href="https://blog.example.com/posts/13" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u14/1013	f	1		f	en	14	1	t
1014	https://social.example.com/users/u15/statuses/1014	<p>Status update 14: the release is out! <a href="https://blog.example.com/posts/14" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u15/1014	f	2		f	en	15	1	t
1015	https://social.example.com/users/u16/statuses/1015	<p>Status update 15: the release is out! <a href="https://blog.example.com/posts/15" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u16/1015	f	3		f	en	16	1	t
1016	https://social.example.com/users/u17/statuses/1016	<p>Status update 16: the release is out! <a href="https://blog.example.com/posts/16" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u17/1016	f	0		f	en	17	1	t
1017	https://social.example.com/users/u18/statuses/1017	<p>Status update 17: the release is out! <a href="https://blog.example.com/posts/17" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u18/1017	f	1		f	en	18	1	t
1018	https://social.example.com/users/u19/statuses/1018	<p>Status update 18: the release is out! <a href="https://blog.example.com/posts/18" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u19/1018	f	2		f	en	19	1	t
1019	https://social.example.com/users/u20/statuses/1019	<p>Status update 19: the release is out! <a href="https://blog.example.com/posts/19" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u20/1019	f	3		f	en	20	1	t
1020	https://social.example.com/users/u21/statuses/1020	<p>Status update 20: the release is out! <a href="https://blog.example.com/posts/20" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u21/1020	f	0		f	en	21	1	t
1021	https://social.example.com/users/u22/statuses/1021	<p>Status update 21: the release is out! <a href="https://blog.example.com/posts/21" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u22/1021	f	1		f	en	22	1	t
1022	https://social.example.com/users/u23/statuses/1022	<p>Status update 22: the release is out! <a href="https://blog.example.com/posts/22" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u23/1022	f	2		f	en	23	1	t
1023	https://social.example.com/users/u24/statuses/1023	<p>Status update 23: the release is out! <a href="https://blog.example.com/posts/23" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u24/1023	f	3		f	en	24	1	t
1024	https://social.example.com/users/u25/statuses/1024	<p>Status update 24: the release is out! <a href="https://blog.example.com/posts/24" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u25/1024	f	0		f	en	25	1	t
1025	https://social.example.com/users/u26/statuses/1025	<p>Status update 25: the release is out! <a href="https://blog.example.com/posts/25" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u26/1025	f	1		f	en	26	1	t
1026	https://social.example.com/users/u27/statuses/1026	<p>Status update 26: the release is out! <a href="https://blog.example.com/posts/26" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u27/1026	f	2		f	en	27	1	t
1027	https://social.example.com/users/u28/statuses/1027	<p>Status update 27: the release is out! <a href="https://blog.example.com/posts/27" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u28/1027	f	3		f	en	28	1	t
1028	https://social.example.com/users/u29/statuses/1028	<p>Status update 28: the release is out! <a href="https://blog.example.com/posts/28" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u29/1028	f	0		f	en	29	1	t
1029	https://social.example.com/users/u30/statuses/1029	<p>Status update 29: the release is out! <a href="https://blog.example.com/posts/29" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u30/1029	f	1		f	en	30	1	t
1030	https://social.example.com/users/u31/statuses/1030	<p>Status update 30: the release is out! <a href="https://blog.example.com/posts/30" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u31/1030	f	2		f	en	31	1	t
1031	https://social.example.com/users/u32/statuses/1031	<p>Status update 31: the release is out! <a href="https://blog.example.com/posts/31" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u32/1031	f	3		f	en	32	1	t
1032	https://social.example.com/users/u33/statuses/1032	<p>Status update 32: the release is out! <a href="https://blog.example.com/posts/32" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u33/1032	f	0		f	en	33	1	t
1033	https://social.example.com/users/u34/statuses/1033	<p>Status update 33: the release is out! <a href="https://blog.example.com/posts/33" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u34/1033	f	1		f	en	34	1	t
1034	https://social.example.com/users/u35/statuses/1034	<p>Status update 34: the release is out! <a href="https://blog.example.com/posts/34" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u35/1034	f	2		f	en	35	1	t
1035	https://social.example.com/users/u36/statuses/1035	<p>Status update 35: the release is out! <a href="https://blog.example.com/posts/35" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u36/1035	f	3		f	en	36	1	t
1036	https://social.example.com/users/u37/statuses/1036	<p>Status update 36: the release is out! <a href="https://blog.example.com/posts/36" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u37/1036	f	0		f	en	37	1	t
1037	https://social.example.com/users/u38/statuses/1037	<p>Status update 37: the release is out! <a href="https://blog.example.com/posts/37" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u38/1037	f	1		f	en	38	1	t
1038	https://social.example.com/users/u39/statuses/1038	<p>Status update 38: the release is out! <a href="https://blog.example.com/posts/38" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u39/1038	f	2		f	en	39	1	t
1039	https://social.example.com/users/u40/statuses/1039	<p>Status update 39: the release is out! <a href="https://blog.example.com/posts/39" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u40/1039	f	3		f	en	40	1	t
1040	https://social.example.com/users/u41/statuses/1040	<p>Status update 40: the release is out! <a href="https://blog.example.com/posts/40" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u41/1040	f	0		f	en	41	1	t
1041	https://social.example.com/users/u42/statuses/1041	<p>Status update 41: the release is out! <a href="https://blog.example.com/posts/41" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u42/1041	f	1		f	en	42	1	t
1042	https://social.example.com/users/u43/statuses/1042	<p>Status update 42: the release is out! <a href="https://blog.example.com/posts/42" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u43/1042	f	2		f	en	43	1	t
1043	https://social.example.com/users/u44/statuses/1043	<p>Status update 43: the release is out! <a href="https://blog.example.com/posts/43" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u44/1043	f	3		f	en	44	1	t
1044	https://social.example.com/users/u45/statuses/1044	<p>Status update 44: the release is out! <a href="https://blog.example.com/posts/44" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u45/1044	f	0		f	en	45	1	t
1045	https://social.example.com/users/u46/statuses/1045	<p>Status update 45: the release is out! <a href="https://blog.example.com/posts/45" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u46/1045	f	1		f	en	46	1	t
1046	https://social.example.com/users/u47/statuses/1046	<p>Status update 46: the release is out! <a href="https://blog.example.com/posts/46" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u47/1046	f	2		f	en	47	1	t
1047	https://social.example.com/users/u48/statuses/1047	<p>Status update 47: the release is out! <a href="https://blog.example.com/posts/47" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u48/1047	f	3		f	en	48	1	t
1048	https://social.example.com/users/u49/statuses/1048	<p>Status update 48: the release is out! <a href="https://blog.example.com/posts/48" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u49/1048	f	0		f	en	49	1	t
1049	https://social.example.com/users/u50/statuses/1049	<p>Status update 49: the release is out! <a href="https://blog.example.com/posts/49" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u50/1049	f	1		f	en	50	1	t
1050	https://social.example.com/users/u1/statuses/1050	<p>Status update 50: the release is out! <a href="https://blog.example.com/posts/50" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u1/1050	f	2		f	en	1	1	t
1051	https://social.example.com/users/u2/statuses/1051	<p>Status update 51: the release is out! <a href="https://blog.example.com/posts/51" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u2/1051	f	3		f	en	2	1	t
1052	https://social.example.com/users/u3/statuses/1052	<p>Status update 52: the release is out! <a href="https://blog.example.com/posts/52" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u3/1052	f	0		f	en	3	1	t
1053	https://social.example.com/users/u4/statuses/1053	<p>Status update 53: the release is out! <a href="https://blog.example.com/posts/53" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u4/1053	f	1		f	en	4	1	t
1054	https://social.example.com/users/u5/statuses/1054	<p>Status update 54: the release is out! <a href="https://blog.example.com/posts/54" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u5/1054	f	2		f	en	5	1	t
1055	https://social.example.com/users/u6/statuses/1055	<p>Status update 55: the release is out! <a href="https://blog.example.com/posts/55" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u6/1055	f	3		f	en	6	1	t
1056	https://social.example.com/users/u7/statuses/1056	<p>Status update 56: the release is out! <a href="https://blog.example.com/posts/56" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u7/1056	f	0		f	en	7	1	t
1057	https://social.example.com/users/u8/statuses/1057	<p>Status update 57: the release is out! <a href="https://blog.example.com/posts/57" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u8/1057	f	1		f	en	8	1	t
1058	https://social.example.com/users/u9/statuses/1058	<p>Status update 58: the release is out! <a href="https://blog.example.com/posts/58" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u9/1058	f	2		f	en	9	1	t
1059	https://social.example.com/users/u10/statuses/1059	<p>Status update 59: the release is out! <a href="https://blog.example.com/posts/59" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u10/1059	f	3		f	en	10	1	t
1060	https://social.example.com/users/u11/statuses/1060	<p>Status update 60: the release is out! <a href="https://blog.example.com/posts/60" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u11/1060	f	0		f	en	11	1	t
1061	https://social.example.com/users/u12/statuses/1061	<p>Status update 61: the release is out! <a href="https://blog.example.com/posts/61" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u12/1061	f	1		f	en	12	1	t
1062	https://social.example.com/users/u13/statuses/1062	<p>Status update 62: the release is out! <a href="https://blog.example.com/posts/62" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u13/1062	f	2		f	en	13	1	t
1063	https://social.example.com/users/u14/statuses/1063	<p>Status update 63: the release is out! <a href="https://blog.example.com/posts/63" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u14/1063	f	3		f	en	14	1	t
1064	https://social.example.com/users/u15/statuses/1064	<p>Status update 64: the release is out! <a href="https://blog.example.com/posts/64" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u15/1064	f	0		f	en	15	1	t
1065	https://social.example.com/users/u16/statuses/1065	<p>Status update 65: the release is out! <a href="https://blog.example.com/posts/65" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u16/1065	f	1		f	en	16	1	t
1066	https://social.example.com/users/u17/statuses/1066	<p>Status update 66: the release is out! <a href="https://blog.example.com/posts/66" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u17/1066	f	2		f	en	17	1	t
1067	https://social.example.com/users/u18/statuses/1067	<p>Status update 67: the release is out! <a href="https://blog.example.com/posts/67" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u18/1067	f	3		f	en	18	1	t
1068	https://social.example.com/users/u19/statuses/1068	<p>Status update 68: the release is out! <a href="https://blog.example.com/posts/68" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u19/1068	f	0		f	en	19	1	t
1069	https://social.example.com/users/u20/statuses/1069	<p>Status update 69: the release is out! <a href="https://blog.example.com/posts/69" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u20/1069	f	1		f	en	20	1	t
1070	https://social.example.com/users/u21/statuses/1070	<p>Status update 70: the release is out! <a href="https://blog.example.com/posts/70" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u21/1070	f	2		f	en	21	1	t
1071	https://social.example.com/users/u22/statuses/1071	<p>Status update 71: the release is out! <a href="https://blog.example.com/posts/71" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u22/1071	f	3		f	en	22	1	t
1072	https://social.example.com/users/u23/statuses/1072	<p>Status update 72: the release is out! <a href="https://blog.example.com/posts/72" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u23/1072	f	0		f	en	23	1	t
1073	https://social.example.com/users/u24/statuses/1073	<p>Status update 73: the release is out! <a href="https://blog.example.com/posts/73" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u24/1073	f	1		f	en	24	1	t
1074	https://social.example.com/users/u25/statuses/1074	<p>Status update 74: the release is out! <a href="https://blog.example.com/posts/74" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u25/1074	f	2		f	en	25	1	t
1075	https://social.example.com/users/u26/statuses/1075	<p>Status update 75: the release is out! <a href="https://blog.example.com/posts/75" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u26/1075	f	3		f	en	26	1	t
1076	https://social.example.com/users/u27/statuses/1076	<p>Status update 76: the release is out! <a href="https://blog.example.com/posts/76" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u27/1076	f	0		f	en	27	1	t
1077	https://social.example.com/users/u28/statuses/1077	<p>Status update 77: the release is out! <a href="https://blog.example.com/posts/77" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u28/1077	f	1		f	en	28	1	t
1078	https://social.example.com/users/u29/statuses/1078	<p>Status update 78: the release is out! <a href="https://blog.example.com/posts/78" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u29/1078	f	2		f	en	29	1	t
1079	https://social.example.com/users/u30/statuses/1079	<p>Status update 79: the release is out! <a href="https://blog.example.com/posts/79" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u30/1079	f	3		f	en	30	1	t
1080	https://social.example.com/users/u31/statuses/1080	<p>Status update 80: the release is out! <a href="https://blog.example.com/posts/80" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>	2024-03-01 10:00:00	2024-03-01 10:00:00	\N	\N	https://social.example.com/@u31/1080	f	0		f	en	31	1	t
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, email, created_at, updated_at, encrypted_password, reset_password_token, sign_in_count, current_sign_in_at, last_sign_in_at, admin, confirmation_token, confirmed_at, locale, encrypted_otp_secret, encrypted_otp_secret_iv, encrypted_otp_secret_salt, otp_required_for_login, last_emailed_at, otp_backup_codes, account_id, disabled, invite_id, chosen_languages, approved, sign_up_ip, otp_secret) FROM stdin;
1	user1@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	223	2024-03-01 10:00:00	2024-02-01 10:00:00	t	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	1	f	\N	\N	t	192.0.2.2	\N
2	user2@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	207	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	2	f	\N	\N	t	192.0.2.3	\N
3	user3@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	251	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	3	f	\N	\N	t	192.0.2.4	\N
4	user4@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	91	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	4	f	\N	\N	t	192.0.2.5	JBSWY3DPEHPK3PXP
5	user5@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	261	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	5	f	\N	\N	t	192.0.2.6	\N
6	user6@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	89	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	6	f	\N	\N	t	192.0.2.7	\N
7	user7@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	98	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	7	f	\N	\N	t	192.0.2.8	\N
8	user8@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	243	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	8	f	\N	\N	t	192.0.2.9	JBSWY3DPEHPK3PXP
9	user9@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	149	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	9	f	\N	\N	t	192.0.2.10	\N
10	user10@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	165	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	10	f	\N	\N	t	192.0.2.11	\N
11	user11@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	1	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	11	f	\N	\N	t	192.0.2.12	\N
12	user12@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	272	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	12	f	\N	\N	t	192.0.2.13	JBSWY3DPEHPK3PXP
13	user13@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	158	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	13	f	\N	\N	t	192.0.2.14	\N
14	user14@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	267	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	14	f	\N	\N	t	192.0.2.15	\N
15	user15@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	237	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	15	f	\N	\N	t	192.0.2.16	\N
16	user16@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	230	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	16	f	\N	\N	t	192.0.2.17	JBSWY3DPEHPK3PXP
17	user17@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	285	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	17	f	\N	\N	t	192.0.2.18	\N
18	user18@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	222	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	18	f	\N	\N	t	192.0.2.19	\N
19	user19@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	3	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	19	f	\N	\N	t	192.0.2.20	\N
20	user20@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	50	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	20	f	\N	\N	t	192.0.2.21	JBSWY3DPEHPK3PXP
21	user21@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	261	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	21	f	\N	\N	t	192.0.2.22	\N
22	user22@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	214	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	22	f	\N	\N	t	192.0.2.23	\N
23	user23@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	103	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	23	f	\N	\N	t	192.0.2.24	\N
24	user24@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	119	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	24	f	\N	\N	t	192.0.2.25	JBSWY3DPEHPK3PXP
25	user25@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	12	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	25	f	\N	\N	t	192.0.2.26	\N
26	user26@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	282	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	26	f	\N	\N	t	192.0.2.27	\N
27	user27@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	129	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	27	f	\N	\N	t	192.0.2.28	\N
28	user28@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	37	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	t	\N	\N	28	f	\N	\N	t	192.0.2.29	JBSWY3DPEHPK3PXP
29	user29@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	228	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	29	f	\N	\N	t	192.0.2.30	\N
30	user30@example.com	2023-05-01 10:00:00	2024-01-01 10:00:00	$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu	\N	277	2024-03-01 10:00:00	2024-02-01 10:00:00	f	\N	2023-05-01 10:00:00	de	\N	\N	\N	f	\N	\N	30	f	\N	\N	t	192.0.2.31	\N
\.


--
-- Data for Name: web_push_subscriptions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.web_push_subscriptions (id, endpoint, key_p256dh, key_auth, data, created_at, updated_at, access_token_id, user_id) FROM stdin;
1	https://push.example.com/send/1	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	1	1
2	https://push.example.com/send/2	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	2	2
3	https://push.example.com/send/3	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	3	3
4	https://push.example.com/send/4	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	4	4
5	https://push.example.com/send/5	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	5	5
6	https://push.example.com/send/6	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	6	6
7	https://push.example.com/send/7	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	7	7
8	https://push.example.com/send/8	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	8	8
9	https://push.example.com/send/9	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	9	9
10	https://push.example.com/send/10	BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY	AAAAAAAAAAAAAAAAAAAAAA	{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}	2024-03-01 10:00:00	2024-03-01 10:00:00	10	10
\.


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.webhooks (id, url, events, secret, enabled, created_at, updated_at, template) FROM stdin;
1	https://hooks.example.com/mastodon	{account.created,report.created}		t	2023-05-01 00:00:00	2023-05-01 00:00:00	\N
\.


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: domain_blocks domain_blocks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.domain_blocks
    ADD CONSTRAINT domain_blocks_pkey PRIMARY KEY (id);


--
-- Name: oauth_access_tokens oauth_access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_access_tokens
    ADD CONSTRAINT oauth_access_tokens_pkey PRIMARY KEY (id);


--
-- Name: oauth_applications oauth_applications_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_applications
    ADD CONSTRAINT oauth_applications_pkey PRIMARY KEY (id);


--
-- Name: relays relays_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.relays
    ADD CONSTRAINT relays_pkey PRIMARY KEY (id);


--
-- Name: session_activations session_activations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session_activations
    ADD CONSTRAINT session_activations_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (id);


--
-- Name: statuses statuses_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.statuses
    ADD CONSTRAINT statuses_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: web_push_subscriptions web_push_subscriptions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.web_push_subscriptions
    ADD CONSTRAINT web_push_subscriptions_pkey PRIMARY KEY (id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict bfnfhWxSSWXCXTr5tOaYbqyRgNGN8U71oxFHFRDqeNtcYbJWPdjAf55fmvU357J

