import { readFileSync } from "node:fs";
import { accountColumns, arrayToken, ddl, directusToken, jsonDoc, jsonServiceAccount, md5RolPassword, rowPlants } from "../rules/secrets/planted-secrets.js";

/**
 * Every secret and personal value planted in the corpus, in clear: what no output of dumpguard may
 * repeat. Gathered from the lists the corpus tests already keep (no value is typed twice where a
 * list exists), plus every public or private IPv4 address found in the dumps themselves.
 */
export function plantedSecrets(): string[] {
  return [
    ...rowPlants.map((p) => p.secret ?? p.payload),
    ...accountColumns.map((c) => c.value),
    jsonDoc.slack.webhook,
    jsonDoc.creds.api_key,
    jsonServiceAccount.private_key,
    arrayToken,
    directusToken,
    md5RolPassword,
    ...Object.values(ddl),
  ];
}

/** pii-real's planted personal values (test/rules/pii/fixtures/pii-real.planted.json). All-digit values under 7 characters (a CVV) also occur as line numbers, so they are left out, as in unsanitized-pii.corpus.test.ts. */
export function plantedPersonalValues(): string[] {
  const planted: { values: string[] }[] = JSON.parse(readFileSync("test/rules/pii/fixtures/pii-real.planted.json", "utf8")).planted;
  return [...new Set(planted.flatMap((p) => p.values))].filter((v) => !(/^\d+$/.test(v) && v.length < 7) && v.length >= 4);
}

/**
 * Values planted next to hosts (test/rules/live-host-pointers.corpus.test.ts) and in the realistic
 * dirty dumps (test/corpus/realistic.test.ts PLANTED_VALUES). Those lists live inside test files,
 * which cannot be imported without running their suites, so they are repeated here.
 */
export const OTHER_PLANTED = [
  "not-a-real-password",
  "abc123",
  "Rep0rtW0rker!2023",
  "Wint3r-is-c0ming!Smtp",
  "Ld@pBind#2022",
  "Tr0ub4dor&3-Wh",
  "h2Adm1nPass",
  "L3gacyBI2021",
  "zqm1mnyounii5wcerkh24rn0y75u2uec",
  "dkowalski@gmail.com",
  "UpsAcme#2023",
  "Sm7p!AcmeShop",
  "V81Aw71l33SCx9vHjHkm1x72EsSfUQUA",
  "qXSTs98vPlL2aEJXquQrDs0GPRZwwrPw",
  "jens.hartmann@web.de",
  "Erp5ync!Prod",
  "Arch1ve-H2",
  "Jk3Lm9Qp2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh",
  "0946343636",
  "petra.vogel@gmx.de",
];

/** Dotted-quad IPv4 addresses in a text that name a machine: not loopback, unspecified or a documentation range. */
export function ipv4Addresses(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g)) {
    const o = m.slice(1, 5).map(Number);
    if (o.some((x) => x > 255) || m.slice(1, 5).some((x) => x.length > 1 && x.startsWith("0"))) continue;
    const [a, b, c] = o as [number, number, number];
    if (a === 127 || a === 0 || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) continue;
    out.add(m[0]);
  }
  return [...out];
}
