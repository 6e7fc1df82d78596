import { identifierWords } from "../../data/identifier-words.js";
import { columnListCache } from "../judgement/column-list-cache.js";

/**
 * Columns whose hosts name a public identity or a refused host, not a system the application talks to (reported at the
 * prose severity, as web links in running text are):
 * - An ActivityPub actor table, a row per fediverse account with its inbox and its outbox (Mastodon's `accounts`): the
 *   account's id (`uri`), profile page (`url`), collections (`outbox_url`, `followers_url`, `featured_collection_url`),
 *   remote media (`avatar_remote_url`) and `domain` say who the account is and where it lives, as an e-mail address does.
 *   Its inboxes (`inbox_url`, `shared_inbox_url`) are where the server delivers activities: they stay pointers.
 * - A block list (`domain_blocks`, `blocked_domains`, `email_domain_blocks`, `ip_bans`): the hosts the application refuses.
 *   Not a CMS's `content_blocks` nor a chain's `blocks`: a block word counts only beside a word for what is blocked.
 */
export function identityColumns(schema: string, table: string, columns: readonly string[]): ReadonlySet<number> | undefined {
  return identityColumnsOf(schema, table, columns, NO_TYPES)?.columns;
}

/** What the hosts of a column `identityColumns` names are, for the finding's words: an account's identity or a refused host. */
export type IdentityKind = "account" | "block-list";

/** The kind of `column` when `identityColumns` names it (asked once per reported column, not per cell). */
export function identityKind(schema: string, table: string, columns: readonly string[], column: string): IdentityKind | undefined {
  const found = identityColumnsOf(schema, table, columns, NO_TYPES);
  const index = columns.indexOf(column);
  return found !== undefined && index !== -1 && found.columns.has(index) ? found.kind : undefined;
}

const NO_TYPES: readonly (string | undefined)[] = [];
const INBOX_COLUMNS = new Set(["inboxurl", "inbox", "sharedinboxurl", "sharedinbox"]);
const OUTBOX_COLUMNS = new Set(["outboxurl", "outbox"]);
/** A table named as a list of refused hosts: one of these words, or a block word beside a host word (`domain_blocks`, `ip_bans`). */
const BLOCK_LIST_WORDS = new Set(["blocked", "blocklist", "blocklists", "blacklist", "blacklists", "denylist", "denylists", "banned"]);
const BLOCK_WORDS = new Set(["block", "blocks", "ban", "bans"]);
/** Without one of these, `blocks` is a CMS's content blocks or a chain's blocks (`content_blocks.link_url` stays a pointer). */
const BLOCKED_THING_WORDS = new Set(["domain", "domains", "host", "hosts", "hostname", "hostnames", "ip", "ips", "email", "instance", "instances", "server", "servers", "url", "urls", "site", "sites"]);

const identityColumnsOf = columnListCache((_schema, table, columns): { kind: IdentityKind; columns: ReadonlySet<number> } | undefined => {
  const compact = columns.map((c) => identifierWords(c).join(""));
  const tableWords = identifierWords(table);
  if (tableWords.some((w) => BLOCK_LIST_WORDS.has(w)) || (tableWords.some((w) => BLOCK_WORDS.has(w)) && tableWords.some((w) => BLOCKED_THING_WORDS.has(w)))) return { kind: "block-list", columns: new Set(columns.map((_c, i) => i)) };
  if (!compact.some((c) => c === "inboxurl" || c === "inbox") || !compact.some((c) => OUTBOX_COLUMNS.has(c))) return undefined;
  return { kind: "account", columns: new Set(compact.flatMap((c, i) => (INBOX_COLUMNS.has(c) ? [] : [i]))) };
}, 1024);
