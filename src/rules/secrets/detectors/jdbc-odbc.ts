import type { Detector, DetectorMatch } from "../detector.js";
import { isPlaceholder } from "../placeholder.js";

/**
 * JDBC URLs (`jdbc:postgresql://h/db?user=u&password=…`, `jdbc:h2:tcp://h/~/db;USER=sa;PASSWORD=…`,
 * `jdbc:sqlserver://h;user=u;password=…`) and ODBC connection strings
 * (`Driver={…};Server=h;Uid=u;Pwd=…;`, ADO.NET `Data Source=h;User ID=u;Password=…`): the password
 * property, whichever separator (`?`, `&`, `;`) the driver uses. One forward pass per occurrence.
 */
const PASSWORD_KEYS = new Set(["password", "pwd", "pass", "passwd", "sslpassword"]);
/** ODBC / ADO.NET keywords; one must be present beside the password so a lone `password=` in prose is not one. */
const ODBC_KEYS = ["driver=", "server=", "dsn=", "data source=", "database=", "uid=", "user id=", "initial catalog="];

const MAX_URL = 4096;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const endsUrl = (c: number) => isSpace(c) || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e;

/** `key=value` properties in text[from, to) separated by `?`, `&` or `;`; returns the password values' spans. */
function passwordProperties(text: string, from: number, to: number, stopAtSpace: boolean): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  let i = from;
  while (i < to) {
    // Start of a property: after a separator (or at `from`).
    let keyEnd = i;
    while (keyEnd < to && text.charCodeAt(keyEnd) !== 0x3d && !isSeparator(text.charCodeAt(keyEnd))) keyEnd++;
    if (keyEnd >= to || text.charCodeAt(keyEnd) !== 0x3d) {
      i = keyEnd + 1;
      continue;
    }
    const key = text.slice(i, keyEnd).trim().toLowerCase();
    let valueEnd = keyEnd + 1;
    while (valueEnd < to && !isSeparator(text.charCodeAt(valueEnd)) && !(stopAtSpace && isSpace(text.charCodeAt(valueEnd)))) valueEnd++;
    const valueStart = keyEnd + 1;
    if (PASSWORD_KEYS.has(key) && valueEnd > valueStart) {
      const secret = text.slice(valueStart, valueEnd).trim();
      if (secret !== "" && !isPlaceholder(secret)) out.push({ start: valueStart, end: valueEnd });
    }
    i = valueEnd + 1;
  }
  return out;
}

const isSeparator = (c: number) => c === 0x3f || c === 0x26 || c === 0x3b;

export function findJdbcPasswords(value: string): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  // Case-insensitive search without a lower-cased copy (toLowerCase can change lengths outside ASCII).
  const prefix = /jdbc:/gi;
  for (;;) {
    const found = prefix.exec(value);
    if (!found) break;
    const at = found.index;
    let end = at + 5;
    const stop = Math.min(value.length, at + MAX_URL);
    while (end < stop && !endsUrl(value.charCodeAt(end))) end++;
    for (const m of passwordProperties(value, at + 5, end, true)) out.push(m);
    prefix.lastIndex = Math.max(prefix.lastIndex, end);
  }
  return out;
}

export function findOdbcPasswords(value: string): DetectorMatch[] {
  if (value.length > 64 * 1024) return [];
  const lower = value.toLowerCase();
  if (lower.includes("jdbc:")) return [];
  if (!ODBC_KEYS.some((k) => lower.includes(k))) return [];
  if (!lower.includes("pwd=") && !lower.includes("password=")) return [];
  return passwordProperties(value, 0, value.length, false).filter((m) => {
    // The password sits in a `;`-separated list with at least one other ODBC keyword.
    return value.lastIndexOf(";", m.start) >= 0 || value.indexOf(";", m.end) >= 0;
  });
}

export const jdbcUrlPassword: Detector = {
  id: "jdbc-url-password",
  description: "JDBC URL with a password property (jdbc:…;password=… or ?password=…)",
  keywords: ["jdbc:"],
  caseInsensitiveKeywords: true,
  help: "change the database user's password and drop the password property from the JDBC URL (or replace it with a placeholder) before hand-off",
  find: (value) => findJdbcPasswords(value),
};

export const odbcConnectionPassword: Detector = {
  id: "odbc-connection-password",
  description: "ODBC / ADO.NET connection string with a password (Driver=…;Server=…;Pwd=…)",
  keywords: ["pwd=", "password="],
  caseInsensitiveKeywords: true,
  help: "change the database user's password and drop `Pwd=`/`Password=` from the connection string before hand-off",
  find: (value) => findOdbcPasswords(value),
};
