-- A dirty copy of the shop database (schema in real-shop.include.sql): real-looking customers, hashes,
-- tokens and production endpoints. The expected findings are listed in real-shop-dirty.expected.json.
\ir real-shop.include.sql
\ir real-shop-common.include.sql

INSERT INTO public.core_config_data (config_id, scope, path, value) VALUES
(1, 'default', 'web/secure/base_url', 'https://www.acme-shop.de/'),
(2, 'default', 'web/unsecure/base_url', 'http://www.acme-shop.de/'),
(3, 'default', 'general/locale/code', 'de_DE'),
(4, 'default', 'payment/stripe/secret_key', 'Zm9vYmFyLXN0cmlwZS1rZXktbm90LXJlYWwtMTIzNDU2'),
(5, 'default', 'carriers/ups/password', 'UpsAcme#2023'),
(6, 'default', 'carriers/ups/gateway_url', 'https://onlinetools.ups.com/ups.app/xml/Rate'),
(7, 'default', 'admin/security/session_lifetime', '900'),
(8, 'default', 'design/head/default_description', 'Outdoor clothing and cookware, shipped from Hamburg');

INSERT INTO public.shop_setting (name, value) VALUES
('redirect-all-requests-to-https', 'true'),
('cookie-consent-banner', 'enabled'),
('smtp-password', 'Sm7p!AcmeShop'),
('storefront-theme', 'acme-2024'),
('order-number-prefix', 'DE-');

INSERT INTO public.plugin (id, plugin_key, config) VALUES
(1, 'paypal-express', '{"mode":"live","auth":"BAC","client_id":"AcmeShopLive","client_secret":"EHx9-Qk2Lw8Zr4Tn6Vb1Yc3Xd5Fg7Hj9Kl0Mn2Pq4","return_url":"https://www.acme-shop.de/paypal/return"}'),
(2, 'matomo', '{"site_id":3,"tracker_url":"https://stats.acme-shop.de/matomo.php","token_auth":"qXSTs98vPlL2aEJXquQrDs0GPRZwwrPw"}');

INSERT INTO public.webhook (id, event, url, secret) VALUES
(1, 'order.created', 'https://erp.acme-shop.de/api/orders', 'V81Aw71l33SCx9vHjHkm1x72EsSfUQUA'),
(2, 'order.refunded', 'https://erp.acme-shop.de/api/refunds', 'V81Aw71l33SCx9vHjHkm1x72EsSfUQUA');

INSERT INTO public.customer_entity (id, email, firstname, lastname, password_hash, rp_token, created_at) VALUES
(1, 'jens.hartmann@web.de', 'Jens', 'Hartmann', '$2y$10$Uh1vT4ICjwTkBT/PoXLlI7FsEE..OPJJZcNOLNla0ipJGV6ea.f6b', NULL, '2023-06-01 12:00:00'),
(2, 'sabine.krueger@gmx.de', 'Sabine', 'Krüger', '$2y$10$hbxcLxwK5U0hn0pik/t3LNDTvghUvBjZ2r9OfiGfX9bcbK8HbxI48', 'a8Kq2Lm9Xz4Rt7Vb1Nc6Yw3Pd5Fh0Jg8', '2023-06-01 12:00:01'),
(3, 'm.oconnor@yahoo.co.uk', 'Michael', 'O''Connor', '$2y$10$n2SgUupG52zeOEEoBJrjH5pZGuJuycxXZwnGCkKzfL9yWi6h2biXy', NULL, '2023-06-02 08:30:00');

INSERT INTO public.sales_order (id, customer_id, increment_id, grand_total, discount_rate, tax_id, tracking_ref, remote_ip, created_at) VALUES
(1, 1, '000000001', 59.9000, 0.42857143, 1, 'f47ac10b-58cc-4372-a567-0e02b2c3d479', '84.141.32.19', '2023-06-01 12:05:01.996577'),
(2, 2, '000000002', 78.0000, 0.1, 1, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '2003:e2:1f0b:4c00:8d1:5bff:fe3a:91c2', '2023-06-01 12:06:43.100001'),
(3, 3, '000000003', 45.5000, 0, 2, '6ba7b811-9dad-11d1-80b4-00c04fd430c8', '86.12.201.44', '2023-06-02 08:35:12.000123');
