-- corpus: pg18-only
-- Torture, PostgreSQL 18 part (issue 13 item 10): what pg_dump 18 writes that pg_dump 15 never does.
-- Loaded only by the pg_dump 18 leg (corpus/make-corpus-pg18.mjs); make-corpus.sh (PostgreSQL 15) skips it.
CREATE EXTENSION btree_gist;

-- Virtual generated columns (18's default) beside stored ones.
CREATE TABLE public.measured (
  id integer PRIMARY KEY,
  a integer NOT NULL,
  doubled integer GENERATED ALWAYS AS (a * 2),
  tripled integer GENERATED ALWAYS AS (a * 3) VIRTUAL,
  stored integer GENERATED ALWAYS AS (a * 4) STORED
);
INSERT INTO public.measured (id, a) VALUES (1, 1), (2, 5);

-- Named NOT NULL constraints, one NOT VALID, one NO INHERIT.
CREATE TABLE public.named_nn (
  id integer CONSTRAINT named_nn_id_required NOT NULL,
  b text,
  c text,
  d text
);
INSERT INTO public.named_nn VALUES (1, NULL, 'x', 'y');
ALTER TABLE public.named_nn ADD CONSTRAINT named_nn_b_later NOT NULL b NOT VALID;
ALTER TABLE public.named_nn ADD CONSTRAINT named_nn_c_required NOT NULL c;
ALTER TABLE public.named_nn ADD CONSTRAINT named_nn_d_here NOT NULL d NO INHERIT;

-- NOT ENFORCED foreign keys and checks.
CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL);
CREATE TABLE public.transfers (
  id integer PRIMARY KEY,
  account_id integer,
  amount numeric,
  CONSTRAINT transfers_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT ENFORCED,
  CONSTRAINT transfers_amount_positive CHECK (amount > 0) NOT ENFORCED
);
INSERT INTO public.transfers VALUES (1, 42, -5);

-- Temporal keys: WITHOUT OVERLAPS primary key and unique, PERIOD foreign key.
CREATE TABLE public.rooms (
  room_id integer,
  valid_at daterange,
  name text,
  CONSTRAINT rooms_pkey PRIMARY KEY (room_id, valid_at WITHOUT OVERLAPS)
);
CREATE TABLE public.bookings (
  booking_id integer,
  room_id integer,
  during daterange,
  CONSTRAINT bookings_unique UNIQUE (booking_id, during WITHOUT OVERLAPS),
  CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms (room_id, PERIOD valid_at)
);
INSERT INTO public.rooms VALUES (1, '[2024-01-01,2025-01-01)', 'blue');
INSERT INTO public.bookings VALUES (10, 1, '[2024-02-01,2024-02-03)');

-- Inheritance of a virtual generated column.
CREATE TABLE public.measured_child () INHERITS (public.measured);
