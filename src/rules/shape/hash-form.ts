/** The hash forms a spec can declare for a `hash` role. */
export interface HashForm { form: "hex" | "sha256-prefixed" | "base64"; length?: number | undefined; bytes?: number | undefined }

function isHexRun(value: string, from: number): boolean {
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

const isB64 = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;

/** Decoded length of padded standard base64 (RFC 4648 §4), or undefined when the text is not that. */
export function base64DecodedLength(value: string): number | undefined {
  if (value.length === 0 || value.length % 4 !== 0) return undefined;
  let pad = 0;
  if (value.endsWith("==")) pad = 2;
  else if (value.endsWith("=")) pad = 1;
  for (let i = 0; i < value.length - pad; i++) if (!isB64(value.charCodeAt(i))) return undefined;
  return (value.length / 4) * 3 - pad;
}

/** Does a value have the declared hash form? `hex`: exactly `length` hex digits (either case); `sha256-prefixed`:
 * `sha256:` and 64 hex digits; `base64`: padded standard base64 decoding to exactly `bytes` bytes. */
export function matchesHashForm(value: string, spec: HashForm): boolean {
  switch (spec.form) {
    case "hex":
      return value.length === spec.length && isHexRun(value, 0);
    case "sha256-prefixed":
      return value.length === 71 && value.startsWith("sha256:") && isHexRun(value, 7);
    case "base64":
      return base64DecodedLength(value) === spec.bytes;
  }
}

/** How a hash form reads in a message: "64 hex digits", "sha256:<64 hex digits>", "base64 of 32 bytes". */
export function describeHashForm(spec: HashForm): string {
  switch (spec.form) {
    case "hex":
      return `${spec.length} hex digits`;
    case "sha256-prefixed":
      return "sha256:<64 hex digits>";
    case "base64":
      return `base64 of ${spec.bytes} bytes`;
  }
}
