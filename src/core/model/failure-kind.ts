import { firstHeaderValue, headerValues, originOf } from "../http";
import type { FailureKind } from "./bucket";
import type { Failure, HeaderField } from "./request-record";

/** What a request that got no usable response tells about why. */
export interface FailureEvidence {
  /** The browser's error text (Chromium `_error`, Playwright `_failureText`), "" when none. */
  error: string;
  url: string;
  requestHeaders: readonly HeaderField[];
  responseHeaders: readonly HeaderField[];
  /** URL of the document or script that started the request, when known. */
  initiator?: string;
  /** The record's resource type ("fetch", "script", ...), for requests that do not say their fetch mode. */
  resourceType?: string;
}

const CANCELED = /ERR_ABORTED|NS_BINDING_ABORTED|cancel+ed|\baborted?\b/i;
// net::ERR_BLOCKED_BY_CLIENT / _CSP / _ORB / _RESPONSE / _ADMINISTRATOR, Firefox's NS_ERROR_*_BLOCKED_*, DevTools labels.
const BLOCKED = /ERR_BLOCKED_BY_|BLOCKED_URI|NS_ERROR_[A-Z_]*BLOCK|\bblocked\b|ERR_UNSAFE_PORT/i;
const CORS = /\bcors\b/i;
const NETWORK = /^(?:net::)?ERR_[A-Z0-9_]+$|^NS_ERROR_[A-Z0-9_]+$/i;
// Playwright's Firefox and WebKit write prose instead of error names.
const NETWORK_WORDS =
  /refused|reset|timed? ?out|could not resolve|name not resolved|dns|ssl|tls|certificate|unreachable|disconnected/i;

/** The page's origin as the request shows it: its Origin header, else its initiator, else its Referer. */
export function pageOriginOf(evidence: Omit<FailureEvidence, "error">): string | undefined {
  const origin = firstHeaderValue(evidence.requestHeaders, "Origin")?.trim();
  if (origin) return origin.toLowerCase();
  const initiator = evidence.initiator ? originOf(evidence.initiator) : undefined;
  if (initiator) return initiator;
  const referer = firstHeaderValue(evidence.requestHeaders, "Referer");
  return referer ? originOf(referer) : undefined;
}

// Only CORS-mode requests can be CORS-blocked: a <script> or <img> (no-cors) fails for other reasons.
function isCorsMode(evidence: Omit<FailureEvidence, "error">): boolean {
  const mode = firstHeaderValue(evidence.requestHeaders, "Sec-Fetch-Mode")?.trim().toLowerCase();
  if (mode) return mode === "cors";
  if (firstHeaderValue(evidence.requestHeaders, "Origin")) return true;
  return evidence.resourceType === "fetch" || evidence.resourceType === "xhr";
}

/**
 * Probable CORS block (Fetch §3.2.5): a CORS-mode request to another origin than the page's whose response
 * (if any) lacks an Access-Control-Allow-Origin that lets the page read it.
 */
export function isProbableCorsBlock(evidence: Omit<FailureEvidence, "error">): boolean {
  if (!isCorsMode(evidence)) return false;
  const pageOrigin = pageOriginOf(evidence);
  const target = originOf(evidence.url);
  if (!pageOrigin || !target || pageOrigin === target) return false;
  const allowed = headerValues(evidence.responseHeaders, "Access-Control-Allow-Origin").map((v) => v.trim());
  return !allowed.some((value) => value === "*" || value.toLowerCase() === pageOrigin);
}

/**
 * A response the server sent but the browser kept from the page: an explicit CORS-mode request (Sec-Fetch-Mode:
 * cors, or an Origin header on a fetch/XHR) to another origin, answered without a matching
 * Access-Control-Allow-Origin. Firefox and proxies export these with the server's status and no error.
 */
export function isCorsWithheld(evidence: Omit<FailureEvidence, "error">): boolean {
  if (evidence.responseHeaders.length === 0) return false;
  const mode = firstHeaderValue(evidence.requestHeaders, "Sec-Fetch-Mode")?.trim().toLowerCase();
  const explicit =
    mode === "cors" ||
    (mode === undefined &&
      firstHeaderValue(evidence.requestHeaders, "Origin") !== undefined &&
      (evidence.resourceType === "fetch" || evidence.resourceType === "xhr"));
  return explicit && isProbableCorsBlock(evidence);
}

/** The kind a browser's error text names, before looking at origins; undefined when the text names none. */
export function failureKindOfError(error: string): FailureKind | undefined {
  const text = error.trim();
  if (text === "") return undefined;
  if (CANCELED.test(text)) return "canceled";
  if (BLOCKED.test(text)) return "blocked";
  if (CORS.test(text)) return "cors";
  // ERR_FAILED is Chromium's catch-all: CORS blocks show up as it, so it names no kind by itself.
  if (/^(?:net::)?ERR_FAILED$/i.test(text)) return undefined;
  if (NETWORK.test(text) || NETWORK_WORDS.test(text)) return "network";
  return undefined;
}

/** Why a request has no usable status: the error's kind, else probable CORS, else unknown. */
export function failureOf(evidence: FailureEvidence): Failure {
  const error = evidence.error.trim();
  const named = failureKindOfError(error);
  const kind = named ?? (isProbableCorsBlock(evidence) ? "cors" : "unknown");
  return error ? { kind, error } : { kind };
}
