--
-- PostgreSQL database dump
--

\restrict kfBvWvnrdqsKusVTrvD2Bmtz8Cdhpvg3TaNOWoqy6q7jcCvuMNo08asalFXYlXM

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

--
-- Data for Name: contact_requests; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.contact_requests (id, name, email, phone, message, ip, date_created) FROM stdin;
1	Contact 1	contact1@example.com	+1 202-555-0101	Lorem ipsum dolor sit amet.	203.0.113.40	2024-03-01 09:12:00+00
2	Contact 2	contact2@example.com	+1 202-555-0102	Lorem ipsum.	203.0.113.41	2024-03-02 14:40:00+00
\.


--
-- Data for Name: directus_activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_activity (id, action, "user", "timestamp", ip, user_agent, collection, item) FROM stdin;
1	login	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01	2024-03-01 08:00:00+00	192.0.2.11	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	directus_users	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01
2	create	\N	2024-03-01 09:12:00+00	203.0.113.40	Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)	contact_requests	1
3	create	\N	2024-03-02 14:40:00+00	203.0.113.41	Mozilla/5.0 (Windows NT 10.0; Win64; x64)	contact_requests	2
4	update	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02	2024-03-03 10:00:00+00	192.0.2.12	directus-sdk/15.1.0	contact_requests	2
\.


--
-- Data for Name: directus_operations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_operations (id, name, key, type, options, flow) FROM stdin;
9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e6f	Post to CRM	post_crm	request	{"method":"POST","url":"https://crm.example.com/api/v2/leads","headers":[{"header":"X-Api-Key","value":"{{$env.CRM_API_KEY}}"}],"body":"{{$trigger.payload}}"}	af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a
9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e70	Mail team	mail_team	mail	{"to":["team@example.com"],"subject":"Neue Anfrage"}	af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a
\.


--
-- Data for Name: directus_revisions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_revisions (id, activity, collection, item, data, delta) FROM stdin;
1	2	contact_requests	1	{"id":1,"name":"Contact 1","email":"contact1@example.com","phone":"+1 202-555-0101","message":"Lorem ipsum dolor sit amet.","ip":"203.0.113.40"}	{"name":"Contact 1","email":"contact1@example.com"}
2	3	contact_requests	2	{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}	{"name":"Contact 2","email":"contact2@example.com"}
3	4	contact_requests	2	{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}	{"message":"Lorem ipsum."}
\.


--
-- Data for Name: directus_roles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_roles (id, name, icon, description, ip_access, admin_access) FROM stdin;
6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c	Administrator	verified	$t:admin_description	\N	t
7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d	Editor	edit	Content editors	\N	f
8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e	API	api	Server-to-server	192.0.2.0/24	f
\.


--
-- Data for Name: directus_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_users (id, first_name, last_name, email, password, location, title, tags, language, tfa_secret, status, role, token, last_access, provider, auth_data) FROM stdin;
0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01	Test	User 1	user1@example.com	$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA	\N	Admin	["team-a"]	de-DE	\N	active	6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c	\N	2024-03-01 08:00:00+00	default	\N
0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02	Test	User 2	user2@example.com	$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA	\N	Redakteur	["team-a"]	de-DE	\N	active	7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d	\N	2024-03-02 08:00:00+00	default	\N
0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03	Test	User 3	user3@example.com	$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA	\N	Redakteur	[]	de-DE	\N	active	7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d	\N	2024-03-03 08:00:00+00	default	\N
0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04	Test	User 4	user4@example.com	$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA	\N	API	[]	en-US	\N	active	8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e	REDACTED	\N	default	\N
\.


--
-- Data for Name: directus_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_sessions (token, "user", expires, ip, user_agent, origin) FROM stdin;
session-1	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01	2024-03-08 08:00:00+00	192.0.2.11	Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0	https://cms.example.com
session-2	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02	2024-03-08 09:00:00+00	192.0.2.12	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15	https://cms.example.com
session-3	0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03	2024-03-08 10:00:00+00	2001:db8::13	directus-sdk/15.1.0	https://cms.example.com
\.


--
-- Data for Name: directus_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_settings (id, project_name, project_url, auth_password_policy, storage_asset_presets, mapbox_key) FROM stdin;
1	Example CMS	https://cms.example.com	/(?=^.{8,}$)(?=.*\\d)(?=.*[A-Z])(?=.*[a-z]).*/	[{"key":"thumb","fit":"cover","width":200,"height":200,"quality":80}]	\N
\.


--
-- Data for Name: directus_shares; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_shares (id, name, collection, item, password, times_used, max_uses) FROM stdin;
b06d8f7b-5c9e-4dab-8acb-3c4d5e6f7a8b	Preview	articles	12	\N	3	10
\.


--
-- Data for Name: directus_webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.directus_webhooks (id, name, method, url, actions, collections, headers) FROM stdin;
1	Rebuild site	POST	https://build.example.invalid/hooks/REPLACE_ME	create,update,delete	articles	[{"header":"Authorization","value":"Bearer <token>"}]
\.


--
-- Name: contact_requests_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.contact_requests_id_seq', 1, false);


--
-- Name: directus_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_activity_id_seq', 4, true);


--
-- Name: directus_revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_revisions_id_seq', 3, true);


--
-- Name: directus_settings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_settings_id_seq', 1, false);


--
-- Name: directus_webhooks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_webhooks_id_seq', 1, false);


--
-- PostgreSQL database dump complete
--

\unrestrict kfBvWvnrdqsKusVTrvD2Bmtz8Cdhpvg3TaNOWoqy6q7jcCvuMNo08asalFXYlXM

