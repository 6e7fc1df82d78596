/**
 * A generated dump of many small tables in pg_dump 15's plain shape, for the per-table memory footprint and
 * large reports (issue 12): per table a CREATE TABLE (id, contact e-mail, display name, created_at), its owner,
 * one COPY row with a distinct real-looking e-mail (an unsanitized-pii finding each), then the primary keys.
 * Deterministic; no randomness.
 *
 *   node --import tsx scripts/generate-small-tables.ts 35000 > .bench/small-tables-35000.sql
 *   node --import tsx scripts/generate-small-tables.ts 35000 --phone > ...   each table also has a phone column
 *                                                                             (a distinct UK number a row: a second finding)
 */
const FIRST = ["anna", "boris", "chloe", "dmitri", "elena", "farid", "greta", "hiro", "ines", "jonas", "kamala", "lucas"];
const LAST = ["novak", "okafor", "petrov", "quinn", "rossi", "schmidt", "tanaka", "ulrich", "varga", "weber", "yilmaz", "zhang"];
const DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "icloud.com"];

/** The dump's text, in pieces of about a thousand tables each (a 140k-table dump is never one string). */
export function* smallTablesDump(tables: number, { phone = false }: { phone?: boolean } = {}): Generator<string> {
  yield "--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.18\n-- Dumped by pg_dump version 15.18\n\n";
  yield "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\n\nSET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n";
  const batch = 1000;
  const part = (from: number, make: (i: number) => string) => {
    const out: string[] = [];
    for (let i = from; i < Math.min(tables, from + batch); i++) out.push(make(i));
    return out.join("");
  };
  for (let from = 0; from < tables; from += batch) {
    yield part(
      from,
      (i) =>
        `--\n-- Name: t_${i}; Type: TABLE; Schema: public; Owner: app\n--\n\nCREATE TABLE public.t_${i} (\n    id integer NOT NULL,\n    contact_email text,\n${phone ? "    phone text,\n" : ""}    display_name text,\n    created_at timestamp with time zone DEFAULT now()\n);\n\n\nALTER TABLE public.t_${i} OWNER TO app;\n\n`,
    );
  }
  for (let from = 0; from < tables; from += batch) {
    yield part(from, (i) => {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
      const email = `${first}.${last}${i}@${DOMAINS[i % DOMAINS.length]}`;
      return `--\n-- Data for Name: t_${i}; Type: TABLE DATA; Schema: public; Owner: app\n--\n\nCOPY public.t_${i} (id, contact_email, ${phone ? "phone, " : ""}display_name, created_at) FROM stdin;\n1\t${email}\t${phone ? `+44 20 7946 ${String(i % 10000).padStart(4, "0")}\t` : ""}${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}\t2024-03-0${(i % 9) + 1} 10:00:00+00\n\\.\n\n\n`;
    });
  }
  for (let from = 0; from < tables; from += batch) {
    yield part(from, (i) => `--\n-- Name: t_${i} t_${i}_pkey; Type: CONSTRAINT; Schema: public; Owner: app\n--\n\nALTER TABLE ONLY public.t_${i}\n    ADD CONSTRAINT t_${i}_pkey PRIMARY KEY (id);\n\n\n`);
  }
  yield "--\n-- PostgreSQL database dump complete\n--\n\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tables = Number(process.argv[2] ?? 35000);
  if (!Number.isInteger(tables) || tables < 1) throw new Error("usage: scripts/generate-small-tables.ts TABLES [--phone] > FILE");
  // Through the stream with its back-pressure: a synchronous write to a pipe fails (EAGAIN) once the pipe is full.
  for (const piece of smallTablesDump(tables, { phone: process.argv.includes("--phone") })) if (!process.stdout.write(piece)) await new Promise((resolve) => process.stdout.once("drain", resolve));
}
