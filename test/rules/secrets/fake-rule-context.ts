import type { CommentEvent, MetaCommandEvent } from "../../../src/lexer/events.js";
import { statementKind } from "../../../src/lexer/statement-kind.js";
import type { Range } from "../../../src/report/location.js";
import type { Diagnostic } from "../../../src/report/schema.js";
import type { FindingInput, Rule, RowEvent, RowSplit, RuleContext, StatementInfo } from "../../../src/rules/rule.js";

/**
 * A few lines standing in for the engine: collects `report` calls, lets a test feed events by hand.
 * `diagnostics` collects `diagnose` calls; `thread`: a rule's row split is run as rows judged on
 * another thread are (map, the encoder, a structured clone, the decoder, then reduce).
 */
export function runRule(rule: Rule, options: unknown, feed: (send: Feeder) => void, how: { diagnostics?: Diagnostic[]; thread?: boolean } = {}): FindingInput[] {
  const reports: FindingInput[] = [];
  const statement: ((s: StatementInfo) => void)[] = [];
  const row: ((r: RowEvent) => void)[] = [];
  const meta: ((m: MetaCommandEvent) => void)[] = [];
  const comment: ((c: CommentEvent) => void)[] = [];
  const end: (() => void)[] = [];
  const context = {
    options: rule.options.parse(options ?? {}),
    catalog: undefined as never,
    onStatement: (l) => statement.push(l),
    onRow: (l) => row.push(l),
    onMeta: (l) => meta.push(l),
    onComment: (l) => comment.push(l),
    onInputProblem: () => {},
    onEnd: (l) => end.push(l),
    report: (f) => reports.push(f),
    diagnose: (d) => void how.diagnostics?.push(d),
    reportColumnVerdict: () => {},
    reportSampling: () => {},
    ...(how.thread ? { onRowSplit: (split: RowSplit<unknown>) => void row.push((r) => viaThread(split, r)) } : {}),
  } satisfies RuleContext<unknown>;
  rule.check(context as unknown as RuleContext<never>);
  let line = 1;
  let offset = 0;
  /** Each event sits on its own lines, one after the other, like in a dump. */
  const place = (text: string): Range => {
    const lines = text.split("\n");
    const start = { offset, line, column: 1 };
    const bytes = Buffer.byteLength(text);
    const endPos = { offset: offset + bytes, line: line + lines.length - 1, column: lines.length > 1 ? lines[lines.length - 1]!.length + 1 : text.length + 1 };
    offset += bytes + 1;
    line += lines.length;
    return { start, end: endPos };
  };
  const send: Feeder = {
    statement(text) {
      const info: StatementInfo = { kind: "statement", text, range: place(text), statementKind: statementKind(text) };
      statement.forEach((l) => l(info));
      return info.range;
    },
    row(schema, table, columns, types, values, rowIndex = 0) {
      const range = place(values.map((v) => v ?? "\\N").join("\t"));
      const event: RowEvent = { schema, table, columns, types, values, rowIndex, source: "copy", range };
      row.forEach((l) => l(event));
      return range;
    },
    comment(text) {
      const event: CommentEvent = { kind: "comment", text, range: place(text) };
      comment.forEach((l) => l(event));
      return event.range;
    },
    meta(text) {
      const event: MetaCommandEvent = { kind: "meta", text, command: text.slice(1).split(" ")[0]!, range: place(text) };
      meta.forEach((l) => l(event));
      return event.range;
    },
  };
  feed(send);
  end.forEach((l) => l());
  return reports;
}

export interface Feeder {
  statement(text: string): Range;
  row(schema: string, table: string, columns: string[], types: (string | undefined)[], values: (string | null)[], rowIndex?: number): Range;
  comment(text: string): Range;
  meta(text: string): Range;
}

function viaThread(split: RowSplit<unknown>, row: RowEvent): void {
  split.shape?.(row);
  const encoder = split.encoder!();
  encoder.add(split.map(row), row);
  split.reduce(row, split.decoder!(structuredClone(encoder.finish())).next());
}
