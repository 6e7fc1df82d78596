-- Cluster-wide: a role setting that names an internal host (pg_dumpall writes it as ALTER ROLE ... SET).
CREATE ROLE etl_reader NOLOGIN;
ALTER ROLE etl_reader SET app.warehouse_host TO 'wh-1.corp';
