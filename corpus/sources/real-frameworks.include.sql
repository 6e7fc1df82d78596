-- Schema shared by real-frameworks-clean.sql and real-frameworks-dirty.sql: the tables web frameworks create
-- in every application database, as Rails (ActiveStorage, sessions, schema_migrations, ar_internal_metadata),
-- Django (auth_user, django_session), WordPress (wp_options, wp_users) and Laravel (failed_jobs) write them,
-- beside an app's own settings key/value table, translation strings and integration config with maps keyed by ids.
SET client_min_messages = warning;

CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL PRIMARY KEY,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE public.active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL UNIQUE,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE public.sessions (
    id bigserial PRIMARY KEY,
    session_id character varying NOT NULL UNIQUE,
    data text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE TABLE public.settings (
    name character varying(120) NOT NULL PRIMARY KEY,
    value text
);
CREATE TABLE public.translations (
    id serial PRIMARY KEY,
    key character varying NOT NULL,
    locale character varying(8) NOT NULL,
    value text NOT NULL
);
CREATE TABLE public.integrations (
    id serial PRIMARY KEY,
    provider character varying NOT NULL,
    config jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE TABLE public.auth_user (
    id serial PRIMARY KEY,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL UNIQUE,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    date_joined timestamp with time zone NOT NULL
);
CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL PRIMARY KEY,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);
CREATE TABLE public.wp_options (
    option_id bigserial PRIMARY KEY,
    option_name character varying(191) NOT NULL UNIQUE,
    option_value text NOT NULL,
    autoload character varying(20) NOT NULL DEFAULT 'yes'
);
CREATE TABLE public.wp_users (
    "ID" bigserial PRIMARY KEY,
    user_login character varying(60) NOT NULL,
    user_pass character varying(255) NOT NULL,
    user_nicename character varying(50) NOT NULL,
    user_email character varying(100) NOT NULL,
    user_url character varying(100) NOT NULL DEFAULT '',
    user_registered timestamp without time zone NOT NULL,
    display_name character varying(250) NOT NULL
);
CREATE TABLE public.failed_jobs (
    id bigserial PRIMARY KEY,
    uuid character varying NOT NULL UNIQUE,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp without time zone NOT NULL DEFAULT '2024-01-01 00:00:00'
);

INSERT INTO public.schema_migrations (version) SELECT (20230101000000 + g * 1000)::text FROM generate_series(1, 40) AS g;

INSERT INTO public.translations (key, locale, value) VALUES
('auth.password.reset_link', 'en', 'Click <a href="{url}">here</a> to reset your password'),
('auth.password.reset_link', 'de', 'Klicken Sie <a href="{url}">hier</a>, um Ihr Passwort zurückzusetzen'),
('auth.token.expires', 'en', 'Your token expires in %d minutes'),
('auth.api_key.label', 'en', 'API key'),
('auth.secret.hint', 'en', 'Keep your secret key on the server: never paste it into a web page'),
('support.contact', 'en', 'Contact support@example.com'),
('setup.database.help', 'en', 'Database connection string, e.g. postgres://user:password@host/db'),
('setup.database.help', 'de', 'Verbindungszeichenfolge, z. B. postgres://user:password@host/db'),
('footer.hosted_by', 'en', 'Hosted by {hostname}'),
('welcome', 'en', 'Welcome, {{ user.first_name }}!'),
('welcome', 'fr', 'Bienvenue, {{ user.first_name }} !');

INSERT INTO public.failed_jobs (uuid, connection, queue, payload, exception) VALUES
('0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03', 'redis', 'default',
 '{"uuid":"0b9f3c1e-6a2d-4f8e-9c71-2d5e8a4b1f03","displayName":"App\\Jobs\\SendInvoice","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":3,"data":{"commandName":"App\\Jobs\\SendInvoice"}}',
 'Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\SendInvoice has been attempted too many times. in /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/Worker.php:785'),
('5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28', 'redis', 'mail',
 '{"uuid":"5c2e7d90-1f4b-4a3c-8e62-9b0d1c7f4a28","displayName":"App\\Mail\\Welcome","job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"data":{"commandName":"Illuminate\\Mail\\SendQueuedMailable"}}',
 'Symfony\Component\Mailer\Exception\TransportException: Connection refused in /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154');
