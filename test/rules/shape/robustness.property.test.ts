import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze.js";
import { requiredShape } from "../../../src/rules/required-shape.js";

// Fragments of what pg_dump writes for the birth surface, recombined at random: whatever the order,
// truncation or garbage, the rule reports findings and never crashes.
const fragments = [
  "CREATE TABLE public.birth_registry (\n    object_id uuid NOT NULL,\n    status text,\n    content_hash text\n);\n",
  "CREATE TABLE public.birth_registry (object_id uuid, CONSTRAINT c CHECK ((1 > 0)), \"odd\"\"name\" int[]);\n",
  "CREATE TABLE public.rehearsal_snapshots (snapshot_id uuid, taken_at timestamptz, content_hash text);\n",
  "COPY public.birth_registry (object_id, status, content_hash) FROM stdin;\n",
  "COPY public.rehearsal_snapshots (snapshot_id, taken_at, content_hash) FROM stdin;\n",
  "00000000-0000-4000-8000-000000000001\tdraft\tabc\n",
  "\\N\t\\N\t\\N\n",
  "x\n",
  "a\tb\tc\td\te\n",
  "\\.\n",
  "ALTER TABLE ONLY public.birth_registry\n    ADD CONSTRAINT birth_registry_pkey PRIMARY KEY (object_id);\n",
  "INSERT INTO public.birth_registry VALUES ('00000000-0000-4000-8000-000000000002', 'applied', NULL);\n",
  "CREATE TABLE public.directus_users (id uuid);\n",
  "-- sanitized, NON-production copy; no live pointers\n",
  "CREATE TABLE (((\n",
  "'unterminated\n",
];

describe("required-shape never crashes", () => {
  it("on random recombinations of dump fragments with the shipped spec", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...fragments), { maxLength: 14 }), async (parts) => {
        const report = await analyze(parts.join(""), { ruleSet: [requiredShape], spec: "schemas/birth-surface.spec.json" });
        expect(report.diagnostics.filter((d) => d.code === "rule-crashed")).toEqual([]);
        for (const f of report.findings) expect(f.ruleId).toBe("required-shape");
      }),
      { numRuns: 150 },
    );
  });
});
