/**
 * Issue 12 "same answers": the rules' per-cell shortcuts (pre-checks that rule a cell out, memos of
 * distinct values per column) give the report of judging every cell in full. Each case runs twice,
 * shortcuts on and off (`fastPaths`), and the reports must be identical: on every corpus dump
 * (plain, data-only and --column-inserts, where every row brings its own column list) and on
 * random tables whose columns and values are drawn to reach every branch, repeats included.
 */
import { existsSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze.js";
import { forbiddenSecrets } from "../../../src/rules/forbidden-secrets.js";
import { liveHostPointers } from "../../../src/rules/live-host-pointers.js";
import { unsanitizedPii } from "../../../src/rules/unsanitized-pii.js";
import { fastPaths } from "../../../src/rules/judgement/fast-paths.js";
import type { Rule } from "../../../src/rules/rule.js";
import { runRuleOnRows } from "../pii/fake-context.js";
import { runRule } from "../secrets/fake-rule-context.js";
import { T } from "../secrets/fake-tokens.js";

const RULES = ["forbidden-secrets", "live-host-pointers"];

afterEach(() => {
  fastPaths.enabled = true;
});

async function bothWays<R>(run: () => Promise<R> | R): Promise<[R, R]> {
  fastPaths.enabled = true;
  const fast = await run();
  fastPaths.enabled = false;
  const slow = await run();
  fastPaths.enabled = true;
  return [fast, slow];
}

describe("shortcuts on and off give the same report", () => {
  const root = new URL("../../../corpus/dumps/", import.meta.url);
  const dumps = readdirSync(root).flatMap((dir) =>
    ["plain.sql", "data-only.sql", "column-inserts.sql"].map((f) => new URL(`${dir}/${f}`, root)).filter((u) => existsSync(u)).map((u) => u.pathname),
  );

  it(`on the corpus dumps (${dumps.length} files)`, async () => {
    expect(dumps.length).toBeGreaterThan(20);
    for (const path of dumps) {
      const [fast, slow] = await bothWays(() => analyze({ path }, { onlyRules: RULES, jobs: 1 }));
      expect(fast.findings, path).toEqual(slow.findings);
      expect(JSON.stringify(fast), path).toBe(JSON.stringify(slow));
    }
  }, 300_000);

  it(`unsanitized-pii on the corpus dumps (value memo, JSON leaf walk: ${dumps.length} files)`, async () => {
    for (const path of dumps) {
      const [fast, slow] = await bothWays(() => analyze({ path }, { onlyRules: ["unsanitized-pii"], jobs: 1 }));
      expect(JSON.stringify(fast), path).toBe(JSON.stringify(slow));
    }
  }, 300_000);

  const columnPool: [string, string | undefined][] = [
    ["notes", "text"], ["api_token", "text"], ["password_hash", "text"], ["password_salt", "text"], ["settings", "jsonb"], ["config", "json"],
    ["payload", "text"], ["tags", "text[]"], ["blob", "bytea"], ["session_key", "character varying(64)"], ["webhook_url", "text"], ["host", "text"],
    ["db_host", "character varying"], ["ip", "inet"], ["server_ip", "inet"], ["counter", "integer"], ["doc", undefined], ["aws_secret_access_key", "text"], ["aws_secret_key_id", "text"], ["token", "text"], ["id", "uuid"],
  ];
  const valuePool = [
    null, "", "active", "REDACTED", "changeme", "  ", "plain words with key and token inside", "see https://intranet.acme.corp/wiki and db.prod.acme.com",
    "postgres://app:" + "S3cr" + "etPw@db.internal:5432/app", "host=10.1.2.3 port=5432 user=x password=" + "hunter2", T.stripeLive(), T.bcrypt(), "$2b$12$" + "x".repeat(53), T.awsSecret(), T.awsKeyId(), T.jwt(), T.ghp(),
    '{"password": "' + "hunter2" + '", "host": "db.acme-prod.com"}', '{"session": "abc", "ok": true}', '{"url": "https://api.stripe.com/v1", "n": 1.5}', '{"a": [{"db_host": "10.0.0.5"}]}', "[1, 2]", '{"bad json',
    '{"private_key": "' + T.pem().replace(/\n/g, "\\n") + '", "client_email": "x@y.iam.gserviceaccount.com", "type": "service_account"}',
    "{a,b}", '{"https://hooks.example.com/x","' + "sk" + "_live_" + "0123456789abcdefABCDEF01" + '"}', "\\x70617373776f7264", "10.20.30.40", "2001:db8::1", "198.51.100.7/32", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8",
    "ci-runner-3.corp.example-corp.com (10.4.4.21) refused", "mongodb+srv://u:p@cluster0.abcde.mongodb.net", "Server=db.acme.com;Pwd=" + "Xy12345678;",
    '{"h\\u006fst": "dbprod"}', '{"WEBHOO\u212a": "acme-prod.com"}', '{"note": "moved to build-7.ci.acme-prod.com yesterday"}', '{"clientIp": "10.1.1.1"}', ' {"a": "https://x.acme-prod.com"}',
    "{not json but names db.acme-prod.com and more}", `{"aws_secret_access_key_id": "${T.awsSecret()}"}`, `{"session": {"api_key": "${T.awsSecret()}"}}`, '{"totp": "JBSWY3DPEHPK3PXP", "bearer": "abc"}', `{"hmac": "${T.awsSecret()}"}`, '{"passwordPolicy": "strong", "Session": 3}', '["10.9.8.7", "see 10.9.8.7 now"]', "version 10.2.45.1 shipped", '{"tags": ["x", "y"], "n": 1.25}',
    // Compact JSON (no white space): a dotted word is no prose host there; with a space it is.
    '{"recovery_email":"ann@mail.yahoo.co.uk","note":"build-7.ci.acme-prod.com"}', '{"note":"see build-7.ci.acme-prod.com now"}',
    // Stored web links: without `?` or `@`, one after another, a query token after a plain link, userinfo after one, `://` inside an authority.
    "https://track.parcelservice.example/t/mXboSG1bLxua1X55", "https://www.acme-prod.com/about?ref=MZ4Ee0", "https://a.example.org/x then https://api.acme-prod.com/v1?api_key=" + "Zk3q9LmP2xWv7RtY8sNb",
    "see https://a.example.org/x and ftp://deploy:" + "Tr0ub4dor3x" + "@files.acme-prod.com/", "http://a://b:" + "pw9f8e7d6c" + "@db.acme-prod.com", "https://x.example/?", "redis://cache.internal:6379/0",
    "https://a.example.org/x postgres://db.acme-prod.com/app?sslmode=require&password=" + "Hunter2xyz",
    // A whole host:port list (no scheme), and what only looks like one.
    "redis-master.prod.svc.cluster.local:6379", "b-1.kafka.acme-prod.com:9092,b-2.kafka.acme-prod.com:9092", "[fd12:3456::10]:9200", "10.0.5.21:3000", "81.2.69.160:51544",
    "OrderService.java:212", "12.5:1", '{"nodes": ["10.0.12.5:6379", "x"], "ttl": "1:00:00"}', '{"bootstrap":"b-3.kafka.acme-prod.com:9092"}', "[1, 2]:8",
  ];
  const table = fc.record({
    name: fc.constantFrom("users", "sessions", "settings", "servers", "events", "orders", "directus_users"),
    columns: fc.uniqueArray(fc.constantFrom(...columnPool), { minLength: 1, maxLength: 6, selector: (c) => c[0] }),
    extraKeyValue: fc.boolean(),
    rows: fc.array(fc.array(fc.nat({ max: valuePool.length - 1 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
  });

  interface RandomTable {
    name: string;
    columns: [string, string | undefined][];
    extraKeyValue: boolean;
    rows: number[][];
  }
  const runTable = (rule: Rule, t: RandomTable) => {
    // A key/value table: the name column is the value's name.
    const columns: [string, string | undefined][] = t.extraKeyValue ? [["key", "text"], ["value", "text"], ...t.columns.slice(0, 2)] : t.columns;
    return runRule(rule, {}, (send) => {
      t.rows.forEach((picks, rowIndex) => {
        const values = columns.map(([name], c) => (t.extraKeyValue && name === "key" ? (["smtp_password", "api_key", "title", "db_host"][picks[c]! % 4] ?? "k") : (valuePool[picks[c]!] ?? null)));
        send.row("public", t.name, columns.map((c) => c[0]), columns.map((c) => c[1]), values, rowIndex);
      });
    });
  };

  for (const rule of [forbiddenSecrets, liveHostPointers] as Rule[]) {
    it(`${rule.id}: on random tables with repeated values`, async () => {
      await fc.assert(
        fc.asyncProperty(table, async (t) => {
          const [fast, slow] = await bothWays(() => runTable(rule, t));
          expect(fast).toEqual(slow);
        }),
        { numRuns: 300 },
      );
    });
  }

  // unsanitized-pii: the per-column value memo and the JSON leaf walk (pre-checks counted while reading) against judging every cell's full leaf list.
  const piiColumns: [string, string | undefined][] = [
    ["settings", "jsonb"], ["profile", "json"], ["prefs", "text"], ["notes", "text"], ["email", "text"], ["phone", "text"], ["contacts", "jsonb[]"], ["status", "text"], ["doc", undefined],
  ];
  const piiValues = [
    null, "", "active", "REDACTED", "anna.meyer@gmail.com", "user7@example.com", "+33 6 71 42 93 18", "06 12 34 56 78", "call +44 20 7946 0958 today", "4532 0151 1283 0366",
    '{"email": "anna.meyer@gmail.com", "lang": "de"}', '{"phone": "06 12 34 56 78"}', '{"contact": {"mobile": "+49 1512 3456789", "tags": ["a", "+33 6 71 42 93 18"]}}',
    '{"note": "reach me at bob\\u0040corp-mail.de or 0612345678"}', '{"n": 1234567, "m": 12345678901, "iban": "DE89370400440532013000"}', '{"a": [{"b": [{"email": "x@y"}]}]}',
    '{"name": "Anna Meyer", "city": "Berlin", "birth_date": "1984-07-02"}', '{"recovery_email": "carl.olsen12@yahoo.co.uk", "theme": "dark"}', '{"bad json "a@b.fr"', "[1, 2, 3]",
    '["+33 6 71 42 93 18", {"e": "ann@mail.fr"}]', '{"k\\u0065y": "x", "pay": "4532-0151-1283-0366"}', '{"deep": ' + '{"x": '.repeat(70) + '"sam@corp.fr"' + "}".repeat(70) + "}",
    '{"{anna@gmail.com,+33671429318}"}', "{anna@gmail.com,+33671429318}",
  ];
  const piiTable = fc.record({
    name: fc.constantFrom("users", "profiles", "events"),
    columns: fc.uniqueArray(fc.constantFrom(...piiColumns), { minLength: 1, maxLength: 5, selector: (c) => c[0] }),
    rows: fc.array(fc.array(fc.nat({ max: piiValues.length - 1 }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
  });
  it("unsanitized-pii: on random tables of JSON, named and free-text columns with repeated values", async () => {
    await fc.assert(
      fc.asyncProperty(piiTable, async (t) => {
        const run = () =>
          runRuleOnRows(unsanitizedPii, [{ table: t.name, columns: t.columns.map((c) => c[0]), types: t.columns.map((c) => c[1]), rows: t.rows.map((picks) => t.columns.map((_, c) => piiValues[picks[c]!] ?? null)) }]);
        const [fast, slow] = await bothWays(run);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });
});
