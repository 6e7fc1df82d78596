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

-- Values real applications keep that look like something they are not (clean and dirty alike).
CREATE TABLE public.misc_values (
    id integer PRIMARY KEY,
    ean character varying(13),
    tracking_number text,
    coordinates text,
    schedule text,
    avatar text,
    api_key_id uuid,
    license_key_hash text,
    stripe_price_id text,
    allowed_ips text,
    version text,
    note text
);

INSERT INTO public.misc_values VALUES
(1, '4006381333931', '1Z999AA10123456784', '48.8566, 2.3522', '0 */5 * * *', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', '0f8fad5b-d9cb-469f-a165-70867728950e', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'price_1MoBy5LkdIwHu7ixZhnattbh', '10.0.0.0/8, 192.168.0.0/16', '4.12.1.2', 'Order DE-2024-000123 shipped 31.12.2023 at 14:05, total 1,234.56 EUR, ISBN 978-3-16-148410-0, SIRET 732 829 320 00074'),
(2, '5901234123457', '9400111899223344556677', '-33.8688, 151.2093', '@daily', NULL, '7c9e6679-7425-40de-944b-e07fc1f90ae7', NULL, 'price_1MoBy5LkdIwHu7ixZhnattbi', '::1', '2.0.0-rc.1', 'Timezone Europe/Berlin, locale de_DE, MIME application/json, see RFC 5322 section 3.4.1');
