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
-- Name: Upper Case; Type: COLLATION; Schema: public; Owner: postgres
--

CREATE COLLATION public."Upper Case" (provider = icu, locale = 'und');


ALTER COLLATION public."Upper Case" OWNER TO postgres;

--
-- Name: label; Type: SHELL TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.label;


--
-- Name: label_in(cstring); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.label_in(cstring) RETURNS public.label
    LANGUAGE internal IMMUTABLE STRICT
    AS $$textin$$;


ALTER FUNCTION public.label_in(cstring) OWNER TO postgres;

--
-- Name: label_out(public.label); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.label_out(public.label) RETURNS cstring
    LANGUAGE internal IMMUTABLE STRICT
    AS $$textout$$;


ALTER FUNCTION public.label_out(public.label) OWNER TO postgres;

--
-- Name: label; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.label (
    INTERNALLENGTH = variable,
    INPUT = public.label_in,
    OUTPUT = public.label_out,
    ALIGNMENT = int4,
    STORAGE = extended
);


ALTER TYPE public.label OWNER TO postgres;

--
-- Name: never_completed; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.never_completed;


ALTER TYPE public.never_completed OWNER TO postgres;

--
-- Name: stamp; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.stamp AS (
	c timestamp without time zone,
	d double precision,
	e character varying(20),
	f bit varying(8),
	g time with time zone
);


ALTER TYPE public.stamp OWNER TO postgres;

--
-- Name: CAST (public.label AS text); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (public.label AS text) WITHOUT FUNCTION AS IMPLICIT;


--
-- Name: CAST (text AS public.label); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (text AS public.label) WITHOUT FUNCTION AS ASSIGNMENT;


--
-- Name: explain_lines(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.explain_lines(n integer) RETURNS TABLE(explain_line json, line_no integer)
    LANGUAGE sql STABLE
    AS $$ SELECT '{}'::json, g FROM generate_series(1, n) g $$;


ALTER FUNCTION public.explain_lines(n integer) OWNER TO postgres;

--
-- Name: label_cmp(public.label, public.label); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.label_cmp(public.label, public.label) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT CASE WHEN $1::text < $2::text THEN -1 WHEN $1::text > $2::text THEN 1 ELSE 0 END $_$;


ALTER FUNCTION public.label_cmp(public.label, public.label) OWNER TO postgres;

--
-- Name: label_eq(public.label, public.label); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.label_eq(public.label, public.label) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT $1::text = $2::text $_$;


ALTER FUNCTION public.label_eq(public.label, public.label) OWNER TO postgres;

--
-- Name: label_text_cmp(public.label, text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.label_text_cmp(public.label, text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT 0 $$;


ALTER FUNCTION public.label_text_cmp(public.label, text) OWNER TO postgres;

--
-- Name: on_ddl(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.on_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;


ALTER FUNCTION public.on_ddl() OWNER TO postgres;

--
-- Name: thing_view; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.thing_view AS
SELECT
    NULL::integer AS key,
    NULL::text AS label;


ALTER VIEW public.thing_view OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: things; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.things (
    key integer NOT NULL,
    label text
);


ALTER TABLE public.things OWNER TO postgres;

--
-- Name: thing_rows(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.thing_rows() RETURNS SETOF public.thing_view
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT things.key,
     things.label
    FROM public.things;
END;


ALTER FUNCTION public.thing_rows() OWNER TO postgres;

--
-- Name: torture_heap; Type: ACCESS METHOD; Schema: -; Owner: -
--

CREATE ACCESS METHOD torture_heap TYPE TABLE HANDLER heap_tableam_handler;


--
-- Name: ===; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.=== (
    FUNCTION = public.label_eq,
    LEFTARG = public.label,
    RIGHTARG = public.label,
    COMMUTATOR = OPERATOR(public.===)
);


ALTER OPERATOR public.=== (public.label, public.label) OWNER TO postgres;

--
-- Name: label_family; Type: OPERATOR FAMILY; Schema: public; Owner: postgres
--

CREATE OPERATOR FAMILY public.label_family USING btree;
ALTER OPERATOR FAMILY public.label_family USING btree ADD
    FUNCTION 1 (public.label, text) public.label_text_cmp(public.label,text);


ALTER OPERATOR FAMILY public.label_family USING btree OWNER TO postgres;

--
-- Name: label_ops; Type: OPERATOR CLASS; Schema: public; Owner: postgres
--

CREATE OPERATOR CLASS public.label_ops
    FOR TYPE public.label USING btree FAMILY public.label_family AS
    OPERATOR 3 public.===(public.label,public.label) ,
    FUNCTION 1 (public.label, public.label) public.label_cmp(public.label,public.label);


ALTER OPERATOR CLASS public.label_ops USING btree OWNER TO postgres;

--
-- Name: torture_latin1; Type: CONVERSION; Schema: public; Owner: postgres
--

CREATE CONVERSION public.torture_latin1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;


ALTER CONVERSION public.torture_latin1 OWNER TO postgres;

--
-- Name: default_parser; Type: TEXT SEARCH PARSER; Schema: public; Owner: -
--

CREATE TEXT SEARCH PARSER public.default_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    HEADLINE = prsd_headline,
    LEXTYPES = prsd_lextype );


--
-- Name: simple_tpl; Type: TEXT SEARCH TEMPLATE; Schema: public; Owner: -
--

CREATE TEXT SEARCH TEMPLATE public.simple_tpl (
    INIT = dsimple_init,
    LEXIZE = dsimple_lexize );


--
-- Name: simple_dict; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH DICTIONARY public.simple_dict (
    TEMPLATE = public.simple_tpl,
    stopwords = 'english' );


ALTER TEXT SEARCH DICTIONARY public.simple_dict OWNER TO postgres;

--
-- Name: torture_fts; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION public.torture_fts (
    PARSER = public.default_parser );

ALTER TEXT SEARCH CONFIGURATION public.torture_fts
    ADD MAPPING FOR asciiword WITH public.simple_dict;

ALTER TEXT SEARCH CONFIGURATION public.torture_fts
    ADD MAPPING FOR word WITH public.simple_dict;


ALTER TEXT SEARCH CONFIGURATION public.torture_fts OWNER TO postgres;

--
-- Name: TEXT SEARCH CONFIGURATION torture_fts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TEXT SEARCH CONFIGURATION public.torture_fts IS 'search config';


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id integer,
    what text
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: audit_sink; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_sink (
    id integer,
    what text
);


ALTER TABLE public.audit_sink OWNER TO postgres;

--
-- Name: parent_gen; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent_gen (
    id integer NOT NULL,
    a integer DEFAULT 1 NOT NULL,
    doubled integer GENERATED ALWAYS AS ((a * 2)) STORED
);


ALTER TABLE public.parent_gen OWNER TO postgres;

--
-- Name: child_gen; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child_gen (
)
INHERITS (public.parent_gen);


ALTER TABLE public.child_gen OWNER TO postgres;

--
-- Name: child_merge; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child_merge (
    a integer DEFAULT 1 NOT NULL,
    doubled integer,
    extra text
)
INHERITS (public.parent_gen);


ALTER TABLE public.child_merge OWNER TO postgres;

--
-- Name: collated; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.collated (
    a text COLLATE pg_catalog."C",
    b text COLLATE pg_catalog."POSIX",
    c character varying(10) COLLATE public."Upper Case",
    d text
);


ALTER TABLE public.collated OWNER TO postgres;

--
-- Name: empty_table; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.empty_table (
    id integer,
    name text
);


ALTER TABLE public.empty_table OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id integer NOT NULL,
    kind text DEFAULT 'misc'::text NOT NULL,
    at date DEFAULT '2024-01-01'::date NOT NULL,
    note text DEFAULT 'none'::text
)
PARTITION BY LIST (kind);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: events_login; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_login (
    id integer CONSTRAINT events_id_not_null NOT NULL,
    kind text DEFAULT 'misc'::text CONSTRAINT events_kind_not_null NOT NULL,
    at date DEFAULT '2024-01-01'::date CONSTRAINT events_at_not_null NOT NULL,
    note text DEFAULT NULL
);


ALTER TABLE public.events_login OWNER TO postgres;

--
-- Name: events_other; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_other (
    id integer CONSTRAINT events_id_not_null NOT NULL,
    kind text DEFAULT 'misc'::text CONSTRAINT events_kind_not_null NOT NULL,
    at date DEFAULT '2024-01-01'::date CONSTRAINT events_at_not_null NOT NULL,
    note text DEFAULT 'other'::text
);


ALTER TABLE public.events_other OWNER TO postgres;

--
-- Name: labelled; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.labelled (
    id integer NOT NULL,
    tag public.label
);


ALTER TABLE public.labelled OWNER TO postgres;

--
-- Name: measures; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measures (
    a integer,
    b integer,
    c text
);


ALTER TABLE public.measures OWNER TO postgres;

SET default_table_access_method = torture_heap;

--
-- Name: on_torture_heap; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.on_torture_heap (
    id integer
);


ALTER TABLE public.on_torture_heap OWNER TO postgres;

--
-- Name: parent_gen_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.parent_gen ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.parent_gen_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


SET default_table_access_method = heap;

--
-- Name: secured; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.secured (
    id integer NOT NULL,
    owner_name text
);

ALTER TABLE ONLY public.secured FORCE ROW LEVEL SECURITY;


ALTER TABLE public.secured OWNER TO postgres;

--
-- Name: secured_force_only; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.secured_force_only (
    id integer
);

ALTER TABLE ONLY public.secured_force_only FORCE ROW LEVEL SECURITY;


ALTER TABLE public.secured_force_only OWNER TO postgres;

--
-- Name: stamped; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.stamped OF public.stamp;


ALTER TABLE public.stamped OWNER TO postgres;

--
-- Name: events_login; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_login FOR VALUES IN ('login');


--
-- Name: events_other; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_other DEFAULT;


--
-- Name: child_gen a; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.child_gen ALTER COLUMN a SET DEFAULT 1;


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: audit_sink; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: child_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.child_gen VALUES (10, 5, DEFAULT);


--
-- Data for Name: child_merge; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: collated; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: empty_table; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: events_login; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.events_login VALUES (1, 'login', '2024-02-01', 'none');


--
-- Data for Name: events_other; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.events_other VALUES (2, 'logout', '2024-02-02', 'none');


--
-- Data for Name: labelled; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.labelled VALUES (1, 'first');
INSERT INTO public.labelled VALUES (2, 'second');


--
-- Data for Name: measures; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.measures VALUES (1, 1, 'x1');
INSERT INTO public.measures VALUES (2, 2, 'x2');
INSERT INTO public.measures VALUES (3, 3, 'x3');
INSERT INTO public.measures VALUES (4, 4, 'x4');
INSERT INTO public.measures VALUES (5, 5, 'x5');
INSERT INTO public.measures VALUES (6, 6, 'x6');
INSERT INTO public.measures VALUES (7, 0, 'x7');
INSERT INTO public.measures VALUES (8, 1, 'x8');
INSERT INTO public.measures VALUES (9, 2, 'x9');
INSERT INTO public.measures VALUES (10, 3, 'x10');
INSERT INTO public.measures VALUES (11, 4, 'x11');
INSERT INTO public.measures VALUES (12, 5, 'x12');
INSERT INTO public.measures VALUES (13, 6, 'x13');
INSERT INTO public.measures VALUES (14, 0, 'x14');
INSERT INTO public.measures VALUES (15, 1, 'x15');
INSERT INTO public.measures VALUES (16, 2, 'x16');
INSERT INTO public.measures VALUES (17, 3, 'x17');
INSERT INTO public.measures VALUES (18, 4, 'x18');
INSERT INTO public.measures VALUES (19, 5, 'x19');
INSERT INTO public.measures VALUES (20, 6, 'x20');


--
-- Data for Name: on_torture_heap; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: parent_gen; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: secured; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: secured_force_only; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: stamped; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: things; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.things VALUES (1, 'one');
INSERT INTO public.things VALUES (2, 'two');


--
-- Name: parent_gen_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.parent_gen_id_seq', 1, false);


--
-- Name: 424242..424243; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424242');
SELECT pg_catalog.lo_create('424243');

ALTER LARGE OBJECT 424242 OWNER TO postgres;
ALTER LARGE OBJECT 424243 OWNER TO postgres;

--
-- Name: LARGE OBJECT 424243; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 424243 IS 'empty blob';


--
-- Data for Name: 424242..424243; Type: BLOBS; Schema: -; Owner: postgres
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x64625f75726c3d706f7374677265733a2f2f61646d696e3a537570337253336372657450617373773072644064622e696e7465726e616c2e6578616d706c652e636f6d3a353433322f70726f640a6177735f7365637265745f6163636573735f6b65793d774a616c725855746e46454d492f4b374d44454e472f62507852666943594558414d504c454b4559');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('424243', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: labelled labelled_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.labelled
    ADD CONSTRAINT labelled_pkey PRIMARY KEY (id);


--
-- Name: parent_gen parent_gen_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parent_gen
    ADD CONSTRAINT parent_gen_pkey PRIMARY KEY (id);


--
-- Name: secured secured_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.secured
    ADD CONSTRAINT secured_pkey PRIMARY KEY (id);


--
-- Name: things things_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.things
    ADD CONSTRAINT things_pkey PRIMARY KEY (key);


--
-- Name: measures_ab; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.measures_ab (ndistinct, dependencies) ON a, b FROM public.measures;


ALTER STATISTICS public.measures_ab OWNER TO postgres;

--
-- Name: thing_view _RETURN; Type: RULE; Schema: public; Owner: postgres
--

CREATE OR REPLACE VIEW public.thing_view AS
 SELECT key,
    label
   FROM public.thing_rows() r(key, label);


--
-- Name: audit_log audit_redirect; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE audit_redirect AS
    ON INSERT TO public.audit_log
   WHERE (new.id < 0) DO INSTEAD  INSERT INTO public.audit_sink (id, what)
  VALUES (new.id, new.what);


--
-- Name: secured; Type: ROW SECURITY; Schema: public; Owner: postgres
--

ALTER TABLE public.secured ENABLE ROW LEVEL SECURITY;

--
-- Name: secured secured_own; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY secured_own ON public.secured USING ((owner_name = CURRENT_USER));


--
-- Name: torture_ddl; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER torture_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE')
   EXECUTE FUNCTION public.on_ddl();


ALTER EVENT TRIGGER torture_ddl OWNER TO postgres;

--
-- PostgreSQL database dump complete
--


