import { z } from "zod";
import { cellParts } from "../data/cell-parts.js";
import { rangeIn, type LocatedText } from "../lexer/position.js";
import type { Range } from "../report/location.js";
import type { Evidence, ObjectRef } from "../report/schema.js";
import { maskedEvidence } from "../report/redact.js";
import { defineRule, type RowEvent, type StatementInfo } from "./rule.js";
import { ColumnFindings } from "./secrets/column-findings.js";
import type { Detector, ValueContext } from "./secrets/detector.js";
import { allDetectors } from "./secrets/detectors/index.js";
import { findSecrets } from "./secrets/find-secrets.js";
import { canHoldSecret, namedValueVerdict, type NamedValueVerdict } from "./secrets/named-value.js";
import { statementObject } from "./secrets/statement-object.js";
import { statementStrings } from "./secrets/statement-strings.js";

/** Evidence ids of the context checks, which are not format detectors. */
const CONTEXT_CHECKS = {
  "secret-named-column": {
    description: "value in a column whose name says credential",
    help: "replace the values with NULL or a fixed placeholder before hand-off, or list the placeholder under the rule's `placeholders` option",
  },
  "secret-named-json-key": {
    description: "value under a JSON key whose name says credential",
    help: "replace the values with a fixed placeholder before hand-off, or list the placeholder under the rule's `placeholders` option",
  },
  "secret-named-option": {
    description: "option or setting whose name says credential",
    help: "drop the option (for FDW user mappings: dump with the mapping's password removed) or set it to a placeholder before hand-off",
  },
  "high-entropy-secret": {
    description: "random-looking value under a name that hints at a credential",
    help: "if this is a credential, rotate it and replace the values with a placeholder before hand-off; if not, add a baseline entry for the column",
  },
} as const;
type ContextCheckId = keyof typeof CONTEXT_CHECKS;

/** Statements whose values arrive as rows (checked there) or carry no strings worth scanning. */
const SKIPPED_KINDS = new Set(["INSERT", "COPY"]);

const MAX_STATEMENT_EVIDENCE = 10;

export const forbiddenSecretsOptions = z
  .object({
    /** Further placeholder values (compared case-insensitively) that mean "sanitized", e.g. a sanitizer's marker. */
    placeholders: z.array(z.string()).default([]),
    /** Detector ids to switch off, e.g. ["jwt"]. */
    disabledDetectors: z.array(z.string()).default([]),
    /** Report values under secret-ish column/key/option names (issue 5 point 2). */
    nameContext: z.boolean().default(true),
  })
  .strict();

interface StatementHit {
  detector: string;
  description: string;
  help: string | undefined;
  secret: string;
  range: Range;
}

function contextCheckId(verdict: NamedValueVerdict, where: "column" | "json-key" | "option"): ContextCheckId {
  return verdict === "high-entropy" ? "high-entropy-secret" : `secret-named-${where}`;
}

export const forbiddenSecrets = defineRule({
  id: "forbidden-secrets",
  description: "Credentials (tokens, keys, passwords, password hashes) must not survive into a hand-off dump.",
  defaultSeverity: "error",
  options: forbiddenSecretsOptions,
  check(context) {
    const options = context.options;
    const disabled = new Set(options.disabledDetectors);
    const detectors: readonly Detector[] = allDetectors.filter((d) => !disabled.has(d.id));
    const checkNames = (id: ContextCheckId) => options.nameContext && !disabled.has(id);
    const columns = new ColumnFindings();

    /** Hits in one located text (statement, comment line, meta line), folded into one finding. */
    const reportLocated = (located: LocatedText, hits: StatementHit[], object: ObjectRef, what: string) => {
      if (hits.length === 0) return;
      const evidence: Evidence[] = [];
      for (const hit of hits) {
        const e = maskedEvidence(hit.detector, hit.secret);
        if (evidence.length < MAX_STATEMENT_EVIDENCE && !evidence.some((x) => x.fingerprint === e.fingerprint)) evidence.push(e);
      }
      const kinds = [...new Set(hits.map((h) => h.description))];
      const first = hits[0]!;
      context.report({
        message: `${what} holds ${hits.length === 1 ? "a credential" : `${hits.length} credentials`}: ${kinds.join("; ")}`,
        ...(first.help ? { help: first.help } : {}),
        range: first.range,
        object,
        evidence,
        count: hits.length,
        ...(hits.length > 1 ? { related: hits.slice(1, 4).map((h) => ({ message: h.description, range: h.range })) } : {}),
        identity: `${located.range.start.offset}`,
      });
    };

    /** Scan a verbatim text (comment, meta line) where value indexes are text indexes. */
    const scanVerbatim = (located: LocatedText, from: number, clause: ValueContext["clause"]): StatementHit[] =>
      findSecrets(located.text.slice(from), { clause }, detectors).map((h) => ({
        detector: h.detector.id,
        description: h.detector.description,
        help: h.detector.help,
        secret: h.secret,
        range: rangeIn(located, from + h.start, from + h.end),
      }));

    context.onStatement((statement: StatementInfo) => {
      if (SKIPPED_KINDS.has(statement.statementKind)) return;
      const hits: StatementHit[] = [];
      for (const s of statementStrings(statement.text, statement.statementKind)) {
        const found = findSecrets(s.value, s.context, detectors);
        for (const h of found) {
          const range =
            s.rawOffset !== undefined ? rangeIn(statement, s.start + s.rawOffset + h.start, s.start + s.rawOffset + h.end) : rangeIn(statement, s.start, s.end);
          hits.push({ detector: h.detector.id, description: h.detector.description, help: h.detector.help, secret: h.secret, range });
        }
        if (found.length === 0 && s.context.optionName && s.context.clause !== "comment") {
          const verdict = namedValueVerdict(s.value, s.context.optionName, options.placeholders);
          const id = verdict && contextCheckId(verdict, "option");
          if (id && checkNames(id)) {
            hits.push({ detector: id, description: `${CONTEXT_CHECKS[id].description} (${s.context.optionName})`, help: CONTEXT_CHECKS[id].help, secret: s.value, range: rangeIn(statement, s.start, s.end) });
          }
        }
      }
      reportLocated(statement, hits, statementObject(statement.text, statement.statementKind), `${statement.statementKind || "statement"} statement`);
    });

    context.onComment((comment) => {
      reportLocated(comment, scanVerbatim(comment, 0, "comment"), { kind: "comment" }, "comment line");
    });

    context.onMeta((meta) => {
      reportLocated(meta, scanVerbatim(meta, 0, "connect"), { kind: "meta-command", name: meta.command }, `\\${meta.command} line`);
    });

    context.onRow((row: RowEvent) => {
      for (let c = 0; c < row.values.length; c++) {
        const value = row.values[c];
        const column = row.columns[c];
        if (value === null || value === undefined || value === "" || column === undefined) continue;
        const type = row.types[c];
        const isJson = type === "json" || type === "jsonb";
        const serviceAccount = isJson && value.indexOf('"client_email"') !== -1 && value.indexOf("service_account") !== -1;
        for (const part of cellParts(value, type)) {
          const jsonPath = part.path.startsWith("$") ? part.path : undefined;
          const valueContext: ValueContext = {
            clause: "row",
            schema: row.schema,
            table: row.table,
            column,
            ...(type ? { columnType: type } : {}),
            ...(jsonPath ? { jsonPath } : {}),
            ...(part.key !== undefined ? { jsonKey: part.key } : {}),
          };
          const hits = findSecrets(part.text, valueContext, detectors);
          for (const h of hits) {
            // A private key under `private_key` of a service-account JSON is that key file.
            const asServiceAccount = serviceAccount && part.key === "private_key" && h.detector.id === "pem-private-key";
            const detector = asServiceAccount ? allDetectors.find((d) => d.id === "gcp-service-account-key")! : h.detector;
            columns.add({
              detector: detector.id,
              description: detector.description,
              help: detector.help,
              schema: row.schema,
              table: row.table,
              column,
              jsonPath,
              secret: h.secret,
              range: row.range,
              rowIndex: row.rowIndex,
            });
          }
          if (hits.length > 0 || part.isKey || !canHoldSecret(type)) continue;
          const name = part.key ?? column;
          const verdict = namedValueVerdict(part.text, name, options.placeholders);
          const id = verdict && contextCheckId(verdict, part.key !== undefined ? "json-key" : "column");
          if (!id || !checkNames(id)) continue;
          columns.add({
            detector: id,
            description: CONTEXT_CHECKS[id].description,
            help: CONTEXT_CHECKS[id].help,
            schema: row.schema,
            table: row.table,
            column,
            jsonPath,
            secret: part.text,
            range: row.range,
            rowIndex: row.rowIndex,
          });
        }
      }
    });

    context.onEnd(() => {
      for (const f of columns.all()) {
        const where = `column ${f.schema}.${f.table}.${f.column}${f.jsonPath ? ` (JSON ${f.jsonPath})` : ""}`;
        context.report({
          message: `${where} holds ${f.count === 1 ? "1 value" : `${f.count} values`} matching: ${f.description}`,
          ...(f.help ? { help: f.help } : {}),
          range: f.range,
          object: { kind: "column", schema: f.schema, table: f.table, column: f.column, ...(f.jsonPath ? { jsonPath: f.jsonPath } : {}) },
          evidence: f.evidence,
          count: f.count,
          related: f.related,
          identity: f.detector,
        });
      }
    });
  },
});
