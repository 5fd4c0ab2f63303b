/**
 * The WHATWG URL parser, the one browsers use, which node 20, Chromium and Firefox all have. The pure build
 * has no DOM lib, so only the members core reads are declared here, and the class is taken from globalThis:
 * origins and hosts then match the browser's own (IDN hosts, IPv4 shorthands, default ports).
 */
export interface WebUrl {
  readonly href: string;
  /** Lower-cased, with its ":" ("https:"). */
  readonly protocol: string;
  /** Hostname plus the port when it is not the scheme's default. */
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  /** With its "?", "" when empty. */
  readonly search: string;
  readonly hash: string;
  /** "null" for opaque origins (data:, about:, file:). */
  readonly origin: string;
}

type WebUrlClass = new (url: string, base?: string) => WebUrl;
const WebURL = (globalThis as unknown as { URL: WebUrlClass }).URL;

/** The parsed URL, or undefined when it does not parse (relative without a base, a bad host or port...). */
export function parseUrl(url: string, base?: string): WebUrl | undefined {
  try {
    return new WebURL(url, base);
  } catch {
    return undefined;
  }
}

/** "https" for an https: URL; "" when the text is no URL. */
export function schemeOf(url: WebUrl | undefined): string {
  return url ? url.protocol.slice(0, -1) : "";
}

/** Where a Location (possibly relative) leads from base, as the browser resolves it; fragments dropped. */
export function resolveUrl(reference: string, base: string): string | undefined {
  const url = parseUrl(reference, base);
  return url ? url.href.slice(0, url.href.length - url.hash.length) : undefined;
}

/** The URL as the browser writes it ("HTTPS://A.com" → "https://a.com/"), or the text itself if it is no URL. */
export function canonicalUrl(url: string): string {
  return resolveUrl(url, url) ?? url;
}
