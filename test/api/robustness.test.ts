import { readdirSync, readFileSync, existsSync } from "node:fs";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { Report } from "../../src/report/schema.js";

/** Small real pg_dump outputs from the corpus to mutate (plain variants under 400 KB). */
function corpusDumps(): { name: string; text: string }[] {
  const dir = "corpus/dumps";
  if (!existsSync(dir)) return [];
  const out: { name: string; text: string }[] = [];
  for (const db of readdirSync(dir).sort()) {
    const path = `${dir}/${db}/plain.sql`;
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    if (text.length < 400_000) out.push({ name: db, text });
  }
  return out;
}

async function expectValidReport(input: Parameters<typeof analyze>[0]) {
  const report = await analyze(input);
  const parsed = Report.safeParse(report);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
  return report;
}

describe("the public API never throws on bad input and always returns a schema-valid report", () => {
  it("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await expectValidReport(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it("random SQL-ish strings", async () => {
    const fragment = fc.constantFrom("'", "''", '"', "$$", "$a$", "$1", "--", "/*", "*/", "\n", "\r\n", ";", "\\.", "\\N", "\t", "COPY public.t (a, b) FROM stdin;\n", "INSERT INTO public.t VALUES (1, 'x');", "CREATE TABLE public.t (a int, b text);", "E'\\\\'", "é", "😀", "(", ")", "\\connect db\n", "x");
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 60 }), async (parts) => {
        await expectValidReport(parts.join(""));
      }),
      { numRuns: 200 },
    );
  });

  const dumps = corpusDumps();
  it.runIf(dumps.length > 0)("mutations of real dumps: cut anywhere, quotes deleted, \\. deleted, bytes flipped", async () => {
    const mutation = fc.record({
      dump: fc.integer({ min: 0, max: Math.max(0, dumps.length - 1) }),
      kind: fc.constantFrom("cut", "delete-quote", "delete-copy-end", "flip-byte"),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ dump, kind, at, byte }) => {
        const text = dumps[dump]!.text;
        let bytes = Buffer.from(text, "utf8");
        const pos = Math.floor(at * bytes.length);
        if (kind === "cut") bytes = bytes.subarray(0, pos);
        else if (kind === "delete-quote") {
          const q = bytes.indexOf(0x27, pos);
          if (q >= 0) bytes = Buffer.concat([bytes.subarray(0, q), bytes.subarray(q + 1)]);
        } else if (kind === "delete-copy-end") {
          const e = bytes.indexOf("\n\\.\n", pos);
          if (e >= 0) bytes = Buffer.concat([bytes.subarray(0, e + 1), bytes.subarray(e + 4)]);
        } else if (bytes.length > 0) {
          bytes = Buffer.from(bytes);
          bytes[Math.min(pos, bytes.length - 1)] = byte;
        }
        await expectValidReport(Readable.from([bytes]));
      }),
      { numRuns: 60 },
    );
  });

  it("a truncated dump is an input-integrity error with a location, not a crash", async () => {
    const report = await expectValidReport("CREATE TABLE public.t (a text);\nCOPY public.t (a) FROM stdin;\nfirst\nsecond");
    const f = report.findings.find((x) => x.ruleId === "input-integrity");
    expect(f?.severity).toBe("error");
    expect(f?.location.kind).toBe("dump");
  });

  it("a custom-format dump is refused with the pg_restore hint", async () => {
    const report = await expectValidReport(new Uint8Array([0x50, 0x47, 0x44, 0x4d, 0x50, 1, 14, 0, 4, 8, 1, 1]));
    expect(report.input.format).toBe("custom");
    expect(report.findings.some((f) => `${f.message} ${f.help ?? ""}`.includes("pg_restore -f out.sql"))).toBe(true);
  });

  it("a missing file is reported as unreadable", async () => {
    const report = await expectValidReport({ path: "/nonexistent/dump.sql" });
    expect(report.input.format).toBe("unreadable");
    expect(report.summary.errors).toBeGreaterThan(0);
  });
});
