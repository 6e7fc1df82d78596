-- A clean hand-off of a Directus project (schema in real-cms.include.sql), sanitized as dumpguard's help
-- says: one fixed argon2 hash of a throwaway password for every user, numbered session stand-ins,
-- placeholders in request headers, synthetic people under reserved domains, documentation addresses.
\ir real-cms.include.sql

INSERT INTO public.directus_roles (id, name, icon, description, ip_access, admin_access) VALUES
('6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', 'Administrator', 'verified', '$t:admin_description', NULL, true),
('7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', 'Editor', 'edit', 'Content editors', NULL, false),
('8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'API', 'api', 'Server-to-server', '192.0.2.0/24', false);

INSERT INTO public.directus_users (id, first_name, last_name, email, password, location, title, tags, language, tfa_secret, status, role, token, last_access, provider, auth_data) VALUES
('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', 'Test', 'User 1', 'user1@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Admin', '["team-a"]', 'de-DE', NULL, 'active', '6b1e3a2c-0d4f-4e5a-9b7c-8d9e0f1a2b3c', NULL, '2024-03-01 08:00:00+00', 'default', NULL),
('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', 'Test', 'User 2', 'user2@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Redakteur', '["team-a"]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-02 08:00:00+00', 'default', NULL),
('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03', 'Test', 'User 3', 'user3@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'Redakteur', '[]', 'de-DE', NULL, 'active', '7c2f4b3d-1e5a-4f6b-8c8d-9e0f1a2b3c4d', NULL, '2024-03-03 08:00:00+00', 'default', NULL),
('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04', 'Test', 'User 4', 'user4@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FuaXRpemVkc2FsdA$7pZcbqTq6m2VYjT0F4c8z1Tg2yZ6Jt7VxG6mH1uQJmA', NULL, 'API', '[]', 'en-US', NULL, 'active', '8d3a5c4e-2f6b-4a7c-9d9e-0f1a2b3c4d5e', 'REDACTED', NULL, 'default', NULL);

INSERT INTO public.directus_sessions (token, "user", expires, ip, user_agent, origin) VALUES
('session-1', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', '2024-03-08 08:00:00+00', '192.0.2.11', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'https://cms.example.com'),
('session-2', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', '2024-03-08 09:00:00+00', '192.0.2.12', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'https://cms.example.com'),
('session-3', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03', '2024-03-08 10:00:00+00', '2001:db8::13', 'directus-sdk/15.1.0', 'https://cms.example.com');

INSERT INTO public.directus_activity (id, action, "user", "timestamp", ip, user_agent, collection, item) VALUES
(1, 'login', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01', '2024-03-01 08:00:00+00', '192.0.2.11', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'directus_users', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01'),
(2, 'create', NULL, '2024-03-01 09:12:00+00', '203.0.113.40', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', 'contact_requests', '1'),
(3, 'create', NULL, '2024-03-02 14:40:00+00', '203.0.113.41', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'contact_requests', '2'),
(4, 'update', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02', '2024-03-03 10:00:00+00', '192.0.2.12', 'directus-sdk/15.1.0', 'contact_requests', '2');

INSERT INTO public.directus_revisions (id, activity, collection, item, data, delta) VALUES
(1, 2, 'contact_requests', '1', '{"id":1,"name":"Contact 1","email":"contact1@example.com","phone":"+1 202-555-0101","message":"Lorem ipsum dolor sit amet.","ip":"203.0.113.40"}', '{"name":"Contact 1","email":"contact1@example.com"}'),
(2, 3, 'contact_requests', '2', '{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}', '{"name":"Contact 2","email":"contact2@example.com"}'),
(3, 4, 'contact_requests', '2', '{"id":2,"name":"Contact 2","email":"contact2@example.com","phone":"+1 202-555-0102","message":"Lorem ipsum.","ip":"203.0.113.41"}', '{"message":"Lorem ipsum."}');

INSERT INTO public.directus_settings (id, project_name, project_url, auth_password_policy, storage_asset_presets, mapbox_key) VALUES
(1, 'Example CMS', 'https://cms.example.com', '/(?=^.{8,}$)(?=.*\d)(?=.*[A-Z])(?=.*[a-z]).*/', '[{"key":"thumb","fit":"cover","width":200,"height":200,"quality":80}]', NULL);

INSERT INTO public.directus_webhooks (id, name, method, url, actions, collections, headers) VALUES
(1, 'Rebuild site', 'POST', 'https://build.example.invalid/hooks/REPLACE_ME', 'create,update,delete', 'articles', '[{"header":"Authorization","value":"Bearer <token>"}]');

INSERT INTO public.directus_operations (id, name, key, type, options, flow) VALUES
('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e6f', 'Post to CRM', 'post_crm', 'request', '{"method":"POST","url":"https://crm.example.com/api/v2/leads","headers":[{"header":"X-Api-Key","value":"{{$env.CRM_API_KEY}}"}],"body":"{{$trigger.payload}}"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a'),
('9e4b6d5f-3a7c-4b8d-8eaf-1a2b3c4d5e70', 'Mail team', 'mail_team', 'mail', '{"to":["team@example.com"],"subject":"Neue Anfrage"}', 'af5c7e6a-4b8d-4c9e-9fba-2b3c4d5e6f7a');

INSERT INTO public.directus_shares (id, name, collection, item, password, times_used, max_uses) VALUES
('b06d8f7b-5c9e-4dab-8acb-3c4d5e6f7a8b', 'Preview', 'articles', '12', NULL, 3, 10);

INSERT INTO public.contact_requests (id, name, email, phone, message, ip, date_created) VALUES
(1, 'Contact 1', 'contact1@example.com', '+1 202-555-0101', 'Lorem ipsum dolor sit amet.', '203.0.113.40', '2024-03-01 09:12:00+00'),
(2, 'Contact 2', 'contact2@example.com', '+1 202-555-0102', 'Lorem ipsum.', '203.0.113.41', '2024-03-02 14:40:00+00');

SELECT pg_catalog.setval('public.directus_activity_id_seq', 4, true);
SELECT pg_catalog.setval('public.directus_revisions_id_seq', 3, true);
