import { z } from "zod";
import { defineRule } from "./rule.js";

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
  empty: "the input is empty: check the path or the producer",
  unreadable: "check the path and permissions",
};

export const inputIntegrity = defineRule({
  id: "input-integrity",
  description: "The input is a complete, well-formed plain-format pg_dump that dumpguard can read end to end.",
  defaultSeverity: "error",
  options: z.object({}).strict(),
  check(context) {
    context.onInputProblem((problem) => {
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
