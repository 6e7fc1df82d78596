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
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.accounts VALUES (1, 'Example Corp', 'Manufacturing', 'https://www.example.com', NULL);
INSERT INTO public.accounts VALUES (2, 'Sample Trading GmbH', 'Retail', 'https://sample.example.org', NULL);


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES (1, 'admin', 'Administrator', 'admin@example.com', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'c8a1e2f3-4b5c-4d6e-8f70-8192a3b4c5d6', NULL);
INSERT INTO public.users VALUES (2, 'agent1', 'Agent 1', 'agent1@example.com', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'd9b2f3a4-5c6d-4e7f-9081-92a3b4c5d6e7', 'REDACTED');
INSERT INTO public.users VALUES (3, 'agent2', 'Agent 2', 'agent2@example.com', '$2a$10$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'eac3a4b5-6d7e-4f80-a192-a3b4c5d6e7f8', '');


--
-- Data for Name: activity_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.activity_log VALUES (1, 1, 'login', '203.0.113.5', '2024-03-01 08:00:00.000001+00');
INSERT INTO public.activity_log VALUES (2, 2, 'export', '198.51.100.77', '2024-03-01 08:06:00+00');
INSERT INTO public.activity_log VALUES (3, 2, 'logout', '192.168.1.20', '2024-03-01 09:00:00+00');


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customers VALUES (1, 1, 'Customer 1', 'customer1@example.com', '+1 202-555-0101', 'Springfield', '2023-01-01 10:00:00+00');
INSERT INTO public.customers VALUES (2, 1, 'Customer 2', 'customer2@example.com', '+1 202-555-0102', 'Springfield', '2023-01-02 10:00:00+00');
INSERT INTO public.customers VALUES (3, 2, 'Customer 3', 'customer3@example.com', '+44 20 7946 0003', 'Anytown', '2023-01-03 10:00:00+00');
INSERT INTO public.customers VALUES (4, 2, 'Customer 4', 'customer4@example.com', '+44 20 7946 0004', 'Anytown', '2023-01-04 10:00:00+00');


--
-- Data for Name: contacts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.contacts VALUES (1, 1, 'Contact 1', 'Buyer', 'contact1@example.com', '+1 202-555-0111');
INSERT INTO public.contacts VALUES (2, 3, 'Contact 2', 'CFO', 'contact2@example.com', '+44 20 7946 0012');
INSERT INTO public.contacts VALUES (3, 4, 'Contact 3', 'Office', 'contact3@example.com', NULL);


--
-- Data for Name: db_servers; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.db_servers VALUES (1, 'primary', '192.0.2.50');
INSERT INTO public.db_servers VALUES (2, 'replica', '192.0.2.51');


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.events VALUES (1, 'Quarterly review', 'Organizer 1', 'organizer1@example.com', '2024-04-02 09:00:00+00');
INSERT INTO public.events VALUES (2, 'Trade fair', 'Organizer 2', 'organizer2@example.com', '2024-05-14 08:30:00+00');


--
-- Data for Name: integrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.integrations VALUES (1, 'ERP', 'jdbc:postgresql://erp.example.invalid:5432/erp?user=crm&password=REDACTED', 'Nightly sync, see https://wiki.example.com/erp-sync');
INSERT INTO public.integrations VALUES (2, 'Archive', 'jdbc:h2:mem:archive;USER=sa;PASSWORD=', 'In-memory for tests');


--
-- Data for Name: invoices; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.invoices VALUES (1, 1, 1, 1200.00, '2024-01-31');
INSERT INTO public.invoices VALUES (2, 2, 2, 80.50, '2024-02-29');
INSERT INTO public.invoices VALUES (3, 3, 1, 15.00, '2024-03-31');


--
-- Data for Name: misc_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.misc_values VALUES (1, '4006381333931', '1Z999AA10123456784', '48.8566, 2.3522', '0 */5 * * *', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', '0f8fad5b-d9cb-469f-a165-70867728950e', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'price_1MoBy5LkdIwHu7ixZhnattbh', '10.0.0.0/8, 192.168.0.0/16', '4.12.1.2', 'Order DE-2024-000123 shipped 31.12.2023 at 14:05, total 1,234.56 EUR, ISBN 978-3-16-148410-0, SIRET 732 829 320 00074');
INSERT INTO public.misc_values VALUES (2, '5901234123457', '9400111899223344556677', '-33.8688, 151.2093', '@daily', NULL, '7c9e6679-7425-40de-944b-e07fc1f90ae7', NULL, 'price_1MoBy5LkdIwHu7ixZhnattbi', '::1', '2.0.0-rc.1', 'Timezone Europe/Berlin, locale de_DE, MIME application/json, see RFC 5322 section 3.4.1');


--
-- Data for Name: phone_calls; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.phone_calls VALUES (1, 1, '+1 202-555-0111', 320, 'Asked for a quote, call back next week');
INSERT INTO public.phone_calls VALUES (2, 2, '020 7946 0012', 95, 'Left a message');


--
-- Data for Name: user_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.user_sessions VALUES (1, 1, 'REDACTED', '203.0.113.5', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', '2024-03-01 08:00:00+00');
INSERT INTO public.user_sessions VALUES (2, 2, 'REDACTED', '2001:db8::7', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', '2024-03-01 08:05:00+00');


--
-- PostgreSQL database dump complete
--


