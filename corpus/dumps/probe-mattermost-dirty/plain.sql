--
-- PostgreSQL database dump
--

\restrict 1Q0UKwqaBUhHIuTv1PeScQ8QKIn9c5WIpi9frJrqYqm7rtfAwg0aXQ8VksRGGgw

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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

COPY public.audits (id, createat, userid, action, extrainfo, ipaddress, sessionid) FROM stdin;
4qdori1gh31kggwhoocspfghf9	1710193845108	u8xqqnug4q5c8fjwqnqsmt4t8t	/api/v4/users/login	success session_user=u8xqqnug4q5c8fjwqnqsmt4t8t	212.23.123.10	fq6ezdaqqiahy1o9d4guwkfgra
duht3jkriodpmkw8txzj54ebqy	1710639933266	89hnkdzzh6jokdtbmhj9pufecr	/api/v4/users/me/patch		84.60.124.141	gbgu3ydns47muyrfrk151zx5ye
3b46fhh4rk9iepo5mnanxo8yzh	1709876086304	nrwyqopw7oe83p5uspr54iijud	/api/v4/users/login	attempt - login_id=thomas.moreau@hafen-brake.de	79.225.84.7	
qpommsb9xeeodic9jnw6xba7nt	1710681565774	ssk3i5objsfn5knan7nkcu7fy5	/api/v4/users/login	success session_user=ssk3i5objsfn5knan7nkcu7fy5	62.92.13.179	5djqjq6cp7q33pfc8jmfs5qqdj
8egby1w71qxpwu431m8998zb9t	1709585326263	ruzxioiu4b4oihajtayq7q1mms	/api/v4/users/me/patch		178.111.235.17	fkncqwycxpnfkgf6tz5i9e3oo3
c5ifk7dpwdfgj8oubnn6qb5igu	1709958282509	mdq8uhwyed6ra5m8efsz1ihd4k	/api/v4/users/login	attempt - login_id=lukas.lopez45@proton.me	109.35.254.17	
fg8n1g4dxcyr48ftex91ymjbum	1710337644127	em64dcg5ff4xct7zbomatt671t	/api/v4/users/login	success session_user=em64dcg5ff4xct7zbomatt671t	62.203.239.74	idn6ci5mpfibco5p714fawre3y
n9arays84hq6ss8hh394ew31u7	1709471067970	16z3ucn16mzirax5yckpdzs4ii	/api/v4/users/me/patch		84.87.102.70	ywa7w9fopes8tz7qqfnx4d93gq
rg6eja5ypnznq54wbaxw7jwji1	1709679114967	agbxpkbo9hofrbshj5uy9nib9h	/api/v4/users/login	attempt - login_id=lucas.weber@hafen-brake.de	62.43.90.167	
xueq1h1zijcypxcpjmag63tuqw	1710198202904	k3gqas3pjq7yujuek5x7ezikc3	/api/v4/users/login	success session_user=k3gqas3pjq7yujuek5x7ezikc3	84.63.192.192	7pnokz9s8god4dqxoz3n5p6qdd
67xj45ugnrkwhjrmj9wxe85pp7	1710030536431	44yhbgwmqqsi7uhk81sunz5gru	/api/v4/users/me/patch		62.54.65.118	qrpsuiubdnf4km6u8f6ebsq8ep
7q3tmjusrkwgxi4jr4fqg8t3sb	1709390018789	7f7ubu86qa8ci1iknxh56wm3i4	/api/v4/users/login	attempt - login_id=marco.weber@hafen-brake.de	62.10.36.31	
opz483b9dgtoqz4otomfnmq5qd	1709854087057	pih5fbyugcrb8sr5js9m9a5qjp	/api/v4/users/login	success session_user=pih5fbyugcrb8sr5js9m9a5qjp	79.116.81.178	i7q7mq7dit4ajq3xj8usq4dmaz
ry93cs4j1pg6qefkcsitwiegam	1710423495278	unq7kescxxokm9q9nir73y8ufn	/api/v4/users/me/patch		109.207.53.197	bqdoetbmubbdwmb3k6bapkpq1a
tmwboiuotzdqeeroegxuify61r	1709989847380	xkupwebr6q5onmktonhcyqqbot	/api/v4/users/login	attempt - login_id=jan.johnson@hafen-brake.de	79.125.176.161	
t6k15z91mppz97hokbh88qcfpg	1710119493399	zt88fsmm6pjtgnzbj35ndsrf8n	/api/v4/users/login	success session_user=zt88fsmm6pjtgnzbj35ndsrf8n	84.83.218.67	y4zotincaxq7f4b46zf15kptjg
8ws4eyhbb13ih5wu1iem731pzf	1709800302939	16c78biuz1syefuuz19d8cy5hj	/api/v4/users/me/patch		212.152.195.78	76e16amiuwgpg7ghtwj6skfzcr
6ab1x9ye7n3grnir14798hhzdo	1709424084732	cr5675c1qem6gxq6hks4kh3c74	/api/v4/users/login	attempt - login_id=david.taylor51@posteo.de	91.249.234.18	
m58bzesckd5wwyfwfm9qqo1qq9	1709349452407	f7i7cuts8pazxmw65gckyzwaq1	/api/v4/users/login	success session_user=f7i7cuts8pazxmw65gckyzwaq1	62.240.55.76	8ubotwpryr3dbzzkra9jdicpk1
jsf1m6k67rst4wzj8hk4q45nkk	1710402399056	maxzo7icngek3gtkk9r57mezzj	/api/v4/users/me/patch		178.57.127.47	cszc1ahcadmbrqx93it7wwpiis
g9rr5shnxtrxhe837qn64ix81c	1710039159325	ty7g7enaahwy47n6bfu6a91fy8	/api/v4/users/login	attempt - login_id=lena.garcia@hafen-brake.de	178.231.97.179	
4qckx9twafgdocadh881gqcepm	1709566730598	jfpsjr4hy5xygjhu8yky6gzf9w	/api/v4/users/login	success session_user=jfpsjr4hy5xygjhu8yky6gzf9w	212.215.65.9	bf9s87kjs46kctfhbjfnc3m6mp
ns3rpwue9kiy13x41u7w1hawn8	1710986010076	c7wqe91746rntkqaf9345gd75i	/api/v4/users/me/patch		178.191.62.170	4yihgb8ua7tb7synb5ubg5t9px
yiy4516oarzmqozjqwroskzpts	1709538063492	7obqtjd6r9ojgsrqzmi8b7xyw6	/api/v4/users/login	attempt - login_id=marco.anderson@hafen-brake.de	91.90.125.141	
rs81j3qfnijjbbi3jayyuc5myc	1710839524282	oak44k6rgc8shnjgrndkp8im4r	/api/v4/users/login	success session_user=oak44k6rgc8shnjgrndkp8im4r	79.35.128.81	gkrkoy4igggaqxpieojike96mg
omqbdc7u67gwqur3r699orbxor	1710177097876	tx7m34ngwoqmwtocehqcu49app	/api/v4/users/me/patch		178.67.64.184	tqepg4en7sqsncoa5o34mam5mh
3ri1g7izanh7ky8ycmax1ziruj	1710184867905	t4jwh5hcfqf815anu5d8k831z3	/api/v4/users/login	attempt - login_id=daniel.fischer@hafen-brake.de	91.135.92.122	
brc83mzp771u3yazzdkx8yuhfm	1709940352822	dajkr5zn6tkat7gfkenjnrtkqm	/api/v4/users/login	success session_user=dajkr5zn6tkat7gfkenjnrtkqm	212.9.33.191	5bn8quf1sw8mtme54w397tc9im
wero9rpifpacx3afueqsdz9qea	1710229443696	w6jcsgw5dtumdf8tkgyjkyx435	/api/v4/users/me/patch		79.221.185.200	po6wcm1cnbiqwcu4f6cw6gkkec
d7cjfmcgr7s863wnksgrkkdi8t	1710609450074	u8xqqnug4q5c8fjwqnqsmt4t8t	/api/v4/users/login	attempt - login_id=carlos.garcia@hafen-brake.de	212.23.123.10	
\.


--
-- Data for Name: channels; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.channels (id, createat, updateat, deleteat, teamid, type, displayname, name, header, purpose, lastpostat, totalmsgcount, extraupdateat, creatorid, schemeid, groupconstrained, shared, totalmsgcountroot, lastrootpostat) FROM stdin;
rmnd6pjx535a8woqt15cbhbtri	1709280000000	1709280000000	0	g3xo9m64zddtstgimhsyg8snq5	O	Town Square	town-square			1710804902208	232	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	273	0
pggosejnxpd9qg3xo6qer5eyw8	1709280000000	1709280000000	0	g3xo9m64zddtstgimhsyg8snq5	O	Off-Topic	off-topic			1710423866736	254	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	160	0
embg9ec9nyw5twbuuo68gqfbq6	1709280000000	1709280000000	0	g3xo9m64zddtstgimhsyg8snq5	O	Leitstand Störungen	stoerungen	Bereitschaft diese Woche: Emily Brown, +33 6 49 62 94 55 | Runbooks: https://wiki.hafen-brake.de/display/OPS	Alarme aus Zabbix und Grafana	1710116257393	619	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	331	0
zad8ow3rmsu5ru8wapunmc5czz	1709280000000	1709280000000	0	g3xo9m64zddtstgimhsyg8snq5	P	Kranführer	kranfuehrer		Schichtplanung	1710407219308	245	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	293	0
by5qjyxoxf5jc6y9dof3e6pdc1	1709280000000	1709280000000	0		D		u8xqqnug4q5c8fjwqnqsmt4t8t__89hnkdzzh6jokdtbmhj9pufecr			1710827209466	72	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	317	0
hswehuifkepsf4pe6otweaqi66	1709280000000	1709280000000	0		G	thomas.moreau, jan.rossi, marco.johnson	5ccd8a97c7af6ecfc3dd579c384643fcde84e5e9			1709753536148	566	0	w6jcsgw5dtumdf8tkgyjkyx435	\N	f	f	437	0
\.


--
-- Data for Name: commands; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.commands (id, token, createat, updateat, deleteat, creatorid, teamid, trigger, method, username, iconurl, autocomplete, autocompletedesc, autocompletehint, displayname, description, url, pluginid) FROM stdin;
5zerk1yrko6nhas7k569j4uz59	k79a5mqumm7fbpqjhew7hyiq6g	1709280000000	1709280000000	0	w6jcsgw5dtumdf8tkgyjkyx435	g3xo9m64zddtstgimhsyg8snq5	schicht	P	Schichtplan		t	Schichtplan abfragen	[KW]	Schichtplan	Zeigt den Schichtplan	https://intranet.hafen-brake.de/api/mattermost/schicht	
\.


--
-- Data for Name: configurations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.configurations (id, value, createat, active) FROM stdin;
d5x6gf5jqtjmup4bcrwcgraa8b	{"ServiceSettings":{"SiteURL":"https://chat.hafen-brake.de","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"jenkins.hafen-brake.internal grafana.hafen-brake.de","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Hafen Chat","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"hafen-brake.de","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"postgres://mmuser:y8sJY369PAj1aIGXMrdY@pg-mm-01.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10&binary_parameters=yes","DataSourceReplicas":["postgres://mmuser_ro:FXvMh2ndCB2xyiUzH7AG@pg-mm-02.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10"],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"P7UATwXLHhTayXFs6BROyJLuAwgTE7iu","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"No3S1R1DvEZWbD4eYRpAdGHj8jxkxJue","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAAZRCP4KI3EYXFYXV","AmazonS3SecretAccessKey":"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","AmazonS3Bucket":"hafen-brake-mattermost","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Hafen Chat","FeedbackEmail":"chat-noreply@hafen-brake.de","ReplyToAddress":"it-service@hafen-brake.de","FeedbackOrganization":"Hafenlogistik Brake GmbH, Am Binnenhafen 3, 26919 Brake","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@hafen-brake.de","SMTPPassword":"KranNDpWj4dW#454","SMTPServer":"smtp.hafen-brake.de","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"thomas.becker@hafen-brake.de","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"gloas-6355584e611e77743b65f72b136335bf2a7498a793e105729379e0c9583c2b7c","Id":"cd3c064990792c715b43c23ad560ff044a25436cb2fe7f253e49a5154744d5ab","Scope":"","AuthEndpoint":"https://git.hafen-brake.de/oauth/authorize","TokenEndpoint":"https://git.hafen-brake.de/oauth/token","UserAPIEndpoint":"https://git.hafen-brake.de/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":false,"Secret":"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","Id":"984132490102-o365ia51ht3m4s9rel91f5xb6gnsr80l.apps.googleusercontent.com","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.hafen-brake.internal","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=hafen-brake,dc=de","BindUsername":"cn=svc-mattermost,ou=services,dc=hafen-brake,dc=de","BindPassword":"CkvuBTlOZUfRcJ3d9bu8ZN11","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"https://es01.hafen-brake.internal:9200","Username":"elastic","Password":"AGGxvpVX9dJYJlKiEjkd","EnableIndexing":false,"EnableSearching":false,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://git.hafen-brake.de","gitlaboauthclientid":"d0ea5724587a17f61c18799813c1b8d99142678481a02b11828bb3cc6cfb70e1","gitlaboauthclientsecret":"gloas-aa4b530fa6016c0726eff566a9cd59cf533604dae8cedc56f60736f74234b058","webhooksecret":"GQeELkO2mLbAKmLCJcWzIEW86aBuSW3D","encryptionkey":"Oq3P2g4XoTE/7PZtvK5kAZH+DLdSNf3E","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":false,"BannerText":"Wartung am Samstag 22:00–02:00. Rückfragen: Leitstand, 04401 934919","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}	1704096000000	\N
o3dbmu5rttfhptxpq1h4ib657p	{"ServiceSettings":{"SiteURL":"https://chat.hafen-brake.de","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"jenkins.hafen-brake.internal grafana.hafen-brake.de","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Hafen Chat","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"hafen-brake.de","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"postgres://mmuser:bdyHsBS1T01LWxkUpGLK@pg-mm-01.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10&binary_parameters=yes","DataSourceReplicas":["postgres://mmuser_ro:CPkmEjovvmJro8a2xjnl@pg-mm-02.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10"],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"q3wYP4mocgloOAsDX6IH0n4hL6M3vsLu","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"NeMITUkTerqBuk0wJy4DHlG9RiUGy9Wx","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAUOHQZZXREAN64FS4","AmazonS3SecretAccessKey":"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","AmazonS3Bucket":"hafen-brake-mattermost","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Hafen Chat","FeedbackEmail":"chat-noreply@hafen-brake.de","ReplyToAddress":"it-service@hafen-brake.de","FeedbackOrganization":"Hafenlogistik Brake GmbH, Am Binnenhafen 3, 26919 Brake","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@hafen-brake.de","SMTPPassword":"Kran3SdIkeXd#340","SMTPServer":"smtp.hafen-brake.de","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"thomas.becker@hafen-brake.de","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"gloas-6687c6a2fab3f017664d2e2923b0e2415e274ccbde43c16cbb15251834f432c0","Id":"b330b9e75b293ee37e060a75ab56d57f3b473a32197f5126677c6884bc6e2dfb","Scope":"","AuthEndpoint":"https://git.hafen-brake.de/oauth/authorize","TokenEndpoint":"https://git.hafen-brake.de/oauth/token","UserAPIEndpoint":"https://git.hafen-brake.de/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":true,"Secret":"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","Id":"443093208616-us20h9d5femeofhm4p2rz4qvi50bpocz.apps.googleusercontent.com","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.hafen-brake.internal","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=hafen-brake,dc=de","BindUsername":"cn=svc-mattermost,ou=services,dc=hafen-brake,dc=de","BindPassword":"fRMWFWvKiIzxZJDdFVO9Ogut","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"https://es01.hafen-brake.internal:9200","Username":"elastic","Password":"Mv4BDJfDSJKUT2JoPgDS","EnableIndexing":false,"EnableSearching":false,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://git.hafen-brake.de","gitlaboauthclientid":"2b6afb129c16dd1e1b5ad6286d9c78e0b24b30d57e1b885cbf84ce650dd9c99b","gitlaboauthclientsecret":"gloas-d68eadf99a2b96bc6f91a7907d1e43d4ebbe7ce57c85b998833d0ac4c9bc41a6","webhooksecret":"WmXCNOnLwK7CQrr7dpRDGESiNeL25SVR","encryptionkey":"szZXzRH7XP/NUeQiJNLxUfYE1bwxuZky","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":false,"BannerText":"Wartung am Samstag 22:00–02:00. Rückfragen: Leitstand, 04401 932302","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}	1706688000000	\N
be165hfcisn9c944s3ijx3xy6u	{"ServiceSettings":{"SiteURL":"https://chat.hafen-brake.de","WebsocketURL":"","LicenseFileLocation":"","ListenAddress":":8065","ConnectionSecurity":"","TLSCertFile":"","TLSKeyFile":"","TrustedProxyIPHeader":["X-Forwarded-For","X-Real-Ip"],"GoogleDeveloperKey":"","EnableOAuthServiceProvider":true,"EnableIncomingWebhooks":true,"EnableOutgoingWebhooks":true,"EnableCommands":true,"EnablePostUsernameOverride":true,"EnableLinkPreviews":true,"AllowedUntrustedInternalConnections":"jenkins.hafen-brake.internal grafana.hafen-brake.de","EnableMultifactorAuthentication":true,"AllowCorsFrom":"","SessionLengthWebInHours":720,"MaximumLoginAttempts":10,"CollapsedThreads":"always_on","EnableGifPicker":true,"GiphySdkKey":""},"TeamSettings":{"SiteName":"Hafen Chat","MaxUsersPerTeam":500,"EnableUserCreation":true,"RestrictCreationToDomains":"hafen-brake.de","RestrictDirectMessage":"any","TeammateNameDisplay":"full_name","ExperimentalPrimaryTeam":"hafen"},"SqlSettings":{"DriverName":"postgres","DataSource":"postgres://mmuser:CjVxHbfvr2B7ANpI6YyJ@pg-mm-01.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10&binary_parameters=yes","DataSourceReplicas":["postgres://mmuser_ro:JJ2PHhXt5rfnKoOsffj1@pg-mm-02.hafen-brake.internal:5432/mattermost?sslmode=require&connect_timeout=10"],"DataSourceSearchReplicas":[],"MaxIdleConns":20,"ConnMaxLifetimeMilliseconds":3600000,"MaxOpenConns":300,"Trace":false,"AtRestEncryptKey":"7gthxTf7ki071C1xdBf30joWErJRvGxP","QueryTimeout":30,"DisableDatabaseSearch":false},"LogSettings":{"EnableConsole":true,"ConsoleLevel":"INFO","EnableFile":true,"FileLevel":"INFO","FileLocation":"","EnableWebhookDebugging":true},"FileSettings":{"EnableFileAttachments":true,"MaxFileSize":104857600,"DriverName":"amazons3","Directory":"./data/","EnablePublicLink":true,"PublicLinkSalt":"j5rRf7PZxj8f0wKxjFu0VfXjPR1M7f9E","InitialFont":"nunito-bold.ttf","AmazonS3AccessKeyId":"AKIAIL4PQJ5QKOV4GYFT","AmazonS3SecretAccessKey":"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","AmazonS3Bucket":"hafen-brake-mattermost","AmazonS3PathPrefix":"","AmazonS3Region":"eu-central-1","AmazonS3Endpoint":"s3.amazonaws.com","AmazonS3SSL":true,"AmazonS3SignV2":false,"AmazonS3SSE":true,"AmazonS3Trace":false},"EmailSettings":{"EnableSignUpWithEmail":false,"EnableSignInWithEmail":true,"EnableSignInWithUsername":true,"SendEmailNotifications":true,"RequireEmailVerification":true,"FeedbackName":"Hafen Chat","FeedbackEmail":"chat-noreply@hafen-brake.de","ReplyToAddress":"it-service@hafen-brake.de","FeedbackOrganization":"Hafenlogistik Brake GmbH, Am Binnenhafen 3, 26919 Brake","EnableSMTPAuth":true,"SMTPUsername":"chat-noreply@hafen-brake.de","SMTPPassword":"Kranc3mFl3hV#766","SMTPServer":"smtp.hafen-brake.de","SMTPPort":"587","ConnectionSecurity":"STARTTLS","SendPushNotifications":true,"PushNotificationServer":"https://push.mattermost.com","PushNotificationContents":"generic","EnableEmailBatching":false,"EmailBatchingBufferSize":256,"EmailBatchingInterval":30},"SupportSettings":{"TermsOfServiceLink":"https://mattermost.com/pl/terms-of-use/","PrivacyPolicyLink":"https://mattermost.com/pl/privacy-policy/","AboutLink":"https://mattermost.com/pl/about-mattermost","HelpLink":"https://mattermost.com/pl/help/","ReportAProblemLink":"https://mattermost.com/pl/report-a-bug","SupportEmail":"thomas.becker@hafen-brake.de","CustomTermsOfServiceEnabled":false},"GitLabSettings":{"Enable":true,"Secret":"gloas-570020b5106dcb2c6a45f1f998025fd51cf784d712b04233b04d846f0f9dcdaf","Id":"8bfdc299740828a664d184c8fde9263093e3febaa120b20a3a534e9fa8fd58b5","Scope":"","AuthEndpoint":"https://git.hafen-brake.de/oauth/authorize","TokenEndpoint":"https://git.hafen-brake.de/oauth/token","UserAPIEndpoint":"https://git.hafen-brake.de/api/v4/user","DiscoveryEndpoint":"","ButtonText":"GitLab","ButtonColor":""},"GoogleSettings":{"Enable":true,"Secret":"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","Id":"054768318193-hs3wa693zryltohzsi73c1gdlw2cl739.apps.googleusercontent.com","Scope":"profile email","AuthEndpoint":"https://accounts.google.com/o/oauth2/v2/auth","TokenEndpoint":"https://www.googleapis.com/oauth2/v4/token","UserAPIEndpoint":"https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata","DiscoveryEndpoint":"","ButtonText":"","ButtonColor":""},"Office365Settings":{"Enable":false,"Secret":"","Id":"","Scope":"User.Read","AuthEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/authorize","TokenEndpoint":"https://login.microsoftonline.com/common/oauth2/v2.0/token","UserAPIEndpoint":"https://graph.microsoft.com/v1.0/me","DiscoveryEndpoint":"","DirectoryId":""},"LdapSettings":{"Enable":true,"EnableSync":true,"LdapServer":"ldap.hafen-brake.internal","LdapPort":636,"ConnectionSecurity":"TLS","BaseDN":"dc=hafen-brake,dc=de","BindUsername":"cn=svc-mattermost,ou=services,dc=hafen-brake,dc=de","BindPassword":"MPhgDgd8gaM4wiBSQ8RqXj1p","UserFilter":"(objectClass=inetOrgPerson)","GroupFilter":"","EmailAttribute":"mail","UsernameAttribute":"uid","IdAttribute":"uid","LoginIdAttribute":"uid","FirstNameAttribute":"givenName","LastNameAttribute":"sn","SyncIntervalMinutes":60,"SkipCertificateVerification":false},"ElasticsearchSettings":{"ConnectionURL":"https://es01.hafen-brake.internal:9200","Username":"elastic","Password":"RWu2ketrhtl3odsKOLoB","EnableIndexing":true,"EnableSearching":true,"Sniff":true},"PluginSettings":{"Enable":true,"EnableUploads":false,"Directory":"./plugins","ClientDirectory":"./client/plugins","EnableMarketplace":true,"MarketplaceURL":"https://api.integrations.mattermost.com","Plugins":{"com.github.manland.mattermost-plugin-gitlab":{"gitlaburl":"https://git.hafen-brake.de","gitlaboauthclientid":"496873d2d6a6f0ae9748fdf52ed293ab7d685bf0849671dc3f62e015c093167e","gitlaboauthclientsecret":"gloas-0835e5f323d1f558aa34a0687dfe01d38ec6292fe4ab3801256d55359ea6bbd4","webhooksecret":"InA8XFoKhS4JUWpD2vlpLvrzkmGziGgY","encryptionkey":"zxsYhOaObBXP2D3frsOvNM8I0YQHMIZE","enableprivaterepo":true},"jitsi":{"jitsiurl":"https://meet.jit.si","jitsiembedded":false,"jitsinamingscheme":"words"}},"PluginStates":{"com.github.manland.mattermost-plugin-gitlab":{"Enable":true},"jitsi":{"Enable":true},"playbooks":{"Enable":true}}},"NativeAppSettings":{"AppDownloadLink":"https://mattermost.com/pl/download-apps","AndroidAppDownloadLink":"https://mattermost.com/pl/android-app/","IosAppDownloadLink":"https://mattermost.com/pl/ios-app/"},"AnnouncementSettings":{"EnableBanner":true,"BannerText":"Wartung am Samstag 22:00–02:00. Rückfragen: Leitstand, 04401 934074","BannerColor":"#f2a93b","BannerTextColor":"#333333","NoticesURL":"https://notices.mattermost.com/"},"ImageProxySettings":{"Enable":false,"ImageProxyType":"local","RemoteImageProxyURL":"","RemoteImageProxyOptions":""}}	1709280000000	t
\.


--
-- Data for Name: incomingwebhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.incomingwebhooks (id, createat, updateat, deleteat, userid, channelid, teamid, displayname, description, username, iconurl, channellocked) FROM stdin;
3gmsbmktfd396515nkntx8ztj8	1709280000000	1709280000000	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6	g3xo9m64zddtstgimhsyg8snq5	Zabbix	Alarme aus Zabbix	Zabbix	https://zabbix.hafen-brake.internal/zabbix/assets/img/favicon.ico	t
\.


--
-- Data for Name: oauthaccessdata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauthaccessdata (token, refreshtoken, redirecturi, clientid, userid, expiresat, scope) FROM stdin;
q45hk1p8yj9dmkh1mm1k895nde	apby6cp3gjsfjtzhe61iyzcf8a	https://wiki.hafen-brake.de/oauth/callback	o3ra3abz155js4dxxuq5ag63dy	u8xqqnug4q5c8fjwqnqsmt4t8t	1711872000000	user
cyecuffu5ar1dcepjy77sxrjji	c6abeoch4su8kohhyjsdkbdwki	https://grafana.hafen-brake.de/login/generic_oauth	pxodynqth6gqug6pueui76zny3	89hnkdzzh6jokdtbmhj9pufecr	1711872000000	user
nrzihp5pf4zwigg4kyz5tmszf4	xzf34maw5eeap5prewxe1ipe4y	https://wiki.hafen-brake.de/oauth/callback	o3ra3abz155js4dxxuq5ag63dy	nrwyqopw7oe83p5uspr54iijud	1711872000000	user
1oojynxyt1n4oi9xo3e5w76bab	b5inisf6fidmjp1eswxfjczjpz	https://grafana.hafen-brake.de/login/generic_oauth	pxodynqth6gqug6pueui76zny3	ssk3i5objsfn5knan7nkcu7fy5	1711872000000	user
hibcibs4qbfgkuyfuieigkm4qr	9rys8sy6cztn14hwjrrxm4uf4h	https://wiki.hafen-brake.de/oauth/callback	o3ra3abz155js4dxxuq5ag63dy	ruzxioiu4b4oihajtayq7q1mms	1711872000000	user
w6sy553ktn5oenptdyahm3dzz3	5x9nmrihuz9st9ikihrcxhbgwu	https://grafana.hafen-brake.de/login/generic_oauth	pxodynqth6gqug6pueui76zny3	mdq8uhwyed6ra5m8efsz1ihd4k	1711872000000	user
6br5ufzidsaodhwbjzqdcdo4c7	sqdfh19kxir334xngktbsfocga	https://wiki.hafen-brake.de/oauth/callback	o3ra3abz155js4dxxuq5ag63dy	em64dcg5ff4xct7zbomatt671t	1711872000000	user
wjmcwgfuzwsb1zmw4ycaqebbic	b776bg5daowyy8cgsgs4swumo6	https://grafana.hafen-brake.de/login/generic_oauth	pxodynqth6gqug6pueui76zny3	16z3ucn16mzirax5yckpdzs4ii	1711872000000	user
ksabcwjx4f1o3rbrjquq33t3wf	i5tg8xk7kc39q6h4s5j8m4r1op	https://wiki.hafen-brake.de/oauth/callback	o3ra3abz155js4dxxuq5ag63dy	agbxpkbo9hofrbshj5uy9nib9h	1711872000000	user
gu81x71t9zbs69qw8gxydf9k6x	ffiimxkxwfupt97ch7kkzoaxa7	https://grafana.hafen-brake.de/login/generic_oauth	pxodynqth6gqug6pueui76zny3	k3gqas3pjq7yujuek5x7ezikc3	1711872000000	user
\.


--
-- Data for Name: oauthapps; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauthapps (id, creatorid, createat, updateat, clientsecret, name, description, callbackurls, homepage, istrusted, iconurl, mattermostappid) FROM stdin;
pxodynqth6gqug6pueui76zny3	w6jcsgw5dtumdf8tkgyjkyx435	1709280000000	1709280000000	bmgkz1kdywsoo6ykkwh581wy75	Grafana	Login mit Mattermost für Grafana	https://grafana.hafen-brake.de/login/generic_oauth	https://grafana.hafen-brake.de	t		
o3ra3abz155js4dxxuq5ag63dy	w6jcsgw5dtumdf8tkgyjkyx435	1709280000000	1709280000000	ujeoiygryzybazo31z86xff7hg	Wiki	Login mit Mattermost für Wiki	https://wiki.hafen-brake.de/oauth/callback	https://wiki.hafen-brake.de	t		
\.


--
-- Data for Name: outgoingwebhooks; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.outgoingwebhooks (id, token, createat, updateat, deleteat, creatorid, channelid, teamid, triggerwords, callbackurls, displayname, contenttype, triggerwhen, username, iconurl, description) FROM stdin;
68g3h3jorfedh5xhakhnqcymyz	i4ar3mhbun9xo5379d5if8bmnk	1709280000000	1709280000000	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6	g3xo9m64zddtstgimhsyg8snq5	deploy,rollback	https://jenkins.hafen-brake.internal/mattermost-hook/	Jenkins	application/json	0	jenkins		Deploys aus dem Chat
\.


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.posts (id, createat, updateat, deleteat, userid, channelid, rootid, originalid, message, type, props, hashtags, filenames, fileids, hasreactions, editat, ispinned, remoteid) FROM stdin;
pxjh7kja1c3jkt6qcmpxucom1t	1710131295548	1710874716752	0	89hnkdzzh6jokdtbmhj9pufecr	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @lucas.weber		{}		[]	[]	f	0	f	\N
rakxjhrtsa9yugujxw37ctz9bi	1710397065469	1710538407601	0	nrwyqopw7oe83p5uspr54iijud	embg9ec9nyw5twbuuo68gqfbq6			Danke! @marco.richter		{}		[]	[]	f	0	f	\N
qgwg1t57re5fheqndt7ntjbwy9	1710712796678	1710980886705	0	ssk3i5objsfn5knan7nkcu7fy5	zad8ow3rmsu5ru8wapunmc5czz			Danke! @lucas.hoffmann		{}		[]	[]	f	0	f	\N
bdopg8brsrczy7gtgcsnm55hoy	1709410382491	1710822007534	0	ruzxioiu4b4oihajtayq7q1mms	rmnd6pjx535a8woqt15cbhbtri			Danke! @marco.weber		{}		[]	[]	f	0	f	\N
43tx73xybpjcd6ffkxtryuwodo	1710587302255	1710070357888	0	mdq8uhwyed6ra5m8efsz1ihd4k	pggosejnxpd9qg3xo6qer5eyw8			@sophie.moreau ich bin heute im Homeoffice, erreichbar unter +33 6 22 66 81 58 oder lukas.lopez45@proton.me		{}		[]	[]	f	0	f	\N
dh7tnq9az9bnni1ybz78fyig4g	1710787238509	1710876789460	0	em64dcg5ff4xct7zbomatt671t	embg9ec9nyw5twbuuo68gqfbq6			Übergabe erledigt. @marco.kowalski		{}		[]	[]	f	0	f	\N
j93pxm1mokobxy9gqg3r9m78yz	1710883295976	1709307294570	0	16z3ucn16mzirax5yckpdzs4ii	zad8ow3rmsu5ru8wapunmc5czz			Wer übernimmt die Spätschicht? @jan.johnson		{}		[]	[]	f	0	f	\N
fmum9pfccqto1js73353w98d7o	1709348786636	1710987307990	0	agbxpkbo9hofrbshj5uy9nib9h	rmnd6pjx535a8woqt15cbhbtri			Schichtplan KW 12: https://wiki.hafen-brake.de/display/LAGER/Schichtplan – @lena.anderson bitte bestätigen		{}		[]	[]	f	0	f	\N
cu5167ydnnp73ijwnp8jbzpsnc	1710199031617	1710389768555	0	k3gqas3pjq7yujuek5x7ezikc3	pggosejnxpd9qg3xo6qer5eyw8			Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=4-WIEjk6XnP		{}		[]	[]	f	0	f	\N
6sowyjxq1se5uoryrgrk9yx6i6	1710041041077	1709941705994	0	44yhbgwmqqsi7uhk81sunz5gru	embg9ec9nyw5twbuuo68gqfbq6			Wer übernimmt die Spätschicht? @david.taylor		{}		[]	[]	f	0	f	\N
h6ajft78yjgrr9db86oi7saquu	1710711588937	1710358074990	0	7f7ubu86qa8ci1iknxh56wm3i4	zad8ow3rmsu5ru8wapunmc5czz			Wer übernimmt die Spätschicht? @camille.bernard		{}		[]	[]	f	0	f	\N
zen6ot6c4da4ko1bd4ac9gxuck	1710670468484	1710442742501	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6				slack_attachment	{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.hafen-brake.internal/tr_events.php?triggerid=26521&eventid=9739540"}], "from_webhook": "true", "override_username": "Zabbix"}		[]	[]	f	0	f	\N
sp8cg4utua5icbjdxgqkicznya	1710386540223	1710768050355	0	unq7kescxxokm9q9nir73y8ufn	pggosejnxpd9qg3xo6qer5eyw8			Kran 2 wieder frei. @lena.garcia		{}		[]	[]	f	0	f	\N
a9nfkehemj7bwspn95i7iz33qq	1709699416260	1710220257254	0	xkupwebr6q5onmktonhcyqqbot	embg9ec9nyw5twbuuo68gqfbq6			Bin dran. @olivia.richter		{}		[]	[]	f	0	f	\N
r9fqe1xrthkqewma8bjfxgdsk9	1710459464860	1710233984208	0	zt88fsmm6pjtgnzbj35ndsrf8n	zad8ow3rmsu5ru8wapunmc5czz			@lena.dubois ich bin heute im Homeoffice, erreichbar unter +33 6 55 14 99 98 oder lena.anderson28@proton.me		{"disable_group_highlight": true}		[]	[]	f	0	f	\N
cejki8g8fhinctk44ik1uqfeke	1709770730644	1710324154015	0	16c78biuz1syefuuz19d8cy5hj	rmnd6pjx535a8woqt15cbhbtri			Schichtplan KW 12: https://wiki.hafen-brake.de/display/LAGER/Schichtplan – @marco.anderson bitte bestätigen		{}		[]	[]	f	0	f	\N
es3dkho97zge3b6m6p6rn93t54	1710557679749	1709312321228	0	cr5675c1qem6gxq6hks4kh3c74	pggosejnxpd9qg3xo6qer5eyw8			Danke! @liam.moreau		{}		[]	[]	f	0	f	\N
gccchrpxh4s7aqyca9od6ds86z	1710531911385	1709955878151	0	f7i7cuts8pazxmw65gckyzwaq1	embg9ec9nyw5twbuuo68gqfbq6			Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=ZIMuINup-be		{}		[]	[]	f	0	f	\N
417r7w4bqgssqsb9rtreg3h737	1709980386452	1710769801095	0	maxzo7icngek3gtkk9r57mezzj	zad8ow3rmsu5ru8wapunmc5czz			Danke! @daniel.fischer		{}		[]	[]	f	0	f	\N
m591pgnt5rzwwbqjypyc1z1f6t	1709673124466	1709669912664	0	ty7g7enaahwy47n6bfu6a91fy8	rmnd6pjx535a8woqt15cbhbtri			Kran 2 wieder frei. @david.garcia		{}		[]	[]	f	0	f	\N
r7y37occiy54c4x7b53akxusby	1709350436124	1710392041979	0	jfpsjr4hy5xygjhu8yky6gzf9w	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @jan.anderson		{}		[]	[]	f	0	f	\N
4oikkyyhuugy365yb5e77wtj5q	1710271336419	1710290277123	0	c7wqe91746rntkqaf9345gd75i	embg9ec9nyw5twbuuo68gqfbq6			Danke! @david.garcia32		{}		[]	[]	f	0	f	\N
ifaszpkoz5ejcqwjqyg3b74w5k	1709793916878	1709544164406	0	7obqtjd6r9ojgsrqzmi8b7xyw6	zad8ow3rmsu5ru8wapunmc5czz			Übergabe erledigt. @carlos.garcia		{}		[]	[]	f	0	f	\N
x33ut67ua1p1sibshgrqqcjp63	1710054536545	1709540219833	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6				slack_attachment	{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.hafen-brake.internal/tr_events.php?triggerid=82832&eventid=5063940"}], "from_webhook": "true", "override_username": "Zabbix"}		[]	[]	f	0	f	\N
7q63fxyt4g7k1zhomti9tatwq8	1709736081121	1710502935082	0	tx7m34ngwoqmwtocehqcu49app	pggosejnxpd9qg3xo6qer5eyw8			@thomas.moreau für den Export: psql "postgres://report:1kYbI0pQPbkbxr@pg-mm-01.hafen-brake.internal:5432/lager" – bitte nicht weitergeben		{}		[]	[]	f	0	f	\N
5cg9bruxout1h5syxbh4xmjnqw	1710813538697	1710792415284	0	t4jwh5hcfqf815anu5d8k831z3	embg9ec9nyw5twbuuo68gqfbq6			Danke! @jan.rossi		{}		[]	[]	f	0	f	\N
houwdy5j5zxj8brqjb4nrfzst5	1710287058266	1710739810067	0	dajkr5zn6tkat7gfkenjnrtkqm	zad8ow3rmsu5ru8wapunmc5czz			Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=sPEksCKmAM_		{}		[]	[]	f	0	f	\N
ps3faaqeh3dbibyux3kdq7jqwg	1710720146377	1709656043884	0	tkqfjyexbpf5w4wbxc5bmhw6zi	rmnd6pjx535a8woqt15cbhbtri			Bin dran. @lukas.lopez		{}		[]	[]	f	0	f	\N
d3mk7ems3n9sr9kpwb5z7wtoay	1710652526071	1710299571969	0	brh8hc8cph4x3io1yd7u6rwurq	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @lukas.lambert		{}		[]	[]	f	0	f	\N
4x5khra8igmu4c8oziqiwicaom	1709686732819	1710994809043	0	u8xqqnug4q5c8fjwqnqsmt4t8t	embg9ec9nyw5twbuuo68gqfbq6			Übergabe erledigt. @sarah.schmidt		{"disable_group_highlight": true}		[]	[]	f	0	f	\N
yuyb3znyetj4pes9gzq3cr1y4i	1709837719162	1709329625106	0	89hnkdzzh6jokdtbmhj9pufecr	zad8ow3rmsu5ru8wapunmc5czz			Wer übernimmt die Spätschicht? @lucas.weber		{}		[]	[]	f	0	f	\N
byuda53455n61duce7r8q7n4o4	1710652114861	1710939064843	0	nrwyqopw7oe83p5uspr54iijud	rmnd6pjx535a8woqt15cbhbtri			Schichtplan KW 12: https://wiki.hafen-brake.de/display/LAGER/Schichtplan – @marco.richter bitte bestätigen		{}		[]	[]	f	0	f	\N
4h6yc7kznctcihq7sx9qxbp7j8	1709685009733	1709711673397	0	ssk3i5objsfn5knan7nkcu7fy5	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @lucas.hoffmann		{}		[]	[]	f	0	f	\N
xmw7jrfag3okofpky1ybyhbtg7	1710257958367	1710835131982	0	ruzxioiu4b4oihajtayq7q1mms	embg9ec9nyw5twbuuo68gqfbq6			Wer übernimmt die Spätschicht? @marco.weber		{}		[]	[]	f	0	f	\N
73n85dfxcgsiu4zw3tgi9figh8	1710947629493	1710675566827	0	mdq8uhwyed6ra5m8efsz1ihd4k	zad8ow3rmsu5ru8wapunmc5czz			@sophie.moreau ich bin heute im Homeoffice, erreichbar unter +33 6 22 66 81 58 oder lukas.lopez45@proton.me		{}		[]	[]	f	0	f	\N
i134m7959eeni5qt4mn3ygfszq	1710283801301	1709906710968	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6				slack_attachment	{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.hafen-brake.internal/tr_events.php?triggerid=03094&eventid=1819011"}], "from_webhook": "true", "override_username": "Zabbix"}		[]	[]	f	0	f	\N
7rdc77x6pu3mm77e41rnfo4kcd	1710909316116	1710552889161	0	16z3ucn16mzirax5yckpdzs4ii	pggosejnxpd9qg3xo6qer5eyw8			Danke! @jan.johnson		{}		[]	[]	f	0	f	\N
qcuaz5qrpbhyy113escgz4qty9	1709625317871	1709490907888	0	agbxpkbo9hofrbshj5uy9nib9h	embg9ec9nyw5twbuuo68gqfbq6			Bin dran. @lena.anderson		{}		[]	[]	f	0	f	\N
6kheq1uczxiq7j6eqbayzqusa5	1710397449029	1710085145348	0	k3gqas3pjq7yujuek5x7ezikc3	zad8ow3rmsu5ru8wapunmc5czz			Kran 2 wieder frei. @emma.novak		{}		[]	[]	f	0	f	\N
xt4msnqywi549q1xeeqcqentyx	1710027044838	1709874221443	0	44yhbgwmqqsi7uhk81sunz5gru	rmnd6pjx535a8woqt15cbhbtri			Schichtplan KW 12: https://wiki.hafen-brake.de/display/LAGER/Schichtplan – @david.taylor bitte bestätigen		{}		[]	[]	f	0	f	\N
nt35xmt7bgkuebygunfgjr78mu	1709463114349	1709670802145	0	7f7ubu86qa8ci1iknxh56wm3i4	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @camille.bernard		{}		[]	[]	f	0	f	\N
q1jrm3ixk1ukh6b73ty44dch81	1710996756662	1709942482178	0	pih5fbyugcrb8sr5js9m9a5qjp	embg9ec9nyw5twbuuo68gqfbq6			Übergabe erledigt. @eva.richter		{}		[]	[]	f	0	f	\N
ok9bof4spibwqja4d76sqh8aqn	1709322139555	1709399105214	0	unq7kescxxokm9q9nir73y8ufn	zad8ow3rmsu5ru8wapunmc5czz			Übergabe erledigt. @lena.garcia		{}		[]	[]	f	0	f	\N
e9zffoo47knriwmwa9a11tik5z	1710716885240	1710770946214	0	xkupwebr6q5onmktonhcyqqbot	rmnd6pjx535a8woqt15cbhbtri			Kran 2 wieder frei. @olivia.richter		{}		[]	[]	f	0	f	\N
5r1ypbewptyxmmz7sd7xn4xud3	1710409792168	1710362360070	0	zt88fsmm6pjtgnzbj35ndsrf8n	pggosejnxpd9qg3xo6qer5eyw8			@lena.dubois ich bin heute im Homeoffice, erreichbar unter +33 6 55 14 99 98 oder lena.anderson28@proton.me		{"disable_group_highlight": true}		[]	[]	f	0	f	\N
83y9bu69wyxnkb8kkggazk5hs8	1709459724981	1710060709660	0	16c78biuz1syefuuz19d8cy5hj	embg9ec9nyw5twbuuo68gqfbq6			Danke! @marco.anderson		{}		[]	[]	f	0	f	\N
sgtq76dgsdsto31w43wzx53rn3	1709420329879	1709773005896	0	cr5675c1qem6gxq6hks4kh3c74	zad8ow3rmsu5ru8wapunmc5czz			Wer übernimmt die Spätschicht? @liam.moreau		{}		[]	[]	f	0	f	\N
g51sykeiq9keaqjrkdwemzcyye	1710906481282	1710304194260	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6				slack_attachment	{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.hafen-brake.internal/tr_events.php?triggerid=14859&eventid=3370232"}], "from_webhook": "true", "override_username": "Zabbix"}		[]	[]	f	0	f	\N
7as4frab4shorw4s7y3t9gzkz1	1710302722436	1709815337334	0	maxzo7icngek3gtkk9r57mezzj	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @daniel.fischer		{}		[]	[]	f	0	f	\N
dbhsk13wyxosw4h8t51rwdoet4	1709530823433	1710993072723	0	ty7g7enaahwy47n6bfu6a91fy8	embg9ec9nyw5twbuuo68gqfbq6			Bin dran. @david.garcia		{}		[]	[]	f	0	f	\N
38hp63qe88ay76w6jkptr6nyu8	1710763082664	1710954876504	0	jfpsjr4hy5xygjhu8yky6gzf9w	zad8ow3rmsu5ru8wapunmc5czz			Danke! @jan.anderson		{}		[]	[]	f	0	f	\N
mq7ckxok3nz98oatxofigh3cgg	1710935762662	1710045454285	0	c7wqe91746rntkqaf9345gd75i	rmnd6pjx535a8woqt15cbhbtri			Übergabe erledigt. @david.garcia32		{}		[]	[]	f	0	f	\N
sre8z8npddppzpgr9whdgwahg3	1710735968698	1710374531411	0	7obqtjd6r9ojgsrqzmi8b7xyw6	pggosejnxpd9qg3xo6qer5eyw8			Wer übernimmt die Spätschicht? @carlos.garcia		{}		[]	[]	f	0	f	\N
uw8rtoei8w3db1fwynzj9hy9xg	1709817752249	1709856158272	0	oak44k6rgc8shnjgrndkp8im4r	embg9ec9nyw5twbuuo68gqfbq6			Gute Übersicht zu Containerbrücken: https://de.wikipedia.org/wiki/Containerbr%C3%BCcke und https://www.youtube.com/watch?v=KYQzX-5BuiQ		{}		[]	[]	f	0	f	\N
szaxbcyeuditymzingj5h3y3qn	1709425097654	1710988866178	0	tx7m34ngwoqmwtocehqcu49app	zad8ow3rmsu5ru8wapunmc5czz			@thomas.moreau ich bin heute im Homeoffice, erreichbar unter +33 6 95 43 17 50 oder david.muller2@hotmail.com		{}		[]	[]	f	0	f	\N
pij31qqssm9r74q4pb4iy896fy	1710839975401	1710996088624	0	t4jwh5hcfqf815anu5d8k831z3	rmnd6pjx535a8woqt15cbhbtri			Schichtplan KW 12: https://wiki.hafen-brake.de/display/LAGER/Schichtplan – @jan.rossi bitte bestätigen		{}		[]	[]	f	0	f	\N
cxgw4y1cy3ioytwtxahr8gngk1	1710125020569	1709469970642	0	dajkr5zn6tkat7gfkenjnrtkqm	pggosejnxpd9qg3xo6qer5eyw8			Danke! @marco.johnson		{}		[]	[]	f	0	f	\N
1b413j8rxxgskn6hrehphjdi46	1709569583404	1710794022910	0	tkqfjyexbpf5w4wbxc5bmhw6zi	embg9ec9nyw5twbuuo68gqfbq6			Danke! @lukas.lopez		{}		[]	[]	f	0	f	\N
c76cw5ntddinryccn7b9djsmpc	1709450268791	1709971530836	0	brh8hc8cph4x3io1yd7u6rwurq	zad8ow3rmsu5ru8wapunmc5czz			Danke! @lukas.lambert		{}		[]	[]	f	0	f	\N
ekgc6shci1cz843w413543xf8u	1709674999626	1709652504347	0	w6jcsgw5dtumdf8tkgyjkyx435	embg9ec9nyw5twbuuo68gqfbq6				slack_attachment	{"attachments": [{"text": "Severity: High", "color": "#FF0000", "title": "PROBLEM: Kran 4 SPS nicht erreichbar", "fallback": "PROBLEM: Kran 4 SPS nicht erreichbar", "title_link": "https://zabbix.hafen-brake.internal/tr_events.php?triggerid=71260&eventid=1764344"}], "from_webhook": "true", "override_username": "Zabbix", "disable_group_highlight": true}		[]	[]	f	0	f	\N
\.


--
-- Data for Name: preferences; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.preferences (userid, category, name, value) FROM stdin;
w6jcsgw5dtumdf8tkgyjkyx435	display_settings	use_military_time	true
w6jcsgw5dtumdf8tkgyjkyx435	tutorial_step	w6jcsgw5dtumdf8tkgyjkyx435	999
w6jcsgw5dtumdf8tkgyjkyx435	direct_channel_show	89hnkdzzh6jokdtbmhj9pufecr	true
w6jcsgw5dtumdf8tkgyjkyx435	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
w6jcsgw5dtumdf8tkgyjkyx435	recent_emojis		[{"name":"+1","usageCount":1},{"name":"white_check_mark","usageCount":13}]
u8xqqnug4q5c8fjwqnqsmt4t8t	display_settings	use_military_time	true
u8xqqnug4q5c8fjwqnqsmt4t8t	tutorial_step	u8xqqnug4q5c8fjwqnqsmt4t8t	999
u8xqqnug4q5c8fjwqnqsmt4t8t	direct_channel_show	nrwyqopw7oe83p5uspr54iijud	true
u8xqqnug4q5c8fjwqnqsmt4t8t	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
89hnkdzzh6jokdtbmhj9pufecr	display_settings	use_military_time	true
89hnkdzzh6jokdtbmhj9pufecr	tutorial_step	89hnkdzzh6jokdtbmhj9pufecr	999
89hnkdzzh6jokdtbmhj9pufecr	direct_channel_show	ssk3i5objsfn5knan7nkcu7fy5	true
89hnkdzzh6jokdtbmhj9pufecr	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
nrwyqopw7oe83p5uspr54iijud	display_settings	use_military_time	true
nrwyqopw7oe83p5uspr54iijud	tutorial_step	nrwyqopw7oe83p5uspr54iijud	999
nrwyqopw7oe83p5uspr54iijud	direct_channel_show	ruzxioiu4b4oihajtayq7q1mms	true
nrwyqopw7oe83p5uspr54iijud	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
ssk3i5objsfn5knan7nkcu7fy5	display_settings	use_military_time	true
ssk3i5objsfn5knan7nkcu7fy5	tutorial_step	ssk3i5objsfn5knan7nkcu7fy5	999
ssk3i5objsfn5knan7nkcu7fy5	direct_channel_show	mdq8uhwyed6ra5m8efsz1ihd4k	true
ssk3i5objsfn5knan7nkcu7fy5	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
ruzxioiu4b4oihajtayq7q1mms	display_settings	use_military_time	true
ruzxioiu4b4oihajtayq7q1mms	tutorial_step	ruzxioiu4b4oihajtayq7q1mms	999
ruzxioiu4b4oihajtayq7q1mms	direct_channel_show	em64dcg5ff4xct7zbomatt671t	true
ruzxioiu4b4oihajtayq7q1mms	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
ruzxioiu4b4oihajtayq7q1mms	recent_emojis		[{"name":"+1","usageCount":39},{"name":"white_check_mark","usageCount":17}]
mdq8uhwyed6ra5m8efsz1ihd4k	display_settings	use_military_time	true
mdq8uhwyed6ra5m8efsz1ihd4k	tutorial_step	mdq8uhwyed6ra5m8efsz1ihd4k	999
mdq8uhwyed6ra5m8efsz1ihd4k	direct_channel_show	16z3ucn16mzirax5yckpdzs4ii	true
mdq8uhwyed6ra5m8efsz1ihd4k	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
em64dcg5ff4xct7zbomatt671t	display_settings	use_military_time	true
em64dcg5ff4xct7zbomatt671t	tutorial_step	em64dcg5ff4xct7zbomatt671t	999
em64dcg5ff4xct7zbomatt671t	direct_channel_show	agbxpkbo9hofrbshj5uy9nib9h	true
em64dcg5ff4xct7zbomatt671t	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
16z3ucn16mzirax5yckpdzs4ii	display_settings	use_military_time	true
16z3ucn16mzirax5yckpdzs4ii	tutorial_step	16z3ucn16mzirax5yckpdzs4ii	999
16z3ucn16mzirax5yckpdzs4ii	direct_channel_show	k3gqas3pjq7yujuek5x7ezikc3	true
16z3ucn16mzirax5yckpdzs4ii	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
agbxpkbo9hofrbshj5uy9nib9h	display_settings	use_military_time	true
agbxpkbo9hofrbshj5uy9nib9h	tutorial_step	agbxpkbo9hofrbshj5uy9nib9h	999
agbxpkbo9hofrbshj5uy9nib9h	direct_channel_show	44yhbgwmqqsi7uhk81sunz5gru	true
agbxpkbo9hofrbshj5uy9nib9h	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
k3gqas3pjq7yujuek5x7ezikc3	display_settings	use_military_time	true
k3gqas3pjq7yujuek5x7ezikc3	tutorial_step	k3gqas3pjq7yujuek5x7ezikc3	999
k3gqas3pjq7yujuek5x7ezikc3	direct_channel_show	7f7ubu86qa8ci1iknxh56wm3i4	true
k3gqas3pjq7yujuek5x7ezikc3	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
k3gqas3pjq7yujuek5x7ezikc3	recent_emojis		[{"name":"+1","usageCount":29},{"name":"white_check_mark","usageCount":1}]
44yhbgwmqqsi7uhk81sunz5gru	display_settings	use_military_time	true
44yhbgwmqqsi7uhk81sunz5gru	tutorial_step	44yhbgwmqqsi7uhk81sunz5gru	999
44yhbgwmqqsi7uhk81sunz5gru	direct_channel_show	pih5fbyugcrb8sr5js9m9a5qjp	true
44yhbgwmqqsi7uhk81sunz5gru	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
7f7ubu86qa8ci1iknxh56wm3i4	display_settings	use_military_time	true
7f7ubu86qa8ci1iknxh56wm3i4	tutorial_step	7f7ubu86qa8ci1iknxh56wm3i4	999
7f7ubu86qa8ci1iknxh56wm3i4	direct_channel_show	unq7kescxxokm9q9nir73y8ufn	true
7f7ubu86qa8ci1iknxh56wm3i4	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
pih5fbyugcrb8sr5js9m9a5qjp	display_settings	use_military_time	true
pih5fbyugcrb8sr5js9m9a5qjp	tutorial_step	pih5fbyugcrb8sr5js9m9a5qjp	999
pih5fbyugcrb8sr5js9m9a5qjp	direct_channel_show	xkupwebr6q5onmktonhcyqqbot	true
pih5fbyugcrb8sr5js9m9a5qjp	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
unq7kescxxokm9q9nir73y8ufn	display_settings	use_military_time	true
unq7kescxxokm9q9nir73y8ufn	tutorial_step	unq7kescxxokm9q9nir73y8ufn	999
unq7kescxxokm9q9nir73y8ufn	direct_channel_show	zt88fsmm6pjtgnzbj35ndsrf8n	true
unq7kescxxokm9q9nir73y8ufn	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
xkupwebr6q5onmktonhcyqqbot	display_settings	use_military_time	true
xkupwebr6q5onmktonhcyqqbot	tutorial_step	xkupwebr6q5onmktonhcyqqbot	999
xkupwebr6q5onmktonhcyqqbot	direct_channel_show	16c78biuz1syefuuz19d8cy5hj	true
xkupwebr6q5onmktonhcyqqbot	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
xkupwebr6q5onmktonhcyqqbot	recent_emojis		[{"name":"+1","usageCount":29},{"name":"white_check_mark","usageCount":14}]
zt88fsmm6pjtgnzbj35ndsrf8n	display_settings	use_military_time	true
zt88fsmm6pjtgnzbj35ndsrf8n	tutorial_step	zt88fsmm6pjtgnzbj35ndsrf8n	999
zt88fsmm6pjtgnzbj35ndsrf8n	direct_channel_show	cr5675c1qem6gxq6hks4kh3c74	true
zt88fsmm6pjtgnzbj35ndsrf8n	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
16c78biuz1syefuuz19d8cy5hj	display_settings	use_military_time	true
16c78biuz1syefuuz19d8cy5hj	tutorial_step	16c78biuz1syefuuz19d8cy5hj	999
16c78biuz1syefuuz19d8cy5hj	direct_channel_show	f7i7cuts8pazxmw65gckyzwaq1	true
16c78biuz1syefuuz19d8cy5hj	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
cr5675c1qem6gxq6hks4kh3c74	display_settings	use_military_time	true
cr5675c1qem6gxq6hks4kh3c74	tutorial_step	cr5675c1qem6gxq6hks4kh3c74	999
cr5675c1qem6gxq6hks4kh3c74	direct_channel_show	maxzo7icngek3gtkk9r57mezzj	true
cr5675c1qem6gxq6hks4kh3c74	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
f7i7cuts8pazxmw65gckyzwaq1	display_settings	use_military_time	true
f7i7cuts8pazxmw65gckyzwaq1	tutorial_step	f7i7cuts8pazxmw65gckyzwaq1	999
f7i7cuts8pazxmw65gckyzwaq1	direct_channel_show	ty7g7enaahwy47n6bfu6a91fy8	true
f7i7cuts8pazxmw65gckyzwaq1	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
maxzo7icngek3gtkk9r57mezzj	display_settings	use_military_time	true
maxzo7icngek3gtkk9r57mezzj	tutorial_step	maxzo7icngek3gtkk9r57mezzj	999
maxzo7icngek3gtkk9r57mezzj	direct_channel_show	jfpsjr4hy5xygjhu8yky6gzf9w	true
maxzo7icngek3gtkk9r57mezzj	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
maxzo7icngek3gtkk9r57mezzj	recent_emojis		[{"name":"+1","usageCount":34},{"name":"white_check_mark","usageCount":3}]
ty7g7enaahwy47n6bfu6a91fy8	display_settings	use_military_time	true
ty7g7enaahwy47n6bfu6a91fy8	tutorial_step	ty7g7enaahwy47n6bfu6a91fy8	999
ty7g7enaahwy47n6bfu6a91fy8	direct_channel_show	c7wqe91746rntkqaf9345gd75i	true
ty7g7enaahwy47n6bfu6a91fy8	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
jfpsjr4hy5xygjhu8yky6gzf9w	display_settings	use_military_time	true
jfpsjr4hy5xygjhu8yky6gzf9w	tutorial_step	jfpsjr4hy5xygjhu8yky6gzf9w	999
jfpsjr4hy5xygjhu8yky6gzf9w	direct_channel_show	7obqtjd6r9ojgsrqzmi8b7xyw6	true
jfpsjr4hy5xygjhu8yky6gzf9w	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
c7wqe91746rntkqaf9345gd75i	display_settings	use_military_time	true
c7wqe91746rntkqaf9345gd75i	tutorial_step	c7wqe91746rntkqaf9345gd75i	999
c7wqe91746rntkqaf9345gd75i	direct_channel_show	oak44k6rgc8shnjgrndkp8im4r	true
c7wqe91746rntkqaf9345gd75i	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
7obqtjd6r9ojgsrqzmi8b7xyw6	display_settings	use_military_time	true
7obqtjd6r9ojgsrqzmi8b7xyw6	tutorial_step	7obqtjd6r9ojgsrqzmi8b7xyw6	999
7obqtjd6r9ojgsrqzmi8b7xyw6	direct_channel_show	tx7m34ngwoqmwtocehqcu49app	true
7obqtjd6r9ojgsrqzmi8b7xyw6	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
oak44k6rgc8shnjgrndkp8im4r	display_settings	use_military_time	true
oak44k6rgc8shnjgrndkp8im4r	tutorial_step	oak44k6rgc8shnjgrndkp8im4r	999
oak44k6rgc8shnjgrndkp8im4r	direct_channel_show	t4jwh5hcfqf815anu5d8k831z3	true
oak44k6rgc8shnjgrndkp8im4r	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
oak44k6rgc8shnjgrndkp8im4r	recent_emojis		[{"name":"+1","usageCount":18},{"name":"white_check_mark","usageCount":3}]
tx7m34ngwoqmwtocehqcu49app	display_settings	use_military_time	true
tx7m34ngwoqmwtocehqcu49app	tutorial_step	tx7m34ngwoqmwtocehqcu49app	999
tx7m34ngwoqmwtocehqcu49app	direct_channel_show	dajkr5zn6tkat7gfkenjnrtkqm	true
tx7m34ngwoqmwtocehqcu49app	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
t4jwh5hcfqf815anu5d8k831z3	display_settings	use_military_time	true
t4jwh5hcfqf815anu5d8k831z3	tutorial_step	t4jwh5hcfqf815anu5d8k831z3	999
t4jwh5hcfqf815anu5d8k831z3	direct_channel_show	tkqfjyexbpf5w4wbxc5bmhw6zi	true
t4jwh5hcfqf815anu5d8k831z3	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
dajkr5zn6tkat7gfkenjnrtkqm	display_settings	use_military_time	true
dajkr5zn6tkat7gfkenjnrtkqm	tutorial_step	dajkr5zn6tkat7gfkenjnrtkqm	999
dajkr5zn6tkat7gfkenjnrtkqm	direct_channel_show	brh8hc8cph4x3io1yd7u6rwurq	true
dajkr5zn6tkat7gfkenjnrtkqm	theme		{"type":"Denim","sidebarBg":"#1e325c","sidebarText":"#ffffff","onlineIndicator":"#3db887","buttonBg":"#1c58d9","linkColor":"#386fe5","codeTheme":"github"}
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.sessions (id, token, createat, expiresat, lastactivityat, userid, deviceid, roles, isoauth, props, expirednotify) FROM stdin;
pyupwq3trfxagezix84pqtjoc4	qz5997oc6wwb6tnk1gzd4usj66	1709280000000	1711872000000	1710427219849	w6jcsgw5dtumdf8tkgyjkyx435		system_user	f	{"os": "Windows 10", "csrf": "i3b8aswtu861gy7soqeimmtqpo", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
cp1a4u319tfjss9ruqgdz49oyh	pawibp1g78e1rzgo718dii8ees	1709280000000	1711872000000	1709314656578	u8xqqnug4q5c8fjwqnqsmt4t8t		system_user	f	{"os": "Windows 10", "csrf": "65smbybhf1qa68ok9qfri46t1j", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
q6a8zikjp5xzwt9y4zoycb5akn	7i3zx57ghktfskwaasgh888t71	1709280000000	1711872000000	1709809160202	89hnkdzzh6jokdtbmhj9pufecr	android_rn-v2:rvZ09P8thuV:APA91bcTO3hplKwGzyRdWwR1Sz_TKL5zzPQEXeDEld8yR9ATq_f3EW32W949Whq1fNNs27SaoBqTn0N0NHXUOUTyjt-RylnEnTdSuJwp09RD3_nydvPk6h7D42mZSM2z-X-xZCTMjYDr	system_user	f	{"os": "Android 14", "csrf": "zct33wspyzdgixa1xf949k9xqf", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
qxgnenb943kkiwppcjxbo5go9s	ufxgo9xckgk91yy9supcgxknab	1709280000000	1711872000000	1710299760916	nrwyqopw7oe83p5uspr54iijud		system_user	f	{"os": "Windows 10", "csrf": "6hbeh4hzyct8dnrob63uxbszne", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
mfgbayjatqd7a68ep4eyug4gba	pxh59h9udduofxrgdubh91diyp	1709280000000	1711872000000	1710383872502	ssk3i5objsfn5knan7nkcu7fy5		system_user	f	{"os": "Windows 10", "csrf": "s15x7bcqzym58r79nea118qwyt", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
bozaaw713d1z4qhcfq4phbpoff	ior5sx1wqjd4tmw5e7x9hrpn4m	1709280000000	1711872000000	1709849675858	ruzxioiu4b4oihajtayq7q1mms		system_user	f	{"os": "Windows 10", "csrf": "9yho1amfbbxj9gsqwpmrr8mamm", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "5u35sb4wqnkxsw6khupa3g6z6g"}	f
xyjaok1x787xz81eznd1rifyh5	tsb9gruuy1hpydyyjze4yns9rj	1709280000000	1711872000000	1710591288232	mdq8uhwyed6ra5m8efsz1ihd4k	android_rn-v2:eFq-qLk1Osl:APA91bhoP5hpXzwIxw0LFdcYXDa_irwL51-aIEaOc_iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R_zdYYJr9u--ltOKeec7_sXmBIWtNu_E-_en6Qpi4BLdu81	system_user	f	{"os": "Android 14", "csrf": "u9kuhsko3kmf9d8arrzjq9etmk", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
3zb6ej8g4f4xjysskcftnrd7ag	8br771upoxkmip54uotw749bpd	1709280000000	1711872000000	1709692468763	em64dcg5ff4xct7zbomatt671t		system_user	f	{"os": "Windows 10", "csrf": "n5rmxmpkpcxxk4j4hq8y17e93p", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
y9pgzi3afhbhbsfer7erh3pbde	yp3y4xeqyz4onycwd3yu9r9zpz	1709280000000	1711872000000	1709973832764	16z3ucn16mzirax5yckpdzs4ii		system_user	f	{"os": "Windows 10", "csrf": "tsgk84ujh3pjkziue5tgfcbhba", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
hs3rtyjpjduyzcw1rsrextbemf	64ak8qbjy7uydti79ktusrkem9	1709280000000	1711872000000	1710295790955	agbxpkbo9hofrbshj5uy9nib9h		system_user	f	{"os": "Windows 10", "csrf": "yqw6qc9s7wic57rrh9jmdgucok", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
936es6ozkdrftaem9gsp8azghn	3yu8yaarb8sxshq7hfueet5cft	1709280000000	1711872000000	1710888364656	k3gqas3pjq7yujuek5x7ezikc3	android_rn-v2:oxUo3K78Gcw:APA91bO4hJXpOt4iq54NAj0HSWvz2UXXJcaZTdFZBpLee-dLcaucheSqOmyeHs6zc7OC7BkgzvYP4lzYuAgHMdyBEj3bxhTqBv-mT8_5CZM9Q2_BPu_H5PedtDrJ7L2odPHA_ibhSQwx	system_user	f	{"os": "Android 14", "csrf": "xzh5cfnmp9kiqdgfqfq5u8jhoe", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
kn1uzex9j4bgtj63phjk3h9fmh	pmfkuie66a61rk153nzo9yef1u	1709280000000	1711872000000	1710882664811	44yhbgwmqqsi7uhk81sunz5gru		system_user	f	{"os": "Windows 10", "csrf": "fgagiy46fkn1xcgbjisufg4d8i", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
b4w419jmhkzyi7n5smftqmtz3u	7bg3oyhugk4ejceno9i14jwgbh	1709280000000	1711872000000	1710383554139	7f7ubu86qa8ci1iknxh56wm3i4		system_user	f	{"os": "Windows 10", "csrf": "6gajsod39xoi5nz3inxtgs31y4", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "yi6nwcnidc6yk814hmx4t9wnj6"}	f
uu15y8j3abpfs16f6uqe53ozm5	irxtifyyza44yzszi5pxkcekuh	1709280000000	1711872000000	1709446611168	pih5fbyugcrb8sr5js9m9a5qjp		system_user	f	{"os": "Windows 10", "csrf": "reew56f3nnd5yfdgqhymcjm43m", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
1uydiyrx494idg6b34zhb8foq6	k15cx7ia6uzppn7c7cxz8t3eg8	1709280000000	1711872000000	1709864536549	unq7kescxxokm9q9nir73y8ufn	android_rn-v2:cIbu6jVhjaZ:APA91bN-pFFK4MWAkPfGUBc_2gLz-oXRj-A39eN3y8CNysgB6jJ8vK2xX6QIpxoolwkc1tnJQf3xnSoLWc2yrbdO66tkD_ZWNg4NoDgYluVsVVXYKg7HsMo-r6pgJ0nGiJA5HgD7mn0t	system_user	f	{"os": "Android 14", "csrf": "ysqyfysdjxuubxaghxutzidnrg", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
jt8oumn3u4n1ekhp55wt55xycf	mymdnmo3rqfyir7wu1oo1iyhw8	1709280000000	1711872000000	1710017372046	xkupwebr6q5onmktonhcyqqbot		system_user	f	{"os": "Windows 10", "csrf": "d5mbp9te77dy79gy7fp57t4ui1", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
8rykpn97tx9hjygzxiq8cbbm6y	xzuhjj8uxqkx9u5h9458k1ebfs	1709280000000	1711872000000	1710611892335	zt88fsmm6pjtgnzbj35ndsrf8n		system_user	f	{"os": "Windows 10", "csrf": "64tcjagejq51b7hqmdcg45qa61", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
qnwdkon5k6cw88y5gq1nzdt3bd	df7p8w7qazujn1e3a5qt4ufi34	1709280000000	1711872000000	1710334461320	16c78biuz1syefuuz19d8cy5hj		system_user	f	{"os": "Windows 10", "csrf": "7hqmd4bzzzd5ym7gycxi5dncax", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
7d8a5kjyi84aqkwgqgsxtr4r3b	f6tzp1z1xbu3cg1ncgy78e7zr9	1709280000000	1711872000000	1709955341126	cr5675c1qem6gxq6hks4kh3c74	android_rn-v2:H_KPmMGGuzT:APA91bKLPME18rmWqJmfyuS-gze07bjs_UiCD3mH_3OsNNkX8uSjCnde7EdwAeMO9udfdS3tciwmVeehJqP-brvlx3SI2ayOQ6zxlY_UrnMVXOLs1xL9ZP4kV73IRZAxfeqt4rCT91dd	system_user	f	{"os": "Android 14", "csrf": "68zdox3c1t7qjoaq11uz4zs4cp", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
fbwciegforz8iepmcnkcx4mqsk	chwq94nc48g8sohqiygriayrmh	1709280000000	1711872000000	1709294221801	f7i7cuts8pazxmw65gckyzwaq1		system_user	f	{"os": "Windows 10", "csrf": "tdzkzuk9j5xd9rsaj7rjrxpb4p", "type": "UserAccessToken", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows", "user_access_token_id": "icxo57iamwxjxr1fjfqrkg1bf9"}	f
zccy5bt19jp3pkzyigorhesnhn	work6diait8j3c89umu4a6oi4r	1709280000000	1711872000000	1709711702597	maxzo7icngek3gtkk9r57mezzj		system_user	f	{"os": "Windows 10", "csrf": "tzz5k86fgccbsjfii6cbmuqkbr", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
9iuxxni8pk8bn9jucdqi8h3oai	b7bj4ytfrep37b34fkyynxqbq8	1709280000000	1711872000000	1709593553701	ty7g7enaahwy47n6bfu6a91fy8		system_user	f	{"os": "Windows 10", "csrf": "ufaz6cwieoq6euhmygbghm6cmn", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
47r31hwwqijwg7wt5cbytsoqkn	y4d5abc8bpqjyzfk6pf9o9pj1c	1709280000000	1711872000000	1709961714157	jfpsjr4hy5xygjhu8yky6gzf9w	android_rn-v2:OZAXAxl3WeX:APA91bc-QlldRvUAnY3ry8WZg9wWNt20P97TZifBEj5U69MWMa77YMnk7lVL6AWa5NS9Lg5C9TvBLm8sITojqoA_A0HUqd2l-HYKp9x67VAvqgIf81_nfmqjkfKRY-35rJfCr_iTDmAV	system_user	f	{"os": "Android 14", "csrf": "xjdrjpd41hiutkm757d3zx4a41", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux"}	f
pa4madok5pkgb4f8ix1fpko887	kj51xdkxqujiboah75mijgorc1	1709280000000	1711872000000	1710748547906	c7wqe91746rntkqaf9345gd75i		system_user	f	{"os": "Windows 10", "csrf": "jzo6ki5y3g9o453s48a819gzjh", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
e14w11bfcwaazkb6r38z4h6auq	w7sqifoup8qneyn8zutnidzqai	1709280000000	1711872000000	1709947669716	7obqtjd6r9ojgsrqzmi8b7xyw6		system_user	f	{"os": "Windows 10", "csrf": "6n8iz4fqjf6warsy7au8pj7h5t", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
5prd6wgo83s7d78qmfkr8jejg5	src1iqmtbkepi4886j6x8gdrum	1709280000000	1711872000000	1709590571892	oak44k6rgc8shnjgrndkp8im4r		system_user	f	{"os": "Windows 10", "csrf": "otpikw3yibtcgi8nwjdyuze443", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
w5e1d6kzs8djhzgcyk1nzoy86c	job4xotbbs35y3ybsi3wg3tjzp	1709280000000	1711872000000	1710746679544	tx7m34ngwoqmwtocehqcu49app	android_rn-v2:VaV7M9kvfFe:APA91b2wFJ-PAq1JqlS1fZ-2PWk999eeiLMNVVAWJa8D8OmFkF-bY2EfC2PQ93ReV-2Olg6qwgJ3bnKyfsDnORphOktee_cIs9SivGNQ5L1a-S37Ar0i0qONkt5N59NAafYT7rcVbh8H	system_user	f	{"os": "Android 14", "csrf": "z9h65faemzdcfqc4994yjjtbmi", "type": "UserAccessToken", "isSaml": "false", "browser": "Mobile App/2.14", "isMobile": "true", "is_guest": "false", "platform": "Linux", "user_access_token_id": "53dma8zdj18f5tx3urge9quhr6"}	f
8qhru4kntf7nc8amd7jfeqqck9	xd91gcqs5w35qi4ipbhgpmmex4	1709280000000	1711872000000	1709658503242	t4jwh5hcfqf815anu5d8k831z3		system_user	f	{"os": "Windows 10", "csrf": "mqiu1dip1m6ri8pxbtt86z5ibf", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
swfrrmqypekopnzka6z38rayt5	id1ttjjb4n1aswgpgbifugtmtm	1709280000000	1711872000000	1709659582855	dajkr5zn6tkat7gfkenjnrtkqm		system_user	f	{"os": "Windows 10", "csrf": "7imkhwgpcg5wbs71wyqptbmsd5", "isSaml": "false", "browser": "Chrome/124.0", "isMobile": "false", "is_guest": "false", "platform": "Windows"}	f
\.


--
-- Data for Name: status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.status (userid, status, manual, lastactivityat, dndendtime, prevstatus) FROM stdin;
w6jcsgw5dtumdf8tkgyjkyx435	online	f	1710970968162	0	
u8xqqnug4q5c8fjwqnqsmt4t8t	dnd	f	1709765548462	0	
89hnkdzzh6jokdtbmhj9pufecr	offline	f	1709827676148	0	
nrwyqopw7oe83p5uspr54iijud	dnd	f	1709320958129	0	
ssk3i5objsfn5knan7nkcu7fy5	online	f	1710718064759	0	
ruzxioiu4b4oihajtayq7q1mms	dnd	f	1709603563293	0	
mdq8uhwyed6ra5m8efsz1ihd4k	dnd	f	1710705236299	0	
em64dcg5ff4xct7zbomatt671t	offline	f	1709768133270	0	
16z3ucn16mzirax5yckpdzs4ii	dnd	f	1710158565400	0	
agbxpkbo9hofrbshj5uy9nib9h	online	f	1710782188987	0	
k3gqas3pjq7yujuek5x7ezikc3	offline	f	1710609731461	0	
44yhbgwmqqsi7uhk81sunz5gru	away	f	1710723430070	0	
7f7ubu86qa8ci1iknxh56wm3i4	online	f	1709291721502	0	
pih5fbyugcrb8sr5js9m9a5qjp	away	f	1709604163147	0	
unq7kescxxokm9q9nir73y8ufn	away	f	1709360845710	0	
xkupwebr6q5onmktonhcyqqbot	away	f	1709631742813	0	
zt88fsmm6pjtgnzbj35ndsrf8n	dnd	f	1709999468468	0	
16c78biuz1syefuuz19d8cy5hj	dnd	f	1710814585351	0	
cr5675c1qem6gxq6hks4kh3c74	offline	f	1709769826744	0	
f7i7cuts8pazxmw65gckyzwaq1	away	f	1710922891870	0	
maxzo7icngek3gtkk9r57mezzj	away	f	1710006917816	0	
ty7g7enaahwy47n6bfu6a91fy8	dnd	f	1709440880218	0	
jfpsjr4hy5xygjhu8yky6gzf9w	away	f	1710217966347	0	
c7wqe91746rntkqaf9345gd75i	dnd	f	1709491245460	0	
7obqtjd6r9ojgsrqzmi8b7xyw6	dnd	f	1710530617539	0	
oak44k6rgc8shnjgrndkp8im4r	dnd	f	1710644232720	0	
tx7m34ngwoqmwtocehqcu49app	dnd	f	1710672691155	0	
t4jwh5hcfqf815anu5d8k831z3	away	f	1710030170586	0	
dajkr5zn6tkat7gfkenjnrtkqm	dnd	f	1709330604606	0	
\.


--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.systems (name, value) FROM stdin;
Version	9.5.0
DiagnosticId	phdkg1txdod9rc31iu7r88xh7s
InstallationDate	1674720000000
FirstServerRunTimestamp	1674720000000
LastSecurityTime	1709280000000
AdvancedPermissionsMigrationComplete	true
ContentExtractionConfigDefaultTrueMigrationComplete	true
CRTChannelMembershipCountsMigrationComplete	true
AsymmetricSigningKey	{"ecdsa_key":{"curve":"P-256","x":56612015207621214302910136308284692699891621363957737004092806988049001936742,"y":45979872120151315889670467665065573866726236125676979006223737796994845563051,"d":72306074493161017207893224424091888667689013760655819908829019582447023295483}}
PostActionCookieSecret	{"key":"OCPC4QaI5CUsBdrj9Xu/EPGKSiUprVQa2sOfEIOM8Gd="}
\.


--
-- Data for Name: teams; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.teams (id, createat, updateat, deleteat, displayname, name, description, email, type, companyname, alloweddomains, inviteid, allowopeninvite, lastteamiconupdate, schemeid, groupconstrained, cloudlimitsarchived) FROM stdin;
g3xo9m64zddtstgimhsyg8snq5	1709280000000	1709280000000	0	Hafenlogistik	hafen		anna.garcia@hafen-brake.de	I		hafen-brake.de	r4f3ufrho8q6b5n7zysmqyxsj5	f	0	\N	f	f
p6qzrztze1m8rhtsh973rwpfce	1709280000000	1709280000000	0	Leitstand	leitstand		leitstand@hafen-brake.de	I		hafen-brake.de	15npb9fiwqn8pwzc9ztfnmob76	f	0	\N	f	f
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.tokens (token, createat, type, extra) FROM stdin;
PxVG18pdNEgBR1YHA8NXOz6TcqLkBiCU2wf6x6eGBHrVWMFOKbR9ea5V6gkmJDZD	1710303981211	password_recovery	{"UserId":"em64dcg5ff4xct7zbomatt671t","email":"lukas.lambert@hafen-brake.de"}
QpvYC6X5bMUYcsS0o5cgQ91yGKT5ApoiSzVDJmlHungqXF1I3UMLR6c8kFBxkTJl	1710268726891	password_recovery	{"UserId":"zt88fsmm6pjtgnzbj35ndsrf8n","email":"lena.anderson@hafen-brake.de"}
RcHLR6Am68AVOESKzGzAN1mppkfgfBjV5fyzwdjyzSmVU6wO6xUa5ZkhJAfPVIe8	1709342379821	password_recovery	{"UserId":"oak44k6rgc8shnjgrndkp8im4r","email":"liam.moreau@hafen-brake.de"}
\.


--
-- Data for Name: useraccesstokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.useraccesstokens (id, token, userid, description, isactive) FROM stdin;
axnmq9g191uwofk77coq1ao7ko	om8je9y9ezxpxct7sfc7h5ezyz	ruzxioiu4b4oihajtayq7q1mms	Jenkins	t
ipycgxmbc83zumutrg6i7sefxk	17x5a13tzomrx9i3qw3yscr3qd	7f7ubu86qa8ci1iknxh56wm3i4	Grafana-Export	t
x8oc8i3mfnarcxtaz3dq8htxdz	qnfycsne1xh4dp41hxjng8j3i8	f7i7cuts8pazxmw65gckyzwaq1	Zabbix	t
cufjd1msgncat9534ydh4gxtxn	63purb97ez6n4rs5kkto41e331	tx7m34ngwoqmwtocehqcu49app	Backup-Skript	t
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, createat, updateat, deleteat, username, password, authdata, authservice, email, emailverified, nickname, firstname, lastname, roles, allowmarketing, props, notifyprops, lastpasswordupdate, lastpictureupdate, failedattempts, locale, mfaactive, mfasecret, "position", timezone, remoteid, lastlogin, mfausedtimestamps) FROM stdin;
cmrhiys49oegdw3byogoojomkq	1709280000000	1709280000000	0	system-bot		\N		system-bot@localhost	t		System	Bot	system_user system_admin	f	{"from_webhook": "true"}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710127868019	[]
w6jcsgw5dtumdf8tkgyjkyx435	1709280000000	1709280000000	0	anna.garcia	$2a$10$aUBJtfEc0HhFka8wPZ0lTRutftau30NCAdaI6RV8L7R2xnCvxwMQ4	\N		anna.garcia@hafen-brake.de	t		Anna	García	system_user system_admin	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709605412910	[]
u8xqqnug4q5c8fjwqnqsmt4t8t	1709280000000	1709280000000	0	carlos.garcia		922	gitlab	carlos.garcia@hafen-brake.de	t		Carlos	García	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Schichtleiter Kran	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710006001557	[]
89hnkdzzh6jokdtbmhj9pufecr	1709280000000	1709280000000	0	emily.weber	$2a$10$pL8sV30jEFhnGYxcbSO0FU9lSC3myFuLXZcj4oSwc0p8Pirg.kDYX	\N		emily.weber4@proton.me	t		Emily	Weber	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710838771066	[]
nrwyqopw7oe83p5uspr54iijud	1709280000000	1709280000000	0	thomas.moreau	$2a$10$NnlFEOfam8A1dhPi1g8Y89XwzmEOu3OclFhgPkGyESk7gQJDd3r8M	\N		thomas.moreau@hafen-brake.de	t		Thomas	Moreau	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710394288520	[]
ssk3i5objsfn5knan7nkcu7fy5	1709280000000	1709280000000	0	jan.rossi		jan.rossi	ldap	jan.rossi@hafen-brake.de	t		Jan	Rossi	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	F5T3NIX2PAA6Q3BYKJYBN64BZMC36WXB	Schichtleiter Kran	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710091606751	[]
ruzxioiu4b4oihajtayq7q1mms	1709280000000	1709280000000	0	marco.johnson		marco.johnson@hafen-brake.de	saml	marco.johnson@hafen-brake.de	t		Marco	Johnson	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710502224816	[]
mdq8uhwyed6ra5m8efsz1ihd4k	1709280000000	1709280000000	0	lukas.lopez	$2a$10$BZGc91qneO44S09BS2LNWE.lySFMggTZA.9tYgHThubTjMRUCPd5W	\N		lukas.lopez45@proton.me	t		Lukas	López	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710053547570	[]
em64dcg5ff4xct7zbomatt671t	1709280000000	1709280000000	0	lukas.lambert	$2a$10$dn8Dwjv0Tnb9YF54Mh76x41AuamZ5DB8iV4COQoZK7vDy90qg1vDg	\N		lukas.lambert@hafen-brake.de	t		Lukas	Lambert	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		IT-Administration	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709474465217	[]
16z3ucn16mzirax5yckpdzs4ii	1709280000000	1709280000000	0	sarah.schmidt	$2a$10$ARYOCVqd8BOkkkk0Q.SHtHUmsbOshbRZOnMkHfWmhNvy1Ci8O9Hgt	\N		sarah.schmidt@hafen-brake.de	t		Sarah	Schmidt	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709895804428	[]
agbxpkbo9hofrbshj5uy9nib9h	1709280000000	1709280000000	0	lucas.weber		lucas.weber	ldap	lucas.weber@hafen-brake.de	t		Lucas	Weber	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710507997788	[]
k3gqas3pjq7yujuek5x7ezikc3	1709280000000	1709280000000	0	marco.richter	$2a$10$fr6wbCSBJE.g9JOCffw1VAyVv0rLKnOBW357Zorv9U1gcyCVHYgNQ	\N		marco.richter13@posteo.de	t		Marco	Richter	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	DNBQGIIBP7VIVNHAQKKYSX2SZTWEOVE4	Lagerlogistik	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709322379280	[]
44yhbgwmqqsi7uhk81sunz5gru	1709280000000	1709280000000	0	lucas.hoffmann		288	gitlab	lucas.hoffmann@hafen-brake.de	t		Lucas	Hoffmann	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710296814950	[]
7f7ubu86qa8ci1iknxh56wm3i4	1709280000000	1709280000000	0	marco.weber	$2a$10$gZVzzpOKn1yWtAo40.zCQs68mOqL6CuAEFuzXPGhdKKMBZVTn6SiO	\N		marco.weber@hafen-brake.de	t		Marco	Weber	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709364868148	[]
pih5fbyugcrb8sr5js9m9a5qjp	1709280000000	1709280000000	0	sophie.moreau	$2a$10$9gI3KKtvjWc8ZxH7P2oODqqRSib7DdRi.lSQ1.yGUEA7q3QqGWv9T	\N		sophie.moreau@hafen-brake.de	t		Sophie	Moreau	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Lagerlogistik	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710585612695	[]
unq7kescxxokm9q9nir73y8ufn	1709280000000	1709280000000	0	marco.kowalski		marco.kowalski	ldap	marco.kowalski@hafen-brake.de	t		Marco	Kowalski	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710905224309	[]
xkupwebr6q5onmktonhcyqqbot	1709280000000	1709280000000	0	jan.johnson		jan.johnson@hafen-brake.de	saml	jan.johnson@hafen-brake.de	t		Jan	Johnson	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710309452660	[]
zt88fsmm6pjtgnzbj35ndsrf8n	1709280000000	1709280000000	0	lena.anderson	$2a$10$jHLCoBGpEV2MG8axjeCW2X9DyVXouKrd7e65QVmFH0.msjPwxzPUU	\N		lena.anderson@hafen-brake.de	t		Lena	Anderson	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	QLNX6S6HGLWA6QHIBRPAJ7E7XVQCRFYD	Lagerlogistik	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710110194794	[]
16c78biuz1syefuuz19d8cy5hj	1709280000000	1709280000000	0	emma.novak	$2a$10$Ogiwej38cAUVitESj4oTMAbLXAcWFMwbWzEmI1DPkN6sT0TdoQdJ7	\N		emma.novak@hafen-brake.de	t		Emma	Novak	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710711346276	[]
cr5675c1qem6gxq6hks4kh3c74	1709280000000	1709280000000	0	david.taylor	$2a$10$SezebsH7Ki7OkOFGMG0RR9w.so4gQXjDQtsjZpNj.w6ZpZGAQ4Ncy	\N		david.taylor51@posteo.de	t		David	Taylor	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710659291680	[]
f7i7cuts8pazxmw65gckyzwaq1	1709280000000	1709280000000	0	camille.bernard		camille.bernard	ldap	camille.bernard@hafen-brake.de	t		Camille	Bernard	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Schichtleiter Kran	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710963871011	[]
maxzo7icngek3gtkk9r57mezzj	1709280000000	1709280000000	0	eva.richter	$2a$10$RI4E9SJs9nCp5vryODEgxK9FflviB50c7cBTBcRdPADkc22mH3lTT	\N		eva.richter@hafen-brake.de	t		Eva	Richter	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709678092827	[]
ty7g7enaahwy47n6bfu6a91fy8	1709280000000	1709280000000	0	lena.garcia		102	gitlab	lena.garcia@hafen-brake.de	t		Lena	García	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709494980125	[]
jfpsjr4hy5xygjhu8yky6gzf9w	1709280000000	1709280000000	0	olivia.richter	$2a$10$hF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZHrT38c	\N		olivia.richter70@web.de	t		Olivia	Richter	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	HX66Y5B6E7Q6HLLPHZFTHLLGJ36OMFZX	Disponentin	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710816086066	[]
c7wqe91746rntkqaf9345gd75i	1709280000000	1709280000000	0	lena.dubois	$2a$10$ZEat2OZepq7r6qxB6BztcJj8rDkTt0IcmdB.2nxRUCaHxsW.oKFte	\N		lena.dubois@hafen-brake.de	t		Lena	Dubois	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710377080582	[]
7obqtjd6r9ojgsrqzmi8b7xyw6	1709280000000	1709280000000	0	marco.anderson		marco.anderson	ldap	marco.anderson@hafen-brake.de	t		Marco	Anderson	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710985105455	[]
oak44k6rgc8shnjgrndkp8im4r	1709280000000	1709280000000	0	liam.moreau		liam.moreau@hafen-brake.de	saml	liam.moreau@hafen-brake.de	t		Liam	Moreau	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Lagerlogistik	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709844421578	[]
tx7m34ngwoqmwtocehqcu49app	1709280000000	1709280000000	0	david.muller	$2a$10$OV8Q7Radw.Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1MDFzG3p8sp69	\N		david.muller2@hotmail.com	t		David	Müller	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710167749421	[]
t4jwh5hcfqf815anu5d8k831z3	1709280000000	1709280000000	0	daniel.fischer	$2a$10$FzqqkUveP1OvXwKuHsmpDk3LOt.Y3uIrBGPQKlBbjuWd6SuI02sjf	\N		daniel.fischer@hafen-brake.de	t		Daniel	Fischer	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710598332391	[]
dajkr5zn6tkat7gfkenjnrtkqm	1709280000000	1709280000000	0	david.garcia	$2a$10$QnBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2QwQCNOFuUOTFOcNW	\N		david.garcia@hafen-brake.de	t		David	García	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	RF2VVL5VYLG4OPXGPMAKJJSUWATDMK6O	IT-Administration	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710417219063	[]
tkqfjyexbpf5w4wbxc5bmhw6zi	1709280000000	1709280000000	0	jan.anderson		jan.anderson	ldap	jan.anderson@hafen-brake.de	t		Jan	Anderson	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710253385102	[]
brh8hc8cph4x3io1yd7u6rwurq	1709280000000	1709280000000	0	david.garcia32	$2a$10$podMD79.2E1AGSlWbtp2z6K82osLDsErqBfvV75GngA0XOgyrOsfz	\N		david.garcia28@web.de	t		David	García	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710568091493	[]
izreob8t7cptahq16b9d5gzmfm	1709280000000	1709280000000	0	liam.brown		541	gitlab	liam.brown@hafen-brake.de	t		Liam	Brown	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Disponentin	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709631164898	[]
bidkmj1nj4uhzgeeo4maknygtp	1709280000000	1709280000000	0	julia.nielsen	$2a$10$yIZV3BBypy1iEMOfRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1JQvj	\N		julia.nielsen@hafen-brake.de	t		Julia	Nielsen	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709942561897	[]
wcj8meesmhnjjp18xcrqj46pih	1709280000000	1709280000000	0	olivia.rossi	$2a$10$ntU0lwn2vhDio5axDz9OJpycIhgcTf2H57InC9nHalF3iN89Ny3wu	\N		olivia.rossi@hafen-brake.de	t		Olivia	Rossi	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710434434365	[]
pbq3dtfgsey3kj79cbuqba7yqp	1709280000000	1709280000000	0	chiara.jensen		chiara.jensen	ldap	chiara.jensen@hafen-brake.de	t		Chiara	Jensen	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	t	4VPBORY2ARQOZIVL43HRCORV5WEREBER	Lagerlogistik	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709885286186	[]
o5g7peb9qz67a8j3j5q315etyg	1709280000000	1709280000000	0	julia.lambert		julia.lambert@hafen-brake.de	saml	julia.lambert@hafen-brake.de	t		Julia	Lambert	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709489101272	[]
onpn66mqo447trrojotpkxaofk	1709280000000	1709280000000	0	anna.taylor	$2a$10$NiO6UHPBrBBFeOZjV4bXLyn.bSuhEuWM.KlQwkFpJXenKJ0w8kLrK	\N		anna.taylor@hafen-brake.de	t		Anna	Taylor	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1709545639372	[]
1ums6s5w8yxy5ohoogi73k1gp3	1709280000000	1709280000000	0	pierre.garcia	$2a$10$TKZnahD0DYRwEyzNwsmTO4ljyMbkAWw8SRS3k42.PT0qxF5ebVbJl	\N		pierre.garcia@hafen-brake.de	t		Pierre	García	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f		Disponentin	{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710286302321	[]
kf77f5diwx3imp6km3pmyas1w8	1709280000000	1709280000000	0	lucia.martinez	$2a$10$cHnbzdJxDw3bu70DOcWqptXW8NB9pgxZzYsYImJ4YGUgkp5tdod7a	\N		lucia.martinez22@gmx.de	t		Lucia	Martínez	system_user	f	{}	{"push": "mention", "email": "true", "channel": "true", "desktop": "mention", "comments": "never", "first_name": "false", "push_status": "away", "mention_keys": "", "desktop_sound": "true"}	1709280000000	0	0	de	f			{"manualTimezone": "", "automaticTimezone": "Europe/Berlin", "useAutomaticTimezone": "true"}	\N	1710184691781	[]
\.


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

\unrestrict 1Q0UKwqaBUhHIuTv1PeScQ8QKIn9c5WIpi9frJrqYqm7rtfAwg0aXQ8VksRGGgw

