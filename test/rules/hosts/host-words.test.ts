import { describe, expect, it } from "vitest";
import { hostRoleOfName } from "../../../src/rules/hosts/host-words.js";

describe("hostRoleOfName", () => {
  const cases: [name: string, role: "host" | "url" | undefined][] = [
    ["host", "host"],
    ["hostname", "host"],
    ["db_host", "host"],
    ["dbHost", "host"],
    ["host_name", "host"],
    ["server", "host"],
    ["ip_address", "host"],
    ["url", "url"],
    ["target_url", "url"],
    ["webhookUrl", "url"],
    ["callback", "url"],
    ["redirect_uri", "url"],
    ["origin", "url"],
    ["endpoint", "url"],
    ["domain", "url"],
    // The last word says what the value is.
    ["server_version", undefined],
    ["host_id", undefined],
    ["ip_count", undefined],
    ["zip", undefined],
    ["version", undefined],
    ["email", undefined],
    ["ghostwriter", undefined],
    // A value made from a host or address (a digest, a salt) is not the host.
    ["ip_hash", undefined],
    ["hashed_ip", undefined],
    ["ipHash", undefined],
    ["host_fingerprint", undefined],
    ["server_salt", undefined],
    ["client_ip_sha256", undefined],
    // Plurals: lists of URLs and origins (scan, stop 19).
    ["urls", "url"],
    ["webhook_urls", "url"],
    ["spring.elasticsearch.uris", "url"],
    ["app.cors.allowed-origins", "url"],
    // Plurals run together with their word, as unquoted names are written (real lane, stop 24: Mattermost's callbackurls).
    ["callbackurls", "url"],
    ["redirecturis", "url"],
    ["trustedendpoints", "url"],
    ["curls", undefined],
    // A service's address is a host; an address alone is a street's or an e-mail's.
    ["VAULT_ADDR", "host"],
    ["REDIS_ADDR", "host"],
    ["smtp_address", "host"],
    ["lns_address", "host"],
    ["listen_addr", "host"],
    ["address", undefined],
    ["email_address", undefined],
    ["billing_address", undefined],
    ["mac_address", undefined],
    // A domain list that is a rule about sign-ups' addresses (real lane, stop 25: Mattermost's RestrictCreationToDomains);
    // a cookie's or a site's domain keeps its role, as does a list with another URL word.
    ["RestrictCreationToDomains", undefined],
    ["allowed_email_domains", undefined],
    ["email_domain_blocklist", undefined],
    ["cookie_domain", "url"],
    ["site_domain", "url"],
    ["allowed_redirect_domains", "url"],
    // A header's name is no host (Mattermost's TrustedProxyIPHeader = X-Forwarded-For); a host header holds one.
    ["TrustedProxyIPHeader", undefined],
    ["ip_headers", undefined],
    ["origin_host_header", "host"],
  ];
  for (const [name, role] of cases) {
    it(`${name} -> ${role ?? "nothing"}`, () => {
      expect(hostRoleOfName(name)).toBe(role);
      // Remembered answers are the same answers.
      expect(hostRoleOfName(name)).toBe(role);
    });
  }
});
