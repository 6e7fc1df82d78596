import { identifierWords } from "../../data/identifier-words.js";
import { peopleOrAuthoredTable } from "../judgement/column-roles.js";

/** What the hosts of a column `identityOfColumns` names are, for the finding's words: an account's identity or a refused host. */
export type IdentityKind = "account" | "post" | "block-list" | "person-website";

/**
 * Columns whose hosts name a public identity or a refused host, not a system the application talks to (reported at the
 * prose severity, as web links in running text are):
 * - An ActivityPub actor table, a row per fediverse account with its inbox and its outbox (Mastodon's `accounts`): the
 *   account's id (`uri`), profile page (`url`), collections (`outbox_url`, `followers_url`, `featured_collection_url`),
 *   remote media (`avatar_remote_url`) and `domain` say who the account is and where it lives, as an e-mail address does.
 *   Its inboxes (`inbox_url`, `shared_inbox_url`) are where the server delivers activities: they stay pointers.
 * - An ActivityPub object table, a row per post with the posting account and a reply or boost link (Mastodon's
 *   `statuses`: `account_id`, `in_reply_to_id`, `reblog_of_id`): the post's ActivityPub id (`uri`) and page (`url`) say
 *   which post it is and where it lives, as an account's `uri` and `url` do; a copy does not connect to them.
 * - A block list (`domain_blocks`, `blocked_domains`, `email_domain_blocks`, `ip_bans`): the hosts the application refuses.
 *   Not a CMS's `content_blocks` nor a chain's `blocks`: a block word counts only beside a word for what is blocked.
 * - A person's own website in a table of people or of what people write (`wp_comments.comment_author_url`,
 *   `wp_users.user_url`, `reviews.author_website`): the link a commenter or a user gave, shown to readers, never called.
 *   Only a URL or website word right after a person word (author, user, member, commenter, reviewer, customer, profile,
 *   personal), so `users.avatar_url`, `customers.webhook_url` or `users.callback_url` stay pointers.
 *
 * For each column of the list, its kind when it is one of these, else undefined: judged once per column list, in
 * live-host-pointers' column plans (a hit's severity and its tally's words both read it there).
 */
export function identityOfColumns(table: string, columns: readonly string[]): (IdentityKind | undefined)[] {
  const found = identityColumnsOf(table, columns);
  return columns.map((_column, c) => (found !== undefined && found.columns.has(c) ? found.kind : undefined));
}

const INBOX_COLUMNS = new Set(["inboxurl", "inbox", "sharedinboxurl", "sharedinbox"]);
const OUTBOX_COLUMNS = new Set(["outboxurl", "outbox"]);
/** A table named as a list of refused hosts: one of these words, or a block word beside a host word (`domain_blocks`, `ip_bans`). */
const BLOCK_LIST_WORDS = new Set(["blocked", "blocklist", "blocklists", "blacklist", "blacklists", "denylist", "denylists", "banned"]);
const BLOCK_WORDS = new Set(["block", "blocks", "ban", "bans"]);
/** Without one of these, `blocks` is a CMS's content blocks or a chain's blocks (`content_blocks.link_url` stays a pointer). */
const BLOCKED_THING_WORDS = new Set(["domain", "domains", "host", "hosts", "hostname", "hostnames", "ip", "ips", "email", "instance", "instances", "server", "servers", "url", "urls", "site", "sites"]);

/** The posting account of an ActivityPub object table (Mastodon's `statuses.account_id`, Misskey's `note.userId`). */
const POSTER_COLUMNS = new Set(["accountid", "userid"]);
/** A reply or boost link, which only a table of posts has (`in_reply_to_id`, `reblog_of_id`, Misskey's `replyId`, `renoteId`). */
const REPLY_COLUMNS = new Set(["inreplytoid", "inreplytoaccountid", "reblogofid", "replyid", "renoteid"]);

/** Words of a person before a URL word that make the column that person's own website (`comment_author_url`, `user_url`). */
const PERSON_WORDS = new Set(["author", "user", "member", "commenter", "reviewer", "customer", "profile", "personal"]);
const WEBSITE_WORDS = new Set(["url", "uri", "website", "homepage", "site"]);

/** `comment_author_url`, `user_url`, `author_website`: a URL word last, a person word just before it. */
function personWebsiteColumn(column: string): boolean {
  const words = identifierWords(column);
  const n = words.length;
  return n >= 2 && WEBSITE_WORDS.has(words[n - 1]!) && PERSON_WORDS.has(words[n - 2]!);
}

function identityColumnsOf(table: string, columns: readonly string[]): { kind: IdentityKind; columns: ReadonlySet<number> } | undefined {
  const compact = columns.map((c) => identifierWords(c).join(""));
  const tableWords = identifierWords(table);
  if (tableWords.some((w) => BLOCK_LIST_WORDS.has(w)) || (tableWords.some((w) => BLOCK_WORDS.has(w)) && tableWords.some((w) => BLOCKED_THING_WORDS.has(w)))) return { kind: "block-list", columns: new Set(columns.map((_c, i) => i)) };
  if (compact.some((c) => c === "inboxurl" || c === "inbox") && compact.some((c) => OUTBOX_COLUMNS.has(c))) return { kind: "account", columns: new Set(compact.flatMap((c, i) => (INBOX_COLUMNS.has(c) ? [] : [i]))) };
  if (compact.includes("uri") && compact.includes("url") && compact.some((c) => POSTER_COLUMNS.has(c)) && compact.some((c) => REPLY_COLUMNS.has(c))) return { kind: "post", columns: new Set(compact.flatMap((c, i) => (c === "uri" || c === "url" ? [i] : []))) };
  if (!peopleOrAuthoredTable(table)) return undefined;
  const websites = columns.flatMap((c, i) => (personWebsiteColumn(c) ? [i] : []));
  return websites.length === 0 ? undefined : { kind: "person-website", columns: new Set(websites) };
}
