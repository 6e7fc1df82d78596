import { NO_DETECTOR_MATCHES, type Detector, type DetectorMatch, type ValueContext } from "../detector.js";
import { identifierWords } from "../../../data/identifier-words.js";
import { isAlnum, isBase64, isCryptBase64, isDigit, isLowerHex, runLength } from "../scan.js";
import { appendAll } from "../../../core/append-all.js";

/** Character tests made once (runLength keeps a table per test). */
/** PHC parameter lists: `m=65536,t=3,p=4`. */
const isParamChar = (c: number) => isAlnum(c) || c === 0x3d || c === 0x2c;
const isBase64OrDot = (c: number) => isBase64(c) || c === 0x2e;
const isBase64Padded = (c: number) => isBase64(c) || c === 0x3d;

const HELP = "password hashes can be cracked offline: replace them with one fixed hash of a known throwaway password before hand-off";

/** Run a bounded shape check at every occurrence of `marker`; `shape` returns the end index or -1 (a marker often occurs without its hash: `md5` in prose). */
function findAt(value: string, marker: string, shape: (value: string, start: number) => number, boundary = true): DetectorMatch[] {
  let out: DetectorMatch[] | undefined;
  let from = 0;
  for (;;) {
    const at = value.indexOf(marker, from);
    if (at === -1) break;
    from = at + marker.length;
    if (boundary && at > 0 && (isAlnum(value.charCodeAt(at - 1)) || value.charCodeAt(at - 1) === 0x24)) continue;
    const end = shape(value, at);
    if (end === -1) continue;
    // The first as a literal: a push to an empty list reserves room for 16.
    if (out === undefined) out = [{ start: at, end }];
    else out.push({ start: at, end });
    from = end;
  }
  return out ?? NO_DETECTOR_MATCHES;
}

/** Expect `count` characters of `test` at `i` followed by a non-member; returns the index after, or -1. */
function exactly(value: string, i: number, test: (c: number) => boolean, count: number): number {
  return runLength(value, i, test, count) === count ? i + count : -1;
}

/** Expect between min and max characters of `test` at `i`; returns the index after the run, or -1. */
function between(value: string, i: number, test: (c: number) => boolean, min: number, max: number): number {
  const n = runLength(value, i, test, max);
  return n >= min && n <= max ? i + n : -1;
}

const expect = (value: string, i: number, literal: string) => (i !== -1 && value.startsWith(literal, i) ? i + literal.length : -1);

/** bcrypt (OpenBSD): `$2a$`/`$2b$`/`$2y$`/`$2x$` + 2-digit cost + `$` + 53 crypt-base64 (22 salt + 31 hash). */
export const bcryptHash: Detector = {
  id: "bcrypt-hash",
  description: "bcrypt password hash ($2a$/$2b$/$2y$)",
  keywords: ["$2"],
  help: HELP,
  // bcryptShape ends every match with exactly 53 crypt-base64 characters after `$` and the 2-digit cost.
  lastFieldLength: 53,
  // The shape is a function of its own, not a closure per call: every value under a password column runs it.
  find: (value) => findAt(value, "$2", bcryptShape),
};

function bcryptShape(value: string, at: number): number {
  const variant = value.charCodeAt(at + 2);
  let i = at + 3;
  if (variant !== 0x24 /* $ */) {
    if (variant !== 0x61 /* a */ && variant !== 0x62 /* b */ && variant !== 0x78 /* x */ && variant !== 0x79 /* y */) return -1;
    i = expect(value, i, "$");
  }
  i = i === -1 ? -1 : exactly(value, i, isDigit, 2);
  i = expect(value, i, "$");
  return i === -1 ? -1 : exactly(value, i, isCryptBase64, 53);
}

/** PHC string format: `$argon2id$v=19$m=65536,t=3,p=4$<salt b64>$<hash b64>`. */
export const argon2Hash: Detector = {
  id: "argon2-hash",
  description: "Argon2 password hash ($argon2id$/$argon2i$/$argon2d$)",
  keywords: ["$argon2"],
  help: HELP,
  find: (value) =>
    findAt(value, "$argon2", (_value, at) => {
      let i = at + 7;
      i = value[i] === "i" && value[i + 1] === "d" ? i + 2 : value[i] === "i" || value[i] === "d" ? i + 1 : -1;
      i = expect(value, i, "$");
      if (i !== -1 && value.startsWith("v=", i)) {
        i = between(value, i + 2, isDigit, 1, 4);
        i = expect(value, i, "$");
      }
      if (i === -1) return -1;
      i = between(value, i, isParamChar, 5, 64);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isBase64, 8, 128);
      i = expect(value, i, "$");
      return i === -1 ? -1 : between(value, i, isBase64, 16, 512);
    }),
};

/** scrypt: passlib `$scrypt$ln=…,r=…,p=…$salt$hash`, libxcrypt `$7$…`, Werkzeug `scrypt:N:r:p$salt$hexhash`. */
export const scryptHash: Detector = {
  id: "scrypt-hash",
  description: "scrypt password hash ($scrypt$, $7$, Werkzeug scrypt:)",
  keywords: ["$scrypt$", "$7$", "scrypt:"],
  help: HELP,
  find(value) {
    const phc = findAt(value, "$scrypt$", (_value, at) => {
      let i = between(value, at + 8, isParamChar, 5, 64);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isBase64OrDot, 8, 128);
      i = expect(value, i, "$");
      return i === -1 ? -1 : between(value, i, isBase64OrDot, 16, 512);
    });
    const xcrypt = findAt(value, "$7$", (_value, at) => {
      const i = between(value, at + 3, isCryptBase64, 14, 64);
      const j = expect(value, i, "$");
      return j === -1 ? -1 : between(value, j, isCryptBase64, 43, 43);
    });
    const werkzeug = findAt(value, "scrypt:", (_value, at) => {
      let i = at + 7;
      for (let k = 0; k < 3 && i !== -1; k++) {
        i = between(value, i, isDigit, 1, 8);
        if (k < 2) i = expect(value, i, ":");
      }
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isAlnum, 8, 64);
      i = expect(value, i, "$");
      return i === -1 ? -1 : between(value, i, isLowerHex, 64, 128);
    });
    return [...phc, ...xcrypt, ...werkzeug].sort((a, b) => a.start - b.start);
  },
};

/** Django `pbkdf2_sha256$<iterations>$<salt>$<b64>`, passlib `$pbkdf2-sha256$…`, Werkzeug `pbkdf2:sha256:<iterations>$<salt>$<hex>`. */
export const pbkdf2Hash: Detector = {
  id: "pbkdf2-hash",
  description: "PBKDF2 password hash (Django pbkdf2_sha256$, Werkzeug pbkdf2:sha256:, passlib $pbkdf2-)",
  keywords: ["pbkdf2"],
  help: HELP,
  find(value) {
    const django = findAt(value, "pbkdf2_sha", (_value, at) => {
      let i = between(value, at + 10, isDigit, 1, 3);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isDigit, 1, 8);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isAlnum, 4, 64);
      i = expect(value, i, "$");
      if (i === -1) return -1;
      const end = between(value, i, isBase64Padded, 20, 128);
      return end;
    });
    const werkzeug = findAt(value, "pbkdf2:sha", (_value, at) => {
      let i = between(value, at + 10, isDigit, 1, 3);
      if (i !== -1 && value[i] === ":") i = between(value, i + 1, isDigit, 1, 8);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isAlnum, 4, 64);
      i = expect(value, i, "$");
      return i === -1 ? -1 : between(value, i, isLowerHex, 40, 128);
    });
    const passlib = findAt(value, "$pbkdf2", (_value, at) => {
      let i = at + 7;
      if (value[i] === "-") i = between(value, i + 1, isAlnum, 4, 8);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isDigit, 1, 8);
      i = expect(value, i, "$");
      i = i === -1 ? -1 : between(value, i, isCryptBase64, 4, 64);
      i = expect(value, i, "$");
      return i === -1 ? -1 : between(value, i, isCryptBase64, 20, 128);
    });
    return [...django, ...werkzeug, ...passlib].sort((a, b) => a.start - b.start);
  },
};

/** PostgreSQL SCRAM verifier (docs 21.5, pg_authid.rolpassword): `SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>`. */
export const scramSha256Verifier: Detector = {
  id: "scram-sha-256-verifier",
  description: "PostgreSQL SCRAM-SHA-256 password verifier",
  keywords: ["SCRAM-SHA-256$"],
  help: "the verifier lets anyone impersonate the server to the role's clients and can be brute-forced: dump roles with --no-role-passwords or reset them before hand-off",
  find: (value) =>
    findAt(
      value,
      "SCRAM-SHA-256$",
      (_value, at) => {
        let i = between(value, at + 14, isDigit, 1, 8);
        i = expect(value, i, ":");
        i = i === -1 ? -1 : between(value, i, isBase64Padded, 8, 64);
        i = expect(value, i, "$");
        i = i === -1 ? -1 : between(value, i, isBase64Padded, 40, 48);
        i = expect(value, i, ":");
        return i === -1 ? -1 : between(value, i, isBase64Padded, 40, 48);
      },
      false,
    ),
};

function passwordNamed(context: ValueContext): boolean {
  if (context.clause === "role-password") return true;
  for (const name of [context.column, context.jsonKey, context.optionName]) {
    if (!name) continue;
    const words = identifierWords(name);
    if (words.some((w) => w === "password" || w === "passwd" || w === "rolpassword" || w === "pwd")) return true;
  }
  return false;
}

/** PostgreSQL's legacy md5 role password: `md5` + md5(password || rolname) in hex; `md5`-prefixed hex elsewhere is a checksum. */
export const md5RolePassword: Detector = {
  id: "md5-role-password",
  description: "PostgreSQL md5 role password hash (md5 + 32 hex) in a role password",
  keywords: ["md5"],
  help: "md5 role passwords are weak and replayable: dump roles with --no-role-passwords, or reset the passwords with SCRAM before hand-off",
  find(value, context) {
    if (!passwordNamed(context)) return [];
    return findAt(value, "md5", (_value, at) => {
      const end = exactly(value, at + 3, isLowerHex, 32);
      return end !== -1 && (end === value.length || !isAlnum(value.charCodeAt(end))) ? end : -1;
    });
  },
};

/** crypt(3) MD5-crypt `$1$`, SHA-crypt `$5$`/`$6$` (with optional `rounds=N$`), yescrypt `$y$`. */
export const cryptHash: Detector = {
  id: "crypt-hash",
  description: "Unix crypt(3) password hash ($1$, $5$, $6$, $y$)",
  keywords: ["$1$", "$5$", "$6$", "$y$"],
  help: HELP,
  find(value) {
    const out: DetectorMatch[] = [];
    for (const [marker, hashLength] of [["$1$", 22], ["$5$", 43], ["$6$", 86]] as const) {
      out.push(
        ...findAt(value, marker, (_value, at) => {
          let i = at + 3;
          if (value.startsWith("rounds=", i)) i = expect(value, between(value, i + 7, isDigit, 1, 9), "$");
          i = i === -1 ? -1 : between(value, i, isCryptBase64, 1, 16);
          i = expect(value, i, "$");
          return i === -1 ? -1 : exactly(value, i, isCryptBase64, hashLength);
        }),
      );
    }
    out.push(
      ...findAt(value, "$y$", (_value, at) => {
        let i = between(value, at + 3, isCryptBase64, 1, 16);
        i = expect(value, i, "$");
        i = i === -1 ? -1 : between(value, i, isCryptBase64, 1, 64);
        i = expect(value, i, "$");
        return i === -1 ? -1 : exactly(value, i, isCryptBase64, 43);
      }),
    );
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * phpass "portable" hashes (Openwall's phpass): WordPress `$P$`, phpBB `$H$`, and Drupal 7's SHA-512 variant `$S$`: the
 * marker, one count character, 8 salt characters and the hash (22 characters; 43 for `$S$`), all crypt-base64.
 * Every WordPress and Drupal 7 dump holds them in wp_users.user_pass / users.pass.
 */
export const phpassHash: Detector = {
  id: "phpass-hash",
  description: "phpass password hash (WordPress $P$, phpBB $H$, Drupal 7 $S$)",
  keywords: ["$P$", "$H$", "$S$"],
  help: HELP,
  find(value) {
    const out: DetectorMatch[] = [];
    for (const [marker, length] of PHPASS_SHAPES) appendAll(out, findAt(value, marker, (_value, at) => exactly(value, at + 3, isCryptBase64, length)));
    return out.length === 0 ? NO_DETECTOR_MATCHES : out.sort((a, b) => a.start - b.start);
  },
};

/** The marker and the characters after it: count (1) + salt (8) + hash (22, or 43 for SHA-512). */
const PHPASS_SHAPES = [
  ["$P$", 31],
  ["$H$", 31],
  ["$S$", 52],
] as const;
