--
-- PostgreSQL database dump
--

\restrict j2OtHwvAF42pRXzYygxcQy9NpfetPxsuRlqYQgHbUA1wMMcV7s4Xbog9oD3aR5t

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
-- Name: client; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.client (
    id character varying(36) NOT NULL,
    enabled boolean,
    full_scope_allowed boolean,
    client_id character varying(255),
    not_before integer,
    public_client boolean,
    secret character varying(255),
    base_url character varying(255),
    bearer_only boolean,
    management_url character varying(255),
    surrogate_auth_required boolean,
    realm_id character varying(36),
    protocol character varying(255),
    node_rereg_timeout integer,
    frontchannel_logout boolean,
    consent_required boolean,
    name character varying(255),
    service_accounts_enabled boolean,
    client_authenticator_type character varying(255),
    root_url character varying(255),
    description character varying(255),
    registration_token character varying(255),
    standard_flow_enabled boolean,
    implicit_flow_enabled boolean,
    direct_access_grants_enabled boolean,
    always_display_in_console boolean
);


ALTER TABLE public.client OWNER TO postgres;

--
-- Name: client_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.client_attributes (
    client_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


ALTER TABLE public.client_attributes OWNER TO postgres;

--
-- Name: component; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.component (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_id character varying(36),
    provider_id character varying(36),
    provider_type character varying(255),
    realm_id character varying(36),
    sub_type character varying(255)
);


ALTER TABLE public.component OWNER TO postgres;

--
-- Name: component_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.component_config (
    id character varying(36) NOT NULL,
    component_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


ALTER TABLE public.component_config OWNER TO postgres;

--
-- Name: credential; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    user_id character varying(36),
    created_date bigint,
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer
);


ALTER TABLE public.credential OWNER TO postgres;

--
-- Name: event_entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_entity (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    details_json text,
    error character varying(255),
    ip_address character varying(255),
    realm_id character varying(255),
    session_id character varying(255),
    event_time bigint,
    type character varying(255),
    user_id character varying(255)
);


ALTER TABLE public.event_entity OWNER TO postgres;

--
-- Name: identity_provider; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.identity_provider (
    internal_id character varying(36) NOT NULL,
    enabled boolean,
    provider_alias character varying(255),
    provider_id character varying(255),
    store_token boolean,
    authenticate_by_default boolean,
    realm_id character varying(36),
    add_token_role boolean,
    trust_email boolean,
    first_broker_login_flow_id character varying(36),
    post_broker_login_flow_id character varying(36),
    provider_display_name character varying(255),
    link_only boolean
);


ALTER TABLE public.identity_provider OWNER TO postgres;

--
-- Name: identity_provider_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.identity_provider_config (
    identity_provider_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


ALTER TABLE public.identity_provider_config OWNER TO postgres;

--
-- Name: offline_user_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.offline_user_session (
    user_session_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    created_on integer NOT NULL,
    offline_flag character varying(4) NOT NULL,
    data text,
    last_session_refresh integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.offline_user_session OWNER TO postgres;

--
-- Name: realm; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.realm (
    id character varying(36) NOT NULL,
    name character varying(255),
    ssl_required character varying(255),
    enabled boolean,
    login_theme character varying(255),
    access_token_lifespan integer,
    registration_allowed boolean,
    reset_password_allowed boolean,
    verify_email boolean,
    login_with_email_allowed boolean,
    display_name_html text,
    default_role character varying(255)
);


ALTER TABLE public.realm OWNER TO postgres;

--
-- Name: realm_attribute; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.realm_attribute (
    name character varying(255) NOT NULL,
    realm_id character varying(255) NOT NULL,
    value text
);


ALTER TABLE public.realm_attribute OWNER TO postgres;

--
-- Name: realm_smtp_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.realm_smtp_config (
    realm_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


ALTER TABLE public.realm_smtp_config OWNER TO postgres;

--
-- Name: redirect_uris; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.redirect_uris (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


ALTER TABLE public.redirect_uris OWNER TO postgres;

--
-- Name: user_attribute; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_attribute (
    name character varying(255) NOT NULL,
    value character varying(255),
    user_id character varying(36) NOT NULL,
    id character varying(36) NOT NULL
);


ALTER TABLE public.user_attribute OWNER TO postgres;

--
-- Name: user_entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_entity (
    id character varying(36) NOT NULL,
    email character varying(255),
    email_constraint character varying(255),
    email_verified boolean,
    enabled boolean,
    federation_link character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    realm_id character varying(255),
    username character varying(255),
    created_timestamp bigint,
    service_account_client_link character varying(255),
    not_before integer
);


ALTER TABLE public.user_entity OWNER TO postgres;

--
-- Name: web_origins; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.web_origins (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


ALTER TABLE public.web_origins OWNER TO postgres;

--
-- Data for Name: client; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.client (id, enabled, full_scope_allowed, client_id, not_before, public_client, secret, base_url, bearer_only, management_url, surrogate_auth_required, realm_id, protocol, node_rereg_timeout, frontchannel_logout, consent_required, name, service_accounts_enabled, client_authenticator_type, root_url, description, registration_token, standard_flow_enabled, implicit_flow_enabled, direct_access_grants_enabled, always_display_in_console) FROM stdin;
237a8be9-6a85-48c2-a4b3-a44602371366	t	t	account	0	t	\N	/realms/acme/account/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_account}	f	client-secret	\N	\N	\N	t	f	t	f
bb6703c3-849f-452a-ad00-be9903e86da4	t	t	security-admin-console	0	t	\N	/realms/acme/account/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_security-admin-console}	f	client-secret	\N	\N	\N	t	f	t	f
7cdbeec0-0053-4708-ad6c-c679427b6972	t	t	admin-cli	0	t	\N	/realms/acme/account/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_admin-cli}	f	client-secret	\N	\N	\N	t	f	t	f
3693ebb1-181c-45ec-a43f-4da19a0d050e	t	t	webshop	0	f	**********	https://shop.example.com/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_webshop}	t	client-secret	https://shop.example.com	\N	\N	t	f	t	f
f8115f10-6a46-42c8-a97e-6388a2823473	t	t	backoffice	0	f	**********	https://backoffice.example.com/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_backoffice}	t	client-secret	https://backoffice.example.com	\N	\N	t	f	t	f
11bab929-346c-452f-a26f-182e98f2061d	t	t	grafana	0	f	**********	https://grafana.example.com/	f	\N	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	openid-connect	0	t	f	${client_grafana}	t	client-secret	https://grafana.example.com	\N	\N	t	f	t	f
\.


--
-- Data for Name: client_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.client_attributes (client_id, name, value) FROM stdin;
237a8be9-6a85-48c2-a4b3-a44602371366	pkce.code.challenge.method	S256
237a8be9-6a85-48c2-a4b3-a44602371366	post.logout.redirect.uris	+
237a8be9-6a85-48c2-a4b3-a44602371366	backchannel.logout.session.required	true
bb6703c3-849f-452a-ad00-be9903e86da4	pkce.code.challenge.method	S256
bb6703c3-849f-452a-ad00-be9903e86da4	post.logout.redirect.uris	+
bb6703c3-849f-452a-ad00-be9903e86da4	backchannel.logout.session.required	true
7cdbeec0-0053-4708-ad6c-c679427b6972	pkce.code.challenge.method	S256
7cdbeec0-0053-4708-ad6c-c679427b6972	post.logout.redirect.uris	+
7cdbeec0-0053-4708-ad6c-c679427b6972	backchannel.logout.session.required	true
3693ebb1-181c-45ec-a43f-4da19a0d050e	pkce.code.challenge.method	S256
3693ebb1-181c-45ec-a43f-4da19a0d050e	post.logout.redirect.uris	https://shop.example.com/logout
3693ebb1-181c-45ec-a43f-4da19a0d050e	backchannel.logout.session.required	true
f8115f10-6a46-42c8-a97e-6388a2823473	pkce.code.challenge.method	S256
f8115f10-6a46-42c8-a97e-6388a2823473	post.logout.redirect.uris	https://backoffice.example.com/logout
f8115f10-6a46-42c8-a97e-6388a2823473	backchannel.logout.session.required	true
11bab929-346c-452f-a26f-182e98f2061d	pkce.code.challenge.method	S256
11bab929-346c-452f-a26f-182e98f2061d	post.logout.redirect.uris	https://grafana.example.com/logout
11bab929-346c-452f-a26f-182e98f2061d	backchannel.logout.session.required	true
\.


--
-- Data for Name: component; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.component (id, name, parent_id, provider_id, provider_type, realm_id, sub_type) FROM stdin;
8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	ldap	e37094e1-67ad-4aa3-a060-e8ef64a9049c	ldap	org.keycloak.storage.UserStorageProvider	e37094e1-67ad-4aa3-a060-e8ef64a9049c	\N
57794a08-ceed-45a4-a382-69d49da99026	rsa-generated	e37094e1-67ad-4aa3-a060-e8ef64a9049c	rsa-generated	org.keycloak.keys.KeyProvider	e37094e1-67ad-4aa3-a060-e8ef64a9049c	\N
accb50f2-c3bd-4efc-a97f-13abd2742fac	hmac-generated-hs512	e37094e1-67ad-4aa3-a060-e8ef64a9049c	hmac-generated	org.keycloak.keys.KeyProvider	e37094e1-67ad-4aa3-a060-e8ef64a9049c	\N
2b0ec936-4eed-48ae-ab7a-28963714013b	aes-generated	e37094e1-67ad-4aa3-a060-e8ef64a9049c	aes-generated	org.keycloak.keys.KeyProvider	e37094e1-67ad-4aa3-a060-e8ef64a9049c	\N
\.


--
-- Data for Name: component_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.component_config (id, component_id, name, value) FROM stdin;
6b819dea-4227-45d9-a2de-afb0ddc581d8	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	connectionUrl	ldap://ldap.example.com:389
416810ce-5c1b-4bcd-a7f1-52ae9bfb8fa5	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	bindDn	cn=admin,dc=example,dc=com
ae267e03-a9f0-42d9-a2ba-1bc81ea04b71	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	bindCredential	**********
618d6eb7-12e9-4f57-aa2c-cd713580b286	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	usersDn	ou=users,dc=example,dc=com
3ca456a3-29ba-4b09-ab5a-d06c7400a60e	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	vendor	ad
ef03d1c8-a003-463b-a3bd-ba958f5bc06a	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	editMode	READ_ONLY
47d298c2-0247-497c-ac8c-a2ad83375e56	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	syncRegistrations	false
cf7fedbd-435d-4298-a639-397e98fb0bff	8f5ad0c3-f8dd-4cbd-a3c3-9f3b4e54d971	connectionPooling	true
7a337012-f5f7-422a-aa57-57a2968fe6ee	57794a08-ceed-45a4-a382-69d49da99026	priority	100
55b8c7ce-d545-4479-ae8e-b112511f647d	57794a08-ceed-45a4-a382-69d49da99026	algorithm	RS256
cdc3a878-9d60-4e08-a2ae-386338b44176	57794a08-ceed-45a4-a382-69d49da99026	privateKey	MIIEvQIBADANBgkqhkiG9w0BAQEFAASCREDACTED
1f73c78f-742d-440a-a3a4-54503f46f10a	57794a08-ceed-45a4-a382-69d49da99026	certificate	MIICmzCCAYMCBgGMmjErGudwqY3bIG8oNgPys7H6PcXKUIOSRTN3hiaqUpyBrDiYNrOEpSHBnvR01zsIYkrdWjCVRaq0OP8T9fOMGJnWLRdHMS8An8+AVOFSK0G1AN3oqqlhhgBkW6g01yekz0SoVU8xP8yUb7aliJAgQWIe+Cp2QkG9UvtOGT5vNZAVlEuhBO9Zu+482KxQXuGZKdZ1//1ATTiCWr3yHXwPuHSkPL2jeznINQ+cm5J9VaV7M9kvfFe2wFJ+PAq1JqlS1fZ+2PWk999eeiLMNVVAWJa8D8OmFkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7rcVbh8HShD1fhiDCty2AzACsrzpMziTvb2ZnKTGlWsNEZxj+3y0AH51MfieE9zanID+7Rv8F0Js2UUjh1lRyzlOc5In1UEjL6FZPwXH6SKQccZV/WcqmkHrblX8IqOaeDijO8u3rCKeG+kMZcs3oz3dr1qbD4NbWWQe0OtpLIJWcBaRUhaEvVx8vyOIxBi27rWV5oNaYN3oDt7koBcaiDWtH3qHkiiTSD1FkwsoNbMDqKnMjXiWOafhHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAuBDxuhykuO9fLL74Mc135VlaOAT/HWU4lXXkVO+3FGQwbCB8YazMStLSiu5Q9lqBvZLOxZBQYmKKn2wIlGZRaSA77teISTqZ8xDQgY41tmPVg54AStHUCHpVrFJvr5a2aK0uorMN1UBu3jWtvL1evKz0Xxo2QRwb3bIQoeQkraQ1BlhgTAEeAilE1gr+egzQ3o69DwD
d8a0998f-3372-407f-a7aa-bc138ac25b9d	accb50f2-c3bd-4efc-a97f-13abd2742fac	secret	REDACTED
293ac691-56d6-4bba-a490-0d7407872d46	accb50f2-c3bd-4efc-a97f-13abd2742fac	kid	0da1ab2f-2a15-4469-a4ba-7246b46bea06
f0f182c4-f616-49e1-aaeb-a4e9a2546b2d	accb50f2-c3bd-4efc-a97f-13abd2742fac	algorithm	HS512
64f88a4c-7aff-449d-ae67-4ee54c96c458	accb50f2-c3bd-4efc-a97f-13abd2742fac	priority	100
f7656796-8598-47e1-a2c5-74e28bcf0939	2b0ec936-4eed-48ae-ab7a-28963714013b	secret	REDACTED
47ace68b-f0aa-4b17-a3a3-98de24d2e471	2b0ec936-4eed-48ae-ab7a-28963714013b	kid	a0bd7023-5902-49a4-aa35-5d72f20b3b0f
18e1840a-0fdf-4301-a863-302b26b0e383	2b0ec936-4eed-48ae-ab7a-28963714013b	priority	100
\.


--
-- Data for Name: credential; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.credential (id, salt, type, user_id, created_date, user_label, secret_data, credential_data, priority) FROM stdin;
e13dc6d2-4fb6-407e-aed1-558ace777128	\N	password	54abcd79-3dfd-4bb1-a016-2683decbcb5c	1700000000000	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
4437c920-18ea-4e75-a03a-79230e3aa0d6	\N	otp	54abcd79-3dfd-4bb1-a016-2683decbcb5c	1700000000000	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
15533af8-9109-40d6-a63d-f67c89690e8f	\N	password	5b8ed81b-d14e-4b60-a336-d62ef472b15f	1700000000001	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
e5ae2c28-3d11-4091-a2d3-60bbcf078515	\N	password	c56f655b-16ba-4413-a001-81144c215620	1700000000002	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
67086c48-a777-415e-a2f6-4328e129146b	\N	password	e8a9b04a-1301-4515-a632-5e7939408d9d	1700000000003	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
1666db75-b557-4df0-a04b-26e75edf0fc3	\N	password	e3427b2f-15e1-4907-a9e6-9b3512b08b5c	1700000000004	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
d0f95c6d-355e-412b-af19-3f53aa469a90	\N	password	1b180369-6a50-46b1-a31c-d25fd269702f	1700000000005	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
d33a7b7c-fd12-46d5-a2b3-b58b5b4147fc	\N	otp	1b180369-6a50-46b1-a31c-d25fd269702f	1700000000005	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
25ce3a95-66e9-4a15-ae9d-66ab8759a7ce	\N	password	e17ff164-31f4-45e2-a2e0-dfef936fa572	1700000000006	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
5ee00a97-183b-4f96-ae69-76c6a73d66dd	\N	password	1934c4c5-c15e-47f5-a8a6-86c6082431ae	1700000000007	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
5ac1faed-acc6-491f-a9f9-ad45c6fd4535	\N	password	021e767f-4f1c-47ca-a52d-b016a714f8e7	1700000000008	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
cd326e00-2b9c-40a5-a0c4-02e1c8255aab	\N	password	d1306b27-b487-40c1-af1d-4a0a434bce0b	1700000000009	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
8a9d0d8a-ec48-4c07-ae79-55bb2b7e52ac	\N	password	40a9caa5-3216-4a78-a806-6de31688a030	1700000000010	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
8f2f1517-39ea-4041-af2c-d5342bb9ae1d	\N	otp	40a9caa5-3216-4a78-a806-6de31688a030	1700000000010	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
ed0b696e-00f8-45e0-af4a-62eb0cfda8db	\N	password	50617fda-97fe-4e4d-af04-d2351f9c4138	1700000000011	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
220be4d9-0f1a-40fe-ab6e-1d40d1213cc5	\N	password	0881808b-4c23-4815-a649-fbc9619f5ba2	1700000000012	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
0aedfc04-bef9-43a2-ae0b-011bc5318722	\N	password	dee6aabf-5d87-4c05-a168-34c08e0f811a	1700000000013	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
c3c917e5-4b67-4785-a5f7-f1a2ec03921f	\N	password	306549e4-8f04-4944-a2f1-f68d2a4d75b6	1700000000014	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
31f6c870-5d5f-40c5-a5ab-2a7e7ee45911	\N	password	f3cf711c-7ba7-4596-aa40-2f7d8155881e	1700000000015	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
df9b83cc-c355-4f72-a5e7-77979c49f6e3	\N	otp	f3cf711c-7ba7-4596-aa40-2f7d8155881e	1700000000015	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
fd57d531-ec63-4725-ac7b-8ea61345c385	\N	password	ed69745f-377f-4e5b-ad5e-c6ed47c76b1e	1700000000016	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
d40426b4-2de0-4d70-a34e-93050f3b2fa3	\N	password	5f2de54b-b442-4e1f-a42b-f90aebacf018	1700000000017	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
2fcdd31e-da61-46bd-af67-aaeaeac0e0cb	\N	password	bffce0f2-f8f3-4557-a3c2-935534df762c	1700000000018	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
afbaef8b-9a65-48b7-a638-578d4aede627	\N	password	28c2858c-5dd5-4f23-a63b-e143211563a5	1700000000019	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
e77b3760-5449-4ab0-a916-5f7490110615	\N	password	239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	1700000000020	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
b1551460-127e-4567-a261-a93791e3ad4c	\N	otp	239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	1700000000020	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
ce2fdab2-0b1a-4a07-ab5e-e1980d538caf	\N	password	403f1b53-4137-435b-aafd-dc3a7164a1a8	1700000000021	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
88747d1e-e290-4f91-a691-d83ff3cdcba6	\N	password	86c265d0-0cac-4d81-a3f7-4a24ada5df64	1700000000022	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
57f31463-3816-41ff-a578-dde822848865	\N	password	76466374-590a-4607-ac18-23b40c54ef60	1700000000023	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
b94fe98c-3690-45cf-a444-d9edf34dac1e	\N	password	7c825383-e513-40a0-a017-f685e652c9f6	1700000000024	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
000e297c-f385-4f72-a2ad-f8946caa0693	\N	password	89aeb7a7-e686-4096-aa7c-8227c34ba73d	1700000000025	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
e3492b38-e931-4aa3-a44b-07fc3ba546d7	\N	otp	89aeb7a7-e686-4096-aa7c-8227c34ba73d	1700000000025	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
a49d3d31-5535-44c8-abf4-c9919474b2ca	\N	password	ba8f0db8-060d-4c51-ab68-ccab60b13a7c	1700000000026	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
f76535f9-00fb-4966-a375-1c095230c04c	\N	password	df40df9c-7b39-4e8e-a0ed-9643dcf5fc60	1700000000027	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
4b76768e-b26e-4ed4-ab0b-704c8597e3e7	\N	password	6e06822f-0e89-4c52-a007-4f3b7a652235	1700000000028	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
0bde10ed-56dc-4828-ad1d-4fc7662afbff	\N	password	b394b119-2a20-4ed9-af59-eb58c552f13c	1700000000029	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
968755a6-dd98-48ae-adf0-6134c51dfa73	\N	password	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	1700000000030	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
1804d610-f363-4df4-a7a3-90805ec8fcf7	\N	otp	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	1700000000030	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
7bed6215-6f5a-4713-a272-7d934e84ac5a	\N	password	106a1c09-f2fb-46b6-aebc-280464190b6a	1700000000031	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
7b0a2e2d-a731-40f8-a684-4ccc0930cc20	\N	password	d2ef17c3-e825-4a3b-ae8a-ee308d145bcd	1700000000032	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
bc9f3c4b-81cf-478a-ad1b-ca1783bc90d0	\N	password	3b7be7ee-2944-48d6-a28e-5199b47f4d03	1700000000033	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
b7020b14-7990-47c3-ae79-8ba1123726be	\N	password	7fac7ac0-b62c-4719-a99d-034cc062b9f2	1700000000034	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
aea82d91-820e-4180-ae99-db59d67eacf9	\N	password	8588663f-a112-4e35-a093-71507fd82cfa	1700000000035	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
b661e6e6-7b38-4c43-a354-838951c9d194	\N	otp	8588663f-a112-4e35-a093-71507fd82cfa	1700000000035	Phone	{"value":"JBSWY3DPEHPK3PXP"}	{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}	20
9e443977-57f9-4def-add3-59402bc4ac60	\N	password	5e6dda8d-d706-421d-a506-f84ee10ef30e	1700000000036	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
95a297cb-4f8c-47de-a68b-f5800d91fd3b	\N	password	1d0bbb1d-05e3-4067-aad1-16c712e63ae7	1700000000037	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
2f620a6a-4328-42b3-aa46-561567d57b58	\N	password	3395fb48-0977-4e17-ac07-33fb7774db78	1700000000038	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
e741334c-a3b6-460d-a089-f46c65b0a382	\N	password	1b5b95f4-d71f-42bc-a4e2-42760d6a678d	1700000000039	\N	{"value":"ZmFrZS1oYXNoLWZvci10ZXN0LXVzZXJzLW9ubHk=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}	{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}	10
\.


--
-- Data for Name: event_entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.event_entity (id, client_id, details_json, error, ip_address, realm_id, session_id, event_time, type, user_id) FROM stdin;
a66a0690-ca89-4d4d-af08-156ea54bc93c	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"f49889a2-7e51-4664-a124-4a0e2978805d","username":"user0"}	\N	192.0.2.1	e37094e1-67ad-4aa3-a060-e8ef64a9049c	83d7839f-1aad-4e34-af70-fd73697690a2	1700000000000	LOGIN	54abcd79-3dfd-4bb1-a016-2683decbcb5c
20e117fe-927c-40ea-a1e4-c2da2f2bc158	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"ce05d14a-3382-4b03-a19b-29bb7a70c757","username":"user3"}	\N	192.0.2.4	e37094e1-67ad-4aa3-a060-e8ef64a9049c	342ae4db-fa13-4448-a393-c67c4d91e29d	1700000003000	LOGIN	e8a9b04a-1301-4515-a632-5e7939408d9d
57e71ca9-1768-4e8b-a128-d4e3ab474928	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"d498104b-58fe-433e-a791-8decb58c2fd0","username":"user6"}	\N	192.0.2.7	e37094e1-67ad-4aa3-a060-e8ef64a9049c	fe39381b-db39-4b9a-aa88-c1864f53db76	1700000006000	LOGIN	e17ff164-31f4-45e2-a2e0-dfef936fa572
28d51a2e-d403-4462-a97f-3b4b7123b08d	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"efe93d97-def9-45ea-a2ef-b05f826dae4a","username":"user9"}	\N	192.0.2.10	e37094e1-67ad-4aa3-a060-e8ef64a9049c	744757e8-1e42-4a40-abfd-a46ee1ebba43	1700000009000	LOGIN	d1306b27-b487-40c1-af1d-4a0a434bce0b
c37cbc64-7e09-4494-a5d7-e4ba56c16083	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"4407fa4a-6308-455c-a9bd-9c9b27a2e7ae","username":"user12"}	\N	192.0.2.13	e37094e1-67ad-4aa3-a060-e8ef64a9049c	c604021f-8f23-4077-acd5-0c5bda229f05	1700000012000	LOGIN	0881808b-4c23-4815-a649-fbc9619f5ba2
0a9b9b04-299b-49f1-a360-de4388c78df7	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"0558b148-ea43-4062-a507-513c65c192d0","username":"user15"}	\N	192.0.2.16	e37094e1-67ad-4aa3-a060-e8ef64a9049c	393eb4d4-7a47-42ed-a9c8-e8572fe162df	1700000015000	LOGIN	f3cf711c-7ba7-4596-aa40-2f7d8155881e
728fa094-bd27-4970-afd9-c45061cb5fa2	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"1b7a5c96-2f5d-49e7-afc8-2578e807841f","username":"user18"}	\N	192.0.2.19	e37094e1-67ad-4aa3-a060-e8ef64a9049c	2f843b27-b5a3-40e7-a0af-f3812ea45f12	1700000018000	LOGIN	bffce0f2-f8f3-4557-a3c2-935534df762c
b7cb35b2-07d1-4440-a838-4306ab248038	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"e668ce79-f0f1-4d3b-a525-9722357a23b7","username":"user21"}	\N	192.0.2.22	e37094e1-67ad-4aa3-a060-e8ef64a9049c	22636f0a-1554-4914-ad9e-b3448d5c5103	1700000021000	LOGIN	403f1b53-4137-435b-aafd-dc3a7164a1a8
76562939-ea33-43df-a3c6-d3652ee2d1aa	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"7ca56f55-c650-4cb9-aa37-196c72c0cd6b","username":"user24"}	\N	192.0.2.25	e37094e1-67ad-4aa3-a060-e8ef64a9049c	ed0375aa-b55f-430f-aa8c-6c6b6292e615	1700000024000	LOGIN	7c825383-e513-40a0-a017-f685e652c9f6
871ecf34-6d40-493d-a30c-b9d7e067b05d	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"32ef14c9-937a-4086-a7ed-fef911982723","username":"user27"}	\N	192.0.2.28	e37094e1-67ad-4aa3-a060-e8ef64a9049c	190ef91a-06a0-48bc-acae-9c19bd7e627d	1700000027000	LOGIN	df40df9c-7b39-4e8e-a0ed-9643dcf5fc60
101b5531-3274-4f76-ae5f-89a206090f63	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"bacc2e0e-0b24-42e4-a2ec-60148b353d94","username":"user30"}	\N	192.0.2.31	e37094e1-67ad-4aa3-a060-e8ef64a9049c	ec645ba9-4d83-4260-ae0c-06c0d7470bd8	1700000030000	LOGIN	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0
af1a61a1-6f05-439d-ae57-d8fa14fe03c8	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"0e935d44-6418-4fa9-ad4a-30eaa6063750","username":"user33"}	\N	192.0.2.34	e37094e1-67ad-4aa3-a060-e8ef64a9049c	63cb9598-23fa-4eb4-a275-9e7dc9c8b852	1700000033000	LOGIN	3b7be7ee-2944-48d6-a28e-5199b47f4d03
f5e73567-b4da-4e78-a4fd-c125e0aa84d5	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"02a91ca8-b51d-42e5-a324-f7f910c94299","username":"user36"}	\N	192.0.2.37	e37094e1-67ad-4aa3-a060-e8ef64a9049c	71a1581d-5f6a-4330-ad37-91b18c01ee75	1700000036000	LOGIN	5e6dda8d-d706-421d-a506-f84ee10ef30e
e4b1e18b-bd53-4f23-a660-b42aaf605975	webshop	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.example.com/callback","consent":"no_consent_required","code_id":"02a825f1-aca8-434c-a63f-959dcf8ad23f","username":"user39"}	\N	192.0.2.40	e37094e1-67ad-4aa3-a060-e8ef64a9049c	a9771a36-5301-4f49-a617-a3ec8ca92cbf	1700000039000	LOGIN	1b5b95f4-d71f-42bc-a4e2-42760d6a678d
\.


--
-- Data for Name: identity_provider; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.identity_provider (internal_id, enabled, provider_alias, provider_id, store_token, authenticate_by_default, realm_id, add_token_role, trust_email, first_broker_login_flow_id, post_broker_login_flow_id, provider_display_name, link_only) FROM stdin;
6b15dde8-01ed-4c87-aec7-006461f22578	t	google	google	f	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	f	t	\N	\N	Google	f
209a818c-7b1e-4e81-a7fc-bf011a900be3	t	azure	oidc	f	f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	f	f	\N	\N	Microsoft	f
\.


--
-- Data for Name: identity_provider_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.identity_provider_config (identity_provider_id, value, name) FROM stdin;
6b15dde8-01ed-4c87-aec7-006461f22578	000000000000-example.apps.googleusercontent.com	clientId
6b15dde8-01ed-4c87-aec7-006461f22578	**********	clientSecret
6b15dde8-01ed-4c87-aec7-006461f22578	IMPORT	syncMode
6b15dde8-01ed-4c87-aec7-006461f22578	example.com	hostedDomain
209a818c-7b1e-4e81-a7fc-bf011a900be3	20a3d3de-d4fc-4675-a958-58070f373c2f	clientId
209a818c-7b1e-4e81-a7fc-bf011a900be3	${vault.azure_secret}	clientSecret
209a818c-7b1e-4e81-a7fc-bf011a900be3	https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0/authorize	authorizationUrl
209a818c-7b1e-4e81-a7fc-bf011a900be3	https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token	tokenUrl
209a818c-7b1e-4e81-a7fc-bf011a900be3	https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0	issuer
\.


--
-- Data for Name: offline_user_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.offline_user_session (user_session_id, user_id, realm_id, created_on, offline_flag, data, last_session_refresh) FROM stdin;
6aa487f4-9e50-4303-ae5f-6510e04d0822	54abcd79-3dfd-4bb1-a016-2683decbcb5c	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000000	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u0","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000000
46ce0cd2-5001-4770-a732-de2c9eaa7a4a	5b8ed81b-d14e-4b60-a336-d62ef472b15f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000001	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u1","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000001
3ea8d600-8b87-4517-a412-461d9ea9855e	c56f655b-16ba-4413-a001-81144c215620	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000002	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u2","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000002
de1cb7dc-d936-4050-ac9d-5757f49974b5	e8a9b04a-1301-4515-a632-5e7939408d9d	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000003	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u3","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000003
096dacf5-68fc-453b-add3-fe4687018e5e	e3427b2f-15e1-4907-a9e6-9b3512b08b5c	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000004	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u4","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000004
f3536ee6-399e-4952-ae05-6e34f28e0f4b	1b180369-6a50-46b1-a31c-d25fd269702f	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000005	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u5","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000005
029fb24a-8aa0-4f0d-a15a-7d9f162afcee	e17ff164-31f4-45e2-a2e0-dfef936fa572	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000006	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u6","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000006
50ba827f-df97-49a8-a972-46fdea270af8	1934c4c5-c15e-47f5-a8a6-86c6082431ae	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000007	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u7","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000007
409050d1-dc06-4306-a740-b25f62f8f649	021e767f-4f1c-47ca-a52d-b016a714f8e7	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000008	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u8","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000008
666cd5c1-85d6-4530-ad23-a79265833e4b	d1306b27-b487-40c1-af1d-4a0a434bce0b	e37094e1-67ad-4aa3-a060-e8ef64a9049c	1700000009	1	{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u9","ipAddress":"192.0.2.10","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxOTIuMC4yLjEwIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}	1700000009
\.


--
-- Data for Name: realm; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.realm (id, name, ssl_required, enabled, login_theme, access_token_lifespan, registration_allowed, reset_password_allowed, verify_email, login_with_email_allowed, display_name_html, default_role) FROM stdin;
95d769dd-f048-4220-aca9-d75b15113532	master	external	t	\N	60	f	f	f	t	\N	default-roles-master
e37094e1-67ad-4aa3-a060-e8ef64a9049c	acme	external	t	acme	300	t	t	t	t	<div class="kc-logo-text"><span>ACME Customer Portal</span></div>	default-roles-acme
\.


--
-- Data for Name: realm_attribute; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.realm_attribute (name, realm_id, value) FROM stdin;
frontendUrl	e37094e1-67ad-4aa3-a060-e8ef64a9049c	https://login.example.com/auth
displayName	e37094e1-67ad-4aa3-a060-e8ef64a9049c	ACME
bruteForceProtected	e37094e1-67ad-4aa3-a060-e8ef64a9049c	true
_browser_header.contentSecurityPolicy	e37094e1-67ad-4aa3-a060-e8ef64a9049c	frame-src 'self'; frame-ancestors 'self'; object-src 'none';
_browser_header.strictTransportSecurity	e37094e1-67ad-4aa3-a060-e8ef64a9049c	max-age=31536000; includeSubDomains
actionTokenGeneratedByAdminLifespan	e37094e1-67ad-4aa3-a060-e8ef64a9049c	43200
clientOfflineSessionIdleTimeout	e37094e1-67ad-4aa3-a060-e8ef64a9049c	0
webAuthnPolicyRpId	e37094e1-67ad-4aa3-a060-e8ef64a9049c	example.com
\.


--
-- Data for Name: realm_smtp_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.realm_smtp_config (realm_id, value, name) FROM stdin;
e37094e1-67ad-4aa3-a060-e8ef64a9049c	smtp.example.com	host
e37094e1-67ad-4aa3-a060-e8ef64a9049c	587	port
e37094e1-67ad-4aa3-a060-e8ef64a9049c	noreply@example.com	from
e37094e1-67ad-4aa3-a060-e8ef64a9049c	ACME Login	fromDisplayName
e37094e1-67ad-4aa3-a060-e8ef64a9049c	true	auth
e37094e1-67ad-4aa3-a060-e8ef64a9049c	postmaster@example.com	user
e37094e1-67ad-4aa3-a060-e8ef64a9049c	**********	password
e37094e1-67ad-4aa3-a060-e8ef64a9049c	true	starttls
e37094e1-67ad-4aa3-a060-e8ef64a9049c	support@example.com	replyTo
\.


--
-- Data for Name: redirect_uris; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.redirect_uris (client_id, value) FROM stdin;
3693ebb1-181c-45ec-a43f-4da19a0d050e	https://shop.example.com/*
f8115f10-6a46-42c8-a97e-6388a2823473	https://backoffice.example.com/*
11bab929-346c-452f-a26f-182e98f2061d	https://grafana.example.com/*
\.


--
-- Data for Name: user_attribute; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.user_attribute (name, value, user_id, id) FROM stdin;
phoneNumber	+1 555-0100	54abcd79-3dfd-4bb1-a016-2683decbcb5c	a7efca54-14b0-435d-aea4-66244dd39af4
locale	de	54abcd79-3dfd-4bb1-a016-2683decbcb5c	ce470979-47a5-4403-a750-2557c30ee3e6
customerNumber	C100000	54abcd79-3dfd-4bb1-a016-2683decbcb5c	bc28adef-9f2c-42ff-abc7-15a611bd8c9d
phoneNumber	+1 555-0101	5b8ed81b-d14e-4b60-a336-d62ef472b15f	2caadc43-ee2b-4e92-a868-3678fbb684f1
locale	de	5b8ed81b-d14e-4b60-a336-d62ef472b15f	b72aee37-13a4-4144-a01c-50aaa13460aa
customerNumber	C100001	5b8ed81b-d14e-4b60-a336-d62ef472b15f	3d8bc1fc-d4fb-45ac-a493-69c5c09fc467
phoneNumber	+1 555-0102	c56f655b-16ba-4413-a001-81144c215620	796d8621-2d7d-499f-a9a0-c55ff296babc
locale	de	c56f655b-16ba-4413-a001-81144c215620	a6b590a0-7f6b-475a-a231-a72e7206647a
customerNumber	C100002	c56f655b-16ba-4413-a001-81144c215620	314aa266-9d7e-4310-a459-f72cb26b94c8
phoneNumber	+1 555-0103	e8a9b04a-1301-4515-a632-5e7939408d9d	aa2afbd9-6e13-424e-a6cb-c03b710d044e
locale	de	e8a9b04a-1301-4515-a632-5e7939408d9d	1becdf43-88ef-41f1-a198-c013a592e7ad
customerNumber	C100003	e8a9b04a-1301-4515-a632-5e7939408d9d	f8cccb23-8cf8-4b05-aa00-627d996507fe
phoneNumber	+1 555-0104	e3427b2f-15e1-4907-a9e6-9b3512b08b5c	9ac355a8-67fc-4023-a340-8a73b563bd24
locale	de	e3427b2f-15e1-4907-a9e6-9b3512b08b5c	cedfcd2e-60c6-490e-ae1b-f708b8aa88c3
customerNumber	C100004	e3427b2f-15e1-4907-a9e6-9b3512b08b5c	4a92dccf-e696-44a5-ac36-56e5e7193eb2
phoneNumber	+1 555-0105	1b180369-6a50-46b1-a31c-d25fd269702f	9337de18-9ba1-4fe2-a304-b623b0b36166
locale	de	1b180369-6a50-46b1-a31c-d25fd269702f	be4812d9-eda2-45bb-a246-df9594804c48
customerNumber	C100005	1b180369-6a50-46b1-a31c-d25fd269702f	179f8509-47b3-4f67-a5d2-9042d409fd4a
phoneNumber	+1 555-0106	e17ff164-31f4-45e2-a2e0-dfef936fa572	a72d9ee8-5488-44a3-a5a3-23c909243456
locale	de	e17ff164-31f4-45e2-a2e0-dfef936fa572	a2225432-0949-45c4-af13-b1d61ecc8a97
customerNumber	C100006	e17ff164-31f4-45e2-a2e0-dfef936fa572	793d0b12-3e8b-4f2a-abca-86a027e9ad36
phoneNumber	+1 555-0107	1934c4c5-c15e-47f5-a8a6-86c6082431ae	25c3ffe6-8fdc-4786-a8c9-f5a6d0570338
locale	de	1934c4c5-c15e-47f5-a8a6-86c6082431ae	d71d67f8-1884-44ca-abfa-f7ac7ccbfaab
customerNumber	C100007	1934c4c5-c15e-47f5-a8a6-86c6082431ae	f6bf62e2-ed3f-4a9b-a93e-88c8b0cb8ae8
phoneNumber	+1 555-0108	021e767f-4f1c-47ca-a52d-b016a714f8e7	d97b78d2-c4e1-4b8d-a605-af4db8fbf34b
locale	de	021e767f-4f1c-47ca-a52d-b016a714f8e7	6b59c1a0-5156-4588-a08e-e4d9887926a2
customerNumber	C100008	021e767f-4f1c-47ca-a52d-b016a714f8e7	da75eee3-2716-4142-a544-9258aa53f5fd
phoneNumber	+1 555-0109	d1306b27-b487-40c1-af1d-4a0a434bce0b	579d783a-c001-425a-ac1e-eafd63ead220
locale	de	d1306b27-b487-40c1-af1d-4a0a434bce0b	ad70ef31-02b0-4ed2-a198-3954cef37f36
customerNumber	C100009	d1306b27-b487-40c1-af1d-4a0a434bce0b	b4494f27-1f8a-4148-a0f1-fc3f7d5266e9
phoneNumber	+1 555-0110	40a9caa5-3216-4a78-a806-6de31688a030	0457e87e-ee2b-42ca-ac08-0d11ca5656df
locale	de	40a9caa5-3216-4a78-a806-6de31688a030	5300fef7-46f0-48eb-afee-432fe6486abd
customerNumber	C100010	40a9caa5-3216-4a78-a806-6de31688a030	0151b0c3-3889-4419-a8e5-36a56e129b7a
phoneNumber	+1 555-0111	50617fda-97fe-4e4d-af04-d2351f9c4138	8460ffb6-8148-4b64-a834-5037e571f7b1
locale	de	50617fda-97fe-4e4d-af04-d2351f9c4138	8a4900b9-6acf-4445-afd1-63d22d768eb0
customerNumber	C100011	50617fda-97fe-4e4d-af04-d2351f9c4138	85c88fe9-879f-40c8-abd4-96f61ee38eec
phoneNumber	+1 555-0112	0881808b-4c23-4815-a649-fbc9619f5ba2	c7d06561-bbda-4a04-a630-5a7f039999d4
locale	de	0881808b-4c23-4815-a649-fbc9619f5ba2	f41b159b-63b8-4646-af93-9175983bcd08
customerNumber	C100012	0881808b-4c23-4815-a649-fbc9619f5ba2	f3f18b58-a48b-4d7c-a925-ac3076508fe8
phoneNumber	+1 555-0113	dee6aabf-5d87-4c05-a168-34c08e0f811a	347dd0e0-3a57-47ba-ae9e-539b91bd3293
locale	de	dee6aabf-5d87-4c05-a168-34c08e0f811a	ee96a192-a383-42ba-aef9-021e2e9093f7
customerNumber	C100013	dee6aabf-5d87-4c05-a168-34c08e0f811a	c36a9a51-7edf-4a5c-aad8-65cca329dc5b
phoneNumber	+1 555-0114	306549e4-8f04-4944-a2f1-f68d2a4d75b6	aed20093-6203-4b2d-a4bf-5fcd746f82d2
locale	de	306549e4-8f04-4944-a2f1-f68d2a4d75b6	2bb857f6-c1e3-4daf-a0aa-4486e0748f94
customerNumber	C100014	306549e4-8f04-4944-a2f1-f68d2a4d75b6	4dfc1510-ead4-4a15-abf4-cc56194525be
phoneNumber	+1 555-0115	f3cf711c-7ba7-4596-aa40-2f7d8155881e	60770889-0d4f-4580-aff0-5d4b8332b55f
locale	de	f3cf711c-7ba7-4596-aa40-2f7d8155881e	64831b04-cd11-4b22-a318-56bf9f335b0f
customerNumber	C100015	f3cf711c-7ba7-4596-aa40-2f7d8155881e	83408704-f2fb-4a81-a82c-18120a01a15d
phoneNumber	+1 555-0116	ed69745f-377f-4e5b-ad5e-c6ed47c76b1e	28ef9311-31d4-44fc-afba-e845804bb86a
locale	de	ed69745f-377f-4e5b-ad5e-c6ed47c76b1e	38fce6a6-104e-437c-ac78-ea3c882af342
customerNumber	C100016	ed69745f-377f-4e5b-ad5e-c6ed47c76b1e	eae698b3-6cb7-45af-ad36-50bac794ffed
phoneNumber	+1 555-0117	5f2de54b-b442-4e1f-a42b-f90aebacf018	c2f179b8-0ed7-4e70-a407-4730097dd91d
locale	de	5f2de54b-b442-4e1f-a42b-f90aebacf018	944302aa-c27e-44e6-ab80-e3e41ccea0de
customerNumber	C100017	5f2de54b-b442-4e1f-a42b-f90aebacf018	1f029fcf-9203-4113-a13f-b2de3113bf18
phoneNumber	+1 555-0118	bffce0f2-f8f3-4557-a3c2-935534df762c	b81d6084-9cb2-4349-a0e8-9d10cb138cb5
locale	de	bffce0f2-f8f3-4557-a3c2-935534df762c	0e4538b4-a2e0-4392-a8b6-1a4df73e0159
customerNumber	C100018	bffce0f2-f8f3-4557-a3c2-935534df762c	1d126f2e-445b-43a6-aea7-4f9edf21857c
phoneNumber	+1 555-0119	28c2858c-5dd5-4f23-a63b-e143211563a5	d2e59009-3f51-4754-a4b8-7e5cd13a875a
locale	de	28c2858c-5dd5-4f23-a63b-e143211563a5	8864e769-dfc6-4635-af4e-467cf6e0e30e
customerNumber	C100019	28c2858c-5dd5-4f23-a63b-e143211563a5	84c0e0b1-bc4b-4ada-a54f-d4327d301c1d
phoneNumber	+1 555-0120	239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	2b1b9a09-d2fb-4f6d-ab2a-013429068b57
locale	de	239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	e4b2ddb8-7c92-4765-affa-0802b1c452db
customerNumber	C100020	239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	1f85c8e3-2541-4412-a857-582daa5eac53
phoneNumber	+1 555-0121	403f1b53-4137-435b-aafd-dc3a7164a1a8	57240470-62da-4da0-a76d-05eafba99243
locale	de	403f1b53-4137-435b-aafd-dc3a7164a1a8	03e8bc52-8036-4e60-a2e3-e6366ed7ca89
customerNumber	C100021	403f1b53-4137-435b-aafd-dc3a7164a1a8	01e9f2a9-27aa-4730-aeff-d1d014956bad
phoneNumber	+1 555-0122	86c265d0-0cac-4d81-a3f7-4a24ada5df64	80167265-bda2-42a4-a5b4-4cd24b86326d
locale	de	86c265d0-0cac-4d81-a3f7-4a24ada5df64	339acc50-0a64-4354-a4b5-e14469376274
customerNumber	C100022	86c265d0-0cac-4d81-a3f7-4a24ada5df64	df6ae9b5-d9c9-4db8-a08a-e6c0cff2ac72
phoneNumber	+1 555-0123	76466374-590a-4607-ac18-23b40c54ef60	970ce076-ea70-478c-ad08-87c4a5ed3817
locale	de	76466374-590a-4607-ac18-23b40c54ef60	8aeb2820-28c5-45ff-a0f7-52e941dfc678
customerNumber	C100023	76466374-590a-4607-ac18-23b40c54ef60	d3e640f7-bfec-434c-a4d7-c9d48031ac7d
phoneNumber	+1 555-0124	7c825383-e513-40a0-a017-f685e652c9f6	4b81b53f-294c-491a-a257-922dcf92a227
locale	de	7c825383-e513-40a0-a017-f685e652c9f6	36e39936-5121-404b-aec9-95bfbda3070d
customerNumber	C100024	7c825383-e513-40a0-a017-f685e652c9f6	8e883aec-5936-4c42-a696-80d064c1cc3c
phoneNumber	+1 555-0125	89aeb7a7-e686-4096-aa7c-8227c34ba73d	678486da-c03c-4ba8-a93f-930eb874a558
locale	de	89aeb7a7-e686-4096-aa7c-8227c34ba73d	7687bdff-e86f-4aa0-af81-593b1d9b4ffa
customerNumber	C100025	89aeb7a7-e686-4096-aa7c-8227c34ba73d	669cd9c9-f824-4bbf-a297-31bdf80efdb5
phoneNumber	+1 555-0126	ba8f0db8-060d-4c51-ab68-ccab60b13a7c	972fdf5f-772a-4b6d-af3f-b8b5743d8a92
locale	de	ba8f0db8-060d-4c51-ab68-ccab60b13a7c	c1cc475c-4d4c-4f42-a2ec-c341570197fc
customerNumber	C100026	ba8f0db8-060d-4c51-ab68-ccab60b13a7c	4f04af7d-15dd-45fe-af58-ad733bde46a0
phoneNumber	+1 555-0127	df40df9c-7b39-4e8e-a0ed-9643dcf5fc60	43860aea-cb7d-4e3e-a582-b5accb3e3338
locale	de	df40df9c-7b39-4e8e-a0ed-9643dcf5fc60	e9477314-10fd-4c55-aaa6-664708d38fbf
customerNumber	C100027	df40df9c-7b39-4e8e-a0ed-9643dcf5fc60	e04edeb0-6831-4128-a0fc-970bb1492738
phoneNumber	+1 555-0128	6e06822f-0e89-4c52-a007-4f3b7a652235	c55d9cdb-0da7-4157-abaf-5e96cc3fbf3a
locale	de	6e06822f-0e89-4c52-a007-4f3b7a652235	82db79a7-41d8-45ad-a4e7-fe261d55c715
customerNumber	C100028	6e06822f-0e89-4c52-a007-4f3b7a652235	7f39f99a-825e-4e68-a79c-8e5885344f0f
phoneNumber	+1 555-0129	b394b119-2a20-4ed9-af59-eb58c552f13c	22b47f48-5571-4afa-a29d-3b98a3e8a5cc
locale	de	b394b119-2a20-4ed9-af59-eb58c552f13c	2ccd2177-6506-4f8a-ac2e-df621637f802
customerNumber	C100029	b394b119-2a20-4ed9-af59-eb58c552f13c	aeab59a2-6ac2-402e-ac07-3c0ca6b893e0
phoneNumber	+1 555-0130	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	27bfd8b0-f329-4909-ae60-1004b4d01bf2
locale	de	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	4ccb0f44-33d2-4d74-a0bb-5628121ec31d
customerNumber	C100030	9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	25756566-775d-44de-a730-9e4fc6302ee9
phoneNumber	+1 555-0131	106a1c09-f2fb-46b6-aebc-280464190b6a	92b24780-4520-47af-a76f-beaa6de22ef4
locale	de	106a1c09-f2fb-46b6-aebc-280464190b6a	5139685f-dc53-4704-a0e9-018aef589b25
customerNumber	C100031	106a1c09-f2fb-46b6-aebc-280464190b6a	45f9fcf4-bf8b-4512-a28c-45f3b63cb3e1
phoneNumber	+1 555-0132	d2ef17c3-e825-4a3b-ae8a-ee308d145bcd	55527664-7160-4a27-a7f7-276b7874a39c
locale	de	d2ef17c3-e825-4a3b-ae8a-ee308d145bcd	71bec7e3-0e09-48cb-a63e-9c6b08137c01
customerNumber	C100032	d2ef17c3-e825-4a3b-ae8a-ee308d145bcd	8d6c84a0-bf94-4ffe-a063-f4df03bf1e37
phoneNumber	+1 555-0133	3b7be7ee-2944-48d6-a28e-5199b47f4d03	84fc6e45-cef2-45e2-a3c3-a0df25197630
locale	de	3b7be7ee-2944-48d6-a28e-5199b47f4d03	4ab923d1-3a65-4259-aa4f-fcf9259dc1b8
customerNumber	C100033	3b7be7ee-2944-48d6-a28e-5199b47f4d03	f04299e0-dad9-4f45-ae5b-0ae1db528758
phoneNumber	+1 555-0134	7fac7ac0-b62c-4719-a99d-034cc062b9f2	f974dc8b-5d24-44ad-af2c-111d02137e05
locale	de	7fac7ac0-b62c-4719-a99d-034cc062b9f2	645dc5a2-78a2-400b-acdd-0bbbad675645
customerNumber	C100034	7fac7ac0-b62c-4719-a99d-034cc062b9f2	9e19901a-027d-4fda-a13f-0cdbe03287f0
phoneNumber	+1 555-0135	8588663f-a112-4e35-a093-71507fd82cfa	548f0df7-3dcf-403c-ab80-e82fb2dc5e42
locale	de	8588663f-a112-4e35-a093-71507fd82cfa	acaa9c97-db92-447d-ac94-a257dca673ee
customerNumber	C100035	8588663f-a112-4e35-a093-71507fd82cfa	b90f6538-e3a0-4869-ab5b-555628e1b3af
phoneNumber	+1 555-0136	5e6dda8d-d706-421d-a506-f84ee10ef30e	26de8d9a-9505-4115-a8c2-720a2ea99889
locale	de	5e6dda8d-d706-421d-a506-f84ee10ef30e	a0ea3632-0561-4fe8-a7fe-403b7a736005
customerNumber	C100036	5e6dda8d-d706-421d-a506-f84ee10ef30e	f0fd864c-3447-4d90-aee7-5163dd7cf97b
phoneNumber	+1 555-0137	1d0bbb1d-05e3-4067-aad1-16c712e63ae7	cb94194c-cd78-4d92-aacd-9e13cd540a3d
locale	de	1d0bbb1d-05e3-4067-aad1-16c712e63ae7	c75a373b-782d-42c0-af3b-187c698e748c
customerNumber	C100037	1d0bbb1d-05e3-4067-aad1-16c712e63ae7	7999bdbb-d661-4f23-a931-1bc422331dfa
phoneNumber	+1 555-0138	3395fb48-0977-4e17-ac07-33fb7774db78	c957782a-3f6a-4b9c-ad42-d6c34ecc96f5
locale	de	3395fb48-0977-4e17-ac07-33fb7774db78	a935532b-dc2f-463e-a95e-d2460c77abea
customerNumber	C100038	3395fb48-0977-4e17-ac07-33fb7774db78	04fd772f-8b69-4b97-a09c-6391630e34eb
phoneNumber	+1 555-0139	1b5b95f4-d71f-42bc-a4e2-42760d6a678d	eac5a747-2924-4272-a539-02f6ea7fd16d
locale	de	1b5b95f4-d71f-42bc-a4e2-42760d6a678d	333b8e7a-032a-4c02-a5e0-73863ac521c2
customerNumber	C100039	1b5b95f4-d71f-42bc-a4e2-42760d6a678d	678cbc17-3e87-41b7-a120-6b1497ed16d9
\.


--
-- Data for Name: user_entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.user_entity (id, email, email_constraint, email_verified, enabled, federation_link, first_name, last_name, realm_id, username, created_timestamp, service_account_client_link, not_before) FROM stdin;
54abcd79-3dfd-4bb1-a016-2683decbcb5c	user0@example.com	user0@example.com	t	t	\N	User0	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user0	1700000000000	\N	0
5b8ed81b-d14e-4b60-a336-d62ef472b15f	user1@example.com	user1@example.com	t	t	\N	User1	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user1	1700086400000	\N	0
c56f655b-16ba-4413-a001-81144c215620	user2@example.com	user2@example.com	t	t	\N	User2	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user2	1700172800000	\N	0
e8a9b04a-1301-4515-a632-5e7939408d9d	user3@example.com	user3@example.com	t	t	\N	User3	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user3	1700259200000	\N	0
e3427b2f-15e1-4907-a9e6-9b3512b08b5c	user4@example.com	user4@example.com	t	t	\N	User4	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user4	1700345600000	\N	0
1b180369-6a50-46b1-a31c-d25fd269702f	user5@example.com	user5@example.com	t	t	\N	User5	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user5	1700432000000	\N	0
e17ff164-31f4-45e2-a2e0-dfef936fa572	user6@example.com	user6@example.com	t	t	\N	User6	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user6	1700518400000	\N	0
1934c4c5-c15e-47f5-a8a6-86c6082431ae	user7@example.com	user7@example.com	t	t	\N	User7	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user7	1700604800000	\N	0
021e767f-4f1c-47ca-a52d-b016a714f8e7	user8@example.com	user8@example.com	t	t	\N	User8	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user8	1700691200000	\N	0
d1306b27-b487-40c1-af1d-4a0a434bce0b	user9@example.com	user9@example.com	t	t	\N	User9	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user9	1700777600000	\N	0
40a9caa5-3216-4a78-a806-6de31688a030	user10@example.com	user10@example.com	t	t	\N	User10	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user10	1700864000000	\N	0
50617fda-97fe-4e4d-af04-d2351f9c4138	user11@example.com	user11@example.com	t	t	\N	User11	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user11	1700950400000	\N	0
0881808b-4c23-4815-a649-fbc9619f5ba2	user12@example.com	user12@example.com	t	t	\N	User12	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user12	1701036800000	\N	0
dee6aabf-5d87-4c05-a168-34c08e0f811a	user13@example.com	user13@example.com	t	t	\N	User13	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user13	1701123200000	\N	0
306549e4-8f04-4944-a2f1-f68d2a4d75b6	user14@example.com	user14@example.com	t	t	\N	User14	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user14	1701209600000	\N	0
f3cf711c-7ba7-4596-aa40-2f7d8155881e	user15@example.com	user15@example.com	t	t	\N	User15	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user15	1701296000000	\N	0
ed69745f-377f-4e5b-ad5e-c6ed47c76b1e	user16@example.com	user16@example.com	t	t	\N	User16	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user16	1701382400000	\N	0
5f2de54b-b442-4e1f-a42b-f90aebacf018	user17@example.com	user17@example.com	t	t	\N	User17	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user17	1701468800000	\N	0
bffce0f2-f8f3-4557-a3c2-935534df762c	user18@example.com	user18@example.com	t	t	\N	User18	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user18	1701555200000	\N	0
28c2858c-5dd5-4f23-a63b-e143211563a5	user19@example.com	user19@example.com	t	t	\N	User19	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user19	1701641600000	\N	0
239dc19d-1353-4c9b-ac1c-aa95b73dfb5c	user20@example.com	user20@example.com	t	t	\N	User20	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user20	1701728000000	\N	0
403f1b53-4137-435b-aafd-dc3a7164a1a8	user21@example.com	user21@example.com	t	t	\N	User21	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user21	1701814400000	\N	0
86c265d0-0cac-4d81-a3f7-4a24ada5df64	user22@example.com	user22@example.com	t	t	\N	User22	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user22	1701900800000	\N	0
76466374-590a-4607-ac18-23b40c54ef60	user23@example.com	user23@example.com	t	t	\N	User23	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user23	1701987200000	\N	0
7c825383-e513-40a0-a017-f685e652c9f6	user24@example.com	user24@example.com	t	t	\N	User24	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user24	1702073600000	\N	0
89aeb7a7-e686-4096-aa7c-8227c34ba73d	user25@example.com	user25@example.com	t	t	\N	User25	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user25	1702160000000	\N	0
ba8f0db8-060d-4c51-ab68-ccab60b13a7c	user26@example.com	user26@example.com	t	t	\N	User26	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user26	1702246400000	\N	0
df40df9c-7b39-4e8e-a0ed-9643dcf5fc60	user27@example.com	user27@example.com	t	t	\N	User27	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user27	1702332800000	\N	0
6e06822f-0e89-4c52-a007-4f3b7a652235	user28@example.com	user28@example.com	t	t	\N	User28	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user28	1702419200000	\N	0
b394b119-2a20-4ed9-af59-eb58c552f13c	user29@example.com	user29@example.com	t	t	\N	User29	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user29	1702505600000	\N	0
9b32777e-fb59-4025-ab3b-f1ff79e4a8e0	user30@example.com	user30@example.com	t	t	\N	User30	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user30	1702592000000	\N	0
106a1c09-f2fb-46b6-aebc-280464190b6a	user31@example.com	user31@example.com	t	t	\N	User31	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user31	1702678400000	\N	0
d2ef17c3-e825-4a3b-ae8a-ee308d145bcd	user32@example.com	user32@example.com	t	t	\N	User32	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user32	1702764800000	\N	0
3b7be7ee-2944-48d6-a28e-5199b47f4d03	user33@example.com	user33@example.com	t	t	\N	User33	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user33	1702851200000	\N	0
7fac7ac0-b62c-4719-a99d-034cc062b9f2	user34@example.com	user34@example.com	t	t	\N	User34	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user34	1702937600000	\N	0
8588663f-a112-4e35-a093-71507fd82cfa	user35@example.com	user35@example.com	t	t	\N	User35	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user35	1703024000000	\N	0
5e6dda8d-d706-421d-a506-f84ee10ef30e	user36@example.com	user36@example.com	t	t	\N	User36	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user36	1703110400000	\N	0
1d0bbb1d-05e3-4067-aad1-16c712e63ae7	user37@example.com	user37@example.com	t	t	\N	User37	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user37	1703196800000	\N	0
3395fb48-0977-4e17-ac07-33fb7774db78	user38@example.com	user38@example.com	t	t	\N	User38	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user38	1703283200000	\N	0
1b5b95f4-d71f-42bc-a4e2-42760d6a678d	user39@example.com	user39@example.com	t	t	\N	User39	Example	e37094e1-67ad-4aa3-a060-e8ef64a9049c	user39	1703369600000	\N	0
\.


--
-- Data for Name: web_origins; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.web_origins (client_id, value) FROM stdin;
3693ebb1-181c-45ec-a43f-4da19a0d050e	https://shop.example.com
f8115f10-6a46-42c8-a97e-6388a2823473	https://backoffice.example.com
11bab929-346c-452f-a26f-182e98f2061d	https://grafana.example.com
\.


--
-- Name: client_attributes client_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.client_attributes
    ADD CONSTRAINT client_attributes_pkey PRIMARY KEY (client_id, name);


--
-- Name: client client_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_pkey PRIMARY KEY (id);


--
-- Name: component_config component_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.component_config
    ADD CONSTRAINT component_config_pkey PRIMARY KEY (id);


--
-- Name: component component_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.component
    ADD CONSTRAINT component_pkey PRIMARY KEY (id);


--
-- Name: credential credential_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT credential_pkey PRIMARY KEY (id);


--
-- Name: event_entity event_entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_entity
    ADD CONSTRAINT event_entity_pkey PRIMARY KEY (id);


--
-- Name: identity_provider_config identity_provider_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.identity_provider_config
    ADD CONSTRAINT identity_provider_config_pkey PRIMARY KEY (identity_provider_id, name);


--
-- Name: identity_provider identity_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT identity_provider_pkey PRIMARY KEY (internal_id);


--
-- Name: offline_user_session offline_user_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.offline_user_session
    ADD CONSTRAINT offline_user_session_pkey PRIMARY KEY (user_session_id, offline_flag);


--
-- Name: realm_attribute realm_attribute_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.realm_attribute
    ADD CONSTRAINT realm_attribute_pkey PRIMARY KEY (name, realm_id);


--
-- Name: realm realm_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT realm_name_key UNIQUE (name);


--
-- Name: realm realm_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT realm_pkey PRIMARY KEY (id);


--
-- Name: realm_smtp_config realm_smtp_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.realm_smtp_config
    ADD CONSTRAINT realm_smtp_config_pkey PRIMARY KEY (realm_id, name);


--
-- Name: user_attribute user_attribute_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_attribute
    ADD CONSTRAINT user_attribute_pkey PRIMARY KEY (id);


--
-- Name: user_entity user_entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT user_entity_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict j2OtHwvAF42pRXzYygxcQy9NpfetPxsuRlqYQgHbUA1wMMcV7s4Xbog9oD3aR5t

