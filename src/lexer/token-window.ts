import { readSqlToken, type SqlToken } from "./tokens.js";

/**
 * A statement's tokens read one at a time, keeping only the last `lookBehind` of them: readers that
 * look a few tokens back (the option name before a string, `DEFAULT` before a literal) never hold
 * the whole token array of a megabyte statement (~80 bytes a token; 2M nested parentheses
 * exhausted a 256 MB heap). Tokens are asked for in increasing order, each at most `lookBehind`
 * behind the furthest one read.
 */
export class TokenWindow {
  private readonly kept: SqlToken[] = [];
  private count = 0;
  private ended = false;

  constructor(
    private readonly text: string,
    private readonly lookBehind: number,
    private readonly keepComments = true,
  ) {}

  /** Token `k` of the statement; undefined past the end and further back than the window. */
  at(k: number): SqlToken | undefined {
    if (k < 0 || k < this.count - this.lookBehind) return undefined;
    while (k >= this.count && !this.ended) {
      const from = this.count > 0 ? this.kept[(this.count - 1) % this.lookBehind]!.end : 0;
      const t = readSqlToken(this.text, from, this.keepComments);
      if (t === undefined) this.ended = true;
      else this.kept[this.count++ % this.lookBehind] = t;
    }
    return k < this.count ? this.kept[k % this.lookBehind] : undefined;
  }
}

/** The first `count` tokens of `text`, read without tokenizing the rest. */
export function leadingTokens(text: string, count: number, keepComments = true): SqlToken[] {
  const tokens: SqlToken[] = [];
  for (let t = readSqlToken(text, 0, keepComments); t !== undefined && tokens.length < count; t = readSqlToken(text, t.end, keepComments)) tokens.push(t);
  return tokens;
}
