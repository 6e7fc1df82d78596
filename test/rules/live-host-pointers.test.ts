import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liveHostPointers } from "../../src/rules/live-host-pointers.js";
import type { FindingInput, RowEvent, RuleContext, StatementInfo } from "../../src/rules/rule.js";
import type { CommentEvent, MetaCommandEvent } from "../../src/lexer/events.js";
import { statementKind } from "../../src/lexer/statement-kind.js";
import type { Range } from "../../src/report/location.js";

type Input =
  | { statement: string; line?: number }
  | { meta: string; line?: number }
  | { comment: string; line?: number }
  | { row: { table: string; columns: string[]; types?: (string | undefined)[]; values: (string | null)[]; line?: number } };

function rangeAt(line: number, text: string): Range {
  return { start: { offset: 0, line, column: 1 }, end: { offset: text.length, line, column: text.length + 1 } };
}

/** A row finding in brief: severity, `table.column[ jsonPath]`, first evidence detector, count. */
const brief = (f: FindingInput) => [f.severity, `${f.object?.table}.${f.object?.column}${f.object?.jsonPath ? ` ${f.object.jsonPath}` : ""}`, f.evidence?.[0]?.detector, f.count];

/** A minimal stand-in for the engine: hands the events to the rule's listeners in order and collects its reports. */
function run(inputs: Input[], options: unknown = {}): FindingInput[] {
  const found: FindingInput[] = [];
  const listeners = { statement: [] as ((s: StatementInfo) => void)[], row: [] as ((r: RowEvent) => void)[], meta: [] as ((m: MetaCommandEvent) => void)[], comment: [] as ((c: CommentEvent) => void)[], end: [] as (() => void)[] };
  const context = {
    options: liveHostPointers.options.parse(options),
    catalog: undefined as never,
    onStatement: (l: (s: StatementInfo) => void) => listeners.statement.push(l),
    onRow: (l: (r: RowEvent) => void) => listeners.row.push(l),
    onMeta: (l: (m: MetaCommandEvent) => void) => listeners.meta.push(l),
    onComment: (l: (c: CommentEvent) => void) => listeners.comment.push(l),
    onInputProblem: () => {},
    onEnd: (l: () => void) => listeners.end.push(l),
    report: (f: FindingInput) => found.push(f),
    diagnose: () => {},
    reportColumnVerdict: () => {},
    reportSampling: () => {},
  } satisfies RuleContext<unknown>;
  liveHostPointers.check(context as never);
  const rowIndex = new Map<string, number>();
  for (const input of inputs) {
    if ("statement" in input) {
      const info: StatementInfo = { kind: "statement", text: input.statement, range: rangeAt(input.line ?? 1, input.statement), statementKind: statementKind(input.statement) };
      for (const l of listeners.statement) l(info);
    } else if ("meta" in input) {
      const command = input.meta.slice(1).split(/\s/)[0] ?? "";
      for (const l of listeners.meta) l({ kind: "meta", text: input.meta, command, range: rangeAt(input.line ?? 1, input.meta) });
    } else if ("comment" in input) {
      for (const l of listeners.comment) l({ kind: "comment", text: input.comment, range: rangeAt(input.line ?? 1, input.comment) });
    } else {
      const r = input.row;
      const index = rowIndex.get(r.table) ?? 0;
      rowIndex.set(r.table, index + 1);
      const row: RowEvent = { schema: "public", table: r.table, columns: r.columns, types: r.types ?? r.columns.map(() => "text"), values: r.values, rowIndex: index, source: "copy", range: rangeAt(r.line ?? 1, "x") };
      for (const l of listeners.row) l(row);
    }
  }
  for (const l of listeners.end) l();
  return found;
}

const summary = (f: FindingInput) => ({ severity: f.severity, detector: f.evidence?.[0]?.detector, kind: f.object?.kind });

describe("live-host-pointers: connection targets (error)", () => {
  it("CREATE SERVER host option on an internal suffix, located at the literal's host", () => {
    const sql = "CREATE SERVER erp_link FOREIGN DATA WRAPPER postgres_fdw OPTIONS (\n    dbname 'erp',\n    host 'erp-db.corp',\n    port '5432'\n);";
    const [f, ...rest] = run([{ statement: sql, line: 10 }]);
    expect(rest).toEqual([]);
    expect(summary(f!)).toEqual({ severity: "error", detector: "internal-host", kind: "server" });
    expect(f!.object?.name).toBe("erp_link");
    expect(f!.range?.start.line).toBe(12);
    expect(f!.range?.start.column).toBe(11);
    expect(f!.range!.end.offset - f!.range!.start.offset).toBe("erp-db.corp".length);
    expect(f!.help).toMatch(/\.invalid/);
  });

  it("other wrappers' host options: mongo_fdw address, kafka_fdw brokers, oracle_fdw dbserver, tds_fdw servername", () => {
    const found = run([
      { statement: "CREATE SERVER m FOREIGN DATA WRAPPER mongo_fdw OPTIONS (address '10.3.3.3', port '27017');" },
      { statement: "CREATE SERVER k FOREIGN DATA WRAPPER kafka_fdw OPTIONS (brokers 'kafka-1.corp:9092,kafka-2.corp:9092');" },
      { statement: "CREATE SERVER o FOREIGN DATA WRAPPER oracle_fdw OPTIONS (dbserver '//ora.acme-prod.com:1521/ORCL');" },
      { statement: "CREATE SERVER t FOREIGN DATA WRAPPER tds_fdw OPTIONS (servername 'mssql01', database 'x');" },
    ]);
    expect(found.map((f) => [f.object?.name, f.evidence?.[0]?.detector, f.severity])).toEqual([
      ["m", "internal-host", "error"],
      ["k", "internal-host", "error"],
      ["k", "internal-host", "error"],
      ["o", "public-host", "error"],
      ["t", "internal-host", "error"],
    ]);
  });

  it("a street address column is not a host column", () => {
    expect(run([{ row: { table: "customers", columns: ["address"], values: ["Main.St 5"] } }, { row: { table: "customers", columns: ["addr"], values: ["Hauptstr.5"] } }])).toEqual([]);
  });

  it("a single-label host option is internal", () => {
    const [f] = run([{ statement: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'pgprimary');" }]);
    expect(summary(f!)).toEqual({ severity: "error", detector: "internal-host", kind: "server" });
  });

  it("a subscription's conninfo with a public host", () => {
    const [f] = run([{ statement: "CREATE SUBSCRIPTION sub_orders CONNECTION 'host=db1.acme-prod.com port=5432 dbname=shop user=repl password=xyz' PUBLICATION pub WITH (connect = false, slot_name = 'sub_orders');" }]);
    expect(summary(f!)).toEqual({ severity: "error", detector: "public-host", kind: "subscription" });
    expect(f!.object?.name).toBe("sub_orders");
    expect(JSON.stringify(f)).not.toContain("xyz");
  });

  it("a user mapping and a foreign table with host options", () => {
    const found = run([
      { statement: "CREATE USER MAPPING FOR app SERVER erp_link OPTIONS (\n    host '10.20.30.40',\n    password 'pw'\n);" },
      { statement: "CREATE FOREIGN TABLE public.remote_orders (\n    id integer\n)\nSERVER erp_link\nOPTIONS (\n    schema_name 'public',\n    table_name 'orders'\n);" },
      { statement: "ALTER FOREIGN TABLE ONLY public.remote_items OPTIONS (ADD hostname 'items.lan');" },
    ]);
    expect(found.map(summary)).toEqual([
      { severity: "error", detector: "internal-host", kind: "user mapping" },
      { severity: "error", detector: "internal-host", kind: "foreign table" },
    ]);
    expect(found[0]!.object?.name).toBe("app@erp_link");
    expect(found[1]!.object?.table).toBe("remote_items");
  });

  it("dblink_connect in a function body is a connection target", () => {
    const body = "CREATE FUNCTION public.sync_orders() RETURNS void\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n  PERFORM dblink_connect('host=192.168.10.5 dbname=erp');\nEND\n$$;";
    const [f] = run([{ statement: body, line: 1 }]);
    expect(summary(f!)).toEqual({ severity: "error", detector: "internal-host", kind: "function" });
    expect(f!.object).toMatchObject({ schema: "public", name: "sync_orders" });
    expect(f!.range?.start.line).toBe(5);
  });

  it("pgsql-http and pg_net calls in a routine body are connection targets; a URL in a plain routine is a warning", () => {
    const found = run([
      { statement: "CREATE FUNCTION public.notify() RETURNS void LANGUAGE sql AS $$ SELECT http_post('https://hooks.acme-prod.com/x', '{}', 'application/json') $$;" },
      { statement: "CREATE FUNCTION public.ping() RETURNS void LANGUAGE sql AS $$ SELECT net.http_get('http://10.2.2.2/ping') $$;" },
      { statement: "CREATE FUNCTION public.doc() RETURNS text LANGUAGE sql AS $$ SELECT 'see https://docs.acme-prod.com' $$;" },
    ]);
    expect(found.map((f) => [f.object?.name, f.severity])).toEqual([
      ["notify", "error"],
      ["ping", "error"],
      ["doc", "warning"],
    ]);
  });

  it("\\connect with a positional host and with a conninfo", () => {
    const found = run([{ meta: "\\connect app appuser db.prod.acme.com 5432" }, { meta: "\\connect \"host=10.1.1.1 dbname=app\"" }]);
    expect(found.map(summary)).toEqual([
      { severity: "error", detector: "public-host", kind: "connect" },
      { severity: "error", detector: "internal-host", kind: "connect" },
    ]);
    expect(found[0]!.range?.start.column).toBe("\\connect app appuser ".length + 1);
  });
});

describe("live-host-pointers: values (warning)", () => {
  it("aggregates row data per column with count, distinct hosts and 3 related rows", () => {
    const rows: Input[] = ["https://hooks.acme.io/a", "https://hooks.acme.io/b", "https://api.partner-shop.de/x?token=s3cr3t", "https://hooks.acme.io/c", "https://example.com/ok", "https://hooks.acme.io/d"].map((url, i) => ({
      row: { table: "webhooks", columns: ["id", "target_url"], types: ["integer", "text"], values: [String(i), url], line: 100 + i },
    }));
    const found = run(rows);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(summary(f)).toEqual({ severity: "warning", detector: "public-host", kind: "column" });
    expect(f.object).toMatchObject({ schema: "public", table: "webhooks", column: "target_url" });
    expect(f.count).toBe(5);
    expect(f.message).toContain("2 distinct");
    expect(f.message).toContain("hooks.acme.io ×4");
    expect(f.range?.start.line).toBe(100);
    expect(f.related?.map((r) => r.range.start.line)).toEqual([101, 102, 103]);
    expect(JSON.stringify(f)).not.toContain("s3cr3t");
  });

  it("separates internal and public hosts of one column", () => {
    const found = run([
      { row: { table: "nodes", columns: ["hostname"], values: ["pg-1.internal"] } },
      { row: { table: "nodes", columns: ["hostname"], values: ["db.acme.com"] } },
    ]);
    expect(found.map((f) => f.evidence?.[0]?.detector).sort()).toEqual(["internal-host", "public-host"]);
  });

  it("inet and cidr columns, and json keys named host", () => {
    const found = run([
      { row: { table: "peers", columns: ["addr", "net"], types: ["inet", "cidr"], values: ["10.1.2.3", "172.20.0.0/16"] } },
      { row: { table: "settings", columns: ["config"], types: ["jsonb"], values: ['{"replicas": [{"host": "pg-2.corp", "port": 5432}], "docs": "https://www.example.org"}'] } },
    ]);
    expect(found.map((f) => [f.object?.table, f.object?.column, f.object?.jsonPath, f.evidence?.[0]?.detector])).toEqual([
      ["peers", "addr", undefined, "internal-host"],
      ["peers", "net", undefined, "internal-host"],
      ["settings", "config", "$.replicas[*].host", "internal-host"],
    ]);
  });

  it("column defaults, views and COMMENT ON", () => {
    const found = run([
      { statement: "CREATE TABLE public.t (\n    id integer,\n    callback_url text DEFAULT 'https://cb.acme.com/hook'::text\n);" },
      { statement: "CREATE VIEW public.v AS\n SELECT ('postgres://reporting.acme.net/db'::text || t.id) AS link\n   FROM public.t;" },
      { statement: "COMMENT ON TABLE public.t IS 'synced from postgresql://etl@warehouse.internal/dw';" },
    ]);
    expect(found.map(summary)).toEqual([
      { severity: "warning", detector: "public-host", kind: "column default" },
      { severity: "warning", detector: "public-host", kind: "view" },
      { severity: "warning", detector: "internal-host", kind: "comment" },
    ]);
    expect(found[0]!.object?.column).toBe("callback_url");
  });

  it("settings named like a host in ALTER ROLE / ALTER DATABASE / SET", () => {
    const found = run([
      { statement: "ALTER ROLE app SET app.db_host TO 'pg-main.corp';" },
      { statement: "ALTER DATABASE shop SET app.api_url = 'https://api.acme-prod.com/v1';" },
      { statement: "SET app.cache_host = 'cache1';" },
    ]);
    expect(found.map((f) => [f.severity, f.evidence?.[0]?.detector, f.evidence?.[0]?.masked])).toEqual([
      ["warning", "internal-host", "pg-main.corp"],
      ["warning", "public-host", "https://api.acme-prod.com/…"],
      ["warning", "internal-host", "cache1"],
    ]);
  });

  it("pg_dump's own SET lines name no host", () => {
    expect(run([{ statement: "SET client_encoding = 'UTF8';" }, { statement: "SELECT pg_catalog.set_config('search_path', '', false);" }, { statement: "SET default_tablespace = '';" }])).toEqual([]);
  });

  it("a top-level comment with a URI", () => {
    const [f] = run([{ comment: "-- restored from postgres://10.0.0.9/app" }]);
    expect(summary(f!)).toEqual({ severity: "warning", detector: "internal-host", kind: "comment" });
  });
});

describe("live-host-pointers: valid (no finding)", () => {
  const valid: [name: string, inputs: Input[]][] = [
    ["a server on a .invalid name", [{ statement: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'erp.invalid', port '5432');" }]],
    ["a subscription on localhost", [{ statement: "CREATE SUBSCRIPTION s CONNECTION 'host=localhost dbname=x' PUBLICATION p WITH (connect = false);" }]],
    ["a socket directory host", [{ statement: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '/var/run/postgresql');" }]],
    ["pg_dump's own \\connect", [{ meta: "\\connect -reuse-previous=on \"dbname='app'\"" }]],
    ["documentation addresses in rows", [{ row: { table: "t", columns: ["host", "ip"], types: ["text", "inet"], values: ["db.example.com", "203.0.113.5"] } }]],
    ["version strings in a version column", [{ row: { table: "t", columns: ["version", "tag"], values: ["1.2.3.4", "v2.10.3"] } }]],
    ["file names in a url column and elsewhere", [{ row: { table: "t", columns: ["download_url", "file"], values: ["report.pdf", "index.html main.go"] } }]],
    ["qualified names in a function body", [{ statement: "CREATE FUNCTION public.f() RETURNS void LANGUAGE sql AS $$ SELECT pg_catalog.set_config('x', '', false); SELECT public.users.id FROM public.users $$;" }]],
    ["e-mail addresses in a host-ish column", [{ row: { table: "t", columns: ["email_domain_contact"], values: ["alice@acme.com"] } }]],
    ["numbers with dots and OIDs", [{ row: { table: "t", columns: ["note"], values: ["1.000.000 rows, OID 1.2.840.113549"] } }]],
    ["schema.table in a comment", [{ comment: "-- Name: users; Type: TABLE; Schema: public.users; Owner: app" }]],
    ["a Java package name in prose and in a json value", [{ row: { table: "t", columns: ["meta"], types: ["jsonb"], values: ['{"main_class": "com.example.app.Main"}'] } }]],
    ["a dotted word in a COMMENT ON", [{ statement: "COMMENT ON TABLE public.t IS 'copy of shop.orders, see api.acme.com docs';" }]],
    ["a server banner in a server column", [{ row: { table: "t", columns: ["server"], values: ["nginx/1.18.0"] } }]],
    ["an allow-listed host", [{ row: { table: "t", columns: ["host"], values: ["db.partner.io"] } }]],
  ];
  for (const [name, inputs] of valid) {
    it(name, () => {
      expect(run(inputs, { allow: ["*.partner.io"] })).toEqual([]);
    });
  }
});

describe("live-host-pointers: deny-list", () => {
  it("a deny-listed name in prose is an error", () => {
    const found = run([{ statement: "COMMENT ON TABLE public.t IS 'copied from db7.acme.com last week';" }, { row: { table: "t", columns: ["host"], values: ["replica.acme.com"] } }], { deny: [".acme.com"] });
    expect(found.map(summary)).toEqual([
      { severity: "error", detector: "denied-host", kind: "comment" },
      { severity: "error", detector: "denied-host", kind: "column" },
    ]);
  });

  it("a deny-listed name in row prose is an error, once per cell even when a URI names it too", () => {
    const found = run([{ row: { table: "t", columns: ["note"], values: ["moved off https://db7.acme.com/x, see db7.acme.com and old.acme.com"] } }], { deny: [".acme.com"] });
    expect(found.map(summary)).toEqual([{ severity: "error", detector: "denied-host", kind: "column" }]);
    // One value naming two hosts: count is values, the message names both hosts.
    expect(found[0]!.count).toBe(1);
    expect(found[0]!.message).toContain("2 distinct: db7.acme.com ×1, old.acme.com ×1");
  });

  it("a deny-listed URI host in a comment is reported once", () => {
    const found = run([{ comment: "-- from https://db7.acme.com/x" }], { deny: [".acme.com"] });
    expect(found).toHaveLength(1);
  });

  it("rejects a malformed pattern with a clear message", () => {
    const result = liveHostPointers.options.safeParse({ deny: ["acme com/x"] });
    expect(result.success).toBe(false);
  });
});

describe("live-host-pointers: hostile input never throws", () => {
  const sqlPiece = fc.constantFrom("CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (", "host ", "'", "$$", "$x$", "E'\\'", "https://", "host=", ",", ")", ";", "--", "/*", "COMMENT ON TABLE t IS ", "DEFAULT ", "CREATE FUNCTION f() AS ", "dblink(", "[::1", "10.0.0.1", "a.corp", "\n", '"');
  it("for statements, meta lines, comments and rows made of near-miss pieces", () => {
    fc.assert(
      fc.property(fc.array(sqlPiece, { maxLength: 20 }), fc.string({ maxLength: 80 }), (pieces, noise) => {
        const text = pieces.join("") + noise;
        const found = run([
          { statement: text },
          { meta: `\\connect ${text}` },
          { comment: `-- ${text}` },
          { row: { table: "t", columns: ["host", "payload", "addr", "n"], types: ["text", "jsonb", "inet[]", undefined], values: [text, text, text, text] } },
        ], { deny: [".corp"] });
        for (const f of found) {
          expect(typeof f.message).toBe("string");
          expect(f.help).toBeTruthy();
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("live-host-pointers: userinfo, paths and query strings never appear in findings", () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/);
  it("for URIs in rows, statements and comments", () => {
    fc.assert(
      fc.property(secret, secret, secret, fc.constantFrom("https", "postgresql", "redis", "mongodb+srv", "amqp"), (password, pathToken, queryToken, scheme) => {
        const uri = `${scheme}://svc:${password}@db.acme-prod.com:1234/${pathToken}?token=${queryToken}`;
        const found = run([
          { row: { table: "t", columns: ["url", "note"], values: [uri, `see ${uri} now`] } },
          { statement: `COMMENT ON TABLE public.t IS 'from ${uri}';` },
          { statement: `CREATE SUBSCRIPTION s CONNECTION '${uri}' PUBLICATION p WITH (connect = false);` },
          { comment: `-- ${uri}` },
        ]);
        expect(found.length).toBeGreaterThanOrEqual(4);
        const text = JSON.stringify(found);
        for (const value of [password, pathToken, queryToken]) expect(text).not.toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});

/** Issue 11: the severity policy by context, on what real applications store. */
describe("live-host-pointers severity policy (issue 11 items 5, 9, 11)", () => {

  it("item 5: xmlns URIs are nothing; reference links in prose are info, one per column", () => {
    const found = run([
      { row: { table: "product", columns: ["description_html"], types: ["text"], values: ['<p>Made of <a href="https://en.wikipedia.org/wiki/Merino">merino</a>.</p><svg xmlns="http://www.w3.org/2000/svg"></svg>'] } },
      { row: { table: "product", columns: ["description_html"], types: ["text"], values: ['<div xmlns:v="http://rdf.data-vocabulary.org/#">Care guide: https://www.lodgecastiron.com/care</div>'] } },
      { row: { table: "databasechangelog", columns: ["comments"], types: ["character varying(255)"], values: ["Added 0.45.0 -- see https://github.com/metabase/metabase/issues/21536"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "product.description_html", "public-host", 2],
      ["info", "databasechangelog.comments", "public-host", 1],
    ]);
  });

  it("item 5: a URL in a config-like place is a warning (URL/endpoint columns, settings keys, URL-named JSON keys)", () => {
    const found = run([
      { row: { table: "webhook", columns: ["event", "url"], types: ["text", "text"], values: ["order.created", "https://erp.acme-shop.de/api/orders"] } },
      { row: { table: "setting", columns: ["key", "value"], types: ["text", "text"], values: ["email-smtp-host", "smtp.sendgrid.net"] } },
      { row: { table: "setting", columns: ["key", "value"], types: ["text", "text"], values: ["site-name", "Acme Analytics"] } },
      { row: { table: "plugin", columns: ["config"], types: ["jsonb"], values: ['{"tracker_url":"https://stats.acme-shop.de/matomo.php","note":"see https://matomo.org/faq"}'] } },
      { row: { table: "metabase_database", columns: ["details"], types: ["text"], values: ['{"host":"10.20.30.40","port":3306}'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "webhook.url", "public-host", 1],
      ["warning", "setting.value", "public-host", 1],
      ["warning", "plugin.config $.tracker_url", "public-host", 1],
      ["info", "plugin.config $.note", "public-host", 1],
      ["warning", "metabase_database.details $.host", "internal-host", 1],
    ]);
  });

  it("item 5: a database URI in free text stays a warning; a doc link in a routine's comment line is info", () => {
    const found = run([
      { row: { table: "notes", columns: ["body"], types: ["text"], values: ["fallback is postgresql://etl@replica.acme-prod.com/dw when the primary is down"] } },
      { statement: "CREATE FUNCTION public.refresh() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  -- see https://www.metabase.com/docs/latest for the variables\n  PERFORM 1;\nEND;\n$$;" },
    ]);
    expect(found.map((f) => [f.severity, f.evidence?.[0]?.detector, f.object?.kind])).toEqual([
      ["info", "public-host", "function"],
      ["warning", "public-host", "column"],
    ]);
  });

  it("item 9: a multi-label host name and a private address in prose are found (info); file and package names are not", () => {
    const found = run([
      { row: { table: "system_issue", columns: ["body"], types: ["text"], values: ["ci-runner-3.corp.example-corp.com (10.4.4.21) refused the callback; see readme.md and config.py, index.js, java.util.List, com.example.app, v1.2.3.4 and 81.64.12.207"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "system_issue.body", "public-host", 1],
      ["info", "system_issue.body", "internal-host", 1],
    ]);
    expect(found[0]!.message).toContain("ci-runner-3.corp.example-corp.com");
    expect(JSON.stringify(found)).not.toContain("81.64.12.207");
  });

  it("item 11: client addresses (sessions, logins, activity logs) are not host pointers; a server table's addresses are", () => {
    const found = run([
      { row: { table: "activity_log", columns: ["id", "ip"], types: ["integer", "character varying(50)"], values: ["1", "81.64.12.207"] } },
      { row: { table: "login_history", columns: ["ip_address"], types: ["text"], values: ["10.0.0.12"] } },
      { row: { table: "user_sessions", columns: ["ip_address"], types: ["inet"], values: ["91.64.201.17"] } },
      { row: { table: "db_servers", columns: ["role", "ip"], types: ["text", "inet"], values: ["replica", "85.214.132.117"] } },
      { row: { table: "metabase_database", columns: ["details"], types: [undefined], values: ['{"host":"warehouse-prod.acme-analytics.com"}'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "db_servers.ip", "public-host", 1],
      ["warning", "metabase_database.details $.host", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: SQL comment lines (issue 11 item 5)", () => {
  it("a web link in a comment line is info, a database URI there stays a warning, proseSeverity off drops the link", () => {
    const inputs = [{ comment: "-- generated from https://wiki.acme-prod.com/runbook" }, { comment: "-- source: postgresql://etl@replica.acme-prod.com/dw" }];
    expect(run(inputs).map((f) => f.severity)).toEqual(["info", "warning"]);
    expect(run(inputs, { proseSeverity: "off" }).map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("live-host-pointers: an address under a JSON key is judged as a column's is (stop 19)", () => {
  it("a visitor's address (a revision's copy of a submitted form) is personal data, not a pointer; a server's is one", () => {
    const found = run([
      // Directus keeps every version of an item: a contact form's client address under `ip`.
      { row: { table: "directus_revisions", columns: ["data"], types: ["json"], values: ['{"name":"x","ip":"93.104.77.15","client_ip":"178.12.94.201"}'] } },
      { row: { table: "directus_revisions", columns: ["data"], types: ["json"], values: ['{"ip":"2a02:810d:4b3f:9a00::1"}'] } },
      // A server's: its path, column or table says so.
      { row: { table: "settings", columns: ["value"], types: ["jsonb"], values: ['{"smtp":{"ip":"185.44.12.7"}}'] } },
      { row: { table: "db_servers", columns: ["meta"], types: ["jsonb"], values: ['{"ip":"10.20.0.5"}'] } },
      { row: { table: "integrations", columns: ["config"], types: ["jsonb"], values: ['{"server_ip":"10.20.0.6","host":"db.acme.internal"}'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "settings.value $.smtp.ip", "public-host", 1],
      ["warning", "db_servers.meta $.ip", "internal-host", 1],
      ["warning", "integrations.config $.server_ip", "internal-host", 1],
      ["warning", "integrations.config $.host", "internal-host", 1],
    ]);
  });
});

describe("live-host-pointers: a name/value pair in JSON is named by its pair's name (real lane, stop 20)", () => {
  it("a CI job's variables and a container environment name their hosts; a pair named for no host stays prose", () => {
    const found = run([
      // GitLab's ci_builds_metadata.config_variables.
      { row: { table: "ci_builds_metadata", columns: ["config_variables"], types: ["jsonb"], values: ['[{"key":"NODE_ENV","value":"test","public":true},{"key":"PGHOST","value":"db-ci.acme-prod.internal","public":true}]'] } },
      // A Kubernetes container's env.
      { row: { table: "deployments", columns: ["spec"], types: ["jsonb"], values: ['{"env":[{"name":"DATABASE_URL","value":"https://api.acme-prod.com/v1"},{"name":"GREETING","value":"see https://www.acme-prod.com"}]}'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "ci_builds_metadata.config_variables $[*].value", "internal-host", 1],
      ["warning", "deployments.spec $.env[*].value", "public-host", 1],
      ["info", "deployments.spec $.env[*].value", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: a table of URLs names its generic value column (real lane, stop 20)", () => {
  it("Keycloak's redirect_uris(client_id, value) and web_origins hold URLs; a table named for nothing keeps its values as prose", () => {
    const found = run([
      { row: { table: "redirect_uris", columns: ["client_id", "value"], values: ["c1", "https://shop.acme-prod.com/*"] } },
      { row: { table: "web_origins", columns: ["client_id", "value"], values: ["c1", "https://shop.acme-prod.com"] } },
      { row: { table: "client_notes", columns: ["client_id", "value"], values: ["c1", "see https://shop.acme-prod.com"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "redirect_uris.value", "public-host", 1],
      ["warning", "web_origins.value", "public-host", 1],
      ["info", "client_notes.value", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: a table of a client's attributes is read by its rows' keys (real lane, stop 21)", () => {
  it("Keycloak's client_attributes(client_id, name, value): post.logout.redirect.uris names a URL; a table of clients keeps its value column as prose", () => {
    const cols = ["client_id", "name", "value"];
    const found = run([
      { row: { table: "client_attributes", columns: cols, values: ["c1", "post.logout.redirect.uris", "https://shop.acme-prod.com/logout"] } },
      { row: { table: "client_attributes", columns: cols, values: ["c1", "pkce.code.challenge.method", "S256"] } },
      { row: { table: "clients", columns: cols, values: ["c1", "Anna Berg", "see https://shop.acme-prod.com"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "client_attributes.value", "public-host", 1],
      ["info", "clients.value", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: an ActivityPub account's identity and a block list are not pointers (real lane, stop 21)", () => {
  it("Mastodon's accounts: uri, url, outbox, followers and domain are info; the inboxes (where the server delivers) stay warnings; a block list is info", () => {
    const accounts = ["id", "domain", "uri", "url", "inbox_url", "outbox_url", "shared_inbox_url", "followers_url"];
    const found = run([
      { row: { table: "accounts", columns: accounts, values: ["1", "chaos.social", "https://chaos.social/users/lena", "https://chaos.social/@lena", "https://chaos.social/users/lena/inbox", "https://chaos.social/users/lena/outbox", "https://chaos.social/inbox", "https://chaos.social/users/lena/followers"] } },
      { row: { table: "domain_blocks", columns: ["id", "domain", "severity"], values: ["1", "spam.example-bad.net", "1"] } },
      // No outbox beside it: a relay's inbox, a subscriber's endpoint stay pointers whatever their table.
      { row: { table: "relays", columns: ["id", "inbox_url", "uri"], values: ["1", "https://relay.fedi.buzz/inbox", "https://relay.fedi.buzz/actor"] } },
      // A CMS's content blocks are no block list.
      { row: { table: "content_blocks", columns: ["id", "api_url"], values: ["1", "https://api.acme-prod.com/v1"] } },
      { row: { table: "blocked_domains", columns: ["id", "domain"], values: ["1", "spam.example-bad.net"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "accounts.domain", "public-host", 1],
      ["info", "accounts.uri", "public-host", 1],
      ["info", "accounts.url", "public-host", 1],
      ["warning", "accounts.inbox_url", "public-host", 1],
      ["info", "accounts.outbox_url", "public-host", 1],
      ["warning", "accounts.shared_inbox_url", "public-host", 1],
      ["info", "accounts.followers_url", "public-host", 1],
      ["info", "domain_blocks.domain", "public-host", 1],
      ["warning", "relays.inbox_url", "public-host", 1],
      ["warning", "relays.uri", "public-host", 1],
      ["warning", "content_blocks.api_url", "public-host", 1],
      ["info", "blocked_domains.domain", "public-host", 1],
    ]);
  });

  it("says why: an account's identity or a block list, not \"in prose\"; a bio in the same table stays prose", () => {
    const accounts = ["id", "uri", "inbox_url", "outbox_url", "note"];
    const found = run([
      { row: { table: "accounts", columns: accounts, values: ["1", "https://chaos.social/users/lena", "https://chaos.social/users/lena/inbox", "https://chaos.social/users/lena/outbox", "Photos at https://lena-photo.de and more"] } },
      { row: { table: "accounts", columns: accounts, values: ["2", "https://fosstodon.org/users/kai", "https://fosstodon.org/users/kai/inbox", "https://fosstodon.org/users/kai/outbox", "Code: https://kai.dev"] } },
      { row: { table: "domain_blocks", columns: ["id", "domain"], values: ["1", "spam.example-bad.net"] } },
    ]);
    const said = (column: string) => found.find((f) => f.object?.column === column)!;
    expect(said("uri").message).toMatch(/2 values pointing at public hosts as fediverse accounts' public identities \(2 distinct/);
    expect(said("uri").help).toMatch(/An account's identity URLs are info: a copy does not connect to them/);
    expect(said("outbox_url").message).toMatch(/as fediverse accounts' public identities/);
    expect(said("note").message).toMatch(/pointing at public hosts in prose/);
    expect(said("note").help).toMatch(/Links in prose are info/);
    expect(said("domain").message).toMatch(/spam\.example-bad\.net, .* \(in a block list\)$/);
    expect(said("domain").help).toMatch(/A block list's hosts are info: they are the hosts the application refuses/);
    expect(said("inbox_url").severity).toBe("warning");
    expect(said("inbox_url").message).not.toMatch(/identit|prose|block list/);
  });
});

describe("live-host-pointers: a visitor's address under a key/value row's key (real lane, stop 20)", () => {
  it("WooCommerce's _customer_ip_address in wp_postmeta is personal data, not a pointer; a server's address under a key still is one", () => {
    const found = run([
      { row: { table: "wp_postmeta", columns: ["meta_id", "post_id", "meta_key", "meta_value"], values: ["1", "100", "_customer_ip_address", "84.132.17.201"] } },
      { row: { table: "wp_postmeta", columns: ["meta_id", "post_id", "meta_key", "meta_value"], values: ["2", "101", "_customer_ip_address", "91.44.201.7"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["smtp_server_ip", "185.44.12.7"] } },
    ]);
    expect(found.map(brief)).toEqual([["warning", "settings.value", "public-host", 1]]);
  });
});

describe("live-host-pointers: a web map's tile URL template is prose (real lane, stop 20; the lead's Directus probe)", () => {
  it("directus_settings.basemaps' OpenStreetMap template is info; a URL without the template, under the same key, stays a warning", () => {
    const found = run([
      { row: { table: "directus_settings", columns: ["id", "basemaps"], types: ["integer", "json"], values: ["1", '[{"name":"OSM","type":"raster","url":"https://tile.openstreetmap.org/{z}/{x}/{y}.png"}]'] } },
      { row: { table: "map_layers", columns: ["id", "tile_url"], types: ["integer", "text"], values: ["1", "https://tiles.acme-maps.com/{z}/{x}/{y}.png"] } },
      { row: { table: "integrations", columns: ["id", "config"], types: ["integer", "json"], values: ["1", '[{"url":"https://api.acme-prod.com/hook"}]'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "directus_settings.basemaps $[*].url", "public-host", 1],
      ["info", "map_layers.tile_url", "public-host", 1],
      ["warning", "integrations.config $[*].url", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: a whole host:port list without a scheme (scan, stop 18)", () => {
  it("is a connection target under any key or column: settings rows, JSON keys, plain columns, arrays", () => {
    const found = run([
      { row: { table: "settings", columns: ["key", "value"], values: ["REDIS_MASTER", "redis-master.prod.svc.cluster.local:6379"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["KAFKA", "b-1.acme-prod.kafka.eu-west-1.amazonaws.com:9092,b-2.acme-prod.kafka.eu-west-1.amazonaws.com:9092"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["elasticsearch.nodes", "[fd12:3456:789a::10]:9200"] } },
      { row: { table: "integrations", columns: ["config"], types: ["jsonb"], values: ['{"bootstrap": "b-3.acme-prod.kafka.eu-west-1.amazonaws.com:9092", "nodes": ["10.0.12.5:6379"]}'] } },
      { row: { table: "queue_configs", columns: ["broker"], values: ["redis-queue.prod.internal:6379"] } },
      { row: { table: "queue_configs", columns: ["broker"], values: ["mq.acme.id:5672"] } },
      { row: { table: "request_log", columns: ["remote", "upstream"], values: ["81.2.69.160:51544", "10.0.5.21:3000"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "settings.value", "internal-host", 2],
      ["warning", "settings.value", "public-host", 1],
      ["warning", "integrations.config $.bootstrap", "public-host", 1],
      ["warning", "integrations.config $.nodes[*]", "internal-host", 1],
      ["warning", "queue_configs.broker", "internal-host", 1],
      ["warning", "queue_configs.broker", "public-host", 1],
      ["warning", "request_log.upstream", "internal-host", 1],
    ]);
    // What is shown is the host and its port, nothing more.
    expect(found[1]!.evidence?.[0]?.masked).toBe("b-1.acme-prod.kafka.eu-west-1.amazonaws.com:9092");
  });

  it("values that only look like one are nothing: safe hosts, stack frames, times, ratios, coordinates, versions, images, cache keys, a client's socket", () => {
    const values = [
      "redis.invalid:6379", "kafka-1.example.net:9092,kafka-2.example.net:9092", "localhost:9092", "127.0.0.1:11211", "[::1]:9200", "[2001:db8::10]:443", "0.0.0.0:8080", ":9100",
      "OrderService.java:212", "worker.py:88", "app/models/user.rb:45", "src/server.ts:120", "main.tf:12", "deploy.sh:3",
      "12:30", "09:00-17:30", "16:9", "12.5:1", "52.5200:13.4050", "+01:00", "1:00:00", "2024-04-01T10:00:00", "4.12.3", "api@4.12.3+build.77",
      "ghcr.io/acme/api:4.12.3", "node:20.11-alpine", "user:42", "myapp:v2:1", "acme/agents:staging", "81.2.69.160:51544", "[2a01:4f8::1]:60211",
      "redis:6379", "db-1:5432", "a..b.com:80", "acme-corp.net:0", "acme-corp.net:65536", "acme-corp.net:080080",
      // Field paths and their values: a two-label name ending in a TLD that is also a field name.
      "order.id:1001", "user.name:42", "post.date:3", "contact.email:2", "1:2.3.4-1ubuntu1", "com.google.guava:guava:33",
    ];
    const found = run(values.flatMap((value) => [
      { row: { table: "settings", columns: ["key", "value"], values: ["misc", value] } },
      { row: { table: "notes", columns: ["body"], values: [value] } },
      { row: { table: "flags", columns: ["rules"], types: ["jsonb"], values: [JSON.stringify({ v: value })] } },
    ]));
    expect(found.map(brief)).toEqual([]);
  });
});

describe("live-host-pointers: ADO.NET, ODBC, Npgsql and Oracle connection strings (scan, stop 18)", () => {
  const hosts = (f: FindingInput) => f.message.replace(/.*\(\d+ distinct: (.*)\)$/, "$1");

  it("Server=, Data Source= and Host= name the server: SqlClient's tcp: prefix and ,port, an instance, Npgsql's host list, a TNS descriptor", () => {
    const found = run([
      { row: { table: "settings", columns: ["key", "value"], values: ["db.replica", "Server=tcp:acme-prod-sql.database.windows.net,1433;Initial Catalog=app;Persist Security Info=False;Encrypt=True;"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["reporting", "Data Source=sql-reports.corp.acme-corp.net\\REPORTS;Initial Catalog=Reports;Integrated Security=True;"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["legacy", "Driver={ODBC Driver 18 for SQL Server};Server=tcp:10.40.1.20,1433;Database=legacy;"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["npgsql", "Host=pg-1.prod.internal,pg-2.prod.internal;Port=5432;Database=app"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["oracle", "Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora.acme.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)));User Id=app;"] } },
      { row: { table: "integrations", columns: ["config"], types: ["jsonb"], values: ['{"connection": "Data Source=sqlprod01.acme.local,1433;Database=erp"}'] } },
      { row: { table: "jobs", columns: ["conn"], values: ["host=pg.acme.internal;port=5432;dbname=app"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "settings.value", "public-host", 2],
      ["warning", "settings.value", "internal-host", 3],
      ["warning", "integrations.config $.connection", "internal-host", 1],
      ["warning", "jobs.conn", "internal-host", 1],
    ]);
    expect(hosts(found[0]!)).toBe("acme-prod-sql.database.windows.net ×1, sql-reports.corp.acme-corp.net ×1");
    expect(hosts(found[1]!)).toContain("ora.acme.internal ×1, pg-1.prod.internal ×1, pg-2.prod.internal ×1");
    expect(found[3]!.message).toContain("pg.acme.internal,");
  });

  it("local servers, files, safe names and street addresses are nothing", () => {
    const values = [
      "Data Source=localhost;Initial Catalog=Reports;Integrated Security=True;", "Server=(local);Database=app;", "Server=.\\SQLEXPRESS;Database=app;Trusted_Connection=True;",
      "Server=MYPC\\SQLEXPRESS;Trusted_Connection=True;", "Data Source=C:\\app\\data\\app.db;Version=3;", "Data Source=app.db;Cache=Shared", "Data Source=/var/lib/app/app.sqlite;",
      "Data Source=|DataDirectory|\\app.mdf;Integrated Security=True", "Server=tcp:db.invalid,1433;Password=REDACTED;", "Host=localhost;Port=5432;Database=app",
      "Name=Ann;Address=Hauptstr. 5, Berlin;City=Berlin", "width=1.5;height=2.5", "Server=127.0.0.1,1433;Database=x",
    ];
    const found = run(values.flatMap((value) => [
      { row: { table: "settings", columns: ["key", "value"], values: ["misc", value] } },
      { row: { table: "notes", columns: ["body"], values: [value] } },
    ]));
    expect(found.map(brief)).toEqual([]);
  });
});

describe("live-host-pointers: key/value values stored serialized (scan, stop 19)", () => {

  it("a JSON string, a one-line YAML document and a JSON array of URLs are read by the row's key", () => {
    const found = run([
      { row: { table: "app_settings", columns: ["key", "value"], types: ["text", "jsonb"], values: ["app.root_url", '"https://lists.acme-corp.com"'] } },
      { row: { table: "app_settings", columns: ["key", "value"], types: ["text", "jsonb"], values: ["app.site_name", '"lists.acme-corp.com newsletter"'] } },
      { row: { table: "settings", columns: ["group", "name", "payload"], types: ["text", "text", "json"], values: ["services", "webhook_urls", '["https://erp.acme-corp.com/hooks", "https://hooks.example.com/b"]'] } },
      { row: { table: "rails_settings", columns: ["id", "var", "value"], types: ["bigint", "character varying", "text"], values: ["1", "smtp_host", "--- smtp.mailgun.org\n"] } },
      { row: { table: "rails_settings", columns: ["id", "var", "value"], types: ["bigint", "character varying", "text"], values: ["2", "host", "--- staging.example.com\n"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "app_settings.value", "public-host", 1],
      ["info", "app_settings.value", "public-host", 1],
      ["warning", "settings.payload $[*]", "public-host", 1],
      ["warning", "rails_settings.value", "public-host", 1],
    ]);
  });

  it("a repository mirror's remote_address is the git server it pulls from or pushes to; a request's remote_address is a visitor's (real lane, stop 25: Gitea)", () => {
    const found = run([
      { row: { table: "mirror", columns: ["repo_id", "remote_address"], types: ["bigint", "character varying(2048)"], values: ["6", "https://svn.acme-corp.internal/git/cad-tools.git"] } },
      { row: { table: "push_mirror", columns: ["repo_id", "remote_address"], types: ["bigint", "character varying(2048)"], values: ["1", "https://backup-git.acme-corp.com/mirror/firmware.git"] } },
      { row: { table: "access_log", columns: ["path", "remote_address"], types: ["text", "character varying(64)"], values: ["/login", "81.2.69.160"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "mirror.remote_address", "internal-host", 1],
      ["warning", "push_mirror.remote_address", "public-host", 1],
    ]);
  });

  it("a JSON list in a column named for URLs takes the column's role (real lane, stop 25: Gitea's oauth2_application.redirect_uris)", () => {
    const found = run([
      { row: { table: "oauth2_application", columns: ["name", "redirect_uris"], types: ["character varying(255)", "text"], values: ["Grafana", '["https://grafana.acme-corp.com/login/generic_oauth"]'] } },
      { row: { table: "oauth2_application", columns: ["name", "redirect_uris"], types: ["character varying(255)", "text"], values: ["tea", '["http://127.0.0.1", "https://127.0.0.1"]'] } },
      // A list in a column named for nothing keeps its links as prose.
      { row: { table: "pages", columns: ["title", "links"], types: ["text", "text"], values: ["Home", '["https://www.acme-corp.com/about"]'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "oauth2_application.redirect_uris $[*]", "public-host", 1],
      ["info", "pages.links $[*]", "public-host", 1],
    ]);
  });
});

describe("live-host-pointers: single words are vague, service addresses and lists are hosts (scan, stop 19)", () => {

  it("a single-label name in a row value is reported at the prose severity; a connection target's stays an error", () => {
    const found = run([
      { row: { table: "data_source", columns: ["name", "url"], values: ["Loki", "http://loki:3100"] } },
      { row: { table: "telescope_entries", columns: ["content"], types: ["text"], values: ['{"hostname": "web-1", "uri": "/api"}'] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["smtp_host", "mailpit"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["syslog", "udp://10.60.0.9:514"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["app.legacy.datasource", "ora-prod-01.acme-corp.com:1521/ORDERSP"] } },
      { row: { table: "settings", columns: ["key", "value"], values: ["VAULT_ADDR", "vault.service.consul:8200"] } },
      { row: { table: "events", columns: ["message"], values: ["backup failed: dial tcp 10.1.2.3:5432: connect: connection refused"] } },
      { statement: "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'pgprimary');" },
    ]);
    expect(found.map(brief)).toEqual([
      ["error", "undefined.undefined", "internal-host", undefined],
      ["info", "data_source.url", "internal-host", 1],
      ["info", "telescope_entries.content $.hostname", "internal-host", 1],
      ["info", "settings.value", "internal-host", 1],
      ["warning", "settings.value", "internal-host", 2],
      ["warning", "settings.value", "public-host", 1],
      ["info", "events.message", "internal-host", 1],
    ]);
    expect(run([{ row: { table: "settings", columns: ["key", "value"], values: ["smtp_host", "mailpit"] } }], { proseSeverity: "off" })).toEqual([]);
  });

  it("but under a host name in a table of machines a single word is that machine: a pointer (lead, stop 19)", () => {
    const found = run([
      { row: { table: "db_nodes", columns: ["hostname", "url"], values: ["pgprimary", "http://web:8080"] } },
      { row: { table: "replicas", columns: ["host"], values: ["pgreplica2"] } },
      { row: { table: "app_settings", columns: ["smtp_host"], values: ["mailpit"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "db_nodes.hostname", "internal-host", 1],
      ["info", "db_nodes.url", "internal-host", 1],
      ["warning", "replicas.host", "internal-host", 1],
      ["info", "app_settings.smtp_host", "internal-host", 1],
    ]);
  });
});

describe("live-host-pointers: a vendor's shared endpoint (real lane, stop 22; the application probes)", () => {
  const config = ["key", "value"];
  it("an application's default (GitLab's gitpod.io, Odoo's IAP) and a tenant-less sign-in are info, said so", () => {
    const found = run([
      { row: { table: "application_settings", columns: ["id", "gitpod_url"], values: ["1", "https://gitpod.io/"] } },
      { row: { table: "ir_config_parameter", columns: config, values: ["iap.endpoint", "https://iap.odoo.com"] } },
      { row: { table: "ir_config_parameter", columns: config, values: ["sms.endpoint", "https://iap-sms.odoo.com"] } },
      { row: { table: "identity_provider_config", columns: ["name", "value"], values: ["authorizationUrl", "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0/authorize"] } },
      { row: { table: "identity_provider_config", columns: ["name", "value"], values: ["tokenUrl", "https://login.microsoftonline.com/common/oauth2/v2.0/token"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "application_settings.gitpod_url", "public-host", 1],
      ["info", "ir_config_parameter.value", "public-host", 2],
      ["info", "identity_provider_config.value", "public-host", 2],
    ]);
    expect(found[0]!.message).toMatch(/gitpod\.io, a vendor's shared endpoint \(Gitpod's hosted service, GitLab's default\)$/);
    expect(found[1]!.message).toMatch(/pointing at public hosts, vendors' shared endpoints \(2 distinct/);
    expect(found[1]!.help).toMatch(/A vendor's shared endpoint is info/);
  });

  it("a tenant's URL on the same host stays a pointer: Microsoft's sign-in with a tenant id, a Slack webhook with real ids", () => {
    const found = run([
      { row: { table: "identity_provider_config", columns: ["name", "value"], values: ["authorizationUrl", "https://login.microsoftonline.com/3f2a9c1e-8b7d-4e21-9c55-0a1b2c3d4e5f/oauth2/v2.0/authorize"] } },
      { row: { table: "integrations", columns: ["id", "properties"], types: ["integer", "text"], values: ["1", JSON.stringify({ webhook: "https://hooks.slack.com/services/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" })] } },
      { row: { table: "integrations", columns: ["id", "properties"], types: ["integer", "text"], values: ["2", JSON.stringify({ webhook: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX" })] } },
      { row: { table: "application_settings", columns: ["id", "home_page_url"], values: ["1", "https://gitpod.acme-corp.de/"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["warning", "identity_provider_config.value", "public-host", 1],
      ["warning", "integrations.properties $.webhook", "public-host", 1],
      ["info", "integrations.properties $.webhook", "public-host", 1],
      ["warning", "application_settings.home_page_url", "public-host", 1],
    ]);
  });

  it("an application vendor's own public repositories and community site are info: Discourse's official themes (real lane, stop 23: the Discourse probe)", () => {
    const themes = ["id", "remote_url", "about_url", "license_url"];
    const found = run([
      { row: { table: "remote_themes", columns: themes, values: ["1", "https://github.com/discourse/discourse-brand-header.git", "https://meta.discourse.org/t/77977", "https://github.com/discourse/discourse-brand-header/blob/main/LICENSE"] } },
      { row: { table: "remote_themes", columns: themes, values: ["2", "https://github.com/Discourse/discourse-category-banners.git", "https://meta.discourse.org/t/86241", "https://github.com/discourse/discourse-category-banners/blob/main/LICENSE"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "remote_themes.remote_url", "public-host", 2],
      ["info", "remote_themes.about_url", "public-host", 2],
      ["info", "remote_themes.license_url", "public-host", 2],
    ]);
    expect(found[0]!.message).toMatch(/vendors' shared endpoints/);
    // Any other owner's repository, or GitHub named alone, stays a pointer.
    const other = run([
      { row: { table: "remote_themes", columns: themes, values: ["3", "https://github.com/radsport-nordheide/forum-theme.git", null, null] } },
      { row: { table: "settings", columns: ["id", "github_url"], values: ["1", "https://github.com"] } },
    ]);
    expect(other.map(brief)).toEqual([
      ["warning", "remote_themes.remote_url", "public-host", 1],
      ["warning", "settings.github_url", "public-host", 1],
    ]);
  });

  it("a GitHub profile page and avatar image are info; a repository stays a pointer (real lane, stop 25: Gitea's linked accounts)", () => {
    const found = run([
      { row: { table: "external_login_user", columns: ["external_id", "avatar_url"], values: ["1", "https://avatars.githubusercontent.com/u/4012345?v=4"] } },
      { row: { table: "external_login_user", columns: ["external_id", "raw_data"], types: ["text", "text"], values: ["1", '{"login": "lena", "html_url": "https://github.com/lena", "repos_url": "https://github.com/lena/dotfiles.git"}'] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "external_login_user.avatar_url", "public-host", 1],
      ["info", "external_login_user.raw_data $.html_url", "public-host", 1],
      ["warning", "external_login_user.raw_data $.repos_url", "public-host", 1],
    ]);
  });

  it("an application vendor's own services and global endpoints are info: Mattermost's defaults (real lane, stop 24: the Mattermost probe)", () => {
    const cols = ["id", "endpoint_url"];
    const shared = [
      "https://push.mattermost.com", "https://push-test.mattermost.com", "https://api.integrations.mattermost.com", "https://notices.mattermost.com/",
      "https://meet.jit.si", "s3.amazonaws.com", "https://www.googleapis.com/oauth2/v4/token", "https://people.googleapis.com/v1/people/me?personFields=names",
      "https://graph.microsoft.com/v1.0/me", "https://graph.microsoft.com/oidc/userinfo",
    ];
    const found = run(shared.map((v, i) => ({ row: { table: "settings", columns: cols, values: [`k${i}`, v] } })));
    expect(found.map(brief)).toEqual([["info", "settings.endpoint_url", "public-host", shared.length]]);
    expect(found[0]!.message).toMatch(/vendors' shared endpoints/);
    // The same hosts naming the owner's part stay pointers: a bucket, a storage API's bucket, a site in Graph.
    const owners = ["https://s3.amazonaws.com/hafen-brake-backups/db.tar", "https://www.googleapis.com/storage/v1/b/hafen-brake-backups", "https://graph.microsoft.com/v1.0/sites/hafenbrake.sharepoint.com"];
    const other = run(owners.map((v, i) => ({ row: { table: "settings", columns: cols, values: [`k${i}`, v] } })));
    expect(other.map(brief)).toEqual([["warning", "settings.endpoint_url", "public-host", 3]]);
  });

  it("a deny-listed vendor host is still an error, an allow-listed one nothing", () => {
    expect(run([{ row: { table: "settings", columns: ["id", "gitpod_url"], values: ["1", "https://gitpod.io/"] } }], { deny: ["gitpod.io"] }).map(brief)).toEqual([["error", "settings.gitpod_url", "denied-host", 1]]);
    expect(run([{ row: { table: "settings", columns: ["id", "gitpod_url"], values: ["1", "https://gitpod.io/"] } }], { allow: ["gitpod.io"] })).toEqual([]);
  });
});

describe("live-host-pointers: an ActivityPub post's id and page (real lane, stop 23; Mastodon's statuses.uri and url)", () => {
  it("are info in a table of posts (a posting account and a reply or boost link beside uri and url), said so; elsewhere they stay pointers", () => {
    const statuses = ["id", "uri", "text", "url", "in_reply_to_id", "reblog_of_id", "account_id"];
    const found = run([
      { row: { table: "statuses", columns: statuses, values: ["1", "https://social.acme-retail.de/users/lena/statuses/1", "<p>Hallo</p>", "https://social.acme-retail.de/@lena/1", null, null, "3"] } },
      { row: { table: "statuses", columns: statuses, values: ["2", "https://mastodon.social/users/jan/statuses/2", "<p>Hi</p>", "https://mastodon.social/@jan/2", "1", null, "4"] } },
      { row: { table: "bookmarks", columns: ["id", "uri", "url", "account_id"], values: ["1", "https://api.acme-retail.de/b/1", "https://api.acme-retail.de/b/1.html", "3"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "statuses.uri", "public-host", 2],
      ["info", "statuses.url", "public-host", 2],
      ["warning", "bookmarks.uri", "public-host", 1],
      ["warning", "bookmarks.url", "public-host", 1],
    ]);
    expect(found[0]!.message).toContain("fediverse posts' public ids");
  });
});

describe("live-host-pointers: a person's own website (real lane, stop 22; WordPress's wp_comments.comment_author_url)", () => {
  it("is info in a table of people or of what people write, said so; other URL columns of those tables stay pointers", () => {
    const comments = ["comment_ID", "comment_author", "comment_author_url", "comment_content"];
    const found = run([
      { row: { table: "wp_comments", columns: comments, values: ["1", "Lena Weber", "https://weber-design.de", "Schön!"] } },
      { row: { table: "wp_comments", columns: comments, values: ["2", "Jan Novak", "https://novak-foto.cz", "Super"] } },
      { row: { table: "wp_users", columns: ["ID", "user_login", "user_url"], values: ["1", "lena", "https://lena-weber.de"] } },
      { row: { table: "users", columns: ["id", "avatar_url", "webhook_url"], values: ["1", "https://cdn.acme-shop.de/a/1.png", "https://hooks.acme-shop.de/u/1"] } },
      { row: { table: "integrations", columns: ["id", "author_url"], values: ["1", "https://api.acme-shop.de/author"] } },
    ]);
    expect(found.map(brief)).toEqual([
      ["info", "wp_comments.comment_author_url", "public-host", 2],
      ["info", "wp_users.user_url", "public-host", 1],
      ["warning", "users.avatar_url", "public-host", 1],
      ["warning", "users.webhook_url", "public-host", 1],
      ["warning", "integrations.author_url", "public-host", 1],
    ]);
    expect(found[0]!.message).toMatch(/2 values pointing at public hosts as people's own websites \(2 distinct/);
    expect(found[1]!.message).toMatch(/lena-weber\.de, .* \(a person's own website\)$/);
    expect(found[0]!.help).toMatch(/A person's own website \(the link a commenter or a user gave\) is info/);
  });
});
