INSERT INTO public.translation (id, locale, key, value) VALUES
(1, 'en', 'app.workflow.step.label', 'Step'),
(2, 'en', 'app.workflow.step.description', 'Describe what happens in this step'),
(3, 'de', 'app.workflow.step.label', 'Schritt'),
(4, 'en', 'checkout.payment.button_pay_now', 'Pay now'),
(5, 'en', 'sylius.ui.customer_account_verification_token_expired', 'Your verification link has expired'),
(6, 'fr', 'admin.settings.smtp_password_hint', 'Le mot de passe SMTP est stocké chiffré'),
(7, 'en', 'account.security.api_key_regenerate_confirm', 'Regenerate the API key?'),
(8, 'en', 'mail.footer.legal_html', 'Acme GmbH · <a href="https://www.acme-shop.de/impressum">Impressum</a>');

INSERT INTO public.menu (id, menu_key, title) VALUES
(1, 'featured_menu_catalog', 'Featured'),
(2, 'main-navigation-desktop', 'Main'),
(3, 'footer_secondary_links_v2', 'Footer');

INSERT INTO public.tax_rate (id, code, rate) VALUES
(1, 'DE-19', 19.0000),
(2, 'DE-7', 7.0000),
(3, 'FR-20', 20.0000);

INSERT INTO public.product (id, sku, slug, name, description_html, price, tax_id, image_key, created_at) VALUES
(1, 'MW-TSHIRT-M', 'merino-wool-t-shirt-men', 'Merino wool T-shirt', '<p>Made of 100% <a href="https://en.wikipedia.org/wiki/Merino">merino wool</a>, certified to the <a href="https://responsiblewool.org/">Responsible Wool Standard</a>.</p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>', 59.90, 1, 'catalog/product/m/w/mw-tshirt-m_front.jpg', '2023-04-01 09:15:30.123456'),
(2, 'CB-001', 'cast-iron-skillet-26cm', 'Cast iron skillet', '<div xmlns:v="http://rdf.data-vocabulary.org/#"><p>Pre-seasoned, see the care guide at https://www.lodgecastiron.com/cleaning-and-care and our FAQ.</p></div>', 39.00, 1, 'catalog/product/c/b/cb-001.jpg', '2023-04-02 10:00:00.5'),
(3, 'BK-RUST', 'the-rust-programming-language-2nd-edition', 'The Rust Programming Language', '<p>ISBN 978-1-7185-0310-6. Errata: http://www.nostarch.com/rust-programming-language-2nd-edition</p>', 45.5, 2, 'catalog/product/b/k/bk-rust.jpg', '2023-05-11 14:22:01.000001');

INSERT INTO public.legal_page (id, slug, body) VALUES
(1, 'privacy-policy', '<h1>Privacy</h1><p>We process data under Art. 6(1)(b) GDPR (https://eur-lex.europa.eu/eli/reg/2016/679/oj). Complaints: https://www.bfdi.bund.de.</p>'),
(2, 'terms', '<p>These terms follow §§ 305 ff. BGB, see http://www.gesetze-im-internet.de/bgb/__305.html.</p>');

INSERT INTO public.eav_attribute_value (entity_id, attribute, value) VALUES
(1, 'color', 'navy'),
(1, 'material', 'merino'),
(2, 'diameter_cm', '26'),
(3, 'isbn', '978-1-7185-0310-6');
