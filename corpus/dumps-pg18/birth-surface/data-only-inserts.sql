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
-- Data for Name: birth_registry; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000001', 'os-proposal', 'draft', NULL, 1, 'a6b92f51d77e81a970925a55ff5e32eee28545e38a9a6ee5cec0fc03e88e4894', '{"seq": 1, "lane": "rehearsal"}', '2025-03-01 10:00:00+00', NULL, NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000002', 'surface-binding', 'draft', NULL, 1, 'cc189e39e83b124e432c77549e2022776a504bb1e3b4bbb84fb17de19b8cee15', '{"seq": 2, "lane": "rehearsal"}', '2025-03-01 11:00:00+00', NULL, NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000003', 'registry-entry', 'draft', NULL, 1, 'e4947aef2717d44296ed4c4cd6216576ffa5e72585909896866291e7b06ae0f1', '{"seq": 3, "lane": "rehearsal"}', '2025-03-01 12:00:00+00', NULL, NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000004', 'os-proposal', 'applied', NULL, 2, 'c6a61795cfa8f4d5c9058b3afbffe0baa09def01dc7baaf75cff5f7fea7e1278', '{"seq": 4, "lane": "rehearsal"}', '2025-03-01 13:00:00+00', '2025-03-02 13:00:00+00', NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000005', 'surface-binding', 'applied', NULL, 2, '6a938010d0dc23a6cd23b6e671c88898fe95d9073547e58927e0145343dda6e5', '{"seq": 5, "lane": "rehearsal"}', '2025-03-01 14:00:00+00', '2025-03-02 14:00:00+00', NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000006', 'registry-entry', 'applied', NULL, 2, '39eabce15f582a3e719f34c8f629f36a5c1ea4bafd0a658e6d122ea12bfcf4c2', '{"seq": 6, "lane": "rehearsal"}', '2025-03-01 15:00:00+00', '2025-03-02 15:00:00+00', NULL);
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000007', 'os-proposal', 'rolled_back', 'applied', 3, 'cfbeb160bfed2aee9929ad08fd30ec075f9ac9f5586ca4d91017e184b77be107', '{"seq": 7, "lane": "rehearsal"}', '2025-03-01 16:00:00+00', '2025-03-02 16:00:00+00', '2025-03-03 16:00:00+00');
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000008', 'surface-binding', 'rolled_back', 'applied', 3, '5716e1642c5c8efaf4835a952c82782d82bc37d730ae49267c245301f4dbffe4', '{"seq": 8, "lane": "rehearsal"}', '2025-03-01 17:00:00+00', '2025-03-02 17:00:00+00', '2025-03-03 17:00:00+00');
INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000009', 'registry-entry', 'rolled_back', 'applied', 3, '094c9f92671307d9c96e6ab11f7a1c9bf1789c960b07aee04f435bd4231e36c3', '{"seq": 9, "lane": "rehearsal"}', '2025-03-01 18:00:00+00', '2025-03-02 18:00:00+00', '2025-03-03 18:00:00+00');


--
-- Data for Name: directus_activity; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_activity VALUES (1, 'create', '30000000-0000-4000-8000-000000000002', '2025-03-01 10:00:00+00', '192.0.2.11', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000001', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (2, 'create', '30000000-0000-4000-8000-000000000002', '2025-03-01 11:00:00+00', '192.0.2.12', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000002', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (3, 'create', '30000000-0000-4000-8000-000000000002', '2025-03-01 12:00:00+00', '192.0.2.13', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000003', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (4, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 13:00:00+00', '192.0.2.14', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000004', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (5, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 14:00:00+00', '192.0.2.15', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000005', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (6, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 15:00:00+00', '192.0.2.16', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000006', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (7, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 16:00:00+00', '192.0.2.17', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000007', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (8, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 17:00:00+00', '192.0.2.18', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000008', NULL, 'https://cms.rehearsal.invalid');
INSERT INTO public.directus_activity VALUES (9, 'update', '30000000-0000-4000-8000-000000000002', '2025-03-01 18:00:00+00', '192.0.2.19', 'rehearsal-runner/1.0', 'birth_registry', '00000000-0000-4000-8000-000000000009', NULL, 'https://cms.rehearsal.invalid');


--
-- Data for Name: directus_revisions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_revisions VALUES (1, 1, 'birth_registry', '00000000-0000-4000-8000-000000000001', '{"object_id" : "00000000-0000-4000-8000-000000000001", "status" : "draft"}', '{"status" : "draft"}', NULL);
INSERT INTO public.directus_revisions VALUES (2, 2, 'birth_registry', '00000000-0000-4000-8000-000000000002', '{"object_id" : "00000000-0000-4000-8000-000000000002", "status" : "draft"}', '{"status" : "draft"}', NULL);
INSERT INTO public.directus_revisions VALUES (3, 3, 'birth_registry', '00000000-0000-4000-8000-000000000003', '{"object_id" : "00000000-0000-4000-8000-000000000003", "status" : "draft"}', '{"status" : "draft"}', NULL);
INSERT INTO public.directus_revisions VALUES (4, 4, 'birth_registry', '00000000-0000-4000-8000-000000000004', '{"object_id" : "00000000-0000-4000-8000-000000000004", "status" : "applied"}', '{"status" : "applied"}', NULL);
INSERT INTO public.directus_revisions VALUES (5, 5, 'birth_registry', '00000000-0000-4000-8000-000000000005', '{"object_id" : "00000000-0000-4000-8000-000000000005", "status" : "applied"}', '{"status" : "applied"}', NULL);
INSERT INTO public.directus_revisions VALUES (6, 6, 'birth_registry', '00000000-0000-4000-8000-000000000006', '{"object_id" : "00000000-0000-4000-8000-000000000006", "status" : "applied"}', '{"status" : "applied"}', NULL);
INSERT INTO public.directus_revisions VALUES (7, 7, 'birth_registry', '00000000-0000-4000-8000-000000000007', '{"object_id" : "00000000-0000-4000-8000-000000000007", "status" : "rolled_back"}', '{"status" : "rolled_back"}', NULL);
INSERT INTO public.directus_revisions VALUES (8, 8, 'birth_registry', '00000000-0000-4000-8000-000000000008', '{"object_id" : "00000000-0000-4000-8000-000000000008", "status" : "rolled_back"}', '{"status" : "rolled_back"}', NULL);
INSERT INTO public.directus_revisions VALUES (9, 9, 'birth_registry', '00000000-0000-4000-8000-000000000009', '{"object_id" : "00000000-0000-4000-8000-000000000009", "status" : "rolled_back"}', '{"status" : "rolled_back"}', NULL);


--
-- Data for Name: directus_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_users VALUES ('30000000-0000-4000-8000-000000000001', NULL, 'Tester1', 'registry-steward@example.com', NULL, NULL, 'Steward', NULL, NULL, NULL, NULL, NULL, 'active', '40000000-0000-4000-8000-000000000001', NULL, '2025-03-03 12:00:00+00', NULL, 'default', NULL, NULL, false);
INSERT INTO public.directus_users VALUES ('30000000-0000-4000-8000-000000000002', NULL, 'Tester2', 'rehearsal-bot@example.com', NULL, NULL, 'Automation', NULL, NULL, NULL, NULL, NULL, 'active', '40000000-0000-4000-8000-000000000002', NULL, '2025-03-03 12:05:00+00', NULL, 'default', NULL, NULL, false);


--
-- Data for Name: directus_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: directus_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_settings VALUES (1, 'Birth rehearsal', 'https://cms.rehearsal.invalid', '#6644FF', 'Isolated rehearsal lane', 25, 'all', 'en-US');


--
-- Data for Name: handoff_attestation; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.handoff_attestation VALUES ('This is a sanitized, NON-production copy; no live pointers.', '2025-03-04 09:00:00+00');


--
-- Data for Name: os_proposal_approvals; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.os_proposal_approvals VALUES (1, '00000000-0000-4000-8000-000000000001', 'OSP-101', 'os-steward', 'pending', NULL, 'sha256:9fa9e4133d7992b077edad9f0c1ca5a51c5253b1f8e7ad647c1f948979beb987');
INSERT INTO public.os_proposal_approvals VALUES (2, '00000000-0000-4000-8000-000000000001', 'OSP-101', 'registry-admin', 'pending', NULL, 'sha256:1b1a1c2a94a7d4aef1e698ee34b686ddf8ea864c73244ff4df0f8d3dcda0164e');
INSERT INTO public.os_proposal_approvals VALUES (3, '00000000-0000-4000-8000-000000000002', 'OSP-102', 'os-steward', 'pending', NULL, 'sha256:af93129cbbb1d9fd7a6f86acddf349118ea60d3f127ad075981420391b3cb249');
INSERT INTO public.os_proposal_approvals VALUES (4, '00000000-0000-4000-8000-000000000002', 'OSP-102', 'registry-admin', 'pending', NULL, 'sha256:7dfcb1847f2d0fe22a25ac62ab1ad25574e0da5dba0a1950a36ae653a3a2d6e6');
INSERT INTO public.os_proposal_approvals VALUES (5, '00000000-0000-4000-8000-000000000003', 'OSP-103', 'os-steward', 'pending', NULL, 'sha256:5187011a8258d66e17a0bfd1156473c7b71dcf79e79427299d378037e99ecf57');
INSERT INTO public.os_proposal_approvals VALUES (6, '00000000-0000-4000-8000-000000000003', 'OSP-103', 'registry-admin', 'pending', NULL, 'sha256:25a5381c453a33d5a01977d01ea0e316b59a00a4c5e5d8be0c982e8678c49f84');
INSERT INTO public.os_proposal_approvals VALUES (7, '00000000-0000-4000-8000-000000000004', 'OSP-104', 'os-steward', 'approved', '2025-03-02 12:00:00+00', 'sha256:a5e5c96a08c85dc6995e7c7097997017fd99cd2d598ec454db3aa54714f6ca31');
INSERT INTO public.os_proposal_approvals VALUES (8, '00000000-0000-4000-8000-000000000004', 'OSP-104', 'registry-admin', 'approved', '2025-03-02 12:00:00+00', 'sha256:7dfc3aab71098a975bcadc474e8e69c8cdf35fabddf6ca973240ab987507f168');
INSERT INTO public.os_proposal_approvals VALUES (9, '00000000-0000-4000-8000-000000000005', 'OSP-105', 'os-steward', 'approved', '2025-03-02 13:00:00+00', 'sha256:6403b8884d21d6686a088725f8fe3bc7bae760362a54b5207e5179efa1bd2484');
INSERT INTO public.os_proposal_approvals VALUES (10, '00000000-0000-4000-8000-000000000005', 'OSP-105', 'registry-admin', 'approved', '2025-03-02 13:00:00+00', 'sha256:1e59cdec2bdeea61ebfc46718e1d9c6371fda5e9af47a9c81cde14a295d7c759');
INSERT INTO public.os_proposal_approvals VALUES (11, '00000000-0000-4000-8000-000000000006', 'OSP-106', 'os-steward', 'approved', '2025-03-02 14:00:00+00', 'sha256:69bcc2f6d172b56d32ac0ae3f6be63f6e7a4249ed6443278e29e6acb78d417f8');
INSERT INTO public.os_proposal_approvals VALUES (12, '00000000-0000-4000-8000-000000000006', 'OSP-106', 'registry-admin', 'approved', '2025-03-02 14:00:00+00', 'sha256:f72ef2e19a23e31deb7e959581d96b24b2003e26795566519cd635c6df040172');
INSERT INTO public.os_proposal_approvals VALUES (13, '00000000-0000-4000-8000-000000000007', 'OSP-107', 'os-steward', 'approved', '2025-03-02 15:00:00+00', 'sha256:8ba90e60941924f4a9ba38d56936015edc76b9be5e86c4e22a7f799c8342d6b0');
INSERT INTO public.os_proposal_approvals VALUES (14, '00000000-0000-4000-8000-000000000007', 'OSP-107', 'registry-admin', 'approved', '2025-03-02 15:00:00+00', 'sha256:4d9d7026758b368c87867675f884c6ed0944c061cafd8812f5fd25beb198b8e1');
INSERT INTO public.os_proposal_approvals VALUES (15, '00000000-0000-4000-8000-000000000008', 'OSP-108', 'os-steward', 'approved', '2025-03-02 16:00:00+00', 'sha256:512a4f41d43906b59f73cf843ae13c71e1fa6db3b6515e58a2cc5d6c7ce8f6b0');
INSERT INTO public.os_proposal_approvals VALUES (16, '00000000-0000-4000-8000-000000000008', 'OSP-108', 'registry-admin', 'approved', '2025-03-02 16:00:00+00', 'sha256:381286896a760c370ceab846cfddeecc9807505f9a3507b70e93010ac36c2da0');
INSERT INTO public.os_proposal_approvals VALUES (17, '00000000-0000-4000-8000-000000000009', 'OSP-109', 'os-steward', 'approved', '2025-03-02 17:00:00+00', 'sha256:6176dc5d00ef1990d8cfdf40f991d3fe7d69217835be87375f526721a69c3ab6');
INSERT INTO public.os_proposal_approvals VALUES (18, '00000000-0000-4000-8000-000000000009', 'OSP-109', 'registry-admin', 'approved', '2025-03-02 17:00:00+00', 'sha256:842668aedfe2243cd74bedea712e93af563ed4297ca204ad826a6d8cd82f227a');


--
-- Data for Name: rehearsal_snapshots; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.rehearsal_snapshots VALUES ('20000000-0000-4000-8000-000000000001', 'before', '2025-03-01 20:00:00+00', '448559ede323a50faea6ffecc9a6cfd474214919e7008aa157588d14ed5711c0');
INSERT INTO public.rehearsal_snapshots VALUES ('20000000-0000-4000-8000-000000000002', 'after-apply', '2025-03-02 20:00:00+00', '9d4c51d19f43c5cbdb5ba5857f1ddfa1c5b1af97ba363216154ca2b7da841527');
INSERT INTO public.rehearsal_snapshots VALUES ('20000000-0000-4000-8000-000000000003', 'after-rollback', '2025-03-03 20:00:00+00', '80f05f4fb333d463df1b6c6d5bd01673d402be5aef4b1068248320dc70121b5e');


--
-- Data for Name: system_issues; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.system_issues VALUES ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 'minor', 'closed', 'Apply step retried once after a lock timeout', '2025-03-02 10:30:00+00', '2025-03-02 11:00:00+00');
INSERT INTO public.system_issues VALUES ('10000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000007', 'major', 'open', 'Rollback left a stale cache entry', '2025-03-03 10:15:00+00', NULL);
INSERT INTO public.system_issues VALUES ('10000000-0000-4000-8000-000000000003', NULL, 'info', 'open', 'Rehearsal lane provisioned', '2025-03-01 08:00:00+00', NULL);


--
-- Name: directus_activity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_activity_id_seq', 9, true);


--
-- Name: directus_revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_revisions_id_seq', 9, true);


--
-- Name: directus_settings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.directus_settings_id_seq', 1, true);


--
-- Name: os_proposal_approvals_approval_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.os_proposal_approvals_approval_id_seq', 18, true);


--
-- PostgreSQL database dump complete
--


