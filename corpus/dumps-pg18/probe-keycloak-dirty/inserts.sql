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

INSERT INTO public.client VALUES ('82347311-bab9-4293-a46c-52f26f182e98', true, true, 'account', 0, true, NULL, '/realms/acme/account/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_account}', false, 'client-secret', NULL, NULL, NULL, true, false, true, false);
INSERT INTO public.client VALUES ('f2061d54-abcd-4793-adfd-bb10162683de', true, true, 'security-admin-console', 0, true, NULL, '/realms/acme/account/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_security-admin-console}', false, 'client-secret', NULL, NULL, NULL, true, false, true, false);
INSERT INTO public.client VALUES ('cbcb5ca7-efca-4541-a4b0-35dea466244d', true, true, 'admin-cli', 0, true, NULL, '/realms/acme/account/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_admin-cli}', false, 'client-secret', NULL, NULL, NULL, true, false, true, false);
INSERT INTO public.client VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', true, true, 'webshop', 0, false, 's5klDO4iZ1nSdx1r32wCABTLbDh1YwvZ', 'https://shop.acme-retail.de/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_webshop}', true, 'client-secret', 'https://shop.acme-retail.de', NULL, NULL, true, false, true, false);
INSERT INTO public.client VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', true, true, 'backoffice', 0, false, 'elQHcsXkcIMYjP3rrEEgGvV3vSL7RzpF', 'https://backoffice.acme-retail.de/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_backoffice}', true, 'client-secret', 'https://backoffice.acme-retail.de', NULL, NULL, true, false, true, false);
INSERT INTO public.client VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', true, true, 'grafana', 0, false, 'loB1AUC48gEGV6HBaoPaHxije3YMghnI', 'https://grafana.ops.acme-retail.de/', false, NULL, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'openid-connect', 0, true, false, '${client_grafana}', true, 'client-secret', 'https://grafana.ops.acme-retail.de', NULL, NULL, true, false, true, false);


--
-- Data for Name: client_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.client_attributes VALUES ('82347311-bab9-4293-a46c-52f26f182e98', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('82347311-bab9-4293-a46c-52f26f182e98', 'post.logout.redirect.uris', '+');
INSERT INTO public.client_attributes VALUES ('82347311-bab9-4293-a46c-52f26f182e98', 'backchannel.logout.session.required', 'true');
INSERT INTO public.client_attributes VALUES ('f2061d54-abcd-4793-adfd-bb10162683de', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('f2061d54-abcd-4793-adfd-bb10162683de', 'post.logout.redirect.uris', '+');
INSERT INTO public.client_attributes VALUES ('f2061d54-abcd-4793-adfd-bb10162683de', 'backchannel.logout.session.required', 'true');
INSERT INTO public.client_attributes VALUES ('cbcb5ca7-efca-4541-a4b0-35dea466244d', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('cbcb5ca7-efca-4541-a4b0-35dea466244d', 'post.logout.redirect.uris', '+');
INSERT INTO public.client_attributes VALUES ('cbcb5ca7-efca-4541-a4b0-35dea466244d', 'backchannel.logout.session.required', 'true');
INSERT INTO public.client_attributes VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', 'post.logout.redirect.uris', 'https://shop.acme-retail.de/logout');
INSERT INTO public.client_attributes VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', 'backchannel.logout.session.required', 'true');
INSERT INTO public.client_attributes VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', 'post.logout.redirect.uris', 'https://backoffice.acme-retail.de/logout');
INSERT INTO public.client_attributes VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', 'backchannel.logout.session.required', 'true');
INSERT INTO public.client_attributes VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', 'pkce.code.challenge.method', 'S256');
INSERT INTO public.client_attributes VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', 'post.logout.redirect.uris', 'https://grafana.ops.acme-retail.de/logout');
INSERT INTO public.client_attributes VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', 'backchannel.logout.session.required', 'true');


--
-- Data for Name: component; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.component VALUES ('eb324dca-1ff5-4bfd-a250-a2e06de46280', 'ldap', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'ldap', 'org.keycloak.storage.UserStorageProvider', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', NULL);
INSERT INTO public.component VALUES ('27f16623-be21-4eee-a747-e297f9c21c02', 'rsa-generated', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'rsa-generated', 'org.keycloak.keys.KeyProvider', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', NULL);
INSERT INTO public.component VALUES ('f2caa59d-06fd-49d0-aa74-1e06a4195b14', 'hmac-generated-hs512', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'hmac-generated', 'org.keycloak.keys.KeyProvider', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', NULL);
INSERT INTO public.component VALUES ('87e0904c-18b8-4bb0-a4ac-eb0f1f10af8f', 'aes-generated', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'aes-generated', 'org.keycloak.keys.KeyProvider', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', NULL);


--
-- Data for Name: component_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.component_config VALUES ('76506f8a-c2ed-4f62-a163-7f802aeab59a', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'connectionUrl', 'ldaps://dc01.corp.acme-retail.de:636');
INSERT INTO public.component_config VALUES ('26ac202e-c073-4c0c-aa6b-893e00bde10e', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'bindDn', 'CN=svc-keycloak,OU=Service,DC=corp,DC=acme-retail,DC=de');
INSERT INTO public.component_config VALUES ('d56dc828-d1d4-4fc7-a662-afbff9b32777', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'bindCredential', 'Wint3r!Sun#sQdzDT');
INSERT INTO public.component_config VALUES ('efb59025-b3bf-41ff-a79e-4a8e027bfd8b', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'usersDn', 'OU=Users,DC=corp,DC=acme-retail,DC=de');
INSERT INTO public.component_config VALUES ('0f329909-e601-4004-ab4d-01bf24ccb0f4', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'vendor', 'ad');
INSERT INTO public.component_config VALUES ('433d2d74-0bb5-4628-a121-ec31d2575656', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'editMode', 'READ_ONLY');
INSERT INTO public.component_config VALUES ('6775d4de-7309-4e4f-ac63-02ee9968755a', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'syncRegistrations', 'false');
INSERT INTO public.component_config VALUES ('6dd988ae-df06-4134-ac51-dfa731804d61', 'eb324dca-1ff5-4bfd-a250-a2e06de46280', 'connectionPooling', 'true');
INSERT INTO public.component_config VALUES ('0f363df4-7a39-4080-a5ec-8fcf7101b553', '27f16623-be21-4eee-a747-e297f9c21c02', 'priority', '100');
INSERT INTO public.component_config VALUES ('13274f76-e5f8-49a2-a060-90f63bacc2e0', '27f16623-be21-4eee-a747-e297f9c21c02', 'algorithm', 'RS256');
INSERT INTO public.component_config VALUES ('e0b242e4-2ec6-4014-a8b3-53d94ec645ba', '27f16623-be21-4eee-a747-e297f9c21c02', 'privateKey', 'MIIEowIBAAKCAQEAHeb6WBI+N/sorHhgdH69MBJwaIUm82E26IGp3NoynMIa1ybfKd7cV+vNY9BSe6AsyWlAANYcRzNRNbaegdKI2ZG9RVzZqBMG1sMizce9TKuWMFGs7KuLGhQ6F/IkYZKjWcOTfiuU9D7pLH9q5BR0Kc7yRdXM1bKFy7FKudV2/dRlaO3f2g6dy4iEkwlKVJeLykbsbiHWHvepzxCiBRyD2xmwlmnGdxUg3jPZJ80qZ9MMSiaOu5YLekF0sRo+wyK9LqXsdNOUnYEHKr33H+ob0CCT68MkrXWRIf8kGU6BpeEASCsRoRPe97P6vPYhsqHqW8N4IgyNFzkScg2CFToqHW8qjnrKjmpf5J3oHVa97X1uTJWRrvxyznFKwFto8+KDOZmEWnNfiVyCk9tFvbz5VG7RowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKAOGEOHM8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXePyKnOWWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38cO4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hSNtIcvXqOD6fBp8/NiEK7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6Xy0FMogdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69gvloYUjucYPhWej0Sp534ZKdLOk3xEn3GPVPzkuzFzqqkUveP1/vXwKuHsmpDk3L/t+Y3uIrBGPQKlBbjuWd6SuI02sjfwlLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCN/FuUOTFOcNWuq812wPrdFbSoGqjVdLSARfDaK2o0pDfZ2CX4o8vrklLSNBN5iuzWKhAPa5YCI4O5YPYa41eyqhlBH7m8JomJcpodMD79+2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyr/sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM/fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvjYNJY1ONlqyyXCCoYTOXRRtX5FTSalPfZIcT09aq4ntU0lwn2vhDio5axDz9/JpycIhgcTf2H57InC9nHalF3iN89Ny3wuqZdaRYaOcRUnDpbDcyGjKNsQBzVS6/YDncDw7Bdb5rfCdix0BjgcyRrW52OiEdjq6tJiICJjzWV99B+dWI7nRG0/yZch2N6aRD+cu96xPTyS2dz');
INSERT INTO public.component_config VALUES ('94d83260-e0c0-46c0-ad74-70bd8106a1c0', '27f16623-be21-4eee-a747-e297f9c21c02', 'certificate', 'MIICmzCCAYMCBgGMl2QjBNHoyd1Wf+NGQZOPhEbF98Wdg117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMbyTKZnahD0DYRwEyzNwsmT/4ljyMbkAWw8SRS3k42+PT0qxF5ebVbJlNl6rOOO09Nza1NbVL66L2HrofyrWa8VWzaWBwskpOcHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7ahbAnapcyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKTtt/JncNHu1+hB582tWCBD4Kkcw9OhU/cLJr18jlTaxorCbkM7ORlIvNh6lPGrrPQRsBd8xOvqVSb2fvoi/A0vhBZD3xUFvZjyyptaBvGMqexkfL+1/V+ecLrvZ09P8thuVcTO3hplKwGzyRdWwR1Sz/TKL5zzPQEXeDEld8yR9ATq/f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5UjLtUpwxtN4POOj6lTdfMFQFC/0zUVqpabZTeDh3Ng+s85DR405uAZjOHEIgC8ymeCtvFRmLeNg+eYVMU+lBA/tmaZNfUEwClXKMCwASwjcG7x8ORa0RAmM1MCwtk3e6DYdvAX2OJ7+FRxkkPdoBiaf53+5/mGGnhLeJMHnD4+lHqAboDguwwo7lzGku0d4YLc0a5CbgKL/B5gkwWKDDeT+NsdpbWJIPXxWX2mz3sC1ocFVfsp8V');
INSERT INTO public.component_config VALUES ('9f2fb6b6-ebc2-4804-a641-90b6a92b2478', 'f2caa59d-06fd-49d0-aa74-1e06a4195b14', 'secret', '4mbwzN8u9MrhJ3selpdTG1jXo3Q7e-5IaE1WVwfFWc-Ml-kmogLV76Yhckwg7UhgXPSR-B-RvebfZi7sLY742R');
INSERT INTO public.component_config VALUES ('045207af-76fb-4eaa-a6de-22ef45139685', 'f2caa59d-06fd-49d0-aa74-1e06a4195b14', 'kid', 'b0b704c8-597e-43e7-ab39-4b1192a20ed9');
INSERT INTO public.component_config VALUES ('fdc53704-0e90-418a-aef5-89b2545f9fcf', 'f2caa59d-06fd-49d0-aa74-1e06a4195b14', 'algorithm', 'HS512');
INSERT INTO public.component_config VALUES ('4bf8b512-28c4-45f3-ab63-cb3e17bed621', 'f2caa59d-06fd-49d0-aa74-1e06a4195b14', 'priority', '100');
INSERT INTO public.component_config VALUES ('56f5a713-2727-4d93-a4e8-4ac5ad2ef17c', '87e0904c-18b8-4bb0-a4ac-eb0f1f10af8f', 'secret', '_Un4tVgzUXL-HPwIJuTc-R');
INSERT INTO public.component_config VALUES ('3e825a3b-e8ae-4e30-a8d1-45bcd5552766', '87e0904c-18b8-4bb0-a4ac-eb0f1f10af8f', 'kid', '85571afa-29d3-4b98-aa3e-8a5cc2ccd217');
INSERT INTO public.component_config VALUES ('47160a27-7f72-476b-a787-4a39c71bec7e', '87e0904c-18b8-4bb0-a4ac-eb0f1f10af8f', 'priority', '100');


--
-- Data for Name: credential; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.credential VALUES ('15533af8-9109-40d6-a63d-f67c89690e8f', NULL, 'password', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', 1700000000000, NULL, '{"value":"sbDPOa0YJ59TfJuGX/Jzrp0ySN75Ju7lLiYjPadg/utYhT/EudLo74McGMqRGTQCFyVDooqFNTaDprN0guxH/w==","salt":"1R+sXpzTmNblzUwBk+wSad==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('c56f655b-16ba-4413-a001-81144c215620', NULL, 'otp', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', 1700000000000, 'Phone', '{"value":"PSM3RNEDE3P3SS6TUBYKL76FTMWVXZVN"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('27b2f15e-1907-49e6-a9b3-512b08b5c9ac', NULL, 'password', '6325e793-9408-4d9d-aaa2-afbd96e1324e', 1700000000001, NULL, '{"value":"K9ZSPKi6HInGQasJA5GEf+5kIexD7pG7TyI1oJ/JvxEWiy7AU3GSpNMjKtANEluImsufofBxdXePRKo5Q0s/rH==","salt":"ORTiNlPyZdyQ2lE5Jm17OT==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('f95c6d35-5e12-4bf1-a93f-53aa469a90d3', NULL, 'password', '33408a73-b563-4bd2-a4ce-dfcd2e60c690', 1700000000002, NULL, '{"value":"GOEx3LX+1LYnfAL9kMMd34GgksqF85IPAQuaJPvBuPYFYat5SjGJ2k42rIVuvIQZ18nWmSjAQyRhGen9hWClRf==","salt":"uN8YcV3LnCTL3QAk82Qq1B==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('e39381bd-b39b-49aa-a88c-1864f53db761', NULL, 'password', 'd52b3b58-b5b4-4147-afce-17ff16431f45', 1700000000003, NULL, '{"value":"KouypgYqCIe6mo2MbKUz4NrmVZb5moGW7m1abruhdWnpez7Ue4cExolFeYg7htHIg2S5OrvQeRmKh1TkjHCTvX==","salt":"g/6NP4cnGi27zsXgxK92D+==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('ac00125a-c1ee-4afd-a63e-ad220ad70ef3', NULL, 'password', '8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', 1700000000004, NULL, '{"value":"T3mjhcnKapL1pdV576OIdGYGRJXRTlLXgqpXP8V92UpzF/r73pzyYmF+n/no1SXza+1SWPV3HPAZsIesRieByH==","salt":"+H2QoCrRMQvy5BtWdk3fjM==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('ebfee432-fe64-486a-abd0-151b0c338894', NULL, 'password', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', 1700000000005, NULL, '{"value":"1q4RpdSScUc7iF7TIpQBv80qRb65H6usqRMSCpnxorUMIGYodijBaa35OFbghoDPABSVc4gc467LtJzowBhB2F==","salt":"HwpVaVb38XMDB87/fTa/Ai==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('198e536a-56e1-429b-a7a8-a9d0d8aec48c', NULL, 'otp', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', 1700000000005, 'Phone', '{"value":"AO5OSLLWWEXO5KEUZR7E7CLDOHT4UAID"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('93917598-3bcd-408f-a3f1-8b58a48bd7c9', NULL, 'password', '1d50617f-da97-4fee-a4df-04d2351f9c41', 1700000000006, NULL, '{"value":"6x41AuamZ5DB8iV4C/QoZK7vDy90qg1vDggHjDisTwLNiHVZRk9vymZFl8XuqIwf2BYUbGvt1qqARYOCVqd8BO==","salt":"kkkk0Q+SHtHUmsbOshbRZ/==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('bf5fcd74-6f82-4d22-abb8-57f6c1e3daf0', NULL, 'password', 'aec60402-1f8f-4230-a77c-d50c5bda229f', 1700000000007, NULL, '{"value":"8cwPZrlqUEe528pWyq1gZVzzpOKn1yWtAo40+zCQs68mOqL6CuAEFuzXPGhdKKMBZVTn6Si/DRkSQJ/H8Zi2Kr==","salt":"R2dUsaq42KCAnMZJCPtI2S==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('5e777979-c49f-46e3-a0a9-b9b04299b9f1', NULL, 'password', 'f944dfc1-510e-4ad4-aa15-bf4cc5619452', 1700000000008, NULL, '{"value":"WX9aSjNEvCTy3EGsIKPFgWav9k9PMXsB9hPRDjfAT+I+uqhFjLxHjHLCoBGpEV2MG8axjeCW2X9DyVXouKrd7e==","salt":"65QVmFH0+msjPwxzPUU/eK==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('0aebacf0-18c2-4f17-a9b8-0ed7e7040747', NULL, 'password', '58b148ea-4306-4250-a751-3c65c192d039', 1700000000009, NULL, '{"value":"+w6ZpZGAQ4Ncyzei5qOyihJo8NTK6q7ZnitOawueXp83MZUBvowdkS+/7091Ue3XNF4wZOfLXxevg6qZFNRVyN==","salt":"iVV/I36WQuuSRI4E9SJs9n==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('5f1228c2-858c-45dd-a5f2-363be1432115', NULL, 'password', 'f8f35573-c293-4553-a4df-762cb81d6084', 1700000000010, NULL, '{"value":"3rZEat2/Zepq7r6qxB6BztcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdjSH9I+hS==","salt":"NtIcvXqOD6fBp8/NiEK7rT==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('63a5d2e5-9009-43f5-a175-44b87e5cd13a', NULL, 'otp', 'f8f35573-c293-4553-a4df-762cb81d6084', 1700000000010, 'Phone', '{"value":"QOLURQMI4OMT27YNNHK6I5INOY7M4B5G"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('4c403f1b-5341-4373-a5ba-fddc3a7164a1', NULL, 'password', '4bada54f-d432-47d3-a01c-1dafbaef8b9a', 1700000000011, NULL, '{"value":"lLfYV/+oCiCIvGxTUJ2uE9iUwi6NKUQETFIjUcWjK1qrX6qwWM5ceuMfZBUSSlpsAmHYU8cQnBEGDaFWtHXVGQ==","salt":"bBHJf5WaeJYGonPdnH6Po2==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('7265bda2-2a45-4b44-acd2-4b86326d339a', NULL, 'password', '6d05eafb-a992-4430-a3e8-bc528036e602', 1700000000012, NULL, '{"value":"NgQMDYruJRhCPj7Zaix5ck8C+G2NuXLWkdJJNVfqIOtfLJYPb+DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy==","salt":"1iEM/fRpJRo3oX09ZQhAEZ==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('aec5936c-4269-4680-ad06-4c1cc3cb94fe', NULL, 'password', '823b40c5-4ef6-4097-a0ce-076ea7078cd0', 1700000000013, NULL, '{"value":"g117iIJhThjaUfxhKUNiO6UHPBrBBFe/ZjV4bXLyn+bSuhEuWM+KlQwkFpJXenKJ0w8kLrKJdNb6MkkPbWEIED==","salt":"Ts5zkmXs8s2pPAfA3g4hgM==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('297cf385-f722-4adf-a894-6caa0693e349', NULL, 'password', '44d9edf3-4dac-41e7-a656-2939ea333df3', 1700000000014, NULL, '{"value":"cyjJLfwMQvqfO0bdiShY0qyCPxspjmP9kMA7tgcRqWXidagdv2//7gZ9opD9iEVlMvH0ntT89qYblw0nyk/jKT==","salt":"tt/JncNHu1+hB582tWCBD4==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('0fdc55aa-6664-4708-ad38-fbfe04edeb06', NULL, 'password', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', 1700000000015, NULL, '{"value":"NNs27SaoBqTn0N0NHXUOUTyjt+RylnEnTdSuJwp09RD3/nydvPk6h7D42mZSM2z+X+xZCTMjYDr6rzue36M5Uj==","salt":"LtUpwxtN4POOj6lTdfMFQF==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('8311280f-c970-4bb1-a492-738f76535f90', NULL, 'otp', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', 1700000000015, 'Phone', '{"value":"A7WTNMGPKCYBSLFGBYAJYROD5Y6HIN2I"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('73c0ca6b-893e-400b-ade1-0ed56dc828d1', NULL, 'password', '5c55d9cd-b0da-4715-a7ba-f5e96cc3fbf3', 1700000000016, NULL, '{"value":"evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXVeFq+qLk1OslhoP5hpXzwIxw0LFdcYXDa/irwL51+aIEaO==","salt":"c/iDLo4rtWnqJZrxJCI4wC==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('ec60148b-353d-494e-ac64-5ba94d83260e', NULL, 'password', 'ff9b3277-7efb-4590-a25b-3bf1ff79e4a8', 1700000000017, NULL, '{"value":"7kmaheUXra30ngjo70+DbGPQyWG29rdNEhBR2ZHA+NYO18TdrMlBjCU4yg8y8fGBHsWWMFPLcR+fb7V8hloJDa==","salt":"DlA+bNvryxL4C4CtLQJ7QJ==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('b08137c0-18d6-4c84-aa0b-f94ffe063f4d', NULL, 'password', 'a1c09f2f-b6b6-4ebc-a280-464190b6a92b', 1700000000018, NULL, '{"value":"2YLFXa+UqcGNLcLc3nPS4gQoxUo3K78GcwO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee+dLcaucheSqOm==","salt":"yeHs6zc7OC7BkgzvYP4lzY==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('1d02137e-0564-45dc-a5a2-78a200bcdd0b', NULL, 'password', 'b923d13a-6525-49a4-affc-f9259dc1b8f0', 1700000000019, NULL, '{"value":"nNV1RTZREh+ql1SoMC5oqbBZNeWDZPyvmXmiIN8q6tQKfUl7e2wkyivgXJf+rydoyBtZIzcGmnk3BOSzwDbLtl==","salt":"9L8mdR3zguW2IRRo39LyEF==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('38951c9d-1945-4e6d-ada8-dd70621d506f', NULL, 'password', 'e19901a0-27df-4da1-a3f0-cdbe03287f0b', 1700000000020, NULL, '{"value":"xoolwkc1tnJQf3xnSoLWc2yrbdO66tkD/ZWNg4NoDgYluVsVVXYKg7HsMo+r6pgJ0nGiJA5HgD7mn0tUl2Ye6q==","salt":"w9mubaE6Y6ZfvOjyRMPVTi==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('84ee10ef-30e2-46de-a8d9-a95051158c27', NULL, 'otp', 'e19901a0-27df-4da1-a3f0-cdbe03287f0b', 1700000000020, 'Phone', '{"value":"FAVE5UTSQQSVA4UHNHEAKNC75RP74JAG"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('698e748c-7999-4bdb-abd6-61f239311bc4', NULL, 'password', '864c3447-d90e-4e75-a163-dd7cf97b9e44', 1700000000021, NULL, '{"value":"UgE2U9YpPOB2NclFvHjyCG64cXG1CvvvG2BX6MAYfr2HEYweHL7bPo7dwumTFlQzx3dj0mLrz1n7HOx3VTAqO0==","salt":"xcVoNdNtfiJ1JzD8OuHgey==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('c65b0a38-2e4b-41e1-a8bb-d53f23660b42', NULL, 'password', '5532bdc2-f63e-495e-ad24-60c77abea04f', 1700000000022, NULL, '{"value":"XoeSfJlLSKcIVMkDK+Z5pd/0EZ1PNPsg4crBNJrwAJW4AfOhYOqzXLEwJZfjwvyGcO5ifGvcFLAZtFQke40Ha1==","salt":"l5eSFNPSzqOuYZB2Cjl/Sb==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('f4b029fb-24a8-4aa0-af0d-15a7d9f162af', NULL, 'password', 'ca834c63-f959-4dcf-a8ad-23fa9771a365', 1700000000023, NULL, '{"value":"tgdVEeSHITaH0l4rnjUX637Gzve1w0kOZAXAxl3WeXc+QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa==","salt":"77YMnk7lVL6AWa5NS9Lg5C==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('43d886a5-ac0a-4086-a3a3-1a4109b4ddcb', NULL, 'password', '97246fde-a270-4af8-a409-050d1dc06306', 1700000000024, NULL, '{"value":"NgJZk2Qk0okkDLYowxvUC8JzPu159xnd9FPqv0LdTL9oxJtB7xmPaS652jo7sdrKhmbPdFQBEPumjErGudwqY3==","salt":"bIG8oNgPys7H6PcXKUIOSR==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('0baca3c8-4b6d-4692-a419-5b316c8fdcd0', NULL, 'password', '14eb3605-91b8-403f-a6bf-efd2c45b1627', 1700000000025, NULL, '{"value":"FkF+bY2EfC2PQ93ReV+2Olg6qwgJ3bnKyfsDnORphOktee/cIs9SivGNQ5L1a+S37Ar0i0qONkt5N59NAafYT7==","salt":"rcVbh8HShD1fhiDCty2AzA==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('1ed37871-fc69-420f-ae4b-f1d2bd5588d9', NULL, 'otp', '14eb3605-91b8-403f-a6bf-efd2c45b1627', 1700000000025, 'Phone', '{"value":"IZZSHO4ET2KCRF5CMHYLD5JFIOOMK7LO"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('6304f155-e955-4953-afd1-14c600f66c34', NULL, 'password', '670883fb-da02-471f-a936-7bdacd7ada60', 1700000000026, NULL, '{"value":"hHAEdj59MdmM8amRnr68vEBzCWNVulUHAosgh9BUVo43PloB62hyJxzxDvl23St1Heend2wM9zHBmSQhqANJAu==","salt":"BDxuhykuO9fLL74Mc135Vl==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('10ce5c1b-bcd7-4f15-a2ae-9bfb8fa5ae26', NULL, 'password', '623c6046-9229-4dc2-a916-4640eeb7244a', 1700000000027, NULL, '{"value":"gr+egzQ3o69DwDD2rErsL9KrHXSakRsofLTYuSav5rDYrDs1cDLMUnAKmrRqMVX1cJ+IAtPtB9ZvjFk15oSJJe==","salt":"W0mL04p8sB32yUjE3gQFai==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('c69156d6-bba4-4900-ad74-07872d46f0f1', NULL, 'password', 'bdba958f-5bc0-46a4-a7d2-98c2024797cc', 1700000000028, NULL, '{"value":"g5uHFIWEH8bSe3y2xOogdjk2ZC5DiJq4PibNNgsQTFeaG+cNzfg9dQI3RAoOqRURXDN/RZ+EAp3ipDmmg8PNcK==","salt":"Cd9erqvwHPhpyJXtm3JnPo==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('95f62667-8894-4bec-acdc-af31e80fef52', NULL, 'password', '9a2546b2-d64f-488a-a4c7-aff49de674ee', 1700000000029, NULL, '{"value":"sJZvB6MjNYtFW324gBE51yif7zfBCbTYG8LKUfiIAmpgGgwdtH56jFd/wu+CEFrlACu7PKArN0N370S/zbeWkW==","salt":"gUhDeA+NdMyI/W7PAv7BKX==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('24544934-bc15-4e8f-aeb3-4c0f5f6f21fc', NULL, 'password', '01116eca-4a16-4340-ab6b-168affb8a047', 1700000000030, NULL, '{"value":"fsaOZN0nimx3qZDTHfNdUqYuEAxo3Pw/FKUR5RXS6DotaF/3r6rvzydcPiJ+LdRleIj5VdRpXxOCTKeNHsV/rj==","salt":"ZRSUqPMPL4rEZiV00qUkmd==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('8ddb0623-b23b-4af6-a736-66e267edbec7', NULL, 'otp', '01116eca-4a16-4340-ab6b-168affb8a047', 1700000000030, 'Phone', '{"value":"AMY7QD6DWH6XXMD2S5E5U2BOGWWOWB7E"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('cd7d5e2c-3a35-49d6-a38b-a7aaa6c853ff', NULL, 'password', 'bd4467a4-703c-40ed-aad5-42c4d439195f', 1700000000031, NULL, '{"value":"D50fWTFcp44sPEksCKmAM/5gnoGA2T2ufSOCIdSD1EILvtj3l2YatzKwxcR4yGCrDBmezVGc7SdpN1N/GyWV6R==","salt":"WtyE+tJ/VbpC2v6oigwAyl==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('7996b7a7-e4f4-470c-a0b7-9bcda778d5b1', NULL, 'password', 'b7c6290d-a500-4091-acdc-ddd1f91964e2', 1700000000032, NULL, '{"value":"M5O9zEVC9eGzG6EKIqlz1W6+2/RRFq3ci0XFzAMKtuclXF7JGY66f8bmyXW76R1lIELh1UZG8vOcYnxu2cIaD5==","salt":"ABklyQsYMv1cjB/MHm9U5Q==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('f54c7425-1a45-4b60-a04f-9decbd22c0db', NULL, 'password', '80765e18-cd75-48e0-a359-4003912342e3', 1700000000033, NULL, '{"value":"32JkBbCRoaiBeWXu7sG7eF0fmHypoFPzB/Dn8+oBfFVDPUUMNxuU34tPGc2sMic68HNtHsihzlo1zpue3zIFyF==","salt":"SKf0k/UWvBPZQN3ksAVRqd==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('536fbe6a-96b3-4dca-ad9c-ddc723933c35', NULL, 'password', '33f7eb24-3b31-4611-a66b-632fae13ace3', 1700000000034, NULL, '{"value":"AP/8KB5/GYeMo0BlZBzqhBjojex4JONEMVlfHEkC1lySOJefNsUE95IR4a4THr19K4EY79Zp3EiHHrEIBZYF6D==","salt":"/GTtXbZGZsGRpGIvndXfeR==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('f1d39a52-32c1-49e8-ac45-2a81655a387b', NULL, 'password', '9d151873-b843-4f33-acec-482241ed7ec5', 1700000000035, NULL, '{"value":"0RqU/BI1+z7L/0vS4gK3tDpxc1NAWMdCtsfNzay4tSa81Gaa+FZi1H9ubH3ywzRb8B0dGgJrlN4zlVMNo4ggZs==","salt":"bKN4K/hKc9RuHwdcqx5Bkh==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('4dd4070c-3039-4c01-a1bd-e59022259d9b', NULL, 'otp', '9d151873-b843-4f33-acec-482241ed7ec5', 1700000000035, 'Phone', '{"value":"P3AIZB26F442EK7VINQ3LCYCPQHAX4LO"}', '{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}', 20);
INSERT INTO public.credential VALUES ('f44cd061-b17d-4da0-ac7a-e4a4a9379479', NULL, 'password', 'a6f41af7-0ce1-48cd-a147-47f66e7cc626', 1700000000036, NULL, '{"value":"KNOFlM1GeYAI1PKjRf/kBWTCmWnrGE9Yr3WbKqCZh2b6k0KxpIQyBF+wIxAtP05d9ttP54z+0Rozkn7HBpw7p/==","salt":"LhaQsOiv7dcLEe1G+yNdIM==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('a45ec96b-24ef-449f-ac5a-9a363e3e8a4f', NULL, 'password', 'c8549b25-a37a-4d42-ad27-338cb0186bd3', 1700000000037, NULL, '{"value":"zU9CwaVadlwjXpCgqnhivHcQRIgRNfnqKB8lJaj8Vl3v+kXaau/75hUD5POcYLaNfB0vgjqFZxec6L1C08vLl2==","salt":"VbiSMPps1RB4DClzq53oml==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('ca13fd0a-e303-49ce-a80e-b010d903d8f6', NULL, 'password', '4e1c321a-29de-4f3e-aeb1-815d30b4b651', 1700000000038, NULL, '{"value":"ooaqqtM+II3s4FfiJf4QOz7cE91rfOlZc0dZUf/jpxLMGhZwH5POlMcZRaWKDL/sP6VSt18VYjL4CSLEZyW8Xb==","salt":"EtyIaonQ/VrAlze0km7pk5==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);
INSERT INTO public.credential VALUES ('659610a7-a69d-42f6-aaf3-55461e642563', NULL, 'password', '7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0', 1700000000039, NULL, '{"value":"lM6rvxE56VBOBZXwfkvrInThDJZPzXua77lmyBwvvHUeOBm5KWY2DFPcnLkspOXiWR31oy+6iY+rXoQIh+IarL==","salt":"bwZeywLmRcsHv/dQwjbg9o==","additionalParameters":{}}', '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}', 10);


--
-- Data for Name: event_entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.event_entity VALUES ('b590a07f-6b75-4a23-a1a7-2e7206647a31', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"4aa2669d-7e31-4045-a9f7-2cb26b94c8e5","username":"camille.nielsen44"}', NULL, '84.136.230.162', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'ae2c283d-1109-412d-a360-bbcf078515e8', 1700000000000, 'LOGIN', 'e7503a79-230e-43aa-a0d6-a66a0690ca89');
INSERT INTO public.event_entity VALUES ('934c4c5c-15e7-4f58-aa68-6c6082431ae2', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"5c3ffe68-fdc7-4868-ac9f-5a6d0570338d","username":"olivia.weber47"}', NULL, '79.27.41.110', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '71d67f81-8844-4cab-afaf-7ac7ccbfaabf', 1700000003000, 'LOGIN', 'd52b3b58-b5b4-4147-afce-17ff16431f45');
INSERT INTO public.event_entity VALUES ('25ac3076-508f-4e82-a20b-e4d90f1a0feb', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"6e1d40d1-213c-4c5c-a37c-bc647e094945","username":"jan.rossi78"}', NULL, '79.149.170.229', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'd7e4ba56-c160-4834-a407-fa4a630855c9', 1700000006000, 'LOGIN', '1d50617f-da97-4fee-a4df-04d2351f9c41');
INSERT INTO public.event_entity VALUES ('30097dd9-1d94-4430-a2aa-c27e4e6b80e3', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"e41ccea0-de1f-4029-afcf-920311313fb2","username":"liam.kowalski2"}', NULL, '109.113.3.82', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'de3113bf-18d4-4042-a6b4-2de0d7034e93', 1700000009000, 'LOGIN', '58b148ea-4306-4250-a751-3c65c192d039');
INSERT INTO public.event_entity VALUES ('cc500a64-3544-4b5e-a144-69376274df6a', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"e9b5d9c9-db80-48ae-a6c0-cff2ac728874","username":"martin.moreau33"}', NULL, '79.167.14.125', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '7d1ee290-f916-491d-a83f-f3cdcba67646', 1700000012000, 'LOGIN', '6d05eafb-a992-4430-a3e8-bc528036e602');
INSERT INTO public.event_entity VALUES ('093d30cb-9d7e-4067-ab05-d32ef14c9937', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"a0867edf-ef91-4198-a272-3190ef91a06a","username":"lukas.lopez21"}', NULL, '62.6.117.241', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '08bccae9-c19b-4d7e-a627-d6e06822f0e8', 1700000015000, 'LOGIN', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca');
INSERT INTO public.event_entity VALUES ('f03bf1e3-77b0-4a2e-a2da-7310f86844cc', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"c0930cc2-03b7-4be7-aee2-9448d628e519","username":"jonas.taylor3"}', NULL, '212.17.8.101', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '9b47f4d0-384f-4c6e-a45c-ef25e23c3a0d', 1700000018000, 'LOGIN', 'a1c09f2f-b6b6-4ebc-a280-464190b6a92b');
INSERT INTO public.event_entity VALUES ('22331dfa-95a2-497c-ab4f-8c7de68bf580', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"0d91fd3b-3395-4fb4-a809-77e17c0733fb","username":"daniel.nielsen66"}', NULL, '109.1.245.211', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '7774db78-c957-4782-aa3f-6ab9cd42d6c3', 1700000021000, 'LOGIN', '864c3447-d90e-4e75-a163-dd7cf97b9e44');
INSERT INTO public.event_entity VALUES ('269a7580-546a-4d33-af4f-733129524713', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"4f09ff05-3142-4d1d-a03d-aaa9888095e8","username":"maria.hoffmann93"}', NULL, '212.153.170.140', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'ddc79cd4-a55f-4c3f-ac56-e6982084527f', 1700000024000, 'LOGIN', '97246fde-a270-4af8-a409-050d1dc06306');
INSERT INTO public.event_entity VALUES ('7e03a9f0-2d92-4ba1-abc8-1ea04b71618d', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"6eb712e9-f57a-42cc-ad71-3580b2863ca4","username":"daniel.garcia28"}', NULL, '62.170.7.188', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '56a329ba-b09b-45ad-a06c-7400a60eef03', 1700000027000, 'LOGIN', '623c6046-9229-4dc2-a916-4640eeb7244a');
INSERT INTO public.event_entity VALUES ('8243ceec-e6d7-45df-a963-18d2baa07406', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"069b92f8-33e2-4e0c-ae86-6a0dd6d7e0dc","username":"jonas.moreau56"}', NULL, '109.148.244.238', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'c579b000-a0d8-4a55-a00e-9930cfd00d4e', 1700000030000, 'LOGIN', '01116eca-4a16-4340-ab6b-168affb8a047');
INSERT INTO public.event_entity VALUES ('e82adbe0-c8f3-4b5b-a994-510eb59ca078', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"bade38d9-2a18-448d-a2f2-c3e6fc7433c0","username":"pierre.muller64"}', NULL, '178.114.71.18', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'efaf4568-2f10-493d-afb5-7e65785c1bf3', 1700000033000, 'LOGIN', '80765e18-cd75-48e0-a359-4003912342e3');
INSERT INTO public.event_entity VALUES ('e9ba4606-7664-45c3-afc8-97a8e6185bfb', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"3381d177-8bc1-4d6f-a711-fe74dd93125a","username":"pierre.bernard36"}', NULL, '91.71.134.29', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'e4254fa7-43d6-46e6-a726-b9a90112d55f', 1700000036000, 'LOGIN', 'a6f41af7-0ce1-48cd-a147-47f66e7cc626');
INSERT INTO public.event_entity VALUES ('2eb3fca1-5b32-4551-aa38-c28413455ce2', 'webshop', '{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://shop.acme-retail.de/callback","consent":"no_consent_required","code_id":"89356500-3788-47d1-aa87-f97af640e276","username":"camille.muller68"}', NULL, '212.135.187.76', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '447fff1f-930a-4e4a-a34e-bb6cb8eb88fc', 1700000039000, 'LOGIN', '7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0');


--
-- Data for Name: identity_provider; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.identity_provider VALUES ('30e098cb-63e9-4c6b-a081-37c018d6c84a', true, 'google', 'google', false, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', false, true, NULL, NULL, 'Google', false);
INSERT INTO public.identity_provider VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', true, 'azure', 'oidc', false, false, 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', false, false, NULL, NULL, 'Microsoft', false);


--
-- Data for Name: identity_provider_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.identity_provider_config VALUES ('30e098cb-63e9-4c6b-a081-37c018d6c84a', '864210954522-vwwbkpbuvhcoser3c42lmqri2zkh5tek.apps.googleusercontent.com', 'clientId');
INSERT INTO public.identity_provider_config VALUES ('30e098cb-63e9-4c6b-a081-37c018d6c84a', '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', 'clientSecret');
INSERT INTO public.identity_provider_config VALUES ('30e098cb-63e9-4c6b-a081-37c018d6c84a', 'IMPORT', 'syncMode');
INSERT INTO public.identity_provider_config VALUES ('30e098cb-63e9-4c6b-a081-37c018d6c84a', 'acme-retail.de', 'hostedDomain');
INSERT INTO public.identity_provider_config VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', '0df25197-6304-4ab9-a23d-13a65259a4ff', 'clientId');
INSERT INTO public.identity_provider_config VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', 'w6j8Q~IVk2zFvh-ARKlm7D1p0k_TX5UvBr6F3tXL', 'clientSecret');
INSERT INTO public.identity_provider_config VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', 'https://login.microsoftonline.com/8758bc9f-3c4b-481c-af78-ad1bca1783bc/oauth2/v2.0/authorize', 'authorizationUrl');
INSERT INTO public.identity_provider_config VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', 'https://login.microsoftonline.com/90d0af1a-61a1-46f0-a539-de57d8fa14fe/oauth2/v2.0/token', 'tokenUrl');
INSERT INTO public.identity_provider_config VALUES ('0bf94ffe-063f-44df-a03b-f1e377b0a2e2', 'https://login.microsoftonline.com/03c80e93-5d44-4641-a8fa-9d4a30eaa606/v2.0', 'issuer');


--
-- Data for Name: offline_user_session; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.offline_user_session VALUES ('12dd0576-2f68-40b5-a22b-8afc5eb2ef61', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000000, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u0","ipAddress":"178.34.3.176","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000000);
INSERT INTO public.offline_user_session VALUES ('86c6c67c-aa26-49c5-a4d9-5bf7949b2c07', '6325e793-9408-4d9d-aaa2-afbd96e1324e', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000001, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u1","ipAddress":"84.30.73.37","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000001);
INSERT INTO public.offline_user_session VALUES ('76b900af-e8b6-4b75-acd5-720e6dbc2aab', '33408a73-b563-4bd2-a4ce-dfcd2e60c690', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000002, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u2","ipAddress":"84.50.39.93","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000002);
INSERT INTO public.offline_user_session VALUES ('d45bf5cd-baf5-437b-ac2f-6072d7d2fca9', 'd52b3b58-b5b4-4147-afce-17ff16431f45', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000003, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u3","ipAddress":"84.210.193.72","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000003);
INSERT INTO public.offline_user_session VALUES ('fda85ece-c562-4c47-a875-2a49e33587f1', '8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000004, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u4","ipAddress":"91.216.40.61","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000004);
INSERT INTO public.offline_user_session VALUES ('1ea03667-1114-4078-a2e9-e01155688a5d', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000005, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u5","ipAddress":"109.77.120.252","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000005);
INSERT INTO public.offline_user_session VALUES ('2d35716f-c931-446f-aae8-1219ecbab7f2', '1d50617f-da97-4fee-a4df-04d2351f9c41', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000006, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u6","ipAddress":"91.138.96.176","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000006);
INSERT INTO public.offline_user_session VALUES ('b08cdf19-2a0d-4c6b-a384-a43d0f6f161e', 'aec60402-1f8f-4230-a77c-d50c5bda229f', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000007, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u7","ipAddress":"212.180.91.242","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000007);
INSERT INTO public.offline_user_session VALUES ('ce186ae3-48e4-4314-aaad-4353e099a788', 'f944dfc1-510e-4ad4-aa15-bf4cc5619452', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000008, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u8","ipAddress":"91.106.54.82","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000008);
INSERT INTO public.offline_user_session VALUES ('913dfe0a-4919-4a87-a5a6-2b92706a2284', '58b148ea-4306-4250-a751-3c65c192d039', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 1700000009, '1', '{"brokerSessionId":null,"brokerUserId":null,"loginUsername":"u9","ipAddress":"212.23.210.146","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiI4NC4xMi4zMy4xIiwib3MiOiJXaW5kb3dzIiwiYnJvd3NlciI6IkNocm9tZS8xMjQuMC4wIn0=","AUTH_TIME":"1700000000"},"state":"LOGGED_IN"}', 1700000009);


--
-- Data for Name: realm; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.realm VALUES ('95d769dd-f048-4220-aca9-d75b15113532', 'master', 'external', true, NULL, 60, false, false, false, true, NULL, 'default-roles-master');
INSERT INTO public.realm VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'acme', 'external', true, 'acme', 300, true, true, true, true, '<div class="kc-logo-text"><span>ACME Customer Portal</span></div>', 'default-roles-acme');


--
-- Data for Name: realm_attribute; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.realm_attribute VALUES ('frontendUrl', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'https://login.acme-retail.de/auth');
INSERT INTO public.realm_attribute VALUES ('displayName', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'ACME');
INSERT INTO public.realm_attribute VALUES ('bruteForceProtected', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'true');
INSERT INTO public.realm_attribute VALUES ('_browser_header.contentSecurityPolicy', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'frame-src ''self''; frame-ancestors ''self''; object-src ''none'';');
INSERT INTO public.realm_attribute VALUES ('_browser_header.strictTransportSecurity', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'max-age=31536000; includeSubDomains');
INSERT INTO public.realm_attribute VALUES ('actionTokenGeneratedByAdminLifespan', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '43200');
INSERT INTO public.realm_attribute VALUES ('clientOfflineSessionIdleTimeout', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', '0');
INSERT INTO public.realm_attribute VALUES ('webAuthnPolicyRpId', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'acme-retail.de');


--
-- Data for Name: realm_smtp_config; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'smtp.eu.mailgun.org', 'host');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', '587', 'port');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'noreply@acme-retail.de', 'from');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'ACME Login', 'fromDisplayName');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'true', 'auth');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'postmaster@mg.acme-retail.de', 'user');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', '237a8be96a858c24b3a44602371366bb-6703c384-9f52ad00', 'password');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'true', 'starttls');
INSERT INTO public.realm_smtp_config VALUES ('e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'support@acme-retail.de', 'replyTo');


--
-- Data for Name: redirect_uris; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.redirect_uris VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', 'https://shop.acme-retail.de/*');
INSERT INTO public.redirect_uris VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', 'https://backoffice.acme-retail.de/*');
INSERT INTO public.redirect_uris VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', 'https://grafana.ops.acme-retail.de/*');


--
-- Data for Name: user_attribute; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 154 42247610', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', 'd4df0815-6ea5-44bc-a93c-f49889a27e51');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', '6641244a-0e29-4788-a05d-83d7839f1aad');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100000', 'e7503a79-230e-43aa-a0d6-a66a0690ca89', 'e34f70fd-7369-4769-a0a2-5b8ed81bd14e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 71 16 28 11', '6325e793-9408-4d9d-aaa2-afbd96e1324e', '6cbc03b7-10d0-444e-a1be-cdf4388ef1f1');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '6325e793-9408-4d9d-aaa2-afbd96e1324e', '198c013a-592e-47ad-af8c-ccb238cf8b05');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100001', '6325e793-9408-4d9d-aaa2-afbd96e1324e', 'a00627d9-9650-47fe-a670-86c48a77715e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7633 540944', '33408a73-b563-4bd2-a4ce-dfcd2e60c690', 'ee1bf708-b8aa-488c-a34a-92dccfe6964a');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '33408a73-b563-4bd2-a4ce-dfcd2e60c690', '5c3656e5-e719-43eb-a216-66db75b557df');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100002', '33408a73-b563-4bd2-a4ce-dfcd2e60c690', '004b26e7-5edf-40fc-a31b-1803696a506b');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7867 948519', 'd52b3b58-b5b4-4147-afce-17ff16431f45', 'e22e0dfe-f936-4fa5-a72a-72d9ee854884');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'd52b3b58-b5b4-4147-afce-17ff16431f45', 'a35a323c-9092-4434-a56a-222543209495');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100003', 'd52b3b58-b5b4-4147-afce-17ff16431f45', 'c4f13b1d-61ec-4c8a-a977-93d0b123e8bf');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 157 39829656', '8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', '6c6a73d6-6dd0-421e-a767-f4f1c7ca52db');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', '016a714f-8e7d-497b-a78d-2c4e1b8d605a');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100004', '8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', 'f4db8fbf-34b6-4b59-ac1a-0515658808ee');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 157 81055263', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', '266e9cd3-26e0-402b-a9c0-a50c402e1c82');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', '55aab28d-51a2-4ed4-a034-6297f3b4b712');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100005', '37f36b44-94f2-471f-a8a1-480f1fc3f7d5', '3b08defe-93d9-47de-af95-ea2efb05f826');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 30 32 24 74', '1d50617f-da97-4fee-a4df-04d2351f9c41', '388460ff-b681-448b-a648-345037e571f7');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '1d50617f-da97-4fee-a4df-04d2351f9c41', 'b18a4900-b96a-4cf4-a45f-d163d22d768e');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100006', '1d50617f-da97-4fee-a4df-04d2351f9c41', 'b085c88f-e987-49f0-ac8b-d496f61ee38e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (312) 316-5090', 'aec60402-1f8f-4230-a77c-d50c5bda229f', '05dee6aa-bf5d-487c-a051-6834c08e0f81');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'aec60402-1f8f-4230-a77c-d50c5bda229f', '1a347dd0-e03a-4577-abae-9e539b91bd32');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100007', 'aec60402-1f8f-4230-a77c-d50c5bda229f', '93ee96a1-92a3-4832-abae-f9021e2e9093');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7662 941459', 'f944dfc1-510e-4ad4-aa15-bf4cc5619452', '5bec3c91-7e54-4b67-a785-5f7f1a2ec039');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'f944dfc1-510e-4ad4-aa15-bf4cc5619452', '21ff3cf7-11c7-4ba7-a596-a402f7d81558');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100008', 'f944dfc1-510e-4ad4-aa15-bf4cc5619452', '81e60770-8890-4d4f-a580-ff05d4b8332b');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 42557458', '58b148ea-4306-4250-a751-3c65c192d039', '3eb4d47a-472e-4d9c-a8e8-572fe162dfed');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '58b148ea-4306-4250-a751-3c65c192d039', '69745f37-7fe5-4bd5-aec6-ed47c76b1e28');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100009', '58b148ea-4306-4250-a751-3c65c192d039', 'ef931131-d44f-4cfb-aae8-45804bb86a38');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 156 39627997', 'f8f35573-c293-4553-a4df-762cb81d6084', '9cb23490-e89d-410c-ab13-8cb50e4538b4');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'f8f35573-c293-4553-a4df-762cb81d6084', 'a2e03928-b61a-44df-a73e-01591d126f2e');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100010', 'f8f35573-c293-4553-a4df-762cb81d6084', '445b3a6e-a74f-49ed-af21-857c2fcdd31e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (415) 904-1154', '4bada54f-d432-47d3-a01c-1dafbaef8b9a', '658b7638-578d-44ae-ade6-27239dc19d13');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '4bada54f-d432-47d3-a01c-1dafbaef8b9a', '53c9bc1c-aa95-4b73-adfb-5c2b1b9a09d2');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100011', '4bada54f-d432-47d3-a01c-1dafbaef8b9a', 'fbf6db2a-0134-4290-a68b-57e4b2ddb87c');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 152 22404186', '6d05eafb-a992-4430-a3e8-bc528036e602', 'e3e6366e-d7ca-4890-a1e9-f2a927aa730e');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '6d05eafb-a992-4430-a3e8-bc528036e602', 'ffd1d014-956b-4adc-ae2f-dab20b1aa07b');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100012', '6d05eafb-a992-4430-a3e8-bc528036e602', '5ee1980d-538c-4afb-a7cb-35b207d14408');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 65 15 68 48', '823b40c5-4ef6-4097-a0ce-076ea7078cd0', '887c4a5e-d381-478a-aeb2-82028c55ff0f');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '823b40c5-4ef6-4097-a0ce-076ea7078cd0', '752e941d-fc67-48d3-ae64-0f7bfec34c4d');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100013', '823b40c5-4ef6-4097-a0ce-076ea7078cd0', '7c9d4803-1ac7-4d57-af31-46338161ff57');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7740 111774', '44d9edf3-4dac-41e7-a656-2939ea333df3', 'c6d3652e-e2d1-4aa7-aca5-6f55c650cb9a');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '44d9edf3-4dac-41e7-a656-2939ea333df3', '37196c72-c0cd-46be-ad03-75aab55f30fa');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100014', '44d9edf3-4dac-41e7-a656-2939ea333df3', '8c6c6b62-92e6-4158-a9ae-b7a7e686096a');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 62066222', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', 'b60b13a7-c972-4fdf-a5f7-72ab6df3fb8b');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', '5743d8a9-2c1c-4c47-a5c4-d4cf422ecc34');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100015', 'c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', '1570197f-c4f0-44af-a7d1-5dd5fef58ad7');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 151 52926464', '5c55d9cd-b0da-4715-a7ba-f5e96cc3fbf3', 'a82db79a-741d-485a-ad4e-7fe261d55c71');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '5c55d9cd-b0da-4715-a7ba-f5e96cc3fbf3', '57f39f99-a825-4ee6-a879-c8e5885344f0');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100016', '5c55d9cd-b0da-4715-a7ba-f5e96cc3fbf3', 'f4b76768-eb26-4eed-a4b0-b704c8597e3e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7626 438016', 'ff9b3277-7efb-4590-a25b-3bf1ff79e4a8', 'e027bfd8-b0f3-4299-a09e-601004b4d01b');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'ff9b3277-7efb-4590-a25b-3bf1ff79e4a8', 'f24ccb0f-4433-4d2d-a740-bb5628121ec3');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100017', 'ff9b3277-7efb-4590-a25b-3bf1ff79e4a8', '1d257565-6677-45d4-ade7-309e4fc6302e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 28424078', 'a1c09f2f-b6b6-4ebc-a280-464190b6a92b', '24780452-07af-476f-abea-a6de22ef4513');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'a1c09f2f-b6b6-4ebc-a280-464190b6a92b', '9685fdc5-3704-40e9-a018-aef589b2545f');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100018', 'a1c09f2f-b6b6-4ebc-a280-464190b6a92b', '9fcf4bf8-b512-428c-a45f-3b63cb3e17be');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7692 444350', 'b923d13a-6525-49a4-affc-f9259dc1b8f0', '4299e0da-d9f4-45e5-ab0a-e1db528758bc');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'b923d13a-6525-49a4-affc-f9259dc1b8f0', '9f3c4b81-cf78-4ad1-abca-1783bc90d0af');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100019', 'b923d13a-6525-49a4-affc-f9259dc1b8f0', '1a61a16f-0539-4de5-a7d8-fa14fe03c80e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7699 383923', 'e19901a0-27df-4da1-a3f0-cdbe03287f0b', '7020b147-9907-4c3e-a798-ba1123726be8');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'e19901a0-27df-4da1-a3f0-cdbe03287f0b', '588663fa-112e-4350-a937-1507fd82cfa5');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100020', 'e19901a0-27df-4da1-a3f0-cdbe03287f0b', '48f0df73-dcf0-43cb-a80e-82fb2dc5e42a');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 45 15 13 41', '864c3447-d90e-4e75-a163-dd7cf97b9e44', '397757f9-defd-4d35-a940-2bc4ac60f5e7');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '864c3447-d90e-4e75-a163-dd7cf97b9e44', '3567b4da-e784-4fdc-a125-e0aa84d502a9');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100021', '864c3447-d90e-4e75-a163-dd7cf97b9e44', '1ca8b51d-2e53-424f-a7f9-10c9429971a1');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7629 995040', '5532bdc2-f63e-495e-ad24-60c77abea04f', 'd772f8b6-9b97-409c-a639-1630e34eb2f6');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '5532bdc2-f63e-495e-ad24-60c77abea04f', '20a6a432-82b3-4a46-a561-567d57b581b5');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100022', '5532bdc2-f63e-495e-ad24-60c77abea04f', 'b95f4d71-f2bc-44e2-a427-60d6a678deac');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 153 64301651', 'ca834c63-f959-4dcf-a8ad-23fa9771a365', '301f4961-7a3e-4c8c-aa92-cbf6aa487f49');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'ca834c63-f959-4dcf-a8ad-23fa9771a365', 'e50303e5-f651-40e0-a4d0-82246ce0cd25');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100023', 'ca834c63-f959-4dcf-a8ad-23fa9771a365', '00177073-2de2-4c9e-aaa7-a4a3ea8d6008');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+49 156 75149896', '97246fde-a270-4af8-a409-050d1dc06306', '740b25f6-2f8f-4649-a666-cd5c185d6530');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '97246fde-a270-4af8-a409-050d1dc06306', 'd23a7926-5833-4e4b-a8f5-ad0c3f8ddcbd');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100024', '97246fde-a270-4af8-a409-050d1dc06306', '3c39f3b4-e54d-4971-a577-94a08ceed5a4');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7457 961405', '14eb3605-91b8-403f-a6bf-efd2c45b1627', '6dffd044-805a-4dc1-a5c3-b14932d87c92');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '14eb3605-91b8-403f-a6bf-efd2c45b1627', '34f79e2f-565e-43f9-ab71-7dc12f30ad2a');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100025', '14eb3605-91b8-403f-a6bf-efd2c45b1627', '94d76fd3-59ff-4f77-a823-3550526f0f39');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (617) 662-4361', '670883fb-da02-471f-a936-7bdacd7ada60', 'e365547d-3ba2-4225-a706-45861b5cfbc3');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '670883fb-da02-471f-a936-7bdacd7ada60', '2c08dea5-5ea3-4663-ada0-be9a076805b1');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100026', '670883fb-da02-471f-a936-7bdacd7ada60', 'da198844-0d19-4cba-a363-0a2938585367');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (206) 401-9605', '623c6046-9229-4dc2-a916-4640eeb7244a', '6fc0486e-db93-458e-ae04-b1501a5a12ba');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '623c6046-9229-4dc2-a916-4640eeb7244a', 'e6d62dba-a33d-450b-ad85-bb2d7b2cd5ca');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100027', '623c6046-9229-4dc2-a916-4640eeb7244a', 'd44c6d62-4a74-49a6-a4d0-98840170891d');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (415) 223-3237', 'bdba958f-5bc0-46a4-a7d2-98c2024797cc', '8ca2ad83-375e-456c-af7f-edbd435d2986');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'bdba958f-5bc0-46a4-a7d2-98c2024797cc', '39397e98-fb0b-4ff7-aa33-7012f5f722aa');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100028', 'bdba958f-5bc0-46a4-a7d2-98c2024797cc', '5757a296-8fe6-4ee5-a5b8-c7ced545479e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 51458068', '9a2546b2-d64f-488a-a4c7-aff49de674ee', '54c96c45-8f76-4567-a968-5987e12c574e');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '9a2546b2-d64f-488a-a4c7-aff49de674ee', '28bcf093-947a-4ce6-a8bf-0aab173a398d');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100029', '9a2546b2-d64f-488a-a4c7-aff49de674ee', 'e24d2e47-118e-4184-a0a0-fdf301863302');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 65 31 45 65', '01116eca-4a16-4340-ab6b-168affb8a047', '79b4d982-0232-45f0-a7fa-f76fefc428e3');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '01116eca-4a16-4340-ab6b-168affb8a047', '04322f10-3f8a-4ebc-a799-d93b841fc6f8');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100030', '01116eca-4a16-4340-ab6b-168affb8a047', '71b41f88-f6d1-4cd5-a890-1dc6f37965ca');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 55576177', 'bd4467a4-703c-40ed-aad5-42c4d439195f', '707cc98f-e9c9-469b-aa0b-e3277646fc72');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'bd4467a4-703c-40ed-aad5-42c4d439195f', 'd9662da4-3797-4cbe-a7fc-2708d3e59be8');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100031', 'bd4467a4-703c-40ed-aad5-42c4d439195f', '58af8c8a-734b-40d6-a3f0-2978989edb07');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 70025384', 'b7c6290d-a500-4091-acdc-ddd1f91964e2', '37e1d8dc-ffde-4f06-ae5b-1686ae7eb7f7');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'b7c6290d-a500-4091-acdc-ddd1f91964e2', '706e4333-e75a-4e42-a2c3-c85826509000');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100032', 'b7c6290d-a500-4091-acdc-ddd1f91964e2', 'e083e9ee-c13d-4127-a63b-a9dbac83af2a');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 89454224', '80765e18-cd75-48e0-a359-4003912342e3', '5913a794-25ca-4759-a95e-f0ec80dd16e3');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '80765e18-cd75-48e0-a359-4003912342e3', '9f6a85f0-82db-46a0-aa74-cd1efb7e3c71');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100033', '80765e18-cd75-48e0-a359-4003912342e3', '0184fb22-88de-4512-aaa5-acfc998a5dbd');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7502 710592', '33f7eb24-3b31-4611-a66b-632fae13ace3', 'cda264c5-fe0b-4849-aa32-884a3ac1092a');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '33f7eb24-3b31-4611-a66b-632fae13ace3', '01b4fe0f-7345-4bbc-a706-0491a805ba13');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100034', '33f7eb24-3b31-4611-a66b-632fae13ace3', '4dec0c71-1f6a-44c9-a77b-b5f2ed7d60da');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+44 7496 186266', '9d151873-b843-4f33-acec-482241ed7ec5', 'e176050b-adc2-4c5e-a091-f78dcef1da23');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '9d151873-b843-4f33-acec-482241ed7ec5', '0515db42-5902-458f-a1ec-be5dff4d9bdf');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100035', '9d151873-b843-4f33-acec-482241ed7ec5', '5efcd579-55e2-4067-a4e4-aee0a7f3092f');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+1 (415) 965-5452', 'a6f41af7-0ce1-48cd-a147-47f66e7cc626', '3452bd77-1434-4300-a9ae-9776a9dc953f');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'a6f41af7-0ce1-48cd-a147-47f66e7cc626', 'f3b0f822-5167-4a06-a761-2532f8bdaf4c');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100036', 'a6f41af7-0ce1-48cd-a147-47f66e7cc626', '88c6da25-e16a-4123-a438-9011f70da396');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 14 74 52 31', 'c8549b25-a37a-4d42-ad27-338cb0186bd3', 'c0f13887-bd88-4852-a157-d715ae7e57e1');
INSERT INTO public.user_attribute VALUES ('locale', 'de', 'c8549b25-a37a-4d42-ad27-338cb0186bd3', 'a8dc47c7-439b-47d1-a5cb-20fc6bd4963f');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100037', 'c8549b25-a37a-4d42-ad27-338cb0186bd3', '74256ba8-aa43-4c5a-a071-848059001a50');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '+33 6 23 96 78 13', '4e1c321a-29de-4f3e-aeb1-815d30b4b651', 'daa02a25-f778-4977-af03-9088a6202c10');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '4e1c321a-29de-4f3e-aeb1-815d30b4b651', 'bb52cf41-a665-494b-a295-f5fe2b8dab43');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100038', '4e1c321a-29de-4f3e-aeb1-815d30b4b651', 'e5d7dd15-5a6b-4b69-ace6-c150277fca8e');
INSERT INTO public.user_attribute VALUES ('phoneNumber', '030 85957173', '7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0', '096d506e-3525-480d-aa33-3c776a484a54');
INSERT INTO public.user_attribute VALUES ('locale', 'de', '7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0', 'ff538570-16e9-4fe3-aa79-2c2fff820782');
INSERT INTO public.user_attribute VALUES ('customerNumber', 'C100039', '7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0', '887463d4-1eb7-4b16-a8cd-8cd5c5d5ec2a');


--
-- Data for Name: user_entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_entity VALUES ('e7503a79-230e-43aa-a0d6-a66a0690ca89', 'camille.nielsen44@gmail.com', 'camille.nielsen44@gmail.com', true, true, NULL, 'Camille', 'Nielsen', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'camille.nielsen44', 1700000000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('6325e793-9408-4d9d-aaa2-afbd96e1324e', 'martin.fischer69@gmail.com', 'martin.fischer69@gmail.com', true, true, NULL, 'Martin', 'Fischer', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'martin.fischer69', 1700086400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('33408a73-b563-4bd2-a4ce-dfcd2e60c690', 'liam.novak35@icloud.com', 'liam.novak35@icloud.com', true, true, NULL, 'Liam', 'Novak', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'liam.novak35', 1700172800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('d52b3b58-b5b4-4147-afce-17ff16431f45', 'olivia.weber47@icloud.com', 'olivia.weber47@icloud.com', true, true, NULL, 'Olivia', 'Weber', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'olivia.weber47', 1700259200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('8c8b0cb8-ae85-4ee0-a0a9-7183bf96e697', 'chiara.lopez99@outlook.com', 'chiara.lopez99@outlook.com', true, true, NULL, 'Chiara', 'López', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'chiara.lopez99', 1700345600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('37f36b44-94f2-471f-a8a1-480f1fc3f7d5', 'lukas.schmidt17@icloud.com', 'lukas.schmidt17@icloud.com', true, true, NULL, 'Lukas', 'Schmidt', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lukas.schmidt17', 1700432000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('1d50617f-da97-4fee-a4df-04d2351f9c41', 'jan.rossi78@posteo.de', 'jan.rossi78@posteo.de', true, true, NULL, 'Jan', 'Rossi', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'jan.rossi78', 1700518400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('aec60402-1f8f-4230-a77c-d50c5bda229f', 'daniel.becker59@posteo.de', 'daniel.becker59@posteo.de', true, true, NULL, 'Daniel', 'Becker', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'daniel.becker59', 1700604800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('f944dfc1-510e-4ad4-aa15-bf4cc5619452', 'martin.weber28@gmx.de', 'martin.weber28@gmx.de', true, true, NULL, 'Martin', 'Weber', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'martin.weber28', 1700691200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('58b148ea-4306-4250-a751-3c65c192d039', 'liam.kowalski2@posteo.de', 'liam.kowalski2@posteo.de', true, true, NULL, 'Liam', 'Kowalski', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'liam.kowalski2', 1700777600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('f8f35573-c293-4553-a4df-762cb81d6084', 'lena.novak1@proton.me', 'lena.novak1@proton.me', true, true, NULL, 'Lena', 'Novak', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lena.novak1', 1700864000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('4bada54f-d432-47d3-a01c-1dafbaef8b9a', 'lena.hoffmann53@gmx.de', 'lena.hoffmann53@gmx.de', true, true, NULL, 'Lena', 'Hoffmann', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lena.hoffmann53', 1700950400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('6d05eafb-a992-4430-a3e8-bc528036e602', 'martin.moreau33@yahoo.fr', 'martin.moreau33@yahoo.fr', true, true, NULL, 'Martin', 'Moreau', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'martin.moreau33', 1701036800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('823b40c5-4ef6-4097-a0ce-076ea7078cd0', 'chiara.johnson45@gmx.de', 'chiara.johnson45@gmx.de', true, true, NULL, 'Chiara', 'Johnson', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'chiara.johnson45', 1701123200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('44d9edf3-4dac-41e7-a656-2939ea333df3', 'david.moreau78@web.de', 'david.moreau78@web.de', true, true, NULL, 'David', 'Moreau', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'david.moreau78', 1701209600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('c3ba546d-7ba8-4f0d-ab80-60dc51b68cca', 'lukas.lopez21@yahoo.fr', 'lukas.lopez21@yahoo.fr', true, true, NULL, 'Lukas', 'López', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lukas.lopez21', 1701296000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('5c55d9cd-b0da-4715-a7ba-f5e96cc3fbf3', 'sarah.taylor36@web.de', 'sarah.taylor36@web.de', true, true, NULL, 'Sarah', 'Taylor', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'sarah.taylor36', 1701382400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('ff9b3277-7efb-4590-a25b-3bf1ff79e4a8', 'emily.williams98@posteo.de', 'emily.williams98@posteo.de', true, true, NULL, 'Emily', 'Williams', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'emily.williams98', 1701468800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('a1c09f2f-b6b6-4ebc-a280-464190b6a92b', 'jonas.taylor3@outlook.com', 'jonas.taylor3@outlook.com', true, true, NULL, 'Jonas', 'Taylor', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'jonas.taylor3', 1701555200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('b923d13a-6525-49a4-affc-f9259dc1b8f0', 'jan.rossi33@gmail.com', 'jan.rossi33@gmail.com', true, true, NULL, 'Jan', 'Rossi', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'jan.rossi33', 1701641600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('e19901a0-27df-4da1-a3f0-cdbe03287f0b', 'laura.lopez68@posteo.de', 'laura.lopez68@posteo.de', true, true, NULL, 'Laura', 'López', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'laura.lopez68', 1701728000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('864c3447-d90e-4e75-a163-dd7cf97b9e44', 'daniel.nielsen66@yahoo.fr', 'daniel.nielsen66@yahoo.fr', true, true, NULL, 'Daniel', 'Nielsen', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'daniel.nielsen66', 1701814400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('5532bdc2-f63e-495e-ad24-60c77abea04f', 'sophie.richter81@icloud.com', 'sophie.richter81@icloud.com', true, true, NULL, 'Sophie', 'Richter', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'sophie.richter81', 1701900800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('ca834c63-f959-4dcf-a8ad-23fa9771a365', 'martin.martinez95@outlook.com', 'martin.martinez95@outlook.com', true, true, NULL, 'Martin', 'Martínez', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'martin.martinez95', 1701987200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('97246fde-a270-4af8-a409-050d1dc06306', 'maria.hoffmann93@gmx.de', 'maria.hoffmann93@gmx.de', true, true, NULL, 'Maria', 'Hoffmann', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'maria.hoffmann93', 1702073600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('14eb3605-91b8-403f-a6bf-efd2c45b1627', 'jonas.weber85@gmx.de', 'jonas.weber85@gmx.de', true, true, NULL, 'Jonas', 'Weber', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'jonas.weber85', 1702160000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('670883fb-da02-471f-a936-7bdacd7ada60', 'martin.fischer56@web.de', 'martin.fischer56@web.de', true, true, NULL, 'Martin', 'Fischer', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'martin.fischer56', 1702246400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('623c6046-9229-4dc2-a916-4640eeb7244a', 'daniel.garcia28@yahoo.fr', 'daniel.garcia28@yahoo.fr', true, true, NULL, 'Daniel', 'García', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'daniel.garcia28', 1702332800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('bdba958f-5bc0-46a4-a7d2-98c2024797cc', 'carlos.dubois75@yahoo.fr', 'carlos.dubois75@yahoo.fr', true, true, NULL, 'Carlos', 'Dubois', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'carlos.dubois75', 1702419200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('9a2546b2-d64f-488a-a4c7-aff49de674ee', 'lucas.garcia81@gmx.de', 'lucas.garcia81@gmx.de', true, true, NULL, 'Lucas', 'García', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lucas.garcia81', 1702505600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('01116eca-4a16-4340-ab6b-168affb8a047', 'jonas.moreau56@proton.me', 'jonas.moreau56@proton.me', true, true, NULL, 'Jonas', 'Moreau', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'jonas.moreau56', 1702592000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('bd4467a4-703c-40ed-aad5-42c4d439195f', 'lucia.weber54@gmx.de', 'lucia.weber54@gmx.de', true, true, NULL, 'Lucia', 'Weber', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lucia.weber54', 1702678400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('b7c6290d-a500-4091-acdc-ddd1f91964e2', 'lena.fischer2@gmail.com', 'lena.fischer2@gmail.com', true, true, NULL, 'Lena', 'Fischer', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lena.fischer2', 1702764800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('80765e18-cd75-48e0-a359-4003912342e3', 'pierre.muller64@hotmail.com', 'pierre.muller64@hotmail.com', true, true, NULL, 'Pierre', 'Müller', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'pierre.muller64', 1702851200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('33f7eb24-3b31-4611-a66b-632fae13ace3', 'lucas.taylor54@yahoo.fr', 'lucas.taylor54@yahoo.fr', true, true, NULL, 'Lucas', 'Taylor', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'lucas.taylor54', 1702937600000, NULL, 0);
INSERT INTO public.user_entity VALUES ('9d151873-b843-4f33-acec-482241ed7ec5', 'laura.schmidt37@gmx.de', 'laura.schmidt37@gmx.de', true, true, NULL, 'Laura', 'Schmidt', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'laura.schmidt37', 1703024000000, NULL, 0);
INSERT INTO public.user_entity VALUES ('a6f41af7-0ce1-48cd-a147-47f66e7cc626', 'pierre.bernard36@outlook.com', 'pierre.bernard36@outlook.com', true, true, NULL, 'Pierre', 'Bernard', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'pierre.bernard36', 1703110400000, NULL, 0);
INSERT INTO public.user_entity VALUES ('c8549b25-a37a-4d42-ad27-338cb0186bd3', 'anna.johnson18@proton.me', 'anna.johnson18@proton.me', true, true, NULL, 'Anna', 'Johnson', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'anna.johnson18', 1703196800000, NULL, 0);
INSERT INTO public.user_entity VALUES ('4e1c321a-29de-4f3e-aeb1-815d30b4b651', 'laura.brown18@icloud.com', 'laura.brown18@icloud.com', true, true, NULL, 'Laura', 'Brown', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'laura.brown18', 1703283200000, NULL, 0);
INSERT INTO public.user_entity VALUES ('7a28b5b6-8b22-4b39-a4c7-21a4400ac4c0', 'camille.muller68@gmail.com', 'camille.muller68@gmail.com', true, true, NULL, 'Camille', 'Müller', 'e37094e1-67ad-4aa3-a060-e8ef64a9049c', 'camille.muller68', 1703369600000, NULL, 0);


--
-- Data for Name: web_origins; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.web_origins VALUES ('d39af4ce-4709-4794-a7a5-4037502557c3', 'https://shop.acme-retail.de');
INSERT INTO public.web_origins VALUES ('0ee3e6bc-28ad-4ef9-af2c-2ffbc715a611', 'https://backoffice.acme-retail.de');
INSERT INTO public.web_origins VALUES ('bd8c9de1-3dc6-4d24-afb6-07eed1558ace', 'https://grafana.ops.acme-retail.de');


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


