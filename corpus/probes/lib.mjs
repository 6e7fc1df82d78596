// Helpers shared by the application probes (make-probes.mjs): a seeded generator, SQL quoting, PHP serialize, people.
export function rng(s) {
  let seed = s;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const from = (chars, n) => Array.from({ length: n }, () => chars[Math.floor(rnd() * chars.length)]).join("");
  const hex = (n) => from("0123456789abcdef", n);
  const b64 = (n) => from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", n);
  const b64u = (n) => from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", n);
  const alnum = (n) => from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n);
  const upper = (n) => from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n);
  const digits = (n) => from("0123456789", n);
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const ts = () => `2024-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")} ${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}+00`;
  return { rnd, pick, from, hex, b64, b64u, alnum, upper, digits, uuid, int, ts };
}
export const q = (s) => (s === null || s === undefined ? "NULL" : typeof s === "number" || typeof s === "boolean" ? String(s) : "'" + String(s).replace(/'/g, "''") + "'");
export const j = (o) => q(JSON.stringify(o));
export const firstNames = ["Lena", "Jonas", "Mia", "Lukas", "Emma", "Olivia", "Liam", "Sophie", "Thomas", "Julia", "Marco", "Chiara", "Pierre", "Camille", "Lucas", "Sarah", "David", "Anna", "Martin", "Laura", "Daniel", "Maria", "James", "Emily", "Carlos", "Lucia", "Jan", "Eva"];
export const lastNames = ["Müller", "Schmidt", "Dubois", "Rossi", "García", "Johnson", "Williams", "Brown", "Novak", "Kowalski", "Jensen", "Nielsen", "Bernard", "Moreau", "Fischer", "Weber", "Martínez", "López", "Taylor", "Anderson", "Becker", "Hoffmann", "Richter", "Lambert"];
export const mailDomains = ["gmail.com", "web.de", "gmx.de", "outlook.com", "yahoo.fr", "hotmail.com", "icloud.com", "posteo.de", "proton.me"];
export const uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"];
// PHP serialize
export function php(v) {
  if (v === null) return "N;";
  if (typeof v === "boolean") return `b:${v ? 1 : 0};`;
  if (typeof v === "number") return Number.isInteger(v) ? `i:${v};` : `d:${v};`;
  if (typeof v === "string") return `s:${Buffer.byteLength(v)}:"${v}";`;
  if (Array.isArray(v)) return `a:${v.length}:{${v.map((x, i) => `i:${i};${php(x)}`).join("")}}`;
  const ks = Object.keys(v);
  return `a:${ks.length}:{${ks.map((k) => php(k) + php(v[k])).join("")}}`;
}
export function person(r, i) {
  const f = r.pick(firstNames), l = r.pick(lastNames);
  const ascii = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return { first: f, last: l, email: `${ascii(f)}.${ascii(l)}${r.int(1, 99)}@${r.pick(mailDomains)}`, phone: realPhone(r), ip: `${r.pick([84, 91, 178, 212, 62, 79, 109])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}` };
}
export function realPhone(r) {
  return r.pick([
    () => `+49 15${r.int(1, 7)} ${r.int(2, 9)}${r.digits(7)}`,
    () => `+33 6 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
    () => `+44 7${r.int(400, 999)} ${r.int(100000, 999999)}`,
    () => `+1 (${r.pick([415, 212, 617, 312, 206])}) ${r.int(201, 989)}-${r.int(1000, 9999)}`,
    () => `030 ${r.int(2, 9)}${r.digits(7)}`,
  ])();
}
export function fakePerson(i) {
  return { first: `User${i}`, last: "Example", email: `user${i}@example.com`, phone: `+1 555-01${String(i % 100).padStart(2, "0")}`, ip: `192.0.2.${(i % 250) + 1}` };
}
