import { detachedString } from "../../core/detached-string.js";
import { identifierWords } from "../../data/identifier-words.js";

/**
 * What a column, JSON key or option name says about its values:
 * - "host": the value is a host name (a single word is a host on the search domain);
 * - "url": the value is a URL or endpoint (a bare dotted name in it is a host, a single word is not);
 * - undefined: nothing; only URIs and libpq strings inside the value count.
 */
export type HostNameRole = "host" | "url";

const hostWords: ReadonlySet<string> = new Set(["host", "hosts", "hostname", "hostaddr", "server", "servers", "servername", "dbserver", "fqdn", "ip", "brokers"]);

/** Option names of foreign-data wrappers that hold a host (mongo_fdw `address`, kafka_fdw `brokers`);
 * as column names they more often hold street addresses, so they count for options only. */
const optionHostWords: ReadonlySet<string> = new Set(["address", "addr", "svr"]);
const urlWords: ReadonlySet<string> = new Set(["url", "uri", "endpoint", "webhook", "callback", "domain", "origin", "redirect", "dsn", "href", "hook",
  // Their plurals: lists of them (`urls`, `spring.elasticsearch.uris`, `allowed-origins`, `webhook_urls`).
  "urls", "uris", "endpoints", "webhooks", "callbacks", "domains", "origins", "redirects", "hrefs", "hooks"]);

/**
 * Services whose `addr`/`address` is a host (`VAULT_ADDR`, `REDIS_ADDR`, Rails' `smtp_address`, `listen_address`,
 * a LoRa gateway's `lns_address`): alone, `address` is more often a street's or an e-mail's and gives no role.
 */
const addressServiceWords: ReadonlySet<string> = new Set([
  "smtp", "imap", "pop", "pop3", "redis", "vault", "consul", "kafka", "mqtt", "amqp", "rabbitmq", "rabbit", "nats", "etcd", "zookeeper", "memcached",
  "memcache", "elasticsearch", "opensearch", "ldap", "dns", "ntp", "syslog", "proxy", "listen", "bind", "grpc", "api", "broker", "lns", "cups",
  "sentinel", "upstream", "backend", "db", "database", "postgres", "pg", "mysql", "mongo", "mongodb", "statsd", "otel", "otlp", "jaeger",
  "collector", "registry", "relay", "gateway", "node", "peer", "rpc", "http", "https",
  // A git remote's address (Gitea's `mirror.remote_address`); a request's `remote_address` in a log or a user's row is a
  // visitor's (column-roles' address role: personal data, not judged here).
  "remote",
]);
const addressWords: ReadonlySet<string> = new Set(["addr", "address", "addrs", "addresses"]);

/**
 * Every name `hostRoleOfName` gives a role contains one of these (ASCII case-insensitively, as
 * written): its host and URL words and the endings of its compounds. For cheap pre-checks.
 */
export const HOST_NAME_HINTS: readonly string[] = [...new Set([...hostWords, ...urlWords, "host", "hostname", "url", "uri", "endpoint", "addr"])];

/** Word pairs that look like host words but are not (`server_version`, `ip_count`). */
const notHostTail: ReadonlySet<string> = new Set(["version", "count", "id", "type", "name", "status", "key", "port", "time", "at", "date", "side"]);

/**
 * Words that say the value was made from a host or address, not the host itself: `ip_hash` ("5e16310942cec761" in a
 * privacy-minded audit log), `hashed_ip`, `host_fingerprint`, `server_salt`, `client_ip_sha256` (words as identifierWords splits them: `sha`, `256`). A hex digest read as a single-label host
 * name was reported as pointing at an internal host, in every row of a clean dump.
 */
const derivedValueWords: ReadonlySet<string> = new Set(["hash", "hashed", "digest", "checksum", "fingerprint", "hmac", "sha", "salt", "salted"]);

/**
 * Words that make a list of domains a rule about users' addresses or a permission, not a pointer: Mattermost's
 * `TeamSettings.RestrictCreationToDomains`, `allowed_email_domains`, `email_domain_blocklist` hold the domains sign-ups'
 * e-mail addresses may end in; nothing connects to them. A `cookie_domain` or `site_domain` keeps its role.
 */
const domainRuleWords: ReadonlySet<string> = new Set([
  "restrict", "restricted", "restriction", "restrictions", "allow", "allowed", "allowlist", "whitelist", "whitelisted", "permitted",
  "block", "blocked", "blocklist", "blacklist", "blacklisted", "deny", "denied", "denylist", "banned", "email", "emails", "mail",
  "signup", "registration",
]);
/** A header's name (`TrustedProxyIPHeader` = `X-Forwarded-For`) is no host; a host header (`origin_host_header`) holds one. */
const headerWords: ReadonlySet<string> = new Set(["header", "headers"]);

const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, HostNameRole | null>();

/** The role a column, key or option name gives its values. Remembered: called once per cell. */
export function hostRoleOfName(name: string): HostNameRole | undefined {
  const known = remembered.get(name);
  if (known !== undefined) return known ?? undefined;
  const role = roleOfName(name);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  // Kept detached: a name cut from its text (a key/value table's key cell, a JSON key) would pin that whole line.
  remembered.set(detachedString(name), role ?? null);
  return role;
}

function roleOfName(name: string): HostNameRole | undefined {
  const words = identifierWords(name);
  const last = words[words.length - 1];
  // `server_version`, `host_id`: the last word says what the value is.
  if (last !== undefined && notHostTail.has(last) && !(last === "name" && words.some((w) => w === "host" || w === "server"))) return undefined;
  if (words.some((w) => derivedValueWords.has(w))) return undefined;
  if (last !== undefined && headerWords.has(last) && !words.some((w) => w.endsWith("host") || w.endsWith("hostname"))) return undefined;
  if (words.some((w) => hostWords.has(w))) return "host";
  if (words.some((w) => urlWords.has(w))) {
    // A domain list that is a rule about addresses (the only URL word is `domain`/`domains`).
    if (words.some((w) => domainRuleWords.has(w)) && words.every((w) => !urlWords.has(w) || w === "domain" || w === "domains")) return undefined;
    return "url";
  }
  if (words.some((w) => addressWords.has(w)) && words.some((w) => addressServiceWords.has(w))) return "host";
  // Compounds written as one word: `webhookurl`, `callbackuri`, `dbhost`; their plurals after a word of three letters or more
  // (Mattermost's `callbackurls`, unquoted names run together), not a word that merely ends so (`curls`).
  for (const w of words) {
    if (w.endsWith("host") || w.endsWith("hostname")) return "host";
    if (w.endsWith("url") || w.endsWith("uri") || w.endsWith("endpoint")) return "url";
    if (pluralCompound(w, "urls") || pluralCompound(w, "uris") || pluralCompound(w, "endpoints")) return "url";
  }
  return undefined;
}

/** Shortest word before a plural URL word in a compound (`callback` + `urls`). */
const MIN_COMPOUND_HEAD = 3;
const pluralCompound = (w: string, tail: string) => w.length >= tail.length + MIN_COMPOUND_HEAD && w.endsWith(tail);

/** The role an FDW server, user mapping or foreign table option name gives its value. */
export function hostRoleOfOption(name: string): HostNameRole | undefined {
  const role = hostRoleOfName(name);
  if (role) return role;
  return identifierWords(name).some((w) => optionHostWords.has(w)) ? "host" : undefined;
}
