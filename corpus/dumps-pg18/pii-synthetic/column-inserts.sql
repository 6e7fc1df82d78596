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

INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (1, 'Zutano', 'de Tal', 'zutano.detal1@corp.example', '+44 20 7946 0001', '1970-01-01', 'Calle Ejemplo 1', '****0001X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (2, 'Fulano', 'de Tal', 'fulano.detal2@example.com', '+44 7700 900002', '1970-01-01', 'Calle Ejemplo 2', '****0002X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (3, 'Fulano', 'de Tal', 'user3@example.net', '+1 415-555-0103', '1970-01-01', 'Calle Ejemplo 3', '****0003X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (4, 'Zutano', 'de Tal', 'zutano.detal4@mail.invalid', '+1 212-555-0104', '1970-01-01', 'Calle Ejemplo 4', '****0004X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (5, 'Zutano', 'de Tal', 'zutano.detal5@shop.test', '+44 20 7946 0005', '1970-01-01', 'Calle Ejemplo 5', '****0005X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (6, 'Mengano', 'de Tal', 'user6@shop.test', '+44 7700 900006', '1970-01-01', 'Calle Ejemplo 6', '****0006X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (7, 'Zutano', 'de Tal', 'zutano.detal7@example.org', '+1 415-555-0107', '1970-01-01', 'Calle Ejemplo 7', '****0007X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (8, 'Mengano', 'de Tal', 'mengano.detal8@corp.example', '+1 212-555-0108', '1970-01-01', 'Calle Ejemplo 8', '****0008X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (9, 'Fulano', 'de Tal', 'user9@mail.invalid', '+44 20 7946 0009', '1970-01-01', 'Calle Ejemplo 9', '****0009X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (10, 'Mengano', 'de Tal', 'mengano.detal10@mail.invalid', '+44 7700 900010', '1970-01-01', 'Calle Ejemplo 10', '****0010X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (11, 'Fulano', 'de Tal', 'fulano.detal11@corp.example', '+1 415-555-0111', '1970-01-01', 'Calle Ejemplo 11', '****0011X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (12, 'Zutano', 'de Tal', 'user12@example.net', '+1 212-555-0112', '1970-01-01', 'Calle Ejemplo 12', '****0012X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (13, 'Fulano', 'de Tal', 'fulano.detal13@corp.example', '+44 20 7946 0013', '1970-01-01', 'Calle Ejemplo 13', '****0013X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (14, 'Fulano', 'de Tal', 'fulano.detal14@mail.invalid', '+44 7700 900014', '1970-01-01', 'Calle Ejemplo 14', '****0014X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (15, 'Fulano', 'de Tal', 'user15@corp.example', '+1 415-555-0115', '1970-01-01', 'Calle Ejemplo 15', '****0015X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (16, 'Mengano', 'de Tal', 'mengano.detal16@mail.invalid', '+1 212-555-0116', '1970-01-01', 'Calle Ejemplo 16', '****0016X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (17, 'Fulano', 'de Tal', 'fulano.detal17@corp.example', '+44 20 7946 0017', '1970-01-01', 'Calle Ejemplo 17', '****0017X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (18, 'Fulano', 'de Tal', 'user18@example.net', '+44 7700 900018', '1970-01-01', 'Calle Ejemplo 18', '****0018X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (19, 'Mengano', 'de Tal', 'mengano.detal19@example.net', '+1 415-555-0119', '1970-01-01', 'Calle Ejemplo 19', '****0019X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (20, 'Zutano', 'de Tal', 'zutano.detal20@shop.test', '+1 212-555-0120', '1970-01-01', 'Calle Ejemplo 20', '****0020X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (21, 'Fulano', 'de Tal', 'user21@corp.example', '+44 20 7946 0021', '1970-01-01', 'Calle Ejemplo 21', '****0021X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (22, 'Zutano', 'de Tal', 'zutano.detal22@shop.test', '+44 7700 900022', '1970-01-01', 'Calle Ejemplo 22', '****0022X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (23, 'Mengano', 'de Tal', 'mengano.detal23@corp.example', '+1 415-555-0123', '1970-01-01', 'Calle Ejemplo 23', '****0023X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (24, 'Fulano', 'de Tal', 'user24@mail.invalid', '+1 212-555-0124', '1970-01-01', 'Calle Ejemplo 24', '****0024X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (25, 'Zutano', 'de Tal', 'zutano.detal25@corp.example', '+44 20 7946 0025', '1970-01-01', 'Calle Ejemplo 25', '****0025X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (26, 'Fulano', 'de Tal', 'fulano.detal26@corp.example', '+44 7700 900026', '1970-01-01', 'Calle Ejemplo 26', '****0026X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (27, 'Fulano', 'de Tal', 'user27@mail.invalid', '+1 415-555-0127', '1970-01-01', 'Calle Ejemplo 27', '****0027X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (28, 'Zutano', 'de Tal', 'zutano.detal28@shop.test', '+1 212-555-0128', '1970-01-01', 'Calle Ejemplo 28', '****0028X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (29, 'Mengano', 'de Tal', 'mengano.detal29@example.com', '+44 20 7946 0029', '1970-01-01', 'Calle Ejemplo 29', '****0029X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (30, 'Zutano', 'de Tal', 'user30@example.net', '+44 7700 900030', '1970-01-01', 'Calle Ejemplo 30', '****0030X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (31, 'Mengano', 'de Tal', 'mengano.detal31@example.net', '+1 415-555-0131', '1970-01-01', 'Calle Ejemplo 31', '****0031X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (32, 'Mengano', 'de Tal', 'mengano.detal32@shop.test', '+1 212-555-0132', '1970-01-01', 'Calle Ejemplo 32', '****0032X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (33, 'Zutano', 'de Tal', 'user33@corp.example', '+44 20 7946 0033', '1970-01-01', 'Calle Ejemplo 33', '****0033X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (34, 'Zutano', 'de Tal', 'zutano.detal34@shop.test', '+44 7700 900034', '1970-01-01', 'Calle Ejemplo 34', '****0034X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (35, 'Mengano', 'de Tal', 'mengano.detal35@example.org', '+1 415-555-0135', '1970-01-01', 'Calle Ejemplo 35', '****0035X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (36, 'Zutano', 'de Tal', 'user36@example.com', '+1 212-555-0136', '1970-01-01', 'Calle Ejemplo 36', '****0036X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (37, 'Fulano', 'de Tal', 'fulano.detal37@example.org', '+44 20 7946 0037', '1970-01-01', 'Calle Ejemplo 37', '****0037X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (38, 'Fulano', 'de Tal', 'fulano.detal38@example.com', '+44 7700 900038', '1970-01-01', 'Calle Ejemplo 38', '****0038X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (39, 'Zutano', 'de Tal', 'user39@mail.invalid', '+1 415-555-0139', '1970-01-01', 'Calle Ejemplo 39', '****0039X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (40, 'Zutano', 'de Tal', 'zutano.detal40@mail.invalid', '+1 212-555-0140', '1970-01-01', 'Calle Ejemplo 40', '****0040X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (41, 'Mengano', 'de Tal', 'mengano.detal41@shop.test', '+44 20 7946 0041', '1970-01-01', 'Calle Ejemplo 41', '****0041X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (42, 'Mengano', 'de Tal', 'user42@example.com', '+44 7700 900042', '1970-01-01', 'Calle Ejemplo 42', '****0042X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (43, 'Mengano', 'de Tal', 'mengano.detal43@example.net', '+1 415-555-0143', '1970-01-01', 'Calle Ejemplo 43', '****0043X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (44, 'Mengano', 'de Tal', 'mengano.detal44@corp.example', '+1 212-555-0144', '1970-01-01', 'Calle Ejemplo 44', '****0044X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (45, 'Fulano', 'de Tal', 'user45@example.com', '+44 20 7946 0045', '1970-01-01', 'Calle Ejemplo 45', '****0045X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (46, 'Fulano', 'de Tal', 'fulano.detal46@corp.example', '+44 7700 900046', '1970-01-01', 'Calle Ejemplo 46', '****0046X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (47, 'Mengano', 'de Tal', 'mengano.detal47@corp.example', '+1 415-555-0147', '1970-01-01', 'Calle Ejemplo 47', '****0047X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (48, 'Zutano', 'de Tal', 'user48@shop.test', '+1 212-555-0148', '1970-01-01', 'Calle Ejemplo 48', '****0048X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (49, 'Mengano', 'de Tal', 'mengano.detal49@example.net', '+44 20 7946 0049', '1970-01-01', 'Calle Ejemplo 49', '****0049X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (50, 'Fulano', 'de Tal', 'fulano.detal50@shop.test', '+44 7700 900050', '1970-01-01', 'Calle Ejemplo 50', '****0050X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (51, 'Zutano', 'de Tal', 'user51@mail.invalid', '+1 415-555-0151', '1970-01-01', 'Calle Ejemplo 51', '****0051X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (52, 'Mengano', 'de Tal', 'mengano.detal52@example.org', '+1 212-555-0152', '1970-01-01', 'Calle Ejemplo 52', '****0052X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (53, 'Fulano', 'de Tal', 'fulano.detal53@mail.invalid', '+44 20 7946 0053', '1970-01-01', 'Calle Ejemplo 53', '****0053X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (54, 'Mengano', 'de Tal', 'user54@example.net', '+44 7700 900054', '1970-01-01', 'Calle Ejemplo 54', '****0054X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (55, 'Fulano', 'de Tal', 'fulano.detal55@example.com', '+1 415-555-0155', '1970-01-01', 'Calle Ejemplo 55', '****0055X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (56, 'Fulano', 'de Tal', 'fulano.detal56@example.org', '+1 212-555-0156', '1970-01-01', 'Calle Ejemplo 56', '****0056X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (57, 'Fulano', 'de Tal', 'user57@example.com', '+44 20 7946 0057', '1970-01-01', 'Calle Ejemplo 57', '****0057X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (58, 'Zutano', 'de Tal', 'zutano.detal58@shop.test', '+44 7700 900058', '1970-01-01', 'Calle Ejemplo 58', '****0058X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (59, 'Mengano', 'de Tal', 'mengano.detal59@shop.test', '+1 415-555-0159', '1970-01-01', 'Calle Ejemplo 59', '****0059X');
INSERT INTO public.clientes (id, nombre, apellido, correo, telefono, fecha_nacimiento, direccion, dni) VALUES (60, 'Mengano', 'de Tal', 'user60@example.net', '+1 212-555-0160', '1970-01-01', 'Calle Ejemplo 60', '****0060X');


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (1, 'Victor', 'Placeholder', 'victor.placeholder1@shop.test', '+44 20 7946 0001', '1981-01-01', '99 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (2, 'Rupert', 'Mustermann', 'rupert.mustermann2@example.com', '07700 900002', '1969-01-01', '44 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (3, 'Rupert', 'Doe', 'user3@example.net', '+1 415-555-0103', '1972-01-01', '138 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (4, 'Erin', 'Sample', 'erin.sample4@example.net', '(212) 555-0104', '1978-01-01', '9 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (5, 'John', 'Williams', 'john.williams5@shop.test', '+44 20 7946 0005', '1989-01-01', '128 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (6, 'Jane', 'Davis', 'user6@mail.invalid', '07700 900006', '1962-01-01', '52 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (7, 'Jane', 'Smith', 'jane.smith7@example.com', '+1 415-555-0107', '1999-01-01', '6 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (8, 'John', 'Williams', 'john.williams8@corp.example', '(212) 555-0108', '1963-01-01', '47 Main Street', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (9, 'Rupert', 'Dupont', 'user9@example.org', '+44 20 7946 0009', '1990-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.10', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (10, 'Alice', 'Brown', 'alice.brown10@shop.test', '07700 900010', '1955-01-01', '172 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.11', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (11, 'Mallory', 'Williams', 'mallory.williams11@example.org', '+1 415-555-0111', '1960-01-01', '125 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.12', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (12, 'Bob', 'Miller', 'user12@corp.example', '(212) 555-0112', '1967-01-01', '72 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.13', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (13, 'Walter', 'Roe', 'walter.roe13@shop.test', '+44 20 7946 0013', '1957-01-01', '63 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.14', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (14, 'Peggy', 'Jones', 'peggy.jones14@corp.example', '07700 900014', '1961-01-01', '116 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.15', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (15, 'Dave', 'Pérez', 'user15@corp.example', '+1 415-555-0115', '1954-01-01', '172 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.16', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (16, 'Dave', 'Smith', 'dave.smith16@example.org', '(212) 555-0116', '1994-01-01', '12 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.17', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (17, 'Walter', 'Dupont', 'walter.dupont17@example.net', '+44 20 7946 0017', '1987-01-01', '85 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.18', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (18, 'Ivan', 'Mustermann', 'user18@example.org', '07700 900018', '1975-01-01', '28 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.19', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (19, 'Olivia', 'Pérez', 'olivia.perez19@example.net', '+1 415-555-0119', '1962-01-01', '1 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.20', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (20, 'Walter', 'Pérez', 'walter.perez20@shop.test', '(212) 555-0120', '2001-01-01', '104 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::14', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (21, 'Victor', 'Johnson', 'user21@corp.example', '+44 20 7946 0021', '1955-01-01', '91 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.22', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (22, 'Olivia', 'Brown', 'olivia.brown22@example.net', '07700 900022', '1999-01-01', '86 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.23', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (23, 'Sybil', 'Doe', 'sybil.doe23@corp.example', '+1 415-555-0123', '1961-01-01', '163 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.24', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (24, 'Frank', 'Tester', 'user24@corp.example', '(212) 555-0124', '1958-01-01', '139 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::18', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (25, 'Olivia', 'Example', 'olivia.example25@corp.example', '+44 20 7946 0025', '2004-01-01', '169 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::19', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (26, 'Erin', 'Mustermann', 'erin.mustermann26@shop.test', '07700 900026', '1975-01-01', '9 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.27', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (27, 'Heidi', 'Pérez', 'user27@example.com', '+1 415-555-0127', '1969-01-01', '37 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.28', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (28, 'Sybil', 'Placeholder', 'sybil.placeholder28@corp.example', '(212) 555-0128', '1955-01-01', '87 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.29', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (29, 'Olivia', 'Brown', 'olivia.brown29@shop.test', '+44 20 7946 0029', '1971-01-01', '107 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.30', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (30, 'Frank', 'Tester', 'user30@mail.invalid', '07700 900030', '1954-01-01', '5 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.31', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (31, 'Olivia', 'Roe', 'olivia.roe31@mail.invalid', '+1 415-555-0131', '1960-01-01', '154 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.32', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (32, 'John', 'Miller', 'john.miller32@example.org', '(212) 555-0132', '1974-01-01', '169 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.33', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (33, 'Peggy', 'Jones', 'user33@example.com', '+44 20 7946 0033', '1960-01-01', '163 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.34', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (34, 'Alice', 'Pérez', 'alice.perez34@mail.invalid', '07700 900034', '2000-01-01', '160 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.35', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (35, 'Walter', 'Johnson', 'walter.johnson35@shop.test', '+1 415-555-0135', '1953-01-01', '146 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.36', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (36, 'Peggy', 'Johnson', 'user36@example.com', '(212) 555-0136', '1968-01-01', '77 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.37', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (37, 'Dave', 'Pérez', 'dave.perez37@corp.example', '+44 20 7946 0037', '1964-01-01', '161 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.38', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (38, 'Bob', 'Mustermann', 'bob.mustermann38@example.com', '07700 900038', '1977-01-01', '66 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.39', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (39, 'Jane', 'Davis', 'user39@example.com', '+1 415-555-0139', '1965-01-01', '128 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::27', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (40, 'Ivan', 'Dupont', 'ivan.dupont40@corp.example', '(212) 555-0140', '1984-01-01', '149 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.41', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (41, 'Alice', 'Miller', 'alice.miller41@mail.invalid', '+44 20 7946 0041', '2000-01-01', '92 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.42', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (42, 'Judy', 'Smith', 'user42@example.net', '07700 900042', '1957-01-01', '56 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.43', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (43, 'Heidi', 'Pérez', 'heidi.perez43@example.net', '+1 415-555-0143', '1955-01-01', '96 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.44', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (44, 'Peggy', 'Mustermann', 'peggy.mustermann44@mail.invalid', '(212) 555-0144', '1974-01-01', '17 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::2c', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (45, 'Olivia', 'Pérez', 'user45@example.org', '+44 20 7946 0045', '2000-01-01', '17 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::2d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (46, 'Trent', 'Brown', 'trent.brown46@mail.invalid', '07700 900046', '2001-01-01', '3 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.47', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (47, 'Dave', 'Roe', 'dave.roe47@corp.example', '+1 415-555-0147', '1959-01-01', '47 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.48', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (48, 'Grace', 'Williams', 'user48@corp.example', '(212) 555-0148', '1951-01-01', '4 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::30', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (49, 'Grace', 'Placeholder', 'grace.placeholder49@example.com', '+44 20 7946 0049', '1965-01-01', '96 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (50, 'Niaj', 'Jones', 'niaj.jones50@example.com', '07700 900050', '1965-01-01', '35 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.51', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (51, 'Peggy', 'Roe', 'user51@example.org', '+1 415-555-0151', '1998-01-01', '57 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.52', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (52, 'Bob', 'Johnson', 'bob.johnson52@example.net', '(212) 555-0152', '1994-01-01', '121 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::34', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (53, 'Dave', 'Davis', 'dave.davis53@mail.invalid', '+44 20 7946 0053', '1974-01-01', '61 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.54', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (54, 'Judy', 'Doe', 'user54@shop.test', '07700 900054', '1991-01-01', '49 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.55', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (55, 'Erin', 'Mustermann', 'erin.mustermann55@mail.invalid', '+1 415-555-0155', '1950-01-01', '11 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.56', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (56, 'Ivan', 'Davis', 'ivan.davis56@example.org', '(212) 555-0156', '1960-01-01', '114 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.57', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (57, 'Rupert', 'Roe', 'user57@shop.test', '+44 20 7946 0057', '1988-01-01', '57 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.58', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (58, 'Ivan', 'Sample', 'ivan.sample58@example.net', '07700 900058', '1952-01-01', '66 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.59', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (59, 'Bob', 'Williams', 'bob.williams59@corp.example', '+1 415-555-0159', '1962-01-01', '44 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.60', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (60, 'Heidi', 'Johnson', 'user60@mail.invalid', '(212) 555-0160', '1976-01-01', '66 Main Street', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::3c', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (61, 'Ivan', 'Pérez', 'ivan.perez61@example.net', '+44 20 7946 0061', '1965-01-01', '129 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.62', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (62, 'Carol', 'Johnson', 'carol.johnson62@example.net', '07700 900062', '1987-01-01', '79 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::3e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (63, 'Trent', 'Davis', 'user63@corp.example', '+1 415-555-0163', '1980-01-01', '85 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.64', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (64, 'Walter', 'Doe', 'walter.doe64@example.com', '(212) 555-0164', '1989-01-01', '164 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.65', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (65, 'Sybil', 'Pérez', 'sybil.perez65@example.org', '+44 20 7946 0065', '1989-01-01', '21 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.66', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (66, 'Alice', 'Sample', 'user66@example.com', '07700 900066', '1974-01-01', '72 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::42', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (67, 'Dave', 'Roe', 'dave.roe67@mail.invalid', '+1 415-555-0167', '1977-01-01', '112 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.68', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (68, 'Alice', 'Mustermann', 'alice.mustermann68@example.com', '(212) 555-0168', '1980-01-01', '35 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.69', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (69, 'Niaj', 'Smith', 'user69@example.net', '+44 20 7946 0069', '1968-01-01', '106 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.70', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (70, 'Grace', 'Example', 'grace.example70@mail.invalid', '07700 900070', '1992-01-01', '49 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.71', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (71, 'Grace', 'Smith', 'grace.smith71@mail.invalid', '+1 415-555-0171', '1978-01-01', '83 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.72', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (72, 'Jane', 'Miller', 'user72@mail.invalid', '(212) 555-0172', '1956-01-01', '112 Main Street', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.73', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (73, 'Dave', 'Smith', 'dave.smith73@corp.example', '+44 20 7946 0073', '1996-01-01', '178 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.74', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (74, 'Niaj', 'Placeholder', 'niaj.placeholder74@example.net', '07700 900074', '1977-01-01', '72 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.75', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (75, 'Mallory', 'Dupont', 'user75@example.net', '+1 415-555-0175', '1997-01-01', '2 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::4b', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (76, 'Peggy', 'Miller', 'peggy.miller76@corp.example', '(212) 555-0176', '1971-01-01', '140 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.77', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (77, 'Sybil', 'Placeholder', 'sybil.placeholder77@example.net', '+44 20 7946 0077', '1950-01-01', '153 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.78', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (78, 'Dave', 'Pérez', 'user78@shop.test', '07700 900078', '1983-01-01', '121 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.79', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (79, 'Sybil', 'Williams', 'sybil.williams79@shop.test', '+1 415-555-0179', '1950-01-01', '65 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.80', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (80, 'Walter', 'Roe', 'walter.roe80@example.net', '(212) 555-0180', '1964-01-01', '110 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (81, 'Heidi', 'Davis', 'user81@example.com', '+44 20 7946 0081', '1967-01-01', '91 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.82', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (82, 'Judy', 'Williams', 'judy.williams82@example.net', '07700 900082', '1983-01-01', '71 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::52', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (83, 'Frank', 'Williams', 'frank.williams83@shop.test', '+1 415-555-0183', '1986-01-01', '117 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::53', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (84, 'Dave', 'Brown', 'user84@mail.invalid', '(212) 555-0184', '1960-01-01', '57 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.85', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (85, 'Alice', 'Dupont', 'alice.dupont85@example.net', '+44 20 7946 0085', '1988-01-01', '74 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.86', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (86, 'Sybil', 'Roe', 'sybil.roe86@example.net', '07700 900086', '1975-01-01', '61 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.87', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (87, 'Peggy', 'Roe', 'user87@corp.example', '+1 415-555-0187', '1980-01-01', '165 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::57', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (88, 'Heidi', 'Example', 'heidi.example88@shop.test', '(212) 555-0188', '1992-01-01', '96 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.89', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (89, 'Niaj', 'Doe', 'niaj.doe89@example.org', '+44 20 7946 0089', '2003-01-01', '147 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.90', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (90, 'Trent', 'Mustermann', 'user90@example.com', '07700 900090', '1979-01-01', '170 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.91', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (91, 'Jane', 'Mustermann', 'jane.mustermann91@corp.example', '+1 415-555-0191', '1964-01-01', '9 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.92', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (92, 'Mallory', 'Roe', 'mallory.roe92@corp.example', '(212) 555-0192', '1987-01-01', '19 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.93', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (93, 'Peggy', 'Tester', 'user93@example.com', '+44 20 7946 0093', '1951-01-01', '105 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::5d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (94, 'Trent', 'Miller', 'trent.miller94@corp.example', '07700 900094', '1991-01-01', '125 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::5e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (95, 'Grace', 'Dupont', 'grace.dupont95@shop.test', '+1 415-555-0195', '1963-01-01', '84 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.96', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (96, 'Mallory', 'Mustermann', 'user96@corp.example', '(212) 555-0196', '1987-01-01', '83 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.97', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (97, 'Jane', 'Example', 'jane.example97@example.com', '+44 20 7946 0097', '1982-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.98', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (98, 'Peggy', 'Johnson', 'peggy.johnson98@mail.invalid', '07700 900098', '1983-01-01', '146 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.99', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (99, 'Judy', 'Smith', 'user99@example.org', '+1 415-555-0199', '1960-01-01', '134 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.100', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (100, 'Trent', 'Miller', 'trent.miller100@example.com', '(212) 555-0100', '1957-01-01', '60 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.101', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (101, 'Frank', 'Placeholder', 'frank.placeholder101@mail.invalid', '+44 20 7946 0101', '1988-01-01', '27 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.102', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (102, 'Frank', 'Roe', 'user102@example.com', '07700 900102', '1956-01-01', '148 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.103', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (103, 'Grace', 'Williams', 'grace.williams103@example.com', '+1 415-555-0103', '1976-01-01', '95 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.104', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (104, 'Alice', 'Dupont', 'alice.dupont104@corp.example', '(212) 555-0104', '1986-01-01', '74 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::68', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (105, 'Jane', 'Davis', 'user105@shop.test', '+44 20 7946 0105', '1980-01-01', '177 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.106', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (106, 'Judy', 'Tester', 'judy.tester106@mail.invalid', '07700 900106', '1962-01-01', '131 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.107', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (107, 'Judy', 'Roe', 'judy.roe107@example.org', '+1 415-555-0107', '1962-01-01', '70 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::6b', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (108, 'Alice', 'Placeholder', 'user108@shop.test', '(212) 555-0108', '1966-01-01', '46 Main Street', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.109', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (109, 'Mallory', 'Dupont', 'mallory.dupont109@mail.invalid', '+44 20 7946 0109', '1960-01-01', '177 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.110', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (110, 'Ivan', 'Miller', 'ivan.miller110@example.net', '07700 900110', '1958-01-01', '108 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.111', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (111, 'John', 'Dupont', 'user111@mail.invalid', '+1 415-555-0111', '1975-01-01', '58 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.112', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (112, 'Dave', 'Dupont', 'dave.dupont112@example.com', '(212) 555-0112', '1979-01-01', '163 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.113', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (113, 'Peggy', 'Miller', 'peggy.miller113@example.net', '+44 20 7946 0113', '1970-01-01', '76 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.114', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (114, 'Trent', 'Example', 'user114@mail.invalid', '07700 900114', '1968-01-01', '56 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '2001:db8::72', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (115, 'Grace', 'Mustermann', 'grace.mustermann115@corp.example', '+1 415-555-0115', '1966-01-01', '162 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.116', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (116, 'Erin', 'Davis', 'erin.davis116@example.org', '(212) 555-0116', '1991-01-01', '144 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.117', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (117, 'Victor', 'Roe', 'user117@mail.invalid', '+44 20 7946 0117', '1972-01-01', '176 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.118', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (118, 'Peggy', 'Example', 'peggy.example118@example.org', '07700 900118', '1979-01-01', '105 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.119', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (119, 'Grace', 'Tester', 'grace.tester119@mail.invalid', '+1 415-555-0119', '1981-01-01', '39 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.120', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (120, 'Sybil', 'Davis', 'user120@example.com', '(212) 555-0120', '1961-01-01', '98 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.121', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (121, 'Erin', 'Smith', 'erin.smith121@example.org', '+44 20 7946 0121', '1959-01-01', '171 Main Street', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.122', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (122, 'Victor', 'Tester', 'victor.tester122@shop.test', '07700 900122', '1992-01-01', '71 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.123', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (123, 'Grace', 'Mustermann', 'user123@corp.example', '+1 415-555-0123', '1965-01-01', '166 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.124', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (124, 'Olivia', 'Dupont', 'olivia.dupont124@example.com', '(212) 555-0124', '2004-01-01', '156 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.125', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (125, 'Sybil', 'Placeholder', 'sybil.placeholder125@mail.invalid', '+44 20 7946 0125', '1999-01-01', '64 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.126', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (126, 'Olivia', 'Davis', 'user126@shop.test', '07700 900126', '1990-01-01', '40 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::7e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (127, 'Heidi', 'Placeholder', 'heidi.placeholder127@example.org', '+1 415-555-0127', '1991-01-01', '159 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.128', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (128, 'Erin', 'Davis', 'erin.davis128@mail.invalid', '(212) 555-0128', '1950-01-01', '22 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.129', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (129, 'Judy', 'Williams', 'user129@mail.invalid', '+44 20 7946 0129', '1989-01-01', '58 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.130', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (130, 'Sybil', 'Example', 'sybil.example130@corp.example', '07700 900130', '1979-01-01', '151 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.131', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (131, 'Walter', 'Jones', 'walter.jones131@mail.invalid', '+1 415-555-0131', '2003-01-01', '48 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::83', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (132, 'Erin', 'Dupont', 'user132@mail.invalid', '(212) 555-0132', '1967-01-01', '109 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::84', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (133, 'Ivan', 'Example', 'ivan.example133@shop.test', '+44 20 7946 0133', '1982-01-01', '18 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::85', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (134, 'John', 'Placeholder', 'john.placeholder134@example.com', '07700 900134', '1951-01-01', '52 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::86', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (135, 'Olivia', 'Davis', 'user135@example.com', '+1 415-555-0135', '1999-01-01', '132 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::87', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (136, 'Grace', 'Example', 'grace.example136@mail.invalid', '(212) 555-0136', '1995-01-01', '153 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.137', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (137, 'Peggy', 'Tester', 'peggy.tester137@mail.invalid', '+44 20 7946 0137', '1967-01-01', '65 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.138', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (138, 'Grace', 'Brown', 'user138@mail.invalid', '07700 900138', '1956-01-01', '128 Main Street', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.139', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (139, 'Sybil', 'Jones', 'sybil.jones139@shop.test', '+1 415-555-0139', '2002-01-01', '95 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.140', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (140, 'Judy', 'Jones', 'judy.jones140@shop.test', '(212) 555-0140', '1982-01-01', '75 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.141', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (141, 'Jane', 'Roe', 'user141@corp.example', '+44 20 7946 0141', '1973-01-01', '156 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.142', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (142, 'John', 'Example', 'john.example142@mail.invalid', '07700 900142', '1955-01-01', '10 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.143', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (143, 'Grace', 'Roe', 'grace.roe143@corp.example', '+1 415-555-0143', '1999-01-01', '144 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::8f', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (144, 'Dave', 'Johnson', 'user144@example.com', '(212) 555-0144', '1953-01-01', '168 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.145', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (145, 'Grace', 'Johnson', 'grace.johnson145@mail.invalid', '+44 20 7946 0145', '1992-01-01', '82 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.146', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (146, 'Carol', 'Mustermann', 'carol.mustermann146@shop.test', '07700 900146', '1982-01-01', '26 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.147', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (147, 'Trent', 'Placeholder', 'user147@example.net', '+1 415-555-0147', '1977-01-01', '108 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.148', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (148, 'Trent', 'Miller', 'trent.miller148@example.net', '(212) 555-0148', '1955-01-01', '79 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.149', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (149, 'John', 'Johnson', 'john.johnson149@mail.invalid', '+44 20 7946 0149', '1988-01-01', '19 Main Street', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.150', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (150, 'Walter', 'Placeholder', 'user150@mail.invalid', '07700 900150', '1962-01-01', '179 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.151', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (151, 'Bob', 'Johnson', 'bob.johnson151@mail.invalid', '+1 415-555-0151', '2004-01-01', '118 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.152', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (152, 'Peggy', 'Davis', 'peggy.davis152@example.com', '(212) 555-0152', '1960-01-01', '163 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.153', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (153, 'Trent', 'Dupont', 'user153@shop.test', '+44 20 7946 0153', '1969-01-01', '179 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::99', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (154, 'Grace', 'Sample', 'grace.sample154@shop.test', '07700 900154', '1960-01-01', '78 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.155', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (155, 'Jane', 'Doe', 'jane.doe155@example.org', '+1 415-555-0155', '1976-01-01', '136 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.156', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (156, 'Dave', 'Brown', 'user156@example.com', '(212) 555-0156', '1952-01-01', '52 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.157', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (157, 'Trent', 'Brown', 'trent.brown157@example.org', '+44 20 7946 0157', '1977-01-01', '19 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.158', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (158, 'Frank', 'Brown', 'frank.brown158@example.org', '07700 900158', '1950-01-01', '172 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::9e', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (159, 'Erin', 'Placeholder', 'user159@example.org', '+1 415-555-0159', '1951-01-01', '151 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.160', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (160, 'Victor', 'Miller', 'victor.miller160@example.com', '(212) 555-0160', '1999-01-01', '12 Main Street', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.161', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (161, 'Ivan', 'Mustermann', 'ivan.mustermann161@mail.invalid', '+44 20 7946 0161', '1952-01-01', '89 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.162', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (162, 'Alice', 'Williams', 'user162@example.com', '07700 900162', '1958-01-01', '79 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '203.0.113.163', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (163, 'Heidi', 'Dupont', 'heidi.dupont163@example.org', '+1 415-555-0163', '1968-01-01', '147 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.164', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (164, 'Mallory', 'Brown', 'mallory.brown164@example.net', '(212) 555-0164', '1960-01-01', '80 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.165', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (165, 'Frank', 'Johnson', 'user165@example.com', '+44 20 7946 0165', '1967-01-01', '87 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.166', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (166, 'Heidi', 'Doe', 'heidi.doe166@example.org', '07700 900166', '1982-01-01', '140 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.167', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (167, 'Mallory', 'Brown', 'mallory.brown167@example.org', '+1 415-555-0167', '1975-01-01', '180 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::a7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (168, 'Mallory', 'Placeholder', 'user168@mail.invalid', '(212) 555-0168', '1974-01-01', '99 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::a8', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (169, 'Walter', 'Jones', 'walter.jones169@example.net', '+44 20 7946 0169', '1978-01-01', '135 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.170', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (170, 'Olivia', 'Placeholder', 'olivia.placeholder170@example.net', '07700 900170', '1969-01-01', '127 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::aa', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (171, 'Victor', 'Mustermann', 'user171@shop.test', '+1 415-555-0171', '1971-01-01', '180 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.172', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (172, 'Heidi', 'Sample', 'heidi.sample172@example.net', '(212) 555-0172', '1995-01-01', '161 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.173', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (173, 'Walter', 'Brown', 'walter.brown173@shop.test', '+44 20 7946 0173', '1994-01-01', '173 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::ad', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (174, 'Olivia', 'Pérez', 'user174@example.com', '07700 900174', '1967-01-01', '56 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.175', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (175, 'Olivia', 'Williams', 'olivia.williams175@shop.test', '+1 415-555-0175', '1984-01-01', '76 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::af', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (176, 'Alice', 'Dupont', 'alice.dupont176@corp.example', '(212) 555-0176', '1998-01-01', '12 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.177', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (177, 'Erin', 'Williams', 'user177@shop.test', '+44 20 7946 0177', '1969-01-01', '154 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.178', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (178, 'Walter', 'Miller', 'walter.miller178@mail.invalid', '07700 900178', '2000-01-01', '17 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::b2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (179, 'Jane', 'Miller', 'jane.miller179@mail.invalid', '+1 415-555-0179', '1957-01-01', '95 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::b3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (180, 'Rupert', 'Davis', 'user180@example.com', '(212) 555-0180', '1952-01-01', '51 Main Street', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.181', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (181, 'John', 'Sample', 'john.sample181@example.net', '+44 20 7946 0181', '1953-01-01', '121 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.182', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (182, 'Walter', 'Smith', 'walter.smith182@corp.example', '07700 900182', '1991-01-01', '64 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::b6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (183, 'Olivia', 'Sample', 'user183@shop.test', '+1 415-555-0183', '1975-01-01', '177 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.184', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (184, 'Heidi', 'Miller', 'heidi.miller184@example.org', '(212) 555-0184', '1958-01-01', '43 Main Street', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.185', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (185, 'Olivia', 'Tester', 'olivia.tester185@example.org', '+44 20 7946 0185', '2002-01-01', '17 Main Street', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.186', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (186, 'Judy', 'Sample', 'user186@example.org', '07700 900186', '1997-01-01', '179 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.187', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (187, 'Alice', 'Pérez', 'alice.perez187@example.net', '+1 415-555-0187', '1979-01-01', '167 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.188', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (188, 'Rupert', 'Johnson', 'rupert.johnson188@mail.invalid', '(212) 555-0188', '1956-01-01', '104 Main Street', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.189', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (189, 'Trent', 'Williams', 'user189@example.com', '+44 20 7946 0189', '1953-01-01', '140 Main Street', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.190', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (190, 'Judy', 'Example', 'judy.example190@example.com', '07700 900190', '1951-01-01', '10 Main Street', 'Springfield', '00000', 'ZZ', 'X', '203.0.113.191', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (191, 'Bob', 'Jones', 'bob.jones191@example.net', '+1 415-555-0191', '1961-01-01', '133 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::bf', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (192, 'Heidi', 'Williams', 'user192@mail.invalid', '(212) 555-0192', '1974-01-01', '159 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.193', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (193, 'Trent', 'Jones', 'trent.jones193@corp.example', '+44 20 7946 0193', '1968-01-01', '104 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.194', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (194, 'Trent', 'Williams', 'trent.williams194@corp.example', '07700 900194', '1952-01-01', '104 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.195', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (195, 'Ivan', 'Davis', 'user195@example.net', '+1 415-555-0195', '1971-01-01', '86 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.196', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (196, 'Victor', 'Williams', 'victor.williams196@mail.invalid', '(212) 555-0196', '1995-01-01', '48 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::c4', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (197, 'Sybil', 'Smith', 'sybil.smith197@example.net', '+44 20 7946 0197', '1962-01-01', '153 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.198', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (198, 'Bob', 'Example', 'user198@shop.test', '07700 900198', '1991-01-01', '169 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.199', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (199, 'Frank', 'Davis', 'frank.davis199@example.net', '+1 415-555-0199', '1993-01-01', '101 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.200', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (200, 'Heidi', 'Johnson', 'heidi.johnson200@example.org', '(212) 555-0100', '1961-01-01', '34 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.201', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (201, 'Sybil', 'Placeholder', 'user201@example.net', '+44 20 7946 0201', '1958-01-01', '82 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.202', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (202, 'Grace', 'Johnson', 'grace.johnson202@example.com', '07700 900202', '1972-01-01', '132 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::ca', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (203, 'Frank', 'Miller', 'frank.miller203@example.org', '+1 415-555-0103', '1950-01-01', '83 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.204', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (204, 'Carol', 'Pérez', 'user204@example.net', '(212) 555-0104', '1971-01-01', '157 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.205', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (205, 'Olivia', 'Miller', 'olivia.miller205@corp.example', '+44 20 7946 0205', '1971-01-01', '124 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.206', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (206, 'Ivan', 'Sample', 'ivan.sample206@example.net', '07700 900206', '1959-01-01', '132 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::ce', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (207, 'Trent', 'Davis', 'user207@shop.test', '+1 415-555-0107', '1997-01-01', '148 Main Street', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.208', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (208, 'Rupert', 'Pérez', 'rupert.perez208@corp.example', '(212) 555-0108', '2003-01-01', '60 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.209', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (209, 'Dave', 'Pérez', 'dave.perez209@example.org', '+44 20 7946 0209', '1982-01-01', '153 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.210', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (210, 'Ivan', 'Roe', 'user210@example.com', '07700 900210', '1986-01-01', '103 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.211', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (211, 'Rupert', 'Smith', 'rupert.smith211@example.com', '+1 415-555-0111', '1969-01-01', '156 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.212', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (212, 'Niaj', 'Johnson', 'niaj.johnson212@example.net', '(212) 555-0112', '1982-01-01', '76 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.213', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (213, 'Dave', 'Jones', 'user213@example.com', '+44 20 7946 0213', '1975-01-01', '22 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.214', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (214, 'Peggy', 'Sample', 'peggy.sample214@example.org', '07700 900214', '1957-01-01', '73 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.215', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (215, 'Erin', 'Jones', 'erin.jones215@mail.invalid', '+1 415-555-0115', '1977-01-01', '11 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::d7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (216, 'Mallory', 'Pérez', 'user216@corp.example', '(212) 555-0116', '2004-01-01', '126 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.217', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (217, 'Rupert', 'Miller', 'rupert.miller217@example.net', '+44 20 7946 0217', '1978-01-01', '42 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.218', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (218, 'Alice', 'Example', 'alice.example218@corp.example', '07700 900218', '1974-01-01', '29 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '2001:db8::da', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (219, 'Heidi', 'Johnson', 'user219@example.org', '+1 415-555-0119', '1958-01-01', '3 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.220', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (220, 'Frank', 'Brown', 'frank.brown220@example.com', '(212) 555-0120', '1966-01-01', '123 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.221', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (221, 'Rupert', 'Smith', 'rupert.smith221@example.net', '+44 20 7946 0221', '1995-01-01', '121 Example Avenue', 'Springfield', '00000', 'ZZ', 'F', '203.0.113.222', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (222, 'Olivia', 'Sample', 'user222@corp.example', '07700 900222', '1983-01-01', '107 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.223', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (223, 'Victor', 'Doe', 'victor.doe223@example.org', '+1 415-555-0123', '1989-01-01', '98 Main Street', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.224', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (224, 'Olivia', 'Pérez', 'olivia.perez224@example.org', '(212) 555-0124', '1975-01-01', '57 Main Street', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.225', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (225, 'Erin', 'Placeholder', 'user225@mail.invalid', '+44 20 7946 0225', '1972-01-01', '57 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.226', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (226, 'Grace', 'Placeholder', 'grace.placeholder226@mail.invalid', '07700 900226', '1969-01-01', '164 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::e2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (227, 'John', 'Placeholder', 'john.placeholder227@corp.example', '+1 415-555-0127', '1985-01-01', '141 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '203.0.113.228', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (228, 'Sybil', 'Miller', 'user228@corp.example', '(212) 555-0128', '2004-01-01', '126 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.229', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (229, 'Victor', 'Williams', 'victor.williams229@example.com', '+44 20 7946 0229', '1958-01-01', '66 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::e5', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (230, 'Dave', 'Dupont', 'dave.dupont230@example.org', '07700 900230', '1985-01-01', '17 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.231', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (231, 'Olivia', 'Brown', 'user231@corp.example', '+1 415-555-0131', '1966-01-01', '174 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.232', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (232, 'Olivia', 'Sample', 'olivia.sample232@example.com', '(212) 555-0132', '1985-01-01', '78 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.233', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (233, 'Mallory', 'Johnson', 'mallory.johnson233@shop.test', '+44 20 7946 0233', '1956-01-01', '94 Main Street', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.234', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (234, 'Sybil', 'Williams', 'user234@example.org', '07700 900234', '1969-01-01', '144 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.235', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (235, 'Judy', 'Smith', 'judy.smith235@example.org', '+1 415-555-0135', '1969-01-01', '164 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.236', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (236, 'Erin', 'Smith', 'erin.smith236@example.net', '(212) 555-0136', '2000-01-01', '173 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.237', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (237, 'Victor', 'Jones', 'user237@example.com', '+44 20 7946 0237', '1966-01-01', '3 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.238', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (238, 'Victor', 'Mustermann', 'victor.mustermann238@corp.example', '07700 900238', '1964-01-01', '97 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.239', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (239, 'Grace', 'Johnson', 'grace.johnson239@example.org', '+1 415-555-0139', '1985-01-01', '55 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::ef', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (240, 'Heidi', 'Sample', 'user240@example.org', '(212) 555-0140', '1963-01-01', '162 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.241', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (241, 'Rupert', 'Brown', 'rupert.brown241@corp.example', '+44 20 7946 0241', '2002-01-01', '38 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::f1', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (242, 'Trent', 'Jones', 'trent.jones242@corp.example', '07700 900242', '1998-01-01', '45 Main Street', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.243', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (243, 'John', 'Sample', 'user243@shop.test', '+1 415-555-0143', '2000-01-01', '119 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.244', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (244, 'Ivan', 'Brown', 'ivan.brown244@mail.invalid', '(212) 555-0144', '1956-01-01', '136 Sample Road', 'Springfield', '00000', 'ZZ', 'X', '192.0.2.245', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (245, 'Peggy', 'Mustermann', 'peggy.mustermann245@mail.invalid', '+44 20 7946 0245', '1980-01-01', '47 Example Avenue', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.246', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (246, 'Niaj', 'Johnson', 'user246@example.net', '07700 900246', '1992-01-01', '163 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '2001:db8::f6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (247, 'Niaj', 'Mustermann', 'niaj.mustermann247@example.net', '+1 415-555-0147', '1969-01-01', '80 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::f7', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (248, 'Niaj', 'Doe', 'niaj.doe248@example.org', '(212) 555-0148', '1988-01-01', '42 Main Street', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.249', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (249, 'Mallory', 'Sample', 'user249@mail.invalid', '+44 20 7946 0249', '1973-01-01', '172 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.250', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (250, 'Erin', 'Mustermann', 'erin.mustermann250@example.org', '07700 900250', '1971-01-01', '163 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::fa', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (251, 'Victor', 'Brown', 'victor.brown251@shop.test', '+1 415-555-0151', '1957-01-01', '62 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.2', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (252, 'Sybil', 'Tester', 'user252@example.org', '(212) 555-0152', '1963-01-01', '89 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.3', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (253, 'Grace', 'Miller', 'grace.miller253@example.org', '+44 20 7946 0253', '1973-01-01', '167 Sample Road', 'Exampleville', '00000', 'ZZ', 'F', '203.0.113.4', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (254, 'John', 'Williams', 'john.williams254@example.org', '07700 900254', '1968-01-01', '76 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '2001:db8::fe', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (255, 'Peggy', 'Johnson', 'user255@mail.invalid', '+1 415-555-0155', '1962-01-01', '81 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.6', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (256, 'Sybil', 'Dupont', 'sybil.dupont256@shop.test', '(212) 555-0156', '1964-01-01', '49 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::100', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (257, 'Rupert', 'Placeholder', 'rupert.placeholder257@example.net', '+44 20 7946 0257', '2004-01-01', '33 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.8', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (258, 'Rupert', 'Miller', 'user258@example.net', '07700 900258', '1995-01-01', '32 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.9', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (259, 'Olivia', 'Mustermann', 'olivia.mustermann259@corp.example', '+1 415-555-0159', '1985-01-01', '13 Main Street', 'Anytown', '00000', 'ZZ', 'M', '198.51.100.10', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (260, 'Grace', 'Pérez', 'grace.perez260@example.net', '(212) 555-0160', '1986-01-01', '106 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '198.51.100.11', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (261, 'Jane', 'Miller', 'user261@corp.example', '+44 20 7946 0261', '1982-01-01', '58 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.12', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (262, 'Carol', 'Placeholder', 'carol.placeholder262@example.net', '07700 900262', '1994-01-01', '156 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.13', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (263, 'Trent', 'Smith', 'trent.smith263@example.net', '+1 415-555-0163', '1992-01-01', '116 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::107', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (264, 'Dave', 'Smith', 'user264@example.org', '(212) 555-0164', '2000-01-01', '166 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.15', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (265, 'Judy', 'Williams', 'judy.williams265@corp.example', '+44 20 7946 0265', '1957-01-01', '170 Sample Road', 'Exampleville', '00000', 'ZZ', 'M', '192.0.2.16', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (266, 'Mallory', 'Miller', 'mallory.miller266@example.net', '07700 900266', '1970-01-01', '24 Example Avenue', 'Springfield', '00000', 'ZZ', 'X', '198.51.100.17', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (267, 'Carol', 'Williams', 'user267@example.com', '+1 415-555-0167', '1979-01-01', '59 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.18', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (268, 'Judy', 'Brown', 'judy.brown268@corp.example', '(212) 555-0168', '2003-01-01', '26 Main Street', 'Anytown', '00000', 'ZZ', 'M', '2001:db8::10c', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (269, 'Trent', 'Johnson', 'trent.johnson269@example.org', '+44 20 7946 0269', '1986-01-01', '103 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::10d', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (270, 'Ivan', 'Smith', 'user270@corp.example', '07700 900270', '1989-01-01', '115 Main Street', 'Springfield', '00000', 'ZZ', 'M', '192.0.2.21', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (271, 'Erin', 'Dupont', 'erin.dupont271@shop.test', '+1 415-555-0171', '1995-01-01', '30 Main Street', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::10f', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (272, 'John', 'Williams', 'john.williams272@example.net', '(212) 555-0172', '1976-01-01', '7 Main Street', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.23', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (273, 'Dave', 'Pérez', 'user273@shop.test', '+44 20 7946 0273', '1981-01-01', '17 Main Street', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.24', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (274, 'Niaj', 'Doe', 'niaj.doe274@mail.invalid', '07700 900274', '1972-01-01', '159 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '192.0.2.25', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (275, 'Sybil', 'Johnson', 'sybil.johnson275@example.net', '+1 415-555-0175', '1990-01-01', '83 Sample Road', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.26', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (276, 'Jane', 'Pérez', 'user276@corp.example', '(212) 555-0176', '1970-01-01', '119 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '2001:db8::114', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (277, 'John', 'Jones', 'john.jones277@example.org', '+44 20 7946 0277', '1980-01-01', '25 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '192.0.2.28', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (278, 'Olivia', 'Placeholder', 'olivia.placeholder278@example.org', '07700 900278', '1961-01-01', '40 Example Avenue', 'Exampleville', '00000', 'ZZ', 'X', '2001:db8::116', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (279, 'Dave', 'Tester', 'user279@mail.invalid', '+1 415-555-0179', '1966-01-01', '10 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.30', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (280, 'Trent', 'Mustermann', 'trent.mustermann280@example.org', '(212) 555-0180', '1962-01-01', '93 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.31', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (281, 'Carol', 'Pérez', 'carol.perez281@example.org', '+44 20 7946 0281', '1955-01-01', '169 Example Avenue', 'Exampleville', '00000', 'ZZ', 'M', '203.0.113.32', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (282, 'Heidi', 'Roe', 'user282@example.net', '07700 900282', '1980-01-01', '25 Main Street', 'Anytown', '00000', 'ZZ', 'X', '198.51.100.33', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (283, 'Judy', 'Sample', 'judy.sample283@example.org', '+1 415-555-0183', '1954-01-01', '64 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '198.51.100.34', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (284, 'John', 'Smith', 'john.smith284@mail.invalid', '(212) 555-0184', '1969-01-01', '36 Sample Road', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.35', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (285, 'Carol', 'Miller', 'user285@example.com', '+44 20 7946 0285', '1962-01-01', '137 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '198.51.100.36', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (286, 'Carol', 'Doe', 'carol.doe286@shop.test', '07700 900286', '1980-01-01', '30 Main Street', 'Exampleville', '00000', 'ZZ', 'F', '198.51.100.37', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (287, 'Sybil', 'Mustermann', 'sybil.mustermann287@shop.test', '+1 415-555-0187', '1956-01-01', '167 Sample Road', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.38', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (288, 'Erin', 'Doe', 'user288@example.net', '(212) 555-0188', '1962-01-01', '83 Main Street', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.39', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (289, 'Judy', 'Davis', 'judy.davis289@example.org', '+44 20 7946 0289', '2000-01-01', '105 Example Avenue', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.40', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (290, 'John', 'Sample', 'john.sample290@shop.test', '07700 900290', '1991-01-01', '10 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '198.51.100.41', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (291, 'Mallory', 'Jones', 'user291@example.net', '+1 415-555-0191', '1971-01-01', '14 Main Street', 'Springfield', '00000', 'ZZ', 'M', '2001:db8::123', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (292, 'Jane', 'Pérez', 'jane.perez292@corp.example', '(212) 555-0192', '2003-01-01', '128 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '198.51.100.43', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (293, 'Trent', 'Brown', 'trent.brown293@example.org', '+44 20 7946 0293', '2001-01-01', '145 Example Avenue', 'Anytown', '00000', 'ZZ', 'X', '192.0.2.44', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (294, 'Mallory', 'Brown', 'user294@example.com', '07700 900294', '2003-01-01', '33 Sample Road', 'Anytown', '00000', 'ZZ', 'X', '203.0.113.45', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (295, 'Victor', 'Tester', 'victor.tester295@example.com', '+1 415-555-0195', '1988-01-01', '180 Example Avenue', 'Anytown', '00000', 'ZZ', 'M', '203.0.113.46', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (296, 'Walter', 'Tester', 'walter.tester296@mail.invalid', '(212) 555-0196', '1993-01-01', '68 Sample Road', 'Springfield', '00000', 'ZZ', 'F', '2001:db8::128', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (297, 'Judy', 'Miller', 'user297@example.org', '+44 20 7946 0297', '1995-01-01', '125 Main Street', 'Anytown', '00000', 'ZZ', 'M', '192.0.2.48', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (298, 'Trent', 'Sample', 'trent.sample298@example.org', '07700 900298', '1962-01-01', '10 Sample Road', 'Anytown', '00000', 'ZZ', 'F', '192.0.2.49', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (299, 'Victor', 'Roe', 'victor.roe299@mail.invalid', '+1 415-555-0199', '1965-01-01', '51 Example Avenue', 'Springfield', '00000', 'ZZ', 'M', '203.0.113.50', '2024-05-01 10:00:00+00');
INSERT INTO public.customers (id, first_name, last_name, email, phone, date_of_birth, street, city, postcode, country, gender, last_login_ip, created_at) VALUES (300, 'John', 'Johnson', 'user300@example.net', '(212) 555-0100', '1986-01-01', '128 Main Street', 'Exampleville', '00000', 'ZZ', 'X', '192.0.2.51', '2024-05-01 10:00:00+00');


--
-- Data for Name: identity_documents; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (1, 1, '***-**-0001', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0001');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (2, 2, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0002');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (3, 3, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0003');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (4, 4, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0004');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (5, 5, '***-**-0005', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0005');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (6, 6, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0006');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (7, 7, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0007');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (8, 8, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0008');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (9, 9, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0009');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (10, 10, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0010');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (11, 11, '***-**-0011', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0011');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (12, 12, '***-**-0012', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0012');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (13, 13, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0013');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (14, 14, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0014');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (15, 15, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0015');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (16, 16, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0016');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (17, 17, '***-**-0017', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0017');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (18, 18, '***-**-0018', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0018');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (19, 19, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0019');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (20, 20, '***-**-0020', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0020');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (21, 21, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0021');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (22, 22, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0022');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (23, 23, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0023');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (24, 24, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0024');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (25, 25, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0025');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (26, 26, '***-**-0026', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0026');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (27, 27, '***-**-0027', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0027');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (28, 28, '***-**-0028', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0028');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (29, 29, '***-**-0029', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0029');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (30, 30, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0030');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (31, 31, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0031');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (32, 32, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0032');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (33, 33, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0033');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (34, 34, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0034');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (35, 35, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0035');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (36, 36, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0036');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (37, 37, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0037');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (38, 38, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0038');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (39, 39, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0039');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (40, 40, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0040');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (41, 41, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0041');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (42, 42, '***-**-0042', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0042');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (43, 43, '***-**-0043', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0043');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (44, 44, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0044');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (45, 45, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0045');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (46, 46, '***-**-0046', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0046');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (47, 47, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0047');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (48, 48, '219-09-9999', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0048');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (49, 49, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0049');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (50, 50, '***-**-0050', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0050');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (51, 51, '***-**-0051', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0051');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (52, 52, '***-**-0052', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0052');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (53, 53, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0053');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (54, 54, '***-**-0054', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0054');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (55, 55, '***-**-0055', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0055');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (56, 56, '***-**-0056', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0056');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (57, 57, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0057');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (58, 58, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0058');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (59, 59, '***-**-0059', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0059');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (60, 60, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0060');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (61, 61, '***-**-0061', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0061');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (62, 62, '***-**-0062', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0062');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (63, 63, '078-05-1120', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0063');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (64, 64, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0064');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (65, 65, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0065');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (66, 66, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0066');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (67, 67, '***-**-0067', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0067');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (68, 68, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0068');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (69, 69, '078-05-1120', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0069');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (70, 70, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0070');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (71, 71, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0071');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (72, 72, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0072');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (73, 73, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0073');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (74, 74, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0074');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (75, 75, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0075');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (76, 76, '***-**-0076', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0076');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (77, 77, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0077');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (78, 78, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0078');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (79, 79, '***-**-0079', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0079');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (80, 80, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0080');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (81, 81, '219-09-9999', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0081');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (82, 82, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0082');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (83, 83, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0083');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (84, 84, '***-**-0084', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0084');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (85, 85, '***-**-0085', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0085');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (86, 86, '078-05-1120', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0086');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (87, 87, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0087');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (88, 88, '***-**-0088', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0088');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (89, 89, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0089');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (90, 90, '219-09-9999', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0090');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (91, 91, '***-**-0091', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0091');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (92, 92, '***-**-0092', 'XX XX XX XX X', '1 ** ** ** *** *** **', 'XXXXX0092');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (93, 93, '078-05-1120', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0093');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (94, 94, '078-05-1120', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0094');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (95, 95, '219-09-9999', 'XX XX XX XX X', '2 ** ** ** *** *** **', 'XXXXX0095');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (96, 96, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0096');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (97, 97, '***-**-0097', 'AB 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0097');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (98, 98, '219-09-9999', 'AB 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0098');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (99, 99, '219-09-9999', 'QQ 12 34 56 C', '2 ** ** ** *** *** **', 'XXXXX0099');
INSERT INTO public.identity_documents (id, customer_id, ssn, ni_number, nir, passport_number) VALUES (100, 100, '078-05-1120', 'QQ 12 34 56 C', '1 ** ** ** *** *** **', 'XXXXX0100');


--
-- Data for Name: kunden; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (1, 'Hans', 'Mustermann', 'hans.mustermann1@example.org', '020 7946 0001', '1962-01-01', 'Musterstraße 1', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (2, 'Hans', 'Mustermann', 'hans.mustermann2@mail.invalid', '07700 900002', '1998-01-01', 'Musterstraße 2', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (3, 'Max', 'Mustermann', 'user3@example.com', '(415) 555-0103', '2004-01-01', 'Musterstraße 3', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (4, 'Hans', 'Mustermann', 'hans.mustermann4@mail.invalid', '(212) 555-0104', '1988-01-01', 'Musterstraße 4', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (5, 'Max', 'Mustermann', 'max.mustermann5@example.net', '020 7946 0005', '1964-01-01', 'Musterstraße 5', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (6, 'Petra', 'Mustermann', 'user6@corp.example', '07700 900006', '2000-01-01', 'Musterstraße 6', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (7, 'Erika', 'Mustermann', 'erika.mustermann7@example.com', '(415) 555-0107', '1990-01-01', 'Musterstraße 7', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (8, 'Hans', 'Mustermann', 'hans.mustermann8@example.net', '(212) 555-0108', '1988-01-01', 'Musterstraße 8', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (9, 'Max', 'Mustermann', 'user9@example.com', '020 7946 0009', '1951-01-01', 'Musterstraße 9', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (10, 'Petra', 'Mustermann', 'petra.mustermann10@mail.invalid', '07700 900010', '1951-01-01', 'Musterstraße 10', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (11, 'Erika', 'Mustermann', 'erika.mustermann11@example.org', '(415) 555-0111', '1963-01-01', 'Musterstraße 11', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (12, 'Hans', 'Mustermann', 'user12@shop.test', '(212) 555-0112', '1955-01-01', 'Musterstraße 12', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (13, 'Hans', 'Mustermann', 'hans.mustermann13@example.com', '020 7946 0013', '1974-01-01', 'Musterstraße 13', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (14, 'Hans', 'Mustermann', 'hans.mustermann14@example.com', '07700 900014', '2002-01-01', 'Musterstraße 14', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (15, 'Erika', 'Mustermann', 'user15@example.net', '(415) 555-0115', '1955-01-01', 'Musterstraße 15', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (16, 'Max', 'Mustermann', 'max.mustermann16@example.net', '(212) 555-0116', '1983-01-01', 'Musterstraße 16', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (17, 'Petra', 'Mustermann', 'petra.mustermann17@example.com', '020 7946 0017', '1988-01-01', 'Musterstraße 17', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (18, 'Max', 'Mustermann', 'user18@corp.example', '07700 900018', '1988-01-01', 'Musterstraße 18', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (19, 'Erika', 'Mustermann', 'erika.mustermann19@shop.test', '(415) 555-0119', '1997-01-01', 'Musterstraße 19', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (20, 'Hans', 'Mustermann', 'hans.mustermann20@example.net', '(212) 555-0120', '1991-01-01', 'Musterstraße 20', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (21, 'Max', 'Mustermann', 'user21@example.com', '020 7946 0021', '1959-01-01', 'Musterstraße 21', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (22, 'Max', 'Mustermann', 'max.mustermann22@example.net', '07700 900022', '2000-01-01', 'Musterstraße 22', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (23, 'Max', 'Mustermann', 'max.mustermann23@example.org', '(415) 555-0123', '1970-01-01', 'Musterstraße 23', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (24, 'Erika', 'Mustermann', 'user24@example.com', '(212) 555-0124', '1999-01-01', 'Musterstraße 24', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (25, 'Petra', 'Mustermann', 'petra.mustermann25@example.org', '020 7946 0025', '1994-01-01', 'Musterstraße 25', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (26, 'Erika', 'Mustermann', 'erika.mustermann26@mail.invalid', '07700 900026', '1992-01-01', 'Musterstraße 26', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (27, 'Petra', 'Mustermann', 'user27@corp.example', '(415) 555-0127', '1989-01-01', 'Musterstraße 27', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (28, 'Petra', 'Mustermann', 'petra.mustermann28@example.net', '(212) 555-0128', '1965-01-01', 'Musterstraße 28', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (29, 'Erika', 'Mustermann', 'erika.mustermann29@example.net', '020 7946 0029', '1964-01-01', 'Musterstraße 29', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (30, 'Max', 'Mustermann', 'user30@example.com', '07700 900030', '2003-01-01', 'Musterstraße 30', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (31, 'Max', 'Mustermann', 'max.mustermann31@example.com', '(415) 555-0131', '1986-01-01', 'Musterstraße 31', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (32, 'Max', 'Mustermann', 'max.mustermann32@example.net', '(212) 555-0132', '1951-01-01', 'Musterstraße 32', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (33, 'Erika', 'Mustermann', 'user33@corp.example', '020 7946 0033', '2002-01-01', 'Musterstraße 33', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (34, 'Petra', 'Mustermann', 'petra.mustermann34@corp.example', '07700 900034', '1991-01-01', 'Musterstraße 34', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (35, 'Hans', 'Mustermann', 'hans.mustermann35@shop.test', '(415) 555-0135', '1999-01-01', 'Musterstraße 35', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (36, 'Erika', 'Mustermann', 'user36@example.org', '(212) 555-0136', '1982-01-01', 'Musterstraße 36', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (37, 'Erika', 'Mustermann', 'erika.mustermann37@example.net', '020 7946 0037', '2001-01-01', 'Musterstraße 37', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (38, 'Erika', 'Mustermann', 'erika.mustermann38@shop.test', '07700 900038', '1990-01-01', 'Musterstraße 38', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (39, 'Max', 'Mustermann', 'user39@corp.example', '(415) 555-0139', '1964-01-01', 'Musterstraße 39', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (40, 'Hans', 'Mustermann', 'hans.mustermann40@mail.invalid', '(212) 555-0140', '1978-01-01', 'Musterstraße 40', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (41, 'Petra', 'Mustermann', 'petra.mustermann41@example.com', '020 7946 0041', '2003-01-01', 'Musterstraße 41', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (42, 'Petra', 'Mustermann', 'user42@shop.test', '07700 900042', '1990-01-01', 'Musterstraße 42', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (43, 'Max', 'Mustermann', 'max.mustermann43@shop.test', '(415) 555-0143', '1973-01-01', 'Musterstraße 43', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (44, 'Erika', 'Mustermann', 'erika.mustermann44@shop.test', '(212) 555-0144', '1996-01-01', 'Musterstraße 44', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (45, 'Erika', 'Mustermann', 'user45@mail.invalid', '020 7946 0045', '1954-01-01', 'Musterstraße 45', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (46, 'Petra', 'Mustermann', 'petra.mustermann46@example.net', '07700 900046', '1959-01-01', 'Musterstraße 46', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (47, 'Petra', 'Mustermann', 'petra.mustermann47@corp.example', '(415) 555-0147', '1977-01-01', 'Musterstraße 47', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (48, 'Petra', 'Mustermann', 'user48@shop.test', '(212) 555-0148', '1979-01-01', 'Musterstraße 48', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (49, 'Petra', 'Mustermann', 'petra.mustermann49@shop.test', '020 7946 0049', '1973-01-01', 'Musterstraße 49', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (50, 'Erika', 'Mustermann', 'erika.mustermann50@corp.example', '07700 900050', '2003-01-01', 'Musterstraße 50', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (51, 'Petra', 'Mustermann', 'user51@example.net', '(415) 555-0151', '1970-01-01', 'Musterstraße 51', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (52, 'Max', 'Mustermann', 'max.mustermann52@example.net', '(212) 555-0152', '1984-01-01', 'Musterstraße 52', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (53, 'Petra', 'Mustermann', 'petra.mustermann53@mail.invalid', '020 7946 0053', '1955-01-01', 'Musterstraße 53', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (54, 'Petra', 'Mustermann', 'user54@mail.invalid', '07700 900054', '1956-01-01', 'Musterstraße 54', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (55, 'Hans', 'Mustermann', 'hans.mustermann55@example.net', '(415) 555-0155', '2003-01-01', 'Musterstraße 55', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (56, 'Max', 'Mustermann', 'max.mustermann56@example.org', '(212) 555-0156', '1988-01-01', 'Musterstraße 56', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (57, 'Erika', 'Mustermann', 'user57@corp.example', '020 7946 0057', '1968-01-01', 'Musterstraße 57', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (58, 'Erika', 'Mustermann', 'erika.mustermann58@example.com', '07700 900058', '2003-01-01', 'Musterstraße 58', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (59, 'Max', 'Mustermann', 'max.mustermann59@example.com', '(415) 555-0159', '1957-01-01', 'Musterstraße 59', '00000');
INSERT INTO public.kunden (id, vorname, nachname, e_mail, telefon, geburtsdatum, strasse, plz) VALUES (60, 'Petra', 'Mustermann', 'user60@example.org', '(212) 555-0160', '1994-01-01', 'Musterstraße 60', '00000');


--
-- Data for Name: payment_methods; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (1, 1, 'Grace Mustermann', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (2, 2, 'Jane Roe', '5105105105105100', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (3, 3, 'Olivia Dupont', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (4, 4, 'Bob Smith', '**** **** **** 0004', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (5, 5, 'Judy Dupont', '6011111111111117', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (6, 6, 'Niaj Mustermann', '5105105105105100', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (7, 7, 'Walter Davis', '4242 4242 4242 4242', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (8, 8, 'Judy Dupont', '**** **** **** 0008', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (9, 9, 'Frank Davis', '4242 4242 4242 4242', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (10, 10, 'Rupert Example', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (11, 11, 'Olivia Example', '378282246310005', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (12, 12, 'Niaj Williams', '**** **** **** 0012', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (13, 13, 'Rupert Mustermann', '6011111111111117', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (14, 14, 'Walter Jones', '5105105105105100', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (15, 15, 'Trent Example', '5555555555554444', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (16, 16, 'Bob Placeholder', '**** **** **** 0016', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (17, 17, 'Mallory Brown', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (18, 18, 'Frank Sample', '378282246310005', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (19, 19, 'Jane Example', '6011111111111117', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (20, 20, 'John Williams', '**** **** **** 0020', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (21, 21, 'John Smith', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (22, 22, 'Olivia Placeholder', '6011111111111117', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (23, 23, 'Niaj Brown', '4111111111111111', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (24, 24, 'John Dupont', '**** **** **** 0024', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (25, 25, 'Mallory Johnson', '6011111111111117', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (26, 26, 'Bob Roe', '4111111111111111', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (27, 27, 'Peggy Brown', '378282246310005', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (28, 28, 'Judy Placeholder', '**** **** **** 0028', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (29, 29, 'Rupert Placeholder', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (30, 30, 'Olivia Roe', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (31, 31, 'John Roe', '5105105105105100', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (32, 32, 'Peggy Miller', '**** **** **** 0032', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (33, 33, 'Rupert Placeholder', '5105105105105100', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (34, 34, 'Mallory Pérez', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (35, 35, 'John Jones', '378282246310005', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (36, 36, 'Ivan Smith', '**** **** **** 0036', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (37, 37, 'Alice Placeholder', '4111111111111111', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (38, 38, 'Sybil Miller', '5105105105105100', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (39, 39, 'Judy Tester', '6011111111111117', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (40, 40, 'Alice Smith', '**** **** **** 0040', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (41, 41, 'Carol Placeholder', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (42, 42, 'Grace Placeholder', '4242 4242 4242 4242', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (43, 43, 'Olivia Miller', '4111111111111111', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (44, 44, 'Alice Roe', '**** **** **** 0044', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (45, 45, 'Bob Jones', '5555555555554444', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (46, 46, 'Jane Roe', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (47, 47, 'Carol Placeholder', '378282246310005', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (48, 48, 'Bob Williams', '**** **** **** 0048', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (49, 49, 'Mallory Dupont', '4000056655665556', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (50, 50, 'Peggy Davis', '6011111111111117', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (51, 51, 'Olivia Johnson', '5105105105105100', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (52, 52, 'Walter Smith', '**** **** **** 0052', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (53, 53, 'Mallory Doe', '4111111111111111', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (54, 54, 'Judy Jones', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (55, 55, 'John Mustermann', '5105105105105100', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (56, 56, 'Walter Dupont', '**** **** **** 0056', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (57, 57, 'Judy Williams', '5555555555554444', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (58, 58, 'Carol Williams', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (59, 59, 'Bob Dupont', '4242 4242 4242 4242', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (60, 60, 'Bob Mustermann', '**** **** **** 0060', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (61, 61, 'Olivia Roe', '4000056655665556', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (62, 62, 'Ivan Roe', '378282246310005', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (63, 63, 'Judy Placeholder', '5555555555554444', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (64, 64, 'John Johnson', '**** **** **** 0064', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (65, 65, 'Rupert Example', '378282246310005', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (66, 66, 'Trent Roe', '4000056655665556', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (67, 67, 'Rupert Pérez', '378282246310005', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (68, 68, 'Jane Roe', '**** **** **** 0068', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (69, 69, 'Judy Example', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (70, 70, 'Walter Roe', '378282246310005', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (71, 71, 'Carol Davis', '378282246310005', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (72, 72, 'Peggy Johnson', '**** **** **** 0072', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (73, 73, 'Alice Davis', '6011111111111117', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (74, 74, 'Sybil Placeholder', '4111111111111111', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (75, 75, 'Bob Miller', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (76, 76, 'Walter Dupont', '**** **** **** 0076', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (77, 77, 'Trent Tester', '4000056655665556', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (78, 78, 'Rupert Pérez', '5555555555554444', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (79, 79, 'Grace Tester', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (80, 80, 'Peggy Davis', '**** **** **** 0080', 'ES9121000418450200051332', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (81, 81, 'Heidi Pérez', '5105105105105100', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (82, 82, 'Judy Williams', '4242 4242 4242 4242', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (83, 83, 'Jane Placeholder', '4000056655665556', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (84, 84, 'Judy Example', '**** **** **** 0084', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (85, 85, 'Ivan Williams', '5555555555554444', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (86, 86, 'Grace Jones', '4242 4242 4242 4242', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (87, 87, 'Frank Brown', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (88, 88, 'John Dupont', '**** **** **** 0088', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (89, 89, 'Bob Brown', '5105105105105100', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (90, 90, 'Victor Tester', '378282246310005', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (91, 91, 'Olivia Doe', '4000056655665556', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (92, 92, 'Mallory Davis', '**** **** **** 0092', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (93, 93, 'Rupert Example', '6011111111111117', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (94, 94, 'John Example', '4000056655665556', 'NL91ABNA0417164300', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (95, 95, 'Walter Pérez', '5555555555554444', 'GB29 NWBK 6016 1331 9268 19', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (96, 96, 'Alice Johnson', '**** **** **** 0096', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (97, 97, 'Carol Example', '4000056655665556', 'GB82WEST12345698765432', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (98, 98, 'Erin Dupont', '4242 4242 4242 4242', 'FR1420041010050500013M02606', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (99, 99, 'Ivan Doe', '4242 4242 4242 4242', 'DE89370400440532013000', '***');
INSERT INTO public.payment_methods (id, customer_id, cardholder_name, card_number, iban, cvv) VALUES (100, 100, 'Erin Jones', '**** **** **** 0100', 'NL91ABNA0417164300', '***');


--
-- Data for Name: support_tickets; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (1, 'Ticket 1', 'Call me back on +44 20 7946 0001 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (2, 'Ticket 2', 'My card 4111111111111111 was charged twice.
Thanks, Erin', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (3, 'Ticket 3', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (4, 'Ticket 4', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (5, 'Ticket 5', 'Hello, please write to me at rupert.sample5@example.net instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (6, 'Ticket 6', 'Call me back on +44 7700 900006 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (7, 'Ticket 7', 'My card 5105105105105100 was charged twice.
Thanks, Sybil', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (8, 'Ticket 8', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (9, 'Ticket 9', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (10, 'Ticket 10', 'Hello, please write to me at alice.miller10@shop.test instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (11, 'Ticket 11', 'Call me back on +1 415-555-0111 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (12, 'Ticket 12', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (13, 'Ticket 13', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (14, 'Ticket 14', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (15, 'Ticket 15', 'Hello, please write to me at user15@shop.test instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (16, 'Ticket 16', 'Call me back on +1 212-555-0116 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (17, 'Ticket 17', 'My card 5105105105105100 was charged twice.
Thanks, Frank', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (18, 'Ticket 18', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (19, 'Ticket 19', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (20, 'Ticket 20', 'Hello, please write to me at frank.tester20@example.org instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (21, 'Ticket 21', 'Call me back on +44 20 7946 0021 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (22, 'Ticket 22', 'My card 4111111111111111 was charged twice.
Thanks, Mallory', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (23, 'Ticket 23', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (24, 'Ticket 24', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (25, 'Ticket 25', 'Hello, please write to me at erin.brown25@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (26, 'Ticket 26', 'Call me back on +44 7700 900026 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (27, 'Ticket 27', 'My card 5105105105105100 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (28, 'Ticket 28', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (29, 'Ticket 29', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (30, 'Ticket 30', 'Hello, please write to me at user30@example.com instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (31, 'Ticket 31', 'Call me back on +1 415-555-0131 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (32, 'Ticket 32', 'My card 5555555555554444 was charged twice.
Thanks, Peggy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (33, 'Ticket 33', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (34, 'Ticket 34', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (35, 'Ticket 35', 'Hello, please write to me at rupert.davis35@example.net instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (36, 'Ticket 36', 'Call me back on +1 212-555-0136 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (37, 'Ticket 37', 'My card 5105105105105100 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (38, 'Ticket 38', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (39, 'Ticket 39', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (40, 'Ticket 40', 'Hello, please write to me at niaj.roe40@example.org instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (41, 'Ticket 41', 'Call me back on +44 20 7946 0041 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (42, 'Ticket 42', 'My card 4111111111111111 was charged twice.
Thanks, Sybil', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (43, 'Ticket 43', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (44, 'Ticket 44', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (45, 'Ticket 45', 'Hello, please write to me at user45@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (46, 'Ticket 46', 'Call me back on +44 7700 900046 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (47, 'Ticket 47', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Carol', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (48, 'Ticket 48', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (49, 'Ticket 49', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (50, 'Ticket 50', 'Hello, please write to me at john.roe50@shop.test instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (51, 'Ticket 51', 'Call me back on +1 415-555-0151 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (52, 'Ticket 52', 'My card 5105105105105100 was charged twice.
Thanks, Bob', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (53, 'Ticket 53', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (54, 'Ticket 54', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (55, 'Ticket 55', 'Hello, please write to me at carol.example55@example.com instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (56, 'Ticket 56', 'Call me back on +1 212-555-0156 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (57, 'Ticket 57', 'My card 4000056655665556 was charged twice.
Thanks, Carol', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (58, 'Ticket 58', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (59, 'Ticket 59', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (60, 'Ticket 60', 'Hello, please write to me at user60@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (61, 'Ticket 61', 'Call me back on +44 20 7946 0061 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (62, 'Ticket 62', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Frank', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (63, 'Ticket 63', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (64, 'Ticket 64', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (189, 'Ticket 189', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (65, 'Ticket 65', 'Hello, please write to me at john.dupont65@example.com instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (66, 'Ticket 66', 'Call me back on +44 7700 900066 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (67, 'Ticket 67', 'My card 378282246310005 was charged twice.
Thanks, Victor', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (68, 'Ticket 68', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (69, 'Ticket 69', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (70, 'Ticket 70', 'Hello, please write to me at walter.johnson70@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (71, 'Ticket 71', 'Call me back on +1 415-555-0171 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (72, 'Ticket 72', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Erin', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (73, 'Ticket 73', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (74, 'Ticket 74', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (75, 'Ticket 75', 'Hello, please write to me at user75@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (76, 'Ticket 76', 'Call me back on +1 212-555-0176 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (77, 'Ticket 77', 'My card 4000056655665556 was charged twice.
Thanks, Frank', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (78, 'Ticket 78', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (79, 'Ticket 79', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (80, 'Ticket 80', 'Hello, please write to me at john.johnson80@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (81, 'Ticket 81', 'Call me back on +44 20 7946 0081 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (82, 'Ticket 82', 'My card 4000056655665556 was charged twice.
Thanks, Olivia', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (83, 'Ticket 83', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (84, 'Ticket 84', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (85, 'Ticket 85', 'Hello, please write to me at niaj.williams85@example.com instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (86, 'Ticket 86', 'Call me back on +44 7700 900086 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (87, 'Ticket 87', 'My card 4111111111111111 was charged twice.
Thanks, Erin', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (88, 'Ticket 88', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (89, 'Ticket 89', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (90, 'Ticket 90', 'Hello, please write to me at user90@example.net instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (91, 'Ticket 91', 'Call me back on +1 415-555-0191 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (92, 'Ticket 92', 'My card 4111111111111111 was charged twice.
Thanks, Jane', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (93, 'Ticket 93', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (94, 'Ticket 94', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (95, 'Ticket 95', 'Hello, please write to me at ivan.brown95@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (96, 'Ticket 96', 'Call me back on +1 212-555-0196 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (97, 'Ticket 97', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (98, 'Ticket 98', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (99, 'Ticket 99', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (100, 'Ticket 100', 'Hello, please write to me at judy.smith100@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (101, 'Ticket 101', 'Call me back on +44 20 7946 0101 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (102, 'Ticket 102', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Sybil', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (103, 'Ticket 103', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (104, 'Ticket 104', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (105, 'Ticket 105', 'Hello, please write to me at user105@mail.invalid instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (106, 'Ticket 106', 'Call me back on +44 7700 900106 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (107, 'Ticket 107', 'My card 5555555555554444 was charged twice.
Thanks, Ivan', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (108, 'Ticket 108', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (109, 'Ticket 109', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (110, 'Ticket 110', 'Hello, please write to me at victor.davis110@mail.invalid instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (111, 'Ticket 111', 'Call me back on +1 415-555-0111 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (112, 'Ticket 112', 'My card 4000056655665556 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (113, 'Ticket 113', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (114, 'Ticket 114', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (115, 'Ticket 115', 'Hello, please write to me at sybil.mustermann115@example.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (116, 'Ticket 116', 'Call me back on +1 212-555-0116 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (117, 'Ticket 117', 'My card 5105105105105100 was charged twice.
Thanks, Dave', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (118, 'Ticket 118', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (119, 'Ticket 119', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (120, 'Ticket 120', 'Hello, please write to me at user120@example.net instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (121, 'Ticket 121', 'Call me back on +44 20 7946 0121 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (122, 'Ticket 122', 'My card 4111111111111111 was charged twice.
Thanks, Jane', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (123, 'Ticket 123', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (124, 'Ticket 124', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (125, 'Ticket 125', 'Hello, please write to me at walter.brown125@example.com instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (126, 'Ticket 126', 'Call me back on +44 7700 900126 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (127, 'Ticket 127', 'My card 4111111111111111 was charged twice.
Thanks, Heidi', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (128, 'Ticket 128', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (129, 'Ticket 129', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (130, 'Ticket 130', 'Hello, please write to me at jane.roe130@mail.invalid instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (131, 'Ticket 131', 'Call me back on +1 415-555-0131 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (132, 'Ticket 132', 'My card 378282246310005 was charged twice.
Thanks, Ivan', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (133, 'Ticket 133', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (134, 'Ticket 134', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (135, 'Ticket 135', 'Hello, please write to me at user135@example.net instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (136, 'Ticket 136', 'Call me back on +1 212-555-0136 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (137, 'Ticket 137', 'My card 4000056655665556 was charged twice.
Thanks, Frank', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (138, 'Ticket 138', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (139, 'Ticket 139', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (140, 'Ticket 140', 'Hello, please write to me at judy.williams140@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (141, 'Ticket 141', 'Call me back on +44 20 7946 0141 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (142, 'Ticket 142', 'My card 4111111111111111 was charged twice.
Thanks, Bob', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (143, 'Ticket 143', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (144, 'Ticket 144', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (145, 'Ticket 145', 'Hello, please write to me at mallory.example145@shop.test instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (146, 'Ticket 146', 'Call me back on +44 7700 900146 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (147, 'Ticket 147', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Grace', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (148, 'Ticket 148', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (149, 'Ticket 149', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (150, 'Ticket 150', 'Hello, please write to me at user150@shop.test instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (151, 'Ticket 151', 'Call me back on +1 415-555-0151 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (152, 'Ticket 152', 'My card 4242 4242 4242 4242 was charged twice.
Thanks, Walter', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (153, 'Ticket 153', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (154, 'Ticket 154', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (155, 'Ticket 155', 'Hello, please write to me at sybil.mustermann155@mail.invalid instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (156, 'Ticket 156', 'Call me back on +1 212-555-0156 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (157, 'Ticket 157', 'My card 378282246310005 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (158, 'Ticket 158', 'Refund to IBAN GB29 NWBK 6016 1331 9268 19 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (159, 'Ticket 159', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (160, 'Ticket 160', 'Hello, please write to me at trent.sample160@corp.example instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (161, 'Ticket 161', 'Call me back on +44 20 7946 0161 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (162, 'Ticket 162', 'My card 4111111111111111 was charged twice.
Thanks, Heidi', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (163, 'Ticket 163', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (164, 'Ticket 164', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (165, 'Ticket 165', 'Hello, please write to me at user165@example.net instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (166, 'Ticket 166', 'Call me back on +44 7700 900166 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (167, 'Ticket 167', 'My card 6011111111111117 was charged twice.
Thanks, John', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (168, 'Ticket 168', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (169, 'Ticket 169', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (170, 'Ticket 170', 'Hello, please write to me at trent.miller170@corp.example instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (171, 'Ticket 171', 'Call me back on +1 415-555-0171 after 6pm. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (172, 'Ticket 172', 'My card 4111111111111111 was charged twice.
Thanks, Olivia', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (173, 'Ticket 173', 'Refund to IBAN ES9121000418450200051332 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (174, 'Ticket 174', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (175, 'Ticket 175', 'Hello, please write to me at rupert.mustermann175@example.net instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (176, 'Ticket 176', 'Call me back on +1 212-555-0176 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (177, 'Ticket 177', 'My card 378282246310005 was charged twice.
Thanks, Carol', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (178, 'Ticket 178', 'Refund to IBAN GB82WEST12345698765432 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (179, 'Ticket 179', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (180, 'Ticket 180', 'Hello, please write to me at user180@corp.example instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (181, 'Ticket 181', 'Call me back on +44 20 7946 0181 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (182, 'Ticket 182', 'My card 5555555555554444 was charged twice.
Thanks, Rupert', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (183, 'Ticket 183', 'Refund to IBAN FR1420041010050500013M02606 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (184, 'Ticket 184', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (185, 'Ticket 185', 'Hello, please write to me at frank.miller185@mail.invalid instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (186, 'Ticket 186', 'Call me back on +44 7700 900186 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (187, 'Ticket 187', 'My card 378282246310005 was charged twice.
Thanks, Trent', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (188, 'Ticket 188', 'Refund to IBAN NL91ABNA0417164300 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (190, 'Ticket 190', 'Hello, please write to me at niaj.perez190@corp.example instead. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (191, 'Ticket 191', 'Call me back on +1 415-555-0191 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (192, 'Ticket 192', 'My card 5105105105105100 was charged twice.
Thanks, Judy', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (193, 'Ticket 193', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (194, 'Ticket 194', 'Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (195, 'Ticket 195', 'Hello, please write to me at user195@shop.test instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (196, 'Ticket 196', 'Call me back on +1 212-555-0196 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (197, 'Ticket 197', 'My card 6011111111111117 was charged twice.
Thanks, Niaj', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (198, 'Ticket 198', 'Refund to IBAN DE89370400440532013000 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (199, 'Ticket 199', 'Please update the delivery window to 14:00-16:00.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets (id, subject, body, opened_at) VALUES (200, 'Ticket 200', 'Hello, please write to me at rupert.jones200@example.com instead. Invoice 48151623 was paid twice.', '2024-06-01 09:30:00+00');


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_profiles (id, profile) VALUES (1, '{"contact": {"email": "ivan.mustermann1@shop.test", "phone": "020 7946 0001"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (2, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "rupert.miller2@example.net", "phone": "07700 900002"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (3, '{"contact": {"email": "user3@corp.example", "phone": "(415) 555-0103"}, "identity": {"first_name": "Rupert", "date_of_birth": "1955-08-03"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (4, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "carol.davis4@example.org", "phone": "(212) 555-0104"}, "payment": {"card_number": "4111111111111111"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (5, '{"contact": {"email": "walter.smith5@shop.test", "phone": "020 7946 0005"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (6, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user6@shop.test", "phone": "07700 900006"}, "identity": {"first_name": "Bob", "date_of_birth": "1957-06-27"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (7, '{"contact": {"email": "alice.miller7@example.org", "phone": "(415) 555-0107"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (8, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "niaj.miller8@example.net", "phone": "(212) 555-0108"}, "payment": {"card_number": "4000056655665556"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (9, '{"contact": {"email": "user9@example.com", "phone": "020 7946 0009"}, "identity": {"first_name": "Alice", "date_of_birth": "1981-02-19"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (10, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "frank.mustermann10@corp.example", "phone": "07700 900010"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (11, '{"contact": {"email": "ivan.smith11@example.com", "phone": "(415) 555-0111"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (12, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "user12@example.net", "phone": "(212) 555-0112"}, "payment": {"card_number": "4000056655665556"}, "identity": {"first_name": "John", "date_of_birth": "2002-08-21"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (13, '{"contact": {"email": "bob.sample13@example.net", "phone": "020 7946 0013"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (14, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "alice.doe14@example.net", "phone": "07700 900014"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (15, '{"contact": {"email": "user15@corp.example", "phone": "(415) 555-0115"}, "identity": {"first_name": "Trent", "date_of_birth": "1988-12-03"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (16, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "grace.brown16@corp.example", "phone": "(212) 555-0116"}, "payment": {"card_number": "5105105105105100"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (17, '{"contact": {"email": "dave.sample17@example.net", "phone": "020 7946 0017"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (18, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user18@example.com", "phone": "07700 900018"}, "identity": {"first_name": "Jane", "date_of_birth": "1994-02-07"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (19, '{"contact": {"email": "niaj.doe19@example.org", "phone": "(415) 555-0119"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (20, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "erin.williams20@corp.example", "phone": "(212) 555-0120"}, "payment": {"card_number": "4111111111111111"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (21, '{"contact": {"email": "user21@example.net", "phone": "020 7946 0021"}, "identity": {"first_name": "Sybil", "date_of_birth": "1970-03-25"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (22, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "grace.roe22@example.org", "phone": "07700 900022"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (23, '{"contact": {"email": "peggy.example23@shop.test", "phone": "(415) 555-0123"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (24, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "user24@example.org", "phone": "(212) 555-0124"}, "payment": {"card_number": "5555555555554444"}, "identity": {"first_name": "Sybil", "date_of_birth": "1985-02-18"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (25, '{"contact": {"email": "ivan.johnson25@mail.invalid", "phone": "020 7946 0025"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (26, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "john.sample26@shop.test", "phone": "07700 900026"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (27, '{"contact": {"email": "user27@example.com", "phone": "(415) 555-0127"}, "identity": {"first_name": "Sybil", "date_of_birth": "1999-09-04"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (28, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "jane.doe28@shop.test", "phone": "(212) 555-0128"}, "payment": {"card_number": "4242424242424242"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (29, '{"contact": {"email": "trent.tester29@corp.example", "phone": "020 7946 0029"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (30, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "user30@shop.test", "phone": "07700 900030"}, "identity": {"first_name": "Heidi", "date_of_birth": "1987-04-21"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (31, '{"contact": {"email": "carol.dupont31@shop.test", "phone": "(415) 555-0131"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (32, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "walter.williams32@corp.example", "phone": "(212) 555-0132"}, "payment": {"card_number": "4111111111111111"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (65, '{"contact": {"email": "grace.johnson65@example.net", "phone": "020 7946 0065"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (33, '{"contact": {"email": "user33@mail.invalid", "phone": "020 7946 0033"}, "identity": {"first_name": "Judy", "date_of_birth": "1975-11-19"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (34, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "jane.williams34@corp.example", "phone": "07700 900034"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (35, '{"contact": {"email": "dave.williams35@example.net", "phone": "(415) 555-0135"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (36, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "user36@example.com", "phone": "(212) 555-0136"}, "payment": {"card_number": "4111111111111111"}, "identity": {"first_name": "Olivia", "date_of_birth": "1992-06-07"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (37, '{"contact": {"email": "carol.smith37@example.com", "phone": "020 7946 0037"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (38, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "grace.dupont38@corp.example", "phone": "07700 900038"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (39, '{"contact": {"email": "user39@mail.invalid", "phone": "(415) 555-0139"}, "identity": {"first_name": "Heidi", "date_of_birth": "1969-04-10"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (40, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "carol.mustermann40@example.org", "phone": "(212) 555-0140"}, "payment": {"card_number": "5555555555554444"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (41, '{"contact": {"email": "peggy.smith41@example.com", "phone": "020 7946 0041"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (42, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "user42@example.com", "phone": "07700 900042"}, "identity": {"first_name": "Walter", "date_of_birth": "1960-10-14"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (43, '{"contact": {"email": "alice.brown43@corp.example", "phone": "(415) 555-0143"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (44, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "dave.smith44@mail.invalid", "phone": "(212) 555-0144"}, "payment": {"card_number": "4000056655665556"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (45, '{"contact": {"email": "user45@example.org", "phone": "020 7946 0045"}, "identity": {"first_name": "Sybil", "date_of_birth": "1999-08-07"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (46, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "grace.johnson46@corp.example", "phone": "07700 900046"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (47, '{"contact": {"email": "bob.roe47@example.net", "phone": "(415) 555-0147"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (48, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user48@corp.example", "phone": "(212) 555-0148"}, "payment": {"card_number": "5105105105105100"}, "identity": {"first_name": "Olivia", "date_of_birth": "2002-10-08"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (49, '{"contact": {"email": "ivan.smith49@mail.invalid", "phone": "020 7946 0049"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (50, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "ivan.placeholder50@corp.example", "phone": "07700 900050"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (51, '{"contact": {"email": "user51@example.org", "phone": "(415) 555-0151"}, "identity": {"first_name": "Heidi", "date_of_birth": "1983-12-11"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (52, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "john.jones52@example.org", "phone": "(212) 555-0152"}, "payment": {"card_number": "6011111111111117"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (53, '{"contact": {"email": "erin.brown53@example.org", "phone": "020 7946 0053"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (54, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "user54@corp.example", "phone": "07700 900054"}, "identity": {"first_name": "Jane", "date_of_birth": "1959-02-18"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (55, '{"contact": {"email": "walter.sample55@mail.invalid", "phone": "(415) 555-0155"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (56, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "peggy.smith56@example.org", "phone": "(212) 555-0156"}, "payment": {"card_number": "4000056655665556"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (57, '{"contact": {"email": "user57@shop.test", "phone": "020 7946 0057"}, "identity": {"first_name": "Frank", "date_of_birth": "2002-02-19"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (58, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "dave.miller58@corp.example", "phone": "07700 900058"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (59, '{"contact": {"email": "niaj.roe59@mail.invalid", "phone": "(415) 555-0159"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (60, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user60@example.org", "phone": "(212) 555-0160"}, "payment": {"card_number": "4242424242424242"}, "identity": {"first_name": "Mallory", "date_of_birth": "1961-09-17"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (61, '{"contact": {"email": "peggy.roe61@example.com", "phone": "020 7946 0061"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (62, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "walter.dupont62@example.org", "phone": "07700 900062"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (63, '{"contact": {"email": "user63@example.org", "phone": "(415) 555-0163"}, "identity": {"first_name": "Trent", "date_of_birth": "1962-06-07"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (64, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "dave.dupont64@shop.test", "phone": "(212) 555-0164"}, "payment": {"card_number": "378282246310005"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (66, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "user66@corp.example", "phone": "07700 900066"}, "identity": {"first_name": "Trent", "date_of_birth": "1983-01-14"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (67, '{"contact": {"email": "judy.brown67@example.org", "phone": "(415) 555-0167"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (68, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "rupert.example68@shop.test", "phone": "(212) 555-0168"}, "payment": {"card_number": "6011111111111117"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (69, '{"contact": {"email": "user69@example.net", "phone": "020 7946 0069"}, "identity": {"first_name": "Victor", "date_of_birth": "1971-11-04"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (70, '{"bank": {"iban": "FR1420041010050500013M02606"}, "contact": {"email": "erin.perez70@corp.example", "phone": "07700 900070"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (71, '{"contact": {"email": "walter.perez71@shop.test", "phone": "(415) 555-0171"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (72, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "user72@example.net", "phone": "(212) 555-0172"}, "payment": {"card_number": "6011111111111117"}, "identity": {"first_name": "Frank", "date_of_birth": "1990-05-11"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (73, '{"contact": {"email": "heidi.smith73@example.org", "phone": "020 7946 0073"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (74, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "dave.smith74@example.net", "phone": "07700 900074"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (75, '{"contact": {"email": "user75@corp.example", "phone": "(415) 555-0175"}, "identity": {"first_name": "Mallory", "date_of_birth": "1967-09-03"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (76, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "trent.example76@example.com", "phone": "(212) 555-0176"}, "payment": {"card_number": "4111111111111111"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (77, '{"contact": {"email": "mallory.tester77@shop.test", "phone": "020 7946 0077"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (78, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user78@example.net", "phone": "07700 900078"}, "identity": {"first_name": "Alice", "date_of_birth": "1978-12-08"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (79, '{"contact": {"email": "carol.sample79@example.net", "phone": "(415) 555-0179"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (80, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "jane.sample80@corp.example", "phone": "(212) 555-0180"}, "payment": {"card_number": "6011111111111117"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (81, '{"contact": {"email": "user81@example.net", "phone": "020 7946 0081"}, "identity": {"first_name": "John", "date_of_birth": "1978-01-15"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (82, '{"bank": {"iban": "GB82WEST12345698765432"}, "contact": {"email": "peggy.johnson82@mail.invalid", "phone": "07700 900082"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (83, '{"contact": {"email": "olivia.mustermann83@corp.example", "phone": "(415) 555-0183"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (84, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "user84@shop.test", "phone": "(212) 555-0184"}, "payment": {"card_number": "378282246310005"}, "identity": {"first_name": "Peggy", "date_of_birth": "1977-06-10"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (85, '{"contact": {"email": "judy.tester85@shop.test", "phone": "020 7946 0085"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (86, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "victor.dupont86@mail.invalid", "phone": "07700 900086"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (87, '{"contact": {"email": "user87@shop.test", "phone": "(415) 555-0187"}, "identity": {"first_name": "Dave", "date_of_birth": "1973-01-09"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (88, '{"bank": {"iban": "ES9121000418450200051332"}, "contact": {"email": "grace.dupont88@mail.invalid", "phone": "(212) 555-0188"}, "payment": {"card_number": "4242424242424242"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (89, '{"contact": {"email": "sybil.miller89@example.org", "phone": "020 7946 0089"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (90, '{"bank": {"iban": "GB29NWBK60161331926819"}, "contact": {"email": "user90@shop.test", "phone": "07700 900090"}, "identity": {"first_name": "Dave", "date_of_birth": "1982-05-24"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (91, '{"contact": {"email": "walter.williams91@shop.test", "phone": "(415) 555-0191"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (92, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "alice.brown92@example.com", "phone": "(212) 555-0192"}, "payment": {"card_number": "4111111111111111"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (93, '{"contact": {"email": "user93@mail.invalid", "phone": "020 7946 0093"}, "identity": {"first_name": "Rupert", "date_of_birth": "1983-06-24"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (94, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "peggy.doe94@corp.example", "phone": "07700 900094"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (95, '{"contact": {"email": "john.smith95@corp.example", "phone": "(415) 555-0195"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (96, '{"bank": {"iban": "NL91ABNA0417164300"}, "contact": {"email": "user96@shop.test", "phone": "(212) 555-0196"}, "payment": {"card_number": "4111111111111111"}, "identity": {"first_name": "Heidi", "date_of_birth": "2003-11-12"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (97, '{"contact": {"email": "judy.brown97@example.net", "phone": "020 7946 0097"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (98, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "trent.sample98@shop.test", "phone": "07700 900098"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles (id, profile) VALUES (99, '{"contact": {"email": "user99@example.org", "phone": "(415) 555-0199"}, "identity": {"first_name": "Dave", "date_of_birth": "1990-05-07"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles (id, profile) VALUES (100, '{"bank": {"iban": "DE89370400440532013000"}, "contact": {"email": "judy.doe100@shop.test", "phone": "(212) 555-0100"}, "payment": {"card_number": "4000056655665556"}, "preferences": {"language": "en", "newsletter": true}}');


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


