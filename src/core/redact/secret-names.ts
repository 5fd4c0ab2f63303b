/** What a hidden value reads as, everywhere: in headers, URLs, bodies, the cURL command and the Markdown. */
export const REDACTED = "[redacted]";

// Headers whose whole value is a credential.
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "set-cookie2",
  "x-api-key",
  "api-key",
  "apikey",
  "x-auth-token",
  "x-access-token",
  "x-refresh-token",
  "x-id-token",
  "x-csrf-token",
  "x-xsrf-token",
  "x-session-id",
  "x-session-token",
  "x-amz-security-token",
  "x-goog-api-key",
]);
// X-Foo-Token, X-Client-Secret, X-Foo-Api-Key, X-Hub-Signature, X-Foo-Password...; Sec-WebSocket-Key is a nonce.
const SECRET_HEADER_SUFFIX =
  /(?:^|[-_])(?:token|secret|password|passwd|api-?key|apikey|signature|session-?id)$/;

/** Request or response headers that carry credentials, by name (case-insensitive). */
export function isSecretHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_SUFFIX.test(lower);
}

/** Names compared without case or separators: access_token, accessToken and access-token are one name. */
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const SECRET_PARAMS = new Set([
  "key",
  "sig",
  "pwd",
  "pass",
  "jwt",
  "auth",
  "session",
  "sid",
  "ticket",
  // OAuth 2.0's authorization code is a bearer credential until it is redeemed (RFC 6749 §10.5).
  "code",
  "codeverifier",
  "assertion",
  "clientassertion",
  "samlresponse",
  "samlrequest",
  "otp",
]);
// token, access_token, id_token, X-Amz-Signature, client_secret, api_key, apikey, session_id, new_password,
// X-Amz-Credential, private_key...
const SECRET_PARAM_SUFFIX =
  /(?:token|secret|password|passwd|signature|apikey|accesskey|privatekey|sessionid|credential|credentials)$/;

/** URL query (and fragment) parameters and form fields that carry credentials, by name. */
export function isSecretParam(name: string): boolean {
  const squashed = squash(name);
  return SECRET_PARAMS.has(squashed) || SECRET_PARAM_SUFFIX.test(squashed);
}

// Names a credential travels under in URLs and forms, but that a JSON body uses for other things ({"code": 404}).
const URL_ONLY = new Set(["code", "key", "sig", "auth", "session", "ticket"]);

/** JSON members that carry credentials: the parameter names, less those JSON uses for error codes and ids. */
export function isSecretMember(name: string): boolean {
  return isSecretParam(name) && !URL_ONLY.has(squash(name));
}
