import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Every distinct COPY value of the corpus dumps (plain format, as written): the realistic values the rules meet. */
export function corpusCopyValues(): string[] {
  const out = new Set<string>();
  const root = new URL("../../corpus/dumps/", import.meta.url);
  for (const dir of readdirSync(root)) {
    const file = new URL(`${dir}/plain.sql`, root);
    if (!existsSync(file)) continue;
    let inCopy = false;
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.startsWith("COPY ")) inCopy = true;
      else if (line === "\\.") inCopy = false;
      else if (inCopy) for (const v of line.split("\t")) out.add(v);
    }
  }
  return [...out];
}
