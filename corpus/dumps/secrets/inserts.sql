--
-- PostgreSQL database dump
--

\restrict 8zyZZ9AvYgKvI1rUyqn4g8RlbwlgBdinHxkRHNz0Of71FJNB2opkfvRH41SXb3r

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

--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: notify_ops(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.notify_ops() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM pg_notify('ops', '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');
END
$$;


ALTER FUNCTION public.notify_ops() OWNER TO postgres;

--
-- Name: sync_billing(); Type: PROCEDURE; Schema: public; Owner: postgres
--

CREATE PROCEDURE public.sync_billing()
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- billing key sk-ant-api03-2-uTFxfwl_DHwhfjfXFnWeGMYiFNWHV17hnQtLssaVZRc-ePf1kXxLc6f6RtRtuw_99h_eYAh_TjoeN1tEIeXl-IbfwODAA
  NULL;
END
$$;


ALTER PROCEDURE public.sync_billing() OWNER TO postgres;

--
-- Name: billing; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER billing FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'billing',
    host 'billing.example.com'
);


ALTER SERVER billing OWNER TO postgres;

--
-- Name: USER MAPPING app_user SERVER billing; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR app_user SERVER billing OPTIONS (
    password 'PwtOtALPnGdt!x',
    "user" 'billing_ro'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    label text NOT NULL,
    "userPassword" text,
    "api-key" text,
    "AUTH_TOKEN" text,
    tfa_secret text,
    session_cookie text,
    device_key text,
    password_changed_at timestamp with time zone,
    login_count integer,
    token_type text
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: directus_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.directus_users (
    id uuid NOT NULL,
    email text,
    token text
);


ALTER TABLE public.directus_users OWNER TO postgres;

--
-- Name: files; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.files (
    id uuid NOT NULL,
    public_id text,
    sha256_hash text,
    checksum character(64),
    thumbnail text,
    external_ref text,
    api_key_id text
);


ALTER TABLE public.files OWNER TO postgres;

--
-- Name: plant_rows; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plant_rows (
    id integer NOT NULL,
    label text NOT NULL,
    payload text
);


ALTER TABLE public.plant_rows OWNER TO postgres;

--
-- Name: partner_feed; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.partner_feed AS
 SELECT plant_rows.id,
    'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IlRlc3QiLCJpYXQiOjE1MTYyMzkwMjJ9.kow6gLXDgkgdhgaFGaLnXLcboqwoHjwo-y5tUvQRfjB'::text AS authorization_header
   FROM public.plant_rows;


ALTER TABLE public.partner_feed OWNER TO postgres;

--
-- Name: plant_arrays; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plant_arrays (
    id integer NOT NULL,
    label text NOT NULL,
    keys text[]
);


ALTER TABLE public.plant_arrays OWNER TO postgres;

--
-- Name: plant_json; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plant_json (
    id integer NOT NULL,
    label text NOT NULL,
    doc jsonb
);


ALTER TABLE public.plant_json OWNER TO postgres;

--
-- Name: role_passwords; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.role_passwords (
    rolname text NOT NULL,
    rolpassword text
);


ALTER TABLE public.role_passwords OWNER TO postgres;

--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhooks (
    id integer,
    url text DEFAULT 'https://hooks.slack.com/services/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'::text
);


ALTER TABLE public.webhooks OWNER TO postgres;

--
-- Name: COLUMN webhooks.url; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.webhooks.url IS 'rotated in May; the old key was AIzasg8OhZ34JIKOCS21TQomMpsbrK0hyJkJPt2';


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.accounts VALUES (1, 'account-plants', 'hunter2-but-longer', 'k-3AjqgzgWNBpY', 'tok-ZKCxCC021F8N', 'ZSX65NG2F0LS7VH6', 's%3AVChq6WpvA2KA03jYrrXyJ8sD83i1TL', 'OuegylPeX9aZ5Dc7Gs2Qv1hE4nIKn2zR', '2024-05-01 10:00:00+00', 3, 'bearer');
INSERT INTO public.accounts VALUES (2, 'account-placeholders', 'REDACTED', '***', 'xxxx', 'changeme', '', 'primary-device', '2024-05-02 10:00:00+00', 0, 'bearer');
INSERT INTO public.accounts VALUES (3, 'account-nulls', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: directus_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.directus_users VALUES ('00000000-0000-4000-8000-000000000001', 'ops@example.com', 'dtYUtR5dT5ks98K6S34FilXZt88HfE5T');
INSERT INTO public.directus_users VALUES ('00000000-0000-4000-8000-000000000002', 'viewer@example.com', NULL);


--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.files VALUES ('826e8142-e6ba-abe8-af77-9f5f490cf5f5', 'b04492c78a25be3feef02', 'd0b425e00e15a0d36b9b361f02bab63563aed6cb4665083905386c55d5b679fa', '8a859fd2a56cc37285bc3e307ef0d9fc1d2ec054ea3c7d0ec0ff547cbfacf8dd', 'data:image/png;base64,9V/xb2b0M2Ama5Xbb4/sAddgMQVDBq5KSzgFmPbP0RR9yW93bIQj5XonhUiaP5xD+251aHbWrZqcrEqk5y7Bk9D2Mcod26jbO8/LngV83JjQN58b7gDnWlRRR6J9rdmC', 'ext_f6e719fa684cf3f41a31a36a', 'key_1');
INSERT INTO public.files VALUES ('1c1c96fd-2cf8-330d-b0bf-a936ce82f3b9', '2c3a361fb1de561aa70f6', 'dab741b6289e7dccc1ed42330cae1accc2b755ce8079c2cd5d4b5366c9f769a6', 'e2ae5cc63623ee12f38dd87c86a88a85f98842e821b27199e11fde83befdb33d', 'data:image/png;base64,LDpCSddwcAWGSdvYItyveVdYb85CjPssqIuUdB7aiwdIFNkgk6yKD0ohY6uH3uUJujBqWPWIi+Dtyy/NBxICi5wKvlHG5mVdgd4tBE1PsZSTHwWMBCbGfHKF2PVlftZK', 'ext_979f41381c9b2432dec47010', 'key_2');
INSERT INTO public.files VALUES ('2548729e-9c3c-60cc-3789-dfb2408e475d', '5c1c8362831e766a32e86', '3edb4af0a0f7c03b911f09f72820d409dd0c9d86d183cac8a35848a8fc30a756', '738defdb70fe78f26b335ed653530183c483ab68dca9a3b81ad925826889f291', 'data:image/png;base64,9G3SilSZ2O/vC4+47h7BxaXkB8k4F0HVdrqN609Z7D92qCdzR/UlMOHPl5F1oXiYCzoYDRdhZcmF2F9+FC8e7Xwcl98XwGaSSCKwrwmmUlFVSWLGHiMymu0EzRkCDcO4', 'ext_66f137c5dc684da2a6a65917', 'key_3');
INSERT INTO public.files VALUES ('025ad219-ece1-125a-8f5a-0e74e32676cb', 'e1e3719adf572387c715f', 'b04813d4f04a27cbd8a5d7828344a0c7d206a486343f503cb7e3d53e1d8e95a0', '0ea3f61d1d2cd08f33906145a041d659ee7746fea76ff1f71841034a1c60f1fa', 'data:image/png;base64,RTnktIiQecKgCv6uC/wUOYQO8jeaH7gci6JzYa1HbWtIa6zFwtinGnPVG/jlIt6qJk7CYo3KKVXaHpuOAPIZQwASo/oADF3CbuZYw8WOEs7NWNZFXOw9ViHwx4dnWziq', 'ext_40d1d2ce03569076bd0dc1e0', 'key_4');
INSERT INTO public.files VALUES ('33e28153-f08d-cd28-a4c4-292ad4c866af', 'fc8ce54607854df8b72e7', 'c670ea433ba3699ac54bdae305d751c82c9bbd63fb9abaa08b54f169917a6b07', '5b0bb5f09336fa7dcfa5e1a5ca48362a155a45e08a841bf942a7db3e3869cb1a', 'data:image/png;base64,ZiIOcVkbLZM8DpNcE46/1gcQuR/i+3WZ7O1EMLPbs8k8VmGXSUI3lhS5Q9BZPkpeP4WQCrP7TOBkclwVzLk6AdC/Pm7h1mjeGMnKIApPFSBi80UoPuaMrf5BIE8hXXXp', 'ext_8abc9f05403163e038978c0e', 'key_5');
INSERT INTO public.files VALUES ('0bdd0d11-fd90-e8a6-bf25-e9c10737f67f', '1e772b1e4d57560422e07', '55d813dbec4fe80eee4a9247e1012cce7f86b13a740f1bc43efcbd37c12b1b30', 'e2e495465c06e756df3302ce91e3f1aec8efdc5410276358d02b6b725c310bf5', 'data:image/png;base64,cwvqT/FvIA+5MbBsrgil2o4nmBN3XX7YHmgLSneUb+EvXabpkhuqeUdZ7p9LNiVVvLPBZG61H2cSU7XX1xC3Xm21PJ1aLKcqhd3zpoHA2VZ4mfTEhjKi6bC+66DWk4SF', 'ext_4d51737f727510f291aa3a4b', 'key_6');
INSERT INTO public.files VALUES ('f1bd31cd-5980-d7d4-5d78-a6782fee5a6d', '2fb0584d55b205f7aa3b4', '52c390c1b9e956ccd506c44f99859878196b39bbd0a6879849e7eced0947007d', '848c2694bb80255665c0380952d1c3ab30c37e97881d487104bb7112617f0905', 'data:image/png;base64,IDd87J9R9r9bofpkZJ87FhTk7ugz/Q/FiT8k9uCsy6/hsKz4a5YhuME8oXuy8qI9Ziv6lART2OiXp3452ei9WfKNWw1vi+DahEbavnkETLntD/oxUKADk2FVQJ/neLiF', 'ext_6a2eae117dfec76448bb6a2f', 'key_7');
INSERT INTO public.files VALUES ('5dfe9023-13bc-6329-37c7-e5917d9a0408', 'b9459ba0a51d3f013a351', 'c4939f9b242f0e7f41a125d114ea5d86f81261b6a9cd84deabc747a66be32fa1', '86ab2ff90deec2f5486121b1f75f587b9787bd725df444046dfd51423377edbd', 'data:image/png;base64,zmCbW/O5dKhJB+I3rKMBEoYYK+mxuHyte06c9dC+NV+S7pPeAuqH21MCmPTWbGOYTyCmiZAZ49qxoY0jmSiRQH7WqDd7krSUchlfEgGvMENB2vSrs2Q/g36vs4BmER9t', 'ext_ba5dc3720a27fc1ae1dd8193', 'key_8');
INSERT INTO public.files VALUES ('308aef6e-4854-747b-ade3-4c07d306dbba', '4276bab6185d8e9fc4ccc', '2b5ae3f4fc02ae57cdf3c321b18bfc1a7edc26e6b3b9568818c37f6be12279f2', 'cebe594d8d58b5ba18b0bd2ab226e3c938cd398346f239d3100eaac50d670ce8', 'data:image/png;base64,KxIkLzBs3hxfNnDx6iDdTWOQMWvSMQLyy51kD0ixdNfLRA/i9+wg1U9HJmMM6624ZzllzLV6ZLvtp1eEL9JjdZUUS0Typf9ap5avFSvGH1mdtUstG37LxcWT7UrrR7oT', 'ext_9e54fd8f09e7a14c7ba7d9c7', 'key_9');
INSERT INTO public.files VALUES ('3786b5d7-7bb2-e9aa-6033-103090082359', '802a6701564f6209d6aad', '6ef35f13b50aab7599b93698285b20da9dc3291fdca3682ea660417ab8534b32', '4704d0d4b49ebd7dc662f125650c0287a32f81020afe2d8dae70503097cbfd28', 'data:image/png;base64,6A+2WscDhL2LqwNY1gt8vpbeWy3nwJXg2GlYUunGc68If0xxCddmNlNscSxRISUgGPot0P3euoBPHfeElNjqAR8xETTv4fmNWp4Em0LXxzw/nYJavjMZ4W4hz6Zfo2i3', 'ext_8a2f27645cabfc241dca23a3', 'key_10');
INSERT INTO public.files VALUES ('11312150-a2d0-a1e1-0fd7-aeabc86a402f', 'd2f0a4bc06f133edf30c1', 'e05d1e68c7a06cac7e3bda27c6262c0ec244b4bd42c567e80eb3f0cfa850f2b2', '46df4a9df7c40c02b939b3ba3a1be4503f16d42981a7e77a7524b269a89099c7', 'data:image/png;base64,6h/wZhlOnOX7wVM7JEAi+atT7xzy9EhvNflJ+7wb48aBAdFok/NCX7tP9yflUCdkeEIIqt8t86z6sgFi98dPx/S6+QHRufzBGp08cU/aUkRVqYda7OzHowsgKgWLxpbm', 'ext_8557425fe71de2afd2b6cf92', 'key_11');
INSERT INTO public.files VALUES ('695fa6bd-b927-2a11-3a52-4ad87f8e9138', 'ac7b10e3b16622d02bc74', '2c35b361e59a30f2fceee0095d9576fac8a54046adb15b6601ad7891a43cf8e2', '347b5b274a3ea93c975f36738246bca3444a1991f840b75b5e9fcf454a1c154b', 'data:image/png;base64,83UI0h6evafC684o8unz3Aj2FSccAobkY+fmReATWD2GUbK87xd26ev/0XD+sUMABK0rUuN8e1NImjH0MeGnr+u/tTVHt3ihJRWdDeOcC+BbAZ+kR+bTWL8armWSaqVT', 'ext_e92e48fb44827caa5e6d3647', 'key_12');
INSERT INTO public.files VALUES ('0a86008c-a789-8f3f-1b13-29a72a21e636', '07cef77b911ddd75c5d60', '0fc2d4e1ccbc29db1a8c31960d5b00dc2e50589b2489618d0747f431aacad714', '73527c8d611bd7d1cb4fab085ac532f8e0c3736684c478c6c1ead1b717d188e3', 'data:image/png;base64,MFNwaBBl2Zcak/InarNn8gJECRKV7lsL7GFfwvV2WNt2vbVjUwyZfm/fVcyJSzyNRUsU8FJCe14mSHgW8gZD+3TdpSgsgd4i9cjMnmN7EV82ZurwPleuYG7WC89eXj4c', 'ext_5bbf0f1de33f748b3c8ac3b9', 'key_13');
INSERT INTO public.files VALUES ('8ba04363-855f-4163-ae33-ff5436c2b82e', 'e7a56ef4b11deaba16b12', '5d13c27ac1dc9fb734a0a5fcc77f9ba06f8887041641450e86517d097737faeb', 'e6bebbdc8ac4ec3dd5a6f09a6e29f70a3299489d2e6fd6b2eb70e40ba980c3bc', 'data:image/png;base64,gI5m7FXhnPAacucc9X05teP+4QcNMNnJeXXY0Pv+mb0cyP9eaqAvn64ZZ1FVu9BUFIDSZ3q9rdHySPxm2vnp0vFychT073A/mT+j6KvSHxlKy5UqCDyGyysN5wqLCbnq', 'ext_7dbab8ec4ba7925fd207b0ca', 'key_14');
INSERT INTO public.files VALUES ('5fa647f4-7382-928b-adef-77b8c3fd19f6', '171f22036c9fa7030fea7', '55cb007ec4efff10db7f6c15e0f4e5f80d0a9a3dbb066e4fe368cdef3d315864', '79a8d1333c20c058bffdac4ff4aa3b200dd36ec5da86fd7fd5c73b6be1e091fc', 'data:image/png;base64,dcR7Hvdnow6znNtNlkYjUPtLWSlCbOeD0AwOEyOYybJA1nSZjAdSexKjHiljsGA6NLtGuh2/3VEiCgEPOzZNlPN0Fa+wU2LTw6gMn8TRbZqpfAah0uAWiYIVBvH/atdZ', 'ext_d0272d5378b9a8b06a84560e', 'key_15');
INSERT INTO public.files VALUES ('64dea6f2-e62c-12ad-ce0e-5a6571fb1352', 'def8d93d337916af2c055', '5b90e75db015671142d7d594d26c80222bb0dc82ab51cca0e546cde66007b5c7', '953b9eacafa7e488a4340740deb9f2e659d64d17b6ea845f0976d59897b144ad', 'data:image/png;base64,X5Wn0kLk6nUe2Cr7u8Nb8GfpikNaVbO2OGJq9gFHHCs7fp2i313pUjKCQkZWpRzjk1I4ZvkXn5OpJ0Q1OtdsujuX8MeCyWG8Tbilg53uzqV8npfGYGb94LJS8Ik09DtC', 'ext_dbffd3ef06caecbe62e22746', 'key_16');
INSERT INTO public.files VALUES ('38df7345-b7ce-f07a-f0c3-f1bc2e3704a9', 'a1029b141fc38b365770b', '984ec191d556ccf3f0c3b38a5a29c0b39b28b774cf0234dda79c742d4e5c961c', '9a2275e0d2c1eb8d7153d3cf7343f9d0fd529c77a9365182e7ebc3d314712a7c', 'data:image/png;base64,Yi3QxwTWrxI+6nYahXIUP5lTU1nM27ELpXorhKivDEwXu0L+KvZ3G0gVEy2tXZtLRtD98SGqu02qqnrNDDRHvjxE9D7TqbqpoXgFM65bxQQSq9qgNJbVKqn/xXcXHYXL', 'ext_63fcf627ee8d79d9377a90ed', 'key_17');
INSERT INTO public.files VALUES ('b6568930-87fc-778d-5e95-1ef050fac014', '11f9b2a1ad66fcc8a134f', '57a89111e8e99dbd09cc7bca47bf9eb809715c809683d8525cd668daa4cd3afe', '92ce898a4da9e0f1975eb596b7c39aa21a6ae1e0694f836b733dc9fc23dc2689', 'data:image/png;base64,KE20PDF1j5rvdc0LsLQSSrmEX07cyqsaaM1MnVyikI785tCnW/WlAMl8OuCJMG69LXHC5/ZKWPf3TKnuaXEY8Aia5S/fgaXuPXtCU6sKa2HFhfVxf34y0bYvv2ma1ba9', 'ext_5d5642c8b5a9184bfc93f4b2', 'key_18');
INSERT INTO public.files VALUES ('fbf1b773-eb71-0a85-40b5-c47cebd5a0c8', 'ab6fe87b2ea442651432f', 'ac3f0a0e1c7f511b13e2ff82c6b9a90589a6c0f7963d9f8ee51923bf5caf6de0', '4b32583b355da1f7840f89ea6e7b0ff65314eabb47f7d361badd7ed70bdebd2f', 'data:image/png;base64,qhR3xBvETJdfmIjONFNFk/1BXX0FyBqpsOX7605GNG+b/qEOHQP8CvWqFivfDtuZzDEmC7hJ+tfMYUQKg0HJcWOpgxjEFb9bAMnYZ+QQmp2cr4I45FD6S4EEV7P5QSJI', 'ext_0bcf7f441ea369d66b1ee9e2', 'key_19');
INSERT INTO public.files VALUES ('6001d67d-06e9-2521-a9d6-8204060142ba', '847db64375ea55434d732', '4d0feeaed94310d0c21678e4adb1457716b0ebc54288065743639ceb818c1071', '4d4f3fdf1c99182b34189234e638b83540a5e581fbdd67e442a1af2aa384cf3c', 'data:image/png;base64,IDPbBn6QUSTveOqCN8cZkPbLvFvr2k/sV4SdgdlFw+rcYMTKR2BmF54TkxiolMyqe9MHMYnk+AWVBYBPAIcOTfx/6cEtdKQkbBP5IAtSCeqOTJbAcCwbE6l+yc30Z6IU', 'ext_e675ae93df6529aa52785bcf', 'key_20');
INSERT INTO public.files VALUES ('66b8eeec-7ef3-0a72-715c-3a97fd68627e', '94c91b7b4f5af564f0e07', '05fe4a4889d39c321be61640d85e9813a89b95a5a3f16c84ec0b0c25e57e09f3', '3c0680730b12489941c85b83b2f658b856e580a737d7e4ea6d24d280d1fe0989', 'data:image/png;base64,6gDRoEUMVWqOMonh6384LlX/50TszpgvPisab00h2zUFbfP0+o+Kr5b6bDhi4K8vvA4Mba0/J2h6nUKuNXc/Uan2gVdHwbL5Rm53jCwMlcB1j0le19FTaP5H/52ezLZ0', 'ext_82b98234c30c96395b55305b', 'key_21');
INSERT INTO public.files VALUES ('3203e0ee-611a-1aa8-f4a2-3677783a41d3', '18878625fa79a523c37aa', 'be9876f9f032d7ea87a182c5c8277094b4ccdcc823ded6a93e096497f9d389c6', 'da7f54a95ba7c93abe17002e1697725ffaaab08e3c28035b67b7a50622dd1a54', 'data:image/png;base64,4qjbWTdOzQLxF3P6iC78vs1Ji9snfYn1sAf306K0MzrE/6cUa8dbGxszUtU2NAGY8fHhCrSyMjsFI6HM/7fiHES6wzmuOl1jurynhl7eY851Kn+Yley6xPURUksXmZLD', 'ext_2a4050dcff6cf1570d6efa54', 'key_22');
INSERT INTO public.files VALUES ('e5d7bac4-4480-2f7e-d6c2-89dac8e5b6cc', '4332439d30f00e9e3bd4e', 'f0756cdde2e43ec0104a11ec09c8a62af5e81bbb75ac0168d7ebd4069bc95824', 'd0b8b5c23d08c107f614636594761ae1cfef3c7908d9efa520e844f70128a0ee', 'data:image/png;base64,nvh5BSB+r+ztcdo4qSJgcfxGIeVeQmixMSP+jqPGjVSiEvBydpYSErDs+MQHv/bql8NE8wCHRXwOGzVpu5cRtQtQALHpR5rRqCcSlbyXe7+DYs0QnuGJmcL/jTCVQ4ts', 'ext_33dcb83f2fc0b07e60717c6d', 'key_23');
INSERT INTO public.files VALUES ('15964360-0d66-20fb-457b-0e6580d9cb63', 'bc71a1944fefd8089ed7c', 'e76e074ffa5ded1bece562886e81dec8475b19dfb00cb90de9907af9706869f4', 'c764d906d7aa09a8361901d4e235b9438fe8cb8256a62c351cc8e553f8b0d2a2', 'data:image/png;base64,lSUyw8ecCmAKbKFri4DG+ZNSXBfnRAvPWHbAycG8D99hvAyPQ6goqaBjMklBo1oE9feGvrRert5w/azjk9jiNWAcIYsGvYrPhY+uCI93sAxL0ExnlmIVIpz4OKaSiJ9c', 'ext_3fea635c638e0fa86dcb85e6', 'key_24');
INSERT INTO public.files VALUES ('eacd7f38-972d-4575-0b5b-9813be3fd566', '97ed69d095b46e354a958', 'e0ef2ec13a7f922499d04b4d7ab2ae6690dd1336e62f26a37762c0d9a64dc782', 'edc33e0fa5e65081f206daa75a9d7146b9663f822d36be75effcf4bd9a528e2a', 'data:image/png;base64,utmm8OKAdtpcRdR/XNizwBNY+u5i1531wqb2BfjpSrP9LUyrPSmgkf9VjPqU8fppOAr1fNwxzDx5Kxs9khxRsTCZT4BcR3bWYmYLpoQNdaHt303/Ye53yx5uKo8ST+c8', 'ext_50bbc84df3f368115bbd9d00', 'key_25');


--
-- Data for Name: plant_arrays; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.plant_arrays VALUES (1, 'array-keys', '{plain-value,sk_live_piXkF8UrzecJmXN3ppiSbdCJSBct93}');


--
-- Data for Name: plant_json; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.plant_json VALUES (1, 'json-doc', '{"creds": {"api_key": "plain-UUAkbm2I4l"}, "slack": {"webhook": "https://hooks.slack.com/services/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"}, "theme": "dark"}');
INSERT INTO public.plant_json VALUES (2, 'json-service-account', '{"type": "service_account", "client_id": "1234567890", "project_id": "acme-prod", "private_key": "-----BEGIN PRIVATE KEY-----\nJqy3Sut38i2jakBaZ3hb8erAN6CSs8GAAf3huHSaN0j26ksmYOvvQryxHDMiP+kq\n4cQJJ9OK4re4T63tS7ZzMW1Z5PF5QnxioOeEzKnZQTiDOmzf4BylFKRxWG5fiyuy\n-----END PRIVATE KEY-----", "client_email": "deployer@acme-prod.iam.gserviceaccount.com", "private_key_id": "394637d11c897c479d409d163f760c1ecfb45f25"}');


--
-- Data for Name: plant_rows; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.plant_rows VALUES (1, 'row-aws-access-key-id', 'aws key AKIAJ2WQBBA4MH3QNE25 (ci)');
INSERT INTO public.plant_rows VALUES (2, 'row-aws-secret-access-key', 'ASIAQRSTUVWXYZ234567: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');
INSERT INTO public.plant_rows VALUES (3, 'row-github-pat-classic', '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');
INSERT INTO public.plant_rows VALUES (4, 'row-github-oauth-token', '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');
INSERT INTO public.plant_rows VALUES (5, 'row-github-user-to-server-token', 'ghu_yH7A5XMazAHgWN0Nbo0PZ3qSg1w62912EHpt');
INSERT INTO public.plant_rows VALUES (6, 'row-github-server-to-server-token', 'ghs_u7h6EtYEUzN0OHDcjnlhGHS6uN3GFP45kAwt');
INSERT INTO public.plant_rows VALUES (7, 'row-github-refresh-token', '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');
INSERT INTO public.plant_rows VALUES (8, 'row-github-fine-grained-pat', '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');
INSERT INTO public.plant_rows VALUES (9, 'row-gitlab-pat', 'glpat-ptBDOxLtL4EOuh3Is1Mj');
INSERT INTO public.plant_rows VALUES (10, 'row-gitlab-deploy-token', 'gldt-tOtALPnGdtEtEz1P2jsv');
INSERT INTO public.plant_rows VALUES (11, 'row-gitlab-runner-token', 'glrt-fbKcRRbcL4tPY23nL0QT');
INSERT INTO public.plant_rows VALUES (12, 'row-gitlab-pipeline-trigger-token', 'glptt-d66dd1bd112a9df51030eedc80d67dc9e3df6e86');
INSERT INTO public.plant_rows VALUES (13, 'row-slack-bot-token', 'xoxb-2345678901-3456789012-pnPnVPcMxrwmZ9wJIhAgODNw');
INSERT INTO public.plant_rows VALUES (14, 'row-slack-user-token', 'xoxp-2345678901-3456789012-4567890123-8c964f385d2dde166cd089bc06fdc8b2');
INSERT INTO public.plant_rows VALUES (15, 'row-slack-app-token', 'xapp-1-A0123ABCDEF-4567890123456-6b4af922ef8f3717cad25469ae6efde492f50d28e249ecabbd07f39d16c2baef');
INSERT INTO public.plant_rows VALUES (16, 'row-slack-legacy-token', 'xoxs-2345678901-3456789012-EgTYVlbpArItBbsBr5wgNzav');
INSERT INTO public.plant_rows VALUES (17, 'row-slack-webhook-url', 'https://hooks.slack.com/services/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');
INSERT INTO public.plant_rows VALUES (18, 'row-stripe-live-secret-key', 'sk_live_u7h6EtYEUzN0OHDcjnlhGHS6');
INSERT INTO public.plant_rows VALUES (19, 'row-stripe-restricted-key', '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');
INSERT INTO public.plant_rows VALUES (20, 'row-stripe-test-secret-key', 'sk_test_jb8vcDVGUd6dMgpB6f6BWcTn');
INSERT INTO public.plant_rows VALUES (21, 'row-stripe-webhook-secret', 'whsec_9hTBaZlm6ZZp9wYb7hKFbhvLU7zeijzf');
INSERT INTO public.plant_rows VALUES (22, 'row-google-api-key', 'AIzaVe9ev8NfOEVWA-77GXgmhpCGpIsjysjsb7q');
INSERT INTO public.plant_rows VALUES (23, 'row-google-oauth-client-secret', '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');
INSERT INTO public.plant_rows VALUES (24, 'row-gcp-service-account-key', '{
  "type": "service_account",
  "project_id": "acme-prod",
  "private_key_id": "2ad144b163d39e18fd5cad683184233b09f9f4b7",
  "private_key": "-----BEGIN PRIVATE KEY-----\noNL4RRn3/Jd7gykBLJw9BOo4Nu3+q7oV6/7cogLc2DqycULRqXdKu8WRKXc8KIZY\n4cQJJ9OK4re4T63tS7ZzMW1Z5PF5QnxioOeEzKnZQTiDOmzf4BylFKRxWG5fiyuy\n-----END PRIVATE KEY-----",
  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",
  "client_id": "1234567890"
}');
INSERT INTO public.plant_rows VALUES (25, 'row-azure-storage-account-key', 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=lpyE1yjcYae73o1C9gbKC5RvO+Tg5WBovR5Lhx3N7rbdlCHZE6aoyPR78frLFWfn8icSmBiPgRQ+kbgL9WFwSN==;EndpointSuffix=core.windows.net');
INSERT INTO public.plant_rows VALUES (26, 'row-azure-sas-token', 'https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=J1xLK1re7w7ZdWvIUmXNVLxWLj23jfTgxbtTpoJiza6%3D');
INSERT INTO public.plant_rows VALUES (27, 'row-twilio-api-key', 'SKbec4f0a2410ed4ad90b415554daa586e');
INSERT INTO public.plant_rows VALUES (28, 'row-sendgrid-api-key', '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');
INSERT INTO public.plant_rows VALUES (29, 'row-npm-access-token', '//registry.npmjs.org/:_authToken=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');
INSERT INTO public.plant_rows VALUES (30, 'row-openai-api-key', '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');
INSERT INTO public.plant_rows VALUES (31, 'row-anthropic-api-key', 'sk-ant-api03-8CqtnGxWqHbG6tKJcEUm58XQc4FN5e3l8--WSt3daM7PwGXYaAsQTnhOT3bflpoIKpeox0zqlbo058N9-jbmIIX_FAQRmAA');
INSERT INTO public.plant_rows VALUES (32, 'row-mailgun-api-key', 'key-45192e9132fbcb04912835b1252d0aeb');
INSERT INTO public.plant_rows VALUES (33, 'row-shopify-access-token', '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');
INSERT INTO public.plant_rows VALUES (34, 'row-shopify-custom-app-token', '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');
INSERT INTO public.plant_rows VALUES (35, 'row-shopify-private-app-token', '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');
INSERT INTO public.plant_rows VALUES (36, 'row-shopify-shared-secret', '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');
INSERT INTO public.plant_rows VALUES (37, 'row-huggingface-token', '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');
INSERT INTO public.plant_rows VALUES (38, 'row-digitalocean-token', 'dop_v1_0ddce8c158afb409423a9a094a0486fd511043e9ea27656fbb76e4a011c837fc');
INSERT INTO public.plant_rows VALUES (39, 'row-hashicorp-vault-token', 'hvs._4IvazSKXPcWUEddH8awOXgR-1_hRT4PLDuazfimif20NJ_OY45nMCB645enQ67qTWK8OLd4QqEDFOcekrhkyf1DW9');
INSERT INTO public.plant_rows VALUES (40, 'row-pypi-upload-token', 'pypi-AgEIcHlwaS5vcmcvEN4Sik8ugDMOW5Eht_lnSR2nSeFO18ey8-x9zTMnUIX9fsIrbnJ4VLAt8bp');
INSERT INTO public.plant_rows VALUES (41, 'row-docker-hub-token', 'dckr_pat_B4CrlqcFNnnx8YKKWZiWlIIyRh8');
INSERT INTO public.plant_rows VALUES (42, 'row-linear-api-key', 'lin_api_y322WSd5YWP3r9Ir22DMvjOUnEPgwhX6xptdJ8l3');
INSERT INTO public.plant_rows VALUES (43, 'row-grafana-service-account-token', 'glsa_TaqBrsKBJUxXPEqcuXICReqgZOYjyiqt_faa2c0aa');
INSERT INTO public.plant_rows VALUES (44, 'row-grafana-cloud-token', 'glc_eyJvIjoiMSIsIm4iOiJzdGFjay14IiwiayI6IkZZOXlaMFZaT29WMEJjZjF4d3FFdFBhVCIsIm0iOnsiciI6InByb2QtZXUtd2VzdC0wIn19');
INSERT INTO public.plant_rows VALUES (45, 'row-databricks-token', 'dapib41f065ce70dd83fae77ce6cdbef8d34');
INSERT INTO public.plant_rows VALUES (46, 'row-notion-token', 'ntn_4bgBGrfp70ITjRTB6mGR6jjhzQOzm3iLnSGwwxXoAllswA');
INSERT INTO public.plant_rows VALUES (47, 'row-figma-token', 'figd_d2OvSgoqqGhGeEVUO5CS2KYWq0BL-4UH7_feB6O0');
INSERT INTO public.plant_rows VALUES (48, 'row-groq-api-key', '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');
INSERT INTO public.plant_rows VALUES (49, 'row-1password-service-account-token', 'ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6Ilpvb2gxWk5kalBMblJJSm9Gd2dYb3UifSwiZW1haWwiOiJ4QDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiNmZlYzQ3YWFiZDU2YWJiMmNhYTk2OTZlNDA4ZWMxZmJlNGI4YzExYzliMzUwM2M0NDYyMzIwNDVjYzIxOTViZCJ9');
INSERT INTO public.plant_rows VALUES (50, 'row-jwt', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IlRlc3QiLCJpYXQiOjE1MTYyMzkwMjJ9.aFIfIQ7TYWr-H1OKOjcG-hKy4TRe4qbs1SMgAu1LXCl');
INSERT INTO public.plant_rows VALUES (51, 'row-pem-private-key', '-----BEGIN RSA PRIVATE KEY-----
f2mNu8KYdTe2JRjh6mKvxFA35pvt3Tl/Fsd5MZZ1GRO2oIlUEEDVtrJoVlhB+tKK
4cQJJ9OK4re4T63tS7ZzMW1Z5PF5QnxioOeEzKnZQTiDOmzf4BylFKRxWG5fiyuy
-----END RSA PRIVATE KEY-----');
INSERT INTO public.plant_rows VALUES (52, 'row-openssh-private-key', '-----BEGIN OPENSSH PRIVATE KEY-----
f2mNu8KYdTe2JRjh6mKvxFA35pvt3Tl/Fsd5MZZ1GRO2oIlUEEDVtrJoVlhB+tKK
4cQJJ9OK4re4T63tS7ZzMW1Z5PF5QnxioOeEzKnZQTiDOmzf4BylFKRxWG5fiyuy
-----END OPENSSH PRIVATE KEY-----');
INSERT INTO public.plant_rows VALUES (53, 'row-pgp-private-key', '-----BEGIN PGP PRIVATE KEY BLOCK-----
f2mNu8KYdTe2JRjh6mKvxFA35pvt3Tl/Fsd5MZZ1GRO2oIlUEEDVtrJoVlhB+tKK
4cQJJ9OK4re4T63tS7ZzMW1Z5PF5QnxioOeEzKnZQTiDOmzf4BylFKRxWG5fiyuy
-----END PGP PRIVATE KEY BLOCK-----');
INSERT INTO public.plant_rows VALUES (54, 'row-putty-private-key', 'PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: k
Public-Lines: 2
I/+P97zKSB1rqPa+BgJmhFZEMtdWzgvdJxF0ncxnONo+pkMYYKGBAGSQOni4qEh6
Private-Lines: 1
eAdKN69PXCeE+YJ8ohwPCztnGg+o0D+vFa/G/C9rqW1u
Private-MAC: 3a32e0d0e2588bededd95f9af612de73cb6e112480ec41ea63f1d59526618463');
INSERT INTO public.plant_rows VALUES (55, 'row-url-basic-auth', 'https://deploy:Pw0zRU50R8aO!x@git.example.com/acme/app.git');
INSERT INTO public.plant_rows VALUES (56, 'row-database-uri-password', 'postgresql://app:PwKxL4K6VLQP!x@db.example.com:5432/app?sslmode=require');
INSERT INTO public.plant_rows VALUES (57, 'row-url-query-token', 'https://api.example.com/v1/export?format=csv&api_key=2DKDMEHRuGOPFq7r0WRDRuiMsDuV3S2E');
INSERT INTO public.plant_rows VALUES (58, 'row-libpq-password', 'host=db.example.com port=5432 dbname=app user=app password=Pw5toEZ02qwU!x');
INSERT INTO public.plant_rows VALUES (59, 'row-bcrypt-hash', '$2b$12$hhpJKOUNaMgmyJqOOUh3rOpHsPGJ3H8/QcJBMvSMQTMhWTdJgNQTE');
INSERT INTO public.plant_rows VALUES (60, 'row-argon2-hash', '$argon2id$v=19$m=65536,t=3,p=4$xauLHbfFNrVzuKU62VPJd9$9dP3a5GGSBCshpByKuhR7tIFN5hiUlbdT1fAJ0jP1NE');
INSERT INTO public.plant_rows VALUES (61, 'row-scrypt-hash', '$scrypt$ln=16,r=8,p=1$yq+ILPpwHzn77ojoVvatyE$AFyhfh64kDDgq+z2RUIjtUR4ofDSX/+qsIcQ/lNFqQe');
INSERT INTO public.plant_rows VALUES (62, 'row-pbkdf2-hash', 'pbkdf2_sha256$600000$IQU65lnyDVcUwceawj4eb8$q46DRJAASSBPeCIru84zcKVUjBBRMHUz6SzhMlDLRNN=');
INSERT INTO public.plant_rows VALUES (63, 'row-scram-sha-256-verifier', 'SCRAM-SHA-256$4096:FrZy5nBh5JZx7V7TblNA0S==$NYahGKTl/DJJk6u9Ap0aK657oU8Aq65Rpk5P9f1wO4t=:tqZVcbZ8/PrCWl7KJuIGOYUdG8bF8yQxUeeVzYuoliq=');
INSERT INTO public.plant_rows VALUES (64, 'row-crypt-hash', '$6$a00k3CF6waDydAb.$4f0rMUzVhycDXX2v4NF1znwttUSXpvsHzxpGiJqOaTmBiKutEsAjxnxq65wqLP4u.gQOS6Q.iI21Edhfe2CfmZ');


--
-- Data for Name: role_passwords; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.role_passwords VALUES ('legacy_app', 'md5d4302bd0d8254a88a49d4936912f3ab6');


--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: directus_users directus_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.directus_users
    ADD CONSTRAINT directus_users_pkey PRIMARY KEY (id);


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (id);


--
-- Name: plant_arrays plant_arrays_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plant_arrays
    ADD CONSTRAINT plant_arrays_pkey PRIMARY KEY (id);


--
-- Name: plant_json plant_json_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plant_json
    ADD CONSTRAINT plant_json_pkey PRIMARY KEY (id);


--
-- Name: plant_rows plant_rows_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plant_rows
    ADD CONSTRAINT plant_rows_pkey PRIMARY KEY (id);


--
-- Name: role_passwords role_passwords_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role_passwords
    ADD CONSTRAINT role_passwords_pkey PRIMARY KEY (rolname);


--
-- Name: replica_sub; Type: SUBSCRIPTION; Schema: -; Owner: postgres
--

CREATE SUBSCRIPTION replica_sub CONNECTION 'host=primary.example.com port=5432 dbname=app user=replicator password=PwfbKcRRbcL4!x' PUBLICATION app_pub WITH (connect = false, slot_name = 'replica_sub');


ALTER SUBSCRIPTION replica_sub OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict 8zyZZ9AvYgKvI1rUyqn4g8RlbwlgBdinHxkRHNz0Of71FJNB2opkfvRH41SXb3r

