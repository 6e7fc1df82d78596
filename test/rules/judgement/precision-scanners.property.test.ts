import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAssignedSecrets } from "../../../src/rules/secrets/detectors/text-assignment.js";
import { findJdbcPasswords, findOdbcPasswords } from "../../../src/rules/secrets/detectors/jdbc-odbc.js";
import { isJoinedWords } from "../../../src/rules/secrets/named-value.js";
import { isPlaceholderHash } from "../../../src/rules/secrets/placeholder.js";
import { isXmlNamespaceValue, proseHostWords } from "../../../src/rules/hosts/extract-hosts.js";
import { isNumberTimeOrUuid } from "../../../src/rules/pii/scan-cell.js";
import { judgeColumns } from "../../../src/rules/judgement/column-roles.js";

/** Text made of the characters these scanners care about, so the properties reach their branches. */
const hostileText = fc.string({ unit: fc.constantFrom("a", "Z", "0", "9", ".", "-", "_", ":", "=", "'", '"', " ", "\n", ";", "&", "?", "/", "@", "$", "jdbc:", "password", "Pwd=", "Server=", "xmlns", "http://", "db_password", "10.", "é"), maxLength: 200 });

describe("issue 11 scanners on any input: no throw, spans inside the text", () => {
  it("secret scanners return in-range, non-empty spans", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const m of [...findAssignedSecrets(text), ...findJdbcPasswords(text), ...findOdbcPasswords(text)]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
        isJoinedWords(text);
        isPlaceholderHash(text);
        isNumberTimeOrUuid(text);
      }),
      { numRuns: 500 },
    );
  });

  it("host scanners return words found in the text", () => {
    fc.assert(
      fc.property(hostileText, fc.nat(), (text, at) => {
        for (const w of proseHostWords(text)) expect(text.slice(w.start, w.end)).toBe(w.host);
        isXmlNamespaceValue(text, text.length === 0 ? 0 : at % text.length);
      }),
      { numRuns: 500 },
    );
  });

  it("the column judgement takes any names and types", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined })), { maxLength: 12 }), (table, cols) => {
        const roles = judgeColumns(table, cols.map(([c]) => c), cols.map(([, t]) => t));
        expect(roles.columns).toHaveLength(cols.length);
      }),
      { numRuns: 300 },
    );
  });

  it("assignment and JDBC scans stay linear: 200 000 separators take a bounded number of steps", () => {
    // Not timed: a quadratic scan over 200 000 characters would not finish within the test timeout.
    for (const text of ["=".repeat(200_000), `${"a".repeat(64)}:'`.repeat(3000), `jdbc:${";password=x".repeat(20_000)}`, "Server=a;".repeat(20_000)]) {
      findAssignedSecrets(text);
      findJdbcPasswords(text);
      findOdbcPasswords(text);
      proseHostWords(text);
    }
  });
});
