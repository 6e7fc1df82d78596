import type { Catalog } from "./catalog.js";
import type { CatalogData } from "./model.js";

export const MASK = "********";

/** `password=secret` / `password='se cret'` inside a libpq connection string, value masked. */
export function maskConnectionPassword(connection: string): string {
  let out = "";
  let i = 0;
  const lower = connection.toLowerCase();
  for (;;) {
    const at = lower.indexOf("password", i);
    if (at < 0) return out + connection.slice(i);
    let k = at + "password".length;
    while (connection[k] === " ") k++;
    const boundary = at === 0 || connection[at - 1] === " " || connection[at - 1] === "\t";
    if (!boundary || connection[k] !== "=") {
      out += connection.slice(i, k);
      i = k;
      continue;
    }
    k++;
    while (connection[k] === " ") k++;
    out += connection.slice(i, k) + MASK;
    // libpq conninfo: a value is either '...' with \' escapes or runs to the next space.
    if (connection[k] === "'") {
      k++;
      while (k < connection.length && connection[k] !== "'") k += connection[k] === "\\" ? 2 : 1;
      k++;
    } else while (k < connection.length && connection[k] !== " ") k++;
    i = Math.min(k, connection.length);
  }
}

const maskOptions = (options: Record<string, string>) =>
  Object.fromEntries(Object.entries(options).map(([k, v]) => [k, k.toLowerCase() === "password" ? MASK : v]));

/**
 * The catalog as plain JSON for `dumpguard catalog`: the catalog data with every password masked
 * (role passwords, user-mapping and server `password` options, subscription connection strings).
 * Deterministic: arrays keep dump order, which is itself deterministic; keys follow the model.
 */
export function catalogJson(catalog: Catalog): unknown {
  const data: CatalogData = catalog.data;
  return {
    ...data,
    tables: data.tables.map((t) => ({ ...t, ...(t.options ? { options: maskOptions(t.options) } : {}) })),
    servers: data.servers.map((s) => ({ ...s, options: maskOptions(s.options) })),
    userMappings: data.userMappings.map((m) => ({ ...m, options: maskOptions(m.options) })),
    subscriptions: data.subscriptions.map((s) => ({ ...s, connection: maskConnectionPassword(s.connection) })),
    connects: data.connects.map((c) => ({ ...c, text: maskConnectionPassword(c.text) })),
    roles: data.roles.map((r) => ({ ...r, ...(r.password !== undefined ? { password: MASK } : {}) })),
    // Grants and owners hold no secrets; role DDL text with PASSWORD is not kept as a grant.
  };
}
