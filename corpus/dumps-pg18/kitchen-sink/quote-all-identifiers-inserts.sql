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
-- Name: Sales Dept; Type: SCHEMA; Schema: -; Owner: kitchen_owner
--

CREATE SCHEMA "Sales Dept";


ALTER SCHEMA "Sales Dept" OWNER TO "kitchen_owner";

--
-- Name: SCHEMA "Sales Dept"; Type: COMMENT; Schema: -; Owner: kitchen_owner
--

COMMENT ON SCHEMA "Sales Dept" IS 'customer-facing
team''s schema';


--
-- Name: inventory; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "inventory";


ALTER SCHEMA "inventory" OWNER TO "postgres";

--
-- Name: SCHEMA "inventory"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA "inventory" IS 'stock and warehouses';


--
-- Name: SCHEMA "public"; Type: COMMENT; Schema: -; Owner: pg_database_owner
--

COMMENT ON SCHEMA "public" IS 'standard public schema';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "btree_gist" WITH SCHEMA "public";


--
-- Name: EXTENSION "btree_gist"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "btree_gist" IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";


--
-- Name: EXTENSION "citext"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "citext" IS 'data type for case-insensitive character strings';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "public";


--
-- Name: EXTENSION "pgcrypto"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "pgcrypto" IS 'cryptographic functions';


--
-- Name: dimensions; Type: TYPE; Schema: inventory; Owner: postgres
--

CREATE TYPE "inventory"."dimensions" AS (
	"width_mm" integer,
	"height_mm" integer,
	"label" "text"
);


ALTER TYPE "inventory"."dimensions" OWNER TO "postgres";

--
-- Name: TYPE "dimensions"; Type: COMMENT; Schema: inventory; Owner: postgres
--

COMMENT ON TYPE "inventory"."dimensions" IS 'box size';


--
-- Name: mood; Type: TYPE; Schema: public; Owner: kitchen_owner
--

CREATE TYPE "public"."mood" AS ENUM (
    'sad',
    'ok',
    'happy',
    'it''s complicated'
);


ALTER TYPE "public"."mood" OWNER TO "kitchen_owner";

--
-- Name: TYPE "mood"; Type: COMMENT; Schema: public; Owner: kitchen_owner
--

COMMENT ON TYPE "public"."mood" IS 'how it went';


--
-- Name: positive_int; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN "public"."positive_int" AS integer
	CONSTRAINT "positive_int_check" CHECK ((VALUE > 0));


ALTER DOMAIN "public"."positive_int" OWNER TO "postgres";

--
-- Name: DOMAIN "positive_int"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON DOMAIN "public"."positive_int" IS 'strictly positive';


--
-- Name: price_range; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE "public"."price_range" AS RANGE (
    subtype = numeric,
    multirange_type_name = "public"."price_multirange"
);


ALTER TYPE "public"."price_range" OWNER TO "postgres";

--
-- Name: us_postal; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN "public"."us_postal" AS "text"
	CONSTRAINT "us_postal_check" CHECK ((VALUE ~ '^\d{5}$'::"text"));


ALTER DOMAIN "public"."us_postal" OWNER TO "postgres";

--
-- Name: restock(integer, "text", integer); Type: PROCEDURE; Schema: inventory; Owner: postgres
--

CREATE PROCEDURE "inventory"."restock"(IN "p_warehouse" integer, IN "p_sku" "text", IN "p_qty" integer)
    LANGUAGE "plpgsql"
    AS $$
BEGIN
  UPDATE inventory.stock SET quantity = quantity + p_qty WHERE warehouse_id = p_warehouse AND sku = p_sku;
END
$$;


ALTER PROCEDURE "inventory"."restock"(IN "p_warehouse" integer, IN "p_sku" "text", IN "p_qty" integer) OWNER TO "postgres";

--
-- Name: PROCEDURE "restock"(IN "p_warehouse" integer, IN "p_sku" "text", IN "p_qty" integer); Type: COMMENT; Schema: inventory; Owner: postgres
--

COMMENT ON PROCEDURE "inventory"."restock"(IN "p_warehouse" integer, IN "p_sku" "text", IN "p_qty" integer) IS 'add stock';


--
-- Name: stock_of("text"); Type: FUNCTION; Schema: inventory; Owner: kitchen_owner
--

CREATE FUNCTION "inventory"."stock_of"("p_sku" "text") RETURNS bigint
    LANGUAGE "sql" STABLE
    AS $$ SELECT coalesce(sum(quantity), 0) FROM inventory.stock WHERE sku = p_sku $$;


ALTER FUNCTION "inventory"."stock_of"("p_sku" "text") OWNER TO "kitchen_owner";

--
-- Name: FUNCTION "stock_of"("p_sku" "text"); Type: COMMENT; Schema: inventory; Owner: kitchen_owner
--

COMMENT ON FUNCTION "inventory"."stock_of"("p_sku" "text") IS 'total stock for a sku';


--
-- Name: add_one(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION "public"."add_one"("a" integer) RETURNS integer
    LANGUAGE "sql" IMMUTABLE
    BEGIN ATOMIC
 SELECT ("a" + 1);
END;


ALTER FUNCTION "public"."add_one"("a" integer) OWNER TO "postgres";

--
-- Name: touch_row(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION "public"."touch_row"() RETURNS "trigger"
    LANGUAGE "plpgsql"
    AS $$
BEGIN
  NEW.at_tstz := now(); -- a comment with a 'quote' and a ; inside the body
  RETURN NEW;
END
$$;


ALTER FUNCTION "public"."touch_row"() OWNER TO "postgres";

SET default_tablespace = '';

SET default_table_access_method = "heap";

--
-- Name: Customer Accounts; Type: TABLE; Schema: Sales Dept; Owner: kitchen_owner
--

CREATE TABLE "Sales Dept"."Customer Accounts" (
    "AccountId" integer NOT NULL,
    "odd ""name""" "text",
    "order" integer,
    "user" "text" NOT NULL,
    "MixedCase" character varying(40)
);


ALTER TABLE "Sales Dept"."Customer Accounts" OWNER TO "kitchen_owner";

--
-- Name: COLUMN "Customer Accounts"."odd ""name"""; Type: COMMENT; Schema: Sales Dept; Owner: kitchen_owner
--

COMMENT ON COLUMN "Sales Dept"."Customer Accounts"."odd ""name""" IS 'a column whose name has quotes';


--
-- Name: Customer Accounts_AccountId_seq; Type: SEQUENCE; Schema: Sales Dept; Owner: kitchen_owner
--

ALTER TABLE "Sales Dept"."Customer Accounts" ALTER COLUMN "AccountId" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME "Sales Dept"."Customer Accounts_AccountId_seq"
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock; Type: TABLE; Schema: inventory; Owner: postgres
--

CREATE TABLE "inventory"."stock" (
    "warehouse_id" integer NOT NULL,
    "sku" "text" NOT NULL,
    "account" integer,
    "quantity" integer DEFAULT 0 NOT NULL,
    CONSTRAINT "quantity_not_negative" CHECK (("quantity" >= 0))
);


ALTER TABLE "inventory"."stock" OWNER TO "postgres";

--
-- Name: CONSTRAINT "quantity_not_negative" ON "stock"; Type: COMMENT; Schema: inventory; Owner: postgres
--

COMMENT ON CONSTRAINT "quantity_not_negative" ON "inventory"."stock" IS 'no overselling';


--
-- Name: stock_moves; Type: TABLE; Schema: inventory; Owner: postgres
--

CREATE TABLE "inventory"."stock_moves" (
    "id" bigint NOT NULL,
    "warehouse_id" integer NOT NULL,
    "sku" "text" NOT NULL,
    "delta" integer NOT NULL
);


ALTER TABLE "inventory"."stock_moves" OWNER TO "postgres";

--
-- Name: stock_moves_id_seq; Type: SEQUENCE; Schema: inventory; Owner: postgres
--

CREATE SEQUENCE "inventory"."stock_moves_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "inventory"."stock_moves_id_seq" OWNER TO "postgres";

--
-- Name: stock_moves_id_seq; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: postgres
--

ALTER SEQUENCE "inventory"."stock_moves_id_seq" OWNED BY "inventory"."stock_moves"."id";


--
-- Name: stock_totals; Type: MATERIALIZED VIEW; Schema: inventory; Owner: postgres
--

CREATE MATERIALIZED VIEW "inventory"."stock_totals" AS
 SELECT "sku",
    "sum"("quantity") AS "total"
   FROM "inventory"."stock"
  GROUP BY "sku"
  WITH NO DATA;


ALTER MATERIALIZED VIEW "inventory"."stock_totals" OWNER TO "postgres";

--
-- Name: MATERIALIZED VIEW "stock_totals"; Type: COMMENT; Schema: inventory; Owner: postgres
--

COMMENT ON MATERIALIZED VIEW "inventory"."stock_totals" IS 'stock per sku, refreshed nightly';


--
-- Name: warehouses; Type: TABLE; Schema: inventory; Owner: postgres
--

CREATE TABLE "inventory"."warehouses" (
    "id" integer NOT NULL,
    "name" "text" NOT NULL,
    "region" "text" NOT NULL
);


ALTER TABLE "inventory"."warehouses" OWNER TO "postgres";

--
-- Name: warehouses_id_seq; Type: SEQUENCE; Schema: inventory; Owner: postgres
--

CREATE SEQUENCE "inventory"."warehouses_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "inventory"."warehouses_id_seq" OWNER TO "postgres";

--
-- Name: warehouses_id_seq; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: postgres
--

ALTER SEQUENCE "inventory"."warehouses_id_seq" OWNED BY "inventory"."warehouses"."id";


--
-- Name: all_types; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."all_types" (
    "id" bigint NOT NULL,
    "small" smallint,
    "normal" integer DEFAULT 0 NOT NULL,
    "big" bigint,
    "amount" numeric(12,2),
    "plain_numeric" numeric,
    "ratio" real,
    "precise" double precision,
    "cash" "money",
    "body" "text",
    "code" character varying(255),
    "unlimited" character varying,
    "fixed" character(3),
    "one_char" "char",
    "blob" "bytea",
    "flag" boolean DEFAULT true,
    "day" "date",
    "at_time" time without time zone,
    "at_time_tz" time with time zone,
    "at_ts" timestamp(3) without time zone,
    "at_tstz" timestamp with time zone DEFAULT "now"(),
    "span" interval,
    "span_limited" interval hour to minute,
    "uid" "uuid" DEFAULT "gen_random_uuid"(),
    "doc" json,
    "docb" "jsonb" DEFAULT '{}'::"jsonb" NOT NULL,
    "markup" "xml",
    "addr" "inet",
    "net" "cidr",
    "mac" "macaddr",
    "bits" bit(4),
    "varbits" bit varying(16),
    "search" "tsvector",
    "ints" integer[],
    "texts" "text"[],
    "grid" integer[],
    "int_span" "int4range",
    "when_span" "tstzrange",
    "price" "public"."price_range",
    "location" "point",
    "feeling" "public"."mood",
    "size" "inventory"."dimensions",
    "qty" "public"."positive_int",
    "zip" "public"."us_postal",
    "nick" "public"."citext",
    "doubled" bigint GENERATED ALWAYS AS (("normal" * 2)) STORED,
    CONSTRAINT "all_types_amount_check" CHECK (("amount" >= (0)::numeric))
);


ALTER TABLE "public"."all_types" OWNER TO "postgres";

--
-- Name: TABLE "all_types"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE "public"."all_types" IS 'one column per type';


--
-- Name: COLUMN "all_types"."body"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN "public"."all_types"."body" IS 'free text with awkward characters';


--
-- Name: active_codes; Type: VIEW; Schema: public; Owner: kitchen_owner
--

CREATE VIEW "public"."active_codes" AS
 SELECT "id",
    "code"
   FROM "public"."all_types"
  WHERE "flag";


ALTER VIEW "public"."active_codes" OWNER TO "kitchen_owner";

--
-- Name: VIEW "active_codes"; Type: COMMENT; Schema: public; Owner: kitchen_owner
--

COMMENT ON VIEW "public"."active_codes" IS 'codes of flagged rows';


--
-- Name: all_types_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE "public"."all_types" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."all_types_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: base_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."base_item" (
    "id" integer NOT NULL,
    "title" "text"
);


ALTER TABLE "public"."base_item" OWNER TO "postgres";

--
-- Name: byte_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."byte_values" (
    "id" integer NOT NULL,
    "every_byte" "bytea" NOT NULL
);


ALTER TABLE "public"."byte_values" OWNER TO "postgres";

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."events" (
    "id" bigint NOT NULL,
    "happened" "date" NOT NULL,
    "payload" "jsonb"
)
PARTITION BY RANGE ("happened");


ALTER TABLE "public"."events" OWNER TO "postgres";

--
-- Name: events_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."events_2025" (
    "id" bigint CONSTRAINT "events_id_not_null" NOT NULL,
    "happened" "date" CONSTRAINT "events_happened_not_null" NOT NULL,
    "payload" "jsonb"
);


ALTER TABLE "public"."events_2025" OWNER TO "postgres";

--
-- Name: events_2026; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."events_2026" (
    "id" bigint NOT NULL,
    "happened" "date" NOT NULL,
    "payload" "jsonb"
);


ALTER TABLE "public"."events_2026" OWNER TO "postgres";

--
-- Name: events_other; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."events_other" (
    "id" bigint CONSTRAINT "events_id_not_null" NOT NULL,
    "happened" "date" CONSTRAINT "events_happened_not_null" NOT NULL,
    "payload" "jsonb"
);


ALTER TABLE "public"."events_other" OWNER TO "postgres";

--
-- Name: room_booking; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."room_booking" (
    "room" integer NOT NULL,
    "during" "tsrange" NOT NULL
);


ALTER TABLE "public"."room_booking" OWNER TO "postgres";

--
-- Name: session_cache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE UNLOGGED TABLE "public"."session_cache" (
    "key" "text" NOT NULL,
    "value" "bytea",
    "expires" timestamp with time zone
);


ALTER TABLE "public"."session_cache" OWNER TO "postgres";

--
-- Name: special_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE "public"."special_item" (
    "discount" numeric(5,2)
)
INHERITS ("public"."base_item");


ALTER TABLE "public"."special_item" OWNER TO "postgres";

--
-- Name: ticket_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE "public"."ticket_seq"
    START WITH 1000
    INCREMENT BY 5
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE "public"."ticket_seq" OWNER TO "postgres";

--
-- Name: SEQUENCE "ticket_seq"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON SEQUENCE "public"."ticket_seq" IS 'ticket numbers, step 5';


--
-- Name: events_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events" ATTACH PARTITION "public"."events_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: events_2026; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events" ATTACH PARTITION "public"."events_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


--
-- Name: events_other; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events" ATTACH PARTITION "public"."events_other" DEFAULT;


--
-- Name: stock_moves id; Type: DEFAULT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock_moves" ALTER COLUMN "id" SET DEFAULT "nextval"('"inventory"."stock_moves_id_seq"'::"regclass");


--
-- Name: warehouses id; Type: DEFAULT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."warehouses" ALTER COLUMN "id" SET DEFAULT "nextval"('"inventory"."warehouses_id_seq"'::"regclass");


--
-- Data for Name: Customer Accounts; Type: TABLE DATA; Schema: Sales Dept; Owner: kitchen_owner
--

INSERT INTO "Sales Dept"."Customer Accounts" VALUES (100, 'first', 1, 'alpha', 'Aa');
INSERT INTO "Sales Dept"."Customer Accounts" VALUES (101, 'second	tabbed', 2, 'beta', NULL);
INSERT INTO "Sales Dept"."Customer Accounts" VALUES (102, NULL, NULL, 'gamma', '');


--
-- Data for Name: stock; Type: TABLE DATA; Schema: inventory; Owner: postgres
--

INSERT INTO "inventory"."stock" VALUES (1, 'SKU-1', 100, 5);
INSERT INTO "inventory"."stock" VALUES (1, 'SKU-2', NULL, 0);
INSERT INTO "inventory"."stock" VALUES (2, 'SKU-1', 101, 7);


--
-- Data for Name: stock_moves; Type: TABLE DATA; Schema: inventory; Owner: postgres
--

INSERT INTO "inventory"."stock_moves" VALUES (1, 1, 'SKU-1', 5);
INSERT INTO "inventory"."stock_moves" VALUES (2, 2, 'SKU-1', 7);
INSERT INTO "inventory"."stock_moves" VALUES (3, 1, 'SKU-2', 0);


--
-- Data for Name: warehouses; Type: TABLE DATA; Schema: inventory; Owner: postgres
--

INSERT INTO "inventory"."warehouses" VALUES (1, 'North', 'eu');
INSERT INTO "inventory"."warehouses" VALUES (2, 'South', 'eu');
INSERT INTO "inventory"."warehouses" VALUES (3, 'Closed', 'closed');


--
-- Data for Name: all_types; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."all_types" OVERRIDING SYSTEM VALUE VALUES (1, 1, 10, 9007199254740993, 12.50, 3.14159265358979323846, 1.5, 2.25, '$4.20', 'tab	here, newline
there, crthere, backslash\there', 'A-1', '', 'abc', 'x', '\x00ff10', true, '2025-01-02', '12:34:56', '12:34:56+02', '2025-01-02 03:04:05.678', '2025-01-02 03:04:05+00', '1 day 02:03:04', '03:04:00', '00000000-0000-4000-8000-000000000001', '{"a": [1, 2, {"b": null}]}', '{"nested": {"k": "vé"}}', '<note>hi &amp; bye</note>', '192.0.2.10', '198.51.100.0/24', '08:00:2b:01:02:03', B'1010', B'101', '''brown'':2 ''fox'':3 ''quick'':1', '{1,2,3}', '{"a b","c,d","e\"f",NULL}', '{{1,2},{3,4}}', '[1,10)', '["2025-01-01 00:00:00+00","2025-02-01 00:00:00+00")', '[1.5,2.5]', '(1.5,-2)', 'happy', '(10,20,"box ""A""")', 7, '12345', 'MiXeD', DEFAULT);
INSERT INTO "public"."all_types" OVERRIDING SYSTEM VALUE VALUES (2, 2, 20, NULL, NULL, 'NaN', '-Infinity', 'Infinity', NULL, '\N is not null here, nor is \\N', 'B-2', 'unicode: é 中文 😀 and a ZWJ 👩‍💻', NULL, NULL, '\x', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '00000000-0000-4000-8000-000000000002', 'null', '[]', NULL, '::1', '2001:db8::/32', NULL, NULL, NULL, NULL, '{}', '{}', NULL, 'empty', NULL, NULL, NULL, 'it''s complicated', NULL, 1, NULL, NULL, DEFAULT);
INSERT INTO "public"."all_types" OVERRIDING SYSTEM VALUE VALUES (3, 3, 30, -1, 0.01, -0.5, 0, 0, '-$1.00', '', 'C-3', 'long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text long text ', 'z  ', NULL, '\x000102030405060708090a0b0c0d0e0f7f80fe', NULL, '2000-02-29', '00:00:00', '23:59:59.999999-12', '1999-12-31 23:59:59', '1970-01-01 00:00:00+00', '-1 years', NULL, '00000000-0000-4000-8000-000000000003', '"just a string with \\ and \" inside"', '{"tab": "\t", "empty": ""}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{-1,0,1}', '{"\\back",newnline}', NULL, NULL, NULL, NULL, NULL, 'sad', '(,,)', 3, '54321', NULL, DEFAULT);


--
-- Data for Name: base_item; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."base_item" VALUES (1, 'base');


--
-- Data for Name: byte_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."byte_values" VALUES (1, '\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');


--
-- Data for Name: events_2025; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."events_2025" VALUES (1, '2025-06-01', '{"kind": "a"}');


--
-- Data for Name: events_2026; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."events_2026" VALUES (2, '2026-06-01', '{"kind": "b"}');


--
-- Data for Name: events_other; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."events_other" VALUES (3, '2030-01-01', NULL);


--
-- Data for Name: room_booking; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."room_booking" VALUES (1, '["2025-01-01 10:00:00","2025-01-01 11:00:00")');


--
-- Data for Name: session_cache; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."session_cache" VALUES ('k1', '\xdeadbeef', '2030-01-01 00:00:00+00');


--
-- Data for Name: special_item; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO "public"."special_item" VALUES (2, 'special', 10.00);


--
-- Name: Customer Accounts_AccountId_seq; Type: SEQUENCE SET; Schema: Sales Dept; Owner: kitchen_owner
--

SELECT pg_catalog.setval('"Sales Dept"."Customer Accounts_AccountId_seq"', 102, true);


--
-- Name: stock_moves_id_seq; Type: SEQUENCE SET; Schema: inventory; Owner: postgres
--

SELECT pg_catalog.setval('"inventory"."stock_moves_id_seq"', 3, true);


--
-- Name: warehouses_id_seq; Type: SEQUENCE SET; Schema: inventory; Owner: postgres
--

SELECT pg_catalog.setval('"inventory"."warehouses_id_seq"', 3, true);


--
-- Name: all_types_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."all_types_id_seq"', 3, true);


--
-- Name: ticket_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('"public"."ticket_seq"', 1045, true);


--
-- Name: Customer Accounts Customer Accounts_pkey; Type: CONSTRAINT; Schema: Sales Dept; Owner: kitchen_owner
--

ALTER TABLE ONLY "Sales Dept"."Customer Accounts"
    ADD CONSTRAINT "Customer Accounts_pkey" PRIMARY KEY ("AccountId");


--
-- Name: stock_moves stock_moves_pkey; Type: CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock_moves"
    ADD CONSTRAINT "stock_moves_pkey" PRIMARY KEY ("id");


--
-- Name: stock stock_pkey; Type: CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock"
    ADD CONSTRAINT "stock_pkey" PRIMARY KEY ("warehouse_id", "sku");


--
-- Name: warehouses warehouses_name_region_key; Type: CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."warehouses"
    ADD CONSTRAINT "warehouses_name_region_key" UNIQUE ("name", "region");


--
-- Name: warehouses warehouses_pkey; Type: CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."warehouses"
    ADD CONSTRAINT "warehouses_pkey" PRIMARY KEY ("id");


--
-- Name: all_types all_types_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."all_types"
    ADD CONSTRAINT "all_types_code_key" UNIQUE ("code");


--
-- Name: all_types all_types_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."all_types"
    ADD CONSTRAINT "all_types_pkey" PRIMARY KEY ("id");


--
-- Name: byte_values byte_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."byte_values"
    ADD CONSTRAINT "byte_values_pkey" PRIMARY KEY ("id");


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events"
    ADD CONSTRAINT "events_pkey" PRIMARY KEY ("id", "happened");


--
-- Name: events_2025 events_2025_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events_2025"
    ADD CONSTRAINT "events_2025_pkey" PRIMARY KEY ("id", "happened");


--
-- Name: events_2026 events_2026_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events_2026"
    ADD CONSTRAINT "events_2026_pkey" PRIMARY KEY ("id", "happened");


--
-- Name: events_other events_other_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."events_other"
    ADD CONSTRAINT "events_other_pkey" PRIMARY KEY ("id", "happened");


--
-- Name: room_booking room_booking_room_during_excl; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."room_booking"
    ADD CONSTRAINT "room_booking_room_during_excl" EXCLUDE USING "gist" ("room" WITH =, "during" WITH &&);


--
-- Name: session_cache session_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY "public"."session_cache"
    ADD CONSTRAINT "session_cache_pkey" PRIMARY KEY ("key");


--
-- Name: warehouses_name_idx; Type: INDEX; Schema: inventory; Owner: postgres
--

CREATE UNIQUE INDEX "warehouses_name_idx" ON "inventory"."warehouses" USING "btree" ("lower"("name")) WHERE ("region" <> 'closed'::"text");


--
-- Name: all_types_lower_body_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "all_types_lower_body_idx" ON "public"."all_types" USING "btree" ("lower"("body"));


--
-- Name: INDEX "all_types_lower_body_idx"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX "public"."all_types_lower_body_idx" IS 'case-insensitive body lookups';


--
-- Name: all_types_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "all_types_search_idx" ON "public"."all_types" USING "gin" ("search");


--
-- Name: events_2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX "public"."events_pkey" ATTACH PARTITION "public"."events_2025_pkey";


--
-- Name: events_2026_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX "public"."events_pkey" ATTACH PARTITION "public"."events_2026_pkey";


--
-- Name: events_other_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX "public"."events_pkey" ATTACH PARTITION "public"."events_other_pkey";


--
-- Name: all_types all_types_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER "all_types_touch" BEFORE UPDATE ON "public"."all_types" FOR EACH ROW EXECUTE FUNCTION "public"."touch_row"();


--
-- Name: TRIGGER "all_types_touch" ON "all_types"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TRIGGER "all_types_touch" ON "public"."all_types" IS 'keeps at_tstz current';


--
-- Name: stock stock_account_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock"
    ADD CONSTRAINT "stock_account_fkey" FOREIGN KEY ("account") REFERENCES "Sales Dept"."Customer Accounts"("AccountId") DEFERRABLE INITIALLY DEFERRED;


--
-- Name: stock_moves stock_moves_warehouse_id_sku_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock_moves"
    ADD CONSTRAINT "stock_moves_warehouse_id_sku_fkey" FOREIGN KEY ("warehouse_id", "sku") REFERENCES "inventory"."stock"("warehouse_id", "sku");


--
-- Name: stock stock_warehouse_id_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY "inventory"."stock"
    ADD CONSTRAINT "stock_warehouse_id_fkey" FOREIGN KEY ("warehouse_id") REFERENCES "inventory"."warehouses"("id") ON DELETE CASCADE;


--
-- Name: stock; Type: ROW SECURITY; Schema: inventory; Owner: postgres
--

ALTER TABLE "inventory"."stock" ENABLE ROW LEVEL SECURITY;

--
-- Name: stock stock_by_region; Type: POLICY; Schema: inventory; Owner: postgres
--

CREATE POLICY "stock_by_region" ON "inventory"."stock" USING (("warehouse_id" > 0));


--
-- Name: POLICY "stock_by_region" ON "stock"; Type: COMMENT; Schema: inventory; Owner: postgres
--

COMMENT ON POLICY "stock_by_region" ON "inventory"."stock" IS 'rows of real warehouses only';


--
-- Name: kitchen_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION "kitchen_pub" WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION "kitchen_pub" OWNER TO "postgres";

--
-- Name: kitchen_pub stock; Type: PUBLICATION TABLE; Schema: inventory; Owner: postgres
--

ALTER PUBLICATION "kitchen_pub" ADD TABLE ONLY "inventory"."stock";


--
-- Name: SCHEMA "inventory"; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA "inventory" TO "kitchen_reader";


--
-- Name: FUNCTION "stock_of"("p_sku" "text"); Type: ACL; Schema: inventory; Owner: kitchen_owner
--

GRANT ALL ON FUNCTION "inventory"."stock_of"("p_sku" "text") TO "kitchen_reader";


--
-- Name: FUNCTION "add_one"("a" integer); Type: ACL; Schema: public; Owner: postgres
--

REVOKE ALL ON FUNCTION "public"."add_one"("a" integer) FROM PUBLIC;


--
-- Name: TABLE "stock"; Type: ACL; Schema: inventory; Owner: postgres
--

GRANT SELECT ON TABLE "inventory"."stock" TO "kitchen_reader";


--
-- Name: COLUMN "all_types"."id"; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT("id") ON TABLE "public"."all_types" TO "kitchen_reader";


--
-- Name: COLUMN "all_types"."code"; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT("code"),UPDATE("code") ON TABLE "public"."all_types" TO "kitchen_reader";


--
-- Name: stock_totals; Type: MATERIALIZED VIEW DATA; Schema: inventory; Owner: postgres
--

REFRESH MATERIALIZED VIEW "inventory"."stock_totals";


--
-- PostgreSQL database dump complete
--


