// Rows and DDL for the bench dumps that scripts/make-bench-dump.sh loads into a throwaway
// PostgreSQL cluster and pg_dumps (the bench measures real pg_dump output, never this text itself).
//
//   node --import tsx scripts/bench-data.ts tables                 CREATE TABLE statements of the data-heavy database
//   node --import tsx scripts/bench-data.ts rows TABLE BYTES SEED  COPY text rows for TABLE, about BYTES long, on stdout
//   node --import tsx scripts/bench-data.ts schema TABLES          a schema-heavy database: TABLES tables with
//                                                                  constraints, indexes, functions, views, grants, comments
//
// The data is what hand-off dumps carry: names, e-mails, phones in international and local formats,
// postal addresses, birth dates, free-text notes (some mentioning a phone or an e-mail), JSON settings
// (jsonb, and JSON kept in a text column), URLs, client IPs, API tokens and password hashes; most values
// unique, plus low-cardinality columns (status, country, plan, currency). Deterministic for a seed.

/** xorshift32: the same rows for the same seed on every machine. */
function prng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const FIRST = ["Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Mia", "Lucas", "Chloé", "Jürgen", "Søren", "Zoë", "Mateo", "Aisha", "Yuki", "Priya", "Mohammed", "Ingrid", "Pierre", "Giulia", "Kwame", "Fatima", "Hiroshi", "Anna", "José", "Małgorzata", "Oscar", "Leila", "Dmitri", "Nora", "Rafael", "Elif", "Tomás", "Sakura", "Hannah", "Ravi", "Camille", "Björn"];
const LAST = ["Smith", "Johnson", "Williams", "Brown", "García", "Müller", "Schmidt", "Dubois", "Rossi", "Kowalski", "Nakamura", "Okafor", "Andersen", "Fernández", "O'Brien", "Novak", "Silva", "Haddad", "Kim", "Nguyen", "Petrov", "Jansen", "Lindqvist", "Moreau", "Bianchi", "Yilmaz", "Cohen", "Murphy", "Santos", "Weber", "Fischer", "Martin", "Bernard", "Lopez", "Patel", "Singh", "Tanaka", "Costa", "Horvat", "Dvořák"];
const STREETS = ["Main Street", "High Street", "Baker Street", "Rue de Rivoli", "Hauptstraße", "Via Roma", "Calle Mayor", "Oak Avenue", "Maple Drive", "Station Road", "Kungsgatan", "Church Lane", "Elm Street", "Park Avenue", "Mill Road", "Queen Street", "Bahnhofstraße", "Avenue des Champs-Élysées", "Market Street", "Cedar Court"];
const CITIES: [string, string, string][] = [
  ["London", "GB", "SW1A 2AA"],
  ["Berlin", "DE", "10115"],
  ["Paris", "FR", "75008"],
  ["San Francisco", "US", "94103"],
  ["New York", "US", "10001"],
  ["Madrid", "ES", "28013"],
  ["Rome", "IT", "00184"],
  ["Stockholm", "SE", "111 52"],
  ["Toronto", "CA", "M5V 2T6"],
  ["Amsterdam", "NL", "1012 AB"],
  ["Warsaw", "PL", "00-001"],
  ["Dublin", "IE", "D02 X285"],
];
const DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "icloud.com", "proton.me", "hotmail.com", "gmx.net", "libero.it"];
const STATUS = ["active", "active", "active", "active", "suspended", "closed", "pending"];
const PLANS = ["free", "free", "free", "starter", "pro", "enterprise"];
const CURRENCIES = ["EUR", "USD", "GBP", "SEK", "PLN"];
const ACTIONS = ["login", "logout", "password_change", "profile_update", "order_placed", "order_refunded", "export_requested", "mfa_enabled"];
const AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", "okhttp/4.12.0"];
const WORDS = "the customer asked about delivery times and wanted a refund for the damaged parcel called back on monday said the invoice address is wrong please update before next order prefers email contact VIP since 2019 do not call after 6pm sent replacement item escalated to billing team".split(" ");
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

/** Real-looking numbers per country: international and the local format people type. */
function phone(r: () => number, country: string): string {
  const d = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
    return s;
  };
  const international = r() < 0.5;
  switch (country) {
    case "US":
    case "CA": {
      const area = ["415", "212", "646", "312", "617", "416", "604", "206"][Math.floor(r() * 8)]!;
      const exchange = `${2 + Math.floor(r() * 8)}${d(2)}`;
      return international ? `+1 ${area}-${exchange}-${d(4)}` : `(${area}) ${exchange}-${d(4)}`;
    }
    case "GB":
      return international ? `+44 20 7${d(3)} ${d(4)}` : `07${700 + Math.floor(r() * 200)} ${d(6)}`;
    case "DE":
      return international ? `+49 30 ${d(8)}` : `0151 ${d(8)}`;
    case "FR":
      return international ? `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}` : `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case "SE":
      return international ? `+46 70 ${d(3)} ${d(2)} ${d(2)}` : `070-${d(3)} ${d(2)} ${d(2)}`;
    default:
      return `+${["34", "39", "31", "48", "353"][Math.floor(r() * 5)]} ${6 + Math.floor(r() * 3)}${d(8)}`;
  }
}

/** COPY text escaping (docs: COPY, "Text Format"). */
function copyText(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

export const TABLES_SQL = `
CREATE TABLE public.customers (
    id bigint PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL,
    phone text,
    mobile text,
    street_address text,
    city text,
    postal_code text,
    country character(2) NOT NULL,
    birth_date date,
    status text NOT NULL,
    plan text NOT NULL,
    notes text,
    settings jsonb,
    preferences text,
    website text,
    last_login_ip inet,
    api_token text,
    password_hash text,
    created_at timestamp with time zone NOT NULL
);
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount numeric(12,2) NOT NULL,
    currency character(3) NOT NULL,
    shipping_address text,
    contact_phone text,
    client_ip inet,
    user_agent text,
    tracking_url text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL
);
CREATE TABLE public.audit_log (
    id bigint PRIMARY KEY,
    actor_email text,
    action text NOT NULL,
    ip_address inet,
    payload jsonb,
    checksum character(64),
    created_at timestamp with time zone NOT NULL
);
`;

/** Share of the data bytes each table gets: one table carries most of the work, as in real dumps. */
/** Added after the rows are loaded (checking it row by row would slow the load down). */
export const AFTER_LOAD_SQL = "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id);\nCREATE INDEX customers_email_idx ON public.customers (email);\n";

export const TABLE_SHARE: Record<string, number> = { customers: 0.65, orders: 0.23, audit_log: 0.12 };

export function* rows(table: string, bytes: number, seed: number): Generator<string> {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const chars = (alphabet: string, n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
    return s;
  };
  const ip = () => (r() < 0.85 ? `${11 + Math.floor(r() * 180)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${1 + Math.floor(r() * 254)}` : `2a02:${chars(HEX, 4)}:${chars(HEX, 4)}::${chars(HEX, 3)}`);
  const timestamp = (id: number) => new Date(Date.UTC(2019, 0, 1) + id * 37_000 + Math.floor(r() * 30_000)).toISOString().replace("T", " ").replace(/\.\d+Z$/, "+00");
  const person = (id: number) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const [city, country, postal] = pick(CITIES);
    const local = `${first}.${last}`.normalize("NFD").replace(/[^A-Za-z.]/g, "").toLowerCase();
    return { first, last, city, country, postal, email: `${local}${id % 1000}@${pick(DOMAINS)}` };
  };
  const address = (city: string, postal: string) => `${1 + Math.floor(r() * 240)} ${pick(STREETS)}, ${postal} ${city}`;
  const note = (p: ReturnType<typeof person>) => {
    if (r() < 0.3) return "\\N";
    const n = 6 + Math.floor(r() * 18);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    const roll = r();
    if (roll < 0.08) words.push(`call ${phone(r, p.country)}`);
    else if (roll < 0.12) words.push(`cc ${p.email}`);
    else if (roll < 0.15) words.push("\nsecond line:\tsee ticket");
    return copyText(words.join(" "));
  };
  let written = 0;
  for (let id = 1; written < bytes; id++) {
    let line: string;
    if (table === "customers") {
      const p = person(id);
      const birth = `${1940 + Math.floor(r() * 65)}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
      const settings = `{"lang": "${pick(["en", "de", "fr", "sv", "es"])}", "theme": "${pick(["dark", "light"])}", "newsletter": ${r() < 0.4}, "notify": {"sms": ${r() < 0.2}, "email": true}, "last_device": "${chars(HEX, 12)}"}`;
      const prefs = r() < 0.5 ? copyText(JSON.stringify({ contact: r() < 0.5 ? "email" : "phone", recovery_email: p.email, timezone: "Europe/Berlin", tags: [pick(PLANS), pick(STATUS)] })) : "\\N";
      const website = r() < 0.25 ? `https://www.${p.last.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase()}-${id}.example.org/about?ref=${chars(BASE62, 6)}` : "\\N";
      const token = r() < 0.6 ? `sk_live_${chars(BASE62, 32)}` : chars(HEX, 40);
      const hash = `$2b$12$${chars(BCRYPT, 53)}`;
      line = [id, copyText(`${p.first} ${p.last}`), p.email, phone(r, p.country), r() < 0.6 ? phone(r, p.country) : "\\N", copyText(address(p.city, p.postal)), p.city, p.postal, p.country, birth, pick(STATUS), pick(PLANS), note(p), settings, prefs, website, ip(), token, hash, timestamp(id)].join("\t");
    } else if (table === "orders") {
      const p = person(id);
      const metadata = `{"source": "${pick(["web", "ios", "android", "pos"])}", "coupon": ${r() < 0.1 ? `"${chars(BASE62, 8)}"` : "null"}, "items": ${1 + Math.floor(r() * 5)}, "gift_message": ${r() < 0.05 ? `"for ${p.first}"` : "null"}}`;
      line = [id, 1 + Math.floor(r() * 1000), (r() * 900 + 5).toFixed(2), pick(CURRENCIES), copyText(`${p.first} ${p.last}, ${address(p.city, p.postal)}`), r() < 0.7 ? phone(r, p.country) : "\\N", ip(), pick(AGENTS), `https://track.parcelservice.example/t/${chars(BASE62, 16)}`, metadata, timestamp(id)].join("\t");
    } else if (table === "audit_log") {
      const p = person(id);
      const action = pick(ACTIONS);
      const payload = `{"action": "${action}", "session": "${chars(HEX, 32)}", "ok": ${r() < 0.95}, "ms": ${Math.floor(r() * 900)}}`;
      line = [id, r() < 0.9 ? p.email : "\\N", action, ip(), payload, chars(HEX, 64), timestamp(id)].join("\t");
    } else throw new Error(`unknown table ${table}`);
    written += Buffer.byteLength(line) + 1;
    yield `${line}\n`;
  }
}

/** A schema-only database in the shape of a large application: tables with constraints, indexes,
 * foreign keys, defaults, sequences, functions, triggers, views, comments and grants. */
export function schemaSql(tableCount: number): string {
  const out: string[] = ["CREATE ROLE app_reader NOLOGIN;", "CREATE ROLE app_writer NOLOGIN;", "CREATE SCHEMA app;"];
  const perSchema = Math.ceil(tableCount / 4);
  for (let s = 0; s < 4; s++) out.push(`CREATE SCHEMA IF NOT EXISTS mod${s};`);
  for (let t = 0; t < tableCount; t++) {
    const schema = `mod${Math.floor(t / perSchema)}`;
    const name = `${schema}.entity_${t}`;
    const ref = t > 0 ? `,\n    parent_id bigint REFERENCES mod${Math.floor((t - 1) / perSchema)}.entity_${t - 1}(id) ON DELETE CASCADE` : "";
    out.push(`CREATE TABLE ${name} (
    id bigserial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    title varchar(200) NOT NULL DEFAULT '',
    amount numeric(12,2) CHECK (amount >= 0),
    state smallint NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 9),
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz${ref}
);`);
    out.push(`CREATE INDEX entity_${t}_created_idx ON ${name} (created_at DESC);`);
    out.push(`CREATE INDEX entity_${t}_state_idx ON ${name} (state) WHERE state > 0;`);
    out.push(`COMMENT ON TABLE ${name} IS 'Entity ${t}: records of module ${schema}';`);
    out.push(`COMMENT ON COLUMN ${name}.code IS 'Business key, unique per entity';`);
    out.push(`GRANT SELECT ON ${name} TO app_reader;`);
    out.push(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO app_writer;`);
    if (t % 4 === 0) {
      out.push(`CREATE FUNCTION ${schema}.touch_${t}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$fn$;`);
      out.push(`CREATE TRIGGER entity_${t}_touch BEFORE UPDATE ON ${name} FOR EACH ROW EXECUTE FUNCTION ${schema}.touch_${t}();`);
      out.push(`CREATE VIEW ${schema}.entity_${t}_open AS SELECT id, code, title FROM ${name} WHERE state = 0;`);
      out.push(`GRANT SELECT ON ${schema}.entity_${t}_open TO app_reader;`);
    }
  }
  return out.join("\n") + "\n";
}

const [, , command, ...args] = process.argv;
if (command === "tables") process.stdout.write(TABLES_SQL);
else if (command === "after-load") process.stdout.write(AFTER_LOAD_SQL);
else if (command === "share") process.stdout.write(String(TABLE_SHARE[args[0]!] ?? 0));
else if (command === "schema") process.stdout.write(schemaSql(Number(args[0] ?? 2000)));
else if (command === "rows") {
  const [table, bytes, seed] = args;
  let buffer = "";
  for (const line of rows(table!, Number(bytes), Number(seed ?? 1))) {
    buffer += line;
    if (buffer.length > 1 << 20) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once("drain", resolve));
      buffer = "";
    }
  }
  process.stdout.write(buffer);
}
