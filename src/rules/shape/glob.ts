import { globMatch } from "../../report/glob.js";

/** A table pattern: with a dot it matches `schema.table`, without one the bare table name. */
export function tableMatches(pattern: string, schema: string, name: string): boolean {
  return pattern.includes(".") ? globMatch(pattern, `${schema}.${name}`) : globMatch(pattern, name);
}
