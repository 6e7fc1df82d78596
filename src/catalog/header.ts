import type { MetaCommandEvent } from "../lexer/events.js";
import type { DumpHeader } from "../report/schema.js";
import type { CatalogData } from "./model.js";

const afterPrefix = (text: string, prefix: string): string | undefined => {
  const at = text.indexOf(prefix);
  return at < 0 ? undefined : text.slice(at + prefix.length).trim();
};

/** Header facts from pg_dump's and pg_dumpall's leading comments (`-- Dumped from database version 15.18`). */
export function readHeaderComment(text: string, header: DumpHeader): void {
  const server = afterPrefix(text, "Dumped from database version ");
  if (server !== undefined) header.serverVersion ??= server;
  const dumpVersion = afterPrefix(text, "Dumped by pg_dump version ");
  if (dumpVersion !== undefined) {
    header.pgDumpVersion ??= dumpVersion;
    header.producer ??= "pg_dump";
  }
  const dumpallVersion = afterPrefix(text, "Dumped by pg_dumpall version ");
  if (dumpallVersion !== undefined) header.pgDumpVersion ??= dumpallVersion;
  // A cluster dump embeds per-database pg_dump headers; the cluster line decides the producer.
  if (text.includes("PostgreSQL database cluster dump") || dumpallVersion !== undefined) header.producer = "pg_dumpall";
}

/** psql's argument splitting for a meta-command: whitespace-separated, `'...'` and `"..."` quoted. */
function metaArguments(text: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === " " || text[i] === "\t") i++;
    if (i >= text.length) break;
    let arg = "";
    while (i < text.length && text[i] !== " " && text[i] !== "\t") {
      const q = text[i];
      if (q === '"' || q === "'") {
        i++;
        while (i < text.length) {
          if (text[i] === q && text[i + 1] === q) {
            arg += q;
            i += 2;
          } else if (text[i] === q) {
            i++;
            break;
          } else if (q === "'" && text[i] === "\\" && i + 1 < text.length) {
            arg += text[i + 1];
            i += 2;
          } else arg += text[i++];
        }
      } else arg += text[i++];
    }
    args.push(arg);
  }
  return args;
}

/** The `dbname` of a libpq connection string (`dbname='app' host=x`), or undefined. */
function conninfoDbname(conninfo: string): string | undefined {
  const at = conninfo.indexOf("dbname");
  if (at < 0) return undefined;
  let k = at + "dbname".length;
  while (conninfo[k] === " ") k++;
  if (conninfo[k] !== "=") return undefined;
  k++;
  while (conninfo[k] === " ") k++;
  if (conninfo[k] === "'") {
    let value = "";
    k++;
    while (k < conninfo.length && conninfo[k] !== "'") {
      if (conninfo[k] === "\\" && k + 1 < conninfo.length) k++;
      value += conninfo[k++];
    }
    return value;
  }
  const end = conninfo.indexOf(" ", k);
  return conninfo.slice(k, end < 0 ? undefined : end);
}

/** `\connect [-reuse-previous=on] dbname-or-conninfo ...` as pg_dumpall and `pg_dump --create` write it. */
export function readConnectTarget(event: MetaCommandEvent): CatalogData["connects"][number] | undefined {
  if (event.command !== "connect" && event.command !== "c") return undefined;
  const args = metaArguments(event.text).slice(1).filter((a) => !a.startsWith("-"));
  const first = args[0];
  if (first === undefined) return undefined;
  const database = first.includes("=") ? (conninfoDbname(first) ?? first) : first;
  return { database, text: event.text, range: event.range };
}
