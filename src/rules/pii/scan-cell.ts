import { detachedString } from "../../core/detached-string.js";
import type { UnitsView } from "../../core/text-units.js";
import { jsonStrings, walkJson, type JsonLeaf, type JsonString } from "../../data/json-strings.js";
import { fastPaths } from "../judgement/fast-paths.js";
import { HINT_AT, HINT_BACKSLASH, HINT_COLON, HINT_DIGIT, HINT_DOT, HINT_NON_ASCII, HINT_SEMICOLON, HINT_SPACE } from "../judgement/cell-hints.js";
import { parseArrayLiteral } from "../../data/pg-array.js";
import { identifierWords } from "../../data/identifier-words.js";
import { classifyColumnName, NAME_CATEGORIES, ROLE_NAME_CATEGORY, ROLE_NAME_PHRASES, type NameCategory, type NameMatch } from "./column-names.js";
import { startsWithFirstName } from "./first-names.js";
import { birthDateInCell, type BirthDateOptions } from "./detectors/birth-date.js";
import { cardInCell, findCards } from "./detectors/payment-card.js";
import { findEmails, firstEmail } from "./detectors/email.js";
import { findIbans, ibanInCell } from "./detectors/iban.js";
import { ipInCell } from "./detectors/ip-address.js";
import { nirInCell } from "./detectors/fr-nir.js";
import { findSignatureNames, hasHtmlLineBreak, personNameInCell } from "./detectors/person-name.js";
import { personalValueInCell } from "./detectors/personal-value.js";
import { findPhones, phoneInCell } from "./detectors/phone.js";
import { ninoInCell } from "./detectors/uk-nino.js";
import { ssnInCell } from "./detectors/us-ssn.js";
import { FoundMatch, type DetectorId, type PiiMatch } from "./pii-match.js";
import { sanitizationMarker } from "./synthetic-markers.js";
import { appendAll } from "../../core/append-all.js";
import { emptyList } from "../judgement/empty-list.js";

/**
 * scanCell's (and scanFreeText's) answer for a cell without matches, shared by all such cells: an `emptyList`, with the map
 * of the answers with matches (issue 12: a frozen `[]`, or a `[]` never pushed to, reached pii's row loop as another
 * array map, "wrong map"). Callers only read it.
 */
const NO_MATCHES = emptyList<CellMatch>() as CellMatch[];

/** A match with the JSON key path it was found under, for json/jsonb cells. */
export interface CellMatch extends PiiMatch {
  jsonPath?: string;
  /** Found under a JSON key named for this kind of data (`{"email": ...}`): as telling as a named column. */
  viaKey?: boolean;
  /** The column tally's reading of the value's digit shape, kept on the match for the value's repeats (see FoundMatch). */
  shape?: string | null | undefined;
}

/** Matches a column's memo remembers from a long line, their strings copied off the cell they were cut from (ValueMemo.remember). */
export function detachMatches(matches: readonly CellMatch[]): void {
  for (const match of matches) {
    match.value = detachedString(match.value);
    match.masked = detachedString(match.masked);
    if (match.syntheticReason !== undefined) match.syntheticReason = detachedString(match.syntheticReason);
    if (match.jsonPath !== undefined) match.jsonPath = detachedString(match.jsonPath);
  }
}

/** The fields of every ColumnScan, whatever its mode. */
interface ScanFields {
  readonly json: boolean;
  readonly array: boolean;
  /** A message column (`body`, `notes`, `comment`): read for the names signing it too (free text only). */
  readonly signatures: boolean;
  /** Only values starting with a common first name are names (a generic `name` column without contact columns beside it). */
  readonly firstNameOnly: boolean;
  /** The column is named for an address or a person's role: a bare top-level `name` in its JSON is that person's. */
  readonly personBlock: boolean;
}
/**
 * How a column is scanned: by the validators its name announces, as free text, or not at all. Every plan is made by
 * `scanPlan`, with all fields in one order, and frozen: one map for all plans, so the row loop's reads of a plan are
 * compiled for one map, not thrown away at the first plan of another mode ("wrong map", issue 12).
 */
export type ColumnScan = ScanFields &
  ({ readonly mode: "named"; readonly name: NameMatch } | { readonly mode: "free-text"; readonly name: undefined } | { readonly mode: "skip"; readonly name: undefined });

function scanPlan(mode: "named", name: NameMatch, json: boolean, array: boolean, signatures: boolean, firstNameOnly: boolean, personBlock: boolean): ColumnScan;
function scanPlan(mode: "free-text" | "skip", name: undefined, json: boolean, array: boolean, signatures: boolean, firstNameOnly: boolean, personBlock: boolean): ColumnScan;
function scanPlan(mode: ColumnScan["mode"], name: NameMatch | undefined, json: boolean, array: boolean, signatures: boolean, firstNameOnly: boolean, personBlock: boolean): ColumnScan {
  return Object.freeze({ mode, name, json, array, signatures, firstNameOnly, personBlock }) as ColumnScan;
}
/** A named plan (its fields as `scanPlan` orders them). */
const namedPlan = (name: NameMatch, json: boolean, array: boolean, firstNameOnly = false): ColumnScan => scanPlan("named", name, json, array, false, firstNameOnly, false);

/** Types whose text form cannot hold a name, an address or a number written for people. */
const NON_TEXT_TYPES = new Set([
  "smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean", "date", "uuid", "bytea", "oid", "money",
  "interval", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle", "macaddr", "macaddr8",
  "pg_lsn", "xid", "txid_snapshot", "regclass", "regtype", "bit", "bit varying", "int4range", "int8range", "numrange",
  "daterange", "tsrange", "tstzrange", "cidr", "inet",
]);

function baseType(type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const paren = type.indexOf("(");
  const t = (paren >= 0 ? type.slice(0, paren) : type).trim();
  if (t.startsWith("timestamp") || t.startsWith("time ") || t === "time") return "timestamp";
  return t;
}

/**
 * An `inet` column not named for IP addresses (`source inet`, `client inet`): its public addresses are
 * personal only in a table about people (a session, a login), so it is a quasi-identifier: reported
 * only next to a person, like a city.
 */
const INET_COLUMN: NameCategory = { id: "ip-address.inet-column", detectors: ["ip-address"], tier: "quasi", strict: false, phrases: [] };

/** A client's address judged so by the shared column judgement (a session's, a login's): personal data next to anything. */
const CLIENT_ADDRESS: NameCategory = { id: "ip-address.client", detectors: ["ip-address"], tier: "direct", strict: false, phrases: [] };
/** A generic name column on a table of people (`customers.name`, `user_display_name`). */
const PERSON_NAME_GENERIC = NAME_CATEGORIES.find((c) => c.id === "person-name.full")!;

/** Types that never hold a phone number written for people (issue 11 item 3; integers may: some apps store phones as bigint). */
const NOT_PHONE_TYPES = new Set(["timestamp", "date", "numeric", "decimal", "real", "double precision", "uuid", "boolean", "interval"]);

/** What the shared column judgement adds to the column's name (see rules/judgement/column-roles.ts). */
export interface ColumnHints {
  address?: "client" | "server" | undefined;
  /** The table's name says its rows are postal addresses (`addresses`, `shipping_addresses`): its `line1`/`line2` are street lines. */
  addressTable?: boolean | undefined;
  personName?: "strong" | "dictionary" | undefined;
  phoneNumber?: boolean | undefined;
}

const PHONE_CATEGORY = NAME_CATEGORIES.find((c) => c.id === "phone")!;
/** `line1` / `line_2` of a table of addresses (Stripe's and Shopify's shape): a street line, as `address_line1` says elsewhere. */
const STREET_LINE: NameMatch = Object.freeze({ category: NAME_CATEGORIES.find((c) => c.id === "street-address")!, phrase: "address line" });

/** A column named `line1`, `line_2`, `Line3` ... alone: the words `line` and one digit. */
function isLineColumn(column: string): boolean {
  const words = identifierWords(column);
  return words.length === 2 && words[0] === "line" && words[1]!.length === 1 && words[1]! >= "1" && words[1]! <= "4";
}

/** Words of a table's name that make its rows postal addresses (`addresses`, `customer_address`, `lieferadressen`). */
const ADDRESS_TABLE_WORDS = new Set(["address", "addresses", "adresse", "adressen", "lieferadresse", "lieferadressen", "anschrift", "anschriften", "direccion", "direcciones", "domicilio", "domicilios"]);

/** Whether a table's name says its rows are postal addresses (a table of `ip_addresses` or `email_addresses` is not one). */
export function isAddressTable(table: string): boolean {
  const words = identifierWords(table);
  const at = words.findIndex((w) => ADDRESS_TABLE_WORDS.has(w));
  if (at < 0) return false;
  const before = at > 0 ? words[at - 1] : undefined;
  return before !== "ip" && before !== "email" && before !== "mail" && before !== "e" && before !== "mac" && before !== "wallet";
}

/**
 * The plan of every column that is not scanned, and the free-text plans by json and array: shared and
 * frozen (plans are never changed once made), not an object per column of a dump's 100k tables (issue 10).
 */
export const SKIP: ColumnScan = scanPlan("skip", undefined, false, false, false, false, false);
const FREE_TEXT: readonly ColumnScan[] = [false, true].flatMap((signatures) =>
  [false, true].flatMap((array) => [false, true].map((json): ColumnScan => scanPlan("free-text", undefined, json, array, signatures, false, false))),
);

/**
 * Words of a column's name that make it a message people write and sign (a ticket's body, an order's notes, a
 * comment): only such columns are read for signatures, so a free-text column of codes or descriptions pays nothing.
 */
const MESSAGE_WORDS = new Set([
  "body", "message", "messages", "msg", "text", "content", "comment", "comments", "note", "notes", "remark", "remarks", "reply",
  "response", "description", "details", "signature", "html", "plain", "feedback", "request", "inquiry", "enquiry", "complaint",
  "nachricht", "notiz", "notizen", "bemerkung", "bemerkungen", "kommentar", "anmerkung", "inhalt", "texte", "contenu", "commentaire",
  "remarque", "mensaje", "comentario", "nota", "notas", "contenido", "cuerpo",
]);
const isMessageColumn = (column: string): boolean => identifierWords(column).some((w) => MESSAGE_WORDS.has(w));

/**
 * A column named for an address or a person's role (`recipient`, `shipping_address`, `customer`, `billing_details`): its
 * JSON documents are that block, so a bare top-level `name` in them is the person's, as under such a key (`personBlock`).
 */
function withPersonBlock(plan: ColumnScan, column: string): ColumnScan {
  if (plan.mode === "skip" || !identifierWords(column).some((w) => PERSON_BLOCK_WORDS.has(w))) return plan;
  return plan.mode === "named"
    ? scanPlan("named", plan.name, plan.json, plan.array, plan.signatures, plan.firstNameOnly, true)
    : scanPlan(plan.mode, undefined, plan.json, plan.array, plan.signatures, plan.firstNameOnly, true);
}

/** Decide once per column how its cells are scanned. */
export function planColumnScan(column: string, type: string | undefined, freeText: boolean, hints: ColumnHints = {}): ColumnScan {
  return withPersonBlock(planColumn(column, type, freeText, hints), column);
}

function planColumn(column: string, type: string | undefined, freeText: boolean, hints: ColumnHints): ColumnScan {
  const array = type?.trim().endsWith("[]") ?? false;
  const base = baseType(array ? type!.trim().slice(0, -2) : type);
  const json = base === "json" || base === "jsonb";
  // A server's address (host/endpoint contexts) is a pointer (live-host-pointers), not personal data.
  if (hints.address === "server") return SKIP;
  if (hints.address === "client") return namedPlan({ category: CLIENT_ADDRESS, phrase: column }, false, array);
  const name = classifyColumnName(column);
  if (name?.category.id === "phone" && base !== undefined && NOT_PHONE_TYPES.has(base)) return SKIP;
  if (name) return namedPlan(name, json, array);
  if (hints.addressTable && isLineColumn(column)) return namedPlan(STREET_LINE, json, array);
  if (hints.phoneNumber) return namedPlan({ category: PHONE_CATEGORY, phrase: "phone" }, false, array);
  if (hints.personName) return namedPlan({ category: PERSON_NAME_GENERIC, phrase: "name" }, false, array, hints.personName === "dictionary");
  if (base === "inet") return namedPlan({ category: INET_COLUMN, phrase: "inet" }, false, array);
  if (!freeText) return SKIP;
  if (base !== undefined && (NON_TEXT_TYPES.has(base) || base === "timestamp")) return SKIP;
  if (isMessageIdColumn(column)) return SKIP;
  return FREE_TEXT[(isMessageColumn(column) ? 4 : 0) + (array ? 2 : 0) + (json ? 1 : 0)]!;
}

/**
 * A column of mail message ids (`message_id`, `msgid`, `in_reply_to`): `<local@domain>` is the id's form (RFC 5322
 * section 3.6.4, `CAH7x…@mail.gmail.com`), no one's mailbox.
 */
function isMessageIdColumn(column: string): boolean {
  const compact = identifierWords(column).join("");
  return compact.endsWith("messageid") || compact.endsWith("msgid") || compact === "inreplyto";
}

/**
 * A whole cell read by one detector's validator. A switch, not a table of functions: a table keyed by
 * the detector's id was a megamorphic keyed load and a closure call for every cell of a named column.
 */
function validateCell(detector: DetectorId, cell: string, birth: BirthDateOptions, categoryId: string): PiiMatch | undefined {
  switch (detector) {
    case "email":
      return firstEmail(cell);
    case "phone":
      return phoneInCell(cell);
    case "payment-card":
      return cardInCell(cell);
    case "iban":
      return ibanInCell(cell);
    case "us-ssn":
      return ssnInCell(cell);
    case "uk-nino":
      return ninoInCell(cell);
    case "fr-nir":
      return nirInCell(cell);
    case "ip-address":
      return ipInCell(cell);
    case "birth-date":
      return birthDateInCell(cell, birth);
    case "person-name":
      return categoryId === ROLE_NAME_CATEGORY ? roleNameInCell(cell) : personNameInCell(cell);
    case "personal-value":
      return personalValueInCell(cell, categoryId);
    default:
      return unknownDetector(detector);
  }
}

/**
 * A name in a column named for a role alone (`recipient`, `cardholder`): real-looking only when it starts with a common
 * first name, as for a generic `name` column with nothing beside it; `admins`, `ops-team` or `Acme GmbH` are no one's
 * name, and the cell is then read for an e-mail or a phone.
 */
function roleNameInCell(cell: string): PiiMatch | undefined {
  const m = personNameInCell(cell);
  return m && !m.syntheticReason && !startsWithFirstName(m.value) ? undefined : m;
}

function unknownDetector(detector: never): never {
  throw new Error(`no validator for detector ${String(detector)}`);
}

/**
 * The personal-data values in one cell of a column named for them: the first of the category's
 * validators that accepts the whole cell; when none does, a sanitization marker (`REDACTED`,
 * `****1234`, a hash) still counts as a synthetic value of the category, so a sanitized column is
 * recognised as such.
 */
export function scanNamedCell(cell: string, name: NameMatch, birth: BirthDateOptions): PiiMatch | undefined {
  const detectors = name.category.detectors;
  for (let k = 0; k < detectors.length; k++) {
    const m = validateCell(detectors[k]!, cell, birth, name.category.id);
    if (m) return m.detector === "person-name" && m.syntheticReason === undefined && isLowerWord(m.value) && ROLE_NAME_PHRASES.has(name.phrase) ? undefined : m;
  }
  const trimmed = cell.trim();
  const marker = trimmed.length > 0 ? sanitizationMarker(trimmed) : undefined;
  if (!marker) return undefined;
  const start = cell.indexOf(trimmed);
  return new FoundMatch(name.category.detectors[0]!, trimmed, start, start + trimmed.length, "***", marker);
}

/** One word of lower-case ASCII letters (`postgres`, `local`): under a `<role> name`, an identifier, not a person's whole name. */
function isLowerWord(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return value.length > 0;
}

/**
 * E-mails, phones in a strong shape, card numbers and IBANs inside free text (issue point 5).
 * Each scanner runs only when one pass over the text (freeTextClasses) says it could match.
 */
export function scanFreeText(text: string): PiiMatch[] {
  return scanFreeTextClassed(text, freeTextClasses(text));
}

/** scanFreeText given the text's freeTextClasses. */
function scanFreeTextClassed(text: string, classes: number): PiiMatch[] {
  if (classes === 0) return NO_MATCHES;
  const out: PiiMatch[] = [];
  if (classes & HAS_AT) appendAll(out, findEmails(text));
  const cards = classes & COULD_CARD ? findCards(text) : NO_MATCHES;
  const ibans = classes & COULD_IBAN ? findIbans(text) : NO_MATCHES;
  appendAll(appendAll(out, cards), ibans);
  if (classes & COULD_PHONE) {
    // A card or IBAN's digits are not also a phone number.
    const taken = cards.length === 0 ? ibans : ibans.length === 0 ? cards : [...cards, ...ibans];
    for (const phone of findPhones(text)) {
      if (!taken.some((t) => phone.start < t.end && t.start < phone.end)) out.push(phone);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out.length === 0 ? NO_MATCHES : out;
}

const COULD_CARD = 1;
const COULD_IBAN = 2;
const COULD_PHONE = 4;
const HAS_AT = 8;
/**
 * Which of scanFreeText's scanners could match in `text`, from their own candidate rules: e-mails need
 * an `@`; the card, IBAN and phone scanners run only on a text of seven digits or more (their shared
 * gate), and then a card needs a run of 12+ digits joined by single spaces or hyphens (findCards'
 * runs), an IBAN two capital letters then two digits (findIbans' first test), a phone 8+ digits in
 * one run of digits and phone punctuation (strongShape's minimum inside findPhones' runs). A text that
 * is one word of letters, digits and `_`, not all digits (a hex digest, an API token), could hold only an
 * IBAN: a phone's or a card's digits must not be glued to a letter, a digit or `_`.
 *
 * Each rule is one regular expression test, not a pass of `charCodeAt` calls: the regular expression
 * engine reads the characters in compiled code, where a JavaScript loop pays for every character of a
 * string cut from a row (issue 12: measured through the CLI, see the commit). Most texts (prose notes,
 * links, hashes) are read by the token test up to their first other character, the `@` search and one
 * pass for a phone's run or an IBAN's start.
 */
export function freeTextClasses(text: string, hints = 0): number {
  // One word of letters, digits and `_` (hex digests, API tokens, ids: no `@` either) holds no phone and no card: their
  // digit runs must not touch a letter, digit or `_` on either side, so one would be the whole text, which is not all
  // digits. Only an IBAN written compact (`DE89370400440532013000`) can be one. (A text with a space or any other
  // character fails this test at that character; the hints may say so already.)
  if ((hints & NOT_A_WORD) === 0 && WORD_TOKEN.test(text)) return IBAN_START.test(text) && SEVEN_DIGITS.test(text) ? COULD_IBAN : 0;
  const at = (hints === 0 ? text.indexOf("@") >= 0 : (hints & HINT_AT) !== 0) ? HAS_AT : 0;
  // Without a phone's run (which a card's run is too) or an IBAN's start, no scanner but the e-mails' can match,
  // whatever the digits: both tested in one pass (most hashes, links and prose have neither) before the seven digits.
  if (!PHONE_RUN_OR_IBAN_START.test(text) || !SEVEN_DIGITS.test(text)) return at;
  // A card's run (12 digits, consecutive ones joined by at most one space or hyphen) is also a phone's
  // (8 digits joined by any run of phone punctuation, which includes space and hyphen): without a phone
  // run there is no card run, and that test is not run.
  if (!PHONE_RUN.test(text)) return at | COULD_IBAN;
  return at | COULD_PHONE | (CARD_RUN.test(text) ? COULD_CARD : 0) | (IBAN_START.test(text) ? COULD_IBAN : 0);
}
/**
 * Hint bits of characters outside `\w` (white space, `.`, `@`, `:`, `;`, `\`, any unit beyond ASCII): a text the hints
 * give one of is no WORD_TOKEN, so URLs, prose and addresses are not read by that test first (issue 12).
 */
const NOT_A_WORD = HINT_SPACE | HINT_DOT | HINT_AT | HINT_COLON | HINT_SEMICOLON | HINT_BACKSLASH | HINT_NON_ASCII;
/** Seven ASCII digits anywhere (`\d` without the `u` flag is [0-9]). */
const SEVEN_DIGITS = /\d(?:\D*\d){6}/;
/** A whole text of letters, digits and `_` with a letter or `_` among them (`\w` without the `u` flag is ASCII). */
const WORD_TOKEN = /^(?=\d*[A-Za-z_])\w+$/;
/** PHONE_RUN or IBAN_START, in one pass. */
const PHONE_RUN_OR_IBAN_START = /\d(?:[ ()\-./+\u00a0]*\d){7}|[A-Z]{2}\d\d/;
/** Twelve digits, consecutive ones joined by at most one space or hyphen. */
const CARD_RUN = /\d(?:[ -]?\d){11}/;
const IBAN_START = /[A-Z]{2}\d\d/;
/** Eight digits, joined by any run of space ( ) - . / + and no-break space. */
const PHONE_RUN = /\d(?:[ ()\-./+\u00a0]*\d){7}/;

/** Whether scanFreeText could find anything: an `@` or seven digits (its own gates, freeTextClasses' first tests), asked before it allocates. */
function mayHoldFreeTextMatch(text: string): boolean {
  return text.indexOf("@") >= 0 || SEVEN_DIGITS.test(text);
}

/**
 * A json/jsonb cell: every string leaf is scanned as free text, and a leaf under a key named for
 * personal data (`{"phone": "06 12 34 56 78"}`) is also read with that key's validators, so a
 * national-format phone number in a JSON profile is found. Name-only evidence (a `city` key) is not
 * counted inside JSON: there is nothing to validate. Without `leaves` the cell is walked leaf by leaf
 * (walkJson: no list, a path only for a leaf that matches, digits and `@` counted while reading).
 */
export function scanJsonCell(text: string, birth: BirthDateOptions, leaves?: readonly JsonString[], personBlock = false, units?: UnitsView): CellMatch[] | undefined {
  columnPersonBlock = personBlock;
  if (leaves === undefined && fastPaths.enabled && !walkBusy) {
    // One visitor and one array for every walk (nothing allocated for a cell without matches).
    walkBusy = true;
    walkBirth = birth;
    try {
      if (!walkJson(text, visitWalkedLeaf, units)) return undefined;
      return walkFound.length === 0 ? NO_MATCHES : walkFound.slice();
    } finally {
      // Emptied only when used: a store to an array's length is a call of the store IC (~460 instructions), and most
      // cells' walks find nothing (issue 12).
      if (walkFound.length !== 0) walkFound.length = 0;
      walkBusy = false;
    }
  }
  const out: CellMatch[] = [];
  const strings = leaves ?? jsonStrings(text);
  if (!strings) return undefined;
  for (const s of strings) scanJsonLeaf(out, s, mayHoldFreeTextMatch(s.value), birth);
  return out.length === 0 ? NO_MATCHES : out;
}

/** The column of the cell scanJsonCell reads is named for an address or a person's role (ColumnScan's `personBlock`). */
let columnPersonBlock = false;
/** scanJsonCell's walk: its leaves' matches, and whether one is on (a walk within a walk takes the list path). */
const walkFound: CellMatch[] = emptyList<CellMatch>() as CellMatch[];
let walkBusy = false;
let walkBirth: BirthDateOptions = { referenceYear: 0, maxAge: 0 };
const visitWalkedLeaf = (leaf: JsonLeaf): void => scanJsonLeaf(walkFound, leaf, leaf.at || leaf.digits >= 7, walkBirth);

/** One JSON leaf's matches into `out`; `mayHold`: whether scanFreeText could find anything in its value (an `@` or seven digits). */
function scanJsonLeaf(out: CellMatch[], s: JsonLeaf | JsonString, mayHold: boolean, birth: BirthDateOptions): void {
  // The key read once: a walked leaf makes its key string at each read (json-strings.ts).
  const key = s.isKey ? undefined : s.key;
  if (key !== undefined) {
    const name = classifyKey(key);
    if (name) {
      const m = scanNamedLeaf(s.value, name, birth);
      if (m) {
        out.push(inJson(m, pathOf(s), true));
        return;
      }
    } else if (isBareNameKey(key)) {
      // `{"shipTo": {"name": "Hannah Krüger", ...}}`, Stripe's `billing_details.name`: a bare `name` in a block named
      // for an address or a person's role is that person's; read as a role's name (it must start with a common first name).
      const path = pathOf(s);
      // `$.name` (a bare name key is four characters) is the document's own: its column names the block.
      if (path.length === 6 ? columnPersonBlock : parentNamesPerson(path)) {
        const m = roleNameInCell(s.value);
        if (m) {
          out.push(inJson(m, path, true));
          return;
        }
      }
    }
  }
  // Most leaves (`"en"`, `"dark"`, `false`, keys) hold neither an `@` nor seven digits: no scan, no array.
  if (!mayHold) return;
  const found = scanFreeText(s.value);
  if (found.length === 0) return;
  const jsonPath = pathOf(s);
  for (const m of found) out.push(inJson(m, jsonPath, false));
}

/**
 * scanNamedCell of a JSON leaf under a key named for personal data. The values `true` and `false` (settings
 * such as `"email": true` in every row of a jsonb column) are read once per key category and birth-date
 * options: scanNamedCell is a pure function of those three, and its match is only read (inJson copies it).
 */
function scanNamedLeaf(value: string, name: NameMatch, birth: BirthDateOptions): PiiMatch | undefined {
  if (value !== "true" && value !== "false") return scanNamedCell(value, name, birth);
  let known = literalMatches.get(name);
  if (known === undefined || known.birth !== birth) literalMatches.set(name, (known = { birth, true: undefined, false: undefined }));
  let m = known[value];
  if (m === undefined) known[value] = m = scanNamedCell(value, name, birth) ?? null;
  return m ?? undefined;
}
/** scanNamedLeaf's readings of `true` and `false` by key category (null: no match; undefined: not read yet). */
const literalMatches = new WeakMap<NameMatch, { birth: BirthDateOptions; true: PiiMatch | null | undefined; false: PiiMatch | null | undefined }>();

/** A match found in a JSON leaf, with the leaf's path: the match's fields (as the fold and the thread encoder read them) built one by one, not spread. */
function inJson(m: PiiMatch, jsonPath: string, viaKey: boolean): CellMatch {
  const found = new FoundMatch(m.detector, m.value, m.start, m.end, m.masked, m.syntheticReason);
  found.jsonPath = jsonPath;
  if (viaKey) found.viaKey = true;
  return found;
}

const pathOf = (s: JsonLeaf | JsonString): string => (typeof s.path === "string" ? s.path : s.path());

/** `name` / `Name` / `NAME` as a whole key (compared in place: most keys differ in length). */
function isBareNameKey(key: string): boolean {
  return key.length === 4 && (key.charCodeAt(0) | 0x20) === 0x6e && (key.charCodeAt(1) | 0x20) === 0x61 && (key.charCodeAt(2) | 0x20) === 0x6d && (key.charCodeAt(3) | 0x20) === 0x65;
}

/**
 * Words of a JSON block's key that make the block an address or a person's (`shipTo`, `shipping_address`, `billing_details`,
 * `recipient`, `customer`, `deliveryAddress`, `lieferadresse`): its bare `name` is a person's name, not a product's or a
 * setting's. Not `contact` or `owner` alone (a company's contact block, a repository's owner), not `company`.
 */
const PERSON_BLOCK_WORDS = new Set([
  "ship", "shipping", "shipto", "billing", "billto", "bill", "delivery", "deliver", "address", "addressee", "recipient", "recipients",
  "consignee", "customer", "buyer", "purchaser", "payer", "cardholder", "holder", "sender", "guest", "guests", "passenger", "passengers",
  "traveler", "traveller", "travelers", "travellers", "patient", "beneficiary", "attendee", "attendees", "participant", "participants",
  "lieferadresse", "rechnungsadresse", "empfaenger", "empfänger", "kunde", "destinataire", "adresse", "livraison", "facturation",
  "destinatario", "direccion", "envio", "facturacion", "cliente",
]);
/** The last parent key's reading (a jsonb column repeats the same few paths in every row). */
let lastParentPath = "";
let lastParentPerson = false;

/**
 * Whether the block holding a leaf at `path` (`$.shipTo.name`, `$.order.recipients[2].name`, `$["ship to"].name`) is
 * named by a PERSON_BLOCK_WORDS word: the key before the leaf's own, past array indexes.
 */
function parentNamesPerson(path: string): boolean {
  if (path === lastParentPath) return lastParentPerson;
  let end = path.lastIndexOf(".");
  const bracket = path.lastIndexOf("[");
  if (bracket > end) end = bracket;
  // Past the leaf's own key, then any array indexes (`[2]`).
  while (end > 0 && path.charCodeAt(end - 1) === 0x5d && path.charCodeAt(end - 2) !== 0x22) {
    const open = path.lastIndexOf("[", end - 1);
    if (open < 0) break;
    end = open;
  }
  let parent: string | undefined;
  if (end > 1 && path.charCodeAt(end - 1) === 0x5d && path.charCodeAt(end - 2) === 0x22) {
    const open = path.lastIndexOf('["', end - 2);
    if (open >= 0) {
      try {
        parent = JSON.parse(path.slice(open + 1, end - 1)) as string;
      } catch {
        parent = undefined;
      }
    }
  } else {
    const dot = path.lastIndexOf(".", end - 1);
    if (dot >= 0 && path.lastIndexOf("]", end - 1) < dot) parent = path.slice(dot + 1, end);
  }
  const person = parent !== undefined && identifierWords(parent).some((w) => PERSON_BLOCK_WORDS.has(w));
  lastParentPath = detachedString(path);
  lastParentPerson = person;
  return person;
}

const keyCategories = new Map<string, NameMatch | null>();
/**
 * classifyColumnName for JSON keys with the validators a key is read with (its category without
 * `personal-value`: name-only evidence does not count inside JSON), or null for a category led by
 * name-only evidence (`address`: its leaves are read as free text, which finds e-mails too); memoized,
 * since a jsonb column repeats the same few keys in every row.
 */
function classifyKey(key: string): NameMatch | null {
  const n = key.length;
  const slot = n === 0 ? 0 : (n * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(n - 1)) & (RECENT_KEY_SLOTS - 1);
  // An empty slot is told apart first: the comparison then only ever sees two strings, and is compiled as a string
  // comparison, not the generic one a slot's first `undefined` made it (~100 instructions a leaf; issue 12).
  const recent = recentKeys[slot];
  if (recent !== undefined && recent === key) return recentKeyCategories[slot] ?? null;
  let known = keyCategories.get(key);
  if (known === undefined) {
    const name = classifyColumnName(key);
    known = name && name.category.detectors[0] !== "personal-value" ? { category: keyCategory(name.category), phrase: name.phrase } : null;
    // Kept detached: a key cut from its cell would pin the cell's whole input chunk.
    if (keyCategories.size < 4096) keyCategories.set(detachedString(key), known);
  }
  recentKeys[slot] = detachedString(key);
  recentKeyCategories[slot] = known;
  return known;
}

/**
 * A category as a JSON key reads it: its validators without `personal-value`. Made for every category when the module
 * loads, not copied from the category by a spread when a key is first met: a spread copies the category's map, fields
 * and all, and writing its `detectors` again made that field (and the match's `category`) of every category's map
 * mutable in place, in the middle of the rows, throwing away the column-name reading compiled before (classify2,
 * "code dependencies"; issue 12).
 */
const KEY_CATEGORIES = new Map<NameCategory, NameCategory>(
  NAME_CATEGORIES.map((c) => [c, { id: c.id, detectors: c.detectors.filter((d) => d !== "personal-value"), tier: c.tier, strict: c.strict, phrases: c.phrases }]),
);
const keyCategory = (category: NameCategory): NameCategory => KEY_CATEGORIES.get(category)!;

/**
 * The keys classifyKey answered last, by length and first and last character: a JSON column repeats the
 * same few keys in every row, and a key found here is compared in place, where the map hashed every
 * leaf's new key string first (issue 12; as the e-mail detector's recent domains).
 */
const RECENT_KEY_SLOTS = 64;
const recentKeys: (string | undefined)[] = new Array<string | undefined>(RECENT_KEY_SLOTS).fill(undefined);
const recentKeyCategories: (NameMatch | null)[] = new Array<NameMatch | null>(RECENT_KEY_SLOTS).fill(null);

/**
 * All matches in one cell according to the column's scan plan; an array cell (`{a@x.fr,b@y.de}`) is
 * scanned element by element. `json`: the shared judgement takes the cell for a JSON document (JSON in
 * a text column: issue 11 item 6), given as its leaves, or `true` to walk it here like json/jsonb.
 * `hints`: the cell's shared hints (judgement/cell-hints.ts) when another rule has read them, else 0:
 * free text without a digit then needs no pass of its own (only an `@` can make a match).
 */
export function scanCell(cell: string, plan: ColumnScan, birth: BirthDateOptions, json?: readonly JsonString[] | true, hints = 0, units?: UnitsView): CellMatch[] {
  if (plan.mode === "skip") return NO_MATCHES;
  if (plan.array) {
    const elements = parseArrayLiteral(cell);
    if (elements) {
      const element =
        plan.mode === "named"
          ? scanPlan("named", plan.name, plan.json, false, plan.signatures, plan.firstNameOnly, plan.personBlock)
          : scanPlan(plan.mode, undefined, plan.json, false, plan.signatures, plan.firstNameOnly, plan.personBlock);
      const found = elements.flatMap((e) => (e === null ? [] : scanCell(e, element, birth)));
      return found.length === 0 ? NO_MATCHES : found;
    }
  }
  if (plan.json || json) {
    const fromJson = scanJsonCell(cell, birth, json === true ? undefined : json, plan.personBlock === true, units);
    // A column named for personal data whose JSON leaves validate nothing (`address` as {"street": ...}) is read whole below.
    if (fromJson && (fromJson.length > 0 || plan.mode === "free-text")) return fromJson;
  }
  if (plan.mode === "named") {
    const m = scanNamedCell(cell, plan.name, birth);
    if (m && plan.firstNameOnly && !m.syntheticReason && !startsWithFirstName(m.value)) return NO_MATCHES;
    return m ? [m] : NO_MATCHES;
  }
  // Issue 11 item 3: a value whose own shape is a number, a timestamp or a UUID holds no phone (data-only dumps have no types);
  // it holds no `@` either, so only a text whose digits could make a match is asked.
  // Without a digit, freeTextClasses is HAS_AT or nothing: the hints say which.
  const classes = hints !== 0 && (hints & HINT_DIGIT) === 0 ? (hints & HINT_AT ? HAS_AT : 0) : freeTextClasses(cell, hints);
  // A message signed by a person (`Mit freundlichen Grüßen\nAnna Schmidt`) has a line feed: the hints say when there is no white space at all.
  if (plan.signatures && (hints === 0 || (hints & HINT_SPACE) !== 0) && (cell.indexOf("\n") >= 0 || hasHtmlLineBreak(cell))) return inLegalNotice(cell, scanSignedText(cell, classes));
  if (classes === 0 || ((classes & HAS_AT) === 0 && isNumberTimeOrUuid(cell))) return NO_MATCHES;
  return inLegalNotice(cell, scanFreeTextClassed(cell, classes));
}

/** Headings of a legal notice: Germany's Impressum (§ 5 DDG), an imprint, France's mentions légales, Spain's aviso legal, Italy's note legali. */
const LEGAL_NOTICE_HEADINGS = ["Impressum", "IMPRESSUM", "Imprint", "Legal notice", "Legal Notice", "Mentions légales", "Aviso legal", "Aviso Legal", "Note legali"];
/** A business's legal form written in the notice (`Example Shop GmbH`, `Gartenmöbel Schulz e.K.`, `Acme Ltd`). */
const LEGAL_FORM = /(?:^|[\s>,(])(?:GmbH|mbH|AG|KG|OHG|UG|GbR|e\.\s?K\.|e\.\s?Kfm\.|e\.\s?V\.|Ltd|LLC|Inc|plc|SARL|SAS|S\.L\.|S\.A\.|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.)(?=$|[\s<,.;)&])/;
const LEGAL_NOTICE_REASON = "a business's contact in its legal notice (imprint)";

/**
 * The phones and e-mail addresses of a legal notice (an HTML page headed Impressum, Imprint, Mentions légales…, naming a business by
 * its legal form): the contact the law makes the business publish, not a person's private one, wherever the page is kept
 * (WordPress keeps pages and people's posts in one wp_posts table, so the table cannot say). Names in it stay findings.
 * Asked only of HTML cells (a site's page) with a real-looking phone or e-mail.
 */
function inLegalNotice(cell: string, found: CellMatch[]): CellMatch[] {
  // A page of a site is HTML (`<h2>Impressum</h2>…`, Gutenberg's `<!-- wp:heading -->`): other texts are not read again.
  if (found.length === 0 || cell.charCodeAt(0) !== 0x3c) return found;
  let contact = false;
  for (let k = 0; k < found.length && !contact; k++) contact = found[k]!.syntheticReason === undefined && (found[k]!.detector === "phone" || found[k]!.detector === "email");
  if (!contact || !LEGAL_NOTICE_HEADINGS.some((h) => cell.includes(h)) || !LEGAL_FORM.test(cell)) return found;
  for (const m of found) if (m.syntheticReason === undefined && (m.detector === "phone" || m.detector === "email")) m.syntheticReason = LEGAL_NOTICE_REASON;
  return found;
}

/** scanCell's free-text reading of a message column's text with a line feed: its matches and the names signing it, in text order. */
function scanSignedText(cell: string, classes: number): CellMatch[] {
  const names = findSignatureNames(cell);
  const found = classes === 0 || ((classes & HAS_AT) === 0 && isNumberTimeOrUuid(cell)) ? NO_MATCHES : scanFreeTextClassed(cell, classes);
  if (names.length === 0) return found;
  return found.length === 0 ? names : [...found, ...names].sort((a, b) => a.start - b.start);
}

/**
 * A whole cell that is a number (`0.42857143`, `-12`, `1e-5`), a date or timestamp
 * (`2007-01-29 00:58:02.996577+00`) or a UUID. One forward pass over the characters.
 */
export function isNumberTimeOrUuid(cell: string): boolean {
  const v = cell.trim();
  if (v.length === 0 || v.length > 40) return false;
  let digits = 0;
  let hex = 0;
  let dashes = 0;
  let other = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) hex++;
    else if (c === 0x2d) dashes++;
    else if (c === 0x2e || c === 0x3a || c === 0x2b || c === 0x20 || c === 0x54 || c === 0x5a) other++;
    else return false;
  }
  // UUID: 32 hex digits in 8-4-4-4-12.
  if (v.length === 36 && dashes === 4 && digits + hex === 32 && v[8] === "-" && v[13] === "-" && v[18] === "-" && v[23] === "-") return true;
  if (hex > 0) return false;
  // Number: digits with at most one dot and a sign.
  if (dashes <= 1 && !v.includes(":") && !v.includes(" ") && v.split(".").length <= 2 && (dashes === 0 || v.startsWith("-"))) return digits > 0;
  // Date or timestamp: starts with YYYY-MM-DD.
  return v.length >= 10 && v[4] === "-" && v[7] === "-" && digits >= 8;
}
