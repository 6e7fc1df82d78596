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

INSERT INTO public.clientes VALUES (1, 'Cormac', 'Guérin', 'guerin.cormac@telefonica.net', '+34 640 21 82 16', '1966-05-12', 'Church Lane 54', '67723235B');
INSERT INTO public.clientes VALUES (2, 'Florian', 'Kowalczyk', 'fkowalczyk@laposte.net', '+33 6 01 61 10 35', '1983-03-27', 'rue des Lilas 25', '37668551W');
INSERT INTO public.clientes VALUES (3, 'Damien', 'Ashcombe', 'damien.ashcombe@btinternet.com', '+34 619 14 05 64', '1945-05-02', 'Gran Vía 52', '38593304V');
INSERT INTO public.clientes VALUES (4, 'Damien', 'Faure', 'damienfaure92@icloud.com', '+34 616 96 41 17', '1946-07-14', 'boulevard Voltaire 39', '11310488P');
INSERT INTO public.clientes VALUES (5, 'Laurent', 'Ashcombe', 'lashcombe@hotmail.co.uk', '+1 212 378 0879', '1980-05-08', 'rue des Lilas 34', '85192920T');
INSERT INTO public.clientes VALUES (6, 'Valentina', 'Garnier', 'valentina.garnier@laposte.net', '+34 679 90 98 34', '1950-09-03', 'Gran Vía 3', '70495764M');
INSERT INTO public.clientes VALUES (7, 'Lucía', 'Thornbury', 'lthornbury@orange.fr', '+34 670 92 58 88', '1960-08-13', 'boulevard Voltaire 67', '42677050K');
INSERT INTO public.clientes VALUES (8, 'Rupert', 'Faure', 'rupert.faure@yahoo.fr', '+33 6 89 78 11 42', '1993-06-25', 'avenue Jean Jaurès 13', '63094050J');
INSERT INTO public.clientes VALUES (9, 'Lukas', 'Zubizarreta', 'lzubizarreta@gmail.com', '+1 415 609 7432', '1959-03-06', 'Gran Vía 92', '19413381R');
INSERT INTO public.clientes VALUES (10, 'Nicolas', 'Brandauer', 'nicolas.brandauer@gmail.com', '+44 7541 394910', '1948-10-25', 'High Street 99', '76000053A');
INSERT INTO public.clientes VALUES (11, 'Harriet', 'Lefèvre', 'harrietlefevre52@btinternet.com', '+44 7504 783678', '1943-03-06', 'Lindenstraße 96', '13995247T');
INSERT INTO public.clientes VALUES (12, 'Élodie', 'Villanueva', 'evillanueva@orange.fr', '+1 312 575 9216', '1998-11-16', 'boulevard Voltaire 35', '20381892M');
INSERT INTO public.clientes VALUES (13, 'Pascal', 'Mercier', 'pascal_mercier@yahoo.fr', '+1 415 346 1203', '1993-08-18', 'High Street 72', '34718282N');
INSERT INTO public.clientes VALUES (14, 'Bastien', 'Mercier', 'mercier.bastien@icloud.com', '+33 6 31 18 37 21', '1990-06-03', 'Hauptstraße 25', '43731997G');
INSERT INTO public.clientes VALUES (15, 'Ximena', 'Echeverría', 'echeverria.ximena@free.fr', '+34 671 79 38 21', '1985-07-28', 'Calle de Alcalá 28', '21332970X');
INSERT INTO public.clientes VALUES (16, 'Chloé', 'Mercier', 'cmercier@telefonica.net', '+33 7 46 64 86 45', '1955-04-28', 'rue des Lilas 36', '63380982C');
INSERT INTO public.clientes VALUES (17, 'Leocadia', 'Echeverría', 'leocadia.echeverria@btinternet.com', '+34 633 46 50 81', '1942-02-21', 'Lindenstraße 26', '51503191G');
INSERT INTO public.clientes VALUES (18, 'Océane', 'Castellanos', 'castellanos.oceane@sfr.fr', '+33 7 95 42 64 19', '1970-08-10', 'boulevard Voltaire 1', '63002681T');
INSERT INTO public.clientes VALUES (19, 'Rupert', 'Boyer', 'rupert_boyer@sfr.fr', '+33 7 50 06 83 32', '1994-08-06', 'chemin des Vignes 7', '94416325Z');
INSERT INTO public.clientes VALUES (20, 'Bastien', 'Zubizarreta', 'bastien.zubizarreta@orange.fr', '+1 415 382 6801', '2001-10-27', 'Calle de Alcalá 35', '16051738S');
INSERT INTO public.clientes VALUES (21, 'Alejandro', 'Girard', 'alejandro.girard@orange.fr', '+44 7899 813444', '1946-02-07', 'Calle de Alcalá 69', '41879061V');
INSERT INTO public.clientes VALUES (22, 'Jannik', 'Lefèvre', 'janniklefevre87@hotmail.co.uk', '+1 206 912 9386', '1943-04-16', 'chemin des Vignes 95', '97466447Z');
INSERT INTO public.clientes VALUES (23, 'Nicolas', 'Thornbury', 'thornbury.nicolas@orange.fr', '+34 614 84 54 40', '1949-07-18', 'Church Lane 13', '94426728K');
INSERT INTO public.clientes VALUES (24, 'Élodie', 'Quaglieri', 'elodie_quaglieri@laposte.net', '+33 7 57 27 81 35', '1970-11-04', 'Lindenstraße 19', '41990047M');
INSERT INTO public.clientes VALUES (25, 'Valentin', 'Bermúdez', 'valentinbermudez52@gmx.de', '+34 682 44 04 73', '1992-02-13', 'rue des Lilas 75', '56295195G');
INSERT INTO public.clientes VALUES (26, 'Imogen', 'Boyer', 'imogen_boyer@icloud.com', '+1 617 812 2552', '1963-04-17', 'High Street 65', '97080542A');
INSERT INTO public.clientes VALUES (27, 'Amélie', 'Castellanos', 'amelie.castellanos@gmail.com', '+44 7585 493754', '1965-09-04', 'Lindenstraße 16', '80628144B');
INSERT INTO public.clientes VALUES (28, 'Jannik', 'Quaglieri', 'jannik.quaglieri@hotmail.co.uk', '+33 6 77 95 50 08', '1989-06-08', 'Lindenstraße 31', '74567271Y');
INSERT INTO public.clientes VALUES (29, 'Rupert', 'Ashcombe', 'rupert_ashcombe@icloud.com', '+33 7 41 57 03 59', '1974-06-08', 'chemin des Vignes 68', '40676560W');
INSERT INTO public.clientes VALUES (30, 'Chloé', 'Faure', 'cfaure@laposte.net', '+34 699 88 51 17', '2004-06-04', 'boulevard Voltaire 73', '55110506E');
INSERT INTO public.clientes VALUES (31, 'Chloé', 'Ashcombe', 'ashcombe.chloe@protonmail.com', '+1 415 508 5032', '1949-01-27', 'Hauptstraße 27', '79100295Y');
INSERT INTO public.clientes VALUES (32, 'Thibault', 'Kowalczyk', 'tkowalczyk@orange.fr', '+1 312 902 8342', '1945-09-13', 'Hauptstraße 88', '15988551D');
INSERT INTO public.clientes VALUES (33, 'Pascal', 'Bermúdez', 'pascal_bermudez@t-online.de', '+1 212 410 8825', '1947-07-09', 'boulevard Voltaire 69', '61457131G');
INSERT INTO public.clientes VALUES (34, 'Valentin', 'Thornbury', 'valentin_thornbury@icloud.com', '+44 7440 423727', '1955-03-09', 'Hauptstraße 45', '71478005P');
INSERT INTO public.clientes VALUES (35, 'Damien', 'Lindqvist', 'damienlindqvist41@telefonica.net', '+1 206 581 3421', '1949-07-13', 'High Street 91', '32636452G');
INSERT INTO public.clientes VALUES (36, 'Chloé', 'Bermúdez', 'cbermudez@free.fr', '+34 648 08 66 20', '1996-10-12', 'High Street 93', '88743198K');
INSERT INTO public.clientes VALUES (37, 'Amélie', 'Brandauer', 'ameliebrandauer99@gmail.com', '+44 7703 353496', '1974-08-26', 'avenue Jean Jaurès 37', '16631121M');
INSERT INTO public.clientes VALUES (38, 'Rupert', 'Kowalczyk', 'rkowalczyk@hotmail.co.uk', '+33 7 30 16 76 74', '1993-04-28', 'rue des Lilas 94', '23736131Q');
INSERT INTO public.clientes VALUES (39, 'Cormac', 'Moreau', 'cormac.moreau@icloud.com', '+1 206 265 3163', '1982-05-18', 'rue des Lilas 32', '94448643V');
INSERT INTO public.clientes VALUES (40, 'Amélie', 'Guérin', 'amelie.guerin@gmail.com', '+34 655 33 62 91', '1940-02-06', 'Gran Vía 97', '18530728L');
INSERT INTO public.clientes VALUES (41, 'Friederike', 'Ashcombe', 'friederike.ashcombe@btinternet.com', '+33 7 79 75 53 96', '1968-05-14', 'Lindenstraße 35', '66465419L');
INSERT INTO public.clientes VALUES (42, 'Laurent', 'Guérin', 'laurent.guerin@gmail.com', '+33 7 44 42 55 27', '1945-09-19', 'Lindenstraße 19', '61676495V');
INSERT INTO public.clientes VALUES (43, 'Santiago', 'Marchetti', 'santiago.marchetti@telefonica.net', '+1 212 463 4465', '2001-06-05', 'rue des Lilas 24', '37050807S');
INSERT INTO public.clientes VALUES (44, 'Yasmine', 'Oberholzer', 'yasmineoberholzer98@btinternet.com', '+44 7537 824660', '1981-04-15', 'Hauptstraße 41', '30340336R');
INSERT INTO public.clientes VALUES (45, 'Laurent', 'Castellanos', 'laurent_castellanos@laposte.net', '+34 661 76 02 54', '1963-01-18', 'rue des Lilas 73', '31183771A');
INSERT INTO public.clientes VALUES (46, 'Amélie', 'Marchetti', 'ameliemarchetti93@laposte.net', '+33 6 56 19 18 19', '1997-08-17', 'Church Lane 44', '51378034J');
INSERT INTO public.clientes VALUES (47, 'Romane', 'Thornbury', 'romanethornbury75@gmx.de', '+33 7 50 28 46 06', '1981-09-25', 'Church Lane 59', '61817386X');
INSERT INTO public.clientes VALUES (48, 'Santiago', 'Mercier', 'santiago_mercier@yahoo.fr', '+34 685 86 00 09', '1955-06-21', 'rue des Lilas 42', '44500355R');
INSERT INTO public.clientes VALUES (49, 'Jannik', 'Mercier', 'jannik.mercier@telefonica.net', '+33 6 29 68 19 21', '1974-09-21', 'avenue Jean Jaurès 72', '45640452B');
INSERT INTO public.clientes VALUES (50, 'Imogen', 'Oberholzer', 'imogen.oberholzer@laposte.net', '+34 633 23 15 38', '1990-11-14', 'High Street 89', '53335808G');
INSERT INTO public.clientes VALUES (51, 'Karine', 'Boyer', 'karine.boyer@btinternet.com', '+33 7 88 22 27 67', '1946-06-13', 'Church Lane 96', '78386029M');
INSERT INTO public.clientes VALUES (52, 'Nicolas', 'Kowalczyk', 'nicolas_kowalczyk@web.de', '+34 644 74 77 14', '2005-06-17', 'chemin des Vignes 68', '43496125C');
INSERT INTO public.clientes VALUES (53, 'Thibault', 'Bermúdez', 'thibault.bermudez@yahoo.fr', '+44 7744 245142', '1986-04-27', 'chemin des Vignes 88', '69084849W');
INSERT INTO public.clientes VALUES (54, 'Hugo', 'Faure', 'hugofaure59@web.de', '+1 415 304 6543', '2004-06-06', 'Lindenstraße 74', '63815138M');
INSERT INTO public.clientes VALUES (55, 'Inès', 'Guérin', 'inesguerin69@icloud.com', '+33 6 41 82 93 23', '2003-02-13', 'avenue Jean Jaurès 10', '59519081A');
INSERT INTO public.clientes VALUES (56, 'Thibault', 'Lefèvre', 'thibault_lefevre@web.de', '+44 7757 070355', '1991-03-05', 'chemin des Vignes 24', '26453143S');
INSERT INTO public.clientes VALUES (57, 'Inès', 'Girard', 'igirard@gmail.com', '+1 212 321 1383', '1950-11-09', 'High Street 81', '18269832N');
INSERT INTO public.clientes VALUES (58, 'Florian', 'Iglesias', 'iglesias.florian@btinternet.com', '+44 7402 355658', '1969-08-10', 'chemin des Vignes 14', '24535809F');
INSERT INTO public.clientes VALUES (59, 'Mateo', 'Kowalczyk', 'mateokowalczyk59@icloud.com', '+34 696 73 35 41', '2004-06-19', 'Hauptstraße 2', '72849859G');
INSERT INTO public.clientes VALUES (60, 'Nicolas', 'Kleinschmidt', 'nicolas.kleinschmidt@gmx.de', '+33 6 68 00 18 83', '2002-01-10', 'Calle de Alcalá 31', '93422329D');


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customers VALUES (1, 'Océane', 'Fontaine', 'fontaine.oceane@yahoo.fr', '06 28 16 97 88', '1961-07-08', '177 Hauptstraße', 'Bristol', '74318', 'ES', 'F', '178.12.90.209', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (2, 'Lucía', 'Girard', 'lgirard@btinternet.com', '+33 7 31 66 61 85', '1955-06-28', '26 chemin des Vignes', 'Bristol', '93843', 'DE', 'M', '46.150.236.41', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (3, 'Inès', 'Marchetti', 'marchetti.ines@yahoo.fr', '+33 6 41 34 43 60', '1998-08-22', '87 Lindenstraße', 'Leipzig', '67885', 'ES', 'X', '178.202.57.102', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (4, 'Lucía', 'Castellanos', 'lcastellanos@outlook.es', '+44 7944 150300', '2000-11-15', '33 boulevard Voltaire', 'Bilbao', '33661', 'ES', 'F', '109.75.27.107', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (5, 'Jannik', 'Girard', 'jannikgirard63@gmail.com', '+34 691 72 78 19', '1951-05-21', '169 Hauptstraße', 'Bordeaux', '11025', 'DE', 'M', '82.109.154.223', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (6, 'Nicolas', 'Garnier', 'nicolas_garnier@t-online.de', '+34 688 20 83 55', '1996-01-06', '144 rue des Lilas', 'Bordeaux', '84427', 'US', 'X', '109.44.121.17', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (7, 'Imogen', 'Girard', 'girard.imogen@outlook.es', '+33 6 27 92 55 04', '1952-02-17', '148 avenue Jean Jaurès', 'Sevilla', '23429', 'ES', 'F', '78.27.122.120', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (8, 'Bastien', 'Garnier', 'bastiengarnier76@laposte.net', '07446 565793', '1977-01-05', '101 chemin des Vignes', 'Bremen', '84039', 'US', 'X', '176.241.29.218', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (9, 'Amélie', 'Villanueva', 'avillanueva@gmx.de', '+44 7569 236223', '1972-09-25', '98 Gran Vía', 'Rennes', '71475', 'DE', 'F', '213.131.62.25', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (10, 'Maëlys', 'Zubizarreta', 'maelyszubizarreta48@protonmail.com', '681 72 02 17', '1963-05-25', '24 Gran Vía', 'Bristol', '30871', 'US', 'F', '90.212.120.49', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (11, 'Inès', 'Kleinschmidt', 'ineskleinschmidt80@gmail.com', '+1 206 228 4262', '2001-02-14', '45 Calle de Alcalá', 'Sevilla', '26780', 'DE', 'X', '217.58.56.199', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (12, 'Hugo', 'Bermúdez', 'bermudez.hugo@outlook.es', '+1 415 819 2136', '1967-03-13', '132 Lindenstraße', 'Bristol', '85969', 'US', 'F', '90.103.143.95', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (13, 'Quentin', 'Pemberton', 'quentinpemberton84@hotmail.co.uk', '+1 212 846 6048', '1968-09-09', '18 rue des Lilas', 'Bristol', '86703', 'GB', 'X', '23.90.74.20', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (14, 'Julien', 'Moreau', 'moreau.julien@telefonica.net', '620 01 67 58', '1991-09-11', '141 Church Lane', 'Rennes', '88290', 'US', 'F', '23.180.26.187', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (15, 'Romane', 'Faure', 'romane_faure@web.de', '+1 206 281 2721', '1990-07-22', '69 Calle de Alcalá', 'Leipzig', '59591', 'US', 'F', '78.158.240.22', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (16, 'Lucía', 'Zubizarreta', 'lucia_zubizarreta@laposte.net', '+1 312 880 3285', '1985-09-25', '41 rue des Lilas', 'Leipzig', '72288', 'US', 'X', '212.101.204.144', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (17, 'Friederike', 'Iglesias', 'friederikeiglesias97@t-online.de', '+44 7477 527406', '1947-05-14', '111 High Street', 'Leipzig', '30095', 'US', 'M', '90.127.105.103', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (18, 'Laurent', 'Blanchard', 'lblanchard@t-online.de', '+34 626 59 37 36', '1993-03-08', '97 avenue Jean Jaurès', 'Leipzig', '33250', 'ES', 'X', '90.47.53.24', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (19, 'Lucía', 'Iglesias', 'lucia.iglesias@protonmail.com', '07571 550271', '1998-06-14', '179 High Street', 'Leeds', '73086', 'FR', 'M', '46.140.73.201', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (20, 'Karine', 'Rousseau', 'karine_rousseau@gmail.com', '(303) 610-9053', '1990-06-10', '56 Lindenstraße', 'Leeds', '33874', 'FR', 'M', '23.106.188.237', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (21, 'Ottilie', 'Echeverría', 'ottilieecheverria90@web.de', '+34 621 08 49 64', '1991-06-16', '173 chemin des Vignes', 'Lyon', '75777', 'GB', 'X', '90.196.124.27', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (22, 'Inès', 'Blanchard', 'ines_blanchard@hotmail.co.uk', '661 84 56 30', '1950-11-03', '57 Hauptstraße', 'Bristol', '67618', 'US', 'F', '91.118.6.148', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (23, 'Valentina', 'Iglesias', 'valentina_iglesias@outlook.es', '+34 615 38 96 11', '1951-03-22', '92 Lindenstraße', 'Leipzig', '40835', 'FR', 'M', '90.29.39.2', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (24, 'Mateo', 'Mercier', 'mateomercier55@sfr.fr', '+33 6 15 88 03 91', '1968-03-15', '23 rue des Lilas', 'Bremen', '94954', 'ES', 'F', '31.65.123.89', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (25, 'Romane', 'Marchetti', 'romane.marchetti@free.fr', '+34 605 90 06 02', '1954-04-25', '118 Hauptstraße', 'Bremen', '83082', 'GB', 'X', '88.143.85.159', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (26, 'Alejandro', 'Bermúdez', 'alejandrobermudez60@gmx.de', '(617) 336-8596', '1980-04-01', '166 Calle de Alcalá', 'Bristol', '21484', 'ES', 'F', '31.5.141.70', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (27, 'Valentin', 'Girard', 'valentin.girard@telefonica.net', '(312) 537-7742', '1994-10-27', '95 avenue Jean Jaurès', 'Leipzig', '55891', 'FR', 'X', '185.220.26.254', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (28, 'Declan', 'Lefèvre', 'lefevre.declan@gmail.com', '06 63 38 07 93', '1974-04-06', '44 chemin des Vignes', 'Leipzig', '75796', 'US', 'X', '212.105.1.102', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (29, 'Leocadia', 'Guérin', 'leocadiaguerin82@protonmail.com', '+34 638 91 34 63', '1978-01-24', '155 Church Lane', 'Bilbao', '85700', 'GB', 'M', '185.234.54.197', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (30, 'Élodie', 'Boyer', 'boyer.elodie@sfr.fr', '+1 312 373 8399', '1984-08-15', '84 Lindenstraße', 'Leeds', '80869', 'ES', 'F', '213.20.242.182', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (31, 'Inès', 'Thornbury', 'inesthornbury65@icloud.com', '+34 679 86 25 86', '1941-07-05', '45 Church Lane', 'Sevilla', '74147', 'DE', 'M', '78.181.56.55', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (32, 'Romane', 'Haverkamp', 'haverkamp.romane@gmail.com', '+34 617 18 19 84', '1968-12-24', '47 Gran Vía', 'Leeds', '59025', 'ES', 'M', '82.34.101.247', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (33, 'Gaëlle', 'Oberholzer', 'goberholzer@orange.fr', '+1 617 606 9149', '1982-05-10', '122 Lindenstraße', 'Bilbao', '95876', 'US', 'F', '90.162.130.238', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (34, 'Océane', 'Garnier', 'oceane_garnier@laposte.net', '07788 276672', '1978-05-03', '21 High Street', 'Leipzig', '49445', 'US', 'F', '23.218.94.219', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (35, 'Laurent', 'Boyer', 'laurent_boyer@laposte.net', '+1 312 398 8888', '1945-12-08', '138 Church Lane', 'Nantes', '59651', 'GB', 'M', '90.168.105.169', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (36, 'Élodie', 'Girard', 'elodie_girard@protonmail.com', '06 64 27 36 46', '1999-03-06', '141 Calle de Alcalá', 'Bristol', '19540', 'ES', 'M', '212.168.7.9', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (37, 'Chloé', 'Zubizarreta', 'chloezubizarreta86@orange.fr', '07529 539067', '1994-08-25', '86 chemin des Vignes', 'Bilbao', '15687', 'US', 'F', '82.21.8.213', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (38, 'Océane', 'Haverkamp', 'oceane_haverkamp@protonmail.com', '+44 7566 952217', '1953-11-06', '28 High Street', 'Bristol', '11867', 'FR', 'M', '90.151.15.147', '2024-05-27 10:00:00+00');
INSERT INTO public.customers VALUES (39, 'Élodie', 'Thornbury', 'elodie.thornbury@icloud.com', '+33 6 55 28 19 82', '1944-06-25', '118 High Street', 'Leeds', '83403', 'ES', 'F', '212.34.188.134', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (40, 'Laurent', 'Girard', 'laurentgirard43@gmx.de', '07 64 08 57 73', '1948-06-11', '8 boulevard Voltaire', 'Bordeaux', '28270', 'US', 'F', '185.150.235.217', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (41, 'Santiago', 'Kleinschmidt', 'kleinschmidt.santiago@telefonica.net', '(415) 719-8978', '1994-11-01', '141 rue des Lilas', 'Lyon', '45393', 'GB', 'F', '86.102.21.160', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (42, 'Hugo', 'Lefèvre', 'hlefevre@orange.fr', '+1 303 582 0187', '2003-09-17', '33 avenue Jean Jaurès', 'Rennes', '40042', 'GB', 'F', '176.141.40.15', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (43, 'Julien', 'Guérin', 'julien.guerin@btinternet.com', '(212) 381-8250', '1957-05-20', '89 avenue Jean Jaurès', 'Bilbao', '24328', 'ES', 'F', '212.216.248.178', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (44, 'Quentin', 'Brandauer', 'quentin_brandauer@btinternet.com', '+44 7776 961856', '1972-02-08', '20 Calle de Alcalá', 'Bordeaux', '17941', 'FR', 'X', '176.128.55.190', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (45, 'Ximena', 'Oberholzer', 'xoberholzer@orange.fr', '06 27 03 99 79', '1968-03-12', '81 Hauptstraße', 'Sevilla', '24031', 'DE', 'X', '109.0.111.60', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (46, 'Friederike', 'Lindqvist', 'friederikelindqvist67@protonmail.com', '(617) 574-5326', '1961-10-27', '121 Church Lane', 'Leeds', '61750', 'DE', 'F', '178.54.94.197', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (47, 'Laurent', 'Thornbury', 'lthornbury@protonmail.com', '06 33 12 79 24', '2001-06-03', '52 rue des Lilas', 'Rennes', '61710', 'DE', 'F', '185.226.189.216', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (48, 'Océane', 'Lefèvre', 'oceanelefevre95@telefonica.net', '+34 630 24 38 58', '1952-07-22', '135 Church Lane', 'Rennes', '61348', 'US', 'M', '91.27.102.194', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (49, 'Élodie', 'Kowalczyk', 'elodie.kowalczyk@web.de', '07 97 58 62 50', '1996-01-26', '71 boulevard Voltaire', 'Leipzig', '37303', 'DE', 'M', '91.18.59.68', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (50, 'Harriet', 'Thornbury', 'harriet.thornbury@t-online.de', '+34 690 22 40 47', '1958-04-28', '127 chemin des Vignes', 'Bilbao', '15316', 'DE', 'X', '109.5.142.83', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (51, 'Julien', 'Zubizarreta', 'julienzubizarreta43@orange.fr', '+44 7916 981578', '1956-05-28', '89 Lindenstraße', 'Sevilla', '52517', 'FR', 'M', '188.148.244.84', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (52, 'Alejandro', 'Kleinschmidt', 'kleinschmidt.alejandro@web.de', '07816 619105', '1946-04-27', '61 boulevard Voltaire', 'Leipzig', '66986', 'ES', 'X', '81.39.168.207', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (53, 'Ottilie', 'Mercier', 'mercier.ottilie@gmail.com', '07835 258810', '1940-11-10', '36 chemin des Vignes', 'Bremen', '26236', 'GB', 'M', '77.207.248.157', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (54, 'Florian', 'Thornbury', 'florian.thornbury@gmx.de', '07431 057992', '2001-02-11', '53 chemin des Vignes', 'Leeds', '88533', 'GB', 'X', '176.66.48.241', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (55, 'Romane', 'Echeverría', 'romaneecheverria84@free.fr', '+1 206 720 1095', '1954-12-15', '160 boulevard Voltaire', 'Nantes', '52306', 'FR', 'M', '185.241.23.30', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (56, 'Jannik', 'Moreau', 'jannik_moreau@free.fr', '609 89 34 74', '1976-05-09', '62 chemin des Vignes', 'Bordeaux', '52866', 'FR', 'M', '176.30.176.104', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (57, 'Lucía', 'Kowalczyk', 'lucia.kowalczyk@t-online.de', '(212) 410-2368', '1958-03-10', '21 Hauptstraße', 'Nantes', '81051', 'DE', 'M', '88.242.93.193', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (58, 'Harriet', 'Brandauer', 'harriet.brandauer@orange.fr', '+1 617 704 7184', '2002-03-28', '22 avenue Jean Jaurès', 'Sevilla', '91409', 'GB', 'M', '90.59.242.211', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (59, 'Alejandro', 'Kowalczyk', 'alejandro.kowalczyk@orange.fr', '+34 634 85 01 44', '1970-04-03', '166 Calle de Alcalá', 'Bristol', '77065', 'DE', 'X', '46.115.229.60', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (60, 'Bastien', 'Boyer', 'bboyer@telefonica.net', '+33 7 54 45 73 51', '1987-04-15', '87 rue des Lilas', 'Bristol', '59640', 'ES', 'M', '82.91.63.85', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (61, 'Valentina', 'Mercier', 'valentina.mercier@free.fr', '+1 206 774 2575', '1950-08-22', '88 Church Lane', 'Bordeaux', '19189', 'US', 'M', '109.148.59.130', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (62, 'Quentin', 'Lindqvist', 'quentin_lindqvist@t-online.de', '+34 612 53 70 26', '2000-12-14', '80 Calle de Alcalá', 'Rennes', '65490', 'FR', 'X', '178.81.12.247', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (63, 'Laurent', 'Villanueva', 'lvillanueva@free.fr', '(415) 957-6556', '1946-06-19', '174 Church Lane', 'Lyon', '16254', 'ES', 'F', '46.250.189.188', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (64, 'Maëlys', 'Lefèvre', 'lefevre.maelys@web.de', '06 71 37 99 47', '1990-04-22', '103 chemin des Vignes', 'Bordeaux', '26631', 'ES', 'M', '90.111.169.115', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (65, 'Quentin', 'Fontaine', 'quentinfontaine97@sfr.fr', '(415) 231-3701', '1976-02-17', '105 rue des Lilas', 'Bilbao', '72190', 'GB', 'X', '31.237.35.249', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (66, 'Florian', 'Quaglieri', 'quaglieri.florian@gmail.com', '+44 7879 505838', '1952-12-21', '137 Lindenstraße', 'Sevilla', '22169', 'US', 'X', '178.178.174.125', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (67, 'Henrike', 'Echeverría', 'echeverria.henrike@gmail.com', '614 54 74 67', '1956-11-17', '17 boulevard Voltaire', 'Nantes', '33517', 'FR', 'M', '213.156.93.145', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (68, 'Nicolas', 'Oberholzer', 'nicolasoberholzer69@hotmail.co.uk', '+44 7414 062100', '1958-03-10', '110 boulevard Voltaire', 'Bremen', '59435', 'ES', 'X', '178.87.29.97', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (69, 'Siobhan', 'Garnier', 'sgarnier@sfr.fr', '+33 6 00 49 27 39', '1943-07-06', '47 Gran Vía', 'Nantes', '84977', 'DE', 'F', '78.82.139.51', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (70, 'Rupert', 'Bermúdez', 'rupert.bermudez@hotmail.co.uk', '07944 240124', '1972-03-11', '150 Lindenstraße', 'Bilbao', '39470', 'US', 'X', '176.146.56.94', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (71, 'Declan', 'Marchetti', 'declan.marchetti@orange.fr', '+44 7726 461622', '1954-03-23', '75 Calle de Alcalá', 'Rennes', '37711', 'ES', 'F', '23.222.200.28', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (72, 'Nicolas', 'Girard', 'ngirard@icloud.com', '07 87 90 69 22', '1951-11-18', '141 Church Lane', 'Bilbao', '66495', 'FR', 'F', '91.30.242.228', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (73, 'Mateo', 'Girard', 'mateo.girard@outlook.es', '665 94 63 48', '1961-11-22', '27 Lindenstraße', 'Leipzig', '25114', 'FR', 'X', '90.180.131.66', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (74, 'Quentin', 'Mercier', 'quentinmercier43@yahoo.fr', '+1 206 649 7759', '1943-11-05', '169 High Street', 'Bremen', '41891', 'DE', 'M', '188.51.182.57', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (75, 'Élodie', 'Faure', 'elodie_faure@outlook.es', '+44 7506 928621', '1999-12-01', '175 avenue Jean Jaurès', 'Sevilla', '78345', 'ES', 'F', '90.104.203.106', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (76, 'Friederike', 'Brandauer', 'friederike_brandauer@icloud.com', '676 82 88 91', '2001-03-21', '120 rue des Lilas', 'Leipzig', '14216', 'GB', 'M', '46.192.134.158', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (77, 'Ximena', 'Kowalczyk', 'xkowalczyk@orange.fr', '06 18 60 56 16', '1940-04-08', '55 avenue Jean Jaurès', 'Lyon', '31208', 'GB', 'M', '176.78.62.116', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (78, 'Jannik', 'Castellanos', 'jannik.castellanos@protonmail.com', '677 48 36 25', '1973-04-03', '60 Gran Vía', 'Leeds', '59069', 'ES', 'M', '217.111.46.200', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (79, 'Quentin', 'Blanchard', 'blanchard.quentin@telefonica.net', '06 64 59 17 17', '1974-02-15', '46 Calle de Alcalá', 'Bilbao', '41674', 'US', 'M', '77.114.23.120', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (80, 'Damien', 'Bermúdez', 'bermudez.damien@telefonica.net', '+34 610 05 01 08', '1991-10-17', '76 rue des Lilas', 'Bremen', '45193', 'GB', 'F', '88.52.205.222', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (81, 'Alejandro', 'Mercier', 'alejandro.mercier@gmx.de', '+1 312 349 9633', '1980-02-05', '89 Hauptstraße', 'Nantes', '19778', 'GB', 'M', '91.28.77.136', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (82, 'Leocadia', 'Brandauer', 'leocadia_brandauer@laposte.net', '616 27 46 95', '1987-03-02', '88 avenue Jean Jaurès', 'Nantes', '12202', 'DE', 'X', '217.164.180.39', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (83, 'Romane', 'Mercier', 'romanemercier69@gmx.de', '+34 626 57 31 38', '1946-10-10', '165 chemin des Vignes', 'Sevilla', '17887', 'FR', 'M', '23.112.209.15', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (84, 'Ottilie', 'Fontaine', 'ottiliefontaine76@free.fr', '(206) 348-5551', '2000-02-08', '112 boulevard Voltaire', 'Bristol', '55319', 'ES', 'M', '212.91.93.244', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (85, 'Yasmine', 'Fontaine', 'yasmine_fontaine@gmail.com', '+44 7761 238170', '1982-12-04', '91 Church Lane', 'Bordeaux', '52258', 'FR', 'F', '109.147.102.207', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (86, 'Siobhan', 'Chevalier', 'schevalier@gmail.com', '+34 670 76 47 84', '1981-07-14', '178 avenue Jean Jaurès', 'Sevilla', '57058', 'US', 'M', '31.17.177.115', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (87, 'Romane', 'Zubizarreta', 'rzubizarreta@btinternet.com', '+33 7 98 26 64 72', '2001-09-01', '60 rue des Lilas', 'Sevilla', '36905', 'GB', 'X', '46.139.99.76', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (88, 'Laurent', 'Moreau', 'laurent_moreau@gmail.com', '07883 596656', '2003-01-08', '172 avenue Jean Jaurès', 'Bristol', '64833', 'US', 'X', '77.85.240.48', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (89, 'Chloé', 'Echeverría', 'chloe.echeverria@free.fr', '+1 312 803 0792', '1944-02-21', '24 High Street', 'Rennes', '44155', 'US', 'X', '217.162.172.115', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (90, 'Rupert', 'Kleinschmidt', 'kleinschmidt.rupert@btinternet.com', '+1 617 339 1514', '1988-04-25', '122 chemin des Vignes', 'Bilbao', '10523', 'ES', 'F', '185.83.234.206', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (91, 'Quentin', 'Oberholzer', 'qoberholzer@btinternet.com', '+44 7500 944030', '1992-04-11', '108 Gran Vía', 'Nantes', '50751', 'GB', 'X', '90.135.19.97', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (92, 'Chloé', 'Chevalier', 'chloechevalier80@telefonica.net', '+1 312 612 3249', '1971-08-04', '155 Gran Vía', 'Bristol', '24577', 'FR', 'M', '86.20.51.192', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (93, 'Nicolas', 'Faure', 'nfaure@telefonica.net', '664 72 46 37', '1985-01-21', '152 chemin des Vignes', 'Lyon', '57634', 'US', 'F', '91.123.27.222', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (94, 'Declan', 'Castellanos', 'castellanos.declan@gmail.com', '(212) 528-4701', '1996-12-14', '103 Hauptstraße', 'Nantes', '43748', 'ES', 'F', '31.204.137.222', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (95, 'Julien', 'Girard', 'julien_girard@laposte.net', '(312) 827-7327', '1969-07-01', '153 avenue Jean Jaurès', 'Bremen', '24298', 'GB', 'M', '46.211.2.102', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (96, 'Pascal', 'Castellanos', 'pascal.castellanos@telefonica.net', '+34 683 11 23 08', '1988-05-13', '166 Hauptstraße', 'Rennes', '49534', 'GB', 'F', '91.94.166.33', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (97, 'Inès', 'Haverkamp', 'haverkamp.ines@t-online.de', '07946 016006', '1955-01-22', '7 Church Lane', 'Bilbao', '37643', 'GB', 'X', '78.96.82.10', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (98, 'Leocadia', 'Kleinschmidt', 'leocadia.kleinschmidt@t-online.de', '07729 899056', '1984-12-19', '38 High Street', 'Leeds', '13481', 'FR', 'X', '86.132.151.59', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (99, 'Ximena', 'Rousseau', 'ximena_rousseau@telefonica.net', '+34 619 48 76 59', '1944-08-16', '165 chemin des Vignes', 'Lyon', '81504', 'DE', 'X', '217.222.32.55', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (100, 'Hugo', 'Thornbury', 'hugothornbury48@protonmail.com', '07738 977063', '1966-04-13', '132 chemin des Vignes', 'Bremen', '59066', 'DE', 'M', '62.104.107.210', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (101, 'Romane', 'Castellanos', 'castellanos.romane@yahoo.fr', '683 85 47 82', '2002-07-08', '105 rue des Lilas', 'Lyon', '68781', 'US', 'M', '23.130.72.202', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (102, 'Valentin', 'Fontaine', 'vfontaine@icloud.com', '+34 622 12 16 78', '1986-03-02', '35 Gran Vía', 'Lyon', '60508', 'DE', 'F', '78.45.169.85', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (103, 'Rupert', 'Chevalier', 'rupertchevalier95@protonmail.com', '+1 415 867 7752', '1966-05-21', '84 Lindenstraße', 'Rennes', '83896', 'GB', 'F', '188.95.40.231', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (104, 'Gaëlle', 'Castellanos', 'gaelle_castellanos@outlook.es', '+44 7495 138922', '1979-02-19', '78 Hauptstraße', 'Bremen', '95864', 'ES', 'F', '82.46.91.139', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (105, 'Bastien', 'Whitfield', 'bastien.whitfield@yahoo.fr', '661 06 02 56', '1951-02-03', '50 Church Lane', 'Bremen', '63066', 'DE', 'F', '176.236.194.137', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (106, 'Valentina', 'Marchetti', 'valentina_marchetti@free.fr', '07 64 31 61 18', '1966-12-15', '121 Gran Vía', 'Leipzig', '70789', 'GB', 'M', '212.162.199.140', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (107, 'Ottilie', 'Castellanos', 'ottilie_castellanos@protonmail.com', '(303) 590-3842', '1970-05-10', '100 Gran Vía', 'Bordeaux', '24466', 'DE', 'X', '78.53.140.157', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (108, 'Julien', 'Brandauer', 'julienbrandauer84@laposte.net', '+1 415 463 1998', '1978-08-16', '88 Church Lane', 'Bremen', '59130', 'ES', 'M', '91.196.229.253', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (109, 'Océane', 'Thornbury', 'oceane_thornbury@hotmail.co.uk', '07950 696162', '1999-12-15', '57 Church Lane', 'Lyon', '64669', 'US', 'X', '178.210.106.241', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (110, 'Océane', 'Marchetti', 'marchetti.oceane@hotmail.co.uk', '+33 6 95 15 06 98', '1954-05-16', '102 avenue Jean Jaurès', 'Leeds', '50151', 'ES', 'F', '176.201.230.61', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (111, 'Siobhan', 'Boyer', 'boyer.siobhan@gmail.com', '+44 7827 903704', '1956-09-17', '117 Lindenstraße', 'Nantes', '35155', 'ES', 'M', '212.180.44.220', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (112, 'Pascal', 'Moreau', 'pascal_moreau@yahoo.fr', '+1 206 541 7154', '1971-01-25', '165 Church Lane', 'Bremen', '64540', 'DE', 'M', '62.52.251.179', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (113, 'Karine', 'Haverkamp', 'karine.haverkamp@laposte.net', '631 52 00 29', '1977-10-12', '34 chemin des Vignes', 'Bremen', '69395', 'GB', 'M', '212.150.136.4', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (114, 'Damien', 'Oberholzer', 'damien_oberholzer@protonmail.com', '+34 612 79 56 93', '1960-08-13', '131 chemin des Vignes', 'Bilbao', '24757', 'FR', 'M', '88.218.219.121', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (115, 'Élodie', 'Bermúdez', 'bermudez.elodie@gmail.com', '06 11 95 90 05', '1941-03-06', '64 rue des Lilas', 'Lyon', '50291', 'FR', 'F', '90.255.132.49', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (116, 'Romane', 'Ashcombe', 'romane_ashcombe@t-online.de', '06 57 21 81 10', '1988-08-22', '111 chemin des Vignes', 'Leipzig', '65008', 'DE', 'X', '23.19.172.245', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (117, 'Lukas', 'Quaglieri', 'quaglieri.lukas@gmail.com', '+34 610 02 26 69', '1999-05-13', '111 boulevard Voltaire', 'Sevilla', '57635', 'DE', 'M', '212.159.253.14', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (118, 'Chloé', 'Boyer', 'cboyer@web.de', '06 63 62 79 42', '1985-01-15', '19 Gran Vía', 'Lyon', '11511', 'FR', 'X', '185.182.163.245', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (119, 'Bastien', 'Castellanos', 'bastien.castellanos@orange.fr', '+34 698 09 93 89', '1979-09-02', '29 rue des Lilas', 'Sevilla', '69284', 'GB', 'M', '81.41.139.110', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (120, 'Élodie', 'Castellanos', 'ecastellanos@t-online.de', '+33 6 23 88 19 34', '2000-04-04', '159 Gran Vía', 'Bremen', '62502', 'US', 'M', '82.103.67.178', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (121, 'Océane', 'Moreau', 'oceanemoreau86@btinternet.com', '(303) 256-1550', '1993-11-25', '129 Church Lane', 'Leeds', '30950', 'US', 'F', '109.242.194.210', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (122, 'Amélie', 'Mercier', 'amercier@outlook.es', '(206) 941-4285', '1977-09-05', '17 boulevard Voltaire', 'Leipzig', '15393', 'ES', 'F', '23.236.95.89', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (123, 'Quentin', 'Moreau', 'quentinmoreau59@t-online.de', '685 74 43 37', '1960-03-11', '104 Church Lane', 'Sevilla', '11014', 'GB', 'F', '178.245.87.214', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (124, 'Inès', 'Lindqvist', 'lindqvist.ines@free.fr', '+34 611 80 92 76', '1997-02-05', '162 Gran Vía', 'Leeds', '91147', 'FR', 'F', '81.42.64.253', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (125, 'Inès', 'Zubizarreta', 'ines_zubizarreta@orange.fr', '630 17 71 99', '1946-03-21', '30 Church Lane', 'Leipzig', '26726', 'DE', 'F', '77.64.242.143', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (126, 'Hugo', 'Marchetti', 'hugo.marchetti@yahoo.fr', '(303) 878-2944', '1956-03-17', '17 Hauptstraße', 'Rennes', '30814', 'ES', 'X', '217.4.141.74', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (127, 'Sébastien', 'Villanueva', 'svillanueva@t-online.de', '+44 7430 080955', '1954-01-11', '159 Church Lane', 'Sevilla', '46378', 'ES', 'F', '62.182.87.174', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (128, 'Chloé', 'Kowalczyk', 'ckowalczyk@t-online.de', '(303) 207-9581', '1983-08-06', '43 High Street', 'Bristol', '36089', 'US', 'M', '188.18.4.249', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (129, 'Hugo', 'Boyer', 'hugo.boyer@sfr.fr', '07852 171134', '1954-02-20', '112 High Street', 'Bilbao', '38387', 'US', 'F', '176.195.96.147', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (130, 'Santiago', 'Villanueva', 'santiago.villanueva@gmx.de', '647 08 67 63', '1977-10-07', '115 boulevard Voltaire', 'Bordeaux', '16799', 'DE', 'F', '62.216.96.212', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (131, 'Henrike', 'Thornbury', 'henrikethornbury71@laposte.net', '(303) 227-3766', '1945-05-25', '132 rue des Lilas', 'Bristol', '36583', 'ES', 'F', '176.255.103.10', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (132, 'Gaëlle', 'Garnier', 'gaellegarnier74@laposte.net', '+33 7 32 20 46 52', '2000-12-18', '36 Calle de Alcalá', 'Lyon', '48941', 'GB', 'X', '82.50.221.14', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (133, 'Quentin', 'Haverkamp', 'haverkamp.quentin@web.de', '+1 212 234 8420', '1980-02-21', '63 chemin des Vignes', 'Leeds', '30564', 'FR', 'M', '78.207.195.196', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (134, 'Santiago', 'Fontaine', 'santiago.fontaine@icloud.com', '06 74 01 71 15', '1951-11-24', '87 Hauptstraße', 'Lyon', '42276', 'ES', 'X', '86.100.12.152', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (135, 'Santiago', 'Haverkamp', 'shaverkamp@free.fr', '07 47 71 40 26', '1948-11-15', '141 Calle de Alcalá', 'Leipzig', '22930', 'US', 'M', '88.46.182.77', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (136, 'Bastien', 'Ashcombe', 'bastienashcombe83@laposte.net', '06 43 65 96 71', '1992-03-18', '156 Church Lane', 'Bremen', '88872', 'ES', 'M', '82.4.109.181', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (137, 'Lukas', 'Moreau', 'lmoreau@sfr.fr', '+44 7920 639775', '1981-04-18', '89 High Street', 'Lyon', '49665', 'ES', 'X', '212.49.197.175', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (138, 'Karine', 'Fontaine', 'karine.fontaine@gmx.de', '628 13 18 69', '1945-03-14', '169 Hauptstraße', 'Sevilla', '86572', 'GB', 'X', '46.83.93.1', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (139, 'Rupert', 'Lefèvre', 'rlefevre@gmx.de', '661 27 05 84', '1969-01-12', '150 Calle de Alcalá', 'Sevilla', '28649', 'DE', 'F', '91.69.186.36', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (140, 'Ottilie', 'Zubizarreta', 'zubizarreta.ottilie@gmail.com', '+1 303 686 8201', '1981-02-26', '89 Hauptstraße', 'Leeds', '46578', 'GB', 'F', '46.111.250.227', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (141, 'Quentin', 'Girard', 'quentin.girard@telefonica.net', '(312) 914-8619', '1941-05-28', '99 avenue Jean Jaurès', 'Bremen', '28300', 'ES', 'F', '178.188.133.132', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (142, 'Amélie', 'Rousseau', 'rousseau.amelie@yahoo.fr', '(312) 221-6893', '1972-01-02', '83 Gran Vía', 'Leipzig', '53232', 'US', 'M', '86.180.228.154', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (143, 'Siobhan', 'Zubizarreta', 'siobhan.zubizarreta@free.fr', '(312) 666-3077', '1954-09-12', '156 Hauptstraße', 'Bremen', '27989', 'US', 'X', '185.222.203.234', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (144, 'Ottilie', 'Guérin', 'ottilie.guerin@free.fr', '+1 617 247 2789', '1946-01-03', '110 rue des Lilas', 'Leeds', '82205', 'DE', 'F', '188.218.46.144', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (145, 'Damien', 'Kleinschmidt', 'damienkleinschmidt74@web.de', '+1 415 426 1296', '2005-09-04', '104 chemin des Vignes', 'Rennes', '33505', 'US', 'F', '91.210.126.119', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (146, 'Ximena', 'Whitfield', 'xwhitfield@gmx.de', '(415) 757-9279', '1944-02-14', '113 Gran Vía', 'Lyon', '17150', 'US', 'M', '77.135.248.170', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (147, 'Pascal', 'Oberholzer', 'pascal.oberholzer@icloud.com', '07779 229778', '1947-12-10', '68 chemin des Vignes', 'Bremen', '62540', 'ES', 'F', '217.151.193.73', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (148, 'Imogen', 'Iglesias', 'imogeniglesias73@protonmail.com', '+34 665 27 46 56', '1995-08-10', '15 High Street', 'Leeds', '76553', 'GB', 'F', '31.84.49.190', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (149, 'Valentina', 'Whitfield', 'whitfield.valentina@yahoo.fr', '+44 7739 264041', '1952-06-28', '106 Church Lane', 'Bremen', '35651', 'ES', 'F', '77.121.99.172', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (150, 'Lukas', 'Faure', 'lfaure@orange.fr', '+34 657 99 65 22', '1982-12-17', '105 boulevard Voltaire', 'Leeds', '29491', 'ES', 'M', '62.241.66.127', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (151, 'Florian', 'Fontaine', 'florian.fontaine@sfr.fr', '06 47 79 22 23', '1972-04-17', '146 boulevard Voltaire', 'Bristol', '46944', 'US', 'F', '217.34.202.155', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (152, 'Lucía', 'Rousseau', 'rousseau.lucia@sfr.fr', '664 72 46 72', '1995-10-22', '74 chemin des Vignes', 'Rennes', '57069', 'DE', 'M', '88.55.202.243', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (153, 'Lukas', 'Marchetti', 'marchetti.lukas@outlook.es', '685 41 37 32', '1942-02-08', '133 Gran Vía', 'Leipzig', '65557', 'DE', 'F', '77.247.217.73', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (154, 'Laurent', 'Whitfield', 'lwhitfield@protonmail.com', '673 46 14 00', '1954-09-26', '102 Hauptstraße', 'Lyon', '27821', 'GB', 'F', '185.224.158.112', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (155, 'Bastien', 'Brandauer', 'bastien_brandauer@telefonica.net', '(212) 840-7726', '1943-12-21', '124 Lindenstraße', 'Leipzig', '20012', 'GB', 'X', '81.60.242.118', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (156, 'Harriet', 'Whitfield', 'harriet.whitfield@orange.fr', '(415) 804-1070', '1999-12-20', '61 chemin des Vignes', 'Leeds', '87437', 'ES', 'M', '188.40.85.176', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (157, 'Karine', 'Marchetti', 'karine.marchetti@yahoo.fr', '(212) 362-7296', '1992-10-16', '101 boulevard Voltaire', 'Leipzig', '46867', 'FR', 'M', '109.116.137.3', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (158, 'Mateo', 'Marchetti', 'mateo_marchetti@sfr.fr', '676 11 51 33', '1987-09-17', '148 chemin des Vignes', 'Bordeaux', '89610', 'GB', 'M', '31.142.235.227', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (159, 'Gaëlle', 'Boyer', 'gaelle_boyer@free.fr', '07496 234561', '1950-09-01', '55 Hauptstraße', 'Bremen', '81173', 'ES', 'F', '77.84.35.53', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (160, 'Lucía', 'Moreau', 'lucia.moreau@t-online.de', '06 53 67 67 66', '1972-06-15', '51 rue des Lilas', 'Bristol', '13195', 'FR', 'F', '212.166.58.163', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (161, 'Ximena', 'Quaglieri', 'ximena.quaglieri@sfr.fr', '(303) 993-7891', '1960-09-16', '166 Gran Vía', 'Bilbao', '39854', 'FR', 'F', '46.105.87.12', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (162, 'Imogen', 'Garnier', 'imogen_garnier@laposte.net', '+44 7740 341356', '1965-07-09', '158 boulevard Voltaire', 'Bordeaux', '26069', 'GB', 'X', '86.179.240.166', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (163, 'Julien', 'Kleinschmidt', 'jkleinschmidt@gmx.de', '07924 890083', '1974-01-21', '10 Gran Vía', 'Leipzig', '89871', 'DE', 'M', '185.64.149.253', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (164, 'Alejandro', 'Haverkamp', 'alejandro_haverkamp@telefonica.net', '637 33 06 03', '1958-05-25', '36 Gran Vía', 'Lyon', '59883', 'US', 'X', '90.99.248.249', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (165, 'Élodie', 'Lefèvre', 'elodie.lefevre@orange.fr', '+1 303 319 5558', '1992-05-17', '82 Gran Vía', 'Bilbao', '66372', 'ES', 'F', '185.181.77.165', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (166, 'Valentin', 'Haverkamp', 'valentin_haverkamp@laposte.net', '+44 7916 263646', '1985-03-26', '69 Hauptstraße', 'Lyon', '76615', 'FR', 'F', '23.177.65.13', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (167, 'Valentina', 'Moreau', 'valentina_moreau@laposte.net', '07468 077625', '1941-11-21', '51 avenue Jean Jaurès', 'Sevilla', '55764', 'FR', 'F', '86.53.94.208', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (168, 'Chloé', 'Lindqvist', 'chloe.lindqvist@outlook.es', '+33 7 93 22 22 24', '1985-11-07', '48 Gran Vía', 'Nantes', '84640', 'US', 'M', '188.40.138.79', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (169, 'Hugo', 'Kowalczyk', 'hugo.kowalczyk@t-online.de', '06 29 60 86 23', '1993-10-17', '173 avenue Jean Jaurès', 'Lyon', '11167', 'FR', 'M', '78.43.189.177', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (170, 'Océane', 'Mercier', 'oceane_mercier@free.fr', '(206) 634-3217', '1971-05-05', '19 Lindenstraße', 'Bilbao', '47383', 'US', 'M', '188.139.12.230', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (171, 'Valentin', 'Blanchard', 'valentin_blanchard@sfr.fr', '06 73 20 13 79', '1965-12-08', '97 chemin des Vignes', 'Leeds', '83977', 'US', 'X', '213.19.42.93', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (172, 'Chloé', 'Fontaine', 'chloe_fontaine@t-online.de', '627 05 02 87', '1959-10-07', '19 boulevard Voltaire', 'Bristol', '33857', 'DE', 'X', '82.163.57.21', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (173, 'Santiago', 'Faure', 'santiago.faure@protonmail.com', '+33 7 35 70 54 53', '1948-11-27', '46 Hauptstraße', 'Leipzig', '30022', 'DE', 'X', '77.154.191.113', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (174, 'Ottilie', 'Thornbury', 'ottiliethornbury44@telefonica.net', '+1 206 682 8194', '1986-12-11', '170 Lindenstraße', 'Leeds', '46063', 'FR', 'F', '81.63.204.19', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (175, 'Ximena', 'Thornbury', 'xthornbury@laposte.net', '(206) 939-0037', '1994-01-03', '5 Gran Vía', 'Bremen', '18446', 'GB', 'M', '78.22.227.178', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (176, 'Sébastien', 'Girard', 'sebastiengirard79@protonmail.com', '+44 7415 148457', '1979-09-02', '47 Church Lane', 'Bordeaux', '37096', 'GB', 'F', '212.77.94.44', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (177, 'Ximena', 'Girard', 'xgirard@protonmail.com', '06 02 05 42 67', '1984-05-13', '140 Lindenstraße', 'Leipzig', '48297', 'DE', 'X', '217.14.175.203', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (178, 'Sébastien', 'Pemberton', 'sebastien.pemberton@btinternet.com', '(415) 699-1090', '1945-10-23', '124 Lindenstraße', 'Bremen', '85633', 'DE', 'F', '90.39.66.149', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (179, 'Mateo', 'Rousseau', 'rousseau.mateo@orange.fr', '07739 910900', '1998-10-25', '48 boulevard Voltaire', 'Bremen', '55690', 'ES', 'X', '86.202.228.184', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (180, 'Harriet', 'Rousseau', 'harrietrousseau81@yahoo.fr', '+34 694 41 35 53', '1942-08-14', '64 avenue Jean Jaurès', 'Leeds', '50442', 'DE', 'F', '185.105.219.243', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (181, 'Océane', 'Ashcombe', 'oceane.ashcombe@outlook.es', '+34 617 36 39 63', '1962-07-17', '98 High Street', 'Lyon', '95110', 'DE', 'F', '213.24.16.251', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (182, 'Friederike', 'Rousseau', 'frousseau@icloud.com', '+1 206 979 9217', '1977-12-21', '61 Calle de Alcalá', 'Leipzig', '31115', 'ES', 'F', '212.99.39.133', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (183, 'Pascal', 'Quaglieri', 'pascal.quaglieri@yahoo.fr', '07 80 19 48 03', '1959-11-04', '81 Gran Vía', 'Bilbao', '45003', 'ES', 'M', '178.37.175.198', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (184, 'Valentina', 'Fontaine', 'valentina.fontaine@icloud.com', '+34 678 51 40 34', '2003-03-27', '121 Church Lane', 'Bilbao', '74970', 'GB', 'F', '86.130.152.241', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (185, 'Maëlys', 'Quaglieri', 'maelysquaglieri89@btinternet.com', '639 24 18 29', '2005-11-22', '144 Church Lane', 'Rennes', '44766', 'US', 'F', '23.88.64.238', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (186, 'Quentin', 'Castellanos', 'quentin.castellanos@btinternet.com', '+44 7949 702148', '1968-10-15', '17 avenue Jean Jaurès', 'Leipzig', '43360', 'ES', 'X', '77.167.248.232', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (187, 'Chloé', 'Whitfield', 'whitfield.chloe@web.de', '+34 653 79 35 55', '1984-09-04', '22 Calle de Alcalá', 'Rennes', '37840', 'FR', 'M', '46.81.53.186', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (188, 'Lukas', 'Lindqvist', 'lukas.lindqvist@hotmail.co.uk', '639 13 30 96', '1944-07-17', '43 boulevard Voltaire', 'Leipzig', '23235', 'ES', 'X', '46.56.214.99', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (189, 'Harriet', 'Guérin', 'hguerin@btinternet.com', '07914 652037', '1972-10-03', '156 rue des Lilas', 'Lyon', '29989', 'GB', 'F', '82.0.19.222', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (190, 'Mateo', 'Faure', 'mateofaure92@orange.fr', '631 60 34 72', '1999-04-11', '17 Lindenstraße', 'Bordeaux', '59566', 'US', 'M', '88.121.26.116', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (191, 'Karine', 'Echeverría', 'karineecheverria67@gmx.de', '+44 7962 047937', '1977-01-21', '164 Church Lane', 'Leipzig', '88286', 'DE', 'X', '77.19.42.63', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (192, 'Valentina', 'Thornbury', 'valentinathornbury95@protonmail.com', '667 71 91 14', '1946-09-17', '164 avenue Jean Jaurès', 'Bilbao', '52286', 'US', 'M', '91.124.13.70', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (193, 'Harriet', 'Fontaine', 'harrietfontaine94@btinternet.com', '620 70 64 38', '1983-08-19', '9 rue des Lilas', 'Bordeaux', '75291', 'FR', 'X', '91.50.141.21', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (194, 'Ximena', 'Kleinschmidt', 'ximena_kleinschmidt@free.fr', '07 60 55 03 77', '1942-02-24', '150 Calle de Alcalá', 'Nantes', '30788', 'DE', 'X', '46.49.214.86', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (195, 'Inès', 'Whitfield', 'ines_whitfield@t-online.de', '628 64 98 05', '1958-11-06', '10 Church Lane', 'Bordeaux', '39709', 'ES', 'F', '78.0.125.230', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (196, 'Leocadia', 'Rousseau', 'rousseau.leocadia@free.fr', '+1 206 988 9979', '1989-07-18', '62 Lindenstraße', 'Rennes', '13292', 'ES', 'X', '77.237.227.223', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (197, 'Ximena', 'Bermúdez', 'ximena.bermudez@yahoo.fr', '+1 312 256 0511', '1955-07-23', '53 chemin des Vignes', 'Sevilla', '66904', 'DE', 'M', '213.206.22.2', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (198, 'Lukas', 'Boyer', 'lukas_boyer@hotmail.co.uk', '617 10 81 43', '1966-06-26', '131 Calle de Alcalá', 'Bremen', '36625', 'US', 'X', '46.76.212.32', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (199, 'Élodie', 'Chevalier', 'elodie_chevalier@hotmail.co.uk', '+34 678 11 10 92', '1978-06-14', '12 Church Lane', 'Sevilla', '15105', 'ES', 'F', '78.41.63.139', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (200, 'Alejandro', 'Pemberton', 'apemberton@laposte.net', '+1 312 216 0110', '1999-01-12', '23 High Street', 'Sevilla', '50815', 'ES', 'F', '86.96.8.146', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (201, 'Julien', 'Thornbury', 'julienthornbury46@orange.fr', '+1 212 637 1602', '1949-03-28', '167 Lindenstraße', 'Rennes', '58550', 'GB', 'F', '81.53.102.14', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (202, 'Friederike', 'Lefèvre', 'friederikelefevre83@hotmail.co.uk', '+44 7437 562686', '1963-05-01', '55 Gran Vía', 'Leipzig', '91979', 'ES', 'F', '91.17.124.147', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (203, 'Imogen', 'Bermúdez', 'imogen.bermudez@hotmail.co.uk', '+1 617 676 8562', '1968-11-23', '74 Calle de Alcalá', 'Rennes', '89406', 'FR', 'F', '81.96.137.101', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (204, 'Amélie', 'Fontaine', 'amelie.fontaine@web.de', '+1 212 748 2358', '1942-09-12', '126 avenue Jean Jaurès', 'Bilbao', '26678', 'GB', 'F', '212.180.92.217', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (205, 'Yasmine', 'Mercier', 'yasminemercier58@t-online.de', '(206) 833-9686', '1947-07-26', '29 Calle de Alcalá', 'Leipzig', '78503', 'FR', 'F', '90.57.162.14', '2024-05-27 10:00:00+00');
INSERT INTO public.customers VALUES (206, 'Élodie', 'Zubizarreta', 'elodie.zubizarreta@telefonica.net', '07977 817490', '1947-05-10', '18 Calle de Alcalá', 'Bristol', '69909', 'FR', 'X', '81.185.14.177', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (207, 'Ximena', 'Chevalier', 'ximena.chevalier@yahoo.fr', '+34 690 79 54 87', '2005-09-17', '158 rue des Lilas', 'Bilbao', '32696', 'FR', 'X', '91.5.93.241', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (208, 'Henrike', 'Oberholzer', 'henrike_oberholzer@outlook.es', '+44 7898 885569', '1977-04-12', '90 avenue Jean Jaurès', 'Bremen', '19349', 'GB', 'M', '217.230.197.145', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (209, 'Siobhan', 'Ashcombe', 'siobhan.ashcombe@outlook.es', '+34 689 08 37 21', '1993-11-11', '31 Church Lane', 'Bordeaux', '63914', 'FR', 'X', '31.224.228.173', '2024-05-24 10:00:00+00');
INSERT INTO public.customers VALUES (210, 'Ottilie', 'Haverkamp', 'ohaverkamp@hotmail.co.uk', '+33 7 40 19 38 55', '1998-09-24', '94 rue des Lilas', 'Bremen', '87356', 'US', 'M', '90.164.115.209', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (211, 'Damien', 'Girard', 'dgirard@outlook.es', '(617) 968-4144', '1940-01-18', '79 rue des Lilas', 'Sevilla', '14538', 'ES', 'X', '109.231.151.157', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (212, 'Gaëlle', 'Moreau', 'gmoreau@hotmail.co.uk', '639 42 85 56', '1989-11-11', '101 Hauptstraße', 'Leipzig', '58790', 'FR', 'M', '62.130.130.85', '2024-05-27 10:00:00+00');
INSERT INTO public.customers VALUES (213, 'Damien', 'Quaglieri', 'damien.quaglieri@gmail.com', '(303) 820-1392', '1946-07-23', '47 Calle de Alcalá', 'Bordeaux', '83902', 'FR', 'X', '188.69.186.244', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (214, 'Siobhan', 'Mercier', 'siobhan_mercier@protonmail.com', '07893 632925', '1986-08-08', '167 chemin des Vignes', 'Nantes', '84361', 'DE', 'F', '217.143.206.153', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (215, 'Valentin', 'Quaglieri', 'valentin_quaglieri@t-online.de', '+44 7941 549703', '2004-05-11', '1 boulevard Voltaire', 'Bristol', '18230', 'DE', 'X', '81.82.217.9', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (216, 'Alejandro', 'Guérin', 'aguerin@free.fr', '+44 7557 437746', '1968-07-11', '123 High Street', 'Nantes', '65099', 'FR', 'F', '185.250.176.111', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (217, 'Friederike', 'Moreau', 'fmoreau@icloud.com', '+44 7983 599175', '1955-06-08', '87 Gran Vía', 'Bordeaux', '35865', 'DE', 'F', '212.202.101.215', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (218, 'Yasmine', 'Guérin', 'yguerin@protonmail.com', '+34 632 64 41 40', '1973-10-09', '152 Calle de Alcalá', 'Bilbao', '72054', 'FR', 'M', '213.192.134.5', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (219, 'Laurent', 'Mercier', 'laurent_mercier@icloud.com', '07 33 33 45 53', '1962-09-07', '142 chemin des Vignes', 'Bristol', '28065', 'ES', 'M', '23.54.53.195', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (220, 'Damien', 'Lefèvre', 'damien.lefevre@free.fr', '682 35 00 80', '1958-06-01', '47 avenue Jean Jaurès', 'Nantes', '57633', 'ES', 'F', '31.217.135.233', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (221, 'Jannik', 'Marchetti', 'jannik_marchetti@hotmail.co.uk', '+33 6 17 87 07 20', '1994-11-19', '29 boulevard Voltaire', 'Sevilla', '27206', 'FR', 'F', '109.177.241.251', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (222, 'Lucía', 'Blanchard', 'lucia.blanchard@hotmail.co.uk', '+34 600 01 69 02', '1985-04-24', '118 Church Lane', 'Bremen', '14333', 'US', 'F', '77.34.82.55', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (223, 'Mateo', 'Villanueva', 'villanueva.mateo@gmail.com', '+34 670 73 55 29', '2001-02-02', '150 chemin des Vignes', 'Nantes', '32788', 'ES', 'M', '86.124.143.27', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (224, 'Cormac', 'Villanueva', 'cormac.villanueva@gmx.de', '+1 312 468 5506', '1972-11-18', '31 chemin des Vignes', 'Rennes', '90065', 'DE', 'F', '212.134.39.130', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (225, 'Mateo', 'Echeverría', 'mateo_echeverria@free.fr', '+33 7 66 69 44 33', '1961-11-26', '7 High Street', 'Bremen', '32806', 'GB', 'M', '90.7.167.188', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (226, 'Yasmine', 'Villanueva', 'yasmine.villanueva@telefonica.net', '606 75 67 43', '1948-10-16', '156 Church Lane', 'Sevilla', '55531', 'US', 'M', '81.194.125.218', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (227, 'Alejandro', 'Faure', 'faure.alejandro@orange.fr', '06 54 10 12 32', '1943-03-19', '83 Church Lane', 'Rennes', '88050', 'GB', 'F', '82.191.52.13', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (228, 'Maëlys', 'Bermúdez', 'maelys.bermudez@t-online.de', '+1 415 800 0092', '1966-03-14', '124 High Street', 'Sevilla', '94535', 'ES', 'F', '31.225.4.137', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (229, 'Friederike', 'Girard', 'fgirard@gmx.de', '07550 755771', '1955-08-06', '61 Calle de Alcalá', 'Bremen', '64753', 'GB', 'F', '212.56.251.31', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (230, 'Romane', 'Pemberton', 'romane_pemberton@hotmail.co.uk', '(312) 454-3752', '2004-09-19', '93 Hauptstraße', 'Bristol', '57017', 'ES', 'M', '188.114.222.146', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (231, 'Valentin', 'Kleinschmidt', 'valentinkleinschmidt46@icloud.com', '(415) 897-8170', '1940-05-10', '177 Hauptstraße', 'Lyon', '52174', 'DE', 'M', '86.218.215.245', '2024-05-28 10:00:00+00');
INSERT INTO public.customers VALUES (232, 'Friederike', 'Thornbury', 'friederikethornbury73@hotmail.co.uk', '+1 206 775 8197', '1965-12-12', '178 rue des Lilas', 'Bordeaux', '41789', 'DE', 'F', '81.234.175.167', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (233, 'Gaëlle', 'Girard', 'girard.gaelle@t-online.de', '+1 617 353 3990', '1956-11-18', '103 Church Lane', 'Bilbao', '80475', 'US', 'M', '23.31.156.111', '2024-05-08 10:00:00+00');
INSERT INTO public.customers VALUES (234, 'Florian', 'Faure', 'florian_faure@icloud.com', '(206) 439-4069', '1954-03-13', '68 avenue Jean Jaurès', 'Lyon', '26307', 'FR', 'M', '217.2.189.125', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (235, 'Rupert', 'Castellanos', 'castellanos.rupert@protonmail.com', '630 79 21 63', '1944-12-07', '15 Church Lane', 'Bilbao', '87022', 'FR', 'M', '77.221.44.8', '2024-05-16 10:00:00+00');
INSERT INTO public.customers VALUES (236, 'Thibault', 'Blanchard', 'tblanchard@gmail.com', '615 43 47 54', '1990-12-13', '40 Church Lane', 'Rennes', '43759', 'US', 'X', '46.137.149.134', '2024-05-20 10:00:00+00');
INSERT INTO public.customers VALUES (237, 'Mateo', 'Moreau', 'mateo.moreau@telefonica.net', '06 67 37 17 28', '1996-05-06', '169 Hauptstraße', 'Sevilla', '68393', 'FR', 'M', '90.144.239.3', '2024-05-03 10:00:00+00');
INSERT INTO public.customers VALUES (238, 'Alejandro', 'Thornbury', 'alejandro_thornbury@icloud.com', '07 61 57 06 75', '1971-01-20', '156 Lindenstraße', 'Leipzig', '52215', 'US', 'M', '78.176.2.95', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (239, 'Quentin', 'Faure', 'quentin.faure@telefonica.net', '+33 6 08 95 50 13', '1950-07-12', '168 Calle de Alcalá', 'Sevilla', '69123', 'US', 'F', '176.208.87.193', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (240, 'Élodie', 'Haverkamp', 'ehaverkamp@btinternet.com', '+33 6 19 02 64 81', '2001-06-25', '113 chemin des Vignes', 'Leipzig', '68573', 'DE', 'F', '91.162.172.253', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (241, 'Cormac', 'Chevalier', 'cormacchevalier58@laposte.net', '+1 617 680 2677', '2004-02-04', '140 Calle de Alcalá', 'Bilbao', '17728', 'DE', 'M', '176.195.222.98', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (242, 'Ottilie', 'Chevalier', 'chevalier.ottilie@hotmail.co.uk', '(303) 259-5322', '1944-10-23', '145 rue des Lilas', 'Bordeaux', '18906', 'DE', 'F', '217.38.83.190', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (243, 'Jannik', 'Villanueva', 'jannik.villanueva@telefonica.net', '650 37 69 06', '1997-04-23', '131 Gran Vía', 'Leipzig', '55653', 'DE', 'M', '178.163.18.67', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (244, 'Santiago', 'Pemberton', 'spemberton@protonmail.com', '683 26 61 98', '1961-07-18', '163 rue des Lilas', 'Bordeaux', '30366', 'DE', 'M', '217.96.136.83', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (245, 'Inès', 'Ashcombe', 'ashcombe.ines@orange.fr', '+34 681 88 67 91', '1987-12-13', '87 avenue Jean Jaurès', 'Sevilla', '28041', 'GB', 'X', '78.214.135.175', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (246, 'Sébastien', 'Haverkamp', 'haverkamp.sebastien@yahoo.fr', '+44 7841 767336', '1988-03-06', '169 Gran Vía', 'Sevilla', '94681', 'FR', 'F', '188.95.14.190', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (247, 'Gaëlle', 'Whitfield', 'whitfield.gaelle@btinternet.com', '+44 7891 604964', '1982-02-15', '154 chemin des Vignes', 'Rennes', '66885', 'ES', 'M', '62.243.129.176', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (248, 'Laurent', 'Rousseau', 'laurent.rousseau@protonmail.com', '07878 607445', '1949-11-28', '63 High Street', 'Nantes', '41998', 'GB', 'M', '91.200.231.28', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (249, 'Gaëlle', 'Echeverría', 'gaelle.echeverria@free.fr', '+44 7573 344796', '1950-04-19', '40 Church Lane', 'Bremen', '17727', 'US', 'F', '185.9.70.83', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (250, 'Jannik', 'Blanchard', 'jannikblanchard49@gmx.de', '07813 977237', '1969-04-27', '82 Church Lane', 'Lyon', '75892', 'GB', 'M', '81.20.227.234', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (251, 'Lukas', 'Brandauer', 'brandauer.lukas@btinternet.com', '+44 7959 356499', '1948-12-11', '93 avenue Jean Jaurès', 'Rennes', '21556', 'US', 'M', '188.224.215.44', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (252, 'Romane', 'Lefèvre', 'romanelefevre64@icloud.com', '+1 415 758 0813', '1978-08-12', '24 boulevard Voltaire', 'Sevilla', '38545', 'DE', 'X', '81.77.33.24', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (253, 'Harriet', 'Oberholzer', 'harriet_oberholzer@yahoo.fr', '06 51 45 88 37', '1964-04-26', '169 Church Lane', 'Bilbao', '50103', 'DE', 'X', '81.90.152.26', '2024-05-15 10:00:00+00');
INSERT INTO public.customers VALUES (254, 'Hugo', 'Oberholzer', 'hugo_oberholzer@free.fr', '691 06 00 50', '1981-02-01', '96 avenue Jean Jaurès', 'Rennes', '72415', 'ES', 'M', '62.125.179.246', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (255, 'Quentin', 'Echeverría', 'quentin.echeverria@free.fr', '+34 601 94 39 98', '1943-07-23', '147 avenue Jean Jaurès', 'Leipzig', '90375', 'GB', 'M', '23.75.176.159', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (256, 'Mateo', 'Quaglieri', 'mateoquaglieri42@gmx.de', '+33 6 15 41 24 11', '1961-09-14', '69 rue des Lilas', 'Bilbao', '11635', 'FR', 'X', '62.252.106.172', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (257, 'Lucía', 'Ashcombe', 'lucia_ashcombe@t-online.de', '+33 6 58 03 36 76', '1999-05-25', '24 High Street', 'Rennes', '61384', 'DE', 'M', '109.82.62.55', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (258, 'Inès', 'Iglesias', 'ines_iglesias@yahoo.fr', '(212) 639-2142', '1968-09-18', '25 avenue Jean Jaurès', 'Nantes', '87961', 'GB', 'M', '217.106.158.100', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (259, 'Hugo', 'Rousseau', 'hrousseau@orange.fr', '+44 7524 523877', '1999-10-06', '66 Church Lane', 'Nantes', '32194', 'FR', 'M', '91.255.74.100', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (260, 'Ottilie', 'Blanchard', 'ottilieblanchard85@telefonica.net', '+44 7519 655754', '1980-10-19', '157 rue des Lilas', 'Leipzig', '54206', 'DE', 'M', '77.115.17.49', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (261, 'Sébastien', 'Brandauer', 'sebastienbrandauer81@hotmail.co.uk', '+34 648 22 86 28', '1952-08-11', '151 chemin des Vignes', 'Bilbao', '80030', 'FR', 'M', '185.231.11.125', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (262, 'Henrike', 'Ashcombe', 'henrikeashcombe76@web.de', '(206) 661-3181', '1971-01-26', '117 Hauptstraße', 'Sevilla', '88331', 'FR', 'M', '91.118.32.239', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (263, 'Siobhan', 'Brandauer', 'siobhan_brandauer@btinternet.com', '621 49 54 23', '1970-09-12', '30 rue des Lilas', 'Leipzig', '80337', 'FR', 'F', '86.60.156.144', '2024-05-22 10:00:00+00');
INSERT INTO public.customers VALUES (264, 'Bastien', 'Rousseau', 'rousseau.bastien@icloud.com', '+33 6 42 47 30 68', '1954-07-02', '147 avenue Jean Jaurès', 'Lyon', '38095', 'GB', 'M', '46.157.141.227', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (265, 'Valentina', 'Oberholzer', 'valentina.oberholzer@web.de', '07836 669315', '1994-11-01', '3 chemin des Vignes', 'Bremen', '53072', 'FR', 'F', '23.64.0.58', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (266, 'Chloé', 'Oberholzer', 'chloe_oberholzer@sfr.fr', '670 19 38 62', '1946-05-13', '83 Gran Vía', 'Bremen', '72344', 'DE', 'M', '23.184.2.232', '2024-05-25 10:00:00+00');
INSERT INTO public.customers VALUES (267, 'Harriet', 'Chevalier', 'harriet.chevalier@sfr.fr', '+34 631 32 93 24', '1941-03-24', '121 Gran Vía', 'Bremen', '57487', 'GB', 'F', '212.126.166.27', '2024-05-21 10:00:00+00');
INSERT INTO public.customers VALUES (268, 'Damien', 'Zubizarreta', 'damien_zubizarreta@gmx.de', '07891 082793', '1979-02-19', '169 avenue Jean Jaurès', 'Nantes', '92684', 'GB', 'X', '78.182.186.125', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (269, 'Élodie', 'Echeverría', 'elodie.echeverria@t-online.de', '07809 248548', '1963-04-01', '151 Lindenstraße', 'Lyon', '82642', 'GB', 'M', '78.14.176.14', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (270, 'Valentina', 'Blanchard', 'valentinablanchard51@laposte.net', '+1 303 234 7492', '1943-08-22', '42 Gran Vía', 'Lyon', '57338', 'FR', 'M', '90.211.140.45', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (271, 'Valentin', 'Oberholzer', 'valentin.oberholzer@gmx.de', '673 42 08 81', '1947-03-19', '1 chemin des Vignes', 'Leeds', '28587', 'US', 'F', '212.188.136.57', '2024-05-18 10:00:00+00');
INSERT INTO public.customers VALUES (272, 'Santiago', 'Iglesias', 'santiago_iglesias@outlook.es', '(312) 502-7887', '1984-05-15', '59 Calle de Alcalá', 'Leipzig', '20839', 'US', 'F', '77.201.152.30', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (273, 'Declan', 'Brandauer', 'declan.brandauer@protonmail.com', '625 24 24 03', '1997-01-16', '120 Gran Vía', 'Bristol', '60455', 'DE', 'X', '88.118.109.238', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (274, 'Amélie', 'Ashcombe', 'aashcombe@gmx.de', '07886 393783', '1954-09-21', '95 avenue Jean Jaurès', 'Bordeaux', '67952', 'ES', 'F', '88.221.44.123', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (275, 'Yasmine', 'Moreau', 'yasmine.moreau@web.de', '07 72 68 78 33', '1987-05-24', '180 avenue Jean Jaurès', 'Sevilla', '67033', 'FR', 'F', '88.144.66.223', '2024-05-23 10:00:00+00');
INSERT INTO public.customers VALUES (276, 'Rupert', 'Lindqvist', 'rupert.lindqvist@outlook.es', '07830 766107', '1957-09-01', '1 avenue Jean Jaurès', 'Bordeaux', '58595', 'GB', 'X', '78.204.205.5', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (277, 'Ottilie', 'Girard', 'ogirard@laposte.net', '07453 666665', '1972-03-03', '98 Church Lane', 'Sevilla', '26031', 'ES', 'M', '78.231.46.216', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (278, 'Julien', 'Ashcombe', 'julien_ashcombe@web.de', '649 84 17 33', '1993-08-02', '20 chemin des Vignes', 'Bristol', '14074', 'DE', 'M', '212.208.22.74', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (279, 'Sébastien', 'Guérin', 'guerin.sebastien@telefonica.net', '(312) 455-4146', '1965-01-20', '135 Lindenstraße', 'Leeds', '87976', 'FR', 'M', '46.193.75.180', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (280, 'Harriet', 'Haverkamp', 'harriet_haverkamp@hotmail.co.uk', '07497 245411', '1992-11-27', '156 Lindenstraße', 'Leipzig', '93849', 'ES', 'F', '188.4.180.190', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (281, 'Thibault', 'Ashcombe', 'thibaultashcombe67@icloud.com', '+33 6 84 50 72 37', '1948-09-23', '122 Calle de Alcalá', 'Lyon', '24653', 'ES', 'F', '217.23.6.183', '2024-05-14 10:00:00+00');
INSERT INTO public.customers VALUES (282, 'Gaëlle', 'Chevalier', 'chevalier.gaelle@gmail.com', '+1 312 754 9895', '1959-01-04', '130 avenue Jean Jaurès', 'Bremen', '95075', 'FR', 'F', '185.40.149.8', '2024-05-09 10:00:00+00');
INSERT INTO public.customers VALUES (283, 'Ximena', 'Marchetti', 'ximenamarchetti68@outlook.es', '+34 603 69 36 56', '1981-08-04', '66 chemin des Vignes', 'Sevilla', '76606', 'GB', 'F', '23.114.221.211', '2024-05-13 10:00:00+00');
INSERT INTO public.customers VALUES (284, 'Maëlys', 'Rousseau', 'rousseau.maelys@gmail.com', '07829 029748', '1971-03-26', '164 rue des Lilas', 'Leeds', '22852', 'GB', 'M', '77.224.50.16', '2024-05-04 10:00:00+00');
INSERT INTO public.customers VALUES (285, 'Océane', 'Faure', 'oceane_faure@protonmail.com', '+44 7411 714036', '1965-12-12', '25 Calle de Alcalá', 'Lyon', '23677', 'ES', 'F', '23.92.178.53', '2024-05-11 10:00:00+00');
INSERT INTO public.customers VALUES (286, 'Rupert', 'Pemberton', 'rupert.pemberton@yahoo.fr', '+33 7 89 03 75 77', '1986-11-21', '85 boulevard Voltaire', 'Bordeaux', '72603', 'US', 'F', '78.233.80.109', '2024-05-01 10:00:00+00');
INSERT INTO public.customers VALUES (287, 'Karine', 'Thornbury', 'karine.thornbury@btinternet.com', '07861 184720', '1941-10-07', '46 High Street', 'Lyon', '77032', 'GB', 'F', '212.73.138.15', '2024-05-07 10:00:00+00');
INSERT INTO public.customers VALUES (288, 'Lucía', 'Mercier', 'luciamercier46@protonmail.com', '07 41 12 23 87', '1981-02-10', '28 boulevard Voltaire', 'Rennes', '28269', 'FR', 'X', '46.27.98.65', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (289, 'Bastien', 'Lindqvist', 'bastien_lindqvist@yahoo.fr', '+1 206 368 8195', '1980-08-19', '8 rue des Lilas', 'Nantes', '58779', 'FR', 'F', '217.89.158.11', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (290, 'Harriet', 'Quaglieri', 'quaglieri.harriet@sfr.fr', '+34 671 11 54 27', '2004-05-02', '54 Hauptstraße', 'Sevilla', '16991', 'DE', 'M', '23.169.27.241', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (291, 'Bastien', 'Kowalczyk', 'bastien_kowalczyk@sfr.fr', '+33 6 17 02 95 39', '1959-08-22', '6 avenue Jean Jaurès', 'Bordeaux', '67853', 'FR', 'F', '46.145.216.152', '2024-05-02 10:00:00+00');
INSERT INTO public.customers VALUES (292, 'Maëlys', 'Boyer', 'maelys.boyer@protonmail.com', '+44 7420 391363', '1998-01-07', '119 chemin des Vignes', 'Sevilla', '95034', 'DE', 'M', '176.225.37.37', '2024-05-12 10:00:00+00');
INSERT INTO public.customers VALUES (293, 'Siobhan', 'Kleinschmidt', 'skleinschmidt@gmail.com', '676 11 39 34', '1970-08-21', '29 Hauptstraße', 'Bilbao', '61235', 'FR', 'M', '46.197.97.43', '2024-05-19 10:00:00+00');
INSERT INTO public.customers VALUES (294, 'Valentin', 'Ashcombe', 'vashcombe@telefonica.net', '691 12 85 64', '1963-09-23', '178 High Street', 'Bremen', '35788', 'ES', 'F', '212.247.201.126', '2024-05-06 10:00:00+00');
INSERT INTO public.customers VALUES (295, 'Ximena', 'Brandauer', 'ximenabrandauer58@laposte.net', '+44 7900 142292', '1954-08-03', '102 High Street', 'Leipzig', '15381', 'DE', 'F', '81.48.44.70', '2024-05-17 10:00:00+00');
INSERT INTO public.customers VALUES (296, 'Friederike', 'Garnier', 'friederike.garnier@telefonica.net', '07841 467963', '1983-12-19', '49 Church Lane', 'Leipzig', '63815', 'FR', 'M', '90.196.111.145', '2024-05-26 10:00:00+00');
INSERT INTO public.customers VALUES (297, 'Laurent', 'Pemberton', 'lpemberton@free.fr', '+1 303 894 6782', '1994-10-20', '3 Hauptstraße', 'Leeds', '92074', 'US', 'M', '81.159.78.26', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (298, 'Lucía', 'Faure', 'lucia_faure@sfr.fr', '+1 312 747 1658', '1955-05-21', '41 chemin des Vignes', 'Bristol', '20443', 'DE', 'F', '109.36.51.27', '2024-05-05 10:00:00+00');
INSERT INTO public.customers VALUES (299, 'Mateo', 'Guérin', 'guerin.mateo@gmail.com', '+33 7 78 11 72 73', '1952-03-17', '110 Calle de Alcalá', 'Bilbao', '46457', 'FR', 'X', '81.32.99.83', '2024-05-10 10:00:00+00');
INSERT INTO public.customers VALUES (300, 'Karine', 'Garnier', 'kgarnier@gmail.com', '+33 7 54 42 74 72', '1945-10-18', '57 Lindenstraße', 'Bilbao', '19498', 'ES', 'X', '23.214.140.102', '2024-05-09 10:00:00+00');


--
-- Data for Name: identity_documents; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.identity_documents VALUES (1, 1, '444-86-6690', 'TE 04 63 97 A', '1 55 01 16 527 290 42', '71AB27886');
INSERT INTO public.identity_documents VALUES (2, 2, '784-07-0713', 'WC 94 22 65 D', '1 53 03 88 522 952 44', '85VU02122');
INSERT INTO public.identity_documents VALUES (3, 3, '886-94-1395', 'WJ 79 26 81 A', '2 91 06 04 166 089 60', '47FK61226');
INSERT INTO public.identity_documents VALUES (4, 4, '387-99-0053', 'RT 07 24 89 D', '1 45 11 09 655 395 40', '60WA48558');
INSERT INTO public.identity_documents VALUES (5, 5, '220-80-9200', 'NP 17 08 63 A', '2 53 12 83 873 583 06', '74CH90819');
INSERT INTO public.identity_documents VALUES (6, 6, '791-91-9303', 'OP 01 78 80 A', '1 80 07 13 071 359 92', '72OO41661');
INSERT INTO public.identity_documents VALUES (7, 7, '624-02-3870', 'LL 06 91 01 B', '2 86 05 2B 933 757 95', '56MZ23887');
INSERT INTO public.identity_documents VALUES (8, 8, '589-92-3588', 'BM 69 36 15 C', '2 46 02 01 602 321 28', '28HB09582');
INSERT INTO public.identity_documents VALUES (9, 9, '183-36-5763', 'OG 59 41 15 D', '2 46 10 01 895 307 13', '40UV14046');
INSERT INTO public.identity_documents VALUES (10, 10, '802-12-2831', 'ZM 17 91 62 B', '2 91 10 54 118 923 59', '62RK07893');
INSERT INTO public.identity_documents VALUES (11, 11, '216-07-2893', 'BZ 95 60 94 A', '1 71 01 10 813 820 10', '47JH87529');
INSERT INTO public.identity_documents VALUES (12, 12, '100-33-0792', 'BB 69 16 01 A', '1 73 09 14 926 148 27', '95KH90147');
INSERT INTO public.identity_documents VALUES (13, 13, '830-05-4589', 'EE 56 24 66 B', '2 85 07 71 606 049 48', '36CE35804');
INSERT INTO public.identity_documents VALUES (14, 14, '579-33-1447', 'BY 41 15 61 A', '2 63 08 06 765 318 89', '56JH11344');
INSERT INTO public.identity_documents VALUES (15, 15, '173-60-2191', 'JX 25 28 98 A', '1 90 09 09 653 268 27', '14JZ44035');
INSERT INTO public.identity_documents VALUES (16, 16, '180-60-4236', 'XJ 00 97 25 D', '2 43 04 05 876 419 26', '79AP74854');
INSERT INTO public.identity_documents VALUES (17, 17, '105-31-6204', 'XR 34 47 56 D', '2 74 01 68 769 275 15', '64UV94693');
INSERT INTO public.identity_documents VALUES (18, 18, '033-71-5840', 'KC 43 29 99 A', '2 93 04 07 860 911 32', '58KT46495');
INSERT INTO public.identity_documents VALUES (19, 19, '338-03-8485', 'HX 93 12 55 C', '1 64 04 63 079 737 24', '78II94450');
INSERT INTO public.identity_documents VALUES (20, 20, '202-74-9930', 'XS 24 39 88 A', '1 72 09 69 534 317 94', '33QD02669');
INSERT INTO public.identity_documents VALUES (21, 21, '643-77-9797', 'TZ 49 82 35 B', '1 87 11 13 124 679 37', '92XM05748');
INSERT INTO public.identity_documents VALUES (22, 22, '079-60-9886', 'BC 54 07 45 D', '1 45 11 14 796 019 28', '16QU24252');
INSERT INTO public.identity_documents VALUES (23, 23, '543-80-2442', 'OE 47 89 92 C', '2 89 12 80 247 488 29', '41BJ38953');
INSERT INTO public.identity_documents VALUES (24, 24, '307-81-4927', 'WR 39 35 48 D', '1 56 06 04 758 967 65', '42KO67840');
INSERT INTO public.identity_documents VALUES (25, 25, '861-94-7054', 'OJ 28 70 00 A', '2 72 10 16 642 112 08', '50FZ00595');
INSERT INTO public.identity_documents VALUES (26, 26, '109-84-4021', 'PC 86 23 53 A', '2 70 11 08 254 765 73', '92SO81232');
INSERT INTO public.identity_documents VALUES (27, 27, '683-67-6998', 'ZC 23 98 80 C', '2 58 09 16 965 049 72', '87QR39868');
INSERT INTO public.identity_documents VALUES (28, 28, '210-85-7652', 'KR 71 32 88 B', '1 92 03 06 506 333 88', '96KD31665');
INSERT INTO public.identity_documents VALUES (29, 29, '354-36-6178', 'EY 29 25 11 D', '2 86 09 04 295 106 55', '55YC06364');
INSERT INTO public.identity_documents VALUES (30, 30, '513-13-1756', 'GH 08 47 07 D', '2 80 10 55 699 107 59', '46ZG37698');
INSERT INTO public.identity_documents VALUES (31, 31, '845-23-7099', 'OA 31 21 52 C', '1 93 06 92 462 459 26', '42AK11562');
INSERT INTO public.identity_documents VALUES (32, 32, '818-19-7097', 'HH 81 46 87 A', '1 62 01 27 030 657 74', '52RN56598');
INSERT INTO public.identity_documents VALUES (33, 33, '221-18-5175', 'NM 95 63 78 B', '1 84 05 07 917 871 33', '53JG14197');
INSERT INTO public.identity_documents VALUES (34, 34, '402-06-8042', 'RW 50 45 04 A', '1 62 05 75 969 474 52', '86HM54608');
INSERT INTO public.identity_documents VALUES (35, 35, '484-21-6534', 'OE 56 41 09 C', '1 88 06 2B 630 853 36', '21LA64893');
INSERT INTO public.identity_documents VALUES (36, 36, '529-83-9787', 'MP 94 84 15 C', '2 57 07 05 624 368 15', '63KA02354');
INSERT INTO public.identity_documents VALUES (37, 37, '723-33-1076', 'BH 16 33 52 C', '2 60 04 12 137 117 39', '28MS58896');
INSERT INTO public.identity_documents VALUES (38, 38, '556-70-8644', 'HM 96 23 30 B', '2 77 03 24 780 661 81', '44TL28690');
INSERT INTO public.identity_documents VALUES (39, 39, '825-52-1655', 'BT 34 50 30 A', '1 93 04 2B 906 463 17', '37OM08453');
INSERT INTO public.identity_documents VALUES (40, 40, '086-50-4729', 'MA 76 03 87 B', '1 97 02 07 049 939 03', '38TP91458');
INSERT INTO public.identity_documents VALUES (41, 41, '590-30-8717', 'AM 21 54 98 B', '2 87 09 37 852 331 28', '39JZ01711');
INSERT INTO public.identity_documents VALUES (42, 42, '074-40-4924', 'PS 29 14 60 D', '1 79 06 13 759 872 21', '13XY55891');
INSERT INTO public.identity_documents VALUES (43, 43, '390-55-5066', 'XS 77 56 99 A', '1 51 03 17 275 060 79', '25SK76161');
INSERT INTO public.identity_documents VALUES (44, 44, '796-39-0782', 'XP 81 85 79 A', '1 57 05 69 684 833 17', '75EB01137');
INSERT INTO public.identity_documents VALUES (45, 45, '018-98-6169', 'AA 88 10 13 A', '1 91 03 03 332 122 23', '99HO57957');
INSERT INTO public.identity_documents VALUES (46, 46, '178-46-0941', 'PG 97 72 77 C', '2 54 06 74 300 740 65', '94FV47102');
INSERT INTO public.identity_documents VALUES (47, 47, '150-78-6999', 'AP 57 32 70 D', '2 92 09 37 911 977 83', '87FR84742');
INSERT INTO public.identity_documents VALUES (48, 48, '383-95-2304', 'BE 01 50 81 A', '1 40 03 41 178 089 38', '34JH99666');
INSERT INTO public.identity_documents VALUES (49, 49, '680-60-0747', 'YH 50 80 40 D', '2 83 07 93 975 073 01', '73IB59795');
INSERT INTO public.identity_documents VALUES (50, 50, '005-44-5244', 'WS 91 88 35 D', '1 88 09 08 884 388 86', '47HL70017');
INSERT INTO public.identity_documents VALUES (51, 51, '558-42-4441', 'CP 45 87 07 D', '1 65 07 42 799 055 42', '56OD16563');
INSERT INTO public.identity_documents VALUES (52, 52, '697-74-3152', 'AP 23 88 53 B', '1 50 04 02 589 746 46', '56NQ31852');
INSERT INTO public.identity_documents VALUES (53, 53, '877-35-6283', 'JL 06 90 40 C', '2 59 01 86 474 470 92', '30EW05511');
INSERT INTO public.identity_documents VALUES (54, 54, '814-72-4672', 'AJ 96 44 71 D', '1 45 09 47 199 258 92', '16KN15627');
INSERT INTO public.identity_documents VALUES (55, 55, '871-89-9782', 'GP 09 79 47 B', '1 96 03 49 546 519 61', '27KN43494');
INSERT INTO public.identity_documents VALUES (56, 56, '671-64-5008', 'BW 20 57 45 D', '2 83 07 83 490 793 36', '78JR16507');
INSERT INTO public.identity_documents VALUES (57, 57, '689-86-3814', 'YP 47 43 47 C', '1 43 07 2B 909 728 26', '38PH41094');
INSERT INTO public.identity_documents VALUES (58, 58, '569-89-6483', 'GW 61 46 67 B', '2 45 06 16 328 495 22', '82VT66024');
INSERT INTO public.identity_documents VALUES (59, 59, '190-16-6462', 'KC 57 39 59 A', '2 91 01 07 081 837 52', '90NY41264');
INSERT INTO public.identity_documents VALUES (60, 60, '731-33-2788', 'PM 30 28 90 B', '2 50 04 19 084 473 22', '14WF66358');
INSERT INTO public.identity_documents VALUES (61, 61, '820-35-7966', 'OH 19 20 33 A', '1 64 03 65 237 763 38', '31JO66353');
INSERT INTO public.identity_documents VALUES (62, 62, '744-77-6668', 'WN 88 39 86 B', '2 98 03 83 794 089 36', '39IQ22306');
INSERT INTO public.identity_documents VALUES (63, 63, '003-07-9888', 'JB 25 42 49 C', '1 46 09 11 363 965 44', '46PB80365');
INSERT INTO public.identity_documents VALUES (64, 64, '518-88-7240', 'RW 45 41 68 C', '1 88 09 19 962 087 78', '63YZ91915');
INSERT INTO public.identity_documents VALUES (65, 65, '198-54-3557', 'EM 52 71 33 C', '2 57 06 2A 266 954 75', '42PO43705');
INSERT INTO public.identity_documents VALUES (66, 66, '613-09-7107', 'XG 94 52 29 B', '2 90 07 12 251 789 54', '48CA46570');
INSERT INTO public.identity_documents VALUES (67, 67, '886-42-2733', 'TG 61 72 73 C', '1 49 01 2A 422 009 97', '90FA93895');
INSERT INTO public.identity_documents VALUES (68, 68, '823-20-0186', 'HY 37 54 83 D', '1 52 03 10 383 133 10', '29QY10294');
INSERT INTO public.identity_documents VALUES (69, 69, '112-75-0659', 'TX 01 97 00 A', '1 66 09 92 237 950 90', '81RQ70045');
INSERT INTO public.identity_documents VALUES (70, 70, '567-42-7738', 'YT 52 46 58 D', '1 44 11 07 807 035 17', '85NW06809');
INSERT INTO public.identity_documents VALUES (71, 71, '833-47-6938', 'GS 14 34 24 C', '2 59 09 68 084 204 62', '32NV58790');
INSERT INTO public.identity_documents VALUES (72, 72, '521-95-4350', 'EX 73 85 27 A', '2 56 05 41 899 063 39', '20ZV38362');
INSERT INTO public.identity_documents VALUES (73, 73, '894-31-0992', 'SY 44 05 16 A', '1 87 04 09 925 042 17', '47ZC88655');
INSERT INTO public.identity_documents VALUES (74, 74, '487-46-0381', 'AB 36 59 29 D', '2 87 04 06 865 285 53', '54ZK92434');
INSERT INTO public.identity_documents VALUES (75, 75, '835-73-6924', 'ZG 12 20 54 A', '1 79 03 50 931 503 03', '89UJ22962');
INSERT INTO public.identity_documents VALUES (76, 76, '804-24-5956', 'PP 78 95 77 C', '1 58 04 08 747 109 45', '69TO47820');
INSERT INTO public.identity_documents VALUES (77, 77, '101-53-8374', 'LT 32 76 06 D', '1 46 03 91 575 929 97', '52JZ78237');
INSERT INTO public.identity_documents VALUES (78, 78, '415-17-5864', 'OM 02 14 95 A', '1 65 11 40 964 094 21', '66KV57690');
INSERT INTO public.identity_documents VALUES (79, 79, '347-48-2498', 'SB 89 35 71 C', '2 48 12 46 561 967 41', '74RD26043');
INSERT INTO public.identity_documents VALUES (80, 80, '335-25-7862', 'ZJ 59 69 09 B', '2 62 07 31 288 844 39', '33UU97569');
INSERT INTO public.identity_documents VALUES (81, 81, '676-64-0344', 'SN 64 19 30 C', '1 48 01 08 279 212 68', '23OJ02171');
INSERT INTO public.identity_documents VALUES (82, 82, '293-53-8689', 'WH 19 53 71 D', '1 62 11 01 769 223 55', '14ZU59825');
INSERT INTO public.identity_documents VALUES (83, 83, '554-97-8379', 'OY 19 56 62 C', '2 69 03 09 078 609 68', '70UR17649');
INSERT INTO public.identity_documents VALUES (84, 84, '777-11-7581', 'AA 02 87 93 C', '2 92 12 87 592 541 57', '65MN69799');
INSERT INTO public.identity_documents VALUES (85, 85, '374-49-5000', 'JK 00 33 04 C', '1 78 12 01 604 199 90', '37CB63944');
INSERT INTO public.identity_documents VALUES (86, 86, '882-50-0575', 'MH 53 00 35 D', '1 81 04 19 370 850 72', '12CI30692');
INSERT INTO public.identity_documents VALUES (87, 87, '562-63-7483', 'RJ 76 08 88 D', '2 93 05 2A 549 293 69', '11RL48537');
INSERT INTO public.identity_documents VALUES (88, 88, '334-36-1953', 'ZY 02 48 89 C', '1 44 06 74 142 011 60', '20QT99475');
INSERT INTO public.identity_documents VALUES (89, 89, '206-23-8082', 'BC 49 86 24 B', '2 76 05 02 756 285 09', '22GS31070');
INSERT INTO public.identity_documents VALUES (90, 90, '809-70-3695', 'SS 48 43 89 D', '2 45 05 27 674 213 87', '38CA40616');
INSERT INTO public.identity_documents VALUES (91, 91, '377-63-2843', 'LY 65 34 31 D', '2 80 04 12 649 260 46', '66XW06380');
INSERT INTO public.identity_documents VALUES (92, 92, '213-26-4897', 'XK 45 77 67 A', '2 93 05 50 659 515 75', '66UP94977');
INSERT INTO public.identity_documents VALUES (93, 93, '041-66-3873', 'YR 98 20 56 C', '1 46 05 08 254 505 08', '73XW40245');
INSERT INTO public.identity_documents VALUES (94, 94, '015-82-9658', 'TK 09 21 09 A', '2 73 01 13 348 374 15', '94SY46081');
INSERT INTO public.identity_documents VALUES (95, 95, '380-44-1650', 'HA 79 26 39 C', '2 64 11 2B 202 473 09', '49PT19048');
INSERT INTO public.identity_documents VALUES (96, 96, '771-92-5990', 'SY 21 11 44 D', '2 69 07 79 911 731 96', '20JT56334');
INSERT INTO public.identity_documents VALUES (97, 97, '669-94-4494', 'PG 21 73 25 D', '1 88 08 32 852 532 44', '66QD31111');
INSERT INTO public.identity_documents VALUES (98, 98, '515-36-0815', 'WR 52 69 22 A', '2 72 04 66 726 565 51', '36LS46602');
INSERT INTO public.identity_documents VALUES (99, 99, '386-02-5023', 'NR 52 81 18 A', '1 72 06 28 297 607 19', '46LR94662');
INSERT INTO public.identity_documents VALUES (100, 100, '282-47-9504', 'WB 10 64 57 A', '1 73 03 66 484 409 80', '85FE54765');


--
-- Data for Name: kunden; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.kunden VALUES (1, 'Jannik', 'Guérin', 'jannik_guerin@telefonica.net', '07580 322313', '1981-08-03', 'High Street 72', '20782');
INSERT INTO public.kunden VALUES (2, 'Damien', 'Brandauer', 'damien_brandauer@gmx.de', '07510 276887', '1944-09-14', 'avenue Jean Jaurès 29', '96541');
INSERT INTO public.kunden VALUES (3, 'Santiago', 'Blanchard', 'sblanchard@sfr.fr', '07 63 41 45 77', '1962-01-21', 'Calle de Alcalá 38', '45660');
INSERT INTO public.kunden VALUES (4, 'Bastien', 'Iglesias', 'biglesias@icloud.com', '(312) 700-8378', '1962-03-07', 'chemin des Vignes 13', '41804');
INSERT INTO public.kunden VALUES (5, 'Imogen', 'Whitfield', 'imogenwhitfield87@yahoo.fr', '605 37 44 43', '1958-07-05', 'Calle de Alcalá 29', '66812');
INSERT INTO public.kunden VALUES (6, 'Yasmine', 'Castellanos', 'yasmine.castellanos@orange.fr', '07 73 01 99 64', '1985-12-02', 'chemin des Vignes 43', '86934');
INSERT INTO public.kunden VALUES (7, 'Declan', 'Whitfield', 'dwhitfield@gmail.com', '07509 778233', '1984-02-15', 'avenue Jean Jaurès 46', '20929');
INSERT INTO public.kunden VALUES (8, 'Leocadia', 'Iglesias', 'iglesias.leocadia@gmx.de', '605 31 54 55', '1960-10-13', 'Lindenstraße 11', '73009');
INSERT INTO public.kunden VALUES (9, 'Élodie', 'Blanchard', 'elodie.blanchard@gmail.com', '07 58 10 42 25', '1941-05-24', 'chemin des Vignes 17', '78207');
INSERT INTO public.kunden VALUES (10, 'Jannik', 'Zubizarreta', 'jannik_zubizarreta@protonmail.com', '677 50 40 48', '1944-02-08', 'chemin des Vignes 4', '99442');
INSERT INTO public.kunden VALUES (11, 'Florian', 'Lefèvre', 'florian.lefevre@gmx.de', '627 28 54 63', '1970-05-22', 'Calle de Alcalá 31', '89077');
INSERT INTO public.kunden VALUES (12, 'Julien', 'Whitfield', 'jwhitfield@free.fr', '07 88 25 27 31', '1968-12-17', 'Church Lane 87', '62628');
INSERT INTO public.kunden VALUES (13, 'Siobhan', 'Bermúdez', 'sbermudez@hotmail.co.uk', '(312) 730-1267', '1966-12-27', 'Church Lane 28', '84076');
INSERT INTO public.kunden VALUES (14, 'Santiago', 'Rousseau', 'santiago_rousseau@icloud.com', '(617) 655-9193', '1958-05-01', 'boulevard Voltaire 47', '98066');
INSERT INTO public.kunden VALUES (15, 'Imogen', 'Mercier', 'imogen_mercier@btinternet.com', '(415) 202-9720', '1975-06-25', 'Lindenstraße 51', '11088');
INSERT INTO public.kunden VALUES (16, 'Florian', 'Zubizarreta', 'zubizarreta.florian@icloud.com', '(212) 386-9859', '1953-05-10', 'Calle de Alcalá 34', '84841');
INSERT INTO public.kunden VALUES (17, 'Friederike', 'Quaglieri', 'friederikequaglieri54@yahoo.fr', '607 26 17 42', '1963-12-15', 'rue des Lilas 86', '12876');
INSERT INTO public.kunden VALUES (18, 'Harriet', 'Girard', 'harriet_girard@sfr.fr', '(212) 910-6619', '1978-04-24', 'boulevard Voltaire 91', '13676');
INSERT INTO public.kunden VALUES (19, 'Lukas', 'Thornbury', 'lukas_thornbury@free.fr', '06 61 28 04 90', '2005-03-25', 'Church Lane 89', '43746');
INSERT INTO public.kunden VALUES (20, 'Jannik', 'Haverkamp', 'jhaverkamp@t-online.de', '07459 771636', '1978-09-26', 'chemin des Vignes 76', '35122');
INSERT INTO public.kunden VALUES (21, 'Lukas', 'Haverkamp', 'lukas.haverkamp@laposte.net', '(212) 873-0370', '1980-02-04', 'Lindenstraße 61', '28365');
INSERT INTO public.kunden VALUES (22, 'Ximena', 'Haverkamp', 'ximena_haverkamp@yahoo.fr', '07552 110234', '1965-08-14', 'rue des Lilas 96', '24645');
INSERT INTO public.kunden VALUES (23, 'Declan', 'Faure', 'declan_faure@sfr.fr', '07 93 58 14 95', '1957-11-06', 'High Street 44', '85448');
INSERT INTO public.kunden VALUES (24, 'Ottilie', 'Boyer', 'ottilieboyer76@laposte.net', '696 18 72 42', '1953-12-04', 'avenue Jean Jaurès 47', '52593');
INSERT INTO public.kunden VALUES (25, 'Nicolas', 'Mercier', 'nicolas.mercier@t-online.de', '(617) 496-1521', '1944-04-24', 'Gran Vía 82', '96842');
INSERT INTO public.kunden VALUES (26, 'Julien', 'Boyer', 'julienboyer99@gmx.de', '(415) 499-9475', '1965-08-24', 'Lindenstraße 54', '37371');
INSERT INTO public.kunden VALUES (27, 'Sébastien', 'Zubizarreta', 'sebastien.zubizarreta@sfr.fr', '(303) 317-9364', '1990-08-24', 'boulevard Voltaire 31', '54107');
INSERT INTO public.kunden VALUES (28, 'Yasmine', 'Chevalier', 'chevalier.yasmine@icloud.com', '618 17 59 10', '1992-11-13', 'avenue Jean Jaurès 67', '74575');
INSERT INTO public.kunden VALUES (29, 'Pascal', 'Brandauer', 'brandauer.pascal@sfr.fr', '07 75 89 53 53', '1972-12-10', 'Church Lane 38', '30980');
INSERT INTO public.kunden VALUES (30, 'Nicolas', 'Pemberton', 'pemberton.nicolas@t-online.de', '06 40 95 50 38', '1953-04-28', 'avenue Jean Jaurès 26', '28710');
INSERT INTO public.kunden VALUES (31, 'Thibault', 'Moreau', 'thibault_moreau@gmail.com', '(206) 696-5671', '1956-01-10', 'Church Lane 41', '22842');
INSERT INTO public.kunden VALUES (32, 'Cormac', 'Lindqvist', 'clindqvist@outlook.es', '(206) 257-2933', '1949-04-03', 'Gran Vía 47', '88296');
INSERT INTO public.kunden VALUES (33, 'Leocadia', 'Marchetti', 'leocadiamarchetti83@gmx.de', '608 08 30 06', '2002-03-18', 'boulevard Voltaire 96', '24699');
INSERT INTO public.kunden VALUES (34, 'Henrike', 'Fontaine', 'hfontaine@protonmail.com', '07886 136053', '1956-01-11', 'Gran Vía 2', '48977');
INSERT INTO public.kunden VALUES (35, 'Océane', 'Oberholzer', 'oceane.oberholzer@free.fr', '(312) 809-3173', '1979-06-27', 'boulevard Voltaire 75', '12665');
INSERT INTO public.kunden VALUES (36, 'Damien', 'Garnier', 'damien.garnier@laposte.net', '688 73 62 71', '1946-02-14', 'Church Lane 27', '14207');
INSERT INTO public.kunden VALUES (37, 'Maëlys', 'Fontaine', 'mfontaine@icloud.com', '07 73 08 50 17', '1950-07-04', 'Calle de Alcalá 44', '72504');
INSERT INTO public.kunden VALUES (38, 'Mateo', 'Haverkamp', 'mateohaverkamp91@web.de', '06 05 34 89 76', '1959-07-17', 'avenue Jean Jaurès 49', '28556');
INSERT INTO public.kunden VALUES (39, 'Laurent', 'Lefèvre', 'laurent.lefevre@gmx.de', '(415) 834-7540', '1986-05-02', 'Gran Vía 51', '84489');
INSERT INTO public.kunden VALUES (40, 'Cormac', 'Pemberton', 'cpemberton@free.fr', '634 55 73 48', '1983-11-18', 'avenue Jean Jaurès 96', '56365');
INSERT INTO public.kunden VALUES (41, 'Gaëlle', 'Iglesias', 'giglesias@web.de', '(206) 808-5154', '1953-05-07', 'Lindenstraße 90', '48886');
INSERT INTO public.kunden VALUES (42, 'Sébastien', 'Faure', 'sebastien_faure@sfr.fr', '07 51 02 49 54', '1979-01-12', 'Hauptstraße 61', '40750');
INSERT INTO public.kunden VALUES (43, 'Karine', 'Brandauer', 'kbrandauer@web.de', '07 82 23 96 33', '1989-07-22', 'Hauptstraße 49', '15565');
INSERT INTO public.kunden VALUES (44, 'Karine', 'Lefèvre', 'lefevre.karine@gmx.de', '679 60 33 16', '1963-01-14', 'Lindenstraße 56', '42696');
INSERT INTO public.kunden VALUES (45, 'Sébastien', 'Blanchard', 'blanchard.sebastien@protonmail.com', '(206) 470-3800', '1988-04-08', 'boulevard Voltaire 83', '70515');
INSERT INTO public.kunden VALUES (46, 'Siobhan', 'Lefèvre', 'siobhan.lefevre@web.de', '07 87 61 37 63', '1956-02-22', 'Church Lane 12', '32685');
INSERT INTO public.kunden VALUES (47, 'Bastien', 'Marchetti', 'bastien_marchetti@web.de', '06 81 36 51 23', '1986-04-09', 'High Street 31', '74824');
INSERT INTO public.kunden VALUES (48, 'Élodie', 'Ashcombe', 'elodie.ashcombe@free.fr', '660 86 39 96', '1977-04-23', 'avenue Jean Jaurès 33', '62431');
INSERT INTO public.kunden VALUES (49, 'Ottilie', 'Iglesias', 'ottilie.iglesias@free.fr', '07520 717665', '1951-04-15', 'Church Lane 73', '93046');
INSERT INTO public.kunden VALUES (50, 'Valentin', 'Guérin', 'valentin_guerin@hotmail.co.uk', '07418 191088', '1977-07-24', 'chemin des Vignes 55', '36111');
INSERT INTO public.kunden VALUES (51, 'Valentin', 'Pemberton', 'valentin.pemberton@protonmail.com', '(415) 309-6680', '1995-06-01', 'Church Lane 82', '46388');
INSERT INTO public.kunden VALUES (52, 'Lucía', 'Villanueva', 'lvillanueva@icloud.com', '646 08 03 45', '1957-11-11', 'High Street 39', '12133');
INSERT INTO public.kunden VALUES (53, 'Rupert', 'Blanchard', 'rblanchard@outlook.es', '07459 348504', '1999-01-11', 'Calle de Alcalá 84', '76211');
INSERT INTO public.kunden VALUES (54, 'Cormac', 'Lefèvre', 'cormaclefevre52@outlook.es', '07760 872545', '1955-12-08', 'boulevard Voltaire 69', '35108');
INSERT INTO public.kunden VALUES (55, 'Karine', 'Kowalczyk', 'kowalczyk.karine@gmail.com', '07 74 97 48 69', '1983-01-08', 'Lindenstraße 67', '18681');
INSERT INTO public.kunden VALUES (56, 'Nicolas', 'Iglesias', 'niglesias@telefonica.net', '(312) 681-2862', '1949-11-03', 'Lindenstraße 93', '11450');
INSERT INTO public.kunden VALUES (57, 'Friederike', 'Faure', 'friederike_faure@gmx.de', '(312) 429-7678', '2001-04-27', 'boulevard Voltaire 79', '69730');
INSERT INTO public.kunden VALUES (58, 'Alejandro', 'Lefèvre', 'alefevre@gmail.com', '682 40 21 28', '1950-10-24', 'Church Lane 97', '36950');
INSERT INTO public.kunden VALUES (59, 'Henrike', 'Guérin', 'henrike_guerin@web.de', '637 80 58 16', '1955-03-02', 'High Street 40', '60461');
INSERT INTO public.kunden VALUES (60, 'Romane', 'Girard', 'romane.girard@icloud.com', '(617) 251-4791', '1996-09-28', 'Gran Vía 89', '38676');


--
-- Data for Name: payment_methods; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.payment_methods VALUES (1, 1, 'Sébastien Castellanos', '6011806033513445', 'DE23008498138465358240', '706');
INSERT INTO public.payment_methods VALUES (2, 2, 'Maëlys Lindqvist', '3719 971535 84030', 'DE97622942463040838772', '587');
INSERT INTO public.payment_methods VALUES (3, 3, 'Damien Blanchard', '4528017097373624', 'DE05 2610 7729 8203 7778 45', '840');
INSERT INTO public.payment_methods VALUES (4, 4, 'Imogen Thornbury', '5558 2708 8409 4362', 'BE92206996958894', '913');
INSERT INTO public.payment_methods VALUES (5, 5, 'Ottilie Quaglieri', '5346409013834465', 'IT65W8388538727839869474346', '274');
INSERT INTO public.payment_methods VALUES (6, 6, 'Amélie Quaglieri', '6011 6084 5614 9313', 'GB69 QAFM 6697 4988 7092 40', '157');
INSERT INTO public.payment_methods VALUES (7, 7, 'Leocadia Chevalier', '5243895972215155', 'NL09CAEJ0164561515', '739');
INSERT INTO public.payment_methods VALUES (8, 8, 'Mateo Garnier', '5118 0281 1404 6237', 'FR8117590910160455504381441', '421');
INSERT INTO public.payment_methods VALUES (9, 9, 'Mateo Bermúdez', '6011796063110701', 'DE49 4244 1968 2096 9284 00', '420');
INSERT INTO public.payment_methods VALUES (10, 10, 'Mateo Whitfield', '6011 6186 8745 8466', 'GB69ORZB84743792055497', '977');
INSERT INTO public.payment_methods VALUES (11, 11, 'Yasmine Iglesias', '375736051561070', 'GB96PCVQ53097732082218', '167');
INSERT INTO public.payment_methods VALUES (12, 12, 'Quentin Marchetti', '3480 042296 97878', 'DE87 0698 8382 8583 8995 65', '193');
INSERT INTO public.payment_methods VALUES (13, 13, 'Laurent Haverkamp', '346875242753513', 'ES1046063777249792731155', '815');
INSERT INTO public.payment_methods VALUES (14, 14, 'Alejandro Quaglieri', '3707 302589 74868', 'DE71497354197474953362', '537');
INSERT INTO public.payment_methods VALUES (15, 15, 'Nicolas Lefèvre', '4595523730549684', 'GB12 VVYD 5292 6218 9773 18', '847');
INSERT INTO public.payment_methods VALUES (16, 16, 'Lucía Kleinschmidt', '6011 0774 2143 6884', 'ES2134141208436593349938', '873');
INSERT INTO public.payment_methods VALUES (17, 17, 'Imogen Blanchard', '377812289247747', 'GB24SWKG08865805302110', '456');
INSERT INTO public.payment_methods VALUES (18, 18, 'Sébastien Kowalczyk', '3449 183275 94550', 'NL88 RERF 7809 6720 85', '915');
INSERT INTO public.payment_methods VALUES (19, 19, 'Cormac Oberholzer', '6011398335248086', 'IT86I1842475894204977612328', '915');
INSERT INTO public.payment_methods VALUES (20, 20, 'Hugo Quaglieri', '5268 1059 9439 5013', 'BE67183955971612', '355');
INSERT INTO public.payment_methods VALUES (21, 21, 'Ximena Mercier', '346801614757833', 'GB41 EOKL 0025 0065 8222 88', '915');
INSERT INTO public.payment_methods VALUES (22, 22, 'Thibault Villanueva', '5193 7645 7529 2146', 'DE85776992322882911625', '179');
INSERT INTO public.payment_methods VALUES (23, 23, 'Santiago Boyer', '5580379676794758', 'NL98DIAF1106903571', '816');
INSERT INTO public.payment_methods VALUES (24, 24, 'Valentina Ashcombe', '3467 836995 85679', 'IT84 H507 9461 0609 0390 7212 151', '633');
INSERT INTO public.payment_methods VALUES (25, 25, 'Quentin Quaglieri', '5417602082061101', 'FR5593741452856197357031890', '156');
INSERT INTO public.payment_methods VALUES (26, 26, 'Chloé Brandauer', '4268 4243 2922 7202', 'GB79XUHG52277768650098', '243');
INSERT INTO public.payment_methods VALUES (27, 27, 'Maëlys Ashcombe', '374017925167274', 'BE95 5893 2008 8548', '199');
INSERT INTO public.payment_methods VALUES (28, 28, 'Valentina Bermúdez', '5327 4609 9506 4897', 'GB27AEDJ21750630539824', '588');
INSERT INTO public.payment_methods VALUES (29, 29, 'Valentina Lefèvre', '4900407729012484', 'IT57R3275286480007481277818', '289');
INSERT INTO public.payment_methods VALUES (30, 30, 'Yasmine Blanchard', '4419 4058 7795 1085', 'ES12 8986 3404 8983 2610 4684', '399');
INSERT INTO public.payment_methods VALUES (31, 31, 'Valentin Mercier', '6011083838792398', 'BE09523657973022', '534');
INSERT INTO public.payment_methods VALUES (32, 32, 'Pascal Haverkamp', '4365 9391 9937 8761', 'NL10KBKA8730827320', '649');
INSERT INTO public.payment_methods VALUES (33, 33, 'Lukas Fontaine', '6011442054946007', 'FR62 2519 0376 4768 2718 6219 771', '373');
INSERT INTO public.payment_methods VALUES (34, 34, 'Gaëlle Rousseau', '5225 9381 9307 1684', 'GB50DZIS49207031666188', '367');
INSERT INTO public.payment_methods VALUES (35, 35, 'Valentina Pemberton', '375999475824264', 'NL28XCPZ5354378822', '307');
INSERT INTO public.payment_methods VALUES (36, 36, 'Yasmine Ashcombe', '5352 1921 2158 2587', 'DE16 0357 1042 6849 6387 31', '726');
INSERT INTO public.payment_methods VALUES (37, 37, 'Valentin Lefèvre', '6011590054172444', 'BE15667472977378', '980');
INSERT INTO public.payment_methods VALUES (38, 38, 'Quentin Zubizarreta', '4972 6589 2942 8721', 'NL68BAMV9333572215', '375');
INSERT INTO public.payment_methods VALUES (39, 39, 'Declan Iglesias', '340648913950379', 'GB98 RUDM 9169 1612 4308 27', '538');
INSERT INTO public.payment_methods VALUES (40, 40, 'Jannik Oberholzer', '4339 9047 0492 3678', 'BE50670578840021', '160');
INSERT INTO public.payment_methods VALUES (41, 41, 'Thibault Faure', '6011819691345570', 'NL09QTUS4424460936', '356');
INSERT INTO public.payment_methods VALUES (42, 42, 'Hugo Whitfield', '5541 5908 7740 3050', 'GB90 BFGP 6695 5233 4984 92', '938');
INSERT INTO public.payment_methods VALUES (43, 43, 'Rupert Moreau', '4854547992882653', 'BE69298263028863', '186');
INSERT INTO public.payment_methods VALUES (44, 44, 'Declan Quaglieri', '6011 6157 5056 3180', 'GB96CDOC74694604693758', '621');
INSERT INTO public.payment_methods VALUES (45, 45, 'Thibault Zubizarreta', '4146945094681304', 'FR17 8191 7053 2538 2715 4433 226', '960');
INSERT INTO public.payment_methods VALUES (46, 46, 'Sébastien Lindqvist', '4979 8519 6171 9353', 'BE97002886852407', '720');
INSERT INTO public.payment_methods VALUES (47, 47, 'Damien Chevalier', '4289729358949095', 'DE85943846840622120259', '339');
INSERT INTO public.payment_methods VALUES (48, 48, 'Julien Villanueva', '6011 7852 5354 5867', 'IT02 O593 9244 9573 4523 8712 811', '716');
INSERT INTO public.payment_methods VALUES (49, 49, 'Friederike Castellanos', '379607691986298', 'IT96V3866436160519494590425', '313');
INSERT INTO public.payment_methods VALUES (50, 50, 'Ximena Fontaine', '5374 4342 6660 9567', 'FR1457127925502983056048789', '370');
INSERT INTO public.payment_methods VALUES (51, 51, 'Valentin Kowalczyk', '340615086259169', 'IT70 J723 8383 1700 3155 3253 358', '739');
INSERT INTO public.payment_methods VALUES (52, 52, 'Quentin Bermúdez', '5369 3988 3546 3045', 'DE77326219520289672167', '519');
INSERT INTO public.payment_methods VALUES (53, 53, 'Henrike Whitfield', '4934503075623658', 'FR6930557941404858985006669', '856');
INSERT INTO public.payment_methods VALUES (54, 54, 'Leocadia Girard', '3736 202204 74781', 'GB59 OVYB 4839 0323 4343 46', '682');
INSERT INTO public.payment_methods VALUES (55, 55, 'Cormac Girard', '377368791345313', 'IT09Z9030249873961591506453', '457');
INSERT INTO public.payment_methods VALUES (56, 56, 'Rupert Whitfield', '5237 8491 9778 2448', 'ES3062531385592421012055', '516');
INSERT INTO public.payment_methods VALUES (57, 57, 'Friederike Marchetti', '6011981314922415', 'DE30 7580 1855 4757 5836 77', '882');
INSERT INTO public.payment_methods VALUES (58, 58, 'Jannik Faure', '3408 254701 23570', 'FR6780206275666625540108382', '796');
INSERT INTO public.payment_methods VALUES (59, 59, 'Nicolas Echeverría', '341790718603164', 'DE98031392317655034010', '838');
INSERT INTO public.payment_methods VALUES (60, 60, 'Ximena Lefèvre', '5284 9479 1670 3638', 'DE36 9203 3438 6293 9343 21', '801');
INSERT INTO public.payment_methods VALUES (61, 61, 'Thibault Kleinschmidt', '5358158616798750', 'BE76002186181918', '926');
INSERT INTO public.payment_methods VALUES (62, 62, 'Mateo Lefèvre', '4119 4157 9460 3175', 'FR6312090098612986392108628', '623');
INSERT INTO public.payment_methods VALUES (63, 63, 'Rupert Iglesias', '6011386098475681', 'BE85 7850 4521 5977', '624');
INSERT INTO public.payment_methods VALUES (64, 64, 'Sébastien Boyer', '3422 921470 07728', 'BE28747875455360', '966');
INSERT INTO public.payment_methods VALUES (65, 65, 'Nicolas Castellanos', '4751322480146753', 'IT25P7605445536965729656614', '503');
INSERT INTO public.payment_methods VALUES (66, 66, 'Friederike Kleinschmidt', '4889 8152 4224 8119', 'BE46 0553 6881 5069', '411');
INSERT INTO public.payment_methods VALUES (67, 67, 'Sébastien Whitfield', '5241172073172889', 'GB11ULRW86380789602716', '603');
INSERT INTO public.payment_methods VALUES (68, 68, 'Amélie Echeverría', '5385 6246 6336 6111', 'FR6948559563399993291765063', '503');
INSERT INTO public.payment_methods VALUES (69, 69, 'Valentin Echeverría', '4492504005910714', 'IT62 R832 3766 6751 8695 0045 592', '304');
INSERT INTO public.payment_methods VALUES (70, 70, 'Declan Girard', '3453 093031 19266', 'DE38228971281583028088', '227');
INSERT INTO public.payment_methods VALUES (71, 71, 'Valentina Kowalczyk', '4554140841319565', 'IT40B9402415960623980744923', '229');
INSERT INTO public.payment_methods VALUES (72, 72, 'Henrike Faure', '4365 3938 5793 3881', 'NL88 TWCA 0615 1529 99', '953');
INSERT INTO public.payment_methods VALUES (73, 73, 'Lukas Blanchard', '4145543616837800', 'FR9239176188878359634465691', '940');
INSERT INTO public.payment_methods VALUES (74, 74, 'Romane Blanchard', '3714 151907 31217', 'BE92091776001557', '881');
INSERT INTO public.payment_methods VALUES (75, 75, 'Nicolas Haverkamp', '4526771697877242', 'IT48 Z764 3808 3482 1145 2703 580', '772');
INSERT INTO public.payment_methods VALUES (76, 76, 'Hugo Brandauer', '5118 3217 4086 6130', 'GB40AWFT82814838717582', '256');
INSERT INTO public.payment_methods VALUES (77, 77, 'Lucía Brandauer', '5405972805570819', 'ES1256348134508473739661', '486');
INSERT INTO public.payment_methods VALUES (78, 78, 'Declan Pemberton', '4462 0919 0192 3377', 'IT49 Y446 6286 3892 0595 9819 501', '465');
INSERT INTO public.payment_methods VALUES (79, 79, 'Maëlys Kleinschmidt', '6011216061049710', 'GB38YVLH65093831528178', '763');
INSERT INTO public.payment_methods VALUES (80, 80, 'Santiago Echeverría', '6011 8557 3718 1793', 'ES8817593463807108576335', '627');
INSERT INTO public.payment_methods VALUES (81, 81, 'Damien Villanueva', '5193222700358530', 'FR63 9653 1767 5973 6967 2073 311', '442');
INSERT INTO public.payment_methods VALUES (82, 82, 'Océane Girard', '6011 7134 3032 3230', 'FR3118872994830747400623677', '191');
INSERT INTO public.payment_methods VALUES (83, 83, 'Lucía Marchetti', '5300141927780823', 'FR1722876543529578830849081', '777');
INSERT INTO public.payment_methods VALUES (84, 84, 'Élodie Iglesias', '4566 8363 8367 7536', 'BE39 2332 7218 0362', '341');
INSERT INTO public.payment_methods VALUES (85, 85, 'Romane Brandauer', '6011905698085028', 'ES9804085461142263184428', '650');
INSERT INTO public.payment_methods VALUES (86, 86, 'Pascal Zubizarreta', '5370 3057 7008 0061', 'ES0488451736833551767248', '972');
INSERT INTO public.payment_methods VALUES (87, 87, 'Cormac Bermúdez', '6011659965193169', 'BE55 4429 1624 1716', '736');
INSERT INTO public.payment_methods VALUES (88, 88, 'Pascal Girard', '5205 3397 5360 3418', 'BE26084306324327', '331');
INSERT INTO public.payment_methods VALUES (89, 89, 'Thibault Thornbury', '5587145566660117', 'IT91Z0208961785743052800818', '225');
INSERT INTO public.payment_methods VALUES (90, 90, 'Jannik Kleinschmidt', '5585 6947 8642 8302', 'FR17 8472 2455 0695 1341 3522 142', '970');
INSERT INTO public.payment_methods VALUES (91, 91, 'Harriet Iglesias', '379264134667042', 'GB97KAPO85180907488458', '840');
INSERT INTO public.payment_methods VALUES (92, 92, 'Florian Garnier', '6011 1127 6764 7347', 'ES2770723290043625317970', '979');
INSERT INTO public.payment_methods VALUES (93, 93, 'Santiago Ashcombe', '346449128844356', 'DE95 2270 2096 4264 3790 81', '648');
INSERT INTO public.payment_methods VALUES (94, 94, 'Jannik Chevalier', '3732 109846 09838', 'FR6168815449422035037122400', '262');
INSERT INTO public.payment_methods VALUES (95, 95, 'Imogen Chevalier', '348587305547934', 'DE75872621379535121382', '119');
INSERT INTO public.payment_methods VALUES (96, 96, 'Yasmine Rousseau', '5520 5920 4911 7761', 'FR21 8226 5435 2508 5560 9072 563', '923');
INSERT INTO public.payment_methods VALUES (97, 97, 'Mateo Boyer', '6011971836160172', 'BE84774992320004', '381');
INSERT INTO public.payment_methods VALUES (98, 98, 'Jannik Garnier', '6011 1473 0722 3829', 'DE03629600529294742320', '167');
INSERT INTO public.payment_methods VALUES (99, 99, 'Damien Boyer', '4872194340387750', 'DE23 0687 3390 2632 2061 20', '414');
INSERT INTO public.payment_methods VALUES (100, 100, 'Thibault Quaglieri', '5419 9772 7483 1794', 'GB08JNSB71616428389057', '154');


--
-- Data for Name: support_tickets; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.support_tickets VALUES (1, 'Ticket 1', 'Call me back on +34 681 79 08 17 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-13 09:30:00+00');
INSERT INTO public.support_tickets VALUES (2, 'Ticket 2', 'My card 3474 367731 96512 was charged twice.
Thanks, Valentin', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (3, 'Ticket 3', 'Refund to IBAN GB92DJNH47442109800402 please.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (4, 'Ticket 4', 'Please update the delivery window to 14:00-16:00.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (5, 'Ticket 5', 'Hello, please write to me at ybermudez@t-online.de instead. Please update the delivery window to 14:00-16:00.', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (6, 'Ticket 6', 'Call me back on +1 415 657 5605 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (7, 'Ticket 7', 'My card 5283 5437 7924 4868 was charged twice.
Thanks, Sébastien', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (8, 'Ticket 8', 'Refund to IBAN BE06 2818 4122 7011 please.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (9, 'Ticket 9', 'Please update the delivery window to 14:00-16:00.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (10, 'Ticket 10', 'Hello, please write to me at leocadia_moreau@gmail.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (11, 'Ticket 11', 'Call me back on +44 7401 539303 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (12, 'Ticket 12', 'My card 4975 0346 4445 0159 was charged twice.
Thanks, Mateo', '2024-06-22 09:30:00+00');
INSERT INTO public.support_tickets VALUES (13, 'Ticket 13', 'Refund to IBAN DE40120580667564879580 please.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (14, 'Ticket 14', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (15, 'Ticket 15', 'Hello, please write to me at lukas.iglesias@hotmail.co.uk instead. Please update the delivery window to 14:00-16:00.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (16, 'Ticket 16', 'Call me back on +44 7870 546936 after 6pm. Invoice 48151623 was paid twice.', '2024-06-15 09:30:00+00');
INSERT INTO public.support_tickets VALUES (17, 'Ticket 17', 'My card 4877 2027 5719 3374 was charged twice.
Thanks, Valentina', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (18, 'Ticket 18', 'Refund to IBAN BE80 0655 5916 1485 please.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (19, 'Ticket 19', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (20, 'Ticket 20', 'Hello, please write to me at oceanewhitfield50@protonmail.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (21, 'Ticket 21', 'Call me back on +33 7 85 93 47 30 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (22, 'Ticket 22', 'My card 3704 118245 32379 was charged twice.
Thanks, Thibault', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (23, 'Ticket 23', 'Refund to IBAN NL95DPRQ1461419211 please.', '2024-06-17 09:30:00+00');
INSERT INTO public.support_tickets VALUES (24, 'Ticket 24', 'Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (25, 'Ticket 25', 'Hello, please write to me at henrikepemberton70@web.de instead. App version 10.2.45.1 crashes on start.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (26, 'Ticket 26', 'Call me back on +1 303 848 7562 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (27, 'Ticket 27', 'My card 5128 5645 9952 2837 was charged twice.
Thanks, Cormac', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (28, 'Ticket 28', 'Refund to IBAN FR7417116589311757881821190 please.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (29, 'Ticket 29', 'Invoice 48151623 was paid twice.', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (30, 'Ticket 30', 'Hello, please write to me at gaelle.bermudez@protonmail.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (31, 'Ticket 31', 'Call me back on +44 7818 246329 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (32, 'Ticket 32', 'My card 3792 982177 31903 was charged twice.
Thanks, Hugo', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (33, 'Ticket 33', 'Refund to IBAN NL66 WOWJ 2722 5003 75 please.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (34, 'Ticket 34', 'Please update the delivery window to 14:00-16:00.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (35, 'Ticket 35', 'Hello, please write to me at maelys.faure@sfr.fr instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-22 09:30:00+00');
INSERT INTO public.support_tickets VALUES (36, 'Ticket 36', 'Call me back on +1 617 268 4012 after 6pm. Invoice 48151623 was paid twice.', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (37, 'Ticket 37', 'My card 3402 607211 81690 was charged twice.
Thanks, Henrike', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (38, 'Ticket 38', 'Refund to IBAN NL10 QSIY 3238 9056 46 please.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (39, 'Ticket 39', 'App version 10.2.45.1 crashes on start.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (40, 'Ticket 40', 'Hello, please write to me at sebastien_mercier@laposte.net instead. Please update the delivery window to 14:00-16:00.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (41, 'Ticket 41', 'Call me back on +44 7925 290073 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (42, 'Ticket 42', 'My card 3412 159501 08532 was charged twice.
Thanks, Lucía', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (43, 'Ticket 43', 'Refund to IBAN GB83YHPS05971106839830 please.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (44, 'Ticket 44', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (45, 'Ticket 45', 'Hello, please write to me at leocadia.boyer@gmx.de instead. Please update the delivery window to 14:00-16:00.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (46, 'Ticket 46', 'Call me back on +1 303 696 4944 after 6pm. Invoice 48151623 was paid twice.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (47, 'Ticket 47', 'My card 6011 6221 7783 1711 was charged twice.
Thanks, Chloé', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (48, 'Ticket 48', 'Refund to IBAN GB84 TRMY 1438 3328 8704 54 please.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (49, 'Ticket 49', 'Please update the delivery window to 14:00-16:00.', '2024-06-26 09:30:00+00');
INSERT INTO public.support_tickets VALUES (50, 'Ticket 50', 'Hello, please write to me at chloegirard74@gmx.de instead. Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (51, 'Ticket 51', 'Call me back on +34 667 92 97 62 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (52, 'Ticket 52', 'My card 5334 8026 4066 1547 was charged twice.
Thanks, Santiago', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (53, 'Ticket 53', 'Refund to IBAN NL29 GWNN 5208 3029 18 please.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (54, 'Ticket 54', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (55, 'Ticket 55', 'Hello, please write to me at amelie.chevalier@yahoo.fr instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-13 09:30:00+00');
INSERT INTO public.support_tickets VALUES (56, 'Ticket 56', 'Call me back on +34 646 19 49 00 after 6pm. Invoice 48151623 was paid twice.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (57, 'Ticket 57', 'My card 6011 2240 9914 9767 was charged twice.
Thanks, Sébastien', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (58, 'Ticket 58', 'Refund to IBAN ES67 0834 9530 6627 2399 0763 please.', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (59, 'Ticket 59', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (60, 'Ticket 60', 'Hello, please write to me at chloethornbury67@gmail.com instead. App version 10.2.45.1 crashes on start.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (61, 'Ticket 61', 'Call me back on +34 670 57 27 91 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (62, 'Ticket 62', 'My card 3439 735944 53007 was charged twice.
Thanks, Harriet', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (63, 'Ticket 63', 'Refund to IBAN IT44U1384670880154305494110 please.', '2024-06-07 09:30:00+00');
INSERT INTO public.support_tickets VALUES (64, 'Ticket 64', 'App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (65, 'Ticket 65', 'Hello, please write to me at kleinschmidt.laurent@yahoo.fr instead. Invoice 48151623 was paid twice.', '2024-06-15 09:30:00+00');
INSERT INTO public.support_tickets VALUES (66, 'Ticket 66', 'Call me back on +34 654 35 95 15 after 6pm. Invoice 48151623 was paid twice.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (67, 'Ticket 67', 'My card 6011 3590 4879 3511 was charged twice.
Thanks, Rupert', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (68, 'Ticket 68', 'Refund to IBAN NL08 OHHW 0491 2624 21 please.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (69, 'Ticket 69', 'Please update the delivery window to 14:00-16:00.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (70, 'Ticket 70', 'Hello, please write to me at santiago_castellanos@yahoo.fr instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (71, 'Ticket 71', 'Call me back on +34 669 57 41 29 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (72, 'Ticket 72', 'My card 3426 335980 83074 was charged twice.
Thanks, Karine', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (73, 'Ticket 73', 'Refund to IBAN FR63 5271 8894 3544 1393 2020 650 please.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (74, 'Ticket 74', 'App version 10.2.45.1 crashes on start.', '2024-06-15 09:30:00+00');
INSERT INTO public.support_tickets VALUES (75, 'Ticket 75', 'Hello, please write to me at sebastien.rousseau@web.de instead. Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (76, 'Ticket 76', 'Call me back on +33 6 63 47 57 30 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (77, 'Ticket 77', 'My card 3461 413709 16053 was charged twice.
Thanks, Lukas', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (78, 'Ticket 78', 'Refund to IBAN GB22WRNP49565976233001 please.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (79, 'Ticket 79', 'App version 10.2.45.1 crashes on start.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (80, 'Ticket 80', 'Hello, please write to me at schevalier@laposte.net instead. App version 10.2.45.1 crashes on start.', '2024-06-26 09:30:00+00');
INSERT INTO public.support_tickets VALUES (81, 'Ticket 81', 'Call me back on +44 7544 776094 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (82, 'Ticket 82', 'My card 6011 6147 4500 7817 was charged twice.
Thanks, Leocadia', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (83, 'Ticket 83', 'Refund to IBAN NL60 QKZC 5776 3669 07 please.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (84, 'Ticket 84', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (85, 'Ticket 85', 'Hello, please write to me at girard.florian@t-online.de instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (86, 'Ticket 86', 'Call me back on +34 675 96 65 07 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (87, 'Ticket 87', 'My card 5186 0796 5104 3597 was charged twice.
Thanks, Henrike', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (88, 'Ticket 88', 'Refund to IBAN BE73 9409 8256 6640 please.', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (89, 'Ticket 89', 'Please update the delivery window to 14:00-16:00.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (90, 'Ticket 90', 'Hello, please write to me at lfontaine@gmail.com instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (91, 'Ticket 91', 'Call me back on +33 6 64 59 14 70 after 6pm. Invoice 48151623 was paid twice.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (92, 'Ticket 92', 'My card 3494 145360 00790 was charged twice.
Thanks, Romane', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (93, 'Ticket 93', 'Refund to IBAN FR7813766292217736913666830 please.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (94, 'Ticket 94', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-02 09:30:00+00');
INSERT INTO public.support_tickets VALUES (95, 'Ticket 95', 'Hello, please write to me at florian.brandauer@icloud.com instead. Invoice 48151623 was paid twice.', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (96, 'Ticket 96', 'Call me back on +34 684 22 37 74 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (97, 'Ticket 97', 'My card 6011 3287 3938 9350 was charged twice.
Thanks, Yasmine', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (98, 'Ticket 98', 'Refund to IBAN GB91VADE15647283997519 please.', '2024-06-07 09:30:00+00');
INSERT INTO public.support_tickets VALUES (99, 'Ticket 99', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (100, 'Ticket 100', 'Hello, please write to me at gblanchard@btinternet.com instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-22 09:30:00+00');
INSERT INTO public.support_tickets VALUES (101, 'Ticket 101', 'Call me back on +44 7513 074787 after 6pm. Invoice 48151623 was paid twice.', '2024-06-15 09:30:00+00');
INSERT INTO public.support_tickets VALUES (102, 'Ticket 102', 'My card 5217 7898 6026 9139 was charged twice.
Thanks, Florian', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (103, 'Ticket 103', 'Refund to IBAN GB08 FYGP 2564 8636 0821 04 please.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (104, 'Ticket 104', 'Invoice 48151623 was paid twice.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (105, 'Ticket 105', 'Hello, please write to me at elodie.whitfield@gmail.com instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (106, 'Ticket 106', 'Call me back on +44 7540 624863 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (107, 'Ticket 107', 'My card 6011 6566 6659 7391 was charged twice.
Thanks, Leocadia', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (108, 'Ticket 108', 'Refund to IBAN GB18 XLIR 2613 8733 6786 93 please.', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (109, 'Ticket 109', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (110, 'Ticket 110', 'Hello, please write to me at laurent_marchetti@web.de instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (111, 'Ticket 111', 'Call me back on +34 685 61 09 34 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-17 09:30:00+00');
INSERT INTO public.support_tickets VALUES (112, 'Ticket 112', 'My card 6011 6139 9579 8042 was charged twice.
Thanks, Henrike', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (113, 'Ticket 113', 'Refund to IBAN FR43 3699 7677 8294 5478 5572 435 please.', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (114, 'Ticket 114', 'Please update the delivery window to 14:00-16:00.', '2024-06-02 09:30:00+00');
INSERT INTO public.support_tickets VALUES (115, 'Ticket 115', 'Hello, please write to me at imogen.lindqvist@t-online.de instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (116, 'Ticket 116', 'Call me back on +33 7 62 63 19 72 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (117, 'Ticket 117', 'My card 4344 6717 5969 3067 was charged twice.
Thanks, Mateo', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (118, 'Ticket 118', 'Refund to IBAN IT52 T734 3101 8101 0638 9503 008 please.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (119, 'Ticket 119', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-07 09:30:00+00');
INSERT INTO public.support_tickets VALUES (120, 'Ticket 120', 'Hello, please write to me at pascal.kowalczyk@laposte.net instead. App version 10.2.45.1 crashes on start.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (121, 'Ticket 121', 'Call me back on +44 7818 659315 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (122, 'Ticket 122', 'My card 4973 5266 0718 9973 was charged twice.
Thanks, Laurent', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (123, 'Ticket 123', 'Refund to IBAN NL90ARRP7153897798 please.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (124, 'Ticket 124', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-17 09:30:00+00');
INSERT INTO public.support_tickets VALUES (125, 'Ticket 125', 'Hello, please write to me at siobhanvillanueva72@protonmail.com instead. App version 10.2.45.1 crashes on start.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (126, 'Ticket 126', 'Call me back on +1 617 475 8328 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-22 09:30:00+00');
INSERT INTO public.support_tickets VALUES (127, 'Ticket 127', 'My card 3415 550518 42517 was charged twice.
Thanks, Rupert', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (128, 'Ticket 128', 'Refund to IBAN ES65 9782 5769 1308 2996 8905 please.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (129, 'Ticket 129', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (130, 'Ticket 130', 'Hello, please write to me at yasmine.zubizarreta@outlook.es instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (131, 'Ticket 131', 'Call me back on +44 7452 624151 after 6pm. Invoice 48151623 was paid twice.', '2024-06-02 09:30:00+00');
INSERT INTO public.support_tickets VALUES (132, 'Ticket 132', 'My card 6011 0870 9952 7484 was charged twice.
Thanks, Thibault', '2024-06-20 09:30:00+00');
INSERT INTO public.support_tickets VALUES (133, 'Ticket 133', 'Refund to IBAN ES20 2718 5333 1457 7851 7386 please.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (134, 'Ticket 134', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (135, 'Ticket 135', 'Hello, please write to me at echeverria.oceane@outlook.es instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (136, 'Ticket 136', 'Call me back on +1 303 446 4883 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (137, 'Ticket 137', 'My card 4225 9798 1971 3187 was charged twice.
Thanks, Inès', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (138, 'Ticket 138', 'Refund to IBAN DE07 8070 6855 1886 4351 61 please.', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (139, 'Ticket 139', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (140, 'Ticket 140', 'Hello, please write to me at alejandrorousseau49@gmx.de instead. App version 10.2.45.1 crashes on start.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (141, 'Ticket 141', 'Call me back on +34 654 50 65 53 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (142, 'Ticket 142', 'My card 3765 113593 10994 was charged twice.
Thanks, Cormac', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (143, 'Ticket 143', 'Refund to IBAN BE92 8144 2352 9318 please.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (144, 'Ticket 144', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (145, 'Ticket 145', 'Hello, please write to me at elodie.lindqvist@yahoo.fr instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-12 09:30:00+00');
INSERT INTO public.support_tickets VALUES (146, 'Ticket 146', 'Call me back on +33 7 32 12 53 47 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (147, 'Ticket 147', 'My card 6011 9298 3206 5803 was charged twice.
Thanks, Élodie', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (148, 'Ticket 148', 'Refund to IBAN NL14 QSYS 6996 7043 71 please.', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (149, 'Ticket 149', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-06 09:30:00+00');
INSERT INTO public.support_tickets VALUES (150, 'Ticket 150', 'Hello, please write to me at leocadia_faure@gmail.com instead. Please update the delivery window to 14:00-16:00.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (151, 'Ticket 151', 'Call me back on +33 6 02 01 33 40 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (152, 'Ticket 152', 'My card 4042 7058 1882 1403 was charged twice.
Thanks, Gaëlle', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (153, 'Ticket 153', 'Refund to IBAN GB09RMCC76572599922619 please.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (154, 'Ticket 154', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (155, 'Ticket 155', 'Hello, please write to me at guerin.bastien@yahoo.fr instead. Invoice 48151623 was paid twice.', '2024-06-02 09:30:00+00');
INSERT INTO public.support_tickets VALUES (156, 'Ticket 156', 'Call me back on +1 212 538 1155 after 6pm. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (157, 'Ticket 157', 'My card 4472 1587 3543 0222 was charged twice.
Thanks, Alejandro', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (158, 'Ticket 158', 'Refund to IBAN GB97CKSP37453843773177 please.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (159, 'Ticket 159', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (160, 'Ticket 160', 'Hello, please write to me at ameliegirard95@icloud.com instead. Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (161, 'Ticket 161', 'Call me back on +44 7423 905565 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-26 09:30:00+00');
INSERT INTO public.support_tickets VALUES (162, 'Ticket 162', 'My card 3408 892070 58160 was charged twice.
Thanks, Yasmine', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (163, 'Ticket 163', 'Refund to IBAN ES09 3299 2683 2175 3735 9713 please.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (164, 'Ticket 164', 'App version 10.2.45.1 crashes on start.', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (165, 'Ticket 165', 'Hello, please write to me at julien.haverkamp@orange.fr instead. Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (166, 'Ticket 166', 'Call me back on +34 647 82 39 19 after 6pm. Invoice 48151623 was paid twice.', '2024-06-07 09:30:00+00');
INSERT INTO public.support_tickets VALUES (167, 'Ticket 167', 'My card 4693 7432 7222 5946 was charged twice.
Thanks, Thibault', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (168, 'Ticket 168', 'Refund to IBAN GB13IYWF80468683618583 please.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (169, 'Ticket 169', 'App version 10.2.45.1 crashes on start.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (170, 'Ticket 170', 'Hello, please write to me at chloeblanchard71@protonmail.com instead. Invoice 48151623 was paid twice.', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (171, 'Ticket 171', 'Call me back on +44 7514 338446 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (172, 'Ticket 172', 'My card 5127 0341 0153 3020 was charged twice.
Thanks, Mateo', '2024-06-15 09:30:00+00');
INSERT INTO public.support_tickets VALUES (173, 'Ticket 173', 'Refund to IBAN FR9084551750743083162181542 please.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (174, 'Ticket 174', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (175, 'Ticket 175', 'Hello, please write to me at kleinschmidt.harriet@protonmail.com instead. Invoice 48151623 was paid twice.', '2024-06-08 09:30:00+00');
INSERT INTO public.support_tickets VALUES (176, 'Ticket 176', 'Call me back on +33 7 68 87 24 26 after 6pm. Please update the delivery window to 14:00-16:00.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (177, 'Ticket 177', 'My card 3429 339825 00893 was charged twice.
Thanks, Friederike', '2024-06-25 09:30:00+00');
INSERT INTO public.support_tickets VALUES (178, 'Ticket 178', 'Refund to IBAN IT66I1269187509482289081891 please.', '2024-06-16 09:30:00+00');
INSERT INTO public.support_tickets VALUES (179, 'Ticket 179', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-19 09:30:00+00');
INSERT INTO public.support_tickets VALUES (180, 'Ticket 180', 'Hello, please write to me at ottilie.ashcombe@icloud.com instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-23 09:30:00+00');
INSERT INTO public.support_tickets VALUES (181, 'Ticket 181', 'Call me back on +33 7 88 36 87 87 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-02 09:30:00+00');
INSERT INTO public.support_tickets VALUES (182, 'Ticket 182', 'My card 5467 4744 0746 8398 was charged twice.
Thanks, Karine', '2024-06-04 09:30:00+00');
INSERT INTO public.support_tickets VALUES (183, 'Ticket 183', 'Refund to IBAN IT77 Q557 0508 1997 9248 5401 242 please.', '2024-06-17 09:30:00+00');
INSERT INTO public.support_tickets VALUES (184, 'Ticket 184', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-03 09:30:00+00');
INSERT INTO public.support_tickets VALUES (185, 'Ticket 185', 'Hello, please write to me at ines.mercier@free.fr instead. Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (186, 'Ticket 186', 'Call me back on +1 206 282 1443 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (187, 'Ticket 187', 'My card 6011 5012 8810 4301 was charged twice.
Thanks, Santiago', '2024-06-14 09:30:00+00');
INSERT INTO public.support_tickets VALUES (188, 'Ticket 188', 'Refund to IBAN DE38 2987 5218 9018 9468 65 please.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (189, 'Ticket 189', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-21 09:30:00+00');
INSERT INTO public.support_tickets VALUES (190, 'Ticket 190', 'Hello, please write to me at amelieoberholzer60@orange.fr instead. App version 10.2.45.1 crashes on start.', '2024-06-01 09:30:00+00');
INSERT INTO public.support_tickets VALUES (191, 'Ticket 191', 'Call me back on +44 7491 226355 after 6pm. App version 10.2.45.1 crashes on start.', '2024-06-11 09:30:00+00');
INSERT INTO public.support_tickets VALUES (192, 'Ticket 192', 'My card 5593 8921 9421 3155 was charged twice.
Thanks, Lucía', '2024-06-09 09:30:00+00');
INSERT INTO public.support_tickets VALUES (193, 'Ticket 193', 'Refund to IBAN GB60YBTS00816128567357 please.', '2024-06-24 09:30:00+00');
INSERT INTO public.support_tickets VALUES (194, 'Ticket 194', 'Order 2024-03-15 shipped in 3 parcels, tracking 1Z999AA10123456784.', '2024-06-05 09:30:00+00');
INSERT INTO public.support_tickets VALUES (195, 'Ticket 195', 'Hello, please write to me at alejandro_ashcombe@yahoo.fr instead. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-28 09:30:00+00');
INSERT INTO public.support_tickets VALUES (196, 'Ticket 196', 'Call me back on +1 617 862 2762 after 6pm. Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-27 09:30:00+00');
INSERT INTO public.support_tickets VALUES (197, 'Ticket 197', 'My card 6011 3609 2871 7570 was charged twice.
Thanks, Karine', '2024-06-10 09:30:00+00');
INSERT INTO public.support_tickets VALUES (198, 'Ticket 198', 'Refund to IBAN ES07 5676 1592 6555 8520 6796 please.', '2024-06-26 09:30:00+00');
INSERT INTO public.support_tickets VALUES (199, 'Ticket 199', 'Request id 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.', '2024-06-18 09:30:00+00');
INSERT INTO public.support_tickets VALUES (200, 'Ticket 200', 'Hello, please write to me at damien_haverkamp@btinternet.com instead. Invoice 48151623 was paid twice.', '2024-06-19 09:30:00+00');


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_profiles VALUES (1, '{"contact": {"email": "echeverria.jannik@protonmail.com", "phone": "620 89 80 02"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (2, '{"bank": {"iban": "FR8482774672297744541828285"}, "contact": {"email": "piglesias@icloud.com", "phone": "07452 194141"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (3, '{"contact": {"email": "quentin_ashcombe@telefonica.net", "phone": "07 44 73 68 22"}, "identity": {"first_name": "Quentin", "date_of_birth": "1999-01-26"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (4, '{"bank": {"iban": "GB82AJTR52422184323780"}, "contact": {"email": "karine.zubizarreta@orange.fr", "phone": "07819 625843"}, "payment": {"card_number": "375576025545274"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (5, '{"contact": {"email": "friederike_oberholzer@protonmail.com", "phone": "07 51 14 73 45"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (6, '{"bank": {"iban": "IT65W6729155243259119089101"}, "contact": {"email": "nguerin@telefonica.net", "phone": "677 94 32 09"}, "identity": {"first_name": "Nicolas", "date_of_birth": "2003-10-26"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (7, '{"contact": {"email": "harrietgarnier54@t-online.de", "phone": "07536 321036"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (8, '{"bank": {"iban": "DE21050178785059409753"}, "contact": {"email": "hugomoreau40@t-online.de", "phone": "(617) 947-5019"}, "payment": {"card_number": "5530507534964020"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (9, '{"contact": {"email": "luciagarnier83@free.fr", "phone": "605 37 90 38"}, "identity": {"first_name": "Lucía", "date_of_birth": "1940-06-19"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (10, '{"bank": {"iban": "NL02TKDV6100801603"}, "contact": {"email": "declan.oberholzer@telefonica.net", "phone": "657 24 22 21"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (11, '{"contact": {"email": "julienblanchard46@icloud.com", "phone": "(212) 436-6594"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (12, '{"bank": {"iban": "FR2677844885596212596703387"}, "contact": {"email": "guerin.siobhan@outlook.es", "phone": "(617) 718-1367"}, "payment": {"card_number": "5356918841437363"}, "identity": {"first_name": "Siobhan", "date_of_birth": "1958-01-22"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (13, '{"contact": {"email": "fguerin@telefonica.net", "phone": "06 45 38 73 68"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (14, '{"bank": {"iban": "BE18901501922607"}, "contact": {"email": "echeverria.rupert@t-online.de", "phone": "06 22 70 86 74"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (15, '{"contact": {"email": "friederikepemberton50@yahoo.fr", "phone": "(415) 362-2895"}, "identity": {"first_name": "Friederike", "date_of_birth": "1999-03-10"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (16, '{"bank": {"iban": "FR7917162622803358936620254"}, "contact": {"email": "oceane.pemberton@t-online.de", "phone": "652 52 29 72"}, "payment": {"card_number": "4154533374423073"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (17, '{"contact": {"email": "guerin.damien@protonmail.com", "phone": "07897 224101"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (18, '{"bank": {"iban": "BE82580045883377"}, "contact": {"email": "jannik_pemberton@icloud.com", "phone": "07841 242490"}, "identity": {"first_name": "Jannik", "date_of_birth": "1988-04-02"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (19, '{"contact": {"email": "declan_thornbury@orange.fr", "phone": "652 15 17 16"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (20, '{"bank": {"iban": "FR4084983446033536161862231"}, "contact": {"email": "blanchard.oceane@gmail.com", "phone": "07521 848455"}, "payment": {"card_number": "5374623625428137"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (21, '{"contact": {"email": "pwhitfield@sfr.fr", "phone": "07850 841195"}, "identity": {"first_name": "Pascal", "date_of_birth": "1977-06-16"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (22, '{"bank": {"iban": "FR1729487543438360672336197"}, "contact": {"email": "olefevre@free.fr", "phone": "07736 958005"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (23, '{"contact": {"email": "amarchetti@gmail.com", "phone": "07736 754623"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (24, '{"bank": {"iban": "FR6083640229497529799031900"}, "contact": {"email": "lukas_whitfield@web.de", "phone": "07476 581464"}, "payment": {"card_number": "5160539617471232"}, "identity": {"first_name": "Lukas", "date_of_birth": "1958-10-14"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (25, '{"contact": {"email": "imogen.brandauer@icloud.com", "phone": "690 59 57 91"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (26, '{"bank": {"iban": "IT29P6974400162537527754984"}, "contact": {"email": "thornbury.santiago@orange.fr", "phone": "(303) 861-5851"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (27, '{"contact": {"email": "agarnier@free.fr", "phone": "698 58 50 90"}, "identity": {"first_name": "Alejandro", "date_of_birth": "1960-02-22"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (28, '{"bank": {"iban": "IT42Q4130699382772358407562"}, "contact": {"email": "florian.rousseau@web.de", "phone": "06 40 48 07 73"}, "payment": {"card_number": "4872769671380530"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (29, '{"contact": {"email": "pkleinschmidt@laposte.net", "phone": "648 65 00 33"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (30, '{"bank": {"iban": "GB85GDWA93826253590031"}, "contact": {"email": "guerin.hugo@telefonica.net", "phone": "684 17 89 25"}, "identity": {"first_name": "Hugo", "date_of_birth": "1946-07-28"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (31, '{"contact": {"email": "abermudez@yahoo.fr", "phone": "(415) 505-1039"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (32, '{"bank": {"iban": "GB50PMUA81951325086802"}, "contact": {"email": "henrikekleinschmidt98@icloud.com", "phone": "(303) 609-6631"}, "payment": {"card_number": "375813272075733"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (33, '{"contact": {"email": "yasmine.thornbury@gmx.de", "phone": "06 29 64 42 89"}, "identity": {"first_name": "Yasmine", "date_of_birth": "1940-09-22"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (34, '{"bank": {"iban": "FR3014296288923273596093083"}, "contact": {"email": "santiagokowalczyk52@gmail.com", "phone": "(212) 348-2701"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (35, '{"contact": {"email": "lukas_echeverria@t-online.de", "phone": "(415) 446-4584"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (36, '{"bank": {"iban": "DE03928691754161775352"}, "contact": {"email": "elodie_brandauer@free.fr", "phone": "07802 013061"}, "payment": {"card_number": "5403575610794342"}, "identity": {"first_name": "Élodie", "date_of_birth": "1954-01-10"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (37, '{"contact": {"email": "rupertgarnier56@gmx.de", "phone": "(415) 495-7534"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (38, '{"bank": {"iban": "IT49M4998557754782076727704"}, "contact": {"email": "florianguerin64@sfr.fr", "phone": "(303) 339-7179"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (39, '{"contact": {"email": "alejandro_villanueva@icloud.com", "phone": "(415) 526-0147"}, "identity": {"first_name": "Alejandro", "date_of_birth": "1953-10-12"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (40, '{"bank": {"iban": "NL79DKAH9905627045"}, "contact": {"email": "yasmine.pemberton@icloud.com", "phone": "600 12 54 77"}, "payment": {"card_number": "348472161985090"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (41, '{"contact": {"email": "lucia_boyer@web.de", "phone": "(206) 650-0225"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (42, '{"bank": {"iban": "DE75869600041643944294"}, "contact": {"email": "maelys.castellanos@t-online.de", "phone": "07538 087999"}, "identity": {"first_name": "Maëlys", "date_of_birth": "1948-12-24"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (43, '{"contact": {"email": "pascal.rousseau@sfr.fr", "phone": "653 43 14 37"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (44, '{"bank": {"iban": "ES1262393005012045691753"}, "contact": {"email": "laurent_lindqvist@yahoo.fr", "phone": "683 47 04 74"}, "payment": {"card_number": "375039583235044"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (45, '{"contact": {"email": "sebastien.thornbury@laposte.net", "phone": "639 90 62 26"}, "identity": {"first_name": "Sébastien", "date_of_birth": "1982-03-25"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (46, '{"bank": {"iban": "FR5299819078774282603178490"}, "contact": {"email": "santiago_girard@yahoo.fr", "phone": "(415) 358-7853"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (47, '{"contact": {"email": "ottiliegarnier41@laposte.net", "phone": "07789 775529"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (48, '{"bank": {"iban": "BE48831039311368"}, "contact": {"email": "inesbermudez61@outlook.es", "phone": "(617) 462-5744"}, "payment": {"card_number": "5498600510837987"}, "identity": {"first_name": "Inès", "date_of_birth": "1991-06-13"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (49, '{"contact": {"email": "damienecheverria89@free.fr", "phone": "(312) 457-2587"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (50, '{"bank": {"iban": "GB66YXJO55746377420611"}, "contact": {"email": "romanemoreau82@sfr.fr", "phone": "637 37 71 72"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (51, '{"contact": {"email": "ximenagarnier83@icloud.com", "phone": "07482 174444"}, "identity": {"first_name": "Ximena", "date_of_birth": "1975-12-24"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (52, '{"bank": {"iban": "BE75250777382878"}, "contact": {"email": "florian.mercier@yahoo.fr", "phone": "685 59 31 44"}, "payment": {"card_number": "4921290767507424"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (53, '{"contact": {"email": "siobhankowalczyk83@btinternet.com", "phone": "07887 811214"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (54, '{"bank": {"iban": "BE33387052202805"}, "contact": {"email": "mercier.declan@btinternet.com", "phone": "07 70 71 44 07"}, "identity": {"first_name": "Declan", "date_of_birth": "1961-06-18"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (55, '{"contact": {"email": "imogen_castellanos@protonmail.com", "phone": "06 22 01 77 81"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (56, '{"bank": {"iban": "GB51QSUI67149190006010"}, "contact": {"email": "opemberton@protonmail.com", "phone": "639 67 51 69"}, "payment": {"card_number": "4723700290285132"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (57, '{"contact": {"email": "sebastien.garnier@yahoo.fr", "phone": "699 49 68 45"}, "identity": {"first_name": "Sébastien", "date_of_birth": "1983-07-24"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (58, '{"bank": {"iban": "GB10DMYP57238033781542"}, "contact": {"email": "lukas.oberholzer@free.fr", "phone": "07492 716762"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (59, '{"contact": {"email": "henrike_castellanos@telefonica.net", "phone": "633 29 23 59"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (60, '{"bank": {"iban": "DE92665526929715249418"}, "contact": {"email": "castellanos.hugo@icloud.com", "phone": "(303) 575-5109"}, "payment": {"card_number": "347503553477014"}, "identity": {"first_name": "Hugo", "date_of_birth": "1974-10-27"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (61, '{"contact": {"email": "maelysvillanueva69@hotmail.co.uk", "phone": "07481 154742"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (62, '{"bank": {"iban": "BE96137705312044"}, "contact": {"email": "leocadia_blanchard@laposte.net", "phone": "680 16 32 82"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (63, '{"contact": {"email": "rupertvillanueva52@protonmail.com", "phone": "07865 114624"}, "identity": {"first_name": "Rupert", "date_of_birth": "1990-01-15"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (64, '{"bank": {"iban": "ES3551571727094027403212"}, "contact": {"email": "thibaultlindqvist45@protonmail.com", "phone": "06 67 15 24 68"}, "payment": {"card_number": "6011085790468370"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (65, '{"contact": {"email": "bbermudez@telefonica.net", "phone": "07730 857406"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (66, '{"bank": {"iban": "BE59668979820564"}, "contact": {"email": "boyer.oceane@gmail.com", "phone": "663 27 17 14"}, "identity": {"first_name": "Océane", "date_of_birth": "1984-12-24"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (67, '{"contact": {"email": "thibault.whitfield@hotmail.co.uk", "phone": "(303) 743-0981"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (68, '{"bank": {"iban": "IT61J1008023672621022981062"}, "contact": {"email": "gaelle.guerin@free.fr", "phone": "07859 310952"}, "payment": {"card_number": "5460159521436291"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (69, '{"contact": {"email": "siobhan.echeverria@hotmail.co.uk", "phone": "(212) 635-0008"}, "identity": {"first_name": "Siobhan", "date_of_birth": "2004-08-10"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (70, '{"bank": {"iban": "NL73JRPL3239630070"}, "contact": {"email": "nicolas.bermudez@gmx.de", "phone": "(312) 389-2285"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (71, '{"contact": {"email": "fontaine.leocadia@telefonica.net", "phone": "07558 341322"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (72, '{"bank": {"iban": "FR3754258725353791655217498"}, "contact": {"email": "alejandro.fontaine@t-online.de", "phone": "07 90 81 10 05"}, "payment": {"card_number": "4308679511694715"}, "identity": {"first_name": "Alejandro", "date_of_birth": "1973-06-07"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (73, '{"contact": {"email": "ximena_castellanos@outlook.es", "phone": "(617) 598-0999"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (74, '{"bank": {"iban": "ES7290924188249051011566"}, "contact": {"email": "damien_marchetti@laposte.net", "phone": "07 60 09 95 42"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (75, '{"contact": {"email": "pemberton.pascal@outlook.es", "phone": "(415) 587-0393"}, "identity": {"first_name": "Pascal", "date_of_birth": "1947-04-04"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (76, '{"bank": {"iban": "NL61KLQW0150771847"}, "contact": {"email": "rupert.brandauer@sfr.fr", "phone": "07876 492463"}, "payment": {"card_number": "4067074259927199"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (77, '{"contact": {"email": "crousseau@web.de", "phone": "06 35 06 46 86"}, "preferences": {"language": "es", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (78, '{"bank": {"iban": "NL14DQKU6191275891"}, "contact": {"email": "quaglieri.henrike@gmx.de", "phone": "(303) 640-1685"}, "identity": {"first_name": "Henrike", "date_of_birth": "1954-11-13"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (79, '{"contact": {"email": "sebastien_lefevre@web.de", "phone": "07 36 37 16 16"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (80, '{"bank": {"iban": "IT54D9184733411408776296251"}, "contact": {"email": "azubizarreta@laposte.net", "phone": "06 59 97 40 33"}, "payment": {"card_number": "4657174508484046"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (81, '{"contact": {"email": "marchetti.siobhan@free.fr", "phone": "664 13 74 77"}, "identity": {"first_name": "Siobhan", "date_of_birth": "1943-07-20"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (82, '{"bank": {"iban": "BE23103384476732"}, "contact": {"email": "lukas.girard@hotmail.co.uk", "phone": "07499 163701"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (83, '{"contact": {"email": "vhaverkamp@icloud.com", "phone": "07567 008843"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (84, '{"bank": {"iban": "DE29067964883542639030"}, "contact": {"email": "siobhan_blanchard@free.fr", "phone": "07899 389695"}, "payment": {"card_number": "374567066218609"}, "identity": {"first_name": "Siobhan", "date_of_birth": "1945-10-04"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (85, '{"contact": {"email": "koberholzer@yahoo.fr", "phone": "06 43 05 39 79"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (86, '{"bank": {"iban": "IT83G5614732683222184598663"}, "contact": {"email": "fpemberton@yahoo.fr", "phone": "665 92 78 29"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (87, '{"contact": {"email": "cormac_kleinschmidt@orange.fr", "phone": "06 99 14 96 48"}, "identity": {"first_name": "Cormac", "date_of_birth": "1974-10-07"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (88, '{"bank": {"iban": "FR1731557891722335247542802"}, "contact": {"email": "lukas_chevalier@outlook.es", "phone": "06 44 03 90 16"}, "payment": {"card_number": "5436403723938212"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (89, '{"contact": {"email": "maelysthornbury47@protonmail.com", "phone": "(415) 929-8696"}, "preferences": {"language": "en", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (90, '{"bank": {"iban": "ES0881795166046744764730"}, "contact": {"email": "valentina.girard@btinternet.com", "phone": "605 77 52 47"}, "identity": {"first_name": "Valentina", "date_of_birth": "1960-05-26"}, "preferences": {"language": "es", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (91, '{"contact": {"email": "quentin_garnier@gmx.de", "phone": "610 00 88 84"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (92, '{"bank": {"iban": "DE08553217246429769128"}, "contact": {"email": "harriet_ashcombe@gmx.de", "phone": "07465 911079"}, "payment": {"card_number": "4663402926301282"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (93, '{"contact": {"email": "amelie_lindqvist@outlook.es", "phone": "675 82 44 75"}, "identity": {"first_name": "Amélie", "date_of_birth": "2003-06-02"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (94, '{"bank": {"iban": "ES9743702968939591233235"}, "contact": {"email": "chloe_lefevre@telefonica.net", "phone": "684 36 79 17"}, "preferences": {"language": "de", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (95, '{"contact": {"email": "yasmine.lefevre@btinternet.com", "phone": "603 62 24 30"}, "preferences": {"language": "de", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (96, '{"bank": {"iban": "DE58280286564844819066"}, "contact": {"email": "jiglesias@outlook.es", "phone": "617 90 27 68"}, "payment": {"card_number": "347524845611475"}, "identity": {"first_name": "Julien", "date_of_birth": "1952-11-08"}, "preferences": {"language": "en", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (97, '{"contact": {"email": "ottilielindqvist83@protonmail.com", "phone": "(617) 238-1802"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (98, '{"bank": {"iban": "NL96MGRZ5325620863"}, "contact": {"email": "lpemberton@outlook.es", "phone": "07593 668458"}, "preferences": {"language": "fr", "newsletter": true}}');
INSERT INTO public.user_profiles VALUES (99, '{"contact": {"email": "julienfaure51@gmx.de", "phone": "07832 657972"}, "identity": {"first_name": "Julien", "date_of_birth": "1994-11-26"}, "preferences": {"language": "fr", "newsletter": false}}');
INSERT INTO public.user_profiles VALUES (100, '{"bank": {"iban": "BE27707299282170"}, "contact": {"email": "lwhitfield@telefonica.net", "phone": "699 40 57 32"}, "payment": {"card_number": "6011695879307057"}, "preferences": {"language": "de", "newsletter": true}}');


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


