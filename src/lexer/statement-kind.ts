import { blockCommentEnd, isIdentPart, isIdentStart, isSqlSpace } from "./tokens.js";

/** How many leading words statementKind ever looks at; statements can be megabytes long. */
const MAX_WORDS = 8;

/** The first few unquoted words of a statement, upper-cased; leading and inner comments skipped. */
export function leadingWords(text: string, max = MAX_WORDS): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && words.length < max) {
    const c = text.charCodeAt(i);
    if (isSqlSpace(c)) {
      i++;
    } else if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = blockCommentEnd(text, i);
      i = end < 0 ? n : end;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      words.push(text.slice(i, j).toUpperCase());
      i = j;
    } else break;
  }
  return words;
}

/** Words between CREATE/ALTER/DROP and the object type that do not change what kind of object it is. */
const MODIFIERS = new Set(["UNIQUE", "UNLOGGED", "TEMP", "TEMPORARY", "GLOBAL", "LOCAL", "RECURSIVE", "TRUSTED", "PROCEDURAL", "CONSTRAINT"]);

/** Object types written as more than one word: first word -> the words that may follow it. */
const MULTI_WORD_OBJECTS: Record<string, Record<string, string[] | undefined> | undefined> = {
  MATERIALIZED: { VIEW: [] },
  FOREIGN: { TABLE: [], DATA: ["WRAPPER"] },
  USER: { MAPPING: [] },
  EVENT: { TRIGGER: [] },
  TEXT: { SEARCH: ["CONFIGURATION", "DICTIONARY", "PARSER", "TEMPLATE"] },
  OPERATOR: { CLASS: [], FAMILY: [] },
  ACCESS: { METHOD: [] },
  DEFAULT: { PRIVILEGES: [] },
  LARGE: { OBJECT: [] },
};

/**
 * The leading keywords that say what a statement is, upper-cased: "CREATE TABLE",
 * "CREATE FUNCTION" (also for CREATE OR REPLACE FUNCTION), "CREATE INDEX" (also UNIQUE),
 * "CREATE MATERIALIZED VIEW", "ALTER TABLE", "COMMENT ON", "COPY", "SELECT", ...
 * For CREATE/ALTER/DROP: the verb, minus modifiers, plus the object type's words; for any
 * other statement its first keyword. "" when the text starts with no keyword.
 */
export function statementKind(text: string): string {
  // `--inserts` dumps are millions of these: INSERT followed by a non-word character is an INSERT.
  if (text.charCodeAt(0) === 0x49 && text.startsWith("INSERT") && !isIdentPart(text.charCodeAt(6))) return "INSERT";
  const words = leadingWords(text);
  const verb = words[0];
  if (verb === undefined) return "";
  if (verb === "COMMENT" || verb === "SECURITY") return words[1] ? `${verb} ${words[1]}` : verb;
  if (verb !== "CREATE" && verb !== "ALTER" && verb !== "DROP") return verb;
  let k = 1;
  if (words[k] === "OR" && words[k + 1] === "REPLACE") k += 2;
  // CREATE DEFAULT CONVERSION is a conversion; ALTER DEFAULT PRIVILEGES is its own kind.
  while (k < words.length && (MODIFIERS.has(words[k]!) || (words[k] === "DEFAULT" && words[k + 1] !== "PRIVILEGES"))) k++;
  const object = words[k];
  if (object === undefined) return verb;
  const parts = [verb, object];
  const second = words[k + 1];
  const thirds = second === undefined ? undefined : MULTI_WORD_OBJECTS[object]?.[second];
  if (thirds && second !== undefined) {
    parts.push(second);
    const third = words[k + 2];
    if (thirds.length > 0 && third !== undefined && thirds.includes(third)) parts.push(third);
  }
  return parts.join(" ");
}

/** First words of PostgreSQL's SQL commands (PostgreSQL 15 docs, Part VI "SQL Commands"). */
const COMMAND_VERBS = new Set(
  "ABORT ALTER ANALYZE ANALYSE BEGIN CALL CHECKPOINT CLOSE CLUSTER COMMENT COMMIT COPY CREATE DEALLOCATE DECLARE DELETE DISCARD DO DROP END EXECUTE EXPLAIN FETCH GRANT IMPORT INSERT LISTEN LOAD LOCK MERGE MOVE NOTIFY PREPARE REASSIGN REFRESH REINDEX RELEASE RESET REVOKE ROLLBACK SAVEPOINT SECURITY SELECT SET SHOW START TABLE TRUNCATE UNLISTEN UPDATE VACUUM VALUES WITH".split(" "),
);
/** Object-type words after CREATE/ALTER/DROP/COMMENT ON/SECURITY LABEL ON. */
const OBJECT_WORDS = new Set(
  "ACCESS AGGREGATE CAST CLASS COLLATION COLUMN CONFIGURATION CONSTRAINT CONVERSION DATA DATABASE DEFAULT DICTIONARY DOMAIN EVENT EXTENSION FAMILY FOREIGN FUNCTION GROUP INDEX LABEL LANGUAGE LARGE MAPPING MATERIALIZED METHOD OBJECT ON OPERATOR PARSER POLICY PRIVILEGES PROCEDURE PUBLICATION ROLE ROUTINE RULE SCHEMA SEARCH SEQUENCE SERVER STATISTICS SUBSCRIPTION SYSTEM TABLE TABLESPACE TEMPLATE TEXT TRANSFORM TRIGGER TYPE USER VIEW WRAPPER".split(" "),
);

/**
 * A statement kind fit to quote in a message (issue 10 item 4): `statementKind` upper-cases whatever
 * words a statement starts with, and on malformed input those words can be a secret (a token on a
 * line of its own, a cut-off value). Only PostgreSQL's command and object-type words are shown;
 * anything else reads "unrecognized".
 */
export function describeStatementKind(kind: string): string {
  const words = kind.split(" ");
  if (!COMMAND_VERBS.has(words[0] ?? "")) return "unrecognized";
  const known = [words[0]!];
  for (const w of words.slice(1)) {
    if (!OBJECT_WORDS.has(w)) break;
    known.push(w);
  }
  return known.join(" ");
}

/** True for a word a parser error may name without revealing dump content: a command, object-type or reserved word. */
export function isSqlKeyword(word: string): boolean {
  const upper = word.toUpperCase();
  return COMMAND_VERBS.has(upper) || OBJECT_WORDS.has(upper) || RESERVED_WORDS.has(upper);
}

/** PostgreSQL's reserved key words (docs, Appendix C, "reserved" in the PostgreSQL column). */
const RESERVED_WORDS = new Set(
  "ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE COLLATION CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER SIMILAR SOME SYMMETRIC TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH PRECISION OWNER SEQUENCE".split(" "),
);
