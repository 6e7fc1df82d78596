--
-- PostgreSQL database dump
--

\restrict jlxswRpF9CMKVc9h03aQ8GOoBEHGGzTnAPJJVDUqhEDdhOm2Tz8d7R95wzeGUrw

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: clientes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.clientes (
    id integer NOT NULL,
    nombre text,
    apellido text,
    correo text,
    telefono text,
    fecha_nacimiento date,
    direccion text,
    dni text
);


ALTER TABLE public.clientes OWNER TO postgres;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    first_name text,
    last_name text,
    email text,
    phone text,
    date_of_birth date,
    street text,
    city text,
    postcode text,
    country text,
    gender text,
    last_login_ip inet,
    created_at timestamp with time zone
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: identity_documents; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.identity_documents (
    id integer NOT NULL,
    customer_id integer,
    ssn text,
    ni_number text,
    nir text,
    passport_number text
);


ALTER TABLE public.identity_documents OWNER TO postgres;

--
-- Name: kunden; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.kunden (
    id integer NOT NULL,
    vorname text,
    nachname text,
    e_mail text,
    telefon text,
    geburtsdatum date,
    strasse text,
    plz text
);


ALTER TABLE public.kunden OWNER TO postgres;

--
-- Name: payment_methods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment_methods (
    id integer NOT NULL,
    customer_id integer,
    cardholder_name text,
    card_number text,
    iban text,
    cvv text
);


ALTER TABLE public.payment_methods OWNER TO postgres;

--
-- Name: support_tickets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.support_tickets (
    id integer NOT NULL,
    subject text,
    body text,
    opened_at timestamp with time zone
);


ALTER TABLE public.support_tickets OWNER TO postgres;

--
-- Name: TABLE support_tickets; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.support_tickets IS 'Customer support conversations';


--
-- Name: user_profiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_profiles (
    id integer NOT NULL,
    profile jsonb
);


ALTER TABLE public.user_profiles OWNER TO postgres;

--
-- Data for Name: clientes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (1, 'Mengano', 'de Tal', 'mengano.detal1@corp.example', '+44 20 7946 0001', '1970-01-01', 'Calle Ejemplo 1', '****0001X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (2, 'Fulano', 'de Tal', 'fulano.detal2@example.org', '+44 7700 900002', '1970-01-01', 'Calle Ejemplo 2', '****0002X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (3, 'Fulano', 'de Tal', 'user3@corp.example', '+1 415-555-0103', '1970-01-01', 'Calle Ejemplo 3', '****0003X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (4, 'Fulano', 'de Tal', 'fulano.detal4@mail.invalid', '+1 212-555-0104', '1970-01-01', 'Calle Ejemplo 4', '****0004X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (5, 'Fulano', 'de Tal', 'fulano.detal5@example.net', '+44 20 7946 0005', '1970-01-01', 'Calle Ejemplo 5', '****0005X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (6, 'Zutano', 'de Tal', 'user6@example.com', '+44 7700 900006', '1970-01-01', 'Calle Ejemplo 6', '****0006X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (7, 'Mengano', 'de Tal', 'mengano.detal7@example.net', '+1 415-555-0107', '1970-01-01', 'Calle Ejemplo 7', '****0007X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (8, 'Zutano', 'de Tal', 'zutano.detal8@mail.invalid', '+1 212-555-0108', '1970-01-01', 'Calle Ejemplo 8', '****0008X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (9, 'Mengano', 'de Tal', 'user9@shop.test', '+44 20 7946 0009', '1970-01-01', 'Calle Ejemplo 9', '****0009X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (10, 'Mengano', 'de Tal', 'mengano.detal10@mail.invalid', '+44 7700 900010', '1970-01-01', 'Calle Ejemplo 10', '****0010X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (11, 'Zutano', 'de Tal', 'zutano.detal11@corp.example', '+1 415-555-0111', '1970-01-01', 'Calle Ejemplo 11', '****0011X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (12, 'Fulano', 'de Tal', 'user12@example.com', '+1 212-555-0112', '1970-01-01', 'Calle Ejemplo 12', '****0012X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (13, 'Mengano', 'de Tal', 'mengano.detal13@example.org', '+44 20 7946 0013', '1970-01-01', 'Calle Ejemplo 13', '****0013X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (14, 'Zutano', 'de Tal', 'zutano.detal14@corp.example', '+44 7700 900014', '1970-01-01', 'Calle Ejemplo 14', '****0014X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (15, 'Mengano', 'de Tal', 'user15@example.org', '+1 415-555-0115', '1970-01-01', 'Calle Ejemplo 15', '****0015X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (16, 'Mengano', 'de Tal', 'mengano.detal16@shop.test', '+1 212-555-0116', '1970-01-01', 'Calle Ejemplo 16', '****0016X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (17, 'Mengano', 'de Tal', 'mengano.detal17@example.net', '+44 20 7946 0017', '1970-01-01', 'Calle Ejemplo 17', '****0017X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (18, 'Fulano', 'de Tal', 'user18@corp.example', '+44 7700 900018', '1970-01-01', 'Calle Ejemplo 18', '****0018X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (19, 'Mengano', 'de Tal', 'mengano.detal19@example.net', '+1 415-555-0119', '1970-01-01', 'Calle Ejemplo 19', '****0019X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (20, 'Zutano', 'de Tal', 'zutano.detal20@mail.invalid', '+1 212-555-0120', '1970-01-01', 'Calle Ejemplo 20', '****0020X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (21, 'Mengano', 'de Tal', 'user21@example.com', '+44 20 7946 0021', '1970-01-01', 'Calle Ejemplo 21', '****0021X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (22, 'Fulano', 'de Tal', 'fulano.detal22@example.org', '+44 7700 900022', '1970-01-01', 'Calle Ejemplo 22', '****0022X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (23, 'Fulano', 'de Tal', 'fulano.detal23@example.net', '+1 415-555-0123', '1970-01-01', 'Calle Ejemplo 23', '****0023X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (24, 'Fulano', 'de Tal', 'user24@shop.test', '+1 212-555-0124', '1970-01-01', 'Calle Ejemplo 24', '****0024X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (25, 'Zutano', 'de Tal', 'zutano.detal25@example.com', '+44 20 7946 0025', '1970-01-01', 'Calle Ejemplo 25', '****0025X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (26, 'Fulano', 'de Tal', 'fulano.detal26@example.com', '+44 7700 900026', '1970-01-01', 'Calle Ejemplo 26', '****0026X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (27, 'Fulano', 'de Tal', 'user27@corp.example', '+1 415-555-0127', '1970-01-01', 'Calle Ejemplo 27', '****0027X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (28, 'Fulano', 'de Tal', 'fulano.detal28@mail.invalid', '+1 212-555-0128', '1970-01-01', 'Calle Ejemplo 28', '****0028X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (29, 'Fulano', 'de Tal', 'fulano.detal29@example.org', '+44 20 7946 0029', '1970-01-01', 'Calle Ejemplo 29', '****0029X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (30, 'Fulano', 'de Tal', 'user30@example.com', '+44 7700 900030', '1970-01-01', 'Calle Ejemplo 30', '****0030X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (31, 'Fulano', 'de Tal', 'fulano.detal31@shop.test', '+1 415-555-0131', '1970-01-01', 'Calle Ejemplo 31', '****0031X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (32, 'Zutano', 'de Tal', 'zutano.detal32@example.net', '+1 212-555-0132', '1970-01-01', 'Calle Ejemplo 32', '****0032X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (33, 'Mengano', 'de Tal', 'user33@shop.test', '+44 20 7946 0033', '1970-01-01', 'Calle Ejemplo 33', '****0033X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (34, 'Mengano', 'de Tal', 'mengano.detal34@example.com', '+44 7700 900034', '1970-01-01', 'Calle Ejemplo 34', '****0034X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (35, 'Fulano', 'de Tal', 'fulano.detal35@example.org', '+1 415-555-0135', '1970-01-01', 'Calle Ejemplo 35', '****0035X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (36, 'Mengano', 'de Tal', 'user36@mail.invalid', '+1 212-555-0136', '1970-01-01', 'Calle Ejemplo 36', '****0036X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (37, 'Mengano', 'de Tal', 'mengano.detal37@example.com', '+44 20 7946 0037', '1970-01-01', 'Calle Ejemplo 37', '****0037X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (38, 'Zutano', 'de Tal', 'zutano.detal38@example.org', '+44 7700 900038', '1970-01-01', 'Calle Ejemplo 38', '****0038X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (39, 'Zutano', 'de Tal', 'user39@shop.test', '+1 415-555-0139', '1970-01-01', 'Calle Ejemplo 39', '****0039X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (40, 'Fulano', 'de Tal', 'fulano.detal40@example.net', '+1 212-555-0140', '1970-01-01', 'Calle Ejemplo 40', '****0040X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (41, 'Fulano', 'de Tal', 'fulano.detal41@mail.invalid', '+44 20 7946 0041', '1970-01-01', 'Calle Ejemplo 41', '****0041X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (42, 'Mengano', 'de Tal', 'user42@example.net', '+44 7700 900042', '1970-01-01', 'Calle Ejemplo 42', '****0042X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (43, 'Zutano', 'de Tal', 'zutano.detal43@example.org', '+1 415-555-0143', '1970-01-01', 'Calle Ejemplo 43', '****0043X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (44, 'Mengano', 'de Tal', 'mengano.detal44@mail.invalid', '+1 212-555-0144', '1970-01-01', 'Calle Ejemplo 44', '****0044X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (45, 'Zutano', 'de Tal', 'user45@example.net', '+44 20 7946 0045', '1970-01-01', 'Calle Ejemplo 45', '****0045X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (46, 'Fulano', 'de Tal', 'fulano.detal46@example.org', '+44 7700 900046', '1970-01-01', 'Calle Ejemplo 46', '****0046X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (47, 'Zutano', 'de Tal', 'zutano.detal47@example.org', '+1 415-555-0147', '1970-01-01', 'Calle Ejemplo 47', '****0047X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (48, 'Mengano', 'de Tal', 'user48@corp.example', '+1 212-555-0148', '1970-01-01', 'Calle Ejemplo 48', '****0048X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (49, 'Zutano', 'de Tal', 'zutano.detal49@example.org', '+44 20 7946 0049', '1970-01-01', 'Calle Ejemplo 49', '****0049X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (50, 'Zutano', 'de Tal', 'zutano.detal50@example.com', '+44 7700 900050', '1970-01-01', 'Calle Ejemplo 50', '****0050X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (51, 'Zutano', 'de Tal', 'user51@example.org', '+1 415-555-0151', '1970-01-01', 'Calle Ejemplo 51', '****0051X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (52, 'Mengano', 'de Tal', 'mengano.detal52@example.com', '+1 212-555-0152', '1970-01-01', 'Calle Ejemplo 52', '****0052X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (53, 'Fulano', 'de Tal', 'fulano.detal53@mail.invalid', '+44 20 7946 0053', '1970-01-01', 'Calle Ejemplo 53', '****0053X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (54, 'Fulano', 'de Tal', 'user54@example.com', '+44 7700 900054', '1970-01-01', 'Calle Ejemplo 54', '****0054X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (55, 'Zutano', 'de Tal', 'zutano.detal55@shop.test', '+1 415-555-0155', '1970-01-01', 'Calle Ejemplo 55', '****0055X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (56, 'Mengano', 'de Tal', 'mengano.detal56@example.net', '+1 212-555-0156', '1970-01-01', 'Calle Ejemplo 56', '****0056X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (57, 'Fulano', 'de Tal', 'user57@corp.example', '+44 20 7946 0057', '1970-01-01', 'Calle Ejemplo 57', '****0057X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (58, 'Zutano', 'de Tal', 'zutano.detal58@mail.invalid', '+44 7700 900058', '1970-01-01', 'Calle Ejemplo 58', '****0058X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (59, 'Zutano', 'de Tal', 'zutano.detal59@example.net', '+1 415-555-0159', '1970-01-01', 'Calle Ejemplo 59', '****0059X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (60, 'Mengano', 'de Tal', 'user60@mail.invalid', '+1 212-555-0160', '1970-01-01', 'Calle Ejemplo 60', '****0060X');


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (1, 'Rupert', 'Brown', 'rupert.brown1@example.net', '+44 20 7946 0001', '1979-01-01', '123 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (2, 'Bob', 'Doe', 'bob.doe2@example.org', '07700 900002', '1975-01-01', '9 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (3, 'Niaj', 'Davis', 'user3@example.com', '+1 415-555-0103', '1967-01-01', '24 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (4, 'Victor', 'Smith', 'victor.smith4@mail.invalid', '(212) 555-0104', '1961-01-01', '42 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (5, 'Ivan', 'Williams', 'ivan.williams5@shop.test', '+44 20 7946 0005', '1973-01-01', '53 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (6, 'Peggy', 'Example', 'user6@mail.invalid', '07700 900006', '1975-01-01', '15 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (7, 'Walter', 'Pérez', 'walter.perez7@corp.example', '+1 415-555-0107', '1961-01-01', '34 Main Street', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (8, 'Trent', 'Jones', 'trent.jones8@example.net', '(212) 555-0108', '2004-01-01', '50 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::8', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (9, 'Olivia', 'Jones', 'user9@corp.example', '+44 20 7946 0009', '1954-01-01', '177 Main Street', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (10, 'Rupert', 'Roe', 'rupert.roe10@corp.example', '07700 900010', '1959-01-01', '90 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.11', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (11, 'Ivan', 'Brown', 'ivan.brown11@mail.invalid', '+1 415-555-0111', '1979-01-01', '37 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.12', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (12, 'Trent', 'Smith', 'user12@mail.invalid', '(212) 555-0112', '1999-01-01', '107 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.13', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (13, 'Heidi', 'Williams', 'heidi.williams13@mail.invalid', '+44 20 7946 0013', '1976-01-01', '82 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.14', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (14, 'Grace', 'Roe', 'grace.roe14@example.org', '07700 900014', '1999-01-01', '58 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.15', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (15, 'Peggy', 'Johnson', 'user15@mail.invalid', '+1 415-555-0115', '1967-01-01', '140 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.16', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (16, 'Rupert', 'Doe', 'rupert.doe16@example.com', '(212) 555-0116', '1994-01-01', '55 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.17', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (17, 'Heidi', 'Williams', 'heidi.williams17@example.com', '+44 20 7946 0017', '1953-01-01', '2 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::11', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (18, 'Ivan', 'Pérez', 'user18@example.org', '07700 900018', '1987-01-01', '100 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.19', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (19, 'Heidi', 'Roe', 'heidi.roe19@mail.invalid', '+1 415-555-0119', '1982-01-01', '171 Main Street', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.20', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (20, 'Walter', 'Sample', 'walter.sample20@example.net', '(212) 555-0120', '1977-01-01', '104 Main Street', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.21', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (21, 'Dave', 'Example', 'user21@mail.invalid', '+44 20 7946 0021', '1977-01-01', '38 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::15', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (22, 'Carol', 'Dupont', 'carol.dupont22@corp.example', '07700 900022', '1961-01-01', '119 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.23', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (23, 'Erin', 'Davis', 'erin.davis23@example.net', '+1 415-555-0123', '1987-01-01', '66 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::17', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (24, 'Dave', 'Davis', 'user24@example.com', '(212) 555-0124', '2001-01-01', '149 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::18', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (25, 'Carol', 'Smith', 'carol.smith25@corp.example', '+44 20 7946 0025', '2004-01-01', '33 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.26', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (26, 'Rupert', 'Dupont', 'rupert.dupont26@mail.invalid', '07700 900026', '1974-01-01', '31 Main Street', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::1a', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (27, 'Judy', 'Williams', 'user27@shop.test', '+1 415-555-0127', '1990-01-01', '95 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.28', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (28, 'Rupert', 'Tester', 'rupert.tester28@example.com', '(212) 555-0128', '1973-01-01', '10 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.29', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (29, 'Dave', 'Miller', 'dave.miller29@example.com', '+44 20 7946 0029', '1976-01-01', '80 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::1d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (30, 'Jane', 'Pérez', 'user30@example.com', '07700 900030', '1951-01-01', '147 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.31', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (31, 'Bob', 'Pérez', 'bob.perez31@example.com', '+1 415-555-0131', '1992-01-01', '124 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::1f', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (32, 'Ivan', 'Pérez', 'ivan.perez32@mail.invalid', '(212) 555-0132', '1992-01-01', '169 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.33', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (33, 'Grace', 'Example', 'user33@mail.invalid', '+44 20 7946 0033', '1954-01-01', '51 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::21', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (34, 'Frank', 'Davis', 'frank.davis34@shop.test', '07700 900034', '2004-01-01', '31 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.35', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (35, 'Frank', 'Tester', 'frank.tester35@shop.test', '+1 415-555-0135', '1950-01-01', '65 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.36', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (36, 'Grace', 'Johnson', 'user36@example.net', '(212) 555-0136', '1965-01-01', '83 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.37', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (37, 'Jane', 'Example', 'jane.example37@example.org', '+44 20 7946 0037', '1979-01-01', '84 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.38', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (38, 'Peggy', 'Johnson', 'peggy.johnson38@example.net', '07700 900038', '1989-01-01', '166 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.39', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (39, 'Trent', 'Jones', 'user39@example.net', '+1 415-555-0139', '1961-01-01', '161 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.40', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (40, 'Ivan', 'Johnson', 'ivan.johnson40@example.org', '(212) 555-0140', '1995-01-01', '78 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::28', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (41, 'Jane', 'Johnson', 'jane.johnson41@shop.test', '+44 20 7946 0041', '1986-01-01', '48 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.42', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (42, 'Sybil', 'Example', 'user42@shop.test', '07700 900042', '1986-01-01', '22 Main Street', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::2a', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (43, 'Dave', 'Mustermann', 'dave.mustermann43@example.org', '+1 415-555-0143', '1973-01-01', '169 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::2b', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (44, 'Walter', 'Tester', 'walter.tester44@example.com', '(212) 555-0144', '1967-01-01', '145 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.45', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (45, 'John', 'Davis', 'user45@example.org', '+44 20 7946 0045', '1994-01-01', '65 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::2d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (46, 'Frank', 'Johnson', 'frank.johnson46@shop.test', '07700 900046', '1997-01-01', '74 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.47', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (47, 'Heidi', 'Mustermann', 'heidi.mustermann47@mail.invalid', '+1 415-555-0147', '2003-01-01', '108 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.48', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (48, 'Carol', 'Doe', 'user48@corp.example', '(212) 555-0148', '1983-01-01', '68 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::30', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (49, 'Carol', 'Example', 'carol.example49@example.net', '+44 20 7946 0049', '1991-01-01', '83 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (50, 'Niaj', 'Tester', 'niaj.tester50@mail.invalid', '07700 900050', '2000-01-01', '141 Main Street', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::32', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (51, 'Sybil', 'Roe', 'user51@mail.invalid', '+1 415-555-0151', '1974-01-01', '11 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.52', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (52, 'Rupert', 'Johnson', 'rupert.johnson52@corp.example', '(212) 555-0152', '2004-01-01', '80 Main Street', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.53', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (53, 'Carol', 'Pérez', 'carol.perez53@corp.example', '+44 20 7946 0053', '1993-01-01', '2 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::35', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (54, 'Dave', 'Miller', 'user54@example.net', '07700 900054', '1958-01-01', '131 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::36', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (55, 'Judy', 'Jones', 'judy.jones55@mail.invalid', '+1 415-555-0155', '2004-01-01', '57 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.56', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (56, 'Victor', 'Placeholder', 'victor.placeholder56@shop.test', '(212) 555-0156', '1981-01-01', '99 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.57', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (57, 'Rupert', 'Mustermann', 'user57@example.com', '+44 20 7946 0057', '1969-01-01', '44 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::39', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (58, 'Rupert', 'Doe', 'rupert.doe58@example.net', '07700 900058', '1972-01-01', '138 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::3a', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (59, 'Erin', 'Sample', 'erin.sample59@example.net', '+1 415-555-0159', '1978-01-01', '9 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.60', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (60, 'John', 'Williams', 'user60@shop.test', '(212) 555-0160', '1989-01-01', '128 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.61', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (61, 'Jane', 'Davis', 'jane.davis61@mail.invalid', '+44 20 7946 0061', '1962-01-01', '52 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::3d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (62, 'Jane', 'Smith', 'jane.smith62@example.com', '07700 900062', '1999-01-01', '6 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::3e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (63, 'John', 'Williams', 'user63@corp.example', '+1 415-555-0163', '1963-01-01', '47 Main Street', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.64', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (64, 'Rupert', 'Dupont', 'rupert.dupont64@example.org', '(212) 555-0164', '1990-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.65', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (65, 'Alice', 'Brown', 'alice.brown65@shop.test', '+44 20 7946 0065', '1955-01-01', '172 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.66', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (66, 'Mallory', 'Williams', 'user66@example.org', '07700 900066', '1960-01-01', '125 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.67', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (67, 'Bob', 'Miller', 'bob.miller67@corp.example', '+1 415-555-0167', '1967-01-01', '72 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.68', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (68, 'Walter', 'Roe', 'walter.roe68@shop.test', '(212) 555-0168', '1957-01-01', '63 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.69', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (69, 'Peggy', 'Jones', 'user69@corp.example', '+44 20 7946 0069', '1961-01-01', '116 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.70', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (70, 'Dave', 'Pérez', 'dave.perez70@corp.example', '07700 900070', '1954-01-01', '172 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.71', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (71, 'Dave', 'Smith', 'dave.smith71@example.org', '+1 415-555-0171', '1994-01-01', '12 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.72', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (72, 'Walter', 'Dupont', 'user72@example.net', '(212) 555-0172', '1987-01-01', '85 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.73', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (73, 'Ivan', 'Mustermann', 'ivan.mustermann73@example.org', '+44 20 7946 0073', '1975-01-01', '28 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.74', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (74, 'Olivia', 'Pérez', 'olivia.perez74@example.net', '07700 900074', '1962-01-01', '1 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.75', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (75, 'Walter', 'Pérez', 'user75@shop.test', '+1 415-555-0175', '2001-01-01', '104 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::4b', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (76, 'Victor', 'Johnson', 'victor.johnson76@corp.example', '(212) 555-0176', '1955-01-01', '91 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.77', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (77, 'Olivia', 'Brown', 'olivia.brown77@example.net', '+44 20 7946 0077', '1999-01-01', '86 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.78', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (78, 'Sybil', 'Doe', 'user78@corp.example', '07700 900078', '1961-01-01', '163 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.79', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (79, 'Frank', 'Tester', 'frank.tester79@corp.example', '+1 415-555-0179', '1958-01-01', '139 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::4f', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (80, 'Olivia', 'Example', 'olivia.example80@corp.example', '(212) 555-0180', '2004-01-01', '169 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (81, 'Erin', 'Mustermann', 'user81@shop.test', '+44 20 7946 0081', '1975-01-01', '9 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.82', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (82, 'Heidi', 'Pérez', 'heidi.perez82@example.com', '07700 900082', '1969-01-01', '37 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.83', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (83, 'Sybil', 'Placeholder', 'sybil.placeholder83@corp.example', '+1 415-555-0183', '1955-01-01', '87 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.84', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (84, 'Olivia', 'Brown', 'user84@shop.test', '(212) 555-0184', '1971-01-01', '107 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.85', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (85, 'Frank', 'Tester', 'frank.tester85@mail.invalid', '+44 20 7946 0085', '1954-01-01', '5 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.86', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (86, 'Olivia', 'Roe', 'olivia.roe86@mail.invalid', '07700 900086', '1960-01-01', '154 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.87', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (87, 'John', 'Miller', 'user87@example.org', '+1 415-555-0187', '1974-01-01', '169 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.88', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (88, 'Peggy', 'Jones', 'peggy.jones88@example.com', '(212) 555-0188', '1960-01-01', '163 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.89', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (89, 'Alice', 'Pérez', 'alice.perez89@mail.invalid', '+44 20 7946 0089', '2000-01-01', '160 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.90', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (90, 'Walter', 'Johnson', 'user90@shop.test', '07700 900090', '1953-01-01', '146 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.91', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (91, 'Peggy', 'Johnson', 'peggy.johnson91@example.com', '+1 415-555-0191', '1968-01-01', '77 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.92', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (92, 'Dave', 'Pérez', 'dave.perez92@corp.example', '(212) 555-0192', '1964-01-01', '161 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.93', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (93, 'Bob', 'Mustermann', 'user93@example.com', '+44 20 7946 0093', '1977-01-01', '66 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.94', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (94, 'Jane', 'Davis', 'jane.davis94@example.com', '07700 900094', '1965-01-01', '128 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::5e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (95, 'Ivan', 'Dupont', 'ivan.dupont95@corp.example', '+1 415-555-0195', '1984-01-01', '149 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.96', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (96, 'Alice', 'Miller', 'user96@mail.invalid', '(212) 555-0196', '2000-01-01', '92 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.97', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (97, 'Judy', 'Smith', 'judy.smith97@example.net', '+44 20 7946 0097', '1957-01-01', '56 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.98', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (98, 'Heidi', 'Pérez', 'heidi.perez98@example.net', '07700 900098', '1955-01-01', '96 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.99', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (99, 'Peggy', 'Mustermann', 'user99@mail.invalid', '+1 415-555-0199', '1974-01-01', '17 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::63', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (100, 'Olivia', 'Pérez', 'olivia.perez100@example.org', '(212) 555-0100', '2000-01-01', '17 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::64', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (101, 'Trent', 'Brown', 'trent.brown101@mail.invalid', '+44 20 7946 0101', '2001-01-01', '3 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.102', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (102, 'Dave', 'Roe', 'user102@corp.example', '07700 900102', '1959-01-01', '47 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.103', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (103, 'Grace', 'Williams', 'grace.williams103@corp.example', '+1 415-555-0103', '1951-01-01', '4 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::67', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (104, 'Grace', 'Placeholder', 'grace.placeholder104@example.com', '(212) 555-0104', '1965-01-01', '96 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.105', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (105, 'Niaj', 'Jones', 'user105@example.com', '+44 20 7946 0105', '1965-01-01', '35 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.106', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (106, 'Peggy', 'Roe', 'peggy.roe106@example.org', '07700 900106', '1998-01-01', '57 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.107', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (107, 'Bob', 'Johnson', 'bob.johnson107@example.net', '+1 415-555-0107', '1994-01-01', '121 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::6b', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (108, 'Dave', 'Davis', 'user108@mail.invalid', '(212) 555-0108', '1974-01-01', '61 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.109', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (109, 'Judy', 'Doe', 'judy.doe109@shop.test', '+44 20 7946 0109', '1991-01-01', '49 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.110', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (110, 'Erin', 'Mustermann', 'erin.mustermann110@mail.invalid', '07700 900110', '1950-01-01', '11 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.111', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (111, 'Ivan', 'Davis', 'user111@example.org', '+1 415-555-0111', '1960-01-01', '114 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.112', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (112, 'Rupert', 'Roe', 'rupert.roe112@shop.test', '(212) 555-0112', '1988-01-01', '57 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.113', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (113, 'Ivan', 'Sample', 'ivan.sample113@example.net', '+44 20 7946 0113', '1952-01-01', '66 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.114', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (114, 'Bob', 'Williams', 'user114@corp.example', '07700 900114', '1962-01-01', '44 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.115', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (115, 'Heidi', 'Johnson', 'heidi.johnson115@mail.invalid', '+1 415-555-0115', '1976-01-01', '66 Main Street', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::73', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (116, 'Ivan', 'Pérez', 'ivan.perez116@example.net', '(212) 555-0116', '1965-01-01', '129 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.117', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (117, 'Carol', 'Johnson', 'user117@example.net', '+44 20 7946 0117', '1987-01-01', '79 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::75', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (118, 'Trent', 'Davis', 'trent.davis118@corp.example', '07700 900118', '1980-01-01', '85 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.119', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (119, 'Walter', 'Doe', 'walter.doe119@example.com', '+1 415-555-0119', '1989-01-01', '164 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.120', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (120, 'Sybil', 'Pérez', 'user120@example.org', '(212) 555-0120', '1989-01-01', '21 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.121', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (121, 'Alice', 'Sample', 'alice.sample121@example.com', '+44 20 7946 0121', '1974-01-01', '72 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::79', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (122, 'Dave', 'Roe', 'dave.roe122@mail.invalid', '07700 900122', '1977-01-01', '112 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.123', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (123, 'Alice', 'Mustermann', 'user123@example.com', '+1 415-555-0123', '1980-01-01', '35 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.124', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (124, 'Niaj', 'Smith', 'niaj.smith124@example.net', '(212) 555-0124', '1968-01-01', '106 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.125', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (125, 'Grace', 'Example', 'grace.example125@mail.invalid', '+44 20 7946 0125', '1992-01-01', '49 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.126', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (126, 'Grace', 'Smith', 'user126@mail.invalid', '07700 900126', '1978-01-01', '83 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.127', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (127, 'Jane', 'Miller', 'jane.miller127@mail.invalid', '+1 415-555-0127', '1956-01-01', '112 Main Street', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.128', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (128, 'Dave', 'Smith', 'dave.smith128@corp.example', '(212) 555-0128', '1996-01-01', '178 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.129', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (129, 'Niaj', 'Placeholder', 'user129@example.net', '+44 20 7946 0129', '1977-01-01', '72 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.130', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (130, 'Mallory', 'Dupont', 'mallory.dupont130@example.net', '07700 900130', '1997-01-01', '2 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::82', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (131, 'Peggy', 'Miller', 'peggy.miller131@corp.example', '+1 415-555-0131', '1971-01-01', '140 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.132', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (132, 'Sybil', 'Placeholder', 'user132@example.net', '(212) 555-0132', '1950-01-01', '153 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.133', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (133, 'Dave', 'Pérez', 'dave.perez133@shop.test', '+44 20 7946 0133', '1983-01-01', '121 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.134', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (134, 'Sybil', 'Williams', 'sybil.williams134@shop.test', '07700 900134', '1950-01-01', '65 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.135', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (135, 'Walter', 'Roe', 'user135@example.net', '+1 415-555-0135', '1964-01-01', '110 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::87', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (136, 'Heidi', 'Davis', 'heidi.davis136@example.com', '(212) 555-0136', '1967-01-01', '91 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.137', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (137, 'Judy', 'Williams', 'judy.williams137@example.net', '+44 20 7946 0137', '1983-01-01', '71 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::89', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (138, 'Frank', 'Williams', 'user138@shop.test', '07700 900138', '1986-01-01', '117 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::8a', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (139, 'Dave', 'Brown', 'dave.brown139@mail.invalid', '+1 415-555-0139', '1960-01-01', '57 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.140', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (140, 'Alice', 'Dupont', 'alice.dupont140@example.net', '(212) 555-0140', '1988-01-01', '74 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.141', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (141, 'Sybil', 'Roe', 'user141@example.net', '+44 20 7946 0141', '1975-01-01', '61 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.142', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (142, 'Peggy', 'Roe', 'peggy.roe142@corp.example', '07700 900142', '1980-01-01', '165 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::8e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (143, 'Heidi', 'Example', 'heidi.example143@shop.test', '+1 415-555-0143', '1992-01-01', '96 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.144', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (144, 'Niaj', 'Doe', 'user144@example.org', '(212) 555-0144', '2003-01-01', '147 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.145', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (145, 'Trent', 'Mustermann', 'trent.mustermann145@example.com', '+44 20 7946 0145', '1979-01-01', '170 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.146', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (146, 'Jane', 'Mustermann', 'jane.mustermann146@corp.example', '07700 900146', '1964-01-01', '9 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.147', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (147, 'Mallory', 'Roe', 'user147@corp.example', '+1 415-555-0147', '1987-01-01', '19 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.148', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (148, 'Peggy', 'Tester', 'peggy.tester148@example.com', '(212) 555-0148', '1951-01-01', '105 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::94', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (149, 'Trent', 'Miller', 'trent.miller149@corp.example', '+44 20 7946 0149', '1991-01-01', '125 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::95', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (150, 'Grace', 'Dupont', 'user150@shop.test', '07700 900150', '1963-01-01', '84 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.151', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (151, 'Mallory', 'Mustermann', 'mallory.mustermann151@corp.example', '+1 415-555-0151', '1987-01-01', '83 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.152', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (152, 'Jane', 'Example', 'jane.example152@example.com', '(212) 555-0152', '1982-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.153', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (153, 'Peggy', 'Johnson', 'user153@mail.invalid', '+44 20 7946 0153', '1983-01-01', '146 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.154', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (154, 'Judy', 'Smith', 'judy.smith154@example.org', '07700 900154', '1960-01-01', '134 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.155', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (155, 'Trent', 'Miller', 'trent.miller155@example.com', '+1 415-555-0155', '1957-01-01', '60 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.156', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (156, 'Frank', 'Placeholder', 'user156@mail.invalid', '(212) 555-0156', '1988-01-01', '27 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.157', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (157, 'Frank', 'Roe', 'frank.roe157@example.com', '+44 20 7946 0157', '1956-01-01', '148 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.158', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (158, 'Grace', 'Williams', 'grace.williams158@example.com', '07700 900158', '1976-01-01', '95 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.159', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (159, 'Alice', 'Dupont', 'user159@corp.example', '+1 415-555-0159', '1986-01-01', '74 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::9f', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (160, 'Jane', 'Davis', 'jane.davis160@shop.test', '(212) 555-0160', '1980-01-01', '177 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.161', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (161, 'Judy', 'Tester', 'judy.tester161@mail.invalid', '+44 20 7946 0161', '1962-01-01', '131 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.162', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (162, 'Judy', 'Roe', 'user162@example.org', '07700 900162', '1962-01-01', '70 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::a2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (163, 'Alice', 'Placeholder', 'alice.placeholder163@shop.test', '+1 415-555-0163', '1966-01-01', '46 Main Street', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.164', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (164, 'Mallory', 'Dupont', 'mallory.dupont164@mail.invalid', '(212) 555-0164', '1960-01-01', '177 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.165', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (165, 'Ivan', 'Miller', 'user165@example.net', '+44 20 7946 0165', '1958-01-01', '108 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.166', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (166, 'John', 'Dupont', 'john.dupont166@mail.invalid', '07700 900166', '1975-01-01', '58 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.167', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (167, 'Dave', 'Dupont', 'dave.dupont167@example.com', '+1 415-555-0167', '1979-01-01', '163 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.168', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (168, 'Peggy', 'Miller', 'user168@example.net', '(212) 555-0168', '1970-01-01', '76 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.169', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (169, 'Trent', 'Example', 'trent.example169@mail.invalid', '+44 20 7946 0169', '1968-01-01', '56 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::a9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (170, 'Grace', 'Mustermann', 'grace.mustermann170@corp.example', '07700 900170', '1966-01-01', '162 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.171', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (171, 'Erin', 'Davis', 'user171@example.org', '+1 415-555-0171', '1991-01-01', '144 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.172', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (172, 'Victor', 'Roe', 'victor.roe172@mail.invalid', '(212) 555-0172', '1972-01-01', '176 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.173', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (173, 'Peggy', 'Example', 'peggy.example173@example.org', '+44 20 7946 0173', '1979-01-01', '105 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.174', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (174, 'Grace', 'Tester', 'user174@mail.invalid', '07700 900174', '1981-01-01', '39 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.175', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (175, 'Sybil', 'Davis', 'sybil.davis175@example.com', '+1 415-555-0175', '1961-01-01', '98 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.176', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (176, 'Erin', 'Smith', 'erin.smith176@example.org', '(212) 555-0176', '1959-01-01', '171 Main Street', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.177', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (177, 'Victor', 'Tester', 'user177@shop.test', '+44 20 7946 0177', '1992-01-01', '71 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.178', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (178, 'Grace', 'Mustermann', 'grace.mustermann178@corp.example', '07700 900178', '1965-01-01', '166 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.179', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (179, 'Olivia', 'Dupont', 'olivia.dupont179@example.com', '+1 415-555-0179', '2004-01-01', '156 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.180', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (180, 'Sybil', 'Placeholder', 'user180@mail.invalid', '(212) 555-0180', '1999-01-01', '64 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.181', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (181, 'Olivia', 'Davis', 'olivia.davis181@shop.test', '+44 20 7946 0181', '1990-01-01', '40 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::b5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (182, 'Heidi', 'Placeholder', 'heidi.placeholder182@example.org', '07700 900182', '1991-01-01', '159 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.183', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (183, 'Erin', 'Davis', 'user183@mail.invalid', '+1 415-555-0183', '1950-01-01', '22 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.184', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (184, 'Judy', 'Williams', 'judy.williams184@mail.invalid', '(212) 555-0184', '1989-01-01', '58 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.185', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (185, 'Sybil', 'Example', 'sybil.example185@corp.example', '+44 20 7946 0185', '1979-01-01', '151 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.186', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (186, 'Walter', 'Jones', 'user186@mail.invalid', '07700 900186', '2003-01-01', '48 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::ba', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (187, 'Erin', 'Dupont', 'erin.dupont187@mail.invalid', '+1 415-555-0187', '1967-01-01', '109 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::bb', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (188, 'Ivan', 'Example', 'ivan.example188@shop.test', '(212) 555-0188', '1982-01-01', '18 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::bc', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (189, 'John', 'Placeholder', 'user189@example.com', '+44 20 7946 0189', '1951-01-01', '52 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::bd', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (190, 'Olivia', 'Davis', 'olivia.davis190@example.com', '07700 900190', '1999-01-01', '132 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::be', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (191, 'Grace', 'Example', 'grace.example191@mail.invalid', '+1 415-555-0191', '1995-01-01', '153 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.192', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (192, 'Peggy', 'Tester', 'user192@mail.invalid', '(212) 555-0192', '1967-01-01', '65 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.193', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (193, 'Grace', 'Brown', 'grace.brown193@mail.invalid', '+44 20 7946 0193', '1956-01-01', '128 Main Street', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.194', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (194, 'Sybil', 'Jones', 'sybil.jones194@shop.test', '07700 900194', '2002-01-01', '95 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.195', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (195, 'Judy', 'Jones', 'user195@shop.test', '+1 415-555-0195', '1982-01-01', '75 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.196', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (196, 'Jane', 'Roe', 'jane.roe196@corp.example', '(212) 555-0196', '1973-01-01', '156 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.197', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (197, 'John', 'Example', 'john.example197@mail.invalid', '+44 20 7946 0197', '1955-01-01', '10 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.198', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (198, 'Grace', 'Roe', 'user198@corp.example', '07700 900198', '1999-01-01', '144 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::c6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (199, 'Dave', 'Johnson', 'dave.johnson199@example.com', '+1 415-555-0199', '1953-01-01', '168 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.200', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (200, 'Grace', 'Johnson', 'grace.johnson200@mail.invalid', '(212) 555-0100', '1992-01-01', '82 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.201', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (201, 'Carol', 'Mustermann', 'user201@shop.test', '+44 20 7946 0201', '1982-01-01', '26 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.202', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (202, 'Trent', 'Placeholder', 'trent.placeholder202@example.net', '07700 900202', '1977-01-01', '108 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.203', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (203, 'Trent', 'Miller', 'trent.miller203@example.net', '+1 415-555-0103', '1955-01-01', '79 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.204', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (204, 'John', 'Johnson', 'user204@mail.invalid', '(212) 555-0104', '1988-01-01', '19 Main Street', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.205', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (205, 'Walter', 'Placeholder', 'walter.placeholder205@mail.invalid', '+44 20 7946 0205', '1962-01-01', '179 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.206', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (206, 'Bob', 'Johnson', 'bob.johnson206@mail.invalid', '07700 900206', '2004-01-01', '118 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.207', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (207, 'Peggy', 'Davis', 'user207@example.com', '+1 415-555-0107', '1960-01-01', '163 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.208', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (208, 'Trent', 'Dupont', 'trent.dupont208@shop.test', '(212) 555-0108', '1969-01-01', '179 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::d0', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (209, 'Grace', 'Sample', 'grace.sample209@shop.test', '+44 20 7946 0209', '1960-01-01', '78 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.210', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (210, 'Jane', 'Doe', 'user210@example.org', '07700 900210', '1976-01-01', '136 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.211', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (211, 'Dave', 'Brown', 'dave.brown211@example.com', '+1 415-555-0111', '1952-01-01', '52 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.212', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (212, 'Trent', 'Brown', 'trent.brown212@example.org', '(212) 555-0112', '1977-01-01', '19 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.213', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (213, 'Frank', 'Brown', 'user213@example.org', '+44 20 7946 0213', '1950-01-01', '172 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::d5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (214, 'Erin', 'Placeholder', 'erin.placeholder214@example.org', '07700 900214', '1951-01-01', '151 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.215', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (215, 'Victor', 'Miller', 'victor.miller215@example.com', '+1 415-555-0115', '1999-01-01', '12 Main Street', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.216', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (216, 'Ivan', 'Mustermann', 'user216@mail.invalid', '(212) 555-0116', '1952-01-01', '89 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.217', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (217, 'Alice', 'Williams', 'alice.williams217@example.com', '+44 20 7946 0217', '1958-01-01', '79 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.218', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (218, 'Heidi', 'Dupont', 'heidi.dupont218@example.org', '07700 900218', '1968-01-01', '147 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.219', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (219, 'Mallory', 'Brown', 'user219@example.net', '+1 415-555-0119', '1960-01-01', '80 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.220', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (220, 'Frank', 'Johnson', 'frank.johnson220@example.com', '(212) 555-0120', '1967-01-01', '87 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.221', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (221, 'Heidi', 'Doe', 'heidi.doe221@example.org', '+44 20 7946 0221', '1982-01-01', '140 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.222', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (222, 'Mallory', 'Brown', 'user222@example.org', '07700 900222', '1975-01-01', '180 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::de', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (223, 'Mallory', 'Placeholder', 'mallory.placeholder223@mail.invalid', '+1 415-555-0123', '1974-01-01', '99 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::df', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (224, 'Walter', 'Jones', 'walter.jones224@example.net', '(212) 555-0124', '1978-01-01', '135 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.225', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (225, 'Olivia', 'Placeholder', 'user225@example.net', '+44 20 7946 0225', '1969-01-01', '127 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::e1', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (226, 'Victor', 'Mustermann', 'victor.mustermann226@shop.test', '07700 900226', '1971-01-01', '180 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.227', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (227, 'Heidi', 'Sample', 'heidi.sample227@example.net', '+1 415-555-0127', '1995-01-01', '161 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.228', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (228, 'Walter', 'Brown', 'user228@shop.test', '(212) 555-0128', '1994-01-01', '173 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::e4', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (229, 'Olivia', 'Pérez', 'olivia.perez229@example.com', '+44 20 7946 0229', '1967-01-01', '56 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.230', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (230, 'Olivia', 'Williams', 'olivia.williams230@shop.test', '07700 900230', '1984-01-01', '76 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::e6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (231, 'Alice', 'Dupont', 'user231@corp.example', '+1 415-555-0131', '1998-01-01', '12 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.232', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (232, 'Erin', 'Williams', 'erin.williams232@shop.test', '(212) 555-0132', '1969-01-01', '154 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.233', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (233, 'Walter', 'Miller', 'walter.miller233@mail.invalid', '+44 20 7946 0233', '2000-01-01', '17 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::e9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (234, 'Jane', 'Miller', 'user234@mail.invalid', '07700 900234', '1957-01-01', '95 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::ea', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (235, 'Rupert', 'Davis', 'rupert.davis235@example.com', '+1 415-555-0135', '1952-01-01', '51 Main Street', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.236', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (236, 'John', 'Sample', 'john.sample236@example.net', '(212) 555-0136', '1953-01-01', '121 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.237', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (237, 'Walter', 'Smith', 'user237@corp.example', '+44 20 7946 0237', '1991-01-01', '64 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::ed', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (238, 'Olivia', 'Sample', 'olivia.sample238@shop.test', '07700 900238', '1975-01-01', '177 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.239', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (239, 'Heidi', 'Miller', 'heidi.miller239@example.org', '+1 415-555-0139', '1958-01-01', '43 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.240', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (240, 'Olivia', 'Tester', 'user240@example.org', '(212) 555-0140', '2002-01-01', '17 Main Street', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.241', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (241, 'Judy', 'Sample', 'judy.sample241@example.org', '+44 20 7946 0241', '1997-01-01', '179 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.242', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (242, 'Alice', 'Pérez', 'alice.perez242@example.net', '07700 900242', '1979-01-01', '167 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.243', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (243, 'Rupert', 'Johnson', 'user243@mail.invalid', '+1 415-555-0143', '1956-01-01', '104 Main Street', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.244', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (244, 'Trent', 'Williams', 'trent.williams244@example.com', '(212) 555-0144', '1953-01-01', '140 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.245', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (245, 'Judy', 'Example', 'judy.example245@example.com', '+44 20 7946 0245', '1951-01-01', '10 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.246', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (246, 'Bob', 'Jones', 'user246@example.net', '07700 900246', '1961-01-01', '133 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::f6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (247, 'Heidi', 'Williams', 'heidi.williams247@mail.invalid', '+1 415-555-0147', '1974-01-01', '159 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.248', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (248, 'Trent', 'Jones', 'trent.jones248@corp.example', '(212) 555-0148', '1968-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.249', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (249, 'Trent', 'Williams', 'user249@corp.example', '+44 20 7946 0249', '1952-01-01', '104 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.250', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (250, 'Ivan', 'Davis', 'ivan.davis250@example.net', '07700 900250', '1971-01-01', '86 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.1', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (251, 'Victor', 'Williams', 'victor.williams251@mail.invalid', '+1 415-555-0151', '1995-01-01', '48 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::fb', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (252, 'Sybil', 'Smith', 'user252@example.net', '(212) 555-0152', '1962-01-01', '153 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (253, 'Bob', 'Example', 'bob.example253@shop.test', '+44 20 7946 0253', '1991-01-01', '169 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.4', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (254, 'Frank', 'Davis', 'frank.davis254@example.net', '07700 900254', '1993-01-01', '101 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (255, 'Heidi', 'Johnson', 'user255@example.org', '+1 415-555-0155', '1961-01-01', '34 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (256, 'Sybil', 'Placeholder', 'sybil.placeholder256@example.net', '(212) 555-0156', '1958-01-01', '82 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (257, 'Grace', 'Johnson', 'grace.johnson257@example.com', '+44 20 7946 0257', '1972-01-01', '132 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::101', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (258, 'Frank', 'Miller', 'user258@example.org', '07700 900258', '1950-01-01', '83 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (259, 'Carol', 'Pérez', 'carol.perez259@example.net', '+1 415-555-0159', '1971-01-01', '157 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.10', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (260, 'Olivia', 'Miller', 'olivia.miller260@corp.example', '(212) 555-0160', '1971-01-01', '124 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.11', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (261, 'Ivan', 'Sample', 'user261@example.net', '+44 20 7946 0261', '1959-01-01', '132 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::105', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (262, 'Trent', 'Davis', 'trent.davis262@shop.test', '07700 900262', '1997-01-01', '148 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.13', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (263, 'Rupert', 'Pérez', 'rupert.perez263@corp.example', '+1 415-555-0163', '2003-01-01', '60 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.14', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (264, 'Dave', 'Pérez', 'user264@example.org', '(212) 555-0164', '1982-01-01', '153 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.15', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (265, 'Ivan', 'Roe', 'ivan.roe265@example.com', '+44 20 7946 0265', '1986-01-01', '103 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.16', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (266, 'Rupert', 'Smith', 'rupert.smith266@example.com', '07700 900266', '1969-01-01', '156 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.17', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (267, 'Niaj', 'Johnson', 'user267@example.net', '+1 415-555-0167', '1982-01-01', '76 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.18', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (268, 'Dave', 'Jones', 'dave.jones268@example.com', '(212) 555-0168', '1975-01-01', '22 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.19', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (269, 'Peggy', 'Sample', 'peggy.sample269@example.org', '+44 20 7946 0269', '1957-01-01', '73 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.20', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (270, 'Erin', 'Jones', 'user270@mail.invalid', '07700 900270', '1977-01-01', '11 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::10e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (271, 'Mallory', 'Pérez', 'mallory.perez271@corp.example', '+1 415-555-0171', '2004-01-01', '126 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.22', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (272, 'Rupert', 'Miller', 'rupert.miller272@example.net', '(212) 555-0172', '1978-01-01', '42 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.23', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (273, 'Alice', 'Example', 'user273@corp.example', '+44 20 7946 0273', '1974-01-01', '29 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::111', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (274, 'Heidi', 'Johnson', 'heidi.johnson274@example.org', '07700 900274', '1958-01-01', '3 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.25', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (275, 'Frank', 'Brown', 'frank.brown275@example.com', '+1 415-555-0175', '1966-01-01', '123 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.26', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (276, 'Rupert', 'Smith', 'user276@example.net', '(212) 555-0176', '1995-01-01', '121 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.27', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (277, 'Olivia', 'Sample', 'olivia.sample277@corp.example', '+44 20 7946 0277', '1983-01-01', '107 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.28', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (278, 'Victor', 'Doe', 'victor.doe278@example.org', '07700 900278', '1989-01-01', '98 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.29', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (279, 'Olivia', 'Pérez', 'user279@example.org', '+1 415-555-0179', '1975-01-01', '57 Main Street', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.30', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (280, 'Erin', 'Placeholder', 'erin.placeholder280@mail.invalid', '(212) 555-0180', '1972-01-01', '57 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.31', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (281, 'Grace', 'Placeholder', 'grace.placeholder281@mail.invalid', '+44 20 7946 0281', '1969-01-01', '164 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::119', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (282, 'John', 'Placeholder', 'user282@corp.example', '07700 900282', '1985-01-01', '141 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.33', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (283, 'Sybil', 'Miller', 'sybil.miller283@corp.example', '+1 415-555-0183', '2004-01-01', '126 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.34', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (284, 'Victor', 'Williams', 'victor.williams284@example.com', '(212) 555-0184', '1958-01-01', '66 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::11c', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (285, 'Dave', 'Dupont', 'user285@example.org', '+44 20 7946 0285', '1985-01-01', '17 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.36', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (286, 'Olivia', 'Brown', 'olivia.brown286@corp.example', '07700 900286', '1966-01-01', '174 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.37', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (287, 'Olivia', 'Sample', 'olivia.sample287@example.com', '+1 415-555-0187', '1985-01-01', '78 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.38', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (288, 'Mallory', 'Johnson', 'user288@shop.test', '(212) 555-0188', '1956-01-01', '94 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.39', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (289, 'Sybil', 'Williams', 'sybil.williams289@example.org', '+44 20 7946 0289', '1969-01-01', '144 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.40', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (290, 'Judy', 'Smith', 'judy.smith290@example.org', '07700 900290', '1969-01-01', '164 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.41', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (291, 'Erin', 'Smith', 'user291@example.net', '+1 415-555-0191', '2000-01-01', '173 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.42', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (292, 'Victor', 'Jones', 'victor.jones292@example.com', '(212) 555-0192', '1966-01-01', '3 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.43', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (293, 'Victor', 'Mustermann', 'victor.mustermann293@corp.example', '+44 20 7946 0293', '1964-01-01', '97 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.44', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (294, 'Grace', 'Johnson', 'user294@example.org', '07700 900294', '1985-01-01', '55 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::126', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (295, 'Heidi', 'Sample', 'heidi.sample295@example.org', '+1 415-555-0195', '1963-01-01', '162 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.46', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (296, 'Rupert', 'Brown', 'rupert.brown296@corp.example', '(212) 555-0196', '2002-01-01', '38 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::128', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (297, 'Trent', 'Jones', 'user297@corp.example', '+44 20 7946 0297', '1998-01-01', '45 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.48', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (298, 'John', 'Sample', 'john.sample298@shop.test', '07700 900298', '2000-01-01', '119 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.49', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (299, 'Ivan', 'Brown', 'ivan.brown299@mail.invalid', '+1 415-555-0199', '1956-01-01', '136 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (300, 'Peggy', 'Mustermann', 'user300@mail.invalid', '(212) 555-0100', '1980-01-01', '47 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.51', '2024-05-01 10:00:00+00');


--
-- Data for Name: identity_documents; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (1, 1, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0001');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (2, 2, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0002');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (3, 3, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0003');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (4, 4, '***-**-0004', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0004');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (5, 5, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0005');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (6, 6, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0006');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (7, 7, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0007');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (8, 8, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0008');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (9, 9, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0009');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (10, 10, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0010');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (11, 11, '***-**-0011', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0011');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (12, 12, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0012');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (13, 13, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0013');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (14, 14, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0014');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (15, 15, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0015');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (16, 16, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0016');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (17, 17, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0017');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (18, 18, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0018');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (19, 19, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0019');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (20, 20, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0020');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (21, 21, '***-**-0021', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0021');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (22, 22, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0022');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (23, 23, '***-**-0023', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0023');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (24, 24, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0024');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (25, 25, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0025');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (26, 26, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0026');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (27, 27, '***-**-0027', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0027');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (28, 28, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0028');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (29, 29, '***-**-0029', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0029');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (30, 30, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0030');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (31, 31, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0031');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (32, 32, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0032');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (33, 33, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0033');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (34, 34, '***-**-0034', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0034');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (35, 35, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0035');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (36, 36, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0036');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (37, 37, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0037');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (38, 38, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0038');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (39, 39, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0039');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (40, 40, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0040');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (41, 41, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0041');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (42, 42, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0042');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (43, 43, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0043');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (44, 44, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0044');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (45, 45, '***-**-0045', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0045');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (46, 46, '***-**-0046', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0046');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (47, 47, '***-**-0047', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0047');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (48, 48, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0048');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (49, 49, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0049');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (50, 50, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0050');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (51, 51, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0051');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (52, 52, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0052');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (53, 53, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0053');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (54, 54, '***-**-0054', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0054');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (55, 55, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0055');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (56, 56, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0056');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (57, 57, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0057');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (58, 58, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0058');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (59, 59, '***-**-0059', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0059');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (60, 60, '***-**-0060', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0060');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (61, 61, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0061');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (62, 62, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0062');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (63, 63, '***-**-0063', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0063');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (64, 64, '***-**-0064', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0064');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (65, 65, '***-**-0065', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0065');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (66, 66, '***-**-0066', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0066');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (67, 67, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0067');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (68, 68, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0068');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (69, 69, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0069');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (70, 70, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0070');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (71, 71, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0071');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (72, 72, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0072');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (73, 73, '***-**-0073', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0073');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (74, 74, '***-**-0074', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0074');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (75, 75, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0075');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (76, 76, '***-**-0076', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0076');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (77, 77, '***-**-0077', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0077');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (78, 78, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0078');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (79, 79, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0079');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (80, 80, '***-**-0080', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0080');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (81, 81, '***-**-0081', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0081');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (82, 82, '***-**-0082', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0082');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (83, 83, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0083');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (84, 84, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0084');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (85, 85, '***-**-0085', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0085');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (86, 86, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0086');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (87, 87, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0087');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (88, 88, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0088');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (89, 89, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0089');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (90, 90, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0090');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (91, 91, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0091');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (92, 92, '***-**-0092', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0092');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (93, 93, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0093');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (94, 94, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0094');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (95, 95, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0095');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (96, 96, '***-**-0096', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0096');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (97, 97, '***-**-0097', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0097');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (98, 98, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0098');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (99, 99, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0099');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (100, 100, '***-**-0100', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0100');


--
-- Data for Name: kunden; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (1, 'Hans', 'Mustermann', 'hans.mustermann1@shop.test', '020 7946 0001', '1960-01-01', 'Musterstraße 1', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (2, 'Petra', 'Mustermann', 'petra.mustermann2@corp.example', '07700 900002', '1990-01-01', 'Musterstraße 2', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (3, 'Max', 'Mustermann', 'user3@corp.example', '(415) 555-0103', '2002-01-01', 'Musterstraße 3', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (4, 'Hans', 'Mustermann', 'hans.mustermann4@example.net', '(212) 555-0104', '1959-01-01', 'Musterstraße 4', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (5, 'Erika', 'Mustermann', 'erika.mustermann5@example.org', '020 7946 0005', '1989-01-01', 'Musterstraße 5', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (6, 'Petra', 'Mustermann', 'user6@mail.invalid', '07700 900006', '1996-01-01', 'Musterstraße 6', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (7, 'Hans', 'Mustermann', 'hans.mustermann7@example.com', '(415) 555-0107', '1971-01-01', 'Musterstraße 7', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (8, 'Hans', 'Mustermann', 'hans.mustermann8@example.net', '(212) 555-0108', '1956-01-01', 'Musterstraße 8', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (9, 'Hans', 'Mustermann', 'user9@mail.invalid', '020 7946 0009', '1986-01-01', 'Musterstraße 9', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (10, 'Hans', 'Mustermann', 'hans.mustermann10@example.org', '07700 900010', '1992-01-01', 'Musterstraße 10', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (11, 'Erika', 'Mustermann', 'erika.mustermann11@corp.example', '(415) 555-0111', '1962-01-01', 'Musterstraße 11', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (12, 'Hans', 'Mustermann', 'user12@example.com', '(212) 555-0112', '1964-01-01', 'Musterstraße 12', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (13, 'Erika', 'Mustermann', 'erika.mustermann13@example.net', '020 7946 0013', '1975-01-01', 'Musterstraße 13', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (14, 'Erika', 'Mustermann', 'erika.mustermann14@corp.example', '07700 900014', '1963-01-01', 'Musterstraße 14', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (15, 'Erika', 'Mustermann', 'user15@example.org', '(415) 555-0115', '2002-01-01', 'Musterstraße 15', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (16, 'Petra', 'Mustermann', 'petra.mustermann16@mail.invalid', '(212) 555-0116', '1980-01-01', 'Musterstraße 16', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (17, 'Max', 'Mustermann', 'max.mustermann17@example.org', '020 7946 0017', '1969-01-01', 'Musterstraße 17', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (18, 'Hans', 'Mustermann', 'user18@example.org', '07700 900018', '1985-01-01', 'Musterstraße 18', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (19, 'Petra', 'Mustermann', 'petra.mustermann19@shop.test', '(415) 555-0119', '1975-01-01', 'Musterstraße 19', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (20, 'Max', 'Mustermann', 'max.mustermann20@example.org', '(212) 555-0120', '1988-01-01', 'Musterstraße 20', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (21, 'Max', 'Mustermann', 'user21@shop.test', '020 7946 0021', '1971-01-01', 'Musterstraße 21', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (22, 'Erika', 'Mustermann', 'erika.mustermann22@corp.example', '07700 900022', '1973-01-01', 'Musterstraße 22', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (23, 'Erika', 'Mustermann', 'erika.mustermann23@corp.example', '(415) 555-0123', '1980-01-01', 'Musterstraße 23', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (24, 'Hans', 'Mustermann', 'user24@example.com', '(212) 555-0124', '1982-01-01', 'Musterstraße 24', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (25, 'Max', 'Mustermann', 'max.mustermann25@mail.invalid', '020 7946 0025', '1972-01-01', 'Musterstraße 25', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (26, 'Erika', 'Mustermann', 'erika.mustermann26@example.org', '07700 900026', '1971-01-01', 'Musterstraße 26', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (27, 'Erika', 'Mustermann', 'user27@corp.example', '(415) 555-0127', '1993-01-01', 'Musterstraße 27', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (28, 'Petra', 'Mustermann', 'petra.mustermann28@shop.test', '(212) 555-0128', '1992-01-01', 'Musterstraße 28', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (29, 'Max', 'Mustermann', 'max.mustermann29@example.org', '020 7946 0029', '1991-01-01', 'Musterstraße 29', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (30, 'Petra', 'Mustermann', 'user30@corp.example', '07700 900030', '1954-01-01', 'Musterstraße 30', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (31, 'Petra', 'Mustermann', 'petra.mustermann31@example.net', '(415) 555-0131', '1986-01-01', 'Musterstraße 31', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (32, 'Erika', 'Mustermann', 'erika.mustermann32@example.net', '(212) 555-0132', '1987-01-01', 'Musterstraße 32', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (33, 'Petra', 'Mustermann', 'user33@corp.example', '020 7946 0033', '1994-01-01', 'Musterstraße 33', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (34, 'Petra', 'Mustermann', 'petra.mustermann34@shop.test', '07700 900034', '1963-01-01', 'Musterstraße 34', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (35, 'Petra', 'Mustermann', 'petra.mustermann35@example.net', '(415) 555-0135', '1977-01-01', 'Musterstraße 35', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (36, 'Petra', 'Mustermann', 'user36@shop.test', '(212) 555-0136', '1968-01-01', 'Musterstraße 36', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (37, 'Petra', 'Mustermann', 'petra.mustermann37@corp.example', '020 7946 0037', '1961-01-01', 'Musterstraße 37', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (38, 'Petra', 'Mustermann', 'petra.mustermann38@example.net', '07700 900038', '1963-01-01', 'Musterstraße 38', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (39, 'Max', 'Mustermann', 'user39@example.org', '(415) 555-0139', '1965-01-01', 'Musterstraße 39', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (40, 'Hans', 'Mustermann', 'hans.mustermann40@example.net', '(212) 555-0140', '2004-01-01', 'Musterstraße 40', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (41, 'Hans', 'Mustermann', 'hans.mustermann41@example.com', '020 7946 0041', '1956-01-01', 'Musterstraße 41', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (42, 'Erika', 'Mustermann', 'user42@example.org', '07700 900042', '1974-01-01', 'Musterstraße 42', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (43, 'Erika', 'Mustermann', 'erika.mustermann43@example.org', '(415) 555-0143', '1964-01-01', 'Musterstraße 43', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (44, 'Hans', 'Mustermann', 'hans.mustermann44@shop.test', '(212) 555-0144', '1997-01-01', 'Musterstraße 44', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (45, 'Petra', 'Mustermann', 'user45@shop.test', '020 7946 0045', '1964-01-01', 'Musterstraße 45', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (46, 'Max', 'Mustermann', 'max.mustermann46@corp.example', '07700 900046', '2003-01-01', 'Musterstraße 46', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (47, 'Hans', 'Mustermann', 'hans.mustermann47@example.net', '(415) 555-0147', '1959-01-01', 'Musterstraße 47', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (48, 'Hans', 'Mustermann', 'user48@shop.test', '(212) 555-0148', '1957-01-01', 'Musterstraße 48', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (49, 'Max', 'Mustermann', 'max.mustermann49@shop.test', '020 7946 0049', '1960-01-01', 'Musterstraße 49', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (50, 'Petra', 'Mustermann', 'petra.mustermann50@corp.example', '07700 900050', '1969-01-01', 'Musterstraße 50', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (51, 'Erika', 'Mustermann', 'user51@example.com', '(415) 555-0151', '1967-01-01', 'Musterstraße 51', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (52, 'Petra', 'Mustermann', 'petra.mustermann52@example.com', '(212) 555-0152', '1962-01-01', 'Musterstraße 52', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (53, 'Petra', 'Mustermann', 'petra.mustermann53@shop.test', '020 7946 0053', '1969-01-01', 'Musterstraße 53', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (54, 'Erika', 'Mustermann', 'user54@example.org', '07700 900054', '1992-01-01', 'Musterstraße 54', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (55, 'Erika', 'Mustermann', 'erika.mustermann55@example.com', '(415) 555-0155', '1969-01-01', 'Musterstraße 55', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (56, 'Petra', 'Mustermann', 'petra.mustermann56@corp.example', '(212) 555-0156', '1971-01-01', 'Musterstraße 56', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (57, 'Hans', 'Mustermann', 'user57@shop.test', '020 7946 0057', '1953-01-01', 'Musterstraße 57', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (58, 'Hans', 'Mustermann', 'hans.mustermann58@mail.invalid', '07700 900058', '2000-01-01', 'Musterstraße 58', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (59, 'Max', 'Mustermann', 'max.mustermann59@corp.example', '(415) 555-0159', '1970-01-01', 'Musterstraße 59', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (60, 'Petra', 'Mustermann', 'user60@example.org', '(212) 555-0160', '1952-01-01', 'Musterstraße 60', '00000');


--
-- Data for Name: payment_methods; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (1, 1, 'Trent Mustermann', '4111111111111111', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (2, 2, 'Mallory Johnson', '6011111111111117', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (3, 3, 'Bob Dupont', '5105105105105100', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (4, 4, 'Victor Pérez', '**** **** **** 0004', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (5, 5, 'Peggy Williams', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (6, 6, 'Carol Doe', '4242 4242 4242 4242', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (7, 7, 'Rupert Doe', '378282246310005', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (8, 8, 'Dave Williams', '**** **** **** 0008', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (9, 9, 'Alice Johnson', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (10, 10, 'Niaj Doe', '5105105105105100', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (11, 11, 'Erin Roe', '4111111111111111', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (12, 12, 'Mallory Davis', '**** **** **** 0012', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (13, 13, 'Olivia Smith', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (14, 14, 'Grace Johnson', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (15, 15, 'Dave Brown', '4242 4242 4242 4242', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (16, 16, 'Bob Doe', '**** **** **** 0016', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (17, 17, 'Victor Roe', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (18, 18, 'Grace Roe', '5105105105105100', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (19, 19, 'Frank Brown', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (20, 20, 'Rupert Miller', '**** **** **** 0020', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (21, 21, 'Peggy Miller', '4111111111111111', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (22, 22, 'Dave Pérez', '4111111111111111', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (23, 23, 'John Davis', '4242 4242 4242 4242', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (24, 24, 'Niaj Smith', '**** **** **** 0024', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (25, 25, 'Jane Dupont', '5105105105105100', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (26, 26, 'Rupert Miller', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (27, 27, 'Ivan Miller', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (28, 28, 'Mallory Dupont', '**** **** **** 0028', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (29, 29, 'Victor Pérez', '378282246310005', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (30, 30, 'Jane Davis', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (31, 31, 'Olivia Tester', '5105105105105100', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (32, 32, 'Walter Jones', '**** **** **** 0032', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (33, 33, 'Peggy Roe', '378282246310005', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (34, 34, 'Grace Tester', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (35, 35, 'Olivia Roe', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (36, 36, 'Bob Davis', '**** **** **** 0036', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (37, 37, 'Ivan Brown', '378282246310005', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (38, 38, 'Walter Tester', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (39, 39, 'Sybil Davis', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (40, 40, 'Frank Doe', '**** **** **** 0040', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (41, 41, 'Niaj Miller', '4000056655665556', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (42, 42, 'Trent Johnson', '4242 4242 4242 4242', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (43, 43, 'Erin Davis', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (44, 44, 'Olivia Dupont', '**** **** **** 0044', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (45, 45, 'Erin Sample', '4242 4242 4242 4242', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (46, 46, 'Jane Doe', '4242 4242 4242 4242', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (47, 47, 'Ivan Brown', '6011111111111117', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (48, 48, 'Alice Roe', '**** **** **** 0048', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (49, 49, 'Erin Williams', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (50, 50, 'Niaj Pérez', '378282246310005', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (51, 51, 'Heidi Pérez', '5105105105105100', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (52, 52, 'Peggy Tester', '**** **** **** 0052', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (53, 53, 'Dave Davis', '5105105105105100', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (54, 54, 'Dave Davis', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (55, 55, 'Jane Miller', '6011111111111117', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (56, 56, 'Erin Miller', '**** **** **** 0056', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (57, 57, 'Erin Tester', '4111111111111111', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (58, 58, 'Ivan Doe', '4000056655665556', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (59, 59, 'Mallory Pérez', '5105105105105100', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (60, 60, 'Peggy Williams', '**** **** **** 0060', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (61, 61, 'Bob Davis', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (62, 62, 'Peggy Placeholder', '6011111111111117', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (63, 63, 'Sybil Dupont', '5555555555554444', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (64, 64, 'Frank Placeholder', '**** **** **** 0064', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (65, 65, 'Sybil Johnson', '378282246310005', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (66, 66, 'Heidi Davis', '4242 4242 4242 4242', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (67, 67, 'Ivan Smith', '4242 4242 4242 4242', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (68, 68, 'Peggy Miller', '**** **** **** 0068', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (69, 69, 'Heidi Johnson', '6011111111111117', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (70, 70, 'Heidi Dupont', '5555555555554444', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (71, 71, 'John Smith', '4242 4242 4242 4242', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (72, 72, 'Grace Davis', '**** **** **** 0072', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (73, 73, 'Mallory Tester', '4111111111111111', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (74, 74, 'Mallory Jones', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (75, 75, 'Frank Dupont', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (76, 76, 'Carol Mustermann', '**** **** **** 0076', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (77, 77, 'Dave Sample', '4111111111111111', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (78, 78, 'Victor Tester', '6011111111111117', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (79, 79, 'Judy Pérez', '5105105105105100', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (80, 80, 'Erin Williams', '**** **** **** 0080', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (81, 81, 'Ivan Roe', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (82, 82, 'Mallory Smith', '4111111111111111', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (83, 83, 'Heidi Johnson', '5555555555554444', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (84, 84, 'John Johnson', '**** **** **** 0084', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (85, 85, 'Peggy Pérez', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (86, 86, 'Mallory Smith', '4242 4242 4242 4242', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (87, 87, 'Frank Smith', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (88, 88, 'Victor Sample', '**** **** **** 0088', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (89, 89, 'Niaj Placeholder', '378282246310005', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (90, 90, 'Frank Smith', '5555555555554444', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (91, 91, 'Trent Mustermann', '5555555555554444', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (92, 92, 'Walter Mustermann', '**** **** **** 0092', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (93, 93, 'Peggy Doe', '6011111111111117', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (94, 94, 'Rupert Placeholder', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (95, 95, 'Frank Miller', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (96, 96, 'Frank Jones', '**** **** **** 0096', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (97, 97, 'Rupert Mustermann', '5555555555554444', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (98, 98, 'Olivia Doe', '378282246310005', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (99, 99, 'Carol Sample', '4111111111111111', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (100, 100, 'Peggy Roe', '**** **** **** 0100', 'GB29 NWBK 6016 1331 9268 19', '***');


--
-- Data for Name: support_tickets; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (1, 'Ticket 1', 'Call me back on +44 20 7946 0001 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (2, 'Ticket 2', 'My card 4111111111111111 was charged twice.
Thanks, Victor', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (3, 'Ticket 3', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (4, 'Ticket 4', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (5, 'Ticket 5', 'Hello, please write to me at frank.dupont5@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (6, 'Ticket 6', 'Call me back on +44 7700 900006 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (7, 'Ticket 7', 'My card 5555555555554444 was charged twice.
Thanks, Walter', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (8, 'Ticket 8', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (9, 'Ticket 9', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (10, 'Ticket 10', 'Hello, please write to me at trent.example10@corp.example instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (11, 'Ticket 11', 'Call me back on +1 415-555-0111 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (12, 'Ticket 12', 'My card 4000056655665556 was charged twice.
Thanks, Jane', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (13, 'Ticket 13', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (14, 'Ticket 14', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (15, 'Ticket 15', 'Hello, please write to me at user15@example.org instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (16, 'Ticket 16', 'Call me back on +1 212-555-0116 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (17, 'Ticket 17', 'My card 4111111111111111 was charged twice.
Thanks, Ivan', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (18, 'Ticket 18', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (19, 'Ticket 19', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (20, 'Ticket 20', 'Hello, please write to me at grace.smith20@example.org instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (21, 'Ticket 21', 'Call me back on +44 20 7946 0021 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (22, 'Ticket 22', 'My card 378282246310005 was charged twice.
Thanks, Heidi', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (23, 'Ticket 23', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (24, 'Ticket 24', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (25, 'Ticket 25', 'Hello, please write to me at walter.brown25@example.net instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (26, 'Ticket 26', 'Call me back on +44 7700 900026 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (27, 'Ticket 27', 'My card 5105105105105100 was charged twice.
Thanks, Dave', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (28, 'Ticket 28', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (29, 'Ticket 29', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (30, 'Ticket 30', 'Hello, please write to me at user30@corp.example instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (31, 'Ticket 31', 'Call me back on +1 415-555-0131 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (32, 'Ticket 32', 'My card 6011111111111117 was charged twice.
Thanks, Heidi', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (33, 'Ticket 33', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (34, 'Ticket 34', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (35, 'Ticket 35', 'Hello, please write to me at ivan.jones35@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (36, 'Ticket 36', 'Call me back on +1 212-555-0136 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (37, 'Ticket 37', 'My card 5555555555554444 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (38, 'Ticket 38', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (39, 'Ticket 39', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (40, 'Ticket 40', 'Hello, please write to me at jane.roe40@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (41, 'Ticket 41', 'Call me back on +44 20 7946 0041 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (42, 'Ticket 42', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Rupert', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (43, 'Ticket 43', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (44, 'Ticket 44', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (45, 'Ticket 45', 'Hello, please write to me at user45@example.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (46, 'Ticket 46', 'Call me back on +44 7700 900046 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (47, 'Ticket 47', 'My card 4000056655665556 was charged twice.
Thanks, Judy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (48, 'Ticket 48', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (49, 'Ticket 49', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (50, 'Ticket 50', 'Hello, please write to me at erin.sample50@mail.invalid instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (51, 'Ticket 51', 'Call me back on +1 415-555-0151 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (52, 'Ticket 52', 'My card 4000056655665556 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (53, 'Ticket 53', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (54, 'Ticket 54', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (55, 'Ticket 55', 'Hello, please write to me at grace.jones55@example.org instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (56, 'Ticket 56', 'Call me back on +1 212-555-0156 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (57, 'Ticket 57', 'My card 4000056655665556 was charged twice.
Thanks, Mallory', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (58, 'Ticket 58', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (59, 'Ticket 59', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (60, 'Ticket 60', 'Hello, please write to me at user60@mail.invalid instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (61, 'Ticket 61', 'Call me back on +44 20 7946 0061 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (62, 'Ticket 62', 'My card 4000056655665556 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (63, 'Ticket 63', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (64, 'Ticket 64', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (65, 'Ticket 65', 'Hello, please write to me at rupert.smith65@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (66, 'Ticket 66', 'Call me back on +44 7700 900066 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (67, 'Ticket 67', 'My card 4111111111111111 was charged twice.
Thanks, Olivia', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (68, 'Ticket 68', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (69, 'Ticket 69', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (70, 'Ticket 70', 'Hello, please write to me at ivan.dupont70@shop.test instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (71, 'Ticket 71', 'Call me back on +1 415-555-0171 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (72, 'Ticket 72', 'My card 6011111111111117 was charged twice.
Thanks, Rupert', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (73, 'Ticket 73', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (74, 'Ticket 74', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (75, 'Ticket 75', 'Hello, please write to me at user75@corp.example instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (76, 'Ticket 76', 'Call me back on +1 212-555-0176 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (77, 'Ticket 77', 'My card 5555555555554444 was charged twice.
Thanks, Grace', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (78, 'Ticket 78', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (79, 'Ticket 79', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (80, 'Ticket 80', 'Hello, please write to me at ivan.smith80@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (81, 'Ticket 81', 'Call me back on +44 20 7946 0081 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (82, 'Ticket 82', 'My card 5105105105105100 was charged twice.
Thanks, Sybil', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (83, 'Ticket 83', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (84, 'Ticket 84', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (85, 'Ticket 85', 'Hello, please write to me at bob.tester85@example.net instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (86, 'Ticket 86', 'Call me back on +44 7700 900086 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (87, 'Ticket 87', 'My card 6011111111111117 was charged twice.
Thanks, Mallory', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (88, 'Ticket 88', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (89, 'Ticket 89', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (90, 'Ticket 90', 'Hello, please write to me at user90@corp.example instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (91, 'Ticket 91', 'Call me back on +1 415-555-0191 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (92, 'Ticket 92', 'My card 4111111111111111 was charged twice.
Thanks, Grace', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (93, 'Ticket 93', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (94, 'Ticket 94', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (95, 'Ticket 95', 'Hello, please write to me at mallory.dupont95@mail.invalid instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (96, 'Ticket 96', 'Call me back on +1 212-555-0196 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (97, 'Ticket 97', 'My card 6011111111111117 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (98, 'Ticket 98', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (99, 'Ticket 99', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (100, 'Ticket 100', 'Hello, please write to me at jane.smith100@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (101, 'Ticket 101', 'Call me back on +44 20 7946 0101 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (102, 'Ticket 102', 'My card 5105105105105100 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (103, 'Ticket 103', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (104, 'Ticket 104', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (105, 'Ticket 105', 'Hello, please write to me at user105@example.net instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (106, 'Ticket 106', 'Call me back on +44 7700 900106 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (107, 'Ticket 107', 'My card 5105105105105100 was charged twice.
Thanks, Dave', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (108, 'Ticket 108', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (109, 'Ticket 109', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (110, 'Ticket 110', 'Hello, please write to me at niaj.tester110@example.com instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (111, 'Ticket 111', 'Call me back on +1 415-555-0111 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (112, 'Ticket 112', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Grace', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (113, 'Ticket 113', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (114, 'Ticket 114', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (115, 'Ticket 115', 'Hello, please write to me at trent.roe115@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (116, 'Ticket 116', 'Call me back on +1 212-555-0116 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (117, 'Ticket 117', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Bob', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (118, 'Ticket 118', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (119, 'Ticket 119', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (120, 'Ticket 120', 'Hello, please write to me at user120@mail.invalid instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (121, 'Ticket 121', 'Call me back on +44 20 7946 0121 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (122, 'Ticket 122', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (123, 'Ticket 123', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (124, 'Ticket 124', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (125, 'Ticket 125', 'Hello, please write to me at dave.jones125@example.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (126, 'Ticket 126', 'Call me back on +44 7700 900126 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (127, 'Ticket 127', 'My card 5105105105105100 was charged twice.
Thanks, Dave', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (128, 'Ticket 128', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (129, 'Ticket 129', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (130, 'Ticket 130', 'Hello, please write to me at walter.example130@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (131, 'Ticket 131', 'Call me back on +1 415-555-0131 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (132, 'Ticket 132', 'My card 5555555555554444 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (133, 'Ticket 133', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (134, 'Ticket 134', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (135, 'Ticket 135', 'Hello, please write to me at user135@mail.invalid instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (136, 'Ticket 136', 'Call me back on +1 212-555-0136 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (137, 'Ticket 137', 'My card 5555555555554444 was charged twice.
Thanks, Ivan', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (138, 'Ticket 138', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (139, 'Ticket 139', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (140, 'Ticket 140', 'Hello, please write to me at rupert.roe140@example.org instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (141, 'Ticket 141', 'Call me back on +44 20 7946 0141 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (142, 'Ticket 142', 'My card 4000056655665556 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (143, 'Ticket 143', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (144, 'Ticket 144', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (145, 'Ticket 145', 'Hello, please write to me at peggy.perez145@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (146, 'Ticket 146', 'Call me back on +44 7700 900146 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (147, 'Ticket 147', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (148, 'Ticket 148', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (149, 'Ticket 149', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (150, 'Ticket 150', 'Hello, please write to me at user150@shop.test instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (151, 'Ticket 151', 'Call me back on +1 415-555-0151 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (152, 'Ticket 152', 'My card 4111111111111111 was charged twice.
Thanks, Alice', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (153, 'Ticket 153', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (154, 'Ticket 154', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (155, 'Ticket 155', 'Hello, please write to me at erin.jones155@mail.invalid instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (156, 'Ticket 156', 'Call me back on +1 212-555-0156 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (157, 'Ticket 157', 'My card 5555555555554444 was charged twice.
Thanks, Erin', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (158, 'Ticket 158', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (159, 'Ticket 159', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (160, 'Ticket 160', 'Hello, please write to me at heidi.dupont160@corp.example instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (161, 'Ticket 161', 'Call me back on +44 20 7946 0161 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (162, 'Ticket 162', 'My card 4000056655665556 was charged twice.
Thanks, Judy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (163, 'Ticket 163', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (164, 'Ticket 164', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (165, 'Ticket 165', 'Hello, please write to me at user165@example.org instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (166, 'Ticket 166', 'Call me back on +44 7700 900166 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (167, 'Ticket 167', 'My card 4111111111111111 was charged twice.
Thanks, Grace', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (168, 'Ticket 168', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (169, 'Ticket 169', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (170, 'Ticket 170', 'Hello, please write to me at trent.johnson170@example.org instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (171, 'Ticket 171', 'Call me back on +1 415-555-0171 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (172, 'Ticket 172', 'My card 6011111111111117 was charged twice.
Thanks, Alice', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (173, 'Ticket 173', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (174, 'Ticket 174', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (175, 'Ticket 175', 'Hello, please write to me at judy.example175@mail.invalid instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (176, 'Ticket 176', 'Call me back on +1 212-555-0176 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (177, 'Ticket 177', 'My card 5105105105105100 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (178, 'Ticket 178', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (179, 'Ticket 179', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (180, 'Ticket 180', 'Hello, please write to me at user180@example.com instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (181, 'Ticket 181', 'Call me back on +44 20 7946 0181 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (182, 'Ticket 182', 'My card 4111111111111111 was charged twice.
Thanks, Ivan', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (183, 'Ticket 183', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (184, 'Ticket 184', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (185, 'Ticket 185', 'Hello, please write to me at erin.roe185@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (186, 'Ticket 186', 'Call me back on +44 7700 900186 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (187, 'Ticket 187', 'My card 4000056655665556 was charged twice.
Thanks, Sybil', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (188, 'Ticket 188', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (189, 'Ticket 189', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (190, 'Ticket 190', 'Hello, please write to me at walter.mustermann190@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (191, 'Ticket 191', 'Call me back on +1 415-555-0191 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (192, 'Ticket 192', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Alice', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (193, 'Ticket 193', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (194, 'Ticket 194', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (195, 'Ticket 195', 'Hello, please write to me at user195@example.org instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (196, 'Ticket 196', 'Call me back on +1 212-555-0196 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (197, 'Ticket 197', 'My card 4000056655665556 was charged twice.
Thanks, Frank', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (198, 'Ticket 198', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (199, 'Ticket 199', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (200, 'Ticket 200', 'Hello, please write to me at walter.johnson200@corp.example instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_profiles (id, profile) VALUES (1, '{"contact": {"email": "bob.tester1@example.net", "phone": "020 7946 0001"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (2, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "niaj.doe2@shop.test", "phone": "07700 900002"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (3, '{"contact": {"email": "user3@example.com", "phone": "(415) 555-0103"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (4, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "olivia.roe4@example.com", "phone": "(212) 555-0104"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (5, '{"contact": {"email": "frank.miller5@example.com", "phone": "020 7946 0005"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (6, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user6@example.org", "phone": "07700 900006"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (7, '{"contact": {"email": "mallory.miller7@shop.test", "phone": "(415) 555-0107"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (8, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "jane.williams8@example.org", "phone": "(212) 555-0108"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (9, '{"contact": {"email": "user9@example.org", "phone": "020 7946 0009"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (10, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "bob.jones10@example.net", "phone": "07700 900010"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (11, '{"contact": {"email": "bob.jones11@example.org", "phone": "(415) 555-0111"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (12, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user12@example.net", "phone": "(212) 555-0112"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (13, '{"contact": {"email": "judy.perez13@corp.example", "phone": "020 7946 0013"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (14, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "judy.miller14@example.com", "phone": "07700 900014"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (15, '{"contact": {"email": "user15@example.org", "phone": "(415) 555-0115"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (16, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "john.johnson16@shop.test", "phone": "(212) 555-0116"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (17, '{"contact": {"email": "bob.perez17@example.com", "phone": "020 7946 0017"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (18, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "user18@example.com", "phone": "07700 900018"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (19, '{"contact": {"email": "erin.dupont19@example.net", "phone": "(415) 555-0119"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (20, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "victor.jones20@shop.test", "phone": "(212) 555-0120"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (21, '{"contact": {"email": "user21@corp.example", "phone": "020 7946 0021"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (22, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "walter.doe22@corp.example", "phone": "07700 900022"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (23, '{"contact": {"email": "sybil.sample23@example.org", "phone": "(415) 555-0123"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (24, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user24@example.net", "phone": "(212) 555-0124"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (25, '{"contact": {"email": "jane.brown25@example.net", "phone": "020 7946 0025"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (26, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "frank.miller26@example.com", "phone": "07700 900026"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (27, '{"contact": {"email": "user27@example.net", "phone": "(415) 555-0127"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (28, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "john.doe28@corp.example", "phone": "(212) 555-0128"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (29, '{"contact": {"email": "frank.johnson29@corp.example", "phone": "020 7946 0029"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (30, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "user30@example.org", "phone": "07700 900030"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (31, '{"contact": {"email": "bob.roe31@example.com", "phone": "(415) 555-0131"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (32, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "niaj.smith32@example.com", "phone": "(212) 555-0132"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (33, '{"contact": {"email": "user33@mail.invalid", "phone": "020 7946 0033"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (34, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "heidi.jones34@example.org", "phone": "07700 900034"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (35, '{"contact": {"email": "heidi.miller35@corp.example", "phone": "(415) 555-0135"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (36, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "user36@mail.invalid", "phone": "(212) 555-0136"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (37, '{"contact": {"email": "erin.jones37@example.net", "phone": "020 7946 0037"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (38, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "rupert.perez38@example.org", "phone": "07700 900038"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (39, '{"contact": {"email": "user39@corp.example", "phone": "(415) 555-0139"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (40, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "frank.jones40@example.com", "phone": "(212) 555-0140"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (41, '{"contact": {"email": "frank.perez41@example.com", "phone": "020 7946 0041"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (42, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "user42@example.com", "phone": "07700 900042"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (43, '{"contact": {"email": "john.dupont43@shop.test", "phone": "(415) 555-0143"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (44, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "jane.roe44@example.org", "phone": "(212) 555-0144"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (45, '{"contact": {"email": "user45@mail.invalid", "phone": "020 7946 0045"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (46, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "niaj.smith46@example.com", "phone": "07700 900046"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (47, '{"contact": {"email": "bob.roe47@example.net", "phone": "(415) 555-0147"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (48, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user48@example.net", "phone": "(212) 555-0148"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (49, '{"contact": {"email": "trent.example49@mail.invalid", "phone": "020 7946 0049"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (50, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "judy.smith50@corp.example", "phone": "07700 900050"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (51, '{"contact": {"email": "user51@corp.example", "phone": "(415) 555-0151"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (52, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "sybil.brown52@example.com", "phone": "(212) 555-0152"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (53, '{"contact": {"email": "dave.davis53@example.net", "phone": "020 7946 0053"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (54, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user54@corp.example", "phone": "07700 900054"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (55, '{"contact": {"email": "peggy.doe55@example.net", "phone": "(415) 555-0155"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (56, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "frank.jones56@shop.test", "phone": "(212) 555-0156"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (57, '{"contact": {"email": "user57@corp.example", "phone": "020 7946 0057"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (58, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "frank.dupont58@shop.test", "phone": "07700 900058"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (59, '{"contact": {"email": "victor.davis59@mail.invalid", "phone": "(415) 555-0159"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (60, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "user60@example.org", "phone": "(212) 555-0160"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (61, '{"contact": {"email": "niaj.davis61@mail.invalid", "phone": "020 7946 0061"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (62, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "dave.johnson62@example.org", "phone": "07700 900062"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (63, '{"contact": {"email": "user63@corp.example", "phone": "(415) 555-0163"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (64, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "dave.roe64@corp.example", "phone": "(212) 555-0164"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (65, '{"contact": {"email": "john.jones65@example.net", "phone": "020 7946 0065"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (66, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user66@mail.invalid", "phone": "07700 900066"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (67, '{"contact": {"email": "mallory.tester67@example.org", "phone": "(415) 555-0167"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (68, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "trent.brown68@example.com", "phone": "(212) 555-0168"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (69, '{"contact": {"email": "user69@example.org", "phone": "020 7946 0069"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (70, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "rupert.doe70@example.org", "phone": "07700 900070"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (71, '{"contact": {"email": "niaj.williams71@example.com", "phone": "(415) 555-0171"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (72, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user72@example.net", "phone": "(212) 555-0172"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (73, '{"contact": {"email": "rupert.doe73@shop.test", "phone": "020 7946 0073"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (74, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "grace.tester74@example.net", "phone": "07700 900074"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (75, '{"contact": {"email": "user75@example.net", "phone": "(415) 555-0175"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (76, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "erin.sample76@example.net", "phone": "(212) 555-0176"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (77, '{"contact": {"email": "frank.doe77@example.com", "phone": "020 7946 0077"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (78, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "user78@mail.invalid", "phone": "07700 900078"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (79, '{"contact": {"email": "jane.sample79@mail.invalid", "phone": "(415) 555-0179"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (80, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "judy.perez80@example.org", "phone": "(212) 555-0180"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (81, '{"contact": {"email": "user81@example.com", "phone": "020 7946 0081"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (82, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "olivia.miller82@example.net", "phone": "07700 900082"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (83, '{"contact": {"email": "rupert.roe83@example.com", "phone": "(415) 555-0183"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (84, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "user84@mail.invalid", "phone": "(212) 555-0184"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (85, '{"contact": {"email": "erin.smith85@shop.test", "phone": "020 7946 0085"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (86, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "trent.johnson86@shop.test", "phone": "07700 900086"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (87, '{"contact": {"email": "user87@shop.test", "phone": "(415) 555-0187"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (88, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "grace.placeholder88@example.net", "phone": "(212) 555-0188"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (89, '{"contact": {"email": "bob.brown89@example.com", "phone": "020 7946 0089"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (90, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user90@corp.example", "phone": "07700 900090"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (91, '{"contact": {"email": "mallory.example91@shop.test", "phone": "(415) 555-0191"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (92, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "olivia.davis92@example.com", "phone": "(212) 555-0192"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (93, '{"contact": {"email": "user93@example.com", "phone": "020 7946 0093"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (94, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "erin.brown94@example.net", "phone": "07700 900094"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (95, '{"contact": {"email": "jane.tester95@example.net", "phone": "(415) 555-0195"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (96, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user96@mail.invalid", "phone": "(212) 555-0196"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (97, '{"contact": {"email": "jane.placeholder97@corp.example", "phone": "020 7946 0097"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (98, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "dave.doe98@mail.invalid", "phone": "07700 900098"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (99, '{"contact": {"email": "user99@shop.test", "phone": "(415) 555-0199"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (100, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "erin.jones100@example.net", "phone": "(212) 555-0100"}, "preferences": {"language": "en", "newsletter": true}}');


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: identity_documents identity_documents_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.identity_documents
    ADD CONSTRAINT identity_documents_pkey PRIMARY KEY (id);


--
-- Name: kunden kunden_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.kunden
    ADD CONSTRAINT kunden_pkey PRIMARY KEY (id);


--
-- Name: payment_methods payment_methods_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_methods
    ADD CONSTRAINT payment_methods_pkey PRIMARY KEY (id);


--
-- Name: support_tickets support_tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.support_tickets
    ADD CONSTRAINT support_tickets_pkey PRIMARY KEY (id);


--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict jlxswRpF9CMKVc9h03aQ8GOoBEHGGzTnAPJJVDUqhEDdhOm2Tz8d7R95wzeGUrw

