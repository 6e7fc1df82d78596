import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";

// Placeholder until the required-shape issue defines the spec format.
export const Spec = z.object({}).passthrough();
export type Spec = z.infer<typeof Spec>;

export interface SpecError { file?: string; jsonPath: string; message: string }
export type LoadedSpec = { ok: true; spec: Spec; path?: string; sha256: string } | { ok: false; errors: SpecError[] };

/** Load and validate a spec from a path or an object. Never throws. */
export function loadSpec(source: string | object): LoadedSpec {
  let raw: unknown = source;
  let text: string;
  let path: string | undefined;
  if (typeof source === "string") {
    path = source;
    try {
      text = readFileSync(source, "utf8");
      raw = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [{ file: source, jsonPath: "$", message: `cannot read spec: ${(error as Error).message}` }] };
    }
  } else {
    text = JSON.stringify(source);
  }
  const parsed = Spec.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ ...(path ? { file: path } : {}), jsonPath: ["$", ...i.path].join("."), message: i.message })) };
  }
  return { ok: true, spec: parsed.data, ...(path ? { path } : {}), sha256: createHash("sha256").update(text).digest("hex") };
}
