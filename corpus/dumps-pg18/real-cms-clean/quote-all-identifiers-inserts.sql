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

--
-- Name: SCHEMA "public"; Type: COMMENT; Schema: -; Owner: pg_database_owner
--

COMMENT ON SCHEMA "public" IS 'standard public schema';


SET default_tablespace = '';

SET default_table_access_method = "heap";

--
-- Name: contact_requests; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."contact_requests" (
    "id" integer NOT NULL,
    "name" character varying(100),
    "email" character varying(128),
    "phone" character varying(40),
    "message" "text",
    "ip" character varying(64),
    "date_created" timestamp with time zone
);


ALTER TABLE "public"."contact_requests" OWNER TO "postgres";

--
-- Name: contact_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."contact_requests_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."contact_requests_id_seq" OWNER TO "postgres";

--
-- Name: contact_requests_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."contact_requests_id_seq" OWNED BY "public"."contact_requests"."id";


--
-- Name: directus_activity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_activity" (
    "id" integer NOT NULL,
    "action" character varying(45) NOT NULL,
    "user" "uuid",
    "timestamp" timestamp with time zone DEFAULT "now"() NOT NULL,
    "ip" character varying(50),
    "user_agent" "text",
    "collection" character varying(64) NOT NULL,
    "item" character varying(255) NOT NULL
);


ALTER TABLE "public"."directus_activity" OWNER TO "postgres";

--
-- Name: directus_activity_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."directus_activity_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."directus_activity_id_seq" OWNER TO "postgres";

--
-- Name: directus_activity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."directus_activity_id_seq" OWNED BY "public"."directus_activity"."id";


--
-- Name: directus_operations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_operations" (
    "id" "uuid" NOT NULL,
    "name" character varying(255),
    "key" character varying(255) NOT NULL,
    "type" character varying(255) NOT NULL,
    "options" json,
    "flow" "uuid" NOT NULL
);


ALTER TABLE "public"."directus_operations" OWNER TO "postgres";

--
-- Name: directus_revisions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_revisions" (
    "id" integer NOT NULL,
    "activity" integer NOT NULL,
    "collection" character varying(64) NOT NULL,
    "item" character varying(255) NOT NULL,
    "data" json,
    "delta" json
);


ALTER TABLE "public"."directus_revisions" OWNER TO "postgres";

--
-- Name: directus_revisions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."directus_revisions_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."directus_revisions_id_seq" OWNER TO "postgres";

--
-- Name: directus_revisions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."directus_revisions_id_seq" OWNED BY "public"."directus_revisions"."id";


--
-- Name: directus_roles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_roles" (
    "id" "uuid" NOT NULL,
    "name" character varying(100) NOT NULL,
    "icon" character varying(30),
    "description" "text",
    "ip_access" "text",
    "admin_access" boolean DEFAULT false NOT NULL
);


ALTER TABLE "public"."directus_roles" OWNER TO "postgres";

--
-- Name: directus_sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_sessions" (
    "token" character varying(64) NOT NULL,
    "user" "uuid",
    "expires" timestamp with time zone NOT NULL,
    "ip" character varying(255),
    "user_agent" "text",
    "origin" character varying(255)
);


ALTER TABLE "public"."directus_sessions" OWNER TO "postgres";

--
-- Name: directus_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_settings" (
    "id" integer NOT NULL,
    "project_name" character varying(100) DEFAULT 'Directus'::character varying NOT NULL,
    "project_url" character varying(255),
    "auth_password_policy" character varying(100),
    "storage_asset_presets" json,
    "mapbox_key" character varying(255)
);


ALTER TABLE "public"."directus_settings" OWNER TO "postgres";

--
-- Name: directus_settings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."directus_settings_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."directus_settings_id_seq" OWNER TO "postgres";

--
-- Name: directus_settings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."directus_settings_id_seq" OWNED BY "public"."directus_settings"."id";


--
-- Name: directus_shares; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_shares" (
    "id" "uuid" NOT NULL,
    "name" character varying(255),
    "collection" character varying(64),
    "item" character varying(255),
    "password" character varying(255),
    "times_used" integer DEFAULT 0,
    "max_uses" integer
);


ALTER TABLE "public"."directus_shares" OWNER TO "postgres";

--
-- Name: directus_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_users" (
    "id" "uuid" NOT NULL,
    "first_name" character varying(50),
    "last_name" character varying(50),
    "email" character varying(128),
    "password" character varying(255),
    "location" character varying(255),
    "title" character varying(50),
    "tags" json,
    "language" character varying(255),
    "tfa_secret" character varying(255),
    "status" character varying(16) DEFAULT 'active'::character varying NOT NULL,
    "role" "uuid",
    "token" character varying(255),
    "last_access" timestamp with time zone,
    "provider" character varying(128) DEFAULT 'default'::character varying NOT NULL,
    "auth_data" json
);


ALTER TABLE "public"."directus_users" OWNER TO "postgres";

--
-- Name: directus_webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."directus_webhooks" (
    "id" integer NOT NULL,
    "name" character varying(255) NOT NULL,
    "method" character varying(10) DEFAULT 'POST'::character varying NOT NULL,
    "url" character varying(255),
    "actions" character varying(100) NOT NULL,
    "collections" character varying(255) NOT NULL,
    "headers" json
);


ALTER TABLE "public"."directus_webhooks" OWNER TO "postgres";

--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."directus_webhooks_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."directus_webhooks_id_seq" OWNER TO "postgres";

--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE "public"."directus_webhooks_id_seq" OWNED BY "public"."directus_webhooks"."id";


--
-- Name: contact_requests id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."contact_requests" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."contact_requests_id_seq"'::"regclass");


--
-- Name: directus_activity id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_activity" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."directus_activity_id_seq"'::"regclass");


--
-- Name: directus_revisions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_revisions" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."directus_revisions_id_seq"'::"regclass");


--
-- Name: directus_settings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_settings" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."directus_settings_id_seq"'::"regclass");


--
-- Name: directus_webhooks id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_webhooks" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."directus_webhooks_id_seq"'::"regclass");


--
-- Data for Name: contact_requests; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."contact_requests" VALUES (1, 'Contact 1', 'contact1@example.com', '+1 202-555-0101', 'Lorem ipsum dolor sit amet.', '203.0.113.40', '2024-03-01 09:12:00+00');
INSERT INTO "public"."contact_requests" VALUES (2, 'Contact 2', 'contact2@example.com', '+1 202-555-0102', 'Lorem ipsum.', '203.0.113.41', '2024-03-02 14:40:00+00');


--
-- Data for Name: directus_activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_activity" VALUES (1, 'login', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', '2024-03-01 08:00:00+00', '192.0.2.11', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'directus_users', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01');
INSERT INTO "public"."directus_activity" VALUES (2, 'create', NULL, '2024-03-01 09:12:00+00', '203.0.113.40', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', 'contact_requests', '1');
INSERT INTO "public"."directus_activity" VALUES (3, 'create', NULL, '2024-03-02 14:40:00+00', '203.0.113.41', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'contact_requests', '2');
INSERT INTO "public"."directus_activity" VALUES (4, 'update', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', '2024-03-03 10:00:00+00', '192.0.2.12', 'directus-sdk/15.1.0', 'contact_requests', '2');


--
-- Data for Name: directus_operations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_operations" VALUES ('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e6f', 'Post to CRM', 'post_crm', 'request', '{"method":"POST","url":"https://crm.example.com/api/v2/leads","headers":[{"header":"X-Api-Key","value":"{{$env.CRM_API_KEY}}"}],"body":"{{$trigger.payload}}"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a');
INSERT INTO "public"."directus_operations" VALUES ('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e70', 'Mail team', 'mail_team', 'mail', '{"to":["team@example.com"],"subject":"Neue Anfrage"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a');


--
-- Data for Name: directus_revisions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_revisions" VALUES (1, 2, 'contact_requests', '1', '{"id":1,"name":"Contact 1","email":"contact1@example.com","phone":"+1 202-555-0101","message":"Lorem ipsum dolor sit amet.","ip":"203.0.113.40"}', '{"name":"Contact 1","email":"contact1@example.com"}');
INSERT INTO "public"."directus_revisions" VALUES (2, 3, 'contact_requests', '2', '{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}', '{"name":"Contact 2","email":"contact2@example.com"}');
INSERT INTO "public"."directus_revisions" VALUES (3, 4, 'contact_requests', '2', '{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}', '{"message":"Lorem ipsum."}');


--
-- Data for Name: directus_roles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_roles" VALUES ('6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', 'Administrator', 'verified', '$t:admin_description', NULL, true);
INSERT INTO "public"."directus_roles" VALUES ('7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', 'Editor', 'edit', 'Content editors', NULL, false);
INSERT INTO "public"."directus_roles" VALUES ('8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'API', 'api', 'Server-to-server', '192.0.2.0/24', false);


--
-- Data for Name: directus_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_sessions" VALUES ('session-1', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', '2024-03-08 08:00:00+00', '192.0.2.11', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'https://cms.example.com');
INSERT INTO "public"."directus_sessions" VALUES ('session-2', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', '2024-03-08 09:00:00+00', '192.0.2.12', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'https://cms.example.com');
INSERT INTO "public"."directus_sessions" VALUES ('session-3', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03', '2024-03-08 10:00:00+00', '2001:db8::13', 'directus-sdk/15.1.0', 'https://cms.example.com');


--
-- Data for Name: directus_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_settings" VALUES (1, 'Example CMS', 'https://cms.example.com', '/(?=^.{8,}$)(?=.*\d)(?=.*[A-Z])(?=.*[a-z]).*/', '[{"key":"thumb","fit":"cover","width":200,"height":200,"quality":80}]', NULL);


--
-- Data for Name: directus_shares; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_shares" VALUES ('b06d8f7b-5c9e-4dab-8acb-3c4d5e6f7a8b', 'Preview', 'articles', '12', NULL, 3, 10);


--
-- Data for Name: directus_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_users" VALUES ('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', 'Test', 'User 1', 'user1@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Admin', '["team-a"]', 'de-DE', NULL, 'active', '6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', NULL, '2024-03-01 08:00:00+00', 'default', NULL);
INSERT INTO "public"."directus_users" VALUES ('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', 'Test', 'User 2', 'user2@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Redakteur', '["team-a"]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-02 08:00:00+00', 'default', NULL);
INSERT INTO "public"."directus_users" VALUES ('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03', 'Test', 'User 3', 'user3@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Redakteur', '[]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-03 08:00:00+00', 'default', NULL);
INSERT INTO "public"."directus_users" VALUES ('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04', 'Test', 'User 4', 'user4@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'API', '[]', 'en-US', NULL, 'active', '8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'REDACTED', NULL, 'default', NULL);


--
-- Data for Name: directus_webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."directus_webhooks" VALUES (1, 'Rebuild site', 'POST', 'https://build.example.invalid/hooks/REPLACE_ME', 'create,update,delete', 'articles', '[{"header":"Authorization","value":"Bearer <token>"}]');


--
-- Name: contact_requests_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."contact_requests_id_seq"', 1, false);


--
-- Name: directus_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."directus_activity_id_seq"', 4, true);


--
-- Name: directus_revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."directus_revisions_id_seq"', 3, true);


--
-- Name: directus_settings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."directus_settings_id_seq"', 1, false);


--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."directus_webhooks_id_seq"', 1, false);


--
-- Name: contact_requests contact_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."contact_requests"
    ADD CONSTRAINT "contact_requests_pkey" PRIMARY KEY ("id");


--
-- Name: directus_activity directus_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_activity"
    ADD CONSTRAINT "directus_activity_pkey" PRIMARY KEY ("id");


--
-- Name: directus_operations directus_operations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_operations"
    ADD CONSTRAINT "directus_operations_pkey" PRIMARY KEY ("id");


--
-- Name: directus_revisions directus_revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_revisions"
    ADD CONSTRAINT "directus_revisions_pkey" PRIMARY KEY ("id");


--
-- Name: directus_roles directus_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_roles"
    ADD CONSTRAINT "directus_roles_pkey" PRIMARY KEY ("id");


--
-- Name: directus_sessions directus_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_sessions"
    ADD CONSTRAINT "directus_sessions_pkey" PRIMARY KEY ("token");


--
-- Name: directus_settings directus_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_settings"
    ADD CONSTRAINT "directus_settings_pkey" PRIMARY KEY ("id");


--
-- Name: directus_shares directus_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_shares"
    ADD CONSTRAINT "directus_shares_pkey" PRIMARY KEY ("id");


--
-- Name: directus_users directus_users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_users"
    ADD CONSTRAINT "directus_users_email_key" UNIQUE ("email");


--
-- Name: directus_users directus_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_users"
    ADD CONSTRAINT "directus_users_pkey" PRIMARY KEY ("id");


--
-- Name: directus_users directus_users_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_users"
    ADD CONSTRAINT "directus_users_token_key" UNIQUE ("token");


--
-- Name: directus_webhooks directus_webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_webhooks"
    ADD CONSTRAINT "directus_webhooks_pkey" PRIMARY KEY ("id");


--
-- Name: directus_sessions directus_sessions_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_sessions"
    ADD CONSTRAINT "directus_sessions_user_fkey" FOREIGN KEY ("user") REFERENCES "public"."directus_users"("id");


--
-- Name: directus_users directus_users_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."directus_users"
    ADD CONSTRAINT "directus_users_role_fkey" FOREIGN KEY ("role") REFERENCES "public"."directus_roles"("id");


--
-- PostgreSQL database dump complete
--


