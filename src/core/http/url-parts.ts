import { parseUrl, schemeOf } from "./web-url";

/** What a record keeps of its URL: the scheme, the host (port only when not the default) and path + query. */
export interface UrlParts {
  scheme: string;
  host: string;
  path: string;
}

/**
 * A plain http(s) URL the WHATWG parser would hand back unchanged: lower-case scheme and host, a host that is a
 * name (an IPv4-looking last label gets normalized), no port, user or fragment, and a path and query without
 * dot segments or characters it would percent-encode.
 */
const PLAIN =
  /^(https?):\/\/((?:[a-z0-9-]+\.)*[a-z-][a-z0-9-]*)(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]+)?$/;
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

/**
 * The URL's parts as the browser's URL parser gives them, or undefined when it does not parse. Most URLs in a big
 * HAR are plain (PLAIN) and are split by one regular expression; a URL object costs more than the rest of an
 * entry's normalizing, and WHATWG parsing still decides every other URL.
 */
export function urlPartsOf(url: string): UrlParts | undefined {
  const plain = plainParts(url);
  if (plain) return plain;
  const parsed = parseUrl(url);
  return parsed && { scheme: schemeOf(parsed), host: parsed.host, path: parsed.pathname + parsed.search };
}

function plainParts(url: string): UrlParts | undefined {
  const plain = PLAIN.exec(url);
  if (!plain || (plain[3] && DOT_SEGMENT.test(plain[3])) || plain[2]?.includes("xn--")) return undefined;
  // The literal, not the match: every record then shares one string, and comparing it is comparing pointers.
  const scheme = plain[1] === "https" ? "https" : "http";
  return { scheme, host: plain[2] ?? "", path: (plain[3] || "/") + (plain[4] ?? "") };
}

/** The ASCII serialization of the URL's origin ("https://example.com:8443"); undefined when it is opaque. */
export function originOf(url: string): string | undefined {
  const plain = plainParts(url);
  if (plain) return `${plain.scheme}://${plain.host}`;
  const origin = parseUrl(url)?.origin;
  return origin && origin !== "null" ? origin : undefined;
}
