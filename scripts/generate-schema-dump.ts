/**
 * A generated schema-only dump in pg_dump 15's shape, for statement throughput (issue 12) and
 * catalog memory (issue 10 item 11): per table a CREATE TABLE, its owner, an owned sequence with
 * its default, a primary key, a foreign key to the previous table, an index, a function, grants,
 * a table and a column comment. Deterministic; no randomness.
 */
export function generateSchemaDump(tables: number): string {
  const out: string[] = [
    "--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.18\n-- Dumped by pg_dump version 15.18\n\n",
    "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\n\n",
  ];
  for (let i = 0; i < tables; i++) {
    const t = `public.t_${i}`;
    out.push(
      `CREATE TABLE ${t} (\n    id integer NOT NULL,\n    parent_id integer,\n    name character varying(120) NOT NULL,\n    amount numeric(12,2) DEFAULT 0 NOT NULL,\n    created_at timestamp with time zone DEFAULT now() NOT NULL,\n    CONSTRAINT t_${i}_amount_check CHECK ((amount >= (0)::numeric))\n);\n\n`,
      `ALTER TABLE ${t} OWNER TO app;\n\n`,
      `CREATE SEQUENCE ${t}_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n`,
      `ALTER TABLE ${t}_id_seq OWNER TO app;\n\n`,
      `ALTER SEQUENCE ${t}_id_seq OWNED BY ${t}.id;\n\n`,
      `CREATE FUNCTION public.touch_${i}() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;\n\n`,
      `ALTER FUNCTION public.touch_${i}() OWNER TO app;\n\n`,
      `ALTER TABLE ONLY ${t} ALTER COLUMN id SET DEFAULT nextval('${t}_id_seq'::regclass);\n\n`,
      `ALTER TABLE ONLY ${t}\n    ADD CONSTRAINT t_${i}_pkey PRIMARY KEY (id);\n\n`,
      `CREATE INDEX t_${i}_name_idx ON ${t} USING btree (name);\n\n`,
      ...(i > 0 ? [`ALTER TABLE ONLY ${t}\n    ADD CONSTRAINT t_${i}_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.t_${i - 1}(id) ON DELETE CASCADE;\n\n`] : []),
      `COMMENT ON TABLE ${t} IS 'table number ${i}';\n\n`,
      `COMMENT ON COLUMN ${t}.name IS 'display name';\n\n`,
      `GRANT SELECT ON TABLE ${t} TO reader;\n\n`,
      `GRANT SELECT,INSERT,UPDATE ON TABLE ${t} TO writer;\n\n`,
    );
  }
  out.push("--\n-- PostgreSQL database dump complete\n--\n\n");
  return out.join("");
}
