import { intern } from "../core/intern.js";
import { tokenizeSql, type SqlToken } from "../lexer/tokens.js";
import { advancePosition } from "../lexer/position.js";
import { PackedRange, type Position, type Range } from "../report/location.js";
import { quoteIdent } from "./canonical-type.js";

const isRegclassCast = (tokens: SqlToken[], k: number) => {
  const cast = tokens[k + 1];
  const type = tokens[k + 2];
  return cast !== undefined && cast.type === "operator" && cast.value === "::" && type !== undefined && (type.type === "word" || type.type === "quoted-identifier") && type.value === "regclass";
};

/** A schema-qualified name as PostgreSQL stores it; `schema` is undefined when the text left it unqualified. */
export interface NameParts {
  schema?: string;
  name: string;
  /** Further parts (`schema.table.column`): everything before the last part is in `qualifiers`. */
  qualifiers: string[];
}

/**
 * A cursor over the tokens of one statement, for the targeted recognizers. Every method is
 * bounds-checked and never throws: past the end, tokens read as undefined.
 */
export class TokenCursor {
  readonly tokens: SqlToken[];
  i = 0;
  /** Schema of unqualified names: the first schema of the dump's `SET search_path` (pg_dump before 10 wrote unqualified names). */
  defaultSchema = "public";

  /**
   * Where the text starts in the input, and the last few positions computed (shared by
   * sub-cursors): each new position is counted from the nearest known one before it, so locating
   * every column of a wide table stays linear.
   */
  private walk: { origin: Position; known: { at: number; position: Position }[] } | undefined;

  constructor(readonly text: string, tokens?: SqlToken[]) {
    this.tokens = tokens ?? tokenizeSql(text, { comments: false });
    // The terminating `;` is not part of any clause.
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.type === "punct" && last.value === ";") this.tokens.pop();
  }

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(k = 0): SqlToken | undefined {
    return this.tokens[this.i + k];
  }

  isWord(word: string, k = 0): boolean {
    const t = this.tokens[this.i + k];
    return t !== undefined && t.type === "word" && t.value === word;
  }

  isPunct(value: string, k = 0): boolean {
    const t = this.tokens[this.i + k];
    return t !== undefined && t.type === "punct" && t.value === value;
  }

  /** Consume the words in order when they all match; otherwise consume nothing. */
  words(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (!this.isWord(words[k]!, k)) return false;
    this.i += words.length;
    return true;
  }

  /** An identifier (unquoted word, folded by the tokenizer, or quoted identifier). */
  name(): string | undefined {
    const t = this.tokens[this.i];
    if (t && (t.type === "word" || t.type === "quoted-identifier")) {
      this.i++;
      return t.value;
    }
    return undefined;
  }

  /** `a`, `a.b`, `a.b.c`. */
  qualifiedName(): NameParts | undefined {
    const parts: string[] = [];
    for (;;) {
      const part = this.name();
      if (part === undefined) break;
      parts.push(part);
      if (this.isPunct(".") && (this.peek(1)?.type === "word" || this.peek(1)?.type === "quoted-identifier")) this.i++;
      else break;
    }
    if (parts.length === 0) return undefined;
    const name = parts[parts.length - 1]!;
    const qualifiers = parts.slice(0, -1);
    return { ...(qualifiers.length > 0 ? { schema: qualifiers[qualifiers.length - 1]! } : {}), name, qualifiers };
  }

  /** Index of the token closing the parenthesis opened at `open`, or the token count when unbalanced. */
  closing(open: number): number {
    let depth = 0;
    for (let k = open; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.type !== "punct") continue;
      if (t.value === "(" || t.value === "[") depth++;
      else if ((t.value === ")" || t.value === "]") && --depth === 0) return k;
    }
    return this.tokens.length;
  }

  /** When at `(`: the token index range strictly inside the parentheses, and move past `)`. */
  parens(): { from: number; to: number } | undefined {
    if (!this.isPunct("(")) return undefined;
    const close = this.closing(this.i);
    const range = { from: this.i + 1, to: close };
    this.i = Math.min(close + 1, this.tokens.length);
    return range;
  }

  /**
   * Source text of tokens [from, to), as written (inner comments kept) except for needless quotes:
   * `"users"` becomes `users`, as PostgreSQL prints it. pg_dump --quote-all-identifiers quotes every
   * name; dropping only quotes that change nothing makes its texts equal `pg_get_expr()` output.
   */
  slice(from: number, to: number): string {
    if (to <= from) return "";
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b) return "";
    let out = "";
    let at = a.start;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (t.type === "quoted-identifier" && t.prefix === undefined && !t.unterminated && quoteIdent(t.value) === t.value) {
        out += this.text.slice(at, t.start) + t.value;
        at = t.end;
      } else if (t.type === "string" && t.prefix === undefined && isRegclassCast(this.tokens, k)) {
        // `'"public"."t_id_seq"'::regclass`: the literal is a name, printed with quote_identifier rules.
        const name = new TokenCursor(t.value);
        const parts: string[] = [];
        for (let part = name.name(); part !== undefined; part = name.isPunct(".") ? (name.i++, name.name()) : undefined) parts.push(part);
        if (name.done && parts.length > 0) {
          out += this.text.slice(at, t.start) + `'${parts.map(quoteIdent).join(".").replaceAll("'", "''")}'`;
          at = t.end;
        }
      }
    }
    return out + this.text.slice(at, b.end);
  }

  /** The rest of the statement as written. */
  rest(): string {
    return this.slice(this.i, this.tokens.length);
  }

  /** Split tokens [from, to) at top-level commas. */
  splitTopLevel(from: number, to: number): { from: number; to: number }[] {
    const parts: { from: number; to: number }[] = [];
    let depth = 0;
    let start = from;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (t.type !== "punct") continue;
      if (t.value === "(" || t.value === "[") depth++;
      else if (t.value === ")" || t.value === "]") depth--;
      else if (t.value === "," && depth === 0) {
        parts.push({ from: start, to: k });
        start = k + 1;
      }
    }
    if (start < to) parts.push({ from: start, to });
    return parts;
  }

  isWordAt(index: number, word: string): boolean {
    const t = this.tokens[index];
    return t !== undefined && t.type === "word" && t.value === word;
  }

  /**
   * Names in a parenthesised list `(a, "B", c)` at the cursor; undefined when not at `(`. A
   * temporal foreign key's `PERIOD col` (PostgreSQL 18) names col.
   */
  nameList(): string[] | undefined {
    const range = this.parens();
    if (!range) return undefined;
    const names: string[] = [];
    for (const part of this.splitTopLevel(range.from, range.to)) {
      const period = part.to - part.from === 2 && this.isWordAt(part.from, "period");
      const t = this.tokens[period ? part.from + 1 : part.from];
      if (t && (t.type === "word" || t.type === "quoted-identifier")) names.push(intern(t.value));
    }
    // Of its own size (push reserves 17 slots), names shared (src/core/intern.ts): primary keys and foreign keys keep these lists.
    return names.slice();
  }

  /** Give the cursor the input position of its text's first character, so `rangeOf` can locate tokens. */
  locate(origin: Position): void {
    this.walk = { origin, known: [] };
  }

  private positionAt(index: number): Position | undefined {
    const walk = this.walk;
    if (!walk) return undefined;
    let base = { at: 0, position: walk.origin };
    for (const point of walk.known) if (point.at <= index && point.at > base.at) base = point;
    const position = advancePosition(base.position, this.text, base.at, index);
    walk.known.push({ at: index, position });
    if (walk.known.length > 8) walk.known.shift();
    return position;
  }

  /** The input range of tokens [from, to), when the cursor was located. */
  rangeOf(from: number, to: number): Range | undefined {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b || to <= from) return undefined;
    const start = this.positionAt(a.start);
    const end = this.positionAt(b.end);
    // Packed: the catalog keeps one per column and constraint.
    return start && end ? new PackedRange({ start, end }) : undefined;
  }

  /** A sub-cursor over tokens [from, to) of the same text. */
  sub(from: number, to: number): TokenCursor {
    const cursor = new TokenCursor(this.text, this.tokens.slice(from, to));
    cursor.defaultSchema = this.defaultSchema;
    cursor.walk = this.walk;
    return cursor;
  }
}
