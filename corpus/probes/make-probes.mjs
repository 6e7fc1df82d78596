#!/usr/bin/env node
// The application probes: databases laid out as ten real applications store them (Keycloak, Mastodon,
// WordPress/WooCommerce, Odoo, Nextcloud, a GitLab-like schema, Grafana, Discourse, Mattermost, Gitea), each once sanitized ("clean") and once
// as production holds it ("dirty"). This script writes their SQL sources; corpus/make-corpus.sh (and
// make-corpus-pg18.mjs) turn those into real pg_dump output like every other source.
//
//   node corpus/probes/make-probes.mjs           write corpus/sources/probe-APP-{clean,dirty}.sql and corpus/probes/expected.json
//   node corpus/probes/make-probes.mjs --check   exit 1 when a committed file differs from what this script writes
//
// Clean variants are sanitized the usual ways: `UserN Example` people, example.com hosts, 555-01xx numbers,
// 192.0.2.x, `**********` or `REDACTED`, numbered stand-ins (`token-12`), one fixed hash; ciphertext
// at rest stays ciphertext, as a sanitizer leaves it. Dirty variants hold real-looking people in several
// countries, live hosts and random secrets in their issuers' formats. Everything is drawn from a seeded
// generator, so the output is the same on every run.
//
// expected.json is what a reader of each dirty dump wants reported: rule and table.column (and a JSON
// path where it matters), declared next to the value each app function plants, reviewed by hand.
// test/corpus/probes.test.ts scores the dumps against it and asserts today's false alarms and misses.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { discourse } from "./discourse.mjs";
import { gitea } from "./gitea.mjs";
import { gitlab } from "./gitlab.mjs";
import { grafana } from "./grafana.mjs";
import { keycloak } from "./keycloak.mjs";
import { mastodon } from "./mastodon.mjs";
import { mattermost } from "./mattermost.mjs";
import { nextcloud } from "./nextcloud.mjs";
import { odoo } from "./odoo.mjs";
import { wordpress } from "./wordpress.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes("--check");
const APPS = { keycloak, mastodon, wordpress, odoo, nextcloud, gitlab, grafana, discourse, mattermost, gitea };
const RULES = { S: "forbidden-secrets", H: "live-host-pointers", P: "unsanitized-pii" };
const NAMES = { keycloak: "Keycloak", mastodon: "Mastodon", wordpress: "WordPress/WooCommerce", odoo: "Odoo", nextcloud: "Nextcloud", gitlab: "a GitLab-like application", grafana: "Grafana", discourse: "Discourse", mattermost: "Mattermost", gitea: "Gitea" };

const files = {};
const expected = {};
for (const [app, make] of Object.entries(APPS)) {
  for (const variant of ["clean", "dirty"]) {
    const { out, exp } = make(variant === "dirty");
    // pg_dump 15's plain dump only: the pg_dump 18 leg adds the INSERT form, which is enough variety for a probe.
    const header = [
      "-- corpus: variants=plain",
      `-- Application probe: ${NAMES[app]}, ${variant === "dirty" ? "as production holds it (expected findings: corpus/probes/expected.json)" : "sanitized for hand-off"}.`,
      "-- Written by corpus/probes/make-probes.mjs; do not edit by hand.",
    ];
    files[join(here, "../sources", `probe-${app}-${variant}.sql`)] = [...header, ...out].join("\n") + "\n";
    if (variant === "dirty") expected[app] = exp.map(([rule, column, jsonPath]) => ({ rule: RULES[rule], column, ...(jsonPath ? { jsonPath } : {}) }));
  }
}
files[join(here, "expected.json")] = JSON.stringify(expected, null, 1) + "\n";

let stale = 0;
for (const [path, text] of Object.entries(files)) {
  if (!check) writeFileSync(path, text);
  else if (readFileSync(path, "utf8") !== text) {
    console.error(`probes: ${path} is not what corpus/probes/make-probes.mjs writes`);
    stale++;
  }
}
if (stale > 0) process.exit(1);
