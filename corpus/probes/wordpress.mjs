import { rng, q, j, php, person, fakePerson, uas, realPhone } from "./lib.mjs";

// ---------------- WordPress / WooCommerce ----------------
export function wordpress(dirty) {
  const r = rng(303);
  const out = [], exp = [];
  const p = (s) => out.push(s);
  const E = (rule, col, path) => exp.push([rule, col, path]);
  const site = dirty ? "https://www.gartenmoebel-schulz.de" : "https://shop.example.com";
  p(`CREATE TABLE wp_options (option_id bigserial PRIMARY KEY, option_name varchar(191) NOT NULL UNIQUE, option_value text NOT NULL, autoload varchar(20) DEFAULT 'yes' NOT NULL);`);
  p(`CREATE TABLE wp_users (ID bigserial PRIMARY KEY, user_login varchar(60) NOT NULL, user_pass varchar(255) NOT NULL, user_nicename varchar(50) NOT NULL, user_email varchar(100) NOT NULL, user_url varchar(100) NOT NULL, user_registered timestamp NOT NULL, user_activation_key varchar(255) NOT NULL, user_status integer NOT NULL, display_name varchar(250) NOT NULL);`);
  p(`CREATE TABLE wp_usermeta (umeta_id bigserial PRIMARY KEY, user_id bigint NOT NULL, meta_key varchar(255), meta_value text);`);
  p(`CREATE TABLE wp_posts (ID bigserial PRIMARY KEY, post_author bigint NOT NULL, post_date timestamp NOT NULL, post_content text NOT NULL, post_title text NOT NULL, post_excerpt text NOT NULL, post_status varchar(20) NOT NULL, post_name varchar(200) NOT NULL, post_modified timestamp NOT NULL, post_parent bigint NOT NULL, guid varchar(255) NOT NULL, post_type varchar(20) NOT NULL, post_mime_type varchar(100) NOT NULL);`);
  p(`CREATE TABLE wp_postmeta (meta_id bigserial PRIMARY KEY, post_id bigint NOT NULL, meta_key varchar(255), meta_value text);`);
  p(`CREATE TABLE wp_comments (comment_ID bigserial PRIMARY KEY, comment_post_ID bigint NOT NULL, comment_author text NOT NULL, comment_author_email varchar(100) NOT NULL, comment_author_url varchar(200) NOT NULL, comment_author_IP varchar(100) NOT NULL, comment_date timestamp NOT NULL, comment_content text NOT NULL, comment_approved varchar(20) NOT NULL, comment_agent varchar(255) NOT NULL, comment_type varchar(20) NOT NULL, user_id bigint NOT NULL);`);
  p(`CREATE TABLE wp_woocommerce_api_keys (key_id bigserial PRIMARY KEY, user_id bigint NOT NULL, description varchar(200), permissions varchar(10) NOT NULL, consumer_key char(64) NOT NULL, consumer_secret char(43) NOT NULL, nonces text, truncated_key char(7) NOT NULL, last_access timestamp);`);
  p(`CREATE TABLE wp_wc_orders (id bigint PRIMARY KEY, status varchar(20), currency varchar(10), total_amount numeric(26,8), customer_id bigint, billing_email varchar(320), date_created_gmt timestamp, payment_method varchar(100), payment_method_title text, transaction_id varchar(100), ip_address varchar(100), user_agent text, customer_note text);`);
  p(`CREATE TABLE wp_wc_order_addresses (id bigserial PRIMARY KEY, order_id bigint NOT NULL, address_type varchar(20), first_name text, last_name text, company text, address_1 text, address_2 text, city text, state text, postcode text, country text, email varchar(320), phone varchar(100));`);
  const smtpPass = dirty ? r.alnum(16) : "";
  const opts = [
    ["siteurl", site], ["home", site], ["blogname", "Gartenmöbel Shop"], ["blogdescription", "Outdoor furniture"], ["admin_email", dirty ? "inhaber@gartenmoebel-schulz.de" : "admin@example.com"],
    ["users_can_register", "0"], ["mailserver_url", "mail.example.com"], ["mailserver_login", "login@example.com"], ["mailserver_pass", "password"], ["mailserver_port", "110"],
    ["permalink_structure", "/%postname%/"], ["active_plugins", php(["woocommerce/woocommerce.php", "wp-mail-smtp/wp_mail_smtp.php", "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php", "wordfence/wordfence.php"])],
    ["wp_user_roles", php({ administrator: { name: "Administrator", capabilities: { switch_themes: true, edit_themes: true } }, customer: { name: "Customer", capabilities: { read: true } } })],
    ["cron", php({ 1711900000: { wp_version_check: { "40cd750bba9870f18aada2478b24840a": { schedule: "twicedaily", args: [], interval: 43200 } } }, version: 2 })],
    ["wp_mail_smtp", php({ mail: { from_email: dirty ? "shop@gartenmoebel-schulz.de" : "shop@example.com", from_name: "Gartenmöbel Shop", mailer: "smtp", return_path: true }, smtp: { autotls: true, auth: true, host: dirty ? "smtp.strato.de" : "smtp.example.com", encryption: "tls", port: 587, user: dirty ? "shop@gartenmoebel-schulz.de" : "shop@example.com", pass: smtpPass }, sendgrid: { api_key: dirty ? "SG." + r.b64u(22) + "." + r.b64u(43) : "" } })],
    ["woocommerce_stripe_settings", php({ enabled: "yes", title: "Kreditkarte (Stripe)", testmode: "no", test_publishable_key: "pk_test_" + (dirty ? r.alnum(99) : "EXAMPLE"), test_secret_key: dirty ? "sk_test_" + r.alnum(99) : "", publishable_key: "pk_live_" + (dirty ? r.alnum(99) : "EXAMPLE"), secret_key: dirty ? "sk_live_" + r.alnum(99) : "", webhook_secret: dirty ? "whsec_" + r.alnum(32) : "", statement_descriptor: "GARTENMOEBEL" })],
    ["woocommerce_paypal_settings", php({ enabled: "yes", email: dirty ? "zahlungen@gartenmoebel-schulz.de" : "payments@example.com", api_username: dirty ? "zahlungen_api1.gartenmoebel-schulz.de" : "", api_password: dirty ? r.upper(16) : "", api_signature: dirty ? r.alnum(56) : "" })],
    ["woocommerce_store_address", dirty ? "Lindenstraße 14" : "Example Street 1"], ["woocommerce_store_city", dirty ? "Göttingen" : "Example City"], ["woocommerce_store_postcode", dirty ? "37073" : "00000"],
    ["wordfence_ls_settings", php({ recaptcha_secret: dirty ? "6L" + r.b64u(38) : "" })],
    ["_transient_feed_" + r.hex(32), php({ child: { "": { rss: [{ data: "", attribs: [] }] } }, url: "https://wordpress.org/news/feed/" })],
    ["theme_mods_storefront", php({ custom_logo: 51, storefront_footer_text: dirty ? "© Gartenmöbel Schulz · Tel. 0551 4870213" : "© Example Shop · Tel. +1 555-0100" })],
    ["recovery_keys", php({ [r.alnum(22)]: { hashed_key: "$P$B" + r.b64(31).replace(/[+/]/g, "."), created_at: 1711000000 } })],
    ["auth_key", dirty ? r.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~`+=,.;:/?|", 64) : "put your unique phrase here"],
    ["auth_salt", dirty ? r.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~`+=,.;:/?|", 64) : "put your unique phrase here"],
  ];
  for (const [k, v] of opts) p(`INSERT INTO wp_options (option_name, option_value, autoload) VALUES (${q(k)}, ${q(v)}, 'yes');`);
  if (dirty) { E("S", "wp_options.option_value"); E("H", "wp_options.option_value"); }
  for (let i = 1; i <= 40; i++) {
    const pp = dirty ? person(r, i) : fakePerson(i);
    const login = dirty ? pp.email.split("@")[0] : "user" + i;
    p(`INSERT INTO wp_users (user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_activation_key, user_status, display_name) VALUES (${q(login)}, ${q(dirty ? "$P$B" + r.b64(31).replace(/[+/]/g, ".") : "$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0")}, ${q(login)}, ${q(pp.email)}, '', '2023-06-01 10:00:00', '', 0, ${q(pp.first + " " + pp.last)});`);
    const um = [["nickname", login], ["first_name", pp.first], ["last_name", pp.last], ["billing_phone", pp.phone], ["billing_address_1", dirty ? `${r.pick(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Rue de la Paix"])} ${r.int(1, 120)}` : "1 Example Road"], ["billing_city", dirty ? r.pick(["Berlin", "Kassel", "Lyon", "Hamburg"]) : "Example City"], ["billing_postcode", dirty ? r.digits(5) : "00000"], ["wp_capabilities", php({ customer: true })], ["session_tokens", php({ [dirty ? r.hex(64) : "0".repeat(64)]: { expiration: 1712000000, ip: pp.ip, ua: r.pick(uas), login: 1711000000 } })], ["_woocommerce_persistent_cart_1", php({ cart: [] })], ["wc_last_active", "1711000000"]];
    for (const [k, v] of um) p(`INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (${i}, ${q(k)}, ${q(v)});`);
  }
  if (dirty) { E("S", "wp_users.user_pass"); E("P", "wp_users.user_email"); E("P", "wp_users.display_name"); E("P", "wp_usermeta.meta_value"); }
  const imprint = dirty ? `<h2>Impressum</h2><p>Gartenmöbel Schulz e.K., Inhaber: Thomas Schulz<br>Lindenstraße 14, 37073 Göttingen<br>Telefon: 0551 4870213<br>E-Mail: info@gartenmoebel-schulz.de</p>` : `<h2>Impressum</h2><p>Example Shop GmbH<br>Example Street 1, 00000 Example City<br>Telefon: +49 30 901820<br>E-Mail: info@example.com</p>`;
  p(`INSERT INTO wp_posts (post_author, post_date, post_content, post_title, post_excerpt, post_status, post_name, post_modified, post_parent, guid, post_type, post_mime_type) VALUES (1, '2023-06-01', ${q(imprint)}, 'Impressum', '', 'publish', 'impressum', '2023-06-01', 0, ${q(site + "/?page_id=1")}, 'page', '');`);
  for (let i = 2; i <= 60; i++) {
    const body = `<!-- wp:paragraph --><p>Unsere neue Lounge-Serie aus Teakholz ist da. <a href="${site}/produkt/lounge-${i}/">Jetzt ansehen</a>.</p><!-- /wp:paragraph --><!-- wp:image {"id":${i},"sizeSlug":"large"} --><figure class="wp-block-image size-large"><img src="${site}/wp-content/uploads/2024/03/lounge-${i}.jpg" alt="" class="wp-image-${i}"/></figure><!-- /wp:image --><!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} --><figure><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure><!-- /wp:embed -->`;
    p(`INSERT INTO wp_posts (post_author, post_date, post_content, post_title, post_excerpt, post_status, post_name, post_modified, post_parent, guid, post_type, post_mime_type) VALUES (1, '2024-03-01', ${q(body)}, ${q("Lounge " + i)}, '', 'publish', ${q("lounge-" + i)}, '2024-03-01', 0, ${q(site + "/?p=" + i)}, ${q(i % 3 ? "post" : "product")}, '');`);
  }
  for (let o = 100; o < 140; o++) {
    const pp = dirty ? person(r, o) : fakePerson(o);
    p(`INSERT INTO wp_posts (post_author, post_date, post_content, post_title, post_excerpt, post_status, post_name, post_modified, post_parent, guid, post_type, post_mime_type) VALUES (1, '2024-03-01', '', ${q("Order &ndash; März 1, 2024 @ 10:00")}, ${q(dirty && o % 4 === 0 ? "Bitte bei Nachbarn abgeben, Tel. " + pp.phone : "")}, 'wc-completed', ${q("order-" + o)}, '2024-03-01', 0, ${q(site + "/?post_type=shop_order&p=" + o)}, 'shop_order', '');`);
    const pm = [["_billing_first_name", pp.first], ["_billing_last_name", pp.last], ["_billing_email", pp.email], ["_billing_phone", pp.phone], ["_billing_address_1", dirty ? `Gartenweg ${r.int(1, 99)}` : "1 Example Road"], ["_customer_ip_address", pp.ip], ["_customer_user_agent", r.pick(uas)], ["_order_total", "1299.00"], ["_payment_method", "stripe"], ["_transaction_id", dirty ? "ch_" + r.alnum(24) : "ch_test_" + o], ["_stripe_customer_id", dirty ? "cus_" + r.alnum(14) : "cus_test"], ["_stripe_intent_id", dirty ? "pi_" + r.alnum(24) : "pi_test_" + o], ["_order_key", "wc_order_" + r.alnum(13)], ["_edit_lock", "1711000000:1"]];
    for (const [k, v] of pm) p(`INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (${o}, ${q(k)}, ${q(v)});`);
    p(`INSERT INTO wp_wc_orders VALUES (${o}, 'wc-completed', 'EUR', 1299.00, ${1 + (o % 40)}, ${q(pp.email)}, '2024-03-01 10:00:00', 'stripe', 'Kreditkarte (Stripe)', ${q(dirty ? "pi_" + r.alnum(24) : "pi_test_" + o)}, ${q(pp.ip)}, ${q(r.pick(uas))}, '');`);
    p(`INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, last_name, company, address_1, address_2, city, state, postcode, country, email, phone) VALUES (${o}, 'billing', ${q(pp.first)}, ${q(pp.last)}, '', ${q(dirty ? "Gartenweg " + r.int(1, 99) : "1 Example Road")}, '', ${q(dirty ? "Kassel" : "Example City")}, '', ${q(dirty ? r.digits(5) : "00000")}, 'DE', ${q(pp.email)}, ${q(pp.phone)});`);
  }
  if (dirty) { E("P", "wp_postmeta.meta_value"); E("P", "wp_wc_orders.billing_email"); E("P", "wp_wc_orders.ip_address"); E("P", "wp_wc_order_addresses.first_name"); E("P", "wp_wc_order_addresses.email"); E("P", "wp_wc_order_addresses.phone"); E("P", "wp_wc_order_addresses.address_1"); E("P", "wp_wc_order_addresses.last_name"); E("P", "wp_posts.post_excerpt"); }
  for (let c = 1; c <= 30; c++) {
    const pp = dirty ? person(r, c + 300) : fakePerson(c + 300);
    p(`INSERT INTO wp_comments (comment_post_ID, comment_author, comment_author_email, comment_author_url, comment_author_IP, comment_date, comment_content, comment_approved, comment_agent, comment_type, user_id) VALUES (${2 + (c % 50)}, ${q(pp.first + " " + pp.last)}, ${q(pp.email)}, ${q(dirty && c % 3 === 0 ? "https://" + pp.last.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") + "-design.de" : "")}, ${q(pp.ip)}, '2024-03-01 10:00:00', 'Tolle Qualität, schnelle Lieferung!', '1', ${q(r.pick(uas))}, 'comment', 0);`);
  }
  // wp_options holds the owner's own mailbox (`inhaber@`, a sole trader's) beside the shop's role addresses; the order
  // addresses' postcodes are customers' (reviewed at stop 22).
  if (dirty) { E("P", "wp_options.option_value"); E("P", "wp_wc_order_addresses.postcode"); }
  if (dirty) { E("P", "wp_comments.comment_author"); E("P", "wp_comments.comment_author_email"); E("P", "wp_comments.comment_author_ip"); }
  p(`INSERT INTO wp_woocommerce_api_keys (user_id, description, permissions, consumer_key, consumer_secret, nonces, truncated_key, last_access) VALUES (1, 'ERP sync', 'read_write', ${q(r.hex(64))}, ${q(dirty ? "cs_" + r.hex(40) : "cs_" + "0".repeat(40))}, NULL, ${q(r.alnum(7).toLowerCase())}, '2024-03-01');`);
  if (dirty) E("S", "wp_woocommerce_api_keys.consumer_secret");
  return { out, exp };
}
