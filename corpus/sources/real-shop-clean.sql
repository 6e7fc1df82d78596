-- A clean hand-off of the shop database (schema in real-shop.include.sql): synthetic customers under
-- reserved domains, placeholder hashes, .invalid and example hosts, documentation address ranges.
\ir real-shop.include.sql
\ir real-shop-common.include.sql

INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES
(1, 'default', 'web/secure/base_url', 'https://shop.example.com/'),
(2, 'default', 'web/unsecure/base_url', 'http://shop.example.com/'),
(3, 'default', 'general/locale/code', 'de_DE'),
(4, 'default', 'payment/stripe/secret_key', NULL),
(5, 'default', 'carriers/ups/password', '******'),
(6, 'default', 'carriers/ups/gateway_url', 'https://onlinetools.example.invalid/ups.app/xml/Rate'),
(7, 'default', 'admin/security/session_lifetime', '900'),
(8, 'default', 'design/head/default_description', 'Outdoor clothing and cookware, shipped from Hamburg');

INSERT INTO public.shop_setting (name, value) VALUES
('redirect-all-requests-to-https', 'true'),
('cookie-consent-banner', 'enabled'),
('smtp-password', ''),
('storefront-theme', 'acme-2024'),
('order-number-prefix', 'DE-');

INSERT INTO public.plugin (id, plugin_key, config) VALUES
(1, 'paypal-express', '{"mode":"sandbox","auth":"BAC","client_id":"sandbox-client","client_secret":"REDACTED","return_url":"https://shop.example.com/paypal/return"}'),
(2, 'matomo', '{"site_id":3,"tracker_url":"https://stats.example.invalid/matomo.php","token_auth":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}');

INSERT INTO public.webhook (id, event, url, secret) VALUES
(1, 'order.created', 'https://hooks.example.com/shop/orders', 'REDACTED'),
(2, 'order.refunded', 'https://erp.example.invalid/api/refunds', NULL);

INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES
(1, 'customer1@example.com', 'Test', 'Customer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-01 12:00:00'),
(2, 'customer2@example.com', 'Test', 'Customer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-01 12:00:01'),
(3, 'customer3@example.net', 'Sample', 'Buyer', '$2y$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', NULL, '2023-06-02 08:30:00'),
(4, 'customer4@shop.test', 'Demo', 'Buyer', NULL, NULL, '2023-06-02 08:30:01');

INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES
(1, 1, '000000001', 59.9000, 0.42857143, 1, 'f47ac10b-58cc-4372-a567-0e02b2c3d479', '192.0.2.10', '2023-06-01 12:05:01.996577'),
(2, 2, '000000002', 78.0000, 0.1, 1, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '198.51.100.23', '2023-06-01 12:06:43.100001'),
(3, 3, '000000003', 45.5000, 0, 2, '6ba7b811-9dad-11d1-80b4-00c04fd430c8', '2001:db8::1:5', '2023-06-02 08:35:12.000123'),
(4, 4, '000000004', 104.9000, 0.05263158, 3, NULL, NULL, '2007-01-29 00:58:02.996577');
