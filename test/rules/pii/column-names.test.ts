import { describe, expect, it } from "vitest";
import { classifyColumnName } from "../../../src/rules/pii/column-names.js";
import { scanNamedCell } from "../../../src/rules/pii/scan-cell.js";
import { isPersonReference } from "../../../src/rules/unsanitized-pii.js";

const category = (name: string) => classifyColumnName(name)?.category.id;

describe("classifyColumnName", () => {
  it.each([
    ["email", "email"],
    ["customerEmail", "email"],
    ["e_mail", "email"],
    ["EMAIL_ADDR", "email"],
    ["email_address", "email"],
    ["courriel", "email"],
    ["correo_electronico", "email"],
    ["tel_mobile", "phone"],
    ["phoneNumber", "phone"],
    ["telefono", "phone"],
    ["handy", "phone"],
    ["portable", "phone"],
    ["fax", "phone"],
    ["first_name", "person-name.first"],
    ["firstname", "person-name.first"],
    ["prenom", "person-name.first"],
    ["Vorname", "person-name.first"],
    ["nachname", "person-name.last"],
    ["apellido", "person-name.last"],
    ["nom", "person-name.last"],
    ["lastName", "person-name.last"],
    ["middle_name", "person-name.middle"],
    ["full_name", "person-name.full"],
    ["customer_name", "person-name.full"],
    ["cardholder_name", "person-name.full"],
    ["actor_name", "person-name.full"],
    ["authorName", "person-name.full"],
    ["date_of_birth", "birth-date"],
    ["dateOfBirth", "birth-date"],
    ["dob", "birth-date"],
    ["date_naissance", "birth-date"],
    ["geburtsdatum", "birth-date"],
    ["fecha_nacimiento", "birth-date"],
    ["ssn", "us-ssn"],
    ["nir", "fr-nir"],
    ["numero_securite_sociale", "fr-nir"],
    ["ni_number", "uk-nino"],
    ["passport_number", "national-id"],
    ["steuer_id", "national-id"],
    ["dni", "national-id"],
    ["driver_license", "national-id"],
    ["iban", "iban"],
    ["card_number", "payment-card"],
    ["creditCardNumber", "payment-card"],
    ["cvv", "card-security-code"],
    ["account_number", "account-number"],
    ["kontonummer", "account-number"],
    ["bic", "bic"],
    ["ip_address", "ip-address"],
    ["last_login_ip", "ip-address"],
    ["remote_addr", "ip-address"],
    ["mac_address", "device-id"],
    ["device_id", "device-id"],
    ["user_agent", "user-agent"],
    ["latitude", "geo-location"],
    ["street", "street-address"],
    ["billing_address", "street-address"],
    ["strasse", "street-address"],
    ["direccion", "street-address"],
    ["city", "city"],
    ["ville", "city"],
    ["zip", "postcode"],
    ["postal_code", "postcode"],
    ["code_postal", "postcode"],
    ["plz", "postcode"],
    ["country", "country"],
    ["pays", "country"],
    ["gender", "gender"],
    ["sexe", "gender"],
    ["geschlecht", "gender"],
  ])("%s is a personal-data column of category %s", (name, expected) => {
    expect(category(name)).toBe(expected);
  });

  it.each([
    "id", "name", "product_name", "company_name", "created_at", "email_verified", "is_email_verified", "phone_type",
    "country_id", "email_hash", "has_phone", "username", "status", "description", "mailbox_count", "title", "landing_page",
    "template", "amount", "emailer", "japan", "permissions", "sorted",
    // The name of the attribute, field or claim that holds it (real lane, stop 24: Mattermost's LdapSettings).
    "FirstNameAttribute", "LastNameAttribute", "EmailAttribute", "email_claim", "last_name_field", "phone_attr",
    // Named first (real lane, stop 25: Gitea's LDAP source).
    "AttributeSurname", "AttributeName", "AttributeMail", "attribute_phone",
  ])("%s is not a personal-data column", (name) => {
    expect(category(name)).toBeUndefined();
  });

  // real lane, stop 24: a configuration's SqlSettings.DriverName = postgres was a real-looking person's name.
  it("one lower-case word under a `<role> name` is an identifier; a name as people write it stays a name", () => {
    const birth = { minAge: 0, maxAge: 120 } as never;
    const named = (cell: string, column: string) => scanNamedCell(cell, classifyColumnName(column)!, birth);
    for (const v of ["postgres", "local"]) expect(named(v, "DriverName"), v).toBeUndefined();
    for (const v of ["Jonas", "Jonas Weber", "jonas weber"]) expect(named(v, "driver_name")?.detector, v).toBe("person-name");
    expect(named("jonas", "driver_name")).toBeUndefined();
    // Not under a first name or a full name: `lena` there is a person's.
    expect(named("lena", "first_name")?.detector).toBe("person-name");
    expect(named("lena", "full_name")?.detector).toBe("person-name");
  });

  it("reports the phrase that matched, so a verdict can say why", () => {
    expect(classifyColumnName("customer_email")?.phrase).toBe("email");
    expect(classifyColumnName("date_of_birth")?.phrase).toBe("date of birth");
  });

  it("prefers the longer phrase: ip_address is an IP, not a street address", () => {
    expect(category("client_ip_address")).toBe("ip-address");
    expect(category("place_of_birth")).toBe("city");
  });

  // An app-shaped probe's patients(birth_country 'DE', born_in 'Köln') were read as dates of birth, found none and said nothing.
  it.each([
    ["birth_country", "country"],
    ["country_of_birth", "country"],
    ["pays_de_naissance", "country"],
    ["geburtsland", "country"],
    ["birth_city", "city"],
    ["city_of_birth", "city"],
    ["born_in", "city"],
    ["date_of_birth", "birth-date"],
    ["born_on", "birth-date"],
    ["birthday", "birth-date"],
  ])("where or when someone was born: %s is %s", (name, expected) => {
    expect(category(name)).toBe(expected);
  });

  it("never throws on odd names", () => {
    for (const name of ["", " ", "___", "🙂", "a".repeat(10_000), "\u0000"]) expect(() => classifyColumnName(name)).not.toThrow();
  });
});

describe("classifyColumnName's remembered answers", () => {
  const names = ["email", "customer_email", "phone_number", "first_name", "created_at", "id", "ip_address", "iban"];
  const first = names.map((n) => classifyColumnName(n));

  it("asked again, a name gets the same answer, shared and frozen (no caller can change another's)", () => {
    for (const [i, n] of names.entries()) {
      const again = classifyColumnName(n);
      expect(again).toBe(first[i]);
      if (again) expect(Object.isFrozen(again)).toBe(true);
    }
    expect(first.filter((m) => m !== undefined).length).toBeGreaterThanOrEqual(5);
    expect(first[names.indexOf("id")]).toBeUndefined();
  });

  it("past its bound (more distinct names than it keeps) the answers are still the same", () => {
    for (let i = 0; i < 10_000; i++) classifyColumnName(`col_${i}_email`);
    expect(names.map((n) => classifyColumnName(n))).toEqual(first);
    expect(classifyColumnName("col_9999_email")).toEqual(classifyColumnName("col_1_email"));
  });
});

describe("isPersonReference", () => {
  it.each(["user_id", "customerId", "member_ref", "patient_no"])("%s refers to a person", (c) => expect(isPersonReference(c)).toBe(true));
  it.each(["id", "order_id", "user", "users_count", "product_key"])("%s does not", (c) => expect(isPersonReference(c)).toBe(false));
});
