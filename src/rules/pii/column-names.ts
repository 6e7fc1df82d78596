import { detachedString } from "../../core/detached-string.js";
import { identifierWords } from "../../data/identifier-words.js";
import type { DetectorId } from "./pii-match.js";

/**
 * What a column name says it holds. `tier` separates direct identifiers (a name, an e-mail, an
 * identity number) from quasi-identifiers (a city, a gender) that identify a person only in
 * combination and so are reported at most as warnings; `strict` categories are findings from a
 * single real-looking value (the default threshold for cards, SSNs, IBANs and their kin).
 */
export interface NameCategory {
  id: string;
  detectors: readonly DetectorId[];
  tier: "direct" | "quasi";
  strict: boolean;
  /** Phrases in English, French, German and Spanish, each a space-separated word sequence as `identifierWords` yields it. */
  phrases: readonly string[];
}

/** The category of a person named by a role alone (`recipient`, `cardholder`): its names need a first name to count. */
export const ROLE_NAME_CATEGORY = "person-name.role";

/** Who a `..._name` column can belong to when the column does not say first/last. */
const PERSON_ROLES = [
  "customer", "client", "contact", "person", "patient", "employee", "member", "holder", "cardholder",
  "recipient", "sender", "billing", "shipping", "guest", "student", "passenger", "beneficiary", "applicant",
  "buyer", "subscriber", "account holder", "emergency contact", "parent", "guardian", "spouse", "actor", "author",
  "requester", "reporter", "assignee", "signer", "signatory", "driver", "traveler", "traveller", "attendee", "participant",
  "organizer", "organiser", "speaker", "invitee", "approver", "witness",
  // The people of a school, a practice, a helpdesk or a delivery app (`teacher_name`, `nurse_name`, `courier_name`).
  "teacher", "instructor", "tutor", "lecturer", "pupil", "child", "mother", "father", "doctor", "physician", "nurse", "therapist",
  "dentist", "caregiver", "manager", "supervisor", "courier", "technician", "landlord",
];

/**
 * `<role> name` (`customer name`, `driver name`) as classifyColumnName's phrases write it: a person's whole name, as people
 * write it. One lower-case word there is an identifier, not a name (a configuration's `SqlSettings.DriverName` = `postgres`).
 */
export const ROLE_NAME_PHRASES: ReadonlySet<string> = new Set(PERSON_ROLES.map((role) => `${role} name`.split(" ").flatMap((w) => identifierWords(w)).join(" ")));

/**
 * Dictionary in the manner of PostgreSQL Anonymizer's `identify()` dictionary (anon/data/identifiers_*.csv),
 * in EN/FR/DE/ES. Order matters only for ties: the longest matching phrase wins, then the earlier category,
 * so `email_address` is an e-mail, `ip_address` an IP address and `billing_address` a street address.
 */
export const NAME_CATEGORIES: readonly NameCategory[] = [
  { id: "email", detectors: ["email"], tier: "direct", strict: false, phrases: [
    "email", "e mail", "mail", "emailaddress", "email address", "courriel", "adresse mail", "adresse email", "correo", "correo electronico", "correo electrónico", "mailadresse", "mail adresse", "emailadresse",
  ] },
  // A quasi-identifier: personal next to a person (a login's address), not in a table of servers.
  { id: "ip-address", detectors: ["ip-address"], tier: "quasi", strict: false, phrases: [
    "ip", "ip address", "ipaddress", "ipaddr", "ip addr", "ipv4", "ipv6", "ip v4", "ip v6", "remote addr", "remote address", "remote ip", "client ip", "client addr", "client address", "adresse ip", "ip adresse", "direccion ip", "dirección ip", "last login ip", "login ip", "source ip", "x forwarded for", "forwarded for", "xff",
  ] },
  { id: "device-id", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: [
    "device id", "deviceid", "device identifier", "device token", "push token", "imei", "mac address", "macaddress", "mac addr", "advertising id", "idfa", "gaid", "android id", "geraete id", "identifiant appareil",
  ] },
  { id: "person-name.first", detectors: ["person-name"], tier: "direct", strict: false, phrases: [
    "first name", "firstname", "fname", "given name", "givenname", "forename", "prenom", "prénom", "prenoms", "prénoms", "vorname", "vornamen", "nombre", "nombres", "primer nombre",
  ] },
  { id: "person-name.last", detectors: ["person-name"], tier: "direct", strict: false, phrases: [
    "last name", "lastname", "lname", "surname", "family name", "familyname", "nom", "nom de famille", "nom famille", "nachname", "familienname", "zuname", "apellido", "apellidos", "primer apellido", "segundo apellido", "maiden name", "nom de jeune fille", "geburtsname",
  ] },
  { id: "person-name.middle", detectors: ["person-name"], tier: "direct", strict: false, phrases: [
    "middle name", "middlename", "middle initial", "second prenom", "deuxieme prenom", "zweiter vorname", "segundo nombre",
  ] },
  { id: "person-name.full", detectors: ["person-name"], tier: "direct", strict: false, phrases: [
    "full name", "fullname", "person name", "nom complet", "nombre completo", "vollstaendiger name", "vollständiger name", "voller name", "nom prenom", "nom et prenom", "nombre y apellido", "nombre y apellidos", "nombre apellido",
    ...PERSON_ROLES.flatMap((role) => [`${role} name`, `${role} full name`, `${role} first name`, `${role} last name`]),
  ] },
  { id: "birth-date", detectors: ["birth-date"], tier: "direct", strict: false, phrases: [
    "birth date", "birthdate", "date of birth", "dob", "d o b", "birthday", "birth day", "born", "born on", "born at", "birth", "date naissance", "date de naissance", "naissance", "geburtsdatum", "geburtstag", "geb datum", "fecha nacimiento", "fecha de nacimiento", "nacimiento", "fec nac",
  ] },
  { id: "phone", detectors: ["phone"], tier: "direct", strict: false, phrases: [
    "phone", "phone number", "phonenumber", "telephone", "téléphone", "tel", "tél", "telefon", "telefonnummer", "telefono", "teléfono", "mobile", "mobile number", "mobil", "mobilnummer", "cell", "cellphone", "cell phone", "fax", "portable", "handy", "handynummer", "movil", "móvil", "celular", "msisdn", "contact number", "numero de telephone", "numéro de téléphone", "numero telefono", "número de teléfono",
  ] },
  // A national number named so but written in another country's shape (a German Sozialversicherungsnummer `12 150385 A 123`
  // under `social_security_no`) is still an identity number: read as one when the validator does not take it (personal-value).
  { id: "us-ssn", detectors: ["us-ssn", "personal-value"], tier: "direct", strict: true, phrases: [
    "ssn", "social security", "social security number", "social security no", "soc sec",
  ] },
  { id: "fr-nir", detectors: ["fr-nir", "personal-value"], tier: "direct", strict: true, phrases: [
    "nir", "insee", "numero insee", "numero securite sociale", "numéro sécurité sociale", "securite sociale", "sécurité sociale", "secu", "num secu", "numero secu",
  ] },
  { id: "uk-nino", detectors: ["uk-nino", "personal-value"], tier: "direct", strict: true, phrases: [
    "nino", "national insurance", "national insurance number", "ni number", "ni no", "nin",
  ] },
  { id: "national-id", detectors: ["us-ssn", "uk-nino", "fr-nir", "personal-value"], tier: "direct", strict: true, phrases: [
    "national id", "nationalid", "national identifier", "national number", "identity number", "id number", "id card", "identity card", "carte identite", "carte d identite", "cni", "personalausweis", "ausweis", "ausweisnummer", "personalausweisnummer",
    "dni", "nie", "curp", "nif", "nss", "cpf", "rut", "tax id", "taxid", "tax number", "tin", "steuer id", "steuerid", "steuernummer", "steueridentifikationsnummer", "identifiant fiscal", "numero fiscal", "numéro fiscal", "numero identificacion fiscal",
    // Social and health insurance numbers of the dictionary's other countries (a German SV-Nummer or KVNR, a Spanish NUSS).
    "sozialversicherungsnummer", "sv nummer", "svnr", "rentenversicherungsnummer", "versichertennummer", "krankenversichertennummer", "kvnr",
    "insurance number", "insurance no", "health insurance number", "seguridad social", "numero seguridad social", "numero de seguridad social", "nuss",
    "passport", "passport number", "passport no", "passeport", "numero passeport", "reisepass", "reisepassnummer", "pasaporte", "numero pasaporte",
    "driver licence", "driver license", "drivers licence", "drivers license", "driving licence", "driving license", "licence number", "license number", "permis de conduire", "permis conduire", "fuehrerschein", "führerschein", "fuhrerschein", "licencia de conducir", "licencia conducir", "carnet de conducir",
  ] },
  { id: "iban", detectors: ["iban"], tier: "direct", strict: true, phrases: ["iban", "iban number", "iban code"] },
  { id: "payment-card", detectors: ["payment-card"], tier: "direct", strict: true, phrases: [
    "card number", "cardnumber", "card no", "card num", "credit card", "creditcard", "credit card number", "cc number", "cc num", "ccnum", "ccn", "pan", "debit card", "numero de carte", "numéro de carte", "numero carte", "carte bancaire", "kartennummer", "kreditkarte", "kreditkartennummer", "numero de tarjeta", "número de tarjeta", "numero tarjeta", "tarjeta", "tarjeta de credito",
  ] },
  { id: "card-security-code", detectors: ["personal-value"], tier: "direct", strict: true, phrases: [
    "cvv", "cvv2", "cvc", "cvc2", "csc", "card verification", "card security code", "security code", "cryptogramme", "kartenpruefnummer", "kartenprüfnummer", "codigo de seguridad", "código de seguridad",
  ] },
  { id: "account-number", detectors: ["iban", "personal-value"], tier: "direct", strict: true, phrases: [
    "account number", "accountnumber", "account no", "acct no", "acct number", "acct num", "bank account", "bank account number", "numero de compte", "numéro de compte", "numero compte", "rib", "kontonummer", "bankkonto", "numero de cuenta", "número de cuenta", "cuenta bancaria",
  ] },
  { id: "card-expiry", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: [
    "card expiry", "card exp", "card expiration", "cc exp", "cc expiry", "exp month", "exp year", "expiry month", "expiry year", "expiration month", "expiration year", "expiry date", "date expiration carte", "ablaufdatum", "fecha de vencimiento", "vencimiento tarjeta",
  ] },
  { id: "bic", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: ["bic", "bic code", "swift", "swift code", "swift bic", "code bic"] },
  // `to_address`, `from_address`, a mailing list's `address`: a column named address may hold e-mail addresses, which
  // its name-only reading (a postal address has words and a space) leaves out; e-mail is tried after it.
  { id: "street-address", detectors: ["personal-value", "email"], tier: "direct", strict: false, phrases: [
    "address", "address line", "addressline", "address1", "address 1", "address 2", "street", "street address", "street name", "street number", "house number", "strasse", "straße", "hausnummer", "anschrift", "adresse", "rue", "numero de rue", "adresse postale", "direccion", "dirección", "calle", "domicilio",
    "billing address", "shipping address", "home address", "postal address", "mailing address",
  ] },
  { id: "city", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: [
    "city", "town", "ville", "commune", "stadt", "ort", "wohnort", "ciudad", "localidad", "municipio", "birth place", "birthplace", "place of birth", "lieu naissance", "lieu de naissance", "geburtsort", "lugar nacimiento", "lugar de nacimiento",
    // Where a person was born, not when (`birth_city`, `born_in`): the longer phrase wins over birth-date's `birth`/`born`.
    "birth city", "birthcity", "city of birth", "born in", "ville de naissance", "ciudad de nacimiento", "ciudad nacimiento",
  ] },
  { id: "postcode", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: [
    "zip", "zipcode", "zip code", "postcode", "post code", "postal code", "postalcode", "plz", "postleitzahl", "code postal", "codepostal", "codigo postal", "código postal",
  ] },
  { id: "country", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: ["country", "country code", "pays", "land", "pais", "país", "nationality", "nationalite", "nationalité", "nationalitaet", "staatsangehoerigkeit", "nacionalidad",
    "birth country", "birthcountry", "country of birth", "pays de naissance", "pays naissance", "geburtsland", "pais de nacimiento", "país de nacimiento", "pais nacimiento"] },
  { id: "gender", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: ["gender", "sex", "sexe", "genre", "geschlecht", "genero", "género", "sexo"] },
  { id: "geo-location", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: [
    "latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "geo location", "coordinates", "gps", "breitengrad", "laengengrad", "längengrad", "latitud", "longitud",
  ] },
  { id: "user-agent", detectors: ["personal-value"], tier: "quasi", strict: false, phrases: ["user agent", "useragent", "http user agent", "navigateur"] },
  // Health data (GDPR art. 9: a special category): what a person suffers from, takes or cannot do. Name-only evidence, read
  // only in a table about people or pointing at one (unsanitized-pii), never a product's `allergens` or a device's `health`.
  { id: "health", detectors: ["personal-value"], tier: "direct", strict: false, phrases: [
    "medical info", "medical information", "medical history", "medical notes", "medical note", "medical conditions", "medical condition",
    "medical record", "medical records", "health info", "health information", "health notes", "health conditions", "health condition",
    "allergies", "medications", "current medications", "disability", "disabilities", "blood type", "blood group", "icd10", "icd 10", "icd code",
    "vorerkrankungen", "krankheiten", "allergien", "medikamente", "behinderung", "blutgruppe", "gesundheitsdaten",
    "antecedents medicaux", "dossier medical", "groupe sanguin", "informations medicales",
    "historial medico", "alergias", "medicamentos", "discapacidad", "grupo sanguineo", "enfermedades",
  ] },
  // A person named by a role alone (`shipments.recipient`, `payments.cardholder`, `suppliers.contact_person`). Such a
  // column may hold an e-mail or a phone (`email_log.recipient`, `sms_log.recipient`) or a group (`notifications.recipient
  // = 'admins'`), so it reads all three, and a name counts only when it starts with a common first name (scan-cell).
  // Last: a tie (`recipient_email`, `recipient_phone`) goes to the other word's category.
  { id: ROLE_NAME_CATEGORY, detectors: ["person-name", "email", "phone"], tier: "direct", strict: false, phrases: [
    // Who signed for a delivery or a form (`delivery_events.signed_by`, `received_by`).
    "signed by", "signee", "received by",
    "recipient", "addressee", "consignee", "cardholder", "card holder", "account holder", "accountholder", "contact person", "contactperson",
    "empfaenger", "empfänger", "kontoinhaber", "karteninhaber", "ansprechpartner", "destinataire", "titulaire", "destinatario", "titular",
  ] },
];

/** A trailing word that makes the column about the thing, not the thing itself (`email_verified`, `phone_type`, `country_id`). */
const TRAILING_NOT_VALUE = new Set([
  "id", "ids", "fk", "key", "count", "hash", "hashed", "digest", "verified", "confirmed", "enabled", "disabled", "type", "kind",
  "format", "status", "at", "on", "flag", "opt", "optin", "visibility", "visible", "public", "private", "required", "mask",
  "masked", "pattern", "regex", "template", "len", "length", "max", "min", "label", "prefix", "suffix", "policy", "provider",
  "source", "sent", "token", "tokens", "salt", "encrypted", "enc", "cipher", "ciphertext", "bounced", "notifications", "consent",
  "preference", "preferences", "settings", "optout", "domain", "version",
  // The name of the field, attribute or claim that holds the thing, in a mapping's settings (an LDAP or SAML login's
  // `FirstNameAttribute` = `givenName`, an OIDC `email_claim`, a form's `last_name_field`).
  "attribute", "attr", "field", "column", "property", "claim", "mapping",
]);
/** A leading word that makes the column a boolean or a count about the thing (`is_email_verified`, `has_phone`, `num_addresses`). */
const LEADING_NOT_VALUE = new Set(["is", "has", "can", "allow", "allows", "use", "uses", "show", "hide", "num", "n", "count", "total", "max", "min",
  // The attribute that holds it, named first (Gitea's LDAP source: `AttributeSurname` = `sn`, `AttributeMail` = `mail`).
  "attribute"]);

interface CompiledPhrase {
  category: NameCategory;
  words: string[];
  compact: string;
  order: number;
}

const COMPILED: CompiledPhrase[] = NAME_CATEGORIES.flatMap((category, order) =>
  category.phrases.map((phrase) => {
    const words = phrase.split(" ").flatMap((w) => identifierWords(w));
    return { category, words, compact: words.join(""), order };
  }),
);

/** Result of reading a column name: the category and the phrase that matched, e.g. `email` from `customer_email`. */
export interface NameMatch {
  category: NameCategory;
  phrase: string;
}

/**
 * The personal-data category a column name announces, or undefined. Matches phrases on the
 * name's words (`customerEmail`, `e_mail`, `EMAIL_ADDR`, `tel_mobile`), a multi-word phrase also
 * in its run-together form (`firstname`, `dateofbirth`).
 */
export function classifyColumnName(name: string): NameMatch | undefined {
  const known = classified.get(name);
  if (known !== undefined || classified.has(name)) return known;
  const found = classify(name);
  const match = found && Object.freeze(found);
  // Bounded: a dump of a million distinct column names must not keep them all.
  if (classified.size >= MAX_CLASSIFIED) classified.clear();
  // Kept detached: a name cut from its text (a JSON key from its cell, a column from its COPY line) would pin the text's whole input chunk.
  classified.set(detachedString(name), match);
  return match;
}

/**
 * classifyColumnName's answers by name: a pure function of the name, asked per column of every table (its plan, its
 * roles twice), and the names repeat from table to table (id, email, created_at). A dump of 35k one-row tables
 * spent 16 % of its pii-only time classifying the same two names again (the loop over every phrase).
 * Callers share the answer: it must not be changed.
 */
const classified = new Map<string, NameMatch | undefined>();
const MAX_CLASSIFIED = 4096;

function classify(name: string): NameMatch | undefined {
  const words = identifierWords(name);
  if (words.length === 0) return undefined;
  let best: { phrase: CompiledPhrase; endIndex: number; covered: number } | undefined;
  for (const phrase of COMPILED) {
    const found = matchEnd(words, phrase);
    if (!found) continue;
    if (!best || found.covered > best.covered || (found.covered === best.covered && phrase.order < best.phrase.order)) {
      best = { phrase, ...found };
    }
  }
  if (!best) return undefined;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // `name` as last word is the point of a person-name phrase (`customer_name`), not a qualifier.
  if (best.endIndex < words.length - 1 && TRAILING_NOT_VALUE.has(last)) return undefined;
  if (best.endIndex - best.covered + 1 > 0 && LEADING_NOT_VALUE.has(first)) return undefined;
  return { category: best.phrase.category, phrase: best.phrase.words.join(" ") };
}

/** Where the phrase sits in the column's words (as words, or run together in one word): last index and how many words it covers. */
function matchEnd(words: readonly string[], phrase: CompiledPhrase): { endIndex: number; covered: number } | undefined {
  const n = phrase.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let all = true;
    for (let j = 0; j < n; j++) {
      if (words[i + j] !== phrase.words[j]) {
        all = false;
        break;
      }
    }
    if (all) return { endIndex: i + n - 1, covered: n };
  }
  if (n > 1) {
    const at = words.indexOf(phrase.compact);
    if (at >= 0) return { endIndex: at, covered: 1 };
  }
  return undefined;
}
