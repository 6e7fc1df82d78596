import type { HostClassification } from "./classify-host.js";
import type { HostMention } from "./extract-hosts.js";

/** The three kinds of finding this rule makes; also the evidence detector ids. */
export type HostDetector = "internal-host" | "public-host" | "denied-host";

export interface HostVerdict {
  detector: HostDetector;
  host: string;
  /** Words for the message: "an internal host (private address (RFC 1918))". */
  description: string;
}

/**
 * Whether a classified mention is a finding. An `unlisted` name (last label neither public nor
 * internal) counts as internal where the text is certainly a connection target (a URI, a libpq
 * string, a host option or column): a resolver reaches it through the search domain. Where the
 * text only might be a host (a URL column's bare value), it is more likely a file name.
 */
export function hostVerdict(mention: HostMention, classification: HostClassification, certainHost: boolean): HostVerdict | undefined {
  const host = classification.host;
  switch (classification.class) {
    case "denied":
      return { detector: "denied-host", host, description: `a production host (${classification.reason})` };
    case "internal":
      return { detector: "internal-host", host, description: `an internal host (${classification.reason})` };
    case "public":
      return { detector: "public-host", host, description: `a public host (${classification.reason})` };
    case "unlisted":
      if (mention.kind === "bare" && !certainHost) return undefined;
      return { detector: "internal-host", host, description: "an internal host (name not under a public suffix, resolved by a private DNS search domain)" };
    default:
      return undefined;
  }
}
