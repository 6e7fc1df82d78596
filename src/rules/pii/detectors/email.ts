import { detachedString } from "../../../core/detached-string.js";
import { lazyRequire } from "../../../core/lazy-require.js";
import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { firstCodePoint, isHashOrToken, isMaskedValue } from "../synthetic-markers.js";

const tldts = lazyRequire<typeof import("tldts")>("tldts");

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** RFC 2606 / RFC 6761 reserved names: addresses under them can never reach a person. */
const RESERVED_SECOND_LEVEL = new Set(["example.com", "example.net", "example.org", "example.edu"]);
const RESERVED_TLDS = new Set(["test", "example", "invalid", "localhost", "local", "internal", "lan", "home", "corp", "localdomain"]);

/**
 * Public throwaway inboxes and mail-testing services, by registrable domain (the last two labels): anyone can read a
 * Mailinator or YOPmail inbox by its name, and Mailosaur, testmail.app, Mailtrap and Ethereal hold a test suite's mail.
 * A seed or end-to-end account's address (`checkout-flow@mailinator.com`), not a person's mailbox. Forwarding services
 * that deliver to a person (33mail, SimpleLogin, Apple's privaterelay) are not here: their addresses reach someone.
 */
const DISPOSABLE_DOMAINS = new Set([
  "mailinator.com", "mailinator.net", "mailinator2.com", "yopmail.com", "yopmail.fr", "yopmail.net", "guerrillamail.com",
  "guerrillamail.net", "guerrillamail.org", "guerrillamail.de", "guerrillamail.biz", "guerrillamail.info", "guerrillamailblock.com",
  "sharklasers.com", "grr.la", "10minutemail.com", "10minutemail.net", "temp-mail.org", "maildrop.cc", "mailnesia.com",
  "dispostable.com", "trashmail.com", "trashmail.de", "getnada.com", "throwawaymail.com", "fakeinbox.com", "mailsac.com",
  "discard.email", "mintemail.com", "harakirimail.com", "mailosaur.net", "mailosaur.io", "testmail.app", "mailtrap.io", "ethereal.email",
]);

/** Local parts that name no one: role accounts, seed-script words. */
const PLACEHOLDER_LOCALS = new Set([
  "test", "tester", "testing", "noreply", "no-reply", "donotreply", "do-not-reply", "example", "sample", "demo", "dummy",
  "fake", "anon", "anonymous", "anonymized", "redacted", "removed", "deleted", "null", "none", "nobody", "foo", "bar",
  "baz", "foobar", "user", "username", "email", "mail", "someone", "somebody", "john.doe", "jane.doe", "johndoe", "janedoe",
  "max.mustermann", "erika.mustermann", "jean.dupont", "juan.perez", "placeholder", "invalid", "unknown", "changeme",
  "asdf", "qwerty", "lorem", "ipsum", "xxx", "qa",
  // A form's or a translation's example address (`name@beispiel.de`, `you@company.com`, `vorname.nachname@firma.de`).
  "name", "you", "your", "yourname", "your.name", "your.email", "youremail", "vorname.nachname", "prenom.nom", "nombre.apellido",
  "ihr.name", "max.muster",
  // The same in the reader's own language, as German, French, Spanish and Italian forms write it (`ihre.email@beispiel.de`
  // in a Directus translations table was a clean dump's error).
  "ihre.email", "ihre.mail", "ihre-email", "ihreemail", "ihre.adresse", "deine.email", "deine.mail", "dein.name",
  "votre.email", "votre.adresse", "votre.nom", "tu.email", "tu.correo", "su.correo", "su.email", "tuo.nome", "nome.cognome",
]);

/**
 * Whether a placeholder local part has this length and first character: a word that cannot be one (most
 * first names) is turned away without the substring and the set's hashing of it (issue 12).
 */
function mayBePlaceholderWord(length: number, first: number): boolean {
  return length <= MAX_PLACEHOLDER_LOCAL && first < 0x80 && PLACEHOLDER_STARTS[length * 0x80 + first] === 1;
}

/**
 * A local part made only of placeholder words (`test.user`, `foo.bar`, `demo_demo`, `test-user`): a seed script's, not
 * a person's. Asked after the other reasons; a local part whose first word is no placeholder (most) stops there.
 */
function isPlaceholderCompound(base: string): boolean {
  let start = 0;
  let words = 0;
  for (let i = 0; i <= base.length; i++) {
    const c = i < base.length ? base.charCodeAt(i) : 0x2e;
    if (c !== 0x2e && c !== 0x5f && c !== 0x2d) continue;
    if (i === start || !mayBePlaceholderWord(i - start, base.charCodeAt(start)) || !PLACEHOLDER_LOCALS.has(base.slice(start, i))) return false;
    words++;
    start = i + 1;
  }
  return words >= 2;
}

/**
 * Role and machine mailboxes (RFC 2142 names and their kin): real addresses, but of a function, not
 * of a person, so not personal data; compared on the local part before any `+tag`.
 */
const ROLE_LOCALS = new Set([
  "admin", "administrator", "root", "postmaster", "hostmaster", "webmaster", "abuse", "security", "noc", "ops", "devops",
  "sysadmin", "it", "support", "help", "helpdesk", "info", "contact", "sales", "billing", "accounts", "accounting", "invoices",
  "hr", "jobs", "careers", "press", "media", "marketing", "team", "hello", "office", "privacy", "legal", "compliance", "dpo",
  "etl", "repl", "replication", "backup", "backups", "deploy", "deployer", "bot", "ci", "build", "builds", "system", "daemon",
  "cron", "service", "svc", "api", "monitoring", "alerts", "alert", "notifications", "notification", "newsletter", "mailer",
  "mailer-daemon", "bounce", "bounces", "feedback", "orders", "shop", "store", "service-desk", "servicedesk", "git",
  "enquiries", "inquiries", "reception", "finance", "purchasing", "procurement", "bookings", "booking", "reservations", "service",
  // The same mailboxes in German, French and Spanish (the column names are read in those languages too).
  "kontakt", "buchhaltung", "rechnung", "rechnungen", "bestellung", "bestellungen", "verwaltung", "vertrieb", "empfang", "presse",
  "datenschutz", "bewerbung", "karriere", "kundenservice", "accueil", "compta", "comptabilite", "commercial", "facturation", "ventes",
  "recrutement", "rh", "direction", "secretariat", "commandes", "contacto", "ventas", "facturacion", "soporte", "ayuda", "prensa",
  "pedidos", "recepcion", "empleo", "rrhh",
  // Payments mailboxes (`payments@`, `zahlungen@`), and service accounts named for the software that logs in with them
  // (`erp@` for an ERP's SMTP login, `gitlab@` for an integration's, `jenkins@`).
  "payments", "payment", "zahlungen", "zahlung", "paiements", "paiement", "pagos", "pago",
  "erp", "crm", "gitlab", "github", "jenkins", "jira", "confluence", "sentry", "grafana", "nagios", "zabbix", "sonar", "sonarqube", "nexus", "artifactory",
  // A forum's or community's own mailboxes (`forum@`, the reply-by-email address `forum+<reply key>@`, `replies@`), and a
  // board's or control room's (`board@`, `vorstand@`, `leitstelle@`, `zentrale@`, `geschaeftsstelle@`, `sekretariat@`).
  "forum", "community", "reply", "replies", "incoming", "board", "vorstand", "leitstelle", "zentrale", "geschaeftsstelle", "sekretariat",
]);
/**
 * The longest role and placeholder local parts: a longer local part (most personal ones) is neither, without
 * a set lookup, which hashes the new string it is given first (issue 12: every address of a column asked both).
 */
const MAX_ROLE_LOCAL = Math.max(...[...ROLE_LOCALS].map((w) => w.length));
const MAX_PLACEHOLDER_LOCAL = Math.max(...[...PLACEHOLDER_LOCALS].map((w) => w.length));
/** 1 at `length * 128 + first character` for every word of `words` that starts with an ASCII character (a first look before a set lookup). */
function lengthAndFirstTable(words: ReadonlySet<string>, longest: number): Uint8Array {
  const table = new Uint8Array((longest + 1) * 0x80);
  for (const word of words) if (word.charCodeAt(0) < 0x80) table[word.length * 0x80 + word.charCodeAt(0)] = 1;
  return table;
}
/** For every role local part (`isCompoundRole`'s first look). */
const ROLE_STARTS = lengthAndFirstTable(ROLE_LOCALS, MAX_ROLE_LOCAL);
for (const word of ROLE_LOCALS) if (word.charCodeAt(0) >= 0x80) throw new Error(`role local part beyond ASCII: ${word}`);
/** Whether a role local part has this length and first character (every role word is ASCII). */
function mayBeRoleWord(length: number, first: number): boolean {
  return first < 0x80 && ROLE_STARTS[length * 0x80 + first] === 1;
}
/** For every placeholder local part (ASCII: they are all lower-case words). */
const PLACEHOLDER_STARTS = lengthAndFirstTable(PLACEHOLDER_LOCALS, MAX_PLACEHOLDER_LOCAL);
for (const word of PLACEHOLDER_LOCALS) if (word.charCodeAt(0) >= 0x80) throw new Error(`placeholder local part beyond ASCII: ${word}`);

/** Domains that only ever hold machine identities (cloud service accounts). */
const MACHINE_DOMAINS = ["gserviceaccount.com", "iam.gserviceaccount.com", "developer.gserviceaccount.com", "appspot.gserviceaccount.com"];
/** What every machine domain ends with: other domains skip the list. */
const MACHINE_SUFFIX = "gserviceaccount.com";

/** True for an address that belongs to a function or a machine, not a person. */
export function isNonPersonalAddress(local: string, domain: string): boolean {
  const l = local.toLowerCase();
  return isNonPersonalLower(l, domain.toLowerCase(), l.indexOf("+"));
}

/** isNonPersonalAddress of a lower-cased local part and domain; `plus`: l.indexOf("+"). */
function isNonPersonalLower(l: string, d: string, plus: number): boolean {
  const end = plus > 0 ? plus : l.length;
  // A role word's length and first letter first (ROLE_STARTS): most personal local parts are turned away without the set's hashing.
  if (end <= MAX_ROLE_LOCAL && mayBeRoleWord(end, l.charCodeAt(0)) && ROLE_LOCALS.has(plus > 0 ? l.slice(0, plus) : l)) return true;
  if (isCompoundRole(l, end) || isTeamMailbox(l, end)) return true;
  return d.endsWith(MACHINE_SUFFIX) && MACHINE_DOMAINS.some((m) => d === m || d.endsWith(`.${m}`));
}

const isRoleSeparator = (c: number) => c === 0x2e || c === 0x2d || c === 0x5f;

/**
 * A local part of role words joined by `-`, `_` or `.` (`it-support`, `sales.team`, `customer_service` … each a role word):
 * a function's mailbox too. The first word decides most (`lena.weber`: `lena` is none), so a personal address costs one
 * lookup at most.
 */
function isCompoundRole(l: string, end: number): boolean {
  // The first word's length and first letter must be a role word's (no copy for most personal addresses: `lena.weber`).
  let first = 0;
  while (first < end && !isRoleSeparator(l.charCodeAt(first))) first++;
  const c0 = l.charCodeAt(0);
  if (first === end || first > MAX_ROLE_LOCAL || c0 >= 0x80 || ROLE_STARTS[first * 0x80 + c0] !== 1) return false;
  let start = 0;
  let words = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && !isRoleSeparator(l.charCodeAt(i))) continue;
    // One word (no separator): the whole local part, asked above.
    if (words === 0 && i === end) return false;
    if (i === start || i - start > MAX_ROLE_LOCAL || !ROLE_LOCALS.has(l.slice(start, i))) return false;
    words++;
    start = i + 1;
  }
  return words >= 2;
}

/**
 * The last word of a team's mailbox (`portal-team`, `web_team`, `noc.desk`, `support-gruppe`), or of a service's sender
 * that takes no replies (`chat-noreply`, `jira_donotreply`: Mattermost's FeedbackEmail and SMTPUsername).
 */
const TEAM_WORDS = new Set(["team", "teams", "crew", "desk", "group", "gruppe", "equipe", "equipo", "noreply", "donotreply"]);
const MIN_TEAM_WORD = 4;
const MAX_TEAM_WORD = 10;
/** For every team word (`isTeamMailbox`'s first look: a surname after the last dot, `schmidt`, is turned away without a copy). */
const TEAM_STARTS = lengthAndFirstTable(TEAM_WORDS, MAX_TEAM_WORD);

/**
 * A local part whose last word, after `-`, `_` or `.`, is a team word (`portal-team@`, `netz.crew@`, `chat-noreply@`): a
 * team's shared mailbox or a service's sender, not a person's. Reads back from the end to the last separator: a personal
 * address (`lena.weber`) costs a few character reads and a look at its last word's length and first letter.
 */
function isTeamMailbox(l: string, end: number): boolean {
  let sep = end - 1;
  while (sep > 0 && !isRoleSeparator(l.charCodeAt(sep))) sep--;
  const n = end - sep - 1;
  if (sep <= 0 || n < MIN_TEAM_WORD || n > MAX_TEAM_WORD) return false;
  const c = l.charCodeAt(sep + 1);
  if (c >= 0x80 || TEAM_STARTS[n * 0x80 + c] !== 1) return false;
  return TEAM_WORDS.has(l.slice(sep + 1, end));
}

/** Generic words that, followed by a number, make a seeded sequence (`user1@`, `customer_0042@`). */
const SEQUENCE_WORDS = new Set([
  "user", "users", "customer", "client", "member", "person", "people", "test", "tester", "testuser", "demo", "sample",
  "account", "contact", "employee", "student", "patient", "guest", "fake", "dummy", "anon", "anonymous", "seed", "example",
  "email", "mail", "utilisateur", "benutzer", "usuario", "cliente", "kunde", "player", "subscriber", "lead", "buyer", "seller",
]);

/**
 * What an ASCII character is to an address, by bits: LOCAL_CHAR `[0-9A-Za-z._%+-]`, DOMAIN_CHAR `[0-9A-Za-z.-]`, UPPER_CHAR
 * `[A-Z]`. One load where a chain of comparisons was (issue 12: its rarely reached comparisons, `%` or `+`, deoptimized
 * nextEmail twice on realistic-20, and each recompile was ~25 ms).
 */
const LOCAL_CHAR = 1;
const DOMAIN_CHAR = 2;
const UPPER_CHAR = 4;
/** `+` and `.`: nextEmail notes where they are in the local part as it reads it. */
const PLUS_CHAR = 8;
const DOT_CHAR = 16;
const ADDRESS_CHARS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const upper = c >= 0x41 && c <= 0x5a;
  ADDRESS_CHARS[c] =
    (alnum || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d ? LOCAL_CHAR : 0) |
    (alnum || c === 0x2e || c === 0x2d ? DOMAIN_CHAR : 0) |
    (upper ? UPPER_CHAR : 0) |
    (c === 0x2b ? PLUS_CHAR : 0) |
    (c === 0x2e ? DOT_CHAR : 0);
}
/** ADDRESS_CHARS' bits of a character (none beyond ASCII). */
const addressChar = (c: number): number => (c < 0x80 ? ADDRESS_CHARS[c]! : 0);

/**
 * Every personal e-mail address in `text`, found from each `@` outwards (bounded by RFC 5321's
 * 64/253 limits, so linear in the text) and validated: dot-atom local part, a domain of LDH labels
 * ending in an alphabetic TLD. Role mailboxes (`support@`, `ops@`) and service accounts are left out.
 */
export function findEmails(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  let from = 0;
  for (;;) {
    const m = nextEmail(text, from);
    if (m === undefined) return out;
    out.push(m);
    from = m.end;
  }
}

/** findEmails(text)[0], without the array (a column named for e-mails asks only for the first). */
export function firstEmail(text: string): PiiMatch | undefined {
  return nextEmail(text, 0);
}

/** The first personal e-mail address around an `@` at or after `from`. */
function nextEmail(text: string, from: number): PiiMatch | undefined {
  for (;;) {
    const at = text.indexOf("@", from);
    if (at < 0) return undefined;
    from = at + 1;
    // Whether a capital letter was read: a part without one is its own lower case (its characters are ASCII), not copied.
    let upper = false;
    // Read on the way, for the local part's validity and its `+tag` (no search of the part again): where its first `+` is, where its
    // last `..` starts, whether the character after the one read is a dot.
    let plusAt = -1;
    let doubleDotAt = -1;
    let dotAfter = false;
    // The character before the local part (-1: none), read with it: what isUriUserinfo and the message-id test ask,
    // without an `s - 1` of their own (issue 12: that operation, first reached by an address that does not start its
    // cell, had no type feedback and deoptimized nextEmail on realistic-20).
    let before = -1;
    let s = at;
    for (; s > 0; s--) {
      const i = s - 1;
      const code = text.charCodeAt(i);
      const bits = addressChar(code);
      if ((bits & LOCAL_CHAR) === 0 || at - s >= MAX_LOCAL) {
        before = code;
        break;
      }
      if ((bits & UPPER_CHAR) !== 0) upper = true;
      if ((bits & PLUS_CHAR) !== 0) plusAt = i;
      const dot = (bits & DOT_CHAR) !== 0;
      if (dot && dotAfter && doubleDotAt < 0) doubleDotAt = i;
      dotAfter = dot;
    }
    while (s < at && (text[s] === "." || text[s] === "-")) {
      s++;
      // A dot or a dash passed over: neither `/`, `:` nor `<`, which is all that is asked of it.
      before = 0x2e;
    }
    const localUpper = upper;
    upper = false;
    let e = at + 1;
    for (; e < text.length && e - at - 1 < MAX_DOMAIN; e++) {
      const bits = addressChar(text.charCodeAt(e));
      if ((bits & DOMAIN_CHAR) === 0) break;
      if ((bits & UPPER_CHAR) !== 0) upper = true;
    }
    while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
    // A valid local part (1 to 64 characters, no `.` at either end, no `..`), from the reading: it does not start with `.`
    // (the dots and dashes there were passed over).
    if (s === at || text.charCodeAt(at - 1) === 0x2e || doubleDotAt >= s) continue;
    const domain = text.slice(at + 1, e);
    if (!validDomain(domain)) continue;
    const local = text.slice(s, at);
    // Lower-cased once for the checks below (each used to lower-case both parts again).
    const l = localUpper ? local.toLowerCase() : local;
    const d = upper ? domain.toLowerCase() : domain;
    // l.indexOf("+"): lower-casing the part's ASCII characters moved none.
    const plus = plusAt >= 0 ? plusAt - s : -1;
    if (isNonPersonalLower(l, d, plus) || isUriUserinfo(text, s, before)) continue;
    // `Message-ID: <…@mail.gmail.com>`: a message's id in a mail's headers, not a mailbox.
    if (before === 0x3c && inMessageIdHeader(text, s - 1)) continue;
    // (The text itself when the address is all of it: slice gives the string back. Called for every address, so that
    // its call has type feedback before the first address inside a text arrives.)
    const value = text.slice(s, e);
    const known = domainFacts(d);
    const reason = known.reason ?? localReason(local, l, plus);
    // The mask's domain part is the domain's own while it is written in lower case (then d is the domain), made once per domain.
    const masked = d === domain ? firstCodePoint(local) + known.maskedDomain : maskEmailLower(local, domain, d);
    return new FoundMatch("email", value, s, e, masked, reason || undefined);
  }
}

/** The mail headers that hold message ids (`<id-left@id-right>`, RFC 5322 section 3.6.4), read at a line's start. */
const MESSAGE_ID_HEADER = /(?:message-id|in-reply-to|references|resent-message-id|content-id|original-message-id|x-message-id)[ \t]*:/iy;
/** RFC 5322's longest line: a bracket further from its line's start is read as no header's. */
const MAX_HEADER_LINE = 998;
const MAX_FOLDED_LINES = 32;

/**
 * Whether the `<` at `bracket` is inside a message-id header (`Message-ID:`, `In-Reply-To:`, `References:` …), on its
 * line or on a folded line after it (a line starting with a space or a tab continues the header above). Reads back at
 * most a header's lines (bounded), so linear in the text whatever it holds.
 */
function inMessageIdHeader(text: string, bracket: number): boolean {
  let end = bracket;
  for (let lines = 0; lines < MAX_FOLDED_LINES; lines++) {
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 0x0a) {
      if (end - start >= MAX_HEADER_LINE) return false;
      start--;
    }
    const c = text.charCodeAt(start);
    if (c !== 0x20 && c !== 0x09) {
      MESSAGE_ID_HEADER.lastIndex = start;
      return MESSAGE_ID_HEADER.test(text);
    }
    if (start === 0) return false;
    end = start - 1;
  }
  return false;
}

/**
 * `postgres://app:secret@db.acme.com` and `ssh://deploy@host`: the part before `@` is URI userinfo
 * (RFC 3986 section 3.2.1), a credential for the secrets rule, not a mailbox. `mailto:` is the exception. `before`: the
 * character before the local part starting at `localStart` (-1: none).
 */
function isUriUserinfo(text: string, localStart: number, before: number): boolean {
  if (before === 0x2f) return true;
  if (before !== 0x3a) return false;
  return !text.slice(Math.max(0, localStart - 7), localStart).toLowerCase().endsWith("mailto:");
}

/**
 * Why an address is a sanitized stand-in (reserved domain, placeholder or numbered local part, hash), or
 * undefined when it looks real. Written plainly: findEmails gives the same reason from its memo of
 * domains and without substrings (a property test holds it to this).
 */
export function syntheticEmailReason(local: string, domain: string): string | undefined {
  const l = local.toLowerCase();
  const byDomain = readDomainReason(domain.toLowerCase());
  if (byDomain !== null) return byDomain;
  const plus = l.indexOf("+");
  const base = plus > 0 ? l.slice(0, plus) : l;
  if (PLACEHOLDER_LOCALS.has(base)) return "placeholder local part";
  if (isMaskedValue(local)) return "masked";
  if (isHashOrToken(base)) return "hash or token";
  const word = stripTrailingNumber(base);
  if (word !== base && SEQUENCE_WORDS.has(word)) return "numbered placeholder";
  if (isPlaceholderCompound(base)) return "placeholder local part";
  return undefined;
}

/** The part of syntheticEmailReason that reads the local part (`l`: lower-cased; `plus`: l.indexOf("+")). */
function localReason(local: string, l: string, plus: number): string | undefined {
  const base = plus > 0 ? l.slice(0, plus) : l;
  if (mayBePlaceholderWord(base.length, base.charCodeAt(0)) && PLACEHOLDER_LOCALS.has(base)) return "placeholder local part";
  if (isMaskedValue(local)) return "masked";
  if (isHashOrToken(base)) return "hash or token";
  if (isNumberedSequenceWord(base)) return "numbered placeholder";
  if (isPlaceholderCompound(base)) return "placeholder local part";
  return undefined;
}

/** SEQUENCE_WORDS by length: a local part is compared with the words of its length once its trailing number is set aside. */
const SEQUENCE_WORDS_BY_LENGTH: string[][] = [];
for (const word of SEQUENCE_WORDS) (SEQUENCE_WORDS_BY_LENGTH[word.length] ??= []).push(word);

/** stripTrailingNumber(base) !== base && SEQUENCE_WORDS.has(stripTrailingNumber(base)), without the substring. */
function isNumberedSequenceWord(base: string): boolean {
  let e = base.length;
  while (e > 0 && base.charCodeAt(e - 1) >= 0x30 && base.charCodeAt(e - 1) <= 0x39) e--;
  if (e === base.length) return false;
  while (e > 0 && (base[e - 1] === "." || base[e - 1] === "_" || base[e - 1] === "-")) e--;
  const words = SEQUENCE_WORDS_BY_LENGTH[e];
  if (words === undefined) return false;
  for (const word of words) if (base.startsWith(word)) return true;
  return false;
}

/** What an address's (lower-case) domain alone decides: its synthetic reason (null: none), and the mask's domain part `***@gm***.com`. */
interface DomainFacts {
  reason: string | null;
  maskedDomain: string;
}
const domainFactsCache = new Map<string, DomainFacts>();
/**
 * The domains domainFacts answered last, by length and first and last character: addresses concentrate on
 * a few providers, and a domain found here is compared in place, where the map hashed every address's new
 * string first (issue 12).
 */
const RECENT_DOMAIN_SLOTS = 64;
const recentDomains: (string | undefined)[] = new Array<string | undefined>(RECENT_DOMAIN_SLOTS).fill(undefined);
const recentFacts: (DomainFacts | undefined)[] = new Array<DomainFacts | undefined>(RECENT_DOMAIN_SLOTS).fill(undefined);
/** readDomainReason(d) and the mask's domain part for a domain written in lower case, memoized (bounded): addresses concentrate on a few domains. */
function domainFacts(d: string): DomainFacts {
  const slot = (d.length * 31 + d.charCodeAt(0) * 7 + d.charCodeAt(d.length - 1)) & (RECENT_DOMAIN_SLOTS - 1);
  if (recentDomains[slot] === d) return recentFacts[slot]!;
  let facts = domainFactsCache.get(d);
  if (facts === undefined) {
    facts = { reason: readDomainReason(d), maskedDomain: maskEmailLower("", d, d) };
    // Kept detached: a domain cut from a cell would pin the cell's whole input chunk.
    if (domainFactsCache.size < 10_000) domainFactsCache.set(detachedString(d), facts);
  }
  recentDomains[slot] = detachedString(d);
  recentFacts[slot] = facts;
  return facts;
}

/** `j***@gm***.com`: first character of the local part and two of the domain, then the public suffix. */
export function maskEmail(local: string, domain: string): string {
  return maskEmailLower(local, domain, domain.toLowerCase());
}

/** maskEmail given also the lower-cased domain `d`. */
function maskEmailLower(local: string, domain: string, d: string): string {
  const parsed = domainInfo(d);
  const suffix = parsed.publicSuffix && parsed.publicSuffix !== d ? parsed.publicSuffix : (domain.split(".").pop() ?? "");
  return `${firstCodePoint(local)}***@${domain.slice(0, 2)}***.${suffix}`;
}

/** The part of syntheticEmailReason that reads only the (lower-case) domain (memoized by domainFacts). */
function readDomainReason(d: string): string | null {
  const labels = d.split(".");
  const tld = labels[labels.length - 1]!;
  const registrable = labels.slice(-2).join(".");
  if (RESERVED_SECOND_LEVEL.has(registrable) || RESERVED_TLDS.has(tld)) return "reserved domain";
  if (DISPOSABLE_DOMAINS.has(registrable)) return "disposable test inbox";
  const parsed = domainInfo(d);
  if (!parsed.isIcann && !parsed.isPrivate) return "domain without a public suffix";
  if (parsed.isIp) return "IP-literal domain";
  return null;
}

interface DomainInfo {
  isIcann: boolean | null;
  isPrivate: boolean | null;
  isIp: boolean | null;
  publicSuffix: string | null;
}
const domainCache = new Map<string, DomainInfo>();
/** tldts' reading of a lower-case domain, memoized (bounded): addresses concentrate on a few providers. */
function domainInfo(domain: string): DomainInfo {
  const cached = domainCache.get(domain);
  if (cached) return cached;
  const { isIcann, isPrivate, isIp, publicSuffix } = tldts().parse(domain);
  const info = { isIcann, isPrivate, isIp, publicSuffix };
  if (domainCache.size < 10_000) domainCache.set(detachedString(domain), info);
  return info;
}

/** At least two dot-separated labels of 1-63 characters not starting or ending with `-`, and an alphabetic TLD of 2+; one pass, no split. */
export function validDomain(domain: string): boolean {
  if (domain.length < 4 || domain.length > MAX_DOMAIN) return false;
  let labels = 0;
  let start = 0;
  for (let i = 0; i <= domain.length; i++) {
    if (i < domain.length && domain.charCodeAt(i) !== 0x2e) continue;
    const length = i - start;
    if (length === 0 || length > 63 || domain.charCodeAt(start) === 0x2d || domain.charCodeAt(i - 1) === 0x2d) return false;
    labels++;
    if (i === domain.length) {
      if (labels < 2 || length < 2) return false;
      for (let k = start; k < i; k++) {
        const c = domain.charCodeAt(k) | 0x20;
        if (!(c >= 0x61 && c <= 0x7a)) return false;
      }
    }
    start = i + 1;
  }
  return true;
}

/** `customer_0042` -> `customer`; the value itself when it does not end in digits. */
export function stripTrailingNumber(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 0x30 && s.charCodeAt(e - 1) <= 0x39) e--;
  if (e === s.length) return s;
  while (e > 0 && (s[e - 1] === "." || s[e - 1] === "_" || s[e - 1] === "-")) e--;
  return s.slice(0, e);
}
