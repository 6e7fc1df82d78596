/**
 * Issue 10 items 1 and 2: what dumpguard prints never repeats a secret, a personal value or an IP
 * address in clear — the catalog (bodies, defaults, views, comments, options) as much as the report.
 */
import { describe, expect, it } from "vitest";
import { analyze, analyzeWithCatalog } from "../../src/analyze.js";
import { catalogJson } from "../../src/catalog/catalog-json.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatSarif } from "../../src/report/format-sarif.js";
import { formatText } from "../../src/report/format-text.js";
import { findIpAddresses, maskedCatalogJson, maskSensitiveText } from "../../src/report/mask-text.js";
import { checksummedToken } from "../rules/secrets/fake-tokens.js";
import { ddl } from "../rules/secrets/planted-secrets.js";

// Assembled at run time so the source holds no whole token.
const stripe = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc9Xq2AbCd";
const github = checksummedToken("gh" + "p_", 11);
const dsnPassword = "Tr0ub4dor-and-3";

const dump = `
CREATE FUNCTION public.pull() RETURNS void LANGUAGE sql AS $$ SELECT dblink_connect('host=db.invalid user=etl password=${dsnPassword}') $$;
CREATE TABLE public.t (id integer, dsn text DEFAULT 'postgresql://app:${dsnPassword}@db.invalid/app', ip inet DEFAULT '81.2.69.142');
CREATE VIEW public.v AS SELECT 'Bearer ${stripe}'::text AS h;
COMMENT ON TABLE public.t IS 'deploy token ${github}, ops on 203.0.113.9 and 10.20.30.40, SSN 536-22-1234';
CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '172.16.8.20', api_token 'z8Kq2LmN4pRt6VxY');
COPY public.t (id, dsn, ip) FROM stdin;
1	\\N	81.2.69.142
2	\\N	2a01:e35:8b2c:1::7
\\.
`;

const inClear = [stripe, github, dsnPassword, "81.2.69.142", "10.20.30.40", "172.16.8.20", "2a01:e35:8b2c:1::7", "536-22-1234", "z8Kq2LmN4pRt6VxY"];

describe("maskSensitiveText", () => {
  it("masks tokens, connection passwords, national ids and non-loopback IPs, as the rules' evidence does", () => {
    const out = maskSensitiveText(`key ${stripe} at 81.2.69.142:5432, net 10.0.0.0/8, v6 [2a01:e35::1]; ssn 536-22-1234; postgresql://u:${dsnPassword}@h/db`);
    for (const v of [stripe, "81.2.69.142", "10.0.0.0/8", "2a01:e35::1", "536-22-1234", dsnPassword]) expect(out).not.toContain(v);
    expect(out).toContain("81.•.•.•");
    expect(out).toContain("2a01:•:•:•:•:•:•:•");
  });

  it("leaves clean text unchanged: loopback and documentation addresses, versions, times, SQL", () => {
    for (const clean of [
      "connects to 127.0.0.1 and ::1 and 192.0.2.10 and 2001:db8::5",
      "PostgreSQL 15.4 (Debian 15.4-1.pgdg120+1)",
      "at 12:30:45 on 2024-01-02",
      "CREATE INDEX t_idx ON public.t USING btree (id);",
      "URL with a user name and password in its userinfo (scheme://user:pass@host)",
      "nextval('public.t_id_seq'::regclass)",
    ])
      expect(maskSensitiveText(clean)).toBe(clean);
  });

  it("finds addresses in one linear pass, not glued to words", () => {
    expect(findIpAddresses("v1.2.3.4beta x1.2.3.4 a:b:c").length).toBe(0);
    expect(findIpAddresses("host=10.1.2.3 and fd00:ab::.").map((s) => s.replacement)).toEqual(["10.•.•.•", "fd00:•:•:•:•:•:•:•"]);
  });
});

describe("dumpguard catalog masks every string (item 1)", () => {
  it("prints no planted secret, personal value or address; the in-memory catalog keeps them for differential tests", async () => {
    const { catalog } = await analyzeWithCatalog(dump, { onlyRules: ["input-integrity"] });
    const printed = JSON.stringify(maskedCatalogJson(catalog));
    for (const v of inClear) expect(printed, v).not.toContain(v);
    expect(printed).toContain("203.0.113.9"); // documentation range: what a sanitizer writes
    expect(printed).toContain("sk_l…(");
    const raw = JSON.stringify(catalogJson(catalog));
    for (const v of [stripe, github, dsnPassword]) expect(raw).toContain(v);
  });

  it("replaces text (multi-line or over 200 characters) by its length unless withText, which masks it", async () => {
    const body = `\n  SELECT dblink_connect('host=db.invalid password=${dsnPassword}');\n  -- call ops\n`;
    const { catalog } = await analyzeWithCatalog(`CREATE FUNCTION public.g() RETURNS void LANGUAGE sql AS $$${body}$$;\n`, { onlyRules: ["input-integrity"] });
    const short = maskedCatalogJson(catalog) as { routines: { body: string }[] };
    expect(short.routines[0]!.body).toBe(`…(${body.length} chars of text; --with-text shows it masked)`);
    const full = maskedCatalogJson(catalog, { withText: true }) as { routines: { body: string }[] };
    expect(full.routines[0]!.body).toContain("-- call ops");
    expect(full.routines[0]!.body).not.toContain(dsnPassword);
  });

  it("masks the secret-named option values of the corpus plants", async () => {
    const { catalog } = await analyzeWithCatalog(`CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'app', password '${ddl.mappingPassword}');\n`, { onlyRules: ["input-integrity"] });
    expect(JSON.stringify(maskedCatalogJson(catalog))).not.toContain(ddl.mappingPassword);
  });
});

describe("reports never show an IP address in clear (item 2)", () => {
  it("header facts, column verdict names and spec errors are masked too", async () => {
    const report = await analyze(`--\n-- Dumped from database version 15.4 on 81.2.69.142\n-- Dumped by pg_dump version 15.4 ${stripe}\n--\n`);
    expect(JSON.stringify(report.input.header)).toContain("15.4");
    expect(formatJson(report)).not.toContain("81.2.69.142");
    expect(formatJson(report)).not.toContain(stripe);
  });

  it("json, sarif and text: messages, related rows and evidence are masked like unsanitized-pii's", async () => {
    const report = await analyze(dump);
    expect(report.findings.some((f) => f.ruleId === "live-host-pointers")).toBe(true);
    for (const output of [formatJson(report), formatSarif(report), formatText(report)]) for (const v of inClear) expect(output, v).not.toContain(v);
    expect(formatText(report)).toContain("172.•.•.•");
  });
});
