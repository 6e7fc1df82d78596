import { readSqlToken } from "../lexer/tokens.js";

/**
 * Deepest parenthesis/bracket nesting PostgreSQL can accept in one statement. Its grammar (bison)
 * keeps at most 10,000 entries on the parser stack (YYMAXDEPTH), and every open `(` or `[` holds
 * one until its close is read: PostgreSQL 15 runs `SELECT ((…1…))` nested 9,993 deep and rejects
 * 9,994 with "memory exhausted". A statement nested deeper can never be restored, so the catalog
 * states that in a diagnostic instead of reading it (which would hold its whole token array: about
 * 80 bytes a parenthesis, 2M of them exhausted a 256 MB heap).
 */
export const MAX_SQL_NESTING = 10_000;

/**
 * Whether `text` nests parentheses/brackets deeper than `limit`, read token by token (strings,
 * quoted names and comments do not count) holding one token at a time. Text shorter than `limit`
 * characters cannot, and is not read.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let depth = 0;
  for (let t = readSqlToken(text, 0, false); t !== undefined; t = readSqlToken(text, t.end, false)) {
    if (t.type !== "punct") continue;
    if (t.value === "(" || t.value === "[") {
      if (++depth > limit) return true;
    } else if (t.value === ")" || t.value === "]") depth--;
  }
  return false;
}

/**
 * Most tokens the catalog reads from one statement (issue 10: wide but shallow DDL). The catalog
 * holds a statement's tokens while it reads it, ~60-100 bytes each: a 4 MB view of 1M `(n)+`
 * terms (4M tokens) exhausted a 256 MB heap. PostgreSQL sets no such limit, so a statement over it
 * is not an error of the dump: the catalog says in a diagnostic what it did not read, and the
 * rules, which read statements a token at a time, still read all of it. 200,000 columns of a
 * table (600k tokens) are read.
 */
export const MAX_STATEMENT_TOKENS = 1_000_000;

/** Whether `text` has more than `limit` tokens (comments aside), counted one at a time; text of at most `limit` characters cannot. */
export function hasMoreTokensThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (let t = readSqlToken(text, 0, false); t !== undefined; t = readSqlToken(text, t.end, false)) if (++count > limit) return true;
  return false;
}
