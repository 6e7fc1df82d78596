/**
 * One judgement per column list, shared by every rule (issue 11): what a column is for, decided
 * once from its name, its type, its table's name and its sibling columns, so forbidden-secrets,
 * live-host-pointers and unsanitized-pii never disagree about the same column.
 *
 * - `keyName` / `keyColumn`: a key/value table (`setting(key, value)`, `config(name, value)`,
 *   `core_config_data(path, value)`, EAV `attribute`/`value`): the name column holds identifiers
 *   (never secrets), and a value is judged with its row's name as its name context.
 * - `address`: `client` (a visitor's address in a session, login or activity log: personal data,
 *   never a host pointer) or `server` (a host/endpoint context: a pointer).
 * - `sessionToken`: the id/key/token column of a session table (`core_session.id`), whose random
 *   values are live session credentials.
 * - `personName`: a generic name column (`customers.name`, `user_display_name`) on a table of
 *   people, or the author or name column of a table of comments or reviews (`wp_comments.comment_author`);
 *   `strong` with contact columns beside it, `dictionary` when only a first name among the values can
 *   confirm it.
 * - `salt`: a salt column (not a credential alone).
 * - `jsonText`: a text-like (or unknown-type) column whose values may be JSON documents, walked the
 *   same way as json/jsonb by every rule.
 */
import { columnListCache } from "./column-list-cache.js";
import { identifierWords } from "../../data/identifier-words.js";
import { classifyColumnName } from "../pii/column-names.js";

export type AddressRole = "client" | "server";

export interface ColumnRole {
  column: string;
  type: string | undefined;
  /** Element type without length/precision, lower case (`character varying`, `inet`, `jsonb`); undefined when unknown. */
  base: string | undefined;
  isArray: boolean;
  /** json/jsonb by type. */
  jsonTyped: boolean;
  /** Text-like or unknown type: a value that is a JSON object/array is walked as JSON. */
  jsonText: boolean;
  /** The name column of a key/value table: its values are identifiers. */
  keyName: boolean;
  /** For a value column of a key/value table: the index of the name column of the same row. */
  keyColumn: number | undefined;
  address: AddressRole | undefined;
  sessionToken: boolean;
  personName: "strong" | "dictionary" | undefined;
  /** A generically named column of a table of calls or messages (`phone_calls.number`, `sms.to`): a phone number. */
  phoneNumber: boolean;
  salt: boolean;
}

export interface TableRoles {
  columns: ColumnRole[];
  /** The table holds people (customers, users, contacts ...) by name or by its columns. */
  people: boolean;
  /** The table's name says its rows are machines (servers, nodes, replicas, datasources ...). */
  servers: boolean;
}

const TEXT_TYPES = new Set(["text", "character varying", "varchar", "character", "char", "bpchar", "citext", "name"]);

/** Names of the name column of a key/value table, and of its value column. */
const KEY_NAMES = new Set(["key", "name", "path", "attribute", "attributecode", "attributename", "setting", "settingkey", "settingname", "param", "parameter", "paramname", "parametername", "option", "optionname", "optionkey", "variable", "var", "property", "propertyname", "propertykey", "configkey", "configname", "k", "field", "fieldname"]);
const VALUE_NAMES = new Set(["value", "val", "payload", "settingvalue", "optionvalue", "configvalue", "paramvalue", "parametervalue", "propertyvalue", "fieldvalue", "valuetext", "stringvalue", "textvalue", "v"]);
/** Table words of a CI's or an application's variables, whose `data` column is the value column. */
const VARIABLE_TABLE_WORDS = new Set(["variable", "variables"]);
/** Key/value tables are narrow (`setting(key, value)`, `core_config_data(config_id, scope, scope_id, path, value, updated_at)`). */
const MAX_KEY_VALUE_COLUMNS = 8;
/** Tables whose key/value pairs are texts for people (translations, messages), not settings. */
const PROSE_TABLE_WORDS = new Set(["translation", "translations", "i18n", "l10n", "locale", "locales", "message", "messages", "label", "labels", "lang", "language", "languages", "string", "strings", "phrase", "phrases", "text", "texts"]);

const SERVER_TABLE_WORDS = new Set(["server", "servers", "host", "hosts", "node", "nodes", "instance", "instances", "replica", "replicas", "cluster", "clusters", "machine", "machines", "datasource", "datasources", "endpoint", "endpoints", "backend", "backends", "upstream", "upstreams", "proxy", "proxies", "gateway", "gateways", "dns", "database", "databases", "peer", "peers", "broker", "brokers", "worker", "workers",
  // A repository mirror's remote (Gitea's `mirror.remote_address`, `push_mirror.remote_address`): the git server it pulls from or pushes to.
  "mirror", "mirrors"]);
const SERVER_COLUMN_WORDS = new Set(["server", "host", "hostname", "db", "database", "node", "proxy", "gateway", "dns", "smtp", "upstream", "bind", "listen", "endpoint", "backend", "replica", "primary", "master", "broker", "nat", "router", "public", "private", "internal", "external"]);
const CLIENT_TABLE_WORDS = new Set(["session", "sessions", "login", "logins", "signin", "signins", "activity", "activities", "log", "logs", "audit", "audits", "event", "events", "visit", "visits", "visitor", "visitors", "request", "requests", "access", "history", "click", "clicks", "pageview", "pageviews", "view", "views", "order", "orders", "comment", "comments", "vote", "votes", "user", "users", "customer", "customers", "account", "accounts", "member", "members", "signup", "signups", "registration", "registrations", "consent", "consents", "attempt", "attempts", "device", "devices", "token", "tokens", "tracking", "analytics", "hit", "hits", "impression", "impressions", "submission", "submissions", "download", "downloads", "entry", "entries"]);

const SESSION_TABLE_WORDS = new Set(["session", "sessions"]);
const CALL_TABLE_WORDS = new Set(["phone", "phones", "call", "calls", "sms", "smses", "telephony", "voip", "fax", "faxes", "voicemail", "voicemails", "dial", "dials"]);
const CALL_NUMBER_COLUMNS = new Set(["number", "from", "to", "caller", "callee", "dialed", "dialled", "fromnumber", "tonumber", "callernumber", "calleenumber", "msisdn", "destination", "origin"]);
const SESSION_TOKEN_COLUMNS = new Set(["id", "key", "sessionid", "sessionkey", "sid", "token", "sessiontoken", "value"]);
/** A session table's columns named for its secret alone: beside one, its `id` is the row's key (Mattermost's `sessions(id, token)`). */
const SESSION_SECRET_COLUMNS = new Set(["token", "sessiontoken"]);

/** A table named for sessions (`sessions`, `core_session`, `session_activations`). */
export function isSessionTable(table: string): boolean {
  return identifierWords(table).some((w) => SESSION_TABLE_WORDS.has(w));
}

/**
 * The column holding the secret of a session table keyed by an id beside it (Mattermost's `sessions(id, token, …)`: both
 * 26-character ids, the token the bearer secret, the id what the API, the audit log and every other table name a session
 * by), else undefined: the first column named for the secret alone. The table's `id` is not the session's credential,
 * and neither is a `session_id` elsewhere that names such a session.
 */
export function sessionSecretColumn(table: string, columns: readonly string[]): string | undefined {
  if (!isSessionTable(table)) return undefined;
  let id = false;
  let secret: string | undefined;
  for (const c of columns) {
    const name = compact(identifierWords(c));
    if (name === "id") id = true;
    else if (secret === undefined && SESSION_SECRET_COLUMNS.has(name)) secret = c;
  }
  return id ? secret : undefined;
}

const PEOPLE_TABLE_WORDS = new Set(["customer", "customers", "user", "users", "contact", "contacts", "employee", "employees", "member", "members", "patient", "patients", "account", "accounts", "client", "clients", "person", "persons", "people", "student", "students", "guest", "guests", "subscriber", "subscribers", "attendee", "attendees", "participant", "participants", "candidate", "candidates", "applicant", "applicants", "lead", "leads", "staff", "profile", "profiles", "author", "authors", "volunteer", "volunteers", "driver", "drivers", "passenger", "passengers", "buyer", "buyers", "seller", "sellers", "teacher", "teachers", "doctor", "doctors", "owner", "owners", "recipient", "recipients", "organizer", "organizers", "speaker", "speakers", "agent", "agents", "nurse", "nurses", "physician", "physicians", "therapist", "therapists", "instructor", "instructors", "tutor", "tutors", "pupil", "pupils", "guardian", "guardians", "courier", "couriers", "technician", "technicians", "player", "players",
  // Odoo's res_partner: every contact, a person or a company (a company's name is an organisation's, by its legal form).
  "partner", "partners", "kunde", "kunden", "cliente", "clientes", "utilisateur", "utilisateurs", "benutzer", "usuario", "usuarios"]);
/** Last words of a table named for its owner's attributes (`client_attributes`, `user_settings`): rows of name/value pairs. */
const ATTRIBUTE_TABLE_WORDS = new Set(["attribute", "attributes", "attr", "attrs", "setting", "settings", "preference", "preferences", "pref", "prefs", "property", "properties", "option", "options", "config", "configs", "param", "params", "parameter", "parameters", "meta", "metadata"]);
/** Column-name categories that make a table's rows people: contact and identity columns. */
const CONTACT_CATEGORIES = new Set(["email", "phone", "street-address", "birth-date", "person-name.first", "person-name.last", "us-ssn", "uk-nino", "fr-nir", "national-id"]);
/**
 * Tables of what visitors write under their own name (`wp_comments`, `product_reviews`, a guestbook): their author column
 * (`comment_author`, `author`) and a generic `name` column are the writer's name, as WordPress keeps a commenter's.
 * Not `books.author` or a CMS's `posts.author`: a catalogue's or an editor's byline.
 */
const AUTHORED_TABLE_WORDS = new Set(["comment", "comments", "review", "reviews", "reply", "replies", "guestbook", "guestbooks", "testimonial", "testimonials", "feedback", "feedbacks"]);
/** Whether a table's rows are people or what people write under their own name (`users`, `res_partner`, `wp_comments`, `reviews`), by its name. */
export function peopleOrAuthoredTable(table: string): boolean {
  return identifierWords(table).some((w) => PEOPLE_TABLE_WORDS.has(w) || AUTHORED_TABLE_WORDS.has(w));
}

/** Generic name columns that name a person on a table of people. */
const GENERIC_NAME_COLUMNS = new Set(["name", "fullname", "displayname", "realname", "personname", "commonname"]);

function baseTypeOf(type: string | undefined): { base: string | undefined; isArray: boolean } {
  if (type === undefined) return { base: undefined, isArray: false };
  let t = type.trim().toLowerCase();
  const isArray = t.endsWith("[]");
  if (isArray) t = t.slice(0, -2);
  const paren = t.indexOf("(");
  if (paren >= 0) t = (t.slice(0, paren) + t.slice(t.indexOf(")", paren) + 1)).trim();
  return { base: t, isArray };
}

const compact = (words: readonly string[]) => words.join("");

/** The client/server judgement of an address-holding column, or undefined when the column holds no addresses. */
function addressRoleOf(tableWords: readonly string[], column: string, base: string | undefined): AddressRole | undefined {
  const words = identifierWords(column);
  const typedAddress = base === "inet" || base === "cidr";
  const named = classifyColumnName(column)?.category.id === "ip-address";
  if (!typedAddress && !named) return undefined;
  if (words.some((w) => SERVER_COLUMN_WORDS.has(w)) || tableWords.some((w) => SERVER_TABLE_WORDS.has(w))) return "server";
  if (named) return "client";
  return tableWords.some((w) => CLIENT_TABLE_WORDS.has(w)) ? "client" : undefined;
}

/**
 * The client/server judgement of a JSON leaf whose key names an IP address (`{"ip": …}` in a revision's copy of a
 * submitted form, `$.smtp.ip` in settings), as `addressRoleOf` judges a column: a server's when its table, its column
 * or a word of its path says server; else a visitor's (personal data, not a pointer). Undefined for other keys.
 */
export function jsonAddressRole(table: string, column: string, path: string, key: string): AddressRole | undefined {
  if (classifyColumnName(key)?.category.id !== "ip-address") return undefined;
  const words = [...identifierWords(column), ...identifierWords(path)];
  return words.some((w) => SERVER_COLUMN_WORDS.has(w)) || identifierWords(table).some((w) => SERVER_TABLE_WORDS.has(w)) ? "server" : "client";
}

/** The name and value columns of a key/value pair written with one prefix (`secret_name`/`secret_value`, `env_key`/`env_val`), if exactly one. */
function prefixedKeyValuePair(compactNames: readonly string[], textish: (i: number) => boolean): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (let v = 0; v < compactNames.length; v++) {
    const n = compactNames[v]!;
    const prefix = n.endsWith("value") ? n.slice(0, -5) : n.endsWith("val") ? n.slice(0, -3) : undefined;
    if (!prefix) continue;
    for (let k = 0; k < compactNames.length; k++) {
      const m = compactNames[k]!;
      if (k === v || !textish(k) || !m.startsWith(prefix) || !KEY_NAMES.has(m.slice(prefix.length))) continue;
      if (found) return undefined;
      found = [k, v];
    }
  }
  return found;
}

/** Judge every column of a table from its name, the column names and types (pure; `tableRoles` memoizes). */
export function judgeColumns(table: string, columns: readonly string[], types: readonly (string | undefined)[]): TableRoles {
  const tableWords = identifierWords(table);
  const compactNames = columns.map((c) => compact(identifierWords(c)));
  const categories = columns.map((c) => classifyColumnName(c)?.category.id);
  const people = tableWords.some((w) => PEOPLE_TABLE_WORDS.has(w));
  const contactBeside = categories.some((c) => c !== undefined && CONTACT_CATEGORIES.has(c));
  const proseTable = tableWords.some((w) => PROSE_TABLE_WORDS.has(w));
  const sessionTable = tableWords.some((w) => SESSION_TABLE_WORDS.has(w));
  const keyedById = sessionTable && compactNames.some((n) => SESSION_SECRET_COLUMNS.has(n));
  const callTable = tableWords.some((w) => CALL_TABLE_WORDS.has(w));
  const authoredTable = tableWords.some((w) => AUTHORED_TABLE_WORDS.has(w));

  // A key/value table: exactly one name column and at least one value column, both text-like or untyped.
  const textish = (i: number) => {
    const { base } = baseTypeOf(types[i]);
    return base === undefined || TEXT_TYPES.has(base);
  };
  let nameColumns = compactNames.flatMap((n, i) => (KEY_NAMES.has(n) && textish(i) ? [i] : []));
  // A table of variables keeps each one's value as its data (Gitea's `action_variable(name, data)`, what a workflow reads as `vars.NAME`).
  const variables = tableWords.some((w) => VARIABLE_TABLE_WORDS.has(w));
  let valueColumns = compactNames.flatMap((n, i) => (VALUE_NAMES.has(n) || (variables && n === "data") ? [i] : []));
  if (nameColumns.length !== 1 || valueColumns.length === 0) {
    // A name and a value column with one prefix: a CI's `secrets(secret_name, secret_value)`, `meta_key`/`meta_value`.
    const pair = prefixedKeyValuePair(compactNames, textish);
    if (pair) [nameColumns, valueColumns] = [[pair[0]], [pair[1]]];
  }
  // Not a table of people or one with many columns: `customers(name, …, value)` is not a settings table. A table named for the
  // attributes of people or clients (Keycloak's `client_attributes(client_id, name, value)`, `user_settings(user_id, key, value)`)
  // is one: its name column names an attribute, not a person (whose values stay a person's: unsanitized-pii's settings judgement
  // still sees the people word).
  const attributesOf = tableWords.length >= 2 && ATTRIBUTE_TABLE_WORDS.has(tableWords[tableWords.length - 1]!);
  const keyValue = nameColumns.length === 1 && valueColumns.length >= 1 && columns.length <= MAX_KEY_VALUE_COLUMNS && (attributesOf || !tableWords.some((w) => PEOPLE_TABLE_WORDS.has(w)));
  const keyIndex = keyValue ? nameColumns[0] : undefined;

  const roles = columns.map((column, i): ColumnRole => {
    const { base, isArray } = baseTypeOf(types[i]);
    const words = identifierWords(column);
    const name = compactNames[i]!;
    const textLike = base === undefined || TEXT_TYPES.has(base);
    const displayName = words.length >= 2 && words[words.length - 1] === "name" && words[words.length - 2] === "display";
    let personName: ColumnRole["personName"];
    const author = authoredTable && words[words.length - 1] === "author";
    if (textLike && !isArray && categories[i] === undefined && (GENERIC_NAME_COLUMNS.has(name) || displayName || author) && !(keyValue && i === keyIndex)) {
      const personal = people || authoredTable || (displayName && words.some((w) => PEOPLE_TABLE_WORDS.has(w)));
      if (personal) personName = contactBeside ? "strong" : "dictionary";
    }
    return {
      column,
      type: types[i],
      base,
      isArray,
      jsonTyped: base === "json" || base === "jsonb",
      jsonText: !isArray && textLike,
      keyName: (keyValue && i === keyIndex) || ((proseTable || keyValue) && KEY_NAMES.has(name) && textLike),
      keyColumn: keyValue && !proseTable && valueColumns.includes(i) ? keyIndex : undefined,
      address: addressRoleOf(tableWords, column, base),
      sessionToken: sessionTable && textLike && SESSION_TOKEN_COLUMNS.has(name) && !(keyedById && name === "id"),
      personName,
      phoneNumber: callTable && textLike && !isArray && categories[i] === undefined && CALL_NUMBER_COLUMNS.has(name),
      salt: words[words.length - 1] === "salt" || name === "salt",
    };
  });
  return { columns: roles, people: people || contactBeside, servers: tableWords.some((w) => SERVER_TABLE_WORDS.has(w)) };
}

/** `--inserts` dumps give every row statement its own column array: remembered by content too (bounded). */
const MAX_REMEMBERED = 4096;
const rolesOf = columnListCache((_schema, table, columns, types) => judgeColumns(table, columns, types), MAX_REMEMBERED);

/** The judgement of a row's columns, computed once per COPY/INSERT column list (rows share their `columns` array). */
export function tableRoles(schema: string, table: string, columns: readonly string[], types: readonly (string | undefined)[]): TableRoles {
  return rolesOf(schema, table, columns, types);
}
