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
-- Name: audits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audits (
    id character varying(26) NOT NULL,
    createat bigint,
    userid character varying(26),
    action character varying(512),
    extrainfo character varying(1024),
    ipaddress character varying(64),
    sessionid character varying(26)
);


ALTER TABLE public.audits OWNER TO postgres;

--
-- Name: channels; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.channels (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    teamid character varying(26),
    type character varying(1),
    displayname character varying(64),
    name character varying(64),
    header character varying(1024),
    purpose character varying(250),
    lastpostat bigint,
    totalmsgcount bigint,
    extraupdateat bigint,
    creatorid character varying(26),
    schemeid character varying(26),
    groupconstrained boolean,
    shared boolean,
    totalmsgcountroot bigint,
    lastrootpostat bigint DEFAULT '0'::bigint
);


ALTER TABLE public.channels OWNER TO postgres;

--
-- Name: commands; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.commands (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid character varying(26),
    teamid character varying(26),
    trigger character varying(128),
    method character varying(1),
    username character varying(64),
    iconurl character varying(1024),
    autocomplete boolean,
    autocompletedesc character varying(1024),
    autocompletehint character varying(1024),
    displayname character varying(64),
    description character varying(128),
    url character varying(1024),
    pluginid character varying(190) DEFAULT ''::character varying
);


ALTER TABLE public.commands OWNER TO postgres;

--
-- Name: configurations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.configurations (
    id character varying(26) NOT NULL,
    value text NOT NULL,
    createat bigint NOT NULL,
    active boolean
);


ALTER TABLE public.configurations OWNER TO postgres;

--
-- Name: incomingwebhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.incomingwebhooks (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid character varying(26),
    channelid character varying(26),
    teamid character varying(26),
    displayname character varying(64),
    description character varying(500),
    username character varying(255),
    iconurl character varying(1024),
    channellocked boolean
);


ALTER TABLE public.incomingwebhooks OWNER TO postgres;

--
-- Name: oauthaccessdata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauthaccessdata (
    token character varying(26) NOT NULL,
    refreshtoken character varying(26),
    redirecturi character varying(256),
    clientid character varying(26),
    userid character varying(26),
    expiresat bigint,
    scope character varying(128)
);


ALTER TABLE public.oauthaccessdata OWNER TO postgres;

--
-- Name: oauthapps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauthapps (
    id character varying(26) NOT NULL,
    creatorid character varying(26),
    createat bigint,
    updateat bigint,
    clientsecret character varying(128),
    name character varying(64),
    description character varying(512),
    callbackurls character varying(1024),
    homepage character varying(256),
    istrusted boolean,
    iconurl character varying(512),
    mattermostappid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.oauthapps OWNER TO postgres;

--
-- Name: outgoingwebhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.outgoingwebhooks (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid character varying(26),
    channelid character varying(26),
    teamid character varying(26),
    triggerwords character varying(1024),
    callbackurls character varying(1024),
    displayname character varying(64),
    contenttype character varying(128),
    triggerwhen integer,
    username character varying(64),
    iconurl character varying(1024),
    description character varying(500)
);


ALTER TABLE public.outgoingwebhooks OWNER TO postgres;

--
-- Name: posts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.posts (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid character varying(26),
    channelid character varying(26),
    rootid character varying(26),
    originalid character varying(26),
    message character varying(65535),
    type character varying(26),
    props jsonb,
    hashtags character varying(1000),
    filenames character varying(4000),
    fileids character varying(300),
    hasreactions boolean,
    editat bigint,
    ispinned boolean,
    remoteid character varying(26)
);


ALTER TABLE public.posts OWNER TO postgres;

--
-- Name: preferences; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.preferences (
    userid character varying(26) NOT NULL,
    category character varying(32) NOT NULL,
    name character varying(32) NOT NULL,
    value text
);


ALTER TABLE public.preferences OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    expiresat bigint,
    lastactivityat bigint,
    userid character varying(26),
    deviceid character varying(512),
    roles character varying(256),
    isoauth boolean,
    props jsonb,
    expirednotify boolean
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.status (
    userid character varying(26) NOT NULL,
    status character varying(32),
    manual boolean,
    lastactivityat bigint,
    dndendtime bigint,
    prevstatus character varying(32)
);


ALTER TABLE public.status OWNER TO postgres;

--
-- Name: systems; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.systems (
    name character varying(64) NOT NULL,
    value character varying(1024)
);


ALTER TABLE public.systems OWNER TO postgres;

--
-- Name: teams; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.teams (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    displayname character varying(64),
    name character varying(64),
    description character varying(255),
    email character varying(128),
    type character varying(255),
    companyname character varying(64),
    alloweddomains character varying(1000),
    inviteid character varying(32),
    allowopeninvite boolean,
    lastteamiconupdate bigint,
    schemeid character varying(26),
    groupconstrained boolean,
    cloudlimitsarchived boolean DEFAULT false NOT NULL
);


ALTER TABLE public.teams OWNER TO postgres;

--
-- Name: tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tokens (
    token character varying(64) NOT NULL,
    createat bigint,
    type character varying(64),
    extra character varying(2048)
);


ALTER TABLE public.tokens OWNER TO postgres;

--
-- Name: useraccesstokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.useraccesstokens (
    id character varying(26) NOT NULL,
    token character varying(26),
    userid character varying(26),
    description character varying(512),
    isactive boolean
);


ALTER TABLE public.useraccesstokens OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    username character varying(64),
    password character varying(128),
    authdata character varying(128),
    authservice character varying(32),
    email character varying(128),
    emailverified boolean,
    nickname character varying(64),
    firstname character varying(64),
    lastname character varying(64),
    roles character varying(256),
    allowmarketing boolean,
    props jsonb,
    notifyprops jsonb,
    lastpasswordupdate bigint,
    lastpictureupdate bigint,
    failedattempts integer,
    locale character varying(5),
    mfaactive boolean,
    mfasecret character varying(128),
    "position" character varying(128),
    timezone jsonb,
    remoteid character varying(26),
    lastlogin bigint DEFAULT 0 NOT NULL,
    mfausedtimestamps jsonb
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Data for Name: audits; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.audits VALUES ('ojotpkxaofkgt87kd8yiyynx9c', 1710229974335, '5gayceuuyq1raqnmseg3f8w4kp', '/api/v4/users/login', 'success session_user=5gayceuuyq1raqnmseg3f8w4kp', '192.0.2.1', 'khpmf3u9pjzonzmg9f1ea1nwrm');
INSERT INTO public.audits VALUES ('xufr4a61fifrqgp7g118pmnrnb', 1709794692650, 'jeifmegcazf9hx9fmg7e1wknmj', '/api/v4/users/me/patch', '', '192.0.2.2', 'sh31ums6s5w8yxy5ohoogi73k1');
INSERT INTO public.audits VALUES ('gp3jfcupob4bcean33gasuj9h1', 1710227597168, 'ee4kisfkjcuttyqn4xg6q47ups', '/api/v4/users/login', 'attempt - login_id=user5@example.com', '192.0.2.3', '');
INSERT INTO public.audits VALUES ('3gp1yma6jej51h598j4ianhxpk', 1710011404770, '3tushiq75xfmep6nrnec4hh8yh', '/api/v4/users/login', 'success session_user=3tushiq75xfmep6nrnec4hh8yh', '192.0.2.4', 'r1g17i88846g3p4gpkf77f5diw');
INSERT INTO public.audits VALUES ('x3imp6km3pmyas1w8qdup3qrab', 1710592957244, 'gt4m4o9xdk9afhwbhfmox6zkb1', '/api/v4/users/me/patch', '', '192.0.2.5', '5pz74b8qmiwsmm6gy6woac3csc');
INSERT INTO public.audits VALUES ('rurhcdko1whsqwq7popyupwq3t', 1709542485145, 'ayku8ckoeqrhx9qz9pg55ydd3a', '/api/v4/users/login', 'attempt - login_id=user8@example.com', '192.0.2.6', '');
INSERT INTO public.audits VALUES ('fxagezix84pqtjoc4i3b8aswtu', 1709687108963, 'mc9xrcruftn1ux4yhimxfemtxi', '/api/v4/users/login', 'success session_user=mc9xrcruftn1ux4yhimxfemtxi', '192.0.2.7', '61gy7soqeimmtqpoqz5997oc6w');
INSERT INTO public.audits VALUES ('wb6tnk1gzd4usj66icp1a4u319', 1710250803589, 'q6cdanoqu1od8anso511djfcxo', '/api/v4/users/me/patch', '', '192.0.2.8', 'fjss9ruqgdz49oyh65smbybhf1');
INSERT INTO public.audits VALUES ('qa68ok9qfri46t1jpawibp1g78', 1709757429068, 'tdibrsndtrozs8a3ca9zxb7dww', '/api/v4/users/login', 'attempt - login_id=user11@example.com', '192.0.2.9', '');
INSERT INTO public.audits VALUES ('1rzgo718dii8eesyq6a8zikjp5', 1710126758332, 'zmgb6wpydcayqfch66mcci135m', '/api/v4/users/login', 'success session_user=zmgb6wpydcayqfch66mcci135m', '192.0.2.10', 'zwt9y4zoycb5aknzct33wspyzd');
INSERT INTO public.audits VALUES ('gixa1xf949k9xqfizc4686sozk', 1710041076302, '39mggcbj4whta743kc9cyx8c9q', '/api/v4/users/me/patch', '', '192.0.2.11', 'j85ow1fad33eqmae4j39jffh33');
INSERT INTO public.audits VALUES ('8enmxbn1q63e6yji9x5nm55m6h', 1710934797479, 'zbktdexnf185ufpyfufbrqm3rn', '/api/v4/users/login', 'attempt - login_id=user14@example.com', '192.0.2.12', '');
INSERT INTO public.audits VALUES ('moi4xggs57jpwyiju4g4gdmk8k', 1709817147400, '67pyzjm5b8i585ohmwjn978csz', '/api/v4/users/login', 'success session_user=67pyzjm5b8i585ohmwjn978csz', '192.0.2.13', '3ts9e31unujqjzraw46eb59u3q');
INSERT INTO public.audits VALUES ('z817o7bh5ucjg539m9acbjgtcb', 1710453107535, 'h1ycd9bfqjgx5np7r7o3dbmu5r', '/api/v4/users/me/patch', '', '192.0.2.14', '7i3zx57ghktfskwaasgh888t71');
INSERT INTO public.audits VALUES ('jqxgnenb943kkiwppcjxbo5go9', 1710480639359, 'tfhptxpq1h4ib657pqx4dzyj5j', '/api/v4/users/login', 'attempt - login_id=user17@example.com', '192.0.2.15', '');
INSERT INTO public.audits VALUES ('6hbeh4hzyct8dnrob63uxbszne', 1710307532181, '5gm3ukidffb81un1waaursw9p5', '/api/v4/users/login', 'success session_user=5gm3ukidffb81un1waaursw9p5', '192.0.2.16', 'fxgo9xckgk91yy9supcgxknab1');
INSERT INTO public.audits VALUES ('mfgbayjatqd7a68ep4eyug4gba', 1710504649567, '1wush3c87wwqouw8ysbc6rd5wh', '/api/v4/users/me/patch', '', '192.0.2.17', '15x7bcqzym58r79nea118qwytp');
INSERT INTO public.audits VALUES ('xh59h9udduofxrgdubh91diypw', 1709385720062, 'g6ghasfagxgrkk1kxssyz15af3', '/api/v4/users/login', 'attempt - login_id=user20@example.com', '192.0.2.18', '');
INSERT INTO public.audits VALUES ('ozaaw713d1z4qhcfq4phbpoff9', 1709330004959, 'bdud9etkd49m3wq8o33ztryp6h', '/api/v4/users/login', 'success session_user=bdud9etkd49m3wq8o33ztryp6h', '192.0.2.19', 'ho1amfbbxj9gsqwpmrr8mamm5u');
INSERT INTO public.audits VALUES ('35sb4wqnkxsw6khupa3g6z6gio', 1709541628830, '1h3dix3b6xqgesi6hfe31a1ioh', '/api/v4/users/me/patch', '', '192.0.2.20', '5sx1wqjd4tmw5e7x9hrpn4mkax');
INSERT INTO public.audits VALUES ('nmq9g191uwofk77coq1ao7koom', 1709688521461, 'aomk45w1sf497yahjxr1xcxkpn', '/api/v4/users/login', 'attempt - login_id=user23@example.com', '192.0.2.21', '');
INSERT INTO public.audits VALUES ('je9y9ezxpxct7sfc7h5ezyzxyj', 1710619153817, '3pif6isg9ydxccj5fhf1r8zb7f', '/api/v4/users/login', 'success session_user=3pif6isg9ydxccj5fhf1r8zb7f', '192.0.2.22', 'ok1x787xz81eznd1rifyh5u9ku');
INSERT INTO public.audits VALUES ('hsko3kmf9d8arrzjq9etmkxni9', 1710419898011, 'dkhrxeaas47e8adc3zznkrmdog', '/api/v4/users/me/patch', '', '192.0.2.23', 'f148s1ow8howm3araa4fnqqcmb');
INSERT INTO public.audits VALUES ('p9tiafh49prnp8q9tbfwhismui', 1709528866287, '6j8r3yz8gbsuhqmsr1ghh8x7bp', '/api/v4/users/login', 'attempt - login_id=user26@example.com', '192.0.2.24', '');
INSERT INTO public.audits VALUES ('ciarbrhabq8ayawczt187yys57', 1709470601806, 'wqmwzmc4mq68zeq8w8fdux6mdf', '/api/v4/users/login', 'success session_user=wqmwzmc4mq68zeq8w8fdux6mdf', '192.0.2.25', 'bh5kc43ort5n4e93qccri6z991');
INSERT INTO public.audits VALUES ('s8fxxq79smuyrmsgz9n99xu7ew', 1710207185669, 'cqxacoojs3c7f59zkkso8h4isp', '/api/v4/users/me/patch', '', '192.0.2.26', 'hyfqz64tsb9gruuy1hpydyyjze');
INSERT INTO public.audits VALUES ('4yns9rja3zb6ej8g4f4xjysskc', 1709558621452, 'qprfxr3d43ymk1cxiqxcn9cey5', '/api/v4/users/login', 'attempt - login_id=user29@example.com', '192.0.2.27', '');
INSERT INTO public.audits VALUES ('tnrd7agn5rmxmpkpcxxk4j4hq8', 1709290348966, 'di1o3zg9d5rdkrcfgm5p3xs4qu', '/api/v4/users/login', 'success session_user=di1o3zg9d5rdkrcfgm5p3xs4qu', '192.0.2.28', '17e93p8br771upoxkmip54uotw');
INSERT INTO public.audits VALUES ('749bpd8e3md56iqgnoye5cdy9g', 1709932964911, 'ix18hdbkqf1gq1hb31ktgafzq3', '/api/v4/users/me/patch', '', '192.0.2.29', '846jqig1ytbkh3o636xdydsmmg');
INSERT INTO public.audits VALUES ('n8fqe9xp7k6o1wrbpb1y9pgzi3', 1710607541543, '5gayceuuyq1raqnmseg3f8w4kp', '/api/v4/users/login', 'attempt - login_id=user3@example.com', '192.0.2.30', '');


--
-- Data for Name: channels; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.channels VALUES ('xpkbo9hofrbshj5uy9nib9hsc7', 1709280000000, 1709280000000, 0, '5banpmqn7xceiyxdr191313rzx', 'O', 'Town Square', 'town-square', '', '', 1709489491012, 761, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 134, 0);
INSERT INTO public.channels VALUES ('y5nrd8aak3gqas3pjq7yujuek5', 1709280000000, 1709280000000, 0, '5banpmqn7xceiyxdr191313rzx', 'O', 'Off-Topic', 'off-topic', '', '', 1710131335305, 840, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 134, 0);
INSERT INTO public.channels VALUES ('zikc3dpbogeebx9ieip8yokka1', 1709280000000, 1709280000000, 0, '5banpmqn7xceiyxdr191313rzx', 'O', 'Incidents', 'stoerungen', 'Runbooks: https://wiki.example.com/ops', 'Alarme aus Zabbix und Grafana', 1710545369981, 758, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 298, 0);
INSERT INTO public.channels VALUES ('3usrqirhxi7apbjyrn9o6r8bxx', 1709280000000, 1709280000000, 0, '5banpmqn7xceiyxdr191313rzx', 'P', 'Kranführer', 'kranfuehrer', '', 'Schichtplanung', 1710585986779, 749, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 170, 0);
INSERT INTO public.channels VALUES ('y3kz4iffu9ym5h7cwiz6k4oq3b', 1709280000000, 1709280000000, 0, '', 'D', '', '5gayceuuyq1raqnmseg3f8w4kp__jeifmegcazf9hx9fmg7e1wknmj', '', '', 1709872460455, 120, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 197, 0);
INSERT INTO public.channels VALUES ('ogeayohy6tndwgeq44yhbgwmqq', 1709280000000, 1709280000000, 0, '', 'G', 'user5, user6, user7', '896255f536929d61e0746586c7d1f26993d9e421', '', '', 1710476461396, 620, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', NULL, false, false, 463, 0);


--
-- Data for Name: commands; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.commands VALUES ('oq3eimh58tnqti7srtrbrt3mk6', 'token-2', 1709280000000, 1709280000000, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', '5banpmqn7xceiyxdr191313rzx', 'schicht', 'P', 'Schichtplan', '', true, 'Schichtplan abfragen', '[KW]', 'Schichtplan', 'Zeigt den Schichtplan', 'https://intranet.example.com/api/mattermost/schicht', '');


--
-- Data for Name: configurations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.configurations VALUES ('d5x6gf5jqtjmup4bcrwcgraa8b', '{"ServiceSettings":{"SiteURL":"https://chat.example.com","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Mattermost","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"example.com","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"********","DataSourceReplicas":[],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"********","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"********","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAIOSFODNN7EXAMPLE","AmazonS3SecretAccessKey":"********","AmazonS3Bucket":"mattermost-example","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Mattermost","FeedbackEmail":"chat-noreply@example.com","ReplyToAddress":"it-service@example.com","FeedbackOrganization":"","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@example.com","SMTPPassword":"********","SMTPServer":"smtp.example.com","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"support@example.com","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"********","Id":"0000000000000000000000000000000000000000000000000000000000000000","Scope":"","AuthEndpoint":"https://gitlab.example.com/oauth/authorize","TokenEndpoint":"https://gitlab.example.com/oauth/token","UserAPIEndpoint":"https://gitlab.example.com/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":false,"Secret":"********","Id":"","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.example.com","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=example,dc=com","BindUsername":"cn=mattermost,dc=example,dc=com","BindPassword":"********","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"http://localhost:9200","Username":"elastic","Password":"********","EnableIndexing":false,"EnableSearching":false,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://gitlab.example.com","gitlaboauthclientid":"","gitlaboauthclientsecret":"********","webhooksecret":"********","encryptionkey":"********","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":false,"BannerText":"Maintenance on Saturday 22:00-02:00.","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}', 1704096000000, NULL);
INSERT INTO public.configurations VALUES ('36srch698y15prdcgsxcdcagth', '{"ServiceSettings":{"SiteURL":"https://chat.example.com","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Mattermost","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"example.com","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"********","DataSourceReplicas":[],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"********","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"********","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAIOSFODNN7EXAMPLE","AmazonS3SecretAccessKey":"********","AmazonS3Bucket":"mattermost-example","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Mattermost","FeedbackEmail":"chat-noreply@example.com","ReplyToAddress":"it-service@example.com","FeedbackOrganization":"","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@example.com","SMTPPassword":"********","SMTPServer":"smtp.example.com","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"support@example.com","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"********","Id":"0000000000000000000000000000000000000000000000000000000000000000","Scope":"","AuthEndpoint":"https://gitlab.example.com/oauth/authorize","TokenEndpoint":"https://gitlab.example.com/oauth/token","UserAPIEndpoint":"https://gitlab.example.com/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":true,"Secret":"********","Id":"","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.example.com","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=example,dc=com","BindUsername":"cn=mattermost,dc=example,dc=com","BindPassword":"********","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"http://localhost:9200","Username":"elastic","Password":"********","EnableIndexing":false,"EnableSearching":false,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://gitlab.example.com","gitlaboauthclientid":"","gitlaboauthclientsecret":"********","webhooksecret":"********","encryptionkey":"********","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":false,"BannerText":"Maintenance on Saturday 22:00-02:00.","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}', 1706688000000, NULL);
INSERT INTO public.configurations VALUES ('wxbyh33tk4d6yde6kyk3cfrtkp', '{"ServiceSettings":{"SiteURL":"https://chat.example.com","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Mattermost","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"example.com","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"********","DataSourceReplicas":[],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"********","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"********","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAIOSFODNN7EXAMPLE","AmazonS3SecretAccessKey":"********","AmazonS3Bucket":"mattermost-example","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Mattermost","FeedbackEmail":"chat-noreply@example.com","ReplyToAddress":"it-service@example.com","FeedbackOrganization":"","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@example.com","SMTPPassword":"********","SMTPServer":"smtp.example.com","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"support@example.com","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"********","Id":"0000000000000000000000000000000000000000000000000000000000000000","Scope":"","AuthEndpoint":"https://gitlab.example.com/oauth/authorize","TokenEndpoint":"https://gitlab.example.com/oauth/token","UserAPIEndpoint":"https://gitlab.example.com/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":true,"Secret":"********","Id":"","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.example.com","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=example,dc=com","BindUsername":"cn=mattermost,dc=example,dc=com","BindPassword":"********","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"http://localhost:9200","Username":"elastic","Password":"********","EnableIndexing":true,"EnableSearching":true,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://gitlab.example.com","gitlaboauthclientid":"","gitlaboauthclientsecret":"********","webhooksecret":"********","encryptionkey":"********","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":true,"BannerText":"Maintenance on Saturday 22:00-02:00.","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}', 1709280000000, true);


--
-- Data for Name: incomingwebhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.incomingwebhooks VALUES ('azicqpecp8qekubwpbq3dtfgse', 1709280000000, 1709280000000, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '5banpmqn7xceiyxdr191313rzx', 'Zabbix', 'Alarme aus Zabbix', 'Zabbix', '', true);


--
-- Data for Name: oauthaccessdata; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.oauthaccessdata VALUES ('token-3', 'refresh-3', 'https://wiki.example.com/oauth/callback', '34bt686dosmoweos5q3ufmiagb', '5gayceuuyq1raqnmseg3f8w4kp', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-4', 'refresh-4', 'https://grafana.example.com/login/generic_oauth', '9jdsdkusp8sopec9ug1dxmuogz', 'jeifmegcazf9hx9fmg7e1wknmj', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-5', 'refresh-5', 'https://wiki.example.com/oauth/callback', '34bt686dosmoweos5q3ufmiagb', 'ee4kisfkjcuttyqn4xg6q47ups', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-6', 'refresh-6', 'https://grafana.example.com/login/generic_oauth', '9jdsdkusp8sopec9ug1dxmuogz', '3tushiq75xfmep6nrnec4hh8yh', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-7', 'refresh-7', 'https://wiki.example.com/oauth/callback', '34bt686dosmoweos5q3ufmiagb', 'gt4m4o9xdk9afhwbhfmox6zkb1', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-8', 'refresh-8', 'https://grafana.example.com/login/generic_oauth', '9jdsdkusp8sopec9ug1dxmuogz', 'ayku8ckoeqrhx9qz9pg55ydd3a', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-9', 'refresh-9', 'https://wiki.example.com/oauth/callback', '34bt686dosmoweos5q3ufmiagb', 'mc9xrcruftn1ux4yhimxfemtxi', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-10', 'refresh-10', 'https://grafana.example.com/login/generic_oauth', '9jdsdkusp8sopec9ug1dxmuogz', 'q6cdanoqu1od8anso511djfcxo', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-11', 'refresh-11', 'https://wiki.example.com/oauth/callback', '34bt686dosmoweos5q3ufmiagb', 'tdibrsndtrozs8a3ca9zxb7dww', 1711872000000, 'user');
INSERT INTO public.oauthaccessdata VALUES ('token-12', 'refresh-12', 'https://grafana.example.com/login/generic_oauth', '9jdsdkusp8sopec9ug1dxmuogz', 'zmgb6wpydcayqfch66mcci135m', 1711872000000, 'user');


--
-- Data for Name: oauthapps; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.oauthapps VALUES ('9jdsdkusp8sopec9ug1dxmuogz', 'ix18hdbkqf1gq1hb31ktgafzq3', 1709280000000, 1709280000000, '********', 'Grafana', 'Login mit Mattermost für Grafana', 'https://grafana.example.com/login/generic_oauth', 'https://grafana.example.com', true, '', '');
INSERT INTO public.oauthapps VALUES ('34bt686dosmoweos5q3ufmiagb', 'ix18hdbkqf1gq1hb31ktgafzq3', 1709280000000, 1709280000000, '********', 'Wiki', 'Login mit Mattermost für Wiki', 'https://wiki.example.com/oauth/callback', 'https://wiki.example.com', true, '', '');


--
-- Data for Name: outgoingwebhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.outgoingwebhooks VALUES ('y3kj79cbuqba7yqphixbqta4yt', 'token-1', 1709280000000, 1709280000000, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '5banpmqn7xceiyxdr191313rzx', 'deploy,rollback', 'https://jenkins.example.com/mattermost-hook/', 'Jenkins', 'application/json', 0, 'jenkins', '', 'Deploys aus dem Chat');


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.posts VALUES ('hk81sunz5gru8hh1cwn1rw8ogf', 1710558128713, 1710401654801, 0, 'jeifmegcazf9hx9fmg7e1wknmj', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Übergabe erledigt. @user11', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('6ubrd7f7ubu86qa8ci1iknxh56', 1710392542054, 1709874812439, 0, 'ee4kisfkjcuttyqn4xg6q47ups', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Wer übernimmt die Spätschicht? @user12', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('i4ock33w8fu43msywh493bes76', 1710321666436, 1709670030235, 0, '3tushiq75xfmep6nrnec4hh8yh', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Übergabe erledigt. @user13', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('f7bzynnz3m8doqffgyckju7jt9', 1709364868148, 1709747833471, 0, 'gt4m4o9xdk9afhwbhfmox6zkb1', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Übergabe erledigt. @user14', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('jer9d6ct5fie5qkspih5fbyugc', 1709545561867, 1709356608884, 0, 'ayku8ckoeqrhx9qz9pg55ydd3a', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user15', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('sr5js9m9a5qjp6or5ffsztmq6c', 1710628151826, 1709488199432, 0, 'mc9xrcruftn1ux4yhimxfemtxi', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user16', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('85w9biiejtp7bqet91je493dkn', 1709281382062, 1710884937019, 0, 'q6cdanoqu1od8anso511djfcxo', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Wer übernimmt die Spätschicht? @user17', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('i5eidmz6jaamcduekfmsh3gaun', 1710070783728, 1710891159784, 0, 'tdibrsndtrozs8a3ca9zxb7dww', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Schichtplan KW 12: https://wiki.example.com/display/LAGER/Schichtplan – @user18 bitte bestätigen', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('9nir73y8ufn66839xddaxswxku', 1710033675156, 1710394109666, 0, 'zmgb6wpydcayqfch66mcci135m', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=VRtYfegUW-d', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('br6q5onmktonhcyqqbotuy4e6k', 1710161288842, 1709357075615, 0, '39mggcbj4whta743kc9cyx8c9q', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user20', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('9bk5ezt88fsmm6pjtgnzbj35nd', 1710473654630, 1709502491272, 0, 'zbktdexnf185ufpyfufbrqm3rn', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Wer übernimmt die Spätschicht? @user21', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('f8nompz6168gmsy6o8ebtxyj9r', 1710977611457, 1710523460496, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '', '', '', 'slack_attachment', '{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1"}], "from_webhook": "true", "override_username": "Zabbix"}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('ontfadtdfbwydwnk5gd6patxbm', 1710745224404, 1709901356575, 0, 'h1ycd9bfqjgx5np7r7o3dbmu5r', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Übergabe erledigt. @user23', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('b3kmwzfiq7x7hekund49ust8aa', 1710677825341, 1709700366508, 0, 'tfhptxpq1h4ib657pqx4dzyj5j', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Wer übernimmt die Spätschicht? @user24', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('k9xfm7xxxuquaj16c78biuz1sy', 1709727834365, 1709603277374, 0, '5gm3ukidffb81un1waaursw9p5', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user25', '', '{"disable_group_highlight": true}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('uuz19d8cy5hj8otaxt56qykkts', 1709407799286, 1709782272726, 0, '1wush3c87wwqouw8ysbc6rd5wh', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Schichtplan KW 12: https://wiki.example.com/display/LAGER/Schichtplan – @user26 bitte bestätigen', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('hwjgypfmyqmngapm3nur4b81g7', 1710476313493, 1709815985184, 0, 'g6ghasfagxgrkk1kxssyz15af3', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user27', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('ohtmxf97ncr5675c1qem6gxq6h', 1709842611717, 1710492456597, 0, 'bdud9etkd49m3wq8o33ztryp6h', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=0TdoQdJ71lw', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('kh3c74jx3xpsd7ft7918ndgd4e', 1709761435593, 1710952403550, 0, '1h3dix3b6xqgesi6hfe31a1ioh', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Wer übernimmt die Spätschicht? @user29', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('9swhoemtbesstcwgt9a7cwcdye', 1710798266740, 1709655326614, 0, 'aomk45w1sf497yahjxr1xcxkpn', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Übergabe erledigt. @user30', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('33xthi83torw6gjf7i7cuts8pa', 1710525621369, 1710112223420, 0, '3pif6isg9ydxccj5fhf1r8zb7f', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user31', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('w65gckyzwaq1j997464kx5mgnh', 1710596456407, 1709961265915, 0, 'dkhrxeaas47e8adc3zznkrmdog', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user32', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('xfmaxzo7icngek3gtkk9r57mez', 1710542639535, 1709776933937, 0, '6j8r3yz8gbsuhqmsr1ghh8x7bp', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user3', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('erhn6jrs6ubwhzi39bnoaf6nx1', 1710562264344, 1710205229554, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '', '', '', 'slack_attachment', '{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1"}], "from_webhook": "true", "override_username": "Zabbix"}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('h4q7qyjyqeq8yb1q55ud51jj8y', 1709598161412, 1710383656981, 0, 'cqxacoojs3c7f59zkkso8h4isp', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Danke! @user5', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('arxhjhcsty7g7enaahwy47n6bf', 1710348261967, 1710905015535, 0, 'qprfxr3d43ymk1cxiqxcn9cey5', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Übergabe erledigt. @user6', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('6sr478nd8s6no5ebjfpsjr4hy5', 1710121608490, 1709329663421, 0, 'di1o3zg9d5rdkrcfgm5p3xs4qu', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=x-lKAOGEOHM', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('jhu8yky6gzf9w8z66a7b6r9o68', 1709890607260, 1709922213844, 0, 'hzbqpnsojgmnmaf1r43prbxnm8', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Bin dran. @user8', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('83fu8mmgj56qcf3zon4pyojuaz', 1709529553276, 1709630133436, 0, '8ozzga7ybfobjffkkhfweobjfz', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user9', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('1b7ou5dyasdgoasmy7emgozeif', 1710898032607, 1709301893005, 0, '5gayceuuyq1raqnmseg3f8w4kp', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user10', '', '{"disable_group_highlight": true}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('1ftscdij56q8hydkud5drp6fhj', 1709716070641, 1709871260491, 0, 'jeifmegcazf9hx9fmg7e1wknmj', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user11', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('z8ic7wqe91746rntkqaf9345gd', 1710847431348, 1710787661363, 0, 'ee4kisfkjcuttyqn4xg6q47ups', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Schichtplan KW 12: https://wiki.example.com/display/LAGER/Schichtplan – @user12 bitte bestätigen', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('cnps59cxwi7i7iay7y3sqrt6ib', 1710273606108, 1709817084366, 0, '3tushiq75xfmep6nrnec4hh8yh', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Übergabe erledigt. @user13', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('4rquqy95uaekbpdasm9wfnsxwm', 1710682837785, 1710300195511, 0, 'gt4m4o9xdk9afhwbhfmox6zkb1', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Übergabe erledigt. @user14', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('r6m4u7x93ofmxt7obqtjd6r9oj', 1709646183792, 1710510004218, 0, 'ayku8ckoeqrhx9qz9pg55ydd3a', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Kran 2 wieder frei. @user15', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('rqzmi8b7xyw69gtnf7ijm9drft', 1710638719506, 1709516517997, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '', '', '', 'slack_attachment', '{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1"}], "from_webhook": "true", "override_username": "Zabbix"}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('koak44k6rgc8shnjgrndkp8im4', 1709545985595, 1710816814872, 0, 'q6cdanoqu1od8anso511djfcxo', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user17', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('1yy186mnqmeeztx7m34ngwoqmw', 1710242513993, 1710151433487, 0, 'tdibrsndtrozs8a3ca9zxb7dww', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user18', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('ehqcu49app8k6e7epqa9chb7gy', 1710822410941, 1710191410058, 0, 'zmgb6wpydcayqfch66mcci135m', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user19', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('e3bhysnzajsw4wke65egrx4gbn', 1710676166423, 1709449012230, 0, '39mggcbj4whta743kc9cyx8c9q', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Schichtplan KW 12: https://wiki.example.com/display/LAGER/Schichtplan – @user20 bitte bestätigen', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('w6sw76oz1wcktzqc8omxt4jwh5', 1710797397859, 1709976798249, 0, 'zbktdexnf185ufpyfufbrqm3rn', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Wer übernimmt die Spätschicht? @user21', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('qf815anu5d8k831z3n3ii1kzx8', 1710723029824, 1710988772348, 0, '67pyzjm5b8i585ohmwjn978csz', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Danke! @user22', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('mafzdsuwb15f9s9c5zriyd8ef1', 1709331261520, 1710027554718, 0, 'h1ycd9bfqjgx5np7r7o3dbmu5r', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Übergabe erledigt. @user23', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('zmq7jzr45stxa1fxck99wbtbrz', 1709442913788, 1710616128440, 0, 'tfhptxpq1h4ib657pqx4dzyj5j', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Kran 2 wieder frei. @user24', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('7gfkenjnrtkqmtf4iim7iamghq', 1710102545838, 1710548787415, 0, '5gm3ukidffb81un1waaursw9p5', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=TUJ2uE9iUwi', '', '{"disable_group_highlight": true}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('xcykjj1wsyudck6qeuyndbpnms', 1709488709266, 1709918956724, 0, '1wush3c87wwqouw8ysbc6rd5wh', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user26', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('depydrxhmpxrcdwu8qud78w5ea', 1709726827217, 1709345047645, 0, 'g6ghasfagxgrkk1kxssyz15af3', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user27', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('g9nzk8jn8qgmzi645a8iqnpjwd', 1710432405585, 1710225176537, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '', '', '', 'slack_attachment', '{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1"}], "from_webhook": "true", "override_username": "Zabbix"}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('qfjyexbpf5w4wbxc5bmhw6zi11', 1709582195160, 1709768235495, 0, '1h3dix3b6xqgesi6hfe31a1ioh', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Bin dran. @user29', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('yghtz3mfoy8phcbrh8hc8cph4x', 1710643285356, 1710438074479, 0, 'aomk45w1sf497yahjxr1xcxkpn', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user30', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('1yd7u6rwurqwwqgb7695n4ydj1', 1709884485901, 1710015441834, 0, '3pif6isg9ydxccj5fhf1r8zb7f', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Kran 2 wieder frei. @user31', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('w537f65wsfbsniiyxzk7hduoy4', 1709909826416, 1709664964233, 0, 'dkhrxeaas47e8adc3zznkrmdog', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Übergabe erledigt. @user32', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('3i9sx3z8ksfbx4nejbogoegbci', 1710527008118, 1709549988464, 0, '6j8r3yz8gbsuhqmsr1ghh8x7bp', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Kran 2 wieder frei. @user3', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('q16b9d5gzmfm1qrrgkxir8sxfr', 1709942968632, 1709686729420, 0, 'wqmwzmc4mq68zeq8w8fdux6mdf', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=RhCPj7Zaix5', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('9bidkmj1nj4uhzgeeo4maknygt', 1710005041832, 1710649870355, 0, 'cqxacoojs3c7f59zkkso8h4isp', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Kran 2 wieder frei. @user5', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('rck5yy3w34tng9xewrew5wm46c', 1709719370247, 1710183456643, 0, 'qprfxr3d43ymk1cxiqxcn9cey5', 'xpkbo9hofrbshj5uy9nib9hsc7', '', '', 'Schichtplan KW 12: https://wiki.example.com/display/LAGER/Schichtplan – @user6 bitte bestätigen', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('ncxrpks5irrijkseja4reztcgr', 1709943855435, 1710724066693, 0, 'di1o3zg9d5rdkrcfgm5p3xs4qu', 'y5nrd8aak3gqas3pjq7yujuek5', '', '', 'Danke! @user7', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('g1i33mbbwcj8meesmhnjjp18xc', 1709498372017, 1710057993376, 0, 'hzbqpnsojgmnmaf1r43prbxnm8', 'zikc3dpbogeebx9ieip8yokka1', '', '', 'Bin dran. @user8', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('46pihusk41au5zobtwhpab369r', 1710403139243, 1710650824929, 0, '8ozzga7ybfobjffkkhfweobjfz', '3usrqirhxi7apbjyrn9o6r8bxx', '', '', 'Bin dran. @user9', '', '{}', '', '[]', '[]', false, 0, false, NULL);
INSERT INTO public.posts VALUES ('qrooqjx5dh7rub6udp1n5tg66g', 1710650996573, 1710782445809, 0, 'ix18hdbkqf1gq1hb31ktgafzq3', 'zikc3dpbogeebx9ieip8yokka1', '', '', '', 'slack_attachment', '{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.example.com/tr_events.php?triggerid=1&eventid=1"}], "from_webhook": "true", "override_username": "Zabbix", "disable_group_highlight": true}', '', '[]', '[]', false, 0, false, NULL);


--
-- Data for Name: preferences; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.preferences VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'tutorial_step', 'ix18hdbkqf1gq1hb31ktgafzq3', '999');
INSERT INTO public.preferences VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'direct_channel_show', 'jeifmegcazf9hx9fmg7e1wknmj', 'true');
INSERT INTO public.preferences VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'recent_emojis', '', '[{"name":"+1","usageCount":39},{"name":"white_check_mark","usageCount":1}]');
INSERT INTO public.preferences VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 'tutorial_step', '5gayceuuyq1raqnmseg3f8w4kp', '999');
INSERT INTO public.preferences VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 'direct_channel_show', 'ee4kisfkjcuttyqn4xg6q47ups', 'true');
INSERT INTO public.preferences VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 'tutorial_step', 'jeifmegcazf9hx9fmg7e1wknmj', '999');
INSERT INTO public.preferences VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 'direct_channel_show', '3tushiq75xfmep6nrnec4hh8yh', 'true');
INSERT INTO public.preferences VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 'tutorial_step', 'ee4kisfkjcuttyqn4xg6q47ups', '999');
INSERT INTO public.preferences VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 'direct_channel_show', 'gt4m4o9xdk9afhwbhfmox6zkb1', 'true');
INSERT INTO public.preferences VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('3tushiq75xfmep6nrnec4hh8yh', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('3tushiq75xfmep6nrnec4hh8yh', 'tutorial_step', '3tushiq75xfmep6nrnec4hh8yh', '999');
INSERT INTO public.preferences VALUES ('3tushiq75xfmep6nrnec4hh8yh', 'direct_channel_show', 'ayku8ckoeqrhx9qz9pg55ydd3a', 'true');
INSERT INTO public.preferences VALUES ('3tushiq75xfmep6nrnec4hh8yh', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'tutorial_step', 'gt4m4o9xdk9afhwbhfmox6zkb1', '999');
INSERT INTO public.preferences VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'direct_channel_show', 'mc9xrcruftn1ux4yhimxfemtxi', 'true');
INSERT INTO public.preferences VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'recent_emojis', '', '[{"name":"+1","usageCount":32},{"name":"white_check_mark","usageCount":9}]');
INSERT INTO public.preferences VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 'tutorial_step', 'ayku8ckoeqrhx9qz9pg55ydd3a', '999');
INSERT INTO public.preferences VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 'direct_channel_show', 'q6cdanoqu1od8anso511djfcxo', 'true');
INSERT INTO public.preferences VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 'tutorial_step', 'mc9xrcruftn1ux4yhimxfemtxi', '999');
INSERT INTO public.preferences VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 'direct_channel_show', 'tdibrsndtrozs8a3ca9zxb7dww', 'true');
INSERT INTO public.preferences VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('q6cdanoqu1od8anso511djfcxo', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('q6cdanoqu1od8anso511djfcxo', 'tutorial_step', 'q6cdanoqu1od8anso511djfcxo', '999');
INSERT INTO public.preferences VALUES ('q6cdanoqu1od8anso511djfcxo', 'direct_channel_show', 'zmgb6wpydcayqfch66mcci135m', 'true');
INSERT INTO public.preferences VALUES ('q6cdanoqu1od8anso511djfcxo', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 'tutorial_step', 'tdibrsndtrozs8a3ca9zxb7dww', '999');
INSERT INTO public.preferences VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 'direct_channel_show', '39mggcbj4whta743kc9cyx8c9q', 'true');
INSERT INTO public.preferences VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('zmgb6wpydcayqfch66mcci135m', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('zmgb6wpydcayqfch66mcci135m', 'tutorial_step', 'zmgb6wpydcayqfch66mcci135m', '999');
INSERT INTO public.preferences VALUES ('zmgb6wpydcayqfch66mcci135m', 'direct_channel_show', 'zbktdexnf185ufpyfufbrqm3rn', 'true');
INSERT INTO public.preferences VALUES ('zmgb6wpydcayqfch66mcci135m', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('zmgb6wpydcayqfch66mcci135m', 'recent_emojis', '', '[{"name":"+1","usageCount":30},{"name":"white_check_mark","usageCount":20}]');
INSERT INTO public.preferences VALUES ('39mggcbj4whta743kc9cyx8c9q', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('39mggcbj4whta743kc9cyx8c9q', 'tutorial_step', '39mggcbj4whta743kc9cyx8c9q', '999');
INSERT INTO public.preferences VALUES ('39mggcbj4whta743kc9cyx8c9q', 'direct_channel_show', '67pyzjm5b8i585ohmwjn978csz', 'true');
INSERT INTO public.preferences VALUES ('39mggcbj4whta743kc9cyx8c9q', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('zbktdexnf185ufpyfufbrqm3rn', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('zbktdexnf185ufpyfufbrqm3rn', 'tutorial_step', 'zbktdexnf185ufpyfufbrqm3rn', '999');
INSERT INTO public.preferences VALUES ('zbktdexnf185ufpyfufbrqm3rn', 'direct_channel_show', 'h1ycd9bfqjgx5np7r7o3dbmu5r', 'true');
INSERT INTO public.preferences VALUES ('zbktdexnf185ufpyfufbrqm3rn', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('67pyzjm5b8i585ohmwjn978csz', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('67pyzjm5b8i585ohmwjn978csz', 'tutorial_step', '67pyzjm5b8i585ohmwjn978csz', '999');
INSERT INTO public.preferences VALUES ('67pyzjm5b8i585ohmwjn978csz', 'direct_channel_show', 'tfhptxpq1h4ib657pqx4dzyj5j', 'true');
INSERT INTO public.preferences VALUES ('67pyzjm5b8i585ohmwjn978csz', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 'tutorial_step', 'h1ycd9bfqjgx5np7r7o3dbmu5r', '999');
INSERT INTO public.preferences VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 'direct_channel_show', '5gm3ukidffb81un1waaursw9p5', 'true');
INSERT INTO public.preferences VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'tutorial_step', 'tfhptxpq1h4ib657pqx4dzyj5j', '999');
INSERT INTO public.preferences VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'direct_channel_show', '1wush3c87wwqouw8ysbc6rd5wh', 'true');
INSERT INTO public.preferences VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'recent_emojis', '', '[{"name":"+1","usageCount":35},{"name":"white_check_mark","usageCount":6}]');
INSERT INTO public.preferences VALUES ('5gm3ukidffb81un1waaursw9p5', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('5gm3ukidffb81un1waaursw9p5', 'tutorial_step', '5gm3ukidffb81un1waaursw9p5', '999');
INSERT INTO public.preferences VALUES ('5gm3ukidffb81un1waaursw9p5', 'direct_channel_show', 'g6ghasfagxgrkk1kxssyz15af3', 'true');
INSERT INTO public.preferences VALUES ('5gm3ukidffb81un1waaursw9p5', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 'tutorial_step', '1wush3c87wwqouw8ysbc6rd5wh', '999');
INSERT INTO public.preferences VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 'direct_channel_show', 'bdud9etkd49m3wq8o33ztryp6h', 'true');
INSERT INTO public.preferences VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('g6ghasfagxgrkk1kxssyz15af3', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('g6ghasfagxgrkk1kxssyz15af3', 'tutorial_step', 'g6ghasfagxgrkk1kxssyz15af3', '999');
INSERT INTO public.preferences VALUES ('g6ghasfagxgrkk1kxssyz15af3', 'direct_channel_show', '1h3dix3b6xqgesi6hfe31a1ioh', 'true');
INSERT INTO public.preferences VALUES ('g6ghasfagxgrkk1kxssyz15af3', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('bdud9etkd49m3wq8o33ztryp6h', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('bdud9etkd49m3wq8o33ztryp6h', 'tutorial_step', 'bdud9etkd49m3wq8o33ztryp6h', '999');
INSERT INTO public.preferences VALUES ('bdud9etkd49m3wq8o33ztryp6h', 'direct_channel_show', 'aomk45w1sf497yahjxr1xcxkpn', 'true');
INSERT INTO public.preferences VALUES ('bdud9etkd49m3wq8o33ztryp6h', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'tutorial_step', '1h3dix3b6xqgesi6hfe31a1ioh', '999');
INSERT INTO public.preferences VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'direct_channel_show', '3pif6isg9ydxccj5fhf1r8zb7f', 'true');
INSERT INTO public.preferences VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'recent_emojis', '', '[{"name":"+1","usageCount":40},{"name":"white_check_mark","usageCount":5}]');
INSERT INTO public.preferences VALUES ('aomk45w1sf497yahjxr1xcxkpn', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('aomk45w1sf497yahjxr1xcxkpn', 'tutorial_step', 'aomk45w1sf497yahjxr1xcxkpn', '999');
INSERT INTO public.preferences VALUES ('aomk45w1sf497yahjxr1xcxkpn', 'direct_channel_show', 'dkhrxeaas47e8adc3zznkrmdog', 'true');
INSERT INTO public.preferences VALUES ('aomk45w1sf497yahjxr1xcxkpn', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 'tutorial_step', '3pif6isg9ydxccj5fhf1r8zb7f', '999');
INSERT INTO public.preferences VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 'direct_channel_show', '6j8r3yz8gbsuhqmsr1ghh8x7bp', 'true');
INSERT INTO public.preferences VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('dkhrxeaas47e8adc3zznkrmdog', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('dkhrxeaas47e8adc3zznkrmdog', 'tutorial_step', 'dkhrxeaas47e8adc3zznkrmdog', '999');
INSERT INTO public.preferences VALUES ('dkhrxeaas47e8adc3zznkrmdog', 'direct_channel_show', 'wqmwzmc4mq68zeq8w8fdux6mdf', 'true');
INSERT INTO public.preferences VALUES ('dkhrxeaas47e8adc3zznkrmdog', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 'tutorial_step', '6j8r3yz8gbsuhqmsr1ghh8x7bp', '999');
INSERT INTO public.preferences VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 'direct_channel_show', 'cqxacoojs3c7f59zkkso8h4isp', 'true');
INSERT INTO public.preferences VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'tutorial_step', 'wqmwzmc4mq68zeq8w8fdux6mdf', '999');
INSERT INTO public.preferences VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'direct_channel_show', 'qprfxr3d43ymk1cxiqxcn9cey5', 'true');
INSERT INTO public.preferences VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'recent_emojis', '', '[{"name":"+1","usageCount":38},{"name":"white_check_mark","usageCount":8}]');
INSERT INTO public.preferences VALUES ('cqxacoojs3c7f59zkkso8h4isp', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('cqxacoojs3c7f59zkkso8h4isp', 'tutorial_step', 'cqxacoojs3c7f59zkkso8h4isp', '999');
INSERT INTO public.preferences VALUES ('cqxacoojs3c7f59zkkso8h4isp', 'direct_channel_show', 'di1o3zg9d5rdkrcfgm5p3xs4qu', 'true');
INSERT INTO public.preferences VALUES ('cqxacoojs3c7f59zkkso8h4isp', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 'tutorial_step', 'qprfxr3d43ymk1cxiqxcn9cey5', '999');
INSERT INTO public.preferences VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 'direct_channel_show', 'hzbqpnsojgmnmaf1r43prbxnm8', 'true');
INSERT INTO public.preferences VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');
INSERT INTO public.preferences VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 'display_settings', 'use_military_time', 'true');
INSERT INTO public.preferences VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 'tutorial_step', 'di1o3zg9d5rdkrcfgm5p3xs4qu', '999');
INSERT INTO public.preferences VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 'direct_channel_show', '8ozzga7ybfobjffkkhfweobjfz', 'true');
INSERT INTO public.preferences VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 'theme', '', '{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.sessions VALUES ('b1m3rqoashy6y8ir6c4rrfhedt', 'session-2', 1709280000000, 1711872000000, 1710768064157, 'ix18hdbkqf1gq1hb31ktgafzq3', '', 'system_user', false, '{"os": "Windows 10", "csrf": "cz7sowfw8zoo156ozt3ko61t56", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('b53xboh51imnsrjad3e17seo6e', 'session-3', 1709280000000, 1711872000000, 1709877892250, '5gayceuuyq1raqnmseg3f8w4kp', '', 'system_user', false, '{"os": "Windows 10", "csrf": "p319o53f31na4moc1ee5g6o9ne", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('hxoj7okqihgafu1moduggm9jrz', 'session-4', 1709280000000, 1711872000000, 1709840144119, 'jeifmegcazf9hx9fmg7e1wknmj', 'android_rn-v2:device-4', 'system_user', false, '{"os": "Android 14", "csrf": "9k73a136dd7bj1n11n87qqq9hq", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('yqhuduhtmsuskxbyfysknbc53z', 'session-5', 1709280000000, 1711872000000, 1709463084686, 'ee4kisfkjcuttyqn4xg6q47ups', '', 'system_user', false, '{"os": "Windows 10", "csrf": "r3ciek9d911tbrm94kn39xte5q", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('rzyer8gzyj5ojp9b91534w6os9', 'session-6', 1709280000000, 1711872000000, 1709975452749, '3tushiq75xfmep6nrnec4hh8yh', '', 'system_user', false, '{"os": "Windows 10", "csrf": "43fuuqeyoftwcce4nojao957uf", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('8b18789hziwnfbsrbi8im8j7u9', 'session-7', 1709280000000, 1711872000000, 1709327776519, 'gt4m4o9xdk9afhwbhfmox6zkb1', '', 'system_user', false, '{"os": "Windows 10", "csrf": "wo64kozkfd7kixdct6fhde5hqs", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "qhb4zjkibbbtp3w5jd4dhcgo3u"}', false);
INSERT INTO public.sessions VALUES ('9g8tobox9opg73tyje9jim15ie', 'session-8', 1709280000000, 1711872000000, 1709504969375, 'ayku8ckoeqrhx9qz9pg55ydd3a', 'android_rn-v2:device-8', 'system_user', false, '{"os": "Android 14", "csrf": "mah1xzstzuhixsf8fiyjuptqg5", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('5cwp9bw7uxeo946mrh5f18izx4', 'session-9', 1709280000000, 1711872000000, 1709389320058, 'mc9xrcruftn1ux4yhimxfemtxi', '', 'system_user', false, '{"os": "Windows 10", "csrf": "ctkz6bteupqd4ag6pr7bdk3y1g", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('q7btgm7m6gfg4n9kmtwi8jibpo', 'session-10', 1709280000000, 1711872000000, 1709944987473, 'q6cdanoqu1od8anso511djfcxo', '', 'system_user', false, '{"os": "Windows 10", "csrf": "q467bn5gthacf1f97jis8tbdfk", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('4mk8mu7wczs5jruy6mnwfojhrk', 'session-11', 1709280000000, 1711872000000, 1709660947975, 'tdibrsndtrozs8a3ca9zxb7dww', '', 'system_user', false, '{"os": "Windows 10", "csrf": "mwb5z1wfzi31ud3tdoc3asco8p", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('pym85b5xis8zgg6r4cedgrcnpb', 'session-12', 1709280000000, 1711872000000, 1710850552873, 'zmgb6wpydcayqfch66mcci135m', 'android_rn-v2:device-12', 'system_user', false, '{"os": "Android 14", "csrf": "aqphdkg1txdod9rc31iu7r88xh", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('sowwdgnr1gnsief8fxjye9dyfk', 'session-13', 1709280000000, 1711872000000, 1709829180313, '39mggcbj4whta743kc9cyx8c9q', '', 'system_user', false, '{"os": "Windows 10", "csrf": "icyhg3qs7ju9739gsgrjum9tz3", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('aybpb7e5yw644yx7byr6ji3pgp', 'session-14', 1709280000000, 1711872000000, 1709380006622, 'zbktdexnf185ufpyfufbrqm3rn', '', 'system_user', false, '{"os": "Windows 10", "csrf": "o9s75sjd8br1rmru456iayps3u", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "w1nit1sk3uwajwgkid8oiai737"}', false);
INSERT INTO public.sessions VALUES ('ywnzcp9jfsrnfajbs46j8gqqex', 'session-15', 1709280000000, 1711872000000, 1710697905654, '67pyzjm5b8i585ohmwjn978csz', '', 'system_user', false, '{"os": "Windows 10", "csrf": "n9f45hwuaw5hygczwyst1hr77d", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('387yf9148xp3yjjg6ox4k8b8bh', 'session-16', 1709280000000, 1711872000000, 1709990466957, 'h1ycd9bfqjgx5np7r7o3dbmu5r', 'android_rn-v2:device-16', 'system_user', false, '{"os": "Android 14", "csrf": "eprhbksyqit6mz9n8dfjtkwike", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('5s8xnr8g6dqg3xo9m64zddtstg', 'session-17', 1709280000000, 1711872000000, 1710493073548, 'tfhptxpq1h4ib657pqx4dzyj5j', '', 'system_user', false, '{"os": "Windows 10", "csrf": "imhsyg8snq5p6qzrztze1m8rht", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('h973rwpfceughyimzh45z3r4f3', 'session-18', 1709280000000, 1711872000000, 1709357138237, '5gm3ukidffb81un1waaursw9p5', '', 'system_user', false, '{"os": "Windows 10", "csrf": "ufrho8q6b5n7zysmqyxsj515np", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('fiwqn8pwzc9ztfnmob769kk6ts', 'session-19', 1709280000000, 1711872000000, 1709779853279, '1wush3c87wwqouw8ysbc6rd5wh', '', 'system_user', false, '{"os": "Windows 10", "csrf": "egccbcmrhiys49oegdw3byogoo", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('omkqxw6jcsgw5dtumdf8tkgyjk', 'session-20', 1709280000000, 1711872000000, 1709753354668, 'g6ghasfagxgrkk1kxssyz15af3', 'android_rn-v2:device-20', 'system_user', false, '{"os": "Android 14", "csrf": "yx435pkyrsxnq4don1p6a8c41j", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('zsxspz54gbyqpr7ek6f7e5aubz', 'session-21', 1709280000000, 1711872000000, 1709766038984, 'bdud9etkd49m3wq8o33ztryp6h', '', 'system_user', false, '{"os": "Windows 10", "csrf": "aagehg5fquyrnuikn4u6tnxbu8", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "xqqnug4q5c8fjwqnqsmt4t8t7g"}', false);
INSERT INTO public.sessions VALUES ('kdtbmhj9pufecrwf6sk54tnnou', 'session-22', 1709280000000, 1711872000000, 1709784217255, '1h3dix3b6xqgesi6hfe31a1ioh', '', 'system_user', false, '{"os": "Windows 10", "csrf": "dcaqpj84nk61jb5u3nzfmcqthw", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('aq4w68tio91bcmhj1a4pa6zhky', 'session-23', 1709280000000, 1711872000000, 1709635775190, 'aomk45w1sf497yahjxr1xcxkpn', '', 'system_user', false, '{"os": "Windows 10", "csrf": "nrwyqopw7oe83p5uspr54iijud", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('u1nn9xpu6y4qo8t4o6c66ma3un', 'session-24', 1709280000000, 1711872000000, 1710394288520, '3pif6isg9ydxccj5fhf1r8zb7f', 'android_rn-v2:device-24', 'system_user', false, '{"os": "Android 14", "csrf": "8z59q1noo81d3nj17oerbq5i6g", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}', false);
INSERT INTO public.sessions VALUES ('7rsafa1hcippa8smbsssk3i5ob', 'session-25', 1709280000000, 1711872000000, 1710093286011, 'dkhrxeaas47e8adc3zznkrmdog', '', 'system_user', false, '{"os": "Windows 10", "csrf": "jsfn5knan7nkcu7fy5f7u5pez4", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('yy6o5bakjabp6hb3cn56szbqxc', 'session-26', 1709280000000, 1711872000000, 1709368767196, '6j8r3yz8gbsuhqmsr1ghh8x7bp', '', 'system_user', false, '{"os": "Windows 10", "csrf": "gj8nr3b57m8cwmp7nruzxioiu4", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('4oihajtayq7q1mmssrzq7krw3t', 'session-27', 1709280000000, 1711872000000, 1710834463739, 'wqmwzmc4mq68zeq8w8fdux6mdf', '', 'system_user', false, '{"os": "Windows 10", "csrf": "9r9nmdq8uhwyed6ra5m8efsz1i", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('4kycdq64iux9hhj46yj5fgmn91', 'session-28', 1709280000000, 1711872000000, 1709487325401, 'cqxacoojs3c7f59zkkso8h4isp', 'android_rn-v2:device-28', 'system_user', false, '{"os": "Android 14", "csrf": "3jngoojcy96scodjozpjtgekb8", "type": "UserAccessToken", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux", "user_access_token_id": "qhmqd9qzdowjuybz1cw36jem64"}', false);
INSERT INTO public.sessions VALUES ('tz4jup6cnhhgo77ah4yzpuchby', 'session-29', 1709280000000, 1711872000000, 1710207574225, 'qprfxr3d43ymk1cxiqxcn9cey5', '', 'system_user', false, '{"os": "Windows 10", "csrf": "6tkhb9ewcf7zb364io4zboodtb", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);
INSERT INTO public.sessions VALUES ('sjafgtdkce16z3ucn16mzirax5', 'session-30', 1709280000000, 1711872000000, 1709732431686, 'di1o3zg9d5rdkrcfgm5p3xs4qu', '', 'system_user', false, '{"os": "Windows 10", "csrf": "yckpdzs4iiyec8bkiq6y811114", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}', false);


--
-- Data for Name: status; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.status VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 'dnd', false, 1710085353814, 0, '');
INSERT INTO public.status VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 'away', false, 1709500405998, 0, '');
INSERT INTO public.status VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 'dnd', false, 1710351513062, 0, '');
INSERT INTO public.status VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 'away', false, 1709446334106, 0, '');
INSERT INTO public.status VALUES ('3tushiq75xfmep6nrnec4hh8yh', 'dnd', false, 1710992702707, 0, '');
INSERT INTO public.status VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 'away', false, 1710185795289, 0, '');
INSERT INTO public.status VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 'dnd', false, 1709636467895, 0, '');
INSERT INTO public.status VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 'dnd', false, 1709991250557, 0, '');
INSERT INTO public.status VALUES ('q6cdanoqu1od8anso511djfcxo', 'away', false, 1709374790657, 0, '');
INSERT INTO public.status VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 'dnd', false, 1710040691300, 0, '');
INSERT INTO public.status VALUES ('zmgb6wpydcayqfch66mcci135m', 'dnd', false, 1710616319962, 0, '');
INSERT INTO public.status VALUES ('39mggcbj4whta743kc9cyx8c9q', 'online', false, 1709800285172, 0, '');
INSERT INTO public.status VALUES ('zbktdexnf185ufpyfufbrqm3rn', 'dnd', false, 1709769069717, 0, '');
INSERT INTO public.status VALUES ('67pyzjm5b8i585ohmwjn978csz', 'dnd', false, 1710077384537, 0, '');
INSERT INTO public.status VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 'dnd', false, 1710301878068, 0, '');
INSERT INTO public.status VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 'offline', false, 1709320682510, 0, '');
INSERT INTO public.status VALUES ('5gm3ukidffb81un1waaursw9p5', 'online', false, 1709489101272, 0, '');
INSERT INTO public.status VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 'offline', false, 1710634012963, 0, '');
INSERT INTO public.status VALUES ('g6ghasfagxgrkk1kxssyz15af3', 'away', false, 1710723913537, 0, '');
INSERT INTO public.status VALUES ('bdud9etkd49m3wq8o33ztryp6h', 'away', false, 1710123692528, 0, '');
INSERT INTO public.status VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 'online', false, 1709712417652, 0, '');
INSERT INTO public.status VALUES ('aomk45w1sf497yahjxr1xcxkpn', 'away', false, 1709666396198, 0, '');
INSERT INTO public.status VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 'online', false, 1710197630654, 0, '');
INSERT INTO public.status VALUES ('dkhrxeaas47e8adc3zznkrmdog', 'online', false, 1710025622710, 0, '');
INSERT INTO public.status VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 'online', false, 1710929066169, 0, '');
INSERT INTO public.status VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 'away', false, 1710166301079, 0, '');
INSERT INTO public.status VALUES ('cqxacoojs3c7f59zkkso8h4isp', 'dnd', false, 1710736868890, 0, '');
INSERT INTO public.status VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 'dnd', false, 1710207832695, 0, '');
INSERT INTO public.status VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 'online', false, 1709544126142, 0, '');


--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.systems VALUES ('Version', '9.5.0');
INSERT INTO public.systems VALUES ('DiagnosticId', '3cnz6yj83rfay3okn6tz8whj5j');
INSERT INTO public.systems VALUES ('InstallationDate', '1674720000000');
INSERT INTO public.systems VALUES ('FirstServerRunTimestamp', '1674720000000');
INSERT INTO public.systems VALUES ('LastSecurityTime', '1709280000000');
INSERT INTO public.systems VALUES ('AdvancedPermissionsMigrationComplete', 'true');
INSERT INTO public.systems VALUES ('ContentExtractionConfigDefaultTrueMigrationComplete', 'true');
INSERT INTO public.systems VALUES ('CRTChannelMembershipCountsMigrationComplete', 'true');


--
-- Data for Name: teams; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.teams VALUES ('5banpmqn7xceiyxdr191313rzx', 1709280000000, 1709280000000, 0, 'Example Team', 'hafen', '', 'user2@example.com', 'I', '', 'example.com', 'e1pw1fp7b7t6uhjh9cjhwahkru', false, 0, NULL, false, false);
INSERT INTO public.teams VALUES ('y3tnxhke5razfaziwywzgzyq4x', 1709280000000, 1709280000000, 0, 'Ops', 'leitstand', '', 'ops@example.com', 'I', '', 'example.com', '5jjy8bim17xmptqp8kkkte7pdn', false, 0, NULL, false, false);


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.tokens VALUES ('reset-token-9', 1709991080921, 'password_recovery', '{"UserId":"mc9xrcruftn1ux4yhimxfemtxi","email":"user9@example.com"}');
INSERT INTO public.tokens VALUES ('reset-token-18', 1710965394180, 'password_recovery', '{"UserId":"5gm3ukidffb81un1waaursw9p5","email":"user18@example.com"}');
INSERT INTO public.tokens VALUES ('reset-token-27', 1709461467430, 'password_recovery', '{"UserId":"wqmwzmc4mq68zeq8w8fdux6mdf","email":"user27@example.com"}');


--
-- Data for Name: useraccesstokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.useraccesstokens VALUES ('793zxiktcgso864nafnkw3nj74', 'token-7', 'gt4m4o9xdk9afhwbhfmox6zkb1', 'Jenkins', true);
INSERT INTO public.useraccesstokens VALUES ('yweejsms36u76x4p1tukytfi8m', 'token-14', 'zbktdexnf185ufpyfufbrqm3rn', 'Grafana-Export', true);
INSERT INTO public.useraccesstokens VALUES ('mp4wy7zidab8xt89hnkdzzh6jo', 'token-21', 'bdud9etkd49m3wq8o33ztryp6h', 'Zabbix', true);
INSERT INTO public.useraccesstokens VALUES ('cg5ff4xct7zbomatt671tqu6ba', 'token-28', 'cqxacoojs3c7f59zkkso8h4isp', 'Backup-Skript', true);


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.users VALUES ('hqqxjgzpk6xfzdgcg8ms9rixe1', 1709280000000, 1709280000000, 0, 'system-bot', '', NULL, '', 'system-bot@localhost', true, '', 'System', 'Bot', 'system_user system_admin', false, '{"from_webhook": "true"}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710234004189, '[]');
INSERT INTO public.users VALUES ('ix18hdbkqf1gq1hb31ktgafzq3', 1709280000000, 1709280000000, 0, 'user2', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user2@example.com', true, '', 'User2', 'Example', 'system_user system_admin', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710640428430, '[]');
INSERT INTO public.users VALUES ('5gayceuuyq1raqnmseg3f8w4kp', 1709280000000, 1709280000000, 0, 'user3', '', '099', 'gitlab', 'user3@example.com', true, '', 'User3', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709375956375, '[]');
INSERT INTO public.users VALUES ('jeifmegcazf9hx9fmg7e1wknmj', 1709280000000, 1709280000000, 0, 'user4', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user4@example.com', true, '', 'User4', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710139013100, '[]');
INSERT INTO public.users VALUES ('ee4kisfkjcuttyqn4xg6q47ups', 1709280000000, 1709280000000, 0, 'user5', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user5@example.com', true, '', 'User5', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710251190857, '[]');
INSERT INTO public.users VALUES ('3tushiq75xfmep6nrnec4hh8yh', 1709280000000, 1709280000000, 0, 'user6', '', 'user6', 'ldap', 'user6@example.com', true, '', 'User6', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710583109666, '[]');
INSERT INTO public.users VALUES ('gt4m4o9xdk9afhwbhfmox6zkb1', 1709280000000, 1709280000000, 0, 'user7', '', 'user7@example.com', 'saml', 'user7@example.com', true, '', 'User7', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710599255036, '[]');
INSERT INTO public.users VALUES ('ayku8ckoeqrhx9qz9pg55ydd3a', 1709280000000, 1709280000000, 0, 'user8', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user8@example.com', true, '', 'User8', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710426143121, '[]');
INSERT INTO public.users VALUES ('mc9xrcruftn1ux4yhimxfemtxi', 1709280000000, 1709280000000, 0, 'user9', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user9@example.com', true, '', 'User9', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709416101448, '[]');
INSERT INTO public.users VALUES ('q6cdanoqu1od8anso511djfcxo', 1709280000000, 1709280000000, 0, 'user10', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user10@example.com', true, '', 'User10', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709806591255, '[]');
INSERT INTO public.users VALUES ('tdibrsndtrozs8a3ca9zxb7dww', 1709280000000, 1709280000000, 0, 'user11', '', 'user11', 'ldap', 'user11@example.com', true, '', 'User11', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709807447159, '[]');
INSERT INTO public.users VALUES ('zmgb6wpydcayqfch66mcci135m', 1709280000000, 1709280000000, 0, 'user12', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user12@example.com', true, '', 'User12', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710258744027, '[]');
INSERT INTO public.users VALUES ('39mggcbj4whta743kc9cyx8c9q', 1709280000000, 1709280000000, 0, 'user13', '', '312', 'gitlab', 'user13@example.com', true, '', 'User13', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709764184681, '[]');
INSERT INTO public.users VALUES ('zbktdexnf185ufpyfufbrqm3rn', 1709280000000, 1709280000000, 0, 'user14', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user14@example.com', true, '', 'User14', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709897396038, '[]');
INSERT INTO public.users VALUES ('67pyzjm5b8i585ohmwjn978csz', 1709280000000, 1709280000000, 0, 'user15', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user15@example.com', true, '', 'User15', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709559636795, '[]');
INSERT INTO public.users VALUES ('h1ycd9bfqjgx5np7r7o3dbmu5r', 1709280000000, 1709280000000, 0, 'user16', '', 'user16', 'ldap', 'user16@example.com', true, '', 'User16', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710235118460, '[]');
INSERT INTO public.users VALUES ('tfhptxpq1h4ib657pqx4dzyj5j', 1709280000000, 1709280000000, 0, 'user17', '', 'user17@example.com', 'saml', 'user17@example.com', true, '', 'User17', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710741701913, '[]');
INSERT INTO public.users VALUES ('5gm3ukidffb81un1waaursw9p5', 1709280000000, 1709280000000, 0, 'user18', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user18@example.com', true, '', 'User18', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710668302255, '[]');
INSERT INTO public.users VALUES ('1wush3c87wwqouw8ysbc6rd5wh', 1709280000000, 1709280000000, 0, 'user19', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user19@example.com', true, '', 'User19', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710202115342, '[]');
INSERT INTO public.users VALUES ('g6ghasfagxgrkk1kxssyz15af3', 1709280000000, 1709280000000, 0, 'user20', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user20@example.com', true, '', 'User20', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710842838205, '[]');
INSERT INTO public.users VALUES ('bdud9etkd49m3wq8o33ztryp6h', 1709280000000, 1709280000000, 0, 'user21', '', 'user21', 'ldap', 'user21@example.com', true, '', 'User21', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709596623161, '[]');
INSERT INTO public.users VALUES ('1h3dix3b6xqgesi6hfe31a1ioh', 1709280000000, 1709280000000, 0, 'user22', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user22@example.com', true, '', 'User22', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710731016816, '[]');
INSERT INTO public.users VALUES ('aomk45w1sf497yahjxr1xcxkpn', 1709280000000, 1709280000000, 0, 'user23', '', '435', 'gitlab', 'user23@example.com', true, '', 'User23', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710080148148, '[]');
INSERT INTO public.users VALUES ('3pif6isg9ydxccj5fhf1r8zb7f', 1709280000000, 1709280000000, 0, 'user24', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user24@example.com', true, '', 'User24', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709756785337, '[]');
INSERT INTO public.users VALUES ('dkhrxeaas47e8adc3zznkrmdog', 1709280000000, 1709280000000, 0, 'user25', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user25@example.com', true, '', 'User25', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709720229704, '[]');
INSERT INTO public.users VALUES ('6j8r3yz8gbsuhqmsr1ghh8x7bp', 1709280000000, 1709280000000, 0, 'user26', '', 'user26', 'ldap', 'user26@example.com', true, '', 'User26', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709374375373, '[]');
INSERT INTO public.users VALUES ('wqmwzmc4mq68zeq8w8fdux6mdf', 1709280000000, 1709280000000, 0, 'user27', '', 'user27@example.com', 'saml', 'user27@example.com', true, '', 'User27', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710011979595, '[]');
INSERT INTO public.users VALUES ('cqxacoojs3c7f59zkkso8h4isp', 1709280000000, 1709280000000, 0, 'user28', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user28@example.com', true, '', 'User28', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709443859504, '[]');
INSERT INTO public.users VALUES ('qprfxr3d43ymk1cxiqxcn9cey5', 1709280000000, 1709280000000, 0, 'user29', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user29@example.com', true, '', 'User29', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710418141709, '[]');
INSERT INTO public.users VALUES ('di1o3zg9d5rdkrcfgm5p3xs4qu', 1709280000000, 1709280000000, 0, 'user30', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user30@example.com', true, '', 'User30', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709680795257, '[]');
INSERT INTO public.users VALUES ('hzbqpnsojgmnmaf1r43prbxnm8', 1709280000000, 1709280000000, 0, 'user31', '', 'user31', 'ldap', 'user31@example.com', true, '', 'User31', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1711000329261, '[]');
INSERT INTO public.users VALUES ('8ozzga7ybfobjffkkhfweobjfz', 1709280000000, 1709280000000, 0, 'user32', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user32@example.com', true, '', 'User32', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710005981987, '[]');
INSERT INTO public.users VALUES ('w6snru3dc54d7dskw4prop51ax', 1709280000000, 1709280000000, 0, 'user33', '', '590', 'gitlab', 'user33@example.com', true, '', 'User33', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710502628821, '[]');
INSERT INTO public.users VALUES ('rjs8y5kqhdsttmaz6oj37pky45', 1709280000000, 1709280000000, 0, 'user34', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user34@example.com', true, '', 'User34', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710337719933, '[]');
INSERT INTO public.users VALUES ('311z5cthw46u1wrs1psac9unix', 1709280000000, 1709280000000, 0, 'user35', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user35@example.com', true, '', 'User35', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710319491555, '[]');
INSERT INTO public.users VALUES ('bq4nheg5jhszhqa7kx3omsuutt', 1709280000000, 1709280000000, 0, 'user36', '', 'user36', 'ldap', 'user36@example.com', true, '', 'User36', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', true, 'JBSWY3DPEHPK3PXP', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709678497192, '[]');
INSERT INTO public.users VALUES ('85bw3e3uz3edicmumbg8ufaf7b', 1709280000000, 1709280000000, 0, 'user37', '', 'user37@example.com', 'saml', 'user37@example.com', true, '', 'User37', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709724614485, '[]');
INSERT INTO public.users VALUES ('ii7qwebdnjtgxf5hjkes3cm3ed', 1709280000000, 1709280000000, 0, 'user38', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user38@example.com', true, '', 'User38', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710884642196, '[]');
INSERT INTO public.users VALUES ('m89gkxetrgfakxcn4paazc13gm', 1709280000000, 1709280000000, 0, 'user39', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user39@example.com', true, '', 'User39', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1709290391143, '[]');
INSERT INTO public.users VALUES ('jbe165hfcisn9c944s3ijx3xy6', 1709280000000, 1709280000000, 0, 'user40', '$2a$10$CwTycUXWue0Thq9StjUM0uJ8nYpSzpl1Vg7r9e8m3Rm5cJnVqkGKu', NULL, '', 'user40@example.com', true, '', 'User40', 'Example', 'system_user', false, '{}', '{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}', 1709280000000, 0, 0, 'de', false, '', '', '{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}', NULL, 1710324519242, '[]');


--
-- Name: audits audits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audits
    ADD CONSTRAINT audits_pkey PRIMARY KEY (id);


--
-- Name: channels channels_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.channels
    ADD CONSTRAINT channels_pkey PRIMARY KEY (id);


--
-- Name: commands commands_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.commands
    ADD CONSTRAINT commands_pkey PRIMARY KEY (id);


--
-- Name: configurations configurations_active_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.configurations
    ADD CONSTRAINT configurations_active_key UNIQUE (active);


--
-- Name: configurations configurations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.configurations
    ADD CONSTRAINT configurations_pkey PRIMARY KEY (id);


--
-- Name: incomingwebhooks incomingwebhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.incomingwebhooks
    ADD CONSTRAINT incomingwebhooks_pkey PRIMARY KEY (id);


--
-- Name: oauthaccessdata oauthaccessdata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauthaccessdata
    ADD CONSTRAINT oauthaccessdata_pkey PRIMARY KEY (token);


--
-- Name: oauthapps oauthapps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauthapps
    ADD CONSTRAINT oauthapps_pkey PRIMARY KEY (id);


--
-- Name: outgoingwebhooks outgoingwebhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.outgoingwebhooks
    ADD CONSTRAINT outgoingwebhooks_pkey PRIMARY KEY (id);


--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: preferences preferences_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preferences
    ADD CONSTRAINT preferences_pkey PRIMARY KEY (userid, category, name);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: status status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status
    ADD CONSTRAINT status_pkey PRIMARY KEY (userid);


--
-- Name: systems systems_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.systems
    ADD CONSTRAINT systems_pkey PRIMARY KEY (name);


--
-- Name: teams teams_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.teams
    ADD CONSTRAINT teams_name_key UNIQUE (name);


--
-- Name: teams teams_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (token);


--
-- Name: useraccesstokens useraccesstokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.useraccesstokens
    ADD CONSTRAINT useraccesstokens_pkey PRIMARY KEY (id);


--
-- Name: useraccesstokens useraccesstokens_token_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.useraccesstokens
    ADD CONSTRAINT useraccesstokens_token_key UNIQUE (token);


--
-- Name: users users_authdata_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_authdata_key UNIQUE (authdata);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- PostgreSQL database dump complete
--


