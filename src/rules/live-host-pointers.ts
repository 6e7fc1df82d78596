/**
 * live-host-pointers (issue 6): nothing in a sanitized dump may point at a real host, because a
 * restore that follows the pointer (an FDW server, a subscription, a dblink call, a webhook)
 * reaches production. Decided statically: no name is resolved, nothing is connected to.
 *
 * - Connection targets are `error` at the exact host: CREATE/ALTER SERVER, user mapping and
 *   foreign table options, CREATE SUBSCRIPTION ... CONNECTION, routines that call dblink,
 *   postgres_fdw, pgsql-http or pg_net, `\connect` lines with a host.
 * - Values are `warning` (option `valueSeverity`): rows aggregated per (detector, table, column,
 *   JSON path) with count, distinct and top hosts and the first rows; column defaults, views,
 *   COMMENT ON, comments, role/database settings, other routine bodies, one finding per host.
 * - Deny-listed names are `error` wherever they appear, prose included.
 * Detectors (evidence ids): internal-host, public-host, denied-host. Hosts are shown (they are
 * what to fix); URI userinfo, paths and query strings are masked.
 */
import { z } from "zod";
import { detachedString } from "../core/detached-string.js";
import { rangeIn } from "../lexer/position.js";
import type { Range } from "../report/location.js";
import { maskSensitiveText } from "../report/mask-text.js";
import { evidenceWithMask, fingerprint } from "../report/redact.js";
import type { ObjectRef, RelatedLocation, Severity } from "../report/schema.js";
import { recordsDecoder, recordsEncoder } from "../core/pack-records.js";
import { defineRule, onRowSplit, type RowEvent } from "./rule.js";
import { createHostClassifier, type HostClassification } from "./hosts/classify-host.js";
import { connectLineHosts } from "./hosts/connect-meta.js";
import { extractHostsFromText, hostLikeWords, mentionDisplay, type HostMention } from "./hosts/extract-hosts.js";
import { invalidHostPatterns } from "./hosts/host-policy.js";
import { hostVerdict, type HostDetector, type HostVerdict } from "./hosts/host-verdict.js";
import { cellHosts } from "./hosts/row-hosts.js";
import { hostRoleOfName } from "./hosts/host-words.js";
import { identityOfColumns, type IdentityKind } from "./hosts/public-identity.js";
import { VENDOR_DESCRIPTION, vendorEndpoint } from "./hosts/vendor-endpoints.js";
import { keyedScalar } from "./judgement/keyed-scalar.js";
import { cellJson, mayBeJson } from "./judgement/cell-json.js";
import { fastPaths } from "./judgement/fast-paths.js";
import { ScratchList } from "./judgement/scratch-list.js";
import { columnListCache } from "./judgement/column-list-cache.js";
import { TableMemos, type ValueMemo } from "./judgement/value-memo.js";
import { jsonMayNameHost, jsonMayNameHostFromHints, scalarMayNameHost, scalarMayNameHostFromHints } from "./hosts/cell-precheck.js";
import { knownCellHints } from "./judgement/cell-hints.js";
import { parseIpAddress } from "../data/ip-address.js";
import { jsonAddressRole, tableRoles, type ColumnRole } from "./judgement/column-roles.js";
import { statementHostMentions, statementObject, statementTexts, type StatementHostContext } from "./hosts/statement-hosts.js";
import { emptyList } from "./judgement/empty-list.js";

const hostPatterns = z
  .array(z.string())
  .default([])
  .refine((list) => invalidHostPatterns(list).length === 0, {
    message: "each entry must be a host (db.acme.com), a suffix pattern (*.acme.com or .acme.com), an address or a CIDR range (10.0.0.0/8)",
  });

const LiveHostOptions = z
  .object({
    /** Hosts, suffix patterns and ranges the receiving team declares safe. */
    allow: hostPatterns,
    /** Known production names and ranges: an `error` wherever they appear, even in prose. */
    deny: hostPatterns,
    /** Private DNS suffixes; replaces the default list (.internal, .corp, .lan, .local, .intranet, .home.arpa, ...). */
    internalSuffixes: z.array(z.string().min(1)).optional(),
    /** Severity of hosts in row data, column defaults, views, comments and routine bodies without dblink. */
    valueSeverity: z.enum(["error", "warning", "info"]).default("warning"),
    /**
     * Severity of links and host names in prose (issue 11 item 5): web links in free-text columns
     * (HTML descriptions, changelogs, issue bodies) and in routine-body comments, host names in
     * running text. `off` drops them.
     */
    proseSeverity: z.enum(["warning", "info", "off"]).default("info"),
    /** How many of the most frequent hosts a row-data finding names. */
    topHosts: z.number().int().min(0).max(50).default(5),
  })
  .strict();

type LiveHostOptions = z.output<typeof LiveHostOptions>;

const detectorNoun: Record<HostDetector, string> = {
  "internal-host": "internal hosts",
  "public-host": "public hosts",
  "denied-host": "deny-listed production hosts",
};

/** What to do, by where the host is (issue 6: every finding says what to do). */
function helpFor(context: StatementHostContext | "meta" | "row", object: ObjectRef): string {
  const keep = "if the receiving side owns this host, add it to the rule's `allow` option instead";
  if (context === "connection-target") {
    switch (object.kind) {
      case "server":
        return `point the server at a \`.invalid\` name (ALTER SERVER … OPTIONS (SET host 'db.invalid')) or drop the server and its user mappings before hand-off; ${keep}`;
      case "user mapping":
        return `drop the user mapping, or point its server at a \`.invalid\` name, before hand-off; ${keep}`;
      case "foreign table":
        return `point the foreign table's options at a \`.invalid\` name or drop the foreign table before hand-off; ${keep}`;
      case "subscription":
        return `drop the subscription or set its connection to a \`.invalid\` host (ALTER SUBSCRIPTION … CONNECTION 'host=db.invalid …') before hand-off; ${keep}`;
      default:
        return `replace the connection string in the routine body with a \`.invalid\` host, or drop the routine, before hand-off; ${keep}`;
    }
  }
  switch (context) {
    case "meta":
      return "remove the host from the \\connect line so the restore connects where the operator chooses";
    case "row": {
      const target = `${object.schema}.${object.table}`;
      const how = object.jsonPath
        ? `UPDATE ${target} SET ${object.column} = jsonb_set(${object.column}, '{…}', '"db.invalid"') for the key at ${object.jsonPath}`
        : `UPDATE ${target} SET ${object.column} = …`;
      return `rewrite these values to \`.invalid\` or example.com names, or addresses to 192.0.2.0/24 and 2001:db8::/32, before hand-off (${how}); ${keep}`;
    }
    case "comment":
      return `rewrite the comment to use example.com or a \`.invalid\` name; ${keep}`;
    case "view":
      return `replace the host in the view definition with a \`.invalid\` or example.com name; ${keep}`;
    case "default":
      return `change the column default to a \`.invalid\` or example.com name; ${keep}`;
    default:
      return `replace the host with a \`.invalid\` or example.com name before hand-off; ${keep}`;
  }
}

/**
 * Whether an index sits after `--` on its line (a comment line inside a routine body). Indexes are
 * asked in increasing order (mentions come in text order), so the scan only moves forward: linear
 * in the text however many mentions a long line holds.
 */
function lineCommentTracker(text: string): (index: number) => boolean {
  let scanned = 0;
  let dashes = -1;
  return (index) => {
    if (index < scanned) {
      scanned = 0;
      dashes = -1;
    }
    for (; scanned < index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 10) dashes = -1;
      else if (c === 45 && dashes < 0 && text.charCodeAt(scanned + 1) === 45) dashes = scanned;
    }
    return dashes >= 0;
  };
}

function objectLabel(object: ObjectRef): string {
  const qualified = [object.schema, object.table ?? object.name].filter((p) => p !== undefined).join(".");
  switch (object.kind) {
    case "column default":
      return `the default of column ${qualified}.${object.column ?? "?"}`;
    case "comment":
      return object.name ? `the comment on ${object.name}` : "a comment";
    default:
      return `${object.kind ?? "statement"}${qualified ? ` ${qualified}` : ""}`;
  }
}

interface ColumnTally {
  detector: HostDetector;
  severity: Severity;
  object: ObjectRef;
  count: number;
  hosts: Map<string, number>;
  /** Distinct hosts beyond the tracked limit are only counted, so memory stays bounded. */
  untrackedHosts: number;
  first: { range: Range; row: number; display: string; host: string; description: string };
  /** Row of the last counted value: a cell naming two hosts is one value. */
  lastRow: number;
  related: RelatedLocation[];
  /** An info tally of an account's identity URLs, a block list (hosts/public-identity.ts) or vendors' shared endpoints (hosts/vendor-endpoints.ts): said so, not "in prose". */
  identity: IdentityKind | "vendor" | undefined;
}

/** Words of an info tally: why its hosts are no pointer (the message's tail, the help's last sentence). */
function infoWords(identity: IdentityKind | "vendor" | undefined): { single: string; noun: string; help: string } {
  switch (identity) {
    case "vendor":
      return {
        // The description already says it (`a vendor's shared endpoint (…)`).
        single: "",
        noun: ", vendors' shared endpoints",
        help: "A vendor's shared endpoint is info: every installation points there (an application's default) or its URL names no tenant, so a copy that follows it reaches the vendor, not the owner's systems; a credential beside it is forbidden-secrets' to judge (option proseSeverity)",
      };
    case "account":
      return {
        single: " (a fediverse account's public identity)",
        noun: " as fediverse accounts' public identities",
        help: "An account's identity URLs are info: a copy does not connect to them, it delivers only to the inbox URLs, which stay pointers (option proseSeverity)",
      };
    case "post":
      return {
        single: " (a fediverse post's public id)",
        noun: " as fediverse posts' public ids",
        help: "A post's ActivityPub id and page URL are info: they say which post it is and where it lives, and a copy does not connect to them (option proseSeverity)",
      };
    case "person-website":
      return {
        single: " (a person's own website)",
        noun: " as people's own websites",
        help: "A person's own website (the link a commenter or a user gave) is info: the application shows it to readers and does not connect to it (option proseSeverity)",
      };
    case "block-list":
      return { single: " (in a block list)", noun: " in a block list", help: "A block list's hosts are info: they are the hosts the application refuses (option proseSeverity)" };
    default:
      return { single: " (in prose)", noun: " in prose", help: "Links in prose are info: a restore does not follow them (option proseSeverity)" };
  }
}

const MAX_TRACKED_HOSTS = 1000;

/** One host judged in one cell of a row: what the row's tally needs (plain data: it may come from another thread). */
interface RowHostHit {
  detector: HostDetector;
  severity: Severity;
  column: string;
  jsonPath: string | undefined;
  host: string;
  display: string;
  description: string;
}

const NO_HITS = emptyList<RowHostHit>();

/** Hits a column's memo remembers from a long line, their strings copied off the cell they were cut from (ValueMemo.remember). */
function detachHostHits(hits: readonly RowHostHit[]): void {
  for (const hit of hits) {
    hit.host = detachedString(hit.host);
    hit.display = detachedString(hit.display);
    if (hit.jsonPath !== undefined) hit.jsonPath = detachedString(hit.jsonPath);
  }
}

/** A host name of one label (no dot, not an IPv6 address). */
const isSingleLabel = (host: string) => !host.includes(".") && !host.includes(":");

/** Column lists whose plans are remembered by content (`--inserts` dumps). */
const MAX_PLANS = 4096;

/** Types whose text form names no host (`cellHosts` reads nothing in them). */
const HOSTLESS_TYPES: ReadonlySet<string> = new Set([
  "smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean", "date", "uuid", "bytea", "money",
  "time without time zone", "time with time zone", "timestamp without time zone", "timestamp with time zone", "interval",
  "oid", "tsvector", "tsquery", "bit", "bit varying", "macaddr", "macaddr8", "point", "box", "line", "lseg", "circle", "polygon", "path",
]);

interface HostColumnPlan {
  /** A key/value table's value column: read by the row's key, never remembered or ruled out early. */
  keyed: boolean;
  /** `cellHosts` finds nothing in this type, and no deny list reads the text. */
  hostless: boolean;
  /** No host role from the column (not a host/URL name, not inet/cidr, not an array), no deny list: the cheap pre-checks decide. */
  plainText: boolean;
  /**
   * Its hosts name a public identity or a refused host (hosts/public-identity.ts): this kind, undefined otherwise. A hit in
   * it is reported at the prose severity, and its tally's words say which kind (when the column is named for a host).
   */
  identity: IdentityKind | undefined;
  /** The contributions of each distinct value, made on first use. */
  memo?: ValueMemo<readonly RowHostHit[]> | undefined;
}

function hostColumnPlan(column: string, type: string | undefined, role: ColumnRole | undefined, denyList: boolean, identity: IdentityKind | undefined): HostColumnPlan {
  const paren = type === undefined ? -1 : type.indexOf("(");
  const base = type === undefined ? undefined : paren >= 0 ? type.slice(0, paren).trimEnd() + type.slice(type.indexOf(")", paren) + 1) : type;
  const element = base !== undefined && base.endsWith("[]") ? base.slice(0, -2) : base;
  const address = element === "inet" || element === "cidr";
  return {
    keyed: role?.keyColumn !== undefined,
    hostless: !denyList && element !== undefined && HOSTLESS_TYPES.has(element),
    // Array elements are decoded (quotes, backslashes) before they are read: their text is not the cell's.
    plainText: !denyList && !address && base?.endsWith("[]") !== true && hostRoleOfName(column) === undefined,
    identity,
    // Made on first use, but present from the start: one shape for every plan (TableMemos reads it per cell).
    memo: undefined,
  };
}

/**
 * A column list's plans, with the indexes of the columns judged at all (not a visitor's address)
 * and of those the shortcuts read (judged, and keyed or not `hostless`).
 */
type HostPlanList = HostColumnPlan[] & { judged: readonly number[]; readable: readonly number[] };

/** Tells one line's findings from another's; of the masked line, so an unkeyed finding fingerprint cannot be searched for an address. */
const lineSalt = (text: string) => fingerprint("line", maskSensitiveText(text));

export const liveHostPointers = defineRule({
  id: "live-host-pointers",
  description: "Nothing in the dump points at a real host: FDW servers, subscriptions, dblink calls, \\connect lines and values name only safe hosts.",
  defaultSeverity: "error",
  options: LiveHostOptions,
  check(context) {
    const options: LiveHostOptions = context.options;
    const base = {
      allow: options.allow,
      deny: options.deny,
      ...(options.internalSuffixes ? { internalSuffixes: options.internalSuffixes } : {}),
    };
    const classifyAsHost = createHostClassifier({ ...base, context: "host" });
    const classifyInText = createHostClassifier({ ...base, context: "text" });
    const denyOnly = options.deny.length > 0 ? createHostClassifier({ deny: options.deny, context: "text" }) : undefined;

    /** `certainHost`: the text is a host for sure (URI, libpq string, host option or column, inet). */
    const judge = (mention: HostMention, certainHost: boolean, singleWordIsHost: boolean): HostVerdict | undefined => {
      const classify = mention.kind !== "bare" || (singleWordIsHost && !mention.followedByPath) ? classifyAsHost : classifyInText;
      const classification: HostClassification = classify(mention.host);
      return hostVerdict(mention, classification, certainHost);
    };

    const severityOf = (verdict: HostVerdict, connection: boolean): Severity =>
      verdict.detector === "denied-host" || connection ? "error" : options.valueSeverity;

    /** `identity`: what tells this occurrence apart from others of the same host on the same object,
     * without its offset, so a baseline survives lines moving. */
    const reportOne = (verdict: HostVerdict, mention: HostMention, range: Range, object: ObjectRef, where: StatementHostContext | "meta", verb: string, identity: string, severity?: Severity) => {
      const connection = where === "connection-target" || where === "meta";
      context.report({
        message: `${objectLabel(object)} ${verb} ${verdict.host}, ${verdict.description}${connection ? "; a restore or the first use would connect there" : ""}`,
        severity: severity ?? severityOf(verdict, connection),
        help: helpFor(where, object),
        range,
        object,
        evidence: [evidenceWithMask(verdict.detector, verdict.host, mentionDisplay(mention))],
        identity,
      });
    };

    /** The n-th time a host appears in one statement or line: part of the finding's identity. */
    const occurrences = () => {
      const seen = new Map<string, number>();
      return (detector: string, host: string, salt = "") => {
        const key = `${detector}:${host}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        return `${key}#${n}${salt}`;
      };
    };

    context.onStatement((statement) => {
      const reported = new Set<number>();
      const nth = occurrences();
      const inLineComment = lineCommentTracker(statement.text);
      for (const found of statementHostMentions(statement.text, statement.statementKind)) {
        const certain = found.mention.kind !== "bare" || found.role === "host" || (found.role === "url" && found.context === "connection-target");
        const verdict = judge(found.mention, certain, found.role === "host");
        if (!verdict) continue;
        reported.add(found.start);
        const verb = found.context === "connection-target" ? "connects to" : "names";
        // A web link in a routine body that never calls out is documentation (a `--` line), not a pointer.
        const prose = found.context === "routine-body" && found.mention.kind === "uri" && (found.mention.scheme === "http" || found.mention.scheme === "https") && verdict.detector !== "denied-host" && inLineComment(found.start);
        if (prose && options.proseSeverity === "off") continue;
        reportOne(verdict, found.mention, rangeIn(statement, found.start, found.end), found.object, found.context, verb, nth(verdict.detector, verdict.host), prose ? (options.proseSeverity as Severity) : undefined);
      }
      if (denyOnly) {
        for (const piece of statementTexts(statement.text, statement.statementKind)) {
          for (const word of hostLikeWords(piece.value)) {
            const start = piece.exact ? piece.offset + word.start : piece.offset;
            if (reported.has(start) || denyOnly(word.host).class !== "denied") continue;
            reported.add(start);
            const verdict = judge(word, true, false);
            if (verdict) reportOne(verdict, word, rangeIn(statement, start, piece.exact ? start + word.host.length : start + 1), statementObject(statement.text, statement.statementKind), "other", "names", nth(verdict.detector, verdict.host));
          }
        }
      }
    });

    context.onMeta((meta) => {
      const nth = occurrences();
      for (const found of connectLineHosts(meta.text)) {
        const verdict = judge(found.mention, true, true);
        if (!verdict) continue;
        const object: ObjectRef = { kind: "connect", ...(found.database ? { name: found.database } : {}) };
        reportOne(verdict, found.mention, rangeIn(meta, found.start, found.end), object, "meta", "connects to", nth(verdict.detector, verdict.host, lineSalt(meta.text)));
      }
    });

    context.onComment((comment) => {
      // URIs and libpq strings only: a dotted word in prose is not a host, unless it is deny-listed.
      const mentions = extractHostsFromText(comment.text);
      if (denyOnly) for (const word of hostLikeWords(comment.text)) mentions.push(word);
      const reported = new Set<number>();
      const nth = occurrences();
      for (const mention of mentions) {
        if (reported.has(mention.start)) continue;
        const verdict = mention.kind === "bare" ? (denyOnly && denyOnly(mention.host).class === "denied" ? judge(mention, true, false) : undefined) : judge(mention, true, false);
        if (!verdict) continue;
        reported.add(mention.start);
        // A web link in a `--` comment line is prose; a database URI or libpq string there is still a pointer.
        const prose = mention.kind === "uri" && (mention.scheme === "http" || mention.scheme === "https") && verdict.detector !== "denied-host";
        if (prose && options.proseSeverity === "off") continue;
        reportOne(verdict, mention, rangeIn(comment, mention.start, mention.end), { kind: "comment" }, "comment", "names", nth(verdict.detector, verdict.host, lineSalt(comment.text)), prose ? (options.proseSeverity as Severity) : undefined);
      }
    });

    const tallies = new Map<string, ColumnTally>();
    /** The hosts of one row, judged (a pure function of the row: any thread may run it). */
    /** The hosts of one cell, judged, into `out` (a function of the value within its column, except for a key/value table's key). */
    const judgeCell = (row: RowEvent, c: number, p: HostColumnPlan, role: ColumnRole | undefined, value: string, out: ScratchList<RowHostHit>): void => {
      const column = row.columns[c]!;
      const keyName = role?.keyColumn !== undefined ? row.values[role.keyColumn] : undefined;
      // A table of URLs keeps each in a generic `value` column (Keycloak's redirect_uris(client_id, value), web_origins): the
      // table's name names it, as a key/value row's key names its value.
      const keyRole = keyName ? hostRoleOfName(keyName) : column === "value" ? hostRoleOfName(row.table) : undefined;
      // A visitor's address kept under a row's key (WooCommerce's `_customer_ip_address` in every order's meta) is personal data
      // (unsanitized-pii), not a pointer, as under a JSON key; a server's (`smtp_ip`) still is one.
      if (keyRole !== undefined && keyName && !denyOnly && jsonAddressRole(row.table, column, keyName, keyName) === "client") return;
      // A key/value table's value stored serialized (a JSON string, a one-line YAML document) is read as the text it stands for.
      const scalar = keyName ? keyedScalar(value) : undefined;
      const leaves = role && scalar === undefined ? cellJson(row, c, role) : undefined;
      const cellOptions = leaves || keyRole ? { ...(leaves ? { leaves, table: row.table } : {}), ...(keyRole ? { keyRole } : {}), proseWords } : plainCellOptions;
      const cells = scalar !== undefined ? cellHosts(column, "text", scalar, cellOptions) : cellHosts(column, row.types[c], value, cellOptions);
      if (denyOnly) {
        // Issue 6: a deny-listed name is a finding wherever it appears, prose included.
        const seen = new Set(cells.map((cell) => cell.mention.host.toLowerCase()));
        for (const word of hostLikeWords(value)) {
          if (!seen.has(word.host.toLowerCase()) && denyOnly(word.host).class === "denied") {
            seen.add(word.host.toLowerCase());
            cells.push({ mention: word, role: undefined });
          }
        }
      }
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k]!;
        const certain = cell.mention.kind !== "bare" || cell.role === "host" || cell.role === "address";
        const verdict = judge(cell.mention, certain, cell.role === "host");
        if (!verdict) continue;
        // A public address in running text is more likely a visitor's (personal data) than a server's.
        if (cell.prose && cell.mention.kind === "bare" && verdict.detector === "public-host" && parseIpAddress(verdict.host) !== null) continue;
        // A single word in a row value (`mailpit`, `loki`, `web-1`: a compose or cluster service name) names a machine only on
        // the reading side's own search domain: as vague as prose, reported at the prose severity. Connection targets stay errors.
        // Not under a host name in a table of machines (`db_nodes.hostname = 'pgprimary'`): there a single word is that machine.
        // An ActivityPub account's identity URLs and a block list's hosts: no system the application talks to (hosts/public-identity.ts).
        // A vendor's shared endpoint (hosts/vendor-endpoints.ts): nobody's own system, said so in its description.
        const vendor = verdict.detector === "public-host" && !cell.prose ? vendorEndpoint(verdict.host, cell.mention) : undefined;
        const vague =
          cell.prose ||
          vendor !== undefined ||
          (verdict.detector === "internal-host" && isSingleLabel(verdict.host) && !(cell.role === "host" && tableRoles(row.schema, row.table, row.columns, row.types).servers)) ||
          p.identity !== undefined;
        const severity: Severity = verdict.detector === "denied-host" ? "error" : vague ? (options.proseSeverity === "off" ? "info" : options.proseSeverity) : options.valueSeverity;
        if (vague && options.proseSeverity === "off" && verdict.detector !== "denied-host") continue;
        out.push({ detector: verdict.detector, severity, column, jsonPath: cell.jsonPath, host: verdict.host, display: mentionDisplay(cell.mention), description: vendor ?? verdict.description });
      }
    };

    /** Per-column decisions, once per COPY/INSERT column list (found again by content for `--inserts`). */
    const planFor = columnListCache(
      (schema, table, columns, types): HostPlanList => {
        const roles = tableRoles(schema, table, columns, types).columns;
        const identities = identityOfColumns(table, columns);
        const list = columns.map((column, c) => hostColumnPlan(column, types[c], roles[c], denyOnly !== undefined, identities[c]));
        const judged = list.flatMap((_, c) => (roles[c]?.address === "client" ? [] : [c]));
        return Object.assign(list, { judged, readable: judged.filter((c) => list[c]!.keyed || !list[c]!.hostless) });
      },
      MAX_PLANS,
    );

    const proseWords = options.proseSeverity !== "off";
    /** `cellHosts`' options for a cell that is not JSON and has no key: one object for all of them. */
    const plainCellOptions = { proseWords };
    /** Hosts of the cell being judged; copied only to be remembered. */
    const scratch = new ScratchList<RowHostHit>();
    /** Hosts of the row being judged; the row's map returns a copy of its exact size. */
    const rowHits = new ScratchList<RowHostHit>();
    // Each column's memo of distinct values is kept while its column list is read, then dropped
    // (TableMemos): kept to the end of the dump, thousands of tables' memos added up unbounded.
    const memos = new TableMemos<readonly RowHostHit[]>();

    /**
     * False when a cell of a column without a host role certainly names no host (`cellHosts` would
     * find none). From the cell's shared hints when another rule has read the cell already (the
     * default set: forbidden-secrets runs first); else by its own `includes` checks, cheaper than a
     * pass of its own.
     */
    const mayNameHost = (row: RowEvent, c: number, role: ColumnRole, value: string): boolean => {
      const json = mayBeJson(role, value);
      const hints = knownCellHints(row, c, value);
      if (hints === 0) return json ? jsonMayNameHost(value, proseWords) || (!role.jsonTyped && scalarMayNameHost(value, proseWords)) : scalarMayNameHost(value, proseWords);
      if (!json) return scalarMayNameHostFromHints(hints, value, proseWords);
      return jsonMayNameHostFromHints(hints, value, proseWords) || (!role.jsonTyped && scalarMayNameHostFromHints(hints, value, proseWords));
    };

    /** The hosts of one row, judged (a pure function of the row: any thread may run it). */
    const judgeRow = (row: RowEvent): RowHostHit[] | undefined => {
      rowHits.clear();
      const roles = tableRoles(row.schema, row.table, row.columns, row.types).columns;
      const plan = planFor(row.schema, row.table, row.columns, row.types);
      // A visitor's address (sessions, logins, activity logs) is personal data (unsanitized-pii), not
      // a pointer: never read. With the shortcuts, neither are the columns whose type names no host.
      const columns = fastPaths.enabled ? plan.readable : plan.judged;
      for (let r = 0; r < columns.length; r++) {
        const c = columns[r]!;
        const value = row.values[c];
        if (value === null || value === undefined || value === "") continue;
        const role = roles[c];
        const p = plan[c]!;
        let found: readonly RowHostHit[];
        if (!fastPaths.enabled || p.keyed) {
          // A key/value table's value is read by its row's key: judged every time (and every cell when a test compares the shortcuts with the full reading).
          scratch.clear();
          judgeCell(row, c, p, role, value, scratch);
          for (let k = 0; k < scratch.length; k++) rowHits.push(scratch.items[k]!);
          continue;
        } else {
          // A value seen before in the column is answered by the memo; otherwise a column without a
          // host role names no host unless the cell's shared hints show `://`, `host`, a host word
          // of a JSON key or a dotted word.
          const memo = memos.of(p, plan);
          let known = memo.recall(value);
          if (known === undefined) {
            if (p.plainText && role !== undefined && !mayNameHost(row, c, role, value)) known = NO_HITS;
            else {
              scratch.clear();
              judgeCell(row, c, p, role, value, scratch);
              if (scratch.length !== 0 && !memo.active) {
                // Not remembered (the memo has stopped): read from the scratch list.
                for (let k = 0; k < scratch.length; k++) rowHits.push(scratch.items[k]!);
                continue;
              }
              known = scratch.length === 0 ? NO_HITS : scratch.copy();
            }
            memo.remember(value, known, row, detachHostHits);
          }
          found = known;
        }
        // An indexed loop: `for … of` over the common empty answer made an iterator per cell.
        for (let k = 0; k < found.length; k++) rowHits.push(found[k]!);
      }
      return rowHits.length === 0 ? undefined : rowHits.copy();
    };

    /** Fold one judged host into its column's tally, in row order. */
    const tallyHit = (row: RowEvent, hit: RowHostHit) => {
      const { column } = hit;
      // A vendor's shared endpoints are a tally of their own, apart from the column's prose links.
      const vendor = hit.severity === "info" && hit.description.startsWith(VENDOR_DESCRIPTION);
      const key = `${hit.detector}\0${hit.severity}\0${row.schema}\0${row.table}\0${column}\0${hit.jsonPath ?? ""}${vendor ? "\0vendor" : ""}`;
      let tally = tallies.get(key);
      if (!tally) {
        // What a tally keeps to the end is kept detached: a JSON path, a display or a key built on text cut from
        // a cell (a JSON key of 13+ characters) would otherwise pin that cell's whole line for the rest of the run.
        const jsonPath = hit.jsonPath ? detachedString(hit.jsonPath) : undefined;
        tally = {
          detector: hit.detector,
          severity: hit.severity,
          object: { kind: "column", schema: row.schema, table: row.table, column, ...(jsonPath ? { jsonPath } : {}) },
          count: 0,
          hosts: new Map(),
          untrackedHosts: 0,
          first: { range: row.range, row: row.rowIndex, display: detachedString(hit.display), host: detachedString(hit.host), description: hit.description },
          related: [],
          lastRow: -1,
          // Only a column named for a host or URL says an identity; a bio or profile field in the same table is prose.
          identity: vendor
            ? "vendor"
            : hit.severity === "info" && hit.detector !== "denied-host" && hit.jsonPath === undefined && hostRoleOfName(column) !== undefined
              ? planFor(row.schema, row.table, row.columns, row.types)[row.columns.indexOf(column)]?.identity
              : undefined,
        };
        tallies.set(detachedString(key), tally);
      }
      if (tally.lastRow !== row.rowIndex) tally.count++;
      tally.lastRow = row.rowIndex;
      const seen = tally.hosts.get(hit.host);
      if (seen !== undefined) tally.hosts.set(hit.host, seen + 1);
      else if (tally.hosts.size < MAX_TRACKED_HOSTS) tally.hosts.set(detachedString(hit.host), 1);
      else tally.untrackedHosts++;
      const last = tally.related[tally.related.length - 1];
      if (tally.related.length < 3 && tally.first.row !== row.rowIndex && last?.row !== row.rowIndex) {
        tally.related.push({ message: `row ${row.rowIndex + 1}: ${hit.host}`, range: row.range, row: row.rowIndex });
      }
    };

    // Small, additive (parallel, issue 12): judging a row is the map (any thread), the tallies the reduce (in row order).
    onRowSplit<RowHostHit[] | undefined, typeof context.options>(context, {
      // A block's roles and plans are found here, once per block: the row loop then only meets the list it asked last
      // (issue 12; as in forbidden-secrets).
      shape: (shape) => {
        tableRoles(shape.schema, shape.table, shape.columns, shape.types);
        planFor(shape.schema, shape.table, shape.columns, shape.types);
      },
      map: judgeRow,
      reduce: (row, hits) => {
        if (hits) for (let k = 0; k < hits.length; k++) tallyHit(row, hits[k]!);
      },
      encoder: recordsEncoder,
      decoder: (packed) => recordsDecoder<RowHostHit>(packed),
    });

    context.onEnd(() => {
      for (const tally of tallies.values()) {
        const { schema, table, column, jsonPath } = tally.object;
        const where = `column ${schema}.${table}.${column}${jsonPath ? ` at ${jsonPath}` : ""}`;
        const ranked = [...tally.hosts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        const distinct = tally.hosts.size + (tally.untrackedHosts > 0 ? 1 : 0);
        const top = ranked.slice(0, options.topHosts).map(([host, n]) => `${host} ×${n}`);
        const more = ranked.length > options.topHosts || tally.untrackedHosts > 0 ? ", …" : "";
        const distinctText = tally.untrackedHosts > 0 ? `more than ${tally.hosts.size}` : String(distinct);
        const occurrences = tally.count === 1 ? "1 value pointing at" : `${tally.count} values pointing at`;
        const info = tally.severity === "info" ? infoWords(tally.identity) : undefined;
        context.report({
          message:
            tally.count === 1 && tally.hosts.size === 1 && tally.untrackedHosts === 0
              ? `${where} holds ${occurrences} ${tally.first.host}, ${tally.first.description}${info ? info.single : ""}`
              : `${where} holds ${occurrences} ${detectorNoun[tally.detector]}${info ? info.noun : ""} (${distinctText} distinct: ${top.join(", ")}${more})`,
          severity: tally.severity,
          help: info ? `${helpFor("row", tally.object)}. ${info.help}` : helpFor("row", tally.object),
          range: tally.first.range,
          object: tally.object,
          evidence: [evidenceWithMask(tally.detector, tally.first.host, tally.first.display)],
          count: tally.count,
          related: tally.related,
          identity: tally.severity === "info" && tally.detector !== "denied-host" ? `${tally.detector}:prose` : tally.detector,
        });
      }
    });
  },
});

