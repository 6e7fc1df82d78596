-- corpus: variants=plain,globals,dumpall
-- Cluster-wide objects for pg_dumpall: roles with attributes and passwords (one SCRAM, one md5),
-- a foreign server with a user mapping, a publication and a subscription created without
-- connecting. Every host is under .invalid; the passwords are fabricated for the corpus.
CREATE ROLE app_owner LOGIN CREATEDB PASSWORD 'corpus-scram-password-1' CONNECTION LIMIT 10 VALID UNTIL '2030-01-01 00:00:00+00';
SET password_encryption = 'md5';
CREATE ROLE legacy_app LOGIN PASSWORD 'corpus-md5-password-2';
RESET password_encryption;
CREATE ROLE readonly NOLOGIN;
CREATE ROLE replicator LOGIN REPLICATION;
GRANT readonly TO legacy_app;

CREATE EXTENSION postgres_fdw;
CREATE SERVER reporting_db FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'reporting.db.invalid', port '5432', dbname 'reporting');
CREATE USER MAPPING FOR app_owner SERVER reporting_db OPTIONS (user 'report_reader', password 'corpus-fdw-password-3');
CREATE FOREIGN TABLE public.remote_totals (day date NOT NULL, total numeric(12,2)) SERVER reporting_db OPTIONS (schema_name 'public', table_name 'daily_totals');

CREATE TABLE public.ledger (id integer PRIMARY KEY, amount numeric(12,2) NOT NULL);
INSERT INTO public.ledger VALUES (1, 10.00), (2, 20.50);
ALTER TABLE public.ledger OWNER TO app_owner;
GRANT SELECT ON public.ledger TO readonly;
CREATE PUBLICATION ledger_pub FOR TABLE public.ledger;
CREATE SUBSCRIPTION ledger_sub CONNECTION 'host=primary.db.invalid port=5432 dbname=ledger user=replicator password=corpus-sub-password-4' PUBLICATION ledger_pub WITH (connect = false, slot_name = NONE, enabled = false);
