-- Torture: what PostgreSQL's regression database made the catalog get wrong (issue 13), and every
-- object kind pg_dump writes that the catalog used to pass over. Synthetic values only, except the
-- large object, which holds a planted (fake) credential so that its bytes are proven to reach the rules.

-- Item 1: a partition that does not take its parent's default (pg_dump writes DEFAULT NULL on it).
CREATE TABLE public.events (
  id integer NOT NULL,
  kind text DEFAULT 'misc'::text NOT NULL,
  at date DEFAULT '2024-01-01'::date NOT NULL,
  note text DEFAULT 'none'::text
) PARTITION BY LIST (kind);
CREATE TABLE public.events_login PARTITION OF public.events FOR VALUES IN ('login');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
ALTER TABLE public.events_login ALTER COLUMN note DROP DEFAULT;
ALTER TABLE public.events_other ALTER COLUMN note SET DEFAULT 'other'::text;
INSERT INTO public.events (id, kind, at) VALUES (1, 'login', '2024-02-01'), (2, 'logout', '2024-02-02');

-- Item 2: a base type declared through a shell, and a shell never completed.
CREATE TYPE public.label;
CREATE FUNCTION public.label_in(cstring) RETURNS public.label LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION public.label_out(public.label) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE public.label (INPUT = public.label_in, OUTPUT = public.label_out, LIKE = text);
CREATE TYPE public.never_completed;
CREATE TABLE public.labelled (id integer PRIMARY KEY, tag public.label);
INSERT INTO public.labelled VALUES (1, 'first'), (2, 'second');

-- Item 3: RETURNS TABLE.
CREATE FUNCTION public.explain_lines(n integer) RETURNS TABLE(explain_line json, line_no integer)
  LANGUAGE sql STABLE AS $$ SELECT '{}'::json, g FROM generate_series(1, n) g $$;

-- Item 4: composite attributes whose type is several words.
CREATE TYPE public.stamp AS (c timestamp without time zone, d double precision, e character varying(20), f bit varying(8), g time with time zone);
CREATE TABLE public.stamped OF public.stamp;

-- Item 5: a view in a dependency loop (pg_dump writes a placeholder, then CREATE OR REPLACE VIEW).
CREATE TABLE public.things (key integer PRIMARY KEY, label text);
INSERT INTO public.things VALUES (1, 'one'), (2, 'two');
CREATE VIEW public.thing_view AS SELECT key, label FROM public.things;
CREATE FUNCTION public.thing_rows() RETURNS SETOF public.thing_view LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT key, label FROM public.things; END;
CREATE OR REPLACE VIEW public.thing_view AS SELECT r.key, r.label FROM public.thing_rows() r;

-- Item 6: inheritance of generated and identity columns.
CREATE TABLE public.parent_gen (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  a integer NOT NULL DEFAULT 1,
  doubled integer GENERATED ALWAYS AS (a * 2) STORED
);
CREATE TABLE public.child_gen () INHERITS (public.parent_gen);
CREATE TABLE public.child_merge (a integer NOT NULL, doubled integer, extra text) INHERITS (public.parent_gen);
INSERT INTO public.child_gen (id, a) VALUES (10, 5);

-- Item 7: collations that must keep their quotes.
CREATE COLLATION public."Upper Case" (provider = icu, locale = 'und');
CREATE TABLE public.collated (
  a text COLLATE pg_catalog."C",
  b text COLLATE pg_catalog."POSIX",
  c character varying(10) COLLATE public."Upper Case",
  d text COLLATE pg_catalog."default"
);

-- Item 8: object kinds besides tables.
CREATE TABLE public.audit_log (id integer, what text);
CREATE TABLE public.audit_sink (id integer, what text);
CREATE RULE audit_redirect AS ON INSERT TO public.audit_log WHERE (new.id < 0) DO INSTEAD INSERT INTO public.audit_sink VALUES (new.id, new.what);

CREATE FUNCTION public.label_eq(public.label, public.label) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1::text = $2::text $$;
CREATE FUNCTION public.label_cmp(public.label, public.label) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1::text < $2::text THEN -1 WHEN $1::text > $2::text THEN 1 ELSE 0 END $$;
CREATE CAST (public.label AS text) WITHOUT FUNCTION AS IMPLICIT;
CREATE CAST (text AS public.label) WITHOUT FUNCTION AS ASSIGNMENT;
CREATE OPERATOR public.=== (LEFTARG = public.label, RIGHTARG = public.label, FUNCTION = public.label_eq, COMMUTATOR = OPERATOR(public.===));
CREATE OPERATOR FAMILY public.label_family USING btree;
CREATE OPERATOR CLASS public.label_ops FOR TYPE public.label USING btree FAMILY public.label_family AS
  OPERATOR 3 public.===(public.label, public.label), FUNCTION 1 public.label_cmp(public.label, public.label);
CREATE FUNCTION public.label_text_cmp(public.label, text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT 0 $$;
ALTER OPERATOR FAMILY public.label_family USING btree ADD FUNCTION 1 (public.label, text) public.label_text_cmp(public.label, text);

CREATE TEXT SEARCH TEMPLATE public.simple_tpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.simple_dict (TEMPLATE = public.simple_tpl, stopwords = 'english');
CREATE TEXT SEARCH PARSER public.default_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH CONFIGURATION public.torture_fts (PARSER = public.default_parser);
ALTER TEXT SEARCH CONFIGURATION public.torture_fts ADD MAPPING FOR asciiword, word WITH public.simple_dict;
COMMENT ON TEXT SEARCH CONFIGURATION public.torture_fts IS 'search config';

CREATE TABLE public.measures (a integer, b integer, c text);
INSERT INTO public.measures SELECT g, g % 7, 'x' || g FROM generate_series(1, 20) g;
CREATE STATISTICS public.measures_ab (dependencies, ndistinct) ON a, b FROM public.measures;

CREATE TABLE public.secured (id integer PRIMARY KEY, owner_name text);
ALTER TABLE public.secured ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.secured FORCE ROW LEVEL SECURITY;
CREATE POLICY secured_own ON public.secured USING (owner_name = current_user);
CREATE TABLE public.secured_force_only (id integer);
ALTER TABLE public.secured_force_only FORCE ROW LEVEL SECURITY;

CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER torture_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.on_ddl();

CREATE CONVERSION public.torture_latin1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE ACCESS METHOD torture_heap TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.on_torture_heap (id integer) USING torture_heap;

-- A large object whose bytes hold a (fake) credential, and an empty one with a comment.
SELECT pg_catalog.lo_from_bytea(424242, convert_to('db_url=postgres://admin:Sup3rS3cretPassw0rd@db.internal.example.com:5432/prod' || E'\n' || 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'UTF8'));
SELECT pg_catalog.lo_create(424243);
COMMENT ON LARGE OBJECT 424243 IS 'empty blob';

-- Issue 11 item 12: an empty table (a data-only dump writes its COPY with no rows).
CREATE TABLE public.empty_table (id integer, name text);
