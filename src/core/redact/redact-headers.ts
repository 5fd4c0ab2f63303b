import type { HeaderField } from "../model";
import type { RedactOptions } from "./redact-options";
import { redactUrl } from "./redact-url";
import { isSecretHeader, REDACTED } from "./secret-names";

// Schemes worth keeping in sight ("Bearer [redacted]" says which kind of credential was sent); any other first
// word may itself be the secret. IANA HTTP Authentication Scheme Registry, plus common vendor schemes.
const AUTH_SCHEMES = new Set(
  [
    "basic",
    "bearer",
    "digest",
    "dpop",
    "hoba",
    "mutual",
    "negotiate",
    "ntlm",
    "oauth",
    "privatetoken",
    "scram-sha-1",
    "scram-sha-256",
    "vapid",
    "aws4-hmac-sha256",
    "hawk",
    "token",
    "apikey",
    "sso-key",
  ].map((scheme) => scheme.toLowerCase()),
);

// Headers whose value is a URL (or holds one) that may carry a token in its query.
const URL_HEADERS = new Set(["referer", "location", "content-location"]);

function redactAuthorization(value: string): string {
  const match = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s+\S/.exec(value);
  const scheme = match?.[1];
  return scheme && AUTH_SCHEMES.has(scheme.toLowerCase()) ? `${scheme} ${REDACTED}` : REDACTED;
}

// Cookie names stay (they tell which session was sent), values go: "session=[redacted]; theme=[redacted]".
function redactCookiePair(pair: string): string {
  const equals = pair.indexOf("=");
  return equals < 0 ? REDACTED : `${pair.slice(0, equals + 1)}${REDACTED}`;
}

const redactCookie = (value: string) =>
  value
    .split(";")
    .map((pair) => {
      const lead = /^\s*/.exec(pair)?.[0] ?? "";
      return pair.trim() === "" ? pair : lead + redactCookiePair(pair.slice(lead.length));
    })
    .join(";");

// Set-Cookie: the first pair is the cookie; its attributes (Path, Secure, SameSite...) are kept (RFC 6265 §4.1).
function redactSetCookie(value: string): string {
  const semicolon = value.indexOf(";");
  const pair = semicolon < 0 ? value : value.slice(0, semicolon);
  const lead = /^\s*/.exec(pair)?.[0] ?? "";
  return lead + redactCookiePair(pair.slice(lead.length)) + (semicolon < 0 ? "" : value.slice(semicolon));
}

// Refresh: 5; url=/next?token=x
const redactRefresh = (value: string, options: RedactOptions) =>
  value.replace(/(\burl\s*=\s*)(.*)$/is, (_, lead: string, url: string) => lead + redactUrl(url, options));

function redactValue(name: string, value: string, options: RedactOptions): string {
  const lower = name.trim().toLowerCase();
  if (lower === "authorization" || lower === "proxy-authorization") return redactAuthorization(value);
  if (lower === "cookie") return redactCookie(value);
  if (lower === "set-cookie" || lower === "set-cookie2") return redactSetCookie(value);
  if (isSecretHeader(lower)) return REDACTED;
  if (URL_HEADERS.has(lower)) return redactUrl(value, options);
  if (lower === "refresh") return redactRefresh(value, options);
  return value;
}

/** The headers with credentials hidden, names and order kept; with `reveal`, a copy as they are. */
export function redactHeaders(headers: readonly HeaderField[], options: RedactOptions): HeaderField[] {
  if (options.reveal) return headers.map((header) => ({ ...header }));
  return headers.map(({ name, value }) => ({ name, value: redactValue(name, value, options) }));
}
