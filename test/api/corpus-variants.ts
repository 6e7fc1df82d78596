import { readdirSync } from "node:fs";

/** Every corpus dump in a form the tool reads (plain, gzip, custom archive), in a stable order: the --jobs tests run them all. */
export const variants = readdirSync("corpus/dumps")
  .sort()
  .flatMap((db) =>
    readdirSync(`corpus/dumps/${db}`)
      .filter((f) => f.endsWith(".sql") || f.endsWith(".sql.gz") || f.endsWith(".dump"))
      .sort()
      .map((f) => `corpus/dumps/${db}/${f}`),
  );

/** The plain dumps among them. */
export const plains = variants.filter((p) => p.endsWith("/plain.sql"));

/** pii-real's plain dump (many rows with personal data), or the first plain dump. */
export const piiReal = plains.find((p) => p.includes("pii-real")) ?? plains[0]!;
