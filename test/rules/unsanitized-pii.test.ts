import { describe, expect, it } from "vitest";
import { ColumnVerdict } from "../../src/report/schema.js";
import { unsanitizedPii } from "../../src/rules/unsanitized-pii.js";
import { runRuleOnRows } from "./pii/fake-context.js";

const rule = unsanitizedPii as never;
const verdictOf = (r: ReturnType<typeof runRuleOnRows>, column: string) => r.verdicts.find((v) => v.column === column);

describe("unsanitized-pii", () => {
  describe("invalid (must report)", () => {
    it("one real e-mail among many synthetic ones is a finding (warning below the threshold) and the column is real", () => {
      const rows = Array.from({ length: 500 }, (_, i) => [String(i), `user${i}@example.com`]);
      rows[250] = ["250", "amelie.lefevre@orange.fr"];
      const r = runRuleOnRows(rule, [{ table: "customers", columns: ["id", "email"], types: ["integer", "text"], rows }]);
      expect(r.findings).toHaveLength(1);
      const f = r.findings[0]!;
      expect(f.severity).toBe("warning");
      expect(f.count).toBe(1);
      expect(f.object).toMatchObject({ kind: "column", schema: "public", table: "customers", column: "email" });
      expect(f.evidence?.[0]?.masked).toBe("a***@or***.fr");
      expect(f.range?.start.line).toBe(2 + 250);
      const v = verdictOf(r, "email")!;
      expect(v.verdict).toBe("real");
      expect(v.realLooking).toBe(1);
      expect(v.synthetic).toBe(499);
      expect(v.matches).toEqual({ email: 500 });
      expect(() => ColumnVerdict.parse(v)).not.toThrow();
    });

    it("real e-mails at or above 10 values are an error", () => {
      const first = ["jean", "marie", "luc", "anne", "paul", "lea", "hugo", "chloe", "louis", "emma", "nina"];
      const rows = first.map((n, i) => [`${n}.martin${i === 0 ? "" : "x"}@${["gmail.com", "free.fr", "web.de"][i % 3]}`]);
      const r = runRuleOnRows(rule, [{ table: "users", columns: ["contact_email"], rows }]);
      expect(r.findings[0]?.severity).toBe("error");
      expect(r.findings[0]?.count).toBe(11);
      expect(r.findings[0]?.related).toHaveLength(3);
    });

    it("a single real-looking card number is an error (strict detector)", () => {
      const r = runRuleOnRows(rule, [{ table: "payments", columns: ["card_number"], rows: [["4242424242424242"], ["4532 0151 1283 0366"], ["4111111111111111"]] }]);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ severity: "error", count: 1 });
      expect(r.findings[0]?.evidence?.[0]?.masked).toBe("••••••••••••0366");
    });

    it("finds an e-mail and a phone inside free text and JSON, reported per column", () => {
      const r = runRuleOnRows(rule, [
        {
          table: "tickets",
          columns: ["body", "profile"],
          types: ["text", "jsonb"],
          rows: [
            ["Please reach me at paul.girard@laposte.net or +33 6 71 42 93 18", '{"contact": {"phone": "06 71 42 93 18"}, "note": "ok"}'],
            ["nothing here", '{"contact": {"phone": null}}'],
          ],
        },
      ]);
      const body = r.findings.filter((f) => f.object?.column === "body").map((f) => f.object?.name).sort();
      expect(body).toEqual(["email", "phone"]);
      const profile = r.findings.find((f) => f.object?.column === "profile");
      expect(profile?.object?.jsonPath).toBe("$.contact.phone");
      expect(profile?.object?.name).toBe("phone");
    });

    it("names are found only in columns named for names", () => {
      const r = runRuleOnRows(rule, [{ table: "people", columns: ["first_name", "note"], rows: [["Amélie", "Amélie"], ["Bastien", "Bastien"]] }]);
      expect(r.findings.map((f) => f.object?.column)).toEqual(["first_name"]);
    });
  });

  describe("valid (no finding)", () => {
    it("a column of reserved-domain e-mails gets a synthetic verdict and no finding", () => {
      const rows = Array.from({ length: 50 }, (_, i) => [`person${i}@example.org`]);
      const r = runRuleOnRows(rule, [{ table: "customers", columns: ["email"], rows }]);
      expect(r.findings).toEqual([]);
      expect(verdictOf(r, "email")?.verdict).toBe("synthetic");
    });

    it("a numbered sequence under a real domain is synthetic", () => {
      const rows = Array.from({ length: 20 }, (_, i) => [`qa.account${i}@gmail.com`]);
      const r = runRuleOnRows(rule, [{ table: "customers", columns: ["email"], rows }]);
      expect(r.findings).toEqual([]);
      expect(verdictOf(r, "email")?.verdict).toBe("synthetic");
    });

    it("one value repeated in every row is synthetic", () => {
      const rows = Array.from({ length: 20 }, () => ["Claire Fontaine"]);
      const r = runRuleOnRows(rule, [{ table: "customers", columns: ["full_name"], rows }]);
      expect(r.findings).toEqual([]);
      expect(verdictOf(r, "full_name")?.verdict).toBe("synthetic");
    });

    it("masked values and placeholders in named columns are synthetic", () => {
      const r = runRuleOnRows(rule, [{ table: "payments", columns: ["card_number", "ssn"], rows: [["****1234", "***-**-6789"], ["**** **** **** 4444", "REDACTED"], [null, null]] }]);
      expect(r.findings).toEqual([]);
      expect(verdictOf(r, "card_number")).toMatchObject({ verdict: "synthetic", synthetic: 2, nonNull: 2, rowsScanned: 3 });
      expect(verdictOf(r, "ssn")?.verdict).toBe("synthetic");
    });

    it("a named column with nothing personal in it says none", () => {
      const r = runRuleOnRows(rule, [{ table: "users", columns: ["phone"], rows: [[""], [null]] }]);
      expect(r.findings).toEqual([]);
      expect(verdictOf(r, "phone")?.verdict).toBe("none");
    });

    it("integer and timestamp columns are not scanned as free text", () => {
      const r = runRuleOnRows(rule, [{ table: "t", columns: ["n", "ts"], types: ["bigint", "timestamp with time zone"], rows: [["4532015112830366", "2024-01-15 10:00:00+00"]] }]);
      expect(r.findings).toEqual([]);
      expect(r.verdicts).toEqual([]);
    });

    it("free text with dates, versions and ids holds nothing", () => {
      const r = runRuleOnRows(rule, [{ table: "events", columns: ["detail"], rows: [["deployed v10.2.45.1 on 2024-01-15, build 550e8400-e29b-41d4-a716-446655440000"]] }]);
      expect(r.findings).toEqual([]);
    });
  });

  describe("options", () => {
    it("rejects an unknown option with its path", () => {
      expect(() => unsanitizedPii.options.parse({ minValue: 3 })).toThrow(/minValue/);
    });

    it("sampling scans the first rows plus a reservoir and states it", () => {
      const rows = Array.from({ length: 1000 }, (_, i) => [`user${i}@example.com`]);
      const r = runRuleOnRows(rule, [{ table: "big", columns: ["email"], rows }], { sample: { firstRows: 100, reservoir: 50 } });
      expect(r.sampling).toEqual([{ schema: "public", table: "big", rowsSeen: 1000, rowsSampled: 150 }]);
      expect(verdictOf(r, "email")).toMatchObject({ rowsScanned: 150, sampled: true });
    });

    it("minValues changes the error threshold", () => {
      const rows = [["amelie.lefevre@orange.fr"], ...Array.from({ length: 300 }, (_, i) => [`u${i}@example.com`])];
      const r = runRuleOnRows(rule, [{ table: "c", columns: ["email"], rows }], { minValues: 1 });
      expect(r.findings[0]?.severity).toBe("error");
    });
  });

  it("never puts a value in a message or evidence", () => {
    const secretish = ["amelie.lefevre@orange.fr", "4532015112830366", "FR3930004005200001234567889", "536-22-8471"];
    const r = runRuleOnRows(rule, [{ table: "t", columns: ["email", "card_number", "iban", "ssn"], rows: [secretish] }]);
    expect(r.findings).toHaveLength(4);
    const text = JSON.stringify(r);
    for (const v of secretish) expect(text).not.toContain(v);
  });
});

describe("unsanitized-pii: pseudonymized tables", () => {
  const table = (emails: string[]) => ({
    table: "customers",
    columns: ["first_name", "email"],
    rows: emails.map((e, i) => [["Amélie", "Bastien", "Chloé", "Damien"][i % 4]!, e]),
  });

  it("plausible names next to all-synthetic e-mails are taken as generated: no finding, synthetic verdict, an info diagnostic", () => {
    const r = runRuleOnRows(rule, [table(["a.b@example.com", "c.d@example.net", "e.f@example.org", "g.h@shop.test"])]);
    expect(r.findings).toEqual([]);
    expect(verdictOf(r, "first_name")?.verdict).toBe("synthetic");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "pii-pseudonymized-table", severity: "info" });
    expect(r.diagnostics[0]?.message).toContain("first_name (4 person names)");
    expect(r.diagnostics[0]?.message).not.toContain("Amélie");
  });

  it("one real e-mail in the table keeps the names as findings", () => {
    const r = runRuleOnRows(rule, [table(["a.b@example.com", "c.d@example.net", "e.f@example.org", "damien.roux@orange.fr"])]);
    expect(r.findings.find((f) => f.object?.column === "first_name")?.severity).toBe("error");
    expect(verdictOf(r, "first_name")?.verdict).toBe("real");
  });

  it("can be turned off", () => {
    const r = runRuleOnRows(rule, [table(["a.b@example.com", "c.d@example.net", "e.f@example.org", "g.h@shop.test"])], { trustPseudonymizedTables: false });
    expect(r.findings.find((f) => f.object?.column === "first_name")?.severity).toBe("error");
  });
});

describe("unsanitized-pii: numbers are not sequences", () => {
  it("distinct postcodes and CVVs stay real-looking (a bare number has no seeded shape)", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(10000 + i * 317), String(100 + i * 29)]);
    const r = runRuleOnRows(rule, [{ table: "addresses", columns: ["postcode", "cvv"], rows }]);
    expect(verdictOf(r, "postcode")?.verdict).toBe("real");
    expect(verdictOf(r, "cvv")?.verdict).toBe("real");
  });
});

describe("unsanitized-pii: tables that belong to a pseudonymized table", () => {
  const customers = { table: "customers", columns: ["email"], rows: [["u1@example.com"], ["u2@example.com"], ["u3@example.com"]] };
  const addresses = { table: "addresses", columns: ["customer_id", "street", "city"], types: ["integer", "text", "text"], rows: [["1", "12 Oak Avenue", "Lyon"], ["2", "3 Elm Road", "Nantes"]] };
  const catalogWithFk = {
    table: (name: { schema?: string; name: string }) =>
      name.name === "addresses"
        ? { constraints: [{ kind: "foreign key", columns: ["customer_id"], references: { schema: "public", table: "customers", columns: ["id"] } }] }
        : { constraints: [] },
  };

  it("an address table referencing a pseudonymized customers table is taken as generated (no finding)", () => {
    const r = runRuleOnRows(rule, [customers, addresses], {}, catalogWithFk);
    expect(r.findings).toEqual([]);
    expect(r.diagnostics.map((d) => d.message.split(":")[0])).toEqual(["public.addresses"]);
    expect(verdictOf(r, "street")?.verdict).toBe("synthetic");
  });

  it("without the foreign key the address table is judged on its own", () => {
    const r = runRuleOnRows(rule, [customers, addresses], {}, { table: () => undefined });
    expect(r.findings.find((f) => f.object?.column === "street")?.severity).toBe("error");
  });
});

describe("unsanitized-pii: array columns", () => {
  it("scans each element of a text[] column named for e-mails", () => {
    const r = runRuleOnRows(rule, [{ table: "contacts", columns: ["emails"], types: ["text[]"], rows: [['{amelie.lefevre@orange.fr,"bastien.moreau@free.fr",NULL}']] }]);
    expect(r.findings[0]?.count).toBe(2);
    expect(verdictOf(r, "emails")?.matches).toEqual({ email: 2 });
  });

  it("scans a text[] column not named for personal data as free text", () => {
    const r = runRuleOnRows(rule, [{ table: "notes", columns: ["lines"], types: ["text[]"], rows: [['{"call +33 6 71 42 93 18","ok"}']] }]);
    expect(r.findings.map((f) => f.object?.name)).toEqual(["phone"]);
  });

  it("skips integer[] columns", () => {
    const r = runRuleOnRows(rule, [{ table: "t", columns: ["ids"], types: ["integer[]"], rows: [["{4532015112830366}"]] }]);
    expect(r.findings).toEqual([]);
  });
});

describe("unsanitized-pii: quasi-identifiers need a person", () => {
  it("a city and postcode in a table with no personal data are not reported", () => {
    const r = runRuleOnRows(rule, [{ table: "warehouses", columns: ["label", "city", "postcode"], rows: [["North hub", "Leeds", "LS1 4AP"], ["South hub", "Bristol", "BS1 6QA"]] }]);
    expect(r.findings).toEqual([]);
    expect(r.verdicts).toEqual([]);
  });

  it("the same columns next to a person name are reported (quasi-identifiers: warning at most)", () => {
    const r = runRuleOnRows(rule, [{ table: "members", columns: ["full_name", "city"], rows: [["Siobhan Whitfield", "Leeds"], ["Declan Ashcombe", "Bristol"]] }]);
    expect(r.findings.find((f) => f.object?.column === "city")?.severity).toBe("warning");
    expect(r.findings.find((f) => f.object?.column === "full_name")?.severity).toBe("error");
  });

  it("next to a column that points at a person (customer_id, an integer no detector scans) they are reported too", () => {
    // The unscanned column is kept for its name alone (not folded into the one object of every other unscanned column).
    const r = runRuleOnRows(rule, [{ table: "deliveries", columns: ["id", "customer_id", "city", "postcode"], types: ["integer", "integer", "text", "text"], rows: [["1", "41", "Leeds", "LS1 4AP"], ["2", "42", "Bristol", "BS1 6QA"]] }]);
    expect(r.findings.find((f) => f.object?.column === "city")?.severity).toBe("warning");
  });
});

describe("unsanitized-pii: scale", () => {
  it("finds one real e-mail in a million synthetic rows, with exact counts and a distinct estimate within 3 %", () => {
    function* rows() {
      for (let i = 0; i < 1_000_000; i++) yield [i === 777_777 ? "olivia.marchetti@orange.fr" : `user${i}@example.com`];
    }
    const r = runRuleOnRows(rule, [{ table: "users", columns: ["email"], rows: rows() }]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: "warning", count: 1 });
    expect(r.findings[0]?.range?.start.line).toBe(2 + 777_777);
    const v = verdictOf(r, "email")!;
    expect(v).toMatchObject({ rowsScanned: 1_000_000, nonNull: 1_000_000, realLooking: 1, synthetic: 999_999, verdict: "real" });
    expect(Math.abs(v.distinctEstimate - 1_000_000) / 1_000_000).toBeLessThan(0.03);
  }, 60_000);
});

describe("unsanitized-pii: inet columns without an IP name", () => {
  it("public addresses in an inet column next to a person are reported", () => {
    const r = runRuleOnRows(rule, [{ table: "sessions", columns: ["email", "source"], types: ["text", "inet"], rows: [["olivia.marchetti@orange.fr", "81.56.203.14"], ["declan.ashcombe@btinternet.com", "10.0.0.1"]] }]);
    const f = r.findings.find((x) => x.object?.column === "source");
    expect(f?.object?.name).toBe("ip-address");
    expect(f?.count).toBe(1);
  });

  it("an inet column in a table of servers is not personal data", () => {
    const r = runRuleOnRows(rule, [{ table: "servers", columns: ["hostname", "source"], types: ["text", "inet"], rows: [["db1", "81.56.203.14"]] }]);
    expect(r.findings).toEqual([]);
  });
});

describe("unsanitized-pii: a sequence dropped at the end keeps the other values' locations", () => {
  it("reports the real addresses that follow a seeded sequence, at the first of them", () => {
    const rows = [...Array.from({ length: 5 }, (_, i) => [`qa.tester${i}@gmail.com`]), ["olivia.marchetti@orange.fr"], ["declan.ashcombe@btinternet.com"]];
    const r = runRuleOnRows(rule, [{ table: "users", columns: ["email"], rows }]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ count: 2 });
    expect(r.findings[0]?.range?.start.line).toBe(2 + 5);
    expect(r.findings[0]?.message).toContain("2 real-looking e-mail addresses");
    expect(verdictOf(r, "email")).toMatchObject({ realLooking: 2, synthetic: 5 });
  });

  it("says 'address' for one value", () => {
    const r = runRuleOnRows(rule, [{ table: "users", columns: ["email"], rows: [["olivia.marchetti@orange.fr"]] }]);
    expect(r.findings[0]?.message).toContain("1 real-looking e-mail address in");
  });
});

describe("unsanitized-pii: JSON keys named for personal data", () => {
  it("reads JSON leaves with their key's validators (name, birth date, SSN), but not name-only keys (city)", () => {
    const doc = JSON.stringify({ person: { first_name: "Siobhan", dob: "1984-07-23", ssn: "536-22-8471", city: "Leeds" } });
    const r = runRuleOnRows(rule, [{ table: "events", columns: ["payload"], types: ["jsonb"], rows: [[doc]] }]);
    const found = r.findings.map((f) => [f.object?.name, f.object?.jsonPath]).sort();
    expect(found).toEqual([
      ["birth-date", "$.person.dob"],
      ["person-name", "$.person.first_name"],
      ["us-ssn", "$.person.ssn"],
    ]);
  });
});

describe("unsanitized-pii: privacy toggles under name keys (app-shaped probe)", () => {
  it("a settings document of booleans under first_name/last_name/full_name keys holds no names", () => {
    const rows = Array.from({ length: 60 }, (_, i) => [JSON.stringify({ first_name: i % 2 === 0, last_name: i % 3 === 0, email: true, full_name: false })]);
    const r = runRuleOnRows(rule, [{ table: "accounts_user", columns: ["privacy"], types: ["jsonb"], rows }]);
    expect(r.findings).toEqual([]);
  });
  it("a real name beside the toggles is still found", () => {
    const rows = Array.from({ length: 60 }, (_, i) => [JSON.stringify({ show_email: i % 2 === 0, first_name: i === 7 ? "Siobhan" : true })]);
    const r = runRuleOnRows(rule, [{ table: "accounts_user", columns: ["privacy"], types: ["jsonb"], rows }]);
    expect(r.findings.map((f) => [f.object?.name, f.object?.jsonPath, f.count])).toEqual([["person-name", "$.first_name", 1]]);
  });
});

describe("unsanitized-pii: birth dates generalized to the month", () => {
  it("ten or more dates of birth all on the 1st are synthetic", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`19${60 + i}-${String((i % 12) + 1).padStart(2, "0")}-01`]);
    const r = runRuleOnRows(rule, [{ table: "people", columns: ["date_of_birth"], types: ["date"], rows }]);
    expect(r.findings).toEqual([]);
    expect(verdictOf(r, "date_of_birth")?.verdict).toBe("synthetic");
  });

  it("written day first (01.07.1984, 01/07/1984), all on the 1st are synthetic too; one on the 17th keeps the column real", () => {
    for (const separator of [".", "/"]) {
      const day = (i: number) => (i === 5 ? "17" : "01");
      const dates = (other: boolean) => Array.from({ length: 12 }, (_, i) => [`${other ? day(i) : "01"}${separator}${String((i % 12) + 1).padStart(2, "0")}${separator}19${60 + i}`]);
      const all = runRuleOnRows(rule, [{ table: "people", columns: ["date_of_birth"], types: ["text"], rows: dates(false) }]);
      expect(verdictOf(all, "date_of_birth")?.verdict).toBe("synthetic");
      const one = runRuleOnRows(rule, [{ table: "people", columns: ["date_of_birth"], types: ["text"], rows: dates(true) }]);
      expect(verdictOf(one, "date_of_birth")?.verdict).toBe("real");
    }
  });

  it("one date not on the 1st keeps the column real", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`19${60 + i}-${String((i % 12) + 1).padStart(2, "0")}-${i === 5 ? "17" : "01"}`]);
    const r = runRuleOnRows(rule, [{ table: "people", columns: ["date_of_birth"], types: ["date"], rows }]);
    expect(verdictOf(r, "date_of_birth")?.verdict).toBe("real");
  });
});

describe("unsanitized-pii: IP addresses are personal next to a person", () => {
  it("a login log with a user_id column (no declared foreign key) reports public IPs", () => {
    const r = runRuleOnRows(rule, [{ table: "audit_log", columns: ["user_id", "ip_address"], types: ["bigint", "inet"], rows: [["17", "81.56.203.14"]] }]);
    expect(r.findings.map((f) => f.object?.name)).toEqual(["ip-address"]);
  });

  it("a table of servers with public IPs is not personal data", () => {
    const r = runRuleOnRows(rule, [{ table: "servers", columns: ["hostname", "ip"], types: ["text", "inet"], rows: [["db1", "81.56.203.14"]] }]);
    expect(r.findings).toEqual([]);
  });
});

describe("unsanitized-pii: messages name what the column holds", () => {
  it("says street addresses and identity document numbers in words", () => {
    const r = runRuleOnRows(rule, [{ table: "people", columns: ["street", "passport_number"], rows: [["12 rue des Lilas", "19AB12345"], ["3 Elm Road", "20CD67890"]] }]);
    const messages = r.findings.map((f) => f.message).sort();
    expect(messages[0]).toContain("holds 2 real-looking identity document or tax numbers");
    expect(messages[1]).toContain("holds 2 real-looking street addresses");
  });
});

describe("unsanitized-pii: pseudonymized JSON documents", () => {
  const doc = (name: string, email: string) => JSON.stringify({ identity: { first_name: name }, contact: { email } });
  it("plausible names under a first_name key next to synthetic e-mails under an email key are taken as generated", () => {
    const rows = [["Siobhan", "u1@example.com"], ["Declan", "u2@example.com"], ["Imogen", "u3@example.com"]].map(([n, e]) => [doc(n!, e!)]);
    const r = runRuleOnRows(rule, [{ table: "profiles", columns: ["profile"], types: ["jsonb"], rows }]);
    expect(r.findings).toEqual([]);
    expect(verdictOf(r, "profile")?.verdict).toBe("synthetic");
  });

  it("synthetic e-mails merely mentioned in free text do not vouch for the names", () => {
    const rows = [["Siobhan", "u1@example.com"], ["Declan", "u2@example.com"], ["Imogen", "u3@example.com"]].map(([n, e]) => [JSON.stringify({ identity: { first_name: n }, note: `see ${e}` })]);
    const r = runRuleOnRows(rule, [{ table: "profiles", columns: ["profile"], types: ["jsonb"], rows }]);
    expect(r.findings.map((f) => f.object?.name)).toEqual(["person-name"]);
  });
});

/** Issue 11: what real applications store, one test per class at the exact object. */
describe("unsanitized-pii on what real applications store (issue 11)", () => {
  const brief = (r: ReturnType<typeof runRuleOnRows>) => r.findings.map((f) => [f.severity, `${f.object?.table}.${f.object?.column}`, f.object?.name, f.count]);

  it("item 3: in a data-only dump (no types) timestamps with microseconds, decimals and UUIDs are not phone numbers", () => {
    const r = runRuleOnRows(rule, [
      {
        table: "sales_order",
        columns: ["id", "discount_rate", "tracking_ref", "created_at", "task_details"],
        types: [undefined, undefined, undefined, undefined, undefined],
        rows: [
          ["1", "0.42857143", "f47ac10b-58cc-4372-a567-0e02b2c3d479", "2007-01-29 00:58:02.996577", '{"ratio":0.42857143}'],
          ["2", "0.05263158", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "2023-06-01 12:06:43.100001+00", '{"ratio":0.1}'],
        ],
      },
    ]);
    expect(brief(r)).toEqual([]);
  });

  it("item 3: a timestamp or numeric column is never a phone column, whatever its name", () => {
    const r = runRuleOnRows(rule, [{ table: "t", columns: ["phone", "mobile"], types: ["timestamp without time zone", "numeric"], rows: [["2007-01-29 00:58:02.996577", "0.42857143"]] }]);
    expect(brief(r)).toEqual([]);
  });

  it("item 4: a tax_id of small integers is a foreign key, not an identity number; a real-looking one is", () => {
    const fk = runRuleOnRows(rule, [{ table: "invoices", columns: ["id", "tax_id"], types: ["integer", "integer"], rows: [["1", "1"], ["2", "2"], ["3", "1"]] }]);
    expect(brief(fk)).toEqual([]);
    // (Not `12 345 678 901`: digits that run up are a form's stand-in.)
    const real = runRuleOnRows(rule, [{ table: "employees", columns: ["id", "tax_id"], types: ["integer", "text"], rows: [["1", "47 036 892 815"]] }]);
    expect(brief(real)).toEqual([["error", "employees.tax_id", "personal-value", 1]]);
  });

  it("item 8: customers.name, *_display_name, contact_name, organizer_name are person names on tables of people", () => {
    const r = runRuleOnRows(rule, [
      { table: "customers", columns: ["id", "name", "email"], types: ["integer", "text", "text"], rows: [["1", "Klaus Hartmann", null], ["2", "Petra Vogel", null]] },
      { table: "users", columns: ["id", "user_display_name"], types: ["integer", "text"], rows: [["1", "Sophie Brandt"], ["2", "Administrator"]] },
      { table: "contacts", columns: ["id", "contact_name"], types: ["integer", "text"], rows: [["1", "Ingrid Hartmann"]] },
      { table: "events", columns: ["id", "organizer_name"], types: ["integer", "text"], rows: [["1", "Klaus Hartmann"]] },
    ]);
    expect(brief(r)).toEqual([
      ["error", "customers.name", "person-name", 2],
      ["error", "users.user_display_name", "person-name", 1],
      ["error", "contacts.contact_name", "person-name", 1],
      ["error", "events.organizer_name", "person-name", 1],
    ]);
    expect(r.verdicts.find((v) => v.table === "customers" && v.column === "name")?.verdict).toBe("real");
  });

  it("item 8 near misses: company names in accounts.name, product names, numbered stand-ins", () => {
    const r = runRuleOnRows(rule, [
      { table: "accounts", columns: ["id", "name", "website"], types: ["integer", "text", "text"], rows: [["1", "Hartmann Maschinenbau GmbH"], ["2", "Boulangerie Lefèvre SARL"]].map(([a, b]) => [a!, b!, null]) },
      { table: "product", columns: ["id", "name", "display_name"], types: ["integer", "text", "text"], rows: [["1", "Merino wool T-shirt", "Merino T"]] },
      { table: "customers", columns: ["id", "name", "email"], types: ["integer", "text", "text"], rows: [["1", "Customer 1", "customer1@example.com"], ["2", "Customer 2", "customer2@example.com"]] },
    ]);
    expect(brief(r)).toEqual([]);
  });

  it("item 11: a client address in an activity log's varchar column is personal data, a server table's is not", () => {
    const r = runRuleOnRows(rule, [
      { table: "activity_log", columns: ["id", "action", "ip"], types: ["integer", "text", "character varying(50)"], rows: [["1", "login", "91.64.201.17"], ["2", "export", "87.123.45.210"], ["3", "logout", "192.168.1.20"]] },
      { table: "db_servers", columns: ["id", "ip"], types: ["integer", "inet"], rows: [["1", "85.214.132.117"]] },
    ]);
    expect(brief(r)).toEqual([["error", "activity_log.ip", "ip-address", 2]]);
    expect(JSON.stringify(r.findings)).not.toContain("91.64.201.17");
  });

  it("item 15: a national number is masked as written, without a country code it does not carry", () => {
    const r = runRuleOnRows(rule, [{ table: "customers", columns: ["phone"], types: ["text"], rows: [["0946343636"], ["+49 151 28473391"]] }]);
    const masks = r.findings[0]!.evidence!.map((e) => e.masked);
    expect(masks).toEqual(["0•••••••36", "+49 •••••••••91"]);
  });
});

describe("unsanitized-pii: JSON in a text column (issue 11 item 6)", () => {
  it("is walked by key like jsonb: a national phone number under a `phone` key is found at its JSON path", () => {
    const r = runRuleOnRows(rule, [{ table: "core_user", columns: ["id", "settings"], types: ["integer", "text"], rows: [["1", '{"locale":"fr","phone":"0648271953","ratio":0.42857143}'], ["2", "{}"]] }]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.jsonPath, f.object?.name, f.count])).toEqual([["settings", "$.phone", "phone", 1]]);
  });
});

describe("unsanitized-pii: a column named address that holds e-mail addresses (app-shaped probe)", () => {
  const people = ["mia.schulz@gmail.com", "ben.meyer@web.de", "emma.weber@gmx.net", "paul.fischer@outlook.com"];
  it("an e-mail log's to_address with real addresses is reported as e-mail addresses", () => {
    const rows = people.map((to) => ["noreply@acme-widgets.com", to, "Your order has shipped"]);
    const r = runRuleOnRows(rule, [{ table: "email_log", columns: ["from_address", "to_address", "subject"], rows }]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.name, f.count, f.severity])).toEqual([["to_address", "email", 4, "error"]]);
    expect(r.findings[0]?.message).toContain("holds 4 real-looking e-mail addresses");
    // The shop's own no-reply sender is a role address, one value repeated: nothing real in the column.
    expect(verdictOf(r, "from_address")?.verdict).toBe("synthetic");
  });

  it("a mailing list's `address` column of synthetic addresses is synthetic, and postal addresses stay street addresses", () => {
    const r = runRuleOnRows(rule, [
      { table: "list_members", columns: ["address"], rows: [["u1@example.com"], ["u2@example.com"], ["u3@example.org"]] },
      { table: "people", columns: ["address"], rows: [["12 rue des Lilas"], ["3 Elm Road"]] },
    ]);
    expect(r.verdicts.map((v) => [v.table, v.verdict, v.matches])).toEqual([
      ["list_members", "synthetic", { email: 3 }],
      ["people", "real", { "personal-value": 2 }],
    ]);
  });

  it("inside JSON an `address` key still reads its leaf as free text only (no name-only evidence)", () => {
    const r = runRuleOnRows(rule, [{ table: "t", columns: ["doc"], types: ["jsonb"], rows: [['{"address":"[REDACTED]"}'], ['{"address":"[REDACTED]"}'], ['{"address":"[REDACTED]"}']] }]);
    expect(r.verdicts).toEqual([]);
  });
});

describe("unsanitized-pii: a table of organisations holds their own business contact data (app-shaped probe)", () => {
  const stores = {
    table: "stores",
    columns: ["name", "phone", "email", "street", "city", "postcode"],
    rows: [
      ["Acme Mitte", "+49 30 2847 1937", "mitte@acme-widgets.de", "Torstraße 12", "Berlin", "10119"],
      ["Acme Altona", "+49 40 3908 2214", "altona@acme-widgets.de", "Große Bergstraße 7", "Hamburg", "22767"],
      ["Acme Schwabing", "+49 89 3817 5520", "schwabing@acme-widgets.de", "Leopoldstraße 31", "München", "80802"],
    ],
  };
  it("a store's phone and street are info (not a failing error), its e-mails stay findings, and its city and postcode are not reported", () => {
    const r = runRuleOnRows(rule, [stores]);
    // An organisation's e-mail is often a person's (below): only the function mailboxes the detector knows are not findings.
    expect(r.findings.map((f) => [f.object?.column, f.object?.name, f.severity]).sort()).toEqual([
      ["email", "email", "error"],
      ["phone", "phone", "info"],
      ["street", "personal-value", "info"],
    ]);
    expect(r.findings.find((f) => f.object?.column === "phone")?.message).toContain("the table's rows are organisations or places (stores), so taken for their own business contact data");
  });

  it("a contact person beside the organisation (contact_name, contact_email) keeps the table's findings errors", () => {
    const suppliers = {
      table: "suppliers",
      columns: ["company", "contact_name", "contact_email", "contact_phone"],
      rows: [
        ["Holzbau Krämer GmbH", "Anna Becker", "anna.becker@web.de", "+49 171 5006151"],
        ["Metallwerk Sauer KG", "Lukas Wagner", "lukas.wagner@gmx.de", "+49 171 5012302"],
      ],
    };
    const r = runRuleOnRows(rule, [suppliers, { ...suppliers, table: "vendors", columns: ["company", "note", "contact_email", "phone"] }]);
    expect(r.findings.map((f) => f.severity)).not.toContain("info");
    expect(r.findings.filter((f) => f.object?.table === "vendors").map((f) => f.object?.column).sort()).toEqual(["contact_email", "phone"]);
  });

  it("a company's e-mails that are people's (a sole trader's, a firm's first.last@) stay errors", () => {
    const people = ["jens.hartmann@web.de", "sabine.krueger@gmx.de", "mehmet.yilmaz@gmail.com", "claire.dubois@orange.fr", "lukas.novak@seznam.cz", "aoife.byrne@eircom.net", "matteo.ricci@libero.it", "ingrid.lindqvist@telia.com", "piotr.kowalski@wp.pl", "fatima.haddad@outlook.com", "anneke.devries@acme-gmbh.de"];
    const r = runRuleOnRows(rule, [{ table: "companies", columns: ["name", "email"], rows: people.map((e, i) => [`Firma ${i}`, e]) }]);
    expect(r.findings.map((f) => [f.object?.column, f.severity])).toEqual([["email", "error"]]);
  });

  it("a table of people named after a shop (shop_customers) and an identity number in a company table are not softened", () => {
    const r = runRuleOnRows(rule, [
      { ...stores, table: "shop_customers" },
      { table: "companies", columns: ["name", "iban"], rows: [["Acme GmbH", "DE23370502990047139865"]] },
    ]);
    expect(r.findings.filter((f) => f.object?.table === "shop_customers" && f.object?.column === "phone").map((f) => f.severity)).toEqual(["error"]);
    expect(r.findings.find((f) => f.object?.table === "shop_customers" && f.object?.column === "city")?.severity).toBe("warning");
    expect(r.findings.find((f) => f.object?.table === "companies")?.severity).toBe("error");
  });
});

describe("unsanitized-pii: a table of animals (app-shaped probe)", () => {
  const rows = [["Bella", "2016-04-12", "17"], ["Rex", "2019-11-02", "18"], ["Luna", "2021-02-27", "19"]];
  it("a pet's date of birth is info, said as not a person's", () => {
    const r = runRuleOnRows(rule, [{ table: "pets", columns: ["name", "date_of_birth", "owner_id"], rows }]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.name, f.severity])).toEqual([["date_of_birth", "birth-date", "info"]]);
    expect(r.findings[0]?.message).toContain("the table's rows are animals (pets), so these are not a person's");
  });

  it("a table of people named after their pets (pet_owners) keeps its birth dates errors", () => {
    const r = runRuleOnRows(rule, [{ table: "pet_owners", columns: ["name", "date_of_birth", "owner_id"], rows }]);
    expect(r.findings.find((f) => f.object?.column === "date_of_birth")?.severity).toBe("error");
  });
});

describe("unsanitized-pii: client addresses as applications log them (app-shaped probe)", () => {
  it("an X-Forwarded-For chain in an `xff` or `forwarded_for` column and an address with its port are the client's public address", () => {
    const rows = [
      ["81.2.69.160, 10.0.0.1", "10.0.0.7, 81.2.69.161", "81.2.69.162:44321"],
      ["81.2.69.170, 10.0.0.1", "10.0.0.7, 81.2.69.171", "[2a02:810d:4000::1]:443"],
    ];
    const r = runRuleOnRows(rule, [{ table: "requests", columns: ["xff", "forwarded_for", "remote_addr"], rows }]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.name, f.count])).toEqual([
      ["xff", "ip-address", 2],
      ["forwarded_for", "ip-address", 2],
      ["remote_addr", "ip-address", 2],
    ]);
    expect(r.findings.flatMap((f) => f.evidence?.map((e) => e.masked) ?? [])).toEqual(["81.•.•.•", "81.•.•.•", "81.•.•.•", "81.•.•.•", "81.•.•.•", "2a02:•:•:•:•:•:•:•"]);
  });
});

describe("unsanitized-pii: a person named by a role alone (pii-probe2)", () => {
  const people = ["Hannah Krüger", "TOBIAS LANG", "Jonas Frank", "Lea Schulz", "Nina Berger"];
  it("a shipment's recipient and a payment's cardholder are person names", () => {
    const r = runRuleOnRows(rule, [
      { table: "shipments", columns: ["id", "carrier", "recipient"], types: ["integer", "text", "text"], rows: people.map((p, i) => [String(i), "DHL", p]) },
      { table: "payments", columns: ["id", "cardholder"], types: ["integer", "text"], rows: people.map((p, i) => [String(i), p.toUpperCase()]) },
    ]);
    // Nina is not in the first-name dictionary: a role column's names count only when a common first name confirms them.
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.object?.name, f.count])).toEqual([
      ["shipments", "recipient", "person-name", 4],
      ["payments", "cardholder", "person-name", 4],
    ]);
  });

  it("a recipient column of e-mails or phones is read for them, a column of groups or companies holds no one", () => {
    const r = runRuleOnRows(rule, [
      { table: "email_log", columns: ["recipient"], rows: [["mia.schulz@gmail.com"], ["ben.meyer@web.de"]] },
      { table: "sms_log", columns: ["recipient"], rows: [["+49 151 28473391"], ["+49 160 93827164"]] },
      { table: "notifications", columns: ["recipient", "channel"], rows: [["admins"], ["ops-team"], ["all"], ["#alerts"]].map(([to]) => [to!, "slack"]) },
      { table: "invoices", columns: ["account_holder"], rows: [["Acme GmbH"], ["Boulangerie Lefèvre SARL"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.object?.name, f.count])).toEqual([
      ["email_log", "recipient", "email", 2],
      ["sms_log", "recipient", "phone", 2],
    ]);
    expect(verdictOf(r, "account_holder")?.verdict).toBe("none");
  });

  it("a recipient under a JSON key is a person name at its path", () => {
    const r = runRuleOnRows(rule, [{ table: "orders", columns: ["id", "shipping"], types: ["integer", "jsonb"], rows: people.map((p, i) => [String(i), JSON.stringify({ recipient: p, carrier: "DHL" })]) }]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.jsonPath, f.object?.name, f.count])).toEqual([["shipping", "$.recipient", "person-name", 4]]);
  });
});

describe("unsanitized-pii: a bare `name` in a JSON block named for an address or a person's role (pii probe 3)", () => {
  const people = ["Hannah Krüger", "Tobias Lang", "Jonas Frank", "Lea Schulz", "Nina Berger"];
  it("an order's shipTo / billing_details / recipients[] name is a person's name at its path", () => {
    const r = runRuleOnRows(rule, [
      {
        table: "orders",
        columns: ["id", "shipping", "payment", "parties"],
        types: ["integer", "jsonb", "jsonb", "jsonb"],
        rows: people.map((p, i) => [
          String(i),
          JSON.stringify({ shipTo: { name: p, street: `Lindenallee ${i + 3}`, zip: "10115" }, method: { name: "DHL Paket" } }),
          JSON.stringify({ billing_details: { name: p, address: { line1: "Gartenweg 4" } }, card: { brand: "visa" } }),
          JSON.stringify({ "ship to": [{ name: p }], recipients: [{ name: p }] }),
        ]),
      },
    ]);
    // Nina is not in the first-name dictionary: as for a role column, a common first name confirms the name.
    expect(r.findings.map((f) => [f.object?.column, f.object?.jsonPath, f.object?.name, f.count])).toEqual([
      ["shipping", "$.shipTo.name", "person-name", 4],
      ["payment", "$.billing_details.name", "person-name", 4],
      ["parties", '$["ship to"][0].name', "person-name", 8],
    ]);
  });

  it("a top-level name in a column named for an address or a person's role (shipments.recipient, orders.customer) is that person's (pii probe 4)", () => {
    const r = runRuleOnRows(rule, [
      {
        table: "shipments",
        columns: ["id", "recipient", "customer", "details"],
        types: ["integer", "jsonb", "text", "jsonb"],
        rows: people.map((p, i) => [String(i), JSON.stringify({ name: p, city: "Berlin" }), JSON.stringify({ name: p, tier: "gold" }), JSON.stringify({ name: p, weight_kg: 2 })]),
      },
    ]);
    expect(r.findings.map((f) => [f.object?.column, f.object?.jsonPath, f.object?.name, f.count])).toEqual([
      ["recipient", "$.name", "person-name", 4],
      ["customer", "$.name", "person-name", 4],
    ]);
  });

  it("a bare name elsewhere (a product, a plan, a company's contact block, the top level) is no one's", () => {
    const r = runRuleOnRows(rule, [
      {
        table: "orders",
        columns: ["id", "items", "meta"],
        types: ["integer", "jsonb", "jsonb"],
        rows: people.map((p, i) => [
          String(i),
          JSON.stringify({ product: { name: `${p} Edition Mug` }, plan: { name: p }, name: p }),
          JSON.stringify({ shipping: { name: "Express" }, customer: { name: "Acme GmbH" }, contact: { name: p } }),
        ]),
      },
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("unsanitized-pii: the organisation's own published content and settings (pii probe 3)", () => {
  const imprint = "Kaffeehaus Shop GmbH, Lindenallee 12, 10115 Berlin. Telefon: +49 30 5557 8820, Telefax: +49 30 5557 8829.";
  it("a contact page's, a signature macro's and a footer setting's phone numbers are the organisation's (info)", () => {
    const r = runRuleOnRows(rule, [
      { table: "pages", columns: ["id", "slug", "body"], types: ["integer", "text", "text"], rows: [["1", "impressum", imprint], ["2", "faq", "Fragen? Mo-Fr 8-18 Uhr"]] },
      { table: "macros", columns: ["id", "title", "body"], types: ["integer", "text", "text"], rows: [["1", "signoff", "Viele Grüße\nKundenservice\nTel. +49 30 5557 8820"]] },
      { table: "settings", columns: ["key", "value"], types: ["text", "jsonb"], rows: [["footer", JSON.stringify({ text: "Aus dem Ausland +49 30 5557 8820" })]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.severity])).toEqual([
      ["pages", "info"],
      ["macros", "info"],
      ["settings", "info"],
    ]);
    expect(r.findings[0]!.message).toContain("the organisation's own published content or settings (pages)");
  });

  it("a newsletter campaign's footer phone is the organisation's (info); its sender's e-mail stays a finding", () => {
    const r = runRuleOnRows(rule, [
      { table: "campaigns", columns: ["id", "body_html", "sender_email"], types: ["integer", "text", "text"], rows: [["1", `<p>Hallo {{first_name}}</p><p>${imprint}</p>`, "anna.berg@web.de"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.column, f.severity])).toEqual([
      ["body_html", "info"],
      ["sender_email", "error"],
    ]);
  });

  it("a page's author_name says who wrote it: the imprint's phone in its body stays the organisation's (info), the author's name a finding (pii probe 4)", () => {
    const r = runRuleOnRows(rule, [
      { table: "pages", columns: ["id", "author_name", "body"], types: ["integer", "text", "text"], rows: [["1", "Anna Berg", imprint], ["2", "Jonas Weber", "Rufen Sie uns an: +49 30 5557 8821"]] },
      { table: "snippets", columns: ["id", "customer_id", "body"], types: ["integer", "integer", "text"], rows: [["1", "7", imprint]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.severity])).toEqual([
      ["pages", "author_name", "error"],
      ["pages", "body", "info"],
      ["snippets", "body", "error"],
    ]);
  });

  it("a person's settings, a table that points at a person, and people's posts stay findings", () => {
    const r = runRuleOnRows(rule, [
      { table: "user_settings", columns: ["key", "value"], types: ["text", "text"], rows: [["sms", "+49 151 28473391"], ["sms2", "+49 160 93827164"]] },
      { table: "settings", columns: ["account_id", "key", "value"], types: ["integer", "text", "text"], rows: [["1", "sms", "+49 151 28473391"], ["2", "sms", "+49 160 93827164"]] },
      { table: "posts", columns: ["id", "body"], types: ["integer", "text"], rows: [["1", "call me on +49 151 28473391"], ["2", "or +49 160 93827164"]] },
      { table: "email_templates", columns: ["id", "html"], types: ["integer", "text"], rows: [["1", "Contact anna.berg@web.de"], ["2", "or jens.hartmann@gmx.de"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.name, f.severity])).toEqual([
      ["user_settings", "phone", "error"],
      ["settings", "phone", "error"],
      ["posts", "phone", "error"],
      ["email_templates", "email", "error"],
    ]);
  });
});

describe("unsanitized-pii: a person's attribute table read as key/value stays a person's (real lane, stop 21)", () => {
  it("user_settings(user_id, key, value) and Keycloak's user_attribute(name, value, user_id, id): the phone numbers are findings", () => {
    const r = runRuleOnRows(rule, [
      { table: "user_settings", columns: ["user_id", "key", "value"], types: ["integer", "text", "text"], rows: [["1", "sms", "+49 151 28473391"], ["2", "sms", "+49 160 93827164"]] },
      { table: "user_attribute", columns: ["name", "value", "user_id", "id"], types: ["text", "text", "text", "text"], rows: [["phoneNumber", "+49 151 28473391", "u1", "a1"], ["phoneNumber", "+33 6 12 48 93 27", "u2", "a2"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.name, f.severity])).toEqual([
      ["user_settings", "phone", "error"],
      ["user_attribute", "phone", "error"],
    ]);
  });
});

describe("unsanitized-pii: a legal notice's contact is the business's (real lane, stop 21)", () => {
  it("WordPress keeps the imprint page beside people's posts in wp_posts: the imprint's phone and e-mail are not findings, a post's are", () => {
    const imprint = "<h2>Impressum</h2><p>Gartenmöbel Schulz e.K., Inhaber: Thomas Schulz<br>Lindenstraße 14, 37073 Göttingen<br>Telefon: 0551 4870213<br>E-Mail: info@gartenmoebel-schulz.de</p>";
    const legal = "<h1>Legal notice</h1><p>Acme Widgets Ltd, 12 High Street, Leeds. Phone +44 113 496 0857, hello@acme-widgets.co.uk</p>";
    const wp = (rows: string[][]) => ({ table: "wp_posts", columns: ["ID", "post_content", "post_type"], types: ["bigint", "text", "character varying(20)"], rows });
    const quiet = runRuleOnRows(rule, [wp([["1", imprint, "page"], ["2", legal, "page"], ["3", "<p>Our new garden chairs are in.</p>", "post"]])]);
    expect(quiet.findings.map((f) => [f.object?.column, f.object?.name, f.severity])).toEqual([]);
    // A person's number in a post, and an imprint of no business (a private blog's: no legal form), stay findings.
    const loud = runRuleOnRows(rule, [
      wp([
        ["1", imprint, "page"],
        ["2", "<p>Fragen? Ruf mich an: 0151 28473391</p>", "post"],
      ]),
      // Only a site's HTML page is read as a notice: a plain-text message quoting one stays a text like any other.
      { table: "posts", columns: ["id", "body"], types: ["integer", "text"], rows: [["1", "<h2>Impressum</h2><p>Anna Berg<br>Telefon: 0170 3928471</p>"], ["2", "Impressum: Berg Design GmbH, Telefon 0171 4829302"]] },
    ]);
    expect(loud.findings.map((f) => [f.object?.table, f.object?.name, f.severity, f.count])).toEqual([
      ["wp_posts", "phone", "error", 1],
      ["posts", "phone", "error", 2],
    ]);
  });
});

describe("unsanitized-pii: identity numbers under a social security or insurance name in another country's shape (pii probe 4)", () => {
  it("a German SV-Nummer under social_security_no and a KVNR under insurance_number are identity numbers; stand-ins by their digits are not", () => {
    const r = runRuleOnRows(rule, [
      { table: "employees", columns: ["id", "social_security_no", "versichertennummer"], types: ["integer", "text", "text"], rows: [["1", "12 150385 A 123", "K294716038"], ["2", "53 270791 M 048", "T803519274"]] },
      { table: "patients", columns: ["id", "insurance_number", "ssn"], types: ["integer", "text", "text"], rows: [["1", "A123456789", "000-00-0000"], ["2", "X000000000", "999-99-9999"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.severity, f.count])).toEqual([
      ["employees", "social_security_no", "error", 2],
      ["employees", "versichertennummer", "error", 2],
    ]);
    expect(r.findings[0]!.message).toContain("2 real-looking social security numbers");
    expect(verdictOf(r, "insurance_number")?.verdict).toBe("synthetic");
    expect(verdictOf(r, "ssn")?.verdict).toBe("synthetic");
  });
});

describe("unsanitized-pii: the people of a school, a helpdesk and a delivery app (pii probe 4)", () => {
  it("an agent's display name beside its e-mail, a course's teacher_name and a delivery's signed_by are person names", () => {
    const r = runRuleOnRows(rule, [
      { table: "agents", columns: ["id", "display_name", "email"], types: ["integer", "text", "text"], rows: [["1", "Jonas Weber", "support@acme.example"], ["2", "Lea Schulz", "support@acme.example"]] },
      { table: "courses", columns: ["code", "title", "teacher_name"], types: ["text", "text", "text"], rows: [["M7", "Mathematik 7a", "Ingrid Hartmann"], ["B8", "Biologie 8b", "Tobias Wolf"]] },
      { table: "delivery_events", columns: ["id", "signed_by"], types: ["integer", "text"], rows: [["1", "Sophie Martin"], ["2", "SIGNED"], ["3", "Nachbar"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.object?.name, f.count])).toEqual([
      ["agents", "display_name", "person-name", 2],
      ["courses", "teacher_name", "person-name", 2],
      ["delivery_events", "signed_by", "person-name", 1],
    ]);
  });
});

describe("unsanitized-pii: names in scripts without case (pii probe 4)", () => {
  it("a multilingual shop's customers.name in Japanese, Chinese, Korean, Arabic, Hebrew and katakana are person names", () => {
    const names = ["山田 太郎", "李小龙", "김 민수", "محمد علي", "יוסי כהן", "ジョン・スミス", "Ольга Смирнова"];
    const r = runRuleOnRows(rule, [
      { table: "customers", columns: ["id", "name", "phone"], types: ["integer", "text", "text"], rows: names.map((n, i) => [String(i), n, null]) },
      { table: "members", columns: ["id", "name", "phone"], types: ["integer", "text", "text"], rows: [["1", "会員 1号", null], ["2", "★★★", null]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.count])).toEqual([["customers", "name", 7]]);
    expect(verdictOf(r, "name")?.realLooking).toBe(7);
  });
});

describe("unsanitized-pii: health data in columns named for it (pii probe 4)", () => {
  it("a student's medical_info and an employee's allergies are health data; a product's allergies and 'keine' are not", () => {
    const r = runRuleOnRows(rule, [
      { table: "students", columns: ["id", "given_name", "medical_info"], types: ["integer", "text", "text"], rows: [["1", "Lena", "Asthma, Notfallspray im Ranzen"], ["2", "Paul", "keine"], ["3", "Mia", "Epilepsie"], ["4", "Tom", null]] },
      { table: "leave_requests", columns: ["id", "employee_id", "allergies"], types: ["integer", "integer", "text"], rows: [["1", "7", "Penicillin"], ["2", "8", "none"]] },
      { table: "products", columns: ["id", "title", "allergies"], types: ["integer", "text", "text"], rows: [["1", "Nusskuchen", "Haselnuss, Gluten"]] },
    ]);
    expect(r.findings.filter((f) => f.object?.column !== "given_name").map((f) => [f.object?.table, f.object?.column, f.object?.name, f.count, f.severity])).toEqual([
      ["students", "medical_info", "personal-value", 2, "error"],
      ["leave_requests", "allergies", "personal-value", 1, "error"],
    ]);
    expect(r.findings.find((f) => f.object?.column === "medical_info")!.message).toContain("2 real-looking health values (medical conditions, allergies, medications)");
  });
});

describe("unsanitized-pii: a key/value table of settings under any name (pii probe 4)", () => {
  it("practice_info(key, value)'s footer fax and hotline are the organisation's (info); a person's key/value rows stay findings", () => {
    const rows = [["footer_html", "<p>Praxis Dr. Berg · Tel. 030 2844 5120 · Fax 030 2844 5121</p>"], ["hotline", "+49 30 2844 5120"]];
    const r = runRuleOnRows(rule, [
      { table: "practice_info", columns: ["id", "key", "value"], types: ["integer", "text", "text"], rows: rows.map(([k, v], i) => [String(i), k!, v!]) },
      { table: "profile_data", columns: ["member_id", "key", "value"], types: ["integer", "text", "text"], rows: rows.map(([k, v], i) => [String(i), k!, v!]) },
      { table: "front_desk", columns: ["id", "title", "value"], types: ["integer", "text", "text"], rows: rows.map(([, v], i) => [String(i), "Kontakt", v!]) },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.severity])).toEqual([
      ["practice_info", "info"],
      ["profile_data", "error"],
      ["front_desk", "error"],
    ]);
    expect(r.findings[0]!.message).toContain("the organisation's own published content or settings (practice_info)");
  });
});

describe("unsanitized-pii: an organisation's own units (pii probe 3)", () => {
  it("a department's or a team's phone is the organisation's extension (info); a team member's is not", () => {
    const lines = ["+49 30 5557 8800", "+49 30 5557 8810", "+49 30 5557 8820", "+49 30 5557 8830"];
    const r = runRuleOnRows(rule, [
      { table: "departments", columns: ["id", "name", "phone"], types: ["integer", "text", "text"], rows: lines.map((l, i) => [String(i), `Dept ${i}`, l]) },
      { table: "teams", columns: ["id", "name", "hotline"], types: ["integer", "text", "text"], rows: lines.map((l, i) => [String(i), `Team ${i}`, l]) },
      { table: "team_members", columns: ["id", "team_id", "mobile"], types: ["integer", "integer", "text"], rows: lines.map((l, i) => [String(i), "1", l]) },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.severity])).toEqual([
      ["departments", "info"],
      ["teams", "info"],
      ["team_members", "error"],
    ]);
  });
});

describe("unsanitized-pii: a group's own name and a mail's message ids (real lane, stop 23: the Discourse probe)", () => {
  it("a table of groups' name/full_name is the group's (info); a members table's, or one pointing at a user, is a person's", () => {
    const names = ["Vorstand", "Jugendwart", "Trainer", "Kassenprüfer"];
    const r = runRuleOnRows(rule, [
      { table: "groups", columns: ["id", "name", "full_name", "user_count"], types: ["integer", "text", "text", "integer"], rows: names.map((n, i) => [String(i), n.toLowerCase(), n, "3"]) },
      { table: "group_users", columns: ["id", "group_id", "full_name"], types: ["integer", "integer", "text"], rows: names.map((n, i) => [String(i), "1", n]) },
      { table: "teams", columns: ["id", "user_id", "full_name"], types: ["integer", "integer", "text"], rows: names.map((n, i) => [String(i), "1", n]) },
    ]);
    expect(r.findings.filter((f) => f.object?.column === "full_name").map((f) => [f.object?.table, f.severity])).toEqual([
      ["groups", "info"],
      ["group_users", "error"],
      ["teams", "error"],
    ]);
    expect(r.findings.find((f) => f.object?.table === "groups")!.message).toContain("the group's own name");
  });
  it("a message_id column holds message ids, not addresses; a from_address beside it is read", () => {
    const r = runRuleOnRows(rule, [
      { table: "incoming_emails", columns: ["id", "message_id", "from_address"], types: ["integer", "text", "text"], rows: ["lena.weber", "jonas.fischer", "mia.schmidt", "lukas.becker"].map((p, i) => [String(i), `${p}.reply@mx.acme-mail.de`, `${p}@gmail.com`]) },
    ]);
    // Read as free text, each id would be a real-looking address.
    expect(runRuleOnRows(rule, [{ table: "incoming_emails", columns: ["id", "ref"], types: ["integer", "text"], rows: ["lena.weber", "jonas.fischer", "mia.schmidt", "lukas.becker"].map((p, i) => [String(i), `${p}.reply@mx.acme-mail.de`]) }]).findings.map((f) => f.object?.column)).toEqual(["ref"]);
    expect(r.findings.map((f) => [f.object?.column, f.severity])).toEqual([["from_address", "error"]]);
  });
});

describe("unsanitized-pii: a cloud provider's or a machine's account is no person (real lane, stop 23: GitLab's application_settings.eks_account_id)", () => {
  it("a settings table with eks_account_id keeps its published phone as the organisation's (info); user_account_id still points at a person", () => {
    const text = "Zugang nur für Mitarbeitende. Hilfe: Tel. 040 3289 1150";
    const r = runRuleOnRows(rule, [
      { table: "application_settings", columns: ["id", "sign_in_text", "eks_account_id", "service_account_id"], types: ["integer", "text", "text", "integer"], rows: [["1", text, "123456789012", "4"]] },
      { table: "portal_settings", columns: ["id", "sign_in_text", "user_account_id"], types: ["integer", "text", "integer"], rows: [["1", text, "7"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.severity])).toEqual([
      ["application_settings", "info"],
      ["portal_settings", "error"],
    ]);
  });
});

describe("unsanitized-pii: line1 / line2 of a table of addresses (pii probe 3)", () => {
  it("are street lines; line1 elsewhere and a table of IP or e-mail addresses are not", () => {
    const streets = ["Lindenallee 12", "Baker Street 4", "12 rue de la République", "Calle Mayor 7"];
    const r = runRuleOnRows(rule, [
      { table: "addresses", columns: ["id", "customer_id", "line1", "line2"], types: ["integer", "integer", "text", "text"], rows: streets.map((a, i) => [String(i), String(i), a, i === 0 ? "c/o Anna Berg" : "\\N"]) },
      { table: "invoice_lines", columns: ["id", "line1"], types: ["integer", "text"], rows: streets.map((a, i) => [String(i), a]) },
      { table: "ip_addresses", columns: ["id", "line1"], types: ["integer", "text"], rows: streets.map((a, i) => [String(i), a]) },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.column, f.count])).toEqual([
      ["addresses", "line1", 4],
      ["addresses", "line2", 1],
    ]);
  });
});

describe("unsanitized-pii: people signing tickets in free text (pii probe 3)", () => {
  it("a ticket body's signature names are person names (free text); an agent macro's template and a team sign-off are no one", () => {
    const people = ["Julia Vogel", "Thomas Becker", "Sophie Martin", "Jonas Weber", "Lea Schulz", "Felix Braun", "Laura Koch", "Tobias Wolf", "Emma Klein", "Daniel Roth", "Sarah Lang"];
    const r = runRuleOnRows(rule, [
      { table: "tickets", columns: ["id", "body"], types: ["integer", "text"], rows: people.map((p, i) => [String(i), `Hallo,\nmeine Bestellung fehlt.\n\nMit freundlichen Grüßen\n${p}`]) },
      { table: "macros", columns: ["id", "body"], types: ["integer", "text"], rows: [["1", "Viele Grüße\n{{current_user.first_name}}"], ["2", "Best regards,\nThe Kaffeehaus Team"]] },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.name, f.count, f.severity, f.message.includes("(free text)")])).toEqual([["tickets", "person-name", 11, "error", true]]);
  });
  it("an HTML mail's signature (<br> or </p> between the closing and the name) is read as its shown lines (real lane, stop 20: Odoo's mail_message.body)", () => {
    const people = ["Julia Vogel", "Thomas Becker", "Sophie Martin", "Jonas Weber", "Lea Schulz", "Felix Braun", "Laura Koch", "Tobias Wolf", "Emma Klein", "Daniel Roth", "Sarah Lang"];
    const r = runRuleOnRows(rule, [
      { table: "mail_message", columns: ["id", "body"], types: ["integer", "text"], rows: people.map((p, i) => [String(i), `<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot S0${i}.</p><p>Mit freundlichen Grüßen<br>${p}</p>`]) },
    ]);
    expect(r.findings.map((f) => [f.object?.table, f.object?.name, f.count, f.severity])).toEqual([["mail_message", "person-name", 11, "error"]]);
  });
});

describe("unsanitized-pii: one value repeated in free text and JSON (real lane, stop 20; the lead's Directus probe)", () => {
  it("one phone in every article's footer, or under $.phone in every revision, is a stand-in; two phones, or one in one row, stay findings", () => {
    const footer = (i: number) => `<p>Artikel ${i}: Neuigkeiten aus dem Netz.</p><p>Kundenservice: 0351 4682 1970</p>`;
    const revision = (i: number) => JSON.stringify({ id: i, name: `Person ${i}`, email: `person${i}@example.org`, phone: "+49 30 8174 2290", message: "Lorem ipsum." });
    const r = runRuleOnRows(rule, [
      { table: "articles", columns: ["id", "body"], types: ["integer", "text"], rows: Array.from({ length: 20 }, (_, i) => [String(i), footer(i)]) },
      { table: "revisions", columns: ["id", "data"], types: ["integer", "json"], rows: Array.from({ length: 20 }, (_, i) => [String(i), revision(i)]) },
      // Two numbers: people's.
      { table: "messages", columns: ["id", "body"], types: ["integer", "text"], rows: Array.from({ length: 20 }, (_, i) => [String(i), `Ruf mich an: ${i % 2 ? "0351 4682 1970" : "0171 8392 6614"}`]) },
      // One number three times in one message: one person's, one row.
      { table: "notes", columns: ["id", "body"], types: ["integer", "text"], rows: [["1", "Tel 0171 8392 6614, nochmal: 0171 8392 6614, mobil 0171 8392 6614"], ["2", "ok"], ["3", "ok"]] },
    ]);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => [f.object?.table, f.object?.column, f.severity])).toEqual([
      ["messages", "body", "error"],
      ["notes", "body", "error"],
    ]);
    expect(verdictOf(r, "data")!.verdict).toBe("synthetic");
  });
});
