-- Schema shared by real-crm-clean.sql and real-crm-dirty.sql: a CRM the way SuiteCRM, Odoo or a
-- home-grown Rails app stores it: customers.name, display names, contacts, organizers of events,
-- phone logs with national numbers, invoices with a tax_id foreign key, user sessions with a token
-- and the client's address, an activity log with the address in a varchar, integrations with JDBC URLs.

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    industry text,
    website text,
    vat_number text
);

CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    account_id integer REFERENCES public.accounts (id),
    name text NOT NULL,
    email text,
    phone text,
    city text,
    created_at timestamp with time zone
);

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    username text NOT NULL,
    user_display_name text,
    email text,
    encrypted_password text,
    salt text,
    api_token text
);

CREATE TABLE public.contacts (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES public.customers (id),
    contact_name text,
    title text,
    email text,
    phone text
);

CREATE TABLE public.events (
    id integer PRIMARY KEY,
    title text NOT NULL,
    organizer_name text,
    organizer_email text,
    starts_at timestamp with time zone
);

CREATE TABLE public.phone_calls (
    id integer PRIMARY KEY,
    contact_id integer REFERENCES public.contacts (id),
    number text,
    duration_s integer,
    notes text
);

CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES public.customers (id),
    tax_id integer,
    total numeric(12,2),
    issued_on date
);

CREATE TABLE public.user_sessions (
    id integer PRIMARY KEY,
    user_id integer REFERENCES public.users (id),
    token text NOT NULL,
    ip_address inet,
    user_agent text,
    created_at timestamp with time zone
);

CREATE TABLE public.activity_log (
    id integer PRIMARY KEY,
    user_id integer REFERENCES public.users (id),
    action text NOT NULL,
    ip varchar(50),
    occurred_at timestamp with time zone
);

CREATE TABLE public.integrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    connection_url text,
    notes text
);

CREATE TABLE public.db_servers (
    id integer PRIMARY KEY,
    role text NOT NULL,
    ip inet
);
