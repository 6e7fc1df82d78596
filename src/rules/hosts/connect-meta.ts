import { extractHostsFromHostValue, extractHostsFromText, type HostMention } from "./extract-hosts.js";

/** A host named by a psql `\connect` line, located in the line's text (UTF-16 indexes). */
export interface ConnectHost {
  mention: HostMention;
  start: number;
  end: number;
  /** The database named on the line, when it is positional. */
  database?: string;
}

interface Argument {
  value: string;
  /** Index in the line of the first value character, when the value is the raw text verbatim; else the argument start. */
  offset: number;
  verbatim: boolean;
}

/** psql meta-command arguments: white-space separated; '...' with '' and "..." with "" quoting (psql's own rules, simplified). */
function splitArguments(line: string, from: number): Argument[] {
  const args: Argument[] = [];
  let i = from;
  while (i < line.length) {
    while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
    if (i >= line.length) break;
    const start = i;
    let value = "";
    let verbatim = true;
    let valueStart = -1;
    while (i < line.length && line[i] !== " " && line[i] !== "\t") {
      const quote = line[i];
      if (quote === "'" || quote === '"') {
        i++;
        if (valueStart < 0) valueStart = i;
        else verbatim = false;
        while (i < line.length) {
          if (line[i] === quote) {
            if (line[i + 1] === quote) {
              value += quote;
              verbatim = false;
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value += line[i];
          i++;
        }
      } else {
        if (valueStart < 0) valueStart = i;
        else if (value.length > 0 && line[i - 1] === "'") verbatim = false;
        value += line[i];
        i++;
      }
    }
    args.push({ value, offset: verbatim && valueStart >= 0 ? valueStart : start, verbatim: verbatim && valueStart >= 0 });
  }
  return args;
}

/**
 * Hosts a `\connect` (or `\c`) line points at: `\connect db user host port`, or a conninfo
 * string / URI in the first argument (psql docs, `\connect`). A line without a host is nothing.
 */
export function connectLineHosts(line: string): ConnectHost[] {
  const match = /^\\(connect|c)(?=\s|$)/.exec(line);
  if (!match) return [];
  const args = splitArguments(line, match[0].length).filter((a) => !a.value.startsWith("-"));
  const first = args[0];
  if (!first) return [];
  const located = (arg: Argument, mentions: HostMention[]): ConnectHost[] =>
    mentions.map((mention) => ({
      mention,
      start: arg.verbatim ? arg.offset + mention.start : arg.offset,
      end: arg.verbatim ? arg.offset + mention.end : arg.offset + arg.value.length,
    }));
  if (first.value.includes("=") || first.value.includes("://")) return located(first, extractHostsFromText(first.value));
  const host = args[2];
  if (!host || host.value === "-") return [];
  return located(host, extractHostsFromHostValue(host.value)).map((h) => ({ ...h, database: first.value }));
}
