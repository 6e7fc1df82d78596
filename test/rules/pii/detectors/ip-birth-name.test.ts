import { describe, expect, it } from "vitest";
import { classifyIp, ipInCell, parseIp } from "../../../../src/rules/pii/detectors/ip-address.js";
import { birthDateInCell } from "../../../../src/rules/pii/detectors/birth-date.js";
import { findSignatureNames, personNameInCell } from "../../../../src/rules/pii/detectors/person-name.js";
import { personalValueInCell } from "../../../../src/rules/pii/detectors/personal-value.js";

describe("IP addresses", () => {
  it.each(["81.56.203.14", "2a01:e0a:1f3:4b50::12", "8.8.4.4/32", "::ffff:81.56.203.14"])("%s is a public address", (cell) => {
    const m = ipInCell(cell);
    expect(m?.detector).toBe("ip-address");
    expect(m?.syntheticReason).toBeUndefined();
  });
  it.each(["192.0.2.10", "198.51.100.7", "203.0.113.99", "2001:db8::1"])("%s is a documentation address (synthetic)", (cell) => {
    expect(ipInCell(cell)?.syntheticReason).toBe("documentation address range");
  });
  it.each(["10.1.2.3", "192.168.0.1", "172.20.1.1", "127.0.0.1", "100.64.0.1", "169.254.1.1", "::1", "fe80::1", "fd12:3456::1", "224.0.0.1"])(
    "%s is not personal",
    (cell) => {
      expect(ipInCell(cell)).toBeUndefined();
    },
  );
  it.each(["256.1.1.1", "1.2.3", "1.2.3.4.5", "1:2:3", "2a01::e0a::1", "abc", "1.2.3.4/999"])("%s is not an address", (cell) => {
    expect(parseIp(cell)).toBeUndefined();
  });
  // How applications log a client (an app-shaped probe's signup_ip `81.2.69.160:44321` column gave nothing): with its port
  // (Go's Request.RemoteAddr) or as an X-Forwarded-For chain; the match is the public address, at its place in the cell.
  it.each([
    ["81.2.69.160:54321", "81.2.69.160", 0, undefined],
    ["[2a02:810d::1]:443", "2a02:810d::1", 1, undefined],
    ["10.0.0.1, 81.2.69.160", "81.2.69.160", 10, undefined],
    ["81.2.69.160, 10.0.0.1", "81.2.69.160", 0, undefined],
    ["192.0.2.1:443, 81.2.69.9:1", "81.2.69.9", 15, undefined],
    [" 10.0.0.1 , 192.0.2.4 ", "192.0.2.4", 12, "documentation address range"],
  ])("%s holds the client address %s", (cell, value, start, reason) => {
    const m = ipInCell(cell);
    expect([m?.value, m?.start, m?.syntheticReason]).toEqual([value, start, reason]);
    expect(m?.masked).not.toContain(value.slice(3));
  });
  it.each(["10.0.0.1:80", "10.0.0.1, 192.168.1.4", "81.2.69.160:abc", "81.2.69.160:123456", "a, b", "[2a02:810d::1]", "81.2.69.160, hello", "host:8080"])("%s holds none", (cell) => {
    expect(ipInCell(cell)).toBeUndefined();
  });
  it("classifies by the first group for IPv6 global unicast", () => {
    expect(classifyIp(parseIp("2600:1f18::1")!)).toBe("public");
    expect(classifyIp(parseIp("ff02::1")!)).toBe("non-personal");
  });
});

describe("dates of birth", () => {
  const options = { referenceYear: 2026, maxAge: 120 };
  it.each(["1984-07-23", "1984-07-23 00:00:00", "23/07/1984", "23.07.1984", "2019-02-28"])("%s is a plausible date of birth", (cell) => {
    const m = birthDateInCell(cell, options);
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe(`${cell.includes("/") || cell.includes(".") ? cell.slice(6, 9) : cell.slice(0, 3)}•-••-••`);
  });
  it.each(["1850-03-02", "2031-05-05", "1984-02-30", "1984-13-01", "84-07-23", "1984/07/23", "yesterday", "1984-07-23x"])("%s is not a plausible date of birth", (cell) => {
    expect(birthDateInCell(cell, options)).toBeUndefined();
  });
  it.each([
    ["1970-01-01", "placeholder date"],
    ["1900-01-01", "placeholder date"],
    ["1985-01-01", "generalized to the year"],
  ])("%s is synthetic (%s)", (cell, reason) => {
    expect(birthDateInCell(cell, options)?.syntheticReason).toBe(reason);
  });
});

describe("person names (only with column-name evidence)", () => {
  it.each(["Amélie Lefèvre", "O'Brien", "Jean-Baptiste", "María José García-Núñez", "Dr. Okonkwo"])("%s is a real-looking name", (cell) => {
    const m = personNameInCell(cell);
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe(`${cell[0]}***`);
  });
  it.each([
    ["John Doe", "placeholder name"],
    ["Max Mustermann", "placeholder name"],
    ["User 17", "numbered placeholder"],
    ["A***", "masked"],
    ["9f86d081884c7d659a2feaa0c55ad015", "hash or token"],
    ["REDACTED", "placeholder name"],
  ])("%s is synthetic (%s)", (cell, reason) => {
    expect(personNameInCell(cell)?.syntheticReason).toBe(reason);
  });
  it.each(["", "J", "<b>x</b>", "a@b.com", "one two three four five six seven", "true", "false", " False "])("%s is not a name", (cell) => {
    expect(personNameInCell(cell)).toBeUndefined();
  });
});

describe("personal values (name evidence only)", () => {
  it("any ordinary value counts and is masked to its length", () => {
    const m = personalValueInCell("12 rue des Lilas");
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe("…(16 chars)");
  });
  it.each(["t", "false", "", "  "])("%s carries nothing", (cell) => {
    expect(personalValueInCell(cell)).toBeUndefined();
  });
  it.each(["n/a", "***", "xxx", "00000", "REDACTED"])("%s is a sanitized stand-in", (cell) => {
    expect(personalValueInCell(cell)?.syntheticReason).toBeDefined();
  });
});

describe("street addresses (name evidence plus shape)", () => {
  it.each(["12 rue des Lilas", "Hauptstraße 5", "221B Baker Street"])("%s looks like a street address", (cell) => {
    expect(personalValueInCell(cell, "street-address")?.syntheticReason).toBeUndefined();
  });
  it.each(["10.0.0.5", "db1.internal:5432", "https://api.example.com/hook", "2a01:e0a::1"])("%s in an address column is a network address, not a postal one", (cell) => {
    expect(personalValueInCell(cell, "street-address")).toBeUndefined();
  });
});

describe("seed and QA accounts: a real first name beside a stand-in word (pii-probe2)", () => {
  it.each(["Alice Example", "Bob Example", "Carol Tester", "QA Hank", "Demo Customer", "Deleted User", "Test Account", "Erika Musterfrau", "Jane Q. Placeholder"])(
    "%s is a placeholder name",
    (cell) => {
      expect(personNameInCell(cell)?.syntheticReason).toBe("placeholder name");
    },
  );
  // Surnames real people carry, and names that only contain a stand-in word inside a longer word, stay real.
  it.each(["Tim Sample", "Rebecca Doe", "Testa Rossi", "Exampleton Smith", "Anna Demos", "Qasim Ali"])("%s stays a real-looking name", (cell) => {
    expect(personNameInCell(cell)?.syntheticReason).toBeUndefined();
  });
});

describe("common real names are not placeholders on their own", () => {
  it.each(["Jean", "Alice", "Max", "Dupont", "Pérez", "Eve"])("%s is a real-looking name", (cell) => {
    expect(personNameInCell(cell)?.syntheticReason).toBeUndefined();
  });
});

describe("an organisation's name in a name column is no person's (pii probe 3)", () => {
  it.each(["Kaffeehaus Shop", "Acme GmbH", "Müller & Söhne KG", "Boulangerie Lefèvre SARL", "Hotel Lindenhof", "Support Team", "Globex Inc.", "Redaktion Kaffeehaus", "Anna Berg GmbH"])(
    "%s is not a person name",
    (cell) => {
      expect(personNameInCell(cell)).toBeUndefined();
    },
  );
  // A surname or a word that merely contains such a word stays a name; a stand-in word still wins.
  it.each(["Anna Shopova", "Jonas Storey", "Lea Hotelling", "Tobias Agner"])("%s stays a real-looking name", (cell) => {
    expect(personNameInCell(cell)?.syntheticReason).toBeUndefined();
  });
  it("a seed account named for a shop is still a placeholder", () => {
    expect(personNameInCell("Test Shop")?.syntheticReason).toBe("placeholder name");
  });
});

describe("findSignatureNames: a person signing a message in free text (pii probe 3)", () => {
  it.each([
    ["Hallo,\nmeine Bestellung fehlt.\n\nMit freundlichen Grüßen\nJulia Vogel\nLindenallee 12", "Julia Vogel"],
    ["Hi there,\nthe mug arrived broken.\nBest regards,\nThomas Becker", "Thomas Becker"],
    ["Thanks for your help,\n\n  Sophie Martin  \n", "Sophie Martin"],
    ["Bonjour,\nmerci.\nCordialement\nCamille Dubois", "Camille Dubois"],
    ["Hola,\nSaludos\nJavier García López", "Javier García López"],
    // HTML mail (real lane, stop 20: Odoo's mail_message.body, mail_mail.body_html).
    ["<p>Sehr geehrte Damen und Herren,</p><p>anbei unser Angebot.</p><p>Mit freundlichen Grüßen<br>Julia Vogel</p>", "Julia Vogel"],
    ['<div>Best regards,<br/>\n<b>Thomas Becker</b><br />Sales</div>', "Thomas Becker"],
  ])("finds the name signing %j", (text, name) => {
    const found = findSignatureNames(text);
    expect(found.map((m) => m.value)).toEqual([name]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(name);
    expect(found[0]!.syntheticReason).toBeUndefined();
    expect(found[0]!.masked).toBe(`${name[0]}***`);
  });
  it.each([
    "Thanks,\nAnna", // a first name alone
    "Viele Grüße\n{{current_user.first_name}}\nKundenservice",
    "Best regards,\nThe Kaffeehaus Team",
    "Best regards,\nKaffeehaus Support Team",
    "Hello Anna,\nJonas Weber called about the refund twice today.",
    "Regards,\nsupport",
    "Mit freundlichen Grüßen Katharina Vogel", // one line: no signature block
    "Order shipped.\nAnna Schmidt", // no closing line before it
    "<p>Mit freundlichen Grüßen <b>Katharina Vogel</b></p>", // one shown line
    '<p>Best regards,</p><p><a href="https://example.com">Kaffeehaus Team</a></p>',
  ])("finds no one in %j", (text) => {
    expect(findSignatureNames(text)).toEqual([]);
  });
  it("a stand-in signature is synthetic", () => {
    expect(findSignatureNames("Regards,\nMax Mustermann")[0]?.syntheticReason).toBe("placeholder name");
  });
});
