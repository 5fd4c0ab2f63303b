import { isSecretHeader } from "../redact";
import { fieldNamesOf } from "./cache-control";
import { type CacheFinding, cacheFinding } from "./cache-finding";
import type { CacheInputs } from "./cache-inputs";

/** ETag and Last-Modified: how a stale copy is checked, or why it cannot be (RFC 9111 §4.3.1). */
export function validatorFindings(inputs: CacheInputs): CacheFinding[] {
  const etag = inputs.field("ETag");
  const lastModified = inputs.field("Last-Modified");
  if (etag || lastModified) {
    const asks = [
      etag && `If-None-Match: ${etag.value}`,
      lastModified && `If-Modified-Since: ${lastModified.value}`,
    ]
      .filter(Boolean)
      .join(" and ");
    return [
      cacheFinding(
        "validators",
        "info",
        `To revalidate, the browser sends ${asks}; an unchanged resource answers 304 with no body.`,
        [etag, lastModified],
      ),
    ];
  }
  if (inputs.control.directives.has("immutable")) return [];
  return [
    cacheFinding(
      "validators",
      "warning",
      "No ETag or Last-Modified: once stale, the copy cannot be checked cheaply, so it is downloaded again in full.",
      [],
      "Send an ETag (or Last-Modified) so a revalidation can answer 304.",
    ),
  ];
}

/** Vary (RFC 9111 §4.1) and Set-Cookie on a response a CDN may store. */
export function matchingFindings(inputs: CacheInputs, sharedStores: boolean): CacheFinding[] {
  const out: CacheFinding[] = [];
  const names = inputs.vary.filter((name) => name !== "*");
  if (names.length && !inputs.vary.includes("*")) {
    // A secret request header (Vary: Cookie, Authorization) is named, never quoted.
    const sentValue = (name: string) => {
      const value = inputs.requestField(name)?.value;
      return value === undefined ? "(not sent)" : isSecretHeader(name) ? "(present)" : value;
    };
    const sent = names.map((name) => `${name}: ${sentValue(name)}`);
    out.push(
      cacheFinding(
        "vary",
        "info",
        `Reused only for requests with the same ${names.join(", ")} as this one (${sent.join("; ")}).`,
        [inputs.field("Vary")],
      ),
    );
  }
  const cookie = inputs.field("Set-Cookie");
  const noCacheNames = fieldNamesOf(inputs.control.directives.get("no-cache")).map((n) => n.toLowerCase());
  if (cookie && sharedStores && !noCacheNames.includes("set-cookie"))
    out.push(
      cacheFinding(
        "set-cookie",
        "warning",
        "It sets a cookie, yet a CDN or proxy may store it: unless that cache strips Set-Cookie, later visitors get this visitor's cookie.",
        [{ name: "Set-Cookie", value: "(present)" }, inputs.field("Cache-Control")],
        "Send Cache-Control: private on responses that set cookies.",
      ),
    );
  return out;
}
