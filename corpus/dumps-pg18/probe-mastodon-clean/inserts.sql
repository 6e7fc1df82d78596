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

INSERT INTO public.accounts VALUES (1, 'user1', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz03Nq6rzM7nOWYk3BG4B
orR8HKXfSJ3SFWCHY9RMsJHs3DBuBgGqzOMpfSeiREWiyfbmpCGvDUGpl/IzHH1F
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 1. See <a href="https://example.com/about">about</a></p>', 'Test User 1', 'https://social.example.com/users/user1', 'https://social.example.com/@user1', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (2, 'user2', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyq0Ulb4nKEHp+SEKYybH
fPyl9gbD4GXizAuTC6QjUCiW1M4Udc3Pv7xFffV9YUR3XrQG/t+qAdceFk/sVDzf
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 2. See <a href="https://example.com/about">about</a></p>', 'Test User 2', 'https://social.example.com/users/user2', 'https://social.example.com/@user2', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (3, 'user3', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA03p0le3YaNAlKAbt7IRv
GEt+LrM7GHPuqsbsoSuzd5uKzlYgM5yA8xAa7pR03BX/i1XZHuMrG6GwpX/vL9SO
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 3. See <a href="https://example.com/about">about</a></p>', 'Test User 3', 'https://social.example.com/users/user3', 'https://social.example.com/@user3', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (4, 'user4', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZxIirli9oLTXc3JHP546
wLbp/00+l5SvnvRAvkZG15bC0tOX5UtZuFuprw5OkKVQCds6dbHOaBf0TKAhkhEB
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 4. See <a href="https://example.com/about">about</a></p>', 'Test User 4', 'https://social.example.com/users/user4', 'https://social.example.com/@user4', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (5, 'user5', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAeOb92lGgExWknPzE3RCX
J1UAkyE/MCUPs47rUF5kjzq6bnG76jzNUvSrhHsLo3Fj2kjHihYrredyr/EOxC5A
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 5. See <a href="https://example.com/about">about</a></p>', 'Test User 5', 'https://social.example.com/users/user5', 'https://social.example.com/@user5', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (6, 'user6', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAP7OgGWCFCX22t6WXYZfT
IuxhuyC/eAa1PRX/w7WY/r1qYvKKjtDkaSTqYW0zHr6Cy7lIBgLwSLpr+OBYYWyb
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 6. See <a href="https://example.com/about">about</a></p>', 'Test User 6', 'https://social.example.com/users/user6', 'https://social.example.com/@user6', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (7, 'user7', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdCFIk9hzbtL6mD5UJ5Tr
aAMeRt7DSDJX1bOGHehF/Sdi3zh7f2Ry8Svt2TryMpwMiilZE0xJBcUX1Sq0TKTn
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 7. See <a href="https://example.com/about">about</a></p>', 'Test User 7', 'https://social.example.com/users/user7', 'https://social.example.com/@user7', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (8, 'user8', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEACc7zaj+CjMPFoJK4uhwC
hJHQK2zyeQGVgnFOHqe3ozRmBDMBY/mQD9gSrBMlCVeDV11nahVeADu9yVF6My8z
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 8. See <a href="https://example.com/about">about</a></p>', 'Test User 8', 'https://social.example.com/users/user8', 'https://social.example.com/@user8', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (9, 'user9', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEASl2qnNoB3kJQ4FwJyjnM
fkGV/NxbL5gIjFhcGUHcKCJsKY1i1VPpbr1urrxafnzTi9qUxyoW7XCr7CpHHiMx
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 9. See <a href="https://example.com/about">about</a></p>', 'Test User 9', 'https://social.example.com/users/user9', 'https://social.example.com/@user9', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (10, 'user10', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1QrvIMnT1Bfgi1j6DBMS
B15Jrd6EONdVmJ4sJvqoYgsEjIAaKTHZoW0hPRPrmt4echFq3O9I79GnH4UNiIr6
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 10. See <a href="https://example.com/about">about</a></p>', 'Test User 10', 'https://social.example.com/users/user10', 'https://social.example.com/@user10', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (11, 'user11', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAJsiS3hUrGmxEzaIIs3vx
UG+ZsXL4+4YzIaYXHdvU9pwiY/+y53rhtpcvoIypQPvmKsuovV5gLllwrgipgNL3
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 11. See <a href="https://example.com/about">about</a></p>', 'Test User 11', 'https://social.example.com/users/user11', 'https://social.example.com/@user11', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (12, 'user12', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+01homgss/gzMpNL13Sr
thUZqqVXWMuQaNmtYNT4qHnOOdZLNuofrnoeDRU2+b3FV9fyRiAN/J7EDPKne8aq
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 12. See <a href="https://example.com/about">about</a></p>', 'Test User 12', 'https://social.example.com/users/user12', 'https://social.example.com/@user12', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (13, 'user13', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv5JJnWVZD233CTv6fi4F
VJJOwnz3HnpHJm6lQIqU1m26HNdsoXjtlsZ/EiTb0mHvr2ahb5sT5QA/dKk3P0+H
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 13. See <a href="https://example.com/about">about</a></p>', 'Test User 13', 'https://social.example.com/users/user13', 'https://social.example.com/@user13', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (14, 'user14', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAAuegNb+bCEnoxyGE6t/c
JXiJjX7JoPqyDj+u6LZ2m5nxmUnS/oOzydM8G6OjICZ+wEzybNv2fZFy6iwvpuil
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 14. See <a href="https://example.com/about">about</a></p>', 'Test User 14', 'https://social.example.com/users/user14', 'https://social.example.com/@user14', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (15, 'user15', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEADnreCxmH/jC1VGHFNnp3
q/vI5yV4VbZ+YTs9EMYqvE0wl8cgQ3XT/5xPNgsOb1ekvkqvP12Hd5u77EwWUu9x
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 15. See <a href="https://example.com/about">about</a></p>', 'Test User 15', 'https://social.example.com/users/user15', 'https://social.example.com/@user15', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (16, 'user16', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtVEWGVRazpstFR4aXpI/
9Coq7/LpPE5VxskuwZyi+Uegqp1IZ8oBX1CcCULv/tuiqjVAOokVDCyOSsQUKOgQ
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 16. See <a href="https://example.com/about">about</a></p>', 'Test User 16', 'https://social.example.com/users/user16', 'https://social.example.com/@user16', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (17, 'user17', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEALatnJPSgaucM+RME3lY5
FR80SdkZj5eMDyHD11DsfnpYUodpnvXiPxNauVByXS/wwna0bj3oxayjhfjoYU7l
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 17. See <a href="https://example.com/about">about</a></p>', 'Test User 17', 'https://social.example.com/users/user17', 'https://social.example.com/@user17', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (18, 'user18', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAG1rnsQOSiHOEJIYCY/W6
gkYELnboiCZLI2pZGRlF0FiuLipBD5bhtxEG/OzX3v18kX0n1gjHECENWeNzkNTc
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 18. See <a href="https://example.com/about">about</a></p>', 'Test User 18', 'https://social.example.com/users/user18', 'https://social.example.com/@user18', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (19, 'user19', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAIcY/phMSuyl4yqYH0/i8
/XFIuw2AFwwHrIkPt+S05bQQ5RIcHFPK/ckUXX2VHJVUR4hJ/doYtp5n+VlGJs7G
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 19. See <a href="https://example.com/about">about</a></p>', 'Test User 19', 'https://social.example.com/users/user19', 'https://social.example.com/@user19', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (20, 'user20', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA953PmmJxhX/VaDDk5TVL
Si4RyqKco6wLpNkkvEkDE1JHsmuAyefriUiogd9rdJWTA7Kso/Kinx+cbcQ3QxRq
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 20. See <a href="https://example.com/about">about</a></p>', 'Test User 20', 'https://social.example.com/users/user20', 'https://social.example.com/@user20', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (21, 'user21', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtpIfwShK9rk6quw06IhB
l9UXkWf2EMfFRwVbuVVshO50qtbGdbJKeJzG0zAXVlYerdfYE/YRB2qHqkgyvM+G
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 21. See <a href="https://example.com/about">about</a></p>', 'Test User 21', 'https://social.example.com/users/user21', 'https://social.example.com/@user21', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (22, 'user22', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAHVIZKNW2byfs1cmO4vDc
aEsgSNXFXxKkI1yaJDeFWO/OhvvMx6BDKgDSKKVU4KpQhDTLuap8tFJmzHY21G6H
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 22. See <a href="https://example.com/about">about</a></p>', 'Test User 22', 'https://social.example.com/users/user22', 'https://social.example.com/@user22', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (23, 'user23', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAo1aJhb2lwei7CtIStOB3
Vc4HtiiWwu9hTz7aVB03nzlkv3Yj5o09mlpJtkasxY/mFrfmDc1E5RM3S5su4dx6
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 23. See <a href="https://example.com/about">about</a></p>', 'Test User 23', 'https://social.example.com/users/user23', 'https://social.example.com/@user23', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (24, 'user24', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzhXsnnjjOP2CpyRznvyQ
HqYWmXCNOnLwK7CQrr7dpRDGESiNeL25SVRszZXzRH7XP/NUeQiJNLxUfYE1bwxu
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 24. See <a href="https://example.com/about">about</a></p>', 'Test User 24', 'https://social.example.com/users/user24', 'https://social.example.com/@user24', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (25, 'user25', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyNXASCRl835KZrsE+Y+0
1tzrSfyeA9mCkWyIcgxs4B9AOrI8Y0JJK4QHiYu7tgoKpPuggk39huiyUg9lj293
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 25. See <a href="https://example.com/about">about</a></p>', 'Test User 25', 'https://social.example.com/users/user25', 'https://social.example.com/@user25', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (26, 'user26', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzeCg52kqWEsJSxHyQk7s
Rg8Qayk+g2yKzkFw1WgYkQR2M9g/ERW5ehT6gVcr5NwLmkXhHnMMX/TJv/V7ywkz
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 26. See <a href="https://example.com/about">about</a></p>', 'Test User 26', 'https://social.example.com/users/user26', 'https://social.example.com/@user26', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (27, 'user27', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAH6CTkEllEP7dcd+4cUBd
4nGn4iWtmsVeDBLAtVEDY3zuIzZrQV+G+lljDJX/0UEz/fjR2cGIuARIPNuBS3hS
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 27. See <a href="https://example.com/about">about</a></p>', 'Test User 27', 'https://social.example.com/users/user27', 'https://social.example.com/@user27', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (28, 'user28', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAD/l3z1o9ht+0zKmmcRAg
KjoYYR1FgSwh/37nLZODlP6O/4uqoELDtIDqPrXPS7m+ph90VgvUKH7VqeGZi9K5
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 28. See <a href="https://example.com/about">about</a></p>', 'Test User 28', 'https://social.example.com/users/user28', 'https://social.example.com/@user28', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (29, 'user29', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA35csc4D0vSUrDDDiayo3
TH1H5ZNhznB6/zufrUiZMsgP80FwLFUozET70/NPihDhe+hbM6yjBTR+SrXl3qRX
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 29. See <a href="https://example.com/about">about</a></p>', 'Test User 29', 'https://social.example.com/users/user29', 'https://social.example.com/@user29', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (30, 'user30', NULL, NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlfusium5qetKOLqBTnbi
cN2I3Zob+Dp7mfQh+19WI53KlOqvf0YjUv8DjQmbdH1wM8bJ6CGUzAkMEad7CiMW
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 30. See <a href="https://example.com/about">about</a></p>', 'Test User 30', 'https://social.example.com/users/user30', 'https://social.example.com/@user30', NULL, NULL, '', '', '', '', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (31, 'user31', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAMLN0F+VXjorPTrCagc18
6DE2Mi5wZLkK+7TrsOjDHKVY1XVPXn7pZvs2SInA8XFoKhS4JUWpD2vlpLvrzkmG
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 31. See <a href="https://example.com/about">about</a></p>', 'Test User 31', 'https://fedi.test/users/user31', 'https://fedi.test/@user31', NULL, 'https://fedi.test/system/accounts/avatars/851/original/86ccb683636053d0.png', 'https://fedi.test/users/user31/inbox', 'https://fedi.test/users/user31/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user31/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (32, 'user32', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfrsOvNM8I0YQHMIZEaDx
da5GVMkifGgH+IZzkqm6JOOf46tgooGNEIlNEtqRLPKeTAQ/GAKVqZA4Nzcs6Sm/
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 32. See <a href="https://example.com/about">about</a></p>', 'Test User 32', 'https://fedi.test/users/user32', 'https://fedi.test/@user32', NULL, 'https://fedi.test/system/accounts/avatars/989/original/3b32495f8bc5c006.png', 'https://fedi.test/users/user32/inbox', 'https://fedi.test/users/user32/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user32/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (33, 'user33', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7Q2Bo810Ae6CBJ9TryaN
bg/t62sSHPCJlJWIm038qxBasynolEqiltUzmoxSoNVqGOgrxq6z7DApQRTsWtz8
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 33. See <a href="https://example.com/about">about</a></p>', 'Test User 33', 'https://remote.example/users/user33', 'https://remote.example/@user33', NULL, 'https://remote.example/system/accounts/avatars/699/original/7d69895082a350a1.png', 'https://remote.example/users/user33/inbox', 'https://remote.example/users/user33/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user33/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (34, 'user34', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAZa+TKsIELxSCt19TONcd
ReE+K025pnwp25BMYupAsjl4J66G0zO7BL/k1PfayBSTM9gf1UOCPC4QaI5CUsBd
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 34. See <a href="https://example.com/about">about</a></p>', 'Test User 34', 'https://fedi.test/users/user34', 'https://fedi.test/@user34', NULL, 'https://fedi.test/system/accounts/avatars/659/original/5bf1312485aa546d.png', 'https://fedi.test/users/user34/inbox', 'https://fedi.test/users/user34/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user34/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (35, 'user35', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOfEIOM8GdMzfg/W91vHH
itjMrX4tANPtEc2a8dvJviuQlWOI5js4/7zIobLYQnM4AqWv403uyI1LznLI4hPc
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 35. See <a href="https://example.com/about">about</a></p>', 'Test User 35', 'https://fedi.test/users/user35', 'https://fedi.test/@user35', NULL, 'https://fedi.test/system/accounts/avatars/908/original/1eb0b5707b4d9d16.png', 'https://fedi.test/users/user35/inbox', 'https://fedi.test/users/user35/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user35/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (36, 'user36', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+KrpcEObpuZ+viLFXhC6
9/UV8jsQMYYCZXJ4qAt0/hQMGoyCBgNhgSgWVcfp8TZtMp3HimXHLOiUMASVAf1y
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 36. See <a href="https://example.com/about">about</a></p>', 'Test User 36', 'https://remote.example/users/user36', 'https://remote.example/@user36', NULL, 'https://remote.example/system/accounts/avatars/843/original/02b717d18196fc36.png', 'https://remote.example/users/user36/inbox', 'https://remote.example/users/user36/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user36/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (37, 'user37', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlTRutftau30NCAdaI6RV
8L7R2xnCvxwMQ4M3LcmBJEmrVF0n9jFeCmOfcdFmM0d3ZOLSocFdsWi0jPj7NSWa
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 37. See <a href="https://example.com/about">about</a></p>', 'Test User 37', 'https://fedi.test/users/user37', 'https://fedi.test/@user37', NULL, 'https://fedi.test/system/accounts/avatars/860/original/eba1c03783fe151b.png', 'https://fedi.test/users/user37/inbox', 'https://fedi.test/users/user37/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user37/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (38, 'user38', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA58ThUGjCW5S+bnLQZIpL
8sV30jEFhnGYxcbSO0FU9lSC3myFuLXZcj4oSwc0p8Pirg+kDYX5Tkx1bw9u4VBE
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 38. See <a href="https://example.com/about">about</a></p>', 'Test User 38', 'https://fedi.test/users/user38', 'https://fedi.test/@user38', NULL, 'https://fedi.test/system/accounts/avatars/160/original/786ae843c6d9b62d.png', 'https://fedi.test/users/user38/inbox', 'https://fedi.test/users/user38/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user38/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (39, 'user39', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArqTnHNnlFE/fam8A1dhP
i1g8Y89XwzmEOu3/clFhgPkGyESk7gQJDd3r8Mp7ItxKxk5YqbbxPsXDsssVzr3h
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 39. See <a href="https://example.com/about">about</a></p>', 'Test User 39', 'https://fedi.test/users/user39', 'https://fedi.test/@user39', NULL, 'https://fedi.test/system/accounts/avatars/027/original/21d51c1e1569e20d.png', 'https://fedi.test/users/user39/inbox', 'https://fedi.test/users/user39/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user39/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (40, 'user40', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6n3bQu1eBA8g2DxUSxCa
95CzZE38tuDdeYNSOFIzD37WPZpXb7EJnufqgrm1D0gq5wTjxBd7dlWXstIuc7UI
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 40. See <a href="https://example.com/about">about</a></p>', 'Test User 40', 'https://remote.example/users/user40', 'https://remote.example/@user40', NULL, 'https://remote.example/system/accounts/avatars/675/original/f2f151739ea041f2.png', 'https://remote.example/users/user40/inbox', 'https://remote.example/users/user40/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user40/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (41, 'user41', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2XOQKtulq5G0UBZGc91q
ne/44S09BS2LNWE+lySFMggTZA+9tYgHThubTjMRUCPd5WcH+duGhpTmBCukZpz8
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 41. See <a href="https://example.com/about">about</a></p>', 'Test User 41', 'https://fedi.test/users/user41', 'https://fedi.test/@user41', NULL, 'https://fedi.test/system/accounts/avatars/223/original/fd163d22d768eb08.png', 'https://fedi.test/users/user41/inbox', 'https://fedi.test/users/user41/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user41/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (42, 'user42', 'other.example.net', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwij97kjdn8Dwjv0Tnb9Y
F54Mh76x41AuamZ5DB8iV4C/QoZK7vDy90qg1vDggHjDisTwLNiHVZRk9vymZFl8
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 42. See <a href="https://example.com/about">about</a></p>', 'Test User 42', 'https://other.example.net/users/user42', 'https://other.example.net/@user42', NULL, 'https://other.example.net/system/accounts/avatars/376/original/2c7d06561bbdaa04.png', 'https://other.example.net/users/user42/inbox', 'https://other.example.net/users/user42/outbox', 'https://other.example.net/inbox', 'https://other.example.net/users/user42/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (43, 'user43', 'other.example.net', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAOCVqd8BOkkkk0Q+SHtHU
msbOshbRZ/nMkHfWmhNvy1Ci8O9HgtWhpRhs3cymKWqxNDeaUCh/4gKICs5T3mB+
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 43. See <a href="https://example.com/about">about</a></p>', 'Test User 43', 'https://other.example.net/users/user43', 'https://other.example.net/@user43', NULL, 'https://other.example.net/system/accounts/avatars/060/original/feb6e1d40d1213cc.png', 'https://other.example.net/users/user43/inbox', 'https://other.example.net/users/user43/outbox', 'https://other.example.net/inbox', 'https://other.example.net/users/user43/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (44, 'user44', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyMcwsyaTd7AmSmRU3f7Q
vqUYyGaDhNRQCe/qQqbPBhVUxku1lyntJdrJ5fr6wbCSBJE+g9JOCffw1VAyVv0r
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 44. See <a href="https://example.com/about">about</a></p>', 'Test User 44', 'https://remote.example/users/user44', 'https://remote.example/@user44', NULL, 'https://remote.example/system/accounts/avatars/116/original/f05dee6aabf5d87c.png', 'https://remote.example/users/user44/inbox', 'https://remote.example/users/user44/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user44/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (45, 'user45', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAVHYgNQxBh4A8jEHpNQd1
0B5DMoXdcsr7n5UPktmEv2MJnO55lZpFkIoOgMLvp49mCIH7K7mCmO8cwPZrlqUE
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 45. See <a href="https://example.com/about">about</a></p>', 'Test User 45', 'https://remote.example/users/user45', 'https://remote.example/@user45', NULL, 'https://remote.example/system/accounts/avatars/498/original/fa5cad865cca329d.png', 'https://remote.example/users/user45/inbox', 'https://remote.example/users/user45/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user45/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (46, 'user46', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAWtAo40+zCQs68mOqL6Cu
AEFuzXPGhdKKMBZVTn6Si/DRkSQJ/H8Zi2KrR2dUsaq42KCAnMZJCPtI2Ss/W/w3
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 46. See <a href="https://example.com/about">about</a></p>', 'Test User 46', 'https://fedi.test/users/user46', 'https://fedi.test/@user46', NULL, 'https://fedi.test/system/accounts/avatars/424/original/f82d22bb857f6c1e.png', 'https://fedi.test/users/user46/inbox', 'https://fedi.test/users/user46/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user46/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (47, 'user47', 'remote.example', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2o/DqqRSib7DdRi+lSQ1
+yGUEA7q3QqGWv9TwwWZHnQVKWs5zNxnEd7VRtYfegUW+d+ErJ6zAOnKF89Pz+fH
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 47. See <a href="https://example.com/about">about</a></p>', 'Test User 47', 'https://remote.example/users/user47', 'https://remote.example/@user47', NULL, 'https://remote.example/system/accounts/avatars/174/original/ba7596a402f7d815.png', 'https://remote.example/users/user47/inbox', 'https://remote.example/users/user47/outbox', 'https://remote.example/inbox', 'https://remote.example/users/user47/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (48, 'user48', 'other.example.net', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjhF5ZAddDgimA1R9VgC/
+DU2QvjPOKsWX9aSjNEvCTy3EGsIKPFgWav9k9PMXsB9hPRDjfAT+I+uqhFjLxHj
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 48. See <a href="https://example.com/about">about</a></p>', 'Test User 48', 'https://other.example.net/users/user48', 'https://other.example.net/@user48', NULL, 'https://other.example.net/system/accounts/avatars/110/original/a01a15d31f6c8705.png', 'https://other.example.net/users/user48/inbox', 'https://other.example.net/users/user48/outbox', 'https://other.example.net/inbox', 'https://other.example.net/users/user48/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (49, 'user49', 'fedi.test', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAX9DyVXouKrd7e65QVmFH
0+msjPwxzPUU/eKX7feemdmwTl8Y6OCrmulsAQLmmuk/GOYB34TOgiwej38cAUVi
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 49. See <a href="https://example.com/about">about</a></p>', 'Test User 49', 'https://fedi.test/users/user49', 'https://fedi.test/@user49', NULL, 'https://fedi.test/system/accounts/avatars/702/original/8ea43062507513c6.png', 'https://fedi.test/users/user49/inbox', 'https://fedi.test/users/user49/outbox', 'https://fedi.test/inbox', 'https://fedi.test/users/user49/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);
INSERT INTO public.accounts VALUES (50, 'user50', 'other.example.net', NULL, '-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzEmI1DPkN6sT0TdoQdJ7
1lwg4iWeK+6EZJ3863YkcRW9Mec85Us0V4zY71SezebsH7Ki7/kOFGMG0RR9w+so
-----END PUBLIC KEY-----
', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '<p>Test account 50. See <a href="https://example.com/about">about</a></p>', 'Test User 50', 'https://other.example.net/users/user50', 'https://other.example.net/@user50', NULL, 'https://other.example.net/system/accounts/avatars/852/original/5804bb86a38fce6a.png', 'https://other.example.net/users/user50/inbox', 'https://other.example.net/users/user50/outbox', 'https://other.example.net/inbox', 'https://other.example.net/users/user50/followers', 1, false, '[{"name": "Website", "value": "https://example.com", "verified_at": null}, {"name": "Pronouns", "value": "she/her"}]', 'Person', true);


--
-- Data for Name: domain_blocks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.domain_blocks VALUES (1, 'spam.example', '2023-05-01 00:00:00', '2023-05-01 00:00:00', 1, true, true, NULL, 'spam', false);
INSERT INTO public.domain_blocks VALUES (2, 'bad.example', '2023-05-01 00:00:00', '2023-05-01 00:00:00', 1, true, true, NULL, 'spam', false);


--
-- Data for Name: oauth_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.oauth_access_tokens VALUES (1, 'token-1', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 1, '2024-03-02 10:00:00', '192.0.2.2');
INSERT INTO public.oauth_access_tokens VALUES (2, 'token-2', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 2, '2024-03-02 10:00:00', '192.0.2.3');
INSERT INTO public.oauth_access_tokens VALUES (3, 'token-3', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 3, '2024-03-02 10:00:00', '192.0.2.4');
INSERT INTO public.oauth_access_tokens VALUES (4, 'token-4', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 4, '2024-03-02 10:00:00', '192.0.2.5');
INSERT INTO public.oauth_access_tokens VALUES (5, 'token-5', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 5, '2024-03-02 10:00:00', '192.0.2.6');
INSERT INTO public.oauth_access_tokens VALUES (6, 'token-6', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 6, '2024-03-02 10:00:00', '192.0.2.7');
INSERT INTO public.oauth_access_tokens VALUES (7, 'token-7', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 7, '2024-03-02 10:00:00', '192.0.2.8');
INSERT INTO public.oauth_access_tokens VALUES (8, 'token-8', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 8, '2024-03-02 10:00:00', '192.0.2.9');
INSERT INTO public.oauth_access_tokens VALUES (9, 'token-9', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 9, '2024-03-02 10:00:00', '192.0.2.10');
INSERT INTO public.oauth_access_tokens VALUES (10, 'token-10', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 10, '2024-03-02 10:00:00', '192.0.2.11');
INSERT INTO public.oauth_access_tokens VALUES (11, 'token-11', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 11, '2024-03-02 10:00:00', '192.0.2.12');
INSERT INTO public.oauth_access_tokens VALUES (12, 'token-12', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 12, '2024-03-02 10:00:00', '192.0.2.13');
INSERT INTO public.oauth_access_tokens VALUES (13, 'token-13', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 13, '2024-03-02 10:00:00', '192.0.2.14');
INSERT INTO public.oauth_access_tokens VALUES (14, 'token-14', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 14, '2024-03-02 10:00:00', '192.0.2.15');
INSERT INTO public.oauth_access_tokens VALUES (15, 'token-15', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 15, '2024-03-02 10:00:00', '192.0.2.16');
INSERT INTO public.oauth_access_tokens VALUES (16, 'token-16', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 16, '2024-03-02 10:00:00', '192.0.2.17');
INSERT INTO public.oauth_access_tokens VALUES (17, 'token-17', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 17, '2024-03-02 10:00:00', '192.0.2.18');
INSERT INTO public.oauth_access_tokens VALUES (18, 'token-18', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 18, '2024-03-02 10:00:00', '192.0.2.19');
INSERT INTO public.oauth_access_tokens VALUES (19, 'token-19', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 19, '2024-03-02 10:00:00', '192.0.2.20');
INSERT INTO public.oauth_access_tokens VALUES (20, 'token-20', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 20, '2024-03-02 10:00:00', '192.0.2.21');
INSERT INTO public.oauth_access_tokens VALUES (21, 'token-21', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 21, '2024-03-02 10:00:00', '192.0.2.22');
INSERT INTO public.oauth_access_tokens VALUES (22, 'token-22', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 22, '2024-03-02 10:00:00', '192.0.2.23');
INSERT INTO public.oauth_access_tokens VALUES (23, 'token-23', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 23, '2024-03-02 10:00:00', '192.0.2.24');
INSERT INTO public.oauth_access_tokens VALUES (24, 'token-24', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 24, '2024-03-02 10:00:00', '192.0.2.25');
INSERT INTO public.oauth_access_tokens VALUES (25, 'token-25', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 25, '2024-03-02 10:00:00', '192.0.2.26');
INSERT INTO public.oauth_access_tokens VALUES (26, 'token-26', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 26, '2024-03-02 10:00:00', '192.0.2.27');
INSERT INTO public.oauth_access_tokens VALUES (27, 'token-27', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 27, '2024-03-02 10:00:00', '192.0.2.28');
INSERT INTO public.oauth_access_tokens VALUES (28, 'token-28', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 2, 28, '2024-03-02 10:00:00', '192.0.2.29');
INSERT INTO public.oauth_access_tokens VALUES (29, 'token-29', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 3, 29, '2024-03-02 10:00:00', '192.0.2.30');
INSERT INTO public.oauth_access_tokens VALUES (30, 'token-30', NULL, NULL, NULL, '2024-03-01 10:00:00', 'read write follow push', 1, 30, '2024-03-02 10:00:00', '192.0.2.31');


--
-- Data for Name: oauth_applications; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.oauth_applications VALUES (1, 'Web', 'uid-1', 'secret-1', 'urn:ietf:wg:oauth:2.0:oob', 'read write follow push', '2023-05-01 00:00:00', '2023-05-01 00:00:00', true, NULL, NULL, NULL, true);
INSERT INTO public.oauth_applications VALUES (2, 'Tusky', 'uid-2', 'secret-2', 'oauth2redirect://com.keylesspalace.tusky/', 'read write follow push', '2023-05-01 00:00:00', '2023-05-01 00:00:00', false, 'https://tusky.app', NULL, NULL, true);
INSERT INTO public.oauth_applications VALUES (3, 'Ivory', 'uid-3', 'secret-3', 'ivory://oauth', 'read write follow push', '2023-05-01 00:00:00', '2023-05-01 00:00:00', false, 'https://tapbots.com/ivory', NULL, NULL, true);
INSERT INTO public.oauth_applications VALUES (4, 'Crossposter', 'uid-4', 'secret-4', 'https://crossposter.example.com/auth/callback', 'read write follow push', '2023-05-01 00:00:00', '2023-05-01 00:00:00', false, NULL, NULL, NULL, true);


--
-- Data for Name: relays; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.relays VALUES (1, 'https://relay.example.com/inbox', 'https://social.example.com/edf21857-c2fc-4dd3-a1ed-a616bdf67aae', '2023-05-01 00:00:00', '2023-05-01 00:00:00', 2);


--
-- Data for Name: session_activations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.session_activations VALUES (1, 'session-1', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.2', 1, 1, 1);
INSERT INTO public.session_activations VALUES (2, 'session-2', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '192.0.2.3', 2, 2, 2);
INSERT INTO public.session_activations VALUES (3, 'session-3', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.4', 3, 3, 3);
INSERT INTO public.session_activations VALUES (4, 'session-4', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.5', 4, 4, 4);
INSERT INTO public.session_activations VALUES (5, 'session-5', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.6', 5, 5, 5);
INSERT INTO public.session_activations VALUES (6, 'session-6', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.7', 6, 6, 6);
INSERT INTO public.session_activations VALUES (7, 'session-7', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.8', 7, 7, 7);
INSERT INTO public.session_activations VALUES (8, 'session-8', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '192.0.2.9', 8, 8, 8);
INSERT INTO public.session_activations VALUES (9, 'session-9', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.10', 9, 9, 9);
INSERT INTO public.session_activations VALUES (10, 'session-10', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.11', 10, 10, 10);
INSERT INTO public.session_activations VALUES (11, 'session-11', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.12', 11, 11, NULL);
INSERT INTO public.session_activations VALUES (12, 'session-12', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '192.0.2.13', 12, 12, NULL);
INSERT INTO public.session_activations VALUES (13, 'session-13', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.14', 13, 13, NULL);
INSERT INTO public.session_activations VALUES (14, 'session-14', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.15', 14, 14, NULL);
INSERT INTO public.session_activations VALUES (15, 'session-15', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.16', 15, 15, NULL);
INSERT INTO public.session_activations VALUES (16, 'session-16', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.17', 16, 16, NULL);
INSERT INTO public.session_activations VALUES (17, 'session-17', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '192.0.2.18', 17, 17, NULL);
INSERT INTO public.session_activations VALUES (18, 'session-18', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.19', 18, 18, NULL);
INSERT INTO public.session_activations VALUES (19, 'session-19', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.20', 19, 19, NULL);
INSERT INTO public.session_activations VALUES (20, 'session-20', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.21', 20, 20, NULL);
INSERT INTO public.session_activations VALUES (21, 'session-21', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.22', 21, 21, NULL);
INSERT INTO public.session_activations VALUES (22, 'session-22', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.23', 22, 22, NULL);
INSERT INTO public.session_activations VALUES (23, 'session-23', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.24', 23, 23, NULL);
INSERT INTO public.session_activations VALUES (24, 'session-24', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', '192.0.2.25', 24, 24, NULL);
INSERT INTO public.session_activations VALUES (25, 'session-25', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.26', 25, 25, NULL);
INSERT INTO public.session_activations VALUES (26, 'session-26', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', '192.0.2.27', 26, 26, NULL);
INSERT INTO public.session_activations VALUES (27, 'session-27', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.28', 27, 27, NULL);
INSERT INTO public.session_activations VALUES (28, 'session-28', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.29', 28, 28, NULL);
INSERT INTO public.session_activations VALUES (29, 'session-29', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', '192.0.2.30', 29, 29, NULL);
INSERT INTO public.session_activations VALUES (30, 'session-30', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', '192.0.2.31', 30, 30, NULL);


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.settings VALUES (1, 'site_title', '--- ACME Social
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (2, 'site_contact_email', '--- admin@example.com
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (3, 'site_contact_username', '--- admin
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (4, 'registrations_mode', '--- approved
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (5, 'site_short_description', '--- A small instance for ACME staff and friends.
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (6, 'theme', '--- default
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (7, 'custom_css', '--- ''''
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);
INSERT INTO public.settings VALUES (8, 'site_terms', '--- "<p>Contact: legal@example.com</p>"
', NULL, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);


--
-- Data for Name: statuses; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.statuses VALUES (1001, 'https://social.example.com/users/u2/statuses/1001', '<p>Status update 1: the release is out! <a href="https://blog.example.com/posts/1" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u2/1001', false, 1, '', false, 'en', 2, 1, true);
INSERT INTO public.statuses VALUES (1002, 'https://social.example.com/users/u3/statuses/1002', '<p>Status update 2: the release is out! <a href="https://blog.example.com/posts/2" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u3/1002', false, 2, '', false, 'en', 3, 1, true);
INSERT INTO public.statuses VALUES (1003, 'https://social.example.com/users/u4/statuses/1003', '<p>Status update 3: the release is out! <a href="https://blog.example.com/posts/3" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u4/1003', false, 3, '', false, 'en', 4, 1, true);
INSERT INTO public.statuses VALUES (1004, 'https://social.example.com/users/u5/statuses/1004', '<p>Status update 4: the release is out! <a href="https://blog.example.com/posts/4" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u5/1004', false, 0, '', false, 'en', 5, 1, true);
INSERT INTO public.statuses VALUES (1005, 'https://social.example.com/users/u6/statuses/1005', '<p>Status update 5: the release is out! <a href="https://blog.example.com/posts/5" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u6/1005', false, 1, '', false, 'en', 6, 1, true);
INSERT INTO public.statuses VALUES (1006, 'https://social.example.com/users/u7/statuses/1006', '<p>Status update 6: the release is out! <a href="https://blog.example.com/posts/6" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u7/1006', false, 2, '', false, 'en', 7, 1, true);
INSERT INTO public.statuses VALUES (1007, 'https://social.example.com/users/u8/statuses/1007', '<p>Status update 7: the release is out! <a href="https://blog.example.com/posts/7" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u8/1007', false, 3, '', false, 'en', 8, 1, true);
INSERT INTO public.statuses VALUES (1008, 'https://social.example.com/users/u9/statuses/1008', '<p>Status update 8: the release is out! <a href="https://blog.example.com/posts/8" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u9/1008', false, 0, '', false, 'en', 9, 1, true);
INSERT INTO public.statuses VALUES (1009, 'https://social.example.com/users/u10/statuses/1009', '<p>Status update 9: the release is out! <a href="https://blog.example.com/posts/9" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u10/1009', false, 1, '', false, 'en', 10, 1, true);
INSERT INTO public.statuses VALUES (1010, 'https://social.example.com/users/u11/statuses/1010', '<p>Status update 10: the release is out! <a href="https://blog.example.com/posts/10" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u11/1010', false, 2, '', false, 'en', 11, 1, true);
INSERT INTO public.statuses VALUES (1011, 'https://social.example.com/users/u12/statuses/1011', '<p>Status update 11: the release is out! <a href="https://blog.example.com/posts/11" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u12/1011', false, 3, '', false, 'en', 12, 1, true);
INSERT INTO public.statuses VALUES (1012, 'https://social.example.com/users/u13/statuses/1012', '<p>Status update 12: the release is out! <a href="https://blog.example.com/posts/12" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u13/1012', false, 0, '', false, 'en', 13, 1, true);
INSERT INTO public.statuses VALUES (1013, 'https://social.example.com/users/u14/statuses/1013', '<p>Status update 13: the release is out! <a href="https://blog.example.com/posts/13" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u14/1013', false, 1, '', false, 'en', 14, 1, true);
INSERT INTO public.statuses VALUES (1014, 'https://social.example.com/users/u15/statuses/1014', '<p>Status update 14: the release is out! <a href="https://blog.example.com/posts/14" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u15/1014', false, 2, '', false, 'en', 15, 1, true);
INSERT INTO public.statuses VALUES (1015, 'https://social.example.com/users/u16/statuses/1015', '<p>Status update 15: the release is out! <a href="https://blog.example.com/posts/15" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u16/1015', false, 3, '', false, 'en', 16, 1, true);
INSERT INTO public.statuses VALUES (1016, 'https://social.example.com/users/u17/statuses/1016', '<p>Status update 16: the release is out! <a href="https://blog.example.com/posts/16" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u17/1016', false, 0, '', false, 'en', 17, 1, true);
INSERT INTO public.statuses VALUES (1017, 'https://social.example.com/users/u18/statuses/1017', '<p>Status update 17: the release is out! <a href="https://blog.example.com/posts/17" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u18/1017', false, 1, '', false, 'en', 18, 1, true);
INSERT INTO public.statuses VALUES (1018, 'https://social.example.com/users/u19/statuses/1018', '<p>Status update 18: the release is out! <a href="https://blog.example.com/posts/18" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u19/1018', false, 2, '', false, 'en', 19, 1, true);
INSERT INTO public.statuses VALUES (1019, 'https://social.example.com/users/u20/statuses/1019', '<p>Status update 19: the release is out! <a href="https://blog.example.com/posts/19" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u20/1019', false, 3, '', false, 'en', 20, 1, true);
INSERT INTO public.statuses VALUES (1020, 'https://social.example.com/users/u21/statuses/1020', '<p>Status update 20: the release is out! <a href="https://blog.example.com/posts/20" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u21/1020', false, 0, '', false, 'en', 21, 1, true);
INSERT INTO public.statuses VALUES (1021, 'https://social.example.com/users/u22/statuses/1021', '<p>Status update 21: the release is out! <a href="https://blog.example.com/posts/21" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u22/1021', false, 1, '', false, 'en', 22, 1, true);
INSERT INTO public.statuses VALUES (1022, 'https://social.example.com/users/u23/statuses/1022', '<p>Status update 22: the release is out! <a href="https://blog.example.com/posts/22" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u23/1022', false, 2, '', false, 'en', 23, 1, true);
INSERT INTO public.statuses VALUES (1023, 'https://social.example.com/users/u24/statuses/1023', '<p>Status update 23: the release is out! <a href="https://blog.example.com/posts/23" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u24/1023', false, 3, '', false, 'en', 24, 1, true);
INSERT INTO public.statuses VALUES (1024, 'https://social.example.com/users/u25/statuses/1024', '<p>Status update 24: the release is out! <a href="https://blog.example.com/posts/24" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u25/1024', false, 0, '', false, 'en', 25, 1, true);
INSERT INTO public.statuses VALUES (1025, 'https://social.example.com/users/u26/statuses/1025', '<p>Status update 25: the release is out! <a href="https://blog.example.com/posts/25" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u26/1025', false, 1, '', false, 'en', 26, 1, true);
INSERT INTO public.statuses VALUES (1026, 'https://social.example.com/users/u27/statuses/1026', '<p>Status update 26: the release is out! <a href="https://blog.example.com/posts/26" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u27/1026', false, 2, '', false, 'en', 27, 1, true);
INSERT INTO public.statuses VALUES (1027, 'https://social.example.com/users/u28/statuses/1027', '<p>Status update 27: the release is out! <a href="https://blog.example.com/posts/27" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u28/1027', false, 3, '', false, 'en', 28, 1, true);
INSERT INTO public.statuses VALUES (1028, 'https://social.example.com/users/u29/statuses/1028', '<p>Status update 28: the release is out! <a href="https://blog.example.com/posts/28" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u29/1028', false, 0, '', false, 'en', 29, 1, true);
INSERT INTO public.statuses VALUES (1029, 'https://social.example.com/users/u30/statuses/1029', '<p>Status update 29: the release is out! <a href="https://blog.example.com/posts/29" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u30/1029', false, 1, '', false, 'en', 30, 1, true);
INSERT INTO public.statuses VALUES (1030, 'https://social.example.com/users/u31/statuses/1030', '<p>Status update 30: the release is out! <a href="https://blog.example.com/posts/30" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u31/1030', false, 2, '', false, 'en', 31, 1, true);
INSERT INTO public.statuses VALUES (1031, 'https://social.example.com/users/u32/statuses/1031', '<p>Status update 31: the release is out! <a href="https://blog.example.com/posts/31" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u32/1031', false, 3, '', false, 'en', 32, 1, true);
INSERT INTO public.statuses VALUES (1032, 'https://social.example.com/users/u33/statuses/1032', '<p>Status update 32: the release is out! <a href="https://blog.example.com/posts/32" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u33/1032', false, 0, '', false, 'en', 33, 1, true);
INSERT INTO public.statuses VALUES (1033, 'https://social.example.com/users/u34/statuses/1033', '<p>Status update 33: the release is out! <a href="https://blog.example.com/posts/33" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u34/1033', false, 1, '', false, 'en', 34, 1, true);
INSERT INTO public.statuses VALUES (1034, 'https://social.example.com/users/u35/statuses/1034', '<p>Status update 34: the release is out! <a href="https://blog.example.com/posts/34" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u35/1034', false, 2, '', false, 'en', 35, 1, true);
INSERT INTO public.statuses VALUES (1035, 'https://social.example.com/users/u36/statuses/1035', '<p>Status update 35: the release is out! <a href="https://blog.example.com/posts/35" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u36/1035', false, 3, '', false, 'en', 36, 1, true);
INSERT INTO public.statuses VALUES (1036, 'https://social.example.com/users/u37/statuses/1036', '<p>Status update 36: the release is out! <a href="https://blog.example.com/posts/36" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u37/1036', false, 0, '', false, 'en', 37, 1, true);
INSERT INTO public.statuses VALUES (1037, 'https://social.example.com/users/u38/statuses/1037', '<p>Status update 37: the release is out! <a href="https://blog.example.com/posts/37" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u38/1037', false, 1, '', false, 'en', 38, 1, true);
INSERT INTO public.statuses VALUES (1038, 'https://social.example.com/users/u39/statuses/1038', '<p>Status update 38: the release is out! <a href="https://blog.example.com/posts/38" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u39/1038', false, 2, '', false, 'en', 39, 1, true);
INSERT INTO public.statuses VALUES (1039, 'https://social.example.com/users/u40/statuses/1039', '<p>Status update 39: the release is out! <a href="https://blog.example.com/posts/39" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u40/1039', false, 3, '', false, 'en', 40, 1, true);
INSERT INTO public.statuses VALUES (1040, 'https://social.example.com/users/u41/statuses/1040', '<p>Status update 40: the release is out! <a href="https://blog.example.com/posts/40" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u41/1040', false, 0, '', false, 'en', 41, 1, true);
INSERT INTO public.statuses VALUES (1041, 'https://social.example.com/users/u42/statuses/1041', '<p>Status update 41: the release is out! <a href="https://blog.example.com/posts/41" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u42/1041', false, 1, '', false, 'en', 42, 1, true);
INSERT INTO public.statuses VALUES (1042, 'https://social.example.com/users/u43/statuses/1042', '<p>Status update 42: the release is out! <a href="https://blog.example.com/posts/42" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u43/1042', false, 2, '', false, 'en', 43, 1, true);
INSERT INTO public.statuses VALUES (1043, 'https://social.example.com/users/u44/statuses/1043', '<p>Status update 43: the release is out! <a href="https://blog.example.com/posts/43" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u44/1043', false, 3, '', false, 'en', 44, 1, true);
INSERT INTO public.statuses VALUES (1044, 'https://social.example.com/users/u45/statuses/1044', '<p>Status update 44: the release is out! <a href="https://blog.example.com/posts/44" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u45/1044', false, 0, '', false, 'en', 45, 1, true);
INSERT INTO public.statuses VALUES (1045, 'https://social.example.com/users/u46/statuses/1045', '<p>Status update 45: the release is out! <a href="https://blog.example.com/posts/45" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u46/1045', false, 1, '', false, 'en', 46, 1, true);
INSERT INTO public.statuses VALUES (1046, 'https://social.example.com/users/u47/statuses/1046', '<p>Status update 46: the release is out! <a href="https://blog.example.com/posts/46" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u47/1046', false, 2, '', false, 'en', 47, 1, true);
INSERT INTO public.statuses VALUES (1047, 'https://social.example.com/users/u48/statuses/1047', '<p>Status update 47: the release is out! <a href="https://blog.example.com/posts/47" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u48/1047', false, 3, '', false, 'en', 48, 1, true);
INSERT INTO public.statuses VALUES (1048, 'https://social.example.com/users/u49/statuses/1048', '<p>Status update 48: the release is out! <a href="https://blog.example.com/posts/48" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u49/1048', false, 0, '', false, 'en', 49, 1, true);
INSERT INTO public.statuses VALUES (1049, 'https://social.example.com/users/u50/statuses/1049', '<p>Status update 49: the release is out! <a href="https://blog.example.com/posts/49" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u50/1049', false, 1, '', false, 'en', 50, 1, true);
INSERT INTO public.statuses VALUES (1050, 'https://social.example.com/users/u1/statuses/1050', '<p>Status update 50: the release is out! <a href="https://blog.example.com/posts/50" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u1/1050', false, 2, '', false, 'en', 1, 1, true);
INSERT INTO public.statuses VALUES (1051, 'https://social.example.com/users/u2/statuses/1051', '<p>Status update 51: the release is out! <a href="https://blog.example.com/posts/51" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u2/1051', false, 3, '', false, 'en', 2, 1, true);
INSERT INTO public.statuses VALUES (1052, 'https://social.example.com/users/u3/statuses/1052', '<p>Status update 52: the release is out! <a href="https://blog.example.com/posts/52" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u3/1052', false, 0, '', false, 'en', 3, 1, true);
INSERT INTO public.statuses VALUES (1053, 'https://social.example.com/users/u4/statuses/1053', '<p>Status update 53: the release is out! <a href="https://blog.example.com/posts/53" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u4/1053', false, 1, '', false, 'en', 4, 1, true);
INSERT INTO public.statuses VALUES (1054, 'https://social.example.com/users/u5/statuses/1054', '<p>Status update 54: the release is out! <a href="https://blog.example.com/posts/54" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u5/1054', false, 2, '', false, 'en', 5, 1, true);
INSERT INTO public.statuses VALUES (1055, 'https://social.example.com/users/u6/statuses/1055', '<p>Status update 55: the release is out! <a href="https://blog.example.com/posts/55" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u6/1055', false, 3, '', false, 'en', 6, 1, true);
INSERT INTO public.statuses VALUES (1056, 'https://social.example.com/users/u7/statuses/1056', '<p>Status update 56: the release is out! <a href="https://blog.example.com/posts/56" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u7/1056', false, 0, '', false, 'en', 7, 1, true);
INSERT INTO public.statuses VALUES (1057, 'https://social.example.com/users/u8/statuses/1057', '<p>Status update 57: the release is out! <a href="https://blog.example.com/posts/57" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u8/1057', false, 1, '', false, 'en', 8, 1, true);
INSERT INTO public.statuses VALUES (1058, 'https://social.example.com/users/u9/statuses/1058', '<p>Status update 58: the release is out! <a href="https://blog.example.com/posts/58" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u9/1058', false, 2, '', false, 'en', 9, 1, true);
INSERT INTO public.statuses VALUES (1059, 'https://social.example.com/users/u10/statuses/1059', '<p>Status update 59: the release is out! <a href="https://blog.example.com/posts/59" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u10/1059', false, 3, '', false, 'en', 10, 1, true);
INSERT INTO public.statuses VALUES (1060, 'https://social.example.com/users/u11/statuses/1060', '<p>Status update 60: the release is out! <a href="https://blog.example.com/posts/60" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u11/1060', false, 0, '', false, 'en', 11, 1, true);
INSERT INTO public.statuses VALUES (1061, 'https://social.example.com/users/u12/statuses/1061', '<p>Status update 61: the release is out! <a href="https://blog.example.com/posts/61" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u12/1061', false, 1, '', false, 'en', 12, 1, true);
INSERT INTO public.statuses VALUES (1062, 'https://social.example.com/users/u13/statuses/1062', '<p>Status update 62: the release is out! <a href="https://blog.example.com/posts/62" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u13/1062', false, 2, '', false, 'en', 13, 1, true);
INSERT INTO public.statuses VALUES (1063, 'https://social.example.com/users/u14/statuses/1063', '<p>Status update 63: the release is out! <a href="https://blog.example.com/posts/63" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u14/1063', false, 3, '', false, 'en', 14, 1, true);
INSERT INTO public.statuses VALUES (1064, 'https://social.example.com/users/u15/statuses/1064', '<p>Status update 64: the release is out! <a href="https://blog.example.com/posts/64" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u15/1064', false, 0, '', false, 'en', 15, 1, true);
INSERT INTO public.statuses VALUES (1065, 'https://social.example.com/users/u16/statuses/1065', '<p>Status update 65: the release is out! <a href="https://blog.example.com/posts/65" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u16/1065', false, 1, '', false, 'en', 16, 1, true);
INSERT INTO public.statuses VALUES (1066, 'https://social.example.com/users/u17/statuses/1066', '<p>Status update 66: the release is out! <a href="https://blog.example.com/posts/66" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u17/1066', false, 2, '', false, 'en', 17, 1, true);
INSERT INTO public.statuses VALUES (1067, 'https://social.example.com/users/u18/statuses/1067', '<p>Status update 67: the release is out! <a href="https://blog.example.com/posts/67" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u18/1067', false, 3, '', false, 'en', 18, 1, true);
INSERT INTO public.statuses VALUES (1068, 'https://social.example.com/users/u19/statuses/1068', '<p>Status update 68: the release is out! <a href="https://blog.example.com/posts/68" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u19/1068', false, 0, '', false, 'en', 19, 1, true);
INSERT INTO public.statuses VALUES (1069, 'https://social.example.com/users/u20/statuses/1069', '<p>Status update 69: the release is out! <a href="https://blog.example.com/posts/69" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u20/1069', false, 1, '', false, 'en', 20, 1, true);
INSERT INTO public.statuses VALUES (1070, 'https://social.example.com/users/u21/statuses/1070', '<p>Status update 70: the release is out! <a href="https://blog.example.com/posts/70" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u21/1070', false, 2, '', false, 'en', 21, 1, true);
INSERT INTO public.statuses VALUES (1071, 'https://social.example.com/users/u22/statuses/1071', '<p>Status update 71: the release is out! <a href="https://blog.example.com/posts/71" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u22/1071', false, 3, '', false, 'en', 22, 1, true);
INSERT INTO public.statuses VALUES (1072, 'https://social.example.com/users/u23/statuses/1072', '<p>Status update 72: the release is out! <a href="https://blog.example.com/posts/72" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u23/1072', false, 0, '', false, 'en', 23, 1, true);
INSERT INTO public.statuses VALUES (1073, 'https://social.example.com/users/u24/statuses/1073', '<p>Status update 73: the release is out! <a href="https://blog.example.com/posts/73" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u24/1073', false, 1, '', false, 'en', 24, 1, true);
INSERT INTO public.statuses VALUES (1074, 'https://social.example.com/users/u25/statuses/1074', '<p>Status update 74: the release is out! <a href="https://blog.example.com/posts/74" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u25/1074', false, 2, '', false, 'en', 25, 1, true);
INSERT INTO public.statuses VALUES (1075, 'https://social.example.com/users/u26/statuses/1075', '<p>Status update 75: the release is out! <a href="https://blog.example.com/posts/75" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u26/1075', false, 3, '', false, 'en', 26, 1, true);
INSERT INTO public.statuses VALUES (1076, 'https://social.example.com/users/u27/statuses/1076', '<p>Status update 76: the release is out! <a href="https://blog.example.com/posts/76" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u27/1076', false, 0, '', false, 'en', 27, 1, true);
INSERT INTO public.statuses VALUES (1077, 'https://social.example.com/users/u28/statuses/1077', '<p>Status update 77: the release is out! <a href="https://blog.example.com/posts/77" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u28/1077', false, 1, '', false, 'en', 28, 1, true);
INSERT INTO public.statuses VALUES (1078, 'https://social.example.com/users/u29/statuses/1078', '<p>Status update 78: the release is out! <a href="https://blog.example.com/posts/78" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u29/1078', false, 2, '', false, 'en', 29, 1, true);
INSERT INTO public.statuses VALUES (1079, 'https://social.example.com/users/u30/statuses/1079', '<p>Status update 79: the release is out! <a href="https://blog.example.com/posts/79" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u30/1079', false, 3, '', false, 'en', 30, 1, true);
INSERT INTO public.statuses VALUES (1080, 'https://social.example.com/users/u31/statuses/1080', '<p>Status update 80: the release is out! <a href="https://blog.example.com/posts/80" rel="nofollow noopener">read more</a> <a href="https://social.example.com/tags/release" class="mention hashtag">#<span>release</span></a></p>', '2024-03-01 10:00:00', '2024-03-01 10:00:00', NULL, NULL, 'https://social.example.com/@u31/1080', false, 0, '', false, 'en', 31, 1, true);


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES (1, 'user1@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 223, '2024-03-01 10:00:00', '2024-02-01 10:00:00', true, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 1, false, NULL, NULL, true, '192.0.2.2', NULL);
INSERT INTO public.users VALUES (2, 'user2@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 207, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 2, false, NULL, NULL, true, '192.0.2.3', NULL);
INSERT INTO public.users VALUES (3, 'user3@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 251, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 3, false, NULL, NULL, true, '192.0.2.4', NULL);
INSERT INTO public.users VALUES (4, 'user4@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 91, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 4, false, NULL, NULL, true, '192.0.2.5', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (5, 'user5@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 261, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 5, false, NULL, NULL, true, '192.0.2.6', NULL);
INSERT INTO public.users VALUES (6, 'user6@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 89, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 6, false, NULL, NULL, true, '192.0.2.7', NULL);
INSERT INTO public.users VALUES (7, 'user7@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 98, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 7, false, NULL, NULL, true, '192.0.2.8', NULL);
INSERT INTO public.users VALUES (8, 'user8@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 243, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 8, false, NULL, NULL, true, '192.0.2.9', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (9, 'user9@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 149, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 9, false, NULL, NULL, true, '192.0.2.10', NULL);
INSERT INTO public.users VALUES (10, 'user10@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 165, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 10, false, NULL, NULL, true, '192.0.2.11', NULL);
INSERT INTO public.users VALUES (11, 'user11@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 1, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 11, false, NULL, NULL, true, '192.0.2.12', NULL);
INSERT INTO public.users VALUES (12, 'user12@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 272, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 12, false, NULL, NULL, true, '192.0.2.13', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (13, 'user13@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 158, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 13, false, NULL, NULL, true, '192.0.2.14', NULL);
INSERT INTO public.users VALUES (14, 'user14@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 267, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 14, false, NULL, NULL, true, '192.0.2.15', NULL);
INSERT INTO public.users VALUES (15, 'user15@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 237, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 15, false, NULL, NULL, true, '192.0.2.16', NULL);
INSERT INTO public.users VALUES (16, 'user16@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 230, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 16, false, NULL, NULL, true, '192.0.2.17', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (17, 'user17@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 285, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 17, false, NULL, NULL, true, '192.0.2.18', NULL);
INSERT INTO public.users VALUES (18, 'user18@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 222, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 18, false, NULL, NULL, true, '192.0.2.19', NULL);
INSERT INTO public.users VALUES (19, 'user19@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 3, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 19, false, NULL, NULL, true, '192.0.2.20', NULL);
INSERT INTO public.users VALUES (20, 'user20@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 50, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 20, false, NULL, NULL, true, '192.0.2.21', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (21, 'user21@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 261, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 21, false, NULL, NULL, true, '192.0.2.22', NULL);
INSERT INTO public.users VALUES (22, 'user22@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 214, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 22, false, NULL, NULL, true, '192.0.2.23', NULL);
INSERT INTO public.users VALUES (23, 'user23@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 103, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 23, false, NULL, NULL, true, '192.0.2.24', NULL);
INSERT INTO public.users VALUES (24, 'user24@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 119, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 24, false, NULL, NULL, true, '192.0.2.25', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (25, 'user25@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 12, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 25, false, NULL, NULL, true, '192.0.2.26', NULL);
INSERT INTO public.users VALUES (26, 'user26@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 282, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 26, false, NULL, NULL, true, '192.0.2.27', NULL);
INSERT INTO public.users VALUES (27, 'user27@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 129, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 27, false, NULL, NULL, true, '192.0.2.28', NULL);
INSERT INTO public.users VALUES (28, 'user28@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 37, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, true, NULL, NULL, 28, false, NULL, NULL, true, '192.0.2.29', 'JBSWY3DPEHPK3PXP');
INSERT INTO public.users VALUES (29, 'user29@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 228, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 29, false, NULL, NULL, true, '192.0.2.30', NULL);
INSERT INTO public.users VALUES (30, 'user30@example.com', '2023-05-01 10:00:00', '2024-01-01 10:00:00', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, 277, '2024-03-01 10:00:00', '2024-02-01 10:00:00', false, NULL, '2023-05-01 10:00:00', 'de', NULL, NULL, NULL, false, NULL, NULL, 30, false, NULL, NULL, true, '192.0.2.31', NULL);


--
-- Data for Name: web_push_subscriptions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_push_subscriptions VALUES (1, 'https://push.example.com/send/1', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 1, 1);
INSERT INTO public.web_push_subscriptions VALUES (2, 'https://push.example.com/send/2', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 2, 2);
INSERT INTO public.web_push_subscriptions VALUES (3, 'https://push.example.com/send/3', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 3, 3);
INSERT INTO public.web_push_subscriptions VALUES (4, 'https://push.example.com/send/4', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 4, 4);
INSERT INTO public.web_push_subscriptions VALUES (5, 'https://push.example.com/send/5', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 5, 5);
INSERT INTO public.web_push_subscriptions VALUES (6, 'https://push.example.com/send/6', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 6, 6);
INSERT INTO public.web_push_subscriptions VALUES (7, 'https://push.example.com/send/7', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 7, 7);
INSERT INTO public.web_push_subscriptions VALUES (8, 'https://push.example.com/send/8', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 8, 8);
INSERT INTO public.web_push_subscriptions VALUES (9, 'https://push.example.com/send/9', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 9, 9);
INSERT INTO public.web_push_subscriptions VALUES (10, 'https://push.example.com/send/10', 'BEXAMPLEp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEYp256dhKEY', 'AAAAAAAAAAAAAAAAAAAAAA', '{"alerts":{"follow":true,"favourite":true,"reblog":true,"mention":true,"poll":false}}', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 10, 10);


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.webhooks VALUES (1, 'https://hooks.example.com/mastodon', '{account.created,report.created}', '', true, '2023-05-01 00:00:00', '2023-05-01 00:00:00', NULL);


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


