/**
 * dumpguard: static pre-flight checks for pg_dump output (plain SQL, or custom/directory/tar archives read natively).
 *
 *   import { analyze, formatText } from "dumpguard";
 *   const report = await analyze({ path: "dump.sql" }, { spec: "birth-surface.spec.json" });
 *   if (report.summary.errors > 0) console.error(formatText(report));
 */
export { analyze, analyzeWithCatalog, archiveToc, ConfigError, type AnalyzeOptions, type RuleSetting } from "./analyze.js";
export type { InputSource } from "./input/open-input.js";
export { formatJson } from "./report/format-json.js";
export { formatSarif } from "./report/format-sarif.js";
export { formatText } from "./report/format-text.js";
export { Report, Finding, Evidence, Diagnostic, Severity, ColumnVerdict, InputProvenance, DumpHeader, ArchiveEntryLocation } from "./report/schema.js";
export { Position, Range } from "./report/location.js";
export { Spec, loadSpec, type ResolvedSpec, type LoadedSpec } from "./report/spec.js";
export { Baseline, loadBaseline } from "./report/baseline.js";
export type { Catalog, TableName } from "./catalog/catalog.js";
export { CatalogData } from "./catalog/model.js";
export { catalogJson } from "./catalog/build.js";
/** The catalog as `dumpguard catalog` prints it: every string through the secret, personal-data and IP masking of `check`. */
export { maskedCatalogJson, maskSensitiveText } from "./report/mask-text.js";
// The building blocks, for tools that want the events themselves (editors, custom gates).
export { SqlLexer, lexString, type LexerOptions } from "./lexer/lexer.js";
export type { LexEvent } from "./lexer/events.js";
export { tokenizeSql, type SqlToken } from "./lexer/tokens.js";
export { statementKind } from "./lexer/statement-kind.js";
export { parseCopyStatement, decodeCopyLine, type CopyTarget } from "./data/copy.js";
export { parseInsertStatement } from "./data/insert.js";
export { allRules } from "./rules/index.js";
export { defineRule, type Rule, type RuleContext, type RowEvent, type StatementInfo, type FindingInput } from "./rules/rule.js";
export { VERSION } from "./version.js";
// Provenance: a receipt binds a check to the bytes checked; verify proves a file still has them.
export { checkWithReceipt, verifyReceipt, readReceipt, ReceiptError, FileDigestError, RECEIPT_SIZE_LIMIT, type ReceiptOptions } from "./receipt.js";
export { Receipt, Verdict, verdictFor, canonicalReportJson, REPORT_HASH_OVER, type ReceiptComparison } from "./report/receipt.js";
