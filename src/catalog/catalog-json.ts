import type { Catalog } from "./catalog.js";
import type { CatalogData } from "./model.js";

export const MASK = "********";

/**
 * A libpq connection string with its password masked: `password=secret` / `password='se cret'`
 * in key=value form; `postgresql://user:secret@host/db` and `?password=secret` in URI form.
 */
export function maskConnectionPassword(connection: string): string {
  const trimmed = connection.trimStart();
  if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) return maskUriPassword(connection);
  return maskKeywordPassword(connection);
}

/** libpq URI (docs: "Connection URIs"): `scheme://[user[:password]@]host...[?param=value&...]`. */
function maskUriPassword(uri: string): string {
  const schemeEnd = uri.indexOf("://") + 3;
  const authorityEnd = [uri.indexOf("/", schemeEnd), uri.indexOf("?", schemeEnd)].filter((k) => k >= 0).reduce((a, b) => Math.min(a, b), uri.length);
  const at = uri.lastIndexOf("@", authorityEnd - 1);
  let out = uri;
  if (at >= schemeEnd) {
    const colon = uri.indexOf(":", schemeEnd);
    if (colon >= 0 && colon < at) out = uri.slice(0, colon + 1) + MASK + uri.slice(at);
  }
  const query = out.indexOf("?");
  if (query < 0) return out;
  const params = out
    .slice(query + 1)
    .split("&")
    .map((p) => (p.toLowerCase().startsWith("password=") ? `${p.slice(0, "password=".length)}${MASK}` : p));
  return `${out.slice(0, query + 1)}${params.join("&")}`;
}

function maskKeywordPassword(connection: string): string {
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
