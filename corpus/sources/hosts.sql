-- corpus: variants=plain,inserts,column-inserts,data-only,schema-only,quote-all-identifiers,globals
-- Live-host pointers planted in every context issue 6 lists (the live-host-pointers rule must
-- find each one with the right severity, object and line). Safe names and false-positive bait
-- sit next to them and must not be reported.

CREATE EXTENSION postgres_fdw;
CREATE EXTENSION dblink;

-- Connection targets (error) -------------------------------------------------------------------

-- An FDW server on an internal name, and one on a public name.
CREATE SERVER erp_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'erp-db.corp', port '5432', dbname 'erp');
CREATE SERVER billing_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'pg-primary.billing-prod.com', port '5432', dbname 'billing');
-- A multi-host libpq value: both hosts are targets.
CREATE SERVER ha_link FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.40.0.11,10.40.0.12', dbname 'ha');
CREATE USER MAPPING FOR postgres SERVER erp_link OPTIONS (user 'erp_reader', password 'not-a-real-password');

-- A wrapper without a validator accepts any option anywhere: hosts in a user mapping and in a
-- foreign table's options survive into the dump as written.
CREATE FOREIGN DATA WRAPPER legacy_fdw;
CREATE SERVER legacy_link FOREIGN DATA WRAPPER legacy_fdw OPTIONS (endpoint 'https://legacy-api.acme-corp.net/v2');
CREATE USER MAPPING FOR postgres SERVER legacy_link OPTIONS (hostaddr '172.16.8.20', login 'svc');
CREATE FOREIGN TABLE public.remote_orders (
    id integer,
    total numeric
) SERVER erp_link OPTIONS (schema_name 'sales', table_name 'orders');
CREATE FOREIGN TABLE public.legacy_items (
    sku text
) SERVER legacy_link OPTIONS (hostname 'items.lan', path '/items');

-- Logical replication subscriptions, created without connecting.
CREATE PUBLICATION local_pub FOR ALL TABLES;
CREATE SUBSCRIPTION orders_sub
  CONNECTION 'host=10.20.0.15 port=5432 dbname=shop user=repl'
  PUBLICATION shop_pub WITH (connect = false);
CREATE SUBSCRIPTION audit_sub
  CONNECTION 'postgresql://repl@replica.acme-shop.com:5432/audit?sslmode=require'
  PUBLICATION audit_pub WITH (connect = false);

-- dblink in routine bodies.
CREATE FUNCTION public.pull_erp_orders() RETURNS SETOF record
    LANGUAGE sql
    AS $$
  SELECT * FROM dblink('host=192.168.50.10 dbname=erp user=etl', 'SELECT id, total FROM orders') AS t(id integer, total numeric)
$$;
CREATE PROCEDURE public.push_warehouse()
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM dblink_connect('wh', 'postgresql://etl@warehouse.acme-data.net/dw');
  PERFORM dblink_exec('wh', 'REFRESH MATERIALIZED VIEW daily');
  PERFORM dblink_disconnect('wh');
END
$$;

-- Values (warning) -----------------------------------------------------------------------------

CREATE TABLE public.webhooks (
    id integer PRIMARY KEY,
    target_url text NOT NULL,
    callback_url text DEFAULT 'https://callbacks.acme-prod.com/hook',
    note text
);
COMMENT ON TABLE public.webhooks IS 'Mirrors postgresql://mirror.internal/shop every night; see public.webhooks.id and report.pdf';
COMMENT ON COLUMN public.webhooks.target_url IS 'Production receivers live behind https://gateway.acme-prod.com';

INSERT INTO public.webhooks VALUES
  (1, 'https://hooks.acme-prod.com/orders/T0001', NULL, 'release 1.2.3.4 shipped'),
  (2, 'https://hooks.acme-prod.com/refunds', NULL, 'see index.html and main.go'),
  (3, 'https://hooks.example.com/test', 'https://cb.example.org/x', 'com.example.app handles it'),
  (4, 'http://10.0.3.7:8080/ingest', NULL, 'fallback: host=db-fallback.corp port=5432 dbname=shop'),
  (5, 'https://api.partner-payments.io/v1/notify?key=abc123', NULL, 'mail ops@acme-prod.com'),
  (6, 'http://intake.internal/queue', NULL, 'OID 1.2.840.113549.1.1.11, v2.10.3'),
  (7, 'https://hooks.acme-prod.com/returns', NULL, NULL);

CREATE TABLE public.db_nodes (
    id integer PRIMARY KEY,
    hostname text,
    addr inet,
    net cidr,
    version text,
    config jsonb
);
INSERT INTO public.db_nodes VALUES
  (1, 'pg-1.internal', '10.1.2.3', '10.1.0.0/16', '15.4.0.1', '{"replicas": [{"host": "pg-2.internal", "port": 5432}], "docs": "https://docs.example.com"}'),
  (2, 'pgprimary', '192.168.7.7', '192.168.0.0/16', '1.2.3.4', '{"replicas": [], "metrics": {"endpoint": "https://metrics.acme-prod.com/push"}}'),
  (3, 'db.acme-prod.com', '8.8.4.4', '100.64.0.0/10', '16.0', '{"replicas": [{"host": "standby.acme-prod.com"}]}'),
  (4, 'localhost', '127.0.0.1', '192.0.2.0/24', '2.0', '{"replicas": [{"host": "db.test"}]}'),
  (5, 'replica.example.net', 'fe80::1', 'fd00:ab::/32', '3.0', NULL),
  (6, 'db.invalid', '2001:db8::10', '203.0.113.0/24', '4.0', '{}');

-- A routine that only names qualified SQL objects: not a host (false-positive bait).
CREATE FUNCTION public.search_path_reset() RETURNS void
    LANGUAGE sql
    AS $$ SELECT pg_catalog.set_config('search_path', 'public', false); SELECT count(public.webhooks.id) FROM public.webhooks $$;

CREATE VIEW public.webhook_links AS
  SELECT id, 'http://reports.corp/webhooks/' || id::text AS link FROM public.webhooks;
