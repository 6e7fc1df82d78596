import { z } from "zod";
import type { Range } from "../report/location.js";
import { defineRule, type StatementInfo } from "./rule.js";
import { describeStatementKind } from "../lexer/statement-kind.js";

const DUMP_MARKERS = new Map<string, { kind: string; opens: boolean }>([
  ["-- PostgreSQL database dump", { kind: "database", opens: true }],
  ["-- PostgreSQL database dump complete", { kind: "database", opens: false }],
  ["-- PostgreSQL database cluster dump", { kind: "database cluster", opens: true }],
  ["-- PostgreSQL database cluster dump complete", { kind: "database cluster", opens: false }],
]);

/** What to tell the user for each kind of input problem. */
const HELP: Record<string, string> = {
  "not-plain-custom": "convert it first: pg_restore -f out.sql FILE, then check out.sql",
  "not-plain-tar": "convert it first: pg_restore -f out.sql FILE, then check out.sql",
  "not-plain-directory": "convert it first: pg_restore -f out.sql DIR, then check out.sql",
  "not-plain-binary": "dumpguard reads plain-format SQL dumps (pg_dump -Fp); convert with pg_restore -f out.sql FILE",
  "gzip-corrupt": "the gzip stream is damaged or cut short; fetch the file again",
  "invalid-utf8": "the dump is not valid UTF-8 here; re-dump with --encoding=UTF8 or fix the bytes",
  "unterminated-string": "the file ends inside a string literal: it was cut short; fetch it again",
  "unterminated-quoted-identifier": "the file ends inside a quoted identifier: it was cut short; fetch it again",
  "unterminated-dollar-quote": "the file ends inside a dollar-quoted body: it was cut short; fetch it again",
  "unterminated-block-comment": "the file ends inside a /* comment: it was cut short; fetch it again",
  "unterminated-copy": "the file ends inside COPY data (no \\. line): it was cut short; fetch it again",
  "row-width": "the row does not have one value per column: the data was edited or cut; re-dump",
  "unterminated-statement": "pg_dump ends every statement with `;`: the file was cut short; fetch it again",
  "missing-dump-trailer": "pg_dump writes this closing comment last: the file was cut short or edited; fetch it again or re-dump",
  empty: "the input is empty: check the path or the producer",
  "archive-corrupt": "the archive is damaged or cut short: fetch it again (pg_restore -f out.sql FILE shows whether PostgreSQL's own tools can still read it)",
  "archive-unsupported": "convert it with a pg_restore of a matching version: pg_restore -f out.sql FILE, then check out.sql",
  "archive-data-offset": "the TOC's data offsets are wrong, so pg_restore cannot read this file by seeking; re-dump it",
  unreadable: "check the path and permissions",
};

export const inputIntegrity = defineRule({
  id: "input-integrity",
  description: "The input is a complete, well-formed plain-format pg_dump that dumpguard can read end to end.",
  defaultSeverity: "error",
  options: z.object({}).strict(),
  check(context) {
    // pg_dump brackets each database it writes with these comments (pg_dumpall adds the cluster pair);
    // an opening without its closing line means the file stops early, even when it stops between statements.
    const open = new Map<string, Range>();
    let last: StatementInfo | undefined;
    let sawMarker = false;
    let statements = 0;
    let otherProblem = false;
    context.onComment((comment) => {
      const marker = DUMP_MARKERS.get(comment.text.trim());
      if (!marker) return;
      sawMarker = true;
      if (marker.opens) open.set(marker.kind, comment.range);
      else open.delete(marker.kind);
    });
    // Set when the input ends inside a string, comment, dollar body or COPY block: already reported.
    let cutInside = false;
    context.onStatement((statement) => {
      last = statement;
      statements++;
    });
    // psql runs the buffer at a `\g`-style meta-command too, so a statement followed by one was complete.
    context.onMeta(() => {
      last = undefined;
    });
    context.onEnd(() => {
      // Issue 11 item 14: without pg_dump's bracketing comments (Rails structure.sql, a hand-concatenated
      // file) nobody vouches for the file's end, so a cut between two statements would go unnoticed.
      if (!sawMarker && statements > 0 && !otherProblem) {
        context.diagnose({
          code: "producer-unknown",
          severity: "info",
          message:
            'no pg_dump header or trailer ("-- PostgreSQL database dump" … "-- PostgreSQL database dump complete"): the producer is unknown (a Rails structure.sql, a hand-written or concatenated file?) and a cut between two statements cannot be detected',
        });
      }
      if (cutInside) return; // one finding says the file is cut; the missing `;` and trailer follow from it
      if (last && !last.text.trimEnd().endsWith(";")) {
        context.report({
          message: `the last statement (${describeStatementKind(last.statementKind)}) has no closing \`;\`: the input ends in the middle of it`,
          help: HELP["unterminated-statement"],
          range: last.range,
          identity: "unterminated-statement",
        });
        return;
      }
      for (const [kind, range] of open) {
        context.report({
          message: `the dump opens with "-- PostgreSQL ${kind} dump" but its closing line "-- PostgreSQL ${kind} dump complete" never comes`,
          help: HELP["missing-dump-trailer"],
          range,
          identity: `missing-dump-trailer:${kind}`,
        });
      }
    });
    context.onInputProblem((problem) => {
      if (problem.code.startsWith("unterminated-")) cutInside = true;
      if (problem.code.startsWith("not-plain") || problem.code === "empty" || problem.code === "unreadable") otherProblem = true;
      const help = HELP[problem.code];
      context.report({
        message: problem.message,
        ...(help ? { help } : {}),
        ...(problem.range ? { range: problem.range } : {}),
        ...(problem.object ? { object: problem.object } : {}),
        identity: `${problem.code}@${problem.range?.start.offset ?? -1}`,
      });
    });
  },
});
