import { isPlaceholder } from "../secrets/placeholder.js";
import type { HostMention } from "./extract-hosts.js";

/**
 * Vendors' shared endpoints: public hosts that are nobody's own system, so a copy that follows them reaches the vendor,
 * not the owner's production (reported at the prose severity, info, with words of their own):
 * - a default an application ships, the same in every installation and so in every staging copy too (GitLab's
 *   `gitpod_url` of `https://gitpod.io/`, Odoo's `iap.endpoint` and `sms.endpoint`);
 * - a multi-tenant service's endpoint whose URL names no tenant of its own: Microsoft's sign-in with `common`,
 *   `organizations`, `consumers` or the nil tenant, Google's OAuth endpoints, a Slack webhook whose ids and secret are
 *   stand-ins (`/services/T00000000/B00000000/XXXX…`);
 * - an application vendor's own public repositories and community site (Discourse's official themes on
 *   `github.com/discourse/…`, `meta.discourse.org`); a GitHub profile page (`github.com/<login>`) and avatar image;
 * - an application vendor's own services every installation is set to call (Mattermost's push proxy, plugin marketplace
 *   and notices; the Jitsi plugin's public meeting service), and the global endpoints a default names before the owner's
 *   part is known (Mattermost's `AmazonS3Endpoint` of `s3.amazonaws.com`, its bucket in a key of its own; Google's and
 *   Microsoft Graph's user-info endpoints).
 * A tenant's URL on the same host (Microsoft's sign-in with the owner's tenant id, a Slack webhook with real ids) stays
 * a pointer: it reaches the owner's directory or channel. Whatever credential sits beside a shared endpoint is
 * forbidden-secrets' to judge. Mail relays (`smtp.office365.com`) are not listed: which relay an installation sends
 * through is the owner's choice, and a sanitizer points it at a catcher.
 */
interface VendorEndpoint {
  /** What it is, for the finding's words. */
  what: string;
  /** When the URL's path can name a tenant: whether this path names one (undefined: the host names none). */
  namesTenant?: (path: string) => boolean;
}

/** Microsoft identity platform: the first path segment is the tenant (`/{tenant}/oauth2/v2.0/authorize`). */
const MICROSOFT_TENANTLESS: ReadonlySet<string> = new Set(["", "common", "organizations", "consumers"]);
const microsoftTenant = (path: string): boolean => {
  const segment = firstSegment(path, 0);
  return !MICROSOFT_TENANTLESS.has(segment.toLowerCase()) && !isPlaceholder(segment);
};

/**
 * Slack's incoming webhook `/services/T…/B…/secret`: a tenant's unless every segment after `services` is a stand-in (one
 * character repeated after the id's letter, `T00000000`, `XXXXXXXX…`, or a sanitizer's placeholder).
 */
const slackTenant = (path: string): boolean => {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments[0] !== "services" || segments.length < 2) return segments.length > 0;
  return segments.slice(1).some((s) => !standsIn(s));
};

/** One character repeated, after an id's leading capital (`T00000000`, `B00000000`, `XXXXXXXX`), or a placeholder. */
function standsIn(segment: string): boolean {
  const from = segment.length > 4 && segment.charCodeAt(0) >= 0x41 && segment.charCodeAt(0) <= 0x5a && segment.charCodeAt(1) === 0x30 ? 1 : 0;
  const c = segment.charCodeAt(from);
  let same = segment.length - from >= 4;
  for (let i = from + 1; i < segment.length && same; i++) same = segment.charCodeAt(i) === c;
  return same || isPlaceholder(segment);
}

/**
 * Application vendors' own organisations on GitHub, whose public repositories every installation is offered: Discourse's
 * official themes and components (`remote_themes.remote_url` = `https://github.com/discourse/discourse-brand-header.git`,
 * their `license_url`). Any other owner's repository (the site owner's own theme, private or not) stays a pointer.
 */
const VENDOR_GITHUB_ORGS: ReadonlySet<string> = new Set(["discourse"]);
const githubOwner = (path: string): boolean => {
  const owner = firstSegment(path, 0);
  // A profile page alone (`github.com/<login>`: a linked account's `html_url` in Gitea's external_login_user.raw_data) is a
  // person's or an organisation's page on GitHub, no repository a copy would fetch from or push to.
  if (owner !== "" && firstSegment(path, path.indexOf(owner) + owner.length) === "") return false;
  return !VENDOR_GITHUB_ORGS.has(owner.toLowerCase());
};

/** Google's APIs host: shared for its OAuth endpoints (`/oauth2/v4/token`), an owner's resource elsewhere (`/storage/v1/b/<bucket>`). */
const googleApisTenant = (path: string): boolean => firstSegment(path, 0) !== "oauth2";

/** Microsoft Graph: the signed-in user's own record (`/v1.0/me`, `/oidc/userinfo`) names no tenant; a site, group or user by id does. */
const graphTenant = (path: string): boolean => {
  const first = firstSegment(path, 0);
  if (first === "oidc") return firstSegment(path, 5) !== "userinfo";
  return !((first === "v1.0" || first === "beta") && firstSegment(path, first.length + 1) === "me");
};

/** S3's global endpoint: a path names a bucket (path-style `s3.amazonaws.com/<bucket>/…`); the bare host names none. */
const s3Bucket = (path: string): boolean => firstSegment(path, 0) !== "";

function firstSegment(path: string, from: number): string {
  let start = from;
  while (start < path.length && path.charCodeAt(start) === 0x2f) start++;
  const end = path.indexOf("/", start);
  return path.slice(start, end < 0 ? path.length : end);
}

const VENDOR_ENDPOINTS: ReadonlyMap<string, VendorEndpoint> = new Map<string, VendorEndpoint>([
  ["gitpod.io", { what: "Gitpod's hosted service, GitLab's default" }],
  ["iap.odoo.com", { what: "Odoo's in-app purchase service, every installation's default" }],
  ["iap-sms.odoo.com", { what: "Odoo's SMS service, every installation's default" }],
  ["iap-extract.odoo.com", { what: "Odoo's document digitization service, every installation's default" }],
  ["iap-services.odoo.com", { what: "Odoo's in-app services, every installation's default" }],
  ["login.microsoftonline.com", { what: "Microsoft's sign-in, no tenant of its own", namesTenant: microsoftTenant }],
  ["login.windows.net", { what: "Microsoft's sign-in, no tenant of its own", namesTenant: microsoftTenant }],
  ["accounts.google.com", { what: "Google's sign-in" }],
  ["oauth2.googleapis.com", { what: "Google's OAuth token endpoint" }],
  ["openidconnect.googleapis.com", { what: "Google's OpenID Connect endpoint" }],
  ["hooks.slack.com", { what: "Slack's webhook host with stand-in ids", namesTenant: slackTenant }],
  ["github.com", { what: "the application vendor's own public repository, offered to every installation", namesTenant: githubOwner }],
  // A GitHub user's avatar image (`/u/<id>?v=4`), public on every page that shows the user: Gitea keeps it for linked accounts.
  ["avatars.githubusercontent.com", { what: "GitHub's avatar images, public" }],
  ["meta.discourse.org", { what: "Discourse's community site, which its official themes and plugins link to" }],
  ["www.googleapis.com", { what: "Google's OAuth token endpoint", namesTenant: googleApisTenant }],
  ["people.googleapis.com", { what: "Google's People API, the signed-in user's own profile" }],
  ["graph.microsoft.com", { what: "Microsoft Graph, the signed-in user's own record", namesTenant: graphTenant }],
  ["s3.amazonaws.com", { what: "AWS S3's global endpoint, no bucket of its own", namesTenant: s3Bucket }],
  ["push.mattermost.com", { what: "Mattermost's hosted push notification service" }],
  ["push-test.mattermost.com", { what: "Mattermost's test push notification service, Team Edition's default" }],
  ["api.integrations.mattermost.com", { what: "Mattermost's plugin marketplace, every installation's default" }],
  ["notices.mattermost.com", { what: "Mattermost's in-product notices, every installation's default" }],
  ["meet.jit.si", { what: "Jitsi's public meeting service, the Mattermost Jitsi plugin's default" }],
]);

/** The words that start a vendor endpoint's description (the rule tells its tallies apart by them). */
export const VENDOR_DESCRIPTION = "a vendor's shared endpoint";

/**
 * The description of a public host's mention when it is a vendor's shared endpoint (see above), else undefined.
 * `host` is the classified host (normalized); asked only for public hosts.
 */
export function vendorEndpoint(host: string, mention: HostMention): string | undefined {
  const endpoint = VENDOR_ENDPOINTS.get(host);
  if (endpoint === undefined) return undefined;
  if (endpoint.namesTenant !== undefined) {
    const d = mention.display;
    // A tenant can only be read from a URI's path; a bare host names none.
    const path = typeof d === "string" ? "" : d.text.slice(d.authorityEnd, d.queryStart);
    if (endpoint.namesTenant(path.startsWith("/") ? path : "")) return undefined;
  }
  return `${VENDOR_DESCRIPTION} (${endpoint.what})`;
}
