/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of the UTF-16 code units of an ASCII string. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = (crc >>> 8) ^ TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]!;
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `n` in base 62 (digits, then upper case, then lower case), left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = "";
  let v = n;
  do {
    out = BASE62[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, "0");
}

/**
 * The checksum GitHub (2021 token format) and npm (2021 access tokens) put in the last 6
 * characters: CRC-32 of the 30 random characters after the prefix, in base 62.
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export function hasBase62Crc32Checksum(body: string): boolean {
  if (body.length < 7) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random), 6) === body.slice(-6);
}
