-- corpus: variants=plain,inserts,column-inserts,data-only,schema-only,quote-all-identifiers
-- The same shapes as hosts.sql with only safe names and ranges (RFC 2606/6761 names, loopback,
-- RFC 5737/3849 documentation ranges) and issue 6's false-positive bait: the live-host-pointers
-- rule must report nothing here.

CREATE EXTENSION postgres_fdw;
CREATE EXTENSION dblink;

CREATE SERVER erp_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'erp-db.invalid', port '5432', dbname 'erp');
CREATE SERVER billing_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'pg.billing.example.com', port '5432', dbname 'billing');
CREATE SERVER socket_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '/var/run/postgresql', dbname 'local');
CREATE SERVER ha_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '192.0.2.11,198.51.100.12', dbname 'ha');
CREATE USER MAPPING FOR postgres SERVER erp_link OPTIONS (user 'erp_reader', password 'not-a-real-password');

CREATE FOREIGN DATA WRAPPER legacy_fdw;
CREATE SERVER legacy_link FOREIGN DATA WRAPPER legacy_fdw OPTIONS (endpoint 'https://legacy-api.example.net/v2');
CREATE USER MAPPING FOR postgres SERVER legacy_link OPTIONS (hostaddr '127.0.0.1', login 'svc');
CREATE FOREIGN TABLE public.remote_orders (
    id integer,
    total numeric
) SERVER erp_link OPTIONS (schema_name 'sales', table_name 'orders');
CREATE FOREIGN TABLE public.legacy_items (
    sku text
) SERVER legacy_link OPTIONS (hostname 'items.test', path '/items');

CREATE PUBLICATION local_pub FOR ALL TABLES;
CREATE SUBSCRIPTION orders_sub
  CONNECTION 'host=localhost port=5432 dbname=shop user=repl'
  PUBLICATION shop_pub WITH (connect = false);
CREATE SUBSCRIPTION audit_sub
  CONNECTION 'postgresql://repl@[2001:db8::5]:5432/audit?sslmode=require'
  PUBLICATION audit_pub WITH (connect = false);

CREATE FUNCTION public.pull_erp_orders() RETURNS SETOF record
    LANGUAGE sql
    AS $$
  SELECT * FROM dblink('host=127.0.0.1 dbname=erp user=etl', 'SELECT id, total FROM orders') AS t(id integer, total numeric)
$$;
CREATE PROCEDURE public.push_warehouse()
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM dblink_connect('wh', 'postgresql://etl@warehouse.example/dw');
  PERFORM dblink_disconnect('wh');
END
$$;

CREATE TABLE public.webhooks (
    id integer PRIMARY KEY,
    target_url text NOT NULL,
    callback_url text DEFAULT 'https://callbacks.example.com/hook',
    download_url text,
    note text
);
COMMENT ON TABLE public.webhooks IS 'Mirrors postgresql://mirror.localhost/shop every night; see public.webhooks.id and report.pdf';
COMMENT ON COLUMN public.webhooks.target_url IS 'Receivers live behind https://gateway.example.org';

INSERT INTO public.webhooks VALUES
  (1, 'https://hooks.example.com/orders', NULL, 'report.pdf', 'release 1.2.3.4 shipped'),
  (2, 'https://hooks.example.com/refunds', NULL, 'index.html', 'see index.html and main.go'),
  (3, 'https://hooks.example.com/test', 'https://cb.example.org/x', 'main.go', 'com.example.app handles it'),
  (4, 'http://198.51.100.7:8080/ingest', NULL, NULL, 'fallback: host=db-fallback.test port=5432 dbname=shop'),
  (5, 'https://api.payments.test/v1/notify?key=abc123', NULL, NULL, 'mail ops@example.com'),
  (6, 'http://intake.invalid/queue', NULL, NULL, 'OID 1.2.840.113549.1.1.11, v2.10.3, pi 3.14159, 1.000.000 rows'),
  (7, 'http://[::1]:9000/returns', NULL, NULL, 'schema.table and pg_catalog.pg_class are names');

CREATE TABLE public.db_nodes (
    id integer PRIMARY KEY,
    hostname text,
    addr inet,
    net cidr,
    version text,
    package text,
    config jsonb
);
INSERT INTO public.db_nodes VALUES
  (1, 'pg-1.example.com', '127.0.0.1', '127.0.0.0/8', '15.4.0.1', 'com.example.app', '{"replicas": [{"host": "pg-2.test", "port": 5432}], "docs": "https://docs.example.com"}'),
  (2, 'localhost', '192.0.2.7', '192.0.2.0/24', '1.2.3.4', 'org.example.tools', '{"replicas": [], "metrics": {"endpoint": "https://metrics.example.net/push"}}'),
  (3, 'db.localhost', '203.0.113.4', '198.51.100.0/24', 'v2.10.3', 'net.example.lib', '{"replicas": [{"host": "standby.invalid"}]}'),
  (4, 'replica.example', '::1', '2001:db8::/32', '2.0', NULL, NULL),
  (5, 'db.invalid', '2001:db8::10', '203.0.113.0/24', '4.0', NULL, '{}');

-- A routine that only names qualified SQL objects: not a host (false-positive bait).
CREATE FUNCTION public.search_path_reset() RETURNS void
    LANGUAGE sql
    AS $$ SELECT pg_catalog.set_config('search_path', 'public', false); SELECT count(public.webhooks.id) FROM public.webhooks $$;

CREATE VIEW public.webhook_links AS
  SELECT id, 'http://reports.example/webhooks/' || id::text AS link FROM public.webhooks;
