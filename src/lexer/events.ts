import type { Range } from "../report/location.js";

/**
 * What the streaming lexer emits, in input order. Every event carries the exact
 * range it covers in the input.
 */
export type LexEvent =
  | StatementEvent
  | MetaCommandEvent
  | CommentEvent
  | CopyDataEvent
  | CopyEndEvent
  | LexProblemEvent;

/** One SQL statement, from its first token to and including its terminating `;`
 * (or to its last non-blank character when the input ends without `;`, or before a `\g`-like
 * meta-command that sends it). `text` is the raw source, inner comments included; leading
 * whitespace and leading comments are not part of it. A problem about a statement (unterminated
 * string, size limit) is emitted just before it. */
export interface StatementEvent {
  kind: "statement";
  text: string;
  range: Range;
  /** True when the text was cut at the lexer's statement size limit. */
  truncated?: boolean;
}

/** A statement with what kind it is (`statementKind`), as the catalog and the rules receive it. */
export interface StatementInfo extends StatementEvent {
  /** Leading keywords naming the statement kind, upper case: "CREATE TABLE", "COMMENT ON", "ALTER TABLE", "SELECT", ... */
  statementKind: string;
}

/** A psql meta-command line (`\connect db`, `\restrict key`, any backslash line), without its line break.
 * psql also runs a backslash command met inside a statement (outside quotes and comments): that one
 * comes before the statement holding it, whose text keeps the command line (so positions inside the
 * text stay exact) although psql would not send it. */
export interface MetaCommandEvent {
  kind: "meta";
  /** The whole line, e.g. `\connect -reuse-previous=on "dbname='app'"`. */
  text: string;
  /** The command word without the backslash, e.g. `connect`. */
  command: string;
  range: Range;
  /** True when the line was cut at the lexer's line size limit. */
  truncated?: boolean;
}

/** A `--` comment line or a block comment (nested, possibly several lines) at top level, between
 * statements; the text as written, `--` / `/*` included, without the line break after it. */
export interface CommentEvent {
  kind: "comment";
  text: string;
  range: Range;
  /** True when the comment was cut at the lexer's line size limit. */
  truncated?: boolean;
}

/** One data line of a `COPY ... FROM stdin;` block, raw (still COPY-escaped), without its line break. */
export interface CopyDataEvent {
  kind: "copy-data";
  /** A string of its own, sharing no memory with the input chunk: values cut from it pin this line only. */
  line: string;
  range: Range;
  truncated?: boolean;
}

/** The end of a COPY block: the `\.` line, or end of input when the terminator is missing. */
export interface CopyEndEvent {
  kind: "copy-end";
  /** False when input ended before `\.`. */
  terminated: boolean;
  range: Range;
}

export type LexProblemCode =
  | "unterminated-string"
  | "unterminated-quoted-identifier"
  | "unterminated-dollar-quote"
  | "unterminated-block-comment"
  | "unterminated-copy"
  | "statement-too-large"
  | "line-too-large"
  | "unexpected-input";

/** Something the lexer could not place; analysis goes on after it. */
export interface LexProblemEvent {
  kind: "problem";
  code: LexProblemCode;
  message: string;
  range: Range;
}
