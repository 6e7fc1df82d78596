import { FoundMatch, type PiiMatch } from "../pii-match.js";
import { firstCodePoint, isHashOrToken, isLetterAt, isMaskedValue, isPlaceholderValue } from "../synthetic-markers.js";
import { NOT_A_VALUE } from "./personal-value.js";
import { startsWithFirstName } from "../first-names.js";

/**
 * Stand-in names of the kind documentation and seed scripts use in the dictionary's languages
 * (John/Jane Doe, Max/Erika Mustermann, Jean Dupont, Juan Pérez, Fulano de Tal ...), compared lower-cased.
 */
const PLACEHOLDER_NAMES = new Set([
  // Pairs only for real first names and surnames (a lone "Jean" or "Dupont" is a real person's name too).
  "john doe", "jane doe", "doe", "j. doe", "richard roe", "max mustermann", "erika mustermann", "mustermann", "jean dupont",
  "jeanne dupont", "juan perez", "juan pérez", "fulano", "fulano de tal", "mengano", "zutano", "john smith", "jane smith",
  "test", "test user", "tester", "testuser", "user", "customer", "client", "first", "last", "firstname", "lastname",
  "first name", "last name", "name", "nom", "prenom", "prénom", "vorname", "nachname", "nombre", "apellido", "foo", "bar",
  "foo bar", "lorem", "ipsum", "lorem ipsum", "anonymous", "anonyme", "anonym", "anónimo", "anonimo", "unknown", "redacted",
  "deleted", "removed", "nobody", "somebody", "someone", "demo", "sample", "example", "dummy", "fake", "x", "n/a",
  // Role accounts, not people.
  "administrator", "admin", "root", "system", "support", "operator", "service", "bot", "guest", "agent", "staff", "team", "helpdesk", "webmaster", "postmaster", "no reply", "noreply",
]);

/**
 * Words no real person's name holds but seed and QA accounts put beside a real first name ("Alice Example",
 * "Carol Tester", "QA Hank", "Demo Customer", "Deleted User"), compared lower-cased word by word. Not `sample` or
 * `doe`, which real people are called ("Tim Sample" stays a name).
 */
const STAND_IN_WORDS = new Set([
  "example", "test", "tester", "testing", "testuser", "demo", "dummy", "fake", "placeholder", "qa", "anonymous",
  "anonymized", "anonymised", "redacted", "deleted", "lorem", "ipsum", "foo", "mustermann", "musterfrau", "seed",
]);

/**
 * Words that make a multi-word name an organisation's, not a person's: legal forms and kinds of business
 * (`Kaffeehaus Shop` as a newsletter's sender name, `Acme GmbH` as an account holder, `Hotel Lindenhof`,
 * `Müller & Söhne KG`), compared lower-cased word by word. A sole trader's firm named after its owner
 * (`Anna Berg GmbH`) is the firm's name too.
 */
const ORGANISATION_WORDS = new Set([
  "gmbh", "mbh", "ag", "kg", "ohg", "ug", "gbr", "e.v.", "ltd", "ltd.", "llc", "inc", "inc.", "plc", "corp", "corp.", "sarl", "sas",
  "sl", "s.l.", "s.a.", "srl", "s.r.l.", "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.", "shop", "store", "team", "support", "service", "services", "newsletter", "group", "hotel",
  "restaurant", "cafe", "café", "bakery", "bäckerei", "verlag", "agentur", "agency", "kundenservice", "redaktion", "editorial",
]);
/** What each listed word makes a name: 1 a stand-in, 2 an organisation's. */
const NAME_WORD_KINDS = new Map<string, 1 | 2>([...[...ORGANISATION_WORDS].map((w) => [w, 2] as const), ...[...STAND_IN_WORDS].map((w) => [w, 1] as const)]);

/** 1 when one word of a multi-word name is a stand-in word (`Alice Example`, `QA Hank`), else 2 when one is an organisation's word (`Kaffeehaus Shop`), else 0. */
function nameWordKind(name: string): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0;
  let from = 0;
  while (from < name.length) {
    let to = name.indexOf(" ", from);
    if (to < 0) to = name.length;
    const k = to > from ? NAME_WORD_KINDS.get(name.slice(from, to).toLowerCase()) : undefined;
    if (k === 1) return 1;
    if (k === 2) kind = 2;
    from = to + 1;
  }
  return kind;
}

/**
 * A person-name value in a column named for names (issue point 2: names only with column-name
 * evidence): 1 to 6 words of letters (of any script: `山田 太郎`, `محمد علي`) with `'`, `-`, `.` inside, at least two letters, no digits.
 * A value with digits (`User 17`), a hash or token, a mask or a known stand-in name is synthetic.
 */
export function personNameInCell(cell: string): PiiMatch | undefined {
  const trimmed = cell.trim();
  if (trimmed.length < 2 || trimmed.length > 100) return undefined;
  // `true` / `false` name no one: a privacy or notification toggle (`{"first_name": true}` in a settings document, a
  // boolean kept as text in a `full_name` column) is not a person's name, as personal-value already says of them.
  if (trimmed.length <= 5 && NOT_A_VALUE.has(trimmed.toLowerCase())) return undefined;
  const masked = `${firstCodePoint(trimmed)}***`;
  const start = cell.indexOf(trimmed);
  const end = start + trimmed.length;
  if (isPlaceholderValue(trimmed) || PLACEHOLDER_NAMES.has(trimmed.toLowerCase())) return new FoundMatch("person-name", trimmed, start, end, masked, "placeholder name");
  if (isMaskedValue(trimmed)) return new FoundMatch("person-name", trimmed, start, end, "***", "masked");
  if (isHashOrToken(trimmed)) return new FoundMatch("person-name", trimmed, start, end, "***", "hash or token");
  let letters = 0;
  let digits = 0;
  let words = 1;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    const c = trimmed.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (ch === " ") {
      if (trimmed[i - 1] !== " ") words++;
    } else if (isLetterAt(trimmed, i)) letters++;
    // `・` and `·` join the parts of a name written in katakana (`ジョン・スミス`) or Catalan (`Gil·la`).
    else if (ch !== "'" && ch !== "’" && ch !== "-" && ch !== "." && ch !== "," && ch !== "・" && ch !== "·") return undefined;
  }
  if (letters < 2 || words > 6) return undefined;
  if (words > 1) {
    const kind = nameWordKind(trimmed);
    if (kind === 1) return new FoundMatch("person-name", trimmed, start, end, masked, "placeholder name");
    // An organisation's name is no person's: not a match (as a role mailbox is not an e-mail address of a person).
    if (kind === 2) return undefined;
  }
  return new FoundMatch("person-name", trimmed, start, end, masked, digits > 0 ? "numbered placeholder" : undefined);
}

/**
 * Closing formulas a message is signed after, lower-cased without trailing punctuation (a line ending in `,` closes
 * too: `Thanks for your help,`). English, German, French and Spanish, as the column dictionary.
 */
const CLOSINGS = new Set([
  "regards", "best regards", "kind regards", "warm regards", "best", "best wishes", "thanks", "thank you", "many thanks", "cheers",
  "sincerely", "yours sincerely", "yours faithfully", "yours truly", "mit freundlichen grüßen", "mit freundlichen grüssen",
  "freundliche grüße", "freundliche grüsse", "viele grüße", "viele grüsse", "beste grüße", "liebe grüße", "herzliche grüße", "gruß",
  "grüße", "mfg", "lg", "vg", "danke", "vielen dank", "cordialement", "bien cordialement", "salutations", "bien à vous",
  "merci", "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias",
]);
const MAX_CLOSING_LINE = 60;
const MAX_SIGNATURE_LINE = 60;

/**
 * People's names signing a message in free text (a ticket's, a note's, an e-mail body's): the first non-empty line
 * after a closing line (`Mit freundlichen Grüßen`, `Best regards,`, any short line ending in `,`) that is a name and
 * nothing else: two to four words, the first and the last capitalized, the first a common first name, no word of an
 * organisation (`Kaffeehaus Team`) and no template (`{{agent.name}}`). A first name alone (`Thanks,\nAnna`) is left: it
 * identifies no one. Linear: each line is read once. Only a text with a line feed can hold one.
 */
export function findSignatureNames(text: string): PiiMatch[] {
  // An HTML message (`…Mit freundlichen Grüßen<br>Anna Schmidt</p>`) is read as the lines it shows: same offsets.
  if (text.indexOf("<") >= 0) text = htmlAsLines(text);
  let out: PiiMatch[] | undefined;
  let closing = false;
  let from = 0;
  const n = text.length;
  while (from < n) {
    let nl = text.indexOf("\n", from);
    if (nl < 0) nl = n;
    let s = from;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    from = nl + 1;
    // A blank line between the closing and the name keeps the closing open.
    if (s === e) continue;
    if (closing && e - s <= MAX_SIGNATURE_LINE) {
      const m = signatureName(text.slice(s, e), s);
      if (m) (out ??= []).push(m);
    }
    closing = e - s <= MAX_CLOSING_LINE && isClosingLine(text, s, e);
  }
  return out ?? [];
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;

/** An HTML tag (bounded: linear); the ones that end a shown line (`<br>`, `<p>`, `</p>`, `<div>`, `</div>`, `<li>`, `</tr>`). */
const HTML_TAG = /<[^<>]{0,200}>/g;
const LINE_TAG = /^<\/?(?:br|p|div|li|tr|h[1-6])\b/i;

/** The text with each HTML tag blanked, as a line feed where the tag ends a shown line: every other character keeps its offset. */
function htmlAsLines(text: string): string {
  return text.replace(HTML_TAG, (tag) => (LINE_TAG.test(tag) ? "\n" : " ") + " ".repeat(tag.length - 1));
}

/** Whether a text without a line feed is HTML whose shown lines could hold a signature (`<br>`, `</p>`, `</div>`). */
export function hasHtmlLineBreak(text: string): boolean {
  return text.indexOf("<") >= 0 && HTML_LINE_BREAK.test(text);
}
const HTML_LINE_BREAK = /<br\b|<\/(?:p|div)>/i;

function isClosingLine(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e - 1) === 0x2c) return true;
  while (e > s && (text.charCodeAt(e - 1) === 0x21 || text.charCodeAt(e - 1) === 0x2e)) e--;
  return CLOSINGS.has(text.slice(s, e).toLowerCase());
}

/** A signature line that is a person's name (see findSignatureNames), as personNameInCell reads it, at `offset` in its text. */
function signatureName(line: string, offset: number): PiiMatch | undefined {
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x20 && line.charCodeAt(i - 1) !== 0x20) words++;
  if (words < 2 || words > 4) return undefined;
  const first = line[0]!;
  const lastWord = line.slice(line.lastIndexOf(" ") + 1);
  if (first === first.toLowerCase() || lastWord[0] === undefined || lastWord[0] === lastWord[0].toLowerCase()) return undefined;
  if (!startsWithFirstName(line)) return undefined;
  const m = personNameInCell(line);
  if (!m) return undefined;
  return new FoundMatch("person-name", m.value, offset + m.start, offset + m.end, m.masked, m.syntheticReason);
}
