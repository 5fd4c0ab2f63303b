import { fieldNamesOf } from "./cache-control";
import { type CacheFinding, cacheFinding } from "./cache-finding";
import type { CacheInputs } from "./cache-inputs";
import { HEURISTIC_STATUSES } from "./freshness";

/** Why a cache may not store this response: a short reason for the verdict line, and the finding behind it. */
export interface NotStored {
  reason: string;
  finding: CacheFinding;
}

const notStored = (reason: string, finding: CacheFinding): NotStored => ({ reason, finding });

function methodReason(inputs: CacheInputs): NotStored | undefined {
  const { method } = inputs.record;
  if (method === "GET" || method === "HEAD") return undefined;
  if (method === "OPTIONS")
    return notStored(
      "an OPTIONS answer",
      cacheFinding(
        "method",
        "info",
        "HTTP caches do not store OPTIONS answers. A CORS preflight's answer is kept apart, in the browser's preflight cache, for Access-Control-Max-Age seconds (Chromium: 5 s when absent, at most 2 h).",
        [inputs.field("Access-Control-Max-Age")],
      ),
    );
  if (method === "POST")
    return notStored(
      "a POST response",
      cacheFinding(
        "method",
        "info",
        "Browsers never answer a later request from a stored POST response (RFC 9110 §9.3.3 allows it only for a later GET, when the response has explicit freshness and a Content-Location naming its own URL; no browser does it).",
        [],
        "Fetch data that can be cached with GET.",
      ),
    );
  // RFC 9111 §4.4: a successful unsafe request invalidates what caches hold for the URL.
  const invalidates = inputs.record.status >= 200 && inputs.record.status < 400;
  return notStored(
    `a ${method} response`,
    cacheFinding(
      "method",
      "info",
      `A ${method} response is never stored.${invalidates ? ` Being a success, it makes caches drop what they hold for this URL (and they may drop its Location and Content-Location too), so the next GET goes to the server.` : ""}`,
      [],
    ),
  );
}

function noStoreReason(inputs: CacheInputs): NotStored | undefined {
  const directive = inputs.control.directives.get("no-store");
  if (directive) {
    const overridden = ["max-age", "s-maxage", "public"].filter((n) => inputs.control.directives.has(n));
    const also = overridden.length ? ` It overrides ${overridden.join(", ")} in the same field.` : "";
    return notStored(
      "Cache-Control: no-store",
      cacheFinding(
        "no-store",
        "info",
        `no-store: no cache may keep any part of it, so every use downloads it again.${also}`,
        [inputs.field("Cache-Control")],
        "For a copy that is kept but checked with the server before each use, send no-cache (with an ETag) instead.",
      ),
    );
  }
  if (!inputs.requestControl.directives.has("no-store")) return undefined;
  return notStored(
    "the request said no-store",
    cacheFinding(
      "request-no-store",
      "info",
      "The request carried Cache-Control: no-store, so caches may not store its response (RFC 9111 §5.2.1.5).",
      [inputs.requestField("Cache-Control")],
      "Drop no-store from the request (fetch's cache: 'no-store' option sends it).",
    ),
  );
}

function sharedReason(inputs: CacheInputs): NotStored | undefined {
  const directives = inputs.control.directives;
  const priv = directives.get("private");
  if (priv) {
    const names = fieldNamesOf(priv);
    const qualified = names.length
      ? ` It names ${names.join(", ")}, a form most caches read as plain private.`
      : "";
    return notStored(
      "private",
      cacheFinding(
        "private",
        "info",
        `private: only the browser may keep it; CDNs and proxies must not.${qualified}`,
        [inputs.field("Cache-Control")],
        "Send public (or drop private) if one copy suits every user.",
      ),
    );
  }
  const auth = inputs.requestField("Authorization");
  // RFC 9111 §3.5: shared caches store answers to authorized requests only when told they may.
  if (auth && !["public", "s-maxage", "must-revalidate"].some((n) => directives.has(n)))
    return notStored(
      "the request carried Authorization",
      cacheFinding(
        "authorization",
        "info",
        "The request carried Authorization, and the response has no public, s-maxage or must-revalidate: shared caches may not store it (RFC 9111 §3.5).",
        [{ name: "Authorization", value: "(present)" }, inputs.field("Cache-Control")],
        "Add public or s-maxage only if the answer is the same for every user.",
      ),
    );
  return undefined;
}

function explicitReason(inputs: CacheInputs, shared: boolean): NotStored | undefined {
  const { status } = inputs.record;
  const d = inputs.control.directives;
  const explicit =
    d.has("max-age") ||
    d.has("public") ||
    inputs.expires !== undefined ||
    (shared ? d.has("s-maxage") : d.has("private"));
  if (explicit || HEURISTIC_STATUSES.has(status) || status === 304) return undefined;
  return notStored(
    `a ${status} without max-age or Expires`,
    cacheFinding(
      "status",
      "info",
      `A ${status} is stored only when its headers give it a lifetime (max-age, Expires) or say public; this one does not (RFC 9111 §3).`,
      [inputs.field("Cache-Control")],
      `Add Cache-Control: max-age=N if this ${status} may be reused.`,
    ),
  );
}

/** Why a browser (`shared` false) or a shared cache may not store this response (RFC 9111 §3); undefined if it may. */
export function notStoredBy(inputs: CacheInputs, shared: boolean): NotStored | undefined {
  return (
    methodReason(inputs) ??
    noStoreReason(inputs) ??
    (shared ? sharedReason(inputs) : undefined) ??
    explicitReason(inputs, shared)
  );
}
