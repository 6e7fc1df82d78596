import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LexEvent } from "../../src/lexer/events.js";

const LEXER = fileURLToPath(new URL("../../src/lexer/lexer.ts", import.meta.url));

/**
 * The lexer's events for a whole dump: the real lexer (`lexString`) once it is in the tree,
 * otherwise a small stand-in that knows quotes, dollar quotes, comments, COPY blocks and
 * meta-commands well enough for pg_dump's own output (ASCII offsets only).
 */
export async function dumpEvents(text: string): Promise<LexEvent[]> {
  if (existsSync(LEXER)) {
    const lexer = (await import(LEXER)) as { lexString?: (t: string) => LexEvent[] };
    if (lexer.lexString) return lexer.lexString(text);
  }
  return standInEvents(text);
}

function standInEvents(text: string): LexEvent[] {
  const events: LexEvent[] = [];
  // Positions are asked for in increasing order: walk forward from the last one (linear overall).
  let line = 1;
  let lineStart = 0;
  let walked = 0;
  const position = (offset: number) => {
    for (; walked < offset; walked++) if (text.charCodeAt(walked) === 10) (line++, (lineStart = walked + 1));
    return { offset, line, column: offset - lineStart + 1 };
  };
  const range = (a: number, b: number) => ({ start: position(a), end: position(b) });
  let i = 0;
  const n = text.length;
  const lineEnd = (k: number) => {
    const e = text.indexOf("\n", k);
    return e < 0 ? n : e;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (text.startsWith("--", i)) {
      const e = lineEnd(i);
      events.push({ kind: "comment", text: text.slice(i, e), range: range(i, e) });
      i = e;
      continue;
    }
    if (c === "\\") {
      const e = lineEnd(i);
      const line = text.slice(i, e);
      events.push({ kind: "meta", text: line, command: line.slice(1).split(/[ \t]/)[0] ?? "", range: range(i, e) });
      i = e;
      continue;
    }
    const start = i;
    while (i < n) {
      const ch = text[i]!;
      if (ch === "'" || ch === '"') {
        i = text.indexOf(ch, i + 1);
        if (i < 0) i = n;
        i++;
      } else if (ch === "$") {
        const m = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(i, i + 64));
        if (m && !/[A-Za-z_0-9]/.test(text[i - 1] ?? "")) {
          const close = text.indexOf(m[0], i + m[0].length);
          i = close < 0 ? n : close + m[0].length;
        } else i++;
      } else if (text.startsWith("--", i)) i = lineEnd(i);
      else if (text.startsWith("/*", i)) {
        const close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (ch === ";") {
        i++;
        break;
      } else i++;
    }
    const statement = text.slice(start, i);
    events.push({ kind: "statement", text: statement, range: range(start, i) });
    if (/^COPY\b[\s\S]*\bFROM stdin;$/.test(statement)) {
      i = lineEnd(i) + 1;
      while (i < n) {
        const e = lineEnd(i);
        const line = text.slice(i, e);
        if (line === "\\.") {
          events.push({ kind: "copy-end", terminated: true, range: range(i, e) });
          i = e + 1;
          break;
        }
        events.push({ kind: "copy-data", line, range: range(i, e) });
        i = e + 1;
      }
    }
  }
  return events;
}
