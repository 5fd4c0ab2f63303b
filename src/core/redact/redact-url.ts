import type { RedactOptions } from "./redact-options";
import { redactParams } from "./redact-params";
import { REDACTED } from "./secret-names";

// scheme://userinfo@ — the userinfo is everything before the authority's last "@" (RFC 3986 §3.2.1).
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;

function redactUserinfo(head: string): string {
  const match = AUTHORITY.exec(head);
  if (!match) return head;
  const [whole, scheme = "", authority = ""] = match;
  const at = authority.lastIndexOf("@");
  if (at < 0) return head;
  return `${scheme}${REDACTED}${authority.slice(at)}${head.slice(whole.length)}`;
}

/**
 * The URL with its credentials hidden: the userinfo (`user:pass@`), and the value of each secret-named query or
 * fragment parameter (OAuth's implicit flow puts `access_token` in the fragment). Relative URLs ("/a?token=x")
 * work too; nothing else is touched, not even the encoding.
 */
export function redactUrl(url: string, options: RedactOptions): string {
  if (options.reveal) return url;
  const hash = url.indexOf("#");
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? undefined : url.slice(hash + 1);
  const question = beforeHash.indexOf("?");
  const head = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? undefined : beforeHash.slice(question + 1);
  return (
    redactUserinfo(head) +
    (query === undefined ? "" : `?${redactParams(query)}`) +
    (fragment === undefined ? "" : `#${fragment.includes("=") ? redactParams(fragment) : fragment}`)
  );
}
