import { describe, expect, it } from "vitest";
import { findEmails, maskEmail, stripTrailingNumber } from "../../../../src/rules/pii/detectors/email.js";

describe("findEmails", () => {
  it("finds a real-looking address and masks it as j***@gm***.com", () => {
    const [m, ...rest] = findEmails("contact: jeanne.martin@gmail.com, thanks");
    expect(rest).toHaveLength(0);
    expect(m?.value).toBe("jeanne.martin@gmail.com");
    expect(m?.syntheticReason).toBeUndefined();
    expect(m?.masked).toBe("j***@gm***.com");
    expect(m?.masked).not.toContain("jeanne");
  });

  it("gives exact positions inside the text", () => {
    const text = "a b.c@orange.fr d";
    const [m] = findEmails(text);
    expect(text.slice(m!.start, m!.end)).toBe("b.c@orange.fr");
  });

  it("finds several addresses in one text", () => {
    expect(findEmails("x@free.fr; y@web.de and z@yahoo.es").map((m) => m.value)).toEqual(["x@free.fr", "y@web.de", "z@yahoo.es"]);
  });

  it.each([
    ["alice@example.com", "reserved domain"],
    ["bob@mail.example.org", "reserved domain"],
    ["carol@foo.test", "reserved domain"],
    ["dave@shop.invalid", "reserved domain"],
    ["erin@dev.localhost", "reserved domain"],
    ["frank@company.example", "reserved domain"],
    ["user17@gmail.com", "numbered placeholder"],
    ["customer_0042@outlook.com", "numbered placeholder"],
    ["noreply@gmail.com", "placeholder local part"],
    ["5f4dcc3b5aa765d61d8327deb882cf99@gmail.com", "hash or token"],
    ["j***@gmail.com", undefined],
    ["someone@intranet.notarealtld", "domain without a public suffix"],
  ])("%s is synthetic (%s)", (address, reason) => {
    const found = findEmails(address);
    if (reason === undefined) {
      // a masked local part is not a valid address at all: nothing to report
      expect(found).toHaveLength(0);
      return;
    }
    expect(found[0]?.syntheticReason).toBe(reason);
  });

  // A form's or a translation's example address names no one.
  it.each(["name@beispiel.de", "you@acme-corp.com", "your.name@company.co.uk", "vorname.nachname@firma.de", "prenom.nom@entreprise.fr", "nombre.apellido@empresa.es", "ihre.email@beispiel.de", "votre.adresse@exemple.fr", "tu.correo@ejemplo.es", "nome.cognome@esempio.it"])(
    "%s is a placeholder local part",
    (address) => {
      expect(findEmails(`z. B. ${address}`)[0]?.syntheticReason).toBe("placeholder local part");
    },
  );
  it.each(["names@web.de", "yourii@gmail.com", "nadine.name@gmx.de"])("%s stays real-looking", (address) => {
    expect(findEmails(address)[0]?.syntheticReason).toBeUndefined();
  });

  // Public throwaway inboxes and mail-testing services hold seed and end-to-end accounts, not a person's mailbox.
  it.each(["checkout-flow@mailinator.com", "anna.schmidt@mailinator.com", "signup-1732@yopmail.com", "claire.dubois@yopmail.fr", "temp.account@guerrillamail.com", "x7k2.order-test@abc123.mailosaur.net", "ns.tag@inbox.testmail.app"])(
    "%s is a disposable test inbox",
    (address) => {
      expect(findEmails(`QA account: ${address}`)[0]?.syntheticReason).toBe("disposable test inbox");
    },
  );
  // A forwarding address reaches a person; so does a provider whose name merely resembles one.
  it.each(["anna.schmidt@33mail.com", "k8s2hf@privaterelay.appleid.com", "anna.schmidt@mail.com", "anna.schmidt@mailbox.org"])("%s stays real-looking", (address) => {
    expect(findEmails(address)[0]?.syntheticReason).toBeUndefined();
  });

  it.each(["not an email", "a@b", "@gmail.com", "x@.com", "x@gmail.c", "x@gmail.123", "x..y@gmail.com", "foo@", "@@@@", "user@localhost"])(
    "%s holds no address",
    (text) => {
      expect(findEmails(text)).toEqual([]);
    },
  );

  it("stays fast and bounded on hostile input (many @ and long local runs)", () => {
    const hostile = "a".repeat(50_000) + "@".repeat(50_000) + "b.".repeat(50_000);
    expect(() => findEmails(hostile)).not.toThrow();
  });

  it("maskEmail keeps only the first letter, two domain letters and the public suffix", () => {
    expect(maskEmail("pierre", "wanadoo.co.uk")).toBe("p***@wa***.co.uk");
  });

  it("stripTrailingNumber removes a trailing counter and its separator", () => {
    expect(stripTrailingNumber("user_0042")).toBe("user");
    expect(stripTrailingNumber("user")).toBe("user");
    expect(stripTrailingNumber("r2d2")).toBe("r2d");
  });
});

describe("role and machine addresses are not personal", () => {
  it.each(["ops@acme-prod.com", "support+billing@shop.fr", "postmaster@free.fr", "deployer@acme-prod.iam.gserviceaccount.com", "etl@warehouse.acme-data.net"])("%s is not reported", (address) => {
    expect(findEmails(address)).toEqual([]);
  });
  it("a person's address at the same domain still is", () => {
    expect(findEmails("olivia.marchetti@acme-prod.com")).toHaveLength(1);
  });
  // A German, French or Spanish company's own mailboxes (an app-shaped probe's companies table: 8 of 30 reported as people).
  it.each(["kontakt@firma-mueller.de", "buchhaltung@holzbau-kraemer.de", "accueil@mairie-lyon.fr", "facturation@atelier-roux.fr", "contacto@ferreteria-gil.es", "ventas@ferreteria-gil.es", "enquiries@acme-widgets.co.uk"])("%s is not reported", (address) => {
    expect(findEmails(address)).toEqual([]);
  });
  it("a person's first name that is not a mailbox word still is (kontakt's neighbours stay personal)", () => {
    expect(findEmails("konrad@firma-mueller.de")).toHaveLength(1);
  });
  // Payments mailboxes, service accounts named for their software, and role words joined (real lane, stop 22: the application probes).
  it.each(["zahlungen@gartenmoebel-schulz.de", "payments@acme-shop.com", "erp@moebelwerk-haas.at", "gitlab@fintech-nord.de", "jenkins@ci.acme.io", "it-support@fintech-nord.de", "sales.team@acme.com", "billing_support@acme.com"])("%s is not reported", (address) => {
    expect(findEmails(address)).toEqual([]);
  });
  it("a joined local part with a person's name in it stays personal", () => {
    for (const a of ["lena.support@acme.com", "support.lena@acme.com", "it-lena@acme.com", "inhaber@gartenmoebel-schulz.de", "thomas.schulz@gartenmoebel-schulz.de"]) expect(findEmails(a), a).toHaveLength(1);
  });
});

describe("a forum's, a board's and a team's mailboxes, and message ids (real lane, stop 23: the Discourse probe)", () => {
  it.each(["forum@radsport-club.de", "forum+3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6@radsport-club.de", "replies@forum.acme.org", "community@acme.org", "vorstand@radsport-club.de", "leitstelle@stadtwerke-ost.de", "portal-team@stadtwerke-ost.de", "web_team@acme.com", "noc.desk@acme.com"])("%s is not reported", (address) => {
    expect(findEmails(address)).toEqual([]);
  });
  it("a person's address with a team-ish word in it stays personal", () => {
    for (const a of ["lena.teamleiter@acme.com", "team.lena@acme.com", "lena+forum@gmail.com", "forum.lena@gmail.com", "max.teams1@web.de"]) expect(findEmails(a), a).toHaveLength(1);
  });
  // real lane, stop 24: Mattermost's FeedbackEmail and SMTPUsername, a service's sender that takes no replies.
  it.each(["chat-noreply@hafen-brake.de", "jira_donotreply@acme.com", "alerts.noreply@acme.com"])("%s is not reported", (address) => {
    expect(findEmails(address)).toEqual([]);
  });
  it("a person's address ending in a no-reply-ish word without a separator stays personal", () => {
    for (const a of ["noreply.lena@acme.com", "lenanoreply@acme.com"]) expect(findEmails(a), a).toHaveLength(1);
  });
  it("a mail's Message-ID, In-Reply-To and References (folded too) are ids; its From, To and body addresses are read", () => {
    const mail = [
      "Return-Path: <lena.weber@gmail.com>",
      "Message-ID: <CAH7xQ2mVw9rT4kLp0sZx8yB3nD6fG1hJ5@mail.gmail.com>",
      "In-Reply-To: <a1b2.c3d4@forum.acme.org>",
      "References: <first.id@forum.acme.org>",
      " <jonas.fischer@mail.example.net> <third@mx.acme.org>",
      "From: Lena Weber <lena.weber@gmail.com>",
      "Subject: Re: <jonas.fischer@web.de>",
      "",
      "Bis Sonntag, schreibt mir an <lena.weber@gmail.com>",
    ].join("\n");
    expect(findEmails(mail).map((m) => m.value)).toEqual(["lena.weber@gmail.com", "lena.weber@gmail.com", "jonas.fischer@web.de", "lena.weber@gmail.com"]);
    // A bracket on a line of its own, or far from any header, is read as an address.
    expect(findEmails("Antwort an\n<jonas.fischer@web.de>").map((m) => m.value)).toEqual(["jonas.fischer@web.de"]);
    expect(findEmails("x".repeat(1200) + " <jonas.fischer@web.de>")).toHaveLength(1);
  });
  it("reading back for a header stays linear on one long line of bracketed addresses", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `<jonas.fischer${i}@web.de>`).join(" ");
    const t0 = performance.now();
    expect(findEmails(text)).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe("URI userinfo is not a mailbox", () => {
  it.each(["postgres://app:s3cret@db.acme-prod.com/main", "ssh://olivia@build.acme-prod.com", "git@github.com:org/repo.git"])("%s holds no personal address", (text) => {
    expect(findEmails(text)).toEqual([]);
  });
  it("mailto: is an address", () => {
    expect(findEmails("<a href='mailto:olivia.marchetti@orange.fr'>").map((m) => m.value)).toEqual(["olivia.marchetti@orange.fr"]);
  });
});

describe("seed-script local parts (an app-shaped probe's contacts table of seed rows)", () => {
  it.each(["test.user@gmail.com", "foo.bar@gmail.com", "demo.demo@gmail.com", "test_user@outlook.com", "user-test@web.de", "lorem@ipsum.com", "asdf@asdf.com", "qa+1@mycompany.com"])("%s is a placeholder", (address) => {
    expect(findEmails(address)[0]?.syntheticReason).toBe("placeholder local part");
  });
  it.each(["anna.test@gmail.com", "test.anna@gmail.com", "foo..bar@gmail.com", "bar.baz.qux@gmail.com"])("%s is not (a word that is no placeholder)", (address) => {
    expect(findEmails(address)[0]?.syntheticReason).not.toBe("placeholder local part");
  });
});
