import { z } from "zod";
import { Report } from "../src/report/schema.js";
import { Spec } from "../src/report/spec.js";
import { Baseline } from "../src/report/baseline.js";
import { PublishedDumpguardConfig } from "../src/config/schema.js";
import { stableJson } from "../src/report/format-json.js";
import { Receipt } from "../src/report/receipt.js";

function schemaText(schema: z.ZodType, id: string, title: string, io: "input" | "output"): string {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io }) as Record<string, unknown>;
  return stableJson({ ...json, $id: id, title });
}

/** File path (relative to the package root) -> generated JSON Schema text. */
export function publishedSchemas(): Record<string, string> {
  return {
    "schemas/report.schema.json": schemaText(Report, "https://dumpguard.invalid/schemas/report.schema.json", "dumpguard report", "output"),
    "schemas/spec.schema.json": schemaText(Spec, "https://dumpguard.invalid/schemas/spec.schema.json", "dumpguard spec", "input"),
    "schemas/baseline.schema.json": schemaText(Baseline, "https://dumpguard.invalid/schemas/baseline.schema.json", "dumpguard baseline", "input"),
    "schemas/config.schema.json": schemaText(PublishedDumpguardConfig, "https://dumpguard.invalid/schemas/config.schema.json", "dumpguard config (dumpguard.config.json)", "input"),
    "schemas/receipt.schema.json": schemaText(Receipt, "https://dumpguard.invalid/schemas/receipt.schema.json", "dumpguard receipt (check --receipt)", "output"),
  };
}
